"""BERT's optimizer: Adam with decoupled weight decay, warmup schedules, gradient clipping.

Semantics follow Google's ``AdamWeightDecayOptimizer`` and pytorch-pretrained-bert's
``BertAdam``, with the known bugs of the latter fixed:

* the learning-rate multiplier never goes negative nor rises again past ``t_total``
  (``warmup_linear`` went negative, ``warmup_cosine`` climbed back up); the decaying
  schedules stay at 0 and a warning is issued once when training runs past ``t_total``;
* the step count lives in ``optimizer.state`` so ``state_dict()`` round-trips exactly.

Update rule for one parameter ``p`` with gradient ``g`` (after clipping), where ``t`` is the
number of steps this parameter has already taken (0 on the first step)::

    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    m_hat, v_hat = m, v                                   # bias_correction=False (BERT)
    m_hat, v_hat = m / (1 - b1**(t+1)), v / (1 - b2**(t+1))  # bias_correction=True
    update = m_hat / (sqrt(v_hat) + e) + weight_decay * p
    p = p - lr * schedule(t / t_total, warmup) * update

Note the schedule is evaluated at ``t / t_total`` *before* the step, as the original: with
warmup the very first step has lr 0. ``eps`` is added to ``sqrt(v_hat)``, the same place as
``torch.optim.AdamW``, so with ``bias_correction=True`` and a constant schedule BertAdam is
AdamW.
"""

from __future__ import annotations

import math
import warnings
from typing import Iterable

import torch
from torch import nn
from torch.optim import Optimizer

_FUSED_DEVICES = ("cpu", "cuda")  # where torch._fused_adamw_ has kernels
_FUSED_DTYPES = (torch.float64, torch.float32, torch.float16, torch.bfloat16)


# ----------------------------------------------------------------------------
# learning-rate schedules: multiplier as a function of progress x = step / t_total


def warmup_linear(x: float, warmup: float = 0.0) -> float:
    """Linear 0 -> 1 over ``warmup``, then linear 1 -> 0 at x=1; 0 past x=1."""
    if x < warmup:
        return x / warmup
    if x >= 1.0:
        return 0.0
    return (1.0 - x) / (1.0 - warmup)


def warmup_cosine(x: float, warmup: float = 0.0) -> float:
    """Linear warmup, then half a cosine from 1 down to 0 at x=1; 0 past x=1."""
    if x < warmup:
        return x / warmup
    if x >= 1.0:
        return 0.0
    progress = (x - warmup) / (1.0 - warmup)
    return 0.5 * (1.0 + math.cos(math.pi * progress))


def warmup_constant(x: float, warmup: float = 0.0) -> float:
    """Linear warmup, then 1 (also past x=1: this schedule does not decay)."""
    if x < warmup:
        return x / warmup
    return 1.0


def constant(x: float, warmup: float = 0.0) -> float:
    """No schedule: always 1."""
    return 1.0


SCHEDULES = {
    "warmup_linear": warmup_linear,
    "warmup_cosine": warmup_cosine,
    "warmup_constant": warmup_constant,
    "none": constant,
    "constant": constant,
}


def _check_options(options: dict) -> None:
    """Raise ValueError on an invalid hyperparameter of a param group."""
    if not options["lr"] >= 0.0:
        raise ValueError(f"Invalid learning rate: {options['lr']} (must be >= 0)")
    warmup = options["warmup"]
    if not (warmup == -1 or 0.0 <= warmup < 1.0):
        raise ValueError(f"Invalid warmup: {warmup} (must be in [0, 1) or -1)")
    t_total = options["t_total"]
    if not (t_total == -1 or t_total > 0):
        raise ValueError(f"Invalid t_total: {t_total} (must be > 0 or -1)")
    if options["schedule"] not in SCHEDULES:
        raise ValueError(f"Unknown schedule: {options['schedule']!r} (known: {sorted(SCHEDULES)})")
    for name in ("b1", "b2"):
        if not 0.0 <= options[name] < 1.0:
            raise ValueError(f"Invalid {name}: {options[name]} (must be in [0, 1))")
    if not options["e"] >= 0.0:
        raise ValueError(f"Invalid epsilon e: {options['e']} (must be >= 0)")
    if not options["weight_decay"] >= 0.0:
        raise ValueError(f"Invalid weight_decay: {options['weight_decay']} (must be >= 0)")


