"""Readings of a table and a question that several kinds of correction share: whether a value is in no cell
of its column (holds_no_cell), whether a text column names each row once (names_each_row), where a question says a
text (_found), and how many distinct cells a column of kinds has at most (MAX_KIND_CELLS).
"""
from __future__ import annotations

import re

from wikisql.content import in_no_cell
from wikisql.query import CONDITION_OPS, Condition
from wikisql.schema import Table


def names_each_row(table: Table, column: int) -> bool:
    """Whether a column of text names each row once: a cell in every row, no two alike (case aside)."""
    cells = table.cells(column, lower=True)
    return table.types[column] == "text" and len(cells) == len(table.rows) and len(set(cells)) == len(cells)


def holds_no_cell(condition: Condition, table: Table) -> bool:
    """Whether an `=` condition on a text column has a value that no cell of the column holds (content.in_no_cell)."""
    return (table.types[condition.column] == "text" and condition.operator == CONDITION_OPS.index("=")
            and in_no_cell(condition.value, [row[condition.column] for row in table.rows]))


MAX_KIND_CELLS = 8   # a column of kinds: at most this many distinct cells


def _found(text: str, part: str, case: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each place `text` holds `part` (case aside unless `case`), not overlapping: what
    re.finditer(re.escape(part), text[, re.IGNORECASE]) finds, without compiling a pattern per part."""
    if not case and not (text.isascii() and part.isascii()):
        return [(m.start(), m.end()) for m in re.finditer(re.escape(part), text, re.IGNORECASE)]
    haystack, needle = (text, part) if case else (text.lower(), part.lower())
    spans, start = [], haystack.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = haystack.find(needle, start + len(needle))
    return spans
