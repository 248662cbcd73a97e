"""Training and inference throughput and MFU of our BERT against transformers' BertModel (SDPA).

Both implementations get the same weights (ours copied into theirs; the parameter names are the
same) and the same random, partly padded batch. A training step is forward + loss + backward +
AdamW step (dropout on); inference is a forward pass under torch.inference_mode().

    python benchmarks/bert_throughput.py                                   # auto device and dtype
    python benchmarks/bert_throughput.py --models minilm --seq-lengths 128 --batch-size 8 --iters 3 --warmup 1
    python benchmarks/bert_throughput.py --results benchmarks/RESULTS.md   # also record the table

MFU = model FLOPs per token (BertModel.flops_per_token: matmuls incl. attention, x3 for training)
x padded tokens per second / peak FLOP/s. Padded tokens count as processed (the kernels compute
them). Peak: a table of known GPUs (dense bf16/fp16), --peak-tflops, or else (CPU, unknown GPU,
fp32 on GPU) a large matmul timed here in the same dtype.
"""
from __future__ import annotations

import argparse
import datetime
import gc
import os
import platform
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from bert.config import BertConfig  # noqa: E402
from bert.modeling import BertModel  # noqa: E402

SECTION_HEADING = "## BERT throughput"
# Dense bf16/fp16 tensor-core peaks in TFLOP/s (vendor datasheets); first substring match wins.
GPU_PEAK_TFLOPS = [
    ("H100 PCIe", 756.5),
    ("H100 NVL", 835.5),
    ("H100", 989.4),  # SXM
    ("H200", 989.4),
    ("A100", 312.0),
    ("L40S", 362.1),
    ("L4", 121.0),
    ("A10", 125.0),
]
MODEL_SHAPES = {
    "minilm": None,  # the bundled backbone (all-MiniLM-L6-v2: 6 layers, hidden 384), pretrained weights
    "base": dict(hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072),
    "large": dict(hidden_size=1024, num_hidden_layers=24, num_attention_heads=16, intermediate_size=4096),
}
DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}


# ----------------------------------------------------------------------------- setup

def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--dtype", default="auto", choices=["auto", "fp32", "bf16", "fp16"],
                        help="auto: fp32 on CPU, bf16 autocast on GPU (fp16 where bf16 is missing)")
    parser.add_argument("--models", default="minilm,base", help=f"comma list of {','.join(MODEL_SHAPES)}")
    parser.add_argument("--seq-lengths", default="128,384")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="default: 24576 tokens per batch on GPU, 1024 on CPU (128 -> 192 / 8)")
    parser.add_argument("--iters", type=int, default=None, help="timed iterations (default 30 GPU, 5 CPU)")
    parser.add_argument("--warmup", type=int, default=None, help="untimed iterations first (default 10 GPU, 2 CPU)")
    parser.add_argument("--repeats", type=int, default=None,
                        help="rounds of --iters, ours and theirs interleaved, fastest kept (default 3 GPU, 2 CPU)")
    parser.add_argument("--compile", action="store_true", help="torch.compile ours and theirs")
    parser.add_argument("--threads", type=int, default=None, help="torch.set_num_threads")
    parser.add_argument("--peak-tflops", type=float, default=None, help="peak FLOP/s for MFU, in TFLOP/s")
    parser.add_argument("--results", default=None,
                        help="markdown file to record the table in (e.g. benchmarks/RESULTS.md)")
    parser.add_argument("--seed", type=int, default=1234)
    return parser.parse_args(argv)


def build_models(name: str, device: torch.device):
    """Ours and transformers' BertModel (SDPA) with the same weights, in fp32 on `device`."""
    import transformers
    if MODEL_SHAPES[name] is None:
        ours = BertModel.from_pretrained("minilm-l6")
    else:
        ours = BertModel(BertConfig(**MODEL_SHAPES[name]))  # random weights: only speed is measured
    c = ours.config
    their_config = transformers.BertConfig(
        vocab_size=c.vocab_size, hidden_size=c.hidden_size, num_hidden_layers=c.num_hidden_layers,
        num_attention_heads=c.num_attention_heads, intermediate_size=c.intermediate_size,
        hidden_act=c.hidden_act, hidden_dropout_prob=c.hidden_dropout_prob,
        attention_probs_dropout_prob=c.attention_probs_dropout_prob,
        max_position_embeddings=c.max_position_embeddings, type_vocab_size=c.type_vocab_size,
        layer_norm_eps=c.layer_norm_eps, pad_token_id=c.pad_token_id, attn_implementation="sdpa")
    theirs = transformers.BertModel(their_config)
    theirs.load_state_dict(ours.state_dict(), strict=True)
    return ours.to(device), theirs.to(device)


