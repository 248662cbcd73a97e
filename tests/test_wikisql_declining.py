"""The question forms one query cannot answer (wikisql/declining/): each form is found, a column
named like the form is not, and WikiSQL-style questions are left to the model."""
import pytest

from wikisql.declining import (
    alphabetical_extreme,
    arithmetic_of_text,
    cannot_answer,
    impossible_condition,
    missing_attribute,
    name_not_held,
    no_value_held,
    outside_grammar,
)
from wikisql.query import AGGREGATION_OPS, Condition, Order, Query
from wikisql.schema import Table


@pytest.mark.parametrize('question, form', [
    ('Did the Hawks score more points than the Bulls?', 'a comparison between rows (a yes/no question)'),
    ('Was the 2010 budget larger than the 2011 one?', 'a comparison between rows (a yes/no question)'),
    ('Was 2015-06-26 hotter than 2015-06-28?', 'a comparison between rows (a yes/no question)'),
    ('What are the highest and lowest scores?', 'two aggregates at once'),
    ('Give me the smallest and the largest population.', 'two aggregates at once'),
    ('What were the total and the average number of migrants into NS?', 'two aggregates at once'),
    ('Did the SPD beat the CDU/CSU in Niedersachsen?', 'a comparison between rows (a yes/no question)'),
    ('How many votes did the SPD and the Greens get together in Berlin?', 'arithmetic between values'),
    ('Which boats were filled to less than half their capacity?', 'arithmetic between values'),
    ("What percentage of NFLD's 1966 population left for ONT?", 'arithmetic between values'),
    ('By how many votes did Smith win?', 'arithmetic between values'),
    ('How much taller is the Shard than the Gherkin?', 'arithmetic between values'),
    ('What is the goals to games ratio of Messi?', 'arithmetic between values'),
    ('What is the difference between the home and away scores in round 2?', 'arithmetic between values'),
    ('How did the population change from 1990 to 2000?', 'arithmetic between values'),
    ('What is the average salary for each department?', 'grouping'),
    ('What was the mean rainfall in each decade?', 'grouping'),
    ('Which has more medals, Kenya or Ethiopia?', 'a comparison between rows (which of two)'),
    ('Is rainfall heavier in Leeds or in York?', 'a comparison between rows (which of two)'),
    ('How many more goals did Kane score than Son?', 'arithmetic between values'),
    ("How many times higher is SKCM's median TMB than PRAD's?", 'arithmetic between values'),
    ('How many percentage points better is drug A than drug B?', 'arithmetic between values'),
    ('Whose KBO weight is higher than his MLB weight by the largest margin?', 'arithmetic between values'),
    ('How much colder was Oslo than Rome?', 'arithmetic between values'),
    ('What share of the budget went to Leeds?', 'arithmetic between values'),
    ('By what percent did the price rise?', 'arithmetic between values'),
    ('How much did the fare rise from 2001 to 2010?', 'arithmetic between values'),
    ('What were the hottest and coldest days of July?', 'two aggregates at once'),
    ('Show the wins broken down by season.', 'grouping'),
    ('Year by year, how many titles did they win?', 'grouping'),
    ('Which club scored the most goals in total?', 'grouping'),
    ('Which species sleeps the longest on average?', 'grouping'),
    ('Which company had the second-highest sales?', 'a row other than the first of an ordering'),
    ('Which films are either comedies or dramas?', 'either of two values (OR)'),
    ('How many specimens have a pH below 5 or above 7.5?', 'either of two values (OR)'),
    ('How many tracts have a crime rate above 1 or a tax rate above 400?', 'either of two values (OR)'),
    ('What is the average crime rate of Southern and of non-Southern states?', 'grouping'),
    ('What is the mean calcium for specimens with crystals and for those without?', 'grouping'),
    ('What is the average volume of trees taller than 80 ft and of those shorter?', 'grouping'),
    ("What would the median home value of tract 162 be in today's dollars?", 'arithmetic between values'),
    ('What are the average heights of the crossed and of the self-fertilized plants?', 'grouping'),
    ('What was the price of a PC in 1991, adjusted for inflation?', 'arithmetic between values'),
    ('What is the combined SAT score, verbal plus math, in IA?', 'arithmetic between values'),
    ("What was Gore's margin over Bush in Broward?", 'arithmetic between values'),
    ('How many occupations are there of each type?', 'grouping'),
    ('Which towns have Saint somewhere in their name?', 'a part of a text (contains, starts with)'),
    ('List the players whose names start with Mc.', 'a part of a text (contains, starts with)'),
    ('How many jobs were added between 2009 and 2015?', 'arithmetic between values'),
    ('How does the mean mass differ between the species?', 'arithmetic between values'),
    ('Which airport is closest to Fresno?', 'arithmetic between values'),
    ('How many degrees separated the high and the low?', 'arithmetic between values'),
    ('What was the vote in 1960 compared with 1990?', 'a comparison between rows'),
    ('Excluding the ALP, how many seats were won?', 'a condition the grammar cannot say (not equal)'),
    ('How much did packs per capita fall in CA between 1985 and 1995?', 'arithmetic between values'),
    ('Which month saw the biggest jump in sales from the month before?', 'arithmetic between values'),
    ('What are the mean and the median tfr?', 'a statistic no aggregation computes'),
    ('Which districts scored higher in 8th grade than in 4th grade?', 'a comparison between two columns'),
    ('Why is cigarette consumption so high in KY?', 'an explanation or a definition, which no table holds'),
    ('What does the category code LHR mean?', 'an explanation or a definition, which no table holds'),
    ('How have these counts changed since 2000?', 'a change over time or its cause, which one query cannot say'),
    ('How did the Green Revolution change wheat yields?', 'a change over time or its cause, which one query cannot '
                                                          'say'),
    ('How did the sales in France change from 1982 to 1983?', 'arithmetic between values'),   # an earlier form
    ('Which team hit the most home runs in 1986, all its players together?', 'grouping'),
    ('Which source generated the most electricity over the whole period?', 'grouping'),
    ("What is Rubens's combined score over all four categories?", 'arithmetic between values'),
    ('In which years did burials outnumber christenings?', 'a comparison between two columns or rows'),
    ('Which trades had more drinkers than sober men?', 'a comparison between two columns or rows'),
    ('Which flight came right after Challenger?', "a row next to another in the table's order"),
    ('What is the average launch temperature of flights with and without failures?', 'grouping'),
    ('What was the average number of christenings per decade?', 'grouping'),
    ('Is Gold denser than Lead?', 'a comparison between rows (a yes/no question)'),   # any comparative in -er
    ('Was copper dearer in 1956 than in 1974?', 'a comparison between rows (a yes/no question)'),
    ('Who won the second-fastest gold?', 'a row other than the first of an ordering'),   # any superlative in -est
    ('Which city ranks second for smokers with lung cancer?', 'a row other than the first of an ordering'),
    ('Which elements have a symbol starting with C?', 'a part of a text (contains, starts with)'),
    ('What is the average electronegativity in each period?', 'grouping'),
    ('What is the average number of vaccinated subjects at each latitude?', 'grouping'),
    ('Were the Llanedyrn pots made from the same clay as the Caldicot ones?',
     'a comparison between rows (a yes/no question)'),
    ('Does the BCG vaccine work better far from the equator?', 'a comparison between rows (a yes/no question)'),
    ('How many countries emitted more than the average?', 'a comparison with an aggregate (a query inside a query)'),
    ('How many cows have above-average butterfat?', 'a comparison with an aggregate (a query inside a query)'),
    ('Which states spend below the median?', 'a comparison with an aggregate (a query inside a query)'),
    ('Which age group shrinks the most between 2020 and 2050?', 'arithmetic between values'),
    ('What are the average number of bids and the average premium?', 'two aggregates at once'),
    ('What is the bid premium divided by the firm size for 80011?', 'arithmetic between values'),
    ('Which herd had the most new cases over all four periods?', 'grouping'),
    ('How long would a delivery of 12 products over 500 feet take?', 'a prediction for a case the table does not hold'),
    ('count and mean Paco of the 208 V inverters', 'two aggregates at once'),
    ('Average and highest BAA yield across all months?', 'two aggregates at once'),
    ('How many airports does each county have?', 'grouping'),
    ('How far is Oslo Gardermoen Airport from Tromsø Airport in km?', 'arithmetic between values'),
    ('How many patients had an ALT more than three times their baseline value?', 'arithmetic between values'),
    ('How many countries use each plug type?', 'grouping'),
    ('How many countries use 230 V and how many use 220 V?', 'two aggregates at once'),
    ("What is Japan's total energy use per person across all sources?", 'arithmetic between values'),
    ('How many alternatives are cheaper than the one that was chosen?', 'a comparison between two columns or rows'),
    ('On how many days was the flow higher than on the previous day?', 'a comparison between two columns or rows'),
    ('How many respondents and what average age for the Strong democrat group?', 'two aggregates at once'),
    ('How many letter sizes versus number sizes are there?', 'grouping'),
])
def test_each_form_is_found(question, form):
    assert outside_grammar(question) == form


def test_a_column_named_like_the_form_is_a_column():
    header = ['Car', 'MPG combined', 'Aspect ratio']
    assert outside_grammar('What is the lowest combined mpg for the A6?', header) is None
    assert outside_grammar('Which film has the highest aspect ratio?', header) is None
    assert outside_grammar('What is the lowest combined mpg for the A6?') == 'grouping'
    assert outside_grammar('What is the win ratio of the Hawks?') == 'arithmetic between values'
    assert outside_grammar('What is the win ratio of the Hawks?', ['Team', 'Win ratio']) is None
    # "... the total is 16 and average is less than 16": a column `Average`, not a second aggregate
    question = 'What is the smallest place when the total is 16 and average is less than 16?'
    assert outside_grammar(question) == 'two aggregates at once'
    assert outside_grammar(question, ['Rank', 'Place', 'Couple', 'Total', 'Dances', 'Average']) is None
    assert outside_grammar('What is the goal difference between rounds?', ['Goal difference']) == \
        'arithmetic between values'   # "difference between" is more than the column's words
    # "the average and the maximum rotor diameter": `max_speed_drive` reads "maximum" but not "maximum rotor"
    turbines = ['name', 'manufacturer', 'rotor_diameter', 'max_speed_drive']
    assert outside_grammar('Give me the average and the maximum rotor diameter of the Nordex models', turbines) == \
        'two aggregates at once'
    assert outside_grammar('What is the average and maximum speed of the Nordex models?', ['Maximum speed']) is None
    # "How far is A from B?": the distance between two rows' places, unless a column holds it
    assert outside_grammar('How far is BOS from LAX?', ['origin', 'dest', 'distance']) is None
    assert outside_grammar('How far is BOS from LAX?', ['rownames', 'ATL', 'BOS', 'LAX']) is None   # a matrix


@pytest.mark.parametrize('question', [
    'What is the highest attendance when the opponent was the Bears?',
    'How many points did Smith score in the game against Iowa?',
    'Which team had more than 30 wins?',
    'Who had the most rebounds in game 5?',
    'What was the score when the record was 5-3?',
    'Is there a player from Duke?',
    'What was the nationality of every player that attended Baylor?',   # "of every" is no grouping
    'How many teams have 5 or more wins?',                               # "or more": one comparison
    'How did the ship named proletarij finish its service?',             # "how did": no change asked (dev)
    'What was the change in rank for the team that scored 40?',          # a column of changes, no "how did"
    'What is the average height of the players of the Bulls and the Jazz?',   # no "and of the": one condition
    'What is the rank when gold is above 5 or silver is 3?',             # one comparison and a value
    'Did Smith score more than 30 points in 2010?',
    'Was the temperature higher than 25.5?',
    'Which building is the tallest?',
    'Which tournament has the lowest wins and top-25 less than 4?',
    'What location contains a school that has an enrollment of 2686?',
    'Who was second in the 2004 race?',
    'What is the total attendance in week 4?',
    'How much Silver has a Rank of 1, and a Bronze smaller than 3?',   # "silver" is no comparative
    'Which player scored more than 20 points or 10 assists?',          # "more than": a condition
    'How many goals did each team score in the first leg of the match between Liverpool and Steaua?',   # WikiSQL dev
    'What share price did IBM close at?',
    'How many points did the team score in week 2?',
    'What is the lowest overall amount of shutouts?',          # "overall" is no total
    "What city is the School, Highland, in that had its first title before 1980 and its last title later than 1960?",
    'What was the score when the team scored higher than 90?',   # one column compared with a number
    'What game in the genre of adventure has a windows platform and its year is after 1997?',   # a condition
    'What is the total number of overall picks that were after pick 9?',
    'When hit by sam at 38,500 feet just after bomb release was the cause of loss what is the mission?',
    'Which team had more wins than 30?',
    'Is the number higher than 30?',
    'What is the average operation beginning with a length of ampang and over 27 stations?',   # "with a": no letter
    'Who won the Men\'s Double the same year as Florentina Petre winning the Women\'s Singles?',   # no yes/no question
    'Was the day with 5.52 rainfall seeded?',
    'Which team scored more than the 90 average points?',   # "than the 90": a number
    'What is the average above 5?',   # an average of the rows above 5, one query
    'How many times did Sosa hit more than 2 home runs?',   # a count of rows, no "times higher"
])
def test_questions_one_query_answers_are_left_to_the_model(question):
    assert outside_grammar(question) is None


