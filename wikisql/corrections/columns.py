"""Corrections of which column the query reads: not one a condition gives the value of, the one whose code the
question writes (`varp97`; "type b": `Type = 'b'`) or whose header token it says (`MinTemp` for "minimum"; a header
without its qualifier; the head of a compound), the measure a unit or an adjective asks for, the percentile said.
Also header_tokens, said_words and token_said, which read a header in the question, and move_columns.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable, Sequence

from wikisql.corrections.common import (
    MAX_KIND_CELLS,
    UNIT_OF,
    holds_no_cell,
    kept_rows,
    keys_the_rows,
    names_a_measure,
    value_column,
)
from wikisql.decoding import FUNCTION_WORDS
from wikisql.encoding import (
    MAX_CONDITIONS,
    STATISTIC_WORDS,
    TIME_WORDS,
    bundled_vocabulary,
    common_prefix,
    field_code_reading,
    header_readings,
    header_stem,
    is_row_names,
    percentile_readings,
    readable_header,
    singular,
)
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, mostly_words


def select_other_than_given(query: Query, select: dict[int, float], question: str = "",
                            table: Table | None = None) -> Query:
    """`query` when it does not, without aggregation, select a column an `=` condition gives the value of, which
    would answer with the question's own value: "Who makes Special K?" decoded SELECT name WHERE name =
    'Special K'. With other conditions, that one is dropped ("Is Derby in the North or the South?": SELECT
    location WHERE location = 'North' AND town = 'Derby' -> WHERE town = 'Derby') unless the question says its
    value right after the column's name (`headed_code`: "Which type b patient has ...?" of `Type`); else the
    select column moves to the select head's likeliest other one (`select`: column -> log p). No gold query of
    WikiSQL selects the column it gives (16 of the 8,421 official dev predictions of the default model did, none
    right). A key of a long table's rows given so (value_column: "Studio (0 bedrooms) payment standard in zip code
    77573?" decoded SELECT bedrooms WHERE bedrooms = 0 ...) selects the table's `Value` instead."""
    given = query.given_columns()
    others = [column for column in select if column not in given]
    if query.agg != 0 or query.sel not in given or not others:
        return query
    value = value_column(table) if table is not None else None
    if value is not None and value not in given and keys_the_rows(table, query.sel):
        return dataclasses.replace(query, sel=value)
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


def _used_columns(query: Query) -> set[int]:
    """The columns a query reads: those it compares, orders by, and selects unless it counts (COUNT counts rows)."""
    return {c.column for c in query.conds} | ({query.order.column} if query.order else set()) | (
        {query.sel} if query.agg != AGGREGATION_OPS.index("COUNT") else set())


def _written(header: str, text: str, lower: bool = True) -> bool:
    """Whether a header is written in the (lower-cased) question as a word of its own, as the header writes it
    (with `lower=False`, case and all, in the question as asked)."""
    header = header.strip().lower() if lower else header.strip()
    return bool(header) and header in text and \
        re.search(r"(?<![\w.])" + re.escape(header) + r"(?![\w]|\.\w)", text) is not None


_RANKS = re.compile(r"\b(?:most|least|top|[a-z]{3,}est)\b")   # a superlative's words ("the coolest temperature"): a
#                                                                 code said in words may be what it ranks by


def _stem_written(header: str, prefix: str, question: str) -> bool:
    """Whether a header that starts with the table's common prefix (`Fd_NDF`) has the rest (header_stem), two
    characters or more, written in the question as the header writes it, case and all ("NDF of wheat straw?")."""
    stem = header_stem(header, prefix)
    return len(stem) >= 2 and _written(stem, question, lower=False)


def initials_of(header: object) -> str:
    """The initials of a header of two to five words, lower-cased (`standard_dimension_ratio`: "sdr"); "" otherwise."""
    words = re.findall(r"[a-z]+", readable_header(str(header)).lower())
    return "".join(word[0] for word in words) if 2 <= len(words) <= 5 else ""


