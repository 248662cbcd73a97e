"""From model scores to queries: greedy decoding and execution-guided decoding.

Scores are turned into log-probabilities per example (`ExampleScores`). Both decoders return a
`Decoded`: the Query, the question-token span each value was cut from, and the query's
log-probability under the model (the confidence people see). Greedy decoding takes
the best of each component. Execution-guided decoding (Wang et al. 2018, as SQLova uses it)
beams over (select column, aggregation) and over condition candidates, dropping any that fail
to execute, return no row, or apply MAX/MIN/SUM/AVG to a text column. A set of conditions is
scored by its joint probability: number of conditions, each chosen column's condition
probability, operator and value span, and the probability that every other column is not a
condition column (SQLova scores a set by its last candidate alone).

Value snapping (both decoders, `snap_margin`): among a condition column's value spans, one
whose text is a cell of that column (wikisql/content.py) wins over likelier spans that are
not, if it scores within the margin of the best. With snapping on, three more decisions read the
cells: a value cut from a longer cell of another column takes that cell (`widen_to_cells`), an
identifier the question names that is a cell of one column becomes a condition on it
(`add_named_identifiers`), and so does a category said before the rows' noun ("How many R rated
movies ...", `add_modifier_cells`).
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from typing import Callable, Iterator, NamedTuple, Sequence

import torch
import torch.nn.functional as F

from wikisql.content import cell_key, in_no_cell, is_a_cell
from wikisql.database import ExecutionError, QueryExecutor, reads_as_number
from wikisql.encoding import (
    MAX_CONDITIONS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    ORDER_ASC,
    ORDER_DESC,
    ORDER_NONE,
    YEAR,
    EncodedExample,
    bundled_vocabulary,
    counted_noun,
    header_readings,
    is_row_names,
    names_column,
    numbered_row_nouns,
    readable_header,
    singular,
    year_of,
)
from wikisql.model import ModelOutput
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Order, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, column_numbers, count_cells, is_missing

NUMERIC_AGGREGATIONS = {AGGREGATION_OPS.index(name) for name in ("MAX", "MIN", "SUM", "AVG")}
# Value snapping at prediction time: a span that is a cell of the condition column is preferred
# whatever its score (margin infinite); None turns snapping off.
DEFAULT_SNAP_MARGIN = math.inf
SNAPPED_OPERATORS = {CONDITION_OPS.index("=")}
# Words right before a number that say how to compare with it ("more than 4", "under 20", "exceeding
# 1,000"). Temporal words ("after", "before") are left to the model: "the record after game 5" means
# game = 5 in WikiSQL's data.
COMPARISON_WORDS = {
    CONDITION_OPS.index(">"): ("more than", "greater than", "larger than", "bigger than", "higher than", "longer than",
                               "heavier than", "taller than", "over", "above", "exceeding", "exceeds", "exceeded",
                               "exceed", "later than", "north of", "east of", "harder than", "wider than",
                               "deeper than", "richer than", "hotter than", "warmer than", "wetter than",
                               "stronger than", "thicker than", "passed", "surpassed", "topped", "beyond",
                               "farther than", "further than"),
    CONDITION_OPS.index("<"): ("less than", "fewer than", "smaller than", "lower than", "shorter than", "lighter than",
                               "under", "below", "earlier than", "south of", "west of", "softer than", "cheaper than",
                               "colder than", "cooler than", "narrower than", "shallower than", "poorer than",
                               "weaker than", "thinner than", "drier than", "within", "closer than", "nearer than"),
    CONDITION_OPS.index("="): ("equal to", "equals", "exactly"),   # "r equal to 1" (not "... than or equal to")
}   # not "older", "faster" and the like, whose direction depends on the column: _HEADED_COMPARISONS
# Comparatives whose direction depends on what the column holds: "older than 60" of ages is `>`, "older than 1950" of
# years `<`; "faster than 30" of a speed `>`, "faster than 10" of a time `<`.
_HEADED_KINDS = {"age": {"age", "aged"}, "year": {"year", "built", "founded", "established", "opened"},
                 "speed": {"speed", "mph", "kph", "velocity"},
                 "time": {"time", "duration", "minutes", "seconds", "mins", "secs"}}
_HEADED_COMPARISONS = {"age": {"older": ">", "younger": "<"}, "year": {"older": "<", "newer": ">"},
                       "speed": {"faster": ">", "slower": "<", "quicker": ">"},
                       "time": {"faster": "<", "slower": ">", "quicker": "<"}}
_HEADED_COMPARISON_BEFORE = re.compile(r"\b(older|younger|newer|faster|slower|quicker)\s+than\s+"
                                       r"(?:the\s+age\s+of\s+|(?:the\s+)?year\s+)?$", re.IGNORECASE)
# the words, then maybe an article, a currency sign or a coordinate's name ("south of latitude 33")
_COMPARISON_BEFORE = re.compile(r"\b(" + "|".join(word.replace(" ", r"\s+") for words in COMPARISON_WORDS.values()
                                                  for word in words)
                                + r")\s+(?:an?\s+|the\s+|(?:latitude|longitude|lat|lon|long)\s+)?[$£€]?\s*$",
                                re.IGNORECASE)
# a number, maybe with a currency sign or a unit: "4", "30,000,000", "$1.5", "700 m", "45%"
_NUMBER = re.compile(r"[$£€]?\s?[-+]?((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)(\s?(%|[A-Za-z]{1,6}))?")


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
    (`4,000` of "$4,000", which the official executor reads as 4). Unchanged without a digit."""
    tokens = item.question_tokens

    def has_digit(index: int) -> bool:
        return any(char.isdigit() for char in tokens[index].text)

    if not any(has_digit(index) for index in range(start, end + 1)):
        return start, end
    while end > start and not has_digit(end) and (tokens[end].text.lstrip("#").isalpha() or tokens[end].text == "%"):
        end -= 1
    while start < end and tokens[start].text in _CURRENCY_SIGNS:   # "$4,000": the engine would read 4 from it
        start += 1
    return start, end


_CURRENCY_SIGNS = frozenset("$ € £ ¥".split())


def comparison_operator(item: EncodedExample, start: int, end: int, header: str | None = None) -> int | None:
    """The operator the question's words put on the number at tokens start..end ("more than 4":
    `>`, "below 0.5 m": `<`), or None (no such words, or the span is not a number). On the official
    dev set this corrects 5 operators the model got wrong and changes none it got right. Comparatives whose
    direction depends on the column read its `header` (_HEADED_COMPARISONS): "older than 60" of ages is `>`,
    "older than 1950" of years `<`, "faster than" of a speed `>` and of a time `<`; without a header that
    says which, they are left to the model."""
    if not _NUMBER.fullmatch(item.span_text(start, end)):
        return None
    before = item.question[:item.question_tokens[start].start]
    found = _COMPARISON_BEFORE.search(before)
    if found is None:
        said = _HEADED_COMPARISON_BEFORE.search(before) if header is not None else None
        if said is None:
            return None
        words = set(re.findall(r"[a-z]+", readable_header(header).lower()))
        comparative = said[1].lower()
        return next((CONDITION_OPS.index(operators[comparative]) for kind, operators in _HEADED_COMPARISONS.items()
                     if words & _HEADED_KINDS[kind] and comparative in operators), None)
    word = " ".join(found.group(1).lower().split())
    operator = next(operator for operator, words in COMPARISON_WORDS.items() if word in words)
    if operator == CONDITION_OPS.index("=") and re.search(r"\bor\s*$", before[:found.start()]):
        return None   # "more than or equal to 5": WikiSQL has no >=, left to the model
    return operator


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


# A question without a condition asks for one figure of the whole column ("What was the highest temp_max?"),
# not for the column itself, unless it asks for a list. WikiSQL has no query without conditions,
# aggregation and ordering in dev (0 of 8,421) and 8 in train (of 56,334).
COUNT, SUM, AVG = AGGREGATION_OPS.index("COUNT"), AGGREGATION_OPS.index("SUM"), AGGREGATION_OPS.index("AVG")
TOTAL_WORDS = re.compile(r"\b(?:total|in all|altogether|combined)\b", re.IGNORECASE)
_NOT_NOUNS = frozenset("total all number count sum how many what is the of in are there were was a".split())
LIST_QUESTION = re.compile(r"^\s*(list|show|give|display|enumerate|name all|what are|which are)\b|\b(all|every|each)\b",
                           re.IGNORECASE)


def aggregate_unconditioned(scores: ExampleScores, item: EncodedExample, query: Query) -> Query:
    """The aggregation of a query over a whole numeric column (no condition, no ordering):

    - no aggregation, and the question does not ask for a list (LIST_QUESTION): the model's likeliest
      aggregation for that column. A text column is left alone: "Which name has the most points?" is a
      superlative, which COUNT would not answer either;
    - COUNT, when the question asks for a total (TOTAL_WORDS: "total", "in all", "altogether", "combined")
      of the column it names ("What is the total number of road deaths?" on `deaths`): SUM. COUNT of a
      whole column is the number of rows, which a question asks with the rows' noun ("How many states
      are there in total?"), not the column's. WikiSQL's "total number of" is COUNT, but its gold
      queries all have a condition, and with a condition this decision does not apply."""
    if query.conds or query.order is not None or item.column_types[query.sel] != "real":
        return query
    if query.agg == COUNT:
        words = [singular(word) for word in re.findall(r"[a-z]+", item.question.lower())]
        if (TOTAL_WORDS.search(item.question) and len(item.header) > query.sel
                and names_column([w for w in words if w not in _NOT_NOUNS], item.header[query.sel], item.question)):
            return dataclasses.replace(query, agg=SUM)
        return query
    if query.agg != 0 or LIST_QUESTION.search(item.question):
        return query
    best = max(range(1, len(AGGREGATION_OPS)), key=lambda agg: scores.agg[query.sel, agg].item())
    return dataclasses.replace(query, agg=best)


# A column whose numbers name or order rows rather than measure them: summing them means nothing.
ORDINAL_HEADER_WORDS = frozenset("""rank code no number id position pos pick round year season week game place seed
    order draft overall""".split())


def sum_for_total(item: EncodedExample, query: Query, rows_matched: Callable[[Query], int]) -> Query:
    """COUNT or no aggregation of a number column, with conditions that hold for two rows or more
    (`rows_matched`), when the question asks for the total of that column ("What is the total population
    of Oceania?", "... the total market value of the companies in the Media category?"): SUM. So does a COUNT
    of the column "the total number of" names when two rows or more hold the conditions ("the total number of
    doubles hit by NYN players"; of the 94 official dev predictions that say so, the conditions of 93 hold for
    one row at most and stay as decoded). Not for a column that names or orders rows (`Rank`, `Code`, `Pick`:
    ORDINAL_HEADER_WORDS). Also, with or without conditions, when the question adds the column up
    (adds_up: "altogether", "add up", "in total"). aggregate_unconditioned decides other queries without
    conditions."""
    if query.agg not in (0, COUNT) or query.order is not None or len(item.header) <= query.sel:
        return query
    header = item.header[query.sel]
    if item.column_types[query.sel] != "real" or is_row_names(header):   # a data frame's row numbers add up to
        return _count_of_a_total(item, query, rows_matched)   # nothing ("How many animals ... in total?")
    reading = header_readings(item.header, item.question)[query.sel] or ""   # "the 8-month scores": `bdi.8m`
    if query.agg == 0 and query.conds and asks_average_of(item.question, header, reading):
        return dataclasses.replace(query, agg=AVG) if rows_matched(query) >= 2 else query
    text_headers = [h for h, kind in zip(item.header, item.column_types) if kind == "text"]
    total_number = query.agg == COUNT and _asks_of(r"total (?:number|amount) of", item.question, header, reading)
    if not (query.conds and (asks_total_of(item.question, header, reading) or total_number)) and \
            not adds_up(item.question, header, text_headers):
        return _count_of_a_total(item, query, rows_matched)
    return dataclasses.replace(query, agg=SUM) if rows_matched(query) >= 2 else query


def _count_of_a_total(item: EncodedExample, query: Query, rows_matched: Callable[[Query], int]) -> Query:
    """A COUNT with conditions whose question asks for the total of another number column, the only one it names
    ("Total survival days of the censored patients (status 0)" decoded COUNT(status)): the SUM of that column,
    when the conditions hold for two rows or more."""
    if query.agg != COUNT or not query.conds or asks_total_of(item.question, item.header[query.sel]):
        return query
    readings = header_readings(item.header, item.question)
    given = {condition.column for condition in query.conds}
    named = [c for c, (name, kind) in enumerate(zip(item.header, item.column_types))
             if kind == "real" and c != query.sel and c not in given and not is_row_names(name)
             and asks_total_of(item.question, name, readings[c])]
    if len(named) != 1:
        return query
    total = dataclasses.replace(query, sel=named[0], agg=SUM)
    return total if rows_matched(total) >= 2 else query


_MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_NUMBERS |= {short: _MONTH_NUMBERS[name] for short, name in MONTH_ABBREVIATIONS.items()}
_MONTH_NAME = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_DATE_PARTS = (   # (pattern, the parts its groups are, in order)
    (re.compile(r"(?<![\d/.])(\d{1,2})/(\d{4})(?![\d/])"), ("month", "year")),   # "in 12/2005"
    (re.compile(r"\bmonth (\d{1,2}) (?:of|in) (\d{4})\b"), ("month", "year")),   # "in month 10 of 2001"
    (re.compile(rf"\b({_MONTH_NAME})\.? (\d{{4}})\b", re.IGNORECASE), ("month", "year")),   # "in March 1995"
    (re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])"), ("month", "day")),   # "on 7/25"
    (re.compile(rf"\b({_MONTH_NAME})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?![\d,])", re.IGNORECASE), ("month", "day")),
)


