"""The two readings of a superlative as an ordering: read_superlative, of a model's MAX or MIN of a number column
(or that column's value in another column's extreme row: _value_at_extreme, _asked_at_extreme), and order_from_scores,
of anything else the model decoded, through its select and aggregation heads' scores.
"""
from __future__ import annotations

import dataclasses
import math
import re
from typing import Sequence

from wikisql.corrections import drop_non_numbers, drop_pointer_values, header_tokens, is_coordinate, position_said
from wikisql.encoding import NUMBER_WORDS, YEAR, singular, year_of
from wikisql.query import AGGREGATION_OPS, Order, Query
from wikisql.schema import Table
from wikisql.superlatives.naming import (
    _QUESTION_WORDS,
    _after,
    _heads_the_question,
    _is_measure,
    _measuring,
    _named_after,
    _names,
    _names_all,
    _nouns,
    _said_plainest,
    _unasked_code,
    best_named,
    is_identifier,
    naming_score,
    ranks_nothing,
)
from wikisql.superlatives.restrictions import (
    _counts,
    _inside,
    _pointing,
    _points_at_number_column,
    repeated,
    restricts_the_rows,
)
from wikisql.superlatives.rows import (
    _PER_GROUP,
    _amount_of_many,
    _asked_column,
    _names_each_row,
    _naming,
    asked_for,
    counts_the_unnamed,
    grouped_by,
    is_category,
    limit,
    people_columns,
    row_name_column,
    varies,
)
from wikisql.superlatives.selections import extreme_as_said
from wikisql.superlatives.words import (
    _EXTREMES,
    _MAGNITUDE_MEASURES,
    _MEASURES,
    MAX,
    MIN,
    TITLE_WORDS,
    VALUE_WORDS,
    _adjective,
    _glued,
    _is_superlative,
    _words,
    column_direction,
    header_word_sets,
    measured_by,
    superlative_word,
)
from wikisql.tables import count_cells


