"""Header rewrites: abbreviations, initials, casing styles (STYLES, restyle), respelled year ranges and units
added or dropped (unit_variants), applied to one table's headers by _rewrite_headers; _rewrite_question
replaces question words that name a gold column by a synonym; _header_key tells headers a reader would take
for one.
"""
from __future__ import annotations

import random
import re
from typing import Sequence

from wikisql.augment.config import AugmentConfig, AugmentError
from wikisql.augment.lexicon import MIN_SYNONYM_WORD, WORD, synonyms, wordnet
from wikisql.query import Query

# ----------------------------------------------------------------------------- abbreviations, initials, casing

# Abbreviations common in real tables (sports and statistics first); the rules below cover other words.
COMMON_ABBREVIATIONS = {
    "number": ("No.", "Num", "#"), "points": ("Pts",), "position": ("Pos",), "goals": ("Gls", "G"),
    "assists": ("Ast", "A"), "rebounds": ("Reb",), "average": ("Avg",), "percentage": ("Pct", "%"),
    "percent": ("Pct", "%"), "games": ("G", "GP"), "wins": ("W",), "losses": ("L",), "draws": ("D",),
    "won": ("W",), "lost": ("L",), "drawn": ("D",), "played": ("Pld", "P"), "difference": ("Diff",),
    "attendance": ("Att",), "year": ("Yr",), "years": ("Yrs",), "minutes": ("Min",), "seconds": ("Sec",),
    "height": ("Ht",), "weight": ("Wt",), "nationality": ("Nat",), "country": ("Ctry",), "population": ("Pop",),
    "total": ("Tot",), "rank": ("Rk",), "round": ("Rd",), "opponent": ("Opp",), "versus": ("vs",),
    "team": ("Tm",), "division": ("Div",), "district": ("Dist",), "record": ("Rec",), "yards": ("Yds",),
    "touchdowns": ("TD",), "appearances": ("Apps",), "matches": ("M",), "season": ("Ssn",),
    "department": ("Dept",), "government": ("Govt",), "international": ("Intl",), "national": ("Natl",),
    "association": ("Assn",), "company": ("Co",), "university": ("Univ",), "president": ("Pres",),
    "championship": ("Champ",), "tournament": ("Tourn",), "professional": ("Pro",),
    "temperature": ("Temp",), "maximum": ("Max",), "minimum": ("Min",), "quantity": ("Qty",), "amount": ("Amt",),
    "previous": ("Prev",), "estimated": ("Est",), "approximately": ("Approx",), "code": ("Cd",),
}
INITIALS_SKIP = frozenset({"of", "the", "in", "by", "and", "a", "an", "for", "to", "on", "at"})
VOWELS = frozenset("aeiouAEIOU")
STYLES = ("snake_case", "camelCase", "UPPER", "lower", "Title")


def _match_case(new: str, old: str) -> str:
    """`new` in the casing of `old` (UPPER, lower or Capitalised); mixed-case abbreviations kept."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new if any(c.isupper() for c in new[1:]) else new.lower()
    return new[:1].upper() + new[1:]


def truncate(word: str) -> str:
    """"Position" -> "Pos", "Competition" -> "Comp": the shortest prefix of 3+ letters that ends on a
    consonant before a vowel; the word itself when none is shorter."""
    for end in range(3, len(word) - 1):
        if word[end - 1] not in VOWELS and word[end] in VOWELS:
            return word[:end]
    return word


def drop_vowels(word: str) -> str:
    """"Player" -> "Plyr", "Round" -> "Rnd": the first letter, then the other letters without vowels."""
    rest = "".join(c for c in word[1:] if c not in VOWELS)
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return word[:1] + rest


def abbreviations(word: str) -> list[str]:
    """Abbreviations of one header word, best first: common ones, then truncation and vowel dropping."""
    found = list(COMMON_ABBREVIATIONS.get(word.lower(), ()))
    if len(word) >= 5:
        found += [truncate(word), drop_vowels(word)]
    return [_match_case(a, word) for a in dict.fromkeys(found) if a.lower() != word.lower() and len(a) < len(word)]


def initials(header: str) -> str | None:
    """"Home goals" -> "HG", "Price/Earnings" -> "P/E", "Original air date" -> "OAD"; None when the
    header has fewer than two words, or anything but letters, spaces and . ' - /."""
    if re.search(r"[^A-Za-z/ .'-]", header):   # digits, parentheses, symbols: no initials
        return None
    groups = []
    for group in header.split("/"):
        words = [w for w in re.findall(r"[A-Za-z]+", group) if w.lower() not in INITIALS_SKIP]
        if not words:
            return None
        groups.append("".join(w[0].upper() for w in words))
    text = "/".join(groups)
    return text if len(text.replace("/", "")) >= 2 else None


