"""Reading a user's table (CSV, TSV, JSON, SQLite) into a WikiSQL Table, types inferred.

    read_table('people.csv')                     # header line, then one row per line
    read_table('people.tsv')                     # the same, tab-separated
    read_table('people.json')                    # WikiSQL table format: {"header": [...], "rows": [[...]]}
    read_table('dev.tables.jsonl', 'ID')         # one WikiSQL table per line, picked by id
    read_sqlite_table('my.db', 'ID')             # a table of an existing SQLite file, opened read-only

Files as spreadsheets and data-frame libraries write them are read as they are: UTF-8 (with or
without a byte-order mark) or UTF-16 with one; a .csv or .tsv that is not UTF-8 as Windows-1252
(Excel's "CSV" on Western systems; Latin-1 text reads the same) when every byte is a character
of it and none is a control code, else refused naming the first bad byte's line; a .csv
separated by `;`, tabs or `|` (found from the header line); blank column names filled in
(`rownames` for R's row names, `column N` else).

Types follow WikiSQL: a column is `real` when every non-empty cell is a number, else `text`.
Cells of a `real` column become numbers ("1,234" -> 1234), empty ones None; text cells stay
as written. A column whose cells are all numbers with one and the same unit (`828 m`, `$1,200`,
`45%`, `2,717 ft`) is `real` too: its cells become the numbers and Table.units keeps how they
are written (`{} m`), so that comparisons, MAX and SUM work on the numbers and answers show the
unit. A JSON table that declares its types keeps them and its cells as written.
Every problem is a TableError naming the file, the line and the field.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Callable, Iterable, Sequence

from wikisql.data import FieldChecker, parse_table_record
from wikisql.database import table_name
from wikisql.schema import MISSING_MARKERS, Table, WikiSQLFormatError

# digits (maybe with thousands commas), a fraction, or both, then maybe an exponent: not "e4" alone
NUMBER = re.compile(r"[-+]?((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)([eE][-+]?\d+)?")
TABLE_ID_CHARACTERS = re.compile(r"[^A-Za-z0-9_-]+")
DELIMITERS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
MAX_CELL_CHARACTERS = 16 * 1024 * 1024   # one CSV cell (a pasted document); a whole upload is bounded elsewhere


class TableError(WikiSQLFormatError):
    """A table that cannot be used, located by file, line (1-based) and field."""

    field_format = "{}"  # fields here are paths such as header[2] or rows[1]


# ----------------------------------------------------------------------------- types

def cell_number(text: object) -> int | float | None:
    """The number a cell holds (int when integral and written without a dot), else None."""
    if isinstance(text, bool):
        return None
    if isinstance(text, (int, float)):
        return text
    text = str(text).strip().replace("\u2212", "-", 1)   # the minus sign of typeset tables: −5
    if not text or not NUMBER.fullmatch(text) or not any(char.isdigit() for char in text):
        return None
    plain = text.replace(",", "")
    if re.fullmatch(r"[-+]?\d+", plain):
        return int(plain)
    return float(plain)


def is_whole(cell: object) -> bool:
    """Whether a cell is a whole number (1, 2.0; not 1.5, '', None, True)."""
    return isinstance(cell, (int, float)) and not isinstance(cell, bool) and float(cell).is_integer()


def holding(value: object) -> Callable[[object], bool]:
    """Whether a cell holds `value`: the same text, stripped and lower-cased, or the same number (the value read
    once, for the many cells it is compared with)."""
    wanted, number = str(value).strip().lower(), cell_number(value)
    return lambda cell: str(cell).strip().lower() == wanted or (number is not None and cell_number(cell) == number)


def count_cells(table: Table, column: int, value: object) -> int:
    """How many rows of `column` hold `value` (holding)."""
    holds = holding(value)
    return sum(1 for row in table.rows if holds(row[column]))


def column_numbers(table: Table, column: int) -> list[int | float]:
    """The numbers a column's cells read as (cell_number), its missing cells and those that read as no number left
    out."""
    return [n for n in (cell_number(row[column]) for row in table.rows if not is_missing(row[column])) if n is not None]


def mostly_numbers(table_cells: Sequence[str]) -> bool:
    """Whether most of the cells given read as numbers (cell_number): a golf `score` of -11, E, +3 and CUT."""
    cells = list(table_cells)
    return 2 * sum(cell_number(cell) is not None for cell in cells) > len(cells)


_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:[ T][\d:.+Z-]*)?|\d{1,2}/\d{1,2}/\d{2,4}")


def mostly_words(table_cells: Sequence[str]) -> bool:
    """Whether most of a column's non-missing cells are words or dates, not numbers however written: a cell that
    reads as no number (cell_number) and has more letters than digits ('Rated 4.7 out of 5 stars', `ANC`) or is a
    date ('2024-01-03'); not '54 263', '+5.2%' or '2–1', numbers that text columns of published tables write so."""
    cells = [cell for cell in table_cells if not is_missing(cell)]
    def words(cell: str) -> bool:
        if cell_number(cell) is not None:
            return False
        letters, digits = sum(c.isalpha() for c in cell), sum(c.isdigit() for c in cell)
        return letters > digits or _DATE.fullmatch(cell.strip()) is not None
    return 2 * sum(map(words, cells)) > len(cells)


def is_empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_missing(cell: object) -> bool:
    """An empty cell, or one that only says the value is missing (MISSING_MARKERS)."""
    return is_empty(cell) or (isinstance(cell, str) and cell.strip().lower() in MISSING_MARKERS)


# a number with a unit: a currency sign before it, or a unit after it (`m`, `ft`, `%`, `km/h`, `°C`, `m²`)
WITH_UNIT = re.compile(r"(?P<before>[$£€¥]\s?)?(?P<number>[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)"
                       r"(?P<after>\s?(?:%|°[CF]?|[A-Za-zµ°²³/.]{1,6}))?")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")   # `3rd` is a rank, not 3 of a unit


def unit_template(cells: Sequence) -> str | None:
    """How a column writes its numbers when every non-empty cell is one number with one and the
    same unit: `{} m` for `828 m`, `${}` for `$1,200`, `{}%`; None otherwise (no cell, a cell
    without a number, units that differ, or no unit at all)."""
    template = None
    for cell in cells:
        if not isinstance(cell, str):
            return None
        match = WITH_UNIT.fullmatch(cell.strip())
        if match is None or not any(char.isdigit() for char in match["number"]):
            return None
        cell_template = f"{match['before'] or ''}{{}}{match['after'] or ''}"
        ordinal = (match["after"] or "").strip().lower() in ORDINAL_SUFFIXES
        if cell_template == "{}" or ordinal or (template is not None and cell_template != template):
            return None
        template = cell_template
    return template


def without_unit(cell: object, template: str) -> int | float | None:
    """The number of a cell written as `template` says (`828 m` -> 828)."""
    before, after = template.split("{}")
    text = str(cell).strip()
    return cell_number(text[len(before):len(text) - len(after)])


def infer_units(header: Sequence[str], rows: Sequence[Sequence]) -> list[str | None]:
    """Per column, the unit_template of its cells but the missing ones: how it writes numbers with a unit, else
    None."""
    return [unit_template([row[column] for row in rows if not is_missing(row[column])])
            for column in range(len(header))]


def infer_types(header: Sequence[str], rows: Sequence[Sequence], units: Sequence[str | None] | None = None
                ) -> list[str]:
    """'real' for a column whose cells, but for the missing ones (is_missing), are all numbers (and there is
    one), or all numbers with one unit (`units`, from infer_units), else 'text'."""
    types = []
    for column in range(len(header)):
        cells = [row[column] for row in rows if not is_missing(row[column])]
        numeric = bool(cells) and all(cell_number(cell) is not None for cell in cells)
        types.append("real" if numeric or (units and units[column] is not None) else "text")
    return types


def typed_rows(rows: Iterable[Sequence], types: Sequence[str], units: Sequence[str | None] | None = None
               ) -> list[list]:
    """Rows with `real` cells as numbers (None when missing: is_missing; without their unit where units has
    one) and `text` cells as strings."""
    units = units or [None] * len(types)
    converted = []
    for row in rows:
        cells = []
        for cell, kind, unit in zip(row, types, units):
            if kind == "real" and is_missing(cell):
                cells.append(None)
            elif is_empty(cell):
                cells.append("")
            elif kind == "real":
                cells.append(without_unit(cell, unit) if unit is not None else cell_number(cell))
            else:
                cells.append(cell if isinstance(cell, str) else str(cell))
        converted.append(cells)
    return converted


def table_id_from_name(name: str | Path) -> str:
    """A table id from a file name: letters, digits, '_' and '-' only."""
    stem = Path(str(name)).name.split(".")[0]
    return TABLE_ID_CHARACTERS.sub("_", stem).strip("_") or "table"


# ----------------------------------------------------------------------------- checks

def check_header(header: Sequence, path: str | Path, line: int | None = 1) -> list[str]:
    """Names must be non-empty text and distinct (ignoring case and surrounding spaces)."""
    if not header:
        raise TableError("no columns in the header", path, line, "header")
    seen = {}
    for index, name in enumerate(header):
        if not isinstance(name, str):
            raise TableError(f"column name must be text, got {json.dumps(name)[:80]}", path, line, f"header[{index}]")
        key = name.strip().lower()
        if not key:
            raise TableError(f"column {index + 1} has an empty name", path, line, f"header[{index}]")
        if key in seen:
            raise TableError(f"duplicate column name {name.strip()!r} (column {index + 1}, "
                             f"same as column {seen[key] + 1})", path, line, f"header[{index}]")
        seen[key] = index
    return [name.strip() for name in header]


def build_table(table_id: str, header: Sequence, rows: Sequence[Sequence], path: str | Path,
                types: list[str] | None = None, row_lines: Sequence[int] | None = None) -> Table:
    """A Table from a checked header and rows; types inferred unless given."""
    header = check_header(header, path)
    if not rows:
        raise TableError("no rows below the header", path)
    for index, row in enumerate(rows):
        line = row_lines[index] if row_lines else None
        field = None if row_lines else f"rows[{index}]"
        if len(row) != len(header):
            raise TableError(f"{len(row)} cells for {len(header)} header columns", path, line, field)
    if types is not None:
        return Table(table_id, header, types, typed_rows(rows, types))
    units = infer_units(header, rows)
    types = infer_types(header, rows, units)
    return Table(table_id, header, types, typed_rows(rows, types, units), units=units if any(units) else None)


# ----------------------------------------------------------------------------- readers

def sniff_delimiter(text: str, delimiter: str = ",") -> str:
    """The delimiter of CSV text: `delimiter`, unless its header line is one field that `;`, a tab or
    `|` splits into several, with every one of the next lines split into as many (spreadsheets in
    many locales write `;`; some tools write tabs into .csv files)."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    if not lines or len(next(csv.reader(lines[:1], delimiter=delimiter))) > 1:
        return delimiter
    for other in (";", "\t", "|"):
        try:
            widths = {len(record) for record in csv.reader(lines, delimiter=other)}
        except csv.Error:
            continue
        if len(widths) == 1 and widths.pop() > 1:
            return other
    return delimiter


