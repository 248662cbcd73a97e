"""What a question asks for, and which column answers it: a row (asked_for; limit, how many), named by the column
the question asks for (_asked_column), the table's row-name column (row_name_column) or its people (people_columns);
or a group of rows that no one row answers (is_category, grouped_by, counted_rows, counted_per_group).
"""
from __future__ import annotations

import itertools
import re
from typing import Collection, Sequence

from wikisql.corrections import AMOUNT_NOUNS
from wikisql.encoding import (
    NUMBER_WORDS,
    TIME_WORDS,
    is_row_names,
    names_column,
    numbers_units,
    readable_header,
    singular,
)
from wikisql.query import MAX_ORDER_LIMIT, Condition, Query
from wikisql.schema import Table
from wikisql.superlatives.naming import (
    _IDENTIFIER_WORDS,
    _VOCABULARY,
    _is_measure,
    _names,
    _nouns,
    _said_after,
    _unasked_code,
    is_identifier,
    naming_score,
)
from wikisql.superlatives.words import (
    _EXTREMES,
    _MEASURES,
    _PHRASE_ENDS,
    _VERBS,
    IDENTIFIER_WORDS,
    MAX,
    MIN,
    NAME_WORDS,
    PERSON_WORDS,
    PLACE_WORDS,
    TITLE_WORDS,
    VALUE_WORDS,
    _adjective,
    _is_superlative,
    _words,
    header_word_sets,
    phrase_nouns,
)
from wikisql.tables import holding, is_whole, mostly_numbers

_TIME_PREPOSITIONS = frozenset("after before since until during".split())   # "Three coldest years after 1950"


_FRONTED = re.compile(r"^(?:among|in|for|within|looking\s+(?:only\s+)?at|considering|of\s+those|of\s+the\s+ones|"
                      r"before|after|since|until|during|prior\s+to|of\s+the|on|at|with|from|above|below|between|"
                      r"excluding|except)\b"
                      r"(?P<clause>(?:[^,?]|(?<=\d),(?=\d{3}))*),")   # a clause up to a comma, not one of "1,000"


_ASKS = re.compile(
    r"^(?:(?:in|on|at|for|during|from|against|to|of|by|with|among)\s+)?(?P<wh>which|what|who|whom|whose|when|where)\b"
    r"\s*(?P<rest>.*)$")
_LISTS = re.compile(r"^(?:please\s+)?(?:name|list|give(?:\s+me)?|show(?:\s+me)?|tell\s+me|find)\s+(?P<rest>.*)$"
                    r"|^(?:the\s+)?(?:ids?|names?|titles?)\s+of\s+(?P<named>.*)$")   # "Ids of the two ... patients"
# a noun phrase alone: "top 5 ...", "the three firms with the largest holdings" (not "the first episode had what
# number?")
_PHRASE_ONLY = re.compile(r"^(?P<rest>(?:top|the(?!.*\b(?:what|which|who|how|when|where)\b))\s+.*)$")
# a short fronted clause without its comma, right before the question word: "In 2017 which country had ..."
_FRONTED_UNMARKED = re.compile(r"^(?:in|during|among|for|on|at)\s+(?P<clause>(?:[\w'.-]+\s+){1,3}?)"
                               r"(?=(?:which|who|whom|whose|what|when|where)\b)")


def fronted_clause(text: str) -> re.Match | None:
    """The clause fronted before the question (group "clause"), with its comma ("Among Midsize cars, which ...") or
    short and without it ("In 2017 which country ..."), in `text` lower-cased; else None."""
    return _FRONTED.match(text) or _FRONTED_UNMARKED.match(text)