def dates_in_parts(question: str, query: Query, table: Table) -> Query:
    """`query` with one `=` condition per part of a date the question writes whole when the table keeps the parts
    in number columns headed month, year or day: "What was the approval rating in month 10 of 2001?", "in
    12/2005", "in March 1995" -> month = 10 AND year = 2001; "on 7/25" -> Month = 7 AND Day = 25. Conditions the
    model put on those columns, or whose value is one of the date's numbers, are replaced; `query` itself when no
    row has that date."""
    columns = {}
    for column, (name, kind) in enumerate(zip(table.header, table.types)):
        word = readable_header(str(name)).strip().lower()
        if kind == "real" and word in ("month", "year", "day") and word not in columns:
            columns[word] = column
    if "month" not in columns or query.order is not None:
        return query
    for pattern, parts in _DATE_PARTS:
        if not all(part in columns for part in parts):
            continue
        found = pattern.search(question)
        if found is None:
            continue
        values = [_MONTH_NUMBERS.get(text.lower().rstrip("."), text) for text in found.groups()]
        numbers = {part: int(value) for part, value in zip(parts, values)}
        if not 1 <= numbers["month"] <= 12 or not all(count_cells(table, columns[part], number)
                                                       for part, number in numbers.items()):
            return query
        said = {str(value).lower() for value in found.groups()} | {found[0].lower()}
        kept = tuple(c for c in query.conds if c.column not in {columns[part] for part in numbers}
                     and str(c.value).strip().lower() not in said and c.column != query.sel)
        return dataclasses.replace(query, conds=kept + tuple(Condition(columns[part], 0, str(number))
                                                             for part, number in numbers.items()))
    return query


# The aggregation head's log p(no aggregation) of the selected column at and above which a COUNT of one row is read
# as that row's number (value_of_one_row); measured in benchmarks/RESULTS.md (2026-12-05).
ONE_ROW_VALUE_FLOOR = -1.5


# "how many" of an amount, not of rows: "How many thousand miles of roads ...", "How many US dollars does ... cost?",
# "How many telephones (in thousands) ..."
_AMOUNT_ASKED = re.compile(r"^\s*how\s+many\s+(?:hundreds?|thousands?|millions?|billions?|(?:us\s+)?dollars|euros"
                           r"|pounds)\b|\bin\s+(?:hundreds|thousands|millions|billions)\b", re.IGNORECASE)


def value_of_one_row(query: Query, table: Table, rows_matched: Callable[[Query], int], no_aggregation: float,
                     floor: float = ONE_ROW_VALUE_FLOOR, question: str = "") -> Query:
    """COUNT of a number column whose `=` conditions keep one row, read as that row's number when the aggregation
    head gives no aggregation a log-probability of at least `floor` (`no_aggregation`): "How many carbs are in
    Life?" decoded COUNT(carbo) WHERE name = 'Life' answers 1 whatever the cereal holds. `rows_matched`: the rows
    the query's conditions keep. On WikiSQL such a COUNT is the gold query about as often as the value is (226
    against 68 of the recipe model's official dev predictions): the head's doubt decides, not the form, unless
    the question asks "how many" of what the column holds, by its header or reading, of a data frame's row
    (`question`: "How many drivers does Mich have?" of `drivers` where `rownames = 'Mich'`; of any condition, dev LF
    fell 0.6: "How many years was Jiyai Shin the champion?" is WikiSQL's COUNT(Year)), or asks for an amount
    (_AMOUNT_ASKED: "How many thousand miles ...", "How many US dollars ...", "(in thousands)")."""
    if (query.agg != COUNT or query.order is not None or not query.conds
            or table.types[query.sel] != "real" or any(c.operator != 0 for c in query.conds)):
        return query
    if no_aggregation < floor and not _AMOUNT_ASKED.search(question):
        asked = re.match(r"\s*how many ((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", question.lower())
        said = asked is not None and names_column([singular(w) for w in asked[1].split()],
                                                  str(table.header[query.sel]), question)
        if not (said and any(is_row_names(table.header[c.column]) for c in query.conds)):
            return query
    return dataclasses.replace(query, agg=0) if rows_matched(query) == 1 else query


def total_of_whole_column(question: str, query: Query, table: Table) -> Query:
    """COUNT of a whole number column (no condition, no ordering) when the question asks for the total of the
    column it names ("Total timber volume of all the cherry trees?" on `Volume`): SUM, as aggregate_unconditioned
    decides at decoding; this applies after a condition the model decoded was dropped (`rownames = 'all the
    cherry trees'`)."""
    if query.agg != COUNT or query.conds or query.order is not None or table.types[query.sel] != "real":
        return query
    words = [singular(word) for word in re.findall(r"[a-z]+", question.lower())]
    if TOTAL_WORDS.search(question) and not set(re.findall(r"[a-z]+", str(table.header[query.sel]).lower())) & \
            ORDINAL_HEADER_WORDS and names_column([w for w in words if w not in _NOT_NOUNS],
                                                  str(table.header[query.sel]), question):
        return dataclasses.replace(query, agg=SUM)
    return query


# The header of a column that counts what each row of a frequency table stands for (`Freq` of Titanic's
# passengers by class, sex and age; `n` men of each trade; `count11`, the count of 2011): "how many" asks
# for its sum over the rows the conditions keep, not for the number of rows.
_COUNTS_HEADER = re.compile(r"(?:n|count|counts|freq|frequency)(?:[ _.]?\d\d)?", re.IGNORECASE)


def counts_column(table: Table, question: str) -> int | None:
    """The column of a frequency table's counts (_COUNTS_HEADER, numbers) that the question means, or None: the
    only one, or the one whose header's year the question says (`count11` for "in 2011-12"). A frequency table's
    other columns are text, the categories its rows count (not `n` at bats beside `r` runs and `y` hits), and a
    count is a whole number (not a wind rose's `frequency`, a percentage of the time)."""
    def whole(column: int) -> bool:
        numbers = [cell_number(row[column]) for row in table.rows if not is_missing(row[column])]
        return bool(numbers) and all(n is not None and float(n).is_integer() for n in numbers)
    columns = [c for c, (name, kind) in enumerate(zip(table.header, table.types))
               if kind == "real" and _COUNTS_HEADER.fullmatch(str(name).strip()) and whole(c)]
    if any(kind != "text" for c, kind in enumerate(table.types) if c not in columns):
        return None
    if len(columns) > 1:
        said = [c for c in columns if (year_of(str(table.header[c])) or "--")[-2:] in
                {y[2:] for y in YEAR.findall(question)}]
        columns = said if len(said) == 1 else [c for c in columns if year_of(str(table.header[c])) is None]
    return columns[0] if len(columns) == 1 else None


