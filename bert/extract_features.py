"""Dump BERT's hidden states for your own sentences, as Google's `extract_features.py` does.

    python -m bert.extract_features --input_file IN.txt --output_file OUT.jsonl \
        --bert minilm-l6 --layers=-1,-2,-3,-4 --max_seq_length 128 --batch_size 32

Input: one example per line; a sentence pair is written `text_a ||| text_b`.

Output (`--format jsonl`, the original layout): one JSON object per input line,
    {"linex_index": 0, "features": [{"token": "[CLS]", "layers": [{"index": -1, "values": [...]}, ...]}, ...]}
with every wordpiece ([CLS] and [SEP] included) and values rounded to 6 decimals.

Output (`--format npz`): `np.load(OUT)` gives, for N lines padded to the longest (T wordpieces),
    layer_<index>  float32 (N, T, H), one per requested layer, e.g. `layer_-1`; zeros past `lengths`
    tokens         str (N, T), "" past `lengths`
    segment_ids    int64 (N, T)
    lengths        int64 (N,)
    linex_index    int64 (N,)
The npz is built in memory; the jsonl is written line by line.

Layer indexes are those of the original: 0 is the first Transformer layer, -1 the last; the
embeddings output is not a layer here.

Several processes (`torchrun --nproc_per_node K -m bert.extract_features ...`): process `rank`
of `world_size` takes lines rank, rank + world_size, ... and writes `OUT.rank<rank>`; the
`linex_index` of each line is its index in the whole input, so the shards merge by sorting on it.
No process group is needed. `--local_rank` (torch.distributed.launch) is accepted and picks the GPU.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import numpy as np
import torch
from tqdm import tqdm

from bert import finetune
from bert.checkpoints import DEFAULT_MODEL
from bert.modeling import BertModel
from bert.tokenization import BertTokenizer, truncate_seq_pair

logger = logging.getLogger(__name__)

PAIR_SEPARATOR = "|||"
PRECISIONS = {"fp32": None, "bf16": torch.bfloat16, "fp16": torch.float16}


@dataclass
class InputExample:
    unique_id: int  # index of the line in the input file, from 0
    text_a: str
    text_b: Optional[str] = None


@dataclass
class InputFeatures:
    unique_id: int
    tokens: list[str]  # [CLS] a [SEP] (b [SEP]), no padding
    input_ids: list[int]
    segment_ids: list[int]  # 0 for [CLS] a [SEP], 1 for b [SEP]
    truncated: bool  # wordpieces were dropped to fit max_seq_length


def read_examples(path: str | os.PathLike) -> list[InputExample]:
    """One example per line; `text_a ||| text_b` for a pair. Empty lines and bad splits raise."""
    examples = []
    with open(path, encoding="utf-8") as reader:
        for line_number, line in enumerate(reader, start=1):
            line = line.strip()
            where = f"{path}:{line_number}"
            if not line:
                raise ValueError(f"{where}: empty line (write one sentence or `text_a ||| text_b` per line)")
            parts = line.split(PAIR_SEPARATOR)
            if len(parts) > 2:
                raise ValueError(f"{where}: {len(parts) - 1} '|||' separators, a pair takes exactly one: {line!r}")
            parts = [part.strip() for part in parts]
            if len(parts) == 2 and not (parts[0] and parts[1]):
                raise ValueError(f"{where}: empty side around '|||': {line!r}")
            examples.append(InputExample(line_number - 1, parts[0], parts[1] if len(parts) == 2 else None))
    return examples


def convert_examples_to_features(examples: Iterable[InputExample], tokenizer: BertTokenizer,
                                 max_seq_length: int) -> list[InputFeatures]:
    """Tokenize, truncate (longest first for pairs) and add [CLS]/[SEP] and segment ids."""
    features = []
    for example in examples:
        tokens_a = tokenizer.tokenize(example.text_a)
        tokens_b = tokenizer.tokenize(example.text_b) if example.text_b is not None else None
        if tokens_b is not None:
            budget = max_seq_length - 3  # [CLS] a [SEP] b [SEP]
            truncated = len(tokens_a) + len(tokens_b) > budget
            truncate_seq_pair(tokens_a, tokens_b, budget)
        else:
            budget = max_seq_length - 2  # [CLS] a [SEP]
            truncated = len(tokens_a) > budget
            tokens_a = tokens_a[:budget]
        tokens = [tokenizer.cls_token] + tokens_a + [tokenizer.sep_token]
        segment_ids = [0] * len(tokens)
        if tokens_b is not None:
            tokens += tokens_b + [tokenizer.sep_token]
            segment_ids += [1] * (len(tokens_b) + 1)
        features.append(InputFeatures(example.unique_id, tokens, tokenizer.convert_tokens_to_ids(tokens),
                                      segment_ids, truncated))
    return features


def layer_position(layer_index: int, num_layers: int) -> int:
    """Original layer index (0 = first layer, -1 = last) -> position in BertModelOutput.hidden_states."""
    if not -num_layers <= layer_index < num_layers:
        raise ValueError(f"layer index {layer_index} is out of range for a model with {num_layers} layers "
                         f"(use {-num_layers}..{num_layers - 1})")
    return layer_index + 1 if layer_index >= 0 else layer_index  # hidden_states[0] is the embeddings


def extract(model: BertModel, features: Sequence[InputFeatures], layer_indexes: Sequence[int],
            batch_size: int = 32, device: torch.device | str = "cpu", autocast_dtype: Optional[torch.dtype] = None,
            progress: bool = True) -> Iterator[tuple[InputFeatures, dict[int, np.ndarray]]]:
    """Yield (feature, {layer_index: float32 array (len(tokens), H)}) in input order."""
    device = torch.device(device)
    positions = {index: layer_position(index, model.config.num_hidden_layers) for index in layer_indexes}
    model.eval()
    batches = range(0, len(features), batch_size)
    for start in tqdm(batches, desc="extracting", unit="batch", disable=not progress):
        batch = features[start:start + batch_size]
        seq_length = max(len(f.input_ids) for f in batch)  # pad to the longest in the batch
        input_ids = torch.zeros(len(batch), seq_length, dtype=torch.long)  # (B, T)
        segment_ids = torch.zeros_like(input_ids)
        attention_mask = torch.zeros_like(input_ids)
        for row, feature in enumerate(batch):
            length = len(feature.input_ids)
            input_ids[row, :length] = torch.tensor(feature.input_ids)
            segment_ids[row, :length] = torch.tensor(feature.segment_ids)
            attention_mask[row, :length] = 1
        with torch.inference_mode(), torch.autocast(device.type, dtype=autocast_dtype,
                                                    enabled=autocast_dtype is not None):
            hidden_states = model(input_ids.to(device), segment_ids.to(device), attention_mask.to(device)).hidden_states
        layers = {index: hidden_states[position].float().cpu().numpy()  # (B, T, H)
                  for index, position in positions.items()}
        for row, feature in enumerate(batch):
            length = len(feature.input_ids)
            yield feature, {index: layers[index][row, :length] for index in layer_indexes}


def feature_to_json(feature: InputFeatures, layers: dict[int, np.ndarray]) -> dict:
    """The original's JSON object for one line; values rounded as `round(x, 6)`."""
    tokens = []
    for position, token in enumerate(feature.tokens):
        tokens.append({"token": token, "layers": [
            {"index": index, "values": [round(x, 6) for x in values[position].tolist()]}
            for index, values in layers.items()]})
    return {"linex_index": feature.unique_id, "features": tokens}