def _lr_multiplier(group: dict, step: int) -> float:
    """Schedule multiplier of a group after ``step`` steps (1 when t_total is -1)."""
    if group["t_total"] == -1:
        return 1.0
    return SCHEDULES[group["schedule"]](step / group["t_total"], max(group["warmup"], 0.0))


class BertAdam(Optimizer):
    """Adam with decoupled weight decay and BERT's warmup schedules (see module docstring).

    Every option may be overridden per param group. ``max_grad_norm > 0`` clips the gradient
    norm of each param group (all its tensors together, as ``clip_grad_norm_`` would) before
    the update; ``p.grad`` itself is left untouched. ``warmup`` is a fraction of ``t_total``
    (-1: none); ``t_total=-1`` disables the schedule.

    ``fused=None`` (default) updates float tensors on the CPU or a GPU with torch's fused AdamW
    kernel (one pass over each tensor instead of about ten: 6 against 17 ms a step for the 11M
    trained parameters of the WikiSQL recipe on 2 CPU threads); results equal the
    one-tensor-at-a-time rule to float rounding. On a GPU the kernel computes 1 - b2 from b2
    rounded to float32 (for b2 = 0.999, 1 - b2 comes out 1.3e-5 of itself too small; seen on
    an H200: 3.8e-6 on weights after 12 steps). ``fused=False`` always runs the latter,
    ``fused=True`` always the kernel.
    """

    def __init__(
        self,
        params,
        lr: float,
        warmup: float = -1,
        t_total: int = -1,
        schedule: str = "warmup_linear",
        b1: float = 0.9,
        b2: float = 0.999,
        e: float = 1e-6,
        weight_decay: float = 0.01,
        max_grad_norm: float = 1.0,
        bias_correction: bool = False,
        fused: bool | None = None,
    ):
        defaults = dict(
            lr=lr, warmup=warmup, t_total=t_total, schedule=schedule, b1=b1, b2=b2, e=e,
            weight_decay=weight_decay, max_grad_norm=max_grad_norm,
            bias_correction=bias_correction,
        )
        _check_options(defaults)
        self._warned_past_t_total = False
        self.fused = fused
        super().__init__(params, defaults)

    def add_param_group(self, param_group: dict) -> None:
        super().add_param_group(param_group)
        _check_options(self.param_groups[-1])

    def get_lr(self) -> list[float]:
        """Learning rate (lr times schedule) that the next ``step()`` applies, per group."""
        lrs = []
        for group in self.param_groups:
            steps = [self.state[p]["step"] for p in group["params"] if "step" in self.state[p]]
            lrs.append(group["lr"] * _lr_multiplier(group, max(steps, default=0)))
        return lrs

    def _clip_coef(self, group: dict) -> float:
        """Factor to scale the group's gradients by so their total norm is <= max_grad_norm."""
        max_norm = group["max_grad_norm"]
        grads = [p.grad for p in group["params"] if p.grad is not None]
        if max_norm <= 0 or not grads:
            return 1.0
        norms = torch.stack([torch.linalg.vector_norm(g.detach().float()) for g in grads])
        total_norm = torch.linalg.vector_norm(norms).item()
        return min(1.0, max_norm / (total_norm + 1e-6))  # same formula as clip_grad_norm_

    @torch.no_grad()
    def step(self, closure=None):
        """Perform one optimization step; returns the closure's loss if one is given."""
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()

        for group in self.param_groups:
            clip_coef = self._clip_coef(group)
            by_step = {}  # parameters of the group with a gradient, by their step count (one lr each)
            for p in group["params"]:
                if p.grad is None:
                    continue
                if p.grad.is_sparse:
                    raise RuntimeError("BertAdam does not support sparse gradients")
                state = self.state[p]
                if not state:
                    state["step"] = 0
                    state["exp_avg"] = torch.zeros_like(p, memory_format=torch.preserve_format)
                    state["exp_avg_sq"] = torch.zeros_like(p, memory_format=torch.preserve_format)
                by_step.setdefault(state["step"], []).append(p)

            for step, params in by_step.items():
                if group["t_total"] != -1 and step >= group["t_total"] and not self._warned_past_t_total:
                    warnings.warn(
                        f"Training beyond t_total={group['t_total']} steps: schedule "
                        f"{group['schedule']!r} stays at multiplier "
                        f"{_lr_multiplier(group, step)} from now on.",
                        stacklevel=2,
                    )
                    self._warned_past_t_total = True
                lr = group["lr"] * _lr_multiplier(group, step)
                if self._fused_for(params):  # clipped gradients are copies: p.grad stays as it was
                    self._fused_update(group, params, [p.grad * clip_coef if clip_coef != 1.0 else p.grad
                                                       for p in params], step, lr)
                else:
                    for p in params:
                        self._update(group, p, p.grad * clip_coef if clip_coef != 1.0 else p.grad, step, lr)
                for p in params:
                    self.state[p]["step"] = step + 1
        return loss

    def _fused_for(self, params) -> bool:
        if self.fused is not None:
            return self.fused
        return all(p.device.type in _FUSED_DEVICES and p.dtype in _FUSED_DTYPES for p in params)

    def _update(self, group: dict, p: torch.Tensor, grad: torch.Tensor, step: int, lr: float) -> None:
        """The update rule of the module docstring for one tensor, one operation at a time."""
        b1, b2, e = group["b1"], group["b2"], group["e"]
        exp_avg, exp_avg_sq = self.state[p]["exp_avg"], self.state[p]["exp_avg_sq"]
        exp_avg.mul_(b1).add_(grad, alpha=1.0 - b1)
        exp_avg_sq.mul_(b2).addcmul_(grad, grad, value=1.0 - b2)
        if group["bias_correction"]:
            m_hat = exp_avg / (1.0 - b1 ** (step + 1))
            denom = (exp_avg_sq / (1.0 - b2 ** (step + 1))).sqrt_().add_(e)
        else:
            m_hat = exp_avg
            denom = exp_avg_sq.sqrt().add_(e)
        update = m_hat / denom
        if group["weight_decay"] > 0.0:
            update.add_(p, alpha=group["weight_decay"])
        p.add_(update, alpha=-lr)

    def _fused_update(self, group: dict, params: list, grads: list, step: int, lr: float) -> None:
        """The same rule for many tensors in one pass each: torch's fused AdamW kernel.

        AdamW's decay p -= lr * weight_decay * p before its Adam step is BertAdam's decay term
        (both use p before the step), and it divides m and sqrt(v) by 1 - b1**t and
        sqrt(1 - b2**t): t = step + 1 is bias correction, t = inf (b**inf = 0) none. The kernel
        only reads the gradients it is given (no grad_scale: that would rewrite them).
        """
        by_tensor_kind = {}  # the kernel takes tensors of one device and dtype per call
        for p, grad in zip(params, grads):
            by_tensor_kind.setdefault((p.device, p.dtype), []).append((p, grad))
        t = float(step + 1) if group["bias_correction"] else math.inf
        for (device, _), pairs in by_tensor_kind.items():
            ps = [p for p, _ in pairs]
            step_tensor = torch.tensor(t, dtype=torch.float32, device=device)
            torch._fused_adamw_(
                ps, [grad for _, grad in pairs],
                [self.state[p]["exp_avg"] for p in ps], [self.state[p]["exp_avg_sq"] for p in ps],
                [], [step_tensor] * len(ps),
                lr=lr, beta1=group["b1"], beta2=group["b2"], weight_decay=group["weight_decay"],
                eps=group["e"], amsgrad=False, maximize=False, grad_scale=None, found_inf=None)


