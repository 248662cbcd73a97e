"""Corrections of a decoded query, read from the question and the table's cells and headers.

The decoders (wikisql/decoding.py) take each part of the query from the model's scores. The
functions here take that query, the question and the table, and return the query with what the
question says and the model missed or misread: a total that is a SUM, not a COUNT ("the total
number of ..."), a condition whose value the question implies (`sex = 'F'` for "women"), a number
said about a header rather than a row ("under 15" of `pop15`), a value cut short or put on the
wrong column. Each returns its query unchanged when its case does not apply, so they compose; the
prediction engine (wikisql/engine.py, `Predictor._decode`) runs them in order after decoding.
Nothing here executes SQL: where a rule needs the number of rows a query matches, the engine
passes a `rows_matched` callback.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import itertools
import re
from typing import Callable, Collection, Sequence

from wikisql.content import cell_key, in_no_cell, is_a_cell
from wikisql.database import reads_as_number
from wikisql.decoding import (
    AVG,
    COMPARISON_WORDS,
    COUNT,
    FUNCTION_WORDS,
    NOT_A_NOUN,
    NOT_COLUMN_WORDS,
    NUMERIC_AGGREGATIONS,
    SUM,
    TOTAL_WORDS,
    operator_of_comparison,
)
from wikisql.encoding import (
    MAX_CONDITIONS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NUMBER_WORDS,
    YEAR,
    EncodedExample,
    bundled_vocabulary,
    counted_noun,
    header_readings,
    is_row_names,
    names_column,
    numbered_row_nouns,
    numbers_units,
    percentile_readings,
    plain_header,
    readable_header,
    singular,
    year_of,
)
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, column_numbers, count_cells, holding, is_missing, mostly_numbers

# A column whose numbers name or order rows rather than measure them: summing them means nothing.
ORDINAL_HEADER_WORDS = frozenset("""rank code no number id position pos pick round year season week game place seed
    order draft overall""".split())


def orders_rows(header: str) -> bool:
    """Whether a header names or orders rows (a word of ORDINAL_HEADER_WORDS: `Rank`, `Pick`, `Year`), not a word
    followed by a number that says which one the column measures (`round_1`, `Week 3`: a golfer's strokes in round
    1, a score in week 3), which adds up."""
    tokens = re.findall(r"[a-z]+|\d+", str(header).lower())
    return any(token in ORDINAL_HEADER_WORDS and not (i + 1 < len(tokens) and tokens[i + 1].isdigit())
               for i, token in enumerate(tokens))


def sum_for_total(item: EncodedExample, query: Query, rows_matched: Callable[[Query], int]) -> Query:
    """COUNT or no aggregation of a number column, with conditions that hold for two rows or more
    (`rows_matched`), when the question asks for the total of that column ("What is the total population
    of Oceania?", "... the total market value of the companies in the Media category?"): SUM. So does a COUNT
    of the column "the total number of" names when two rows or more hold the conditions ("the total number of
    doubles hit by NYN players"; of the 94 official dev predictions that say so, the conditions of 93 hold for
    one row at most and stay as decoded). Not for a column that names or orders rows (`Rank`, `Code`, `Pick`:
    orders_rows). Also, with or without conditions, when the question adds the column up
    (adds_up: "altogether", "add up", "in total"), and the total of a column of counts (`Count`, `n`) whatever the
    question calls what it counts ("total cancer deaths in Ontario"). aggregate_unconditioned decides other queries
    without conditions."""
    if query.agg not in (0, COUNT) or query.order is not None or len(item.header) <= query.sel:
        return query
    header = item.header[query.sel]
    if item.column_types[query.sel] != "real" or is_row_names(header) or numbers_units(header):   # a data frame's
        return _count_of_a_total(item, query, rows_matched)   # row numbers (or `obs`) add up to nothing ("How many
        #                                                       animals ... in total?")
    reading = header_readings(item.header, item.question)[query.sel] or ""   # "the 8-month scores": `bdi.8m`
    if query.agg == 0 and query.conds and asks_average_of(item.question, header, reading):
        return dataclasses.replace(query, agg=AVG) if rows_matched(query) >= 2 else query
    text_headers = [h for h, kind in zip(item.header, item.column_types) if kind == "text"]
    total_number = query.agg == COUNT and _asks_of(r"total (?:number|amount) of", item.question, header, reading)
    counts = query.agg == 0 and _COUNTS_HEADER.fullmatch(header.strip()) is not None and re.search(
        r"\b(?:total|sum|combined)\b", item.question, re.IGNORECASE) is not None   # "total cancer deaths in
    #                                                                               Ontario" of a `Count` column
    if not (query.conds and (asks_total_of(item.question, header, reading) or total_number or counts)) and \
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
    if any("total" in header_tokens(item.header[c])
           and asks_total_of(item.question, item.header[c], readings[c]) for c in given):
        return query   # "taller than 1.5 m in total height": `total_height`, a condition's column
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


# The aggregation head's log p(no aggregation) of the selected column at and above which a COUNT of one row is read
# as that row's number (value_of_one_row); measured in benchmarks/RESULTS.md (2026-12-05).
ONE_ROW_VALUE_FLOOR = -1.5


# "how many" of an amount, not of rows: "How many thousand miles of roads ...", "How many US dollars does ... cost?",
# "How many telephones (in thousands) ..."
_AMOUNT_ASKED = re.compile(r"^\s*how\s+many\s+(?:hundreds?|thousands?|millions?|billions?|(?:us\s+)?dollars|euros"
                           r"|pounds)\b|\bin\s+(?:hundreds|thousands|millions|billions)\b"
                           r"|(?:^|,)\s*how\s+many\s+(?:[a-z-]+\s+){1,2}per\s+(?!cent\b)[a-z]",   # a rate: "How many
                           re.IGNORECASE)   # packs per person ...", "In 1988, how many points per game ..."


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
            or table.types[query.sel] != "real" or any(c.operator != 0 for c in query.conds)
            or numbers_the_rows(table, query.sel)):   # "How many children have oedema y?": not child 181's `id`
        return query
    if no_aggregation < floor and not _AMOUNT_ASKED.search(question):
        asked = re.match(r"\s*how many ((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", question.lower())
        said = asked is not None and names_column([singular(w) for w in asked[1].split()],
                                                  str(table.header[query.sel]), question)
        if not (said and any(is_row_names(table.header[c.column]) for c in query.conds)):
            return query
    return dataclasses.replace(query, agg=0) if rows_matched(query) == 1 else query


def extreme_of_one_row(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """MAX or MIN of a column of text whose conditions keep one row, read as that row's cell: "On which day did the
    minimum reach 20.5 degrees?" decoded MIN(Date) WHERE Temp = 20.5 asks for the day, and the alphabetical extreme
    of one cell is the cell (not declined as an alphabetical extreme of many). Not where the question counts things
    ("Which country has the most companies in the top 300?": a count per group). `rows_matched`: the rows the
    query's conditions keep."""
    if query.agg not in (AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN")) or query.order is not None \
            or not query.conds or table.types[query.sel] != "text" \
            or re.search(r"\b(?:most|fewest|least)\b", question, re.IGNORECASE):
        return query
    return dataclasses.replace(query, agg=0) if rows_matched(query) == 1 else query


def total_of_whole_column(question: str, query: Query, table: Table) -> Query:
    """COUNT of a whole number column (no condition, no ordering), or the column itself, when the question asks for
    the total of the column it names ("Total timber volume of all the cherry trees?" on `Volume`, "the total male
    population of all the listed countries" decoded SELECT PopMale): SUM, as aggregate_unconditioned decides at
    decoding; this applies after a condition the model decoded was dropped (`rownames = 'all the cherry
    trees'`)."""
    if query.agg not in (0, COUNT) or query.conds or query.order is not None or table.types[query.sel] != "real":
        return query
    if query.agg == 0 and re.search(r"\b(?:each|every|per)\b", question, re.IGNORECASE):
        return query   # "the total capital expenditure on each continent": a total per group, declined later
    words = [singular(word) for word in re.findall(r"[a-z]+", question.lower())]
    if TOTAL_WORDS.search(question) and not orders_rows(str(table.header[query.sel])) and names_column(
            [w for w in words if w not in NOT_COLUMN_WORDS], str(table.header[query.sel]), question):
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
    if not _ADDS_UP.search(question) or orders_rows(header):
        return False
    counted = re.search(r"\bhow\s+many\s+([\w-]+)", question, re.IGNORECASE)
    return counted is None or not any(names_column([singular(counted[1].lower())], text, question)
                                      for text in text_headers)


_COUNT_THE = re.compile(r"^\s*count\s+(?:the|all|how|[a-z]+s)\b(?!.*\b(?:sum|total|average|mean)\b)", re.IGNORECASE)


def count_when_told(question: str, query: Query) -> Query:
    """`query` with COUNT when the question tells to count the rows ("Count the days where seeding is yes.") and the
    model decoded no aggregation; not "Count the sum of Pop (2004) ...", a SUM."""
    if query.agg != 0 or query.order is not None or not _COUNT_THE.search(question):
        return query
    return dataclasses.replace(query, agg=COUNT)


HOW_MANY = re.compile(r"\s*how\s+many\b", re.IGNORECASE)   # with .match: the question starts so


def count_not_row_numbers(question: str, query: Query, table: Table) -> Query:
    """`query` with COUNT when the question asks "how many" (not "how many times") and the model read the column
    that only numbers the rows (`rownames`, `obs`, `id` with a cell of its own in every row) plainly or summed it:
    "How many MCD bushes are taller than 1.5 m?" decoded SUM(obs), "How many children have oedema y?" decoded SELECT
    id; the numbers of the rows add up to nothing."""
    if query.agg not in (0, AGGREGATION_OPS.index("SUM")) or query.order is not None or not HOW_MANY.match(question) \
            or re.match(r"\s*how\s+many\s+times\b", question, re.IGNORECASE) or table.types[query.sel] != "real":
        return query
    if not numbers_the_rows(table, query.sel) or (query.agg == 0 and not query.conds):
        return query
    return dataclasses.replace(query, agg=COUNT)


def numbers_the_rows(table: Table, column: int) -> bool:
    """Whether a column only numbers the rows: a data frame's row names, a study's units (`obs`), or an `id`, `no`
    or `index` with a cell of its own in every row."""
    header = str(table.header[column])
    return is_row_names(header) or numbers_units(header) or (
        plain_header(header) in ("id", "no", "no.", "index") and len(set(table.cells(column))) == len(table.rows))


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


def count_by_an_averaged_condition(question: str, query: Query, table: Table) -> Query:
    """`query` with COUNT when the question asks "how many" and the model decoded AVG, but "average" (or "mean")
    is said of a condition's column, not of the selected one: "How many months had an average temperature below 2
    degrees?" decoded AVG(month) WHERE temp < 2 counts the months (not "How many average laps for ...", WikiSQL's
    AVG(Laps))."""
    if query.agg != AVG or query.order is not None or not HOW_MANY.match(question):
        return query
    words = re.findall(r"[a-z0-9]+", question.lower())
    said = [words[at + 1] for at, word in enumerate(words[:-1]) if word in ("average", "mean")]
    conditioned = {c.column for c in query.conds} - {query.sel}
    if not said or names_column([singular(said[0])], str(table.header[query.sel]), question) or not any(
            names_column([singular(said[0])], str(table.header[column]), question) for column in conditioned):
        return query
    return dataclasses.replace(query, agg=COUNT)


_HOW_MANY_WORDS = re.compile(r"\s*how\s+many\s+((?:[a-z'.-]+\s+){0,2}[a-z'.-]+)", re.IGNORECASE)
# What "how many" asks of: not rows when it is an amount a column holds ("How many people attended ...?" of
# `Attendance`, "How many points ...?"), whether or not a header names it
_AMOUNT_NOUNS = frozenset("""people persons viewers spectators fans visitors attendees votes points goals runs
    dollars euros pounds miles kilometers kilometres km meters metres feet inches yards kg kilograms tons tonnes
    grams litres liters gallons hours minutes seconds percent copies units""".split())


_IRREGULAR_PLURALS = {"women": "woman", "men": "man", "children": "child", "mice": "mouse", "geese": "goose",
                      "teeth": "tooth", "oxen": "ox", "people": "person"}   # "How many women ...?" counts rows too
_RUN_ENDS = frozenset("""a an the of in on at to for by from with and or as is are was were be been did does do has have
    had will would can could there than that which who whose where when""".split())


def count_the_rows_asked(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """`query` with COUNT when the question asks "how many" of a plural noun that names none of the table's number
    columns nor the selected one ("How many patients were in the BtheB arm?" decoded SELECT rownames WHERE
    treatment = 'BtheB'; "How many launches happened below 65 degrees?" SELECT nFailures WHERE Temperature < 65),
    the model decoded no aggregation, and the conditions keep two rows or more (`rows_matched`): no row's number
    is the answer then. Not an amount ("How many people ...": _AMOUNT_NOUNS). A number column headed with the
    noun itself, singular, of whole numbers mostly its own (`Pig` for "How many pigs ...?", pig numbers), numbers
    the rows' things and counts nothing: it is counted too, and so is a SUM the model decoded of it; so is a
    selected column of text that names each row once (`customerID` for "How many customers are on a Two year
    contract?"). The rows are
    counted on a column without missing cells (the selected one if it has none)."""
    asked = _HOW_MANY_WORDS.match(question)
    if asked is None or query.agg not in (0, SUM) or query.order is not None:
        return query
    run = []
    for word in asked[1].lower().split():
        if word in _RUN_ENDS:
            break
        run.append(word)
    plural = [word for word in run if word.isalpha() and (singular(word) != word or word in _IRREGULAR_PLURALS)]
    if not plural or plural[-1] in _AMOUNT_NOUNS:
        return query
    noun = _IRREGULAR_PLURALS.get(plural[-1], singular(plural[-1]))
    def numbers_the_noun(column: int) -> bool:   # `Pig` for "pigs": whole numbers, mostly of their own (not `carat`)
        if " ".join(str(table.header[column]).split()).lower() != noun:
            return False   # (the header first: the cells are read only for the column so headed)
        cells = [cell_number(row[column]) for row in table.rows if not is_missing(row[column])]
        return bool(cells) and all(cell is not None and cell == int(cell) for cell in cells) \
            and 2 * len(set(cells)) >= len(cells)
    if query.agg == SUM and not numbers_the_noun(query.sel):
        return query
    named = [c for c, kind in enumerate(table.types)   # (the row names read as the noun asked: they count it;
             #                                             `customerID` '2928-HLDBA' too, counted by COUNT)
             if (kind == "real" or c == query.sel) and not is_row_names(table.header[c])
             and not (names_each_row(table, c) and not mostly_numbers(table.cells(c)))
             and not numbers_the_noun(c) and names_column([noun], table.header[c], question)
             and not _more_than_said(table.header[c], noun, question)]
    if named or rows_matched(query) < 2:
        return query
    complete = [c for c in range(len(table.header)) if not any(is_missing(row[c]) for row in table.rows)]
    sel = query.sel if query.sel in complete or not complete else complete[0]   # COUNT skips missing cells
    return dataclasses.replace(query, sel=sel, agg=COUNT)


_HEADER_FILLERS = frozenset("""a an the of in on at to for by from with and or as per number num no total count
    amount""".split())


def _more_than_said(header: str, noun: str, question: str) -> bool:
    """Whether a header that names the counted noun says two more words the question does not, or ends in another
    plural noun it does not say: a narrower count than the question's, or one of other things ("How many bookings
    were on a Contract?" of `previous_bookings_not_canceled` and of `booking_changes`, "How many Complementary
    stays were there?" of `stays_in_week_nights`); "not" counts, as it turns the noun round."""
    said = {singular(word) for word in re.findall(r"[a-z0-9]+", question.lower())}
    words = re.findall(r"[a-z0-9]+", readable_header(str(header)).lower())
    if noun not in map(singular, words):   # (a header that names it otherwise, `baths` for "bathrooms", does)
        return False
    unsaid = [word for word in words if singular(word) not in said and singular(word) != noun
              and word not in _HEADER_FILLERS]
    return len(unsaid) >= 2 or (words[-1] in unsaid and singular(words[-1]) != words[-1])


def count_on_complete_column(question: str, query: Query, table: Table) -> Query:
    """`query` with its COUNT moved to a column that has a cell in every row the conditions keep, when the
    counted column misses one there and the question does not say its header: COUNT skips missing cells, so "How
    many liquids have a dielectric constant above 30?" decoded COUNT(fit_d), a fit parameter most liquids lack,
    counts the liquids that have one. The column is a condition's, else the leftmost complete one; `query` itself
    when none is complete or the header is said ("How many rows have a fit_d?")."""
    if query.agg != COUNT or query.order is not None or query.sel >= len(table.header):
        return query
    header = " ".join(str(table.header[query.sel]).lower().split())
    if header and header in " ".join(question.lower().split()):
        return query
    rows = kept_rows(table, query.conds)
    def complete(column: int) -> bool:
        return not any(is_missing(row[column]) for row in rows)
    if not rows or complete(query.sel):
        return query
    column = next((c for c in [c.column for c in query.conds] + list(range(len(table.header))) if complete(c)), None)
    return query if column is None else dataclasses.replace(query, sel=column)


def arithmetic_on_numbers(question: str, query: Query, table: Table) -> Query:
    """`query` with a SUM or AVG of a column of text (cells mostly no numbers: `faa` codes, '54 263') moved to the
    one number column the question's words name that no condition uses ("Average altitude of the airports whose tz
    is -10?" decoded AVG(faa): `alt`); where the words name none, to the table's one column of measured numbers
    (not ordering rows, more than two numbers) unless the question says the selected header: "the average breach
    size for ..." decoded AVG(breach_end) of a table whose only such column is `Individuals_Affected`; else as it
    is (declining.arithmetic_of_text declines it where the cells are words or dates: "the average star rating" of
    `Rating`)."""
    if query.agg not in (SUM, AVG) or query.sel >= len(table.header) or table.types[query.sel] != "text" \
            or mostly_numbers([cell for cell in table.cells(query.sel) if not is_missing(cell)]):
        return query
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower()) if w not in _RUN_ENDS]
    conditioned = {condition.column for condition in query.conds}
    named = [c for c, kind in enumerate(table.types)
             if kind == "real" and names_column(nouns, str(table.header[c]), question)]
    free = [c for c in named if c not in conditioned]
    if len(free) == 1:
        return dataclasses.replace(query, sel=free[0])
    said = {singular(w) for w in re.findall(r"[a-z]+", question.lower())}
    selected = {singular(w) for w in re.findall(r"[a-z]+", readable_header(str(table.header[query.sel])).lower())}
    if named or selected <= said:
        return query   # "the average star rating" of `Rating`, a column of text: declined
    measures = [c for c, kind in enumerate(table.types) if kind == "real" and not orders_rows(str(table.header[c]))
                and len({cell_number(cell) for cell in table.cells(c)} - {None}) > 2]   # (not a 0/1 flag)
    return dataclasses.replace(query, sel=measures[0]) if len(measures) == 1 else query


def names_each_row(table: Table, column: int) -> bool:
    """Whether a column of text names each row once: a cell in every row, no two alike (case aside)."""
    cells = table.cells(column, lower=True)
    return table.types[column] == "text" and len(cells) == len(table.rows) and len(set(cells)) == len(cells)


def kept_rows(table: Table, conds: Sequence[Condition]) -> list[list]:
    """The rows of `table` that may meet every condition (_keeps)."""
    return [row for row in table.rows if all(_keeps(row, condition) for condition in conds)]


def _keeps(row: Sequence[object], condition: Condition) -> bool:
    """Whether a row may meet a condition: the same cell for `=` (holding), a number above or below for `>` and
    `<`; every row for a comparison with a value that is no number (which the database reads its own way)."""
    if condition.operator == CONDITION_OPS.index("="):
        return holding(condition.value)(row[condition.column])
    cell, value = cell_number(row[condition.column]), cell_number(condition.value)
    if value is None:
        return True
    if cell is None:
        return False
    return cell > value if condition.operator == CONDITION_OPS.index(">") else cell < value


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
    return (said is not None and not orders_rows(header)
            and names_column([singular(w) for w in re.findall(r"[a-z]+", said[1].lower())], header, question,
                             reading or None))


# A condition value that is a quantifier, not a row's cell: "the total distance of all the races" decoded
# `name = 'all'` or `name = 'total'`, "How many occupations are there of each type?" `type = 'each type'`.
_QUANTIFIER_VALUE = re.compile(r"(?:all|total|any|every|each|overall|altogether|combined|together|whole|single)"
                               r"(?:\s+\w+)?|per",
                               re.IGNORECASE)


def drop_header_numbers(query: Query, table: Table, question: str = "") -> Query:
    """`query` without its conditions whose number is one its column's header is written with (`pop15 < 15` for
    "the largest share of people under 15", `pop75 > 75` for "over 75"): the number names the column. Not for a
    header that is a number only (`15122`: WikiSQL's questions give such a column its own name as a value). Nor
    those on a number column whose number the question says only as the end of a span of years ("in 2011-12"
    decoded `count11 = 12`): a time, not an amount. Nor a code the header labels (coded_labels). Also without a
    condition on a number that the question says with the unit some header glues it to ("the average wind speed at
    10 metres" of `WINDSPEED_10M`: not `TEMPERATURE_MIN > 10`)."""
    def named(condition: Condition) -> bool:
        header = str(table.header[condition.column])
        number = cell_number(condition.value)
        if str(condition.value).strip() in coded_labels(header).values():
            return False   # `Public (1)/ Private (2) = 1`: a code the header labels, not its name
        return (number is not None and re.search(r"[A-Za-z]", header) is not None
                and any(float(digits) == number and not said_twice(digits)
                        for digits in re.findall(r"\d+(?:\.\d+)?", header)))

    def said_twice(digits: str) -> bool:   # glued to a letter as the header writes it, and alone: "the gases with a
        number = re.escape(digits)         # 100yr GWP below 100" (not "1 owner and 1 full-timer" of `inv1`)
        return re.search(rf"(?<![\d.])(?:[A-Za-z]{number}|{number}[A-Za-z])", question) is not None and \
            re.search(rf"(?<![\w.]){number}(?![\w]|\.\d)", question) is not None

    def year_end(condition: Condition) -> bool:
        value = str(condition.value).strip()
        if table.types[condition.column] != "real" or re.fullmatch(r"\d\d", value) is None:
            return False
        said = re.findall(rf"(?<![\w.,])(?:(?:1[89]|20)\d\d\s?[-–/]\s?)?{re.escape(value)}(?![\w]|[.,]\d)", question)
        return bool(said) and all(len(s) > len(value) for s in said)
    glued = {(float(number), unit.lower()) for header in table.header   # `WINDSPEED_10M`: 10 and m
             for number, unit in re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)([A-Za-z]+)", str(header))}

    def unit_of_a_header(condition: Condition) -> bool:   # "the wind speed at 10 metres" of `WINDSPEED_10M`
        number = cell_number(condition.value)
        units = tuple(unit for glued_number, unit in glued if glued_number == number)
        return bool(units) and any(cell_number(said[1]) == number and said[2].lower().startswith(units)
                                   for said in re.finditer(r"(?<![\w.])(\d+(?:\.\d+)?)\s+([A-Za-z]+)", question))
    kept = tuple(condition for condition in query.conds
                 if not named(condition) and not year_end(condition) and not unit_of_a_header(condition))
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


_SHORT_CODE = re.compile(r"[A-Z][a-z]|[A-Za-z][0-9]")   # `Zx`, `Cw`, `A1`: not `No`, `ID`, `pa`
_TWO_LETTER_WORDS = FUNCTION_WORDS | frozenset("no go so up us we he me my oh ok hi mr ms dr st vs".split())


def _short_code_written(header: str, question: str) -> bool:
    """Whether a two-character code of a capital and a small letter, or of a letter and a digit (a section's `Zx`,
    `Cw`), is written in the question as the header writes it, case and all, as a word and not its first: "the
    plastic section modulus Zx of W12X65" (not "No. of ...", nor "Is ...")."""
    header = header.strip()
    return (_SHORT_CODE.fullmatch(header) is not None and header.lower() not in _TWO_LETTER_WORDS
            and re.search(r"(?<=[\w,;:(] )" + re.escape(header) + r"(?![\w]|\.\w)", question) is not None)


def select_the_code_said(question: str, query: Query, table: Table) -> Query:
    """`query` selecting the column whose code the question writes out when its own select column is neither written
    nor read in the question and the code is used nowhere else in the query: "varp97 of field 25" decoded SELECT
    p97 selects `varp97`. Only one such code; never for COUNT (which counts rows whatever column it names), nor an
    aggregate of numbers over a text column."""
    if query.agg == AGGREGATION_OPS.index("COUNT"):
        return query
    text = question.lower()
    def written(header: str) -> bool:
        return header.strip().lower() in text and \
            re.search(r"(?<![\w.])" + re.escape(header.strip().lower()) + r"(?![\w]|\.\w)", text) is not None
    codes = [c for c, header in enumerate(table.header) if _is_code(str(header)) and written(str(header))
             or _short_code_written(str(header), question)]
    used = {query.sel, *(c.column for c in query.conds if table.types[c.column] != "real" or cell_number(c.value)
                         is not None or not _short_code_written(str(table.header[c.column]), question)),
            *((query.order.column,) if query.order else ())}   # (not a short code's number column holding a word:
    #                                            "Zx of W12X65" decoded `Zx = 'W12X65'`, which goes to `shape` later)
    free = [c for c in codes if c not in used]
    if len(free) != 1 or query.sel in codes or (query.agg != 0 and table.types[free[0]] != "real"):
        return query
    words = set(re.findall(r"[a-z]+", text))
    read = not _short_code_written(str(table.header[free[0]]), question) and \
        header_readings(table.header, question)[query.sel]   # (`Zx` written as the header writes it: not `PC` read
    #                                                          as "plastic")
    if read or {w.lower() for w in re.findall(r"[A-Za-z]{2,}", readable_header(str(table.header[query.sel])))} & words:
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
    year ("in 1970" of `baseball_batting_1970`, "these 1980 cars" of `auto_mpg_1980`): the table, not a row. So
    goes a text column's name of a place or thing that no cell of any column holds and that is a word of the
    table's id or titles ("from O'Hare" of `chicago_ohare_air_routes_1997`, whose rows all leave O'Hare)."""
    years = set(YEAR.findall(table.title))
    title_words = set(re.findall(r"[a-z]+", table.title.lower().replace("'", "").replace("’", "")))
    def table_year(condition: Condition) -> bool:
        if condition.operator != CONDITION_OPS.index("="):
            return False
        if table.types[condition.column] == "text":   # a name the title says: one word, no cell anywhere
            value = re.sub(r"['’]", "", str(condition.value).strip().lower())
            return re.fullmatch(r"[a-z]{3,}", value) is not None and value in title_words and not any(
                count_cells(table, column, condition.value) for column in range(len(table.header)))
        return (table.types[condition.column] == "real"
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
                         re.IGNORECASE) if str(condition.value).strip().lower() in question.lower() else None
        return (bool(numbers) and said is not None and cell_number(condition.value) == min(numbers)
                and cell_number(said[1]) == max(numbers))
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
        if not words or words[0] in FUNCTION_WORDS:
            continue   # "liquid in their standard state": no symbol `In`
        for size in (3, 2, 1):
            said = " ".join(words[:size])
            holders = _holding_columns(table, condition.column, said, ("text",)) if len(words) >= size else []
            if len(holders) == 1 and all(c.column != holders[0] for c in conds) and \
                    distinct(holders[0]) > 2 * distinct(condition.column):
                conds.append(Condition(holders[0], CONDITION_OPS.index("="), said))
                break
    return query if len(conds) == len(query.conds) else dataclasses.replace(query, conds=tuple(conds))


def add_said_kind(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """`query` with `column = cell` added when it looks one value up or counts rows (no other aggregation, no
    ordering), its conditions keep more than one row, and the question says, as whole words, one cell of a text
    column of kinds (two to MAX_KIND_CELLS distinct cells, none of them a condition's or the selected column) that
    keeps some of them: "What is the ivt of the bus for case 18?" of a table with a row per case and mode gets `alt =
    'bus'`, "How many fish of unknown species did sport anglers report in 1980?" `fisher_type = 'Sport'`, "Of the
    cases older than 80, how many are listed as dead?" `Health status = 'Dead'`. Cells of fewer than three letters
    (`Y`, `no`), function words and the name of a column the query reads ("Joly" of `Joly > 3,000`) are never
    read so. `rows_matched`: the rows the query's conditions keep."""
    if query.agg not in (0, COUNT) or query.order is not None or not query.conds \
            or len(query.conds) >= MAX_CONDITIONS:
        return query
    used = {c.column for c in query.conds} | {query.sel}
    text = " ".join(question.lower().split())
    values = [" ".join(str(c.value).lower().split()) for c in query.conds]
    selected = set(header_tokens(table.header[query.sel]))
    headers = {" ".join(str(table.header[c]).lower().split()) for c in used}   # "Joly" of a `Joly > 3,000`: the
    #                                                                         name of a column the query reads
    found = []
    for column, kind in enumerate(table.types):
        if kind != "text" or column in used:
            continue
        cells = set(table.cells(column))
        if not 2 <= len({cell.lower() for cell in cells}) <= MAX_KIND_CELLS:
            continue
        for cell in cells:
            key = " ".join(cell.lower().split())
            if len(re.findall(r"[a-z]", key)) < 3 or key in FUNCTION_WORDS or key in ("yes", "none") \
                    or key in selected or key in headers or any(key in value for value in values) \
                    or key not in text or not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text):
                continue
            found.append(Condition(column, CONDITION_OPS.index("="), cell))
    def rows(conds: tuple[Condition, ...]) -> int:   # the rows kept, whether or not the selected cell is empty
        return rows_matched(dataclasses.replace(query, sel=conds[0].column, conds=conds))
    if len(found) != 1 or rows(query.conds) <= 1 or rows(query.conds + (found[0],)) < 1:
        return query
    return dataclasses.replace(query, conds=query.conds + (found[0],))


_COMPARED = re.compile(r"\b(" + "|".join(word.replace(" ", r"\s+") for op in (">", "<")
                                         for word in COMPARISON_WORDS[CONDITION_OPS.index(op)])
                       + r")\s+(?:an?\s+|the\s+)?[$£€]?\s?(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\w.,]*\d)"
                       r"(?![A-Za-z])",
                       re.IGNORECASE)


def compare_the_aggregated_column(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]
                                  ) -> Query:
    """`query` with `column op number` for the one number the question compares with ("cheaper than $700", "below
    1") that no condition uses, on the number column it aggregates, when nothing compares that column yet and the
    three words right before the comparison name it (encoding.names_column): "What's the largest aneb value below
    1?" decoded MAX(aneb) gets `aneb < 1`. Not for COUNT, whose column is often the rows' noun ("How many sites
    shallower than 1,000 m ...?" of `site`). Kept only when some row passes. `rows_matched`: the rows a query's
    conditions keep."""
    if query.agg in (0, COUNT) or query.order is not None or table.types[query.sel] != "real" \
            or any(c.column == query.sel for c in query.conds) or len(query.conds) >= MAX_CONDITIONS:
        return query
    values = [str(c.value) for c in query.conds]
    compared = [m for m in _COMPARED.finditer(question)
                if not any(re.search(rf"(?<![\d.]){re.escape(m[2])}(?![\d.])", value) for value in values)]
    if len(compared) != 1:
        return query
    match = compared[0]
    before = [singular(w) for w in re.findall(r"[a-z0-9]+", question[:match.start()].lower())[-3:]]
    if not names_column(before, str(table.header[query.sel]), question):
        return query   # the words before the comparison name the column: "aneb value below 1", "insurance cheaper"
    comparison = Condition(query.sel, operator_of_comparison(match[1]), match[2].replace(",", ""))
    added = dataclasses.replace(query, conds=query.conds + (comparison,))
    return added if rows_matched(added) > 0 else query


