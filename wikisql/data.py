"""Reading the official WikiSQL files, building their SQLite database, downloading them.

Files: {split}.jsonl (one question per line), {split}.tables.jsonl (one table per line),
{split}.db (SQLite, built from the tables). Any of the .jsonl files may be compressed
(.xz, .bz2, .gz). Every problem in a file is a WikiSQLFormatError naming file, line and
field; with skip_invalid the line is skipped instead, logged, and added to `skipped`.

    python -m wikisql.data build-db TABLES.jsonl OUT.db
    python -m wikisql.data download --dest DIR
"""
from __future__ import annotations

import argparse
import bz2
import gzip
import hashlib
import json
import logging
import lzma
import sys
import tarfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Callable, Iterator, Sequence, TypeVar

from wikisql.database import TABLE_SUFFIXES, Database, build_database
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Query
from wikisql.schema import COLUMN_TYPES, Example, Table, WikiSQLFormatError

log = logging.getLogger(__name__)

COMPRESSED_SUFFIXES = ("", ".xz", ".bz2", ".gz")

DATA_URL = "https://github.com/salesforce/WikiSQL/raw/master/data.tar.bz2"
DATA_SIZE = 26_363_890
DATA_SHA256 = "c2edd896d4da457e1444db2ce7beec41b78ba9d7afd69ea57f7d408c704541d3"


# ----------------------------------------------------------------------------- files

def open_binary(path: str | Path) -> BinaryIO:
    """Open a file for reading bytes, decompressing .xz, .bz2 and .gz transparently."""
    path = str(path)
    if path.endswith(".xz"):
        return lzma.open(path, "rb")
    if path.endswith(".bz2"):
        return bz2.open(path, "rb")
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _decode(raw: bytes, path: str | Path, line: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WikiSQLFormatError(f"not UTF-8: byte {raw[error.start]:#04x} at column {error.start + 1}",
                                 path, line) from None


def open_text(path: str | Path) -> Iterator[str]:
    """Yield the lines of a (possibly compressed) UTF-8 text file; a bad byte is a
    WikiSQLFormatError naming the line."""
    with open_binary(path) as f:
        for line, raw in enumerate(f, 1):
            yield _decode(raw, path, line)


def count_lines(path: str | Path) -> int:
    with open_binary(path) as f:
        return sum(1 for _ in f)


def read_json_lines(path: str | Path) -> Iterator[tuple[int, dict | WikiSQLFormatError]]:
    """Yield (line number, JSON object or the WikiSQLFormatError of that line)."""
    with open_binary(path) as f:
        for line, raw in enumerate(f, 1):
            try:
                text = _decode(raw, path, line)
                if not text.strip():
                    raise WikiSQLFormatError("empty line", path, line)
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as error:
                    raise WikiSQLFormatError(f"malformed JSON: {error}", path, line) from None
                if not isinstance(record, dict):
                    raise WikiSQLFormatError(f"expected a JSON object, got {type(record).__name__}", path, line)
                yield line, record
            except WikiSQLFormatError as error:
                yield line, error


@dataclass
class SplitFiles:
    examples: Path | None = None   # {split}.jsonl[.xz|.bz2|.gz]
    tables: Path | None = None     # {split}.tables.jsonl[...]
    db: Path | None = None         # {split}.db


def find_split_files(data_dir: str | Path, split: str) -> SplitFiles:
    """Locate a split's files in data_dir; absent ones are None."""
    data_dir = Path(data_dir)

    def first(name: str) -> Path | None:
        for suffix in COMPRESSED_SUFFIXES:
            if (data_dir / (name + suffix)).is_file():
                return data_dir / (name + suffix)
        return None

    db = data_dir / f"{split}.db"
    return SplitFiles(first(f"{split}.jsonl"), first(f"{split}.tables.jsonl"), db if db.is_file() else None)


# ----------------------------------------------------------------------------- validation

class FieldChecker:
    """Field checks for one record (a line of a file, or one JSON table): each problem is an
    `error_class` naming the path, the line and the field. Kinds are named as Python names them
    (str, int); a subclass may name them in `kind_names` words instead (wikisql/tables.py: "text",
    "a number", for people who write JSON, not Python)."""

    error_class: type[WikiSQLFormatError] = WikiSQLFormatError
    kind_names: dict[type, str] = {}

    def __init__(self, path: str | Path | None, line: int | None) -> None:
        self.path, self.line = path, line

    def error(self, field: str | None, message: str) -> WikiSQLFormatError:
        return self.error_class(message, self.path, self.line, field)

    def get(self, record: dict, key: str, kinds: type | tuple[type, ...], field: str | None = None,
            optional: bool = False) -> Any:
        field = field or key
        if key not in record:
            if optional:
                return None
            raise self.error(field, "missing")
        return self.check(record[key], kinds, field, optional)

    def check(self, value: object, kinds: type | tuple[type, ...], field: str, optional: bool = False) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, kinds):
            kinds = kinds if isinstance(kinds, tuple) else (kinds,)
            names = " or ".join(dict.fromkeys(self.kind_names.get(kind, kind.__name__) for kind in kinds))
            raise self.error(field, f"expected {names}, got {json.dumps(value)[:80]}")
        return value

    def index(self, value: object, size: int, field: str, what: str) -> int:
        self.check(value, int, field)
        if not 0 <= value < size:
            raise self.error(field, f"{what} {value} outside 0..{size - 1}")
        return value


