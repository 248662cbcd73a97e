"""`python -m wikisql.predict` and wikisql/tables.py on a tiny model built here.

The model's answers are random; what is checked is that the printed SQL, the result and the
selected rows are exactly what the predicted query gives, by evaluating the query on the
CSV independently (plain Python, below), and that bad input is refused with a clear message.
"""
import hashlib
import io
import json
import math
import re
import sqlite3
import sys

import pytest
import torch

from bert import finetune
from wikisql import engine, predict
from wikisql.schema import Table
from wikisql.database import Database
from wikisql.query import Condition, Query
from wikisql.tables import TableError, cell_number, read_sqlite_table, read_table

from support import FIXTURES, PLAYERS, build_tiny_checkpoint, check_answer, read_csv  # noqa: E402

@pytest.fixture(scope='module')
def checkpoint(tmp_path_factory):
    return build_tiny_checkpoint(tmp_path_factory.mktemp('model') / 'ckpt', num_conds=1, op=0, agg=0)


def run_cli(capsys, *argv):
    status = predict.main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# ----------------------------------------------------------------------------- tables

def test_csv_types_inferred_as_wikisql_types_them(tmp_path):
    table = read_table(PLAYERS)
    assert table.id == 'players'
    assert table.header == ['Player', 'No.', 'Nationality', 'Position', 'Height', 'School']
    assert table.types == ['text', 'real', 'text', 'text', 'real', 'text']
    assert table.rows[0] == ['Ada Quill', 21, 'Canada', 'Guard', 1.91, 'Duke']
    mixed = tmp_path / 'mixed.tsv'
    mixed.write_text('Name\tPoints\tCode\nA\t1,234\t7\nB\t\tx7\n')
    table = read_table(mixed)
    assert table.types == ['text', 'real', 'text']
    assert [row[1] for row in table.rows] == [1234, None]
    assert [row[2] for row in table.rows] == ['7', 'x7']
    squares = tmp_path / 'moves.csv'   # an exponent alone is no number (it crashed the superlative generator)
    squares.write_text('Move,Square,Value\n1,e4,1e4\n2,E5,.5\n')
    table = read_table(squares)
    assert table.types == ['real', 'text', 'real']
    assert [row[1:] for row in table.rows] == [['e4', 10000.0], ['E5', 0.5]]
    assert [cell_number(text) for text in ('e4', 'E5', '-e2', '1,000.5', '.5e1')] == [None, None, None, 1000.5, 5.0]


def test_missing_value_markers_leave_a_number_column_numeric(tmp_path):
    """R writes NA, pandas NaN, spreadsheets #N/A, published tables a dash: a column whose other cells are
    numbers is still a number column, those cells are missing (NULL: no MAX, SUM or ordering sees them), and
    the same words stay text where the column is text."""
    path = tmp_path / 'cities.csv'
    path.write_text('City,Population,Area,Region,Note\n'
                    'Oslo,700000,454 km,EU,-\n'
                    'Lima,NA,2672 km,SA,NA\n'
                    'Quito,#N/A,\u2014,NA,n/a\n'
                    'Perth,2100000,6418 km,OC,\n'
                    'Tunis,nan,-,AF,?\n')
    table = read_table(path)
    assert table.types == ['text', 'real', 'real', 'text', 'text']
    assert table.units == [None, None, '{} km', None, None]
    assert [row[1:3] for row in table.rows] == [[700000, 454], [None, 2672], [None, None], [2100000, 6418],
                                              [None, None]]
    assert [row[3] for row in table.rows] == ['EU', 'SA', 'NA', 'OC', 'AF']   # North America stays
    assert [row[4] for row in table.rows] == ['-', 'NA', 'n/a', '', '?']       # no number: text as written
    with Database.from_tables([table]) as database:
        assert database.execute(table.id, Query(1, 5, [])) == [1400000]   # AVG of the two populations
        assert database.execute(table.id, Query(1, 3, [])) == [2]         # COUNT of them
        assert database.execute(table.id, Query(0, 0, [Condition(1, 2, '1000000')])) == ['oslo']
    dos = tmp_path / 'affiliates.csv'   # an old DOS file ends with Ctrl-Z: not a character of the last cell
    dos.write_bytes(b'country,netinc\r\nCanada,0.2\r\nBahamas,-0.4\r\n\x1a')
    assert read_table(dos).types == ['text', 'real'] and read_table(dos).rows[-1] == ['Bahamas', -0.4]
    typeset = tmp_path / 'winter.csv'   # the minus sign of typeset tables (U+2212) is a minus
    typeset.write_text('City,Low,Record\nOslo,\u22125,\u221226 \u00b0C\nLima,14,9 \u00b0C\n', encoding='utf-8')
    table = read_table(typeset)
    assert table.types == ['text', 'real', 'real'] and table.units == [None, None, '{} \u00b0C']
    assert [row[1:] for row in table.rows] == [[-5, -26], [14, 9]]


