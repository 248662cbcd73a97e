"""Corrections that read dates and stretches of time: a date said whole on the columns that keep its parts, the
table's own year or a whole span or period dropped as a condition, the column written with the year asked
(`X1972`), a day or month as the table writes it, and a column of time units a measure is only counted over.
"""
from __future__ import annotations

import dataclasses
import datetime
import re

from wikisql.corrections.columns import move_columns
from wikisql.corrections.common import holds_no_cell
from wikisql.decoding import NUMERIC_AGGREGATIONS
from wikisql.encoding import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    YEAR,
    is_row_names,
    names_column,
    readable_header,
    singular,
    year_of,
)
from wikisql.query import CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, count_cells, is_missing

_MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTH_NUMBERS |= {short: _MONTH_NUMBERS[name] for short, name in MONTH_ABBREVIATIONS.items()}
_MONTH_NAME = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_WHOLE_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")   # "on 20/8/2009", "on 8/20/2009"
_DATE_PARTS = (   # (pattern, the parts its groups are, in order)
    (_WHOLE_DATE, ("day", "month", "year")),   # tried first; dates_in_parts takes the reading a row holds
    (_WHOLE_DATE, ("month", "day", "year")),
    (re.compile(r"(?<![\d/.])(\d{1,2})/(\d{4})(?![\d/])"), ("month", "year")),   # "in 12/2005"
    (re.compile(r"\bmonth (\d{1,2}) (?:of|in) (\d{4})\b"), ("month", "year")),   # "in month 10 of 2001"
    (re.compile(rf"\b({_MONTH_NAME})\.? (\d{{4}})\b", re.IGNORECASE), ("month", "year")),   # "in March 1995"
    (re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])"), ("month", "day")),   # "on 7/25"
    (re.compile(rf"\b({_MONTH_NAME})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?![\d,])", re.IGNORECASE), ("month", "day")),
)


_DATE_PART_HEADERS = {"day": "day", "dd": "day", "month": "month", "mm": "month", "mon": "month", "year": "year",
                      "yyyy": "year", "yr": "year"}   # (`DD`, `MM`, `YYYY` of a weather file)


