"""A superlative read from the MAX/MIN of a model without ordering heads (wikisql/superlatives.py):
a question for a row gets the row's name ordered by the aggregated column; a question for the value, a
query with conditions and MAX/MIN of a text column stay as decoded; the engine applies it only to models
without the ordering heads. Each answer is checked by executing the query on the table."""
import pytest

from wikisql import engine
from wikisql.database import Database
from wikisql.decoding import Decoded
from wikisql.query import AGGREGATION_OPS, Condition, Order, Query
from wikisql.schema import Table
from wikisql.superlatives import asked_for, limit, read_superlative, row_name_column

from support import PLAYERS, build_tiny_checkpoint  # noqa: E402

MAX, MIN = AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN")
CARS = Table("cars", ["Manufacturer", "Model", "Make", "Type", "Weight", "Year", "Driver"],
             ["text", "text", "text", "text", "real", "real", "text"],
             [["Acura", "Integra", "Acura Integra", "Small", 2705, 1993, "Ann Lee"],
              ["Audi", "100", "Audi 100", "Midsize", 3405, 1994, "Bo Kim"],
              ["Buick", "Century", "Buick Century", "Midsize", 2880, 1995, "Cy Dunn"],
              ["Geo", "Metro", "Geo Metro", "Small", 1695, 1993, "Di Fox"]])
WEIGHT, YEAR = 4, 5


def answer(table, query):
    with Database.from_tables([table]) as database:
        return database.execute(table.id, query)


@pytest.mark.parametrize("question, agg, expected", [
    ("Which car is the heaviest?", MAX, ["Audi 100"]),                    # the longest distinct names: Make
    ("What's the lightest car?", MIN, ["Geo Metro"]),
    ("Name the three heaviest cars.", MAX, ["Audi 100", "Buick Century", "Acura Integra"]),
    ("Which two models weigh the least?", MIN, ["Metro", "Integra"]),   # a header word names the column
    ("Which car weighs the most?", MAX, ["Audi 100"]),                   # "weighs" is no noun of the rows
    ("Who drives the heaviest car?", MAX, ["Bo Kim"]),                  # "who": a column of people
    ("In which year was the heaviest car built?", MAX, [1994]),
    ("When was the lightest car built?", MIN, [1993]),                  # "when": the year column
])
def test_a_question_for_a_row_gets_the_row_ordered_by_the_aggregated_column(question, agg, expected):
    query = read_superlative(question, Query(WEIGHT, agg, ()), CARS)
    assert query.agg == 0 and query.order == Order(WEIGHT, agg == MAX, len(expected))
    assert answer(CARS, query) == [value.lower() if isinstance(value, str) else value for value in expected]


@pytest.mark.parametrize("question", [
    "What is the heaviest weight?",             # the noun names the aggregated column
    "What is the maximum weight of a car?",
    "What is the earliest year of a Geo?",      # a time: asks for the value
    "What is the highest weight per person?",   # a rate: a measure, not a row
    "Which weight is the highest?",             # the rows' noun is the aggregated column
    "Which car number is the highest?",
    "How heavy is the heaviest car?",           # not asked for a row
    "How many cars are there?",
])
def test_a_question_for_the_value_keeps_the_aggregation(question):
    query = Query(WEIGHT, MAX, ())
    assert read_superlative(question, query, CARS) is query


@pytest.mark.parametrize("question, value", [
    ("Which Midsize car is the heaviest?", "Midsize"),              # inside the rows' noun
    ("Among Midsize cars, which one is the heaviest?", "Midsize"),  # before the question
    ("In 1994, which car was the heaviest?", "1994"),
    ("Which car from 1994 is the heaviest?", "1994"),              # right after the rows' noun
])
def test_a_condition_that_restricts_the_rows_asked_about_keeps_the_reading(question, value):
    column = 3 if value == "Midsize" else YEAR
    query = read_superlative(question, Query(WEIGHT, MAX, (Condition(column, 0, value),)), CARS)
    assert query.order == Order(WEIGHT, True, 1) and query.conds == (Condition(column, 0, value),)
    assert answer(CARS, query) == ["audi 100"]


def test_a_query_with_a_condition_said_as_a_property_or_over_a_text_column_stays_as_decoded():
    conditioned = Query(WEIGHT, MAX, (Condition(3, 0, "Small"),))
    for question in ("What car with a Type of Small has the highest weight?",   # WikiSQL's MAX(Weight)
                     "Who has the heaviest car when the type is Small?"):
        assert read_superlative(question, conditioned, CARS) is conditioned
    text = Query(2, MAX, ())
    assert read_superlative("Which car is the heaviest?", text, CARS) is text   # declined elsewhere
    assert read_superlative("Where was the heaviest car made?", Query(WEIGHT, MAX, ()), CARS).agg == MAX  # no place


def test_the_question_forms_and_the_limit():
    assert asked_for("Who has the most points?") == ("person", [])
    assert asked_for("What were the three longest films?") == ("noun", ["three", "longest", "films"])
    assert asked_for("What is the longest film?") == ("noun", ["longest", "film"])
    assert asked_for("What is the highest score?") == ("noun", ["highest", "score"])   # names a column: a value
    assert asked_for("What is the score of Ann?") is None
    assert asked_for("top 3 companies by assets") == ("noun", ["top", "3", "companies"])
    assert [limit(q) for q in ("Which two cars ...", "the five heaviest", "top 3 by sales", "Which car")] == [2, 5, 3, 1]
    assert row_name_column(CARS) == 2   # Make: as distinct as Model, longer names


def test_the_engine_reads_superlatives_only_for_models_without_ordering_heads(tmp_path, monkeypatch):
    from wikisql.tables import read_table
    predictor = engine.Predictor.load(build_tiny_checkpoint(tmp_path / "ckpt"))
    table = read_table(PLAYERS)
    numbers = [c for c, kind in enumerate(table.types) if kind == "real"]
    maximum = Query(numbers[0], MAX, ())
    monkeypatch.setattr(engine, "greedy_decode", lambda scores, item, *rest: Decoded(maximum, (), -1.0))
    question = f"Which player has the highest {table.header[numbers[0]]}?"
    read = predictor.predict([question], [table])[0].query
    assert read.order == Order(numbers[0], True, 1) and read.agg == 0 and table.types[read.sel] == "text"
    predictor.read_superlatives = False
    assert predictor.predict([question], [table])[0].query == maximum