def test_numbers_written_with_one_unit_are_numbers_and_keep_their_unit(tmp_path):
    path = tmp_path / 'towers.csv'
    path.write_text('Tower,Height,Cost,Share,Rank,Mixed,Title\n'
                    'Burj Khalifa,828 m,"$1,500",45%,1st,828 m,12 Monkeys\n'
                    'Shanghai Tower,632 m,$2400,3.5%,2nd,2 ft,Se7en\n'
                    'Lotte Tower,,$15,0.5%,3rd,1 m,Heat\n')
    table = read_table(path)
    assert table.types == ['text', 'real', 'real', 'real', 'text', 'text', 'text']
    assert table.units == [None, '{} m', '${}', '{}%', None, None, None]
    assert [row[1:4] for row in table.rows] == [[828, 1500, 45], [632, 2400, 3.5], [None, 15, 0.5]]
    assert table.written(1, 828) == '828 m' and table.written(3, 3.5) == '3.5%' and table.written(0, 'x') == 'x'
    # the cells the rules read: as text, stripped, without the empty one
    assert table.cells(1) == ['828', '632'] and table.cells(0, lower=True)[-1] == 'lotte tower'
    assert read_table(PLAYERS).units is None
    # comparisons and aggregates run on the numbers; answers are written in the unit (COUNT is not)
    with Database.from_tables([table]) as database:
        assert database.execute(table.id, Query(0, 0, [Condition(1, 1, '700 m')])) == ['burj khalifa']
        predictor = engine.Predictor.__new__(engine.Predictor)
        answers = {}
        for agg in (0, 1, 3, 4):
            answer = engine.Answer('q', table.id, Query(1, agg, [Condition(2, 2, '2000')] if agg == 0 else []))
            answers[agg] = predictor.execute(answer, table, database).answer
    assert answers == {0: ['828 m', None], 1: ['828 m'], 3: [2], 4: ['1460 m']}   # cost < 2000: two towers


@pytest.mark.parametrize('name, expected', [
    ('empty.csv', r'empty\.csv: empty file'),
    ('ragged.csv', r'ragged\.csv:3: 2 cells for 3 header columns'),
    ('duplicate_header.csv',
     r"duplicate_header\.csv:1 field header\[2\]: duplicate column name 'player' \(column 3, same as column 1\)"),
])
def test_bad_csv_is_refused_naming_file_line_and_field(name, expected):
    with pytest.raises(TableError, match=expected):
        read_table(FIXTURES / name)


def test_csv_as_spreadsheets_write_it_is_read(tmp_path):
    """A blank name (pandas writes its row index so) becomes `column N`; `;`, tab or `|` delimiters in
    a .csv are found from the header; UTF-16 with its byte-order mark is decoded."""
    table = read_table(FIXTURES / 'empty_header.csv')
    assert table.header == ['Player', 'column 2', 'School'] and table.rows == [['Ada Quill', 21, 'Duke']]
    (tmp_path / 'r.csv').write_text('"","mpg"\n"Mazda RX4",21\n')   # R's write.csv: row names, blank name
    (tmp_path / 'pandas.csv').write_text(',mpg\n0,21\n1,22\n')      # pandas' to_csv: the row index
    assert read_table(tmp_path / 'r.csv').header == ['rownames', 'mpg']
    assert read_table(tmp_path / 'pandas.csv').header == ['column 1', 'mpg']
    (tmp_path / 'index.csv').write_text(',column 1,B\n0,x,1\n')   # `column 1` is taken: the blank stays blank
    with pytest.raises(TableError, match=r'index\.csv:1 field header\[0\]: column 1 has an empty name'):
        read_table(tmp_path / 'index.csv')
    for delimiter in (';', '\t', '|'):
        text = delimiter.join(['Name', 'Score', 'Note']) + '\n' + delimiter.join(['ann', '3,5', 'a, b']) + '\n'
        (tmp_path / 'd.csv').write_text(text)
        table = read_table(tmp_path / 'd.csv')
        assert table.header == ['Name', 'Score', 'Note'] and table.rows == [['ann', '3,5', 'a, b']], delimiter
    (tmp_path / 'one.csv').write_text('Note\na;b\nc\n')   # one column: `;` splits the lines unevenly
    assert read_table(tmp_path / 'one.csv').rows == [['a;b'], ['c']]
    (tmp_path / 'u16.csv').write_bytes('Ville,Pop\nMontréal,3\n'.encode('utf-16'))
    assert read_table(tmp_path / 'u16.csv').rows == [['Montréal', 3]]
    (tmp_path / 'excel.csv').write_bytes('Ville,Prix\nMontréal,€3\nZürich,€4\n'.encode('cp1252'))  # Excel's "CSV"
    assert read_table(tmp_path / 'excel.csv').rows == [['Montréal', 3], ['Zürich', 4]]
    (tmp_path / 'latin1.json').write_bytes('{"header": ["Ville"], "rows": [["Montréal"]]}'.encode('latin-1'))
    with pytest.raises(TableError, match=r'latin1\.json:1: not UTF-8: byte 0xe9'):   # JSON is UTF-8 by definition
        read_table(tmp_path / 'latin1.json')
    (tmp_path / 'binary.csv').write_bytes(b'A,B\n\xe9,\x01\x02\n')   # control codes: no text table
    with pytest.raises(TableError, match=r'binary\.csv:2: not UTF-8: byte 0xe9'):
        read_table(tmp_path / 'binary.csv')
    (tmp_path / 'undefined.csv').write_bytes(b'A,B\nx\x81,1\n')   # 0x81 is no Windows-1252 character
    with pytest.raises(TableError, match=r'undefined\.csv:2: not UTF-8: byte 0x81'):
        read_table(tmp_path / 'undefined.csv')
    long_cell = 'word ' * 40_000   # 200,000 characters: over the csv module's default field limit
    (tmp_path / 'long.csv').write_text(f'Name,Note\nann,"{long_cell}"\n')
    assert read_table(tmp_path / 'long.csv').rows == [['ann', long_cell]]


