"""TF checkpoint reader (bert/tf_checkpoint.py) and converter (bert/convert_tf_checkpoint.py).

Tests marked by the `tf` fixture write real checkpoints with TensorFlow and skip without it; the
others use the Google-written checkpoint in shared/models/keras-bert-test-ckpt-L2-H4.
"""
from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from bert.checkpoints import CheckpointError
from bert.config import BertConfig
from bert.convert_tf_checkpoint import convert_tf_checkpoint_to_pytorch, load_tf_weights, main
from bert.modeling import BertForPreTraining
from bert.tf_checkpoint import _crc_register, crc32c, list_tf_variables, read_tf_checkpoint

REPO = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parents[2] / "shared" / "models" / "keras-bert-test-ckpt-L2-H4"
FIXTURE_PREFIX = FIXTURE / "bert_model.ckpt"
needs_fixture = pytest.mark.skipif(not (FIXTURE / "bert_model.ckpt.index").is_file(),
                                   reason=f"fixture checkpoint {FIXTURE} is absent")

CONFIG = dict(vocab_size=99, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
              intermediate_size=37, hidden_act="gelu", max_position_embeddings=64, type_vocab_size=2)

# Google variable -> (our parameter, stored [in, out] so transposed), written out by hand.
EXPECTED_NAMES = {
    "bert/embeddings/word_embeddings": ("bert.embeddings.word_embeddings.weight", False),
    "bert/embeddings/position_embeddings": ("bert.embeddings.position_embeddings.weight", False),
    "bert/embeddings/token_type_embeddings": ("bert.embeddings.token_type_embeddings.weight", False),
    "bert/embeddings/LayerNorm/gamma": ("bert.embeddings.LayerNorm.weight", False),
    "bert/embeddings/LayerNorm/beta": ("bert.embeddings.LayerNorm.bias", False),
    "bert/pooler/dense/kernel": ("bert.pooler.dense.weight", True),
    "bert/pooler/dense/bias": ("bert.pooler.dense.bias", False),
    "cls/predictions/transform/dense/kernel": ("cls.predictions.transform.dense.weight", True),
    "cls/predictions/transform/dense/bias": ("cls.predictions.transform.dense.bias", False),
    "cls/predictions/transform/LayerNorm/gamma": ("cls.predictions.transform.LayerNorm.weight", False),
    "cls/predictions/transform/LayerNorm/beta": ("cls.predictions.transform.LayerNorm.bias", False),
    "cls/predictions/output_bias": ("cls.predictions.bias", False),
    "cls/seq_relationship/output_weights": ("cls.seq_relationship.weight", False),  # stored [2, H]
    "cls/seq_relationship/output_bias": ("cls.seq_relationship.bias", False),
}
EXPECTED_LAYER_NAMES = {
    "attention/self/query/kernel": ("attention.self.query.weight", True),
    "attention/self/query/bias": ("attention.self.query.bias", False),
    "attention/self/key/kernel": ("attention.self.key.weight", True),
    "attention/self/key/bias": ("attention.self.key.bias", False),
    "attention/self/value/kernel": ("attention.self.value.weight", True),
    "attention/self/value/bias": ("attention.self.value.bias", False),
    "attention/output/dense/kernel": ("attention.output.dense.weight", True),
    "attention/output/dense/bias": ("attention.output.dense.bias", False),
    "attention/output/LayerNorm/gamma": ("attention.output.LayerNorm.weight", False),
    "attention/output/LayerNorm/beta": ("attention.output.LayerNorm.bias", False),
    "intermediate/dense/kernel": ("intermediate.dense.weight", True),
    "intermediate/dense/bias": ("intermediate.dense.bias", False),
    "output/dense/kernel": ("output.dense.weight", True),
    "output/dense/bias": ("output.dense.bias", False),
    "output/LayerNorm/gamma": ("output.LayerNorm.weight", False),
    "output/LayerNorm/beta": ("output.LayerNorm.bias", False),
}


def expected_names(num_layers: int) -> dict[str, tuple[str, bool]]:
    names = dict(EXPECTED_NAMES)
    for i in range(num_layers):
        for google, (ours, transposed) in EXPECTED_LAYER_NAMES.items():
            names[f"bert/encoder/layer_{i}/{google}"] = (f"bert.encoder.layer.{i}.{ours}", transposed)
    return names


