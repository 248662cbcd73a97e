"""Error analysis of WikiSQL dev predictions: a random sample of logical-form errors sorted into causes.

    python benchmarks/wikisql_errors.py PRED.jsonl                      # dev of ../shared/data/wikisql
    python benchmarks/wikisql_errors.py PRED.jsonl --data-dir DIR --sample 100 --seed 0 \\
        --gold-errors benchmarks/gold_annotation_errors.json --out benchmarks/ERRORS.md

Cause of an error = the first wrong part in this order: annotation error in the gold or an
ambiguous question (only where a reviewer marked it in --gold-errors: {"dev line": "why the
gold is wrong"}, or "ambiguous: why" when both readings are valid), select
column, aggregation, number of conditions, condition column, operator, value text. The
sample is drawn from all LF errors with `random.Random(seed)`, so it is reproducible.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from wikisql.data import load_split  # noqa: E402
from wikisql.database import Database  # noqa: E402
from wikisql.evaluate import judge, load_predictions, prediction_query  # noqa: E402
from wikisql.query import COMPONENTS  # noqa: E402

CAUSES = list(zip(  # (cause, the query component that is wrong first)
    ("select column", "aggregation", "number of conditions", "condition column", "operator", "value text"),
    COMPONENTS, strict=True))
GOLD_ERROR = "annotation error in the gold"
AMBIGUOUS = "ambiguous: the gold and ours are both valid readings"


def cause_of(verdict, line: int, gold_errors: dict) -> str:
    if str(line) in gold_errors:
        return AMBIGUOUS if gold_errors[str(line)].startswith("ambiguous") else GOLD_ERROR
    for cause, component in CAUSES:
        if not verdict.components.get(component, False):
            return cause
    return "other (conditions in another order or duplicated)"


def sql(query, header) -> str:
    return query.to_sql(header) if query is not None else "(no query)"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("predictions", help="official predictions file, one line per dev question")
    parser.add_argument("--data-dir", default="../shared/data/wikisql")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples-per-cause", type=int, default=3)
    parser.add_argument("--gold-errors", default=None, help="JSON {dev line: why the gold is wrong}")
    parser.add_argument("--title", default="WikiSQL dev errors")
    parser.add_argument("--out", default=None, help="markdown file (default: print)")
    args = parser.parse_args(argv)

    examples, tables = load_split(Path(args.data_dir), args.split)
    predictions = load_predictions(args.predictions)  # a malformed line is named by file and line
    if len(predictions) != len(examples):
        raise SystemExit(f"{args.predictions}: {len(predictions)} predictions for {len(examples)} questions")
    database = Database.from_tables(tables)
    gold_errors = json.loads(Path(args.gold_errors).read_text()) if args.gold_errors else {}

    errors = []  # (example, prediction, verdict)
    for example, prediction in zip(examples, predictions):
        verdict = judge(example, prediction, database)
        if not verdict.lf:
            errors.append((example, prediction, verdict))
    sample = random.Random(args.seed).sample(errors, min(args.sample, len(errors)))
    by_cause = collections.defaultdict(list)
    for example, prediction, verdict in sample:
        by_cause[cause_of(verdict, example.line, gold_errors)].append((example, prediction, verdict))
    all_causes = collections.Counter(cause_of(v, e.line, {}) for e, _, v in errors)

    lines = [f"# {args.title}", "",
             f"Predictions: `{args.predictions}`; {len(errors)} logical-form errors of {len(examples)} "
             f"{args.split} questions; {len(sample)} drawn at random (seed {args.seed}) and sorted into causes by "
             "`benchmarks/wikisql_errors.py` (cause = first wrong part in the order below; gold annotation "
             "errors were marked by reading each sampled question, table header and both queries).", "",
             "| cause | in the sample | of which EX right | all LF errors (no gold review) |", "|---|---|---|---|"]
    reviewed = [GOLD_ERROR, AMBIGUOUS]
    order = reviewed + [cause for cause, _ in CAUSES] + sorted(set(by_cause) - set(reviewed) - {c for c, _ in CAUSES})
    for cause in order:
        items = by_cause.get(cause, [])
        if not items and not all_causes.get(cause):
            continue
        lines.append(f"| {cause} | {len(items)} | {sum(bool(v.ex) for _, _, v in items)} | "
                     f"{all_causes.get(cause, '-') if cause not in reviewed else '-'} |")
    for cause in order:
        items = by_cause.get(cause, [])
        if not items:
            continue
        lines += ["", f"## {cause} ({len(items)})", ""]
        for example, prediction, verdict in items[:args.examples_per_cause]:
            header = tables[example.table_id].header
            predicted, _ = prediction_query(prediction)
            lines.append(f"- dev line {example.line}: *{example.question}*  ")
            lines.append(f"  columns: {' | '.join(map(str, header))}  ")
            lines.append(f"  gold: `{sql(example.query, header)}`  ")
            lines.append(f"  ours: `{sql(predicted, header)}` (EX {'right' if verdict.ex else 'wrong'})")
            if cause in reviewed:
                lines.append(f"  review: {gold_errors[str(example.line)]}")
    text = "\n".join(lines) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
