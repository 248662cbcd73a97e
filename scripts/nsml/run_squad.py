"""NSML entry point for SQuAD: `nsml run -e scripts/nsml/run_squad.py -a "ARGS"` runs
`python -m squad.run_squad ARGS` (add `--version_2_with_negative` for SQuAD v2.0).

NSML starts the entry file as a script from the session's root folder; this puts that folder on
the path. With `-g 4` the one process drives the four GPUs with DataParallel, as the original
scripts did; `--train_batch_size` is then split over the GPUs and the accumulation steps.
"""
import os
import sys

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

from squad.run_squad import main  # noqa: E402

if __name__ == "__main__":
    main()
