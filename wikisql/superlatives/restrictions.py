"""Which of a query's conditions restrict the rows a superlative chooses among (restricts_the_rows: a fronted
clause, "among", a value inside or right after the rows' noun, one said of the superlative, a range), and which only
count the rows asked ("top 3": _counts) or point at the column a superlative is about (_points_at_number_column,
_pointing).
"""
from __future__ import annotations

import itertools
import re
from typing import Sequence

from wikisql.content import demonyms
from wikisql.encoding import NUMBER_WORDS, names_column, singular
from wikisql.query import Condition, Query
from wikisql.schema import Table
from wikisql.superlatives.rows import fronted_clause, limit
from wikisql.superlatives.words import (
    _PHRASE_ENDS,
    _VERBS,
    _adjective,
    _is_superlative,
    _words,
    header_word_sets,
    phrase_nouns,
)
from wikisql.tables import cell_number, count_cells

_PARTITIVE = re.compile(r"^(?:which|who)\s+(?:one\s+)?of\s+(?:the\s+)?(?P<rest>.*)$")


_AFTER_NOUN = ("from", "in", "of", "based", "on", "at", "by")   # "Which cereal by mfr G ..."
# a participle and its preposition after the rows' noun: "Which petrol car built in 2004 ...", "made by Ford"
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|built|made|sold|born|run|held|grown|won|written|taken|given|seen)$")
_PARTICIPLE_PREPOSITIONS = frozenset("in by from on at during before after for".split())
_SUBJECT = re.compile(r"^(?:(?:in|on|at|for|against|during|from)\s+)?(?:which|what|when|where|how\s+many|how\s+much)\b"
                      r"(?:\s+[\w-]+){0,3}?\s+"
                      r"(?:did|does|do|was|were)\s+(?P<rest>.*)$")


def _before_superlative(words: Sequence[str]) -> list[str]:
    """The words before the first superlative (_is_superlative, or bottom, peak), all of them when none."""
    for index, word in enumerate(words):
        if _is_superlative(word) or word in ("bottom", "peak"):
            return list(words[:index])
    return list(words)


_OF_WORDS = frozenset("of the a an as for in on at to".split())
_SAID_OF = frozenset("in on at during for from among with to into of".split())   # "sent the most migrants to BC",
#                                                                                    "the fastest time of 1968"


def _said_of_the_superlative(words: Sequence[str], wanted: Sequence[str]) -> bool:
    """Whether a value follows the (last) superlative, inside its noun ("the most expensive Lunch") or after one
    of _SAID_OF ("the three biggest tips on Sun", "generated the least in 2001"), maybe with its column's word
    between ("the smallest output in year 15", "the weakest reading of event 23"), within 5 words."""
    said_of = _before_superlative(list(words)[::-1])[::-1]
    if len(said_of) == len(words):
        return False
    said_of = said_of[:len(wanted) + 5]
    for start in range(len(said_of) - len(wanted) + 1):
        if list(said_of[start:start + len(wanted)]) == list(wanted):
            before = [w for w in said_of[:start] if w != "the"]
            return (not any(w in _PHRASE_ENDS for w in before) or (bool(before) and before[-1] in _SAID_OF)
                    or (len(before) >= 2 and before[-2] in _SAID_OF and before[-1] not in _PHRASE_ENDS
                        and before[-1] not in NUMBER_WORDS))   # "the smallest output in year 15"
    return False


def _plain(words: Sequence[str]) -> list[str]:
    """`words` without a possessive 's ("oil's" -> oil)."""
    return [w[:-2] if w.endswith("'s") else w for w in words]


def _owns_the_superlative(words: Sequence[str], wanted: Sequence[str]) -> bool:
    """Whether a value is said as the owner of the superlative: "Chrysler's biggest investment", "US Steel's two
    biggest investment years" (the value, 's, maybe a number of rows, then the superlative), or the value its
    pronoun points back to: "airline 5 in its highest-output year", "Ohio at its lowest"."""
    for start in range(len(words) - len(wanted) + 1):
        said = list(words[start:start + len(wanted)])
        if _plain(said) != list(wanted):
            continue
        rest = words[start + len(wanted):]
        back = next((k for k, w in enumerate(rest[:3]) if w in ("its", "their", "his", "her")), None)
        if back is not None and all(w in ("in", "at", "on", "during", "for") for w in rest[:back]) and \
                rest[back + 1:back + 2] and _is_superlative(rest[back + 1]):
            return True
        if said and said[-1].endswith("'s"):
            after = [w for w in words[start + len(wanted):start + len(wanted) + 3] if w not in NUMBER_WORDS]
            if after and _is_superlative(after[0]):
                return True
    return False


