"""Turning a WikiSQL example into one BERT input, and gold queries into training labels.

One sequence per example (question and every header together, as X-SQL / HydraNet-in-one):

    [CLS] question [SEP] header 1 [SEP] header 2 [SEP] ... header C [SEP]
    segment 0 ......... | segment 1 ..................................

With `column_types=True` each header is preceded by its type word (`text` / `real`).
Character offsets of the question's wordpieces come from `bert.tokenization`, so a predicted
token span maps back to the exact substring of the original question.

Labels follow the per-column decomposition of the model (wikisql/model.py): select column,
aggregation, number of conditions, and for each column whether it carries a condition, its
operator and the token span of its value in the question.
"""
from __future__ import annotations

import collections
import dataclasses
import functools
import os
import re
from typing import Callable, Collection, Iterable, Sequence

from bert.checkpoints import CheckpointError, resolve_model_dir
from bert.tokenization import BertTokenizer, Token
from wikisql.content import ContentMatcher
from wikisql.query import Query
from wikisql.schema import Example, Table

MAX_CONDITIONS = 4  # WikiSQL has 0..4 conditions per query
ORDER_NONE, ORDER_ASC, ORDER_DESC = range(3)   # the ordering head's classes
IGNORE_INDEX = -100  # a label that is not trained (cross-entropy's ignore_index)
MAX_CACHED_HEADERS = 100_000  # header wordpieces kept by an Encoder (a service sees ever new headers)


class EncodingError(ValueError):
    """An example that cannot be encoded at all (e.g. max_seq_length below 2 tokens per column)."""


@dataclasses.dataclass
class Labels:
    sel: int
    agg: int
    num_conds: int  # number of distinct condition columns, 0..MAX_CONDITIONS
    cond_columns: list[int]  # distinct, in the gold order
    cond_ops: list[int]  # one per cond column
    value_spans: list[tuple[int, int] | None]  # (start, end) question-token indices, inclusive; None: not located
    duplicate_columns: bool = False  # the gold query uses one column twice (not representable per column)
    order: int = 0  # ORDER_NONE, ORDER_ASC or ORDER_DESC (our extension of the grammar)
    order_column: int = IGNORE_INDEX  # the column ordered by, when there is an ordering
    order_limit: int = 1  # rows kept by the ordering (1..MAX_ORDER_LIMIT)
    answerable: bool = True  # False: no query of the grammar answers the question (only `answerable` is trained)

    @property
    def values_located(self) -> bool:
        return all(span is not None for span in self.value_spans)


@dataclasses.dataclass
class EncodedExample:
    input_ids: list[int]
    token_type_ids: list[int]
    question: str
    question_tokens: list[Token]  # with character offsets into `question`
    question_start: int  # position of the first question wordpiece in input_ids (1, after [CLS])
    num_question_tokens: int  # question wordpieces kept (all of them unless truncated)
    header_spans: list[tuple[int, int]]  # per column: [start, end) positions of its wordpieces in input_ids
    column_types: list[str]
    truncated: bool  # some header (or the question) lost wordpieces to fit max_seq_length
    labels: Labels | None = None
    example_index: int = -1  # position in the list it was encoded from
    # table content (Encoder(content=True)): per column, inclusive question-token spans that are its cells
    content_spans: list[list[tuple[int, int]]] | None = None
    table_has_rows: bool = True  # False: cells unknown (e.g. recon's headers-only tables), not "no match"
    header: list[str] = dataclasses.field(default_factory=list)   # the column names as the table writes them

    @property
    def num_columns(self) -> int:
        return len(self.header_spans)

    def span_text(self, start: int, end: int) -> str:
        """Question substring covered by question tokens start..end (inclusive), original spelling."""
        return self.question[self.question_tokens[start].start:self.question_tokens[end].end]


# ----------------------------------------------------------------------------
# value matching


