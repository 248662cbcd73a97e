"""Turning a WikiSQL example into one BERT input, and gold queries into training labels.

One sequence per example (question and every header together, as X-SQL / HydraNet-in-one):

    [CLS] question [SEP] header 1 [SEP] header 2 [SEP] ... header C [SEP]
    segment 0 ......... | segment 1 ..................................

With `column_types=True` each header is preceded by its type word (`text` / `real`).
Character offsets of the question's wordpieces come from `bert.tokenization`, so a predicted
token span maps back to the exact substring of the original question.

Labels follow the per-column decomposition of the model (wikisql/model.py): select column,
aggregation, number of conditions, and for each column whether it carries a condition, its
operator and the token span of its value in the question.

The package holds one part of the encoding a module, each module importing only from those listed before it:

- `labels`: what an encoded example holds (EncodedExample, Labels, EncodingError, MAX_CONDITIONS, the ORDER_ classes,
  IGNORE_INDEX) and its labels from a gold query (make_labels, unanswerable_labels), with the value's span located in
  the question (locate_value, normalize_with_map, value_variants).
- `headers`: a header's words (plain_header, readable_header, is_row_names, numbers_units), spellings
  (american_spelling, spelled_as_headers), years (YEAR, year_of, years_named), the word tables the readings share,
  singular, bundled_vocabulary, counted_noun, glued_to_a_unit, and rows named by a noun or a number
  (asks_rows_by_noun, numbered_row_nouns).
- `symbols`: the codes and symbols of a field's tables and the words a question says for them (field codes, chemical
  elements, thermodynamic, steam table and steel section symbols, formulas), and numbered and percentile families of
  headers (numbered_readings, percentile_readings).
- `readings`: a code-like header read through the question's words (abbreviation_reading, header_readings and the
  rules behind them, is_skeleton_start) and whether a header names the question's nouns (names_column).
- `batches`: what of an example fits the sequence (fit_to_length), the EncodingReport, and a batch's tensors
  (collate, content_tensors, the CONTENT_ ids).

Encoder and encode_examples are defined here: they read `ContentMatcher` from this module, where the tests replace
it. The other names imported from `wikisql.encoding` (by the model, the decoders, the engine, the corrections,
superlatives and declining packages, training and the tests) are re-exported here.
"""
from __future__ import annotations

import functools
from typing import Callable, Iterable, Sequence

from bert.tokenization import BertTokenizer, Token
from wikisql.content import ContentMatcher
from wikisql.encoding.batches import (
    CONTENT_MATCHED_HEADER,
    CONTENT_NONE,
    CONTENT_QUESTION_MATCH,
    CONTENT_UNKNOWN,
    EncodingReport,
    collate,
    fit_to_length,
)
from wikisql.encoding.headers import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NAME_HEADERS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    TIME_WORDS,
    YEAR,
    american_spelling,
    asks_rows_by_noun,
    bundled_vocabulary,
    common_prefix,
    counted_noun,
    glued_to_a_unit,
    header_stem,
    is_row_names,
    numbered_row_nouns,
    numbers_units,
    plain_header,
    readable_header,
    singular,
    spelled_as_headers,
    year_of,
    years_named,
)
from wikisql.encoding.labels import (
    IGNORE_INDEX,
    MAX_CACHED_HEADERS,
    MAX_CONDITIONS,
    ORDER_ASC,
    ORDER_DESC,
    ORDER_NONE,
    EncodedExample,
    EncodingError,
    Labels,
    locate_value,
    make_labels,
    unanswerable_labels,
)
from wikisql.encoding.readings import (
    STATISTIC_WORDS,
    abbreviation_reading,
    header_readings,
    is_skeleton_start,
    names_column,
)
from wikisql.encoding.symbols import field_code_reading, numbered_readings, percentile_readings
from wikisql.query import Query
from wikisql.schema import Example, Table