_WORD = re.compile(r"\w(?:[\w'’.&/-]*\w)?")   # a word, with the punctuation inside it ("St.", "Guinea-Bissau")
MAX_CELL_WORDS = 6


def add_the_cells_said(question: str, query: Query, table: Table, columns_of: Callable[[str], set[int]],
                       rows_matched: Callable[[Query], int]) -> Query:
    """`query` with `column = cell` for each whole cell of a text column that the question says as words, when the
    query would answer with a whole column (no condition, aggregation or ordering, two rows or more): "How tall, in
    mm, must a China visa photo be?" decoded `iso2 = 'in'`, which was dropped, gets `country = 'China'`. The longest
    cell where said cells overlap; the leftmost column where several hold it; not the selected column, nor a cell
    of fewer than three letters, a function word, or a header's words (WikiSQL repeats headers as rows); kept only
    when the rows they pick are some but not all. Also a number that is a cell of one number column and of no
    header ("the infant mortality in the country of 9981334 people"), and for a COUNT of all rows a cell of any
    text column, the counted one too ("How many patients are listed as deceased?"). `columns_of`: the columns
    that hold a text as a cell; `rows_matched`: the rows a query's conditions keep."""
    if query.conds or query.order is not None or len(table.rows) < 2:
        return query
    counted = query.agg == COUNT   # "How many patients are listed as deceased?": `state = 'deceased'`
    #         (and "Highest daily rate for a Transient-Party booking": MAX(adr) of those rows)
    header_words = [set(re.findall(r"[a-z0-9]+", str(header).lower())) for header in table.header]
    header_numbers = {number for header in table.header for number in re.findall(r"\d+(?:\.\d+)?", str(header))}
    words = list(_WORD.finditer(question))
    said: list[tuple[int, int, int, str]] = []   # (start, end, column, text)
    for first in range(len(words)):
        for last in range(first, min(len(words), first + MAX_CELL_WORDS)):
            start, end = words[first].start(), words[last].end()
            text = question[start:end]
            if first == last and re.fullmatch(r"\d+(?:\.\d+)?", text) and query.agg == 0:   # a number of one column:
                columns = sorted(c for c in columns_of(text) if table.types[c] == "real" and c != query.sel)
                if len(columns) == 1 and text not in header_numbers and not re.search(   # "the country of 9981334
                        r"\b(?:all|these|those)\s+$", question[:start], re.IGNORECASE):   # people" (not "per 1000
                    said.append((start, end, columns[0], text))   # births" of a header, nor "over all 100 runs")
                continue
            lowered = set(re.findall(r"[a-z0-9]+", text.lower()))
            columns = sorted(c for c in columns_of(text) if table.types[c] == "text" and (counted or c != query.sel))
            if not columns or len(re.findall(r"[A-Za-z]", text)) < 3 or text.lower() in FUNCTION_WORDS \
                    or lowered in header_words or (len(text) <= 3 and text.islower()):   # ("per capita": no `PER`)
                continue
            said.append((start, end, columns[0], text))
    longest = [(column, text) for start, end, column, text in said
               if not any(a <= start and end <= b and (a, b) != (start, end) for a, b, _, _ in said)]
    conds = tuple(Condition(column, CONDITION_OPS.index("="), text)
                  for column, text in dict.fromkeys(longest))[:MAX_CONDITIONS]
    if not conds or len({c.column for c in conds}) < len(conds):
        return query
    kept = rows_matched(dataclasses.replace(query, sel=conds[0].column, conds=conds))
    return dataclasses.replace(query, conds=conds) if 0 < kept < len(table.rows) else query


