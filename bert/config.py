"""BERT configuration: reads Google's `bert_config.json` and Hugging Face's `config.json`."""
from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

ACTIVATIONS = ("gelu", "gelu_new", "gelu_tanh", "gelu_pytorch_tanh", "relu", "silu", "swish")


@dataclasses.dataclass
class BertConfig:
    vocab_size: int = 30522
    hidden_size: int = 768
    num_hidden_layers: int = 12
    num_attention_heads: int = 12
    intermediate_size: int = 3072
    hidden_act: str = "gelu"
    hidden_dropout_prob: float = 0.1
    attention_probs_dropout_prob: float = 0.1
    max_position_embeddings: int = 512
    type_vocab_size: int = 2
    initializer_range: float = 0.02
    layer_norm_eps: float = 1e-12  # Google's configs omit it; their code uses 1e-12
    pad_token_id: int = 0
    # Keys we do not use (e.g. `directionality`, `architectures`) are kept for the round trip.
    extra: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    def __post_init__(self):
        if self.hidden_size % self.num_attention_heads != 0:
            raise ValueError(
                f"hidden_size ({self.hidden_size}) is not a multiple of "
                f"num_attention_heads ({self.num_attention_heads})")
        if self.hidden_act not in ACTIVATIONS:
            raise ValueError(f"hidden_act {self.hidden_act!r} is not one of {ACTIVATIONS}")
        for name in ("vocab_size", "hidden_size", "num_hidden_layers", "num_attention_heads",
                     "intermediate_size", "max_position_embeddings", "type_vocab_size"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) <= 0:
                raise ValueError(f"{name} must be a positive integer, got {getattr(self, name)!r}")

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.num_attention_heads

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> "BertConfig":
        """Raises ValueError for a dict with none of our keys: every field has a default, so without this
        check any JSON object (e.g. a WikiSQL model's config.json) would read as BERT-base."""
        known = [f.name for f in dataclasses.fields(cls) if f.name != "extra"]
        if not set(known) & set(values):
            raise ValueError(f"not a BERT config: none of {', '.join(known)} in keys {sorted(map(str, values))}")
        kwargs = {k: v for k, v in values.items() if k in known}
        extra = {k: v for k, v in values.items() if k not in known and k != "extra"}
        extra.update(values.get("extra", {}))
        if kwargs.get("pad_token_id") is None:
            kwargs.pop("pad_token_id", None)
        return cls(**kwargs, extra=extra)

    @classmethod
    def from_json_file(cls, path: str | Path) -> "BertConfig":
        path = Path(path)
        try:
            values = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError(f"cannot read BERT config {path}: {error}") from error
        if not isinstance(values, dict):
            raise ValueError(f"BERT config {path} is not a JSON object")
        try:
            return cls.from_dict(values)
        except (TypeError, ValueError) as error:
            raise ValueError(f"invalid BERT config {path}: {error}") from error

    def to_dict(self) -> dict[str, Any]:
        values = {f.name: copy.deepcopy(getattr(self, f.name))
                  for f in dataclasses.fields(self) if f.name != "extra"}
        values.update(copy.deepcopy(self.extra))
        return values

    def to_json_string(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n"

    def to_json_file(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json_string(), encoding="utf-8")
