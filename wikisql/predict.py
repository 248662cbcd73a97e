"""Ask a trained WikiSQL model questions about your own table.

    python -m wikisql.predict --checkpoint DIR --table people.csv "How many players are from Duke?"
    python -m wikisql.predict --table people.tsv --interactive          # question after question
    python -m wikisql.predict --db my.db --table-id players "Who is the tallest?"
    python -m wikisql.predict --table dev.tables.jsonl --input dev.jsonl --output predictions.jsonl

Prints the SQL with the table's column names, the answer from executing it and the model's
confidence (the probability of the whole query under the model). Tables: .csv, .tsv, .json
(a WikiSQL table), .jsonl (WikiSQL tables, one per line) or a table of an SQLite file
(--db FILE --table-id ID); types are inferred as WikiSQL types them (wikisql/tables.py).
The only statement run on a table is the read-only SELECT built from the prediction, with
its values bound, under a time limit. Without --checkpoint, the model written by
`python -m wikisql.train` (runs/wikisql/best) is used.

--input reads JSON lines with "question" (and "table_id" when the tables file has several
tables); --output gets the official prediction records {"query": {...}, "error": ""}.
"""

import argparse
import json
import re
import sqlite3
import sys
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import torch

from wikisql.database import Database, ExecutionError
from wikisql.query import Query
from wikisql.tables import TableError, read_sqlite_table, read_table, read_tables_jsonl, decode

REPO_ROOT = Path(__file__).resolve().parents[1]
TRAIN_OUTPUT_DIR = Path('runs/wikisql')   # wikisql/train.py --output-dir default, relative to where it ran
MAX_QUESTION_CHARACTERS = 1000
DEFAULT_TIME_LIMIT = 5.0      # seconds of SQLite work per question
MAX_ROWS_REPORTED = 1000      # matching row numbers returned per answer
BATCH_SIZE = 32
MAX_TABLE_COLUMNS = 1000      # widest table accepted; the model reads the columns a question points to
MIN_COLUMNS_READ = 8          # a question must leave room for this many columns (all of a narrower table)
MATCHER_CACHE_SIZE = 64       # tables whose cell index is kept in memory


class InputError(ValueError):
    """A question (or table) the model cannot take, with the reason."""


@dataclass
class Answer:
    question: str
    table_id: str
    query: Query = None
    sql: str = ''                 # readable SQL with the table's column names
    confidence: float = None      # probability of the query under the model
    executed_sql: str = ''        # the statement run, with :colN placeholders
    parameters: dict = field(default_factory=dict)
    result: list = field(default_factory=list)   # values the statement returned (text lower-cased, as WikiSQL stores it)
    answer: list = field(default_factory=list)   # the same values as the table writes them
    rows: list = field(default_factory=list)     # 0-based numbers of the rows the conditions select
    error: str = None             # why there is no result (the query failed to execute or timed out)
    columns_considered: list = None   # names of the columns the model read, when the table is too wide for all

    def to_dict(self):
        return {'question': self.question, 'table_id': self.table_id,
                'query': self.query.to_dict() if self.query is not None else None,
                'sql': self.sql, 'confidence': self.confidence, 'executed_sql': self.executed_sql,
                'parameters': self.parameters, 'result': self.result, 'answer': self.answer,
                'rows': self.rows, 'error': self.error, 'columns_considered': self.columns_considered}


class LRUCache:
    """A mapping that keeps its `capacity` most recently used entries. Not thread-safe: the
    caller holds a lock."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError(f'cache capacity must be at least 1, not {capacity}')
        self.capacity = capacity
        self._entries = OrderedDict()

    def get(self, key, default=None):
        if key not in self._entries:
            return default
        self._entries.move_to_end(key)
        return self._entries[key]

    def put(self, key, value):
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def pop(self, key, default=None):
        return self._entries.pop(key, default)

    def __contains__(self, key):
        return key in self._entries

    def __len__(self):
        return len(self._entries)


# ----------------------------------------------------------------------------- wide tables

def header_words(text):
    """Lower-cased words of a header or question: `homeGoals`, `home_goals` and `Home goals` all
    give home, goals; a plural `s` is dropped so `goal` meets `goals`."""
    spaced = re.sub(r'([a-z])([A-Z])', r'\1 \2', str(text)).lower()
    return {word[:-1] if len(word) > 3 and word.endswith('s') else word for word in re.findall(r'[a-z0-9]+', spaced)}


class ColumnView:
    """The columns of a table the model reads for one question: all of them, or, for a table
    too wide to read whole, those the question points to (see Predictor.column_view), in the
    table's order. Queries over the view map back to the table's column numbers."""

    def __init__(self, table, columns, matcher):
        self.table = table
        self.columns = list(columns)      # ascending indices into table.header
        self.matcher = matcher            # ContentMatcher of the whole table
        self.complete = len(self.columns) == len(table.header)
        self.header = [table.header[c] for c in self.columns]
        self.types = [table.types[c] for c in self.columns]

    @property
    def has_rows(self):
        return self.matcher.has_rows

    def match(self, question, tokens, num_columns):
        """ContentMatcher.match over the view's columns (the Encoder calls it)."""
        spans = self.matcher.match(question, tokens, len(self.table.header))
        return [spans[c] for c in self.columns][:num_columns]

    def table_query(self, query):
        """A query over the view as a query over the whole table."""
        if self.complete:
            return query
        return Query(self.columns[query.sel], query.agg,
                     tuple((self.columns[c.column], c.operator, c.value) for c in query.conds))

    def database(self, database):
        """database, executing queries over the view (execution-guided decoding tries them)."""
        return database if self.complete else _ViewDatabase(database, self)