# "What was the highest closing level ...?", "What's the lowest the index traded?": a value at an extreme
_EXTREME_VALUE = re.compile(r"^\s*what(?:'s|\s+is|\s+was|\s+were|\s+are)\s+the\s+(?P<word>highest|lowest|maximum|"
                            r"minimum|max|min|largest|smallest|biggest|greatest)\b(?P<rest>[^?]*)", re.IGNORECASE)


def extreme_of_a_whole_column(question: str, query: Query, table: Table) -> Query:
    """`query` answering with a whole number column (no condition, aggregation or ordering) read as its MAX or MIN
    when the question asks "What is the highest / lowest ...": "What's the highest the Nikkei traded during the
    quarter?" decoded SELECT High. The one other number column the words after the superlative name, up to a
    preposition, is taken instead, the one of fewest words where several are ("the highest closing level of the
    index" decoded SELECT High: `Close`, not `Adj Close`)."""
    asked = _EXTREME_VALUE.match(question)
    if asked is None or query.conds or query.agg != 0 or query.order is not None or table.types[query.sel] != "real":
        return query
    agg = AGGREGATION_OPS.index("MAX") if asked["word"].lower() in ("highest", "maximum", "max", "largest", "biggest",
                                                                     "greatest") else AGGREGATION_OPS.index("MIN")
    words = list(itertools.takewhile(lambda word: word not in _PHRASE_END_WORDS,
                                     re.findall(r"[a-z0-9]+", asked["rest"].lower())))
    nouns = [singular(word) for word in words]
    named = [c for c, kind in enumerate(table.types)
             if kind == "real" and c != query.sel and nouns and names_column(nouns, str(table.header[c]), question)]
    length = {c: len(re.findall(r"[A-Za-z]+", readable_header(str(table.header[c])))) for c in named}
    plainest = [c for c in named if length[c] == min(length.values())]   # `Close`, not `Adj Close`
    return Query(plainest[0] if len(plainest) == 1 else query.sel, agg, ())


