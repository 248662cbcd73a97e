"""Perturbed copies of the WikiSQL dev set: the same questions on changed tables.

    python scripts/perturb_wikisql.py                   # ../shared/data/wikisql dev -> runs/perturbed-dev
    python scripts/perturb_wikisql.py --data-dir DIR --out DIR --seed 0 --only shuffled few-cells
    python scripts/perturb_wikisql.py --header-stats    # header word frequencies, mapping coverage

One pair of files per perturbation, `{name}.jsonl` and `{name}.tables.jsonl` (read them with
`wikisql.data.load_split(out, name)`), plus `manifest.json` (seed, sha256 of the sources and of
this script, examples kept and dropped). The output holds WikiSQL data: it goes to `runs/`
(ignored by git), never into the repository.

Perturbations (each deterministic from --seed: one `random.Random` per perturbation and table):

- synonyms: header words replaced by hand-written synonyms or near-synonyms (SYNONYMS, PHRASE_SYNONYMS);
  a header with no mapped word stays as it is.
- abbreviations: headers abbreviated as real tables write them: a whole-header mapping
  (HEADER_ABBREVIATIONS: Goals -> G, Position -> Pos.), initials of multi-word headers (Home team
  score -> HTS), a word mapping (WORD_ABBREVIATIONS: Number -> No., Percentage -> Pct), long words cut
  after a syllable (Tournament -> Tourn.) or with their vowels dropped (Player -> Plyr).
- casing: one style per table: snake_case, camelCase or UPPER CASE.
- shuffled: the columns in another order.
- distractors: 3-6 columns of other tables added at random places (whole columns: header, type
  and cells, cut to the table's rows or padded by repeating their cells); their headers are not
  already in the table.
- few-cells: at most 5 rows (so 5 cells a column): the rows where the gold conditions hold (which hold
  the selected cells), or for MAX/MIN the row that gives the result, filled up to 5 with other rows.
  One table per row selection (id `{table id}-rows-{kept rows}`). An example whose answer needs more
  than 5 rows (e.g. COUNT of 6 rows) is dropped and counted.

Questions are never changed. Gold queries are re-indexed to the new column order, and every gold
query is executed on the original and on the perturbed table (official schema, wikisql.database):
an example is kept only when both give the same result; the others are dropped and counted by reason.
Headers within a table stay distinct (case-insensitively); when two collide, the second one gets a suffix.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere
from wikisql.data import find_split_files, load_split  # noqa: E402
from wikisql.database import Database, ExecutionError  # noqa: E402
from wikisql.query import Condition, Query  # noqa: E402
from wikisql.schema import Example, Table  # noqa: E402

DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "wikisql"
DEFAULT_OUT = REPO_ROOT / "runs" / "perturbed-dev"
MAX_ROWS = 5                     # few-cells: rows kept per table
DISTRACTORS = (3, 6)             # distractors: columns added per table, inclusive

# ----------------------------------------------------------------------------- hand-written mappings
# Written for this benchmark from the most frequent words of the dev headers (`--header-stats`
# prints them with the coverage). Keys are lower-case words; values are the replacements, one
# picked per table by the seeded generator. A key ending in "." matches the word with its dot.

SYNONYMS = {
    # the most frequent header words first (dev: date 928, team 864, score 693, year 353, ...)
    "date": ["day", "calendar day"],
    "team": ["club", "side", "squad"],
    "score": ["result", "tally"],
    "year": ["season", "calendar year"],
    "points": ["tally", "marks"],
    "attendance": ["crowd", "spectators", "turnout"],
    "home": ["host", "local"],
    "name": ["full name", "designation"],
    "record": ["standing", "win-loss"],
    "opponent": ["rival", "opposition", "adversary"],
    "high": ["top", "most", "leading"],
    "result": ["outcome", "final score"],
    "position": ["role", "placing"],
    "player": ["athlete", "sportsman"],
    "location": ["site", "place"],
    "away": ["visiting", "road"],
    "rank": ["ranking", "standing", "placing"],
    "venue": ["ground", "stadium", "arena"],
    "total": ["sum", "aggregate", "overall"],
    "game": ["match", "fixture", "contest"],
    "country": ["nation", "land"],
    "no": ["number"],
    "no.": ["number"],
    "time": ["duration", "timing"],
    "season": ["campaign", "year"],
    "title": ["name", "heading"],
    "round": ["stage", "phase"],
    "club": ["team", "side"],
    "week": ["matchweek", "gameweek"],
    "series": ["run", "sequence"],
    "driver": ["racer", "pilot"],
    "goals": ["scores", "strikes"],
    "number": ["figure", "count"],
    "place": ["position", "spot", "placing"],
    "original": ["first", "initial"],
    "crowd": ["attendance", "spectators", "audience"],
    "rebounds": ["boards"],
    "assists": ["setups", "dimes"],
    "first": ["initial", "earliest"],
    "nationality": ["citizenship", "country"],
    "wins": ["victories"],
    "pick": ["selection", "choice", "draft slot"],
    "laps": ["circuits", "rounds"],
    "air": ["broadcast", "screening", "transmission"],
    "tournament": ["competition", "event", "championship"],
    "population": ["inhabitants", "residents", "people"],
    "college": ["university", "school"],
    "loss": ["defeat"],
    "winning": ["victorious", "successful"],
    "city": ["town", "municipality"],
    "party": ["affiliation", "faction"],
    "against": ["conceded", "versus"],
    "type": ["kind", "category", "sort"],
    "nation": ["country", "state"],
    "winner": ["champion", "victor"],
    "school": ["college", "academy", "institution"],
    "class": ["category", "division", "grade"],
    "code": ["identifier", "reference"],
    "league": ["division", "competition"],
    "played": ["games", "matches", "appearances"],
    "district": ["constituency", "area"],
    "gold": ["first place", "golds"],
    "silver": ["second place", "silvers"],
    "bronze": ["third place", "bronzes"],
    "episode": ["installment", "part", "show"],
    "directed": ["helmed", "made"],
    "area": ["size", "surface area", "extent"],
    "written": ["authored", "penned"],
    "final": ["last", "decider", "closing"],
    "lost": ["defeats", "beaten"],
    "competition": ["tournament", "contest", "event"],
    "top": ["best", "upper"],
    "years": ["seasons", "period"],
    "viewers": ["audience", "watchers"],
    "grid": ["starting position", "start slot"],
    "average": ["mean"],
    "doubles": ["pairs"],
    "retired": ["withdrawn", "stopped"],
    "finish": ["placing", "end"],
    "runner": ["finisher"],
    "height": ["stature", "tallness"],
    "constructor": ["maker", "builder"],
    "visitor": ["guest", "away side"],
    "production": ["manufacture", "output"],
    "surface": ["court", "playing surface"],
    "status": ["state", "condition", "standing"],
    "won": ["victories", "wins"],
    "millions": ["million", "mln"],
    "elected": ["chosen", "voted in"],
    "engine": ["motor", "powerplant"],
    "event": ["discipline", "contest", "competition"],
    "incumbent": ["officeholder", "current holder", "sitting member"],
    "outcome": ["result", "ending"],
    "race": ["grand prix", "contest", "event"],
    "singles": ["individual"],
    "opponents": ["rivals", "opposition"],
    "model": ["version", "variant"],
    "drawn": ["tied", "draws"],
    "cup": ["trophy"],
    "county": ["borough", "shire"],
    "length": ["duration", "distance", "size"],
    "games": ["matches", "fixtures", "appearances"],
    "song": ["track", "tune", "single"],
    "goal": ["score", "strike"],
    "candidates": ["contenders", "nominees", "runners"],
    "release": ["launch", "issue"],
    "avg": ["mean"],
    "avg.": ["mean"],
    "capacity": ["seats", "max attendance"],
    "leg": ["stage", "portion"],
    "losses": ["defeats"],
    "region": ["area", "zone", "territory"],
    "artist": ["performer", "musician", "act"],
    "state": ["province", "territory"],
    "overall": ["total", "aggregate"],
    "rider": ["cyclist", "racer"],
    "margin": ["gap", "difference", "spread"],
    "weight": ["mass", "heft"],
    "junior": ["youth"],
    "money": ["earnings", "prize money", "winnings"],
    "site": ["venue", "location"],
    "tries": ["touchdowns", "scores"],
    "chassis": ["frame", "body"],
    "director": ["filmmaker", "helmer"],
    "championship": ["title", "tournament"],
    "conference": ["league", "division"],
    "difference": ["margin", "gap", "diff"],
    "income": ["earnings", "revenue", "salary"],
    "pos": ["position", "place"],
    "pos.": ["position", "place"],
    "report": ["summary", "account", "writeup"],
    "division": ["league", "tier", "section"],
    "share": ["portion", "proportion"],
    "enrollment": ["students", "student body", "enrolment"],
    "group": ["pool", "section"],
    "start": ["beginning", "commencement"],
    "decision": ["verdict", "ruling"],
    "draws": ["ties", "stalemates"],
    "circuit": ["track", "course"],
    "fastest": ["quickest", "best"],
    "manufacturer": ["maker", "brand", "make"],
    "frequency": ["wavelength", "band"],
    "label": ["record company", "imprint"],
    "tie": ["fixture", "match"],
    "quantity": ["amount", "count"],
    "format": ["medium", "layout"],
    "stadium": ["arena", "ground", "ballpark"],
    "pole": ["top qualifier"],
    "lap": ["circuit", "round"],
    "power": ["output", "horsepower", "strength"],
    "notes": ["remarks", "comments"],
    "votes": ["ballots", "tally"],
    "best": ["top", "finest"],
    "men": ["male", "gents"],
    "women": ["female", "ladies"],
    "change": ["shift", "swing"],
    "athlete": ["player", "competitor", "sportsperson"],
    "matches": ["games", "fixtures"],
    "speed": ["velocity", "pace"],
    "pts": ["points"],
    "pts.": ["points"],
    "ranking": ["rank", "standing", "position"],
    "gp": ["games played"],
    "partner": ["teammate", "companion"],
    "ends": ["expires", "finishes"],
    "third": ["3rd"],
    "second": ["2nd"],
    "peak": ["top", "highest", "max"],
    "rating": ["score", "grade", "mark"],
    "source": ["origin", "reference"],
    "english": ["translated"],
    "official": ["formal", "authorised"],
    "res": ["result"],
    "res.": ["result"],
    "method": ["technique", "means"],
    "last": ["final", "latest", "most recent"],
    "bonus": ["extra", "reward"],
    "founded": ["established", "formed", "started"],
    "category": ["class", "type", "division"],
    "license": ["licence", "permit"],
    "mens": ["men's", "male"],
    "womens": ["women's", "female"],
    "airdate": ["broadcast date", "air date"],
    "mixed": ["co-ed", "combined"],
    "draw": ["tie", "stalemate"],
    "successor": ["replacement", "next holder"],
    "classification": ["category", "grouping"],
    "language": ["tongue", "lang"],
    "poles": ["pole positions"],
    "max": ["maximum", "peak"],
    "order": ["sequence", "rank"],
    "entrant": ["competitor", "participant"],
    "age": ["years old"],
    "affiliation": ["association", "membership", "alignment"],
    "victory": ["win", "triumph"],
    "apps": ["appearances", "games"],
    "lane": ["track", "line"],
    "prize": ["award", "reward", "purse"],
    "rate": ["ratio", "percentage"],
    "catalog": ["catalogue", "cat number"],
    "joined": ["entered", "became member"],
    "film": ["movie", "picture"],
    "career": ["lifetime", "all-time"],
    "results": ["outcomes"],
    "track": ["song", "course"],
    "manager": ["coach", "boss", "head coach"],
    "segment": ["part", "section", "portion"],
    "institution": ["school", "college", "university"],
    "nickname": ["alias", "moniker"],
    "density": ["concentration", "compactness"],
    "current": ["present", "existing"],
    "builder": ["constructor", "maker", "manufacturer"],
    "winnings": ["earnings", "prize money"],
    "award": ["prize", "honour", "accolade"],
    "info": ["information", "details"],
    "member": ["representative", "delegate"],
    "office": ["post", "position", "role"],
    "win": ["victory", "success"],
    "census": ["count", "headcount"],
    "host": ["presenter", "organiser"],
    "scorer": ["goalscorer", "marksman"],
    "scorers": ["goalscorers", "marksmen"],
    "events": ["competitions", "contests"],
    "median": ["middle", "typical"],
    "station": ["broadcaster", "outlet"],
    "theme": ["topic", "subject", "motif"],
    "seat": ["constituency", "place"],
    "seats": ["places", "mandates"],
    "races": ["events", "contests"],
    "province": ["region", "state"],
    "capital": ["chief city", "seat of government"],
    "coach": ["manager", "trainer", "head coach"],
    "dates": ["days", "period"],
    "election": ["vote", "poll", "ballot"],
    "captain": ["skipper", "leader"],
    "actor": ["performer", "cast member"],
    "service": ["duty", "tenure"],
    "extra": ["additional", "bonus"],
    "period": ["era", "span", "term"],
    "highest": ["top", "maximum", "peak"],
    "starts": ["appearances", "games started"],
    "streak": ["run", "sequence"],
    "att": ["attendance"],
    "att.": ["attendance"],
    "arrangement": ["setup", "layout", "configuration"],
    "episodes": ["installments", "shows"],
    "reason": ["cause", "motive"],
    "ground": ["stadium", "venue", "pitch"],
    "main": ["primary", "principal", "chief"],
    "leading": ["top", "foremost", "best"],
    "network": ["channel", "broadcaster"],
    "torque": ["turning force", "pulling power"],
    "sport": ["discipline", "game"],
    "touchdowns": ["TDs", "scores"],
    "field": ["pitch", "ground"],
    "leader": ["head", "chief"],
    "town": ["city", "village", "municipality"],
    "capita": ["head", "person"],
    "lead": ["advantage", "edge"],
    "guest": ["visitor", "invitee"],
    "appointment": ["hiring", "nomination"],
    "car": ["vehicle", "automobile", "machine"],
    "studio": ["workshop", "production company"],
    "int": ["interceptions"],
    "municipality": ["town", "commune", "locality"],
    "mascot": ["emblem", "symbol"],
    "long": ["longest", "extended"],
    "podiums": ["podium finishes", "top three finishes"],
    "winners": ["champions", "victors"],
    "previous": ["prior", "former", "preceding"],
    "built": ["constructed", "erected"],
    "vehicle": ["car", "machine"],
    "pct": ["percentage"],
    "pct.": ["percentage"],
    "losing": ["defeated", "beaten"],
    "jockey": ["rider"],
    "seasons": ["years", "campaigns"],
    "transfer": ["move", "switch"],
    "gain": ["increase", "growth"],
    "numbers": ["figures"],
    "vacator": ["departing member", "predecessor"],
    "general": ["overall"],
    "system": ["scheme", "format"],
    "football": ["soccer"],
    "gender": ["sex"],
    "description": ["details", "summary"],
    "playoffs": ["postseason", "post-season"],
    "match": ["game", "fixture", "contest"],
    "owner": ["proprietor", "holder"],
    "champion": ["winner", "titleholder"],
    "television": ["TV", "broadcast"],
    "percentage": ["share", "percent", "proportion"],
    "road": ["route", "street"],
    "album": ["record", "LP"],
    "distance": ["length", "range"],
    "titles": ["championships", "crowns"],
    "fee": ["price", "cost", "charge"],
    "ratings": ["scores", "grades"],
    "hometown": ["home city", "birthplace"],
    "diameter": ["width", "span"],
    "authority": ["body", "administration"],
    "channel": ["station", "network"],
    "stage": ["phase", "round", "leg"],
    "yards": ["yardage"],
    "issue": ["edition"],
    "aired": ["broadcast", "shown", "screened"],
    "version": ["edition", "variant"],
    "annual": ["yearly"],
    "duration": ["length", "running time"],
    "trainer": ["coach", "handler"],
    "company": ["firm", "business", "corporation"],
    "vote": ["ballot", "poll"],
    "value": ["worth", "price", "amount"],
    "constituency": ["district", "electorate", "riding"],
    "ties": ["draws"],
    "outgoing": ["departing", "leaving"],
    "departure": ["exit", "leaving"],
    "earnings": ["income", "winnings", "revenue"],
    "elevation": ["altitude"],
    "poll": ["survey"],
    "regular": ["normal", "standard"],
    "show": ["programme", "program"],
    "genre": ["style", "kind"],
    "publisher": ["issuer", "press"],
    "headquarters": ["head office", "base"],
    "character": ["role", "part"],
    "couple": ["pair", "duo"],
    "replaced": ["succeeded", "followed"],
    "manner": ["way", "mode"],
    "vacancy": ["opening"],
    "airport": ["airfield", "aerodrome"],
    "make": ["brand", "marque"],
    "machine": ["vehicle", "bike"],
    "settlement": ["village", "locality"],
    "edition": ["version", "instalment"],
    "fate": ["outcome", "end"],
    "representative": ["delegate", "member"],
    "floors": ["storeys", "levels"],
    "rowers": ["crew", "oarsmen"],
    "starter": ["starting player", "opener"],
    "latitude": ["lat"],
    "longitude": ["long"],
    "heat": ["round", "race"],
    "semifinalists": ["semi-finalists", "last four"],
    "choice": ["selection", "pick"],
}

# Multi-word phrases, matched before single words (words separated by spaces or a hyphen).
PHRASE_SYNONYMS = {
    "runner up": ["finalist", "second place"],
    "directed by": ["director"],
    "written by": ["writer", "screenplay"],
    "original air date": ["first broadcast", "premiere date"],
    "original airdate": ["first broadcast", "premiere date"],
    "air date": ["broadcast date", "screening date"],
    "production code": ["episode code", "production number"],
    "to par": ["relative to par", "vs par"],
    "first elected": ["in office since", "initially elected"],
    "date of birth": ["born", "birth date"],
    "place of birth": ["birthplace"],
    "call sign": ["callsign", "station id"],
    "per capita": ["per person", "per head"],
    "pole position": ["pole", "top qualifier"],
    "fastest lap": ["quickest lap", "best lap"],
    "time retired": ["time/status", "finish time"],
    "margin of victory": ["winning margin"],
    "home team": ["hosts", "home side"],
    "away team": ["visitors", "away side"],
}

# Whole headers (lower-case, spaces collapsed) as real tables abbreviate them.
HEADER_ABBREVIATIONS = {
    "goals": ["G", "Gls"],
    "goals for": ["GF"],
    "goals against": ["GA"],
    "goal difference": ["GD"],
    "points": ["Pts", "Pts."],
    "points for": ["PF"],
    "points against": ["PA"],
    "position": ["Pos", "Pos."],
    "number": ["No.", "#"],
    "percentage": ["Pct", "%"],
    "games played": ["GP"],
    "games": ["G", "GP"],
    "played": ["Pld", "P"],
    "wins": ["W"],
    "won": ["W"],
    "losses": ["L"],
    "lost": ["L"],
    "draws": ["D"],
    "drawn": ["D"],
    "ties": ["T"],
    "rebounds": ["Reb", "REB"],
    "assists": ["Ast", "AST"],
    "high points": ["High pts", "Hi Pts"],
    "high rebounds": ["High reb", "Hi Reb"],
    "high assists": ["High ast", "Hi Ast"],
    "attendance": ["Att.", "Att"],
    "location attendance": ["Loc./Att."],
    "average": ["Avg.", "Avg"],
    "nationality": ["Nat.", "Nat"],
    "home team": ["Home", "HT"],
    "away team": ["Away", "AT"],
    "home team score": ["Home score", "HT score", "HTS"],
    "away team score": ["Away score", "AT score", "ATS"],
    "opponent": ["Opp.", "Opp"],
    "opponents": ["Opp.", "Opps"],
    "rank": ["Rk", "Rk."],
    "record": ["Rec.", "W-L"],
    "result": ["Res.", "W/L"],
    "round": ["Rd.", "Rnd"],
    "week": ["Wk", "Wk."],
    "year": ["Yr", "Yr."],
    "years": ["Yrs", "Yrs."],
    "season": ["Szn", "Ssn"],
    "game": ["G", "Gm"],
    "place": ["Pl.", "Pl"],
    "pick": ["Pk", "Pk."],
    "pick #": ["Pk #", "Pick"],
    "overall": ["Ovr", "Ovr."],
    "laps": ["Lps", "L"],
    "grid": ["Grd", "Start"],
    "time/retired": ["Time/Ret.", "T/R"],
    "to par": ["+/-", "Par"],
    "directed by": ["Dir.", "Director"],
    "written by": ["Wr.", "Writer"],
    "original air date": ["Orig. air date", "Airdate", "OAD"],
    "production code": ["Prod. code", "Prod. #"],
    "no. in series": ["#", "Series #", "No."],
    "no. in season": ["Ep. #", "Season #"],
    "first elected": ["Elected", "1st elected"],
    "u.s. viewers (millions)": ["US viewers (M)", "Viewers (mil.)"],
    "population": ["Pop.", "Pop"],
    "college": ["Coll.", "School"],
    "district": ["Dist.", "Dist"],
    "incumbent": ["Inc.", "Incumb."],
    "candidates": ["Cands.", "Candidates"],
    "party": ["Pty", "Pty."],
    "country": ["Ctry", "Cty."],
    "location": ["Loc.", "Loc"],
    "tournament": ["Tourn.", "Tmt"],
    "winner": ["Wnr", "Win."],
    "runner-up": ["R-up", "RU"],
    "championship": ["Champ.", "Chmp"],
    "conference": ["Conf.", "Conf"],
    "division": ["Div.", "Div"],
    "height": ["Ht", "Ht."],
    "weight": ["Wt", "Wt."],
    "minutes": ["Min", "Mins"],
    "enrollment": ["Enr.", "Enrl."],
    "capacity": ["Cap.", "Cap"],
    "touchdowns": ["TD", "TDs"],
    "yards": ["Yds", "Yds."],
    "appearances": ["Apps", "App."],
    "margin of victory": ["MoV", "Margin"],
    "fastest lap": ["FL", "Fast lap"],
    "pole position": ["Pole", "PP"],
}

# Single words, wherever they appear in a header.
WORD_ABBREVIATIONS = {
    "position": "Pos.", "number": "No.", "points": "Pts", "goals": "Gls", "percentage": "Pct",
    "percent": "Pct", "attendance": "Att.", "average": "Avg.", "opponent": "Opp.", "opponents": "Opp.",
    "tournament": "Tourn.", "population": "Pop.", "nationality": "Nat.", "country": "Ctry", "location": "Loc.",
    "result": "Res.", "record": "Rec.", "district": "Dist.", "episode": "Ep.", "production": "Prod.",
    "directed": "Dir.", "director": "Dir.", "original": "Orig.", "international": "Intl", "national": "Nat'l",
    "government": "Gov't", "department": "Dept.", "university": "Univ.", "college": "Coll.", "school": "Sch.",
    "association": "Assoc.", "minutes": "Min", "minimum": "Min.", "maximum": "Max.", "total": "Tot.",
    "rebounds": "Reb", "assists": "Ast", "steals": "Stl", "blocks": "Blk", "height": "Ht", "weight": "Wt",
    "capacity": "Cap.", "established": "Est.", "championship": "Champ.", "conference": "Conf.",
    "division": "Div.", "manager": "Mgr", "president": "Pres.", "general": "Gen.", "administration": "Admin.",
    "republican": "Rep.", "democratic": "Dem.", "appearances": "Apps", "yards": "Yds", "touchdowns": "TDs",
    "interceptions": "Ints", "competition": "Comp.", "category": "Cat.", "description": "Desc.",
    "frequency": "Freq.", "temperature": "Temp.", "diameter": "Dia.", "kilometres": "km", "kilometers": "km",
    "miles": "mi", "square": "Sq.", "avenue": "Ave.", "route": "Rte", "highway": "Hwy", "station": "Stn",
    "reference": "Ref.", "language": "Lang.", "version": "Ver.", "volume": "Vol.", "edition": "Ed.",
    "manufacturer": "Mfr.", "qualifying": "Qual.", "finish": "Fin.", "retired": "Ret.", "vehicle": "Veh.",
    "millions": "mil.", "million": "mil.", "week": "Wk", "years": "Yrs", "year": "Yr", "game": "Gm",
    "games": "Gms", "player": "Plyr", "team": "Tm", "round": "Rd", "rank": "Rk", "place": "Pl.",
    "pick": "Pk", "overall": "Ovr", "elected": "Elec.", "incumbent": "Inc.", "candidates": "Cands.",
    "party": "Pty", "winner": "Wnr", "winning": "Win.", "score": "Scr", "season": "Szn", "first": "1st",
    "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "number.": "No.", "series": "Ser.",
    "against": "Agst", "versus": "vs.", "opposition": "Opp.", "difference": "Diff.", "control": "Ctrl",
    "mountain": "Mt.", "saint": "St.", "fort": "Ft.", "county": "Co.", "company": "Co.", "corporation": "Corp.",
    "incorporated": "Inc.", "limited": "Ltd", "building": "Bldg", "headquarters": "HQ", "television": "TV",
    "approximately": "approx.", "estimated": "est.", "population.": "Pop.", "enrollment": "Enr.",
    "elevation": "Elev.", "latitude": "Lat.", "longitude": "Long.", "address": "Addr.", "telephone": "Tel.",
    "regular": "Reg.", "playoffs": "PO", "laps": "Lps", "viewers": "Vwrs", "rating": "Rtg", "share": "Shr",
}

STOPWORDS = {"of", "by", "in", "the", "a", "an", "and", "or", "for", "to", "at", "on", "from", "per", "as"}
CASING_STYLES = ("snake_case", "camelCase", "UPPER CASE")
CASING_SYMBOLS = {"#": "number", "%": "percent", "$": "dollars", "&": "and", "+": "plus", "£": "pounds", "€": "euros"}
WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
VOWELS = set("aeiouAEIOU")
INITIALS = re.compile(r"[A-Za-z]+(?:[ /-][A-Za-z]+){1,5}")   # headers of words only get initials: Home goals -> HG


# ----------------------------------------------------------------------------- helpers

@dataclass
class PerturbedSet:
    """Examples (re-indexed gold) and their perturbed tables. origin[i]: index of examples[i] in the
    examples the perturbation was given; dropped: reason -> count."""
    name: str
    examples: list
    tables: dict
    origin: list
    dropped: dict = field(default_factory=dict)

    @property
    def kept(self) -> int:
        return len(self.examples)


def table_rng(seed, name, table_id) -> random.Random:
    """The generator of one perturbation of one table (a str seed is hashed with SHA-512: stable)."""
    return random.Random(f"{seed}:{name}:{table_id}")


def match_case(template: str, replacement: str) -> str:
    """replacement written in the case of template (Title, UPPER or lower); an acronym or a word with
    an inner capital (TV, LP, TDs) is kept as it is."""
    letters = [ch for ch in replacement if ch.isalpha()]
    if (len(letters) > 1 and all(ch.isupper() for ch in letters)) or any(ch.isupper() for ch in letters[1:]):
        return replacement
    if len(template) > 1 and template.isupper():
        return replacement.upper()
    if template[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement[:1].lower() + replacement[1:]


def distinct(headers, separator=" "):
    """headers with case-insensitive repeats made distinct: the second `Pts` becomes `Pts 2`."""
    seen, out = set(), []
    for header in headers:
        candidate, k = header, 2
        while candidate.lower().strip() in seen:
            candidate, k = f"{header}{separator}{k}", k + 1
        seen.add(candidate.lower().strip())
        out.append(candidate)
    return out


def choose_headers(header, candidates_of, separator=" "):
    """New headers, one per column: for each, the first candidate that collides (case-insensitively)
    neither with a new header already chosen nor with another column's original header; else the
    original header if free; else the first candidate with a suffix."""
    originals = [h.lower().strip() for h in header]
    chosen, taken = [], set()
    for i, old in enumerate(header):
        others = set(originals[:i] + originals[i + 1:])
        candidates = [c for c in candidates_of(old) if c and c.strip()]
        pick = next((c for c in candidates if c.lower().strip() not in taken and c.lower().strip() not in others),
                    None)
        if pick is None:
            pick = old if old.lower().strip() not in taken else (candidates[0] if candidates else old)
        chosen.append(pick)
        taken.add(pick.lower().strip())
    return distinct(chosen, separator)


def rewrite_words(header, rng, words=SYNONYMS, phrases=PHRASE_SYNONYMS):
    """header with mapped phrases and words replaced (choice by rng), separators kept."""
    tokens = list(WORD.finditer(header))
    replacements, i = [], 0   # (start, end, text)

    def pick(template, options):
        """A replacement, not the one just used (Club Team -> Side Side)."""
        previous = replacements[-1][2].lower() if replacements else None
        fresh = [option for option in options if option.lower() != previous]
        return match_case(template, rng.choice(fresh)) if fresh else None

    while i < len(tokens):
        done = False
        for length in (3, 2):
            run = tokens[i:i + length]
            if len(run) < length or any(header[a.end():b.start()] not in (" ", "-", "/")
                                        for a, b in zip(run, run[1:])):
                continue
            key = " ".join(t.group().lower() for t in run)
            if key in phrases:
                text = pick(run[0].group(), phrases[key])
                if text is None:
                    continue
                replacements.append((run[0].start(), run[-1].end(), text))
                i += length
                done = True
                break
        if done:
            continue
        token = tokens[i]
        word, end = token.group().lower(), token.end()
        if header[end:end + 1] == "." and word + "." in words:
            word, end = word + ".", end + 1
        text = pick(token.group(), words[word]) if word in words else None
        if text is not None:
            replacements.append((token.start(), end, text))
        i += 1
    for start, end, text in reversed(replacements):
        header = header[:start] + text + header[end:]
    return header


def syllable_cut(word):
    """Tournament -> Tourn.: the consonants before and after the first vowel run."""
    i = 0
    while i < len(word) and word[i] not in VOWELS:
        i += 1
    while i < len(word) and word[i] in VOWELS:
        i += 1
    while i < len(word) and word[i] not in VOWELS:
        i += 1
    if i < 3:   # Elevation -> El: take one more syllable
        while i < len(word) and word[i] in VOWELS:
            i += 1
        while i < len(word) and word[i] not in VOWELS:
            i += 1
    cut = word[:i]
    return cut + "." if len(cut) + 2 < len(word) else None


def drop_vowels(word):
    """Player -> Plyr, Attendance -> Atndnc: the first letter, then the consonants, doubles merged."""
    out = word[0]
    for ch in word[1:]:
        if ch in VOWELS or ch.lower() == out[-1].lower():
            continue
        out += ch
    return out if 2 <= len(out) < len(word) else None


def abbreviation_candidates(header, rng):
    """Abbreviated forms of header, the preferred first (then the original)."""
    candidates = []
    key = " ".join(header.lower().split())
    if key in HEADER_ABBREVIATIONS and rng.random() < 0.85:
        candidates.append(rng.choice(HEADER_ABBREVIATIONS[key]))
    tokens = list(WORD.finditer(header))
    content = [t.group() for t in tokens if t.group().lower() not in STOPWORDS]
    if 2 <= len(content) <= 4 and INITIALS.fullmatch(header) and rng.random() < 0.3:
        candidates.append("".join(w[0].upper() for w in content))
    text = header
    for token in reversed(tokens):
        word, end = token.group(), token.end()
        lower = word.lower()
        if header[end:end + 1] == "." and lower + "." in WORD_ABBREVIATIONS:
            short, end = WORD_ABBREVIATIONS[lower + "."], end + 1
        elif lower in WORD_ABBREVIATIONS:
            short = WORD_ABBREVIATIONS[lower]
        elif len(word) >= 7 and rng.random() < 0.5:
            short = syllable_cut(word) if rng.random() < 0.6 else drop_vowels(word)
        else:
            short = None
        if short:
            text = text[:token.start()] + match_case(word, short) + text[end:]
    if text != header:
        candidates.append(text)
    if key in HEADER_ABBREVIATIONS:   # the whole-header forms as fall-backs
        candidates += HEADER_ABBREVIATIONS[key]
    return candidates + [header]


def casing_words(header):
    """The words of a header for snake_case and camelCase: U.S. -> US, Year(s) -> Years, # -> number."""
    text = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)", "", header)
    text = text.replace("(s)", "s")
    for symbol, word in CASING_SYMBOLS.items():
        text = text.replace(symbol, f" {word} ")
    return re.findall(r"[^\W_]+", text)


