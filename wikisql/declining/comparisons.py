"""Conditions the grammar cannot say: two cells of one column joined by "or" or "and" (either_of_two_cells,
aggregate_of_two_cells), a column compared with another (compares_columns, than_a_column), rows compared with a row
the question names (than_a_row, same_as_another_row), a value negated (negated), and two superlatives of opposite
directions (opposite_superlatives).
"""
from __future__ import annotations

import re
from typing import Sequence

from wikisql.corrections import COMPARATIVE, cells_joined
from wikisql.declining.common import _words
from wikisql.encoding import readable_header, singular
from wikisql.query import Query
from wikisql.schema import Table
from wikisql.superlatives import direction


def either_of_two_cells(question: str, table: Table, query: Query | None = None) -> bool:
    """Whether the question joins two cells of one text column with "or" ("Which districts in Kern or Tulare
    ...?"): rows matching either value, which one query's conditions (joined by AND) cannot keep. Not when the
    words are a header's or a cell's (_names_or_holds: 2 dev questions before), nor when `query` selects that
    column, unaggregated and unconditioned on it, for rows an `=` condition names: the question asks which of
    the two a row holds ("Is Derby in the North or the South?": SELECT location WHERE town = 'Derby'; not
    "Which location, North or South, has the higher average mortality?", a comparison of groups)."""
    def asks_which(column: int) -> bool:   # which of the two cells the named rows hold
        return query is not None and query.sel == column and query.agg == 0 and bool(query.given_columns()) \
            and all(c.column != column for c in query.conds)
    joined = _two_cells_joined(question, table, "or")   # ("True or False": one of several flag columns asked)
    return bool(joined) and not any(asks_which(column) for column in joined)


def aggregate_of_two_cells(question: str, table: Table, query: Query | None) -> bool:
    """Whether the question asks an aggregate of two cells of one text column joined by "and" ("What's the average
    outside temperature before and after insulation?" of `Insul`): two groups, or the rows of either, which one
    query's conditions (joined by AND) cannot keep. Only for a query with an aggregation; not when the words are a
    header's or a cell's (_names_or_holds)."""
    return query is not None and query.agg != 0 and bool(_two_cells_joined(question, table, "and"))


def _two_cells_joined(question: str, table: Table, joiner: str) -> list[int]:
    """The text columns two of whose cells the question says joined by `joiner` ("Kern or Tulare"), not as a
    header's words or a cell's (_names_or_holds)."""
    text = " ".join(question.lower().split())
    if not re.search(rf"\b{joiner}\b", text):
        return []
    return [column for column, kind in enumerate(table.types) if kind == "text" and any(
        not _names_or_holds(text[first:last], table)
        for _, _, first, last in cells_joined(text, table, column, joiner))]


def _names_or_holds(text: str, table: Table) -> bool:
    """Whether "A or B" is a header's words ("the Home or the Away" of `Home or Away`) or inside a cell of
    some column (`la or mi`): a name, not two values."""
    words = _words(text) - {"the"}
    if any(words <= _words(readable_header(str(name))) for name in table.header):
        return True
    return any(text in str(cell).lower() for row in table.rows for cell in row if isinstance(cell, str))


def compares_columns(query: Query, header: Sequence[str]) -> bool:
    """Whether a condition compares a column with another column's name ("In which districts did Bergeron get
    more votes than Coderre?": Coderre > 'Coderre' or Bergeron > 'Coderre', where `Coderre` is a column): the
    grammar compares a column with a value only."""
    names = [_words(readable_header(str(name))) for name in header]
    return any(c.operator != 0 and _words(str(c.value)) in names and _words(str(c.value)) for c in query.conds)


_THAN_A_COLUMN = re.compile(rf"\b{COMPARATIVE}\s+than\s+(?:the\s+|(?:its|their)\s+(?:own\s+)?)?(?P<other>[^?.,!]+?)"
                            r"(?:\s+by\s+(?:more|less|at least|over|under)\b[^?!]*)?\s*[?.!]?\s*$")
# ("a beta_2 larger than its own beta_1 by more than 10": by how much, said after the column)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def than_a_column(question: str, table: Table) -> bool:
    """Whether the question compares one column with another by name ("For which gases is the 20yr GWP lower than
    the 100yr GWP?"): the words after "than" are all of one header's words, and another header is said in full
    before them. A condition compares a column with a value only (compares_columns finds the decoded form)."""
    match = _THAN_A_COLUMN.search(" ".join(question.lower().split()))
    if match is None:
        return False
    other, before = _tokens(match["other"]), set(_tokens(match.string[:match.start()]))
    if not re.search(r"[a-z]", match["other"]):
        return False   # "a 15122 greater than 15122": a number, though a header is written so
    named = {column for column, name in enumerate(table.header)
             if other in (_tokens(str(name)), _tokens(readable_header(str(name))))}
    return bool(named) and any(column not in named and _tokens(str(name)) and set(_tokens(str(name))) <= before
                               for column, name in enumerate(table.header))


# "Which companies scored higher than Volkswagen AG?": a comparative, a few words, "than" and what it is compared with
_THAN_A_ROW = re.compile(rf"^(?:which|who|what|how many|list|name)\b.*\b{COMPARATIVE}\b(?:\s+[\w'-]+){{0,6}}?\s+than\s+"
                         r"(?:the\s+)?(?P<other>[^?.!]+?)(?:'s|s')?(?:\s+(?:does|did|do|is|was|are|were|has|had))?"
                         r"\s*[?.!]?\s*$")