_PHRASE_END_WORDS = frozenset("of in on at for during among across over from by the a an".split())


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
    cells = set(table.cells(column))
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
    one-letter code stands for ("at high tension": `H`; letter_code), or without the full stop or question mark of
    the question's end ("the stability of Mo.": `Mo`)."""
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
        elif (condition.operator == 0 and table.types[condition.column] == "text" and value.rstrip(".?!") != value
              and value.rstrip(".?!") and not count_cells(table, condition.column, value)
              and count_cells(table, condition.column, value.rstrip(".?!"))):
            condition = dataclasses.replace(condition, value=value.rstrip(".?!"))   # "... of Mo.": `Mo`
        elif condition.operator == 0 and table.types[condition.column] == "text" \
                and not count_cells(table, condition.column, value):
            code = letter_code(value, table, condition.column)   # "at high tension": `H`
            if code is not None:
                condition = dataclasses.replace(condition, value=code)
        conds.append(condition)
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def cells_as_written(query: Query, table: Table) -> Query:
    """`query` with each `=` text value that a cell holds only once both are stripped written as that cell is
    (`Sub-Saharan Africa ` with the space a real table's cell keeps): the database compares the text as written.
    Values that are cells as they are, or that two differently written cells hold, are left."""
    conds = []
    for condition in query.conds:
        value = str(condition.value)
        if condition.operator == 0 and table.types[condition.column] == "text":
            written = {str(row[condition.column]) for row in table.rows if row[condition.column] is not None
                       and str(row[condition.column]).strip().lower() == value.strip().lower()}
            if len(written) == 1 and value.lower() not in {cell.lower() for cell in written}:
                condition = dataclasses.replace(condition, value=written.pop())
        conds.append(condition)
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


_PER_WORDS = frozenset("night day week month year hour head person piece game season".split())   # "a night": per


def drop_function_word_values(question: str, query: Query) -> Query:
    """`query` without its `=` conditions whose value is a function word the question only says as one ("What
    is the capital city of ...?": not `iso2Code = 'IS'`, Iceland's code; "Southernmost capital in the list?": not
    India's `IN`). Kept where the question writes it with a capital after its first word ("whose symbol is In",
    "the 2nd string of Do") or after an article ("the do Mode": a note), and a letter alone ("type a patients":
    `Type = 'a'`)."""
    def said_as_a_word(value: str) -> bool:
        found = list(re.finditer(rf"(?<![\w'’]){re.escape(value)}(?![\w'’])", question, re.IGNORECASE))
        return bool(found) and all(
            (match.group(0).islower() or match.start() == 0)
            and not re.search(r"\b(?:the|a|an)\s+$", question[:match.start()], re.IGNORECASE) for match in found)
    def article(value: str) -> bool:   # "bookings on a Contract", "for a Transient-Party booking": not `A`
        if value != "a" or re.search(r"(?<=\s)A(?![\w'’])", question):   # ("a result of A": WikiSQL's away game)
            return False
        found = list(re.finditer(r"(?<![\w'’])a(?![\w'’])", question))
        def before(match: re.Match) -> str:
            return (re.search(r"(?:^|\s)([a-z]+)\s+$", question[:match.start()]) or [None, ""])[1]
        def after(match: re.Match) -> str:
            return (re.match(r"\s+([\w-]+)", question[match.end():]) or [None, ""])[1].lower()
        return bool(found) and all((before(match) in FUNCTION_WORDS and before(match) != "of"
                                    and after(match) and after(match) not in FUNCTION_WORDS)
                                   or after(match) in _PER_WORDS for match in found)   # "in euros a night": per
    kept = tuple(c for c in query.conds if not (c.operator == 0 and (
        (str(c.value).strip(" ,;:").lower() in FUNCTION_WORDS and len(str(c.value).strip(" ,;:")) >= 2
         and said_as_a_word(str(c.value).strip(" ,;:"))) or article(str(c.value).strip(" ,;:").lower()))))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


# units written as letters right after a number: "14 g of fiber", "a 5 m rise", "30 km"
_UNIT_LETTERS = frozenset("g kg mg m km cm mm l ml s h ft lb oz in mi".split())


