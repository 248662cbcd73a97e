"""Train the WikiSQL model.

    python -m wikisql.train                       # data/wikisql-sample, bundled backbone, CPU, a few minutes
    python -m wikisql.train --data-dir /path/to/wikisql --bert bert-base-uncased --output-dir runs/base \\
        --epochs 5 --batch-size 32 --dtype bfloat16
    python -m wikisql.train ... --multi-gpu       # DDP over all visible GPUs (torch.distributed.run)
    torchrun --nnodes 2 --nproc-per-node 8 ... -m wikisql.train ...   # across machines
    python -m wikisql.train ... --resume          # continue from OUTPUT_DIR/checkpoint-last.pt

Output directory: metrics.jsonl (one JSON object per log line), best/ (model directory of the
best dev LF, see wikisql/checkpoint.py), checkpoint-last.pt (everything needed to resume:
model, optimizer with its schedule step, RNG states, epoch and position in the epoch).

The order of each epoch is a permutation drawn from `seed + epoch`, so a resumed run sees
the same batches as an uninterrupted one; with the RNG states restored (dropout) it reaches
the same weights.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import json
import math
import os
import random
import signal
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist

from bert.finetune import Runtime
from bert.optimization import BertAdam, parameter_groups
from bert.tokenization import BertTokenizer
from wikisql import nsml_support
from wikisql.checkpoint import save_checkpoint
from wikisql.data import load_split
from wikisql.database import Database
from wikisql.encoding import Encoder, collate, encode_examples
from wikisql.engine import Predictor, prediction_encoder
from wikisql.evaluate import score
from wikisql.model import HeadConfig, WikiSQLModel, compute_loss
from wikisql.query import Query

CHECKPOINT_NAME = "checkpoint-last.pt"
METRICS_NAME = "metrics.jsonl"
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "wikisql-sample"
DTYPES = {"float32": None, "bfloat16": torch.bfloat16, "float16": torch.float16}
RECIPE_EPOCHS, RECIPE_BATCH_SIZE = 3, 32  # the recipe measured in benchmarks/RESULTS.md (recon/ train, official dev)
SAMPLE_EPOCHS, SAMPLE_BATCH_SIZE = 10, 8  # the bundled sample has 512 questions: smaller batches, more steps


def resolve_dtype(name: str, device: torch.device) -> str:
    """`auto`: bfloat16 autocast where the hardware computes it natively, else float32."""
    if name != "auto":
        return name
    if device.type == "cuda":
        return "bfloat16" if torch.cuda.is_bf16_supported() else "float32"
    native = getattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", None)
    return "bfloat16" if device.type == "cpu" and native is not None and native() else "float32"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", default=None,
                        help="{split}.jsonl + {split}.tables.jsonl[.xz]; train may live in DIR/recon "
                             "(with train-headers-only). Default: data/wikisql-sample, or NSML's dataset")
    parser.add_argument("--bert", default="minilm-l6", help="backbone: checkpoint directory or known name")
    parser.add_argument("--output-dir", default="runs/wikisql")
    parser.add_argument("--train-split", default="train")
    parser.add_argument("--dev-split", default="dev")
    parser.add_argument("--epochs", type=int, default=None,
                        help=f"default {RECIPE_EPOCHS}; {SAMPLE_EPOCHS} on the bundled sample (512 questions)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help=f"examples per process per micro-batch; default {RECIPE_BATCH_SIZE}, "
                             f"{SAMPLE_BATCH_SIZE} on the bundled sample")
    parser.add_argument("--length-buckets", type=int, default=50,
                        help="batch examples of similar length: sort chunks of N batches by length (0: off)")
    parser.add_argument("--gradient-accumulation-steps", type=int, default=1)
    parser.add_argument("--bert-lr", type=float, default=1e-4)
    parser.add_argument("--head-lr", type=float, default=1e-3)
    parser.add_argument("--warmup", type=float, default=0.05, help="fraction of the steps")
    parser.add_argument("--weight-decay", type=float, default=0.01)
    parser.add_argument("--max-grad-norm", type=float, default=1.0)
    parser.add_argument("--max-seq-length", type=int, default=256)
    parser.add_argument("--layers", type=int, default=1, help="feed the head a learned mix of the last k layers")
    parser.add_argument("--column-types", action="store_true", help="type word before each header")
    parser.add_argument("--content", action=argparse.BooleanOptionalAction, default=True,
                        help="table-content features: question spans that are cells of a column (wikisql/content.py)")
    parser.add_argument("--dropout", type=float, default=0.1, help="dropout of the head")
    parser.add_argument("--train-word-embeddings", action="store_true",
                        help="also fine-tune BERT's word embeddings (frozen by default: a third of the "
                             "backbone's weights, rarely worth their optimizer time)")
    parser.add_argument("--dtype", choices=["auto"] + sorted(DTYPES), default="auto",
                        help="autocast dtype (float16 only on GPU, with loss scaling); auto: bfloat16 where the "
                             "GPU or CPU computes it natively (CPUs with AVX512-BF16 or AMX), else float32")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--device", default=None, help="default: cuda if available, else cpu")
    parser.add_argument("--threads", type=int, default=None,
                        help="CPU threads for torch (default: torch's choice, one per physical core). Other "
                             "busy processes on the same cores slow a multi-threaded run far more than their share")
    parser.add_argument("--max-train-examples", type=int, default=None)
    parser.add_argument("--max-dev-examples", type=int, default=None)
    parser.add_argument("--eval-batch-size", type=int, default=64)
    parser.add_argument("--eg", action="store_true", help="execution-guided decoding at dev evaluation")
    parser.add_argument("--beam-size", type=int, default=4)
    parser.add_argument("--save-steps", type=int, default=500, help="write checkpoint-last.pt every N steps")
    parser.add_argument("--log-steps", type=int, default=20)
    parser.add_argument("--resume", action="store_true", help="continue from OUTPUT_DIR/checkpoint-last.pt")
    parser.add_argument("--no-eval", action="store_true", help="skip dev evaluation (best/ = last epoch)")
    parser.add_argument("--multi-gpu", action="store_true",
                        help="re-launch over all visible GPUs with torch.distributed.run")
    parser.add_argument("--kill-after-steps", type=int, default=None,
                        help="SIGKILL this process after N optimizer steps (tests resuming)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    return parser.parse_args(argv)


# ----------------------------------------------------------------------------
# data


def majority_baseline(train_examples) -> Query:
    """The query made of each component's most frequent training value: select column and
    aggregation (no condition can be guessed without a value)."""
    sel = collections.Counter(e.query.sel for e in train_examples).most_common(1)[0][0]
    agg = collections.Counter(e.query.agg for e in train_examples).most_common(1)[0][0]
    return Query(sel, agg, ())


# ----------------------------------------------------------------------------
# distributed


def relaunch_multi_gpu(argv: list[str]) -> None:
    """Run this script once per visible GPU through PyTorch's elastic launcher."""
    from torch.distributed.run import main as torchrun
    gpus = torch.cuda.device_count()
    rest = [arg for arg in argv if arg != "--multi-gpu"]
    torchrun(["--standalone", f"--nproc-per-node={max(gpus, 1)}", "--module", "wikisql.train", *rest])