def restyle(header: str, style: str) -> str:
    """One header in a casing style (STYLES); the header itself when nothing alphanumeric is left."""
    if style == "UPPER":
        return header.upper()
    if style == "lower":
        return header.lower()
    if style == "Title":
        return " ".join(w[:1].upper() + w[1:] for w in header.split(" "))
    words = re.findall(r"[^\W_]+|[#%$£€]", header)
    if not words:
        return header
    if style == "snake_case":
        return "_".join(w.lower() for w in words)
    if style == "camelCase":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    raise AugmentError(f"unknown style {style!r}: one of {STYLES}")


# ----------------------------------------------------------------------------- year ranges

YEAR_RANGE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)\s*([-–—/])\s*(\d{4}|\d{2})(?!\d)")


def year_range_variants(header: str) -> list[str]:
    """The header with its first year range spelled otherwise: "2009–10" -> "2009-10", "2009/10",
    "2009–2010", "09–10"; [] when it has none."""
    match = YEAR_RANGE.search(header)
    if not match:
        return []
    first, second = match.group(1), match.group(3)
    if len(second) == 2:
        full = int(first[:2] + second)
        if full < int(first):
            full += 100
        second = str(full)
    if not int(first) < int(second) <= int(first) + 20:
        return []
    short = second[2:]
    forms = [f"{first}–{short}", f"{first}-{short}", f"{first}/{short}", f"{first}–{second}", f"{first}-{second}",
             f"{first[2:]}–{short}"]
    return [header[:match.start()] + form + header[match.end():] for form in forms
            if form != match.group(0)]


# ----------------------------------------------------------------------------- units

# Units that may stand in parentheses after a numeric header, and the header words they fit, with the
# range all of a column's values must lie in for the unit to be plausible (kept conservative).
UNIT_RULES = {
    "height": (("m", 1.2, 2.6), ("cm", 120, 260), ("m", 10, 9000), ("ft", 30, 30000)),
    "weight": (("kg", 40, 200), ("lb", 90, 450)),
    "mass": (("kg", 0.1, 1e5), ("g", 0.1, 1e6)),
    "elevation": (("m", 0, 9000), ("ft", 0, 30000)),
    "altitude": (("m", 0, 9000), ("ft", 0, 30000)),
    "prominence": (("m", 0, 9000), ("ft", 0, 30000)),
    "depth": (("m", 0, 11000),),
    "length": (("m", 0.1, 10000), ("km", 0.1, 10000)),
    "distance": (("km", 0.1, 50000), ("mi", 0.1, 30000)),
    "area": (("km²", 0.01, 2e7), ("sq mi", 0.01, 7e6)),
    "speed": (("km/h", 1, 1500), ("mph", 1, 1000)),
    "temperature": (("°C", -90, 60),),
    "percentage": (("%", 0, 100),), "share": (("%", 0, 100),), "turnout": (("%", 0, 100),),
    "power": (("kW", 0, 1e6), ("hp", 0, 1e6)),
    "duration": (("min", 1, 600),), "runtime": (("min", 1, 600),),
    "viewers": (("millions", 0, 200),),
    **{word: (("$", 0, 1e12), ("US$", 0, 1e12), ("USD", 0, 1e12)) for word in (
        "price", "cost", "salary", "earnings", "revenue", "prize", "purse", "budget", "money", "fee", "wage",
        "income", "gross")},
}
KNOWN_UNITS = frozenset({
    "m", "cm", "mm", "km", "km²", "km2", "km 2", "sq mi", "mi", "ft", "in", "kg", "g", "lb", "lbs", "t", "s", "sec",
    "min", "h", "hrs", "mph", "km/h", "kmh", "$", "us$", "usd", "€", "eur", "£", "gbp", "%", "millions", "million",
    "in millions", "thousands", "°c", "°f", "kw", "hp", "mhz", "khz", "w", "cc"})
UNIT_SUFFIX = re.compile(r"\s*\(\s*([^()]+?)\s*\)\s*$")


def _numbers(cells: Sequence) -> list[float] | None:
    """The column's cells as numbers; None when a non-empty cell is not one."""
    values = []
    for cell in cells:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        try:
            values.append(float(str(cell).replace(",", "")))
        except ValueError:
            return None
    return values or None


def unit_variants(header: str, column_type: str, cells: Sequence) -> tuple[list[str], bool]:
    """(new headers, whether they remove a unit): "Weight (kg)" -> ["Weight"] for a real column;
    "Height" -> ["Height (m)"] when every cell is a plausible height in metres. ([], False) otherwise."""
    if column_type != "real":
        return [], False
    match = UNIT_SUFFIX.search(header)
    if match:
        if match.group(1).lower() in KNOWN_UNITS and header[:match.start()].strip():
            return [header[:match.start()].rstrip()], True
        return [], False
    words = WORD.findall(header)
    values = _numbers(cells)
    if not words or values is None:
        return [], False
    rules = UNIT_RULES.get(words[-1].lower(), ())
    units = dict.fromkeys(unit for unit, low, high in rules if all(low <= v <= high for v in values))
    return [f"{header} ({unit})" for unit in units], False


