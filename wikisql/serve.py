"""An HTTP service and web page for asking a trained WikiSQL model about uploaded tables.

    python -m wikisql.serve --checkpoint DIR [--host 127.0.0.1] [--port 8000] [--store runs/serve/tables.db]

Then open http://127.0.0.1:8000/ : upload a CSV, see the table, ask questions, see the SQL
and the answer highlighted. The JSON API:

    GET  /api/health                      {"status": "ok", "checkpoint", "tables", "max_columns", ...}
    POST /api/tables?name=people.csv      body: the file (.csv, .tsv, .json); -> the table's summary
    GET  /api/tables                      {"tables": [summary, ...]}
    GET  /api/tables/{id}                 summary with "rows" (the first --max-rows-shown)
    POST /api/ask                         {"table_id", "question", "eg": false} -> the answer (see predict.Answer)

Errors are {"error": message} with status 400 (bad input), 404 (unknown table) or 413 (too
large). The model is loaded once and shared; uploads are stored in an SQLite file the
service owns; questions run on it read-only, one SELECT with bound values, under a time limit.
"""

import argparse
import json
import secrets
import sqlite3
import sys
import threading
import time
from pathlib import Path

from wikisql.data import Table
from wikisql.database import Database, create_tables
from wikisql.predict import DEFAULT_TIME_LIMIT, InputError, Predictor
from wikisql.tables import DELIMITERS, TableError, read_table

STATIC_DIR = Path(__file__).resolve().parent / 'static'
DEFAULT_STORE = Path('runs/serve/tables.db')
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_ROWS = 20_000
MAX_JSON_BYTES = 16 * 1024
MAX_ROWS_SHOWN = 1000
UPLOAD_SUFFIXES = tuple(DELIMITERS) + ('.json',)


