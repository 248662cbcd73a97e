"""SQuAD evaluation against an independent statement of the official rules, example by example.

The official scripts normalise an answer by: lower-casing; deleting every ASCII punctuation
character (string.punctuation); replacing the whole words "a", "an", "the" with a space; and
collapsing whitespace. EM compares normalised strings; F1 is over the bags of normalised tokens.
v1.1: a missing prediction scores 0 and counts. v2.0: an unanswerable question's only gold answer
is ""; if either side is empty, F1 = EM = 1 when both are empty, else 0; a missing prediction is
left out; with no-answer probabilities above the threshold the answer is taken as "".
"""
import json
from pathlib import Path

import pytest

from squad import evaluate as E

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "squad"
SHARED_SQUAD = Path(__file__).resolve().parents[2] / "shared" / "data" / "squad"

ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def reference_normalize(text):
    """The rule above, written independently: character filter, then a word-level article rule."""
    kept = "".join(c for c in text.lower() if c not in ASCII_PUNCTUATION)
    out, word = [], ""
    for c in kept + " ":  # an article is deleted when no word character touches it on either side
        if c.isalnum() or c == "_":
            word += c
            continue
        if word and word not in ("a", "an", "the"):
            out.append(word)
        elif word:
            out.append(" ")
        word = ""
        out.append(c)
    return " ".join("".join(out).split())


# (prediction, gold, normalised prediction, EM, F1) worked out by hand.
CASES = [
    ("The Eiffel Tower", "eiffel tower", "eiffel tower", 1, 1.0),
    ("  Eiffel\tTower!!  ", "Eiffel Tower", "eiffel tower", 1, 1.0),
    ("an apple a day", "apple day", "apple day", 1, 1.0),
    ("Theatre", "theatre", "theatre", 1, 1.0),  # "the" inside a word stays
    ("A-team", "team", "ateam", 0, 0.0),  # the hyphen goes first, so "a" is no longer a word
    ("1,200 metres", "1200 metres", "1200 metres", 1, 1.0),
    ("Zürich «Station»", "zürich station", "zürich «station»", 0, 0.5),  # « » are not ASCII punctuation
    ("red red blue", "red blue blue", "red red blue", 0, 2 / 3),  # bag overlap: red x1, blue x1
    ("the", "a", "", 1, 0.0),  # v1.1: both empty after normalising, EM 1 but F1 0 (no common token)
    ("Paris, France", "Paris", "paris france", 0, 2 * (1 / 2 * 1) / (1 / 2 + 1)),
]


@pytest.mark.parametrize("prediction, gold, normalized, em, f1", CASES)
def test_normalisation_and_scores_example_by_example(prediction, gold, normalized, em, f1):
    assert E.normalize_answer(prediction) == normalized == reference_normalize(prediction)
    assert E.exact_match(gold, prediction) == em
    assert E.f1(gold, prediction) == pytest.approx(f1)


def test_v2_empty_answer_rule():
    assert E.f1("", "", empty_matches_empty=True) == 1.0
    assert E.f1("", "something", empty_matches_empty=True) == 0.0
    assert E.f1("the", "", empty_matches_empty=True) == 1.0  # "the" normalises to nothing
    assert E.f1("", "", empty_matches_empty=False) == 0.0  # v1.1 has no such rule


def dataset(*questions):
    return [{"title": "t", "paragraphs": [{"context": "c", "qas": [
        {"id": qid, "question": "q", "answers": [{"text": t, "answer_start": 0} for t in answers]}
        for qid, answers in questions]}]}]


def test_v1_totals_and_missing_prediction(capsys):
    data = dataset(("a", ["Lake Geneva", "Geneva"]), ("b", ["1843"]), ("c", ["Ada Lovelace"]), ("d", ["x"]))
    predictions = {"a": "geneva", "b": "in 1843", "c": "Lovelace"}  # d is missing: scores 0 but counts
    result = E.evaluate_v1(data, predictions)
    # a: EM 1 (second gold); b: F1 2/3; c: F1 2/3; d: 0
    assert result == pytest.approx({"exact_match": 100 * 1 / 4, "f1": 100 * (1 + 2 / 3 + 2 / 3) / 4})
    assert "Unanswered question d will receive score 0." in capsys.readouterr().err


