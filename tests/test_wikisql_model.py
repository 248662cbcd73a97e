import dataclasses
import math

import pytest
import torch

from wikisql.schema import Example, Table
from wikisql.database import Database
from wikisql.checkpoint import load_checkpoint, save_checkpoint
from wikisql.corrections import (add_finer_cells, add_kind_condition, adds_up, drop_possessive_s, comparison_in_range,
                                 dates_in_parts, count_when_told, drop_header_numbers, drop_whole_span, plain_amounts,
                                 drop_quantifier_values, drop_rate_numbers, drop_non_numbers, drop_pointer_values,
                                 move_to_holding_column, parenthesized_conditions, select_not_the_unit,
                                 select_other_than_given, select_the_code_said, value_of_one_row, split_repeated_values,
                                 sum_for_total, trim_to_cells, words_off_number_columns, year_columns)
from wikisql.decoding import (comparison_operator, condition_candidates, example_scores, execution_guided_decode,
                              greedy_decode, top_spans, without_unit_words)
from wikisql.encoding import Encoder, collate, encode_examples
from wikisql.engine import Predictor
from wikisql.evaluate import prediction_record
from wikisql.model import compute_loss
from wikisql.query import AGGREGATION_OPS, COMPONENTS, CONDITION_OPS, Condition, Order, Query

from support import make_scores, tiny_model  # noqa: E402



pytestmark = pytest.mark.usefixtures("one_thread")


TABLE = Table("t1", ["Name", "Team", "Points", "Year"], ["text", "text", "real", "real"],
              [["Ann Lee", "Reds", "12", "1999"], ["Bob Stone", "Blues", "7", "2001"], ["Cy Young", "Reds", "3", "2001"]])
EXAMPLES = [
    Example("How many points did Ann Lee score for the Reds?", "t1",
            Query(2, 0, (Condition(0, 0, "Ann Lee"), Condition(1, 0, "Reds")))),
    Example("Which name has the most points?", "t1", Query(0, 0, ())),
    Example("What is the total points in 2001?", "t1", Query(2, 4, (Condition(3, 0, "2001"),))),
]


def encoded_batch(tokenizer, examples=EXAMPLES):
    items, _ = encode_examples(Encoder(tokenizer, 64), examples, {"t1": TABLE})
    return items, collate(items)


@pytest.mark.parametrize("layers", [1, 2])
def test_output_shapes_masks_and_loss_backward(tokenizer, layers):
    items, batch = encoded_batch(tokenizer)
    model = tiny_model(layers=layers)
    output = model(**batch)
    B, C, Q = 3, 4, batch["question_mask"].size(1)
    assert output.sel_logits.shape == (B, C) and output.agg_logits.shape == (B, C, 6)
    assert output.num_conds_logits.shape == (B, 5) and output.where_logits.shape == (B, C)
    assert output.op_logits.shape == (B, C, 4) and output.start_logits.shape == (B, C, Q)
    short = items[1].num_question_tokens
    assert torch.isinf(output.start_logits[1, :, short:]).all()  # padded question tokens
    assert torch.isfinite(output.start_logits[1, :, :short]).all()
    loss, parts = compute_loss(output, batch)
    assert torch.isfinite(loss) and tuple(parts) == COMPONENTS
    loss.backward()
    grads = [p.grad for p in model.parameters() if p.grad is not None]
    assert all(torch.isfinite(g).all() for g in grads)
    assert model.sel_out.weight.grad.abs().sum() > 0 and model.start_query.weight.grad.abs().sum() > 0
    if layers == 2:
        assert model.layer_weights.grad.abs().sum() > 0


def test_padding_columns_and_tokens_do_not_change_scores(tokenizer):
    model = tiny_model().eval()
    wide = Table("t2", ["A", "B", "C", "D", "E", "F"], ["text"] * 6, [])
    long_example = Example("a much longer question about the table with many more words in it", "t2", Query(0, 0, ()))
    items, _ = encode_examples(Encoder(tokenizer, 64), [EXAMPLES[1], long_example], {"t1": TABLE, "t2": wide})
    alone = model(**collate(items[:1]))
    together = model(**collate(items))
    C, Q = items[0].num_columns, items[0].num_question_tokens
    assert torch.allclose(alone.sel_logits[0], together.sel_logits[0, :C], atol=1e-5)
    assert torch.allclose(alone.start_logits[0], together.start_logits[0, :C, :Q], atol=1e-5)
    assert torch.allclose(alone.num_conds_logits[0], together.num_conds_logits[0], atol=1e-5)


def test_loss_of_joined_batch_is_mean_of_equal_halves(tokenizer):
    examples = EXAMPLES + [EXAMPLES[0]]
    items, batch = encoded_batch(tokenizer, examples)
    model = tiny_model().eval()
    joined, _ = compute_loss(model(**batch), batch)
    halves = [compute_loss(model(**collate(part)), collate(part))[0] for part in (items[:2], items[2:])]
    assert torch.allclose(joined, (halves[0] + halves[1]) / 2, atol=1e-5)


def test_teacher_forcing_reads_aggregation_at_gold_column(tokenizer):
    items, batch = encoded_batch(tokenizer)
    model = tiny_model().eval()
    output = model(**batch)
    _, parts = compute_loss(output, batch)
    changed = output._replace(agg_logits=output.agg_logits.clone())
    changed.agg_logits[:, 1] += 100.0  # column 1 is no example's gold select column
    assert compute_loss(changed, batch)[1]["aggregation"] == pytest.approx(parts["aggregation"], abs=1e-6)


# ----------------------------------------------------------------------------
# decoding


def encode_one(tokenizer, question, table):
    return Encoder(tokenizer, 64).encode(question, table.header, table.types)


def test_greedy_decodes_zero_conditions(tokenizer):
    item = encode_one(tokenizer, "Which name has the most points?", TABLE)
    scores = make_scores(4, item.num_question_tokens, sel=0, agg=0, num_conds=0, where=(1,))
    assert greedy_decode(scores, item).query == Query(0, 0, ())


@pytest.mark.parametrize("question, sel, agg, expected_agg", [
    ("What is the highest points total?", 2, 0, 1),      # numeric column, no condition: the likeliest aggregation
    ("List all the points totals", 2, 0, 0),              # a list is asked for
    ("What are the points totals?", 2, 0, 0),
    ("Which name has the most points?", 0, 0, 0),         # a text column stays
    ("What is the lowest points total?", 2, 2, 2),        # an aggregation already
    ("How many points were scored in total?", 2, 3, 4),   # COUNT of a whole column the question totals: SUM
    ("What is the total number of points?", 2, 3, 4),
    ("How many players are there in total?", 2, 3, 3),    # the rows' noun, not the column's: COUNT
    ("How many points are there?", 2, 3, 3),              # no total asked
])
def test_a_query_without_conditions_on_a_numeric_column_aggregates(tokenizer, question, sel, agg, expected_agg):
    item = encode_one(tokenizer, question, TABLE)
    scores = make_scores(4, item.num_question_tokens, sel=sel, agg=agg, num_conds=0)
    scores.agg[sel, 1] = -0.5                              # MAX is the runner-up aggregation
    assert greedy_decode(scores, item).query == Query(sel, expected_agg, ())
    with_condition = make_scores(4, item.num_question_tokens, sel=sel, agg=agg, num_conds=1, where=(1,))
    assert greedy_decode(with_condition, item).query.agg == agg   # a condition: the model's aggregation


@pytest.mark.parametrize("question, agg, matched, expected_agg", [
    ("What is the total points of the Reds?", 0, 2, 4),          # a total over two rows: SUM
    ("What is the total points of the Reds?", 3, 2, 4),
    ("What is the sum of points for the Reds?", 3, 2, 4),
    ("What is the total points of the Reds?", 3, 1, 3),          # one row: the model's choice stays
    ("What is the total number of points of the Reds?", 3, 2, 4),   # the column "total number of" names, two rows
    ("What is the total number of points of the Reds?", 3, 1, 3),   # one row: WikiSQL's COUNT of it stays
    ("What is the total number of games of the Reds?", 3, 2, 3),    # names no column: the rows are counted
    ("How many points did the Reds score?", 3, 2, 3),            # no total asked
    ("What is the total year of the Reds?", 3, 2, 3),            # a year orders rows: no sum
    ("Average points of the Reds", 0, 2, 5),                      # an average asked, none decoded: AVG
    ("Average points of the Reds", 0, 1, 0),                      # ... of one row: the model's choice stays
    ("Average points of the Reds", 3, 2, 3),                      # the model's COUNT stays
])
def test_a_total_over_several_rows_is_a_sum(tokenizer, question, agg, matched, expected_agg):
    item = encode_one(tokenizer, question, TABLE)
    column = 3 if "year" in question else 2
    query = Query(column, agg, (Condition(1, 0, "Reds"),))
    assert sum_for_total(item, query, lambda q: matched).agg == expected_agg
    assert sum_for_total(item, Query(column, agg, ()), lambda q: matched).agg == agg   # no condition: not this rule


def test_a_total_of_a_column_said_by_its_reading_is_a_sum(tokenizer):
    trial = Table("trial", ["rownames", "drug", "bdi.2m", "bdi.8m"], ["real", "text", "real", "real"],
                  [[1, "Yes", 20, 12], [2, "Yes", 31, 14], [3, "No", 25, 19]])
    item = encode_one(tokenizer, "What's the total of the 8-month scores of the patients with drug Yes?", trial)
    counted = Query(3, 3, (Condition(1, 0, "Yes"),))   # "the 8-month scores": `bdi.8m` by its reading
    assert sum_for_total(item, counted, lambda q: 2).agg == 4


def test_a_count_of_another_column_than_the_total_asked_is_the_sum_of_that_column(tokenizer):
    patients = Table("patients", ["rownames", "time", "survival days", "status"], ["real"] * 4,
                     [[1, 4, 120, 0], [2, 7, 300, 0], [3, 2, 90, 1]])
    question = "Total survival days of the censored patients (status 0)"
    item = encode_one(tokenizer, question, patients)
    counted = Query(1, 3, (Condition(3, 0, "0"),))   # COUNT(time): the total of `survival days` is asked
    assert sum_for_total(item, counted, lambda q: 2) == Query(2, 4, counted.conds)
    assert sum_for_total(item, counted, lambda q: 1) == counted   # one row: the model's choice stays
    item = encode_one(tokenizer, "Total number of the censored patients (status 0)", patients)
    assert sum_for_total(item, counted, lambda q: 2) == counted   # WikiSQL's "total number of": a COUNT


@pytest.mark.parametrize("question, agg, conditioned, expected_agg", [
    ("How many points did the Reds score altogether?", 3, True, 4),   # adds the column up: SUM
    ("Add up the points of the Reds.", 0, True, 4),
    ("What do the points of all players add up to?", 0, False, 4),   # with no condition too
    ("How many points in total did the Reds score?", 3, True, 4),
    ("What is the combined points of the Reds?", 0, True, 4),       # "combined" adds up too
    ("What are the combined points of all players?", 0, False, 4),
    ("How many points did the Reds score?", 3, True, 3),             # nothing added up
    ("How many teams scored points altogether?", 3, True, 3),        # "how many" names the rows (`Team`): counted
])
def test_a_question_that_adds_a_column_up_is_a_sum(tokenizer, question, agg, conditioned, expected_agg):
    item = encode_one(tokenizer, question, TABLE)
    query = Query(2, agg, (Condition(1, 0, "Reds"),) if conditioned else ())
    assert sum_for_total(item, query, lambda q: 2).agg == expected_agg
    assert sum_for_total(item, query, lambda q: 1).agg == agg   # one row: the model's choice stays


def test_row_numbers_are_never_added_up(tokenizer):
    from wikisql.encoding import Encoder
    question = "How many animals produced more than 30 offspring in total?"
    item = Encoder(tokenizer, 128, column_types=True).encode(question, ["rownames", "conc", "total"],
                                                             ["real", "real", "real"])
    counted = Query(0, 3, (Condition(2, 1, "30"),))   # COUNT(rownames): the animals, counted
    assert sum_for_total(item, counted, lambda q: 5) == counted
    assert sum_for_total(item, Query(2, 0, (Condition(1, 0, "80"),)), lambda q: 5).agg == 4   # `total` adds up


def test_how_many_of_a_column_that_writes_no_number_counts_the_rows():
    from wikisql.corrections import count_what_no_cell_says
    study = Table("aids", ["sex", "case", "attendance", "viewers"], ["text", "real", "text", "text"],
                  [["M", 1, "12,000", "N/A"], ["F", 0, "9,500", "N/A"], ["M", 1, "n/a", "N/A"]])
    asked = Query(0, 0, ((1, 0, "1"),))
    assert count_what_no_cell_says("How many patients were cases (case 1)?", asked, study).agg == 3
    assert count_what_no_cell_says("Which education did the cases have?", asked, study) is asked   # no "how many"
    spectators = Query(2, 0, ((1, 0, "1"),))   # numbers written as text: the value asked
    assert count_what_no_cell_says("How many spectators attended?", spectators, study) is spectators
    missing = Query(3, 0, ((1, 0, "1"),))   # no cell but missing ones: left to the model
    assert count_what_no_cell_says("How many viewers watched?", missing, study) is missing


def test_how_many_of_a_plural_noun_no_number_column_holds_counts_the_rows():
    from wikisql.database import Database
    from wikisql.corrections import count_the_rows_asked
    trial = Table("depression_trial", ["rownames", "treatment", "bdi.pre", "bdi.8m", "visitors"],
                  ["real", "text", "real", "real", "real"],
                  [[1, "TAU", 29, None, 3], [2, "BtheB", 32, 16, 2], [3, "BtheB", 25, 20, 4], [4, "TAU", 21, 9, 1]])
    def rows(query):
        with Database.from_tables({"depression_trial": trial}) as db:
            return len(db.matching_rows("depression_trial", query, 100))
    arm = Query(0, 0, ((1, 0, "BtheB"),))
    assert count_the_rows_asked("How many patients were in the BtheB arm?", arm, trial, rows) == Query(0, 3, arm.conds)
    scores = Query(3, 0, ((1, 0, "TAU"),))   # `bdi.8m` has a missing cell: counted on a complete column
    assert count_the_rows_asked("How many TAU patients were there?", scores, trial, rows) == Query(0, 3, scores.conds)
    one = Query(2, 0, ((0, 0, "2"),))   # one row kept: its number may be the answer
    assert count_the_rows_asked("How many patients had record 2?", one, trial, rows) is one
    amount = Query(4, 0, ((1, 0, "TAU"),))   # "visitors" names `visitors`; "people" is an amount
    assert count_the_rows_asked("How many visitors came for TAU?", amount, trial, rows) is amount
    assert count_the_rows_asked("How many people came for TAU?", amount, trial, rows) is amount
    assert count_the_rows_asked("Which patients were in the BtheB arm?", arm, trial, rows) is arm


def test_a_header_that_counts_something_narrower_than_the_noun_asked_does_not_name_it():
    """"How many bookings ...?" counts rows though `previous_bookings_not_canceled` and `booking_changes` have the
    word: one says two more words the question does not, the other ends in another plural noun."""
    from wikisql.database import Database
    from wikisql.corrections import count_the_rows_asked
    hotel = Table("hotel", ["lead_time", "previous_bookings_not_canceled", "booking_changes", "customer_type",
                            "baths"], ["real", "real", "real", "text", "real"],
                  [[10, 0, 1, "Contract", 1], [45, 1, 0, "Contract", 2], [3, 0, 0, "Transient", 1]])
    def rows(query, table=hotel):
        with Database.from_tables({"hotel": table}) as db:
            return len(db.matching_rows("hotel", query, 100))
    contract = (Condition(3, 0, "Contract"),)
    for column in (1, 2):
        asked = Query(column, 0, contract)
        assert count_the_rows_asked("How many bookings were on a Contract?", asked, hotel, rows) == \
            Query(column, 3, contract)
    assert count_the_rows_asked("How many previous bookings were not canceled for Contract?", Query(1, 0, contract),
                                hotel, rows) == Query(1, 0, contract)   # the question says the header's words
    baths = Query(4, 0, contract)   # a header that names the noun otherwise is read as before
    assert count_the_rows_asked("How many bathrooms do Contract rooms have?", baths, hotel, rows) is baths
    named = Table("hotel", hotel.header[:4] + ["bookings"], hotel.types, hotel.rows)
    asked = Query(4, 0, contract)   # `bookings` itself names the noun: its numbers may be what is asked
    assert count_the_rows_asked("How many bookings were on a Contract?", asked, named,
                                lambda query: rows(query, named)) is asked


def test_a_sum_or_average_of_codes_moves_to_the_number_column_the_question_names():
    from wikisql.corrections import arithmetic_on_numbers
    COUNT, AVG = 3, 5
    airports = Table("airports", ["faa", "name", "alt", "tz"], ["text", "text", "real", "real"],
                     [["ANC", "Ted Stevens Anchorage Intl", 152, -9], ["HNL", "Honolulu Intl", 13, -10],
                      ["OGG", "Kahului", 54, -10]])
    codes = Query(0, AVG, ((3, 0, "-10"),))
    moved = arithmetic_on_numbers("Average altitude of the airports whose tz is -10?", codes, airports)
    assert moved == Query(2, AVG, codes.conds)
    assert arithmetic_on_numbers("Average stay of the airports whose tz is -10?", codes, airports) is codes   # none
    assert arithmetic_on_numbers("Average altitude?", Query(2, AVG, ()), airports) == Query(2, AVG, ())   # numbers
    assert arithmetic_on_numbers("Total altitude?", Query(0, COUNT, ()), airports) == Query(0, COUNT, ())   # a count


def test_a_count_of_a_column_missing_cells_in_the_rows_kept_counts_on_a_complete_one():
    from wikisql.corrections import count_on_complete_column
    solvents = Table("solvents", ["name", "dielectric", "kind", "fit_d"], ["text", "real", "text", "real"],
                     [["water", 78.4, "inorganic", None], ["methanol", 32.7, "alcohol", 0.1],
                      ["ethanol", 24.6, "alcohol", None], ["hexane", 1.9, None, None]])
    with Database.from_tables({"solvents": solvents}) as db:
        def count(query):
            return db.execute("solvents", query)
        above = Query(3, 3, ((1, 1, "20"),))   # "How many liquids have a dielectric constant above 20?"
        moved = count_on_complete_column("How many liquids have a dielectric constant above 20?", above, solvents)
        assert moved == Query(1, 3, above.conds) and count(moved) == [3] and count(above) == [1]
        alcohols = Query(3, 3, ((2, 0, "alcohol"),))
        assert count_on_complete_column("How many alcohols are there?", alcohols, solvents).sel == 2
        assert count_on_complete_column("How many alcohols have a fit_d?", alcohols, solvents) is alcohols   # said
        # `kind` misses hexane's cell, which the condition does not keep
        assert count_on_complete_column("How many are water?", Query(2, 3, ((0, 0, "water"),)), solvents).sel == 2
        assert count_on_complete_column("How many are there?", Query(2, 3, ()), solvents).sel == 0   # all: `name`
        methanol = Query(3, 3, ((1, 1, "30"), (1, 2, "50")))   # the one row kept has its fit: left as decoded
        assert count_on_complete_column("How many have a constant between 30 and 50?", methanol, solvents) is methanol
        assert count_on_complete_column("How many?", Query(1, 3, ()), solvents) == Query(1, 3, ())   # complete
        assert count_on_complete_column("What is it?", Query(3, 0, ()), solvents) == Query(3, 0, ())   # no COUNT


def test_how_many_of_the_noun_a_column_is_headed_with_counts_its_numbered_things():
    from wikisql.database import Database
    from wikisql.corrections import count_the_rows_asked
    pigs = Table("dietox", ["Weight", "Time", "Pig", "Litter"], ["real", "real", "real", "real"],
                 [[26.5, 1, 4601, 1], [99.2, 12, 4601, 1], [27.1, 1, 4643, 23], [104.6, 12, 4643, 23],
                  [101.3, 12, 4756, 23]])
    def rows(query):
        with Database.from_tables({"dietox": pigs}) as db:
            return len(db.matching_rows("dietox", query, 100))
    week = ((1, 0, 12), (3, 0, 23))
    assert count_the_rows_asked("How many pigs from litter 23 were weighed in week 12?", Query(2, 0, week), pigs,
                                rows) == Query(2, 3, week)   # `Pig` numbers pigs: no pig number is the answer
    summed = Query(2, 4, ((0, 1, 100),))
    assert count_the_rows_asked("How many pigs weighed over 100 kg?", summed, pigs, rows) == Query(2, 3, summed.conds)
    weights = Query(0, 4, ((1, 0, 12),))   # a SUM of another column is left to the model
    assert count_the_rows_asked("How many pigs were weighed in week 12?", weights, pigs, rows) is weights


def test_one_sex_said_is_a_condition_on_the_column_of_sexes():
    from wikisql.corrections import add_sex_condition
    patients = Table("aids", ["id", "sex", "T.categ", "age"], ["real", "text", "text", "real"],
                     [[1, "M", "hsid", 30], [2, "F", "hsid", 41], [3, "M", "blood", 52]])
    counted = Query(0, 3, ((2, 0, "hsid"),))
    assert add_sex_condition("How many men in category hsid?", counted, patients) == \
        Query(0, 3, ((2, 0, "hsid"), (1, 0, "M")))
    assert add_sex_condition("How many women and men in category hsid?", counted, patients) is counted   # both
    assert add_sex_condition("How many patients in category hsid?", counted, patients) is counted
    named = Table("aids", ["id", "gender", "age"], ["real", "text", "real"], [[1, "Female", 30], [2, "Male", 41]])
    assert add_sex_condition("How old was the woman?", Query(2, 0, ((1, 0, "women"),)), named) == \
        Query(2, 0, ((1, 0, "Female"),))
    kept = Query(2, 0, ((1, 0, "Male"),))
    assert add_sex_condition("How old was the woman, if male?", kept, named) is kept   # a cell: as decoded


def test_a_value_two_conditions_share_goes_to_the_column_that_holds_it_or_each_value_to_its_side():
    flows = Table("migration", ["source", "destination", "migrants", "kind"], ["text", "text", "real", "text"],
                  [["QUE", "ONT", 1500, "east"], ["ONT", "QUE", 900, "east"], ["BC", "ONT", 300, "west"]])
    both = Query(2, 0, ((0, 0, "ONT"), (1, 0, "ONT")))
    split = Query(2, 0, ((0, 0, "QUE"), (1, 0, "ONT")))
    assert split_repeated_values("How many people moved from QUE to ONT?", both, flows) == split
    assert split_repeated_values("How many moved to ONT from QUE?", both, flows) == split   # "from": the origin
    assert split_repeated_values("Migrants between QUE and ONT?", both, flows) == split   # in the question's order
    assert split_repeated_values("How many moved into ONT?", both, flows) == both   # no other cell said
    held = Query(2, 0, ((0, 0, "BC"), (3, 0, "BC")))   # `kind` holds no 'BC'
    assert split_repeated_values("How many left BC?", held, flows) == Query(2, 0, ((0, 0, "BC"),))
    apart = Query(2, 0, ((0, 0, "BC"), (1, 0, "ONT")))
    assert split_repeated_values("How many moved from BC to ONT?", apart, flows) == apart


def test_a_value_said_once_goes_to_the_column_the_word_before_it_names():
    readings = Table("michelson", ["rownames", "Expt", "Run", "Speed"], ["real"] * 4,
                     [[1, 1, 1, 850], [2, 1, 2, 740], [3, 5, 5, 760], [4, 5, 1, 900]])
    both = Query(3, 2, ((1, 0, "5"), (2, 0, "5")))   # "experiment 5" decoded on `Expt` and on `Run`
    assert split_repeated_values("Which run of experiment 5 had the lowest Speed?", both, readings) == \
        Query(3, 2, ((1, 0, "5"),))
    assert split_repeated_values("Lowest speed of run 5?", both, readings) == Query(3, 2, ((2, 0, "5"),))
    assert split_repeated_values("Lowest speed of run 5 in experiment 5?", both, readings) == both   # said twice
    assert split_repeated_values("Lowest speed of the 5 readings?", both, readings) == both   # no column named
    # else the word after it: "(c6a.metal platform)", "the two r6a.metal-platform sizes"
    catalogue = Table("aws", ["id", "vcpu", "platform"], ["text", "real", "text"],
                      [["c6a.large", 2, "c6a.metal"], ["c6a.metal", 192, "c6a.metal"], ["m6i.large", 2, "m6i.metal"]])
    shared = Query(0, 0, ((0, 0, "c6a.metal"), (2, 0, "c6a.metal")))
    on_platform = Query(0, 0, ((2, 0, "c6a.metal"),))
    assert split_repeated_values("Which c6a instance (c6a.metal platform) has the fewest vCPUs?", shared,
                                 catalogue) == on_platform
    assert split_repeated_values("Give me the two c6a.metal-platform sizes with the fewest vCPUs", shared,
                                 catalogue) == on_platform
    assert split_repeated_values("How many vCPUs does c6a.metal have?", shared, catalogue) == shared   # none named
    bleeding = Table("b", ["Condition", "Prothrombin time", "Platelet count"], ["text", "text", "text"],
                     [["Vitamin K deficiency", "Prolonged", "Unaffected"], ["Aspirin", "Unaffected", "Unaffected"]])
    listed = Query(0, 0, ((1, 0, "unaffected"), (2, 0, "unaffected")))   # an adjective before a list: each
    assert split_repeated_values("Which condition has an unaffected prothrombin time and platelet count?", listed,
                                 bleeding) == listed
    births = Table("births", ["rownames", "age", "race", "ptl"], ["real"] * 4, [[1, 19, 2, 0], [2, 33, 3, 2]])
    shared = Query(1, 2, ((2, 0, "2"), (3, 0, "2")))
    assert split_repeated_values("Youngest age of a mother with race code 2?", shared, births) == \
        Query(1, 2, ((2, 0, "2"),))   # past "code", a word that names no column
    states = Table("states", ["state", "income", "schools"], ["text", "real", "real"], [["AL", 6900, 410]])
    under = Query(0, 3, ((1, 2, "7,000"), (2, 2, "7,000")))
    assert split_repeated_values("How many states had an income under 7,000?", under, states) == \
        Query(0, 3, ((1, 2, "7,000"),))
    assert split_repeated_values("How many states had under 7,000 income?", under, states) == \
        Query(0, 3, ((1, 2, "7,000"),))   # a comparison: else the word after it
    listed = Query(0, 3, ((1, 2, "1"), (2, 2, "1")))
    assert split_repeated_values("How many states have less than 1 income and schools?", listed, states) == listed


def test_a_word_a_one_letter_code_stands_for_is_that_code():
    looms = Table("warpbreaks", ["breaks", "wool", "tension", "sex", "party"], ["real", "text", "text", "text", "text"],
                  [[26, "A", "L", "F", "Democrat"], [30, "A", "M", "M", "Republican"], [54, "B", "H", "F", "Democrat"]])
    def trimmed(column, value):
        return trim_to_cells(Query(0, 1, ((column, 0, value),)), looms).conds[0].value
    assert trimmed(2, "high") == "H" and trimmed(2, "low") == "L" and trimmed(2, "Medium") == "M"
    assert trimmed(3, "women") == "F" and trimmed(3, "male") == "M" and trimmed(3, "females") == "F"
    assert trimmed(2, "extreme") == "extreme"   # no code is its letter
    assert trimmed(2, "loom") == "loom"   # no word tables write as a code
    assert trimmed(4, "Dem") == "Dem"   # `party` is no column of letters
    assert trimmed(2, "hi") == "hi"   # under three letters: no word
    assert trim_to_cells(Query(0, 1, ((2, 1, "high"),)), looms).conds[0].value == "high"   # `=` only


def test_a_value_said_after_from_or_to_goes_to_its_side_and_the_other_side_is_added():
    flows = Table("migration", ["source", "destination", "migrants"], ["text", "text", "real"],
                  [["QUE", "ONT", 1500], ["ONT", "QUE", 900], ["BC", "ONT", 300], ["ONT", "BC", 700]])
    assert split_repeated_values("the three biggest sources of migrants into QUE", Query(0, 0, ((0, 0, "QUE"),)),
                                 flows).conds == (Condition(1, 0, "QUE"),)   # "into": the destination
    assert split_repeated_values("What is the flow from ALTA to BC?", Query(2, 0, ((1, 0, "BC"),)), flows) == \
        Query(2, 0, ((1, 0, "BC"),))   # ALTA is no cell: nothing added
    assert split_repeated_values("How many moved from ONT to BC?", Query(2, 0, ((0, 0, "ONT"),)), flows) == \
        Query(2, 0, ((0, 0, "ONT"), (1, 0, "BC")))   # the destination said and not decoded: added


