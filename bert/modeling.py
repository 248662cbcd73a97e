"""BERT in PyTorch: the encoder and its heads.

Parameter names follow the Hugging Face layout (`embeddings.word_embeddings.weight`,
`encoder.layer.0.attention.self.query.weight`, ...), so Hugging Face checkpoints load as they are
and Google's TensorFlow names map onto them one to one (see bert/checkpoints.py).

Shapes: B = batch, T = sequence length, H = hidden size, N = attention heads, D = H / N.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

import torch
import torch.nn.functional as F
from torch import nn

from bert.checkpoints import DEFAULT_MODEL, load_pretrained
from bert.config import BertConfig


def activation(name: str):
    if name == "gelu":
        return F.gelu  # exact (erf) form, as Hugging Face and the original PyTorch port
    if name in ("gelu_new", "gelu_tanh", "gelu_pytorch_tanh"):
        return lambda x: F.gelu(x, approximate="tanh")
    if name == "relu":
        return F.relu
    if name in ("silu", "swish"):
        return F.silu
    raise ValueError(f"unknown activation {name!r}")


_MASK_LEVELS = 2 ** 15  # a CPU dropout mask compares 15 random bits per element with a threshold


def dropout(x: torch.Tensor, p: float, training: bool = True) -> torch.Tensor:
    """F.dropout, with a cheaper random mask on the CPU.

    On the CPU, F.dropout draws its mask with bernoulli_: one Mersenne-Twister call per element,
    about 2 ms for a (32, 34, 384) activation, a fifth of a WikiSQL training step over 21 dropouts.
    Here one 64-bit draw of the same generator (torch.manual_seed, torch.get_rng_state) gives four
    elements 15 bits each, which is about five times cheaper. An element is dropped with probability
    round(p * 2**15) / 2**15 (p = 0.1: 0.100006) and the kept ones are scaled by 1 / (1 - that), so
    the expected output is x, as with F.dropout. Other devices (fused kernels on CUDA) use F.dropout.
    """
    if not training or p == 0.0:
        return x
    threshold = round(p * _MASK_LEVELS)
    if x.device.type != "cpu" or not 0 < threshold < _MASK_LEVELS:
        return F.dropout(x, p, training)
    n = x.numel()
    # random_() on int64 draws 63 uniform bits: as 4 int16 lanes, the low 15 bits of each are uniform.
    lanes = torch.empty((n + 3) // 4, dtype=torch.int64).random_().view(torch.int16)[:n]
    keep = (lanes & (_MASK_LEVELS - 1)) >= threshold  # (n,) bool
    multiplier = keep.view(x.shape).to(x.dtype) * (_MASK_LEVELS / (_MASK_LEVELS - threshold))
    return x * multiplier  # autograd saves the multiplier: the gradient is grad * multiplier


class Dropout(nn.Module):
    """nn.Dropout (same `p`, no parameters) using `dropout` above: cheaper masks on the CPU."""

    def __init__(self, p: float = 0.5):
        super().__init__()
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"dropout probability must be between 0 and 1, got {p}")
        self.p = p

    def forward(self, x):
        return dropout(x, self.p, self.training)

    def extra_repr(self) -> str:
        return f"p={self.p}"


class BertEmbeddings(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.word_embeddings = nn.Embedding(config.vocab_size, config.hidden_size,
                                            padding_idx=config.pad_token_id)
        self.position_embeddings = nn.Embedding(config.max_position_embeddings, config.hidden_size)
        self.token_type_embeddings = nn.Embedding(config.type_vocab_size, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = Dropout(config.hidden_dropout_prob)

    def forward(self, input_ids, token_type_ids, position_ids=None, extra_embeddings=None):
        # input_ids, token_type_ids: (B, T) -> (B, T, H); extra_embeddings: (B, T, H) added before LayerNorm
        seq_length = input_ids.size(1)
        if position_ids is None:
            position_ids = torch.arange(seq_length, device=input_ids.device).unsqueeze(0)
        embeddings = (self.word_embeddings(input_ids)
                      + self.position_embeddings(position_ids)
                      + self.token_type_embeddings(token_type_ids))
        if extra_embeddings is not None:
            embeddings = embeddings + extra_embeddings
        return self.dropout(self.LayerNorm(embeddings))


class BertSelfAttention(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.num_heads = config.num_attention_heads
        self.head_dim = config.head_dim
        self.query = nn.Linear(config.hidden_size, config.hidden_size)
        self.key = nn.Linear(config.hidden_size, config.hidden_size)
        self.value = nn.Linear(config.hidden_size, config.hidden_size)
        self.dropout_prob = config.attention_probs_dropout_prob

    def forward(self, hidden_states, attention_bias):
        # hidden_states: (B, T, H); attention_bias: None or (B, 1, 1, T), 0 to attend, -inf-like to mask
        batch, seq_length, hidden = hidden_states.shape

        def heads(x):  # (B, T, H) -> (B, N, T, D)
            return x.view(batch, seq_length, self.num_heads, self.head_dim).transpose(1, 2)

        query = heads(self.query(hidden_states))
        key, value = heads(self.key(hidden_states)), heads(self.value(hidden_states))
        dropout_prob = self.dropout_prob if self.training else 0.0
        if dropout_prob > 0 and query.device.type == "cpu":
            # SDPA's CPU path with dropout is the unfused one with bernoulli_ masks: the same maths with
            # the cheaper mask of `dropout` trains faster.
            scores = torch.matmul(query, key.transpose(-1, -2)) * self.head_dim ** -0.5  # (B, N, T, T)
            if attention_bias is not None:
                scores = scores + attention_bias
            probs = dropout(scores.softmax(dim=-1), dropout_prob)
            context = torch.matmul(probs, value)  # (B, N, T, D)
        else:
            context = F.scaled_dot_product_attention(query, key, value, attn_mask=attention_bias,
                                                     dropout_p=dropout_prob)  # (B, N, T, D)
        return context.transpose(1, 2).reshape(batch, seq_length, hidden)


class BertSelfOutput(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = Dropout(config.hidden_dropout_prob)

    def forward(self, hidden_states, input_tensor):
        return self.LayerNorm(self.dropout(self.dense(hidden_states)) + input_tensor)


class BertAttention(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.self = BertSelfAttention(config)
        self.output = BertSelfOutput(config)

    def forward(self, hidden_states, attention_bias):
        return self.output(self.self(hidden_states, attention_bias), hidden_states)


class BertIntermediate(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.intermediate_size)
        self.activation = activation(config.hidden_act)

    def forward(self, hidden_states):
        return self.activation(self.dense(hidden_states))  # (B, T, intermediate)


class BertOutput(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.dense = nn.Linear(config.intermediate_size, config.hidden_size)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)
        self.dropout = Dropout(config.hidden_dropout_prob)

    def forward(self, hidden_states, input_tensor):
        return self.LayerNorm(self.dropout(self.dense(hidden_states)) + input_tensor)


class BertLayer(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.attention = BertAttention(config)
        self.intermediate = BertIntermediate(config)
        self.output = BertOutput(config)

    def forward(self, hidden_states, attention_bias):
        attention_output = self.attention(hidden_states, attention_bias)
        return self.output(self.intermediate(attention_output), attention_output)


class BertEncoder(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.layer = nn.ModuleList([BertLayer(config) for _ in range(config.num_hidden_layers)])
        self.gradient_checkpointing = False

    def forward(self, hidden_states, attention_bias):
        all_hidden_states = [hidden_states]
        for layer in self.layer:
            if self.gradient_checkpointing and self.training:
                hidden_states = torch.utils.checkpoint.checkpoint(
                    layer, hidden_states, attention_bias, use_reentrant=False)
            else:
                hidden_states = layer(hidden_states, attention_bias)
            all_hidden_states.append(hidden_states)
        return all_hidden_states


class BertPooler(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.hidden_size)

    def forward(self, hidden_states):
        return torch.tanh(self.dense(hidden_states[:, 0]))  # (B, H) from the [CLS] position


class BertModelOutput(NamedTuple):
    last_hidden_state: torch.Tensor  # (B, T, H)
    pooled_output: torch.Tensor  # (B, H)
    hidden_states: tuple  # num_hidden_layers + 1 tensors (B, T, H): embeddings, then each layer


def attention_bias_from_mask(attention_mask: Optional[torch.Tensor], dtype: torch.dtype):
    """(B, T) mask of 1 = token, 0 = padding -> additive (B, 1, 1, T) bias for SDPA, or None."""
    if attention_mask is None:
        return None
    if attention_mask.dim() != 2:
        raise ValueError(f"attention_mask must be (batch, seq_length), got shape {tuple(attention_mask.shape)}")
    bias = torch.zeros(attention_mask.shape, dtype=dtype, device=attention_mask.device)
    bias = bias.masked_fill(attention_mask == 0, torch.finfo(dtype).min)
    return bias[:, None, None, :]


class BertPreTrainedModel(nn.Module):
    """Weight initialisation and `from_pretrained` shared by BertModel and the heads."""

    base_model_prefix = "bert"

    def init_weights(self):
        self.apply(self._init_module)

    def _init_module(self, module):
        std = self.config.initializer_range
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, mean=0.0, std=std)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            nn.init.normal_(module.weight, mean=0.0, std=std)
        elif isinstance(module, nn.LayerNorm):
            nn.init.ones_(module.weight)
            nn.init.zeros_(module.bias)

    @classmethod
    def from_pretrained(cls, name_or_path: str = DEFAULT_MODEL, *model_args, strict: bool = False,
                        config: Optional[BertConfig] = None, **model_kwargs):
        """Build the model from a checkpoint directory or a known name (see bert.checkpoints)."""
        return load_pretrained(cls, name_or_path, *model_args, strict=strict, config=config, **model_kwargs)

    def num_parameters(self, exclude_embeddings: bool = False) -> int:
        total = sum(p.numel() for p in self.parameters())
        if exclude_embeddings:
            bert = self if isinstance(self, BertModel) else getattr(self, self.base_model_prefix)
            total -= sum(p.numel() for p in bert.embeddings.parameters())
        return total


class BertModel(BertPreTrainedModel):
    def __init__(self, config: BertConfig, add_pooling_layer: bool = True):
        super().__init__()
        self.config = config
        self.embeddings = BertEmbeddings(config)
        self.encoder = BertEncoder(config)
        self.pooler = BertPooler(config) if add_pooling_layer else None
        self.init_weights()

    def forward(self, input_ids, token_type_ids=None, attention_mask=None, position_ids=None,
                extra_embeddings=None) -> BertModelOutput:
        # input_ids: (B, T) -> BertModelOutput
        # extra_embeddings (B, T, H): task features added to the input embeddings before their LayerNorm
        if input_ids.dim() != 2:
            raise ValueError(f"input_ids must be (batch, seq_length), got shape {tuple(input_ids.shape)}")
        if input_ids.size(1) > self.config.max_position_embeddings:
            raise ValueError(f"sequence length {input_ids.size(1)} exceeds max_position_embeddings "
                             f"({self.config.max_position_embeddings})")
        if token_type_ids is None:
            token_type_ids = torch.zeros_like(input_ids)
        hidden_states = self.embeddings(input_ids, token_type_ids, position_ids, extra_embeddings)
        # Under autocast the attention runs in the autocast dtype; the bias must match it.
        dtype = torch.get_autocast_dtype(hidden_states.device.type) if torch.is_autocast_enabled(
            hidden_states.device.type) else hidden_states.dtype
        attention_bias = attention_bias_from_mask(attention_mask, dtype)
        all_hidden_states = self.encoder(hidden_states, attention_bias)
        last_hidden_state = all_hidden_states[-1]
        pooled_output = self.pooler(last_hidden_state) if self.pooler is not None else None
        return BertModelOutput(last_hidden_state, pooled_output, tuple(all_hidden_states))

    def flops_per_token(self, seq_length: int, training: bool = True) -> float:
        """Matmul FLOPs per token (forward x3 for training), attention included, as in nanoGPT/PaLM."""
        config = self.config
        non_embedding = self.num_parameters(exclude_embeddings=True)
        attention = 2 * config.num_hidden_layers * seq_length * config.hidden_size  # QK^T and AV, per token
        forward = 2 * non_embedding + 2 * attention
        return forward * (3 if training else 1)


class SequenceClassifierOutput(NamedTuple):
    loss: Optional[torch.Tensor]
    logits: torch.Tensor  # (B, num_labels)


class BertForSequenceClassification(BertPreTrainedModel):
    def __init__(self, config: BertConfig, num_labels: int = 2):
        super().__init__()
        self.config = config
        self.num_labels = num_labels
        self.bert = BertModel(config)
        self.dropout = Dropout(config.hidden_dropout_prob)
        self.classifier = nn.Linear(config.hidden_size, num_labels)
        self.init_weights()

    def forward(self, input_ids, token_type_ids=None, attention_mask=None, labels=None):
        pooled_output = self.bert(input_ids, token_type_ids, attention_mask).pooled_output
        logits = self.classifier(self.dropout(pooled_output))
        loss = None
        if labels is not None:
            if self.num_labels == 1:  # regression (STS-B)
                loss = F.mse_loss(logits.squeeze(-1).float(), labels.float())
            else:
                loss = F.cross_entropy(logits.float(), labels)
        return SequenceClassifierOutput(loss, logits)


class QuestionAnsweringOutput(NamedTuple):
    loss: Optional[torch.Tensor]
    start_logits: torch.Tensor  # (B, T)
    end_logits: torch.Tensor  # (B, T)


class BertForQuestionAnswering(BertPreTrainedModel):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.config = config
        self.bert = BertModel(config, add_pooling_layer=False)
        self.qa_outputs = nn.Linear(config.hidden_size, 2)
        self.init_weights()

    def forward(self, input_ids, token_type_ids=None, attention_mask=None,
                start_positions=None, end_positions=None):
        sequence_output = self.bert(input_ids, token_type_ids, attention_mask).last_hidden_state
        logits = self.qa_outputs(sequence_output)  # (B, T, 2)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        loss = None
        if start_positions is not None and end_positions is not None:
            # Positions outside the window are clamped to an ignored index, as the original does.
            ignored_index = start_logits.size(1)
            start_positions = start_positions.clamp(0, ignored_index)
            end_positions = end_positions.clamp(0, ignored_index)
            start_loss = F.cross_entropy(start_logits.float(), start_positions, ignore_index=ignored_index)
            end_loss = F.cross_entropy(end_logits.float(), end_positions, ignore_index=ignored_index)
            loss = (start_loss + end_loss) / 2
        return QuestionAnsweringOutput(loss, start_logits, end_logits)


class BertPredictionHeadTransform(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.dense = nn.Linear(config.hidden_size, config.hidden_size)
        self.activation = activation(config.hidden_act)
        self.LayerNorm = nn.LayerNorm(config.hidden_size, eps=config.layer_norm_eps)

    def forward(self, hidden_states):
        return self.LayerNorm(self.activation(self.dense(hidden_states)))


class BertLMPredictionHead(nn.Module):
    def __init__(self, config: BertConfig, word_embeddings: nn.Embedding):
        super().__init__()
        self.transform = BertPredictionHeadTransform(config)
        self.decoder = nn.Linear(config.hidden_size, config.vocab_size, bias=False)
        self.decoder.weight = word_embeddings.weight  # tied, as in Google's BERT
        self.bias = nn.Parameter(torch.zeros(config.vocab_size))

    def forward(self, hidden_states):
        return self.decoder(self.transform(hidden_states)) + self.bias  # (B, T, vocab)


class BertPreTrainingHeads(nn.Module):
    def __init__(self, config: BertConfig, word_embeddings: nn.Embedding):
        super().__init__()
        self.predictions = BertLMPredictionHead(config, word_embeddings)
        self.seq_relationship = nn.Linear(config.hidden_size, 2)

    def forward(self, sequence_output, pooled_output):
        return self.predictions(sequence_output), self.seq_relationship(pooled_output)


class PreTrainingOutput(NamedTuple):
    loss: Optional[torch.Tensor]
    prediction_logits: torch.Tensor  # (B, T, vocab)
    seq_relationship_logits: torch.Tensor  # (B, 2)


class BertForPreTraining(BertPreTrainedModel):
    """Masked LM with tied embeddings + next sentence prediction: loads full Google checkpoints."""

    def __init__(self, config: BertConfig):
        super().__init__()
        self.config = config
        self.bert = BertModel(config)
        self.cls = BertPreTrainingHeads(config, self.bert.embeddings.word_embeddings)
        self.init_weights()
        nn.init.zeros_(self.cls.predictions.bias)

    def forward(self, input_ids, token_type_ids=None, attention_mask=None,
                masked_lm_labels=None, next_sentence_label=None):
        output = self.bert(input_ids, token_type_ids, attention_mask)
        prediction_logits, seq_relationship_logits = self.cls(output.last_hidden_state, output.pooled_output)
        loss = None
        if masked_lm_labels is not None and next_sentence_label is not None:
            masked_lm_loss = F.cross_entropy(prediction_logits.float().view(-1, self.config.vocab_size),
                                             masked_lm_labels.view(-1), ignore_index=-100)
            next_sentence_loss = F.cross_entropy(seq_relationship_logits.float(), next_sentence_label.view(-1))
            loss = masked_lm_loss + next_sentence_loss
        return PreTrainingOutput(loss, prediction_logits, seq_relationship_logits)