def acronym_said(question: str, table: Table) -> int | None:
    """The one column whose header's words the question writes by their initials, three to five capitals ("What SDR
    does 1400_ST<16 have?": `standard_dimension_ratio`), else None; not where a header or a cell is that acronym."""
    said = {match.lower() for match in re.findall(r"(?<![\w<>-])([A-Z]{3,5})s?(?![\w<>-])", question)}   # (not "ID")
    named = [column for column, header in enumerate(table.header) if initials_of(header) in said]
    if len(named) != 1 or any(str(header).strip().lower() == initials_of(table.header[named[0]])
                              for header in table.header):
        return None
    acronym = initials_of(table.header[named[0]])
    if any(str(cell).strip().lower() == acronym for row in table.rows for cell in row):
        return None
    return named[0]


def select_the_acronym_said(question: str, query: Query, table: Table) -> Query:
    """`query` reading the column whose header the question writes by its initials (acronym_said): its ordering by a
    column whose header no word of the question says ("Which GGG pipe has the highest SDR?" decoded ORDER BY `k_mm`:
    `standard_dimension_ratio`), else, without an ordering, its select of such a column, unless it counts ("What SDR
    does 1400_ST<16 have?" decoded SELECT `material`)."""
    column = acronym_said(question, table)
    if column is None or column in query.given_columns() or any(
            initials_of(table.header[column]) in re.findall(r"[a-z]+", str(c.value).lower()) for c in query.conds):
        return query   # (a value: "SP.DYN.TFRT.IN for CHN in 1980?" of `Country Code = 'CHN'`)
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", question)}
    def unsaid(other: int) -> bool:
        return other != column and not set(re.findall(r"[a-z]+", readable_header(str(table.header[other])).lower())) \
            & words
    if query.order is not None:
        if query.sel == column or not unsaid(query.order.column):
            return query
        return dataclasses.replace(query, order=dataclasses.replace(query.order, column=column))
    if query.agg == AGGREGATION_OPS.index("COUNT") or not unsaid(query.sel):
        return query
    return dataclasses.replace(query, sel=column)


def select_the_code_said(question: str, query: Query, table: Table) -> Query:
    """`query` selecting the column whose code the question writes out when its own select column is neither written
    nor read in the question and the code is used nowhere else in the query: "varp97 of field 25" decoded SELECT
    p97 selects `varp97`; "NDF of wheat straw?" of a feed library's `Fd_NDF` beside `Fd_Trp_CP` (the code after the
    prefix most headers share, common_prefix); "Calcium content of alfalfa meal?" its `Fd_Ca`, a code the question
    says in words (field_code_reading). Only one such code; never for COUNT (which counts rows whatever
    column it names), nor an aggregate of numbers over a text column."""
    if query.agg == AGGREGATION_OPS.index("COUNT"):
        return query
    text = question.lower()
    prefix = common_prefix(table.header)
    # a code said in words, but not where a superlative may rank by it ("Two forages with the highest magnesium?")
    said = re.findall(r"[a-z0-9]+", text) if not _RANKS.search(text) else []
    codes = [c for c, header in enumerate(table.header) if _is_code(str(header)) and _written(str(header), text)
             or _short_code_written(str(header), question) or _stem_written(str(header), prefix, question)
             or field_code_reading(header_stem(header, prefix) or str(header), said, lambda word: False)]
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
    if read or {w.lower() for w in re.findall(r"[A-Za-z]{2,}", readable_header(str(table.header[query.sel])))} & (
            words - {prefix}):
        return query   # the select column is said too (not by the prefix every header shares, `Fd_`)
    return dataclasses.replace(query, sel=free[0])


