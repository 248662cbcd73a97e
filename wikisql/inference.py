"""A trained model's directory, and predicting queries with it.

A model directory holds everything needed to rebuild the model without the backbone it
started from:

    config.json        {"bert": BertConfig, "head": HeadConfig, "backbone": name, "do_lower_case": bool}
    vocab.txt, tokenizer_config.json   the tokenizer
    model.safetensors  all weights (backbone and head)

`python -m wikisql.train` writes one to OUTPUT_DIR/best; `load_checkpoint` accepts that
directory or OUTPUT_DIR itself.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Sequence

import torch

from bert.config import BertConfig
from bert.tokenization import BertTokenizer
from wikisql.decoding import (DEFAULT_SNAP_MARGIN, example_scores, execution_guided_decode, greedy_decode,
                              to_prediction)
from wikisql.encoding import Encoder, collate, encode_examples
from wikisql.model import HeadConfig, WikiSQLModel

CONFIG_NAME = "config.json"
WEIGHTS_NAME = "model.safetensors"
BEST_DIR = "best"


def save_checkpoint(model: WikiSQLModel, tokenizer: BertTokenizer, directory, backbone: str = "") -> Path:
    from safetensors.torch import save_file
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    config = {"bert": model.bert_config.to_dict(), "head": model.head_config.to_dict(),
              "backbone": str(backbone), "do_lower_case": bool(tokenizer.do_lower_case)}
    (directory / CONFIG_NAME).write_text(json.dumps(config, indent=2) + "\n")
    tokenizer.save_pretrained(directory)
    state = {name: tensor.detach().contiguous().cpu() for name, tensor in model.state_dict().items()}
    save_file(state, str(directory / WEIGHTS_NAME))
    return directory


def resolve_checkpoint_dir(directory) -> Path:
    directory = Path(directory)
    if not (directory / CONFIG_NAME).is_file() and (directory / BEST_DIR / CONFIG_NAME).is_file():
        directory = directory / BEST_DIR
    if not (directory / CONFIG_NAME).is_file() or not (directory / WEIGHTS_NAME).is_file():
        raise FileNotFoundError(f"{directory} is not a WikiSQL model directory "
                                f"(needs {CONFIG_NAME} and {WEIGHTS_NAME})")
    return directory


def load_checkpoint(directory, device=None) -> tuple[WikiSQLModel, Encoder]:
    """(model in eval mode, Encoder with the tokenizer and layout it was trained with)."""
    from safetensors.torch import load_file
    directory = resolve_checkpoint_dir(directory)
    config = json.loads((directory / CONFIG_NAME).read_text())
    head_config = HeadConfig.from_dict(config["head"])
    model = WikiSQLModel(BertConfig.from_dict(config["bert"]), head_config)
    model.load_state_dict(load_file(str(directory / WEIGHTS_NAME)))
    model.to(device or "cpu").eval()
    tokenizer = BertTokenizer.from_pretrained(directory, do_lower_case=config.get("do_lower_case", True))
    return model, prediction_encoder(tokenizer, head_config)


def prediction_encoder(tokenizer, head_config: HeadConfig) -> Encoder:
    """The encoder of questions to predict: cell matches are computed for every model, since value
    snapping uses them (content models also read them as input)."""
    return Encoder(tokenizer, head_config.max_seq_length, head_config.column_types, content=True)


@torch.no_grad()
def predict_queries(model: WikiSQLModel, encoder: Encoder, examples: Sequence, tables: dict, database=None,
                    eg: bool = False, beam_size: int = 4, batch_size: int = 64, device=None,
                    autocast_dtype: Optional[torch.dtype] = None, progress: bool = False,
                    snap_margin: Optional[float] = DEFAULT_SNAP_MARGIN) -> list:
    """One Query per example (None where the example could not be encoded), in order.

    Value snapping needs an encoder with content=True (load_checkpoint gives one).
    """
    from tqdm import tqdm
    if eg and database is None:
        raise ValueError("execution-guided decoding needs a database")
    device = torch.device(device) if device is not None else next(model.parameters()).device
    was_training = model.training
    model.eval()
    encoded, _ = encode_examples(encoder, examples, tables, with_labels=False)
    queries: list = [None] * len(examples)
    max_tokens = model.head_config.max_value_tokens
    encoded.sort(key=lambda item: len(item.input_ids))  # similar lengths share a batch: less padding
    for first in tqdm(range(0, len(encoded), batch_size), disable=not progress, desc="predicting", unit="batch"):
        items = encoded[first:first + batch_size]
        batch = {name: tensor.to(device) for name, tensor in collate(items, with_labels=False).items()}
        with torch.autocast(device.type, dtype=autocast_dtype or torch.bfloat16, enabled=autocast_dtype is not None):
            output = model(**batch)
        for item, scores in zip(items, example_scores(output, items)):
            example = examples[item.example_index]
            if eg:
                queries[item.example_index] = execution_guided_decode(
                    scores, item, example.table_id, tables[example.table_id].types, database, beam_size, max_tokens,
                    snap_margin=snap_margin)
            else:
                queries[item.example_index] = greedy_decode(scores, item, max_tokens, snap_margin)
    model.train(was_training)
    return queries


def predict(checkpoint_dir, examples: Sequence, tables: dict, database=None, eg: bool = False, beam_size: int = 4,
            batch_size: int = 64, device=None, progress: bool = False,
            snap_margin: Optional[float] = DEFAULT_SNAP_MARGIN) -> list[dict]:
    """Official prediction records ({"query": {...}} or {"error": ...}), one per example."""
    model, encoder = load_checkpoint(checkpoint_dir, device)
    queries = predict_queries(model, encoder, examples, tables, database, eg, beam_size, batch_size, device,
                              progress=progress, snap_margin=snap_margin)
    return [to_prediction(query, None if query is not None else "example could not be encoded")
            for query in queries]
