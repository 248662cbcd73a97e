"""Times the table does not hold: a year or a time asked of a table in which nothing is dated (time_not_held,
_dated), a calendar year of a table that counts its own periods or outside a column of years (year_not_in_the_years),
or other than the year a column read is named with (year_not_held).
"""
from __future__ import annotations

import re

from wikisql.declining.common import _names_selected, _words
from wikisql.encoding import YEAR, is_row_names, readable_header, year_of
from wikisql.query import Query
from wikisql.schema import Table
from wikisql.tables import is_whole

# A time the question asks about when nothing in the table is dated: no header names a time or is a year, no
# column's cells are mostly years or dates, and the year is in no cell nor in the table's name or title (a table
# of the 2000 election answers "... in 2000"). "What was Japan's savings ratio in 1965?", "In what year was the
# Carnethy record set?", "When did ... open?". Of WikiSQL's dev questions, no "in YEAR" one meets it (0 of 238)
# and 2 of 351 that ask when ("When did France come in second?", of a table whose `Second` holds names).
_IN_YEAR = re.compile(r"\b(?:in|during) (?P<year>1[89]\d\d|20\d\d)\b")
_ASKS_DATE = re.compile(r"^(?:(?:in |during )?(?:what|which) (?:calendar |fiscal )?(?:year|date|day|month|season)"
                        r"|on what (?:date|day)|what (?:is|was) the date\b)\b")
_ASKS_WHEN = re.compile(r"^when (?:did|was|were|is|are|does|do)\b")
_TIME_HEADER_WORDS = frozenset("""year years yr date dates season seasons month months day days week weeks period era
    decade founded established opened built born birth since joined released elected""".split())
_CLOCK_HEADER_WORDS = frozenset("""time times when term tenure from until to january february march april may june july
    august september october november december""".split())   # what "when" may also mean
_YEAR_TEXT = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_DATE_TEXT = re.compile(_YEAR_TEXT.pattern + r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{1,2}:\d\d"
                        r"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*\d", re.IGNORECASE)


def _dated(table: Table, words: frozenset[str] = _TIME_HEADER_WORDS) -> bool:
    """Whether some column of `table` holds a time: its header has one of `words` or is a year ("1997"), or at
    least half its cells are years or dates; or a header is another's with a year's last two digits (`count` and
    `count11`, the count of 2011: the columns are of two times; not `pop15` and `pop75`, of two ages)."""
    names = {str(name).strip().lower() for name in table.header}
    if any(year_of(name) is not None and len(year_of(name)) == 2 and re.sub(r"[ _.]?\d\d$", "", name) in names
           for name in names):
        return True
    for column, name in enumerate(table.header):
        if _words(readable_header(str(name))) & words or _YEAR_TEXT.search(str(name)):
            return True
        cells = [str(row[column]) for row in table.rows if row[column] not in (None, "")]
        if cells and 2 * sum(bool(_DATE_TEXT.search(cell)) for cell in cells) >= len(cells):
            return True
    return False


def _numbers_days(table: Table, query: Query | None) -> bool:
    """Whether the query selects a column headed `time` whose cells are whole numbers (days counted from a start;
    not a race's time, 39.75), or one that names each row by an identifier (`row ID` 'Row95321', `rownames`): the
    rows are the days a table of daily records asks about."""
    if query is None or query.sel >= len(table.header):
        return False
    header = str(table.header[query.sel])
    if (is_row_names(header) or _words(header) <= {"row", "id", "index", "obs"}) and len(table.rows) >= 2:
        cells = table.cells(query.sel)
        return len(cells) == len(table.rows) and len(set(cells)) == len(cells)
    if not _words(readable_header(header)) & {"time", "times"}:
        return False
    cells = [row[query.sel] for row in table.rows if row[query.sel] not in (None, "")]
    return bool(cells) and all(is_whole(cell) for cell in cells)


def _without_named_rows(question: str, query: Query | None) -> str:
    """The question without each `=` condition's text value and the word after it, the noun of the row it names
    ("When was the Las Condes station accredited?" -> "When was the accredited?")."""
    for condition in query.conds if query is not None else ():
        value = str(condition.value).strip()
        if condition.operator == 0 and re.search(r"[A-Za-z]", value):
            question = re.sub(rf"(?<!\w){re.escape(value)}(?:\s+[A-Za-z]+)?", " ", question, flags=re.IGNORECASE)
    return question


