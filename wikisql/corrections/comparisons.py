"""Corrections of the numbers a query compares: a number that names a header, a comparison on the aggregated
column, a row said by its number, one column per number said, ages and compass directions, `=` for a number said
right after its column's name, a comparison moved to the column whose range it divides, a number said with the
unit a header writes in brackets ("denser than 1,000 kg/m^3"), and a number said only inside another condition's
value dropped.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from typing import Callable, Iterable

from wikisql.content import is_a_cell
from wikisql.corrections.columns import _written, header_tokens
from wikisql.corrections.common import UNIT_JOINERS, _found, bracketed_unit
from wikisql.corrections.kinds import coded_labels
from wikisql.decoding import COMPARISON_WORDS, COUNT, FUNCTION_WORDS, NOT_A_NOUN, operator_of_comparison
from wikisql.encoding import MAX_CONDITIONS, header_readings, is_row_names, names_column, numbered_row_nouns, singular
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, column_numbers, count_cells


def drop_header_values(question: str, query: Query, table: Table) -> Query:
    """`query` without its `=` conditions on a text column whose value is written as the one- or two-letter header
    of the column the query aggregates or orders by (another column), unless the word before it names the
    condition's column: "Fewest H atoms in an amino acid?" decoded MIN(H) WHERE `Amino Acid` = 'H' (histidine's
    letter): the question's `H` names the column counted, not a row (but "Which incumbent from party R had the
    smallest R vote?" keeps `IncParty = 'R'`)."""
    measured = ({query.sel} if query.agg not in (0, AGGREGATION_OPS.index("COUNT")) else set()) | (
        {query.order.column} if query.order is not None else set())
    names = {str(table.header[column]).strip() for column in measured if len(str(table.header[column]).strip()) <= 2}
    def header_said(condition: Condition) -> bool:
        value = str(condition.value).strip()
        if condition.operator != CONDITION_OPS.index("=") or condition.column in measured \
                or table.types[condition.column] != "text" or value not in names:
            return False
        before = re.findall(r"([A-Za-z]+)\W+" + re.escape(value) + r"\b", question)
        return not any(names_column([singular(word.lower())], str(table.header[condition.column]), question)
                       for word in before)
    kept = tuple(c for c in query.conds if not header_said(c))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


def drop_header_numbers(query: Query, table: Table, question: str = "") -> Query:
    """`query` without its conditions whose number is one its column's header is written with (`pop15 < 15` for
    "the largest share of people under 15", `pop75 > 75` for "over 75"): the number names the column. Not for a
    header that is a number only (`15122`: WikiSQL's questions give such a column its own name as a value). Nor
    those on a number column whose number the question says only as the end of a span of years ("in 2011-12"
    decoded `count11 = 12`): a time, not an amount. Nor a code the header labels (coded_labels). Also without a
    condition on a number that the question says with the unit some header glues it to ("the average wind speed at
    10 metres" of `WINDSPEED_10M`: not `TEMPERATURE_MIN > 10`), and without one whose number the question says only
    inside a header it writes out ("the average beta_4 across the groups": not `Group = 4`)."""
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
    text = " ".join(question.lower().split())
    written = [str(header).strip().lower() for header in table.header
               if re.search(r"[A-Za-z]", str(header)) and re.search(r"\d", str(header)) and _written(str(header), text)]

    def inside_a_written_header(condition: Condition) -> bool:   # "the average beta_4 across the groups": no
        value = str(condition.value).strip()                     # `Group = 4`
        if not written or cell_number(value) is None or not re.fullmatch(r"\d+(?:\.\d+)?", value):
            return False
        number = re.escape(value)
        return re.search(rf"(?<![\w.]){number}(?![\w]|\.\d)", text) is None and any(
            re.search(rf"(?<!\d){number}(?!\d)", header) for header in written)
    kept = tuple(condition for condition in query.conds
                 if not named(condition) and not year_end(condition) and not unit_of_a_header(condition)
                 and not inside_a_written_header(condition))
    return query if len(kept) == len(query.conds) else dataclasses.replace(query, conds=kept)


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


