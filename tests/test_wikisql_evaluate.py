"""Scoring agrees with the official WikiSQL evaluator, example by example.

benchmarks/official_reference.py restates the official rules independently of wikisql/.
"""

import json
import lzma
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wikisql.data import load_examples, load_tables, open_database
from wikisql.schema import Example, WikiSQLFormatError
from wikisql.database import Database, ExecutionError, build_database
from wikisql.evaluate import judge, main, score
from wikisql.query import COMPONENTS, Query

pytest.importorskip('records', reason='the official evaluator\'s stack (pip install -e ".[test]")')
from benchmarks.official_reference import OfficialReference  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / 'tests' / 'fixtures' / 'wikisql'
SHARED_WIKISQL = Path(__file__).resolve().parents[2] / 'shared' / 'data' / 'wikisql'


@pytest.fixture(scope='module')
def fixture_tables():
    return load_tables(FIXTURES / 'tables.jsonl')


@pytest.fixture(scope='module')
def reference(fixture_tables, tmp_path_factory):
    path = tmp_path_factory.mktemp('reference') / 'reference.db'
    OfficialReference.build(fixture_tables, path)
    return OfficialReference(path)


def agreement_cases():
    with open(FIXTURES / 'agreement.jsonl', encoding='utf-8') as f:
        return [json.loads(line) for line in f]


def as_example(case, line=1):
    return Example('', case['table_id'], Query.from_dict(case['gold']), line=line)


def test_build_database_matches_official_storage(fixture_tables, reference, tmp_path):
    ours = tmp_path / 'ours.db'
    build_database(fixture_tables, ours)
    official = sqlite3.connect(reference.connection._conn.engine.url.database)
    mine = sqlite3.connect(ours)
    schema = 'SELECT name, sql FROM sqlite_master ORDER BY name'
    assert mine.execute(schema).fetchall() == official.execute(schema).fetchall()
    for table in fixture_tables.values():
        name = 'table_' + table.id.replace('-', '_')
        typed = ', '.join(f'col{i}, typeof(col{i})' for i in range(len(table.header)))
        query = f'SELECT {typed} FROM {name} ORDER BY rowid'
        assert mine.execute(query).fetchall() == official.execute(query).fetchall()


@pytest.mark.parametrize('case', agreement_cases(), ids=lambda case: case['name'])
def test_verdicts_agree_with_official_rules(case, fixture_tables, reference):
    database = Database.from_tables(fixture_tables)
    for ordered in (False, True):
        expected_lf = case.get('lf_ordered', case['lf']) if ordered else case['lf']
        official_lf, official_ex = reference.verdict(case['table_id'], case['gold'], case['prediction'], ordered)
        verdict = judge(as_example(case), case['prediction'], database, ordered=ordered)
        assert (verdict.lf, verdict.ex) == (expected_lf, case['ex'])
        # where the official script crashes we score the prediction as wrong
        assert official_lf in (expected_lf, None) and official_ex == case['ex']


def test_gold_query_that_fails_is_reported_with_its_line(fixture_tables):
    database = Database.from_tables(fixture_tables)
    gold = [Example('', '1-1001-1', Query(0, 0, [(2, 0, 'n/a')]), line=7),   # no number for a real column
            Example('', '1-1001-1', Query(0, 0, []), line=8)]
    result = score(gold, [{'query': {'sel': 0, 'agg': 0, 'conds': []}}] * 2, database)
    assert result['ex_accuracy'] == 0.5
    assert [error['line'] for error in result['gold_execution_errors']] == [7]


def test_score_components_and_condition_counts(fixture_tables):
    database = Database.from_tables(fixture_tables)
    gold = [Example('', '1-1001-1', Query(0, 0, [(1, 0, 'McLaren')]), line=1),
            Example('', '1-1001-1', Query(0, 3, []), line=2)]
    predictions = [Query(1, 0, [(1, 0, 'mclaren')]), {'error': 'no idea'}]
    result = score(gold, predictions, database)
    assert result['ex_accuracy'] == 0.0 and result['lf_accuracy'] == 0.0
    assert result['components'] == {'select_column': 0.0, 'aggregation': 0.5, 'condition_count': 0.5,
                                    'condition_columns': 0.5, 'condition_operators': 0.5, 'condition_values': 0.5}
    assert set(result['components']) == set(COMPONENTS)
    assert result['by_condition_count'] == {'0': {'examples': 1, 'ex_accuracy': 0.0, 'lf_accuracy': 0.0},
                                            '1': {'examples': 1, 'ex_accuracy': 0.0, 'lf_accuracy': 0.0}}
    assert result['invalid_predictions'] == 1
    assert score(gold, [g.query for g in gold], None)['ex_accuracy'] is None
    with pytest.raises(ValueError, match='2 gold examples but 1 predictions'):
        score(gold, predictions[:1], database)


