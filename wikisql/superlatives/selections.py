"""Corrections the engine runs around the superlative readings: an aggregation as the question says it
(average_as_said, extreme_as_said); an ordering's rows named, kept to a kind said, ordered by the header said or by the
column of its extreme, or dated (name_the_rows ... dated_rows); a lookup's select turned to the row, noun or time asked
rather than a number, a kind, a link or an id (select_the_row_asked ... person_not_an_id, name_not_an_id).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable, Sequence

from wikisql.corrections import days_of, header_tokens, said_words, token_said
from wikisql.encoding import MAX_CONDITIONS, NUMBER_WORDS, TIME_WORDS, readable_header, singular
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.superlatives.naming import _names, ranks_nothing
from wikisql.superlatives.rows import (
    _head_word,
    _names_each_row,
    _numbered_noun,
    asked_for,
    is_category,
    names_more_rows,
    people_columns,
    row_name_column,
    varies,
)
from wikisql.superlatives.words import (
    _EXTREMES,
    IDENTIFIER_WORDS,
    MAX,
    MIN,
    PERSON_WORDS,
    TITLE_WORDS,
    VALUE_WORDS,
    _a_year,
    _is_superlative,
    _words,
    column_direction,
    header_word_sets,
    phrase_nouns,
    superlative_word,
)
from wikisql.tables import column_numbers, count_cells

_POSITIONAL = frozenset("first last top bottom".split())   # "first elected", "top 5": not a direction of a value


_AVERAGE = re.compile(r"\b(?:average|mean)\b", re.IGNORECASE)
_MEANS = re.compile(r"\b(?:does|do|did)\b[^?]*\bmean\b(?!\s+[a-z])", re.IGNORECASE)   # the verb, not an average


def average_as_said(question: str, query: Query, table: Table,
                    rows_matched: Callable[[Query], int] | None = None) -> Query:
    """`query` with AVG for its MAX or MIN of a number column when the question asks for an average and says no
    superlative ("What was the average fertility rate across the list in 1990?" decoded MIN(1990); "maximum" or
    "minimum" naming the column, `MaxTemp`, is none); not "the highest average", nor of a column that is an average
    itself (`Average`, `avg.price`). Also for no aggregation when the conditions keep two rows or more
    (`rows_matched`): "Average 36-month IQ of treated children (treat 1)" decoded SELECT iqsb.36 WHERE treat = 1."""
    plain = query.agg == 0 and rows_matched is not None
    if (query.agg not in (MAX, MIN) and not plain) or query.order is not None or table.types[query.sel] != "real":
        return query
    header = header_word_sets([table.header[query.sel]])[0]
    naming = {word for word, code in (("maximum", "max"), ("minimum", "min")) if code in header or word in header}
    #         ("the average maximum temperature" of `MaxTemp`: the column's name, no superlative)
    word = superlative_word(question, table)
    def written() -> bool:   # "Average a_mean of the minor groups?": the mean of `a_mean`, an average itself
        return re.search(rf"\b(?:average|mean)\s+(?:of\s+)?(?:the\s+)?{re.escape(str(table.header[query.sel]))}(?!\w)",
                         question, re.IGNORECASE) is not None
    if (not _AVERAGE.search(question) or (header & {"average", "avg", "mean"} and not written())
            or (word and word not in naming) or (set(_words(question)) & _EXTREMES) - naming):   # "the top average
        return query                                                                         # income"
    if plain and (_MEANS.search(question) or rows_matched(query) < 2):
        return query   # ("What does the category code LHR mean?": no average)
    return dataclasses.replace(query, agg=AGGREGATION_OPS.index("AVG"))


def extreme_as_said(question: str, query: Query, table: Table) -> Query:
    """`query` with its MAX or MIN of a number column turned the way the question's superlative says it ("What was
    the slowest time that still won gold?": MAX of a time; "the warmest January temperature": MAX), when the
    superlative is one of _EXTREMES with a direction (direction: the slowest of a time is its largest), and not
    a position (first, last, top, bottom)."""
    if query.agg not in (MAX, MIN) or query.order is not None or table.types[query.sel] != "real":
        return query
    word = superlative_word(question, table)
    if word is None or word not in _EXTREMES or word in _POSITIONAL:
        return query
    descending = column_direction(question, word, table, query.sel)
    if descending is None or (query.agg == MAX) == descending:
        return query
    return dataclasses.replace(query, agg=MAX if descending else MIN)


def name_the_rows(query: Query, table: Table) -> Query:
    """An ordering that selects the column an `=` condition gives ("Which two origin 1 cars get the best mpg?" read
    SELECT origin WHERE origin = 1 ORDER BY mpg) selects the rows' names instead (row_name_column, not a
    column of the conditions), if the table has one; not for a text value no cell holds (a pointer the model put
    on the selected column, "What are the top three EEA regions ...?" decoded `Region = 'three EEA regions ...'`,
    dropped later)."""
    given = {c.column for c in query.conds if c.operator == CONDITION_OPS.index("=") and (
        table.types[c.column] != "text" or count_cells(table, c.column, c.value))}   # not a pointer, `Region =
    if query.order is None or query.agg != 0 or query.sel not in given:   # 'three EEA regions by emission factor'`
        return query
    named = row_name_column(table, exclude=given)
    return query if named is None else dataclasses.replace(query, sel=named)


_WHICH_CELL = re.compile(r"^(?:which|what) (?P<word>[a-z][\w-]*) (?:is|was|are|were)\b")


def kind_said_as_rows(question: str, query: Query, table: Table) -> Query:
    """An ordering asked of the rows of one kind said in place of the rows' noun ("Which Human is the heaviest?",
    "Which Droid is the tallest?" of characters whose `species` holds Human and Droid) or before it ("Which ground
    fire had the smallest final size?", "the three largest lightning fires" of fires whose `fire_type` holds Ground
    and `general_cause` Lightning) keeps those rows: the word is a cell of one text column only, no header's word,
    and no condition is on that column or has that value yet."""
    if query.order is None:
        return query
    text = " ".join(question.lower().split())
    match = _WHICH_CELL.match(text)
    words = [match["word"]] if match else []
    asked = asked_for(question)
    if asked is not None and asked[0] in ("row", "noun"):   # the words before the asked noun
        words += [w for w in asked[1][:-1] if not _is_superlative(w) and w not in NUMBER_WORDS]
    header_sets = header_word_sets(table.header)
    header_words = set().union(*header_sets)
    values = set().union(*(_words(str(c.value)) for c in query.conds))
    for word in words:
        if word in header_words or word in values:   # "Which Middle Africa country ...": `Middle Africa` already
            continue
        kinds = {column: cell for column, kind in enumerate(table.types) if kind == "text"   # (not `holding`,
                 for cell in {str(row[column]).strip() for row in table.rows} if cell.lower() == word}   # the function)
        if len(kinds) > 1:   # "ground fire" of `fire_type` and `ia_access`: the one of the rows' kind
            noun = {singular(asked[1][-1])} if asked is not None and asked[1] else set()
            kinds = {c: cell for c, cell in kinds.items() if header_sets[c] & (KIND_HEADER_WORDS | noun)}
        if len(kinds) != 1:
            continue
        column, cell = kinds.popitem()
        if any(c.column == column for c in query.conds) or column == query.sel or len(query.conds) >= MAX_CONDITIONS:
            continue
        return dataclasses.replace(query, conds=query.conds + (Condition(column, CONDITION_OPS.index("="), cell),))
    return query


def order_by_the_header_said(question: str, query: Query, table: Table) -> Query:
    """An ordering by a column the question does not name, when it says another number column's header of two
    words or more in full, as the table writes it: "Which hour saw the most walkers at 8 Darby Street NS?" of a
    table of pedestrian counts by street orders `8 Darby Street NS`, not `Te Ara Tahuhu Walkway`; "the lowest unique
    keys" `UNIQUE KEY`; a code of letters and digits said as itself ("the top x7 score": `x7`, not `x8`). Not a
    column a condition gives or the one selected, nor where two such headers are said."""
    if query.order is None:
        return query
    text = f" {' '.join(singular(w) for w in _words(question))} "

    def said(column: int) -> bool:   # every word of the header, in its order, as the question's own words
        words = [singular(w) for w in _words(str(table.header[column]))]
        coded = len(words) == 1 and re.fullmatch(r"[a-z]+\d+|\d+[a-z]+", words[0]) is not None   # `x7`
        return (len(words) >= 2 or coded) and f" {' '.join(words)} " in text

    ordered = {singular(w) for w in _words(str(table.header[query.order.column]))}
    if said(query.order.column) or ordered <= set(text.split()):
        return query
    conditioned = {c.column for c in query.conds}   # "with infant mortality above 100": a condition's, not the order
    named = [c for c, kind in enumerate(table.types) if kind == "real" and said(c) and c != query.sel
             and c not in conditioned   # (a code too, when said in full: "the lowest unique keys"), but not one the
             and not {singular(w) for w in _words(str(table.header[c]))} <= ordered]   # ordered column qualifies:
    #                                                                       "the highest background NO2" of `bg.no2`
    if len(named) != 1:
        return query
    return dataclasses.replace(query, order=dataclasses.replace(query.order, column=named[0]))


def ordered_by_its_extreme(question: str, query: Query, table: Table) -> Query:
    """An ordering by one of a column's minimum and maximum (`TEMPERATURE_MIN`, `TEMPERATURE_MAX`; MinTemp, MaxTemp)
    orders by the one its direction names when the question says neither ("Which day was the hottest?": the
    highest maximum; "the coldest day": the lowest minimum); "the highest minimum temperature" and "the warmest
    night" keep their own."""
    if query.order is None:
        return query
    tokens = [header_tokens(str(header)) for header in table.header]
    own = tokens[query.order.column]
    bounds = [t for t in own if t in ("min", "max")]
    if len(bounds) != 1:
        return query
    wanted = "max" if query.order.descending else "min"
    words, text = said_words(question)
    if bounds[0] == wanted or any(token_said(bound, words, text) for bound in ("min", "max")) or \
            {"night", "overnight", "nighttime", "morning", "dawn"} & set(words):
        return query   # ("the warmest night": the highest minimum)
    sibling = [c for c, other in enumerate(tokens) if table.types[c] == "real" and other ==
               [wanted if t == bounds[0] else t for t in own]]
    if len(sibling) != 1:
        return query
    return dataclasses.replace(query, order=dataclasses.replace(query.order, column=sibling[0]))


