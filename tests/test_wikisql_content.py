"""Table-content features: cell keys and matches, content tensors, the content head, value snapping,
length-bucketed epochs. Small hand-made tables only."""
import math

import pytest
import torch

from bert.config import BertConfig
from bert.modeling import BertModel
from wikisql import encoding, engine, pipeline
from wikisql.checkpoint import load_checkpoint, save_checkpoint
from wikisql.content import ContentMatcher, _cuts_number, cell_key, demonyms, in_no_cell, is_a_cell
from wikisql.schema import Example, Table
from wikisql.database import Database
from wikisql.corrections import drop_non_numbers, drop_pointer_values, add_demonym_conditions
from wikisql.decoding import (DEFAULT_SNAP_MARGIN, Decoded, add_adjacent_cells, add_compared_numbers, add_modifier_cells,
                              add_prepositional_cells, add_owning_cells, add_named_identifiers, name_headed_numbers, condition_candidates,
                              example_scores, execution_guided_decode, greedy_decode, snap_to_cells, top_spans,
                              widen_to_cells)
from wikisql.encoding import (CONTENT_MATCHED_HEADER, CONTENT_NONE, CONTENT_QUESTION_MATCH, CONTENT_UNKNOWN, Encoder,
                              collate, encode_examples)
from wikisql.engine import Predictor
from wikisql.model import HeadConfig, WikiSQLModel, compute_loss
from wikisql.query import Condition, Query
from wikisql.train import epoch_order

from support import TINY, make_scores, tiny_model  # noqa: E402

pytestmark = pytest.mark.usefixtures("one_thread")

CONTENT_KEYS = {"content_ids", "column_match", "match_start", "match_end"}
TABLE = Table("t1", ["Name", "Home City", "Points"], ["text", "text", "real"],
              [["Ann Lee", "st . louis", "1,000"], ["Bob Stone", "Boston", "7"], ["Cy Young", None, "3.0"]])
EMPTY = Table("t2", ["Name", "Team"], ["text", "text"], [])  # headers only: cells unknown
TABLES = {"t1": TABLE, "t2": EMPTY}
QUESTION = "Which name has 1000 points and plays in St. Louis"  # tokens: ... 3 '1000' ... 8 'st' 9 '.' 10 'louis'
EXAMPLES = [
    Example(QUESTION, "t1", Query(0, 0, (Condition(1, 0, "St. Louis"), Condition(2, 0, "1000")))),
    Example("How many points did ann lee score", "t1", Query(2, 0, (Condition(0, 0, "ann lee"),))),
    Example("Which team has Ann Lee", "t2", Query(1, 0, (Condition(0, 0, "Ann Lee"),))),
]


