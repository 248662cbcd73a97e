r"""Fine-tune BERT for SQuAD question answering and write predictions (v1.1; v2.0 via squad.run_squad2).

    python -m squad.run_squad --bert minilm-l6 --do_train --do_predict \
        --train_file ../shared/data/squad/v1.1/train-v1.1.reconstructed.json.xz \
        --predict_file ../shared/data/squad/v1.1/dev-v1.1.json.xz \
        --train_batch_size 32 --learning_rate 3e-5 --num_train_epochs 2 \
        --max_seq_length 384 --doc_stride 128 --output_dir runs/squad

Writes to --output_dir: the fine-tuned model (pass the directory back as `--bert`),
`train_results.json` (steps, loss, time, training sequences/s), `predictions.json`,
`nbest_predictions.json`, for v2.0 `null_odds.json`, and `eval_results.json` (the official
metrics) when the predict file has answers.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

import torch
from tqdm import tqdm

from bert.finetune import (add_common_args, check_common_args, load_model_and_tokenizer, make_loader, run_training,
                           setup_runtime, train_and_save, write_json)
from bert.modeling import BertForQuestionAnswering
from squad import evaluate as squad_evaluate
from squad.data import (RawResult, compute_predictions, convert_examples_to_features, features_to_dataset,
                        load_json, read_squad_examples, write_predictions)

logger = logging.getLogger("squad.run_squad")


def parse_args(argv=None, version_2_with_negative: bool = False) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train_file", help="SQuAD json (or .json.xz) for training")
    parser.add_argument("--predict_file", help="SQuAD json (or .json.xz) to predict, e.g. dev-v1.1.json")
    parser.add_argument("--do_predict", action="store_true")
    parser.add_argument("--doc_stride", default=128, type=int, help="wordpieces between the starts of two windows")
    parser.add_argument("--max_query_length", default=64, type=int, help="question wordpieces kept")
    parser.add_argument("--predict_batch_size", default=8, type=int)
    parser.add_argument("--n_best_size", default=20, type=int, help="candidates kept in nbest_predictions.json")
    parser.add_argument("--max_answer_length", default=30, type=int, help="longest answer in wordpieces")
    parser.add_argument("--null_score_diff_threshold", default=0.0, type=float,
                        help="v2.0: predict no answer when null score - best span score is above this")
    parser.add_argument("--version_2_with_negative", action="store_true", default=version_2_with_negative,
                        help="SQuAD v2.0: questions may have no answer")
    parser.add_argument("--verbose_logging", action="store_true", help="accepted for compatibility")
    add_common_args(parser)
    parser.set_defaults(max_seq_length=384, learning_rate=5e-5, train_batch_size=32)
    args = parser.parse_args(argv)
    check_common_args(args, parser)
    if not (args.do_train or args.do_predict):
        parser.error("at least one of --do_train and --do_predict is needed")
    if args.do_train and not args.train_file:
        parser.error("--do_train needs --train_file")
    if args.do_predict and not args.predict_file:
        parser.error("--do_predict needs --predict_file")
    if args.doc_stride < 1:
        parser.error(f"--doc_stride must be >= 1, got {args.doc_stride}")
    return args


def train(args, runtime, model, tokenizer):
    examples = read_squad_examples(args.train_file, tokenizer, is_training=True,
                                   version_2_with_negative=args.version_2_with_negative)
    features = convert_examples_to_features(examples, tokenizer, args.max_seq_length, args.doc_stride,
                                            args.max_query_length, is_training=True)
    dataset = features_to_dataset(features, is_training=True)
    del features
    logger.info("training: %d questions in %d windows", len(examples), len(dataset))
    # batch: input_ids, input_mask, segment_ids, start_positions, end_positions
    results, wrapped = run_training(args, runtime, model, dataset,
                                    lambda model, batch: model(batch[0], batch[2], batch[1], batch[3], batch[4]).loss)
    results.update(train_questions=len(examples), train_windows=len(dataset))
    return results, wrapped


@torch.no_grad()
def predict(args, runtime, model, tokenizer) -> dict:
    examples = read_squad_examples(args.predict_file, tokenizer, is_training=False,
                                   version_2_with_negative=args.version_2_with_negative)
    features = convert_examples_to_features(examples, tokenizer, args.max_seq_length, args.doc_stride,
                                            args.max_query_length, is_training=False)
    loader = make_loader(features_to_dataset(features, is_training=False), args.predict_batch_size, runtime,
                         train=False)
    logger.info("predicting: %d questions, %d windows", len(examples), len(features))
    model.eval()
    results = []
    for input_ids, input_mask, segment_ids, feature_indexes in tqdm(loader, desc="predict", disable=not runtime.is_main):
        with runtime.autocast():
            output = model(input_ids.to(runtime.device), segment_ids.to(runtime.device), input_mask.to(runtime.device))
        start_logits, end_logits = output.start_logits.float().cpu(), output.end_logits.float().cpu()  # (B, T)
        for row, feature_index in enumerate(feature_indexes.tolist()):
            results.append(RawResult(features[feature_index].unique_id, start_logits[row].tolist(),
                                     end_logits[row].tolist()))
    predictions = compute_predictions(examples, features, results, args.n_best_size, args.max_answer_length,
                                      args.version_2_with_negative, args.null_score_diff_threshold)
    output_dir = Path(args.output_dir)
    write_predictions(predictions, output_dir, args.version_2_with_negative)
    logger.info("wrote %d predictions to %s", len(predictions.answers), output_dir / "predictions.json")

    data = load_json(args.predict_file)["data"]
    if not any(qa.get("answers") for article in data for p in article["paragraphs"] for qa in p["qas"]):
        return {}
    if args.version_2_with_negative:
        # What `python -m squad.evaluate --version 2.0 ... --na-prob-file null_odds.json` prints.
        metrics = squad_evaluate.evaluate_v2(data, predictions.answers, predictions.null_odds)
    else:
        metrics = squad_evaluate.evaluate_v1(data, predictions.answers)
    write_json(output_dir / "eval_results.json", metrics)
    for key, value in metrics.items():
        logger.info("  %s = %s", key, value)
    return metrics


def main(argv=None, version_2_with_negative: bool = False) -> dict:
    args = parse_args(argv, version_2_with_negative)
    runtime = setup_runtime(args)
    model, tokenizer = load_model_and_tokenizer(args, BertForQuestionAnswering)
    model, results = train_and_save(args, runtime, model, tokenizer,
                                    lambda model: train(args, runtime, model, tokenizer))
    if args.do_predict and runtime.is_main:
        results.update(predict(args, runtime, model, tokenizer))
    runtime.barrier()
    return results


if __name__ == "__main__":
    main()
