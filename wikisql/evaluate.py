"""Scoring WikiSQL predictions with the verdicts of the official evaluate.py.

    python -m wikisql.evaluate --execution-accuracy GOLD.jsonl DB PRED.jsonl [--ordered] [--out FILE]

DB is a .db file or a .tables.jsonl[.xz] file. A prediction line is the official
{"query": {"sel", "agg", "conds"}, "error": ""}; one whose "error" is non-empty, or whose
query cannot be read or executed, counts as wrong. Prints the official ex_accuracy and
lf_accuracy, accuracy per query component and per number of gold conditions.

A file that cannot be used (missing, unreadable, not SQLite, malformed, no examples or no
tables, fewer prediction than gold lines) is one "error: FILE[:LINE]: ..." line on stderr
and exit status 1.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import lzma
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from wikisql.data import (
    count_lines,
    load_examples,
    load_split,
    load_tables,
    open_database,
    read_json_lines,
    split_sources,
)
from wikisql.database import TABLE_SUFFIXES, Database, ExecutionError
from wikisql.query import COMPONENTS, Query
from wikisql.schema import Example, WikiSQLFormatError


@dataclass
class Verdict:
    lf: bool                      # logical form matches, official rules
    ex: bool | None = None        # execution results equal; None when not executed
    components: dict[str, bool] = field(default_factory=dict)   # COMPONENTS -> bool
    invalid_prediction: str | None = None  # why the prediction has no usable query (it said error, or unreadable)
    execution_error: str | None = None     # why the predicted query failed to execute
    gold_error: str | None = None          # why the gold query failed to execute


def prediction_query(prediction: Query | dict) -> tuple[Query | None, str | None]:
    """(Query, None) for a usable prediction, else (None, why): a Query, or an official
    prediction dict {"query": {...}, "error": ...}."""
    if isinstance(prediction, Query):
        return prediction, None
    if not isinstance(prediction, dict):
        return None, f"not a prediction: {prediction!r:.80}"
    if prediction.get("error"):
        return None, str(prediction["error"])
    if "query" not in prediction:
        return None, 'no "query" in prediction'
    try:
        return Query.from_dict(prediction["query"]), None
    except ValueError as error:
        return None, str(error)


def component_matches(predicted: Query, gold: Query, ordered: bool = False) -> dict[str, bool]:
    """Which parts of the predicted query are right; conditions compared as the official
    logical form compares them (set of columns, operators, lower-cased values)."""
    def same(mine: list, theirs: list) -> bool:
        return mine == theirs if ordered else set(mine) == set(theirs)
    p, g = predicted.conds, gold.conds
    return dict(zip(COMPONENTS, (
        bool(predicted.sel == gold.sel),
        bool(predicted.agg == gold.agg),
        len(p) == len(g),
        same([c.column for c in p], [c.column for c in g]),
        same([(c.column, c.operator) for c in p], [(c.column, c.operator) for c in g]),
        same([(c.column, c.key()[2]) for c in p], [(c.column, c.key()[2]) for c in g]),
    ), strict=True))


def judge(gold: Example, prediction: Query | dict, database: Database | None = None, ordered: bool = False) -> Verdict:
    """Verdict for one gold Example and one prediction; executes both when a Database is given."""
    predicted, why = prediction_query(prediction)
    if predicted is None:
        verdict = Verdict(lf=False, components=dict.fromkeys(COMPONENTS, False), invalid_prediction=why)
    else:
        verdict = Verdict(lf=predicted.equals(gold.query, ordered),
                          components=component_matches(predicted, gold.query, ordered))
    if database is None:
        return verdict
    try:
        gold_result = database.execute(gold.table_id, gold.query)
    except ExecutionError as error:
        verdict.gold_error = str(error)
    verdict.ex = False
    if predicted is not None:
        try:
            predicted_result = database.execute(gold.table_id, predicted)
        except ExecutionError as error:
            verdict.execution_error = str(error)
        else:
            verdict.ex = verdict.gold_error is None and predicted_result == gold_result
    return verdict


def score(gold_examples: Iterable[Example], predictions: Iterable[Query | dict],
          database: Database | str | Path | None = None, ordered: bool = False, progress: bool = False) -> dict:
    """Official ex_accuracy and lf_accuracy (ex_accuracy None without a database), plus
    accuracy per component and per number of gold conditions.

    predictions: one per gold example, in the same order; official prediction dicts or Query
    objects. database: a Database, or a path for one. A gold query that fails to execute
    counts as wrong and is listed with its line.
    """
    from tqdm import tqdm
    if isinstance(database, (str, Path)):
        database = open_database(database)
    gold_examples, predictions = list(gold_examples), list(predictions)
    if len(gold_examples) != len(predictions):
        raise ValueError(f"{len(gold_examples)} gold examples but {len(predictions)} predictions")
    total = {"lf": 0, "ex": 0, "examples": 0}
    components = dict.fromkeys(COMPONENTS, 0)
    by_count = {}
    invalid_predictions, failed_executions, gold_errors = 0, 0, []
    pairs = tqdm(zip(gold_examples, predictions), total=len(gold_examples), disable=not progress,
                 desc="scoring", unit="q")
    for gold, prediction in pairs:
        verdict = judge(gold, prediction, database, ordered)
        group = by_count.setdefault(str(len(gold.query.conds)), {"lf": 0, "ex": 0, "examples": 0})
        for counts in (total, group):
            counts["examples"] += 1
            counts["lf"] += verdict.lf
            counts["ex"] += bool(verdict.ex)
        for name, correct in verdict.components.items():
            components[name] += correct
        invalid_predictions += verdict.invalid_prediction is not None
        failed_executions += verdict.execution_error is not None
        if verdict.gold_error is not None:
            gold_errors.append({"line": gold.line, "table_id": gold.table_id, "error": verdict.gold_error})

    def accuracies(counts: dict[str, int]) -> dict[str, float | None]:
        n = max(counts["examples"], 1)
        return {"ex_accuracy": counts["ex"] / n if database is not None else None,
                "lf_accuracy": counts["lf"] / n}

    n = max(total["examples"], 1)
    return {
        **accuracies(total),
        "examples": total["examples"],
        "ordered": ordered,
        "components": {name: correct / n for name, correct in components.items()},
        "by_condition_count": {count: {"examples": group["examples"], **accuracies(group)}
                               for count, group in sorted(by_count.items(), key=lambda item: int(item[0]))},
        "invalid_predictions": invalid_predictions,
        "failed_executions": failed_executions if database is not None else None,
        "gold_execution_errors": gold_errors,
    }


def load_predictions(path: str | Path, skip_invalid: bool = False) -> list[dict]:
    """One entry per line of a prediction file. A line that is not a JSON object is a
    WikiSQLFormatError, or with skip_invalid an {"error": ...} prediction (scored wrong)."""
    predictions = []
    for line, record in read_json_lines(path):
        if isinstance(record, WikiSQLFormatError):
            if not skip_invalid:
                raise record
            logging.getLogger(__name__).warning("invalid prediction, scored wrong: %s", record)
            record = {"error": str(record)}
        predictions.append(record)
    return predictions


def _is_tables_file(path: str | Path) -> bool:
    return Path(path).name.endswith(TABLE_SUFFIXES)


@contextlib.contextmanager
def _reading(path: str | Path) -> Iterator[None]:
    """Name path in a decompression error while reading it (a corrupt or truncated .xz, .gz
    or .bz2 file): a WikiSQLFormatError. Errors that name their file already pass through."""
    try:
        yield
    except (lzma.LZMAError, zlib.error, EOFError) as error:
        raise WikiSQLFormatError(f"cannot read: {error}", path) from None
    except OSError as error:
        if error.filename is not None:
            raise
        raise WikiSQLFormatError(f"cannot read: {error}", path) from None


def _none_left(what: str, path: str | Path, lines: int) -> WikiSQLFormatError:
    """The WikiSQLFormatError of a file with no usable what (examples, tables) in its lines."""
    if lines:
        return WikiSQLFormatError(f"no {what}: all {lines} line(s) invalid and skipped", path)
    return WikiSQLFormatError(f"no {what}: empty file", path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wikisql.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", metavar="GOLD [DB] PRED",
                        help="gold questions {split}.jsonl[.xz], optionally {split}.db or {split}.tables.jsonl[.xz] "
                             "(needed for execution accuracy), predictions (one JSON line per gold line)")
    parser.add_argument("--execution-accuracy", action="store_true", help="require execution accuracy (needs DB)")
    parser.add_argument("--ordered", action="store_true", help="conditions must come in the gold order")
    parser.add_argument("--out", help="also write the scores as JSON to this file")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="skip invalid gold/table lines and score invalid prediction lines as wrong, counting both")
    model = parser.add_argument_group("predict with a trained model first, then score")
    model.add_argument("--checkpoint", help="output directory of python -m wikisql.train (or its best/)")
    model.add_argument("--data-dir", help="data directory with the split (sample or official layout; default: the "
                                          "data the model was trained on, as its config.json records it)")
    model.add_argument("--split", default="dev")
    model.add_argument("--eg", action="store_true", help="execution-guided decoding")
    model.add_argument("--beam-size", type=int, default=4)
    model.add_argument("--no-snap", action="store_true",
                       help="keep the likeliest value span even when another span is a cell of the column")
    model.add_argument("--batch-size", type=int, default=64)
    model.add_argument("--precision", default="auto",
                       help="auto (default: bfloat16 where it is faster: a GPU, a CPU with fast native bf16; else "
                            "float32); float32; bfloat16; int8 linear layers (CPU): see wikisql/engine.py")
    model.add_argument("--predictions-out",
                       help="where to write the predictions (default: CHECKPOINT/{split}.pred.jsonl)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.checkpoint:
        if args.files:
            parser.error("--checkpoint takes --data-dir (and --split), not GOLD/DB/PRED files")
        return _predict_and_score(args)
    if len(args.files) not in (2, 3):
        parser.error("give GOLD.jsonl [DB] PRED.jsonl, or --checkpoint DIR --data-dir DIR")
    args.gold, args.pred = args.files[0], args.files[-1]
    args.db = args.files[1] if len(args.files) == 3 else None
    if args.execution_accuracy and args.db is None:
        parser.error("--execution-accuracy needs DB: GOLD.jsonl DB PRED.jsonl")

    try:
        skipped = []
        tables = database = None
        if args.db is not None and _is_tables_file(args.db):
            with _reading(args.db):
                tables = load_tables(args.db, skip_invalid=args.skip_invalid, skipped=skipped)
                if not tables:
                    raise _none_left("tables", args.db, count_lines(args.db))
            database = Database.from_tables(tables)
        elif args.db is not None:
            database = Database(args.db)
        with _reading(args.gold):
            gold = load_examples(args.gold, tables, skip_invalid=args.skip_invalid, skipped=skipped)
            gold_lines = count_lines(args.gold)
        if not gold:
            raise _none_left("examples", args.gold, gold_lines)
        with _reading(args.pred):
            predictions = load_predictions(args.pred, skip_invalid=args.skip_invalid)
        if gold_lines != len(predictions):
            raise ValueError(f"{args.gold} has {gold_lines} lines but {args.pred} has {len(predictions)}: "
                             "one prediction line per gold line is needed")
        result = score(gold, [predictions[example.line - 1] for example in gold], database,
                       ordered=args.ordered, progress=sys.stderr.isatty())
    except (WikiSQLFormatError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    result["skipped_invalid_lines"] = len(skipped)
    return _report(result, args.gold, args.out)


def _report(result: dict, gold_source: str, out_path: str | None) -> int:
    """Warn about gold queries that failed, print the scores as JSON, write them to --out."""
    for error in result["gold_execution_errors"]:
        print(f'warning: gold query on line {error["line"]} of {gold_source} (table {error["table_id"]}) '
              f'failed to execute and counts as wrong: {error["error"]}', file=sys.stderr)
    text = json.dumps(result, indent=2)
    print(text)
    if out_path:
        Path(out_path).write_text(text + "\n")
    return 0


def prediction_record(query: Query | None, error: str | None = None) -> dict:
    """The official predictions-file record of a Query, or of no query and why."""
    if query is None:
        return {"error": error or "no prediction"}
    return {"query": query.to_dict()}


def _predict_and_score(args: argparse.Namespace) -> int:
    """--checkpoint mode: predict the split with the model (wikisql/engine.py), write the
    predictions, score them."""
    # The model needs torch; scoring files does not, so the engine is imported for this mode only.
    from wikisql.checkpoint import CheckpointFormatError, read_checkpoint_config
    from wikisql.decoding import DEFAULT_SNAP_MARGIN
    from wikisql.engine import Predictor
    try:
        data_dir = args.data_dir or read_checkpoint_config(args.checkpoint).get("data_dir")
        if not data_dir:
            raise ValueError(f"{args.checkpoint}: the model does not record the data it was trained on; "
                             f"give --data-dir")
        sources = split_sources(Path(data_dir), args.split)
        with _reading(", ".join(str(path) for pair in sources for path in pair)):
            examples, tables = load_split(Path(data_dir), args.split)
        if not tables:   # load_split skips invalid lines
            raise _none_left("tables", ", ".join(str(tables_path) for _, tables_path in sources),
                             sum(count_lines(tables_path) for _, tables_path in sources))
        if not examples:
            raise _none_left("examples", ", ".join(str(examples_path) for examples_path, _ in sources),
                             sum(count_lines(examples_path) for examples_path, _ in sources))
        database = Database.from_tables(tables)
        predictor = Predictor.load(args.checkpoint, precision=args.precision)
        queries = predictor.predict_examples(examples, tables, database, eg=args.eg, beam_size=args.beam_size,
                                             batch_size=args.batch_size, progress=sys.stderr.isatty(),
                                             snap_margin=None if args.no_snap else DEFAULT_SNAP_MARGIN)
    except (WikiSQLFormatError, CheckpointFormatError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    predictions = [prediction_record(query, "example could not be encoded") for query in queries]
    predictions_path = Path(args.predictions_out or Path(args.checkpoint) / f"{args.split}.pred.jsonl")
    with open(predictions_path, "w", encoding="utf-8") as out:
        for prediction in predictions:
            out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
    result = score(examples, predictions, database, ordered=args.ordered, progress=sys.stderr.isatty())
    result.update(checkpoint=str(args.checkpoint), data_dir=str(data_dir), split=args.split, eg=args.eg,
                  snap=not args.no_snap, precision=predictor.precision, predictions=str(predictions_path))
    return _report(result, f"the {args.split} split of {data_dir}", args.out)


if __name__ == "__main__":
    sys.exit(main())