def cased(header, style):
    if style == "UPPER CASE":
        return header.upper()
    words = casing_words(header)
    if not words:
        return header
    if style == "snake_case":
        return "_".join(word.lower() for word in words)
    out = words[0].lower()
    for previous, word in zip(words, words[1:]):   # 1992-93 -> 1992_93, not 199293
        out += ("_" + word if previous[-1].isdigit() and word[0].isdigit() else word[:1].upper() + word[1:].lower())
    return out


def remap(query: Query, column_map) -> Query:
    """query over the new column order: column_map[old index] = new index."""
    return Query(column_map[query.sel], query.agg,
                 tuple(Condition(column_map[c.column], c.operator, c.value) for c in query.conds))


def stored(cell, kind):
    """A cell as the official schema stores it (text lower-cased; a number-like text in a real column
    a number), for finding the row a MAX/MIN picks."""
    if isinstance(cell, str):
        cell = cell.lower()
        if kind == "real":
            try:
                return float(cell)
            except ValueError:
                return cell
    return cell


# ----------------------------------------------------------------------------- table perturbations
# Each takes (table, rng, pool) and returns (new table, column_map) with column_map[old] = new.

def synonyms_table(table, rng, pool=None):
    header = choose_headers(table.header, lambda h: [rewrite_words(h, rng) for _ in range(3)])
    return Table(table.id, header, list(table.types), [list(r) for r in table.rows]), list(range(len(header)))