def test_the_kind_of_rows_asked_about_and_rate_numbers():
    places = Table("undercount", ["rownames", "crime", "city"], ["text", "real", "text"],
                   [["Alabama", 49, "state"], ["Alaska", 62, "state"], ["Boston", 135, "city"], ["Chicago", 90, "city"]])
    ordered = Query(0, 0, (), Order(1, True, 1))
    assert add_kind_condition("Which state had the most crime?", ordered, places).conds == (Condition(2, 0, "state"),)
    assert add_kind_condition("How many cities had crime over 80?", Query(0, 3, ((1, 1, "80"),)), places).conds[-1] \
        == Condition(2, 0, "city")
    lookup = Query(1, 0, ((0, 0, "Boston"),))
    assert add_kind_condition("Which city is Boston?", lookup, places) == lookup   # a lookup names its row
    kinds = Query(2, 0, (), Order(1, False, 1))   # "Which city ..." decoded SELECT city: its cells are kinds
    assert add_kind_condition("Which city had the least crime?", kinds, places) == \
        Query(0, 0, (Condition(2, 0, "city"),), Order(1, False, 1))
    assert add_kind_condition("What was the crime of the city with the most crime?", Query(1, 0, (), Order(1, True, 1)),
                              places).conds == (Condition(2, 0, "city"),)
    assert add_kind_condition("How many of the places are cities?", Query(0, 3, ()), places).conds == \
        (Condition(2, 0, "city"),)   # the kind said at the end
    assert add_kind_condition("Average crime of the states in the table", Query(1, 5, ()), places).conds == \
        (Condition(2, 0, "state"),)   # "of the states in ..."
    statuses = ["State", "atoll", "island", "Federal district", "Territory", "Commonwealth", "Obsolete code"]
    entries = Table("usps", ["Name", "Status", "ANSI"], ["text", "text", "real"],
                    [[f"Entry {i}", statuses[i % 7], i] for i in range(14)])   # seven kinds, each twice
    assert add_kind_condition("How many atolls are listed?", Query(0, 3, ()), entries).conds == \
        (Condition(1, 0, "atoll"),)
    cars = Table("cars", ["model", "type", "enginetype"], ["text", "text", "text"],
                 [["Camry", "Sedan", "Hybrid"], ["Accord", "Sedan", "Hybrid"], ["RAV4", "SUV", "Hybrid"],
                  ["Corolla", "Sedan", "Petrol"], ["X5", "SUV", "Petrol"]])
    hybrid = Query(0, 3, (Condition(2, 0, "Hybrid"),))   # "hybrid" read, "sedans" not: the noun after the adjective
    assert add_kind_condition("How many hybrid sedans are there?", hybrid, cars).conds == \
        (Condition(2, 0, "Hybrid"), Condition(1, 0, "Sedan"))
    assert add_kind_condition("How many hybrid cars are there?", hybrid, cars) == hybrid   # no kind of car
    elements = Table("elements", ["name", "metal", "standard state"], ["text", "text", "text"],
                     [["Neon", "noble gas", "gas"], ["Argon", "noble gas", "gas"], ["Iron", "transition metal", "solid"],
                      ["Bromine", "halogen", "liquid"], ["Chlorine", "halogen", "gas"]])
    noble = Query(1, 3, (Condition(1, 0, "noble gas"),))
    assert add_kind_condition("How many noble gas elements are listed?", noble, elements) == noble   # "noble gas":
    #                                                                               a cell, not an adjective and `gas`
    boats = Table("boats", ["boat", "side", "women"], ["text", "text", "real"],
                  [["7", "Starboard", 20], ["8", "Port", 24], ["5", "Starboard", 30]])
    assert trim_to_cells(Query(0, 0, ((1, 0, "starboard-"),)), boats).conds == (Condition(1, 0, "starboard"),)
    assert trim_to_cells(Query(0, 0, ((1, 0, "(Port)"),)), boats).conds == (Condition(1, 0, "Port"),)   # "(Port)"
    kept = Query(0, 0, ((1, 0, "Port side"),))
    assert trim_to_cells(kept, boats) == kept   # no cell once trimmed either
    assert drop_rate_numbers("What is the crime rate per 1,000 in Boston?",
                             Query(1, 0, ((0, 0, "Boston"), (1, 0, "1,000")))) == lookup
    assert drop_rate_numbers("Which city has 1,000 crimes?", Query(0, 0, ((1, 0, "1,000"),))).conds
    cost = Query(2, 0, ((0, 0, "3"), (1, 0, "15"), (3, 0, "1,000")))   # the unit the amount is asked in
    assert drop_rate_numbers("What was airline 3's total cost in year 15, in $1,000?", cost).conds == cost.conds[:2]
    assert drop_rate_numbers("Total cost in 1000s?", Query(2, 0, ((3, 0, "1000"),))).conds == ()
    for value_said, value in (("Which town has a population of 1000?", "1000"), ("Who won in 1000?", "1000"),
                              ("How many sold for 1,000 dollars?", "1,000")):
        assert drop_rate_numbers(value_said, Query(2, 0, ((3, 0, value),))).conds, value_said
    income = Query(3, 0, ((1, 0, "10,000"), (4, 0, "1898.03")))   # the unit, said anywhere after "in units of"
    assert drop_rate_numbers("What is the income, in units of $10,000, of the applicant who spends 1898.03?",
                             income).conds == income.conds[1:]
    assert drop_rate_numbers("Which applicant has 10,000 units of stock?", income).conds == income.conds


def test_the_column_named_with_the_questions_year_replaces_its_sibling():
    votes = Table("votes", ["state", "X1968", "X1972", "hits", "hits86"], ["text", "real", "real", "real", "real"],
                  [["Ohio", 45.2, 59.6, 10, 3]])
    ordered = Query(0, 0, (), Order(1, False, 1))
    assert year_columns("Where was the Republican vote lowest in 1972?", ordered, votes).order.column == 2
    assert year_columns("Who had the most hits in 1986?", Query(0, 0, (), Order(3, True, 1)), votes).order.column == 4
    assert year_columns("What was the vote in Ohio in 1972?", Query(1, 0, ((0, 0, "Ohio"),)), votes).sel == 2
    assert year_columns("Who had the most hits?", Query(0, 0, (), Order(3, True, 1)), votes).order.column == 3
    kept = Query(1, 0, ((0, 0, "1972"),))   # the year is a condition's value: no column's name
    assert year_columns("What was the vote in 1972?", kept, votes) == kept
    assert year_columns("Was the vote higher in 1968 or 1972?", Query(1, 0, ()), votes) == Query(1, 0, ())   # two years
    # an ordering by a column with no year that no word names goes to the year's column of a family of three
    income = Table("mexico", ["State", "pcgdp1950", "pcgdp1960", "pcgdp1970", "inegi2"], ["text"] + ["real"] * 4,
                   [["Chiapas", 1, 2, 3, 4], ["Sonora", 5, 6, 7, 2]])
    coded = Query(0, 0, (), Order(4, False, 2))
    assert year_columns("Which two states had the lowest per capita income in 1960?", coded, income).order.column == 2
    assert year_columns("Which two states had the lowest inegi2 in 1960?", coded, income).order.column == 4


def test_a_value_no_cell_of_its_column_holds_moves_to_the_one_column_that_has_it():
    curling = Table("curling", ["Nation", "Skip", "Third", "Lead", "Kind"], ["text"] * 5,
                    [["Scotland", "David Murdoch", "Ewan MacDonald", "Euan Byers", "men"],
                     ["Germany", "Andy Kapp", "Holger Höhne", "Andreas Kempf", "men"],
                     ["Sweden", "Anette Norberg", "Eva Lund", "Anna Svärd", "women"]])
    wrong = Query(0, 0, ((1, 0, "holger höhne"),))   # "Which nation has holger höhne at third?": no such Skip
    assert move_to_holding_column(wrong, curling) == Query(0, 0, ((2, 0, "holger höhne"),))
    right = Query(0, 0, ((1, 0, "Andy Kapp"),))
    assert move_to_holding_column(right, curling) == right   # its own column holds it
    assert move_to_holding_column(Query(0, 0, ((1, 0, "plumbers"),)), curling).conds[0].column == 1   # no column
    two = Table("t", ["Home", "Away", "Score"], ["text"] * 3, [["Leeds", "Hull", "1-0"], ["Hull", "Leeds", "2-2"]])
    assert move_to_holding_column(Query(2, 0, ((2, 0, "Leeds"),)), two).conds[0].column == 2   # two columns hold it
    taken = Query(2, 0, ((2, 0, "Leeds"), (0, 0, "Hull")))
    one = Table("t", ["Home", "Away", "Score"], ["text"] * 3, [["Leeds", "York", "1-0"], ["Hull", "York", "2-2"]])
    assert move_to_holding_column(taken, one) == taken   # the column that holds it has its own condition
    polio = Table("polio", ["Experiment", "Group", "Population", "Paralytic"], ["text", "text", "real", "real"],
                  [["Randomized", "Vaccinated", 200745, 33], ["Randomized", "Placebo", 201229, 115],
                   ["Observed", "Grade2NotInoculated", 9904, 121]])
    number = Query(0, 0, ((1, 0, "9904"),))   # "Which experiment had a group of 9904?": no such Group
    assert move_to_holding_column(number, polio) == Query(0, 0, ((2, 0, "9904"),))   # the number column holding it
    words = Query(0, 0, ((1, 0, "Observed"),))
    assert move_to_holding_column(words, polio) == Query(0, 0, ((0, 0, "Observed"),))   # text goes to text only
    games = Table("games", ["team", "played", "lost", "against"], ["text", "real", "real", "real"],
                  [["Ayr", 20, 5, 175], ["Troon", 20, 12, 240], ["Irvine", 18, 175, 300]])
    deficit = Query(1, 3, ((2, 0, "240"),))   # "How many games had a deficit of 240?": no `lost` of 240
    assert move_to_holding_column(deficit, games) == Query(1, 3, ((3, 0, "240"),))
    held = Query(1, 3, ((2, 0, "175"),))
    assert move_to_holding_column(held, games) == held   # its own column holds it
    batting = Table("batting", ["id", "hr", "ibb", "so"], ["text", "real", "real", "real"],
                    [["a", 12, 43, 90], ["b", 43, 3, 120], ["c", 30, 7, 43]])
    walked = Query(0, 0, ((1, 0, "44"),))
    assert move_to_holding_column(walked, batting, "Who had 44 walks?") == walked   # no column holds it
    several = Query(0, 0, ((3, 0, "12"),))   # 12 is an `hr` only: moved there whatever the question
    assert move_to_holding_column(several, batting).conds[0].column == 1
    ambiguous = Query(0, 0, ((2, 0, "90"),))
    assert move_to_holding_column(ambiguous, batting, "Who struck out 90 times?").conds[0].column == 3
    named = Query(0, 0, ((1, 0, "3"),))   # `hr = 3`: 3 is an `ibb`; said of ibb
    assert move_to_holding_column(named, batting, "Which batter had 3 ibb?").conds[0].column == 2
    own = Query(0, 0, ((3, 0, "43"),))   # `so` holds 43 itself (as `hr` and `ibb` do): stays
    assert move_to_holding_column(own, batting, "Who had 43 ibb?") == own
    counts = Table("pedestrians", ["hour", "45 Queen Street", "8 Darby Street NS"], ["text", "real", "real"],
                   [["8:00-8:59", 410, 40], ["9:00-9:59", 650, 12]])
    hour = Query(1, 0, ((2, 0, "8:00-8:59"),))   # "How many passed 45 Queen Street between 8:00-8:59?"
    assert words_off_number_columns(hour, counts) == Query(1, 0, ((0, 0, "8:00-8:59"),))   # no number: its cell
    assert words_off_number_columns(Query(1, 0, ((2, 0, "12"),)), counts) == Query(1, 0, ((2, 0, "12"),))   # a number
    assert words_off_number_columns(Query(1, 0, ((2, 0, "9:30"),)), counts) == Query(1, 0, ((2, 0, "9:30"),))   # no cell
    unsaid = Query(0, 0, ((0, 0, "43"),))   # on a text column: `hr` and `ibb` both hold it, the question names ibb
    assert move_to_holding_column(unsaid, batting, "Whose ibb count was 43?").conds[0].column == 2
    assert move_to_holding_column(unsaid, batting, "Who had 43 of them?") == unsaid   # two holders, none named
    two = Query(0, 0, ((3, 0, "20"),))
    assert move_to_holding_column(two, Table("g", games.header, games.types, games.rows + [["Kilwinning", 9, 20, 1]]
                                             )) == two   # `played` and `lost` both hold 20: it stays
    regions = Table("hospitals", ["Hospital", "Detailed_Region", "Region", "Cases"], ["text"] * 3 + ["real"],
                    [["Albany Med", "Capital District", "Capital District", 761],
                     ["Winthrop", "NY Metro - Long Island", "NY Metro - Long Island", 300],
                     ["Brookdale", "Kings", "NY Metro - NYC", 200]])
    island = Query(3, 4, ((0, 0, "NY Metro - Long Island"),))   # two columns hold it, in the same rows: either
    assert move_to_holding_column(island, regions).conds[0].column == 1
    capital = Table("t", regions.header, regions.types, regions.rows + [["Ellis", "Schenectady", "Capital District", 9]])
    district = Query(3, 4, ((0, 0, "Capital District"),))   # held in different rows: which one is meant is unknown
    assert move_to_holding_column(district, capital) == district


def test_a_value_said_in_the_plural_is_read_as_the_cell_in_the_singular():
    elements = Table("elements", ["name", "metal", "density"], ["text", "text", "real"],
                     [["Lanthanum", "lanthanoid", 6.1], ["Cerium", "lanthanoid", 6.7], ["Iron", "transition metal", 7.9]])
    plural = Query(2, 5, ((0, 0, "lanthanoids"),))   # "the average density of the lanthanoids", on `name`
    assert move_to_holding_column(plural, elements) == Query(2, 5, ((1, 0, "lanthanoid"),))
    own = Query(2, 5, ((1, 0, "transition metals"),))   # its own column holds the singular
    assert move_to_holding_column(own, elements) == Query(2, 5, ((1, 0, "transition metal"),))
    absent = Query(2, 5, ((0, 0, "actinoids"),))   # no cell in the singular either: declined elsewhere
    assert move_to_holding_column(absent, elements) == absent


def test_a_query_never_selects_the_value_its_condition_gives():
    select = {0: -0.1, 1: -0.9, 2: -2.0}
    echo = Query(0, 0, ((0, 0, "Special K"),))   # "Who makes Special K?": the select head's next column
    assert select_other_than_given(echo, select) == Query(1, 0, ((0, 0, "Special K"),))
    two = Query(0, 0, ((0, 0, "North"), (1, 0, "Derby")))   # the other condition stays, the echoed one goes
    assert select_other_than_given(two, select) == Query(0, 0, ((1, 0, "Derby"),))
    for kept in (Query(0, 3, ((0, 0, "Special K"),)), Query(0, 0, ((0, 1, "5"),)), Query(1, 0, ((0, 0, "x"),))):
        assert select_other_than_given(kept, select) is kept   # COUNT of it, a range of it, another column


def test_a_code_the_question_writes_out_is_selected_when_the_select_column_is_not_said():
    oil = Table("oil", ["rownames", "p97", "varp97", "size"], ["real"] * 4, [[25, 1.5, 0.2, 300], [26, 1.1, 0.4, 90]])
    decoded = Query(1, 0, ((0, 0, "25"),))
    assert select_the_code_said("varp97 of field 25", decoded, oil) == Query(2, 0, ((0, 0, "25"),))
    assert select_the_code_said("What is the p97 and varp97 of field 25?", decoded, oil) is decoded   # both said
    assert select_the_code_said("size of field 25 (varp97 0.2)", Query(3, 0, ((2, 0, "0.2"),)), oil).sel == 3
    assert select_the_code_said("How many fields have a varp97 entry?", Query(0, 3, ()), oil).sel == 0   # COUNT
    assert select_the_code_said("varp97.5 of field 25", decoded, oil) is decoded   # no whole code
    sizes = Table("sizes", ["rownames", "size", "weight"], ["real"] * 3, [[1, 2, 3]])
    words = Query(2, 0, ((0, 0, "1"),))   # headers that are words are for the model to read, not a code
    assert select_the_code_said("size of row 1", words, sizes) is words


def test_a_unit_a_measure_is_counted_over_is_not_what_is_aggregated():
    kicks = Table("kicks", ["deaths", "year", "corps", "wounded"], ["real", "real", "text", "real"],
                  [[0, 1875, "G", 1], [2, 1876, "XV", 3], [1, 1877, "XV", 0]])
    select = {0: -1.5, 1: -0.4, 2: -3.0, 3: -2.0}   # the head likes `year`, then `deaths`
    yearly = Query(1, 5, ((2, 0, "XV"),))
    moved = Query(0, 5, ((2, 0, "XV"),))
    for question in ("Average yearly deaths in corps XV?", "Average deaths per year in corps XV?",
                     "What was the average death toll on any one year in corps XV?", "Mean single-year deaths, corps XV"):
        assert select_not_the_unit(question, yearly, kicks, select) == moved, question
    for question in ("What is the average year of the deaths in corps XV?",   # the year is asked for
                     "In which year per corps ... average deaths?"):   # said once as a unit, once not
        assert select_not_the_unit(question, yearly, kicks, select) is yearly, question
    assert select_not_the_unit("How many yearly deaths?", Query(1, 3, ()), kicks, select) == Query(1, 3, ())   # COUNT
    only_time = Table("t", ["year", "day", "corps"], ["real", "real", "text"], [[1875, 1, "G"]])
    lone = Query(1, 1, ())
    assert select_not_the_unit("Highest daily figure?", lone, only_time, {0: -1.0, 1: -0.1, 2: -2.0}) is lone


def test_a_count_of_one_row_reads_its_number_when_the_head_doubts_the_count():
    cereals = Table("cereals", ["name", "mfr", "carbo"], ["text", "text", "real"],
                    [["Life", "Q", 12.0], ["Cheerios", "G", 17.0], ["Trix", "G", 13.0]])
    with Database.from_tables({"cereals": cereals}) as db:
        def matched(query):
            return db.execute("cereals", Query(query.sel, 3, query.conds))[0]
        counted = Query(2, 3, (Condition(0, 0, "Life"),))   # "How many carbs are in Life?": COUNT = 1
        assert value_of_one_row(counted, cereals, matched, math.log(0.3)) == Query(2, 0, counted.conds)
        assert value_of_one_row(counted, cereals, matched, math.log(0.1)) is counted   # the head is sure: COUNT
        two = Query(2, 3, (Condition(1, 0, "G"),))   # two rows: a count means something
        assert value_of_one_row(two, cereals, matched, math.log(0.9)) is two
        text = Query(1, 3, (Condition(0, 0, "Life"),))   # a text column: counted
        assert value_of_one_row(text, cereals, matched, math.log(0.9)) is text
        ranged = Query(2, 3, (Condition(2, 1, "16"),))   # a range of rows, even if one passes
        assert value_of_one_row(ranged, cereals, matched, math.log(0.9)) is ranged
    # a data frame's row, and "how many" of what the column holds: its value, however sure the head is
    states = Table("states", ["rownames", "drivers", "fuel"], ["text", "real", "real"],
                   [["Mich", 6.3, 4.2], ["Kansas", 1.8, 1.1]])
    with Database.from_tables({"states": states}) as db:
        def rows(query):
            return db.execute("states", Query(query.sel, 3, query.conds))[0]
        counted = Query(1, 3, (Condition(0, 0, "Mich"),))
        assert value_of_one_row(counted, states, rows, math.log(0.01), question="How many drivers does Mich have?") \
            == Query(1, 0, counted.conds)
        assert value_of_one_row(counted, states, rows, math.log(0.01), question="How many cars does Mich have?") \
            is counted   # no word of `drivers`: the head decides
        for amount in ("How many thousand drivers does Mich have?", "How many US dollars does Mich spend on fuel?",
                       "How many drivers (in thousands) does Mich have?",
                       "How many drivers per household does Mich have?",   # a rate: one row's number
                       "In 2001, how many drivers per capita did Mich have?"):   # an amount is asked: the value
            assert value_of_one_row(counted, states, rows, math.log(0.01), question=amount) == \
                Query(1, 0, counted.conds), amount
        assert value_of_one_row(counted, states, rows, math.log(0.01),   # "percent" is no rate of things
                                question="How many cars per cent does Mich have?") is counted


def test_how_many_with_an_average_said_of_a_condition_counts_the_rows():
    from wikisql.corrections import count_by_an_averaged_condition
    weather = Table("weather", ["month", "temp", "rain"], ["real", "real", "real"],
                    [[1, 1.5, 80.0], [2, 1.8, 60.0], [7, 17.0, 40.0]])
    averaged = Query(0, 5, (Condition(1, 2, "2"),))   # AVG(month) WHERE temp < 2
    assert count_by_an_averaged_condition("How many months had an average temperature below 2 degrees?", averaged,
                                          weather) == Query(0, 3, averaged.conds)
    # "average" said of the selected column, or no "how many": the average is asked
    rain = Query(2, 5, (Condition(1, 2, "2"),))
    assert count_by_an_averaged_condition("How many average rain for temp below 2?", rain, weather) is rain
    assert count_by_an_averaged_condition("What is the average month with temp below 2?", averaged, weather) \
        is averaged


def test_a_date_written_whole_is_one_condition_per_column_of_its_parts():
    polls = Table("approval", ["month", "year", "approve"], ["real", "real", "real"],
                  [[10, 2001, 88.0], [12, 2005, 41.0], [3, 2003, 58.0], [10, 2002, 67.0]])
    parts = (Condition(0, 0, "10"), Condition(1, 0, "2001"))
    for question, decoded in (("What was the approval rating in month 10 of 2001?", Query(2, 0, (Condition(0, 0, "10"),))),
                              ("Approval in 10/2001?", Query(2, 0, (Condition(1, 0, "2001"),))),
                              ("What was approval in October 2001?", Query(2, 0, ()))):
        assert dates_in_parts(question, decoded, polls) == Query(2, 0, parts), question
    kept = Query(2, 0, (Condition(1, 0, "2009"),))
    assert dates_in_parts("Approval in 10/2009?", kept, polls) is kept   # no row of that date
    air = Table("airquality", ["Ozone", "Month", "Day"], ["real", "real", "real"], [[41, 5, 1], [97, 7, 25]])
    assert dates_in_parts("What was the ozone reading on 7/25?", Query(0, 0, (Condition(1, 0, "7"),)), air) == \
        Query(0, 0, (Condition(1, 0, "7"), Condition(2, 0, "25")))
    dated = Table("games", ["Date", "Opponent"], ["text", "text"], [["7/25", "Reds"]])   # WikiSQL's date cells
    as_cell = Query(1, 0, (Condition(0, 0, "7/25"),))
    assert dates_in_parts("Who did they play on 7/25?", as_cell, dated) is as_cell


def test_conditions_no_row_passes_are_dropped_when_they_only_point():
    jobs = Table("canadian_occupations", ["rownames", "type", "income", "education"], ["text", "text", "real", "real"],
                 [["physicians", "prof", 25308, 15.96], ["bus.drivers", "bc", 5562, 8.58]])
    pointing = Query(3, 2, ((1, 0, "occupation"), (2, 1, "70")))   # "an occupation": a word of the table's name
    assert drop_pointer_values(pointing, jobs) == Query(3, 2, ((2, 1, "70"),))
    entity = Query(2, 0, ((0, 0, "plumbers"),))   # no such row: kept, and declining says so
    assert drop_pointer_values(entity, jobs) == entity
    assert drop_pointer_values(Query(2, 0, ((0, 0, "physician"),)), jobs).conds   # inside a cell: a value
    cities = Table("smoking", ["Location", "smokers"], ["text", "real"], [["Beijing", 126], ["Shanghai", 908]])
    over = Query(1, 5, ((0, 0, "cities"),))   # "average smokers over the cities": the rows' kind, of a column of
    assert drop_pointer_values(over, cities) == Query(1, 5, ())   # names; not a city the table lacks
    assert drop_pointer_values(Query(1, 5, ((0, 0, "Tianjin"),)), cities).conds
    dated = Table("canadian_occupations_1971", jobs.header, jobs.types, jobs.rows)
    assert drop_pointer_values(Query(0, 0, ((2, 0, "1971"),)), dated) == Query(0, 0, ())   # the table's year
    assert drop_pointer_values(Query(0, 0, ((2, 0, "1975"),)), dated).conds   # another year: declined elsewhere
    assert drop_non_numbers(Query(2, 0, ((0, 0, "physicians"), (3, 0, "public education"))), jobs) == \
        Query(2, 0, ((0, 0, "physicians"),))
    kept = Query(2, 0, ((3, 1, "8, and a type of bc"),))   # the official engine reads 8 from it
    assert drop_non_numbers(kept, jobs) == kept


def test_a_word_of_the_table_s_name_with_a_digit_on_a_number_column_points_at_the_table():
    emissions = Table("co2_emissions_2010", ["country", "year", "emissions"], ["text", "real", "real"],
                      [["Qatar", 2010, 40.1], ["Chad", 2010, 0.05]])
    pointing = Query(2, 0, ((0, 0, "Qatar"), (2, 0, "CO2")))
    assert drop_pointer_values(pointing, emissions) == Query(2, 0, ((0, 0, "Qatar"),))
    kept = Query(0, 0, ((2, 0, "40.1"),))   # a number: a value
    assert drop_pointer_values(kept, emissions) == kept
    assert drop_pointer_values(Query(2, 0, ((2, 0, "NO2"),)), emissions).conds   # not a word of its name


def test_an_amount_of_money_on_a_number_column_is_compared_as_its_number():
    stones = Table("diamonds", ["colour", "price"], ["text", "real"], [["$D", 9107], ["G", 880]])
    assert plain_amounts(Query(0, 3, ((1, 1, "S$10,000"),)), stones) == Query(0, 3, ((1, 1, "10000"),))
    assert plain_amounts(Query(0, 3, ((1, 2, "$880.50"),)), stones) == Query(0, 3, ((1, 2, "880.50"),))
    kept = Query(1, 0, ((0, 0, "$D"),))   # a text column: a cell
    assert plain_amounts(kept, stones) is kept
    assert plain_amounts(Query(0, 0, ((1, 0, "9107"),)), stones).conds[0].value == "9107"


def test_a_cell_said_right_after_a_value_of_a_coarser_column_is_added():
    cars = Table("mpg", ["maker", "model", "class"], ["text", "text", "text"],
                 [["toyota", "corolla", "compact"], ["toyota", "camry", "midsize"], ["toyota", "4runner", "suv"],
                  ["nissan", "maxima", "midsize"], ["nissan", "altima", "midsize"], ["audi", "a4", "compact"],
                  ["audi", "a6", "midsize"], ["audi", "a6 quattro", "midsize"]])
    maker = Query(2, 0, ((0, 0, "nissan"),))
    assert add_finer_cells("Which class does the nissan maxima fall into?", maker, cars) == \
        Query(2, 0, ((0, 0, "nissan"), (1, 0, "maxima")))
    assert add_finer_cells("Which class is the audi a6 quattro?", Query(2, 0, ((0, 0, "audi"),)), cars).conds[1] == \
        Condition(1, 0, "a6 quattro")   # the longest cell said
    assert add_finer_cells("Which class does the nissan brand sell most?", maker, cars) is maker   # no cell
    elements = Table("elements", ["state", "symbol"], ["text", "text"], [["liquid", "Hg"], ["solid", "In"],
                                                                      ["gas", "He"], ["solid", "Fe"]])
    liquid = Query(0, 3, ((0, 0, "liquid"),))
    assert add_finer_cells("How many elements are liquid in their standard state?", liquid, elements) is liquid
    kinds = Query(1, 0, ((1, 0, "maxima"),))   # `class` is coarser than `model`: "the maxima midsize" adds nothing
    assert add_finer_cells("Which model is the maxima midsize?", kinds, cars) is kinds


def test_a_range_over_all_of_a_number_column_is_no_condition():
    firms = Table("grunfeld", ["invest", "firm", "year"], ["real", "text", "real"],
                  [[40.3, "Goodyear", 1935], [72.8, "Goodyear", 1936], [66.3, "Goodyear", 1937]])
    first = Query(0, 4, ((1, 0, "Goodyear"), (2, 0, "1935")))
    assert drop_whole_span("Total investment by Goodyear from 1935 to 1937?", first, firms) == \
        Query(0, 4, ((1, 0, "Goodyear"),))
    assert drop_whole_span("Investment by Goodyear between 1935 and 1937?", first, firms) == \
        Query(0, 4, ((1, 0, "Goodyear"),))
    assert drop_whole_span("From 1935 to 1937, what did Goodyear invest in total?", first, firms).conds == \
        (Condition(1, 0, "Goodyear"),)
    assert drop_whole_span("Total investment by Goodyear from 1935 to 1936?", first, firms) is first   # part of it
    assert drop_whole_span("Investment by Goodyear in 1935?", first, firms) is first


def test_a_quantifier_value_that_is_no_cell_is_dropped():
    races = Table("hills", ["race", "dist", "climb"], ["text", "real", "real"],
                  [["Ayr", 6, 100], ["Arran", 3, 200], ["Total", 9, 300]])
    total = "What is the total distance of all the races added together?"
    assert drop_quantifier_values(total, Query(1, 3, (Condition(0, 0, "all"),)), races) == Query(1, 4, ())   # SUM
    assert drop_quantifier_values("How many races are there of each type?", Query(0, 3, (Condition(0, 0, "each type"),)),
                                  races) == Query(0, 3, ())
    kept = Query(1, 0, (Condition(0, 0, "Total"),))   # a row of the table: a value
    assert drop_quantifier_values("What is the total distance?", kept, races) == kept
    assert drop_quantifier_values("What is the distance of all races?", Query(1, 3, (Condition(0, 0, "all"),)),
                                  races) == Query(1, 3, ())   # no total asked: the count stays
    assert drop_quantifier_values(total, Query(1, 0, (Condition(2, 1, "all"),)), races).conds   # not `=`: kept
    assert drop_quantifier_values("How much climb is there in total?", Query(2, 3, (Condition(2, 0, "total"),)),
                                  races) == Query(2, 4, ())   # "in total" with the column named: SUM
    for question, value in (("What is the average distance per race?", "per"),
                            ("What was the biggest climb of a single race?", "single")):
        assert drop_quantifier_values(question, Query(2, 5, (Condition(0, 0, value),)), races) == Query(2, 5, ())