_NUMBER_WITH_TRAILING_ZERO = re.compile(r"^-?\d+\.0+$")


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-cased `text` without whitespace and without thousands commas (`1,000` -> `1000`).

    Returns the normalised string and, for each of its characters, the index of the original
    character it came from. Dropping whitespace makes `( ks )` match `(ks)` and `u.s .` match
    `u.s.`; alignment with wordpiece boundaries (see locate_value) keeps it from matching
    inside words.
    """
    chars, positions = [], []
    for index, char in enumerate(text):
        if char.isspace():
            continue
        if char == "," and 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit():
            continue
        lowered = char.lower()
        chars.append(lowered if len(lowered) == 1 else char)
        positions.append(index)
    return "".join(chars), positions


def value_variants(value: object) -> list[str]:
    """Spellings of a gold value to look for: as written, then without a trailing `.0`."""
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value)
    variants = [text]
    if _NUMBER_WITH_TRAILING_ZERO.match(text.strip()):
        variants.append(text.strip().split(".")[0])
    return variants


def locate_value(question: str, tokens: Sequence[Token], value: object) -> tuple[int, int] | None:
    """Inclusive (start, end) question-token span whose text matches `value` once normalised.

    Prefers a match that starts and ends on wordpiece boundaries; falls back to the tokens
    covering a match that cuts through a wordpiece. None when the value does not occur.
    """
    normalized_question, positions = normalize_with_map(question)
    token_starts = {token.start: i for i, token in enumerate(tokens)}
    token_ends = {token.end: i for i, token in enumerate(tokens)}
    fallback = None
    for variant in value_variants(value):
        normalized_value, _ = normalize_with_map(variant)
        if not normalized_value:
            continue
        found = normalized_question.find(normalized_value)
        while found != -1:
            char_start = positions[found]
            char_end = positions[found + len(normalized_value) - 1] + 1
            if char_start in token_starts and char_end in token_ends:
                return token_starts[char_start], token_ends[char_end]
            if fallback is None:
                covering = [i for i, token in enumerate(tokens) if token.end > char_start and token.start < char_end]
                if covering:
                    fallback = (covering[0], covering[-1])
            found = normalized_question.find(normalized_value, found + 1)
    return fallback


def unanswerable_labels() -> Labels:
    """Labels of a question no query of the grammar answers: only the answerable head learns from it."""
    return Labels(sel=IGNORE_INDEX, agg=IGNORE_INDEX, num_conds=IGNORE_INDEX, cond_columns=[],
                  cond_ops=[], value_spans=[], order=IGNORE_INDEX, answerable=False)


def make_labels(query: Query, question: str, question_tokens: Sequence[Token]) -> Labels:
    columns, ops, spans, duplicate = [], [], [], False
    for condition in query.conds:
        if condition.column in columns:
            duplicate = True  # one prediction per column: the first condition on a column wins
            continue
        columns.append(condition.column)
        ops.append(condition.operator)
        spans.append(locate_value(question, question_tokens, condition.value))
    labels = Labels(sel=query.sel, agg=query.agg, num_conds=len(columns), cond_columns=columns,
                    cond_ops=ops, value_spans=spans, duplicate_columns=duplicate)
    if query.order is not None:
        labels.order = ORDER_DESC if query.order.descending else ORDER_ASC
        labels.order_column, labels.order_limit = query.order.column, query.order.limit
    return labels


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


# Codes that tables of a field write for what their readers call otherwise, which no rule of _reading finds from
# the letters: the code (the whole header, lower-cased, letters and digits only; R writes `2B` as `X2b`) -> the words
# a question says for it, each a phrase. Only standard codes of statistics tables: baseball and basketball box
# scores, football league tables, economic and demographic series, weather records, car data sets.
_FIELD_CODES = {
    # baseball (batting, pitching, fielding)
    "ab": ("at bats", "at bat"), "h": ("hits",), "x2b": ("doubles",), "2b": ("doubles",), "x3b": ("triples",),
    "3b": ("triples",), "hr": ("home runs", "homers", "homeruns", "heart rate"),
    "rbi": ("runs batted in", "rbis", "driven in", "drove in"), "sb": ("stolen bases", "steals", "stole"),
    "cs": ("caught stealing",), "bb": ("walks", "bases on balls", "walked"), "so": ("strikeouts", "struck out"),
    "ibb": ("intentional walks",), "hbp": ("hit by pitch", "hit by pitches", "hit by a pitch"),
    "sh": ("sacrifice hits", "sacrifice bunts", "sacrifices"), "sf": ("sacrifice flies",),
    "gidp": ("double plays",), "era": ("earned run average",), "ip": ("innings pitched", "innings"),
    "ipouts": ("outs pitched",), "sv": ("saves",), "er": ("earned runs",), "gs": ("games started",),
    "cg": ("complete games",), "sho": ("shutouts",), "wp": ("wild pitches",), "bk": ("balks",),
    "bfp": ("batters faced",), "po": ("putouts",), "e": ("errors",),
    # basketball, hockey, cricket
    "pts": ("points",), "reb": ("rebounds",), "trb": ("rebounds",), "orb": ("offensive rebounds",),
    "drb": ("defensive rebounds",), "ast": ("assists", "away shots on target"), "stl": ("steals",), "blk": ("blocks",),
    "tov": ("turnovers",), "pf": ("fouls", "personal fouls"), "fg": ("field goals",), "fga": ("field goal attempts",),
    "ft": ("free throws",), "fta": ("free throw attempts",), "x3p": ("three pointers", "three-pointers", "threes"),
    "3p": ("three pointers", "three-pointers", "threes"), "pim": ("penalty minutes",), "ppg": ("power play goals",),
    "gwg": ("game winning goals", "game-winning goals"), "sog": ("shots on goal",), "wkts": ("wickets",),
    "inns": ("innings",), "econ": ("economy rate", "economy"), "hs": ("highest score", "top score", "home shots"),
    # football matches and league tables
    "gf": ("goals for", "goals scored"), "ga": ("goals against", "goals conceded"), "gd": ("goal difference",),
    "hg": ("home goals",), "ag": ("away goals",), "fthg": ("home goals",), "ftag": ("away goals",),
    "hst": ("home shots on target",), "hc": ("home corners",),
    "ac": ("away corners",), "hy": ("home yellow cards",), "ay": ("away yellow cards",),
    # economic and financial series
    "cpi": ("consumer price index", "consumer prices", "inflation"),
    "pce": ("consumer spending", "personal consumption", "spending"),
    "psavert": ("savings rate", "saving rate", "savings"),
    "unemploy": ("unemployed", "unemployment", "out of work", "jobless"), "unemp": ("unemployment", "jobless"),
    "unrate": ("unemployment rate", "unemployment", "jobless rate"),
    "uempmed": ("median unemployment duration", "unemployment duration", "weeks unemployed"),
    "gnp": ("gross national product",), "rgdp": ("real gdp",), "inf": ("inflation",), "ir": ("interest rate",),
    "m1": ("money supply",), "eps": ("earnings per share",), "pe": ("price to earnings", "price-earnings"),
    "mktcap": ("market capitalization", "market capitalisation", "market cap", "market value"),
    "vol": ("volume", "trading volume"), "div": ("dividend", "dividends"), "roe": ("return on equity",),
    "rev": ("revenue", "revenues", "sales"),
    "symbol": ("ticker", "ticker symbol"), "stocksymbol": ("ticker", "ticker symbol", "stock ticker"),
    # demography and health
    "tfr": ("total fertility rate", "fertility rate", "fertility", "children per woman"),
    "imr": ("infant mortality",), "cbr": ("birth rate",), "cdr": ("death rate",), "le": ("life expectancy",),
    "lifeexp": ("life expectancy",), "gdppercap": ("gdp per capita",), "pop": ("population", "people", "inhabitants"),
    "bmi": ("body mass index",), "sbp": ("systolic blood pressure", "systolic"),
    "dbp": ("diastolic blood pressure", "diastolic"), "bp": ("blood pressure",), "chol": ("cholesterol",),
    "glu": ("glucose", "blood sugar"), "ht": ("height",), "trt": ("treatment",),
    # weather records
    "prcp": ("precipitation", "rain", "rainfall"), "precip": ("precipitation", "rain", "rainfall"),
    "tmax": ("high temperature", "highest temperature", "daily high"),
    "tmin": ("low temperature", "lowest temperature", "overnight low"), "tavg": ("average temperature",),
    "wspd": ("wind speed", "wind"), "awnd": ("wind speed", "wind"), "snwd": ("snow depth",),
    "rh": ("relative humidity", "humidity"),
    "mslp": ("mean sea level pressure", "sea level pressure", "central pressure", "pressure"),
    "slp": ("sea level pressure", "pressure"),
    "vmax": ("maximum sustained wind", "maximum wind speed", "max wind", "wind speed", "winds", "wind"),
    "elev": ("elevation", "altitude"), "alt": ("altitude", "elevation", "above sea level"),
    # cars and housing
    "mpg": ("miles per gallon", "fuel economy", "gas mileage", "mileage", "fuel efficiency"),
    "hp": ("horsepower", "power"),
    "disp": ("displacement", "engine size"), "displ": ("displacement", "engine size", "engine"),
    "cty": ("city mileage", "city mpg", "in town"), "hwy": ("highway mileage", "highway mpg", "on the highway"),
    "qsec": ("quarter mile", "quarter-mile"), "drat": ("rear axle ratio", "axle ratio"),
    "carb": ("carburetors", "carburettors"),
    "am": ("transmission",), "trks": ("trucks",), "crim": ("crime rate", "crime"), "rm": ("rooms",),
    "msrp": ("retail price", "sticker price", "list price", "price"),
    "ptratio": ("pupil-teacher ratio", "pupil teacher ratio", "pupils per teacher"),
    "lstat": ("lower status",),
    "medv": ("median home value", "median house value", "median value", "home value", "house value"),
    "nox": ("nitric oxides", "nitrogen oxides"),
}


# Chemical elements by symbol, as tables of compositions head their columns (`Al`, `Fe`, `K` of pottery, glass, soil
# and water samples): the symbol, written as chemistry writes it (case counts: `Co` cobalt, `CO` no element) -> the
# element's names.
_ELEMENT_SYMBOLS = {
    "H": ("hydrogen",), "He": ("helium",), "Li": ("lithium",), "Be": ("beryllium",), "B": ("boron",),
    "C": ("carbon",), "N": ("nitrogen",), "O": ("oxygen",), "F": ("fluorine",), "Ne": ("neon",), "Na": ("sodium",),
    "Mg": ("magnesium",), "Al": ("aluminium", "aluminum"), "Si": ("silicon",), "P": ("phosphorus",),
    "S": ("sulphur", "sulfur"), "Cl": ("chlorine",), "Ar": ("argon",), "K": ("potassium",), "Ca": ("calcium",),
    "Sc": ("scandium",), "Ti": ("titanium",), "V": ("vanadium",), "Cr": ("chromium",), "Mn": ("manganese",),
    "Fe": ("iron",), "Co": ("cobalt",), "Ni": ("nickel",), "Cu": ("copper",), "Zn": ("zinc",), "Ga": ("gallium",),
    "Ge": ("germanium",), "As": ("arsenic",), "Se": ("selenium",), "Br": ("bromine",), "Kr": ("krypton",),
    "Rb": ("rubidium",), "Sr": ("strontium",), "Y": ("yttrium",), "Zr": ("zirconium",), "Nb": ("niobium",),
    "Mo": ("molybdenum",), "Ag": ("silver",), "Cd": ("cadmium",), "Sn": ("tin",), "Sb": ("antimony",),
    "I": ("iodine",), "Cs": ("caesium", "cesium"), "Ba": ("barium",), "La": ("lanthanum",), "Ce": ("cerium",),
    "Nd": ("neodymium",), "W": ("tungsten",), "Pt": ("platinum",), "Au": ("gold",), "Hg": ("mercury",),
    "Pb": ("lead",), "Bi": ("bismuth",), "Th": ("thorium",), "U": ("uranium",),
}


# Thermodynamic quantities by symbol, as tables of substances head them (`H`, `G`, `S` of formation): the symbol ->
# what a question says for it. Read so only where `H`, `G` and `S` all head columns (a baseball table's `G` and `H` are
# games and hits; `S` alone, sulfur).
_THERMODYNAMIC_SYMBOLS = {"H": ("enthalpy", "heat of formation"), "G": ("gibbs energy", "free energy", "gibbs"),
                          "S": ("entropy",), "Cp": ("heat capacity",)}


def thermodynamic_readings(headers: Sequence[str], question_words: Sequence[str]) -> list[str | None] | None:
    """What the question says for each header that is a thermodynamic symbol (_THERMODYNAMIC_SYMBOLS; `ΔH`, `ΔGf`
    as `H`, `G`) in a table that heads columns `H`, `G` and `S`, "" for such a header it says nothing of; None for
    a table without all three."""
    symbols = [re.sub(r"^[Δ∆d]?([A-Z][a-z]?)(?:f|°|\(f\))?$", r"\1", str(header).strip()) for header in headers]
    if not {"H", "G", "S"} <= set(symbols):
        return None
    said = " ".join(question_words)
    return [next((phrase for phrase in _THERMODYNAMIC_SYMBOLS[symbol] if re.search(rf"\b{phrase}\b", said)), "")
            if symbol in _THERMODYNAMIC_SYMBOLS else None for symbol in symbols]


# The symbols of a steam table (saturated water and steam by temperature or pressure: `T`, `P`, `vL`, `uV`, `hL`,
# `sV`, `Dh`) and of a table of steel sections (`d`, `bf`, `tf`, `tw`, `A`, `J`, `Ix`), and the words a question says
# for them; a table is read so only when it heads enough of its family's symbols (_SYMBOL_FAMILIES).
_STEAM_BASES = {"v": r"(?:specific )?volume", "u": r"internal energy", "h": r"enthalpy|heat", "s": r"entropy"}
_STEAM_PHASES = {"L": r"liquid|water", "f": r"liquid|water", "V": r"vapou?r|steam|gas", "g": r"vapou?r|steam|gas",
                 "D": r"latent|evaporation|vapou?ri[sz]ation|difference|change"}
_SECTION_SYMBOLS = {"d": r"depth|deep|deeper", "bf": r"flanges? (?:width|wide|wider)|(?:wide|wider) flanges?|"
                    r"flange width", "tf": r"flanges? (?:thickness|thick|thicker)|(?:thick|thicker) flanges?|"
                    r"flange thickness", "tw": r"web thickness|web", "A": r"(?:cross[- ]sectional )?areas?",
                    "J": r"torsion(?:al)? constant|torsion", "Ix": r"strong[- ]axis", "Iy": r"weak[- ]axis",
                    "m": r"mass|weight|weighs?"}


def symbol_family_readings(headers: Sequence[str], question_words: Sequence[str]) -> list[str | None] | None:
    """What the question says for each header of a steam table (`T` "temperature", `P` "pressure", `vV` "specific
    volume vapour", `hL` "enthalpy liquid", `Dh` "latent heat") or of a table of steel sections (`d` "depth", `bf`
    "flange width", `tw` "web thickness", `A` "area"), "" for such a header it says nothing of; None for a table that
    is neither: a steam table heads `T`, `P` and three of `v`, `u`, `h`, `s` with a phase, a table of sections `d`,
    `bf`, `tf` and `tw`. A phase (`L` liquid, `V` vapour, `D` the change between them) is read only where the question
    says it, and a bare base only where it says no phase."""
    plain = [str(header).strip() for header in headers]
    said = " ".join(question_words)
    def says(pattern: str) -> str:
        found = re.search(rf"\b(?:{pattern})\b", said)
        return found[0] if found else ""
    steam = [re.fullmatch(r"([DΔ∆])?([vuhs])([LVfg])?", header) for header in plain]
    if {"T", "P"} <= set(plain) and sum(1 for match in steam if match and (match[1] or match[3])) >= 3:
        phases = {phase: says(pattern) for phase, pattern in _STEAM_PHASES.items()}
        readings: list[str | None] = []
        for header, match in zip(plain, steam):
            if header in ("T", "P"):
                readings.append(says("temperature|degrees" if header == "T" else "pressure|mpa|kpa|bar|psi"))
            elif match:
                phase = "D" if match[1] else match[3]
                base = says(_STEAM_BASES[match[2]])
                other = any(word for key, word in phases.items() if key != phase and _STEAM_PHASES[key] !=
                            _STEAM_PHASES.get(phase or "", ""))
                readings.append(f"{base} {phases[phase]}" if base and phase and phases[phase] else
                                base if base and not phase and not other else "")
            else:
                readings.append(None)
        return readings
    if {"d", "bf", "tf", "tw"} <= set(plain):
        return [says(_SECTION_SYMBOLS[header]) if header in _SECTION_SYMBOLS else None for header in plain]
    return None


# Formulas of the ions and molecules that environmental and chemical tables head their columns with (`NH4.mg.per.L`,
# `NO3`, `SO2_ppb`, `PM10`), and the names a question says for them.
_COMPOUND_FORMULAS = {
    "NH4": ("ammonium",), "NH3": ("ammonia",), "NO3": ("nitrate",), "NO2": ("nitrogen dioxide", "nitrite"),
    "NO": ("nitric oxide",), "NOx": ("nitrogen oxides",), "SO4": ("sulfate", "sulphate"),
    "SO2": ("sulfur dioxide", "sulphur dioxide"), "PO4": ("phosphate",), "CO2": ("carbon dioxide",),
    "O3": ("ozone",), "CH4": ("methane",), "N2O": ("nitrous oxide",), "HCO3": ("bicarbonate",),
    "CO3": ("carbonate",), "H2S": ("hydrogen sulfide", "hydrogen sulphide"), "PM10": ("particulate", "particles"),
    "PM25": ("fine particulate", "fine particles"), "PM2.5": ("fine particulate", "fine particles"),
}
_FORMULA = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(sorted(map(re.escape, _COMPOUND_FORMULAS), key=len, reverse=True))
                      + r")(?![A-Za-z0-9])")


def formula_reading(header: str, question_words: Sequence[str]) -> str | None:
    """The name a question says for the formula a header holds (_COMPOUND_FORMULAS): `NH4.mg.per.L` <- "ammonium",
    `SO2_ppb` <- "sulfur dioxide"; None when the question says the formula itself, or no name of it."""
    found = _FORMULA.search(str(header))
    if found is None or found[1].lower().replace(".", "") in question_words:
        return None
    said = " ".join(question_words)
    return next((name for name in _COMPOUND_FORMULAS[found[1]] if re.search(rf"\b{name}s?\b", said)), None)


def field_code_reading(header: str, question_words: Sequence[str], taken: Callable[[str], bool]) -> str | None:
    """The words a question says for a standard code of a field (_FIELD_CODES) or for a chemical element's symbol
    (_ELEMENT_SYMBOLS), as it says them: `bb` <- "walks", `X2b` <- "doubles", `tfr` <- "fertility", `hbp` <- "hit
    by pitch", `K` <- "potassium"; none when the question says the code itself or another header has the words
    (`taken`)."""
    code = re.sub(r"[^a-z0-9]", "", str(header).lower())
    if code in question_words:
        return None
    phrases = _FIELD_CODES.get(code, ()) + _ELEMENT_SYMBOLS.get(str(header).strip(), ())
    for phrase in sorted(phrases, key=lambda phrase: -len(phrase.split())):   # the longest said
        wanted = phrase.replace("-", " ").split()
        for start in range(len(question_words) - len(wanted) + 1):
            said = question_words[start:start + len(wanted)]
            if [singular(w) for w in said] == [singular(w) for w in wanted] and not all(map(taken, wanted)):
                return " ".join(said)
    return None


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


def abbreviation_reading(header: str, question: str, other_headers: Sequence[str] = ()) -> str | None:
    """The words a short, code-like header word stands for when the question spells them out, or None:

    - its initials: `GF` <- "goals for", `rbi` <- "runs batted in", `ab` <- "at bats";
    - a prefix of a longer question word, for a word with at most one vowel: `cyl` <- "cylinders",
      `Pos` <- "position";
    - its consonants in order, for a word without vowels: `pts` <- "points", `wt` <- "weight",
      `Yds` <- "yards" (same first and last letter, or last letter then "s"); all of a word's consonants
      after its first letter, for a code that is no vocabulary word: `Scr` <- "score", `Arprt` <- "airport";
    - a cut word written with a full stop, whatever its vowels: `Tot.` <- "total", `Tourn.` <- "tournament";
    - one letter by the conventions of sports tables: `W` <- "wins", `L` <- "losses", `G` <- "goals".

    Never initials with an auxiliary verb (`wt` is no "was tested"). The rules that read headers without a
    tokenizer (declining, superlatives, decoding) use the bundled backbone's vocabulary (bundled_vocabulary).

    Words of 1 to 5 letters (longer ones: a consonant skeleton or two glued codes, `brainwt` "brain weight",
    unless a vocabulary word); a reading that is a word of another header (`other_headers`) is not taken,
    since the question then names that column. These are the ways real tables shorten headers (and the ways
    training tables are shortened, wikisql/augment.py); the model still decides which column the question
    means: the reading is only added to the header it reads."""
    return header_readings([header, *other_headers], question)[0]


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


def header_readings(headers: Sequence[str], question: str, known_word: Callable[[str], bool] | None = None
                    ) -> list[str | None]:
    """abbreviation_reading of every header, each against the others; the question's words and each
    header's words are found once (a table of C columns costs C readings, not C x C). The row-name
    column of a data frame (ROW_NAME_HEADERS) without a reading is read with the noun the question asks
    about ("Which car ...?": `rownames` reads "name car") when no header has that word, and so are the
    columns headed `name`, `title`, `id` or `entity` after "Which" (NAME_HEADERS). `known_word`: the words of the
    model's vocabulary (default: the bundled backbone's, bundled_vocabulary). Remembered for the last
    questions: encoding and decoding read the same question's headers several times."""
    if known_word is None:
        known_word = bundled_vocabulary().__contains__
    return list(_header_readings(tuple(map(str, headers)), question, known_word))