_SIZE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:x|×|by)\s*(\d+(?:\.\d+)?)(?![\w.])", re.IGNORECASE)   # "2x10"
_FIRST_SIDE = frozenset({"width", "wide", "w", "b", "breadth"})
_SECOND_SIDE = frozenset({"depth", "deep", "height", "high", "length", "long", "d", "h"})


def size_in_two_columns(question: str, query: Query, table: Table) -> Query:
    """`query` with a size the question writes as two numbers ("a 2x10", "a 4 by 12 beam") as the two conditions it is,
    on the one pair of number columns headed by a width and a depth, height or length (`Nominal_Width`,
    `Nominal_Depth`) that has a row holding the two numbers in that order (not `Actual_Width`, 1.5 for a 2): a
    condition the model put the size or one of its numbers in is dropped ("What is the cross-sectional area of a
    2x10?" decoded `ry = '2x10'`: `Nominal_Width = 2 AND Nominal_Depth = 10`)."""
    sizes = _SIZE.findall(question)
    if len(sizes) != 1:
        return query
    first, second = sizes[0]
    words = [set(header_tokens(str(header))) for header in table.header]
    def holds(column: int, number: str, row: list) -> bool:
        return cell_number(row[column]) == float(number)
    pairs = [(a, b) for a, kind_a in enumerate(table.types) for b, kind_b in enumerate(table.types)
             if kind_a == kind_b == "real" and words[a] & _FIRST_SIDE and words[b] & _SECOND_SIDE
             and words[a] - _FIRST_SIDE == words[b] - _SECOND_SIDE   # `Nominal_` both
             and any(holds(a, first, row) and holds(b, second, row) for row in table.rows)]
    if len(pairs) != 1:
        return query
    a, b = pairs[0]
    said = {first, second, f"{first}x{second}"}
    kept = tuple(c for c in query.conds if c.column not in (a, b) and not (
        str(c.value).strip() in said or _SIZE.fullmatch(str(c.value).strip())))
    if len(kept) + 2 > MAX_CONDITIONS:
        return query
    sized = kept + (Condition(a, CONDITION_OPS.index("="), first), Condition(b, CONDITION_OPS.index("="), second))
    return query if set(sized) == set(query.conds) else dataclasses.replace(query, conds=sized)


def add_the_numbered_row(question: str, query: Query, table: Table, rows_matched: Callable[[Query], int]) -> Query:
    """`query` with `column = N` for a number the question says once right after a word that names one number
    column holding N as a cell ("How many households are there in Kakani ward 2?": `Ward No = 2`), or a year
    said that only a column headed year holds ("Is the San Diego 2022 cohort publishable?": `year = 2022`), when
    the query looks up a value (no aggregation) and its conditions keep two rows or more: the model missed a second
    condition; or when it orders the rows, whatever its conditions ("Which period 4 element has the highest boiling
    point?": `period = 4`). Kept only when the rows kept are then some, and fewer; not a number a condition takes
    already, nor after a word of _NOT_ROW_NOUNS ("top 5", "than 10")."""
    if query.agg != 0 or not (query.conds or query.order is not None) or len(query.conds) >= MAX_CONDITIONS:
        return query
    taken = {str(c.value).strip() for c in query.conds}
    used = {c.column for c in query.conds} | {query.sel} | ({query.order.column} if query.order else set())
    def holding(number: str, named: Callable[[int], bool]) -> list[int]:
        return [c for c, kind in enumerate(table.types) if kind == "real" and c not in used and named(c)
                and float(number) in column_numbers(table, c)]
    found = set()
    for match in re.finditer(r"\b([A-Za-z]{3,})\s+(\d+)(?![\w]|[.,]\d)", question):
        word, number = match[1].lower(), match[2]
        if word in _NOT_ROW_NOUNS | _NUMBER_VERBS or number in taken or len(_said(number, question)) != 1:
            continue
        columns = holding(number, lambda c: names_column([singular(word)], str(table.header[c]), question))
        if len(columns) == 1:
            found.add((columns[0], number))
    for number in re.findall(r"(?<![\w.,-])((?:1[89]|20)\d\d)(?![\w]|[.,]\d)", question):
        columns = holding(number, lambda c: "year" in header_tokens(str(table.header[c])))
        if number not in taken and len(_said(number, question)) == 1 and len(columns) == 1:
            found.add((columns[0], number))
    if len(found) != 1:
        return query
    before = rows_matched(query)
    column, number = found.pop()
    added = dataclasses.replace(query, conds=query.conds + (Condition(column, CONDITION_OPS.index("="), number),))
    return added if before >= 2 and 0 < rows_matched(added) < before else query


