import pytest

from wikisql.query import AGGREGATION_OPS, CONDITION_OPS, Condition, Query


def test_operator_tables_are_the_official_ones():
    assert AGGREGATION_OPS == ['', 'MAX', 'MIN', 'COUNT', 'SUM', 'AVG']
    assert CONDITION_OPS == ['=', '>', '<', 'OP']


def test_dict_round_trip():
    d = {'sel': 3, 'agg': 5, 'conds': [[1, 0, 'Butler CC (KS)'], [2, 1, 1998.0]]}
    query = Query.from_dict(d)
    assert query.conds == (Condition(1, 0, 'Butler CC (KS)'), Condition(2, 1, 1998.0))
    assert query.to_dict() == d
    assert Query.from_dict(query.to_dict()).to_dict() == d
    assert Query(0, 0, [(1, 0, 'x')]).conds == (Condition(1, 0, 'x'),)


@pytest.mark.parametrize('bad', [{'sel': 1, 'agg': 0}, {'sel': 1, 'agg': 0, 'conds': [[1, 0]]},
                                 {'sel': [1], 'agg': 0, 'conds': []}, {'sel': 1, 'agg': 0, 'conds': None}, [1, 0]])
def test_malformed_dicts_are_value_errors(bad):
    with pytest.raises(ValueError, match='not a WikiSQL query'):
        Query.from_dict(bad)


def test_equality_follows_the_official_rules():
    gold = Query(1, 0, [(2, 0, 'McLaren'), (3, 1, 1998)])
    assert gold == Query(1, 0, [(3, 1, '1998'), (2, 0, 'mclaren')])     # set of conditions, str().lower()
    assert not gold.equals(Query(1, 0, [(3, 1, '1998'), (2, 0, 'mclaren')]), ordered=True)
    assert gold.equals(Query(1, 0, [(2, 0, 'MCLAREN'), (3, 1, '1998')]), ordered=True)
    assert gold != Query(1, 0, [(2, 0, 'McLaren'), (3, 1, 1998.0)])      # '1998.0' is not '1998'
    assert gold != Query(1, 0, [(2, 0, 'McLaren'), (3, 2, 1998)])        # operator
    assert gold != Query(0, 0, [(2, 0, 'McLaren'), (3, 1, 1998)])        # select column
    assert gold != Query(1, 3, [(2, 0, 'McLaren'), (3, 1, 1998)])        # aggregation
    assert gold != Query(1, 0, [(2, 0, 'McLaren')])
    assert Query(1, 0, [(2, 0, 'a')]) == Query(1, 0, [(2, 0, 'a'), (2, 0, 'A')])   # a set, as the official
    assert Query(0, 0, [(1, 0, 'Zoë')]) == Query(0, 0, [(1, 0, 'ZOË')])
    assert (Query(0, 0) == 'SELECT col0 FROM table') is False


def test_hash_agrees_with_equality():
    a = Query(1, 0, [(2, 0, 'McLaren'), (3, 1, 1998)])
    b = Query(1, 0, [(3, 1, '1998'), (2, 0, 'mclaren')])
    assert hash(a) == hash(b) and len({a, b}) == 1


def test_readable_sql():
    query = Query(3, 3, [(1, 0, "O'Brien"), (2, 1, 1998)])
    assert str(query) == "SELECT COUNT(col3) FROM table WHERE col1 = 'O''Brien' AND col2 > 1998"
    header = ['Driver', 'Team', 'Year', 'Wins "total"']
    assert query.to_sql(header) == ('SELECT COUNT("Wins ""total""") FROM table '
                                    "WHERE \"Team\" = 'O''Brien' AND \"Year\" > 1998")
    assert Query(0, 0).to_sql(['Driver']) == 'SELECT "Driver" FROM table'
    assert Query(7, 9, [(5, 8, 'x')]).to_sql(['Driver']) == "SELECT ?9(col7) FROM table WHERE col5 ?8 'x'"


# ----------------------------------------------------------------------------- ordering (our extension)

def test_an_ordering_round_trips_and_counts_in_equality_and_sql():
    from wikisql.query import Order
    query = Query(0, 0, [[2, 0, 'Duke']], Order(4, True, 3))
    record = query.to_dict()
    assert record == {'sel': 0, 'agg': 0, 'conds': [[2, 0, 'Duke']], 'order': [4, 'desc', 3]}
    assert Query.from_dict(record) == query and hash(Query.from_dict(record)) == hash(query)
    assert 'order' not in Query(0, 0).to_dict()                 # WikiSQL's records stay as they were
    assert query != Query(0, 0, [[2, 0, 'Duke']])                 # a spurious or missing ordering is wrong
    assert query != Query(0, 0, [[2, 0, 'Duke']], Order(4, False, 3))
    assert query.to_sql(['Name', 'No', 'School', 'Pos', 'Height']) == \
        'SELECT "Name" FROM table WHERE "School" = \'Duke\' ORDER BY "Height" DESC LIMIT 3'
    for bad in ([4, 'up', 1], [4, 'desc', 0], [4, 'desc', 9], 'desc', [4, 'desc']):
        with pytest.raises(ValueError):
            Query.from_dict({'sel': 0, 'agg': 0, 'conds': [], 'order': bad})


def test_an_ordering_executes_numbers_as_numbers_and_nulls_last():
    from wikisql.database import Database, ExecutionError
    from wikisql.query import Order
    from wikisql.schema import Table
    table = Table('t', ['Name', 'Height', 'City'], ['text', 'real', 'text'],
                  [['a', 9, 'x'], ['b', None, 'x'], ['c', 10, 'y'], ['d', 10, 'x'], ['e', 1.5, 'x']])
    with Database.from_tables([table]) as database:
        def run(order, conds=()):
            query = Query(0, 0, conds, order)
            return database.execute('t', query), database.matching_rows('t', query, 10)

        assert run(Order(1, True, 1)) == (['c'], [2])                  # 10 > 9 as numbers; a tie keeps table order
        assert run(Order(1, False, 2)) == (['e', 'a'], [4, 0])          # NULL is not the smallest
        assert run(Order(1, True, 5)) == (['c', 'd', 'a', 'e', 'b'], [2, 3, 0, 4, 1])
        assert run(Order(1, True, 1), [(2, 0, 'X')]) == (['d'], [3])
        with pytest.raises(ExecutionError):
            database.execute('t', Query(1, 1, (), Order(1, True, 1)))  # MAX(...) ORDER BY: meaningless


def test_given_columns_are_those_of_equality_conditions():
    query = Query(0, 0, (Condition(1, 0, "Derby"), Condition(2, 1, 5), Condition(3, 0, "North")))
    assert query.given_columns() == {1, 3}
    assert Query(0, 3, ()).given_columns() == set()