_AGE_SAID = re.compile(r"\b(?:how\s+old|older|younger|oldest|youngest|aged|years?[- ]old)\b",
                       re.IGNORECASE)   # an age, unnamed ("an 18-year-old")


@functools.lru_cache(maxsize=4096)   # (a batch of 64 questions is encoded before any is decoded)
def _header_readings(headers: tuple[str, ...], question: str, known_word: Callable[[str], bool]
                     ) -> tuple[str | None, ...]:
    question_words = re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", question.lower()))   # no "s" of "Kenya's": `sr`
    if _AGE_SAID.search(question) and "age" not in question_words and any("age" in h.lower() for h in headers):
        question_words.append("age")   # "How old was the mother ...?" asks `momage`
    header_words = [re.findall(r"[A-Za-z]+", _ORDINAL.sub(r"\1", readable_header(str(header)))) for header in headers]
    lowered = [{word.lower() for word in words} for words in header_words]
    headers_with = collections.Counter(word for words in lowered for word in words)   # word -> headers holding it

    def other_holds(column: int) -> Callable[..., bool]:   # another header has, or is, these words
        def holds(words: Sequence[str], named_inside: bool = True) -> bool:
            wanted = set(words)
            return any(held and (wanted <= held or (named_inside and held <= wanted))
                       for other, held in enumerate(lowered) if other != column)
        return holds

    dotted = [{word.lower() for word in re.findall(r"([A-Za-z]+)\.", str(header))} for header in headers]   # `Tot.`
    def taken(own: set[str]) -> Callable[[str], bool]:   # another header has the word
        return lambda word: headers_with[word] > (word in own)

    names = {w.lower() for w in re.findall(r"(?<![\w'])[A-Z][a-z]{3,}", question)}   # Miami, Seattle: proper nouns
    one_letter = [str(header).strip().lower() for header in headers if re.fullmatch(r"\s*[A-Za-z]\s*", str(header))]
    letters = len(one_letter) >= 2 and not any(letter in _ONE_LETTER_CODES or letter in _FIELD_CODES
                                               for letter in one_letter)   # not a sports table's `W`, `L`, `H`
    readings = [_reading(words, question_words, taken(own), other_holds(column), known_word, dotted[column], names,
                         letters) for column, (words, own) in enumerate(zip(header_words, lowered))]
    symbols = [str(header).strip() in _ELEMENT_SYMBOLS for header in headers]
    if sum(symbol and len(str(header).strip()) == 2 for symbol, header in zip(symbols, headers)) >= 3:
        # a table of compositions (`Al`, `Fe`, `Mg`, ...): its symbols are elements, not initials (`Si` is no
        # "scaled iron")
        readings = [None if symbol else reading for symbol, reading in zip(symbols, readings)]
    coded = [None if reading else field_code_reading(header, question_words, taken(own))
             for header, own, reading in zip(headers, lowered, readings)]   # a field's code, when its letters read none
    readings = [code or (None if reading in coded else reading)   # (and no other header reads its words: `sb` is no
                for code, reading in zip(coded, readings)]        # "sacrifice bunts" when `sh` is)
    thermodynamic = thermodynamic_readings(headers, question_words)   # `H` "enthalpy", `S` "entropy" (not sulfur)
    if thermodynamic is not None:
        readings = [reading if said is None else (said or None) for reading, said in zip(readings, thermodynamic)]
    family = symbol_family_readings(headers, question_words)   # a steam table's `vV`, a section's `tw`
    if family is not None:
        readings = [reading if said is None else (said or None) for reading, said in zip(readings, family)]
    readings = _qualified_readings(header_words, question_words, readings)   # `bg.no2` "background" beside `no2`
    for column, header in enumerate(headers):   # `NH4.mg.per.L` "ammonium"
        said = formula_reading(header, question_words)
        if said and said not in (readings[column] or ""):
            readings[column] = f"{said} {readings[column]}" if readings[column] else said
    read = {word for reading in readings for word in (reading or "").split()}
    for column, said in enumerate(_family_readings(headers, question_words, readings)):
        if said and said not in read:   # (not a word another header's letters read)
            readings[column] = said
    for column, said in enumerate(numbered_readings(headers, question)):
        if said:
            readings[column] = f"{readings[column]} {said}" if readings[column] else said
    for column, said in enumerate(percentile_readings(headers, question)):
        if said:
            readings[column] = said   # `P97` "percentile" for "the 97th percentile"
    asked = _ASKED_NOUN.match(question)
    noun = asked and asked[1].lower()
    if noun and noun not in _STOPWORDS and not headers_with[noun] and not headers_with[singular(noun)]:
        naming = ROW_NAME_HEADERS | UNIT_HEADERS | (NAME_HEADERS if asked[0].split()[0].lower() == "which" else set())
        plain = [plain_header(header) for header in headers]
        if naming & NAME_HEADERS and any(header in NAME_HEADERS | ROW_NAME_HEADERS for header in plain):
            naming -= UNIT_HEADERS   # "Which GPU ...?": its `name`, not the `unit` count beside it
        if any(header in (NAME_HEADERS - {"id"}) | ROW_NAME_HEADERS for header in plain):
            naming -= {"id"}   # "Which rare commodity ...?": its `name`, not the `id` number beside it
        for column, header in enumerate(plain):
            if readings[column] is None and header in naming:
                readings[column] = noun
    numbered = next((noun for noun in numbered_row_nouns(question, names=False)   # not a name: "on the Big 5"
                     if not headers_with[noun] and not headers_with[singular(noun)]
                     and not any(noun in (reading or "").split() for reading in readings)), None)   # `Expt`
    if numbered:   # "student 69 bfext", "the crime rate in state 11": the row numbers say which student, state
        for column, header in enumerate(headers):
            if readings[column] is None and (is_row_names(header) or numbers_units(header)):
                readings[column] = numbered
    return tuple(readings)