def written_code_siblings(question: str, query: Query, table: Table) -> Query:
    """`query` with a column it selects, orders by or compares moved to its numbered sibling whose code the question
    writes out (`beta_0` beside `beta_7`: the same header but for its digits) when its own code is not written:
    "What is beta_0 for group 7?" decoded SELECT beta_7 selects `beta_0`; "How many groups have a beta_7 greater
    than 1?" compares `beta_7`, not `beta_1`. Only to a column the query does not use already, and only when one
    sibling is written."""
    text = " ".join(question.lower().split())
    shapes = [re.sub(r"\d+", "#", str(header).strip().lower()) if _is_code(str(header)) and re.search(
        r"\d", str(header)) else None for header in table.header]
    used = _used_columns(query)
    def moved(column: int) -> int:
        if shapes[column] is None or _written(str(table.header[column]), text):
            return column
        written = [other for other, shape in enumerate(shapes) if other != column and shape == shapes[column]
                   and other not in used and table.types[other] == table.types[column]
                   and _written(str(table.header[other]), text)]
        return written[0] if len(written) == 1 else column
    return move_columns(query, moved)


_COORDINATE_WORDS = frozenset("lat latitude lon lng longitude".split())
# what says a position is ranked: the coordinate itself, a compass point, "northernmost", the equator, a pole
_POSITION_SAID = re.compile(r"\b(?:lat|latitudes?|lon|lng|longitudes?|long|north|south|east|west|polar|poles?|"
                            r"equator|arctic|antarctic|tropics?|coordinates?)\b"
                            r"|\b(?:north|south|east|west)(?:ern|erly|ward)")
# a position said as a bound on the rows, not as what is asked: "north of lat 50", "south of 40", "lon below -5"
_POSITION_BOUND = re.compile(r"\b(?:(?:north|south|east|west)\s+of|(?:lat|latitudes?|lon|lng|longitudes?|long)"
                             r"(?:\s+(?:of|above|below|over|under|greater than|less than|at least|at most))?)\s+"
                             r"(?:(?:lat|latitude|lon|lng|longitude|long)\s+)?[-−]?\d[\d.,]*")


def is_coordinate(header: object) -> bool:
    """Whether a header is a latitude or a longitude (`lat`, `Longitude`, `lon_deg`)."""
    return bool({singular(word) for word in re.findall(r"[a-z]+", readable_header(str(header)).lower())}
                & _COORDINATE_WORDS)


def position_said(question: str) -> bool:
    """Whether the question ranks or compares by a position (a coordinate, a compass point, "the northernmost"),
    beyond a bound on the rows ("Among cities north of lat 50, ...")."""
    return _POSITION_SAID.search(_POSITION_BOUND.sub(" ", question.lower())) is not None