def test_all_the_rows_counted_told_to_count_added_together_and_a_full_stop_the_question_ended_with():
    seasons = Table("harvest", ["year", "yield"], ["text", "real"],
                    [["1920-21", 24.2], ["1921-22", 25.1], ["1922-23", 28.4]])
    average = Query(1, 5, (Condition(0, 0, "three"),))
    assert drop_quantifier_values("Average yield over the three seasons?", average, seasons) == Query(1, 5, ())
    assert drop_quantifier_values("Average yield over the two seasons?", Query(1, 5, (Condition(0, 0, "two"),)),
                                  seasons).conds   # not all the rows
    assert drop_quantifier_values("What was the yield of season 3?", Query(1, 0, (Condition(0, 0, "3"),)),
                                  seasons).conds   # no "the 3 seasons"
    months = Query(1, 3, (Condition(0, 0, "3 seasons"),))   # the span holds the noun: "over all 3 seasons"
    assert drop_quantifier_values("What is the total yield over all 3 seasons?", months, seasons) == Query(1, 4, ())
    areas = Table("tx", ["city", "month", "sales"], ["text", "real", "real"],
                  [["Abilene", 12, 268], ["Amarillo", 12, 386], ["Austin", 6, 3012]])
    every = Query(2, 3, (Condition(0, 0, "MLS"), Condition(1, 0, "12")))   # "across all MLS areas": every area
    assert drop_quantifier_values("What is the total number of homes sold across all MLS areas in month 12?", every,
                                  areas).conds == (Condition(1, 0, "12"),)
    held = Query(2, 0, (Condition(0, 0, "Austin"),))   # a cell: a value even after "all"
    assert drop_quantifier_values("What were all Austin sales?", held, areas) is held
    told = Query(1, 0, (Condition(0, 0, "1920-21"),))
    assert count_when_told("Count the seasons where the year is 1920-21.", told).agg == 3   # COUNT
    assert count_when_told("Count the sum of yield where the year is 1920-21.", told) is told   # a SUM
    assert count_when_told("What was the yield in 1920-21?", told) is told
    assert count_when_told("Count bookings from GBR with status Check-Out", told).agg == 3   # a plural noun told
    assert count_when_told("Count total yield of seasons in 1920-21", told) is told
    assert adds_up("What would all the D colour diamonds cost together?", "price")
    assert adds_up("What do all the Wiley journals cost together for a library?", "libprice")   # a phrase after it
    assert not adds_up("Which journals were bound together with Economica?", "libprice")   # not at the end
    assert not adds_up('The song "2 Be Together" had what jury?', "jury")
    assert adds_up("How many home runs did the two players hit combined in August?", "homeruns")
    assert adds_up("How many men died of kicks across all corps in 1882?", "deaths")
    assert not adds_up("How many corps are listed across all years?", "year")   # a column that orders rows
    countries = Table("co2", ["country", "emissions"], ["text", "real"], [["Congo, Dem. Rep.", 0.05], ["Chad", 0.1]])
    cut = Query(1, 0, (Condition(0, 0, "Congo, Dem. Rep"),))
    assert trim_to_cells(cut, countries) == Query(1, 0, (Condition(0, 0, "Congo, Dem. Rep."),))
    assert trim_to_cells(Query(1, 0, (Condition(0, 0, "Chad"),)), countries) == Query(1, 0, (Condition(0, 0, "Chad"),))


def test_a_number_the_header_is_written_with_names_the_column():
    savings = Table("savings", ["country", "pop15", "pop75", "2011"], ["text", "real", "real", "real"],
                    [["Chile", 39.7, 2.1, 5], ["Italy", 24.5, 3.5, 6]])
    assert drop_header_numbers(Query(0, 0, (Condition(1, 2, "15"),)), savings) == Query(0, 0, ())    # "under 15"
    assert drop_header_numbers(Query(0, 0, (Condition(2, 1, "75"),)), savings) == Query(0, 0, ())    # "over 75"
    kept = Query(0, 0, (Condition(1, 2, "30"), Condition(3, 1, "2011")))   # another number; a number-only header
    assert drop_header_numbers(kept, savings) == kept
    # said twice, the header's number and the value: "the gases with a 100yr GWP below 100"
    gases = Table("gwp", ["Name", "Lifetime", "100yr GWP"], ["text", "real", "real"], [["CH4", 12, 28]])
    twice = Query(1, 5, (Condition(2, 2, "100"),))
    assert drop_header_numbers(twice, gases, "Average lifetime of the gases with a 100yr GWP below 100") == twice
    assert drop_header_numbers(twice, gases, "Average lifetime of the gases below 100yr GWP") == \
        Query(1, 5, ())
    stores = Table("stores", ["owners", "inv1", "sales"], ["real"] * 3, [[1, 1, 2e5]])   # "1" twice, never `inv1`
    owned = Query(2, 2, (Condition(0, 0, "1"), Condition(1, 0, "1")))
    assert drop_header_numbers(owned, stores, "What are the lowest sales of a store with 1 owner and 1 full-timer?") \
        == Query(2, 2, (Condition(0, 0, "1"),))


def test_greedy_decodes_four_conditions_with_exact_substrings(tokenizer):
    table = Table("t5", ["A", "B", "C", "D", "E"], ["text"] * 5, [])
    question = "Pick E where a is Foo-Bar, b above 3.5, c below 7 and d is New  York"
    item = encode_one(tokenizer, question, table)
    texts = [token.text for token in item.question_tokens]
    spans = {0: (texts.index("foo"), texts.index("bar")), 1: (texts.index("3"), texts.index("3") + 2),
             2: (texts.index("7"), texts.index("7")), 3: (texts.index("new"), texts.index("york"))}
    scores = make_scores(5, item.num_question_tokens, sel=4, agg=3, num_conds=4, where=(0, 1, 2, 3),
                         ops={1: 1, 2: 2}, spans=spans)
    query = greedy_decode(scores, item).query
    assert query.sel == 4 and query.agg == 3
    assert [(c.column, c.operator, c.value) for c in query.conds] == [
        (0, 0, "Foo-Bar"), (1, 1, "3.5"), (2, 2, "7"), (3, 0, "New  York")]  # spelling of the question kept
    assert prediction_record(query) == {"query": {"sel": 4, "agg": 3, "conds": [
        [0, 0, "Foo-Bar"], [1, 1, "3.5"], [2, 2, "7"], [3, 0, "New  York"]]}}


@pytest.mark.parametrize("question, value, operator", [
    ("Which team scored more than 4 goals?", "4", 1),
    ("Which team scored MORE  THAN 4 goals?", "4", 1),
    ("Films with a budget over $30,000,000?", "30,000,000", 1),
    ("Which company is worth above 2.5?", "2.5", 1),
    ("Months where employment exceeded 140000", "140000", 1),
    ("Which airport is below -3 degrees?", "-3", 2),
    ("How many cars weigh less than 1700 pounds?", "1700", 2),
    ("Who had fewer than 12 wins?", "12", 2),
    ("Which team scored 4 goals?", "4", None),                 # no comparison words
    ("Who won more than Roy Hodgson?", "Roy Hodgson", None),   # not a number
    ("What was the record after game 5?", "5", None),          # temporal words stay with the model
    ("Who played over the 2 seasons?", "2", 1),
    ("How many airports are south of latitude 33?", "33", 2),    # directions on coordinates
    ("Which airport lies east of longitude -114.5?", "-114.5", 1),
    ("Which towns are north of 52.5?", "52.5", 1),
    ("Which films came out later than 1999?", "1999", 1),
    ("Who won before 1990?", "1990", None),                     # "before"/"after" stay with the model
    ("How many towns have water harder than 100 ppm?", "100", 1),   # comparative adjectives
    ("Which cars are cheaper than $20,000?", "20,000", 2),
    ("How many stations within 10 km recorded quakes?", "10", 2),   # distances: within, closer, farther
    ("Which stations were farther than 50 km away?", "50", 1),
    ("Which buildings are older than 1950?", "1950", None),      # a year or an age: left to the model
    ("What was the N.Amer figure in the year Asia passed 9,000?", "9,000", 1),
    ("Which cities topped 2,000 mm of rain?", "2,000", 1),
    ("What is the highest osmolarity among specimens with r equal to 1?", "1", 0),   # said equal
    ("Which teams have exactly 3 wins?", "3", 0),
    ("Which teams have more than or equal to 3 wins?", "3", None),   # no >= in WikiSQL: left to the model
])
def test_comparison_words_before_a_number(tokenizer, question, value, operator):
    item = encode_one(tokenizer, question, TABLE)
    start = question.index(value)
    tokens = [i for i, token in enumerate(item.question_tokens) if start <= token.start < start + len(value)]
    assert item.span_text(tokens[0], tokens[-1]) == value
    assert comparison_operator(item, tokens[0], tokens[-1]) == operator


@pytest.mark.parametrize("question, value, header, operator", [
    ("How many respondents are older than 60?", "60", "age", 1),
    ("Which patients were younger than the age of 30?", "30", "Age (years)", 2),
    ("Which buildings are older than 1950?", "1950", "Year built", 2),   # of a year: earlier
    ("Which buildings are newer than 1950?", "1950", "Year built", 1),
    ("Who entered a car older than year 1957?", "1957", "Year", 2),
    ("Which cars are faster than 120?", "120", "Top speed (mph)", 1),     # of a speed: more
    ("Which runners were faster than 10?", "10", "Time (minutes)", 2),    # of a time: less
    ("Which buildings are older than 1950?", "1950", "Height", None),     # the column says neither
    ("What is the average S for girls older than 200 months?", "200", "Agemos", 1),   # an age glued to its unit
    ("Which agency is older than 20?", "20", "agency", None),             # no age
    ("How many mothers were younger than 17?", "17", "momage", 2),         # an age read from the question
    ("Among CEOs ranked higher than 10th, what is the smallest cash pay?", "10th", "Rank", 2),   # rank 1 tops
    ("Which teams ranked lower than 4th?", "4th", "Position", 1),
    ("Which nation ranked below 8 received the fewest silver medals?", "8", "Rank", 2),   # no ordinal: WikiSQL's `<`
    ("Which CEOs earned higher than 10?", "10", "Rank", 1),                # not said of the ranking
    ("How many respondents are older than 60?", "60", None, None),        # no column given
])
def test_comparatives_read_by_what_the_column_holds(tokenizer, question, value, header, operator):
    item = encode_one(tokenizer, question, TABLE)
    start = question.index(value)
    tokens = [i for i, token in enumerate(item.question_tokens) if start <= token.start < start + len(value)]
    assert comparison_operator(item, tokens[0], tokens[-1], header) == operator


def test_a_number_the_question_compares_with_gets_the_operator_its_words_say(tokenizer):
    question = "How many players scored more than 40 and had 3 assists?"
    item = encode_one(tokenizer, question, TABLE)
    texts = [token.text for token in item.question_tokens]
    spans = {1: (texts.index("40"), texts.index("40")), 2: (texts.index("3"), texts.index("3"))}
    scores = make_scores(4, item.num_question_tokens, num_conds=2, where=(1, 2), spans=spans)  # "=" on both
    query = greedy_decode(scores, item).query
    assert [(c.column, c.operator, c.value) for c in query.conds] == [(1, 1, "40"), (2, 0, "3")]
    # the other operators are not candidates for that span, whatever their score
    ranked = condition_candidates(scores, item, 1, 4, 16)
    assert {condition.operator for _, condition, span in ranked if span == spans[1]} == {1}


def test_top_spans_order_and_length_limit():
    start = torch.log_softmax(torch.tensor([3.0, 0.0, 1.0, 0.0]), 0)
    end = torch.log_softmax(torch.tensor([0.0, 0.0, 0.0, 5.0]), 0)
    spans = top_spans(start, end, 3, max_tokens=16)
    assert [(s, e) for _, s, e in spans][0] == (0, 3)
    assert all(s <= e for _, s, e in spans) and spans[0][0] >= spans[1][0] >= spans[2][0]
    assert all(e - s < 2 for _, s, e in top_spans(start, end, 10, max_tokens=2))


@pytest.fixture()
def database():
    return Database.from_tables({"t1": TABLE})


def test_execution_guided_skips_numeric_aggregation_on_text(tokenizer, database):
    item = encode_one(tokenizer, "What is the highest name?", TABLE)
    scores = make_scores(4, item.num_question_tokens, sel=0, agg=1)  # MAX(Name): text column
    scores.sel[2] = math.log(0.01)  # Points is the runner-up column
    assert greedy_decode(scores, item).query.agg == 1
    query = execution_guided_decode(scores, item, "t1", TABLE.types, database).query
    assert (query.sel, query.agg) in {(0, 0), (2, 1)} and not (query.sel == 0 and query.agg == 1)


def test_execution_guided_aggregates_a_numeric_column_asked_without_conditions(tokenizer, database):
    item = encode_one(tokenizer, "What is the highest points total?", TABLE)
    scores = make_scores(4, item.num_question_tokens, sel=2, agg=0, num_conds=0)
    scores.agg[2, 1] = -0.5   # MAX is the runner-up aggregation
    assert execution_guided_decode(scores, item, "t1", TABLE.types, database).query == Query(2, 1, ())


def test_execution_guided_drops_values_with_empty_result(tokenizer, database):
    question = "Which team has Ann Lee or Stone Bob in 2001?"
    item = encode_one(tokenizer, question, TABLE)
    texts = [token.text for token in item.question_tokens]
    ann = (texts.index("ann"), texts.index("lee"))
    scores = make_scores(4, item.num_question_tokens, sel=1, num_conds=1, where=(0,),
                         spans={0: (texts.index("stone"), texts.index("bob"))})
    scores.start[0, ann[0]] = math.log(0.2)  # the right span is second best
    scores.end[0, ann[1]] = math.log(0.2)
    assert greedy_decode(scores, item).query.conds[0].value == "Stone Bob"
    query = execution_guided_decode(scores, item, "t1", TABLE.types, database).query
    assert query == Query(1, 0, (Condition(0, 0, "Ann Lee"),))


def test_execution_guided_scores_condition_sets_jointly(tokenizer, database):
    question = "Which name is in the Reds in 2001?"
    item = encode_one(tokenizer, question, TABLE)
    texts = [token.text for token in item.question_tokens]
    spans = {1: (texts.index("reds"),) * 2, 3: (texts.index("2001"),) * 2}
    scores = make_scores(4, item.num_question_tokens, sel=0, num_conds=1, where=(1, 3), spans=spans)
    scores.num_conds[1] = math.log(0.6)  # one condition is more likely than two ...
    scores.num_conds[2] = math.log(0.4)
    # ... but both columns are near-certain condition columns: the pair wins jointly
    query = execution_guided_decode(scores, item, "t1", TABLE.types, database).query
    assert query == Query(0, 0, (Condition(1, 0, "Reds"), Condition(3, 0, "2001")))
    assert len(greedy_decode(scores, item).query.conds) == 1


def test_execution_guided_keeps_an_aggregate_over_no_rows(tokenizer, database):
    # Gold queries such as AVG(Points) WHERE Name = 'Ann Lee' AND Year = 2001 match no row and
    # return one NULL: a result, not a failure (dropping a condition to get a number is wrong).
    question = "What is the average points of Ann Lee in 2001?"
    item = encode_one(tokenizer, question, TABLE)
    texts = [token.text for token in item.question_tokens]
    spans = {0: (texts.index("ann"), texts.index("lee")), 3: (texts.index("2001"),) * 2}
    scores = make_scores(4, item.num_question_tokens, sel=2, agg=5, num_conds=2, where=(0, 3), spans=spans)
    expected = Query(2, 5, (Condition(0, 0, "Ann Lee"), Condition(3, 0, "2001")))
    assert database.execute("t1", expected) == [None]
    assert execution_guided_decode(scores, item, "t1", TABLE.types, database).query == expected


# ----------------------------------------------------------------------------
# model directory round trip and prediction


def test_save_load_predict_round_trip(tokenizer, tmp_path):
    model = tiny_model(seed=3).eval()
    save_checkpoint(model, tokenizer, tmp_path / "best", backbone="tiny", data_dir=tmp_path / "data")
    loaded, loaded_tokenizer, config = load_checkpoint(tmp_path)  # the output dir: finds best/
    assert config["data_dir"] == str((tmp_path / "data").resolve()) and config["backbone"] == "tiny"
    items, batch = encoded_batch(tokenizer)
    assert torch.equal(model(**batch).where_logits, loaded(**batch).where_logits)
    predictor = Predictor.load(tmp_path)
    queries = predictor.predict_examples(EXAMPLES, {"t1": TABLE}, snap_margin=None)
    expected = [greedy_decode(scores, item).query
                for scores, item in zip(example_scores(model(**batch), items), items)]
    # the engine then drops what no row could pass (drop_non_numbers, drop_pointer_values)
    expected = [drop_pointer_values(drop_non_numbers(query, TABLE), TABLE) for query in expected]
    assert queries == expected
    with Database.from_tables({"t1": TABLE}) as database:
        guided = predictor.predict_examples(EXAMPLES, {"t1": TABLE}, database, eg=True)
    assert len(guided) == 3 and all(isinstance(query, Query) for query in guided)
    with pytest.raises(FileNotFoundError):
        load_checkpoint(tmp_path / "missing")


def test_decoders_return_the_log_probability_of_what_they_chose(tokenizer, database):
    """Greedy picks the best of every component, so its log-probability is the sum of the
    maxima; execution-guided decoding reports the probability of its own query."""
    question = "Which team has Ann Lee in 2001?"
    item = encode_one(tokenizer, question, TABLE)
    texts = [token.text for token in item.question_tokens]
    ann = (texts.index("ann"), texts.index("lee"))
    scores = make_scores(4, item.num_question_tokens, sel=1, num_conds=1, where=(0,), spans={0: ann})
    scores.sel = torch.log_softmax(torch.tensor([0.1, 2.0, 0.3, 0.2]), 0)        # no component certain
    scores.op[0] = torch.log_softmax(torch.tensor([2.0, 0.5, 0.1, -1.0]), 0)
    scores.num_conds = torch.log_softmax(torch.tensor([0.5, 1.5, 0.2, 0.1, 0.0]), 0)
    greedy = greedy_decode(scores, item)
    assert greedy.query == Query(1, 0, (Condition(0, 0, "Ann Lee"),)) and greedy.spans == (ann,)
    expected = (scores.sel.max() + scores.agg[1].max() + scores.num_conds.max() + scores.where[0]
                + scores.not_where[1:].sum() + scores.op[0].max() + scores.start[0].max() + scores.end[0].max())
    assert greedy.log_probability == pytest.approx(expected.item())
    guided = execution_guided_decode(scores, item, "t1", TABLE.types, database)
    assert guided.query == greedy.query and guided.log_probability == pytest.approx(greedy.log_probability)
    no_condition = execution_guided_decode(make_scores(4, item.num_question_tokens, sel=0, num_conds=0), item, "t1",
                                           TABLE.types, database)
    assert no_condition.query.conds == () and no_condition.spans == ()
    assert math.exp(no_condition.log_probability) <= 1.0


def test_a_value_span_is_never_part_of_a_number(tokenizer):
    """The tokenizer splits 30,000,000 and 3.5 at their separators; a span that cuts such a number is
    widened to the whole number, while numbers a space or a word apart stay apart."""
    from wikisql.decoding import whole_number_span
    table = Table("t5", ["A", "B"], ["text", "real"], [])
    item = encode_one(tokenizer, "Which A has B over 30,000,000 and 3.5 or 1, 2?", table)
    texts = [token.text for token in item.question_tokens]
    first = texts.index("30")
    assert item.span_text(*whole_number_span(item, first, first)) == "30,000,000"
    assert item.span_text(*whole_number_span(item, first + 2, first + 2)) == "30,000,000"   # from the middle
    three = texts.index("3")
    assert item.span_text(*whole_number_span(item, three, three)) == "3.5"
    one = texts.index("1")
    assert item.span_text(*whole_number_span(item, one, one)) == "1"   # "1, 2": a space apart
    scores = make_scores(2, item.num_question_tokens, sel=0, num_conds=1, where=(1,), ops={1: 1},
                         spans={1: (first, first + 2)})   # the model's span: "30,000"
    assert greedy_decode(scores, item).query.conds[0].value == "30,000,000"


def test_greedy_decodes_an_ordering_and_its_probability(tokenizer):
    from wikisql.decoding import log_probability
    from wikisql.encoding import ORDER_DESC, ORDER_NONE
    from wikisql.query import Order
    item = encode_one(tokenizer, "Which name has the most points?", TABLE)
    scores = make_scores(4, item.num_question_tokens, sel=0, agg=0, num_conds=0)
    scores.order = torch.log(torch.tensor([0.2, 0.1, 0.7]))        # none, ascending, descending
    scores.order_column = torch.log(torch.tensor([0.6, 0.1, 0.1, 0.2]))   # the select column is likeliest ...
    scores.order_limit = torch.log(torch.tensor([0.9, 0.04, 0.03, 0.02, 0.01]))
    decoded = greedy_decode(scores, item)
    assert decoded.query == Query(0, 0, (), Order(3, True, 1))       # ... but ordering by it is MAX's job
    base = make_scores(4, item.num_question_tokens, sel=0, agg=0, num_conds=0)
    plain = log_probability(base, Query(0, 0, ()), [])
    assert decoded.log_probability == pytest.approx(plain + math.log(0.7 * 0.2 * 0.9), abs=1e-5)
    scores.agg[0] = torch.log(torch.tensor([0.01, 0.95, 0.01, 0.01, 0.01, 0.01]))   # MAX: no ordering
    assert greedy_decode(scores, item).query.order is None
    scores.agg[0] = base.agg[0]
    scores.order = torch.log(torch.tensor([0.8, 0.1, 0.1]))
    assert greedy_decode(scores, item).query.order is None
    assert log_probability(scores, Query(0, 0, ()), []) == pytest.approx(plain + math.log(0.8), abs=1e-5)
    assert ORDER_NONE == 0 and ORDER_DESC == 2


def test_an_unanswerable_question_trains_only_the_answerable_head(tokenizer):
    from wikisql.encoding import unanswerable_labels
    from wikisql.model import HeadConfig, WikiSQLModel
    items, _ = encoded_batch(tokenizer)
    model = WikiSQLModel(tiny_model().bert_config, HeadConfig(ordering=True, answerable=True)).eval()
    items[1].labels = unanswerable_labels()
    batch = collate(items)
    output = model(**batch)
    _, parts = compute_loss(output, batch)
    assert set(parts) == set(COMPONENTS) | {"ordering", "answerable"}
    changed = output._replace(sel_logits=output.sel_logits.clone(), where_logits=output.where_logits.clone())
    changed.sel_logits[1] += torch.randn_like(changed.sel_logits[1])    # the unanswerable example's other heads
    changed.where_logits[1] += 5.0
    _, changed_parts = compute_loss(changed, batch)
    for name in COMPONENTS:
        assert changed_parts[name] == pytest.approx(parts[name], abs=1e-5), name
    flipped = output._replace(answerable_logits=output.answerable_logits.clone())
    flipped.answerable_logits[1] += 5.0
    assert compute_loss(flipped, batch)[1]["answerable"] > parts["answerable"]


def test_a_numeric_columns_value_leaves_the_unit_words_out(tokenizer):
    """"more than 20 billion" on a numeric column compares with 20; a text column keeps the words."""
    table = Table("t6", ["Company", "Profits"], ["text", "real"], [])
    question = "Which company made more than 20 billion or 60 percent and 7 mm?"
    item = encode_one(tokenizer, question, table)
    texts = [token.text for token in item.question_tokens]
    twenty, billion = texts.index("20"), texts.index("billion")
    scores = make_scores(2, item.num_question_tokens, sel=0, num_conds=1, where=(1,), ops={1: 1},
                         spans={1: (twenty, billion)})
    assert greedy_decode(scores, item).query.conds[0].value == "20"
    sixty, percent = texts.index("60"), texts.index("percent")
    assert item.span_text(*without_unit_words(item, sixty, percent)) == "60"
    assert item.span_text(*without_unit_words(item, texts.index("7"), len(texts) - 2)) == "7"   # "7 mm"
    assert without_unit_words(item, texts.index("company"), texts.index("made")) == (
        texts.index("company"), texts.index("made"))   # no number: unchanged
    households = encode_one(tokenizer, "How many have more than 10,000 2-bedroom homes, on 1/5/2022 9:00?", table)
    words = [token.text for token in households.question_tokens]
    assert households.span_text(*without_unit_words(households, words.index("10"), words.index("bedroom"))) == \
        "10,000"   # the next number, after a space, is another value's
    dated = words.index("1")
    assert households.span_text(*without_unit_words(households, dated, dated + 8)) == "1/5/2022 9:00"   # no number cut
    on_text = Table("t7", ["Company", "Profits"], ["text", "text"], [])
    item = encode_one(tokenizer, question, on_text)
    assert greedy_decode(scores, item).query.conds[0].value == "20 billion"


def test_headers_that_are_years_only_are_left_to_the_model_unless_one_other_year_is_said():
    tennis = Table("tennis", ["Tournament", "2006", "2013"], ["text", "text", "text"], [["Open", "QF", "2–4"]])
    query = Query(1, 0, ((2, 0, "2–4"),))
    assert year_columns("What shows for 2006, when 2013 is 2–4?", query, tennis) == query   # two years said
    # one year said: the column headed by it (on the official dev set this moves no query, 2026-12-07)
    assert year_columns("What is 2006 for the Open?", Query(2, 0, ((0, 0, "Open"),)), tennis).sel == 1
    given = Query(2, 0, ((1, 0, "QF"),))   # not to a column a condition gives
    assert year_columns("Which year has a 2006 of QF?", given, tennis) is given


def test_a_number_compared_in_the_questions_year_moves_to_that_years_column():
    votes = Table("votes", ["state", "X1860", "X1972"], ["text", "real", "real"], [["Ohio", 52.3, 59.6]])
    counted = Query(0, 3, ((1, 1, "60"),))   # COUNT(state) WHERE X1860 > 60 for "... more than 60 percent in 1972?"
    assert year_columns("How many states gave him more than 60 percent in 1972?", counted, votes).conds == \
        (Condition(2, 1, "60"),)


def test_filters_written_in_parentheses_become_conditions():
    jobs = Table("jobs", ["rownames", "type", "income", "inmetro"], ["text", "text", "real", "real"],
                 [["gp", "prof", 25308, 1], ["bus.drivers", "bc", 5562, 0], ["clerks", "wc", 4000, 1]])
    assert parenthesized_conditions("Which blue-collar job (type bc) pays most?", Query(0, 0, ()), jobs).conds == \
        (Condition(1, 0, "bc"),)
    mangled = Query(2, 1, ((1, 0, "(wc)"),))   # the model's span took the brackets
    assert parenthesized_conditions("Among white-collar (wc) jobs, what's the top income?", mangled, jobs).conds == \
        (Condition(1, 0, "wc"),)
    assert parenthesized_conditions("How many jobs are outside metros (inmetro 0)?", Query(0, 3, ()), jobs).conds == \
        (Condition(3, 0, "0"),)
    kept = Query(2, 0, ((0, 0, "leiter (0-1)"),))   # parentheses inside a value
    assert parenthesized_conditions("What was the income of leiter (0-1)?", kept, jobs) == kept
    assert parenthesized_conditions("What is the income (in dollars) of clerks?", Query(2, 0, ()), jobs) == \
        Query(2, 0, ())   # no cell inside
    crabs = Table("crabs", ["sp", "sex", "index", "FL"], ["text", "text", "real", "real"],
                  [["B", "M", 1, 8.1], ["O", "F", 50, 21.3], ["O", "M", 2, 9.0]])
    garbled = Query(3, 5, ((3, 0, "orange (O) males (M)"),))   # a span around the brackets, no cell of its column
    assert set(parenthesized_conditions("What is the mean FL of the orange (O) males (M)?", garbled, crabs).conds) == \
        {Condition(0, 0, "O"), Condition(1, 0, "M")}   # the span that swallowed the filters goes
    urine = Table("urine", ["rownames", "r", "calc"], ["real", "real", "text"], [[1, 0, "low"], [2, 1, "high"]])
    swallowed = Query(0, 3, ((1, 0, "1"), (2, 0, "crystals (r = 1)")))
    assert parenthesized_conditions("How many specimens with crystals (r = 1) are there?", swallowed, urine).conds == \
        (Condition(1, 0, "1"),)
    listed = parenthesized_conditions("Frontal lobe of orange female no. 50 (O, F, index 50)?", Query(3, 0, ()), crabs)
    assert set(listed.conds) == {Condition(0, 0, "O"), Condition(1, 0, "F"), Condition(2, 0, "50")}   # each filter
    thousands = Query(3, 0, ())
    assert parenthesized_conditions("Which crab weighs (1,000 g) most?", thousands, crabs) == thousands   # one number


def test_the_engine_adds_up_a_total_once_a_value_is_trimmed_to_the_cells(tmp_path, monkeypatch):
    """"Total interlocks of the OTH-controlled firms?": the model's `nation = 'OTH-'` holds no row until
    it is trimmed to `OTH`; the total is asked of the rows it then holds."""
    from support import build_tiny_checkpoint

    from wikisql import engine
    from wikisql.decoding import Decoded
    from wikisql.query import AGGREGATION_OPS
    firms = Table("firms", ["assets", "nation", "interlocks"], ["real", "text", "real"],
                  [[100, "OTH", 5], [200, "OTH", 7], [300, "US", 1]])
    predictor = engine.Predictor.load(build_tiny_checkpoint(tmp_path / "ckpt"))
    decoded = Query(2, AGGREGATION_OPS.index("COUNT"), ((1, 0, "OTH-"),))   # the span stops at the hyphen
    monkeypatch.setattr(engine, "greedy_decode", lambda scores, item, *rest: Decoded(decoded, ((0, 0),), -1.0))
    read = predictor.predict(["Total interlocks of the OTH-controlled firms?"], [firms])[0].query
    assert read == Query(2, AGGREGATION_OPS.index("SUM"), ((1, 0, "OTH"),))
    read = predictor.predict(["How many OTH-controlled firms are there?"], [firms])[0].query
    assert read == Query(2, AGGREGATION_OPS.index("COUNT"), ((1, 0, "OTH"),))   # a count stays a count