def abbreviations_table(table, rng, pool=None):
    header = choose_headers(table.header, lambda h: abbreviation_candidates(h, rng))
    return Table(table.id, header, list(table.types), [list(r) for r in table.rows]), list(range(len(header)))


def casing_table(table, rng, pool=None):
    style = rng.choice(CASING_STYLES)
    separator = {"snake_case": "_", "camelCase": ""}.get(style, " ")
    header = distinct([cased(h, style) for h in table.header], separator)
    return Table(table.id, header, list(table.types), [list(r) for r in table.rows]), list(range(len(header)))


def _reorder(table, columns):
    """A table whose column j is columns[j]: ("old", index) or ("new", header, type, cells)."""
    header, types, cells = [], [], []
    for column in columns:
        if column[0] == "old":
            header.append(table.header[column[1]])
            types.append(table.types[column[1]])
            cells.append([row[column[1]] for row in table.rows])
        else:
            header.append(column[1])
            types.append(column[2])
            cells.append(column[3])
    rows = [[cells[j][r] for j in range(len(columns))] for r in range(len(table.rows))]
    column_map = [0] * len(table.header)
    for j, column in enumerate(columns):
        if column[0] == "old":
            column_map[column[1]] = j
    return Table(table.id, distinct(header), types, rows), column_map