_COPULA = re.compile(r"^(?:'s|is|was|are|were)\s+(?P<rest>.*)$")
# a question said as the noun of the rows with what ranks them: "Element with the largest molar volume?", "... players
# with the three lowest numbers"
_ROWS_WITH = re.compile(r"^(?P<rest>(?!(?:what|which|who|whom|whose|how|when|where|why|is|are|was|were|do|does|did)\b)"
                        r"[a-z][a-z ]*?)\s+(?:with|having|that\s+(?:has|had))\s+the\s+"
                        r"(?:(?:two|three|four|five|\d+)\s+)?(?P<extreme>[a-z]+)\b")


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
                and words[at + 1:at + 2] in ([], *([w] for w in _AFTER_A_VERB))
                or at + 1 < len(words) and (_is_superlative(words[at + 1]) or words[at + 1] in ("most", "least"))):
            break   # a verb after a plural noun, or after a number and before an object: "Which three colleges
            #         accepted the fewest applicants?", "which three generated the least?" (not "two seeded days"),
            #         or before a superlative: "Which beach bar opened earliest?"
        phrase.append(word)
    return phrase


# a value asked over all the rows, not a row: "the lowest rating any judge received", "the lowest share of women in
# any occupation"
_OVER_ALL = re.compile(r"^(?:what|what's|whats)\b.*\b(?:any|ever)\b")


_ROW_NOUNS = frozenset("thing item listing entry row record one product option".split())   # a row of any table

_CLAUSE_ENDS = frozenset("""over under above below with without that which who whose where when in on at of from for
    having than more less fewer between after before since until during""".split())


