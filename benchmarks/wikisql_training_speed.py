"""WikiSQL training throughput on the CPU: the recipe against transformers' BertModel (issue #8, item 5).

Every contender trains the whole WikiSQL model (wikisql.model: backbone, head, compute_loss) on the
same examples, the first --examples of a training split, encoded once. They share the batch size, the
bf16 autocast, the thread count and the number of timed steps, and dropout is on for all of them:

- transformers (the reference): transformers' BertModel (attn_implementation="sdpa") is the backbone.
  Batches come in random order, padded to the longest example of the batch. Every parameter is
  trained, the word embeddings included, with torch.optim.AdamW (lr 1e-4). No content features.
- recipe: our BertModel with the content features. Length bucketing (wikisql.train.epoch_order,
  50 batches a chunk). The word embeddings stay frozen, and the optimizer is BertAdam from
  wikisql.train.make_optimizer with the settings of the recipe preset (wikisql.train.TrainConfig,
  fused update). Dropout masks come from bert.modeling.dropout (cheaper CPU masks). --compile adds
  torch.compile(dynamic=True).

With --ablation, variants of the recipe show where its speed comes from: without bucketing, with
the word embeddings trained, with torch's own dropout masks (F.dropout, bernoulli_), with BertAdam's
per-tensor update instead of the fused one, and our BERT in the reference's set-up (only the
backbone differs).

Each round takes --steps * --batch-size examples from a seeded permutation, the same ones in every
round. Each contender makes one pass over them and batches them its own way. The contenders take
turns, and the order flips every round. A step is collate + forward + loss + backward + optimizer
step + zero_grad: for every contender, the training step of wikisql/train.py (train_step, then
optimizer_step), as `python -m wikisql.train` runs it. Examples/s counts the fastest round of each contender.

    python benchmarks/wikisql_training_speed.py                      # ../shared/data/wikisql (recon/), 2 threads
    python benchmarks/wikisql_training_speed.py --ablation --compile
    python benchmarks/wikisql_training_speed.py --data-dir data/wikisql-sample --examples 128 --steps 2 \\
        --warmup 1 --rounds 1 --threads 1                            # a smoke run
    python benchmarks/wikisql_training_speed.py --ablation --results benchmarks/RESULTS.md
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import sys
import time
from pathlib import Path
from unittest import mock

import torch
import torch.nn.functional as F
from torch import nn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a script from anywhere
from benchmarks.report import write_section  # noqa: E402
from bert.checkpoints import resolve_model_dir  # noqa: E402
from bert.modeling import BertModelOutput  # noqa: E402
from bert.tokenization import BertTokenizer  # noqa: E402
from wikisql import train as recipe  # noqa: E402
from wikisql.data import load_split  # noqa: E402
from wikisql.encoding import Encoder, encode_examples  # noqa: E402
from wikisql.model import HeadConfig, WikiSQLModel  # noqa: E402

SECTION = "## WikiSQL training speed"
DEFAULT_DATA_DIR = REPO.parent / "shared" / "data" / "wikisql"
RECIPE_CONFIG = recipe.TrainConfig()  # the recipe preset of wikisql.train
BACKBONE = RECIPE_CONFIG.bert
MAX_SEQ_LENGTH = RECIPE_CONFIG.max_seq_length
BUCKET_BATCHES = RECIPE_CONFIG.length_buckets  # length bucketing: sort chunks of 50 batches by length
REFERENCE_LR = 1e-4
CPU = torch.device("cpu")


@dataclasses.dataclass(frozen=True)
class Setup:
    name: str
    backbone: str  # "ours" (bert.modeling) or "transformers" (BertModel, SDPA)
    content: bool  # table-content features (HeadConfig.content)
    bucketing: bool  # length-bucketed batches instead of random ones
    word_embeddings: bool  # train the 30,522 x 384 word embeddings
    optimizer: str  # "bertadam" (wikisql.train.make_optimizer) or "adamw" (torch.optim.AdamW, lr 1e-4)
    torch_dropout: bool = False  # our BERT and head draw masks with F.dropout instead of bert.modeling.dropout
    fused: bool = True  # BertAdam's fused update (False: one tensor and one operation at a time)
    compile: bool = False

    def describe(self) -> str:
        optimizer = ("BertAdam" + ("" if self.fused else " per-tensor")) if self.optimizer == "bertadam" else "AdamW"
        parts = [f"{self.backbone} BERT", "content" if self.content else "no content",
                 "bucketing" if self.bucketing else "random batches",
                 "word emb. trained" if self.word_embeddings else "word emb. frozen", optimizer]
        if self.backbone == "ours":
            parts.append("torch dropout" if self.torch_dropout else "our dropout")
        return ", ".join(parts + (["compiled"] if self.compile else []))


REFERENCE = Setup("transformers", "transformers", content=False, bucketing=False, word_embeddings=True,
                  optimizer="adamw")
RECIPE = Setup("recipe", "ours", content=True, bucketing=True, word_embeddings=False, optimizer="bertadam")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", default=str(DEFAULT_DATA_DIR),
                        help="WikiSQL directory with train.jsonl (or recon/train.jsonl), .xz allowed")
    parser.add_argument("--examples", type=int, default=3200, help="load the first N training examples")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--steps", type=int, default=50,
                        help="timed steps per contender per round (50 x 32 = one bucketing chunk)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed steps per contender first")
    parser.add_argument("--rounds", type=int, default=2, help="rounds, contenders interleaved, fastest kept")
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads")
    parser.add_argument("--compile", action="store_true",
                        help="torch.compile(dynamic=True) the recipe (and its variants)")
    parser.add_argument("--ablation", action="store_true",
                        help="also time the recipe without bucketing, with word embeddings trained, and our "
                             "BERT in the reference set-up")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--results", default=None, help="markdown file to record the table in (benchmarks/RESULTS.md)")
    return parser.parse_args(argv)


# ----------------------------------------------------------------------------- contenders

class TransformersBackbone(nn.Module):
    """transformers' BertModel (SDPA) called and answering like bert.modeling.BertModel."""

    def __init__(self, model_dir: Path, all_hidden_states: bool):
        super().__init__()
        import transformers
        transformers.logging.set_verbosity_error()  # the unused pooler weights
        transformers.logging.disable_progress_bar()
        self.model = transformers.BertModel.from_pretrained(
            str(model_dir), attn_implementation="sdpa", add_pooling_layer=False).float()
        self.all_hidden_states = all_hidden_states  # HeadConfig(layers=1) needs only the last layer

    @property
    def embeddings(self):
        return self.model.embeddings

    def forward(self, input_ids, token_type_ids, attention_mask, extra_embeddings=None):
        # (B, T) ids and mask -> last_hidden_state (B, T, H)
        if extra_embeddings is not None:
            raise ValueError("the transformers backbone takes no extra embeddings: turn content features off")
        output = self.model(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask,
                            output_hidden_states=self.all_hidden_states)
        return BertModelOutput(output.last_hidden_state, None, output.hidden_states)