def dates_in_parts(question: str, query: Query, table: Table) -> Query:
    """`query` with one `=` condition per part of a date the question writes whole when the table keeps the parts
    in number columns headed month, year or day (or `MM`, `YYYY`, `DD`): "What was the approval rating in month 10
    of 2001?", "in 12/2005", "in March 1995" -> month = 10 AND year = 2001; "on 7/25" -> Month = 7 AND Day = 25;
    "on 20/8/2009" (or 8/20/2009, whichever a row holds) -> Day, Month and Year. Conditions the
    model put on those columns, or whose value is one of the date's numbers, are replaced; `query` itself when no
    row has that date."""
    columns = {}
    for column, (name, kind) in enumerate(zip(table.header, table.types)):
        word = _DATE_PART_HEADERS.get(readable_header(str(name)).strip().lower())
        if kind == "real" and word is not None and word not in columns:
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
        if len(parts) == 3 and not any(all(cell_number(row[columns[part]]) == number
                                           for part, number in numbers.items()) for row in table.rows):
            continue   # (day and month the other way round, or no such day)
        if not 1 <= numbers["month"] <= 12 or not all(count_cells(table, columns[part], number)
                                                       for part, number in numbers.items()):
            return query
        said = {str(value).lower() for value in found.groups()} | {found[0].lower()}
        kept = tuple(c for c in query.conds if c.column not in {columns[part] for part in numbers}
                     and str(c.value).strip().lower() not in said and c.column != query.sel)
        return dataclasses.replace(query, conds=kept + tuple(Condition(columns[part], 0, str(number))
                                                             for part, number in numbers.items()))
    return query


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
    year ("in 1970" of `baseball_batting_1970`, "these 1980 cars" of `auto_mpg_1980`): the table, not a row; so
    does the table's year on a text column that writes it in every cell ("the 2020 GPUs" of `released` 'Feb 10th,
    2020' in `gpu_specs_released_2020`). So
    goes a text column's name of a place or thing that no cell of any column holds and that is a word of the
    table's id or titles ("from O'Hare" of `chicago_ohare_air_routes_1997`, whose rows all leave O'Hare)."""
    years = set(YEAR.findall(table.title))
    title_words = set(re.findall(r"[a-z]+", table.title.lower().replace("'", "").replace("’", "")))
    def table_year(condition: Condition) -> bool:
        if condition.operator != CONDITION_OPS.index("="):
            return False
        if table.types[condition.column] == "text" and str(condition.value).strip() in years:
            year = str(condition.value).strip()   # "the 2020 GPUs" of `released` 'Feb 10th, 2020' in every row
            cells = table.cells(condition.column)
            return bool(cells) and all(re.search(rf"(?<!\d){year}(?!\d)", cell) for cell in cells)
        if table.types[condition.column] == "text":   # a name the title says: one word, no cell anywhere
            value = re.sub(r"['’]", "", str(condition.value).strip().lower())
            return re.fullmatch(r"[a-z]{3,}", value) is not None and value in title_words and not any(
                count_cells(table, column, condition.value) for column in range(len(table.header)))
        return (table.types[condition.column] == "real"
                and str(condition.value).strip() in years and not count_cells(table, condition.column, condition.value))
    kept = tuple(c for c in query.conds if not table_year(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_whole_span(question: str, query: Query, table: Table) -> Query:
    """`query` without an `=` condition of a number column whose value starts or ends a range the question says
    ("from 1935 to 1954", "between 1935 and 1954") that runs from the column's smallest number to its largest: all
    the rows, not the first or last of them ("Total investment by Goodyear from 1935 to 1954" of a table of those
    years); so too for the years of a column of dates ("between 1990 and 2010" of `1990/1/1` ... `2010/10/1`), and a
    decade that holds all of them ("in the 2010s")."""
    def numbers_of(column: int) -> list[float]:
        if table.types[column] == "real":
            return [n for n in (cell_number(row[column]) for row in table.rows) if n is not None]
        years = [YEAR.search(str(row[column])) for row in table.rows if str(row[column] or "").strip()]
        return [float(found[0]) for found in years if found] if years and all(years) else []

    def whole(condition: Condition) -> bool:
        if condition.operator != CONDITION_OPS.index("="):
            return False
        numbers = numbers_of(condition.column)
        text = str(condition.value).strip()
        if not numbers or text.lower() not in question.lower():
            return False
        decade = re.fullmatch(r"(?:the\s+)?(1[89]\d0|20\d0)'?s", text, re.IGNORECASE)
        if decade:   # "in the 2010s" of a table of 2010-2019
            return int(decade[1]) <= min(numbers) and max(numbers) <= int(decade[1]) + 9
        said = re.search(r"\b(?:from|between)\s+(\d[\d,.]*)\s+(?:to|and|through|until|-)\s+(\d[\d,.]*)\b", question,
                         re.IGNORECASE)
        return said is not None and text in (said[1], said[2]) and cell_number(said[1]) == min(numbers) \
            and cell_number(said[2]) == max(numbers)
    kept = tuple(c for c in query.conds if not whole(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


# The words of a value that names the stretch of time a table covers rather than some of its rows: "Total traded
# value over the quarter?", "the average over this period": a noun of _PERIOD_NOUNS, maybe with _PERIOD_FILLERS.
_PERIOD_NOUNS = frozenset("period quarter month week year season summer winter spring autumn fall stretch span".split())
_PERIOD_FILLERS = frozenset("whole entire this the two three four six twelve".split())
_QUARTER = re.compile(r"\bq([1-4])\b|\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b", re.IGNORECASE)
_QUARTER_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def iso_day(cell: object) -> datetime.date | None:
    """The day of a cell written `2008-10-01` (maybe with a time after it, `2008-09-15 00:00:00+00:00`), else None."""
    found = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\b", str(cell))
    try:
        return datetime.date(int(found[1]), int(found[2]), int(found[3])) if found else None
    except ValueError:
        return None


def _year_and_month(cell: object) -> tuple[int, int] | None:
    """The year and month of a cell holding one day, `1989-12-01` (iso_day) or `Sep 01, 1927`."""
    text = str(cell).strip()
    day = iso_day(text)
    if day is not None:
        return day.year, day.month
    written = re.fullmatch(r"([A-Za-z]{3,9})\.?\s+\d{1,2},?\s+(\d{4})", text)
    word = written[1].lower() if written else ""
    month = MONTH_ABBREVIATIONS.get(word[:3])
    if month is not None and (month.startswith(word) or word == "sept"):
        return int(written[2]), MONTH_NAMES.index(month) + 1
    return None


def days_of(table: Table, column: int) -> list[tuple[int, int]] | None:
    """The year and month of each day a column of days holds (four in five of its cells or more are days), else
    None."""
    cells = [cell for cell in (row[column] for row in table.rows) if not is_missing(cell)]
    days = [day for day in (_year_and_month(cell) for cell in cells) if day is not None]
    return days if cells and 5 * len(days) >= 4 * len(cells) else None


def _period_said(question: str) -> tuple[set[int], set[int]]:
    """The years and months a question names: "in September and October 2008" {2008}, {9, 10}; "the summer of
    1989/90" {1989, 1990}, {}; "Q4 2018" {2018}, {10, 11, 12}. "may" is a month only before a day or a year."""
    years = {int(year) for year in re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d,])", question)}
    years |= {int(first[:2] + second) for first, second in re.findall(r"(?<!\d)((?:19|20)\d\d)\s*[/-]\s*(\d\d)(?!\d)",
                                                                    question)}
    text = question.lower()
    months = {MONTH_NAMES.index(name) + 1 for name in MONTH_NAMES if name != "may" and re.search(rf"\b{name}\b", text)}
    if re.search(r"\bmay\s+\d", text):
        months.add(5)
    for quarter in _QUARTER.finditer(question):
        number = int(quarter[1]) if quarter[1] else _QUARTER_NUMBERS[quarter[2].lower()]
        months |= {3 * number - 2, 3 * number - 1, 3 * number}
    return years, months


def drop_whole_period(question: str, query: Query, table: Table) -> Query:
    """`query` without an `=` condition on a column of days whose value no cell holds and that names the stretch of
    time every row falls in: the years and months the question says hold all the rows' days ("the highest 10-year
    yield in September and October 2008" of a table of those two months: not `Time Period = 'October 2008'`; "the
    summer of 1989/90", "Q4 2018"), or the value is only a word for a stretch of time ("over the quarter", "this
    period"). The question asks about the whole table; a period that leaves rows out stays (and is declined)."""
    def whole(condition: Condition) -> bool:
        if not holds_no_cell(condition, table):
            return False
        days = days_of(table, condition.column)
        if days is None:
            return False
        value = str(condition.value).lower()
        words = {singular(word) for word in re.findall(r"[a-z]+|\d+", value)}
        if words & _PERIOD_NOUNS and words <= _PERIOD_NOUNS | _PERIOD_FILLERS:
            return True
        value_years, value_months = _period_said(str(condition.value))
        if re.search(r"\d", re.sub(r"(?<!\d)(?:19|20)\d\d(?:\s*[/-]\s*\d\d)?(?!\d)|\bq[1-4]\b", "", value)):
            return False   # a day or an hour ("27 July 2020", "2001-01-05 08:00:00"), not a stretch of time
        years, months = _period_said(question)
        return bool(value_years or value_months) and bool(years or months) and all(
            (not years or year in years) and (not months or month in months) for year, month in days)
    kept = tuple(c for c in query.conds if not whole(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def year_columns(question: str, query: Query, table: Table) -> Query:
    """`query` with its selected, ordered and number-compared columns moved to the column of the same name written
    with the year the question asks about: "Where was the Republican vote lowest in 1972?" orders by `X1972`, not
    `X1968`; "Who had the most hits in 1986?" by `hits86`, not the career `hits`; "How many states gave him more
    than 60 percent in 1972?" counts `X1972 > 60`. Only when the question says one year, the
    column's name without its digits is the same and not empty, and no condition already holds that year; a column
    headed by a year alone moves (a condition on it too) to the one headed by the year said ("In 1899, how many of
    these territories were held by China?": `1899 = 'China'`, not `1840`). An
    ordering by a column written with no year that no question word names goes to the one column of a family of
    three or more (`pcgdp1940` ... `pcgdp2000`) written with that year."""
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
        if said(column):
            return column
        if not stem(column):   # a header that is a year only (`1840`, WikiSQL's `2010`): to the one headed with
            bare = [c for c in range(len(table.header))   # the year said, if there is one (`1899`) and no
                    if c != column and not stem(c) and table.types[c] == table.types[column] and said(c)   # condition
                    and c not in query.given_columns()]   # gives it ("Which year has a 2011 of 1r?": not `2011`)
            return bare[0] if len(bare) == 1 and year_of(str(table.header[column])) is not None else column
        siblings = [c for c in range(len(table.header))
                    if c != column and stem(c) == stem(column) and table.types[c] == table.types[column] and said(c)]
        return siblings[0] if len(siblings) == 1 else column
    def into_family(column: int) -> int:   # "the lowest per capita income in 1960" ordered by `inegi2`, a code no
        if year_of(str(table.header[column])) is not None or names_column(   # word names, of a table whose
                re.findall(r"[a-z]+", question.lower()), str(table.header[column]), question):   # `pcgdp1960` is
            return column                                                                     # the year's column
        written = [c for c in range(len(table.header)) if c != column and table.types[c] == table.types[column]
                   and said(c) and stem(c) and sum(stem(o) == stem(c) for o in range(len(table.header))) >= 3]
        return written[0] if len(written) == 1 else column
    return move_columns(query, moved, ordered=lambda column: into_family(moved(column)),
                        compared=lambda c: table.types[c.column] == "real" or not stem(c.column))
    #   "more than 60 percent in 1972": `X1972 > 60`, not `X1860 > 60`; "In 1899, how many ... were held by China?":
    #   `1899 = 'China'`, not `1840 = 'China'`


_CALENDAR = ("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
             "august september october november december").split()


def calendar_cells(query: Query, table: Table) -> Query:
    """`query` with an `=` value no cell of its column holds that names a day of the week or a month ("Monday",
    "Fridays", "January") written as the table writes it: its three-letter abbreviation, or the full name where the
    value is the abbreviation (`day_of_week` 'mon', 'fri'), in the one text column that holds it (moved there when
    another column was decoded: "on the Wednesday with ..." decoded `date = 'Wednesday'`) and has no other
    condition. Unchanged when no column or several hold it."""
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        value = str(condition.value).strip().lower().rstrip(".")
        name = value[:-1] if value.endswith("s") and value[:-1] in _CALENDAR else value
        if condition.operator != CONDITION_OPS.index("=") or not holds_no_cell(condition, table):
            continue
        full = name if name in _CALENDAR else next((day for day in _CALENDAR if len(name) == 3 and day[:3] == name),
                                                   None)
        if full is None:
            continue
        used = {c.column for i, c in enumerate(conds) if i != k}
        found = {(column, cell) for column, kind in enumerate(table.types) if kind == "text" and column not in used
                 for cell in table.cells(column) if cell.lower().rstrip(".") in (full, full[:3])}
        if len({column for column, _ in found}) == 1 and len({cell.lower() for _, cell in found}) == 1:
            column, cell = min(found)
            conds[k] = Condition(column, condition.operator, cell)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)