def _a_past_verb(word: str) -> bool:
    """Whether a word after "which" reads as a verb in the past ("which flowered latest", "which is projected"),
    not a noun: it ends in -ed (not "red", "bed", "seed", "speed")."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


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


# what to return, said after the superlative as a short tail: "Top 3 base salaries at LA Galaxy - who?", "Which two
# fixes were farthest south? timestamps please", "Top 3 Alliance results, which locations?"
_TAIL = re.compile(r"^(?P<head>.*?\S)(?:\s+[-–—]\s+|\?\s+|,\s*(?=(?:who|whom|which|what|where|when)\b)"
                   r"|\s+(?:belongs?|belonged|goes|went|comes?|came)\s+(?:to|from)\s+(?=which\b)"   # "Lightest side
                   r"|\s+(?:is|was|are|were)\s+(?:in|from|at|of)\s+(?=which\b))"   # chain belongs to which amino acid?"
                   r"(?P<tail>[^?,]+?)\s*\??$")
_TELLING = frozenset("give show list tell".split())   # "Give its symbol.": a tail that tells what to return
_TAIL_FILLERS = _TELLING | frozenset("please me the just only their its".split())
_TAIL_VERBS = frozenset("is are was were did does do has had have need want".split())
_TAIL_VALUES = frozenset("number numbers value values".split())   # "Month number please": the month


def _asked_in_tail(text: str) -> tuple[str, list[str]] | None:
    """What a short tail after a superlative asks for (_TAIL: at most four words, none a superlative nor a verb):
    who, when or where, the rows "which/what <noun>" names, or the column a noun phrase names ("unique IDs", "EM-DAT
    number"). After a question that asks for rows itself ("Which Redtex pigeon was the slowest? I need its band
    number."), only a tail that asks anew ("... - which party?"), tells ("Give its symbol.") or asks a time."""
    tail = _TAIL.match(text)
    if not tail or not any(_is_superlative(word) or word == "top" for word in _words(tail["head"])):
        return None
    said = _words(tail["tail"])
    words = [word.removesuffix("'s") for word in said if word not in _TAIL_FILLERS]
    if not words or len(words) > 4 or any(_is_superlative(word) or word in _TAIL_VERBS for word in words):
        return None
    if words[0] in ("who", "whom", "whose"):
        return "person", []
    if words[0] == "when" or all(singular(word) in TIME_WORDS or word.startswith("timestamp") for word in words):
        return "time", []
    if words[0] == "where":
        return "place", []
    if words[0] in ("which", "what"):
        words = words[1:]
    elif said[0] not in _TELLING and (asked_for(tail["head"]) or ("",))[0] in (
            "row", "person", "time", "place"):
        return None
    named = [word for word in words if word not in _TAIL_VALUES] or words
    return ("row", named) if named else None


# a superlative joined to the participle it ranks by: "best-paid", "lowest-rated", "most-watched"
_HYPHENED_SUPERLATIVE = re.compile(r"\b([a-z]+est|best|worst|most|least)-(?:[a-z]+ed|paid|known|sold|grown)\b")


def asked_for(question: str, bare: bool = False) -> tuple[str, list[str]] | None:
    """What the question asks for: ("person" | "time" | "place", []) for who / when / where; ("row", the
    words after which/what up to a verb or preposition) for "Which car weighs ...", "What company ...";
    ("noun", the words) for "what's the cheapest car", "name the three heaviest animals", "which highest
    year", where the words may name the aggregated column instead ("What is the highest turnout?": the
    caller tells values from rows by the header); with `bare`, ("bare", the words) for a noun phrase said without
    a question word, "Tallest player from Spain", "Element with the largest molar volume?", whose rows are asked
    only where its head noun names them (_asked_column); None for a question that asks for a value."""
    text = " ".join(question.lower().replace("’", "'").split())
    text = _HYPHENED_SUPERLATIVE.sub(r"\1", text)   # "lowest-paid Senior player": the player, not "paid"
    tail = _asked_in_tail(text)
    if tail is not None:
        return tail
    fronted = fronted_clause(text)   # "Among Midsize cars, which ...", "In 2017 which country ...": the question
    #                                  after it
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
            nouns = phrase_nouns(phrase)
            timed = any(noun in TIME_WORDS for noun in nouns) and not (   # "What is the earliest year": a value;
                wh == "which" or any(w in NUMBER_WORDS for w in phrase)   # "Which was the quietest trading day",
                or any(_is_superlative(w) and _MEASURES.get(_adjective(w)) and not _MEASURES[_adjective(w)]
                       & set(TIME_WORDS) for w in phrase))   # (a measure of its own; not "the fastest run200m
            #                                                  time": a time's)
            #       "What were the top three months", "What was the warmest month ...?" (a temperature's): rows
            if any(w in VALUE_WORDS or w == "per" for w in phrase) or timed:
                return None   # "What is the minimum wins", "the earliest year", "income per person": a value
            if wh == "which" and bare and fronted and words and _a_past_verb(words[0]):   # "Among countries with
                return "row", _clause_noun(fronted["clause"])   # an ECI above 1, which is projected to grow fastest?"
            if not nouns and wh == "which" and phrase and all(_is_superlative(w) for w in phrase):
                # "Of the states over 800, which was poorest?": one of the rows the clause names
                return "row", _clause_noun(fronted["clause"]) if fronted else []
            return ("noun", phrase) if nouns and len(nouns) < len(phrase) else None   # a superlative and a noun
        phrase = _noun_phrase(_words(rest))
        if phrase and phrase[0] in _EXTREMES:   # WikiSQL's "Which highest year ...": maybe the value
            return "noun", phrase
        if fronted and (all(word in NUMBER_WORDS for word in phrase) or _a_past_verb(phrase[0])):   # "Of the years
            phrase = _clause_noun(fronted["clause"])   # when GNP exceeded 400, which had ...", "which two had ...",
            #                         "Among stations ..., which flowered latest?": the rows the clause names
        return "row", phrase   # "Which car weighs the most?", "Which of the Primates ...": a row
    listed = _LISTS.match(text) or _PHRASE_ONLY.match(text)
    if listed:
        words = _words(listed["rest"] or listed["named"])
        if words[:2] == ["of", "the"]:   # "name of the game with the highest ...": the game
            words = words[1:]
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
                                                    and (_is_superlative(words[1]) or limit(question) > 1))):
        phrase = _noun_phrase(words)   # "Tallest player from Spain", "Three smallest states by population ..."
        phrase = list(itertools.takewhile(lambda word: word not in _TIME_PREPOSITIONS, phrase))   # "... after 1950"
        plural = next((at for at, word in enumerate(phrase) if at and singular(word) != word), None)
        if plural is not None:   # "Two chr1 gpos100 bands ending earliest": the bands, up to a verb in -ing
            phrase = phrase[:plural + 1]
        return ("bare", phrase) if phrase else None
    return None


