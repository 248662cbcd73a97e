"""The decoded query's own checks: a condition no row passes (impossible_condition), an answer that is empty
(no_value_held) or means nothing (alphabetical_extreme, arithmetic_of_text, sum_of_identifiers); and cannot_answer,
which runs the package's checks in order and says why an answer is declined.
"""
from __future__ import annotations

import re
from typing import Sequence

from wikisql.corrections import HOW_MANY, holds_no_cell, kept_rows
from wikisql.database import read_number
from wikisql.declining.common import EXTREMES
from wikisql.declining.comparisons import (
    aggregate_of_two_cells,
    compares_columns,
    either_of_two_cells,
    negated,
    opposite_superlatives,
    same_as_another_row,
    than_a_column,
    than_a_row,
)
from wikisql.declining.dates import time_not_held, year_not_held, year_not_in_the_years
from wikisql.declining.forms import (
    _RATIO_OF_TWO,
    _SHARE_WORDS,
    STATISTIC,
    _named_percentages,
    change_held,
    count_of_shares,
    holds_shares,
    how_long_held,
    other_unit,
    outside_grammar,
    quantity_of_a_rate_unit,
    ratio_of_columns,
    statistic_held,
    superlative_of_a_change,
)
from wikisql.declining.groups import (
    counted_of_one_row,
    distinct_count,
    groups_set_against,
    per_category,
    period_of_days,
    run_of_rows,
)
from wikisql.declining.missing import (
    _OF_THE_TABLE,
    answers_whole_column,
    missing_attribute,
    name_not_held,
    place_not_held,
    rows_noun_not_held,
    thing_not_held,
)
from wikisql.decoding import AVG, SUM
from wikisql.encoding import readable_header
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Table
from wikisql.superlatives import (
    asked_for,
    counted_per_group,
    counted_rows,
    grouped_by,
    is_identifier,
    superlative_word,
)
from wikisql.tables import holding, is_whole, mostly_words


def impossible_condition(query: Query | None, table: Table) -> str | None:
    """Why a condition of `query` holds for no row whatever the question meant, or None: a number column
    compared with a value in which the official engine finds no number (`WRIT = 'better'`, `sober > 'men'`) or
    equal to a number no cell holds (`Year = 1970` of a table of 1947-1962), or
    a text column equal to a value that no cell of it holds, not even inside a longer cell, case and
    punctuation aside (`trade = 'plumber'` of a table without plumbers: what the question asks is not in the
    table). None for no query. What it declines on the official dev set is in benchmarks/RESULTS.md."""
    for condition in query.conds if query is not None else ():
        if condition.column >= len(table.header):
            continue
        header = table.header[condition.column]
        if table.types[condition.column] == "real":
            number = read_number(condition.value)
            if number is None:
                return f"{header!r} holds numbers, and the question compares it with {str(condition.value)!r}"
            if condition.operator == 0 and not any(read_number(row[condition.column]) == number for row in table.rows):
                return f"no row of this table has {str(condition.value)!r} in {header!r}"
        elif holds_no_cell(condition, table):
            return f"no row of this table has {str(condition.value)!r} in {header!r}"
    if query is not None and query.agg == AGGREGATION_OPS.index("COUNT") and table.types[query.sel] == "real":
        # "How many new cases did herd 2 have in period 4?" of a herd not followed in period 4: COUNT = 0 would
        # answer a number the table does not hold
        equal = [c for c in query.conds if c.operator == 0]
        holds = [(c.column, holding(c.value)) for c in equal]
        if len(equal) >= 2 and not any(all(held(row[column]) for column, held in holds) for row in table.rows):
            said = " and ".join(f"{str(c.value)!r} in {table.header[c.column]!r}" for c in equal)
            return f"no row of this table has {said} together"
    return None


def no_value_held(query: Query, table: Table, result: Sequence[object], rows: Sequence[int]) -> str | None:
    """Why the executed `query` answers nothing, or None: rows matched, but the selected column is empty in every
    one of them (a year the table has a column for but no figures: `2013` of a World Bank table), so its value or
    its MAX, MIN, SUM or AVG is NULL. Not a COUNT (0 is an answer), nor no row matched (none is an answer too)."""
    if query.agg == AGGREGATION_OPS.index("COUNT") or not rows or not result:
        return None
    if all(value is None or str(value).strip() == "" for value in result):
        return f"this table holds no value in {table.header[query.sel]!r} for the rows asked about"
    return None


def alphabetical_extreme(query: Query, types: Sequence[str]) -> str | None:
    """Why `query`'s answer means nothing, or None: MAX or MIN of a column typed text (its alphabetical
    last or first value, not the row with the largest value of another column)."""
    if query.agg in EXTREMES and types[query.sel] == "text":
        return (f"the {AGGREGATION_OPS[query.agg]} of a text column is only its alphabetical "
                f"{'last' if query.agg == EXTREMES[0] else 'first'} value; the question likely asks for the row "
                f"with the largest or smallest value of another column")
    return None