def read_superlative(question: str, query: Query, table: Table, select: dict[int, float] | None = None) -> Query:
    """`query` (over `table`) with its MAX or MIN of a number column read as an ordering when the question
    asks for a row and each condition restricts the rows asked about (restricts_the_rows; a condition every row
    holds restricts nothing, and with two rows or more asked none need be said so: MAX or MIN, one value, cannot be
    meant), else `query` itself. A superlative that says what it measures orders by a column of that measure when
    the model's column is none ("the lightest penguin" by `Body Mass (g)`, not `Culmen Depth (mm)`; measured_by),
    the one the select head likes best (`select`, log p(select = column); else the leftmost). MAX or MIN of the
    asked column itself ("Which year saw the sport fishery's biggest coho catch?" decoded MAX(year)) is read as the
    rows ranked by the column the words after the superlative name, when the value's reading (_value_at_extreme)
    finds nothing."""
    if query.agg not in (MAX, MIN) or query.order is not None or table.types[query.sel] != "real":
        return query
    asked = asked_for(question, bare=True)
    column = _asked_column(*asked, table, query.sel, question, query.given_columns()) if asked is not None else None
    numbering = asked is not None and asked[0] in ("row", "person") and column in (-1, None, query.sel) \
        and ranks_nothing(table, query.sel)   # ("Among those with qsmk 1, who was the tallest?" decoded MAX(seqn))
    word = superlative_word(question, table)
    measures = measured_by(question, word) - _MAGNITUDE_MEASURES if word is not None else frozenset()
    measured = column == -1 and asked[0] in ("noun", "bare") and bool(measures) and not any(
        _is_measure(singular(w), measure) for w in asked[1] for measure in measures) and not _measuring(
        question, word, table, [query.sel]) and bool(_measuring(question, word, table, [
            c for c, kind in enumerate(table.types) if kind == "real" and c != query.sel and varies(table, c)])) \
        and not _names_all(_after(question, word), table, query.sel)   # ("the longest departure delay": the
    #  `DEPARTURE_DELAY` itself, not the `DISTANCE` "longest" measures)
    #  (not "the heaviest self-reported weight": the weight, a measure of "heaviest" itself; nor "the largest tip":
    #  any noun's magnitude)
    named_after = _named_after(question, word, table) if word is not None and asked is not None else []
    ranked_after = asked is not None and asked[0] == "row" and column in (-1, query.sel) and bool(named_after) \
        and query.sel not in named_after   # the rows asked, ranked by the column the words after the superlative name
    many_rows = word is not None and asked is not None and asked[0] in ("noun", "bare") and limit(question) > 1 \
        and (column == query.sel or (column == -1 and _names([singular(w) for w in asked[1][-1:]], table, query.sel,
                                                             question)))
    #   "the top 3 years for issued permits", "the three most populous wards": rows (MAX or MIN is one value)
    if numbering or measured:   # "Which firm faced the highest capital price index?" decoded MAX(rownames): the firms
        column = query.sel   # are asked, ranked by another column; "the three coldest months" decoded MIN(month):
        #                      the months, by what "coldest" measures (`temp`)
    elif asked is not None and column == -1 and asked[0] in ("noun", "bare") and len(asked[1]) >= 3 and \
            asked[1][0] in NUMBER_WORDS and _is_superlative(asked[1][1]) and limit(question) > 1 and \
            row_name_column(table) not in (None, query.sel):
        column = row_name_column(table)   # "Name the five biggest solar PV generators.": rows, as MAX or MIN gives one
        #                     value; the rows' names, since their noun names no column (a number, a superlative, a noun)
    elif asked is None or column in (-1, query.sel):   # the value asked for: maybe in another column's extreme row
        read = _value_at_extreme(question, query, table, select or {})
        if read is not query or not (ranked_after or many_rows):
            return read
        column = query.sel   # not read so, "Which year saw the sport fishery's biggest coho catch?": the years
    counts = _counts(question, query)   # "Which 3 countries": no `= 3`
    pointers = set(query.conds) - set(drop_pointer_values(query, table).conds) \
        if asked[0] not in ("noun", "bare") else set()
    #          ("Which patient had the highest BDI before treatment?": `treatment = 'treatment'`, a pointer)
    conds = tuple(c for c in query.conds if c not in counts and c not in pointers
                  and not _points_at_number_column(c, table))   # `p = 'bats'`: a pointer, dropped later anyway
    count = limit(question)
    several = count > 1 and not (re.search(rf"\b(?:top|the|which|what|first|last|list|name)\s+{count}(?![\d.])",
                                           question, re.IGNORECASE) and any(
        re.search(rf"(?<!\d){count}(?!\d)", str(name)) for name in table.header))   # not "the lowest top 5" of
    #                                            `Top-5` (but "the two regions ..." beside `age_2yr_ft`: said as a word)
    if conds and not several and not all(
            restricts_the_rows(question, asked[1], c.value, repeated(table, c), table.header[c.column])
            or (c.operator == 0 and count_cells(table, c.column, c.value) == len(table.rows)) for c in conds):
        return query   # (of several rows asked, "the two years with the lowest chinook catch by the treaty fishery",
        #                the MAX or MIN, one value, cannot be meant)
    if column is not None and any(c.column == column and c.operator == 0 for c in conds):
        other = row_name_column(table, exclude={c.column for c in conds})
        if column == row_name_column(table):
            # "Which province received the most migrants from SASK?" (`source = SASK`): the other column of the
            # same things (`destination`: the two share cells), if there is one
            if other is not None and ({str(row[other]).strip().lower() for row in table.rows} &
                                      {str(row[column]).strip().lower() for row in table.rows}
                                      or all(repeated(table, c) for c in conds if c.column == column)):
                column = other   # ... or the rows the value holds, named by the other column ("Which stock was
                #                  the cheapest on Mar 1 2010?": `symbol`, as `date = 'Mar 1 2010'` holds several)
        elif other is not None and any(_inside(_words(str(c.value)), asked[1]) for c in conds if c.column == column):
            column = other   # "Which origin 2 car ...", "Which alkaline earth metal ...": the value inside the rows'
            #                  noun says which rows (the condition's column); their names are asked
    if column is None or any(c.column == column and c.operator == 0 for c in conds):
        return query   # a column the question gives the value of is not what it asks for
    pointed = [c.column for c in query.conds if c not in conds and table.types[c.column] == "real"
               and c.column != column and c not in counts]   # `loss = 'abrasion'`: "the highest abrasion loss"
    ordered = pointed[0] if numbering and pointed else max(
        named_after, key=lambda c: (select or {}).get(c, 0.0) - c * 1e-9) if ranked_after else query.sel
    if word is not None:
        numbers = [c for c, kind in enumerate(table.types)   # no superlative ranks by a code unless it says so
                   if kind == "real" and c != column and c not in {condition.column for condition in conds}
                   and not _unasked_code(question, table, c) and varies(table, c)]
        preferred = _measuring(question, word, table, numbers)
        given = set().union(*header_word_sets([table.header[c.column] for c in conds if c.operator == 0]))   # "with
        nouns = [noun for noun in _nouns(question) if noun not in given]   # a ready share of 1": `ready_share`'s words,
        #                                                                    not `offplan_share`'s
        named = [c for c in numbers if _names(nouns, table, c, question)]
        plainest = _said_plainest(named, question, table)
        if not preferred and ((many_rows and ordered == column) or not _names(_nouns(question), table, ordered,
                                                                              question)):
            preferred = named   # (the rows asked are the selected column's: ranked by another one the question names)
        elif not preferred and ordered in numbers and ordered not in plainest:
            preferred = plainest   # "Which mammal sleeps the most?": sleep_total
        if not preferred and _unasked_code(question, table, ordered):
            preferred = numbers   # "the biggest district" is not the one with the largest `distcod`
        if preferred and ordered not in preferred:   # "When was the army at its largest?": Army, not MAX(Year)
            ordered = max(preferred, key=lambda c: (select or {}).get(c, 0.0) - c * 1e-9)
        if numbering and ordered == column:   # the row numbers: the number column the select head likes best
            ordered = max(numbers, key=lambda c: (select or {}).get(c, -math.inf) - c * 1e-9, default=column)
        if many_rows and ordered == column and len(numbers) == 1:   # "Top two ZIP codes by 4-bedroom payment
            ordered = numbers[0]   # standard" decoded MAX(zip_code): the rows, ranked by the one measure left
    if ordered == column:
        return query
    descending = column_direction(question, word, table, ordered) if word else None
    return Query(column, 0, conds, Order(ordered, query.agg == MAX if descending is None else descending,
                                         limit(question)))