# the words a question says for a header token that tells sibling columns apart (`MinTemp`, `MaxTemp`)
_TOKEN_WORDS = {**{token: STATISTIC_WORDS[token] for token in ("min", "max", "avg")},
                "am": ("am", "morning"), "pm": ("pm", "afternoon", "evening"),
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
    `9 am`, a span of time `1 month` written "1-month" or "1 month" (not "31 months"), a word _TOKEN_WORDS gives
    for it (`min` "minimum"), or for a unit any word of it (`cm` "centimetres", `in` "inches" but not "in")."""
    time = re.fullmatch(r"(\d+)(am|pm)", token)
    if time:
        return re.search(rf"(?<![\d.]){time[1]}\s*{time[2]}\b", text) is not None
    span = re.fullmatch(r"(\d+) ([a-z]+)", token)   # `1 month` (sibling_tokens): "1-month", "1 month", "1 months"
    if span:
        return re.search(rf"(?<![\d.,]){span[1]}[\s-]*{span[2]}s?\b", text) is not None
    if token in _TOKEN_WORDS:
        return any(word in words for word in _TOKEN_WORDS[token])
    unit = UNIT_OF.get(token, ("length", "in") if token == "in" else None) if len(token) >= 2 else None
    if unit is not None:   # `height_cm` "in centimetres", `height_in` "inches" (not the word "in")
        return any(UNIT_OF.get(word) == unit for word in words if word != "in")
    return singular(token) in words or token + "s" in words or token + "es" in words or (
        len(token) >= 3 and any(word.startswith(token) for word in words))   # "doubles" of "Double", `off` "offensive"


# a rate said: "the murder rate", "assaults per 100,000 people", "per capita", "per thousand"
_RATE_SAID = re.compile(r"\brates?\b|\bper\s+(?:capita|head|person|inhabitant|resident|thousand|hundred|million|"
                        r"(?:1|10|100)(?:,?000)+|1\s*[km]\b)")


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
    used = _used_columns(query)
    rate_said = _RATE_SAID.search(text) is not None
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
        rated = own[-1:] == ["rate"]   # `Robbery` and `Robbery rate`: a count and the same per head of population
        siblings += [other for other in range(len(table.header))
                     if other != column and other not in used and table.types[other] == table.types[column]
                     and (tokens[other] == own[:-1] if rated else tokens[other] == [*own, "rate"])
                     and rated != rate_said]
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
    """`query` with a column headed by another's header and a qualifier (in parentheses, `Cores (P)` beside `Cores`;
    or a code in capitals before it where the question says the other header whole, `NERC Region` beside `Region`,
    not `New points` beside `Points`) moved to the plain one when the question says none of the qualifier's words,
    nor a word a letter code of it starts right before the plain header ("performance cores" for `Cores (P)`):
    "Which 8-core chips ...?" is `Cores = 8`, not `Cores (P) = 8`; "Which AWS region is in Bahrain?" selects
    `Region`; for the column selected, ordered by or compared."""
    words, text = said_words(question)
    plain = {" ".join(str(header).lower().split()): c for c, header in enumerate(table.header)}
    used = {c.column for c in query.conds} | {query.sel} | ({query.order.column} if query.order else set())
    def qualified(column: int) -> tuple[str, str] | None:   # (plain header, qualifier) of `Cores (P)`, `NERC Region`
        match = _QUALIFIED.match(str(table.header[column]))
        if match is not None:
            return match["plain"], match["qualifier"]
        header = " ".join(str(table.header[column]).split())
        for other in plain:   # a header that is another one after a code in capitals, the other one said whole
            qualifier = header[:-len(other)].strip() if other and header.lower().endswith(" " + other) else ""
            if re.fullmatch(r"[A-Z]{2,}", qualifier) and all(
                    token_said(token, words, text) for token in header_tokens(other)):
                return other, qualifier
        return None
    def moved(column: int) -> int:
        found = qualified(column)
        if found is None:
            return column
        plain_header, qualifier = found
        other = plain.get(" ".join(plain_header.lower().split()))
        head = re.escape(header_tokens(plain_header)[0]) if header_tokens(plain_header) else None
        if other is None or other in used or table.types[other] != table.types[column] or any(
                token_said(token, words, text) or (len(token) <= 2 and head is not None and re.search(
                    rf"\b{token[0]}[a-z]*[\s-]+{head}", text) is not None)   # "performance cores" of `(P)`
                for token in header_tokens(qualifier)):
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


_NAME_ASKED = re.compile(r"\bname of\b|\bwhich [a-z]+ name\b|\bwhat(?:'s| is| was) (?:the |its )?name\b")


def select_the_name_asked(question: str, query: Query, table: Table) -> Query:
    """`query` selecting the table's one text column headed by "name" (`Unicode name`) instead of a text column of
    symbols, no cell of it written in letters (`Emoji`: '😎'), when the question asks for a name: "What is the name
    of the emoji with codepoint 0x1f60e?", "Which emoji name has 12 occurrences?" (not "the name of the captain",
    whose `Captain` holds names)."""
    if query.agg != 0 or query.sel is None or table.types[query.sel] != "text" \
            or not _NAME_ASKED.search(question.lower()) \
            or any(re.search(r"[^\W\d_]", cell) for cell in table.cells(query.sel)):
        return query
    named = [c for c, kind in enumerate(table.types)
             if kind == "text" and "name" in header_tokens(str(table.header[c]))]
    if len(named) != 1 or named[0] == query.sel or named[0] in query.given_columns() \
            or "name" in header_tokens(str(table.header[query.sel])):
        return query
    return dataclasses.replace(query, sel=named[0])


_ROW_NUMBER_ASKED = re.compile(r"\brow (?:number|no\.?|id|index)\b")


def select_the_row_number_asked(question: str, query: Query, table: Table) -> Query:
    """`query` selecting a data frame's row names (`rownames`) where the question asks for a row's number: "Row number
    of the oldest Hinduism respondent?" decoded SELECT denom."""
    if query.agg != 0 or query.sel is None or not _ROW_NUMBER_ASKED.search(question.lower()):
        return query
    rows = [c for c, header in enumerate(table.header) if is_row_names(header)]
    if len(rows) != 1 or rows[0] == query.sel or rows[0] in query.given_columns():
        return query
    return dataclasses.replace(query, sel=rows[0])


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


