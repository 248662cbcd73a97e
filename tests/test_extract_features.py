"""Tests for bert/extract_features.py: hidden states against transformers, file layouts, CLI."""

import json

import numpy as np
import pytest
import torch

from bert.extract_features import (InputExample, build_parser, convert_examples_to_features, extract,
                                   layer_position, load_model_and_tokenizer, main, read_examples)
from bert.modeling import BertModel
from bert.tokenization import BertTokenizer

transformers = pytest.importorskip("transformers")

SENTENCES = [
    "Who won the 1994 World Cup?",
    "How many points did the Lakers score ||| in the game against Boston on March 3rd?",
    "Name",
    "Which player wears number 23 and plays guard for a team based in a city on the east coast?",
]


@pytest.fixture(scope="module")
def ours(bundled_model_dir):
    return BertModel.from_pretrained(str(bundled_model_dir)).eval(), BertTokenizer.from_pretrained(str(bundled_model_dir))


@pytest.fixture(scope="module")
def reference(bundled_model_dir):
    model = transformers.BertModel.from_pretrained(str(bundled_model_dir), attn_implementation="eager").eval()
    tokenizer = transformers.BertTokenizer(str(bundled_model_dir / "vocab.txt"), do_lower_case=True)
    return model, tokenizer


def write_lines(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def examples_of(lines):
    return [InputExample(i, *[part.strip() for part in line.split("|||")]) for i, line in enumerate(lines)]


def test_read_examples_singles_and_pairs(tmp_path):
    path = write_lines(tmp_path / "in.txt", ["  Who won?  ", "first part ||| second part", "a|||b"])
    examples = read_examples(path)
    assert [(e.unique_id, e.text_a, e.text_b) for e in examples] == [
        (0, "Who won?", None), (1, "first part", "second part"), (2, "a", "b")]


@pytest.mark.parametrize("bad_line", ["", "   ", "a ||| b ||| c", "a |||", "||| b"])
def test_read_examples_names_the_bad_line(tmp_path, bad_line):
    path = write_lines(tmp_path / "in.txt", ["fine", bad_line, "fine too"])
    with pytest.raises(ValueError, match=rf"in\.txt:2: "):
        read_examples(path)


def test_pair_segment_ids_match_transformers(ours, reference):
    _, tokenizer = ours
    _, hf_tokenizer = reference
    text_a, text_b = "How many points did the Lakers score", "in the game against Boston?"
    feature, = convert_examples_to_features([InputExample(0, text_a, text_b)], tokenizer, 128)
    encoded = hf_tokenizer(text_a, text_b)
    assert feature.input_ids == encoded["input_ids"]
    assert feature.segment_ids == encoded["token_type_ids"]
    first_sep = feature.tokens.index("[SEP]")
    assert feature.tokens[0] == "[CLS]" and feature.tokens[-1] == "[SEP]"
    assert feature.segment_ids == [0] * (first_sep + 1) + [1] * (len(feature.tokens) - first_sep - 1)
    assert not feature.truncated

    single, = convert_examples_to_features([InputExample(0, text_a)], tokenizer, 128)
    assert single.segment_ids == [0] * len(single.tokens)
    assert single.input_ids == hf_tokenizer(text_a)["input_ids"]


def test_truncation_longest_first(ours, reference):
    _, tokenizer = ours
    _, hf_tokenizer = reference
    long_text = "the quick brown fox jumps over the lazy dog near the river bank"  # 13 wordpieces
    short_text = "in the morning"  # 3 wordpieces
    assert len(tokenizer.tokenize(long_text)) == 13 and len(tokenizer.tokenize(short_text)) == 3

    single, = convert_examples_to_features([InputExample(0, long_text)], tokenizer, 8)
    assert single.truncated and single.tokens == ["[CLS]"] + tokenizer.tokenize(long_text)[:6] + ["[SEP]"]

    pair, = convert_examples_to_features([InputExample(0, long_text, short_text)], tokenizer, 12)
    # budget 12 - 3 = 9: the longer side gives up its tail, the short side is kept whole
    assert pair.truncated and len(pair.tokens) == 12
    assert pair.tokens == (["[CLS]"] + tokenizer.tokenize(long_text)[:6] + ["[SEP]"]
                           + tokenizer.tokenize(short_text) + ["[SEP]"])
    encoded = hf_tokenizer(long_text, short_text, truncation="longest_first", max_length=12)
    assert pair.input_ids == encoded["input_ids"] and pair.segment_ids == encoded["token_type_ids"]


@pytest.mark.parametrize("batch_size", [1, 3])
def test_features_match_transformers_hidden_states(ours, reference, batch_size):
    model, tokenizer = ours
    hf_model, _ = reference
    layer_indexes = [-1, -2, -3, -4, 0, 5]
    features = convert_examples_to_features(examples_of(SENTENCES), tokenizer, 128)
    results = list(extract(model, features, layer_indexes, batch_size=batch_size, progress=False))
    assert [f.unique_id for f, _ in results] == list(range(len(SENTENCES)))
    for feature, layers in results:
        with torch.no_grad():
            hf_hidden = hf_model(input_ids=torch.tensor([feature.input_ids]),
                                 token_type_ids=torch.tensor([feature.segment_ids]),
                                 output_hidden_states=True).hidden_states  # embeddings, then 6 layers
        for index in layer_indexes:
            expected = hf_hidden[index if index < 0 else index + 1][0].numpy()  # original: 0 = first layer
            assert layers[index].dtype == np.float32 and layers[index].shape == expected.shape
            np.testing.assert_allclose(layers[index], expected, atol=1e-5, rtol=0)
    assert not np.allclose(results[0][1][-1], results[0][1][-2])  # different layers really differ


def test_layer_index_range():
    assert layer_position(-1, 6) == -1 and layer_position(0, 6) == 1 and layer_position(5, 6) == 6
    for bad in (6, -7):
        with pytest.raises(ValueError, match="out of range"):
            layer_position(bad, 6)


def test_bf16_autocast_stays_close_to_fp32(ours):
    model, tokenizer = ours
    features = convert_examples_to_features(examples_of(SENTENCES[:2]), tokenizer, 128)
    fp32 = list(extract(model, features, [-1], batch_size=2, progress=False))
    bf16 = list(extract(model, features, [-1], batch_size=2, autocast_dtype=torch.bfloat16, progress=False))
    for (_, full), (_, low) in zip(fp32, bf16):
        assert low[-1].dtype == np.float32
        cosine = (full[-1] * low[-1]).sum(-1) / np.linalg.norm(full[-1], axis=-1) / np.linalg.norm(low[-1], axis=-1)
        assert cosine.min() > 0.99
        assert not np.array_equal(full[-1], low[-1])  # autocast did take effect


def test_cli_jsonl_round_trip(ours, tmp_path, caplog):
    model, tokenizer = ours
    lines = SENTENCES + ["word " * 40]
    input_file = write_lines(tmp_path / "in.txt", lines)
    output_file = tmp_path / "out.jsonl"
    with caplog.at_level("INFO"):
        main(["--input_file", str(input_file), "--output_file", str(output_file), "--layers=-1,-2",
              "--max_seq_length", "20", "--batch_size", "2", "--no_progress"])
    too_long = sum(sum(len(tokenizer.tokenize(part)) + 1 for part in line.split("|||")) + 1 > 20 for line in lines)
    assert too_long == 2  # the 40-word line and the longest question
    assert f"{too_long} of 5 lines were longer than --max_seq_length 20" in caplog.text

    records = [json.loads(line) for line in output_file.read_text(encoding="utf-8").splitlines()]
    features = convert_examples_to_features(examples_of(lines), tokenizer, 20)
    expected = list(extract(model, features, [-1, -2], batch_size=2, progress=False))
    assert len(records) == len(lines)
    for record, (feature, layers) in zip(records, expected):
        assert list(record) == ["linex_index", "features"] and record["linex_index"] == feature.unique_id
        assert [token["token"] for token in record["features"]] == feature.tokens
        for position, token in enumerate(record["features"]):
            assert list(token) == ["token", "layers"]
            assert [layer["index"] for layer in token["layers"]] == [-1, -2]
            for layer in token["layers"]:
                assert layer["values"] == [round(x, 6) for x in layers[layer["index"]][position].tolist()]
    assert len(records[-1]["features"]) == 20


def test_cli_npz_layout(ours, tmp_path):
    model, tokenizer = ours
    input_file = write_lines(tmp_path / "in.txt", SENTENCES)
    output_file = tmp_path / "out.npz"
    main(["--input_file", str(input_file), "--output_file", str(output_file), "--format", "npz",
          "--layers=-1,0", "--no_progress"])
    features = convert_examples_to_features(examples_of(SENTENCES), tokenizer, 128)
    expected = list(extract(model, features, [-1, 0], batch_size=32, progress=False))
    with np.load(output_file, allow_pickle=False) as arrays:
        assert set(arrays.files) == {"layer_-1", "layer_0", "tokens", "segment_ids", "lengths", "linex_index"}
        longest = max(len(f.tokens) for f in features)
        assert arrays["layer_-1"].shape == (len(SENTENCES), longest, model.config.hidden_size)
        assert arrays["linex_index"].tolist() == list(range(len(SENTENCES)))
        for row, (feature, layers) in enumerate(expected):
            length = arrays["lengths"][row]
            assert length == len(feature.tokens)
            assert arrays["tokens"][row, :length].tolist() == feature.tokens
            assert set(arrays["tokens"][row, length:].tolist()) <= {""}
            assert arrays["segment_ids"][row, :length].tolist() == feature.segment_ids
            for index in (-1, 0):
                np.testing.assert_allclose(arrays[f"layer_{index}"][row, :length], layers[index], atol=1e-6, rtol=0)
                assert not arrays[f"layer_{index}"][row, length:].any()


def test_original_flags_and_rank_sharding(bundled_model_dir, tmp_path, monkeypatch):
    input_file = write_lines(tmp_path / "in.txt", SENTENCES)
    by_name = main(["--input_file", str(input_file), "--output_file", str(tmp_path / "a.jsonl"),
                    "--layers=-1", "--no_progress"])
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setenv("RANK", "1")
    shard = main(["--input_file", str(input_file), "--output_file", str(tmp_path / "b.jsonl"), "--layers=-1",
                  "--vocab_file", str(bundled_model_dir / "vocab.txt"),
                  "--bert_config_file", str(bundled_model_dir / "config.json"),
                  "--init_checkpoint", str(bundled_model_dir / "model.safetensors"), "--no_progress"])
    assert shard == tmp_path / "b.jsonl.rank1"
    full = [json.loads(line) for line in by_name.read_text().splitlines()]
    odd = [json.loads(line) for line in shard.read_text().splitlines()]
    assert [r["linex_index"] for r in odd] == [1, 3]
    assert_same_features(odd, full[1::2])


def assert_same_features(records, expected, atol=1e-4):
    """Line indices, tokens and layer indices exactly; values within atol, not to the last rounded digit:
    a shard batches different lines together (other padding), and the CPU's kernels may then sum in
    another order, moving the 6th decimal."""
    def layout(rows):
        return [(r["linex_index"], [(t["token"], [layer["index"] for layer in t["layers"]]) for t in r["features"]])
                for r in rows]

    def values(rows):
        return np.array([layer["values"] for r in rows for t in r["features"] for layer in t["layers"]])

    assert layout(records) == layout(expected)
    np.testing.assert_allclose(values(records), values(expected), rtol=0, atol=atol)


def test_lower_case_flag_defaults_to_the_checkpoint(bundled_model_dir):
    parser = build_parser()
    common = ["--input_file", "x", "--output_file", "y"]
    assert parser.parse_args(common).do_lower_case is None
    assert parser.parse_args(common + ["--do_lower_case"]).do_lower_case is True
    args = parser.parse_args(common + ["--no_lower_case", "--bert", str(bundled_model_dir)])
    assert args.do_lower_case is False
    _, tokenizer = load_model_and_tokenizer(args)
    assert not tokenizer.do_lower_case and tokenizer.tokenize("Paris")[0] != "paris"
    _, tokenizer = load_model_and_tokenizer(parser.parse_args(common))  # bundled config says lower case
    assert tokenizer.do_lower_case and tokenizer.tokenize("Paris") == ["paris"]
    with pytest.raises(ValueError, match="--bert_config_file, --init_checkpoint missing"):
        load_model_and_tokenizer(parser.parse_args(common + ["--vocab_file", "v.txt"]))
