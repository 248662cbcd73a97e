"""The prediction engine: a trained WikiSQL model answering questions about tables.

One path for everything that predicts (`python -m wikisql.predict`, `wikisql.serve`,
`wikisql.evaluate --checkpoint` and the dev evaluation inside training):

    question, table
      -> tokenize once, check it fits (InputError if not), pick the columns to read (wikisql/views.py)
      -> encode (wikisql/encoding/), batch by length, forward (wikisql/model.py)
      -> decode greedy or execution-guided (wikisql/decoding/): Query + log-probability
      -> correct it by what the question and the table say (wikisql/pipeline.py: the steps of
         wikisql/corrections/ and wikisql/superlatives/, in order); decline what it cannot answer
         (wikisql/declining/)
      -> execute the bound, read-only SELECT under a time limit (wikisql/database.py): Answer

    predictor = Predictor.load('runs/wikisql')
    with Database.from_tables([table]) as database:
        answer = predictor.answer('How many players are from Duke?', table, database)
"""
from __future__ import annotations

import argparse
import collections
import concurrent.futures
import contextlib
import queue
import threading
import time
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Hashable, Sequence, TypeVar

import torch
from tqdm import tqdm

from bert.finetune import fast_bfloat16
from bert.tokenization import BertTokenizer, Token
from wikisql.checkpoint import load_checkpoint, resolve_checkpoint_dir
from wikisql.content import ContentMatcher
from wikisql.database import Database, ExecutionError, TimeLimit
from wikisql.declining import cannot_answer, impossible_condition, no_value_held
from wikisql.decoding import (
    DEFAULT_SNAP_MARGIN,
    NUMERIC_AGGREGATIONS,
    ExampleScores,
    example_scores,
    execution_guided_decode,
    greedy_decode,
)
from wikisql.encoding import (
    EncodedExample,
    Encoder,
    EncodingError,
    asks_rows_by_noun,
    collate,
    spelled_as_headers,
    years_named,
)
from wikisql.model import HeadConfig, WikiSQLModel
from wikisql.pipeline import correct
from wikisql.query import Query
from wikisql.schema import Example, Table
from wikisql.views import ColumnView, header_words

REPO_ROOT = Path(__file__).resolve().parents[1]
TRAIN_OUTPUT_DIR = Path("runs/wikisql")   # wikisql/train.py --output-dir default, relative to where it ran
MAX_QUESTION_CHARACTERS = 1000
DEFAULT_TIME_LIMIT = 5.0      # seconds of SQLite work per question (decoding, then execution)
MAX_ROWS_REPORTED = 1000      # matching row numbers returned per answer
BATCH_SIZE = 32
MAX_TABLE_COLUMNS = 1000      # widest table accepted; the model reads the columns a question points to
MIN_COLUMNS_READ = 8          # a question must leave room for this many columns (all of a narrower table)
MATCHER_CACHE_SIZE = 64       # tables whose cell index is kept in memory
# float32; bfloat16: autocast, the linear layers' weights cast to bf16 once; int8: the linear layers'
# weights quantized to int8, activations quantized on the fly (CPU only). "auto" (the default): bfloat16
# where it pays (bert.finetune.fast_bfloat16: a GPU with bf16, a CPU whose native bf16 is timed clearly
# faster than float32, such as AMX or AMD Zen 4), float32 elsewhere. Measured (benchmarks/RESULTS.md,
# "Prediction by precision"): bfloat16 keeps official dev LF/EX within 0.1 of float32; int8 costs 0.5-0.7
# LF, more than the 0.1 allowed a default.
PRECISIONS = ("auto", "float32", "bfloat16", "int8")