_PART_OF_A_DATE = frozenset({"month", "day", "week", "weekday", "hour", "quarter"})


def dated_rows(question: str, query: Query, table: Table) -> Query:
    """An ordering that selects a part of a date which repeats among the rows it orders (`month` 1-12 of a monthly
    series over years, `day_of_week`) selects the rows' date instead, when one column headed as a date names each
    of those rows: "Which three months had the highest disease death rates?" asks for three months of the series
    (`Date`), not three month numbers; "Which month of 1856 saw the most deaths?" (`Year = 1856` keeps one row per
    month) keeps `Month`, and so does a question that says "number" ("Month number please") or asks for the day of
    the week ("Which weekday had the highest yen rate?")."""
    if query.order is None or {"number", "weekday"} & set(_words(question)) \
            or re.search(r"\bday of the week\b", question.lower()):
        return query
    if not header_word_sets([table.header[query.sel]])[0] & _PART_OF_A_DATE:
        return query
    equal = [c for c in query.conds if c.operator == 0]
    if _names_each_row(table, query.sel, equal):
        return query
    dates = [c for c, words in enumerate(header_word_sets(table.header))
             if "date" in words and c != query.sel and _names_each_row(table, c, equal)]
    return dataclasses.replace(query, sel=dates[0]) if len(dates) == 1 else query


