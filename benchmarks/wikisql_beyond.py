"""Beyond WikiSQL's grammar: superlatives, declining, and how well confidence is calibrated.

    python benchmarks/wikisql_beyond.py --checkpoint runs/wikisql/best
    python benchmarks/wikisql_beyond.py --checkpoint DIR --results benchmarks/RESULTS.md
    python benchmarks/wikisql_beyond.py --checkpoint DIR --dev-limit 1000          # a quicker run
    python benchmarks/wikisql_beyond.py --checkpoint DIR --beyond-dir data/tables-in-the-wild-2 \
        --wild-dir data/tables-in-the-wild-2                                        # the second held-out set

Sets (the held-out ones were written by hand, never trained or tuned on):
- superlatives: data/beyond-the-grammar/superlatives.jsonl, ORDER BY ... LIMIT k questions over the
  tables in the wild. Right when the answer is not declined and its values are the gold ones, in order.
- unanswerable: data/beyond-the-grammar/unanswerable.jsonl, questions one query cannot answer. Right
  when declined.
- wild: data/tables-in-the-wild (answerable, WikiSQL's grammar): declined share, and EX of the rest.
- dev: the official dev set (answerable): declined share, LF/EX with and without declining.

Declining is the engine's (Predictor.decline_reason): a question form one query cannot answer or
MAX/MIN of a text column (wikisql/declining/; --no-decline-forms leaves them out), the answerable
head, or a confidence below --abstain-below (default: the engine's ABSTAIN_BELOW). The calibration
table bins the official dev set's confidences: how often the query is right (EX) in each bin.
--pick-threshold D also prints the highest confidence floor that declines at most D of the dev
questions (the calibration of ABSTAIN_BELOW).
"""
from __future__ import annotations

import argparse
import datetime
import json
import shlex
import sys
import time
from pathlib import Path

import torch

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere
from benchmarks.report import cpu_name, write_section  # noqa: E402
from wikisql.data import load_split  # noqa: E402
from wikisql.database import Database, ExecutionError  # noqa: E402
from wikisql.declining import cannot_answer, impossible_condition  # noqa: E402
from wikisql.engine import ABSTAIN_BELOW, Predictor  # noqa: E402
from wikisql.query import Query  # noqa: E402

SECTION = "## Beyond the grammar: superlatives, declining, calibration"
BEYOND_DIR = REPO_ROOT / "data" / "beyond-the-grammar"
WILD_DIR = REPO_ROOT / "data" / "tables-in-the-wild"
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "wikisql"
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--data-dir", default=str(DEFAULT_DATA_DIR), help="official dev layout")
    parser.add_argument("--beyond-dir", default=str(BEYOND_DIR),
                        help="superlatives.jsonl and unanswerable.jsonl (data/tables-in-the-wild-2 has a second pair)")
    parser.add_argument("--wild-dir", default=str(WILD_DIR),
                        help="the answerable questions and the tables of both (dev.jsonl + dev.tables.jsonl)")
    parser.add_argument("--dev-limit", type=int, help="the first N dev questions only")
    parser.add_argument("--abstain-below", type=float, default=ABSTAIN_BELOW, help="confidence floor")
    parser.add_argument("--pick-threshold", type=float, default=0.03,
                        help="report the highest floor that declines at most this share of dev")
    parser.add_argument("--write-floor", action="store_true",
                        help="store the picked floor in the checkpoint's config.json (abstain_below): the model "
                             "then declines below it everywhere (predict, serve)")
    parser.add_argument("--abstain-below-from-checkpoint", action="store_true",
                        help="use the floor stored in the checkpoint instead of --abstain-below")
    parser.add_argument("--no-decline-forms", action="store_true",
                        help="do not decline the question forms one query cannot answer (wikisql/declining/): "
                             "the model's own declining only")
    parser.add_argument("--eg", action="store_true", help="execution-guided decoding")
    parser.add_argument("--results", help="markdown file whose section to write (benchmarks/RESULTS.md)")
    parser.add_argument("--threads", type=int)
    return parser.parse_args(argv)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def result(database: Database, table_id: str, query: Query | None) -> list | None:
    if query is None:
        return None
    try:
        return database.execute(table_id, query)
    except ExecutionError:
        return None


def answer_all(predictor, questions, tables, database, eg):
    started = time.perf_counter()
    answers = predictor.answer_many([q for q, _ in questions], [tables[t] for _, t in questions], database, eg=eg,
                                    refused="record")
    return answers, time.perf_counter() - started