def name_unnamed_columns(header: list[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Blank names filled in: a blank first column of text is the row names R's `write.csv` writes
    (`rownames`, read as the rows' names), any other blank is `column N` (N from 1; a pandas
    `to_csv` row index is a blank first column of whole numbers). A name already taken stays blank."""
    taken = {name.strip().lower() for name in header}
    named = []
    for index, name in enumerate(header):
        if not name.strip():
            integers = all(re.fullmatch(r"\s*-?\d+\s*", row[index]) for row in rows if index < len(row))
            new = "rownames" if index == 0 and not integers else f"column {index + 1}"
            if new not in taken:
                name = new
                taken.add(new)
        named.append(name)
    return named


def parse_delimited(text: str, path: str | Path, delimiter: str = ",") -> tuple[list[str], list[list[str]], list[int]]:
    """(header, rows, row line numbers) of CSV/TSV text; the header is its first record, its blank
    names become `column N`. A .csv file's delimiter is sniffed (sniff_delimiter)."""
    if not text.strip():
        raise TableError("empty file: expected a header line and rows", path)
    if delimiter == ",":
        delimiter = sniff_delimiter(text, delimiter)
    if csv.field_size_limit() < MAX_CELL_CHARACTERS:   # the csv module's default is 131,072
        csv.field_size_limit(MAX_CELL_CHARACTERS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header, rows, lines = None, [], []
    try:
        for record in reader:
            if not record or all(not cell.strip() for cell in record):
                continue   # blank line
            if header is None:
                header = record
                header_line = reader.line_num
            else:
                rows.append(record)
                lines.append(reader.line_num)
    except csv.Error as error:
        kind = "TSV" if delimiter == "\t" else "CSV"
        raise TableError(f"malformed {kind}: {error}", path, reader.line_num) from None
    if header is None:
        raise TableError("empty file: expected a header line and rows", path)
    header = check_header(name_unnamed_columns(header, rows), path, header_line)
    if not rows:
        raise TableError("no rows below the header", path, header_line)
    for row, line in zip(rows, lines):
        if len(row) != len(header):
            raise TableError(f"{len(row)} cells for {len(header)} header columns", path, line)
    return header, rows, lines


_DOS_END = re.compile(r"\x1a\s*\Z")


# control codes no text table holds (tab, line ends and the DOS end-of-file mark aside)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x19\x1b-\x1f\x7f]")


def decode_text(data: bytes, path: str | Path, legacy: bool = False) -> str:
    """UTF-8 text of bytes (a BOM is dropped), or UTF-16 where a UTF-16 BOM says so (spreadsheets'
    "Unicode text"); with `legacy` (a CSV/TSV table), bytes that are not UTF-8 are read as Windows-1252
    when every byte is one of its characters and none is a control code; a bad byte is a TableError
    naming its line. The end-of-file mark of old DOS files (Ctrl-Z, 0x1A) is dropped: it would be read
    as a character of the last cell."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        try:
            return _DOS_END.sub("", data.decode("utf-16"))
        except UnicodeDecodeError as error:
            raise TableError(f"not UTF-16 after its byte-order mark: bytes {error.start}-{error.end}", path) from None
    try:
        return _DOS_END.sub("", data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        utf8_error = TableError(f"not UTF-8: byte {data[error.start]:#04x}", path, line)
    if legacy:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise utf8_error from None
        if not _CONTROL.search(text):
            return _DOS_END.sub("", text)
    raise utf8_error


class _JSONChecker(FieldChecker):
    """The official files' field checks (wikisql/data.py) for a user's WikiSQL JSON: TableErrors,
    kinds named in JSON's words."""

    error_class = TableError
    kind_names = {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}


def table_from_json(record: object, path: str | Path, line: int | None = None, table_id: str | None = None,
                    require_id: bool = False) -> Table:
    """A Table from one WikiSQL-format object, its structure checked as the official files' are
    (data.parse_table_record): header and rows required; id (unless require_id) and types
    optional. Then as for any user's table (build_table): names distinct and not blank, at least
    one row, types inferred when not declared."""
    if not isinstance(record, dict):
        raise TableError(f"expected a JSON object, got {type(record).__name__}", path, line)
    parsed = parse_table_record(record, _JSONChecker(path, line), require_id=require_id, require_types=False)
    table_id = parsed.id or table_id or table_id_from_name(path)
    try:
        table = build_table(table_id, parsed.header, parsed.rows, path, parsed.types)
    except TableError as error:
        raise TableError(error.message, path, line, error.field) from None
    if parsed.types is not None:
        table.rows = [list(row) for row in parsed.rows]   # declared types: cells as written, as WikiSQL keeps them
    return table


def read_table(path: str | Path, table_id: str | None = None, data: bytes | None = None) -> Table:
    """Read a table file by its extension: .csv, .tsv/.tab, .json (one table), .jsonl (one
    table per line; `table_id` picks one, needed when there are several). `data` (bytes)
    stands in for the file's content, e.g. an upload named `path`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if data is None:
        if not path.is_file():
            raise TableError("no such file", path)
        data = path.read_bytes()
    text = decode_text(data, path, legacy=suffix in DELIMITERS)
    if suffix in DELIMITERS:
        header, rows, lines = parse_delimited(text, path, DELIMITERS[suffix])
        return build_table(table_id or table_id_from_name(path), header, rows, path, row_lines=lines)
    if suffix == ".json":
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise TableError(f"malformed JSON: {error.msg}", path, error.lineno) from None
        return table_from_json(record, path, table_id=table_id)
    if suffix == ".jsonl":
        tables = read_tables_jsonl(text, path)
        if table_id is not None:
            if table_id not in tables:
                raise TableError(f'no table with id {table_id!r} (ids: {", ".join(list(tables)[:5])}...)', path)
            return tables[table_id]
        if len(tables) != 1:
            raise TableError(f"{len(tables)} tables in the file; choose one with --table-id", path)
        return next(iter(tables.values()))
    raise TableError(f'unknown table format {suffix or "(no extension)"}: expected .csv, .tsv, .json, .jsonl, '
                     f'or an SQLite file with --db', path)


def read_tables_jsonl(text: str, path: str | Path) -> dict[str, Table]:
    """{id: Table} of a WikiSQL .tables.jsonl text; each line needs an id."""
    tables = {}
    for line, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            raise TableError(f"malformed JSON: {error.msg}", path, line) from None
        table = table_from_json(record, path, line, require_id=True)
        if table.id in tables:
            raise TableError(f"table id {table.id!r} repeated", path, line, "id")
        tables[table.id] = table
    if not tables:
        raise TableError("empty file: expected one WikiSQL table per line", path)
    return tables


def read_sqlite_table(path: str | Path, table_id: str) -> Table:
    """A table of an existing SQLite file, opened read-only. `table_id` is the SQLite table
    name, or a WikiSQL id whose official table (`table_<id>`) is in the file."""
    path = Path(path)
    if not path.is_file():
        raise TableError("no such file", path)
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            names = [row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name IN (?, ?)",
                (table_id, table_name(table_id)))]
            if not names:
                raise TableError(f"no table named {table_id!r} or {table_name(table_id)!r}", path, field="--table-id")
            name = table_id if table_id in names else names[0]
            columns = [row[0] for row in connection.execute("SELECT name FROM pragma_table_info(?)", (name,))]
            quoted = '"' + name.replace('"', '""') + '"'
            rows = [list(row) for row in connection.execute(f"SELECT * FROM {quoted}")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise TableError(f"cannot read as SQLite: {error}", path) from None
    for row in rows:
        for index, cell in enumerate(row):
            if isinstance(cell, bytes):
                raise TableError("binary cell (BLOB) not supported", path, field=f"{name}.{columns[index]}")
    return build_table(table_id, columns, rows, path)
