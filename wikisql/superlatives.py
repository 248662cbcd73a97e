"""A superlative answered by a model that has no ordering heads, through its MAX or MIN.

A model trained on WikiSQL alone cannot say "the row with the largest Weight". Asked "Which car is the
heaviest?" it decodes MAX(Weight): the heaviest weight, not the car. When the question asks for a row
(which car, who, when, where, in which round, name the three ...) and not for the extreme value itself,
`read_superlative` reads the model's MAX or MIN of a number column as the ordering it meant:

    "Which car is the heaviest?"          MAX(Weight)   ->  SELECT Make ORDER BY Weight DESC LIMIT 1
    "Name the three lightest animals."    MIN(bodywt)   ->  SELECT name ORDER BY bodywt ASC LIMIT 3
    "When was turnout at its lowest?"     MIN(Turnout)  ->  SELECT date ORDER BY Turnout ASC LIMIT 1

The model decides the column ordered by and the direction (MAX or MIN), unless the superlative word has
one of its own ("the sweetest" is the most sugar whatever the model said; `direction`); the question's
words decide which column names the rows (`asked_for`, `_asked_column`):

- a header word the question asks for ("In which round ...", "Which state ...") names that column;
- "who" a text column of people (`Player`, `Driver`, ...) or else the row-name column; "when" a column of
  dates or years; "where" one of places; none there: no reading;
- any other noun ("Which car ...", "the three heaviest animals") the table's row-name column: a text
  column headed name, title, id, make or model, else any text column; the one with the most distinct
  cells, then the longest ("Acura Integra" names a car better than "Integra").

Left as decoded, as WikiSQL's gold queries have them:
- a query with a condition: WikiSQL writes "What team with a Game smaller than 18 has the lowest Goal
  Gain?" for MIN(Goal Gain) WHERE Game < 18 (47 dev questions read that way would turn wrong);
- a question for the value: "What is the highest turnout?", "What is the minimum wins ...?", "What is
  the earliest year ...?" (the noun names the aggregated column, a value or a time);
- MAX or MIN of a text column (the alphabetically last name): declining.alphabetical_extreme declines it,
  unless order_from_scores reads it (below); reading every such one through the likeliest number column fixed
  fewer superlatives than it cost declined unanswerable questions on the second tables-in-the-wild set, so
  only a column that names each row once is read that way when the question names no number column.
A superlative the model decoded otherwise (no aggregation, a condition that cannot hold, MAX of a text
column) is read through its select and aggregation heads by `order_from_scores`.

What is ordered by, in either reading: the measure a superlative adjective names (`measured_by`: "the
heaviest" a weight; `_FALLBACK_MEASURES` when no column is one: "the oldest journal" its founding year), else
the number column the words after a generic superlative name best (`naming_score`: "the party with the largest
bill" orders by `total_bill`), else the one the question names, else the model's; the direction of "oldest" and
"newest" from the column (`_dated`). Rows are restricted by a condition said as a restriction
(`restricts_the_rows`: fronted, inside the rows' noun, in parentheses, or said of the superlative when more
than one row holds the value). Models with the ordering
heads decide orderings themselves (decoding.best_order). What the reading does
on the official dev set and the superlative sets is in benchmarks/RESULTS.md.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from typing import Callable, Collection, Sequence

from wikisql.content import demonyms
from wikisql.corrections import (
    SEX_TOKENS,
    days_of,
    drop_non_numbers,
    drop_pointer_values,
    header_tokens,
    said_words,
    token_said,
)
from wikisql.encoding import (
    MAX_CONDITIONS,
    MONTH_NAMES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    YEAR,
    bundled_vocabulary,
    counted_noun,
    glued_to_a_unit,
    header_readings,
    is_row_names,
    is_skeleton_start,
    names_column,
    numbered_readings,
    numbers_units,
    readable_header,
    singular,
    year_of,
)
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, MAX_ORDER_LIMIT, Condition, Order, Query
from wikisql.schema import Table
from wikisql.tables import cell_number, column_numbers, count_cells, holding, mostly_numbers

MAX, MIN = AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN")
COUNT = AGGREGATION_OPS.index("COUNT")
_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumber\b|\bcount\b|\btotal\b|\bamount\b|\bhow much\b")
_VOCABULARY = functools.cache(bundled_vocabulary)

# Words that end the noun phrase a question asks about: verbs that follow it and prepositions.
_PHRASE_ENDS = frozenset("""is are was were be been has have had did does do can could will would 's
    of in on at for by from with among between to than that who which whose where when and or over under above below
    the a an this these those its their his her anyone anybody someone somebody everyone everybody ever""".split())
_TIME_PREPOSITIONS = frozenset("after before since until during".split())   # "Three coldest years after 1950"
# verbs that end the phrase after "which" ("which gave Nader the fewest" asks for a row, not for `NADER`), yet may
# name a column elsewhere ("pays" `pay`)
_VERBS = frozenset("""gave give gives got gets won spent spends pays paid earned earns made took takes received
    receives sold saves saved sent born listed marked found built recorded registered scored ranked placed
    grew produced reached""".split())
#   ("Heaviest player born in 1975", "Which country recorded 13334 deaths?")
_EXTREMES = frozenset("""most least highest lowest largest smallest greatest biggest fewest maximum minimum
    longest shortest tallest heaviest lightest best worst top bottom first last latest earliest newest oldest
    youngest cheapest fastest slowest deepest shallowest widest narrowest richest poorest hottest coldest
    warmest coolest wettest driest busiest quietest rarest strongest weakest northernmost southernmost easternmost
    westernmost""".split())
# "-est" words that are not superlatives ("the forest", "the contest", "the west")
_NOT_SUPERLATIVE = frozenset("""interest forest contest protest request harvest conquest suggest honest modest
    west midwest southwest northwest test quest guest nest rest chest pest vest crest arrest digest manifest
    priest behest everest budapest bucharest inquest pretest posttest retest attest detest invest infest earnest
    bequest tempest""".split())
PERSON_WORDS = frozenset("""name player athlete driver rider winner artist director author candidate coach
    manager person member pilot actor actress singer writer composer president captain jockey skipper
    golfer boxer wrestler runner swimmer cyclist nominee recipient owner holder""".split())
TIME_WORDS = ("date", "year", "season", "month", "day", "time", "week", "period", "hour")   # "when": in this preference
PLACE_WORDS = frozenset("""venue location city country place ground stadium site state island town region
    airport county arena track circuit course province nation district department constituency precinct ward
    borough municipality""".split())
# Nouns that ask for a value whatever the column: "What is the lowest value of nonfarm_change?"
VALUE_WORDS = frozenset("""value number amount figure level quantity count total sum average mean maximum minimum
    max min record rate ratio percentage percent share""".split())   # "the highest fertility rate": a measure
NAME_WORDS = frozenset({"name", "title", "id", "make", "model"})
TITLE_WORDS = frozenset({"name", "title"})   # of NAME_WORDS, those of a name people read (not a code)
IDENTIFIER_WORDS = frozenset({"id", "index", "seqn", "seqno"})   # a number column so headed numbers the rows
#                                                                  (`seqn`: a survey's sequence numbers)

_FRONTED = re.compile(r"^(?:among|in|for|within|looking\s+(?:only\s+)?at|considering|of\s+those|of\s+the\s+ones|"
                      r"before|after|since|until|during|prior\s+to|of\s+the|on|at|with|from)\b"
                      r"(?P<clause>(?:[^,?]|(?<=\d),(?=\d{3}))*),")   # a clause up to a comma, not one of "1,000"
_PARTITIVE = re.compile(r"^(?:which|who)\s+(?:one\s+)?of\s+(?:the\s+)?(?P<rest>.*)$")
_ASKS = re.compile(
    r"^(?:(?:in|on|at|for|during|from|against|to|of|by|with|among)\s+)?(?P<wh>which|what|who|whom|whose|when|where)\b"
    r"\s*(?P<rest>.*)$")
_LISTS = re.compile(r"^(?:please\s+)?(?:name|list|give(?:\s+me)?|show(?:\s+me)?|tell\s+me|find)\s+(?P<rest>.*)$"
                    r"|^(?:the\s+)?(?:ids?|names?|titles?)\s+of\s+(?P<named>.*)$")   # "Ids of the two ... patients"
# a noun phrase alone: "top 5 ...", "the three firms with the largest holdings" (not "the first episode had what
# number?")
_PHRASE_ONLY = re.compile(r"^(?P<rest>(?:top|the(?!.*\b(?:what|which|who|how|when|where)\b))\s+.*)$")
_COPULA = re.compile(r"^(?:'s|is|was|are|were)\s+(?P<rest>.*)$")
# a question said as the noun of the rows with what ranks them: "Element with the largest molar volume?"
_ROWS_WITH = re.compile(r"^(?P<rest>(?!(?:what|which|who|whom|whose|how|when|where|why|is|are|was|were|do|does|did)\b)"
                        r"[a-z][a-z ]*?)\s+(?:with|having|that\s+(?:has|had))\s+the\s+(?P<extreme>[a-z]+)\b")


def _is_superlative(word: str) -> bool:
    """One of _EXTREMES, or an "-est" word that is no noun ("the sweetest"; not "the forest")."""
    return word in _EXTREMES or (len(word) >= 6 and word.endswith("est") and word not in _NOT_SUPERLATIVE)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'s)?", text.lower().replace("’", "'"))   # letters of any alphabet: "niederaußem"


# a temperature's unit in a header: `Anomaly (deg C)`, `t_air [°C]`, `Temp (F)` is not one (a letter alone)
_TEMPERATURE_UNIT = re.compile(r"(?:°|º|\bdeg(?:rees?)?\.?\s*|\bdeg_?)[CF]\b|\bcelsius\b|\bfahrenheit\b",
                               re.IGNORECASE)


def header_word_sets(header: Sequence[str]) -> list[set[str]]:
    """Each header's words, singular and lower-cased (`HomeTeam` -> {home, team}, `MPG.city` -> {mpg, city}), and
    "temperature" for a header whose unit is one (`Anomaly (deg C)`: "the warmest year" measures it), "date" and
    "time" for a `Timestamp` or `datetime` ("When was the ambient temperature lowest?")."""
    return [{singular(w) for w in _words(readable_header(str(name)))}
            | ({"temperature"} if _TEMPERATURE_UNIT.search(str(name)) else set())
            | ({"date", "time"} if re.search(r"(?i)timestamp|datetime", str(name)) else set()) for name in header]


def _before_a_name(phrase: list[str], question: str) -> list[str]:
    """`phrase` up to a name the question capitalises after a noun of its own: "the highest subscription price
    Blackwell charges" is a price, the one Blackwell charges; "the cheapest Toyota model" and "the highest GDP"
    stay whole (nothing but the superlative before the name)."""
    names = {w.lower() for w in re.findall(r"(?<![\w'])[A-Z][a-z]+(?:[A-Z][a-z]+)*(?![\w])", question)[1:]}
    #        (a name, `McGwire`, not the question's first word nor an acronym: `NOx`, `GDP`)
    for at, word in enumerate(phrase):
        if word in names and any(not _is_superlative(w) and w not in _EXTREMES and w not in NUMBER_WORDS
                                 for w in phrase[:at]):
            return phrase[:at]
    return phrase


_AFTER_A_VERB = frozenset("the a an most least more fewer less in on at over under by for to with from".split())


def _noun_phrase(words: Sequence[str]) -> list[str]:
    """The words of the phrase that `words` start with, up to a verb (_VERBS, or a word in -ed after a plural, or
    after a number and before an article, preposition or superlative) or a preposition (_PHRASE_ENDS); an "a" right
    after the first noun and before another word is a letter code, not an article ("class a trade")."""
    phrase = []
    for at, word in enumerate(words):
        code = word == "a" and len(phrase) == 1 and at + 1 < len(words) and words[at + 1] not in _PHRASE_ENDS \
            and words[at + 1] not in _VERBS   # "Which class A trade paid ...": a letter code, no article
        if (word in _PHRASE_ENDS and not code) or word in _VERBS or word.endswith("'s"):
            break
        if phrase and len(word) >= 5 and word.endswith("ed") and (
                singular(phrase[-1]) != phrase[-1] or all(w in NUMBER_WORDS for w in phrase)
                and words[at + 1:at + 2] in ([], *([w] for w in _AFTER_A_VERB))):
            break   # a verb after a plural noun, or after a number and before an object: "Which three colleges
            #         accepted the fewest applicants?", "which three generated the least?" (not "two seeded days")
        phrase.append(word)
    return phrase


# a value asked over all the rows, not a row: "the lowest rating any judge received", "the lowest share of women in
# any occupation"
_OVER_ALL = re.compile(r"^(?:what|what's|whats)\b.*\b(?:any|ever)\b")


_ROW_NOUNS = frozenset("thing item listing entry row record one product option".split())   # a row of any table

_CLAUSE_ENDS = frozenset("""over under above below with without that which who whose where when in on at of from for
    having than more less fewer between""".split())


def _clause_noun(clause: str) -> list[str]:
    """The rows a fronted clause names, up to a preposition, relative word or number: "metro areas" of "Of the
    metro areas over 25 percent nonwhite, which ..."."""
    words = []
    for word in _words(re.sub(r"\([^()]*\)", " ", clause)):   # "non-metro counties (inmetro 0)": a filter, no noun
        if word in _CLAUSE_ENDS or word in _PHRASE_ENDS or any(char.isdigit() for char in word):
            break
        words.append(word)
    owners = [at for at, word in enumerate(words) if word.endswith("'s")]
    return words[owners[-1] + 1:] if owners and owners[-1] + 1 < len(words) else words   # "mfr K's cereals":
    #                                                                                    cereals


