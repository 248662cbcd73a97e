import pytest
import torch

from wikisql.encoding import (
    asks_rows_by_noun,
    IGNORE_INDEX,
    Encoder,
    EncodingError,
    abbreviation_reading,
    collate,
    encode_examples,
    fit_to_length,
    header_readings,
    locate_value,
    numbered_readings,
    readable_header,
    years_named,
)
from wikisql.query import Condition, Query
from wikisql.schema import Example, Table


def test_layout_segments_and_header_positions(tokenizer):
    encoder = Encoder(tokenizer, max_seq_length=128)
    header = ["Player", "School/Club Team", "No."]
    item = encoder.encode("Who played for Butler?", header)
    ids = item.input_ids
    question_ids = tokenizer.convert_tokens_to_ids(tokenizer.tokenize("Who played for Butler?"))
    assert ids[0] == tokenizer.cls_token_id
    assert ids[1:1 + len(question_ids)] == question_ids
    assert ids[1 + len(question_ids)] == tokenizer.sep_token_id
    assert item.token_type_ids == [0] * (len(question_ids) + 2) + [1] * (len(ids) - len(question_ids) - 2)
    for name, (start, end) in zip(header, item.header_spans):
        assert ids[start:end] == tokenizer.convert_tokens_to_ids(tokenizer.tokenize(name))
        assert ids[end] == tokenizer.sep_token_id
    assert ids[-1] == tokenizer.sep_token_id and not item.truncated


def test_column_types_become_tokens(tokenizer):
    plain = Encoder(tokenizer, 128).encode("how many?", ["Points"], ["real"])
    typed = Encoder(tokenizer, 128, column_types=True).encode("how many?", ["Points"], ["real"])
    start, end = typed.header_spans[0]
    assert tokenizer.convert_ids_to_tokens(typed.input_ids[start:end]) == ["real", "points"]
    assert len(typed.input_ids) == len(plain.input_ids) + 1


def test_wide_table_is_truncated_per_column_not_crashing(tokenizer):
    header = [f"very long column name number {i} with many words" for i in range(12)]
    item = Encoder(tokenizer, max_seq_length=64).encode("what is the total?", header)
    assert len(item.input_ids) <= 64 and item.truncated
    assert len(item.header_spans) == 12
    assert all(end - start >= 1 for start, end in item.header_spans)
    assert item.num_question_tokens == len(tokenizer.tokenize("what is the total?"))


def test_fit_to_length_cuts_longest_headers_first_and_question_last():
    headers = [[1] * 10, [2] * 2, [3] * 3]
    fitted, question_length, truncated = fit_to_length(5, headers, 2 + 5 + 3 + 9)  # cap 4: 5 + 3 + 4
    assert truncated and question_length == 5 and [len(h) for h in fitted] == [4, 2, 3]
    fitted, question_length, truncated = fit_to_length(20, headers, 12)  # 1 token per column: question cut
    assert [len(h) for h in fitted] == [1, 1, 1] and question_length == 12 - 2 - 6
    with pytest.raises(EncodingError):
        fit_to_length(3, [[1]] * 10, 20)


def test_too_narrow_examples_are_counted_not_raised(tokenizer):
    tables = {"t": Table("t", [f"c{i}" for i in range(30)], ["text"] * 30, []),
              "u": Table("u", ["a", "b"], ["text", "text"], [])}
    examples = [Example("q one", "t", Query(0, 0, ())), Example("q two", "u", Query(1, 0, ()))]
    encoded, report = encode_examples(Encoder(tokenizer, max_seq_length=40), examples, tables)
    assert report.not_encodable == 1 and [item.example_index for item in encoded] == [1]


@pytest.mark.parametrize("question, value, expected", [
    ("Who played for butler cc (ks)?", "Butler CC (KS)", "butler cc (ks)"),
    ("Who played for Butler CC ( KS ) then?", "butler cc (ks)", "Butler CC ( KS )"),
    ("Which team has 1,000 points?", "1000", "1,000"),
    ("Which team has 1000 points?", "1,000", "1000"),
    ("In 1939 who won?", 1939.0, "1939"),
    ("In 1939.0 who won?", "1939.0", "1939.0"),
    ("Name the  u.s.  city", "U.S.", "u.s."),
])
def test_value_located_by_normalised_match(tokenizer, question, value, expected):
    tokens = tokenizer.tokenize_with_offsets(question)
    span = locate_value(question, tokens, value)
    assert span is not None
    assert question[tokens[span[0]].start:tokens[span[1]].end] == expected


def test_value_prefers_whole_word_match(tokenizer):
    question = "Is the score 12 in round 1?"
    tokens = tokenizer.tokenize_with_offsets(question)
    start, end = locate_value(question, tokens, "1")
    assert question[tokens[start].start:tokens[end].end] == "1" and tokens[start].start == question.rindex("1")


def test_missing_value_reported_and_labels(tokenizer):
    tables = {"t": Table("t", ["Name", "Points", "Team"], ["text", "real", "text"], [])}
    examples = [
        Example("points of Ann when team is Reds", "t", Query(1, 0, (Condition(0, 0, "ann"), Condition(2, 0, "Reds")))),
        Example("points of Bob", "t", Query(1, 1, (Condition(0, 0, "Robert"),))),
    ]
    encoded, report = encode_examples(Encoder(tokenizer, 64), examples, tables)
    assert report.conditions == 3 and report.conditions_not_located == 1 and report.examples_not_located == 1
    assert report.as_dict()["share_conditions_not_located"] == pytest.approx(1 / 3)
    first, second = encoded
    assert first.labels.values_located and not second.labels.values_located
    assert [first.span_text(*span) for span in first.labels.value_spans] == ["Ann", "Reds"]

    batch = collate(encoded)
    assert batch["input_ids"].shape[0] == 2 and batch["column_mask"].all()
    assert batch["where_target"].tolist() == [[1, 0, 1], [1, 0, 0]]
    assert batch["op_target"].tolist() == [[0, IGNORE_INDEX, 0], [0, IGNORE_INDEX, IGNORE_INDEX]]
    assert batch["start_target"][1].tolist() == [IGNORE_INDEX] * 3  # value not located: no span target
    assert batch["num_conds"].tolist() == [2, 1] and batch["agg"].tolist() == [0, 1]
    weights = batch["column_token_weights"]
    assert torch.allclose(weights.sum(-1), torch.ones(2, 3))


