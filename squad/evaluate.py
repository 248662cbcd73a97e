"""SQuAD evaluation with the official scripts' semantics (evaluate-v1.1.py and evaluate-v2.0.py).

    python -m squad.evaluate --version 1.1 dev-v1.1.json predictions.json
    python -m squad.evaluate --version 2.0 dev-v2.0.json predictions.json --na-prob-file null_odds.json

v1.1 prints {"exact_match": .., "f1": ..} on one line; a question without a prediction scores 0
(a note goes to stderr). v2.0 prints the official indented JSON: exact, f1, total, HasAns_*,
NoAns_* and, with --na-prob-file, best_exact/best_f1 and their thresholds. As in the official
script, a question without a prediction is left out of the totals (a note goes to stderr).
Data files may be .json or .json.xz / .json.gz.

Answer normalisation (both versions): lower-case, drop ASCII punctuation, drop the words
a/an/the, collapse whitespace. F1 is over the bags of normalised whitespace tokens.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import string
import sys
from typing import Optional

from squad.data import load_json

_PUNCTUATION = set(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)


def normalize_answer(text: str) -> str:
    text = text.lower()
    text = "".join(char for char in text if char not in _PUNCTUATION)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def exact_match(gold: str, prediction: str) -> int:
    return int(normalize_answer(gold) == normalize_answer(prediction))


def f1(gold: str, prediction: str, empty_matches_empty: bool = False) -> float:
    """Token-overlap F1. v2.0 (`empty_matches_empty`): two empty answers score 1, one empty scores 0."""
    gold_tokens = normalize_answer(gold).split() if gold else []
    prediction_tokens = normalize_answer(prediction).split() if prediction else []
    if empty_matches_empty and (not gold_tokens or not prediction_tokens):
        return float(gold_tokens == prediction_tokens)
    common = collections.Counter(gold_tokens) & collections.Counter(prediction_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0.0
    precision = num_same / len(prediction_tokens)
    recall = num_same / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


def questions(dataset: list):
    for article in dataset:
        for paragraph in article["paragraphs"]:
            yield from paragraph["qas"]


# ---------------------------------------------------------------------------- v1.1


def evaluate_v1(dataset: list, predictions: dict) -> dict:
    total, exact_sum, f1_sum = 0, 0.0, 0.0
    for qa in questions(dataset):
        total += 1
        if qa["id"] not in predictions:
            print(f"Unanswered question {qa['id']} will receive score 0.", file=sys.stderr)
            continue
        golds = [answer["text"] for answer in qa["answers"]]
        prediction = predictions[qa["id"]]
        exact_sum += max(exact_match(gold, prediction) for gold in golds)
        f1_sum += max(f1(gold, prediction) for gold in golds)
    return {"exact_match": 100.0 * exact_sum / total, "f1": 100.0 * f1_sum / total}


# ---------------------------------------------------------------------------- v2.0


def raw_scores_v2(dataset: list, predictions: dict):
    exact_scores, f1_scores = {}, {}
    for qa in questions(dataset):
        golds = [answer["text"] for answer in qa["answers"] if normalize_answer(answer["text"])] or [""]
        if qa["id"] not in predictions:
            print(f"Missing prediction for {qa['id']}", file=sys.stderr)
            continue
        prediction = predictions[qa["id"]]
        exact_scores[qa["id"]] = max(exact_match(gold, prediction) for gold in golds)
        f1_scores[qa["id"]] = max(f1(gold, prediction, empty_matches_empty=True) for gold in golds)
    return exact_scores, f1_scores


def apply_no_answer_threshold(scores: dict, na_probs: dict, has_answer: dict, threshold: float) -> dict:
    """Questions whose no-answer probability is above `threshold` are answered with ''."""
    return {qid: float(not has_answer[qid]) if na_probs[qid] > threshold else score for qid, score in scores.items()}


def summary(exact_scores: dict, f1_scores: dict, qids: Optional[list] = None) -> dict:
    qids = list(exact_scores) if qids is None else qids
    total = len(qids)
    return {"exact": 100.0 * sum(exact_scores[q] for q in qids) / total,
            "f1": 100.0 * sum(f1_scores[q] for q in qids) / total,
            "total": total}


def best_threshold(predictions: dict, scores: dict, na_probs: dict, has_answer: dict):
    """Sweep the no-answer threshold over the sorted probabilities; best score (in %) and threshold."""
    score = best_score = sum(1 for qid in has_answer if not has_answer[qid])
    best = 0.0
    for qid in sorted(na_probs, key=lambda q: na_probs[q]):
        if qid not in scores:
            continue
        if has_answer[qid]:
            score += scores[qid]
        elif predictions[qid]:
            score -= 1
        if score > best_score:
            best_score, best = score, na_probs[qid]
    return 100.0 * best_score / len(scores), best


def evaluate_v2(dataset: list, predictions: dict, na_probs: Optional[dict] = None,
                na_prob_thresh: float = 1.0) -> dict:
    has_na_file = na_probs is not None
    if na_probs is None:
        na_probs = {qid: 0.0 for qid in predictions}
    has_answer = {qa["id"]: bool(qa["answers"]) for qa in questions(dataset)}
    exact_raw, f1_raw = raw_scores_v2(dataset, predictions)
    exact_thresh = apply_no_answer_threshold(exact_raw, na_probs, has_answer, na_prob_thresh)
    f1_thresh = apply_no_answer_threshold(f1_raw, na_probs, has_answer, na_prob_thresh)
    result = summary(exact_thresh, f1_thresh)
    # Only the questions that have a prediction (the official script would fail on the others).
    for prefix, wanted in (("HasAns", True), ("NoAns", False)):
        qids = [qid for qid, has in has_answer.items() if has == wanted and qid in exact_thresh]
        if qids:
            result.update({f"{prefix}_{key}": value for key, value in summary(exact_thresh, f1_thresh, qids).items()})
    if has_na_file:
        result["best_exact"], result["best_exact_thresh"] = best_threshold(predictions, exact_raw, na_probs, has_answer)
        result["best_f1"], result["best_f1_thresh"] = best_threshold(predictions, f1_raw, na_probs, has_answer)
    return result


# ---------------------------------------------------------------------------- command line


def evaluate_file(version: str, data_file: str, prediction_file: str, na_prob_file: Optional[str] = None,
                  na_prob_thresh: float = 1.0) -> dict:
    data = load_json(data_file)
    if data.get("version") != version and not (version == "2.0" and data.get("version") == "v2.0"):
        print(f"Evaluation expects v-{version}, but got dataset with v-{data.get('version')}", file=sys.stderr)
    predictions = load_json(prediction_file)
    if version == "1.1":
        return evaluate_v1(data["data"], predictions)
    na_probs = load_json(na_prob_file) if na_prob_file else None
    return evaluate_v2(data["data"], predictions, na_probs, na_prob_thresh)


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description="Official SQuAD v1.1 / v2.0 evaluation")
    parser.add_argument("--version", choices=("1.1", "2.0"), default="1.1")
    parser.add_argument("data_file")
    parser.add_argument("pred_file")
    parser.add_argument("--out-file", "-o", help="write the JSON here instead of printing it")
    parser.add_argument("--na-prob-file", "-n", help="v2.0: no-answer scores per question (null_odds.json)")
    parser.add_argument("--na-prob-thresh", "-t", type=float, default=1.0,
                        help="v2.0: predict no answer when the no-answer score is above this")
    args = parser.parse_args(argv)
    if args.version == "1.1" and args.na_prob_file:
        parser.error("--na-prob-file is for --version 2.0")
    result = evaluate_file(args.version, args.data_file, args.pred_file, args.na_prob_file, args.na_prob_thresh)
    text = json.dumps(result) if args.version == "1.1" else json.dumps(result, indent=2)
    if args.out_file:
        with open(args.out_file, "w", encoding="utf-8") as writer:
            writer.write(text)
    else:
        print(text)
    return result


if __name__ == "__main__":
    main()