def content_model(seed=0):
    torch.manual_seed(seed)
    config = BertConfig(**TINY, hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    return WikiSQLModel(config, HeadConfig(dropout=0.0, max_seq_length=64, content=True))


def content_batch(tokenizer, examples=EXAMPLES):
    items, _ = encode_examples(Encoder(tokenizer, 64, content=True), examples, TABLES)
    return items, collate(items)


# ----------------------------------------------------------------------------
# wikisql/content.py


def test_cell_key_numbers_by_value_text_by_letters_and_digits():
    assert cell_key("1,000") == cell_key("1000") == cell_key("1000.0") == cell_key(1000) == cell_key(1000.0)
    assert cell_key("3") == cell_key("3.0") == cell_key(3) and cell_key("-5") == cell_key(-5)
    assert cell_key("1.5") != cell_key("15") and cell_key("1,5") != cell_key("15")  # not a thousands comma
    assert cell_key("St . Louis") == cell_key("st. louis") == "stlouis"
    assert cell_key("Kraków") == cell_key("Krako\u0301w") != cell_key("Krakow")  # NFC; accents kept
    assert cell_key("?!") is None and cell_key("") is None


def test_matcher_spans_are_whole_words_of_each_column(tokenizer):
    tokens = tokenizer.tokenize_with_offsets(QUESTION)
    assert ContentMatcher(TABLE.rows).match(QUESTION, tokens, 3) == [[], [(8, 10)], [(3, 3)]]
    assert ContentMatcher(TABLE.rows).match(QUESTION, tokens, 2) == [[], [(8, 10)]]  # columns past num_columns

    question = "Teams with 1,000 or 3.5 points."  # teams with 1 , 000 or 3 . 5 points .
    tokens = tokenizer.tokenize_with_offsets(question)
    rows = [["1", "1000"], ["000", "3.50"], ["3", None], ["3.", None], ["5", None], [".5", None]]
    assert ContentMatcher(rows).match(question, tokens, 2) == [[], [(2, 4), (6, 8)]]  # numbers are not cut

    question = "Who is Kolodziejczyk"  # who is ko ##lo ##d ##zie ##j ##cz ##yk
    tokens = tokenizer.tokenize_with_offsets(question)
    rows = [["ko", "Kolodziejczyk", "yk"]]  # "ko", "yk": wordpieces, not words
    assert ContentMatcher(rows).match(question, tokens, 3) == [[], [(2, 8)], []]
    assert ContentMatcher(rows, max_tokens=6).match(question, tokens, 3) == [[], [], []]
    assert ContentMatcher(rows, max_tokens=7).match(question, tokens, 3) == [[], [(2, 8)], []]


def test_matcher_ignores_none_cells_and_knows_tables_without_rows(tokenizer):
    question = "none of them"
    tokens = tokenizer.tokenize_with_offsets(question)
    matcher = ContentMatcher([[None, "them"]])
    assert matcher.has_rows and matcher.match(question, tokens, 2) == [[], [(2, 2)]]  # None is not "none"
    empty = ContentMatcher([])
    assert not empty.has_rows and empty.match(question, tokens, 2) == [[], []]


def test_a_function_word_is_no_code_written_in_capitals(tokenizer):
    """"was" is not the team `WAS` unless the question writes WAS; "a" still meets the code `A`."""
    def spans(rows, question):
        return ContentMatcher(rows).match(question, tokenizer.tokenize_with_offsets(question), 2)

    codes = [["WAS", "A"], ["NYN", "H"]]
    assert spans(codes, "What was his total?") == spans(codes, "Was it, was?") == [[], []]
    assert spans(codes, "Which players played for WAS?") == [[(4, 4), (4, 5)], []]   # "WAS" and "WAS?"
    assert spans(codes, "a result of a") == [[], [(0, 0), (3, 3)]]          # one-letter codes keep matching
    assert spans([["was", "x"]], "What was his total?") == [[(1, 1)], []]   # a cell written so is a match
    assert spans([["WAS", "x"], ["Was", "y"]], "What was his total?") == [[(1, 1)], []]


def every_span(matcher, question, tokens, num_columns):
    """The matcher's spans found the slow way: every whole-word span looked up on its own."""
    spans = [[] for _ in range(num_columns)]
    for start in range(len(tokens)):
        for end in range(start, min(len(tokens), start + matcher.max_tokens)):
            first, last = tokens[start], tokens[end]
            if first.text.startswith("##") or (end + 1 < len(tokens) and tokens[end + 1].text.startswith("##")):
                continue
            if _cuts_number(question, first.start) or _cuts_number(question, last.end):
                continue
            for column in matcher.columns_of(question[first.start:last.end]):
                if column < num_columns:
                    spans[column].append((start, end))
    return spans


@pytest.mark.parametrize("question", [
    "Which St. Louis Blues team had 3 doors, 1,000 fans or 2.5e3 and the St. Louis Cardinals?",
    "Did st louis blues beat the blues in 1 000 games?",
    "ΟΔΟΣ ΑΘΗΝΑΣ or Kraków or Krako\u0301w?",   # not ASCII: every span is looked up
])
def test_matcher_stops_early_only_where_no_longer_span_can_be_a_cell(tokenizer, question):
    rows = [["St. Louis", "St. Louis Blues", "3 doors", "1000"], ["St. Louis Cardinals", "blues", "2500", "1 000"],
            ["οδοσ αθηνασ", "Kraków", "οδος", "the"]]
    matcher = ContentMatcher(rows)
    tokens = tokenizer.tokenize_with_offsets(question)
    found = matcher.match(question, tokens, 4)
    assert found == every_span(matcher, question, tokens, 4)
    assert any(found)


# ----------------------------------------------------------------------------
# wikisql/encoding/


def test_encoder_fills_content_spans_only_with_content(tokenizer):
    encoder = Encoder(tokenizer, 64, content=True)
    item = encoder.encode(QUESTION, TABLE.header, TABLE.types, rows=TABLE.rows)
    assert item.table_has_rows and item.content_spans == [[], [(8, 10)], [(3, 3)]]
    assert item.span_text(8, 10) == "St. Louis"
    no_rows = encoder.encode(QUESTION, TABLE.header, TABLE.types)
    assert not no_rows.table_has_rows and no_rows.content_spans == [[], [], []]
    plain = Encoder(tokenizer, 64).encode(QUESTION, TABLE.header, TABLE.types, rows=TABLE.rows)
    assert plain.content_spans is None
    assert not CONTENT_KEYS & set(collate([plain], with_labels=False))


def test_encode_examples_builds_one_matcher_per_table(tokenizer, monkeypatch):
    built = []

    class Counting(ContentMatcher):
        def __init__(self, rows, **kwargs):
            built.append(rows)
            super().__init__(rows, **kwargs)

    monkeypatch.setattr(encoding, "ContentMatcher", Counting)
    items, _ = encode_examples(Encoder(tokenizer, 64, content=True), EXAMPLES + EXAMPLES, TABLES)
    assert len(items) == 6 and len(built) == 2
    assert [item.content_spans for item in items[:3]] == [[[], [(8, 10)], [(3, 3)]], [[(4, 5)], [], []], [[], []]]
    assert [item.table_has_rows for item in items[:3]] == [True, True, False]


def test_collate_content_tensors(tokenizer):
    items, batch = content_batch(tokenizer)
    B, T = batch["input_ids"].shape
    C, Q = batch["column_mask"].size(1), batch["question_mask"].size(1)
    assert batch["content_ids"].shape == (B, T) and batch["column_match"].shape == (B, C)
    assert batch["match_start"].shape == batch["match_end"].shape == (B, C, Q)
    assert batch["column_match"].tolist() == [[0, 1, 1], [1, 0, 0], [0, 0, 0]]

    ids, item, q0 = batch["content_ids"][0], items[0], items[0].question_start
    expected = torch.full((T,), CONTENT_NONE)
    expected[q0 + 3] = expected[q0 + 8:q0 + 11] = CONTENT_QUESTION_MATCH  # '1000', 'st . louis'
    for column in (1, 2):
        start, end = item.header_spans[column]
        expected[start:end] = CONTENT_MATCHED_HEADER
    assert torch.equal(ids, expected)
    assert batch["match_start"][0].nonzero().tolist() == [[1, 8], [2, 3]]
    assert batch["match_end"][0].nonzero().tolist() == [[1, 10], [2, 3]]

    assert batch["content_ids"][2, 0] == CONTENT_UNKNOWN and not batch["content_ids"][2, 1:].any()
    assert batch["content_ids"][1, 0] == CONTENT_NONE  # a table with rows but the question is not unknown


# ----------------------------------------------------------------------------
# bert/modeling.py and wikisql/model.py


def test_extra_embeddings_enter_before_the_embedding_layer_norm():
    torch.manual_seed(0)
    bert = BertModel(BertConfig(**TINY), add_pooling_layer=False).eval()
    ids = torch.randint(0, 1000, (2, 7))
    types = torch.tensor([[0] * 4 + [1] * 3] * 2)
    extra = torch.randn(2, 7, TINY["hidden_size"])
    emb = bert.embeddings
    expected = emb.LayerNorm(emb.word_embeddings(ids) + emb.position_embeddings(torch.arange(7))[None]
                             + emb.token_type_embeddings(types) + extra)
    with torch.no_grad():
        out = bert(ids, types, extra_embeddings=extra)
        plain = bert(ids, types)
        zero = bert(ids, types, extra_embeddings=torch.zeros_like(extra))
    assert torch.allclose(out.hidden_states[0], expected, atol=1e-5)
    assert torch.equal(zero.last_hidden_state, plain.last_hidden_state)
    assert not torch.allclose(out.last_hidden_state, plain.last_hidden_state, atol=1e-3)


def test_content_model_starts_as_the_plain_model_and_needs_content_ids(tokenizer):
    plain, model = tiny_model(seed=1).eval(), content_model(seed=2).eval()
    missing, unexpected = model.load_state_dict(plain.state_dict(), strict=False)
    assert set(missing) == {"content_embeddings.weight", "match_weights"} and not unexpected
    assert model.content_embeddings.weight.shape == (4, TINY["hidden_size"]) and model.match_weights.shape == (3,)
    _, batch = content_batch(tokenizer)
    with torch.no_grad():
        for name, ours, theirs in zip(plain(**batch)._fields, model(**batch), plain(**batch)):
            assert (ours is None and theirs is None) or torch.equal(ours, theirs), name
        with pytest.raises(ValueError):
            model(**{k: v for k, v in batch.items() if k not in CONTENT_KEYS})


def test_match_weights_shift_logits_exactly_where_cells_match(tokenizer):
    model = content_model().eval()
    _, batch = content_batch(tokenizer)
    with torch.no_grad():
        base = model(**batch)
        model.match_weights.copy_(torch.tensor([2.0, -3.0, 5.0]))
        out = model(**batch)
    columns = batch["column_mask"]
    assert torch.allclose((out.where_logits - base.where_logits)[columns], 2.0 * batch["column_match"][columns],
                          atol=1e-5)
    assert torch.isinf(out.where_logits[~columns]).all()
    tokens = batch["question_mask"][:, None, :].expand_as(out.start_logits)
    assert torch.allclose((out.start_logits - base.start_logits)[tokens], -3.0 * batch["match_start"][tokens],
                          atol=1e-5)
    assert torch.allclose((out.end_logits - base.end_logits)[tokens], 5.0 * batch["match_end"][tokens], atol=1e-5)
    assert torch.equal(out.sel_logits, base.sel_logits) and torch.equal(out.op_logits, base.op_logits)


def test_content_embeddings_change_only_examples_using_them(tokenizer):
    model = content_model().eval()
    _, batch = content_batch(tokenizer)
    with torch.no_grad():
        base = model(**batch)
        # not a constant vector: LayerNorm would remove it; only example 2's table has no rows
        model.content_embeddings.weight[CONTENT_UNKNOWN] = torch.randn(TINY["hidden_size"])
        out = model(**batch)
    assert torch.allclose(out.sel_logits[:2], base.sel_logits[:2], atol=1e-6)
    assert not torch.allclose(out.sel_logits[2], base.sel_logits[2], atol=1e-4)


def test_gradients_reach_content_parameters(tokenizer):
    model = content_model().train()
    _, batch = content_batch(tokenizer)
    loss, _ = compute_loss(model(**batch), batch)
    loss.backward()
    assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)
    assert (model.content_embeddings.weight.grad.abs().sum(dim=1) > 0).all()  # all four kinds occur in the batch
    assert (model.match_weights.grad != 0).all()


