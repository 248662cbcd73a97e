"""Corrections of which column a condition's value goes on, read from the cells that hold it: a value no cell
of its column holds moved to the one column that has it, a value on two columns given to one of them (or split
between an origin and a destination column), filters written in parentheses, and the cells the question says
added as conditions (to a query without any, or, for a coded cell such as `9.2 HSPF`, beside those found).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable, Iterator, Sequence

from wikisql.content import in_no_cell
from wikisql.corrections.aggregation import kept_rows
from wikisql.corrections.columns import header_tokens, said_words, token_said
from wikisql.corrections.common import _found, holds_no_cell, names_each_row
from wikisql.decoding import COUNT, FUNCTION_WORDS
from wikisql.encoding import MAX_CONDITIONS, names_column, readable_header, singular
from wikisql.query import CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, count_cells, holding


def move_to_holding_column(query: Query, table: Table, question: str = "") -> Query:
    """`query` with each `=` condition whose value no cell of its text column holds (holds_no_cell) moved to the
    one other text column that has it as a whole cell (tables.count_cells), when no other condition is on that
    column: "the combined Asian population of the HAU counties" decoded `county = 'HAU'` is `category = 'HAU'`.
    A value said in the plural that no cell holds is read in the singular ("the lanthanoids": the cell
    `lanthanoid`), and an ordinal as its number ("the 90th percentile": `90`), in its column or moved the same way.
    A value its column holds only with other punctuation (`battery_voltage` for "Battery voltage") goes to the one
    other column that writes it so (_written_elsewhere).
    A value that is a cell of two or more columns goes to the one of them the question's words name (`question`;
    "intentionally walked 43 times": not `hr`, one of several columns with a 43), else stays, as one of no column
    does (declining.impossible_condition). A word on a number column moves later, once the superlatives are read
    (words_off_number_columns)."""
    conds = list(query.conds)
    for index, condition in enumerate(conds):
        if _number_held_elsewhere(condition, table):   # `Asia = 1,411` of a table where only `Africa` has 1,411
            holder = _one_holder(_holding_columns(table, condition.column, condition.value, ("real",)), table,
                                 question, condition.value)
            if holder is not None and holder not in {c.column for c in conds}:
                conds[index] = dataclasses.replace(condition, column=holder)
            continue
        if not holds_no_cell(condition, table):
            written = _written_elsewhere(condition, table, {c.column for c in conds})
            if written is not None:   # `standard_name` holds `battery_voltage`, `long_name` 'Battery voltage'
                conds[index] = dataclasses.replace(condition, column=written)
            continue
        one = _plain_value(condition.value)
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


def number_off_the_selected_column(query: Query, table: Table, question: str = "") -> Query:
    """`query` with the `=` condition on its own select column moved to the one other number column that holds the
    number, when no cell of the selected column does ("linear coefficient u at 1500 K" decoded SELECT u WHERE u =
    1500: `Teff = 1500`, u still selected), before the select moves off a column its condition gives
    (columns.select_other_than_given) to answer the question's value back."""
    if query.agg != 0 or query.sel is None:
        return query
    conds = list(query.conds)
    used = {c.column for c in conds}
    for index, condition in enumerate(conds):
        if condition.column == query.sel and _number_held_elsewhere(condition, table):
            holder = _one_holder(_holding_columns(table, condition.column, condition.value, ("real",)), table,
                                 question, condition.value)
            if holder is not None and holder not in used:
                conds[index] = dataclasses.replace(condition, column=holder)
    return query if tuple(conds) == query.conds else dataclasses.replace(query, conds=tuple(conds))


def _written_elsewhere(condition: Condition, table: Table, used: set[int]) -> int | None:
    """The one other text column, not `used`, with a cell written as an `=` text value is (case and outer spaces
    aside), when the condition's own column holds the value only with other punctuation (`battery_voltage` for
    "Battery voltage"): the database compares text as written, so only that column finds the row."""
    value = str(condition.value).strip().lower()
    def writes(column: int) -> bool:
        return table.types[column] == "text" and value in table.cells(column, lower=True)
    if condition.operator != CONDITION_OPS.index("=") or not value or table.types[condition.column] != "text" \
            or writes(condition.column):
        return None
    others = [column for column in range(len(table.header)) if column != condition.column and column not in used
              and writes(column)]
    return others[0] if len(others) == 1 else None