def shuffled_table(table, rng, pool=None):
    order = list(range(len(table.header)))
    rng.shuffle(order)
    if len(order) > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return _reorder(table, [("old", i) for i in order])


def distractors_table(table, rng, pool):
    """3-6 columns of other tables of pool ({id: Table}) at random places; whole columns, their cells
    cut to this table's rows or repeated to fill them."""
    sources = [tid for tid in sorted(pool) if tid != table.id and pool[tid].rows]
    wanted = rng.randint(*DISTRACTORS)
    headers = {h.lower().strip() for h in table.header}
    columns = [("old", i) for i in range(len(table.header))]
    for _ in range(50 * wanted):
        if wanted == 0 or not sources:
            break
        source = pool[rng.choice(sources)]
        c = rng.randrange(len(source.header))
        name = source.header[c]
        if not name.strip() or name.lower().strip() in headers:
            continue
        column = [row[c] for row in source.rows]
        cells = [column[r % len(column)] for r in range(len(table.rows))]
        columns.insert(rng.randint(0, len(columns)), ("new", name, source.types[c], cells))
        headers.add(name.lower().strip())
        wanted -= 1
    return _reorder(table, columns)


TABLE_PERTURBATIONS = {
    "synonyms": synonyms_table,
    "abbreviations": abbreviations_table,
    "casing": casing_table,
    "shuffled": shuffled_table,
    "distractors": distractors_table,
}
PERTURBATIONS = (*TABLE_PERTURBATIONS, "few-cells")


