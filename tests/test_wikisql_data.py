import bz2
import gzip
import hashlib
import io
import logging
import lzma
import sqlite3
import tarfile
from pathlib import Path

import pytest

from wikisql.data import DownloadError, download, find_split_files, load_examples, load_tables, main, open_text
from wikisql.database import Database
from wikisql.evaluate import score
from wikisql.query import Query
from wikisql.schema import Example, Table, WikiSQLFormatError

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / 'tests' / 'fixtures' / 'wikisql'
SAMPLE = REPO / 'data' / 'wikisql-sample'

GOOD_TABLE = FIXTURES.joinpath('tables.jsonl').read_text(encoding='utf-8').splitlines()[2]   # 1-3003-3
GOOD_EXAMPLE = '{"table_id": "1-3003-3", "question": "q", "sql": {"sel": 1, "agg": 0, "conds": [[0, 0, "x"]]}}'


def test_load_fixture_files():
    tables = load_tables(FIXTURES / 'tables.jsonl')
    assert list(tables) == ['1-1001-1', '2-2002-2', '1-3003-3']
    drivers = tables['1-1001-1']
    assert isinstance(drivers, Table)
    assert drivers.header[0] == 'Driver' and drivers.types[2] == 'real' and drivers.rows[1][0] == 'Björn Müller'
    assert drivers.page_title == 'Invented drivers' and tables['2-2002-2'].caption is None
    examples = load_examples(FIXTURES / 'examples.jsonl', tables)
    assert examples[0] == Example('Which driver drove for McLaren?', '1-1001-1', Query(0, 0, [(1, 0, 'McLaren')]),
                                  phase=1, line=1, source=str(FIXTURES / 'examples.jsonl'))
    assert examples[1].query.conds[0].value == 1998 and examples[2].phase is None and examples[2].line == 3


@pytest.mark.parametrize('suffix, opener', [('.xz', lzma.open), ('.bz2', bz2.open), ('.gz', gzip.open)])
def test_compressed_files_read_the_same(tmp_path, suffix, opener):
    path = tmp_path / f'dev.tables.jsonl{suffix}'
    with opener(path, 'wb') as f:
        f.write(FIXTURES.joinpath('tables.jsonl').read_bytes())
    assert load_tables(path) == load_tables(FIXTURES / 'tables.jsonl')
    assert list(open_text(path)) == list(open_text(FIXTURES / 'tables.jsonl'))


def write_lines(path, lines):
    path.write_bytes(b''.join((line if isinstance(line, bytes) else line.encode()) + b'\n' for line in lines))
    return path


def tables_file(tmp_path):
    return write_lines(tmp_path / 'ok.tables.jsonl', [GOOD_TABLE])


EXAMPLE_ERRORS = [
    ('{"table_id": "1-3003-3", "question": ', None, 'malformed JSON'),
    ('["a list"]', None, 'expected a JSON object'),
    ('', None, 'empty line'),
    ('{"table_id": "1-3003-3", "sql": {"sel": 0, "agg": 0, "conds": []}}', 'question', 'missing'),
    ('{"table_id": "1-3003-3", "question": "q"}', 'sql', 'missing'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"agg": 0, "conds": []}}', 'sql.sel', 'missing'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"sel": 2, "agg": 0, "conds": []}}', 'sql.sel', 'outside 0..1'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"sel": true, "agg": 0, "conds": []}}', 'sql.sel', 'expected int'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"sel": 0, "agg": 6, "conds": []}}', 'sql.agg', 'outside 0..5'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"sel": 0, "agg": 0, "conds": [[5, 0, "x"]]}}',
     'sql.conds[0][0]', 'column index 5'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"sel": 0, "agg": 0, "conds": [[0, 4, "x"]]}}',
     'sql.conds[0][1]', 'operator index'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"sel": 0, "agg": 0, "conds": [[0, 0]]}}',
     'sql.conds[0]', 'expected [column, operator, value]'),
    ('{"table_id": "1-3003-3", "question": "q", "sql": {"sel": 0, "agg": 0, "conds": [[0, 0, null]]}}',
     'sql.conds[0][2]', 'expected str or int or float'),
    ('{"table_id": "9-9-9", "question": "q", "sql": {"sel": 0, "agg": 0, "conds": []}}', 'table_id', 'unknown table id'),
    (b'{"table_id": "1-3003-3", "question": "caf\xe9", "sql": {"sel": 0, "agg": 0, "conds": []}}', None, 'not UTF-8'),
]