def drop_unheld_beside_a_key(query: Query, table: Table) -> Query:
    """`query` without its `=` conditions that no row passes (a text value no cell of its column holds, a value
    that is no number on a number column) when another `=` condition, on a text column that names each row once,
    keeps one row: "For a full-term newborn at severity 3 (TERM_X_SEVERITY3), what bronze multiplier applies?"
    decoded `Variable = 'TERM_X_SEVERITY3' AND Model = 'newborn'`: the variable says which row; the words the
    model also took for a value only describe it. Only values in lower case: a name the table does not hold ("How
    many copies did GTA V sell on the Xbox 360?") is asked, and declined."""
    def unheld(condition: Condition) -> bool:
        if condition.operator != CONDITION_OPS.index("=") or str(condition.value) != str(condition.value).lower():
            return False   # (a name: "Grand Theft Auto V on the Xbox 360" asks what the table does not hold)
        if table.types[condition.column] == "text":
            return holds_no_cell(condition, table)
        return cell_number(condition.value) is None
    keys = [c for c in query.conds if c.operator == CONDITION_OPS.index("=") and not unheld(c)
            and names_each_row(table, c.column) and len(kept_rows(table, [c])) == 1]
    if not keys or not any(map(unheld, query.conds)):
        return query
    return dataclasses.replace(query, conds=tuple(c for c in query.conds if not unheld(c)))


def words_off_number_columns(query: Query, table: Table, question: str = "") -> Query:
    """`query` with each `=` condition of a number column whose value is no number moved to the one text column
    that has it as a whole cell (as move_to_holding_column moves text): "How many pedestrians passed 45 Queen
    Street between 8:00-8:59?" decoded `8 Darby Street NS = '8:00-8:59'` is `hour = '8:00-8:59'`. After the
    superlatives are read, which take such a condition as the model pointing at the column it orders by. A number
    column the question names by every word of its header, left so, is the one asked when the selected number column
    is named by none ("positive tweets containing 😍" decoded SELECT Negative WHERE Positive = '😍': SELECT Positive
    WHERE Emoji = '😍')."""
    conds = list(query.conds)
    left = []
    for index, condition in enumerate(conds):
        if table.types[condition.column] != "real" or condition.operator != CONDITION_OPS.index("=") or \
                cell_number(condition.value) is not None:
            continue
        holder = _one_holder(_holding_columns(table, condition.column, condition.value, ("text",)), table, question,
                             condition.value)
        if holder is not None and holder not in {c.column for c in conds}:
            left.append(condition.column)
            conds[index] = dataclasses.replace(condition, column=holder)
    if tuple(conds) == query.conds:
        return query
    moved = dataclasses.replace(query, conds=tuple(conds))
    words, text = said_words(question)
    def named(column: int) -> bool | None:   # every token of the header said; None: none of them
        said = [token_said(token, words, text) for token in header_tokens(str(table.header[column]))]
        return None if not any(said) else all(said)
    if query.order is None and query.sel is not None and table.types[query.sel] == "real" and named(query.sel) is None:
        asked = [c for c in dict.fromkeys(left) if c != query.sel and named(c) and c not in moved.given_columns()]
        if len(asked) == 1:
            return dataclasses.replace(moved, sel=asked[0])
    return moved


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


