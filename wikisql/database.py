"""Executing WikiSQL queries on the official SQLite schema, as the official engine does.

Schema (salesforce/WikiSQL lib/table.py): one table `table_<id with - as _>` per WikiSQL
table, columns col0..colN typed `text` or `real`, string cells lower-cased on insert.

Execution (lib/dbengine.py): SELECT agg(colS) AS result FROM table WHERE colK op :colK ...
with bound parameters; string values lower-cased; a value for a `real` column that is not
already a number is parsed with babel's parse_decimal, else the first number in it. Like
the official engine, parameters are named by column, so two conditions on one column
both compare with the value of the last one.
"""
from __future__ import annotations

import re
import sqlite3
import time
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Protocol

from babel import Locale
from babel.numbers import NumberFormatError, parse_decimal

from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Query
from wikisql.schema import Table, WikiSQLFormatError

# The official engine parses with the machine's LC_NUMERIC locale; fixed here so results
# do not depend on the machine. en_US: ',' groups digits, '.' marks decimals.
NUMBER_LOCALE = Locale.parse("en_US")
SCHEMA_COLUMNS = re.compile(r"\((.+)\)")       # 'col0 text, col1 real' in CREATE TABLE t (...)
FIRST_NUMBER = re.compile(r"[-+]?\d*\.\d+|\d+")   # the official fallback, sign only with a dot
MAX_CACHED_RESULTS = 100_000
TABLE_SUFFIXES = (".jsonl", ".jsonl.xz", ".jsonl.bz2", ".jsonl.gz")


class ExecutionError(Exception):
    """A query that cannot be executed on its table."""


@dataclass
class TimeLimit:
    expired: bool = False   # the limit stopped a statement


class QueryExecutor(Protocol):
    """What execution-guided decoding needs of a database: a Database, or a view of one that maps
    column numbers (views.ColumnView.database)."""

    def execute(self, table_id: str, query: Query) -> list: ...


def table_name(table_id: str) -> str:
    """SQLite table name of a WikiSQL table id, as the official engine derives it."""
    if table_id.startswith("table"):
        return table_id
    return "table_" + table_id.replace("-", "_")


def official_number(value: object) -> float:
    """A condition value for a `real` column as the official engine reads it."""
    if not isinstance(value, str):
        raise ExecutionError(f"value {value!r} for a real column is neither number nor text")
    try:
        number = parse_decimal(value, locale=NUMBER_LOCALE)
    except NumberFormatError:
        numbers = FIRST_NUMBER.findall(value)
        if not numbers:
            raise ExecutionError(f"no number in {value!r} for a real column") from None
        number = numbers[0]
    try:
        return float(number)
    except ValueError as error:   # e.g. Decimal('sNaN')
        raise ExecutionError(f"{value!r} for a real column: {error}") from None


def read_number(value: object) -> float | None:
    """A cell or condition value as the official engine reads it for a `real` column (official_number), None
    when it reads no number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return official_number(str(value))
    except ExecutionError:
        return None


def reads_as_number(value: object) -> bool:
    """Whether official_number reads a number from a condition value ("1, and bronze is more than 1" is 1;
    "public education" is none, and a query comparing a real column with it fails)."""
    return read_number(value) is not None


def _quote(name: str) -> str:
    """A table name for SQL text: as is when a plain identifier (as the official schema
    has it), else double-quoted."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        return name
    return '"' + name.replace('"', '""') + '"'


def create_tables(connection: sqlite3.Connection, tables: Iterable[Table]) -> None:
    for table in tables:
        name = _quote(table_name(table.id))
        columns = ", ".join(f"col{i} {kind}" for i, kind in enumerate(table.types))
        connection.execute(f"CREATE TABLE {name} ({columns})")
        slots = ", ".join("?" * len(table.types))
        connection.executemany(f"INSERT INTO {name} VALUES ({slots})",
                               ([cell.lower() if isinstance(cell, str) else cell for cell in row]
                                for row in table.rows))


def build_database(tables: dict[str, Table] | Iterable[Table], out_path: str | Path) -> None:
    """Write tables (a dict from load_tables, or Tables) to a new SQLite file in the official schema."""
    out_path = Path(out_path)
    if out_path.exists():
        raise FileExistsError(f"{out_path} exists")
    tables = tables.values() if isinstance(tables, dict) else tables
    connection = sqlite3.connect(out_path)
    try:
        with connection:
            create_tables(connection, tables)
    finally:
        connection.close()