_COMPARED_NUMBER = re.compile(
    r"\b(?P<words>" + "|".join(sorted((re.escape(phrase) for operator, phrases in COMPARISON_WORDS.items()
                                       if operator != CONDITION_OPS.index("=") for phrase in phrases
                                       if phrase != "within"), key=len, reverse=True))
    + r")\s+(?P<number>\d[\d,]*(?:\.\d+)?)(?![\w.,]*\d)(?P<after>(?:\s*%|\s+[a-z]+){0,3})", re.IGNORECASE)
_NOT_NAMING_AFTER = frozenset("percent per cent million millions thousand billion of the a an".split())


def add_the_compared_number(question: str, query: Query, table: Table,
                            rows_matched: Callable[[Query], int]) -> Query:
    """`query` with `column > N` (or `<`) for a comparison the question says ("more than", "stronger than", "below":
    COMPARISON_WORDS) of a number no condition takes, when the words right after the number ("12 percent alcohol"),
    else the two right before the comparison ("peaked above 50000"), name exactly one number column no condition
    uses: "How many wines are stronger than 12 percent alcohol?" decoded COUNT(alcohol) with no condition gets
    `alcohol > 12`. Kept only when the rows kept are then some, and fewer."""
    if len(query.conds) >= MAX_CONDITIONS:
        return query
    taken = {str(c.value).replace(",", "").strip() for c in query.conds}
    used = {c.column for c in query.conds}
    numbers = [c for c, kind in enumerate(table.types) if kind == "real" and c not in used]
    found = []
    for match in _COMPARED_NUMBER.finditer(question):
        number = match["number"].replace(",", "")
        if number in taken:
            continue
        after = [singular(w) for w in re.findall(r"[a-z]+", match["after"].lower()) if w not in _NOT_NAMING_AFTER]
        before = [singular(w) for w in re.findall(r"[a-z]+", question[:match.start()].lower())[-2:]]
        for words in (after, before):
            named = [c for c in numbers if words and names_column(words, str(table.header[c]), question)]
            if named:
                break
        if len(named) == 1:
            found.append(Condition(named[0], operator_of_comparison(match["words"]), number))
    if len(found) != 1:
        return query
    added = dataclasses.replace(query, conds=query.conds + (found[0],))
    before_rows = rows_matched(query)
    return added if 0 < rows_matched(added) < before_rows else query


def _said(number: str, question: str, after: str = r"[\w.,]") -> list[re.Match]:
    """Where the question says `number` as a whole number: not inside a longer number or word, nor right after a
    character of `after` (add "-" to leave out "pre-9" and a minus sign)."""
    return list(re.finditer(rf"(?<!{after}){re.escape(number)}(?![\w]|[.,]\d)", question))


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


def _aged_operators(older: Iterable[re.Match]) -> dict[str, int]:
    """The operator each _OLDER_THAN match says of its number: `>` for "older than N", `<` for "younger than N"."""
    return {m["number"]: CONDITION_OPS.index(">" if m["than"] == "older" else "<") for m in older}


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
    aged = _aged_operators(older)
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