def drop_unit_values(question: str, query: Query) -> Query:
    """`query` without its `=` conditions whose value is a unit the question writes right after a number ("Which
    cereal has 14 g of fiber?" decoded `fiber = 14 AND mfr = 'g'`, where `G` is a maker's code)."""
    def unit(condition: Condition) -> bool:
        value = str(condition.value).strip()
        return condition.operator == 0 and value.lower() in _UNIT_LETTERS and re.search(
            rf"\d\s?{re.escape(value)}(?![\w'’])", question) is not None
    kept = tuple(c for c in query.conds if not unit(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_counted_number_words(question: str, query: Query, table: Table) -> Query:
    """`query` without its `=` conditions on a text column whose value is a number word the question says before a
    plural noun, a count of the rows asked for, when no cell of the column holds it ("the three species with the
    highest aspect ratio" decoded `Species = 'three'`), or the number of the table's rows said after "all", "these"
    or "those" ("the total weight of all 31 men" decoded `oxy = '31'`; "the average close over these 59 sessions"
    decoded `Open > 59`, a comparison whatever the column holds)."""
    def counts_rows(value: str) -> bool:
        return any(singular(match[1].lower()) != match[1].lower() for match in re.finditer(
            rf"(?<![\w'’-]){re.escape(value)}\s+([a-z]+)\b", question, re.IGNORECASE))
    def all_rows(value: str) -> bool:   # "the total weight of all 31 men" of a table of 31 rows
        return value == str(len(table.rows)) and re.search(rf"\b(?:all|these|those)\s+{re.escape(value)}\s+[a-z]+",
                                                           question, re.IGNORECASE) is not None
    def held(condition: Condition) -> bool:   # a cell of its column, as text or as a number
        value = str(condition.value).strip()
        return not holds_no_cell(condition, table) and (table.types[condition.column] == "text" or any(
            cell_number(cell) == cell_number(value) for cell in table.cells(condition.column)))
    kept = tuple(c for c in query.conds if not (
        (str(c.value).strip().lower() in NUMBER_WORDS and holds_no_cell(c, table) and counts_rows(str(c.value).strip()))
        or (all_rows(str(c.value).strip()) and (c.operator != 0 or not held(c)))))   # ("over these 59 sessions":
    #                                                                              not `Open > 59`)
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


_LETTER_CODE = re.compile(r"\b(?P<count>two|three|four|2|3|4)[- ]letters?\s+(?:[a-z]+\s+){0,2}"
                          r"(?:code|abbreviation|identifier|id|symbol)s?\b(?P<after>\s+[^\s?.!,]+)?", re.IGNORECASE)


def code_of_its_length(question: str, query: Query, table: Table) -> Query:
    """The one text column whose codes all have as many letters as "the two-letter code" says (an ISO code of 2
    letters beside one of 3): selected when the question asks for that code ("Two-letter code for Norwegian
    Bokmål?", "three-letter code of the Channel Islands"), or given the value said right after it ("Which
    language has the two-letter code kw?"). `query` itself without one such column."""
    said = _LETTER_CODE.search(question)
    if said is None:
        return query
    letters = NUMBER_WORDS[said["count"].lower()]
    def coded(column: int) -> bool:
        cells = table.cells(column)
        return table.types[column] == "text" and len(cells) >= 2 and all(
            len(cell) == letters and cell.isalnum() and not cell.isdigit() for cell in cells)
    columns = [c for c in range(len(table.header)) if coded(c)]
    if len(columns) != 1:
        return query
    column = columns[0]
    value = said["after"].strip() if said["after"] else ""
    if len(value) == letters and count_cells(table, column, value):   # "the two-letter code kw"
        conds = [c for c in query.conds if not (c.operator == 0 and str(c.value).strip().lower() == value.lower())]
        if any(c.column == column for c in conds) or len(conds) >= MAX_CONDITIONS:
            return query
        return dataclasses.replace(query, conds=(*conds, Condition(column, 0, value)))
    if query.sel == column or query.agg != 0 or any(c.column == column for c in query.conds):
        return query
    return dataclasses.replace(query, sel=column)


def move_to_holding_column(query: Query, table: Table, question: str = "") -> Query:
    """`query` with each `=` condition whose value no cell of its text column holds (holds_no_cell) moved to the
    one other text column that has it as a whole cell (tables.count_cells), when no other condition is on that
    column: "the combined Asian population of the HAU counties" decoded `county = 'HAU'` is `category = 'HAU'`.
    A value said in the plural that no cell holds is read in the singular ("the lanthanoids": the cell
    `lanthanoid`), in its column or moved the same way. A value that is a cell of two or more columns goes to the
    one of them the question's words name (`question`; "intentionally walked 43 times": not `hr`, one of several
    columns with a 43), else stays, as one of no column does (declining.impossible_condition). A word on a number
    column moves later, once the superlatives are read (words_off_number_columns)."""
    conds = list(query.conds)
    for index, condition in enumerate(conds):
        if _number_held_elsewhere(condition, table):   # `Asia = 1,411` of a table where only `Africa` has 1,411
            holder = _one_holder(_holding_columns(table, condition.column, condition.value, ("real",)), table,
                                 question, condition.value)
            if holder is not None and holder not in {c.column for c in conds}:
                conds[index] = dataclasses.replace(condition, column=holder)
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
            holders = _holding_columns(table, condition.column, value, kinds)
            if holders:
                column = _one_holder(holders, table, question, value)
                if column is not None and column not in used:
                    conds[index] = dataclasses.replace(condition, column=column, value=value)
                break
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def words_off_number_columns(query: Query, table: Table, question: str = "") -> Query:
    """`query` with each `=` condition of a number column whose value is no number moved to the one text column
    that has it as a whole cell (as move_to_holding_column moves text): "How many pedestrians passed 45 Queen
    Street between 8:00-8:59?" decoded `8 Darby Street NS = '8:00-8:59'` is `hour = '8:00-8:59'`. After the
    superlatives are read, which take such a condition as the model pointing at the column it orders by."""
    conds = list(query.conds)
    for index, condition in enumerate(conds):
        if table.types[condition.column] != "real" or condition.operator != CONDITION_OPS.index("=") or \
                cell_number(condition.value) is not None:
            continue
        holder = _one_holder(_holding_columns(table, condition.column, condition.value, ("text",)), table, question,
                             condition.value)
        if holder is not None and holder not in {c.column for c in conds}:
            conds[index] = dataclasses.replace(condition, column=holder)
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def drop_clause_values(query: Query, table: Table) -> Query:
    """`query` without its `=` conditions on a text column whose value is a clause of four words or more that no
    cell holds, where every cell of the column is a word or two ("Egypt's UN mission rack up before the 2002
    crackdown" on a column of country codes): a span that ran on, no value."""
    def clause(condition: Condition) -> bool:
        if condition.operator != CONDITION_OPS.index("=") or table.types[condition.column] != "text" \
                or len(str(condition.value).split()) < 4:
            return False   # (the column's cells are read only for such a value)
        cells = table.cells(condition.column)
        return bool(cells) and all(len(cell.split()) <= 2 for cell in cells) and holds_no_cell(condition, table)
    kept = tuple(c for c in query.conds if not clause(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def _one_holder(holders: Sequence[int], table: Table, question: str, value: object) -> int | None:
    """The one column of `holders` (columns that have `value` as a cell), else the one of them the question's words
    name (names_column), else the first when they all hold it in the same rows (`Region` and `Detailed_Region` both
    'NY Metro - Long Island': either keeps the same rows), else None."""
    if len(holders) == 1:
        return holders[0]
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    named = [c for c in holders if nouns and names_column(nouns, str(table.header[c]), question)]
    if len(named) == 1:
        return named[0]
    holds = holding(value)
    rows = {tuple(holds(row[c]) for row in table.rows) for c in holders}
    return holders[0] if holders and len(rows) == 1 else None


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
    ("lighter than 0.3 Jupiter masses"); for an `=` whose word before names neither, the word after it ("Which c6a
    instance (c6a.metal platform) ...", "the two r6a.metal-platform sizes": `platform`, not also `id`; not before a
    list: "an unaffected Partial thromboplastin time, Platelet count, and ..."). Not a word in a list ("less than 1
    gold and silver": both). Where that word names several of them, the word before it too ("production HHI below
    3000": `HHI_production`, not also `HHI_reserve`)."""
    for condition in query.conds:
        value = str(condition.value).strip().lower()
        raw = re.findall(r"[\w.,'-]+" if "-" in value else r"[\w.,']+", question.lower())   # "r6a.metal-platform"
        words = [w.rstrip(".,") for w in raw]
        sharing = [c for c in query.conds if c.operator == condition.operator and str(c.value).strip().lower() == value]
        if len(sharing) < 2 or len(value.split()) != 1 or words.count(value) != 1:
            continue
        at = words.index(value)
        listing = any(w in ("and", "or") or w.endswith(",") for w in raw[at + 1:])   # "an unaffected Partial
        for step in (-1,) if condition.operator == 0 and listing else (-1, 1):        # thromboplastin time, ..."
            near = next((i for i in (at + step, at + 2 * step, at + 3 * step)   # ("HHI is below 3000")
                         if 0 <= i < len(words) and words[i] not in _FILLERS), None)
            if near is None:
                continue
            listed = any(0 <= i < len(words) and (words[i] in ("and", "or") or raw[i].endswith(","))
                         for i in (near - 1, near + 1) if i != at) or raw[near].endswith(",")
            named = [c for c in sharing if names_column([singular(words[near])], table.header[c.column], question)]
            further = near + step   # "production HHI below 3000" of `HHI_production` and `HHI_reserve`: the word
            if len(named) > 1 and 0 <= further < len(words) and words[further] not in _FILLERS:   # before that too
                named = [c for c in named if names_column([singular(words[further])], table.header[c.column],
                                                          question)]
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
                kept = _one_column_for_a_value(question, first, second, table)
                if kept is not None:   # "the property company ...": not also `Subsector = 'property'`
                    return dataclasses.replace(query, conds=tuple(c for c in query.conds
                                                                  if c is kept or c not in (first, second)))
                continue   # WikiSQL's "a 2r in 2000 and a 2r in 2001": one value for two columns
            given = _values_by_side(question, str(first.value).strip(), first.column, second.column, table)
            if given is None:
                continue
            conds = tuple(dataclasses.replace(c, value=given[c.column]) if c in (first, second) else c
                          for c in query.conds)
            return dataclasses.replace(query, conds=conds)
    return query


def _one_column_for_a_value(question: str, first: Condition, second: Condition, table: Table) -> Condition | None:
    """Of two `=` conditions with one value that the question says once, as a whole word, and that both columns hold:
    the one whose header the question says and the other's not ("customers ... who have churn marked Yes": `Churn`,
    not also `PhoneService`), else the one of the column with fewer distinct cells, the broader kind ("the property
    company": `Sector`, not also `Subsector`); None when the value is said twice (WikiSQL's "a 2r in 2000 and a 2r in
    2001"), both headers are said ("both pole position and fastest lap"), one column names each row, or the columns
    tie."""
    value = str(first.value).strip()
    said = [(a, b) for a, b in _found(question, value) if not question[a - 1:a].isalnum() and
            not question[b:b + 1].isalnum()]
    if len(said) != 1:
        return None
    words, text = said_words(question)
    def header_said(condition: Condition) -> bool:
        tokens = [t for t in header_tokens(str(table.header[condition.column])) if len(t) >= 3]
        return bool(tokens) and all(token_said(t, words, text) for t in tokens if t not in value.lower())
    named = [header_said(c) for c in (first, second)]
    if named[0] != named[1]:
        return first if named[0] else second
    if named[0]:
        return None   # WikiSQL's "races where Will Power had both pole position and fastest lap"
    if names_each_row(table, first.column) or names_each_row(table, second.column):
        return None   # the value is that row's name ("How many vCPUs does c6a.metal have?")
    kinds = [len({str(row[c.column]).strip().lower() for row in table.rows}) for c in (first, second)]
    if kinds[0] != kinds[1]:
        return first if kinds[0] < kinds[1] else second
    return None


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
    column's name without its digits is the same and not empty, and no condition already holds that year. An
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
        if said(column) or not stem(column):   # (a header that is a year only is its own name: WikiSQL's `2010`)
            return column
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
                        compared=lambda c: table.types[c.column] == "real")   # "more than 60 percent in 1972":
    #                                                                  `X1972 > 60`, not `X1860 > 60`


# the words a question says for a header token that tells sibling columns apart (`MinTemp`, `MaxTemp`)
_TOKEN_WORDS = {"min": ("min", "minimum"), "max": ("max", "maximum"),
                "avg": ("avg", "average", "mean"), "am": ("am", "morning"), "pm": ("pm", "afternoon", "evening"),
                "total": ("total", "overall"), "tourney": ("tourney", "tournament"),
                "f": ("female", "females", "women", "woman", "girls"), "w": ("women", "woman", "female", "females"),
                "m": ("male", "males", "men", "man", "boys"), "h": ("male", "males", "men", "man")}   # (`-H`: hommes)


SEX_TOKENS = frozenset("f w m h".split())   # a header's last token for the sex it counts: `Master-F`, `Doctorat-H`
_CODE_TOKENS = frozenset("num no nr code id".split())   # `education-num`: the code of the column `education`


def header_tokens(header: str) -> list[str]:
    """A header's words and times, lower-cased: `Pressure9am` -> pressure, 9am; `capital-loss` -> capital, loss."""
    return re.findall(r"\d+(?:am|pm)|[a-z]+|\d+", readable_header(str(header)).lower())


_SPAN_UNITS = frozenset("day week month year yr hour minute".split())   # `1month`, `30year`: a span of time


def sibling_tokens(header: str) -> list[str]:
    """header_tokens, with a number and the unit of time after it as one token, `1 month` (`1month`, `3-month`,
    `30 Year`), so that `1month` and `1year` differ in one token said as a whole ("the 1-month yield")."""
    tokens = header_tokens(header)
    glued: list[str] = []
    for token in tokens:
        if glued and glued[-1].isdigit() and singular(token) in _SPAN_UNITS:
            glued[-1] = f"{glued[-1]} {singular(token)}"
        else:
            glued.append(token)
    return glued


def said_words(question: str) -> tuple[list[str], str]:
    """What token_said reads of a question: its words (lower-cased, in the singular and as written) and its
    lower-cased text, spaces collapsed."""
    words = re.findall(r"[a-z]+", question.lower())
    return [singular(w) for w in words] + words, " ".join(question.lower().split())


def token_said(token: str, words: Sequence[str], text: str) -> bool:
    """Whether the question (its words and their singulars, its lower-cased text) says a header token: the word
    itself, in the singular or plural, a word it starts (`off` "offensive", `idl` "idle"), a time written `9am` or
    `9 am`, a span of time `1 month` written "1-month" or "1 month" (not "31 months"), or a word _TOKEN_WORDS gives
    for it (`min` "minimum")."""
    time = re.fullmatch(r"(\d+)(am|pm)", token)
    if time:
        return re.search(rf"(?<![\d.]){time[1]}\s*{time[2]}\b", text) is not None
    span = re.fullmatch(r"(\d+) ([a-z]+)", token)   # `1 month` (sibling_tokens): "1-month", "1 month", "1 months"
    if span:
        return re.search(rf"(?<![\d.,]){span[1]}[\s-]*{span[2]}s?\b", text) is not None
    if token in _TOKEN_WORDS:
        return any(word in words for word in _TOKEN_WORDS[token])
    return singular(token) in words or token + "s" in words or token + "es" in words or (
        len(token) >= 3 and any(word.startswith(token) for word in words))   # "doubles" of "Double", `off` "offensive"


def said_sibling_columns(question: str, query: Query, table: Table) -> Query:
    """`query` with a column it selects, orders by or compares moved to the sibling column whose header differs from
    its own in one token (`MaxTemp` and `MinTemp`, `Pressure3pm` and `Pressure9am`, `capital-gain` and
    `capital-loss`) when the question says the sibling's token and not the column's own: "the highest overnight
    minimum temperature" is MAX(MinTemp); "the 9am pressure below 1005" is `Pressure9am < 1005`; "the largest
    capital loss" orders by `capital-loss`; "a 1-month yield above 0.01 and a 30-year yield ..." compares `1month`,
    not `1year` (sibling_tokens); "the most male doctoral students" by `Doctorat-H` (the column's header
    and a sex said: `-F`/`-W` women, `-M`/`-H` men; not "the away team score" for `Away team`). Only to a column of
    the same type that the query does not use already, and only when one sibling is said. A selected code column
    (`education-num`) whose plain sibling the question says (`education`), without its code word or "number",
    selects the plain one."""
    words, text = said_words(question)
    tokens = [sibling_tokens(str(header)) for header in table.header]
    used = {c.column for c in query.conds} | ({query.order.column} if query.order else set()) | (
        {query.sel} if query.agg != AGGREGATION_OPS.index("COUNT") else set())   # (COUNT counts rows)
    def moved(column: int) -> int:
        own = tokens[column]
        spanned = bool(own) and re.fullmatch(r"\d+ [a-z]+", own[0]) is not None   # `1month`: one token
        siblings = []
        for other in range(len(table.header)):
            if other == column or other in used or table.types[other] != table.types[column] \
                    or len(tokens[other]) != len(own) or (len(own) < 2 and not spanned):
                continue
            differ = [(a, b) for a, b in zip(own, tokens[other]) if a != b]
            if len(differ) == 1 and token_said(differ[0][1], words, text) and not token_said(differ[0][0], words,
                                                                                                   text):
                siblings.append(other)
        qualified = [other for other in range(len(table.header))   # `Doctorat` -> `Doctorat-H`: "male doctoral"
                     if other != column and other not in used and table.types[other] == table.types[column]
                     and len(tokens[other]) == len(own) + 1 and tokens[other][:len(own)] == own
                     and tokens[other][-1] in SEX_TOKENS and token_said(tokens[other][-1], words, text)]
        siblings += qualified
        return siblings[0] if len(siblings) == 1 else column
    def named(column: int) -> int:   # "the education of ...": `education`, not its code `education-num`
        own = tokens[column]
        plain = [other for other in range(len(table.header)) if other not in used and len(own) == len(tokens[other]) + 1
                 and [t for t in own if t not in tokens[other]] in ([code] for code in _CODE_TOKENS)
                 and all(token_said(t, words, text) for t in tokens[other])]
        coded = next(t for t in own if t in _CODE_TOKENS) if plain else ""
        return plain[0] if len(plain) == 1 and not token_said(coded, words, text) and "number" not in words else column
    return move_columns(query, moved, selected=lambda column: named(moved(column)) if query.agg == 0 else moved(column),
                        compared=lambda c: c.operator != 0)


_QUALIFIED = re.compile(r"^(?P<plain>[^()]*?\S)\s*\((?P<qualifier>[^()]+)\)\s*$")   # `Cores (P)`, `TDP (Base)`


def unqualified_columns(question: str, query: Query, table: Table) -> Query:
    """`query` with a column headed by another's header and a qualifier in parentheses (`Cores (P)` beside `Cores`)
    moved to the plain one when the question says none of the qualifier's words, nor a word a letter code of it
    starts right before the plain header ("performance cores" for `Cores (P)`): "Which 8-core chips ...?" is
    `Cores = 8`, not `Cores (P) = 8`; for the column selected, ordered by or compared."""
    words, text = said_words(question)
    plain = {" ".join(str(header).lower().split()): c for c, header in enumerate(table.header)}
    used = {c.column for c in query.conds} | {query.sel} | ({query.order.column} if query.order else set())
    def moved(column: int) -> int:
        match = _QUALIFIED.match(str(table.header[column]))
        if match is None:
            return column
        other = plain.get(" ".join(match["plain"].lower().split()))
        head = re.escape(header_tokens(match["plain"])[0]) if header_tokens(match["plain"]) else None
        if other is None or other in used or table.types[other] != table.types[column] or any(
                token_said(token, words, text) or (len(token) <= 2 and head is not None and re.search(
                    rf"\b{token[0]}[a-z]*[\s-]+{head}", text) is not None)   # "performance cores" of `(P)`
                for token in header_tokens(match["qualifier"])):
            return column
        return other
    return move_columns(query, moved)


def head_noun_columns(question: str, query: Query, table: Table) -> Query:
    """`query` with a column headed by one word moved to the column headed by the word the question says right after
    it, the head of the compound: "the birth rate" of `births` beside `rate` is `rate` ("the two lowest birth
    rates", "a birth rate below 15"); for the column selected, ordered by or compared. Only for a plural header said
    in the singular (as English says a noun before its head: not "uncontested seats" of `Uncontested`), every time
    followed by the same other one-word header, of a column of the same type."""
    written = re.findall(r"[a-z]+", question.lower())
    words = [singular(w) for w in written]
    one_word = {}   # a one-word header, singular -> its column (None for a word two headers are)
    for column, header in enumerate(table.header):
        tokens = header_tokens(str(header))
        if len(tokens) == 1 and tokens[0].isalpha():
            word = singular(tokens[0])
            one_word[word] = None if word in one_word else column
    def moved(column: int) -> int:
        tokens = header_tokens(str(table.header[column]))
        own = singular(tokens[0]) if len(tokens) == 1 and tokens[0] != singular(tokens[0]) else None   # `births`
        said = [at for at, word in enumerate(words) if word == own]
        if any(written[at] != own for at in said):   # a plural header said in the singular, as a noun before its
            return column                              # head is ("birth rate"; not "uncontested seats")
        heads = {one_word.get(words[at + 1]) if at + 1 < len(words) else None for at in said}
        head = heads.pop() if len(heads) == 1 else None
        if head is None or head == column or table.types[head] != table.types[column]:
            return column
        return head   # (the question never names the column itself: wherever the query uses it, it meant the head)
    return move_columns(query, moved)


def move_columns(query: Query, moved: Callable[[int], int], selected: Callable[[int], int] | None = None,
                 ordered: Callable[[int], int] | None = None,
                 compared: Callable[[Condition], bool] = lambda condition: True) -> Query:
    """`query` with its selected, ordered and compared columns moved where `moved` (or `selected`, `ordered` for
    those two) puts them; `compared`: which conditions move. A condition moved onto one the query has already is
    dropped. `query` itself when nothing moves."""
    sel = (selected or moved)(query.sel)
    order = query.order if query.order is None else dataclasses.replace(query.order,
                                                                        column=(ordered or moved)(query.order.column))
    conds = tuple(dict.fromkeys(dataclasses.replace(c, column=moved(c.column)) if compared(c) else c
                                for c in query.conds))
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
# the noun after an adjective: "How many hybrid sedans ...?" (tried after _ASKED_NOUN finds no kind)
_SECOND_NOUN = re.compile(r"^(?:which|what|how\s+many)\s+[a-z]+\s+([a-z]+)\b", re.IGNORECASE)
MAX_KIND_CELLS = 8   # a column of kinds: at most this many distinct cells


# a comparative word ("more", "larger", "the larger"), as a regular expression
COMPARATIVE = (r"(?:more|less|fewer|higher|lower|bigger|smaller|larger|heavier|lighter|taller|shorter|longer|"
               r"older|younger|cheaper|costlier|faster|slower|greater|further|farther|earlier|later|hotter|colder|"
               r"deeper|wider|quicker|better|worse|warmer|cooler|wetter|drier|richer|poorer|stronger|weaker|"
               r"thicker|thinner|busier|emptier|fuller|newer|healthier|wealthier|safer|cleaner|dirtier|closer|"
               r"nearer|brighter|darker|sunnier|windier|rainier|calmer)")


# a yes/no question's verb, maybe after a phrase ("On day 40, were there more accidents in 1962 than in 1961?");
# for a question lower-cased, its spaces collapsed
YES_NO = (r"^(?:(?:on|in|at|for|during|among|of|after|before|by)\b[^,?]{1,40},\s*)?"
          r"(?:is|are|was|were|did|does|do|has|have|had)\b")


def cells_joined(text: str, table: Table, column: int, joiner: str = "or",
                 edge: str = r"\w") -> list[tuple[str, str, int, int]]:
    """The pairs of cells of `column` that `text` (lower-cased, spaces collapsed) says joined by `joiner` ("Kern or
    Tulare", "US or the Non-US"), each as (first cell, second cell, start of the first, end of the second); a cell
    is found where no character of `edge` touches it."""
    cells = set(table.cells(column, lower=True))
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
    asked_nouns = list(_ASKED_NOUN.finditer(question.strip()))
    second = _SECOND_NOUN.match(question.strip())
    if second:   # "How many hybrid sedans": sedan (not "noble gas" or "Middle Africa": cells)
        adjective = second[0].split()[-2]
        pairs = (f"{adjective} {second[1]}", f"{adjective} {singular(second[1])}")
        texts = [c for c, kind in enumerate(table.types) if kind == "text"]
        if not any(count_cells(table, c, pair) for c in texts for pair in pairs):
            asked_nouns.append(second)
    for asked in asked_nouns:   # "What was ... of the city with the most ...": city
        group = next(i for i, noun in enumerate(asked.groups(), 1) if noun)
        noun = singular(asked[group].lower())
        if any(singular(str(c.value).strip().lower()) == noun for c in query.conds):
            continue   # "Which ground fire ...": `fire_type = 'Ground'` already, not also `ia_access`
        start = asked.start(group) + (len(question) - len(question.lstrip()))   # (matched in question.strip())
        if any(a <= start < b for c in query.conds if str(c.value).strip()
               for a, b in _found(question, str(c.value).strip())):
            continue   # "How many mining and oil companies ...": the word is a condition's value already
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


_CODE_IN_BRACKETS = re.compile(r"([A-Za-z][A-Za-z -]*?)\s*\(\s*(-?\d+)\s*\)")   # "Public (1)/ Private (2)"
_CODE_EQUALS = re.compile(r"(-?\d+)\s*=\s*([A-Za-z][A-Za-z -]*[A-Za-z])")   # "sex (1=male, 2=female)"


def coded_labels(header: str) -> dict[str, str]:
    """The labels a header gives the number codes of its column, lower-cased, with their codes: `Public (1)/ Private
    (2)` -> {'public': '1', 'private': '2'}; `sex (1=male, 2=female)` -> {'male': '1', 'female': '2'}; {} unless
    two labels or more, each with a code of its own."""
    pairs = _CODE_IN_BRACKETS.findall(str(header)) or [(label, code)
                                                        for code, label in _CODE_EQUALS.findall(str(header))]
    labels = {" ".join(label.lower().split()): code for label, code in pairs}
    return labels if len(labels) >= 2 and len(set(labels.values())) == len(labels) else {}


def coded_label_conditions(question: str, query: Query, table: Table, select: dict[int, float]) -> Query:
    """`query` with `column = code` for a number column whose header labels its codes (coded_labels) when the
    question says one label ("Among the public colleges (code 1), ..." of `Public (1)/ Private (2)`: `= 1`) or one
    code after "code"/"coded" ("How many colleges are coded 1 ...?"), and no condition is on the column yet; a
    condition the model put elsewhere with that code as its value goes (the code said, not another column's). A
    plain selection of that column moves to the select head's likeliest other column (`select`: column -> log p)
    that no condition gives: "Which private college (code 2) ...?" asks for a college, not its code."""
    words = {singular(w) for w in re.findall(r"[a-z]+", question.lower())}
    for column, header in enumerate(table.header):
        labels = coded_labels(str(header))
        if not labels or table.types[column] != "real" or column in {c.column for c in query.conds}:
            continue
        said = {code for code in labels.values() if re.search(rf"\bcoded?\s+{re.escape(code)}\b", question, re.I)} \
            or {code for label, code in labels.items() if set(map(singular, label.split())) <= words}
        code = next(iter(said)) if len(said) == 1 else None
        if code is None or not count_cells(table, column, code):
            continue
        conds = tuple(c for c in query.conds if str(c.value).strip() != code)
        if len(conds) >= MAX_CONDITIONS:
            return query
        conds += (Condition(column, CONDITION_OPS.index("="), code),)
        others = [c for c in select if c not in {condition.column for condition in conds}]
        sel = max(others, key=lambda c: (select[c], -c)) if query.sel == column and query.agg == 0 and others \
            else query.sel
        return dataclasses.replace(query, sel=sel, conds=conds)
    return query


def the_percentile_said(question: str, query: Query, table: Table) -> Query:
    """`query` reading the one column of a family of percentiles whose percentile the question says
    (encoding.percentile_readings: "the 97th percentile height" of `P97`) where it reads another number column that
    no condition gives: its ordering when it orders ("the three ages with the smallest 3rd-percentile BMI"), else
    its selection ("What BMI marks the 95th percentile at 180.5 months?" decoded SELECT `M`)."""
    said = [c for c, reading in enumerate(percentile_readings(table.header, question)) if reading]
    if len(said) != 1 or said[0] in query.given_columns():
        return query
    column = said[0]
    if query.order is not None:
        if query.order.column == column or table.types[query.order.column] != "real":
            return query
        return dataclasses.replace(query, order=dataclasses.replace(query.order, column=column))
    if query.sel == column or table.types[query.sel] != "real" or query.agg == AGGREGATION_OPS.index("COUNT"):
        return query
    return dataclasses.replace(query, sel=column)


_HOW_ADJECTIVE = re.compile(r"^\s*how\s+(?P<adjective>windy|rainy|sunny|snowy|cloudy|foggy|stormy|humid|wet)\s+"
                            r"(?:was|is|were|are|did|does)\b", re.IGNORECASE)


def select_the_measure_asked(question: str, query: Query, table: Table) -> Query:
    """`query` selecting the one number column whose header starts with the noun of the adjective "How ... was it?"
    asks ("How windy was it on 04-JUN-13?": `WINDSPEED_10M`; rainy rain, sunny sun, humid humidity, wet wet...),
    when the model selected another column plainly."""
    asked = _HOW_ADJECTIVE.match(question)
    if asked is None or query.agg != 0 or query.order is not None:
        return query
    adjective = asked["adjective"].lower()
    noun = adjective[:-1] if adjective.endswith("y") else adjective   # windy -> wind, humid -> humid
    named = [c for c, kind in enumerate(table.types) if kind == "real" and c not in query.given_columns()
             and any(token.startswith(noun) for token in header_tokens(str(table.header[c])))]
    return dataclasses.replace(query, sel=named[0]) if len(named) == 1 and named[0] != query.sel else query


# units a question may say -> the header words of what they measure ("corn hectares": an area, `corn_area`)
_UNIT_MEASURES = (
    (frozenset("hectare hectares ha acre acres km2 sqkm".split()), frozenset({"area"})),
    (frozenset("kg kilogram kilograms kilo kilos gram grams pound pounds lb lbs tonne tonnes".split()),
     frozenset({"weight", "mass", "wt"})),
    (frozenset("litre litres liter liters gallon gallons".split()), frozenset({"volume", "vol", "capacity"})),
)


def measure_of_the_unit_said(question: str, query: Query, table: Table) -> Query:
    """`query` with a number column moved to its sibling headed with what a unit the question says measures, when the
    two headers share their other word and the question says none of the column's own: "Total corn hectares in
    county 10?" decoded SUM(corn_pixel) sums `corn_area`; "How many segments have less than 80 hectares of corn?"
    compares `corn_area`; "217 soybean pixels" stays on `soybeans_pixel`. The select moves when the unit is said
    anywhere, a condition when it is said right after its number."""
    words = re.findall(r"[a-z0-9]+", question.lower())
    measures = [(units, measure) for units, measure in _UNIT_MEASURES if units & set(words)]
    if len(measures) != 1:
        return query
    (units, measure), said = measures[0], {singular(word) for word in words}
    tokens = [{singular(token) for token in header_tokens(str(header))} for header in table.header]
    def sibling(column: int) -> int | None:   # `corn_area` of `corn_pixel`, unless "pixels" is said
        own = tokens[column] - _HEADER_FILLERS
        if table.types[column] != "real" or own & measure:
            return None
        shared = [c for c, other in enumerate(tokens) if c != column and table.types[c] == "real"
                  and other & measure and (other - measure) & own and not (own - other) & said]
        return shared[0] if len(shared) == 1 else None
    sel = sibling(query.sel) if query.agg != AGGREGATION_OPS.index("COUNT") else None
    conds = []
    for condition in query.conds:
        value = re.escape(str(condition.value))
        after = re.search(rf"(?<![\w.]){value}\s+([a-z]+)", question.lower()) if condition.operator else None
        moved = sibling(condition.column) if after and after[1] in units else None
        conds.append(condition if moved is None else dataclasses.replace(condition, column=moved))
    changed = dataclasses.replace(query, sel=query.sel if sel is None else sel, conds=tuple(conds))
    return query if changed == query else changed


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
            if m[1].lower() not in _NOT_ROW_NOUNS | NOT_A_NOUN | _NUMBER_VERBS and len(m[1]) >= 3
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


_WINDOW_ENDS = frozenset({"and", "but", "or", "while", "whereas"})
# words around a number that name no column: comparison words ("under", "more than") and function words
_NOT_NAMING = FUNCTION_WORDS | {word for words in COMPARISON_WORDS.values() for phrase in words
                                for word in phrase.split()}


def _words_around(question: str, start: int, end: int, before: int = 4, after: int = 3) -> list[str]:
    """The words right before and after a span of the question (`before` and `after` of them), not past another
    number nor a word that starts another clause ("and", "but")."""
    def take(words: list[str]) -> list[str]:
        kept = []
        for word in words:
            if word in _WINDOW_ENDS or any(char.isdigit() for char in word):
                break
            kept.append(word)
        return kept
    return (take(re.findall(r"[\w.-]+", question[:start].lower())[::-1][:before])[::-1]
            + take(re.findall(r"[\w.-]+", question[end:].lower())[:after]))


# people a question compares by their age without saying "age": "men over 45", "anyone under 30"
_PEOPLE = frozenset("""men women people persons person adults children kids boys girls patients participants subjects
    respondents individuals players runners athletes employees workers residents passengers anyone anybody someone
    somebody everyone those""".split())
_AGED = re.compile(r"\b(?P<who>[a-z]+)\s+(?:aged\s+|who\s+(?:are|were|is|was)\s+)?(?:over|under|above|below|older than|"
                   r"younger than)\s+(?P<number>\d+)\b")


_OLDER_THAN = re.compile(r"\b(?P<who>[a-z]+)\s+(?P<than>older|younger)\s+than\s+(?P<number>\d+)\b")


def compared_by_age(question: str, query: Query, table: Table) -> Query:
    """`query` with a comparison the question says of people without a measure ("How many men over 45 ...?",
    "anyone under 30"), or of anything "older than 80", on the table's `age` column when the model put it on another
    number column that the question does not name (with "older"/"younger", whatever operator it read), and the
    number lies within the ages the table holds."""
    ages = [c for c, name in enumerate(table.header) if table.types[c] == "real"
            and re.fullmatch(r"age(?:\s*\((?:years?|yrs?|y)\))?", " ".join(str(name).lower().split()))]
    if len(ages) != 1:
        return query
    age = ages[0]
    held = [number for number in map(cell_number, table.cells(age)) if number is not None]
    said = {m["number"] for m in _AGED.finditer(question.lower()) if m["who"] in _PEOPLE}
    older = list(_OLDER_THAN.finditer(question.lower()))   # "the cases older than 80", whoever they are
    aged = {m["number"]: CONDITION_OPS.index(">" if m["than"] == "older" else "<") for m in older}
    whose = {singular(m["who"]) for m in older}   # ("cases" names the rows, not `Case #`)
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower()) if singular(w) not in whose]
    compared = {c.operator for c in query.conds if c.column == age}   # the ages compared already that way: left
    def moved(c: Condition) -> Condition:
        value = str(c.value).strip()
        operator = c.operator if c.operator in (1, 2) and value in said else aged.get(value)
        if operator is None or operator in compared or c.column == age or not held \
                or not min(held) <= float(value) <= max(held) \
                or names_column(nouns, str(table.header[c.column]), question):
            return c
        return Condition(age, operator, c.value)
    conds = tuple(map(moved, query.conds))
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


_YEARS_OLD = re.compile(r"(?<![\w.])(\d+)[- ]years?[- ]old\b", re.IGNORECASE)


def aged_as_said(question: str, query: Query, table: Table) -> Query:
    """`query` with the condition the model cut from "an 18-year-old" (`birth.o = '18-year-'`) as `age = 18` on the
    one number column that holds ages: headed `age` or read so (`momage`, "mother's age", encoding.header_readings);
    the question says one such age."""
    said = _YEARS_OLD.findall(question)
    if len(said) != 1:
        return query
    readings = header_readings(table.header, question)
    ages = [c for c, kind in enumerate(table.types) if kind == "real" and (
        "age" in header_tokens(str(table.header[c])) or "age" in (readings[c] or "").split())]
    if len(ages) != 1:
        return query
    cut = re.compile(rf"{said[0]}(?:[- ]years?(?:[- ]old)?[- ]?)?", re.IGNORECASE)
    conds = tuple(Condition(ages[0], CONDITION_OPS.index("="), said[0])
                  if c.operator == 0 and cut.fullmatch(str(c.value).strip()) and str(c.value).strip() != said[0]
                  else c for c in query.conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


_COMPASS_OF = re.compile(r"\b(?P<side>north|south|east|west)\s+of\s+(?:(?:the\s+)?(?:latitude|longitude|lat|lon|"
                         r"long)\s+(?:of\s+)?)?(?P<number>[-−]?\d+(?:\.\d+)?)(?![\w.])")
_COMPASS_HEADERS = {"north": ("lat", "latitude"), "south": ("lat", "latitude"),
                    "east": ("lon", "long", "longitude", "lng"), "west": ("lon", "long", "longitude", "lng")}


def compared_by_compass(question: str, query: Query, table: Table) -> Query:
    """`query` with "north of 45" as `latitude > 45` ("south": <) and "west of -170" as `longitude < -170` ("east":
    >), on the one number column headed as the table's latitude or longitude: "How many places lie south of
    latitude -45?" decoded `lat = 'latitude -45'`. A condition whose value holds the number is replaced; else the
    comparison is added."""
    said = list(_COMPASS_OF.finditer(question.lower()))
    if len(said) != 1:
        return query
    side, number = said[0]["side"], said[0]["number"].replace("−", "-")
    columns = [c for c, name in enumerate(table.header)
               if table.types[c] == "real" and header_tokens(str(name))[:1] in ([h] for h in _COMPASS_HEADERS[side])]
    if len(columns) != 1:
        return query
    comparison = Condition(columns[0], CONDITION_OPS.index(">" if side in ("north", "east") else "<"), number)
    holding = [c for c in query.conds if re.search(rf"(?<![\d.]){re.escape(number.lstrip('-'))}(?![\d])", str(c.value))]
    if len(holding) > 1 or (not holding and len(query.conds) >= MAX_CONDITIONS):
        return query
    conds = tuple(comparison if c in holding else c for c in query.conds) + (() if holding else (comparison,))
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def number_on_its_named_column(question: str, query: Query, table: Table) -> Query:
    """`query` without one of two conditions that take one number the question says once, with the same operator:
    the one whose column the words around the number do not name, when they name the other's ("the mean packpc
    across states with a tax under 40": `tax < 40`, not also `income < 40`; "hemoglobin under 10": `hgb`, not also
    the row numbers). Left when the words name both columns or neither (one_column_per_number reads those), or when
    the number is said of two words joined by "and" or "or" ("less than 1 gold and silver")."""
    drop = set()
    for i, j in itertools.combinations(range(len(query.conds)), 2):
        first, second = query.conds[i], query.conds[j]
        value = str(first.value).strip()
        if i in drop or j in drop or first.operator != second.operator or str(second.value).strip() != value \
                or not re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", value):
            continue
        said = _said(value, question)
        if len(said) != 1:
            continue
        nouns = [singular(w) for w in _words_around(question, said[0].start(), said[0].end())
                 if w not in _NOT_NAMING]
        joined = re.match(r"\W*(?:[a-z]+\s+){1,2}(?:and|or)\s+([a-z]+)", question[said[0].end():].lower())
        if joined and any(names_column([singular(joined[1])], str(table.header[c.column]), question)
                          for c in (first, second)):
            continue   # "less than 1 gold and silver": both columns'
        named = [names_column(nouns, str(table.header[c.column]), question) for c in (first, second)]
        if named == [True, False]:
            drop.add(j)
        elif named == [False, True]:
            drop.add(i)
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
    the selected column or one another condition is on, nor when two or more other columns are divided, unless the
    question names one of them ("north of latitude 47": `lat`, not the county codes). A number
    compared on a text column (not a year) moves the same way ("the days with Brent above $100" decoded `day > 100`)."""
    numbers = functools.cache(functools.partial(column_numbers, table))   # each column read once
    def divides(column: int, operator: int, value: float) -> bool:
        cells = numbers(column)
        if operator == 0:
            return value in cells
        passing = sum((cell > value) if operator == 1 else (cell < value) for cell in cells)
        return 0 < passing < len(cells)
    def a_year(number: float) -> bool:
        return float(number).is_integer() and 1600 <= number <= 2100
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower())]
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        text = table.types[condition.column] == "text"
        written = str(condition.value).strip().lstrip("$€£¥").strip() if text else condition.value   # "$100": 100
        value = cell_number(written)
        if value is None:
            continue
        if text:   # "the days with Brent above $100" decoded `day > '$100'`: a number that divides no text
            if condition.operator == 0 or a_year(value):
                continue   # (a year may compare dates)
        elif table.types[condition.column] != "real" or divides(condition.column, condition.operator, value) \
                or names_column(nouns, table.header[condition.column], question):
            continue
        else:
            own = numbers(condition.column)
            if not own or value in (min(own), max(own)) or all(map(a_year, own)):
                continue   # "fewer than 0 draws" of counts from 0; "before 1922" of years from 1922
        taken = {c.column for c in conds} | {query.sel}
        divided = [c for c, kind in enumerate(table.types) if kind == "real" and c not in taken
                   and divides(c, condition.operator, value)]
        if len(divided) > 1:   # "counties north of latitude 47" divides `lat` and the codes: the one it names
            divided = [c for c in divided if names_column(nouns, table.header[c], question)]
        if len(divided) == 1:
            conds[k] = Condition(divided[0], condition.operator, written)
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
                "all " in question.lower()   # (a cheap test first: patterns made per value are compiled)
                and re.search(rf"\ball (?:the )?{re.escape(value.lower())}\s+[a-z]+s\b", question.lower()) is not None
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
        nouns = [singular(w) for w in near if w not in FUNCTION_WORDS]
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


def drop_numbers_inside_values(question: str, query: Query) -> Query:
    """`query` without a condition whose number the question says only inside another condition's value of one word
    ("the x coordinate of well 34-19S" decoded `rownames = '34-19S' AND por = 34`: the 34 is the well's code's)."""
    spans = {}
    for condition in query.conds:
        value = str(condition.value).strip()
        spans[value] = _found(question, value) if value else []
    def inside(condition: Condition) -> bool:
        number = str(condition.value).strip()
        if not re.fullmatch(r"\d+(?:\.\d+)?", number):
            return False
        said = [(start, end) for start, end in _found(question, number, case=True)   # a whole number
                if not (start and (question[start - 1].isdecimal() or question[start - 1] == "."))
                and not question[end:end + 1].isdecimal()]
        longer = [span for other in query.conds if len(str(other.value).strip()) > len(number)
                  and not re.search(r"\s", str(other.value).strip())   # one code, not a phrase the number ends
                  for span in spans[str(other.value).strip()]]
        return bool(said) and all(any(a <= start and end <= b for a, b in longer) for start, end in said)
    kept = tuple(c for c in query.conds if not inside(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def _cut_cell_said(cell: str, words: Sequence[re.Match], starts: Collection[str] | None = None
                   ) -> tuple[int, int] | None:
    """(start, end) in the question of the words that a cell of two or more words cut short says in full (each cell
    word of three letters or more the start of the question's word, the last one or more cut: `Military Dict` of
    "military dictatorships"); None when the question does not say it so. `starts`: the lower-cased starts, of
    three letters or more, of the question's words (a cell with a word that is none of them is not said)."""
    parts = cell.lower().split()
    if len(parts) < 2 or any(len(part) < 3 or not part.isalpha() for part in parts):
        return None
    if starts is not None and not all(part in starts for part in parts):
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
    starts = {word[0].lower()[:end] for word in words for end in range(3, len(word[0]) + 1)}
    said = [(column, cell, span) for column, kind in enumerate(table.types) if kind == "text"   # (column, cell,
            for cell in {str(row[column]).strip() for row in table.rows}                       # its words' span)
            for span in [_cut_cell_said(cell, words, starts)] if span]
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        value = str(condition.value).strip()
        if condition.operator != CONDITION_OPS.index("=") or table.types[condition.column] != "text" or not value:
            continue
        at = _found(question, value)
        used = {c.column for i, c in enumerate(conds) if i != k}
        found = {(column, cell) for column, cell, span in said if column not in used
                 and any(span[0] <= a and b <= span[1] for a, b in at)}
        if len(found) == 1:
            column, cell = found.pop()
            conds[k] = Condition(column, condition.operator, cell)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


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


# States of matter as tables of substances code them (`State` g, l, s, aq; a solid's form glued on: `sgraphite`): the
# code -> the words a question says for it
_STATES_OF_MATTER = {"g": ("gas", "gases", "gaseous"), "l": ("liquid", "liquids"), "s": ("solid", "solids"),
                     "aq": ("aqueous", "aqueous solution")}


def state_of_matter_cells(question: str, query: Query, table: Table) -> Query:
    """`query` with the state of matter the question says ("gaseous CO2", "Which liquid ...", "in the gas state")
    as the table codes it, in the one text column of such codes (at least two of g, l, s, aq, and most of its cells
    such a code): a value that names the state (`State = 'gas'`) becomes its code, and a condition on that column is
    added when none is there. Unchanged when the question says no state, or several."""
    def coded(column: int) -> bool:
        cells = table.cells(column, lower=True)
        exact = {cell for cell in cells if cell in _STATES_OF_MATTER}
        return len(exact) >= 2 and sum(cell in _STATES_OF_MATTER or cell[:1] == "s" for cell in cells) > len(cells) / 2
    columns = [c for c, kind in enumerate(table.types) if kind == "text" and coded(c)]
    lowered = " ".join(re.findall(r"[a-z]+", question.lower()))
    said = {code for code, words in _STATES_OF_MATTER.items()
            if any(word in lowered and re.search(rf"\b{word}\b", lowered) for word in words)}
    if len(columns) != 1 or len(said) != 1:
        return query
    column, code = columns[0], said.pop()
    cell = next((cell for cell in table.cells(column) if cell.lower() == code), None)
    if cell is None:
        return query
    on_column = [c for c in query.conds if c.column == column]
    if not on_column:
        if len(query.conds) >= MAX_CONDITIONS:
            return query
        return dataclasses.replace(query, conds=query.conds + (Condition(column, CONDITION_OPS.index("="), cell),))
    conds = tuple(Condition(column, c.operator, cell) if c.column == column and c.operator == CONDITION_OPS.index("=")
                  and str(c.value).strip().lower() in _STATES_OF_MATTER[code] else c for c in query.conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def whole_cell_said(question: str, query: Query, table: Table) -> Query:
    """`query` with an `=` value on a text column that is no cell of it, but part of the one longest cell of that
    column the question says whole, replaced by that cell ("the Paco of the Fronius USA: Fronius Symo 24.0-3 480
    [480V]" decoded `Name = '24.0-3 480 [480V]'`): the span stopped at punctuation inside the name. Another `=`
    condition whose value no cell of its column holds and that the question says only inside such a cell is
    dropped ("How much is the Hisense 32\" Class - A45KV Series TV?" decoded `Sub Category = 'Hisense 32'` too)."""
    conds = list(query.conds)
    lowered = question.lower()
    for k, condition in enumerate(conds):
        value = str(condition.value).strip()
        column = condition.column
        if condition.operator != CONDITION_OPS.index("=") or table.types[column] != "text" or not value:
            continue
        cells = set(table.cells(column))
        if is_a_cell(value, cells):
            continue
        said = [cell for cell in cells if value.lower() in cell.lower() and len(cell) > len(value)
                and re.search(rf"(?<!\w){re.escape(cell.lower())}(?!\w)", lowered)]
        longest = [cell for cell in said if len(cell) == max(map(len, said))]
        if len(longest) == 1:
            conds[k] = Condition(column, condition.operator, longest[0])
    whole = [str(c.value).lower() for c, before in zip(conds, query.conds) if c != before]
    conds = tuple(c for c in conds if not (   # and without another value no cell holds that the question says only
        c.operator == CONDITION_OPS.index("=") and str(c.value).strip() and holds_no_cell(c, table)   # inside
        and whole and _said_only_inside(str(c.value).strip().lower(), whole, lowered)))   # that cell ("Hisense 32")
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def _said_only_inside(value: str, cells: Sequence[str], question: str) -> bool:
    """Whether every time the question (lower-cased) says `value` it is inside one of `cells` said whole there."""
    said = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", question)]
    wholes = [(m.start(), m.end()) for cell in cells for m in re.finditer(re.escape(cell), question)]
    return bool(said) and all(any(a <= start and end <= b for a, b in wholes) for start, end in said)


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
        if any(condition.column == column and i not in said for i, condition in enumerate(conds)) or (
                inside and not said):
            continue   # "Brazilian jiu-jitsu" is a value of its own (`native-country = 'Canadian'`: the adjective,
            #            on the place's own column, is replaced below)
        if said:
            conds[said[0]] = Condition(column, CONDITION_OPS.index("="), cell)
        elif len(conds) < MAX_CONDITIONS:
            conds.append(Condition(column, CONDITION_OPS.index("="), cell))
    return query if conds == list(query.conds) else dataclasses.replace(query, conds=tuple(conds))