def _qualified_readings(header_words: Sequence[Sequence[str]], question_words: Sequence[str],
                        readings: Sequence[str | None]) -> list[str | None]:
    """`readings` with the word a question says for the short code that qualifies another header's words in a header
    of its own (`bg.no2` beside `no2`, "the background NO2"): the word right before those words that starts with
    the code's first letter and holds its other letters in order, of at least two letters more than the code."""
    readings = list(readings)
    lowered = [[word.lower() for word in words] for words in header_words]
    for column, words in enumerate(lowered):
        if readings[column] is not None or len(words) < 2:
            continue
        for at, code in enumerate(words):
            rest = words[:at] + words[at + 1:]
            if not 2 <= len(code) <= 4 or code in question_words or not any(
                    other == rest for other in lowered if other is not words):
                continue
            for start in range(1, len(question_words) - len(rest) + 1):
                word = question_words[start - 1]
                if (question_words[start:start + len(rest)] == rest and word[0] == code[0]
                        and len(word) >= len(code) + 2 and word not in _STOPWORDS
                        and _is_subsequence(code[1:], word[1:])):
                    readings[column] = word
                    break
    return readings


_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_AMOUNT_WORDS = frozenset("""above below over under more less fewer greater exceeds exceed exceeding about around
    nearly almost only just exactly top after before since until""".split())   # "is above 3000": an amount, no row
_NO_ROW_NOUNS = _STOPWORDS | _AUXILIARIES | _ASKING_WORDS | _AMOUNT_WORDS | _COUNT_WORDS   # before a number, no row's
# A row a question names by its number, as people name a data frame's rows: "student 69 ...", "in state 11", "for
# patient number 589" (a noun at the start or after a preposition or verb, then a whole number)
_NUMBERED_ROW = re.compile(r"(?:^|\b(?:in|for|of|at|by|from|to|on|did|does|do|was|is|had|has)\s+(?:the\s+)?)"
                           r"([a-z]{3,})\s+(?:(?:number|no\.?|#)\s*)?\d+\b(?![.,]\d)", re.IGNORECASE)