def google_shapes(config: dict) -> dict[str, tuple[int, ...]]:
    """Shapes of Google's BERT variables (dense kernels [in, out])."""
    H, I = config["hidden_size"], config["intermediate_size"]
    shapes = {
        "bert/embeddings/word_embeddings": (config["vocab_size"], H),
        "bert/embeddings/position_embeddings": (config["max_position_embeddings"], H),
        "bert/embeddings/token_type_embeddings": (config["type_vocab_size"], H),
        "bert/pooler/dense/kernel": (H, H),
        "cls/predictions/transform/dense/kernel": (H, H),
        "cls/predictions/output_bias": (config["vocab_size"],),
        "cls/seq_relationship/output_weights": (2, H),
        "cls/seq_relationship/output_bias": (2,),
    }
    for i in range(config["num_hidden_layers"]):
        layer = f"bert/encoder/layer_{i}/"
        for part in ("attention/self/query", "attention/self/key", "attention/self/value", "attention/output/dense"):
            shapes[layer + part + "/kernel"] = (H, H)
        shapes[layer + "intermediate/dense/kernel"] = (H, I)
        shapes[layer + "intermediate/dense/bias"] = (I,)
        shapes[layer + "output/dense/kernel"] = (I, H)
    for name in list(shapes):
        if name.endswith("/kernel") and name[:-len("kernel")] + "bias" not in shapes:
            shapes[name[:-len("kernel")] + "bias"] = (shapes[name][1],)
    for norm in ["bert/embeddings", "cls/predictions/transform"] + [
            f"bert/encoder/layer_{i}/{part}" for i in range(config["num_hidden_layers"])
            for part in ("attention/output", "output")]:
        shapes[norm + "/LayerNorm/gamma"] = shapes[norm + "/LayerNorm/beta"] = (H,)
    return shapes


def random_google_weights(config: dict, seed: int = 0) -> dict[str, np.ndarray]:
    """Random weights under Google's names, with Adam slots and global_step as training leaves them."""
    rng = np.random.default_rng(seed)
    weights = {}
    for name, shape in google_shapes(config).items():
        centre = 1.0 if name.endswith("gamma") else 0.0
        weights[name] = (centre + rng.normal(0, 0.2, shape)).astype(np.float32)
    for name in list(weights):
        weights[name + "/adam_m"] = rng.normal(0, 1e-3, weights[name].shape).astype(np.float32)
        weights[name + "/adam_v"] = rng.uniform(0, 1e-6, weights[name].shape).astype(np.float32)
    weights["global_step"] = np.array(1234, dtype=np.int64)
    return weights


def numpy_bert_forward(w: dict[str, np.ndarray], config: dict, input_ids, token_type_ids, attention_mask):
    """Google's BERT forward pass in float64 numpy, straight from the TF variables."""
    w = {name: array.astype(np.float64) for name, array in w.items() if array.dtype == np.float32}
    erf = np.vectorize(math.erf)

    def gelu(x):
        return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))

    def dense(x, scope):
        return x @ w[scope + "/kernel"] + w[scope + "/bias"]

    def layer_norm(x, scope):
        mean, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * w[scope + "/gamma"] + w[scope + "/beta"]

    batch, length = input_ids.shape
    heads = config["num_attention_heads"]
    head_dim = config["hidden_size"] // heads
    x = (w["bert/embeddings/word_embeddings"][input_ids] + w["bert/embeddings/position_embeddings"][:length]
         + w["bert/embeddings/token_type_embeddings"][token_type_ids])
    x = layer_norm(x, "bert/embeddings/LayerNorm")
    adder = (1.0 - attention_mask[:, None, None, :]) * -10000.0
    for i in range(config["num_hidden_layers"]):
        scope = f"bert/encoder/layer_{i}/"

        def split(t):
            return t.reshape(batch, length, heads, head_dim).transpose(0, 2, 1, 3)

        q, k, v = (split(dense(x, scope + f"attention/self/{n}")) for n in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head_dim) + adder
        probs = np.exp(scores - scores.max(-1, keepdims=True))
        probs /= probs.sum(-1, keepdims=True)
        context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
        attention = layer_norm(dense(context, scope + "attention/output/dense") + x, scope + "attention/output/LayerNorm")
        intermediate = gelu(dense(attention, scope + "intermediate/dense"))
        x = layer_norm(dense(intermediate, scope + "output/dense") + attention, scope + "output/LayerNorm")
    pooled = np.tanh(dense(x[:, 0], "bert/pooler/dense"))
    transformed = layer_norm(gelu(dense(x, "cls/predictions/transform/dense")), "cls/predictions/transform/LayerNorm")
    mlm_logits = transformed @ w["bert/embeddings/word_embeddings"].T + w["cls/predictions/output_bias"]
    nsp_logits = pooled @ w["cls/seq_relationship/output_weights"].T + w["cls/seq_relationship/output_bias"]
    return x, pooled, mlm_logits, nsp_logits