def test_a_frequency_tables_counts_are_summed_for_how_many():
    from wikisql.corrections import sum_of_counts
    phds = Table("phds", ["type", "sex", "citizen", "count", "count11"], ["text", "text", "text", "real", "real"],
                 [["I", "Male", "US", 130, 120], ["I", "Female", "US", 40, 52], ["II", "Female", "Non-US", 9, 12]])
    women = Query(4, 3, ((1, 0, "Female"),))   # "How many PhDs in 2011-12 went to women?" decoded COUNT(count11)
    assert sum_of_counts("How many PhDs in 2011-12 went to women?", women, phds, lambda q: 2) == \
        Query(4, 4, ((1, 0, "Female"),))
    one = Query(1, 3, ((0, 0, "I"), (1, 0, "Male")))   # COUNT(sex) of one row: that row's count, of 2008 (`count`)
    assert sum_of_counts("How many new PhDs were male from group I?", one, phds, lambda q: 1) == \
        Query(3, 0, ((0, 0, "I"), (1, 0, "Male")))
    rows = Query(0, 3, ((3, 1, "100"),))   # a condition on the counts: the rows are counted
    assert sum_of_counts("How many categories had more than 100 PhDs?", rows, phds, lambda q: 2) is rows
    types = Query(0, 3, ((1, 0, "Female"),))   # "types" names `type`: rows counted
    assert sum_of_counts("How many types had women?", types, phds, lambda q: 2) is types
    batting = Table("bat", ["name", "team", "r", "n"], ["text", "text", "real", "real"],
                    [["A", "Bos", 3, 500], ["B", "Bos", 4, 420], ["C", "Cle", 1, 300]])
    players = Query(0, 3, ((1, 0, "Bos"),))   # `n` at bats beside other numbers: no frequency table
    assert sum_of_counts("How many of these players were on Bos?", players, batting, lambda q: 2) is players


def test_a_total_of_a_whole_column_is_its_sum_after_conditions_were_dropped():
    from wikisql.corrections import total_of_whole_column
    trees = Table("trees", ["rownames", "Girth", "Volume"], ["real", "real", "real"], [[1, 8.3, 10.3], [2, 8.6, 10.3]])
    counted = Query(2, 3, ())
    assert total_of_whole_column("Total timber volume of all the cherry trees?", counted, trees) == Query(2, 4, ())
    assert total_of_whole_column("How many volumes are there?", counted, trees) is counted   # no total asked
    assert total_of_whole_column("Total volume?", Query(2, 3, ((1, 0, "8.3"),)), trees).agg == 3   # conditioned


def test_a_number_said_once_belongs_to_one_column():
    from wikisql.corrections import close_brackets, one_column_per_number
    melanoma = Table("m", ["rownames", "sex", "thickness", "Girth"], ["real", "real", "real", "real"],
                     [[1, 0, 6.76, 8], [2, 1, 0.65, 31]])
    bracketed = Query(2, 1, ((1, 0, "0"), (2, 0, "0)")))
    assert close_brackets(bracketed) == Query(2, 1, ((1, 0, "0"), (2, 0, "0")))
    assert close_brackets(Query(2, 0, ((1, 0, "(0)"),))) == Query(2, 0, ((1, 0, "(0)"),))   # opened: kept
    question = "Thickest tumour recorded among women (sex 0), in millimetres?"
    assert one_column_per_number(question, close_brackets(bracketed), melanoma) == Query(2, 1, ((1, 0, "0"),))
    tree = Query(2, 0, ((0, 0, "31"), (3, 0, "31")))   # "tree" names no column: the row names keep it
    assert one_column_per_number("What is the thickness of tree 31?", tree, melanoma) == Query(2, 0, ((0, 0, "31"),))
    girth = Query(2, 0, ((0, 0, "31"), (3, 0, "31")))   # "girth 31" names `Girth`
    assert one_column_per_number("What is the thickness at girth 31?", girth, melanoma) == Query(2, 0, ((3, 0, "31"),))
    compared = Query(2, 0, ((0, 1, "13"), (3, 1, "13")))   # a comparison: not the row names'
    assert one_column_per_number("Thickness of trees thicker than 13?", compared, melanoma) == \
        Query(2, 0, ((3, 1, "13"),))
    twice = Query(2, 0, ((0, 0, "1"), (1, 0, "1")))   # said twice: both stay
    assert one_column_per_number("Thickness of patient 1 of sex 1?", twice, melanoma) is twice
    makers = Table("makers", ["state", "va", "capital", "nfirm"], ["text", "real", "real", "real"],
                   [["Ohio", 9000.5, 700.2, 310], ["Utah", 800.1, 90.3, 40]])
    both = Query(2, 1, ((1, 2, "200"), (3, 2, "200")))   # "200 firms" names `nfirm`, not `va`
    assert one_column_per_number("Largest capital input among states with under 200 firms?", both, makers) == \
        Query(2, 1, ((3, 2, "200"),))
    assert one_column_per_number("Largest capital among states under 200?", both, makers) is both   # unnamed
    assert one_column_per_number("Largest capital among states with under 200 firms and va?", both, makers) is both
    yields = Table("yields", ["Loc", "Var", "Y1", "Y2"], ["text", "real", "real", "real"],
                   [["UF", 1, 81.0, 80.7], ["W", 2, 105.4, 49.9]])
    twice = Query(0, 0, ((1, 0, "49.9"), (3, 0, "49.9")))   # only `Y2` has a 49.9
    assert one_column_per_number("At which location did a variety yield 49.9 in 1932?", twice, yields) == \
        Query(0, 0, ((3, 0, "49.9"),))


def test_a_row_named_by_its_noun_and_number_is_a_condition_on_the_row_numbers():
    from wikisql.corrections import add_row_number
    gas = Table("gas", ["rownames", "Insul", "Temp", "Gas"], ["real", "text", "real", "real"],
                [[1, "Before", -0.8, 7.2], [2, "Before", -0.7, 6.9], [3, "After", 0.4, 6.4]])
    assert add_row_number("Was week 3 before or after the insulation?", Query(1, 0, ()), gas) == \
        Query(1, 0, ((0, 0, "3"),))
    moved = Query(3, 0, ((2, 0, "2"),))   # "week" names no column: not `Temp = 2`
    assert add_row_number("How much gas was used in week 2?", moved, gas) == Query(3, 0, ((0, 0, "2"),))
    assert add_row_number("How much gas at temp 2?", moved, gas) is moved   # "temp" names `Temp`
    assert add_row_number("Which of the top 2 weeks used gas?", Query(3, 0, ()), gas) == Query(3, 0, ())
    assert add_row_number("How much gas did the big 3 use?", Query(3, 0, ()), gas) == Query(3, 0, ())   # a name
    named = Table("gas", ["rownames", "Gas"], ["text", "real"], [["Mon", 7.2], ["Tue", 6.9]])
    assert add_row_number("How much gas in week 2?", Query(1, 0, ()), named) == Query(1, 0, ())   # no row numbers


def test_words_compared_with_a_text_cell_are_equal_and_a_year_spans_end_is_no_value():
    from wikisql.corrections import text_compared_as_equal
    gas = Table("gas", ["Insul", "Temp", "count11"], ["text", "real", "real"],
                [["Before", -0.8, 5], ["After", 0.4, 12]])
    assert text_compared_as_equal(Query(1, 3, ((0, 2, "before"), (1, 2, "0"))), gas) == \
        Query(1, 3, ((0, 0, "before"), (1, 2, "0")))
    assert text_compared_as_equal(Query(1, 3, ((0, 2, "middle"),)), gas) == Query(1, 3, ((0, 2, "middle"),))
    ranged = Query(0, 0, ((2, 0, "12"),))
    assert drop_header_numbers(ranged, gas, "Which insulation had the most in 2011-12?") == Query(0, 0, ())
    assert drop_header_numbers(ranged, gas, "Which insulation had 12 in 2011-12?") == ranged   # said on its own


def test_a_choice_between_two_cells_selects_their_column():
    from wikisql.corrections import choose_between_cells
    gas = Table("gas", ["rownames", "Insul", "Temp"], ["real", "text", "real"],
                [[1, "Before", -0.8], [2, "After", 0.4]])
    decoded = Query(2, 0, ((0, 0, "2"), (1, 0, "after")))
    assert choose_between_cells("Was week 2 before or after the insulation?", decoded, gas) == \
        Query(1, 0, ((0, 0, "2"),))
    assert choose_between_cells("In 1976, was week 2 before or after it?", decoded, gas) == Query(1, 0, ((0, 0, "2"),))
    assert choose_between_cells("Which week was before or after it?", decoded, gas) is decoded   # no yes/no question
    assert choose_between_cells("Was week 2 before the insulation?", decoded, gas) is decoded   # one cell
    assert choose_between_cells("Was week 2 before or after it warmer?", decoded, gas) is decoded   # a comparison
    kinds = Table("k", ["kind", "name"], ["text", "text"], [["wind", "iav"], ["energy", "loss"]])
    assert choose_between_cells("Is iav a wind or an energy uncertainty?", Query(1, 0, ((0, 0, "wind"), (1, 0, "iav"))),
                                kinds) == Query(0, 0, ((1, 0, "iav"),))   # "a ... or an ...": two cells


def test_a_number_right_after_its_columns_word_is_that_value_unless_a_comparing_word_comes_first():
    from wikisql.corrections import headed_values_equal, sum_of_counts
    beaver = Table("beaver", ["day", "time", "temp"], ["real", "real", "real"], [[346, 840, 36.3], [347, 900, 37.1]])
    decoded = Query(2, 5, ((0, 2, "346"), (1, 2, "1200")))
    assert headed_values_equal("Mean temp of the beaver on day 346 before time 1200?", decoded, beaver) == \
        Query(2, 5, ((0, 0, "346"), (1, 2, "1200")))
    assert headed_values_equal("Mean temp before day 346 and before time 1200?", decoded, beaver) is decoded
    assert headed_values_equal("Mean temp under 346 and before time 1200?", decoded, beaver) is decoded   # no "day"
    assert headed_values_equal("Mean temp before the day 346 and before time 1200?", decoded, beaver) is decoded
    assert headed_values_equal("Mean temp of pre-day 346 and before time 1200?", decoded, beaver) is decoded
    assert headed_values_equal("Mean temp on day 346 or later, before time 1200?", decoded, beaver) is decoded
    wind = Table("wind", ["direction", "strength", "frequency"], ["text", "text", "real"],
                 [["N", "1-3", 0.5], ["N", "4-4", 1.2], ["S", "4-4", 2.0]])
    counted = Query(0, 3, ((1, 0, "4-4"),))   # a frequency that is no whole number is no count of rows
    assert sum_of_counts("How many compass points at strength 4-4?", counted, wind, lambda q: 2) is counted


def test_a_column_that_counts_a_noun_is_named_by_it_and_answers_how_many():
    from wikisql.corrections import number_before_its_column, sum_of_counts
    from wikisql.encoding import counted_noun, names_column
    assert [counted_noun(w) for w in ("nfirm", "numstudents", "none", "north", "nation")] == \
        ["firm", "student", None, None, None]
    assert names_column(["firm"], "nfirm", "How many firms?") and not names_column(["one"], "none", "Which one?")
    makers = Table("makers", ["state", "va", "capital", "nfirm"], ["text", "real", "real", "real"],
                   [["Ohio", 9000.5, 700.2, 310], ["Utah", 800.1, 90.3, 40], ["Iowa", 700.0, 80.0, 55]])
    ohio = Query(1, 3, ((0, 0, "Ohio"),))   # COUNT(va) of one state
    assert sum_of_counts("How many transportation equipment firms were there in Ohio?", ohio, makers,
                         lambda q: 1) == Query(3, 0, ((0, 0, "Ohio"),))
    assert sum_of_counts("Number of firms in Ohio?", ohio, makers, lambda q: 1) == Query(3, 0, ((0, 0, "Ohio"),))
    assert sum_of_counts("How many states are there in Ohio?", ohio, makers, lambda q: 1) is ohio
    states = Query(0, 3, ((1, 1, "300"),))
    assert number_before_its_column("How many states have more than 300 firms?", states, makers) == \
        Query(0, 3, ((3, 1, "300"),))
    assert number_before_its_column("How many states have a va over 300 firms?", states, makers) is states   # named
    assert number_before_its_column("How many states have more than 3000 firms?", Query(0, 3, ((1, 1, "3000"),)),
                                    makers).conds[0].column == 1   # no state has so many firms: not `nfirm`
    studies = Table("bcg", ["Study", "Latitude", "Year"], ["real", "real", "real"],
                    [[1, 44, 1948], [2, 55, 1949], [3, 42, 1960]])
    in_1953 = Query(1, 0, ((2, 0, "1953"),))
    assert number_before_its_column("At what latitude was the 1953 study done?", in_1953, studies) is in_1953


def test_the_place_a_distance_is_measured_from_is_no_condition():
    from wikisql.corrections import drop_distance_origin
    departments = Table("dep", ["Department", "Region", "Distance"], ["text", "text", "real"],
                        [["Ain", "Rhone-Alpes", 477.0], ["Oise", "Picardie", 60.0], ["Var", "PACA", 800.0]])
    query = Query(0, 0, ((1, 0, "Paris"), (2, 1, "500")))   # Paris is no region: where the distances start
    assert drop_distance_origin("Which department lies more than 500 km from Paris?", query, departments) == \
        Query(0, 0, ((2, 1, "500"),))
    assert drop_distance_origin("Which department in Paris is over 500?", query, departments) is query   # not said
    picardie = Query(0, 0, ((1, 0, "Picardie"), (2, 1, "50")))   # a cell: a real condition
    assert drop_distance_origin("Which department is 50 km from Picardie?", picardie, departments) is picardie


def test_a_comparison_that_divides_no_row_of_its_column_moves_to_the_one_column_it_divides():
    districts = Table("caschool", ["district", "teachers", "enrltot", "testscr", "year"],
                      ["text", "real", "real", "real", "real"],
                      [["Sunol", 10.9, 195, 690.8, 1999], ["Manzanita", 11.2, 240, 661.2, 1999],
                       ["Fresno", 1429.0, 27176, 625.0, 1998], ["Oakland", 2400.0, 51000, 640.1, 1999]])
    decoded = Query(0, 3, ((1, 1, "10,000"),))   # no district has 10,000 teachers
    moved = comparison_in_range("How many districts have more than 10,000 students?", decoded, districts)
    assert moved == Query(0, 3, ((2, 1, "10,000"),))   # `enrltot`: the one column with districts on both sides
    assert comparison_in_range("How many districts have more than 10,000 teachers?", decoded, districts) == decoded
    edge = Query(0, 3, ((1, 2, "10.9"),))   # the least cell: "fewer than 10.9" is asked as said
    assert comparison_in_range("How many have under 10.9?", edge, districts) == edge
    brent = Table("brent", ["day", "DPB"], ["text", "real"], [["2008-01-02", 99.2], ["2008-07-03", 144.2]])
    text = Query(0, 0, ((0, 1, "$100"),))   # a number compared on a text column: to the one number column
    assert comparison_in_range("Of the days with Brent above $100, which ...?", text, brent) == \
        Query(0, 0, ((1, 1, "100"),))
    dated = Query(0, 0, ((0, 1, "2008"),))   # a year may compare dates: left alone
    assert comparison_in_range("Which days after 2008 ...?", dated, brent) == dated
    years = Query(0, 3, ((4, 2, "1998"),))   # years: "before 1998" means the year
    assert comparison_in_range("How many are before 1998?", years, districts) == years
    two = Query(0, 3, ((3, 1, "1,000"),))   # no score is above 1,000; both `teachers` and `enrltot` have rows on
    assert comparison_in_range("How many have more than 1,000?", two, districts) == two   # both sides: which?
    equal = Query(0, 0, ((1, 0, "27176"),))   # no district has 27,176 teachers; one enrols that many
    assert comparison_in_range("Which district has 27176?", equal, districts) == Query(0, 0, ((2, 0, "27176"),))
    counties = Table("uranium", ["ctfips", "cty", "lat", "Uppm"], ["real", "text", "real", "real"],
                     [[1, "AITKIN", 46.6, 0.50], [3, "ANOKA", 45.3, 0.43], [55, "LAKE", 47.6, 0.69],
                      [61, "ITASCA", 47.5, 0.72]])   # 47 divides `ctfips` and `lat`: the one the question names
    north = Query(1, 0, ((1, 1, "47"),), Order(3, True, 1))
    assert comparison_in_range("Among counties north of latitude 47, which has the highest Uppm?", north, counties) \
        == Query(1, 0, ((2, 1, "47"),), Order(3, True, 1))
    assert comparison_in_range("Among counties above 47, which has the highest Uppm?", north, counties) == north


def test_a_row_named_by_its_noun_and_number_given_twice_keeps_the_number():
    from wikisql.corrections import drop_row_said_twice
    universities = Table("university", ["rownames", "compop", "techn"], ["real", "real", "real"],
                         [[3, 12.0, 40.5], [4, 27.5, 61.0]])
    twice = Query(1, 0, ((2, 0, "university 4"), (0, 0, "4")))
    assert drop_row_said_twice(twice, universities) == Query(1, 0, ((0, 0, "4"),))
    once = Query(1, 0, ((2, 0, "university 4"),))   # no number given beside it: left (and declined later)
    assert drop_row_said_twice(once, universities) is once
    names = Table("teams", ["team", "wins"], ["text", "real"], [["Tower 4", 3], ["Tower 5", 4]])
    held = Query(1, 0, ((0, 0, "Tower 4"), (1, 0, "4")))   # a cell: a name, not the row said twice
    assert drop_row_said_twice(held, names) is held


def test_the_s_of_whats_is_no_value():
    constants = Query(1, 0, (Condition(0, 0, "electron g factor"), Condition(5, 0, "s")))   # `units` holds `s`
    assert drop_possessive_s("What's the electron g factor?", constants) == Query(1, 0, (Condition(0, 0,
                                                                                                 "electron g factor"),))
    assert drop_possessive_s("What is the electron g factor in s?", constants) is constants   # an "s" of its own
    assert drop_possessive_s("What is the electron g factor?", constants) is constants   # no "'s" to take it from


CUSHINGS = Table("cushings", ["rownames", "Tetrahydrocortisone", "Pregnanetriol", "Type"],
                 ["text", "real", "real", "text"],
                 [["a1", 3.1, 11.7, "a"], ["b1", 8.3, 1.6, "b"], ["b2", 3.8, 0.2, "b"], ["c1", 9.5, 3.4, "c"],
                  ["u1", 5.1, 0.4, "u"]])


def test_a_letter_code_said_after_its_column_is_a_condition():
    from wikisql.corrections import add_headed_codes, close_brackets, headed_code, select_other_than_given
    assert headed_code("How many type a patients have pregnanetriol above 1?", CUSHINGS, 3) == "a"
    assert headed_code("How many patients have a pregnanetriol above 1?", CUSHINGS, 3) is None   # "a" alone
    assert headed_code("Type a or type c?", CUSHINGS, 3) is None   # two codes: not one condition
    counted = Query(0, 3, ((2, 1, "1"),))
    assert add_headed_codes("How many type a patients have pregnanetriol above 1?", counted, CUSHINGS) == \
        Query(0, 3, ((2, 1, "1"), (3, 0, "a")))
    assert add_headed_codes("How many patients have pregnanetriol above 1?", counted, CUSHINGS) is counted
    races = Table("races", ["Driver", "Race 1", "Race 2"], ["text", "text", "text"],
                  [["Ann", "1", "2"], ["Bo", "2", "1"], ["Cy", "Ret", "DNS"]])   # a header with its number: places
    placed = Query(0, 0, ((1, 0, "7"),))
    assert add_headed_codes("Which driver placed 7 in race 1?", placed, races) is placed
    # "type b (bilateral hyperplasia)": the span stops at the bracket it opened
    assert close_brackets(Query(1, 5, ((3, 0, "b ("),))) == Query(1, 5, ((3, 0, "b"),))
    assert close_brackets(Query(1, 5, ((3, 0, "("),))) == Query(1, 5, ((3, 0, "("),))   # nothing left: kept
    # the code said after its column stays a condition: the select moves, as for a value said alone it drops
    echoed = Query(3, 0, ((2, 2, "0.3"), (3, 0, "b")))
    select = {0: -1.0, 1: -3.0, 2: -4.0, 3: -0.1}
    question = "Which type b patient has a pregnanetriol rate below 0.3?"
    assert select_other_than_given(echoed, select, question, CUSHINGS) == Query(0, 0, ((2, 2, "0.3"), (3, 0, "b")))
    assert select_other_than_given(echoed, select, "Which patient is b and below 0.3?", CUSHINGS) == \
        Query(3, 0, ((2, 2, "0.3"),))


def test_a_number_inside_another_value_is_no_condition_of_its_own():
    from wikisql.corrections import drop_numbers_inside_values
    well = Query(1, 0, ((0, 0, "34-19S"), (4, 0, "34")))
    assert drop_numbers_inside_values("What is the x coordinate of well 34-19S?", well) == \
        Query(1, 0, ((0, 0, "34-19S"),))
    assert drop_numbers_inside_values("What is the x of well 34-19S with por 34?", well) is well   # said alone too
    phrase = Query(1, 0, ((0, 0, "2 men"), (4, 1, "2")))   # a phrase is no code: the number may be its own
    assert drop_numbers_inside_values("How many corps lost more than 2 men?", phrase) is phrase


def test_a_cell_cut_short_takes_the_words_the_question_says_in_full():
    from wikisql.corrections import cells_cut_short
    leaders = Table("dd", ["ctryname", "ehead", "democracy", "regime"], ["text", "text", "text", "text"],
                    [["Bolivia", "Hugo Banzer", "Non-democracy", "Military Dict"],
                     ["Bolivia", "Lidia Gueiler", "Non-democracy", "Civilian Dict"],
                     ["Belize", "Manuel Esquivel", "Democracy", "Parliamentary Dem"],
                     ["Chile", "Patricio Aylwin", "Democracy", "Presidential Dem"]])
    military = Query(1, 3, ((0, 0, "Bolivia"), (3, 0, "military")))
    assert cells_cut_short("How many Bolivian leader spells were military dictatorships?", military, leaders) == \
        Query(1, 3, ((0, 0, "Bolivia"), (3, 0, "Military Dict")))
    # a cell of another column, said in full around the value: the condition moves there
    assert cells_cut_short("When did the only parliamentary democracy spell begin?",
                           Query(1, 0, ((2, 0, "democracy"),)), leaders) == Query(1, 0, ((3, 0, "Parliamentary Dem"),))
    # the value said alone, or the cell said as written, are left to the other decisions
    assert cells_cut_short("How many military spells?", military, leaders) is military
    whole = Query(1, 3, ((3, 0, "Military Dict"),))
    assert cells_cut_short("How many Military Dict spells?", whole, leaders) is whole



def test_a_verb_before_a_number_names_no_row_and_a_row_number_moves_to_the_column_named():
    from wikisql.corrections import add_row_number, move_off_row_numbers
    reading = Table("reading", ["rownames", "group", "post.test.1", "post.test.3"], ["real", "text", "real", "real"],
                    [[1, "Basal", 15, 41], [2, "DRTA", 9, 57], [3, "Strat", 12, 48]])
    scored = Query(0, 0, ((3, 0, "57"),))   # "scored 57": a score, not student 57
    assert add_row_number("Which student scored 57 on the third post-test?", scored, reading) is scored
    assert add_row_number("What was the group of student 2?", Query(1, 0, ()), reading) == \
        Query(1, 0, ((0, 0, "2"),))   # a noun and its number: the row
    scores = Table("scores", ["rownames", "group", "score"], ["real", "text", "real"],
                   [[1, "Basal", 15], [2, "DRTA", 9], [3, "Strat", 12]])
    on_rows = Query(1, 0, ((0, 0, "15"),))   # the model's own row number: the column the words name
    assert move_off_row_numbers("Which group had a score of 15?", on_rows, scores) == Query(1, 0, ((2, 0, "15"),))
    student = Query(1, 0, ((0, 0, "3"),))
    assert move_off_row_numbers("Which group is student 3 in, by score?", student, scores) is student   # a row
    assert move_off_row_numbers("Which group had a score of 3?", student, scores) is student   # no cell 3 there
    assert move_off_row_numbers("In which group is the student who scored 15 on post-test 1?", on_rows, reading) \
        is on_rows   # two post-tests: which one is not said by a word


def test_a_comparison_said_of_people_is_of_their_age():
    from wikisql.corrections import compared_by_age
    fitness = Table("fitness", ["oxy", "age", "runtime", "rstpulse"], ["real"] * 4,
                    [[44.6, 44, 11.4, 62], [45.3, 40, 10.1, 62], [54.3, 51, 8.6, 48], [59.6, 38, 9.2, 56]])
    decoded = Query(0, 3, (Condition(2, 2, "10"), Condition(3, 1, "45")))   # "over 45" put on `rstpulse`
    assert compared_by_age("How many men over 45 finished the run in under 10 minutes?", decoded, fitness) == \
        Query(0, 3, (Condition(2, 2, "10"), Condition(1, 1, "45")))
    assert compared_by_age("How many men with a resting pulse over 45 ran under 10 minutes?", decoded, fitness) \
        is decoded   # the question names `rstpulse`
    assert compared_by_age("How many men over 90 finished?", Query(0, 3, (Condition(3, 1, "90"),)), fitness) == \
        Query(0, 3, (Condition(3, 1, "90"),))   # no one is 90: no age
    assert compared_by_age("How many runs over 45 ...?", decoded, fitness) is decoded   # not said of people


def test_a_sibling_column_whose_token_the_question_says_replaces_the_one_it_does_not():
    from wikisql.corrections import said_sibling_columns
    weather = Table("w", ["row ID", "MinTemp", "MaxTemp", "Pressure9am", "Pressure3pm"],
                    ["text", "real", "real", "real", "real"],
                    [["Row1", 22.9, 40.9, 1006.3, 1003.4], ["Row2", 25.1, 42.0, 1004.1, 1001.0]])
    assert said_sibling_columns("What was the highest overnight minimum temperature?", Query(2, 1, ()), weather) == \
        Query(1, 1, ())
    assert said_sibling_columns("What was the highest maximum temperature?", Query(2, 1, ()), weather) == \
        Query(2, 1, ())   # its own token said
    counted = Query(0, 3, (Condition(4, 2, "1005"),))
    assert said_sibling_columns("On how many days was the 9am pressure below 1005 hPa?", counted, weather) == \
        Query(0, 3, (Condition(3, 2, "1005"),))
    assert said_sibling_columns("On how many days was the pressure below 1005 hPa?", counted, weather) is counted
    census = Table("c", ["age", "education", "education-num", "capital-gain", "capital-loss", "income"],
                   ["real", "text", "real", "real", "real", "text"],
                   [[39, "Bachelors", 13, 2174, 0, "<=50K"], [50, "HS-grad", 9, 0, 1902, ">50K"]])
    assert said_sibling_columns("What is the income of the person with the largest capital losses?",
                                Query(5, 0, (), Order(3, True, 1)), census) == Query(5, 0, (), Order(4, True, 1))
    assert said_sibling_columns("What is the education of the oldest person?", Query(2, 0, (), Order(0, True, 1)),
                                census) == Query(1, 0, (), Order(0, True, 1))   # the plain column, not its code
    rebounds = Table("r", ["Player", "Off Reb", "Total Reb"], ["text", "real", "real"], [["Ann", 3, 9]])
    offensive = Query(1, 3, ())
    assert said_sibling_columns("What is the total number of offensive rebounds?", offensive, rebounds) is offensive
    finals = Table("f", ["Year", "Men's singles", "Men's doubles", "Women's singles"], ["real", "text", "text", "text"],
                   [[2001, "A", "B", "C"]])
    doubles = Query(2, 0, (Condition(3, 0, "C"),))
    assert said_sibling_columns("Who won the Men's Double the year C won the Women's Singles?", doubles, finals) \
        is doubles   # its own token said in the singular
    coded = Query(2, 0, (), Order(0, True, 1))
    assert said_sibling_columns("What is the education number of the oldest person?", coded, census) is coded
    enrolment = Table("universite", ["rownames", "Doctorat-F", "Doctorat-H", "Doctorat", "Master-F", "Master-H"],
                      ["text"] + ["real"] * 5, [["Droit", 4029, 4342, 8371, 42371, 21693],
                                                ["Lettres", 3900, 2800, 6700, 30000, 12000]])
    plain = Query(0, 0, (), Order(3, True, 1))
    assert said_sibling_columns("Which discipline has the most male doctoral students?", plain, enrolment) == \
        Query(0, 0, (), Order(2, True, 1))   # the header and one token more, said: `-H` (hommes) for men
    assert said_sibling_columns("Which discipline has the most doctoral students?", plain, enrolment) is plain
    women = Query(5, 1, ())   # MAX(Master-H)
    assert said_sibling_columns("What's the largest number of women master's students?", women, enrolment) == \
        Query(4, 1, ())   # `-F` for women, not `-H`
    teams = Table("ncaa", ["school", "conf_wins_pct", "reg_wins_pct", "total_wins_pct", "tourney_wins", "conf_wins"],
                  ["text"] + ["real"] * 5, [["UConn", 100.0, 100.0, 100.0, 4, 16], ["Oregon", 88.9, 90.3, 86.1, 3, 16]])
    best = Query(0, 0, (), Order(1, True, 1))
    assert said_sibling_columns("Which team had the best overall win percentage?", best, teams) == \
        Query(0, 0, (), Order(3, True, 1))   # "overall": `total`
    assert said_sibling_columns("Which team had the best conference win percentage?", best, teams) is best
    summed = Query(5, 4, ())
    assert said_sibling_columns("Add up the tournament wins of all teams.", summed, teams) == Query(4, 4, ())


def test_the_tables_own_year_or_name_is_no_condition():
    from wikisql.corrections import drop_table_year
    routes = Table("chicago_ohare_air_routes_1997", ["S_CITY", "E_CITY", "year", "FARE"],
                   ["text", "text", "real", "real"],
                   [["Chicago IL", "Denver CO", 1997, 170.0], ["Chicago IL", "Miami FL", 1997, 150.0]])
    ohare = Query(1, 0, ((0, 0, "O'Hare"),), Order(3, True, 1))   # "... the highest fare from O'Hare?"
    assert drop_table_year(ohare, routes) == Query(1, 0, (), Order(3, True, 1))
    year = Query(3, 1, ((2, 0, "1997"),))   # every row is of 1997 and says so: kept (a cell)
    assert drop_table_year(year, routes) is year
    denver = Query(3, 0, ((1, 0, "Denver CO"),))   # a cell
    assert drop_table_year(denver, routes) is denver
    boston = Query(3, 0, ((1, 0, "Boston"),))   # no cell, but no word of the table's name either
    assert drop_table_year(boston, routes) is boston
    cars = Table("auto_mpg_1980", ["name", "mpg", "cylinders"], ["text", "real", "real"], [["vw rabbit", 41.5, 4]])
    assert drop_table_year(Query(1, 1, ((2, 0, "1980"),)), cars) == Query(1, 1, ())   # "these 1980 cars"


