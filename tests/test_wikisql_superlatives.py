"""A superlative read from the MAX/MIN of a model without ordering heads (wikisql/superlatives/):
a question for a row gets the row's name ordered by the aggregated column; a question for the value, a
query with conditions and MAX/MIN of a text column stay as decoded; the engine applies it only to models
without the ordering heads. A superlative the model decoded without MAX/MIN of a number column is read
through its select and aggregation heads (order_from_scores); a question for a group is not a row's.
Each answer is checked by executing the query on the table."""
import pytest
from support import PLAYERS, build_tiny_checkpoint  # noqa: E402

from wikisql import engine
from wikisql.corrections import add_kind_condition
from wikisql.database import Database
from wikisql.declining import cannot_answer
from wikisql.decoding import Decoded
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Order, Query
from wikisql.schema import Table
from wikisql.superlatives import (
    _adjective,
    asked_for,
    select_the_row_asked,
    column_direction,
    compared_by_measure,
    counted_rows,
    direction,
    extreme_as_said,
    grouped_by,
    is_identifier,
    kind_said_as_rows,
    limit,
    measured_by,
    order_by_the_header_said,
    order_from_scores,
    person_column,
    person_not_an_id,
    read_superlative,
    restricts_the_rows,
    row_name_column,
    select_the_noun_asked,
    select_the_time_asked,
    superlative_word,
)

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


@pytest.mark.parametrize("question, conds, expected", [
    ("Of the Midsize cars, who drives the heaviest?", ((3, 0, "Midsize"),), ["Bo Kim"]),   # a clause before it
    ("Of the cars built after 1993, which was lightest?", ((YEAR, 1, "1993"),), ["Buick Century"]),
    ("On the Midsize side, which car is the heaviest?", ((3, 0, "Midsize"),), ["Audi 100"]),
    ("Which driver sent the heaviest car to Midsize?", ((3, 0, "Midsize"),), ["Bo Kim"]),   # "to" a repeated value
])
def test_a_fronted_clause_or_a_value_said_after_to_restricts_the_rows(question, conds, expected):
    agg = MIN if "lightest" in question else MAX
    query = read_superlative(question, Query(WEIGHT, agg, conds), CARS)
    assert query.agg == 0 and query.order is not None and query.conds == tuple(Condition(*c) for c in conds)
    assert answer(CARS, query) == [value.lower() for value in expected]


def test_a_condition_pointing_at_a_number_column_does_not_stop_the_row_reading():
    pointed = Query(WEIGHT, MAX, (Condition(3, 0, "Midsize"), Condition(YEAR, 0, "built")))   # `Year = 'built'`
    query = read_superlative("Name the Midsize car with the most weight.", pointed, CARS)
    assert query.conds == (Condition(3, 0, "Midsize"),) and query.order == Order(WEIGHT, True, 1)
    assert answer(CARS, query) == ["audi 100"]


def test_the_question_forms_and_the_limit():
    assert asked_for("Who has the most points?") == ("person", [])
    assert asked_for("What were the three longest films?") == ("noun", ["three", "longest", "films"])
    assert asked_for("What is the longest film?") == ("noun", ["longest", "film"])
    assert asked_for("What is the highest score?") == ("noun", ["highest", "score"])   # names a column: a value
    assert asked_for("What is the score of Ann?") is None
    # a name after the measure starts a clause: the measure is asked ("the most home runs McGwire hit")
    assert asked_for("What's the most home runs McGwire hit in one game?") == ("noun", ["most", "home", "runs"])
    assert asked_for("What is the cheapest Toyota model?") == ("noun", ["cheapest", "toyota", "model"])
    assert asked_for("What was the highest daily NOx at Erstfeld?") == ("noun", ["highest", "daily", "nox"])
    games = Table("games", ["Game", "Opponent", "HR", "Player"], ["real", "text", "real", "text"],
                  [[1, "Cubs", 2, "McGwire"], [2, "Reds", 3, "McGwire"], [3, "Mets", 4, "Sosa"]])
    most = Query(2, MAX, ((3, 0, "McGwire"),))
    assert read_superlative("What's the most home runs McGwire hit in one game?", most, games) == most
    assert asked_for("top 3 companies by assets") == ("noun", ["top", "3", "companies"])
    # a clause fronted by "with" names the rows, as "among" does
    assert asked_for("With an NE wind, which day had the highest PM2.5?") == ("row", ["day"])
    assert [limit(q) for q in ("Which two cars ...", "the five heaviest", "top 3 by sales", "Which car")] == \
        [2, 5, 3, 1]
    # a number after the superlative counts the rows ranked among, not the rows asked for
    assert limit("How much rain fell on the hottest day of the two months?") == 1
    assert limit("What were the three months with the highest rain?") == 3
    assert limit("Among the 2.75 inch reports, which sounding had the highest SHIP?") == 1   # a number, no count
    assert row_name_column(CARS) == 2   # Make: as distinct as Model, longer names
    players = Table("p", ["playerID", "nameFull", "studyName"], ["text"] * 3,
                    [["MLB__NPB_1_KBO_2", "Kazuhiko Shiotani", "a"], ["MLB__NPB_3_KBO_4", "Min-Tae Chung", "a"],
                     ["MLB__NPB_5_KBO_6", "Seung-Yeop Lee", "a"]])
    assert row_name_column(players) == 1   # a name before an id code
    unnamed = Table("p", players.header, players.types, [[*row[:1], "", row[2]] for row in players.rows[:1]]
                    + players.rows[1:])
    assert row_name_column(unnamed) == 0   # not when a row has no name; nor a name of a few groups (`studyName`)


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


def test_the_engine_drops_the_table_s_year_before_reading_a_superlative(tmp_path, monkeypatch):
    predictor = engine.Predictor.load(build_tiny_checkpoint(tmp_path / "ckpt"))
    cars = Table("cars_1980", CARS.header, CARS.types, CARS.rows)
    dated = Query(WEIGHT, MAX, ((YEAR, 0, "1980"),))   # "these 1980 cars": the table's year, no row's
    monkeypatch.setattr(engine, "greedy_decode", lambda scores, item, *rest: Decoded(dated, ((0, 0),), -1.0))
    read = predictor.predict(["Which of these 1980 cars has the greatest weight?"], [cars])[0].query
    assert read.agg == 0 and read.order == Order(WEIGHT, True, 1) and not read.conds
    assert answer(cars, read) == ["audi 100"]


def test_the_rows_a_value_inside_their_noun_names_are_asked_by_their_name():
    kinds = Table("elements", ["number", "name", "metal"], ["real", "text", "text"],
                  [[4, "Beryllium", "alkaline earth metal"], [12, "Magnesium", "alkaline earth metal"],
                   [11, "Sodium", "alkali metal"]])
    query = Query(0, MAX, ((2, 0, "alkaline earth metal"),))
    read = read_superlative("Which alkaline earth metal has the highest number?", query, kinds)
    assert read == Query(1, 0, query.conds, Order(0, True, 1)) and answer(kinds, read) == ["magnesium"]


def test_a_value_said_of_the_superlative_with_of_restricts_the_rows():
    assert restricts_the_rows("Which country's runner posted the fastest time of 1968?", ["country"], "1968", True)
    assert not restricts_the_rows("Which country's runner posted the fastest time of 1968?", ["country"], "1968")


def test_a_value_after_its_columns_word_said_of_the_superlative_restricts_the_rows():
    airlines = Table("airline", ["airline", "year", "cost", "output"], ["real"] * 4,
                     [[1, 15, 900, 0.9], [2, 15, 300, 0.2], [3, 15, 500, 0.5], [1, 14, 800, 0.1], [2, 14, 200, 0.8]])
    query = read_superlative("Which airline had the smallest output in year 15?", Query(3, MIN, ((1, 0, "15"),)),
                             airlines)
    assert query == Query(0, 0, ((1, 0, "15"),), Order(3, False, 1)) and answer(airlines, query) == [2]
    assert restricts_the_rows("Which airline had the smallest output in year 15?", ["airline"], "15", True)
    assert not restricts_the_rows("Which airline had the smallest output in year 15?", ["airline"], "15")   # one row
    assert not restricts_the_rows("Which airline had the smallest output and cost 15?", ["airline"], "15", True)


def test_a_column_said_in_words_then_of_or_a_comparison_and_the_value_restricts_the_rows():
    tracts = Table("boston", ["rownames", "crim", "tensile strength", "medv"], ["real"] * 4,
                   [[1, 0.5, 180, 50], [2, 0.2, 220, 50], [3, 0.1, 250, 24], [4, 0.9, 210, 50]])
    query = read_superlative("Which tract with a medv of 50 has the lowest crime rate?",
                             Query(1, MIN, ((3, 0, "50"),)), tracts)
    assert query == Query(0, 0, ((3, 0, "50"),), Order(1, False, 1)) and answer(tracts, query) == [2]
    assert restricts_the_rows("Which tract with a tensile strength above 200 has the lowest crime rate?", ["tract"],
                              "200", header="tensile strength")   # two words of the column, then "above"
    # the column's word and a noun of its own, then the comparison: "with a BAA yield below 6.5" of `BAA`
    assert restricts_the_rows("Which month with a BAA yield below 6.5 had the highest AAA yield?", ["month"], "6.5",
                              header="BAA")
    # WikiSQL's way of saying a property, "What team with a Game of 18 has the lowest ...", is no restriction
    assert not restricts_the_rows("What team with a Game of 18 has the lowest attendance?", ["team"], "18",
                                  header="Game")


def test_a_code_that_stands_for_the_asked_noun_names_the_rows_not_the_row_names():
    readings = Table("michelson", ["rownames", "Expt", "Run", "Speed"], ["real"] * 4,
                     [[1, 1, 1, 850], [2, 1, 2, 740], [3, 5, 1, 760], [4, 5, 2, 900]])
    query = read_superlative("Which experiment gave the slowest reading on run 1?", Query(3, MIN, ((2, 0, "1"),)),
                             readings)
    assert query == Query(1, 0, ((2, 0, "1"),), Order(3, False, 1)) and answer(readings, query) == [5]


def test_a_column_named_first_without_a_question_word_is_asked_at_the_extreme():
    looms = Table("loom_warp_breaks", ["breaks", "wool", "tension"], ["real", "text", "text"],
                  [[26, "A", "L"], [70, "A", "M"], [54, "B", "H"], [30, "B", "M"]])
    query = read_superlative("Tension of the loom with the most breaks", Query(0, MAX, ((2, 0, "loom"),)), looms)
    assert query == Query(2, 0, (), Order(0, True, 1)) and answer(looms, query) == ["m"]   # `loom`: the table's name
    readings = Table("michelson", ["rownames", "Expt", "Speed"], ["real"] * 3,
                     [[1, 4, 850], [2, 4, 740], [3, 5, 700], [4, 4, 900]])
    query = read_superlative("Row name of the slowest measurement in experiment 4?", Query(2, MIN, ((1, 0, "4"),)),
                             readings)
    assert query == Query(0, 0, ((1, 0, "4"),), Order(2, False, 1)) and answer(readings, query) == [2]
    kept = Query(0, MAX, ())
    assert read_superlative("Number of the looms with the most breaks", kept, looms) is kept   # a value asked
    assert read_superlative("What is the most breaks?", kept, looms) is kept


def test_a_superlative_by_a_named_column_orders_by_it():
    crabs = Table("crabs", ["sp", "sex", "CL", "CW"], ["text", "text", "real", "real"],
                  [["B", "F", 30.1, 40.0], ["B", "F", 35.2, 38.0], ["O", "F", 33.0, 45.0], ["O", "M", 40.0, 30.0]])
    question = "Carapace widths of the two longest females (F), by carapace length?"
    query = read_superlative(question, Query(3, MAX, ((1, 0, "F"),)), crabs, {c: 0.0 for c in range(4)})
    assert query == Query(3, 0, ((1, 0, "F"),), Order(2, True, 2)) and answer(crabs, query) == [38.0, 45.0]
    flights = Table("flights", ["carrier", "minutes", "miles"], ["text", "real", "real"],
                    [["Delta", 300, 2000], ["United", 200, 2500], ["Delta", 250, 2600]])
    query = read_superlative("Which carrier had the longest flight operated by Delta?", Query(1, MAX, ()), flights)
    assert query.order == Order(1, True, 1)   # "by Delta" names no number column: the model's `minutes` stays


def test_an_aggregate_turns_the_way_its_superlative_says():
    races = Table("races", ["Name", "Time", "Round"], ["text", "real", "real"], [["Ann", 10.2, 1], ["Bo", 10.9, 2]])
    assert extreme_as_said("What was the slowest time that won?", Query(1, MIN, ()), races) == Query(1, MAX, ())
    assert extreme_as_said("What was the fastest time?", Query(1, MAX, ()), races) == Query(1, MIN, ())
    assert extreme_as_said("What is the lowest round?", Query(2, MAX, ()), races) == Query(2, MIN, ())
    kept = Query(2, MAX, ())
    assert extreme_as_said("What was the first round?", kept, races) is kept   # a position, not a direction
    assert extreme_as_said("What was the round of Ann?", kept, races) is kept   # no superlative


def test_a_signed_extreme_and_a_peak_said_with_did_are_superlatives():
    assert superlative_word("In period 5, which element has the most negative EA?", CARS) == "lowest"
    assert superlative_word("Which place had the least negative undercount?", CARS) == "highest"
    assert superlative_word("In which year did the female share of Engineering degrees peak?", CARS) == "highest"


def test_a_comparative_after_a_superlative_is_part_of_the_column_named():
    # "lower" names the lower flammability limit (`LFL`); the question asks for its highest
    flammable = Table("nfpa", ["CAS", "Name", "T_flash", "LFL", "UFL"], ["text", "text", "real", "real", "real"],
                      [["71-43-2", "Benzene", 262, 1.2, 7.8], ["67-64-1", "Acetone", 253, 2.5, 12.8]])
    assert superlative_word("Which chemical has the highest lower flammability limit?", flammable) == "highest"
    assert superlative_word("Which chemical has a lower flash point?", flammable) == "lowest"   # a comparative alone


def test_an_ordering_names_the_rows_instead_of_the_column_its_condition_gives():
    from wikisql.superlatives import name_the_rows
    cars = Table("cars", ["mpg", "origin", "name"], ["real", "real", "text"],
                 [[30, 1, "ford pinto"], [35, 1, "dodge colt"], [40, 2, "vw rabbit"]])
    origin = Query(1, 0, ((1, 0, "1"),), Order(0, True, 2))   # "Which two origin 1 cars get the best mpg?"
    named = name_the_rows(origin, cars)
    assert named == Query(2, 0, origin.conds, origin.order) and answer(cars, named) == ["dodge colt", "ford pinto"]
    kept = Query(2, 0, ((1, 0, "1"),), Order(0, True, 2))
    assert name_the_rows(kept, cars) is kept


def test_superlative_words_and_their_direction():
    expected = {"Which car is the sweetest?": "sweetest", "Name the three saltiest cars.": "saltiest",
                "top 5 cars by weight": "top", "Which car weighs the most?": "most", "Who is the best?": "best",
                "Who was the first driver?": None, "Which car is in the forest?": None,
                "What is the interest of Audi?": None}
    assert {question: superlative_word(question, CARS) for question in expected} == expected
    points = Table("t", ["Player", "High points"], ["text", "real"], [["Ann", 30]])
    assert superlative_word("Who had the highest points?", points) is None   # names `High points`
    weather = Table("t", ["Day", "MinTemp", "MaxTemp"], ["text", "real", "real"], [["Mon", -2, 5]])
    assert superlative_word("On which day did the minimum temperature drop below -1?", weather) is None
    reactions = Table("t", ["cmpd_name", "cmpd_mwt", "OH_t_low", "OH_t_high"], ["text", "real", "real", "real"],
                      [["propane", 44.1, 200, 400], ["acetone", 58.08, 240, 350]])
    question = "Which compound has the highest molecular weight?"   # `OH_t_high` holds "high", not what follows
    assert superlative_word(question, reactions) == "highest"
    query = read_superlative(question, Query(1, MAX, ()), reactions)
    assert query == Query(0, 0, (), Order(1, True, 1)) and answer(reactions, query) == ["acetone"]
    assert superlative_word("What is the highest OH temperature of propane?", reactions) is None   # `OH_t_high`
    assert [direction(w) for w in ("most", "fewest", "cheapest", "saltiest", "fastest", "oldest")] == \
        [True, False, False, True, None, None]   # a time's fastest is its smallest: the model decides


# log p(select = column) and (log p(MAX), log p(MIN)) of each CARS column, as a model might score them
SELECT = {0: -6.0, 1: -6.0, 2: -0.1, 3: -5.0, 4: -2.5, 5: -3.0, 6: -6.0}
EXTREMES = {c: (-0.5, -2.0) for c in range(7)}


def read(question, query, select=SELECT, extremes=EXTREMES):
    return order_from_scores(question, query, CARS, select, extremes)


@pytest.mark.parametrize("question, query, expected", [
    ("Which car is the heaviest?", Query(2, 0, ()), ["Audi 100"]),   # the number column the select head likes next
    ("Which two cars are the lightest?", Query(2, 0, ((WEIGHT, 0, "lightest"),)), ["Geo Metro", "Acura Integra"]),
    ("What are the two heaviest cars?", Query(WEIGHT, 0, ()), ["Audi 100", "Buick Century"]),   # the rows, not weights
    ("What type is the car with the most weight?", Query(3, 0, ()), ["Midsize"]),
    ("Which car has the highest weight?", Query(2, MAX, ()), ["Audi 100"]),   # MAX(Make) with the column named
    ("Among Small cars, which one is the heaviest?", Query(2, 0, ((3, 0, "Small"),)), ["Acura Integra"]),
    ("Which is the heaviest Small car?", Query(2, 0, ((3, 0, "Small"),)), ["Acura Integra"]),   # unknown -est
    ("What's the heaviest car?", Query(3, 0, ()), ["Audi 100"]),   # not the model's Type: a category names no car
])
def test_a_superlative_decoded_without_max_or_min_is_read_as_an_ordering(question, query, expected):
    ordered = read(question, query)
    assert ordered.agg == 0 and ordered.order is not None and ordered.order.limit == len(expected)
    assert answer(CARS, ordered) == [value.lower() for value in expected]


def test_the_model_decides_the_column_and_a_direction_the_word_does_not():
    by_year = {**SELECT, YEAR: -1.0}
    assert read("Which car is the fastest?", Query(2, 0, ()), by_year).order == Order(YEAR, True, 1)
    assert read("Which car is the fastest?", Query(2, 0, ()), by_year, {c: (-2.0, -0.5) for c in range(7)}).order == \
        Order(YEAR, False, 1)
    # of a column of years the newest is the largest and the oldest the smallest, whatever the model prefers
    assert read("Which car is the newest?", Query(2, 0, ()), by_year, {c: (-2.0, -0.5) for c in range(7)}).order == \
        Order(YEAR, True, 1)
    assert read("Which car is the oldest?", Query(2, 0, ()), by_year).order == Order(YEAR, False, 1)
    assert read("Which car is the cheapest?", Query(2, 0, ()), by_year).order == Order(YEAR, False, 1)   # the word


@pytest.mark.parametrize("question, query", [
    ("Which car is from 1994?", Query(2, 0, ((YEAR, 0, "1994"),))),                      # no superlative
    ("What car with a Type of Small has the highest weight?", Query(2, 0, ((3, 0, "Small"),))),   # WikiSQL's property
    ("Which car has the most owners?", Query(2, MAX, ())),      # MAX(Make), no column named: declined elsewhere
    ("Which type has the highest average weight?", Query(3, 0, ())),   # a group: Type repeats
    ("How heavy is the heaviest car?", Query(WEIGHT, 0, ())),   # a number selected and no row asked for
    ("Which car is the heaviest?", Query(2, 0, (), Order(WEIGHT, True, 1))),   # ordered already
])
def test_what_is_no_row_superlative_stays_as_decoded(question, query):
    assert read(question, query) is query


def test_a_superlative_over_groups_is_declined_as_grouping():
    types = Query(3, 0, ())
    assert grouped_by("Which type has the highest average weight?", "highest", CARS, 3)
    assert grouped_by("Which type is the heaviest on average?", "heaviest", CARS, 3)
    assert not grouped_by("Which type is the heaviest?", "heaviest", CARS, 3)          # a row's type
    assert not grouped_by("Which car has the highest average weight?", "highest", CARS, 2)   # Make names rows
    assert "grouping" in cannot_answer("Which type has the highest average weight?", types, CARS)
    assert cannot_answer("What is the highest average weight?", Query(WEIGHT, MAX, ()), CARS) is None
    quakes = Table("quakes", ["event", "mag", "station", "accel"], ["real", "real", "text", "real"],
                   [[1, 7.0, "117", 0.3], [1, 7.0, "1008", 0.1], [2, 6.1, "1008", 0.2]])
    ordered = Query(0, 0, (), Order(1, True, 1))   # stations are counted per event: no row has the most
    assert "grouping" in cannot_answer("Which event had the most stations recording it?", ordered, quakes)
    assert cannot_answer("Which event had the most acceleration?", Query(0, 0, (), Order(3, True, 1)), quakes) is None


def test_the_engine_reads_a_superlative_through_the_select_head(tmp_path, monkeypatch):
    from wikisql.tables import read_table
    predictor = engine.Predictor.load(build_tiny_checkpoint(tmp_path / "ckpt"))
    table = read_table(PLAYERS)
    text = [c for c, kind in enumerate(table.types) if kind == "text"]
    numbers = [c for c, kind in enumerate(table.types) if kind == "real"]
    pointing = Query(text[0], 0, ((numbers[0], 0, "points"),))   # a word on a number column: cannot hold
    monkeypatch.setattr(engine, "greedy_decode", lambda scores, item, *rest: Decoded(pointing, ((0, 0),), -1.0))
    question = f"Which {table.header[text[0]]} has the highest points?"
    read = predictor.predict([question], [table])[0].query
    assert read.sel == text[0] and read.conds == () and read.order == Order(numbers[0], True, 1)
    predictor.read_superlatives = False   # decoded as it was, less the condition no row passes (drop_non_numbers)
    assert predictor.predict([question], [table])[0].query == Query(text[0], 0, ())


PENGUINS = Table("penguins", ["Individual ID", "Island", "Culmen Length (mm)", "Culmen Depth (mm)", "Body Mass (g)",
                              "Race time (s)"],
                 ["text", "text", "real", "real", "real", "real"],
                 [["N1A1", "Dream", 39.1, 18.7, 3750, 60.5], ["N1A2", "Dream", 41.5, 17.4, 3800, 58.0],
                  ["N2A1", "Biscoe", 36.7, 19.3, 3450, 71.2], ["N3A1", "Torgersen", 46.0, 21.5, 4200, 66.0]])


def test_what_a_superlative_measures_picks_the_column_the_model_did_not():
    assert {"length", "distance", "duration"} <= measured_by("Which penguin has the longest culmen?", "longest")
    assert {"mass", "weight"} <= measured_by("Which penguin weighs the most?", "most")
    assert "price" in measured_by("What was the most expensive film?", "most")
    assert measured_by("Which penguin has the most points?", "most") == frozenset()
    assert "msrp" in measured_by("What are the three cheapest cars?", "cheapest")   # a retail price
    assert "passengers" in measured_by("Name the three quietest stations", "quietest")
    assert "abundance" in measured_by("rarest Ni isotope", "rarest")
    assert direction("quietest") is False and direction("rarest") is False
    select = {0: -0.1, 1: -4.0, 2: -3.0, 3: -2.0, 4: -5.0, 5: -6.0}   # the select head likes Culmen Depth
    extremes = {c: (-0.5, -2.0) for c in range(6)}
    longest = order_from_scores("Which penguin has the longest culmen?", Query(0, 0, ()), PENGUINS, select, extremes)
    assert longest.order == Order(2, True, 1) and answer(PENGUINS, longest) == ["n3a1"]   # Culmen Length, named too
    lightest = read_superlative("Which penguin is the lightest?", Query(3, MIN, ()), PENGUINS, select)
    assert lightest.order == Order(4, False, 1) and answer(PENGUINS, lightest) == ["n2a1"]   # Body Mass, not MIN(Depth)
    fastest = order_from_scores("Which penguin ran the fastest race time?", Query(0, 0, ()), PENGUINS,
                                {**select, 5: -1.0}, extremes)
    assert fastest.order == Order(5, False, 1)   # the fastest time is the smallest, whatever the heads said
    assert direction("fastest", timed=True) is False and direction("slowest", timed=True) is True
    assert direction("best", timed=True) is False and direction("worst", timed=True) is True
    assert direction("best") is True and direction("worst") is None   # the best mileage is the largest; the worst
    # ozone is the most, the worst mileage the least: left to the model
    assert direction("oldest", dated=False) is True and direction("youngest", dated=False) is False   # ages
    assert direction("earliest", dated=False) is None and direction("latest", dated=False) is None   # no time of
    assert direction("earliest", dated=True) is False and direction("latest", dated=True) is True    # an age
    patients = Table("aids", ["id", "diag", "age", "T.categ"], ["real", "real", "real", "text"],
                     [[1, 9000, 30, "hs"], [2, 8000, 50, "hs"], [3, 7000, 60, "blood"]])
    question = "How old was the earliest-diagnosed hs patient?"   # "earliest" is said of `diag`, not of `age`
    query = read_superlative(question, extreme_as_said(question, Query(2, MIN, ((3, 0, "hs"),)), patients), patients)
    assert query == Query(2, 0, ((3, 0, "hs"),), Order(1, False, 1)) and answer(patients, query) == [50]


def test_a_count_is_no_condition_and_which_of_restricts_the_rows():
    top = Query(0, 0, ((1, 0, "3"),))   # "top 3": the model put the 3 on a column
    extremes = {c: (-0.5, -2.0) for c in range(6)}
    read = order_from_scores("top 3 penguins by body mass", top, PENGUINS, {0: -0.1, 4: -1.0, 3: -2.0}, extremes)
    assert read.conds == () and read.order == Order(4, True, 3)
    assert restricts_the_rows("Which of the Primates is the heaviest?", [], "Primates")
    assert not restricts_the_rows("Which animal of the Primates order is the heaviest?", ["animal"], "Carnivora")
    assert superlative_word("Which is the northernmost airport?", PENGUINS) == "northernmost"
    assert direction("northernmost") is True and direction("westernmost") is False


WEATHER = Table("weather", ["station_id", "Month", "Day", "Temp", "Wind", "Ozone"],
                ["real", "real", "real", "real", "real", "real"],
                [[101, 8, 1, 81, 7.4, 41], [102, 8, 2, 72, 12.6, 36], [103, 9, 1, 90, 3.4, 12],
                 [104, 9, 2, 67, 14.9, 18], [105, 9, 3, 75, 9.7, 28]])