def _heads_the_superlative(words: Sequence[str], wanted: Sequence[str]) -> bool:
    """Whether a value is said inside the noun the superlative is said of, after "the" and before "with the" or
    "in the" and the superlative: "the hwy rating of the chevrolet with the smallest engine", "the CON firm with
    the most interlocks", "the case 1 woman in the lowest stratum" (at most two words between)."""
    for start in range(1, len(words) - len(wanted) + 1):
        if _plain(words[start:start + len(wanted)]) != list(wanted):
            continue
        before = words[max(0, start - 3):start]
        rest = words[start + len(wanted):start + len(wanted) + 6]
        link = next((k for k, w in enumerate(rest[:3]) if w in ("with", "in")), None)
        extreme = rest[link + 2] if link is not None and len(rest) > link + 2 else ""
        if ("the" in before and not _PHRASE_ENDS.intersection(before[before.index("the") + 1:]) and link is not None
                and not _PHRASE_ENDS.intersection(rest[:link]) and rest[link + 1:link + 2] == ["the"]
                and _is_superlative(extreme)):
            return True
    return False


def _inside(wanted: Sequence[str], words: Sequence[str]) -> bool:
    """Whether `wanted` (at least one word) appears in `words` as consecutive words."""
    return bool(wanted) and any(list(words[i:i + len(wanted)]) == list(wanted)
                                for i in range(len(words) - len(wanted) + 1))


def repeated(table: Table, condition: Condition) -> bool:
    """Whether more than one row holds a condition's value, or it is a comparison (`<`, `>`: a range of rows):
    a restriction a superlative can still choose in."""
    return condition.operator != 0 or count_cells(table, condition.column, condition.value) > 1


def _value_then_its_column(words: Sequence[str], wanted: Sequence[str], header: str, question: str) -> bool:
    """Whether a value is said before the superlative, followed by a word naming its column: "Which car with 5
    gears is slowest ...?" (`gear`), "Who hit 2 home runs in the latest game?" (`homeruns`)."""
    superlative = next((at for at, word in enumerate(words) if _is_superlative(word)), len(words))
    for start in range(superlative - len(wanted)):
        after = words[start + len(wanted):start + len(wanted) + 1]
        if _plain(words[start:start + len(wanted)]) == list(wanted) and after and after[0] not in _PHRASE_ENDS \
                and names_column([singular(after[0])], header, question):
            return True
    return False