def epoch_order(num_examples: int, epoch: int, seed: int, world_size: int, lengths=None,
                global_batch_size: int = 1, bucket_batches: int = 0) -> list[int]:
    """This epoch's permutation, padded (by wrapping) to a multiple of world_size.

    With `lengths` and `bucket_batches` > 0, examples of similar length share a batch (less
    padding): the permutation is cut into chunks of bucket_batches global batches, each chunk
    is sorted by length and cut into batches, and the full batches are shuffled (a last,
    partial batch stays last so that every batch keeps its examples in micro_batches).
    """
    generator = torch.Generator().manual_seed(seed + epoch)
    order = torch.randperm(num_examples, generator=generator).tolist()
    if lengths is not None and bucket_batches > 0:
        chunk = bucket_batches * global_batch_size
        batches = []
        for first in range(0, len(order), chunk):
            part = sorted(order[first:first + chunk], key=lambda index: lengths[index])
            batches += [part[i:i + global_batch_size] for i in range(0, len(part), global_batch_size)]
        last = [batches.pop()] if batches and len(batches[-1]) < global_batch_size else []
        shuffled = [batches[i] for i in torch.randperm(len(batches), generator=generator).tolist()]
        order = [index for batch in shuffled + last for index in batch]
    padding = (-len(order)) % world_size
    return order + order[:padding]