def _family_readings(headers: Sequence[str], question_words: Sequence[str], readings: Sequence[str | None]
                     ) -> list[str | None]:
    """How the question says the members of a family of glued codes, headers of one word that start alike (at least
    three of them with the same first two letters or more: `bfagree` `bfcon` `bfext` `bfneur` `bfopen`, `epiImp`
    `epiNeur` `epilie`), for a header without a reading: the question word its rest starts (at least 3 letters, the
    word two longer): "Big 5 neuroticism" for `bfneur`, "impulsivity" for `epiImp`. None for every other header."""
    codes = {column: str(header).strip().lower() for column, header in enumerate(headers)
             if re.fullmatch(r"[A-Za-z]+", str(header).strip()) and readings[column] is None}
    found: list[str | None] = [None] * len(headers)
    for column, code in codes.items():
        stem = max((os.path.commonprefix([code, other]) for o, other in codes.items() if o != column), key=len,
                   default="")
        while len(stem) >= 2 and sum(other.startswith(stem) for other in codes.values()) < 3:
            stem = stem[:-1]
        rest = code[len(stem):]
        if len(stem) < 2 or len(rest) < 3 or rest in question_words:
            continue
        found[column] = next((word for word in question_words if word.startswith(rest) and len(word) >= len(rest) + 2
                              and word not in _STOPWORDS | _ASKING_WORDS), None)
    return found


# counts said as words or digits ("the three tallest", "top 5"; "the two-letter code")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}
_HEADER_NUMBER = re.compile(r"(?<!\d)(?<!\d[.,])(\d{1,2})([a-z]*)(?![\d,]|\.\d)")   # `post.test.3`, `brood1`, `bdi.8m`


_PERCENTILE_HEADER = re.compile(r"(?:p|pct|perc|percentile)[ _.-]?(\d{1,2})", re.IGNORECASE)   # `P97`, `pct_90`


def percentile_readings(headers: Sequence[str], question: str) -> list[str | None]:
    """"percentile" for the header of a family of percentiles (three or more headers `P3` ... `P97`, `pct_90`) whose
    number the question says as a percentile ("the 97th percentile", "percentile 90"); None for every other
    header. A growth chart's `P97` is its 97th percentile, a statistic the table holds."""
    numbers = [match and int(match[1]) for match in (_PERCENTILE_HEADER.fullmatch(str(h).strip()) for h in headers)]
    if sum(number is not None for number in numbers) < 3:
        return [None] * len(headers)
    said = {int(before or after) for before, after in re.findall(
        r"\b(\d{1,2})(?:st|nd|rd|th)?[- ]percentile\b|\bpercentile (\d{1,2})\b", question.lower())}
    return ["percentile" if number is not None and number in said else None for number in numbers]


def numbered_readings(headers: Sequence[str], question: str) -> list[str | None]:
    """How the question says a member of a numbered family of headers (at least two headers alike but for a
    number from 1 to 10: `pretest.1` `pretest.2`, `brood1` to `brood3`, `1st leg` `2nd leg`, `bdi.2m` to
    `bdi.8m`), per header: its ordinal said before or after a word of the family ("the third post-test" for
    `post.test.3`, "first broods" for `brood1`), or its number with the unit its letters start ("8-month scores",
    "8 months" for `bdi.8m`, reading "8 month"). None for every other header: the number alone ("post-test 1")
    is in the header already."""
    numbered = {}   # column -> (number, unit letters, family stem)
    for column, header in enumerate(headers):
        text = _ORDINAL.sub(r"\1", readable_header(str(header)).lower())
        found = [m for m in _HEADER_NUMBER.finditer(text) if 1 <= int(m[1]) <= 10]
        if len(found) == 1:
            m = found[0]
            numbered[column] = (int(m[1]), m[2], text[:m.start()] + "#" + m[2] + text[m.end():])
    families = collections.defaultdict(set)
    for number, _, stem in numbered.values():
        families[stem].add(number)
    question_words = re.findall(r"[a-z]+|\d+", _ORDINAL.sub(r"\1 th", question.lower()))
    readings: list[str | None] = [None] * len(headers)
    for column, (number, unit, stem) in numbered.items():
        if len(families[stem]) < 2:
            continue
        stem_words = {singular(w) for w in re.findall(r"[a-z]{3,}", stem.replace("#" + unit, " "))}
        for index, word in enumerate(question_words):
            near = {singular(w) for w in question_words[max(0, index - 2):index + 4]}
            if ORDINAL_WORDS.get(word) == number and (stem_words & near or any(
                    n.startswith(s) or s.startswith(n) for s in stem_words for n in near if len(n) >= 4)):
                readings[column] = word   # "the third post-test", "first broods", "post-test, the second"
                break
            following = question_words[index + 1] if index + 1 < len(question_words) else ""
            if (unit and word == str(number) and following.startswith(unit) and len(following) > len(unit)
                    and following not in _STOPWORDS):
                readings[column] = f"{number} {singular(following)}"   # "8-month": `bdi.8m`
                break
    return readings


def _skeleton_of(code: str, word: str) -> bool:
    """Whether `code` is `word` without the vowels after its first letter: `scr` score, `arprt` airport,
    `orchstr` orchestra; also with a doubled letter written once (`scsr` successor) and of the word's
    singular (`endwmnt` endowments)."""
    if len(word) <= len(code) or word[0] != code[0] or _VOWELS.intersection(code[1:]) \
            or not _VOWELS.intersection(word[1:]):   # `rnds` is the code `rnd` itself, in the plural
        return False
    skeleton, single = _consonants(word)
    return code[1:] in (skeleton, single) or (word.endswith("s") and code[1:] in (skeleton[:-1], single[:-1]))


def _consonants(word: str) -> tuple[str, str]:
    """The consonants of `word` after its first letter, as written and with each doubled one written once:
    "successor" -> ("ccssr", "csr")."""
    skeleton = "".join(letter for letter in word[1:] if letter not in _VOWELS)
    return skeleton, re.sub(r"(.)\1", r"\1", skeleton)


def is_skeleton_start(code: str, word: str) -> bool:
    """Whether `code` is `word`'s first letter and then its first consonants, a doubled one written once: `enrl`
    enrollment, `tchr` teacher (no vowel after the first letter)."""
    return (len(code) >= 2 and code[0] == word[0] and not _VOWELS.intersection(code[1:])
            and _consonants(word)[1].startswith(code[1:]))


def _skeleton_reading(code: str, question_words: Sequence[str], taken: Callable[[str], bool]) -> str | None:
    """The question word a long code (`Orchstr`, `Elmntn`) is the consonant skeleton of (_skeleton_of)."""
    return next((word for word in question_words if word not in _STOPWORDS and not taken(word)
                 and _skeleton_of(code, word)), None)


def _dotted_reading(cut: str, question_words: Sequence[str], taken: Callable[[str], bool],
                    known_word: Callable[[str], bool] | None = None) -> str | None:
    """The question word a header word written with a full stop is cut from, whatever its vowels and length:
    `Tot.` total, `Incumb.` incumbent, `Ep.` episode, `Co.` county (two letters: a vocabulary word of at least
    5 letters, not a name: `St.` is no "Stabler"; and not `No.`, which WikiSQL's headers write for "number");
    a cut with a plural `s`, `Cands.` candidate; a cut of consonants, `Enrl.` enrollment (the word's first
    consonants, a doubled one written once)."""
    if len(cut) < 2 or cut == "no":
        return None
    def cut_from(word: str) -> bool:
        if len(cut) == 2:
            return word.startswith(cut) and len(word) >= 5 and known_word is not None and known_word(word)
        if len(word) < len(cut) + 2 or word[0] != cut[0]:
            return False
        if word.startswith(cut) or (len(cut) >= 4 and cut.endswith("s") and word.startswith(cut[:-1])):
            return True
        return is_skeleton_start(cut, word)
    return next((word for word in question_words if cut_from(word) and word not in _STOPWORDS and not taken(word)),
                None)


# short, familiar words a glued header writes for longer ones whose letters they do not keep in order
_INFORMAL_WORDS = {"mom": ("mother", "mothers", "maternal"), "dad": ("father", "fathers", "paternal"),
                   "kid": ("child", "children"), "kids": ("children", "child")}


def _piece_reading(piece: str, question_words: Sequence[str], taken: Callable[[str], bool]) -> str | None:
    """The question word a piece of a glued code stands for: itself, or the word that starts with its first
    letter and holds its letters in order ("avg" <- "average", "scr" <- "score", "enrl" <- "enrollment"),
    the one the piece keeps most of."""
    if piece in _STOPWORDS:   # "for" + "mat" is no reading of `format`
        return None
    if piece in question_words:
        return piece
    informal = [word for word in _INFORMAL_WORDS.get(piece, ()) if word in question_words and not taken(word)]
    if informal:   # `momage` <- "mother's age"
        return informal[0]
    if not 2 <= len(piece) <= 5:
        return None
    matches = [(len(piece) / len(candidate), candidate) for candidate in question_words
               if len(candidate) > len(piece) and candidate[0] == piece[0] and candidate not in _STOPWORDS
               and not taken(candidate) and _is_subsequence(piece[1:], candidate[1:])]
    return max(matches)[1] if matches else None


