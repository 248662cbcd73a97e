"""A header's words and the question's words they are read against: plain_header, readable_header, is_row_names,
a common prefix of headers and the stem after it (common_prefix, header_stem),
numbers_units, spellings (american_spelling, spelled_as_headers), years (YEAR, year_of, years_named), the word tables
the readings share (stop words, asking words, months, number and ordinal words), singular, bundled_vocabulary,
counted_noun, glued_to_a_unit, and rows a question names by a noun or a number (asks_rows_by_noun, numbered_row_nouns).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Sequence

from bert.checkpoints import CheckpointError, resolve_model_dir
from wikisql.schema import Table

# ----------------------------------------------------------------------------
# sequences

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z]{2})(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})|(?<=[a-z]{3})(?=[0-9])")
# what spreadsheets and data frames call the column that names the rows when it has no header of its own
ROW_NAME_HEADERS = {"", "rownames", "row.names", "row names", "unnamed: 0"}


# Headers of a number column that numbers what a study observes: "Which student ...?" of `OBS` 1 to 32
UNIT_HEADERS = frozenset("obs observation individual subject respondent participant case unit".split())


@functools.lru_cache(maxsize=65536, typed=True)   # (read for every header of every question, many times)
def plain_header(header: object) -> str:
    """`header` lower-cased with its spaces collapsed, as the header lists here (ROW_NAME_HEADERS, NAME_HEADERS ...)
    are written: `Row  Names` -> `row names`."""
    return " ".join(str(header).split()).lower()


def is_row_names(header: object) -> bool:
    """Whether `header` is the header of a data frame's row-name column (ROW_NAME_HEADERS), spaces and case aside."""
    return plain_header(header) in ROW_NAME_HEADERS


def numbers_units(header: object) -> bool:
    """Whether `header` says its column numbers the units a study observes (UNIT_HEADERS: `OBS`, `individual`)."""
    return plain_header(header) in UNIT_HEADERS


_JOINERS = re.compile(r"_+|(?<=[A-Za-z]{2})\.(?=[A-Za-z]{2})")


def common_prefix(headers: Sequence[object]) -> str:
    """The first word (before `_` or `.`) that two thirds of the headers start with, lower-cased (`fd` of a feed
    library's `Fd_NDF`, `Fd_CP`, `Fd_Ca`, ...), else ""."""
    return _common_prefix(tuple(str(header) for header in headers))


@functools.lru_cache(maxsize=4096)   # (asked for every question of a table, many times)
def _common_prefix(headers: tuple[str, ...]) -> str:
    firsts = [re.split(r"[_.]", header.strip(), maxsplit=1)[0].lower() for header in headers
              if re.search(r"[_.]", header)]
    first = max(sorted(set(firsts)), key=firsts.count) if firsts else ""
    return first if first and 3 * firsts.count(first) >= 2 * len(headers) else ""


def header_stem(header: object, prefix: str) -> str:
    """A header without the table's common prefix and its separator (`NDF` of `Fd_NDF`), "" where it has none."""
    start = re.match(rf"{re.escape(prefix)}[_.]", str(header).strip(), re.IGNORECASE) if prefix else None
    return str(header).strip()[start.end():] if start else ""


@functools.lru_cache(maxsize=65536, typed=True)   # (read for every header of every question, many times)
def readable_header(header: str) -> str:
    """The header as words, the way WikiSQL's headers are written: `home_goals`, `HomeGoals`,
    `homeGoals` -> `home Goals`/`Home Goals`; `MPG.city` -> `MPG city`; `ALPSeats` -> `ALP Seats`;
    `Winners1990` -> `Winners 1990`. Spaces, units in parentheses, `No.` and `U.S.` are kept; the
    uncased tokenizer takes care of letter case. A blank header or the row-name column of a data
    frame export (`rownames`, `Unnamed: 0`) reads `name`. The model reads every header through
    this, in training and in prediction, so a code-like header costs what its words cost."""
    if is_row_names(header):
        return "name"
    text = _JOINERS.sub(" ", header)
    text = _CAMEL_BOUNDARY.sub(" ", text)
    return " ".join(text.split())


# British spellings whose American ones no suffix rule gives (and the reverse, through american_spelling)
_SPELLINGS = {"grey": "gray", "tyre": "tire", "tyres": "tires", "programme": "program", "programmes": "programs",
              "catalogue": "catalog", "aluminium": "aluminum", "mould": "mold", "jewellery": "jewelry",
              "sulphur": "sulfur", "kerb": "curb", "plough": "plow", "aeroplane": "airplane", "aeroplanes": "airplanes"}
_BRITISH_SUFFIXES = (
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),   # colour, favourite, flavoured
    (re.compile(r"(?<=[a-z]{2})tre(s)?$"), r"ter\1"),   # centre, metres, litre, theatre
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),   # organisation, realised
    (re.compile(r"(?<=[a-z]{2})ys(e|es|ed|ing)$"), r"yz\1"),   # analyse
    (re.compile(r"(?<=[a-z]{3})ence$"), "ense"),   # defence, licence
    (re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),   # travelled, modelling, traveller
)