def test_content_checkpoint_round_trip(tokenizer, tmp_path):
    model = content_model(seed=3).eval()
    with torch.no_grad():
        model.match_weights.copy_(torch.tensor([1.5, 2.0, -1.0]))
        model.content_embeddings.weight.normal_(std=0.5)
    save_checkpoint(model, tokenizer, tmp_path / "best", backbone="tiny")
    loaded, _, _ = load_checkpoint(tmp_path)
    predictor = Predictor.load(tmp_path, precision="float32")   # compared with the float32 model exactly
    assert predictor.encoder.content and loaded.head_config.content
    items, batch = content_batch(tokenizer)
    with torch.no_grad():
        expected_output = model(**batch)
        for ours, theirs in zip(loaded(**batch), expected_output):
            assert (ours is None and theirs is None) or torch.equal(ours, theirs)
    scores = example_scores(expected_output, items)
    for margin in (None, DEFAULT_SNAP_MARGIN):
        expected = [greedy_decode(s, item, snap_margin=margin).query for s, item in zip(scores, items)]
        # the engine then drops what no row could pass (this random model compares a number column with 'ann')
        expected = [drop_pointer_values(drop_non_numbers(query, TABLES[example.table_id]), TABLES[example.table_id])
                    for query, example in zip(expected, EXAMPLES)]
        assert predictor.predict_examples(EXAMPLES, TABLES, snap_margin=margin) == expected


