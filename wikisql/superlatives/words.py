"""The question's words: its tokens and the nouns it asks with, the superlative it asks with (superlative_word:
"the sweetest", "top 5", "hit its peak"), what that superlative measures (measured_by: "the heaviest" a weight) and
which way it orders (direction; column_direction, with the column's times, ranks and dates). Also MAX and MIN, the
aggregations a superlative decodes to.
"""
from __future__ import annotations

import re
from typing import Sequence

from wikisql.encoding import NUMBER_WORDS, readable_header, singular
from wikisql.query import AGGREGATION_OPS
from wikisql.schema import Table
from wikisql.tables import cell_number, column_numbers

MAX, MIN = AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN")


# Words that end the noun phrase a question asks about: verbs that follow it and prepositions.
_PHRASE_ENDS = frozenset("""is are was were be been has have had did does do can could will would 's
    of in on at for by from with among between to than that who which whose where when and or over under above below
    the a an this these those its their his her anyone anybody someone somebody everyone everybody ever""".split())


# verbs that end the phrase after "which" ("which gave Nader the fewest" asks for a row, not for `NADER`), yet may
# name a column elsewhere ("pays" `pay`)
_VERBS = frozenset("""gave give gives got gets won spent spends pays paid earned earns made took takes received
    receives sold saves saved sent born listed marked found built recorded registered scored ranked placed
    grew produced reached""".split())
#   ("Heaviest player born in 1975", "Which country recorded 13334 deaths?")
_EXTREMES = frozenset("""most least highest lowest largest smallest greatest biggest fewest maximum minimum
    longest shortest tallest heaviest lightest best worst top bottom first last latest earliest newest oldest
    youngest cheapest fastest slowest deepest shallowest widest narrowest richest poorest hottest coldest
    warmest coolest wettest driest busiest quietest rarest strongest weakest thickest thinnest northernmost
    southernmost easternmost westernmost""".split())
# "-est" words that are not superlatives ("the forest", "the contest", "the west")
_NOT_SUPERLATIVE = frozenset("""interest forest contest protest request harvest conquest suggest honest modest
    west midwest southwest northwest test quest guest nest rest chest pest vest crest arrest digest manifest
    priest behest everest budapest bucharest inquest pretest posttest retest attest detest invest infest earnest
    bequest tempest""".split())
PERSON_WORDS = frozenset("""name player athlete driver rider winner artist director author candidate coach
    manager person member pilot actor actress singer writer composer president captain jockey skipper
    golfer boxer wrestler runner swimmer cyclist nominee recipient owner holder""".split())
PLACE_WORDS = frozenset("""venue location city country place ground stadium site state island town region
    airport county arena track circuit course province nation district department constituency precinct ward
    borough municipality""".split())
# Nouns that ask for a value whatever the column: "What is the lowest value of nonfarm_change?"
VALUE_WORDS = frozenset("""value number amount figure level quantity count total sum average mean maximum minimum
    max min record rate ratio percentage percent share factor""".split())   # "the highest fertility rate", "the
#                                                                      highest emission factor": a measure
NAME_WORDS = frozenset({"name", "title", "id", "make", "model"})
TITLE_WORDS = frozenset({"name", "title"})   # of NAME_WORDS, those of a name people read (not a code)
IDENTIFIER_WORDS = frozenset({"id", "index", "seqn", "seqno", "sno"})   # a number column so headed numbers the
#                                                            rows (`seqn`: a survey's sequence numbers; `sno`: serial)


def _is_superlative(word: str) -> bool:
    """One of _EXTREMES, or an "-est" word that is no noun ("the sweetest"; not "the forest")."""
    return word in _EXTREMES or (len(word) >= 6 and word.endswith("est") and word not in _NOT_SUPERLATIVE)


def phrase_nouns(words: Sequence[str]) -> list[str]:
    """A noun phrase's words in the singular, without its superlatives and number words ("three tallest
    buildings": building)."""
    return [singular(w) for w in words if not _is_superlative(w) and w not in NUMBER_WORDS]


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


# _EXTREMES that WikiSQL's questions use for a rank or a cell rather than an ordering ("the first pick",
# "the last game", "a top 10 finish")
_RANK_WORDS = frozenset({"first", "last", "top", "bottom"})


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


# a superlative explained in brackets by a magnitude: "Which star is the brightest (lowest magnitude)?"
_EXPLAINED = re.compile(r"\w+est\s*\((?:i\.?e\.?,?\s*)?(?:the\s+)?"
                        r"(highest|lowest|largest|smallest|greatest|most|least|fewest)\b")


def superlative_word(question: str, table: Table) -> str | None:
    """The superlative the question asks with ("the sweetest", "the most goals", "the three saltiest", "top 5"),
    or None; a superlative explained in brackets by a magnitude reads as that ("the brightest (lowest magnitude)":
    lowest); "farthest east" and "the most southerly" read as easternmost and southernmost, "hit its peak" as
    highest and "bottom out" as lowest. One of _EXTREMES that is also a header's word or its stem ("highest"
    with `High points`) names a column, not an ordering, and does not count; an adjective's ("the windiest" of
    `Wind`) orders by it."""
    explained = _EXPLAINED.search(question.lower())   # "the brightest (lowest magnitude)": the word in brackets
    if explained:
        return explained[1]
    words = _words(question)
    text = " ".join(words)
    compass = _COMPASS.search(text)   # "farthest east", "the most southerly": easternmost, southernmost
    if compass:
        return f"{compass[1]}ernmost"
    peak = _PEAK.search(text)   # "When did GOOG hit its peak?", "In which month did AAPL bottom out?"
    if peak:
        return "lowest" if "low" in peak[0] or "bottom" in peak[0] else "highest"
    signed = _SIGNED.search(text)   # "the most negative EA", "the least negative undercount"; not of a count headed
    if signed and not any("negative" in words for words in header_word_sets(table.header)):   # `Negative`: the most
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
        elif word not in _EXTREMES and _is_superlative(word) and (before in _BEFORE_SUPERLATIVE or index == 0
                                                                  or before in NUMBER_WORDS or not after):
            found = word   # "the sweetest", "the three saltiest", "was it calmest", "was the wind calmest?",
            #                "Priciest item among those under 5 dollars?"
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


