"""SQuAD data: reading the JSON, windows over long contexts, and turning logits back into answers.

Contexts are tokenized once with `BertTokenizer.tokenize_with_offsets`, so every wordpiece knows
its character span in the original context. A gold answer (character span) becomes the first and
last wordpieces that overlap it; a predicted wordpiece span becomes the original text from the
first piece's start to the last piece's end. No whitespace-token heuristics are needed.
"""
from __future__ import annotations

import bz2
import collections
import gzip
import json
import logging
import lzma
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import torch
from torch.utils.data import TensorDataset
from tqdm import tqdm

from bert.tokenization import BertTokenizer, Token

logger = logging.getLogger(__name__)

_OPENERS = {".xz": lzma.open, ".gz": gzip.open, ".bz2": bz2.open}


def load_json(path) -> dict:
    """A JSON file, plain or compressed (.xz, .gz, .bz2)."""
    path = Path(path)
    opener = _OPENERS.get(path.suffix, open)
    try:
        with opener(path, "rt", encoding="utf-8") as reader:
            return json.load(reader)
    except FileNotFoundError:
        raise FileNotFoundError(f"no such file: {path}") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}:{error.lineno}: not valid JSON ({error.msg})") from error


@dataclass
class SquadExample:
    qas_id: str
    question_text: str
    context_text: str
    doc_tokens: list  # list[Token]: wordpieces of the context with character spans
    answer_text: Optional[str] = None  # training: the (first) gold answer
    start_char: Optional[int] = None  # training: character span [start_char, end_char) of the answer
    end_char: Optional[int] = None
    is_impossible: bool = False


@dataclass
class InputFeatures:
    unique_id: int
    example_index: int
    doc_span_index: int
    tokens: list[str]
    token_to_doc_index: dict  # feature position -> index into example.doc_tokens (context positions only)
    token_is_max_context: dict  # feature position -> is this window the best one for that context token
    input_ids: list[int]
    input_mask: list[int]
    segment_ids: list[int]
    start_position: int = 0  # training: answer start in the window, 0 ([CLS]) when not inside it
    end_position: int = 0
    is_impossible: bool = False


def read_squad_examples(path, tokenizer: BertTokenizer, is_training: bool,
                        version_2_with_negative: bool = False) -> list[SquadExample]:
    """Examples of a SQuAD file. In training, answers whose text is not at answer_start are skipped."""
    data = load_json(path)
    if "data" not in data:
        raise ValueError(f"{path}: no 'data' key; is this a SQuAD file?")
    examples, skipped = [], 0
    for article_index, article in enumerate(tqdm(data["data"], desc="read " + Path(path).name, unit="article",
                                                 leave=False)):
        for paragraph_index, paragraph in enumerate(article["paragraphs"]):
            context = paragraph["context"]
            doc_tokens = tokenizer.tokenize_with_offsets(context)
            for qa in paragraph["qas"]:
                is_impossible = bool(qa.get("is_impossible", False)) if version_2_with_negative else False
                example = SquadExample(qa["id"], qa["question"], context, doc_tokens, is_impossible=is_impossible)
                if is_training and not is_impossible:
                    where = f"{path}: article {article_index}, paragraph {paragraph_index}, question {qa['id']}"
                    if len(qa["answers"]) != 1:
                        raise ValueError(f"{where}: a training question needs exactly one answer, "
                                         f"got {len(qa['answers'])}")
                    answer = qa["answers"][0]
                    start = answer["answer_start"]
                    end = start + len(answer["text"])
                    if context[start:end] != answer["text"] or not answer["text"].strip():
                        logger.warning("%s: answer %r is not at character %d; skipped", where, answer["text"], start)
                        skipped += 1
                        continue
                    example.answer_text, example.start_char, example.end_char = answer["text"], start, end
                examples.append(example)
    if skipped:
        logger.warning("%s: %d training questions skipped (answer not found at answer_start)", path, skipped)
    return examples


def answer_token_span(doc_tokens: list[Token], start_char: int, end_char: int) -> Optional[tuple[int, int]]:
    """First and last wordpieces overlapping the characters [start_char, end_char), or None."""
    overlapping = [index for index, token in enumerate(doc_tokens) if token.end > start_char and token.start < end_char]
    if not overlapping:
        return None
    return overlapping[0], overlapping[-1]


def doc_windows(num_doc_tokens: int, max_tokens_per_window: int, doc_stride: int) -> list[tuple[int, int]]:
    """(start, length) windows over the context, each starting `doc_stride` after the last."""
    windows, start = [], 0
    while True:
        length = min(num_doc_tokens - start, max_tokens_per_window)
        windows.append((start, length))
        if start + length >= num_doc_tokens:
            return windows
        start += min(length, doc_stride)


