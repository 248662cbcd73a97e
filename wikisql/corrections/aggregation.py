"""Corrections of what the query computes: a SUM where the question asks for a total, a COUNT where it asks
"how many" of the rows (or the SUM of a frequency table's counts), the number of one row rather than a COUNT of it,
an average, the MAX or MIN of a whole column, and arithmetic moved off a column of text onto a number column.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Callable, Sequence

from wikisql.corrections.columns import _HEADER_FILLERS, header_tokens
from wikisql.corrections.common import kept_rows, keys_the_rows, names_each_row, value_column
from wikisql.decoding import AVG, COUNT, NOT_COLUMN_WORDS, SUM, TOTAL_WORDS
from wikisql.encoding import (
    YEAR,
    EncodedExample,
    counted_noun,
    header_readings,
    is_row_names,
    names_column,
    numbers_units,
    plain_header,
    readable_header,
    singular,
    year_of,
)
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, is_missing, is_whole, mostly_numbers

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
    fell 0.6: "How many years was Jiyai Shin the champion?" is WikiSQL's COUNT(Year); of a column that names each
    row once, 0.3), or asks for an amount
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


_TIMES_ASKED = re.compile(r"^\s*how (?:many times|often)\b", re.IGNORECASE)
_OCCURRENCE_WORDS = frozenset("occurrence occurrences count counts frequency freq times uses usage".split())


def occurrences_of_one_row(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """"How many times ...?" or "How often ...?" of the one row the `=` conditions keep, read from the table's one
    number column of occurrences (`Occurrences`, `count`, `frequency`): "How often was the rocket emoji used?" decoded
    SELECT Emoji (or COUNT) WHERE name = 'rocket' asks that row's `Occurrences`; a count of several rows stays."""
    if not _TIMES_ASKED.match(question) or query.order is not None or not query.conds \
            or any(c.operator != 0 for c in query.conds) or query.agg not in (0, COUNT):
        return query
    counts = [c for c, kind in enumerate(table.types)
              if kind == "real" and set(header_tokens(str(table.header[c]))) & _OCCURRENCE_WORDS]
    if len(counts) != 1 or (query.agg == 0 and query.sel == counts[0]) or rows_matched(query) != 1:
        return query
    return dataclasses.replace(query, sel=counts[0], agg=0)


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
    that only numbers the rows (`rownames`, `obs`, `id` with a cell of its own in every row) plainly, summed it or took
    its largest or smallest: "How many MCD bushes are taller than 1.5 m?" decoded SUM(obs), "How many children have
    oedema y?" decoded SELECT id, "How many rare goods fall in the Weapons category?" decoded MAX(id); the numbers of
    the rows add up to nothing, and the last one is no count of those asked."""
    if query.agg not in (0, *(AGGREGATION_OPS.index(op) for op in ("SUM", "MAX", "MIN"))) or query.order is not None \
            or not HOW_MANY.match(question) \
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
AMOUNT_NOUNS = frozenset("""people persons viewers spectators fans visitors attendees votes points goals runs
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
    is the answer then. Not an amount ("How many people ...": AMOUNT_NOUNS). A number column headed with the
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
    if not plural or plural[-1] in AMOUNT_NOUNS:
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


def aggregate_of_a_key(question: str, query: Query, table: Table) -> Query:
    """`query` of a table in long form (value_column) whose SUM, AVG, MAX or MIN is of a key of its rows (keys_the_rows:
    `zip_code`, `bedrooms`) that the question does not aggregate (aggregated_as_said) read as that of `Value`: "lowest
    payment standard for 3 bedrooms" decoded MIN(`zip_code`), "Average payment standard over all bedroom sizes in ZIP
    77565" decoded AVG(`bedrooms`); not "the average number of bedrooms"."""
    value = value_column(table)
    if value is None or query.agg not in _AGGREGATE_WORDS or query.sel == value or query.sel >= len(table.types) \
            or table.types[query.sel] != "real" or not keys_the_rows(table, query.sel) \
            or aggregated_as_said(question, query.agg, str(table.header[query.sel])):
        return query
    return dataclasses.replace(query, sel=value)