class _ViewDatabase:
    def __init__(self, database, view):
        self.database, self.view = database, view

    def execute(self, table_id, query):
        return self.database.execute(table_id, self.view.table_query(query))


# ----------------------------------------------------------------------------- checkpoints

def default_checkpoint_dir():
    """The model of the README's main job (`python -m wikisql.train`), or a clear error."""
    from wikisql.inference import resolve_checkpoint_dir
    candidates = [TRAIN_OUTPUT_DIR, REPO_ROOT / TRAIN_OUTPUT_DIR]
    for candidate in candidates:
        try:
            return resolve_checkpoint_dir(candidate)
        except FileNotFoundError:
            continue
    raise FileNotFoundError(
        f'no model given and none at {TRAIN_OUTPUT_DIR}/best or {REPO_ROOT / TRAIN_OUTPUT_DIR}/best: train one with '
        f'`python -m wikisql.train` (the README\'s main job) or pass --checkpoint DIR')


# ----------------------------------------------------------------------------- confidence

def query_log_probability(scores, item, query, max_tokens):
    """log p(query) under the model's factorisation: select column, aggregation, number of
    conditions, each column in or out of the conditions, and each condition's operator and
    value span (the likeliest span whose text is the value). -inf when a value is not a
    span of the question."""
    total = scores.sel[query.sel] + scores.agg[query.sel, query.agg]
    columns = {condition.column for condition in query.conds}
    total = total + scores.num_conds[min(len(columns), scores.num_conds.numel() - 1)]
    for column in range(item.num_columns):
        total = total + (scores.where[column] if column in columns else scores.not_where[column])
    for condition in query.conds:
        column = condition.column
        best = float('-inf')
        for start in range(item.num_question_tokens):
            for end in range(start, min(start + max_tokens, item.num_question_tokens)):
                if item.span_text(start, end) == str(condition.value):
                    best = max(best, (scores.start[column, start] + scores.end[column, end]).item())
        total = total + scores.op[column, condition.operator] + best
    return float(total)


# ----------------------------------------------------------------------------- execution

@contextmanager
def time_limit(database, seconds):
    """Abort SQLite work on database past `seconds` (the statement raises 'interrupted')."""
    deadline = time.monotonic() + seconds
    state = {'expired': False}

    def handler():
        if time.monotonic() > deadline:
            state['expired'] = True
            return 1
        return 0

    database.connection.set_progress_handler(handler, 1000)
    try:
        yield state
    finally:
        database.connection.set_progress_handler(None, 0)


def matching_rows(database, table_id, query, limit=MAX_ROWS_REPORTED):
    """0-based numbers of the rows the query's conditions select (insertion order)."""
    plain = Query(query.sel, 0, query.conds)
    sql, parameters = database.sql(table_id, plain)
    prefix = f'SELECT col{plain.sel} AS result FROM '
    if not sql.startswith(prefix):
        raise ExecutionError(f'unexpected statement {sql}')
    sql = 'SELECT rowid - 1 FROM ' + sql[len(prefix):] + f' LIMIT {int(limit)}'
    try:
        return [row[0] for row in database.connection.execute(sql, parameters)]
    except (sqlite3.Error, ValueError, TypeError, OverflowError) as error:
        raise ExecutionError(f'{error} in {sql} with {parameters}') from None


