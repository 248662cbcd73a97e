"""A condition's value spans: the likeliest spans of a column (top_spans), value snapping to the column's cells
(snap_to_cells, DEFAULT_SNAP_MARGIN, SNAPPED_OPERATORS), a number's span made whole and bare (whole_number_span,
without_unit_words), and a column's best conditions by operator and span (condition_candidates).
"""
from __future__ import annotations

import math
import re

import torch

from wikisql.decoding.scores import ExampleScores
from wikisql.decoding.words import comparison_operator
from wikisql.encoding import EncodedExample
from wikisql.query import CONDITION_OPS, Condition

# Value snapping at prediction time: a span that is a cell of the condition column is preferred
# whatever its score (margin infinite); None turns snapping off.
DEFAULT_SNAP_MARGIN = math.inf
SNAPPED_OPERATORS = {CONDITION_OPS.index("=")}


def top_spans(start: torch.Tensor, end: torch.Tensor, k: int, max_tokens: int) -> list[tuple[float, int, int]]:
    """Best k (log p, start, end) with start <= end < start + max_tokens; start, end: (Q,) log-probs."""
    length = start.numel()
    if length == 0:
        return []
    pair = start[:, None] + end[None, :]  # (Q, Q)
    offsets = torch.arange(length)[None, :] - torch.arange(length)[:, None]  # end - start
    pair = pair.masked_fill((offsets < 0) | (offsets >= max_tokens), float("-inf"))
    values, flat = pair.flatten().topk(min(k, length * length))
    return [(value.item(), index.item() // length, index.item() % length)
            for value, index in zip(values, flat) if value.item() > float("-inf")]


def snap_to_cells(spans: list[tuple[float, int, int]], scores: ExampleScores, item: EncodedExample, column: int,
                  max_tokens: int, margin: float) -> list[tuple[float, int, int]]:
    """Value snapping: when the likeliest span is not a cell of `column` but a span that is
    one scores within `margin` (log-probability) of it, that span goes first, with the
    likeliest span's score (so that it stays first when combined with operator scores).

    Uses the cell matches of the encoding (Encoder(content=True)); unchanged without them,
    for tables without rows, or when the likeliest span already is a cell.
    """
    if not spans or item.content_spans is None or not item.table_has_rows:
        return spans
    cell_spans = [(start, end) for start, end in item.content_spans[column] if end - start < max_tokens]
    if not cell_spans or (spans[0][1], spans[0][2]) in cell_spans:
        return spans
    score, start, end = max((((scores.start[column, start] + scores.end[column, end]).item(), start, end)
                             for start, end in cell_spans), key=lambda scored: scored[0])
    if score < spans[0][0] - margin:
        return spans
    return [(spans[0][0], start, end)] + [span for span in spans if (span[1], span[2]) != (start, end)]


def whole_number_span(item: EncodedExample, start: int, end: int) -> tuple[int, int]:
    """The span widened to the whole number it cuts: `30` or `30,000` of `30,000,000`, `3` of `3.5`
    (the tokenizer splits numbers at their separators, and a value is never part of a number)."""
    tokens = item.question_tokens

    def digits(index: int) -> bool:
        return tokens[index].text.lstrip("#").isdigit()

    def separator_between(left: int) -> bool:   # tokens left, left+1, left+2 read as "d,d" or "d.d" with no space
        return (digits(left) and tokens[left + 1].text in (",", ".") and digits(left + 2)
                and tokens[left].end == tokens[left + 1].start and tokens[left + 1].end == tokens[left + 2].start)

    while end + 2 < len(tokens) and separator_between(end):
        end += 2
    while start >= 2 and separator_between(start - 2):
        start -= 2
    return start, end


def without_unit_words(item: EncodedExample, start: int, end: int) -> tuple[int, int]:
    """A number's span without the words or `%` the question wrote after it: `20` of "20 mm",
    "60 percent", "20 billion" (for a numeric column, whose values are numbers; the official
    executor reads the first number of such a value too), and without a currency sign before it
    (`4,000` of "$4,000", which the official executor reads as 4), and cut before a second number said right after a
    space (`10,000` of "more than 10,000 2-bedroom households"). Unchanged without a digit."""
    tokens = item.question_tokens

    def has_digit(index: int) -> bool:
        return any(char.isdigit() for char in tokens[index].text)

    if not any(has_digit(index) for index in range(start, end + 1)):
        return start, end
    first = next(index for index in range(start, end + 1) if has_digit(index))
    run_end = first   # the first number's own tokens, written together: "10,000" of "10,000 2-bedroom households"
    while run_end < end and tokens[run_end].end == tokens[run_end + 1].start:
        run_end += 1
    plain = re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", item.span_text(first, run_end))   # (not a date)
    if plain and run_end < end and has_digit(run_end + 1):
        end = run_end   # a second number right after a space is another value's, not this one's
    while end > start and not has_digit(end) and (tokens[end].text.lstrip("#").isalpha() or tokens[end].text == "%"):
        end -= 1
    while start < end and tokens[start].text in _CURRENCY_SIGNS:   # "$4,000": the engine would read 4 from it
        start += 1
    return start, end


_CURRENCY_SIGNS = frozenset("$ € £ ¥".split())


def condition_candidates(scores: ExampleScores, item: EncodedExample, column: int, k: int,
                         max_tokens: int, snap_margin: float | None = None
                         ) -> list[tuple[float, Condition, tuple[int, int]]]:
    """Best k (score, condition, value span) on `column` by log p(op) + log p(span), the value
    as written in the question (a number whole, whole_number_span; on a numeric column without
    the unit words after it, without_unit_words).

    With `snap_margin`, spans that are cells of the column are preferred (snap_to_cells) for
    equality conditions; `<` and `>` compare with numbers that often are no cell at all. A number
    the question compares with ("more than 4") takes only the operator its words say
    (comparison_operator).
    """
    spans = top_spans(scores.start[column], scores.end[column], k, max_tokens)
    snapped = snap_to_cells(spans, scores, item, column, max_tokens, snap_margin)[:k] if snap_margin is not None \
        else spans
    candidates = []
    for op_index, op_value in enumerate(scores.op[column].tolist()):
        for span_score, start, end in (snapped if op_index in SNAPPED_OPERATORS else spans):
            start, end = whole_number_span(item, start, end)
            if item.column_types[column] == "real":
                start, end = without_unit_words(item, start, end)
            said = comparison_operator(item, start, end, item.header[column] if column < len(item.header) else None)
            if said is not None and said != op_index:
                continue
            candidates.append((op_value + span_score, Condition(column, op_index, item.span_text(start, end)),
                               (start, end)))
    candidates.sort(key=lambda pair: -pair[0])
    seen = set()   # spans widened to a whole number or cut to it can say the same condition twice: keep the best
    candidates = [candidate for candidate in candidates
                  if candidate[1] not in seen and not seen.add(candidate[1])]
    return candidates[:k]