def write_jsonl(path: str | os.PathLike, results: Iterable[tuple[InputFeatures, dict[int, np.ndarray]]]) -> int:
    """Stream results to `path`, one JSON object per line; returns the number of lines."""
    count = 0
    with open(path, "w", encoding="utf-8") as writer:
        for feature, layers in results:
            writer.write(json.dumps(feature_to_json(feature, layers)) + "\n")
            count += 1
    return count


def write_npz(path: str | os.PathLike, results: Iterable[tuple[InputFeatures, dict[int, np.ndarray]]],
              layer_indexes: Sequence[int]) -> int:
    """Padded arrays for all lines in one .npz (layout in the module docstring); returns the number of lines."""
    results = list(results)
    count = len(results)
    max_length = max((len(f.tokens) for f, _ in results), default=0)
    hidden_size = next(iter(results[0][1].values())).shape[-1] if results else 0
    arrays = {f"layer_{index}": np.zeros((count, max_length, hidden_size), dtype=np.float32)
              for index in layer_indexes}
    tokens = np.full((count, max_length), "", dtype=object)
    segment_ids = np.zeros((count, max_length), dtype=np.int64)
    for row, (feature, layers) in enumerate(results):
        length = len(feature.tokens)
        for index in layer_indexes:
            arrays[f"layer_{index}"][row, :length] = layers[index]
        tokens[row, :length] = feature.tokens
        segment_ids[row, :length] = feature.segment_ids
    arrays["tokens"] = tokens.astype(str)  # fixed-width unicode: loads without allow_pickle
    arrays["segment_ids"] = segment_ids
    arrays["lengths"] = np.array([len(f.tokens) for f, _ in results], dtype=np.int64)
    arrays["linex_index"] = np.array([f.unique_id for f, _ in results], dtype=np.int64)
    with open(path, "wb") as writer:  # a file object keeps np.savez from appending ".npz"
        np.savez(writer, **arrays)
    return count