def display_value(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# ----------------------------------------------------------------------------- the model

class Predictor:
    """A loaded model; answers questions about tables. Safe to share between threads."""

    def __init__(self, checkpoint_dir=None, device=None):
        from wikisql.inference import load_checkpoint, resolve_checkpoint_dir
        self.checkpoint_dir = resolve_checkpoint_dir(checkpoint_dir) if checkpoint_dir else default_checkpoint_dir()
        self.device = torch.device(device) if device else torch.device('cpu')
        self.model, self.encoder = load_checkpoint(self.checkpoint_dir, self.device)
        self.max_seq_length = self.encoder.max_seq_length
        self.max_value_tokens = self.model.head_config.max_value_tokens
        self.lock = threading.Lock()   # one forward pass at a time; the tokenizer and its caches are shared
        self._matchers = LRUCache(MATCHER_CACHE_SIZE)   # table id -> (rows object, ContentMatcher)

    @property
    def max_columns(self):
        """Most columns read at once: [CLS] + one question wordpiece + [SEP] + (wordpiece + [SEP]) per
        column. A wider table is answered from the columns the question points to."""
        return (self.max_seq_length - 3) // 2

    def check_table(self, table):
        if len(table.header) > MAX_TABLE_COLUMNS:
            raise InputError(f'table {table.id!r} has {len(table.header)} columns; at most {MAX_TABLE_COLUMNS} '
                             f'are accepted')

    def check_question(self, question, table):
        """The question must be text and fit whole beside the table's columns (or, for a wide
        table, beside MIN_COLUMNS_READ of them)."""
        if not isinstance(question, str) or not question.strip():
            raise InputError('empty question')
        if len(question) > MAX_QUESTION_CHARACTERS:
            raise InputError(f'question has {len(question)} characters; the limit is {MAX_QUESTION_CHARACTERS}')
        self.check_table(table)
        with self.lock:
            tokens = len(self.encoder.tokenizer.tokenize_with_offsets(question))
        columns = min(len(table.header), MIN_COLUMNS_READ)
        room = self.max_seq_length - 2 - 2 * columns
        if tokens > room:
            which = (f'the {columns} columns' if columns == len(table.header)
                     else f'{columns} of the {len(table.header)} columns')
            raise InputError(f'question has {tokens} wordpieces; with {which} of table {table.id!r} this model '
                             f'reads at most {room} (max_seq_length {self.max_seq_length})')

    def matcher(self, table):
        """The table's cell index, built once per table (content features and value snapping read it)."""
        cached = self._matchers.get(table.id)
        if cached is None or cached[0] is not table.rows:
            from wikisql.content import ContentMatcher
            cached = (table.rows, ContentMatcher(table.rows))
            self._matchers.put(table.id, cached)
        return cached[1]

    def column_view(self, question, table):
        """The columns to read for question: all of them when their headers fit beside the
        question; else, by relevance, the columns with a cell in the question, then those whose
        header shares words with it, then the rest in table order, while their whole headers fit."""
        matcher = self.matcher(table)
        tokens = self.encoder.tokenizer.tokenize_with_offsets(question)
        header_lengths = [len(self.encoder.header_ids(str(name), kind)) for name, kind in zip(table.header, table.types)]
        budget = self.max_seq_length - 2 - len(tokens)          # [CLS] question [SEP], then header [SEP] each
        if sum(length + 1 for length in header_lengths) <= budget:
            return ColumnView(table, range(len(table.header)), matcher)
        has_cell = [bool(spans) for spans in matcher.match(question, tokens, len(table.header))]
        question_words = header_words(question)

        def relevance(column):
            words = header_words(table.header[column])
            shared = len(words & question_words) / len(words) if words else 0.0
            return 2.0 * has_cell[column] + shared

        chosen = []
        for column in sorted(range(len(table.header)), key=lambda c: (-relevance(c), c)):
            cost = header_lengths[column] + 1
            if cost <= budget or not chosen:   # the likeliest column is read even if its header must be cut
                chosen.append(column)
                budget -= cost
            if budget < 2:
                break
        return ColumnView(table, sorted(chosen), matcher)

    @torch.no_grad()
    def scores(self, questions, tables):
        """(ColumnView, EncodedExample, ExampleScores) per (question, table) pair, in batches."""
        from wikisql.decoding import example_scores
        from wikisql.encoding import collate
        results = []
        for first in range(0, len(questions), BATCH_SIZE):
            with self.lock:
                views, items = [], []
                for question, table in zip(questions[first:first + BATCH_SIZE], tables[first:first + BATCH_SIZE]):
                    view = self.column_view(question, table)
                    views.append(view)
                    items.append(self.encoder.encode(question, view.header, view.types, matcher=view))
                batch = {name: tensor.to(self.device) for name, tensor in collate(items, with_labels=False).items()}
                output = self.model(**batch)
            results.extend(zip(views, items, example_scores(output, items)))
        return results

    def decode(self, item, scores, view, database=None, eg=False, beam_size=4):
        """(Query over the whole table, confidence) of one example encoded over view."""
        from wikisql.decoding import DEFAULT_SNAP_MARGIN, execution_guided_decode, greedy_decode
        if eg:
            query = execution_guided_decode(scores, item, view.table.id, view.types, view.database(database),
                                            beam_size, self.max_value_tokens, snap_margin=DEFAULT_SNAP_MARGIN)
        else:
            query = greedy_decode(scores, item, self.max_value_tokens, DEFAULT_SNAP_MARGIN)
        confidence = float(torch.tensor(query_log_probability(scores, item, query, self.max_value_tokens)).exp())
        return view.table_query(query), confidence

    def execute(self, answer, table, database):
        """Run answer.query on its table; fills executed_sql, parameters, result, answer, rows or error."""
        query = answer.query
        try:
            answer.executed_sql, answer.parameters = database.sql(table.id, query)
            answer.result = [display_value(value) for value in database.execute(table.id, query)]
            answer.rows = matching_rows(database, table.id, query)
        except ExecutionError as error:
            answer.error = f'the query could not be executed: {error}'
            answer.result, answer.rows = [], []
            return answer
        if query.agg == 0 and len(answer.rows) == len(answer.result):
            answer.answer = [display_value(table.rows[row][query.sel]) for row in answer.rows]
        else:
            answer.answer = list(answer.result)
        return answer

    def answer_many(self, questions, tables, database, eg=False, beam_size=4, time_limit_s=DEFAULT_TIME_LIMIT):
        """One Answer per (question, table); questions must have passed check_question."""
        answers = []
        for (view, item, scores), question, table in zip(self.scores(questions, tables), questions, tables):
            answer = Answer(question, table.id, columns_considered=None if view.complete else view.header)
            with time_limit(database, time_limit_s) as limit:
                answer.query, answer.confidence = self.decode(item, scores, view, database, eg, beam_size)
                answer.sql = answer.query.to_sql(table.header)
                self.execute(answer, table, database)
            if limit['expired']:
                answer.error = f'stopped: the query ran past the time limit of {time_limit_s:g} s'
                answer.result, answer.answer, answer.rows = [], [], []
            answers.append(answer)
        return answers

    def answer(self, question, table, database, eg=False, beam_size=4, time_limit_s=DEFAULT_TIME_LIMIT):
        self.check_question(question, table)
        return self.answer_many([question], [table], database, eg, beam_size, time_limit_s)[0]


# ----------------------------------------------------------------------------- command line

def print_answer(answer, as_json, out=None):
    out = out or sys.stdout
    if as_json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False), file=out, flush=True)
        return
    print(f'SQL:        {answer.sql}', file=out)
    if answer.columns_considered is not None:
        print(f'Columns:    {len(answer.columns_considered)} read (the table is too wide to read whole): '
              f'{", ".join(map(str, answer.columns_considered))}', file=out)
    if answer.error:
        print(f'Answer:     (none) {answer.error}', file=out)
    elif len(answer.answer) == 1:
        print(f'Answer:     {answer.answer[0]}', file=out)
    else:
        print(f'Answer:     {len(answer.answer)} rows', file=out)
        for value in answer.answer[:50]:
            print(f'            {value}', file=out)
        if len(answer.answer) > 50:
            print(f'            ... {len(answer.answer) - 50} more', file=out)
    print(f'Confidence: {answer.confidence:.3g}', file=out, flush=True)