def test_the_largest_of_a_text_column_is_declined_and_of_a_number_column_is_not():
    table = Table(id='towers', header=['Name', 'Height'], types=['text', 'real'],
                  rows=[['Burj Khalifa', 828], ['Zifeng Tower', 450]])
    alphabetical = Query(sel=0, agg=AGGREGATION_OPS.index('MAX'))
    assert 'alphabetical last' in cannot_answer('Which building is the tallest?', alphabetical, table)
    assert 'alphabetical first' in alphabetical_extreme(Query(sel=0, agg=AGGREGATION_OPS.index('MIN')), table.types)
    for answerable in (Query(sel=1, agg=AGGREGATION_OPS.index('MAX')), Query(sel=0, agg=AGGREGATION_OPS.index('COUNT')),
                       Query(sel=0, agg=0, order=Order(column=1, descending=True))):
        assert cannot_answer('Which building is the tallest?', answerable, table) is None
    assert 'grouping' in cannot_answer('What is the average height for each city?', None, table)


def test_a_sum_or_average_of_a_column_of_text_is_declined():
    cats = Table(id='cats', header=['animal_id', 'intake_date', 'weight', 'code'], types=['text', 'text', 'real', 'text'],
                 rows=[['A1', '2024-01-03', 4.1, '12'], ['A2', '2024-01-09', 3.2, '30'], ['A3', '2024-01-20', 5.0, 'x']])
    average = Query(sel=1, agg=AGGREGATION_OPS.index('AVG'))
    assert 'adds up no numbers' in cannot_answer('On average, how many days did a cat stay?', average, cats)
    assert arithmetic_of_text(Query(sel=1, agg=AGGREGATION_OPS.index('SUM')), cats) is not None
    for answerable in (Query(sel=2, agg=AGGREGATION_OPS.index('AVG')),    # numbers
                       Query(sel=3, agg=AGGREGATION_OPS.index('SUM')),    # text that mostly reads as numbers
                       Query(sel=1, agg=AGGREGATION_OPS.index('COUNT'))):
        assert arithmetic_of_text(answerable, cats) is None
    written = Table(id='t', header=['Average population (x 1000)', 'Increase', 'Rating'], types=['text'] * 3,
                    rows=[['54 263', '+5.2%', 'Rated 4.7 out of 5 stars based on 1404 reviews.'],
                          ['61 010', '+3.9%', 'Rated 4.2 out of 5 stars based on 31 reviews.']])
    for column in (0, 1):   # numbers as published tables write them: left to the model
        assert arithmetic_of_text(Query(sel=column, agg=AGGREGATION_OPS.index('AVG')), written) is None
    assert arithmetic_of_text(Query(sel=2, agg=AGGREGATION_OPS.index('AVG')), written) is not None   # sentences


def test_a_superlative_of_a_change_is_declined_unless_a_column_holds_the_change():
    from wikisql.declining import superlative_of_a_change
    stocks = Table("stocks", ["symbol", "date", "price"], ["text", "text", "real"],
                   [["IBM", "2008-01-01", 100.0], ["IBM", "2008-02-01", 110.0], ["AAPL", "2008-01-01", 50.0]])
    assert superlative_of_a_change("Which stock gained the most over the whole period?", stocks)
    assert "arithmetic" in cannot_answer("Which stock gained the most over the whole period?", Query(0, 0, ()), stocks)
    assert not superlative_of_a_change("Which stock had the highest price?", stocks)        # no change asked for
    assert not superlative_of_a_change("Did IBM's price rise in February?", stocks)        # no superlative
    changes = Table("jobs", ["month", "nonfarm", "nonfarm_change"], ["text", "real", "real"], [["Jan", 1.0, 0.5]])
    assert not superlative_of_a_change("Which month's payrolls grew the most?", changes)   # a column holds it
    jumps = Table("heptathlon", ["name", "highjump", "score"], ["text", "real", "real"], [["Ann", 1.8, 6000]])
    assert not superlative_of_a_change("Who jumped the highest?", jumps)
    quarterly = Table("us_quarterly_changes", ["Quarter", "Consumption", "Income"], ["text", "real", "real"],
                      [["2005 Q1", 0.6, 0.4], ["2005 Q2", 1.1, -0.2]])   # the table's name says it holds changes
    assert not superlative_of_a_change("Which quarter saw consumption grow the most?", quarterly)
    returns = Table("nyse", ["date", "DJ_return", "log_volume"], ["text", "real", "real"], [["1979-10-01", 0.01, -0.5]])
    assert not superlative_of_a_change("Which day did the Dow gain the most?", returns)   # a return is a change


def test_a_code_like_header_that_stands_for_the_form_words_is_a_column():
    question = "What's the student-teacher ratio at Fort Ross Elementary?"
    assert outside_grammar(question, ["district", "str", "testscr"]) is None   # `str`: student teacher ratio
    assert outside_grammar(question, ["district", "testscr"]) == "arithmetic between values"
    share = "What share of the calories in Cheerios comes from fat?"
    # a data frame's row names read as whatever noun the question asks about: no code for "share"
    assert outside_grammar(share, ["rownames", "calories", "fat"]) == "arithmetic between values"


ROADS = Table("roads", ["rownames", "deaths", "drivers", "popden", "rural", "temp", "fuel", "state code", "pct urban"],
              ["text", "real", "real", "real", "real", "real", "real", "text", "real"],
              [["Colo", 309, 2.2, 24.1, 70.1, 29, 156, "CO", 80.6], ["Iowa", 496, 2.0, 51.3, 111.3, 19, 151, "IA", 60.2]])


@pytest.mark.parametrize("question, attribute", [
    ("What is the speed limit in Colo?", "speed limit"),
    ("What is Iowa's total population?", None),            # "total": an aggregate word, left to the model
    ("What was Iowa's governor in 1980?", "governor"),
    ("What medal did Colo win?", "medal"),
    ("Who is the governor of Iowa?", "governor"),
    ("How old was the oldest road in Iowa?", None),          # a superlative: its noun names the rows
    ("How old is Colo?", "age"),
    ("How much does a gallon cost in Iowa?", "cost price"),
    ("What does a gallon cost in Colo?", "cost price"),
    ("What is the temperature in Colo?", None),              # names temp
    ("What is the fuel tax in Colo?", None),                 # fuel names a column
    ("What is the state code of Iowa?", None),
    ("What is the name of the state with 309 deaths?", None),
    ("What is the percentage in Iowa?", None),               # a percentage, in a table with a pct column
    ("What state has 496 deaths?", None),                    # a place, in a table whose rows are places
    ("How many drivers does Iowa have?", None),
    ("How many hospitals does Iowa have?", "hospitals"),
    ("How fast can you drive in Colo?", "speed"),
    ("Who directed the survey in Iowa?", "director directed"),
    ("Who was Iowa's governor in 1990?", "governor"),
    ("Who was Iowa's state code?", None),                     # a column
    ("What is the log of the speed limit in Colo?", "speed limit"),   # "the log of X" asks for X, logged
    ("What is the log of the fuel tax in Colo?", None),
])
def test_what_no_column_holds_is_declined(question, attribute):
    assert missing_attribute(question, ROADS) == attribute
    reason = cannot_answer(question, None, ROADS)
    assert (reason is not None and attribute in reason) if attribute else reason is None


def test_a_kind_of_something_done_or_had_asks_for_that_something():
    assert missing_attribute("What kind of road tax did Iowa have?", ROADS) == "road tax"
    assert missing_attribute("What surface type does Colo have?", ROADS) == "surface"
    assert missing_attribute("What kind of state is Iowa?", ROADS) is None   # the row's own kind: a column may say it
    kinds = Table("roads", ROADS.header + ["class"], ROADS.types + ["text"], [row + ["rural"] for row in ROADS.rows])
    assert missing_attribute("What surface type does Colo have?", kinds) is None   # `class` holds kinds


def test_an_attribute_a_code_header_stands_for_is_not_declined():
    limits = Table("roads", ROADS.header + ["slim", "popblack", "CONT"], ROADS.types + ["real"] * 3,
                   [row + [55, 1200, 7.1] for row in ROADS.rows])
    assert missing_attribute("What is the speed limit in Colo?", limits) is None   # `slim`: s(peed) lim(it)
    assert missing_attribute("How many black residents does Iowa have?", limits) is None   # glued in `popblack`
    assert missing_attribute("When was Colo born?", limits) == "birth born"
    airlines = Table("airline", ["airline", "year", "cost", "pf"], ["real"] * 4, [[1, 1, 1140640, 106650]])
    assert missing_attribute("What was the fuel price in year 8 for airline 2?", airlines) is None   # `pf`: p, f
    assert missing_attribute("What was the ticket price in year 8 for airline 2?", airlines) == "ticket price"
    assert missing_attribute("What is the governor of Iowa?", limits) == "governor"   # (one word: `CONT` is no
    #                       code of "county", test_a_place_asked_of_a_row_the_question_names)


def test_a_name_asked_of_a_table_of_numbers_only_is_declined():
    panel = Table("airline", ["airline", "year", "cost"], ["real"] * 3, [[3, 1, 1140], [4, 1, 900]])
    assert missing_attribute("What is the name of airline 3?", panel) == "name"
    named = Table("airline", ["airline", "carrier", "cost"], ["real", "text", "real"], [[3, "Delta", 1140]])
    assert missing_attribute("What is the name of airline 3?", named) is None   # `carrier` may hold it
    assert missing_attribute("What is the cost of airline 3?", panel) is None
    stations = Table("quakes", ["event", "station", "dist"], ["real", "text", "real"], [[1, "117", 12.0]])
    assert missing_attribute("What is the name of the town where station 117 is located?", stations) == "town"
    assert missing_attribute("What is the name of the town where station 117 is located?",   # a place column
                             Table("quakes", ["event", "station", "city"], ["real", "text", "text"],
                                   [[1, "117", "Oakland"]])) is None


def test_a_code_read_as_initials_of_each_is_no_column():
    header = ["name", "IE-1", "EA", "period"]   # `IE-1` is no "in each"
    assert outside_grammar("What is the average electronegativity in each period?", header) == "grouping"


def test_a_ratio_of_two_values_is_arithmetic_even_of_a_column_of_shares():
    market = Table("copper", ["YEAR", "COPPERPRICE", "ALUMPRICE"], ["real", "real", "real"],
                   [[1970, 58.2, 28.7], [1971, 52.1, 29.0]])
    ratio = "What was the ratio of the copper price to the aluminium price in 1970?"
    assert "arithmetic" in cannot_answer(ratio, Query(1, 0, ((0, 0, 1970),)), market)


def test_a_share_of_a_column_of_shares_is_answered_and_of_counts_declined():
    women = Table("contraception", ["rownames", "contraceptors", "births"], ["text", "real", "real"],
                  [["Indonesia", 47.5, 4100], ["Kenya", 26.9, 1000]])
    share = "What share of married women in Indonesia use contraception?"
    assert cannot_answer(share, Query(1, 0, ((0, 0, "Indonesia"),)), women) is None   # cells of shares
    assert "arithmetic" in cannot_answer(share, Query(2, 0, ((0, 0, "Indonesia"),)), women)   # counts
    polls = Table("polls", ["Poll", "Oppose"], ["text", "text"], [["Time", "43%"], ["Newsweek", "32%"]])
    assert cannot_answer("What percentage of people opposed him in the Time poll?",
                         Query(1, 0, ((0, 0, "Time"),)), polls) is None   # cells written with %


def test_an_attribute_is_not_declined_when_the_column_the_model_selects_is_named():
    """"How humid was Colo in July?" selecting `temp` is declined; with a question that names the selected
    column ("How fast did fuel sales grow in Colo" selecting `fuel`) the model's reading stands."""
    temp, fuel = ROADS.header.index("temp"), ROADS.header.index("fuel")
    assert missing_attribute("How humid was Colo in July?", ROADS, Query(temp, 0, ())) == "humidity"
    assert missing_attribute("How fast did fuel sales grow in Colo?", ROADS, Query(fuel, 0, ())) is None
    assert missing_attribute("How fast did fuel sales grow in Colo?", ROADS, Query(temp, 0, ())) == "speed"


