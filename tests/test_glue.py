"""GLUE fine-tuning: task readers, features, metrics, the training step and the CLI end to end."""
import json
import math
from pathlib import Path

import numpy as np
import pytest
import torch
from support import write_tiny_checkpoint  # noqa: E402

from bert.config import BertConfig
from bert.finetune import Runtime, Trainer, load_model_and_tokenizer, num_optimizer_steps, trim_to_longest
from bert.modeling import BertForSequenceClassification
from glue import processors as P

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "glue"
SHARED_MRPC = Path(__file__).resolve().parents[2] / "shared" / "data" / "mrpc"


pytestmark = pytest.mark.usefixtures("one_thread")


# ---------------------------------------------------------------------------- readers


@pytest.mark.parametrize("task, count, first", [
    ("MRPC", 16, ("The bank rejected the new budget in March .", "In march , the bank rejected the new budget .", "1")),
    ("SST-2", 3, ("a warm , funny and genuinely moving film ", None, "1")),
    ("CoLA", 4, ("The sailors rode the breeze clear of the rocks.", None, "1")),
    ("QNLI", 2, ("What is the capital of France?", "Paris is the capital and largest city of France.", "entailment")),
    ("RTE", 2, ("The cat sat on the mat while the dog slept.", "A cat was on the mat.", "entailment")),
    ("MNLI", 3, ("The children played in the park until dark.", "The children were outside.", "entailment")),
])
def test_processors_read_columns(task, count, first):
    processor = P.get_processor(task)
    examples = processor.get_train_examples(FIXTURES / task)
    assert len(examples) == count
    assert (examples[0].text_a, examples[0].text_b, examples[0].label) == first
    assert all(example.label in processor.labels for example in examples)


def test_quotes_are_literal_and_bom_is_dropped():
    sst = P.get_processor("SST-2").get_train_examples(FIXTURES / "SST-2")
    assert sst[2].text_a == '"a ""masterpiece"" of quiet beauty "'
    rows = P.read_tsv(FIXTURES / "MRPC" / "train.tsv")
    assert rows[0][1][0] == "Quality"  # no \ufeff in front


def test_mnli_has_two_dev_sets():
    processor = P.get_processor("mnli")
    assert [len(processor.get_dev_examples(FIXTURES / "MNLI", name)) for name in processor.dev_files] == [3, 3]


