"""An HTTP service and web page for asking a trained WikiSQL model about uploaded tables.

    python -m wikisql.serve --checkpoint DIR [--host 127.0.0.1] [--port 8000] [--store runs/serve/tables.db]

Then open http://127.0.0.1:8000/ : upload a CSV, see the table, ask questions, see the SQL
and the answer highlighted. Each user's tables are their own: the first upload without a key
returns a new secret key, and only requests carrying it (`Authorization: Bearer KEY`) can
list, read, ask about or delete that key's tables; the page keeps its key in the browser.
`--shared` turns that off for a trusted team: every request sees every table, no key needed.
The JSON API:

    GET    /api/health                    {"status": "ok", "mode", "max_columns", limits, ...}
    POST   /api/tables?name=people.csv    body: the file (.csv, .tsv, .json); -> the table's summary,
                                          and "key" when the upload carried none (a new owner)
    GET    /api/tables                    {"tables": [summary, ...]}: the key's tables
    GET    /api/tables/{id}?limit=N       summary with "rows" (the first N, at most 1,000)
    DELETE /api/tables/{id}               {"deleted": id}
    POST   /api/ask                       {"table_id", "question", "eg": false} -> the answer (see engine.Answer)

Errors are {"error": message} with status 400 (bad input), 401 (no key, or a key the service
does not know), 403 (the key holds --max-tables-per-key tables), 404 (no such table among the
key's: the same answer whether the id exists for someone else or not at all) or 413 (too
large, or the store holds --max-store-bytes). Tables unused for --expire-days are deleted;
at most --cache-tables are kept parsed in memory (least recently used go first). The model is
loaded once and shared; uploads are stored in an SQLite file the service owns; questions run
on it read-only, one SELECT with bound values, under a time limit. A table wider than the
model reads is answered from the columns the question points to (the answer names them).
"""
# Not `from __future__ import annotations` here (as elsewhere in wikisql/): FastAPI reads the endpoints'
# annotations at run time (`request: Request`) and would not find Request, imported inside create_app, from
# a string. So these annotations are evaluated: TableStore's after its `list` method cannot use `list[...]`.

import argparse
import asyncio
import contextlib
import hashlib
import json
import secrets
import sqlite3
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, AsyncIterator, Iterable, Iterator, Sequence

from wikisql.database import Database, create_tables, table_name
from wikisql.engine import (
    DEFAULT_TIME_LIMIT,
    MAX_TABLE_COLUMNS,
    InputError,
    LRUCache,
    MicroBatcher,
    Predictor,
    add_answering_arguments,
)
from wikisql.schema import Table
from wikisql.tables import DELIMITERS, TableError, read_table

if TYPE_CHECKING:   # the service's extra (pip install -e ".[serve]"), imported by create_app
    from fastapi import FastAPI

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_STORE = Path("runs/serve/tables.db")
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_ROWS = 20_000
MAX_JSON_BYTES = 16 * 1024
MAX_ROWS_SHOWN = 1000
MAX_BATCH = 16               # questions answered in one forward pass at most
BATCH_WAIT_MS = 0.0          # how long the first question of a batch waits for others (0: takes what is queued)
UPLOAD_SUFFIXES = tuple(DELIMITERS) + (".json",)
SHARED_OWNER = "shared"      # the one owner of --shared mode (a key's owner is a 64-digit hash)
SCHEMA_VERSION = 3           # PRAGMA user_version of the store file; 0 or 1: tables without owners; 2: no units
SWEEP_INTERVAL_S = 60.0      # expired tables are looked for at most this often
TOUCH_INTERVAL_S = 60.0      # a table's last use is written at most this often


@dataclass
class StoreLimits:
    max_tables_per_owner: int = 100
    max_store_bytes: int = 1024 ** 3    # cells as stored, counted twice (as written and lower-cased)
    cache_tables: int = 32              # tables kept parsed in memory
    expire_after_s: float = 30 * 86400  # unused this long: deleted (0: never)


class LimitReached(Exception):
    """An upload the store refuses: status (403 or 413) and the reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def owner_of_key(key: str) -> str:
    """What the store keeps of a key: its SHA-256, so the file alone opens no table."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def stored_bytes(table: Table) -> int:
    """Bytes a table takes in the store: its cells as JSON twice (as written, and lower-cased in
    the official-schema copy that queries run on), with header and types."""
    return 2 * len(json.dumps(table.rows)) + len(json.dumps(table.header)) + len(json.dumps(table.types))


@dataclass
class StoredTable:
    name: str
    table: Table
    last_used: float   # as last written to the file


