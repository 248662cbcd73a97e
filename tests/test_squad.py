"""SQuAD: windows and answer recovery, post-processing of logits, and the scripts end to end."""
import json
import math
from pathlib import Path

import pytest
import torch

from bert.config import BertConfig
from bert.modeling import BertForQuestionAnswering
from squad import data as D

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "squad"
SHARED_SQUAD = Path(__file__).resolve().parents[2] / "shared" / "data" / "squad"


pytestmark = pytest.mark.usefixtures("one_thread")


def fixture_answers(name):
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return {qa["id"]: qa for article in data["data"] for p in article["paragraphs"] for qa in p["qas"]}


# ---------------------------------------------------------------------------- windows


def test_doc_windows_cover_everything_with_stride():
    assert D.doc_windows(10, 4, 3) == [(0, 4), (3, 4), (6, 4)]
    assert D.doc_windows(3, 4, 2) == [(0, 3)]
    assert D.doc_windows(8, 4, 4) == [(0, 4), (4, 4)]


def test_max_context_prefers_the_centre():
    windows = [(0, 4), (3, 4), (6, 4)]
    # token 3: window 0 has (3 left, 0 right) -> 0; window 1 has (0, 3) -> 0; tie, then window length equal -> first
    assert D.is_max_context(windows, 0, 3) and not D.is_max_context(windows, 1, 3)
    assert D.is_max_context(windows, 1, 4) and not D.is_max_context(windows, 0, 4)  # (1, 2) beats (3, 0)
    assert D.is_max_context(windows, 2, 9)


@pytest.mark.parametrize("max_seq_length, doc_stride", [(384, 128), (40, 8), (32, 5)])
def test_every_gold_answer_recovered_exactly_from_its_windows(tokenizer, max_seq_length, doc_stride):
    examples = D.read_squad_examples(FIXTURES / "train-v1.1.json", tokenizer, is_training=True)
    gold = fixture_answers("train-v1.1.json")
    assert len(examples) == len(gold) == 11
    features = D.convert_examples_to_features(examples, tokenizer, max_seq_length, doc_stride, 16, is_training=True)
    for example_index, example in enumerate(examples):
        windows = [f for f in features if f.example_index == example_index]
        containing = [f for f in windows if f.start_position > 0]
        assert containing, f"{example.qas_id}: no window holds the answer"
        for feature in windows:
            assert len(feature.input_ids) == max_seq_length and len(feature.tokens) <= max_seq_length
            assert feature.tokens[0] == "[CLS]" and feature.tokens[-1] == "[SEP]"
        for feature in containing:
            first = feature.token_to_doc_index[feature.start_position]
            last = feature.token_to_doc_index[feature.end_position]
            assert D.answer_text(example, first, last) == gold[example.qas_id]["answers"][0]["text"]
            # The label positions hold the answer's wordpieces, in the context segment.
            assert feature.segment_ids[feature.start_position] == 1 and feature.segment_ids[feature.end_position] == 1
        if max_seq_length < 384:
            # Every context token is the max-context token of exactly one window.
            for doc_index in range(len(example.doc_tokens)):
                owners = [f.doc_span_index for f in windows
                          for position, index in f.token_to_doc_index.items()
                          if index == doc_index and f.token_is_max_context[position]]
                assert len(owners) == 1
    assert max(f.doc_span_index for f in features) > 0 or max_seq_length == 384


def test_answer_mismatch_is_skipped_with_warning(tokenizer, tmp_path, caplog):
    data = json.loads((FIXTURES / "dev-v1.1.json").read_text(encoding="utf-8"))
    qas = data["data"][0]["paragraphs"][0]["qas"]
    for qa in qas:
        qa["answers"] = qa["answers"][:1]
    qas[0]["answers"][0]["answer_start"] += 1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    examples = D.read_squad_examples(path, tokenizer, is_training=True)
    assert [e.qas_id for e in examples] == ["d2", "d3"]
    assert "not at character" in caplog.text
    with pytest.raises(ValueError, match=r"bad2\.json:1"):
        (tmp_path / "bad2.json").write_text("{oops", encoding="utf-8")
        D.load_json(tmp_path / "bad2.json")


