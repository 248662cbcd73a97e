"""Conditions the question implies rather than states: the kind of rows it asks about (`city = 'state'`), a sex
("women": `sex = 'F'`), the code a word, a label or "the two-letter code" stands for, a finer cell said after a
value, a state of matter, a place's adjective ("African"), a US state written as its postal code ("Florida":
`State = 'FL'`), and a choice between two cells of one column.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Callable, Sequence

from wikisql.content import cell_key
from wikisql.corrections.columns import header_tokens
from wikisql.corrections.common import MAX_KIND_CELLS, _found
from wikisql.corrections.holders import _holding_columns
from wikisql.decoding import COUNT, FUNCTION_WORDS
from wikisql.encoding import MAX_CONDITIONS, NUMBER_WORDS, singular
from wikisql.query import CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.tables import count_cells, is_missing


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


_ASKED_NOUN = re.compile(r"^(?:which|what|how\s+many|name\s+the|list\s+the)\s+(?:(?:one|two|three|four|five|\d+)\s+)?"
                         r"([a-z]+)\b|\bamong\s+(?:the\s+|all\s+)?([a-z]+)\s*\??$|"
                         r"\bthe\s+([a-z]+)\s+(?:with|that|which|where)\s+(?:the\s+)?(?:most|least|highest|lowest|"
                         r"largest|smallest|fewest)\b|"
                         r"\b(?:are|were)\s+([a-z]+)\s*\??$|"   # "How many of the cars are coupes?"
                         r"\bof\s+(?:all\s+)?the\s+([a-z]+)\s+(?:in|of|from)\b", re.IGNORECASE)   # "of the towns in X"
# the noun after an adjective: "How many hybrid sedans ...?" (tried after _ASKED_NOUN finds no kind)
_SECOND_NOUN = re.compile(r"^(?:which|what|how\s+many)\s+[a-z]+\s+([a-z]+)\b", re.IGNORECASE)


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
        first != second for first, second, _, _ in cells_joined(text, table, column, r"or(?:\s+an?)?",
                                                                edge=r"[\w-]"))}   # "a wind or an energy ..."
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


# the United States' states (and DC) and their postal codes, which tables write for them (`State` 'CA', 'FL')
US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "district of columbia": "DC", "florida": "FL", "georgia": "GA",
    "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY",
    "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
    "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA", "rhode island": "RI",
    "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT",
    "virginia": "VA", "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY"}
_STATE_NAME = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, US_STATES), key=len, reverse=True))
                         + r")(?![\w-])", re.IGNORECASE)


def _state_code_columns(table: Table) -> list[int]:
    """The text columns of US states' postal codes: two capital letters in every cell, most of them a state's."""
    codes = set(US_STATES.values())
    found = []
    for column, kind in enumerate(table.types):
        cells = table.cells(column) if kind == "text" else []
        if cells and all(re.fullmatch(r"[A-Z]{2}", cell) for cell in cells) \
                and sum(cell in codes for cell in cells) > len(cells) / 2:
            found.append(column)
    return found


def states_by_their_codes(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """`query` naming a US state by the postal code its column writes: `State = 'Florida'`, which no row holds, is
    `State = 'FL'`; and a state the question names that no condition has ("Name the two California stations farthest
    north") adds `State = 'CA'` on the one column of codes, when no cell anywhere writes the name and the rows kept
    are fewer, and some."""
    named = {match[1].lower() for match in _STATE_NAME.finditer(question)}
    values = [str(c.value).strip().lower() for c in query.conds]
    if not named and not any(value in US_STATES for value in values):
        return query   # (the table's cells are read only where a state is named)
    columns = _state_code_columns(table)
    if len(columns) != 1:
        return query
    column = columns[0]
    held = set(table.cells(column))
    conds = tuple(dataclasses.replace(c, value=US_STATES[value])
                  if c.column == column and c.operator == 0 and value in US_STATES and US_STATES[value] in held
                  else c for c, value in zip(query.conds, values))
    changed = dataclasses.replace(query, conds=conds)
    given = {str(c.value).strip().lower() for c in conds}
    codes = [US_STATES[name] for name in named if US_STATES[name] in held and US_STATES[name].lower() not in given
             and not any(name in value for value in given)]   # (not "Washington" of `Airport = 'Washington Dulles'`)
    if len(codes) == 1 and column not in {c.column for c in conds} and len(conds) < MAX_CONDITIONS and not any(
            cell_key(cell) == cell_key(name) for name in named for row in table.rows for cell in row):
        added = dataclasses.replace(changed, conds=conds + (Condition(column, 0, codes[0]),))
        if 0 < rows_matched(added) < rows_matched(changed):
            changed = added
    return query if changed == query else changed
