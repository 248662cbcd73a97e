"""What the regression checks of the core (glue/regression.py, squad/regression.py) share: the
precision a check runs in, its record per precision, and recorded settings turned into flags.

A check keeps one record per precision (`float32`, `bfloat16`): the same recipe trains to other
figures in each, so one record cannot serve both. `--precision auto` runs bfloat16 where bf16
autocast pays (bert.finetune.fast_bfloat16: a GPU with bf16, a CPU whose timed bf16 matmul runs
clearly faster, such as AMX or Zen 4), float32 elsewhere.
"""
from __future__ import annotations

import argparse
from typing import Mapping

import torch

from bert.finetune import fast_bfloat16

PRECISIONS = ("float32", "bfloat16")


def auto_precision(device: torch.device | None = None) -> str:
    """"bfloat16" where bf16 autocast pays on `device` (default: the GPU if there is one, else the CPU),
    else "float32"."""
    if device is None:
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return "bfloat16" if fast_bfloat16(device) else "float32"


def add_precision_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--precision", default="auto", choices=("auto", *PRECISIONS),
                        help="auto: bfloat16 where native and fast, else float32; "
                             "compared with that precision's record")


def recorded_precision(requested: str, records: Mapping, where: str) -> str:
    """The precision to run (`requested`, or auto_precision() for "auto"); ValueError naming `where`
    (the baseline, the recipe) when `records` has no record for it."""
    precision = auto_precision() if requested == "auto" else requested
    if precision not in records:
        raise ValueError(f"{where} has no {precision} record (it has {', '.join(records)}); "
                         f"run with --precision {next(iter(records))} or record one")
    return precision


def settings_flags(settings: Mapping, precision: str) -> list[str]:
    """Command-line flags of recorded settings and the precision (--bf16 for bfloat16): a true boolean
    becomes a bare flag, false and None are left out."""
    flags = []
    for name, value in dict(settings, bf16=precision == "bfloat16").items():
        if value is True:
            flags.append(f"--{name}")
        elif value is not False and value is not None:
            flags += [f"--{name}", str(value)]
    return flags