def arithmetic_of_text(query: Query, table: Table) -> str | None:
    """Why `query`'s answer means nothing, or None: SUM or AVG of a column typed text whose cells are mostly words
    or dates (tables.mostly_words: "On average, how many days did a cat stay?" decoded AVG(intake_date)). No
    official dev query and no query of the held-out sets sums or averages a text column."""
    if query.agg not in (SUM, AVG) or query.sel >= len(table.header) or table.types[query.sel] != "text" \
            or not mostly_words(table.cells(query.sel)):
        return None
    return (f"the {AGGREGATION_OPS[query.agg]} of a column of text ({table.header[query.sel]!r}) adds up no numbers; "
            f"the question likely asks for arithmetic one query does not do")


def sum_of_identifiers(question: str, query: Query | None, table: Table) -> str | None:
    """Why `query`'s answer means nothing, or None: SUM or AVG of a column of identifiers (is_identifier:
    `player_id`) whose identifier the question does not say ("What is the average age of the EDM players?" decoded
    AVG(player_id) over a table with no ages): what it asks to add up is in no column."""
    if query is None or query.agg not in (SUM, AVG) or query.sel >= len(table.header) \
            or table.types[query.sel] != "real" or not is_identifier(table, query.sel):
        return None
    said = set(re.findall(r"[a-z]+", question.lower()))
    header = set(re.findall(r"[a-z]+", readable_header(str(table.header[query.sel])).lower()))
    if "#" in question or said & {"number", "numbers", "code", "codes", "id", "ids"} or header <= said:
        return None   # ("the total of No.", "the average pick #")
    return (f"no column of this table holds what it asks for (the {AGGREGATION_OPS[query.agg]} of the identifiers in "
            f"{table.header[query.sel]!r} means nothing)")


_POPULAR = re.compile(r"\b(?:most|least)\s+(?:popular|common|frequent|often|frequently|commonly)\b")


def popular_by_a_count(question: str, query: Query, table: Table) -> bool:
    """Whether "the most common (popular, frequent) X" is read by a column that counts: the query orders the rows by
    a number column of counts (whole numbers, none negative), and the rows its conditions keep (two or more) each
    hold their own X, a text column's (one row per bedroom size of a BRMA, with its `households`), so no rows of one
    X are there to be counted. (Not the `idcase` of the costliest heat pump: a number, ordered by a cost.)"""
    if not _POPULAR.search(question.lower()) or query.agg != 0 or query.order is None \
            or query.sel >= len(table.header) or table.types[query.sel] != "text" \
            or table.types[query.order.column] != "real":
        return False
    counts = [row[query.order.column] for row in table.rows if isinstance(row[query.order.column], (int, float))]
    if not counts or not all(is_whole(count) and count >= 0 for count in counts):
        return False
    cells = [str(row[query.sel]).strip().lower() for row in kept_rows(table, query.conds)]
    return len(cells) >= 2 and len(set(cells)) == len(cells)


