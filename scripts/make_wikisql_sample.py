"""Write a small WikiSQL-format sample made up by us (not WikiSQL data).

    python scripts/make_wikisql_sample.py --out data/wikisql-sample --seed 0
    python scripts/make_wikisql_sample.py --check data/wikisql-sample

The tables (invented rows from many domains) and the template questions are
generated deterministically from the seed, with the standard library only.
Every gold query is executed with sqlite3 on an in-memory copy of its table
(columns col0..colN, cells stored as lower-cased strings in REAL/TEXT columns
and condition values of `real` columns parsed as numbers, as the official
WikiSQL engine does) to control which answers are empty.
"""

import argparse
import json
import os
import random
import re
import sqlite3
from collections import Counter

AGG_OPS = ["", "MAX", "MIN", "COUNT", "SUM", "AVG"]
COND_OPS = ["=", ">", "<", "OP"]
NUMBER_RE = re.compile(r"[-+]?\d*\.\d+|\d+")

TRAIN_TABLES = 32
QUESTIONS_PER_TRAIN_TABLE = 16
QUESTIONS_PER_DEV_TABLE = 13

# ---------------------------------------------------------------------------
# Word pools (all invented, mixed scripts, some quotes and apostrophes)
# ---------------------------------------------------------------------------

FIRST_NAMES = [
    "Antonio", "Marcus", "Liam", "Sofía", "José", "Chloé", "Jürgen", "Łukasz",
    "Siobhán", "Kenji", "Mei", "Ana", "Björn", "François", "Zoë", "Dmitri",
    "Aoife", "Mateo", "Priya", "Oluwaseun", "Nikolaj", "Inés", "Hiroshi",
    "Grzegorz", "Renée", "Tomás", "Emeka", "Astrid", "Carlos", "Hannah",
    "Yusuf", "Dagny", "Rafael", "Élodie", "Stefan", "Wanjiru", "Paulo",
    "Ingrid", "Tariq", "Camille", "Declan", "Noémie", "Ignacio", "Małgorzata",
]
LAST_NAMES = [
    "Lang", "O'Brien", "Müller", "Nowak", "García", "Dubois", "Watanabe",
    "Ferreira", "Kowalczyk", "Olsen", "Núñez", "D'Angelo", "Petrov",
    "McAllister", "Søndergaard", "Okafor", "Schäfer", "Lindqvist", "Moreau",
    "Brennan", "Castillo", "Nakamura", "Wiśniewski", "Haugen", "Costa",
    "Fitzgerald", "Ó Súilleabháin", "van der Berg", "Krüger", "Rossi",
    "Åberg", "Sato", "Zielińska", "O'Neill", "Mendoza", "Halvorsen",
    "Çelik", "Dvořák", "Whitfield", "Abernathy", "Quintero", "Byrne",
]
COUNTRIES = [
    "United States", "Canada", "France", "Germany", "Spain", "Brazil", "Japan",
    "Poland", "Nigeria", "Sweden", "Ireland", "Mexico", "Australia", "Norway",
    "Italy", "South Korea", "Kenya", "Argentina", "Côte d'Ivoire", "Portugal",
    "New Zealand", "China", "Czech Republic", "Türkiye",
]
TOWNS = [
    "Nordhavn", "Villeneuve-sur-Aube", "Kraśnik Dolny", "São Bento do Mar",
    "Münsterfeld", "Puerto Ñandú", "Ålesund Vest", "青山市", "Mirabel",
    "Ostrava Nová", "Lyngby Strand", "Castelbranco", "Zürichberg",
    "Valparaíso Alto", "北川町", "Kilcarrig", "Dunmore", "Ashby", "Porthaven",
    "Bellmont", "Grünau", "Santa Lucía del Río", "Łomnica", "Fairhaven",
]
CLUBS = [
    "Riverside United", "Northbridge Rovers", "Port Alden FC",
    "Kingsford Athletic", "Hollow Creek City", "Saint-Étienne-du-Lac",
    "FC Grünwald", "Real Montaña", "Dunmore Celtic", "Ashby Town",
    "Lakeport Wanderers", "AC Valverde", "Sporting Castelo", "Brønby Havn",
    "Żywiec Rovers", "St. Kilda's Rangers", "Olympique Mirabel",
    "Deportivo Ñandú", "Fairhaven Harriers", "Kilcarrig Shamrocks",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

JAPANESE_TITLES = {
    "Town of Wind": "風の街", "Sea of Stars": "星の海", "Blue Promise": "青い約束",
    "Song of Dawn": "夜明けの歌", "Heart of Iron": "鉄の心", "Letter in the Snow": "雪の手紙",
    "The Last Summer": "最後の夏", "Forest of Light": "光の森", "Door to the Moon": "月の扉",
    "The Red Bridge": "赤い橋", "Beyond the Sky": "空の向こう", "A Small Hero": "小さな勇者",
    "Rain Festival": "雨の祭り", "The Paper Crane": "折り鶴", "Night Train": "夜行列車",
}


# ---------------------------------------------------------------------------
# Column generators. Each returns (cells, spare): n cell strings and a few
# values of the same kind that are not in the column (for empty answers).
# `kind` of a real column tells how its numbers are written.
# ---------------------------------------------------------------------------

class Col:
    def __init__(self, header, col_type, gen, *alts, kind=None):
        self.header = header
        self.type = col_type
        self.gen = gen
        self.alts = list(alts)   # paraphrases used in questions
        self.kind = kind         # for real columns: int, year, comma, dec, unit


def text(header, gen, *alts):
    return Col(header, "text", gen, *alts)


def real(header, kind, gen, *alts):
    return Col(header, "real", gen, *alts, kind=kind)


def gen_unique(pool):
    def make(rng, n, row_values):
        assert len(pool) >= n, pool
        values = rng.sample(pool, len(pool))
        return values[:n], values[n:n + 4]
    return make


def gen_pick(pool, size=None):
    """Categorical column: repeated values from a random sub-pool."""
    def make(rng, n, row_values):
        choices = rng.sample(pool, min(size or len(pool), len(pool)))
        cells = [rng.choice(choices) for _ in range(n)]
        spare = [value for value in pool if value not in cells]
        return cells, spare[:4]
    return make


def gen_names():
    def make(rng, n, row_values):
        names = []
        while len(names) < n + 3:
            name = rng.choice(FIRST_NAMES) + " " + rng.choice(LAST_NAMES)
            if name not in names:
                names.append(name)
        return names[:n], names[n:]
    return make


def number_text(kind, value, places=0, suffix=""):
    if kind == "comma":
        return f"{value:,}"
    if kind == "dec":
        return f"{value:.{places}f}"
    if kind == "unit":
        return f"{value:.{places}f}{suffix}" if places else f"{value}{suffix}"
    return str(value)


def gen_int(low, high, kind="int", unique=False):
    def make(rng, n, row_values):
        if unique:
            numbers = rng.sample(range(low, high + 1), n + 2)
        else:
            numbers = [rng.randint(low, high) for _ in range(n + 2)]
        texts = [number_text(kind, number) for number in numbers]
        return texts[:n], [t for t in texts[n:] if t not in texts[:n]]
    return make


def gen_dec(low, high, places, suffix="", kind="dec", lead_zero=True):
    def make(rng, n, row_values):
        scale = 10 ** places
        numbers = [rng.randint(int(low * scale), int(high * scale)) / scale for _ in range(n + 2)]
        texts = [number_text(kind, number, places, suffix) for number in numbers]
        if not lead_zero:
            texts = [t[1:] if t.startswith("0.") else t for t in texts]
        return texts[:n], [t for t in texts[n:] if t not in texts[:n]]
    return make


def gen_unit(low, high, suffix):
    def make(rng, n, row_values):
        numbers = [rng.randint(low, high) for _ in range(n + 2)]
        texts = [f"{number}{suffix}" for number in numbers]
        return texts[:n], [t for t in texts[n:] if t not in texts[:n]]
    return make


def gen_seq(first_low=1, first_high=1):
    """Consecutive numbers (rank, episode number); renumbered after the rows are sorted."""
    def make(rng, n, row_values):
        first = rng.randint(first_low, first_high)
        return [str(first + i) for i in range(n)], [str(first + n + 5)]
    make.is_seq = True
    return make


def gen_months():
    def make(rng, n, row_values):
        return MONTHS[:n], []
    return make


def gen_date(first_year, last_year):
    def make(rng, n, row_values):
        dates = []
        for _ in range(n + 2):
            dates.append(f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(first_year, last_year)}")
        return dates[:n], dates[n:]
    return make


def gen_season(first_year, last_year):
    def make(rng, n, row_values):
        seasons = []
        for _ in range(n + 2):
            start = rng.randint(first_year, last_year)
            seasons.append(f"{start}–{(start + rng.randint(1, 3)) % 100:02d}")
        return seasons[:n], seasons[n:]
    return make


def gen_race_time(low_seconds, high_seconds, hours=True):
    def make(rng, n, row_values):
        times = []
        for _ in range(n + 2):
            total = rng.randint(low_seconds, high_seconds)
            if hours:
                times.append(f"{total // 3600}:{total // 60 % 60:02d}:{total % 60:02d}")
            else:
                times.append(f"{total // 60}:{total % 60:02d}.{rng.randint(0, 99):02d}")
        return times[:n], times[n:]
    return make


def gen_derived(function):
    """A column computed from the earlier cells of the same row."""
    def make(rng, n, row_values):
        return [function(row, rng) for row in row_values], []
    make.derived = True
    return make


def gen_code(length, digits=False):
    def make(rng, n, row_values):
        alphabet = "0123456789" if digits else "ABCDEFGHJKLMNPRSTUVWXYZ"
        codes = []
        while len(codes) < n + 2:
            code = "".join(rng.choice(alphabet) for _ in range(length))
            if code not in codes:
                codes.append(code)
        return codes[:n], codes[n:]
    return make


def signed(value):
    return f"+{value}" if value > 0 else str(value)


# ---------------------------------------------------------------------------
# Tables: (page_title, section_title, rows range, columns, sort)
# sort = (column index, descending) re-orders rows; gen_seq columns then
# hold the rank. The first 32 are train tables, the rest dev tables.
# ---------------------------------------------------------------------------

def table_specs():
    return [
        dict(title="Harbour City Hawks all-time roster", section="A–L", rows=(8, 14), cols=[
            text("Player", gen_names(), "player", "name"),
            text("No.", gen_int(0, 55, unique=True), "number", "jersey number"),
            text("Nationality", gen_pick(COUNTRIES, 5), "nationality", "country"),
            text("Position", gen_pick(["Guard", "Forward", "Center", "Guard-Forward", "Forward-Center"]), "position"),
            text("Years with club", gen_season(1991, 2016), "years", "years with the club"),
            real("Points", "comma", gen_int(40, 4800, "comma"), "points", "career points"),
        ]),
        dict(title="2014–15 Coastal League", section="League table", rows=(10, 16), sort=(7, True), cols=[
            real("Pos", "int", gen_seq(), "position", "place"),
            text("Club", gen_unique(CLUBS), "club", "team"),
            real("Played", "int", gen_pick(["30"]), "games played", "played"),
            real("Won", "int", gen_int(4, 22), "wins", "won"),
            real("Drawn", "int", gen_derived(lambda row, rng: str(rng.randint(0, 30 - int(row[3]))))),
            real("Lost", "int", gen_derived(lambda row, rng: str(30 - int(row[3]) - int(row[4]))), "losses", "lost"),
            text("Goal difference", gen_derived(lambda row, rng: signed(rng.randint(-25, 30))), "goal difference"),
            real("Points", "int", gen_derived(lambda row, rng: str(3 * int(row[3]) + int(row[4]))), "points", "pts"),
        ]),
        dict(title="Vale County Council election", section="Results by ward", rows=(8, 14), cols=[
            text("Ward", gen_unique(TOWNS), "ward"),
            text("Incumbent", gen_names(), "incumbent", "sitting member"),
            text("Party", gen_pick(["Labour", "Conservative", "Green", "Liberal", "Independent"], 4), "party"),
            real("First elected", "year", gen_int(1978, 2012, "year"), "first elected", "year first elected"),
            text("Result", gen_pick(["Re-elected", "Retired", "Lost re-election", "Defeated in primary"]), "result", "outcome"),
            real("Votes", "comma", gen_int(800, 24000, "comma"), "votes"),
        ]),
        dict(title="Filmography of Dara O'Brien", section="Feature films", rows=(8, 13), cols=[
            text("Title", gen_unique([
                "The Long Way Home", "Don't Look Back", "Midnight at Café Lumière", "Ghosts of Ålesund",
                "Señor Pescado", "The Baker's Daughter", "Paper Kites", "\"Lucky\" Lou", "Nine Lives of Zoë",
                "Rue de l'Été", "Cold Harbour", "The Last Tram", "Sunburn", "Queen of Kraków"]), "title", "film"),
            real("Year", "year", gen_int(1994, 2021, "year", unique=True), "year"),
            text("Role", gen_pick(["Lead", "Supporting", "Cameo", "Narrator", "Voice"]), "role", "part"),
            text("Director", gen_names(), "director", "directed by"),
            text("Genre", gen_pick(["Drama", "Comedy", "Thriller", "Horror", "Romance", "Documentary"], 4), "genre"),
            real("Box office ($m)", "dec", gen_dec(0.4, 180.0, 1), "box office", "gross"),
            real("Runtime", "unit", gen_unit(78, 154, " min"), "runtime", "running time", "length"),
        ]),
        dict(title="List of Night Shift episodes", section="Season 2", rows=(10, 18), cols=[
            real("No. in series", "int", gen_seq(12, 40), "number in series"),
            real("No. in season", "int", gen_seq(), "number in season", "episode number"),
            text("Title", gen_unique([
                "Pilot's Error", "The \"Perfect\" Crime", "Code Blue", "Mañana", "Graveyard Shift",
                "Lights Out", "St. Jude's", "Double Shift", "Fever Dream", "Heartbeat", "Blackout",
                "Déjà Vu", "The Long Night", "Under Pressure", "Flatline", "Visiting Hours",
                "Second Opinion", "Full Moon", "House Call", "Dawn"]), "title", "episode"),
            text("Directed by", gen_pick(["Ruth Calloway", "Miguel Ángel Soto", "Peter O'Hara", "Ines Vogt", "Sam Kirby"]), "directed by", "director"),
            text("Written by", gen_pick(["Tess Morgan", "Jun Oda", "Bill McAllister", "Hélène Roux"]), "written by", "writer"),
            text("Original air date", gen_date(2011, 2012), "original air date", "air date"),
            real("U.S. viewers (millions)", "dec", gen_dec(3.1, 14.9, 2), "u.s. viewers", "viewers"),
        ]),
        dict(title="Largest towns of the Eastern Province", section="", rows=(10, 16), cols=[
            text("Town", gen_unique(TOWNS), "town", "city"),
            text("District", gen_pick(["North", "South", "Lakes", "Highlands", "Coast"]), "district"),
            real("Population", "comma", gen_int(4000, 880000, "comma"), "population", "inhabitants"),
            real("Area (km²)", "dec", gen_dec(12.0, 950.0, 1), "area"),
            real("Elevation", "unit", gen_unit(2, 1900, " m"), "elevation", "altitude"),
            real("Founded", "year", gen_int(1050, 1920, "year"), "founded", "year founded"),
        ]),
        dict(title="Table of laboratory solvents", section="Physical properties", rows=(8, 14), cols=[
            text("Compound", gen_unique([
                "Acetone", "Ethanol", "Methanol", "Toluene", "Hexane", "Chloroform", "Diethyl ether",
                "Ethyl acetate", "Benzene", "Pyridine", "Acetonitrile", "Cyclohexane", "Xylene", "Heptane"]),
                "compound", "solvent"),
            text("Formula", gen_unique(["C3H6O", "C2H6O", "CH4O", "C7H8", "C6H14", "CHCl3", "C4H10O",
                                        "C4H8O2", "C6H6", "C5H5N", "C2H3N", "C6H12", "C8H10", "C7H16"]), "formula"),
            real("Molar mass (g/mol)", "dec", gen_dec(30.0, 160.0, 2), "molar mass"),
            real("Boiling point (°C)", "dec", gen_dec(34.0, 160.0, 1), "boiling point"),
            real("Density (g/cm³)", "dec", gen_dec(0.65, 1.5, 3), "density"),
            text("Polarity", gen_pick(["Polar protic", "Polar aprotic", "Nonpolar"]), "polarity"),
        ]),
        dict(title="Lakeshore Marathon", section="Men's results", rows=(15, 20), cols=[
            real("Rank", "int", gen_seq(), "rank", "place"),
            text("Athlete", gen_names(), "athlete", "runner"),
            text("Country", gen_pick(COUNTRIES, 6), "country", "nation"),
            text("Time", gen_race_time(7600, 8400), "time", "finishing time"),
            real("Age", "int", gen_int(21, 39), "age"),
            text("Bib", gen_code(4, digits=True), "bib", "bib number"),
        ]),
        dict(title="Discography of independent labels", section="Studio albums", rows=(8, 14), cols=[
            text("Album", gen_unique([
                "Hello, Stranger", "Bon Voyage", "Running on Empty", "Songs for Zoë", "Polka Party!",
                "Canción del Mar", "Electric Dreams", "Nightswimming", "Who's Counting?", "Glass Houses",
                "Mañana Mañana", "Sunday Papers", "Back to Basics", "Quiet Storm"]), "album"),
            text("Artist", gen_pick(["\"Weird Al\" Yankovic", "The Lindqvist Sisters", "Sinéad O'Malley",
                                     "Los Tres Amigos", "DJ Ōkami", "Brass Monkeys"]), "artist", "band"),
            real("Year", "year", gen_int(1983, 2019, "year"), "year", "release year"),
            text("Label", gen_pick(["Rock 'n' Roll Records", "Blue Note North", "Señal Discos", "Ferris Wheel"]), "label", "record label"),
            real("Peak position", "int", gen_int(1, 90), "peak position", "chart peak"),
            real("Sales", "comma", gen_int(12000, 2400000, "comma"), "sales", "copies sold"),
        ]),
        dict(title="Secondary schools in Kilcarrig district", section="", rows=(8, 14), cols=[
            text("School", gen_unique([
                "St. Brigid's College", "Kilcarrig Grammar", "Dunmore Community School", "Ashby High",
                "Coláiste Éanna", "Porthaven Academy", "Bellmont Secondary", "Holy Cross Convent",
                "Fairhaven Institute", "Scoil Mhuire", "Riverside Comprehensive", "Mount Sion",
                "Ardscoil Rís", "Lakeview College"]), "school"),
            text("Location", gen_pick(TOWNS[16:] + ["Kilcarrig", "Dunmore"], 5), "location", "town"),
            real("Founded", "year", gen_int(1820, 1995, "year"), "founded", "year founded"),
            real("Enrollment", "comma", gen_int(180, 2100, "comma"), "enrollment", "pupils"),
            text("Type", gen_pick(["Voluntary", "Community", "Comprehensive", "Fee-paying"]), "type"),
            text("Gender", gen_pick(["Boys", "Girls", "Mixed"]), "gender"),
        ]),
        dict(title="2019 Atlantic Touring Car season", section="Calendar", rows=(8, 14), cols=[
            real("Round", "int", gen_seq(), "round", "rd"),
            text("Race", gen_unique([
                "Grand Prix of Mirabel", "Nordhavn 300", "Coupe de Villeneuve", "São Bento Trophy",
                "Münsterfeld Ring", "Puerto Ñandú Street Race", "Kilcarrig Sprint", "Lyngby Cup",
                "Castelbranco 500", "Valparaíso Classic", "Bellmont Enduro", "Ashby Hillclimb",
                "Porthaven Night Race", "Łomnica Rally"]), "race", "grand prix"),
            text("Pole position", gen_pick(["Kenji Sato", "Ana Costa", "Björn Haugen", "Liam Byrne", "Tomás Núñez"]), "pole position", "pole"),
            text("Winning driver", gen_pick(["Kenji Sato", "Ana Costa", "Björn Haugen", "Liam Byrne", "Tomás Núñez", "Élodie Moreau"]), "winning driver", "winner"),
            real("Laps", "int", gen_int(28, 78), "laps"),
            real("Distance", "unit", gen_dec(120.0, 320.0, 1, " km", kind="unit"), "distance"),
        ]),
        dict(title="Highest peaks of the Sierra Blanca", section="", rows=(8, 14), cols=[
            text("Peak", gen_unique([
                "Pico Almagro", "Cerro Ñandú", "Mont Étoile", "Punta Seca", "Cima dell'Orso", "Alto del Cóndor",
                "Grauhorn", "Pic de l'Aigle", "Cerro Verde", "Monte Rosado", "Nevado Blanco", "Aiguille Noire",
                "Pico Solitario", "Cerro Tres Cruces"]), "peak", "mountain"),
            real("Height", "unit", gen_unit(2800, 6900, " m"), "height", "elevation"),
            real("Prominence", "comma", gen_int(300, 4500, "comma"), "prominence"),
            text("Country", gen_pick(["Argentina", "Chile", "Peru", "Bolivia"]), "country"),
            real("First ascent", "year", gen_int(1861, 1972, "year"), "first ascent", "year of first ascent"),
        ]),
        dict(title="Career of Łukasz Wiśniewski", section="Singles finals", rows=(5, 9), cols=[
            text("Outcome", gen_pick(["Winner", "Runner-up"]), "outcome"),
            text("Date", gen_date(2008, 2019), "date"),
            text("Tournament", gen_pick(["Kraków Open", "Nordhavn Indoors", "Copa del Río", "Tokyo Challenger",
                                         "Grünau Classic", "Mirabel Masters"]), "tournament", "event"),
            text("Surface", gen_pick(["Clay", "Hard", "Grass", "Carpet"]), "surface"),
            text("Opponent in the final", gen_names(), "opponent in the final", "opponent"),
            text("Score", gen_derived(lambda row, rng: f"6–{rng.randint(0, 4)}, {rng.randint(3, 7)}–6, 7–5"), "score"),
        ]),
        dict(title="Medal table of the Northern Games", section="", rows=(8, 14), sort=(5, True), cols=[
            real("Rank", "int", gen_seq(), "rank"),
            text("Nation", gen_unique(COUNTRIES), "nation", "country"),
            real("Gold", "int", gen_int(0, 14), "gold", "gold medals"),
            real("Silver", "int", gen_int(0, 12), "silver", "silver medals"),
            real("Bronze", "int", gen_int(0, 12), "bronze", "bronze medals"),
            real("Total", "int", gen_derived(lambda row, rng: str(int(row[2]) + int(row[3]) + int(row[4]))), "total", "total medals"),
        ]),
        dict(title="Stations of the Green Line", section="", rows=(8, 16), cols=[
            text("Station", gen_unique([
                "Central", "Königsplatz", "Rue Mouffetard", "Plaza Ñuñoa", "Harbour", "Łazienki",
                "Old Market", "St. Anne's", "University", "Grünewald", "Riverside", "Ōmiya-dōri",
                "Fairground", "Depot", "Airport", "Linden Park"]), "station"),
            text("Line", gen_pick(["Green", "Green / Red", "Green / Blue"]), "line"),
            real("Opened", "year", gen_int(1902, 2015, "year"), "opened", "year opened"),
            real("Daily passengers", "comma", gen_int(900, 95000, "comma"), "daily passengers", "passengers"),
            real("Platforms", "int", gen_int(1, 6), "platforms"),
            text("Zone", gen_pick(["1", "2", "3", "4"]), "zone", "fare zone"),
        ]),
        dict(title="Shortlist of the Meridian Prize", section="", rows=(8, 14), cols=[
            text("Title", gen_unique([
                "The Salt Road", "Mother's Tongue", "Días de Lluvia", "A Field Guide to Grief", "Nordlicht",
                "The Cartographer's Wife", "Sixteen Winters", "Café Society", "Under Kraków", "Ashes & Honey",
                "The Glass Orchard", "Small Mercies", "Bright Water", "Tomorrow's Children"]), "title", "book"),
            text("Author", gen_names(), "author", "writer"),
            text("Publisher", gen_pick(["Harbour Press", "Éditions du Lac", "Penmark", "Otter & Finch", "Siglo Nuevo"]), "publisher"),
            real("Year", "year", gen_int(1998, 2022, "year"), "year"),
            real("Pages", "int", gen_int(160, 720), "pages", "page count"),
            real("Price (€)", "dec", gen_dec(9.0, 34.0, 2), "price"),
            text("Result", gen_pick(["Winner", "Shortlisted", "Longlisted"]), "result"),
        ]),
        dict(title="Games by Pixelforge Studios", section="", rows=(8, 14), cols=[
            text("Title", gen_unique([
                "Starfall Odyssey", "Mole Patrol", "Kaiju Kitchen", "Night Drive '86", "Château Fantôme",
                "Rune & Ruin", "Pocket Pilots", "Deep Blue Diver", "Señor Taco", "Ninja Gardener",
                "Frostbyte", "Cloud Kingdom", "Tiny Tanks", "Hex Heist"]), "title", "game"),
            text("Platform", gen_pick(["PC", "Switch", "PlayStation 4", "Xbox One", "Mobile"]), "platform"),
            text("Genre", gen_pick(["Platformer", "Puzzle", "Racing", "RPG", "Strategy"]), "genre"),
            real("Release year", "year", gen_int(2004, 2021, "year"), "release year", "year"),
            real("Units sold (millions)", "dec", gen_dec(0.1, 9.9, 1), "units sold", "sales"),
            real("Metascore", "int", gen_int(48, 94), "metascore", "score"),
        ]),
        dict(title="Menu of Casa Fuentes", section="Main courses", rows=(8, 14), cols=[
            text("Dish", gen_unique([
                "Paella Valenciana", "Crème brûlée", "Bánh mì", "Pierogi ruskie", "Smørrebrød", "Jägerschnitzel",
                "Ramen 味噌", "Moules frites", "Shepherd's pie", "Pollo a la brasa", "Köttbullar",
                "Croque monsieur", "Bibimbap", "Gnocchi al pesto"]), "dish"),
            text("Cuisine", gen_pick(["Spanish", "French", "Vietnamese", "Polish", "Danish", "German",
                                      "Japanese", "Belgian", "Irish", "Peruvian"], 6), "cuisine"),
            real("Calories", "int", gen_int(180, 1250), "calories"),
            real("Price", "dec", gen_dec(6.5, 29.0, 2), "price", "cost"),
            real("Spice level", "int", gen_int(0, 5), "spice level", "spiciness"),
            text("Vegetarian", gen_pick(["Yes", "No"]), "vegetarian"),
        ]),
        dict(title="Airports in the Northern Region", section="", rows=(8, 14), cols=[
            text("Airport", gen_unique([
                "Nordhavn International", "Münsterfeld Regional", "Zürichberg Airfield", "Ålesund Vest Airport",
                "Puerto Ñandú Municipal", "Kilcarrig Field", "青山空港", "Łomnica Airport", "Castelbranco Air Base",
                "Valparaíso Alto Airport", "Bellmont Executive", "Fairhaven County", "Ashby Aerodrome",
                "Porthaven Seaplane Base"]), "airport"),
            text("IATA", gen_code(3), "iata", "iata code", "code"),
            real("Passengers", "comma", gen_int(12000, 9800000, "comma"), "passengers"),
            real("Runways", "int", gen_int(1, 4), "runways"),
            real("Longest runway", "unit", gen_unit(900, 4200, " m"), "longest runway", "runway length"),
            text("Operator", gen_pick(["State", "Municipal", "Private", "Military"]), "operator"),
        ]),
        dict(title="Bridges over the River Aube", section="", rows=(7, 13), cols=[
            text("Bridge", gen_unique([
                "Pont Neuf d'Aube", "Old Stone Bridge", "Kaiser-Wilhelm-Brücke", "Puente del Sol", "Millennium Arch",
                "Most Łazienkowski", "St. Mary's Crossing", "Harbour Bridge", "Pont de l'Europe", "Greenway Link",
                "Railway Viaduct", "Queen's Bridge", "Ponte Vecchio Nord"]), "bridge"),
            text("Type", gen_pick(["Suspension", "Cable-stayed", "Arch", "Beam", "Truss"]), "type", "design"),
            real("Main span", "unit", gen_dec(40.0, 980.0, 1, " m", kind="unit"), "main span", "span"),
            real("Opened", "year", gen_int(1788, 2018, "year"), "opened", "year opened"),
            text("Carries", gen_pick(["Road", "Rail", "Pedestrians", "Road and rail"]), "carries"),
            real("Lanes", "int", gen_int(0, 6), "lanes"),
        ]),
        dict(title="Swimming at the Coastal Games – Men's 100 m freestyle", section="Heat 2", rows=(8, 8), cols=[
            real("Lane", "int", gen_seq(), "lane"),
            text("Swimmer", gen_names(), "swimmer", "name"),
            text("Nationality", gen_pick(COUNTRIES, 7), "nationality", "country"),
            real("Time", "dec", gen_dec(47.5, 53.9, 2), "time"),
            real("Reaction", "dec", gen_dec(0.58, 0.79, 2), "reaction", "reaction time"),
            text("Notes", gen_pick(["Q", "NR", "PB", "SB"]), "notes"),
        ]),
        dict(title="Tour of the Highlands", section="Stages", rows=(10, 16), cols=[
            real("Stage", "int", gen_seq(), "stage"),
            text("Date", gen_date(2017, 2017), "date"),
            text("Course", gen_derived(lambda row, rng: f"{rng.choice(TOWNS[:12])} to {rng.choice(TOWNS[12:])}"), "course", "route"),
            real("Distance", "unit", gen_dec(8.0, 231.0, 1, " km", kind="unit"), "distance", "length"),
            text("Type", gen_pick(["Flat stage", "Mountain stage", "Hilly stage", "Individual time trial"]), "type"),
            text("Winner", gen_names(), "winner", "stage winner"),
        ]),
        dict(title="Weekly singles chart", section="Top 15", rows=(12, 15), cols=[
            real("Position", "int", gen_seq(), "position", "chart position"),
            text("Song", gen_unique([
                "Don't Stop Now", "Señorita Bonita", "Midnight Train", "She's Electric", "Ça Plane Pour Toi",
                "Golden Hour", "Wasn't Me, Was It?", "Rain on Kraków", "Ocean Eyes", "Heartbreak Hotel Café",
                "\"Hey\" Jude's Cousin", "Take It Easy", "Sommerregen", "Blinding Lights", "Paper Planes",
                "Über Alles"]), "song", "single"),
            text("Artist", gen_pick(["Mia Okafor", "The Ferreira Brothers", "DJ Łoś", "Nina D'Angelo",
                                     "Los Rossi", "Kenji & the Kites", "Astrid"]), "artist", "singer"),
            real("Last week", "int", gen_int(1, 40), "last week"),
            real("Weeks on chart", "int", gen_int(1, 30), "weeks on chart", "weeks"),
            real("Peak", "int", gen_int(1, 15), "peak", "peak position"),
        ]),
        dict(title="Ships of the Blue Star Line", section="", rows=(8, 14), cols=[
            text("Ship", gen_unique([
                "SS Aurora", "RMS Kilcarrig", "SS Nordstjernan", "MV Señora del Mar", "SS Zoë",
                "RMS Queen Ingrid", "SS Łódź", "MV St. Brendan's", "SS Île de Ré", "SS Mirabel",
                "RMS Porthaven", "SS Ashby Castle", "MV Valparaíso", "SS Grünau"]), "ship", "vessel"),
            text("Builder", gen_pick(["Harland & Wolff", "Blohm & Voss", "Chantiers de l'Atlantique", "Kockums"]), "builder", "shipyard"),
            real("Launched", "year", gen_int(1889, 1962, "year"), "launched", "year launched"),
            real("Tonnage (GRT)", "comma", gen_int(2800, 46000, "comma"), "tonnage", "grt"),
            real("Length", "unit", gen_unit(88, 270, " m"), "length"),
            text("Fate", gen_pick(["Scrapped", "Sunk", "Wrecked", "Museum ship", "Sold"]), "fate"),
        ]),
        dict(title="Coastal University Rankings", section="2020", rows=(10, 16), sort=(3, True), cols=[
            real("Rank", "int", gen_seq(), "rank"),
            text("University", gen_unique([
                "Universität Nordberg", "Université du Lac-Vert", "Uniwersytet Łomnicki", "Universidad de Ñandú",
                "Kilcarrig University", "Bellmont Institute of Technology", "青山大学", "Porthaven College",
                "Università di Castelbranco", "Lyngby Tekniske Skole", "Fairhaven State", "Ashby University",
                "Universidade de São Bento", "Zürichberg Polytechnic", "Dunmore University", "Grünau Hochschule"]),
                "university", "institution"),
            text("Country", gen_pick(COUNTRIES, 8), "country"),
            real("Score", "dec", gen_dec(52.0, 99.0, 1), "score", "overall score"),
            real("Students", "comma", gen_int(2500, 64000, "comma"), "students", "enrollment"),
            real("Founded", "year", gen_int(1348, 1995, "year"), "founded"),
        ]),
        dict(title="2015–16 Northern Hockey League goaltenders", section="", rows=(8, 14), cols=[
            text("Player", gen_names(), "player", "goaltender"),
            text("Team", gen_pick(CLUBS, 6), "team"),
            real("GP", "int", gen_int(12, 72), "gp", "games played"),
            real("W", "int", gen_int(3, 44), "w", "wins"),
            real("L", "int", gen_int(2, 30), "l", "losses"),
            real("GAA", "dec", gen_dec(1.8, 3.9, 2), "gaa", "goals against average"),
            real("Sv%", "dec", gen_dec(0.880, 0.935, 3, lead_zero=False), "sv%", "save percentage"),
        ]),
        dict(title="Climate of Nordhavn", section="Climate data", rows=(12, 12), cols=[
            text("Month", gen_months(), "month"),
            real("Record high (°C)", "dec", gen_dec(8.0, 36.0, 1), "record high"),
            real("Average low (°C)", "dec", gen_dec(-9.0, 14.0, 1), "average low", "mean low"),
            real("Precipitation (mm)", "dec", gen_dec(18.0, 140.0, 1), "precipitation", "rainfall"),
            real("Rainy days", "int", gen_int(4, 19), "rainy days"),
            real("Sunshine hours", "int", gen_int(30, 290), "sunshine hours", "hours of sunshine"),
        ]),
        dict(title="Largest companies headquartered in the province", section="", rows=(8, 14), cols=[
            text("Company", gen_unique([
                "Nordhavn Energi", "Grünau Chemie", "Banco Ñandú", "Kilcarrig Dairies", "Moreau & Fils",
                "Łomnica Steel", "Aoyama Denki 青山電機", "Porthaven Shipping", "Fairhaven Foods",
                "Castelbranco Telecom", "Bellmont Motors", "O'Neill's Breweries", "Mirabel Pharma",
                "Zürichberg Re"]), "company"),
            text("Industry", gen_pick(["Energy", "Chemicals", "Banking", "Food", "Steel", "Telecom", "Automotive"]), "industry", "sector"),
            real("Revenue (US$ billion)", "dec", gen_dec(0.4, 88.0, 1), "revenue"),
            real("Employees", "comma", gen_int(450, 260000, "comma"), "employees", "staff"),
            real("Founded", "year", gen_int(1802, 2004, "year"), "founded", "year founded"),
            text("CEO", gen_names(), "ceo", "chief executive"),
        ]),
        dict(title="Professional boxing record of Mateo Quintero", section="", rows=(12, 20), cols=[
            real("No.", "int", gen_seq(), "fight number", "no."),
            text("Result", gen_pick(["Win", "Win", "Win", "Loss", "Draw"]), "result"),
            text("Opponent", gen_names(), "opponent"),
            text("Method", gen_pick(["KO", "TKO", "UD", "SD", "RTD"]), "method"),
            real("Round", "int", gen_int(1, 12), "round"),
            text("Date", gen_date(2009, 2020), "date"),
            text("Location", gen_pick(TOWNS, 7), "location", "venue"),
        ]),
        dict(title="National Assembly election", section="Results by party", rows=(5, 9), cols=[
            text("Party", gen_unique([
                "Partido Verde", "Związek Ludowy", "Social Democrats", "Liberal Alliance", "Parti Écologiste",
                "Farmers' Union", "Bündnis Mitte", "People's Front", "Nordic Pirates", "Christian Union",
                "Unión Progresista"]), "party"),
            text("Leader", gen_names(), "leader", "party leader"),
            real("Votes", "comma", gen_int(15000, 2400000, "comma"), "votes"),
            real("%", "dec", gen_dec(0.5, 34.0, 1), "%", "percentage", "vote share"),
            real("Seats", "int", gen_int(0, 120), "seats"),
            text("Change", gen_derived(lambda row, rng: signed(rng.randint(-12, 15))), "change", "seat change"),
        ]),
        dict(title="List of Hoshi no Umi episodes", section="Season 1", rows=(10, 14), cols=[
            real("Episode", "int", gen_seq(), "episode", "episode number"),
            text("Title", gen_unique(list(JAPANESE_TITLES)), "title", "english title"),
            text("Japanese title", gen_derived(lambda row, rng: JAPANESE_TITLES[row[1]]), "japanese title"),
            text("Director", gen_pick(["佐藤健一", "Mika Tanaka", "李娜", "Hiroshi Nakamura"]), "director", "directed by"),
            text("Original air date", gen_date(2015, 2015), "original air date", "air date"),
            real("Rating (%)", "dec", gen_dec(2.1, 11.9, 1), "rating"),
        ]),
        dict(title="Lakes of the Borderlands", section="", rows=(8, 14), cols=[
            text("Lake", gen_unique([
                "Lake Mirabel", "Søndersø", "Jezioro Łomnickie", "Laguna del Cóndor", "Lough Carrig",
                "Grünsee", "Lac d'Étoile", "Lake Fairhaven", "Storvatnet", "Lago Verde", "青湖",
                "Loch Ashby", "Lake O'Brien", "Lagoa Funda"]), "lake"),
            text("Country", gen_pick(COUNTRIES, 6), "country"),
            real("Area (km²)", "comma", gen_int(40, 8200, "comma"), "area", "surface area"),
            real("Max. depth", "unit", gen_unit(8, 420, " m"), "max. depth", "maximum depth", "depth"),
            real("Volume (km³)", "dec", gen_dec(0.1, 95.0, 1), "volume"),
            real("Elevation", "int", gen_int(2, 2300), "elevation", "altitude"),
        ]),
        # ---------------- dev tables ----------------
        dict(title="2011 Harbour City Sox season", section="Pitching", rows=(8, 14), cols=[
            text("Player", gen_names(), "player", "pitcher"),
            text("Role", gen_pick(["Starter", "Reliever", "Closer"]), "role"),
            real("W", "int", gen_int(0, 19), "w", "wins"),
            real("L", "int", gen_int(0, 15), "l", "losses"),
            real("ERA", "dec", gen_dec(1.9, 6.8, 2), "era", "earned run average"),
            real("Strikeouts", "int", gen_int(11, 240), "strikeouts", "ks"),
            real("IP", "dec", gen_dec(20.0, 230.0, 1), "ip", "innings pitched"),
        ]),
        dict(title="Midnight Sun world tour", section="Tour dates", rows=(14, 20), cols=[
            text("Date", gen_date(2018, 2019), "date"),
            text("City", gen_unique(TOWNS), "city"),
            text("Country", gen_pick(COUNTRIES, 6), "country"),
            text("Venue", gen_pick(["Arena Norte", "The O'Reilly Dome", "Stade Lumière", "Hala Łódzka",
                                    "Palacio de los Deportes", "Festhalle", "Harbour Pavilion"]), "venue"),
            real("Attendance", "comma", gen_int(3500, 68000, "comma"), "attendance", "crowd"),
            text("Revenue", gen_derived(lambda row, rng: f"${rng.randint(200, 9000) * 1000:,}"), "revenue", "gross"),
        ]),
        dict(title="Museums of the capital", section="", rows=(5, 9), cols=[
            text("Museum", gen_unique([
                "Musée des Beaux-Arts", "National Gallery of O'Connell Street", "Museo del Prado Norte",
                "Kunsthalle Grünau", "Muzeum Łomnickie", "Maritime Museum", "Museum of Childhood",
                "Musée de l'Homme Nouveau", "Railway Heritage Centre", "Science Palace", "青山美術館",
                "Museo Ñandú", "Fairhaven Folk Museum", "Castle Keep"]), "museum"),
            text("Type", gen_pick(["Art", "History", "Science", "Maritime", "Transport"]), "type"),
            real("Established", "year", gen_int(1793, 2012, "year"), "established", "year established"),
            real("Visitors", "comma", gen_int(18000, 3900000, "comma"), "visitors", "annual visitors"),
            text("Director", gen_names(), "director"),
        ]),
        dict(title="Models of Bellmont Motors", section="", rows=(8, 14), cols=[
            text("Model", gen_unique([
                "Aurora", "Bora GT", "Cóndor", "Dune", "Estrella", "Falcon S", "Gazelle", "Hawk '72",
                "Iris", "Jaguarundi", "Kestrel", "Lince", "Mistral", "Nómada"]), "model"),
            text("Body style", gen_pick(["Sedan", "Hatchback", "Coupé", "Estate", "SUV"]), "body style", "body"),
            text("Engine", gen_pick(["1.4 L I4", "2.0 L I4", "3.0 L V6", "Electric"]), "engine"),
            real("Power (hp)", "int", gen_int(68, 420), "power", "horsepower"),
            real("Top speed", "unit", gen_unit(145, 290, " km/h"), "top speed"),
            real("Production start", "year", gen_int(1961, 2020, "year"), "production start"),
        ]),
        dict(title="Radio stations in the Fairhaven area", section="FM", rows=(8, 14), cols=[
            text("Call sign", gen_unique(["KXLR", "WBRN", "KFHV", "WQRS", "KZUL", "WDMN", "KLTS",
                                           "WJZF", "KOBR", "WPHV", "KMRB", "WASH", "KNDH", "KVLR"]), "call sign"),
            real("Frequency", "dec", gen_dec(88.1, 107.9, 1), "frequency"),
            text("City of license", gen_pick(TOWNS[16:], 5), "city of license", "city"),
            text("Format", gen_pick(["Country", "News/talk", "Classic rock", "Top 40", "Música regional", "Jazz"]), "format"),
            real("Power", "unit", gen_dec(0.5, 100.0, 1, " kW", kind="unit"), "power", "wattage"),
            text("Owner", gen_pick(["Ferreira Media", "Harbour Broadcasting", "O'Hara Radio Group", "Señal Comunicaciones"]), "owner"),
        ]),
        dict(title="2016 Six Shores Rugby Championship", section="Fixtures", rows=(8, 14), cols=[
            real("Round", "int", gen_int(1, 6), "round"),
            text("Date", gen_date(2016, 2016), "date"),
            text("Home team", gen_pick(["Ireland", "France", "Portugal", "Argentina", "Canada", "Japan"]), "home team", "home"),
            text("Score", gen_derived(lambda row, rng: f"{rng.randint(3, 45)}–{rng.randint(3, 45)}"), "score"),
            text("Away team", gen_pick(["Ireland", "France", "Portugal", "Argentina", "Canada", "Japan"]), "away team", "away"),
            text("Venue", gen_pick(["Estádio do Restelo", "Lansdowne Park", "Stade de l'Ouest", "BC Place North",
                                    "Hanazono 花園", "Estadio José Amalfitani"]), "venue", "stadium"),
            real("Attendance", "comma", gen_int(4800, 61000, "comma"), "attendance", "crowd"),
        ]),
        dict(title="Dog breeds recognised by the kennel club", section="Working group", rows=(8, 14), cols=[
            text("Breed", gen_unique([
                "Bernese Mountain Dog", "Dogue de Bordeaux", "Perro de Presa Canario", "Shiba Inu 柴犬",
                "Polski Owczarek Nizinny", "Leonberger", "Hovawart", "Irish Wolfhound", "Cão de Água Português",
                "Grand Bleu de Gascogne", "Akita", "Newfoundland", "Rottweiler", "Komondor"]), "breed"),
            text("Origin", gen_pick(["Switzerland", "France", "Spain", "Japan", "Poland", "Germany", "Ireland", "Portugal", "Hungary"]), "origin", "country of origin"),
            real("Height", "unit", gen_unit(34, 86, " cm"), "height"),
            real("Weight (kg)", "dec", gen_dec(8.0, 82.0, 1), "weight"),
            real("Life expectancy", "int", gen_int(7, 15), "life expectancy", "lifespan"),
            text("Coat", gen_pick(["Short", "Medium", "Long", "Corded", "Wiry"]), "coat"),
        ]),
        dict(title="Missions of the Aurora space programme", section="", rows=(8, 14), cols=[
            text("Mission", gen_unique([f"Aurora {i}" for i in range(1, 15)]), "mission"),
            text("Launch date", gen_date(1998, 2021), "launch date"),
            text("Rocket", gen_pick(["Vega-N", "Łuna II", "Kestrel 9", "Tenryū 天竜"]), "rocket", "launch vehicle"),
            real("Mass", "comma", gen_int(250, 12500, "comma"), "mass", "weight"),
            text("Orbit", gen_pick(["LEO", "GEO", "SSO", "Lunar"]), "orbit"),
            real("Duration (days)", "int", gen_int(3, 3650), "duration", "days"),
        ]),
        dict(title="Grünau Chess Open", section="Final standings", rows=(10, 16), sort=(3, True), cols=[
            real("Rank", "int", gen_seq(), "rank", "place"),
            text("Player", gen_names(), "player"),
            text("Federation", gen_pick(["GER", "POL", "ESP", "FRA", "NOR", "IRL", "JPN", "CZE"]), "federation"),
            real("Points", "dec", gen_dec(3.0, 8.0, 1), "points", "score"),
            real("Rating", "int", gen_int(2210, 2740), "rating", "elo"),
            real("Performance", "int", gen_int(2150, 2850), "performance", "performance rating"),
        ]),
        dict(title="Tallest buildings in the region", section="Completed", rows=(8, 14), sort=(2, True), cols=[
            text("Building", gen_unique([
                "Torre Aurora", "天星大厦", "Nordlicht Tower", "Edificio Cóndor", "One Harbour Place",
                "Wieża Łomnicka", "Tour Étoile", "The O'Connell Building", "Grünau Trade Center",
                "Sky Residences", "青山タワー", "Castelbranco Plaza", "Bellmont Financial", "Lakeview Heights"]),
                "building"),
            text("City", gen_pick(TOWNS, 6), "city"),
            real("Height", "unit", gen_unit(110, 480, " m"), "height"),
            real("Floors", "int", gen_int(28, 110), "floors", "storeys"),
            real("Completed", "year", gen_int(1972, 2022, "year"), "completed", "year completed"),
            text("Use", gen_pick(["Office", "Residential", "Hotel", "Mixed use"]), "use"),
        ]),
    ]


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

def parse_number(value):
    """Number of a cell or value the way the official engine reads `real` columns."""
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value.replace(",", ""))
    except ValueError:
        match = NUMBER_RE.search(value)
        return float(match.group()) if match else None


