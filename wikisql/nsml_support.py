"""NSML (NAVER's ML platform) glue: active only when the `nsml` package is importable.

On NSML the job reads its data from `nsml.DATASET_PATH`, binds save/load so that
`nsml model ls/pull` and session forks work, saves after each epoch and reports the epoch's
metrics. Elsewhere every function here does nothing. See scripts/nsml/README.md.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file

from bert.tokenization import BertTokenizer
from wikisql.checkpoint import WEIGHTS_NAME, save_checkpoint
from wikisql.model import WikiSQLModel

try:
    import nsml
except ImportError:  # not on NSML
    nsml = None


def available() -> bool:
    return nsml is not None


def dataset_dir() -> Path | None:
    """Where NSML mounted the dataset (its `train/` folder when there is one); None elsewhere."""
    if nsml is None or not getattr(nsml, "DATASET_PATH", None):
        return None
    root = Path(nsml.DATASET_PATH)
    return root / "train" if (root / "train").is_dir() else root


def bind(model: WikiSQLModel, optimizer: torch.optim.Optimizer, tokenizer: BertTokenizer, backbone: str) -> None:
    """Let NSML save and load the model directory (and the optimizer) under its checkpoint names."""
    if nsml is None:
        return

    def save(directory: str, *args: Any, **kwargs: Any) -> None:
        save_checkpoint(model, tokenizer, directory, backbone)
        torch.save(optimizer.state_dict(), os.path.join(directory, "optimizer.pt"))

    def load(directory: str, *args: Any, **kwargs: Any) -> None:
        model.load_state_dict(load_file(os.path.join(directory, WEIGHTS_NAME)))
        optimizer_path = os.path.join(directory, "optimizer.pt")
        if os.path.isfile(optimizer_path):
            optimizer.load_state_dict(torch.load(optimizer_path, map_location="cpu", weights_only=False))

    nsml.bind(save=save, load=load)


def report(epoch: int, metrics: dict) -> None:
    """Send an epoch's numeric metrics to NSML's board."""
    if nsml is None:
        return
    values = {key.replace("/", "__"): value for key, value in metrics.items()
              if isinstance(value, (int, float)) and not isinstance(value, bool)}
    if "step" in values:  # nsml.report's own `step` is the epoch here
        values["global_step"] = values.pop("step")
    for reserved in ("summary", "scope"):
        values.pop(reserved, None)
    nsml.report(summary=True, step=epoch, **values)


def save(epoch: int) -> None:
    if nsml is not None:
        nsml.save(str(epoch))
