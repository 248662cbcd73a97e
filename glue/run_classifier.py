r"""Fine-tune BERT on a GLUE task (MRPC, SST-2, CoLA, QNLI, RTE, MNLI) and evaluate on its dev set.

    python -m glue.run_classifier --task_name MRPC --do_train --do_eval \
        --data_dir ../shared/data/mrpc --bert minilm-l6 --max_seq_length 128 \
        --train_batch_size 32 --learning_rate 2e-5 --num_train_epochs 3 --output_dir runs/mrpc

Writes to --output_dir: the fine-tuned model (`pytorch_model.bin`, `bert_config.json`, `vocab.txt`;
pass the directory back as `--bert` to evaluate it), `train_results.json` (steps, loss, time,
examples/s) and `eval_results.json` (loss and the task's metrics: accuracy, F1 for MRPC, Matthews
correlation for CoLA; MNLI adds the mismatched dev set under `mm_` keys).
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

import torch
from tqdm import tqdm

from bert.finetune import (add_common_args, check_common_args, load_model_and_tokenizer, make_loader, run_training,
                           setup_runtime, train_and_save, write_json)
from bert.modeling import BertForSequenceClassification
from glue.processors import compute_metrics, convert_example_to_features, features_to_dataset, get_processor

logger = logging.getLogger("glue.run_classifier")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--task_name", required=True, help="MRPC, SST-2, CoLA, QNLI, RTE or MNLI")
    parser.add_argument("--data_dir", required=True, help="the task's folder of .tsv files")
    parser.add_argument("--do_eval", action="store_true", help="evaluate on the dev set")
    parser.add_argument("--eval_batch_size", default=64, type=int)
    add_common_args(parser)
    parser.set_defaults(learning_rate=2e-5)
    args = parser.parse_args(argv)
    check_common_args(args, parser)
    if not (args.do_train or args.do_eval):
        parser.error("at least one of --do_train and --do_eval is needed")
    return args


def features_for(examples, processor, args, tokenizer, description: str):
    return [convert_example_to_features(example, processor.labels, args.max_seq_length, tokenizer)
            for example in tqdm(examples, desc=description, unit="ex", leave=False)]


def train(args, runtime, model, tokenizer, processor):
    examples = processor.get_train_examples(args.data_dir)
    dataset = features_to_dataset(features_for(examples, processor, args, tokenizer, "train features"))
    # batch: input_ids, input_mask, segment_ids, label_ids
    results, wrapped = run_training(args, runtime, model, dataset,
                                    lambda model, batch: model(batch[0], batch[2], batch[1], labels=batch[3]).loss)
    results["train_examples"] = len(dataset)
    return results, wrapped


@torch.no_grad()
def evaluate(args, runtime, model, tokenizer, processor, dev_file: str) -> dict:
    examples = processor.get_dev_examples(args.data_dir, dev_file)
    dataset = features_to_dataset(features_for(examples, processor, args, tokenizer, "dev features"))
    loader = make_loader(dataset, args.eval_batch_size, runtime, train=False)
    model.eval()
    predictions, labels, loss_sum = [], [], 0.0
    for batch in tqdm(loader, desc=f"eval {dev_file}", disable=not runtime.is_main):
        input_ids, input_mask, segment_ids, label_ids = (t.to(runtime.device) for t in batch)
        with runtime.autocast():
            output = model(input_ids, segment_ids, input_mask, labels=label_ids)
        loss_sum += output.loss.mean().item() * input_ids.size(0)
        predictions += output.logits.argmax(dim=-1).tolist()  # (B,)
        labels += label_ids.tolist()
    results = {"eval_loss": loss_sum / len(dataset), "eval_examples": len(dataset)}
    results.update(compute_metrics(processor.metric_names, predictions, labels))
    return results


def main(argv=None) -> dict:
    args = parse_args(argv)
    runtime = setup_runtime(args)
    processor = get_processor(args.task_name)
    output_dir = Path(args.output_dir)
    model, tokenizer = load_model_and_tokenizer(args, BertForSequenceClassification, num_labels=len(processor.labels))
    model, train_results = train_and_save(args, runtime, model, tokenizer,
                                          lambda model: train(args, runtime, model, tokenizer, processor))
    results = {"task": args.task_name, **train_results}
    if args.do_eval and runtime.is_main:
        eval_results = {}
        for index, dev_file in enumerate(processor.dev_files):
            if index > 0 and not (Path(args.data_dir) / dev_file).is_file():
                continue
            prefix = "" if index == 0 else "mm_"
            eval_results.update({prefix + k: v for k, v in
                                 evaluate(args, runtime, model, tokenizer, processor, dev_file).items()})
        for key, value in eval_results.items():
            logger.info("  %s = %s", key, value)
        write_json(output_dir / "eval_results.json", eval_results)
        results.update(eval_results)
    runtime.barrier()
    return results


if __name__ == "__main__":
    main()