def _glued_reading(word: str, question_words: Sequence[str], taken: Callable[[str], bool]) -> str | None:
    """The words two glued pieces of a header word stand for (_piece_reading): `brainwt` <- "brain weight",
    `avginc` <- "average income", `testscr` <- "test score", `percap` <- "per capita". None unless both
    pieces are read; the first cut (shortest first piece) that reads both."""
    if singular(word) in {singular(w) for w in question_words}:   # "Opponent" for "opponents": a word
        return None
    for cut in range(2, len(word) - 1):
        pieces = [_piece_reading(piece, question_words, taken) for piece in (word[:cut], word[cut:])]
        if all(pieces) and pieces[0] != pieces[1]:
            return " ".join(pieces)
    return None


def _reading(header_words: Sequence[str], question_words: Sequence[str], taken: Callable[[str], bool],
             other_holds: Callable[..., bool], known_word: Callable[[str], bool] | None = None,
             dotted: Collection[str] = (), names: Collection[str] = (), letters: bool = False) -> str | None:
    """abbreviation_reading of one header's words; `taken(word)`: another header has that word;
    `other_holds(words)`: another header has all these words, or all its words are among them; `dotted`: the
    header's words written with a full stop after them (`Tot.`, `Tourn.`), cut words whatever their vowels. An
    initials reading ("mens singles" for `MS`) is refused when one other header holds all its words
    ("Mens singles" itself) or is named inside it (`mpg` in "average mpg" for `am`), not when other
    headers share some of its words ("Mens doubles", "Womens singles"). `letters`: the table heads two columns
    or more with one letter each, not a sports table's (`B`, `V`, `N`, `Y`): such a letter reads the first
    question word it starts, not a stopword, a word of asking ("average", "highest") or a proper noun (`names`)."""
    words = question_words
    readings = []
    for word in header_words:
        short = word.lower()
        if short in words:
            continue
        if len(short) >= 6:   # two codes glued (`brainwt`, `enrltot`, `avginc`), not a word of the vocabulary
            known = known_word is not None and (known_word(short) or known_word(singular(short)))   # "womens"
            found = _dotted_reading(short, words, taken, known_word) if short in dotted else None   # `Incumb.`
            if found is None and not known:
                found = _skeleton_reading(short, words, taken) or _glued_reading(short, words, taken)
            if found is None and not known:   # `vmiles` "miles", `waterd` "water": a word with one letter glued to it
                found = next((part for part in (short[1:], short[:-1])
                              if part in words and not taken(part) and known_word is not None and known_word(part)),
                             None)
            if found is None and not known:   # `acrelpay` "academic related pay"
                found = _phrase_reading(short, words, taken)
            if found and not other_holds([part for part in found.split() if part not in _STOPWORDS]):
                readings.append(found)
            continue
        if len(short) == 1:   # `W` "wins", `G` "goals": the conventions of sports tables
            found = next((w for w in words if w in _ONE_LETTER_CODES.get(short, ()) and not taken(w)), None)
            if found is None and letters:   # a table of letters: `Y` "yield"
                found = next((w for w in words if w[0] == short and len(w) >= 4 and w not in names
                              and w not in _STOPWORDS | _ASKING_WORDS and not taken(w)), None)
            if found and not other_holds([found]):
                readings.append(found)
            continue
        month = MONTH_ABBREVIATIONS.get(short)   # `AUG` "august", `Sept` "september"
        if month is not None and month in words and not taken(short):
            readings.append(month)
            continue
        if not 2 <= len(short) <= 5:
            continue
        vowels = sum(letter in _VOWELS for letter in short)
        is_word = known_word is not None and known_word(short)   # a word of the vocabulary is no consonant skeleton
        found = None
        for i in range(len(words) - len(short) + 1):      # initials of len(short) consecutive words
            phrase = words[i:i + len(short)]
            if ("".join(w[0] for w in phrase) == short and any(len(w) >= 4 and w not in _STOPWORDS for w in phrase)
                    and not _AUXILIARIES.intersection(phrase)   # `wt` is no "was tested"
                    and min(map(len, phrase)) >= 2):   # nor `NO3` "n octane": a letter alone is no word's initial
                found = " ".join(phrase)
                break
        # initials of three words or more stand for the phrase even when another header is one of its words
        # (`GPA` "grade point average" beside `GRADE`); two (`am` "average mpg" beside `mpg`) do not
        named_inside = found is None or len(short) < 3
        if found is None and word.isupper() and len(short) <= 4:   # `MIA` Miami, `SEA` Seattle: a place's code,
            found = next((name for name in sorted(names) if name.startswith(short) and len(name) >= len(short) + 2
                          and not taken(name)), None)                  # whatever its vowels (`names`: proper nouns)
        whole = len(header_words) == 1   # the header is the code itself (not `al` of `Qaxmuğal`)
        if found is None and whole and len(short) == 2 and word.islower():
            # `ef` Erstfeld, `ri` Rigi: a station's code, its name's first letter and another of its letters
            found = next((name for name in sorted(names) if name[0] == short[0] and short[1] in name[1:]
                          and name not in _STOPWORDS | _ASKING_WORDS and not taken(name)), None)
        if found is None and whole and len(short) == 2 and not is_word:
            # a code of a measure (price, share) and what it is of: `pf` "fuel price" (initials the other way round;
            # in order they are the initials read above), "price of fuel"
            found = next((f"{a} {b}" for a, b in zip(words, words[1:])
                          if b[0] + a[0] == short != a[0] + b[0] and len(a) >= 4 and len(b) >= 4
                          and not {a, b} & (_STOPWORDS | _ASKING_WORDS) and not taken(a) and not taken(b)), None) \
                or next((f"{a} of {c}" for a, b, c in zip(words, words[1:], words[2:])
                         if b == "of" and a[0] + c[0] == short and len(a) >= 4 and len(c) >= 4 and not taken(a)
                         and not taken(c)), None)
        matches = []   # (how much of the word the code keeps, word): "rd" keeps more of "round" than of "reached"
        for candidate in words if found is None else ():
            if candidate in _STOPWORDS or taken(candidate):
                continue
            if vowels <= 1 and len(short) >= 3 and candidate.startswith(short) and len(candidate) >= len(short) + 3:
                matches.append((1.0 + len(short) / len(candidate), candidate))
            elif (vowels <= 1 and len(short) >= 4 and not is_word and short.endswith("s") and candidate.endswith("s")
                  and candidate.startswith(short[:-1]) and len(candidate) >= len(short) + 2):
                matches.append((1.0 + len(short) / len(candidate), candidate))   # a plural code: `Opps` opponents
            elif short in dotted and _dotted_reading(short, [candidate], taken, known_word):   # `Tot.`, `Ep.`
                matches.append((1.0 + len(short) / len(candidate), candidate))
            elif len(short) >= 3 and not is_word and _skeleton_of(short, candidate):
                matches.append((1.0, candidate))   # every consonant in order: `Scr` score, `Arprt` airport
            elif ((vowels == 0 or (len(short) >= 4 and not _VOWELS.intersection(short[1:])))   # `agst` against
                  and len(candidate) >= max(4, len(short) + 2) and candidate[0] == short[0]
                  and re.search(short[-1] + (r"(?:s|es|ed|er|ers)?$" if len(short) >= 3 else "s?$"), candidate)
                  and _is_subsequence(short[1:], candidate[1:])):
                consonants = sum(letter not in _VOWELS for letter in candidate)
                matches.append((len(short) / consonants, candidate))
        if matches:
            found = max(matches)[1]
        if found and not other_holds([part for part in found.split() if part not in _STOPWORDS], named_inside):
            readings.append(found)
        elif found is None and len(short) >= 3 and not is_word:   # `bwt` "birth weight", `repwt` "reported weight"
            found = _start_then_code(short, words, taken) or _phrase_reading(short, words, taken)   # `invc`, `lwg`
            if found:
                readings.append(found)
    return " ".join(dict.fromkeys(readings)) or None


