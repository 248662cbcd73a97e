"""WikiSQL model: BERT over `[CLS] question [SEP] header [SEP] ...` and a per-column head.

SQLova's decomposition (select column, aggregation, number of conditions, condition columns,
operators, value spans), computed from one joint encoding as X-SQL / HydraNet do:

    column vector  c_j = mean of header j's wordpieces            (B, C, H)
    question       q_t = question wordpieces                      (B, Q, H)
    context        a_j = attention of c_j over q                   (B, C, H)
    column state   h_j = MLP([c_j; a_j; c_j * a_j; cls])            (B, C, H)

    select column     w_sel . h_j                    (B, C)
    aggregation       W_agg h_j, read at the (gold / predicted) select column   (B, C, 6)
    number of conds   W_num [cls; max_j h_j]          (B, 5)
    condition column  w_where . h_j, sigmoid          (B, C)
    operator          W_op h_j                        (B, C, 4)
    value start/end   (W_start h_j) . q_t             (B, C, Q)

With `content=True` (question spans matched against the table's cells):

    input embeddings  += E_content[content_ids]                   (B, T, H), E zero-initialised
    condition column  += w_match * column_match                   (B, C)
    value start/end   += w_start * match_start, w_end * match_end  (B, C, Q)

With `ordering=True` (our extension: ... ORDER BY col DESC|ASC LIMIT k) and `answerable=True`:

    ordering          W_order [cls; max_j h_j]       (B, 3): none / ascending / descending
    ordering column   w_order_col . h_j              (B, C)
    limit             W_limit [cls; max_j h_j]       (B, 5): k = 1..5
    answerable        w_ans . [cls; max_j h_j]       (B,): can one query of the grammar answer it?

Teacher forcing: training reads aggregation at the gold select column and trains operator and
value only on gold condition columns. `layers=k` feeds a learned softmax-weighted sum of BERT's
last k layers to the head instead of the top layer alone.
"""
from __future__ import annotations

import dataclasses
from typing import NamedTuple

import torch
import torch.nn.functional as F
from torch import nn

from bert.config import BertConfig
from bert.modeling import BertModel, Dropout
from wikisql.encoding import IGNORE_INDEX, MAX_CONDITIONS
from wikisql.query import AGGREGATION_OPS, COMPONENTS, CONDITION_OPS, MAX_ORDER_LIMIT


@dataclasses.dataclass
class HeadConfig:
    layers: int = 1  # weighted sum of the last `layers` BERT layers
    dropout: float = 0.1
    max_seq_length: int = 256
    column_types: bool = False  # type word before each header in the input
    max_value_tokens: int = 16  # longest value span decoded
    content: bool = False  # table-content match features (wikisql/content.py, encoding.content_tensors)
    ordering: bool = False  # the ORDER BY ... LIMIT k heads (superlatives)
    answerable: bool = False  # the head that says whether the grammar can answer the question at all

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, values: dict) -> HeadConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


class ModelOutput(NamedTuple):
    sel_logits: torch.Tensor  # (B, C), -inf on padded columns
    agg_logits: torch.Tensor  # (B, C, 6): aggregation if column j were selected
    num_conds_logits: torch.Tensor  # (B, 5)
    where_logits: torch.Tensor  # (B, C), -inf on padded columns
    op_logits: torch.Tensor  # (B, C, 4)
    start_logits: torch.Tensor  # (B, C, Q), -inf on padded question tokens
    end_logits: torch.Tensor  # (B, C, Q)
    order_logits: torch.Tensor | None = None  # (B, 3): none, ascending, descending
    order_column_logits: torch.Tensor | None = None  # (B, C), -inf on padded columns
    order_limit_logits: torch.Tensor | None = None  # (B, MAX_ORDER_LIMIT): k = 1..
    answerable_logits: torch.Tensor | None = None  # (B,)