def test_a_percentile_said_reads_its_column_of_a_family_of_percentiles():
    from wikisql.corrections import the_percentile_said
    from wikisql.declining import cannot_answer
    from wikisql.encoding import percentile_readings
    chart = Table("stature", ["Sex", "Agemos", "M", "P5", "P50", "P95", "P97"], ["real"] * 7,
                  [[1, 24.5, 86.9, 81.1, 86.9, 92.6, 93.5], [1, 60.5, 109.6, 102.3, 109.6, 117.0, 118.4],
                   [1, 216.5, 176.8, 164.4, 176.8, 189.1, 191.6]])
    question = "What is the 97th percentile height at 60.5 months?"
    assert percentile_readings(chart.header, question) == [None] * 6 + ["percentile"]
    assert percentile_readings(["P3", "P50"], question) == [None, None]   # two: no family
    decoded = Query(2, 0, ((1, 0, "60.5"),))   # the model's SELECT `M`
    assert the_percentile_said(question, decoded, chart) == Query(6, 0, ((1, 0, "60.5"),))
    assert cannot_answer(question, decoded, chart) is None   # a column holds that percentile
    ordered = Query(1, 0, (), Order(2, False, 3))
    assert the_percentile_said("Which three ages have the smallest 5th-percentile height?", ordered, chart) == \
        Query(1, 0, (), Order(3, False, 3))
    assert the_percentile_said("What is the median height at 60.5 months?", decoded, chart) is decoded
    reason = cannot_answer("What is the 99th percentile height at 60.5 months?", decoded, chart)
    assert reason is not None and "statistic" in reason   # no column holds the 99th


def test_how_many_counts_rows_not_the_numbers_that_name_them():
    from wikisql.corrections import count_not_row_numbers, numbers_the_rows, value_of_one_row
    bushes = Table("mesquite", ["obs", "group", "total_height", "canopy_height"], ["real", "text", "real", "real"],
                   [[1, "MCD", 1.3, 1.0], [2, "MCD", 1.9, 1.4], [3, "ALL", 2.2, 1.7], [4, "MCD", 1.6, 1.1]])
    assert numbers_the_rows(bushes, 0) and not numbers_the_rows(bushes, 2)
    summed = Query(0, 4, ((2, 1, "1.5"), (1, 0, "MCD")))   # SUM(obs)
    assert count_not_row_numbers("How many MCD bushes are taller than 1.5 m?", summed, bushes) == \
        Query(0, 3, ((2, 1, "1.5"), (1, 0, "MCD")))
    assert count_not_row_numbers("How many times was a bush taller than 1.5 m?", summed, bushes) is summed
    children = Table("anthro", ["id", "oedema", "WEIGHT"], ["real", "text", "real"],
                     [[181, "y", 12.1], [182, "n", 13.0], [190, "n", 11.2]])
    counted = Query(0, 3, ((1, 0, "y"),))   # one child has oedema: its count, not its id
    assert value_of_one_row(counted, children, lambda q: 1, no_aggregation=0.0) is counted
    assert count_not_row_numbers("How many children have oedema y?", Query(0, 0, ((1, 0, "y"),)), children) == counted


def test_a_weather_adjective_asks_its_measure_and_a_number_said_with_a_headers_unit_is_no_condition():
    from wikisql.corrections import select_the_measure_asked
    weather = Table("weather", ["DAY", "TEMPERATURE_MIN", "TEMPERATURE_MAX", "WINDSPEED_10M", "ES0"],
                    ["text", "real", "real", "real", "real"],
                    [["03-JUN-13", 9.5, 16.0, 4.1, 2.2], ["04-JUN-13", 11.0, 18.5, 7.9, 3.1]])
    day = Query(4, 0, ((0, 0, "04-JUN-13"),))
    assert select_the_measure_asked("How windy was it on 04-JUN-13?", day, weather) == \
        Query(3, 0, ((0, 0, "04-JUN-13"),))
    assert select_the_measure_asked("How sunny was it on 04-JUN-13?", day, weather) is day   # no sun column
    decoded = Query(3, 5, ((1, 1, "10"),))   # "10 metres" read as a temperature above 10
    assert drop_header_numbers(decoded, weather, "What's the average wind speed at 10 metres?") == Query(3, 5, ())
    assert drop_header_numbers(decoded, weather, "What's the average wind speed above 10 degrees?") == decoded


def test_a_clause_no_cell_holds_on_a_column_of_short_cells_is_no_value():
    from wikisql.corrections import drop_clause_values
    missions = Table("parking", ["country", "code", "violations"], ["text", "text", "real"],
                     [["Egypt", "EGY", 139.4], ["Angola", "AGO", 50.0], ["Kuwait", "KWT", 246.2]])
    ran_on = Query(2, 0, ((0, 0, "Egypt"), (1, 0, "UN mission rack up before the 2002 crackdown")))
    assert drop_clause_values(ran_on, missions) == Query(2, 0, ((0, 0, "Egypt"),))
    short = Query(2, 0, ((1, 0, "UN mission"),))   # two words: left (and declined if no row has it)
    assert drop_clause_values(short, missions) is short
    titles = Table("films", ["title", "gross"], ["text", "real"], [["Gone with the Wind", 402], ["Jaws", 260]])
    long_cells = Query(1, 0, ((0, 0, "Gone with the Wind again"),))   # a column of long cells: left
    assert drop_clause_values(long_cells, titles) is long_cells


def test_a_column_qualified_in_parentheses_gives_way_to_the_plain_one_when_the_qualifier_is_not_said():
    from wikisql.corrections import unqualified_columns
    chips = Table("cpus", ["Model", "TDP", "TDP (Base)", "Cores (P)", "Cores (E)", "Cores"],
                  ["text"] + ["real"] * 5, [["Atom C2308", 6.0, None, None, None, 2.0],
                                           ["Core Ultra 7 265H", 28.0, 28.0, 6.0, 8.0, 16.0]])
    decoded = Query(0, 0, ((3, 0, "8"),), Order(1, False, 1))   # "8-core" read as `Cores (P)`
    assert unqualified_columns("Among the 8-core chips, which has the lowest TDP?", decoded, chips) == \
        Query(0, 0, ((5, 0, "8"),), Order(1, False, 1))
    base = Query(0, 0, ((2, 0, "45"),))
    assert unqualified_columns("Which model has a base TDP of 45 W?", base, chips) is base   # "base" said
    assert unqualified_columns("Which chips have 6 P cores?", decoded, chips) is decoded   # "P" said
    performance = Query(3, 0, ((0, 0, "Core Ultra 7 265H"),))
    assert unqualified_columns("How many performance cores does the Core Ultra 7 265H have?", performance, chips) \
        is performance   # "performance" starts with the code's letter, right before "cores"


def test_a_code_the_header_labels_is_a_condition_when_its_label_is_said():
    from wikisql.corrections import coded_label_conditions, coded_labels
    assert coded_labels("Public (1)/ Private (2)") == {"public": "1", "private": "2"}
    assert coded_labels("sex (1=male, 2=female)") == {"male": "1", "female": "2"}
    assert coded_labels("pop15") == {} and coded_labels("Area (km2)") == {}   # a unit, not two labelled codes
    colleges = Table("colleges", ["College Name", "Public (1)/ Private (2)", "in-state tuition"],
                     ["text", "real", "real"], [["UMass Boston", 1, 3800], ["Amherst College", 2, 22000],
                                                ["Harvard University", 2, 21000], ["Salem State", 1, 2500]])
    select = {0: -1.0, 1: -0.5, 2: -3.0}
    average = Query(2, AGGREGATION_OPS.index("AVG"), ())
    assert coded_label_conditions("What is the average in-state tuition at the public colleges?", average, colleges,
                                  select) == Query(2, AGGREGATION_OPS.index("AVG"), ((1, 0, "1"),))
    counted = Query(0, AGGREGATION_OPS.index("COUNT"), ())
    assert coded_label_conditions("How many colleges are coded 2 in the public/private column?", counted, colleges,
                                  select) == Query(0, AGGREGATION_OPS.index("COUNT"), ((1, 0, "2"),))   # the code
    #                                                                         after "coded", though both labels are said
    which = Query(1, 0, ((2, 1, "20,000"),))   # "Which private college ...?" decoded SELECT the coded column
    assert coded_label_conditions("Which private college charges over 20,000?", which, colleges, select) == \
        Query(0, 0, ((2, 1, "20,000"), (1, 0, "2")))
    assert coded_label_conditions("Which college charges over 20,000?", which, colleges, select) is which
    # the model's own `= 1` on the coded column stays: a code the header labels, not a number naming the column
    assert drop_header_numbers(Query(2, 5, ((1, 0, "1"),)), colleges, "the public colleges, code 1") == \
        Query(2, 5, ((1, 0, "1"),))


def test_all_the_rows_counted_is_no_value_and_a_total_of_a_whole_column_is_its_sum():
    from wikisql.corrections import drop_counted_number_words, total_of_whole_column
    fitness = Table("fitness", ["oxy", "age", "weight"], ["real"] * 3, [[44.6, 44, 89.5], [45.3, 40, 75.1],
                                                                         [54.3, 44, 85.8]])
    counted = Query(2, 3, (Condition(0, 0, "3"),))   # "all 3 men" decoded `oxy = '3'`
    question = "What is the total weight of all 3 men?"
    assert drop_counted_number_words(question, counted, fitness) == Query(2, 3, ())
    assert total_of_whole_column(question, Query(2, 3, ()), fitness) == Query(2, 4, ())
    assert drop_counted_number_words("What is the weight of the man aged 3?", counted, fitness) is counted
    held = Query(1, 3, (Condition(0, 0, "3"),))
    aged = Table("t", ["age", "weight"], ["real", "real"], [[3, 10.0], [4, 12.0], [5, 13.0]])
    assert drop_counted_number_words("the weight of all 3 toddlers aged 3?", held, aged) is held   # a cell: a value
    population = Table("pop", ["Location", "PopMale"], ["text", "real"], [["Chad", 7.9], ["Mali", 9.9]])
    assert total_of_whole_column("What is the total male population of all the listed countries?",
                                 Query(1, 0, ()), population) == Query(1, 4, ())
    grouped = Query(1, 0, ())
    assert total_of_whole_column("What is the total male population of each country?", grouped, population) \
        is grouped   # a total per group


def test_a_state_of_matter_said_takes_the_tables_code():
    from wikisql.corrections import state_of_matter_cells
    substances = Table("thermo", ["Formula", "State", "H"], ["text", "text", "real"],
                       [["CO2", "g", -393.5], ["H2O", "l", -285.8], ["H2O", "g", -241.8], ["C", "sgraphite", 0.0],
                        ["CO32-", "aq", -677.1]])
    co2 = Query(2, 0, ((0, 0, "CO2"),))
    assert state_of_matter_cells("What is the enthalpy of gaseous CO2?", co2, substances) == \
        Query(2, 0, ((0, 0, "CO2"), (1, 0, "g")))
    assert state_of_matter_cells("enthalpy of H2O in the gas state?", Query(2, 0, ((0, 0, "H2O"), (1, 0, "gas"))),
                                 substances) == Query(2, 0, ((0, 0, "H2O"), (1, 0, "g")))
    assert state_of_matter_cells("Which liquid has the highest H?", Query(0, 0, (), Order(2, True, 1)),
                                 substances) == Query(0, 0, ((1, 0, "l"),), Order(2, True, 1))
    assert state_of_matter_cells("What is the enthalpy of CO2?", co2, substances) is co2   # no state said
    assert state_of_matter_cells("Is CO2 a gas or a liquid?", co2, substances) is co2   # two states
    held = Query(2, 0, ((0, 0, "H2O"), (1, 0, "l")))
    assert state_of_matter_cells("enthalpy of liquid water, H2O l?", held, substances) is held
    plain = Table("gas", ["station", "price"], ["text", "real"], [["Shell", 1.5], ["BP", 1.6]])
    assert state_of_matter_cells("the cheapest gas station?", Query(0, 0, ()), plain) == Query(0, 0, ())   # no codes


def test_a_day_or_month_named_in_full_takes_the_tables_abbreviation():
    from wikisql.corrections import calendar_cells
    dow = Table("dow", ["date", "day_of_week", "DJ_return"], ["text", "text", "real"],
                [["1987-10-19", "mon", -0.226], ["1987-10-21", "wed", 0.101], ["1987-10-23", "fri", 0.003]])
    assert calendar_cells(Query(2, 2, ((1, 0, "Monday"),)), dow) == Query(2, 2, ((1, 0, "mon"),))
    assert calendar_cells(Query(2, 5, ((1, 0, "Fridays"),)), dow) == Query(2, 5, ((1, 0, "fri"),))
    wrong = Query(2, 0, ((0, 0, "Wednesday"), (2, 1, "0.013")))   # put on `date`: moved to the column holding it
    assert calendar_cells(wrong, dow) == Query(2, 0, ((1, 0, "wed"), (2, 1, "0.013")))
    held = Query(2, 0, ((1, 0, "mon"),))
    assert calendar_cells(held, dow) is held   # a cell already
    assert calendar_cells(Query(2, 0, ((1, 0, "Sunday"),)), dow) == Query(2, 0, ((1, 0, "Sunday"),))   # none holds it
    months = Table("m", ["Month", "Rain"], ["text", "real"], [["Jan.", 10.0], ["Feb.", 8.5]])
    assert calendar_cells(Query(1, 0, ((0, 0, "January"),)), months) == Query(1, 0, ((0, 0, "Jan."),))


def test_a_value_cut_from_a_cell_said_whole_takes_the_cell():
    from wikisql.corrections import whole_cell_said
    inverters = Table("cec", ["Name", "Vac", "Paco"], ["text", "real", "real"],
                      [["Fronius USA: Fronius Symo 24.0-3 480 [480V]", 480, 23995],
                       ["Fronius USA: Fronius Symo 20.0-3 480 [480V]", 480, 19995],
                       ["Fronius USA: Fronius Primo 3.8-1 208-240 [208V]", 208, 3800]])
    question = "What is the Paco of the Fronius USA: Fronius Symo 24.0-3 480 [480V]?"
    cut = Query(2, 0, (Condition(0, 0, "24.0-3 480 [480V]"),))
    assert whole_cell_said(question, cut, inverters) == Query(2, 0, (Condition(0, 0, inverters.rows[0][0]),))
    # a cell, or a value the question does not say inside a whole cell, stays
    whole = Query(2, 0, (Condition(0, 0, "Fronius USA: Fronius Symo 24.0-3 480 [480V]"),))
    assert whole_cell_said(question, whole, inverters) is whole
    assert whole_cell_said("What is the Paco of the Symo 24.0-3?", Query(2, 0, (Condition(0, 0, "Symo 24.0-3"),)),
                           inverters) == Query(2, 0, (Condition(0, 0, "Symo 24.0-3"),))
    # another value no cell holds, said only inside the whole cell, goes: it was a piece of the name
    tvs = Table("tvs", ["Sub Category", "Price", "Title"], ["text", "real", "text"],
                [["TVs", 229.0, 'Hisense 32" Class - A45KV Series - 720p LED LCD TV'], ["TVs", 499.0, "LG 55 C3"]])
    asked = 'How much is the Hisense 32" Class - A45KV Series - 720p LED LCD TV?'
    pieces = Query(1, 0, (Condition(0, 0, "Hisense 32"), Condition(2, 0, "A45KV Series - 720p LED LCD TV")))
    assert whole_cell_said(asked, pieces, tvs) == Query(1, 0, (Condition(2, 0, tvs.rows[0][2]),))
    twice = Query(1, 0, (Condition(0, 0, "Hisense 32"), Condition(2, 0, "A45KV Series - 720p LED LCD TV")))
    kept = whole_cell_said("Is the Hisense 32 cheaper than the " + asked[12:], twice, tvs)
    assert kept.conds[0] == Condition(0, 0, "Hisense 32")   # said outside the cell too: stays (and is declined)


def test_a_race_distance_as_the_header_is_a_time():
    from wikisql.superlatives import read_superlative
    decathlon = Table("decathlon", ["rownames", "1500m", "Long.jump"], ["text", "real", "real"],
                      [["Clay", 301.5, 7.4], ["Sebrle", 265.4, 7.6]])
    slowest = read_superlative("Which athlete ran the slowest 1500 m?", Query(1, 1, ()), decathlon)   # MAX(1500m)
    assert slowest.order == Order(1, True, 1)   # the slowest run took the longest time
    fastest = read_superlative("Who ran the 1500 m fastest?", Query(1, 1, ()), decathlon)
    assert fastest.order == Order(1, False, 1)


ECONOMIES = Table("economies", ["id", "iso2Code", "name", "region"], ["text", "text", "text", "text"],
                  [["ISL", "IS", "Iceland", "Europe & Central Asia"], ["IND", "IN", "India", "South Asia"],
                   ["NAM", "NA", "Namibia", "Sub-Saharan Africa "], ["KGZ", "KG", "Kyrgyz Republic",
                                                                      "Europe & Central Asia"]])


def test_a_value_with_the_questions_full_stop_is_the_cell_without_it():
    from wikisql.corrections import trim_to_cells
    elements = Table("elements", ["element", "stability"], ["text", "real"], [["Mo", 0.3], ["Fe", 0.1]])
    assert trim_to_cells(Query(1, 0, (Condition(0, 0, "Mo."),)), elements).conds == (Condition(0, 0, "Mo"),)
    assert trim_to_cells(Query(1, 0, (Condition(0, 0, "Fe?"),)), elements).conds == (Condition(0, 0, "Fe"),)


def test_a_value_is_written_as_its_cell_with_the_cells_spaces():
    from wikisql.corrections import cells_as_written
    said = Query(0, 3, (Condition(3, 0, "Sub-Saharan Africa"),))
    written = cells_as_written(said, ECONOMIES)
    assert written.conds == (Condition(3, 0, "Sub-Saharan Africa "),)
    with Database.from_tables([ECONOMIES]) as db:   # the database compares the text as written
        assert db.execute("economies", said) == [0] and db.execute("economies", written) == [1]
    exact = Query(0, 0, (Condition(2, 0, "india"),))
    assert cells_as_written(exact, ECONOMIES) is exact   # a cell already (case aside)


def test_a_function_word_is_no_code_value():
    from wikisql.corrections import drop_function_word_values
    coded = Query(2, 0, (Condition(1, 0, "is"), Condition(2, 0, "Kyrgyz Republic")))
    assert drop_function_word_values("What is the capital city of the Kyrgyz Republic?", coded).conds == \
        (Condition(2, 0, "Kyrgyz Republic"),)
    india = Query(2, 0, (Condition(1, 0, "in"),))
    assert drop_function_word_values("Southernmost capital in the list?", india).conds == ()
    cut = Query(2, 0, (Condition(1, 0, ", in"),))   # a span that took the comma before it
    assert drop_function_word_values("How tall, in mm, must a China visa photo be?", cut).conds == ()
    # a capital after the first word, or an article before it, makes it a name ("the do Mode": a note)
    assert drop_function_word_values("Which country has the code IN?", india) is india
    assert drop_function_word_values("atomic number of the element whose symbol is In", india) is india
    assert drop_function_word_values("What is the Depart of the do Mode?", Query(1, 0, (Condition(0, 0, "do"),))) \
        .conds == (Condition(0, 0, "do"),)
    # the article "a" after a function word is no room type `A`; after a header word it is a letter ("type a")
    room = Query(1, 0, (Condition(0, 0, "a"), Condition(2, 0, "Contract")))
    assert drop_function_word_values("How many bookings were on a Contract?", room).conds == (Condition(2, 0, "Contract"),)
    assert drop_function_word_values("Highest daily rate for a Transient-Party booking", room).conds == \
        (Condition(2, 0, "Contract"),)
    assert drop_function_word_values("How many patients of type a were treated?", room) is room
    assert drop_function_word_values("How many type a patients were on a ward?", room) is room   # one is a letter
    assert drop_function_word_values("What rate did the HUN guest pay in euros a night?", room).conds == \
        (Condition(2, 0, "Contract"),)   # "a night": per night


def test_an_n_letter_code_is_the_column_of_codes_that_long():
    from wikisql.corrections import code_of_its_length
    asked = Query(1, 0, (Condition(2, 0, "Namibia"),))   # the model's `iso2Code` for a three-letter code
    assert code_of_its_length("three-letter World Bank code of Namibia", asked, ECONOMIES).sel == 0
    assert code_of_its_length("Two-letter code for Namibia?", Query(0, 0, asked.conds), ECONOMIES).sel == 1
    assert code_of_its_length("Which economy has the two-letter code KG?", Query(2, 0, ()), ECONOMIES) == \
        Query(2, 0, (Condition(1, 0, "KG"),))
    assert code_of_its_length("What is the code of Namibia?", asked, ECONOMIES) is asked   # no length said
    assert code_of_its_length("five-letter code of Namibia", asked, ECONOMIES) is asked   # no such column


def test_which_noun_asks_its_name_not_its_kind():
    from wikisql.superlatives import name_not_its_kind
    languages = Table("languages", ["Id", "Language_Type", "Ref_Name"], ["text", "text", "text"],
                      [["deu", "L", "German"], ["lat", "H", "Latin"], ["eus", "L", "Basque"],
                       ["cym", "L", "Welsh"]])
    typed = Query(1, 0, (Condition(0, 0, "deu"),))
    assert name_not_its_kind("Which language is deu?", typed, languages) == Query(2, 0, typed.conds)
    assert name_not_its_kind("Which language type is deu?", typed, languages) is typed   # the kind is asked
    assert name_not_its_kind("Which code is deu?", typed, languages) is typed   # not the header's noun


def test_a_number_said_once_stays_on_the_column_its_words_name():
    from wikisql.corrections import number_on_its_named_column
    states = Table("cigarettes", ["state", "income", "tax", "packpc"], ["text", "real", "real", "real"],
                   [["AL", 30.0, 35.0, 110.0], ["AR", 33.0, 45.0, 120.0]])
    twice = Query(3, 5, (Condition(2, 2, "40"), Condition(1, 2, "40")))   # `tax < 40` and `income < 40`
    assert number_on_its_named_column("What is the mean packpc across states with a tax under 40?", twice,
                                      states) == Query(3, 5, (Condition(2, 2, "40"),))
    swapped = Query(3, 5, (Condition(1, 2, "40"), Condition(2, 2, "40")))
    assert number_on_its_named_column("mean packpc of states with a tax under 40", swapped, states) == \
        Query(3, 5, (Condition(2, 2, "40"),))
    # said of two columns joined by "and", or naming neither: both stay
    assert number_on_its_named_column("How many states have less than 40 tax and income?", twice, states) is twice
    assert number_on_its_named_column("How many states are under 40?", twice, states) is twice
    said_twice = Query(0, 3, (Condition(2, 2, "40"), Condition(1, 1, "40")))   # other operators: left
    assert number_on_its_named_column("tax under 40 and income over 40", said_twice, states) is said_twice


def test_a_total_of_a_column_of_counts_is_a_sum_whatever_it_counts(tokenizer):
    deaths = Table("deaths", ["Count", "Gender", "Region", "Site", "Population"],
                   ["real", "text", "text", "text", "real"],
                   [[3600, "M", "Ontario", "lung", 5.6e6], [2900, "F", "Ontario", "lung", 5.7e6],
                    [1700, "M", "Quebec", "lung", 3.6e6]])
    item = encode_one(tokenizer, "total cancer deaths in Ontario", deaths)
    plain = Query(0, 0, (Condition(2, 0, "Ontario"),))
    assert sum_for_total(item, plain, lambda q: 2) == Query(0, 4, plain.conds)
    assert sum_for_total(item, plain, lambda q: 1) == plain   # one row: its count
    item = encode_one(tokenizer, "cancer deaths in Ontario", deaths)
    assert sum_for_total(item, plain, lambda q: 2) == plain   # no total asked


def test_a_header_word_that_orders_rows_does_not_when_a_number_follows_it():
    from wikisql.corrections import adds_up, orders_rows
    assert orders_rows("Round") and orders_rows("Pick #") and orders_rows("Year") and orders_rows("draft_round")
    assert not orders_rows("round_1") and not orders_rows("Week 3 score") and not orders_rows("Points")
    assert adds_up("Combined first-round strokes of the CAN players", "round_1")
    assert not adds_up("Combined rounds of the CAN players", "round")


def test_a_kind_the_question_says_narrows_a_lookup_that_keeps_several_rows():
    from wikisql.corrections import add_said_kind
    modes = Table("modes", ["case", "alt", "ivt", "note"], ["real", "text", "real", "text"],
                  [[18, "train", 131, "no"], [18, "car", 176, "no"], [18, "bus", 240, "yes"], [19, "air", 60, "no"],
                   [19, "bus", 200, "yes"]])
    with Database.from_tables([modes]) as database:
        def rows_matched(query):   # as the engine counts: the selected column's cells the conditions keep
            counted = Query(query.sel, AGGREGATION_OPS.index("COUNT"), query.conds)
            return database.execute(modes.id, counted)[0]
        lookup = Query(2, 0, ((0, 0, "18"),))
        assert add_said_kind("What is the ivt of the bus for case 18?", lookup, modes, rows_matched) == \
            Query(2, 0, ((0, 0, "18"), (1, 0, "bus")))
        assert add_said_kind("What is the ivt of the plane for case 18?", lookup, modes, rows_matched) is lookup
        assert add_said_kind("What is the ivt of the air option for case 18?", lookup, modes, rows_matched) is lookup
        #                                                               (no row of case 18 is by air: left as decoded)
        one = Query(2, 0, ((0, 0, "19"), (3, 0, "yes")))
        assert add_said_kind("What is the bus ivt for case 19 (note yes)?", one, modes, rows_matched) is one   # one row
        counted = Query(2, AGGREGATION_OPS.index("COUNT"), ((0, 0, "18"),))   # a count too
        assert add_said_kind("How many bus rides did case 18 take?", counted, modes, rows_matched) == \
            Query(2, AGGREGATION_OPS.index("COUNT"), ((0, 0, "18"), (1, 0, "bus")))
        averaged = Query(2, AGGREGATION_OPS.index("AVG"), ((0, 0, "18"),))
        assert add_said_kind("What is the average ivt of the bus for case 18?", averaged, modes, rows_matched) \
            is averaged   # not another aggregation


def test_a_plural_header_said_in_the_singular_before_another_header_is_that_headers_modifier():
    from wikisql.corrections import head_noun_columns
    births = Table("births", ["year", "births", "rate"], ["real", "real", "real"],
                   [[1910, 2777000, 30.1], [1990, 4158000, 16.7], [2009, 4131000, 13.5]])
    assert head_noun_columns("What was the birth rate in 1990?", Query(1, 0, ((0, 0, "1990"),)), births) == \
        Query(2, 0, ((0, 0, "1990"),))
    ordered = Query(0, 0, (), Order(1, False, 2))
    assert head_noun_columns("Which two years had the lowest birth rates?", ordered, births) == \
        Query(0, 0, (), Order(2, False, 2))
    twice = Query(0, 0, ((1, 2, "15"), (2, 2, "15")))   # "a birth rate below 15" read on both: one condition
    assert head_noun_columns("How many years had a birth rate below 15?", twice, births) == \
        Query(0, 0, ((2, 2, "15"),))
    kept = Query(1, 0, ((0, 0, "1990"),))
    assert head_noun_columns("How many births were there in 1990, and what was the birth rate?", kept, births) is kept
    assert head_noun_columns("What were the births in 1990?", kept, births) is kept
    seats = Table("elections", ["date", "Uncontested", "Seats"], ["text", "real", "real"], [["1990", 3, 120]])
    most = Query(0, 0, (), Order(1, True, 1))   # "uncontested seats": an adjective, not a plural header's noun
    assert head_noun_columns("Which election saw the most uncontested seats?", most, seats) is most


def test_north_south_east_and_west_of_a_number_compare_the_latitude_or_longitude():
    from wikisql.corrections import compared_by_compass
    places = Table("nz", ["lat", "lon", "name"], ["real", "real", "text"],
                   [[-43.3, 172.7, "Woodend"], [-46.4, 168.3, "Invercargill"], [-36.8, 174.7, "Auckland"]])
    decoded = Query(2, AGGREGATION_OPS.index("COUNT"), ((0, 0, "latitude -45"),))
    assert compared_by_compass("How many places lie south of latitude -45?", decoded, places) == \
        Query(2, AGGREGATION_OPS.index("COUNT"), ((0, 2, "-45"),))
    assert compared_by_compass("Which places are east of 173?", Query(2, 0, ()), places) == \
        Query(2, 0, ((1, 1, "173"),))
    plain = Query(2, 0, ((0, 0, "-43.3"),))
    assert compared_by_compass("Which place is at latitude -43.3?", plain, places) is plain


def test_older_than_a_number_compares_the_age_and_a_count_gets_the_kind_said():
    from wikisql.corrections import add_said_kind, compared_by_age
    cases = Table("mers", ["Case #", "Age", "Health status", "Joly"], ["real", "real", "text", "real"],
                  [[1, 45, "Dead", 1], [2, 85, "Dead", 2], [3, 82, "Recovered", 3], [4, 90, "Critical", 4],
                   [80, 30, "Recovered", 5]])
    decoded = Query(0, AGGREGATION_OPS.index("COUNT"), ((0, 0, "80"),))   # "older than 80" read as case 80
    aged = compared_by_age("Of the cases older than 80, how many are listed as dead?", decoded, cases)
    assert aged == Query(0, AGGREGATION_OPS.index("COUNT"), ((1, 1, "80"),))
    with Database.from_tables([cases]) as database:
        def rows_matched(query):
            return database.execute(cases.id, Query(query.sel, AGGREGATION_OPS.index("COUNT"), query.conds))[0]
        counted = add_said_kind("Of the cases older than 80, how many are listed as dead?", aged, cases, rows_matched)
        assert counted == Query(0, AGGREGATION_OPS.index("COUNT"), ((1, 1, "80"), (2, 0, "Dead")))
        summed = Query(3, AGGREGATION_OPS.index("SUM"), ((1, 1, "80"),))
        assert add_said_kind("What is the total of the dead cases older than 80?", summed, cases, rows_matched) \
            is summed   # only a lookup or a count