def test_a_condition_comparing_a_column_with_another_columns_name_is_declined():
    table = Table("votes", ["district", "Coderre", "Bergeron"], ["text", "real", "real"],
                  [["Est", 1200, 900], ["Ouest", 800, 1500]])
    question = "In which districts did Bergeron get more votes than Coderre?"
    for column in (1, 2):   # on either column, the value is a column's name
        reason = cannot_answer(question, Query(0, 0, ((column, 1, "Coderre"),)), table)
        assert reason is not None and "two columns" in reason
    assert cannot_answer("In which districts did Bergeron get more than 1000 votes?", Query(0, 0, ((2, 1, "1000"),)),
                         table) is None


def test_two_cells_of_one_column_joined_by_or_are_declined():
    table = Table("schools", ["district", "county", "spend"], ["text", "text", "real"],
                  [["Arvin", "Kern", 6200], ["Visalia", "Tulare", 5900], ["Lodi", "San Joaquin", 6100]])
    reason = cannot_answer("Which districts in Kern or Tulare spend more than 6,000?", None, table)
    assert reason is not None and "either of two values" in reason
    assert cannot_answer("Which districts in Kern spend more than 6,000?", None, table) is None
    assert cannot_answer("Is Arvin in Kern or not?", None, table) is None   # "not" is no cell
    # which of the two a row holds: answered by selecting that column (and declined when another is selected)
    assert cannot_answer("Is Lodi in Kern or Tulare?", Query(1, 0, ((0, 0, "Lodi"),)), table) is None
    assert "either of two values" in cannot_answer("Is Lodi in Kern or Tulare?", Query(2, 0, ((0, 0, "Lodi"),)),
                                                   table)
    assert "either of two values" in cannot_answer("Which county, Kern or Tulare, spends more on average?",
                                                   Query(1, 0, ()), table)   # groups compared, no row named
    assert "either of two values" in cannot_answer("How many districts are in Kern or Tulare?",
                                                   Query(1, AGGREGATION_OPS.index("COUNT"), ()), table)
    venues = Table("games", ["Home or Away", "Score", "Note"], ["text", "text", "text"],
                   [["Home", "2-1", "la or mi"], ["Away", "0-0", "la"], ["Home", "1-1", "mi"]])
    assert cannot_answer("What is the Home or the Away with a score of 2-1?", None, venues) is None   # a header
    assert cannot_answer("What is the score with a note of la or mi?", None, venues) is None         # a cell


def test_a_time_the_table_does_not_hold_is_declined():
    """"in 1965", "in what year", "when did" of a table with no time in it (no dated header, no column of dates,
    no cell with the year, the year not in its name); not when the selected column is named by the question."""
    savings = Table("life_cycle_savings", ["rownames", "sr", "pop15"], ["text", "real", "real"],
                    [["Japan", 21.1, 48.0], ["Italy", 14.3, 24.5], ["Chile", 0.6, 39.7]])
    reason = cannot_answer("What was Japan's savings ratio in 1965?", Query(1, 0, ((0, 0, "Japan"),)), savings)
    assert reason is not None and "1965" in reason
    assert cannot_answer("What was Japan's savings ratio?", Query(1, 0, ((0, 0, "Japan"),)), savings) is None
    counts = Table("phds", ["type", "count", "count11"], ["text", "real", "real"], [["I(Pu)", 132, 148]])
    assert cannot_answer("How many PhDs did I(Pu) award in 2011?", None, counts) is None   # `count11` is of 2011
    assert "1965" in cannot_answer("What was Japan's savings ratio in 1965?", None,   # `pop15`: no 1965
                                   Table("savings", ["rownames", "sr", "pop15"], savings.types, savings.rows))
    assert cannot_answer("What was Japan's savings ratio in 1965?", None,   # the table's name dates it
                         Table("savings_1965", savings.header, savings.types, savings.rows)) is None
    dated = Table("races", ["Race", "Year", "Winner"], ["text", "real", "text"], [["Ayr", 1990, "Lee"]])
    assert cannot_answer("Who won the Ayr race in 1990?", None, dated) is None   # a year column: a condition
    assert "holds no 1991" in cannot_answer("Who won the Ayr race in 1991?", None, dated)   # a year it does not hold
    held = Table("ships", ["Ship", "Service", "Tonnage"], ["text", "text", "real"],
                 [["Ada", "1855-1866", 900], ["Bea", "1870-1881", 1200]])
    assert cannot_answer("What was the tonnage of the ship that ended service in 1866?", None, held) is None
    assert cannot_answer("What was the tonnage of the ship of 1,866 tons in 1866?", None,
                         Table("ships", ["Ship", "Tonnage"], ["text", "real"], [["Ada", 1866]])) is None
    hills = Table("hills", ["rownames", "dist", "climb", "time"], ["text", "real", "real", "real"],
                  [["Carnethy", 6, 2500, 39.75], ["Goatfell", 6, 2866, 73.22]])
    reason = cannot_answer("In what year was the Carnethy record set?", Query(3, 0, ((0, 0, "Carnethy"),)), hills)
    assert reason is not None and "when" in reason
    assert cannot_answer("When did the Carnethy race start?", Query(3, 0, ((0, 0, "Carnethy"),)), hills) is None
    for asked in ("What was the date of the Carnethy race?", "In what calendar year was the Carnethy record set?"):
        assert "when" in cannot_answer(asked, Query(3, 0, ((0, 0, "Carnethy"),)), hills)
    assert cannot_answer("In what year was the Ayr race won by Lee?", None, dated) is None
    podium = Table("curling", ["Nation", "Skip", "Second"], ["text", "text", "text"], [["France", "Dufour", "Ruiz"]])
    assert cannot_answer("When did France come in second?", Query(2, 0, ((0, 0, "France"),)), podium) is None
    assert cannot_answer("When did France come in second?", Query(1, 0, ((0, 0, "France"),)), podium) is not None
    opened = Table("stations", ["Station", "Line"], ["text", "text"],
                   [["Bank", "opened 1900"], ["Oval", "opened 1890"]])
    assert cannot_answer("When was Bank station opened?", None, opened) is None   # a column of years
    assert missing_attribute("What year did Colo pass its law?", ROADS) is None     # any column may hold a year ...
    assert "when" in cannot_answer("What year did Colo pass its law?", None, ROADS)  # ... but none here does


def test_a_calendar_year_of_a_table_that_counts_its_own_periods_is_declined():
    """A `year` column of 1, 2, ... 15 (a panel's periods) holds no 1990: "in 1990" asks what it does not hold; a
    table of calendar years answers through a condition, or says by its execution that no row is of that year."""
    panel = Table("airline", ["airline", "year", "cost"], ["real"] * 3, [[4, 1, 1140], [4, 2, 1215], [5, 1, 900]])
    reason = cannot_answer("What was airline 4's cost in 1990?", Query(2, 0, ((0, 0, "4"),)), panel)
    assert reason is not None and "1990" in reason and "'year'" in reason
    assert cannot_answer("What was airline 4's cost in year 2?", Query(2, 0, ((0, 0, "4"), (1, 0, "2"))), panel) \
        is None
    calendar = Table("airline", ["airline", "year", "cost"], ["real"] * 3, [[4, 1970, 1140], [4, 1971, 1215]])
    assert "holds no 1990" in cannot_answer("What was airline 4's cost in 1990?", Query(2, 0, ((0, 0, "4"),)),
                                            calendar)   # calendar years, not 1990: no period counted, no row of it
    assert cannot_answer("What was airline 4's cost in 1971?", Query(2, 0, ((0, 0, "4"), (1, 0, "1971"))),
                         calendar) is None
    assert cannot_answer("What was airline 4's cost in 1990?", Query(2, 0, ((0, 0, "4"),)),
                         Table("airline_1990", panel.header, panel.types, panel.rows)) is None   # its name says it
    salaries = Table("hitters", ["name", "years", "sal87"], ["text", "real", "real"], [["Smith", 3, 900], ["Lee", 10, 120]])
    assert cannot_answer("What was Smith's salary in 1987?", Query(2, 0, ((0, 0, "Smith"),)), salaries) is None
    assert cannot_answer("What was Smith's salary in 1987?", Query(2, 0, ((0, 0, "Smith"),)),   # `years`: a duration
                         Table("hitters", ["name", "years", "salary"], salaries.types, salaries.rows)) is None


def test_a_row_noun_no_column_holds_answered_by_a_yes_no_column_is_declined():
    from wikisql.query import Order
    pcs = Table("pcs", ["price", "speed", "premium"], ["real", "real", "text"],
                [[1499, 25, "yes"], [1795, 33, "no"], [2595, 25, "yes"], [999, 66, "no"]])
    priciest = Query(2, 0, (), Order(0, True, 1))
    assert "brand" in cannot_answer("Which brand made the most expensive PC?", priciest, pcs)
    assert cannot_answer("Which premium status had the most expensive PC?", priciest, pcs) is None   # named
    speeds = Query(1, 0, (), Order(0, True, 1))   # a column of more than two values: left to the model
    assert cannot_answer("Which brand made the most expensive PC?", speeds, pcs) is None


def test_a_value_per_group_of_a_category_column_is_grouping():
    states = Table("states", ["state", "region", "pay", "Dividend per share"], ["text", "text", "real", "real"],
                   [["AL", "ESC", 27, 1], ["AK", "PAC", 43, 2], ["CA", "PAC", 39, 3], ["TN", "ESC", 28, 4]])
    assert "grouping" in cannot_answer("What is the average teacher pay per region?", None, states)
    assert cannot_answer("What is the teacher pay per student in AK?", None, states) is None      # a rate
    assert cannot_answer("What is the dividend per share in AK?", None, states) is None          # a header's words
    maize = Table("zea", ["pair", "pot", "cross"], ["real", "real", "real"],
                  [[1, 1, 23.5], [2, 1, 12.0], [3, 2, 21.0], [4, 2, 22.0], [5, 3, 19.1], [6, 3, 21.5]])
    assert "grouping" in cannot_answer("What was the average cross height per pot?", None, maize)   # pots 1 to 3
    assert cannot_answer("What was the cross height per pair in pot 2?", None, maize) is None   # a pair is a row
    days = Table("speed", ["year", "day", "limit", "y"], ["real", "real", "text", "real"],
                 [[1961, 1, "no", 9], [1961, 2, "no", 11], [1962, 1, "yes", 7], [1962, 2, "yes", 8]])
    assert cannot_answer("Average accidents per day in 1962 when the limit was yes?", None, days) is None   # a rate


def test_a_share_asked_of_a_named_column_of_whole_percentages_is_its_value():
    roads = Table("highways", ["rownames", "trks", "lane"], ["real", "real", "real"],
                  [[23, 12, 4], [24, 9, 2], [25, 17, 4]])
    query = Query(1, 0, ((0, 0, "24"),))
    assert cannot_answer("What percent of the traffic on section 24 is trucks?", query, roads) is None
    # a column the question does not name after the share: arithmetic between values, as before
    lanes = Query(2, 0, ((0, 0, "24"),))
    assert "arithmetic" in cannot_answer("What percent of the traffic on section 24 is trucks?", lanes, roads)


def test_why_of_a_table_with_reasons_and_closest_to_of_a_table_with_distances_are_columns():
    assert outside_grammar('Why did Geninho leave as manager?', ['Manager', 'Manner of departure']) is None
    assert outside_grammar('Which airport is closest to Fresno?', ['Airport', 'Distance (km)']) is None
    assert outside_grammar('Which tract is farthest from the employment centres?', ['crim', 'dis', 'medv']) is None
    assert outside_grammar('What is the FinanceProportion in 2001?', ['year', 'FinanceProportion']) is None


def test_two_superlatives_of_opposite_directions_and_a_count_of_rows_are_declined():
    journals = Table(id='journals', header=['title', 'field', 'libprice'], types=['text', 'text', 'real'],
                     rows=[['Economica', 'Labor', 100], ['Labour', 'Labor', 910], ['Kyklos', 'General', 140]])
    assert 'two aggregates' in cannot_answer(
        'What are the cheapest and the most expensive library prices among the Labor journals?', None, journals)
    assert cannot_answer('Who is the tallest and heaviest player?', None, journals) is None   # one player
    ordered = Query(0, 0, (), Order(2, True, 1))
    assert 'grouping' in cannot_answer('Which field has the largest number of journals listed?', ordered, journals)
    paged = Table(id='journals', header=['title', 'field', 'pages'], types=['text', 'text', 'real'],
                  rows=journals.rows)
    assert cannot_answer('Which journal has the largest number of pages?', ordered, paged) is None   # a column