# ----------------------------------------------------------------------------- perturbing a set

def _gold_result(database, example, dropped):
    try:
        return database.execute(example.table_id, example.query)
    except ExecutionError:
        dropped["gold fails on the original table"] += 1
        return None


def _keep_if_same(result, database, example, new_example, dropped, kept):
    try:
        same = database.execute(new_example.table_id, new_example.query) == result
    except ExecutionError:
        same = False
    if same:
        kept.append(new_example)
    else:
        dropped["result changed on the perturbed table"] += 1
    return same


def perturb(name, examples, tables, seed=0, pool=None) -> PerturbedSet:
    """Perturbed copy `name` (one of PERTURBATIONS) of examples over tables ({id: Table}); only the
    tables the examples use are perturbed. pool: the tables distractor columns come from (default: tables)."""
    if name not in PERTURBATIONS:
        raise ValueError(f"unknown perturbation {name!r}; choose from {', '.join(PERTURBATIONS)}")
    if name == "few-cells":
        return few_cells(examples, tables, seed)
    used = sorted({example.table_id for example in examples})
    function = TABLE_PERTURBATIONS[name]
    new_tables, column_maps = {}, {}
    for table_id in used:
        new_tables[table_id], column_maps[table_id] = function(tables[table_id], table_rng(seed, name, table_id),
                                                                 pool if pool is not None else tables)
    original_db = Database.from_tables([tables[tid] for tid in used])
    perturbed_db = Database.from_tables(new_tables)
    kept, origin, dropped = [], [], collections.Counter()
    for index, example in enumerate(examples):
        result = _gold_result(original_db, example, dropped)
        if result is None:
            continue
        new = Example(example.question, example.table_id, remap(example.query, column_maps[example.table_id]),
                      example.phase, example.line, example.source)
        if _keep_if_same(result, perturbed_db, example, new, dropped, kept):
            origin.append(index)
    original_db.close()
    perturbed_db.close()
    return PerturbedSet(name, kept, new_tables, origin, dict(dropped))