def test_impossible_questions_point_at_cls(tokenizer):
    examples = D.read_squad_examples(FIXTURES / "train-v2.0.json", tokenizer, is_training=True,
                                     version_2_with_negative=True)
    features = D.convert_examples_to_features(examples, tokenizer, 64, 16, 16, is_training=True)
    impossible = {e.qas_id for e in examples if e.is_impossible}
    assert impossible == {"n3", "n4", "n6"}
    for feature in features:
        if examples[feature.example_index].qas_id in impossible:
            assert (feature.start_position, feature.end_position) == (0, 0) and feature.is_impossible


# ---------------------------------------------------------------------------- predictions from logits


def logits_for(features, example, first_doc, last_doc, peak=10.0, null=None):
    """Logits peaking at the window positions of doc tokens first_doc..last_doc."""
    results = []
    for feature in features:
        start = [0.0] * len(feature.tokens)
        end = [0.0] * len(feature.tokens)
        for position, doc_index in feature.token_to_doc_index.items():
            if doc_index == first_doc:
                start[position] = peak
            if doc_index == last_doc:
                end[position] = peak
        if null is not None:
            start[0] = end[0] = null
        results.append(D.RawResult(feature.unique_id, start, end))
    return results


def test_predictions_map_back_to_original_text(tokenizer):
    examples = D.read_squad_examples(FIXTURES / "train-v1.1.json", tokenizer, is_training=False)
    example = examples[1]  # answer "café-owned   station in Zürich": accents and a run of spaces
    context = example.context_text
    span = D.answer_token_span(example.doc_tokens, context.index("café"), context.index("Zürich") + len("Zürich"))
    features = D.convert_examples_to_features([example], tokenizer, 32, 8, 16, is_training=False)
    assert len(features) > 2
    predictions = D.compute_predictions([example], features, logits_for(features, example, *span),
                                        n_best_size=5, max_answer_length=30, version_2_with_negative=False)
    assert predictions.answers[example.qas_id] == "café-owned   station in Zürich"
    nbest = predictions.nbest[example.qas_id]
    assert nbest[0]["text"] == "café-owned   station in Zürich"
    assert sum(entry["probability"] for entry in nbest) == pytest.approx(1.0)
    assert len({entry["text"] for entry in nbest}) == len(nbest) <= 5

    # Longer than max_answer_length: that span is not allowed.
    short = D.compute_predictions([example], features, logits_for(features, example, *span),
                                  n_best_size=5, max_answer_length=3, version_2_with_negative=False)
    assert short.answers[example.qas_id] != "café-owned   station in Zürich"


def test_v2_null_score_and_threshold(tokenizer):
    examples = D.read_squad_examples(FIXTURES / "train-v2.0.json", tokenizer, is_training=False,
                                     version_2_with_negative=True)
    example = examples[0]  # "Ada Lovelace"
    features = D.convert_examples_to_features([example], tokenizer, 384, 128, 64, is_training=False)
    span = D.answer_token_span(example.doc_tokens, 0, len("Ada Lovelace"))
    # Span score 10 + 10 = 20; null score 12 + 12 = 24: no answer, odds +4.
    results = logits_for(features, example, *span, peak=10.0, null=12.0)
    predictions = D.compute_predictions([example], features, results, 20, 30, True, 0.0)
    assert predictions.answers["n1"] == ""
    assert predictions.null_odds["n1"] == pytest.approx(4.0)
    assert "" in [entry["text"] for entry in predictions.nbest["n1"]]
    # A threshold above the odds gives the span back.
    predictions = D.compute_predictions([example], features, results, 20, 30, True, 5.0)
    assert predictions.answers["n1"] == "Ada Lovelace"


# ---------------------------------------------------------------------------- end to end