def test_a_value_asked_in_the_row_where_another_column_is_at_its_extreme():
    select = {c: -float(c) for c in range(6)}
    windiest = read_superlative("What was the temperature on the windiest day?", Query(3, MIN, ()), WEATHER, select)
    assert windiest == Query(3, 0, (), Order(4, True, 1)) and answer(WEATHER, windiest) == [67]
    calmest = read_superlative("In month 9, on which day was it calmest?", Query(2, MIN, ((1, 0, "9"),)), WEATHER,
                               select)   # a fronted restriction is kept; "was it calmest" is a superlative too
    assert calmest.order == Order(4, False, 1) and answer(WEATHER, calmest) == [1]
    most = read_superlative("What was the wind on the day with the most ozone?", Query(4, MAX, ((5, 0, "day"),)),
                            WEATHER, select)   # the words after "with the most" name the column; a pointing
    assert most == Query(4, 0, (), Order(5, True, 1)) and answer(WEATHER, most) == [7.4]   # condition is dropped
    before = read_superlative("On which day of month 8 was ozone highest?", Query(2, MAX, ((1, 0, "8"),)), WEATHER,
                              select)   # the word right before the superlative names the column
    assert before.order == Order(5, True, 1) and answer(WEATHER, before) == [1]
    for question in ("What was the highest temperature?", "How windy was the windiest day?",
                     "What is the earliest day of month 9?"):   # the superlative is about the column asked for
        query = Query(3 if "temperature" in question else 4 if "windy" in question else 2, MAX, ())
        assert read_superlative(question, query, WEATHER, select) is query


def test_a_value_at_the_extreme_of_a_column_no_header_words_is_read_at_the_likeliest_other_column():
    """"the boat with the most people in it": no header says people, but the superlative is not the capacity's
    (MAX(cap) is no answer): the number column the select head likes best after it. Not a count of things no
    column names ("the launch with the most lifeboats")."""
    boats = Table(id='boats', header=['boat', 'crew', 'total', 'cap'], types=['text', 'real', 'real', 'real'],
                  rows=[['7', 3, 28, 65], ['5', 4, 41, 65], ['3', 15, 50, 65], ['1', 7, 12, 40], ['9', 8, 56, 68]])
    largest = Query(3, MAX, ())
    select = {0: -3.0, 1: -2.0, 2: -1.0, 3: -0.5}   # log p(select): cap, then total
    read = read_superlative("What was the capacity of the boat with the most people in it?", largest, boats, select)
    assert read == Query(3, 0, (), Order(2, True, 1)) and answer(boats, read) == [68]
    crew = read_superlative("What was the capacity of the boat with the biggest crew?", largest, boats, select)
    assert crew.order == Order(1, True, 1) and answer(boats, crew) == [65]   # a header named is read as before
    counted = Query(3, MAX, ())
    assert read_superlative("What was the capacity of the launch with the most lifeboats?", counted, boats,
                            select) is counted


def test_the_value_the_model_selects_without_aggregation_is_read_at_another_column_s_extreme():
    select = {c: -float(c) for c in range(6)}
    extremes = {c: (-0.5, -2.0) for c in range(6)}
    # "What was the temperature on the windiest day?" decoded as SELECT Temp (no MAX, no MIN)
    windiest = order_from_scores("What was the temperature on the windiest day?", Query(3, 0, ()), WEATHER, select,
                                 extremes)
    assert windiest == Query(3, 0, (), Order(4, True, 1)) and answer(WEATHER, windiest) == [67]
    asked = Query(3, 0, ())   # the superlative is about the column asked for: no other column to order by
    assert order_from_scores("What was the highest temperature?", asked, WEATHER, select, extremes) is asked


def test_another_column_the_question_heads_with_is_read_at_the_extreme_of_the_aggregated_one():
    market = Table("copper", ["YEAR", "COPPERPRICE", "ALUMPRICE", "INVENTORYINDEX"], ["real"] * 4,
                   [[1951, 24.0, 19.0, 0.97], [1952, 24.2, 19.4, 0.95], [1953, 28.7, 20.9, 1.08]])
    lowest = Query(3, MIN, ())   # "... in the year with the lowest INVENTORYINDEX": the model's MIN(INVENTORYINDEX)
    read = read_superlative("What was the aluminum price in the year with the lowest INVENTORYINDEX?", lowest, market)
    assert read == Query(2, 0, (), Order(3, False, 1)) and answer(market, read) == [19.4]
    asked = Query(1, MAX, ())   # the head names the aggregated column itself: its MAX stays
    assert read_superlative("What was the highest copper price?", asked, market) is asked


def test_the_column_before_a_linking_verb_is_the_one_at_its_extreme():
    select = {c: -float(c) for c in range(6)}
    read = read_superlative("What was the temperature on the day ozone was lowest?", Query(3, MIN, ()),
                            WEATHER, select)   # "ozone was lowest": Ozone, not the temperature
    assert read == Query(3, 0, (), Order(5, False, 1)) and answer(WEATHER, read) == [90]


def test_no_superlative_ranks_rows_by_an_identifier_column():
    districts = Table("districts", ["distcod", "district", "enrltot", "district_id"], ["real", "text", "real", "real"],
                      [[61234, "Palo Alto", 9000, 3], [61999, "Lennox", 5000, 1], [60001, "Cupertino", 17000, 2]])
    select = {0: -0.1, 1: -0.5, 2: -2.0, 3: -0.2}   # the select head likes the codes
    read = read_superlative("Which district is the biggest?", Query(0, MAX, ()), districts, select)
    assert read == Query(1, 0, (), Order(2, True, 1)) and answer(districts, read) == ["cupertino"]
    extremes = {c: (-0.5, -2.0) for c in range(4)}
    read = order_from_scores("Which district is the biggest?", Query(1, 0, ()), districts, select, extremes)
    assert read.order == Order(2, True, 1)
    read = order_from_scores("Which district has the highest district code?", Query(1, 0, ()), districts, select,
                             extremes)
    assert read.order.column in (0, 3)   # asked for by its name: the code it is


def test_a_fronted_restriction_may_hold_a_number_with_a_thousands_separator():
    question = "Among states with over 1,000 deaths, which has the least rural road?"
    assert asked_for(question) == ("row", ["states"])   # the rows the clause names
    assert restricts_the_rows(question, [], "1,000")


AIRPORTS = Table("airports", ["name", "city", "iata", "latitude", "longitude"], ["text", "text", "text", "real", "real"],
                 [["San Diego Intl", "San Diego", "SAN", 32.7, -117.2], ["Redding Muni", "Redding", "RDD", 40.5, -122.3],
                  ["Palm Springs Intl", "Palm Springs", "PSP", 33.8, -116.5]])


def test_compass_superlatives_and_conditions_that_only_point_at_the_superlative():
    assert superlative_word("Which airport lies farthest east?", AIRPORTS) == "easternmost"
    assert superlative_word("Name the three most northerly airports.", AIRPORTS) == "northernmost"
    assert superlative_word("On which day was the wind calmest?", AIRPORTS) == "calmest"   # last word
    assert superlative_word("When did GOOG hit its peak?", AIRPORTS) == "highest"
    assert superlative_word("In which month did AAPL bottom out?", AIRPORTS) == "lowest"
    assert asked_for("Of those scoring below 6000, who was quickest over 200m?") == ("person", [])   # fronted
    select = {0: -0.1, 1: -1.0, 2: -2.0, 3: -1.5, 4: -1.2}
    extremes = {c: (-0.5, -2.0) for c in range(5)}
    east = order_from_scores("Which airport lies farthest east?", Query(0, 0, ((3, 0, "farthest east"),)), AIRPORTS,
                             select, extremes)   # a condition that is no number points at the column
    assert east.order == Order(4, True, 1) and answer(AIRPORTS, east) == ["palm springs intl"]
    west = order_from_scores("Which city has the westernmost airport?", Query(1, 0, ((0, 0, "westernmost airport"),)),
                             AIRPORTS, select, extremes)   # a text condition that is no cell and says the superlative
    assert west == Query(1, 0, (), Order(4, False, 1)) and answer(AIRPORTS, west) == ["redding"]
    kept = order_from_scores("Which San Diego airport is the southernmost?", Query(0, 0, ((1, 0, "San Diego"),)),
                             AIRPORTS, select, extremes)
    assert kept.conds == (Condition(1, 0, "San Diego"),) and kept.order == Order(3, False, 1)   # a cell: kept


def test_measures_prefer_the_plain_column_changes_and_the_named_column_over_a_size():
    cars = Table("cars", ["Make", "Min.Price", "Price", "EngineSize", "Fuel.tank.capacity", "mpg", "sales_change",
                          "sales", "Finish"], ["text"] + ["real"] * 8,
                 [["A", 10, 12, 1.6, 40, 30, 5, 100, 2], ["B", 20, 25, 3.0, 70, 20, -3, 300, 1],
                  ["C", 8, 9, 2.0, 55, 40, 9, 50, 3]])
    select = {c: -0.1 * c for c in range(9)}
    extremes = {c: (-0.5, -2.0) for c in range(9)}

    def ordered(question):
        return order_from_scores(question, Query(0, 0, ()), cars, select, extremes).order

    assert ordered("Name the two cheapest cars.") == Order(2, False, 2)          # Price, not Min.Price
    assert ordered("Which car has the biggest fuel tank?") == Order(4, True, 1)  # named, not EngineSize
    assert ordered("Which car is the most fuel efficient?") == Order(5, True, 1)
    assert ordered("Which car had the largest sales gains?") == Order(6, True, 1)   # a column of changes
    assert ordered("Which car had the best finish?").descending is False            # the best rank is the smallest
    hottest = order_from_scores("What was the hottest day?", Query(0, AGGREGATION_OPS.index("MAX"), ()),
                                Table("days", ["date", "temp_max"], ["text", "real"], [["d1", 20], ["d2", 25]]),
                                {0: -0.1, 1: -1.0}, {0: (-0.5, -2.0), 1: (-0.5, -2.0)})
    assert hottest == Query(0, 0, (), Order(1, True, 1))   # MAX(date) read through the measure


def test_a_subject_or_a_places_adjective_restricts_and_a_superlative_inside_a_name_does_not_order():
    assert restricts_the_rows("When did GOOG hit its peak?", [], "GOOG")
    assert restricts_the_rows("In which round did Bayern Muenchen score the most goals?", ["round"], "Bayern Muenchen")
    assert not restricts_the_rows("What league has most wins as the record?", ["league"], "most wins")
    assert restricts_the_rows("Which African country is the richest?", ["african", "country"], "Africa")
    games = Table("games", ["Game", "Series", "High points"], ["real", "text", "text"],
                  [[1, "1-0", "Barkley (34)"], [2, "1-1", "Jordan (40)"]])
    assert superlative_word("In what series did Barkley (34) did most high points?", games) is None   # a name
    records = Table("records", ["League", "Record", "Number"], ["text", "text", "real"],
                    [["NBA", "most wins", 73], ["NHL", "most goals", 92]])
    query = Query(0, 0, ((1, 0, "most wins"),))
    assert order_from_scores("What league has most wins as the record?", query, records, {0: -0.1, 2: -1.0},
                             {2: (-0.5, -2.0)}) is query   # the superlative is a cell's words
    heptathlon = Table("heptathlon", ["name", "score", "run200m"], ["text", "real", "real"],
                       [["A", 5900, 24.1], ["B", 5800, 23.5], ["C", 6100, 22.9]])
    quickest = order_from_scores("Of those scoring below 6000, who was quickest over 200m?",
                                 Query(2, 0, ((1, 2, "6000"),)), heptathlon, {0: -1.0, 1: -2.0, 2: -0.1},
                                 {c: (-0.5, -2.0) for c in range(3)})   # the model's head says MAX
    assert quickest.order == Order(2, False, 1) and answer(heptathlon, quickest) == ["b"]   # a race: the smallest


HILLS = Table("hills", ["rownames", "dist", "climb", "time", "Total"], ["text", "real", "real", "real", "real"],
              [["Ayr", 6, 900, 39.75, 120], ["Arran", 14, 2866, 73.22, 80], ["Lomond", 9, 3070, 62.18, 150],
               ["Nevis", 10, 4400, 85.58, 60]])


def test_a_verb_after_which_asks_for_a_row_a_count_is_no_value_and_a_cut_header_word_is_a_measure():
    fewest = read_superlative("Among races with more than 70 runners, which gave climb the fewest?",
                              Query(2, MIN, ((4, 1, "70"),)), HILLS)   # "which gave": a row, not `climb`
    assert fewest == Query(0, 0, ((4, 1, "70"),), Order(2, False, 1)) and answer(HILLS, fewest) == ["ayr"]
    three = read_superlative("Which 3 races had the highest climb?", Query(2, MAX, ((2, 0, "3"),)), HILLS)
    assert three == Query(0, 0, (), Order(2, True, 3)) and answer(HILLS, three) == ["nevis", "lomond", "arran"]
    # the count written as a word, the same number written as a digit: a value ("(dist 10)"), not the count
    said = read_superlative("Which two races of dist 10 had the highest climb?", Query(2, MAX, ((1, 0, "2"),)), HILLS)
    assert said.conds == () and said.order == Order(2, True, 2)   # no digit 2 in the question: the count
    mode = read_superlative("Which two races had the highest climb (Total 2)?",
                            Query(2, MAX, ((4, 0, "2"),)), HILLS)
    assert mode.conds == (Condition(4, 0, "2"),) and mode.order == Order(2, True, 2)
    longest = read_superlative("What is the climb of the longest race?", Query(2, MAX, ()), HILLS,
                               {c: -float(c) for c in range(5)})   # `dist` is the distance "longest" measures
    assert longest == Query(2, 0, (), Order(1, True, 1)) and answer(HILLS, longest) == [2866]


def test_what_paying_spending_people_and_flat_measure():
    states = Table("states", ["state", "region", "pop", "SATM", "dollars", "pay"],
                   ["text", "text", "real", "real", "real", "real"],
                   [["AL", "ESC", 4041, 514, 3.6, 27], ["AK", "PAC", 550, 476, 7.9, 43], ["CA", "PAC", 29760, 484, 4.8, 39]])
    select = {c: -float(c) for c in range(6)}   # the model likes the leftmost number column, `pop`, best
    extremes = {c: (-1.0, -0.5) for c in range(6)}
    for question, column, descending in (("Which state pays its teachers the least?", 5, False),
                                         ("Which two states spend the most per student?", 4, True),
                                         ("Which state in the PAC region has the most people?", 2, True)):
        read = order_from_scores(question, Query(0, 0, ()), states, select, extremes)
        assert read.order is not None and read.order.column == column and read.order.descending == descending
    flattest = order_from_scores("Name the two flattest races.", Query(0, 0, ()), HILLS, {c: -float(c) for c in range(5)},
                                 {c: (-0.5, -1.0) for c in range(5)})
    assert flattest.order == Order(2, False, 2) and answer(HILLS, flattest) == ["ayr", "arran"]


# ----------------------------------------------------------------------------- tables the readings were not written on
# Made-up tables shaped like real ones: a restaurant's bills, a journal list, yearly columns, one number column.
TIPS = Table("tips", ["total_bill", "tip", "size", "day", "time"], ["real", "real", "real", "text", "text"],
             [[16.99, 1.01, 2, "Sun", "Dinner"], [50.81, 10.0, 3, "Sat", "Dinner"], [27.2, 4.0, 4, "Thur", "Lunch"],
              [8.77, 2.0, 2, "Sun", "Dinner"], [43.11, 5.0, 4, "Thur", "Lunch"], [24.59, 3.61, 4, "Sun", "Dinner"]])
JOURNALS = Table("economics_journals", ["title", "pub", "libprice", "pages", "date1", "citestot"],
                 ["text", "text", "real", "real", "real", "real"],
                 [["Econometrica", "Blackwell", 178, 1890, 1933, 36000], ["Economica", "Blackwell", 100, 480, 1921, 7000],
                  ["Labour", "Elsevier", 910, 600, 1987, 300], ["Kyklos", "Helbing", 140, 640, 1947, 800]])
VOTES = Table("votes", ["rownames", "X1964", "X1968", "X1972"], ["text", "real", "real", "real"],
              [["Alabama", 69.5, 14.0, 72.4], ["Arizona", 50.4, 54.8, 64.7], ["Vermont", 33.7, 52.8, 62.7]])
POWER = Table("iowa_electricity", ["year", "source", "net_generation"], ["text", "text", "real"],
              [["2001-01-01", "Fossil Fuels", 35361], ["2001-01-01", "Nuclear Energy", 3853],
               ["2001-01-01", "Renewables", 1437], ["2002-01-01", "Fossil Fuels", 35991],
               ["2002-01-01", "Nuclear Energy", 4574], ["2002-01-01", "Renewables", 1963]])


def test_the_words_after_a_generic_superlative_name_its_column():
    # MAX(size) for "the size of the party with the largest bill": the bill is what is largest, not the size
    read = read_superlative("What was the size of the party with the largest bill?", Query(2, MAX, ()), TIPS)
    assert read.order == Order(0, True, 1) and answer(TIPS, read) == [3]
    # "the largest attended game": the model's own column is named after the superlative, so it stays
    assert read_superlative("What is the largest tip given?", Query(1, MAX, ()), TIPS) == Query(1, MAX, ())


def test_measures_glued_and_fallback():
    select = {c: -1.0 for c in range(6)}
    extremes = {c: (-0.5, -2.0) for c in range(6)}
    # "most expensive": `libprice` glued to its measure; "thinnest": pages; "oldest" without an age: the founding year
    for question, expected in [("What is the most expensive Blackwell journal?", ["Econometrica"]),
                               ("Which journal is the thinnest?", ["Economica"]),
                               ("Which is the oldest journal?", ["Economica"])]:
        conds = ((1, 0, "Blackwell"),) if "Blackwell" in question else ()
        read = order_from_scores(question, Query(0, 0, conds), JOURNALS, select, extremes)
        assert answer(JOURNALS, read) == [e.lower() for e in expected], question


def test_a_value_more_than_one_row_holds_said_of_the_superlative_restricts_the_rows():
    assert restricts_the_rows("What were the bills behind the three biggest tips on Sun?", [], "Sun", repeats=True)
    assert not restricts_the_rows("What were the bills behind the three biggest tips on Sun?", [], "Sun")
    assert restricts_the_rows("Before 1950, which year had the highest profits?", ["year"], "1950")
    assert not restricts_the_rows("What is the highest loss with points less than 7?", ["loss"], "7", repeats=True)


def test_the_only_number_column_orders_a_row_asked_of_a_text_column():
    select = {0: -0.1, 1: -2.0, 2: -3.0}
    extremes = {c: (-2.0, -0.5) for c in range(3)}
    query = Query(0, MIN, ((1, 0, "Nuclear Energy"),))   # MIN(year): the alphabetically first date
    read = order_from_scores("In which year was Nuclear Energy output at its lowest?", query, POWER, select, extremes)
    assert read.order == Order(2, False, 1) and answer(POWER, read) == ["2001-01-01"]
    # a count per group stays declined: "the most companies" names no column
    assert order_from_scores("Which source has the most plants?", Query(1, MAX, ()), POWER, select,
                             extremes) == Query(1, MAX, ())


def test_ranks_first_any_and_a_distance_from_a_place():
    assert superlative_word("Which district ranks first in per capita income?", JOURNALS) == "highest"
    assert asked_for("What's the lowest diligence rating any judge received?") is None   # the value over all rows
    assert asked_for("Which judge has the lowest diligence rating?") == ("row", ["judge"])
    towns = Table("towns", ["Department", "MainCity", "Distance"], ["text", "text", "real"],
                  [["Ain", "2:Med", 400.0], ["Oise", "1:Sm", 60.0], ["Var", "2:Med", 800.0]])
    read = order_from_scores("Which department is closest to Paris?", Query(0, 0, ((1, 0, "Paris"),)), towns,
                             {0: -0.1, 1: -3.0, 2: -2.0}, {c: (-0.5, -2.0) for c in range(3)})
    assert read.conds == () and answer(towns, read) == ["oise"]   # "Paris" only says where distances start


def test_where_of_a_table_of_places_a_leader_and_numbered_row_names():
    votes = Table("votes_by_state", ["rownames", "X1968", "X1972"], ["text", "real", "real"],
                  [["Alabama", 14.0, 72.4], ["Arizona", 54.8, 64.7], ["Vermont", 52.8, 62.7]])
    read = read_superlative("Where was the Republican vote lowest in 1972?", Query(2, MIN, ()), votes)
    assert answer(votes, read) == ["vermont"]   # "where": the row names, a table of states
    hitters = Table("hitters", ["name", "posit86", "assist86"], ["text", "text", "real"],
                    [["Ray", "SS", 400], ["Gary", "C", 60], ["Tim", "OF", 10]])
    assert superlative_word("What position did the 1986 assists leader play?", hitters) == "highest"
    roads = Table("highways", ["rownames", "hwy", "rate"], ["real", "text", "real"],
                  [[1, "FAI", 4.6], [2, "PA", 4.4], [3, "FAI", 2.0]])
    assert row_name_column(roads) == 0   # sections numbered 1, 2, 3: still the rows' names


FIRMS = Table("investment_1935_1954", ["invest", "value", "firm", "year"], ["real", "real", "text", "real"],
              [[40.3, 417.5, "Union Oil", 1935], [72.8, 837.8, "Union Oil", 1936], [66.3, 883.9, "Union Oil", 1937],
               [26.6, 1170.6, "Chrysler", 1935], [85.0, 2015.8, "Chrysler", 1936], [68.9, 1803.2, "Chrysler", 1937]])


@pytest.mark.parametrize("question, query, expected", [
    # the value said as the owner of the superlative, with its possessive 's, restricts the rows
    ("In what year was Union Oil's market value lowest?", Query(3, MIN, ((2, 0, "Union Oil"),)), [1935]),
    ("Which year saw Chrysler's biggest investment?", Query(3, MAX, ((2, 0, "Chrysler"),)), [1936]),
])
def test_a_value_owning_the_superlative_restricts_the_rows_of_a_year_asked(question, query, expected):
    read_query = read_superlative(question, query, FIRMS, {})
    assert read_query.agg == 0 and read_query.order is not None
    assert answer(FIRMS, read_query) == expected
    # said as a property of the question instead, it is no restriction: WikiSQL's MAX stays
    assert read_superlative("What is the highest year with a firm of Chrysler?", query, FIRMS, {}) is query


CLOUDS = Table("cloud_seeding", ["seeding", "time", "echo", "rainfall", "year"],
               ["text", "real", "text", "real", "real"],
               [["no", 0, "moving", 12.8, 1975], ["yes", 1, "moving", 5.5, 1975], ["yes", 3, "stationary", 0.3, 1975],
                ["no", 4, "moving", 7.4, 1975], ["yes", 6, "moving", 0.5, 1975]])


def test_the_day_asked_is_the_time_column_and_a_column_of_one_value_orders_nothing():
    select = {0: -3.0, 1: -4.0, 2: -0.2, 3: -2.0, 4: -1.0}   # the select head likes the constant `year` next
    extremes = {c: (-0.5, -2.0) for c in range(5)}
    query = order_from_scores("On which day was rainfall the highest?", Query(2, 0, ()), CLOUDS, select, extremes)
    assert query == Query(1, 0, (), Order(3, True, 1))   # `time` holds the days; `year` is 1975 in every row
    query = order_from_scores("Which two days had the least rain?", Query(2, 0, ()), CLOUDS, select, extremes)
    assert answer(CLOUDS, query) == [3, 6]
    # "which day" of a `time` of whole numbers is held, so not declined as a time the table does not hold ...
    assert cannot_answer("Which day had the most rainfall?", Query(1, 0, (), Order(3, True, 1)), CLOUDS) is None
    # ... unless the selected column is no such `time`
    hills = Table("hills", ["race", "time", "climb"], ["text", "real", "real"],
                  [["Ayr", 39.75, 650], ["Bo", 73.2, 900]])
    assert cannot_answer("Which day had the biggest climb?", Query(1, 0, (), Order(2, True, 1)), hills) is not None


def test_the_rows_noun_picks_a_column_that_repeats_less_than_the_selected_category():
    cars = Table("mpg", ["maker", "model", "drv", "hwy"], ["text", "text", "text", "real"],
                 [["audi", "a4", "f", 31], ["audi", "a4", "f", 30], ["audi", "a6", "4", 24],
                  ["honda", "civic", "f", 36], ["toyota", "corolla", "f", 37], ["toyota", "camry", "f", 31],
                  ["ford", "f150", "r", 17], ["ford", "focus", "f", 33]])
    select = {0: -3.0, 1: -2.0, 2: -0.2, 3: -1.0}
    query = order_from_scores("Which car gets the best highway mileage?", Query(2, 0, ()), cars, select,
                              {c: (-0.5, -2.0) for c in range(4)})
    assert answer(cars, query) == ["corolla"]


def test_a_text_condition_pointing_at_the_superlative_is_dropped_before_the_value_is_read_at_the_extreme():
    stones = Table("diamonds", ["carat", "colour", "price"], ["real", "text", "real"],
                   [[0.3, "D", 1302], [1.0, "G", 9107], [0.5, "H", 1550]])
    query = order_from_scores("What is the carat weight of the priciest stone?",
                              Query(0, 0, ((1, 0, "priciest stone"),)), stones, {0: -0.1, 1: -3.0, 2: -1.0},
                              {c: (-0.5, -2.0) for c in range(3)})
    assert query == Query(0, 0, (), Order(2, True, 1)) and answer(stones, query) == [1.0]


def test_a_value_right_after_with_restricts_and_the_most_recent_is_the_latest_year():
    conds = ((0, 0, "no"),)
    query = read_superlative("Which day with no seeding had the most rainfall?", Query(3, MAX, conds), CLOUDS, {})
    assert query == Query(1, 0, conds, Order(3, True, 1)) and answer(CLOUDS, query) == [0]
    wikisql_style = Query(3, MAX, ((2, 0, "moving"),))   # a property said WikiSQL's way: the value is MAX's
    assert read_superlative("Which day with an echo of moving had the most rainfall?", wikisql_style, CLOUDS, {}) is \
        wikisql_style
    numbered = Query(3, MAX, ((1, 0, "3"),))   # a number after "with": WikiSQL's "the largest rank with 2,080 area"
    assert read_superlative("Which day with 3 echoes had the most rainfall?", numbered, CLOUDS, {}) is numbered
    trials = Table("bcg", ["Study", "Latitude", "Year"], ["real", "real", "real"],
                   [[1, 44, 1948], [2, 55, 1949], [3, 13, 1980], [4, 33, 1968]])
    query = order_from_scores("What was the latitude of the most recent study?", Query(1, 0, ()), trials,
                              {0: -2.0, 1: -0.1, 2: -3.0}, {c: (-0.5, -2.0) for c in range(3)})
    assert answer(trials, query) == [13]   # by `Year`, not by the study's number


PHONES = Table("world_phones", ["year", "Europe", "Africa"], ["real", "real", "real"],
               [[1951, 13000, 1600], [1956, 20000, 1100], [1957, 22000, 1900]])