def _cells(table: Table, column: int) -> set[str]:
    """The distinct cells of a column, written out, without the empty ones."""
    return set(table.cells(column))


_WHICH_ROW = re.compile(r"^\s*(?:(?:on|in|at|of|from)\s+)?(?:which|where|who)\b|,\s*(?:which|where|who)\b",
                        re.IGNORECASE)   # "Which day ...", "On which day ...", "Of the stations ..., which one ..."
_WHICH_TIME = re.compile(r"\bwhich\s+(?:(?:two|three|four|five|\d+)\s+)?(?:" + "|".join(TIME_WORDS) + r")s?\b",
                         re.IGNORECASE)   # "Which two days ...", "In which year ..."
_DATED = re.compile(r"\s*(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{4})\b")   # `2023-01-29T00:00:00`, `3/26/2007`


def _is_dated(table: Table, column: int) -> bool:
    """Whether a column holds times: headed by a word of time (`DATE`, `Year`) or holding dates in every cell."""
    return bool(set(header_tokens(str(table.header[column]))) & set(TIME_WORDS)) or all(
        _DATED.match(cell) for cell in _cells(table, column))


def select_a_column_with_values(question: str, query: Query, table: Table, select: dict[int, float]) -> Query:
    """`query` selecting, instead of a column that tells no row from another, the column the model scores highest
    (`select`: log p(select = column)) that does and that the query does not use already:
    - a column empty in every row of the table (Table.cells: or `N/A` in every row), to a column headed by every
      word of its header the question says, two at least: a weather file's `HourlyDewPointTemperature`, empty in
      its daily summaries, for "the average dew point on the day ..." is `DailyAverageDewPointTemperature`; an
      aggregate (not a COUNT) moves to a number column only. Where the question says one word of it, only to a
      column whose header is the empty one's less a word not said ("How many gigabytes of memory does an
      r5.16xlarge have?" of an empty `Instance GPU memory (in GB)`: `Instance Memory (in GB)`). A question saying
      less of the empty column ("Germany's fertility rate in 2013" of `2013`, "the cruise Mach number" of
      `cruise_mach`) asks what the table does not hold;
    - a column holding one value in every row (`NAME` 'LINCOLN AIRPORT, NE US' of a station's daily records) for a
      question asking which row is first by an ordering ("Which day was the most humid?", "Where was support
      weakest?") whose words do not say the header, or an empty column for such a question, said or not ("Which
      instance ... has the most memory?" of the empty `Instance GPU memory (in GB)`), to a column of words, not
      numbers (nor numbers written as text, `18,0`), first one headed name or title that names most rows
      (`cmpd_name`, not `cmpd_inchikey`): the rows are told apart by their names or dates (dates for "which day",
      "in which year": none where no column holds times, since the table then does not say it).
    A table with fewer than three rows, or whose every other column is alike, keeps the query (declining then says
    the table holds no value)."""
    if len(table.rows) < 3 or query.agg == AGGREGATION_OPS.index("COUNT"):
        return query
    cells = _cells(table, query.sel)
    words, text = said_words(question)
    said = {token for token in header_tokens(str(table.header[query.sel])) if token_said(token, words, text)}
    alike = query.order is not None and query.agg == 0 and _WHICH_ROW.search(question) and (
        not cells or (len(cells) == 1 and not said))   # an empty column names no row, said or not
    if cells and not alike:
        return query
    if not alike and not said:   # "What was the value on the day ...?": the question says nothing of it
        return query
    own = set(header_tokens(str(table.header[query.sel])))
    qualified = not alike and len(said) == 1   # "How much memory ...?" of an empty `Instance GPU memory (in GB)`
    used = _used_columns(query)
    timed = _WHICH_TIME.search(question) is not None
    def fits(column: int) -> bool:
        if alike:
            return table.types[column] != "real" and mostly_words(_cells(table, column)) and (
                not timed or _is_dated(table, column))   # names or dates, not numbers written as text (`18,0`)
        tokens = set(header_tokens(str(table.header[column])))
        if qualified:   # the empty column is this one qualified by a word the question does not say (`GPU`); not
            return said <= tokens < own   # "Germany's fertility rate in 2013" of an empty `2013`: the table has none
        return said <= tokens
    candidates = [column for column in select if column not in used and column < len(table.header)
                  and (query.agg == 0 or table.types[column] == "real") and len(_cells(table, column)) >= 2
                  and fits(column)]
    if not candidates:
        return query
    named = [column for column in candidates if alike and {"name", "title"} & set(header_tokens(str(
        table.header[column]))) and len(_cells(table, column)) > len(table.rows) / 2]   # `cmpd_name`, not the
    return dataclasses.replace(query, sel=max(named or candidates, key=select.__getitem__))   # `cmpd_inchikey`


