"""What the modules of wikisql.declining share: a question's words (_words), the superlative words some forms
are written with (MOST, LEAST, EXTREME), MAX and MIN (EXTREMES), and whether the question names the column the
query selects (_names_selected, _reads_any_noun).
"""
from __future__ import annotations

import re

from wikisql.encoding import names_column, numbers_units, readable_header, singular, year_of
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Table

EXTREMES = (AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN"))

_MOST_WORDS = ("most", "highest", "largest", "greatest", "biggest", "maximum", "max", "longest", "tallest",
               "heaviest", "strongest", "best", "northernmost", "easternmost", "hottest", "warmest", "wettest")
_LEAST_WORDS = ("least", "lowest", "smallest", "fewest", "minimum", "min", "shortest", "lightest", "weakest", "worst",
                "southernmost", "westernmost", "coldest", "coolest", "driest")
MOST, LEAST, EXTREME = (f"(?:{'|'.join(words)})" for words in (_MOST_WORDS, _LEAST_WORDS, _MOST_WORDS + _LEAST_WORDS))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _names_selected(question: str, table: Table, query: Query | None) -> bool:
    """Whether the question names the column `query` selects (encoding.names_column; never a data frame's row
    names, which read as any noun), or the year it is named with (`X1932` for "... in 1932?": encoding.year_of)."""
    if query is None or query.sel >= len(table.header):
        return False
    selected = str(table.header[query.sel])
    year = year_of(selected)
    if year is not None and len(year) == 4 and re.search(rf"(?<!\d){year}(?!\d)", question):
        return True
    return readable_header(selected) != "name" and not _reads_any_noun(selected, question) and names_column(
        [singular(w) for w in re.findall(r"[a-z]+", question.lower())], selected, question)


def _reads_any_noun(header: str, question: str) -> bool:
    """Whether a column numbering a study's units (`OBS`, `individual`: encoding.numbers_units) reads as the noun
    the question asks for ("Which city ...?"), as a data frame's row names do: unless the question says its header."""
    return numbers_units(header) and singular(" ".join(header.split()).lower()) not in {
        singular(word) for word in re.findall(r"[a-z]+", question.lower())}