def limit(question: str) -> int:
    """How many rows the question asks for: "the three tallest", "top 5", "Which two ...": 1 unless said."""
    words = _words(question)
    if words[:1] and words[0] in NUMBER_WORDS and len(words) > 1 and _is_superlative(words[1]):
        return min(NUMBER_WORDS[words[0]], MAX_ORDER_LIMIT)   # "Three smallest states by population ..."
    plural = next((at for at, word in enumerate(words[1:4], start=1) if singular(word) != word), None)
    if words[:1] and words[0] in NUMBER_WORDS and plural is not None and not any(
            _is_superlative(word) for word in words[1:plural]) and any(
            _is_superlative(word) for word in words[plural:]):
        return min(NUMBER_WORDS[words[0]], MAX_ORDER_LIMIT)   # "three districts with the lowest expected cases", "Two
        #                                                       chr1 gpos100 bands ending earliest"
    first_superlative = next((at for at, word in enumerate(words) if _is_superlative(word)), len(words))
    for at, (before, word) in enumerate(zip(words, words[1:])):
        owned = (before.endswith("'s") or before in ("its", "their", "his", "her")) and any(
            _is_superlative(w) for w in words[at + 2:at + 4])   # "Neptune's four most abundant gases", "When did
        #                                                         IBM post its three highest monthly closes?"
        if before == "the" and at > first_superlative:
            continue   # "on the hottest day of the two months": the rows it ranks among, not how many it asks for
        if (before in ("top", "which", "what", "the", "first", "last", "name", "list") or owned) \
                and word in NUMBER_WORDS \
                and not re.search(rf"\b{before}\s+{word}(?:-[a-z]|[.,]\d)", question.lower()):   # "Which 3-column
            #                                                      dataset", "Among the 2.75 inch reports"
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


def varies(table: Table, column: int) -> bool:
    """Whether a column holds two different cells or more: one that is the same in every row (`year` 2010 of a
    table of one year) orders nothing."""
    return _naming(table, column)[0] >= 2


def row_name_column(table: Table, exclude: set[int] = frozenset()) -> int | None:
    """The column that names the rows: among the text columns headed name/title/id/make/model (those headed name
    or title that name most rows and every row first, `nameFull` before `playerID`; a data frame's row names read
    "name"), else a data frame's row names that are numbers (road sections 1, 2, 3 ...), else a number column
    headed id or index that has its own cell in every row (patients 1, 2, 3 ...) where no text column has that,
    else among the text columns not headed as dates (else all), the one that names rows best (_naming; ties: the
    leftmost), else a number column headed as what a study observes (`OBS`, `individual`, `subject`:
    encoding.numbers_units), even when each unit has several rows (a traveller's four modes); None without one. Not
    the columns in `exclude`."""
    words = header_word_sets(table.header)
    text = [c for c, kind in enumerate(table.types) if kind == "text" and c not in exclude
            and not table.holds_pointers(c)]   # `url`: a link to each row, not its name
    named = [c for c in text if words[c] & NAME_WORDS
             and len(table.cells(c)) > len(table.rows) / 2]   # not a `cow_name` most rows leave empty
    named = [c for c in named if words[c] & TITLE_WORDS   # `nameFull`, not the `playerID` code (but not
             and _naming(table, c)[0] > len(table.rows) / 2   # `studyName`, a few studies' names, nor names
             and len(table.cells(c)) == len(table.rows)] or named   # some rows lack: `animal_name`)
    numbered = [c for c in range(len(table.header))
                if str(table.header[c]).strip().lower() == "rownames" and c not in exclude]
    identifiers = [c for c, kind in enumerate(table.types) if kind == "real" and c not in exclude
                   and _numbers_rows(words[c]) and _names_each_row(table, c)]
    if any(_names_each_row(table, c) for c in text):
        identifiers = []   # `Player` names a row better than its number
    identifiers = [c for c in identifiers if "id" in words[c]] or identifiers   # `id`, not the records' `sno.`
    units = [c for c, kind in enumerate(table.types) if kind == "real" and c not in exclude
             and numbers_units(table.header[c])]
    undated = [c for c in text if not words[c] & {"date", "dates"}]   # a `flowering_date` names no station
    pool = named or numbered or identifiers or undated or text or units
    return max(pool, key=lambda c: (*_naming(table, c), -c)) if pool else None


