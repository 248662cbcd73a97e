"""What an encoded example holds (EncodedExample, Labels) and its training labels from a gold query (make_labels,
unanswerable_labels): the heads' constants (MAX_CONDITIONS, the ORDER_ classes, IGNORE_INDEX) and each condition
value's token span in the question (locate_value, through normalize_with_map and value_variants).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from bert.tokenization import Token
from wikisql.query import Query

MAX_CONDITIONS = 4  # WikiSQL has 0..4 conditions per query
ORDER_NONE, ORDER_ASC, ORDER_DESC = range(3)   # the ordering head's classes
IGNORE_INDEX = -100  # a label that is not trained (cross-entropy's ignore_index)
MAX_CACHED_HEADERS = 100_000  # header wordpieces kept by an Encoder (a service sees ever new headers)


class EncodingError(ValueError):
    """An example that cannot be encoded at all (e.g. max_seq_length below 2 tokens per column)."""


@dataclasses.dataclass
class Labels:
    sel: int
    agg: int
    num_conds: int  # number of distinct condition columns, 0..MAX_CONDITIONS
    cond_columns: list[int]  # distinct, in the gold order
    cond_ops: list[int]  # one per cond column
    value_spans: list[tuple[int, int] | None]  # (start, end) question-token indices, inclusive; None: not located
    duplicate_columns: bool = False  # the gold query uses one column twice (not representable per column)
    order: int = 0  # ORDER_NONE, ORDER_ASC or ORDER_DESC (our extension of the grammar)
    order_column: int = IGNORE_INDEX  # the column ordered by, when there is an ordering
    order_limit: int = 1  # rows kept by the ordering (1..MAX_ORDER_LIMIT)
    answerable: bool = True  # False: no query of the grammar answers the question (only `answerable` is trained)

    @property
    def values_located(self) -> bool:
        return all(span is not None for span in self.value_spans)


@dataclasses.dataclass
class EncodedExample:
    input_ids: list[int]
    token_type_ids: list[int]
    question: str
    question_tokens: list[Token]  # with character offsets into `question`
    question_start: int  # position of the first question wordpiece in input_ids (1, after [CLS])
    num_question_tokens: int  # question wordpieces kept (all of them unless truncated)
    header_spans: list[tuple[int, int]]  # per column: [start, end) positions of its wordpieces in input_ids
    column_types: list[str]
    truncated: bool  # some header (or the question) lost wordpieces to fit max_seq_length
    labels: Labels | None = None
    example_index: int = -1  # position in the list it was encoded from
    # table content (Encoder(content=True)): per column, inclusive question-token spans that are its cells
    content_spans: list[list[tuple[int, int]]] | None = None
    table_has_rows: bool = True  # False: cells unknown (e.g. recon's headers-only tables), not "no match"
    header: list[str] = dataclasses.field(default_factory=list)   # the column names as the table writes them

    @property
    def num_columns(self) -> int:
        return len(self.header_spans)

    def span_text(self, start: int, end: int) -> str:
        """Question substring covered by question tokens start..end (inclusive), original spelling."""
        return self.question[self.question_tokens[start].start:self.question_tokens[end].end]


# ----------------------------------------------------------------------------
# value matching


_NUMBER_WITH_TRAILING_ZERO = re.compile(r"^-?\d+\.0+$")


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-cased `text` without whitespace and without thousands commas (`1,000` -> `1000`).

    Returns the normalised string and, for each of its characters, the index of the original
    character it came from. Dropping whitespace makes `( ks )` match `(ks)` and `u.s .` match
    `u.s.`; alignment with wordpiece boundaries (see locate_value) keeps it from matching
    inside words.
    """
    chars, positions = [], []
    for index, char in enumerate(text):
        if char.isspace():
            continue
        if char == "," and 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit():
            continue
        lowered = char.lower()
        chars.append(lowered if len(lowered) == 1 else char)
        positions.append(index)
    return "".join(chars), positions


def value_variants(value: object) -> list[str]:
    """Spellings of a gold value to look for: as written, then without a trailing `.0`."""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    variants = [text]
    if _NUMBER_WITH_TRAILING_ZERO.match(text.strip()):
        variants.append(text.strip().split(".")[0])
    return variants


def locate_value(question: str, tokens: Sequence[Token], value: object) -> tuple[int, int] | None:
    """Inclusive (start, end) question-token span whose text matches `value` once normalised.

    Prefers a match that starts and ends on wordpiece boundaries; falls back to the tokens
    covering a match that cuts through a wordpiece. None when the value does not occur.
    """
    normalized_question, positions = normalize_with_map(question)
    token_starts = {token.start: i for i, token in enumerate(tokens)}
    token_ends = {token.end: i for i, token in enumerate(tokens)}
    fallback = None
    for variant in value_variants(value):
        normalized_value, _ = normalize_with_map(variant)
        if not normalized_value:
            continue
        found = normalized_question.find(normalized_value)
        while found != -1:
            char_start = positions[found]
            char_end = positions[found + len(normalized_value) - 1] + 1
            if char_start in token_starts and char_end in token_ends:
                return token_starts[char_start], token_ends[char_end]
            if fallback is None:
                covering = [i for i, token in enumerate(tokens) if token.end > char_start and token.start < char_end]
                if covering:
                    fallback = (covering[0], covering[-1])
            found = normalized_question.find(normalized_value, found + 1)
    return fallback


def unanswerable_labels() -> Labels:
    """Labels of a question no query of the grammar answers: only the answerable head learns from it."""
    return Labels(sel=IGNORE_INDEX, agg=IGNORE_INDEX, num_conds=IGNORE_INDEX, cond_columns=[],
                  cond_ops=[], value_spans=[], order=IGNORE_INDEX, answerable=False)


def make_labels(query: Query, question: str, question_tokens: Sequence[Token]) -> Labels:
    columns, ops, spans, duplicate = [], [], [], False
    for condition in query.conds:
        if condition.column in columns:
            duplicate = True  # one prediction per column: the first condition on a column wins
            continue
        columns.append(condition.column)
        ops.append(condition.operator)
        spans.append(locate_value(question, question_tokens, condition.value))
    labels = Labels(sel=query.sel, agg=query.agg, num_conds=len(columns), cond_columns=columns,
                    cond_ops=ops, value_spans=spans, duplicate_columns=duplicate)
    if query.order is not None:
        labels.order = ORDER_DESC if query.order.descending else ORDER_ASC
        labels.order_column, labels.order_limit = query.order.column, query.order.limit
    return labels