def load_model_and_tokenizer(args) -> tuple[BertModel, BertTokenizer]:
    """From `--bert`, or from the original trio `--vocab_file --bert_config_file --init_checkpoint`
    (all three: unlike fine-tuning, features from a half-specified model make no sense)."""
    trio = {"--vocab_file": args.vocab_file, "--bert_config_file": args.bert_config_file,
            "--init_checkpoint": args.init_checkpoint}
    if any(trio.values()):
        missing = [flag for flag, value in trio.items() if not value]
        if missing:
            raise ValueError(f"extract_features: {', '.join(missing)} missing; the original flags go together "
                             f"(or use --bert NAME_OR_PATH alone)")
        if args.bert:
            raise ValueError("extract_features: give either --bert or "
                             "--vocab_file/--bert_config_file/--init_checkpoint")
    # Given a vocab file, the casing comes from --do_lower_case/--no_lower_case, else from its directory
    # (tokenizer_config.json, or "cased" in the name).
    model, tokenizer = finetune.load_model_and_tokenizer(args, BertModel)
    # Random weights would give meaningless features: only the pooler (unused here) may be missing.
    report = model.load_report
    missing = [name for name in report.missing if not name.startswith("pooler.")]
    if missing:
        raise ValueError(f"{report.source}: weights missing for {len(missing)} encoder tensors, e.g. {missing[:3]}")
    return model, tokenizer


def parse_layers(text: str) -> list[int]:
    try:
        layers = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise ValueError(f"--layers must be comma-separated integers such as -1,-2,-3,-4, got {text!r}") from None
    if not layers:
        raise ValueError("--layers is empty")
    return layers


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bert.extract_features", description=__doc__.split("\n")[0])
    parser.add_argument("--input_file", required=True, help="one sentence or `text_a ||| text_b` per line")
    parser.add_argument("--output_file", required=True)
    parser.add_argument("--format", choices=("jsonl", "npz"), default="jsonl")
    parser.add_argument("--bert", default=None, help=f"checkpoint directory or known name (default {DEFAULT_MODEL})")
    parser.add_argument("--vocab_file", default=None,
                        help="original flag; with --bert_config_file and --init_checkpoint")
    parser.add_argument("--bert_config_file", default=None)
    parser.add_argument("--init_checkpoint", default=None,
                        help="weights file (safetensors, .bin, or TF bert_model.ckpt)")
    parser.add_argument("--layers", default="-1,-2,-3,-4",
                        help="0 = first layer, -1 = last; write it with '=' (--layers=-1,-2) so argparse takes it")
    parser.add_argument("--max_seq_length", type=int, default=128)
    parser.add_argument("--batch_size", type=int, default=32)
    case = parser.add_mutually_exclusive_group()
    case.add_argument("--do_lower_case", dest="do_lower_case", action="store_const", const=True, default=None,
                      help="lower-case the input (default: as the checkpoint's tokenizer)")
    case.add_argument("--no_lower_case", dest="do_lower_case", action="store_const", const=False)
    parser.add_argument("--precision", choices=tuple(PRECISIONS), default="fp32",
                        help="bf16/fp16 run the model under autocast (meant for GPUs); outputs are float32")
    parser.add_argument("--no_cuda", action="store_true", help="run on CPU even if a GPU is there")
    parser.add_argument("--local_rank", "--local-rank", type=int, default=int(os.environ.get("LOCAL_RANK", -1)))
    parser.add_argument("--no_progress", action="store_true", help="no progress bar")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> Path:
    args = build_parser().parse_args(argv)
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO)
    layer_indexes = parse_layers(args.layers)
    if args.max_seq_length < 3:
        raise ValueError(f"--max_seq_length must be at least 3 ([CLS] x [SEP]), got {args.max_seq_length}")
    if args.batch_size < 1:
        raise ValueError(f"--batch_size must be positive, got {args.batch_size}")
    # Each process writes its own shard: no process group.
    runtime = finetune.Runtime.from_environment(args.local_rank, no_cuda=args.no_cuda, process_group=False)
    rank, world_size, device = runtime.rank, runtime.world_size, runtime.device

    model, tokenizer = load_model_and_tokenizer(args)  # checks --max_seq_length against the model
    for index in layer_indexes:
        layer_position(index, model.config.num_hidden_layers)  # fail before reading the input
    model.to(device)

    examples = read_examples(args.input_file)[rank::world_size]
    features = convert_examples_to_features(examples, tokenizer, args.max_seq_length)
    truncated = sum(f.truncated for f in features)
    logger.log(logging.WARNING if truncated else logging.INFO,
               "%d of %d lines were longer than --max_seq_length %d and were truncated",
               truncated, len(features), args.max_seq_length)
    output_file = Path(args.output_file if world_size == 1 else f"{args.output_file}.rank{rank}")
    logger.info("%d lines, layers %s, on %s (%s) -> %s", len(features), layer_indexes, device, args.precision,
                output_file)
    results = extract(model, features, layer_indexes, args.batch_size, device, PRECISIONS[args.precision],
                      progress=not args.no_progress)
    if args.format == "npz":
        write_npz(output_file, results, layer_indexes)
    else:
        write_jsonl(output_file, results)
    return output_file


if __name__ == "__main__":
    try:
        main()
    except (ValueError, OSError) as error:  # bad input, flags or files: the message, no traceback
        raise SystemExit(f"extract_features: error: {error}")
