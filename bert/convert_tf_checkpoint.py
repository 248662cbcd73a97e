"""Convert a Google BERT TensorFlow checkpoint to PyTorch (no TensorFlow needed).

    python -m bert.convert_tf_checkpoint \\
        --tf_checkpoint_path uncased_L-12_H-768_A-12/bert_model.ckpt \\
        --bert_config_file uncased_L-12_H-768_A-12/bert_config.json \\
        --pytorch_dump_path uncased_L-12_H-768_A-12/pytorch_model.bin

The weights go into `BertForPreTraining` (encoder, pooler, masked-LM and next-sentence heads).
Optimizer slots (`adam_m`, `adam_v`) and `global_step` are skipped; any other checkpoint variable
the model does not use, or any model weight the checkpoint lacks, is an error.

`--pytorch_dump_path`:
- `*.safetensors`: a safetensors file. The masked-LM decoder is tied to the word embeddings, so
  `cls.predictions.decoder.weight` is left out (it is rebuilt from the embeddings on load).
- an existing directory, or a path ending in `/`: a checkpoint directory that `from_pretrained`
  loads: `pytorch_model.bin`, `bert_config.json` (a copy of the config given) and `vocab.txt`
  when one lies beside the TF checkpoint.
- any other path: `torch.save` of the state dict (the original converter's output).
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import torch
from safetensors.torch import save_file as save_safetensors

from bert.checkpoints import google_name_to_ours, load_state_into
from bert.config import BertConfig
from bert.errors import CheckpointError
from bert.modeling import BertForPreTraining
from bert.tf_checkpoint import read_tf_checkpoint, tf_checkpoint_prefix

logger = logging.getLogger(__name__)

TIED_WEIGHTS = ("cls.predictions.decoder.weight",)  # same tensor as bert.embeddings.word_embeddings.weight


def load_tf_weights(model: BertForPreTraining, tf_checkpoint_path: str | os.PathLike) -> list[str]:
    """Copy every weight of `model` from a Google TF checkpoint; returns the skipped variable names."""
    prefix = tf_checkpoint_prefix(tf_checkpoint_path)
    arrays = read_tf_checkpoint(prefix)
    skipped = [name for name in arrays if google_name_to_ours(name) is None]
    state = {}
    for name, array in arrays.items():
        if name in skipped:
            continue
        if array.dtype == object:
            raise CheckpointError(f"{prefix}: variable {name} is not numeric ({array.dtype})")
        state[name] = torch.from_numpy(array)
    report = load_state_into(model, state, source=prefix)
    if report.missing or report.unexpected:
        raise CheckpointError(
            f"{prefix} does not match the config: model weights missing from the checkpoint "
            f"{report.missing}, checkpoint variables the model does not use {report.unexpected}")
    logger.info("loaded %d variables from %s", len(state), prefix)
    if skipped:
        kinds = Counter(name.rsplit("/", 1)[-1] for name in skipped)
        logger.info("skipped %d optimizer/bookkeeping variables: %s", len(skipped),
                    ", ".join(f"{count} x {kind}" for kind, count in sorted(kinds.items())))
    return skipped


def save_state_dict(model: torch.nn.Module, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".safetensors":
        state = {name: tensor.contiguous() for name, tensor in model.state_dict().items()
                 if name not in TIED_WEIGHTS}
        save_safetensors(state, str(path), metadata={"format": "pt"})
    else:
        torch.save(model.state_dict(), str(path))


def convert_tf_checkpoint_to_pytorch(tf_checkpoint_path: str | os.PathLike, bert_config_file: str | os.PathLike,
                                     pytorch_dump_path: str | os.PathLike) -> Path:
    """Convert; returns the weights file written (see the module docstring for the outputs)."""
    config = BertConfig.from_json_file(bert_config_file)
    logger.info("building BertForPreTraining from %s", bert_config_file)
    model = BertForPreTraining(config)
    load_tf_weights(model, tf_checkpoint_path)

    dump_path = Path(pytorch_dump_path)
    is_directory = dump_path.is_dir() or str(pytorch_dump_path).endswith(("/", os.sep))
    weights_path = dump_path / "pytorch_model.bin" if is_directory else dump_path
    save_state_dict(model, weights_path)
    logger.info("saved %s", weights_path)
    if is_directory:
        shutil.copyfile(bert_config_file, dump_path / "bert_config.json")
        vocab = Path(tf_checkpoint_prefix(tf_checkpoint_path)).parent / "vocab.txt"
        if vocab.is_file():
            shutil.copyfile(vocab, dump_path / "vocab.txt")
        logger.info("copied bert_config.json%s into %s", " and vocab.txt" if vocab.is_file() else "", dump_path)
    return weights_path


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tf_checkpoint_path", required=True,
                        help="TF checkpoint prefix (e.g. dir/bert_model.ckpt), its .index file or its directory")
    parser.add_argument("--bert_config_file", required=True, help="the bert_config.json of the checkpoint")
    parser.add_argument("--pytorch_dump_path", required=True,
                        help="output: a .bin/.pt file, a .safetensors file, or a directory")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        convert_tf_checkpoint_to_pytorch(args.tf_checkpoint_path, args.bert_config_file, args.pytorch_dump_path)
    except (CheckpointError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