_WHICH = re.compile(r"\s*(?:(?:in|on|at|for|from|by) )?which\b")


def select_the_row_asked(question: str, query: Query, table: Table) -> Query:
    """A lookup that asks for a row ("Which area sold 1,127 homes?": asked_for) but selects a number or date column
    that neither the asked noun nor any other word of the question names (decoded SELECT volume WHERE sales = 1,127;
    a word that names a condition's column too does not count: "Which station reached full bloom on 2025-04-23?" of
    `fullbloom_days` beside `fullbloom_date`) selects the rows' names instead (row_name_column: `city`), when no
    condition gives them. Not for a noun of time ("Which year ...", "Which week ...") or one that names a column
    itself, nor a superlative."""
    dated = "date" in header_word_sets([table.header[query.sel]])[0]   # `bud_burst_date`: no row's name either
    if query.agg != 0 or query.order is not None or (table.types[query.sel] != "real" and not dated) or \
            not query.conds or not _WHICH.match(question.lower()) or superlative_word(question, table) is not None:
        return query   # ("What selection was ...?" asks a value; a superlative's rows are the ordering's)
    asked = asked_for(question)
    if asked is None or asked[0] != "row" or not asked[1]:
        return query
    nouns = [singular(w) for w in asked[1]]
    if any(noun in TIME_WORDS or noun in VALUE_WORDS for noun in nouns) or any(
            _names(nouns, table, column, question) and _answers_which(table, column, nouns)
            for column in range(len(table.header))):
        return query
    words = [singular(w) for w in _words(question)]
    words = [w for w in words if not any(_names([w], table, c.column, question) for c in query.conds)]   # not
    #  "full bloom" of `fullbloom_days` when it names the condition's `fullbloom_date` as well
    if _names(words, table, query.sel, question) and _answers_which(table, query.sel, nouns):
        return query
    named = row_name_column(table)
    if named is None or named in query.given_columns() or named == query.sel or (
            table.types[named] != "text" and not ranks_nothing(table, named)):
        return query   # (the rows' names, or their numbers: "Which participant ...?" of a survey's `seqn`)
    return dataclasses.replace(query, sel=named)