def names_more_rows(table: Table, column: int) -> int | None:
    """The row-name column (row_name_column) when it is headed name or title and names more than half the rows while
    the text column `column` names at most half (a `beach` that a few bars share beside the bars' `name`), else
    None: a modifier of the asked noun that names `column` does not make its cells the rows asked."""
    rows = row_name_column(table)
    if rows is None or rows == column or not header_word_sets(table.header)[rows] & TITLE_WORDS:
        return None
    return rows if _naming(table, column)[0] <= len(table.rows) / 2 < _naming(table, rows)[0] else None


def numbered_key(table: Table) -> int | None:
    """In a table with no text column, its first column where that holds a whole number of its own in every row,
    not a year (elements by `z` 1, 2, 3 ...: "Which element ...?" asks for it); else None."""
    if any(kind == "text" for kind in table.types) or not table.rows or not _names_each_row(table, 0) \
            or not all(is_whole(row[0]) for row in table.rows) \
            or header_word_sets(table.header[:1])[0] & set(TIME_WORDS) \
            or all(1000 <= row[0] <= 2200 for row in table.rows):
        return None   # (a time series' `year` dates its rows)
    return 0


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


_TIMES_OF_DAY = frozenset("night evening morning afternoon weekend".split())   # rows of days, named by a time column


def _named_rows(table: Table) -> bool:
    """Whether a text column names the table's rows (row_name_column)."""
    rows = row_name_column(table)
    return rows is not None and table.types[rows] == "text"