TITLE_FIELDS = ("page_title", "section_title", "caption")


def parse_table_record(record: dict, check: FieldChecker, require_id: bool = True,
                       require_types: bool = True) -> Table:
    """The one check of a WikiSQL table record's structure, field by field: of the official
    .tables.jsonl files here, and of a user's WikiSQL JSON (wikisql/tables.py, which adds its own
    header and row rules and infers missing types). id: text; header: a non-empty list of text;
    types: one of COLUMN_TYPES per column; rows: lists of one cell per column, each text, a number
    or null. Without require_id / require_types a missing or null id / types is None in the
    Table. The titles are not read (_parse_table reads them)."""
    table_id = check.get(record, "id", str, optional=not require_id)
    header = check.get(record, "header", list)
    if not header:
        raise check.error("header", "no columns in the header")
    for i, name in enumerate(header):
        check.check(name, str, f"header[{i}]")
    types = check.get(record, "types", list, optional=not require_types)
    if types is not None:
        if len(types) != len(header):
            raise check.error("types", f"{len(types)} types for {len(header)} header columns")
        for i, kind in enumerate(types):
            if kind not in COLUMN_TYPES:
                raise check.error(f"types[{i}]", f'expected "text" or "real", got {json.dumps(kind)[:80]}')
    rows = check.get(record, "rows", list)
    for r, row in enumerate(rows):
        check.check(row, list, f"rows[{r}]")
        if len(row) != len(header):
            raise check.error(f"rows[{r}]", f"{len(row)} cells for {len(header)} header columns")
        for c, cell in enumerate(row):
            check.check(cell, (str, int, float), f"rows[{r}][{c}]", optional=True)
    return Table(table_id, header, types, rows)


def _parse_table(record: dict, check: FieldChecker) -> Table:
    """A table of an official .tables.jsonl file: id and types required, titles text or null."""
    table = parse_table_record(record, check)
    table.page_title, table.section_title, table.caption = (
        check.get(record, key, str, optional=True) for key in TITLE_FIELDS)
    return table


def _parse_example(record: dict, check: FieldChecker, tables: dict[str, Table] | None, path: str | Path,
                   line: int) -> Example:
    question = check.get(record, "question", str)
    table_id = check.get(record, "table_id", str)
    phase = check.get(record, "phase", int, optional=True)
    sql = check.get(record, "sql", dict)
    width = None
    if tables is not None:
        if table_id not in tables:
            raise check.error("table_id", f"unknown table id {table_id!r}")
        width = len(tables[table_id].header)

    def column(value: object, field: str) -> int:
        check.check(value, int, field)
        if value < 0 or (width is not None and value >= width):
            limit = f"0..{width - 1} (header of table {table_id})" if width is not None else "0 or more"
            raise check.error(field, f"column index {value} outside {limit}")
        return value

    sel = column(check.get(sql, "sel", int, "sql.sel"), "sql.sel")
    agg = check.index(check.get(sql, "agg", int, "sql.agg"), len(AGGREGATION_OPS), "sql.agg", "aggregation index")
    conds = check.get(sql, "conds", list, "sql.conds")
    for i, condition in enumerate(conds):
        field = f"sql.conds[{i}]"
        check.check(condition, list, field)
        if len(condition) != 3:
            raise check.error(field, f"expected [column, operator, value], got {json.dumps(condition)[:80]}")
        column(condition[0], field + "[0]")
        check.index(condition[1], len(CONDITION_OPS), field + "[1]", "operator index")
        check.check(condition[2], (str, int, float), field + "[2]")
    query = Query.from_dict({"sel": sel, "agg": agg, "conds": conds})
    return Example(question, table_id, query, phase, line, str(path))