def test_duplicate_condition_column_keeps_first(tokenizer):
    query = Query(0, 0, (Condition(1, 1, "3"), Condition(1, 2, "9")))
    item = Encoder(tokenizer, 64).encode("name with rank above 3 and below 9", ["Name", "Rank"], query=query)
    assert item.labels.duplicate_columns and item.labels.cond_columns == [1] and item.labels.cond_ops == [1]


@pytest.mark.parametrize("header, words", [
    ("home_goals", "home goals"), ("HomeGoals", "Home Goals"), ("homeGoals", "home Goals"),
    ("MPG.city", "MPG city"), ("Man.trans.avail", "Man trans avail"), ("ALPSeats", "ALP Seats"),
    ("Winners1990", "Winners 1990"), ("sleep__total", "sleep total"),
    ("rownames", "name"), ("Unnamed: 0", "name"), ("", "name"),
    # as WikiSQL writes them: unchanged
    ("No.", "No."), ("U.S. viewers (millions)", "U.S. viewers (millions)"), ("Power (kW)", "Power (kW)"),
    ("McCain%", "McCain%"), ("Density (per km2)", "Density (per km2)"), ("1st", "1st"), ("2009–10", "2009–10"),
])
def test_readable_header(header, words):
    assert readable_header(header) == words


def test_a_row_name_column_of_years_is_headed_year():
    phones = Table("phones", ["rownames", "Europe", "Asia"], ["real", "real", "real"],
                   [[1951, 13000, 2876], [1956, 20000, 4400], [1957, "", 5000]])
    assert years_named(phones).header == ["year", "Europe", "Asia"]
    assert years_named(phones).rows is phones.rows and phones.header[0] == "rownames"   # a copy, same cells
    airports = Table("airports", ["rownames", "ATL", "BOS"], ["text", "real", "real"],
                     [["ATL", 0, 946], ["BOS", 946, 0]])
    assert years_named(airports) is airports   # row names that are no years
    counted = Table("t", ["rownames", "x"], ["real", "real"], [[1, 5], [2, 6]])
    assert years_named(counted) is counted   # row numbers are no years
    dated = Table("t", ["rownames", "Year of count"], ["real", "real"], [[1951, 1], [1956, 2]])
    assert years_named(dated) is dated   # another header says "year" already
    # a climate series keeps its years under `Time`: "Which year ...?" names that column
    series = Table("hadcrut", ["Time", "Anomaly (deg C)"], ["real", "real"], [[1900, -0.2], [1901, -0.3]])
    assert years_named(series).header == ["year", "Anomaly (deg C)"]
    hours = Table("t", ["time", "x"], ["real", "real"], [[1200, 1], [1300, 2]])   # clock times are no years
    assert years_named(hours) is hours


def test_the_model_reads_code_like_headers_as_words(tokenizer):
    encoder = Encoder(tokenizer, 64)
    assert encoder.header_ids("home_goals", "real") == encoder.header_ids("Home Goals", "real") \
        == tokenizer.convert_tokens_to_ids(["home", "goals"])


@pytest.mark.parametrize("header, question, reading", [
    ("GF", "How many goals for did Leeds score?", "goals for"),           # initials
    ("rbi", "How many runs batted in in 2006?", "runs batted in"),
    ("ab", "Which player had 579 at bats?", "at bats"),
    ("HomeGF", "What were the home goals for Leeds?", "goals for"),       # one word of a header
    ("cyl", "How many cylinders does the Valiant have?", "cylinders"),    # prefix
    ("Pos.", "What position does he play?", "position"),
    ("pts", "How many points did he get?", "points"),                     # consonants
    ("Yds", "how many yards?", "yards"),
    ("wt", "What is the weight of the Lincoln?", "weight"),
    ("Rd", "Which team reached round 3?", "round"),     # the word the code keeps most of
    ("Scr", "Name the score which has record of 73-83", "score"),         # every consonant, in order
    ("Arprt", "What is the airport with the ICAO KSEA?", "airport"),
    ("Orchstr", "Which orchestra recorded in 1951?", "orchestra"),
    ("Tot.", "What is the highest total when gold is 1?", "total"),        # a cut word with a full stop
    ("W", "How many wins did Leeds have?", "wins"),                      # one-letter codes of sports tables
    ("W", "What was the W of Leeds?", None),                             # the code itself
    ("G", "How many wins did Leeds have?", None),                        # not what the letter stands for
    ("Tourn.", "Which tournament was held on October 14?", "tournament"),
    ("Tourn", "Which tournament was held on October 14?", None),         # ... not without one (two vowels)
    ("Incumb.", "Who is the incumbent in Ohio 3?", "incumbent"),          # ... of any length
    ("Cands.", "Name the candidate for Ohio 3", "candidate"),             # ... with a plural s
    ("Enrl.", "What is the enrollment of Yale?", "enrollment"),           # ... of its first consonants
    ("Opps", "How many opponents did they face?", "opponents"),           # a plural code
    ("Wins", "How many winners were there?", None),                       # ... not a word in the plural
    ("Scsr", "Who was the successor in Ohio 3?", "successor"),            # a doubled letter written once
    ("Endwmnt", "How many endowments does Yale have?", "endowments"),     # the skeleton of the singular
    ("Tries agst", "How many tries against did Leeds have?", "against"),  # a vowel first, then consonants
    ("Frgn", "How many foreigners live in Bonn?", "foreigners"),         # ... an inflected word
    ("Rnd", "Which rnds were held in May?", None),                        # the code itself in the plural
    ("Home (1st leg)", "What was the aggregate score that had a 1-2 second leg score?", None),   # `1st`: no code
    # no reading
    ("wt", "What does the car weigh?", None),          # "weigh" does not end like "wt"
    ("rbi", "What was his rbi total?", None),           # the question uses the code itself
    ("Home", "What is the hometown of X?", None),       # a word with two vowels is not a prefix code
    ("Team", "Which teams won?", None),
    ("Points", "How many points?", None),               # longer than 5 letters
    ("wt", "What was the score?", None),                # "what" is a stopword
    ("wt", "What did the Porsche cost when it was tested?", None),   # an auxiliary verb is no initial
])
def test_abbreviation_reading(header, question, reading):
    assert abbreviation_reading(header, question) == reading


