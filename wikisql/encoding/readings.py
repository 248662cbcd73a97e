"""A code-like header read through the question's words: abbreviation_reading and header_readings (initials, prefixes,
consonant skeletons, cut and glued words, a family's codes, the row-name column's noun, and the symbols' readings), and
names_column, whether a header names the nouns a question says.
"""
from __future__ import annotations

import collections
import functools
import re
from typing import Callable, Collection, Sequence

from wikisql.encoding.headers import (
    _ASKED_NOUN,
    _ASKING_WORDS,
    _AUXILIARIES,
    _ONE_LETTER_CODES,
    _ORDINAL,
    _STOPWORDS,
    _VOWELS,
    MONTH_ABBREVIATIONS,
    NAME_HEADERS,
    ROW_NAME_HEADERS,
    UNIT_HEADERS,
    bundled_vocabulary,
    common_prefix,
    counted_noun,
    glued_to_a_unit,
    header_stem,
    is_row_names,
    numbered_row_nouns,
    numbers_units,
    plain_header,
    readable_header,
    singular,
)
from wikisql.encoding.symbols import (
    _ELEMENT_SYMBOLS,
    _FIELD_CODES,
    _family_readings,
    field_code_reading,
    formula_reading,
    numbered_readings,
    percentile_readings,
    symbol_family_readings,
    thermodynamic_readings,
)


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
    training tables are shortened, wikisql/augment/); the model still decides which column the question
    means: the reading is only added to the header it reads."""
    return header_readings([header, *other_headers], question)[0]


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
    prefix = common_prefix(headers)   # `Fd_CP`, `Fd_Ca` of a feed library: the code after the prefix they share
    coded = [None if reading else field_code_reading(header_stem(header, prefix) or header, question_words,
                                                     taken(own))
             for header, own, reading in zip(headers, lowered, readings)]   # a field's code, when its letters read none
    readings = [code or (None if reading in coded else reading)   # (and no other header reads its words: `sb` is no
                for code, reading in zip(coded, readings)]        # "sacrifice bunts" when `sh` is)
    for symbols in (thermodynamic_readings(headers, question_words),   # `H` "enthalpy", `S` "entropy" (not sulfur)
                    symbol_family_readings(headers, question_words)):   # a steam table's `vV`, a section's `tw`
        if symbols is not None:
            readings = [reading if said is None else (said or None) for reading, said in zip(readings, symbols)]
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


_ARTICLES = frozenset(("a", "an", "the"))   # no initials of three letters or more end with one
_SUPERLATIVES = frozenset(word for word in _ASKING_WORDS if word.endswith("est"))   # no code stands for "highest"


# short, familiar words a glued header writes for longer ones whose letters they do not keep in order
_INFORMAL_WORDS = {"mom": ("mother", "mothers", "maternal"), "dad": ("father", "fathers", "paternal"),
                   "kid": ("child", "children"), "kids": ("children", "child")}

# the short words of a range's two ends (`lo`, `hi`: a limit's, a day's temperatures) and the words said for them
_RANGE_ENDS = {"hi": ("upper", "high"), "lo": ("lower", "low")}


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
        end = next((w for w in _RANGE_ENDS.get(short, ()) if w in words and not taken(w)), None)
        if end is not None:   # `hi` "upper limit", `lo` "low"
            readings.append(end)
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
                    and (len(short) == 2 or phrase[-1] not in _ARTICLES)   # nor `LAT` "longitude among the"
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
            if candidate in _STOPWORDS or taken(candidate) or candidate in _SUPERLATIVES:   # `ST` is no "smallest"
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
        if found is None:   # `tmin` "minimum temperature", `wmax` "max wind"
            found = _statistic_reading(short, words, taken)
        if found and not other_holds([part for part in found.split() if part not in _STOPWORDS], named_inside):
            readings.append(found)
        elif found is None and len(short) >= 3 and not is_word:   # `bwt` "birth weight", `repwt` "reported weight"
            found = _start_then_code(short, words, taken) or _phrase_reading(short, words, taken)   # `invc`, `lwg`
            if found:
                readings.append(found)
    return " ".join(dict.fromkeys(readings)) or None


# the statistics a code glues to a measure's letters (`tmin`, `tmean`, `maxt`) and the words a question says for them
# (also how corrections.token_said reads a header's `min`, `max`, `avg` token)
STATISTIC_WORDS = {"min": ("minimum", "min"), "max": ("maximum", "max"), "mean": ("mean", "average", "avg"),
                    "avg": ("average", "avg", "mean"), "med": ("median",)}
_STATISTIC_CODE = re.compile(r"([a-z]{1,2})(min|max|mean|avg|med)|(min|max|mean|avg|med)([a-z]{1,2})")


def _statistic_reading(code: str, question_words: Sequence[str], taken: Callable[[str], bool]) -> str | None:
    """The two question words a code of a statistic and a measure's first letters stands for, a word of the statistic
    beside (or one word before) a word the letters start: `tmin` <- "minimum temperature", `tmean` <- "mean
    temperature", `maxt` <- "max temperature", `wmax` <- "max wind" (the measure's word no stopword, word of asking
    or other header's)."""
    glued = _STATISTIC_CODE.fullmatch(code)
    if glued is None:
        return None
    letters, statistic = (glued[1], glued[2]) if glued[1] else (glued[4], glued[3])
    def measure(word: str) -> bool:
        return (len(word) >= 4 and word[0] == letters[0] and _is_subsequence(letters[1:], word[1:])
                and word not in _STOPWORDS | _ASKING_WORDS and not taken(word))
    for at, word in enumerate(question_words):
        if word not in STATISTIC_WORDS[statistic]:
            continue
        near = question_words[at + 1:at + 3] if len(letters) == 1 else question_words[at + 1:at + 2]
        said = next((other for other in near if measure(other)), None)
        if said is None and at > 0 and measure(question_words[at - 1]):
            said = question_words[at - 1]   # "temperature minimum"
        if said is not None:
            return f"{word} {said}"
    return None


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