def sample_inputs(vocab_size: int, seed: int = 1):
    rng = np.random.default_rng(seed)
    input_ids = rng.integers(0, vocab_size, size=(2, 9))
    token_type_ids = np.concatenate([np.zeros((2, 5), np.int64), np.ones((2, 4), np.int64)], axis=1)
    attention_mask = np.ones((2, 9), np.int64)
    attention_mask[1, 6:] = 0  # padding
    return input_ids, token_type_ids, attention_mask


def run_model(model, input_ids, token_type_ids, attention_mask):
    model.eval()
    with torch.no_grad():
        bert_out = model.bert(torch.from_numpy(input_ids), torch.from_numpy(token_type_ids),
                              torch.from_numpy(attention_mask))
        out = model(torch.from_numpy(input_ids), torch.from_numpy(token_type_ids), torch.from_numpy(attention_mask))
    return (bert_out.last_hidden_state.numpy(), bert_out.pooled_output.numpy(),
            out.prediction_logits.numpy(), out.seq_relationship_logits.numpy())


def assert_same_arrays(ours: dict, theirs: dict):
    assert sorted(ours) == sorted(theirs)
    for name, expected in theirs.items():
        expected = np.asarray(expected)
        if expected.dtype.name == "bfloat16":
            expected = expected.astype(np.float32)
        assert ours[name].dtype == expected.dtype, name
        assert ours[name].shape == expected.shape, name
        assert np.array_equal(ours[name], expected), name


def tensorflow_arrays(tf, prefix) -> dict[str, np.ndarray]:
    reader = tf.train.load_checkpoint(str(prefix))
    return {name: reader.get_tensor(name) for name in reader.get_variable_to_shape_map()}


def copy_fixture(tmp_path: Path) -> Path:
    target = tmp_path / "ckpt"
    shutil.copytree(FIXTURE, target)
    for path in target.iterdir():
        path.chmod(0o644)
    return target


# --------------------------------------------------------------------------------------------
# Checkpoints written by TensorFlow.

@pytest.fixture(scope="module")
def tf():
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    return pytest.importorskip("tensorflow", reason="writing TF checkpoints needs tensorflow-cpu")


@pytest.fixture(scope="module")
def google_checkpoint(tf, tmp_path_factory):
    """(prefix, config file, weights): a random BERT saved by tf.compat.v1.train.Saver under Google's names."""
    directory = tmp_path_factory.mktemp("google_ckpt")
    weights = random_google_weights(CONFIG)
    graph = tf.Graph()
    with graph.as_default():
        variables = {name: tf.compat.v1.Variable(value, name=name) for name, value in weights.items()}
        saver = tf.compat.v1.train.Saver(var_list=variables)
        with tf.compat.v1.Session(graph=graph) as session:
            session.run(tf.compat.v1.global_variables_initializer())
            prefix = saver.save(session, str(directory / "bert_model.ckpt"), write_meta_graph=False)
    config_file = directory / "bert_config.json"
    BertConfig(**CONFIG).to_json_file(config_file)
    return Path(prefix), config_file, weights


