"""Which column a question's words name: naming_score and best_named (a header's word, its start, a glued part, a
code's reading), the words a superlative is said of (_after) and the number column it measures (_measuring;
compared_by_measure for a comparative: "higher than 500 ft"), and the identifiers no superlative ranks by
(is_identifier, ranks_nothing).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Collection, Sequence

from wikisql.corrections import SEX_TOKENS, header_tokens, is_coordinate, position_said, said_words, token_said
from wikisql.encoding import (
    MONTH_NAMES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    TIME_WORDS,
    bundled_vocabulary,
    counted_noun,
    glued_to_a_unit,
    header_readings,
    is_row_names,
    is_skeleton_start,
    names_column,
    numbered_readings,
    readable_header,
    singular,
)
from wikisql.query import CONDITION_OPS, Condition, Query
from wikisql.schema import Table
from wikisql.superlatives.words import (
    _ELEVATION_WORDS,
    _EXTREMES,
    _FALLBACK_MEASURES,
    _MAGNITUDE_MEASURES,
    _MEASURES,
    _PHRASE_ENDS,
    _PLACED_WORDS,
    _VERBS,
    _glued,
    _is_superlative,
    _words,
    header_word_sets,
    measured_by,
    superlative_word,
)

_VOCABULARY = functools.cache(bundled_vocabulary)


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


def _names_all(nouns: Sequence[str], table: Table, column: int) -> bool:
    """Whether the words right after a superlative name every word of a column's header of two words or more
    ("the longest departure delay" of `DEPARTURE_DELAY`, "the shortest time in the air" of `AIR_TIME`)."""
    words = {singular(w) for w in _words(readable_header(str(table.header[column])))}
    return len(words) >= 2 and words <= {singular(noun) for noun in nouns}


# words that name no column when a superlative's column is looked for among the question's words
_QUESTION_WORDS = _PHRASE_ENDS | _EXTREMES | frozenset("""what which who whom whose when where how name list give
    show tell me find top most least""".split())
# _after: the words that end what a superlative is said of (not an article), and those that name nothing in it
_AFTER_ENDS = _PHRASE_ENDS - {"the", "a", "an"}
_AFTER_SKIPPED = _QUESTION_WORDS | {"per", "against"}


def _nouns(question: str) -> list[str]:
    """The question's words that may name a column, singular (not wh-words, superlatives, prepositions)."""
    return [singular(w) for w in _words(question) if w not in _QUESTION_WORDS]


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


def _said_after(question: str, table: Table, column: int, nouns: Sequence[str]) -> bool:
    """Whether the words after the question's superlative, none of them the asked nouns, name `column`: "Which
    delivery took the least time?" orders `delTime` by what it says after "least"; "delivery" is the rows' noun,
    though it starts the header too."""
    word = superlative_word(question, table)
    after = [w for w in _after(question, word)[:2] if w not in nouns] if word is not None else []
    return bool(after) and _names(after, table, column, question)


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


def _is_measure(header_word: str, measure: str) -> bool:
    """Whether a header word is a measure's word: the word, its start (`dist` distance, `temp` temperature), or
    a word glued to it (`libprice`, `sampleSize` read as one word)."""
    return header_word == measure or (len(header_word) >= 3 and measure.startswith(header_word)) or \
        (len(measure) >= 4 and len(header_word) > len(measure) and header_word.endswith(measure))


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


_IDENTIFIER_WORDS = frozenset("id code cod num no index key fips zip seqn seqno sno".split())
# nouns whose `#` numbers the rows rather than ranking them (`Case #`, `Patient #`; not `Pick #`, a draft's order)
_NUMBERED_NOUNS = frozenset("case patient subject participant record entry item sample specimen serial".split())


# a count's header: "num"/"no"/"number" (of) and a plural noun (`num_accounts`, `No. of employees`)
_COUNT_OF = re.compile(r"\b(?:num|no|nr|number)\.?\s+(?:of\s+)?[a-z]{3,}(?<!s)s\b")


def is_identifier(table: Table, column: int) -> bool:
    """Whether a column's numbers name rows rather than measure them: a header word id, code, num, no, index,
    key ... (`district_id`, `iso_num`, `No.`) or a glued word ending in cod or code (`distcod`). No superlative
    ranks rows by one ("the biggest district" is not the one with the largest district code)."""
    words = header_word_sets([table.header[column]])[0]
    if _COUNT_OF.search(readable_header(str(table.header[column])).lower()):
        return False   # `num_accounts`, `no_of_employees`: how many, not which
    return bool(words & _IDENTIFIER_WORDS) or any(len(w) >= 5 and w.endswith(("cod", "code")) for w in words) or (
        str(table.header[column]).rstrip().endswith("#") and bool(words) and words <= _NUMBERED_NOUNS)


def ranks_nothing(table: Table, column: int) -> bool:
    """Whether a column's numbers only number the rows, so that no superlative orders by them: a data frame's row
    names (`rownames` 1, 2, 3 ...; is_row_names) or an identifier (is_identifier)."""
    return is_row_names(table.header[column]) or is_identifier(table, column)


def _unasked_code(question: str, table: Table, column: int) -> bool:
    """Whether a column is an identifier (is_identifier) and the question asks for no id, code or number, or a
    latitude or longitude (`lat`, `lon`) and the question says no position ("the sunniest city" is not the one
    furthest east)."""
    if is_coordinate(table.header[column]):
        return not position_said(question)
    return is_identifier(table, column) and not _IDENTIFIER_WORDS & set(_words(question))
