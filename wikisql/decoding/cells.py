"""The decisions that read the table's cells (with value snapping on) after the model's conditions: a value widened
to a longer cell (widen_to_cells), conditions added for an identifier (add_named_identifiers), a category said as a
modifier (add_modifier_cells), a cell next to a number (add_adjacent_cells), after a preposition
(add_prepositional_cells) or owning what is asked (add_owning_cells), numbers a header word names
(name_headed_numbers) or a comparison says of one column (add_compared_numbers); cell_decisions lists them in order.
"""
from __future__ import annotations

import functools
import re
from typing import Callable, Iterator, NamedTuple, Sequence

from wikisql.decoding.scores import ExampleScores
from wikisql.decoding.words import _COMPARISON_BEFORE, FUNCTION_WORDS, NOT_A_NOUN, comparison_operator
from wikisql.encoding import MAX_CONDITIONS, EncodedExample, readable_header, singular
from wikisql.query import CONDITION_OPS, Condition


class _CellSpan(NamedTuple):
    """A question span that is a cell of `column`, ranked (as a tuple) by what widen_to_cells prefers."""
    letters: int          # letters and digits: more is a longer value, not a "?" more
    fewer_pieces: int     # minus its wordpieces
    likelihood: float     # log p(column is a condition column)
    column: int
    start: int
    end: int


def _letters(text: str) -> int:
    return sum(char.isalnum() for char in text)


def _glued(char: str) -> bool:
    return char.isalnum() or char in "-/:"


def _inside_a_word(item: EncodedExample, start: int, end: int) -> bool:
    """The question tokens start..end are part of a longer run of letters, digits, "-", "/" or ":"
    ("2008" of "2008-10-22"; not of "(2008)")."""
    question, first, last = item.question, item.question_tokens[start].start, item.question_tokens[end].end
    return (first > 0 and _glued(question[first - 1])) or (last < len(question) and _glued(question[last]))


def widen_to_cells(scores: ExampleScores, item: EncodedExample, conds: Sequence[Condition],
                   spans: Sequence[tuple[int, int]]) -> tuple[list[Condition], list[tuple[int, int]]]:
    """Equality conditions on a text column whose value is part of a longer question span that is a
    cell of another column take that span and column: `Manufacturer = Geo` becomes `Make = Geo Metro`
    when "Geo Metro" is a cell of Make and no cell of Manufacturer (the span with the most letters, then
    the fewest wordpieces, then the likeliest condition column; not a column another condition uses, nor
    a span that overlaps another condition's value). So does a number cut out of a longer word (`Year = 2008`
    from "2008-10-22 12:30:00", a cell of Date): a number inside a date is no number. Failing that, a value that
    is a cell of its own column takes a longer cell of that column that holds it (`citizen = 'US'` cut from
    "Non-US"). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    for index, (condition, (start, end)) in enumerate(zip(conds, spans)):
        if condition.operator != CONDITION_OPS.index("=") or (item.column_types[condition.column] == "real"
                                                               and not _inside_a_word(item, start, end)):
            continue
        holding = [_CellSpan(_letters(item.span_text(cell_start, cell_end)), cell_start - cell_end,
                             scores.where[column].item(), column, cell_start, cell_end)
                   for column, cell_spans in enumerate(item.content_spans)
                   for cell_start, cell_end in cell_spans if cell_start <= start and end <= cell_end]
        # more letters than the value, and than any cell of its own column that holds it (snapping's choice)
        least = max([_letters(item.span_text(start, end))] +
                    [cell.letters for cell in holding if cell.column == condition.column])
        others = [(other, span) for i, (other, span) in enumerate(zip(conds, spans)) if i != index]
        wider = [cell for cell in holding if cell.letters > least
                 and all(cell.column != other.column and (cell.end < span[0] or span[1] < cell.start)
                         for other, span in others)]
        if not wider and (start, end) in item.content_spans[condition.column]:   # a cell cut from a longer cell of
            wider = [cell for cell in holding if cell.column == condition.column   # its column: `US` of "Non-US"
                     and cell.letters > _letters(item.span_text(start, end))
                     and all(cell.end < span[0] or span[1] < cell.start for _, span in others)]
        if wider:
            best = max(wider)
            conds[index] = Condition(best.column, condition.operator, item.span_text(best.start, best.end))
            spans[index] = (best.start, best.end)
    return conds, spans


# one word of 5 or more letters and digits, with both (`bondsba01`, `N22A2`; not `2nd`, `V6`, `12345`)
_IDENTIFIER = re.compile(r"(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]{5,}")


def add_named_identifiers(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                          ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """An identifier the question names (a word of letters and digits together, `bondsba01`) that is a
    cell of exactly one column filters by that column: `column = word` is added when no condition uses
    the column or that word (up to MAX_CONDITIONS). The model tends to leave such conditions out, since
    WikiSQL questions rarely name rows by code. Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    for column, cell_spans in enumerate(item.content_spans):
        for start, end in cell_spans:
            if len(conds) >= MAX_CONDITIONS or any(condition.column == column for condition in conds):
                break
            text = item.span_text(start, end)
            if (not _IDENTIFIER.fullmatch(text) or _inside_a_word(item, start, end)
                    or any((start, end) in other for index, other in enumerate(item.content_spans) if index != column)
                    or any(not (end < first or last < start) for first, last in spans)):
                continue
            conds.append(Condition(column, CONDITION_OPS.index("="), text))
            spans.append((start, end))
    return conds, spans