def number_written(kind, number, template_cell):
    """How a number is written in a question for a column of this kind, e.g. 1,200 or 3.5 or 12 m."""
    if kind == "comma":
        return f"{int(number):,}"
    if kind == "dec":
        places = len(template_cell.split(".")[1]) if "." in template_cell else 0
        written = f"{number:.{places}f}"
        return written[1:] if template_cell.startswith(".") and written.startswith("0.") else written
    if kind == "unit":
        suffix = template_cell.split(" ", 1)[1] if " " in template_cell else ""
        places = len(template_cell.split(" ")[0].split(".")[1]) if "." in template_cell.split(" ")[0] else 0
        return f"{number:.{places}f} {suffix}".strip()
    return str(int(number))


def gold_number(written):
    """A JSON number when it reads back as written (42, 3.5, 1939.0), else the string (1,200 or .915 or 53.70)."""
    number_part = written.split(" ")[0]
    for convert in (int, float):
        try:
            number = convert(number_part)
        except ValueError:
            continue
        if str(number) == number_part:
            return number
    return number_part


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

def make_table(rng, spec, table_id):
    low, high = spec["rows"]
    n_rows = rng.randint(low, high)
    columns = spec["cols"]
    assert 4 <= len(columns) <= 8, spec["title"]
    cells_by_column = [None] * len(columns)
    spares = [[] for _ in columns]
    for index, column in enumerate(columns):
        if not getattr(column.gen, "derived", False):
            cells_by_column[index], spares[index] = column.gen(rng, n_rows, None)
    rows = [[None] * len(columns) for _ in range(n_rows)]
    for index, column in enumerate(columns):
        for row_index in range(n_rows):
            if cells_by_column[index] is not None:
                rows[row_index][index] = cells_by_column[index][row_index]
            else:
                partial_row = rows[row_index][:index]
                rows[row_index][index] = column.gen(rng, 1, [partial_row])[0][0]
    if "sort" in spec:
        sort_index, descending = spec["sort"]
        rows.sort(key=lambda row: parse_number(row[sort_index]), reverse=descending)
    for index, column in enumerate(columns):
        if getattr(column.gen, "is_seq", False):
            first = min(int(row[index]) for row in rows)
            for row_index, row in enumerate(rows):
                row[index] = str(first + row_index)
    table = {
        "id": table_id,
        "header": [column.header for column in columns],
        "types": [column.type for column in columns],
        "rows": rows,
    }
    if spec["section"] != "" or rng.random() < 0.5:
        table["page_title"] = spec["title"]
        table["section_title"] = spec["section"]
        table["caption"] = spec["section"] or spec["title"]
    meta = {"columns": columns, "spares": spares}
    return table, meta