def american_spelling(word: str) -> str:
    """A lower-case word in its American spelling, roughly (colour -> color, centre -> center, analyse -> analyze,
    travelled -> traveled, grey -> gray); an American or any other word as it is, or as roughly the same. Two
    words of one spelling pair read the same."""
    word = _SPELLINGS.get(word, word)
    for pattern, replacement in _BRITISH_SUFFIXES:
        word = pattern.sub(replacement, word)
    return word


def spelled_as_headers(question: str, table: Table) -> str:
    """The question with each word the table's headers spell the other way (British or American) written as
    they do: "What colours ...?" of a `color` column reads "What colors ...?", "the centre" of `Center` "the
    center", so that the model and the rules read the header's word. A word a header or a text cell writes as the
    question does is kept."""
    spelled = {}   # American singular -> the header's words of that spelling, singular
    for name in table.header:
        for word in re.findall(r"[a-z]+", readable_header(str(name)).lower()):
            spelled.setdefault(american_spelling(singular(word)), set()).add(singular(word))
    changes = {}
    for word in set(re.findall(r"[A-Za-z]+", question)):
        lower = word.lower()
        forms = spelled.get(american_spelling(singular(lower)), set())
        if len(forms) != 1 or singular(lower) in forms:
            continue
        form = next(iter(forms))   # the header's spelling: American, or British ("colour" of a `Colour` column)
        changes[word] = american_spelling(lower) if american_spelling(form) == form else form + lower[len(
            singular(lower)):]
    if not changes:
        return question
    cells = {w for c, kind in enumerate(table.types) if kind == "text" for cell in table.cells(c, lower=True)
             for w in re.findall(r"[a-z]+", cell)}
    for word, form in changes.items():
        if word.lower() in cells:
            continue   # "Colour TV" a cell says: a value as the table writes it
        form = form.capitalize() if word[:1].isupper() else form
        question = re.sub(rf"\b{word}\b", form, question)
    return question


_YEARS_HEADERS = frozenset({"time", "date", "period"})   # headers of a column of years that do not say "year"


def years_named(table: Table) -> Table:
    """`table` with its row-name column (ROW_NAME_HEADERS), or its one column headed `time`, `date` or `period`,
    headed `year` when every cell of it is a year (1600-2099) and no other header says "year": R's time series keep
    their years as row names (`WorldPhones`), which readable_header would read "name", and a climate series its years
    under `Time` (HadCRUT5), which "Which year ...?" does not name. Queries are by column number, so they hold for
    both tables."""
    def years(column: int) -> bool:
        cells = table.cells(column)
        return len(cells) >= 2 and all(re.fullmatch(r"(?:1[6-9]|20)\d\d(?:\.0)?", cell) for cell in cells)
    if any("year" in readable_header(str(h)).lower() for h in table.header):
        return table
    named = [c for c, h in enumerate(table.header) if is_row_names(h) and years(c)] or [
        c for c, h in enumerate(table.header) if plain_header(h) in _YEARS_HEADERS and years(c)]
    if len(named) != 1:
        return table
    return dataclasses.replace(table, header=[("year" if c == named[0] else h) for c, h in enumerate(table.header)])


def asks_rows_by_noun(question: str) -> bool:
    """Whether a question names its rows by a noun that is no time ("Which patient ...?", "patient 1800"): then a
    data frame's row numbers that fall in 1600-2099 number those rows and are no years (years_named does not hold)."""
    asked = _ASKED_NOUN.match(question)
    nouns = [asked[1]] if asked and asked[0].split()[0].lower() == "which" and not YEAR.search(question) else []
    #        (not "How many calls ...", nor "Which country had the most phones in 1951?" of rows of years)
    nouns = [noun.lower() for noun in nouns if noun.lower() not in _NO_ROW_NOUNS] + numbered_row_nouns(question)
    return any(singular(noun) not in _TIME_NOUNS for noun in nouns)


def numbered_row_nouns(question: str, names: bool = True) -> list[str]:
    """The nouns a question names rows with by their numbers, lower-cased: "firm" of "Which state is firm 12 in?",
    "patient" of "for patient number 589" (not "over 30", "the top 5": _NO_ROW_NOUNS). `names=False`: not a
    capitalised word after the question's start ("on the Big 5")."""
    return [m[1].lower() for m in _NUMBERED_ROW.finditer(question) if m[1].lower() not in _NO_ROW_NOUNS
            and (names or m.start(1) == 0 or m[1].islower())]


_TIME_NOUNS = frozenset("year season month day date time period decade century week quarter".split())


# Abbreviated header words read through the question (abbreviation_reading).
_STOPWORDS = frozenset("""a an the of in on at to for by from with and or but as is are was were be been
    what which who whom whose when where how why that this these those there than then it its did does do has
    have had not no each every all any""".split())