def conditions_on_columns_with_values(question: str, query: Query, table: Table) -> Query:
    """`query` with a condition on a column empty in every row (Table.cells: or `N/A` in every row), which no row
    passes, moved to the one column holding values whose header is the empty one's less words the question does not
    say, the words it says of it kept: "How many instance types have more than 200 GB of memory?" decoded
    `Instance GPU memory (in GB) > 200` is `Instance Memory (in GB) > 200` (as select_a_column_with_values moves a
    selection)."""
    words, text = said_words(question)
    tokens = [set(header_tokens(str(header))) for header in table.header]
    used = _used_columns(query)
    def moved(column: int) -> int:
        if table.cells(column):
            return column
        said = {token for token in tokens[column] if token_said(token, words, text)}
        others = [c for c in range(len(table.header)) if c not in used and table.types[c] == "real"
                  and said <= tokens[c] < tokens[column] and table.cells(c)]
        return others[0] if said and len(others) == 1 else column
    return move_columns(query, moved, selected=lambda column: column, ordered=lambda column: column)


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


_HEADER_FILLERS = frozenset("""a an the of in on at to for by from with and or as per number num no total count
    amount""".split())


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


# a number said with a unit after it or after "at": "at 3 feet", "8-foot damage", "at -1 ft", "at 20"
_NUMBER_MEASURED = re.compile(r"(?<![\w.])(-?\d+(?:\.\d+)?)(?![\w.,]*\d)\s*-?\s*"
                              r"(?:feet|foot|ft|metres?|meters?|m|cm|mm|km|inch(?:es)?|in|miles?|hours?|hrs?|h|days?|"
                              r"years?|yrs?)\b|\bat\s+(-?\d+(?:\.\d+)?)(?![\w.,]*\d)")