def test_a_place_asked_of_a_row_the_question_names():
    judges = Table(id='judges', header=['rownames', 'CONT', 'INTG'], types=['text', 'real', 'real'],
                   rows=[['ZARRILLI,K.J.', 7.3, 8.1], ['SADEN.G.A.', 6.2, 7.9]])
    named = Query(1, 0, ((0, 0, 'ZARRILLI,K.J.'),))
    assert 'county' in missing_attribute('Which county does ZARRILLI,K.J. preside in?', judges, named)
    assert missing_attribute('Which county had a CONT of 7.3?', judges, Query(0, 0, ((1, 0, '7.3'),))) is None


def test_a_condition_no_row_can_pass():
    trades = Table(id='trades', header=['trade', 'class', 'wage'], types=['text', 'text', 'real'],
                   rows=[['plumbers', 'A', 30.0], ['London , Kent carters', 'B', 22.5]])
    assert impossible_condition(Query(2, 0, ((0, 0, 'plumber'),)), trades) is None   # inside a longer cell
    assert impossible_condition(Query(2, 0, ((0, 0, 'London, Kent'),)), trades) is None   # punctuation aside
    assert 'no row' in impossible_condition(Query(2, 0, ((0, 0, 'bakers'),)), trades)
    assert 'holds numbers' in impossible_condition(Query(0, 0, ((2, 1, 'men'),)), trades)
    assert impossible_condition(Query(0, 0, ((2, 1, '25, and more'),)), trades) is None   # the engine reads 25
    assert "'31'" in impossible_condition(Query(0, 0, ((2, 0, '31'),)), trades)   # a number no cell holds
    assert impossible_condition(Query(0, 0, ((2, 0, '22.50'),)), trades) is None   # read as the number 22.5
    assert impossible_condition(Query(0, 0, ((2, 2, '31'),)), trades) is None   # `<` may hold
    herds = Table(id='cbpp', header=['herd', 'incidence', 'period'], types=['real', 'real', 'real'],
                  rows=[[2, 0, 1], [2, 1, 2], [3, 4, 4]])
    count = AGGREGATION_OPS.index('COUNT')
    unfollowed = Query(1, count, ((0, 0, '2'), (2, 0, '4')))   # herd 2 and period 4 are cells, but not in one row
    assert 'together' in impossible_condition(unfollowed, herds)
    assert impossible_condition(Query(1, count, ((0, 0, '2'), (2, 0, '2'))), herds) is None
    assert impossible_condition(Query(1, 0, ((0, 0, '2'), (2, 0, '4'))), herds) is None   # no COUNT: nothing answers


def test_a_year_no_header_nor_cell_holds_of_a_column_named_with_another_year():
    guerry = Table(id='guerry', header=['Department', 'Pop1831', 'Area'], types=['text', 'real', 'real'],
                   rows=[['Ain', 346.03, 5762], ['Aisne', 513.0, 7369]])
    asked = Query(1, 0, ((0, 0, 'Ain'),))
    assert '1851' in cannot_answer('What was the population of Ain in 1851?', asked, guerry)
    assert cannot_answer('What was the population of Ain in 1831?', asked, guerry) is None
    assert cannot_answer('What is the area of Ain?', Query(2, 0, ((0, 0, 'Ain'),)), guerry) is None


def test_one_number_column_per_another_is_arithmetic_unless_a_column_holds_it_or_the_rows_are_named():
    stones = Table("diamonds", ["carat", "colour", "price"], ["real", "text", "real"], [[1.09, "G", 9107]])
    assert cannot_answer("What's the price per carat of the 1.09 carat stone?", None, stones) == \
        "one query over this table cannot answer it: it asks for arithmetic between values"
    held = Table("diamonds", ["carat", "price", "price per carat"], ["real", "real", "real"], [[1.09, 9107, 8355]])
    assert cannot_answer("What's the price per carat of the 1.09 carat stone?", None, held) is None
    emissions = Table("co2", ["country", "emissions"], ["text", "real"], [["Qatar", 40.1], ["Chad", 0.05]])
    assert cannot_answer("What were the average emissions per country?", Query(1, 5, ()), emissions) is None


def test_a_two_letter_code_and_the_rows_counted_are_no_missing_attribute():
    pottery = Table("pottery", ["Site", "Fe", "Mg", "Ca"], ["text", "real", "real", "real"],
                    [["Caldicot", 2.74, 0.67, 0.29], ["Llanedyrn", 5.1, 1.2, 0.1]])
    assert missing_attribute("What is the magnesium level of the sample with Fe 2.74?", pottery, Query(2, 0, ())) \
        is None   # `Mg`: m, then g inside "magnesium"
    assert missing_attribute("What is the zinc level of the sample with Fe 2.74?", pottery, Query(2, 0, ())) == \
        "zinc level"
    cars = Table("cars", ["manufacturer", "model", "drv"], ["text", "text", "text"],
                 [["dodge", "caravan", "f"], ["dodge", "durango", "4"], ["honda", "civic", "f"]])
    count = AGGREGATION_OPS.index("COUNT")
    assert missing_attribute("How many cars does dodge have in the list?", cars,
                             Query(2, count, ((0, 0, "dodge"),))) is None   # dodge's rows, counted
    assert missing_attribute("How many airbags does the civic have?", cars,
                             Query(2, count, ((1, 0, "civic"),))) == "airbags"   # one row: an attribute asked


RATES = Table("fertility", ["Country Name", "2011", "2013"], ["text", "real", "text"],
              [["Germany", 1.39, ""], ["Kenya", 4.5, None], ["Niger", 7.6, ""]])


def test_a_column_empty_in_every_row_asked_about_holds_no_answer():
    germany = ((0, 0, "Germany"),)
    assert no_value_held(Query(2, 0, germany), RATES, [""], [0]) == \
        "this table holds no value in '2013' for the rows asked about"
    assert no_value_held(Query(2, AGGREGATION_OPS.index("MAX"), ()), RATES, [None], [0, 1, 2]) is not None
    assert no_value_held(Query(1, 0, germany), RATES, [1.39], [0]) is None
    assert no_value_held(Query(2, AGGREGATION_OPS.index("COUNT"), ()), RATES, [0], [0, 1, 2]) is None   # 0 is one
    assert no_value_held(Query(2, 0, ((0, 0, "Chad"),)), RATES, [], []) is None   # no row: an answer too


def test_the_engine_declines_an_answer_of_empty_cells_after_running_it(tmp_path, monkeypatch):
    from support import build_tiny_checkpoint

    from wikisql import engine
    from wikisql.database import Database
    from wikisql.decoding import Decoded
    predictor = engine.Predictor.load(build_tiny_checkpoint(tmp_path / "ckpt"))
    decoded = {"2013": Query(2, 0, ((0, 0, "Germany"),)), "2011": Query(1, 0, ((0, 0, "Germany"),))}
    with Database.from_tables([RATES]) as database:
        for year, declined in (("2013", True), ("2011", False)):
            monkeypatch.setattr(engine, "greedy_decode",
                                lambda scores, item, *rest, q=decoded[year]: Decoded(q, ((0, 0),), -1.0))
            answer = predictor.answer(f"What was Germany's fertility rate in {year}?", RATES, database)
            assert answer.abstained is declined and (answer.answer == [] if declined else answer.answer == [1.39])



def test_a_name_nothing_in_the_table_holds_is_declined_when_the_query_would_answer_with_the_whole_column():
    affiliates = Table(id='affiliates_abroad', header=['rownames', 'sales', 'netinc'], types=['text', 'real', 'real'],
                       rows=[['Canada', 1.5, 0.2], ['Germany', 0.9, -0.1], ['Hong-Kong', 0.4, 0.05]])
    whole = Query(sel=2, agg=0)
    assert "'Bahamas'" in cannot_answer('What was the net income of the affiliates in the Bahamas?', whole, affiliates)
    assert name_not_held('What was the net income of the affiliates in Canada?', affiliates, whole) is None
    assert name_not_held('What was the Net income of the German affiliates?', affiliates, whole) is None   # adjective
    assert name_not_held('What is the Sales of the affiliates?', affiliates, whole) is None   # a header's word
    conditioned = Query(sel=2, agg=0, conds=(Condition(0, 0, 'Canada'),))
    for query in (conditioned, Query(sel=2, agg=AGGREGATION_OPS.index('SUM'))):   # the query does not answer with
        assert name_not_held('What was the net income in the Bahamas?', affiliates, query) is None   # every row


def test_a_count_of_people_asked_of_a_column_of_shares_is_declined():
    from wikisql.declining.forms import count_of_shares
    votes = Table("referendum", ["name", "leaveVoteshare", "turnout", "electorate"], ["text", "real", "real", "real"],
                  [["Reading", 41.6, 72.3, 110000], ["Slough", 54.3, 62.1, 80000], ["Wokingham", 43.3, 80.2, 120000]])
    share = Query(1, 0, (Condition(0, 0, "Reading"),))
    assert count_of_shares("How many people voted Leave in Reading?", votes, share) == "leaveVoteshare"
    assert "'leaveVoteshare' holds shares" in cannot_answer("How many people voted Leave in Reading?", share, votes)
    assert count_of_shares("How many people per 100 voted Leave in Reading?", votes, share) is None
    assert count_of_shares("What share voted Leave in Reading?", votes, share) is None
    counts = Query(3, 0, (Condition(0, 0, "Reading"),))
    assert count_of_shares("How many people could vote in Reading?", votes, counts) is None   # a count column
    assert count_of_shares("How many people turned out in Reading?", votes, Query(2, 0, share.conds)) is None
    #                                                           (`turnout`: no share word at its end, left alone)


def test_an_aggregate_word_does_not_hide_an_attribute_no_column_holds():
    stations = Table("stations", ["STATION NAME", "LAT", "LON", "ELEV(M)"], ["text", "real", "real", "real"],
                     [["TROMSO", 69.683, 18.917, 9.0], ["BODO", 67.267, 14.367, 11.0]])
    assert missing_attribute("What is the mean annual temperature at Tromso?", stations) == "annual temperature"
    assert missing_attribute("What is the mean elevation of Tromso?", stations) is None   # `ELEV(M)`
    assert missing_attribute("What is the average of Tromso?", stations) is None   # nothing but the aggregate


def test_how_many_answered_with_a_whole_column_is_declined():
    skulls = Table(id='skulls', header=['epoch', 'mb', 'nh'], types=['text', 'real', 'real'],
                   rows=[['c4000BC', 131, 50], ['c4000BC', 125, 48], ['c3300BC', 138, 51]])
    whole = Query(sel=1, agg=0)
    assert 'how many' in cannot_answer('How many of the skulls are male?', whole, skulls)
    counted = Query(sel=1, agg=AGGREGATION_OPS.index('COUNT'))
    assert cannot_answer('How many skulls are there?', counted, skulls) is None   # a count
    looked_up = Query(sel=1, agg=0, conds=(Condition(2, 0, '50'),))
    assert cannot_answer('How many mm broad is the skull with nasal height 50?', looked_up, skulls) is None


def test_a_whole_column_answers_only_a_question_that_lists():
    skulls = Table(id='skulls', header=['epoch', 'mb', 'nh'], types=['text', 'real', 'real'],
                   rows=[['c4000BC', 131, 50], ['c4000BC', 125, 48], ['c3300BC', 138, 51]])
    whole = Query(sel=0, agg=0)
    assert 'whole column' in cannot_answer('Which skulls were found intact?', whole, skulls)
    assert 'how many' in cannot_answer('How many skulls were found intact?', whole, skulls)
    assert cannot_answer('List all the epochs.', whole, skulls) is None
    assert cannot_answer('What are all the epoch values?', whole, skulls) is None
    assert cannot_answer('Which epochs are listed?', whole, skulls) is None
    single = Table(id='skull', header=skulls.header, types=skulls.types, rows=skulls.rows[:1])
    assert cannot_answer('Which skulls were found intact?', whole, single) is None   # one row: one value