@pytest.mark.parametrize("header, question, reading", [
    ("brainwt", "Which animal has the largest brain weight?", "brain weight"),   # two codes glued
    ("avginc", "What is the average income in Los Altos?", "average income"),
    ("testscr", "Which district has the best test score?", "test score"),
    ("enrltot", "What is the total enrollment in Kern?", "enrollment total"),
    ("gdpPercap", "What is the GDP per capita of Chile?", "per capita"),
    ("Opponent", "Who were the opponents in week 3?", None),       # a word the question has, in the plural
    ("format", "What is the market for the game?", None),          # "for" is no piece of a code
    ("brainwt", "What is the brain size?", None),                  # one piece read is not enough
    ("region", "What is the high-school graduation rate in OH?", None),   # a word of the bundled vocabulary
])
def test_glued_codes_are_read_piece_by_piece(header, question, reading):
    assert abbreviation_reading(header, question) == reading


def test_the_encoder_reads_no_vocabulary_word_as_glued_codes(tokenizer):
    known = tokenizer.vocab.__contains__
    assert known("format") and not known("brainwt")
    question = "Which animal has the largest brain weight and the best format?"
    assert header_readings(["brainwt", "format", "name"], question, known) == ["brain weight", None, "animal"]


def test_header_readings_are_remembered_but_each_caller_gets_its_own_list(tokenizer):
    known = tokenizer.vocab.__contains__
    question = "Which animal has the largest brain weight?"
    first = header_readings(["brainwt", "name"], question, known)
    first[0] = "changed by the caller"
    assert header_readings(["brainwt", "name"], question, known) == ["brain weight", "animal"]
    assert header_readings(("brainwt", "name"), question, known) == ["brain weight", "animal"]   # a tuple too


def test_element_symbols_read_as_the_elements_a_question_names():
    composition = ["rownames", "Al", "Ca", "Fe", "K", "Si"]   # chemical analyses of pottery, glass, soil
    assert header_readings(composition, "potassium of sample 223?") == ["sample", None, None, None, "potassium",
                                                                        None]
    assert header_readings(composition, "Which sample has the most aluminum?")[1] == "aluminum"
    # among element symbols `Si` is silicon, never the initials of "scaled iron"
    assert header_readings(composition, "What is the scaled iron concentration of sample 201?")[3:] == \
        ["iron", None, None]
    assert header_readings(["Player", "K", "BB"], "How many strikeouts did Ann have?")[1] is None   # no "potassium"
    cars = ["mfr", "model", "msrp"]
    assert header_readings(cars, "What is the highest sticker price of a car from Italy?")[2] == "sticker price"


def test_thermodynamic_symbols_read_as_the_quantities_where_h_g_and_s_head_columns():
    substances = ["Element", "Formula", "State", "H", "G", "S"]
    assert header_readings(substances, "What is the entropy of SF6?")[3:] == [None, None, "entropy"]
    assert header_readings(substances, "Which sulfur species has the highest standard entropy?")[5] == "entropy"
    assert header_readings(substances, "Highest sulfur content?")[5] is None   # no element where `G` heads a column
    assert header_readings(substances, "What is the Gibbs energy of CS2?")[4] == "gibbs energy"
    assert header_readings(substances, "standard enthalpy of formation of CO2?")[3] == "enthalpy"
    assert header_readings(["Player", "H", "S"], "How many hits did Ann have?")[1] == "hits"   # no `G`: a box score
    batting = ["playerID", "G", "AB", "H"]   # games and hits, though `G` and `H` head columns
    assert header_readings(batting, "How many hits did Ann have in 120 games?")[3] == "hits"
    assert header_readings(["Formula", "dH", "dG", "S"], "the entropy of CO2?")[3] == "entropy"
    assert header_readings(["Al", "Ca", "S", "Fe"], "How much sulfur is in sample 3?")[2] == "sulfur"
    weather = ["date", "rh", "air_temp"]
    assert header_readings(weather, "What was the humidity on 2001-01-03?")[1] == "humidity"   # a weather record's code


def test_which_reads_a_name_column_before_a_unit_count():
    cards = ["name", "manufacturer", "unit", "vram"]   # `unit`: how many GPUs a card holds, not the study's units
    assert header_readings(cards, "Which GPU has the most VRAM?")[:3] == ["gpu", None, None]
    assert header_readings(["unit", "score"], "Which patient scored 5?")[0] == "patient"   # no name column: the unit


def test_a_short_code_qualifying_another_headers_words_reads_the_word_before_them():
    hourly = ["date", "no2", "bg.no2", "ws"]
    assert header_readings(hourly, "What was the background NO2 at 13:00?")[2] == "background"
    assert header_readings(hourly, "What was the NO2 at 13:00?")[2] is None
    assert header_readings(["no2", "bg.no2"], "What was the big NO2 reading?")[1] is None   # too short a word to cut
    assert header_readings(["temp", "max.temp"], "the maximum temp on Monday?")[1] == "maximum"


def test_a_letter_alone_is_no_initial():
    assert header_readings(["cmpd_name", "NO3_k298"], "rate constant of n-octane with Cl atoms?")[1] is None
    assert header_readings(["Team", "GF"], "How many goals for did Leeds have?")[1] == "goals for"