_OWNING = frozenset("with has had have having".split())   # "the state with the most ...", "the day that had the ..."
_LINKING = frozenset("was were is are".split())   # "unemployment was lowest"


def _value_at_extreme(question: str, query: Query, table: Table, select: dict[int, float]) -> Query:
    """MAX or MIN of a number column read as its value in the row where another column is at its extreme, when
    the superlative measures or names that other column and not the model's:

        "What was the temperature on the windiest day?"   MIN(Temp)  ->  SELECT Temp ORDER BY Wind DESC LIMIT 1
        "In month 9, on which day was it calmest?"        MIN(Day) WHERE Month = 9
                                                          ->  SELECT Day WHERE Month = 9 ORDER BY Wind ASC LIMIT 1
        "What's the January temperature in the state with the most drivers?"
                                                          MAX(temp) WHERE drivers = 'January'
                                                          ->  SELECT temp ORDER BY drivers DESC LIMIT 1
        "On which day of month 8 was ozone highest?"     MAX(Day) WHERE Month = 8
                                                          ->  SELECT Day WHERE Month = 8 ORDER BY Ozone DESC LIMIT 1

    A condition on a number column whose value is no number is the model pointing at the superlative's column
    and is dropped; every other condition must restrict the rows (restricts_the_rows). `query` itself when the
    superlative measures or names the model's own column ("the highest temperature"), or no other column."""
    word = superlative_word(question, table)
    if word is None or _heads_the_question(question, word):
        return query   # "the highest temperature", "the largest attended game" (not "the party with the largest bill")
    after = _after(question, word)
    named = naming_score(after, table, query.sel, question)
    if _measuring(question, word, table, [query.sel]) or (named[0] and not any(   # not when another number column
            naming_score(after, table, c, question) > named   # is named better ("the lowest third post-test": not
            for c, kind in enumerate(table.types) if kind == "real" and c != query.sel)):   # `pretest.1`'s "test")
        return _asked_at_extreme(question, query, table, word)
    counts = _counts(question, query)   # "Which 4 years had the fewest male christenings?": no `Males = 4`
    kept = tuple(c for c in query.conds if not _points_at_number_column(c, table) and c not in counts)
    others = [c for c, kind in enumerate(table.types) if kind == "real" and c != query.sel
              and c not in {condition.column for condition in kept} and varies(table, c)]
    ordered = _measuring(question, word, table, others)
    words = _words(question)
    at = words.index(word) if word in words else 0
    unnamed = False
    if not ordered and at >= 2 and (words[at - 1] == "the" and words[at - 2] in _OWNING
                                    or words[at - 1] in ("his", "her", "its", "their") and at + 1 < len(words)):
        # "the state with the most drivers", "in his last game": the words right after the superlative name the
        # column
        after = [singular(w) for w in ([_glued(question, word)] if _glued(question, word) else words[at + 1:at + 3])
                 if w not in _QUESTION_WORDS]
        if not after or _names(after, table, query.sel, question):
            return query
        ordered = [c for c in others if _names(after, table, c, question)]
        unnamed = not ordered   # "the boat with the most people in it": another column's, though none is named
    elif not ordered and at >= 1:
        # "On which day of month 8 was ozone highest?": the word right before the superlative names the column;
        # "... in the year unemployment was lowest?": the word before its verb
        before = at - 2 if at >= 2 and words[at - 1] in _LINKING else at - 1
        if words[before] not in _QUESTION_WORDS:
            ordered = [c for c in others if _names([singular(words[before])], table, c, question)]
    pointed = [c.column for c in query.conds if c not in kept and c not in counts and c.column in others]
    if not ordered and pointed:   # "... in the year the rest of the world contributed the most": restOfWorld = '...'
        ordered = pointed[:1]
    asked = asked_for(question)
    if (not ordered and asked is not None and asked[0] != "noun"
            and (_subject_words(question, asked[1], word) or _after(question, word))):
        # "In which year were domestic profits at their lowest?" (MIN(year)), "Which year had the fewest phones in
        # Africa?": the number column the question names best, or the only one ("In which year was Nuclear Energy
        # output at its lowest?"); not "Which weight is the highest?", where nothing but the asked noun is at its
        # highest
        ordered = _named_or_only(question, table, [c for c in others if not _unasked_code(question, table, c)])
    if not ordered and unnamed and not counts_the_unnamed(question, word, table):
        # "the boat with the most people in it", "the trade with the biggest sample": no header has the words of
        # what is at its extreme, so one the superlative's phrase names, else the number column the select head
        # likes best; the model's own column is not it (not "the group with the most elements": a count)
        phrase = _after(question, word)
        ordered = [c for c in others if naming_score(phrase, table, c, question)[0]] or [
            c for c in others if not _unasked_code(question, table, c)]
    if not ordered:   # "What was copper consumption in the year copper was priced highest?": the model's column is
        return _asked_at_extreme(question, query, table, word)   # at its extreme, the head asks for another
    if kept and not all(restricts_the_rows(question, asked[1] if asked else [], c.value, repeated(table, c))
                        for c in kept):
        return query
    column = max(ordered, key=lambda c: select.get(c, 0.0) - c * 1e-9)
    descending = column_direction(question, word, table, column)
    return Query(query.sel, 0, kept, Order(column, query.agg == MAX if descending is None else descending,
                                           limit(question)))