def test_a_count_and_its_later_years_count_date_the_table_and_a_yes_no_question_may_start_with_a_phrase():
    counts = Table("phds", ["type", "sex", "count", "count11"], ["text", "text", "real", "real"],
                   [["I(Pu)", "Male", 132, 148], ["II", "Female", 40, 52]])
    assert cannot_answer("How many PhDs did I(Pu) award in 2008-09?", None, counts) is None   # `count`: 2008
    ages = Table("savings", ["rownames", "sr", "pop15", "pop75"], ["text", "real", "real", "real"],
                 [["Japan", 21.1, 48.0, 1.9], ["Italy", 14.3, 24.5, 3.5]])
    assert "1965" in cannot_answer("What was Japan's savings ratio in 1965?", None, ages)   # two ages: undated
    assert outside_grammar("On day 40, were there more accidents in 1962 than in 1961?") == \
        "a comparison between rows (a yes/no question)"
    assert outside_grammar("On day 40, how many accidents were there in 1962?") is None
    assert outside_grammar("What is each subject's average reaction time?") == "grouping"


def test_by_what_percentage_is_arithmetic_even_of_a_column_of_shares():
    women = Table("contraception", ["rownames", "contraceptors", "births"], ["text", "real", "real"],
                  [["Indonesia", 47.5, 4100], ["Kenya", 26.9, 1000]])
    fell = "By what percentage did contraception fall in Kenya?"
    assert "arithmetic" in cannot_answer(fell, Query(1, 0, ((0, 0, "Kenya"),)), women)


def test_which_group_had_the_most_of_an_unnamed_plural_read_as_the_groups_maximum_is_grouping():
    patients = Table("melanoma", ["rownames", "year", "thickness"], ["real", "real", "real"],
                     [[1, 1972, 6.8], [2, 1972, 0.6], [3, 1973, 9.0], [4, 1973, 2.1], [5, 1973, 1.1], [6, 1974, 3.3]])
    most = Query(1, AGGREGATION_OPS.index("MAX"), ())
    assert "grouping" in cannot_answer("Which year had the most operations?", most, patients)
    assert cannot_answer("Which year had the most thickness?", most, patients) is None   # names a column
    ordered = Query(1, 0, (), Order(2, True, 1))   # the years ordered by another column: still a count per year
    assert "grouping" in cannot_answer("Which year had the most operations?", ordered, patients)
    pinned = Query(1, 0, ((0, 1, 2),), Order(2, True, 1))   # a condition pins the rows down: left to the model
    assert cannot_answer("After patient 2, which year had the most operations?", pinned, patients) is None


def test_an_aggregate_of_two_cells_joined_by_and_is_declined():
    gas = Table("gas", ["Insul", "Temp"], ["text", "real"], [["Before", -0.8], ["After", 0.4], ["Before", 1.0]])
    average = Query(1, AGGREGATION_OPS.index("AVG"), ((0, 0, "after"),))
    assert "two values" in cannot_answer("What's the average temperature before and after insulation?", average, gas)
    assert cannot_answer("What's the average temperature after insulation?", average, gas) is None
    plain = Query(1, 0, ((0, 0, "after"),))   # no aggregate: left to the model
    assert cannot_answer("What was the temperature before and after insulation?", plain, gas) is None


def test_male_or_female_of_a_table_without_sexes_is_declined():
    sleep = Table("sleep", ["Reaction", "Days", "Subject"], ["real", "real", "real"], [[250.8, 0, 352], [221.0, 1, 352]])
    assert missing_attribute("Was subject 352 male or female?", sleep) == "sex"
    sexes = Table("sleep", ["Reaction", "Subject", "sx"], ["real", "real", "text"], [[250.8, 352, "F"], [221.0, 351, "M"]])
    assert missing_attribute("Was subject 352 male or female?", sexes) is None   # a column of sexes
    assert missing_attribute("How many male or female subjects were there?", sleep) is None   # no yes/no question


def test_a_value_said_as_not_something_is_a_not_equal_condition_unless_a_cell_says_not():
    counties = Table("midwest", ["county", "percwhite", "status"], ["text", "real", "text"],
                     [["ADAMS", 96.7, "held"], ["BROWN", 98.2, "not held"]])
    reason = cannot_answer("How many people in Brown county are not white?", None, counties)
    assert reason is not None and "not equal" in reason
    assert cannot_answer("Which county was not held?", None, counties) is None   # a cell: "not held"


UNIVERSITIES = Table("universities", ["rownames", "undstudents", "acpay"], ["real", "real", "real"],
                     [[1, 2500, 310.5], [2, 0, 120.0], [3, 8834, 402.7]])
TRAVELLERS = Table("travel", ["individual", "mode", "invc"], ["real", "real", "real"],
                   [[70, 1, 59], [70, 2, 31], [71, 1, 58]])


def test_a_name_or_a_place_asked_of_a_table_of_numbers_only_is_declined():
    assert missing_attribute("What is the name of the university with the highest pay?", UNIVERSITIES) == "name"
    assert missing_attribute("In which city is university 3?", UNIVERSITIES) == "city"
    city = Query(0, 0, (Condition(0, 0, 70),))   # `individual` reads the noun asked, as row names do: not a city
    assert missing_attribute("Which city did traveller 70 set out from?", TRAVELLERS, city) == "city"
    # the rows may be the places, numbered: "Which state has ...?" names no other row
    assert missing_attribute("Which state has an undstudents of 0?", UNIVERSITIES) is None
    assert missing_attribute("Which individual has mode 2?", TRAVELLERS, city) is None   # the header said
    texts = Table("universities", ["name", "acpay"], ["text", "real"], [["Leeds", 310.5], ["York", 120.0]])
    assert missing_attribute("What is the name of the university with the highest pay?", texts) is None


def test_a_place_that_has_a_cell_is_a_row_of_a_table_with_names():
    airports = Table("airports", ["faa", "name", "alt"], ["text", "text", "real"],
                     [["OTZ", "Ralph Wien Mem", 14], ["ANC", "Ted Stevens Anchorage Intl", 152]])
    otz = Query(1, 0, (Condition(0, 0, "OTZ"),))
    assert missing_attribute("Which airport has the code OTZ?", airports, otz) is None   # the row's `name`
    assert missing_attribute("Which county does OTZ lie in?", airports, otz) == "county"   # another thing's place


def test_a_change_far_from_the_superlative_only_picks_the_rows():
    from wikisql.declining import superlative_of_a_change
    students = Table("spector", ["OBS", "GPA", "GRADE"], ["real"] * 3, [[1, 2.66, 0], [2, 2.89, 1]])
    assert not superlative_of_a_change("lowest gpa of the students whose grade improved (GRADE 1)", students)
    assert superlative_of_a_change("Which student improved the most?", students)


def test_which_thing_asked_of_a_row_named_by_another_noun_and_number_is_declined_when_no_column_holds_it():
    from wikisql.declining import thing_not_held
    deliveries = Table("deliveries", ["rownames", "n.prod", "distance", "delTime"], ["real"] * 4,
                       [[1, 7, 560, 16.7], [2, 3, 220, 11.5], [5, 2, 150, 13.8]])
    rows = Query(0, 0, (Condition(0, 0, 5),))
    assert thing_not_held("Which driver made delivery 5?", deliveries, rows) == "driver"
    assert thing_not_held("Which rubber compound was delivery 5?", deliveries, rows) == "rubber compound"
    assert thing_not_held("Which delivery had 2 products?", deliveries, rows) is None        # the rows' own noun
    assert thing_not_held("Which distance was delivery 5?", deliveries, rows) is None        # a column's
    assert thing_not_held("Which year was delivery 5 made?", deliveries, rows) is None       # a time: dated elsewhere
    assert thing_not_held("Which driver made the longest delivery?", deliveries, rows) is None   # no row by number
    drivers = Table("deliveries", ["driver", "n.prod"], ["text", "real"], [["Ann", 7], ["Bo", 3]])
    assert thing_not_held("Which driver made delivery 5?", drivers, Query(0, 0, ())) is None   # a text answer
    assert cannot_answer("Which driver made delivery 5?", rows, deliveries) == \
        "no column of this table holds what it asks for (driver)"
    assert thing_not_held("Which delivery was made on day 9023?", deliveries, rows) is None   # a time, not a row
    assert thing_not_held("Which driver is the fastest on the Big 5?", deliveries, rows) is None   # a name


def test_a_place_asked_of_the_row_a_place_column_names_is_not_held():
    housing = Table("tx", ["city", "month", "sales", "median"], ["text", "real", "real", "real"],
                    [["Abilene", 6, 268, 165800], ["Amarillo", 6, 386, 171600]])
    abilene = Query(3, 0, (Condition(0, 0, "Abilene"),))
    assert missing_attribute("Which county is Abilene in?", housing, abilene) == "county"
    counties = Table("tx", ["city", "county", "sales"], ["text", "text", "real"],
                     [["Abilene", "Taylor", 268], ["Amarillo", "Potter", 386]])
    assert missing_attribute("Which county is Abilene in?", counties, Query(1, 0, (Condition(0, 0, "Abilene"),))) \
        is None   # the column is there
    assert missing_attribute("Which city sold 268 homes?", housing, Query(0, 0, (Condition(2, 0, "268"),))) is None


def test_where_asked_of_a_table_that_holds_no_place_is_declined():
    from wikisql.declining import place_not_held
    samples = Table("glass", ["rownames", "Na", "Mg", "Al"], ["real", "real", "real", "real"],
                    [[212, 13.2, 3.6, 1.1], [213, 13.0, 3.5, 1.2]])
    magnesium = Query(2, 0, (Condition(0, 0, "212"),))
    assert place_not_held("Where was sample 212 collected?", samples, magnesium)
    reason = cannot_answer("Where was sample 212 collected?", magnesium, samples)
    assert reason is not None and "a place" in reason
    assert not place_not_held("What is the Mg of sample 212?", samples, magnesium)   # no place asked
    sites = Table("glass", ["rownames", "site", "Mg"], ["real", "text", "real"], [[212, "Caldicot", 3.6]])
    assert not place_not_held("Where was sample 212 collected?", sites, Query(2, 0, (Condition(0, 0, "212"),)))
    stations = Table("quakes", ["station", "dist", "accel"], ["real", "real", "real"], [[117, 12.0, 0.36]])
    assert not place_not_held("Where was the strongest shaking recorded?", stations, Query(0, 0, ()))   # `station`
    states = Table("states", ["state", "pop", "crime"], ["text", "real", "real"], [["Ohio", 10.7, 300.5]])
    for question in ("What year are these state figures from?", "Where were these plants surveyed?",
                     "Who collected this data?"):
        reason = cannot_answer(question, Query(1, 0, ()), states)
        assert reason is not None and "the table itself" in reason
    for question in ("Who had the highest crime rate among these states?",   # a row of them: "who" of the rows
                     "What was the average crime rate across these states?"):
        reason = cannot_answer(question, Query(2, 5, ()), states)
        assert reason is None or "the table itself" not in reason
    rounds = Table("draft", ["Round", "Pick", "Overall"], ["real", "real", "real"], [[1, 5, 5], [3, 2, 66]])
    first = Query(0, AGGREGATION_OPS.index("MIN"), (Condition(1, 0, "2"),))   # WikiSQL's "Where's the first round"
    assert not place_not_held("Where's the first round that pick 2 shows up?", rounds, first)


def test_a_number_asked_in_another_unit_than_the_columns_is_a_conversion():
    from wikisql.declining import other_unit
    airports = Table("airports", ["name", "elevation_ft", "Height (m)", "hp", "mass_kg"],
                     ["text", "real", "real", "real", "real"], [["Gol", 2000, 10, 400, 1200]])
    def asked(question, sel):
        return other_unit(question, airports, Query(sel, 0, (Condition(0, 0, "Gol"),)))
    assert asked("What is the elevation of Gol Airport in metres?", 1) == "metres"
    assert asked("What is the power of Gol in kilowatts?", 3) == "kilowatts"   # the header is the unit
    assert asked("What is the mass of Gol in pounds rather than kilograms?", 4) == "pounds"
    reason = cannot_answer("What is the elevation of Gol Airport in metres?", Query(1, 0, (Condition(0, 0, "Gol"),)),
                           airports)
    assert reason is not None and "conversion" in reason
    assert asked("What is the elevation of Gol in feet?", 1) is None   # the column's own unit
    assert asked("What is the mass of Gol in kg?", 4) is None
    assert asked("What is the mass of Gol in seconds?", 4) is None   # another measure: not a conversion
    assert asked("Which airports are in MI?", 1) is None
    towers = Table("towers", ["name", "height"], ["text", "real"], [["Zifeng", 450]], units=[None, "{} m"])
    assert other_unit("How tall is Zifeng in feet?", towers, Query(1, 0, (Condition(0, 0, "Zifeng"),))) == "feet"