def test_predictions_come_in_example_order_despite_the_length_sort(tokenizer, monkeypatch):
    def decode_to_question(scores, item, *args, **kwargs):   # the question as the value: which item went where
        return Decoded(Query(0, 0, ((0, 0, item.question),)), ((0, 0),), 0.0)

    monkeypatch.setattr(engine, "greedy_decode", decode_to_question)
    monkeypatch.setattr(pipeline, "drop_pointer_values", lambda query, table: query)   # keeps these cell-less values
    monkeypatch.setattr(pipeline, "drop_clause_values", lambda query, table: query)   # and these question-long ones
    wide = Table("t3", [f"column {i}" for i in range(40)], ["text"] * 40, [])  # too wide for 64: read in part
    questions = ["a much longer question about the points of the team in the city", "Name?",
                 "Which is it", "How many points did ann lee score in the first year"]
    examples = [Example(q, "t1", Query(0, 0, ())) for q in questions]
    examples.insert(2, Example("Which column?", "t3", Query(0, 0, ())))
    predictor = Predictor(content_model().eval(), Encoder(tokenizer, 64, content=True))
    queries = predictor.predict_examples(examples, dict(TABLES, t3=wide), batch_size=2)
    assert [query.conds[0].value for query in queries] == questions[:2] + ["Which column?"] + questions[2:]


# ----------------------------------------------------------------------------
# wikisql/decoding/ (values.py, cells.py): value snapping


def test_snapping_takes_a_cell_span_within_the_margin(tokenizer):
    item = Encoder(tokenizer, 64, content=True).encode(QUESTION, TABLE.header, TABLE.types, rows=TABLE.rows)
    scores = make_scores(3, item.num_question_tokens, num_conds=1, where=(1,), spans={1: (10, 10)})  # "Louis"
    scores.start[1, 8] = math.log(0.5)  # the cell "St. Louis" (8..10) scores log 0.5 below the best span

    def value(item, **kwargs):
        return greedy_decode(scores, item, **kwargs).query.conds[0].value

    assert value(item) == "Louis" and value(item, snap_margin=1.0) == "St. Louis"
    assert value(item, snap_margin=0.5) == "Louis"  # outside the margin
    assert value(item, snap_margin=1.0, max_tokens=2) == "Louis"  # the cell span is 3 tokens long
    assert value(item, snap_margin=DEFAULT_SNAP_MARGIN) == "St. Louis"
    no_rows = Encoder(tokenizer, 64, content=True).encode(QUESTION, TABLE.header, TABLE.types)
    plain = Encoder(tokenizer, 64).encode(QUESTION, TABLE.header, TABLE.types)
    assert value(no_rows, snap_margin=1.0) == value(plain, snap_margin=1.0) == "Louis"

    spans = top_spans(scores.start[1], scores.end[1], 3, 16)
    snapped = snap_to_cells(spans, scores, item, 1, 16, 1.0)
    assert snapped[0] == (spans[0][0], 8, 10)  # first, with the likeliest span's score
    assert sorted(snapped[1:]) == sorted(span for span in spans if span[1:] != (8, 10))
    on_cell = [(0.0, 8, 10)] + spans  # the likeliest span already is a cell: unchanged
    assert snap_to_cells(on_cell, scores, item, 1, 16, 1.0) == on_cell
    scores.op[1] = torch.log(torch.tensor([0.4, 0.6, 1e-6, 1e-6]))  # ">" likelier than "=" ...
    ranked = [(c.operator, c.value) for _, c, _ in condition_candidates(scores, item, 1, 4, 16, snap_margin=1.0)]
    assert ranked[:2] == [(1, "Louis"), (0, "St. Louis")]  # ... snapping applies to "=" only, first among its spans
    scores.op[1] = torch.log(torch.tensor([0.97, 0.01, 0.01, 0.01]))
    scores.start[1, 8] = -50.0  # far outside any finite margin; the default margin is infinite
    assert value(item, snap_margin=10.0) == "Louis" and value(item, snap_margin=DEFAULT_SNAP_MARGIN) == "St. Louis"


def test_a_value_cut_from_a_longer_cell_of_another_column_takes_that_cell(tokenizer):
    """"Geo" is a cell of Manufacturer, but "Geo Metro", a cell of Make, holds it: the condition moves."""
    table = Table("cars", ["Manufacturer", "Model", "Make", "Price"], ["text", "text", "text", "real"],
                  [["Geo", "Metro", "Geo Metro", "8.4"], ["Honda", "Civic", "Honda Civic", "12.1"]])
    question = "What is the price of the Geo Metro?"
    item = Encoder(tokenizer, 64, content=True).encode(question, table.header, table.types, rows=table.rows)
    texts = [token.text for token in item.question_tokens]
    geo, metro = texts.index("geo"), texts.index("metro")
    scores = make_scores(4, item.num_question_tokens, sel=3, num_conds=1, where=(0,), spans={0: (geo, geo)})

    def conds(item, **kwargs):
        return [(c.column, c.operator, c.value) for c in greedy_decode(scores, item, **kwargs).query.conds]

    assert conds(item) == [(0, 0, "Geo")]                                   # without snapping: as the model said
    assert conds(item, snap_margin=DEFAULT_SNAP_MARGIN) == [(2, 0, "Geo Metro")]
    # "Metro" alone is a whole cell of Model, but "Geo Metro" holds more: Make, not the "?" after it
    scores = make_scores(4, item.num_question_tokens, sel=3, num_conds=1, where=(1,), spans={1: (metro, metro)})
    assert conds(item, snap_margin=DEFAULT_SNAP_MARGIN) == [(2, 0, "Geo Metro")]
    # not when another condition already holds Make, nor on a numeric column, nor for ">"
    database = Database.from_tables({"cars": table})
    query = execution_guided_decode(scores, item, "cars", table.types, database, snap_margin=DEFAULT_SNAP_MARGIN)
    assert [(c.column, c.value) for c in query.query.conds] == [(2, "Geo Metro")]   # and it returns rows
    conds_in = [Condition(1, 0, "Metro"), Condition(2, 0, "Honda Civic")]
    assert widen_to_cells(scores, item, conds_in, [(metro, metro), (0, 0)])[0] == conds_in
    greater = [Condition(0, 1, "Geo")]
    assert widen_to_cells(scores, item, greater, [(geo, geo)])[0] == greater
    plain = Encoder(tokenizer, 64).encode(question, table.header, table.types)
    assert widen_to_cells(scores, plain, [Condition(0, 0, "Geo")], [(geo, geo)])[0] == [Condition(0, 0, "Geo")]