def load_tables_for(args):
    """{table id: Table} named by --table / --db, each checked against nothing yet."""
    if args.db:
        if not args.table_id:
            raise TableError('--db needs --table-id (the name of the table in the file)', args.db)
        table = read_sqlite_table(args.db, args.table_id)
        return {table.id: table}
    path = Path(args.table)
    if path.suffix.lower() == '.jsonl' and not args.table_id:
        if not path.is_file():
            raise TableError('no such file', path)
        return read_tables_jsonl(decode(path.read_bytes(), path), path)
    table = read_table(path, args.table_id)
    return {table.id: table}


def answer_file(predictor, tables, database, args):
    """--input questions.jsonl -> --output predictions.jsonl; returns the number of errors."""
    records, errors = [], 0
    pending = []   # (record index, question, table)
    only = next(iter(tables.values())) if len(tables) == 1 else None
    with open(args.input, 'rb') as f:
        lines = f.read()
    for line, raw in enumerate(decode(lines, args.input).splitlines(), 1):
        if not raw.strip():
            continue
        try:
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                raise InputError(f'malformed JSON: {error.msg}') from None
            if not isinstance(record, dict) or not isinstance(record.get('question'), str):
                raise InputError('field "question": missing or not text')
            table_id = record.get('table_id')
            if table_id is None and only is None:
                raise InputError(f'field "table_id": missing; {args.table} has {len(tables)} tables')
            table = only if table_id is None else tables.get(table_id)
            if table is None:
                raise InputError(f'field "table_id": unknown table {table_id!r}')
            predictor.check_question(record['question'], table)
            pending.append((len(records), record['question'], table))
            records.append(None)
        except InputError as error:
            print(f'{args.input}:{line}: {error}', file=sys.stderr)
            records.append({'error': str(error)})
            errors += 1
    answers = predictor.answer_many([q for _, q, _ in pending], [t for _, _, t in pending], database,
                                    args.eg, args.beam_size, args.time_limit)
    for (index, _, _), answer in zip(pending, answers):
        records[index] = {'query': answer.query.to_dict(), 'error': ''}
    with open(args.output, 'w', encoding='utf-8') as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + '\n')
    print(f'wrote {len(records)} predictions to {args.output} ({errors} questions refused)', file=sys.stderr)
    return errors