def _asked_column(kind: str, phrase: Sequence[str], table: Table, order_column: int, question: str,
                  given: Collection[int] = ()) -> int | None:
    """The column whose cells answer what is asked (asked_for's kind and phrase), or None for a value
    question or no such column. -1: the phrase names the ordered column itself (a value question). A time is
    not asked of a column whose value a condition gives (`given`: "On day 347, when was the beaver warmest?"
    asks the `time`, not the `day`)."""
    words = header_word_sets(table.header)
    if kind == "bare":   # the rows only where the head noun names them: "Tallest player from Spain" (a person),
        nouns = phrase_nouns(phrase)                         # "Most populous
        if not nouns or nouns[-1] in words[order_column]:   # state ..." (`state`); "Most expensive IGI stone" and
            return -1                                        # "Highest core CPI reading" ask for the value
        if nouns[-1] in PERSON_WORDS:
            return _asked_column("person", [], table, order_column, question, given)
        named = [c for c in range(len(words)) if nouns[-1] in words[c] and varies(table, c) and (
            (table.types[c] == "text" and not _mostly_numbers(table, c)) or nouns[-1] in TIME_WORDS
            or nouns[-1] in IDENTIFIER_WORDS)]   # "facility ID with the highest ..." of numbered facilities; not
        rows = row_name_column(table) if not named and nouns[-1] in _ROW_NOUNS else None
        if rows is not None and not any(nouns[-1] in header for header in words) \
                and _naming(table, rows)[0] >= len(table.rows) / 2:   # "Cheapest thing on the list?": a row, when a
            return rows   # column names half the rows or more (not `premium` yes/no of a table of PCs: the price
            #               itself)
        return named[0] if len(named) == 1 else -1   # "heaviest self-reported weight" of `weight`, nor "lowest
        #                                              first-round score" of a golf `score` (-11, -9, ..., CUT)
    if kind in ("noun", "row"):
        nouns = phrase_nouns(phrase)
        def names_ordered(words: Sequence[str]) -> bool:   # "district" names no `distcod` unless a code is asked;
            return _names(words, table, order_column, question) and not _unasked_code(   # "courts" names the rows
                question, table, order_column) and not (is_identifier(table, order_column)   # `Court ID` numbers
                                                         and not set(words) & _IDENTIFIER_WORDS)
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
                table.types[c] == "text" or varies(table, c) and (   # heads it (not "Which CEO ...?" of `Ratio of
                    singular(_head_word(str(table.header[c])).lower()) == noun   # CEO pay to average industry worker
                    or len(words[c]) <= 2))]   # pay`), and not one the same in every row (`ion_charge` 1)
            titled = [c for c in named if words[c] & TITLE_WORDS]   # "Which trial ...": `trial_name`, not
            if len(named) == 1 or len(titled) == 1:                         # the `trial_nct` code
                found = (named if len(named) == 1 else titled)[0]
                numbered = _numbered_noun(noun, table)   # "Which flight ...": `FL_NUM`, not `Flight Status`
                if numbered is not None and is_category(table, found):
                    return numbered
                if noun != nouns[-1] and table.types[found] == "text" and names_more_rows(table, found) is not None:
                    continue   # "Which beach bar ...": a bar's `name`, not the `beach` a few bars share
                return found
        counted = [w for w in phrase if w not in NUMBER_WORDS]   # "Which three pressures ...?" of a table of
        if len(counted) < len(phrase) and _named_rows(table):   # numbers only (not "Which two contractors ...?"
            counted = []   # beside their `name`: that column, below)
        if 1 <= len(counted) <= 2 and nouns == [singular(w) for w in counted]:   # "At which longitude ...": no
            #   header has the word; one it starts or stands for (`long`; "Which effective temperature ...": `Teff`;
            #   a steam table's `P`)
            named = [c for c in range(len(words))
                     if c != order_column and all(_names([noun], table, c, question) for noun in nouns)
                     and (len(counted) == 1 or names_column(nouns[-1:], str(table.header[c]), nouns[-1]))   # (the
                     #   head noun alone reads it: not `pf` "firms paying" of "Among firms paying ...")
                     and (_head_word(table.header[c]) == str(table.header[c]).strip()   # (a steam table's `P`,
                          or names_column(nouns[-1:], _head_word(table.header[c]), question))]   # read with the
            #                         others) `delTime` is a time, though "delivery" starts it
            if len(named) > 1:   # a data frame's row names read as the asked noun too: the column that stands for it
                named = [c for c in named if not is_row_names(table.header[c])]
            if len(named) == 1:
                return named[0]
        if kind == "noun" and phrase[-1] in AMOUNT_NOUNS and any(_is_superlative(w) for w in phrase):
            return -1   # "What is the fewest goals a home team scored ...?": an amount, the value
        if nouns and (nouns[-1] in TIME_WORDS or nouns[-1] in _TIMES_OF_DAY):   # "Which day had the most rain?" of a
            #                                  table whose days are its `time`; "the warmest night" of one with `date`
            timed = [c for c in range(len(words)) if words[c] & set(TIME_WORDS) and varies(table, c)]
            if len(timed) == 1:
                return timed[0]
        rows = row_name_column(table)   # "Which element has the smallest radius?" of a table of numbers: its key
        return rows if rows is not None or kind != "row" else numbered_key(table)
    if kind == "person":
        return person_column(table)
    if kind == "time":   # not a column that is the same in every row ("When was ... least busy?" of one day's
        for word in TIME_WORDS + ("quarter",):   # hours: `hour`, not `date`; a quarterly table's `Quarter`)
            named = [c for c in range(len(words)) if word in words[c] and c not in given and varies(table, c)]
            if named:
                return named[0]
        return None
    places = [c for c in range(len(words)) if words[c] & (PLACE_WORDS | _AREA_WORDS) and table.types[c] == "text"]
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