def test_a_year_asked_of_a_superlative_said_after_it_orders_by_the_column_named_there():
    select = {0: -0.1, 1: -2.0, 2: -3.0}
    extremes = {c: (-2.0, -0.5) for c in range(3)}
    read = read_superlative("Which year had the fewest phones in Africa?", Query(0, MIN, ()), PHONES, select)
    read = order_from_scores("Which year had the fewest phones in Africa?", read, PHONES, select, extremes)
    assert read.order == Order(2, False, 1) and answer(PHONES, read) == [1956]
    # nothing said after the superlative: the asked column's own extreme, as decoded
    assert read_superlative("Which year is the earliest?", Query(0, MIN, ()), PHONES, select) == Query(0, MIN, ())


def test_the_engine_reads_row_names_of_years_as_a_year_column(tmp_path, monkeypatch):
    predictor = engine.Predictor.load(build_tiny_checkpoint(tmp_path / "ckpt"))
    phones = Table("phones", ["rownames", "Europe", "Africa"], PHONES.types, PHONES.rows)
    monkeypatch.setattr(engine, "greedy_decode", lambda scores, item, *rest: Decoded(Query(0, MIN, ()), (), -1.0))
    prediction = predictor.predict(["Which year had the fewest phones in Africa?"], [phones])[0]
    assert prediction.view.header[0] == "year"   # what the model and the rules read
    assert prediction.query.order == Order(2, False, 1) and answer(phones, prediction.query) == [1956]


def test_the_highest_rate_asks_for_the_value_whatever_column_holds_it():
    assert asked_for("What was the highest fertility rate recorded in 1980?") is None
    assert asked_for("What is the lowest unemployment percentage?") is None
    assert asked_for("What is the tallest building?") == ("noun", ["tallest", "building"])   # a row


def test_an_average_asked_without_a_superlative_is_an_avg_whatever_extreme_was_decoded():
    from wikisql.superlatives import average_as_said
    rates = Table("fertility", ["Country Name", "1990", "Average"], ["text", "real", "real"],
                  [["Kenya", 6.0, 5.0], ["Chad", 7.0, 6.0]])
    avg = AGGREGATION_OPS.index("AVG")
    assert average_as_said("What was the average fertility rate across the list in 1990?", Query(1, MIN, ()),
                           rates) == Query(1, avg, ())
    kept = Query(1, MAX, ())
    assert average_as_said("What was the highest average rate in 1990?", kept, rates) is kept   # a superlative
    assert average_as_said("Among them, what's the top average rate in 1990?", kept, rates) is kept
    assert average_as_said("What is the average?", Query(2, MAX, ()), rates) == Query(2, MAX, ())   # `Average`


def test_the_top_rate_of_a_year_orders_by_that_year_s_column():
    rates = Table("fertility", ["Country Name", "Country Code", "1960", "1961"], ["text", "text", "real", "real"],
                  [["Kenya", "KEN", 7.9, 8.1], ["Niger", "NER", 7.5, 7.6], ["Rwanda", "RWA", 8.2, 8.1]])
    question = "Which country code had the top fertility rate in 1960?"
    assert superlative_word(question, rates) == "top"
    assert superlative_word("Which country is at the top of the table?", rates) is None
    select = {0: -1.0, 1: -0.1, 2: -2.0, 3: -1.5}   # the model likes 1961 better than 1960
    read = order_from_scores(question, Query(1, MAX, ()), rates, select, {c: (-0.5, -2.0) for c in range(4)})
    assert read == Query(1, 0, (), Order(2, True, 1)) and answer(rates, read) == ["rwa"]


def test_a_row_asked_by_a_word_its_column_header_cuts_short_is_named_by_that_column():
    troops = Table("troops", ["long", "lat", "survivors", "direction", "group"],
                   ["real", "real", "real", "text", "real"],
                   [[24.0, 54.9, 340000, "A", 1], [28.0, 55.0, 60000, "A", 2], [30.0, 55.3, 30000, "R", 2],
                    [26.0, 54.5, 12000, "R", 1]])
    select = {0: -2.0, 1: -2.5, 2: -0.5, 3: -1.0, 4: -3.0}
    extremes = {c: (-2.0, -0.5) for c in range(5)}
    for question, asked in (("At what longitude did group 2 have the fewest survivors?", 0),
                            ("At which latitude did group 2 have the fewest survivors?", 1)):
        decoded = Query(2, MIN, ((4, 0, "2"),))
        read = order_from_scores(question, read_superlative(question, decoded, troops, select), troops, select,
                                 extremes)
        assert read == Query(asked, 0, ((4, 0, "2"),), Order(2, False, 1)), question
    # a phrase of more words keeps naming rows its own way: "which one performs best" is no `perf` column asked
    assert asked_for("Which one performs best?") == ("row", ["one", "performs", "best"])


def test_a_text_extreme_of_a_column_that_names_each_row_is_read_through_the_likeliest_number_column():
    boats = Table("lifeboats", ["boat", "side", "aboard", "launched"], ["text", "text", "real", "real"],
                  [["Boat 7", "starboard", 28, 1], ["Boat 5", "starboard", 41, 2], ["Boat 6", "port", 24, 3],
                   ["Boat 3", "starboard", 32, 4]])
    select = {0: -0.1, 1: -3.0, 2: -1.0, 3: -2.0}   # after `boat`, the select head likes `aboard` best
    extremes = {c: (-2.0, -0.5) for c in range(4)}
    question = "Which boat had the fewest people aboard?"   # "people" names no column
    read = order_from_scores("Which boat carried the fewest people?", Query(0, MIN, ()), boats, select, extremes)
    assert read == Query(0, 0, (), Order(2, False, 1)) and answer(boats, read) == ["boat 6"]
    assert order_from_scores(question, Query(0, MIN, ()), boats, select, extremes).order == Order(2, False, 1)
    # a column of groups (`side` repeats) may be asked per group: its MAX stays as decoded, to be declined
    kept = Query(1, MAX, ())
    assert order_from_scores("Which side carried the most people?", kept, boats, select, extremes) == kept
    # "the most owners": a count of things no column holds, whatever column names the rows
    kept = Query(0, MAX, ())
    assert order_from_scores("Which boat had the most owners?", kept, boats, select, extremes) == kept


def test_a_text_extreme_of_a_column_that_names_each_row_the_condition_keeps_is_read_too():
    cars = Table("cars", ["maker", "model", "displ"], ["text", "text", "real"],
                 [["toyota", "corolla", 1.8], ["toyota", "camry", 2.4], ["toyota", "tacoma", 4.0],
                  ["honda", "civic", 1.8], ["honda", "civic", 2.0], ["honda", "odyssey", 3.5]])
    select = {0: -2.0, 1: -0.1, 2: -1.0}
    extremes = {c: (-0.5, -2.0) for c in range(3)}
    toyota = Query(1, MAX, ((0, 0, "toyota"),))   # "Which toyota has the largest engine?": each toyota's own model
    read = order_from_scores("Which toyota has the largest engine?", toyota, cars, select, extremes)
    assert read == Query(1, 0, toyota.conds, Order(2, True, 1)) and answer(cars, read) == ["tacoma"]
    honda = Query(1, MAX, ((0, 0, "honda"),))   # two hondas are civics, but "the largest engine" is one row's
    read = order_from_scores("Which honda has the largest engine?", honda, cars, select, extremes)
    assert answer(cars, read) == ["odyssey"]
    makers = Query(0, MAX, ())   # "the most models": an amount each maker's rows add up, left as decoded
    assert order_from_scores("Which maker has the most models?", makers, cars, select, extremes) == makers


PATIENTS = Table("pbc", ["id", "sex", "age", "bili"], ["real", "text", "real", "real"],
                 [[1, "f", 58, 14.5], [2, "f", 56, 1.1], [3, "m", 70, 1.4], [4, "f", 38, 1.8], [5, "m", 39, 3.4]])


def test_a_number_column_headed_id_names_the_rows_where_no_text_column_does():
    assert row_name_column(PATIENTS) == 0   # not `sex`, which repeats
    read = read_superlative("Which patient had the highest bilirubin?", Query(0, MAX, ()), PATIENTS, {})
    assert answer(PATIENTS, read) == [1]
    named = Table("pbc", ["id", "name", "bili"], ["real", "text", "real"], [[1, "Ann", 2.0], [2, "Bo", 3.0],
                                                                          [3, "Cy", 1.0]])
    assert row_name_column(named) == 1   # a text column that names each row is better than its number
    repeated = Table("pbc", ["id", "sex", "bili"], ["real", "text", "real"], [[1, "f", 2.0], [1, "m", 3.0],
                                                                            [2, "f", 1.0], [3, "m", 4.0]])
    assert row_name_column(repeated) == 1   # an id that repeats numbers no row


CRISES = Table("crises", ["year", "US", "UK", "Korea"], ["real", "real", "real", "real"],
               [[1890, 1, 1, 0], [1907, 1, 0, 0], [1929, 1, 0, 1], [1974, 0, 1, 1], [1997, 0, 0, 1], [2008, 1, 1, 1]])


def test_a_value_asked_after_a_fronted_superlative_is_read_at_its_extreme():
    """"For the three earliest years where the US is coded 1, what are the UK values?" decoded MIN(year): the UK's
    cells in those rows; a fronted "for ..." clause restricts the rows as "among ..." does."""
    query = Query(0, MIN, ((1, 0, "1"),))
    read = read_superlative("For the three earliest years where the US is coded 1, what are the UK values?", query,
                            CRISES, {})
    assert read == Query(2, 0, ((1, 0, "1"),), Order(0, False, 3)) and answer(CRISES, read) == [1, 0, 0]
    japan = read_superlative("For the two most recent years where Korea is 1, what is the year?", Query(0, MAX, ()),
                             CRISES, {})
    assert japan.sel == 0   # the head names the ordered column itself: its own extreme
    assert restricts_the_rows("For the years where Korea is 1, which had the most?", [], "1")


@pytest.mark.parametrize("question, word", [
    ("Which corps was the last to lose 3 men in a single year?", "last"),
    ("In which month did Sosa first hit more than 1 home run in a game?", "first"),
    ("How many home runs did Sosa hit in his last game in the table?", "last"),
    ("In the first year Germany is coded 1, what is Denmark's value?", "first"),
    ("Who was the first driver?", None),                 # no time said
    ("When did \"My Confessions\" first air?", None),     # a premiere, of the one row named
    ("What is the last name of the winner?", None),
    ("Who was the first round pick?", None),
    ("Among patients still alive (status A), who was diagnosed first?", "first"),   # a past tense, then first
    ("What speed did the last run of experiment 1 measure?", "last"),   # a run, a trial, a reading: in sequence
    ("When was the incumbent first elected?", None),   # first before its verb: WikiSQL's `First elected`
    ("Which sex will have more people aged 90-94 in 2050?", "most"),   # which of the rows asked is ahead
    ("Which team had more than 5 wins?", None),   # a comparison with a number: a condition
])
def test_first_and_last_said_of_a_time_are_the_earliest_and_latest(question, word):
    assert superlative_word(question, CRISES) == word
    headed = Table("elections", ["Incumbent", "First elected"], ["text", "real"], [["Ann", 1990], ["Bo", 1992]])
    assert superlative_word("Who was the last to be elected?", headed) is None   # a header says first: a column


HOMERS = Table("homers", ["gameno", "month", "homeruns", "player"], ["real", "text", "real", "text"],
               [[1, "March", 1, "McGwire"], [1, "March", 0, "Sosa"], [2, "April", 2, "Sosa"], [3, "April", 0, "Sosa"],
                [2, "April", 1, "McGwire"]])


def test_first_and_last_order_by_the_time_or_sequence_the_words_after_them_name():
    """"his last game": the game number, latest first; the subject of "How many ... did Sosa hit" restricts the
    rows; "first" orders the other way; a possessive superlative with nothing after it ("at their lowest") is
    left to the other readings."""
    assert direction("first") is False and direction("last") is True
    assert direction("first", dated=True) is False and direction("last", dated=True) is True
    extremes = {c: (-1.0, -1.0) for c in range(4)}
    query = Query(2, 0, ((3, 0, "Sosa"),))
    last = order_from_scores("How many home runs did Sosa hit in his last game in the table?", query, HOMERS,
                             {0: -2.0, 1: -3.0, 2: -0.1, 3: -4.0}, extremes)
    assert last == Query(2, 0, ((3, 0, "Sosa"),), Order(0, True, 1)) and answer(HOMERS, last) == [0]
    first = order_from_scores("How many home runs did Sosa hit in his first game in the table?", query, HOMERS,
                              {0: -2.0, 1: -3.0, 2: -0.1, 3: -4.0}, extremes)
    assert answer(HOMERS, first) == [0] and first.order == Order(0, False, 1)


def test_a_column_word_and_its_value_after_with_restrict_the_rows_asked_about():
    """"Which patient with ascites 1 had the highest bili?": the patients with ascites 1, whose id is asked; not
    WikiSQL's "Which team with a Game of 18 ..." nor "with 2,080 area" (MAX of the column there)."""
    assert restricts_the_rows("Which patient with ascites 1 had the highest bili?", ["patient"], "1")
    assert restricts_the_rows("Which entry with status State has the highest ANSI digits code?", ["entry"], "State")
    assert not restricts_the_rows("Which team with a Game of 18 has the lowest points?", ["team"], "18")
    assert not restricts_the_rows("Which rank with 2,080 area is the largest?", ["rank"], "2,080")
    patients = Table("pbc", ["id", "ascites", "bili"], ["real", "real", "real"],
                     [[1, 0, 14.5], [2, 1, 1.1], [3, 1, 3.4], [4, 0, 1.8]])
    read = read_superlative("Which patient with ascites 1 had the highest bili?", Query(2, MAX, ((1, 0, "1"),)),
                            patients, {})
    assert answer(patients, read) == [3]


def test_a_count_nothing_asks_for_is_read_as_the_superlative_s_row():
    patients = Table("pbc", ["id", "status", "age"], ["real", "real", "real"], [[1, 2, 58], [2, 0, 71], [3, 1, 40]])
    extremes = {c: (-0.5, -2.0) for c in range(3)}
    select = {0: -2.0, 1: -0.1, 2: -1.0}
    counted = Query(1, AGGREGATION_OPS.index("COUNT"), ())
    read = order_from_scores("What was the status of the oldest patient?", counted, patients, select, extremes)
    assert read == Query(1, 0, (), Order(2, True, 1)) and answer(patients, read) == [0]
    asked = order_from_scores("How many patients are the oldest?", counted, patients, select, extremes)
    assert asked is counted   # a count asked for stays


def test_ids_or_names_of_rows_ask_for_the_rows():
    assert asked_for("Ids of the two stage 1 patients with the highest cholesterol") == \
        ("noun", ["two", "stage", "1", "patients"])
    assert asked_for("The names of the tallest players?") == ("noun", ["tallest", "players"])
    patients = Table("pbc", ["id", "stage", "chol"], ["real", "real", "real"],
                     [[1, 1, 261], [2, 3, 302], [3, 1, 176], [4, 1, 244]])
    read = read_superlative("Ids of the two stage 1 patients with the highest cholesterol",
                            Query(2, MAX, ((1, 0, "1"),)), patients, {})
    assert answer(patients, read) == [1, 4]


def test_a_fallback_measure_an_asked_time_other_than_a_given_one_and_a_row_number_ordered_by_another_column():
    melanoma = Table("melanoma", ["rownames", "year", "age", "thickness"], ["real", "real", "real", "real"],
                     [[1, 1973, 40, 6.8], [2, 1973, 70, 0.6], [3, 1972, 55, 9.0], [4, 1973, 61, 2.1]])
    select = {0: -0.1, 1: -2.0, 2: -1.0, 3: -3.0}   # the select head likes `age` next, not `thickness`
    extremes = {c: (-0.5, -2.0) for c in range(4)}
    query = order_from_scores("Which patient operated in 1973 had the thickest tumour?",
                              Query(0, 0, ((1, 0, "1973"),)), melanoma, select, extremes)
    assert query == Query(0, 0, ((1, 0, "1973"),), Order(3, True, 1))   # "thick": `thickness`, a fallback measure
    beaver = Table("beaver", ["day", "time", "temp"], ["real", "real", "real"],
                   [[346, 840, 36.3], [346, 850, 36.9], [347, 900, 37.1], [347, 910, 36.8], [347, 920, 36.7]])
    query = order_from_scores("On day 347, when was the beaver warmest?", Query(2, 0, ((0, 0, "347"),)), beaver,
                              {0: -1.0, 1: -2.0, 2: -0.1}, {c: (-0.5, -2.0) for c in range(3)})
    assert query == Query(1, 0, ((0, 0, "347"),), Order(2, True, 1))   # the `time`, not the `day` the question gives
    sleep = Table("sleep", ["Reaction", "Days", "Subject"], ["real", "real", "real"],
                  [[250.8, 4, 308], [221.0, 4, 309], [280.2, 4, 310], [300.0, 5, 308], [199.0, 5, 309],
                   [260.0, 5, 310]])
    query = order_from_scores("Which subject was quickest on day 4?", Query(2, 0, ((1, 0, "4"),)), sleep,
                              {0: -1.0, 1: -2.0, 2: -0.1}, {0: (-2.0, -0.5), 1: (-0.5, -2.0), 2: (-0.5, -2.0)})
    assert answer(sleep, query) == [309]   # `Subject` names one row a day: ordered by `Reaction`
    query = order_from_scores("On day 5, which subject was quickest?", Query(2, 0, ((1, 0, "5"),)), sleep,
                              {0: -1.0, 1: -2.0, 2: -0.1}, {0: (-2.0, -0.5), 1: (-0.5, -2.0), 2: (-0.5, -2.0)})
    assert answer(sleep, query) == [309]   # the phrase before the comma restricts the rows
    prices = Table("prices", ["year", "month", "avg.price"], ["real", "real", "real"],
                   [[2005, 1, 2.1], [2005, 2, 2.6], [2005, 3, 2.4], [2006, 1, 3.0]])
    query = order_from_scores("In what month of 2005 was the average price at its peak?",
                              Query(2, 0, ((0, 0, "2005"),)), prices, {0: -2.0, 1: -1.0, 2: -0.1},
                              {c: (-0.5, -2.0) for c in range(3)})
    assert answer(prices, query) == [2]   # "month" names no `avg.price`: the price orders the months


def test_a_fronting_word_that_is_the_value_restricts_the_rows():
    assert restricts_the_rows("After insulation, in which week was gas use highest?", ["week"], "After", True)
    assert not restricts_the_rows("Before insulation, in which week was gas use highest?", ["week"], "After", True)


def test_a_superlative_said_of_the_value_asked_is_its_extreme():
    sleep = Table("sleep", ["Reaction", "Days", "Subject"], ["real", "real", "real"],
                  [[250.8, 0, 310], [221.0, 1, 310], [280.2, 2, 310], [300.0, 0, 308]])
    select = {0: -0.1, 1: -2.0, 2: -1.0}
    decoded = Query(0, 0, ((2, 0, "310"),))
    read = order_from_scores("Fastest response time of subject 310?", decoded, sleep, select,
                             {c: (-0.5, -2.0) for c in range(3)})
    assert read == Query(0, MIN, ((2, 0, "310"),))   # the fastest time is the smallest
    assert order_from_scores("Response time of subject 310, the fastest one?", decoded, sleep, select,
                             {c: (-0.5, -2.0) for c in range(3)}) == decoded   # not said first


def test_a_hyphened_superlative_and_a_pronoun_pointing_back_at_the_value():
    airlines = Table("airlines", ["airline", "year", "cost", "output"], ["real"] * 4,
                     [[5, 1, 100.0, 0.9], [5, 2, 120.0, 1.2], [5, 3, 90.0, 1.0], [6, 1, 80.0, 2.0]])
    # "highest-output year": the year in which the output is highest, not the highest year
    assert read_superlative("Which was airline 5's highest-output year?", Query(1, MAX, ((0, 0, "5"),)),
                            airlines).order == Order(3, True, 1)
    assert restricts_the_rows("Cost of airline 5 in its highest-output year?", [], "5")   # "its": airline 5's
    assert not restricts_the_rows("Cost of airline 5 in the highest-output year?", [], "5")


def test_a_text_extreme_is_read_as_the_row_of_the_likeliest_measure_unless_it_counts_or_averages():
    rates = Table("rates", ["day", "dm", "dy"], ["text", "real", "real"],
                  [["Mon", 2.1, 250.0], ["Tue", 2.3, 247.0], ["Mon", 2.2, 262.0], ["Wed", 2.0, 240.0]])
    select, extremes = {0: -0.1, 1: -3.0, 2: -2.0}, {c: (-0.5, -2.0) for c in range(3)}
    read = order_from_scores("Which weekday had the highest yen rate?", Query(0, MAX, ()), rates, select, extremes)
    assert read == Query(0, 0, (), Order(2, True, 1)) and answer(rates, read) == ["mon"]   # not MAX(day): "Wed"
    for grouped in ("Which weekday showed up most often?", "Which weekday had the highest average rate?",
                    "Which weekday had the most holidays?"):   # a count or an average per weekday: stays declined
        assert order_from_scores(grouped, Query(0, MAX, ()), rates, select, extremes) == Query(0, MAX, ()), grouped


def test_the_rows_a_value_of_their_name_column_holds_are_named_by_another_column():
    prices = Table("stocks", ["symbol", "date", "price"], ["text", "text", "real"],
                   [["MSFT", "Jan 1 2010", 39.8], ["AMZN", "Jan 1 2010", 130.3], ["IBM", "Jan 1 2010", 130.9],
                    ["MSFT", "Feb 1 2010", 28.7], ["AMZN", "Feb 1 2010", 125.4], ["IBM", "Feb 1 2010", 119.6],
                    ["MSFT", "Mar 1 2010", 29.3], ["AMZN", "Mar 1 2010", 128.8], ["IBM", "Mar 1 2010", 125.6]])
    decoded = Query(2, MIN, (Condition(1, 0, "Mar 1 2010"),))   # `date` has the most distinct cells: the row names
    read = read_superlative("Which stock was the cheapest on Mar 1 2010?", decoded, prices)
    assert read == Query(0, 0, decoded.conds, Order(2, False, 1))   # the stocks of that date, by `symbol`
    with Database.from_tables({"stocks": prices}) as db:
        assert db.execute("stocks", read) == ["msft"]   # (the database keeps cells lower-cased)
    once = Table("days", ["day", "price"], ["text", "real"], [["Mon", 3.0], ["Tue", 4.0]])
    kept = Query(1, MIN, (Condition(0, 0, "Mon"),))   # one row holds the value: no other column names the rows
    assert read_superlative("Which day was the cheapest on Mon?", kept, once) == kept


def test_a_fronted_clause_names_its_rows_without_the_filter_in_its_parentheses():
    counties = Table("midwest", ["PID", "county", "inmetro", "poptotal"], ["real", "text", "real", "real"],
                     [[1, "ADAMS", 0, 66090], [2, "ALEXANDER", 0, 10626], [3, "BOND", 1, 14991], [4, "COOK", 1, 5105067]])
    decoded = Query(3, MAX, (Condition(2, 0, "0"),))
    read = read_superlative("Among non-metro counties (inmetro 0), which has the most people?", decoded, counties)
    assert read == Query(1, 0, decoded.conds, Order(3, True, 1))   # the counties, not `inmetro`
    assert asked_for("Among non-metro counties (inmetro 0), which has the most people?") == \
        ("row", ["non", "metro", "counties"])


def test_a_value_inside_the_noun_the_superlative_is_said_of_restricts_the_rows():
    cars = Table("mpg", ["manufacturer", "model", "displ", "hwy"], ["text", "text", "real", "real"],
                 [["chevrolet", "malibu", 2.4, 30], ["chevrolet", "corvette", 6.2, 26], ["toyota", "corolla", 1.8, 35]])
    question = "What is the hwy rating of the chevrolet with the smallest engine?"
    assert restricts_the_rows(question, [], "chevrolet", True)
    decoded = Query(3, MIN, (Condition(0, 0, "chevrolet"),))   # MIN(hwy): the model's value, of another column
    read = read_superlative(question, decoded, cars, {2: -0.5, 3: -0.1})
    assert read == Query(3, 0, decoded.conds, Order(2, False, 1))   # `displ` read "engine" (a car data set's code)
    with Database.from_tables({"mpg": cars}) as db:
        assert db.execute("mpg", read) == [30.0]   # the malibu's, not the corolla's 35 nor the smallest 26
    # WikiSQL's way of saying a condition is no such noun: "What team with a Game smaller than 18 has the lowest ...?"
    assert not restricts_the_rows("What team with a Game smaller than 18 has the lowest Goal Gain?", ["team"], "18")


def test_a_value_said_with_its_column_restricts_the_rows_and_a_quarter_mile_is_timed():
    cars = Table("mtcars", ["rownames", "qsec", "gear"], ["text", "real", "real"],
                 [["Porsche 914-2", 16.7, 5], ["Lotus Europa", 16.9, 5], ["Ford Pantera L", 14.5, 5],
                  ["Merc 230", 22.9, 4]])
    question = "Which car with 5 gears is slowest over the quarter mile?"
    assert restricts_the_rows(question, ["car"], "5", True, "gear")   # "5 gears": the value, then its column's word
    assert not restricts_the_rows(question, ["car"], "5", True)   # (without the column: WikiSQL's "with 5 ...")
    decoded = Query(0, 0, (Condition(2, 0, "5"),))
    read = order_from_scores(question, decoded, cars, {0: -0.1, 1: -1.0, 2: -2.0}, {1: (-0.5, -1.5)})
    assert read == Query(0, 0, decoded.conds, Order(1, True, 1))   # the longest time is the slowest
    with Database.from_tables({"mtcars": cars}) as db:
        assert db.execute("mtcars", read) == ["lotus europa"]


def test_how_many_of_a_column_the_row_at_the_extreme_has():
    states = Table("states", ["state", "va", "capital", "labor", "nfirm"], ["text", "real", "real", "real", "real"],
                   [["Alabama", 126.1, 3.8, 31.9, 68], ["California", 1810.5, 40.9, 432.7, 1372], ["Iowa", 200.9, 4.4, 35.6, 87]])
    question = "How many firms did the state with the least capital have?"
    read = read_superlative(question, Query(2, MIN, ()), states)   # the model's MIN(capital)
    assert read == Query(4, 0, (), Order(2, False, 1))
    with Database.from_tables({"states": states}) as db:
        assert db.execute("states", read) == [68.0]
    kept = Query(4, MIN, ())   # "How many firms ... the fewest": the value itself
    assert read_superlative("What is the fewest firms of any state?", kept, states) == kept