def test_header_only_and_bad_json_are_refused(tmp_path):
    (tmp_path / 'head.csv').write_text('A,B\n')
    with pytest.raises(TableError, match=r'head\.csv:1: no rows below the header'):
        read_table(tmp_path / 'head.csv')
    (tmp_path / 't.json').write_text(json.dumps({'header': ['a', 'b'], 'rows': [['x', 1], ['y']]}))
    with pytest.raises(TableError, match=r"t\.json field rows\[1\]: 1 cells for 2 header columns"):
        read_table(tmp_path / 't.json')
    (tmp_path / 't.json').write_text(json.dumps({'header': ['a'], 'types': ['date'], 'rows': [['x']]}))
    with pytest.raises(TableError, match=r't\.json field types\[0\]: expected "text" or "real"'):
        read_table(tmp_path / 't.json')


def test_wikisql_json_keeps_declared_types_and_jsonl_is_picked_by_id(tmp_path):
    record = {'id': '1-22-3', 'header': ['Team', 'Wins'], 'types': ['text', 'real'],
              'rows': [['Iowa', '3'], ['Duke', 'dnq']]}
    (tmp_path / 'one.json').write_text(json.dumps(record))
    table = read_table(tmp_path / 'one.json')
    assert (table.id, table.types, table.rows) == ('1-22-3', ['text', 'real'], [['Iowa', '3'], ['Duke', 'dnq']])
    other = dict(record, id='other', types=None)
    del other['types']
    (tmp_path / 'many.tables.jsonl').write_text(json.dumps(record) + '\n' + json.dumps(other) + '\n')
    picked = read_table(tmp_path / 'many.tables.jsonl', 'other')
    assert picked.id == 'other' and picked.types == ['text', 'text']   # 'dnq' is not a number
    with pytest.raises(TableError, match='2 tables in the file; choose one with --table-id'):
        read_table(tmp_path / 'many.tables.jsonl')


def test_sqlite_table_is_read_without_changing_the_file(tmp_path):
    path = tmp_path / 'league.db'
    connection = sqlite3.connect(path)
    connection.execute('CREATE TABLE players ("Player" TEXT, "No." INTEGER, "School" TEXT)')
    connection.executemany('INSERT INTO players VALUES (?, ?, ?)', [('Ada', 21, 'Duke'), ('Ben', 2, 'Iowa')])
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    table = read_sqlite_table(path, 'players')
    assert table.header == ['Player', 'No.', 'School'] and table.types == ['text', 'real', 'text']
    assert table.rows == [['Ada', 21, 'Duke'], ['Ben', 2, 'Iowa']]
    with pytest.raises(TableError, match="no table named 'nope'"):
        read_sqlite_table(path, 'nope')
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# ----------------------------------------------------------------------------- command line

