"""What the model's scores say of one example and of a query: per-example log-probabilities from a batch's
ModelOutput (ExampleScores, example_scores), a decoded query (Decoded, decoded), its log-probability under the model
(log_probability), and the likeliest ordering (best_order).
"""
from __future__ import annotations

import dataclasses
import math
from typing import Sequence

import torch
import torch.nn.functional as F

from wikisql.encoding import ORDER_ASC, ORDER_DESC, ORDER_NONE, EncodedExample
from wikisql.model import ModelOutput
from wikisql.query import Order, Query


@dataclasses.dataclass
class ExampleScores:
    """Log-probabilities of one example's components (C = its columns, Q = its question tokens)."""
    sel: torch.Tensor  # (C,)
    agg: torch.Tensor  # (C, 6): log p(agg | sel = column)
    num_conds: torch.Tensor  # (5,)
    where: torch.Tensor  # (C,): log p(column is a condition column)
    not_where: torch.Tensor  # (C,): log p(column is not one)
    op: torch.Tensor  # (C, 4)
    start: torch.Tensor  # (C, Q)
    end: torch.Tensor  # (C, Q)
    order: torch.Tensor | None = None  # (3,): none, ascending, descending (models with the ordering heads)
    order_column: torch.Tensor | None = None  # (C,)
    order_limit: torch.Tensor | None = None  # (MAX_ORDER_LIMIT,): k = 1..
    answerable: float | None = None  # log p(one query of the grammar answers the question), if the model says


@dataclasses.dataclass(frozen=True)
class Decoded:
    """A decoded query, the inclusive question-token span of each condition's value (in the order
    of query.conds), and log p(query) under the model."""
    query: Query
    spans: tuple
    log_probability: float
    answerable: float | None = None  # p(the grammar can answer the question), from a model with that head


def log_probability(scores: ExampleScores, query: Query, spans: Sequence[tuple[int, int]]) -> float:
    """log p(query) under the model's factorisation: select column, aggregation given it, number
    of condition columns, each column in or out of the conditions, and each condition's operator
    and value span (start and end token)."""
    total = scores.sel[query.sel] + scores.agg[query.sel, query.agg]
    columns = {condition.column for condition in query.conds}
    total = total + scores.num_conds[min(len(columns), scores.num_conds.numel() - 1)]
    is_condition = torch.zeros(scores.where.numel(), dtype=torch.bool)
    is_condition[list(columns)] = True
    total = total + torch.where(is_condition, scores.where, scores.not_where).sum()
    for condition, (start, end) in zip(query.conds, spans, strict=True):
        column = condition.column
        total = total + scores.op[column, condition.operator] + scores.start[column, start] + scores.end[column, end]
    if scores.order is not None:   # and the ordering: none, or its direction, column and limit
        if query.order is None:
            total = total + scores.order[ORDER_NONE]
        else:
            total = (total + scores.order[ORDER_DESC if query.order.descending else ORDER_ASC]
                     + scores.order_column[query.order.column] + scores.order_limit[query.order.limit - 1])
    return float(total)


def decoded(scores: ExampleScores, query: Query, spans: Sequence[tuple[int, int]]) -> Decoded:
    answerable = math.exp(scores.answerable) if scores.answerable is not None else None
    return Decoded(query, tuple(spans), log_probability(scores, query, spans), answerable)


def best_order(scores: ExampleScores, sel: int, agg: int) -> Order | None:
    """The likeliest ordering for a query selecting `sel` with aggregation `agg`: none for a model
    without the ordering heads, for an aggregate, or when the model says none; else the likeliest
    column other than `sel` (ordering by the selected column is MAX/MIN's job) and limit."""
    if scores.order is None or agg != 0:
        return None
    direction = int(scores.order.argmax())
    if direction == ORDER_NONE or scores.order_column.numel() < 2:
        return None
    column_scores = scores.order_column.clone()
    column_scores[sel] = float("-inf")
    return Order(int(column_scores.argmax()), direction == ORDER_DESC, int(scores.order_limit.argmax()) + 1)


def example_scores(output: ModelOutput, items: Sequence[EncodedExample]) -> list[ExampleScores]:
    """Split a batch's ModelOutput into per-example log-probabilities (on the CPU, float32)."""
    output = type(output)(*(tensor.detach().float().cpu() if tensor is not None else None for tensor in output))
    scores = []
    for b, item in enumerate(items):
        columns, question = item.num_columns, item.num_question_tokens
        where = output.where_logits[b, :columns]
        extension = {}
        if output.order_logits is not None:
            extension.update(order=F.log_softmax(output.order_logits[b], dim=-1),
                             order_column=F.log_softmax(output.order_column_logits[b, :columns], dim=-1),
                             order_limit=F.log_softmax(output.order_limit_logits[b], dim=-1))
        if output.answerable_logits is not None:
            extension["answerable"] = float(F.logsigmoid(output.answerable_logits[b]))
        scores.append(ExampleScores(
            sel=F.log_softmax(output.sel_logits[b, :columns], dim=-1),
            agg=F.log_softmax(output.agg_logits[b, :columns], dim=-1),
            num_conds=F.log_softmax(output.num_conds_logits[b], dim=-1),
            where=F.logsigmoid(where), not_where=F.logsigmoid(-where),
            op=F.log_softmax(output.op_logits[b, :columns], dim=-1),
            start=F.log_softmax(output.start_logits[b, :columns, :question], dim=-1),
            end=F.log_softmax(output.end_logits[b, :columns, :question], dim=-1), **extension))
    return scores