def asked_for(question: str, bare: bool = False) -> tuple[str, list[str]] | None:
    """What the question asks for: ("person" | "time" | "place", []) for who / when / where; ("row", the
    words after which/what up to a verb or preposition) for "Which car weighs ...", "What company ...";
    ("noun", the words) for "what's the cheapest car", "name the three heaviest animals", "which highest
    year", where the words may name the aggregated column instead ("What is the highest turnout?": the
    caller tells values from rows by the header); with `bare`, ("bare", the words) for a noun phrase said without
    a question word, "Tallest player from Spain", "Element with the largest molar volume?", whose rows are asked
    only where its head noun names them (_asked_column); None for a question that asks for a value."""
    text = " ".join(question.lower().replace("’", "'").split())
    fronted = _FRONTED.match(text)   # "Among Midsize cars, which ...": the question after the clause
    if fronted:
        text = text[fronted.end():].strip()
    if _OVER_ALL.search(text):
        return None   # "What's the lowest diligence rating any judge received?": the value over all rows
    asked = _ASKS.match(text)
    if asked:
        wh, rest = asked["wh"], asked["rest"]
        if wh in ("who", "whom", "whose"):
            return "person", []
        if wh == "when":
            return "time", []
        if wh == "where":
            return "place", []
        copula = _COPULA.match(rest)
        if copula:   # "What is the cheapest car?", "Which is the tallest building?"
            words = _words(copula["rest"])
            bare = words[:1] not in (["the"], ["a"], ["an"])
            if not bare:
                words = words[1:]
            phrase = _before_a_name(_noun_phrase(words), question)
            if wh == "which" and bare and len(phrase) == 2 and phrase[0] in ("most", "least"):
                # "Among acids with an Emet of 0, which is least toxic?": an adjective, not a noun, so one of the rows
                return "row", _clause_noun(fronted["clause"]) if fronted else []
            nouns = [singular(w) for w in phrase if not _is_superlative(w) and w not in NUMBER_WORDS]
            timed = any(noun in TIME_WORDS for noun in nouns) and not (   # "What is the earliest year": a value;
                wh == "which" or any(w in NUMBER_WORDS for w in phrase)   # "Which was the quietest trading day",
                or any(_is_superlative(w) and _MEASURES.get(_adjective(w)) and not _MEASURES[_adjective(w)]
                       & set(TIME_WORDS) for w in phrase))   # (a measure of its own; not "the fastest run200m
            #                                                  time": a time's)
            #       "What were the top three months", "What was the warmest month ...?" (a temperature's): rows
            if any(w in VALUE_WORDS or w == "per" for w in phrase) or timed:
                return None   # "What is the minimum wins", "the earliest year", "income per person": a value
            if not nouns and wh == "which" and phrase and all(_is_superlative(w) for w in phrase):
                # "Of the states over 800, which was poorest?": one of the rows the clause names
                return "row", _clause_noun(fronted["clause"]) if fronted else []
            return ("noun", phrase) if nouns and len(nouns) < len(phrase) else None   # a superlative and a noun
        phrase = _noun_phrase(_words(rest))
        if phrase and phrase[0] in _EXTREMES:   # WikiSQL's "Which highest year ...": maybe the value
            return "noun", phrase
        if fronted and all(word in NUMBER_WORDS for word in phrase):   # "Of the years when GNP exceeded 400, which
            phrase = _clause_noun(fronted["clause"])   # had ...", "which two had ...": the rows the clause names
        return "row", phrase   # "Which car weighs the most?", "Which of the Primates ...": a row
    listed = _LISTS.match(text) or _PHRASE_ONLY.match(text)
    if listed:
        words = _words(listed["rest"] or listed["named"])
        if words[:1] == ["the"]:
            words = words[1:]
        if len(words) > 1 and words[0].endswith("'s"):   # "Name Neptune's four most abundant gases": the phrase
            words = words[1:]                             # after the owner (a column, or a row's name)
        phrase = _noun_phrase(words)
        return ("noun", phrase) if phrase else None
    if not bare:
        return None
    words = _words(text)
    rows_with = _ROWS_WITH.match(text)
    if rows_with and _is_superlative(rows_with["extreme"]):   # "Element with the largest molar volume?" (not
        phrase = _noun_phrase(_words(rows_with["rest"]))      # "Tension of the loom with the most breaks": a value)
        return ("bare", phrase) if phrase and phrase == _words(rows_with["rest"]) else None
    if words[:1] and (_is_superlative(words[0]) or (words[0] in NUMBER_WORDS and len(words) > 1
                                                    and _is_superlative(words[1]))):
        phrase = _noun_phrase(words)   # "Tallest player from Spain", "Three smallest states by population ..."
        phrase = list(itertools.takewhile(lambda word: word not in _TIME_PREPOSITIONS, phrase))   # "... after 1950"
        return ("bare", phrase) if phrase else None
    return None


def limit(question: str) -> int:
    """How many rows the question asks for: "the three tallest", "top 5", "Which two ...": 1 unless said."""
    words = _words(question)
    if words[:1] and words[0] in NUMBER_WORDS and len(words) > 1 and _is_superlative(words[1]):
        return min(NUMBER_WORDS[words[0]], MAX_ORDER_LIMIT)   # "Three smallest states by population ..."
    if words[:1] and words[0] in NUMBER_WORDS and len(words) > 2 and singular(words[1]) != words[1] and \
            any(_is_superlative(word) for word in words[2:]):
        return min(NUMBER_WORDS[words[0]], MAX_ORDER_LIMIT)   # "three districts with the lowest expected cases"
    first_superlative = next((at for at, word in enumerate(words) if _is_superlative(word)), len(words))
    for at, (before, word) in enumerate(zip(words, words[1:])):
        owned = before.endswith("'s") and any(_is_superlative(w) for w in words[at + 2:at + 4])   # "Neptune's four
        #                                                                                    most abundant gases"
        if before == "the" and at > first_superlative:
            continue   # "on the hottest day of the two months": the rows it ranks among, not how many it asks for
        if (before in ("top", "which", "what", "the", "first", "last", "name", "list") or owned) \
                and word in NUMBER_WORDS \
                and not re.search(rf"\b{before}\s+{word}-[a-z]", question.lower()):   # "Which 3-column dataset"
            return min(NUMBER_WORDS[word], MAX_ORDER_LIMIT)
    return 1


def _naming(table: Table, column: int) -> tuple[int, float]:
    """How well a column names rows: its distinct cells, then their mean length ("Acura Integra" names a
    car better than "Integra")."""
    cells = table.cells(column, lower=True)
    return len(set(cells)), sum(map(len, cells)) / max(len(cells), 1)


def _mostly_numbers(table: Table, column: int) -> bool:
    """Whether most of a text column's non-empty cells read as numbers (tables.mostly_numbers: a golf `score` of
    -11, E, +3 and CUT): a measure, not names of rows."""
    return mostly_numbers(table.cells(column))


def _names_each_row(table: Table, column: int, conds: Sequence[Condition] = ()) -> bool:
    """Whether every row has its own cell in the column (3 rows or more, none empty, no two alike), among the rows
    the `=` conditions `conds` keep ("Which toyota has the largest engine?": each toyota's `model`): "Which boat had
    the fewest people aboard?" of such a column asks for a row; no group of rows shares a cell to be counted."""
    kept = [(c.column, holding(c.value)) for c in conds if c.operator == 0]
    cells = [str(row[column]).strip().lower() for row in table.rows if all(holds(row[c]) for c, holds in kept)]
    return len(cells) >= 3 and "" not in cells and "none" not in cells and len(set(cells)) == len(cells)


# words that ask for something computed over a group of rows ("most often", "the highest average rate")
_PER_GROUP = re.compile(r"\b(?:often|frequent(?:ly)?|average|mean|total|combined|overall|per|altogether)\b")
_PLURALS = frozenset("people men women children persons".split())


def _amount_of_many(question: str, word: str) -> bool:
    """Whether "the most" / "the fewest" is said of a plural ("the most people", "the fewest stations"): an amount
    that a group of rows adds up, not one row's measure ("the largest engine")."""
    words = _words(question)
    if word not in ("most", "fewest", "least") or word not in words:
        return False
    following = words[words.index(word) + 1:]
    return bool(following) and (singular(following[0]) != following[0] or following[0] in _PLURALS)


def counts_the_unnamed(question: str, word: str, table: Table) -> bool:
    """Whether "the most" / "the fewest" counts things no column names ("Which car has the most owners?": the
    table holds no owners to count), not a measure ("the fewest people aboard" of `aboard`, "the lowest CO2")."""
    words = _words(question)
    if word not in ("most", "fewest", "least") or word not in words:
        return False
    following = words[words.index(word) + 1:]
    return bool(following) and singular(following[0]) != following[0] and not any(
        _names([singular(w) for w in following], table, column, question) for column in range(len(table.header)))


def varies(table: Table, column: int) -> bool:
    """Whether a column holds two different cells or more: one that is the same in every row (`year` 2010 of a
    table of one year) orders nothing."""
    return _naming(table, column)[0] >= 2