def restricts_the_rows(question: str, phrase: Sequence[str], value: object, repeats: bool = False,
                       header: str | None = None) -> bool:
    """Whether a condition's value is said as a restriction of the rows asked about, as people ask a
    superlative over part of a table: before the question, "Among R-rated films, which ...", "In 1854,
    which month ..." (not "Of ...": WikiSQL writes "Of matches that had ..., which one had the largest crowd?"
    for MAX(Crowd)); inside the rows' noun, "Which Kern district ...", "Which AL player ..."; or right
    after it, "Which company from France ...", "Which country in the Americas ..."; as the subject of the
    question, "When did GOOG hit its peak?"; a place as its adjective, "Which African country ..."; the first words
    of the rows' noun phrase after "Which" or "Name the (two)", "Which mining and oil company ...". WikiSQL's
    questions say conditions as properties instead ("What team with a Game smaller than 18 has the lowest ...").
    Also, for a value that more than one row holds (`repeats`; "on March 7" of a game log names one row, as
    WikiSQL asks "Who had the most points in the game on March 7?"), said of the superlative itself
    (_said_of_the_superlative): "the three biggest tips on Sun", "generated the least in 2001", "the most
    expensive Lunch"; and fronted by a time, "Before 1950, which year ..."."""
    wanted = _plain(_words(str(value)))
    if not wanted:
        return False
    adjectives = demonyms(wanted[0]) if len(wanted) == 1 else set()   # "Which African country": Africa
    def holds(words: Sequence[str]) -> bool:
        words = _plain(words)   # "Union Oil's market value": Union Oil
        return _inside(wanted, words) or bool(adjectives & set(words))
    text = " ".join(question.lower().replace("’", "'").split())
    if _owns_the_superlative(_words(text), wanted):   # "Which year saw Chrysler's biggest investment?"
        return True
    if _heads_the_superlative(_words(text), wanted):   # "... of the chevrolet with the smallest engine?"
        return True
    if header is not None and _value_then_its_column(_words(text), wanted, header, question):
        return True   # "Which car with 5 gears is slowest ...?" (`header`: the condition's column)
    if any(holds(_words(inside)) for inside in re.findall(r"\(([^()]*)\)", text)):
        return True   # "Which blue-collar job (type bc) ...": a filter the user wrote out
    subject = _SUBJECT.match(text)   # "When did GOOG hit its peak?", "In which round did Bayern score the most?"
    if subject:   # "When did GOOG hit its peak?"; "In which year did generation from Fossil Fuels bottom out?"
        rest = _words(subject["rest"])
        before = _before_superlative(rest)
        if _plain(rest[:len(wanted)]) == wanted or (len(before) < len(rest) and holds(before)):
            return True
    words = _words(text)
    if repeats and _said_of_the_superlative(words, wanted):   # "the biggest tips on Sun", "the least in 2001"
        return True
    fronted = fronted_clause(text)   # "In 2017 which country ..." too
    if fronted and (holds(_words(fronted["clause"])) or holds(_words(fronted[0]))):
        return True   # (the fronting word may be the value: "After insulation, ..." of `Insul` Before/After)
    if re.match(r"(?:which|who|where|when|name|list)\b", text) and any(
            holds(_words(clause)) for clause in re.findall(r"\bamong\b((?:[^,?]|(?<=\d),(?=\d{3}))*)", text)):
        return True   # "Which state ranks first for SPD votes among states with under 1,000,000 CDU/CSU votes?" (not
        #               "What is the highest growth rate among countries with ...?", a value)
    if header is not None and re.match(r"(?:which|who|where|when|name|list)\b", text) \
            and _compared_in_a_clause(text, header, str(value)):
        return True   # "Which month had the highest opening price when volume was under 70000000 shares?" (not
        #               WikiSQL's "What is the lowest Loss, when Long is less than 0?": a value)
    partitive = _PARTITIVE.match(text)   # "Which of the Primates is the heaviest?"
    if partitive and _words(partitive["rest"])[:len(wanted)] == wanted:
        return True
    opened = _OPENED.match(text)   # "Which mining and oil company ...", "Name the two month-to-month customers ..."
    if opened:
        rest = _plain(_words(opened["rest"]))
        if rest[:len(wanted)] == list(wanted) and len(rest) > len(wanted) and rest[len(wanted)] not in _AUXILIARY:
            return True
    if holds(phrase):
        return True
    words = _words(text)
    for start in range(len(words) - len(phrase) + 1):   # the phrase, then a preposition and the value
        if phrase and words[start:start + len(phrase)] == list(phrase):
            after = words[start + len(phrase):]
            if after[:1] == ["with"]:   # "Which day with no seeding ...", "... with a stationary echo": a word
                said = after[2:] if after[1:2] in (["a"], ["an"]) else after[1:]   # right after (not WikiSQL's
                if (cell_number(str(value)) is None and _plain(said[:len(wanted)]) == list(wanted)   # "with a
                        and said[len(wanted):len(wanted) + 1] != ["as"]):   # Game of 18", "the largest rank with
                    return True   # 2,080 area", "the lowest grid with matra as ...")
                named = len(list(itertools.takewhile(header_word_sets([header])[0].__contains__, said))) \
                    if header is not None else 0   # the condition's column, said in one word or more
                if named and len(said) > named + 2 and said[named] not in _AFTER_COMPARED \
                        and said[named] not in _OF_WORDS and said[named + 1] in _AFTER_COMPARED \
                        and said[named + 1] != "to":
                    named += 1   # and a noun of its own: "Which month with a BAA yield below 6.5 ..." of `BAA`
                if (text.startswith("which") and named and len(said) > named + 1
                        and (said[named] in _AFTER_COMPARED and said[named] != "to"
                             or said[named] == "of" and cell_number(str(value)) is not None)
                        and _plain(said[named + 1:named + 1 + len(wanted)]) == list(wanted)):
                    return True   # "which specimen with a pH above 7 has the highest ...", "Which tract with a medv
                    #               of 50 has ...": the condition's column, a comparison or "of" and its number (not
                    #               "with an echo of moving", WikiSQL's property)
                if (named and after[1:2] == said[:1] and said[named:named + 1] and said[named] in _KIND_NOUNS
                        and _plain(said[named + 1:named + 1 + len(wanted)]) == list(wanted)):
                    return True   # "Which state with match type name ...": the column's words, "type", the value
                # "Which patient with ascites 1 ...", "Which entry with status State ...": a column's word, then
                # the value (not "with a Game of 18", nor "with 2,080 area")
                return (after[1:2] == said[:1] and said[:1] != [] and said[0].isalpha() and said[0] not in _OF_WORDS
                        and _plain(said[1:1 + len(wanted)]) == list(wanted))
            if after[:1] and after[0] in _AFTER_COMPARED:   # "Which delivery over a distance of more than 500 had
                clause = list(itertools.takewhile(lambda w: w not in _VERBS and w not in _AUXILIARY, after[1:]))
                return holds(clause[:8])   # ... the fewest products?", "Which birth to a mother over 30 had ..."
            if len(after) > 2 and _PARTICIPLE.match(after[0]) and after[1] in _PARTICIPLE_PREPOSITIONS \
                    and text.startswith("which"):
                return holds(after[1:len(wanted) + 4])   # "Which petrol car built in 2004 has ..."
            return bool(after) and after[0] in _AFTER_NOUN and (after[0] != "by" or text.startswith("which")) \
                and holds(after[:len(wanted) + 3])   # ("by" and participles of the rows asked, not WikiSQL's "the
            #                                          highest place reached by artist Ray Adams")
    return False