def test_a_value_many_rows_hold_is_the_rows_a_superlative_chooses_among():
    medals = Table("sprint", ["Name", "Country", "Medal", "Year"], ["text", "text", "text", "real"],
                   [["Ann", "USA", "gold", 1948], ["Bo", "GBR", "silver", 1948], ["Cy", "JAM", "gold", 1952],
                    ["Di", "USA", "silver", 1952], ["Ed", "CAN", "gold", 1956]])
    decoded = Query(1, 0, (Condition(2, 0, "gold"),))   # no MAX or MIN: read through the heads
    read = order_from_scores("Which country won gold at the earliest Games in the table?", decoded, medals,
                             {0: -1.0, 1: -0.1, 2: -2.0, 3: -0.5}, {3: (-1.0, -0.5)})
    assert read == Query(1, 0, decoded.conds, Order(3, False, 1))
    with Database.from_tables({"sprint": medals}) as db:
        assert db.execute("sprint", read) == ["usa"]
    log = Table("games", ["Date", "Opponent", "High points"], ["text", "text", "text"],
                [["March 7", "Atlanta", "Ann (30)"], ["March 9", "Boston", "Bo (28)"], ["March 11", "Utah", "Cy (25)"]])
    one = Query(2, 0, (Condition(0, 0, "March 7"),))   # a value one row holds: that row's cell, as WikiSQL asks it
    assert order_from_scores("Who had the most points in the game on March 7?", one, log, {0: -2.0, 1: -2.0, 2: -0.1},
                             {}) is one


def test_where_asks_for_a_glued_place_code_or_numbered_places():
    councils = Table("scotland", ["COUNCILDIST", "YES", "COUTAX"], ["text", "real", "real"],
                     [["Aberdeen_City", 60.3, 712], ["Angus", 59.8, 645], ["Fife", 64.7, 690]])
    read = read_superlative("Where was council tax lowest?", Query(2, MIN, ()), councils)
    assert read == Query(0, 0, (), Order(2, False, 1))   # `COUNCILDIST`: council districts
    districts = Table("house", ["district", "Bush2004", "Gore2000"], ["real", "real", "real"],
                      [[1, 120, 98], [2, 101, 130], [3, 99, 90]])
    read = read_superlative("Where did Gore receive his biggest vote?", Query(2, MAX, ()), districts)
    assert read == Query(0, 0, (), Order(2, True, 1))   # numbered districts are the places
    with Database.from_tables({"house": districts}) as db:
        assert db.execute("house", read) == [2.0]


def test_a_glued_document_number_names_the_rows_of_a_table_of_numbers():
    bids = Table("bids", ["docno", "weeks", "numbids", "bidprem", "size"], ["real"] * 5,
                 [[78001, 7.3, 2, 1.19, 0.77], [78002, 9.1, 1, 1.04, 0.18], [78003, 3.4, 4, 1.33, 1.95]])
    read = read_superlative("Which firm received the most bids?", Query(3, MAX, ()), bids)   # the model's bidprem
    assert read == Query(0, 0, (), Order(2, True, 1))   # `numbids` counts bids; `bidprem` only starts with "bid"
    with Database.from_tables({"bids": bids}) as db:
        assert db.execute("bids", read) == [78003.0]
    # a noun phrase alone asks for the rows too; not one that asks "what" later
    read = read_superlative("the two firms with the largest bid premium", Query(3, MAX, ()), bids)
    assert read == Query(0, 0, (), Order(3, True, 2))
    kept = Query(0, MIN, ())
    assert read_superlative("the first firm had what number?", kept, bids) == kept
    assert row_name_column(Table("t", ["casino", "x"], ["real", "real"], [[1, 2], [2, 3], [3, 4]])) is None


@pytest.mark.parametrize("word, adjective", [("smallest", "small"), ("tallest", "tall"), ("biggest", "big"),
                                             ("widest", "wide"), ("heaviest", "heavy")])
def test_a_superlative_of_an_adjective_with_a_double_letter_keeps_it(word, adjective):
    assert _adjective(word) == adjective
    herds = Table("herds", ["herd", "incidence", "size", "period"], ["real"] * 4,
                  [[1, 2, 14, 4], [2, 0, 9, 4], [3, 1, 21, 4], [1, 3, 12, 3]])
    read = read_superlative("Which herd was the smallest in period 4?", Query(0, MIN, (Condition(3, 0, "4"),)), herds)
    assert read == Query(0, 0, (Condition(3, 0, "4"),), Order(2, False, 1))   # by `size`, not by the herd's number


def test_the_rows_noun_that_starts_the_ordered_header_is_still_the_rows_noun():
    deliveries = Table("delivery", ["rownames", "n.prod", "distance", "delTime"], ["real"] * 4,
                       [[1, 7, 560, 16.68], [2, 3, 220, 11.5], [3, 3, 340, 12.03]])
    read = read_superlative("Which delivery took the least time?", Query(3, MIN, ()), deliveries)
    assert read == Query(0, 0, (), Order(3, False, 1))   # `delTime` is what "least" is said of
    with Database.from_tables({"delivery": deliveries}) as db:
        assert db.execute("delivery", read) == [2.0]
    kept = Query(3, MIN, ())
    assert read_superlative("Which delivery time was the least?", kept, deliveries) == kept   # the value itself


def test_a_peak_followed_by_its_row_and_a_plural_rows_noun_from_a_fronted_clause():
    macro = Table("macro", ["country", "year", "trade"], ["text", "real", "real"],
                  [["Italy", 1981, 40.1], ["Italy", 1982, 44.3], ["Japan", 1981, 28.0]])
    assert superlative_word("In which year did trade peak for Italy?", macro) == "highest"
    assert superlative_word("Did the Everest peak climbers die?", macro) is None
    deliveries = Table("delivery", ["rownames", "n.prod", "distance", "delTime"], ["real"] * 4,
                       [[1, 6, 560, 16.68], [2, 6, 220, 11.5], [3, 3, 340, 9.03]])
    decoded = Query(3, MIN, (Condition(1, 0, "6"),))
    read = read_superlative("Among deliveries of 6 products, which was the quickest?", decoded, deliveries)
    assert read == Query(0, 0, decoded.conds, Order(3, False, 1))   # "deliveries": the rows, not `delTime`


def test_a_comparison_after_the_rows_noun_restricts_them_and_a_header_it_only_starts_is_no_answer():
    deliveries = Table("delivery", ["rownames", "n.prod", "distance", "delTime"], ["real"] * 4,
                       [[1, 7, 560, 16.68], [2, 3, 220, 11.5], [3, 4, 940, 12.03]])
    decoded = Query(1, MIN, (Condition(2, 1, "500"),))
    read = read_superlative("Which delivery over a distance of more than 500 had the fewest products?", decoded,
                            deliveries)
    assert read == Query(0, 0, decoded.conds, Order(1, False, 1))   # the delivery, not its `delTime`
    with Database.from_tables({"delivery": deliveries}) as db:
        assert db.execute("delivery", read) == [3.0]
    assert asked_for("Which delivery over 500 had the fewest products?") == ("row", ["delivery"])


def test_one_letter_glued_to_a_word_is_read_as_that_word():
    patients = Table("mgus", ["id", "age", "creat", "mspike"], ["real"] * 4,
                     [[1, 79, 1.2, 2.0], [2, 76, 1.0, 1.3], [3, 87, 1.4, 2.6]])
    read = order_from_scores("How old was the patient with the biggest monoclonal spike?", Query(1, 0, ()), patients,
                             {0: -3.0, 1: -0.1, 2: -1.0, 3: -1.5}, {c: (-0.5, -2.0) for c in range(4)})
    assert read == Query(1, 0, (), Order(3, True, 1))
    with Database.from_tables({"mgus": patients}) as db:
        assert db.execute("mgus", read) == [87.0]


def test_of_the_columns_a_question_names_the_one_it_says_most_plainly_is_ordered():
    sleep = Table("msleep", ["name", "order", "sleep_total", "sleep_rem", "sleep_cycle"],
                  ["text", "text", "real", "real", "real"],
                  [["Cheetah", "Carnivora", 12.1, 2.9, 0.4], ["Owl monkey", "Primates", 17.0, 1.8, 0.3],
                   ["Cow", "Artiodactyla", 4.0, 0.7, 0.7]])
    read = read_superlative("Which mammal sleeps the most?", Query(3, MAX, ()), sleep)   # the model's MAX(sleep_rem)
    assert read == Query(0, 0, (), Order(2, True, 1))   # `sleep_total`: "total" adds nothing to what is said
    with Database.from_tables({"msleep": sleep}) as db:
        assert db.execute("msleep", read) == ["owl monkey"]
    kept = read_superlative("Which mammal has the most rem sleep?", Query(3, MAX, ()), sleep)
    assert kept.order == Order(3, True, 1)   # "rem" said: `sleep_rem`


def test_a_measuring_verb_a_few_words_before_most_or_least_names_the_measure():
    assert "pay" in measured_by("Which state pays its teachers the least?", "least")
    assert measured_by("Which state has the least teachers?", "least") == frozenset()


def test_a_glued_part_cut_to_a_words_first_consonants_names_it():
    schools = Table("ma_schools", ["district", "spc", "tchratio", "totday"], ["text", "real", "real", "real"],
                    [["Abington", 17.2, 18.7, 6000], ["Acton", 20.4, 14.3, 7000], ["Agawam", 18.1, 16.0, 6500]])
    read = order_from_scores("Name the two districts with the fewest students per teacher.", Query(0, 0, ()),
                             schools, {0: -0.1, 1: -1.0, 2: -2.0, 3: -3.0}, {c: (-2.0, -0.5) for c in range(4)})
    assert read.order == Order(2, False, 2)   # `tchratio`: tchr is teacher's t + its first consonants


READING = Table("reading_tests", ["rownames", "group", "pretest.1", "pretest.2", "post.test.1", "post.test.3"],
                ["real", "text", "real", "real", "real", "real"],
                [[1, "Basal", 4, 3, 5, 41], [2, "DRTA", 12, 5, 8, 53], [3, "DRTA", 9, 11, 6, 36],
                 [4, "Strat", 7, 6, 14, 48], [5, "DRTA", 10, 13, 9, 50]])


def test_an_ordinal_orders_by_its_member_of_a_numbered_family():
    assert superlative_word("Which two DRTA students had the highest first pretest scores?", READING) == "highest"
    read = read_superlative("Which two DRTA students had the highest first pretest scores?",
                            Query(3, MAX, (Condition(1, 0, "DRTA"),)), READING)   # the model's `pretest.2`
    assert read == Query(0, 0, (Condition(1, 0, "DRTA"),), Order(2, True, 2))   # `pretest.1`; "pretest" is no "-est"
    with Database.from_tables({"reading_tests": READING}) as db:
        assert db.execute("reading_tests", read) == [2.0, 5.0]


def test_a_value_at_another_column_s_extreme_when_that_column_is_named_better():
    question = "What was the first pretest score of the student with the lowest third post-test?"
    read = read_superlative(question, Query(2, MIN, ()), READING)   # `pretest` glues "test": named, but less
    assert read == Query(2, 0, (), Order(5, False, 1))
    with Database.from_tables({"reading_tests": READING}) as db:
        assert db.execute("reading_tests", read) == [9.0]


def test_a_condition_pointing_at_a_header_does_not_stop_a_row_s_reading():
    trial = Table("depression_trial", ["rownames", "treatment", "bdi.pre", "bdi.8m"], ["real", "text", "real", "real"],
                  [[1, "TAU", 29, 2], [2, "BtheB", 32, 16], [3, "TAU", 25, 20]])
    pointed = Query(2, MAX, (Condition(1, 0, "treatment"),))   # `treatment = 'treatment'`: no row's value
    read = read_superlative("Which patient had the highest BDI before treatment?", pointed, trial)
    assert read == Query(0, 0, (), Order(2, True, 1))
    with Database.from_tables({"depression_trial": trial}) as db:
        assert db.execute("depression_trial", read) == [2.0]
    # a question for a value ("what is the most ...") keeps its pointer, which stops the row's reading
    majors = Table("majors", ["Tournament", "Wins", "Top-10", "Events", "Cuts made"], ["text"] + ["real"] * 4,
                   [["Masters Tournament", 0, 2, 4, 3], ["U.S. Open", 0, 1, 4, 2], ["The Open Championship", 1, 3, 5, 4]])
    decoded = Query(2, MAX, (Condition(0, 0, "majors"), Condition(3, 0, "4"), Condition(4, 1, "1")))
    question = "For majors with 4 events played and more than 1 made cut, what is the most top-10s recorded?"
    assert read_superlative(question, decoded, majors) == decoded


def test_a_column_is_named_by_its_reading_among_the_table_s_headers():
    oats = Table("oats", ["B", "V", "N", "Y"], ["text", "text", "real", "real"],
                 [["I", "Victory", 0.6, 140], ["I", "Golden.rain", 0.6, 118], ["II", "Golden.rain", 0.6, 104],
                  ["II", "Victory", 0.0, 61]])
    minimum = Query(3, MIN, (Condition(1, 0, "Golden.rain"), Condition(2, 0, "0.6")))
    # "yield" names `Y` only among the table's letters: a value asked, not the row at the lowest yield
    assert read_superlative("What was the lowest Golden.rain yield at 0.6 cwt of nitrogen?", minimum, oats) == minimum
    with Database.from_tables({"oats": oats}) as db:
        assert db.execute("oats", minimum) == [104.0]


FIRMS_1955 = Table("firms", ["rownames", "cost", "sl", "pk"], ["real"] * 4,
                   [[1, 0.08, 0.34, 174], [2, 0.66, 0.33, 171], [3, 0.99, 0.31, 166], [4, 0.31, 0.29, 183]])


def test_the_row_numbers_rank_nothing_the_rows_they_number_are_asked():
    # "Which firm ...?" decoded MAX(rownames): the firms, ordered by the number column the select head likes best
    decoded = Query(0, MAX, ())
    select = {0: -0.1, 1: -4.0, 2: -3.0, 3: -1.5}
    read = read_superlative("Which firm faced the highest capital price index?", decoded, FIRMS_1955, select)
    assert read == Query(0, 0, (), Order(3, True, 1))
    with Database.from_tables({"firms": FIRMS_1955}) as db:
        assert db.execute("firms", read) == [4.0]
    # a condition pointing at a number column says which one ("the highest abrasion loss": `loss = 'abrasion'`)
    tyres = Table("tyres", ["rownames", "loss", "hard", "tens"], ["real"] * 4,
                  [[1, 372, 45, 162], [2, 206, 55, 233], [3, 175, 61, 232]])
    pointed = Query(0, MAX, (Condition(1, 0, "abrasion"),))
    read = read_superlative("Which specimen had the highest abrasion loss?", pointed, tyres, {0: -0.1, 3: -0.5})
    assert read == Query(0, 0, (), Order(1, True, 1))
    # nor does SELECT rownames ORDER BY rownames: another number column the select head likes
    ordered = order_from_scores("Which two firms had the highest capital price index?", Query(0, 0, ()),
                                FIRMS_1955, select, {c: (-0.5, -2.0) for c in range(4)})
    assert ordered == Query(0, 0, (), Order(3, True, 2))


def test_which_is_most_or_least_said_of_an_adjective_asks_for_a_row():
    assert asked_for("Among acids with an Emet of 0, which is least toxic?") == ("row", ["acids"])
    assert asked_for("Which is least toxic?") == ("row", [])
    assert asked_for("Which is the least toxic acid?") == ("noun", ["least", "toxic", "acid"])
    acids = Table("acids", ["rownames", "toxicity", "Emet"], ["real"] * 3, [[1, 3.4, 0], [2, 2.1, 0], [3, 1.0, 1.5]])
    decoded = Query(1, MIN, (Condition(2, 0, "0"),))
    read = read_superlative("Among acids with an Emet of 0, which is least toxic?", decoded, acids)
    assert read == Query(0, 0, decoded.conds, Order(1, False, 1)) and answer(acids, read) == [2.0]


def test_a_comparison_on_a_named_column_after_with_restricts_the_rows_asked():
    urine = Table("urine", ["rownames", "ph", "cond"], ["real"] * 3, [[1, 5.2, 20], [2, 7.4, 14], [3, 7.9, 9]])
    decoded = Query(2, MAX, (Condition(1, 1, "7"),))
    read = read_superlative("which specimen with a pH above 7 has the highest conductivity", decoded, urine)
    assert read == Query(0, 0, decoded.conds, Order(2, True, 1)) and answer(urine, read) == [2.0]
    # WikiSQL's "What ... with a <column> above ..." is a property said of the value: kept as decoded
    assert read_superlative("What specimen with a pH above 7 has the highest conductivity", decoded, urine) == decoded


def test_a_long_survival_is_measured_by_the_plain_time_column_and_units_name_the_rows():
    trial = Table("trial", ["rownames", "trt", "time", "diagtime"], ["real"] * 4,
                  [[1, 1, 72, 7], [2, 1, 411, 5], [3, 2, 228, 3], [4, 2, 126, 9]])
    ordered = order_from_scores("Which two patients survived longest?", Query(0, 0, ()), trial,
                                {0: -0.1, 1: -1.0, 2: -3.0, 3: -2.0}, {c: (-0.5, -2.0) for c in range(4)})
    assert ordered == Query(0, 0, (), Order(2, True, 2))   # `time`, not `diagtime` nor the model's `trt`
    students = Table("psi", ["OBS", "GPA", "TUCE"], ["real"] * 3, [[1, 2.66, 20], [2, 2.89, 22], [3, 3.28, 24]])
    assert row_name_column(students) == 0   # "Which student ...?" of `OBS` 1 to 32
    read = read_superlative("Which student had the highest GPA?", Query(1, MAX, ()), students)
    assert read == Query(0, 0, (), Order(1, True, 1))
    travel = Table("travel", ["individual", "mode", "gc"], ["real"] * 3, [[61, 1, 70], [61, 2, 71], [62, 1, 90]])
    assert row_name_column(travel) == 0   # each traveller's rows


def test_the_text_column_that_reads_the_asked_noun_names_the_rows_not_a_code():
    airports = Table("airports", ["faa", "name", "alt"], ["text", "text", "real"],
                     [["04G", "Lansdowne Airport", 1044], ["06A", "Moton Field", 264], ["ANC", "Anchorage Intl", 152]])
    read = order_from_scores("Which airport has the highest elevation?", Query(0, MAX, ()), airports,
                             {0: -0.1, 1: -2.0, 2: -3.0}, {c: (-0.5, -2.0) for c in range(3)})
    assert read == Query(1, 0, (), Order(2, True, 1)) and answer(airports, read) == ["lansdowne airport"]
    # the code itself when the question asks for it
    read = order_from_scores("Which FAA code has the highest elevation?", Query(0, MAX, ()), airports,
                             {0: -0.1, 1: -2.0, 2: -3.0}, {c: (-0.5, -2.0) for c in range(3)})
    assert read.sel == 0


def test_a_number_column_said_right_after_the_superlative_is_ordered_before_an_unsaid_measure():
    families = Table("galton", ["family", "father", "mother", "midparentHeight", "childHeight"],
                     ["text", "real", "real", "real", "real"],
                     [["001", 78.5, 67.0, 75.43, 73.2], ["002", 75.5, 66.5, 73.66, 69.0],
                      ["003", 75.0, 64.0, 72.06, 71.0], ["004", 65.0, 69.0, 71.0, 70.5]])
    query = read_superlative("Which family has the tallest mother?", Query(3, MAX, ()), families)
    assert query == Query(0, 0, (), Order(2, True, 1)) and answer(families, query) == ["004"]
    query = read_superlative("Which three families have the shortest fathers?", Query(3, MIN, ()), families)
    assert query.order == Order(1, False, 3)
    # a measure the question names still wins ("the tallest child": `childHeight`), and a time after the
    # superlative is the rows' ("the two hottest days" by `Temp`, not `Day`)
    assert read_superlative("Which family has the tallest child?", Query(3, MAX, ()), families).order.column == 4
    weather = Table("air", ["Ozone", "Temp", "Day"], ["real", "real", "real"], [[41, 67, 1], [36, 72, 2], [12, 74, 3]])
    query = read_superlative("What were the ozone readings on the two hottest days?", Query(0, MAX, ()), weather)
    assert query.order == Order(1, True, 2)


def test_a_superlative_said_of_a_measure_the_question_heads_asks_for_its_value():
    airports = Table("airports", ["name", "alt", "tzone"], ["text", "real", "text"],
                     [["Hilo Intl", 38, "Pacific/Honolulu"], ["Waimea Kohala", 2671, "Pacific/Honolulu"],
                      ["Ted Stevens", 152, "America/Anchorage"]])
    select = {0: -0.1, 1: -1.0, 2: -2.0}
    extremes = {c: (-0.5, -2.0) for c in range(3)}
    zone = ((2, 0, "Pacific/Honolulu"),)
    read = order_from_scores("What is the highest airport altitude in the Pacific/Honolulu zone?",
                             Query(0, MAX, zone), airports, select, extremes)
    assert read == Query(1, MAX, zone) and answer(airports, read) == [2671]   # the altitude, not the airport
    assert order_from_scores("highest altitude in the Pacific/Honolulu zone", Query(0, 0, zone), airports, select,
                             extremes) == Query(1, MAX, zone)                   # a bare phrase heads with it
    read = order_from_scores("Which airport has the highest altitude in the Pacific/Honolulu zone?",
                             Query(0, MAX, zone), airports, select, extremes)
    assert read == Query(0, 0, zone, Order(1, True, 1))                          # a row is asked
    groups = Table("japan", ["Sex", "AgeGrp", "AgeGrpStart", "Value"], ["text", "text", "real", "real"],
                   [["female", "0-4", 0, 2100], ["female", "5-9", 5, 2400], ["female", "90-94", 90, 1500]])
    female = ((0, 0, "female"),)
    select, extremes = {0: -3.0, 1: -0.1, 2: -1.0, 3: -2.0}, {c: (-2.0, -0.5) for c in range(4)}
    for question in ("What is the smallest female age group?", "What are the three smallest female age groups?"):
        read = order_from_scores(question, Query(1, MIN, female), groups, select, extremes)
        assert read.agg == 0 and read.order is not None, question   # rows: the head noun names `AgeGrp` too


def test_who_asked_of_a_yes_no_column_names_the_rows_instead():
    women = Table("mroz", ["rownames", "lfp", "hc", "inc"], ["real", "text", "text", "real"],
                  [[5, "no", "yes", 20.1], [9, "no", "no", 11.4], [12, "yes", "no", 9.3], [14, "no", "yes", 15.0],
                   [20, "yes", "yes", 30.2]])
    select, extremes = {0: -2.0, 1: -3.0, 2: -0.1, 3: -1.0}, {c: (-2.0, -0.5) for c in range(4)}
    read = order_from_scores("Among women not in the labour force (lfp no), who has the lowest inc?",
                             Query(2, MIN, ((1, 0, "no"),)), women, select, extremes)
    assert read == Query(0, 0, ((1, 0, "no"),), Order(3, False, 1)) and answer(women, read) == [9]
    journals = Table("journals", ["title", "publisher", "price"], ["text", "text", "real"],
                     [["A", "Elsevier", 900], ["B", "Elsevier", 400], ["C", "Wiley", 300], ["D", "Wiley", 800],
                      ["E", "Springer", 500], ["F", "Springer", 700]])
    read = order_from_scores("Who publishes the cheapest journal?", Query(1, MIN, ()), journals,
                             {0: -1.0, 1: -0.1, 2: -2.0}, {c: (-2.0, -0.5) for c in range(3)})
    assert read.sel == 1 and answer(journals, read) == ["wiley"]   # a category of more than two: the publisher


def test_the_value_asked_of_the_row_at_another_columns_extreme():
    copper = Table("copper", ["YEAR", "WORLDCONSUMPTION", "COPPERPRICE"], ["real", "real", "real"],
                   [[1951, 3173.0, 26.56], [1952, 3281.1, 27.31], [1953, 3135.7, 32.88], [1954, 3359.1, 30.38]])
    read = read_superlative("What was copper consumption in the year copper was priced highest?",
                            Query(2, MAX, ()), copper)   # "copper" names both: the head noun says consumption
    assert read == Query(1, 0, (), Order(2, True, 1)) and answer(copper, read) == [3135.7]
    patients = Table("pbc", ["id", "age", "platelet"], ["real", "real", "real"],
                     [[1, 58.8, 190], [2, 56.4, 221], [3, 70.1, 151], [4, 54.7, 183]])
    read = read_superlative("How old was the patient with the lowest platelet count?", Query(2, MIN, ()), patients)
    assert read == Query(1, 0, (), Order(2, False, 1)) and answer(patients, read) == [70.1]
    births = Table("birthwt", ["rownames", "ht", "ftv", "bwt"], ["real", "real", "real", "real"],
                   [[85, 0, 0, 2523], [86, 0, 3, 2551], [87, 1, 1, 2557], [88, 0, 2, 2594]])
    read = read_superlative("Birth weight of the baby whose mother had the most first-trimester visits?",
                            Query(2, MAX, ((1, 0, "mother"),)), births)   # `ht = 'mother'`: a pointer, no value
    assert read == Query(3, 0, (), Order(2, True, 1)) and answer(births, read) == [2551]
    assert read_superlative("What was the highest price of copper?", Query(2, MAX, ()), copper) == Query(2, MAX, ())


STOCKS = Table("sp500", ["date", "open", "high", "low", "close", "volume"],
               ["text", "real", "real", "real", "real", "real"],
               [["2015-10-01", 1919.6, 1927.2, 1900.7, 1923.8, 3.98e9], ["2015-10-02", 1921.8, 1951.4, 1893.7, 1951.4,
                                                                        4.38e9],
                ["2015-11-03", 2078.2, 2116.5, 2077.7, 2109.8, 4.27e9], ["2015-12-24", 2063.5, 2067.4, 2058.7, 2060.9,
                                                                        1.41e9]])


def test_a_time_asked_as_rows_and_an_extreme_said_before_another_column():
    # "Which ... day", "the top three months": the rows of those times, not the extreme value of a time column
    assert asked_for("Which was the quietest trading day by volume?") == ("noun", ["quietest", "trading", "day"])
    assert asked_for("What were the top three months for turkey production?") == \
        ("noun", ["top", "three", "months"])
    assert asked_for("What is the earliest year?") is None   # the value
    quietest = read_superlative("Which was the quietest trading day by volume?", Query(5, MIN, ()), STOCKS)
    assert answer(STOCKS, quietest) == ["2015-12-24"]
    # "lowest" of a table with `low`: said before `close`, it orders by close; said alone it names `low`
    assert superlative_word("Which day had the lowest close of the quarter?", STOCKS) == "lowest"
    assert superlative_word("Which two days reached the highest intraday highs?", STOCKS) == "highest"
    assert superlative_word("On which day did the S&P 500 close highest?", STOCKS) == "highest"
    assert superlative_word("What was the lowest on 2015-10-01?", STOCKS) is None
    extremes = {c: (-1.0, -1.0) for c in range(6)}
    select = {0: -0.1, 1: -5.0, 2: -4.0, 3: -3.0, 4: -2.0, 5: -6.0}
    lowest = order_from_scores("Which day had the lowest close of the quarter?", Query(0, 0, ((4, 0, "quarter"),)),
                               STOCKS, select, extremes)
    assert answer(STOCKS, lowest) == ["2015-10-01"]