def make_table_id(rng, used_ids, prefix):
    while True:
        table_id = f"{prefix}-{rng.randint(10000000, 29999999)}-{rng.randint(1, 12)}"
        if table_id not in used_ids:
            used_ids.add(table_id)
            return table_id


# ---------------------------------------------------------------------------
# Executing gold queries with sqlite3 (as the official WikiSQL engine)
# ---------------------------------------------------------------------------

def sqlite_name(table_id):
    return "table_" + table_id.replace("-", "_")


def load_tables_into_sqlite(connection, tables):
    for table in tables:
        columns = ", ".join(f"col{i} {'REAL' if t == 'real' else 'TEXT'}" for i, t in enumerate(table["types"]))
        connection.execute(f"CREATE TABLE {sqlite_name(table['id'])} ({columns})")
        for row in table["rows"]:
            # As the official lib/table.py: cells go in as lower-cased strings and SQLite's REAL
            # affinity turns the plain numbers of real columns into numbers; "1,234" or "12 m"
            # stay text, as they do in the official databases.
            values = [str(cell).lower() for cell in row]
            marks = ", ".join("?" for _ in row)
            connection.execute(f"INSERT INTO {sqlite_name(table['id'])} VALUES ({marks})", values)


def execute_gold(connection, table, sql):
    select = f"col{sql['sel']}"
    if sql["agg"]:
        select = f"{AGG_OPS[sql['agg']]}({select})"
    where = []
    values = []
    for column, operator, value in sql["conds"]:
        if table["types"][column] == "real" and not isinstance(value, (int, float)):
            value = parse_number(value)
        elif isinstance(value, str):
            value = value.lower()
        where.append(f"col{column} {COND_OPS[operator]} ?")
        values.append(value)
    query = f"SELECT {select} AS result FROM {sqlite_name(table['id'])}"
    if where:
        query += " WHERE " + " AND ".join(where)
    return [row[0] for row in connection.execute(query, values)]


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