def name_not_a_modifier(question: str, query: Query, table: Table) -> Query:
    """`query` selecting the rows' names (row_name_column, a `name` or `title` column naming most rows) instead of a
    text column that a modifier of the asked noun names and its head noun does not ("Which beach bar opened
    earliest?" decoded SELECT beach: a few bars share a beach; the head noun "bar" names no column), for the rows
    an ordering ranks, when no condition gives either column."""
    asked = asked_for(question)
    if query.agg != 0 or asked is None or asked[0] not in ("row", "noun"):
        return query
    nouns = phrase_nouns(asked[1])
    words = header_word_sets(table.header)
    if len(nouns) < 2 or query.order is None or table.types[query.sel] != "text" \
            or not words[query.sel] & set(nouns[:-1]) or any(nouns[-1] in header for header in words) \
            or _names(nouns[-1:], table, query.sel, question):
        return query
    rows = names_more_rows(table, query.sel)
    if rows is None or {query.sel, rows} & set(query.given_columns()):
        return query
    return dataclasses.replace(query, sel=rows)


_NAMING_ENDS = frozenset("name names type types model models id code title label".split())


def _heads_a_family(noun: str, table: Table) -> bool:
    """Whether the noun is the first word of two headers or more that go on with a word (`gpu_chip`, `gpu_clock` for
    "GPU"), none of which names or identifies (not `turbine_type`, `turbine_id`): it says whose attributes those
    columns are, the rows', not what one of them holds (nor `team86`, `team87`: one attribute, by year)."""
    family = [said for said in (_words(readable_header(str(header))) for header in table.header)
              if len(said) >= 2 and singular(said[0]) == noun and said[1].isalpha()]
    return len(family) >= 2 and not any(said[1] in _NAMING_ENDS for said in family)


def name_not_a_family(question: str, query: Query, table: Table) -> Query:
    """`query` selecting the rows' names (row_name_column, headed name or title, a cell in every row) instead of a
    text or number column of the family the asked noun heads (_heads_a_family: "Which GPU has a memory clock of 1188
    MHz?" decoded SELECT `gpu_clock`, or `gpu_chip` for "Which GPU has the lowest TDP?": "GPU" heads `gpu_chip` and
    `gpu_clock`, the attributes of each GPU the table names), when no condition gives either column."""
    asked = asked_for(question)
    if query.agg != 0 or asked is None or asked[0] not in ("row", "noun") or not _WHICH.match(question.lower()):
        return query
    nouns = phrase_nouns(asked[1])
    said = _words(readable_header(str(table.header[query.sel])))
    if not nouns or len(said) < 2 or singular(said[0]) != nouns[-1] or not _heads_a_family(nouns[-1], table):
        return query
    rows = row_name_column(table)
    if rows is None or rows == query.sel or not header_word_sets(table.header)[rows] & TITLE_WORDS \
            or len(table.cells(rows)) < len(table.rows) or {query.sel, rows} & set(query.given_columns()):
        return query
    return dataclasses.replace(query, sel=rows)


def _answers_which(table: Table, column: int, nouns: Sequence[str]) -> bool:
    """Whether a column the asked noun names can answer "which": not one the same in every row whose header the noun
    only qualifies (`ion_charge` 1 for "Which ion ...?"; but WikiSQL's "Which Played has ...?" of `Played`, its
    head)."""
    return varies(table, column) or singular(_head_word(str(table.header[column])).lower()) in nouns