_BARE_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def numbered_columns_said(question: str, query: Query, table: Table) -> Query:
    """`query` of a table with a family of three columns or more headed by a number alone (a depth-damage curve's
    `-4` ... `24`, one column per depth in feet) read by the number the question says with a unit or after "at": the
    family's column it selects or orders by moves to the one headed by that number ("damage at 3 feet" decoded
    SELECT `-4`: `3`), a comparison on another of the family moves there too ("damage at -1 ft, more than 0" decoded
    `0 > 0`: `-1 > 0`), and a condition that only repeats the number on its own column goes (`7 = '7'` of "the
    least damage at 7 feet": the number names the column). Only where one such number is said, or one header is
    named as "the -2 column"."""
    numbered = {str(header).strip(): column for column, header in enumerate(table.header)
                if _BARE_NUMBER.fullmatch(str(header).strip()) and table.types[column] == "real"}
    if len(numbered) < 3:
        return query
    named = {number for number in re.findall(r"\bthe\s+(-?\d+(?:\.\d+)?)\s+column\b", question) if number in numbered}
    said = named or {number for match in _NUMBER_MEASURED.finditer(question) for number in match.groups()
                     if number is not None and number in numbered}   # ("2 feet below the floor (the -2 column)")
    if len(said) != 1:
        return query
    number = said.pop()
    target, family = numbered[number], set(numbered.values())
    conds = []
    for condition in query.conds:
        if condition.column in family and condition.operator == CONDITION_OPS.index("=") \
                and str(condition.value).strip() == number:
            continue   # the number names the column, it is no value of it
        if condition.column in family and condition.column != target \
                and condition.operator != CONDITION_OPS.index("=") and target not in {c.column for c in query.conds}:
            condition = dataclasses.replace(condition, column=target)
        conds.append(condition)
    sel = target if query.sel in family and query.sel != target and query.agg != AGGREGATION_OPS.index("COUNT") \
        else query.sel
    order = query.order
    if order is not None and order.column in family and order.column != target:
        order = dataclasses.replace(order, column=target)
    changed = dataclasses.replace(query, sel=sel, conds=tuple(conds), order=order)
    return query if changed == query else changed


_MEASURED = frozenset(AGGREGATION_OPS.index(op) for op in ("MAX", "MIN", "SUM", "AVG"))
# the last header word of a note on another column's measure (`MC_PCT_GREEN_BARK_CIT`, `radius_uncert`, `Tc_error`)
_NOTE_WORDS = frozenset("cit citation source src ref reference flag flags note notes footnote qc uncert uncertainty "
                        "error err".split())
_AMOUNT = r"\$?(\d[\d,]*(?:\.\d+)?)"   # a number as an amount is written: `150`, `$1,000`, `2.5`
_LEADING_NUMBER = re.compile(r"^\s*" + _AMOUNT)


