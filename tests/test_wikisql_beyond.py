"""wikisql/beyond.py: generated superlative and unanswerable training questions."""
import random

from wikisql.beyond import beyond_examples, describe, superlative, superlative_examples, unanswerable_examples
from wikisql.database import Database
from wikisql.encoding import Encoder
from wikisql.query import Query
from wikisql.schema import Table

TOWERS = Table("towers", ["Tower", "City", "Height (m)", "Floors", "Year"], ["text", "text", "real", "real", "real"],
               [["Burj Khalifa", "Dubai", 828, 163, 2010], ["Shanghai Tower", "Shanghai", 632, 128, 2015],
                ["Lotte Tower", "Seoul", 555, 123, 2017], ["Marina 101", "Dubai", 425, 101, 2017],
                ["Princess Tower", "Dubai", 413, 101, 2012], ["Jin Mao", "Shanghai", 421, 88, None]])
TIED = Table("tied", ["Name", "Score"], ["text", "real"], [["a", 1], ["b", 1], ["c", 1]])


def test_superlatives_are_answered_by_their_query_without_ties():
    examples = superlative_examples({"towers": TOWERS, "tied": TIED}, 60, seed=3)
    assert len(examples) == 60 and {e.table_id for e in examples} == {"towers"}   # "tied" has no distinct numbers
    with Database.from_tables([TOWERS]) as database:
        for example in examples:
            query = example.query
            assert query.order is not None and query.agg == 0 and query.order.column != query.sel
            rows = database.matching_rows("towers", query, 10)
            assert len(rows) == query.order.limit
            unlimited = Query(query.sel, 0, query.conds, None)
            candidates = database.matching_rows("towers", unlimited, 10)
            values = sorted((TOWERS.rows[i][query.order.column] for i in candidates
                             if TOWERS.rows[i][query.order.column] is not None), reverse=query.order.descending)
            assert values[query.order.limit - 1] != values[query.order.limit]   # no tie at the k-th row
            for condition in query.conds:
                assert condition.value.lower() in example.question.lower()
    assert superlative_examples({"towers": TOWERS}, 20, seed=3) == superlative_examples({"towers": TOWERS}, 20, seed=3)


def test_superlative_phrasings_vary_and_limits_above_one_occur():
    examples = superlative_examples({"towers": TOWERS}, 200, seed=1)
    assert len({e.question for e in examples}) > 100
    assert {e.query.order.limit for e in examples} > {1} and {e.query.order.descending for e in examples} == {True, False}
    assert any("tallest" in e.question or "shortest" in e.question for e in examples)   # the header implies them
    assert any(e.query.conds for e in examples)


def test_superlatives_are_said_as_people_say_them():
    examples = superlative_examples({"towers": TOWERS}, 400, seed=2)
    questions = [e.question for e in examples]
    assert any(" stands the tallest" in q or " stood the tallest" in q for q in questions)   # a verb, both tenses
    assert any(q.startswith("What is the city of the ") for q in questions)   # another column of the named row
    # "most recent" / "earliest" say an ordering by Year without naming the column
    by_year = [e for e in examples if e.query.order.column == 4 and "year" not in e.question.lower()]
    assert by_year and all(any(word in e.question for word in ("recent", "latest", "newest", "earliest", "oldest",
                                                                "first")) for e in by_year)
    # a condition said by its value alone ("In Dubai, which tower ...", "Which Dubai tower ...")
    assert any(e.query.conds and "city" not in e.question.lower() for e in examples)


def test_unanswerable_questions_have_no_query_and_encode_with_their_label(tokenizer):
    examples = unanswerable_examples({"towers": TOWERS}, 50, seed=2)
    assert len(examples) == 50 and all(not e.answerable and e.query is None for e in examples)
    assert len({e.question for e in examples}) > 25
    item = Encoder(tokenizer, 128).encode(examples[0].question, TOWERS.header, TOWERS.types, answerable=False)
    assert item.labels is not None and not item.labels.answerable and item.labels.sel < 0
    both = beyond_examples({"towers": TOWERS}, 0.1, 0.05, 200, seed=0)
    assert describe(both) == "20 superlatives, 10 unanswerable"


def test_a_table_without_numbers_gives_no_superlative():
    words = Table("w", ["A", "B"], ["text", "text"], [["x", "y"], ["z", "w"]])
    assert superlative(words, random.Random(0)) is None