_LONGITUDES = frozenset({"lon", "long", "lng"})   # "the longest" names no longitude (`LON`): it is a length


def _header_after_extreme(found: str, stem: str, header: Sequence[str], after: str) -> bool:
    """Whether an extreme word names a header that holds it ("highest" of `High points`, `highest`): the header
    has no other word, or its other word follows, whole or cut ("the highest points", "the minimum temperature"
    of `MinTemp`; not "the highest molecular weight" of `OH_t_high`)."""
    holding = [w for w in header if w == found or (len(w) >= 3 and stem.startswith(w) and w not in _LONGITUDES)]
    others = [w for w in header if w not in holding]
    return bool(holding) and (not others or any(singular(after) == singular(other) or (
        len(other) >= 2 and after.startswith(other)) for other in others))   # "minimum temperature" of `MinTemp`


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
    "lying": "elevation altitude elev alt",   # "the lowest-lying site"
    "northernmost": "latitude lat declination dec", "southernmost": "latitude lat declination dec",   # (a star's)
    "easternmost": "longitude lon long", "westernmost": "longitude lon long",
    "clean": "carbon co2 co2e co2eq gco2eq emission emissions pollution ghg",   # "the cleanest grid": the least
    "dirty": "carbon co2 co2e co2eq gco2eq emission emissions pollution ghg",   # carbon per kWh
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


def _glued(question: str, word: str) -> str | None:
    """The word a hyphen glues to the superlative `word` ("highest-output" -> output, "lowest-priced" -> priced),
    or None."""
    glued = re.search(rf"\b{re.escape(word)}-([a-z]+)\b", question.lower().replace("’", "'"))
    return glued[1] if glued else None


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
    if word in words and (words[words.index(word) + 1:][:1] == ["up"] or set(words[max(0, words.index(word) - 2):
                                                                                  words.index(word)]) & _SITTING):
        found |= measures.get("lying", frozenset())   # "Which site sits highest?", "the two highest up"
    following = words[words.index(word) + 1:][:1] if word in words else []
    if measures is _MEASURES and _adjective(word) in ("big", "large", "small") and following \
            and singular(following[0]) in _SETTLEMENTS:
        found |= _SETTLEMENT_MEASURES   # "the smallest city": by its population
    for at, word in enumerate(words):   # "Which state pays its teachers the least?": the verb a few words before
        if word in ("most", "least"):
            found |= {measure for verb in words[max(0, at - 4):at] if verb.rstrip("s") in _MEASURING_VERBS
                      for measure in measures.get(verb.rstrip("s"), ())}
    return frozenset(found)


_MEASURING_VERBS = frozenset({"pay", "spend", "earn", "weigh"})   # the verbs of _MEASURES
_SETTLEMENTS = frozenset("city town village metro municipality settlement".split())   # sized by their people
_SETTLEMENT_MEASURES = frozenset("population pop inhabitants".split())
_SITTING = frozenset("sits sit sat lies lie lay situated located perched".split())   # where a place is: its elevation


# The direction a superlative word says whatever the column: the magnitude words, and adjectives that name the
# small end of what a column measures ("the cheapest" of a price, "the calmest" of a wind speed). Any other
# "-est" adjective names the large end ("the saltiest", "the priciest"). Words whose direction depends on
# what the column measures ("the fastest" of a time is its smallest, "the oldest" of a year too) are left to
# the model's aggregation head.
_DESCENDING = frozenset("""most highest largest greatest biggest maximum top northernmost easternmost farthest
    furthest""".split())
_ASCENDING = frozenset("""least fewest lowest smallest minimum cheapest lightest shortest narrowest shallowest
    thinnest coldest coolest driest calmest poorest weakest flattest southernmost westernmost closest
    nearest quietest rarest slimmest leanest skinniest tiniest slightest cleanest""".split())
_EITHER_WAY = frozenset("fastest quickest slowest best worst oldest youngest earliest latest newest".split())


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
    if word == "soonest":   # "which reached full bloom soonest": the earliest
        word = "earliest"
    if word in ("first", "last"):   # said of a time (superlative_word): the earliest, the latest
        word = "earliest" if word == "first" else "latest"
        if dated is None:
            return word == "latest"   # the first game is the least game number
    if dated is False and word in ("earliest", "newest", "latest"):
        return None   # "the earliest-diagnosed patient" of `age`: said of another column, a time
    if dated is None and word in ("earliest", "latest"):
        return word == "latest"   # of any other number (a day of the year, a time, a round): the earliest is the least
    if dated is not None and word in ("oldest", "earliest", "newest", "latest", "youngest"):
        # the oldest journal was founded first; the oldest player is the one whose age is largest
        return (word in ("newest", "latest", "youngest")) == dated
    if word in _DESCENDING or word == "best":
        return True
    if word in _ASCENDING:
        return False
    return None if word in _EITHER_WAY else True