@pytest.mark.parametrize('bad, field, message', EXAMPLE_ERRORS, ids=[e[2] + ' ' + str(e[1]) for e in EXAMPLE_ERRORS])
def test_bad_example_lines_name_file_line_and_field(tmp_path, bad, field, message):
    tables = load_tables(tables_file(tmp_path))
    path = write_lines(tmp_path / 'dev.jsonl', [GOOD_EXAMPLE, bad, GOOD_EXAMPLE])
    with pytest.raises(WikiSQLFormatError) as caught:
        load_examples(path, tables)
    error = caught.value
    assert (error.path, error.line, error.field) == (path, 2, field)
    assert message in str(error) and f'{path}:2' in str(error)

    skipped = []
    examples = load_examples(path, tables, skip_invalid=True, skipped=skipped)
    assert [example.line for example in examples] == [1, 3]
    assert [e.line for e in skipped] == [2]


def test_column_indexes_are_checked_only_against_known_tables(tmp_path):
    path = write_lines(tmp_path / 'dev.jsonl', ['{"table_id": "x", "question": "q", "sql": {"sel": 40, "agg": 0, "conds": []}}'])
    assert load_examples(path)[0].query.sel == 40
    with pytest.raises(WikiSQLFormatError, match='unknown table id'):
        load_examples(path, tables={})


TABLE_ERRORS = [
    ('{"id": "a", "header": ["A"], "types": ["text", "real"], "rows": []}', 'types', '2 types for 1 header'),
    ('{"id": "a", "header": ["A"], "types": ["number"], "rows": []}', 'types[0]', 'expected "text" or "real"'),
    ('{"id": "a", "header": ["A", "B"], "types": ["text", "real"], "rows": [["x"]]}', 'rows[0]', '1 cells for 2'),
    ('{"id": "a", "header": ["A"], "types": ["text"], "rows": [[["x"]]]}', 'rows[0][0]', 'expected str'),
    ('{"id": "a", "header": [1], "types": ["text"], "rows": []}', 'header[0]', 'expected str'),
    ('{"header": ["A"], "types": ["text"], "rows": []}', 'id', 'missing'),
    ('{"id": "a", "header": [], "types": [], "rows": []}', 'header', 'no columns'),
    (GOOD_TABLE, 'id', 'repeated'),
]


@pytest.mark.parametrize('bad, field, message', TABLE_ERRORS, ids=[e[2] for e in TABLE_ERRORS])
def test_bad_table_lines_name_file_line_and_field(tmp_path, bad, field, message, caplog):
    path = write_lines(tmp_path / 'dev.tables.jsonl', [GOOD_TABLE, bad])
    with pytest.raises(WikiSQLFormatError) as caught:
        load_tables(path)
    assert (caught.value.line, caught.value.field) == (2, field) and message in str(caught.value)
    with caplog.at_level(logging.WARNING, logger='wikisql.data'):
        assert list(load_tables(path, skip_invalid=True)) == ['1-3003-3']
    assert 'skipped 1 invalid line(s)' in caplog.text   # never silent