def time_not_held(question: str, table: Table, query: Query | None = None) -> str | None:
    """The time the question asks about ("in 1965", "what year", "when") when nothing in the table is dated
    (see above), or None. A date or time asked is not declined when the column the model selects is one the
    question names ("When did France come in second?" selecting `Second`)."""
    text = " ".join(question.lower().split())
    year = _IN_YEAR.search(text)
    if year is not None:
        asked, words = year["year"], _TIME_HEADER_WORDS
    elif _ASKS_DATE.match(text):
        asked, words = "a date", _TIME_HEADER_WORDS
    elif _ASKS_WHEN.match(text):
        asked, words = "a time", _TIME_HEADER_WORDS | _CLOCK_HEADER_WORDS
    else:
        return None
    if year is None and _names_selected(_without_named_rows(question, query), table, query):   # the selected
        return None   # column says when (not the noun after a row's name: "the Las Condes station" of `station_code`)
    if asked == "a date" and re.match(r"^(?:on )?(?:what|which) days?\b", text) and _numbers_days(table, query):
        return None   # "Which day had the highest sne?" selecting `time`, the days counted 0, 1, 2 ...
    if _dated(table, words):
        return None
    if year is not None and _holds_year(table, asked):
        return None
    return asked


def _holds_year(table: Table, year: str) -> bool:
    """Whether the table's title, a header or a cell says `year`, or a header is written with its last two digits
    (`count11` of 2011, `sal87` of 1987; year_of: not `pop15` of 1965)."""
    held = re.compile(rf"(?<![\d.,]){year}(?!\d|[.,]\d)")
    return bool(held.search(table.title)) or any(held.search(str(header)) or year_of(str(header)) == year[2:]
                                                 for header in table.header) or any(
        cell == int(year) if isinstance(cell, (int, float)) else held.search(str(cell))
        for row in table.rows for cell in row if cell is not None)


def year_not_in_the_years(question: str, table: Table) -> tuple[str, str, bool] | None:
    """(the question's year, the column, whether the column counts periods) when the question asks about a calendar
    year and nothing in the table (title, header or cell) holds it, where the table's time columns count their own
    periods (`year` 1, 2, ... 15: no cell says a year or date; "airline 4's cost in 1990") or a column headed as years
    (`year`, `season`) holds only whole years ("Messi's base salary in 2023" of 2024 salaries); else None."""
    year = _IN_YEAR.search(" ".join(question.lower().split()))
    if year is None or _holds_year(table, year["year"]):
        return None
    def cells(column: int) -> list:
        return [row[column] for row in table.rows if row[column] not in (None, "")]
    timed = [column for column, name in enumerate(table.header)   # not `years` (in the majors): a duration
             if _words(readable_header(str(name))) & {"year", "yr", "season"}]
    if timed and all(cells(column) and not any(_DATE_TEXT.search(str(cell)) for cell in cells(column))
                     for column in timed):
        return year["year"], str(table.header[timed[0]]), True
    for column, name in enumerate(table.header):
        if _words(readable_header(str(name))) <= {"year", "yr", "season"} and cells(column) and all(
                _YEAR_TEXT.fullmatch(str(cell).strip().removesuffix(".0")) for cell in cells(column)):
            return year["year"], str(name), False
    return None


def year_not_held(question: str, table: Table, query: Query | None) -> tuple[str, str, str] | None:
    """(header, its year, the question's year) when the query reads a column named with a year (`Pop1831`), the
    question asks about another year ("the population of Ain in 1851"), and no header nor cell holds that year;
    else None."""
    years = set(YEAR.findall(question))
    if query is None or len(years) != 1:
        return None
    asked = years.pop()
    columns = [query.sel] + [c.column for c in query.conds]
    named = [(c, year_of(str(table.header[c]))) for c in columns if c < len(table.header)]
    named = [(c, y) for c, y in named if y is not None and len(y) == 4 and y != asked]
    said = re.compile(rf"(?<!\d){asked}(?!\d)")
    if not named or any(said.search(str(header)) for header in table.header) or any(
            said.search(str(cell)) for row in table.rows for cell in row):
        return None
    column, year = named[0]
    return str(table.header[column]), year, asked