class TableStore:
    """Uploaded tables in one SQLite file, each belonging to one owner (a key's hash): the
    official schema (table_<id>, col0..colN, text lower-cased) for execution, and
    `uploaded_tables` for owner, name, header, types, the cells as written, size and use.
    Only this object writes to the file. Thread-safe."""

    def __init__(self, path: str | Path, limits: StoreLimits | None = None, shared: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.limits = limits or StoreLimits()
        self.shared = shared
        self.lock = threading.Lock()
        # autocommit mode: every change runs in an explicit transaction (_transaction), so that a crash
        # between CREATE TABLE and its row leaves neither (sqlite3 would commit the CREATE on its own)
        self.connection = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._open_schema()
        self._owners = {owner for owner, in self.connection.execute("SELECT owner FROM owners")}
        self.cache = LRUCache(self.limits.cache_tables)   # (owner, id) -> StoredTable
        self._last_sweep = 0.0

    def _open_schema(self) -> None:
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"{self.path}: table store of a newer version ({version}); this code reads "
                               f"{SCHEMA_VERSION}")
        if version < SCHEMA_VERSION and not self._has_table("uploaded_tables"):
            self.connection.execute("PRAGMA auto_vacuum = INCREMENTAL")   # before the first table: the file shrinks
        with self._transaction():   # a migration is all or nothing
            self.connection.execute("CREATE TABLE IF NOT EXISTS owners (owner TEXT PRIMARY KEY, created REAL NOT NULL)")
            if self._has_table("uploaded_tables") and version < 2:
                # tables uploaded before owners existed were everyone's: they go to the shared owner
                self.connection.execute("ALTER TABLE uploaded_tables RENAME TO uploaded_tables_v1")
            elif self._has_table("uploaded_tables") and version == 2:   # before units: none
                self.connection.execute("ALTER TABLE uploaded_tables ADD COLUMN units TEXT")
            self.connection.execute(
                "CREATE TABLE IF NOT EXISTS uploaded_tables (owner TEXT NOT NULL, id TEXT NOT NULL, "
                "name TEXT NOT NULL, header TEXT NOT NULL, types TEXT NOT NULL, rows TEXT NOT NULL, "
                "created REAL NOT NULL, last_used REAL NOT NULL, bytes INTEGER NOT NULL, units TEXT, "
                "PRIMARY KEY (owner, id))")
            if self._has_table("uploaded_tables_v1"):
                self.connection.execute(   # counted as used now, so that they do not expire at once
                    "INSERT INTO uploaded_tables SELECT ?, id, name, header, types, rows, created, ?, "
                    "2 * length(rows) + length(header) + length(types), NULL FROM uploaded_tables_v1",
                    (SHARED_OWNER, time.time()))
                self.connection.execute("DROP TABLE uploaded_tables_v1")
            self.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def _has_table(self, name: str) -> bool:
        return self.connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                       (name,)).fetchone() is not None

    # -- owners

    def new_key(self) -> tuple[str, str]:
        """A new owner; returns its secret key (the store keeps only its hash)."""
        key = secrets.token_urlsafe(32)
        owner = owner_of_key(key)
        with self.lock, self._transaction():
            self.connection.execute("INSERT INTO owners VALUES (?, ?)", (owner, time.time()))
        self._owners.add(owner)
        return key, owner

    def owner(self, key: str | None) -> str | None:
        """The owner a request acts as: the shared one in shared mode, else the key's owner, or None
        for a missing or unknown key."""
        if self.shared:
            return SHARED_OWNER
        if not key:
            return None
        owner = owner_of_key(key)
        return owner if owner in self._owners else None   # in memory: no wait behind a long upload

    # -- tables

    def add(self, owner: str, table: Table, name: str) -> str:
        """Store table for owner under a new id; returns the id. Raises LimitReached."""
        size = stored_bytes(table)
        now = time.time()
        with self.lock:
            self._sweep(now, force=True)
            count, = self.connection.execute("SELECT count(*) FROM uploaded_tables WHERE owner = ?",
                                             (owner,)).fetchone()
            if count >= self.limits.max_tables_per_owner:
                raise LimitReached(403, f"this key holds {count} tables, the limit is "
                                        f"{self.limits.max_tables_per_owner}: delete one first")
            total, = self.connection.execute("SELECT coalesce(sum(bytes), 0) FROM uploaded_tables").fetchone()
            if total + size > self.limits.max_store_bytes:
                raise LimitReached(413, f"{name}: the table store is full ({total:,} of "
                                        f"{self.limits.max_store_bytes:,} bytes used, this table needs {size:,}); "
                                        f"try again later or delete tables")
            table = Table("u" + secrets.token_hex(8), table.header, table.types, table.rows, units=table.units)
            with self._transaction():
                create_tables(self.connection, [table])
                self.connection.execute(
                    "INSERT INTO uploaded_tables VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (owner, table.id, name, json.dumps(table.header), json.dumps(table.types),
                     json.dumps(table.rows), now, now, size, json.dumps(table.units) if table.units else None))
            self.cache.put((owner, table.id), StoredTable(name, table, now))
        return table.id

    def get(self, owner: str, table_id: str) -> tuple[str, Table] | None:
        """(name, Table) of owner's table, or None: for an id that is not theirs exactly as for
        one that does not exist (one primary-key lookup of (owner, id) either way)."""
        now = time.time()
        with self.lock:
            self._sweep(now)
            stored = self.cache.get((owner, table_id))
            if stored is None:
                row = self.connection.execute(
                    "SELECT name, header, types, rows, units FROM uploaded_tables WHERE owner = ? AND id = ?",
                    (owner, table_id)).fetchone()
                if row is None:
                    return None
                name, header, types, rows, units = row
                table = Table(table_id, json.loads(header), json.loads(types), json.loads(rows),
                              units=json.loads(units) if units else None)
                stored = StoredTable(name, table, 0.0)
                self.cache.put((owner, table_id), stored)
            if now - stored.last_used > TOUCH_INTERVAL_S:
                with self._transaction():
                    self.connection.execute("UPDATE uploaded_tables SET last_used = ? WHERE owner = ? AND id = ?",
                                            (now, owner, table_id))
                stored.last_used = now
            return stored.name, stored.table

    def list(self, owner: str) -> list[dict]:
        with self.lock:
            self._sweep(time.time())
            rows = self.connection.execute(
                "SELECT id, name, header, types, json_array_length(rows), units FROM uploaded_tables "
                "WHERE owner = ? ORDER BY created", (owner,)).fetchall()
        listed = []
        for id_, name, header, types, count, units in rows:
            header = json.loads(header)
            listed.append({"id": id_, "name": name, "header": header, "types": json.loads(types), "num_rows": count,
                           "units": unit_names(json.loads(units) if units else None, len(header))})
        return listed

    def delete(self, owner: str, table_id: str) -> bool:
        """Delete owner's table; False when owner has no such table."""
        with self.lock:
            return self._delete([(owner, table_id)]) == 1

    def usage(self) -> tuple[int, int]:
        """(tables, stored bytes) over all owners."""
        with self.lock:
            return self.connection.execute(
                "SELECT count(*), coalesce(sum(bytes), 0) FROM uploaded_tables").fetchone()

    def expire(self, now: float | None = None) -> int:
        """Delete tables unused for limits.expire_after_s, and owners left without tables as long;
        returns the number of tables deleted."""
        with self.lock:
            return self._sweep(time.time() if now is None else now, force=True)

    def _sweep(self, now: float, force: bool = False) -> int:
        if not self.limits.expire_after_s or (not force and now - self._last_sweep < SWEEP_INTERVAL_S):
            return 0
        self._last_sweep = now
        cutoff = now - self.limits.expire_after_s
        expired = self.connection.execute("SELECT owner, id FROM uploaded_tables WHERE last_used < ?",
                                          (cutoff,)).fetchall()
        deleted = self._delete(expired)
        with self._transaction():
            gone = self.connection.execute("DELETE FROM owners WHERE created < ? AND owner NOT IN "
                                           "(SELECT owner FROM uploaded_tables) RETURNING owner", (cutoff,)).fetchall()
        self._owners.difference_update(owner for owner, in gone)
        return deleted

    def _delete(self, keys: Iterable[tuple[str, str]]) -> int:
        """Delete (owner, id) tables in one transaction; the lock is held. Returns how many existed."""
        deleted = 0
        with self._transaction():
            for owner, table_id in keys:
                cursor = self.connection.execute("DELETE FROM uploaded_tables WHERE owner = ? AND id = ?",
                                                 (owner, table_id))
                if cursor.rowcount:
                    name = table_name(table_id).replace('"', '""')
                    self.connection.execute(f'DROP TABLE IF EXISTS "{name}"')
                    deleted += 1
                self.cache.pop((owner, table_id))
        if deleted:
            self.connection.execute("PRAGMA incremental_vacuum")
        return deleted

    def reader(self) -> Database:
        """A read-only Database on the file, for the calling thread."""
        return Database(self.path)

    def close(self) -> None:
        self.connection.close()