def test_an_identifier_the_question_names_becomes_a_condition_on_its_column(tokenizer):
    """`bondsba01` is a cell of `id` only: the model left it out, decoding adds `id = bondsba01`."""
    table = Table("batting", ["id", "year", "team", "hr", "note"], ["text", "real", "text", "real", "text"],
                  [["bondsba01", "2006", "SFN", "26", "v2"], ["bondsba01", "2007", "SFN", "28", "x2nd5"],
                   ["thomeji01", "2007", "CHA", "35", "bondsba01"]])
    encoder = Encoder(tokenizer, 64, content=True)
    database = Database.from_tables({"batting": table})

    def decoded(question: str, conds: dict, eg: bool = False) -> list:
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        def span(word: str) -> tuple[int, int]:   # the question tokens of `word`
            first = question.index(word)
            inside = [i for i, token in enumerate(item.question_tokens)
                      if first <= token.start and token.end <= first + len(word)]
            return inside[0], inside[-1]

        spans = {column: span(word) for column, word in conds.items()}
        scores = make_scores(5, item.num_question_tokens, sel=3, num_conds=len(conds), where=tuple(conds),
                             spans=spans)
        if eg:
            result = execution_guided_decode(scores, item, "batting", table.types, database,
                                             snap_margin=DEFAULT_SNAP_MARGIN)
        else:
            result = greedy_decode(scores, item, snap_margin=DEFAULT_SNAP_MARGIN)
        return sorted((c.column, c.value) for c in result.query.conds)

    assert decoded("How many home runs did thomeji01 hit in 2007?", {1: "2007"}) == [(0, "thomeji01"), (1, "2007")]
    assert decoded("How many home runs did thomeji01 hit in 2007?", {1: "2007"}, eg=True) == [
        (0, "thomeji01"), (1, "2007")]
    # a cell of two columns (id and note) names no one column; a condition on id already is one
    assert decoded("How many home runs did bondsba01 hit in 2007?", {1: "2007"}) == [(1, "2007")]
    assert decoded("What did thomeji01 hit?", {0: "thomeji01"}) == [(0, "thomeji01")]
    # short or all-digit codes are not identifiers here; without cell matches nothing changes
    item = encoder.encode("Which year has a team of SFN?", table.header, table.types, rows=table.rows)
    assert add_named_identifiers(item, [], []) == ([], [])
    plain = Encoder(tokenizer, 64).encode("What did thomeji01 hit?", table.header, table.types)
    assert add_named_identifiers(plain, [], []) == ([], [])


def test_a_category_said_before_the_rows_noun_becomes_a_condition_on_its_column(tokenizer):
    """"How many R rated movies ...": `R` is a cell of mpaa only, said between "how many" and the noun."""
    table = Table("films", ["title", "mpaa", "company", "budget rating"], ["text", "text", "text", "real"],
                  [["Saw", "R", "Total", "1"], ["Up", "PG", "Pixar", "175"], ["Heat", "R", "Pixar", "60"],
                   ["title", "mpaa", "company", None]])   # WikiSQL tables repeat their header as a row
    encoder = Encoder(tokenizer, 64, content=True)

    def added(question, conds=(), spans=()):
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        return add_modifier_cells(item, list(conds), list(spans))[0]

    assert added("How many R rated movies are there?") == [Condition(1, 0, "R")]
    assert added("Among PG movies, which is the longest?") == [Condition(1, 0, "PG")]
    assert added("Which Pixar film had the biggest budget?") == [Condition(2, 0, "Pixar")]
    assert added("How many movies are rated R?") == []                     # said as a property: the model's job
    assert added("What is the budget of Saw?") == []                       # a row's name, not before a noun
    assert added("What is the total budget of all R films?") == [Condition(1, 0, "R")]
    assert added("How many total films are there?") == []                  # "total" asks for a sum (a company)
    assert added("What is the budget of the R films?") == []               # after "the": often a column's name
    assert added("Which company title had the biggest budget?") == []   # a header, not a category
    assert added("Which Pixar has the biggest budget?") == []            # the noun itself, then a verb
    assert added("What was the biggest budget of any Pixar?") == [Condition(2, 0, "Pixar")]   # a category, at
    assert added("What was the biggest budget among the PG?") == [Condition(1, 0, "PG")]     # the question's end
    assert added("What was the biggest budget of any Pixar film made?") == [Condition(2, 0, "Pixar")]
    assert added("What was the budget of Pixar?") == []                  # a row's owner: the model's job
    assert added("Which company made the most R movies?") == [Condition(1, 0, "R")]   # after a superlative
    assert added("Which film had the biggest Pixar budget?") == [Condition(2, 0, "Pixar")]
    assert added("Which film had the biggest Pixar?") == []               # no noun after it
    assert added("Which two Pixar films had the biggest budget?") == [Condition(2, 0, "Pixar")]   # a count first
    assert added("Which 2 Pixar films had the biggest budget?") == [Condition(2, 0, "Pixar")]
    assert added("What is the biggest budget among the R films?") == [Condition(1, 0, "R")]
    assert added("Total budget across all the Pixar films?") == [Condition(2, 0, "Pixar")]
    pixar_already = [Condition(2, 0, "pixar")]
    assert added("Which Pixar film had the biggest budget?", pixar_already, [(1, 1)]) == pixar_already
    plain = Encoder(tokenizer, 64).encode("How many R rated movies are there?", table.header, table.types)
    assert add_modifier_cells(plain, [], []) == ([], [])                     # no cell matches: unchanged