def make_batch(batch_size: int, seq_length: int, vocab_size: int, device: torch.device, seed: int):
    """Random ids, two segments, and padding: row lengths spread from seq_length/2 to seq_length."""
    generator = torch.Generator().manual_seed(seed)
    input_ids = torch.randint(1000, vocab_size, (batch_size, seq_length), generator=generator)
    lengths = torch.randint(seq_length // 2, seq_length + 1, (batch_size,), generator=generator)
    lengths[0] = seq_length  # at least one full row
    positions = torch.arange(seq_length)
    attention_mask = (positions[None, :] < lengths[:, None]).long()
    token_type_ids = ((positions[None, :] >= (lengths[:, None] // 2)) & (attention_mask == 1)).long()
    input_ids = input_ids.masked_fill(attention_mask == 0, 0)
    batch = dict(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask)
    return {key: value.to(device) for key, value in batch.items()}


def max_output_difference(ours, theirs, batch) -> float:
    """Largest |ours - theirs| on last_hidden_state for two rows, fp32 (TF32 off: with it, the two
    differed by up to 1.9e-3 on an H200, which says nothing of the implementations), eval mode."""
    small = {key: value[:2] for key, value in batch.items()}
    ours.eval(), theirs.eval()
    tf32 = torch.backends.cuda.matmul.allow_tf32
    torch.backends.cuda.matmul.allow_tf32 = False
    try:
        with torch.no_grad():
            mask = small["attention_mask"].unsqueeze(-1).bool()
            ours_out = ours(**small)[0].masked_fill(~mask, 0)
            theirs_out = theirs(**small)[0].masked_fill(~mask, 0)
    finally:
        torch.backends.cuda.matmul.allow_tf32 = tf32
    return (ours_out - theirs_out).abs().max().item()


# ----------------------------------------------------------------------------- timing

def synchronize(device: torch.device):
    if device.type == "cuda":
        torch.cuda.synchronize()


def make_train_step(model, batch, device, autocast_dtype):
    """A training step: forward, loss, backward, AdamW step (fused on CUDA)."""
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5, fused=device.type == "cuda")
    scaler = torch.amp.GradScaler(device.type, enabled=autocast_dtype == torch.float16)

    def step():
        model.train()
        with torch.autocast(device.type, dtype=autocast_dtype or torch.float32, enabled=autocast_dtype is not None):
            output = model(**batch)
            # The pooled output joins the loss so that every parameter gets a gradient.
            loss = output[0].float().square().mean() + output[1].float().square().mean()
        scaler.scale(loss).backward()
        scaler.step(optimizer)
        scaler.update()
        optimizer.zero_grad(set_to_none=True)
    return step


def make_infer_step(model, batch, device, autocast_dtype):
    """A forward pass under inference_mode."""
    def step():
        model.eval()
        with torch.inference_mode(), torch.autocast(
                device.type, dtype=autocast_dtype or torch.float32, enabled=autocast_dtype is not None):
            model(**batch)
    return step


def time_steps(steps: dict, device, iters: int, warmup: int, repeats: int) -> dict:
    """Seconds per step for each of `steps` (impl -> step function): warmup, then `repeats` rounds of
    `iters` timed steps, implementations interleaved (order flipped every round), fastest round kept."""
    for step in steps.values():
        for _ in range(warmup):
            step()
    synchronize(device)
    best = {impl: float("inf") for impl in steps}
    for round_index in range(repeats):
        order = list(steps) if round_index % 2 == 0 else list(reversed(steps))
        for impl in order:
            start = time.perf_counter()
            for _ in range(iters):
                steps[impl]()
            synchronize(device)
            best[impl] = min(best[impl], (time.perf_counter() - start) / iters)
    return best


def measure_matmul_tflops(device: torch.device, dtype: torch.dtype) -> tuple[float, int]:
    """Best achieved TFLOP/s of an n x n matmul in `dtype` (the peak for MFU on CPU). n grows from 256
    while one matmul takes under 0.1 s (up to 8192 on GPU, 2048 on CPU), so slow dtypes stay quick."""
    max_n = 8192 if device.type == "cuda" else 2048

    def seconds_per_matmul(a, b, repeats):
        synchronize(device)
        start = time.perf_counter()
        for _ in range(repeats):
            a @ b
        synchronize(device)
        return (time.perf_counter() - start) / repeats

    n = 256
    while True:
        a = torch.randn(n, n, device=device, dtype=dtype)
        b = torch.randn(n, n, device=device, dtype=dtype)
        seconds = seconds_per_matmul(a, b, 1)  # the first call also warms up
        if n >= max_n or seconds > 0.1:
            break
        n *= 2
    repeats = max(1, min(50, int(0.3 / max(seconds_per_matmul(a, b, 1), 1e-6))))
    best = min(seconds_per_matmul(a, b, repeats) for _ in range(3))
    return 2 * n ** 3 / best / 1e12, n


def peak_tflops(args, device, dtype) -> tuple[float, str]:
    if args.peak_tflops:
        return args.peak_tflops, "--peak-tflops"
    if device.type == "cuda" and dtype in (torch.bfloat16, torch.float16):
        name = torch.cuda.get_device_name(device)
        for key, value in GPU_PEAK_TFLOPS:
            if key in name:
                return value, f"{key} dense {'bf16' if dtype == torch.bfloat16 else 'fp16'} datasheet"
    value, n = measure_matmul_tflops(device, dtype)
    return value, f"measured: {n}x{n} matmul in {str(dtype).removeprefix('torch.')}"


# ----------------------------------------------------------------------------- report

def machine_description(device: torch.device) -> list[str]:
    import transformers
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    lines = [f"CPU: {cpu}, {os.cpu_count()} cores visible, torch threads {torch.get_num_threads()}"]
    if device.type == "cuda":
        lines.append(f"GPU: {torch.cuda.get_device_name(device)}, CUDA {torch.version.cuda}")
    lines.append(f"torch {torch.__version__}, transformers {transformers.__version__}, Python {platform.python_version()}")
    lines.append(f"date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    return lines


def format_table(rows) -> list[str]:
    header = ["model", "impl", "seq len", "batch", "train seq/s", "infer seq/s", "train MFU", "infer MFU",
              "train ours/theirs", "infer ours/theirs"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        cells = [row["model"], row["impl"], str(row["seq_length"]), str(row["batch_size"]),
                 f"{row['train_seq_s']:.1f}", f"{row['infer_seq_s']:.1f}",
                 f"{100 * row['train_mfu']:.1f}%", f"{100 * row['infer_mfu']:.1f}%",
                 f"{row['train_ratio']:.2f}" if "train_ratio" in row else "",
                 f"{row['infer_ratio']:.2f}" if "infer_ratio" in row else ""]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def write_results(path: Path, subsection_heading: str, body: list[str]):
    """Put `body` under `subsection_heading` in the `## BERT throughput` section of `path`,
    replacing an earlier subsection of the same heading (same device/dtype/compile) only."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    lines = text.rstrip("\n").split("\n")
    # Locate our section: from its heading to the next "## " heading.
    if SECTION_HEADING in lines:
        start = lines.index(SECTION_HEADING)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    else:
        lines += ["", SECTION_HEADING]
        start, end = len(lines) - 1, len(lines)
    section = lines[start + 1:end]
    # Split it into an intro and "### " subsections, and swap ours in.
    intro, subsections, current = [], [], None
    for line in section:
        if line.startswith("### "):
            current = [line]
            subsections.append(current)
        elif current is None:
            intro.append(line)
        else:
            current.append(line)
    new_subsection = [subsection_heading, ""] + body + [""]
    headings = [subsection[0] for subsection in subsections]
    if subsection_heading in headings:  # replace in place
        subsections[headings.index(subsection_heading)] = new_subsection
    else:
        subsections.append(new_subsection)
    if not any(line.strip() for line in intro):
        intro = ["", "Written by `benchmarks/bert_throughput.py`; one subsection per device, dtype and "
                 "compile setting, the latest run of each.", ""]
    new_section = [SECTION_HEADING] + intro
    for subsection in subsections:
        while subsection and not subsection[-1].strip():
            subsection = subsection[:-1]
        new_section += subsection + [""]
    lines = lines[:start] + new_section + lines[end:]
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- main

def main(argv=None):
    args = parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    device = torch.device("cuda" if args.device == "auto" and torch.cuda.is_available() else
                          "cpu" if args.device == "auto" else args.device)
    on_gpu = device.type == "cuda"
    if args.dtype == "auto":
        dtype_name = "fp32" if not on_gpu else "bf16" if torch.cuda.is_bf16_supported() else "fp16"
    else:
        dtype_name = args.dtype
    dtype = DTYPES[dtype_name]
    autocast_dtype = None if dtype == torch.float32 else dtype  # weights stay fp32: mixed precision
    if on_gpu:
        torch.backends.cuda.matmul.allow_tf32 = True  # fp32 runs use TF32 tensor cores, as nanoGPT
        torch.backends.cudnn.allow_tf32 = True
    iters = args.iters or (30 if on_gpu else 5)
    warmup = args.warmup if args.warmup is not None else (10 if on_gpu else 2)
    args.repeats = args.repeats or (3 if on_gpu else 2)
    model_names = [name.strip() for name in args.models.split(",") if name.strip()]
    for name in model_names:
        if name not in MODEL_SHAPES:
            raise SystemExit(f"unknown model {name!r}; choose from {', '.join(MODEL_SHAPES)}")
    seq_lengths = [int(value) for value in args.seq_lengths.split(",")]

    machine = machine_description(device)
    print("\n".join(machine))
    peak, peak_source = peak_tflops(args, device, dtype)
    print(f"peak for MFU: {peak:.2f} TFLOP/s ({peak_source})")
    print(f"dtype {dtype_name}{' (autocast)' if autocast_dtype else ''}, compile {args.compile}, "
          f"iters {iters} x best of {args.repeats}, warmup {warmup}")

    rows, notes = [], []
    for name in model_names:
        ours, theirs = build_models(name, device)
        config = ours.config
        print(f"\n{name}: {config.num_hidden_layers} layers, hidden {config.hidden_size}, "
              f"{ours.num_parameters() / 1e6:.1f}M parameters")
        for seq_length in seq_lengths:
            batch_size = args.batch_size or max(1, (24576 if on_gpu else 1024) // seq_length)
            batch = make_batch(batch_size, seq_length, config.vocab_size, device, args.seed)
            # The timed training steps of the previous length moved each model its own way: start equal again.
            theirs.load_state_dict(ours.state_dict(), strict=True)
            difference = max_output_difference(ours, theirs, batch)
            print(f"  seq {seq_length}, batch {batch_size}: fp32 max |ours - theirs| = {difference:.2e}")
            if difference > 1e-3:
                notes.append(f"{name} seq {seq_length}: outputs differ by {difference:.2e}")
            implementations = {"ours": ours, "transformers": theirs}
            if args.compile:
                implementations = {impl: torch.compile(model, dynamic=False) for impl, model in implementations.items()}
            train_steps = {impl: make_train_step(model, batch, device, autocast_dtype)
                           for impl, model in implementations.items()}
            train_s = time_steps(train_steps, device, iters, warmup, args.repeats)
            del train_steps  # frees the optimizer states
            for impl in implementations:
                print(f"    {impl:12s} train {batch_size / train_s[impl]:9.1f} seq/s", flush=True)
            infer_steps = {impl: make_infer_step(model, batch, device, autocast_dtype)
                           for impl, model in implementations.items()}
            infer_s = time_steps(infer_steps, device, iters, warmup, args.repeats)
            del infer_steps
            for impl in implementations:
                print(f"    {impl:12s} infer {batch_size / infer_s[impl]:9.1f} seq/s", flush=True)
            results = {impl: dict(train_s=train_s[impl], infer_s=infer_s[impl]) for impl in implementations}
            tokens = batch_size * seq_length  # padded tokens included
            train_flops = ours.flops_per_token(seq_length, training=True) * tokens
            infer_flops = ours.flops_per_token(seq_length, training=False) * tokens
            for impl, result in results.items():
                row = dict(model=name, impl=impl, seq_length=seq_length, batch_size=batch_size,
                           train_seq_s=batch_size / result["train_s"], infer_seq_s=batch_size / result["infer_s"],
                           train_mfu=train_flops / result["train_s"] / (peak * 1e12),
                           infer_mfu=infer_flops / result["infer_s"] / (peak * 1e12))
                if impl == "ours":
                    row["train_ratio"] = results["transformers"]["train_s"] / result["train_s"]
                    row["infer_ratio"] = results["transformers"]["infer_s"] / result["infer_s"]
                rows.append(row)
            del implementations, batch
        del ours, theirs
        gc.collect()
        if on_gpu:
            torch.cuda.empty_cache()

    table = format_table(rows)
    print("\n" + "\n".join(table))
    for note in notes:
        print("WARNING:", note)

    if args.results:
        body = [f"- {line}" for line in machine] + [
            f"- command: `python benchmarks/bert_throughput.py {' '.join(sys.argv[1:] if argv is None else argv)}`",
            f"- {dtype_name}{' autocast (fp32 weights)' if autocast_dtype else ''}, "
            f"compile {'on' if args.compile else 'off'}, fastest of {args.repeats} rounds of {iters} timed steps "
            f"(ours and theirs interleaved) after {warmup} warmup",
            f"- peak for MFU: {peak:.2f} TFLOP/s ({peak_source}); MFU counts padded tokens as processed "
            "(batch x seq len), FLOPs from `BertModel.flops_per_token` (training = 3x forward)",
            "- train step: forward + mean-square loss + backward + AdamW, dropout on; infer: forward "
            "under `torch.inference_mode()`; transformers' `BertModel` with `attn_implementation=\"sdpa\"`, "
            "same weights and batch (rows padded to between 1/2 and all of seq len)",
            "- ours/theirs > 1: ours faster",
            "",
        ] + table + [f"\nWARNING: {note}" for note in notes]
        heading = f"### {device.type} {dtype_name}{' compiled' if args.compile else ''}"
        if on_gpu:
            heading += f" ({torch.cuda.get_device_name(device)})"
        write_results(Path(args.results), heading, body)
        print(f"\nwrote {heading!r} under {SECTION_HEADING!r} in {args.results}")


if __name__ == "__main__":
    main()