class Database:
    """Official-schema WikiSQL tables, read-only: a .db file, or tables built in memory
    (from_tables; wikisql.data.open_database takes a .tables.jsonl[.xz] file too)."""

    def __init__(self, path: str | Path | None = None, connection: sqlite3.Connection | None = None) -> None:
        """path: a .db file (opened read-only, never created). A missing path or a directory is
        a FileNotFoundError; a file that is not SQLite, or has no tables, a WikiSQLFormatError
        naming it."""
        create_statements = None   # table name -> CREATE TABLE text: read at open for a .db, else on first use
        if connection is None:
            path = Path(path)
            if not path.is_file():
                problem = "a directory" if path.is_dir() else "no such file"
                raise FileNotFoundError(f"{path}: {problem}, expected a .db or .tables.jsonl[.xz] file")
            if path.name.endswith(TABLE_SUFFIXES):
                raise WikiSQLFormatError("a tables file, not a database: open it with wikisql.data.open_database",
                                         path)
            else:
                connection, create_statements = self._open_read_only(path)
                if not create_statements:
                    connection.close()
                    raise WikiSQLFormatError("empty file, not a database" if path.stat().st_size == 0
                                             else "no tables in this SQLite database", path)
        self.path = path
        self.connection = connection
        self._create_statements = create_statements
        self._tables = {}    # table id -> (quoted table name, {column name: declared type})
        self._results = {}   # (sql, repr of parameters) -> result list; exact, so verdicts are unchanged

    @staticmethod
    def _open_read_only(path: Path) -> tuple[sqlite3.Connection, dict[str, str]]:
        """A read-only connection to an SQLite file and its catalogue (read now, so that a file
        that is not SQLite fails here, as a WikiSQLFormatError naming it)."""
        uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
        connection = None
        try:
            connection = sqlite3.connect(uri, uri=True)
            create_statements = dict(connection.execute(
                "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'table'"))
        except sqlite3.Error as error:
            if connection is not None:
                connection.close()
            raise WikiSQLFormatError(f"cannot read as an SQLite database: {error}", path) from None
        return connection, create_statements

    @classmethod
    def from_tables(cls, tables: dict[str, Table] | Iterable[Table]) -> Database:
        """An in-memory database of tables (a dict from load_tables, or Tables)."""
        return cls(connection=cls._in_memory(tables.values() if isinstance(tables, dict) else tables))

    @staticmethod
    def _in_memory(tables: Iterable[Table]) -> sqlite3.Connection:
        connection = sqlite3.connect(":memory:")
        with connection:
            create_tables(connection, tables)
        connection.execute("PRAGMA query_only = ON")
        return connection

    def columns(self, table_id: str) -> dict[str, str]:
        """{column name: declared type} of a table. Read from the CREATE TABLE text as the
        official engine reads it (PRAGMA table_info would upper-case the types)."""
        return self._table(table_id)[1]

    def _table(self, table_id: str) -> tuple[str, dict[str, str]]:
        if table_id not in self._tables:
            if self._create_statements is None:   # one read of the catalogue, not one per table
                self._create_statements = dict(self.connection.execute(
                    "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'table'"))
            name = table_name(table_id)
            if name not in self._create_statements:
                raise ExecutionError(f"no table {name} (table id {table_id!r})")
            create = self._create_statements[name]
            try:
                declarations = SCHEMA_COLUMNS.findall(create)[0].split(", ")
                columns = dict(declaration.split() for declaration in declarations)
            except (IndexError, ValueError):
                raise ExecutionError(f"table {name} is not in the official schema: {create}") from None
            self._tables[table_id] = (_quote(name), columns)
        return self._tables[table_id]

    def sql(self, table_id: str, query: Query, lower: bool = True) -> tuple[str, dict]:
        """The SQL text and parameters the official engine would run for query."""
        select = f"col{query.sel}"
        try:
            aggregation = AGGREGATION_OPS[query.agg]
        except (IndexError, TypeError) as error:
            raise ExecutionError(f"bad operator index in {query.to_dict()}: {error}") from None
        quoted_name, where, parameters = self._where(table_id, query, lower)
        if select not in self._table(table_id)[1]:
            raise ExecutionError(f"no column {select} in table {table_id}")
        if aggregation:
            select = f"{aggregation}({select})"
        return f"SELECT {select} AS result FROM {quoted_name}{where}{self._order_by(table_id, query)}", parameters

    def _order_by(self, table_id: str, query: Query) -> str:
        """' ORDER BY ...' of query's ordering (our extension), or ''. NULLs never come first;
        among equal values the table's order (rowid) decides, so the result is deterministic."""
        order = query.order
        if order is None:
            return ""
        column = f"col{order.column}"
        if column not in self._table(table_id)[1]:
            raise ExecutionError(f"no column {column} in table {table_id}")
        if query.agg != 0:
            raise ExecutionError(f"an ordering with an aggregation ({AGGREGATION_OPS[query.agg]}) means nothing")
        direction = "DESC" if order.descending else "ASC"
        return f" ORDER BY {column} IS NULL, {column} {direction}, rowid LIMIT {int(order.limit)}"

    def _where(self, table_id: str, query: Query, lower: bool) -> tuple[str, str, dict]:
        """(quoted table name, ' WHERE ...' or '', bound parameters) of query's conditions."""
        quoted_name, columns = self._table(table_id)
        try:
            operators = [CONDITION_OPS[condition.operator] for condition in query.conds]
        except (IndexError, TypeError) as error:
            raise ExecutionError(f"bad operator index in {query.to_dict()}: {error}") from None
        where, parameters = [], {}
        for condition, operator in zip(query.conds, operators):
            column = f"col{condition.column}"
            if column not in columns:
                raise ExecutionError(f"no column {column} in table {table_id}")
            value = condition.value
            if lower and isinstance(value, str):
                value = value.lower()
            if columns[column] == "real" and not isinstance(value, (int, float)):
                value = official_number(value)
            where.append(f"{column} {operator} :{column}")
            parameters[column] = value
        return quoted_name, " WHERE " + " AND ".join(where) if where else "", parameters

    def matching_rows(self, table_id: str, query: Query, limit: int, lower: bool = True) -> list[int]:
        """0-based numbers (insertion order) of the first `limit` rows that query's conditions
        select. Raises ExecutionError."""
        quoted_name, where, parameters = self._where(table_id, query, lower)
        order_by = self._order_by(table_id, query)   # with an ordering: the rows it keeps, in its order
        sql = f"SELECT * FROM (SELECT rowid - 1 FROM {quoted_name}{where}{order_by}) LIMIT :limit"
        try:
            return [row[0] for row in self.connection.execute(sql, {**parameters, "limit": int(limit)})]
        except (sqlite3.Error, OverflowError, ValueError, TypeError) as error:
            raise ExecutionError(f"{error} in {sql} with {parameters}") from None

    @contextmanager
    def time_limit(self, seconds: float | None) -> Iterator[TimeLimit]:
        """Abort this database's SQLite work past `seconds` (None: no limit): a running statement
        raises ExecutionError ('interrupted'). Yields a TimeLimit whose .expired says whether it did."""
        limit = TimeLimit()
        if seconds is None:
            yield limit
            return
        deadline = time.monotonic() + seconds

        def handler() -> int:
            if time.monotonic() > deadline:
                limit.expired = True
                return 1
            return 0

        self.connection.set_progress_handler(handler, 1000)
        try:
            yield limit
        finally:
            self.connection.set_progress_handler(None, 0)

    def execute(self, table_id: str, query: Query, lower: bool = True) -> list:
        """Run query on its table; the list of result values. Raises ExecutionError."""
        sql, parameters = self.sql(table_id, query, lower)
        key = (sql, repr(tuple(parameters.items())))   # repr tells 1, 1.0, True and '1' apart
        if key not in self._results:
            try:
                result = [row[0] for row in self.connection.execute(sql, parameters)]
            except (sqlite3.Error, OverflowError, ValueError, TypeError) as error:
                raise ExecutionError(f"{error} in {sql} with {parameters}") from None
            if len(self._results) >= MAX_CACHED_RESULTS:
                self._results.clear()
            self._results[key] = result
        return list(self._results[key])

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