_HEAD = re.compile(r"^(?:what|how much|how many)\s+(?:is|was|were|are)\s+(?:the\s+)?(?P<head>[\w\s'-]+?)\s+"
                   r"(?:in|of|on|for|at|during)\s+the\s+(?:\w+\s+){0,2}?"
                   r"(?:with|when|where|that|in which|whose|\w+\s+(?:was|were))\b")
# the head asked after a fronted superlative clause: "For the two most recent years where Korea is 1, what are
# Japan's values?", "In the earliest year ..., what is Denmark's value?" (the words before value(s))
_FRONTED_HEAD = re.compile(r"^(?:for|in|among|of|during|on)\b[^,]*\b(?:the|its|their)\b[^,]*,\s*"
                           r"(?:what|how much|how many)\s+(?:is|was|were|are)\s+(?:the\s+)?"
                           r"(?P<head>[\w\s'.-]+?)(?:\s*'s?)?(?:\s+(?:values?|figures?|numbers?|codes?))?\s*$")


# the head counted of the row at the extreme: "How many firms did the state with the least capital have?"
_COUNTED_HEAD = re.compile(r"^how many (?P<head>[a-z][\w'-]*(?: [a-z][\w'-]*)?) (?:did|does|do|was|were) the "
                           r"(?:[\w'-]+ ){1,2}?(?:with|that had|that has|whose)\b")


# the head said first, without a question word: "Tension of the loom with the most breaks", "Row name of the slowest
# measurement in experiment 4?"
_BARE_HEAD = re.compile(r"^(?!(?:what|which|who|whom|whose|when|where|why|how|name|list|give|show|find|tell|in|on|at|"
                        r"for|among|of|during|is|are|was|were|do|does|did|the)\b)"
                        r"(?P<head>[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,2}?)\s+(?:of|for)\s+(?:the|its|their|his|her)\s")