_VOWELS = frozenset("aeiou")
_ONE_LETTER_CODES = {"w": ("wins", "win", "won"), "l": ("losses", "loss", "lost"), "d": ("draws", "draw", "drawn"),
                     "t": ("ties", "tie", "tied"), "g": ("goals", "goal", "games", "game"),
                     "a": ("assists", "assist", "against"), "p": ("played",)}
# (not `#` "number" nor `%` "percentage": on dev they changed 15 predictions, LF -1)
# Words that ask rather than name a column: not what a one-letter header of a table of letters stands for.
_ASKING_WORDS = frozenset("""average mean total number many much highest lowest largest smallest greatest most least
    maximum minimum sum count give list show tell name find best worst first last""".split())
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)   # `1st leg`: "st" is no code
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTH_ABBREVIATIONS = {name[:3]: name for name in MONTH_NAMES} | {"sept": "september"}   # `AUG`, `Sept`
_AUXILIARIES = frozenset("is are was were be been being did does do has have had will would can could".split())


# What a question asks for, as the row-name column's reading: "Which car ...", "How many cars ...". A data
# frame's row names (`rownames`, read "name") are the things its rows are about, which a header never says.
# After "Which", also a column headed `name`, `title` or `id` ("Which film ...?" asks for a title); not after
# "What" ("What day ...?" asks for no row), nor "How many" (COUNT counts rows whichever column it counts).
NAME_HEADERS = frozenset({"name", "title", "id", "entity"})   # `Entity`: Our World in Data's countries
_ASKED_NOUN = re.compile(r"\s*(?:which|what|how\s+many)\s+([a-z]+)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=65536, typed=True)   # (read for every header of every question, many times)
def singular(word: str) -> str:
    """A lower-case English plural's singular, roughly: "companies" -> "company", "goals" -> "goal"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.cache
def bundled_vocabulary() -> frozenset[str]:
    """The whole words of the bundled backbone's WordPiece vocabulary (empty when it is not installed): the
    words a header reading never cuts into two glued codes when no tokenizer is given, so that the rules
    (declining, superlatives, decoding) read `region` as the model does, not as "rate graduation"."""
    try:
        path = resolve_model_dir("minilm-l6") / "vocab.txt"
        with open(path, encoding="utf-8") as lines:
            return frozenset(word for word in (line.strip() for line in lines) if word.isalpha())
    except (CheckpointError, OSError):
        return frozenset()


_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_AMOUNT_WORDS = frozenset("""above below over under more less fewer greater exceeds exceed exceeding about around
    nearly almost only just exactly top after before since until""".split())   # "is above 3000": an amount, no row
_NO_ROW_NOUNS = _STOPWORDS | _AUXILIARIES | _ASKING_WORDS | _AMOUNT_WORDS | _COUNT_WORDS   # before a number, no row's
# A row a question names by its number, as people name a data frame's rows: "student 69 ...", "in state 11", "for
# patient number 589" (a noun at the start or after a preposition or verb, then a whole number)
_NUMBERED_ROW = re.compile(r"(?:^|\b(?:in|for|of|at|by|from|to|on|did|does|do|was|is|had|has)\s+(?:the\s+)?)"
                           r"([a-z]{3,})\s+(?:(?:number|no\.?|#)\s*)?\d+\b(?![.,]\d)", re.IGNORECASE)


# counts said as words or digits ("the three tallest", "top 5"; "the two-letter code")
TIME_WORDS = ("date", "year", "season", "month", "day", "time", "week", "period", "hour")   # "when": in this preference
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}


YEAR = re.compile(r"(?<![\d.,])((?:1[6-9]|20)\d\d)(?!\d|[.,]\d)")   # 1600-2099, not inside a number


def year_of(header: str) -> str | None:
    """The year a header is written with, four digits or two glued to a word (`X1972`, `Pop1831`, `hits86`)."""
    four = YEAR.search(header)
    if four:
        return four[1]
    two = re.fullmatch(r"[A-Za-z_.]+[ _.]?(\d\d)", header.strip())
    return two[1] if two else None


_COUNT_PREFIX = re.compile(r"(?:num|nb|no|n)([a-z]{3,})")


def counted_noun(header_word: str) -> str | None:
    """The noun a header word counts when it is a count's prefix glued to that noun and no word itself (`nfirm`
    "firm", `nkids` "kid", `numstudents` "student"; not `north`, `none`, `nation`): singular, else None."""
    word = header_word.lower()
    counted = _COUNT_PREFIX.fullmatch(word)
    if counted is None or word in bundled_vocabulary() or counted[1] not in bundled_vocabulary() | {
            singular(counted[1])} or singular(counted[1]) not in bundled_vocabulary():
        return None
    return singular(counted[1])


# a unit glued after a header's word: `Agemos` (age, months), `agedays`, `wtkg`
GLUED_UNITS = frozenset("mos mons months yrs years days kg cm mm km pct".split())


def glued_to_a_unit(noun: str, word: str) -> bool:
    """Whether a header word is `noun` with a unit glued after it (GLUED_UNITS): "age" of `Agemos`, `agedays`."""
    return len(noun) >= 3 and word.startswith(noun) and word[len(noun):] in GLUED_UNITS