NP_EQUAL_TEXT = ["a {m} of {v}", "{m} {v}", "{v} as {m}", "{v} as the {m}", "the {m} {v}", '{m} "{v}"']
NP_EQUAL_REAL = ["a {m} of {v}", "{m} of {v}", "{v} {m}", "{m} equal to {v}"]
NP_GREATER = ["{m} greater than {v}", "a {m} larger than {v}", "more than {v} {m}", "{m} over {v}",
              "a {m} above {v}", "{m} bigger than {v}", "a {m} higher than {v}"]
NP_LESS = ["{m} less than {v}", "a {m} smaller than {v}", "fewer than {v} {m}", "{m} under {v}",
           "a {m} below {v}", "a {m} lower than {v}"]
NP_AFTER = ["a {m} after {v}", "a {m} later than {v}", "{m} greater than {v}"]
NP_BEFORE = ["a {m} before {v}", "a {m} earlier than {v}", "{m} less than {v}"]
CLAUSE_EQUAL_TEXT = ["{m} is {v}", "the {m} is {v}", "the {m} was {v}", '{m} is "{v}"', "{m} equals {v}"]
CLAUSE_EQUAL_REAL = ["{m} is {v}", "the {m} is {v}", "{m} equals {v}", "the {m} was {v}"]
CLAUSE_GREATER = ["{m} is greater than {v}", "the {m} is more than {v}", "{m} is over {v}",
                  "the {m} was larger than {v}", "{m} is above {v}"]