def test_reader_matches_tensorflow_on_saver_checkpoint(tf, google_checkpoint):
    prefix, _, weights = google_checkpoint
    arrays = read_tf_checkpoint(prefix)
    assert_same_arrays(arrays, tensorflow_arrays(tf, prefix))
    assert_same_arrays(arrays, weights)
    shapes = tf.train.load_checkpoint(str(prefix)).get_variable_to_shape_map()
    assert list_tf_variables(prefix) == sorted((name, tuple(shape)) for name, shape in shapes.items())
    # The prefix may also be given as its .index file or its directory.
    assert read_tf_checkpoint(str(prefix) + ".index").keys() == arrays.keys()
    assert list_tf_variables(prefix.parent) == list_tf_variables(prefix)


def test_reader_handles_dtypes_strings_and_shards(tf, tmp_path):
    rng = np.random.default_rng(0)
    first = {
        "float32": rng.normal(size=(3, 5)).astype(np.float32),
        "float64": rng.normal(size=(4,)),
        "float16": rng.normal(size=(2, 3)).astype(np.float16),
        "int32": rng.integers(-100, 100, size=(7,)).astype(np.int32),
        "int64": rng.integers(-2**40, 2**40, size=(2, 2)),
        "bool": rng.integers(0, 2, size=(5,)).astype(bool),
        "scalar": np.array(3.5, np.float32),
        "empty": np.zeros((0, 3), np.float32),
        "large": rng.normal(size=(300, 300)).astype(np.float32),  # checksummed through the numpy path
        "nested/name/with/slashes": rng.normal(size=(2,)).astype(np.float32),
    }
    second = {"strings": np.array([[b"", b"hello"], [b"x" * 300, b"\x00\xff"]], dtype=object)}
    tf.raw_ops.SaveV2(prefix=str(tmp_path / "part0"), tensor_names=list(first), shape_and_slices=[""] * len(first),
                      tensors=[tf.constant(v) for v in first.values()] )
    tf.raw_ops.SaveV2(prefix=str(tmp_path / "part1"), tensor_names=list(second) + ["bfloat16"],
                      shape_and_slices=["", ""], tensors=[tf.constant(second["strings"]),
                                                          tf.constant(rng.normal(size=(4, 3)), dtype=tf.bfloat16)])
    prefix = tmp_path / "merged"
    tf.raw_ops.MergeV2Checkpoints(checkpoint_prefixes=[str(tmp_path / "part0"), str(tmp_path / "part1")],
                                  destination_prefix=str(prefix))
    assert (tmp_path / "merged.data-00001-of-00002").is_file()  # two data files
    arrays = read_tf_checkpoint(prefix)
    assert_same_arrays(arrays, tensorflow_arrays(tf, prefix))
    assert_same_arrays({k: arrays[k] for k in first}, first)
    assert arrays["strings"].tolist() == second["strings"].tolist()


def test_converted_model_matches_numpy_forward(google_checkpoint, tmp_path):
    prefix, config_file, weights = google_checkpoint
    weights_file = convert_tf_checkpoint_to_pytorch(prefix, config_file, tmp_path / "model.bin")
    model = BertForPreTraining(BertConfig.from_json_file(config_file))
    model.load_state_dict(torch.load(weights_file, weights_only=True))
    inputs = sample_inputs(CONFIG["vocab_size"])
    for ours, reference in zip(run_model(model, *inputs), numpy_bert_forward(weights, CONFIG, *inputs)):
        np.testing.assert_allclose(ours, reference, rtol=0, atol=1e-5)
    # The MLM decoder is the word embedding table itself, not a copy.
    assert model.cls.predictions.decoder.weight.data_ptr() == model.bert.embeddings.word_embeddings.weight.data_ptr()


def test_safetensors_output_stores_tied_weight_once(google_checkpoint, tmp_path):
    from safetensors.torch import load_file
    prefix, config_file, weights = google_checkpoint
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    convert_tf_checkpoint_to_pytorch(prefix, config_file, out_dir / "model.safetensors")
    stored = load_file(str(out_dir / "model.safetensors"))
    assert "cls.predictions.decoder.weight" not in stored
    np.testing.assert_array_equal(stored["bert.embeddings.word_embeddings.weight"].numpy(),
                                  weights["bert/embeddings/word_embeddings"])
    shutil.copyfile(config_file, out_dir / "bert_config.json")
    model = BertForPreTraining.from_pretrained(str(out_dir))
    assert model.load_report.missing == [] and model.load_report.unexpected == []
    inputs = sample_inputs(CONFIG["vocab_size"], seed=2)
    for ours, reference in zip(run_model(model, *inputs), numpy_bert_forward(weights, CONFIG, *inputs)):
        np.testing.assert_allclose(ours, reference, rtol=0, atol=1e-5)


