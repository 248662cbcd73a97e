"""The SQuAD regression checks: recorded recipes, the fixed subsets, the verdict, the documented GPU command."""
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from support import write_tiny_checkpoint  # noqa: E402

from squad import data as D
from squad import regression as R
from squad.run_squad import parse_args

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "squad"
REPO_ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.usefixtures("one_thread")


def questions(data):
    return [qa for article in data["data"] for p in article["paragraphs"] for qa in p["qas"]]


def toy_squad(paragraphs_per_article=(3, 2), questions_per_paragraph=2):
    """Articles whose paragraph k holds the word 'answerK' (and only that one)."""
    articles, k = [], 0
    for a, count in enumerate(paragraphs_per_article):
        paragraphs = []
        for _ in range(count):
            context = f"This paragraph mentions answer{k} once."
            qas = [{"id": f"q{k}-{i}", "question": f"Which word, {i}?",
                    "answers": [{"text": f"answer{k}", "answer_start": context.index(f"answer{k}")}]}
                   for i in range(questions_per_paragraph)]
            paragraphs.append({"context": context, "qas": qas})
            k += 1
        articles.append({"title": f"article{a}", "paragraphs": paragraphs})
    return {"version": "1.1", "data": articles}


@pytest.mark.parametrize("version", ["v1.1", "v2.0"])
def test_recorded_recipes_are_complete_and_parse(version):
    recipe = R.read_baseline(R.DEFAULT_BASELINE, version)
    assert set(recipe["records"]) == set(R.PRECISIONS), "a record for each precision"
    for precision, record in recipe["records"].items():
        assert all(record["figures"][name] > 1.0 for name in recipe["checked"]), "record the run's figures"
        assert "machine" in record["recorded"] and record["recorded"]["wall_seconds"] > 0
        argv = R.squad_argv(recipe, Path("train.json"), Path("dev.json"), Path("out"), precision=precision)
        args = parse_args(argv, version_2_with_negative=version == "v2.0")  # every recorded setting is a known flag
        assert args.do_train and args.do_predict and args.max_seq_length == recipe["settings"]["max_seq_length"]
        assert args.bf16 == (precision == "bfloat16")
    # Scoring a trained model only: no training flags.
    argv = R.squad_argv(recipe, Path("train.json"), Path("dev.json"), Path("out"), model_dir=Path("trained"))
    args = parse_args(argv)
    assert not args.do_train and args.bert == "trained"


def test_paragraph_subset_takes_whole_paragraphs_by_rule():
    data = toy_squad((3, 2))  # paragraphs 0..4, two questions each
    subset = R.paragraph_subset(data, paragraph_every=2, questions=100)
    assert [p["context"] for a in subset["data"] for p in a["paragraphs"]] == [
        data["data"][0]["paragraphs"][0]["context"], data["data"][0]["paragraphs"][2]["context"],
        data["data"][1]["paragraphs"][1]["context"]]
    assert [a["title"] for a in subset["data"]] == ["article0", "article1"]
    # The cap stops after the paragraph that reaches it (whole paragraphs): 3 questions -> 2 paragraphs.
    assert R.count_questions(R.paragraph_subset(data, 1, 3)) == 4
    assert R.paragraph_subset(data, 2, 100) == subset  # deterministic
    with pytest.raises(ValueError, match="paragraph_every"):
        R.paragraph_subset(data, 0, 10)


def test_unanswerable_questions_are_asked_of_a_paragraph_without_their_answer(tokenizer, tmp_path):
    source = toy_squad((3, 2), questions_per_paragraph=3)
    before = json.dumps(source)
    mixed = R.with_unanswerable(source, source, no_answer_every=3)
    assert json.dumps(source) == before  # the input is not changed
    assert len(questions(mixed)) == len(questions(source))
    impossible = [qa for qa in questions(mixed) if qa["is_impossible"]]
    assert len(impossible) == 5 and all(qa["answers"] == [] for qa in impossible)
    original = {qa["id"]: qa for qa in questions(source)}
    titles = {p["context"]: a["title"] for a in source["data"] for p in a["paragraphs"]}
    for article in mixed["data"]:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                if qa["is_impossible"]:
                    asked = original[qa["id"].removesuffix("-unanswerable")]
                    assert asked["answers"][0]["text"] not in paragraph["context"]
                    assert titles[paragraph["context"]] == article["title"]  # same article
    # The training reader sees them as v2.0 questions with no answer.
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(mixed), encoding="utf-8")
    examples = D.read_squad_examples(path, tokenizer, is_training=True, version_2_with_negative=True)
    assert sum(e.is_impossible for e in examples) == 5
    # An article of one paragraph has no other paragraph: its questions stay answerable.
    alone = R.with_unanswerable(toy_squad((1,), 4), toy_squad((1,), 4), 2)
    assert not any(qa["is_impossible"] for qa in questions(alone))