def micro_batches(order: list[int], batch_size: int, rank: int, world_size: int) -> list[list[int]]:
    """Global batches of batch_size * world_size; each rank takes every world_size-th example."""
    global_size = batch_size * world_size
    return [order[first:first + global_size][rank::world_size] for first in range(0, len(order), global_size)]


# ----------------------------------------------------------------------------
# checkpoint of the training state


def rng_states() -> dict:
    states = {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()}
    if torch.cuda.is_available():
        states["cuda"] = torch.cuda.get_rng_state_all()
    return states


def set_rng_states(states: dict) -> None:
    random.setstate(states["python"])
    np.random.set_state(states["numpy"])
    torch.set_rng_state(states["torch"])
    if "cuda" in states and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(states["cuda"])


def save_training_state(path: Path, model, optimizer, scaler, progress: dict) -> None:
    state = {"model": model.state_dict(), "optimizer": optimizer.state_dict(),
             "scaler": scaler.state_dict() if scaler is not None else None,
             "rng": rng_states(), "progress": progress}
    temporary = path.with_suffix(".tmp")
    torch.save(state, temporary)
    os.replace(temporary, path)  # a kill never leaves a half-written checkpoint


def load_training_state(path: Path, model, optimizer, scaler) -> dict:
    state = torch.load(path, map_location="cpu", weights_only=False)
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    if scaler is not None and state.get("scaler"):
        scaler.load_state_dict(state["scaler"])
    set_rng_states(state["rng"])
    return state["progress"]


# ----------------------------------------------------------------------------
# training


def make_optimizer(model: WikiSQLModel, args, total_steps: int) -> BertAdam:
    """BertAdam with one learning rate for BERT and one for the head, each split decay / no decay."""
    bert_parameters = [(n, p) for n, p in model.named_parameters() if n.startswith("bert.")]
    head_parameters = [(n, p) for n, p in model.named_parameters() if not n.startswith("bert.")]
    groups = (parameter_groups(bert_parameters, args.weight_decay, lr=args.bert_lr)
              + parameter_groups(head_parameters, args.weight_decay, lr=args.head_lr))
    return BertAdam(groups, lr=args.bert_lr, warmup=args.warmup, t_total=max(total_steps, 1),
                    max_grad_norm=args.max_grad_norm)


def evaluate(model, encoder, examples, tables, database, args, distributed: Runtime, autocast_dtype) -> dict:
    """Dev LF and EX; each rank scores a shard, the counts are summed."""
    shard = examples[distributed.rank::distributed.world_size]
    predictor = Predictor(model, encoder, device=distributed.device, autocast_dtype=autocast_dtype)
    queries = predictor.predict_examples(shard, tables, database, eg=args.eg, beam_size=args.beam_size,
                                         batch_size=args.eval_batch_size)
    predictions = [query if query is not None else {"error": "not encodable"} for query in queries]
    result = score(shard, predictions, database)
    n = result["examples"]
    lf, ex, total = distributed.all_reduce_sum([result["lf_accuracy"] * n, (result["ex_accuracy"] or 0) * n, n])
    return {"dev_lf": lf / max(total, 1), "dev_ex": ex / max(total, 1), "dev_examples": int(total)}


class MetricsWriter:
    def __init__(self, path: Path, enabled: bool):
        self.path, self.enabled = path, enabled

    def write(self, record: dict) -> None:
        if self.enabled:
            with open(self.path, "a") as out:
                out.write(json.dumps(record) + "\n")