# what comes right before a cell said as a modifier of the rows asked about: "Which R rated movie", "Which three
# NY Metro - NYC hospitals", "How many Banking companies", "Among Midsize cars", "across the Bronx hospitals" (not
# "the" alone: "the points column", "the hawthorn score" name columns)
_BEFORE_MODIFIER = re.compile(r"(?:\b(?:(?:which|what)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?|"
                              r"how\s+many|(?:among|across|all)(?:\s+all)?(?:\s+the)?|any|the\s+(?:most|fewest|least|"
                              r"highest|lowest|largest|smallest|biggest|greatest)))\s+$", re.IGNORECASE)   # "the fewest
#                                                                                     colorectal deaths"
_WORDS = re.compile(r"[a-z0-9]+")
_ANY_OF = re.compile(r"\b(?:of\s+any|among\s+(?:the|all)(?:\s+the)?)\s+$", re.IGNORECASE)
_AGGREGATE_WORDS = frozenset("total sum average mean number count maximum minimum highest lowest most least".split())
_AFTER_MODIFIER = re.compile(r"^[-\s]+([a-z]+)", re.IGNORECASE)   # then a word, which the noun must be:
# (the words that are not: NOT_A_NOUN, in wikisql/decoding/words.py)


def _free_text_cells(item: EncodedExample, conds: list[Condition], spans: list[tuple[int, int]], shared: bool = False
                     ) -> Iterator[tuple[int, int, int, str]]:
    """(column, start, end, text) of each question span that is a cell of exactly one text column, for the
    decisions that add `column = cell` conditions: the column has no condition yet and there is room for one
    (MAX_CONDITIONS; `conds` and `spans` are read as the caller appends to them), the span overlaps no
    condition's value, is not inside a word, and is not made of one header's words (WikiSQL tables repeat
    their header as a row: "What score ..." is no `Score = score`). `shared`: also a span that is a cell of other
    text columns, given once, for the leftmost of them."""
    header_words = [set(_WORDS.findall(header.lower())) for header in item.header]
    for column, cell_spans in enumerate(item.content_spans):
        if item.column_types[column] != "text":
            continue
        for start, end in cell_spans:
            if len(conds) >= MAX_CONDITIONS or any(condition.column == column for condition in conds):
                break
            first, last = item.question_tokens[start].start, item.question_tokens[end].end
            text = item.question[first:last]
            if (_inside_a_word(item, start, end)
                    or any(set(_WORDS.findall(text.lower())) <= words for words in header_words)
                    or any((start, end) in other for index, other in enumerate(item.content_spans) if index != column
                           and (not shared or index < column))
                    or any(not (end < a or b < start) for a, b in spans)):
                continue
            yield column, start, end, text