@needs_fixture
def test_reader_matches_tensorflow_on_fixture(tf):
    assert_same_arrays(read_tf_checkpoint(FIXTURE_PREFIX), tensorflow_arrays(tf, FIXTURE_PREFIX))


# --------------------------------------------------------------------------------------------
# No TensorFlow needed.

def test_crc32c():
    assert crc32c(b"123456789") == 0xE3069283  # the standard check value
    assert crc32c(bytes(32)) == 0x8A9136AA  # RFC 3720 test vector
    data = np.random.default_rng(0).integers(0, 256, size=200_003, dtype=np.uint8).tobytes()
    assert crc32c(data) == _crc_register(0xFFFFFFFF, data) ^ 0xFFFFFFFF  # numpy path == byte loop
    assert crc32c(data[70_001:], crc32c(data[:70_001])) == crc32c(data)  # extending


@needs_fixture
def test_fixture_variables_land_in_the_right_place(tmp_path):
    config = BertConfig.from_json_file(FIXTURE / "bert_config.json")
    arrays = read_tf_checkpoint(FIXTURE_PREFIX)
    expected = expected_names(config.num_hidden_layers)
    model_variables = {n for n in arrays if not n.endswith(("/adam_m", "/adam_v")) and n != "global_step"}
    assert model_variables == set(expected)  # 46 variables, all covered by the table
    assert len(arrays) == 3 * len(model_variables) + 1  # + adam_m, adam_v, global_step

    model = BertForPreTraining(config)
    skipped = load_tf_weights(model, FIXTURE_PREFIX)
    assert sorted(skipped) == sorted(set(arrays) - model_variables)
    state = model.state_dict()
    assert set(state) == {ours for ours, _ in expected.values()} | {"cls.predictions.decoder.weight"}
    for google, (ours, transposed) in expected.items():
        value = arrays[google].T if transposed else arrays[google]
        np.testing.assert_array_equal(state[ours].numpy(), value, err_msg=f"{google} -> {ours}")
    np.testing.assert_array_equal(state["cls.predictions.decoder.weight"].numpy(),
                                  arrays["bert/embeddings/word_embeddings"])


@needs_fixture
def test_from_pretrained_loads_tf_directory():
    model = BertForPreTraining.from_pretrained(str(FIXTURE))
    assert model.load_report.missing == []
    assert model.load_report.unexpected == []  # adam slots and global_step are skipped
    vocab = (FIXTURE / "vocab.txt").read_text().split()
    ids = [vocab.index(token) for token in ["[CLS]", "all", "work", "[MASK]", "no", "play", "[SEP]"]]
    model.eval()
    with torch.no_grad():
        out = model(torch.tensor([ids]))
    assert out.prediction_logits.shape == (1, len(ids), len(vocab))
    assert out.seq_relationship_logits.shape == (1, 2)
    assert torch.isfinite(out.prediction_logits).all()
    word_embeddings = read_tf_checkpoint(FIXTURE_PREFIX)["bert/embeddings/word_embeddings"]
    np.testing.assert_array_equal(model.bert.embeddings.word_embeddings.weight.detach().numpy(), word_embeddings)


@needs_fixture
def test_truncated_data_file(tmp_path):
    directory = copy_fixture(tmp_path)
    data_file = directory / "bert_model.ckpt.data-00000-of-00001"
    data_file.write_bytes(data_file.read_bytes()[:4000])
    with pytest.raises(CheckpointError, match="data-00000-of-00001.*truncated"):
        read_tf_checkpoint(directory / "bert_model.ckpt")
    data_file.unlink()
    with pytest.raises(CheckpointError, match="data-00000-of-00001"):
        read_tf_checkpoint(directory / "bert_model.ckpt")