def test_a_row_asked_by_which_selects_the_rows_names_not_an_unnamed_number():
    from wikisql.superlatives import select_the_row_asked
    housing = Table("tx", ["city", "month", "sales", "volume", "inventory"], ["text", "real", "real", "real", "real"],
                    [["Abilene", 6, 268, 46340000, 5.3], ["Amarillo", 6, 386, 70720000, 4.9],
                     ["Kerrville", 6, 1127, 34080000, 20.6]])
    volume = Query(3, 0, ((2, 0, "1,127"),))
    assert answer(housing, select_the_row_asked("Which area sold 1,127 homes?", volume, housing)) == ["kerrville"]
    for question in ("Which volume had 1,127 sales?",   # the column is named
                     "Which month had sales of 1,127?",  # a time: the value may be asked
                     "What was the volume of sales of 1,127?"):   # a value, not a row
        assert select_the_row_asked(question, volume, housing) is volume
    given = Query(3, 0, ((0, 0, "Abilene"),))   # the rows' names are given: nothing to name them by
    assert select_the_row_asked("Which county is Abilene in?", given, housing) is given
    assert select_the_row_asked("What area sold 1,127 homes?", volume, housing) is volume   # "which" only


def test_a_letter_code_inside_the_rows_noun_is_no_article():
    trades = Table("wages", ["class", "trade", "wage"], ["text", "text", "real"],
                   [["A", "painter", 22.0], ["A", "mason", 19.5], ["B", "porter", 12.0]])
    question = "Which class A trade paid the lowest wage?"
    assert asked_for(question) == ("row", ["class", "a", "trade"])
    query = read_superlative(question, Query(2, MIN, ((0, 0, "A"),)), trades)
    assert answer(trades, query) == ["mason"]   # among class A, not the porter of class B
    assert asked_for("Which car has a big engine?") == ("row", ["car"])   # an article after the verb


def test_who_asked_with_the_extreme_of_a_text_column_selects_the_people():
    senators = Table("senators", ["Name", "Term", "reason", "diff_days"], ["text", "text", "text", "real"],
                     [["Ann Lee", "1990.09.27-1998.01.02", "Death", 2654], ["Bo Kim", "1993.02.01-1994.05.06", "Death",
                                                                             459],
                      ["Cy Roy", "1990.09.27-2015.01.01", "Retirement", 8862]])
    extremes = {c: (-1.0, -1.0) for c in range(4)}
    select = {0: -2.0, 1: -0.5, 2: -3.0, 3: -1.0}
    question = "Who had the shortest tenure among the senators whose service ended by death?"
    read = order_from_scores(question, Query(1, MIN, ((2, 0, "Death"),)), senators, select, extremes)
    assert read.sel == 0 and answer(senators, read) == ["bo kim"]
    leaders = Table("leaders", ["ctryname", "un_region_name", "ehead", "duration"], ["text", "text", "text", "real"],
                    [["Argentina", "South America", "Juan Peron", 9], ["Argentina", "South America", "Carlos Menem",
                                                                          10]])
    longest = order_from_scores("Who had the longest spell in Argentina?", Query(2, MAX, ((0, 0, "Argentina"),)),
                                leaders, {0: -3.0, 1: -2.0, 2: -0.5, 3: -1.0}, {c: (-1.0, -1.0) for c in range(4)})
    assert longest.sel == 2   # `un_region_name` is a place's name, no person


def test_who_asks_for_the_full_names_not_the_players_ids():
    players = Table("players", ["playerID", "birthYear", "nameLast", "nameFull", "kbo_weight"],
                    ["text", "real", "text", "text", "real"],
                    [["MLB__NPB_104381_KBO_76810", 1974, "Shiotani", "Kazuhiko Shiotani", 185],
                     ["MLB__NPB_104888_KBO_92301", 1970, "Chung", "Min-Tae Chung", 198],
                     ["MLB_leesu01_NPB_1_KBO_2", 1982, "Lee", "Seung-Yeop Lee", 190]])
    assert person_column(players) == 3   # not the id, nor the last names alone
    extremes = {c: (-1.0, -1.0) for c in range(5)}
    read = order_from_scores("Who is the youngest player on the list?", Query(0, MIN, ()), players,
                             {0: -0.5, 1: -1.0, 2: -2.0, 3: -2.0, 4: -1.5}, extremes)
    assert answer(players, read) == ["seung-yeop lee"]
    query = read_superlative("Who has the highest KBO weight?", Query(4, MAX, ()), players)
    assert answer(players, query) == ["min-tae chung"]
    ids = Table("t", ["playerID", "kbo_weight"], ["text", "real"], [[row[0], row[4]] for row in players.rows])
    assert person_column(ids) == 0   # the only column of people
    # a phrase without a question word whose head noun is a person: the person, not the heaviest weight
    bare = order_from_scores("Heaviest player born in 1970 or later by KBO weight?", Query(4, 0, ()), players,
                             {0: -2.0, 1: -1.0, 2: -2.0, 3: -2.0, 4: -0.5}, extremes)
    assert answer(players, bare) == ["min-tae chung"]
    assert asked_for("Heaviest player born in 1975?", bare=True) == ("bare", ["heaviest", "player"])
    # not a superlative: "who" of the model's id column asks for the names
    coded = Query(0, 0, ((1, 0, "1982"),))
    assert person_not_an_id("Who was born in 1982?", coded, players) == Query(3, 0, coded.conds)
    assert person_not_an_id("Which player was born in 1982?", coded, players) == Query(3, 0, coded.conds)
    assert person_not_an_id("Which player ID was born in 1982?", coded, players) is coded   # the id is asked
    assert person_not_an_id("Which row was born in 1982?", coded, players) is coded   # no person asked
    assert person_not_an_id("Who was born in 1982?", Query(2, 0, coded.conds), players).sel == 2   # no id
    assert person_not_an_id("Who was born in 1982?", Query(0, 3, coded.conds), players).agg == 3   # a count


def test_the_worst_error_is_the_largest_and_a_trial_is_named_by_its_name_not_its_code():
    models = Table("heat_pumps", ["Model", "MAPE_P_th", "COP_ref"], ["text", "real", "real"],
                   [["WPF 66", 2.5, 4.1], ["Star-60", 7.9, 3.9], ["F1145-8", 4.0, 4.6], ["VWF 57", 1.2, 4.4]])
    either = {c: (-1.0, -1.0) for c in range(3)}
    worst = order_from_scores("Which 2 models have the worst MAPE_P_th?", Query(0, 0, ()), models,
                              {0: -0.5, 1: -1.0, 2: -2.0}, either)
    assert answer(models, worst) == ["star-60", "f1145-8"]   # an error: the worst is the largest
    best = order_from_scores("Which 2 models have the best MAPE_P_th?", Query(0, 0, ()), models,
                             {0: -0.5, 1: -1.0, 2: -2.0}, either)
    assert answer(models, best) == ["vwf 57", "wpf 66"]
    cop = order_from_scores("Which model has the best COP_ref?", Query(0, 0, ()), models, {0: -0.5, 1: -2.0, 2: -1.0},
                            either)
    assert answer(models, cop) == ["f1145-8"]   # not an error: the best is the largest
    trials = Table("ici", ["trial_nct", "trial_name", "cancer_code", "orr_pct"], ["text", "text", "text", "real"],
                   [["NCT01", "KEYNOTE-001", "SKCM", 33.0], ["NCT02", "CheckMate 067", "SKCM", 58.0],
                    ["NCT03", "KEYNOTE-427", "KIRC", 36.0]])
    query = order_from_scores("Which SKCM trial had the best response rate?", Query(0, 0, ((2, 0, "SKCM"),)), trials,
                              {0: -0.5, 1: -1.0, 2: -2.0, 3: -1.5}, {c: (-1.0, -1.0) for c in range(4)})
    assert answer(trials, query) == ["checkmate 067"]
    hospitals = Table("cardiac", ["Facility_ID", "Hospital_Name", "Procedure", "Upper_Limit"],
                      ["real", "text", "text", "real"],
                      [[1, "Albany Med", "CABG", 3.1], [5, "Ellis", "CABG", 6.2], [9, "Bellevue", "PCI", 9.0]])
    question = "facility ID with the highest upper limit for CABG"
    read = order_from_scores(question, Query(3, 0, ((2, 0, "CABG"),)), hospitals, {0: -2.0, 1: -2.5, 2: -3.0, 3: -0.4},
                             {c: (-1.0, -1.0) for c in range(4)})
    assert answer(hospitals, read) == [5]


def test_a_fall_of_a_column_of_changes_is_its_smallest():
    returns = Table("dow", ["date", "DJ_return", "Volume"], ["text", "real", "real"],
                    [["1987-10-19", -22.6, 604], ["1987-10-21", 10.1, 449], ["1989-10-13", -6.9, 251]])
    select, either = {0: -0.5, 1: -1.0, 2: -2.0}, {c: (-1.0, -1.0) for c in range(3)}
    fell = order_from_scores("On which date did the Dow fall the most?", Query(0, 0, ()), returns, select, either)
    assert answer(returns, fell) == ["1987-10-19"]
    drop = extreme_as_said("What was the biggest drop in DJ_return?", Query(1, MAX, ()), returns)
    assert drop == Query(1, MIN, ())   # the value: MIN of the changes
    rise = order_from_scores("On which date did the Dow rise the most?", Query(0, 0, ()), returns, select, either)
    assert answer(returns, rise) == ["1987-10-21"]
    busiest = order_from_scores("On which date did volume fall the most?", Query(0, 0, ()), returns,
                                {0: -0.5, 1: -2.0, 2: -1.0}, either)
    assert answer(returns, busiest) == ["1987-10-19"]   # no changes (no negative number): the largest, as said
    below = order_from_scores("Among dates where volume fell below 500, which had the highest DJ_return?",
                              Query(0, 0, ((2, 2, "500"),)), returns, select, either)
    assert answer(returns, below) == ["1987-10-21"]   # the fall is the condition's, not the ordered column's


def test_the_one_number_column_a_condition_compares_orders_when_there_is_no_other():
    solar = Table("solar", ["datetime_gmt", "solar_gen"], ["text", "real"],
                  [["2021-05-05 06:00", 0.05], ["2021-05-05 07:00", 0.4], ["2021-05-05 08:00", 0.2],
                   ["2021-05-05 09:00", 0.9]])
    question = "Among half-hours with solar_gen above 0.1, which had the lowest output?"
    read = order_from_scores(question, Query(0, 0, ((1, 1, "0.1"),)), solar, {0: -0.5, 1: -1.0},
                             {0: (-1.0, -1.0), 1: (-1.0, -1.0)})
    assert answer(solar, read) == ["2021-05-05 08:00"]
    weather = Table("w", ["time", "solar_gen", "wind"], ["text", "real", "real"],
                    [[row[0], row[1], 10 - i] for i, row in enumerate(solar.rows)])
    windiest = order_from_scores("Among hours with solar_gen above 0.1, which was the windiest?",
                                 Query(0, 0, ((1, 1, "0.1"),)), weather, {0: -0.5, 1: -1.0, 2: -1.5},
                                 {c: (-1.0, -1.0) for c in range(3)})
    assert windiest.order.column == 2   # another number column: it, not the compared one
    senators = Table("s", ["Member Senator", "District"], ["text", "real"], [["a", 40], ["b", 42], ["c", 45]])
    typo = Query(0, 0, ((1, 1, "41"),))   # "firest" reads as a superlative, but of no measure
    assert order_from_scores("Who was firest elected in a district larger than 41?", typo, senators,
                             {0: -0.5, 1: -1.0}, {0: (-1.0, -1.0), 1: (-1.0, -1.0)}) == typo


def test_the_cheapest_thing_is_a_row_where_a_column_names_most_rows():
    tvs = Table("tvs", ["Sub Category", "Price", "Title"], ["text", "real", "text"],
                [["TVs", 499.0, "Hisense 55 A6"], ["TVs", 229.0, "TCL 32 S3"], ["TVs", 1299.0, "LG 65 C3"]])
    extremes = {c: (-1.0, -1.0) for c in range(3)}
    select = {0: -3.0, 1: -0.5, 2: -2.0}
    for question in ("Cheapest thing on the list?", "Most expensive item?"):
        read = order_from_scores(question, Query(1, 0, ()), tvs, select, extremes)
        assert read.sel == 2 and read.order is not None, question
    assert answer(tvs, order_from_scores("Cheapest thing on the list?", Query(1, 0, ()), tvs, select, extremes)
                  ) == ["tcl 32 s3"]
    pcs = Table("pcs", ["price", "premium"], ["real", "text"], [[1499, "yes"], [1999, "no"], [2399, "yes"]])
    read = order_from_scores("Most expensive listing in the file", Query(0, MAX, ()), pcs, {0: -0.5, 1: -2.0},
                             {0: (-1.0, -1.0), 1: (-1.0, -1.0)})
    assert read.sel == 0 and read.order is None   # no column names the rows: the price itself


NORWEGIAN_AIRPORTS = Table("airports", ["icao", "name", "city", "elevation", "lat", "lid"],
                           ["text", "text", "text", "real", "real", "real"],
                           [["ENGM", "Oslo Gardermoen Airport", "Oslo", 681, 60.2, 1],
                            ["ENBR", "Bergen Airport", "Bergen", 170, 60.3, 2],
                            ["ENSG", "Sogndal Airport", "Sogndal", 1633, 61.2, 3]])


def test_the_highest_place_is_the_one_of_the_highest_elevation():
    # "high" names no column of its own: an elevation (or altitude) when the words after it name no number column
    query = read_superlative("Which airport is the highest?", Query(4, MAX, ()), NORWEGIAN_AIRPORTS)   # the model's MAX(lat)
    assert query.order is not None and query.order.column == 3 and query.order.descending
    assert answer(NORWEGIAN_AIRPORTS, query) == ["sogndal airport"]
    # rows that are no places: `ALT.M` is an enzyme, not an altitude
    liver = Table("liver", ["rownames", "ALT.M", "TBL.M"], ["real", "real", "real"], [[1, 20, 4.1], [2, 35, 2.2]])
    read = read_superlative("Which patient ended with the lowest bilirubin?", Query(2, MIN, ()), liver)
    assert read.order is None or read.order.column != 1


def test_a_comparison_moves_to_the_one_column_of_the_measure_it_says():
    counted = Query(1, AGGREGATION_OPS.index("COUNT"), (Condition(5, 1, "500"),))   # the model's `lid > 500`
    assert compared_by_measure("How many airports sit higher than 500 ft?", counted, NORWEGIAN_AIRPORTS) == \
        Query(1, AGGREGATION_OPS.index("COUNT"), (Condition(3, 1, "500"),))
    # a column the question names keeps its comparison; so does a comparison that says no measure
    assert compared_by_measure("How many airports have a lid higher than 500?", counted, NORWEGIAN_AIRPORTS) == counted
    assert compared_by_measure("How many airports have more than 500?", counted, NORWEGIAN_AIRPORTS) == counted


def test_a_kind_said_in_place_of_the_rows_noun_keeps_those_rows():
    characters = Table("starwars", ["name", "height", "mass", "species"], ["text", "real", "real", "text"],
                       [["Luke Skywalker", 172, 77, "Human"], ["R2-D2", 96, 32, "Droid"],
                        ["Darth Vader", 202, 136, "Human"], ["IG-88", 200, 140, "Droid"]])
    tallest = Query(0, 0, (), Order(1, True, 1))
    kept = kind_said_as_rows("Which Droid is the tallest?", tallest, characters)
    assert kept == Query(0, 0, ((3, 0, "Droid"),), Order(1, True, 1)) and answer(characters, kept) == ["ig-88"]
    assert kind_said_as_rows("Which character is the tallest?", tallest, characters) == tallest   # no cell
    assert kind_said_as_rows("Which species is the tallest?", tallest, characters) == tallest   # a header's word


def test_a_kind_said_before_the_rows_noun_keeps_those_rows():
    fires = Table("fires", ["fire_number", "current_size", "general_cause", "fire_type", "ia_access"],
                  ["text", "real", "text", "text", "text"],
                  [["SWF081", 33138.0, "Lightning", "Crown", "Air"], ["HWF036", 250.0, "Lightning", "Ground", "Ground"],
                   ["EWF031", 900.0, "Power Line Industry", "Ground", "Air"], ["LWF002", 120.0, "Lightning", "Surface",
                                                                             "Ground"]])
    largest = Query(0, 0, (), Order(1, True, 3))
    assert kind_said_as_rows("Name the three largest lightning fires by current size.", largest, fires) == \
        Query(0, 0, ((2, 0, "Lightning"),), Order(1, True, 3))
    smallest = Query(0, 0, (), Order(1, False, 1))
    kept = kind_said_as_rows("Which ground fire had the smallest final size?", smallest, fires)   # two columns hold
    assert kept == Query(0, 0, ((3, 0, "Ground"),), Order(1, False, 1)) and answer(fires, kept) == ["hwf036"]   # it:
    #                                                                      the one headed by the rows' noun, `fire_type`
    assert add_kind_condition("Which ground fire had the smallest final size?", kept, fires) == kept   # not also
    #                                                                                                  `ia_access`
    assert kind_said_as_rows("Which fire had the smallest final size?", smallest, fires) == smallest   # no kind said
    assert kind_said_as_rows("Which large fire burned longest?", smallest, fires) == smallest   # no cell


def test_an_ordering_by_a_column_not_named_moves_to_the_number_column_whose_header_is_said_in_full():
    counts = Table("pedestrians", ["date", "hour", "Te Ara Tahuhu Walkway", "8 Darby Street NS", "150 K Road"],
                   ["text", "text", "real", "real", "real"],
                   [["2024-12-24", "8:00-8:59", 120, 40, 7], ["2024-12-24", "9:00-9:59", 300, 12, 9],
                    ["2024-12-24", "10:00-10:59", 80, 95, 3]])
    walkway = Query(1, 0, (), Order(2, True, 1))   # "walkers" read as `Te Ara Tahuhu Walkway`
    moved = order_by_the_header_said("Which hour saw the most walkers at 8 Darby Street NS?", walkway, counts)
    assert moved == Query(1, 0, (), Order(3, True, 1)) and answer(counts, moved) == ["10:00-10:59"]
    assert order_by_the_header_said("Which hour saw the most walkers?", walkway, counts) == walkway   # none said
    said = "Which hour was busiest on Te Ara Tahuhu Walkway, after 8 Darby Street NS?"   # the ordered one is said
    assert order_by_the_header_said(said, walkway, counts) == walkway
    counted = Query(4, 0, ((3, 0, "95"),))   # "When did ... count 95?" decoded SELECT `150 K Road`
    assert select_the_time_asked("When did 8 Darby Street NS count 95 pedestrians?", counted, counts) == \
        Query(1, 0, ((3, 0, "95"),))   # a count is no time: the `hour`, the time that varies
    assert select_the_time_asked("How many were on 150 K Road when 8 Darby Street NS counted 95?", counted,
                                 counts) is counted   # not "When ...?"
    conjunction = "When 8 Darby Street NS is 95, what is 150 K Road?"   # WikiSQL's "when" of a condition
    assert select_the_time_asked(conjunction, counted, counts) is counted
    ages = Table("ages", ["Period", "Age", "Start"], ["text", "text", "real"],
                 [["Cretaceous", "Maastrichtian", 72.1], ["Cretaceous", "Campanian", 83.6]])
    start = Query(2, 0, ((1, 0, "Maastrichtian"),))
    assert select_the_time_asked("When did the Maastrichtian start?", start, ages) is start   # `Start` is said
    founded = Table("clubs", ["club", "founded", "hour"], ["text", "real", "text"], [["A", 1901, "9"], ["B", 1920, "10"]])
    lookup = Query(1, 0, ((0, 0, "A"),))
    assert select_the_time_asked("When was A founded?", lookup, founded) is lookup   # years: a time itself
    # "when" asks for a time that varies: the `hour`, not the one `date` of every row
    assert read_superlative("When was Te Ara Tahuhu Walkway least busy?", Query(2, MIN, ()), counts).sel == 1


PLAYERS_FIFA = Table("fifa", ["short_name", "nationality", "age", "height_cm", "weight_kg", "repwt"],
                     ["text", "text", "real", "real", "real", "real"],
                     [["A. Able", "France", 31, 182, 80, 78], ["B. Baker", "France", 21, 175, 70, 71],
                      ["C. Cruz", "Spain", 26, 191, 85, 84], ["D. Diaz", "Spain", 19, 178, 72, 70]])


@pytest.mark.parametrize("question, decoded, expected", [
    # a noun phrase said without a question word: its rows when its head noun names them
    ("Youngest France player in the list?", Query(2, MIN, (Condition(1, 0, "France"),)), ["b. baker"]),
    ("Tallest player from Spain", Query(3, MAX, (Condition(1, 0, "Spain"),)), ["c. cruz"]),
    ("Player with the largest height?", Query(3, MAX, ()), ["c. cruz"]),
    ("Two youngest players?", Query(2, MIN, ()), ["d. diaz", "b. baker"]),
])
def test_a_bare_noun_phrase_asks_for_its_rows(question, decoded, expected):
    query = read_superlative(question, decoded, PLAYERS_FIFA)
    assert query.agg == 0 and query.order is not None and answer(PLAYERS_FIFA, query) == expected


@pytest.mark.parametrize("question, decoded", [
    ("Highest height among France players?", Query(3, MAX, (Condition(1, 0, "France"),))),   # the height itself
    ("Tallest height of the list?", Query(3, MAX, ())),
    ("Heaviest self-reported weight among Spain", Query(5, MAX, (Condition(1, 0, "Spain"),))),   # `repwt`, a value
    ("Age of the player with the highest height", Query(3, MAX, ())),   # a value of the extreme row, said with "of"
])
def test_a_bare_noun_phrase_of_a_value_keeps_it(question, decoded):
    query = read_superlative(question, decoded, PLAYERS_FIFA)
    assert query.order is None or query.sel != 0


def test_a_superlative_that_measures_another_column_orders_the_rows_asked():
    monthly = Table("deaths", ["date", "temp", "deaths", "year", "month"], ["text", "real", "real", "real", "real"],
                    [["2019-01", 4.1, 60000, 2019, 1], ["2019-07", 18.2, 40000, 2019, 7],
                     ["2020-01", 5.0, 65000, 2020, 1], ["2020-07", 17.1, 45000, 2020, 7]])
    # "coldest" measures `temp`: the months, not the lowest month number
    coldest = read_superlative("Give me the three coldest months.", Query(4, MIN, ()), monthly)
    assert coldest.order == Order(1, False, 3) and coldest.sel == 4
    warmest = read_superlative("What was the warmest month before 2020?", Query(4, MAX, (Condition(3, 2, "2020"),)),
                               monthly)
    assert warmest.order == Order(1, True, 1) and answer(monthly, warmest) == [7]
    # "the latest month", "the fastest run200m time": what the superlative measures is the value asked
    assert read_superlative("What was the latest month?", Query(4, MAX, ()), monthly).order is None
    assert asked_for("What was the fastest run200m time?") is None
    assert asked_for("What was the warmest month?") == ("noun", ["warmest", "month"])


def test_a_count_that_starts_the_question_is_the_limit():
    assert limit("Three smallest states by population among the 2008 races") == 3
    assert limit("Smallest state by population") == 1


def test_a_part_of_a_date_that_repeats_asks_for_the_rows_date():
    from wikisql.superlatives import dated_rows
    series = Table("deaths", ["date", "year", "month", "deaths"], ["text", "real", "real", "real"],
                   [["2019-01", 2019, 1, 60], ["2019-02", 2019, 2, 55], ["2020-01", 2020, 1, 70],
                    ["2020-02", 2020, 2, 40]])
    months = Query(2, 0, (), Order(3, True, 3))
    dated = dated_rows("Which three months had the most deaths?", months, series)
    assert dated == Query(0, 0, (), Order(3, True, 3)) and answer(series, dated) == ["2020-01", "2019-01", "2019-02"]
    # one row per month once the year is said; a month number asked; the rows' own names: kept
    of_2019 = Query(2, 0, (Condition(1, 0, "2019"),), Order(3, True, 1))
    assert dated_rows("Which month of 2019 had the most deaths?", of_2019, series) is of_2019
    assert dated_rows("Which month had the most deaths? Month number please.", months, series) is months
    assert dated_rows("Which weekday had the most deaths?", months, series) is months
    assert dated_rows("Which month had the most deaths?", Query(2, 1, ()), series) == Query(2, 1, ())   # no order


def test_a_count_before_a_plural_noun_is_the_limit_and_a_hyphenated_one_is_not():
    assert limit("three districts with the lowest expected cases") == 3
    assert limit("Which 3-column dataset is the smallest?") == 1   # the columns, not the rows asked for
    assert limit("Which 3 datasets are the smallest?") == 3


def test_a_count_before_a_plural_noun_is_no_value():
    from wikisql.corrections import drop_counted_number_words
    fish = Table("fish", ["Species", "AR"], ["text", "real"], [["Thunnus thynnus", 7.1], ["Sparus aurata", 2.2]])
    decoded = Query(1, MAX, (Condition(0, 0, "three"),))
    assert drop_counted_number_words("the three species with the highest aspect ratio", decoded, fish) == \
        Query(1, MAX, ())
    assert drop_counted_number_words("the three species with the highest aspect ratio", Query(
        1, MAX, (Condition(0, 0, "two"),)), fish).conds   # a number word the question does not say before a plural
    counted = Table("words", ["word", "n"], ["text", "real"], [["three", 5], ["four", 2]])
    kept = Query(1, 0, (Condition(0, 0, "three"),))
    assert drop_counted_number_words("How often does three words appear?", kept, counted) is kept   # a cell


LEAGUE = Table("league", ["squad", "poss", "yellow_cards", "url"], ["text", "real", "real", "text"],
               [["Arsenal", 56.6, 64, "https://fbref.com/en/squads/18bb7c10/Arsenal-Stats"],
                ["Chelsea", 58.2, 90, "https://fbref.com/en/squads/cff3d9bb/Chelsea-Stats"],
                ["Everton", 41.9, 53, "https://fbref.com/en/squads/d3fd31cc/Everton-Stats"]])


def test_a_column_of_links_does_not_name_the_rows():
    from wikisql.superlatives import name_not_its_link
    assert LEAGUE.holds_pointers(3) and not LEAGUE.holds_pointers(0)
    assert row_name_column(LEAGUE) == 0
    ordered = read_superlative("Which club had the least possession?", Query(1, MIN, ()), LEAGUE)
    assert ordered == Query(0, 0, (), Order(1, False, 1)) and answer(LEAGUE, ordered) == ["everton"]
    select = {0: -3.0, 1: -2.0, 2: -4.0, 3: -0.1}
    linked = Query(3, 0, (), Order(2, True, 1))
    assert name_not_its_link("Which team got the most yellow cards?", linked, LEAGUE, select).sel == 0
    assert name_not_its_link("Which team's page has the most yellow cards?", linked, LEAGUE, select) is linked
    assert name_not_its_link("What is the url of the team with the most yellow cards?", linked, LEAGUE,
                             select) is linked
    plain = Query(3, 0, (Condition(0, 0, "Chelsea"),))   # no ordering, not "which": the select head's next choice
    assert name_not_its_link("Possession of Chelsea", plain, LEAGUE, select).sel == 1