def test_question_prints_sql_with_column_names_answer_and_confidence(checkpoint, capsys):
    header, rows = read_csv(PLAYERS)
    questions = ['How many players are from Duke?', 'What is the height of Ada Quill?', 'Who is from Iowa?']
    # a random model's condition values are mostly no cells, which the rules decline (--no-decline-forms: answer)
    status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--json', '--no-decline-forms',
                               *questions)
    assert status == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert [answer['question'] for answer in answers] == questions
    for answer in answers:
        check_answer(answer, header, rows)
        assert 0.0 < answer['confidence'] <= 1.0
    status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--no-decline-forms',
                               questions[0])
    assert status == 0, err
    assert f'SQL:        {answers[0]["sql"]}\n' in out
    assert re.search(r'^Answer: ', out, re.M) and re.search(r'^Confidence: \d', out, re.M)


def test_execution_guided_decoding_finds_the_condition_that_returns_rows(checkpoint, capsys):
    header, rows = read_csv(PLAYERS)
    status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--json', '--eg', 'Duke?')
    assert status == 0, err
    answer = json.loads(out)
    check_answer(answer, header, rows)
    assert answer['query']['conds'] == [[5, 0, 'Duke']]   # the only condition with rows
    assert answer['rows'] == [0, 3, 5]


def test_interactive_answers_each_line_until_an_empty_one(checkpoint, capsys, monkeypatch):
    header, rows = read_csv(PLAYERS)
    monkeypatch.setattr(sys, 'stdin', io.StringIO('Who is from Iowa?\nWhat is the height of Ben Rook?\n\nignored\n'))
    status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--json', '--interactive',
                               '--no-decline-forms')
    assert status == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a['question'] for a in answers] == ['Who is from Iowa?', 'What is the height of Ben Rook?']
    for answer in answers:
        check_answer(answer, header, rows)


def test_batch_writes_official_predictions_and_refuses_bad_lines(checkpoint, capsys, tmp_path):
    questions = tmp_path / 'questions.jsonl'
    long_question = ' '.join(['player'] * 60)
    questions.write_text('\n'.join(json.dumps(record) for record in [
        {'question': 'Who is from Iowa?', 'table_id': 'players'},
        {'question': long_question},
        {'question': 'How many players are from Duke?'},
        {'table_id': 'players'},
    ]) + '\n')
    output = tmp_path / 'predictions.jsonl'
    status, _, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--input', questions,
                             '--output', output)
    assert status == 1
    assert 'questions.jsonl:2: question has 60 wordpieces' in err
    assert 'questions.jsonl:4: field "question": missing or not text' in err
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert len(records) == 4 and 'error' in records[1] and 'query' not in records[1]
    for index, question in [(0, 'Who is from Iowa?'), (2, 'How many players are from Duke?')]:
        assert {'query', 'error', 'sql', 'answer', 'confidence', 'abstained'} <= set(records[index])
        assert records[index]['error'] == ''
        _, out, _ = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--json', question)
        one = json.loads(out)
        for field in ('query', 'sql', 'answer', 'abstained'):
            assert records[index][field] == one[field], field
        # a batch pads questions to its longest one: other kernels, so the last bits of a probability may differ
        assert records[index]['confidence'] == pytest.approx(one['confidence'], rel=1e-4)
    # the official scorer's reading of the file: the "query" of each record, the rest ignored
    from wikisql.evaluate import prediction_query
    assert prediction_query(records[0]) == (Query.from_dict(records[0]['query']), None)


def test_sqlite_source_answers_like_the_same_csv(checkpoint, capsys, tmp_path):
    header, rows = read_csv(PLAYERS)
    path = tmp_path / 'league.db'
    connection = sqlite3.connect(path)
    connection.execute('CREATE TABLE roster (' + ', '.join(f'"{name}"' for name in header) + ')')
    connection.executemany('INSERT INTO roster VALUES (?, ?, ?, ?, ?, ?)', rows)
    connection.commit()
    connection.close()
    before = path.read_bytes()
    _, from_csv, _ = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--json', '--no-decline-forms',
                             'Who is from Iowa?')
    status, from_db, err = run_cli(capsys, '--checkpoint', checkpoint, '--db', path, '--table-id', 'roster', '--json',
                                   '--no-decline-forms',
                                   'Who is from Iowa?')
    assert status == 0, err
    answer = json.loads(from_db)
    check_answer(answer, header, rows)
    assert answer['query'] == json.loads(from_csv)['query'] and answer['table_id'] == 'roster'
    assert path.read_bytes() == before