def test_month_codes_are_read_when_the_question_names_the_month():
    months = ["YEAR", "JAN", "FEB", "AUG"]
    assert header_readings(months, "Which year had the coldest August?")[3] == "august"
    assert header_readings(["Sept", "Oct"], "How wet was September 1990?")[0] == "september"
    days = ["Mon 22 Aug", "Tues 23 Aug"]   # every header has `Aug`: the month names no one of them
    assert header_readings(days, "What is every entry on Monday August 22?")[1] is None


def test_two_letter_cuts_are_read_as_vocabulary_words_only():
    known = {"episode", "episodes", "county", "state"}.__contains__
    assert header_readings(["Series Ep.", "Title"], "Are rolled wafers in many episodes?", known)[0] == "episodes"
    assert header_readings(["Co.", "Seat"], "Which county has the seat Ely?", known)[0] == "county"
    assert header_readings(["Mississippi St.", "Arkansas"], "Who is the Arkansas player with Ken Stabler?",
                           known)[0] is None   # a name, not a word `St.` is cut from
    assert header_readings(["No.", "Title"], "How many notes were there?", {"notes"}.__contains__)[0] is None


def test_abbreviation_reading_leaves_a_word_another_header_has():
    assert abbreviation_reading("Pts", "How many points?") == "points"
    assert abbreviation_reading("Pts", "How many points?", ["Points", "Team"]) is None


def test_initials_are_read_when_other_headers_share_only_some_of_their_words():
    header = ["Year", "MS", "WS", "Mens doubles", "Womens doubles"]
    assert header_readings(header, "In 1987 who was the mens singles?")[1] == "mens singles"
    assert header_readings(header, "Who won the womens singles in 1990?")[2] == "womens singles"
    assert header_readings(["MS", "Mens singles"], "Who was the mens singles?") == [None, None]   # the column itself
    assert header_readings(["mpg", "cyl", "am"], "What is the average mpg of the 8 cylinder cars?") == \
        [None, "cylinder", None]   # `mpg` is a column of its own: "average mpg" is not what `am` stands for


@pytest.mark.parametrize("question, readings", [
    ("Which car has more than 300 hp?", ["car", None, None]),
    ("How many cars have 5 gears?", ["cars", None, None]),
    ("What does the Valiant weigh?", [None, None, None]),       # "does": no noun asked for
    ("Which carb count has the Valiant?", [None, None, None]),  # a header has the word
])
def test_the_row_name_column_reads_the_noun_the_question_asks_about(question, readings):
    assert header_readings(["rownames", "carb", "wt"], question) == readings
    assert header_readings(["Model", "carb", "wt"], question) == [None, None, None]   # a header of its own
    # a column headed name, title or id: after "Which" only
    which = question.startswith("Which")
    assert header_readings(["title", "carb", "wt"], question) == (readings if which else [None, None, None])


def test_a_which_question_reads_the_name_column_only_when_no_header_says_its_noun():
    assert header_readings(["Name", "Team", "Points"], "Which player scored 30 points?") == ["player", None, None]
    assert header_readings(["Name", "Player", "Points"], "Which player scored 30 points?") == [None, None, None]
    assert header_readings(["Name", "Points"], "What day did Ann score?") == [None, None]
    assert header_readings(["Name", "Points"], "How many players scored 30?") == [None, None]
    # Our World in Data's `Entity` names its rows as `Name` does
    assert header_readings(["Entity", "Code", "Continent"], "Which country has the code KWT?") == \
        ["country", None, None]


BATTING = ["id", "year", "team", "ab", "h", "X2b", "hr", "rbi", "sb", "bb", "hbp", "sh"]


@pytest.mark.parametrize("question, column, reading", [
    ("Who drew the most walks in 2006?", "bb", "walks"),   # no letter of `bb` is in "walks"
    ("What team did the guy with the most doubles play for?", "X2b", "doubles"),   # R's name for `2B`
    ("Who was hit by a pitch most often?", "hbp", "hit by a pitch"),
    ("Which player laid down the most sacrifice bunts?", "sh", "sacrifice bunts"),
    ("Which two players drove in the most runs in 2007?", "rbi", "drove in"),
])
def test_a_standard_code_of_a_field_reads_the_words_its_readers_say(question, column, reading):
    readings = dict(zip(BATTING, header_readings(BATTING, question)))
    assert readings[column] == reading
    assert list(readings.values()).count(reading) == 1   # `sb` is no "sacrifice bunts" once `sh` reads them


def test_the_two_ends_of_a_range_read_upper_and_lower():
    limits = ["field", "lo", "hi", "units"]
    assert header_readings(limits, "What is the upper limit for t_surf?") == [None, None, "upper", None]
    assert header_readings(limits, "Which station has a lower threshold of -69.45?") == [None, "lower", None, None]
    assert header_readings(limits, "What is the highest value of t_surf?") == [None, None, None, None]


def test_no_code_reads_initials_ending_in_an_article_nor_a_superlative():
    stations = ["STATION NAME", "ST", "LAT", "LON", "ELEV(M)"]
    assert header_readings(stations, "Smallest longitude among the stations?") == [None, None, None, "longitude", None]
    assert header_readings(stations, "How high above sea level is Bodo?")[4] == "above sea level"   # `ELEV` (`M`)


def test_an_altitude_code_reads_elevation():
    airports = ["faa", "name", "lat", "lon", "alt", "tz"]
    assert header_readings(airports, "What is the elevation of Juneau Intl in feet?")[4] == "elevation"
    assert header_readings(airports, "Which airport sits highest above sea level?")[4] == "above sea level"


def test_the_unemployment_rate_code_reads_unemployment():
    header = ["state", "mrall", "unrate", "perinc"]
    assert header_readings(header, "Which two states had the highest unemployment?")[2] == "unemployment"
    assert header_readings(header, "What was the unemployment rate in state 4?")[2] == "unemployment rate"