def test_how_many_women_counts_the_rows_as_how_many_patients_does():
    from wikisql.corrections import count_the_rows_asked
    pima = Table("pima", ["Glucose", "Insulin", "Age", "Outcome"], ["real"] * 4,
                 [[148, 0, 50, 1], [183, 0, 52, 1], [89, 94, 51, 0]])
    with Database.from_tables([pima]) as database:
        def rows_matched(query):
            return database.execute(pima.id, Query(query.sel, AGGREGATION_OPS.index("COUNT"), query.conds))[0]
        decoded = Query(1, 0, ((3, 0, "1"),))
        assert count_the_rows_asked("How many women in this group have diabetes (Outcome 1)?", decoded, pima,
                                    rows_matched) == Query(1, AGGREGATION_OPS.index("COUNT"), ((3, 0, "1"),))
        assert count_the_rows_asked("How many people in this group have diabetes (Outcome 1)?", decoded, pima,
                                    rows_matched) is decoded   # an amount a column may hold (attendance)


def test_a_two_character_code_written_as_the_header_writes_it_is_selected():
    shapes = Table("w", ["shape", "d", "Zx", "PC", "Cw", "No"], ["text"] + ["real"] * 5,
                   [["W12X65", 12.1, 96.8, 66.0, 5780, 1], ["W10X33", 9.73, 38.8, 40.0, 791, 2]])
    plastic = Query(3, 0, ((0, 0, "W12X65"),))   # `PC` read as "plastic": the code written is the stronger word
    assert select_the_code_said("What's the plastic section modulus Zx of W12X65?", plastic, shapes).sel == 2
    assert select_the_code_said("What is the warping constant Cw of the W10X33?", Query(1, 0, ((0, 0, "W10X33"),)),
                                shapes).sel == 4
    # the code's column holding a word (the model's place for "W12X65", moved to `shape` later) is no use of it
    assert select_the_code_said("What's the section modulus Zx of W12X65?", Query(3, 0, ((2, 0, "W12X65"),)),
                                shapes).sel == 2
    assert select_the_code_said("What's the section modulus zx of W12X65?", plastic, shapes) is plastic   # not as
    assert select_the_code_said("Zx of W12X65?", plastic, shapes) is plastic   # first: maybe a capitalised word
    assert select_the_code_said("What is the d of No W12X65?", Query(1, 0, ((0, 0, "W12X65"),)), shapes).sel == 1


def test_the_cells_a_question_says_pick_the_rows_of_a_whole_column_lookup():
    from wikisql.corrections import add_the_cells_said
    from wikisql.content import ContentMatcher
    photos = Table("photos", ["country", "iso2", "document", "height_mm"], ["text", "text", "text", "real"],
                   [["China", "CN", "Visa", 48], ["China", "CN", "Passport", 48], ["India", "IN", "Passport", 35],
                    ["United States", "US", "Passport", 51]])
    matcher = ContentMatcher(photos.rows)

    def rows(query: Query) -> int:
        return sum(all(str(row[c.column]).lower() == str(c.value).lower() for c in query.conds)
                   for row in photos.rows)
    whole = Query(3, 0, ())
    said = add_the_cells_said("How tall, in mm, must a China visa photo be?", whole, photos, matcher.columns_of, rows)
    assert said.conds == (Condition(0, 0, "China"), Condition(2, 0, "visa"))
    longest = add_the_cells_said("What height does the United States want?", whole, photos, matcher.columns_of, rows)
    assert longest.conds == (Condition(0, 0, "United States"),)   # not `States` inside it, were it a cell
    for kept in (Query(3, 0, ((1, 0, "CN"),)), Query(3, 0, (), Order(3, True, 1))):
        assert add_the_cells_said("How tall must a China photo be?", kept, photos, matcher.columns_of, rows) is kept
    assert add_the_cells_said("How tall must a passport photo be?", whole, photos, matcher.columns_of,
                              rows).conds == (Condition(2, 0, "passport"),)   # some rows, not all
    highest = add_the_cells_said("Highest photo height for a passport?", Query(3, AGGREGATION_OPS.index("MAX"), ()),
                                 photos, matcher.columns_of, rows)   # an aggregate of the rows said
    assert highest.conds == (Condition(2, 0, "passport"),)
    nothing = add_the_cells_said("How tall must a photo be in Peru?", whole, photos, matcher.columns_of, rows)
    assert nothing is whole   # no cell said
    # a COUNT of all rows: a cell of any column, the counted one too
    counted = add_the_cells_said("How many photos are of a passport?", Query(2, AGGREGATION_OPS.index("COUNT"), ()),
                                 photos, matcher.columns_of, rows)
    assert counted.conds == (Condition(2, 0, "passport"),)
    # a number that is a cell of one number column and of no header
    sizes = Table("s", ["country", "Population", "Infant mortality (per 1000 births)"], ["text", "real", "real"],
                  [["Chile", 1000, 8.8], ["Peru", 9981334, 31.9]])
    numbers = ContentMatcher(sizes.rows)
    infant = Query(2, 0, ())
    assert add_the_cells_said("What is the infant mortality in the country of 9981334 people?", infant, sizes,
                              numbers.columns_of, lambda q: 1).conds == (Condition(1, 0, "9981334"),)
    assert add_the_cells_said("What is the infant mortality per 1000 births?", infant, sizes, numbers.columns_of,
                              lambda q: 1) is infant   # a number of a header
    assert add_the_cells_said("Which countries have per capita figures?", Query(0, 0, ()),
                              Table("c", ["country", "code"], ["text", "text"], [["Peru", "PER"], ["Chile", "CHL"]]),
                              ContentMatcher([["Peru", "PER"], ["Chile", "CHL"]]).columns_of, lambda q: 1) \
        == Query(0, 0, ())   # a short word in lower case is no capitalised code
    every = Table("t", ["kind", "size"], ["text", "real"], [["Visa", 1], ["Visa", 2]])
    assert add_the_cells_said("What size is a visa?", Query(1, 0, ()), every, ContentMatcher(every.rows).columns_of,
                              lambda q: 2) == Query(1, 0, ())   # a cell every row holds picks nothing


def test_a_number_compared_with_is_a_condition_on_the_aggregated_column_its_words_name():
    from wikisql.corrections import compare_the_aggregated_column
    abundances = Table("ab", ["Element", "aneb", "lodd"], ["text", "real", "real"],
                       [["H", 12.0, 12.0], ["C", 0.5, 0.3], ["O", 0.8, 0.9]])

    def rows(query: Query) -> int:
        with Database.from_tables([abundances]) as db:
            return db.execute("ab", Query(query.sel, AGGREGATION_OPS.index("COUNT"), query.conds))[0]
    largest = Query(1, AGGREGATION_OPS.index("MAX"), ())
    below = compare_the_aggregated_column("What's the largest aneb value below 1?", largest, abundances, rows)
    assert below.conds == (Condition(1, CONDITION_OPS.index("<"), "1"),)
    assert compare_the_aggregated_column("What's the largest aneb value where lodd is below 1?", largest,
                                         abundances, rows) is largest   # the words before name another column
    assert compare_the_aggregated_column("What's the largest aneb value below 0.1?", largest, abundances,
                                         rows) is largest   # no row passes
    counted = Query(1, AGGREGATION_OPS.index("COUNT"), ())
    assert compare_the_aggregated_column("How many aneb values below 1?", counted, abundances, rows) is counted
    given = Query(1, AGGREGATION_OPS.index("MAX"), ((2, CONDITION_OPS.index("<"), "1"),))
    assert compare_the_aggregated_column("largest aneb value with lodd below 1?", given, abundances, rows) is given


def test_a_unit_after_a_number_is_no_value():
    from wikisql.corrections import drop_unit_values
    fiber = Query(0, 0, (Condition(2, 0, "14"), Condition(1, 0, "g")))
    assert drop_unit_values("Which cereal has 14 g of fiber?", fiber).conds == (Condition(2, 0, "14"),)
    assert drop_unit_values("Which cereal has 14g of fiber?", fiber).conds == (Condition(2, 0, "14"),)
    maker = Query(0, 0, (Condition(1, 0, "G"),))
    assert drop_unit_values("Which cereal by maker G has 14 grams of fiber?", maker) is maker


def test_a_whole_date_said_is_split_over_day_month_and_year_columns():
    from wikisql.corrections import dates_in_parts
    days = Table("w", ["Station", "DD", "MM", "YYYY", "Tmax"], ["text", "real", "real", "real", "real"],
                 [["H", 8, 8, 2003, 25.1], ["H", 20, 8, 2003, 27.0], ["H", 8, 7, 2003, 21.9]])
    model = Query(4, 0, ((3, 0, "2003"),))   # the model's year alone
    assert dates_in_parts("What was Tmax at Hupsel on 20/8/2003?", model, days).conds == \
        (Condition(1, 0, "20"), Condition(2, 0, "8"), Condition(3, 0, "2003"))   # day first: no month 20
    assert dates_in_parts("What was Tmax at Hupsel on 8/20/2003?", model, days).conds == \
        (Condition(2, 0, "8"), Condition(1, 0, "20"), Condition(3, 0, "2003"))   # month first
    assert dates_in_parts("What was Tmax on 9/9/2003?", model, days) is model   # no such day
    assert dates_in_parts("Total Tmax in 07/2003?", Query(4, 4, ()), days).conds == \
        (Condition(2, 0, "7"), Condition(3, 0, "2003"))


def test_the_tables_row_count_compared_with_and_a_whole_columns_extreme():
    from wikisql.corrections import drop_counted_number_words, extreme_of_a_whole_column
    index = Table("ndx", ["Date", "Open", "Close", "Adj Close", "High"], ["text"] + ["real"] * 4,
                  [["2000-03-01", 1.0, 2.0, 2.0, 3.0], ["2000-03-02", 2.0, 3.0, 3.0, 4.0]])
    compared = Query(2, AGGREGATION_OPS.index("AVG"), ((1, CONDITION_OPS.index(">"), "2"),))
    assert drop_counted_number_words("the average close over these 2 sessions?", compared, index).conds == ()
    assert drop_counted_number_words("the average close of sessions opening over 2?", compared, index) is compared
    high = Query(4, 0, ())
    assert extreme_of_a_whole_column("What's the highest the index traded?", high, index) == \
        Query(4, AGGREGATION_OPS.index("MAX"), ())
    assert extreme_of_a_whole_column("What was the highest closing level of the index?", high, index) == \
        Query(2, AGGREGATION_OPS.index("MAX"), ())   # `Close`, not `Adj Close`
    assert extreme_of_a_whole_column("What was the lowest closing level?", high, index).agg == \
        AGGREGATION_OPS.index("MIN")
    assert extreme_of_a_whole_column("What are the highs?", high, index) is high
    dated = Query(4, 0, ((0, 0, "2000-03-01"),))
    assert extreme_of_a_whole_column("What's the highest on 2000-03-01?", dated, index) is dated   # a row named


def test_a_value_said_once_goes_to_the_column_its_words_name_two_words_back():
    from wikisql.corrections import split_repeated_values
    hhi = Table("h", ["#element", "HHI_production", "HHI_reserve"], ["text", "real", "real"],
                [["Y", 9500, 2800], ["Li", 2900, 5100]])
    both = Query(0, 0, ((1, CONDITION_OPS.index("<"), "3000"), (2, CONDITION_OPS.index("<"), "3000")))
    assert split_repeated_values("Which elements with production HHI below 3000 ...?", both, hhi).conds == \
        (Condition(1, CONDITION_OPS.index("<"), "3000"),)
    assert split_repeated_values("Of the elements whose reserve HHI is below 3000, which ...?", both, hhi).conds == \
        (Condition(2, CONDITION_OPS.index("<"), "3000"),)


def test_a_unit_said_moves_a_number_column_to_its_sibling_that_measures_it():
    from wikisql.corrections import measure_of_the_unit_said
    crops = Table("crops", ["county_id", "corn_area", "soybeans_area", "corn_pixel", "soybeans_pixel"], ["real"] * 5,
                  [[1, 100.5, 20.1, 300, 100], [2, 50.2, 40.0, 150, 217]])
    county = (Condition(0, 0, "10"),)
    assert measure_of_the_unit_said("Total corn hectares in county 10?", Query(3, 4, county), crops) == \
        Query(1, 4, county)
    assert measure_of_the_unit_said("How many segments have less than 80 hectares of corn?",
                                    Query(0, 3, (Condition(3, 2, "80"),)), crops) == Query(0, 3, (Condition(1, 2, "80"),))
    pixels = Query(3, 4, county)   # the column's own word said: kept
    assert measure_of_the_unit_said("Total corn pixels (hectares) in county 10?", pixels, crops) is pixels
    assert measure_of_the_unit_said("Total corn in county 10?", pixels, crops) is pixels   # no unit said
    counted = Query(3, 3, county)   # a COUNT counts rows whichever column
    assert measure_of_the_unit_said("How many corn hectares in county 10?", counted, crops) is counted


def test_an_age_said_as_n_year_old_is_a_condition_on_the_column_of_ages():
    from wikisql.corrections import aged_as_said
    infants = Table("ihdp", ["bw", "momage", "birth.o", "ppvt.imp"], ["real"] * 4,
                    [[800, 18, 1, 80.0], [1540, 26, 2, 90.5], [2240, 18, 1, 70.0]])
    cut = Query(3, 0, (Condition(0, 0, "800"), Condition(2, 0, "18-year-")))
    question = "What was the mother's PPVT score for the baby of 800 grams born to an 18-year-old?"
    assert aged_as_said(question, cut, infants).conds == (Condition(0, 0, "800"), Condition(1, 0, "18"))
    whole = Query(3, 0, (Condition(2, 0, "18 years old"),))
    assert aged_as_said("PPVT score of the child of the 18 years old mother?", whole, infants).conds == \
        (Condition(1, 0, "18"),)
    kept = Query(3, 0, (Condition(1, 0, "18"),))   # already a number on the ages
    assert aged_as_said(question, kept, infants) is kept
    two = Table("t", ["age", "mother age"], ["real", "real"], [[1, 18], [2, 26]])   # two columns of ages: left alone
    assert aged_as_said(question, Query(0, 0, (Condition(0, 0, "18-year-"),)), two).conds == \
        (Condition(0, 0, "18-year-"),)


@pytest.mark.parametrize("text, part, case", [
    ("The 34-19S well 34 and 34", "34", True), ("aAa aa AA", "aa", False), ("aAa aa AA", "aa", True),
    ("Zürich and ZÜRICH", "zürich", False), ("İstanbul istanbul", "istanbul", False), ("ﬁsh FISH", "fish", False),
    ("no match here", "xyz", False), ("ababab", "abab", False)])
def test_found_spans_are_what_re_finditer_finds(text, part, case):
    """corrections._found (str.find, no pattern compiled per value) against re.finditer, the reference."""
    import re
    from wikisql.corrections import _found
    flags = 0 if case else re.IGNORECASE
    assert _found(text, part, case) == [(m.start(), m.end()) for m in re.finditer(re.escape(part), text, flags)]


def test_remembered_keys_keep_numbers_and_booleans_apart():
    from wikisql.content import cell_key
    assert cell_key(1) == cell_key(1.0) == cell_key("1") == "#1.0"
    assert cell_key(True) == "true" and cell_key(1) == "#1.0"   # (remembered by type: True is no 1)


def test_a_number_and_its_unit_of_time_said_pick_the_glued_sibling_header():
    from wikisql.corrections import said_sibling_columns
    curve = Table("yields", ["day", "1month", "3month", "1year", "3year", "30year"], ["text"] + ["real"] * 5,
                  [["2001-01-02", 0.01, 0.02, 0.03, 0.04, 0.05], ["2001-01-03", 0.02, 0.01, 0.04, 0.03, 0.06]])
    decoded = Query(0, 3, (Condition(3, 1, "0.01"), Condition(5, 2, "0.0425")))
    assert said_sibling_columns("How many days had a 1-month yield above 0.01 and a 30-year yield below 0.0425?",
                                decoded, curve).conds == (Condition(1, 1, "0.01"), Condition(5, 2, "0.0425"))
    averaged = Query(3, 5, (Condition(4, 2, "0.005"),))
    assert said_sibling_columns("Average 1 year yield on days when the 3 month bill was under 0.005?", averaged,
                                curve) == Query(3, 5, (Condition(2, 2, "0.005"),))
    assert said_sibling_columns("Average 1 year yield on days when the 3 year note was under 0.005?", averaged,
                                curve) is averaged   # its own span said
    assert said_sibling_columns("Average 1 year yield when the 33 month rate was under 0.005?", averaged,
                                curve) is averaged   # "33 month" is no "3 month"
    unnamed = Table("u", ["*", "**", "1month"], ["real"] * 3, [[1, 5, 0.01], [2, 6, 0.02]])   # headers with no word
    assert said_sibling_columns("The star of the 1-month yield 0.01?", Query(0, 0, ((2, 0, 0.01),)), unnamed) == \
        Query(0, 0, ((2, 0, 0.01),))


def test_a_date_condition_naming_the_whole_stretch_the_table_covers_is_dropped():
    from wikisql.corrections import drop_whole_period
    nights = Table("nights", ["Date", "Temp"], ["text", "real"],
                   [["1989-12-01", 16.3], ["1990-01-15", 18.0], ["1990-02-28", 12.1]])
    average = Query(1, 5, (Condition(0, 0, "1989/90"),))
    assert drop_whole_period("What was the average minimum over the summer of 1989/90?", average, nights) == \
        Query(1, 5, ())
    assert drop_whole_period("The average minimum in 1990?", Query(1, 5, (Condition(0, 0, "1990"),)),
                             nights).conds == (Condition(0, 0, "1990"),)   # December 1989 is left out: kept
    quarter = Query(1, 1, (Condition(0, 0, "quarter"),))
    assert drop_whole_period("Highest minimum over the quarter?", quarter, nights) == Query(1, 1, ())
    first = Query(1, 1, (Condition(0, 0, "first week"),))
    assert drop_whole_period("Highest minimum in the first week?", first, nights) is first   # some rows only
    stocks = Table("s", ["dt", "high"], ["text", "real"], [["Oct 01, 2018", 261.0], ["Dec 28, 2018", 250.0]])
    assert drop_whole_period("Highest high during Q4 2018?", Query(1, 0, (Condition(0, 0, "Q4 2018"),)),
                             stocks) == Query(1, 0, ())
    assert drop_whole_period("Highest high during Q3 2018?", Query(1, 0, (Condition(0, 0, "Q3 2018"),)),
                             stocks).conds == (Condition(0, 0, "Q3 2018"),)
    named = Table("n", ["name", "high"], ["text", "real"], [["ann", 1.0], ["bob", 2.0]])   # no days: kept
    assert drop_whole_period("Highest in Q4 2018?", Query(1, 0, (Condition(0, 0, "Q4 2018"),)), named).conds == \
        (Condition(0, 0, "Q4 2018"),)


def test_one_value_said_once_keeps_one_of_two_columns_that_hold_it():
    from wikisql.corrections import split_repeated_values
    customers = Table("c", ["customerID", "PhoneService", "Churn", "Sector", "Subsector"], ["text"] * 5,
                      [["a-1", "Yes", "No", "Property", "Property"], ["a-2", "No", "Yes", "Property", "Holding"],
                       ["a-3", "Yes", "Yes", "Mining", "Mining"], ["a-4", "Yes", "Yes", "Mining", "Oil"],
                       ["a-5", "No", "No", "Mining", "Mining"]])
    twice = Query(0, 3, (Condition(1, 0, "Yes"), Condition(2, 0, "Yes")))
    assert split_repeated_values("How many customers have churn marked Yes?", twice, customers).conds == \
        (Condition(2, 0, "Yes"),)   # the column the question names
    kinds = Query(0, 0, (Condition(3, 0, "property"), Condition(4, 0, "property")))
    assert split_repeated_values("Which property company is oldest?", kinds, customers).conds == \
        (Condition(3, 0, "property"),)   # neither named: the broader column, fewer kinds
    said_twice = Query(0, 3, (Condition(1, 0, "Yes"), Condition(2, 0, "Yes")))
    assert split_repeated_values("How many said Yes to phone service and Yes to churn?", said_twice,
                                 customers) == said_twice


def test_a_kind_is_not_added_from_a_word_of_another_conditions_value():
    mining = Table("c", ["Company", "Sector", "Subsector"], ["text"] * 3,
                   [["A", "Mining and Oil", "Mining"], ["B", "Mining and Oil", "Mining"], ["C", "Property", "Oil"]])
    counted = Query(0, 3, (Condition(1, 0, "mining and oil"),))
    assert add_kind_condition("How many mining and oil companies are there?", counted, mining) == counted
    assert add_kind_condition("How many mining companies are there?", Query(0, 3, ()), mining).conds == \
        (Condition(2, 0, "Mining"),)   # the kind said on its own


def test_an_average_of_text_moves_to_the_tables_one_column_of_measures():
    from wikisql.corrections import arithmetic_on_numbers
    breaches = Table("b", ["Name", "Location", "Rank", "Affected", "Flag", "breach_end"],
                     ["text", "text", "real", "real", "real", "text"],
                     [["A", "Laptop", 1, 5257, 0, ""], ["B", "Paper", 2, 1900, 1, "2010-01-01"],
                      ["C", "Laptop", 3, 700, 1, ""]])
    decoded = Query(5, 5, (Condition(1, 0, "laptop"),))
    assert arithmetic_on_numbers("What was the average breach size for laptop thefts?", decoded, breaches) == \
        Query(3, 5, (Condition(1, 0, "laptop"),))   # not `Rank` (orders rows), not `Flag` (0/1)
    two = Table("t", ["Name", "Affected", "Cost"], ["text", "real", "real"],
                [["A", 1, 10], ["B", 2, 20], ["C", 3, 30]])
    assert arithmetic_on_numbers("Average breach size?", Query(0, 5, ()), two) == Query(0, 5, ())   # two: unknown


def test_how_many_of_the_rows_noun_counts_when_the_selected_column_names_each_row():
    from wikisql.corrections import count_the_rows_asked
    customers = Table("c", ["customerID", "Contract", "MonthlyCharges"], ["text", "text", "real"],
                      [["2928-HLDBA", "Two year", 20.7], ["0314-TKOSI", "Two year", 80.1],
                       ["1111-AAAAA", "Month-to-month", 50.0]])
    decoded = Query(0, 0, (Condition(1, 0, "Two year"),))
    assert count_the_rows_asked("How many customers are on a Two year contract?", decoded, customers,
                                lambda query: 2) == Query(0, 3, (Condition(1, 0, "Two year"),))


def test_a_day_or_an_average_of_a_named_text_column_is_left_as_decoded():
    from wikisql.corrections import arithmetic_on_numbers, drop_whole_period
    daily = Table("d", ["Date", "Active"], ["text", "real"], [["2020-07-27", 5], ["2020-07-27", 7]])
    day = Query(1, 0, (Condition(0, 0, "27 July 2020"),))
    assert drop_whole_period("How many new cases on 27 July 2020?", day, daily) is day   # a day, not a stretch
    products = Table("p", ["Name", "Rating", "Price"], ["text", "text", "real"],
                     [["A", "4.5 stars", 10], ["B", "3 stars", 20], ["C", "5 stars", 30]])
    rating = Query(1, 5, ())
    assert arithmetic_on_numbers("What's the average star rating?", rating, products) is rating


def test_the_extreme_of_a_text_column_over_one_row_is_that_rows_cell():
    from wikisql.corrections import extreme_of_one_row
    nights = Table("n", ["Date", "Temp"], ["text", "real"], [["1989-12-01", 20.5], ["1989-12-02", 10.6],
                                                               ["1989-12-03", 10.6]])
    def rows_matched(query):
        return sum(all(row[c.column] == float(c.value) for c in query.conds) for row in nights.rows)
    one = Query(0, 2, (Condition(1, 0, "20.5"),))
    question = "On which day did the minimum reach 20.5 degrees?"
    assert extreme_of_one_row(question, one, nights, rows_matched) == Query(0, 0, (Condition(1, 0, "20.5"),))
    two = Query(0, 2, (Condition(1, 0, "10.6"),))   # two days: the alphabetical first of two stays (and is declined)
    assert extreme_of_one_row("On which day did the minimum reach 10.6?", two, nights, rows_matched) is two
    assert extreme_of_one_row("Which day had the most nights at 20.5?", one, nights, rows_matched) is one


def test_a_peak_a_written_average_header_and_a_base_year_are_read_as_said():
    from wikisql.corrections import drop_rate_numbers, extreme_of_a_whole_column
    from wikisql.superlatives import average_as_said
    track = Table("t", ["time", "mslp", "vmax"], ["real", "real", "real"], [[1, 1000, 40], [2, 990, 55], [3, 995, 50]])
    assert extreme_of_a_whole_column("What was the peak wind speed (kt) Catarina reached?", Query(2, 0, ()), track) == \
        Query(2, AGGREGATION_OPS.index("MAX"), ())
    wages = Table("w", ["occ_title", "o_group", "a_mean"], ["text", "text", "real"],
                  [["A", "minor", 50000], ["B", "minor", 70000], ["C", "major", 60000]])
    decoded = Query(2, 0, ((1, 0, "minor"),))
    assert average_as_said("Average a_mean of the minor groups?", decoded, wages, lambda q: 2).agg == \
        AGGREGATION_OPS.index("AVG")
    assert average_as_said("What is the a_mean of A?", Query(2, 0, ((0, 0, "A"),)), wages, lambda q: 1).agg == 0
    scaled = Query(0, 0, ((3, 0, "2014"), (8, 0, "67009049565")))
    assert drop_rate_numbers("Which country had damage scaled to 2014 prices of 67009049565?", scaled).conds == \
        (Condition(8, 0, "67009049565"),)
    assert drop_rate_numbers("What was the damage in 2014?", Query(0, 0, ((3, 0, "2014"),))).conds == \
        (Condition(3, 0, "2014"),)


COEFFICIENTS = Table("coefficients", ["Group", "beta_0", "beta_1", "beta_4", "beta_7"], ["real"] * 5,
                     [[1, -4.0, 80.5, 0.09, 1.85], [4, -3.7, 97.4, 0.12, 0.95], [7, -4.6, 60.1, 0.03, 1.2]])


def test_a_numbered_code_the_question_writes_replaces_its_unwritten_sibling():
    from wikisql.corrections import written_code_siblings
    assert written_code_siblings("What is beta_0 for group 7?", Query(4, 0, ((0, 0, "7"),)), COEFFICIENTS) == \
        Query(1, 0, ((0, 0, "7"),))
    compared = Query(0, 3, ((2, 1, "1"),))   # COUNT WHERE beta_1 > 1: the "1" said, not the column
    assert written_code_siblings("How many groups have a beta_7 greater than 1?", compared, COEFFICIENTS) == \
        Query(0, 3, ((4, 1, "1"),))
    # its own code written: kept; two siblings written: kept
    own = Query(2, 0, ((0, 0, "4"),))
    assert written_code_siblings("What is beta_1 for group 4?", own, COEFFICIENTS) is own
    both = Query(4, 0, ((0, 0, "4"),))
    assert written_code_siblings("Compare beta_0 and beta_1 for group 4", both, COEFFICIENTS) is both


def test_a_number_said_only_inside_a_header_the_question_writes_is_no_value():
    averaged = Query(3, 5, ((0, 0, "4"),))   # AVG(beta_4) WHERE Group = 4: the 4 of `beta_4`
    assert drop_header_numbers(averaged, COEFFICIENTS, "What's the average beta_4 across the groups?") == \
        Query(3, 5, ())
    # said alone as well: a value
    assert drop_header_numbers(averaged, COEFFICIENTS, "What's beta_4 for group 4?") == averaged


def test_an_adverb_value_is_trimmed_to_the_adjective_its_column_holds():
    states = Table("s", ["country", "match"], ["text", "text"], [["Albania", "name"], ["Aceh", "manual"]])
    counted = Query(0, 3, ((1, 0, "manually"),))
    assert trim_to_cells(counted, states).conds[0].value == "manual"
    assert trim_to_cells(Query(0, 3, ((1, 0, "early"),)), states).conds[0].value == "early"   # no adverb of a cell


RARES = Table("rares", ["id", "symbol", "category", "name"], ["real", "text", "text", "text"],
              [[1, "AltairianSkin", "Consumer Technology", "Altairian Skin"], [2, "LavianBrandy", "Legal Drugs",
                                                                             "Lavian Brandy"],
               [3, "HIP10175Bushmeat", "Foods", "HIP 10175 Bush Meat"], [4, "Onion", "Legal Drugs", "Onionhead"]])


def test_how_many_reads_the_largest_row_number_as_a_count():
    from wikisql.corrections import count_not_row_numbers
    decoded = Query(0, AGGREGATION_OPS.index("MAX"), ((2, 0, "Legal Drugs"),))
    assert count_not_row_numbers("How many rare goods fall in the Legal Drugs category?", decoded, RARES) == \
        Query(0, AGGREGATION_OPS.index("COUNT"), ((2, 0, "Legal Drugs"),))
    assert count_not_row_numbers("What is the largest id in Legal Drugs?", decoded, RARES) is decoded


MARKETS = Table("markets", ["trade_id", "question", "entry_hour_utc", "drop_pct"], ["real", "text", "real", "real"],
                [[1, "Will Sweden qualify for the 2026 FIFA World Cup?", 3, 40.0],
                 [2, "Will Harvey Weinstein be sentenced to less than 5 years in prison?", 7, 55.5],
                 [3, "Will Harvey Weinstein be sentenced to less than 5 years in prison?", 9, 61.0]])