def row_name_column(table: Table, exclude: set[int] = frozenset()) -> int | None:
    """The column that names the rows: among the text columns headed name/title/id/make/model (those headed name
    or title that name most rows and every row first, `nameFull` before `playerID`; a data frame's row names read
    "name"), else a data frame's row names that are numbers (road sections 1, 2, 3 ...), else a number column
    headed id or index that has its own cell in every row (patients 1, 2, 3 ...) where no text column has that,
    else among all text columns, the one that names rows best (_naming; ties: the leftmost), else a number column
    headed as what a study observes (`OBS`, `individual`, `subject`: encoding.numbers_units), even when each unit
    has several rows (a traveller's four modes); None without one. Not the columns in `exclude`."""
    words = header_word_sets(table.header)
    text = [c for c, kind in enumerate(table.types) if kind == "text" and c not in exclude
            and not table.holds_pointers(c)]   # `url`: a link to each row, not its name
    named = [c for c in text if words[c] & NAME_WORDS]
    named = [c for c in named if words[c] & TITLE_WORDS   # `nameFull`, not the `playerID` code (but not
             and _naming(table, c)[0] > len(table.rows) / 2   # `studyName`, a few studies' names, nor names
             and len(table.cells(c)) == len(table.rows)] or named   # some rows lack: `animal_name`)
    numbered = [c for c in range(len(table.header))
                if str(table.header[c]).strip().lower() == "rownames" and c not in exclude]
    identifiers = [c for c, kind in enumerate(table.types) if kind == "real" and c not in exclude
                   and _numbers_rows(words[c]) and _names_each_row(table, c)]
    if any(_names_each_row(table, c) for c in text):
        identifiers = []   # `Player` names a row better than its number
    units = [c for c, kind in enumerate(table.types) if kind == "real" and c not in exclude
             and numbers_units(table.header[c])]
    pool = named or numbered or identifiers or text or units
    return max(pool, key=lambda c: (*_naming(table, c), -c)) if pool else None


def person_column(table: Table) -> int | None:
    """The column of people that "who" asks for (people_columns), else the row-name column (row_name_column)."""
    people = people_columns(table)
    return people[0] if people else row_name_column(table)


def people_columns(table: Table) -> list[int]:
    """The text columns headed by a person word (`Player`, `Driver`, `nameFull`; not a place's `un_region_name`),
    best first: those that are no identifier (not `playerID` codes) and whose cells are mostly full names of two
    words or more (`nameFull` before `nameLast`), then the other names, then identifiers; in each, left to right."""
    words = header_word_sets(table.header)
    people = [c for c in range(len(words)) if words[c] & PERSON_WORDS and table.types[c] == "text"
              and not words[c] & (PLACE_WORDS | {"continent"})]
    return sorted(people, key=lambda c: (bool(words[c] & IDENTIFIER_WORDS), not _full_names(table, c)))


def _full_names(table: Table, column: int) -> bool:
    """Whether most of a column's non-empty cells are two words or more ("Kazuhiko Shiotani", not "Shiotani")."""
    cells = table.cells(column)
    return sum(len(cell.split()) >= 2 for cell in cells) > len(cells) / 2


def _numbers_rows(header_words: set[str]) -> bool:
    """Whether a number column's header words say it numbers the rows: id or index, or a word no vocabulary
    knows that glues a number word to a noun (`docno` document number, `caseid`, `serialnr`, `idcase`)."""
    return bool(header_words & IDENTIFIER_WORDS) or any(
        len(word) >= 5 and (word.endswith(("no", "nr", "num", "id")) or word.startswith("id"))
        and word not in _VOCABULARY()
        for word in header_words)


def _places_named(table: Table, column: int) -> bool:
    """Whether a data frame's row names are what "where" asks for: the table's name or title speaks of places
    (`votes_by_state`, `wisconsin_counties`) or the column is headed by a place word."""
    words = {singular(w) for w in _words(table.title.replace("_", " "))} | header_word_sets([table.header[column]])[0]
    return bool(words & PLACE_WORDS) or str(table.header[column]).strip().lower() == "rownames"


def _glued_place(header: str) -> bool:
    """Whether a one-word header is a place word glued to another or cut to 4 letters or more at its end:
    `COUNCILDIST`, `homecounty` (not `district` itself, a word of PLACE_WORDS)."""
    code = header.strip().lower()
    if not code.isalpha() or code in PLACE_WORDS or code in _VOCABULARY():   # not `statement`
        return False
    return any(place in code or any(code.endswith(place[:cut]) and len(code) >= cut + 3 for cut in range(4, len(place)))
               for place in PLACE_WORDS if len(place) >= 4)


def _names_rows(phrase: Sequence[str], nouns: Sequence[str], table: Table) -> bool:
    """Whether a noun phrase ends with the rows' noun: a plural ("the five most profitable companies") or a
    word of a text column's header ("the three least Democratic states" of `state`)."""
    if not nouns or not phrase:
        return False
    head = nouns[-1]
    if phrase[-1] != head and singular(phrase[-1]) == head:
        return True
    words = header_word_sets(table.header)
    return any(head in words[c] for c, kind in enumerate(table.types) if kind == "text")


def _asked_column(kind: str, phrase: Sequence[str], table: Table, order_column: int, question: str,
                  given: Collection[int] = ()) -> int | None:
    """The column whose cells answer what is asked (asked_for's kind and phrase), or None for a value
    question or no such column. -1: the phrase names the ordered column itself (a value question). A time is
    not asked of a column whose value a condition gives (`given`: "On day 347, when was the beaver warmest?"
    asks the `time`, not the `day`)."""
    words = header_word_sets(table.header)
    if kind == "bare":   # the rows only where the head noun names them: "Tallest player from Spain" (a person),
        nouns = [singular(w) for w in phrase if not _is_superlative(w) and w not in NUMBER_WORDS]   # "Most populous
        if not nouns or nouns[-1] in words[order_column]:   # state ..." (`state`); "Most expensive IGI stone" and
            return -1                                        # "Highest core CPI reading" ask for the value
        if nouns[-1] in PERSON_WORDS:
            return _asked_column("person", [], table, order_column, question, given)
        named = [c for c in range(len(words)) if nouns[-1] in words[c] and varies(table, c) and (
            (table.types[c] == "text" and not _mostly_numbers(table, c)) or nouns[-1] in TIME_WORDS
            or nouns[-1] in IDENTIFIER_WORDS)]   # "facility ID with the highest ..." of numbered facilities; not
        rows = row_name_column(table) if not named and nouns[-1] in _ROW_NOUNS else None
        if rows is not None and not any(nouns[-1] in header for header in words) \
                and _naming(table, rows)[0] > len(table.rows) / 2:   # "Cheapest thing on the list?": a row, when a
            return rows   # column names most rows (not `premium` yes/no of a table of PCs: the price itself)
        return named[0] if len(named) == 1 else -1   # "heaviest self-reported weight" of `weight`, nor "lowest
        #                                              first-round score" of a golf `score` (-11, -9, ..., CUT)
    if kind in ("noun", "row"):
        nouns = [singular(w) for w in phrase if not _is_superlative(w) and w not in NUMBER_WORDS]
        def names_ordered(words: Sequence[str]) -> bool:   # "district" names no `distcod` unless a code is asked
            return _names(words, table, order_column, question) and not _unasked_code(question, table,
                                                                                                   order_column)
        adjective = phrase[:1] in (["most"], ["least"]) and len(nouns) >= 2   # "the most prestigious job"
        if kind == "noun" and (any(noun in VALUE_WORDS for noun in nouns) or names_ordered(nouns[-1:])
                               or (not _names_rows(phrase, nouns, table) and not adjective and names_ordered(nouns))):
            return -1   # "the highest turnout", "the largest attended game" (not "the five most profitable companies")
        if kind == "row" and (any(noun in VALUE_WORDS for noun in nouns) or names_ordered(nouns[:1])) \
                and not _said_after(question, table, order_column, nouns) and phrase[0] == singular(phrase[0]):
            return -1   # "Which episode number ...", "Which founding year ...?" of `Founded` (not "Which car weighs",
            #             nor a plural: "Among deliveries of 6 products, which was the quickest?" of `delTime`)
        head = [c for c in range(len(words)) if nouns and nouns[-1] in words[c]]
        if kind == "noun" and head and all(table.types[c] == "text" and _mostly_numbers(table, c) for c in head):
            return -1   # "the highest round 4 score" of a golf `score` (-11, E, CUT): a value, not the rows
        for noun in reversed(nouns):   # the head noun is last: "home side" -> side, then home
            named = [c for c in range(len(words)) if noun in words[c] and (   # a number column only where the noun
                table.types[c] == "text" or singular(_head_word(str(table.header[c])).lower()) == noun   # heads it
                or len(words[c]) <= 2)]   # (not "Which CEO ...?" of `Ratio of CEO pay to average industry worker pay`)
            titled = [c for c in named if words[c] & TITLE_WORDS]   # "Which trial ...": `trial_name`, not
            if len(named) == 1 or len(titled) == 1:                         # the `trial_nct` code
                found = (named if len(named) == 1 else titled)[0]
                numbered = _numbered_noun(noun, table)   # "Which flight ...": `FL_NUM`, not `Flight Status`
                return numbered if numbered is not None and is_category(table, found) else found
        if len(phrase) == 1 and nouns == [singular(phrase[0])]:   # "At which longitude ...": no header has the
            named = [c for c in range(len(words))                    # word; one it starts or stands for (`long`)
                     if c != order_column and _names(nouns, table, c, question)
                     and names_column(nouns, _head_word(table.header[c]), question)]   # `delTime` is a time, though
            #                                                                   "delivery" starts it
            if len(named) > 1:   # a data frame's row names read as the asked noun too: the column that stands for it
                named = [c for c in named if not is_row_names(table.header[c])]
            if len(named) == 1:
                return named[0]
        if nouns and nouns[-1] in TIME_WORDS:   # "Which day had the most rain?" of a table whose days are its `time`
            timed = [c for c in range(len(words)) if words[c] & set(TIME_WORDS) and varies(table, c)]
            if len(timed) == 1:
                return timed[0]
        return row_name_column(table)
    if kind == "person":
        return person_column(table)
    if kind == "time":   # not a column that is the same in every row ("When was ... least busy?" of one day's
        for word in TIME_WORDS:   # hours: `hour`, not `date`)
            named = [c for c in range(len(words)) if word in words[c] and c not in given and varies(table, c)]
            if named:
                return named[0]
        return None
    places = [c for c in range(len(words)) if words[c] & PLACE_WORDS and table.types[c] == "text"]
    if places:
        return places[0]
    glued = [c for c, name in enumerate(table.header) if table.types[c] == "text" and _glued_place(str(name))]
    if glued:   # `COUNCILDIST`: a place glued to another word, or cut ("dist" of district)
        return glued[0]
    numbered = [c for c in range(len(words)) if words[c] & PLACE_WORDS and c not in given]
    if numbered:   # "Where did Gore receive his biggest vote?" of numbered `district`s
        return numbered[0]
    rows = row_name_column(table)   # "Where was the Republican vote lowest in 1972?" of a table of states
    return rows if rows is not None and _places_named(table, rows) else None


def _numbered_noun(noun: str, table: Table) -> int | None:
    """The one column that numbers the things `noun` says by a code word and the noun cut short (`FL_NUM` for
    "flight", `emp_no` for "employee"), or None."""
    words = header_word_sets(table.header)
    found = [c for c in range(len(words)) if words[c] & (_IDENTIFIER_WORDS | {"number"}) and any(
        2 <= len(w) < len(noun) and noun.startswith(w) for w in words[c] - _IDENTIFIER_WORDS)]
    return found[0] if len(found) == 1 else None


