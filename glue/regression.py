"""MRPC regression check: fine-tune with the recorded settings, compare dev accuracy with the record.

    python -m glue.regression [--baseline glue/regression_baseline.json] [--data_dir DIR] [--output_dir DIR]
                              [--precision auto|float32|bfloat16] [--tolerance 2]

The baseline file holds the settings of the recorded runs (`settings`: run_classifier flags) and one
record per precision (`records`: `float32`, `bfloat16`, each with its `acc`, `f1` and where it was
`recorded`). `--precision auto` (the default) fine-tunes under bfloat16 autocast where bf16 is native
and fast (bert/regression.py), float32 elsewhere, and compares with that precision's record.
The check fails (exit status 1) when the new dev accuracy is more than `--tolerance` points below the
recorded accuracy; a missing data directory, a bad baseline or no record for the precision is exit
status 2. The new figures and the verdict are written to OUTPUT_DIR/regression_result.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bert.regression import PRECISIONS, add_precision_argument, recorded_precision, settings_flags
from glue.run_classifier import main as run_classifier

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASELINE = REPO_ROOT / "glue" / "regression_baseline.json"
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data" / "mrpc"


def read_baseline(path: Path) -> dict:
    try:
        baseline = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"cannot read the baseline {path}: {error}") from error
    for key in ("settings", "records"):
        if not isinstance(baseline.get(key), dict):
            raise ValueError(f"{path}: no {key!r} recorded")
    for precision, record in baseline["records"].items():
        if precision not in PRECISIONS:
            raise ValueError(f"{path}: record {precision!r} is not a precision ({', '.join(PRECISIONS)})")
        if not isinstance(record, dict) or not isinstance(record.get("acc"), (float, int)):
            raise ValueError(f"{path}: record {precision!r} has no 'acc'")
    return baseline


def classifier_argv(baseline: dict, data_dir: Path, output_dir: Path, precision: str = "float32") -> list[str]:
    """run_classifier flags from the baseline's settings (true booleans become bare flags) and the precision."""
    return ["--task_name", baseline.get("task", "MRPC"), "--do_train", "--do_eval", "--data_dir", str(data_dir),
            "--output_dir", str(output_dir), *settings_flags(baseline["settings"], precision)]


def verdict(record: dict, results: dict, tolerance: float) -> dict:
    """Accuracies in points (percent) against one precision's record; passed unless the drop exceeds the tolerance."""
    recorded, measured = 100.0 * record["acc"], 100.0 * results["acc"]
    return {"recorded_acc": recorded, "measured_acc": measured, "measured_f1": 100.0 * results.get("f1", 0.0),
            "drop_points": recorded - measured, "tolerance_points": tolerance,
            "passed": recorded - measured <= tolerance}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default=str(DEFAULT_BASELINE))
    parser.add_argument("--data_dir", default=str(DEFAULT_DATA_DIR))
    parser.add_argument("--output_dir", default=str(REPO_ROOT / "runs" / "regression-mrpc"))
    parser.add_argument("--tolerance", default=2.0, type=float, help="allowed drop in accuracy points")
    add_precision_argument(parser)
    args = parser.parse_args(argv)
    try:
        baseline = read_baseline(Path(args.baseline))
        precision = recorded_precision(args.precision, baseline["records"], args.baseline)
    except ValueError as error:
        print(f"regression: {error}", file=sys.stderr)
        return 2
    data_dir = Path(args.data_dir)
    if not (data_dir / "train.tsv").is_file() or not (data_dir / "dev.tsv").is_file():
        print(f"regression: no MRPC train.tsv/dev.tsv in {data_dir}", file=sys.stderr)
        return 2
    output_dir = Path(args.output_dir)
    start = time.time()
    results = run_classifier(classifier_argv(baseline, data_dir, output_dir, precision))
    outcome = {"precision": precision} | verdict(baseline["records"][precision], results, args.tolerance) | {
        "wall_seconds": round(time.time() - start, 1)}
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / "regression_result.json").write_text(json.dumps(outcome, indent=2) + "\n", encoding="utf-8")
    status = "PASS" if outcome["passed"] else "FAIL"
    print(f"regression {status}: MRPC ({precision}) dev accuracy {outcome['measured_acc']:.2f} "
          f"(recorded {outcome['recorded_acc']:.2f}, allowed drop {args.tolerance:.1f} points), "
          f"F1 {outcome['measured_f1']:.2f}")
    return 0 if outcome["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