# ----------------------------------------------------------------------------


def parameter_groups(
    named_parameters,
    weight_decay: float = 0.01,
    no_decay: Iterable[str] = ("bias", "LayerNorm.weight", "LayerNorm.bias"),
    prefix: str | None = None,
    **group_overrides,
) -> list[dict]:
    """Split parameters into a weight-decay group and a no-decay group.

    ``named_parameters`` is a module or an iterable of (name, param). A parameter goes to the
    no-decay group when any string of ``no_decay`` occurs in its name. ``prefix`` keeps only
    names starting with it; parameters with ``requires_grad=False`` are skipped; empty groups
    are dropped. ``group_overrides`` (e.g. ``lr=1e-3``) are copied into both groups, so a
    caller can build backbone and head groups with different lr by calling this twice.
    """
    if isinstance(named_parameters, nn.Module):
        named_parameters = named_parameters.named_parameters()
    if isinstance(no_decay, str):
        raise ValueError("no_decay must be an iterable of name substrings, not a single string")
    no_decay = tuple(no_decay)
    decay_params, no_decay_params = [], []
    for name, param in named_parameters:
        if not param.requires_grad or (prefix is not None and not name.startswith(prefix)):
            continue
        if any(nd in name for nd in no_decay):
            no_decay_params.append(param)
        else:
            decay_params.append(param)
    groups = [
        {"params": decay_params, "weight_decay": weight_decay, **group_overrides},
        {"params": no_decay_params, "weight_decay": 0.0, **group_overrides},
    ]
    return [g for g in groups if g["params"]]


