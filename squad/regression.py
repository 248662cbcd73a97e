"""SQuAD regression checks of the BERT core: fine-tune on a fixed subset, score a fixed dev subset.

    python -m squad.regression v1.1 [--baseline squad/regression_baseline.json] [--squad_dir DIR]
    python -m squad.regression v2.0 [--output_dir DIR] [--tolerance 2] [--model DIR]
                                    [--precision auto|float32|bfloat16]

Each recipe in the baseline file names its data (`data`: the shared files and how the subsets are
drawn), its `squad.run_squad` flags (`settings`), the figures it checks (`checked`) and one record
per precision (`records`: `float32`, `bfloat16`, each with the run's `figures`, in points, and where
it was `recorded`). `--precision auto` (the default) trains and predicts under bfloat16 autocast where
bf16 is native and fast (`bert/regression.py`: a GPU with bf16, a CPU whose timed bf16 matmul runs
clearly faster, such as AMX or Zen 4), float32 elsewhere, and compares with the record of that
precision: the two train the same recipe to different figures, so one record cannot serve both. The
check fails (exit status 1) when a checked figure falls more than `--tolerance` points below its
record; missing data, a bad baseline or no record for the precision is exit status 2. The measured
figures and the verdict go to OUTPUT_DIR/regression_result.json.

The subsets are drawn by rule, not by chance: every `paragraph_every`-th paragraph of the file in
order, whole paragraphs, until `questions` questions. SQuAD v2.0 has no training file here (see
../shared/data/squad/SOURCE.md), so the v2.0 recipe trains on the v1.1 subset in which every
`no_answer_every`-th question is asked of another paragraph of its article that does not contain
its answer, and marked impossible (`with_unanswerable`); it is scored on the real v2.0 dev set.
Its predictions are written with a large --null_score_diff_threshold, so that they hold the best
span: the official figures with the null odds (`best_f1` and its threshold) and the spans scored
alone (`HasAns_f1_spans`) both come from one run.
`--model DIR` scores an already fine-tuned model (an earlier check's output directory) without
training again.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bert.regression import PRECISIONS, add_precision_argument, recorded_precision, settings_flags
from squad import evaluate as squad_evaluate
from squad.data import load_json
from squad.run_squad import main as run_squad

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASELINE = REPO_ROOT / "squad" / "regression_baseline.json"
DEFAULT_SQUAD_DIR = REPO_ROOT.parent / "shared" / "data" / "squad"
RESULT_NAME = "regression_result.json"


def read_baseline(path: Path, version: str) -> dict:
    """The recipe of `version` ("v1.1" or "v2.0") from the baseline file; ValueError naming what is missing."""
    try:
        baseline = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"cannot read the baseline {path}: {error}") from error
    if version not in baseline:
        raise ValueError(f"{path}: no recipe {version!r} (it has {', '.join(sorted(baseline)) or 'none'})")
    recipe = baseline[version]
    for key in ("data", "settings", "checked", "records"):
        if not recipe.get(key):
            raise ValueError(f"{path}: recipe {version!r} has no {key!r}")
    for key in ("train_file", "predict_file", "train", "predict"):
        if key not in recipe["data"]:
            raise ValueError(f"{path}: recipe {version!r}: 'data' has no {key!r}")
    for precision, record in recipe["records"].items():
        where = f"{path}: recipe {version!r}, record {precision!r}"
        if precision not in PRECISIONS:
            raise ValueError(f"{where}: not a precision ({', '.join(PRECISIONS)})")
        if not isinstance(record, dict) or not isinstance(record.get("figures"), dict):
            raise ValueError(f"{where} has no 'figures'")
        missing = [name for name in recipe["checked"] if name not in record["figures"]]
        if missing:
            raise ValueError(f"{where}: checked figures {missing} are not in 'figures'")
    return recipe


# ----------------------------------------------------------------------------
# the fixed subsets


def paragraph_subset(data: dict, paragraph_every: int, questions: int) -> dict:
    """Every `paragraph_every`-th paragraph in file order (whole paragraphs) until `questions` questions.

    Articles keep their titles; articles with no paragraph drawn are left out.
    """
    if paragraph_every < 1 or questions < 1:
        raise ValueError(f"paragraph_every and questions must be >= 1, got {paragraph_every} and {questions}")
    articles, taken, index = [], 0, 0
    for article in data["data"]:
        paragraphs = []
        for paragraph in article["paragraphs"]:
            if index % paragraph_every == 0 and taken < questions:
                paragraphs.append(paragraph)
                taken += len(paragraph["qas"])
            index += 1
        if paragraphs:
            articles.append({"title": article.get("title", ""), "paragraphs": paragraphs})
    return {"version": data.get("version", ""), "data": articles}


def with_unanswerable(subset: dict, source: dict, no_answer_every: int) -> dict:
    """SQuAD v2.0-style training data from answerable questions (a copy; `subset` is not changed).

    Every `no_answer_every`-th question (counted over the whole subset) moves to the next paragraph
    of its article in `source` (the full file, wrapping around) whose text does not contain its
    answer, with `is_impossible: true` and no answers; a question with no such paragraph stays.
    """
    if no_answer_every < 2:
        raise ValueError(f"no_answer_every must be >= 2, got {no_answer_every}")
    contexts_by_title = {article.get("title", ""): [p["context"] for p in article["paragraphs"]]
                         for article in source["data"]}
    articles, count = [], 0
    for article in subset["data"]:
        contexts = contexts_by_title.get(article.get("title", ""), [])
        paragraphs = [{"context": p["context"], "qas": []} for p in article["paragraphs"]]
        moved: dict[str, list] = {}  # context -> unanswerable questions asked of it
        for paragraph, kept in zip(article["paragraphs"], paragraphs):
            for qa in paragraph["qas"]:
                count += 1
                other = None
                if count % no_answer_every == 0 and paragraph["context"] in contexts:
                    other = next_context_without(contexts, contexts.index(paragraph["context"]),
                                                 qa["answers"][0]["text"])
                if other is None:
                    kept["qas"].append(dict(qa, is_impossible=False))
                else:
                    moved.setdefault(other, []).append({"id": qa["id"] + "-unanswerable", "question": qa["question"],
                                                        "answers": [], "is_impossible": True})
        for context, qas in moved.items():
            paragraphs.append({"context": context, "qas": qas})
        articles.append({"title": article.get("title", ""), "paragraphs": [p for p in paragraphs if p["qas"]]})
    return {"version": "v2.0", "data": articles}


def next_context_without(contexts: list[str], start: int, answer: str):
    """The first of contexts[start + 1:], wrapping around, whose text lacks `answer` (any case), or None."""
    for step in range(1, len(contexts)):
        context = contexts[(start + step) % len(contexts)]
        if answer.lower() not in context.lower():
            return context
    return None


def count_questions(data: dict) -> int:
    return sum(len(p["qas"]) for article in data["data"] for p in article["paragraphs"])


def write_subsets(recipe: dict, squad_dir: Path, output_dir: Path) -> tuple[Path, Path, dict]:
    """The recipe's training and dev subsets as JSON files in output_dir: (train path, dev path, counts)."""
    spec = recipe["data"]
    train_source = load_json(squad_dir / spec["train_file"])
    train = paragraph_subset(train_source, **spec["train"])
    if spec.get("no_answer_every"):
        train = with_unanswerable(train, train_source, spec["no_answer_every"])
    dev = paragraph_subset(load_json(squad_dir / spec["predict_file"]), **spec["predict"])
    output_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = output_dir / "train-subset.json", output_dir / "dev-subset.json"
    train_path.write_text(json.dumps(train), encoding="utf-8")
    dev_path.write_text(json.dumps(dev), encoding="utf-8")
    impossible = sum(bool(qa.get("is_impossible")) for a in train["data"] for p in a["paragraphs"] for qa in p["qas"])
    return train_path, dev_path, {"train_questions": count_questions(train), "train_unanswerable": impossible,
                                  "dev_questions": count_questions(dev)}


