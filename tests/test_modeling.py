"""Parity of our BERT with Hugging Face transformers' BERT, the independent reference."""
import pytest
import torch

from bert.config import BertConfig
from bert.modeling import (BertForPreTraining, BertForQuestionAnswering, BertForSequenceClassification,
                           BertModel, Dropout, dropout)

transformers = pytest.importorskip("transformers")

TOLERANCE = 1e-5


def hf_config(config: BertConfig, **kwargs):
    return transformers.BertConfig(**config.to_dict(), attn_implementation="sdpa", **kwargs)


def random_batch(config: BertConfig, batch=3, seq_length=24, seed=0, device="cpu"):
    generator = torch.Generator().manual_seed(seed)
    input_ids = torch.randint(5, config.vocab_size, (batch, seq_length), generator=generator)
    token_type_ids = torch.zeros_like(input_ids)
    token_type_ids[:, seq_length // 2:] = 1
    attention_mask = torch.ones_like(input_ids)
    attention_mask[1 % batch, seq_length - 7:] = 0  # padded rows of different lengths
    attention_mask[batch - 1, 4:] = 0
    input_ids = input_ids.masked_fill(attention_mask == 0, 0)
    return input_ids.to(device), token_type_ids.to(device), attention_mask.to(device)


def assert_hidden_states_match(ours, theirs, attention_mask):
    assert len(ours.hidden_states) == len(theirs.hidden_states)
    for layer, (a, b) in enumerate(zip(ours.hidden_states, theirs.hidden_states)):
        # Padded positions are compared too: both implementations compute them the same way.
        difference = (a - b).abs().max().item()
        assert difference < TOLERANCE, f"hidden state {layer} differs by {difference}"
    assert (ours.pooled_output - theirs.pooler_output).abs().max().item() < TOLERANCE
    assert torch.equal(ours.last_hidden_state, ours.hidden_states[-1])


def test_bundled_backbone_matches_transformers(bundled_model_dir, device):
    ours = BertModel.from_pretrained(str(bundled_model_dir)).eval().to(device)
    assert ours.load_report.missing == [] and ours.load_report.unexpected == []
    theirs = transformers.BertModel.from_pretrained(str(bundled_model_dir), attn_implementation="sdpa")
    theirs = theirs.eval().to(device)
    input_ids, token_type_ids, attention_mask = random_batch(ours.config, seq_length=40, device=device)
    with torch.no_grad():
        output = ours(input_ids, token_type_ids, attention_mask)
        reference = theirs(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask,
                           output_hidden_states=True)
    assert_hidden_states_match(output, reference, attention_mask)


def test_base_shaped_random_model_matches_transformers(device):
    torch.manual_seed(0)
    config = BertConfig()  # BERT-base: 12 layers, hidden 768, 12 heads
    ours = BertModel(config).eval()
    theirs = transformers.BertModel(hf_config(config)).eval()
    load = theirs.load_state_dict(ours.state_dict(), strict=False)
    assert load.unexpected_keys == [] and all("position_ids" in k for k in load.missing_keys)
    ours, theirs = ours.to(device), theirs.to(device)
    input_ids, token_type_ids, attention_mask = random_batch(config, batch=2, seq_length=32, device=device)
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
    from torch._inductor import config as inductor_config
    torch.manual_seed(0)
    config = small_config()
    model = BertModel(config).eval()
    compiled = torch.compile(model)
    input_ids, token_type_ids, attention_mask = random_batch(config, seq_length=16)
    # Compile afresh, not from Inductor's on-disk cache (/tmp/torchinductor_$USER, shared by every run on
    # the machine): its FX-graph cache key (torch 2.13) leaves out the vector ISA, which Inductor takes from
    # ATEN_CPU_CAPABILITY. A graph generated for AVX-512 (loops stepping 16 floats) is then reused under
    # ATEN_CPU_CAPABILITY=avx2 and rebuilt with 8-float vectors: garbage outputs (nan, 5.1, 2.6e3); the
    # other way round it segfaults. A fresh compile matches eager to 5e-7 under either ISA.
    with torch.no_grad(), inductor_config.patch(force_disable_caches=True):
        eager = model(input_ids, token_type_ids, attention_mask).last_hidden_state
        graph = compiled(input_ids, token_type_ids, attention_mask).last_hidden_state
    assert (eager - graph).abs().max().item() < 1e-5


def test_sequence_longer_than_position_table_is_a_clear_error():
    model = BertModel(small_config(max_position_embeddings=8))
    with pytest.raises(ValueError, match="max_position_embeddings"):
        model(torch.ones(1, 9, dtype=torch.long))


# ----------------------------------------------------------------------------- dropout

@pytest.mark.parametrize("p", [0.1, 0.5, 0.9])
def test_cpu_dropout_rate_scale_and_gradient(p):
    torch.manual_seed(0)
    x = torch.rand(250_000) + 0.5  # no zeros, so a zero output is a dropped element
    x.requires_grad_(True)
    y = dropout(x, p)
    kept = y != 0
    # 250k draws: the drop rate's standard error is at most 0.001; check every lane of a 64-bit draw
    # (elements 4k + j share one draw), so a lane with fewer random bits shows up.
    for lane in range(4):
        rate = 1 - kept[lane::4].float().mean().item()
        assert abs(rate - p) < 0.006, f"lane {lane}: drop rate {rate:.4f} for p={p}"
    scale = y[kept] / x[kept]
    assert torch.allclose(scale, torch.full_like(scale, 1 / (1 - p)), rtol=1e-3)
    assert abs(y.mean().item() / x.mean().item() - 1) < 0.02  # the expectation is x
    y.backward(torch.ones_like(y))
    torch.testing.assert_close(x.grad, (y / x).detach())  # gradient = the same mask, same scale


def test_cpu_dropout_follows_the_torch_seed_and_is_identity_when_off():
    x = torch.randn(4, 7, 33, dtype=torch.bfloat16)
    torch.manual_seed(1)
    first = dropout(x, 0.1)
    second = dropout(x, 0.1)
    torch.manual_seed(1)
    again = dropout(x, 0.1)
    assert torch.equal(first, again) and not torch.equal(first, second)
    assert first.dtype == torch.bfloat16 and first.shape == x.shape
    assert dropout(x, 0.1, training=False) is x and dropout(x, 0.0) is x
    assert torch.equal(dropout(x, 1.0), torch.zeros_like(x))
    module = Dropout(0.1).eval()
    assert module(x) is x and "p=0.1" in repr(module)
    with pytest.raises(ValueError, match="between 0 and 1"):
        Dropout(1.5)


def test_training_attention_path_matches_transformers_when_dropout_draws_nothing(monkeypatch):
    # In training on the CPU our attention runs its own softmax(QK^T / sqrt(D) + bias) V (with the cheaper
    # dropout mask) instead of SDPA. With masks that keep everything it must equal transformers' output.
    torch.manual_seed(0)
    config = small_config()
    ours = BertModel(config).train()
    theirs = transformers.BertModel(hf_config(config)).eval()  # eval: no dropout
    theirs.load_state_dict(ours.state_dict(), strict=False)
    calls = []
    monkeypatch.setattr("bert.modeling.dropout", lambda x, p, training=True: calls.append(p) or x)
    input_ids, token_type_ids, attention_mask = random_batch(config, seq_length=20)
    output = ours(input_ids, token_type_ids, attention_mask)
    with torch.no_grad():
        reference = theirs(input_ids=input_ids, token_type_ids=token_type_ids, attention_mask=attention_mask,
                           output_hidden_states=True)
    assert len(calls) == 1 + 3 * config.num_hidden_layers  # embeddings; per layer attention, 2 hidden
    assert_hidden_states_match(output, reference, attention_mask)


def test_training_mode_drops_attention_probabilities():
    torch.manual_seed(0)
    config = small_config(hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.5)
    model = BertModel(config)
    input_ids, token_type_ids, attention_mask = random_batch(config, seq_length=12)
    with torch.no_grad():
        evaluated = model.eval()(input_ids, token_type_ids, attention_mask).last_hidden_state
        first = model.train()(input_ids, token_type_ids, attention_mask).last_hidden_state
        second = model(input_ids, token_type_ids, attention_mask).last_hidden_state
    assert (first - evaluated).abs().max() > 1e-2 and (first - second).abs().max() > 1e-2