def test_a_cell_said_next_to_a_number_value_becomes_a_condition_on_its_column(tokenizer):
    """"in Jan 1855": the model keeps `Year = 1855`; `Jan`, a cell of Month said right before it, is added."""
    table = Table("deaths", ["Month", "Year", "Disease", "Regiment"], ["text", "real", "real", "text"],
                  [["Jan", 1855, 2761, "a"], ["Feb", 1855, 2120, "b"], ["Jan", 1856, 324, "a"]])
    encoder = Encoder(tokenizer, 64, content=True)

    def added(question, value="1855", column=1):
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        index = next(i for i, token in enumerate(item.question_tokens) if item.span_text(i, i) == value)
        return add_adjacent_cells(item, [Condition(column, 0, value)], [(index, index)])[0][1:]

    assert added("How many soldiers died of disease in Jan 1855?") == [Condition(0, 0, "Jan")]
    assert added("How many died in 1855 of disease in Jan?") == []           # not next to the value
    assert added("How many soldiers died in Jan of 1855?") == []             # "of" between them
    assert added("How many died in regiment a 1855?") == []                  # a function word is no cell
    assert added("What was Disease for b Feb?", "b", 3) == []                # next to a text value: the model's job


def test_a_number_compared_with_and_said_of_a_column_becomes_a_condition_on_it(tokenizer):
    """"How many On-Off heat pumps have a COP_ref above 3.2?": the model keeps `Subtype = On-Off` and drops the
    comparison; the header said before it (or the noun after the number) names the column."""
    table = Table("heat_pumps", ["Model", "Subtype", "COP_ref", "Number_of_Cases", "PSB [W]"],
                  ["text", "text", "real", "real", "real"],
                  [["A", "On-Off", 3.1, 2500, 10], ["B", "Regulated", 3.6, 900, 12], ["C", "On-Off", 3.4, 1200, 8]])
    encoder = Encoder(tokenizer, 64, content=True)

    def added(question, conds=((1, 0, "On-Off"),)):
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        conds = [Condition(*c) for c in conds]
        spans = [(0, 0)] * len(conds)
        return add_compared_numbers(item, conds, spans)[0][len(conds):]

    assert added("How many On-Off heat pumps have a COP_ref above 3.2?") == [Condition(2, 1, "3.2")]
    assert added("How many On-Off rows show more than 2,000 cases?") == [Condition(3, 1, "2,000")]
    assert added("Which On-Off models have a COP ref under 3.5?") == [Condition(2, 2, "3.5")]
    assert added("How many On-Off heat pumps score above 3.2?") == []            # no column said
    assert added("How many On-Off heat pumps have a COP_ref of 3.1?") == []      # no comparison: the model's job
    assert added("How many have a COP_ref above 3.2?", ((2, 1, "3"),)) == []      # its column has a condition
    assert added("How many have a COP_ref above 3.2?", ((3, 1, "3.2"),)) == []    # the number is used


def test_a_cell_said_after_a_preposition_filters_a_question_that_names_its_rows(tokenizer):
    """"How many Zurich patients were on placebo?": the model keeps `centre = Zurich`; `placebo`, a cell of
    group said after "on", is added; not without another condition, nor a header's word, nor one taken."""
    table = Table("trial", ["patient", "centre", "group", "age"], ["text", "text", "text", "real"],
                  [["p1", "Zurich", "placebo", 40], ["p2", "Zurich", "drug", 51], ["p3", "Basel", "placebo", 38]])
    encoder = Encoder(tokenizer, 64, content=True)

    def added(question, given=True):
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        if not given:
            return add_prepositional_cells(item, [], [])[0]
        index = next(i for i, token in enumerate(item.question_tokens) if item.span_text(i, i) == "Zurich")
        return add_prepositional_cells(item, [Condition(1, 0, "Zurich")], [(index, index)])[0][1:]

    assert added("How many Zurich patients were on placebo?") == [Condition(2, 0, "placebo")]
    assert added("What was the age of the Zurich patient in the drug group?") == [Condition(2, 0, "drug")]
    assert added("How many Zurich patients took placebo?") == []          # no preposition: the model's job
    assert added("How many patients were on placebo?", given=False) == []   # no other condition: the model's job
    plain = Encoder(tokenizer, 64).encode("How many Zurich patients were on placebo?", table.header, table.types)
    assert add_prepositional_cells(plain, [Condition(1, 0, "Zurich")], [(2, 2)]) == ([Condition(1, 0, "Zurich")],
                                                                                  [(2, 2)])   # no cell matches


def test_a_cell_that_owns_what_is_asked_or_opens_a_bare_question_names_the_rows(tokenizer):
    """"Iowa's share in 2008?": `state = Iowa` beside the model's `year = 2008`; "Kerrville sales month 12" (no
    question word) too; not "Which state's ...", the rows asked, nor a cell inside a question with a question word."""
    table = Table("races", ["state", "kind", "year", "share"], ["text", "text", "real", "real"],
                  [["Iowa", "state", 2008, 51.2], ["Ohio", "state", 2008, 48.0], ["Guam", "territory", 2008, 60.1]])
    encoder = Encoder(tokenizer, 64, content=True)

    def added(question):
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        return add_owning_cells(item, [], [])[0]

    assert added("Iowa's share in 2008?") == [Condition(0, 0, "Iowa")]
    assert added("What was Ohio’s share?") == [Condition(0, 0, "Ohio")]
    assert added("Guam share 2008") == [Condition(0, 0, "Guam")]              # opens a question without a question word
    assert added("Which state's share was 51.2?") == []                       # the rows asked, not an owner
    assert added("What share did Guam get?") == []                            # the model's job