def resolve_precision(precision: str, device: torch.device) -> str:
    """The precision "auto" stands for on `device`; any other precision as given."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision {precision!r}: one of {', '.join(PRECISIONS)}")
    if precision != "auto":
        return precision
    return "bfloat16" if fast_bfloat16(device) else "float32"


def add_answering_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of the commands that answer people's questions (predict, serve): --abstain-below and
    --precision, passed on to Predictor.load, and --no-decline-forms (Predictor.decline_forms)."""
    parser.add_argument("--abstain-below", type=float, default=None,
                        help="decline answers whose confidence is lower (default: the floor calibrated into the "
                             "checkpoint, else 0: never)")
    parser.add_argument("--precision", choices=PRECISIONS, default="auto",
                        help="auto (default: bfloat16 where it is faster: a GPU, a CPU with fast native bf16; else "
                             "float32); float32; bfloat16 autocast; int8 linear layers (CPU)")
    parser.add_argument("--no-decline-forms", action="store_true",
                        help="answer what the rules would decline (question forms one query cannot answer, "
                             "conditions no row passes): the model's query executed as it is")


# Declining (Predictor.decline_reason): a confidence floor belongs to a model, so it is read from the
# checkpoint's config.json ("abstain_below", written by benchmarks/wikisql_beyond.py --write-floor from the
# official dev set's confidences); a model without one never declines for low confidence. The answerable
# head is a probability, read at one half.
ABSTAIN_BELOW = 0.0
ANSWERABLE_THRESHOLD = 0.5


class InputError(ValueError):
    """A question (or table) the model cannot take, with the reason."""


@dataclass
class Answer:
    question: str
    table_id: str
    query: Query = None
    sql: str = ""                 # readable SQL with the table's column names
    confidence: float = None      # probability of the query under the model
    executed_sql: str = ""        # the statement run, with :colN placeholders
    parameters: dict = field(default_factory=dict)
    result: list = field(default_factory=list)   # values returned (text lower-cased, as WikiSQL stores it)
    answer: list = field(default_factory=list)   # the same values as the table writes them
    rows: list = field(default_factory=list)     # 0-based numbers of the rows the conditions select
    error: str = None             # why there is no result (the query failed to execute or timed out)
    columns_considered: list = None   # names of the columns the model read, when the table is too wide for all
    abstained: bool = False       # the model declines: no answer is given (the query and SQL are still shown)
    reason: str = None            # why it declined
    answerable: float = None      # p(one query of the grammar answers the question), from a model with that head

    def to_dict(self) -> dict:
        return {"question": self.question, "table_id": self.table_id,
                "query": self.query.to_dict() if self.query is not None else None,
                "sql": self.sql, "confidence": self.confidence, "executed_sql": self.executed_sql,
                "parameters": self.parameters, "result": self.result, "answer": self.answer,
                "rows": self.rows, "error": self.error, "columns_considered": self.columns_considered,
                "abstained": self.abstained, "reason": self.reason, "answerable": self.answerable}


class LRUCache:
    """A mapping that keeps its `capacity` most recently used entries. Not thread-safe: the
    caller holds a lock."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"cache capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self._entries: OrderedDict = OrderedDict()

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key not in self._entries:
            return default
        self._entries.move_to_end(key)
        return self._entries[key]

    def put(self, key: Hashable, value: Any) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def pop(self, key: Hashable, default: Any = None) -> Any:
        return self._entries.pop(key, default)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)


def default_checkpoint_dir() -> Path:
    """The model of the README's main job (`python -m wikisql.train`), or a clear error."""
    for candidate in (TRAIN_OUTPUT_DIR, REPO_ROOT / TRAIN_OUTPUT_DIR):
        try:
            return resolve_checkpoint_dir(candidate)
        except FileNotFoundError:
            continue
    raise FileNotFoundError(
        f"no model given and none at {TRAIN_OUTPUT_DIR}/best or {REPO_ROOT / TRAIN_OUTPUT_DIR}/best: train one with "
        f"`python -m wikisql.train` (the README's main job) or pass --checkpoint DIR")


T = TypeVar("T")


def stopped_message(seconds: float) -> str:
    """Answer.error of a question whose SQL (execution-guided search or execution) ran out of time."""
    return f"stopped: the query ran past the time limit of {seconds:g} s"


def display_value(value: T) -> T | int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# ----------------------------------------------------------------------------- the engine

