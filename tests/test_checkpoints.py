"""Config files and checkpoint loading under every supported naming and file format."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import save_file

from bert.checkpoints import (CheckpointError, google_name_to_ours, load_config, resolve_model_dir)
from bert.config import BertConfig
from bert.modeling import BertForPreTraining, BertForSequenceClassification, BertModel

REPO_ROOT = Path(__file__).resolve().parents[1]

GOOGLE_CONFIG = {  # as in Google's released bert_config.json files
    "attention_probs_dropout_prob": 0.1, "directionality": "bidi", "hidden_act": "gelu",
    "hidden_dropout_prob": 0.1, "hidden_size": 32, "initializer_range": 0.02, "intermediate_size": 64,
    "max_position_embeddings": 40, "num_attention_heads": 4, "num_hidden_layers": 2,
    "pooler_fc_size": 768, "type_vocab_size": 2, "vocab_size": 60,
}


def write_checkpoint_dir(directory, state, config_name="bert_config.json", weights_name="pytorch_model.bin"):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / config_name).write_text(json.dumps(GOOGLE_CONFIG))
    if weights_name.endswith(".safetensors"):
        # safetensors stores no shared tensors: the tied decoder weight is saved once, as the embeddings
        save_file({k: v.contiguous() for k, v in state.items() if k != "cls.predictions.decoder.weight"},
                  str(directory / weights_name))
    else:
        torch.save(state, directory / weights_name)
    return directory


def reference_model():
    torch.manual_seed(0)
    return BertForPreTraining(BertConfig.from_dict(GOOGLE_CONFIG)).eval()


def test_google_config_round_trips_and_keeps_unknown_keys(tmp_path):
    path = tmp_path / "bert_config.json"
    path.write_text(json.dumps(GOOGLE_CONFIG))
    config = BertConfig.from_json_file(path)
    assert config.hidden_size == 32 and config.layer_norm_eps == 1e-12
    assert config.extra == {"directionality": "bidi", "pooler_fc_size": 768}
    config.to_json_file(tmp_path / "again.json")
    again = BertConfig.from_json_file(tmp_path / "again.json")
    assert again == config
    assert json.loads((tmp_path / "again.json").read_text())["directionality"] == "bidi"


def test_hugging_face_config_is_read(bundled_model_dir):
    config = load_config(bundled_model_dir)
    assert (config.num_hidden_layers, config.hidden_size, config.vocab_size) == (6, 384, 30522)
    assert config.extra["model_type"] == "bert"


@pytest.mark.parametrize("bad, message", [
    ({"hidden_size": 30, "num_attention_heads": 4}, "multiple"),
    ({"hidden_act": "tanh"}, "hidden_act"),
    ({"num_hidden_layers": 0}, "num_hidden_layers"),
])
def test_invalid_config_is_a_clear_error(tmp_path, bad, message):
    path = tmp_path / "bert_config.json"
    path.write_text(json.dumps({**GOOGLE_CONFIG, **bad}))
    with pytest.raises(ValueError, match=message):
        BertConfig.from_json_file(path)


def test_unreadable_config_names_the_file(tmp_path):
    path = tmp_path / "bert_config.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match="bert_config.json"):
        BertConfig.from_json_file(path)


def test_a_config_with_no_bert_key_is_rejected_by_name(tmp_path):
    """A WikiSQL model folder's config.json must not read as a default BERT-base config."""
    wikisql_config = {"format": "nl2sql-wikisql/1", "bert": GOOGLE_CONFIG, "head": {"dropout": 0.1}}
    with pytest.raises(ValueError, match=r"not a BERT config: none of vocab_size, hidden_size.* in keys "
                                         r"\['bert', 'format', 'head'\]"):
        BertConfig.from_dict(wikisql_config)
    path = tmp_path / "model" / "config.json"
    path.parent.mkdir()
    path.write_text(json.dumps(wikisql_config))
    with pytest.raises(ValueError, match=r"model[/\\]config\.json: not a BERT config"):
        BertConfig.from_json_file(path)
    with pytest.raises(ValueError, match="not a BERT config"):
        load_config(path.parent)
    # A real config, and one giving a single known key, still load.
    assert BertConfig.from_dict(wikisql_config["bert"]).hidden_size == 32
    assert BertConfig.from_dict({"vocab_size": 100}).vocab_size == 100


def test_top_level_names_import_from_a_fresh_interpreter():
    """`from bert import ...` as in pytorch-pretrained-BERT and transformers, first thing in a fresh
    process (where an import cycle would show), then the modules the package does not import."""
    code = ("from bert import (BertAdam, BertConfig, BertForPreTraining, BertForQuestionAnswering, "
            "BertForSequenceClassification, BertModel, BertTokenizer, CheckpointError); "
            "import bert.convert_tf_checkpoint, bert.extract_features, bert.finetune")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    import bert
    assert bert.BertModel is BertModel and bert.BertConfig is BertConfig
    assert bert.CheckpointError is CheckpointError  # the same class as bert.checkpoints.CheckpointError