def calibration(confidences: list[float], right: list[bool]) -> list[tuple[str, int, float]]:
    rows = []
    for low, high in zip(BINS, BINS[1:]):
        inside = [ok for c, ok in zip(confidences, right) if low <= c < high]
        rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", len(inside), sum(inside) / len(inside) if inside else float("nan")))
    return rows


def decline_inputs(question: str, answer, table) -> tuple:
    """What Predictor.decline_reason weighs for one answer (confidence, answerable, the grammar's reason, the
    impossible condition's), kept to re-decide the decline at other floors (_at_floor)."""
    return (answer.confidence or 0.0, answer.answerable, cannot_answer(question, answer.query, table),
            impossible_condition(answer.query, table))


def _at_floor(predictor, floor: float, sets: list) -> list[tuple[str, float]]:
    """The declined share of each set if the confidence floor were `floor`."""
    kept, predictor.abstain_below = predictor.abstain_below, floor
    try:
        return [(name, sum(predictor.decline_reason(*score) is not None for score in scores) / max(len(scores), 1))
                for name, scores in sets]
    finally:
        predictor.abstain_below = kept


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    predictor = Predictor.load(args.checkpoint)
    if not args.abstain_below_from_checkpoint:
        predictor.abstain_below = args.abstain_below
    predictor.decline_forms = not args.no_decline_forms
    wild_examples, wild_tables = load_split(Path(args.wild_dir), "dev")
    superlatives = read_jsonl(Path(args.beyond_dir) / "superlatives.jsonl")
    unanswerable = read_jsonl(Path(args.beyond_dir) / "unanswerable.jsonl")
    dev_examples, dev_tables = load_split(Path(args.data_dir), "dev")
    dev_examples = dev_examples[:args.dev_limit]
    lines, timings = [], {}
    with Database.from_tables(wild_tables) as wild_db, Database.from_tables(dev_tables) as dev_db:
        # superlatives
        answers, timings["superlatives"] = answer_all(predictor, [(r["question"], r["table_id"]) for r in superlatives],
                                                      wild_tables, wild_db, args.eg)
        right_superlatives = []
        superlative_scores = [decline_inputs(r["question"], a, wild_tables[r["table_id"]])
                              for r, a in zip(superlatives, answers)]
        for record, answer in zip(superlatives, answers):
            gold = result(wild_db, record["table_id"], Query.from_dict(record["sql"]))
            right_superlatives.append(not answer.abstained and answer.query is not None
                                      and result(wild_db, record["table_id"], answer.query) == gold)
        ordered = sum(a.query is not None and a.query.order is not None for a in answers)
        declined_superlatives = sum(a.abstained for a in answers)
        # unanswerable
        answers, timings["unanswerable"] = answer_all(predictor, [(r["question"], r["table_id"]) for r in unanswerable],
                                                      wild_tables, wild_db, args.eg)
        declined_unanswerable = [a.abstained for a in answers]
        unanswerable_scores = [decline_inputs(r["question"], a, wild_tables[r["table_id"]])
                               for r, a in zip(unanswerable, answers)]
        by_reason = {}
        for record, declined in zip(unanswerable, declined_unanswerable):
            by_reason.setdefault(record["reason"], []).append(declined)
        # answerable: wild and dev
        summaries, dev_confidence, dev_right, answerable_scores, calibrations = {}, [], [], {}, {}
        for name, examples, tables, database in (("wild", wild_examples, wild_tables, wild_db),
                                                 ("dev", dev_examples, dev_tables, dev_db)):
            answers, timings[name] = answer_all(predictor, [(e.question, e.table_id) for e in examples], tables,
                                                database, args.eg)
            right = [a.query is not None and result(database, e.table_id, a.query) == result(database, e.table_id,
                                                                                                e.query)
                     for e, a in zip(examples, answers)]
            lf = [a.query is not None and a.query == e.query for e, a in zip(examples, answers)]
            declined = [a.abstained for a in answers]
            summaries[name] = dict(n=len(examples), declined=sum(declined) / len(examples),
                                   ex=sum(right) / len(examples), lf=sum(lf) / len(examples),
                                   ex_answered=sum(r and not d for r, d in zip(right, declined)) / len(examples),
                                   ordered=sum(a.query is not None and a.query.order is not None for a in answers))
            answerable_scores[name] = [decline_inputs(e.question, a, tables[e.table_id])
                                       for e, a in zip(examples, answers)]
            calibrations[name] = calibration([a.confidence or 0.0 for a in answers], right)
            if name == "dev":
                dev_confidence = [a.confidence if a.confidence is not None else 0.0 for a in answers]
                dev_right = right
                dev_answerable = [a.answerable for a in answers]
    floor = None
    if dev_confidence:
        ranked = sorted(dev_confidence)
        floor = ranked[int(args.pick_threshold * len(ranked))] if ranked else None

    def pct(value: float) -> str:
        return f"{100 * value:.1f}"

    command = "python " + " ".join(shlex.quote(a) for a in [str(Path(__file__).relative_to(REPO_ROOT))]
                                   + list(argv if argv is not None else sys.argv[1:]))
    lines += [SECTION, "",
              f"- measured {datetime.date.today()} on {cpu_name()}, torch {torch.__version__}, "
              f"{torch.get_num_threads()} threads; decoding: {'execution-guided' if args.eg else 'greedy'}",
              f"- command: `{command}`",
              f"- checkpoint: `{args.checkpoint}` (ordering heads: {predictor.model.head_config.ordering}, "
              f"answerable head: {predictor.model.head_config.answerable}); confidence floor "
              f"{predictor.abstain_below:g}; question forms one query cannot answer declined "
              f"(wikisql/declining/): {'yes' if predictor.decline_forms else 'no'}",
              "", "| set | questions | right % | declined % | notes |", "|---|---|---|---|---|",
              f"| superlatives (ORDER BY … LIMIT k) | {len(superlatives)} | {pct(sum(right_superlatives) / len(superlatives))}"
              f" | {pct(declined_superlatives / len(superlatives))} | {ordered} decoded with an ordering |",
              f"| unanswerable (declined = right) | {len(unanswerable)} | {pct(sum(declined_unanswerable) / len(unanswerable))}"
              f" | {pct(sum(declined_unanswerable) / len(unanswerable))} | "
              + ", ".join(f"{reason} {sum(v)}/{len(v)}" for reason, v in sorted(by_reason.items())) + " |"]
    for name in ("wild", "dev"):
        s = summaries[name]
        lines.append(f"| {name} (answerable) | {s['n']} | EX {pct(s['ex'])} (LF {pct(s['lf'])}); answered and right "
                     f"{pct(s['ex_answered'])} | {pct(s['declined'])} | {s['ordered']} decoded with an ordering |")
    lines += ["", "Calibration (EX of the query against its confidence, declined or not), official dev and tables "
                  "in the wild:", "", "| confidence | dev questions | dev EX % | wild questions | wild EX % |",
              "|---|---|---|---|---|"]
    for (label, count, accuracy), (_, wild_count, wild_accuracy) in zip(calibrations["dev"], calibrations["wild"]):
        lines.append(f"| {label} | {count} | {'—' if count == 0 else pct(accuracy)} | {wild_count} | "
                     f"{'—' if wild_count == 0 else pct(wild_accuracy)} |")
    if floor is not None:
        lines += ["", f"The highest confidence floor that declines at most {pct(args.pick_threshold)}% of dev: "
                      f"{floor:.3f}. Declined at that floor (with the answerable head): "
                      + ", ".join(f"{name} {pct(value)}%" for name, value in _at_floor(
                          predictor, floor, [("unanswerable", unanswerable_scores),
                                             ("superlatives", superlative_scores),
                                             ("wild", answerable_scores["wild"]),
                                             ("dev", answerable_scores["dev"])])) + "."]
    if dev_answerable and dev_answerable[0] is not None:
        low = sum(p < 0.5 for p in dev_answerable)
        lines.append(f"The answerable head calls {low} of {len(dev_answerable)} dev questions unanswerable.")
    lines.append("Seconds: " + ", ".join(f"{k} {v:.0f}" for k, v in timings.items()) + ".")
    if args.write_floor and floor is not None:
        config_path = predictor.checkpoint_dir / "config.json"
        config = json.loads(config_path.read_text())
        config["abstain_below"] = round(floor, 4)
        config_path.write_text(json.dumps(config, indent=2) + "\n")
        lines.append(f"Wrote abstain_below = {round(floor, 4)} to {config_path}.")
    print("\n".join(lines))
    if args.results:
        write_section(Path(args.results), SECTION, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
