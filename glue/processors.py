"""GLUE tasks: reading the TSV files, turning examples into features, and the metrics.

File layouts are those written by GLUE's `download_glue_data.py` (MRPC: `train.tsv`, `dev.tsv`
with columns Quality, #1 ID, #2 ID, #1 String, #2 String; a UTF-8 BOM on the header is fine).
"""
from __future__ import annotations

import csv
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import torch
from torch.utils.data import TensorDataset

from bert.tokenization import BertTokenizer, truncate_seq_pair

csv.field_size_limit(sys.maxsize)


@dataclass
class InputExample:
    guid: str  # "<split>-<line number>"
    text_a: str
    text_b: Optional[str] = None
    label: Optional[str] = None  # None for unlabelled test files


@dataclass
class InputFeatures:
    input_ids: list[int]
    input_mask: list[int]
    segment_ids: list[int]
    label_id: int


def read_tsv(path: Path) -> list[tuple[int, list[str]]]:
    """(line number from 1, fields) for every line of a tab-separated file, quotes taken literally."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    with open(path, "r", encoding="utf-8-sig", newline="") as reader:
        return [(number, fields) for number, fields in enumerate(csv.reader(reader, delimiter="\t", quotechar=None), 1)]


class DataProcessor:
    """One GLUE task. Subclasses say which columns hold the texts and the label."""

    labels: list[str]
    train_file = "train.tsv"
    dev_files = ("dev.tsv",)  # MNLI has matched and mismatched dev sets
    has_header = True
    text_a_column: int
    text_b_column: Optional[int] = None
    label_column: int
    metric_names = ("acc",)

    def get_train_examples(self, data_dir) -> list[InputExample]:
        return self.read_examples(Path(data_dir) / self.train_file, "train")

    def get_dev_examples(self, data_dir, dev_file: Optional[str] = None) -> list[InputExample]:
        return self.read_examples(Path(data_dir) / (dev_file or self.dev_files[0]), "dev")

    def read_examples(self, path: Path, split: str) -> list[InputExample]:
        examples = []
        columns = [self.text_a_column, self.label_column] + ([self.text_b_column] if self.text_b_column is not None else [])
        needed = max(c if c >= 0 else -c - 1 for c in columns) + 1
        for number, fields in read_tsv(path):
            if self.has_header and number == 1:
                continue
            if not fields or fields == [""]:
                continue
            if len(fields) < needed:
                raise ValueError(f"{path}:{number}: expected at least {needed} tab-separated fields, got {len(fields)}")
            label = fields[self.label_column]
            if label not in self.labels:
                raise ValueError(f"{path}:{number}: label {label!r} is not one of {self.labels}")
            text_b = fields[self.text_b_column] if self.text_b_column is not None else None
            examples.append(InputExample(f"{split}-{number}", fields[self.text_a_column], text_b, label))
        if not examples:
            raise ValueError(f"{path}: no examples")
        return examples


class MrpcProcessor(DataProcessor):
    labels = ["0", "1"]
    text_a_column, text_b_column, label_column = 3, 4, 0
    metric_names = ("acc", "f1", "acc_and_f1")


class Sst2Processor(DataProcessor):
    labels = ["0", "1"]
    text_a_column, label_column = 0, 1


class ColaProcessor(DataProcessor):
    labels = ["0", "1"]
    has_header = False
    text_a_column, label_column = 3, 1
    metric_names = ("mcc", "acc")


class QnliProcessor(DataProcessor):
    labels = ["entailment", "not_entailment"]
    text_a_column, text_b_column, label_column = 1, 2, -1


class RteProcessor(DataProcessor):
    labels = ["entailment", "not_entailment"]
    text_a_column, text_b_column, label_column = 1, 2, -1


class MnliProcessor(DataProcessor):
    labels = ["contradiction", "entailment", "neutral"]
    dev_files = ("dev_matched.tsv", "dev_mismatched.tsv")
    text_a_column, text_b_column, label_column = 8, 9, -1


PROCESSORS = {
    "mrpc": MrpcProcessor,
    "sst-2": Sst2Processor,
    "sst2": Sst2Processor,
    "cola": ColaProcessor,
    "qnli": QnliProcessor,
    "rte": RteProcessor,
    "mnli": MnliProcessor,
}


def get_processor(task_name: str) -> DataProcessor:
    processor = PROCESSORS.get(task_name.lower())
    if processor is None:
        raise ValueError(f"unknown task {task_name!r}; known: MRPC, SST-2, CoLA, QNLI, RTE, MNLI")
    return processor()


# ----------------------------------------------------------------------------
# features


def convert_example_to_features(example: InputExample, labels: list[str], max_seq_length: int,
                                tokenizer: BertTokenizer) -> InputFeatures:
    """`[CLS] a [SEP]` or `[CLS] a [SEP] b [SEP]`, segment ids 0 for a (and [CLS]), 1 for b; padded."""
    tokens_a = tokenizer.tokenize(example.text_a)
    tokens_b = tokenizer.tokenize(example.text_b) if example.text_b is not None else None
    if tokens_b is not None:
        truncate_seq_pair(tokens_a, tokens_b, max_seq_length - 3)
    else:
        tokens_a = tokens_a[: max_seq_length - 2]
    tokens = ["[CLS]"] + tokens_a + ["[SEP]"]
    segment_ids = [0] * len(tokens)
    if tokens_b is not None:
        tokens += tokens_b + ["[SEP]"]
        segment_ids += [1] * (len(tokens_b) + 1)
    input_ids = tokenizer.convert_tokens_to_ids(tokens)
    input_mask = [1] * len(input_ids)
    padding = max_seq_length - len(input_ids)
    label_id = labels.index(example.label) if example.label is not None else -1
    return InputFeatures(input_ids + [0] * padding, input_mask + [0] * padding, segment_ids + [0] * padding, label_id)


def features_to_dataset(features: list[InputFeatures]) -> TensorDataset:
    return TensorDataset(
        torch.tensor([f.input_ids for f in features], dtype=torch.long),  # (N, T)
        torch.tensor([f.input_mask for f in features], dtype=torch.long),  # (N, T)
        torch.tensor([f.segment_ids for f in features], dtype=torch.long),  # (N, T)
        torch.tensor([f.label_id for f in features], dtype=torch.long),  # (N,)
    )


# ----------------------------------------------------------------------------
# metrics


def accuracy(predictions: list[int], labels: list[int]) -> float:
    return sum(p == y for p, y in zip(predictions, labels)) / len(labels)


def f1_binary(predictions: list[int], labels: list[int], positive: int = 1) -> float:
    true_pos = sum(p == positive and y == positive for p, y in zip(predictions, labels))
    predicted_pos = sum(p == positive for p in predictions)
    actual_pos = sum(y == positive for y in labels)
    if true_pos == 0:
        return 0.0
    precision, recall = true_pos / predicted_pos, true_pos / actual_pos
    return 2 * precision * recall / (precision + recall)


def matthews_corrcoef(predictions: list[int], labels: list[int]) -> float:
    """Binary Matthews correlation; 0 when a row or column of the confusion matrix is empty."""
    tp = sum(p == 1 and y == 1 for p, y in zip(predictions, labels))
    tn = sum(p == 0 and y == 0 for p, y in zip(predictions, labels))
    fp = sum(p == 1 and y == 0 for p, y in zip(predictions, labels))
    fn = sum(p == 0 and y == 1 for p, y in zip(predictions, labels))
    denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return (tp * tn - fp * fn) / denominator if denominator else 0.0


def compute_metrics(metric_names, predictions: list[int], labels: list[int]) -> dict[str, float]:
    values = {}
    for name in metric_names:
        if name == "acc":
            values["acc"] = accuracy(predictions, labels)
        elif name == "f1":
            values["f1"] = f1_binary(predictions, labels)
        elif name == "acc_and_f1":
            values["acc_and_f1"] = (accuracy(predictions, labels) + f1_binary(predictions, labels)) / 2
        elif name == "mcc":
            values["mcc"] = matthews_corrcoef(predictions, labels)
        else:
            raise ValueError(f"unknown metric {name!r}")
    return values