def _head_word(header: str) -> str:
    """The last word of a header as people read it (`delTime` -> Time, `Body Mass (g)` -> Mass): what the column
    holds; the words before it say of what."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\([^)]*\)", " ", readable_header(str(header))))
    return words[-1] if words else str(header)


_UNQUALIFIED = frozenset({"total", "overall", "all"})   # header words that add nothing to what is measured


def _said_plainest(columns: Sequence[int], question: str, table: Table) -> list[int]:
    """Those of `columns` whose headers have the fewest words the question does not say, not counting total or
    overall: "Which mammal sleeps the most?" means `sleep_total`, not `sleep_rem`, "the priciest" `Price`, not
    `Max.Price`."""
    said = {singular(w) for w in _words(question)}
    unsaid = {c: len({singular(w) for w in _words(readable_header(str(table.header[c])))} - said - _UNQUALIFIED)
              for c in columns}
    fewest = min(unsaid.values(), default=0)
    return [c for c in columns if unsaid[c] == fewest]


def _said_after(question: str, table: Table, column: int, nouns: Sequence[str]) -> bool:
    """Whether the words after the question's superlative, none of them the asked nouns, name `column`: "Which
    delivery took the least time?" orders `delTime` by what it says after "least"; "delivery" is the rows' noun,
    though it starts the header too."""
    word = superlative_word(question, table)
    after = [w for w in _after(question, word)[:2] if w not in nouns] if word is not None else []
    return bool(after) and _names(after, table, column, question)


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
    fronted = _FRONTED.match(text)
    if fronted and (holds(_words(fronted["clause"])) or holds(_words(fronted[0]))):
        return True   # (the fronting word may be the value: "After insulation, ..." of `Insul` Before/After)
    if re.match(r"(?:which|who|name|list)\b", text) and any(
            holds(_words(clause)) for clause in re.findall(r"\bamong\b((?:[^,?]|(?<=\d),(?=\d{3}))*)", text)):
        return True   # "Which state ranks first for SPD votes among states with under 1,000,000 CDU/CSU votes?" (not
        #               "What is the highest growth rate among countries with ...?", a value)
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


_AFTER_COMPARED = ("over", "under", "above", "below", "to")   # a clause after the rows' noun up to its verb
# the start of a question that names the rows it asks for, then their noun: "Which ...", "Name the two ..."
_OPENED = re.compile(r"(?:which|(?:name|list)\s+the)\s+(?:(?:one|two|three|four|five|\d+)\s+)?(?P<rest>.+)")
_AUXILIARY = frozenset("is are was were be been has have had did does do can could will would".split())


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
        if read is not query or not ranked_after:
            return read
        column = query.sel   # not read so, "Which year saw the sport fishery's biggest coho catch?": the years
    counts = _counts(question, query)   # "Which 3 countries": no `= 3`
    pointers = set(query.conds) - set(drop_pointer_values(query, table).conds) \
        if asked[0] not in ("noun", "bare") else set()
    #          ("Which patient had the highest BDI before treatment?": `treatment = 'treatment'`, a pointer)
    conds = tuple(c for c in query.conds if c not in counts and c not in pointers
                  and not _points_at_number_column(c, table))   # `p = 'bats'`: a pointer, dropped later anyway
    count = limit(question)
    several = count > 1 and not any(re.search(rf"(?<!\d){count}(?!\d)", str(name))
                                     for name in table.header)   # not "the lowest top 5" of `Top-5`
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
                   if kind == "real" and c != column and c not in {condition.column for condition in query.conds}
                   and not _unasked_code(question, table, c) and varies(table, c)]
        preferred = _measuring(question, word, table, numbers)
        named = [c for c in numbers if _names(_nouns(question), table, c, question)]
        plainest = _said_plainest(named, question, table)
        if not preferred and not _names(_nouns(question), table, ordered, question):
            preferred = named
        elif not preferred and ordered in numbers and ordered not in plainest:
            preferred = plainest   # "Which mammal sleeps the most?": sleep_total
        if not preferred and _unasked_code(question, table, ordered):
            preferred = numbers   # "the biggest district" is not the one with the largest `distcod`
        if preferred and ordered not in preferred:   # "When was the army at its largest?": Army, not MAX(Year)
            ordered = max(preferred, key=lambda c: (select or {}).get(c, 0.0) - c * 1e-9)
        if numbering and ordered == column:   # the row numbers: the number column the select head likes best
            ordered = max(numbers, key=lambda c: (select or {}).get(c, -math.inf) - c * 1e-9, default=column)
    if ordered == column:
        return query
    descending = column_direction(question, word, table, ordered) if word else None
    return Query(column, 0, conds, Order(ordered, query.agg == MAX if descending is None else descending,
                                         limit(question)))


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


def name_the_rows(query: Query, table: Table) -> Query:
    """An ordering that selects the column an `=` condition gives ("Which two origin 1 cars get the best mpg?" read
    SELECT origin WHERE origin = 1 ORDER BY mpg) selects the rows' names instead (row_name_column, not a
    column of the conditions), if the table has one."""
    given = query.given_columns()
    if query.order is None or query.agg != 0 or query.sel not in given:
        return query
    named = row_name_column(table, exclude=given)
    return query if named is None else dataclasses.replace(query, sel=named)


_WHICH = re.compile(r"\s*(?:(?:in|on|at|for|from|by) )?which\b")


def select_the_row_asked(question: str, query: Query, table: Table) -> Query:
    """A lookup that asks for a row ("Which area sold 1,127 homes?": asked_for) but selects a number column that
    neither the asked noun nor any other word of the question names (decoded SELECT volume WHERE sales = 1,127)
    selects the rows' names instead (row_name_column: `city`), when no condition gives them. Not for a noun of
    time ("Which year ...", "Which week ...") or one that names a column itself, nor a superlative."""
    if query.agg != 0 or query.order is not None or table.types[query.sel] != "real" or not query.conds or \
            not _WHICH.match(question.lower()) or superlative_word(question, table) is not None:
        return query   # ("What selection was ...?" asks a value; a superlative's rows are the ordering's)
    asked = asked_for(question)
    if asked is None or asked[0] != "row" or not asked[1]:
        return query
    nouns = [singular(w) for w in asked[1]]
    if any(noun in TIME_WORDS or noun in VALUE_WORDS for noun in nouns) or any(
            _names(nouns, table, column, question) for column in range(len(table.header))):
        return query
    words = [singular(w) for w in _words(question)]
    if _names(words, table, query.sel, question):
        return query
    named = row_name_column(table)
    if named is None or named in query.given_columns() or named == query.sel or (
            table.types[named] != "text" and not ranks_nothing(table, named)):
        return query   # (the rows' names, or their numbers: "Which participant ...?" of a survey's `seqn`)
    return dataclasses.replace(query, sel=named)


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
    nouns = [singular(w) for w in asked[1] if not _is_superlative(w) and w not in NUMBER_WORDS]
    if not nouns or nouns[-1] in TIME_WORDS:
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


def person_not_an_id(question: str, query: Query, table: Table) -> Query:
    """"Who has KBO player ID 95657?" or "Which player was born in month 10 of 1987?" decoded SELECT playerID (an
    identifier of the people: its header says id): the people's names are asked (people_columns: `nameFull`),
    when the question does not ask for the id itself ("Which player ID ...?") and no condition gives them."""
    asked = re.match(r"\s*(?:(who|whom)|(?:which|what)\s+([a-z]+)(?:\s+([a-z]+))?)\b", question.lower())
    if asked is None or query.agg != 0 or query.sel >= len(table.header) or table.types[query.sel] != "text":
        return query
    if asked[2] is not None and (singular(asked[2]) not in PERSON_WORDS or (asked[3] or "") in IDENTIFIER_WORDS):
        return query
    words = header_word_sets(table.header)
    if not words[query.sel] & IDENTIFIER_WORDS:
        return query
    people = [c for c in people_columns(table) if not words[c] & IDENTIFIER_WORDS and c not in query.given_columns()]
    return dataclasses.replace(query, sel=people[0]) if people and people[0] != query.sel else query


# words that ask for a column of pointers itself: its links, its images, its keys
_POINTER_WORDS = frozenset("url urls link links website websites site web page homepage address href image images "
                           "photo photos picture pictures file files uuid hash".split())


# "Which ...", "Who ...", "What snack did ...": a question that asks which row, by its name
_ASKS_WHICH_ROW = re.compile(r"\s*(?:which|who|what\s+(?!(?:is|was|are|were|did|does|do|has|had)\b)[a-z]+\s+"
                             r"(?:did|does|do|was|is|were|are|had|has)\b)\b", re.IGNORECASE)


def name_not_its_link(question: str, query: Query, table: Table, select: dict[int, float]) -> Query:
    """A query that selects a column of pointers (Table.holds_pointers: `url`, a `CSV` column of download links,
    `snack_image` of UUIDs) the question does not ask for (no pointer word, not the header's head word: "Which
    snack ...?" does not ask for `snack_image`): the rows' names where it orders rows or asks which one ("Which
    club had the least possession?": `squad`, row_name_column), else the select head's likeliest other column
    (`select`: column -> log p) that is no pointer and no column a condition gives."""
    if query.agg != 0 or query.sel >= len(table.header) or not table.holds_pointers(query.sel):
        return query
    header = str(table.header[query.sel])
    asking = _POINTER_WORDS | {singular(_head_word(header).lower())}
    own = header_word_sets([header])[0]
    if len(own) == 1:
        asking |= own   # `CSV`, `url`: the header is the pointer's own word
    if asking & {singular(w) for w in _words(question)}:
        return query
    links = {c for c in range(len(table.header)) if table.holds_pointers(c)}
    taken = links | query.given_columns() | ({query.order.column} if query.order is not None else set())
    if query.order is not None or _ASKS_WHICH_ROW.match(question):
        named = row_name_column(table, exclude=taken)
        return query if named is None else dataclasses.replace(query, sel=named)
    others = [c for c in select if c not in taken and c < len(table.header)]
    return dataclasses.replace(query, sel=max(others, key=lambda c: (select[c], -c))) if others else query


def _counts(question: str, query: Query) -> list[Condition]:
    """The conditions whose value is the number of rows asked for ("top 3", "Which 3 countries ..."): a count,
    not a value."""
    k = limit(question)
    written = len(re.findall(rf"(?<![\d.,]){k}(?![\d.,]*\d)", question))   # the digit, as often as the question has it
    as_digit = re.search(rf"\b(?:top|which|what|the|first|last|name|list)\s+{k}\b", question, re.IGNORECASE)
    def count(value: object) -> bool:   # `3`, `'Top 2'`; not "(mode 3)" beside "Which three travellers"
        text = re.sub(r"^(?:the\s+)?(?:top|first|best|bottom|last)\s+", "", str(value).strip().lower())
        return cell_number(text) == k and written <= (1 if as_digit else 0)
    return [c for c in query.conds if k > 1 and count(c.value)]


_IDENTIFIER_WORDS = frozenset("id code cod num no index key fips zip seqn seqno".split())
# nouns whose `#` numbers the rows rather than ranking them (`Case #`, `Patient #`; not `Pick #`, a draft's order)
_NUMBERED_NOUNS = frozenset("case patient subject participant record entry item sample specimen serial".split())


def is_identifier(table: Table, column: int) -> bool:
    """Whether a column's numbers name rows rather than measure them: a header word id, code, num, no, index,
    key ... (`district_id`, `iso_num`, `No.`) or a glued word ending in cod or code (`distcod`). No superlative
    ranks rows by one ("the biggest district" is not the one with the largest district code)."""
    words = header_word_sets([table.header[column]])[0]
    return bool(words & _IDENTIFIER_WORDS) or any(len(w) >= 5 and w.endswith(("cod", "code")) for w in words) or (
        str(table.header[column]).rstrip().endswith("#") and bool(words) and words <= _NUMBERED_NOUNS)


def ranks_nothing(table: Table, column: int) -> bool:
    """Whether a column's numbers only number the rows, so that no superlative orders by them: a data frame's row
    names (`rownames` 1, 2, 3 ...; is_row_names) or an identifier (is_identifier)."""
    return is_row_names(table.header[column]) or is_identifier(table, column)


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


def _unasked_code(question: str, table: Table, column: int) -> bool:
    """Whether a column is an identifier (is_identifier) and the question asks for no id, code or number."""
    return is_identifier(table, column) and not _IDENTIFIER_WORDS & set(_words(question))


def _is_measure(header_word: str, measure: str) -> bool:
    """Whether a header word is a measure's word: the word, its start (`dist` distance, `temp` temperature), or
    a word glued to it (`libprice`, `sampleSize` read as one word)."""
    return header_word == measure or (len(header_word) >= 3 and measure.startswith(header_word)) or \
        (len(measure) >= 4 and len(header_word) > len(measure) and header_word.endswith(measure))


def _glued(question: str, word: str) -> str | None:
    """The word a hyphen glues to the superlative `word` ("highest-output" -> output, "lowest-priced" -> priced),
    or None."""
    glued = re.search(rf"\b{re.escape(word)}-([a-z]+)\b", question.lower().replace("’", "'"))
    return glued[1] if glued else None


def _after(question: str, word: str) -> list[str]:
    """The words the superlative `word` is said of, singular: up to 5 words after it, to the end of the phrase
    ("the largest bill" -> bill; "the highest population per crime against property"; not "the" or "most")."""
    words = _words(question)
    if word not in words:
        return []
    glued = _glued(question, word)
    if glued is not None:   # "its highest-output year": said of the output, not of the year
        return [singular(glued)]
    after = []
    for following in words[words.index(word) + 1:][:5]:
        if following in _AFTER_ENDS or following in _VERBS or following in NUMBER_WORDS:
            break
        if following in ORDINAL_WORDS or (following not in _AFTER_SKIPPED and not _is_superlative(following)
                                          and len(following) >= 2):   # "the highest first pretest scores"
            after.append(singular(following))
    return after



def _names_all(nouns: Sequence[str], table: Table, column: int) -> bool:
    """Whether the words right after a superlative name every word of a column's header of two words or more
    ("the longest departure delay" of `DEPARTURE_DELAY`, "the shortest time in the air" of `AIR_TIME`)."""
    words = {singular(w) for w in _words(readable_header(str(table.header[column])))}
    return len(words) >= 2 and words <= {singular(noun) for noun in nouns}


def naming_score(nouns: Sequence[str], table: Table, column: int, question: str) -> tuple[int, int]:
    """How well `nouns` name a column: how many name it (a word of its header, the start of one, or a word of
    what a code-like header stands for, unless that word is another header's: abbreviation_reading), then how
    many are a word of it. "the smallest student-teacher ratio" names `str` three times and `teachers` once,
    "the highest ALP primary vote" names `ALP` and not `AP` ("alp" is `ALP`'s word); "crime against property"
    names `Crime_prop` twice and `Crime_pers` once."""
    header = str(table.header[column])
    words = [singular(w) for w in _words(readable_header(header))]
    reading = {singular(w) for w in _words(header_readings(table.header, question)[column] or "")}
    counted = {noun for noun in map(counted_noun, words) if noun}   # "the most firms": `nfirm`, the whole word
    reading |= counted
    nouns = list(dict.fromkeys(nouns))
    parts = [part for word in words for part in _glued_parts(word)]   # `poptotal`: pop, total
    numbered = _numbered(tuple(map(str, table.header)), question)[column]   # "the first pretest": `pretest.1`
    def names(noun: str) -> bool:
        return noun in reading or noun == "".join(words) or any(
            noun == word or (len(noun) >= 3 and len(word) >= 3 and noun[:4] == word[:4])
            or _compound_of(noun, word) or glued_to_a_unit(noun, word) for word in words) or any(
            noun == part or (len(part) >= 3 and len(noun) > len(part) and (noun.startswith(part) or (
                len(noun) >= 6 and is_skeleton_start(part, noun)))) for part in parts)   # `enrltot`: enrollment
    named = sum(map(names, nouns))
    said = named > 0 and numbered is not None and bool(set(numbered.split()) & set(nouns))   # its ordinal said
    return named + said, sum(noun in words or noun in counted or any(_compound_of(noun, word) for word in words)
                             for noun in nouns)


def _compound_of(noun: str, word: str) -> bool:
    """Whether `noun` is a compound whose head (its last part) is the header word `word`: "wingspan" of `span_m`."""
    return len(word) >= 4 and len(noun) >= len(word) + 3 and noun.endswith(word)


def _names(nouns: Sequence[str], table: Table, column: int, question: str) -> bool:
    """encoding.names_column of a table's column, with the column's reading among the table's headers
    (header_readings: `Y` reads "yield" where `B`, `V`, `N` head the other columns; `pretest.1` "first")."""
    readings = header_readings(table.header, question)
    return names_column(nouns, table.header[column], question, readings[column] or "")


def best_named(nouns: Sequence[str], table: Table, columns: Sequence[int], question: str) -> list[int]:
    """Those of `columns` that `nouns` name best (naming_score), all tied at the best score; none when no column is
    named at all."""
    scores = {c: naming_score(nouns, table, c, question) for c in columns}
    best = max(scores.values(), default=(0, 0))
    return [c for c, score in scores.items() if score == best] if best[0] > 0 else []


@functools.lru_cache(maxsize=64)
def _numbered(header: tuple[str, ...], question: str) -> tuple[str | None, ...]:
    """encoding.numbered_readings of a table's header for one question, found once for all its columns."""
    return tuple(numbered_readings(header, question))


def _glued_parts(word: str) -> list[str]:
    """The two parts of a header word glued from a short code and a word of the bundled vocabulary (`poptotal`:
    pop, total; `homeruns`: home, runs; `percwhite`: perc, white; `mspike`: m, spike), singular; [] for any other
    word. "population" names `poptotal` through its start, "home runs" names `homeruns` twice."""
    if len(word) < 6 or word in _VOCABULARY():
        return []
    for cut in range(1, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if tail in _VOCABULARY() and len(tail) >= 3 + (cut == 1):   # one letter before a word: `mspike`, m + spike
            return [singular(head), singular(tail)]
    return []


def _named_after(question: str, word: str, table: Table) -> list[int]:
    """The number columns the words after the superlative name best (naming_score; "the party with the largest
    bill": `total_bill`), none when they name none. No identifier unless the question asks for one."""
    return best_named(_after(question, word), table, [c for c, kind in enumerate(table.types)
                                                      if kind == "real" and not _unasked_code(question, table, c)],
                      question)


def _heads_the_question(question: str, word: str) -> bool:
    """Whether the superlative is said of what the question asks for: "What is the earliest year ...", "What was
    the most expensive ..." (not "What was the size of the party with the largest bill?")."""
    return re.match(rf"^(?:what|which)(?:'s|\s+(?:is|was|are|were))\s+the\s+(?:(?:most|least|\d+|one|two|three|four|"
                    rf"five)\s+)?{re.escape(word)}\b", " ".join(_words(question))) is not None


def _measuring(question: str, word: str, table: Table, columns: Sequence[int]) -> list[int]:
    """Those of `columns` whose header is a measure the superlative `word` names (measured_by), the ones the
    question also names first ("the longest culmen": `Culmen Length (mm)`, not `Flipper Length (mm)`). A header
    word that starts a measure's word counts as it (`dist` distance, `temp` temperature), as does one glued to it
    (`libprice`). Number columns the words after the superlative name come first: "the size of the party with
    the largest bill" measures the bill, not the `size`; none of `columns` when they are all others."""
    ranked = _ranked_by(question, word, table)
    if ranked is not None:   # "the two longest females (F), by carapace length": `CL`, said outright
        return [ranked] if ranked in columns else []
    header_words = header_word_sets(table.header)
    measuring_by = functools.partial(_measuring_columns, header_words)
    numbers = [c for c, kind in enumerate(table.types) if kind == "real"]
    measures = measured_by(question, word)
    said = _after(question, word)[:1]   # "the most recent study": `recent` measures, the study is the rows' noun
    adjective = word in ("most", "least") and bool(said) and said[0] in _FALLBACK_MEASURES.keys() - _MEASURES.keys()
    named_after = [] if _heads_the_question(question, word) or adjective else _named_after(question, word, table)
    if named_after and not measuring_by(measures - _MAGNITUDE_MEASURES, numbers):
        # "the largest bill" measures the bill, "the most goals" the goals; "the windiest day" the wind, not `Day`
        measuring_after = measuring_by(measures, named_after)   # "the longest culmen": `Culmen Length`, not Depth
        found = [c for c in columns if c in (measuring_after or named_after)]
        return _unsexed(found, question, table)   # "the fewest master's students": `Master`, not `Master-F`
    nouns = _nouns(question)
    headed = [c for c in named_after if header_words[c] & set(_after(question, word))]   # a header word, said
    if measuring_by(measures, numbers):   # "the youngest case" of `Case #` beside `Age`: the rows' numbers, not a
        headed = [c for c in headed if not is_identifier(table, c)]   # measure (the adjective's is in the table)
    if headed and word not in ("most", "least") and not (said and (said[0] in TIME_WORDS or said[0] in MONTH_NAMES)) \
            and not any(_names(nouns, table, c, question) for c in measuring_by(measures, numbers)):
        # "the tallest mother": `mother` (a height), not `midparentHeight`, a measure the question does not name;
        # not "the hottest days" (`Day`), "the hottest July" (`rainJuly`): the rows, when it was; nor "the most
        # fuel efficient" (`mpg`): the words after "most" say the measure
        return [c for c in columns if c in headed]
    measuring = measuring_by(measures, columns)
    if not measuring_by(measures, numbers):   # no column of the table is a primary measure: "the oldest journal"
        measures = measured_by(question, word, _FALLBACK_MEASURES)
        measuring = measuring_by(measures, columns)
    named = [c for c in measuring if _names(nouns, table, c, question)]
    if measures <= {"size"} and not named and any(_names(nouns, table, c, question) for c in columns):
        return []   # "the biggest fuel tank": the column the question names, not `EngineSize`
    measuring = [c for c in measuring if header_words[c] & measures] or measuring   # `time`, not `diagtime`
    fewest = min((len(header_words[c]) for c in measuring), default=0)
    found = named or [c for c in measuring if len(header_words[c]) == fewest]   # Price, not Min.Price
    if not found and word in ("highest", "lowest") and _of_places(header_words) \
            and not any(_names(nouns, table, c, question) for c in columns):
        found = measuring_by(_ELEVATION_WORDS, columns)   # "Which airport is the highest?": `elevation`, `alt`
    return found


def _unsexed(columns: Sequence[int], question: str, table: Table) -> list[int]:
    """Of `columns`, the one whose header the others repeat with a sex (`Master` of `Master-F` and `Master-H`) when
    the question says no sex (corrections.SEX_TOKENS: women, men, female, male ...); else `columns`."""
    tokens = {c: header_tokens(str(table.header[c])) for c in columns}
    words, text = said_words(question)
    plain = [c for c in columns if len(columns) > 1 and all(
        other == c or (tokens[other][:-1] == tokens[c] and tokens[other][-1] in SEX_TOKENS) for other in columns)]
    said = any(token_said(token, words, text) for token in SEX_TOKENS)
    return plain if len(plain) == 1 and not said else list(columns)


def _measuring_columns(header_words: Sequence[set[str]], measures: Collection[str], among: Sequence[int]) -> list[int]:
    """Those of `among` whose header has a word of one of `measures` (_is_measure); `header_words`: header_word_sets
    of the table."""
    return [c for c in among if any(_is_measure(w, m) for w in header_words[c] for m in measures)]


def _of_places(header_words: Sequence[set[str]]) -> bool:
    """Whether a table's rows are places: one of its headers is a latitude, a longitude, a city ... (_PLACED_WORDS)."""
    return any(words & _PLACED_WORDS for words in header_words)


_MEASURE_COMPARATIVES = {"higher": "high", "lower": "low", "taller": "tall", "heavier": "heavy", "lighter": "light",
                         "longer": "long", "shorter": "short", "older": "old", "younger": "young",
                         "cheaper": "cheap", "pricier": "pricy", "wider": "wide", "deeper": "deep", "faster": "fast",
                         "slower": "slow", "hotter": "hot", "colder": "cold", "warmer": "warm", "wetter": "wet"}


def compared_by_measure(question: str, query: Query, table: Table) -> Query:
    """`query` with a `>`/`<` condition on a column the question does not name moved to the one number column
    of the measure its comparative says ("How many airports sit higher than 500 ft?": `elevation > 500`, not the
    code column `lid` the model chose; "heavier than 40" a weight), as the superlatives read their measures
    (_MEASURES, else _FALLBACK_MEASURES; "high" is an elevation in a table of places)."""
    words = _words(question)
    nouns = _nouns(question)
    conds = list(query.conds)
    header_words = header_word_sets(table.header)
    numbers = [c for c, kind in enumerate(table.types) if kind == "real"]
    elevations = {"high": _ELEVATION_WORDS, "low": _ELEVATION_WORDS} if _of_places(header_words) else {}
    for k, condition in enumerate(conds):
        if CONDITION_OPS[condition.operator] not in (">", "<") or _names(nouns, table, condition.column, question):
            continue
        value = str(condition.value).strip().lower()
        said = [words[i - 2] for i in range(2, len(words)) if words[i - 1] == "than" and words[i] == value]
        adjectives = {_MEASURE_COMPARATIVES[w] for w in said if w in _MEASURE_COMPARATIVES}
        if len(adjectives) != 1:
            continue
        adjective = adjectives.pop()
        for measures in (_MEASURES, _FALLBACK_MEASURES, elevations):
            held = _measuring_columns(header_words, measures.get(adjective, ()), numbers)
            if held:
                break
        others = {c.column for i, c in enumerate(conds) if i != k}
        if len(held) == 1 and held[0] != condition.column and held[0] not in others:
            conds[k] = Condition(held[0], condition.operator, condition.value)
    conds = tuple(conds)
    return query if conds == query.conds else dataclasses.replace(query, conds=conds)


def _said_of_the_value(question: str, word: str, table: Table, column: int) -> bool:
    """Whether the superlative `word` is said of the value the question asks for, the number column `column`: it
    starts the question ("Fastest response time of subject 310?") or heads what it asks ("What was the slowest
    time ...?"), and the words after it name no other number column."""
    words = _words(question)
    if not words or not (words[0] == word or _heads_the_question(question, word)):
        return False
    named = _named_after(question, word, table)
    return not named or column in named


def _ranked_by(question: str, word: str, table: Table) -> int | None:
    """The number column that "by ..." after the superlative `word` names best ("the largest firms by assets",
    "the two longest females, by carapace length"), or None (no "by" there, or it names no column or two alike:
    "the longest flight operated by Delta")."""
    words = _words(question)
    if word not in words:
        return None
    after = words[words.index(word) + 1:]
    if "by" not in after:
        return None
    said = []
    for following in after[after.index("by") + 1:][:4]:
        if following in _PHRASE_ENDS:
            break
        said.append(singular(following))
    named = best_named(said, table, [c for c, kind in enumerate(table.types) if kind == "real"], question)
    if len(named) > 1:   # "the heaviest aircraft by maximum take-off mass": `MTOM_kg`, the one in a unit of mass,
        header_words = header_word_sets(table.header)   # not the ratios `MZFM_MTOM`, `OEM_i_MTOM` read alike
        named = _measuring_columns(header_words, measured_by(question, word), named) or named
    return named[0] if len(named) == 1 else None


def _nouns(question: str) -> list[str]:
    """The question's words that may name a column, singular (not wh-words, superlatives, prepositions)."""
    return [singular(w) for w in _words(question) if w not in _QUESTION_WORDS]


# _EXTREMES that WikiSQL's questions use for a rank or a cell rather than an ordering ("the first pick",
# "the last game", "a top 10 finish")
_RANK_WORDS = frozenset({"first", "last", "top", "bottom"})
# words that name no column when a superlative's column is looked for among the question's words
_QUESTION_WORDS = _PHRASE_ENDS | _EXTREMES | frozenset("""what which who whom whose when where how name list give
    show tell me find top most least""".split())
# _after: the words that end what a superlative is said of (not an article), and those that name nothing in it
_AFTER_ENDS = _PHRASE_ENDS - {"the", "a", "an"}
_AFTER_SKIPPED = _QUESTION_WORDS | {"per", "against"}
# The direction a superlative word says whatever the column: the magnitude words, and adjectives that name the
# small end of what a column measures ("the cheapest" of a price, "the calmest" of a wind speed). Any other
# "-est" adjective names the large end ("the saltiest", "the priciest"). Words whose direction depends on
# what the column measures ("the fastest" of a time is its smallest, "the oldest" of a year too) are left to
# the model's aggregation head.
_DESCENDING = frozenset("""most highest largest greatest biggest maximum top northernmost easternmost farthest
    furthest""".split())
_ASCENDING = frozenset("""least fewest lowest smallest minimum cheapest lightest shortest narrowest shallowest
    thinnest coldest coolest driest calmest poorest weakest flattest southernmost westernmost closest
    nearest quietest rarest slimmest leanest skinniest tiniest slightest""".split())
_EITHER_WAY = frozenset("fastest quickest slowest best worst oldest youngest earliest latest newest".split())


# What a superlative adjective measures, as header words: "the longest culmen" is a `Culmen Length`, "the
# heaviest penguin" its `Body Mass (g)`, "the most expensive film" its `budget`. English, not any one table.
_MEASURES = {
    "long": "length distance duration", "short": "length distance duration height ht", "tall": "height ht",
    "heavy": "weight mass wt kg lb lbs", "light": "weight mass wt kg lb lbs", "deep": "depth", "shallow": "depth",
    "wide": "width", "narrow": "width", "old": "age", "young": "age",
    "expensive": "price cost budget bill fare fee msrp", "cheap": "price cost budget bill fare fee msrp",
    "pricy": "price cost msrp", "pricey": "price cost msrp", "costly": "cost price msrp",
    "fast": "speed time", "quick": "speed time", "paid": "pay salary salaries wage wages earnings",
    "slow": "speed time", "rich": "income wealth gdp", "poor": "income wealth gdp", "wealthy": "income wealth gdp",
    "flat": "climb elevation gradient slope ascent", "pay": "pay salary salaries wage wages",
    "spend": "spending expenditure expenditures dollars budget", "earn": "income salary earnings pay",
    "people": "population pop inhabitants", "hot": "temperature temp", "cold": "temperature temp",
    "warm": "temperature temp", "cool": "temperature temp",
    "wet": "precipitation rain rainfall", "dry": "precipitation rain rainfall", "windy": "wind", "calm": "wind",
    "sunny": "solar sun sunshine", "profitable": "profit profits", "powerful": "power horsepower hp",
    "sweet": "sugar sugars", "salty": "salt sodium", "populous": "population pop", "popular": "votes popularity",
    "busy": "passengers traffic", "quiet": "passengers traffic", "dense": "density", "densely": "density",
    "rare": "abundance frequency", "deadly": "deaths death fatalities killed casualties",
    "fat": "fat", "big": "size", "small": "size", "large": "size",
    "efficient": "mpg mileage economy efficiency", "fuel": "mpg mileage economy efficiency",
    "weigh": "weight mass wt", "close": "distance dist", "near": "distance dist", "far": "distance dist",
    "northernmost": "latitude lat", "southernmost": "latitude lat",
    "easternmost": "longitude lon long", "westernmost": "longitude lon long",
}
_MEASURES = {adjective: frozenset(words.split()) for adjective, words in _MEASURES.items()}
# What a superlative measures when no column is one of its _MEASURES: "the oldest journal" by the year it was
# founded when no column holds an age, "the thinnest journal" by its pages, "the largest department" by its area
# when no column holds a size, "the most people" surveyed by a sample's size when no column holds a population.
_FALLBACK_MEASURES = {
    "old": "founded established built born year date since", "young": "founded established built born year date",
    "recent": "year date founded established built",
    "new": "founded established built year date commissioned launched released completed",
    "thin": "pages thickness", "thick": "pages thickness",
    "big": "area", "large": "area", "small": "area", "people": "size sample respondents",
    "long": "time days", "short": "time days",   # "Which patients survived longest?" of a trial's survival `time`
}
_FALLBACK_MEASURES = {adjective: frozenset(words.split()) for adjective, words in _FALLBACK_MEASURES.items()}
# what "the highest" or "the lowest" measures when the question names no number column and the table's rows are
# places (a header of _PLACED_WORDS): their elevation (`alt` too, an altitude there; a liver table's `ALT.M` is an
# enzyme)
_ELEVATION_WORDS = frozenset({"elevation", "altitude"})
_PLACED_WORDS = frozenset({"lat", "latitude", "lon", "longitude", "city", "town", "country", "state", "region"})
# measures of any noun's magnitude: "the largest bill" is the bill's amount, not a `size`
_MAGNITUDE_MEASURES = frozenset({"size"})
_CHANGE_WORDS = frozenset("gain gains jump jumps increase increases rise rises growth drop drops fall loss losses"
                          .split())
# header words of a column that holds a change from one row or time to the next (`nonfarm_change`, `Gain`)
CHANGE_HEADER_WORDS = frozenset("change changes growth gain gains increase diff difference delta chg return returns"
                                .split())   # (a stock's return is its change)


def _adjective(word: str) -> str:
    """The plain adjective of a superlative: "heaviest" -> heavy, "biggest" -> big, "widest" -> wide."""
    if word in ("farthest", "furthest"):
        return "far"
    if word.endswith("iest"):
        return word[:-4] + "y"
    stem = word[:-3] if word.endswith("est") else word
    if stem in _MEASURES or stem in _FALLBACK_MEASURES:   # longest -> long, tallest -> tall, smallest -> small
        return stem
    if len(stem) > 2 and stem[-1] == stem[-2]:   # biggest, hottest, fattest, wettest
        return stem[:-1]
    return stem + "e"   # widest -> wide


def measured_by(question: str, word: str, measures: dict[str, frozenset[str]] = _MEASURES) -> frozenset[str]:
    """The header words a superlative measures by ("the longest ..." -> length, distance, duration; "the most
    expensive" -> price, cost, budget; "weighs the most" -> weight, mass), empty when it names no measure.
    `measures`: _MEASURES, or _FALLBACK_MEASURES for the words that count when no column is one of those."""
    words = _words(question)
    found = set(measures.get(_adjective(word), ())) | set(measures.get(_glued(question, word) or "", ()))
    #                                               ("the highest-paid hitter": a salary)
    if _CHANGE_WORDS & set(words) and measures is _MEASURES:   # "the largest nonfarm gains": a column of changes
        found |= CHANGE_HEADER_WORDS
    for before, after in zip(words, words[1:]):
        if before in ("most", "least"):   # "the most expensive", "the most people"
            found |= measures.get(after, frozenset())
        if after in ("most", "least") and before.rstrip("s") in measures:   # "weighs the most" (the: skipped)
            found |= measures[before.rstrip("s")]
    for before, middle, after in zip(words, words[1:], words[2:]):
        if middle == "the" and after in ("most", "least") and before.rstrip("s") in measures:
            found |= measures[before.rstrip("s")]
    for at, word in enumerate(words):   # "Which state pays its teachers the least?": the verb a few words before
        if word in ("most", "least"):
            found |= {measure for verb in words[max(0, at - 4):at] if verb.rstrip("s") in _MEASURING_VERBS
                      for measure in measures.get(verb.rstrip("s"), ())}
    return frozenset(found)


_MEASURING_VERBS = frozenset({"pay", "spend", "earn", "weigh"})   # the verbs of _MEASURES


_TIME_UNITS = frozenset("""time times sec secs seconds minute minutes min mins hours ms msec millisecond milliseconds
    latency reaction""".split())
_NOT_TIMES = frozenset("lifetime overtime halftime daytime nighttime anytime sometime springtime summertime".split())
_RANK_HEADER_WORDS = frozenset("rank ranking position pos place finish seed".split())
_ERROR_WORDS = frozenset("error errors err mape mae rmse mse loss residual".split())   # the best error is the smallest
_RACES = frozenset("run race hurdle sprint dash marathon relay lap".split())   # columns of race times
_DISTANCE = re.compile(r"\bover\s+(?:the\s+|a\s+)?(?:\d[\d,]*\s*|quarter[\s-]|half[\s-])"
                       r"(?:m|metres|meters|km|miles?)\b")   # "quickest over 200m", "slowest over the quarter mile"


def _timed(question: str, table: Table, column: int) -> bool:
    """Whether the question or the column ordered by speaks of a time ("the fastest hurdles times", a race
    column such as `run200m` or `1500m`, "over 200m"), or the column is a rank (`Position`, `Finish`) or an error
    (`MAPE_P_th`, `rmse`): the best of any of them is the smallest."""
    header = header_word_sets([table.header[column]])[0]
    header |= {unit for word in header for unit in ("sec", "secs") if word.endswith(unit) and word != unit}  # `qsec`
    header |= {"time" for word in header if word.endswith("time") and len(word) >= 7 and word not in _NOT_TIMES}
    #          (`runtime`, `laptime`: a race's time; not a `lifetime`)
    return bool(_TIME_UNITS & (set(_words(question)) | header) or (_RANK_HEADER_WORDS | _RACES | _ERROR_WORDS) & header
                or _DISTANCE.search(question.lower()) or any(re.fullmatch(r"\d{2,5}m", word) for word in header)
                or _rises_with_rank(table, column))
    #             (a race's distance as the header: `1500m`, `110m.hurdle`: "the slowest 1500 m" took longest)


MIN_RANK_AGREEMENT = 0.25   # Spearman's rho between a column and the table's ranks
_RANK_CELL = re.compile(r"[T=]?\s*(\d+)(?:st|nd|rd|th|\.)?", re.IGNORECASE)   # 1, T5 (tied fifth), =3, 2nd


def _rises_with_rank(table: Table, column: int) -> bool:
    """Whether the table ranks its rows (a column headed rank, position, pos, place, finish: 1, T5, =3) and the
    column's numbers rise with the rank (Spearman's rho at least MIN_RANK_AGREEMENT over 8 rows or more): its
    best is then its smallest, as a golfer's rounds (`round_1` of a leaderboard ranked by `pos`)."""
    words = header_word_sets(table.header)
    for ranks in (c for c in range(len(table.header)) if c != column and words[c] & _RANK_HEADER_WORDS):
        pairs = []
        for row in table.rows:
            rank, value = _RANK_CELL.fullmatch(str(row[ranks]).strip()), cell_number(row[column])
            if rank is not None and value is not None:
                pairs.append((int(rank[1]), float(value)))
        if len(pairs) >= 8 and len({v for _, v in pairs}) > 1 and len({r for r, _ in pairs}) > 1 \
                and _spearman(pairs) >= MIN_RANK_AGREEMENT:
            return True
    return False


def _spearman(pairs: Sequence[tuple[float, float]]) -> float:
    """Spearman's rank correlation of the pairs (ties share their mean rank)."""
    def ranked(values: Sequence[float]) -> list[float]:
        order = sorted(range(len(values)), key=values.__getitem__)
        ranks = [0.0] * len(values)
        start = 0
        while start < len(order):
            end = start
            while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
                end += 1
            for position in order[start:end + 1]:
                ranks[position] = (start + end) / 2
            start = end + 1
        return ranks
    first, second = ranked([a for a, _ in pairs]), ranked([b for _, b in pairs])
    mean = (len(pairs) - 1) / 2
    covariance = sum((a - mean) * (b - mean) for a, b in zip(first, second))
    spread = (sum((a - mean) ** 2 for a in first) * sum((b - mean) ** 2 for b in second)) ** 0.5
    return covariance / spread if spread else 0.0


_DATE_HEADER_WORDS = frozenset("""year date founded established built born opened since started debut date1 season
    introduced commissioned launched released completed inaugurated""".split())
_AGE_HEADER_WORDS = frozenset("age ages old".split())


def _dated(table: Table, column: int) -> bool | None:
    """True for a column of years or dates (`date1`, `Founded`: the oldest is the smallest), False for one of ages
    (the oldest is the largest), None for any other."""
    words = header_word_sets([table.header[column]])[0]
    if words & _AGE_HEADER_WORDS:
        return False
    if words & _DATE_HEADER_WORDS or any(w.rstrip("0123456789") in _DATE_HEADER_WORDS for w in words):
        return True
    return None


def _a_year(number: int | float) -> bool:
    """Whether a column's number reads as a year: a whole number from 1000 to 2100."""
    return float(number).is_integer() and 1000 <= number <= 2100


def _no_years(table: Table, column: int) -> bool:
    """Whether a number column holds numbers, not years: most are not _a_year (`entry` of ages in months, 751 to
    1153)."""
    if table.types[column] != "real":
        return False
    numbers = column_numbers(table, column)
    return bool(numbers) and 2 * sum(map(_a_year, numbers)) < len(numbers)


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
    if (not _AVERAGE.search(question) or header & {"average", "avg", "mean"}
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


# a fall said of what is ordered: "the biggest drop", "fell the most", "the largest declines" (not a condition's:
# "where Savings fell below 0")
_DROP = re.compile(r"\b(?:drop|drops|dropped|fall|falls|fell|decline|declines|declined|decrease|decreases|decreased|"
                   r"plunge|plunged|slump|slumped|dip|dips|dipped)\b"
                   r"(?!\s+(?:below|under|above|over|beneath|to|by|from|short|less|more|lower|higher)\b)")


_SPEED_WORDS = frozenset("speed velocity mph kph kmh knot".split())   # header words of a speed (not a `pace`: a time)


def column_direction(question: str, word: str, table: Table, column: int) -> bool | None:
    """The direction of the superlative `word` said of `column` (direction, with the column's times, ranks and
    dates); a fall said of a column of changes (negative and positive numbers: returns, growth) turns it round:
    "On which date did the Dow fall the most?", "the biggest drop in production" ask for its smallest."""
    if word in ("fastest", "quickest", "slowest") and header_word_sets([table.header[column]])[0] & _SPEED_WORDS:
        return word != "slowest"   # "the two fastest cocks" of a race's `speed`: the largest
    dated = _dated(table, column)
    if dated is None and word in ("oldest", "youngest") and _no_years(table, column):
        dated = False   # "the man who entered oldest" of `entry` (ages in months): the oldest is the largest
    descending = direction(word, _timed(question, table, column), dated)
    if descending is not None and _DROP.search(question.lower()):
        numbers = column_numbers(table, column)
        if any(n < 0 for n in numbers) and any(n > 0 for n in numbers):
            return not descending
    return descending


def direction(word: str, timed: bool = False, dated: bool | None = None) -> bool | None:
    """True (descending) or False (ascending) for a superlative word whose direction does not depend on the
    column; None for one whose direction does. `timed`: the question or the column speaks of a time or a rank,
    so the fastest, quickest or best is the smallest and the slowest or worst the largest; otherwise the best
    is the largest ("the best highway mpg") and the worst is left to the model (the worst ozone is the most).
    `dated` (_dated): the oldest or earliest of a column of years is its smallest, of a column of ages its largest."""
    if timed and word in ("fastest", "quickest", "slowest", "best", "worst"):
        return word in ("slowest", "worst")   # the best time is the smallest
    if word in ("first", "last"):   # said of a time (superlative_word): the earliest, the latest
        word = "earliest" if word == "first" else "latest"
        if dated is None:
            return word == "latest"   # the first game is the least game number
    if dated is False and word in ("earliest", "newest", "latest"):
        return None   # "the earliest-diagnosed patient" of `age`: said of another column, a time
    if dated is not None and word in ("oldest", "earliest", "newest", "latest", "youngest"):
        # the oldest journal was founded first; the oldest player is the one whose age is largest
        return (word in ("newest", "latest", "youngest")) == dated
    if word in _DESCENDING or word == "best":
        return True
    if word in _ASCENDING:
        return False
    return None if word in _EITHER_WAY else True


_BEFORE_SUPERLATIVE = frozenset("the its their it was is were are be".split())
_MAGNITUDE_WORDS = frozenset("high low most least top max min best highest lowest".split())
_COMPASS = re.compile(r"\b(?:farthest|furthest|most)\s+(north|south|east|west)(?:erly)?\b")
# "first" / "last" said of a time: the earliest or latest row ("Which corps was the last to lose 3 men?", "In which
# month did Sosa first hit ...?", "the first two 2-homer games", "in his last game"); not "first round", "last name",
# nor a premiere ("When did it first air?", "run for the first time": WikiSQL asks those of the one row named)
_FIRST_LAST = re.compile(r"\bthe (?:first|last) (?:to|one|two|three|four|five)\b"
                         r"|\b(?:did|does|do|was|were|is|has|had) (?:(?!(?:the|a|an)\b)[a-z0-9.'-]+ ){1,3}?"
                         r"(?:first|last) "
                         r"(?!(?:name|names|round|rounds|place|half|quarter|team|choice|pick|class|edition|time|"
                         r"airs?|aired|broadcast|run|ran|appear|appeared|elected|released|published|opened|shown|"
                         r"screened|televised|premiered)\b)[a-z]+"
                         r"|\b(?:his|her|its|their) (?:first|last) "
                         r"(?:year|game|month|day|date|season|week|time|match)s?\b"
                         r"|\bthe (?:first|last) (?:year|month|day|date|week|run|trial|reading|measurement|"
                         r"observation|test|visit)s?\b"
                         r"|\b(?:was|were|did|had) (?:[a-z0-9.'-]+ ){0,3}?[a-z]+ed (?:first|last)$")   # "who was
#                                                                                          diagnosed first?"
_RANKED = re.compile(r"\b(?:ranks?|ranked|comes?|came|is|was|places?|placed)\s+(?P<rank>first|1st|last|top)\s+"
                     r"(?P<by>in|for|on|by)\b")
# what a sequence is ordered by, not ranked by: "Which il comes first by plate number?" (the smallest)
_IN_SEQUENCE = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}(?:number|code|id|order|index|date|"
                          r"alphabet)s?\b")
_PEAK = re.compile(r"\b(?:hit|hits|reach|reached|reaches|at|was|were)\s+(?:its|their|his|her)\s+(?:peak|high\s+point|"
                   r"highest\s+point|low\s+point|lowest\s+point)\b|\bat\s+(?:its|their)\s+(?:highest|lowest)\s*[?.!]?$|"
                   r"\bbottom(?:ed|s)?\s+out\b|\bpeak(?:ed|s)\b|"
                   r"\bdid\b.*\bpeak(?:\s+(?:for|in|at|under|among|during|on|with)\b.*)?$")   # "In which year
#                 did the female share of Engineering degrees peak?", "... did trade peak for the Netherlands?"
_COMPARATIVES = {"more": "most", "fewer": "fewest", "less": "least", "higher": "highest", "lower": "lowest",
                 "larger": "largest", "smaller": "smallest", "bigger": "biggest", "greater": "greatest",
                 "longer": "longest", "shorter": "shortest", "heavier": "heaviest", "lighter": "lightest"}
# a comparative with no "than": which of the rows asked is ahead ("Which sex will have more people ...?")
_COMPARED = re.compile(r"^(?:(?:in|on|at|for|from|during) )?(?:which|who)\b(?!.*\bthan\b).*?\b"
                       r"(?P<comparative>" + "|".join(_COMPARATIVES) + r")\b")
_SIGNED = re.compile(r"\b(?P<extreme>most|least) negative\b")   # "the most negative EA": the lowest


def superlative_word(question: str, table: Table) -> str | None:
    """The superlative the question asks with ("the sweetest", "the most goals", "the three saltiest", "top 5"),
    or None; "farthest east" and "the most southerly" read as easternmost and southernmost, "hit its peak" as
    highest and "bottom out" as lowest. One of _EXTREMES that is also a header's word or its stem ("highest"
    with `High points`) names a column, not an ordering, and does not count; an adjective's ("the windiest" of
    `Wind`) orders by it."""
    words = _words(question)
    text = " ".join(words)
    compass = _COMPASS.search(text)   # "farthest east", "the most southerly": easternmost, southernmost
    if compass:
        return f"{compass[1]}ernmost"
    peak = _PEAK.search(text)   # "When did GOOG hit its peak?", "In which month did AAPL bottom out?"
    if peak:
        return "lowest" if "low" in peak[0] or "bottom" in peak[0] else "highest"
    signed = _SIGNED.search(text)   # "the most negative EA", "the least negative undercount"
    if signed:
        return "lowest" if signed["extreme"] == "most" else "highest"
    ranked = _RANKED.search(text)   # "Which district ranks first in per capita income?"
    if ranked:
        if ranked["by"] == "by" and ranked["rank"] != "top" and _IN_SEQUENCE.match(text, ranked.end()):
            return "last" if ranked["rank"] == "last" else "first"   # "comes first by plate number": in order
        return "lowest" if ranked["rank"] == "last" else "highest"
    compared = _COMPARED.search(text)   # "Which sex will have more people aged 90-94 in 2050?": of the rows asked
    if compared and not set(text[:compared.start("comparative")].split()) & _EXTREMES:   # not "the highest lower
        #                                                                                 flammability limit"
        return _COMPARATIVES[compared["comparative"]]
    header_words = set().union(*header_word_sets(table.header)) if table.header else set()
    ordinal = _FIRST_LAST.search(text)   # "the last to lose 3 men", "Sosa first hit", "his last game"
    if ordinal and not header_words & {"first", "last"}:
        return "first" if "first" in ordinal.group(0).split() else "last"   # said so: earliest, latest (direction)
    if re.search(r"\b(?:leader|leaders|leading)\b", text) and not set(words) & header_words & {
            "leader", "leaders", "leading"}:
        return "highest"   # "the 1986 assists leader": the most assists
    headers = [_words(readable_header(str(name))) for name in table.header]
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if word == "top" and (after in NUMBER_WORDS or (before == "the" and after not in ("", "of", "and"))):
            found = word   # "the top 5", "the top fertility rate" (not "the top of the table")
        elif word in _EXTREMES and word not in _RANK_WORDS:
            found = word
        elif word not in _EXTREMES and _is_superlative(word) and (before in _BEFORE_SUPERLATIVE
                                                                  or before in NUMBER_WORDS or not after):
            found = word   # "the sweetest", "the three saltiest", "was it calmest", "was the wind calmest?"
        else:
            continue
        stem = found[:-3] if found.endswith("est") else found
        if found in _EXTREMES and any(words[index + 1:index + 1 + len(h)] == h for h in headers
                                      if len(h) > 1 and h[0] in _MAGNITUDE_WORDS):
            continue   # "did most high points" of `High points`: a column's name follows, itself a magnitude
        if found not in _EXTREMES or not any(_header_after_extreme(found, stem, h, after) for h in headers):
            return found   # "the windiest" of `Wind` orders by it; "highest" of `High points` names the column
        if any([form] in headers for w in words[index + 1:index + 3] + ([before] if not after else [])
               for form in _verb_forms(w)):
            return found   # "the lowest close", "the highest intraday highs", "did it close highest?" of `low`,
            #                `close`, `high`: an ordering; so are "the lowest opening price", "closed highest"
    return None


def _verb_forms(word: str) -> set[str]:
    """A word and, for one ending in -ing or -ed, the stems it may be made from: "opening" -> open, "closed" ->
    close, closed (singular too)."""
    forms = {word, singular(word)}
    if word.endswith("ing") and len(word) > 5:
        forms |= {word[:-3], word[:-3] + "e"}
    if word.endswith("ed") and len(word) > 4:
        forms |= {word[:-2], word[:-1]}
    return forms


def _header_after_extreme(found: str, stem: str, header: Sequence[str], after: str) -> bool:
    """Whether an extreme word names a header that holds it ("highest" of `High points`, `highest`): the header
    has no other word, or its other word follows, whole or cut ("the highest points", "the minimum temperature"
    of `MinTemp`; not "the highest molecular weight" of `OH_t_high`)."""
    holding = [w for w in header if w == found or (len(w) >= 3 and stem.startswith(w))]
    others = [w for w in header if w not in holding]
    return bool(holding) and (not others or any(singular(after) == singular(other) or (
        len(other) >= 2 and after.startswith(other)) for other in others))   # "minimum temperature" of `MinTemp`


def counted_rows(question: str, word: str, table: Table) -> bool:
    """Whether a superlative counts rows: "the largest number of machines", where the noun counted names no column
    of the table and is no measure of any (measured_by). No single row has the largest number of machines; a
    count per group is asked. Not "the largest number of wins" of `W`. (The rows' own noun alone, "ran the most
    polls" of a table of polls, declined a right superlative of a fresh held-out set; benchmarks/RESULTS.md.) So do
    "the most"/"the fewest" of a plural that names only text columns ("the most stations" of `station`)."""
    words = _words(question)
    if word not in words:
        return False
    following = words[words.index(word) + 1:]
    if word in ("most", "fewest") and following and singular(following[0]) != following[0]:
        # "Which event had the most stations recording it?" of a text column `station`: no row has more stations than
        # another; stations are counted per event (not "the most points" of a number column)
        noun = singular(following[0])
        named = [c for c in range(len(table.header)) if naming_score([noun], table, c, question)[0]]
        if named and all(table.types[c] == "text" for c in named):
            return True
    counted = re.match(r"(?:the\s+)?(?:number|count)\s+of\s+(?:the\s+)?(?P<phrase>[a-z]+(?:\s+[a-z]+){0,2})",
                       " ".join(following))
    if counted is None:
        return False
    phrase = list(itertools.takewhile(lambda w: w not in _PHRASE_ENDS and w not in _VERBS, counted["phrase"].split()))
    numbers = [c for c, kind in enumerate(table.types) if kind == "real"]
    for noun in map(singular, phrase or counted["phrase"].split()[:1]):   # "male doctoral students": `Doctorat`
        if any(_is_measure(w, noun) for c in numbers for w in header_word_sets([table.header[c]])[0]) or \
                any(naming_score([noun], table, c, question)[0] for c in range(len(table.header))):
            return False
    return True


def counted_per_group(question: str, word: str, table: Table, query: Query) -> bool:
    """Whether "Which <column> had the most <things>?" counts rows per group: the model read it as MAX or MIN of the
    asked column itself (`MAX(year)`, no condition), that column sorts rows into groups (is_category), and the
    plural after the superlative names no column and no measure of one ("the most operations" of a table of
    patients, each operated once: operations are counted per year). So for the rows ordered by a number column the
    plural does not name, with the asked column selected ("Which California city has the most airports?" decoded
    SELECT city ORDER BY latitude DESC: the cities repeat, the airports are counted)."""
    words = _words(question)
    extreme = query.agg in (MAX, MIN) and not query.conds and query.order is None
    ordered = query.agg == 0 and query.order is not None and query.order.column != query.sel and not query.conds
    #         (a condition pins the groups down: "In 1961, which day had the most accidents?" is a row)
    if word not in ("most", "fewest") or word not in words or not (extreme or ordered) \
            or not is_category(table, query.sel):
        return False
    asked = asked_for(question)
    if asked is None or asked[0] != "row" or not _names([singular(w) for w in asked[1]], table, query.sel, question):
        return False
    following = words[words.index(word) + 1:]
    if not following or singular(following[0]) == following[0]:
        return False
    noun = singular(following[0])
    numbers = [c for c, kind in enumerate(table.types) if kind == "real"]
    return not any(_is_measure(w, noun) for c in numbers for w in header_word_sets([table.header[c]])[0]) and all(
        naming_score([noun], table, c, question)[0] == 0 for c in range(len(table.header)))


def is_category(table: Table, column: int) -> bool:
    """Whether a column sorts rows into groups rather than naming them: at most half as many distinct cells as
    filled ones (a rating, a species, a county), over at least 4 filled cells."""
    cells = table.cells(column, lower=True)
    return len(cells) >= 4 and len(set(cells)) * 2 <= len(cells)


_GROUP_TOTALS = frozenset("average total combined overall number count".split())


def grouped_by(question: str, word: str, table: Table, column: int) -> bool:
    """Whether a superlative asks for a group rather than a row: "Which <noun> ..." asked of a column that
    sorts rows into groups (is_category; a number column only when the noun names it), and what follows the
    superlative is a total or an average over a group ("Which MPAA rating has the largest number of films?",
    "Which county has the highest average test score?", "Which species has the longest flippers on average?",
    "Which month had the highest average ozone?"). No one row answers it; "Which state
    gave the Democrats their highest share?" (state repeats over the years) is a row's value, an ordering."""
    asked = asked_for(question)
    if asked is None or asked[0] != "row" or not is_category(table, column):
        return False   # "What is the highest number of laps ...": a value, whatever repeats in its column
    if table.types[column] != "text" and not _names(_nouns(" ".join(asked[1])), table, column, question):
        return False   # a number column only when the question names it: "Which month had the highest average ..."
    words = _words(question)
    header_words = set().union(*header_word_sets(table.header))
    totals = [w for w in _GROUP_TOTALS if w not in header_words]   # `Average`, `Total`: a column's name
    text = " ".join(words)
    if any(f"on {w}" in text or f"in {w}" in text for w in totals if w in ("average", "total")):
        return True
    after = words[words.index(word) + 1:] if word in words else []
    return any(w in totals for w in after[:2])


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
    nouns = {singular(w) for w in phrase if not _is_superlative(w) and w not in NUMBER_WORDS}
    pointers = {word, _adjective(word), "farthest", "furthest"}
    if word.endswith("ernmost"):
        pointers.add(word[:-len("ernmost")])   # "the furthest north": `Region = 'north'`
    distance = re.search(r"\b(?:closest|nearest)\s+to\s+|\b(?:farthest|furthest)\s+(?:away\s+)?from\s+",
                         question.lower())
    said_from = distance is not None and _words(question.lower()[distance.end():])[:len(value)] == value
    return bool(set(value) & pointers) or {singular(w) for w in value} <= nouns or said_from


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
        if asked is None and not pointed and not [c for c in measuring if c != sel]:
            return query   # "What was the hottest day?" of `date`: the measure says what is ordered
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
        if pointed and (not measuring or pointed[0] in measuring):
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
    if table.types[query.sel] == "text" and limit(question) == 1 and (
            (asked is None and _words(question)[:1] == [word] and _said_of_the_value(question, word, table, column))
            or (asked is not None and asked[0] == "noun" and _asked_column(*asked, table, column, question) == -1
                and not _names(head, table, query.sel, question))):
        return Query(column, MAX if descending else MIN, kept)   # the value: "best yield in block VI", "What is the
        #      highest airport altitude in ...?" (its head noun names the ordered column, not the selected one, as
        #      "the smallest female age group" names `AgeGrp`; and one value: not "the three smallest ...")
    return Query(sel, 0, kept, Order(column, descending, limit(question)))
