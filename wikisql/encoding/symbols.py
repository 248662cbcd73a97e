"""Headers that are a field's codes or symbols, read as the words a question says for them: statistics codes and
chemical elements (field_code_reading), thermodynamic symbols (thermodynamic_readings), a steam table's and a steel
section's symbols (symbol_family_readings), formulas (formula_reading), a family of glued codes (_family_readings:
`bfneur` "neuroticism"), and members of a numbered or a percentile family of headers (numbered_readings,
percentile_readings).
"""
from __future__ import annotations

import collections
import os
import re
from typing import Callable, Sequence

from wikisql.encoding.headers import _ASKING_WORDS, _ORDINAL, _STOPWORDS, ORDINAL_WORDS, readable_header, singular

# Codes that tables of a field write for what their readers call otherwise, which no rule of _reading finds from
# the letters: the code (the whole header, lower-cased, letters and digits only; R writes `2B` as `X2b`) -> the words
# a question says for it, each a phrase. Only standard codes of statistics tables: baseball and basketball box
# scores, football league tables, economic and demographic series, health studies and pharmacokinetic records, feed
# analyses, timber design values, weather and river records, stars' and earthquakes' catalogues, car data sets.
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
    "bfp": ("batters faced",), "po": ("putouts",), "e": ("errors", "modulus of elasticity"),
    # basketball, hockey, cricket
    "pts": ("points",), "reb": ("rebounds",), "trb": ("rebounds",), "orb": ("offensive rebounds",),
    "drb": ("defensive rebounds",), "ast": ("assists", "away shots on target"), "stl": ("steals",), "blk": ("blocks",),
    "tov": ("turnovers",), "pf": ("fouls", "personal fouls"), "fg": ("field goals",), "fga": ("field goal attempts",),
    "ft": ("free throws", "tension"), "fta": ("free throw attempts",),
    "x3p": ("three pointers", "three-pointers", "threes"),
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
    "sysbp": ("systolic blood pressure", "systolic"), "diabp": ("diastolic blood pressure", "diastolic"),
    "heartrte": ("heart rate", "pulse"), "cigpday": ("cigarettes a day", "cigarettes per day", "cigarettes"),
    "totchol": ("total cholesterol",),
    # pharmacokinetic data sets (NONMEM's columns): the measured concentration, the dose, the dosing interval
    "dv": ("concentration", "dependent variable", "measured value"), "amt": ("dose", "amount", "amount given"),
    "ii": ("dosing interval", "interdose interval"), "cmt": ("compartment",), "crcl": ("creatinine clearance",),
    # timber design values (reference values of sawn lumber: bending, tension, shear, compression, stiffness)
    "fb": ("bending",), "fv": ("shear",),   # (`Ft` "tension" with basketball's free throws)
    "fc": ("compression parallel to grain", "compression parallel"),
    "fcperp": ("compression perpendicular to grain", "compression perpendicular"),
    "emin": ("minimum modulus of elasticity", "minimum modulus"),
    # pure-component property tables of chemical engineering (critical constants, boiling and freezing points,
    # acentric factor, formation properties): `Tc (K)`, `Pc (bar)`, `Vc`, `Tb (K)`, `Tfp (K)`, `Omega`, `dHf`
    "tc": ("critical temperature",), "pc": ("critical pressure",), "vc": ("critical volume",),
    "zc": ("critical compressibility", "critical compressibility factor"),
    "tb": ("normal boiling point", "boiling point", "boiling", "boils", "boil"),
    "tfp": ("freezing point", "freezing", "freezes", "melting point"), "omega": ("acentric factor",),
    "lden": ("liquid density",), "dhf": ("enthalpy of formation", "heat of formation"),
    "dgf": ("gibbs energy of formation", "free energy of formation", "gibbs free energy of formation"),
    "dipm": ("dipole moment", "dipole moments", "dipole"), "molwt": ("molecular weight", "molar mass"),
    "hform": ("enthalpy of formation", "heat of formation"),
    "hvap": ("heat of vaporization", "enthalpy of vaporization"),
    "gform": ("gibbs energy of formation", "free energy of formation", "gibbs free energy of formation"),
    "hfus": ("heat of fusion", "enthalpy of fusion"),
    # feed and forage analyses (dairy rations)
    "dm": ("dry matter",), "ndf": ("neutral detergent fiber", "neutral detergent fibre"),
    "adf": ("acid detergent fiber", "acid detergent fibre"), "lg": ("lignin",), "st": ("starch",),
    # weather records
    "prcp": ("precipitation", "rain", "rainfall"), "precip": ("precipitation", "rain", "rainfall"),
    "prec": ("precipitation", "rain", "rainfall"),
    "tmax": ("high temperature", "highest temperature", "daily high"),
    "tmin": ("low temperature", "lowest temperature", "overnight low"), "tavg": ("average temperature",),
    "tmean": ("mean temperature", "average temperature"),
    # hydrology (a river's discharge), astronomy (a star's), seismology (an earthquake's)
    "q": ("discharge", "streamflow", "river flow", "flow"), "qt": ("discharge", "streamflow", "river flow", "flow"),
    "qobs": ("observed discharge", "discharge", "streamflow", "flow"),
    "teff": ("effective temperature", "temperature"), "logg": ("surface gravity", "gravity"),
    "feh": ("metallicity",), "mag": ("magnitude",),
    "wspd": ("wind speed", "wind"), "awnd": ("wind speed", "wind"), "snwd": ("snow depth",),
    "rh": ("relative humidity", "humidity"),
    "mslp": ("mean sea level pressure", "sea level pressure", "central pressure", "pressure"),
    "slp": ("sea level pressure", "pressure"),
    "vmax": ("maximum sustained wind", "maximum wind speed", "max wind", "wind speed", "winds", "wind"),
    "elev": ("elevation", "altitude", "above sea level"), "alt": ("altitude", "elevation", "above sea level"),
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
        found = re.search(rf"\b(?:{pattern})s?\b", said)   # ("the three pressures" too)
        return found[0] if found else ""
    steam = [re.fullmatch(r"([DΔ∆])?([vuhs])([LVfg])?", header) for header in plain]
    if {"T", "P"} <= set(plain) and sum(1 for match in steam if match and (match[1] or match[3])) >= 3:
        phases = {phase: says(pattern) for phase, pattern in _STEAM_PHASES.items()}
        a_phase_said = any(phases.values())
        readings: list[str | None] = []
        for header, match in zip(plain, steam):
            if header in ("T", "P"):
                readings.append(says("temperature|degrees" if header == "T" else "pressure|mpa|kpa|bar|psi"))
            elif match:
                phase = "D" if match[1] else match[3]
                base = says(_STEAM_BASES[match[2]])
                readings.append(f"{base} {phases[phase]}" if base and phase and phases[phase] else
                                base if base and not phase and not a_phase_said else "")
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
    by pitch", `K` <- "potassium", `ELEV(M)` <- "above sea level" (a code with its unit in brackets); none when
    the question says the code itself or another header has the words (`taken`)."""
    code = re.sub(r"[^a-z0-9]", "", str(header).lower())
    if code in question_words:
        return None
    unit = re.fullmatch(r"\s*([A-Za-z]+)\s*\([^()]*\)\s*", str(header))   # `ELEV(M)`: the code before its unit
    phrases = _FIELD_CODES.get(code, ()) + _ELEMENT_SYMBOLS.get(str(header).strip(), ()) + (
        _FIELD_CODES.get(unit[1].lower(), ()) if unit and unit[1].lower() != code else ())
    for phrase in sorted(phrases, key=lambda phrase: -len(phrase.split())):   # the longest said
        wanted = phrase.replace("-", " ").split()
        for start in range(len(question_words) - len(wanted) + 1):
            said = question_words[start:start + len(wanted)]
            if [singular(w) for w in said] == [singular(w) for w in wanted] and not all(map(taken, wanted)):
                return " ".join(said)
    return None


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