def cannot_answer(question: str, query: Query | None, table: Table) -> str | None:
    """Why one query cannot answer `question` over `table` (with `query`, the one decoded), or None."""
    form = outside_grammar(question, table.header, table.title)
    if form == "arithmetic between values" and query is not None and (
            holds_shares(table, query.sel) or _named_percentages(question, table, query.sel)) and \
            not _RATIO_OF_TWO.search(question.lower()) and not re.search(r"\bby what\b", question.lower()) and \
            outside_grammar(_SHARE_WORDS.sub("value", question.lower()), table.header) is None:
        form = None   # "What share of married women in Indonesia use contraception?" of a column of percentages
    if form == "grouping" and query is not None and popular_by_a_count(question, query, table):
        form = None   # "Which bedroom size is most common among HIGHLAND_AND_ISLANDS rentals?" of households counted
    if form == STATISTIC and statistic_held(question, query, table):
        form = None   # "What's the median income in Leon County?" of a column of the counties' median incomes
    if form == "arithmetic between values" and how_long_held(question, table):
        form = None   # "How many years did Alfredo Stroessner's spell last?" of a table with `duration`
    if form == "arithmetic between values" and change_held(question, table):
        form = None   # "By how much did Milton's population change from 2001 to 2006?" of `pop_change_2001_2006_pct`
    if form in (None, "grouping") and superlative_of_a_change(question, table):   # "gained the most over the whole
        #                                                                         period": a change, not a total
        form = "arithmetic between values"   # the change from one row to the next
    if form is None and ratio_of_columns(question, table):
        form = "arithmetic between values"   # "the price per carat": one column divided by another
    if form is None and quantity_of_a_rate_unit(question, table):
        form = "arithmetic between values"   # "How many tons of CO2 would 1,000 kWh emit?": a rate times it
    if form is None and per_category(question, table, query):
        form = "grouping"   # "the average income per region"
    if form is None and run_of_rows(question, table):
        form = "a run of consecutive rows"   # "What was the longest run of nights above 15 degrees?"
    if form is None and distinct_count(question, table, query):
        form = "a count of distinct values (COUNT DISTINCT)"   # "How many distinct regions are listed?"
    if form is None and groups_set_against(question, table):
        form = "grouping"   # "Average flash point of the alcohols versus the amines"
    if form is None and period_of_days(question, table):
        form = "grouping"   # "Which week had the worst return?" of a table of days
    if form is None and either_of_two_cells(question, table, query):
        form = "either of two values (OR)"
    if form is None and aggregate_of_two_cells(question, table, query):
        form = "an aggregate of two values of one column at once"   # "before and after insulation"
    if form is None and (query is not None and compares_columns(query, table.header) or than_a_column(question, table)):
        form = "a comparison between two columns"
    if form is None and (than_a_row(question, table) or same_as_another_row(question, table)):
        form = "a comparison between rows"   # "Which companies scored higher than Volkswagen AG?"
    if form is None and negated(question, table):
        form = "a condition the grammar cannot say (not equal)"   # "How many people in Brown county are not white?"
    if form is None and opposite_superlatives(question):
        form = "two aggregates at once"   # "the cheapest and the most expensive"
    unit = other_unit(question, table, query) if form is None else None
    if unit is not None:
        form = f"a number in another unit ({unit}) than the table's: a conversion"
    if form is None and _OF_THE_TABLE.match(question):
        form = "what the table itself was taken from (when, where, by whom), which no row says"
    if form is None and query is not None and query.sel < len(table.header):
        word = superlative_word(question, table)
        if word is not None and grouped_by(question, word, table, query.sel):
            form = "grouping"   # "Which county has the highest average test score?" over a table of districts
        elif word is not None and (query.order is not None or alphabetical_extreme(query, table.types)) and \
                asked_for(question) is not None and counted_rows(question, word, table):
            form = "grouping"   # "Which polling organisation ran the most polls?": rows counted per group
        elif word is not None and counted_per_group(question, word, table, query):
            form = "grouping"   # "Which year had the most operations?" read MAX(year)
    if form is not None:
        return f"one query over this table cannot answer it: it asks for {form}"
    unnamed = rows_noun_not_held(question, table, query) or counted_of_one_row(question, table, query)
    if unnamed is not None:
        return f"no column of this table holds what it asks for ({unnamed})"
    shares = count_of_shares(question, table, query)
    if shares is not None:
        return f"no column of this table holds what it asks for (a count: {shares!r} holds shares)"
    attribute = missing_attribute(question, table, query) or thing_not_held(question, table, query) or (
        "a place" if place_not_held(question, table, query) else None)
    if attribute is not None:
        return f"no column of this table holds what it asks for ({attribute})"
    time = time_not_held(question, table, query)
    if time is not None:
        asked = f"what was so in {time}" if time[0].isdigit() else "when"
        return f"nothing in this table is dated: it cannot say {asked}"
    outside = year_not_in_the_years(question, table)
    if outside is not None:
        year, column, counts_periods = outside
        if counts_periods:
            return f"this table's {column!r} counts periods, not calendar years: nothing in it is of {year}"
        return f"this table's {column!r} holds no {year}: nothing in it is of that year"
    year = year_not_held(question, table, query)
    if year is not None:
        return f"this table's {year[0]!r} is of {year[1]}; nothing in it is of {year[2]}"
    name = name_not_held(question, table, query)
    if name is not None:
        return f"no row of this table has {name!r}"
    if answers_whole_column(query, table) and not _LISTS.search(question):   # no question but "List all the ..."
        if HOW_MANY.match(question):
            return "it asks how many, but nothing in this table picks the rows to count or the value to give"
        return "nothing in this table picks the rows it asks about: the answer would be a whole column"
    if query is None:
        return None
    return alphabetical_extreme(query, table.types) or arithmetic_of_text(query, table) or sum_of_identifiers(
        question, query, table)


# A query with no condition, aggregation or ordering answers with a whole column: "How many of the skulls are male?"
# of a table without sex, "What was the total capital expenditure on each continent?" of a table of countries. Of the
# 2,261 answerable questions of the held-out sets, only "What are all the director values?" asks for that; none of
# WikiSQL's 8,421 dev questions does.
_LISTS = re.compile(r"\b(?:list|listed|all|every|values)\b", re.IGNORECASE)