def measures_of_a_long_table(question: str, query: Query, table: Table) -> Query:
    """`query` of a table in long form (a `Value` column, value_column, and a text column naming each row's measure,
    `Units`, `Metric`: names_a_measure) reading its measure from `Value` where the model read it from a column that
    cannot hold it: the MAX, MIN, SUM or AVG of a text column ("Lowest emission factor of the Electric rows?" decoded
    MIN(`TOD`)); the AVG or SUM of a time column ("Average cost across all years" decoded AVG(`Year`)); a column
    whose header the question does not say beside a condition naming the measure by a cell ("the carbon intensity of
    diesel in gCO2 eq/MJ" decoded `TOD` WHERE `Units = 'gCO2 eq/MJ'`); a text column with the same cell in every row
    whose header the question does not say (`Metric` 'USD_Per_kWh' for "Conservative projection for 2050, in dollars
    per kWh?"); a comparison on a text column with the number said before its unit ("above 100 gCO2 eq/MJ" decoded
    `Units > 'gCO2 eq/MJ'`, "above $150/kWh" decoded `Metric > '$150/kWh'`: `Value > 100`); and an ordering by a
    number column whose header the question does not say ("the highest carbon intensity" decoded ORDER BY
    `Density`). In a table whose other number columns are keys of the rows (`zip_code`, `bedrooms`), a comparison on a
    key that no row passes ("bedroom sizes with a standard over 3000" decoded `bedrooms > 3000`) reads `Value` too
    (an aggregate of such a key: aggregation.aggregate_of_a_key)."""
    value = value_column(table)
    if value is None:
        return query
    words, text = said_words(question)
    def unsaid(column: int) -> bool:   # no word of the header is said
        return not any(token_said(token, words, text) for token in header_tokens(str(table.header[column]))
                       if len(token) >= 3)
    sel = query.sel
    naming = {c.column for c in query.conds if c.operator == CONDITION_OPS.index("=") and not holds_no_cell(c, table)
              and len(str(c.value).strip()) >= 2   # `Units = 'gCO2 eq/MJ'`, a cell (not 's' of "in eV s")
              and names_a_measure(table.header[c.column])}
    if sel != value and sel < len(table.types) and (
            (query.agg in _MEASURED and table.types[sel] == "text")
            or (query.agg in (AGGREGATION_OPS.index("AVG"), AGGREGATION_OPS.index("SUM"))   # "Average cost across
                and set(header_tokens(str(table.header[sel]))) & set(TIME_WORDS))          # all years": not AVG(Year)
            or (query.agg == 0 and table.types[sel] == "text" and len(table.rows) >= 2
                and len(set(table.cells(sel, lower=True))) == 1 and len(table.cells(sel)) == len(table.rows)
                and unsaid(sel))
            or (query.agg == 0 and naming and unsaid(sel) and query.order is None   # the value in the measure
                and not _WHICH_ROW.search(question))):                           # named, not "Which constant ...?"
        sel = value
    conds = []
    for condition in query.conds:
        if condition.operator != CONDITION_OPS.index("=") and condition.column != value \
                and table.types[condition.column] == "real" and keys_the_rows(table, condition.column) \
                and value not in {c.column for c in query.conds} and not kept_rows(table, [condition]):
            condition = dataclasses.replace(condition, column=value)   # `bedrooms > 3000`: the value's
        written = str(condition.value).strip()
        number = _LEADING_NUMBER.match(written)
        before = re.search(_AMOUNT + r"\s*" + re.escape(written), question) if not number else None
        found = number or before
        unit = written[number.end():] if number else written   # `$150/kWh`: `/kWh`; `90-94`: no unit
        if (condition.operator != CONDITION_OPS.index("=") and table.types[condition.column] == "text"
                and found is not None and re.search(r"[A-Za-z]", unit)
                and value not in {c.column for c in query.conds}):
            condition = Condition(value, condition.operator, cell_number(found[1]))
        conds.append(condition)
    order = query.order
    if order is not None and order.column != value and order.column != sel \
            and table.types[order.column] == "real" and unsaid(order.column):
        order = dataclasses.replace(order, column=value)
    changed = dataclasses.replace(query, sel=sel, conds=tuple(conds), order=order)
    return query if changed == query else changed


def measure_not_its_note(question: str, query: Query, table: Table) -> Query:
    """`query` ordering by, aggregating (not counting) or comparing, instead of a column whose header is a number
    column's header and one more word the question does not say that makes it a note on that measure (its citation,
    source, flag or uncertainty, _NOTE_WORDS; not `total_wins_pct`, another measure), that number column: "Which
    pine species has the driest green bark?" decoded ORDER BY `MC_PCT_GREEN_BARK_CIT` (the code of the paper each
    value is cited from) orders by `MC_PCT_GREEN_BARK`."""
    words, text = said_words(question)
    tokens = [header_tokens(str(header)) for header in table.header]
    def moved(column: int) -> int:
        own = tokens[column]
        if len(own) < 2 or own[-1] not in _NOTE_WORDS or token_said(own[-1], words, text):
            return column
        measures = [c for c, other in enumerate(tokens) if c != column and table.types[c] == "real"
                    and other == own[:-1] and table.cells(c)]
        return measures[0] if len(measures) == 1 else column
    selected = moved if query.agg in _MEASURED else (lambda column: column)
    return move_columns(query, moved, selected=selected,
                        compared=lambda condition: condition.operator != CONDITION_OPS.index("="))