def test_verdict_per_figure_in_points_against_the_precisions_record():
    recipe = {"checked": ["exact_match", "f1"],
              "records": {"float32": {"figures": {"exact_match": 40.0, "f1": 50.0}},
                          "bfloat16": {"figures": {"exact_match": 30.0, "f1": 45.0}}}}
    assert R.verdict(recipe, "float32", {"exact_match": 38.1, "f1": 49.0}, 2.0)["passed"]
    outcome = R.verdict(recipe, "float32", {"exact_match": 41.0, "f1": 47.9}, 2.0)
    assert not outcome["passed"] and outcome["figures"]["f1"]["drop_points"] == pytest.approx(2.1)
    assert outcome["figures"]["exact_match"]["passed"]
    outcome = R.verdict(recipe, "bfloat16", {"exact_match": 41.0, "f1": 47.9}, 2.0)
    assert outcome["passed"] and outcome["precision"] == "bfloat16"
    assert outcome["figures"]["f1"]["recorded"] == 45.0


def test_auto_precision_follows_the_bf16_probe(monkeypatch):
    from bert import regression
    monkeypatch.setattr(regression, "fast_bfloat16", lambda device: True)
    assert regression.auto_precision(regression.torch.device("cpu")) == "bfloat16"
    monkeypatch.setattr(regression, "fast_bfloat16", lambda device: False)
    assert regression.auto_precision() == "float32"


def test_bad_baseline_is_named(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"v1.1": {"data": {}, "settings": {"bert": "x"}}}), encoding="utf-8")
    with pytest.raises(ValueError, match="no 'data'"):
        R.read_baseline(path, "v1.1")
    with pytest.raises(ValueError, match="no recipe 'v2.0'"):
        R.read_baseline(path, "v2.0")
    assert R.main(["v1.1", "--baseline", str(path), "--output_dir", str(tmp_path / "out")]) == 2
    recipe = json.loads(R.DEFAULT_BASELINE.read_text(encoding="utf-8"))["v1.1"]
    recipe["records"]["fp8"] = recipe["records"]["float32"]
    path.write_text(json.dumps({"v1.1": recipe}), encoding="utf-8")
    with pytest.raises(ValueError, match="record 'fp8': not a precision"):
        R.read_baseline(path, "v1.1")
    del recipe["records"]["fp8"], recipe["records"]["bfloat16"]["figures"]["f1"]
    path.write_text(json.dumps({"v1.1": recipe}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"record 'bfloat16': checked figures \['f1'\]"):
        R.read_baseline(path, "v1.1")


def test_a_precision_without_a_record_is_named(tmp_path, capsys):
    recipe = json.loads(R.DEFAULT_BASELINE.read_text(encoding="utf-8"))["v1.1"]
    del recipe["records"]["bfloat16"]
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"v1.1": recipe}), encoding="utf-8")
    assert R.main(["v1.1", "--baseline", str(path), "--precision", "bfloat16",
                   "--output_dir", str(tmp_path / "out")]) == 2
    assert "has no bfloat16 record (it has float32); run with --precision float32" in capsys.readouterr().err


def run_check(tmp_path, bundled_model_dir, version, figures, extra=()):
    checkpoint = write_tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    squad_dir = tmp_path / "squad"
    (squad_dir / "v1.1").mkdir(parents=True, exist_ok=True)
    train = json.loads((FIXTURES / "train-v1.1.json").read_text(encoding="utf-8"))
    (squad_dir / "v1.1" / "train.json").write_text(json.dumps(train), encoding="utf-8")
    dev = "train-v2.0.json" if version == "v2.0" else "train-v1.1.json"
    (squad_dir / "dev.json").write_text((FIXTURES / dev).read_text(encoding="utf-8"), encoding="utf-8")
    recipe = {"data": {"train_file": "v1.1/train.json", "predict_file": "dev.json",
                       "train": {"paragraph_every": 1, "questions": 100},
                       "predict": {"paragraph_every": 1, "questions": 100}},
              "settings": {"bert": str(checkpoint), "max_seq_length": 64, "doc_stride": 24, "max_query_length": 16,
                           "train_batch_size": 4, "learning_rate": 3e-3, "num_train_epochs": 2},
              "checked": list(figures), "records": {"float32": {"figures": figures}}}
    if version == "v2.0":
        recipe["data"]["no_answer_every"] = 3
    (tmp_path / "baseline.json").write_text(json.dumps({version: recipe}), encoding="utf-8")
    status = R.main([version, "--baseline", str(tmp_path / "baseline.json"), "--squad_dir", str(squad_dir),
                     "--output_dir", str(tmp_path / "out"), "--precision", "float32", *extra])
    return status, json.loads((tmp_path / "out" / R.RESULT_NAME).read_text(encoding="utf-8"))