def test_a_change_a_column_holds_between_the_years_asked_is_no_arithmetic():
    from wikisql.declining import change_held
    towns = Table("durham", ["name", "population_2001", "population_2006", "pop_change_2001_2006_pct"],
                  ["text", "real", "real", "real"], [["Milton", 31471, 53939, 71.4], ["Ajax", 73753, 90167, 22.3]])
    question = "By how much did Milton's population change from 2001 to 2006?"
    assert change_held(question, towns)
    assert cannot_answer(question, Query(3, 0, (Condition(0, 0, "Milton"),)), towns) is None
    other = "By how much did Milton's population change from 1996 to 2006?"   # no column of that change
    assert not change_held(other, towns)
    reason = cannot_answer(other, Query(2, 0, (Condition(0, 0, "Milton"),)), towns)
    assert reason is not None and "arithmetic" in reason


def test_a_column_compared_with_another_column_by_name_is_declined():
    gases = Table("gwp", ["Name", "Formula", "20yr GWP", "100yr GWP"], ["text", "text", "real", "real"],
                  [["Methane", "CH4", 84, 28], ["HFC-23", "CHF3", 10800, 12400]])
    reason = cannot_answer("For which gases is the 20yr GWP lower than the 100yr GWP?", Query(0, 0, ()), gases)
    assert reason is not None and "two columns" in reason
    # a number, or a header said after "than" without another header before it, is a value or a row
    assert cannot_answer("Which gases have a 20yr GWP lower than 100?", Query(0, 0, ((2, 2, "100"),)), gases) is None
    assert cannot_answer("Which gas warms more than the 100yr GWP?", Query(0, 0, ((3, 1, "100"),)), gases) is None
    # "than its own ...", and by how much after the column
    reason = cannot_answer("Which gas has a 20yr GWP larger than its own 100yr GWP by more than 10?",
                           Query(0, 0, ((2, 1, "10"), (3, 1, "10"))), gases)
    assert reason is not None and "two columns" in reason
    numbered = Table("t", ["Name", "5432", "15122"], ["text", "real", "real"], [["a", 5432, 15122]])
    question = "What is the name with a 5432 of 5432 and a 15122 greater than 15122?"   # WikiSQL's numbers as headers
    assert cannot_answer(question, Query(0, 0, ((1, 0, "5432"), (2, 1, "15122"))), numbered) is None


def test_rows_compared_with_a_row_the_question_names_are_declined():
    companies = Table("assessment", ["company", "country", "score", "percent_score"], ["text", "text", "real", "real"],
                      [["Volkswagen AG", "Germany", 30.1, 58], ["Ford", "United States", 22.4, 43],
                       ["BAIC", "China", 2.9, 6], ["BMW", "Germany", 35.0, 68]])
    lookup = Query(2, 0, (Condition(0, 0, "Volkswagen AG"),))   # the row named, as the model reads it
    for question in ("Which companies scored higher than Volkswagen AG?", "Which companies scored higher than Ford did?",
                     "Which countries have a bigger share of women on boards than Germany?"):
        reason = cannot_answer(question, lookup, companies)
        assert reason is not None and "comparison between rows" in reason, question
    # a number, or words that are no cell, compare with a value
    assert cannot_answer("Which companies scored higher than 20?", Query(0, 0, ((2, 1, "20"),)), companies) is None
    assert cannot_answer("Which companies scored higher than twenty?", Query(0, 0, ((2, 1, "20"),)), companies) is None
    reason = cannot_answer("Which companies are in the same country as Ford?", Query(0, 0, ((0, 0, "Ford"),)),
                           companies)   # another row's value, which the grammar cannot take from it
    assert reason is not None and "comparison between rows" in reason
    assert cannot_answer("Which companies had the same score as 30.1?", Query(0, 0, ((2, 0, "30.1"),)), companies) \
        is None
    finals = Table("finals", ["Year", "Men's doubles", "Women's singles"], ["real", "text", "text"],
                   [[2001, "A and B", "Petre"], [2002, "C and D", "Lin"]])
    question = "Who won the Men's Double the same year as Petre won the Women's Singles?"   # the year names its row
    assert cannot_answer(question, Query(1, 0, ((2, 0, "Petre"),)), finals) is None



def test_a_count_under_each_status_a_ratio_per_hundred_and_points_short_of_a_value_are_declined():
    rights = Table("rights", ["country", "same-sex-marriage", "legal-gender"], ["text", "text", "text"],
                   [["Denmark", "legal", "no surgery"], ["Chile", "banned", "surgery"], ["Peru", "banned", "surgery"]])
    reason = cannot_answer("How many countries fall under each same-sex marriage status?", Query(0, 3, ()), rights)
    assert reason is not None and "grouping" in reason
    assert cannot_answer("How many countries fall under the banned status?", Query(0, 3, ((1, 0, "banned"),)),
                         rights) is None
    snacks = Table("snacks", ["name", "calories", "protein"], ["text", "real", "real"],
                   [["Gyoza", 250, 9], ["Takis", 150, 2]])
    gyoza = Query(2, 0, ((0, 0, "Gyoza"),))
    reason = cannot_answer("How many grams of protein per 100 calories does the Gyoza have?", gyoza, snacks)
    assert reason is not None and "arithmetic" in reason
    assert cannot_answer("How many grams of protein does the Gyoza have?", gyoza, snacks) is None
    reason = cannot_answer("How many calories short of 300 was the Gyoza?", Query(1, 0, ((0, 0, "Gyoza"),)), snacks)
    assert reason is not None and "arithmetic" in reason
    weather = Table("weather", ["DAY", "TEMPERATURE_MIN", "TEMPERATURE_MAX"], ["text", "real", "real"],
                    [["21-MAR-13", 4.5, 10.1]])
    reason = cannot_answer("What was the daily temperature range on 21-MAR-13?", Query(2, 0, ((0, 0, "21-MAR-13"),)),
                           weather)
    assert reason is not None and "arithmetic" in reason   # a maximum less a minimum
    people = Table("people", ["sex", "height"], ["text", "real"], [["M", 178], ["F", 165]])
    reason = cannot_answer("What are the average heights of men and of women?", Query(1, 5, ()), people)
    assert reason is not None and "grouping" in reason   # two groups, each "of"
    readings = Table("glucose", ["datetime", "glucose"], ["text", "real"], [["10:02", 5.1], ["16:02", 6.3]])
    reason = cannot_answer("Was my glucose higher at 10:02 or at 16:02?", Query(1, 1, ()), readings)
    assert reason is not None and "comparison between rows" in reason
    planes = Table("planes", ["Plane", "Range (km)"], ["text", "real"], [["Boeing 747", 13450], ["A380", 15200]])
    assert cannot_answer("Which plane has the longest range?", Query(0, 0, (), Order(1, True, 1)), planes) is None


def test_a_statistic_the_tables_name_says_is_its_numbers():
    header = ["state", "variable", "estimate"]
    question = "What was the median rent in Ohio?"
    assert outside_grammar(question, header) == "a statistic no aggregation computes"
    assert outside_grammar(question, header, "us_state_median_income_and_rent_2017") is None
    assert outside_grammar("What is the standard deviation of rent?", header, "us_state_median_income") == \
        "a statistic no aggregation computes"   # the title's statistic is the median, not another one


def test_a_thermodynamic_symbol_the_question_names_is_no_missing_attribute():
    substances = Table("thermo", ["Formula", "State", "H", "G", "S"], ["text", "text", "real", "real", "real"],
                       [["SF6", "g", -1209.0, -1105.3, 291.5], ["CO2", "g", -393.5, -394.4, 213.6]])
    entropy = Query(4, 0, (Condition(0, 0, "SF6"),))
    assert cannot_answer("What is the entropy of SF6?", entropy, substances) is None
    assert "molar mass" in cannot_answer("What is the molar mass of SF6?", entropy, substances)


def test_a_median_a_column_holds_and_days_named_by_row_ids_are_not_declined():
    crime = Table("crimefl", ["county", "c", "i", "u"], ["text", "real", "real", "real"],
                  [["ALACHUA", 104, 22.1, 73.2], ["LEON", 89, 26.5, 85.0], ["BAKER", 20, 25.8, 24.1]])
    leon = Query(2, 0, (Condition(0, 0, "LEON"),))
    assert cannot_answer("What's the median income in Leon County?", leon, crime) is None
    ranked = Query(0, 0, (), Order(2, True, 2))
    assert cannot_answer("Which two counties have the highest median incomes?", ranked, crime) is None
    poorer = Query(0, AGGREGATION_OPS.index("COUNT"), (Condition(2, 2, "25"),))
    assert cannot_answer("How many counties have a median income under 25 thousand dollars?", poorer, crime) is None
    overall = Query(2, AGGREGATION_OPS.index("AVG"), ())   # the median over the counties: no aggregation computes it
    assert "statistic" in cannot_answer("What is the median income of these counties?", overall, crime)
    assert cannot_answer("What is the crime rate in Alachua county?", Query(1, 0, (Condition(0, 0, "ALACHUA"),)),
                         crime) is None   # `c` reads "crime" beside the other letters
    days = Table("weather", ["row ID", "MaxTemp", "Sunshine"], ["text", "real", "real"],
                 [["Row95321", 40.9, 12.6], ["Row95322", 38.0, 11.0], ["Row95323", 41.2, 9.9]])
    hottest = Query(0, 0, (), Order(1, True, 1))
    assert cannot_answer("Which day had the highest maximum temperature?", hottest, days) is None
    assert "dated" in cannot_answer("When was the sunshine lowest?", Query(0, 0, (), Order(2, False, 1)), days)


@pytest.mark.parametrize("question, header, form", [
    ("Which alternative is chosen most often?", ["case", "alt", "choice"], "grouping"),
    ("Which heating system is most popular among households in income class 5?", ["idcase", "depvar", "income"],
     "grouping"),
    ("Which song is most popular among teens?", ["song", "votes", "age group"], None),   # `votes` counts it
    ("Which of the women aged 51 has the higher BMI?", ["Age", "BMI"], "a comparison between rows (which of two)"),
    ("Which player has the higher score than 70?", ["Player", "Score"], None),   # "than": a comparison, not two rows
    ("How does the average glucose of diabetic women compare with that of the others?", ["Glucose", "Outcome"],
     "a comparison between rows"),
    ("What share of the travellers chose the car?", ["case", "alt", "choice"], "arithmetic between values"),
    ("Which team scored most often at home?", ["Team", "Home goals"], "grouping"),
])
def test_counting_kinds_comparing_two_rows_and_a_share_of_a_studys_units_are_declined(question, header, form):
    assert outside_grammar(question, header) == form


@pytest.mark.parametrize("question, header, form", [
    ("Was the AC power higher at 1/6/2022 13:00 or at 1/10/2022 13:00?", ["Timestamp", "AC Power"],
     "a comparison between rows (which of two)"),
    ("Did participant 2721 or participant 4566 have the higher cholesterol?", ["seqn", "cholesterol"],
     "a comparison between rows (which of two)"),
    ("Which day had the highest average irradiance?", ["Timestamp", "POA"], "grouping"),
    ("Which year had the highest average attendance?", ["Year", "Average attendance"], None),   # a column holds it
    ("Was NIA South or NIA Car Parks busier at 2016-11-15 09:30:46?", ["SystemCodeNumber", "Occupancy"],
     "a comparison between rows (which of two)"),
    ("Did Product meet more with HR or with Finance in 01/08/2023?", ["Organization", "Meetings"],
     "a comparison between rows (which of two)"),
    ("Is Brampton single-tier or lower-tier?", ["name", "status"], None),   # the cells, not a comparison
    ("Were more than 5 or 6 cars parked?", ["Occupancy"], None),   # "more than": a count's bound
    ("Did Finland join the OECD before Italy did?", ["name", "OECD"], "a comparison between rows (a yes/no question)"),
    ("Did Finland join the OECD before 1970?", ["name", "OECD"], None),   # a year: a condition
    ("How many years after Estonia did Latvia join the OECD?", ["name", "OECD"], "arithmetic between values"),
    ("How many years after 2000 did the rate fall below 70?", ["year", "rate"], None),   # a count of years
    ("How many years older is patient 260 than patient 7?", ["id", "age"], "arithmetic between values"),
    ("How many patients were older than 70?", ["id", "age"], None),   # a bound: a count
    ("How many weeks after their first purchase did customer 814 last buy?", ["ID", "t_x"], None),   # a column
    ("What is the midpoint of the Fixed Income weight range?", ["topic", "weight_min", "weight_max"],
     "arithmetic between values"),
    ("How much happier is Denmark than Finland?", ["Nation", "Score"], "arithmetic between values"),
    ("How many days passed between symptom onset and confirmation for patient 3?", ["patient_id", "confirmed_date"],
     "arithmetic between values"),
    ("How many days between 2001 and 2005 had rain?", ["day", "rain"], None),   # a count over a range
    ("How many nations share each score?", ["Nation", "Score"], "grouping"),
    ("How many purchases will customer 46 make next year?", ["ID", "x"],
     "a prediction for a case the table does not hold"),
    ("How many purchases did customer 46 make last year?", ["ID", "purchases last year"], None),
])
def test_two_rows_compared_and_a_periods_average_over_readings_are_declined(question, header, form):
    assert outside_grammar(question, header) == form


