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

What the question and the table say beyond the scores is read after decoding, in
wikisql/corrections/.
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

from wikisql.database import ExecutionError, QueryExecutor
from wikisql.encoding import (
    MAX_CONDITIONS,
    ORDER_ASC,
    ORDER_DESC,
    ORDER_NONE,
    EncodedExample,
    glued_to_a_unit,
    header_readings,
    names_column,
    readable_header,
    singular,
)
from wikisql.model import ModelOutput
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Order, Query

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
# "ranked higher than 10th" of a column of ranks: a smaller number (rank 1 is the top); only before an ordinal (WikiSQL
# reads "ranked below 8" as `Rank < 8`)
_RANKED_BEFORE = re.compile(r"\brank(?:ed|s)?\s+(higher|better|lower|worse|above|below)(?:\s+than)?\s+(?:the\s+)?$",
                            re.IGNORECASE)
_RANK_HEADER_WORDS = frozenset("rank ranking position pos place".split())
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


def operator_of_comparison(words: str) -> int:
    """The operator of comparison words the question writes ("more than": `>`, "below": `<`; COMPARISON_WORDS),
    spaces and case aside."""
    said = " ".join(words.lower().split())
    return next(operator for operator, phrases in COMPARISON_WORDS.items() if said in phrases)


def comparison_operator(item: EncodedExample, start: int, end: int, header: str | None = None) -> int | None:
    """The operator the question's words put on the number at tokens start..end ("more than 4":
    `>`, "below 0.5 m": `<`), or None (no such words, or the span is not a number). On the official
    dev set this corrects 5 operators the model got wrong and changes none it got right. Comparatives whose
    direction depends on the column read its `header` (_HEADED_COMPARISONS): "older than 60" of ages is `>`,
    "older than 1950" of years `<`, "faster than" of a speed `>` and of a time `<`; without a header that
    says which, they are left to the model. "ranked higher than 10th" (an ordinal) of a column of ranks is `<`."""
    if not _NUMBER.fullmatch(item.span_text(start, end)):
        return None
    before = item.question[:item.question_tokens[start].start]
    ranked = _RANKED_BEFORE.search(before) if re.search(r"\d(?:st|nd|rd|th)$", item.span_text(start, end)) else None
    if ranked is not None and header is not None and \
            set(re.findall(r"[a-z]+", readable_header(header).lower())) & _RANK_HEADER_WORDS:
        return CONDITION_OPS.index("<" if ranked[1].lower() in ("higher", "better", "above") else ">")   # rank 1 tops
    found = _COMPARISON_BEFORE.search(before)
    if found is None:
        said = _HEADED_COMPARISON_BEFORE.search(before) if header is not None else None
        if said is None:
            return None
        words = set(re.findall(r"[a-z]+", readable_header(header).lower()))
        words |= {"age" for word in words if glued_to_a_unit("age", word)}   # `Agemos`: an age, glued to its unit
        words |= set((header_readings([header], item.question)[0] or "").split())   # `momage`: "mother age"
        comparative = said[1].lower()
        return next((CONDITION_OPS.index(operators[comparative]) for kind, operators in _HEADED_COMPARISONS.items()
                     if words & _HEADED_KINDS[kind] and comparative in operators), None)
    operator = operator_of_comparison(found.group(1))
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
NOT_COLUMN_WORDS = frozenset("total all number count sum how many what is the of in are there were was a".split())
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
                and names_column([w for w in words if w not in NOT_COLUMN_WORDS], item.header[query.sel],
                                 item.question)):
            return dataclasses.replace(query, agg=SUM)
        return query
    if query.agg != 0 or LIST_QUESTION.search(item.question):
        return query
    best = max(range(1, len(AGGREGATION_OPS)), key=lambda agg: scores.agg[query.sel, agg].item())
    return dataclasses.replace(query, agg=best)


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


# what comes right before a cell said as a modifier of the rows asked about: "Which R rated movie", "Which three
# NY Metro - NYC hospitals", "How many Banking companies", "Among Midsize cars", "across the Bronx hospitals" (not
# "the" alone: "the points column", "the hawthorn score" name columns)
_BEFORE_MODIFIER = re.compile(r"(?:\b(?:(?:which|what)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?|"
                              r"how\s+many|(?:among|across|all)(?:\s+all)?(?:\s+the)?|any|the\s+(?:most|fewest|least|"
                              r"highest|lowest|largest|smallest|biggest|greatest)))\s+$", re.IGNORECASE)   # "the fewest