CLAUSE_LESS = ["{m} is less than {v}", "the {m} is under {v}", "{m} is smaller than {v}",
               "the {m} was below {v}", "{m} is lower than {v}"]
CLAUSE_AFTER = ["{m} is after {v}", "the {m} was later than {v}", "{m} is greater than {v}"]
CLAUSE_BEFORE = ["{m} is before {v}", "the {m} was earlier than {v}", "{m} is less than {v}"]

NP_CONNECTORS = ["with", "for", "that has", "having"]
CLAUSE_CONNECTORS = ["when", "where", "if"]

# {s}: selected column, {k}: connector, {c}: conditions. "has"/"have" take noun phrases.
QUESTION_TEMPLATES = {
    0: ["What is the {s} {k} {c}?", "Which {s} has {c}?", "Name the {s} {k} {c}", "Tell me the {s} {k} {c}.",
        "What was the {s} {k} {c}?", "What {s} has {c}?", "List the {s} {k} {c}."],
    1: ["What is the highest {s} {k} {c}?", "What is the maximum {s} {k} {c}?", "Name the largest {s} {k} {c}",
        "What was the most {s} {k} {c}?", "Which is the greatest {s} {k} {c}?"],
    2: ["What is the lowest {s} {k} {c}?", "What is the minimum {s} {k} {c}?", "Name the smallest {s} {k} {c}",
        "What was the least {s} {k} {c}?", "Which is the fewest {s} {k} {c}?"],
    3: ["How many {s} are there {k} {c}?", "What is the number of {s} {k} {c}?", "Count the {s} {k} {c}.",
        "How many {s} have {c}?", "What is the total number of {s} {k} {c}?"],
    4: ["What is the total {s} {k} {c}?", "What is the sum of {s} {k} {c}?", "Add up the {s} {k} {c}.",
        "What is the combined {s} {k} {c}?", "Tell me the sum of {s} {k} {c}."],
    5: ["What is the average {s} {k} {c}?", "What is the mean {s} {k} {c}?", "Name the average {s} {k} {c}.",
        "What was the average {s} {k} {c}?"],
}
QUESTION_TEMPLATES_NO_CONDITION = {
    0: ["List all the {s}.", "What are all the {s} values?", "Name every {s}."],
    1: ["What is the highest {s}?", "Name the maximum {s}.", "What was the largest {s}?"],
    2: ["What is the lowest {s}?", "Name the minimum {s}.", "What was the smallest {s}?"],
    3: ["How many {s} are listed?", "What is the total number of {s}?", "Count the {s}."],
    4: ["What is the total {s}?", "What is the sum of all {s}?", "Add up every {s}."],
    5: ["What is the average {s}?", "What is the mean {s} overall?"],
}