# ----------------------------------------------------------------------------


class CpuMasterOptimizer:
    """BertAdam on fp32 master copies kept on the CPU (``--optimize_on_cpu``).

    The model may live on any device and dtype (GPU, fp16/bf16). ``step()`` copies the model's
    gradients to the CPU masters as fp32 (divided by ``loss_scale``), skips the step when any
    of them is inf/nan (returns False and counts it in ``skipped_steps``; with fp16 loss
    scaling, lower the scale and retry), otherwise runs BertAdam on the CPU and copies the
    updated masters back into the model's parameters (cast to their dtype and device).

    ``params`` is what BertAdam accepts (tensors or param-group dicts); other keyword
    arguments go to BertAdam.
    """

    def __init__(self, params, lr: float, **bert_adam_kwargs):
        params = list(params)
        if not params:
            raise ValueError("CpuMasterOptimizer got an empty parameter list")
        groups = params if isinstance(params[0], dict) else [{"params": params}]
        self.model_params: list[torch.Tensor] = []
        self.master_params: list[torch.Tensor] = []
        master_groups = []
        for group in groups:
            group_params = group["params"]
            group_params = [group_params] if isinstance(group_params, torch.Tensor) else list(group_params)
            masters = []
            for p in group_params:
                master = p.detach().to(device="cpu", dtype=torch.float32, copy=True)
                master.requires_grad_(p.requires_grad)
                self.model_params.append(p)
                self.master_params.append(master)
                masters.append(master)
            master_groups.append({**group, "params": masters})
        self.optimizer = BertAdam(master_groups, lr=lr, **bert_adam_kwargs)
        self.skipped_steps = 0

    @property
    def param_groups(self) -> list[dict]:
        return self.optimizer.param_groups

    def get_lr(self) -> list[float]:
        return self.optimizer.get_lr()

    @torch.no_grad()
    def step(self, loss_scale: float = 1.0) -> bool:
        """Update the model from its gradients; False (and nothing changes) on inf/nan."""
        if not loss_scale > 0:
            raise ValueError(f"Invalid loss_scale: {loss_scale} (must be > 0)")
        finite = True
        for model_p, master in zip(self.model_params, self.master_params):
            if model_p.grad is None:
                master.grad = None
                continue
            if master.grad is None:
                master.grad = torch.empty_like(master)
            master.grad.copy_(model_p.grad.detach())
            if loss_scale != 1.0:
                master.grad.div_(loss_scale)
            if finite and not torch.isfinite(master.grad).all():
                finite = False
        if not finite:
            self.skipped_steps += 1
            return False
        self.optimizer.step()
        self._copy_masters_to_model()
        return True

    @torch.no_grad()
    def _copy_masters_to_model(self) -> None:
        for model_p, master in zip(self.model_params, self.master_params):
            model_p.copy_(master)

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Clear the gradients of the model's parameters and of the masters."""
        for p in self.model_params + self.master_params:
            if p.grad is None:
                continue
            if set_to_none:
                p.grad = None
            else:
                p.grad.detach_().zero_()

    def state_dict(self) -> dict:
        """BertAdam's state plus the fp32 masters (more precise than a bf16/fp16 model)."""
        return {
            "optimizer": self.optimizer.state_dict(),
            "master_params": [m.detach().clone() for m in self.master_params],
            "skipped_steps": self.skipped_steps,
        }

    @torch.no_grad()
    def load_state_dict(self, state_dict: dict) -> None:
        """Restore state and masters, and copy the masters into the model's parameters."""
        masters = state_dict["master_params"]
        if len(masters) != len(self.master_params):
            raise ValueError(
                f"state_dict has {len(masters)} master params, optimizer has {len(self.master_params)}"
            )
        for master, saved in zip(self.master_params, masters):
            if master.shape != saved.shape:
                raise ValueError(f"master param shape mismatch: {tuple(saved.shape)} vs {tuple(master.shape)}")
            master.copy_(saved)
        self.optimizer.load_state_dict(state_dict["optimizer"])
        self.skipped_steps = state_dict.get("skipped_steps", 0)
        self._copy_masters_to_model()
