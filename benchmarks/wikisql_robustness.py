"""Robustness of a WikiSQL model: the official dev set, perturbed copies of it, and tables in the wild.

    python benchmarks/wikisql_robustness.py --checkpoint runs/wikisql/best
    python benchmarks/wikisql_robustness.py --checkpoint runs/wikisql/best --eg --results benchmarks/RESULTS.md
    python benchmarks/wikisql_robustness.py --checkpoint DIR --limit 200          # a quick run

Sets, each scored with greedy decoding (and with --eg also execution-guided):
- clean: the official dev set (--data-dir, default ../shared/data/wikisql).
- the perturbations of scripts/perturb_wikisql.py (synonyms, abbreviations, casing, shuffled,
  distractors, few-cells): the same questions on changed tables, gold re-indexed and checked to give
  the same answer. Read from --perturbed-dir (runs/perturbed-dev) when its manifest.json says they were
  built from the same dev files, with the same seed and the same script; else built in memory.
- wild, wild-2, wild-3: data/tables-in-the-wild[-2|-3]/dev.jsonl + dev.tables.jsonl (real tables with their own
  questions; the second and third sets were each written after the sets before them had been used to tune
  prediction, to measure it afresh), skipped with a message when absent.

--limit N scores the first N dev examples (a perturbed set: the kept copies of those N). Prints a
markdown table: set, examples, LF and EX accuracy, the clean LF on the same examples and the
difference (ΔLF). A perturbed set is compared with the clean predictions of the very examples it
kept; the wild set, which has other questions, with the whole clean set. With --results FILE the
table, the machine, the date and the command replace the section SECTION of FILE.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from tqdm import tqdm

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere
from benchmarks.report import cpu_name, write_section  # noqa: E402
from scripts.perturb_wikisql import PERTURBATIONS, PerturbedSet, perturb, provenance  # noqa: E402
from wikisql.data import find_split_files, load_split, read_json_lines  # noqa: E402
from wikisql.database import Database  # noqa: E402
from wikisql.engine import Predictor  # noqa: E402
from wikisql.evaluate import judge, prediction_record  # noqa: E402

SECTION = "## Robustness: perturbed dev and tables in the wild"
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "wikisql"
DEFAULT_PERTURBED_DIR = REPO_ROOT / "runs" / "perturbed-dev"
DEFAULT_WILD_DIRS = tuple(REPO_ROOT / "data" / name
                          for name in ("tables-in-the-wild", "tables-in-the-wild-2", "tables-in-the-wild-3"))


@dataclass
class EvalSet:
    name: str
    examples: list
    tables: dict
    origin: list = None       # index in the clean examples of each example (None: other questions)
    dropped: dict = None      # perturbations: reason -> examples dropped
    source: str = ""          # where it came from


@dataclass
class Score:
    lf: list                  # per example, official logical-form verdict
    ex: list                  # per example, execution verdict
    seconds: float

    @property
    def lf_accuracy(self) -> float:
        return sum(self.lf) / max(len(self.lf), 1)

    @property
    def ex_accuracy(self) -> float:
        return sum(self.ex) / max(len(self.ex), 1)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checkpoint", required=True, help="a model directory (python -m wikisql.train's best/)")
    parser.add_argument("--eg", action="store_true", help="also score execution-guided decoding")
    parser.add_argument("--limit", type=int, help="score the first N dev examples of each set")
    parser.add_argument("--results", help="markdown file whose robustness section to write (benchmarks/RESULTS.md)")
    parser.add_argument("--data-dir", default=str(DEFAULT_DATA_DIR), help="official dev layout")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--perturbed-dir", default=str(DEFAULT_PERTURBED_DIR),
                        help="output of scripts/perturb_wikisql.py, used when it matches; else built in memory")
    parser.add_argument("--wild-dir", nargs="+", default=[str(d) for d in DEFAULT_WILD_DIRS],
                        help="sets of tables in the wild (dev.jsonl + dev.tables.jsonl each); a set is named after its "
                             "directory: tables-in-the-wild -> wild, tables-in-the-wild-2 -> wild-2")
    parser.add_argument("--only", nargs="+", choices=PERTURBATIONS, help="these perturbations only")
    parser.add_argument("--no-abbreviation-reading", action="store_true",
                        help="read headers without the words the question spells out for their codes "
                             "(wikisql.encoding.abbreviation_reading): prediction as it was before")
    parser.add_argument("--seed", type=int, default=0, help="seed of the perturbations")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--beam-size", type=int, default=4, help="execution-guided decoding's beam")
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's)")
    parser.add_argument("--device", help="cpu or cuda (default: cuda when available)")
    return parser.parse_args(argv)


# ----------------------------------------------------------------------------- the sets

def stored_perturbation(name, directory, data_dir, split, seed, clean) -> EvalSet | None:
    """The perturbed set `name` from the files of scripts/perturb_wikisql.py, restricted to the clean
    examples, when its manifest matches the sources, the seed and the script; else None."""
    manifest_path = Path(directory) / "manifest.json"
    files = find_split_files(directory, name)
    if not manifest_path.is_file() or files.examples is None or files.tables is None:
        return None
    manifest = json.loads(manifest_path.read_text())
    expected = provenance(Path(data_dir), split, seed)
    if any(manifest.get(key) != expected[key] for key in ("seed", "split", "limit", "script_sha256", "sources")) \
            or name not in manifest.get("sets", {}):
        return None
    examples, tables = load_split(Path(directory), name)
    dev_lines = {line: record.get("dev_line") for line, record in read_json_lines(files.examples)
                 if isinstance(record, dict)}
    index_of_line = {example.line: i for i, example in enumerate(clean)}
    chosen, origin = [], []
    for example in examples:
        index = index_of_line.get(dev_lines.get(example.line))
        if index is not None:
            chosen.append(example)
            origin.append(index)
    dropped = manifest["sets"][name]["dropped"] if len(clean) == manifest.get("examples") else \
        ({"not kept by the perturbation": len(clean) - len(chosen)} if len(chosen) < len(clean) else {})
    return EvalSet(name, chosen, tables, origin, dropped, f"read from {directory}")


def build_sets(args, clean_examples, tables) -> list[EvalSet]:
    sets = [EvalSet("clean", clean_examples, tables, list(range(len(clean_examples))), {}, "official dev")]
    for name in args.only or PERTURBATIONS:
        started = time.perf_counter()
        stored = stored_perturbation(name, args.perturbed_dir, args.data_dir, args.split, args.seed, clean_examples)
        if stored is None:
            perturbed: PerturbedSet = perturb(name, clean_examples, tables, args.seed)
            stored = EvalSet(name, perturbed.examples, perturbed.tables, perturbed.origin, perturbed.dropped,
                             "built in memory")
        dropped = len(clean_examples) - len(stored.examples)
        print(f"{name}: {len(stored.examples)} examples kept, {dropped} dropped ({stored.source}, "
              f"{time.perf_counter() - started:.1f} s)", file=sys.stderr)
        sets.append(stored)
    for directory in args.wild_dir:
        wild = find_split_files(directory, "dev")
        if wild.examples is None or wild.tables is None:
            print(f"tables in the wild: skipped, no dev.jsonl + dev.tables.jsonl in {directory}", file=sys.stderr)
            continue
        examples, wild_tables = load_split(Path(directory), "dev")
        if args.limit is not None:
            examples = examples[:args.limit]
        sets.append(EvalSet(wild_set_name(directory), examples, wild_tables, None, None, str(directory)))
    return sets


def wild_set_name(directory) -> str:
    """tables-in-the-wild -> wild, tables-in-the-wild-2 -> wild-2 (any other directory: its name)."""
    name = Path(directory).name
    return name[len("tables-in-the-"):] if name.startswith("tables-in-the-wild") else name


# ----------------------------------------------------------------------------- scoring

def score_set(predictor, eval_set: EvalSet, eg: bool, args) -> Score:
    """Predict every example of the set and judge it with the official rules (wikisql.evaluate.judge)."""
    started = time.perf_counter()
    tables = {table_id: eval_set.tables[table_id] for table_id in {example.table_id for example in eval_set.examples}}
    database = Database.from_tables(tables)
    try:
        queries = predictor.predict_examples(eval_set.examples, tables, database, eg=eg,
                                             beam_size=args.beam_size, batch_size=args.batch_size,
                                             progress=True)
        verdicts = [judge(gold, prediction_record(query, "example could not be encoded"), database)
                    for gold, query in zip(eval_set.examples, queries, strict=True)]
    finally:
        database.close()
    print(f"{eval_set.name}, {'EG' if eg else 'greedy'}: {len(verdicts)} examples in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return Score([v.lf for v in verdicts], [bool(v.ex) for v in verdicts], time.perf_counter() - started)


def percent(value) -> str:
    return f"{100 * value:.1f}"


def result_rows(sets, scores, decodings) -> list[dict]:
    """One row per set and decoding; a perturbed set's clean LF is the clean LF of its own examples."""
    rows = []
    for decoding in decodings:
        clean = scores[("clean", decoding)]
        for eval_set in sets:
            score = scores[(eval_set.name, decoding)]
            if eval_set.origin is not None:
                clean_lf = sum(clean.lf[i] for i in eval_set.origin) / max(len(eval_set.origin), 1)
                same = True
            else:
                clean_lf, same = clean.lf_accuracy, False
            rows.append({"set": eval_set.name, "decoding": decoding, "examples": len(eval_set.examples),
                         "dropped": sum((eval_set.dropped or {}).values()), "lf": score.lf_accuracy,
                         "ex": score.ex_accuracy, "clean_lf": clean_lf, "same_examples": same,
                         "delta": score.lf_accuracy - clean_lf, "seconds": score.seconds})
    return rows