def mention(rng, column):
    roll = rng.random()
    if column.alts and roll < 0.3:
        return rng.choice(column.alts)
    if roll < 0.65:
        return column.header
    return column.header.lower()


def condition_phrase(rng, column, operator, written, style):
    if operator == 0:
        if column.type == "text":
            options = NP_EQUAL_TEXT if style == "np" else CLAUSE_EQUAL_TEXT
            if '"' in written:
                options = [option for option in options if '"' not in option]
        else:
            options = NP_EQUAL_REAL if style == "np" else CLAUSE_EQUAL_REAL
    elif column.kind == "year":
        options = (NP_AFTER if operator == 1 else NP_BEFORE) if style == "np" else \
            (CLAUSE_AFTER if operator == 1 else CLAUSE_BEFORE)
    else:
        options = (NP_GREATER if operator == 1 else NP_LESS) if style == "np" else \
            (CLAUSE_GREATER if operator == 1 else CLAUSE_LESS)
    phrase = rng.choice(options).format(m=mention(rng, column), v=written)
    if phrase.startswith("a ") and phrase[2:3].lower() in "aeiou":
        phrase = "an " + phrase[2:]
    return phrase


def join_phrases(rng, phrases):
    if len(phrases) == 1:
        return phrases[0]
    last_joiner = rng.choice([" and ", ", and "]) if len(phrases) > 2 else " and "
    return ", ".join(phrases[:-1]) + last_joiner + phrases[-1]