def test_old_pytorch_port_names_with_gamma_beta_load(tmp_path):
    source = reference_model()
    state = {k.replace("LayerNorm.weight", "LayerNorm.gamma").replace("LayerNorm.bias", "LayerNorm.beta"): v
             for k, v in source.state_dict().items()}
    directory = write_checkpoint_dir(tmp_path / "old", state)
    loaded = BertForPreTraining.from_pretrained(str(directory)).eval()
    assert loaded.load_report.missing == [] and loaded.load_report.unexpected == []
    for name, tensor in source.state_dict().items():
        assert torch.equal(loaded.state_dict()[name], tensor), name


def test_backbone_loads_from_full_checkpoint_and_lists_unused_heads(tmp_path):
    source = reference_model()
    directory = write_checkpoint_dir(tmp_path / "st", source.state_dict(), config_name="config.json", weights_name="model.safetensors")
    backbone = BertModel.from_pretrained(str(directory)).eval()
    assert backbone.load_report.missing == []
    assert sorted(backbone.load_report.unexpected) == sorted(
        k for k in source.state_dict() if k.startswith("cls.") and k != "cls.predictions.decoder.weight")
    ids = torch.randint(0, 60, (2, 7))
    with torch.no_grad():
        assert torch.equal(backbone(ids).last_hidden_state, source.bert(ids).last_hidden_state)


def test_head_model_from_backbone_only_checkpoint_reports_new_weights(tmp_path):
    source = BertModel(BertConfig.from_dict(GOOGLE_CONFIG))
    directory = write_checkpoint_dir(tmp_path / "backbone", source.state_dict())  # names without "bert."
    classifier = BertForSequenceClassification.from_pretrained(str(directory), num_labels=3)
    assert sorted(classifier.load_report.missing) == ["classifier.bias", "classifier.weight"]
    assert torch.equal(classifier.bert.embeddings.word_embeddings.weight, source.embeddings.word_embeddings.weight)
    with pytest.raises(CheckpointError, match="missing"):
        BertForSequenceClassification.from_pretrained(str(directory), num_labels=3, strict=True)


def test_truncated_weights_file_names_the_file(tmp_path):
    directory = write_checkpoint_dir(tmp_path / "cut", reference_model().state_dict(),
                                     weights_name="model.safetensors")
    weights = directory / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    with pytest.raises(CheckpointError, match="model.safetensors"):
        BertModel.from_pretrained(str(directory))


def test_wrong_shape_is_a_clear_error(tmp_path):
    state = reference_model().state_dict()
    state["bert.pooler.dense.weight"] = torch.zeros(3, 3)
    directory = write_checkpoint_dir(tmp_path / "shape", state)
    with pytest.raises(CheckpointError, match="bert.pooler.dense.weight"):
        BertForPreTraining.from_pretrained(str(directory))


def test_missing_files_and_unknown_names_are_clear_errors(tmp_path):
    with pytest.raises(CheckpointError, match="neither a checkpoint directory"):
        resolve_model_dir(str(tmp_path / "nowhere"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(CheckpointError, match="bert_config.json"):
        BertModel.from_pretrained(str(tmp_path / "empty"))
    (tmp_path / "empty" / "config.json").write_text(json.dumps(GOOGLE_CONFIG))
    with pytest.raises(CheckpointError, match="no weights"):
        BertModel.from_pretrained(str(tmp_path / "empty"))


@pytest.mark.parametrize("google, ours", [
    ("bert/embeddings/word_embeddings", "bert.embeddings.word_embeddings.weight"),
    ("bert/embeddings/LayerNorm/gamma", "bert.embeddings.LayerNorm.weight"),
    ("bert/encoder/layer_11/attention/self/query/kernel", "bert.encoder.layer.11.attention.self.query.weight"),
    ("bert/encoder/layer_0/output/LayerNorm/beta", "bert.encoder.layer.0.output.LayerNorm.bias"),
    ("bert/pooler/dense/bias", "bert.pooler.dense.bias"),
    ("cls/predictions/output_bias", "cls.predictions.bias"),
    ("cls/predictions/transform/dense/kernel", "cls.predictions.transform.dense.weight"),
    ("cls/seq_relationship/output_weights", "cls.seq_relationship.weight"),
    ("bert/encoder/layer_0/attention/self/query/kernel/adam_m", None),
    ("global_step", None),
    ("output_weights", "classifier.weight"),  # Google's run_classifier.py head
    ("cls/squad/output_bias", "qa_outputs.bias"),  # Google's run_squad.py head
])
def test_google_variable_names(google, ours):
    assert google_name_to_ours(google) == ours