def test_which_before_scored_asks_for_the_rows_of_the_clause_and_an_owner_starts_no_listed_phrase():
    companies = Table("assessment", ["company", "country", "ownership", "score", "percent_score"],
                      ["text", "text", "text", "real", "real"],
                      [["BAIC", "China", "Government", 2.9, 6], ["Geely", "China", "Public", 11.0, 21],
                       ["BYD", "China", "Public", 8.4, 16], ["Ford", "United States", "Public", 22.4, 43]])
    assert asked_for("Among Public companies in China, which scored lowest?") == ("row", ["public", "companies"])
    lowest = read_superlative("Among Public companies in China, which scored lowest?",
                              Query(3, MIN, ((1, 0, "China"), (2, 0, "Public"))), companies)
    assert lowest == Query(0, 0, ((1, 0, "China"), (2, 0, "Public")), Order(3, False, 1)) and \
        answer(companies, lowest) == ["byd"]
    gases = Table("atmospheres", ["Chemical", "Mars", "Neptune"], ["text", "real", "real"],
                  [["Hydrogen", 0.0, 80.0], ["Helium", 0.0, 19.0], ["Methane", 0.0, 1.5], ["Carbon dioxide", 95.3, 0.0],
                   ["Nitrogen", 2.6, 0.0]])
    question = "Name Neptune's three most abundant gases."
    assert asked_for(question) == ("noun", ["three", "most", "abundant", "gases"]) and limit(question) == 3
    assert answer(gases, read_superlative(question, Query(2, MAX, ()), gases)) == ["hydrogen", "helium", "methane"]
    assert limit("What were Smith's 3 goals?") == 1   # no superlative after the number


def test_flights_are_named_by_their_number_a_verb_after_a_plural_ends_the_phrase_and_a_header_said_in_full_orders():
    flights = Table("flights", ["CRS_DEP_TIME", "CARRIER", "DEP_TIME", "FL_NUM", "TAIL_NUM", "Flight Status"],
                    ["real", "text", "real", "real", "text", "text"],
                    [[1455, "OH", 1455, 5935, "N812CA", "ontime"], [640, "DL", 655, 1740, "N901DE", "delayed"],
                     [2120, "US", 2131, 2403, "N702US", "ontime"], [1730, "DL", 1729, 1746, "N904DE", "ontime"]])
    latest = read_superlative("Which flight left latest?", Query(2, MAX, ()), flights)
    assert latest == Query(3, 0, (), Order(2, True, 1)) and answer(flights, latest) == [2403]   # `FL_NUM`, not the
    #                                                                                      `Flight Status` category
    numbered = Query(3, 0, (), Order(2, True, 3))
    assert select_the_noun_asked("Which three flights had the latest departure times?", numbered, flights) is numbered
    colleges = Table("colleges", ["College Name", "# appl. accepted"], ["text", "real"],
                     [["Amherst", 1100], ["Smith", 800], ["Tufts", 2500], ["Salem", 1900]])
    fewest = read_superlative("Which three colleges accepted the fewest applicants?", Query(1, MIN, ()), colleges)
    assert fewest == Query(0, 0, (), Order(1, False, 3))   # "accepted" after a plural ends the asked phrase
    assert asked_for("Which armed forces had the most soldiers?") == ("row", ["armed", "forces"])   # before it: no
    collisions = Table("collisions", ["DATE", "LONGITUDE", "UNIQUE KEY"], ["text", "real", "real"],
                       [["03/15/2016", -73.98, 3406829], ["01/02/2017", -73.95, 3590000], ["05/05/2018", -74.01, 3901]])
    keyed = Query(0, 0, (), Order(1, False, 1))   # a code, when said in full, orders
    assert order_by_the_header_said("List the date of the collision with the lowest unique keys.", keyed,
                                    collisions) == Query(0, 0, (), Order(2, False, 1))


def test_the_plainest_header_named_after_the_superlative_and_a_count_of_a_named_phrase_is_no_grouping():
    enrolment = Table("universite", ["rownames", "Master-F", "Master-H", "Master", "Doctorat"], ["text"] + ["real"] * 4,
                      [["Droit", 42371, 21693, 64064, 8371], ["Lettres", 30000, 12000, 42000, 6700],
                       ["Sciences", 20000, 25000, 45000, 9000]])
    fewest = order_from_scores("Which two disciplines have the fewest master's students?", Query(0, MIN, ()),
                               enrolment, {0: -0.1, 1: -1.0, 2: -2.0, 3: -3.0, 4: -4.0},
                               {c: (-1.0, -0.5) for c in range(5)})
    assert fewest == Query(0, 0, (), Order(3, False, 2))   # `Master`, not `Master-F`
    assert not counted_rows("Which discipline has the largest number of male doctoral students?", "largest",
                            enrolment)   # "doctoral" names `Doctorat`: a column's count, no rows counted
    assert counted_rows("Which discipline has the largest number of professors?", "largest", enrolment)


def test_the_hottest_day_orders_by_the_maximum_and_an_age_glued_to_its_unit_is_asked():
    from wikisql.superlatives import ordered_by_its_extreme
    weather = Table("weather", ["DAY", "TEMPERATURE_MIN", "TEMPERATURE_MAX"], ["text", "real", "real"],
                    [["01-JUN-13", 12.1, 19.2], ["02-JUN-13", 14.0, 18.0], ["03-JUN-13", 9.0, 24.5]])
    minimum = Query(0, 0, (), Order(1, True, 1))   # "hottest" read as the highest minimum
    hottest = ordered_by_its_extreme("Which day was the hottest?", minimum, weather)
    assert hottest == Query(0, 0, (), Order(2, True, 1)) and answer(weather, hottest) == ["03-jun-13"]
    assert ordered_by_its_extreme("Which day had the highest minimum temperature?", minimum, weather) is minimum
    assert ordered_by_its_extreme("Which day had the warmest night?", minimum, weather) is minimum
    coldest = Query(0, 0, (), Order(2, False, 1))
    assert ordered_by_its_extreme("Which day was the coldest?", coldest, weather) == Query(0, 0, (), Order(1, False, 1))
    chart = Table("stature", ["Sex", "Agemos", "L", "M", "S"], ["real"] * 5,
                  [[1, 24.5, 1.0, 86.9, 0.040], [1, 60.5, 0.6, 109.6, 0.043], [1, 216.5, -0.2, 176.8, 0.038]])
    assert read_superlative("At which age is S the largest?", Query(1, MAX, ()), chart) == \
        Query(1, 0, (), Order(4, True, 1))   # `Agemos` is asked ("age" glued to months), ordered by `S`


def test_a_number_column_the_asked_noun_only_qualifies_names_no_rows_and_a_code_said_orders():
    ceos = Table("ceos", ["Rank", "Name", "Other Pay", "Ratio of CEO pay to average industry worker pay"],
                 ["real", "text", "real", "real"],
                 [[1, "Mark Hurd", 0.02, 362.0], [2, "Safra Catz", 0.5, 300.0], [3, "Tim Cook", 1.2, 200.0]])
    most = read_superlative("Which CEO got the most Other Pay?", Query(2, MAX, ()), ceos)
    assert most == Query(1, 0, (), Order(2, True, 1)) and answer(ceos, most) == ["tim cook"]   # `Name`, not the ratio
    pupils = Table("pupils", ["id", "grade", "x7", "x8"], ["real", "real", "real", "real"],
                   [[201, 8, 3.0, 4.1], [202, 8, 4.5, 3.9], [203, 7, 5.0, 2.0]])
    eighth = Query(0, 0, ((1, 0, "8"),), Order(3, True, 1))
    assert order_by_the_header_said("Among pupils in grade 8, which id has the top x7 score?", eighth, pupils) == \
        Query(0, 0, ((1, 0, "8"),), Order(2, True, 1))
    air = Table("air", ["date", "no2", "bg.no2"], ["text", "real", "real"],
                [["2001-01-04", 40.0, 12.0], ["2001-01-05", 30.0, 19.0]])
    background = Query(0, 0, (), Order(2, True, 1))   # `no2` is said, but `bg.no2` is a qualified no2: it stays
    assert order_by_the_header_said("When was the highest background NO2 measured?", background, air) is background


def test_a_column_of_machine_keys_does_not_name_the_rows():
    from wikisql.superlatives import name_not_its_link
    snacks = Table("snacks", ["user.id", "calories", "name", "snack_image"], ["text", "real", "text", "text"],
                   [["ids-7", 120, "Sour Patch watermelons", "420a9862-9956-49d1-906e-6b80206a7067"],
                    ["ids-9", 250, "Gyoza", "skipped"], ["ids-8", 90, "apple", "9c1b2f04-5e6d-4a7b-8c9d-0e1f2a3b4c5d"],
                    ["ids-9", 180, "Takis", "skipped"]])
    assert snacks.holds_pointers(3) and not snacks.holds_pointers(2) and not snacks.holds_pointers(0)
    keyed = Query(3, 0, (), Order(1, True, 1))   # "snack" read as `snack_image`
    assert name_not_its_link("Which snack had the most calories?", keyed, snacks, {3: -0.1, 0: -2.0}).sel == 2
    assert name_not_its_link("Which snack image had the most calories?", keyed, snacks, {}) is keyed
    select = {0: -3.0, 1: -2.5, 2: -2.0, 3: -0.1}   # "What snack did ...?" asks which row: its name
    looked_up = Query(3, 0, (Condition(0, 0, "ids-8"),))
    assert name_not_its_link("What snack did ids-8 log?", looked_up, snacks, select).sel == 2
    assert name_not_its_link("What did ids-8 eat?", looked_up, snacks, {0: -3.0, 1: -1.0, 2: -2.0, 3: -0.1}).sel == 1
    hashes = Table("t", ["sha", "n"], ["text", "real"], [["d4f0c2a9b8e7f6a5b4c3", 1], ["0123456789abcdef", 2]])
    assert hashes.holds_pointers(0)
    words = Table("t", ["code", "n"], ["text", "real"], [["deadbeef12cafe34", 1], ["c0ffee5678abcdef", 2], ["skipped", 3], ["n/a", 4]])
    assert not words.holds_pointers(0)   # two placeholders: words, not one placeholder among keys


MASTERS = Table("masters", ["pos", "player_name", "score", "round_1", "round_2", "total"],
                ["text", "text", "text", "real", "real", "real"],
                [["1", "Rory McIlroy", "-11", 66, 66, 132], ["T2", "Justin Rose", "-9", 65, 69, 134],
                 ["T2", "Patrick Reed", "-9", 68, 66, 134], ["4", "Scottie Scheffler", "-8", 67, 68, 135],
                 ["5", "Sungjae Im", "-7", 70, 66, 136], ["T6", "Jon Rahm", "-6", 69, 68, 137],
                 ["T6", "Ludvig Aberg", "-6", 67, 70, 137], ["8", "Shane Lowry", "-4", 70, 69, 139],
                 ["CUT", "Nick Dunlap", "CUT", 90, 71, 161]])


def test_the_best_of_a_column_that_rises_with_the_rank_is_its_smallest():
    assert direction("best", timed=_timed_column("round_1")) is False   # the golfer's best round: the fewest strokes
    assert not _timed_column("player_name")
    best = extreme_as_said("What was the best first-round score?", Query(3, MAX, ()), MASTERS)
    assert best == Query(3, MIN, ())
    worst = read_superlative("Who had the worst round 2?", Query(4, MIN, ()), MASTERS)
    assert worst.order == Order(4, True, 1) and answer(MASTERS, worst) == ["nick dunlap"]
    points = Table("table", ["rank", "club", "points"], ["real", "text", "real"],
                   [[r, f"Club {r}", 90 - 7 * r] for r in range(1, 11)])   # points fall with the rank
    assert extreme_as_said("What was the best points total?", Query(2, MIN, ()), points) == Query(2, MAX, ())


def _timed_column(header: str) -> bool:
    from wikisql.superlatives import _timed
    return _timed("Who had the best round?", MASTERS, MASTERS.header.index(header))


def test_a_superlative_of_a_column_of_numbers_written_as_text_asks_for_a_value():
    lowest = read_superlative("lowest first-round score", Query(3, MIN, ()), MASTERS)
    assert lowest == Query(3, MIN, ())   # not the golfers' `score` (-11, CUT) ordered by round_1
    highest = read_superlative("What was the highest round 2 score anyone posted?", Query(4, MAX, ()), MASTERS)
    assert highest == Query(4, MAX, ())


AIRCRAFT = Table("aircraft", ["Type", "MTOM_kg", "MZFM_MTOM", "span_m", "wing_constant"],
                 ["text", "real", "real", "real", "real"],
                 [["A380-800", 569000, 0.64, 79.8, 0.71], ["B777-300ER", 351500, 0.67, 64.8, 0.82],
                  ["E170-100", 35990, 0.83, 26.0, 0.90], ["CRJ-200", 24041, 0.78, 21.2, 0.74]])


def test_a_measure_said_by_its_initials_is_the_column_in_its_unit_and_a_compound_names_its_last_part():
    heaviest = read_superlative("the two heaviest aircraft types by maximum take-off mass", Query(2, MAX, ()),
                                AIRCRAFT)
    assert heaviest.order == Order(1, True, 2)   # `MTOM_kg` (kg: a mass), not the ratio `MZFM_MTOM` read alike
    select = {0: -0.1, 1: -3.0, 2: -3.0, 3: -2.0, 4: -1.0}
    extremes = {c: (-0.5, -2.0) for c in range(5)}   # the model: MAX of any number column alike
    longest = order_from_scores("Which aircraft type has the longest wingspan?", Query(0, 0, ()), AIRCRAFT, select,
                                extremes)
    assert longest == Query(0, 0, (), Order(3, True, 1))   # "wingspan": `span_m`, not `wing_constant`


def test_newest_is_the_latest_commissioned_and_words_keep_their_letters():
    plants = Table("plants", ["name", "block", "lat", "commissioned"], ["text", "text", "real", "real"],
                   [["Niederaußem", "K", 50.99, 1974], ["Niederaußem", "H", 51.0, 1965],
                    ["Boxberg", "R", 51.4, 2012]])
    decoded = Query(2, MAX, (Condition(0, 0, "Niederaußem"),))
    newest = read_superlative("Which Niederaußem plant is the newest?", decoded, plants)
    assert newest.order == Order(3, True, 1)   # `commissioned`, a date of the rows, not the latitude
    assert asked_for("Which Niederaußem block is the newest?") == ("row", ["niederaußem", "block"])


def test_which_and_a_count_alone_asks_for_the_rows_a_fronted_clause_names():
    assert asked_for("Of the years after 1960, which two had the highest coal employment?")[0] == "row"
    coal = Table("coal", ["Year", "Employment"], ["real", "real"], [[1959, 900], [1961, 700], [1962, 650], [1963, 800]])
    read = read_superlative("Of the years after 1960, which two had the highest coal employment?",
                            Query(1, MAX, (Condition(0, 1, "1960"),)), coal)
    assert read == Query(0, 0, (Condition(0, 1, "1960"),), Order(1, True, 2)) and answer(coal, read) == [1963, 1961]


def test_whats_the_x_of_the_row_with_the_extreme_reads_x_there():
    turbines = Table("turbines", ["manufacturer", "name", "power_density"], ["text", "text", "real"],
                     [["Vestas", "V90", 390.0], ["Vestas", "V112", 358.0], ["Enercon", "E-82", 440.0]])
    decoded = Query(2, MIN, (Condition(0, 0, "Vestas"),))
    for asked in ("What's", "What is"):
        read = read_superlative(f"{asked} the name of the Vestas turbine with the lowest power density?", decoded,
                                turbines)
        assert read == Query(1, 0, decoded.conds, Order(2, False, 1)) and answer(turbines, read) == ["v112"]


def test_a_temperature_unit_is_what_warmest_measures_and_a_time_after_a_bare_phrase_is_no_noun():
    series = Table("hadcrut", ["year", "Anomaly (deg C)", "Lower confidence limit (2.5%)"], ["real"] * 3,
                   [[1944, 0.15, 0.05], [1950, -0.2, -0.3], [1976, -0.1, -0.2], [1998, 0.6, 0.5], [2016, 0.9, 0.8]])
    select = {0: -0.1, 1: -1.0, 2: -0.5}   # the select head likes the lower limit over the anomaly
    extremes = {c: (-0.5, -2.0) for c in range(3)}
    warmest = read_superlative("What were the two warmest years?", Query(0, MAX, ()), series, select)
    assert warmest.order == Order(1, True, 2) and answer(series, warmest) == [2016, 1998]   # by `Anomaly (deg C)`
    assert asked_for("Three coldest years after 1950?", bare=True) == ("bare", ["three", "coldest", "years"])
    coldest = order_from_scores("Three coldest years after 1950?", Query(1, 0, ((0, 1, "1950"),)), series, select,
                                extremes)
    assert coldest == Query(0, 0, ((0, 1, "1950"),), Order(1, False, 3))
    assert answer(series, coldest) == [1976, 1998, 2016]


def test_a_glued_time_is_a_time_the_asked_noun_names_its_column_and_density_measures_dense():
    from wikisql.superlatives import select_the_noun_asked
    fitness = Table("fitness", ["oxy", "age", "runtime"], ["real"] * 3,
                    [[44.6, 44, 11.4], [45.3, 40, 10.1], [54.3, 44, 8.6], [59.6, 38, 9.2]])
    select = {0: -0.1, 1: -3.0, 2: -1.0}
    extremes = {c: (-0.5, -2.0) for c in range(3)}   # the aggregation head leans to MAX
    fastest = order_from_scores("What were the oxygen uptakes of the two fastest runners?", Query(0, 0, ()), fitness,
                                select, extremes)
    assert fastest == Query(0, 0, (), Order(2, False, 2))   # `runtime`: the fastest run took least
    covid = Table("covid", ["Province/State", "Country/Region", "Deaths"], ["text", "text", "real"],
                  [["", "Belgium", 9822], ["Gibraltar", "United Kingdom", 0], ["", "France", 13334]])
    decoded = Query(0, 0, (Condition(2, 0, "13334"),))
    assert select_the_noun_asked("Which country recorded 13334 deaths?", decoded, covid) == \
        Query(1, 0, (Condition(2, 0, "13334"),))
    ranked = Query(0, 0, (), Order(2, True, 2))
    assert select_the_noun_asked("Name the two countries with the most deaths.", ranked, covid).sel == 1
    assert select_the_noun_asked("Which province had 0 deaths?", decoded, covid) is decoded   # its own noun
    assert select_the_noun_asked("What is the death toll of France?", decoded, covid) is decoded   # no row asked
    cars = Table("cars", ["Manufacturer", "Model", "Make"], ["text", "text", "text"],
                 [["Chevrolet", "Corvette", "Chevrolet Corvette"], ["Ford", "Mustang", "Ford Mustang"]])
    maker = Query(0, 0, (Condition(1, 0, "Corvette"),))
    assert select_the_noun_asked("Which manufacturer makes the Corvette?", maker, cars) is maker   # named already
    golf = Table("golf", ["Player", "Score", "To par"], ["text", "text", "text"], [["Mike Weir", "70-68=138", "-4"]])
    par = Query(2, 0, (Condition(0, 0, "Mike Weir"),))
    assert select_the_noun_asked("What score to par did Mike Weir have?", par, golf) is par   # "what": a value
    assert "density" in measured_by("What are the five least densely populated countries?", "least")


def test_an_average_of_a_column_named_maximum_is_an_average():
    from wikisql.superlatives import average_as_said
    days = Table("w", ["row ID", "MinTemp", "MaxTemp"], ["text", "real", "real"],
                 [["Row1", 22.9, 40.9], ["Row2", 25.1, 42.0]])
    assert average_as_said("What is the average maximum temperature of these hot days?", Query(2, MIN, ()), days) \
        == Query(2, AGGREGATION_OPS.index("AVG"), ())
    kept = Query(2, MAX, ())
    assert average_as_said("What is the highest average maximum temperature?", kept, days) is kept   # a superlative


def test_the_youngest_row_is_ordered_by_age_not_by_the_number_of_the_row_the_noun_names():
    cases = Table("mers", ["Case #", "Age", "Health status", "Region"], ["real", "real", "text", "text"],
                  [[1, 45, "Dead", "Riyadh"], [2, 60, "Dead", "Jeddah"], [3, 30, "Recovered", "Taif"],
                   [4, 82, "Dead", "Medina"]])
    select = {2: -1.0, 0: -1.5, 1: -2.0, 3: -0.5}
    extremes = {c: (-0.5, -2.0) for c in range(4)}   # the model leans to MAX, whatever "youngest" says
    dead = (Condition(2, 0, "Dead"),)
    youngest = order_from_scores("In which region was the youngest case who died (health status Dead)?",
                                 Query(3, 0, dead), cases, select, extremes)
    assert youngest == Query(3, 0, dead, Order(1, False, 1))   # `Age`, not `Case #` ("case" heads the rows)
    assert is_identifier(cases, 0) and not is_identifier(cases, 1)
    picks = Table("draft", ["Pick #", "Player"], ["real", "text"], [[1, "A"], [2, "B"]])
    assert not is_identifier(picks, 0)   # a draft's order ranks its rows: "the earliest pick"


def test_the_fastest_of_a_speed_is_its_largest():
    race = Table("pigeons", ["pos", "breeder", "color", "sex", "speed"], ["real", "text", "text", "text", "real"],
                 [[1, "Texas Outlaws", "BCWF", "H", 172.1], [2, "Jb & D", "BB", "C", 171.0],
                  [3, "Greg Glazier", "RC", "C", 170.2], [4, "Jb & D", "BC", "C", 160.4]])
    assert column_direction("What colors were the two fastest cocks?", "fastest", race, 4) is True
    assert column_direction("Which bird was the slowest?", "slowest", race, 4) is False
    select = {2: -0.5, 4: -1.0, 0: -2.0, 1: -1.5, 3: -3.0}
    extremes = {c: (-2.0, -0.5) for c in range(5)}   # the model leans to MIN
    cocks = (Condition(3, 0, "C"),)
    read = order_from_scores("What colors were the two fastest cocks (sex C)?", Query(2, 0, cocks), race, select,
                             extremes)
    assert read == Query(2, 0, cocks, Order(4, True, 2))


def test_the_extreme_of_the_asked_column_is_read_as_rows_ranked_by_the_column_the_superlative_is_said_of():
    salmon = Table("salmon", ["year", "fisher_type", "chinook", "coho"], ["real", "text", "real", "real"],
                   [[1974, "Sport", 491034, 790981], [1975, "Sport", 350000, 990000], [1976, "Sport", 420000, 500000],
                    [1974, "Treaty", 100000, 200000], [1975, "Treaty", 90000, 250000],
                    [1976, "Treaty", 120000, 150000]])
    sport = (Condition(1, 0, "Sport"),)
    read = read_superlative("Which year saw the sport fishery's biggest coho catch?", Query(0, MAX, sport), salmon)
    assert read == Query(0, 0, sport, Order(3, True, 1)) and answer(salmon, read) == [1975]
    assert read_superlative("What was the latest year of the sport fishery?", Query(0, MAX, sport), salmon).agg == MAX
    treaty = (Condition(1, 0, "Treaty"),)   # two rows asked: no MIN, one value, can be meant, whatever the condition
    read = read_superlative("Name the two years with the lowest chinook catch by the treaty fishery.",
                            Query(2, MIN, treaty), salmon)
    assert read == Query(0, 0, treaty, Order(2, False, 2)) and answer(salmon, read) == [1975, 1974]
    golf = Table("golf", ["Tournament", "Wins", "Top-5"], ["text", "real", "real"], [["Masters", 0, 2], ["Open", 1, 5]])
    lowest = Query(2, MIN, (Condition(1, 2, "1"),))   # "top 5" is `Top-5`, no count of rows
    assert read_superlative("What is the lowest top 5 of the tournaments with less than 1 win?", lowest, golf) == lowest


def test_a_glued_id_header_names_the_rows_when_no_text_column_does():
    heating = Table("heating", ["idcase", "depvar", "ic.hp", "region"], ["real", "text", "real", "text"],
                    [[11, "gc", 1076, "mountn"], [12, "gc", 990, "mountn"], [13, "hp", 1200, "mountn"],
                     [14, "er", 900, "mountn"]])
    assert row_name_column(heating) == 0   # households 11, 12, ...: not `depvar`, four systems in four rows
    named = Table("h", ["idcase", "household", "ic.hp"], ["real", "text", "real"],
                  [[11, "Lee", 1076], [12, "Kim", 990]])
    assert row_name_column(named) == 1   # a text column naming each row names them better


def test_a_surveys_sequence_numbers_name_its_participants():
    nhefs = Table("nhefs", ["seqn", "qsmk", "sbp", "dbp", "ht", "smokeyrs"], ["real"] * 6,
                  [[245, 0, 175, 96, 166.2, 29], [422, 1, 123, 80, 178.8, 40], [428, 1, 115, 75, 159.0, 24],
                   [429, 0, 148, 78, 180.0, 35]])
    assert row_name_column(nhefs) == 0
    read = read_superlative("Which participant had the fewest years of smoking?", Query(5, MIN, ()), nhefs)
    assert read == Query(0, 0, (), Order(5, False, 1)) and answer(nhefs, read) == [428]
    smokers = (Condition(1, 0, "1"),)   # "who" of a survey without names: its sequence numbers, ranked by `ht`
    read = read_superlative("Among those with qsmk 1, who was the tallest?", Query(0, MAX, smokers), nhefs)
    assert read == Query(0, 0, smokers, Order(4, True, 1)) and answer(nhefs, read) == [422]
    lookup = Query(1, 0, (Condition(3, 0, "78"),))
    assert select_the_row_asked("Which participant had a diastolic blood pressure of 78?", lookup, nhefs).sel == 0


def test_when_asks_a_timestamp_and_a_condition_every_row_holds_restricts_nothing():
    pv = Table("pv", ["Timestamp", "AC Power [kW]", "equation_of_time"], ["text", "real", "real"],
               [["1/5/2022 8:00", 0.5, -5.1], ["1/5/2022 12:00", 9.1, -5.0], ["1/6/2022 12:00", 7.3, -5.6]])
    read = read_superlative("At which time did the inverter produce the most AC power?", Query(1, MAX, ()), pv)
    assert read == Query(0, 0, (), Order(1, True, 1))   # `Timestamp`, not `equation_of_time` (minutes)
    hitters = Table("al", ["year", "player", "war", "salary"], ["real", "text", "real", "real"],
                    [[2025, "Aaron Judge", 10.1, 40000000], [2025, "Cal Raleigh", 9.1, 7000000],
                     [2025, "Bobby Witt Jr.", 9.4, 28000000]])
    in_2025 = (Condition(0, 0, "2025"),)   # the table's one year: no restriction to say
    read = read_superlative("Who had the highest WAR in the American League in 2025?", Query(2, MAX, in_2025), hitters)
    assert read == Query(1, 0, in_2025, Order(2, True, 1))
    assert measured_by("Who was the highest-paid hitter?", "highest") >= {"salary"}