def masked_fill_neg_inf(logits: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return logits.masked_fill(~mask, float("-inf"))


class WikiSQLModel(nn.Module):
    def __init__(self, bert_config: BertConfig, head_config: HeadConfig | None = None) -> None:
        super().__init__()
        self.bert_config = bert_config
        self.head_config = head_config or HeadConfig()
        hidden = bert_config.hidden_size
        layers = min(self.head_config.layers, bert_config.num_hidden_layers)
        self.bert = BertModel(bert_config, add_pooling_layer=False)
        self.num_layers_mixed = layers
        # softmax(layer_weights) mixes the last `layers` layers; none with one layer (DDP needs every parameter used)
        self.layer_weights = nn.Parameter(torch.zeros(layers)) if layers > 1 else None
        self.dropout = Dropout(self.head_config.dropout)
        self.column_to_question = nn.Linear(hidden, hidden, bias=False)  # attention c_j W q_t
        self.column_state = nn.Sequential(nn.Linear(4 * hidden, hidden), nn.GELU(), nn.LayerNorm(hidden))
        self.sel_out = nn.Linear(hidden, 1)
        self.agg_out = nn.Linear(hidden, len(AGGREGATION_OPS))
        self.num_conds_out = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.GELU(),
                                           nn.Linear(hidden, MAX_CONDITIONS + 1))
        self.where_out = nn.Linear(hidden, 1)
        self.op_out = nn.Linear(hidden, len(CONDITION_OPS))
        self.start_query = nn.Linear(hidden, hidden)
        self.end_query = nn.Linear(hidden, hidden)
        self.question_keys = nn.Linear(hidden, hidden)
        if self.head_config.ordering:
            self.order_out = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.GELU(), nn.Linear(hidden, 3))
            self.order_column_out = nn.Linear(hidden, 1)
            self.order_limit_out = nn.Linear(2 * hidden, MAX_ORDER_LIMIT)
        if self.head_config.answerable:
            self.answerable_out = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.GELU(), nn.Linear(hidden, 1))
        self._init_head()
        if self.head_config.content:
            # zero at the start: the pre-trained backbone sees exactly its usual input
            self.content_embeddings = nn.Embedding(4, hidden)
            nn.init.zeros_(self.content_embeddings.weight)
            self.match_weights = nn.Parameter(torch.zeros(3))  # condition column, value start, value end

    def _init_head(self) -> None:
        std = self.bert_config.initializer_range
        for name, module in self.named_modules():
            if name.startswith("bert"):
                continue
            if isinstance(module, nn.Linear):
                nn.init.normal_(module.weight, std=std)
                if module.bias is not None:
                    nn.init.zeros_(module.bias)

    @classmethod
    def from_pretrained_bert(cls, name_or_path: str, head_config: HeadConfig | None = None) -> WikiSQLModel:
        """Head newly initialised over a pre-trained backbone."""
        bert = BertModel.from_pretrained(name_or_path, add_pooling_layer=False)
        model = cls(bert.config, head_config)
        model.bert.load_state_dict(bert.state_dict())
        return model

    def forward(self, input_ids: torch.Tensor, token_type_ids: torch.Tensor, attention_mask: torch.Tensor,
                question_mask: torch.Tensor, column_mask: torch.Tensor, column_token_weights: torch.Tensor,
                content_ids: torch.Tensor | None = None, column_match: torch.Tensor | None = None,
                match_start: torch.Tensor | None = None, match_end: torch.Tensor | None = None,
                **unused: torch.Tensor) -> ModelOutput:
        num_question = question_mask.size(1)
        use_content = self.head_config.content
        if use_content and content_ids is None:
            raise ValueError("this model was trained with table-content features: encode with Encoder(content=True)")
        extra = self.content_embeddings(content_ids) if use_content else None  # (B, T, H)
        bert_output = self.bert(input_ids, token_type_ids, attention_mask, extra_embeddings=extra)
        k = self.num_layers_mixed
        if k == 1:
            sequence = bert_output.last_hidden_state
        else:
            weights = torch.softmax(self.layer_weights, dim=0)
            sequence = sum(w * layer for w, layer in zip(weights, bert_output.hidden_states[-k:]))
        sequence = self.dropout(sequence)  # (B, T, H)
        cls = sequence[:, 0]  # (B, H)
        question = sequence[:, 1:1 + num_question]  # (B, Q, H)
        columns = torch.bmm(column_token_weights.to(sequence.dtype), sequence)  # (B, C, H)

        scores = torch.bmm(self.column_to_question(columns), question.transpose(1, 2))  # (B, C, Q)
        attention = torch.softmax(masked_fill_neg_inf(scores.float(), question_mask[:, None, :]), dim=-1)
        context = torch.bmm(attention.to(question.dtype), question)  # (B, C, H)
        cls_per_column = cls[:, None, :].expand_as(columns)
        state = self.column_state(torch.cat([columns, context, columns * context, cls_per_column], dim=-1))
        state = self.dropout(state)  # (B, C, H)

        sel_logits = masked_fill_neg_inf(self.sel_out(state).squeeze(-1).float(), column_mask)
        agg_logits = self.agg_out(state).float()
        pooled_columns = state.float().masked_fill(~column_mask[..., None], float("-inf")).max(dim=1).values
        summary = torch.cat([cls.float(), pooled_columns], dim=-1).to(state.dtype)  # (B, 2H)
        num_conds_logits = self.num_conds_out(summary).float()
        where_logits = masked_fill_neg_inf(self.where_out(state).squeeze(-1).float(), column_mask)
        op_logits = self.op_out(state).float()
        keys = self.question_keys(question)  # (B, Q, H)
        start_logits = torch.bmm(self.start_query(state), keys.transpose(1, 2)).float()
        end_logits = torch.bmm(self.end_query(state), keys.transpose(1, 2)).float()
        if use_content:
            where_logits = where_logits + self.match_weights[0] * column_match
            start_logits = start_logits + self.match_weights[1] * match_start
            end_logits = end_logits + self.match_weights[2] * match_end
        start_logits = masked_fill_neg_inf(start_logits, question_mask[:, None, :])
        end_logits = masked_fill_neg_inf(end_logits, question_mask[:, None, :])
        extension = {}
        if self.head_config.ordering:
            extension.update(
                order_logits=self.order_out(summary).float(),
                order_column_logits=masked_fill_neg_inf(self.order_column_out(state).squeeze(-1).float(), column_mask),
                order_limit_logits=self.order_limit_out(summary).float())
        if self.head_config.answerable:
            extension["answerable_logits"] = self.answerable_out(summary).squeeze(-1).float()
        return ModelOutput(sel_logits, agg_logits, num_conds_logits, where_logits, op_logits,
                           start_logits, end_logits, **extension)