# "Did Seoul reach full bloom before Incheon?": a yes/no question that sets one row against another in time
_BEFORE_A_ROW = re.compile(r"^(?:did|does|do|is|are|was|were|has|have|had)\s+.+?\s+.*\b(?:before|after)\s+"
                           r"(?:the\s+)?(?P<other>[^?.!]+?)(?:'s|s')?\s*[?.!]?\s*$")


def than_a_row(question: str, table: Table) -> bool:
    """Whether the question compares rows with one row it names ("Which fires grew larger than HWF036?", "Which
    countries spend a bigger share of GDP on education than Denmark?"): what follows "than" is a whole cell of a
    text column, not a number. A condition compares a column with a value only; the row's value is not given. So
    does a yes/no question of one row "before" or "after" another, both whole cells of one text column ("Did Seoul
    reach full bloom before Incheon?")."""
    text = " ".join(question.lower().split())
    before = _BEFORE_A_ROW.search(text)
    if before:
        said = text[:before.start("other")]
        for column, kind in enumerate(table.types):
            cells = set(table.cells(column, lower=True)) if kind == "text" else set()
            if before["other"] in cells and any(cell and cell != before["other"] and re.search(
                    rf"\b{re.escape(cell)}\b", said) for cell in cells):
                return True
    match = _THAN_A_ROW.search(text)
    if match is None or re.match(r"[$€£]?[-+.]?\d", match["other"]):
        return False
    if any(" than " in cell and cell in text for column, kind in enumerate(table.types) if kind == "text"
           for cell in table.cells(column, lower=True)):
        return False   # "the comparison result Rate significantly higher than Statewide Rate": a cell said
    return any(match["other"] in table.cells(column, lower=True)
               for column, kind in enumerate(table.types) if kind == "text")


_SAME_AS = re.compile(r"^(?:which|who|what|how many|list|name)\b.*\bthe same\s+"
                      r"(?P<what>(?:[\w-]+\s+){0,4}?[\w-]+)\s+as\s+(?![$€£]?[-.]?\d)")


def same_as_another_row(question: str, table: Table) -> bool:
    """Whether the question asks for the rows that share a value with another row it names ("Which states are in
    the same Hanson 2003 region as Sonora?"): the grammar cannot take a value from one row to pick others. Not
    where what is shared names each row once ("Who won the men's doubles the same year as Petre won the women's
    singles?" of a table of years: the same row)."""
    match = _SAME_AS.search(" ".join(question.lower().split()))
    if match is None:
        return False
    words = {singular(w) for w in _tokens(match["what"])}
    named = [c for c, header in enumerate(table.header) if words & {singular(w) for w in _tokens(str(header))}]
    return not any(len(set(table.cells(c, lower=True))) == len(table.rows) for c in named)


_OPPOSITE = {"oldest": "youngest newest latest", "earliest": "latest", "best": "worst", "fastest": "slowest"}
_SUPERLATIVE = re.compile(r"\b(?:(?P<quantity>most|least)\s+(?P<adjective>(?!(?:and|the|of|in|on|for|or)\b)[a-z]+)|"
                          r"(?P<word>[a-z]+est|most|least|highest|lowest|"
                          r"biggest|smallest|fewest|best|worst|maximum|minimum))\b")


_NEGATED = re.compile(r"\b(?:is|are|was|were|be)\s+not\s+(?P<said>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def negated(question: str, table: Table) -> bool:
    """Whether the question asks for the rows where a value is not something ("Which counties are not white?",
    "... when the 3rd throw is not 8"): a not-equal condition, which the grammar cannot say; not a cell that says
    "not" itself (WikiSQL's "not held", "did not qualify")."""
    matches = list(_NEGATED.finditer(question.lower()))
    cells = [str(cell).lower() for row in table.rows for cell in row if cell is not None] if matches else []
    for match in matches:
        words = match["said"].split()
        said = [f"not {' '.join(words[:n])}" for n in (1, len(words))]
        if not any(phrase in cell for phrase in said for cell in cells):
            return True
    return False


def opposite_superlatives(question: str) -> bool:
    """Whether two superlatives of opposite directions are joined by "and", at most 4 words apart: "the
    cheapest and the most expensive", "the oldest and the youngest" (two answers; "the tallest and heaviest" is one)."""
    text = " ".join(re.findall(r"[a-z]+", question.lower()))
    found = [(m.start(), m.end(), m["word"] or f"{m['quantity']} {m['adjective']}")
             for m in _SUPERLATIVE.finditer(text)]
    def way(word: str) -> bool | None:   # "most expensive": descending, "least expensive": ascending
        return word.startswith("most ") if " " in word else direction(word)
    for (_, end, first), (start, _, second) in zip(found, found[1:]):
        between = text[end:start].split()
        if "and" not in between or len(between) > 4:
            continue
        if None not in (way(first), way(second)) and way(first) != way(second):
            return True
        if any(b in _OPPOSITE.get(a, "").split() for a, b in ((first, second), (second, first))):
            return True
    return False