def select_the_noun_asked(question: str, query: Query, table: Table) -> Query:
    """"Which country had 45902 confirmed cases?" decoded SELECT `Province/State`: the asked noun (asked_for, its
    last noun) is a word of one other text column's header (`Country/Region`), none of the selected one's, and no
    condition gives that column: it is selected (also for the rows a superlative orders: "Name the three countries
    with the most confirmed cases"); after "Which", or for a superlative's rows."""
    asked = asked_for(question)
    if query.agg != 0 or asked is None or not asked[1] or asked[0] not in ("row", "noun"):
        return query
    which = (asked[0] == "row" and _WHICH.match(question.lower())) or (asked[0] == "noun" and query.order is not None)
    #        (not "What score to par did Mike Weir have?": `To par`, a value's column; but "What district is ...?"
    #        of a column of districts, below)
    nouns = phrase_nouns(asked[1])
    if not nouns or nouns[-1] in TIME_WORDS or _heads_a_family(nouns[-1], table):   # "Which GPU": not `gpu_chip`
        return query
    words = header_word_sets(table.header)
    if any(noun in words[query.sel] for noun in nouns):   # "Which manufacturer makes ...": `Manufacturer`, not `Make`
        return query
    if _numbered_noun(nouns[-1], table) == query.sel:
        return query   # "Which three flights ...": `FL_NUM` numbers them (not `Flight Status`)
    named = [c for c in range(len(table.header)) if nouns[-1] in words[c] and table.types[c] == "text"
             and c not in query.given_columns()] if which else []
    if not named and query.order is None and not any(nouns[-1] in header_words for header_words in words):
        named = [c for c, kind in enumerate(table.types)   # "What district is Kerikeri in?" of `admin2` cells "Far
                 #                                            North District": the column (a lookup's; of superlatives
                 #                                            it cost one of a blind set as it mended one of a read set)
                 if kind == "text" and c not in query.given_columns() and cells_end_with(table, c, nouns[-1])]
    return dataclasses.replace(query, sel=named[0]) if len(named) == 1 else query


def cells_end_with(table: Table, column: int, noun: str) -> bool:
    """Whether most of a column's non-empty cells end with the noun as a word of their own ("Waimakariri District",
    "Cook County" for "district", "county"): the column holds things of that kind though no header says it."""
    cells = table.cells(column, lower=True)
    ending = sum(len(cell.split()) >= 2 and singular(cell.split()[-1]) == noun for cell in cells)
    return bool(cells) and 2 * ending > len(cells)


def select_the_time_asked(question: str, query: Query, table: Table) -> Query:
    """A lookup that asks "When ...?" but selects a number column that holds no years ("When did 150 K Road count
    184 pedestrians?" decoded SELECT `183 K Road`) selects the one column headed as a time (TIME_WORDS: `hour`)
    that varies and no condition gives: a count is no time. "On which day ...?" selects the one column of days
    (`dt` '2018-10-01') no condition gives."""
    day_asked = re.match(r"\s*(?:(?:on|in)\s+)?(?:which|what)\s+(?:day|date)\b", question, re.IGNORECASE)
    if query.agg != 0 or query.order is not None or table.types[query.sel] != "real" or not day_asked and \
            not re.match(r"\s*when\s+(?:did|does|do|was|were|is|are|has|have|had)\b", question, re.IGNORECASE):
        return query   # (not WikiSQL's "When laps are less than 80 ..., what is the grid?")
    if day_asked:   # "On which day did the stock close at 243?" of `dt` (days) and `open`: the one column of days
        days = [c for c in range(len(table.header)) if table.types[c] == "text" and c not in query.given_columns()
                and days_of(table, c) is not None]
        return dataclasses.replace(query, sel=days[0]) if len(days) == 1 else query
    words = header_word_sets(table.header)
    if words[query.sel] & set(TIME_WORDS) or words[query.sel] <= {singular(w) for w in _words(question)}:
        return query   # a time already; "When did the Maastrichtian start?": `Start`, said
    numbers = column_numbers(table, query.sel)
    if numbers and all(map(_a_year, numbers)):
        return query   # years (`Founded`): a time itself
    timed = [c for c in range(len(table.header)) if words[c] & set(TIME_WORDS) and varies(table, c)
             and c not in query.given_columns()]
    return dataclasses.replace(query, sel=timed[0]) if len(timed) == 1 else query