def main(argv=None):
    parser = argparse.ArgumentParser(prog='python -m wikisql.predict', description=__doc__.split('\n\n')[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split('\n\n', 1)[1])
    parser.add_argument('questions', nargs='*', help='questions about the table')
    parser.add_argument('--checkpoint', help='model directory (default: runs/wikisql/best from python -m wikisql.train)')
    parser.add_argument('--table', help='.csv, .tsv, .json or .jsonl table file')
    parser.add_argument('--db', help='an SQLite file holding the table (opened read-only)')
    parser.add_argument('--table-id', help='table name in --db, or table id in a .jsonl file')
    parser.add_argument('--interactive', action='store_true', help='answer questions typed one per line')
    parser.add_argument('--input', help='JSON lines with "question" (and "table_id")')
    parser.add_argument('--output', help='official predictions file written for --input')
    parser.add_argument('--eg', action='store_true', help='execution-guided decoding')
    parser.add_argument('--beam-size', type=int, default=4, help='beam of execution-guided decoding')
    parser.add_argument('--time-limit', type=float, default=DEFAULT_TIME_LIMIT, help='seconds of SQL per question')
    parser.add_argument('--json', action='store_true', help='one JSON object per answer')
    parser.add_argument('--device', default=None, help='cpu (default) or cuda')
    args = parser.parse_args(argv)
    if bool(args.table) == bool(args.db):
        parser.error('give the table: --table FILE, or --db FILE --table-id ID')
    if bool(args.input) != bool(args.output):
        parser.error('--input and --output go together')
    if not (args.questions or args.interactive or args.input):
        parser.error('give a question, --interactive, or --input FILE --output FILE')

    try:
        tables = load_tables_for(args)
        predictor = Predictor(args.checkpoint, args.device)
        for table in tables.values():
            if len(tables) == 1:
                predictor.check_table(table)
    except (TableError, InputError, FileNotFoundError) as error:
        print(f'error: {error}', file=sys.stderr)
        return 1
    status = 0
    with Database.from_tables(tables) as database:
        if args.input:
            return 1 if answer_file(predictor, tables, database, args) else 0
        if len(tables) != 1:
            print(f'error: {args.table} has {len(tables)} tables; choose one with --table-id', file=sys.stderr)
            return 1
        table = next(iter(tables.values()))

        def ask(question):
            try:
                answer = predictor.answer(question, table, database, args.eg, args.beam_size, args.time_limit)
            except InputError as error:
                print(f'error: {error}', file=sys.stderr, flush=True)
                return 1
            print_answer(answer, args.json)
            return 0

        for question in args.questions:
            status |= ask(question)
        if args.interactive:
            print(f'table {table.id}: {len(table.rows)} rows, columns: {", ".join(table.header)}', file=sys.stderr)
            print('type a question per line; an empty line or end of input quits', file=sys.stderr, flush=True)
            while True:
                print('question> ', end='', file=sys.stderr, flush=True)
                line = sys.stdin.readline()
                if not line.strip():
                    break
                ask(line.strip())
    return status


if __name__ == '__main__':
    sys.exit(main())