# the measure asked of the row at the extreme: "How old was the patient with the lowest platelet count?" (age)
_MEASURE_HEAD = re.compile(r"^how (?P<head>old|tall|heavy) (?:is|was|were|are) the (?:[\w'-]+ ){1,3}?"
                           r"(?:with|whose|that|who|which)\b")
_MEASURE_NOUNS = {"old": "age", "tall": "height", "heavy": "weight"}


def _asked_at_extreme(question: str, query: Query, table: Table, word: str) -> Query:
    """MAX or MIN of the column the superlative is about, read as another column's value in that row when the
    question's head names that other column: "What was copper consumption in the year copper was priced
    highest?" decoded MAX(COPPERPRICE) -> SELECT WORLDCONSUMPTION ORDER BY COPPERPRICE DESC LIMIT 1, "Tension of
    the loom with the most breaks" MAX(breaks) -> SELECT tension ORDER BY breaks DESC LIMIT 1; else `query` itself
    ("What was the highest price?")."""
    text = " ".join(question.lower().replace("’", "'").rstrip(" ?.").split())
    words = re.sub(r"^what's\b", "what is", " ".join(_words(question)))   # "What's the name of the ... with ..."
    head = (_HEAD.match(words) or _FRONTED_HEAD.match(text) or _BARE_HEAD.match(text) or _COUNTED_HEAD.match(words)
            or _MEASURE_HEAD.match(words))
    if head is None or head.re is _BARE_HEAD and {singular(w) for w in _words(head["head"])} & VALUE_WORDS:
        return query   # "Number of the ...", "Total of the ...": the value itself
    nouns = [_MEASURE_NOUNS.get(head["head"], singular(w)) for w in _words(head["head"])]
    named = best_named(nouns, table, [c for c in range(len(table.header)) if c != query.sel], question)
    if len(named) != 1:
        return query
    own, other = naming_score(nouns, table, query.sel, question)[0], naming_score(nouns, table, named[0], question)[0]
    headed = naming_score(nouns[-1:], table, named[0], question)[0] > naming_score(nouns[-1:], table, query.sel,
                                                                                   question)[0]
    if own > other or (own == other and not headed):   # "copper consumption": `WORLDCONSUMPTION`, its head noun's,
        return query                                     # though "copper" names `COPPERPRICE` as well
    conds = drop_non_numbers(drop_pointer_values(query, table), table).conds   # "Tension of the loom ..." of
    #        `loom_warp_breaks`: no `= 'loom'`; "the baby whose mother ...": no `ht = 'mother'`
    if conds and not all(restricts_the_rows(question, [], c.value, repeated(table, c)) for c in conds):
        return query
    descending = column_direction(question, word, table, query.sel)
    return Query(named[0], 0, conds, Order(query.sel, query.agg == MAX if descending is None else descending,
                                           limit(question)))


def _subject_words(question: str, phrase: Sequence[str], word: str) -> list[str]:
    """The words between what is asked (`phrase`) and the superlative `word` that say what is at its extreme
    ("In which year were *domestic profits* at their lowest?"); none in "Which weight is the highest?"."""
    words = _words(question)
    if word not in words:
        return []
    before = words[:words.index(word)]
    start = 0
    for index in range(len(before) - len(phrase) + 1):
        if phrase and before[index:index + len(phrase)] == list(phrase):
            start = index + len(phrase)
            break
    return [w for w in before[start:] if w not in _QUESTION_WORDS and w not in NUMBER_WORDS]


def _named_or_only(question: str, table: Table, columns: Sequence[int]) -> list[int]:
    """Those of `columns` the question's words name best (naming_score), else the only one, else none."""
    return best_named(_nouns(question), table, columns, question) or (list(columns) if len(columns) == 1 else [])


COUNT = AGGREGATION_OPS.index("COUNT")
_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber\b|\bcount\b|\btotal\b|\bamount\b|\bhow much\b")


def _said_of_the_value(question: str, word: str, table: Table, column: int) -> bool:
    """Whether the superlative `word` is said of the value the question asks for, the number column `column`: it
    starts the question ("Fastest response time of subject 310?") or heads what it asks ("What was the slowest
    time ...?"), and the words after it name no other number column."""
    words = _words(question)
    if not words or not (words[0] == word or _heads_the_question(question, word)):
        return False
    named = _named_after(question, word, table)
    return not named or column in named