def compute_loss(output: ModelOutput, batch: dict) -> tuple[torch.Tensor, dict]:
    """Sum of the components' losses, averaged over examples.

    Every component is summed per example and divided by the batch size, so the loss of a
    batch split across ranks and averaged (DDP) equals the loss of the joined batch.
    Returns (loss, {component: float}) with query.COMPONENTS as the names.
    """
    batch_size = batch["sel"].size(0)
    answerable = batch.get("answerable", torch.ones(batch_size, device=batch["sel"].device))  # (B,)
    sel_logits = output.sel_logits.masked_fill((batch["sel"] == IGNORE_INDEX)[:, None], 0.0)  # unanswerable rows
    sel = F.cross_entropy(sel_logits, batch["sel"], ignore_index=IGNORE_INDEX, reduction="sum")
    gold_sel = batch["sel"].clamp(min=0)
    agg_at_gold = output.agg_logits[torch.arange(batch_size), gold_sel]  # (B, 6), teacher forcing
    agg = F.cross_entropy(agg_at_gold, batch["agg"], ignore_index=IGNORE_INDEX, reduction="sum")
    num_conds = F.cross_entropy(output.num_conds_logits, batch["num_conds"], ignore_index=IGNORE_INDEX,
                                reduction="sum")
    column_mask = batch["column_mask"]
    where_logits = output.where_logits.masked_fill(~column_mask, 0.0)
    where = (F.binary_cross_entropy_with_logits(where_logits, batch["where_target"], reduction="none")
             * column_mask * answerable[:, None]).sum()
    op = _ignorable_cross_entropy(output.op_logits, batch["op_target"])
    start = _ignorable_cross_entropy(output.start_logits, batch["start_target"])
    end = _ignorable_cross_entropy(output.end_logits, batch["end_target"])
    parts = dict(zip(COMPONENTS, (sel, agg, num_conds, where, op, start + end), strict=True))
    if output.order_logits is not None and "order_target" in batch:
        column_target = batch["order_column_target"]
        column_logits = output.order_column_logits.masked_fill((column_target == IGNORE_INDEX)[:, None], 0.0)
        parts["ordering"] = (
            F.cross_entropy(output.order_logits, batch["order_target"], ignore_index=IGNORE_INDEX, reduction="sum")
            + F.cross_entropy(column_logits, column_target, ignore_index=IGNORE_INDEX, reduction="sum")
            + F.cross_entropy(output.order_limit_logits, batch["order_limit_target"], ignore_index=IGNORE_INDEX,
                              reduction="sum"))
    if output.answerable_logits is not None and "answerable" in batch:
        parts["answerable"] = F.binary_cross_entropy_with_logits(output.answerable_logits, answerable, reduction="sum")
    loss = sum(parts.values()) / batch_size
    return loss, {name: value.item() / batch_size for name, value in parts.items()}


def _ignorable_cross_entropy(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """Summed cross entropy of (B, C, N) logits against (B, C) targets, IGNORE_INDEX skipped.

    Ignored rows may be all -inf (padded columns); they are zeroed first so that neither the
    loss nor its gradient sees a NaN.
    """
    logits, target = logits.flatten(0, 1), target.flatten()
    logits = logits.masked_fill((target == IGNORE_INDEX)[:, None], 0.0)
    return F.cross_entropy(logits, target, ignore_index=IGNORE_INDEX, reduction="sum")