@dataclass
class Prediction:
    query: Query | None           # over the whole table; None when the question could not be encoded
    log_probability: float = float("-inf")
    view: ColumnView | None = None
    stopped: bool = False         # execution-guided decoding ran past the time limit
    error: str | None = None      # why there is no query
    answerable: float | None = None   # p(the grammar answers the question): models with that head


@dataclass
class _Prepared:
    item: EncodedExample
    view: ColumnView


class Predictor:
    """A model with its encoder that predicts queries and answers questions. Safe to share between
    threads: encoding and the forward pass run one batch at a time."""

    def __init__(self, model: WikiSQLModel, encoder: Encoder, checkpoint_dir: Path | None = None,
                 device: str | torch.device | None = None, autocast_dtype: torch.dtype | None = None,
                 config: dict | None = None, precision: str | None = None) -> None:
        self.model = model
        self.encoder = encoder
        self.checkpoint_dir = checkpoint_dir
        self.config = config or {}
        self.device = torch.device(device) if device is not None else next(model.parameters()).device
        self.autocast_dtype = autocast_dtype
        # What the model computes in: float32, bfloat16 (autocast) or int8 (a quantized model from load()).
        self.precision = precision or ("bfloat16" if autocast_dtype == torch.bfloat16 else "float32")
        self.lock = threading.Lock()   # the model, the tokenizer and its caches are shared
        self.abstain_below = float(self.config.get("abstain_below", ABSTAIN_BELOW))   # decline below it (0: never)
        self.decline_forms = True   # decline questions asked in a form one query cannot answer (wikisql/declining/)
        # a model without the ordering heads answers a superlative through its MAX/MIN (wikisql/superlatives/)
        self.read_superlatives = True
        self._matchers = LRUCache(MATCHER_CACHE_SIZE)   # table id -> (rows object, ContentMatcher)

    @classmethod
    def load(cls, checkpoint_dir: str | Path | None = None, device: str | torch.device | None = None,
             precision: str = "auto", abstain_below: float | None = None) -> Predictor:
        """A saved model directory (default: the main job's runs/wikisql/best). precision: see
        PRECISIONS (the accuracy and speed of each are in benchmarks/RESULTS.md); the one used is
        `predictor.precision`. abstain_below: the confidence floor instead of the checkpoint's."""
        if precision not in PRECISIONS:
            raise ValueError(f"precision {precision!r}: one of {', '.join(PRECISIONS)}")
        directory = resolve_checkpoint_dir(checkpoint_dir) if checkpoint_dir else default_checkpoint_dir()
        model, tokenizer, config = load_checkpoint(directory, device)
        precision = resolve_precision(precision, next(model.parameters()).device)
        autocast_dtype = None
        if precision == "bfloat16":
            autocast_dtype = torch.bfloat16
            # Autocast casts each linear layer's weights to bf16 on every forward pass: for this model on a CPU
            # that is most of a lone question's time. Cast them once; autocast computes the same.
            for module in model.modules():
                if isinstance(module, torch.nn.Linear):
                    module.to(torch.bfloat16)
        elif precision == "int8":
            if next(model.parameters()).device.type != "cpu":
                raise ValueError("int8 (dynamic quantization) runs on the CPU only")
            with warnings.catch_warnings():   # torch 2.13 marks quantized tensors deprecated (torchao succeeds them)
                warnings.simplefilter("ignore", UserWarning)
                warnings.simplefilter("ignore", DeprecationWarning)
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        predictor = cls(model, prediction_encoder(tokenizer, model.head_config), directory, device, autocast_dtype,
                        config=config, precision=precision)
        if abstain_below is not None:
            predictor.abstain_below = abstain_below
        return predictor

    @property
    def max_seq_length(self) -> int:
        return self.encoder.max_seq_length

    @property
    def max_value_tokens(self) -> int:
        return self.model.head_config.max_value_tokens

    @property
    def max_columns(self) -> int:
        """Most columns read at once: [CLS] + one question wordpiece + [SEP] + (wordpiece + [SEP]) per
        column. A wider table is answered from the columns the question points to."""
        return (self.max_seq_length - 3) // 2

    # -- input checks

    def check_table(self, table: Table) -> None:
        if len(table.header) > MAX_TABLE_COLUMNS:
            raise InputError(f"table {table.id!r} has {len(table.header)} columns; at most {MAX_TABLE_COLUMNS} "
                             f"are accepted")

    def check_question(self, question: str, table: Table, tokens: Sequence[Token] | None = None) -> None:
        """The question must be text and fit whole beside the table's columns (or, for a wide
        table, beside MIN_COLUMNS_READ of them)."""
        if not isinstance(question, str) or not question.strip():
            raise InputError("empty question")
        if not any(character.isalnum() for character in question):
            raise InputError("the question has no words (no letter or digit)")
        if len(question) > MAX_QUESTION_CHARACTERS:
            raise InputError(f"question has {len(question)} characters; the limit is {MAX_QUESTION_CHARACTERS}")
        self.check_table(table)
        if tokens is None:
            with self.lock:
                tokens = self.encoder.tokenizer.tokenize_with_offsets(question)
        columns = min(len(table.header), MIN_COLUMNS_READ)
        room = self.max_seq_length - 2 - 2 * columns
        if len(tokens) > room:
            which = (f"the {columns} columns" if columns == len(table.header)
                     else f"{columns} of the {len(table.header)} columns")
            raise InputError(f"question has {len(tokens)} wordpieces; with {which} of table {table.id!r} this model "
                             f"reads at most {room} (max_seq_length {self.max_seq_length})")

    # -- encoding

    def matcher(self, table: Table) -> ContentMatcher:
        """The table's cell index, built once per table (content features and value snapping read it)."""
        cached = self._matchers.get(table.id)
        if cached is None or cached[0] is not table.rows:
            cached = (table.rows, ContentMatcher(table.rows))
            self._matchers.put(table.id, cached)
        return cached[1]

    def column_view(self, question: str, tokens: Sequence[Token], table: Table, matcher: ContentMatcher) -> ColumnView:
        """The columns to read: all of them when each can keep a wordpiece beside the question (the
        encoder shortens long headers); else, by relevance, the columns with a cell in the
        question, then those whose header shares words with it, then the rest in table order,
        while their whole headers fit."""
        budget = self.max_seq_length - 2 - len(tokens)          # [CLS] question [SEP], then header [SEP] each
        if 2 * len(table.header) <= budget:
            return ColumnView(table, range(len(table.header)), matcher)
        header_lengths = [len(self.encoder.header_ids(str(name), kind))
                          for name, kind in zip(table.header, table.types)]
        has_cell = [bool(spans) for spans in matcher.match(question, tokens, len(table.header))]
        question_words = header_words(question)

        def relevance(column: int) -> float:
            words = header_words(table.header[column])
            shared = len(words & question_words) / len(words) if words else 0.0
            return 2.0 * has_cell[column] + shared

        chosen = []
        for column in sorted(range(len(table.header)), key=lambda c: (-relevance(c), c)):
            cost = header_lengths[column] + 1
            if cost <= budget or not chosen:   # the likeliest column is read even if its header must be cut
                chosen.append(column)
                budget -= cost
            if budget < 2:
                break
        return ColumnView(table, sorted(chosen), matcher)

    def _prepare(self, question: str, table: Table, matcher: ContentMatcher, check: bool) -> _Prepared:
        """Tokenize the question once, check it, choose the columns, encode. Lock held."""
        tokens = self.encoder.tokenizer.tokenize_with_offsets(question)
        if check:
            self.check_question(question, table, tokens)
        view = self.column_view(question, tokens, table, matcher)
        item = self.encoder.encode(question, view.header, view.types, matcher=view, question_tokens=tokens)
        return _Prepared(item, view)

    # -- prediction

    @torch.no_grad()
    def predict(self, questions: Sequence[str], tables: Sequence[Table], database: Database | None = None,
                eg: bool | Sequence[bool] = False,
                beam_size: int = 4, snap_margin: float | None = DEFAULT_SNAP_MARGIN, batch_size: int = BATCH_SIZE,
                time_limit_s: float | None = None, check: bool = True, refused: str = "raise",
                progress: bool = False) -> list[Prediction]:
        """One Prediction per (question, table), in order. Questions are batched by length.

        check: refuse a question that does not fit, as for people's questions (InputError, or with
        refused="record" a Prediction without query whose error says why); with check=False (data
        sets) a question that cannot be encoded gets a Prediction without query.
        eg: execution-guided decoding, for all questions or one flag per question; it needs database,
        and time_limit_s bounds its SQL per question.
        """
        eg = [eg] * len(questions) if isinstance(eg, bool) else list(eg)
        if refused not in ("raise", "record"):
            raise ValueError(f'refused={refused!r}: "raise" or "record"')
        if any(eg) and database is None:
            raise ValueError("execution-guided decoding needs a database")
        prepared: list[_Prepared | None] = []
        errors: dict[int, str] = {}
        matchers: dict[str, ContentMatcher] = {}   # this call's tables, whatever the cache keeps
        named: dict[str, Table] = {}   # and each as the model reads it (years_named)
        with self.lock:
            for index, (question, table) in enumerate(zip(questions, tables, strict=True)):
                if table.id not in matchers:
                    matchers[table.id] = self.matcher(table)
                    named[table.id] = years_named(table)   # `rownames` of years read as `year`
                if not asks_rows_by_noun(question):   # "Which patient ...?": row numbers 1789-2014 are no years
                    table = named[table.id]
                try:
                    try:
                        prepared.append(self._prepare(spelled_as_headers(question, table), table,
                                                      matchers[table.id], check))   # "colours" of `color`
                    except EncodingError as error:
                        if check:
                            raise InputError(str(error)) from None
                        prepared.append(None)
                        errors[index] = f"not encodable: {error}"
                except InputError as error:
                    if refused == "raise":
                        raise
                    prepared.append(None)
                    errors[index] = str(error)
        predictions = [Prediction(None, error=errors[i]) if i in errors else None for i in range(len(prepared))]
        encoded = [i for i, p in enumerate(prepared) if p is not None]
        order = sorted(encoded, key=lambda i: len(prepared[i].item.input_ids))
        was_training = self.model.training
        self.model.eval()
        try:
            for first in tqdm(range(0, len(order), batch_size), disable=not progress, desc="predicting", unit="batch"):
                indices = order[first:first + batch_size]
                items = [prepared[i].item for i in indices]
                with self.lock:
                    batch = {name: tensor.to(self.device) for name, tensor in collate(items, with_labels=False).items()}
                    with torch.autocast(self.device.type, dtype=self.autocast_dtype or torch.bfloat16,
                                        enabled=self.autocast_dtype is not None):
                        output = self.model(**batch)
                for index, scores in zip(indices, example_scores(output, items)):
                    predictions[index] = self._decode(prepared[index], scores, database, eg[index], beam_size,
                                                      snap_margin, time_limit_s)
        finally:
            self.model.train(was_training)
        return predictions

    def _decode(self, prepared: _Prepared, scores: ExampleScores, database: Database | None, eg: bool, beam_size: int,
                snap_margin: float | None, time_limit_s: float | None) -> Prediction:
        item, view = prepared.item, prepared.view
        limit_context = database.time_limit(time_limit_s) if isinstance(database, Database) else \
            contextlib.nullcontext(TimeLimit())
        with limit_context as limit:
            if eg:
                decoded = execution_guided_decode(scores, item, view.table.id, view.types, view.database(database),
                                                  beam_size, self.max_value_tokens, snap_margin=snap_margin)
            else:
                decoded = greedy_decode(scores, item, self.max_value_tokens, snap_margin)
        query = correct(decoded.query, item, view, scores, self.read_superlatives)
        return Prediction(query, decoded.log_probability, view, stopped=limit.expired, answerable=decoded.answerable)

    def predict_examples(self, examples: Sequence[Example], tables: dict[str, Table], database: Database | None = None,
                         **options: Any) -> list[Query | None]:
        """One Query per data.Example (None where it could not be encoded), in order."""
        predictions = self.predict([example.question for example in examples],
                                   [tables[example.table_id] for example in examples], database, check=False, **options)
        return [prediction.query for prediction in predictions]

    # -- answers

    def execute(self, answer: Answer, table: Table, database: Database, time_limit_s: float | None = None) -> Answer:
        """Run answer.query on its table; fills executed_sql, parameters, result, answer, rows or error."""
        query = answer.query
        with database.time_limit(time_limit_s) as limit:
            try:
                answer.executed_sql, answer.parameters = database.sql(table.id, query)
                answer.result = [display_value(value) for value in database.execute(table.id, query)]
                answer.rows = database.matching_rows(table.id, query, MAX_ROWS_REPORTED)
            except ExecutionError as error:
                answer.error = f"the query could not be executed: {error}"
                answer.result, answer.rows = [], []
        if limit.expired:
            answer.error = stopped_message(time_limit_s)
            answer.result, answer.rows = [], []
        elif answer.error is None:
            if query.agg == 0 and len(answer.rows) == len(answer.result):
                answer.answer = [table.written(query.sel, display_value(table.rows[row][query.sel]))
                                 for row in answer.rows]
            elif query.agg in NUMERIC_AGGREGATIONS:   # in the column's unit; COUNT is not
                answer.answer = [table.written(query.sel, value) for value in answer.result]
            else:
                answer.answer = list(answer.result)
        return answer

    def answer_many(self, questions: Sequence[str], tables: Sequence[Table], database: Database,
                    eg: bool | Sequence[bool] = False, beam_size: int = 4, time_limit_s: float = DEFAULT_TIME_LIMIT,
                    refused: str = "raise") -> list[Answer]:
        """One Answer per (question, table); raises InputError for a question that does not fit
        (with refused="record": an Answer without query whose error says why)."""
        predictions = self.predict(questions, tables, database, eg, beam_size, time_limit_s=time_limit_s,
                                   refused=refused)
        answers = []
        for prediction, question, table in zip(predictions, questions, tables):
            if prediction.query is None:
                answers.append(Answer(question, table.id, error=prediction.error))
                continue
            view = prediction.view
            answer = Answer(question, table.id, prediction.query, prediction.query.to_sql(table.header),
                            confidence=float(torch.tensor(prediction.log_probability).exp()),
                            columns_considered=None if view.complete else view.header,
                            answerable=prediction.answerable)
            answer.reason = self.decline_reason(answer.confidence, prediction.answerable,
                                                cannot_answer(spelled_as_headers(question, table),
                                                              prediction.query, table),
                                                impossible_condition(prediction.query, table))
            answer.abstained = answer.reason is not None
            if prediction.stopped:
                answer.error = stopped_message(time_limit_s)
            elif not answer.abstained:
                self.execute(answer, table, database, time_limit_s)
                answer.reason = None if answer.error else no_value_held(answer.query, table, answer.result, answer.rows)
                if answer.reason is not None:   # declined after all: as one declined before execution, no result
                    answer.abstained, answer.result, answer.answer, answer.rows = True, [], [], []
            answers.append(answer)
        return answers

    def decline_reason(self, confidence: float, answerable: float | None, grammar: str | None = None,
                       impossible: str | None = None) -> str | None:
        """Why the model declines to answer, or None: one query cannot answer the question asked that way
        (`grammar`: declining.cannot_answer's reason; unless self.decline_forms is off), the grammar
        cannot express it (a model with the answerable head says so), the query's probability is
        below self.abstain_below (the checkpoint's calibrated floor: benchmarks/wikisql_beyond.py), or no row
        can pass a condition of the query (`impossible`: declining.impossible_condition's reason, what the
        question asks for is not in the table; unless self.decline_forms is off)."""
        if grammar is not None and self.decline_forms:
            return grammar
        if answerable is not None and answerable < ANSWERABLE_THRESHOLD:
            return (f"one query over this table cannot answer it (p = {answerable:.2f} that it can): it needs "
                    f"grouping, arithmetic between rows or columns, or facts the table does not hold")
        if confidence < self.abstain_below:
            return f"the model is guessing: its confidence {confidence:.2f} is below {self.abstain_below:.2f}"
        if impossible is not None and self.decline_forms:
            return impossible
        return None

    def answer(self, question: str, table: Table, database: Database, eg: bool = False, beam_size: int = 4,
               time_limit_s: float = DEFAULT_TIME_LIMIT) -> Answer:
        return self.answer_many([question], [table], database, eg, beam_size, time_limit_s)[0]