def format_table(rows) -> list[str]:
    header = ["set", "decoding", "examples", "LF %", "EX %", "clean LF %, same examples", "ΔLF vs clean (points)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        clean = percent(row["clean_lf"]) + ("" if row["same_examples"] else " (all clean)")
        delta = "—" if row["set"] == "clean" else f"{100 * row['delta']:+.1f}"
        lines.append(f"| {row['set']} | {row['decoding']} | {row['examples']} | {percent(row['lf'])} | "
                     f"{percent(row['ex'])} | {clean} | {delta} |")
    return lines


# ----------------------------------------------------------------------------- report

def machine_lines(device) -> list[str]:
    cpu = cpu_name()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    lines = [f"machine: {cpu}, {cores} cores usable, torch threads {torch.get_num_threads()}, "
             f"torch {torch.__version__}, Python {platform.python_version()}"]
    if torch.device(device).type == "cuda":
        lines[0] += f", GPU {torch.cuda.get_device_name(device)}"
    return lines


def command_line(argv=None) -> str:
    argv = sys.argv[1:] if argv is None else list(argv)
    script = Path(__file__).resolve()
    try:
        script = script.relative_to(Path.cwd().resolve())
    except ValueError:
        pass
    return " ".join(shlex.quote(part) for part in ["python", str(script), *argv])


def section_lines(args, argv, device, predictor, sets, rows, clean_total) -> list[str]:
    config = predictor.config
    limit = f", the first {args.limit} only" if args.limit is not None else ""
    lines = [SECTION, ""]
    lines += [f"- {line}" for line in machine_lines(device)]
    lines += [f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
              f"- command: `{command_line(argv)}`",
              f"- checkpoint: `{args.checkpoint}` (backbone {config.get('backbone') or 'unknown'}, "
              f"trained on {config.get('data_dir') or 'unknown data'})",
              f"- data: official {args.split} of `{args.data_dir}` ({clean_total} examples{limit}); perturbed copies "
              f"by `scripts/perturb_wikisql.py` with seed {args.seed}",
              "- headers: " + ("as written" if args.no_abbreviation_reading
                               else "with the words the question spells out for their codes")]
    for eval_set in sets[1:]:
        dropped = ""
        if eval_set.dropped:
            dropped = " (dropped: " + "; ".join(f"{reason} {n}" for reason, n in eval_set.dropped.items()) + ")"
        lines.append(f"  - {eval_set.name}: {len(eval_set.examples)} examples, {eval_set.source}{dropped}")
    lines += ["", *format_table(rows), "",
              "LF: logical-form accuracy, EX: execution accuracy, official rules (`wikisql.evaluate.judge`). "
              "A perturbed set keeps the questions and changes the tables; its gold queries are re-indexed and "
              "give the same answer as on the original table. ΔLF compares it with the clean LF of the same "
              "examples; the wild set has its own questions and is compared with the whole clean set."]
    return lines


# ----------------------------------------------------------------------------- main

def main(argv=None):
    args = parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    started = time.perf_counter()
    examples, tables = load_split(Path(args.data_dir), args.split)
    clean_total = len(examples)
    if args.limit is not None:
        examples = examples[:args.limit]
    predictor = Predictor.load(args.checkpoint, device=device)
    predictor.encoder.read_abbreviations = not args.no_abbreviation_reading
    sets = build_sets(args, examples, tables)
    decodings = ["greedy"] + (["EG"] if args.eg else [])
    scores = {}
    for eval_set in tqdm(sets, desc="sets", unit="set"):
        for decoding in decodings:
            scores[(eval_set.name, decoding)] = score_set(predictor, eval_set, decoding == "EG", args)
    rows = result_rows(sets, scores, decodings)
    table = format_table(rows)
    print("\n".join(table))
    print(f"\n{time.perf_counter() - started:.0f} s in all", file=sys.stderr)
    if args.results:
        lines = section_lines(args, argv, device, predictor, sets, rows, clean_total)
        write_section(Path(args.results), SECTION, lines)
        print(f"wrote {SECTION!r} in {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