T = TypeVar("T")   # what _load's parse returns: Table, Example


def _load(path: str | Path, parse: Callable[[dict, FieldChecker, int], T], skip_invalid: bool,
          skipped: list[WikiSQLFormatError] | None) -> list[T]:
    """Parse each JSON line of path with parse(record, checker, line); skip or raise on errors."""
    results, errors = [], []
    for line, record in read_json_lines(path):
        try:
            if isinstance(record, WikiSQLFormatError):
                raise record
            results.append(parse(record, FieldChecker(path, line), line))
        except WikiSQLFormatError as error:
            if not skip_invalid:
                raise
            log.warning("skipped: %s", error)
            errors.append(error)
    if errors:
        log.warning("skipped %d invalid line(s) of %s", len(errors), path)
    if skipped is not None:
        skipped.extend(errors)
    return results


def load_tables(path: str | Path, skip_invalid: bool = False,
                skipped: list[WikiSQLFormatError] | None = None) -> dict[str, Table]:
    """Read a .tables.jsonl file into {table id: Table}.

    With skip_invalid, invalid lines (and repeated ids) are skipped, logged as warnings and
    appended to the list `skipped` when one is given.
    """
    tables = {}

    def parse(record: dict, check: FieldChecker, line: int) -> Table:
        table = _parse_table(record, check)
        if table.id in tables:
            raise check.error("id", f"table id {table.id!r} repeated")
        tables[table.id] = table
        return table

    _load(path, parse, skip_invalid, skipped)
    return tables


def open_database(path: str | Path) -> Database:
    """A read-only Database of a .db file, or of a .tables.jsonl[.xz] file built in memory; a file
    with no tables is a WikiSQLFormatError naming it."""
    if Path(path).name.endswith(TABLE_SUFFIXES):
        tables = load_tables(path)
        if not tables:
            raise WikiSQLFormatError("no tables", path)
        return Database.from_tables(tables)
    return Database(path)


def load_examples(path: str | Path, tables: dict[str, Table] | None = None, skip_invalid: bool = False,
                  skipped: list[WikiSQLFormatError] | None = None) -> list[Example]:
    """Read a {split}.jsonl file into Examples, checking column indexes against `tables`
    (a dict from load_tables) when given. Skipping works as in load_tables."""
    return _load(path, lambda record, check, line: _parse_example(record, check, tables, path, line),
                 skip_invalid, skipped)


# ----------------------------------------------------------------------------- download

class DownloadError(RuntimeError):
    pass


def _manual_instructions(dest: str | Path) -> str:
    return (f"To install the data by hand, download {DATA_URL} ({DATA_SIZE:,} bytes, sha256 {DATA_SHA256}) "
            f"on a machine with network access, then run `python -m wikisql.data download --dest {dest} "
            f"--archive data.tar.bz2`, or unpack it yourself so that {dest} holds train.jsonl, "
            f"train.tables.jsonl, train.db, dev.* and test.*.")


def _verify(path: Path, size: int, sha256: str) -> None:
    actual_size = path.stat().st_size
    if actual_size != size:
        raise DownloadError(f"{path} has {actual_size:,} bytes, expected {size:,}")
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != sha256:
        raise DownloadError(f"{path} has sha256 {digest.hexdigest()}, expected {sha256}")


def _fetch(url: str, out_path: Path, size: int) -> None:
    from tqdm import tqdm
    part = out_path.with_name(out_path.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=60) as response, open(part, "wb") as f, \
                tqdm(total=size, unit="B", unit_scale=True, desc=out_path.name, disable=None) as bar:
            for block in iter(lambda: response.read(1 << 20), b""):
                f.write(block)
                bar.update(len(block))
    except (urllib.error.URLError, OSError) as error:
        part.unlink(missing_ok=True)
        reason = getattr(error, "reason", error)
        raise DownloadError(f"could not download {url}: {reason}") from None
    part.replace(out_path)


