"""The MRPC regression check: baseline file, flags, verdict, and the script's exit status."""
import json
import subprocess
from pathlib import Path

import pytest
from support import write_tiny_checkpoint  # noqa: E402

from glue import regression as R

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "glue"
REPO_ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("one_thread")


def test_recorded_baseline_is_complete():
    baseline = R.read_baseline(R.DEFAULT_BASELINE)
    assert 0.0 < baseline["acc"] <= 1.0 and 0.0 < baseline["f1"] <= 1.0
    argv = R.classifier_argv(baseline, Path("data"), Path("out"))
    assert argv[:3] == ["--task_name", "MRPC", "--do_train"]
    from glue.run_classifier import parse_args
    args = parse_args(argv)  # every recorded setting is a flag run_classifier knows
    assert args.max_seq_length == baseline["settings"]["max_seq_length"]


def test_verdict_tolerance_in_points():
    baseline = {"acc": 0.80}
    assert R.verdict(baseline, {"acc": 0.781}, 2.0)["passed"]  # 1.9 points down
    assert not R.verdict(baseline, {"acc": 0.779}, 2.0)["passed"]  # 2.1 points down
    assert R.verdict(baseline, {"acc": 0.95}, 2.0)["passed"]


def test_bad_baseline_named(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"settings": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="no 'acc' recorded"):
        R.read_baseline(path)


def run_check(tmp_path, bundled_model_dir, recorded_acc):
    checkpoint = write_tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    baseline = {"task": "MRPC", "acc": recorded_acc, "f1": 0.5,
                "settings": {"bert": str(checkpoint), "max_seq_length": 32, "train_batch_size": 8,
                             "learning_rate": 1e-3, "num_train_epochs": 1, "bf16": False}}
    (tmp_path / "baseline.json").write_text(json.dumps(baseline), encoding="utf-8")
    return R.main(["--baseline", str(tmp_path / "baseline.json"), "--data_dir", str(FIXTURES / "MRPC"),
                   "--output_dir", str(tmp_path / "out")])


def test_check_passes_and_fails_against_the_record(tmp_path, bundled_model_dir):
    assert run_check(tmp_path, bundled_model_dir, recorded_acc=0.0) == 0
    measured = json.loads((tmp_path / "out" / "regression_result.json").read_text())
    assert measured["passed"] and 0.0 <= measured["measured_acc"] <= 100.0
    # A record far above what one epoch of a tiny random model reaches on 8 dev pairs must fail.
    assert run_check(tmp_path, bundled_model_dir, recorded_acc=1.0 + measured["measured_acc"] / 100) == 1


def test_script_reports_missing_data(tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"task": "MRPC", "acc": 0.8, "settings": {"max_seq_length": 128}}))
    result = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "regression.sh"), "--baseline", str(baseline)],
                            capture_output=True, text=True,
                            env={"MRPC_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "no MRPC train.tsv/dev.tsv" in result.stderr
