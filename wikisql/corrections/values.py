"""Corrections of a condition's value: trimmed to, or written as, the cell it is, a cell cut short or said whole,
an amount written as its number, a stray bracket cut; and conditions dropped whose value is no row's (a function
word, a unit, a quantifier, a count of the rows, a clause, a rate, the place a distance is measured from, a word of
the table's name or a header, a word compared with a number column).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Collection, Sequence

from wikisql.content import cell_key, is_a_cell
from wikisql.corrections.aggregation import asks_total_of
from wikisql.corrections.common import _found, holds_no_cell
from wikisql.corrections.dates import drop_table_year
from wikisql.corrections.kinds import letter_code
from wikisql.database import reads_as_number
from wikisql.decoding import COUNT, FUNCTION_WORDS, SUM
from wikisql.encoding import NUMBER_WORDS, names_column, readable_header, singular
from wikisql.query import CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, count_cells

_QUOTES = "\"“”‘’'"   # quotes a value's span may take from the question


def trim_to_cells(query: Query, table: Table) -> Query:
    """`query` with an `=` text value that is no whole cell of its column but is one without the hyphens,
    punctuation, brackets or quotes at its ends ("starboard-" of "starboard-side boats": `starboard`; "(Yes)" of "had
    ascites at entry (Yes)": `Yes`) trimmed to that cell, or
    one with the full stop or question mark the question's own end took ("emissions for Congo, Dem. Rep.": `Congo,
    Dem. Rep.`; a market's question quoted last, "Will Sweden qualify ...?"), or the word a one-letter code stands for
    ("at high tension": `H`; letter_code), or the adjective of an adverb ("matched manually": `manual`), or without
    the full stop or question mark of the question's end ("the stability of Mo.": `Mo`)."""
    conds = []
    for condition in query.conds:
        value = str(condition.value)
        trimmed = value.strip(" -–—,;:/()[]" + _QUOTES)
        if (condition.operator == 0 and table.types[condition.column] == "text" and trimmed and trimmed != value
                and not count_cells(table, condition.column, value) and count_cells(table, condition.column, trimmed)):
            condition = dataclasses.replace(condition, value=trimmed)
        elif (condition.operator == 0 and table.types[condition.column] == "text" and not value.endswith((".", "?"))
              and not count_cells(table, condition.column, value)
              and (ended := next((value.strip(_QUOTES) + end for end in ".?"
                                  if count_cells(table, condition.column, value.strip(_QUOTES) + end)), None))):
            condition = dataclasses.replace(condition, value=ended)   # "Congo, Dem. Rep." at a question's end; a
            #            market's question "Will Sweden qualify ...?" quoted at its end, the quote and "?" cut off
        elif (condition.operator == 0 and table.types[condition.column] == "text" and value.rstrip(".?!") != value
              and value.rstrip(".?!") and not count_cells(table, condition.column, value)
              and count_cells(table, condition.column, value.rstrip(".?!"))):
            condition = dataclasses.replace(condition, value=value.rstrip(".?!"))   # "... of Mo.": `Mo`
        elif condition.operator == 0 and table.types[condition.column] == "text" \
                and not count_cells(table, condition.column, value):
            code = letter_code(value, table, condition.column)   # "at high tension": `H`
            if code is None:   # "matched manually": `manual`
                code = next((cell for cell in _adverb_stems(value) if count_cells(table, condition.column, cell)),
                            None)
            if code is None:   # "in Miami-Dade": `MIAMI_DADE_COUNTY_FL`
                code = _snake_cell_of_words(value, table, condition.column)
            if code is not None:
                condition = dataclasses.replace(condition, value=code)
        conds.append(condition)
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def _snake_cell_of_words(value: str, table: Table, column: int) -> str | None:
    """The one cell of the column written in snake case (`MIAMI_DADE_COUNTY_FL`, `LICENSED_EXEMPT`) that holds every
    word of `value` ("Miami-Dade"), else None."""
    words = set(re.findall(r"[a-z0-9]+", value.lower()))
    cells = {cell for cell in table.cells(column) if "_" in cell and " " not in cell.strip()
             and words <= set(re.findall(r"[a-z0-9]+", cell.lower()))}
    return cells.pop() if words and len(cells) == 1 else None


def quoted_cell_said(question: str, query: Query, table: Table) -> Query:
    """`query` with the condition a quoted span of the question says: a whole cell of one text column, the question
    mark the cell ends with inside the quotes or not ("How many trades were placed on "Will Harvey Weinstein be
    sentenced to less than 5 years in prison?"" decoded `entry_hour_utc < 5`: `question = '...prison?'`); the
    conditions whose values the quotes hold are dropped. `query` itself when the span is no cell, the cell of several
    columns, or the query has that condition already."""
    conds = list(query.conds)
    headers = {cell_key(header) for header in table.header}
    for quoted in re.findall(r"[\"“”]([^\"“”]{3,})[\"“”]", question):
        span = quoted.strip()
        key = cell_key(span)
        if key in headers:
            continue   # "the item "Lost"": a header quoted, though a row repeats the header as cells
        held = {(column, cell) for column, kind in enumerate(table.types) if kind == "text"
                for cell in table.cells(column) if key is not None and cell_key(cell) == key}   # (punctuation aside)
        if len(held) != 1:
            continue
        column, cell = held.pop()
        inside = [c for c in conds if str(c.value).strip() and str(c.value).strip(_QUOTES + " ?").lower()
                  in span.lower() and not (c.column == column and cell_key(c.value) == key)]
        conds = [c for c in conds if c not in inside]
        if not any(c.column == column and c.operator == 0 for c in conds):
            conds.append(Condition(column, 0, cell))
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def _adverb_stems(value: str) -> list[str]:
    """The adjectives an adverb of one word is made from: manually -> manual, automatically -> automatic,
    heavily -> heavy; nothing for a word that is no adverb in -ly."""
    word = value.strip()
    if not re.fullmatch(r"[A-Za-z]{4,}ly", word):
        return []
    stems = [word[:-2]]
    if word.lower().endswith("ally"):
        stems.append(word[:-4])
    if word.lower().endswith("ily"):
        stems.append(word[:-3] + "y")
    return stems


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
    `Type = 'a'`). The article "a" said as one goes from a comparison too ("bigger than a quarter inch": no `Size >
    'a'`)."""
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
    kept = tuple(c for c in query.conds if not (
        (c.operator == 0 and str(c.value).strip(" ,;:").lower() in FUNCTION_WORDS
         and len(str(c.value).strip(" ,;:")) >= 2 and said_as_a_word(str(c.value).strip(" ,;:")))
        or article(str(c.value).strip(" ,;:").lower())))   # (of a comparison too: "bigger than a quarter inch")
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
    highest aspect ratio" decoded `Species = 'three'`; "over the three provider types" decoded `provider_type =
    'three'`), or the number of the table's rows said after "all", "these",
    "those" or "the" ("the total weight of all 31 men" decoded `oxy = '31'`, "the 20 amino acids" of 20 rows; "the
    average close over these 59 sessions" decoded `Open > 59`, a comparison whatever the column holds)."""
    def counted_by_a_column(words: set[str]) -> bool:   # a number column headed with them: `num_cancer_types`
        return any(words & {singular(word) for word in re.findall(r"[a-z]+", readable_header(str(name)).lower())}
                   for name, kind in zip(table.header, table.types) if kind == "real")
    def counts_rows(value: str) -> bool:   # a plural next, or after one more word where no number column counts
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(value)}\s+([a-z]+)(?:\s+([a-z]+))?\b", question,
                                 re.IGNORECASE):   # them ("the three provider types"; not "in 2 cancer types" beside
            first, second = match[1].lower(), (match[2] or "").lower()   # `num_cancer_types`, a count to compare)
            if singular(first) != first or (second and singular(second) != second
                                            and not counted_by_a_column({first, singular(second)})):
                return True
        return False
    def all_rows(value: str) -> bool:   # "the total weight of all 31 men" of a table of 31 rows
        return value == str(len(table.rows)) and re.search(rf"\b(?:all|these|those|the)\s+{re.escape(value)}\s+[a-z]+",
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
    ("total cost in $1,000", "in 1000s", "in units of $10,000" anywhere), or the year an amount is valued in ("damage
    scaled to 2014 prices", "in 2010 dollars", said once): a unit, not a value."""
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
        base = condition.operator == 0 and re.fullmatch(r"(?:1[89]|20)\d\d", value) and len(re.findall(
            rf"(?<!\d){number}(?!\d)", question)) == 1 and re.search(
            rf"\b(?:scaled|adjusted|indexed|normali[sz]ed|deflated|converted)\s+to\s+{number}\b|"
            rf"\b(?:in|at|to)\s+(?:constant\s+)?{number}\s+(?:prices|dollars|usd|euros|terms|money)\b",
            question, re.IGNORECASE)   # the base year of an amount: "damage scaled to 2014 prices", "in 2010 dollars"
        return bool(value) and (said is not None or bool(unit) or bool(base))
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


def brackets_closed_as_said(question: str, query: Query, table: Table) -> Query:
    """`query` with a condition value that opens a bracket it does not close taken up to the bracket the question
    closes right after it, when that is a cell of its column ("the 22 year old from RCB-5(VILLA MILITAR)" decoded
    `LOCALIDAD = 'RCB-5(VILLA MILITAR'`, the cell `RCB-5(VILLA MILITAR)`); square brackets too ("'Severe hypoxic
    ischemic encephalopathy [HIE]'" decoded `... [HIE`)."""
    def closed(c: Condition) -> Condition:
        value = c.value if isinstance(c.value, str) else ""
        if table.types[c.column] != "text":
            return c
        for opening, closing in ("()", "[]"):
            if value.count(opening) <= value.count(closing):
                continue
            for start, end in _found(question, value):
                whole = question[start:end + 1]
                if question[end:end + 1] == closing and count_cells(table, c.column, whole):
                    return dataclasses.replace(c, value=whole)
        return c
    conds = tuple(map(closed, query.conds))
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


# A condition value that is a quantifier, not a row's cell: "the total distance of all the races" decoded
# `name = 'all'` or `name = 'total'`, "How many occupations are there of each type?" `type = 'each type'`.
_QUANTIFIER_VALUE = re.compile(r"(?:all|total|any|every|each|overall|altogether|combined|together|whole|single)"
                               r"(?:\s+\w+)?|per",
                               re.IGNORECASE)


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
