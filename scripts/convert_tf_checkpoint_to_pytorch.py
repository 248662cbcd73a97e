"""Convert a Google BERT TensorFlow checkpoint to PyTorch: see bert/convert_tf_checkpoint.py.

    python scripts/convert_tf_checkpoint_to_pytorch.py --tf_checkpoint_path ... \
        --bert_config_file ... --pytorch_dump_path ...
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from bert.convert_tf_checkpoint import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