def is_max_context(windows: list[tuple[int, int]], window_index: int, position: int) -> bool:
    """Is `window_index` the window where doc token `position` has the most context on its shorter side?

    The score is min(left, right context) + 0.01 * window length, as in the original BERT code.
    """
    best_score, best_index = None, None
    for index, (start, length) in enumerate(windows):
        end = start + length - 1
        if position < start or position > end:
            continue
        score = min(position - start, end - position) + 0.01 * length
        if best_score is None or score > best_score:
            best_score, best_index = score, index
    return best_index == window_index


def convert_examples_to_features(examples: list[SquadExample], tokenizer: BertTokenizer, max_seq_length: int,
                                 doc_stride: int, max_query_length: int, is_training: bool) -> list[InputFeatures]:
    """`[CLS] question [SEP] context window [SEP]`, one feature per window, padded to max_seq_length."""
    features, unique_id = [], 1000000000
    for example_index, example in enumerate(tqdm(examples, desc="features", unit="ex", leave=False)):
        query_tokens = tokenizer.tokenize(example.question_text)[:max_query_length]
        max_tokens_per_window = max_seq_length - len(query_tokens) - 3
        if max_tokens_per_window < 1:
            raise ValueError(f"--max_seq_length {max_seq_length} leaves no room for the context after a "
                             f"{len(query_tokens)}-token question (question {example.qas_id})")
        answer_span = None
        if is_training and not example.is_impossible:
            answer_span = answer_token_span(example.doc_tokens, example.start_char, example.end_char)
        windows = doc_windows(len(example.doc_tokens), max_tokens_per_window, doc_stride)
        for window_index, (window_start, window_length) in enumerate(windows):
            tokens = ["[CLS]"] + query_tokens + ["[SEP]"]
            segment_ids = [0] * len(tokens)
            token_to_doc_index, token_is_max_context = {}, {}
            for offset in range(window_length):
                doc_index = window_start + offset
                token_to_doc_index[len(tokens)] = doc_index
                token_is_max_context[len(tokens)] = is_max_context(windows, window_index, doc_index)
                tokens.append(example.doc_tokens[doc_index].text)
                segment_ids.append(1)
            tokens.append("[SEP]")
            segment_ids.append(1)
            input_ids = tokenizer.convert_tokens_to_ids(tokens)
            input_mask = [1] * len(input_ids)
            padding = max_seq_length - len(input_ids)

            start_position = end_position = 0
            if answer_span is not None:
                first, last = answer_span
                if window_start <= first and last < window_start + window_length:
                    context_offset = len(query_tokens) + 2
                    start_position = first - window_start + context_offset
                    end_position = last - window_start + context_offset
            features.append(InputFeatures(
                unique_id=unique_id, example_index=example_index, doc_span_index=window_index, tokens=tokens,
                token_to_doc_index=token_to_doc_index, token_is_max_context=token_is_max_context,
                input_ids=input_ids + [0] * padding, input_mask=input_mask + [0] * padding,
                segment_ids=segment_ids + [0] * padding, start_position=start_position, end_position=end_position,
                is_impossible=example.is_impossible))
            unique_id += 1
    return features


def features_to_dataset(features: list[InputFeatures], is_training: bool) -> TensorDataset:
    tensors = [
        torch.tensor([f.input_ids for f in features], dtype=torch.long),  # (N, T)
        torch.tensor([f.input_mask for f in features], dtype=torch.long),  # (N, T)
        torch.tensor([f.segment_ids for f in features], dtype=torch.long),  # (N, T)
    ]
    if is_training:
        tensors.append(torch.tensor([f.start_position for f in features], dtype=torch.long))  # (N,)
        tensors.append(torch.tensor([f.end_position for f in features], dtype=torch.long))  # (N,)
    else:
        tensors.append(torch.arange(len(features), dtype=torch.long))  # (N,) index into features
    return TensorDataset(*tensors)


def answer_text(example: SquadExample, first: int, last: int) -> str:
    """Original context text from doc token `first` to doc token `last` (inclusive)."""
    return example.context_text[example.doc_tokens[first].start:example.doc_tokens[last].end]


# ---------------------------------------------------------------------------- predictions


@dataclass
class RawResult:
    unique_id: int
    start_logits: list[float]  # one per feature position (the window may be cut to the batch's longest)
    end_logits: list[float]