def test_database_is_read_only(fixture_tables, tmp_path):
    path = tmp_path / 'fixture.db'
    build_database(fixture_tables, path)
    for database in (Database(path), open_database(FIXTURES / 'tables.jsonl')):
        with pytest.raises(sqlite3.OperationalError):
            database.connection.execute('DELETE FROM table_1_1001_1')
        assert database.execute('1-1001-1', Query(0, 3, [])) == [5]
        with pytest.raises(ExecutionError, match='no table'):
            database.execute('9-9-9', Query(0, 0, []))


def write_jsonl(path, lines):
    path.write_text(''.join(json.dumps(line) + '\n' for line in lines), encoding='utf-8')


def test_command_line(tmp_path, capsys):
    cases = agreement_cases()
    gold = tmp_path / 'gold.jsonl'
    predictions = tmp_path / 'pred.jsonl'
    write_jsonl(gold, [{'question': case['name'], 'table_id': case['table_id'], 'sql': case['gold']} for case in cases])
    write_jsonl(predictions, [case['prediction'] for case in cases])
    db = tmp_path / 'fixture.db'
    build_database(load_tables(FIXTURES / 'tables.jsonl'), db)
    out = tmp_path / 'scores.json'

    assert main(['--execution-accuracy', str(gold), str(db), str(predictions), '--out', str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(out.read_text())
    assert list(printed)[:2] == ['ex_accuracy', 'lf_accuracy']
    assert printed['ex_accuracy'] == sum(case['ex'] for case in cases) / len(cases)
    assert printed['lf_accuracy'] == sum(case['lf'] for case in cases) / len(cases)

    assert main([str(gold), str(FIXTURES / 'tables.jsonl'), str(predictions), '--ordered']) == 0
    ordered = json.loads(capsys.readouterr().out)
    assert ordered['ex_accuracy'] == printed['ex_accuracy']
    assert ordered['lf_accuracy'] == sum(case.get('lf_ordered', case['lf']) for case in cases) / len(cases)

    assert main([str(gold), str(predictions)]) == 0          # no DB: logical forms only
    assert json.loads(capsys.readouterr().out)['ex_accuracy'] is None

    write_jsonl(predictions, [case['prediction'] for case in cases[:-1]])
    assert main([str(gold), str(db), str(predictions)]) == 1
    assert 'lines' in capsys.readouterr().err

    with open(predictions, 'a') as f:
        f.write('{"query": \n')
    assert main([str(gold), str(db), str(predictions)]) == 1
    assert f'{predictions}:{len(cases)}' in capsys.readouterr().err
    assert main([str(gold), str(db), str(predictions), '--skip-invalid']) == 0
    assert json.loads(capsys.readouterr().out)['invalid_predictions'] >= 1

    with pytest.raises(SystemExit):
        main([str(gold), str(db), str(predictions), '--checkpoint', 'model/'])
    assert '--checkpoint takes --data-dir' in capsys.readouterr().err


def test_module_runs_as_script(tmp_path):
    gold = tmp_path / 'gold.jsonl'
    write_jsonl(gold, [{'question': 'q', 'table_id': '1-3003-3', 'sql': {'sel': 0, 'agg': 3, 'conds': []}}])
    write_jsonl(tmp_path / 'pred.jsonl', [{'query': {'sel': 0, 'agg': 3, 'conds': []}, 'error': ''}])
    run = subprocess.run([sys.executable, '-m', 'wikisql.evaluate', '--execution-accuracy', str(gold),
                          str(FIXTURES / 'tables.jsonl'), str(tmp_path / 'pred.jsonl')],
                         cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)['ex_accuracy'] == 1.0


# ----------------------------------------------------------------------------- unusable input files

def one_gold_example(tmp_path):
    """gold.jsonl and pred.jsonl with one (right) example on the fixture tables."""
    gold, predictions = tmp_path / 'gold.jsonl', tmp_path / 'pred.jsonl'
    write_jsonl(gold, [{'question': 'q', 'table_id': '1-3003-3', 'sql': {'sel': 0, 'agg': 3, 'conds': []}}])
    write_jsonl(predictions, [{'query': {'sel': 0, 'agg': 3, 'conds': []}, 'error': ''}])
    return gold, predictions


def assert_one_error_line(capsys, path, *words):
    """The CLI printed no scores and no traceback, and one error line that starts with the file
    (as "error: FILE[:LINE]: ..." does) and has the words."""
    captured = capsys.readouterr()
    assert captured.out == ''
    assert 'Traceback' not in captured.err
    errors = [line for line in captured.err.splitlines() if line.startswith('error:')]
    assert len(errors) == 1, captured.err
    assert errors[0].startswith(f'error: {path}'), errors[0]
    for word in words:
        assert word in errors[0]
    return errors[0]


def valid_database(tmp_path):
    path = tmp_path / 'valid.db'
    build_database(load_tables(FIXTURES / 'tables.jsonl'), path)
    return path


NOT_SQLITE = {
    'text': lambda path, tmp_path: path.write_text('question,answer\nnot a database\n'),
    'random_bytes': lambda path, tmp_path: path.write_bytes(random.Random(0).randbytes(4096)),
    'truncated_sqlite': lambda path, tmp_path: path.write_bytes(valid_database(tmp_path).read_bytes()[:200]),
}


@pytest.mark.parametrize('kind', NOT_SQLITE)
def test_database_that_is_not_sqlite_is_an_error_naming_the_file(kind, tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    db = tmp_path / 'x.db'
    NOT_SQLITE[kind](db, tmp_path)
    content = db.read_bytes()
    with pytest.raises(WikiSQLFormatError, match='cannot read as an SQLite database') as raised:
        Database(db)
    assert raised.value.path == db
    assert main(['--execution-accuracy', str(gold), str(db), str(predictions)]) == 1
    assert_one_error_line(capsys, db, 'SQLite')
    assert db.read_bytes() == content   # opened read-only


def test_database_without_tables_is_an_error_naming_the_file(tmp_path, capsys):
    """A 0-byte file (SQLite reads it as a database with no tables) and an SQLite file with no
    tables: no gold query could execute, so they are errors, not an ex_accuracy of 0."""
    gold, predictions = one_gold_example(tmp_path)
    empty, no_tables = tmp_path / 'empty.db', tmp_path / 'no_tables.db'
    empty.write_bytes(b'')
    connection = sqlite3.connect(no_tables)
    connection.execute('PRAGMA user_version = 1')   # writes the header, creates no table
    connection.close()
    for db, words in ((empty, ('empty file',)), (no_tables, ('no tables',))):
        with pytest.raises(WikiSQLFormatError):
            Database(db)
        assert main(['--execution-accuracy', str(gold), str(db), str(predictions)]) == 1
        assert_one_error_line(capsys, db, *words)
    assert empty.read_bytes() == b''


@pytest.mark.parametrize('kind', ['missing', 'directory'])
def test_database_path_that_is_no_file_is_an_error_and_creates_nothing(kind, tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    db = tmp_path / 'x.db'
    if kind == 'directory':
        db.mkdir()
    with pytest.raises(FileNotFoundError):
        Database(db)
    assert main(['--execution-accuracy', str(gold), str(db), str(predictions)]) == 1
    assert_one_error_line(capsys, db, 'directory' if kind == 'directory' else 'no such file')
    assert db.is_dir() if kind == 'directory' else not db.exists()


TABLES_FILES = {   # content of x.tables.jsonl[.xz] -> what the error line says
    'malformed': (b'{"id": \n', ':1: malformed JSON'),
    'no_columns': (b'{"id": "a", "header": [], "types": [], "rows": []}\n', ":1 field 'header'"),
    'empty': (b'', 'no tables: empty file'),
    'corrupt_xz': (b'not xz data', 'cannot read'),
    'truncated_xz': (lzma.compress((FIXTURES / 'tables.jsonl').read_bytes())[:100], 'cannot read'),
}


@pytest.mark.parametrize('kind', TABLES_FILES)
def test_unusable_tables_file_as_database_is_an_error_naming_the_file(kind, tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    content, words = TABLES_FILES[kind]
    db = tmp_path / ('x.tables.jsonl.xz' if kind.endswith('_xz') else 'x.tables.jsonl')
    db.write_bytes(content)
    assert main(['--execution-accuracy', str(gold), str(db), str(predictions)]) == 1
    assert_one_error_line(capsys, db, words)


def test_tables_file_with_every_line_invalid_is_an_error_with_skip_invalid(tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    db = tmp_path / 'x.tables.jsonl'
    db.write_text('{"id": \n[]\n')
    assert main(['--skip-invalid', str(gold), str(db), str(predictions)]) == 1
    assert_one_error_line(capsys, db, 'no tables', '2 line(s) invalid')


def test_empty_gold_file_is_an_error_not_a_score(tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    empty_gold, empty_predictions = tmp_path / 'empty_gold.jsonl', tmp_path / 'empty_pred.jsonl'
    empty_gold.write_bytes(b'')
    empty_predictions.write_bytes(b'')
    db = valid_database(tmp_path)
    for argv in (['--execution-accuracy', str(empty_gold), str(db), str(empty_predictions)],
                 [str(empty_gold), str(FIXTURES / 'tables.jsonl'), str(empty_predictions)],
                 [str(empty_gold), str(empty_predictions)],
                 [str(empty_gold), str(predictions)]):
        assert main(argv) == 1
        assert_one_error_line(capsys, empty_gold, 'no examples', 'empty file')


def test_gold_file_with_every_line_invalid_is_an_error_with_skip_invalid(tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    gold.write_text('{"question": \n')
    assert main(['--skip-invalid', str(gold), str(FIXTURES / 'tables.jsonl'), str(predictions)]) == 1
    assert_one_error_line(capsys, gold, 'no examples', '1 line(s) invalid')


def test_empty_prediction_file_is_the_short_file_error(tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    predictions.write_bytes(b'')
    assert main(['--execution-accuracy', str(gold), str(valid_database(tmp_path)), str(predictions)]) == 1
    line = assert_one_error_line(capsys, gold, f'{predictions} has 0', 'one prediction line per gold line')
    assert 'has 1 lines' in line


def test_corrupt_compressed_gold_or_prediction_file_is_an_error_naming_it(tmp_path, capsys):
    gold, predictions = one_gold_example(tmp_path)
    bad = tmp_path / 'bad.jsonl.xz'
    bad.write_bytes(b'not xz data')
    assert main([str(bad), str(FIXTURES / 'tables.jsonl'), str(predictions)]) == 1
    assert_one_error_line(capsys, bad, 'cannot read')
    assert main([str(gold), str(FIXTURES / 'tables.jsonl'), str(bad)]) == 1
    assert_one_error_line(capsys, bad, 'cannot read')


@pytest.mark.parametrize('empty', ['dev.jsonl', 'dev.tables.jsonl'])
def test_checkpoint_mode_with_an_empty_split_file_is_an_error_naming_it(empty, tmp_path, capsys):
    """Reported before any model is loaded (the checkpoint here does not exist)."""
    sample = REPO / 'data' / 'wikisql-sample'
    data_dir = tmp_path / 'data'
    data_dir.mkdir()
    for name in ('dev.jsonl', 'dev.tables.jsonl'):
        (data_dir / name).write_bytes(b'' if name == empty else (sample / name).read_bytes())
    assert main(['--execution-accuracy', '--checkpoint', str(tmp_path / 'no-model'), '--data-dir', str(data_dir),
                 '--split', 'dev']) == 1
    assert_one_error_line(capsys, data_dir / empty, 'no examples' if empty == 'dev.jsonl' else 'no tables',
                          'empty file')
    assert not (tmp_path / 'no-model').exists()


def test_module_reports_a_non_sqlite_database_without_traceback(tmp_path):
    gold, predictions = one_gold_example(tmp_path)
    db = tmp_path / 'x.db'
    db.write_text('not a database\n')
    run = subprocess.run([sys.executable, '-m', 'wikisql.evaluate', '--execution-accuracy', str(gold), str(db),
                          str(predictions)], cwd=REPO, capture_output=True, text=True, timeout=60,
                         env={**os.environ, 'PYTHONWARNINGS': 'ignore'})
    assert run.returncode == 1
    assert run.stdout == ''
    expected = f'error: {db}: cannot read as an SQLite database: file is not a database'
    assert run.stderr.strip().splitlines() == [expected]


# ----------------------------------------------------------------------------- real dev data

def perturb(sql, kind, header_size, rng):
    """A plausible wrong (or rightly reformatted) prediction of a gold query."""
    sel, agg, conds = sql['sel'], sql['agg'], [list(c) for c in sql['conds']]
    if kind == 'sel':
        sel = (sel + 1) % header_size
    elif kind == 'agg':
        agg = (agg + rng.randint(1, 5)) % 6
    elif kind == 'operator' and conds:
        conds[0][1] = (conds[0][1] + 1) % 3
    elif kind == 'value_case' and conds:
        conds[-1][2] = str(conds[-1][2]).upper()
    elif kind == 'reorder':
        conds.reverse()
    elif kind == 'number_format':
        for cond in conds:
            value = cond[2]
            if isinstance(value, (int, float)):
                cond[2] = rng.choice([str(value), float(value), f'{value:,}'])
            elif re.fullmatch(r'-?\d+', value.replace(',', '')):
                cond[2] = rng.choice([int(value.replace(',', '')), value + '.0', f'{int(value.replace(",", "")):,}'])
    elif kind == 'drop_condition' and conds:
        conds.pop(rng.randrange(len(conds)))
    elif kind == 'column' and conds:
        conds[0][0] = (conds[0][0] + 1) % header_size
    elif kind == 'same_column' and conds:
        conds.append([conds[0][0], rng.randint(0, 2), conds[0][2]])
    elif kind == 'value_text' and conds:
        conds[0][2] = f'{conds[0][2]} total'
    elif kind == 'error':
        return {'error': 'model failed'}
    return {'query': {'sel': sel, 'agg': agg, 'conds': conds}, 'error': ''}


KINDS = ['same', 'sel', 'agg', 'operator', 'value_case', 'reorder', 'number_format', 'drop_condition',
         'column', 'same_column', 'value_text', 'error']


@pytest.mark.skipif(not (SHARED_WIKISQL / 'dev.tables.jsonl.xz').is_file(), reason='shared WikiSQL dev data absent')
def test_real_dev_questions_with_perturbed_predictions(tmp_path):
    tables = load_tables(SHARED_WIKISQL / 'dev.tables.jsonl.xz')
    gold = load_examples(SHARED_WIKISQL / 'dev.jsonl.xz', tables)
    db_path = tmp_path / 'dev.db'
    build_database(tables, db_path)
    database = Database(db_path)
    for example in gold:   # every gold query executes
        database.execute(example.table_id, example.query)

    reference = OfficialReference(db_path)
    rng = random.Random(0)
    disagreements = []
    sample = gold[::3]
    for i, example in enumerate(sample):
        sql = example.query.to_dict()
        prediction = perturb(sql, KINDS[i % len(KINDS)], len(tables[example.table_id].header), rng)
        ordered = i % 5 == 0
        verdict = judge(example, prediction, database, ordered)
        expected = reference.verdict(example.table_id, sql, prediction, ordered)
        if (verdict.lf, verdict.ex) != expected:
            disagreements.append((example.line, prediction, (verdict.lf, verdict.ex), expected))
    assert len(sample) > 2500
    assert disagreements == []


def test_checkpoint_mode_predicts_writes_official_lines_and_scores_them(tmp_path, capsys):
    """--checkpoint: predict the split with a (tiny, untrained) model, write the predictions in the
    official format, and score them; rescoring the written file gives the same figures."""
    import torch
    from bert.checkpoints import CheckpointError
    from bert.config import BertConfig
    from bert.tokenization import BertTokenizer
    from wikisql.checkpoint import save_checkpoint
    from wikisql.model import HeadConfig, WikiSQLModel
    try:
        tokenizer = BertTokenizer.from_pretrained('minilm-l6')
    except CheckpointError as error:
        pytest.skip(str(error))
    sample = Path(__file__).resolve().parents[1] / 'data' / 'wikisql-sample'
    torch.manual_seed(0)
    config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=64)
    checkpoint = save_checkpoint(WikiSQLModel(config, HeadConfig()), tokenizer, tmp_path / 'model')
    assert main(['--execution-accuracy', '--checkpoint', str(checkpoint), '--data-dir', str(sample),
                 '--split', 'dev', '--eg', '--out', str(tmp_path / 'scores.json')]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads((tmp_path / 'scores.json').read_text())
    written = Path(printed['predictions'])
    gold_lines = (sample / 'dev.jsonl').read_text().splitlines()
    predictions = [json.loads(line) for line in written.read_text().splitlines()]
    assert len(predictions) == len(gold_lines) == printed['examples']
    assert all(set(p) <= {'query', 'error'} for p in predictions)
    assert main(['--execution-accuracy', str(sample / 'dev.jsonl'), str(sample / 'dev.tables.jsonl'), str(written)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again['lf_accuracy'], again['ex_accuracy']) == (printed['lf_accuracy'], printed['ex_accuracy'])
    # without --data-dir: the data the model was trained on, as its folder records it
    assert main(['--checkpoint', str(checkpoint), '--split', 'dev']) == 1
    assert 'does not record the data it was trained on; give --data-dir' in capsys.readouterr().err
    recorded = save_checkpoint(WikiSQLModel(config, HeadConfig()), tokenizer, tmp_path / 'recorded', data_dir=sample)
    assert main(['--execution-accuracy', '--checkpoint', str(recorded), '--split', 'dev']) == 0
    assert json.loads(capsys.readouterr().out)['data_dir'] == str(sample)