#                                                                                     colorectal deaths"
_WORDS = re.compile(r"[a-z0-9]+")
_ANY_OF = re.compile(r"\b(?:of\s+any|among\s+(?:the|all)(?:\s+the)?)\s+$", re.IGNORECASE)
_AGGREGATE_WORDS = frozenset("total sum average mean number count maximum minimum highest lowest most least".split())
_AFTER_MODIFIER = re.compile(r"^[-\s]+([a-z]+)", re.IGNORECASE)   # then a word, which the noun must be:
NOT_A_NOUN = frozenset("""is are was were be been has have had did does do can could will would of in on at for
    by from with to than that who which whose where when and or as""".split())   # not "Which parish has ..."
FUNCTION_WORDS = NOT_A_NOUN | {"a", "an", "the"}   # no cell said as a value ("in Jan", "for NY": not "in")


def _free_text_cells(item: EncodedExample, conds: list[Condition], spans: list[tuple[int, int]], shared: bool = False
                     ) -> Iterator[tuple[int, int, int, str]]:
    """(column, start, end, text) of each question span that is a cell of exactly one text column, for the
    decisions that add `column = cell` conditions: the column has no condition yet and there is room for one
    (MAX_CONDITIONS; `conds` and `spans` are read as the caller appends to them), the span overlaps no
    condition's value, is not inside a word, and is not made of one header's words (WikiSQL tables repeat
    their header as a row: "What score ..." is no `Score = score`). `shared`: also a span that is a cell of other
    text columns, given once, for the leftmost of them."""
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
                    or any((start, end) in other for index, other in enumerate(item.content_spans) if index != column
                           and (not shared or index < column))
                    or any(not (end < a or b < start) for a, b in spans)):
                continue
            yield column, start, end, text