def test_find_split_files(tmp_path):
    assert find_split_files(tmp_path, 'dev').examples is None
    (tmp_path / 'dev.jsonl.xz').write_bytes(b'')
    (tmp_path / 'dev.tables.jsonl').write_bytes(b'')
    (tmp_path / 'dev.db').write_bytes(b'')
    files = find_split_files(tmp_path, 'dev')
    assert (files.examples, files.tables, files.db) == (tmp_path / 'dev.jsonl.xz', tmp_path / 'dev.tables.jsonl',
                                                        tmp_path / 'dev.db')
    assert find_split_files(tmp_path, 'test').tables is None


def test_build_db_command_writes_the_official_schema(tmp_path, capsys):
    out = tmp_path / 'dev.db'
    assert main(['build-db', str(FIXTURES / 'tables.jsonl'), str(out)]) == 0
    db = sqlite3.connect(out)
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'table_1_1001_1'").fetchone()[0] == \
        'CREATE TABLE table_1_1001_1 (col0 text, col1 text, col2 real, col3 real, col4 real)'
    rows = db.execute('SELECT col0, col2, typeof(col2), col3, typeof(col3), col4 FROM table_1_1001_1').fetchall()
    assert rows[1] == ('björn müller', 1998.0, 'real', 25.0, 'real', 3.0)     # '+3' read as a number by SQLite
    assert rows[0][3:5] == ('1,234', 'text')                                  # as the official build stores it
    assert db.execute('SELECT count(*) FROM table_1_3003_3').fetchone() == (0,)
    assert main(['build-db', str(FIXTURES / 'tables.jsonl'), str(out)]) == 1
    assert 'exists' in capsys.readouterr().err
    assert main(['build-db', str(FIXTURES / 'tables.jsonl'), str(out), '--overwrite']) == 0


def make_archive(path, members):
    with tarfile.open(path, 'w:bz2') as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def test_download_verifies_and_unpacks(tmp_path):
    archive = tmp_path / 'served' / 'data.tar.bz2'
    archive.parent.mkdir()
    size, sha256 = make_archive(archive, {'data/dev.jsonl': b'{}\n', 'data/dev.tables.jsonl': b'{}\n'})
    dest = tmp_path / 'dest'
    files = download(dest, url=archive.as_uri(), size=size, sha256=sha256)
    assert sorted(f.name for f in files) == ['dev.jsonl', 'dev.tables.jsonl']
    assert (dest / 'dev.jsonl').read_bytes() == b'{}\n'
    with pytest.raises(DownloadError, match='sha256'):
        download(tmp_path / 'other', url=archive.as_uri(), size=size, sha256='0' * 64)
    with pytest.raises(DownloadError, match='bytes, expected'):
        download(tmp_path / 'other2', archive=archive, size=size + 1, sha256=sha256)


def test_download_refuses_unsafe_paths(tmp_path):
    archive = tmp_path / 'evil.tar.bz2'
    size, sha256 = make_archive(archive, {'data/../../evil.txt': b'x'})
    with pytest.raises(DownloadError, match='unsafe path'):
        download(tmp_path / 'dest', archive=archive, size=size, sha256=sha256)
    assert not (tmp_path / 'evil.txt').exists()


def test_download_offline_fails_clearly(tmp_path, capsys):
    code = main(['download', '--dest', str(tmp_path), '--url', 'http://127.0.0.1:9/data.tar.bz2'])
    err = capsys.readouterr().err
    assert code == 1
    assert 'could not download' in err and 'by hand' in err and 'Traceback' not in err


@pytest.mark.skipif(not (SAMPLE / 'dev.jsonl').is_file(), reason='data/wikisql-sample absent')
@pytest.mark.parametrize('split', ['train', 'dev'])
def test_sample_data_loads_and_every_gold_query_executes(split):
    files = find_split_files(SAMPLE, split)
    tables = load_tables(files.tables)
    gold = load_examples(files.examples, tables)
    result = score(gold, [example.query for example in gold], Database.from_tables(tables))
    assert result['gold_execution_errors'] == []
    assert result['ex_accuracy'] == 1.0 and result['lf_accuracy'] == 1.0