# the words of a text column of places that are no PLACE_WORDS elsewhere (a number column headed `Area` is a size):
# "Where was the price per sqft highest?" of a table of Dubai's `area`s
_AREA_WORDS = frozenset("area zone neighbourhood neighborhood suburb locality community territory".split())


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


def counted_rows(question: str, word: str, table: Table) -> bool:
    """Whether a superlative counts rows: "the largest number of machines", where the noun counted names no column
    of the table and is no measure of any (measured_by). No single row has the largest number of machines; a
    count per group is asked. Not "the largest number of wins" of `W`. (The rows' own noun alone, "ran the most
    polls" of a table of polls, declined a right superlative of a fresh held-out set; benchmarks/RESULTS.md.) So do
    "the most"/"the fewest" of a plural that names only text columns or identifiers ("the most stations" of
    `station`, "the most courts" of `Court Name` and `Court ID`)."""
    words = _words(question)
    if word not in words:
        return False
    following = words[words.index(word) + 1:]
    if word in ("most", "fewest") and following and singular(following[0]) != following[0]:
        # "Which event had the most stations recording it?" of a text column `station`: no row has more stations than
        # another; stations are counted per event (not "the most points" of a number column)
        noun = singular(following[0])
        named = [c for c in range(len(table.header)) if naming_score([noun], table, c, question)[0]]
        if named and all(table.types[c] == "text" or is_identifier(table, c) for c in named):
            return True   # (or numbers them: "Which jurisdiction has the most courts?" of `Court ID`, `Court Name`)
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
    if word not in ("most", "fewest") or word not in words:
        return False
    following = words[words.index(word) + 1:]
    plural = next((at for at, w in enumerate(following[:3]) if singular(w) != w), None)
    if plural is None:   # the plural counted, after at most two words that say which ("the most storm records",
        return False     # "the most Homegrown players")
    said = {singular(w) for w in following[:plural + 1]}
    values = [set(map(singular, _words(str(c.value)))) for c in query.conds]
    conds = [c for c, value in zip(query.conds, values) if not value <= said]
    #         (a condition pins the groups down: "In 1961, which day had the most accidents?" is a row; one said
    #         inside the plural only says which rows are counted: `roster_designation = 'Homegrown Player'`)
    extreme = query.agg in (MAX, MIN) and not conds and query.order is None
    ordered = query.agg == 0 and query.order is not None and query.order.column != query.sel and not conds
    if not (extreme or ordered) or not is_category(table, query.sel) or _names_each_row(table, query.sel, query.conds):
        return False   # (the rows a condition keeps have one each: "Which region had the most expensive organic
        #                avocados?" of a region's conventional and organic rows is a row, ranked)
    asked = asked_for(question)
    if asked is None or asked[0] != "row" or not _names([singular(w) for w in asked[1]], table, query.sel, question):
        return False
    noun = singular(following[plural])
    held = set().union(*values)
    modifiers = [w for w in following[:plural] if singular(w) not in held]   # "the most casual riders" of `casual`
    numbers = [c for c, kind in enumerate(table.types) if kind == "real"]
    return not any(_is_measure(w, noun) for c in numbers for w in header_word_sets([table.header[c]])[0]) and all(
        naming_score([noun], table, c, question)[0] == 0 and (
            not modifiers or naming_score(modifiers, table, c, question)[0] == 0) for c in range(len(table.header)))


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