class Contender:
    """A model, its optimizer and its examples, stepping through batches of item indices."""

    def __init__(self, setup: Setup, items, total_steps: int, seed: int):
        self.setup = setup
        self.items = items  # encoded with content features when setup.content
        torch.manual_seed(seed)  # same head initialisation for every contender
        model = WikiSQLModel.from_pretrained_bert(BACKBONE, HeadConfig(content=setup.content))
        if setup.backbone == "transformers":
            model.bert = TransformersBackbone(resolve_model_dir(BACKBONE), model.num_layers_mixed > 1)
        model.bert.embeddings.word_embeddings.weight.requires_grad_(setup.word_embeddings)
        if setup.optimizer == "adamw":
            self.optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=REFERENCE_LR)
        else:
            self.optimizer = recipe.make_optimizer(model, RECIPE_CONFIG, total_steps)
            self.optimizer.fused = None if setup.fused else False
        self.trained_parameters = sum(p.numel() for p in model.parameters() if p.requires_grad)
        model.train()  # dropout on
        self.model = torch.compile(model, dynamic=True) if setup.compile else model
        self.loss = float("nan")

    def step(self, batch_indices: list[int]):
        """wikisql.train's step: collate (padded to the longest example), bf16 autocast forward, loss,
        backward; then the optimizer step and zero_grad."""
        masks = (mock.patch("bert.modeling.dropout", F.dropout) if self.setup.torch_dropout
                 else contextlib.nullcontext())
        with masks:
            parts = recipe.train_step(self.model, [self.items[i] for i in batch_indices], CPU, torch.bfloat16)
        recipe.optimizer_step(self.optimizer)
        self.loss = parts["loss"]