def test_a_quoted_cell_is_the_condition_and_its_end_is_kept():
    from wikisql.corrections import quoted_cell_said
    # the span stopped at the question mark and took the opening quote: trimmed to the cell
    cut = Query(3, 0, ((1, 0, '"Will Sweden qualify for the 2026 FIFA World Cup'),))
    assert trim_to_cells(cut, MARKETS).conds[0].value == "Will Sweden qualify for the 2026 FIFA World Cup?"
    # a quoted cell the model read as a comparison inside it
    question = 'How many trades were placed on "Will Harvey Weinstein be sentenced to less than 5 years in prison?"'
    assert quoted_cell_said(question, Query(0, 3, ((2, 2, "5"),)), MARKETS) == Query(0, 3, (
        (1, 0, "Will Harvey Weinstein be sentenced to less than 5 years in prison?"),))
    # a quoted header is no value, even where a row repeats the header
    repeated = Table("t", ["Club", "Lost"], ["text", "text"], [["Club", "Lost"], ["Bath", "4"]])
    kept = Query(1, 0, ((0, 0, "Bath"),))
    assert quoted_cell_said('What is the value for the item "Lost" for Bath?', kept, repeated) is kept


def test_a_span_of_years_or_a_decade_that_holds_the_whole_table_is_no_condition():
    rates = Table("r", ["date", "fedfunds"], ["text", "real"], [["1990/1/1", 8.25], ["2000/4/1", 6.0],
                                                                ["2010/10/1", 0.19]])
    last = Query(1, AGGREGATION_OPS.index("MAX"), ((0, 0, "2010"),))
    assert drop_whole_span("What was the highest federal funds rate between 1990 and 2010?", last, rates) == \
        Query(1, AGGREGATION_OPS.index("MAX"), ())
    assert drop_whole_span("What was the highest rate between 2000 and 2010?", last, rates) is last   # part of it
    prices = Table("p", ["Date", "Low"], ["text", "real"], [["2010/1/1", 121.9], ["2019/12/1", 130.7]])
    decade = Query(1, AGGREGATION_OPS.index("MIN"), ((0, 0, "2010s"),))
    assert drop_whole_span("What was the lowest low IBM touched in the 2010s?", decade, prices) == \
        Query(1, AGGREGATION_OPS.index("MIN"), ())
    longer = Table("p", ["Date", "Low"], ["text", "real"], [["2009/1/1", 121.9], ["2019/12/1", 130.7]])
    assert drop_whole_span("What was the lowest low IBM touched in the 2010s?", decade, longer) is decade


def test_a_number_with_thousands_separators_moves_to_the_column_the_word_after_it_names():
    from wikisql.corrections import number_before_its_column
    jobs = Table("j", ["province", "size_50_plus", "establishments_jobs"], ["text", "real", "real"],
                 [["Fes", 120, 40000], ["Rabat", 300, 90000], ["Tanger", 250, 70000]])
    decoded = Query(0, 0, ((1, 1, "50,000"),))
    assert number_before_its_column("Which provinces have more than 50,000 jobs?", decoded, jobs) == \
        Query(0, 0, ((2, 1, "50,000"),))


def test_a_unit_token_is_said_by_the_words_of_its_unit_not_by_the_word_in():
    from wikisql.corrections import said_sibling_columns, token_said
    squad = Table("s", ["player", "height_in", "height_cm"], ["text", "real", "real"],
                  [["Ann Lee", 70, 178], ["Bo Dahl", 74, 188]])
    metric = Query(2, 0, ((0, 0, "Ann Lee"),))
    assert said_sibling_columns("How tall is Ann Lee in centimetres?", metric, squad) == metric
    assert said_sibling_columns("How tall is Ann Lee in centimetres?", Query(1, 0, ((0, 0, "Ann Lee"),)), squad) == \
        metric   # "in" says no inches
    assert said_sibling_columns("How tall is Ann Lee in inches?", metric, squad) == Query(1, 0, ((0, 0, "Ann Lee"),))
    assert not token_said("in", ["born", "in", "oslo"], "born in oslo")
    assert token_said("lbs", ["weight", "in", "pounds"], "weight in pounds")


def test_a_number_said_after_a_word_naming_its_column_is_a_missed_condition_of_a_lookup():
    from wikisql.corrections import add_the_numbered_row
    wards = Table("w", ["municipality", "ward_no", "households"], ["text", "real", "real"],
                  [["Alta", 1, 300], ["Alta", 2, 500], ["Bela", 1, 120], ["Bela", 2, 80]])
    with Database.from_tables([wards]) as database:
        def rows_matched(query):
            return len(database.matching_rows("w", query, 100))
        decoded = Query(2, 0, ((0, 0, "Alta"),))
        assert add_the_numbered_row("How many households are in Alta ward 2?", decoded, wards, rows_matched) == \
            Query(2, 0, ((0, 0, "Alta"), (1, 0, "2")))
        assert add_the_numbered_row("How many households are in Alta, top 2?", decoded, wards, rows_matched) is decoded
        assert add_the_numbered_row("How many households are in Alta ward 7?", decoded, wards, rows_matched) is decoded
        counted = Query(2, AGGREGATION_OPS.index("SUM"), ((0, 0, "Alta"),))   # not of an aggregate's rows
        assert add_the_numbered_row("Total households in Alta ward 2?", counted, wards, rows_matched) is counted
    cohorts = Table("c", ["city", "year", "publishable"], ["text", "real", "text"],
                    [["Lund", 2021, "yes"], ["Lund", 2022, "no"], ["Umea", 2022, "yes"]])
    with Database.from_tables([cohorts]) as database:
        def rows_matched(query):
            return len(database.matching_rows("c", query, 100))
        decoded = Query(2, 0, ((0, 0, "Lund"),))
        assert add_the_numbered_row("Is the Lund 2022 cohort publishable?", decoded, cohorts, rows_matched) == \
            Query(2, 0, ((0, 0, "Lund"), (1, 0, "2022")))


def test_older_than_turns_a_comparison_of_ages_the_model_read_the_other_way():
    from wikisql.corrections import older_than_as_said
    cases = Table("c", ["EDAD", "LOCALIDAD"], ["real", "text"], [[72, "A"], [8, "B"], [45, "C"]])
    decoded = Query(1, 3, ((0, CONDITION_OPS.index("<"), "70"),))   # `EDAD < 70`
    assert older_than_as_said("How many dengue patients were older than 70?", decoded, cases) == \
        Query(1, 3, ((0, CONDITION_OPS.index(">"), "70"),))
    assert older_than_as_said("How many patients were younger than 70?", decoded, cases) is decoded
    built = Table("b", ["year_built", "name"], ["real", "text"], [[1901, "A"], [1988, "B"]])   # years: not ages
    before = Query(1, 0, ((0, CONDITION_OPS.index("<"), "1950"),))
    assert older_than_as_said("Which houses are older than 1950?", before, built) is before


def test_a_bracket_the_question_closes_after_a_value_is_taken_when_the_cell_holds_it():
    from wikisql.corrections import brackets_closed_as_said
    places = Table("p", ["LOCALIDAD", "EDAD"], ["text", "real"], [["RCB-5(VILLA MILITAR)", 22], ["SECTOR 4", 30]])
    cut = Query(1, 0, ((0, 0, "RCB-5(VILLA MILITAR"),))
    assert brackets_closed_as_said("age of the case from RCB-5(VILLA MILITAR)?", cut, places) == \
        Query(1, 0, ((0, 0, "RCB-5(VILLA MILITAR)"),))
    assert brackets_closed_as_said("age of the case from RCB-5(VILLA MILITAR?", cut, places) is cut


def test_a_column_headed_by_a_year_alone_moves_to_the_one_headed_by_the_year_said():
    from wikisql.corrections import year_columns
    held = Table("t", ["Territory", "1840", "1899", "1930"], ["text"] * 4,
                 [["Hong Kong", "China", "UK", "UK"], ["Jiaozhou Bay", "China", "Germany", "China"],
                  ["Macau", "Portugal", "Portugal", "Portugal"]])
    decoded = Query(0, 3, ((1, 0, "China"),))
    assert year_columns("In 1899, how many of these territories were still held by China?", decoded, held) == \
        Query(0, 3, ((2, 0, "China"),))
    assert year_columns("How many territories were held by China?", decoded, held) is decoded   # no year said


def test_a_comparison_of_a_number_the_words_after_it_name_is_a_missed_condition():
    from wikisql.corrections import add_the_compared_number
    wines = Table("w", ["color", "alcohol", "pH"], ["text", "real", "real"],
                  [["white", 12.5, 3.1], ["red", 9.8, 3.4], ["white", 10.2, 3.3], ["red", 13.1, 3.6]])
    with Database.from_tables([wines]) as database:
        def rows_matched(query):
            return len(database.matching_rows("w", query, 100))
        counted = Query(1, 3, ())
        assert add_the_compared_number("How many wines are stronger than 12 percent alcohol?", counted, wines,
                                       rows_matched) == Query(1, 3, ((1, CONDITION_OPS.index(">"), "12"),))
        assert add_the_compared_number("How many wines are there with alcohol?", counted, wines, rows_matched) is counted
        said = Query(1, 3, ((1, CONDITION_OPS.index(">"), "12"),))   # the number taken already
        assert add_the_compared_number("How many wines are stronger than 12 percent alcohol?", said, wines,
                                       rows_matched) is said
        assert add_the_compared_number("How many wines have a pH above 9 percent alcohol?", counted, wines,
                                       rows_matched) is counted   # no row would pass: not kept


def test_a_count_and_its_rate_are_told_apart_by_the_rate_said():
    from wikisql.corrections import said_sibling_columns
    crime = Table("c", ["Year", "Robbery", "Robbery rate", "Murder and nonnegligent Manslaughter",
                        "Murder and nonnegligent manslaughter rate"], ["real"] * 5,
                  [[1980, 565840, 251.1, 23040, 10.2], [1985, 497870, 208.5, 18980, 8.0]])
    counts = Query(3, 0, ((0, 0, "1980"),))
    assert said_sibling_columns("What was the homicide rate in 1980?", counts, crime) == Query(4, 0, ((0, 0, "1980"),))
    assert said_sibling_columns("How many robberies per 100,000 people were there in 1985?",
                                Query(1, 0, ((0, 0, "1985"),)), crime) == Query(2, 0, ((0, 0, "1985"),))
    assert said_sibling_columns("How many murders were there in 1980?", counts, crime) is counts   # no rate said
    rates = Query(2, AGGREGATION_OPS.index("MAX"), ())
    assert said_sibling_columns("What is the most robberies recorded in a single year?", rates, crime) == \
        Query(1, AGGREGATION_OPS.index("MAX"), ())   # a rate selected, none said: the count
    assert said_sibling_columns("What is the highest robbery rate?", rates, crime) is rates


def test_a_column_that_tells_no_row_apart_is_not_the_answer():
    from wikisql.corrections import select_a_column_with_values
    days = Table("d", ["DATE", "NAME", "HourlyDewPointTemperature", "DailyAverageDewPointTemperature",
                       "DailyAverageRelativeHumidity", "cruise_mach"],
                 ["text", "text", "real", "real", "real", "real"],
                 [["2023-01-01", "LINCOLN AIRPORT", None, -3.0, 80.0, None],
                  ["2023-01-02", "LINCOLN AIRPORT", None, -5.5, 91.0, None],
                  ["2023-01-03", "LINCOLN AIRPORT", None, 1.0, 66.0, None]])
    select = {0: -3.0, 1: -2.5, 2: -0.5, 3: -1.5, 4: -2.0, 5: -4.0}   # log p(select = column)
    hourly = Query(2, 0, ((4, 0, "91"),))
    assert select_a_column_with_values("What was the average dew point on the day the humidity was 91?", hourly,
                                       days, select) == Query(3, 0, ((4, 0, "91"),))
    assert select_a_column_with_values("What was the value on the day the humidity was 91?", hourly, days,
                                       select) is hourly   # says too little of the empty column: declined later
    mach = Query(5, 0, ((0, 0, "2023-01-01"),))
    assert select_a_column_with_values("What was the cruise Mach number on 2023-01-01?", mach, days, select) is mach
    named = Query(1, 0, (), Order(4, True, 1))   # `NAME` is LINCOLN AIRPORT in every row
    assert select_a_column_with_values("Which day was the most humid?", named, days, select) == \
        Query(0, 0, (), Order(4, True, 1))   # a column that is no number: `DATE`
    assert select_a_column_with_values("Which name has the most humid day?", named, days, select) is named
    wide = Table("w", ["Country Name", "Indicator Name", "1960", "1961"], ["text", "text", "real", "real"],
                 [["Brazil", "Fertility rate", 6.1, 6.0], ["Chile", "Fertility rate", 5.5, 5.4],
                  ["Peru", "Fertility rate", 6.9, 6.9]])
    indicator = Query(1, 0, ((0, 0, "Brazil"),), Order(2, True, 1))
    assert select_a_column_with_values("In which year was Brazil's fertility rate at its peak?", indicator, wide,
                                       {0: -1.0, 1: -0.5, 2: -3.0, 3: -3.0}) is indicator   # no column of years
    looked_up = Query(1, 0, ((0, 0, "2023-01-01"),))
    assert select_a_column_with_values("What station reported on 2023-01-01?", looked_up, days, select) is looked_up


def test_a_number_said_after_a_word_naming_its_column_restricts_an_ordering():
    from wikisql.corrections import add_the_numbered_row
    elements = Table("e", ["element", "period", "boiling_point"], ["text", "real", "real"],
                     [["K", 4, 1032.0], ["Fe", 4, 3134.0], ["W", 6, 5828.0], ["Na", 3, 1156.0]])
    with Database.from_tables([elements]) as database:
        def rows_matched(query):   # as the engine counts them: the conditions' rows, whatever the ordering
            return len(database.matching_rows("e", Query(query.sel, 0, query.conds), 100))
        ordered = Query(0, 0, (), Order(2, True, 1))
        assert add_the_numbered_row("Which period 4 element has the highest boiling point?", ordered, elements,
                                    rows_matched) == Query(0, 0, ((1, 0, "4"),), Order(2, True, 1))
        assert add_the_numbered_row("Which of the top 4 elements boils highest?", ordered, elements,
                                    rows_matched) is ordered


def test_a_value_its_column_writes_with_other_punctuation_moves_to_the_column_that_writes_it_so():
    variables = Table("v", ["field", "standard_name", "long_name"], ["text"] * 3,
                      [["batt_v", "battery_voltage", "Battery voltage"],
                       ["batt_v_ss", "battery_voltage_at_sample_start", "Battery voltage (sample start)"],
                       ["p_u", "air_pressure", "Air pressure (upper boom)"]])
    decoded = Query(0, 0, ((1, 0, "Battery voltage"),))
    assert move_to_holding_column(decoded, variables) == Query(0, 0, ((2, 0, "Battery voltage"),))
    written = Query(0, 0, ((1, 0, "battery_voltage"),))
    assert move_to_holding_column(written, variables) is written   # written as its own column writes it
    both = Query(0, 0, ((1, 0, "Battery voltage"), (2, 0, "Air pressure (upper boom)")))
    assert move_to_holding_column(both, variables) is both   # the other column has a condition already


def test_the_tables_year_on_a_text_column_that_writes_it_in_every_row_is_no_condition():
    from wikisql.corrections import drop_table_year
    gpus = Table("gpu_specs_released_2020", ["name", "released", "TDP"], ["text", "text", "real"],
                 [["GeForce MX330", "Feb 10th, 2020", 10], ["Radeon RX 5300", "May 28th, 2020", 100]])
    decoded = Query(2, AGGREGATION_OPS.index("MAX"), ((1, 0, "2020"),))   # "Highest TDP in the 2020 GPU list?"
    assert drop_table_year(decoded, gpus) == Query(2, AGGREGATION_OPS.index("MAX"), ())
    mixed = Table("gpu_specs_released_2020", ["name", "released", "TDP"], ["text", "text", "real"],
                  [["GeForce MX330", "Feb 10th, 2020", 10], ["Radeon RX 5300", "Jan 7th, 2019", 100]])
    assert drop_table_year(decoded, mixed) is decoded   # not every row is of 2020


def test_a_value_written_as_the_header_of_the_column_measured_is_no_condition():
    from wikisql.corrections import drop_header_values
    acids = Table("acids", ["Amino Acid", "C", "H", "N"], ["text", "real", "real", "real"],
                  [["A", 3, 7, 1], ["H", 6, 9, 3], ["G", 2, 5, 1]])
    fewest = Query(2, AGGREGATION_OPS.index("MIN"), ((0, 0, "H"),))
    assert drop_header_values("Fewest H atoms in an amino acid?", fewest, acids) == \
        Query(2, AGGREGATION_OPS.index("MIN"), ())
    looked_up = Query(1, 0, ((0, 0, "H"),))   # the value of a row
    assert drop_header_values("How many carbons has H?", looked_up, acids) is looked_up
    ordered = Query(0, 0, ((0, 0, "H"),), Order(2, True, 1))
    assert drop_header_values("Which amino acid has the most H?", ordered, acids) == Query(0, 0, (), Order(2, True, 1))
    assert drop_header_values("Of amino acid H and the others, which has the most H?", ordered, acids) is ordered
    votes = Table("v", ["IncName", "IncParty", "R", "Joly"], ["text", "text", "real", "real"],
                  [["Ann", "R", 100, 3], ["Bob", "D", 80, 5], ["Cy", "Joly", 60, 9]])
    party = Query(0, 0, ((1, 0, "R"),), Order(2, False, 1))   # "party" names `IncParty`: a row's value
    assert drop_header_values("Which incumbent from party R had the smallest R vote?", party, votes) is party
    joly = Query(0, 0, ((1, 0, "Joly"),), Order(3, True, 1))   # a header of more than two letters: a name
    assert drop_header_values("Among the districts Joly won, which had the most Joly votes?", joly, votes) is joly


def test_a_condition_no_row_passes_beside_one_that_names_the_row_is_dropped():
    from wikisql.corrections import drop_unheld_beside_a_key
    factors = Table("f", ["Model", "Variable", "Bronze Level", "Platinum Level"], ["text", "text", "real", "real"],
                    [["Infant", "TERM_X_SEVERITY3", 7.2, 6.1], ["Infant", "TERM_X_SEVERITY4", 9.9, 8.4],
                     ["Adult", "FAGE_LAST_60_GT", 0.5, 0.3]])
    newborn = Query(2, 0, ((1, 0, "TERM_X_SEVERITY3"), (0, 0, "newborn")))
    assert drop_unheld_beside_a_key(newborn, factors) == Query(2, 0, ((1, 0, "TERM_X_SEVERITY3"),))
    women = Query(2, 0, ((1, 0, "FAGE_LAST_60_GT"), (3, 0, "women 60")))   # no number on a number column
    assert drop_unheld_beside_a_key(women, factors) == Query(2, 0, ((1, 0, "FAGE_LAST_60_GT"),))
    no_key = Query(2, 0, ((0, 0, "Infant"), (0, 0, "newborn")))   # `Model` names no row alone: declined later
    assert drop_unheld_beside_a_key(no_key, factors) is no_key
    held = Query(2, 0, ((1, 0, "TERM_X_SEVERITY3"), (0, 0, "Infant")))
    assert drop_unheld_beside_a_key(held, factors) is held
    named = Query(2, 0, ((1, 0, "TERM_X_SEVERITY3"), (0, 0, "Newborn Model")))   # a name the table lacks: asked
    assert drop_unheld_beside_a_key(named, factors) is named


def test_a_square_bracket_the_question_closes_after_a_value_is_taken():
    from wikisql.corrections import brackets_closed_as_said
    codes = Table("c", ["ICD_Code", "Description"], ["text", "text"],
                  [["P9160", "Severe hypoxic ischemic encephalopathy [HIE]"], ["P9161", "Mild HIE"]])
    cut = Query(0, 0, ((1, 0, "Severe hypoxic ischemic encephalopathy [HIE"),))
    question = "Which code is 'Severe hypoxic ischemic encephalopathy [HIE]'?"
    assert brackets_closed_as_said(question, cut, codes) == \
        Query(0, 0, ((1, 0, "Severe hypoxic ischemic encephalopathy [HIE]"),))


def test_the_number_of_the_tables_rows_after_the_is_no_condition():
    from wikisql.corrections import drop_counted_number_words
    acids = Table("acids", ["Amino Acid", "C"], ["text", "real"], [[chr(65 + i), i] for i in range(20)])
    decoded = Query(1, AGGREGATION_OPS.index("AVG"), ((0, 0, "20"),))
    assert drop_counted_number_words("On average how many carbons do the 20 amino acids have?", decoded, acids) == \
        Query(1, AGGREGATION_OPS.index("AVG"), ())
    assert drop_counted_number_words("On average how many carbons do the 12 amino acids have?",
                                     Query(1, 5, ((0, 0, "12"),)), acids) == Query(1, 5, ((0, 0, "12"),))


def test_a_number_no_cell_of_the_selected_column_holds_moves_to_its_holder_before_the_select_moves():
    from wikisql.corrections import number_off_the_selected_column
    stars = Table("limb", ["logg", "Teff", "u", "a"], ["real"] * 4,
                  [[4.5, 1500, 1.2569, 2.1886], [4.5, 1600, 1.1, 2.0], [4.5, 1700, 0.9, 1.7]])
    decoded = Query(2, 0, ((2, 0, "1500"),))   # "linear coefficient u at 1500 K" decoded SELECT u WHERE u = 1500
    moved = number_off_the_selected_column(decoded, stars, "linear limb-darkening coefficient u at 1500 K")
    assert moved == Query(2, 0, ((1, 0, "1500"),))
    assert select_other_than_given(moved, {0: -3.0, 1: -2.0, 2: -0.1, 3: -1.0}) is moved   # u stays selected
    held = Query(2, 0, ((2, 0, "0.9"),))   # a cell of `u` itself: for select_other_than_given
    assert number_off_the_selected_column(held, stars) is held
    aggregated = Query(2, AGGREGATION_OPS.index("MAX"), ((2, 0, "1500"),))
    assert number_off_the_selected_column(aggregated, stars) is aggregated


def test_a_number_column_said_whole_and_left_by_a_word_is_selected_over_one_not_said():
    emoji = Table("emoji", ["Emoji", "Occurrences", "Negative", "Positive"], ["text", "real", "real", "real"],
                  [["😍", 6359, 329, 4835], ["🚜", 12, 1, 9]])
    decoded = Query(2, 0, ((3, 0, "😍"),))   # "positive tweets containing 😍": SELECT Negative WHERE Positive = '😍'
    assert words_off_number_columns(decoded, emoji, "positive tweets containing 😍") == Query(3, 0, ((0, 0, "😍"),))
    said = "negative tweets containing 😍"   # the selected column is said: only the condition moves
    assert words_off_number_columns(decoded, emoji, said) == Query(2, 0, ((0, 0, "😍"),))


def test_a_value_on_two_columns_stays_on_the_one_whose_own_header_word_the_question_says():
    prices = Table("nl", ["Country", "Datetime (UTC)", "Datetime (Local)", "Price (EUR/MWhe)"],
                   ["text", "text", "text", "real"],
                   [["Netherlands", "2022-08-29 08:00:00", "2022-08-29 10:00:00", 512.3],
                    ["Netherlands", "2022-08-29 06:00:00", "2022-08-29 08:00:00", 498.0]])
    both = Query(3, 0, ((1, 0, "2022-08-29 08:00:00"), (2, 0, "2022-08-29 08:00:00")))
    assert split_repeated_values("price at 2022-08-29 08:00:00 UTC", both, prices) == \
        Query(3, 0, ((1, 0, "2022-08-29 08:00:00"),))
    assert split_repeated_values("price at 2022-08-29 08:00:00 local time", both, prices) == \
        Query(3, 0, ((2, 0, "2022-08-29 08:00:00"),))
    assert split_repeated_values("price at 2022-08-29 08:00:00", both, prices) == both   # neither said


def test_an_ordinal_no_cell_holds_is_read_as_its_number():
    bins = Table("zinc", ["mw_bins", "sas", "percentile"], ["text", "real", "text"],
                 [["250.0", 2.1, "median"], ["250.0", 3.0, "90"], ["450.0", 3.4, "90"]])
    decoded = Query(1, 0, ((0, 0, "450.0"), (2, 0, "90th")))
    assert move_to_holding_column(decoded, bins, "SAS of the 90th percentile row of the 450.0 bin") == \
        Query(1, 0, ((0, 0, "450.0"), (2, 0, "90")))
    written = Table("ranks", ["place", "points"], ["text", "real"], [["90th", 1.0], ["1st", 9.0]])
    kept = Query(1, 0, ((0, 0, "90th"),))   # a cell as written
    assert move_to_holding_column(kept, written) == kept


def test_how_often_of_one_row_reads_the_tables_column_of_occurrences():
    from wikisql.corrections import occurrences_of_one_row
    emoji = Table("emoji", ["Emoji", "Occurrences", "Position", "Unicode name"], ["text", "real", "real", "text"],
                  [["🚀", 113, 0.7, "ROCKET"], ["🚜", 12, 0.5, "TRACTOR"], ["🚲", 12, 0.6, "BICYCLE"]])
    def rows(query):
        with Database.from_tables([emoji]) as database:
            return len(database.execute(emoji.id, dataclasses.replace(query, agg=0)))
    named = Query(0, 0, ((3, 0, "rocket"),))
    assert occurrences_of_one_row("How often was the rocket emoji used?", named, emoji, rows) == \
        Query(1, 0, ((3, 0, "rocket"),))
    counted = Query(0, AGGREGATION_OPS.index("COUNT"), ((3, 0, "rocket"),))
    assert occurrences_of_one_row("How many times did the rocket show up?", counted, emoji, rows) == \
        Query(1, 0, ((3, 0, "rocket"),))
    several = Query(0, AGGREGATION_OPS.index("COUNT"), ((1, 0, "12"),))   # two rows: a count of them
    assert occurrences_of_one_row("How many times does 12 occur?", several, emoji, rows) is several
    assert occurrences_of_one_row("Which emoji is the rocket?", named, emoji, rows) is named   # no "how often"


def test_a_name_asked_of_a_column_of_symbols_is_the_name_column():
    from wikisql.corrections import select_the_name_asked
    emoji = Table("emoji", ["Emoji", "Unicode codepoint", "Unicode name"], ["text", "text", "text"],
                  [["😎", "0x1f60e", "SMILING FACE WITH SUNGLASSES"], ["🚀", "0x1f680", "ROCKET"]])
    decoded = Query(0, 0, ((1, 0, "0x1f60e"),))
    assert select_the_name_asked("What is the name of the emoji with codepoint 0x1f60e?", decoded, emoji) == \
        Query(2, 0, ((1, 0, "0x1f60e"),))
    assert select_the_name_asked("Which emoji has codepoint 0x1f60e?", decoded, emoji) is decoded   # no name asked
    clubs = Table("clubs", ["Name", "Captain", "Location"], ["text"] * 3, [["Reading", "Ann Lee", "Caversham"]])
    captain = Query(1, 0, ((2, 0, "Caversham"),))   # `Captain` holds names
    assert select_the_name_asked("For location Caversham, what is the name of the captain?", captain, clubs) is captain


def test_the_article_a_is_no_value_of_a_comparison_and_a_number_compared_on_text_moves_onto_a_count():
    drills = Table("drills", ["Size", "Diameter"], ["text", "real"],
                   [["A", 0.234], ["B", 0.238], ["Z", 0.413], ["80", 0.0135], ["60", 0.04], ["1", 0.228]])
    greater, less = CONDITION_OPS.index(">"), CONDITION_OPS.index("<")
    count = AGGREGATION_OPS.index("COUNT")
    article = Query(0, count, ((0, greater, "a"), (1, greater, "0.25")))
    question = "How many drill sizes are bigger than a quarter inch (over 0.25)?"
    from wikisql.corrections import drop_function_word_values
    assert drop_function_word_values(question, article) == Query(0, count, ((1, greater, "0.25"),))
    on_text = Query(1, count, ((0, less, "0.05"),))   # "smaller than 0.05 inch" decoded on `Size`
    assert comparison_in_range("How many bits are smaller than 0.05 inch?", on_text, drills) == \
        Query(1, count, ((1, less, "0.05"),))
    selected = Query(1, 0, ((0, less, "0.05"),))   # not onto a column selected for its value
    assert comparison_in_range("Which diameters are smaller than 0.05 inch?", selected, drills) == selected


def test_a_row_number_asked_is_the_data_frames_row_names():
    from wikisql.corrections import select_the_row_number_asked
    survey = Table("gss", ["rownames", "age", "relig", "denom"], ["real", "real", "text", "text"],
                   [[18979, 47, "Hinduism", "Not applicable"], [19586, 81, "Hinduism", "Not applicable"]])
    oldest = Query(3, 0, ((2, 0, "Hinduism"),), Order(1, True, 1))
    assert select_the_row_number_asked("Row number of the oldest Hinduism respondent?", oldest, survey) == \
        Query(0, 0, ((2, 0, "Hinduism"),), Order(1, True, 1))
    assert select_the_row_number_asked("Denomination of the oldest Hinduism respondent?", oldest, survey) is oldest


INSTANCES = Table("instances", ["Instance type", "Instance vCPU", "Instance Memory (in GB)",
                                "Instance GPU memory (in GB)", "Platform CPU Name", "Instance @ 100%"],
                  ["text", "real", "real", "text", "text", "text"],
                  [["c5.large", 2, 4, "N/A", "Xeon 8124M", "13,3"], ["c5.xlarge", 4, 8, "N/A", "Xeon 8124M", "26,6"],
                   ["m5.large", 2, 8, "N/A", "Xeon 8175M", "18,0"], ["m5.xlarge", 4, 16, "N/A", "Xeon 8175M", "35,9"],
                   ["r5.large", 2, 16, "N/A", "Xeon 8175M", "26,6"]])