def test_an_extreme_before_a_header_said_as_a_verb_form_is_an_ordering():
    btc = Table("btc", ["rownames", "Open", "High", "Low", "Close", "Volume"], ["text"] + ["real"] * 5,
                [["2014-01-31", 734.3, 995.0, 725.0, 801.5, 444928.6], ["2014-02-28", 802.0, 850.0, 410.0, 573.9,
                                                                          990000.0]])
    assert superlative_word("Which month had the lowest opening price?", btc) == "lowest"   # `Open`, not `Low`
    assert superlative_word("Which two months with a volume over 500000 closed highest?", btc) == "highest"
    assert superlative_word("What was the lowest price in February?", btc) is None   # `Low` itself


def test_a_noun_no_header_says_asks_for_the_column_whose_cells_end_with_it():
    from wikisql.declining import cannot_answer, missing_attribute
    places = Table("nz", ["lat", "lon", "name", "admin1", "admin2"], ["real", "real", "text", "text", "text"],
                   [[-35.2, 173.9, "Kerikeri", "Northland", "Far North District"],
                    [-43.3, 172.7, "Woodend", "Canterbury", "Waimakariri District"],
                    [-38.1, 176.2, "Rotorua", "Bay of Plenty", "Rotorua District"]])
    decoded = Query(1, 0, (Condition(2, 0, "Kerikeri"),))
    read = select_the_noun_asked("What district is Kerikeri in?", decoded, places)
    assert read == Query(4, 0, (Condition(2, 0, "Kerikeri"),)) and answer(places, read) == ["far north district"]
    assert select_the_noun_asked("What county is Kerikeri in?", decoded, places) is decoded   # no such cells
    assert missing_attribute("What district is Kerikeri in?", places, read) is None
    assert cannot_answer("What district is Kerikeri in?", read, places) is None


GENERATION = Table("pv", ["country", "flag", "generation_gwh"], ["text", "text", "real"],
                   [["Chile", "e", 900.0], ["Peru", "e", 300.0], ["Spain", "", 40000.0], ["Malta", "e", 250.0],
                    ["Cuba", "", 450.0]])


def test_several_rows_asked_by_a_number_are_ordered_not_aggregated():
    # "Name the five biggest ...": MAX gives one value; the rows are asked, named by the row-name column
    biggest = read_superlative("Name the two biggest solar PV generators.", Query(2, MAX, ()), GENERATION)
    assert biggest == Query(0, 0, (), Order(2, True, 2)) and answer(GENERATION, biggest) == ["spain", "chile"]
    # a verb in -ed after "which three" ends the phrase; the rows are those the fronted clause names
    assert asked_for("Among countries with an e flag, which three generated the least?") == ("row", ["countries"])
    least = read_superlative("Among countries with an e flag, which two generated the least?",
                             Query(2, MIN, ((1, 0, "e"),)), GENERATION)
    assert answer(GENERATION, least) == ["malta", "peru"]
    assert asked_for("Which two seeded days (seeding yes) got the most rain?")[1][:2] == ["two", "seeded"]   # an
    #                                                                                     adjective before its noun
    one = Query(2, MAX, ())
    assert read_superlative("What is the biggest solar PV generation?", one, GENERATION) == one   # a value


def test_the_furthest_north_and_first_by_a_number_order_the_rows():
    stations = Table("st", ["Nombre", "Region", "Latitud"], ["text", "text", "real"],
                     [["Arica", "XV", -18.4], ["Santiago", "RM", -33.4], ["Punta Arenas", "XII", -53.0]])
    pointed = Query(2, 0, ((1, 0, "north"),))   # the model's `Region = 'north'`, no cell: a pointer
    read = order_from_scores("Which station is the furthest north?", pointed, stations, {0: -1.0, 2: -0.5},
                             {2: (-0.1, -2.0)})
    assert answer(stations, read) == ["arica"]
    assert superlative_word("Which il comes first by plate number?", stations) == "first"
    assert superlative_word("Which il comes last by plate number?", stations) == "last"
    assert superlative_word("Which district ranks first in per capita income?", stations) == "highest"   # a rank
    assert column_direction("Which il comes first by plate number?", "first", stations, 2) is False   # ascending


def test_rows_named_by_an_owner_a_maker_or_a_participle_and_a_close_at_its_highest():
    cereals = Table("c", ["name", "mfr", "sugars", "rating"], ["text", "text", "real", "real"],
                    [["Kix", "G", 3, 39.2], ["Trix", "G", 12, 27.8], ["Corn Flakes", "K", 2, 45.9],
                     ["Froot Loops", "K", 13, 32.2], ["Smacks", "K", 15, 31.2]])
    most = Query(2, MAX, ((1, 0, "K"),))
    # the fronted clause's rows are the noun after its owner ("mfr K's cereals": cereals)
    assert asked_for("Among mfr K's cereals, which two have the most sugar?") == ("row", ["cereals"])
    assert answer(cereals, read_superlative("Among mfr K's cereals, which two have the most sugar?", most,
                                            cereals)) == ["smacks", "froot loops"]
    # "by mfr G" after the rows' noun restricts them, after "Which" (not WikiSQL's "the highest place reached by")
    best = read_superlative("Which cereal by mfr G has the highest rating?", Query(3, MAX, ((1, 0, "G"),)), cereals)
    assert answer(cereals, best) == ["kix"]
    assert restricts_the_rows("Which petrol car built in 2004 has the most kilometres?", ["petrol", "car"], "2004")
    assert not restricts_the_rows("What is highest place reached by artist Ray Adams?", ["highest", "place"],
                                  "Ray Adams")
    assert superlative_word("When did Microsoft close at its highest?", cereals) == "highest"
    assert superlative_word("When did Microsoft close at its lowest?", cereals) == "lowest"


def test_the_oldest_of_a_column_of_ages_is_its_largest_whatever_its_header_says():
    """A number column that holds no years (`entry`, `exit`: ages in months) is read as ages for "oldest" and
    "youngest"; a column of years stays the other way round."""
    men = Table("channing", ["case", "entry", "exit", "year"], ["real"] * 4,
                [[1, 782, 909, 1964], [2, 1020, 1128, 1965], [3, 851, 1030, 1970], [4, 900, 1100, 1966]])
    assert column_direction("Exit age of the man who entered oldest", "oldest", men, 1) is True
    assert column_direction("How long did the youngest entrant stay?", "youngest", men, 1) is False
    assert column_direction("Which man arrived in the oldest year?", "oldest", men, 3) is False   # years: smallest
    assert column_direction("Weight of the man with the slimmest waist", "slimmest", men, 2) is False
    unnamed = Table("c", ["case", "value"], ["real", "real"], [[1, 1964], [2, 1965], [3, 1970]])
    assert column_direction("Which case is the oldest?", "oldest", unnamed, 1) is None   # years: left to the model


def test_an_average_said_of_a_plain_lookup_over_several_rows_averages_them():
    from wikisql.superlatives import average_as_said
    infants = Table("ihdp", ["iqsb.36", "treat", "Average"], ["real", "real", "real"],
                    [[95.1, 1, 3], [88.0, 1, 4], [79.2, 0, 5]])
    def rows(query):
        return sum(all(row[c.column] == float(c.value) for c in query.conds) for row in infants.rows)
    treated = Query(0, 0, (Condition(1, 0, "1"),))
    assert average_as_said("Average 36-month IQ of treated children (treat 1)", treated, infants, rows) \
        == Query(0, AGGREGATION_OPS.index("AVG"), treated.conds)
    control = Query(0, 0, (Condition(1, 0, "0"),))   # one row: its number may be the answer
    assert average_as_said("Average 36-month IQ of the control child (treat 0)", control, infants, rows) is control
    assert average_as_said("Average 36-month IQ of treated children (treat 1)", treated, infants) is treated
    assert average_as_said("What does treat 1 mean?", treated, infants, rows) is treated   # the verb
    own = Query(2, 0, treated.conds)   # a column that is an average itself
    assert average_as_said("What is the average of treated children (treat 1)?", own, infants, rows) is own


def test_a_value_that_starts_the_rows_noun_after_which_restricts_the_superlative():
    from wikisql.superlatives import read_superlative
    listed = Table("pse", ["Company Name", "Sector", "company_id"], ["text", "text", "real"],
                   [["A Corp", "Mining and Oil", 10], ["B Corp", "Mining and Oil", 30], ["C Corp", "Property", 50]])
    decoded = Query(2, 1, (Condition(1, 0, "mining and oil"),))
    assert read_superlative("Which mining and oil company has the largest company_id?", decoded, listed) == \
        Query(0, 0, (Condition(1, 0, "mining and oil"),), Order(2, True, 1))


def test_on_which_day_selects_the_one_column_of_days():
    from wikisql.superlatives import select_the_time_asked
    prices = Table("jfc", ["dt", "open", "close"], ["text", "real", "real"],
                   [["2018-10-01", 257.2, 252.0], ["2018-10-02", 250.0, 243.0]])
    decoded = Query(1, 0, (Condition(2, 0, "243"),))
    assert select_the_time_asked("On which day did the stock close at 243?", decoded, prices) == \
        Query(0, 0, (Condition(2, 0, "243"),))
    assert select_the_time_asked("What did the stock open at when it closed at 243?", decoded, prices) is decoded


def test_a_superlative_said_of_the_selected_columns_whole_header_keeps_its_extreme():
    from wikisql.superlatives import read_superlative
    flights = Table("f", ["AIRLINE", "DEPARTURE_DELAY", "DISTANCE"], ["text", "real", "real"],
                    [["AA", -3.0, 1464], ["B6", 45.0, 2475], ["DL", 12.0, 1000]])
    decoded = Query(1, 1, ())
    assert read_superlative("What was the longest departure delay?", decoded, flights) == decoded
    assert read_superlative("What was the delay of the longest flight?", decoded, flights) == \
        Query(1, 0, (), Order(2, True, 1))   # "longest" of the flight: its distance


SALARIES = Table("s", ["club", "player", "position", "base_salary", "number"], ["text", "text", "text", "real", "real"],
                 [["Reds", "Ann Lee", "GK", 900000, 1], ["Reds", "Bo Kim", "D", 650000, 4],
                  ["Reds", "Cy Dunn", "F", 1200000, 9], ["Blues", "Di Fox", "F", 800000, 10],
                  ["Blues", "Ed Gray", "D", 500000, 3], ["Blues", "Flo Hart", "GK", 700000, 12]])


@pytest.mark.parametrize("question, decoded, expected", [
    # a short tail after the superlative says what to return
    ("Top 2 base salaries at Reds - who?", Query(3, MAX, ((0, 0, "Reds"),)), ["cy dunn", "ann lee"]),
    ("Lowest base salary of the league - which position?", Query(2, MIN, ()), ["d"]),
    # the rows' noun, then "with the three lowest ..."
    ("Reds players with the two lowest numbers", Query(4, MIN, ((0, 0, "Reds"),)), ["ann lee", "bo kim"]),
    # a fronted clause without its comma
    ("At Blues which player had the smallest base salary?", Query(3, MIN, ((0, 0, "Blues"),)), ["ed gray"]),
    # a number, then the plural after a code-like word, then the superlative: two rows, not one value
    ("Two GK players earning least", Query(3, MIN, ((2, 0, "GK"),)), ["flo hart", "ann lee"]),
])
def test_the_rows_asked_around_the_superlative_are_ordered_not_aggregated(question, decoded, expected):
    assert answer(SALARIES, read_superlative(question, decoded, SALARIES)) == expected


def test_a_tail_that_asks_for_a_column_or_a_time():
    assert asked_for("Top 3 records by damage - unique IDs") == ("row", ["unique", "ids"])
    assert asked_for("Which two fixes were farthest south? timestamps please") == ("time", [])
    assert asked_for("Which month had the fewest deaths? Month number please.")[1] == ["month"]   # the head's rows
    assert asked_for("Which transition metal melts highest? Give its symbol.") == ("row", ["symbol"])
    # a whole question after the comma is no tail
    assert asked_for("In the first year Germany is coded 1, what is Denmark's value?") != ("row", ["is", "denmark"])
    assert limit("Two chr1 gpos100 bands ending earliest") == 2


def test_the_most_of_a_plural_the_question_qualifies_counts_rows_per_group():
    from wikisql.superlatives import counted_per_group
    roster = Table("r", ["team", "name", "designation", "roster_number"], ["text", "text", "text", "real"],
                   [["Reds", "A", "Homegrown Player", 5], ["Reds", "B", "Homegrown Player", 7],
                    ["Blues", "C", "Homegrown Player", 9], ["Blues", "D", "Senior", 3]])
    ordered = Query(0, 0, ((2, 0, "Homegrown Player"),), Order(3, True, 1))
    assert counted_per_group("Which team has the most Homegrown players?", "most", roster, ordered)
    assert counted_per_group("Which team has the most storm records?", "most", roster, Query(0, 0, (), Order(3, True, 1)))
    # the words before the plural name the ordered column: its rows, not a count
    rides = Table("b", ["hr", "casual", "registered"], ["real", "real", "real"],
                  [[1, 5, 20], [2, 9, 30], [1, 3, 25], [2, 4, 10]])
    assert not counted_per_group("In which hour were the most casual riders out?", "most", rides,
                                 Query(0, 0, (), Order(1, True, 1)))


def test_a_hyphened_superlative_does_not_end_the_rows_noun():
    assert asked_for("lowest-paid Senior player at Reds by salary", bare=True) == ("bare", ["lowest", "senior", "player"])
    decoded = Query(3, MIN, ((0, 0, "Reds"),))
    assert answer(SALARIES, read_superlative("lowest-paid player at Reds by base salary", decoded, SALARIES)) == \
        ["bo kim"]


def test_a_part_of_peoples_names_gives_way_to_their_full_names_unless_the_part_is_asked():
    from wikisql.superlatives import full_name_not_a_part
    people = Table("p", ["club", "last_name", "first_name", "player", "salary"], ["text"] * 4 + ["real"],
                   [["LAFC", "Bouanga", "Denis", "Denis Bouanga", 2.1e6], ["LAFC", "Lloris", "Hugo", "Hugo Lloris", 1.3e6],
                    ["MIA", "Messi", "Lionel", "Lionel Messi", 2.0e7]])
    decoded = Query(1, 0, ((0, 0, "LAFC"),), Order(4, True, 1))
    assert full_name_not_a_part("Which LAFC player earned the most?", decoded, people).sel == 3
    assert full_name_not_a_part("What is the last name of the best-paid LAFC player?", decoded, people) == decoded
    assert full_name_not_a_part("last_name of the best-paid LAFC player", decoded, people) == decoded
    assert full_name_not_a_part("Which club pays the most?", Query(0, 0, (), Order(4, True, 1)), people).sel == 0


ELEMENTS = Table("radii", ["z", "bondi1964", "rahm2016"], ["real", "real", "real"],
                 [[1, 1.2, 1.54], [2, 1.4, 1.34], [3, 1.82, 2.2], [4, None, 2.19], [5, None, 2.05]])


def test_a_table_of_numbers_names_its_rows_by_its_first_whole_numbered_column():
    from wikisql.superlatives.rows import numbered_key
    assert numbered_key(ELEMENTS) == 0
    decoded = Query(2, MIN, ())   # MIN(rahm2016): one value, where the question asks which element
    assert read_superlative("Which element has the smallest rahm2016 radius?", decoded, ELEMENTS) == \
        Query(0, 0, (), Order(2, False, 1))
    assert answer(ELEMENTS, read_superlative("Which two elements have the largest rahm2016 radii?", Query(2, MAX, ()),
                                             ELEMENTS)) == [3, 4]
    # a time series' years date its rows rather than name them; nor a first column of fractions
    series = Table("s", ["year", "gdp"], ["real", "real"], [[2001, 1.0], [2002, 2.0], [2003, 1.5]])
    assert numbered_key(series) is None
    measured = Table("m", ["dose", "response"], ["real", "real"], [[0.5, 1.0], [1.5, 2.0], [2.5, 1.5]])
    assert numbered_key(measured) is None


def test_a_name_column_most_rows_leave_empty_names_no_rows():
    states = Table("crosswalk", ["country_qid", "country", "cow_code", "cow_name", "gw_code", "match"],
                   ["text", "text", "real", "text", "real", "text"],
                   [["Q1", "Adamawa Emirate", None, "", None, ""], ["Q2", "Aceh Sultanate", None, "", None, ""],
                    ["Q3", "Albania", 339, "Albania", 339, "name"], ["Q4", "Afghanistan", 700, "Afghanistan", 700,
                                                                     "manual"],
                    ["Q5", "Ahom Kingdom", None, "", None, ""]])
    assert row_name_column(states) == 1   # `country`, not `cow_name`, empty in three rows of five
    decoded = Query(4, MAX, ((5, 0, "name"),))
    # the column's words, "type", then the value restrict the rows asked about
    assert restricts_the_rows("Which state with match type name has the highest gw_code?", ["state"], "name",
                              header="match")
    assert read_superlative("Which state with match type name has the highest gw_code?", decoded, states) == \
        Query(1, 0, ((5, 0, "name"),), Order(4, True, 1))


SUNSHINE = Table("europe_city_sunshine_hours", ["city", "country_iso2", "lat", "lon", "annual_hours"],
                 ["text", "text", "real", "real", "real"],
                 [["Lisbon", "PT", 38.72, -9.14, 2799], ["Seville", "ES", 37.39, -5.98, 2917],
                  ["Bilbao", "ES", 43.26, -2.93, 1667], ["Hamburg", "DE", 53.55, 9.99, 1757],
                  ["Munich", "DE", 48.14, 11.58, 1709], ["Oslo", "NO", 59.91, 10.75, 1668]])


@pytest.mark.parametrize("question, decoded, expected", [
    ("Which DE city is the sunniest?", Query(0, 0, ((1, 0, "DE"),)), ["hamburg"]),
    ("Which ES city gets the least sunshine?", Query(0, 0, ((1, 0, "ES"),)), ["bilbao"]),
    # a position said as a bound on the rows does not make the coordinate what is ranked
    # (the bound itself is read later, by compared_by_compass: here the sunniest two of all)
    ("Among cities north of lat 45, which two are the sunniest?", Query(0, 0, ((2, 0, "north of lat 45"),)),
     ["seville", "lisbon"]),
    # a position said of the superlative: the coordinate is ranked
    ("Which DE city lies farthest east?", Query(0, 0, ((1, 0, "DE"),)), ["munich"]),
    ("Which city has the westernmost longitude?", Query(0, 0, ()), ["lisbon"]),
])
def test_a_superlative_ranks_by_a_coordinate_only_where_the_question_says_a_position(question, decoded, expected):
    select = {0: -0.5, 1: -3.0, 2: -2.0, 3: -1.0, 4: -2.5}   # the select head likes `lon` more than `annual_hours`
    extremes = {c: (-0.5, -2.0) for c in range(5)}
    assert answer(SUNSHINE, order_from_scores(question, decoded, SUNSHINE, select, extremes)) == expected


DUBAI = Table("dubai", ["area", "transactions", "median_price_aed", "median_aed_per_sqft", "offplan_share",
                        "ready_share"], ["text"] + ["real"] * 5,
              [["Marina", 300, 2.1e6, 2300, 0.2, 1], ["Hills", 120, 3.5e6, 2900, 0.1, 1], ["JVC", 900, 0.9e6, 1200, 0.95,
                                                                                            0.05],
               ["Creek", 200, 2.8e6, 2500, 0.0, 1]])


def test_where_asks_for_an_area_and_a_value_with_its_column_names_no_ordering():
    decoded = Query(3, MAX, ((5, 0, "1"),))   # MAX(median_aed_per_sqft) WHERE ready_share = 1
    question = "Where was the price per sqft highest among areas with a ready share of 1?"
    assert read_superlative(question, decoded, DUBAI) == Query(0, 0, ((5, 0, "1"),), Order(3, True, 1))


def test_a_clause_that_bounds_a_column_restricts_the_rows_asked_about():
    question = "Which month had the highest opening price when volume was under 70000000 shares?"
    assert restricts_the_rows(question, ["month"], "70000000", True, "Volume")
    assert not restricts_the_rows("What is the lowest Loss, when Long is less than 0?", [], "0", True, "Long")
    assert limit("When did IBM post its three highest monthly closes?") == 3


IONS = Table("ions", ["atomic_number", "species_name", "ion_charge", "ionization_energy"], ["real", "text", "real", "real"],
             [[2, "He II", 1, 54.4], [3, "Li II", 1, 75.6], [4, "Be II", 1, 18.2], [11, "Na II", 1, 47.3]])


def test_a_column_the_same_in_every_row_that_the_noun_only_qualifies_names_no_rows():
    decoded = Query(3, MAX, ())
    assert answer(IONS, read_superlative("Which ion has the highest second ionization energy?", decoded, IONS)) == \
        ["li ii"]   # `species_name`, not `ion_charge` (1 in every row)
    looked_up = Query(2, 0, ((3, 0, "18.2"),))
    assert select_the_row_asked("Which ion has an ionization energy of 18.2 eV?", looked_up, IONS).sel == 1
    # a constant column the noun heads still answers: WikiSQL's "Which Played has ...?"
    league = Table("l", ["Club", "Played", "Draws"], ["text", "real", "real"], [["A", 38, 7], ["B", 38, 9], ["C", 38, 3]])
    played = Query(1, 0, ((2, 0, "9"),))
    assert select_the_row_asked("Which Played has Draws of 9?", played, league) is played


def test_a_modifier_of_the_asked_noun_does_not_pick_the_column_of_the_rows_it_ranks():
    from wikisql.superlatives import name_not_a_modifier
    bars = Table("bars", ["name", "beach", "opened_year"], ["text", "text", "real"],
                 [["La Ola", "Fontanilla", 1990], ["Dune", "", 2005], ["Tonys", "", 1978], ["Nikki", "Venus", 2010]])
    assert asked_for("Which beach bar opened earliest?") == ("row", ["beach", "bar"])   # "opened": a verb
    ordered = Query(1, 0, (), Order(2, False, 1))   # SELECT beach ORDER BY opened_year
    assert name_not_a_modifier("Which beach bar opened earliest?", ordered, bars) == Query(0, 0, (), Order(2, False, 1))
    assert name_not_a_modifier("Which beach opened earliest?", ordered, bars) is ordered   # the head noun: `beach`


def test_a_count_of_things_is_no_identifier():
    sectors = Table("s", ["sector", "num_accounts", "total", "iso_num"], ["text", "real", "real", "real"],
                    [["Publishing", 20, 1.3e6, 1], ["Insurance", 255, 1.9e6, 2], ["Retail", 102, 0.8e6, 3]])
    assert not is_identifier(sectors, 1) and is_identifier(sectors, 3)
    extremes = {c: (-0.5, -2.0) for c in range(4)}
    select = {0: -0.1, 1: -3.0, 2: -1.0, 3: -4.0}   # the select head likes `total`
    read = order_from_scores("Which sector had the fewest accounts?", Query(0, MIN, ()), sectors, select, extremes)
    assert read == Query(0, 0, (), Order(1, False, 1))


BLOOMS = Table("blooms", ["location", "flowering_date", "flowering_days", "fullbloom_date", "fullbloom_days"],
               ["text", "text", "real", "text", "real"],
               [["Oslo Blindern", "2024-04-20", 111, "2024-04-28", 119], ["Kyiv", "2024-04-02", 93, "2024-04-09", 100],
                ["Bern Zollikofen", "2024-04-12", 103, "2024-04-17", 108], ["Riga", "2024-04-25", 116, "2024-05-01", 122]])


def test_soonest_and_earliest_of_a_column_of_day_numbers_are_its_smallest():
    assert column_direction("Which station reached full bloom soonest?", "soonest", BLOOMS, 4) is False
    assert column_direction("Which station flowered earliest?", "earliest", BLOOMS, 2) is False
    assert column_direction("Which station flowered latest?", "latest", BLOOMS, 2) is True


def test_a_superlative_explained_in_brackets_reads_as_the_magnitude_said():
    assert superlative_word("Which star is the brightest (lowest magnitude)?", BLOOMS) == "lowest"
    assert superlative_word("Which star is the brightest?", BLOOMS) == "brightest"


WARDS = Table("wards", ["municipality", "ward_no", "households", "population"], ["text", "real", "real", "real"],
              [["Alta", 1, 300, 1200], ["Alta", 2, 500, 2100], ["Alta", 3, 200, 900], ["Alta", 4, 450, 1800],
               ["Bela", 1, 100, 400]])


def test_several_rows_of_the_selected_column_asked_are_ranked_not_its_extreme():
    decoded = Query(1, MAX, ((0, 0, "Alta"),))
    read = read_superlative("List the three most populous wards of Alta.", decoded, WARDS)
    assert answer(WARDS, read) == [2, 4, 1]
    cohorts = Table("c", ["city", "year", "submitted", "issued"], ["text", "real", "real", "real"],
                    [["Lund", 2019, 40, 31], ["Lund", 2020, 52, 47], ["Lund", 2021, 49, 44], ["Lund", 2022, 60, 38]])
    top = Query(1, MAX, ((0, 0, "Lund"), (3, 0, "3")))   # "top 3" read as `issued = 3`
    assert answer(cohorts, read_superlative("What are the top 3 years for issued permits in Lund?", top, cohorts)) == \
        [2020, 2021, 2022]
    one = Query(1, MAX, ((0, 0, "Alta"),))   # one value asked: still the extreme
    assert read_superlative("What is the largest ward number in Alta?", one, WARDS) == one


def test_which_noun_of_a_date_or_day_column_selects_the_rows_names():
    dated = Query(3, 0, ((4, 0, "108"),))   # SELECT fullbloom_date WHERE fullbloom_days = 108
    assert select_the_row_asked("Which station reached full bloom on day 108?", dated, BLOOMS).sel == 0
    counted = Query(4, 0, ((3, 0, "2024-04-17"),))   # a word naming the condition's column names no other
    assert select_the_row_asked("Which station reached full bloom on 2024-04-17?", counted, BLOOMS).sel == 0
    assert row_name_column(BLOOMS) == 0   # the stations, not `flowering_date`; but a night is a date's row:
    nights = Table("n", ["date", "temp_min", "weather"], ["text", "real", "text"],
                   [["2012-01-01", 5.0, "rain"], ["2012-01-02", 2.8, "rain"], ["2012-01-03", 7.2, "sun"],
                    ["2012-01-04", 1.1, "rain"], ["2012-01-05", 3.0, "sun"]])
    extremes = {c: (-0.5, -2.0) for c in range(3)}
    read = order_from_scores("What was the warmest night?", Query(2, MIN, ()), nights, {0: -2.0, 1: -1.0, 2: -0.5},
                             extremes)
    assert answer(nights, read) == ["2012-01-03"]
    asked = Query(4, 0, ((0, 0, "Bern Zollikofen"),))
    assert select_the_row_asked("Which day of the year did Bern Zollikofen reach full bloom?", asked, BLOOMS) is asked