def test_bad_line_named(tmp_path):
    path = tmp_path / "train.tsv"
    path.write_text("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1\t2\tonly a\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"train\.tsv:2: expected at least 5"):
        P.get_processor("MRPC").get_train_examples(tmp_path)
    path.write_text("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\nyes\t1\t2\ta\tb\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"train\.tsv:2: label 'yes'"):
        P.get_processor("MRPC").get_train_examples(tmp_path)
    with pytest.raises(ValueError, match="unknown task"):
        P.get_processor("STS-X")


# ---------------------------------------------------------------------------- features


def test_pair_features_layout(tokenizer):
    example = P.InputExample("x", "Hello world", "Good night moon", "1")
    features = P.convert_example_to_features(example, ["0", "1"], 16, tokenizer)
    tokens = tokenizer.convert_ids_to_tokens(features.input_ids[:9])
    assert tokens == ["[CLS]", "hello", "world", "[SEP]", "good", "night", "moon", "[SEP]", "[PAD]"]
    assert features.segment_ids == [0] * 4 + [1] * 4 + [0] * 8
    assert features.input_mask == [1] * 8 + [0] * 8
    assert features.label_id == 1 and len(features.input_ids) == 16


def test_truncation_keeps_length_and_both_sentences(tokenizer):
    example = P.InputExample("x", " ".join(["alpha"] * 30), " ".join(["beta"] * 10), "0")
    features = P.convert_example_to_features(example, ["0", "1"], 16, tokenizer)
    tokens = tokenizer.convert_ids_to_tokens(features.input_ids)
    assert len(tokens) == 16 and sum(features.input_mask) == 16
    assert tokens.count("[SEP]") == 2 and tokens.count("alpha") == 7 and tokens.count("beta") == 6  # longest first
    single = P.convert_example_to_features(P.InputExample("y", " ".join(["alpha"] * 30)), ["0", "1"], 8, tokenizer)
    assert tokenizer.convert_ids_to_tokens(single.input_ids) == ["[CLS]"] + ["alpha"] * 6 + ["[SEP]"]
    assert single.label_id == -1


def test_trim_to_longest_cuts_padding_only():
    rows = [(torch.tensor([5, 6, 0, 0]), torch.tensor([1, 1, 0, 0]), torch.tensor([0, 1, 0, 0]), torch.tensor(1)),
            (torch.tensor([7, 8, 9, 0]), torch.tensor([1, 1, 1, 0]), torch.tensor([0, 0, 1, 0]), torch.tensor(0))]
    ids, mask, segments, labels = trim_to_longest(rows)
    assert ids.tolist() == [[5, 6, 0], [7, 8, 9]] and mask.shape == (2, 3) and segments.shape == (2, 3)
    assert labels.tolist() == [1, 0]


# ---------------------------------------------------------------------------- metrics


def test_metrics_against_independent_formulas():
    rng = np.random.default_rng(0)
    for _ in range(20):
        labels = rng.integers(0, 2, 50).tolist()
        predictions = rng.integers(0, 2, 50).tolist()
        # MCC of binary vectors is their Pearson correlation.
        assert P.matthews_corrcoef(predictions, labels) == pytest.approx(np.corrcoef(predictions, labels)[0, 1])
        # F1 = 2 TP / (2 TP + FP + FN)
        tp = sum(p and y for p, y in zip(predictions, labels))
        fp = sum(p and not y for p, y in zip(predictions, labels))
        fn = sum(y and not p for p, y in zip(predictions, labels))
        assert P.f1_binary(predictions, labels) == pytest.approx(2 * tp / (2 * tp + fp + fn))
        assert P.accuracy(predictions, labels) == pytest.approx(np.mean(np.equal(predictions, labels)))
    assert P.matthews_corrcoef([1, 1, 1], [0, 1, 1]) == 0.0  # constant prediction
    assert P.f1_binary([0, 0], [1, 1]) == 0.0
    assert P.compute_metrics(("acc", "f1", "acc_and_f1"), [1, 0, 1, 1], [1, 0, 0, 1]) == pytest.approx(
        {"acc": 0.75, "f1": 0.8, "acc_and_f1": 0.775})


# ---------------------------------------------------------------------------- training step


def tiny_config(**overrides):
    values = dict(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                  intermediate_size=64, max_position_embeddings=64)
    values.update(overrides)
    return BertConfig(**values)


def cpu_runtime():
    return Runtime(torch.device("cpu"))


def trainer_args(accumulation, batch_size, **overrides):
    import argparse
    values = dict(gradient_accumulation_steps=accumulation, train_batch_size=batch_size, learning_rate=1e-3,
                  warmup_proportion=0.0, weight_decay=0.01, optimize_on_cpu=False, fp16=False, bf16=False,
                  loss_scale=0.0, num_train_epochs=1.0)
    values.update(overrides)
    return argparse.Namespace(**values)


@pytest.mark.parametrize("optimize_on_cpu", [False, True])
def test_gradient_accumulation_equals_one_big_batch(optimize_on_cpu):
    torch.manual_seed(0)
    config = tiny_config(hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    reference = BertForSequenceClassification(config, num_labels=2)
    accumulated = BertForSequenceClassification(config, num_labels=2)
    accumulated.load_state_dict(reference.state_dict())
    ids = torch.randint(1000, 2000, (4, 10))
    mask = torch.ones_like(ids)
    mask[2:, 7:] = 0
    labels = torch.tensor([0, 1, 1, 0])

    big = Trainer(reference, trainer_args(1, 4), cpu_runtime(), num_train_steps=10)
    assert big.backward(reference(ids, None, mask, labels=labels).loss, micro_step=0)
    small = Trainer(accumulated, trainer_args(2, 4, optimize_on_cpu=optimize_on_cpu), cpu_runtime(), num_train_steps=10)
    assert not small.backward(accumulated(ids[:2], None, mask[:2], labels=labels[:2]).loss, micro_step=0)
    assert small.global_step == 0
    assert small.backward(accumulated(ids[2:], None, mask[2:], labels=labels[2:]).loss, micro_step=1)
    assert small.global_step == 1

    before = BertForSequenceClassification(config, num_labels=2).state_dict()
    for (name, p), q in zip(reference.named_parameters(), accumulated.parameters()):
        torch.testing.assert_close(p, q, atol=2e-6, rtol=1e-5, msg=name)
    moved = sum(not torch.equal(p, before[n]) for n, p in reference.named_parameters() if n in before)
    assert moved > 0
    assert all(p.grad is None for p in accumulated.parameters())  # zeroed after the step


def test_num_optimizer_steps():
    args = trainer_args(2, 8, num_train_epochs=3.0)
    assert num_optimizer_steps(100, args, cpu_runtime()) == math.ceil(math.ceil(100 / 4) / 2) * 3


# ---------------------------------------------------------------------------- end to end


def test_cli_learns_fixture_and_reloads(tmp_path, bundled_model_dir):
    from glue.run_classifier import main
    checkpoint = write_tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    data_dir = tmp_path / "mrpc"
    data_dir.mkdir()
    train_text = (FIXTURES / "MRPC" / "train.tsv").read_text(encoding="utf-8")
    (data_dir / "train.tsv").write_text(train_text, encoding="utf-8")
    (data_dir / "dev.tsv").write_text(train_text, encoding="utf-8")  # memorising the training set is the check
    output_dir = tmp_path / "out"
    results = main(["--task_name", "MRPC", "--do_train", "--do_eval", "--data_dir", str(data_dir),
                    "--bert_config_file", str(checkpoint / "bert_config.json"),
                    "--init_checkpoint", str(checkpoint / "pytorch_model.bin"),
                    "--vocab_file", str(checkpoint / "vocab.txt"),
                    "--max_seq_length", "32", "--train_batch_size", "8", "--gradient_accumulation_steps", "2",
                    "--learning_rate", "2e-3", "--num_train_epochs", "25", "--output_dir", str(output_dir),
                    "--seed", "1"])
    assert results["global_step"] == 50
    saved = json.loads((output_dir / "eval_results.json").read_text())
    assert set(saved) >= {"acc", "f1", "acc_and_f1", "eval_loss"}
    assert saved["acc"] == 1.0, saved
    assert json.loads((output_dir / "train_results.json").read_text())["train_examples"] == 16

    # The output directory is a checkpoint: evaluating it again gives the same figures.
    again = main(["--task_name", "MRPC", "--do_eval", "--data_dir", str(data_dir), "--bert", str(output_dir),
                  "--max_seq_length", "32", "--output_dir", str(tmp_path / "again")])
    assert again["acc"] == saved["acc"] and again["eval_loss"] == pytest.approx(saved["eval_loss"], rel=1e-5)


def test_cli_bf16_autocast_runs(tmp_path, bundled_model_dir):
    from glue.run_classifier import main
    checkpoint = write_tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    results = main(["--task_name", "SST-2", "--do_train", "--do_eval", "--data_dir", str(FIXTURES / "SST-2"),
                    "--bert", str(checkpoint), "--bf16", "--max_seq_length", "16", "--train_batch_size", "2",
                    "--num_train_epochs", "1", "--output_dir", str(tmp_path / "out")])
    assert results["global_step"] == 2 and math.isfinite(results["train_loss"]) and "acc" in results


def test_cli_rejects_fp16_on_cpu_and_bad_accumulation(tmp_path):
    from glue.run_classifier import main
    with pytest.raises(SystemExit):
        main(["--task_name", "MRPC", "--do_train", "--data_dir", ".", "--output_dir", str(tmp_path),
              "--train_batch_size", "10", "--gradient_accumulation_steps", "3"])
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="--fp16 needs a GPU"):
            main(["--task_name", "MRPC", "--do_eval", "--data_dir", str(FIXTURES / "MRPC"), "--fp16",
                  "--output_dir", str(tmp_path)])


@pytest.mark.skipif(not SHARED_MRPC.is_dir(), reason=f"no MRPC data at {SHARED_MRPC}")
def test_shared_mrpc_counts():
    processor = P.get_processor("MRPC")
    train, dev = processor.get_train_examples(SHARED_MRPC), processor.get_dev_examples(SHARED_MRPC)
    assert (len(train), len(dev)) == (3668, 408)
    assert sum(e.label == "1" for e in dev) == 279


def test_torchrun_two_processes_on_cpu(tmp_path, bundled_model_dir):
    """torchrun with 2 CPU processes (gloo): each takes half of every batch, only rank 0 writes."""
    import os
    import socket
    import subprocess
    import sys
    checkpoint = write_tiny_checkpoint(tmp_path / "tiny", bundled_model_dir)
    output_dir = tmp_path / "out"
    with socket.socket() as probe:  # a free port, so parallel test runs do not collide
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", str(port),
               "-m", "glue.run_classifier", "--task_name", "MRPC", "--do_train", "--do_eval",
               "--data_dir", str(FIXTURES / "MRPC"), "--bert", str(checkpoint), "--max_seq_length", "32",
               "--train_batch_size", "8", "--num_train_epochs", "2", "--output_dir", str(output_dir)]
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 0, result.stderr[-3000:]
    train_results = json.loads((output_dir / "train_results.json").read_text())
    # 16 examples, 8 per step over 2 processes (4 each): 2 steps per epoch.
    assert train_results["global_step"] == 4 and train_results["train_examples"] == 16
    assert "acc" in json.loads((output_dir / "eval_results.json").read_text())


def test_fp16_master_weights_skip_overflow_and_lower_the_scale():
    torch.manual_seed(0)
    model = BertForSequenceClassification(tiny_config(), num_labels=2)
    trainer = Trainer(model, trainer_args(1, 4, fp16=True, optimize_on_cpu=True), cpu_runtime(), num_train_steps=10)
    assert next(model.parameters()).dtype == torch.float16  # fp16 model, fp32 masters on the CPU
    before = [p.detach().clone() for p in model.parameters()]
    for p in model.parameters():
        p.grad = torch.full_like(p, 1e-3)
    model.classifier.weight.grad[0, 0] = float("inf")
    assert not trainer.step()
    assert trainer.loss_scale == 2.0 ** 15 and trainer.skipped_steps == 1 and trainer.global_step == 0
    assert all(torch.equal(p, q) for p, q in zip(model.parameters(), before))
    for p in model.parameters():
        p.grad = torch.full_like(p, 1e-3 * trainer.loss_scale)  # scaled gradients, as backward() makes them
    assert trainer.step() and trainer.global_step == 1
    assert not all(torch.equal(p, q) for p, q in zip(model.parameters(), before))


def test_lower_case_follows_the_checkpoint_unless_given(bundled_model_dir):
    from glue.run_classifier import parse_args
    common = ["--task_name", "MRPC", "--do_eval", "--data_dir", ".", "--output_dir", "unused"]
    _, tokenizer = load_model_and_tokenizer(parse_args(common), BertForSequenceClassification, num_labels=2)
    assert tokenizer.do_lower_case  # the bundled checkpoint's tokenizer_config.json says uncased
    _, cased = load_model_and_tokenizer(parse_args(common + ["--no_lower_case"]), BertForSequenceClassification,
                                        num_labels=2)
    assert not cased.do_lower_case and cased.tokenize("Hello")[0] != "hello"