def aggregated_column_said(question: str, query: Query, table: Table) -> Query:
    """`query` whose SUM, AVG, MAX or MIN is of a column of codes (whole numbers, a different one in every row of
    three or more) the question does not say it of, moved to the one number column it does say it of
    (aggregated_as_said): "Average root depth of the GlobCover classes with kext 0.6" decoded AVG(`globcover`), the
    classes' codes: AVG(`vegetation_root_depth`). Unchanged where the words after the aggregate name no other column,
    or several. (Of any other column the model's reading stands: on the official dev set the words after "average"
    name another column of many a right query.)"""
    if query.agg not in _AGGREGATE_WORDS or query.sel >= len(table.types) or table.types[query.sel] != "real" \
            or aggregated_as_said(question, query.agg, str(table.header[query.sel])):
        return query
    written = re.escape(str(table.header[query.sel]))
    if re.search(rf"\b(?:{_AGGREGATE_WORDS[query.agg]})\s+(?:of\s+)?(?:the\s+)?{written}(?!\w)", question,
                 re.IGNORECASE):
        return query   # "average smoking_no_cancer_no over the cities": the header written right after it
    codes = [row[query.sel] for row in table.rows]
    if len(codes) < 3 or len(set(codes)) != len(codes) or not all(is_whole(code) for code in codes):
        return query
    said = [column for column, kind in enumerate(table.types) if kind == "real" and column != query.sel
            and column not in query.given_columns()
            and aggregated_as_said(question, query.agg, str(table.header[column]))]
    return dataclasses.replace(query, sel=said[0]) if len(said) == 1 else query


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


_AGGREGATE_WORDS = {AGGREGATION_OPS.index("MAX"): r"highest|largest|biggest|greatest|maximum|max|most|top|peak",
                    AGGREGATION_OPS.index("MIN"): r"lowest|smallest|least|fewest|minimum|min",
                    AGGREGATION_OPS.index("SUM"): r"total|sum|combined", AGGREGATION_OPS.index("AVG"): r"average|mean"}


def aggregated_as_said(question: str, agg: int, header: str) -> bool:
    """Whether the question says the aggregate `agg` (MAX, MIN, SUM or AVG) of the words that name the column
    `header` ("the lowest zip code", "the average number of bedrooms"; not "the lowest payment standard" of
    `zip_code`)."""
    question = re.sub(r"\b(?:number|count)\s+of\s+", "", question, flags=re.IGNORECASE)   # of what is counted
    return agg in _AGGREGATE_WORDS and _asks_of(_AGGREGATE_WORDS[agg], question, header)


def _asks_of(words: str, question: str, header: str, reading: str | None = None) -> bool:
    """Whether one of `words` (a regular expression) is said of the words that name the column `header` (not of
    "number", "count" or "#": WikiSQL's "total number of" is a COUNT), which does not name or order rows."""
    said = re.search(rf"\b(?:{words})(?:\s+of)?\s+(?!number\b|count\b|no\b|#)((?:[\w.-]+\s*){{1,4}})", question,
                     re.IGNORECASE)
    return (said is not None and not orders_rows(header)
            and names_column([singular(w) for w in re.findall(r"[a-z]+", said[1].lower())], header, question,
                             reading or None))


# "What was the highest closing level ...?", "What's the lowest the index traded?", "the peak wind speed": a value at
# an extreme
_EXTREME_VALUE = re.compile(r"^\s*what(?:'s|\s+is|\s+was|\s+were|\s+are)\s+the\s+(?P<word>highest|lowest|maximum|"
                            r"minimum|max|min|largest|smallest|biggest|greatest|peak)\b(?P<rest>[^?]*)",
                            re.IGNORECASE)


def extreme_of_a_whole_column(question: str, query: Query, table: Table) -> Query:
    """`query` answering with a whole number column (no condition, aggregation or ordering) read as its MAX or MIN
    when the question asks "What is the highest / lowest ...": "What's the highest the Nikkei traded during the
    quarter?" decoded SELECT High. The one other number column the words after the superlative name, up to a
    preposition, is taken instead, the one of fewest words where several are ("the highest closing level of the
    index" decoded SELECT High: `Close`, not `Adj Close`)."""
    asked = _EXTREME_VALUE.match(question)
    if asked is None or query.conds or query.agg != 0 or query.order is not None or table.types[query.sel] != "real":
        return query
    highest = ("highest", "maximum", "max", "largest", "biggest", "greatest", "peak")
    agg = AGGREGATION_OPS.index("MAX") if asked["word"].lower() in highest else AGGREGATION_OPS.index("MIN")
    words = list(itertools.takewhile(lambda word: word not in _PHRASE_END_WORDS,
                                     re.findall(r"[a-z0-9]+", asked["rest"].lower())))
    nouns = [singular(word) for word in words]
    named = [c for c, kind in enumerate(table.types)
             if kind == "real" and c != query.sel and nouns and names_column(nouns, str(table.header[c]), question)]
    length = {c: len(re.findall(r"[A-Za-z]+", readable_header(str(table.header[c])))) for c in named}
    plainest = [c for c in named if length[c] == min(length.values())]   # `Close`, not `Adj Close`
    return Query(plainest[0] if len(plainest) == 1 else query.sel, agg, ())


_PHRASE_END_WORDS = frozenset("of in on at for during among across over from by the a an".split())