def sum_of_counts(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """A COUNT that counts the rows of a frequency table (counts_column) when the question asks how many of
    what the rows count: the counts column summed over the rows the conditions keep (SUM; no aggregation when
    they keep one row). "How many men were counted in the general labourer trade?" decoded COUNT(n), "How many
    new PhDs ... were female US citizens ...?" decoded COUNT(sex): the count column. Not when a condition is on
    the counts ("How many categories had more than 100 PhDs?": rows counted), nor when the noun after "how many"
    names a column ("How many trades ...?" of `trade`), is the header itself ("How many n are listed for ...",
    WikiSQL's COUNT) or "numbers" (`N` of numbers: "How many numbers are ending in 1 year?"). So is a column
    that counts what "how many" asks of any table (`nfirm` for "How many firms were there in Ohio?":
    encoding.counted_noun)."""
    if query.agg != COUNT or query.order is not None:
        return query
    asked = re.match(r"\s*(?:how\s+many|total|(?:the\s+)?(?:total\s+)?number\s+of|the\s+total\s+of)\s+"
                     r"((?:[\w-]+\s*){1,4})", question, re.IGNORECASE)
    words = re.findall(r"[a-z]+", asked[1].lower()) if asked is not None else []
    column = counts_column(table, question)
    if column is None:   # a column of counts of the noun asked: `nfirm`
        nouns = {singular(word) for word in words}
        counting = [c for c, kind in enumerate(table.types) if kind == "real" and any(
            counted_noun(word) in nouns for word in re.findall(r"[a-z]+", readable_header(str(table.header[c])).lower())
        )]
        if len(counting) != 1 or any(c.column == counting[0] for c in query.conds):
            return query
        summed = Query(counting[0], SUM, query.conds)
        return summed if rows_matched(summed) >= 2 else Query(counting[0], 0, query.conds)
    if any(c.column == column for c in query.conds) or (asked is None and query.sel != column):
        return query
    if str(table.header[column]).lower() in words or {"number", "numbers"} & set(words) or any(
            names_column([singular(word) for word in words], str(name), question)
            for c, name in enumerate(table.header) if c != column):
        return query
    summed = Query(column, SUM, query.conds)
    return summed if rows_matched(summed) >= 2 else Query(column, 0, query.conds)


_ADDS_UP = re.compile(r"\b(?:altogether|all\s+together|add(?:s|ed)?\s+up|added\s+together|summed|in\s+total|combined|"
                      r"across\s+all)\b|"
                      r"\btogether(?:\s+(?:for|in|at|on|by)\s+[\w\s'-]+)?\s*[?.!]?\s*$", re.IGNORECASE)   # "What
#                                 would the D diamonds cost together?", "... cost together for a library?"


def adds_up(question: str, header: str, text_headers: Sequence[str] = ()) -> bool:
    """Whether the question adds the column `header` up ("How many people left PEI altogether?", "Add up the
    Armed.Forces numbers", "What do ... add up to?", "How many points did the Reds score in total?"), not
    counts rows: the noun of "how many" names no text column (`text_headers`; "How many teams scored in total?"
    of `Team` counts teams), and the column does not name or order rows (`Rank`, `Year`)."""
    if not _ADDS_UP.search(question) or set(re.findall(r"[a-z]+", header.lower())) & ORDINAL_HEADER_WORDS:
        return False
    counted = re.search(r"\bhow\s+many\s+([\w-]+)", question, re.IGNORECASE)
    return counted is None or not any(names_column([singular(counted[1].lower())], text, question)
                                      for text in text_headers)


_COUNT_THE = re.compile(r"^\s*count\s+(?:the|all|how)\b(?!.*\b(?:sum|total|average|mean)\b)", re.IGNORECASE)


def count_when_told(question: str, query: Query) -> Query:
    """`query` with COUNT when the question tells to count the rows ("Count the days where seeding is yes.") and the
    model decoded no aggregation; not "Count the sum of Pop (2004) ...", a SUM."""
    if query.agg != 0 or query.order is not None or not _COUNT_THE.search(question):
        return query
    return dataclasses.replace(query, agg=COUNT)


HOW_MANY = re.compile(r"\s*how\s+many\b", re.IGNORECASE)   # with .match: the question starts so


def count_what_no_cell_says(question: str, query: Query, table: Table) -> Query:
    """`query` with COUNT when the question asks "how many", the model decoded no aggregation, and the selected
    text column writes no number in most of its cells (`sex` F/M, `education` 0-5yrs ...): no cell is the number
    asked ("How many women in the study were cases (case 1)?" decoded SELECT education WHERE case = 1); not a
    column of numbers written as text ("How many spectators attended ...?" of `Attendance` '12,000'), nor one
    whose cells are missing ('N/A')."""
    if query.agg != 0 or query.order is not None or not HOW_MANY.match(question) \
            or table.types[query.sel] != "text":
        return query
    cells = [str(row[query.sel]) for row in table.rows if not is_missing(row[query.sel])]
    if not cells or 2 * sum(bool(re.search(r"\d", cell)) for cell in cells) >= len(cells):
        return query
    return dataclasses.replace(query, agg=COUNT)


_HOW_MANY_WORDS = re.compile(r"\s*how\s+many\s+((?:[a-z'.-]+\s+){0,2}[a-z'.-]+)", re.IGNORECASE)
# What "how many" asks of: not rows when it is an amount a column holds ("How many people attended ...?" of
# `Attendance`, "How many points ...?"), whether or not a header names it
_AMOUNT_NOUNS = frozenset("""people persons viewers spectators fans visitors attendees votes points goals runs
    dollars euros pounds miles kilometers kilometres km meters metres feet inches yards kg kilograms tons tonnes
    grams litres liters gallons hours minutes seconds percent copies units""".split())


_RUN_ENDS = frozenset("""a an the of in on at to for by from with and or as is are was were be been did does do has have
    had will would can could there than that which who whose where when""".split())


def count_the_rows_asked(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """`query` with COUNT when the question asks "how many" of a plural noun that names none of the table's number
    columns nor the selected one ("How many patients were in the BtheB arm?" decoded SELECT rownames WHERE
    treatment = 'BtheB'; "How many launches happened below 65 degrees?" SELECT nFailures WHERE Temperature < 65),
    the model decoded no aggregation, and the conditions keep two rows or more (`rows_matched`): no row's number
    is the answer then. Not an amount ("How many people ...": _AMOUNT_NOUNS). A number column headed with the
    noun itself, singular, of whole numbers mostly its own (`Pig` for "How many pigs ...?", pig numbers), numbers
    the rows' things and counts nothing: it is counted too, and so is a SUM the model decoded of it. The rows are
    counted on a column without missing cells (the selected one if it has none)."""
    asked = _HOW_MANY_WORDS.match(question)
    if asked is None or query.agg not in (0, SUM) or query.order is not None:
        return query
    run = []
    for word in asked[1].lower().split():
        if word in _RUN_ENDS:
            break
        run.append(word)
    plural = [word for word in run if word.isalpha() and singular(word) != word]
    if not plural or plural[-1] in _AMOUNT_NOUNS:
        return query
    noun = singular(plural[-1])
    def numbers_the_noun(column: int) -> bool:   # `Pig` for "pigs": whole numbers, mostly of their own (not `carat`)
        if " ".join(str(table.header[column]).split()).lower() != noun:
            return False   # (the header first: the cells are read only for the column so headed)
        cells = [cell_number(row[column]) for row in table.rows if not is_missing(row[column])]
        return bool(cells) and all(cell is not None and cell == int(cell) for cell in cells) \
            and 2 * len(set(cells)) >= len(cells)
    if query.agg == SUM and not numbers_the_noun(query.sel):
        return query
    named = [c for c, kind in enumerate(table.types)   # (the row names read as the noun asked: they count it)
             if (kind == "real" or c == query.sel) and not is_row_names(table.header[c])
             and not numbers_the_noun(c) and names_column([noun], table.header[c], question)]
    if named or rows_matched(query) < 2:
        return query
    complete = [c for c in range(len(table.header)) if not any(is_missing(row[c]) for row in table.rows)]
    sel = query.sel if query.sel in complete or not complete else complete[0]   # COUNT skips missing cells
    return dataclasses.replace(query, sel=sel, agg=COUNT)


def asks_total_of(question: str, header: str, reading: str | None = None) -> bool:
    """Whether the question asks for the total of the column `header` ("the total population", "the sum of
    the points"), not WikiSQL's "total number of" (a COUNT), and the column does not name or order rows.
    `reading`: the header's reading among the table's headers (names_column)."""
    return _asks_of(r"total|sum|combined", question, header, reading)


def asks_average_of(question: str, header: str, reading: str | None = None) -> bool:
    """Whether the question asks for the average of the column `header` ("Average percent of Math and Statistics
    degrees ... after 2000", "the mean weight of ..."), and the column does not name or order rows nor is an
    average itself ("the average price at its peak" of `avg.price`)."""
    own = set(re.findall(r"[a-z]+", readable_header(header).lower()))
    return not own & {"average", "avg", "mean"} and _asks_of(r"average|mean", question, header, reading)


def _asks_of(words: str, question: str, header: str, reading: str | None = None) -> bool:
    """Whether one of `words` (a regular expression) is said of the words that name the column `header` (not of
    "number", "count" or "#": WikiSQL's "total number of" is a COUNT), which does not name or order rows."""
    said = re.search(rf"\b(?:{words})(?:\s+of)?\s+(?!number\b|count\b|no\b|#)((?:[\w.-]+\s*){{1,4}})", question,
                     re.IGNORECASE)
    return (said is not None and not set(re.findall(r"[a-z]+", header.lower())) & ORDINAL_HEADER_WORDS
            and names_column([singular(w) for w in re.findall(r"[a-z]+", said[1].lower())], header, question,
                             reading or None))


# A condition value that is a quantifier, not a row's cell: "the total distance of all the races" decoded
# `name = 'all'` or `name = 'total'`, "How many occupations are there of each type?" `type = 'each type'`.
_QUANTIFIER_VALUE = re.compile(r"(?:all|total|any|every|each|overall|altogether|combined|together|whole)(?:\s+\w+)?",
                               re.IGNORECASE)


def drop_header_numbers(query: Query, table: Table, question: str = "") -> Query:
    """`query` without its conditions whose number is one its column's header is written with (`pop15 < 15` for
    "the largest share of people under 15", `pop75 > 75` for "over 75"): the number names the column. Not for a
    header that is a number only (`15122`: WikiSQL's questions give such a column its own name as a value). Nor
    those on a number column whose number the question says only as the end of a span of years ("in 2011-12"
    decoded `count11 = 12`): a time, not an amount."""
    def named(condition: Condition) -> bool:
        header = str(table.header[condition.column])
        number = cell_number(condition.value)
        return (number is not None and re.search(r"[A-Za-z]", header) is not None
                and any(float(digits) == number for digits in re.findall(r"\d+(?:\.\d+)?", header)))

    def year_end(condition: Condition) -> bool:
        value = str(condition.value).strip()
        if table.types[condition.column] != "real" or re.fullmatch(r"\d\d", value) is None:
            return False
        said = re.findall(rf"(?<![\w.,])(?:(?:1[89]|20)\d\d\s?[-–/]\s?)?{re.escape(value)}(?![\w]|[.,]\d)", question)
        return bool(said) and all(len(s) > len(value) for s in said)
    kept = tuple(condition for condition in query.conds if not named(condition) and not year_end(condition))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def holds_no_cell(condition: Condition, table: Table) -> bool:
    """Whether an `=` condition on a text column has a value that no cell of the column holds (content.in_no_cell)."""
    return (table.types[condition.column] == "text" and condition.operator == CONDITION_OPS.index("=")
            and in_no_cell(condition.value, [row[condition.column] for row in table.rows]))


def select_other_than_given(query: Query, select: dict[int, float], question: str = "",
                            table: Table | None = None) -> Query:
    """`query` when it does not, without aggregation, select a column an `=` condition gives the value of, which
    would answer with the question's own value: "Who makes Special K?" decoded SELECT name WHERE name =
    'Special K'. With other conditions, that one is dropped ("Is Derby in the North or the South?": SELECT
    location WHERE location = 'North' AND town = 'Derby' -> WHERE town = 'Derby') unless the question says its
    value right after the column's name (`headed_code`: "Which type b patient has ...?" of `Type`); else the
    select column moves to the select head's likeliest other one (`select`: column -> log p). No gold query of
    WikiSQL selects the column it gives (16 of the 8,421 official dev predictions of the default model did, none
    right)."""
    given = query.given_columns()
    others = [column for column in select if column not in given]
    if query.agg != 0 or query.sel not in given or not others:
        return query
    headed = table is not None and any(c.column == query.sel and headed_code(question, table, c.column) == str(c.value)
                                       for c in query.conds)
    if any(c.column != query.sel for c in query.conds) and not headed:
        return dataclasses.replace(query, conds=tuple(c for c in query.conds if c.column != query.sel))
    return dataclasses.replace(query, sel=max(others, key=lambda column: (select[column], -column)))


MAX_CODE_LENGTH = 3   # the cells of a column of codes: 'a', 'b'; 'A1'; 'IIa'
_CODE_AFTER = re.compile(r"([A-Za-z]+)\s+([A-Za-z0-9]{1,%d})(?![\w'-])" % MAX_CODE_LENGTH)


def headed_code(question: str, table: Table, column: int) -> str | None:
    """The cell of a text column of a few short codes (every cell at most MAX_CODE_LENGTH characters, with a letter:
    Cushing's `Type` a, b, c, u; a header without digits) that the question says right after the column's name
    ("type b (bilateral hyperplasia)", "How many type a patients ...?"), as the column writes it; None when it
    says none, or two."""
    header = readable_header(str(table.header[column]))
    if table.types[column] != "text" or re.search(r"\d", header):
        return None   # (not `Race 2`, whose cells are places: "7 in race 1" is another column's)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", header)]
    cells = {str(row[column]).strip() for row in table.rows}
    if not words or not cells or len(cells) > MAX_KIND_CELLS or any(
            len(cell) > MAX_CODE_LENGTH or not re.search(r"[A-Za-z]", cell) for cell in cells):
        return None   # a column of letter codes only
    by_key = {cell.lower(): cell for cell in cells}
    said = {by_key[match[2].lower()] for match in _CODE_AFTER.finditer(question)
            if singular(match[1].lower()) == singular(words[-1]) and match[2].lower() in by_key}
    return said.pop() if len(said) == 1 else None


def add_headed_codes(question: str, query: Query, table: Table) -> Query:
    """`query` with `column = code` for the code of a column of short codes said right after the column's name
    (`headed_code`: "How many type a patients have pregnanetriol above 1?" -> `Type = 'a'`), when that column has
    no condition yet: the model reads a one-letter value as a word, or not at all. Another column's condition on
    the same letters is dropped (it was the model's place for them)."""
    used = {c.column for c in query.conds}
    for column in range(len(table.header)):
        if len(query.conds) >= MAX_CONDITIONS:
            break
        code = None if column in used else headed_code(question, table, column)
        if code is not None:
            kept = tuple(c for c in query.conds if str(c.value).strip().lower() != code.lower())
            query = dataclasses.replace(query, conds=kept + (Condition(column, CONDITION_OPS.index("="), code),))
            used.add(column)
    return query


_CODE = re.compile(r"[A-Za-z][A-Za-z0-9._]*[A-Za-z0-9]")


def _is_code(header: str) -> bool:
    """Whether a header is one code, not words: at least 3 characters of letters, digits, dots or underscores, with a
    digit (`varp97`, `post.test.3`) or no word of the bundled vocabulary (`bfext`, `ALP.B`)."""
    header = header.strip()
    return (len(header) >= 3 and _CODE.fullmatch(header) is not None
            and (any(ch.isdigit() for ch in header) or header.lower() not in bundled_vocabulary()))


def select_the_code_said(question: str, query: Query, table: Table) -> Query:
    """`query` selecting the column whose code the question writes out when its own select column is neither written
    nor read in the question and the code is used nowhere else in the query: "varp97 of field 25" decoded SELECT
    p97 selects `varp97`. Only one such code; never for COUNT (which counts rows whatever column it names), nor an
    aggregate of numbers over a text column."""
    if query.agg == AGGREGATION_OPS.index("COUNT"):
        return query
    text = question.lower()
    def written(header: str) -> bool:
        return re.search(r"(?<![\w.])" + re.escape(header.strip().lower()) + r"(?![\w]|\.\w)", text) is not None
    codes = [c for c, header in enumerate(table.header) if _is_code(str(header)) and written(str(header))]
    used = {query.sel, *(c.column for c in query.conds), *((query.order.column,) if query.order else ())}
    free = [c for c in codes if c not in used]
    if len(free) != 1 or query.sel in codes or (query.agg != 0 and table.types[free[0]] != "real"):
        return query
    words = set(re.findall(r"[a-z]+", text))
    if header_readings(table.header, question)[query.sel] or \
            {w.lower() for w in re.findall(r"[A-Za-z]{2,}", readable_header(str(table.header[query.sel])))} & words:
        return query   # the select column is said too
    return dataclasses.replace(query, sel=free[0])


# Time units a measure is counted over, and the adjectives that say "per unit": "yearly deaths", "accidents per day".
_UNIT_ADJECTIVES = {"year": ("yearly", "annual", "annually"), "day": ("daily",), "month": ("monthly",),
                    "week": ("weekly",), "quarter": ("quarterly",), "hour": ("hourly",), "season": ()}
_UNIT_HEADERS = {"year": "year", "years": "year", "yr": "year", "day": "day", "days": "day", "month": "month",
                 "week": "week", "quarter": "quarter", "hour": "hour", "season": "season"}
_PER_UNIT = frozenset({"per", "a", "an", "each", "every", "any", "one", "single"})


def _counted_over(question: str, unit: str) -> bool:
    """Whether the question says `unit` only as what a measure is counted over ("average yearly deaths", "accidents
    per day", "on any day of 1961", "on a single speed-limit day", "the worst single-year toll"), never as the
    thing it asks for ("In which year ...", "the latest day")."""
    words = re.findall(r"[a-z]+", question.lower())
    adjectives = sum(word in _UNIT_ADJECTIVES[unit] for word in words)
    nouns = [at for at, word in enumerate(words) if word in (unit, unit + "s")]
    per_unit = [at for at in nouns if _PER_UNIT.intersection(words[max(0, at - 3):at])]
    return (adjectives > 0 or bool(per_unit)) and len(per_unit) == len(nouns)


def select_not_the_unit(question: str, query: Query, table: Table, select: dict[int, float]) -> Query:
    """`query` with its aggregated select column moved off a column of time units (`year`, `day`) that the question
    says only as what its measure is counted over: "Average yearly deaths in corps XV?" decoded AVG(year), "Fewest
    accidents on any day of 1961?" MIN(day). The select head's likeliest number column that is no time unit nor a
    condition's column takes its place (`select`: column -> log p); none: `query` as it is."""
    unit = _UNIT_HEADERS.get(readable_header(str(table.header[query.sel])).lower().strip())
    if query.agg not in NUMERIC_AGGREGATIONS or unit is None or not _counted_over(question, unit):
        return query
    given = {c.column for c in query.conds}
    others = [column for column in select if column != query.sel and column not in given
              and table.types[column] == "real" and not is_row_names(str(table.header[column]))
              and readable_header(str(table.header[column])).lower().strip() not in _UNIT_HEADERS]
    if not others:
        return query
    return dataclasses.replace(query, sel=max(others, key=lambda column: (select[column], -column)))


def drop_table_year(query: Query, table: Table) -> Query:
    """`query` without its `=` conditions of a number column on a year that no cell holds and that is the table's
    year ("in 1970" of `baseball_batting_1970`, "these 1980 cars" of `auto_mpg_1980`): the table, not a row."""
    years = set(YEAR.findall(table.title))
    def table_year(condition: Condition) -> bool:
        return (table.types[condition.column] == "real" and condition.operator == CONDITION_OPS.index("=")
                and str(condition.value).strip() in years and not count_cells(table, condition.column, condition.value))
    kept = tuple(c for c in query.conds if not table_year(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_whole_span(question: str, query: Query, table: Table) -> Query:
    """`query` without an `=` condition of a number column whose value starts a range the question says ("from 1935
    to 1954", "between 1935 and 1954") that runs from the column's smallest number to its largest: all the rows,
    not the first of them ("Total investment by Goodyear from 1935 to 1954" of a table of those years)."""
    def whole(condition: Condition) -> bool:
        if table.types[condition.column] != "real" or condition.operator != CONDITION_OPS.index("="):
            return False
        numbers = [n for n in (cell_number(row[condition.column]) for row in table.rows) if n is not None]
        value = re.escape(str(condition.value).strip())
        said = re.search(rf"\b(?:from|between)\s+{value}\s+(?:to|and|through|until|-)\s+(\d[\d,.]*)\b", question,
                         re.IGNORECASE)
        return (bool(numbers) and said is not None and cell_number(condition.value) == min(numbers)
                and cell_number(said[1]) == max(numbers))
    kept = tuple(c for c in query.conds if not whole(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_pointer_values(query: Query, table: Table) -> Query:
    """`query` without its conditions whose value is in no cell of its column (holds_no_cell) but is a word of the
    table's name or of a header: the model pointing at the table or a column, not at rows ("What is the lowest
    education level of an occupation with income above 70?" of `canadian_occupations`: no `type = 'occupation'`);
    and without the table's year (drop_table_year). A value that is neither (an entity, a date the table does not
    hold) stays, and declining.impossible_condition declines the question."""
    named = {singular(w) for w in re.findall(r"[a-z]+", (table.title + " " + " ".join(readable_header(str(h))
                                                                                  for h in table.header)).lower())}
    tokens = set(re.findall(r"[a-z0-9]+", (table.title + " " + " ".join(str(h) for h in table.header)).lower()))
    def pointer(condition: Condition) -> bool:
        if table.types[condition.column] == "real":   # `emissions = 'CO2'` of `co2_emissions_2010`: a word of
            value = re.findall(r"[a-z0-9]+", str(condition.value).lower())   # its name with a digit in it
            return (cell_number(condition.value) is None and bool(value) and set(value) <= tokens
                    and any(re.search(r"[a-z]", token) for token in value))
        words = {singular(w) for w in re.findall(r"[a-z]+", str(condition.value).lower()) if len(w) >= 3}
        return (bool(words & named) or _kind_of_rows(condition.value, table, condition.column)) and \
            holds_no_cell(condition, table)
    query = drop_table_year(query, table)
    kept = tuple(c for c in query.conds if not pointer(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def _kind_of_rows(value: object, table: Table, column: int) -> bool:
    """Whether a value is a plural noun phrase of one to three lower-case words ("cities", "two principal cities")
    said of a column of names (most cells not lower-case: `Beijing`, `ONT`): the kind of rows the question is
    about ("the average over the cities"), not one of them. A column of common nouns (`physicians`) has its own
    kinds: "plumbers" there is a row the table lacks."""
    words = str(value).split()
    if not (1 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)
            and singular(words[-1]) != words[-1]):
        return False
    cells = [str(row[column]).strip() for row in table.rows if str(row[column] or "").strip()]
    return bool(cells) and 5 * sum(cell[:1].islower() for cell in cells) <= len(cells)


def add_finer_cells(question: str, query: Query, table: Table) -> Query:
    """`query` with `column = cell` added for a cell said right after an `=` text value ("the toyota corolla" of
    `maker = 'toyota'`: `model = 'corolla'`) when the cell (one to three words) is a whole cell of exactly one other
    text column, that column has no condition, and it names rows more finely than the value's column (more than
    twice its distinct cells: a maker, then its model; not "the Deliblato village" of a column of kinds)."""
    @functools.cache
    def distinct(column: int) -> int:   # counted only for the columns compared, once each
        return len({cell_key(row[column]) for row in table.rows if row[column] not in (None, "")})
    text = " ".join(question.lower().split())
    conds = list(query.conds)
    for condition in query.conds:
        value = " ".join(str(condition.value).lower().split())
        at = text.find(value + " ") if value and condition.operator == 0 else -1
        if at < 0 or table.types[condition.column] != "text" or len(conds) >= MAX_CONDITIONS:
            continue
        words = re.findall(r"[\w.()-]+", text[at + len(value):])
        if not words or words[0] in _FUNCTION_WORDS:
            continue   # "liquid in their standard state": no symbol `In`
        for size in (3, 2, 1):
            said = " ".join(words[:size])
            holding = _holding_columns(table, condition.column, said, ("text",)) if len(words) >= size else []
            if len(holding) == 1 and all(c.column != holding[0] for c in conds) and \
                    distinct(holding[0]) > 2 * distinct(condition.column):
                conds.append(Condition(holding[0], CONDITION_OPS.index("="), said))
                break
    return query if len(conds) == len(query.conds) else dataclasses.replace(query, conds=tuple(conds))


_SEX_WORDS = {**dict.fromkeys("female females woman women girl girls lady ladies".split(), "f"),
              **dict.fromkeys("male males man men boy boys gentleman gentlemen".split(), "m")}
# words that tables write as their first letter (`H`/`M`/`L` tension, `A`/`D` status, `D`/`R` party); no other word
# is read as a code: "the loom" is no `L`
_CODED_WORDS = frozenset("""high medium low yes no alive dead died deceased democrat democrats democratic republican
    republicans independent small large left right north south east west true false urban rural public private
    single married divorced widowed""".split()) | frozenset(_SEX_WORDS)


def letter_code(value: object, table: Table, column: int) -> str | None:
    """The one-letter code cell of a column of such codes (at most 12, `H` `M` `L`, `F` `M`, `A` `D`) that a word no
    cell holds is written as, for the words tables code so (_CODED_WORDS): the one cell that is its first letter
    ("high" `H`, "died" `D`), or for a word of sex its letter ("women" `F`); None when there is no such one cell."""
    cells = {str(row[column]).strip() for row in table.rows if row[column] not in (None, "")}
    word = str(value).strip().lower()
    if not cells or len(cells) > 12 or any(len(cell) != 1 or not cell.isalpha() for cell in cells) \
            or word not in _CODED_WORDS:
        return None
    letter = _SEX_WORDS.get(word, word[0])
    matching = [cell for cell in cells if cell.lower() == letter]
    return matching[0] if len(matching) == 1 else None


def add_sex_condition(question: str, query: Query, table: Table) -> Query:
    """`query` with `sex = F` (or M, female, male: the column's own cell) when the question says one sex ("How many
    men in category hsid?", "the oldest woman") of a table with one text column of sexes and no condition on it;
    not when it says both ("men and women")."""
    said = {_SEX_WORDS[w] for w in re.findall(r"[a-z]+", question.lower()) if w in _SEX_WORDS}
    if len(said) != 1 or len(query.conds) >= MAX_CONDITIONS:
        return query
    letter = said.pop()
    columns = []
    for column, kind in enumerate(table.types):
        if kind != "text":
            continue
        cells = {str(row[column]).strip() for row in table.rows if not is_missing(row[column])}
        if cells and {cell.lower() for cell in cells} <= {"m", "f", "male", "female"} and len(cells) == 2:
            columns.append((column, next(cell for cell in cells if cell.lower()[0] == letter)))
    if len(columns) != 1:
        return query
    column, cell = columns[0]
    on_it = [c for c in query.conds if c.column == column]
    if on_it:   # `sex = 'women'` of a column of Female/Male: its cell
        return query if count_cells(table, column, on_it[0].value) else dataclasses.replace(
            query, conds=tuple(dataclasses.replace(c, value=cell) if c is on_it[0] else c for c in query.conds))
    return dataclasses.replace(query, conds=query.conds + (Condition(column, CONDITION_OPS.index("="), cell),))


def trim_to_cells(query: Query, table: Table) -> Query:
    """`query` with an `=` text value that is no whole cell of its column but is one without the hyphens or
    punctuation at its ends ("starboard-" of "starboard-side boats": `starboard`) trimmed to that cell, or one with
    the full stop the question's own end took ("emissions for Congo, Dem. Rep.": `Congo, Dem. Rep.`), or the word a
    one-letter code stands for ("at high tension": `H`; letter_code)."""
    conds = []
    for condition in query.conds:
        value = str(condition.value)
        trimmed = value.strip(" -–—,;:/")
        if (condition.operator == 0 and table.types[condition.column] == "text" and trimmed and trimmed != value
                and not count_cells(table, condition.column, value) and count_cells(table, condition.column, trimmed)):
            condition = dataclasses.replace(condition, value=trimmed)
        elif (condition.operator == 0 and table.types[condition.column] == "text" and not value.endswith(".")
              and not count_cells(table, condition.column, value)
              and count_cells(table, condition.column, value + ".")):
            condition = dataclasses.replace(condition, value=value + ".")   # "Congo, Dem. Rep." at a question's end
        elif condition.operator == 0 and table.types[condition.column] == "text" \
                and not count_cells(table, condition.column, value):
            code = letter_code(value, table, condition.column)   # "at high tension": `H`
            if code is not None:
                condition = dataclasses.replace(condition, value=code)
        conds.append(condition)
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def move_to_holding_column(query: Query, table: Table, question: str = "") -> Query:
    """`query` with each `=` condition whose value no cell of its text column holds (holds_no_cell) moved to the
    one other text column that has it as a whole cell (tables.count_cells), when no other condition is on that
    column: "the combined Asian population of the HAU counties" decoded `county = 'HAU'` is `category = 'HAU'`.
    A value said in the plural that no cell holds is read in the singular ("the lanthanoids": the cell
    `lanthanoid`), in its column or moved the same way. A value that is a cell of two or more columns goes to the
    one of them the question's words name (`question`; "intentionally walked 43 times": not `hr`, one of several
    columns with a 43), else stays, as one of no column does (declining.impossible_condition)."""
    conds = list(query.conds)
    for index, condition in enumerate(conds):
        if _number_held_elsewhere(condition, table):   # `Asia = 1,411` of a table where only `Africa` has 1,411
            holding = _one_holder(_holding_columns(table, condition.column, condition.value, ("real",)), table,
                                  question)
            if holding is not None and holding not in {c.column for c in conds}:
                conds[index] = dataclasses.replace(condition, column=holding)
            continue
        if not holds_no_cell(condition, table):
            continue
        one = _singular_value(condition.value)
        if one is not None and count_cells(table, condition.column, one):
            conds[index] = dataclasses.replace(condition, value=one)
            continue
        used = {c.column for c in conds}
        for value in [v for v in (condition.value, one) if v is not None]:
            kinds = ("text", "real") if cell_number(value) is not None else ("text",)   # "a group of 9904": a number
            holding = _holding_columns(table, condition.column, value, kinds)
            if holding:
                column = _one_holder(holding, table, question)
                if column is not None and column not in used:
                    conds[index] = dataclasses.replace(condition, column=column, value=value)
                break
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def _one_holder(holding: Sequence[int], table: Table, question: str) -> int | None:
    """The one column of `holding` (columns that have a value as a cell), else the one of them the question's words
    name (names_column), else None."""
    if len(holding) == 1:
        return holding[0]
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    named = [c for c in holding if nouns and names_column(nouns, str(table.header[c]), question)]
    return named[0] if len(named) == 1 else None


def _holding_columns(table: Table, column: int, value: object, kinds: Sequence[str]) -> list[int]:
    """The columns other than `column`, of the types `kinds`, that have `value` as a whole cell (count_cells)."""
    return [c for c, kind in enumerate(table.types) if kind in kinds and c != column and count_cells(table, c, value)]


def _number_held_elsewhere(condition: Condition, table: Table) -> bool:
    """Whether an `=` condition on a number column compares with a number that no cell of the column holds."""
    return (table.types[condition.column] == "real" and condition.operator == CONDITION_OPS.index("=")
            and cell_number(condition.value) is not None and not count_cells(table, condition.column, condition.value))


def _singular_value(value: object) -> str | None:
    """A value whose last word is a plural, with that word in the singular ("alkali metals" -> "alkali metal"), or
    None when it is no plural."""
    words = str(value).split()
    if not words or not words[-1].isalpha():
        return None
    last = singular(words[-1].lower())
    return " ".join(words[:-1] + [last]) if last != words[-1].lower() else None


_ORIGIN_WORDS = frozenset("source from origin orig departure depart departing exporter sender".split())
_DESTINATION_WORDS = frozenset("destination dest to arrival arriving target importer recipient".split())


def _said_once(question: str, query: Query, table: Table) -> Query:
    """`query` without the conditions that share a value the question says only once with a condition whose
    column the nearest word before the value names, past words that name no column (`Expt` of "experiment 5",
    `race` of "race code 2", `income` of "income under 7,000"); for a comparison, else the nearest word after it
    ("lighter than 0.3 Jupiter masses"). Not a word in a list ("less than 1 gold and silver": both)."""
    raw = re.findall(r"[\w.,'-]+", question.lower())
    words = [w.rstrip(".,") for w in raw]
    for condition in query.conds:
        value = str(condition.value).strip().lower()
        sharing = [c for c in query.conds if c.operator == condition.operator and str(c.value).strip().lower() == value]
        if len(sharing) < 2 or len(value.split()) != 1 or words.count(value) != 1:
            continue
        at = words.index(value)
        for step in (-1, 1) if condition.operator != 0 else (-1,):
            near = next((i for i in (at + step, at + 2 * step) if 0 <= i < len(words) and words[i] not in _FILLERS),
                        None)
            if near is None:
                continue
            listed = any(0 <= i < len(words) and (words[i] in ("and", "or") or raw[i].endswith(","))
                         for i in (near - 1, near + 1) if i != at) or raw[near].endswith(",")
            named = [c for c in sharing if names_column([singular(words[near])], table.header[c.column], question)]
            if len(named) == 1 and not listed:
                return dataclasses.replace(query, conds=tuple(c for c in query.conds if c not in sharing or c in named))
            if named:
                break
    return query


_FILLERS = frozenset("the a an of than more less over under above below at least most is are was were code "
                     "number".split())   # words next to a value that name no column ("race code 2", "more than 5")


def split_repeated_values(question: str, query: Query, table: Table) -> Query:
    """`query` with a value that two `=` conditions on two text columns share given to one of them: the column
    that holds it as a cell when the other does not (`rownames = 'Boston' AND city = 'Boston'`: `city` holds
    'city' and 'state'); else, for an origin and a destination column (`source`, `from`; `destination`, `to`)
    when the question says one other cell of them ("How many people moved from QUE to ONT?" decoded
    `source = 'ONT' AND destination = 'ONT'`), each value to its column: the one said after "from" to the
    origin, after "to" or "into" to the destination, else in the order the question says them, left column
    first. Other columns keep a shared value: WikiSQL asks "a 2r in 2000 and a 2r in 2001". A value of any type
    that the question says once goes to the one column the word right before it names ("Which run of
    experiment 5 ..." decoded `Expt = 5 AND Run = 5`: `Expt`; _said_once)."""
    query = _said_once(question, _to_its_side(question, query, table), table)
    for i, first in enumerate(query.conds):
        for second in query.conds[i + 1:]:
            if (first.operator != 0 or second.operator != 0 or first.column == second.column
                    or table.types[first.column] != "text" or table.types[second.column] != "text"
                    or str(first.value).strip().lower() != str(second.value).strip().lower()):
                continue
            held = [count_cells(table, c.column, c.value) > 0 for c in (first, second)]
            if held[0] != held[1]:   # keep the one whose column holds it
                dropped = second if held[0] else first
                return dataclasses.replace(query, conds=tuple(c for c in query.conds if c is not dropped))
            if not held[0]:
                continue
            if not _origin_and_destination(table, first.column, second.column):
                continue   # WikiSQL's "a 2r in 2000 and a 2r in 2001": one value for two columns
            given = _values_by_side(question, str(first.value).strip(), first.column, second.column, table)
            if given is None:
                continue
            conds = tuple(dataclasses.replace(c, value=given[c.column]) if c in (first, second) else c
                          for c in query.conds)
            return dataclasses.replace(query, conds=conds)
    return query


def _side_words(table: Table, column: int) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", readable_header(str(table.header[column])))}


def _to_its_side(question: str, query: Query, table: Table) -> Query:
    """`query` with an `=` condition on an origin column (`source`) whose value the question says after "to" or
    "into" moved to the one destination column that holds it ("the three biggest sources of migrants into QUE"),
    and one on a destination column said after "from" or "out of" moved to the origin column. In a table with one
    origin and one destination column, a cell of one said after its word and not yet a condition is added
    ("the distance from ALTA to BC" decoded `source = 'ALTA'` gets `destination = 'BC'`)."""
    conds = list(query.conds)
    for index, condition in enumerate(conds):
        if (condition.operator != 0 or table.types[condition.column] != "text"
                or not _side_words(table, condition.column) & (_ORIGIN_WORDS | _DESTINATION_WORDS)):
            continue
        found = re.search(rf"\b(to|into|from|out\s+of)\s+(?:the\s+)?{re.escape(str(condition.value).strip())}(?!\w)",
                          question, re.IGNORECASE)
        if found is None:
            continue
        wanted, unwanted = ((_DESTINATION_WORDS, _ORIGIN_WORDS) if found[1].lower() in ("to", "into")
                            else (_ORIGIN_WORDS, _DESTINATION_WORDS))
        if not _side_words(table, condition.column) & unwanted:
            continue
        used = {c.column for c in conds}
        sides = [c for c, kind in enumerate(table.types) if kind == "text" and c not in used
                 and _side_words(table, c) & wanted and count_cells(table, c, condition.value)]
        if len(sides) == 1:
            conds[index] = dataclasses.replace(condition, column=sides[0])
    origins, destinations = ([c for c, kind in enumerate(table.types)
                              if kind == "text" and _side_words(table, c) & words]
                             for words in (_ORIGIN_WORDS, _DESTINATION_WORDS))
    if len(origins) == 1 and len(destinations) == 1 and origins != destinations and len(conds) < MAX_CONDITIONS:
        # "What is the distance from ALTA to BC?" decoded with one of the two: the other as well
        for column, pattern in ((origins[0], r"from|out\s+of"), (destinations[0], r"to|into")):
            said = [m[1] for m in re.finditer(rf"\b(?:{pattern})\s+(?:the\s+)?([\w.&'-]+)", question, re.IGNORECASE)
                    if count_cells(table, column, m[1])]
            if len(said) == 1 and all(c.column != column for c in conds) and len(conds) < MAX_CONDITIONS:
                conds.append(Condition(column, CONDITION_OPS.index("="), said[0]))
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def _origin_and_destination(table: Table, column_a: int, column_b: int) -> bool:
    """Whether one of two columns is headed as an origin (`source`, `from`) and the other as a destination."""
    words = [_side_words(table, column_a), _side_words(table, column_b)]
    return bool(words[0] & _ORIGIN_WORDS and words[1] & _DESTINATION_WORDS
                or words[0] & _DESTINATION_WORDS and words[1] & _ORIGIN_WORDS)


def _values_by_side(question: str, value: str, column_a: int, column_b: int, table: Table) -> dict[int, str] | None:
    """{column: value} for two columns that both hold `value` when the question says exactly one other cell of
    them (split_repeated_values), None otherwise."""
    cells = {str(row[c]).strip() for row in table.rows for c in (column_a, column_b)}
    others = [cell for cell in cells if len(cell) >= 2 and cell.lower() != value.lower()
              and re.search(rf"(?<!\w){re.escape(cell)}(?!\w)", question, re.IGNORECASE)]
    if len(others) != 1:
        return None
    left, right = sorted((column_a, column_b))
    words = [_side_words(table, c) for c in (left, right)]
    def side(said: str) -> int | None:   # 0: the left column, 1: the right one, None: not said
        found = re.search(rf"(\w+)\s+{re.escape(said)}(?!\w)", question, re.IGNORECASE)
        before = found[1].lower() if found else ""
        kinds = _ORIGIN_WORDS if before == "from" else _DESTINATION_WORDS if before in ("to", "into") else None
        if kinds is None or bool(words[0] & kinds) == bool(words[1] & kinds):
            return None
        return 0 if words[0] & kinds else 1
    pair = sorted((value, others[0]), key=lambda v: question.lower().find(v.lower()))   # in the question's order
    for said in pair:
        where = side(said)
        if where is not None:
            other = pair[1] if said == pair[0] else pair[0]
            pair = [said, other] if where == 0 else [other, said]
            break
    return {left: pair[0], right: pair[1]}


def year_columns(question: str, query: Query, table: Table) -> Query:
    """`query` with its selected, ordered and number-compared columns moved to the column of the same name written
    with the year the question asks about: "Where was the Republican vote lowest in 1972?" orders by `X1972`, not
    `X1968`; "Who had the most hits in 1986?" by `hits86`, not the career `hits`; "How many states gave him more
    than 60 percent in 1972?" counts `X1972 > 60`. Only when the question says one year, the
    column's name without its digits is the same and not empty, and no condition already holds that year."""
    years = set(YEAR.findall(question))
    if len(years) != 1:
        return query
    year = years.pop()
    if any(str(condition.value).strip() == year for condition in query.conds):
        return query   # "in 1972" is a condition (a `Year` column), not a column's name
    def stem(column: int) -> str:
        return re.sub(r"[\d\s_.]+", "", str(table.header[column])).lower()
    def said(column: int) -> bool:
        written = year_of(str(table.header[column]))
        return written is not None and (written == year or (len(written) == 2 and year.endswith(written)))
    def moved(column: int) -> int:
        if said(column) or not stem(column):   # (a header that is a year only is its own name: WikiSQL's `2010`)
            return column
        siblings = [c for c in range(len(table.header))
                    if c != column and stem(c) == stem(column) and table.types[c] == table.types[column] and said(c)]
        return siblings[0] if len(siblings) == 1 else column
    sel = moved(query.sel)
    order = query.order if query.order is None else dataclasses.replace(query.order, column=moved(query.order.column))
    conds = tuple(dataclasses.replace(c, column=moved(c.column)) if table.types[c.column] == "real" else c
                  for c in query.conds)   # "more than 60 percent in 1972": `X1972 > 60`, not `X1860 > 60`
    if sel == query.sel and order == query.order and conds == query.conds:
        return query
    return dataclasses.replace(query, sel=sel, order=order, conds=conds)


_PARENTHESES = re.compile(r"\(([^()]{1,40})\)")


def parenthesized_conditions(question: str, query: Query, table: Table) -> Query:
    """`query` with the filters a question writes out in parentheses: "(type bc)", "(IncParty R)", "(SS)",
    "(inmetro 0)". Inside the parentheses, a column's name and one of its cells, or a cell of exactly one text
    column; that cell, as the question writes it, becomes the `=` condition on its column, replacing one the
    model decoded there (`posit86 = 'C)'`) or added. Not parentheses that are part of a value or a cell
    ("a loss of leiter (0-1)")."""
    conds = list(query.conds)
    for inside in _PARENTHESES.findall(question):
        written = f"({inside})".lower()
        if any(written in str(c.value).lower() and str(c.value).strip().lower() != written
               and not in_no_cell(c.value, [row[c.column] for row in table.rows]) for c in conds) or any(
                written in str(cell).lower() for row in table.rows for cell in row if isinstance(cell, str)):
            continue   # part of a value: "a loss of leiter (0-1)" (not of `FL = 'orange crab (O)'`, no cell)
        filters = [found for part in reversed(re.split(r",\s*(?!\d{3}\b)", inside))   # "(O, F, index 50)": each
                   if (found := _written_filter(part, table, question)) is not None]
        if filters:   # not a value that swallowed them and is no cell: `calc = 'crystals (r = 1)'`
            conds = [c for c in conds if written not in str(c.value).lower()
                     or not in_no_cell(c.value, [row[c.column] for row in table.rows])]
        for column, value in filters:   # first, so that a cut to MAX_CONDITIONS keeps what the question wrote out
            conds = [Condition(column, CONDITION_OPS.index("="), value)] + [c for c in conds if c.column != column]
    conds = tuple(conds[:MAX_CONDITIONS])
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def _written_filter(part: str, table: Table, question: str) -> tuple[int, str] | None:
    """(column, value) of one filter written in parentheses: a column's name and one of its cells ("type bc"), or
    a cell of exactly one text column ("SS"); None otherwise."""
    words = part.split()
    for cut in range(len(words)):
        value = " ".join(words[cut:])
        columns = [c for c in range(len(table.header)) if value.strip() and count_cells(table, c, value)
                   and (not cut or names_column([singular(w.lower()) for w in words[:cut]], str(table.header[c]),
                                                question))
                   and (cut or table.types[c] == "text")]
        if len(columns) == 1:
            return columns[0], value
    return None


_ASKED_NOUN = re.compile(r"^(?:which|what|how\s+many|name\s+the|list\s+the)\s+(?:(?:one|two|three|four|five|\d+)\s+)?"
                         r"([a-z]+)\b|\bamong\s+(?:the\s+|all\s+)?([a-z]+)\s*\??$|"
                         r"\bthe\s+([a-z]+)\s+(?:with|that|which|where)\s+(?:the\s+)?(?:most|least|highest|lowest|"
                         r"largest|smallest|fewest)\b|"
                         r"\b(?:are|were)\s+([a-z]+)\s*\??$|"   # "How many of the cars are coupes?"
                         r"\bof\s+(?:all\s+)?the\s+([a-z]+)\s+(?:in|of|from)\b", re.IGNORECASE)   # "of the towns in X"
MAX_KIND_CELLS = 8   # a column of kinds: at most this many distinct cells


# a comparative word ("more", "larger", "the larger"), as a regular expression
COMPARATIVE = (r"(?:more|less|fewer|higher|lower|bigger|smaller|larger|heavier|lighter|taller|shorter|longer|"
               r"older|younger|cheaper|costlier|faster|slower|greater|further|farther|earlier|later|hotter|colder|"
               r"deeper|wider|quicker|better|worse|warmer|cooler|wetter|drier|richer|poorer|stronger|weaker|"
               r"thicker|thinner)")


# a yes/no question's verb, maybe after a phrase ("On day 40, were there more accidents in 1962 than in 1961?");
# for a question lower-cased, its spaces collapsed
YES_NO = (r"^(?:(?:on|in|at|for|during|among|of|after|before|by)\b[^,?]{1,40},\s*)?"
          r"(?:is|are|was|were|did|does|do|has|have|had)\b")


def cells_joined(text: str, table: Table, column: int, joiner: str = "or",
                 edge: str = r"\w") -> list[tuple[str, str, int, int]]:
    """The pairs of cells of `column` that `text` (lower-cased, spaces collapsed) says joined by `joiner` ("Kern or
    Tulare", "US or the Non-US"), each as (first cell, second cell, start of the first, end of the second); a cell
    is found where no character of `edge` touches it."""
    cells = {str(row[column]).strip().lower() for row in table.rows if row[column] not in (None, "")}
    found = [(m.start(), m.end(), cell) for cell in cells if len(cell) >= 2 and cell in text
             for m in re.finditer(rf"(?<!{edge}){re.escape(cell)}(?!{edge})", text)]
    return [(first_cell, second_cell, first, last) for first, end, first_cell in found
            for start, last, second_cell in found
            if start > end and re.fullmatch(rf",?\s+{joiner}\s+(?:the\s+)?", text[end:start])]


def choose_between_cells(question: str, query: Query, table: Table) -> Query:
    """A question that asks which of two cells of one text column a row holds ("Was week 30 before or after the
    insulation?", "Was the largest group of female PhDs US or Non-US citizens?"): that column, selected without
    aggregation, and no condition on it (the model read the two values as conditions). Only a question put as
    a yes/no question (_ASKS_YES_OR_NO) whose two cells are joined by "or"; unchanged otherwise."""
    text = " ".join(question.lower().split())
    if not re.match(YES_NO, text) or not re.search(r"\bor\b", text) or re.search(rf"\b{COMPARATIVE}\b", text):
        return query   # (not "Did Chrysler or Goodyear have the larger market value?": a comparison)
    chosen = {column for column, kind in enumerate(table.types) if kind == "text" and any(
        first != second for first, second, _, _ in cells_joined(text, table, column, "or", edge=r"[\w-]"))}
    if len(chosen) != 1:
        return query
    column = chosen.pop()
    conds = tuple(c for c in query.conds if c.column != column)
    if (query.sel, query.agg, query.conds) == (column, 0, conds):
        return query
    return dataclasses.replace(query, sel=column, agg=0, conds=conds)


def add_kind_condition(question: str, query: Query, table: Table) -> Query:
    """`query` with the condition that the rows asked about are of the kind the question names (after which, what,
    how many, or at the end after "among"), when the kind is a cell of a column of a few kinds: "Which state had
    the largest undercount?", "How many states ...", "... among the states?" of a table of states and cities
    with `city` = 'state' or 'city' gets `city = 'state'`; so do "How many of the cars are convertibles?" and
    "the average area of the towns in Simcoe". Only for a query that aggregates or orders rows (a
    lookup's conditions name its rows already), one such column, not conditioned, whose cell is held by two rows
    or more (WikiSQL repeats a header as one row: "What score ..." is no kind). Also after "the X with the most".
    When the kind column is the one selected ("Which city had the lowest crime rate?" decoded SELECT city), the
    text column with the most distinct cells is selected instead."""
    if len(query.conds) >= MAX_CONDITIONS or (query.agg == 0 and query.order is None):
        return query   # a lookup: its conditions name the rows ("Which parish has an area of 750.51?")
    used = {c.column for c in query.conds}
    found = []
    for asked in _ASKED_NOUN.finditer(question.strip()):   # "What was ... of the city with the most ...": city
        noun = singular(next(noun for noun in asked.groups() if noun).lower())
        for column, kind in enumerate(table.types):
            if kind != "text" or column in used or (column == query.sel and query.agg != 0):
                continue   # "How many reports ...?" counts the `Report` column, whose cells say "Report"
            cells = [str(row[column]).strip() for row in table.rows]
            kinds = {cell.lower() for cell in cells}
            matching = [cell for cell in cells if singular(cell.lower()) == noun]
            if len(kinds) <= MAX_KIND_CELLS and len(matching) >= 2:   # (WikiSQL's header rows are single rows)
                found.append((column, matching[0]))
        if found:
            break
    if len(found) != 1:
        return query
    column, cell = found[0]
    sel = query.sel
    if sel == column and query.agg == 0:   # "Which city had the lowest crime rate?" decoded SELECT city: kinds
        names = [c for c, kind in enumerate(table.types) if kind == "text" and c != column]
        if not names:
            return query
        sel = max(names, key=lambda c: (len({str(row[c]).strip().lower() for row in table.rows}), -c))
    return dataclasses.replace(query, sel=sel, conds=query.conds + (Condition(column, CONDITION_OPS.index("="), cell),))


def drop_possessive_s(question: str, query: Query) -> Query:
    """`query` without its `=` conditions whose value is the "s" of "What's" or "Kenya's" (a cell `s` of a column
    of units or sizes) when the question says no "s" as a word of its own."""
    if re.search(r"(?<![\w'’])s(?![\w'’])", question, re.IGNORECASE) or not re.search(r"\w['’]s\b", question):
        return query
    kept = tuple(c for c in query.conds if not (c.operator == 0 and str(c.value).strip().lower() == "s"))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_rate_numbers(question: str, query: Query) -> Query:
    """`query` without its conditions whose value is the number of a rate the question says ("the crime rate per
    1,000 in Boston", "more than 400 young per 1000": no `urban = 1000`) or of the unit an amount is asked in
    ("total cost in $1,000", "in 1000s", "in units of $10,000" anywhere): a unit, not a value."""
    def rate(condition: Condition) -> bool:
        value = str(condition.value).strip()
        said = re.search(rf"\bper\s+{re.escape(value)}(?![\d,.]*\d)", question, re.IGNORECASE) if re.search(
            r"\bper\s", question, re.IGNORECASE) else None
        number = re.escape(value.lstrip("$€£ "))
        # a power of ten at the end, after "in" with a currency, a plural or a unit, or after ", in" (not "a
        # population of 1000", "Who won in 1000?")
        unit = re.fullmatch(r"[$€£]?\s?1(?:0|,?000)+|[$€£]?\s?10+", value) and re.search(
            rf"(?:\bin\s+[$€£]\s?{number}|\bin\s+{number}s|\bin\s+{number}\s+(?:dollars|euros|pounds|units)|"
            rf",\s*in\s+{number})\s*[?.!)]?\s*$|\bunits\s+of\s+[$€£]?\s?{number}(?![\d,.]*\d)", question, re.IGNORECASE)
        return bool(value) and (said is not None or bool(unit))
    kept = tuple(c for c in query.conds if not rate(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_distance_origin(question: str, query: Query, table: Table) -> Query:
    """`query` without a text condition whose value is no cell of its column and is the place the question
    measures a distance from or to ("Which department lies more than 500 km from Paris?" decoded `Region =
    'Paris'`), when the table has a column of distances: the place says where its distances start, as Paris does
    for a table of French departments' distances from Paris."""
    distances = [c for c, (name, kind) in enumerate(zip(table.header, table.types)) if kind == "real" and re.match(
        r"(?:dist|km\b|kilomet|miles?\b)", readable_header(str(name)).lower())]
    if not distances:
        return query

    def origin(condition: Condition) -> bool:
        value = str(condition.value).strip()
        cells = [row[condition.column] for row in table.rows]
        if table.types[condition.column] != "text" or not value or is_a_cell(value, cells):
            return False
        return re.search(r"\b(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|away|far|distance|closer|nearer|"
                         rf"farther|further|closest|nearest)\s+(?:away\s+)?(?:from|of|to)\s+{re.escape(value)}\b",
                         question, re.IGNORECASE) is not None
    kept = tuple(c for c in query.conds if not origin(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


_AMOUNT = re.compile(r"\s*[A-Za-z]{0,3}[$€£¥]\s*(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<fraction>\.\d+)?\s*")


def plain_amounts(query: Query, table: Table) -> Query:
    """`query` with an amount of money compared with a number column written as its number ("more than S$10,000":
    `price > 10000`): the official engine would read only the 10 of `S$10,000`. No gold condition of WikiSQL's
    dev set compares a number column with an amount written so."""
    conds = []
    for condition in query.conds:
        amount = _AMOUNT.fullmatch(str(condition.value))
        if amount and table.types[condition.column] == "real":
            condition = dataclasses.replace(condition, value=amount["number"].replace(",", "")
                                            + (amount["fraction"] or ""))
        conds.append(condition)
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def drop_non_numbers(query: Query, table: Table) -> Query:
    """`query` without its conditions that compare a number column with a value in which the official engine finds
    no number (`pop = 'public education'` for "How much does TX spend per student on public education?"; the
    query would fail): the superlative readings (wikisql.superlatives), which read such a condition as pointing
    at its column, have run."""
    kept = tuple(c for c in query.conds if table.types[c.column] != "real" or reads_as_number(c.value))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def _said(number: str, question: str, after: str = r"[\w.,]") -> list[re.Match]:
    """Where the question says `number` as a whole number: not inside a longer number or word, nor right after a
    character of `after` (add "-" to leave out "pre-9" and a minus sign)."""
    return list(re.finditer(rf"(?<!{after}){re.escape(number)}(?![\w]|[.,]\d)", question))


def close_brackets(query: Query) -> Query:
    """`query` with a condition value's closing bracket dropped when the value opens none: a span cut from a
    parenthesis the question writes ("women (sex 0)" decoded `thickness = '0)'`, "(temp under 0)" `Temp <
    '0)'`); and an opening bracket that ends a value, cut before the parenthesis ("type b (bilateral
    hyperplasia)" decoded `Type = 'b ('`)."""
    conds = tuple(Condition(c.column, c.operator, str(c.value)[:-1].rstrip())
                  if isinstance(c.value, str) and c.value.endswith(")") and "(" not in c.value
                  and c.value[:-1].strip() else c for c in query.conds)
    conds = tuple(Condition(c.column, c.operator, c.value.rstrip()[:-1].rstrip())   # "type b (bilateral ...)": 'b ('
                  if isinstance(c.value, str) and c.value.rstrip().endswith("(") and c.value.rstrip()[:-1].strip()
                  else c for c in conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


# words before a number that do not name the rows it numbers ("top 5", "than 10", "over 20", "the 3")
_NOT_ROW_NOUNS = frozenset("""top big first last next past over under than above below about around within least most
    nearly almost only just all the a an any some these those every each per and or by from to into between
    after before since until during""".split())


# verbs said right before an amount, not nouns that name rows: "weighing 3 kg", "scores 57"
_NUMBER_VERBS = frozenset("""weighing weighs weigh scoring scores score has have had got gets won wins measuring
    measures costing costs totalling totaling reaching reached""".split())


def add_row_number(question: str, query: Query, table: Table) -> Query:
    """`rownames = N` for a row the question names by its noun and number ("Was week 30 before or after ...?",
    "the timber volume of tree 31") when the table's row names are the numbers 1, 2, ... (a data frame's row
    numbers, ROW_NAME_HEADERS) and the noun names no column: the model, which never saw row names, often misses
    the condition or puts the number on another column (`Girth = 31`; moved unless the noun names that column).
    One number said once; unchanged when a condition on the row names exists."""
    names = [c for c, name in enumerate(table.header) if is_row_names(name) and table.types[c] == "real"]
    if len(names) != 1 or any(c.column == names[0] for c in query.conds):
        return query
    column = names[0]
    numbers = [cell_number(row[column]) for row in table.rows]
    if not numbers or any(not isinstance(n, int) for n in numbers) or sorted(numbers) != list(
            range(1, len(numbers) + 1)):
        return query
    said = [m for m in re.finditer(r"\b([A-Za-z]+)\s+(\d+)(?![\w.,]*\d)", question)
            if m[1].lower() not in _NOT_ROW_NOUNS | _NOT_A_NOUN | _NUMBER_VERBS and len(m[1]) >= 3
            and not (m[1].lower().endswith("ed") and len(m[1]) > 4)   # "scored 57", "aged 40": verbs, no rows
            and int(m[2]) in numbers
            and len(_said(m[2], question)) == 1
            and not any(names_column([singular(m[1].lower())], str(name), question) for name in table.header
                        if not is_row_names(name))]   # (the row names read the rows' noun themselves)
    if len(said) != 1:
        return query
    value, equal = said[0][2], CONDITION_OPS.index("=")
    taking = [k for k, c in enumerate(query.conds) if str(c.value).strip() == value]
    if len(taking) > 1 or (taking and query.conds[taking[0]].operator != equal):
        return query
    if taking:
        conds = list(query.conds)
        conds[taking[0]] = Condition(column, equal, value)
        return dataclasses.replace(query, conds=tuple(conds))
    if len(query.conds) >= MAX_CONDITIONS:
        return query
    return dataclasses.replace(query, conds=query.conds + (Condition(column, equal, value),))


def one_column_per_number(question: str, query: Query, table: Table) -> Query:
    """`query` without a condition that takes a number the question says once, and that another condition takes too,
    when the word before the number names the other's column ("women (sex 0)": `sex = 0`, not also `thickness = 0`)
    or names no column while the other is the row names' ("tree 31": `rownames = 31`, not also `Girth = 31`), or
    when only the other's column has a cell of that number ("a variety yield 49.9 in 1932": `Y2 = 49.9`, not also
    `Var = 49.9`): the model, trained on WikiSQL's one number per question, often puts a row's number on a second
    column. Of two comparisons with that number, the row names' is dropped ("trees thicker than 13 inches": `Girth >
    13`, not also `rownames > 13`), or the one whose column the word after the number does not name while the
    question names it nowhere ("states with under 200 firms": `nfirm < 200`, not also `va < 200`; not "less than 1
    gold and silver"). Unchanged when the word names both columns or neither."""
    def named_by(word: str, column: int) -> bool:
        return names_column([singular(word)], str(table.header[column]), question)

    nouns = [singular(word) for word in re.findall(r"[a-z]+", question.lower())]
    equal, drop = CONDITION_OPS.index("="), set()
    for i, j in itertools.permutations(range(len(query.conds)), 2):
        kept, other = query.conds[i], query.conds[j]
        value = str(kept.value).strip()
        if i in drop or str(other.value).strip() != value or not re.fullmatch(r"\d+(?:\.\d+)?", value):
            continue
        said = _said(value, question)
        if len(said) != 1:
            continue
        row_names = is_row_names(table.header[kept.column])
        if kept.operator != equal or other.operator != equal:
            after = re.match(r"\s*([A-Za-z]+)", question[said[0].end():])   # "under 200 firms": `nfirm`
            if kept.operator != equal and other.operator == kept.operator and ((
                    is_row_names(table.header[other.column]) and not row_names) or (
                    after is not None and named_by(after[1].lower(), kept.column) and not names_column(
                        nouns, str(table.header[other.column]), question))):   # not "less than 1 gold and silver"
                drop.add(j)
            continue
        if count_cells(table, kept.column, value) and not count_cells(table, other.column, value):
            drop.add(j)   # "voted 50.1 percent Republican in 1960": the column that has a 50.1, not `X1860`
            continue
        before = re.search(r"([A-Za-z]+)\W*$", question[:said[0].start()])
        if before is None or named_by(before[1].lower(), other.column):
            continue
        if named_by(before[1].lower(), kept.column) or (row_names and not any(
                named_by(before[1].lower(), c) for c in range(len(table.header)))):
            drop.add(j)
    if not drop:
        return query
    return dataclasses.replace(query, conds=tuple(c for k, c in enumerate(query.conds) if k not in drop))


# words that, said before "<column> <number>", compare the column with the number ("before day 5", "over age 60")
_COMPARING_BEFORE = frozenset("""before after over under above below than since until till from to beyond within
    exceeding past earlier later pre post""".split())
_COMPARING = re.compile(r"\b(?:" + "|".join(sorted(_COMPARING_BEFORE | {word for words in COMPARISON_WORDS.values()
                                                                         for word in words}, key=len, reverse=True))
                        + r")\b")
# words after a number that compare with it: "Lane 3 or larger", "rank 5 or more", "age 60 and over"
_COMPARED_AFTER = re.compile(r"\s*(?:or|and)\s+(?:more|less|fewer|greater|larger|bigger|smaller|higher|lower|above|"
                             r"below|over|under|later|earlier|after|before|up|down|older|younger)\b|\s*\+",
                             re.IGNORECASE)


def headed_values_equal(question: str, query: Query, table: Table) -> Query:
    """`query` with `=` for a `<` or `>` condition whose number the question says once, right after a word that
    names the condition's column, with no comparing word before that ("Mean temp on day 346 before time 1200?"
    decoded `day < 346`: "before" compares the time): "day 346" is that day. Unchanged for "before day 5", "before
    the year 2000", "pre-week 9", "south of latitude 33" (comparing words among the four words before the
    number) and "Lane 3 or larger"."""
    equal = CONDITION_OPS.index("=")
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        value = str(condition.value).strip()
        if condition.operator == equal or not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
            continue
        said = _said(value, question, after=r"[\w.,-]")
        if len(said) != 1:
            continue
        before = [word.lower() for word in re.findall(r"[A-Za-z]+", question[:said[0].start()])]
        if before and not _COMPARING.search(" ".join(before[-4:])) and not _COMPARED_AFTER.match(
                question[said[0].end():]) and names_column([singular(before[-1])], str(table.header[condition.column]),
                                                           question):
            conds[k] = Condition(condition.column, equal, condition.value)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def _can_hold(table: Table, column: int, operator: int, value: str) -> bool:
    """Whether a number column can hold a condition's number: one of its cells for `=`, between its least and
    greatest cell for a comparison."""
    if operator == CONDITION_OPS.index("="):
        return count_cells(table, column, value) > 0
    cells = column_numbers(table, column)
    return bool(cells) and min(cells) < float(value) < max(cells)


def number_before_its_column(question: str, query: Query, table: Table) -> Query:
    """`query` with a condition's number moved to the number column the word right after it names ("How many states
    have more than 300 firms?" decoded `va > 300`: `nfirm > 300`) when the question names the condition's own
    column nowhere, the number is said once, no other condition is on that column, and that column can hold the
    number: one of its cells for `=`, between its least and greatest cell for a comparison. Not onto the row names
    (the patients' numbers 1789, ... read as years: "under 30 years old" stays on `age`; "the 1953 study" is no
    cell of `Study`, numbered 1 to 13)."""
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        value = str(condition.value).strip()
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", value) or names_column(nouns, str(table.header[condition.column]),
                                                                         question):
            continue
        said = _said(value, question, after=r"[\w.,-]")
        after = re.match(r"\s+([A-Za-z]+)", question[said[0].end():]) if len(said) == 1 else None
        if after is None:
            continue
        named = [c for c, kind in enumerate(table.types) if kind == "real" and c != condition.column
                 and names_column([singular(after[1].lower())], str(table.header[c]), question)]
        if len(named) == 1 and all(other.column != named[0] for other in conds) and not is_row_names(
                table.header[named[0]]) and _can_hold(table, named[0], condition.operator, value):
            conds[k] = Condition(named[0], condition.operator, condition.value)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def comparison_in_range(question: str, query: Query, table: Table) -> Query:
    """`query` with a comparison moved to the one number column whose cells it divides, when it divides none of
    its own column's ("more than 10,000 students" decoded `teachers > 10,000`, a count no district's teachers
    reach: `enrltot`, the one column with districts on both sides of 10,000), and an `=` number to the one
    number column that holds it when its own holds it nowhere ("lose 9 snails in week 3" decoded `N = 3`:
    `Exposure`, in weeks), unless the question names its column (WikiSQL asks "Top 25 smaller than 5" of a column
    whose cells are all 5 or more), the value is its least or greatest cell, or its cells are years. No move onto
    the selected column or one another condition is on, nor when two or more other columns are divided."""
    numbers = functools.cache(functools.partial(column_numbers, table))   # each column read once
    def divides(column: int, operator: int, value: float) -> bool:
        cells = numbers(column)
        if operator == 0:
            return value in cells
        passing = sum((cell > value) if operator == 1 else (cell < value) for cell in cells)
        return 0 < passing < len(cells)
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        value = cell_number(condition.value)
        if value is None or table.types[condition.column] != "real" \
                or divides(condition.column, condition.operator, value) \
                or names_column(nouns, table.header[condition.column], question):
            continue
        own = numbers(condition.column)
        if not own or value in (min(own), max(own)) or all(float(n).is_integer() and 1600 <= n <= 2100 for n in own):
            continue   # "fewer than 0 draws" of counts from 0; "before 1922" of years from 1922
        taken = {c.column for c in conds} | {query.sel}
        divided = [c for c, kind in enumerate(table.types) if kind == "real" and c not in taken
                   and divides(c, condition.operator, value)]
        if len(divided) == 1:
            conds[k] = Condition(divided[0], condition.operator, condition.value)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def text_compared_as_equal(query: Query, table: Table) -> Query:
    """`query` with `=` for a `<` or `>` condition on a text column whose value is one of its cells and holds no
    digit ("How many weeks before insulation ...?" decoded `Insul < 'before'`): words do not order, and the
    official engine compares text as text."""
    equal = CONDITION_OPS.index("=")
    conds = tuple(Condition(c.column, equal, c.value) if c.operator != equal and table.types[c.column] == "text"
                  and not re.search(r"\d", str(c.value)) and is_a_cell(c.value, [row[c.column] for row in table.rows])
                  else c for c in query.conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


_IN_TOTAL = re.compile(r"\b(?:in total|altogether|added together|combined)\b", re.IGNORECASE)


_COUNT_WORDS = {word: number for number, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}


def counts_the_table(question: str, value: str, table: Table) -> bool:
    """Whether a value is the number of the table's rows said as all of them: "over the eleven seasons", "across
    the 13 trials" of a table of 11 seasons or 13 trials (the value, after "the" or "all", before a plural)."""
    said = re.fullmatch(r"(\S+)\s+([a-z]+s)", value.lower())   # "over all 24 months": the value holds the noun
    number = _COUNT_WORDS.get(said[1] if said else value.lower(), cell_number(said[1] if said else value))
    if number != len(table.rows) or number < 2:
        return False
    plural = r"\b" if said else r"\s+[a-z]+s\b"
    return re.search(rf"\b(?:the|all|all the)\s+{re.escape(value.lower())}{plural}", question.lower()) is not None


def drop_quantifier_values(question: str, query: Query, table: Table) -> Query:
    """`query` without its `=` conditions whose value is a quantifier ("all", "total", "each type") that is no
    cell of its column (a medal table's `Nation = 'Total'` row stays), the number of all the rows
    (counts_the_table: "over the eleven seasons", "over all 24 months"), or no cell of its column said between
    "all" and a plural ("across all MLS areas"); a COUNT of a number column left without
    conditions becomes its SUM when the question asks for the column's total (asks_total_of, or "in total",
    "altogether" with the column named). On the official dev set all 6 gold conditions with such a value are
    cells."""
    def quantifier(condition: Condition) -> bool:
        value = " ".join(str(condition.value).split())
        return condition.operator == CONDITION_OPS.index("=") and (
            (_QUANTIFIER_VALUE.fullmatch(value) is not None
             and value.lower() not in {str(row[condition.column]).strip().lower() for row in table.rows})
            or counts_the_table(question, value, table) or (   # "across all MLS areas": every area, no cell's
                re.search(rf"\ball (?:the )?{re.escape(value.lower())}\s+[a-z]+s\b", question.lower()) is not None
                and not count_cells(table, condition.column, condition.value)))
    kept = tuple(condition for condition in query.conds if not quantifier(condition))
    if len(kept) == len(query.conds):
        return query
    agg = query.agg
    header = str(table.header[query.sel])
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    if agg == COUNT and not kept and table.types[query.sel] == "real" and (
            asks_total_of(question, header)   # "What is the total body weight of all the species?"
            or (_IN_TOTAL.search(question) and names_column(nouns, header, question))):   # "deaths ... in total"
        agg = SUM
    return dataclasses.replace(query, conds=kept, agg=agg)


def move_off_row_numbers(question: str, query: Query, table: Table) -> Query:
    """`query` with a number condition on a data frame's row numbers (`rownames`) moved to the one other number
    column that the words around the number name, when the question names no row by a noun and that number ("Which
    student scored 57 on the third post-test?" decoded `rownames = 57`: `post.test.3`; "the male cats weighing 3
    kg"; not "student 57"), that column has no condition, and it can hold the number (one of its cells for `=`,
    between its least and greatest cell for a comparison)."""
    conds = list(query.conds)
    readings = header_readings(table.header, question)
    for k, condition in enumerate(conds):
        value = str(condition.value).strip()
        if not is_row_names(str(table.header[condition.column])) or not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
            continue
        said = _said(value, question, after=r"[\w.,-]")
        if len(said) != 1:
            continue
        before = re.findall(r"[A-Za-z][\w.-]*", question[:said[0].start()])
        if before and re.search(rf"\b{re.escape(before[-1])}\s+(?:number\s+|no\.?\s*|#\s*)?{re.escape(value)}\b",
                                question) and before[-1].lower() in numbered_row_nouns(question):
            continue   # "student 57": a row named by its number
        near = [w.lower() for w in before[-4:] + re.findall(r"[A-Za-z][\w.-]*", question[said[0].end():])[:3]]
        nouns = [singular(w) for w in near if w not in _FUNCTION_WORDS]
        used = {c.column for c in conds}
        named = [c for c, kind in enumerate(table.types) if kind == "real" and c not in used
                 and not is_row_names(str(table.header[c]))
                 and names_column(nouns, str(table.header[c]), question, readings[c] or "")]
        if len(named) == 1 and _can_hold(table, named[0], condition.operator, value):
            conds[k] = Condition(named[0], condition.operator, condition.value)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def drop_row_said_twice(query: Query, table: Table) -> Query:
    """`query` without an `=` condition whose value names a row by a noun and its number ("university 4") and is no
    cell of its column, when another condition already has that number ("How many computer operators work at
    university 4?" decoded `techn = 'university 4' AND rownames = 4`): the same row, said twice."""
    numbers = {str(c.value).strip() for c in query.conds}
    def said_twice(condition: Condition) -> bool:
        named = re.fullmatch(r"[A-Za-z]+\s+(?:number\s+|no\.?\s*|#\s*)?(\d+)", " ".join(str(condition.value).split()))
        return (named is not None and condition.operator == CONDITION_OPS.index("=") and named[1] in numbers
                and not count_cells(table, condition.column, condition.value))
    kept = tuple(c for c in query.conds if not said_twice(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_numbers_inside_values(question: str, query: Query) -> Query:
    """`query` without a condition whose number the question says only inside another condition's value of one word
    ("the x coordinate of well 34-19S" decoded `rownames = '34-19S' AND por = 34`: the 34 is the well's code's)."""
    spans = {}
    for condition in query.conds:
        value = str(condition.value).strip()
        spans[value] = [(m.start(), m.end()) for m in re.finditer(re.escape(value), question, re.IGNORECASE)] \
            if value else []
    def inside(condition: Condition) -> bool:
        number = str(condition.value).strip()
        if not re.fullmatch(r"\d+(?:\.\d+)?", number):
            return False
        said = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d])", question)]
        longer = [span for other in query.conds if len(str(other.value).strip()) > len(number)
                  and not re.search(r"\s", str(other.value).strip())   # one code, not a phrase the number ends
                  for span in spans[str(other.value).strip()]]
        return bool(said) and all(any(a <= start and end <= b for a, b in longer) for start, end in said)
    kept = tuple(c for c in query.conds if not inside(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def _cut_cell_said(cell: str, words: Sequence[re.Match]) -> tuple[int, int] | None:
    """(start, end) in the question of the words that a cell of two or more words cut short says in full (each cell
    word of three letters or more the start of the question's word, the last one or more cut: `Military Dict` of
    "military dictatorships"); None when the question does not say it so."""
    parts = cell.lower().split()
    if len(parts) < 2 or any(len(part) < 3 or not part.isalpha() for part in parts):
        return None
    for i in range(len(words) - len(parts) + 1):
        said = [word[0].lower() for word in words[i:i + len(parts)]]
        if all(w.startswith(part) for w, part in zip(said, parts)) and said != parts:
            return words[i].start(), words[i + len(parts) - 1].end()
    return None


def cells_cut_short(question: str, query: Query, table: Table) -> Query:
    """`query` with an `=` condition on a text column moved to the cell cut short that the question says in full
    around its value (`_cut_cell_said`: "How many leader spells were military dictatorships?" decoded `regime =
    'military'`, "the parliamentary democracy spell" decoded `democracy = 'democracy'`: `regime = 'Military Dict'`,
    `regime = 'Parliamentary Dem'`), when exactly one cell of the table's text columns is said so."""
    if not any(c.operator == CONDITION_OPS.index("=") and table.types[c.column] == "text" for c in query.conds):
        return query
    words = list(re.finditer(r"[A-Za-z]+", question))
    said = [(column, cell, span) for column, kind in enumerate(table.types) if kind == "text"   # (column, cell,
            for cell in {str(row[column]).strip() for row in table.rows}                       # its words' span)
            for span in [_cut_cell_said(cell, words)] if span]
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        value = str(condition.value).strip()
        if condition.operator != CONDITION_OPS.index("=") or table.types[condition.column] != "text" or not value:
            continue
        at = [(m.start(), m.end()) for m in re.finditer(re.escape(value), question, re.IGNORECASE)]
        used = {c.column for i, c in enumerate(conds) if i != k}
        found = {(column, cell) for column, cell, span in said if column not in used
                 and any(span[0] <= a and b <= span[1] for a, b in at)}
        if len(found) == 1:
            column, cell = found.pop()
            conds[k] = Condition(column, condition.operator, cell)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def add_demonym_conditions(query: Query, places: Sequence[tuple[int, str, str]]) -> Query:
    """A place's adjective said in the question is a condition on the column whose cell the place is ("How
    many African countries are listed?": `continent = Africa`; `places`: (column, word, cell) from
    ContentMatcher.demonym_cells): it replaces a condition whose value is the adjective itself (`country =
    African`, no cell of that column) or is added when the place's column has no condition and no value
    holds the word ("Brazilian jiu-jitsu"; up to MAX_CONDITIONS). The value is the cell, not a question span."""
    conds = list(query.conds)
    for column, word, cell in places:
        said = [i for i, condition in enumerate(conds) if str(condition.value).lower() == word.lower()]
        inside = [condition for condition in conds if re.search(rf"\b{word}\b", str(condition.value), re.IGNORECASE)]
        if any(condition.column == column for condition in conds) or (inside and not said):
            continue   # "Brazilian jiu-jitsu" is a value of its own
        if said:
            conds[said[0]] = Condition(column, CONDITION_OPS.index("="), cell)
        elif len(conds) < MAX_CONDITIONS:
            conds.append(Condition(column, CONDITION_OPS.index("="), cell))
    return query if conds == list(query.conds) else dataclasses.replace(query, conds=tuple(conds))


class _CellSpan(NamedTuple):
    """A question span that is a cell of `column`, ranked (as a tuple) by what widen_to_cells prefers."""
    letters: int          # letters and digits: more is a longer value, not a "?" more
    fewer_pieces: int     # minus its wordpieces
    likelihood: float     # log p(column is a condition column)
    column: int
    start: int
    end: int


def _letters(text: str) -> int:
    return sum(char.isalnum() for char in text)


def _glued(char: str) -> bool:
    return char.isalnum() or char in "-/:"


def _inside_a_word(item: EncodedExample, start: int, end: int) -> bool:
    """The question tokens start..end are part of a longer run of letters, digits, "-", "/" or ":"
    ("2008" of "2008-10-22"; not of "(2008)")."""
    question, first, last = item.question, item.question_tokens[start].start, item.question_tokens[end].end
    return (first > 0 and _glued(question[first - 1])) or (last < len(question) and _glued(question[last]))


def widen_to_cells(scores: ExampleScores, item: EncodedExample, conds: Sequence[Condition],
                   spans: Sequence[tuple[int, int]]) -> tuple[list[Condition], list[tuple[int, int]]]:
    """Equality conditions on a text column whose value is part of a longer question span that is a
    cell of another column take that span and column: `Manufacturer = Geo` becomes `Make = Geo Metro`
    when "Geo Metro" is a cell of Make and no cell of Manufacturer (the span with the most letters, then
    the fewest wordpieces, then the likeliest condition column; not a column another condition uses, nor
    a span that overlaps another condition's value). So does a number cut out of a longer word (`Year = 2008`
    from "2008-10-22 12:30:00", a cell of Date): a number inside a date is no number. Failing that, a value that
    is a cell of its own column takes a longer cell of that column that holds it (`citizen = 'US'` cut from
    "Non-US"). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    for index, (condition, (start, end)) in enumerate(zip(conds, spans)):
        if condition.operator != CONDITION_OPS.index("=") or (item.column_types[condition.column] == "real"
                                                               and not _inside_a_word(item, start, end)):
            continue
        holding = [_CellSpan(_letters(item.span_text(cell_start, cell_end)), cell_start - cell_end,
                             scores.where[column].item(), column, cell_start, cell_end)
                   for column, cell_spans in enumerate(item.content_spans)
                   for cell_start, cell_end in cell_spans if cell_start <= start and end <= cell_end]
        # more letters than the value, and than any cell of its own column that holds it (snapping's choice)
        least = max([_letters(item.span_text(start, end))] +
                    [cell.letters for cell in holding if cell.column == condition.column])
        others = [(other, span) for i, (other, span) in enumerate(zip(conds, spans)) if i != index]
        wider = [cell for cell in holding if cell.letters > least
                 and all(cell.column != other.column and (cell.end < span[0] or span[1] < cell.start)
                         for other, span in others)]
        if not wider and (start, end) in item.content_spans[condition.column]:   # a cell cut from a longer cell of
            wider = [cell for cell in holding if cell.column == condition.column   # its column: `US` of "Non-US"
                     and cell.letters > _letters(item.span_text(start, end))
                     and all(cell.end < span[0] or span[1] < cell.start for _, span in others)]
        if wider:
            best = max(wider)
            conds[index] = Condition(best.column, condition.operator, item.span_text(best.start, best.end))
            spans[index] = (best.start, best.end)
    return conds, spans


# one word of 5 or more letters and digits, with both (`bondsba01`, `N22A2`; not `2nd`, `V6`, `12345`)
_IDENTIFIER = re.compile(r"(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{5,}")


def add_named_identifiers(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                          ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """An identifier the question names (a word of letters and digits together, `bondsba01`) that is a
    cell of exactly one column filters by that column: `column = word` is added when no condition uses
    the column or that word (up to MAX_CONDITIONS). The model tends to leave such conditions out, since
    WikiSQL questions rarely name rows by code. Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    for column, cell_spans in enumerate(item.content_spans):
        for start, end in cell_spans:
            if len(conds) >= MAX_CONDITIONS or any(condition.column == column for condition in conds):
                break
            text = item.span_text(start, end)
            if (not _IDENTIFIER.fullmatch(text) or _inside_a_word(item, start, end)
                    or any((start, end) in other for index, other in enumerate(item.content_spans) if index != column)
                    or any(not (end < first or last < start) for first, last in spans)):
                continue
            conds.append(Condition(column, CONDITION_OPS.index("="), text))
            spans.append((start, end))
    return conds, spans


# what comes right before a cell said as a modifier of the rows asked about: "Which R rated movie", "How many
# Banking companies", "Among Midsize cars" (not "the": "the points column", "the hawthorn score" name columns)
_BEFORE_MODIFIER = re.compile(r"(?:\b(?:which|what|how\s+many|among|all))\s+$", re.IGNORECASE)
_WORDS = re.compile(r"[a-z0-9]+")
_AGGREGATE_WORDS = frozenset("total sum average mean number count maximum minimum highest lowest most least".split())
_AFTER_MODIFIER = re.compile(r"^[-\s]+([a-z]+)", re.IGNORECASE)   # then a word, which the noun must be:
_NOT_A_NOUN = frozenset("""is are was were be been has have had did does do can could will would of in on at for
    by from with to than that who which whose where when and or as""".split())   # not "Which parish has ..."
_FUNCTION_WORDS = _NOT_A_NOUN | {"a", "an", "the"}   # no cell said as a value ("in Jan", "for NY": not "in")


def _free_text_cells(item: EncodedExample, conds: list[Condition], spans: list[tuple[int, int]]
                     ) -> Iterator[tuple[int, int, int, str]]:
    """(column, start, end, text) of each question span that is a cell of exactly one text column, for the
    decisions that add `column = cell` conditions: the column has no condition yet and there is room for one
    (MAX_CONDITIONS; `conds` and `spans` are read as the caller appends to them), the span overlaps no
    condition's value, is not inside a word, and is not made of one header's words (WikiSQL tables repeat
    their header as a row: "What score ..." is no `Score = score`)."""
    header_words = [set(_WORDS.findall(header.lower())) for header in item.header]
    for column, cell_spans in enumerate(item.content_spans):
        if item.column_types[column] != "text":
            continue
        for start, end in cell_spans:
            if len(conds) >= MAX_CONDITIONS or any(condition.column == column for condition in conds):
                break
            first, last = item.question_tokens[start].start, item.question_tokens[end].end
            text = item.question[first:last]
            if (_inside_a_word(item, start, end)
                    or any(set(_WORDS.findall(text.lower())) <= words for words in header_words)
                    or any((start, end) in other for index, other in enumerate(item.content_spans) if index != column)
                    or any(not (end < a or b < start) for a, b in spans)):
                continue
            yield column, start, end, text


def add_modifier_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                       ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column that the question says as a modifier of the rows it asks about
    ("Which R rated movie ...", "How many Banking companies ...", "Among Midsize cars ...": after which,
    what, how many, among or all, and before another word) filters by that column: `column =
    cell` is added when no condition uses the column or overlaps the span (up to MAX_CONDITIONS). People
    name a category that way; the model, trained on WikiSQL's "... with a rating of R", leaves it out. Not
    a cell that a header holds (WikiSQL tables repeat their header as a row: "What score ..." is no
    `Score = score`), nor one followed by a verb or preposition ("Which parish has ...": the noun itself).
    Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    for column, start, end, text in _free_text_cells(item, conds, spans):
        first, last = item.question_tokens[start].start, item.question_tokens[end].end
        if (text.lower() in _AGGREGATE_WORDS or not _BEFORE_MODIFIER.search(item.question[:first])
                or not (after := _AFTER_MODIFIER.match(item.question[last:])) or after[1].lower() in _NOT_A_NOUN):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


def add_adjacent_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                       ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column said right next to a number condition's value ("in Jan 1855": `Year
    = 1855` and the month `Jan`) filters by that column: `column = cell` is added when no condition uses the
    column (up to MAX_CONDITIONS). One span naming two columns' values is how people write a date split over
    columns; the model, trained on WikiSQL's one value per span, keeps one of them. Not a cell that a
    header holds, nor a function word, nor one inside a word. Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    numbers = [span for condition, span in zip(conds, spans) if item.column_types[condition.column] == "real"]
    if item.content_spans is None or not numbers:
        return conds, spans
    for column, start, end, text in _free_text_cells(item, conds, spans):
        if (not any(end + 1 == a or b + 1 == start for a, b in numbers)
                or text.lower() in _FUNCTION_WORDS):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


_AFTER_PREPOSITION = re.compile(r"\b(?:for|on|in|at|from|by|under|during)\s+(?:the\s+)?$", re.IGNORECASE)


def add_prepositional_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                            ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column said right after a preposition, in a question that already names its rows
    by another value ("What position did Gary play for NY in 1986?", "How many Univ. of Zurich patients were on
    placebo?"), filters by that column too: `column = cell` is added when no condition uses the column or
    overlaps the span (up to MAX_CONDITIONS). Not a cell that a header holds, nor a function word, nor one inside
    a word (_free_text_cells). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None or not conds:
        return conds, spans
    for column, start, end, text in _free_text_cells(item, conds, spans):
        first = item.question_tokens[start].start
        if text.lower() in _FUNCTION_WORDS or not _AFTER_PREPOSITION.search(item.question[:first]):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


_HEADED_NUMBER = re.compile(r"\b([A-Za-z]+)\s+(\d+(?:,\d{3})*(?:\.\d+)?)(?![\w/:.,-]*\d)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _headed_numbers(item: EncodedExample) -> list[tuple[int, tuple[int, int]]]:
    """(column, token span) of each number the question says right after the last word of exactly one
    header, that of a number column without digits ("day 25", "month 8", "week 5"): that column's value, as
    people write it. Not a function word ("a population of 113"), nor a header's own number ("Top 10",
    "Area km 2", "Episode 4"), nor a number said before a header's noun ("week 3 games" of `Games`)."""
    matches = list(_HEADED_NUMBER.finditer(item.question))
    if not matches:
        return []
    words = [_WORDS.findall(readable_header(str(header)).lower()) for header in item.header]
    lasts = [singular(header[-1]) if header else None for header in words]   # each header's noun, singular
    numbered = {singular(w) for header in words if any(w.isdigit() for w in header) for w in header}   # "Top 10"
    found = []
    for match in matches:
        word = singular(match[1].lower())
        if word in _NOT_A_NOUN or len(word) < 3 or word in numbered:
            continue   # a function word, or a word of a header with its own number ("Top 10")
        named = [c for c, last in enumerate(lasts) if last == word]
        after = _NEXT_WORD.match(item.question, match.end())
        if after and singular(after[1].lower()) in lasts:
            continue   # the number counts the noun after it
        if named and item.column_types[named[0]] != "real":
            continue
        first = [i for i, token in enumerate(item.question_tokens) if token.start == match.start(2)]
        last = [i for i, token in enumerate(item.question_tokens) if token.end == match.end(2)]
        if len(named) == 1 and first and last:
            found.append((named[0], (first[0], last[0])))
    return found


def name_headed_numbers(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                        ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A number said right after a word naming one number column ("on day 25 of month 8") is that column's
    value (_headed_numbers): a condition that put it on another column is moved to this one (unless this one
    has a condition already), the column's condition that holds another number the question gives to
    another column takes this one, and a column without a condition gets `column = number` (up to
    MAX_CONDITIONS); another column's condition on the same number, said once, is dropped. The model, trained
    on WikiSQL's one number per question, mixes up two numbers that two columns name ("How windy was it on
    day 9 of month 5?": Month = 9). Unchanged when no number is headed so."""
    headed = _headed_numbers(item)
    if not headed:
        return list(conds), list(spans)
    conds, spans = list(conds), list(spans)
    owner = {span: column for column, span in headed}
    for column, span in headed:
        if any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in spans):
            continue   # inside another value: the title "Episode 17"
        value = item.span_text(*span)
        mine = [i for i, condition in enumerate(conds) if condition.column == column]
        using = [i for i, used in enumerate(spans) if used == span]
        if mine:
            i = mine[0]
            if spans[i] != span and owner.get(spans[i], column) != column and not using:
                conds[i], spans[i] = Condition(column, conds[i].operator, value), span   # "day 9 of month 5": 5
        elif using:
            i = using[0]
            conds[i] = Condition(column, conds[i].operator, conds[i].value)   # "day 25" put on Month: Day
        elif len(conds) < MAX_CONDITIONS:
            conds.append(Condition(column, CONDITION_OPS.index("="), value))
            spans.append(span)
    owned = [(condition.column, span) for condition, span in zip(conds, spans) if owner.get(span) == condition.column]
    said = re.findall(r"\d[\d,.]*", item.question)
    kept = [k for k, (condition, span) in enumerate(zip(conds, spans))   # "month 7" is not also Ozone = 7
            if not (span in owner and owner[span] != condition.column and (owner[span], span) in owned
                    and said.count(item.span_text(*span)) == 1)]   # (the question says that number once)
    return [conds[k] for k in kept], [spans[k] for k in kept]


def cell_decisions(scores: ExampleScores) -> tuple[Callable, ...]:
    """The decisions that read the cells (with value snapping on), in the order they apply; each maps
    (item, conds, spans) to new (conds, spans)."""
    return (functools.partial(widen_to_cells, scores), add_named_identifiers, add_modifier_cells, add_adjacent_cells,
            name_headed_numbers, add_prepositional_cells)


def greedy_decode(scores: ExampleScores, item: EncodedExample, max_tokens: int = 16,
                  snap_margin: float | None = None) -> Decoded:
    sel = int(scores.sel.argmax())
    agg = int(scores.agg[sel].argmax())
    num_conds = min(int(scores.num_conds.argmax()), item.num_columns)
    columns = scores.where.topk(num_conds).indices.tolist() if num_conds else []
    conds, spans = [], []
    for column in sorted(columns):
        candidates = condition_candidates(scores, item, column, 1, max_tokens, snap_margin)
        if candidates:
            conds.append(candidates[0][1])
            spans.append(candidates[0][2])
    if snap_margin is not None:
        for decide in cell_decisions(scores):
            conds, spans = decide(item, conds, spans)
    query = Query(sel, agg, tuple(conds), best_order(scores, sel, agg))
    return decoded(scores, aggregate_unconditioned(scores, item, query), spans)


def _has_result(database: QueryExecutor, table_id: str, query: Query) -> bool:
    """The query executes and returns a row. An aggregate over no rows returns one NULL row and
    passes: gold queries such as `AVG(x) WHERE y < 0` do exactly that (rejecting them cost 9.7
    points of EX on 2-condition dev questions; see benchmarks/RESULTS.md)."""
    try:
        result = database.execute(table_id, query)
    except ExecutionError:
        return False
    return bool(result)


def execution_guided_decode(scores: ExampleScores, item: EncodedExample, table_id: str, column_types: Sequence[str],
                            database: QueryExecutor, beam_size: int = 4, max_tokens: int = 16, max_sets: int = 64,
                            snap_margin: float | None = None) -> Decoded:
    """Best query that executes to a non-empty result; the greedy one when none does."""
    greedy = greedy_decode(scores, item, max_tokens, snap_margin)

    # 1. select column x aggregation, best first, by log p(sel) + log p(agg | sel)
    columns = item.num_columns
    joint = scores.sel[:, None] + scores.agg  # (C, 6)
    order = joint.flatten().argsort(descending=True).tolist()
    select = None
    for flat in order[:beam_size * len(AGGREGATION_OPS)]:
        sel, agg = divmod(flat, len(AGGREGATION_OPS))
        if agg in NUMERIC_AGGREGATIONS and column_types[sel] != "real":
            continue
        if _has_result(database, table_id, Query(sel, agg, ())):
            select = (sel, agg)
            break
    if select is None:
        return greedy
    sel, agg = select

    # 2. condition candidates of the likeliest condition columns, each executed alone
    shortlist = scores.where.topk(min(columns, MAX_CONDITIONS + beam_size)).indices.tolist()
    best_condition: dict[int, tuple[float, Condition, tuple[int, int]]] = {}
    for column in shortlist:
        for score, condition, span in condition_candidates(scores, item, column, beam_size, max_tokens, snap_margin):
            if _has_result(database, table_id, Query(sel, agg, (condition,))):
                best_condition[column] = (score, condition, span)
                break

    # 3. sets of conditions by joint log-probability, the first whose query returns something
    not_where_total = scores.not_where.sum().item()
    candidate_sets = []
    for num_conds in range(min(MAX_CONDITIONS, len(best_condition)) + 1):
        for combination in itertools.combinations(sorted(best_condition), num_conds):
            score = scores.num_conds[num_conds].item() + not_where_total
            for column in combination:
                score += (scores.where[column] - scores.not_where[column]).item() + best_condition[column][0]
            candidate_sets.append((score, combination))
    candidate_sets.sort(key=lambda pair: -pair[0])
    for _, combination in candidate_sets[:max_sets]:
        query = Query(sel, agg, tuple(best_condition[column][1] for column in combination))
        if _has_result(database, table_id, query):   # an ordering keeps rows iff there are some
            spans = [best_condition[column][2] for column in combination]
            if snap_margin is not None:
                for decide in cell_decisions(scores):   # each kept only if the query still returns rows
                    conds, decided_spans = decide(item, query.conds, spans)
                    decided = dataclasses.replace(query, conds=tuple(conds))
                    if decided != query and _has_result(database, table_id, decided):
                        query, spans = decided, decided_spans
            query = aggregate_unconditioned(scores, item,
                                            dataclasses.replace(query, order=best_order(scores, sel, agg)))
            return decoded(scores, query, spans)
    query = aggregate_unconditioned(scores, item, Query(sel, agg, greedy.query.conds, best_order(scores, sel, agg)))
    return decoded(scores, query, greedy.spans)