def _phrase_reading(code: str, question_words: Sequence[str], taken: Callable[[str], bool]) -> str | None:
    """The 2 to 4 consecutive question words a code spells the starts of, a piece of the code for each word: the
    piece is the start of the word or its first letter and first consonants (`invc` <- "in-vehicle cost",
    `hinc` <- "household income", `acrelpay` <- "academic related pay", `resgr` <- "research grants"). A
    stopword is only the first word and its own piece ("in"), one word has 4 letters or more, and no word is
    another header's (`taken`) or an auxiliary. The first such phrase, fewest words first."""
    def spells(code: str, words: Sequence[str]) -> bool:   # the code cut into one piece per word
        if not words:
            return not code
        word, rest = words[0], words[1:]
        if not code or code[0] != word[0]:
            return False
        for end in range(1, len(code) - len(rest) + 1):
            piece = code[:end]
            if (piece == word or (word not in _STOPWORDS and len(piece) < len(word) and (
                    word.startswith(piece) or is_skeleton_start(piece, word)))) and spells(code[end:], rest):
                return True
        return False
    for count in range(2, 5):
        for start in range(len(question_words) - count + 1):
            phrase = question_words[start:start + count]
            if (not _STOPWORDS.intersection(phrase[1:]) and any(len(w) >= 4 for w in phrase)
                    and not any(map(taken, phrase))
                    and not _AUXILIARIES.intersection(phrase) and spells(code, phrase)):
                return " ".join(phrase)
    return None


def _start_then_code(code: str, question_words: Sequence[str], taken: Callable[[str], bool]) -> str | None:
    """The two question words a short code glues from the start of one and the consonant code of the next (a
    stopword may stand between): `bwt` <- "birth weight", `repwt` <- "reported weight", `repht` <- "reported a
    height". The code's tail has no vowel and the next word's first and last letters (`wt`: w...t); the first word
    is no other header's, so "reported weight" reads `repwt` even where `weight` is a header of its own, and follows
    none ("low birth weight" of a table with a `low` column says that column)."""
    for cut in range(1, len(code) - 1):
        head, tail = code[:cut], code[cut:]
        if _VOWELS.intersection(tail):
            continue
        for index, word in enumerate(question_words[:-1]):
            if word in _STOPWORDS or taken(word) or not word.startswith(head) or len(word) < max(4, len(head) + 2) \
                    or (index > 0 and taken(question_words[index - 1])):   # "low birth weight" says `low`
                continue
            following = question_words[index + 1:index + 3]
            if following[0] in _STOPWORDS and len(following) == 2:   # "reported a height"
                following = following[1:]
            said = following[0]
            if (said not in _STOPWORDS and len(said) >= len(tail) + 2 and said[0] == tail[0]
                    and singular(said).endswith(tail[-1]) and _is_subsequence(tail[1:], said[1:])):
                return f"{word} {said}"
    return None


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


def names_column(nouns: Sequence[str], header: str, question: str, reading: str | None = None) -> bool:
    """Whether `nouns` (a question's words, singular and lower-cased) name the column `header`: a word of it,
    the start of one ("temperature" for `temp_min`, "body" for `bodywt`), the header written as one word
    ("demvote" for `demVote`), the words a code-like header stands for ("stolen bases" for `sb`), what it
    counts ("firms" for `nfirm`: counted_noun), or a word with a unit glued after it ("age" for `Agemos`).
    `reading`: the header's reading among the table's other headers (header_readings; "" for none), which the
    header alone may not give (`Y` "yield" in a table of letters); else abbreviation_reading of the header alone."""
    header_words = [w.lower() for w in re.findall(r"[A-Za-z]+", readable_header(str(header)))]
    joined = "".join(header_words)
    if reading is None:
        reading = abbreviation_reading(str(header), question) or ""
    reading = {singular(w) for w in re.findall(r"[a-z]+", reading.lower())}
    counted = {noun for noun in map(counted_noun, header_words) if noun}   # `nfirm`: "firms"
    reading |= counted
    for noun in nouns:
        if any(noun.startswith(stem) and len(noun) <= len(stem) + 2 and len(stem) >= 3 for stem in counted):
            return True   # `nown`: "owners", the ones who own
        if noun in reading or singular(noun) in reading or noun == joined or any(
                noun == singular(word.lower()) or (len(noun) >= 3 and len(word) >= 3 and noun[:4] == word[:4])
                or glued_to_a_unit(noun, word) for word in header_words):
            return True
    return False


class Encoder:
    """Builds EncodedExample objects; holds the tokenizer and the layout options. With
    `read_abbreviations`, a code-like header word that the question spells out is read with its
    words (abbreviation_reading): `cyl` is read "cyl cylinders" for "How many cylinders ...?"."""

    def __init__(self, tokenizer: BertTokenizer, max_seq_length: int = 256, column_types: bool = False,
                 content: bool = False, read_abbreviations: bool = False) -> None:
        self.tokenizer = tokenizer
        self.max_seq_length = max_seq_length
        self.column_types = column_types
        self.content = content  # match question spans against the table's cells (wikisql/content.py)
        self.read_abbreviations = read_abbreviations
        self._header_cache: dict[str, list[int]] = {}

    @functools.cached_property
    def known_word(self) -> Callable[[str], bool] | None:
        """The tokenizer's words for header_readings; None (the bundled vocabulary's, the default) where their whole
        words are the same (the readings ask only of words of letters), so that the readings decoding asks for again
        are the ones remembered here."""
        vocab = self.tokenizer.vocab
        return None if {word for word in vocab if word.isalpha()} == bundled_vocabulary() else vocab.__contains__

    def header_ids(self, header: str, column_type: str, reading: str | None = None) -> list[int]:
        key = f"{column_type}\t{header}" if self.column_types else header
        key = f"{key}\t{reading}" if reading else key
        if key not in self._header_cache:
            if len(self._header_cache) >= MAX_CACHED_HEADERS:
                self._header_cache.clear()
            words = readable_header(header) + (f" {reading}" if reading else "")
            text = f"{column_type} {words}" if self.column_types else words
            ids = self.tokenizer.convert_tokens_to_ids(self.tokenizer.tokenize(text))
            self._header_cache[key] = ids or [self.tokenizer.convert_tokens_to_ids(["[UNK]"])[0]]
        return self._header_cache[key]

    def encode(self, question: str, header: Sequence[str], types: Sequence[str] | None = None,
               query: Query | None = None, rows: Sequence[Sequence] | None = None,
               matcher: ContentMatcher | None = None, question_tokens: Sequence[Token] | None = None,
               answerable: bool = True) -> EncodedExample:
        """`rows` (or a ready `matcher` for them) are used when the encoder has `content=True`;
        `question_tokens`: the question already tokenized with offsets (else it is tokenized here).
        Labels come from `query`; answerable=False (and no query) labels a question the grammar
        cannot answer."""
        types = list(types) if types is not None else ["text"] * len(header)
        if question_tokens is None:
            question_tokens = self.tokenizer.tokenize_with_offsets(question)
        question_ids = self.tokenizer.convert_tokens_to_ids([t.text for t in question_tokens])
        readings = header_readings(header, question, self.known_word) if self.read_abbreviations \
            else [None] * len(header)
        headers = [self.header_ids(str(name), column_type, reading)
                   for name, column_type, reading in zip(header, types, readings)]
        headers, question_length, truncated = fit_to_length(
            len(question_ids), headers, self.max_seq_length)

        cls_id, sep_id = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        input_ids = [cls_id] + question_ids[:question_length] + [sep_id]
        token_type_ids = [0] * len(input_ids)
        header_spans = []
        for ids in headers:
            header_spans.append((len(input_ids), len(input_ids) + len(ids)))
            input_ids += ids + [sep_id]
            token_type_ids += [1] * (len(ids) + 1)

        encoded = EncodedExample(
            input_ids=input_ids, token_type_ids=token_type_ids, question=question,
            question_tokens=list(question_tokens[:question_length]), question_start=1,
            num_question_tokens=question_length, header_spans=header_spans, column_types=types,
            truncated=truncated, header=[str(name) for name in header])
        if self.content:
            matcher = matcher if matcher is not None else ContentMatcher(rows or [])
            encoded.table_has_rows = matcher.has_rows
            encoded.content_spans = matcher.match(question, encoded.question_tokens, len(header))
        if query is not None:
            encoded.labels = make_labels(query, question, encoded.question_tokens)
        elif not answerable:
            encoded.labels = unanswerable_labels()
        return encoded