def test_a_column_that_says_n_a_in_every_row_holds_nothing():
    from wikisql.corrections import select_a_column_with_values
    assert INSTANCES.cells(3) == [] and INSTANCES.cells(4)[:1] == ["Xeon 8124M"]
    select = {0: -2.0, 1: -3.0, 2: -1.0, 3: -0.5, 4: -2.5, 5: -1.5}   # log p(select = column): the empty one first
    gpu = Query(3, 0, ((0, 0, "m5.xlarge"),))
    assert select_a_column_with_values("How many gigabytes of memory does an m5.xlarge have?", gpu, INSTANCES,
                                       select) == Query(2, 0, ((0, 0, "m5.xlarge"),))   # its header less `GPU`
    assert select_a_column_with_values("How much GPU memory does an m5.xlarge have?", gpu, INSTANCES,
                                       select) is gpu   # two words said: no other column holds both
    ordered = Query(3, 0, ((4, 0, "Xeon 8175M"),), Order(2, True, 1))
    assert select_a_column_with_values("Which instance on the Xeon 8175M has the most memory?", ordered, INSTANCES,
                                       select) == Query(0, 0, ((4, 0, "Xeon 8175M"),), Order(2, True, 1))
    #                                                   (words, not the numbers `Instance @ 100%` writes as text)
    rates = Table("rates", ["cmpd_name", "cmpd_inchikey", "NO3_u_fac", "OH_k298"], ["text", "text", "text", "real"],
                  [["methane", "VNWKTOKETHGBQD-UHFFFAOYSA-N", "", 6.4e-15],
                   ["ethane", "OTMSDBZUPAUEDD-UHFFFAOYSA-N", "", 2.4e-13],
                   ["propane", "ATUOYWHBWRKTHZ-UHFFFAOYSA-N", "", 1.1e-12]])
    assert select_a_column_with_values("Which compound reacts fastest with OH?", Query(2, 0, (), Order(3, True, 1)),
                                       rates, {0: -2.0, 1: -1.0, 2: -0.5, 3: -3.0}).sel == 0   # a name, not a key


def test_a_column_a_code_in_capitals_qualifies_is_not_the_one_said():
    from wikisql.corrections import unqualified_columns
    from test_wikisql_superlatives import GRIDS
    nerc = Query(2, 0, ((1, 0, "Bahrain"),))
    assert unqualified_columns("Which AWS region is in Bahrain?", nerc, GRIDS) == Query(0, 0, ((1, 0, "Bahrain"),))
    assert unqualified_columns("Which NERC region is us-east-1 in?", nerc, GRIDS) is nerc
    points = Table("p", ["Player", "Points", "New points"], ["text", "real", "real"], [["A", 1, 2], ["B", 3, 4]])
    new = Query(0, 0, ((2, 0, "1075"),))
    assert unqualified_columns("Name the player with points 1075", new, points) is new   # a word, not a code


def test_a_number_glued_to_a_column_word_by_a_hyphen_is_that_column_s():
    from wikisql.corrections import number_before_its_column
    memory = Query(0, 0, ((2, 0, "4"),))
    assert number_before_its_column("Name the 4-vCPU sizes.", memory, INSTANCES) == Query(0, 0, ((1, 0, "4"),))
    twice = Query(5, 0, ((1, 0, "16"), (2, 0, "16")))   # one number said once, decoded on two columns
    assert number_before_its_column("What do the 16-vCPU machines draw at full load, in watts?", twice,
                                    INSTANCES) == Query(5, 0, ((1, 0, "16"),))   # ("in" names no `(in GB)`)
    assert number_before_its_column("Which instance has 16 GB of memory?", Query(0, 0, ((2, 0, "16"),)),
                                    INSTANCES) == Query(0, 0, ((2, 0, "16"),))


def test_a_condition_on_an_empty_column_moves_to_the_one_its_header_qualifies():
    from wikisql.corrections import conditions_on_columns_with_values
    counted = Query(0, AGGREGATION_OPS.index("COUNT"), ((3, CONDITION_OPS.index(">"), "10"),))
    assert conditions_on_columns_with_values("How many instance types have more than 10 GB of memory?", counted,
                                             INSTANCES) == Query(0, 3, ((2, 1, "10"),))
    assert conditions_on_columns_with_values("How many instance types have more than 10 GB of GPU memory?",
                                             counted, INSTANCES) is counted   # `GPU` said: the table has none


FEEDS = Table("feeds", ["Fd_Name", "Fd_Category", "Fd_DM", "Fd_NDF", "Fd_ADF", "Fd_Ca", "Fd_Mg", "Fd_Trp_CP"],
              ["text", "text"] + ["real"] * 6,
              [["Wheat straw", "Straw", 91.6, 73.8, 48.1, 0.3, 0.12, 1.1],
               ["Corn silage", "Grain Crop Forage", 35.1, 41.2, 24.9, 0.25, 0.15, 0.9],
               ["Alfalfa meal", "Grass/Legume Forage", 89.2, 45.1, 34.2, 1.5, 0.3, 1.4]])


def test_a_code_after_the_prefix_every_header_shares_is_the_column_said():
    from wikisql.encoding import common_prefix, header_readings, header_stem
    assert common_prefix(FEEDS.header) == "fd" and header_stem("Fd_Trp_CP", "fd") == "Trp_CP"
    assert common_prefix(["cmpd_name", "cmpd_mwt", "OH_k298", "OH_uncert", "O3_k298"]) == ""   # not two thirds
    trp = Query(7, 0, ((0, 0, "Wheat straw"),))
    assert select_the_code_said("NDF of Wheat straw?", trp, FEEDS) == Query(3, 0, ((0, 0, "Wheat straw"),))
    assert select_the_code_said("Calcium content of Alfalfa meal?", trp, FEEDS) == Query(5, 0, trp.conds)   # `Ca`
    assert select_the_code_said("Dry matter % of Corn silage?", trp, FEEDS) == Query(2, 0, trp.conds)
    assert header_readings(FEEDS.header, "Which two forages have the most magnesium?")[6] == "magnesium"
    ranked = Query(7, 0, (), Order(6, True, 2))
    assert select_the_code_said("Which two forages have the most magnesium?", ranked, FEEDS) is ranked   # ranks by it
    assert select_the_code_said("Trp_CP of Wheat straw?", trp, FEEDS) is trp   # the select column is said
    assert select_the_code_said("What's the NPN of the forage with the leanest calcium?", trp, FEEDS) is trp


def test_a_size_written_as_two_numbers_is_two_conditions():
    from wikisql.corrections import size_in_two_columns
    lumber = Table("lumber", ["Nominal_Width", "Nominal_Depth", "Actual_Width", "Actual_Depth", "Area", "ry"],
                   ["real"] * 6, [[2, 4, 1.5, 3.5, 5.25, 0.433], [2, 10, 1.5, 9.25, 13.875, 0.433],
                                  [4, 12, 3.5, 11.25, 39.375, 1.01]])
    pointed = Query(4, 0, ((5, 0, "2x10"),))   # "What is the cross-sectional area of a 2x10?" decoded `ry = '2x10'`
    assert size_in_two_columns("What is the cross-sectional area of a 2x10?", pointed, lumber) == \
        Query(4, 0, ((0, 0, "2"), (1, 0, "10")))
    half = Query(5, 0, ((0, 0, "4"),))
    assert size_in_two_columns("Radius ry of a 4 by 12 beam?", half, lumber) == Query(5, 0, ((0, 0, "4"), (1, 0, "12")))
    assert size_in_two_columns("What is the area of a 3x7?", pointed, lumber) is pointed   # no row of that size
    assert size_in_two_columns("Area of the 2x4?", Query(4, 0, ((0, 0, "2"), (1, 0, "4"))), lumber) == \
        Query(4, 0, ((0, 0, "2"), (1, 0, "4")))


def test_a_number_said_with_a_headers_unit_compares_that_column():
    from wikisql.corrections import columns_of_the_units_said
    from wikisql.corrections.common import bracketed_unit
    assert [bracketed_unit(h) for h in ["Density (kg/m^3)", "R [m^2-K/W]", "Memory (in GB)", "Side (Left Wing)",
                                        "Debt (2013 Q1)", "Name"]] == ["kg/m3", "m2k/w", "gb", None, None, None]
    walls = Table("walls", ["Layer", "Thickness (m)", "Density (kg/m^3)", "Resistance (m^2-K/W)",
                            "Conductivity (W/m-K)"], ["text"] + ["real"] * 4,
                  [["Brick", 0.1, 1920.0, 0.12, 0.8], ["Foam", 0.05, 30.0, 1.7, 0.03], ["Soil", 0.3, 1840.0, 0.17, 1.7]])
    denser = Query(0, 3, (Condition(1, 1, "1,000"),))
    assert columns_of_the_units_said("How many layers are denser than 1,000 kg/m^3?", denser, walls) == \
        Query(0, 3, (Condition(2, 1, "1,000"),))
    assert columns_of_the_units_said("How many layers are over 1,000 kg/m3?", denser, walls).conds[0].column == 2
    assert columns_of_the_units_said("How many layers are thicker than 1,000?", denser, walls) is denser   # no unit
    total = Query(4, 4, (Condition(0, 0, "Foam"),))
    assert columns_of_the_units_said("Total R-value in m2K/W of the Foam layers?", total, walls) == \
        Query(3, 4, (Condition(0, 0, "Foam"),))
    assert columns_of_the_units_said("Total conductivity of the Foam layers?", total, walls) is total
    compared = Query(0, 0, (Condition(3, 0, "1.7"),))   # the unit's column is compared: the select stays
    assert columns_of_the_units_said("Which layer has a resistance (in m2K/W) of 1.7?", compared, walls) is compared
    missed = Query(0, 3)   # a comparison the model missed, said with its unit
    assert columns_of_the_units_said("How many layers have a resistance above 1 m^2-K/W?", missed, walls) == \
        Query(0, 3, (Condition(3, CONDITION_OPS.index(">"), "1"),))
    assert columns_of_the_units_said("How many layers have a resistance of 1 m^2-K/W?", missed, walls) is missed
    metres = Query(0, 0, (Condition(1, 1, "0.2"),))   # a unit of one letter tells no column
    assert columns_of_the_units_said("Which layer is thicker than 0.2 m?", metres, walls) is metres


def test_a_table_in_long_form_reads_its_measure_from_its_value_column():
    from wikisql.corrections import measures_of_a_long_table, value_column
    from wikisql.declining import missing_attribute
    fuels = Table("fuels", ["Year", "Name", "Density", "Type", "Hour", "Units", "Value"],
                  ["real", "text", "real", "text", "text", "text", "real"],
                  [[2020, "diesel", 3206.0, "Liquid", "", "g/MJ", 100.5], [2020, "grid", None, "Electric", "0:00", "g/MJ", 81.5],
                   [2020, "grid", None, "Electric", "1:00", "g/MJ", 79.0]])
    assert value_column(fuels) == 6
    assert value_column(Table("t", ["value", "Value"], ["real", "real"], [[1, 2]])) is None   # two: none
    electric = (Condition(3, 0, "Electric"),)
    assert measures_of_a_long_table("Lowest emission factor of the Electric rows?", Query(4, 2, electric), fuels) == \
        Query(6, 2, electric)   # MIN of a text column
    assert measures_of_a_long_table("Emission factor of grid at 1:00?", Query(5, 0, (Condition(4, 0, "1:00"),)),
                                    fuels) == Query(6, 0, (Condition(4, 0, "1:00"),))   # `Units`: one cell everywhere
    units = Query(5, 0, (Condition(1, 0, "diesel"),))
    assert measures_of_a_long_table("What units is diesel's value given in?", units, fuels) is units   # said: kept
    above = Query(4, 3, (Condition(1, 0, "grid"), Condition(5, 1, "g/MJ")))
    assert measures_of_a_long_table("For how many hours is grid above 80 g/MJ?", above, fuels) == \
        Query(4, 3, (Condition(1, 0, "grid"), Condition(6, 1, 80)))
    ordered = Query(1, 0, (), Order(2, True))
    assert measures_of_a_long_table("Which fuel has the highest carbon intensity?", ordered, fuels) == \
        Query(1, 0, (), Order(6, True))
    assert measures_of_a_long_table("Which fuel has the highest density?", ordered, fuels) is ordered
    wide = Table("wide", ["Name", "Density", "Hour"], ["text", "real", "text"], [["diesel", 1.0, ""], ["grid", 2.0, ""]])
    assert measures_of_a_long_table("Which fuel has the highest carbon intensity?", Query(0, 0, (), Order(1, True)),
                                    wide) == Query(0, 0, (), Order(1, True))   # no `Value`: nothing to read
    prices = Table("prices", ["day", "close", "value", "band"], ["text", "real", "real", "text"],
                   [["mon", 1.0, 5.0, "90-94"], ["tue", 2.0, 4.0, "95-99"]])   # a `value` among measures, no `Units`
    assert value_column(prices) is None   # no column names what `value` measures: a measure of its own
    closing = Query(0, 0, (), Order(1, True))
    assert measures_of_a_long_table("Which day had the highest closing price?", closing, prices) is closing
    banded = Query(0, 0, (Condition(3, 1, "90-94"),))   # a text column compared with a range, no unit: kept
    assert measures_of_a_long_table("Which day is above 90-94?", banded, prices) is banded
    named = Query(4, 0, (Condition(1, 0, "diesel"), Condition(5, 0, "g/MJ")))   # `Units` named: its value
    assert measures_of_a_long_table("What is the carbon intensity of diesel in g/MJ?", named, fuels).sel == 6
    assert measures_of_a_long_table("Which hour of diesel in g/MJ?", named, fuels) is named   # a row asked
    unheld = Query(4, 0, (Condition(1, 0, "diesel"), Condition(5, 0, "eV")))   # a unit no row has: kept
    assert measures_of_a_long_table("What is the carbon intensity of diesel in eV?", unheld, fuels) is unheld
    fuels.rows[2][5] = "s"   # a unit of one letter, 's' of "in eV s", names no measure
    letter = Query(4, 0, (Condition(1, 0, "diesel"), Condition(5, 0, "s")))
    assert measures_of_a_long_table("What is the carbon intensity of diesel in eV s?", letter, fuels) is letter
    years = Query(0, 5, (Condition(1, 0, "grid"),))
    assert measures_of_a_long_table("Average cost across all years for grid?", years, fuels).sel == 6
    asked = "What is the carbon intensity of diesel?"
    assert missing_attribute(asked, fuels, Query(6, 0, (Condition(1, 0, "diesel"),))) is None
    assert missing_attribute(asked, fuels, Query(4, 0, (Condition(1, 0, "diesel"),))) == "carbon intensity"


def test_a_measure_is_ordered_by_itself_not_by_its_citation_column():
    from wikisql.corrections import measure_not_its_note
    pines = Table("pines", ["NAME", "MC_PCT_GREEN_BARK", "MC_PCT_GREEN_BARK_CIT", "BARK_VOL_PCT"],
                  ["text", "real", "real", "real"], [["slash pine", 87.7, 12, 18.0], ["Apache pine", 68.4, 24, 16.1]])
    driest = Query(0, 0, (), Order(2, False))
    assert measure_not_its_note("Which pine has the driest green bark?", driest, pines) == Query(0, 0, (), Order(1, False))
    assert measure_not_its_note("Which pine has the highest green bark cit code?", driest, pines) is driest   # said
    assert measure_not_its_note("Average green bark moisture?", Query(2, 5), pines) == Query(1, 5)
    counted = Query(2, 3)
    assert measure_not_its_note("How many green bark values are there?", counted, pines) is counted
    teams = Table("teams", ["school", "total_wins", "total_wins_pct"], ["text", "real", "real"],
                  [["A", 30, 0.8], ["B", 25, 0.9]])
    best = Query(0, 0, (), Order(2, True))   # a percentage is a measure of its own, not a note
    assert measure_not_its_note("Which team had the best overall win percentage?", best, teams) is best


def _rows_kept(table):
    from wikisql.corrections import kept_rows
    return lambda query: len(kept_rows(table, query.conds))


def test_a_coded_cell_said_whole_is_added_beside_the_conditions_the_model_found():
    from wikisql.content import ContentMatcher
    from wikisql.corrections import add_the_coded_cells_said
    hvac = Table("hvac", ["HVAC Name", "HVAC Efficiency", "Number of Speeds"], ["text", "text", "real"],
                 [["MSHP Heater", "9.2 HSPF", 2], ["MSHP Heater", "10.5 HSPF", 4], ["ASHP Heater", "9.2 HSPF", 1]])
    columns_of = ContentMatcher(hvac.rows).columns_of
    heater = Query(2, 0, (Condition(0, 0, "MSHP Heater"),))
    assert add_the_coded_cells_said("How many speeds does the 9.2 HSPF MSHP Heater have?", heater, hvac, columns_of,
                                    _rows_kept(hvac)) == Query(2, 0, (Condition(0, 0, "MSHP Heater"),
                                                                      Condition(1, 0, "9.2 HSPF")))
    assert add_the_coded_cells_said("How many speeds does the MSHP Heater have?", heater, hvac, columns_of,
                                    _rows_kept(hvac)) is heater   # no cell said
    efficient = Query(2, 0, (Condition(1, 0, "10.5 HSPF"),))   # already kept to one row: nothing to add
    assert add_the_coded_cells_said("Speeds of the 10.5 HSPF MSHP Heater?", efficient, hvac, columns_of,
                                    _rows_kept(hvac)) is efficient
    walls = Table("walls", ["Boundary Type", "Material"], ["text", "text"],
                  [["FB, R13", "Concrete"], ["FB, R5", "Concrete"], ["FB, R5", "Foam"]])
    concrete = Query(1, 3, (Condition(1, 0, "Concrete"),))
    assert add_the_coded_cells_said("How many Concrete layers does FB, R5 have?", concrete, walls,
                                    ContentMatcher(walls.rows).columns_of, _rows_kept(walls)).conds[1] == \
        Condition(0, 0, "FB, R5")


def test_a_us_state_is_named_by_the_postal_code_its_column_writes():
    from wikisql.corrections import states_by_their_codes
    stations = Table("stations", ["Location", "State", "Latitude"], ["text", "text", "real"],
                     [["Bakersfield", "CA", 35.4], ["Eureka", "CA", 40.8], ["Miami", "FL", 25.8], ["Austin", "TX", 30.3]])
    keep = _rows_kept(stations)
    florida = Query(0, 0, (Condition(1, 0, "Florida"),), Order(2, False))
    assert states_by_their_codes("Which Florida station is southernmost?", florida, stations, keep) == \
        Query(0, 0, (Condition(1, 0, "FL"),), Order(2, False))
    north = Query(0, 0, (), Order(2, True, 2))
    assert states_by_their_codes("Name the two California stations farthest north.", north, stations, keep) == \
        Query(0, 0, (Condition(1, 0, "CA"),), Order(2, True, 2))
    assert states_by_their_codes("Name the two stations farthest north.", north, stations, keep) is north
    assert states_by_their_codes("Which Georgia station is farthest north?", north, stations, keep) is north   # no GA
    named = Table("stations", ["Location", "State"], ["text", "text"], [["Miami", "Florida"], ["Austin", "Texas"]])
    kept = Query(0, 0, (Condition(1, 0, "Florida"),))   # a column of names, not codes: left alone
    assert states_by_their_codes("Which Florida station?", kept, named, _rows_kept(named)) is kept


def test_a_long_table_keyed_by_whole_numbers_reads_its_measure_from_its_value_column():
    from wikisql.corrections import aggregate_of_a_key, measures_of_a_long_table, select_other_than_given, value_column
    standards = Table("standards", ["county", "zip_code", "year", "bedrooms", "value"],
                      ["text", "real", "real", "real", "real"],
                      [["Galveston", zip_code, 2025, bedrooms, 1000 + 100 * bedrooms + zip_code % 7]
                       for zip_code in (77518, 77550, 77554) for bedrooms in range(4)])
    assert value_column(standards) == 4   # the other number columns only key the rows: zip, year, bedrooms
    prices = Table("prices", ["day", "open", "value"], ["text", "real", "real"],
                   [["mon", 1.5, 5.0], ["tue", 2.25, 4.0], ["wed", 1.5, 6.0]])
    assert value_column(prices) is None   # `open` is a measure of its own (not whole): `value` is one among others
    three = (Condition(3, 0, 3),)
    assert aggregate_of_a_key("lowest payment standard for 3 bedrooms?", Query(1, 2, three), standards) == \
        Query(4, 2, three)   # MIN(zip_code): no zip asked
    in_zip = (Condition(1, 0, 77518),)
    assert aggregate_of_a_key("Average payment standard over all bedroom sizes in ZIP 77518", Query(3, 5, in_zip),
                              standards) == Query(4, 5, in_zip)
    counted = Query(3, 5, in_zip)   # the average of the key asked for: kept
    assert aggregate_of_a_key("What is the average number of bedrooms in ZIP 77518?", counted, standards) is counted
    assert aggregate_of_a_key("Lowest open?", Query(1, 2, ()), prices) == Query(1, 2, ())   # no long table
    over = Query(3, 3, (Condition(1, 0, 77554), Condition(3, 1, 3000)))   # no bedroom count passes 3000
    assert measures_of_a_long_table("In 77554, how many bedroom sizes have a standard over 3000?", over, standards) == \
        Query(3, 3, (Condition(1, 0, 77554), Condition(4, 1, 3000)))
    few = Query(1, 3, (Condition(3, 1, 2),))   # more than 2 bedrooms: rows pass, kept
    assert measures_of_a_long_table("How many zip codes list more than 2 bedrooms?", few, standards) is few
    studio = Query(3, 0, (Condition(1, 0, 77550), Condition(3, 0, 0)))
    assert select_other_than_given(studio, {3: -0.1, 1: -2.0, 4: -3.0}, "Studio (0 bedrooms) payment standard in zip "
                                   "code 77550?", standards) == Query(4, 0, studio.conds)   # the value, not a drop


def test_a_number_glued_to_its_columns_noun_is_one_value_not_a_bound(tokenizer):
    question = "How many ZIP codes have a 1-bedroom payment standard above $1,300?"
    item = encode_one(tokenizer, question, TABLE)
    start = question.index("1-bedroom")
    tokens = [i for i, token in enumerate(item.question_tokens) if start <= token.start < start + 1]
    assert comparison_operator(item, tokens[0], tokens[-1], "bedrooms") == 0   # "1-bedroom": `bedrooms = 1`
    assert comparison_operator(item, tokens[0], tokens[-1], "zip_code") is None   # another column's: left to the model
    question = "Total SRH3 over the 2-inch hail reports"
    item = encode_one(tokenizer, question, TABLE)
    two = [i for i, token in enumerate(item.question_tokens) if token.text == "2"]
    assert comparison_operator(item, two[0], two[0], "REPORT") == 0   # "the 2-inch reports": those, not a bound


def test_a_snake_case_cell_holding_the_words_said_is_the_value():
    from wikisql.corrections import trim_to_cells
    rates = Table("rates", ["county", "provider_type", "rate"], ["text", "text", "real"],
                  [["MIAMI_DADE_COUNTY_FL", "LICENSED_EXEMPT", 55.2], ["MIAMI_DADE_COUNTY_FL", "LICENSED_CENTER", 60.0]])
    assert trim_to_cells(Query(2, 0, (Condition(0, 0, "Miami-Dade"),)), rates) == \
        Query(2, 0, (Condition(0, 0, "MIAMI_DADE_COUNTY_FL"),))
    licensed = Query(2, 0, (Condition(1, 0, "licensed"),))   # in two cells: which one is not said
    assert trim_to_cells(licensed, rates) is licensed
    spaced = Table("t", ["county", "rate"], ["text", "real"], [["Miami Dade County", 1.0]])
    plain = Query(1, 0, (Condition(0, 0, "Miami"),))   # a cell written as words: WikiSQL's values are spans, kept
    assert trim_to_cells(plain, spaced) is plain


def test_a_count_said_of_a_columns_own_kinds_is_no_value_of_it():
    from wikisql.corrections import drop_counted_number_words
    rates = Table("rates", ["provider_type", "care_level", "rate"], ["text", "text", "real"],
                  [["LICENSED", "INFANT", 1.0], ["EXEMPT", "INFANT", 2.0], ["SCHOOL", "INFANT", 3.0]])
    three = Query(2, 5, (Condition(0, 0, "three"), Condition(1, 0, "INFANT")))
    assert drop_counted_number_words("Average INFANT rate over the three provider types", three, rates) == \
        Query(2, 5, (Condition(1, 0, "INFANT"),))   # a plural after the next word: how many, all of them
    assert drop_counted_number_words("Average INFANT rate of three", three, rates) is three   # no noun counted
    held = Table("t", ["provider_type", "rate"], ["text", "real"], [["three", 1.0], ["two", 2.0]])
    cell = Query(1, 0, (Condition(0, 0, "three"),))
    assert drop_counted_number_words("Rate of the three provider types?", cell, held) is cell   # a cell: a value
    genes = Table("g", ["gene", "cancer_types", "num_cancer_types"], ["text", "text", "real"],
                  [["A", "lung;skin", 2], ["B", "lung", 1]])
    counted = Query(0, 0, (Condition(1, 0, "2"),))   # a number column counts them: a value, moved there later
    assert drop_counted_number_words("Which gene is found in 2 cancer types?", counted, genes) is counted


def test_a_family_of_columns_headed_by_numbers_is_read_by_the_number_said_with_its_unit():
    from wikisql.corrections import numbered_columns_said
    header = ["ID", "Occupancy", "-2", "-1", "0", "1", "2", "3", "4"]
    curves = Table("curves", header, ["real", "text"] + ["real"] * 7,
                   [[175, "RES1", 0, 0, 0.08, 0.11, 0.19, 0.28, 0.3], [176, "COM3", 0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4]])
    at = {name: column for column, name in enumerate(header)}
    curve = (Condition(0, 0, 175),)
    assert numbered_columns_said("What damage fraction does curve 175 give at 3 feet of water?",
                                 Query(at["-2"], 0, curve), curves) == Query(at["3"], 0, curve)
    assert numbered_columns_said("Mean 4-foot damage of the COM3 curves", Query(at["-1"], 5, ()), curves).sel == at["4"]
    seven = Query(0, 0, (Condition(at["2"], 0, "2"),), Order(at["-1"], False, 2))   # `2 = '2'`: the number names it
    assert numbered_columns_said("Name the two curves with the least damage at 2 ft.", seven, curves) == \
        Query(0, 0, (), Order(at["2"], False, 2))
    above = Query(0, 3, (Condition(at["0"], 1, 0),))   # the comparison moves to the column of the depth said
    assert numbered_columns_said("How many curves show damage at -1 ft, more than 0?", above, curves) == \
        Query(0, 3, (Condition(at["-1"], 1, 0),))
    below = Query(at["2"], 0, curve)
    assert numbered_columns_said("For curve 175, what's the damage 2 feet below the floor (the -2 column)?", below,
                                 curves).sel == at["-2"]   # the header named
    two = Query(at["-2"], 0, curve)   # two depths said: which one is not read
    assert numbered_columns_said("Damage at 1 ft or 3 ft of curve 175?", two, curves) is two
    years = Table("y", ["Nation", "1999", "2003"], ["text", "real", "real"], [["a", 1, 2]])
    plain = Query(1, 0, (Condition(0, 0, "a"),))   # two numbered columns: no family
    assert numbered_columns_said("What did a score at 2003?", plain, years) is plain


def test_an_aggregate_of_a_column_of_codes_moves_to_the_column_the_question_aggregates():
    from wikisql.corrections import aggregated_column_said
    covers = Table("covers", ["globcover", "description", "vegetation_kext", "vegetation_root_depth"],
                   ["real", "text", "real", "real"],
                   [[11, "crops", 0.6, 1.0], [14, "grass", 0.6, 0.5], [20, "forest", 0.8, 2.0]])
    codes = Query(0, 5, (Condition(2, 0, 0.6),))   # AVG of the classes' codes
    assert aggregated_column_said("Average root depth of the GlobCover classes with kext 0.6", codes, covers) == \
        Query(3, 5, (Condition(2, 0, 0.6),))
    assert aggregated_column_said("Average globcover of the classes with kext 0.6", codes, covers) is codes   # said
    counts = Table("counts", ["city", "smoking_no_cancer_no", "smoking_yes_cancer_yes"], ["text", "real", "real"],
                   [["a", 12, 40], ["b", 15, 41], ["c", 9, 43]])
    written = Query(1, 5, ())   # the header written right after "average": the model's column stands
    assert aggregated_column_said("average smoking_no_cancer_no over the cities", written, counts) is written
    fractions = Table("f", ["share", "kext", "depth"], ["real", "real", "real"], [[0.5, 1, 2], [0.25, 2, 3], [1.5, 3, 4]])
    measure = Query(0, 5, ())   # not a column of codes (fractions): the model's column stands
    assert aggregated_column_said("Average depth of the shares", measure, fractions) is measure


def test_a_header_written_by_its_initials_is_read_as_that_column():
    from wikisql.corrections import select_the_acronym_said
    from wikisql.declining import missing_attribute
    pipes = Table("pipes", ["std_type", "material", "k_mm", "standard_dimension_ratio"], ["text", "text", "real", "real"],
                  [["1400_ST<16", "ST", 0.1, 26.0], ["150_GGG", "GGG", 0.2, 11.0], ["80_GGG", "GGG", 0.3, 17.0]])
    one = (Condition(0, 0, "1400_ST<16"),)
    assert select_the_acronym_said("What SDR does 1400_ST<16 have?", Query(1, 0, one), pipes) == Query(3, 0, one)
    ggg = (Condition(1, 0, "GGG"),)
    assert select_the_acronym_said("Which GGG pipe has the highest SDR?", Query(0, 0, ggg, Order(2, True, 1)),
                                   pipes) == Query(0, 0, ggg, Order(3, True, 1))
    said = Query(2, 0, one)   # the selected column's own word is said: kept
    assert select_the_acronym_said("What k in mm and SDR does 1400_ST<16 have?", said, pipes) is said
    coded = Query(1, 0, (Condition(0, 0, "SDR pipe"),))   # the acronym inside a value: a value, not a column
    assert select_the_acronym_said("Which material is the SDR pipe?", coded, pipes) is coded
    assert missing_attribute("What SDR does 1400_ST<16 have?", pipes, Query(3, 0, one)) is None
