"""BERT in PyTorch, with the top-level names of pytorch-pretrained-BERT and transformers:
`from bert import BertConfig, BertModel, BertTokenizer, BertAdam` (and the task heads).
"""
from bert.config import BertConfig
from bert.errors import CheckpointError
from bert.modeling import BertForPreTraining, BertForQuestionAnswering, BertForSequenceClassification, BertModel
from bert.optimization import BertAdam
from bert.tokenization import BertTokenizer

__all__ = ["BertAdam", "BertConfig", "BertForPreTraining", "BertForQuestionAnswering",
           "BertForSequenceClassification", "BertModel", "BertTokenizer", "CheckpointError"]
