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
    assert set(baseline["records"]) == set(R.PRECISIONS), "a record for each precision"
    from glue.run_classifier import parse_args
    for precision, record in baseline["records"].items():
        assert 0.0 < record["acc"] <= 1.0 and 0.0 < record["f1"] <= 1.0 and "machine" in record["recorded"]
        argv = R.classifier_argv(baseline, Path("data"), Path("out"), precision)
        assert argv[:3] == ["--task_name", "MRPC", "--do_train"]
        args = parse_args(argv)  # every recorded setting is a flag run_classifier knows
        assert args.max_seq_length == baseline["settings"]["max_seq_length"]
        assert args.bf16 == (precision == "bfloat16")


def test_verdict_tolerance_in_points():
    record = {"acc": 0.80}
    assert R.verdict(record, {"acc": 0.781}, 2.0)["passed"]  # 1.9 points down
    assert not R.verdict(record, {"acc": 0.779}, 2.0)["passed"]  # 2.1 points down
    assert R.verdict(record, {"acc": 0.95}, 2.0)["passed"]


def test_bad_baseline_named(tmp_path, capsys):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"settings": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="no 'records' recorded"):
        R.read_baseline(path)
    path.write_text(json.dumps({"settings": {}, "records": {"fp8": {"acc": 0.8}}}), encoding="utf-8")
    with pytest.raises(ValueError, match="record 'fp8' is not a precision"):
        R.read_baseline(path)
    path.write_text(json.dumps({"settings": {}, "records": {"float32": {"acc": 0.8}}}), encoding="utf-8")
    assert R.main(["--baseline", str(path), "--precision", "bfloat16"]) == 2
    assert "no bfloat16 record (it has float32); run with --precision float32" in capsys.readouterr().err


def run_check(tmp_path, bundled_model_dir, recorded_acc):
    checkpoint = write_tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    baseline = {"task": "MRPC", "records": {"float32": {"acc": recorded_acc, "f1": 0.5}},
                "settings": {"bert": str(checkpoint), "max_seq_length": 32, "train_batch_size": 8,
                             "learning_rate": 1e-3, "num_train_epochs": 1}}
    (tmp_path / "baseline.json").write_text(json.dumps(baseline), encoding="utf-8")
    return R.main(["--baseline", str(tmp_path / "baseline.json"), "--data_dir", str(FIXTURES / "MRPC"),
                   "--output_dir", str(tmp_path / "out"), "--precision", "float32"])


def test_check_passes_and_fails_against_the_record(tmp_path, bundled_model_dir):
    assert run_check(tmp_path, bundled_model_dir, recorded_acc=0.0) == 0
    measured = json.loads((tmp_path / "out" / "regression_result.json").read_text())
    assert measured["passed"] and 0.0 <= measured["measured_acc"] <= 100.0
    # A record far above what one epoch of a tiny random model reaches on 8 dev pairs must fail.
    assert run_check(tmp_path, bundled_model_dir, recorded_acc=1.0 + measured["measured_acc"] / 100) == 1


def test_script_reports_missing_data(tmp_path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"task": "MRPC", "settings": {"max_seq_length": 128},
                                    "records": {"float32": {"acc": 0.8}, "bfloat16": {"acc": 0.8}}}))
    result = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "regression.sh"), "--baseline", str(baseline)],
                            capture_output=True, text=True,
                            env={"MRPC_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "no MRPC train.tsv/dev.tsv" in result.stderr