def test_a_cell_said_with_a_part_of_it_names_the_rows_with_that_part(tokenizer):
    """"Boxberg block R": the plant (`name`, a cell of `city` too: the leftmost) beside the model's `block = R`;
    "Schwarze Pumpe block B": the block after the plant the model has."""
    table = Table("plants", ["name", "block", "city", "capacity"], ["text", "text", "text", "real"],
                  [["Boxberg", "R", "Boxberg", 640], ["Boxberg", "Q", "Boxberg", 857],
                   ["Lippendorf", "R", "Bohlen", 875],
                   ["Schwarze Pumpe", "A", "Spremberg", 750], ["Schwarze Pumpe", "B", "Spremberg", 750]])
    encoder = Encoder(tokenizer, 64, content=True)

    def added(question, value, column):
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        first = question.rindex(value)   # the model's condition: the token span of its value
        start = next(i for i, token in enumerate(item.question_tokens) if token.start == first)
        end = next(i for i, token in enumerate(item.question_tokens) if token.end == first + len(value))
        return add_owning_cells(item, [Condition(column, 0, value)], [(start, end)])[0][1:]

    assert added("What is the capacity of Boxberg block R?", "R", 1) == [Condition(0, 0, "Boxberg")]
    assert added("When was Schwarze Pumpe block B built?", "Schwarze Pumpe", 0) == [Condition(1, 0, "B")]
    assert added("What is the capacity of Boxberg unit R?", "R", 1) == []   # no word of the block's header between
    assert added("What is the capacity of block R in Boxberg?", "R", 1) == []   # the model's job


def test_a_number_said_after_a_number_columns_name_is_that_columns_value(tokenizer):
    """"on day 9 of month 5": the model's `Month = 9` takes the 5; a value put on the wrong column moves, a
    missing one is added; a header's own number, a function word or a number before a header's noun is left."""
    table = Table("air", ["Ozone", "Wind", "Month", "Day", "Top 10", "Games"], ["real"] * 6,
                  [[41, 7.4, 5, 1, 3, 2], [36, 8.0, 5, 9, 2, 4]])
    encoder = Encoder(tokenizer, 64)

    def decided(question, conds):   # conds: (column, value): the value's first token in the question
        item = encoder.encode(question, table.header, table.types)
        spans = []
        for _, value in conds:
            index = next(i for i, token in enumerate(item.question_tokens) if item.span_text(i, i) == value)
            spans.append((index, index))
        return name_headed_numbers(item, [Condition(c, 0, v) for c, v in conds], spans)[0]

    assert decided("How windy was it on day 9 of month 5?", [(2, "9"), (3, "9")]) == [Condition(2, 0, "5"),
                                                                                        Condition(3, 0, "9")]
    assert decided("What was the ozone on day 25?", [(2, "25")]) == [Condition(3, 0, "25")]   # moved to Day
    assert decided("What was the ozone on day 25 of month 8?", [(2, "8")]) == [Condition(2, 0, "8"),
                                                                                Condition(3, 0, "25")]   # added
    assert decided("How many top 10 finishes with ozone of 41?", [(0, "41")]) == [Condition(0, 0, "41")]
    assert decided("What was the ozone for day 2 games?", []) == []        # "2 games": the number counts games
    assert decided("What was the wind with a month of 5?", [(2, "5")]) == [Condition(2, 0, "5")]   # the model's
    assert decided("Which day of month 7 had the worst ozone?", [(0, "7"), (2, "7")]) == [Condition(2, 0, "7")]
    # one number, two conditions: the column that names it keeps it


def test_a_places_adjective_is_a_condition_on_the_column_of_its_place():
    """"How many African countries ...": continent = Africa (the cell, not the question's word); the
    adjective the model put on another column is moved; one inside a value or a cell itself is left."""
    assert {"african", "european", "canadian", "italian", "german", "japanese", "chinese", "iraqi", "american"} <= \
        set().union(*(demonyms(p) for p in ("Africa", "Europe", "Canada", "Italy", "Germany", "Japan", "China",
                                             "Iraq", "Americas")))
    matcher = ContentMatcher([["Peru", "Americas", 1], ["Chad", "Africa", 2], ["Spain", "Europe", 3],
                              ["Brazilian", "Americas", 4]])

    def decided(question, query, columns=(0, 1)):   # the text columns
        return add_demonym_conditions(query, matcher.demonym_cells(question, columns))

    assert decided("How many African countries are listed?", Query(0, 3, ())).conds == (Condition(1, 0, "Africa"),)
    moved = decided("Which European country is the richest?", Query(0, 1, ((0, 0, "European"),)))
    assert moved.conds == (Condition(1, 0, "Europe"),)
    kept = Query(0, 0, ((2, 0, "African Union"),))
    assert decided("Which country hosted the African Union summit?", kept) is kept
    assert decided("Which Brazilian players scored?", Query(0, 0, ())).conds == ()   # a cell itself
    assert decided("Is it African?", Query(0, 0, ())).conds == ()                   # before no noun
    assert decided("How many African countries are listed?", Query(0, 3, ()), (0,)).conds == ()   # not a text column
    assert demonyms("S") == set() and demonyms("") == set()   # a one-letter code (`region` S, N) forms nothing
    coded = ContentMatcher([["Ain", "E"], ["Var", "S"], ["Nord", "N"]])
    assert coded.demonym_cells("Which departments in region S are the most literate?", (0, 1)) == []
    # "African" of the continent Africa that many rows share, not of the row named Africa (an aggregate entity)
    energy = ContentMatcher([["Africa", "", 120.0], ["Chad", "Africa", 3.0], ["Niger", "Africa", 2.5],
                             ["Spain", "Europe", 950.0]])
    assert energy.demonym_cells("Which African country uses the least oil?", (0, 1)) == [(1, "African", "Africa")]
    # the adjective the model put on the place's own column, whose cells a census writes with a leading space
    census = ContentMatcher([[39, " Canada"], [50, " Canada"], [41, " Mexico"]])
    adjective = Query(0, 5, ((1, 0, "Canadian"),))
    assert add_demonym_conditions(adjective, census.demonym_cells("What is the average age in the Canadian sample?",
                                                                 (1,))) == Query(0, 5, ((1, 0, " Canada"),))


