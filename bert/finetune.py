"""Fine-tuning plumbing of the core: what `glue.run_classifier`, `squad.run_squad` and
`bert.extract_features` share, and what an application's training loop can reuse.

* `Runtime`: this process's device and its place among the processes of a run (rank, world size,
  local rank), the process group from torchrun's environment or `--local_rank`, `all_reduce_sum`
  and `barrier`; `setup_runtime` builds it from the fine-tuning flags (precision, logging, seed);
* the common command-line flags with the original names (`add_common_args`, `check_common_args`);
* the model and tokenizer from `--bert NAME_OR_DIR` or the original
  `--bert_config_file --vocab_file --init_checkpoint` (`load_model_and_tokenizer`), and saving;
* the optimizer step (`Trainer`): BertAdam over the usual decay / no-decay groups, gradient
  accumulation, fp16 loss scaling, `--optimize_on_cpu` (fp32 master weights on the CPU);
* data loaders that cut each batch to its longest sequence (`make_loader`);
* `run_training` (loader, step count, Trainer, epochs) and `train_and_save` (--do_train, then the
  model and train_results.json in --output_dir).

Batches are tuples of tensors; the first three are input_ids, input_mask, segment_ids (B, T).
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
import torch
import torch.distributed as dist
from torch import nn
from torch.utils.data import DataLoader, Dataset, DistributedSampler, RandomSampler, SequentialSampler
from tqdm import tqdm

from bert.checkpoints import (
    DEFAULT_MODEL,
    find_weights_file,
    load_config,
    load_state_into,
    read_weights,
    resolve_model_dir,
)
from bert.config import BertConfig
from bert.optimization import BertAdam, CpuMasterOptimizer, parameter_groups
from bert.tokenization import BertTokenizer

logger = logging.getLogger(__name__)

WEIGHTS_NAME = "pytorch_model.bin"
CONFIG_NAME = "bert_config.json"
TRAIN_RESULTS_NAME = "train_results.json"


# ----------------------------------------------------------------------------
# device, processes, precision

BF16_MIN_SPEEDUP = 1.25  # bfloat16 autocast pays on a CPU only when its matmuls run this much faster than float32


def fast_bfloat16(device: torch.device) -> bool:
    """Whether bfloat16 autocast pays on `device`: a GPU with bf16, or a CPU with native bf16 whose
    timed matmul runs clearly faster than float32. Timed, because native is not enough: AMX CPUs and
    AMD's AVX-512 BF16 (Zen 4: 2.2x) are fast, Intel's AVX-512 BF16 without AMX ran 0.6x (3-6x slower
    training), and CPUs without bf16 emulate it (about 10x slower)."""
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    native = getattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", None)
    if device.type != "cpu" or native is None or not native():
        return False
    return cpu_bf16_speedup() >= BF16_MIN_SPEEDUP


@functools.cache
def cpu_bf16_speedup(repeats: int = 5) -> float:
    """How many times faster a BERT-sized matmul ((256, 384) x (384, 1536)) runs in bfloat16 than in
    float32 on this CPU, best of `repeats` each; about 20 ms, once per process."""
    generator = torch.Generator().manual_seed(0)
    left, right = torch.randn(256, 384, generator=generator), torch.randn(384, 1536, generator=generator)

    def best_seconds(a: torch.Tensor, b: torch.Tensor) -> float:
        a @ b   # warm-up: kernel selection, caches
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            a @ b
            times.append(time.perf_counter() - start)
        return min(times)

    return best_seconds(left, right) / best_seconds(left.bfloat16(), right.bfloat16())


@dataclass
class Runtime:
    """Where this process runs and which share of the work is its own.

    A single process is rank 0 of world_size 1 with local_rank -1. Under torchrun (or
    torch.distributed.launch, which passes --local_rank) rank and world_size come from the process
    group, or from RANK / WORLD_SIZE when the run needs no process group (independent shards).
    """
    device: torch.device
    rank: int = 0
    world_size: int = 1
    local_rank: int = -1  # rank on this machine (its GPU index); -1 when no launcher started the process
    n_gpu: int = 0  # GPUs this process drives: DataParallel over them when > 1
    autocast_dtype: Optional[torch.dtype] = None  # None: fp32

    @classmethod
    def from_environment(cls, local_rank: int = -1, device: str | torch.device | None = None, no_cuda: bool = False,
                         process_group: bool = True, autocast_dtype: Optional[torch.dtype] = None) -> "Runtime":
        """Rank and device from `local_rank` (-1: torchrun's LOCAL_RANK, if set) and RANK / WORLD_SIZE.

        `device`: an explicit choice ("cpu", "cuda:1"); by default the GPU of local_rank (all GPUs
        of the machine for a single process) unless `no_cuda` or none is there. With world_size > 1
        and `process_group`, joins the process group (NCCL on GPUs, gloo on the CPU).
        """
        if local_rank == -1:
            local_rank = int(os.environ.get("LOCAL_RANK", -1))
        world_size = int(os.environ.get("WORLD_SIZE", 1))
        rank = int(os.environ.get("RANK", max(local_rank, 0)))
        if not 0 <= rank < world_size:
            raise ValueError(f"rank {rank} is outside world size {world_size} (RANK / WORLD_SIZE / --local_rank)")
        if device is not None:
            device = torch.device(device)
        elif torch.cuda.is_available() and not no_cuda:
            device = torch.device("cuda", local_rank) if local_rank != -1 else torch.device("cuda")
        else:
            device = torch.device("cpu")
        if device.type == "cuda" and device.index is not None:
            torch.cuda.set_device(device)
        if world_size > 1 and process_group and not dist.is_initialized():
            dist.init_process_group(backend="nccl" if device.type == "cuda" else "gloo")
        if dist.is_initialized():
            rank, world_size = dist.get_rank(), dist.get_world_size()
        if device.type != "cuda":
            n_gpu = 0
        elif device.index is None and world_size == 1:
            n_gpu = torch.cuda.device_count()
        else:
            n_gpu = 1
        return cls(device, rank, world_size, local_rank, n_gpu, autocast_dtype)

    @property
    def is_main(self) -> bool:
        """The process that logs and writes files."""
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        """Several processes share the run (DistributedSampler, DDP, collectives)."""
        return self.world_size > 1

    def autocast(self):
        if self.autocast_dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(self.device.type, dtype=self.autocast_dtype)

    def all_reduce_sum(self, values: Sequence[float]) -> list[float]:
        """Element-wise sum of `values` over all processes (in float64); the values unchanged in one process."""
        if not self.distributed:
            return list(values)
        self._require_process_group("all_reduce_sum")
        # NCCL reduces only CUDA tensors, gloo CPU ones.
        tensor = torch.tensor(values, dtype=torch.float64, device=self.device if self.device.type == "cuda" else "cpu")
        dist.all_reduce(tensor)
        return tensor.tolist()

    def barrier(self) -> None:
        if self.distributed:
            self._require_process_group("barrier")
            dist.barrier()

    def _require_process_group(self, operation: str) -> None:
        if not dist.is_initialized():
            raise RuntimeError(f"{operation} over {self.world_size} processes needs a process group; this Runtime "
                               "was made with process_group=False")


def setup_runtime(args: argparse.Namespace) -> Runtime:
    """The Runtime of a fine-tuning script (flags of `add_common_args`).

    Also: INFO logging on the main process only, and every RNG seeded with --seed + rank.
    """
    autocast_dtype = torch.float16 if args.fp16 else torch.bfloat16 if args.bf16 else None
    runtime = Runtime.from_environment(args.local_rank, no_cuda=args.no_cuda, autocast_dtype=autocast_dtype)
    if args.fp16 and runtime.device.type != "cuda":
        raise ValueError("--fp16 needs a GPU; on the CPU use --bf16")
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        level=logging.INFO if runtime.is_main else logging.WARNING)
    logger.info("device %s, GPUs %d, distributed %s (rank %d of %d), precision %s",
                runtime.device, runtime.n_gpu, runtime.distributed, runtime.rank, runtime.world_size,
                {None: "fp32", torch.float16: "fp16", torch.bfloat16: "bf16"}[autocast_dtype])
    set_seed(args.seed + runtime.rank)
    return runtime


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)


# ----------------------------------------------------------------------------
# command line


def add_common_args(parser: argparse.ArgumentParser) -> None:
    """Flags the fine-tuning scripts share, named as in Google's and Hugging Face's original scripts."""
    parser.add_argument("--bert", "--bert_model", dest="bert", default=None,
                        help=f"checkpoint directory or known name (default {DEFAULT_MODEL}, the bundled backbone); "
                             "--bert_model is the Hugging Face scripts' name for it")
    parser.add_argument("--bert_config_file", default=None, help="original flag: the model's bert_config.json")
    parser.add_argument("--vocab_file", default=None, help="original flag: the vocab.txt")
    parser.add_argument("--init_checkpoint", default=None,
                        help="original flag: weights file (pytorch_model.bin, model.safetensors, bert_model.ckpt)")
    parser.add_argument("--do_lower_case", dest="do_lower_case", action="store_const", const=True, default=None,
                        help="lower-case the input (default: what the checkpoint says)")
    parser.add_argument("--no_lower_case", dest="do_lower_case", action="store_const", const=False,
                        help="keep the case of the input")
    parser.add_argument("--output_dir", required=True, help="where the model, predictions and metrics go")
    parser.add_argument("--max_seq_length", default=128, type=int,
                        help="total wordpieces after tokenization, [CLS] and [SEP] included")
    parser.add_argument("--do_train", action="store_true")
    parser.add_argument("--train_batch_size", default=32, type=int,
                        help="examples per optimizer step, over all accumulation steps and processes")
    parser.add_argument("--learning_rate", default=5e-5, type=float)
    parser.add_argument("--num_train_epochs", default=3.0, type=float)
    parser.add_argument("--warmup_proportion", default=0.1, type=float,
                        help="fraction of training with a linear learning-rate warmup")
    parser.add_argument("--weight_decay", default=0.01, type=float)
    parser.add_argument("--gradient_accumulation_steps", default=1, type=int,
                        help="micro-batches whose gradients are summed before each optimizer step")
    parser.add_argument("--optimize_on_cpu", action="store_true",
                        help="keep fp32 master weights and the optimizer state on the CPU")
    parser.add_argument("--fp16", action="store_true", help="float16 on a GPU, with loss scaling")
    parser.add_argument("--bf16", action="store_true", help="bfloat16 autocast (CPU or GPU)")
    parser.add_argument("--loss_scale", default=0.0, type=float,
                        help="fp16 loss scale; 0 (default) for a dynamic scale")
    parser.add_argument("--no_cuda", action="store_true", help="stay on the CPU even if a GPU is there")
    parser.add_argument("--local_rank", default=-1, type=int,
                        help="set by torch.distributed.launch; torchrun's LOCAL_RANK is read too")
    parser.add_argument("--seed", default=42, type=int)
    parser.add_argument("--num_workers", default=0, type=int, help="data loader worker processes")


def check_common_args(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.gradient_accumulation_steps < 1:
        parser.error(f"--gradient_accumulation_steps must be >= 1, got {args.gradient_accumulation_steps}")
    if args.train_batch_size % args.gradient_accumulation_steps:
        parser.error(f"--train_batch_size {args.train_batch_size} is not a multiple of "
                     f"--gradient_accumulation_steps {args.gradient_accumulation_steps}")
    if args.fp16 and args.bf16:
        parser.error("choose one of --fp16 and --bf16")
    if args.bert and (args.bert_config_file or args.init_checkpoint):
        parser.error("give either --bert or --bert_config_file/--init_checkpoint, not both")
    if args.max_seq_length < 3:
        parser.error(f"--max_seq_length must be at least 3, got {args.max_seq_length}")


# ----------------------------------------------------------------------------
# model and tokenizer


def load_model_and_tokenizer(args: argparse.Namespace, model_class, **model_kwargs) -> tuple[nn.Module, BertTokenizer]:
    """(model, tokenizer) from `--bert` or the original flags `--bert_config_file --init_checkpoint --vocab_file`.

    A flag left out of the three is taken from the directory of --init_checkpoint (else the bundled
    backbone). `model.load_report` lists the weights the checkpoint lacked (newly initialised).
    Raises ValueError when --max_seq_length exceeds the model's position embeddings.
    """
    model_dir = None
    if args.bert or not (args.bert_config_file and args.init_checkpoint and args.vocab_file):
        model_dir = resolve_model_dir(args.bert or (Path(args.init_checkpoint).parent if args.init_checkpoint
                                                    else DEFAULT_MODEL))
    config = BertConfig.from_json_file(args.bert_config_file) if args.bert_config_file else load_config(model_dir)
    if args.max_seq_length > config.max_position_embeddings:
        raise ValueError(f"--max_seq_length {args.max_seq_length} is longer than the model's "
                         f"max_position_embeddings ({config.max_position_embeddings})")
    model = model_class(config, **model_kwargs)
    weights = Path(args.init_checkpoint) if args.init_checkpoint else find_weights_file(model_dir)
    if weights.name.endswith(".ckpt") and not weights.exists():  # a TF checkpoint prefix
        weights = weights.with_name(weights.name + ".index")
    model.load_report = load_state_into(model, read_weights(weights), source=str(weights))
    tokenizer = BertTokenizer.from_pretrained(args.vocab_file or str(model_dir), do_lower_case=args.do_lower_case)
    logger.info("model from %s, tokenizer do_lower_case=%s", weights, tokenizer.do_lower_case)
    return model, tokenizer


def save_model(model: nn.Module, tokenizer: BertTokenizer, output_dir: Path) -> None:
    """Weights, config and vocabulary: the directory can be passed back as `--bert`."""
    model = unwrap(model)
    output_dir.mkdir(parents=True, exist_ok=True)
    state = {name: tensor.detach().float().cpu() for name, tensor in model.state_dict().items()}
    torch.save(state, output_dir / WEIGHTS_NAME)
    model.config.to_json_file(output_dir / CONFIG_NAME)
    tokenizer.save_pretrained(output_dir)


def unwrap(model: nn.Module) -> nn.Module:
    """The model inside DistributedDataParallel / DataParallel."""
    return model.module if hasattr(model, "module") else model


def write_json(path: Path, values: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values, indent=2) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------
# data


def trim_to_longest(batch: list) -> tuple:
    """Collate, then cut the (B, T) input tensors to the longest sequence of the batch.

    Padding is masked, so this changes no result; it only saves time on short inputs.
    """
    tensors = tuple(torch.stack(column) for column in zip(*batch))
    input_ids, input_mask = tensors[0], tensors[1]
    longest = int(input_mask.sum(dim=1).max())
    seq_length = input_ids.size(1)
    return tuple(t[:, :longest] if t.dim() == 2 and t.size(1) == seq_length else t for t in tensors)


def make_loader(dataset: Dataset, batch_size: int, runtime: Runtime, train: bool, num_workers: int = 0) -> DataLoader:
    """Shuffled (each process its own share) for training; in order for evaluation."""
    if not train:
        sampler = SequentialSampler(dataset)
    elif runtime.distributed:
        sampler = DistributedSampler(dataset, num_replicas=runtime.world_size, rank=runtime.rank)
    else:
        sampler = RandomSampler(dataset)
    return DataLoader(dataset, sampler=sampler, batch_size=batch_size, collate_fn=trim_to_longest,
                      num_workers=num_workers)


def micro_batch_size(args: argparse.Namespace, runtime: Runtime) -> int:
    """Examples per forward pass in this process (the original divides by the accumulation steps)."""
    per_step = args.train_batch_size // args.gradient_accumulation_steps
    return max(1, per_step // runtime.world_size)


def num_optimizer_steps(num_examples: int, args: argparse.Namespace, runtime: Runtime) -> int:
    """Optimizer steps over all epochs, as the original scripts count them."""
    batches_per_epoch = -(-num_examples // (micro_batch_size(args, runtime) * runtime.world_size))
    return int(-(-batches_per_epoch // args.gradient_accumulation_steps) * args.num_train_epochs)


# ----------------------------------------------------------------------------
# optimization


class Trainer:
    """Wraps the model for the device/processes and owns the optimizer step.

        trainer = Trainer(model, args, runtime, num_train_steps)
        for micro_step, batch in enumerate(loader):
            with trainer.autocast(micro_step):
                loss = trainer.model(*batch).loss
            trainer.backward(loss, micro_step)   # steps the optimizer every accumulation_steps
    """

    def __init__(self, model: nn.Module, args: argparse.Namespace, runtime: Runtime, num_train_steps: int):
        self.runtime = runtime
        self.accumulation_steps = args.gradient_accumulation_steps
        self.global_step = 0
        self.skipped_steps = 0
        device = runtime.device
        # fp16 + --optimize_on_cpu: the model itself is half precision on the GPU, fp32 masters on the CPU.
        self.half_model = args.fp16 and args.optimize_on_cpu
        model.to(device)
        if self.half_model:
            model.half()
        groups = parameter_groups(model, weight_decay=args.weight_decay)
        options = dict(lr=args.learning_rate, warmup=args.warmup_proportion, t_total=max(1, num_train_steps))
        if args.optimize_on_cpu:
            self.optimizer = CpuMasterOptimizer(groups, **options)
        else:
            self.optimizer = BertAdam(groups, **options)
        # Loss scaling for fp16: dynamic unless --loss_scale is given.
        self.dynamic_scale = args.fp16 and args.loss_scale == 0
        self.loss_scale = (args.loss_scale or 2.0 ** 16) if args.fp16 else 1.0
        self.scaler = None
        if args.fp16 and not args.optimize_on_cpu:
            self.scaler = torch.amp.GradScaler("cuda", init_scale=self.loss_scale,
                                               growth_interval=2000 if self.dynamic_scale else 10 ** 9,
                                               backoff_factor=0.5 if self.dynamic_scale else 1.0)
        if runtime.distributed:
            model = torch.nn.parallel.DistributedDataParallel(
                model, device_ids=[device.index] if device.type == "cuda" else None)
        elif runtime.n_gpu > 1:
            model = torch.nn.DataParallel(model)
        self.model = model

    def fit(self, loader: DataLoader, num_train_epochs: float, num_steps: int,
            forward: Callable[[nn.Module, list], torch.Tensor]) -> dict:
        """The epoch loop: `forward(model, batch)` returns the loss of one micro-batch already on the device.

        Returns the optimizer steps taken, mean loss, seconds and sequences/s of all processes.
        """
        self.model.train()
        start, seen, loss_sum, loss_count = time.time(), 0, 0.0, 0
        epochs = int(-(-num_train_epochs // 1))
        for epoch in range(epochs):
            if hasattr(loader.sampler, "set_epoch"):
                loader.sampler.set_epoch(epoch)
            progress = tqdm(loader, desc=f"epoch {epoch + 1}/{epochs}", disable=not self.runtime.is_main)
            for micro_step, batch in enumerate(progress):
                if self.global_step >= num_steps:
                    break
                batch = [t.to(self.runtime.device) for t in batch]
                with self.autocast(micro_step):
                    loss = forward(self.model, batch)
                self.backward(loss, micro_step, last_batch=micro_step == len(loader) - 1)
                loss_sum, loss_count, seen = loss_sum + loss.mean().item(), loss_count + 1, seen + batch[0].size(0)
                progress.set_postfix(loss=f"{loss_sum / loss_count:.4f}", lr=f"{self.learning_rate():.2e}")
        if self.runtime.device.type == "cuda":
            torch.cuda.synchronize()
        elapsed = time.time() - start
        return {"global_step": self.global_step, "skipped_steps": self.skipped_steps,
                "train_loss": loss_sum / max(1, loss_count), "train_seconds": round(elapsed, 1),
                "train_sequences_per_second": round(seen * self.runtime.world_size / elapsed, 2)}

    def autocast(self, micro_step: int = 0):
        """Autocast for the forward pass; in DDP, skip the gradient all-reduce until the last micro-step."""
        stack = contextlib.ExitStack()
        if not self.half_model:
            stack.enter_context(self.runtime.autocast())
        if self.runtime.distributed and not self._is_last_micro_step(micro_step):
            stack.enter_context(self.model.no_sync())
        return stack

    def _is_last_micro_step(self, micro_step: int) -> bool:
        return (micro_step + 1) % self.accumulation_steps == 0

    def backward(self, loss: torch.Tensor, micro_step: int, last_batch: bool = False) -> bool:
        """Backward on loss / accumulation_steps; on the last micro-step, the optimizer step.

        Returns True when an optimizer step was taken (False: still accumulating, or skipped on inf/nan).
        """
        if loss.dim() > 0:  # DataParallel gives one loss per GPU
            loss = loss.mean()
        loss = loss / self.accumulation_steps
        if self.scaler is not None:
            self.scaler.scale(loss).backward()
        else:
            (loss * self.loss_scale if self.loss_scale != 1.0 else loss).backward()
        if not (self._is_last_micro_step(micro_step) or last_batch):
            return False
        return self.step()

    def step(self) -> bool:
        if self.scaler is not None:
            scale_before = self.scaler.get_scale()
            self.scaler.step(self.optimizer)  # unscales; skips the step on inf/nan
            self.scaler.update()
            took_step = self.scaler.get_scale() >= scale_before
        elif isinstance(self.optimizer, CpuMasterOptimizer):
            took_step = self.optimizer.step(loss_scale=self.loss_scale)
            if self.dynamic_scale:
                self.loss_scale = max(1.0, self.loss_scale / 2) if not took_step else self.loss_scale
        else:
            self.optimizer.step()
            took_step = True
        self.optimizer.zero_grad(set_to_none=True)
        if took_step:
            self.global_step += 1
        else:
            self.skipped_steps += 1
            logger.info("inf/nan gradients: step skipped (loss scale now %g)",
                        self.scaler.get_scale() if self.scaler is not None else self.loss_scale)
        return took_step

    def learning_rate(self) -> float:
        return self.optimizer.get_lr()[0]


# ----------------------------------------------------------------------------
# the training phase of a script


def run_training(args: argparse.Namespace, runtime: Runtime, model: nn.Module, dataset: Dataset,
                 forward: Callable[[nn.Module, list], torch.Tensor]) -> tuple[dict, nn.Module]:
    """Fine-tune on `dataset` with the common flags: (train results, the model as wrapped for training)."""
    loader = make_loader(dataset, micro_batch_size(args, runtime), runtime, train=True, num_workers=args.num_workers)
    num_steps = num_optimizer_steps(len(dataset), args, runtime)
    trainer = Trainer(model, args, runtime, num_steps)
    logger.info("training: %d sequences, batch %d (x%d accumulation), %d optimizer steps",
                len(dataset), args.train_batch_size, args.gradient_accumulation_steps, num_steps)
    return trainer.fit(loader, args.num_train_epochs, num_steps, forward), trainer.model


def train_and_save(args: argparse.Namespace, runtime: Runtime, model: nn.Module, tokenizer: BertTokenizer,
                   train: Callable[[nn.Module], tuple[dict, nn.Module]]) -> tuple[nn.Module, dict]:
    """The --do_train phase: `train(model)` -> (results, wrapped model); the main process then writes the
    model (see save_model) and train_results.json to --output_dir. Without --do_train the model only
    moves to the device. Returns (the bare model on the device, the train results or {})."""
    if not args.do_train:
        return model.to(runtime.device), {}
    results, wrapped = train(model)
    model = unwrap(wrapped)
    if runtime.is_main:
        output_dir = Path(args.output_dir)
        save_model(model, tokenizer, output_dir)
        write_json(output_dir / TRAIN_RESULTS_NAME, results)
    return model, results
