"""NSML entry point: `nsml run -e scripts/nsml/main.py -a "ARGS"` runs `python -m wikisql.train ARGS`.

NSML starts the entry file as a script from the session's root folder; this puts that folder
on the path and hands the arguments to wikisql.train (which binds save/load to nsml, reads
the data from nsml.DATASET_PATH and reports each epoch's metrics).
"""
import os
import sys

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from wikisql.train import main  # noqa: E402

if __name__ == "__main__":
    main()