def unit_names(units: list[str | None] | None, columns: int) -> list[str | None]:
    """Per column the unit its numbers are written with (`m` for `{} m`, `$` for `${}`), else None."""
    units = units or [None] * columns
    return [template.replace("{}", "").strip() if template else None for template in units]


def summary(table_id: str, name: str, table: Table) -> dict:
    return {"id": table_id, "name": name, "header": table.header, "types": table.types, "num_rows": len(table.rows),
            "units": unit_names(table.units, len(table.header))}


def create_app(predictor: Predictor, store: TableStore, max_upload_bytes: int = MAX_UPLOAD_BYTES,
               time_limit: float = DEFAULT_TIME_LIMIT, max_rows: int = MAX_ROWS, max_rows_shown: int = MAX_ROWS_SHOWN,
               max_batch: int = MAX_BATCH, batch_wait_ms: float = BATCH_WAIT_MS) -> "FastAPI":
    """The FastAPI app. Questions asked together are answered in one forward pass (engine.MicroBatcher:
    gathered for at most batch_wait_ms, at most max_batch); app.state.batcher counts the batch sizes."""
    from fastapi import FastAPI, Request
    from fastapi.responses import FileResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.concurrency import run_in_threadpool

    batcher = MicroBatcher(predictor, store.reader, max_batch, batch_wait_ms / 1000, time_limit_s=time_limit)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        batcher.close()

    app = FastAPI(title="nl2sql-bert", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.state.batcher = batcher

    class TooLarge(Exception):
        pass

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    async def read_body(request: Request, limit: int) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise TooLarge(f"request body of {int(declared):,} bytes; the limit is {limit:,}")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise TooLarge(f"request body over the limit of {limit:,} bytes")
        return bytes(body)

    @app.exception_handler(TooLarge)
    async def too_large(request: Request, exception: TooLarge) -> JSONResponse:
        return error(413, str(exception))

    @app.get("/")
    async def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    def request_owner(request: Request) -> str | None:
        """The owner a request acts as, or None (no key, or a key the store does not know)."""
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        return store.owner(key.strip() if scheme.lower() == "bearer" else "")

    def unauthorized(request: Request) -> JSONResponse:
        if request.headers.get("authorization"):
            return error(401, "unknown key: this service issued no such key, or its tables expired; "
                              "upload without a key to get a new one")
        return error(401, 'no key: send the key your first upload returned, as "Authorization: Bearer KEY"')

    def no_table(table_id: str) -> JSONResponse:
        return error(404, f"no table {table_id!r}")

    # response_model=None: the endpoints' return annotations are for people; FastAPI would take them for
    # response models (and check each reply against them)
    @app.get("/api/health", response_model=None)
    async def health(request: Request) -> dict:
        owner = request_owner(request)
        limits = store.limits
        reply = {"status": "ok", "checkpoint": str(predictor.checkpoint_dir),
                 "mode": "shared" if store.shared else "private",
                 "max_columns": predictor.max_columns, "max_table_columns": MAX_TABLE_COLUMNS,
                 "max_seq_length": predictor.max_seq_length, "max_upload_bytes": max_upload_bytes,
                 "max_rows": max_rows, "max_tables_per_key": limits.max_tables_per_owner,
                 "expire_after_days": limits.expire_after_s / 86400}
        if owner is not None:
            reply["tables"] = len(await run_in_threadpool(store.list, owner))
        return reply

    @app.get("/api/tables", response_model=None)
    async def list_tables(request: Request) -> dict | JSONResponse:
        owner = request_owner(request)
        if owner is None:
            return unauthorized(request)
        return {"tables": await run_in_threadpool(store.list, owner)}

    @app.post("/api/tables", response_model=None)
    async def upload(request: Request, name: str = "table.csv") -> dict | JSONResponse:
        owner, new_key = request_owner(request), None
        if owner is None and request.headers.get("authorization"):
            return unauthorized(request)
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            return error(400, f'{name}: expected a {", ".join(UPLOAD_SUFFIXES)} file')
        data = await read_body(request, max_upload_bytes)
        try:
            table = await run_in_threadpool(read_table, Path(Path(name).name), None, data)
            predictor.check_table(table)
        except (TableError, InputError) as problem:
            return error(400, str(problem))
        if len(table.rows) > max_rows:
            return error(413, f"{name}: {len(table.rows):,} rows; the limit is {max_rows:,}")
        if owner is None:
            new_key, owner = await run_in_threadpool(store.new_key)
        try:
            table_id = await run_in_threadpool(store.add, owner, table, Path(name).name)
        except LimitReached as problem:
            return error(problem.status, str(problem))
        reply = summary(table_id, Path(name).name, table)
        if new_key is not None:
            reply["key"] = new_key
        return reply

    @app.get("/api/tables/{table_id}", response_model=None)
    async def show_table(request: Request, table_id: str, limit: int = max_rows_shown) -> dict | JSONResponse:
        owner = request_owner(request)
        if owner is None:
            return unauthorized(request)
        found = await run_in_threadpool(store.get, owner, table_id)
        if found is None:
            return no_table(table_id)
        name, table = found
        return {**summary(table_id, name, table), "rows": table.rows[:max(0, min(limit, max_rows_shown))]}

    @app.delete("/api/tables/{table_id}", response_model=None)
    async def delete_table(request: Request, table_id: str) -> dict | JSONResponse:
        owner = request_owner(request)
        if owner is None:
            return unauthorized(request)
        if not await run_in_threadpool(store.delete, owner, table_id):
            return no_table(table_id)
        return {"deleted": table_id}

    @app.post("/api/ask", response_model=None)
    async def ask(request: Request) -> dict | JSONResponse:
        owner = request_owner(request)
        if owner is None:
            return unauthorized(request)
        body = await read_body(request, MAX_JSON_BYTES)
        try:
            record = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as problem:
            return error(400, f"body: malformed JSON: {problem}")
        if not isinstance(record, dict):
            return error(400, 'body: expected a JSON object {"table_id", "question"}')
        question, table_id, eg = record.get("question"), record.get("table_id"), record.get("eg", False)
        if not isinstance(table_id, str):
            return error(400, 'field "table_id": missing or not text')
        if not isinstance(question, str):
            return error(400, 'field "question": missing or not text')
        if not isinstance(eg, bool):
            return error(400, 'field "eg": expected true or false')
        found = await run_in_threadpool(store.get, owner, table_id)
        if found is None:
            return no_table(table_id)
        table = found[1]
        try:
            answer = await asyncio.wrap_future(batcher.submit(question, table, eg))
        except InputError as problem:
            return error(400, f'field "question": {problem}')
        return answer.to_dict()

    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wikisql.serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint",
                        help="model directory (default: runs/wikisql/best from python -m wikisql.train)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--store", default=str(DEFAULT_STORE), help="SQLite file for uploaded tables")
    parser.add_argument("--max-upload-bytes", type=int, default=MAX_UPLOAD_BYTES)
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, help="seconds of SQL per question")
    parser.add_argument("--max-batch", type=int, default=MAX_BATCH,
                        help="questions answered together in one forward pass at most")
    parser.add_argument("--batch-wait-ms", type=float, default=BATCH_WAIT_MS,
                        help="how long the first question waits for others to join its batch")
    parser.add_argument("--shared", action="store_true",
                        help="a trusted team's service: every request sees every table, no key needed")
    parser.add_argument("--max-tables-per-key", type=int, default=StoreLimits.max_tables_per_owner,
                        help="tables one key may hold (in --shared mode: the whole team)")
    parser.add_argument("--max-store-bytes", type=int, default=StoreLimits.max_store_bytes,
                        help="bytes of cells the store may hold over all keys")
    parser.add_argument("--cache-tables", type=int, default=StoreLimits.cache_tables,
                        help="tables kept parsed in memory, least recently used evicted first")
    parser.add_argument("--expire-days", type=float, default=StoreLimits.expire_after_s / 86400,
                        help="tables unused this many days are deleted (0: never)")
    parser.add_argument("--device", default=None)
    add_answering_arguments(parser)
    args = parser.parse_args(argv)
    for flag in ("max_tables_per_key", "max_store_bytes", "cache_tables"):
        if getattr(args, flag) < 1:
            parser.error(f'--{flag.replace("_", "-")} must be at least 1')
    if args.expire_days < 0:
        parser.error("--expire-days must be 0 (never) or more")
    try:
        import uvicorn
    except ImportError:
        print('error: the service needs fastapi and uvicorn: pip install -e ".[serve]"', file=sys.stderr)
        return 1
    try:
        predictor = Predictor.load(args.checkpoint, args.device, args.precision, args.abstain_below)
        predictor.decline_forms = not args.no_decline_forms
    except FileNotFoundError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    limits = StoreLimits(args.max_tables_per_key, args.max_store_bytes, args.cache_tables, args.expire_days * 86400)
    store = TableStore(args.store, limits, shared=args.shared)
    app = create_app(predictor, store, args.max_upload_bytes, args.time_limit, max_batch=args.max_batch,
                     batch_wait_ms=args.batch_wait_ms)
    mode = "shared: every table visible to everyone" if args.shared else "private: each key sees its own tables"
    print(f"model {predictor.checkpoint_dir} ({predictor.precision}); tables in {args.store} ({mode}); "
          f"http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