def fit_to_length(question_length: int, headers: list[list[int]], max_seq_length: int
                  ) -> tuple[list[list[int]], int, bool]:
    """Truncate header wordpieces per column (longest first) so the sequence fits.

    Layout cost: [CLS] + question + [SEP] + sum(len(header) + 1). Each column keeps at least
    one wordpiece; only if that is still too long is the question cut. Returns
    (headers, question_length, truncated).
    """
    def length(cap: int, q_len: int) -> int:
        return 2 + q_len + sum(min(len(h), cap) + 1 for h in headers)

    longest = max((len(h) for h in headers), default=0)
    if length(longest, question_length) <= max_seq_length:
        return headers, question_length, False
    cap = longest
    while cap > 1 and length(cap, question_length) > max_seq_length:
        cap -= 1
    if length(cap, question_length) > max_seq_length:
        question_length = max_seq_length - length(1, 0)
        if question_length < 1:
            raise EncodingError(
                f"{len(headers)} columns need at least {length(1, 1)} tokens; max_seq_length is {max_seq_length}")
    return [h[:cap] for h in headers], question_length, True


@dataclasses.dataclass
class EncodingReport:
    examples: int = 0
    truncated: int = 0  # examples whose headers or question were cut to fit
    not_encodable: int = 0  # examples left out: even one wordpiece per column does not fit
    conditions: int = 0  # distinct-column gold conditions
    conditions_not_located: int = 0
    examples_not_located: int = 0  # examples with some value not found in the question
    duplicate_column_examples: int = 0

    def as_dict(self) -> dict:
        values = dataclasses.asdict(self)
        values["share_conditions_not_located"] = self.conditions_not_located / max(self.conditions, 1)
        return values

    def summary(self) -> str:
        return (f"{self.examples} examples, {self.truncated} truncated to fit, {self.not_encodable} too wide; "
                f"{self.conditions_not_located}/{self.conditions} condition values not located in the question "
                f"({100 * self.conditions_not_located / max(self.conditions, 1):.2f}%, "
                f"{self.examples_not_located} examples)")


def encode_examples(encoder: Encoder, examples: Iterable[Example], tables: dict[str, Table], with_labels: bool = True
                    ) -> tuple[list[EncodedExample], EncodingReport]:
    """Encode data.Example objects; returns (encoded list, EncodingReport).

    Examples that cannot be encoded at all are left out (and counted); the caller decides
    what to do with examples whose values were not located (training leaves them out).
    """
    report = EncodingReport()
    encoded = []
    matchers: dict[str, ContentMatcher] = {}  # one index per table, shared by its questions
    for index, example in enumerate(examples):
        table = tables[example.table_id]
        report.examples += 1
        matcher = None
        if encoder.content:
            if example.table_id not in matchers:
                matchers[example.table_id] = ContentMatcher(table.rows)
            matcher = matchers[example.table_id]
        try:
            item = encoder.encode(example.question, table.header, table.types,
                                  example.query if with_labels else None, matcher=matcher,
                                  answerable=example.answerable or not with_labels)
        except EncodingError:
            report.not_encodable += 1
            continue
        item.example_index = index
        report.truncated += item.truncated
        if item.labels is not None and item.labels.answerable:
            located = sum(span is not None for span in item.labels.value_spans)
            report.conditions += len(item.labels.value_spans)
            report.conditions_not_located += len(item.labels.value_spans) - located
            report.examples_not_located += not item.labels.values_located
            report.duplicate_column_examples += item.labels.duplicate_columns
        encoded.append(item)
    return encoded, report


# ----------------------------------------------------------------------------
# batches


CONTENT_NONE, CONTENT_QUESTION_MATCH, CONTENT_MATCHED_HEADER, CONTENT_UNKNOWN = range(4)


def content_tensors(items: Sequence[EncodedExample], seq_length: int, max_question: int, max_columns: int) -> dict:
    """Content-match tensors of a batch (see wikisql/content.py).

    content_ids (B, T): CONTENT_QUESTION_MATCH on question tokens inside some cell match,
        CONTENT_MATCHED_HEADER on the wordpieces of a header with a match, CONTENT_UNKNOWN on
        [CLS] when the table has no rows; else CONTENT_NONE.
    column_match (B, C): 1.0 where the column has a cell in the question.
    match_start, match_end (B, C, Q): 1.0 where a cell match of column j starts / ends at token t.
    """
    import torch

    batch = len(items)
    content_ids = torch.zeros(batch, seq_length, dtype=torch.long)
    column_match = torch.zeros(batch, max_columns)
    match_start = torch.zeros(batch, max_columns, max_question)
    match_end = torch.zeros(batch, max_columns, max_question)
    for b, item in enumerate(items):
        if not item.table_has_rows:
            content_ids[b, 0] = CONTENT_UNKNOWN
        for column, spans in enumerate(item.content_spans):
            if not spans:
                continue
            column_match[b, column] = 1.0
            start, end = item.header_spans[column]
            content_ids[b, start:end] = CONTENT_MATCHED_HEADER
            for first, last in spans:
                content_ids[b, item.question_start + first:item.question_start + last + 1] = CONTENT_QUESTION_MATCH
                match_start[b, column, first] = 1.0
                match_end[b, column, last] = 1.0
    return dict(content_ids=content_ids, column_match=column_match, match_start=match_start, match_end=match_end)


def collate(items: Sequence[EncodedExample], with_labels: bool = True) -> dict:
    """Pad a list of EncodedExample into the model's tensors.

    B = batch, T = longest sequence, Q = most question tokens, C = most columns.
    """
    import torch

    batch = len(items)
    seq_length = max(len(item.input_ids) for item in items)
    max_question = max(max(item.num_question_tokens for item in items), 1)
    max_columns = max(item.num_columns for item in items)
    input_ids = torch.zeros(batch, seq_length, dtype=torch.long)
    token_type_ids = torch.zeros(batch, seq_length, dtype=torch.long)
    attention_mask = torch.zeros(batch, seq_length, dtype=torch.long)
    question_mask = torch.zeros(batch, max_question, dtype=torch.bool)
    column_mask = torch.zeros(batch, max_columns, dtype=torch.bool)
    column_token_weights = torch.zeros(batch, max_columns, seq_length)  # mean pooling over header wordpieces
    for b, item in enumerate(items):
        n = len(item.input_ids)
        input_ids[b, :n] = torch.tensor(item.input_ids)
        token_type_ids[b, :n] = torch.tensor(item.token_type_ids)
        attention_mask[b, :n] = 1
        question_mask[b, :item.num_question_tokens] = True
        for c, (start, end) in enumerate(item.header_spans):
            column_mask[b, c] = True
            column_token_weights[b, c, start:end] = 1.0 / (end - start)
    batch_tensors = dict(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask,
                         question_mask=question_mask, column_mask=column_mask,
                         column_token_weights=column_token_weights)
    if all(item.content_spans is not None for item in items):
        batch_tensors.update(content_tensors(items, seq_length, max_question, max_columns))
    if not with_labels:
        return batch_tensors
    sel = torch.tensor([item.labels.sel for item in items])
    agg = torch.tensor([item.labels.agg for item in items])
    num_conds = torch.tensor([min(item.labels.num_conds, MAX_CONDITIONS) for item in items])
    answerable = torch.tensor([item.labels.answerable for item in items], dtype=torch.float)
    order_target = torch.tensor([item.labels.order for item in items])
    ordered = [item.labels.order not in (ORDER_NONE, IGNORE_INDEX) for item in items]
    order_column_target = torch.tensor([
        item.labels.order_column if is_ordered and item.labels.order_column < item.num_columns else IGNORE_INDEX
        for item, is_ordered in zip(items, ordered)])
    order_limit_target = torch.tensor([item.labels.order_limit - 1 if is_ordered else IGNORE_INDEX
                                       for item, is_ordered in zip(items, ordered)])
    where_target = torch.zeros(batch, max_columns)
    op_target = torch.full((batch, max_columns), IGNORE_INDEX, dtype=torch.long)
    start_target = torch.full((batch, max_columns), IGNORE_INDEX, dtype=torch.long)
    end_target = torch.full((batch, max_columns), IGNORE_INDEX, dtype=torch.long)
    for b, item in enumerate(items):
        labels = item.labels
        for column, op, span in zip(labels.cond_columns, labels.cond_ops, labels.value_spans):
            if column >= item.num_columns:
                continue
            where_target[b, column] = 1.0
            op_target[b, column] = op
            if span is not None and span[1] < item.num_question_tokens:
                start_target[b, column], end_target[b, column] = span
    batch_tensors.update(sel=sel, agg=agg, num_conds=num_conds, where_target=where_target,
                         op_target=op_target, start_target=start_target, end_target=end_target,
                         answerable=answerable, order_target=order_target, order_column_target=order_column_target,
                         order_limit_target=order_limit_target)
    return batch_tensors