def train(args) -> dict:
    distributed = Runtime.from_environment(device=args.device)
    if args.threads:
        torch.set_num_threads(args.threads)
    output_dir = Path(args.output_dir)
    if distributed.is_main:
        output_dir.mkdir(parents=True, exist_ok=True)
    distributed.barrier()
    log = print if distributed.is_main else (lambda *a, **k: None)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    data_dir = Path(args.data_dir or nsml_support.dataset_dir() or DEFAULT_DATA_DIR)
    on_sample = data_dir.resolve() == DEFAULT_DATA_DIR.resolve()
    if args.epochs is None:
        args.epochs = SAMPLE_EPOCHS if on_sample else RECIPE_EPOCHS
    if args.batch_size is None:
        args.batch_size = SAMPLE_BATCH_SIZE if on_sample else RECIPE_BATCH_SIZE
    tokenizer = BertTokenizer.from_pretrained(args.bert)
    head_config = HeadConfig(layers=args.layers, dropout=args.dropout, max_seq_length=args.max_seq_length,
                             column_types=args.column_types, content=args.content)
    encoder = Encoder(tokenizer, args.max_seq_length, args.column_types, args.content)
    dev_encoder = prediction_encoder(tokenizer, head_config)  # as a saved checkpoint's predictions encode

    train_examples, train_tables = load_split(data_dir, args.train_split)
    train_examples = train_examples[:args.max_train_examples]
    encoded, report = encode_examples(encoder, train_examples, train_tables)
    train_items = [item for item in encoded if item.labels.values_located]
    log(f"train: {report.summary()}; {len(train_items)} used for training")

    dev_examples, dev_tables, database, metrics_baseline = [], {}, None, {}
    if not args.no_eval:
        dev_examples, dev_tables = load_split(data_dir, args.dev_split)
        dev_examples = dev_examples[:args.max_dev_examples]
        database = Database.from_tables(dev_tables)
        if distributed.is_main:
            baseline_query = majority_baseline(train_examples)
            baseline = score(dev_examples, [baseline_query] * len(dev_examples), database)
            components = ", ".join(f"{name} {value:.3f}" for name, value in baseline["components"].items())
            log(f"majority baseline ({baseline_query.to_sql()}): dev LF {baseline['lf_accuracy']:.3f} "
                f"EX {baseline['ex_accuracy']:.3f} ({components})")
            metrics_baseline = {"baseline_dev_lf": baseline["lf_accuracy"], "baseline_dev_ex": baseline["ex_accuracy"],
                                "baseline_components": baseline["components"]}

    model = WikiSQLModel.from_pretrained_bert(args.bert, head_config).to(distributed.device)
    model.bert.embeddings.word_embeddings.weight.requires_grad_(args.train_word_embeddings)
    lengths = [len(item.input_ids) for item in train_items]

    def batches_of_epoch(epoch):
        order = epoch_order(len(train_items), epoch, args.seed, distributed.world_size, lengths,
                            args.batch_size * distributed.world_size, args.length_buckets)
        return micro_batches(order, args.batch_size, distributed.rank, distributed.world_size)

    batches_per_epoch = len(batches_of_epoch(0))
    steps_per_epoch = math.ceil(batches_per_epoch / args.gradient_accumulation_steps)
    optimizer = make_optimizer(model, args, steps_per_epoch * args.epochs)
    autocast_dtype = DTYPES[resolve_dtype(args.dtype, distributed.device)]
    scaler = (torch.amp.GradScaler("cuda") if autocast_dtype == torch.float16 and distributed.device.type == "cuda"
              else None)
    if autocast_dtype == torch.float16 and scaler is None:
        raise ValueError("--dtype float16 needs a GPU; use bfloat16 on the CPU")

    progress = {"epoch": 0, "batch": 0, "step": 0, "best_dev_lf": -1.0}
    checkpoint_path = output_dir / CHECKPOINT_NAME
    metrics = MetricsWriter(output_dir / METRICS_NAME, distributed.is_main)
    if metrics_baseline:
        metrics.write(metrics_baseline)
    if args.resume and checkpoint_path.is_file():
        progress = load_training_state(checkpoint_path, model, optimizer, scaler)
        log(f"resumed from {checkpoint_path}: epoch {progress['epoch']}, batch {progress['batch']}, "
            f"step {progress['step']}")
    nsml_support.bind(model, optimizer, tokenizer, args.bert)

    trained = model
    if distributed.distributed:
        trained = torch.nn.parallel.DistributedDataParallel(
            model, device_ids=[distributed.device.index] if distributed.device.type == "cuda" else None)

    from tqdm import tqdm
    result = {}
    start_time = time.time()
    window_start, window_examples = start_time, 0  # throughput since the last log line
    for epoch in range(progress["epoch"], args.epochs):
        batches = batches_of_epoch(epoch)
        trained.train()
        totals = collections.Counter()
        bar = tqdm(total=len(batches), initial=progress["batch"], desc=f"epoch {epoch + 1}/{args.epochs}",
                   disable=not distributed.is_main or args.quiet, unit="batch")
        for batch_index in range(progress["batch"], len(batches)):
            items = [train_items[i] for i in batches[batch_index]]
            batch = {name: tensor.to(distributed.device) for name, tensor in collate(items).items()}
            accumulation_end = ((batch_index + 1) % args.gradient_accumulation_steps == 0
                                or batch_index + 1 == len(batches))
            sync = trained.no_sync() if distributed.distributed and not accumulation_end else contextlib.nullcontext()
            with sync:
                with torch.autocast(distributed.device.type, dtype=autocast_dtype or torch.bfloat16,
                                    enabled=autocast_dtype is not None):
                    output = trained(**batch)
                loss, parts = compute_loss(output, batch)
                scaled = loss / args.gradient_accumulation_steps
                (scaler.scale(scaled) if scaler is not None else scaled).backward()
            totals.update(parts)
            window_examples += len(items) * distributed.world_size
            totals["loss"] += loss.item()
            totals["batches"] += 1
            bar.update(1)
            progress["batch"] = batch_index + 1
            if not accumulation_end:
                continue
            if scaler is not None:
                scaler.unscale_(optimizer)
                scaler.step(optimizer)
                scaler.update()
            else:
                optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            progress["step"] += 1
            if progress["step"] % args.log_steps == 0:
                bar.set_postfix(loss=f"{totals['loss'] / totals['batches']:.3f}")
                now = time.time()
                metrics.write({"epoch": epoch, "step": progress["step"], "loss": loss.item(),
                               "lr": optimizer.get_lr()[0], "elapsed_s": round(now - start_time, 1),
                               "examples_per_s": round(window_examples / max(now - window_start, 1e-9), 1)})
                window_start, window_examples = now, 0
            if args.save_steps > 0 and progress["step"] % args.save_steps == 0 and distributed.is_main:
                save_training_state(checkpoint_path, model, optimizer, scaler, dict(progress, epoch=epoch))
            if args.kill_after_steps is not None and progress["step"] >= args.kill_after_steps:
                bar.close()
                sys.stdout.flush()
                os.kill(os.getpid(), signal.SIGKILL)
        bar.close()

        names = sorted(k for k in totals if k != "batches")
        reduced = distributed.all_reduce_sum([totals[k] for k in names] + [totals["batches"]])
        record = {"epoch": epoch + 1, "step": progress["step"],
                  **{f"train_{k}": v / max(reduced[-1], 1) for k, v in zip(names, reduced)}}
        if not args.no_eval:
            record.update(evaluate(model, dev_encoder, dev_examples, dev_tables, database, args, distributed,
                                   autocast_dtype))
        record["elapsed_s"] = round(time.time() - start_time, 1)
        improved = args.no_eval or record["dev_lf"] > progress["best_dev_lf"]
        if improved:
            progress["best_dev_lf"] = record.get("dev_lf", progress["best_dev_lf"])
            if distributed.is_main:
                save_checkpoint(model, tokenizer, output_dir / "best", args.bert, data_dir)
        record["best_dev_lf"] = progress["best_dev_lf"]
        metrics.write(record)
        log(json.dumps(record))
        progress.update(epoch=epoch + 1, batch=0)
        if distributed.is_main:
            save_training_state(checkpoint_path, model, optimizer, scaler, progress)
            nsml_support.report(epoch + 1, record)
            nsml_support.save(epoch + 1)
        distributed.barrier()
        result = record
    if result and not args.no_eval:
        log(f"dev LF {result['dev_lf']:.3f} EX {result['dev_ex']:.3f} after {result['epoch']} epochs "
            f"(best LF {progress['best_dev_lf']:.3f}, model in {output_dir / 'best'}); majority baseline "
            f"LF {metrics_baseline.get('baseline_dev_lf', float('nan')):.3f} "
            f"EX {metrics_baseline.get('baseline_dev_ex', float('nan')):.3f}")
    return result


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.multi_gpu and "RANK" not in os.environ:
        relaunch_multi_gpu(argv)
        return
    result = train(args)
    if dist.is_initialized():
        dist.destroy_process_group()
    return result


if __name__ == "__main__":
    main()