def _plain_value(value: object) -> str | None:
    """A value whose last word is a plural, with that word in the singular ("alkali metals" -> "alkali metal"), an
    ordinal number as a number ("90th" -> "90": a column of percentiles writes `90`), or None when it is neither."""
    ordinal = re.fullmatch(r"\s*(\d+)(?:st|nd|rd|th)\s*", str(value), re.IGNORECASE)
    if ordinal:
        return ordinal[1]
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
    not also `PhoneService`), else the one whose header's own words (those the other lacks) it says ("at 08:00 UTC":
    `Datetime (UTC)`, not also `Datetime (Local)`), else the one of the column with fewer distinct cells, the
    broader kind ("the property company": `Sector`, not also `Subsector`); None when the value is said twice
    (WikiSQL's "a 2r in 2000 and a 2r in 2001"), both headers are said ("both pole position and fastest lap"), one
    column names each row, or the columns tie."""
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
    tokens = [set(header_tokens(str(table.header[c.column]))) for c in (first, second)]
    own = [any(token_said(t, words, text) for t in mine - theirs if t not in value.lower())
           for mine, theirs in (tokens, tokens[::-1])]
    if own[0] != own[1]:   # `Datetime (UTC)`, not also `Datetime (Local)`, for "at 2022-08-29 08:00:00 UTC"
        return first if own[0] else second
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


_WORD = re.compile(r"\w(?:[\w'’.&/-]*\w)?")   # a word, with the punctuation inside it ("St.", "Guinea-Bissau")
MAX_CELL_WORDS = 6


def _spans(question: str) -> Iterator[tuple[int, int, int, int, str]]:
    """(first word, last word, start, end, text) of every run of one to MAX_CELL_WORDS words of the question."""
    words = list(_WORD.finditer(question))
    for first in range(len(words)):
        for last in range(first, min(len(words), first + MAX_CELL_WORDS)):
            start, end = words[first].start(), words[last].end()
            yield first, last, start, end, question[start:end]


def _longest(said: Sequence[tuple[int, int, int, str]]) -> list[tuple[int, str]]:
    """(column, text) of the said cells (start, end, column, text) that lie inside no longer one."""
    return [(column, text) for start, end, column, text in said
            if not any(a <= start and end <= b and (a, b) != (start, end) for a, b, _, _ in said)]


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
    said: list[tuple[int, int, int, str]] = []   # (start, end, column, text)
    for first, last, start, end, text in _spans(question):
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
    conds = tuple(Condition(column, CONDITION_OPS.index("="), text)
                  for column, text in dict.fromkeys(_longest(said)))[:MAX_CONDITIONS]
    if not conds or len({c.column for c in conds}) < len(conds):
        return query
    kept = rows_matched(dataclasses.replace(query, sel=conds[0].column, conds=conds))
    return dataclasses.replace(query, conds=conds) if 0 < kept < len(table.rows) else query


def add_the_coded_cells_said(question: str, query: Query, table: Table, columns_of: Callable[[str], set[int]],
                             rows_matched: Callable[[Query], int]) -> Query:
    """`query` with `column = cell` for a cell of a text column that the question says whole and that no condition
    has, where the cell writes a number and letters, a code in two parts or three words or more ("How many speeds
    does the 9.2 HSPF MSHP Heater have?" decoded `HVAC Name = 'MSHP Heater'` alone gets `HVAC Efficiency = '9.2
    HSPF'`; "the Concrete-8in layer of FB, R5": `Boundary Type = 'FB, R5'`; "the Total Stem Wood Volume fit for
    the 10-inch class": `VAR2 = 'Total Stem Wood Volume'`): such a cell names rows as surely as a name, where a word
    ("Heater") may be any column's. Only the one column holding it, not one the query selects or compares; the
    longest cell where said cells overlap, none inside a condition's value as said; kept when the rows the query
    keeps are fewer, and some. (add_the_cells_said adds the cells of a query with no condition.)"""
    if not query.conds or len(table.rows) < 2 or len(query.conds) >= MAX_CONDITIONS:
        return query
    used = {c.column for c in query.conds} | {query.sel}
    taken = [span for c in query.conds for span in _found(question, str(c.value).strip())]
    said: list[tuple[int, int, int, str]] = []   # (start, end, column, text)
    for first, last, start, end, text in _spans(question):
        coded = (re.search(r"\d", text) and len(re.findall(r"[A-Za-z]", text)) >= 2) or re.search(
            r"[A-Za-z]\W*,\s*[A-Za-z]", text) or (   # `9.2 HSPF`, `Concrete-8in`; `FB, R5`
            last - first >= 2 and not text.lower().startswith(("the ", "a ", "an ")))   # `Total Stem Wood Volume`
        if not coded or any(a < end and start < b for a, b in taken):
            continue
        columns = [c for c in columns_of(text) if table.types[c] == "text" and c not in used]
        if len(columns) == 1:
            said.append((start, end, columns[0], text))
    added = tuple(Condition(column, CONDITION_OPS.index("="), text) for column, text in dict.fromkeys(_longest(said)))
    if not added or len({c.column for c in added}) < len(added):
        return query
    changed = dataclasses.replace(query, conds=(query.conds + added)[:MAX_CONDITIONS])
    return changed if 0 < rows_matched(changed) < rows_matched(query) else query