def test_a_storm_tracks_pressure_and_wind_codes_read_as_said():
    track = ["time", "lat", "lon", "mslp", "vmax", "type"]
    assert header_readings(track, "At what time was the pressure highest?")[3:5] == ["pressure", None]
    assert header_readings(track, "When was the wind strongest?")[3:5] == [None, "wind"]
    assert header_readings(track, "What was the maximum sustained wind at 18 UTC?")[4] == "maximum sustained wind"


def test_a_field_code_gives_way_to_its_letters_and_to_another_header():
    assert header_readings(["year", "tfr"], "What was the total fertility rate in 1959?")[1] == "total fertility rate"
    assert header_readings(["year", "tfr"], "Which year had the highest fertility?")[1] == "fertility"
    assert header_readings(["bb", "walks"], "Who drew the most walks?") == [None, None]   # the column itself
    assert header_readings(["bb", "hr"], "Who drew bb the most?")[0] is None   # the code itself is said
    assert header_readings(["so", "hr"], "Which team was so good?") == [None, None]   # no code here
    boston = ["crim", "rm", "ptratio", "medv"]
    assert header_readings(boston, "Which town has the highest pupil-teacher ratio?")[2] == "pupil teacher ratio"
    assert header_readings(boston, "What is the median value of homes in the town with the most rooms?") == \
        [None, "rooms", None, "median value"]


def test_the_encoder_reads_an_abbreviation_with_its_words(tokenizer):
    question, header = "How many cylinders does the Valiant have?", ["name", "cyl", "mpg"]
    plain = Encoder(tokenizer, 64).encode(question, header)
    reading = Encoder(tokenizer, 64, read_abbreviations=True).encode(question, header)
    start, end = reading.header_spans[1]
    assert reading.input_ids[start:end] == tokenizer.convert_tokens_to_ids(tokenizer.tokenize("cyl cylinders"))
    # the other headers read as before; spans after the read one move by its added wordpieces
    added = len(tokenizer.tokenize("cylinders"))
    assert reading.header_spans[0] == plain.header_spans[0]
    assert reading.header_spans[2] == tuple(position + added for position in plain.header_spans[2])
    assert reading.question_tokens == plain.question_tokens


@pytest.mark.parametrize("question, column, reading", [
    ("What was the birth weight of baby 226?", 3, "birth weight"),
    ("Average reported weight of people taller than 185 cm", 4, "reported weight"),   # `weight` is a header too
    ("How many men reported a height of 175?", 5, "reported height"),   # a stopword between
    ("Which birth had the oldest mother among low birth weight babies?", 3, None),   # "low birth weight": `low`
    ("What was the best wage?", 3, None),   # "best wage": no `t` ends the word
])
def test_a_short_code_glued_from_a_word_s_start_and_the_next_word_s_consonants(question, column, reading):
    header = ["rownames", "low", "weight", "bwt", "repwt", "repht"]
    assert header_readings(header, question)[column] == reading


def test_an_upper_case_code_is_read_as_the_proper_noun_it_starts_whatever_its_vowels():
    header = ["rownames", "ATL", "MIA", "SEA", "FAMI"]
    readings = header_readings(header, "Which airport lies more than 2,700 miles from Miami?")
    assert readings[2] == "miami" and readings[3] is None
    assert header_readings(header, "Familiarity with law score for SADEN?")[4] == "familiarity"
    assert header_readings(header, "How far is it from miami?")[2] is None   # not said as a name


@pytest.mark.parametrize("header, question, readings", [
    (["rownames", "pretest.1", "pretest.2", "post.test.1", "post.test.2", "post.test.3"],
     "What was the first pretest score of the student with the lowest third post-test?",
     [None, "first", None, None, None, "third"]),   # each ordinal said beside its family's words
    (["rownames", "conc", "brood1", "brood2", "brood3", "total"], "Total number of first-brood offspring at 310?",
     [None, None, "first", None, None, None]),
    (["rownames", "bdi.pre", "bdi.2m", "bdi.4m", "bdi.8m"], "Which patient scored highest at 8 months?",
     [None, None, None, None, "8 month"]),   # a number and the unit its letters start
    (["Team #1", "Team #2", "1st leg", "2nd leg"], "What was team 2's score in the second leg?",
     [None, None, None, "second"]),
    (["name", "test1", "score"], "Who had the first test score above 20?", [None, None, None]),   # no family
    (["name", "pretest.1", "pretest.2"], "Which student came first in the class?", [None, None, None]),   # not said
    (["x", "rate 1.5", "rate 2.5"], "What is the first rate?", [None, None, None]),   # decimals are no members
])
def test_a_member_of_a_numbered_family_of_headers_reads_its_ordinal_or_its_number_and_unit(header, question,
                                                                                           readings):
    assert numbered_readings(header, question) == readings


def test_the_header_readings_carry_the_numbered_readings():
    header = ["rownames", "group", "pretest.1", "pretest.2"]
    assert header_readings(header, "highest first pretest score in the Strat group")[2:] == ["first", None]


@pytest.mark.parametrize("question, readings", [
    ("What was the yield of Victory in block I with 0.4cwt of nitrogen?", ["block", None, "nitrogen", "yield"]),
    ("Which variety gave a yield of 174 in block I?", ["block", "variety", None, "yield"]),
    ("best yield in block VI", ["block", None, None, "yield"]),   # "best" asks, it names no column
    ("What is the average yield of Marvellous?", [None, None, None, "yield"]),   # a proper noun is a value
])
def test_a_table_of_one_letter_headers_reads_each_letter_as_the_question_word_it_starts(question, readings):
    assert header_readings(["B", "V", "N", "Y"], question) == readings


def test_one_letter_headers_of_a_sports_table_keep_their_conventions():
    header = ["playerID", "G", "R", "H", "HR"]   # `G` games, `H` hits: not "home" for `H`
    assert header_readings(header, "How many home runs did ruthba01 have?")[3] is None
    assert header_readings(["team", "B", "Y1", "Y2"], "What was the 1931 yield of team W?") == [None] * 4