@needs_fixture
def test_corrupted_index(tmp_path):
    directory = copy_fixture(tmp_path)
    index = directory / "bert_model.ckpt.index"
    original = index.read_bytes()
    corrupted = bytearray(original)
    corrupted[len(original) // 2] ^= 0x40
    index.write_bytes(bytes(corrupted))
    with pytest.raises(CheckpointError, match=r"bert_model\.ckpt\.index.*checksum"):
        read_tf_checkpoint(directory / "bert_model.ckpt")
    index.write_bytes(original[:-10])  # footer cut off
    with pytest.raises(CheckpointError, match=r"bert_model\.ckpt\.index.*truncated"):
        list_tf_variables(directory / "bert_model.ckpt")
    with pytest.raises(CheckpointError, match="does not exist"):
        read_tf_checkpoint(directory / "no_such.ckpt")


@needs_fixture
def test_corrupted_data_is_caught_by_checksum(tmp_path):
    directory = copy_fixture(tmp_path)
    data_file = directory / "bert_model.ckpt.data-00000-of-00001"
    corrupted = bytearray(data_file.read_bytes())
    corrupted[100] ^= 0x01
    data_file.write_bytes(bytes(corrupted))
    with pytest.raises(CheckpointError, match="data-00000-of-00001.*checksum"):
        read_tf_checkpoint(directory / "bert_model.ckpt")
    unchecked = read_tf_checkpoint(directory / "bert_model.ckpt", verify_checksums=False)
    original = read_tf_checkpoint(FIXTURE_PREFIX)
    assert sum(not np.array_equal(unchecked[name], original[name]) for name in original) == 1


@needs_fixture
def test_compressed_index_without_tensorflow_explains(tmp_path, monkeypatch):
    import struct
    from bert.tf_checkpoint import _mask
    directory = copy_fixture(tmp_path)
    index = directory / "bert_model.ckpt.index"
    data = bytearray(index.read_bytes())
    # Footer: metaindex handle, then the index block handle; mark the index block as snappy.
    pos, values = len(data) - 48, []
    for _ in range(4):
        value = shift = 0
        while True:
            byte = data[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        values.append(value)
    end = values[2] + values[3]
    data[end] = 1
    struct.pack_into("<I", data, end + 1, _mask(crc32c(bytes(data[values[2]:end + 1]))))
    index.write_bytes(bytes(data))
    monkeypatch.setitem(sys.modules, "tensorflow", None)  # import tensorflow -> ImportError
    with pytest.raises(CheckpointError, match="snappy.*tensorflow-cpu"):
        read_tf_checkpoint(directory / "bert_model.ckpt")


@needs_fixture
def test_config_mismatch_fails(tmp_path, capsys):
    config = BertConfig.from_json_file(FIXTURE / "bert_config.json")
    config.num_hidden_layers = 3
    config_file = tmp_path / "bert_config.json"
    config.to_json_file(config_file)
    assert main(["--tf_checkpoint_path", str(FIXTURE_PREFIX), "--bert_config_file", str(config_file),
                 "--pytorch_dump_path", str(tmp_path / "out.bin")]) == 1
    assert "bert.encoder.layer.2.attention.self.query.weight" in capsys.readouterr().err
    assert not (tmp_path / "out.bin").exists()


@needs_fixture
def test_cli_end_to_end(tmp_path):
    out_dir = tmp_path / "converted"
    out_dir.mkdir()
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "convert_tf_checkpoint_to_pytorch.py"),
         "--tf_checkpoint_path", str(FIXTURE_PREFIX), "--bert_config_file", str(FIXTURE / "bert_config.json"),
         "--pytorch_dump_path", str(out_dir)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "skipped 93" in result.stderr and "adam_m" in result.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["bert_config.json", "pytorch_model.bin", "vocab.txt"]
    converted = BertForPreTraining.from_pretrained(str(out_dir))
    assert converted.load_report.missing == [] and converted.load_report.unexpected == []
    arrays = read_tf_checkpoint(FIXTURE_PREFIX)
    np.testing.assert_array_equal(converted.bert.encoder.layer[1].output.dense.weight.detach().numpy(),
                                  arrays["bert/encoder/layer_1/output/dense/kernel"].T)