def test_v2_summary_thresholds_and_best_threshold():
    data = dataset(("h1", ["Ada Lovelace"]), ("h2", ["1843"]), ("n1", []), ("n2", []))
    predictions = {"h1": "Ada Lovelace", "h2": "1850", "n1": "", "n2": "Babbage"}
    na_probs = {"h1": 0.1, "h2": 0.9, "n1": 0.8, "n2": 0.7}
    result = E.evaluate_v2(data, predictions, na_probs, na_prob_thresh=1.0)
    assert result["exact"] == pytest.approx(50.0) and result["total"] == 4
    assert (result["HasAns_exact"], result["HasAns_total"]) == (pytest.approx(50.0), 2)
    assert (result["NoAns_exact"], result["NoAns_total"]) == (pytest.approx(50.0), 2)
    # Sweep by hand, starting from "all unanswered" = 2 correct (n1, n2):
    # h1 (0.1): +1 -> 3; n2 (0.7): "Babbage" -> 2; n1 (0.8): "" -> 2; h2 (0.9): +0 -> 2. Best 3 at 0.1.
    assert result["best_exact"] == pytest.approx(75.0) and result["best_exact_thresh"] == pytest.approx(0.1)
    # A threshold of 0.75 turns h2 and n1 into "" (right for n1, wrong for h2): h1, n1 right, n2 wrong.
    cut = E.evaluate_v2(data, predictions, na_probs, na_prob_thresh=0.75)
    assert cut["exact"] == pytest.approx(50.0) and cut["NoAns_exact"] == pytest.approx(50.0)
    assert "best_exact" not in E.evaluate_v2(data, predictions)  # only with a no-answer file


def test_cli_prints_official_json(tmp_path, capsys):
    data_file = FIXTURES / "dev-v1.1.json"
    predictions = {"d1": "Lovelace", "d2": "1843", "d3": "A and G"}
    pred_file = tmp_path / "predictions.json"
    pred_file.write_text(json.dumps(predictions), encoding="utf-8")
    E.main(["--version", "1.1", str(data_file), str(pred_file)])
    out = capsys.readouterr().out.strip()
    assert "\n" not in out and list(json.loads(out)) == ["exact_match", "f1"]
    # d1 EM (gold "Lovelace"), d2 EM, d3: "and g" vs "to g" (article "a" dropped): F1 1/2
    assert json.loads(out) == pytest.approx({"exact_match": 200 / 3, "f1": 100 * 2.5 / 3})

    v2_data = FIXTURES / "train-v2.0.json"
    v2_predictions = {"n1": "Ada Lovelace", "n2": "", "n3": "", "n4": "1871", "n5": "Amara Okafor", "n6": ""}
    (tmp_path / "p2.json").write_text(json.dumps(v2_predictions), encoding="utf-8")
    (tmp_path / "odds.json").write_text(json.dumps({q: 0.0 for q in v2_predictions}), encoding="utf-8")
    E.main(["--version", "2.0", str(v2_data), str(tmp_path / "p2.json"), "--na-prob-file", str(tmp_path / "odds.json")])
    result = json.loads(capsys.readouterr().out)
    assert list(result)[:3] == ["exact", "f1", "total"]
    assert result["HasAns_total"] == 3 and result["NoAns_total"] == 3
    # n1 right, n2 wrong, n5 F1 0.8 ("dr amara okafor" vs "amara okafor"); n3, n6 right, n4 wrong
    assert result["exact"] == pytest.approx(100 * 3 / 6)
    assert result["f1"] == pytest.approx(100 * (1 + 0 + 0.8 + 1 + 0 + 1) / 6)


@pytest.mark.skipif(not SHARED_SQUAD.is_dir(), reason=f"no SQuAD data at {SHARED_SQUAD}")
def test_gold_as_prediction_on_shared_dev_sets():
    v1 = E.load_json(SHARED_SQUAD / "v1.1" / "dev-v1.1.json.xz")
    gold = {qa["id"]: qa["answers"][0]["text"] for qa in E.questions(v1["data"])}
    assert E.evaluate_v1(v1["data"], gold) == pytest.approx({"exact_match": 100.0, "f1": 100.0})
    v2 = E.load_json(SHARED_SQUAD / "v2.0" / "dev-v2.0.reconstructed.json.xz")
    gold = {qa["id"]: (qa["answers"][0]["text"] if qa["answers"] else "") for qa in E.questions(v2["data"])}
    result = E.evaluate_v2(v2["data"], gold)
    assert (result["exact"], result["f1"]) == (pytest.approx(100.0), pytest.approx(100.0))
    assert (result["HasAns_total"], result["NoAns_total"]) == (5928, 5945)