# ----------------------------------------------------------------------------- a table's headers and its question

def _header_key(header: str) -> str:
    """Headers that a reader (or the model) would take for one: same letters and digits, any case."""
    return re.sub(r"[\W_]+", "", header.lower()) or header


def _synonyms_of(word: str, lexicon: dict[str, tuple[str, ...]] | None) -> tuple[str, ...]:
    """The synonyms of one word: from `lexicon` (related_synonyms) when given, else WordNet's."""
    return lexicon.get(word.lower(), ()) if lexicon is not None else synonyms(word)


def _rewrite_question(question: str, query: Query, headers: Sequence[str], rng: random.Random,
                      probability: float, lexicon: dict[str, tuple[str, ...]] | None) -> tuple[str, int]:
    """(the question with some words that name a gold column replaced by a synonym, how many).
    Only the last word of the select and condition columns' headers ("Goal difference": "difference"),
    of MIN_SYNONYM_WORD letters or more, not an acronym, and not inside a condition value (the values
    stay question spans, as WikiSQL's are)."""
    if probability <= 0:
        return question, 0
    columns = {query.sel, *(c.column for c in query.conds)}
    heads = [WORD.findall(str(headers[j])) for j in columns]   # a header's last word names it: "goal" of
    header_words = {words[-1].lower() for words in heads       # "Goal difference" is not a goal
                    if words and len(words[-1]) >= MIN_SYNONYM_WORD and not words[-1].isupper()}
    values = " ".join(str(c.value).lower() for c in query.conds)
    pieces = re.split(r"([A-Za-z]+(?:'[a-z]+)?)", question)   # odd positions are words
    changed = 0
    for k in range(1, len(pieces), 2):
        word = pieces[k]
        if word.lower() not in header_words or re.search(rf"\b{re.escape(word.lower())}\b", values):
            continue
        options = [o for o in _synonyms_of(word, lexicon) if o not in header_words]
        if options and rng.random() < probability:
            pieces[k] = _match_case(rng.choice(options), word)
            changed += 1
    return "".join(pieces), changed


def _rewrite_headers(headers: list[str], types: list[str], columns: list[list], rng: random.Random,
                     config: AugmentConfig, counts: dict,
                     lexicon: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """New headers (C) for headers (C), types (C) and cells per column (C x R); a rewrite that would
    make a header read like another one is not made. Synonyms from `lexicon` when given."""
    headers = list(headers)

    def accept(index: int, new: str) -> bool:
        new = new.strip()
        if not new or new == headers[index]:
            return False
        if _header_key(new) in {_header_key(h) for k, h in enumerate(headers) if k != index}:
            return False
        headers[index] = new
        return True

    for index, header in enumerate(list(headers)):
        variants = year_range_variants(header)
        if variants and rng.random() < config.year_range and accept(index, rng.choice(variants)):
            counts["year_range"] += 1
        variants, removes = unit_variants(headers[index], types[index], columns[index])
        if variants and rng.random() < config.unit and accept(index, rng.choice(variants)):
            counts["unit_removed" if removes else "unit_added"] += 1
        short = initials(headers[index])
        if short and rng.random() < config.initials and accept(index, short):
            counts["initials"] += 1
            continue
        pieces = re.split(r"([A-Za-z]+(?:'[a-z]+)?)", headers[index])   # odd positions are words
        changed = {"synonym": 0, "abbreviation": 0}
        words = {piece.lower() for piece in pieces[1::2]}
        for k in range(1, len(pieces), 2):
            word = pieces[k]
            modifier = k + 2 < len(pieces)   # a word before another one: "Home" in "Home team"
            compound = pieces[k - 1].endswith("-") or pieces[k + 1].startswith("-")   # "Runner-up"
            if (config.synonym > 0 and not word.isupper() and len(word) >= MIN_SYNONYM_WORD and not compound
                    and not (modifier and word.lower() in wordnet().adjectives)):
                options = [s for s in _synonyms_of(word, lexicon) if s not in words]
                if options and rng.random() < config.synonym:
                    pieces[k] = _match_case(rng.choice(options), word)
                    changed["synonym"] += 1
                    continue
            options = abbreviations(word)
            if options and rng.random() < config.abbreviation:
                pieces[k] = rng.choice(options)
                changed["abbreviation"] += 1
        if any(changed.values()) and accept(index, "".join(pieces)):
            for kind, count in changed.items():
                counts[kind] += count
    if len(headers) and rng.random() < config.style:
        style = rng.choice(STYLES)
        restyled = False
        for index in range(len(headers)):
            restyled |= accept(index, restyle(headers[index], style))
        counts["style"] += restyled
    return headers