# ----------------------------------------------------------------------------
# the check


def squad_argv(recipe: dict, train_path: Path, dev_path: Path, output_dir: Path, model_dir=None,
               precision: str = "float32") -> list[str]:
    """run_squad flags from the recipe's settings (true booleans become bare flags) and the precision."""
    settings = dict(recipe["settings"])
    if model_dir is not None:
        settings["bert"] = str(model_dir)
    argv = ["--do_predict", "--predict_file", str(dev_path), "--output_dir", str(output_dir)]
    if model_dir is None:
        argv += ["--do_train", "--train_file", str(train_path)]
    return argv + settings_flags(settings, precision)


def span_figures(dev_path: Path, output_dir: Path) -> dict:
    """v2.0: the written predictions scored as they are, without the null odds (the official script
    without --na-prob-file), as `*_spans`. With a large --null_score_diff_threshold every prediction
    is the best span, so HasAns_f1_spans measures the spans whatever the no-answer scores do."""
    answers = json.loads((output_dir / "predictions.json").read_text(encoding="utf-8"))
    figures = squad_evaluate.evaluate_v2(load_json(dev_path)["data"], answers)
    return {f"{name}_spans": figures[name] for name in ("exact", "f1", "HasAns_exact", "HasAns_f1")}


def verdict(recipe: dict, precision: str, measured: dict, tolerance: float) -> dict:
    """Each checked figure (points) against the record of `precision`; passed unless one drops more than `tolerance`."""
    rows, figures = {}, recipe["records"][precision]["figures"]
    for name in recipe["checked"]:
        recorded, value = float(figures[name]), float(measured[name])
        rows[name] = {"recorded": recorded, "measured": round(value, 3), "drop_points": round(recorded - value, 3),
                      "passed": recorded - value <= tolerance}
    return {"precision": precision, "figures": rows, "tolerance_points": tolerance,
            "passed": all(row["passed"] for row in rows.values())}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("version", choices=["v1.1", "v2.0"], help="which recorded recipe to run")
    parser.add_argument("--baseline", default=str(DEFAULT_BASELINE))
    parser.add_argument("--squad_dir", default=str(DEFAULT_SQUAD_DIR), help="holds v1.1/ and v2.0/")
    parser.add_argument("--output_dir", default=None, help="default runs/regression-squad-VERSION")
    parser.add_argument("--tolerance", default=2.0, type=float, help="allowed drop of a checked figure, in points")
    parser.add_argument("--model", default=None, help="score this fine-tuned model instead of fine-tuning")
    add_precision_argument(parser)
    args = parser.parse_args(argv)
    output_dir = Path(args.output_dir or REPO_ROOT / "runs" / f"regression-squad-{args.version}")
    try:
        recipe = read_baseline(Path(args.baseline), args.version)
        precision = recorded_precision(args.precision, recipe["records"],
                                       f"{args.baseline}: recipe {args.version!r}")
        train_path, dev_path, counts = write_subsets(recipe, Path(args.squad_dir), output_dir)
    except (ValueError, FileNotFoundError, TypeError) as error:
        print(f"regression: {error}", file=sys.stderr)
        return 2
    start = time.time()
    measured = run_squad(squad_argv(recipe, train_path, dev_path, output_dir, args.model, precision),
                         version_2_with_negative=args.version == "v2.0")
    if args.version == "v2.0":
        measured |= span_figures(dev_path, output_dir)
    outcome = verdict(recipe, precision, measured, args.tolerance) | counts | {
        "wall_seconds": round(time.time() - start, 1), "train_seconds": measured.get("train_seconds"),
        "all_figures": {k: v for k, v in measured.items() if isinstance(v, (int, float))}}
    (output_dir / RESULT_NAME).write_text(json.dumps(outcome, indent=2) + "\n", encoding="utf-8")
    status = "PASS" if outcome["passed"] else "FAIL"
    shown = ", ".join(f"{name} {row['measured']:.2f} (recorded {row['recorded']:.2f})"
                      for name, row in outcome["figures"].items())
    print(f"regression {status}: SQuAD {args.version} ({precision}) {shown}; allowed drop {args.tolerance:.1f} points; "
          f"{outcome['wall_seconds']:.0f} s")
    return 0 if outcome["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