def test_too_wide_table_and_too_long_question_are_clear_errors(checkpoint, capsys, tmp_path):
    wide = tmp_path / 'wide.csv'
    wide.write_text(','.join(f'c{i}' for i in range(1001)) + '\n' + ','.join('1' * 1001) + '\n')
    status, _, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', wide, 'how many?')
    assert status == 1
    assert "table 'wide' has 1001 columns; at most 1000 are accepted" in err
    status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, 'who ' * 51)
    assert status == 1 and out == ''
    assert 'question has 51 wordpieces; with the 6 columns of table \'players\' this model reads at most 50' in err
    for wordless in ('???', '\U0001F600 \U0001F600'):
        status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, wordless)
        assert status == 1 and out == '' and 'the question has no words' in err
    status, _, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', FIXTURES / 'ragged.csv', 'who?')
    assert status == 1 and 'ragged.csv:3: 2 cells for 3 header columns' in err


def wide_players(filler=40):
    """players.csv behind `filler` columns of row numbers: wider than the tiny model reads (30)."""
    header, rows = read_csv(PLAYERS)
    return ([f'filler {i}' for i in range(filler)] + header,
            [[str(r)] * filler + row for r, row in enumerate(rows)])


def test_wide_table_is_read_through_the_columns_the_question_points_to(checkpoint, capsys, tmp_path):
    header, rows = wide_players()
    path = tmp_path / 'wide.csv'
    path.write_text('\n'.join(','.join(cells) for cells in [header] + rows) + '\n')
    status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', path, '--json', '--eg',
                               'What is the height of the guard from Duke?')
    assert status == 0, err
    answer = json.loads(out)
    considered = answer['columns_considered']
    assert 2 <= len(considered) <= 30 and len(set(considered)) == len(considered)
    # named by the question (Height, Position via "guard"... only Height by name) or holding its cells
    assert {'Height', 'School', 'Position'} <= set(considered)
    assert considered == [name for name in header if name in considered]   # in the table's order
    check_answer(answer, header, rows)   # column numbers are the whole table's
    status, out, _ = run_cli(capsys, '--checkpoint', checkpoint, '--table', path, 'Who is from Duke?')
    assert status == 0 and 'Columns:    ' in out and 'too wide to read whole' in out
    # a narrow table is read whole
    status, out, _ = run_cli(capsys, '--checkpoint', checkpoint, '--table', PLAYERS, '--json', 'Who is from Duke?')
    assert json.loads(out)['columns_considered'] is None


def test_column_view_maps_queries_back_and_executes_over_the_whole_table(checkpoint):
    predictor = engine.Predictor.load(checkpoint)
    header, rows = wide_players()
    table = Table('wide', header, ['text'] * len(header), rows)
    question = 'how tall is the player from iowa?'
    view = predictor.column_view(question, predictor.encoder.tokenizer.tokenize_with_offsets(question), table,
                                 predictor.matcher(table))
    assert not view.complete and view.columns == sorted(view.columns)
    school, player = header.index('School'), header.index('Player')
    assert school in view.columns   # "iowa" is one of its cells
    sel, cond = view.columns.index(player), view.columns.index(school)
    query = Query(sel, 0, [Condition(cond, 0, 'Iowa')])
    assert view.table_query(query) == Query(player, 0, [Condition(school, 0, 'Iowa')])
    with Database.from_tables([table]) as database:
        expected = database.execute('wide', view.table_query(query))
        assert expected and view.database(database).execute('wide', query) == expected
    # the view's cell matches are the table's, renumbered
    tokens = predictor.encoder.tokenizer.tokenize_with_offsets('from iowa')
    whole = predictor.matcher(table).match('from iowa', tokens, len(header))
    assert whole[school] and view.match('from iowa', tokens, len(view.columns)) == [whole[c] for c in view.columns]
    players = read_table(PLAYERS)
    narrow = predictor.column_view('who?', predictor.encoder.tokenizer.tokenize_with_offsets('who?'), players,
                                   predictor.matcher(players))
    assert narrow.complete and narrow.table_query(query) is query


def test_model_caches_stay_bounded(checkpoint):
    predictor = engine.Predictor.load(checkpoint)
    table = read_table(PLAYERS)
    for i in range(engine.MATCHER_CACHE_SIZE + 10):
        predictor.matcher(Table(f't{i}', table.header, table.types, table.rows))
    assert len(predictor._matchers) == engine.MATCHER_CACHE_SIZE
    cache = engine.LRUCache(2)
    cache.put('a', 1), cache.put('b', 2), cache.get('a'), cache.put('c', 3)
    assert 'a' in cache and 'b' not in cache and 'c' in cache