@dataclass
class Predictions:
    answers: dict = field(default_factory=dict)  # qas_id -> text ("" for no answer in v2.0)
    nbest: dict = field(default_factory=dict)  # qas_id -> list of {text, probability, start_logit, end_logit}
    null_odds: dict = field(default_factory=dict)  # v2.0: qas_id -> null score - best non-null score


def best_indexes(logits: list[float], n_best_size: int) -> list[int]:
    return sorted(range(len(logits)), key=lambda i: logits[i], reverse=True)[:n_best_size]


def softmax(scores: list[float]) -> list[float]:
    if not scores:
        return []
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]


def compute_predictions(examples: list[SquadExample], features: list[InputFeatures], results: list[RawResult],
                        n_best_size: int, max_answer_length: int, version_2_with_negative: bool,
                        null_score_diff_threshold: float = 0.0) -> Predictions:
    """Best answer per question from the windows' start/end logits (n-best, max context, v2.0 null)."""
    Candidate = collections.namedtuple("Candidate", "feature_index first last start_logit end_logit")
    by_example = collections.defaultdict(list)
    for feature in features:
        by_example[feature.example_index].append(feature)
    result_by_id = {result.unique_id: result for result in results}
    predictions = Predictions()
    for example_index, example in enumerate(examples):
        candidates = []
        null_score, null_logits = None, (0.0, 0.0)
        for feature_index, feature in enumerate(by_example[example_index]):
            result = result_by_id.get(feature.unique_id)
            if result is None:
                raise ValueError(f"no model output for window {feature.doc_span_index} of question {example.qas_id}")
            if version_2_with_negative:
                score = result.start_logits[0] + result.end_logits[0]
                if null_score is None or score < null_score:
                    null_score, null_logits = score, (result.start_logits[0], result.end_logits[0])
            for start in best_indexes(result.start_logits, n_best_size):
                for end in best_indexes(result.end_logits, n_best_size):
                    if start not in feature.token_to_doc_index or end not in feature.token_to_doc_index:
                        continue  # question, [CLS], [SEP] or padding
                    if not feature.token_is_max_context.get(start, False):
                        continue
                    if end < start or end - start + 1 > max_answer_length:
                        continue
                    candidates.append(Candidate(feature_index, feature.token_to_doc_index[start],
                                                feature.token_to_doc_index[end],
                                                result.start_logits[start], result.end_logits[end]))
        candidates.sort(key=lambda c: c.start_logit + c.end_logit, reverse=True)

        nbest, seen_texts = [], set()
        for candidate in candidates:
            if len(nbest) >= n_best_size:
                break
            text = answer_text(example, candidate.first, candidate.last)
            if text in seen_texts:
                continue
            seen_texts.add(text)
            nbest.append({"text": text, "start_logit": candidate.start_logit, "end_logit": candidate.end_logit})
        if version_2_with_negative and null_score is not None:
            null_entry = {"text": "", "start_logit": null_logits[0], "end_logit": null_logits[1]}
            nbest = sorted(nbest + [null_entry], key=lambda e: e["start_logit"] + e["end_logit"], reverse=True)
            nbest = nbest[:n_best_size]
            if not any(entry is null_entry for entry in nbest):
                nbest.append(null_entry)
        if not any(entry["text"] for entry in nbest):  # no valid span at all: a placeholder, as the original
            nbest.insert(0, {"text": "empty", "start_logit": 0.0, "end_logit": 0.0})
        for entry, probability in zip(nbest, softmax([e["start_logit"] + e["end_logit"] for e in nbest])):
            entry["probability"] = probability
        predictions.nbest[example.qas_id] = [
            {"text": e["text"], "probability": e["probability"], "start_logit": e["start_logit"],
             "end_logit": e["end_logit"]} for e in nbest]

        best_non_null = next((e for e in nbest if e["text"]), None)
        if not version_2_with_negative:
            predictions.answers[example.qas_id] = nbest[0]["text"]
            continue
        score_diff = null_score - best_non_null["start_logit"] - best_non_null["end_logit"]
        predictions.null_odds[example.qas_id] = score_diff
        predictions.answers[example.qas_id] = "" if score_diff > null_score_diff_threshold else best_non_null["text"]
    return predictions


def write_predictions(predictions: Predictions, output_dir: Path, version_2_with_negative: bool) -> None:
    output_dir.mkdir(parents=True, exist_ok=True)
    files = {"predictions.json": predictions.answers, "nbest_predictions.json": predictions.nbest}
    if version_2_with_negative:
        files["null_odds.json"] = predictions.null_odds
    for name, values in files.items():
        with open(output_dir / name, "w", encoding="utf-8") as writer:
            json.dump(values, writer, indent=2, ensure_ascii=False)
            writer.write("\n")