def order_from_scores(question: str, query: Query, table: Table, select: dict[int, float],
                      extremes: dict[int, tuple[float, float]]) -> Query:
    """A superlative the model did not decode as MAX or MIN of a number column, read as an ordering:

        "Which cereal is the sweetest?"             SELECT name                 -> ORDER BY sugars DESC
        "Which three athletes had the fastest ..."  SELECT name WHERE hurdles = 'three'
                                                                                -> ORDER BY hurdles ASC LIMIT 3
        "What are the three saltiest cereals?"      SELECT sodium               -> SELECT name ORDER BY sodium DESC
        "How big was the army in the month with the most disease deaths?"
                                                    SELECT Army WHERE Disease = 'deaths'
                                                                                -> SELECT Army ORDER BY Disease DESC
        "Which district has the highest test score?"  MAX(district)             -> SELECT district ORDER BY testscr DESC

    The column ordered by is, in this preference: a number column the model gave a condition that cannot
    hold (a value that is no number: the model's way of pointing at what the superlative is about; the
    condition is dropped, as is one whose value is the count "top 3" asks for); the selected number column
    when the question asks for a row (asked_for; the rows are then named as read_superlative names them);
    else, among the number columns of the measure the superlative names (measured_by), or else those the
    question names (names_column), or else all of them, the one the select head likes best after
    the selected one (`select`: log p(select = column) of each column the model read). The direction is the
    superlative word's own where it has one ("the cheapest": ascending; `direction`), else the one the
    aggregation head prefers for that column (`extremes`: log p(MAX), log p(MIN) were it selected). MAX or
    MIN of a text column (the alphabetically last name) is read only when the question names the column
    ordered by or its measure, or the column names each row once (no group there to count or average):
    "Which country has the most companies?" of a table of companies counts rows, and stays declined.
    Every other condition must restrict the rows asked about (restricts_the_rows), and a question for a
    group (grouped_by) is no row's. `query` itself when the question has no superlative (superlative_word)
    or none of these holds. On the official dev set it changes no prediction of the
    default recipe (benchmarks/RESULTS.md)."""
    if query.agg == COUNT and query.order is None and not _ASKS_COUNT.search(question.lower()):
        # "What was the status of the oldest patient?" decoded COUNT(status): nothing asks to count; read without
        # it if a superlative then orders the rows, else the model's query as it is
        read = order_from_scores(question, dataclasses.replace(query, agg=0), table, select, extremes)
        return read if read.order is not None else query
    text_extreme = query.agg in (MAX, MIN) and table.types[query.sel] == "text"
    if query.order is not None or not (query.agg == 0 or text_extreme):
        return query
    word = superlative_word(question, table)
    if word is None:
        return query
    question_nouns = _nouns(question)
    asked = asked_for(question)
    counts = _counts(question, query)   # "top 3 ...": how many, not a value
    pointed = [c.column for c in query.conds if c not in counts and _points_at_number_column(c, table)]
    if not pointed and query.agg == 0:   # "Teffs with the 3 largest b coefficients" decoded `b = 3`: the count put
        words = _words(question)   # on the column the words right after the superlative say
        after = {singular(w) for w in words[words.index(word) + 1:][:3]} if word in words else set()
        pointed = [c.column for c in counts if table.types[c.column] == "real" and c.column != query.sel
                   and set(header_tokens(str(table.header[c.column]))) <= after]
    phrase = asked[1] if asked else []
    kept = tuple(c for c in query.conds if c not in counts and c.column not in pointed
                 and not _pointing(c, word, phrase, table, question))
    if kept and not text_extreme and not all(c.operator != 0   # "the strongest reading farther than 50 km"
                                             or count_cells(table, c.column, c.value) > 2
                                             or restricts_the_rows(question, phrase, c.value, repeated(table, c),
                                                                   table.header[c.column])
                                             for c in kept):
        return query   # (MAX of a text column means nothing: any condition is read as a restriction; nor does a
        #               comparison pick one row: it restricts the rows the superlative chooses among)
    if any(word in _words(str(c.value)) for c in kept):
        return query   # the superlative is a value's: Record = 'most wins'
    sel, conditioned = query.sel, {c.column for c in kept}
    numbers = [c for c in select if table.types[c] == "real" and c not in conditioned and varies(table, c)]
    measuring = _measuring(question, word, table, numbers)   # "the two hottest days": Temp, whatever was pointed at
    if not measuring:   # "the cheapest hour that still cost more than 500": the compared column, where it is the
        compared = {c.column for c in kept if c.operator != 0}   # superlative's measure and no other column is
        measuring = _measuring(question, word, table, [c for c in select if c in compared and varies(table, c)])
        numbers += [c for c in measuring if c not in numbers]
    only_number = text_extreme and len([c for c, kind in enumerate(table.types)   # the table's one number column
                                        if kind == "real" and varies(table, c)]) == 1
    if table.types[sel] == "real":
        if pointed:
            column = pointed[0]
        elif asked is not None:
            column = sel
        elif (bare := asked_for(question, bare=True)) is not None and (rows := _asked_column(
                *bare, table, sel, question)) is not None and rows >= 0 and rows != sel:
            column, asked = sel, bare   # "Heaviest player born in 1975 by MLB weight?": a player
        else:   # "What was the infant mortality rate of the richest country in Africa?": SELECT infant, a value in
            #     the row where another column is at its extreme, as the model's MAX or MIN of it is read
            most, least = extremes.get(sel, (0.0, 0.0))
            extreme = Query(sel, MAX if most >= least else MIN, kept)   # not `colour = 'priciest stone'`
            read = _value_at_extreme(question, extreme, table, select)
            if grouped_by(question, word, table, sel):
                return query
            if read is extreme and _said_of_the_value(question, word, table, sel):
                return extreme_as_said(question, extreme, table)   # "Fastest response time of subject 310?": MIN
            return query if read is extreme else read
        if measuring and column not in measuring:
            column = max(measuring, key=lambda c: select[c])
        elif _unasked_code(question, table, column):
            others = [c for c in numbers if c != column and not is_identifier(table, c)]   # "the three biggest
            named = [c for c in others if _names(question_nouns, table, c, question)]   # districts"
            if others:   # is not SELECT distcod ORDER BY distcod
                column = max(named or others, key=lambda c: select[c])
        elif column == sel and asked is not None and asked[0] == "row" and _names_each_row(table, sel, kept) \
                and _names([singular(w) for w in asked[1]], table, sel, question):
            # "Which subject was quickest on day 4?" of `Subject` numbers, one per row that day: the rows it
            # names are ordered by another column, the one the question names, else the only other one (any
            # other when they are a data frame's row numbers, which rank nothing: the one the select head likes)
            others = [c for c in numbers if c != sel]
            named = [c for c in others if _names(question_nouns, table, c, question)]
            if named or len(others) == 1 or (others and ranks_nothing(table, sel)):
                column = max(named or others, key=lambda c: select[c])
        if asked is not None:   # "What are the three saltiest cereals?": the rows, not the value
            sel = _asked_column(*asked, table, column, question, {c.column for c in kept if c.operator == 0})
            if sel is None or sel in (-1, column):
                return query
    else:
        if asked is None and not pointed and not [c for c in measuring if c != sel] and not only_number:
            return query   # "What was the hottest day?" of `date`: the measure says what is ordered (the MAX of a
            #                text column of a table of one number column, by that column: "Largest drill in the
            #                chart?" of `Size` and `Diameter`)
        if asked is not None and (asked[0] in ("noun", "row") or (asked[0] == "person" and len(   # ("who ...?" of
                set(table.cells(sel, lower=True))) <= 2)) \
                and is_category(table, sel):   # `hc` yes/no: the rows; not "Who publishes ...?", a category of more)
            rows = _asked_column(*asked, table, sel, question)   # "What's the cheapest film?" of `mpaa`: a title
            if rows is not None and rows >= 0 and (not is_category(table, rows)
                                                   or _naming(table, rows)[0] > 2 * _naming(table, sel)[0]):
                sel = rows   # (or "Which car ..." of `model`, which repeats less than `drv`)
        elif asked is not None and asked[0] == "person" and text_extreme:   # "Who had the shortest tenure ...?"
            people = people_columns(table)   # decoded MIN(Term): the MIN of a text column means nothing, its
            if people and people[0] != sel:   # column neither: who is asked, the column of people
                sel = people[0]
        elif asked is not None and asked[0] == "row":   # "Which airport ...?" of `faa` codes (no spaces, at most 5
            nouns = [singular(w) for w in asked[1]]     # characters): the `name` that reads "airport", not the code
            rows = _asked_column(*asked, table, sel, question)
            words = header_word_sets(table.header)
            if rows is not None and rows >= 0 and rows != sel and table.types[rows] == "text" and nouns \
                    and _names(nouns, table, rows, question) and (
                        (not _names(nouns, table, sel, question)
                         and all(re.fullmatch(r"\S{1,5}", str(row[sel]).strip()) for row in table.rows))   # `ANC`
                        or (words[rows] & TITLE_WORDS and not words[sel] & TITLE_WORDS
                            and words[sel] & set(nouns))):   # "Which trial ...": `trial_name`, not `trial_nct`
                sel = rows
        candidates = [c for c in select if table.types[c] == "real" and c != sel and c not in conditioned
                      and varies(table, c)]   # not a `year` that is 2010 in every row
        candidates = [c for c in candidates if not _unasked_code(question, table, c)] or candidates   # no `distcod`
        said_years = set(YEAR.findall(question))   # "the top fertility rate in 1960" of a column per year
        named = [c for c in candidates if _names(question_nouns, table, c, question)
                 or year_of(str(table.header[c])) in said_years]
        measuring = [c for c in measuring if c != sel]
        bound = bool(pointed) and is_coordinate(table.header[pointed[0]]) and not position_said(question) and any(
            c != pointed[0] for c in candidates)   # `lat` pointed at by "north of lat 50", a bound: not "the sunniest"
        if pointed and (not measuring or pointed[0] in measuring) and not bound:
            column = pointed[0]
        elif candidates:
            column = max(measuring or _said_plainest(named, question, table) or candidates, key=lambda c: select[c])
        elif (word in _EXTREMES or _adjective(word) in _MEASURES) and (compared := [
                c.column for c in kept if c.operator != 0 and table.types[c.column] == "real"]):
            column = compared[0]   # no other number column: the one compared orders too ("Among half-hours with
            #                        solar_gen above 0.1, which had the lowest output?"; not after a typo that
            #                        reads as a superlative, "Who was firest elected ... larger than 41?")
        else:
            return query
        after = _after(question, word)
        only = len(candidates) == 1 and all(_names([w], table, sel, question) for w in after)
        if text_extreme and column not in named and column not in measuring and not only and (
                counts_the_unnamed(question, word, table) or (not _names_each_row(table, query.sel, kept) and (
                    _PER_GROUP.search(question.lower()) or _amount_of_many(question, word)))):
            return query   # (not "Which country has the most companies?": a count; but "In which year was Nuclear
            #              Energy output at its lowest?", "the three best years" of the table's one number column,
            #              and any superlative of a column that names each row once: no group to count there)
    if column not in extremes or grouped_by(question, word, table, sel) or grouped_by(question, word, table, query.sel):
        return query   # a group's question, asked of the model's column or of the one read
    most, least = extremes[column]
    descending = column_direction(question, word, table, column)
    descending = most >= least if descending is None else descending
    head = [singular(w) for w in (asked[1] if asked else [])[-1:]]
    bare = asked_for(question, bare=True) if asked is None else None
    named_rows = _asked_column(*bare, table, column, question) if bare is not None else None
    if named_rows is not None and named_rows >= 0 and named_rows != column:   # "Youngest France player in the
        return Query(named_rows, 0, kept, Order(column, descending, limit(question)))   # list?": a player
    unnamed = only_number and not _named_after(question, word, table) and not any(   # "Largest drill ...?": no
        w in VALUE_WORDS for w in _after(question, word)[:3])   # value named ("the highest emission factor": one)
    if table.types[query.sel] == "text" and limit(question) == 1 and not unnamed and (
            (asked is None and _said_of_the_value(question, word, table, column))
            or (asked is not None and asked[0] == "noun" and _asked_column(*asked, table, column, question) == -1
                and (not _names(head, table, query.sel, question) or not table.cells(query.sel)))):
        return Query(column, MAX if descending else MIN, kept)   # the value: "best yield in block VI", "What is the
        #      highest airport altitude in ...?" (its head noun names the ordered column, not the selected one, as
        #      "the smallest female age group" names `AgeGrp`, or an empty one too, `Instance GPU memory (in GB)`
        #      beside `Instance Memory (in GB)`; and one value: not "the three smallest ...")
    return Query(sel, 0, kept, Order(column, descending, limit(question)))