@pytest.mark.parametrize("question, reading", [
    ("student 69 bfext", "student"),                                   # a row named by its number, first
    ("What was the crime rate in state 11?", "state"),                 # after a preposition
    ("How much did state 29 spend on police?", "state"),               # after a verb
    ("police expenditure for state number 4", "state"),                # "number 4"
    ("What was patient 510's ALT?", "patient"),
    ("How much did the carb count reach 4?", None),                    # a header's word
    ("Which wt is above 3000?", None),                                 # a comparison, no row's noun
    ("What was the ALT in 2011?", None),                               # no noun before the number
    ("What was the top speed in car 11?", "car"),
])
def test_the_row_names_read_the_noun_of_a_row_named_by_its_number(question, reading):
    assert header_readings(["rownames", "carb", "wt"], question) == [reading, None, None]
    assert header_readings(["Model", "carb", "wt"], question) == [None, None, None]   # only a data frame's row names


def test_a_row_noun_another_header_stands_for_is_not_the_row_names():
    # "experiment 4" is `Expt`'s, not a row's number
    readings = header_readings(["rownames", "Expt", "Speed"], "What was the top speed in experiment 4?")
    assert readings == [None, "experiment", None]


def test_a_family_of_glued_codes_reads_the_word_each_code_s_rest_starts():
    header = ["rownames", "epiImp", "epiNeur", "epilie", "bfagree", "bfext", "bfneur", "bdi"]
    readings = header_readings(header, "What is student 44's Big 5 neuroticism?")
    assert readings == ["student", None, "neuroticism", None, None, None, "neuroticism", None]   # both scales' codes
    readings = header_readings(header, "Average agreeableness of students with an EPI impulsivity of 5")
    assert readings[1] == "impulsivity" and readings[4] == "agreeableness"
    # two codes alike are no family; nor is a rest of two letters read
    assert header_readings(["qqdef", "qqxyz", "total"], "What is the defence total?") == [None, None, None]
    assert header_readings(["xqzab", "xqzcd", "xqzef"], "Which one is the abacus?") == [None, None, None]


def test_a_capitalised_word_before_a_number_is_no_row_noun():
    assert header_readings(["rownames", "carb", "wt"], "How heavy is the car on the Big 5 list?")[0] is None
    assert header_readings(["rownames", "carb", "wt"], "How heavy is the car on page 5?")[0] == "page"


def test_a_word_with_one_letter_glued_to_it_reads_that_word():
    assert header_readings(["state", "vmiles", "unrate"], "average miles driven in state 36") == [None, "miles", None]
    assert header_readings(["rownames", "waterd", "size"], "How deep is the water at field 3?")[1] == "water"
    assert header_readings(["rownames", "waterd", "water"], "How deep is the water at field 3?")[1] is None   # taken


@pytest.mark.parametrize("question, asks", [
    ("Which patient was diagnosed latest?", True),            # row numbers 1789-2014 number patients
    ("What was the age of patient 1800?", True),
    ("Which year had the most calls?", False),                # a time: the row names are years
    ("How many calls were made in 1951?", False),
    ("Which country had the most phones in 1951?", False),    # a year said: the rows are years
])
def test_a_question_naming_its_rows_by_a_noun_keeps_row_numbers_that_look_like_years(question, asks):
    assert asks_rows_by_noun(question) is asks


def test_a_two_letter_code_of_a_measure_and_a_stations_code():
    header = ["year", "cost", "output", "pf", "lf"]
    assert header_readings(header, "In which year was the fuel price highest?")[3] == "fuel price"
    assert header_readings(header, "What was the price of fuel in 1980?")[3] == "price of fuel"
    assert header_readings(header, "What was the load factor in 1980?")[4] == "load factor"   # initials, as before
    stations = ["date", "la", "ef", "zg"]
    assert header_readings(stations, "On which day was NOx highest at Erstfeld?") == [None, None, "erstfeld", None]
    assert header_readings(["date", "LA", "EF"], "On which day was NOx highest at Erstfeld?") == [None, None, None]
    assert abbreviation_reading("wt", "What did a Porsche 914-2 cost when it was tested?") is None   # not "What"
    assert header_readings(["Almalı (Qax)", "Qaxmuğal"], "What is the Almali village?") == [None, None]   # `al`: a part


def test_mileage_reads_mpg():
    assert header_readings(["model", "mpg", "cyl"], "What mileage does the vokswagen rabbit get?")[1] == "mileage"
    assert header_readings(["model", "mpg", "cyl"], "What is the fuel efficiency of the Valiant?")[1] == "fuel efficiency"


def test_initials_of_three_words_read_even_when_another_header_is_one_of_them():
    header = ["OBS", "GPA", "TUCE", "PSI", "GRADE"]
    assert header_readings(header, "What is student 22's grade point average?")[1] == "grade point average"
    # two letters are not enough: `am` is no "average mpg" where `mpg` is a header
    assert header_readings(["mpg", "am", "cyl"], "What is the average mpg of the cars?") == [None, None, None]


def test_a_column_numbering_a_study_s_units_reads_the_noun_the_rows_are_asked_by():
    header = ["OBS", "GPA", "TUCE", "PSI", "GRADE"]
    assert header_readings(header, "Which student scored 14 on the TUCE?")[0] == "student"
    assert header_readings(header, "Was student 26 in the PSI program?")[0] == "student"
    assert header_readings(["subject", "rancid"], "Which subject found it the most rancid?")[0] is None   # its word
    assert header_readings(["score", "GPA"], "Which student scored 14?") == [None, None]   # no unit's number