def pass_batches(pool: list[int], lengths: list[int], bucketing: bool, epoch: int, batch_size: int,
                 seed: int) -> list[list[int]]:
    """One pass over `pool` (item indices) in batches: random order, or length buckets as the recipe."""
    order = recipe.epoch_order(len(pool), epoch, seed, 1, [lengths[i] for i in pool], batch_size,
                               BUCKET_BATCHES if bucketing else 0)
    return [[pool[i] for i in batch] for batch in recipe.micro_batches(order, batch_size, 0, 1)]


# ----------------------------------------------------------------------------- report

def machine_description(threads: int) -> list[str]:
    """bert_throughput's machine lines, plus the load average (other jobs slow a 2-thread run a lot)."""
    from bert_throughput import machine_description as cpu_description  # benchmarks/ is sys.path[0]
    torch.set_num_threads(threads)
    lines = cpu_description(torch.device("cpu"))
    lines[0] += ", load average at start " + ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return lines


def format_table(rows: list[dict]) -> list[str]:
    header = ["contender", "set-up", "examples/s", "vs transformers", "s/step", "padded tokens/example",
              "real tokens/example", "padding", "trained parameters"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for row in rows:
        cells = [row["name"], row["setup"], f"{row['examples_s']:.1f}", f"{row['ratio']:.2f}x",
                 f"{row['step_s']:.3f}", f"{row['padded']:.1f}", f"{row['real']:.1f}",
                 f"{100 * (1 - row['real'] / row['padded']):.0f}%", f"{row['trained'] / 1e6:.1f}M"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def attribution(rows: list[dict]) -> list[str]:
    """Speed-up ratios of the ablation pairs present in `rows`."""
    speed = {row["name"]: row["examples_s"] for row in rows}
    pairs = [("length bucketing", "recipe", "recipe, no bucketing"),
             ("frozen word embeddings", "recipe", "recipe, word embeddings trained"),
             ("our dropout masks", "recipe", "recipe, torch dropout masks"),
             ("fused BertAdam update", "recipe", "recipe, per-tensor BertAdam"),
             ("our BERT instead of transformers' (same set-up)", "our BERT, reference set-up", "transformers")]
    return [f"- {what}: {speed[faster] / speed[slower]:.2f}x ({faster} / {slower})"
            for what, faster, slower in pairs if faster in speed and slower in speed]


# ----------------------------------------------------------------------------- main

def main(argv=None):
    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    machine = machine_description(args.threads)
    print("\n".join(machine))

    # Encode once, with content features; the contenders without them get copies without.
    tokenizer = BertTokenizer.from_pretrained(BACKBONE)
    examples, tables = load_split(Path(args.data_dir), "train")
    examples = examples[:args.examples]
    encoded, report = encode_examples(Encoder(tokenizer, MAX_SEQ_LENGTH, column_types=False, content=True),
                                      examples, tables)
    items = [item for item in encoded if item.labels.values_located]
    plain_items = [dataclasses.replace(item, content_spans=None) for item in items]
    lengths = [len(item.input_ids) for item in items]
    print(f"train: {report.summary()}; {len(items)} used")

    # The timed pool and the warmup pool: consecutive stretches of one seeded permutation (wrapped).
    timed_size, warmup_size = args.steps * args.batch_size, args.warmup * args.batch_size
    permutation = torch.randperm(len(items), generator=torch.Generator().manual_seed(args.seed)).tolist()
    stretch = [permutation[i % len(items)] for i in range(timed_size + warmup_size)]
    timed_pool, warmup_pool = stretch[:timed_size], stretch[timed_size:]
    if len(items) < len(stretch):
        print(f"note: {len(items)} usable examples for {len(stretch)} example slots: some repeat")

    setups = [REFERENCE, dataclasses.replace(RECIPE, compile=args.compile)]
    if args.ablation:
        setups += [dataclasses.replace(setups[1], name="recipe, no bucketing", bucketing=False),
                   dataclasses.replace(setups[1], name="recipe, word embeddings trained", word_embeddings=True),
                   dataclasses.replace(setups[1], name="recipe, torch dropout masks", torch_dropout=True),
                   dataclasses.replace(setups[1], name="recipe, per-tensor BertAdam", fused=False),
                   dataclasses.replace(REFERENCE, name="our BERT, reference set-up", backbone="ours")]
    total_steps = args.warmup + args.rounds * args.steps
    contenders = [Contender(setup, items if setup.content else plain_items, total_steps, args.seed)
                  for setup in setups]

    # Batches of every pass, fixed before timing: round r is epoch r of the timed pool.
    timed = {c.setup.name: [pass_batches(timed_pool, lengths, c.setup.bucketing, r, args.batch_size, args.seed)
                            for r in range(args.rounds)] for c in contenders}
    for contender in contenders:
        start = time.perf_counter()
        if warmup_pool:
            for batch in pass_batches(warmup_pool, lengths, contender.setup.bucketing, 0, args.batch_size, args.seed):
                contender.step(batch)
        print(f"warmup {contender.setup.name}: {time.perf_counter() - start:.1f} s, loss {contender.loss:.3f}",
              flush=True)
    seconds = {c.setup.name: [] for c in contenders}
    for r in range(args.rounds):
        for contender in contenders if r % 2 == 0 else contenders[::-1]:
            name = contender.setup.name
            start = time.perf_counter()
            for batch in timed[name][r]:
                contender.step(batch)
            seconds[name].append(time.perf_counter() - start)
            print(f"round {r + 1} {name}: {timed_size / seconds[name][-1]:.1f} examples/s, "
                  f"loss {contender.loss:.3f}", flush=True)

    rows = []
    for contender in contenders:
        name = contender.setup.name
        batches = [batch for round_batches in timed[name] for batch in round_batches]
        padded = sum(len(batch) * max(lengths[i] for i in batch) for batch in batches)  # B x T per batch
        real = sum(lengths[i] for batch in batches for i in batch)
        examples_done = sum(len(batch) for batch in batches)
        best = min(seconds[name])
        rows.append(dict(name=name, setup=contender.setup.describe(), examples_s=timed_size / best,
                         step_s=best / args.steps, padded=padded / examples_done, real=real / examples_done,
                         trained=contender.trained_parameters))
    for row in rows:
        row["ratio"] = row["examples_s"] / rows[0]["examples_s"]
    table = format_table(rows)
    explained = attribution(rows)
    print("\n" + "\n".join(table + [""] + explained))

    if args.results:
        command = " ".join(sys.argv[1:] if argv is None else argv)
        body = [SECTION, ""] + [f"- {line}" for line in machine] + [
            f"- command: `python benchmarks/wikisql_training_speed.py {command}`",
            f"- data: the first {args.examples} training examples of `{args.data_dir}`, {len(items)} with located "
            f"values; each round trains every contender on the same {timed_size} of them "
            f"({args.steps} steps of {args.batch_size}), each batching them its own way",
            f"- bf16 autocast (fp32 weights), dropout on, torch threads {args.threads}; fastest of "
            f"{args.rounds} rounds (contenders interleaved) after {args.warmup} warmup steps; a step is "
            "collate + forward + loss + backward + optimizer step + zero_grad",
            '- transformers: `transformers.BertModel` (`attn_implementation="sdpa"`) under the WikiSQL head, '
            "random batches padded to their longest example, all parameters trained, "
            f"`torch.optim.AdamW` lr {REFERENCE_LR}",
            f"- recipe: our BERT, content features, length bucketing ({BUCKET_BATCHES} batches a chunk), word "
            "embeddings frozen, BertAdam of `wikisql.train.make_optimizer` with train.py's defaults (fused "
            "update), dropout masks of `bert.modeling.dropout`",
            "- every contender steps through `wikisql.train.train_step` and `optimizer_step`, as the training "
            "loop does",
            "- tokens per example are averaged over the timed batches; padding = share of padded tokens that "
            "are not real",
            "",
        ] + table + ([""] + explained if explained else [])
        write_section(Path(args.results), SECTION, body)
        print(f"\nwrote {SECTION!r} in {args.results}")


if __name__ == "__main__":
    main()
