"""Helpers several test files share (tiny models and checkpoints, the players table and its
independent evaluation, a server on loopback). Fixtures live in conftest.py."""
import csv
import math
import re
import socket
import string
import threading
import time
from pathlib import Path

import pytest
import torch

from bert.config import BertConfig
from bert.modeling import BertForSequenceClassification
from bert.tokenization import BertTokenizer
from wikisql.checkpoint import save_checkpoint
from wikisql.decoding import ExampleScores
from wikisql.model import HeadConfig, WikiSQLModel
from wikisql.query import Query

TINY = dict(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
            max_position_embeddings=128)


def tiny_model(seed=0, dropout=0.0, layers=1):
    torch.manual_seed(seed)
    config = BertConfig(**TINY, hidden_dropout_prob=dropout, attention_probs_dropout_prob=dropout)
    return WikiSQLModel(config, HeadConfig(layers=layers, dropout=dropout, max_seq_length=64))


def make_scores(columns, question, sel=0, agg=0, num_conds=0, where=(), ops=None, spans=None):
    """ExampleScores with clear winners: log p = 0 for the winner, log(1e-4)-ish elsewhere."""
    low = math.log(1e-4)

    def one_hot(size, index):
        values = torch.full((size,), low)
        values[index] = 0.0
        return values

    agg_scores = torch.stack([one_hot(6, agg)] * columns)
    where_logit = torch.full((columns,), -6.0)
    for column in where:
        where_logit[column] = 6.0
    ops = ops or {}
    spans = spans or {}
    op = torch.stack([one_hot(4, ops.get(c, 0)) for c in range(columns)])
    start = torch.stack([one_hot(question, spans.get(c, (0, 0))[0]) for c in range(columns)])
    end = torch.stack([one_hot(question, spans.get(c, (0, 0))[1]) for c in range(columns)])
    return ExampleScores(sel=one_hot(columns, sel), agg=agg_scores, num_conds=one_hot(5, num_conds),
                         where=torch.nn.functional.logsigmoid(where_logit),
                         not_where=torch.nn.functional.logsigmoid(-where_logit),
                         op=op, start=start, end=end)


FIXTURES = Path(__file__).resolve().parent / 'fixtures' / 'tables'
PLAYERS = FIXTURES / 'players.csv'
WORDS = 'how many players are from duke what is the player who school position height no nationality guard'.split()


def build_tiny_checkpoint(directory, seed=0, max_seq_length=64, agg=None, op=None, num_conds=None):
    """A random 1-layer model saved with the project's save_checkpoint; agg / op / num_conds,
    when given, get a large bias so the model prefers them."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    pieces = string.ascii_lowercase + string.digits
    vocab = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] + WORDS + list(pieces + string.punctuation)
    vocab += ['##' + piece for piece in pieces]
    vocab_file = directory.parent / (directory.name + '-vocab.txt')
    vocab_file.write_text('\n'.join(dict.fromkeys(vocab)) + '\n')
    tokenizer = BertTokenizer(vocab_file)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(tokenizer.vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    model = WikiSQLModel(config, HeadConfig(max_seq_length=max_seq_length))
    with torch.no_grad():
        if agg is not None:
            model.agg_out.bias[agg] = 10.0
        if op is not None:
            model.op_out.bias[op] = 10.0
        if num_conds is not None:
            model.num_conds_out[-1].bias[num_conds] = 10.0
    save_checkpoint(model, tokenizer, directory)
    return directory


def read_csv(path):
    with open(path, newline='', encoding='utf-8') as f:
        records = list(csv.reader(f))
    return records[0], records[1:]


def evaluate_independently(query, header, rows):
    """(result values, 0-based matching rows) of a WikiSQL query dict on CSV rows, in plain
    Python: a column is numeric when every cell is a float; text compares lower-cased."""
    numeric = [all(re.fullmatch(r'[-+]?\d+(\.\d+)?', row[c].strip()) for row in rows) for c in range(len(header))]

    def cell(row, column):
        return float(row[column]) if numeric[column] else row[column].lower()

    def matches(row):
        for column, operator, value in query['conds']:
            if numeric[column]:
                number = re.findall(r'[-+]?\d*\.\d+|\d+', str(value).replace(',', ''))
                if not number:
                    return None   # the engine refuses a real column compared with no number
                value = float(number[0])
            else:
                value = str(value).lower()
            a = cell(row, column)
            if not {0: a == value, 1: a > value, 2: a < value}[operator]:
                return False
        return True

    verdicts = [matches(row) for row in rows]
    if None in verdicts:
        return None, None
    selected = [i for i, ok in enumerate(verdicts) if ok]
    values = [cell(rows[i], query['sel']) for i in selected]
    agg = query['agg']
    if agg == 0:
        result = values
    elif agg == 3:
        result = [len(values)]
    elif not values:
        result = [None]
    else:
        result = [{1: max, 2: min, 4: sum, 5: lambda v: sum(v) / len(v)}[agg](values)]
    return [int(v) if isinstance(v, float) and v.is_integer() else v for v in result], selected


def check_answer(answer, header, rows):
    """The answer's SQL, result, answer and rows are those of its query."""
    query = Query.from_dict(answer['query'])
    assert answer['sql'] == query.to_sql(header)
    for name in ([header[query.sel]] + [header[c.column] for c in query.conds]):
        assert f'"{name}"' in answer['sql']
    result, selected = evaluate_independently(answer['query'], header, rows)
    if result is None:
        assert answer['error'] and answer['result'] == []
        return
    assert answer['error'] is None
    assert answer['rows'] == selected
    assert answer['result'] == pytest.approx(result)
    if query.agg == 0:   # values as the table writes them
        assert answer['answer'] == [float(rows[i][query.sel]) if re.fullmatch(r'[\d.]+', rows[i][query.sel])
                                    else rows[i][query.sel] for i in selected]
    # values are bound, never written into the statement
    for condition in query.conds:
        assert f':col{condition.column}' in answer['executed_sql']
        assert str(condition.value).lower() not in answer['executed_sql'].lower()


class RunningServer:
    """uvicorn serving app on 127.0.0.1 at a free port, in a thread."""

    def __init__(self, app):
        self.socket = socket.socket()
        self.socket.bind(('127.0.0.1', 0))
        self.url = f'http://127.0.0.1:{self.socket.getsockname()[1]}'
        import uvicorn  # optional: the service's tests skip without it
        self.server = uvicorn.Server(uvicorn.Config(app, log_level='warning', lifespan='off'))
        self.thread = threading.Thread(target=self.server.run, kwargs={'sockets': [self.socket]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError('uvicorn did not start')
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()


def write_tiny_checkpoint(directory: Path, bundled_model_dir: Path) -> Path:
    """A random 2-layer BERT in the original layout (bert_config.json, pytorch_model.bin with the
    backbone's names, vocab.txt), for the --bert_config_file/--init_checkpoint flags."""
    directory.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    model = BertForSequenceClassification(config, num_labels=2)
    torch.save(model.bert.state_dict(), directory / "pytorch_model.bin")  # backbone names, no "bert." prefix
    config.to_json_file(directory / "bert_config.json")
    (directory / "vocab.txt").write_text((bundled_model_dir / "vocab.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return directory