def needed_rows(database, table, example):
    """Rows (ascending) the gold answer needs, or None when more than MAX_ROWS are needed."""
    query = example.query
    rows = database.matching_rows(table.id, query, limit=len(table.rows) + 1)
    if len(rows) <= MAX_ROWS:
        return rows
    if query.agg in (1, 2):   # MAX, MIN: the row that holds the result
        result = database.execute(table.id, query)
        kind = table.types[query.sel]
        for row in rows:
            if result and stored(table.rows[row][query.sel], kind) == result[0]:
                return [row]
    return None


def few_cells(examples, tables, seed=0) -> PerturbedSet:
    """At most MAX_ROWS rows per table: the rows each gold query needs, filled up with other rows
    (in the order of one seeded shuffle per table), kept in their original order."""
    used = sorted({example.table_id for example in examples})
    database = Database.from_tables([tables[tid] for tid in used])
    fill_order = {}
    new_tables, selections, dropped = {}, [], collections.Counter()
    for index, example in enumerate(examples):
        table = tables[example.table_id]
        result = _gold_result(database, example, dropped)
        if result is None:
            continue
        if len(table.rows) <= MAX_ROWS:
            new_tables.setdefault(table.id, table)
            selections.append((index, example, table.id, result))
            continue
        try:
            needed = needed_rows(database, table, example)
        except ExecutionError:
            needed = None
        if needed is None:
            dropped[f"answer needs more than {MAX_ROWS} rows"] += 1
            continue
        if table.id not in fill_order:
            fill_order[table.id] = list(range(len(table.rows)))
            table_rng(seed, "few-cells", table.id).shuffle(fill_order[table.id])
        rows = set(needed)
        for row in fill_order[table.id]:
            if len(rows) >= MAX_ROWS:
                break
            rows.add(row)
        rows = sorted(rows)
        new_id = f"{table.id}-rows-{'-'.join(map(str, rows))}"
        if new_id not in new_tables:
            new_tables[new_id] = Table(new_id, list(table.header), list(table.types),
                                       [list(table.rows[r]) for r in rows])
        selections.append((index, example, new_id, result))
    database.close()
    perturbed_db = Database.from_tables(new_tables)
    kept, origin = [], []
    for index, example, new_id, result in selections:
        new = Example(example.question, new_id, example.query, example.phase, example.line, example.source)
        if _keep_if_same(result, perturbed_db, example, new, dropped, kept):
            origin.append(index)
    perturbed_db.close()
    used_ids = {example.table_id for example in kept}
    return PerturbedSet("few-cells", kept, {tid: t for tid, t in new_tables.items() if tid in used_ids},
                        origin, dict(dropped))