def tiny_checkpoint(directory: Path, bundled_model_dir: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    config = BertConfig(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
                        max_position_embeddings=128)
    torch.save(BertForQuestionAnswering(config).state_dict(), directory / "pytorch_model.bin")
    config.to_json_file(directory / "bert_config.json")
    (directory / "vocab.txt").write_text((bundled_model_dir / "vocab.txt").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    return directory


def test_run_squad_learns_fixture_and_evaluates(tmp_path, bundled_model_dir, capsys):
    from squad.evaluate import main as evaluate_main
    from squad.run_squad import main
    checkpoint = tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    output_dir = tmp_path / "out"
    train_file = FIXTURES / "train-v1.1.json"
    results = main(["--bert", str(checkpoint), "--do_train", "--do_predict", "--train_file", str(train_file),
                    "--predict_file", str(train_file), "--max_seq_length", "128", "--doc_stride", "64",
                    "--max_query_length", "16", "--train_batch_size", "4", "--learning_rate", "3e-3",
                    "--num_train_epochs", "20", "--output_dir", str(output_dir), "--seed", "3"])
    for name in ("predictions.json", "nbest_predictions.json", "eval_results.json", "train_results.json",
                 "pytorch_model.bin", "vocab.txt", "bert_config.json"):
        assert (output_dir / name).is_file(), name
    assert not (output_dir / "null_odds.json").exists()
    predictions = json.loads((output_dir / "predictions.json").read_text(encoding="utf-8"))
    assert set(predictions) == set(fixture_answers("train-v1.1.json"))
    assert results["train_sequences_per_second"] > 0
    # Memorising 11 questions (an untrained model gets ~0) checks that labels, windows and
    # post-processing line up; the long paragraph needs several windows at this length.
    assert results["train_windows"] > results["train_questions"]
    assert results["exact_match"] >= 70.0, predictions

    # The evaluation script on the written files prints the same figures.
    capsys.readouterr()
    evaluate_main(["--version", "1.1", str(train_file), str(output_dir / "predictions.json")])
    printed = json.loads(capsys.readouterr().out)
    assert printed == pytest.approx({"exact_match": results["exact_match"], "f1": results["f1"]})


def test_run_squad2_writes_null_odds(tmp_path, bundled_model_dir):
    from squad.run_squad2 import main
    checkpoint = tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    output_dir = tmp_path / "out"
    train_file = FIXTURES / "train-v2.0.json"
    results = main(["--bert", str(checkpoint), "--do_train", "--do_predict", "--train_file", str(train_file),
                    "--predict_file", str(train_file), "--max_seq_length", "64", "--doc_stride", "24",
                    "--train_batch_size", "4", "--num_train_epochs", "1", "--bf16", "--output_dir", str(output_dir)])
    null_odds = json.loads((output_dir / "null_odds.json").read_text())
    predictions = json.loads((output_dir / "predictions.json").read_text())
    assert set(null_odds) == set(predictions) == {f"n{i}" for i in range(1, 7)}
    assert all(math.isfinite(v) for v in null_odds.values())
    # With threshold 0 (the default), a question is unanswered exactly when its odds are positive.
    assert all((predictions[q] == "") == (null_odds[q] > 0.0) for q in predictions)
    assert {"HasAns_total", "NoAns_total", "best_f1_thresh"} <= set(results)
    assert (results["HasAns_total"], results["NoAns_total"]) == (3, 3)


def test_run_squad_rejects_missing_files(tmp_path):
    from squad.run_squad import main
    with pytest.raises(SystemExit):
        main(["--do_train", "--output_dir", str(tmp_path)])
    with pytest.raises(FileNotFoundError, match="nope.json"):
        main(["--do_predict", "--predict_file", str(tmp_path / "nope.json"), "--output_dir", str(tmp_path)])


@pytest.mark.skipif(not SHARED_SQUAD.is_dir(), reason=f"no SQuAD data at {SHARED_SQUAD}")
def test_shared_dev_answers_recovered_from_windows(tokenizer, tmp_path):
    """On the first 6 dev-v1.1 articles (~2,100 questions): the windows give back the gold text, except
    for answers that are part of one wordpiece ("gold" in "golden"), where they give the whole piece."""
    data = D.load_json(SHARED_SQUAD / "v1.1" / "dev-v1.1.json.xz")
    data["data"] = data["data"][:6]
    for article in data["data"]:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                qa["answers"] = qa["answers"][:1]
    path = tmp_path / "dev-part.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    examples = D.read_squad_examples(path, tokenizer, is_training=True)
    features = D.convert_examples_to_features(examples, tokenizer, 384, 128, 64, is_training=True)
    exact = 0
    for example_index, example in enumerate(examples):
        texts = {D.answer_text(example, f.token_to_doc_index[f.start_position], f.token_to_doc_index[f.end_position])
                 for f in features if f.example_index == example_index and f.start_position > 0}
        assert len(texts) == 1, example.qas_id
        text = texts.pop()
        exact += text == example.answer_text
        assert example.answer_text in text, (example.qas_id, example.answer_text, text)
    assert len(examples) > 2000 and exact / len(examples) >= 0.985