# nouns said between a column's words and its value: "with match type name", "with status code 3"
_KIND_NOUNS = frozenset("type kind class category status code level".split())
# the words of a comparison that bounds a number: "under", "more than", "at least" (the question forms use it too)
BOUND = r"(?:above|below|over|under|(?:more|less|fewer|greater|higher|lower) than|at (?:least|most))"


def _compared_in_a_clause(text: str, header: str, value: str) -> bool:
    """Whether a clause of time or place bounds the condition's column by its value: "when volume was under
    70000000 shares", "where the price is above 50" (the column said by a word of its header)."""
    clause = re.search(r"\b(?:when|while|whenever|where)\s+(?:the\s+|its\s+|their\s+)?(?P<said>(?:[\w.-]+\s+){1,3}?)"
                       rf"(?:was|were|is|are|stayed|stood)\s+{BOUND}\s+(?:an?\s+)?[$€£]?(?P<value>-?[\d,.]+)", text)
    if clause is None or cell_number(clause["value"]) is None or cell_number(clause["value"]) != cell_number(value):
        return False
    return bool(header_word_sets([header])[0] & {singular(w) for w in _words(clause["said"])})


_AFTER_COMPARED = ("over", "under", "above", "below", "to")   # a clause after the rows' noun up to its verb
# the start of a question that names the rows it asks for, then their noun: "Which ...", "Name the two ..."
_OPENED = re.compile(r"(?:which|(?:name|list)\s+the)\s+(?:(?:one|two|three|four|five|\d+)\s+)?(?P<rest>.+)")
_AUXILIARY = frozenset("is are was were be been has have had did does do can could will would".split())


def _counts(question: str, query: Query) -> list[Condition]:
    """The conditions whose value is the number of rows asked for ("top 3", "Which 3 countries ..."): a count,
    not a value."""
    k = limit(question)
    written = len(re.findall(rf"(?<![\d.,]){k}(?![\d.,]*\d)", question))   # the digit, as often as the question has it
    as_digit = re.search(rf"\b(?:top|which|what|the|first|last|name|list)\s+{k}\b", question, re.IGNORECASE)
    def count(value: object) -> bool:   # `3`, `'Top 2'`; not "(mode 3)" beside "Which three travellers"
        text = re.sub(r"^(?:the\s+)?(?:top|first|best|bottom|last)\s+", "", str(value).strip().lower())
        if NUMBER_WORDS.get(text) == k and not text.isdigit():   # `Region = 'four'` of "Give the four cleanest
            return True                                            # Azure regions."
        return cell_number(text) == k and written <= (1 if as_digit else 0)
    return [c for c in query.conds if k > 1 and count(c.value)]


def _points_at_number_column(condition: Condition, table: Table) -> bool:
    """Whether a condition holds a value that is no number on a number column (`hurdles = 'three'`,
    `Wind = 'calm'`): the model pointing at the column a superlative is about, not a condition."""
    return table.types[condition.column] == "real" and cell_number(condition.value) is None


def _pointing(condition: Condition, word: str, phrase: Sequence[str], table: Table, question: str = "") -> bool:
    """Whether a text condition only points at the superlative or at the rows asked about, and is no cell of
    its column: `name = 'southernmost airport'`, `date = 'hottest day'`, `Island = 'penguin'` ("What species
    is the penguin with the shortest flipper?"), `MainCity = 'Paris'` ("closest to Paris", the place a column of
    distances is measured from), `Region = 'north'` ("the furthest north")."""
    if table.types[condition.column] != "text":
        return False
    value = _words(str(condition.value))
    if not value or str(condition.value).strip().lower() in {str(row[condition.column]).strip().lower()
                                                            for row in table.rows}:
        return False
    nouns = set(phrase_nouns(phrase))
    pointers = {word, _adjective(word), "farthest", "furthest"}
    if word.endswith("ernmost"):
        pointers.add(word[:-len("ernmost")])   # "the furthest north": `Region = 'north'`
    distance = re.search(r"\b(?:closest|nearest)\s+to\s+|\b(?:farthest|furthest)\s+(?:away\s+)?from\s+",
                         question.lower())
    said_from = distance is not None and _words(question.lower()[distance.end():])[:len(value)] == value
    return bool(set(value) & pointers) or {singular(w) for w in value} <= nouns or said_from