def test_a_time_asked_of_a_rows_noun_is_declined():
    sites = Table("sinca", ["city", "station_code", "latitude"], ["text", "text", "real"],
                  [["Las Condes", "RM/1", -33.4], ["Arica", "XV/2", -18.4]])
    code = Query(1, 0, ((0, 0, "Las Condes"),))
    assert "dated" in cannot_answer("When was the Las Condes station accredited?", code, sites)
    assert cannot_answer("What is the station code of Las Condes?", code, sites) is None


def test_the_measure_a_table_is_named_for_is_held_and_rain_falling_is_no_change():
    rates = Table("kenya_age_specific_fertility_rates", ["year", "15-19", "20-24"], ["real", "real", "real"],
                  [[1985, 150.2, 300.1], [1990, 140.0, 290.5]])
    aged = Query(2, 0, ((0, 0, "1985"),))
    assert cannot_answer("What was the fertility rate for women aged 20-24 in Kenya in 1985?", aged, rates) is None
    assert "fertility rate" in cannot_answer("What was the fertility rate of women aged 20-24 in Uganda in 1985?",
                                             aged, rates)   # a country no cell, header or title holds
    other = Table("kenya_population", rates.header, rates.types, rates.rows)
    assert "fertility rate" in cannot_answer("What was the fertility rate for women aged 20-24 in Kenya in 1985?",
                                             aged, other)
    days = Table("weather", ["Day", "MaxTemp", "Precipitation"], ["real", "real", "real"],
                 [[1, 30.1, 0.0], [2, 35.7, 12.5]])
    wettest = Query(2, 0, (), Order(1, True, 1))
    assert cannot_answer("How much rain fell on the hottest day?", wettest, days) is None
    assert cannot_answer("Which day's temperature fell the most?", Query(0, 0, (), Order(1, False, 1)), days)


def test_the_name_of_a_person_a_table_of_records_does_not_name_is_missing():
    """"What is the name of the guest from TUN?" of hotel bookings: no column names anyone (no name header, no text
    column with a cell of its own in most rows); a table with such a column may hold it."""
    from wikisql.declining import missing_attribute
    bookings = Table("bookings", ["country", "meal", "adr"], ["text", "text", "real"],
                     [["TUN", "BB", 80.0], ["PRT", "BB", 95.5], ["PRT", "HB", 60.0], ["GBR", "BB", 70.0],
                      ["GBR", "SC", 72.0]])
    assert missing_attribute("What is the name of the guest from TUN?", bookings) == "name"
    assert missing_attribute("What is the name of the meal of the guest from TUN?", bookings) != "name"
    guests = Table("guests", ["guest", "country", "adr"], ["text", "text", "real"],
                   [["Ann Lee", "TUN", 80.0], ["Bo Ek", "PRT", 95.5], ["Cy Ng", "PRT", 60.0]])
    assert missing_attribute("What is the name of the guest from TUN?", guests) is None   # cells of their own
    named = Table("b", ["Name", "country"], ["text", "text"], [["x", "PRT"], ["x", "PRT"], ["y", "TUN"]])
    assert missing_attribute("What is the name of the guest from TUN?", named) is None   # headed as a name


def test_how_long_between_two_rows_or_how_long_a_row_lasted_is_arithmetic():
    listed = Table("pse", ["Company Name", "Stock Symbol", "Listing Date"], ["text", "text", "text"],
                   [["BDO Unibank", "BDO", "May 21, 2002"], ["Asia United Bank", "AUB", "May 17, 2013"]])
    counted = Query(2, 3, ((0, 0, "Asia United Bank"),))
    assert "arithmetic" in cannot_answer("How many years after BDO Unibank was Asia United Bank listed?", counted,
                                         listed)
    breaches = Table("b", ["Name", "breach_start", "breach_end"], ["text"] * 3,
                     [["Long Beach", "2012-01-01", "2012-03-01"], ["Kern", "2013-01-01", "2013-01-05"]])
    assert "arithmetic" in cannot_answer("How many days did the Long Beach breach last?",
                                         Query(0, 3, ((0, 0, "Long Beach"),)), breaches)
    strikes = Table("s", ["Strike", "days"], ["text", "real"], [["Ford", 40], ["GM", 67]])
    assert cannot_answer("How many days did the Ford strike last?", Query(1, 0, ((0, 0, "Ford"),)), strikes) is None


def test_which_week_or_month_of_a_table_of_days_is_grouping():
    daily = Table("spy", ["date", "return"], ["text", "real"], [[f"2008-10-{d:02d}", 0.01 * d] for d in range(1, 20)])
    weekly = Table("w", ["date", "return"], ["text", "real"], [[f"2008-10-{d:02d}", 0.01 * d] for d in (1, 8, 15, 22)])
    worst = "Which week had the worst return?"
    assert cannot_answer(worst, Query(0, 0, (), Order(1, False, 1)), daily).endswith("grouping")
    assert cannot_answer(worst, Query(0, 0, (), Order(1, False, 1)), weekly) is None   # one row a week
    assert cannot_answer("Which day had the worst return?", Query(0, 0, (), Order(1, False, 1)), daily) is None
    named = Table("m", ["month", "date", "return"], ["text", "text", "real"],
                  [["Oct", f"2008-10-{d:02d}", 0.01 * d] for d in range(1, 20)])
    assert cannot_answer("Which month had the best return?", Query(0, 0, (), Order(2, True, 1)), named) is None


def test_how_long_a_row_lasted_is_answered_where_a_column_holds_durations():
    leaders = Table("l", ["ehead", "start_year", "duration"], ["text", "real", "real"],
                    [["Alfredo Stroessner", 1954, 35], ["Juan Peron", 1946, 9]])
    assert cannot_answer("How many years did Alfredo Stroessner's spell last?",
                         Query(2, 0, ((0, 0, "Alfredo Stroessner"),)), leaders) is None


def test_which_week_of_a_table_of_one_day_a_week_per_store_is_no_grouping():
    fridays = Table("walmart", ["Dept", "Date", "Weekly_Sales"], ["real", "text", "real"],
                    [[dept, f"2010-02-{day:02d}", 100.0 * dept + day] for dept in (1, 3) for day in (5, 12, 19)])
    assert cannot_answer("In which week did department 3 sell the most?",
                         Query(1, 0, ((0, 0, 3),), Order(2, True, 1)), fridays) is None


def test_how_long_it_took_or_how_late_it_left_is_arithmetic_unless_a_number_column_holds_it():
    fires = Table("fires", ["fire_number", "fire_start_date", "uc_date"], ["text"] * 3,
                  [["SWF081", "2018-05-01", "2018-05-09"], ["EWF031", "2018-06-01", "2018-06-02"]])
    took = "How many days did it take to get fire SWF081 under control?"
    assert "arithmetic" in cannot_answer(took, Query(1, 3, ((0, 0, "SWF081"),)), fires)
    flights = Table("f", ["FL_NUM", "FL_DATE", "CRS_DEP_TIME", "DEP_TIME"], ["real", "text", "real", "real"],
                    [[1742, "2018-01-01", 900, 915], [1743, "2018-01-01", 1000, 1000]])
    late = "How many minutes late did flight 1742 leave?"
    assert "arithmetic" in cannot_answer(late, Query(1, 0, ((0, 0, 1742),)), flights)
    delays = Table("d", ["FL_NUM", "DEP_DELAY"], ["real", "real"], [[1742, 15], [1743, 0]])
    assert cannot_answer(late, Query(1, 0, ((0, 0, 1742),)), delays) is None
    judges = Table("j", ["Name", "Term (yyyy.mm.dd)"], ["text", "text"], [["Kinsella", "1990.01.01-1999.12.31"]])
    served = "How many years, not days, did Kinsella serve?"
    assert "arithmetic" in cannot_answer(served, Query(1, 3, ((0, 0, "Kinsella"),)), judges)   # dates, not years


def test_a_count_of_the_one_row_a_name_picks_is_declined_when_no_header_names_the_counted_thing():
    players = Table("nba", ["Name", "Team", "Blocks", "Points"], ["text", "text", "real", "real"],
                    [["Klay Thompson", "GSW", 10, 2000], ["Steph Curry", "GSW", 20, 2500], ["Ja Morant", "MEM", 5, 1800]])
    one = Query(2, 3, ((0, 0, "Klay Thompson"),))
    assert "three-pointer" in cannot_answer("How many three-pointers did Klay Thompson make?", one, players)
    assert cannot_answer("How many points did Klay Thompson score?", one, players) is None   # a header's word
    assert cannot_answer("How many times is Klay Thompson listed?", one, players) is None
    assert cannot_answer("How many figures are there for blocks for Klay Thompson?", one, players) is None   # the
    #                                                                  counted column named: WikiSQL's count of cells
    team = Query(2, 3, ((1, 0, "MEM"),))   # `Team` names no row once: a count of rows
    assert cannot_answer("How many three-pointers did MEM make?", team, players) is None


def test_a_ticker_is_the_stock_symbol():
    listed = Table("pse", ["Company Name", "Stock Symbol", "Sector"], ["text"] * 3,
                   [["Ayala Land, Inc.", "ALI", "Property"], ["BDO Unibank", "BDO", "Financials"]])
    assert cannot_answer("What is the ticker of Ayala Land, Inc.?", Query(1, 0, ((0, 0, "Ayala Land, Inc."),)),
                         listed) is None


def test_which_group_has_the_most_of_a_plural_no_column_names_is_grouping_when_ordered_too():
    airports = Table("airports", ["name", "city", "latitude", "altitude"], ["text", "text", "real", "real"],
                     [["SFO", "San Francisco", 37.6, 13], ["OAK", "Oakland", 37.7, 9], ["HWD", "Hayward", 37.6, 52],
                      ["SQL", "San Carlos", 37.5, 5], ["CCR", "Concord", 37.9, 26], ["X1", "San Francisco", 37.7, 3],
                      ["X2", "Oakland", 37.8, 4], ["X3", "Hayward", 37.6, 8], ["X4", "San Francisco", 37.7, 6],
                      ["X5", "Oakland", 37.7, 7]])
    ordered = Query(1, 0, (), Order(2, True, 1))
    assert cannot_answer("Which California city has the most airports?", ordered, airports).endswith("grouping")
    assert cannot_answer("Which city has the highest airport?", Query(1, 0, (), Order(3, True, 1)), airports) is None
    assert cannot_answer("Which airport is the most northerly?", Query(0, 0, (), Order(2, True, 1)), airports) is None


def test_an_average_of_two_groups_set_against_each_other_or_per_year_of_days_is_grouping():
    chemicals = Table("c", ["Name", "Class", "T_flash"], ["text", "text", "real"],
                      [["ethanol", "alcohol", 13.0], ["methylamine", "amine", -10.0], ["propanol", "alcohol", 15.0]])
    versus = "Average flash point of the alcohols versus the amines"
    assert cannot_answer(versus, Query(2, 5, ()), chemicals).endswith("grouping")
    games = Table("g", ["Game", "Attendance"], ["text", "real"], [["Lions vs Bears", 60000], ["Jets vs Colts", 50000]])
    assert cannot_answer("What was the average attendance of Lions vs Bears?", Query(1, 5, ((0, 0, "Lions vs Bears"),)),
                         games) is None   # a cell says "vs"
    months = Table("ff", ["date", "HML"], ["text", "real"],
                   [[f"199{y}-{m:02d}-28", 0.01 * m] for y in (0, 1) for m in range(1, 13)])
    assert cannot_answer("Average HML per year", Query(1, 5, ()), months).endswith("grouping")
    assert cannot_answer("Average HML per month", Query(1, 5, ()), months) is None   # a rate, or one row a month


def test_how_many_different_things_of_a_column_whose_cells_repeat_is_a_distinct_count():
    codons = Table("c", ["codon", "amino_acid"], ["text", "text"], [["GCC", "Ala"], ["GCA", "Ala"], ["TTT", "Phe"]])
    counted = Query(1, AGGREGATION_OPS.index("COUNT"), ())
    assert "distinct" in cannot_answer("How many different amino acids are in the table?", counted, codons)
    assert cannot_answer("How many different codons are there?", Query(0, 3, ()), codons) is None   # one a row
    some = Query(1, 3, ((0, 0, "GCC"),))   # with a condition: WikiSQL's COUNT
    assert cannot_answer("How many different amino acids are there for codon GCC?", some, codons) is None