# header words of a column that holds the rows' kinds (`Type`, `class`, `Language_Type`)
KIND_HEADER_WORDS = frozenset("kind type sort category class classification genre style variety form format".split())


def name_not_its_kind(question: str, query: Query, table: Table) -> Query:
    """"Which language is deu?" decoded SELECT Language_Type: a column of the asked noun's kind (its header is the
    noun and a kind word; few cells) answers "which kind", not "which language"; the rows' names are asked
    (row_name_column: `Ref_Name`), when the question says no kind word and no condition gives them."""
    asked = re.match(r"\s*(?:which|what)\s+([a-z]+)\b", question.lower())
    if asked is None or query.agg != 0 or query.order is not None or table.types[query.sel] != "text":
        return query
    noun = singular(asked[1])
    words = header_word_sets([table.header[query.sel]])[0]
    if noun not in words or not words - {noun} or not words - {noun} <= KIND_HEADER_WORDS \
            or KIND_HEADER_WORDS & {singular(w) for w in _words(question)} or not is_category(table, query.sel):
        return query
    named = row_name_column(table, exclude={query.sel} | query.given_columns())
    if named is None or table.types[named] != "text" or not _names_each_row(table, named):
        return query
    return dataclasses.replace(query, sel=named)


# words that ask for a column of pointers itself: its links, its images, its keys
_POINTER_WORDS = frozenset("url urls link links website websites site web page homepage address href image images "
                           "photo photos picture pictures file files uuid hash".split())


# "Which ...", "Who ...", "What snack did ...": a question that asks which row, by its name
_ASKS_WHICH_ROW = re.compile(r"\s*(?:which|who|what\s+(?!(?:is|was|are|were|did|does|do|has|had)\b)[a-z]+\s+"
                             r"(?:did|does|do|was|is|were|are|had|has)\b)\b", re.IGNORECASE)


_SOURCE_WORDS = frozenset("source provenance citation reference".split())   # a column of links a figure comes from
_COMES_FROM = re.compile(r"\bwhere (?:does|do|did|is|was|are|were) .*\b(?:comes?|came|taken|sourced) from\b")


def name_not_its_link(question: str, query: Query, table: Table, select: dict[int, float]) -> Query:
    """A query that selects a column of pointers (Table.holds_pointers: `url`, a `CSV` column of download links,
    `snack_image` of UUIDs) the question does not ask for (no pointer word, not the header's head word: "Which
    snack ...?" does not ask for `snack_image`; "Where does the figure come from?" asks for a `source`): the rows'
    names where it orders rows or asks which one ("Which club had the least possession?": `squad`,
    row_name_column), else the select head's likeliest other column (`select`: column -> log p) that is no pointer
    and no column a condition gives."""
    if query.agg != 0 or query.sel >= len(table.header) or not table.holds_pointers(query.sel):
        return query
    header = str(table.header[query.sel])
    asking = _POINTER_WORDS | {singular(_head_word(header).lower())}
    own = header_word_sets([header])[0]
    if len(own) == 1:
        asking |= own   # `CSV`, `url`: the header is the pointer's own word
    if asking & {singular(w) for w in _words(question)}:
        return query
    if own & _SOURCE_WORDS and _COMES_FROM.search(question.lower()):
        return query   # "Where does the figure for TPU3 come from?" of `source` links: the source is asked
    links = {c for c in range(len(table.header)) if table.holds_pointers(c)}
    taken = links | query.given_columns() | ({query.order.column} if query.order is not None else set())
    if query.order is not None or _ASKS_WHICH_ROW.match(question):
        named = row_name_column(table, exclude=taken)
        return query if named is None else dataclasses.replace(query, sel=named)
    others = [c for c in select if c not in taken and c < len(table.header)]
    return dataclasses.replace(query, sel=max(others, key=lambda c: (select[c], -c))) if others else query


_NAME_PARTS = frozenset("last first given family middle surname forename lastname firstname".split())
_PART_SAID = re.compile(r"\b(?:last|first|given|family|middle|christian)[ _-]?names?\b|\b(?:sur|fore|nick)names?\b",
                        re.IGNORECASE)


