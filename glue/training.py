"""Training-loop plumbing shared by the GLUE and SQuAD fine-tuning scripts.

One place for what both `glue.run_classifier` and `squad.run_squad` need:

* the common command-line flags (`add_common_args`), with the original names;
* the model and tokenizer from `--bert NAME_OR_DIR` or the original
  `--bert_config_file --vocab_file --init_checkpoint` (`load_model_and_tokenizer`);
* device, precision and distributed set-up (`setup_runtime`): `--local_rank` or torchrun's
  environment, `--fp16` (GPU) and `--bf16` (CPU or GPU) autocast;
* the optimizer step (`Trainer`): BertAdam over the usual decay / no-decay groups, gradient
  accumulation, fp16 loss scaling, `--optimize_on_cpu` (fp32 master weights on the CPU);
* data loaders that cut each batch to its longest sequence (`make_loader`), and saving.

Batches are tuples of tensors; the first three are input_ids, input_mask, segment_ids (B, T).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import torch
import torch.distributed as dist
from torch.utils.data import DataLoader, DistributedSampler, RandomSampler, SequentialSampler
from tqdm import tqdm

from bert.checkpoints import DEFAULT_MODEL, find_weights_file, load_config, load_state_into, read_weights, resolve_model_dir
from bert.config import BertConfig
from bert.optimization import BertAdam, CpuMasterOptimizer, parameter_groups
from bert.tokenization import BertTokenizer

logger = logging.getLogger(__name__)

WEIGHTS_NAME = "pytorch_model.bin"
CONFIG_NAME = "bert_config.json"


# ----------------------------------------------------------------------------
# command line


def add_common_args(parser: argparse.ArgumentParser) -> None:
    """Flags both scripts share, named as in Google's and Hugging Face's original scripts."""
    parser.add_argument("--bert", default=None,
                        help=f"checkpoint directory or known name (default {DEFAULT_MODEL}, the bundled backbone)")
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


def load_model_and_tokenizer(args: argparse.Namespace, model_class, **model_kwargs):
    """(model, tokenizer) from `--bert` or the original three flags; reports what was (not) loaded."""
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
    report = load_state_into(model, read_weights(weights), source=str(weights))
    if report.missing:
        logger.info("newly initialised (not in %s): %s", weights, report.missing)
    tokenizer = BertTokenizer.from_pretrained(args.vocab_file or str(model_dir), do_lower_case=args.do_lower_case)
    logger.info("model from %s, tokenizer do_lower_case=%s", weights, tokenizer.do_lower_case)
    return model, tokenizer


def save_model(model, tokenizer: BertTokenizer, output_dir: Path) -> None:
    """Weights, config and vocabulary: the directory can be passed back as `--bert`."""
    model = unwrap(model)
    output_dir.mkdir(parents=True, exist_ok=True)
    state = {name: tensor.detach().float().cpu() for name, tensor in model.state_dict().items()}
    torch.save(state, output_dir / WEIGHTS_NAME)
    model.config.to_json_file(output_dir / CONFIG_NAME)
    tokenizer.save_pretrained(output_dir)


def unwrap(model):
    return model.module if hasattr(model, "module") else model


# ----------------------------------------------------------------------------
# device, precision, processes


@dataclass
class Runtime:
    device: torch.device
    n_gpu: int  # GPUs this process drives (DataParallel when > 1)
    local_rank: int  # -1 when not distributed
    world_size: int
    rank: int
    autocast_dtype: Optional[torch.dtype]  # None: fp32

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def distributed(self) -> bool:
        return self.local_rank != -1

    def autocast(self):
        if self.autocast_dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(self.device.type, dtype=self.autocast_dtype)

    def barrier(self) -> None:
        if self.distributed:
            dist.barrier()


def setup_runtime(args: argparse.Namespace) -> Runtime:
    local_rank = args.local_rank
    if local_rank == -1 and "LOCAL_RANK" in os.environ:  # torchrun
        local_rank = int(os.environ["LOCAL_RANK"])
    use_cuda = torch.cuda.is_available() and not args.no_cuda
    if local_rank == -1:
        device = torch.device("cuda" if use_cuda else "cpu")
        n_gpu = torch.cuda.device_count() if use_cuda else 0
        world_size, rank = 1, 0
    else:
        if use_cuda:
            torch.cuda.set_device(local_rank)
            device = torch.device("cuda", local_rank)
        else:
            device = torch.device("cpu")
        if not dist.is_initialized():
            dist.init_process_group(backend="nccl" if use_cuda else "gloo")
        n_gpu = 1 if use_cuda else 0
        world_size, rank = dist.get_world_size(), dist.get_rank()
    if args.fp16 and device.type != "cuda":
        raise ValueError("--fp16 needs a GPU; on the CPU use --bf16")
    autocast_dtype = torch.float16 if args.fp16 else torch.bfloat16 if args.bf16 else None
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        level=logging.INFO if rank == 0 else logging.WARNING)
    logger.info("device %s, GPUs %d, distributed %s (rank %d of %d), precision %s",
                device, n_gpu, local_rank != -1, rank, world_size,
                {None: "fp32", torch.float16: "fp16", torch.bfloat16: "bf16"}[autocast_dtype])
    set_seed(args.seed + rank)
    return Runtime(device, n_gpu, local_rank, world_size, rank, autocast_dtype)


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)


def micro_batch_size(args: argparse.Namespace, runtime: Runtime) -> int:
    """Examples per forward pass in this process (the original divides by the accumulation steps)."""
    per_step = args.train_batch_size // args.gradient_accumulation_steps
    return max(1, per_step // runtime.world_size)


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


def make_loader(dataset, batch_size: int, runtime: Runtime, train: bool, num_workers: int = 0) -> DataLoader:
    if train:
        sampler = DistributedSampler(dataset) if runtime.distributed else RandomSampler(dataset)
    else:
        sampler = SequentialSampler(dataset)
    return DataLoader(dataset, sampler=sampler, batch_size=batch_size, collate_fn=trim_to_longest,
                      num_workers=num_workers)


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

    def __init__(self, model, args: argparse.Namespace, runtime: Runtime, num_train_steps: int):
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

    def fit(self, loader, num_train_epochs: float, num_steps: int, forward) -> dict:
        """The epoch loop shared by the GLUE and SQuAD scripts.

        `forward(model, batch)` returns the loss of one micro-batch already on the device.
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


def num_optimizer_steps(num_examples: int, args: argparse.Namespace, runtime: Runtime) -> int:
    """Optimizer steps over all epochs, as the original scripts count them."""
    batches_per_epoch = -(-num_examples // (micro_batch_size(args, runtime) * runtime.world_size))
    return int(-(-batches_per_epoch // args.gradient_accumulation_steps) * args.num_train_epochs)


def write_json(path: Path, values: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values, indent=2) + "\n", encoding="utf-8")