@pytest.mark.parametrize("header, question, reading", [
    ("invc", "What was traveller 75's in-vehicle cost for mode 2?", "in vehicle cost"),
    ("hinc", "What is the household income of traveller 90?", "household income"),
    ("resgr", "What are the research grants of university 7?", "research grants"),
    ("acrelpay", "How many universities report an academic-related pay of 0?", "academic related pay"),
    ("lwg", "Who has the lowest imputed log wage?", "log wage"),
    ("hinc", "How high in cost is it?", None),     # a stopword only starts the phrase
    ("adpay", "What is the academic pay?", None),  # a piece is a word's start or its first consonants
])
def test_a_code_spelling_the_starts_of_consecutive_question_words_reads_them(header, question, reading):
    assert header_readings([header, "mode"], question)[0] == reading


def test_the_s_of_a_possessive_is_no_word_of_a_reading():
    header = ["year", "country", "gdp", "sr"]
    assert header_readings(header, "What was Kenya's real GDP per capita in 1985?")[3] is None   # no "s real"
    assert header_readings(header, "What was Kenya’s savings rate in 1985?")[3] == "savings rate"
    # nor does a word of asking read a two-letter code once the "s" is gone ("griffke02's lowest": no `lg`)
    assert header_readings(["id", "lg", "ab"], "What was griffke02's lowest at-bat total?") == [None, None, "at bat"]


def test_formulas_read_as_the_compounds_a_question_names():
    samples = ["Date.On", "Week", "NH4.Orig.mg.per.L", "NH4.mg.per.L"]
    assert header_readings(samples, "What is the highest ammonium concentration in mg/L?") == \
        [None, None, "ammonium", "ammonium"]
    assert header_readings(samples, "What was the original reported ammonium value?")[2] == "ammonium original"
    assert header_readings(samples, "What is the highest NH4 concentration?")[2:] == [None, None]   # said as written
    air = ["site", "SO2_ppb", "O3", "PM2.5", "NOx"]
    assert header_readings(air, "Which site had the most sulphur dioxide, ozone and fine particles?")[1:4] == \
        ["sulphur dioxide", "ozone", "fine particles"]
    assert header_readings(air, "Which site had the most nitrogen oxides?")[4] == "nitrogen oxides"
    assert header_readings(["Team", "NO"], "Which team said no?")[1] is None   # no compound named


def test_a_count_header_names_the_people_its_noun_makes():
    from wikisql.encoding import names_column
    assert names_column(["owner"], "nown", "How many stores have 3 owners?")   # `nown`: the number who own
    assert names_column(["firm"], "nfirm", "How many states have 300 firms?")
    assert not names_column(["partner"], "npart", "How many partners?")   # more than a suffix longer


def test_a_word_the_headers_spell_the_other_way_is_read_as_they_spell_it():
    from wikisql.encoding import american_spelling, spelled_as_headers
    assert [american_spelling(w) for w in "colour centres analysed travelled grey four hour color".split()] == \
        "color centers analyzed traveled gray four hour color".split()
    pigeons = Table("pigeons", ["breeder", "color", "speed (m/min)"], ["text", "text", "real"],
                    [["Jb & D", "BB", 1.0]])
    assert spelled_as_headers("What colours were the fastest birds?", pigeons) == "What colors were the fastest birds?"
    assert spelled_as_headers("Colour of the fastest?", pigeons) == "Color of the fastest?"
    british = Table("uk", ["Colour", "Centre"], ["text", "text"], [["red", "Leeds"]])
    assert spelled_as_headers("Which colors are at the center?", british) == "Which colours are at the centre?"
    held = Table("tv", ["set", "color"], ["text", "text"], [["Colour TV", "red"]])
    assert spelled_as_headers("Which color is the colour TV?", held) == "Which color is the colour TV?"   # a cell's
    plain = "What colours were the fastest birds?"
    assert spelled_as_headers(plain, Table("t", ["breeder", "speed"], ["text", "real"], [["a", 1.0]])) is plain


def test_a_glued_header_reads_familiar_short_words_and_an_age_the_question_asks_without_naming(tokenizer):
    """`momage` is the mother's age: "mom" reads "mother" though its letters are not in order in it, and "how old"
    or "younger" ask an age without the word."""
    known = tokenizer.vocab.__contains__
    headers = ["momage", "momhisp", "bw"]
    assert header_readings(headers, "Oldest mother's age?", known)[0] == "mother age"
    assert header_readings(headers, "How old was the mother of the 1540 g baby?", known)[0] == "mother age"
    assert header_readings(headers, "How many mothers were younger than 17?", known)[0] == "mothers age"
    assert header_readings(headers, "What was the mother's score?", known)[0] is None   # no age asked


def test_the_encoder_shares_header_readings_with_decoding_when_its_vocabulary_is_the_bundled_one(tokenizer, tmp_path):
    """Decoding asks header_readings with the bundled vocabulary; an encoder whose tokenizer has those same words
    asks with the default too (the readings are remembered once), and one with other words asks with its own."""
    import copy
    from wikisql.encoding import Encoder
    assert Encoder(tokenizer, read_abbreviations=True).known_word is None
    other = copy.copy(tokenizer)
    other.vocab = {**tokenizer.vocab, "brainwt": len(tokenizer.vocab)}   # a vocabulary that knows the code
    known = Encoder(other, read_abbreviations=True).known_word
    assert known is not None and known("brainwt")
    question = "Which animal has the largest brain weight?"
    assert header_readings(["brainwt", "name"], question, known)[0] is None   # a word of its vocabulary: not glued
    assert header_readings(["brainwt", "name"], question)[0] == "brain weight"


def test_which_reads_the_asked_noun_into_a_name_column_before_an_id_column():
    header = ["id", "symbol", "market_id", "category", "name"]
    readings = header_readings(header, "Which rare commodity has the symbol HIP41181Squid?")
    assert readings[4] == "rare" and readings[0] is None   # its `name`, not the `id` number beside it
    assert header_readings(["id", "symbol"], "Which rare commodity has the symbol X?")[0] == "rare"   # the id alone