def full_name_not_a_part(question: str, query: Query, table: Table) -> Query:
    """A query that selects one part of people's names (`last_name`, `first_name`, `Surname`) when the question does
    not ask for that part ("Which LAFC GK earned the most?"): the one other text column whose every cell holds the
    part's cell of its row and more (`player` 'Lionel Messi' of `last_name` 'Messi'), their full names."""
    if query.agg != 0 or query.sel >= len(table.header) or table.types[query.sel] != "text" \
            or _PART_SAID.search(question) or not header_word_sets([table.header[query.sel]])[0] & _NAME_PARTS \
            or str(table.header[query.sel]).strip().lower() in question.lower():   # ("first_name of the player ...")
        return query
    def holds_the_part(column: int) -> bool:
        pairs = [(str(row[query.sel]).strip().lower(), str(row[column]).strip().lower()) for row in table.rows
                 if row[query.sel] not in (None, "") and row[column] not in (None, "")]
        return len(pairs) >= 2 and all(part in whole and len(whole) > len(part) for part, whole in pairs)
    fuller = [c for c, kind in enumerate(table.types) if kind == "text" and c != query.sel
              and c not in query.given_columns() and holds_the_part(c)]
    return dataclasses.replace(query, sel=fuller[0]) if len(fuller) == 1 else query


_ASKS_AN_ID = frozenset("id ids identifier identifiers code codes number numbers accession".split())
_NUMBER_HEADS = frozenset({"number", "code"})   # a text column whose header ends so names its rows (`gauge number`)


def name_not_an_id(question: str, query: Query, table: Table) -> Query:
    """"Which gene has the highest max FPKM?" decoded SELECT Ensembl_Gene_ID (a column headed as an identifier, `id`,
    or as a number or code: "Which gauge is the southernmost?" of `gauge number`, "Which subgroup has the largest R?"
    of the numbers of `subgroup_number`): the rows are asked by their
    name, the one other text column that names as many rows and is headed as no identifier (`Symbol`, `site name`),
    when the question asks which row ("Which ...", "Who ...": _ASKS_WHICH_ROW) or orders them ("Name the two
    westernmost gauges."), says no word of an identifier ("Which gene ID ...?") and no condition gives that
    column."""
    asked = set(_words(question))
    if query.agg != 0 or not (_ASKS_WHICH_ROW.match(question) or query.order is not None) or _ASKS_AN_ID & asked:
        return query
    words = header_word_sets(table.header)
    tokens = _words(str(table.header[query.sel]))
    if not words[query.sel] & IDENTIFIER_WORDS and not (tokens[-1:] and tokens[-1] in _NUMBER_HEADS):
        return query   # (`Ensembl_Gene_ID`, `gauge number`; not `Seat no 1`)
    numbered = table.types[query.sel] == "real"   # numbers (`subgroup_number`): only where the question says no
    if numbered and tokens[-1:] and tokens[-1] in asked:   # word of their header's head ("What is the
        return query                                                   # Index of ...?") and for a column of names,
    named = [c for c, kind in enumerate(table.types)                  # not of times (`entry_time`)
             if kind == "text" and c != query.sel and c not in query.given_columns() and not words[c] & IDENTIFIER_WORDS
             and not table.holds_pointers(c) and _names_each_row(table, c)
             and not (numbered and words[c] & set(TIME_WORDS))]
    return dataclasses.replace(query, sel=named[0]) if len(named) == 1 else query


def person_not_an_id(question: str, query: Query, table: Table) -> Query:
    """"Who has KBO player ID 95657?" or "Which player was born in month 10 of 1987?" decoded SELECT playerID (an
    identifier of the people: its header says id): the people's names are asked (people_columns: `nameFull`),
    when the question does not ask for the id itself ("Which player ID ...?") and no condition gives them."""
    asked = re.match(r"\s*(?:(who|whom)|(?:which|what)\s+([a-z]+)(?:\s+([a-z]+))?)\b", question.lower())
    if asked is None or query.agg != 0 or query.sel >= len(table.header):
        return query   # (text `playerID` or a number `player_id`)
    if asked[2] is not None and (singular(asked[2]) not in PERSON_WORDS or (asked[3] or "") in IDENTIFIER_WORDS):
        return query
    words = header_word_sets(table.header)
    if not words[query.sel] & IDENTIFIER_WORDS:
        return query
    people = [c for c in people_columns(table) if not words[c] & IDENTIFIER_WORDS and c not in query.given_columns()]
    return dataclasses.replace(query, sel=people[0]) if people and people[0] != query.sel else query