def _extract(archive: Path, dest: Path) -> list[Path]:
    """Unpack regular files of the archive into dest, dropping a leading 'data/' folder.
    Links, devices, absolute paths and '..' are refused."""
    written = []
    with tarfile.open(archive, "r:*") as tar:
        for member in tar:
            parts = PurePosixPath(member.name).parts
            if member.name.startswith("/") or ".." in parts:
                raise DownloadError(f"{archive}: unsafe path {member.name!r} in archive")
            if member.isdir():
                continue
            if not member.isfile():
                raise DownloadError(f"{archive}: {member.name!r} is not a regular file")
            if parts and parts[0] == "data":
                parts = parts[1:]
            if not parts:
                continue
            target = dest.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, open(target, "wb") as out:
                for block in iter(lambda: source.read(1 << 20), b""):
                    out.write(block)
            written.append(target)
    return written


def download(dest: str | Path, archive: str | Path | None = None, url: str = DATA_URL, size: int = DATA_SIZE,
             sha256: str = DATA_SHA256) -> list[Path]:
    """Fetch (or take the given `archive`), verify size and sha256, unpack into dest.
    Returns the unpacked files. Raises DownloadError with instructions when offline."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    if archive is None:
        archive = dest / "data.tar.bz2"
        if not (archive.is_file() and archive.stat().st_size == size):
            try:
                _fetch(url, archive, size)
            except DownloadError as error:
                raise DownloadError(f"{error}\n{_manual_instructions(dest)}") from None
    archive = Path(archive)
    if not archive.is_file():
        raise DownloadError(f"{archive} does not exist.\n{_manual_instructions(dest)}")
    _verify(archive, size, sha256)
    return _extract(archive, dest)


# ----------------------------------------------------------------------------- command line

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wikisql.data", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build-db", help="write the official SQLite database of a tables file")
    build.add_argument("tables", help="{split}.tables.jsonl, possibly .xz/.bz2/.gz")
    build.add_argument("out", help="the .db file to write")
    build.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    build.add_argument("--skip-invalid", action="store_true", help="skip and count invalid lines")
    fetch = commands.add_parser("download", help="download, verify and unpack the official data")
    fetch.add_argument("--dest", required=True, help="folder for the unpacked files")
    fetch.add_argument("--archive", help="a data.tar.bz2 already downloaded by hand")
    fetch.add_argument("--url", default=DATA_URL, help="where to fetch data.tar.bz2 from")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")

    try:
        if args.command == "build-db":
            out = Path(args.out)
            if out.exists() and not args.overwrite:
                raise FileExistsError(f"{out} exists; pass --overwrite to replace it")
            skipped = []
            tables = load_tables(args.tables, skip_invalid=args.skip_invalid, skipped=skipped)
            out.unlink(missing_ok=True)
            build_database(tables, out)
            note = f" ({len(skipped)} invalid lines skipped)" if skipped else ""
            print(f"wrote {len(tables)} tables to {out}{note}")
        else:
            files = download(args.dest, archive=args.archive, url=args.url)
            print(f"unpacked {len(files)} files into {args.dest}")
    except (WikiSQLFormatError, DownloadError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def split_sources(data_dir: Path, split: str) -> list[tuple[Path, Path]]:
    """(examples, tables) file pairs of a split: DIR/{split}.jsonl[.xz], or DIR/recon/{split}.jsonl[.xz]
    plus DIR/recon/{split}-headers-only.jsonl[.xz] (the reconstructed train layout)."""
    for directory in (data_dir, data_dir / "recon"):
        sources = []
        for name in (split, f"{split}-headers-only"):
            files = find_split_files(directory, name)
            if files.examples is not None and files.tables is not None:
                sources.append((files.examples, files.tables))
        if sources:
            return sources
    raise FileNotFoundError(f"no {split}.jsonl and {split}.tables.jsonl (optionally .xz) in {data_dir} "
                            f"or {data_dir / 'recon'}")


def load_split(data_dir: str | Path, split: str) -> tuple[list[Example], dict[str, Table]]:
    """(examples, tables) of a split, all its sources joined."""
    examples, tables = [], {}
    for examples_path, tables_path in split_sources(Path(data_dir), split):
        split_tables = load_tables(tables_path, skip_invalid=True)
        tables.update(split_tables)
        examples += load_examples(examples_path, split_tables, skip_invalid=True)
    return examples, tables


if __name__ == "__main__":
    sys.exit(main())