class Encoder:
    """Builds EncodedExample objects; holds the tokenizer and the layout options. With
    `read_abbreviations`, a code-like header word that the question spells out is read with its
    words (abbreviation_reading): `cyl` is read "cyl cylinders" for "How many cylinders ...?"."""

    def __init__(self, tokenizer: BertTokenizer, max_seq_length: int = 256, column_types: bool = False,
                 content: bool = False, read_abbreviations: bool = False) -> None:
        self.tokenizer = tokenizer
        self.max_seq_length = max_seq_length
        self.column_types = column_types
        self.content = content  # match question spans against the table's cells (wikisql/content.py)
        self.read_abbreviations = read_abbreviations
        self._header_cache: dict[str, list[int]] = {}

    @functools.cached_property
    def known_word(self) -> Callable[[str], bool] | None:
        """The tokenizer's words for header_readings; None (the bundled vocabulary's, the default) where their whole
        words are the same (the readings ask only of words of letters), so that the readings decoding asks for again
        are the ones remembered here."""
        vocab = self.tokenizer.vocab
        return None if {word for word in vocab if word.isalpha()} == bundled_vocabulary() else vocab.__contains__

    def header_ids(self, header: str, column_type: str, reading: str | None = None) -> list[int]:
        key = f"{column_type}\t{header}" if self.column_types else header
        key = f"{key}\t{reading}" if reading else key
        if key not in self._header_cache:
            if len(self._header_cache) >= MAX_CACHED_HEADERS:
                self._header_cache.clear()
            words = readable_header(header) + (f" {reading}" if reading else "")
            text = f"{column_type} {words}" if self.column_types else words
            ids = self.tokenizer.convert_tokens_to_ids(self.tokenizer.tokenize(text))
            self._header_cache[key] = ids or [self.tokenizer.convert_tokens_to_ids(["[UNK]"])[0]]
        return self._header_cache[key]

    def encode(self, question: str, header: Sequence[str], types: Sequence[str] | None = None,
               query: Query | None = None, rows: Sequence[Sequence] | None = None,
               matcher: ContentMatcher | None = None, question_tokens: Sequence[Token] | None = None,
               answerable: bool = True) -> EncodedExample:
        """`rows` (or a ready `matcher` for them) are used when the encoder has `content=True`;
        `question_tokens`: the question already tokenized with offsets (else it is tokenized here).
        Labels come from `query`; answerable=False (and no query) labels a question the grammar
        cannot answer."""
        types = list(types) if types is not None else ["text"] * len(header)
        if question_tokens is None:
            question_tokens = self.tokenizer.tokenize_with_offsets(question)
        question_ids = self.tokenizer.convert_tokens_to_ids([t.text for t in question_tokens])
        readings = header_readings(header, question, self.known_word) if self.read_abbreviations \
            else [None] * len(header)
        headers = [self.header_ids(str(name), column_type, reading)
                   for name, column_type, reading in zip(header, types, readings)]
        headers, question_length, truncated = fit_to_length(
            len(question_ids), headers, self.max_seq_length)

        cls_id, sep_id = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        input_ids = [cls_id] + question_ids[:question_length] + [sep_id]
        token_type_ids = [0] * len(input_ids)
        header_spans = []
        for ids in headers:
            header_spans.append((len(input_ids), len(input_ids) + len(ids)))
            input_ids += ids + [sep_id]
            token_type_ids += [1] * (len(ids) + 1)

        encoded = EncodedExample(
            input_ids=input_ids, token_type_ids=token_type_ids, question=question,
            question_tokens=list(question_tokens[:question_length]), question_start=1,
            num_question_tokens=question_length, header_spans=header_spans, column_types=types,
            truncated=truncated, header=[str(name) for name in header])
        if self.content:
            matcher = matcher if matcher is not None else ContentMatcher(rows or [])
            encoded.table_has_rows = matcher.has_rows
            encoded.content_spans = matcher.match(question, encoded.question_tokens, len(header))
        if query is not None:
            encoded.labels = make_labels(query, question, encoded.question_tokens)
        elif not answerable:
            encoded.labels = unanswerable_labels()
        return encoded


def encode_examples(encoder: Encoder, examples: Iterable[Example], tables: dict[str, Table], with_labels: bool = True
                    ) -> tuple[list[EncodedExample], EncodingReport]:
    """Encode data.Example objects; returns (encoded list, EncodingReport).

    Examples that cannot be encoded at all are left out (and counted); the caller decides
    what to do with examples whose values were not located (training leaves them out).
    """
    report = EncodingReport()
    encoded = []
    matchers: dict[str, ContentMatcher] = {}  # one index per table, shared by its questions
    for index, example in enumerate(examples):
        table = tables[example.table_id]
        report.examples += 1
        matcher = None
        if encoder.content:
            if example.table_id not in matchers:
                matchers[example.table_id] = ContentMatcher(table.rows)
            matcher = matchers[example.table_id]
        try:
            item = encoder.encode(example.question, table.header, table.types,
                                  example.query if with_labels else None, matcher=matcher,
                                  answerable=example.answerable or not with_labels)
        except EncodingError:
            report.not_encodable += 1
            continue
        item.example_index = index
        report.truncated += item.truncated
        if item.labels is not None and item.labels.answerable:
            located = sum(span is not None for span in item.labels.value_spans)
            report.conditions += len(item.labels.value_spans)
            report.conditions_not_located += len(item.labels.value_spans) - located
            report.examples_not_located += not item.labels.values_located
            report.duplicate_column_examples += item.labels.duplicate_columns
        encoded.append(item)
    return encoded, report


# the names other modules import from wikisql.encoding
__all__ = [
    "CONTENT_MATCHED_HEADER",
    "CONTENT_NONE",
    "CONTENT_QUESTION_MATCH",
    "CONTENT_UNKNOWN",
    "EncodedExample",
    "Encoder",
    "EncodingError",
    "IGNORE_INDEX",
    "Labels",
    "MAX_CONDITIONS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NAME_HEADERS",
    "NUMBER_WORDS",
    "ORDER_ASC",
    "ORDER_DESC",
    "ORDER_NONE",
    "ORDINAL_WORDS",
    "STATISTIC_WORDS",
    "TIME_WORDS",
    "YEAR",
    "abbreviation_reading",
    "american_spelling",
    "asks_rows_by_noun",
    "bundled_vocabulary",
    "common_prefix",
    "collate",
    "counted_noun",
    "encode_examples",
    "fit_to_length",
    "field_code_reading",
    "glued_to_a_unit",
    "header_stem",
    "header_readings",
    "is_row_names",
    "is_skeleton_start",
    "locate_value",
    "names_column",
    "numbered_readings",
    "numbered_row_nouns",
    "numbers_units",
    "percentile_readings",
    "plain_header",
    "readable_header",
    "singular",
    "spelled_as_headers",
    "unanswerable_labels",
    "year_of",
    "years_named",
]
