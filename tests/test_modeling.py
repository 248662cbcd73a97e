"""Parity of our BERT with Hugging Face transformers' BERT, the independent reference."""
import pytest
import torch

from bert.config import BertConfig
from bert.modeling import (BertForPreTraining, BertForQuestionAnswering, BertForSequenceClassification,
                           BertModel)

transformers = pytest.importorskip("transformers")

TOLERANCE = 1e-5


def hf_config(config: BertConfig, **kwargs):
    return transformers.BertConfig(**config.to_dict(), attn_implementation="sdpa", **kwargs)


def random_batch(config: BertConfig, batch=3, seq_length=24, seed=0):
    generator = torch.Generator().manual_seed(seed)
    input_ids = torch.randint(5, config.vocab_size, (batch, seq_length), generator=generator)
    token_type_ids = torch.zeros_like(input_ids)
    token_type_ids[:, seq_length // 2:] = 1
    attention_mask = torch.ones_like(input_ids)
    attention_mask[1 % batch, seq_length - 7:] = 0  # padded rows of different lengths
    attention_mask[batch - 1, 4:] = 0
    input_ids = input_ids.masked_fill(attention_mask == 0, 0)
    return input_ids, token_type_ids, attention_mask


def assert_hidden_states_match(ours, theirs, attention_mask):
    assert len(ours.hidden_states) == len(theirs.hidden_states)
    for layer, (a, b) in enumerate(zip(ours.hidden_states, theirs.hidden_states)):
        # Padded positions are compared too: both implementations compute them the same way.
        difference = (a - b).abs().max().item()
        assert difference < TOLERANCE, f"hidden state {layer} differs by {difference}"
    assert (ours.pooled_output - theirs.pooler_output).abs().max().item() < TOLERANCE
    assert torch.equal(ours.last_hidden_state, ours.hidden_states[-1])


def test_bundled_backbone_matches_transformers(bundled_model_dir):
    ours = BertModel.from_pretrained(str(bundled_model_dir)).eval()
    assert ours.load_report.missing == [] and ours.load_report.unexpected == []
    theirs = transformers.BertModel.from_pretrained(str(bundled_model_dir), attn_implementation="sdpa").eval()
    input_ids, token_type_ids, attention_mask = random_batch(ours.config, seq_length=40)
    with torch.no_grad():
        output = ours(input_ids, token_type_ids, attention_mask)
        reference = theirs(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask,
                           output_hidden_states=True)
    assert_hidden_states_match(output, reference, attention_mask)


def test_base_shaped_random_model_matches_transformers():
    torch.manual_seed(0)
    config = BertConfig()  # BERT-base: 12 layers, hidden 768, 12 heads
    ours = BertModel(config).eval()
    theirs = transformers.BertModel(hf_config(config)).eval()
    load = theirs.load_state_dict(ours.state_dict(), strict=False)
    assert load.unexpected_keys == [] and all("position_ids" in k for k in load.missing_keys)
    input_ids, token_type_ids, attention_mask = random_batch(config, batch=2, seq_length=32)
    with torch.no_grad():
        output = ours(input_ids, token_type_ids, attention_mask)
        reference = theirs(input_ids=input_ids, token_type_ids=token_type_ids,
                           attention_mask=attention_mask, output_hidden_states=True)
    assert_hidden_states_match(output, reference, attention_mask)


def test_optional_inputs_default_to_no_padding_and_segment_zero():
    torch.manual_seed(0)
    config = BertConfig(vocab_size=50, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=64)
    model = BertModel(config).eval()
    input_ids = torch.randint(1, 50, (2, 9))
    with torch.no_grad():
        implicit = model(input_ids)
        explicit = model(input_ids, torch.zeros_like(input_ids), torch.ones_like(input_ids))
    assert torch.allclose(implicit.last_hidden_state, explicit.last_hidden_state, atol=1e-6)


def small_config(**kwargs):
    values = dict(vocab_size=120, hidden_size=48, num_hidden_layers=2, num_attention_heads=4,
                  intermediate_size=96, max_position_embeddings=64)
    values.update(kwargs)
    return BertConfig(**values)


@pytest.mark.parametrize("ours_class, theirs_name, kwargs", [
    (BertForSequenceClassification, "BertForSequenceClassification", {"num_labels": 3}),
    (BertForQuestionAnswering, "BertForQuestionAnswering", {}),
    (BertForPreTraining, "BertForPreTraining", {}),
])
def test_heads_match_transformers(ours_class, theirs_name, kwargs):
    torch.manual_seed(0)
    config = small_config()
    ours = ours_class(config, **kwargs).eval()
    theirs = getattr(transformers, theirs_name)(hf_config(config, **kwargs)).eval()
    state = dict(ours.state_dict())
    if ours_class is BertForPreTraining:  # transformers keeps the (tied) decoder bias under a second name
        state["cls.predictions.decoder.bias"] = state["cls.predictions.bias"]
    load = theirs.load_state_dict(state, strict=False)
    assert load.unexpected_keys == [] and all("position_ids" in k for k in load.missing_keys)
    input_ids, token_type_ids, attention_mask = random_batch(config, seq_length=20)
    with torch.no_grad():
        output = ours(input_ids, token_type_ids, attention_mask)
        reference = theirs(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask)
    if ours_class is BertForSequenceClassification:
        pairs = [(output.logits, reference.logits)]
    elif ours_class is BertForQuestionAnswering:
        pairs = [(output.start_logits, reference.start_logits), (output.end_logits, reference.end_logits)]
    else:
        pairs = [(output.prediction_logits, reference.prediction_logits),
                 (output.seq_relationship_logits, reference.seq_relationship_logits)]
    for a, b in pairs:
        assert (a - b).abs().max().item() < TOLERANCE


def test_pretraining_decoder_is_tied_to_word_embeddings():
    model = BertForPreTraining(small_config())
    assert model.cls.predictions.decoder.weight is model.bert.embeddings.word_embeddings.weight


def test_losses_match_transformers():
    torch.manual_seed(0)
    config = small_config()
    ours = BertForQuestionAnswering(config).eval()
    theirs = transformers.BertForQuestionAnswering(hf_config(config)).eval()
    theirs.load_state_dict(ours.state_dict(), strict=False)
    input_ids, token_type_ids, attention_mask = random_batch(config, seq_length=20)
    starts, ends = torch.tensor([3, 50, 0]), torch.tensor([5, 60, 0])  # 50/60 lie outside the window
    with torch.no_grad():
        loss = ours(input_ids, token_type_ids, attention_mask, starts, ends).loss
        reference = theirs(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask,
                           start_positions=starts, end_positions=ends).loss
    assert abs(loss.item() - reference.item()) < TOLERANCE


def test_bf16_autocast_stays_close_to_fp32_and_trains():
    torch.manual_seed(0)
    config = small_config(hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    model = BertForSequenceClassification(config, num_labels=2)
    input_ids, token_type_ids, attention_mask = random_batch(config, seq_length=16)
    with torch.no_grad():
        reference = model(input_ids, token_type_ids, attention_mask).logits
    with torch.autocast("cpu", dtype=torch.bfloat16):
        output = model(input_ids, token_type_ids, attention_mask, labels=torch.tensor([0, 1, 1]))
    assert output.logits.dtype == torch.bfloat16
    assert (output.logits.float() - reference).abs().max().item() < 0.05
    output.loss.backward()
    assert all(p.grad is not None and torch.isfinite(p.grad).all() for p in model.parameters() if p.requires_grad)


def test_torch_compile_gives_the_same_outputs():
    torch.manual_seed(0)
    config = small_config()
    model = BertModel(config).eval()
    compiled = torch.compile(model)
    input_ids, token_type_ids, attention_mask = random_batch(config, seq_length=16)
    with torch.no_grad():
        eager = model(input_ids, token_type_ids, attention_mask).last_hidden_state
        graph = compiled(input_ids, token_type_ids, attention_mask).last_hidden_state
    assert (eager - graph).abs().max().item() < 1e-5


def test_sequence_longer_than_position_table_is_a_clear_error():
    model = BertModel(small_config(max_position_embeddings=8))
    with pytest.raises(ValueError, match="max_position_embeddings"):
        model(torch.ones(1, 9, dtype=torch.long))
