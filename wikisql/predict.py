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
tables); --output gets, per line, the official prediction record {"query": {...}, "error": ""}
(the official scorer reads it as it is) with "sql" (the table's column names), "answer" (the values
as the table writes them), "confidence", "abstained" and, when the model declines, "reason".
A query may carry "order": [column, "asc"|"desc", k] (our extension: ORDER BY ... LIMIT k).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence, TextIO

from wikisql.database import Database
from wikisql.engine import DEFAULT_TIME_LIMIT, Answer, InputError, Predictor, add_answering_arguments
from wikisql.schema import Table
from wikisql.tables import TableError, decode_text, read_sqlite_table, read_table, read_tables_jsonl

# ----------------------------------------------------------------------------- command line

def print_answer(answer: Answer, as_json: bool, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if as_json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False), file=out, flush=True)
        return
    print(f"SQL:        {answer.sql}", file=out)
    if answer.columns_considered is not None:
        print(f'Columns:    {len(answer.columns_considered)} read (the table is too wide to read whole): '
              f'{", ".join(map(str, answer.columns_considered))}', file=out)
    if answer.abstained:
        print(f"Answer:     (declined) {answer.reason}", file=out)
    elif answer.error:
        print(f"Answer:     (none) {answer.error}", file=out)
    elif len(answer.answer) == 1:
        print(f"Answer:     {answer.answer[0]}", file=out)
    else:
        print(f"Answer:     {len(answer.answer)} rows", file=out)
        for value in answer.answer[:50]:
            print(f"            {value}", file=out)
        if len(answer.answer) > 50:
            print(f"            ... {len(answer.answer) - 50} more", file=out)
    print(f"Confidence: {answer.confidence:.3g}", file=out, flush=True)


def load_tables_for(args: argparse.Namespace) -> dict[str, Table]:
    """{table id: Table} named by --table / --db, each checked against nothing yet."""
    if args.db:
        if not args.table_id:
            raise TableError("--db needs --table-id (the name of the table in the file)", args.db)
        table = read_sqlite_table(args.db, args.table_id)
        return {table.id: table}
    path = Path(args.table)
    if path.suffix.lower() == ".jsonl" and not args.table_id:
        if not path.is_file():
            raise TableError("no such file", path)
        return read_tables_jsonl(decode_text(path.read_bytes(), path), path)
    table = read_table(path, args.table_id)
    return {table.id: table}


def answer_file(predictor: Predictor, tables: dict[str, Table], database: Database, args: argparse.Namespace) -> int:
    """--input questions.jsonl -> --output predictions.jsonl (the official records and each answer);
    returns the number of refused lines."""
    records: list[dict | None] = []
    pending = []   # (line, record index, question, table)
    only = next(iter(tables.values())) if len(tables) == 1 else None
    with open(args.input, "rb") as f:
        lines = f.read()
    for line, raw in enumerate(decode_text(lines, args.input).splitlines(), 1):
        if not raw.strip():
            continue
        try:
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as error:
                raise InputError(f"malformed JSON: {error.msg}") from None
            if not isinstance(record, dict) or not isinstance(record.get("question"), str):
                raise InputError('field "question": missing or not text')
            table_id = record.get("table_id")
            if table_id is None and only is None:
                raise InputError(f'field "table_id": missing; {args.table} has {len(tables)} tables')
            table = only if table_id is None else tables.get(table_id)
            if table is None:
                raise InputError(f'field "table_id": unknown table {table_id!r}')
            pending.append((line, len(records), record["question"], table))
            records.append(None)
        except InputError as error:
            print(f"{args.input}:{line}: {error}", file=sys.stderr)
            records.append({"error": str(error)})
    answers = predictor.answer_many([question for _, _, question, _ in pending], [table for *_, table in pending],
                                    database, args.eg, args.beam_size, time_limit_s=args.time_limit,
                                    refused="record")
    for (line, index, _, _), answer in zip(pending, answers):
        if answer.query is None:   # refused: the question does not fit
            print(f"{args.input}:{line}: {answer.error}", file=sys.stderr)
            records[index] = {"error": answer.error}
        else:
            records[index] = {"query": answer.query.to_dict(), "error": "", "sql": answer.sql,
                              "answer": answer.answer, "confidence": answer.confidence,
                              "abstained": answer.abstained, **({"reason": answer.reason} if answer.abstained else {}),
                              **({"execution_error": answer.error} if answer.error else {})}
    errors = sum("query" not in record for record in records)
    with open(args.output, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} predictions to {args.output} ({errors} questions refused)", file=sys.stderr)
    return errors


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wikisql.predict", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("questions", nargs="*", help="questions about the table")
    parser.add_argument("--checkpoint",
                        help="model directory (default: runs/wikisql/best from python -m wikisql.train)")
    parser.add_argument("--table", help=".csv, .tsv, .json or .jsonl table file")
    parser.add_argument("--db", help="an SQLite file holding the table (opened read-only)")
    parser.add_argument("--table-id", help="table name in --db, or table id in a .jsonl file")
    parser.add_argument("--interactive", action="store_true", help="answer questions typed one per line")
    parser.add_argument("--input", help='JSON lines with "question" (and "table_id")')
    parser.add_argument("--output", help="official predictions file written for --input")
    parser.add_argument("--eg", action="store_true", help="execution-guided decoding")
    parser.add_argument("--beam-size", type=int, default=4, help="beam of execution-guided decoding")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, help="seconds of SQL per question")
    parser.add_argument("--json", action="store_true", help="one JSON object per answer")
    parser.add_argument("--device", default=None, help="cpu (default) or cuda")
    add_answering_arguments(parser)
    args = parser.parse_args(argv)
    if bool(args.table) == bool(args.db):
        parser.error("give the table: --table FILE, or --db FILE --table-id ID")
    if bool(args.input) != bool(args.output):
        parser.error("--input and --output go together")
    if not (args.questions or args.interactive or args.input):
        parser.error("give a question, --interactive, or --input FILE --output FILE")

    try:
        tables = load_tables_for(args)
        predictor = Predictor.load(args.checkpoint, args.device, args.precision, args.abstain_below)
        predictor.decline_forms = not args.no_decline_forms
        for table in tables.values():
            if len(tables) == 1:
                predictor.check_table(table)
    except (TableError, InputError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    status = 0
    with Database.from_tables(tables) as database:
        if args.input:
            return 1 if answer_file(predictor, tables, database, args) else 0
        if len(tables) != 1:
            print(f"error: {args.table} has {len(tables)} tables; choose one with --table-id", file=sys.stderr)
            return 1
        table = next(iter(tables.values()))

        def ask(question: str) -> int:
            try:
                answer = predictor.answer(question, table, database, args.eg, args.beam_size, args.time_limit)
            except InputError as error:
                print(f"error: {error}", file=sys.stderr, flush=True)
                return 1
            print_answer(answer, args.json)
            return 0

        for question in args.questions:
            status |= ask(question)
        if args.interactive:
            print(f'table {table.id}: {len(table.rows)} rows, columns: {", ".join(table.header)}', file=sys.stderr)
            print("type a question per line; an empty line or end of input quits", file=sys.stderr, flush=True)
            while True:
                print("question> ", end="", file=sys.stderr, flush=True)
                line = sys.stdin.readline()
                if not line.strip():
                    break
                ask(line.strip())
    return status


if __name__ == "__main__":
    sys.exit(main())