def test_without_checkpoint_the_trained_default_is_named(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(engine, 'REPO_ROOT', tmp_path)
    status, _, err = run_cli(capsys, '--table', PLAYERS, 'who?')
    assert status == 1
    assert 'no model given and none at runs/wikisql/best' in err and 'python -m wikisql.train' in err
    build_tiny_checkpoint(tmp_path / 'runs' / 'wikisql' / 'best')
    status, out, err = run_cli(capsys, '--table', PLAYERS, '--json', 'who?')
    assert status == 0, err
    assert json.loads(out)['question'] == 'who?'


# ----------------------------------------------------------------------------- pieces

def test_confidence_is_the_probability_of_the_whole_query(checkpoint):
    from wikisql.decoding import ExampleScores, log_probability
    log = lambda values: torch.tensor(values).log()
    scores = ExampleScores(
        sel=log([0.3, 0.7]), agg=log([[0.5] + [0.1] * 5, [0.4, 0.1, 0.1, 0.2, 0.1, 0.1]]),
        num_conds=log([0.2, 0.6, 0.1, 0.05, 0.05]), where=log([0.1, 0.8]), not_where=log([0.9, 0.2]),
        op=log([[0.25] * 4, [0.7, 0.1, 0.1, 0.1]]), start=log([[0.5, 0.5], [0.3, 0.7]]),
        end=log([[0.5, 0.5], [0.2, 0.8]]))
    query = Query(1, 3, [Condition(1, 0, 'duke')])
    expected = 0.7 * 0.2 * 0.6 * 0.9 * 0.8 * 0.7 * (0.7 * 0.8)
    assert math.exp(log_probability(scores, query, [(1, 1)])) == pytest.approx(expected)
    no_conditions = Query(0, 0, [])
    assert math.exp(log_probability(scores, no_conditions, [])) == pytest.approx(0.3 * 0.5 * 0.2 * 0.9 * 0.2)
    # an answer's confidence is the decoder's probability of the query it reports
    predictor = engine.Predictor.load(checkpoint)
    table = read_table(PLAYERS)
    with Database.from_tables([table]) as database:
        answer = predictor.answer('How many players are from Duke?', table, database)
        prediction = predictor.predict(['How many players are from Duke?'], [table], database)[0]
    assert answer.query == prediction.query
    assert answer.confidence == pytest.approx(math.exp(prediction.log_probability)) and 0 < answer.confidence <= 1


def test_values_are_bound_and_the_database_is_read_only(checkpoint):
    predictor = engine.Predictor.load(checkpoint)
    table = read_table(PLAYERS)
    with Database.from_tables([table]) as database:
        answer = engine.Answer('q', table.id, Query(0, 0, [Condition(5, 0, "x' OR '1'='1")]))
        predictor.execute(answer, table, database)
        assert answer.error is None and answer.result == [] and answer.rows == []
        assert "OR" not in answer.executed_sql and answer.parameters == {'col5': "x' or '1'='1"}
        with pytest.raises(sqlite3.OperationalError, match='readonly|read-only|query_only'):
            database.connection.execute('DELETE FROM table_players')


def test_time_limit_stops_a_long_query(tmp_path):
    predictor = engine.Predictor.load(build_tiny_checkpoint(tmp_path / 'ckpt', num_conds=0, agg=0))
    table = Table('big', ['Name', 'Score'], ['text', 'real'], [[f'n{i}', float(i)] for i in range(50_000)])
    with Database.from_tables([table]) as database:
        answer = predictor.answer('List all the scores.', table, database, time_limit_s=0.0)
        assert answer.query.conds == () and answer.result == [] and answer.rows == []
        assert answer.error == 'stopped: the query ran past the time limit of 0 s'
        answer = predictor.answer('List all the scores.', table, database, time_limit_s=60.0)
        assert answer.error is None and len(answer.result) == 50_000
        assert answer.rows == list(range(engine.MAX_ROWS_REPORTED))


# ----------------------------------------------------------------------------- micro-batching

def test_micro_batcher_answers_together_as_alone_and_isolates_a_bad_question(checkpoint):
    predictor = engine.Predictor.load(checkpoint)
    table = read_table(PLAYERS)
    questions = ['Duke?', 'Who is from Iowa?', 'What is the height of Ada Quill?', 'How many guards are there?'] * 2
    databases = []

    def open_database():
        databases.append(Database.from_tables([table]))
        return databases[-1]

    batcher = engine.MicroBatcher(predictor, open_database, max_batch=16, max_wait_s=0.5)
    try:
        futures = [batcher.submit(question, table, eg=index % 2 == 1) for index, question in enumerate(questions)]
        together = [future.result(timeout=60) for future in futures]
        assert batcher.batch_sizes == {len(questions): 1}   # one forward pass for all of them
        with Database.from_tables([table]) as database:
            alone = [predictor.answer(question, table, database, eg=index % 2 == 1)
                     for index, question in enumerate(questions)]
        for one, other in zip(together, alone):
            assert one.query == other.query and one.answer == other.answer and one.rows == other.rows
            assert one.confidence == pytest.approx(other.confidence, rel=1e-4)
        # a question that cannot be answered fails alone; the others of its batch are answered
        futures = [batcher.submit(question, table) for question in ('Duke?', 'who ' * 60, 'Who is from Iowa?')]
        assert futures[0].result(timeout=60).query == together[0].query   # both greedy
        with pytest.raises(engine.InputError, match='question has 60 wordpieces'):
            futures[1].result(timeout=60)
        with Database.from_tables([table]) as database:
            assert futures[2].result(timeout=60).query == predictor.answer('Who is from Iowa?', table, database).query
    finally:
        batcher.close()


def test_reduced_precisions_load_and_answer(checkpoint):
    table = read_table(PLAYERS)
    full = engine.Predictor.load(checkpoint)
    with Database.from_tables([table]) as database:
        expected = full.answer('Who is from Iowa?', table, database)
        for precision in ('bfloat16', 'int8'):
            predictor = engine.Predictor.load(checkpoint, precision=precision)
            predictor.decline_forms = False   # answered and executed, whatever the random model's value
            answer = predictor.answer('Who is from Iowa?', table, database)
            assert answer.error is None and 0 < answer.confidence <= 1
            check_answer(answer.to_dict(), *read_csv(PLAYERS))
    assert engine.Predictor.load(checkpoint, precision='bfloat16').autocast_dtype == torch.bfloat16
    quantized = engine.Predictor.load(checkpoint, precision='int8').model
    assert not any(type(module) is torch.nn.Linear for module in quantized.modules())   # every Linear replaced
    assert expected.query is not None
    with pytest.raises(ValueError, match='precision .float16.: one of auto, float32, bfloat16, int8'):
        engine.Predictor.load(checkpoint, precision='float16')


def test_bfloat16_casts_the_linear_weights_once_and_computes_what_autocast_does(checkpoint):
    table = read_table(PLAYERS)
    questions = ['Who is from Iowa?', 'What is the height of Ada Quill?', 'How many guards are there?']
    cast_once = engine.Predictor.load(checkpoint, precision='bfloat16')
    linear = [module for module in cast_once.model.modules() if isinstance(module, torch.nn.Linear)]
    assert linear and all(module.weight.dtype == torch.bfloat16 for module in linear)
    assert all(module.weight.dtype == torch.float32 for module in cast_once.model.modules()
               if isinstance(module, (torch.nn.LayerNorm, torch.nn.Embedding)))
    every_pass = engine.Predictor.load(checkpoint, precision='float32')   # weights cast by autocast at each pass
    every_pass.autocast_dtype = torch.bfloat16
    for one, other in zip(cast_once.predict(questions, [table] * 3), every_pass.predict(questions, [table] * 3)):
        assert one.query == other.query and one.log_probability == other.log_probability


def test_auto_precision_is_bfloat16_only_where_the_cpu_runs_it_faster(checkpoint, monkeypatch):
    cpu = torch.device('cpu')
    assert finetune.cpu_bf16_speedup() > 0   # this machine's answer, whatever it is
    monkeypatch.setattr(torch.ops.mkldnn, '_is_mkldnn_bf16_supported', lambda: True, raising=False)
    monkeypatch.setattr(finetune, 'cpu_bf16_speedup', lambda: 0.6)   # AVX-512 BF16 without AMX: slower
    assert engine.resolve_precision('auto', cpu) == 'float32'
    assert engine.Predictor.load(checkpoint).precision == 'float32'
    assert engine.Predictor.load(checkpoint).autocast_dtype is None
    monkeypatch.setattr(finetune, 'cpu_bf16_speedup', lambda: 2.2)   # AMX, AMD Zen 4
    assert engine.resolve_precision('auto', cpu) == 'bfloat16'
    loaded = engine.Predictor.load(checkpoint)
    assert (loaded.precision, loaded.autocast_dtype) == ('bfloat16', torch.bfloat16)
    for given in ('float32', 'int8'):   # an explicit choice is kept
        assert engine.resolve_precision(given, cpu) == given
        assert engine.Predictor.load(checkpoint, precision=given).precision == given
    monkeypatch.setattr(torch.ops.mkldnn, '_is_mkldnn_bf16_supported', lambda: False, raising=False)
    assert engine.resolve_precision('auto', cpu) == 'float32'   # emulated bf16 is never timed


def test_the_model_declines_below_its_threshold_or_when_the_grammar_cannot_answer(checkpoint):
    predictor = engine.Predictor.load(checkpoint)
    assert predictor.abstain_below == engine.ABSTAIN_BELOW
    assert predictor.decline_reason(0.9, None) is None and predictor.decline_reason(0.9, 0.8) is None
    assert 'cannot answer' in predictor.decline_reason(0.9, 0.1)
    table = read_table(PLAYERS)
    predictor.decline_forms = False   # (the random model's query may be one the rules decline: not tested here)
    with Database.from_tables([table]) as database:
        answered = predictor.answer('How many players are from Duke?', table, database)
        predictor.abstain_below = answered.confidence + 1e-6
        declined = predictor.answer('How many players are from Duke?', table, database)
    assert not answered.abstained and answered.reason is None and (answered.executed_sql or answered.error)  # ran
    assert declined.abstained and 'guessing' in declined.reason
    assert declined.query == answered.query and (declined.executed_sql, declined.error, declined.answer) == ("", None, [])


def test_tables_as_people_write_them_get_an_answer(checkpoint, capsys, tmp_path):
    """Very long headers, formulas, HTML, mixed types, code-like headers: answered, executed read-only."""
    long_header = 'Total number of points scored over the whole season including play-offs ' * 4
    path = tmp_path / 'messy.csv'
    path.write_text('Player,home_goals,' + long_header.strip() + ',Notes,Mixed\n'
                    'Ada Quill,3,=SUM(A1:A3),<b>captain</b>,12\n'
                    'Ben Rook,5,"=HYPERLINK(""http://x"")",<i>new</i>,about 9\n'
                    "Cy Moss,1,'; DROP TABLE t; --,<script>alert(1)</script>,7\n")
    table = read_table(path)
    assert table.types == ['text', 'real', 'text', 'text', 'text']   # formulas and mixed cells stay text
    status, out, err = run_cli(capsys, '--checkpoint', checkpoint, '--table', path, '--json',
                               'What are the notes of Ben Rook?', 'How many home goals did Cy Moss score?')
    assert status == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == 2 and all(answer['sql'].startswith('SELECT') for answer in answers)
    assert all(':col' in answer['executed_sql'] or 'WHERE' not in answer['executed_sql'] for answer in answers)
    assert read_table(path).rows == table.rows   # nothing was written


def test_a_calibrated_floor_comes_with_the_checkpoint_and_a_flag_overrides_it(checkpoint, capsys, tmp_path):
    import shutil
    calibrated = tmp_path / 'calibrated'
    shutil.copytree(checkpoint, calibrated)
    config = json.loads((calibrated / 'config.json').read_text())
    config['abstain_below'] = 1.0   # above any confidence: every answer is declined
    (calibrated / 'config.json').write_text(json.dumps(config))
    assert engine.Predictor.load(calibrated).abstain_below == 1.0 and engine.Predictor.load(checkpoint).abstain_below == 0
    _, out, _ = run_cli(capsys, '--checkpoint', calibrated, '--table', PLAYERS, 'Who is from Iowa?')
    assert 'Answer:     (declined) the model is guessing' in out
    _, out, _ = run_cli(capsys, '--checkpoint', calibrated, '--table', PLAYERS, '--abstain-below', '0', '--json',
                        '--no-decline-forms', 'Who is from Iowa?')   # (the random model's value is no cell)
    assert json.loads(out)['abstained'] is False


def test_a_question_form_one_query_cannot_answer_is_declined_with_its_reason(checkpoint):
    predictor = engine.Predictor.load(checkpoint)
    table = read_table(PLAYERS)
    question = 'Is Duke bigger than Iowa?'
    with Database.from_tables([table]) as database:
        declined = predictor.answer(question, table, database)
        predictor.decline_forms = False
        answered = predictor.answer(question, table, database)
    assert declined.abstained and 'comparison between rows' in declined.reason
    assert declined.query == answered.query and declined.answer == [] and not declined.executed_sql
    assert not answered.abstained and answered.reason is None


def test_a_total_over_the_rows_a_condition_keeps_is_summed_by_the_engine(checkpoint, monkeypatch):
    """The engine counts the rows the conditions keep (ColumnView.numbers_matched) for sum_for_total."""
    from wikisql.decoding import Decoded
    predictor = engine.Predictor.load(checkpoint)
    table = read_table(PLAYERS)
    height, school = table.header.index('Height'), table.header.index('School')
    count = Query(height, 3, (Condition(school, 0, 'Duke'),))
    monkeypatch.setattr(engine, 'greedy_decode', lambda scores, item, *rest: Decoded(count, ((0, 0),), -1.0))
    duke = sum(row[school] == 'Duke' for row in table.rows)
    assert duke >= 2
    assert predictor.predict(['What is the total height of the Duke players?'], [table])[0].query.agg == 4
    assert predictor.predict(['How many heights are listed for Duke?'], [table])[0].query.agg == 3
