"""What of an example fits the sequence (fit_to_length), what encoding a data set did (EncodingReport), and a batch's
tensors: collate, with the table-content features (content_tensors and the CONTENT_ ids).
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from wikisql.encoding.labels import IGNORE_INDEX, MAX_CONDITIONS, ORDER_NONE, EncodedExample, EncodingError


def fit_to_length(question_length: int, headers: list[list[int]], max_seq_length: int
                  ) -> tuple[list[list[int]], int, bool]:
    """Truncate header wordpieces per column (longest first) so the sequence fits.

    Layout cost: [CLS] + question + [SEP] + sum(len(header) + 1). Each column keeps at least
    one wordpiece; only if that is still too long is the question cut. Returns
    (headers, question_length, truncated).
    """
    def length(cap: int, q_len: int) -> int:
        return 2 + q_len + sum(min(len(h), cap) + 1 for h in headers)

    longest = max((len(h) for h in headers), default=0)
    if length(longest, question_length) <= max_seq_length:
        return headers, question_length, False
    cap = longest
    while cap > 1 and length(cap, question_length) > max_seq_length:
        cap -= 1
    if length(cap, question_length) > max_seq_length:
        question_length = max_seq_length - length(1, 0)
        if question_length < 1:
            raise EncodingError(
                f"{len(headers)} columns need at least {length(1, 1)} tokens; max_seq_length is {max_seq_length}")
    return [h[:cap] for h in headers], question_length, True


@dataclasses.dataclass
class EncodingReport:
    examples: int = 0
    truncated: int = 0  # examples whose headers or question were cut to fit
    not_encodable: int = 0  # examples left out: even one wordpiece per column does not fit
    conditions: int = 0  # distinct-column gold conditions
    conditions_not_located: int = 0
    examples_not_located: int = 0  # examples with some value not found in the question
    duplicate_column_examples: int = 0

    def as_dict(self) -> dict:
        values = dataclasses.asdict(self)
        values["share_conditions_not_located"] = self.conditions_not_located / max(self.conditions, 1)
        return values

    def summary(self) -> str:
        return (f"{self.examples} examples, {self.truncated} truncated to fit, {self.not_encodable} too wide; "
                f"{self.conditions_not_located}/{self.conditions} condition values not located in the question "
                f"({100 * self.conditions_not_located / max(self.conditions, 1):.2f}%, "
                f"{self.examples_not_located} examples)")


# ----------------------------------------------------------------------------
# batches


CONTENT_NONE, CONTENT_QUESTION_MATCH, CONTENT_MATCHED_HEADER, CONTENT_UNKNOWN = range(4)


def content_tensors(items: Sequence[EncodedExample], seq_length: int, max_question: int, max_columns: int) -> dict:
    """Content-match tensors of a batch (see wikisql/content.py).

    content_ids (B, T): CONTENT_QUESTION_MATCH on question tokens inside some cell match,
        CONTENT_MATCHED_HEADER on the wordpieces of a header with a match, CONTENT_UNKNOWN on
        [CLS] when the table has no rows; else CONTENT_NONE.
    column_match (B, C): 1.0 where the column has a cell in the question.
    match_start, match_end (B, C, Q): 1.0 where a cell match of column j starts / ends at token t.
    """
    import torch

    batch = len(items)
    content_ids = torch.zeros(batch, seq_length, dtype=torch.long)
    column_match = torch.zeros(batch, max_columns)
    match_start = torch.zeros(batch, max_columns, max_question)
    match_end = torch.zeros(batch, max_columns, max_question)
    for b, item in enumerate(items):
        if not item.table_has_rows:
            content_ids[b, 0] = CONTENT_UNKNOWN
        for column, spans in enumerate(item.content_spans):
            if not spans:
                continue
            column_match[b, column] = 1.0
            start, end = item.header_spans[column]
            content_ids[b, start:end] = CONTENT_MATCHED_HEADER
            for first, last in spans:
                content_ids[b, item.question_start + first:item.question_start + last + 1] = CONTENT_QUESTION_MATCH
                match_start[b, column, first] = 1.0
                match_end[b, column, last] = 1.0
    return dict(content_ids=content_ids, column_match=column_match, match_start=match_start, match_end=match_end)


def collate(items: Sequence[EncodedExample], with_labels: bool = True) -> dict:
    """Pad a list of EncodedExample into the model's tensors.

    B = batch, T = longest sequence, Q = most question tokens, C = most columns.
    """
    import torch

    batch = len(items)
    seq_length = max(len(item.input_ids) for item in items)
    max_question = max(max(item.num_question_tokens for item in items), 1)
    max_columns = max(item.num_columns for item in items)
    input_ids = torch.zeros(batch, seq_length, dtype=torch.long)
    token_type_ids = torch.zeros(batch, seq_length, dtype=torch.long)
    attention_mask = torch.zeros(batch, seq_length, dtype=torch.long)
    question_mask = torch.zeros(batch, max_question, dtype=torch.bool)
    column_mask = torch.zeros(batch, max_columns, dtype=torch.bool)
    column_token_weights = torch.zeros(batch, max_columns, seq_length)  # mean pooling over header wordpieces
    for b, item in enumerate(items):
        n = len(item.input_ids)
        input_ids[b, :n] = torch.tensor(item.input_ids)
        token_type_ids[b, :n] = torch.tensor(item.token_type_ids)
        attention_mask[b, :n] = 1
        question_mask[b, :item.num_question_tokens] = True
        for c, (start, end) in enumerate(item.header_spans):
            column_mask[b, c] = True
            column_token_weights[b, c, start:end] = 1.0 / (end - start)
    batch_tensors = dict(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask,
                         question_mask=question_mask, column_mask=column_mask,
                         column_token_weights=column_token_weights)
    if all(item.content_spans is not None for item in items):
        batch_tensors.update(content_tensors(items, seq_length, max_question, max_columns))
    if not with_labels:
        return batch_tensors
    sel = torch.tensor([item.labels.sel for item in items])
    agg = torch.tensor([item.labels.agg for item in items])
    num_conds = torch.tensor([min(item.labels.num_conds, MAX_CONDITIONS) for item in items])
    answerable = torch.tensor([item.labels.answerable for item in items], dtype=torch.float)
    order_target = torch.tensor([item.labels.order for item in items])
    ordered = [item.labels.order not in (ORDER_NONE, IGNORE_INDEX) for item in items]
    order_column_target = torch.tensor([
        item.labels.order_column if is_ordered and item.labels.order_column < item.num_columns else IGNORE_INDEX
        for item, is_ordered in zip(items, ordered)])
    order_limit_target = torch.tensor([item.labels.order_limit - 1 if is_ordered else IGNORE_INDEX
                                       for item, is_ordered in zip(items, ordered)])
    where_target = torch.zeros(batch, max_columns)
    op_target = torch.full((batch, max_columns), IGNORE_INDEX, dtype=torch.long)
    start_target = torch.full((batch, max_columns), IGNORE_INDEX, dtype=torch.long)
    end_target = torch.full((batch, max_columns), IGNORE_INDEX, dtype=torch.long)
    for b, item in enumerate(items):
        labels = item.labels
        for column, op, span in zip(labels.cond_columns, labels.cond_ops, labels.value_spans):
            if column >= item.num_columns:
                continue
            where_target[b, column] = 1.0
            op_target[b, column] = op
            if span is not None and span[1] < item.num_question_tokens:
                start_target[b, column], end_target[b, column] = span
    batch_tensors.update(sel=sel, agg=agg, num_conds=num_conds, where_target=where_target,
                         op_target=op_target, start_target=start_target, end_target=end_target,
                         answerable=answerable, order_target=order_target, order_column_target=order_column_target,
                         order_limit_target=order_limit_target)
    return batch_tensors