def render_question(rng, columns, sql, written_values):
    agg = sql["agg"]
    select_mention = mention(rng, columns[sql["sel"]])
    if not sql["conds"]:
        question = rng.choice(QUESTION_TEMPLATES_NO_CONDITION[agg]).format(s=select_mention)
    else:
        template = rng.choice(QUESTION_TEMPLATES[agg])
        if "{k}" in template:
            style = rng.choice(["np", "clause"])
            connector = rng.choice(NP_CONNECTORS if style == "np" else CLAUSE_CONNECTORS)
        else:
            style, connector = "np", ""
        phrases = [condition_phrase(rng, columns[column], operator, written, style)
                   for (column, operator, _), written in zip(sql["conds"], written_values)]
        question = template.format(s=select_mention, k=connector, c=join_phrases(rng, phrases))
    if rng.random() < 0.12:
        question = question.lower()
    return question[0].upper() + question[1:]


def pick_threshold(rng, column, cells, anchor_cell, operator):
    """A threshold that the anchor row satisfies (operator 1: >, 2: <), written like the column's cells."""
    anchor = parse_number(anchor_cell)
    numbers = sorted({parse_number(cell) for cell in cells})
    if operator == 1:
        candidates = [n for n in numbers if n < anchor]
    else:
        candidates = [n for n in numbers if n > anchor]
    if not candidates:
        return None
    bound = rng.choice(candidates)
    if column.kind == "comma" and abs(anchor - bound) > 100:
        step = 1000 if abs(anchor - bound) > 2000 else 100
        rounded = (bound // step + (1 if operator == 1 else 0)) * step
        if (operator == 1 and rounded < anchor) or (operator == 2 and rounded > anchor):
            bound = rounded
    return number_written(column.kind, bound, anchor_cell)


def impossible_threshold(rng, column, cells, operator):
    """A threshold no cell satisfies."""
    numbers = [parse_number(cell) for cell in cells]
    if operator == 1:
        bound = max(numbers) + rng.choice([0, 1, 5, 10]) * (1 if column.kind != "dec" else 0.5)
    else:
        bound = min(numbers) - rng.choice([0, 1, 5]) * (1 if column.kind != "dec" else 0.5)
        if bound < 0 and min(numbers) >= 0:
            bound = min(numbers)
    return number_written(column.kind, bound, cells[0])


def value_for_equal(rng, column, cell):
    """(written in question, gold value) for `column = cell`."""
    if column.type == "real":
        written = cell if column.kind != "unit" or rng.random() < 0.6 else cell.split(" ")[0]
        return written, gold_number(cell if column.kind != "unit" else cell.split(" ")[0])
    roll = rng.random()
    if roll < 0.6:
        return cell, cell
    if roll < 0.88:
        return cell.lower(), cell.lower()
    return cell.lower(), cell


def value_for_range(rng, column, written):
    gold = gold_number(written)
    if column.kind in ("int", "year") and isinstance(gold, int) and rng.random() < 0.06:
        return written + ".0", float(gold)
    if column.kind == "unit" and rng.random() < 0.4:
        written = written.split(" ")[0]
    return written, gold


def try_question(rng, table, meta, agg, n_conds, want_empty, want):
    """One question of this shape; want: None, "range" (a > or <), "quote" or "non-ascii" (in a value)."""
    want_range = want == "range"
    columns = meta["columns"]
    rows = table["rows"]
    real_columns = [i for i, c in enumerate(columns) if c.type == "real"]
    if agg in (1, 2, 4, 5):
        if agg in (4, 5):  # sums and averages of years or ranks are rare
            real_columns = [i for i in real_columns if columns[i].kind not in ("year",)
                            and not getattr(columns[i].gen, "is_seq", False)] or real_columns
        if not real_columns:
            return None
        sel = rng.choice(real_columns)
    elif agg == 0 and rng.random() < 0.75:
        text_columns = [i for i, c in enumerate(columns) if c.type == "text"]
        sel = rng.choice(text_columns or list(range(len(columns))))
    else:
        sel = rng.randrange(len(columns))
    others = [i for i in range(len(columns)) if i != sel]
    if n_conds > len(others):
        return None
    cond_columns = rng.sample(others, n_conds)
    if want_range and not any(columns[c].type == "real" for c in cond_columns):
        return None
    anchor = rng.choice(rows)
    conds, written_values = [], []
    for column_index in cond_columns:
        column = columns[column_index]
        cells = [row[column_index] for row in rows]
        operator = 0
        if column.type == "real":
            operator = rng.choice([0, 1, 2]) if not want_range else rng.choice([1, 2])
        if operator:
            threshold = pick_threshold(rng, column, cells, anchor[column_index], operator)
            if threshold is None:
                operator = 0
            else:
                written, gold = value_for_range(rng, column, threshold)
        if operator == 0:
            written, gold = value_for_equal(rng, column, anchor[column_index])
        conds.append([column_index, operator, gold])
        written_values.append(written)
    if want_empty:
        if not conds:
            return None
        position = rng.randrange(len(conds))
        column_index, operator, _ = conds[position]
        column = columns[column_index]
        cells = [row[column_index] for row in rows]
        if operator == 0 and (column.type == "text" or rng.random() < 0.5):
            candidates = meta["spares"][column_index] + cells
            absent_or_other = rng.choice(candidates)
            written, gold = value_for_equal(rng, column, absent_or_other)
        else:
            if operator == 0:
                operator = rng.choice([1, 2])
            written, gold = value_for_range(rng, column, impossible_threshold(rng, column, cells, operator))
        conds[position] = [column_index, operator, gold]
        written_values[position] = written
    if want_range and not any(operator for _, operator, _ in conds):
        return None
    text_values = [value for _, _, value in conds if isinstance(value, str)]
    if want == "quote" and not any("'" in value or '"' in value for value in text_values):
        return None
    if want == "non-ascii" and not any(not value.isascii() for value in text_values):
        return None
    sql = {"sel": sel, "conds": conds, "agg": agg}
    question = render_question(rng, columns, sql, written_values)
    return question, sql


def check_question(table, question, sql):
    """Validity rules of the gold query; raises AssertionError."""
    header, types = table["header"], table["types"]
    assert 0 <= sql["sel"] < len(header)
    assert sql["agg"] in range(6)
    if sql["agg"] in (1, 2, 4, 5):
        assert types[sql["sel"]] == "real", (question, sql)
    lowered = question.lower()
    for column, operator, value in sql["conds"]:
        assert 0 <= column < len(header)
        assert operator in (0, 1, 2)
        if operator:
            assert types[column] == "real", (question, sql)
        if types[column] == "text":
            assert isinstance(value, str)
        else:
            assert parse_number(value) is not None, (question, sql)
        assert str(value).lower() in lowered, (question, sql)


def random_shape(rng):
    """(agg, n_conds, want_empty, want) drawn at random."""
    agg = rng.choices(range(6), weights=[42, 12, 11, 11, 11, 13])[0]
    n_conds = rng.choices(range(5), weights=[3, 48, 33, 13, 3])[0]
    want_empty = n_conds > 0 and rng.random() < 0.07
    return agg, n_conds, want_empty, None


def required_shapes():
    shapes = []
    for agg in range(6):
        for n_conds in range(4):
            shapes.append((agg, n_conds, False, "range" if n_conds > 0 and agg % 2 == 1 else None))
    shapes += [(0, 4, False, None), (3, 4, False, None), (0, 1, False, "range"), (2, 2, False, "range")]
    shapes += [(0, 1, True, None), (0, 2, True, None), (3, 1, True, None)]
    shapes += [(agg, 1, True, None) for agg in (1, 2, 4, 5)]
    shapes += [(0, 1, False, "quote"), (3, 2, False, "quote"), (0, 1, False, "non-ascii"), (5, 2, False, "non-ascii")]
    return shapes


def make_question(rng, table, meta, shape, connection, seen_questions, attempts=60):
    """(question, sql) of this shape whose answer is empty exactly when the shape asks, or None."""
    for _ in range(attempts):
        made = try_question(rng, table, meta, *shape)
        if made is None:
            continue
        question, sql = made
        result = execute_gold(connection, table, sql)
        empty = result in ([], [None]) or (sql["agg"] == 3 and result == [0])
        if empty == shape[2] and question not in seen_questions:
            return made
    return None


def make_split(rng, specs, prefix_weights, questions_per_table, used_ids, connection):
    tables, metas = [], []
    for spec in specs:
        prefix = rng.choices(["1", "2"], weights=prefix_weights)[0]
        table, meta = make_table(rng, spec, make_table_id(rng, used_ids, prefix))
        tables.append(table)
        metas.append(meta)
    load_tables_into_sqlite(connection, tables)
    pending = required_shapes()
    examples = []
    seen_questions = set()
    slots = [index for index in range(len(tables)) for _ in range(questions_per_table)]
    rng.shuffle(slots)
    for table_index in slots:
        table, meta = tables[table_index], metas[table_index]
        made = None
        for shape in pending + [random_shape(rng) for _ in range(50)]:
            made = make_question(rng, table, meta, shape, connection, seen_questions)
            if made is not None:
                if shape in pending:
                    pending.remove(shape)
                break
        if made is None:
            raise RuntimeError(f"could not make a question for table {table['id']}")
        question, sql = made
        check_question(table, question, sql)
        seen_questions.add(question)
        examples.append({"phase": 1 if table["id"].startswith("1-") else 2, "table_id": table["id"],
                         "question": question, "sql": sql})
    if pending:
        raise RuntimeError(f"no table could take the question shapes {pending}")
    examples.sort(key=lambda example: [t["id"] for t in tables].index(example["table_id"]))
    return tables, examples


# ---------------------------------------------------------------------------
# Statistics, README, check
# ---------------------------------------------------------------------------

def split_statistics(tables, examples, connection):
    by_id = {table["id"]: table for table in tables}
    results = [execute_gold(connection, by_id[e["table_id"]], e["sql"]) for e in examples]
    types = [t for table in tables for t in table["types"]]
    cells = [cell for table in tables for row in table["rows"]
             for cell, t in zip(row, table["types"]) if t == "real"]
    values = [c[2] for e in examples for c in e["sql"]["conds"]]
    return {
        "tables": len(tables),
        "rows": sum(len(table["rows"]) for table in tables),
        "columns real/text": f"{types.count('real')}/{types.count('text')}",
        "questions": len(examples),
        "aggregation": {AGG_OPS[a] or "none": n for a, n in sorted(Counter(e["sql"]["agg"] for e in examples).items())},
        "operator": {COND_OPS[o]: n for o, n in sorted(Counter(c[1] for e in examples for c in e["sql"]["conds"]).items())},
        "conditions per question": dict(sorted(Counter(len(e["sql"]["conds"]) for e in examples).items())),
        "empty result []": sum(1 for r in results if r == []),
        "aggregate over nothing [None]": sum(1 for r in results if r == [None]),
        "COUNT of nothing [0]": sum(1 for r, e in zip(results, examples) if e["sql"]["agg"] == 3 and r == [0]),
        "condition values int/float/str": "/".join(str(sum(1 for v in values if type(v) is t)) for t in (int, float, str)),
        "real cells like 1,234 / 3.5 / 12 m": "/".join(str(n) for n in (
            sum(1 for c in cells if "," in c), sum(1 for c in cells if "." in c and " " not in c),
            sum(1 for c in cells if " " in c))),
        "non-ASCII questions": sum(1 for e in examples if not e["question"].isascii()),
        "condition values with ' or \"": sum(1 for v in values if isinstance(v, str) and ("'" in v or '"' in v)),
        "condition values non-ASCII": sum(1 for v in values if isinstance(v, str) and not v.isascii()),
    }


README_TEMPLATE = """# wikisql-sample

A small sample in the WikiSQL file format, **written by us**. It is **NOT WikiSQL data**: every table
(header, rows) and every question was generated by `scripts/make_wikisql_sample.py` from invented,
fictional content (names, towns, clubs, figures are made up and state no facts). License: the same as
this project.

It is the embedded default for training, evaluation and tests: template questions whose words signal the
aggregation, mention the columns by header (sometimes paraphrased) and contain the condition values
verbatim (case may differ), so a small model can learn it on a CPU in minutes.

Regenerate (deterministic, standard library only):

    python scripts/make_wikisql_sample.py --out data/wikisql-sample --seed 0

Check (executes every gold query with sqlite3 as the official engine does: columns col0..colN,
cells stored as lower-cased strings, condition values of `real` columns parsed as numbers):

    python scripts/make_wikisql_sample.py --check data/wikisql-sample

## Files

- `{{split}}.jsonl`: `{{"phase", "table_id", "question", "sql": {{"sel", "conds": [[column, operator, value]], "agg"}}}}`,
  agg index into `['', 'MAX', 'MIN', 'COUNT', 'SUM', 'AVG']`, operator index into `['=', '>', '<', 'OP']`.
  Condition values of `real` columns are JSON numbers where they read back as written (42, 3.5, 1939.0),
  otherwise the string as written in the question (`"1,200"`, `".915"`); text values are strings.
- `{{split}}.tables.jsonl`: `{{"id", "header", "types", "rows", "page_title", "section_title", "caption"}}`
  (the last three on some tables only). Cells are strings, also in `real` columns (`"1,234"`, `"3.5"`,
  `"12 m"`, `"42"`). A database built from them must read a `real` cell as the official engine reads a
  `real` condition value: the number with thousands commas removed, else its first number (`"12 m"` -> 12).
  Stored as text instead, the unit cells change the answers of the questions that touch them.
- `phase` is 1 for table ids `1-…` and 2 for `2-…`, as in WikiSQL.

Train and dev tables are disjoint: no table is in both (they share only word pools: names, towns, countries).
The 32 train tables and the 10 dev tables come from different invented pages (sports, elections, films,
TV episodes, towns, chemistry, races, albums, schools, ships, ...).

"Empty" answers below: `[]` (no row matches), `[None]` (MAX/MIN/SUM/AVG over no row); COUNT over no row
gives `[0]`. All were computed with the check above.

## Statistics

{statistics}
"""


def check_coverage(split, statistics):
    """Each split covers every aggregation, operator, 0-4 conditions, empty answers, number formats, quotes."""
    assert len(statistics["aggregation"]) == 6, (split, statistics["aggregation"])
    assert len(statistics["operator"]) == 3, (split, statistics["operator"])
    assert set(statistics["conditions per question"]) == {0, 1, 2, 3, 4}, split
    assert statistics["empty result []"] and statistics["aggregate over nothing [None]"], split
    assert all(int(n) for n in statistics["real cells like 1,234 / 3.5 / 12 m"].split("/")), split
    assert statistics["condition values with ' or \""] and statistics["condition values non-ASCII"], split


def statistics_markdown(statistics_by_split):
    names = list(next(iter(statistics_by_split.values())))
    lines = ["| | " + " | ".join(statistics_by_split) + " |", "|---|" + "---|" * len(statistics_by_split)]
    for name in names:
        cells = []
        for statistics in statistics_by_split.values():
            value = statistics[name]
            cells.append(", ".join(f"{k}: {v}" for k, v in value.items()) if isinstance(value, dict) else str(value))
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def read_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path, items):
    with open(path, "w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def check_directory(directory):
    """Validate and execute every gold query of the sample in `directory`; print statistics."""
    statistics = {}
    seen_tables = {}
    for split in ("train", "dev"):
        tables = read_jsonl(os.path.join(directory, f"{split}.tables.jsonl"))
        examples = read_jsonl(os.path.join(directory, f"{split}.jsonl"))
        by_id = {table["id"]: table for table in tables}
        for table in tables:
            assert table["id"] not in seen_tables, f"table {table['id']} in two splits"
            seen_tables[table["id"]] = split
            assert 4 <= len(table["header"]) <= 8 and 5 <= len(table["rows"]) <= 20, table["id"]
            assert all(len(row) == len(table["header"]) for row in table["rows"]), table["id"]
            for row in table["rows"]:
                for cell, column_type in zip(row, table["types"]):
                    assert column_type == "text" or parse_number(cell) is not None, (table["id"], cell)
        connection = sqlite3.connect(":memory:")
        load_tables_into_sqlite(connection, tables)
        for example in examples:
            check_question(by_id[example["table_id"]], example["question"], example["sql"])
        statistics[split] = split_statistics(tables, examples, connection)
        check_coverage(split, statistics[split])
    print(statistics_markdown(statistics))
    return statistics


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="data/wikisql-sample", help="output directory")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--check", metavar="DIR", help="only validate and execute the sample in DIR")
    args = parser.parse_args()
    if args.check:
        check_directory(args.check)
        return

    rng = random.Random(args.seed)
    specs = table_specs()
    train_specs, dev_specs = specs[:TRAIN_TABLES], specs[TRAIN_TABLES:]
    used_ids = set()
    connection = sqlite3.connect(":memory:")
    splits = {
        "train": make_split(rng, train_specs, [1, 2], QUESTIONS_PER_TRAIN_TABLE, used_ids, connection),
        "dev": make_split(rng, dev_specs, [1, 2], QUESTIONS_PER_DEV_TABLE, used_ids, connection),
    }
    os.makedirs(args.out, exist_ok=True)
    statistics = {}
    for split, (tables, examples) in splits.items():
        write_jsonl(os.path.join(args.out, f"{split}.tables.jsonl"), tables)
        write_jsonl(os.path.join(args.out, f"{split}.jsonl"), examples)
        statistics[split] = split_statistics(tables, examples, connection)
        check_coverage(split, statistics[split])
    with open(os.path.join(args.out, "README.md"), "w", encoding="utf-8") as handle:
        handle.write(README_TEMPLATE.format(statistics=statistics_markdown(statistics)))
    print(statistics_markdown(statistics))


if __name__ == "__main__":
    main()