# ----------------------------------------------------------------------------
# wikisql/train.py: length-bucketed epochs


def test_epoch_order_with_length_buckets():
    n, batch, bucket = 23, 4, 2  # chunks of 8 examples; 5 full global batches and a partial one of 3
    lengths = [(index * 37) % 29 for index in range(n)]  # all different
    order = epoch_order(n, 1, 5, 2, lengths, batch, bucket)
    assert len(order) == 24 and sorted(order[:n]) == list(range(n)) and order[n:] == order[:1]
    assert order == epoch_order(n, 1, 5, 2, lengths, batch, bucket)
    assert order != epoch_order(n, 2, 5, 2, lengths, batch, bucket)

    generator = torch.Generator().manual_seed(5 + 1)
    plain = torch.randperm(n, generator=generator).tolist()
    assert epoch_order(n, 1, 5, 2) == epoch_order(n, 1, 5, 2, lengths, batch, 0) == plain + plain[:1]
    chunk_of = {index: position // (batch * bucket) for position, index in enumerate(plain)}
    batches = [order[:n][first:first + batch] for first in range(0, n, batch)]
    assert [len(b) for b in batches] == [4] * 5 + [3]  # the partial batch stays last
    for members in batches:
        assert len({chunk_of[index] for index in members}) == 1  # a batch never mixes chunks
    for one in batches:
        for other in batches:
            if one is not other and chunk_of[one[0]] == chunk_of[other[0]]:  # same chunk: disjoint length ranges
                low, high = sorted((one, other), key=lambda b: min(lengths[i] for i in b))
                assert max(lengths[i] for i in low) < min(lengths[i] for i in high)
    last_chunk = [index for index in plain if chunk_of[index] == 2]
    assert sorted(lengths[i] for i in batches[-1]) == sorted(lengths[i] for i in last_chunk)[4:]  # its longest


def test_a_number_cut_out_of_a_date_takes_the_date_cell_but_a_number_on_its_own_stays(tokenizer):
    table = Table("games", ["Home", "Year", "Date", "Note"], ["text", "real", "text", "text"],
                  [["Bayern", "2008", "2008-10-22 12:30:00", "2008 opener"],
                   ["Hertha", "2009", "2009-03-01 15:30:00", "derby"]])
    encoder = Encoder(tokenizer, 64, content=True)

    def widened(question: str, number: str) -> list:
        item = encoder.encode(question, table.header, table.types, rows=table.rows)
        at = [token.text for token in item.question_tokens].index(number)
        scores = make_scores(4, item.num_question_tokens, sel=0, num_conds=1, where=(1,), spans={1: (at, at)})
        conds, _ = widen_to_cells(scores, item, [Condition(1, 0, number)], [(at, at)])
        return [(c.column, c.value) for c in conds]

    assert widened("Who played at home on 2008-10-22 12:30:00?", "2008") == [(2, "2008-10-22 12:30:00")]
    assert widened("Who played at home in the 2008 opener?", "2008") == [(1, "2008")]   # "2008" is a word


def test_a_value_cut_from_a_longer_cell_of_its_own_column_takes_that_cell(tokenizer):
    """"US" is a cell of citizen, and so is "Non-US", which holds it where the question says it."""
    table = Table("phds", ["type", "citizen", "count"], ["text", "text", "real"],
                  [["I", "US", 130], ["I", "Non-US", 40], ["II", "US", 9]])
    question = "How many Non-US PhDs were there in group I?"
    item = Encoder(tokenizer, 64, content=True).encode(question, table.header, table.types, rows=table.rows)
    us = max(i for i, token in enumerate(item.question_tokens) if token.text == "us")
    scores = make_scores(3, item.num_question_tokens, sel=2, num_conds=1, where=(1,), spans={1: (us, us)})
    conds, _ = widen_to_cells(scores, item, [Condition(1, 0, "US")], [(us, us)])
    assert conds == [Condition(1, 0, "Non-US")]
    alone = Encoder(tokenizer, 64, content=True).encode("How many US PhDs were there?", table.header, table.types,
                                                         rows=table.rows)
    us = [token.text for token in alone.question_tokens].index("us")
    scores = make_scores(3, alone.num_question_tokens, sel=2, num_conds=1, where=(1,), spans={1: (us, us)})
    assert widen_to_cells(scores, alone, [Condition(1, 0, "US")], [(us, us)])[0] == [Condition(1, 0, "US")]


def test_a_whole_cell_and_a_cell_that_holds_the_value_inside_it():
    cells = ["Paris-Nord", "Lyon.", None, "3.0"]
    assert is_a_cell("lyon", cells) and is_a_cell("3", cells)   # punctuation, case and number format ignored
    assert not is_a_cell("paris", cells) and not in_no_cell("paris", cells)   # inside a longer cell only
    assert not is_a_cell("...", cells)   # nothing left to compare
    assert in_no_cell("Nice", cells)