def test_v11_check_passes_and_fails_against_the_record(tmp_path, bundled_model_dir):
    status, result = run_check(tmp_path, bundled_model_dir, "v1.1", {"exact_match": 0.0, "f1": 0.0})
    assert status == 0 and result["passed"] and result["train_questions"] == 11
    measured = result["figures"]["f1"]["measured"]
    # A record above what a tiny model reaches must fail; scoring the trained model again gives the same F1.
    status, result = run_check(tmp_path, bundled_model_dir, "v1.1", {"exact_match": 0.0, "f1": measured + 2.5},
                               extra=["--model", str(tmp_path / "out")])
    assert status == 1 and not result["passed"] and result["figures"]["f1"]["measured"] == pytest.approx(measured)
    assert result["train_seconds"] is None  # nothing was trained


def test_v20_check_trains_with_unanswerable_questions(tmp_path, bundled_model_dir):
    status, result = run_check(tmp_path, bundled_model_dir, "v2.0", {"best_f1": 0.0, "HasAns_f1": 0.0})
    assert status == 0 and result["train_questions"] == 11 and 1 <= result["train_unanswerable"] <= 3
    assert result["dev_questions"] == 6
    assert {"best_f1_thresh", "NoAns_total", "HasAns_f1_spans"} <= set(result["all_figures"])
    assert (REPO_ROOT / "squad" / "regression_baseline.json").is_file()


def test_script_names_the_check(tmp_path):
    completed = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "regression.sh"), "squad-v3"],
                               capture_output=True, text=True)
    assert completed.returncode == 2 and "unknown check 'squad-v3'" in completed.stderr
    completed = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "regression.sh"), "squad-v1.1"],
                               capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "SQUAD_DIR": str(tmp_path),
                                                                    "PYTHON": sys.executable},
                               cwd=tmp_path)
    assert completed.returncode == 2 and "no such file" in completed.stderr


def test_documented_gpu_command_parses():
    """The full-size SQuAD command of scripts/nsml/README.md (the original flags, 4 GPUs on NSML)."""
    text = (REPO_ROOT / "scripts" / "nsml" / "README.md").read_text(encoding="utf-8")
    match = re.search(r"nsml run -d squad -g 4 -e scripts/nsml/run_squad\.py\s*\\?\s*-a \"([^\"]+)\"", text)
    assert match, "the SQuAD command is documented"
    args = parse_args(shlex.split(match.group(1).replace("\\\n", " ")))
    assert (args.train_batch_size, args.gradient_accumulation_steps, args.optimize_on_cpu) == (24, 2, True)
    assert (args.max_seq_length, args.doc_stride, args.learning_rate, args.num_train_epochs) == (384, 128, 3e-5, 2.0)
    assert args.do_train and args.do_predict and args.do_lower_case
    assert args.bert_config_file and args.init_checkpoint and args.vocab_file


def test_broken_run_faults_change_what_they_claim(tokenizer):
    """benchmarks/squad_broken_run.py: its wrong-layer fault changes nothing when pointed at the last
    layer, and changes the logits otherwise; its window fault keeps only the first window."""
    import importlib.util

    import torch

    from bert.config import BertConfig
    from bert.modeling import BertForQuestionAnswering
    spec = importlib.util.spec_from_file_location("squad_broken_run", REPO_ROOT / "benchmarks" / "squad_broken_run.py")
    broken = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(broken)
    config = BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=4, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=32)
    torch.manual_seed(0)
    model = BertForQuestionAnswering(config).eval()
    ids = torch.randint(1, 50, (2, 12))
    positions = torch.tensor([3, 5])
    right = model(ids, None, None, positions, positions)
    broken.WRONG_LAYER = 4
    with broken.FAULTS["wrong-layer"]():
        same = model(ids, None, None, positions, positions)
    assert torch.equal(same.start_logits, right.start_logits) and torch.equal(same.loss, right.loss)
    broken.WRONG_LAYER = 3
    with broken.FAULTS["wrong-layer"]():
        assert not torch.allclose(model(ids).start_logits, right.start_logits)
    assert torch.equal(model(ids).start_logits, right.start_logits)   # the fault is gone outside the block
    assert broken.first_window_only(300, 100, 50) == [(0, 100)] and D.doc_windows(300, 100, 50)[1] == (50, 100)


def test_hugging_face_model_flag_is_accepted():
    args = parse_args(["--bert_model", "bert-base-uncased", "--do_predict", "--predict_file", "dev.json",
                       "--output_dir", "out", "--train_batch_size", "12"])
    assert args.bert == "bert-base-uncased"