def older_than_as_said(question: str, query: Query, table: Table) -> Query:
    """`query` with the operator "older than N" (`>`) or "younger than N" (`<`) says for a comparison of N that the
    model read the other way ("How many dengue patients were older than 70?" decoded `EDAD < 70`), on a column of
    ages, not of years or dates (where the older is the smaller: "built before"), whatever its header."""
    said = _aged_operators(_OLDER_THAN.finditer(question.lower()))
    def turned(c: Condition) -> Condition:
        value = str(c.value).strip()
        numbers = column_numbers(table, c.column) if table.types[c.column] == "real" else []
        if value not in said or c.operator not in (1, 2) or c.operator == said[value] or not numbers \
                or max(numbers) >= 200:   # (years, dates written as numbers: not ages)
            return c
        return dataclasses.replace(c, operator=said[value])
    conds = tuple(map(turned, query.conds))
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
    cells, number = column_numbers(table, column), cell_number(value)
    return bool(cells) and number is not None and min(cells) < number < max(cells)


def number_before_its_column(question: str, query: Query, table: Table) -> Query:
    """`query` with a condition's number moved to the number column the word right after it names ("How many states
    have more than 300 firms?" decoded `va > 300`: `nfirm > 300`) when the question names the condition's own
    column nowhere, the number is said once, no other condition is on that column, and that column can hold the
    number: one of its cells for `=`, between its least and greatest cell for a comparison ("Which 2-vCPU size ...?"
    decoded `Memory = 2`: `vCPU = 2`); dropped where the same condition is already on it (the number was put on two
    columns: "the 16-vCPU machines" decoded `vCPU = 16 AND Memory = 16`). Not onto the row names
    (the patients' numbers 1789, ... read as years: "under 30 years old" stays on `age`; "the 1953 study" is no
    cell of `Study`, numbered 1 to 13)."""
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower()) if w not in FUNCTION_WORDS]   # not the
    conds = list(query.conds)   # "in" of "in watts" naming `Instance Memory (in GB)`
    for k, condition in enumerate(conds):
        value = str(condition.value).strip()
        if not re.fullmatch(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", value) or names_column(   # (50,000 too)
                nouns, str(table.header[condition.column]), question):
            continue
        said = _said(value, question, after=r"[\w.,-]")
        after = re.match(r"(?:\s+|-)([A-Za-z]+)", question[said[0].end():]) if len(said) == 1 else None
        if after is None:   # ("the 4-vCPU sizes" too)
            continue
        named = [c for c, kind in enumerate(table.types) if kind == "real" and c != condition.column
                 and names_column([singular(after[1].lower())], str(table.header[c]), question)]
        if len(named) != 1 or is_row_names(table.header[named[0]]):
            continue
        if any(other.column == named[0] and other.operator == condition.operator
               and str(other.value).strip() == value for other in conds):
            conds[k] = None   # "the 16-vCPU machines" decoded `vCPU = 16 AND Memory = 16`: said once, one condition
        elif all(other is None or other.column != named[0] for other in conds) \
                and _can_hold(table, named[0], condition.operator, value):
            conds[k] = Condition(named[0], condition.operator, condition.value)
    conds = tuple(c for c in conds if c is not None)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def comparison_in_range(question: str, query: Query, table: Table) -> Query:
    """`query` with a comparison moved to the one number column whose cells it divides, when it divides none of
    its own column's ("more than 10,000 students" decoded `teachers > 10,000`, a count no district's teachers
    reach: `enrltot`, the one column with districts on both sides of 10,000), and an `=` number to the one
    number column that holds it when its own holds it nowhere ("lose 9 snails in week 3" decoded `N = 3`:
    `Exposure`, in weeks), unless the question names its column (WikiSQL asks "Top 25 smaller than 5" of a column
    whose cells are all 5 or more), the value is its least or greatest cell, or its cells are years. No move onto
    the selected column or one another condition is on, nor when two or more other columns are divided, unless the
    question names one of them ("north of latitude 47": `lat`, not the county codes). A number compared on a text
    column (not a year) moves the same way ("the days with Brent above $100" decoded `day > 100`), onto a COUNT's
    column too ("How many bits are smaller than 0.05 inch?" decoded COUNT(Diameter) WHERE Size < 0.05)."""
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
        taken = {c.column for c in conds} | ({query.sel} if query.agg != COUNT or not text else set())   # (a
        divided = [c for c, kind in enumerate(table.types) if kind == "real" and c not in taken   # count counts rows)
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


_NUMBER = re.compile(r"(?<![\w.])[-+]?\$?\d[\d,]*(?:\.\d+)?")
_COMPARED_BEFORE = re.compile(r"(?:^|\W)(" + "|".join(sorted(
    (re.escape(phrase) for phrases in COMPARISON_WORDS.values() for phrase in phrases), key=len, reverse=True))
    + r")\s*$", re.IGNORECASE)   # "above " before "2 m^2-K/W"


def columns_of_the_units_said(question: str, query: Query, table: Table) -> Query:
    """`query` with a number moved to the one number column whose header writes, in brackets, the unit the
    question says right after the number ("How many layers are denser than 1,000 kg/m^3?" decoded `Thickness (m) >
    1,000`: `Density (kg/m^3)`), and the select moved to the one such column of the unit said after "in" ("Total
    R-value in m2K/W of the layers of ..." decoded SUM(`Conductivity (W/m-K)`): `Resistance (m^2-K/W)`); a number
    said with such a unit after a comparison's words and in no condition is compared on that column ("How many layers
    have a resistance above 2 m^2-K/W?": `Resistance (m^2-K/W) > 2`). Units are compared as written_unit writes them;
    a unit of one letter (`(m)`) is too short to tell a column."""
    units = {column: unit for column, header in enumerate(table.header)
             if table.types[column] == "real" and (unit := bracketed_unit(str(header))) and len(unit) >= 2}
    if not units:
        return query
    patterns = {column: re.compile(r"\s*" + (UNIT_JOINERS + "*").join(map(re.escape, unit)) + r"(?![A-Za-z0-9])",
                                   re.IGNORECASE) for column, unit in units.items()}
    def columns_at(position: int) -> list[int]:   # the columns whose unit the question writes at `position`
        found = {column: match.end() for column, pattern in patterns.items()
                 if (match := pattern.match(question, position))}
        longest = max(found.values(), default=0)   # `kg/m^3`, not also a column of `kg`
        return [column for column, end in found.items() if end == longest]
    numbers = [(match, cell_number(match[0].lstrip("$"))) for match in _NUMBER.finditer(question)]
    conds = list(query.conds)
    for k, condition in enumerate(conds):
        number = cell_number(condition.value)
        if number is None:
            continue
        said = {tuple(columns_at(match.end())) for match, value in numbers if value == number}
        if len(said) != 1:
            continue
        columns = said.pop()
        others = {c.column for i, c in enumerate(conds) if i != k}
        if len(columns) == 1 and columns[0] != condition.column and columns[0] not in others:
            conds[k] = Condition(columns[0], condition.operator, condition.value)
    for match, number in numbers:   # a comparison the model missed: "How many layers have a resistance above 2
        columns = columns_at(match.end())   # m^2-K/W?" gets `Resistance (m^2-K/W) > 2`
        compared = _COMPARED_BEFORE.search(question[:match.start()])
        if (len(columns) == 1 and compared and len(conds) < MAX_CONDITIONS and number is not None
                and not any(cell_number(c.value) == number or c.column == columns[0] for c in conds)):
            conds.append(Condition(columns[0], operator_of_comparison(compared[1]), match[0]))
    sel = query.sel
    if query.agg != COUNT and sel not in {c.column for c in conds}:
        after_in = {tuple(columns_at(match.end())) for match in re.finditer(r"\bin\b", question, re.IGNORECASE)}
        named = {columns[0] for columns in after_in if len(columns) == 1} - {c.column for c in conds}
        if len(named) == 1 and sel not in named:
            sel = named.pop()
    changed = dataclasses.replace(query, sel=sel, conds=tuple(conds))
    return query if changed == query else changed