def test_a_run_of_consecutive_rows_is_declined_unless_a_column_holds_runs():
    nights = Table("n", ["Date", "Temp"], ["text", "real"], [["1990-01-01", 16.0], ["1990-01-02", 14.0]])
    ordered = Query(0, 0, ((1, 1, 15),), Order(1, True, 1))
    assert "consecutive" in cannot_answer("What was the longest run of nights above 15 degrees?", ordered, nights)
    assert "consecutive" in cannot_answer("How many days in a row stayed above 15?", Query(0, 3, ((1, 1, 15),)),
                                          nights)
    games = Table("g", ["Date", "Streak"], ["text", "text"], [["May 9", "Won 3"], ["May 10", "Lost 1"]])
    assert cannot_answer("How many games had they won in a row on May 9?", Query(1, 0, ((0, 0, "May 9"),)),
                         games) is None
    records = Table("r", ["Team", "Wins", "Duration"], ["text", "real", "text"], [["A", 53, "1 year"], ["B", 40, "2"]])
    assert cannot_answer("What is the Duration for less than 53 consecutive wins?", Query(2, 0, ((1, 2, 53),)),
                         records) is None   # the column holds the run


def test_the_longest_name_is_a_length_of_text():
    provinces = Table("tr", ["province", "plate code", "region"], ["text", "real", "text"],
                      [["Adana", 1, "Akdeniz"], ["Afyonkarahisar", 3, "Ege"]])
    longest = Query(0, 0, (), Order(1, True, 1))
    assert "arithmetic" in cannot_answer("Which province has the longest name?", longest, provinces)
    assert cannot_answer("Which province has the largest plate code?", longest, provinces) is None


def test_consecutive_days_of_a_column_of_day_numbers_is_still_a_run():
    heat = Table("h", ["Month", "Day", "Temp"], ["real", "real", "real"], [[7, 1, 91], [7, 2, 93], [7, 3, 85]])
    assert "consecutive" in cannot_answer("What was the longest run of consecutive days above 90 degrees?",
                                          Query(1, 1, ((2, 1, 90),)), heat)


def test_two_values_at_once_and_gaps_between_values_are_declined():
    wages = Table("w", ["occ_title", "o_group", "tot_emp", "a_mean", "a_median"], ["text", "text", "real", "real", "real"],
                  [["Pharmacists", "detailed", 310000, 125000, 128000], ["Nurses", "detailed", 2900000, 77000, 73000],
                   ["Technicians", "broad", 900000, 40000, 38000]])
    assert "two aggregates" in cannot_answer("Show both the mean and the median annual wage of pharmacists",
                                             Query(3, 0, ((0, 0, "Pharmacists"),)), wages)
    assert "two aggregates" in cannot_answer("count of detailed occupations and their total employment",
                                             Query(0, 3, ((1, 0, "detailed"),)), wages)
    storm = Table("t", ["time", "vmax", "vmax_era5"], ["real", "real", "real"], [[2006110112, 45, 38], [2006110118, 40, 35]])
    assert "arithmetic" in cannot_answer("How many knots apart were the ERA5 and best-track winds at 2006110112?",
                                         Query(2, 3, ((0, 0, "2006110112"),)), storm)


def test_a_total_per_unit_of_time_over_repeated_years_is_grouping_and_a_year_no_row_holds_is_declined():
    damages = Table("d", ["country", "year", "impact"], ["text", "real", "real"],
                    [["USA", 2016, 5.0], ["CUB", 2016, 1.0], ["USA", 2017, 90.0], ["PHL", 2017, 2.0]])
    assert "grouping" in cannot_answer("Total reported damage per year?", Query(2, 4, ()), damages)
    assert cannot_answer("Total reported damage per capita?", Query(2, 4, ()), damages) is None   # a rate
    reason = cannot_answer("What was the USA's impact in 2019?", Query(2, 0, ((0, 0, "USA"),)), damages)
    assert reason is not None and "2019" in reason
    assert cannot_answer("What was the USA's impact in 2017?", Query(2, 0, ((0, 0, "USA"), (1, 0, "2017"))),
                         damages) is None


def test_what_no_column_holds_of_a_named_row_and_lookups_that_only_sound_unanswerable():
    salaries = Table("s", ["year", "player", "compensation"], ["real", "text", "real"],
                     [[2024, "Messi", 20446667], [2024, "Suarez", 1500000]])
    looked_up = Query(2, 0, ((1, 0, "Messi"),))
    assert "goals" in cannot_answer("How many goals did Messi score in 2024?", looked_up, salaries)
    events = Table("e", ["EM_ID", "country", "damage"], ["text", "text", "real"],
                   [["2017-0381", "USA", 1.0e9], ["2017-0383", "CUB", 2.0e6]])
    assert "deaths" in cannot_answer("How many people died in event 2017-0383?", Query(2, 0, ((0, 0, "2017-0383"),)),
                                     events)
    teams = Table("t", ["Team", "Goals For", "Won"], ["text", "real", "real"], [["A", 60, 20], ["B", 45, 12]])
    assert cannot_answer("How many games did the team who scored 60 goals win?", Query(2, 0, ((1, 0, "60"),)),
                         teams) is None   # the verb that asks is "win", the column `Won`
    flags = Table("f", ["EM_ID", "Surge", "Rain", "Flood"], ["text"] * 4,
                  [["2017-0362", "True", "False", "True"], ["2017-0363", "False", "True", "False"]])
    assert cannot_answer("Is the Surge flag True or False for event 2017-0362?", Query(1, 0, ((0, 0, "2017-0362"),)),
                         flags) is None   # which of the two the row holds, in the column asked
    bands = Table("b", ["chrom", "start", "end", "band"], ["text", "real", "real", "text"],
                  [["chrX", 58100000, 61000000, "p11.1"], ["chrX", 61000000, 63800000, "q11.1"]])
    assert cannot_answer("Where does p11.1 start on chrX?", Query(1, 0, ((0, 0, "chrX"), (3, 0, "p11.1"))),
                         bands) is None   # a position the question names, no place


def test_a_rate_per_a_thing_a_header_holds_is_no_ratio_of_two_columns():
    from wikisql.declining.forms import ratio_of_columns
    sales = Table("s", ["area", "median_price_aed", "median_aed_per_sqft", "sqft"], ["text", "real", "real", "real"],
                  [["Marina", 2.1e6, 2300, 900]])
    assert not ratio_of_columns("Average median price per sqft across areas?", sales)
    plain = Table("s", ["area", "median_price_aed", "sqft"], ["text", "real", "real"], [["Marina", 2.1e6, 900]])
    assert ratio_of_columns("Average median price per sqft across areas?", plain)


def test_two_aggregates_of_a_column_written_with_an_ampersand():
    assert outside_grammar("What was the total P&L and the average holding time of these trades?") == \
        "two aggregates at once"


def test_an_average_of_identifiers_is_declined_unless_the_identifier_is_said():
    from wikisql.declining.reasons import sum_of_identifiers
    roster = Table("r", ["player_id", "team", "weight_kg"], ["real", "text", "real"],
                   [[8478402, "EDM", 88], [8477934, "EDM", 91], [8471214, "FLA", 95]])
    averaged = Query(0, AGGREGATION_OPS.index("AVG"), ((1, 0, "EDM"),))
    assert "identifiers" in cannot_answer("What is the average age of the EDM players?", averaged, roster)
    assert sum_of_identifiers("What is the average player id of EDM?", averaged, roster) is None
    weights = Query(2, AGGREGATION_OPS.index("AVG"), ((1, 0, "EDM"),))
    assert sum_of_identifiers("What is the average weight of the EDM players?", weights, roster) is None


def test_an_average_and_a_superlative_joined_are_two_aggregates():
    assert outside_grammar("What is the average flowering day and the latest full-bloom day?") == \
        "two aggregates at once"
    assert outside_grammar("What is the average flowering day of the latest stations?") is None


def test_a_yes_no_question_of_one_row_before_another_compares_rows():
    blooms = Table("b", ["location", "fullbloom_days"], ["text", "real"], [["Seoul", 97], ["Incheon", 101]])
    looked_up = Query(1, 0, ((0, 0, "Incheon"),))
    assert "comparison between rows" in cannot_answer("Did Seoul reach full bloom before Incheon?", looked_up, blooms)
    assert cannot_answer("Did Incheon reach full bloom before day 100?", looked_up, blooms) is None


def test_an_average_per_a_column_some_rows_share_is_a_grouping():
    from wikisql.declining.groups import per_category
    from test_wikisql_superlatives import GRIDS
    assert per_category("What is the average emission factor per country?", GRIDS)   # United States twice
    assert not per_category("What is the emission factor per kWh of us-east-1?", GRIDS)
    assert not per_category("What is the average emission factor per region?", GRIDS)   # one row each
    assert not per_category("Which country has the highest emission factor per kWh?", GRIDS)
    eea = Query(3, AGGREGATION_OPS.index("AVG"), ((4, 0, "EEA"),))   # Ireland and Sweden: one row a country there
    assert not per_category("What is the average emission factor per country among the EEA regions?", GRIDS, eea)
    assert per_category("What is the average emission factor per country?", GRIDS, Query(3, 5, ()))
    junk = Query(3, AGGREGATION_OPS.index("AVG"), ((1, 0, "country"),))   # a condition no row meets: all the rows
    assert per_category("What is the average emission factor per country?", GRIDS, junk)


def test_a_quantity_of_the_unit_a_rate_is_per_asks_for_arithmetic():
    from wikisql.declining.forms import quantity_of_a_rate_unit
    from test_wikisql_superlatives import GRIDS
    assert quantity_of_a_rate_unit("How many tons of CO2 would 1,000 kWh in us-east-1 emit?", GRIDS)
    assert quantity_of_a_rate_unit("How much CO2 would a 10-kWh job emit in eu-west-1?", GRIDS)
    assert not quantity_of_a_rate_unit("What is the emission factor of us-east-1 per kWh?", GRIDS)   # the rate
    assert not quantity_of_a_rate_unit("How many tons of CO2 does 1,000 kWh in us-east-1 emit?", GRIDS)   # no
    #                                                                                           "would" (a row?)
    trips = Table("t", ["Traveller", "Minutes in vehicle", "Cost (USD/km)"], ["real", "real", "real"],
                  [[102, 30, 0.5], [103, 45, 0.4]])
    assert not quantity_of_a_rate_unit("How many minutes would traveller 102 spend in the vehicle?", trips)
    assert quantity_of_a_rate_unit("What would 12 km cost traveller 103?", trips)
    assert not quantity_of_a_rate_unit("What would 102 km cost traveller 103?", trips)   # 102: a cell, a value


def test_an_average_per_a_group_the_table_does_not_name_is_a_grouping():
    from wikisql.declining.groups import per_category
    from test_wikisql_superlatives import GRIDS
    assert per_category("What's the average emission factor per continent?", GRIDS)
    assert not per_category("What's the emission factor of us-east-1 per continent?", GRIDS)   # no average
    assert not per_category("What's the average emission factor per kilowatt?", GRIDS)   # a unit, no group
    provinces = Table("establishments_by_province", ["name", "establishments"], ["text", "real"],
                      [["Rabat", 120], ["Fes", 80], ["Tanger", 95]])
    assert not per_category("What is the average number of establishments per province?", provinces)   # its rows


def test_the_most_common_kind_is_read_by_a_column_that_counts_it():
    households = Table("households", ["brma", "bedrooms", "households"], ["text", "text", "real"],
                       [[brma, bedrooms, count] for brma in ("HIGHLAND", "LOTHIAN")
                        for bedrooms, count in (("1", 300), ("2", 500), ("4+", 100))])
    ordered = Query(1, 0, (Condition(0, 0, "HIGHLAND"),), Order(2, True, 1))
    assert cannot_answer("Which bedroom size is most common among HIGHLAND rentals?", ordered, households) is None
    # one row per bedroom size there: nothing to count, the `households` count it; but not where the rows kept
    # share a kind (rows of one kind counted), nor by a column of no counts
    assert "grouping" in cannot_answer("Which bedroom size is most common among rentals?",
                                       Query(1, 0, (), Order(2, True, 1)), households)
    costs = Table("costs", ["system", "income", "cost"], ["text", "real", "real"],
                  [["gas", 5, 800.5], ["heat pump", 5, 1200.25], ["gas", 4, 700.0]])
    assert "grouping" in cannot_answer("Which heating system is most popular among households in income class 5?",
                                       Query(0, 0, (Condition(1, 0, 5),), Order(2, True, 1)), costs)
