"""A trained WikiSQL model's directory: everything needed to rebuild the model without the
backbone it started from.

    config.json        {"format": "nl2sql-bert/wikisql-model", "format_version": 1,
                        "bert": BertConfig, "head": HeadConfig, "backbone": name,
                        "do_lower_case": bool, "data_dir": the data it was trained on}
    vocab.txt, tokenizer_config.json   the tokenizer
    model.safetensors  all weights (backbone and head)

`python -m wikisql.train` writes one to OUTPUT_DIR/best; `load_checkpoint` accepts that
directory or OUTPUT_DIR itself. The "format" marker tells this folder from a BERT checkpoint
folder, whose config.json is a bare BertConfig.
"""
from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from bert.config import BertConfig
from bert.tokenization import BertTokenizer
from wikisql.model import HeadConfig, WikiSQLModel

CONFIG_NAME = "config.json"
WEIGHTS_NAME = "model.safetensors"
BEST_DIR = "best"
FORMAT = "nl2sql-bert/wikisql-model"
FORMAT_VERSION = 1


class CheckpointFormatError(ValueError):
    """A directory whose config.json is not a WikiSQL model's."""


def save_checkpoint(model: WikiSQLModel, tokenizer: BertTokenizer, directory: str | Path, backbone: str = "",
                    data_dir: str | None = None) -> Path:
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    config = {"format": FORMAT, "format_version": FORMAT_VERSION,
              "bert": model.bert_config.to_dict(), "head": model.head_config.to_dict(),
              "backbone": str(backbone), "do_lower_case": bool(tokenizer.do_lower_case),
              "data_dir": str(Path(data_dir).resolve()) if data_dir is not None else None}
    (directory / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n")
    tokenizer.save_pretrained(directory)
    state = {name: tensor.detach().contiguous().cpu() for name, tensor in model.state_dict().items()}
    save_file(state, str(directory / WEIGHTS_NAME))
    return directory


def resolve_checkpoint_dir(directory: str | Path) -> Path:
    """directory itself, or its best/ subdirectory, when it holds a model; else FileNotFoundError."""
    directory = Path(directory)
    if not (directory / CONFIG_NAME).is_file() and (directory / BEST_DIR / CONFIG_NAME).is_file():
        directory = directory / BEST_DIR
    if not (directory / CONFIG_NAME).is_file() or not (directory / WEIGHTS_NAME).is_file():
        raise FileNotFoundError(f"{directory} is not a WikiSQL model directory "
                                f"(needs {CONFIG_NAME} and {WEIGHTS_NAME})")
    return directory


def read_checkpoint_config(directory: str | Path) -> dict:
    """The model folder's config.json, checked to be a WikiSQL model's. Folders written before
    the format marker (they have "bert" and "head") are read too."""
    directory = resolve_checkpoint_dir(directory)
    path = directory / CONFIG_NAME
    try:
        config = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CheckpointFormatError(f"{path}: malformed JSON: {error}") from None
    if not isinstance(config, dict):
        raise CheckpointFormatError(f"{path}: expected a JSON object")
    marker = config.get("format")
    if marker is None and not {"bert", "head"} <= set(config):
        raise CheckpointFormatError(f'{path}: not a WikiSQL model (no "format": "{FORMAT}"); a BERT '
                                    f"checkpoint folder is a backbone: pass it to `python -m wikisql.train --bert`")
    if marker is not None and marker != FORMAT:
        raise CheckpointFormatError(f"{path}: format {marker!r}, expected {FORMAT!r}")
    if config.get("format_version", FORMAT_VERSION) > FORMAT_VERSION:
        raise CheckpointFormatError(f"{path}: format version {config['format_version']} is newer than this code "
                                    f"reads ({FORMAT_VERSION})")
    return config


def load_checkpoint(directory: str | Path, device: str | torch.device | None = None
                    ) -> tuple[WikiSQLModel, BertTokenizer, dict]:
    """(model in eval mode on device, its tokenizer, its config.json)."""
    directory = resolve_checkpoint_dir(directory)
    config = read_checkpoint_config(directory)
    model = WikiSQLModel(BertConfig.from_dict(config["bert"]), HeadConfig.from_dict(config["head"]))
    model.load_state_dict(load_file(str(directory / WEIGHTS_NAME)))
    model.to(torch.device(device) if device is not None else "cpu").eval()
    tokenizer = BertTokenizer.from_pretrained(directory, do_lower_case=config.get("do_lower_case", True))
    return model, tokenizer, config