def add_modifier_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                       ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column that the question says as a modifier of the rows it asks about
    ("Which R rated movie ...", "How many Banking companies ...", "Among Midsize cars ...", "the fewest colorectal
    deaths": after which, what, how many, among, all, any or a superlative, and before another word) filters by
    that column: `column = cell` is added when no condition uses the column or overlaps the span (up to
    MAX_CONDITIONS). People name a category that way; the model, trained on WikiSQL's "... with a rating of R",
    leaves it out. Not
    a cell that a header holds (WikiSQL tables repeat their header as a row: "What score ..." is no
    `Score = score`), nor one followed by a verb or preposition ("Which parish has ...": the noun itself). A cell
    that ends the question after "of any" or "among the" is such a category too ("the highest boiling point of any
    halogen?"). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    for column, start, end, text in _free_text_cells(item, conds, spans):
        first, last = item.question_tokens[start].start, item.question_tokens[end].end
        any_of = _ANY_OF.search(item.question[:first]) is not None and re.match(r"\s*[?.!]?\s*$",
                                                                                item.question[last:]) is not None
        if text.lower() in _AGGREGATE_WORDS or not any_of and (
                not _BEFORE_MODIFIER.search(item.question[:first])
                or not (after := _AFTER_MODIFIER.match(item.question[last:])) or after[1].lower() in NOT_A_NOUN):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


def add_adjacent_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                       ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column said right next to a number condition's value ("in Jan 1855": `Year
    = 1855` and the month `Jan`) filters by that column: `column = cell` is added when no condition uses the
    column (up to MAX_CONDITIONS). One span naming two columns' values is how people write a date split over
    columns; the model, trained on WikiSQL's one value per span, keeps one of them. Not a cell that a
    header holds, nor a function word, nor one inside a word. Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    numbers = [span for condition, span in zip(conds, spans) if item.column_types[condition.column] == "real"]
    if item.content_spans is None or not numbers:
        return conds, spans
    for column, start, end, text in _free_text_cells(item, conds, spans):
        if (not any(end + 1 == a or b + 1 == start for a, b in numbers)
                or text.lower() in FUNCTION_WORDS):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


_AFTER_PREPOSITION = re.compile(r"\b(?:for|on|in|at|from|by|under|during)\s+(?:the\s+)?$", re.IGNORECASE)


def add_prepositional_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                            ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column said right after a preposition, in a question that already names its rows
    by another value ("What position did Gary play for NY in 1986?", "How many Univ. of Zurich patients were on
    placebo?"), filters by that column too: `column = cell` is added when no condition uses the column or
    overlaps the span (up to MAX_CONDITIONS). Not a cell that a header holds, nor a function word, nor one inside
    a word (_free_text_cells). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None or not conds:
        return conds, spans
    for column, start, end, text in _free_text_cells(item, conds, spans):
        first = item.question_tokens[start].start
        if text.lower() in FUNCTION_WORDS or not _AFTER_PREPOSITION.search(item.question[:first]):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


def add_owning_cells(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                     ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A cell of exactly one text column that owns what the question asks ("Iowa's demvoteshlag1 in 2008?",
    "What was Kenya's score?"; not "Which state's code is MS?", the rows asked) or starts a question said
    without a question word ("Kerrville number of sales month 12", "Sosa homeruns, gameno 106") names the rows:
    `column = cell` is added when no condition uses the column or overlaps the span (up to MAX_CONDITIONS). Not
    a cell that a header holds, nor a function word, nor one inside a word (_free_text_cells). So does a cell said
    before another condition's header word and value, the whole that part is of ("Boxberg block R": `name =
    Boxberg` beside `block = R`; _names_a_part), and the part said after the whole ("Schwarze Pumpe block B":
    _part_of_a_named). Unchanged without cell matches."""
    conds, spans = list(conds), list(spans)
    if item.content_spans is None:
        return conds, spans
    telegraphic = not _QUESTION_WORD.search(item.question)
    for column, start, end, text in _free_text_cells(item, conds, spans, shared=True):
        first, last = item.question_tokens[start].start, item.question_tokens[end].end
        shared = any((start, end) in other for index, other in enumerate(item.content_spans) if index != column)
        owning = re.match(r"['’]s\b", item.question[last:]) is not None and not re.search(
            r"\b(?:which|what|whose)\s+$", item.question[:first], re.IGNORECASE)   # not "Which state's ...": asked
        opening = telegraphic and not item.question[:first].strip()
        if text.lower() in FUNCTION_WORDS or not (
                (not shared and (owning or opening))   # a cell of several columns (the leftmost): whole or part only
                or _names_a_part(item, last, conds, spans) or _part_of_a_named(item, column, first, conds, spans)):
            continue
        conds.append(Condition(column, CONDITION_OPS.index("="), item.span_text(start, end)))
        spans.append((start, end))
    return conds, spans


def _names_a_part(item: EncodedExample, end: int, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                  ) -> bool:
    """Whether a cell the question says up to character `end` is followed by a word of another condition's header
    and that condition's value ("Boxberg block R", "Schwarze Pumpe block B" of `block_bnetza = R`): the whole
    that the part belongs to, the rows that part is of."""
    return any(item.column_types[condition.column] == "text"
               and _header_word_between(item, end, item.question_tokens[first].start, condition.column)
               for condition, (first, _) in zip(conds, spans))


def _part_of_a_named(item: EncodedExample, column: int, start: int, conds: Sequence[Condition],
                     spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a cell of `column` the question says from character `start` follows a word of the column's header
    that follows another condition's value ("Schwarze Pumpe block B" of `name = Schwarze Pumpe`: `block = B`)."""
    return any(item.column_types[condition.column] == "text"
               and _header_word_between(item, item.question_tokens[last].end, start, column)
               for condition, (_, last) in zip(conds, spans))


def _header_word_between(item: EncodedExample, first: int, last: int, column: int) -> bool:
    """Whether the question's text between characters `first` and `last` is one word of the column's header."""
    between = item.question[first:last].strip().lower()
    return bool(between) and between in _WORDS.findall(readable_header(str(item.header[column])).lower())


_QUESTION_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how|name|list|give|tell|show|find|count|"
                            r"is|are|was|were|did|does|do)\b", re.IGNORECASE)


_HEADED_NUMBER = re.compile(r"\b([A-Za-z]+)\s+(\d+(?:,\d{3})*(?:\.\d+)?)(?![\w/:.,-]*\d)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _headed_numbers(item: EncodedExample) -> list[tuple[int, tuple[int, int]]]:
    """(column, token span) of each number the question says right after the last word of exactly one
    header, that of a number column without digits ("day 25", "month 8", "week 5"): that column's value, as
    people write it. Not a function word ("a population of 113"), nor a header's own number ("Top 10",
    "Area km 2", "Episode 4"), nor a number said before a header's noun ("week 3 games" of `Games`)."""
    matches = list(_HEADED_NUMBER.finditer(item.question))
    if not matches:
        return []
    words = [_WORDS.findall(readable_header(str(header)).lower()) for header in item.header]
    lasts = [singular(header[-1]) if header else None for header in words]   # each header's noun, singular
    numbered = {singular(w) for header in words if any(w.isdigit() for w in header) for w in header}   # "Top 10"
    found = []
    for match in matches:
        word = singular(match[1].lower())
        if word in NOT_A_NOUN or len(word) < 3 or word in numbered:
            continue   # a function word, or a word of a header with its own number ("Top 10")
        named = [c for c, last in enumerate(lasts) if last == word]
        after = _NEXT_WORD.match(item.question, match.end())
        if after and singular(after[1].lower()) in lasts:
            continue   # the number counts the noun after it
        if named and item.column_types[named[0]] != "real":
            continue
        first = [i for i, token in enumerate(item.question_tokens) if token.start == match.start(2)]
        last = [i for i, token in enumerate(item.question_tokens) if token.end == match.end(2)]
        if len(named) == 1 and first and last:
            found.append((named[0], (first[0], last[0])))
    return found


def name_headed_numbers(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                        ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A number said right after a word naming one number column ("on day 25 of month 8") is that column's
    value (_headed_numbers): a condition that put it on another column is moved to this one (unless this one
    has a condition already), the column's condition that holds another number the question gives to
    another column takes this one, and a column without a condition gets `column = number` (up to
    MAX_CONDITIONS); another column's condition on the same number, said once, is dropped. The model, trained
    on WikiSQL's one number per question, mixes up two numbers that two columns name ("How windy was it on
    day 9 of month 5?": Month = 9). Unchanged when no number is headed so."""
    headed = _headed_numbers(item)
    if not headed:
        return list(conds), list(spans)
    conds, spans = list(conds), list(spans)
    owner = {span: column for column, span in headed}
    for column, span in headed:
        if any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in spans):
            continue   # inside another value: the title "Episode 17"
        value = item.span_text(*span)
        mine = [i for i, condition in enumerate(conds) if condition.column == column]
        using = [i for i, used in enumerate(spans) if used == span]
        if mine:
            i = mine[0]
            if spans[i] != span and owner.get(spans[i], column) != column and not using:
                conds[i], spans[i] = Condition(column, conds[i].operator, value), span   # "day 9 of month 5": 5
        elif using:
            i = using[0]
            conds[i] = Condition(column, conds[i].operator, conds[i].value)   # "day 25" put on Month: Day
        elif len(conds) < MAX_CONDITIONS:
            conds.append(Condition(column, CONDITION_OPS.index("="), value))
            spans.append(span)
    owned = [(condition.column, span) for condition, span in zip(conds, spans) if owner.get(span) == condition.column]
    said = re.findall(r"\d[\d,.]*", item.question)
    kept = [k for k, (condition, span) in enumerate(zip(conds, spans))   # "month 7" is not also Ozone = 7
            if not (span in owner and owner[span] != condition.column and (owner[span], span) in owned
                    and said.count(item.span_text(*span)) == 1)]   # (the question says that number once)
    return [conds[k] for k in kept], [spans[k] for k in kept]


_COMPARED_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w.,]*\d)")


def _compared_column(item: EncodedExample, end: int, before: str) -> int | None:
    """The one number column a compared number belongs to by the words around it: the words right before the
    comparison are all of a header's words ("a COP_ref above 3.2", "a dielectric constant above 30" of
    `dielectric constant`), or the word right after the number is the last word of a header ("more than 2,000
    cases" of `Number_of_Cases`); None when no column or several are so named. `end`: the character after the
    number; `before`: the question before the comparison words."""
    words = [_WORDS.findall(readable_header(str(header)).lower()) for header in item.header]
    said = _WORDS.findall(before.lower())
    after = _NEXT_WORD.match(item.question, end)
    next_word = singular(after[1].lower()) if after else None
    named = {c for c, header in enumerate(words) if item.column_types[c] == "real" and header and (
        said[-len(header):] == header or (next_word is not None and len(next_word) >= 3
                                          and singular(header[-1]) == next_word))}
    return named.pop() if len(named) == 1 else None


def add_compared_numbers(item: EncodedExample, conds: Sequence[Condition], spans: Sequence[tuple[int, int]]
                         ) -> tuple[list[Condition], list[tuple[int, int]]]:
    """A number the question compares with ("above 3.2", "more than 2,000") that no condition uses, said of one
    number column by the words around it (_compared_column: "How many On-Off heat pumps have a COP_ref above
    3.2?", "How many All PCI rows show more than 2,000 cases?"), filters by that column: `column op number` is
    added when the column has no condition (up to MAX_CONDITIONS), the operator the comparison words say
    (comparison_operator). The model, trained on WikiSQL's questions of one or two conditions, drops a second
    one it reads as less likely."""
    conds, spans = list(conds), list(spans)
    for match in _COMPARED_NUMBER.finditer(item.question):
        first = [i for i, token in enumerate(item.question_tokens) if token.start == match.start()]
        last = [i for i, token in enumerate(item.question_tokens) if token.end == match.end()]
        if len(conds) >= MAX_CONDITIONS or not first or not last:
            continue
        start, end = first[0], last[0]
        operator = comparison_operator(item, start, end)
        value = item.span_text(start, end)
        if operator is None or operator == CONDITION_OPS.index("=") or any(not (end < a or b < start)
                                                                             for a, b in spans) \
                or any(str(condition.value) == value for condition in conds):
            continue
        before = _COMPARISON_BEFORE.search(item.question[:match.start()])
        column = _compared_column(item, match.end(), item.question[:before.start()]) if before else None
        if column is None or any(condition.column == column for condition in conds):
            continue
        conds.append(Condition(column, operator, value))
        spans.append((start, end))
    return conds, spans


def cell_decisions(scores: ExampleScores) -> tuple[Callable, ...]:
    """The decisions that read the cells, and the headers said around values (add_compared_numbers), with value
    snapping on, in the order they apply; each maps (item, conds, spans) to new (conds, spans)."""
    return (functools.partial(widen_to_cells, scores), add_named_identifiers, add_modifier_cells, add_adjacent_cells,
            name_headed_numbers, add_prepositional_cells, add_owning_cells, add_compared_numbers)