def perturb_all(examples, tables, seed=0, names=PERTURBATIONS, pool=None):
    return {name: perturb(name, examples, tables, seed, pool) for name in names}


# ----------------------------------------------------------------------------- files

def write_split(perturbed: PerturbedSet, out_dir):
    """{name}.jsonl (official example records plus "dev_line", the example's line in the source file)
    and {name}.tables.jsonl in out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / f"{perturbed.name}.jsonl", "w", encoding="utf-8") as out:
        for example in perturbed.examples:
            record = {"phase": example.phase, "table_id": example.table_id, "question": example.question,
                      "sql": example.query.to_dict(), "dev_line": example.line}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(out_dir / f"{perturbed.name}.tables.jsonl", "w", encoding="utf-8") as out:
        for table in perturbed.tables.values():
            record = {"id": table.id, "header": table.header, "types": table.types, "rows": table.rows}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def provenance(data_dir, split, seed, limit=None) -> dict:
    """What a set of perturbed files was built from: a reader compares it before trusting the files."""
    files = find_split_files(data_dir, split)
    if files.examples is None or files.tables is None:
        raise FileNotFoundError(f"no {split}.jsonl and {split}.tables.jsonl (optionally .xz) in {data_dir}")
    return {"seed": seed, "split": split, "limit": limit, "script_sha256": sha256(__file__),
            "sources": {path.name: sha256(path) for path in (files.examples, files.tables)}}


# ----------------------------------------------------------------------------- header statistics

def header_word_counts(examples, tables):
    counts = collections.Counter()
    for table_id in {example.table_id for example in examples}:
        for header in tables[table_id].header:
            counts.update(word.lower() for word in WORD.findall(header))
    return counts


def header_stats(examples, tables, top=150):
    """Lines: mapping sizes, the most frequent header words, and how much of them the mappings cover."""
    counts = header_word_counts(examples, tables)
    total = sum(counts.values())
    content = [(w, n) for w, n in counts.most_common() if w not in STOPWORDS and len(w) > 1]
    covered = lambda w: w in SYNONYMS or any(w in p.split() for p in PHRASE_SYNONYMS)  # noqa: E731
    top_words = content[:top]
    lines = [f"mappings: {len(SYNONYMS)} synonym words, {len(PHRASE_SYNONYMS)} synonym phrases, "
             f"{len(HEADER_ABBREVIATIONS)} whole-header abbreviations, {len(WORD_ABBREVIATIONS)} word abbreviations",
             f"header words in dev (tables used by the examples): {total} occurrences, {len(counts)} distinct",
             f"synonyms cover {sum(covered(w) for w, _ in top_words)} of the top {len(top_words)} content words, "
             f"{sum(n for w, n in counts.items() if covered(w)) / max(total, 1):.1%} of all header word occurrences",
             "top words not covered: " + ", ".join(w for w, _ in top_words if not covered(w))]
    headers = collections.Counter(h for tid in {e.table_id for e in examples} for h in tables[tid].header)
    changed = sum(n for h, n in headers.items() if rewrite_words(h, random.Random(0)) != h)
    lines.append(f"headers a synonym changes: {changed / max(sum(headers.values()), 1):.1%} of header occurrences")
    abbreviated = sum(n for h, n in headers.items() if abbreviation_candidates(h, random.Random(0))[0] != h)
    lines.append(f"headers an abbreviation changes (seed 0 draws): {abbreviated / max(sum(headers.values()), 1):.1%}")
    lines.append("top words: " + ", ".join(f"{w} {n}" for w, n in content[:60]))
    return lines


# ----------------------------------------------------------------------------- main

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", default=str(DEFAULT_DATA_DIR), help="official layout: {split}.jsonl[.xz] + "
                                                                           "{split}.tables.jsonl[.xz]")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (outside git: runs/ is ignored)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", nargs="+", choices=PERTURBATIONS, help="these perturbations only")
    parser.add_argument("--limit", type=int, help="the first N examples only")
    parser.add_argument("--header-stats", action="store_true", help="print header word statistics and exit")
    args = parser.parse_args(argv)

    examples, tables = load_split(Path(args.data_dir), args.split)
    if args.limit is not None:
        examples = examples[:args.limit]
    if args.header_stats:
        print("\n".join(header_stats(examples, tables)))
        return 0
    out = Path(args.out)
    manifest = {**provenance(Path(args.data_dir), args.split, args.seed, args.limit), "examples": len(examples),
                "sets": {}}
    print(f"{len(examples)} {args.split} examples, {len(tables)} tables from {args.data_dir}; seed {args.seed}")
    for name in args.only or PERTURBATIONS:
        perturbed = perturb(name, examples, tables, args.seed)
        write_split(perturbed, out)
        dropped = sum(perturbed.dropped.values())
        reasons = "; ".join(f"{reason}: {n}" for reason, n in sorted(perturbed.dropped.items()))
        print(f"{name:14s} kept {perturbed.kept:5d}  dropped {dropped:5d}{'  (' + reasons + ')' if reasons else ''}"
              f"  tables {len(perturbed.tables)}")
        manifest["sets"][name] = {"kept": perturbed.kept, "dropped": perturbed.dropped,
                                  "tables": len(perturbed.tables)}
    old = json.loads((out / "manifest.json").read_text()) if (out / "manifest.json").is_file() else {}
    if old.get("sources") == manifest["sources"] and old.get("seed") == args.seed and \
            old.get("limit") == args.limit and old.get("script_sha256") == manifest["script_sha256"]:
        manifest["sets"] = {**old.get("sets", {}), **manifest["sets"]}   # --only adds to a matching set
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {len(manifest['sets'])} perturbed {args.split} sets to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