def test_who_of_a_number_identifier_selects_the_peoples_names():
    roster = Table("r", ["player_id", "sweater_number", "player_name"], ["real", "real", "text"],
                   [[8478402, 97, "ANN LEE"], [8477934, 29, "BO DAHL"]])
    decoded = Query(0, 0, ((1, 0, "97"),))
    assert person_not_an_id("Who wears sweater 97?", decoded, roster).sel == 2
    assert person_not_an_id("Which player ID wears sweater 97?", decoded, roster) is decoded



def test_which_and_a_verb_after_a_fronted_clause_asks_for_the_rows_the_clause_names():
    assert asked_for("Among stations whose full bloom came on day 98, which flowered latest?") == ("row", ["stations"])
    assert asked_for("Among countries with an ECI above 1, which is projected to grow fastest?") == \
        ("row", ["countries"])
    assert asked_for("Among stations flowering after day 100, which reached full bloom soonest?")[0] == "row"
    assert asked_for("Among cars made in 1970, which red car is the lightest?") == ("row", ["red", "car"])   # a noun


def test_the_fewest_of_an_amount_noun_is_a_value_and_southernmost_of_a_star_is_its_declination():
    games = Table("g", ["game_title", "venue", "home_abbr", "home_score"], ["text", "text", "text", "real"],
                  [["NYR @ CAR", "PNC Arena", "CAR", 4], ["CAR @ NYR", "Madison Square Garden", "NYR", 3],
                   ["FLA @ NYR", "Madison Square Garden", "NYR", 2], ["NYR @ FLA", "Amerant Bank Arena", "FLA", 5]])
    decoded = Query(2, MIN, ((1, 0, "Madison Square Garden"),))   # MIN of a text column
    extremes = {c: (-2.0, -0.5) for c in range(4)}
    read = order_from_scores("What is the fewest goals a home team scored at Madison Square Garden?", decoded, games,
                             {0: -1.0, 1: -3.0, 2: -0.5, 3: -0.7}, extremes)
    assert answer(games, read) == [2.0]   # the amount, not the game's title
    stars = Table("s", ["ra", "dec", "mag", "proper"], ["real", "real", "real", "text"],
                  [[6.75, -16.7, -1.44, "Sirius"], [6.4, -52.7, -0.62, "Canopus"], [14.26, 19.2, -0.05, "Arcturus"]])
    assert answer(stars, read_superlative("What is the southernmost star in the list?", Query(0, MIN, ()), stars)) == \
        ["canopus"]


def test_the_longest_names_no_longitude_and_which_gene_is_its_name_not_its_id():
    vessels = Table("v", ["LON", "LAT", "VesselName", "Length"], ["real", "real", "text", "real"],
                    [[-74.1, 40.6, "LAURA MAERSK", 300.0], [-73.9, 40.7, "JOHN B CADDELL", 120.0],
                     [-74.0, 40.5, "SEA WOLF", 25.0]])
    assert superlative_word("Which vessel is the longest?", vessels) == "longest"
    assert answer(vessels, read_superlative("Which vessel is the longest?", Query(0, MAX, ()), vessels)) == \
        ["laura maersk"]
    from wikisql.superlatives import name_not_an_id
    genes = Table("g", ["Ensembl_Gene_ID", "Symbol", "TDL_category", "max_FPKM"], ["text", "text", "text", "real"],
                  [["ENSG00000105976", "MET", "Tclin", 88.0], ["ENSG00000146648", "EGFR", "Tclin", 120.5],
                   ["ENSG00000131477", "RAMP2", "Tdark", 40.1]])
    ordered = Query(0, 0, (), Order(3, True, 1))
    assert name_not_an_id("Which gene has the highest max FPKM?", ordered, genes) == Query(1, 0, (), Order(3, True, 1))
    assert name_not_an_id("Which gene ID has the highest max FPKM?", ordered, genes) is ordered


def test_which_kind_is_most_common_asks_for_grouping():
    from wikisql.declining import outside_grammar
    assert outside_grammar("Which vessel type is most common in the harbor?") == "grouping"
    assert outside_grammar("Which vessel type is most common?", ["VesselType", "count"]) is None   # a column counts


def test_a_condition_that_leaves_each_group_one_row_makes_a_superlative_a_rows_and_sitting_high_is_elevation():
    from wikisql.superlatives import counted_per_group
    avocados = Table("a", ["AveragePrice", "type", "region"], ["real", "text", "text"],
                     [[1.1, "conventional", "Boston"], [1.9, "organic", "Boston"], [0.9, "conventional", "Denver"],
                      [1.6, "organic", "Denver"], [1.0, "conventional", "Tampa"], [2.1, "organic", "Tampa"]])
    ordered = Query(2, 0, ((1, 0, "organic"),), Order(0, True, 1))
    question = "Which region had the most expensive organic avocados?"
    assert not counted_per_group(question, "most", avocados, ordered)
    assert "elevation" in measured_by("Which IGBP 10 site sits highest?", "highest")
    assert "elevation" in measured_by("ID of the lowest-lying IGBP 8 site", "lowest")
    assert "elevation" not in measured_by("Which site has the highest NDVI?", "highest")


def test_when_of_a_quarterly_table_is_its_quarter_and_name_of_the_noun_asks_for_the_rows():
    provinces = Table("p", ["Quarter", "Saskatchewan", "Canada"], ["text", "real", "real"],
                      [["Q1 2017", 1150000, 36500000], ["Q2 2017", 1148000, 36600000], ["Q3 2017", 1152000, 36700000]])
    assert answer(provinces, read_superlative("When was Saskatchewan's population lowest?", Query(1, MIN, ()),
                                              provinces)) == ["q2 2017"]
    assert asked_for("name of the game with the highest last_30_day_avg") == ("noun", ["game"])


def test_the_noun_that_heads_a_family_of_headers_asks_for_the_rows_names():
    from wikisql.superlatives import name_not_a_family, select_the_noun_asked
    gpus = Table("gpus", ["name", "gpu_chip", "released", "gpu_clock", "memory_clock", "TDP"],
                 ["text", "text", "text", "real", "text", "real"],
                 [["GeForce MX330", "GP108", "Feb 10th, 2020", 1531, "1752 MHz", 10],
                  ["Radeon RX 5300", "Navi 14", "May 28th, 2020", 1327, "1750 MHz", 100],
                  ["GeForce RTX 3080", "GA102", "Sep 1st, 2020", 1440, "1188 MHz", 320]])
    clock = Query(3, 0, ((4, 0, "1188 MHz"),))
    assert name_not_a_family("Which GPU has a memory clock of 1188 MHz?", clock, gpus) == \
        Query(0, 0, ((4, 0, "1188 MHz"),))   # "GPU" heads `gpu_chip` and `gpu_clock`: the rows' names
    named = Query(0, 0, (), Order(5, False, 1))
    assert select_the_noun_asked("Which GPU has the lowest TDP?", named, gpus) is named   # not `gpu_chip`
    assert name_not_a_family("Which GPU has the lowest TDP?", Query(1, 0, (), Order(5, False, 1)), gpus) == named
    chips = Table("chips", ["name", "chip", "clock"], ["text", "text", "real"],
                  [["A", "GP108", 1531], ["B", "Navi 14", 1327], ["C", "GA102", 1440]])
    chip = Query(1, 0, (), Order(2, True, 1))
    assert name_not_a_family("Which chip has the highest clock?", chip, chips) is chip   # a column's own noun
    turbines = Table("t", ["turbine_type", "turbine_id", "name", "rotor_area"], ["text", "real", "text", "real"],
                     [["AW100/3000", 1, "", 7800.0], ["V150/4200", 2, "V150", 17671.0], ["N149", 3, "", 0.5]])
    named = Query(2, 0, (), Order(3, True, 1))   # a family that names its rows (`turbine_type`): the noun's column
    assert select_the_noun_asked("Which turbine has the largest rotor area?", named, turbines) == \
        Query(0, 0, (), Order(3, True, 1))
    typed = Query(0, 0, (), Order(3, True, 1))
    assert name_not_a_family("Which turbine has the largest rotor area?", typed, turbines) is typed


def test_a_superlative_that_ends_asking_which_row_is_read_as_the_rows():
    assert asked_for("Lightest side chain belongs to which amino acid?") == ("row", ["amino", "acid"])
    assert asked_for("The highest GDP is in which country?") == ("row", ["country"])
    assert asked_for("Lightest side chain of the amino acids?") is None


def test_most_negative_of_a_count_headed_negative_is_its_largest():
    emoji = Table("emoji", ["Unicode name", "Negative", "Positive"], ["text", "real", "real"],
                  [["FACE WITH TEARS OF JOY", 3614, 6845], ["PILE OF POO", 40, 9]])
    assert superlative_word("Name of the emoticon found in the most negative tweets", emoji) == "most"
    assert superlative_word("Name of the emoticon found in the most negative tweets", CARS) == "lowest"
    most = extreme_as_said("Name of the emoticon found in the most negative tweets", Query(1, MAX, ()), emoji)
    assert most == Query(1, MAX, ())


LIMB = Table("limb", ["logg", "Teff", "u", "a"], ["real"] * 4,
             [[4.5, 4800, 0.70, 0.61], [4.5, 5200, 0.66, 0.55], [4.5, 5600, 0.61, 0.59], [4.5, 6000, 0.58, 0.50]])


def test_an_asked_noun_a_code_stands_for_after_an_adjective_or_a_fronted_comparison_names_the_rows():
    highest = read_superlative("Which effective temperature has the highest u?", Query(2, MAX, ()), LIMB)
    assert highest.order == Order(2, True, 1) and answer(LIMB, highest) == [4800]   # `Teff`, read "temperature"
    above = Query(3, MIN, ((1, CONDITION_OPS.index(">"), "5000"),))
    smallest = read_superlative("Above 5000 K, which temperature has the smallest a coefficient?", above, LIMB)
    assert smallest.sel == 1 and smallest.order == Order(3, False, 1) and answer(LIMB, smallest) == [6000]
    assert asked_for("Above 5000 K, which temperature has the smallest a?") == ("row", ["temperature"])
    value = Query(2, MAX, ())   # an adjective and a noun no column is read by: the value
    assert read_superlative("Which grid point has the highest u?", value, LIMB).order is None


def test_the_column_a_comparison_is_on_orders_the_rows_only_where_the_superlative_measures_it():
    hours = Table("prices", ["Datetime (UTC)", "Price (EUR/MWhe)", "Volume"], ["text", "real", "real"],
                  [["2022-08-29 06:00:00", 498.0, 10], ["2022-08-29 07:00:00", 560.5, 30],
                   ["2022-08-29 08:00:00", 512.3, 20]])
    select = {0: -0.1, 1: -2.0, 2: -1.0}
    extremes = {c: (-2.0, -0.5) for c in range(3)}
    over = Query(0, MIN, ((1, CONDITION_OPS.index(">"), "500"),))
    cheapest = order_from_scores("UTC time of the cheapest hour that still cost more than 500", over, hours, select,
                                 extremes)
    assert cheapest.order == Order(1, False, 1) and answer(hours, cheapest) == ["2022-08-29 08:00:00"]
    busiest = order_from_scores("UTC time of the hour with the most volume among those over 500", over, hours,
                                select, extremes)
    assert busiest.order == Order(2, True, 1)   # another column is named: the compared one only restricts


def test_a_superlative_that_starts_the_question_before_its_noun_orders_the_rows_it_names():
    produce = Table("produce", ["Form", "Name", "Price"], ["text", "text", "real"],
                    [["Fresh", "Apples", 1.5], ["Fresh", "Apples", 1.6], ["Fresh", "Kiwi", 4.2], ["Fresh", "Kiwi", 4.4],
                     ["Fresh", "Figs", 6.0], ["Fresh", "Figs", 6.2]])   # each name twice: half as many names as rows
    assert superlative_word("Priciest item among those under 5 dollars?", produce) == "priciest"
    under = Query(1, 0, ((2, CONDITION_OPS.index("<"), "5"),))
    extremes = {c: (-1.0, -1.0) for c in range(3)}
    priciest = order_from_scores("Priciest item among those under 5 dollars?", under, produce,
                                 {0: -3.0, 1: -0.1, 2: -1.0}, extremes)
    assert priciest.order == Order(2, True, 1) and answer(produce, priciest) == ["kiwi"]
    cheapest = read_superlative("Cheapest fresh item on the list?", Query(2, MIN, ((0, 0, "fresh"),)), produce)
    assert cheapest.sel == 1 and cheapest.order == Order(2, False, 1) and answer(produce, cheapest) == ["apples"]


def test_an_extreme_of_a_text_column_orders_by_the_tables_one_number_column():
    drills = Table("drills", ["Size", "Diameter"], ["text", "real"],
                   [["A", 0.234], ["B", 0.238], ["C", 0.242], ["Z", 0.413], ["1", 0.228]])
    extremes = {c: (-1.0, -1.0) for c in range(2)}
    largest = order_from_scores("Largest drill in the chart?", Query(0, MAX, ()), drills, {0: -0.1, 1: -1.0}, extremes)
    assert largest.order == Order(1, True, 1) and answer(drills, largest) == ["z"]   # by its diameter
    under = Query(0, MAX, ((1, CONDITION_OPS.index("<"), "0.24"),))
    biggest = order_from_scores("Biggest bit that is still under 0.24 inch?", under, drills, {0: -0.1, 1: -1.0},
                                extremes)
    assert biggest.order == Order(1, True, 1) and answer(drills, biggest) == ["b"]
    returns = Table("spy", ["date", "return"], ["text", "real"], [["2020-03-16", -10.9], ["2020-03-24", 9.1]])
    worst = order_from_scores("Worst single-day return for the fund?", Query(0, MIN, ()), returns,
                              {0: -0.1, 1: -1.0}, {c: (-2.0, -0.5) for c in range(2)})
    assert worst == Query(1, MIN, ())   # the noun after it names the number column: the value


def test_the_biggest_or_smallest_city_is_measured_by_its_population():
    assert {"population", "pop"} <= measured_by("Smallest city on the 2000 list?", "smallest")
    assert "population" not in measured_by("Which area had the smallest share of nonwhite residents?", "smallest")


def test_the_thickest_turns_a_minimum_into_a_maximum():
    pipes = Table("pipes", ["nps", "identifier", "thickness"], ["text", "real", "real"],
                  [["1/8", 40, 0.068], ["1/4", 40, 0.088], ["1/8", 80, 0.095]])
    thinnest = Query(2, MIN, ((1, 0, "40"),))
    assert extreme_as_said("Thickest wall among schedule 40 pipes?", thinnest, pipes) == Query(2, MAX, ((1, 0, "40"),))
    assert extreme_as_said("Thinnest wall among schedule 40 pipes?", thinnest, pipes) is thinnest


def test_a_count_put_on_the_column_said_after_the_superlative_orders_by_it():
    count = Query(1, 0, ((3, 0, "3"),))   # "Teffs with the 3 largest a coefficients" decoded `a = 3`
    extremes = {c: (-1.0, -1.0) for c in range(4)}
    read = order_from_scores("Teffs with the 3 largest a coefficients", count, LIMB, {c: -1.0 for c in range(4)},
                             extremes)
    assert read == Query(1, 0, (), Order(3, True, 3)) and answer(LIMB, read) == [4800, 5600, 5200]
    other = Query(1, 0, ((2, 0, "3"),))   # a count on `u`, which the words after "largest" do not say: as decoded
    assert order_from_scores("Teffs with the 3 largest a coefficients", other, LIMB, {c: -1.0 for c in range(4)},
                             extremes) == other


def test_where_a_figure_comes_from_asks_for_its_column_of_source_links():
    from wikisql.superlatives import name_not_its_link
    chips = Table("tdp", ["name", "tdp", "source"], ["text", "real", "text"],
                  [["TPU3", 200, "https://cloud.google.com/tpu"], ["RTX 2080 Ti", 250, "https://techpowerup.com/x"]])
    asked = Query(2, 0, ((0, 0, "TPU3"),))
    select = {0: -2.0, 1: -0.5, 2: -0.1}
    assert name_not_its_link("Where does the figure for TPU3 come from?", asked, chips, select) is asked
    assert name_not_its_link("What is the TDP of TPU3?", asked, chips, select).sel == 1   # not asked: the likeliest other


GRIDS = Table("grids", ["Region", "Country", "NERC Region", "CO2e (metric ton/kWh)", "Source"],
              ["text", "text", "text", "real", "text"],
              [["us-east-1", "United States", "SERC", 0.00042, "EPA"],
               ["us-west-2", "United States", "WECC", 0.00035, "EPA"],
               ["eu-west-1", "Ireland", "", 0.00031, "EEA"], ["eu-north-1", "Sweden", "", 0.00001, "EEA"],
               ["me-south-1", "Bahrain", "", 0.00073, "carbonfootprint.com"]])


def test_the_highest_factor_among_some_rows_is_a_value_not_a_row():
    extremes = {c: (-0.5, -1.0) for c in range(5)}
    select = {0: -1.0, 1: -2.0, 2: -0.5, 3: -1.5, 4: -3.0}
    text_max = Query(2, MAX, ((4, 0, "EEA"),))   # MAX(NERC Region), the alphabetical last
    read = order_from_scores("What is the highest emission factor among the EEA regions?", text_max, GRIDS, select,
                             extremes)
    assert read == Query(3, MAX, ((4, 0, "EEA"),)) and answer(GRIDS, read) == [0.00031]
    assert read_superlative("What's the lowest factor among the EPA regions?", Query(3, MIN, ((4, 0, "EPA"),)),
                            GRIDS) == Query(3, MIN, ((4, 0, "EPA"),))   # the value, as decoded
    which = order_from_scores("Which region has the highest emission factor?", Query(0, 0, ()), GRIDS, select,
                              extremes)
    assert which.order == Order(3, True, 1) and answer(GRIDS, which) == ["me-south-1"]   # a row still


def test_the_cleanest_grid_emits_the_least_carbon():
    assert direction("cleanest") is False and "co2e" in measured_by("Which region has the cleanest grid?", "cleanest")
    extremes = {c: (-0.1, -2.0) for c in range(5)}   # the aggregation head leans to MAX
    select = {0: -0.5, 1: -2.0, 2: -1.0, 3: -1.5, 4: -3.0}
    read = order_from_scores("Which region has the cleanest grid?", Query(0, 0, ()), GRIDS, select, extremes)
    assert read.order == Order(3, False, 1) and answer(GRIDS, read) == ["eu-north-1"]
    four = order_from_scores("Give the four cleanest regions.", Query(0, 0, ((0, 0, "four"),)), GRIDS, select,
                             extremes)   # the count said as a word is no value
    assert four == Query(0, 0, (), Order(3, False, 4))


def test_the_rows_an_ordering_asks_for_are_named_not_numbered():
    from wikisql.superlatives import name_not_an_id
    gauges = Table("g", ["site name", "gauge number", "lat", "lon"], ["text", "text", "real", "real"],
                   [["Lake Eucumbene", "410572A", -36.1, 148.7], ["Geehi Res", "401571", -36.3, 148.3],
                    ["Tooma Dam", "401560", -35.9, 148.3]])
    numbered = Query(1, 0, (), Order(2, False, 1))
    assert name_not_an_id("Which gauge is the southernmost?", numbered, gauges) == Query(0, 0, (), Order(2, False, 1))
    two = Query(1, 0, (), Order(3, False, 2))
    assert name_not_an_id("Name the two westernmost gauges.", two, gauges) == Query(0, 0, (), Order(3, False, 2))
    assert name_not_an_id("What's the number of the southernmost gauge?", numbered, gauges) is numbered
    seats = Table("s", ["Election", "Seat no 1", "Mayor"], ["text", "text", "text"],
                  [["1950", "Jacques", "Smith"], ["1954", "Pierre", "Jones"], ["1958", "Louis", "Brown"]])
    seat = Query(1, 0, ((2, 0, "smith"),))
    assert name_not_an_id("Who is seat no 1 when the mayor was smith", seat, seats) is seat
    groups = Table("u", ["main_group", "subgroup_number", "group", "R"], ["real", "real", "text", "real"],
                   [[1, 1, "CH3", 0.9011], [1, 2, "CH2", 0.6744], [2, 5, "CH2=CH", 1.3454]])
    numbers = Query(1, 0, (), Order(3, True, 1))   # a number column headed as the rows' numbers
    assert name_not_an_id("Which subgroup has the largest R?", numbers, groups) == Query(2, 0, (), Order(3, True, 1))
    assert name_not_an_id("Which subgroup number has the largest R?", numbers, groups) is numbers
    trades = Table("t", ["trade_id", "entry_time", "pnl"], ["real", "text", "real"],
                   [[1, "2024-01-03 10:00", 5.0], [2, "2024-01-04 11:00", -2.0]])
    traded = Query(0, 0, (), Order(2, True, 1))   # times name no rows
    assert name_not_an_id("Which trade made the most money?", traded, trades) is traded
    stations = Table("s", ["Index", "Location", "Heating"], ["real", "text", "real"], [[23, "Bakersfield", 35], [24, "Burbank", 41]])
    indexed = Query(0, 0, (), Order(2, False, 1))   # the header's word said: the number asked
    assert name_not_an_id("What is the Index of the station with the lowest heating temperature?", indexed, stations) \
        is indexed


def test_a_pointer_on_the_selected_column_does_not_move_the_selection_off_it():
    from wikisql.superlatives import name_the_rows
    pointed = Query(0, 0, ((0, 0, "three EEA regions by emission factor"), (4, 0, "EEA")), Order(3, True, 3))
    assert name_the_rows(pointed, GRIDS) is pointed   # no cell: the model pointing at the rows, dropped later
    given = Query(4, 0, ((4, 0, "EEA"),), Order(3, True, 1))
    assert name_the_rows(given, GRIDS).sel == 0   # `Source = 'EEA'` gives the selection: the rows' names


def test_a_serial_number_names_the_rows_where_no_text_column_does():
    support = Table("support", ["sno", "age", "sfdm2", "charges"], ["real", "real", "text", "real"],
                    [[5064, 81.2, "<2 mo. follow-up", 21000.0], [945, 84.0, "no(M2 and SIP pres)", 9000.0],
                     [27, 80.5, "<2 mo. follow-up", 56000.0]])
    assert row_name_column(support) == 0   # not the disability levels a few patients share
    assert is_identifier(support, 0)
    visits = Table("pbc", ["sno.", "id", "age"], ["real", "real", "real"],
                   [[29, 6, 66.2], [41, 9, 70.1], [57, 12, 58.4]])
    assert row_name_column(visits) == 1   # the patients' `id`, not the records' serial numbers


def test_the_rows_a_counted_plural_asks_for_are_read_from_a_steam_table_s_symbols():
    steam = Table("steam", ["T", "P", "vL", "vV", "hL", "Dh", "hV"], ["real"] * 7,
                  [[100, 0.101, 0.00104, 1.672, 419.1, 2256.4, 2675.6],
                   [150, 0.476, 0.00109, 0.393, 632.2, 2113.7, 2745.9],
                   [200, 1.555, 0.00116, 0.127, 852.3, 1939.7, 2792.0],
                   [250, 3.976, 0.00125, 0.050, 1085.8, 1715.3, 2801.0]])
    largest = read_superlative("Which three pressures have the largest Dh?", Query(5, MAX, ()), steam)
    assert largest == Query(1, 0, (), Order(5, True, 3)) and answer(steam, largest) == [0.101, 0.476, 1.555]
    assert read_superlative("What are the two temperatures with the smallest Dh?", Query(5, MIN, ()), steam) == \
        Query(0, 0, (), Order(5, False, 2))
    assert read_superlative("What is the largest Dh?", Query(5, MAX, ()), steam) == Query(5, MAX, ())   # a value
    firms = Table("firms", ["name", "total_dollars_5yr", "active_contracts"], ["text", "real", "real"],
                  [["Acme", 9.5e6, 12], ["Bolt", 1.2e5, 3], ["Crane", 4.4e5, 5]])
    fewest = read_superlative("Which two contractors have the lowest five-year totals?", Query(1, MIN, ()), firms)
    assert fewest == Query(0, 0, (), Order(1, False, 2))   # their names, not the contracts a word starts


def test_the_most_of_the_rows_own_numbered_noun_counts_rows():
    courts = Table("courts", ["Court ID", "Court Name", "Jurisdiction"], ["real", "text", "text"],
                   [[1, "High Court of Australia", "Commonwealth"], [2, "Federal Court", "Commonwealth"],
                    [3, "Supreme Court of Victoria", "Victoria"]])
    assert counted_rows("Which jurisdiction has the most courts?", "most", courts)   # courts per jurisdiction
    staff = Table("s", ["Court ID", "Judges"], ["real", "real"], [[1, 7], [2, 50], [3, 31]])
    assert not counted_rows("Which court has the most judges?", "most", staff)   # a number column holds them


def test_the_rows_an_identifier_numbers_are_asked_by_their_noun():
    courts = Table("courts", ["Court ID", "Jurisdiction", "Court Name"], ["real", "text", "text"],
                   [[1, "Commonwealth", "High Court of Australia"], [2, "Commonwealth", "Federal Court"],
                    [3, "Victoria", "Supreme Court of Victoria"]])
    last = read_superlative("What are the last two courts by ID?", Query(0, MAX, ()), courts)
    assert last == Query(2, 0, (), Order(0, True, 2)) and answer(courts, last) == ["supreme court of victoria",
                                                                                   "federal court"]
    assert read_superlative("What is the highest court ID?", Query(0, MAX, ()), courts) == Query(0, MAX, ())


def test_several_rows_asked_are_ranked_not_aggregated():
    standards = Table("standards", ["county", "zip_code", "year", "bedrooms", "value"],
                      ["text", "real", "real", "real", "real"],
                      [["Galveston", zip_code, 2025, bedrooms, 1000 + 100 * bedrooms + zip_code % 7]
                       for zip_code in (77518, 77550, 77554) for bedrooms in range(5)])
    four = (Condition(3, 0, 4),)
    # MAX(zip_code) is one value: the two zip codes, ranked by the one measure left (`year` is 2025 in every row)
    assert read_superlative("Top two ZIP codes by 4-bedroom payment standard", Query(1, 1, four), standards) == \
        Query(1, 0, four, Order(4, True, 2))
    rates = Table("rates", ["region", "provider_type", "provider_rating", "age_2yr_ft", "age_2yr_pt"],
                  ["text", "text", "text", "real", "real"],
                  [[region, kind, rating, ft, ft / 2] for region, ft in (("north", 40.0), ("south", 45.0),
                                                                           ("east", 50.0))
                   for kind in ("LCCH", "RCCH") for rating in ("REG", "TRS3")])
    given = (Condition(1, 0, "LCCH"), Condition(2, 0, "REG"))
    # "two" said as a word is how many rows, though `age_2yr_ft` is written with a 2 ("the lowest top 5" of a `Top-5`
    # column says its number as the header does)
    read = read_superlative("List the two regions with the highest full-time rate for 2-year-olds at REG licensed "
                            "child care homes (LCCH).", Query(3, 1, given), rates)
    assert (read.sel, read.agg, read.conds, read.order) == (0, 0, given, Order(3, True, 2))