def add_modifier_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                       ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column that the question says as a modifier of the rows it asks about
    ("Which R rated movie ...", "How many Banking companies ...", "Among Midsize cars ...", "the fewest colorectal
    deaths": after which, what, how many, among, all, any or a superlative, and before another word) filters by
    that column: `column = cell` is added when no condition uses the column or overlaps the span (up to
    MAX_CONDITIONS). People name a category that way; the model, trained on WikiSQL's "... with a rating of R",
    leaves it out. Not
    a cell that a header holds (WikiSQL tables repeat their header as a row: "What score ..." is no
    `Score = score`), nor one followed by a verb or preposition ("Which parish has ...": the noun itself). A cell
    that ends the question after "of any" or "among the" is such a category too ("the highest boiling point of any
    halogen?"). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    for column, start, end, text in _free_text_cells(item, conds, spans):
        first, last = item.question_tokens[start].start, item.question_tokens[end].end
        any_of = _ANY_OF.search(item.question[:first]) is not None and re.match(r"\s*[?.!]?\s*$",
                                                                                item.question[last:]) is not None
        if text.lower() in _AGGREGATE_WORDS or not any_of and (
                not _BEFORE_MODIFIER.search(item.question[:first])
                or not (after := _AFTER_MODIFIER.match(item.question[last:])) or after[1].lower() in NOT_A_NOUN):
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
                or text.lower() in FUNCTION_WORDS):
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
        if text.lower() in FUNCTION_WORDS or not _AFTER_PREPOSITION.search(item.question[:first]):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


def add_owning_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                     ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column that owns what the question asks ("Iowa's demvoteshlag1 in 2008?",
    "What was Kenya's score?"; not "Which state's code is MS?", the rows asked) or starts a question said
    without a question word ("Kerrville number of sales month 12", "Sosa homeruns, gameno 106") names the rows:
    `column = cell` is added when no condition uses the column or overlaps the span (up to MAX_CONDITIONS). Not
    a cell that a header holds, nor a function word, nor one inside a word (_free_text_cells). So does a cell said
    before another condition's header word and value, the whole that part is of ("Boxberg block R": `name =
    Boxberg` beside `block = R`; _names_a_part), and the part said after the whole ("Schwarze Pumpe block B":
    _part_of_a_named). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    telegraphic = not _QUESTION_WORD.search(item.question)
    for column, start, end, text in _free_text_cells(item, conds, spans, shared=True):
        first, last = item.question_tokens[start].start, item.question_tokens[end].end
        shared = any((start, end) in other for index, other in enumerate(item.content_spans) if index != column)
        owning = re.match(r"['’]s\b", item.question[last:]) is not None and not re.search(
            r"\b(?:which|what|whose)\s+$", item.question[:first], re.IGNORECASE)   # not "Which state's ...": asked
        opening = telegraphic and not item.question[:first].strip()
        if text.lower() in FUNCTION_WORDS or not (
                (not shared and (owning or opening))   # a cell of several columns (the leftmost): whole or part only
                or _names_a_part(item, last, conds, spans) or _part_of_a_named(item, column, first, conds, spans)):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


def _names_a_part(item: EncodedExample, end: int, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                  ) -> bool:
    """Whether a cell the question says up to character `end` is followed by a word of another condition's header
    and that condition's value ("Boxberg block R", "Schwarze Pumpe block B" of `block_bnetza = R`): the whole
    that the part belongs to, the rows that part is of."""
    return any(item.column_types[condition.column] == "text"
               and _header_word_between(item, end, item.question_tokens[first].start, condition.column)
               for condition, (first, _) in zip(conds, spans))


def _part_of_a_named(item: EncodedExample, column: int, start: int, conds: Sequence[Condition],
                     spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a cell of `column` the question says from character `start` follows a word of the column's header
    that follows another condition's value ("Schwarze Pumpe block B" of `name = Schwarze Pumpe`: `block = B`)."""
    return any(item.column_types[condition.column] == "text"
               and _header_word_between(item, item.question_tokens[last].end, start, column)
               for condition, (_, last) in zip(conds, spans))


def _header_word_between(item: EncodedExample, first: int, last: int, column: int) -> bool:
    """Whether the question's text between characters `first` and `last` is one word of the column's header."""
    between = item.question[first:last].strip().lower()
    return bool(between) and between in _WORDS.findall(readable_header(str(item.header[column])).lower())


_QUESTION_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how|name|list|give|tell|show|find|count|"
                            r"is|are|was|were|did|does|do)\b", re.IGNORECASE)


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
        if word in NOT_A_NOUN or len(word) < 3 or word in numbered:
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


_COMPARED_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w.,]*\d)")


def _compared_column(item: EncodedExample, end: int, before: str) -> int | None:
    """The one number column a compared number belongs to by the words around it: the words right before the
    comparison are all of a header's words ("a COP_ref above 3.2", "a dielectric constant above 30" of
    `dielectric constant`), or the word right after the number is the last word of a header ("more than 2,000
    cases" of `Number_of_Cases`); None when no column or several are so named. `end`: the character after the
    number; `before`: the question before the comparison words."""
    words = [_WORDS.findall(readable_header(str(header)).lower()) for header in item.header]
    said = _WORDS.findall(before.lower())
    after = _NEXT_WORD.match(item.question, end)
    next_word = singular(after[1].lower()) if after else None
    named = {c for c, header in enumerate(words) if item.column_types[c] == "real" and header and (
        said[-len(header):] == header or (next_word is not None and len(next_word) >= 3
                                          and singular(header[-1]) == next_word))}
    return named.pop() if len(named) == 1 else None


def add_compared_numbers(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                         ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A number the question compares with ("above 3.2", "more than 2,000") that no condition uses, said of one
    number column by the words around it (_compared_column: "How many On-Off heat pumps have a COP_ref above
    3.2?", "How many All PCI rows show more than 2,000 cases?"), filters by that column: `column op number` is
    added when the column has no condition (up to MAX_CONDITIONS), the operator the comparison words say
    (comparison_operator). The model, trained on WikiSQL's questions of one or two conditions, drops a second
    one it reads as less likely."""
    conds, spans = list(conds), list(spans)
    for match in _COMPARED_NUMBER.finditer(item.question):
        first = [i for i, token in enumerate(item.question_tokens) if token.start == match.start()]
        last = [i for i, token in enumerate(item.question_tokens) if token.end == match.end()]
        if len(conds) >= MAX_CONDITIONS or not first or not last:
            continue
        start, end = first[0], last[0]
        operator = comparison_operator(item, start, end)
        value = item.span_text(start, end)
        if operator is None or operator == CONDITION_OPS.index("=") or any(not (end < a or b < start)
                                                                             for a, b in spans) \
                or any(str(condition.value) == value for condition in conds):
            continue
        before = _COMPARISON_BEFORE.search(item.question[:match.start()])
        column = _compared_column(item, match.end(), item.question[:before.start()]) if before else None
        if column is None or any(condition.column == column for condition in conds):
            continue
        conds.append(Condition(column, operator, value))
        spans.append((start, end))
    return conds, spans


def cell_decisions(scores: ExampleScores) -> tuple[Callable, ...]:
    """The decisions that read the cells, and the headers said around values (add_compared_numbers), with value
    snapping on, in the order they apply; each maps (item, conds, spans) to new (conds, spans)."""
    return (functools.partial(widen_to_cells, scores), add_named_identifiers, add_modifier_cells, add_adjacent_cells,
            name_headed_numbers, add_prepositional_cells, add_owning_cells, add_compared_numbers)


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