class TableStore:
    """Uploaded tables in one SQLite file: the official schema (table_<id>, col0..colN,
    text lower-cased) for execution, and `uploaded_tables` for names, header, types and the
    cells as written. Only this object writes to the file."""

    def __init__(self, path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock = threading.Lock()
        self.connection = sqlite3.connect(self.path, check_same_thread=False)
        with self.connection:
            self.connection.execute(
                'CREATE TABLE IF NOT EXISTS uploaded_tables (id TEXT PRIMARY KEY, name TEXT NOT NULL, '
                'header TEXT NOT NULL, types TEXT NOT NULL, rows TEXT NOT NULL, created REAL NOT NULL)')
        self.cache = {}   # id -> (name, Table)

    def add(self, table, name):
        """Store table under a new id; returns the id."""
        with self.lock:
            table = Table('u' + secrets.token_hex(8), table.header, table.types, table.rows)
            with self.connection:
                create_tables(self.connection, [table])
                self.connection.execute(
                    'INSERT INTO uploaded_tables VALUES (?, ?, ?, ?, ?, ?)',
                    (table.id, name, json.dumps(table.header), json.dumps(table.types),
                     json.dumps(table.rows), time.time()))
            self.cache[table.id] = (name, table)
        return table.id

    def get(self, table_id):
        """(name, Table), or None when there is no such table."""
        with self.lock:
            if table_id not in self.cache:
                row = self.connection.execute(
                    'SELECT name, header, types, rows FROM uploaded_tables WHERE id = ?', (table_id,)).fetchone()
                if row is None:
                    return None
                name, header, types, rows = row
                self.cache[table_id] = (name, Table(table_id, json.loads(header), json.loads(types), json.loads(rows)))
            return self.cache[table_id]

    def list(self):
        with self.lock:
            rows = self.connection.execute('SELECT id, name, header, types, json_array_length(rows) '
                                           'FROM uploaded_tables ORDER BY created').fetchall()
        return [{'id': id_, 'name': name, 'header': json.loads(header), 'types': json.loads(types), 'num_rows': count}
                for id_, name, header, types, count in rows]

    def reader(self):
        """A read-only Database on the file, for the calling thread."""
        return Database(self.path)

    def close(self):
        self.connection.close()


def summary(table_id, name, table):
    return {'id': table_id, 'name': name, 'header': table.header, 'types': table.types, 'num_rows': len(table.rows)}


def create_app(predictor, store, max_upload_bytes=MAX_UPLOAD_BYTES, time_limit=DEFAULT_TIME_LIMIT,
               max_rows=MAX_ROWS, max_rows_shown=MAX_ROWS_SHOWN):
    from fastapi import FastAPI, Request
    from fastapi.responses import FileResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.concurrency import run_in_threadpool

    app = FastAPI(title='nl2sql-bert', docs_url=None, redoc_url=None, openapi_url=None)
    app.mount('/static', StaticFiles(directory=STATIC_DIR), name='static')

    class TooLarge(Exception):
        pass

    def error(status, message):
        return JSONResponse({'error': message}, status_code=status)

    async def read_body(request, limit):
        declared = request.headers.get('content-length')
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise TooLarge(f'request body of {int(declared):,} bytes; the limit is {limit:,}')
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise TooLarge(f'request body over the limit of {limit:,} bytes')
        return bytes(body)

    @app.exception_handler(TooLarge)
    async def too_large(request, exception):
        return error(413, str(exception))

    @app.get('/')
    async def index():
        return FileResponse(STATIC_DIR / 'index.html')

    @app.get('/api/health')
    async def health():
        return {'status': 'ok', 'checkpoint': str(predictor.checkpoint_dir), 'tables': len(store.list()),
                'max_columns': predictor.max_columns, 'max_seq_length': predictor.max_seq_length,
                'max_upload_bytes': max_upload_bytes}

    @app.get('/api/tables')
    async def list_tables():
        return {'tables': store.list()}

    @app.post('/api/tables')
    async def upload(request: Request, name: str = 'table.csv'):
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            return error(400, f'{name}: expected a {", ".join(UPLOAD_SUFFIXES)} file')
        data = await read_body(request, max_upload_bytes)
        try:
            table = await run_in_threadpool(read_table, Path(Path(name).name), None, data)
            predictor.check_table(table)
        except (TableError, InputError) as problem:
            return error(400, str(problem))
        if len(table.rows) > max_rows:
            return error(413, f'{name}: {len(table.rows):,} rows; the limit is {max_rows:,}')
        table_id = await run_in_threadpool(store.add, table, Path(name).name)
        return summary(table_id, Path(name).name, table)

    @app.get('/api/tables/{table_id}')
    async def show_table(table_id: str, limit: int = max_rows_shown):
        found = store.get(table_id)
        if found is None:
            return error(404, f'no table {table_id!r}')
        name, table = found
        return {**summary(table_id, name, table), 'rows': table.rows[:max(0, min(limit, max_rows_shown))]}

    @app.post('/api/ask')
    async def ask(request: Request):
        body = await read_body(request, MAX_JSON_BYTES)
        try:
            record = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as problem:
            return error(400, f'body: malformed JSON: {problem}')
        if not isinstance(record, dict):
            return error(400, 'body: expected a JSON object {"table_id", "question"}')
        question, table_id, eg = record.get('question'), record.get('table_id'), record.get('eg', False)
        if not isinstance(table_id, str):
            return error(400, 'field "table_id": missing or not text')
        if not isinstance(question, str):
            return error(400, 'field "question": missing or not text')
        if not isinstance(eg, bool):
            return error(400, 'field "eg": expected true or false')
        found = store.get(table_id)
        if found is None:
            return error(404, f'no table {table_id!r}')
        table = found[1]

        def work():
            with store.reader() as database:
                return predictor.answer(question, table, database, eg=eg, time_limit_s=time_limit)

        try:
            answer = await run_in_threadpool(work)
        except InputError as problem:
            return error(400, f'field "question": {problem}')
        return answer.to_dict()

    return app


def main(argv=None):
    parser = argparse.ArgumentParser(prog='python -m wikisql.serve', description=__doc__.split('\n\n')[0])
    parser.add_argument('--checkpoint', help='model directory (default: runs/wikisql/best from python -m wikisql.train)')
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, default=8000)
    parser.add_argument('--store', default=str(DEFAULT_STORE), help='SQLite file for uploaded tables')
    parser.add_argument('--max-upload-bytes', type=int, default=MAX_UPLOAD_BYTES)
    parser.add_argument('--time-limit', type=float, default=DEFAULT_TIME_LIMIT, help='seconds of SQL per question')
    parser.add_argument('--device', default=None)
    args = parser.parse_args(argv)
    try:
        import uvicorn
    except ImportError:
        print('error: the service needs fastapi and uvicorn: pip install -e ".[serve]"', file=sys.stderr)
        return 1
    try:
        predictor = Predictor(args.checkpoint, args.device)
    except FileNotFoundError as problem:
        print(f'error: {problem}', file=sys.stderr)
        return 1
    store = TableStore(args.store)
    app = create_app(predictor, store, args.max_upload_bytes, args.time_limit)
    print(f'model {predictor.checkpoint_dir}; tables in {args.store}; http://{args.host}:{args.port}/', file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level='warning')
    store.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