class MicroBatcher:
    """Answers questions that arrive together in one forward pass: a worker thread gathers the
    questions submitted within `max_wait_s` of the first (at most `max_batch`), opens one database
    for them (`open_database()`), and answers them with Predictor.answer_many; decoding,
    execution-guided search and execution stay per question. If the batch fails (a question
    that does not fit, a failing query), each question is answered alone, so one bad question
    fails only itself.

        batcher = MicroBatcher(predictor, store.reader)
        answer = batcher.submit(question, table, eg=True).result()
    """

    def __init__(self, predictor: Predictor, open_database: Callable[[], Database], max_batch: int = 16,
                 max_wait_s: float = 0.0, beam_size: int = 4, time_limit_s: float = DEFAULT_TIME_LIMIT) -> None:
        if max_batch < 1 or max_wait_s < 0:
            raise ValueError(f"max_batch must be at least 1 and max_wait_s at least 0, not {max_batch}, {max_wait_s}")
        self.predictor, self.open_database = predictor, open_database
        self.max_batch, self.max_wait_s = max_batch, max_wait_s
        self.beam_size, self.time_limit_s = beam_size, time_limit_s
        self.batch_sizes: collections.Counter = collections.Counter()   # batch size -> batches answered
        self._queue: queue.Queue = queue.Queue()
        self._worker = threading.Thread(target=self._run, name="micro-batcher", daemon=True)
        self._worker.start()

    def submit(self, question: str, table: Table, eg: bool = False) -> concurrent.futures.Future:
        """A Future of the Answer (or of the InputError / exception of this question alone)."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._queue.put((question, table, eg, future))
        return future

    def close(self) -> None:
        self._queue.put(None)
        self._worker.join()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch, deadline = [first], time.monotonic() + self.max_wait_s
            while len(batch) < self.max_batch:
                try:
                    waiting = self._queue.get(timeout=max(deadline - time.monotonic(), 0))
                except queue.Empty:
                    break
                if waiting is None:   # closing: answer what was gathered, then stop
                    self._queue.put(None)
                    break
                batch.append(waiting)
            self._answer(batch)

    def _answer(self, batch: list) -> None:
        self.batch_sizes[len(batch)] += 1
        questions, tables, egs, futures = zip(*batch)
        try:
            with self.open_database() as database:
                answers = self.predictor.answer_many(list(questions), list(tables), database, list(egs),
                                                     self.beam_size, self.time_limit_s)
        except Exception:   # noqa: BLE001 - some question failed: answer each alone, each with its own outcome
            for request in batch:
                self._answer_alone(*request)
            return
        for future, answer in zip(futures, answers):
            future.set_result(answer)

    def _answer_alone(self, question: str, table: Table, eg: bool, future: concurrent.futures.Future) -> None:
        try:
            with self.open_database() as database:
                future.set_result(self.predictor.answer(question, table, database, eg, self.beam_size,
                                                        self.time_limit_s))
        except Exception as error:   # noqa: BLE001 - the caller receives it
            future.set_exception(error)


def prediction_encoder(tokenizer: BertTokenizer, head_config: HeadConfig) -> Encoder:
    """The encoder of questions to predict: cell matches are computed for every model, since value
    snapping uses them (content models also read them as input); a code-like header word that the
    question spells out is read with its words (encoding.abbreviation_reading)."""
    return Encoder(tokenizer, head_config.max_seq_length, head_config.column_types, content=True,
                   read_abbreviations=True)