def test_a_steam_table_and_a_table_of_sections_read_their_symbols():
    steam = ["T", "P", "vL", "vV", "uL", "Du", "uV", "hL", "Dh", "hV", "sL", "Ds", "sV"]
    readings = header_readings(steam, "What is the specific volume of saturated vapour at 200 degrees?")
    assert readings[steam.index("vV")] == "specific volume vapour" and readings[steam.index("vL")] is None
    assert readings[steam.index("T")] == "degrees"
    readings = header_readings(steam, "At 0.125 MPa, what is the liquid enthalpy?")
    assert readings[steam.index("hL")] == "enthalpy liquid" and readings[steam.index("P")] == "mpa"
    assert header_readings(steam, "What is the average latent heat Dh?")[steam.index("Dh")] == "heat latent"
    sections = ["section", "d", "bf", "tw", "tf", "A"]
    readings = header_readings(sections, "What is the largest web thickness among sections 500 mm deep?")
    assert readings[3] == "web thickness" and readings[1] == "deep" and readings[2] is None
    # a sports table's `P` and `A` are no pressure or area
    assert header_readings(["Team", "P", "W", "A"], "Which team has the largest area?")[3] != "area"


@pytest.mark.parametrize("header, question, column, reading", [
    (["Date", "prec", "tmin", "tmean", "tmax", "qt"], "minimum temperature on 1981-06-30", 2, "minimum temperature"),
    (["Date", "prec", "tmin", "tmean", "tmax", "qt"], "Flow on the hottest day (by max temperature)", 4,
     "max temperature"),
    (["Date", "prec", "tmin", "tmean", "tmax", "qt"], "Which day had the coldest mean temperature?", 3,
     "mean temperature"),
    (["day", "wmin", "wmax"], "the max wind on day 3", 2, "max wind"),
    (["day", "maxt", "mint"], "the temperature maximum on day 3", 1, "maximum temperature"),   # the other way round
    (["Date", "prec", "tmin", "tmean", "tmax", "qt"], "the minimum on 1981-06-30", 2, None),   # no measure said
    (["Date", "prec", "tmin", "tmean", "tmax", "qt"], "minimum rain on 1981-06-30", 2, None),   # not a "t" word
])
def test_a_code_gluing_a_statistic_to_a_measure_s_letters_reads_the_two_words_said(header, question, column, reading):
    assert header_readings(header, question)[column] == reading


def test_river_star_and_weather_codes_read_as_said():
    catchment = ["Date", "prec", "tmin", "tmean", "tmax", "qt"]
    assert header_readings(catchment, "How many days had more than 10 mm of rain?")[1] == "rain"
    assert header_readings(catchment, "river discharge on 2004-01-14")[5] == "discharge"
    assert header_readings(catchment, "the daily mean temperature on 2004-01-25")[3] == "mean temperature"
    stars = ["logg", "Teff", "a", "b"]
    assert header_readings(stars, "Which temperature gives the smallest a?")[1] == "temperature"
    assert header_readings(stars, "What surface gravity is listed for the 7400 K entry?")[0] == "surface gravity"
    assert header_readings(["mag", "depth"], "the magnitude of the deepest quake")[0] == "magnitude"


def test_health_study_and_pharmacokinetic_codes_read_as_said():
    exam = ["RANDID", "SYSBP", "DIABP", "HEARTRTE", "CIGPDAY"]
    assert header_readings(exam, "Lowest diastolic pressure recorded?")[2] == "diastolic"
    assert header_readings(exam, "How many cigarettes a day did participant 3716576 smoke?")[4] == \
        "cigarettes a day"
    assert header_readings(exam, "Which participant had a heart rate of 115?")[3] == "heart rate"
    doses = ["ID", "TIME", "AMT", "DV", "II", "CRCL"]
    assert header_readings(doses, "What concentration was measured for subject 112 at 1.5 hours?")[3] == \
        "concentration"
    assert header_readings(doses, "Total dose given to subject 113?")[2] == "dose"
    assert header_readings(doses, "What is the dosing interval of subject 110?")[4] == "dosing interval"


def test_timber_design_value_codes_read_as_said():
    lumber = ["Species", "Grade", "Fb", "Ft", "Fv", "Fc_perp", "Fc", "E", "Emin", "CM_Fv"]
    assert header_readings(lumber, "Shear value of Hem-Fir No. 3?")[4] == "shear"
    assert header_readings(lumber, "Shear value of Hem-Fir No. 3?")[9] is None   # not the wet service factor
    assert header_readings(lumber, "Which grade of Red Oak has a bending value of 775?")[2] == "bending"
    assert header_readings(lumber, "Modulus of elasticity of Select Structural Red Oak?")[7] == \
        "modulus of elasticity"
    assert header_readings(lumber, "the lowest compression parallel to grain for No. 2")[6] == \
        "compression parallel to grain"


def test_pure_component_property_codes_read_as_said():
    properties = ["No", "Formula", "Name", "Molwt", "Tfp (K)", "Tb (K)", "Tc (K)", "Pc (bar)", "Vc", "Omega", "Dipm",
                  "dHf", "dGf", "Lden"]
    def read(question):
        return {header: reading for header, reading in zip(properties, header_readings(properties, question))
                if reading}
    assert read("Which substance has the highest critical temperature?")["Tc (K)"] == "critical temperature"
    assert read("Which two compounds have the largest critical pressures?")["Pc (bar)"] == "critical pressures"
    assert read("normal boiling point of n-heptane")["Tb (K)"] == "normal boiling point"
    assert read("Which heptane isomer boils highest?")["Tb (K)"] == "boils"
    assert read("Name the three substances with the highest freezing points.")["Tfp (K)"] == "freezing points"
    assert read("acentric factor for chlorine")["Omega"] == "acentric factor"
    assert read("What is the heat of formation of acetonitrile?")["dHf"] == "heat of formation"
    assert read("Gibbs free energy of formation for benzene?")["dGf"] == "gibbs free energy of formation"
    assert "Tc (K)" not in read("What is the molecular weight of benzene?")   # a code the question does not say
