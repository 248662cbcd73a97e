"""The HTTP API of wikisql/serve.py over a real uvicorn server on loopback, tiny model built here."""
import json
import sqlite3
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

fastapi = pytest.importorskip('fastapi', reason='the service needs fastapi (pip install -e ".[serve]")')
uvicorn = pytest.importorskip('uvicorn', reason='the service needs uvicorn (pip install -e ".[serve]")')
httpx = pytest.importorskip('httpx', reason='the API tests need httpx')

from support import FIXTURES, PLAYERS, RunningServer, build_tiny_checkpoint, check_answer, read_csv  # noqa: E402
from wikisql.engine import Predictor  # noqa: E402
from wikisql.serve import SHARED_OWNER, StoreLimits, TableStore, create_app  # noqa: E402
from wikisql.tables import read_table  # noqa: E402

UPLOAD_LIMIT = 4096


@pytest.fixture(scope='module')
def predictor(tmp_path_factory):
    return Predictor.load(build_tiny_checkpoint(tmp_path_factory.mktemp('model') / 'ckpt', num_conds=1, op=0, agg=0))


@pytest.fixture(scope='module')
def service(tmp_path_factory, predictor):
    """(a client that holds a key once it has uploaded, the store); the service in private mode."""
    store = TableStore(tmp_path_factory.mktemp('serve') / 'tables.db')
    app = create_app(predictor, store, max_upload_bytes=UPLOAD_LIMIT, time_limit=5.0)
    with RunningServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client, store
    store.close()


def upload(client, path, name=None, content=None):
    """POST a table file; a key the service returns (first upload) is kept on the client."""
    response = client.post('/api/tables', params={'name': name or Path(path).name},
                           content=Path(path).read_bytes() if content is None else content)
    if response.status_code == 200 and 'key' in response.json():
        client.headers['Authorization'] = f'Bearer {response.json()["key"]}'
    return response


def test_health_upload_list_and_show(service):
    client, _ = service
    health = client.get('/api/health').json()
    assert health['status'] == 'ok' and health['max_columns'] == 30 and health['max_upload_bytes'] == UPLOAD_LIMIT
    assert health['mode'] == 'private'
    response = upload(client, PLAYERS)
    assert response.status_code == 200, response.text
    summary = response.json()
    expected = read_table(PLAYERS)
    assert summary['name'] == 'players.csv' and summary['num_rows'] == len(expected.rows)
    assert summary['header'] == expected.header and summary['types'] == expected.types
    assert summary['id'] in [table['id'] for table in client.get('/api/tables').json()['tables']]
    shown = client.get(f'/api/tables/{summary["id"]}').json()
    assert shown['rows'] == expected.rows
    assert client.get(f'/api/tables/{summary["id"]}', params={'limit': 2}).json()['rows'] == expected.rows[:2]
    assert client.get('/api/health').json()['tables'] >= 1


def test_ask_answers_with_the_predicted_query_executed_read_only(service, predictor, monkeypatch):
    client, store = service
    monkeypatch.setattr(predictor, 'decline_forms', False)   # executed whatever the random model's values
    header, rows = read_csv(PLAYERS)
    table_id = upload(client, PLAYERS).json()['id']
    for question, eg in [('Duke?', True), ('Who is from Iowa?', False), ('How many players are from Duke?', True)]:
        response = client.post('/api/ask', json={'table_id': table_id, 'question': question, 'eg': eg})
        assert response.status_code == 200, response.text
        answer = response.json()
        check_answer(answer, header, rows)
        assert answer['abstained'] is False and answer['reason'] is None   # the engine's floor is 0
        # the statement it reports, run by us on the store file, gives the same result
        uri = 'file:' + urllib.parse.quote(str(store.path.resolve())) + '?mode=ro'
        with sqlite3.connect(uri, uri=True) as connection:
            result = [row[0] for row in connection.execute(answer['executed_sql'], answer['parameters'])]
        assert result == answer['result']
    eg_answer = client.post('/api/ask', json={'table_id': table_id, 'question': 'Duke?', 'eg': True}).json()
    assert eg_answer['query']['conds'] == [[5, 0, 'Duke']] and eg_answer['rows'] == [0, 3, 5]


def test_a_table_with_units_keeps_them_in_the_store(service):
    client, store = service
    content = b'Tower,Height\nBurj Khalifa,828 m\nShanghai Tower,632 m\n'
    summary = upload(client, None, 'towers.csv', content).json()
    assert summary['types'] == ['text', 'real'] and summary['units'] == [None, 'm']
    listed = {table['id']: table for table in client.get('/api/tables').json()['tables']}
    assert listed[summary['id']]['units'] == [None, 'm']
    store.cache = type(store.cache)(store.limits.cache_tables)   # read back from the file, not the cache
    stored = [store.get(owner, summary['id']) for owner in store._owners]
    (stored,) = [table for table in stored if table is not None]
    assert stored[1].units == [None, '{} m'] and stored[1].rows == [['Burj Khalifa', 828], ['Shanghai Tower', 632]]


def test_concurrent_questions_share_the_model(service):
    client, _ = service
    table_id = upload(client, PLAYERS).json()['id']
    questions = ['Duke?', 'Who is from Iowa?', 'What is the height of Ada Quill?'] * 4

    def ask(question):
        return client.post('/api/ask', json={'table_id': table_id, 'question': question, 'eg': True})

    with ThreadPoolExecutor(6) as pool:
        responses = list(pool.map(ask, questions))
    assert [response.status_code for response in responses] == [200] * len(questions)
    by_question = {}
    for question, response in zip(questions, responses):
        by_question.setdefault(question, set()).add(json.dumps(response.json()['query']))
    assert all(len(queries) == 1 for queries in by_question.values())


def test_bad_uploads_are_refused_with_the_reason(service):
    client, _ = service
    response = upload(client, FIXTURES / 'ragged.csv')
    assert response.status_code == 400 and response.json()['error'] == 'ragged.csv:3: 2 cells for 3 header columns'
    response = upload(client, FIXTURES / 'duplicate_header.csv')
    assert response.status_code == 400 and 'duplicate column name' in response.json()['error']
    response = client.post('/api/tables', params={'name': 'x.exe'}, content=b'a,b\n1,2\n')
    assert response.status_code == 400 and 'expected a .csv' in response.json()['error']
    big = b'a,b\n' + b'1,2\n' * UPLOAD_LIMIT
    response = client.post('/api/tables', params={'name': 'big.csv'}, content=big)
    assert response.status_code == 413 and f'the limit is {UPLOAD_LIMIT:,}' in response.json()['error']
    response = client.post('/api/tables', params={'name': 'big.csv'}, content=iter([big[:3000], big[3000:]]))
    assert response.status_code == 413   # chunked, no Content-Length


def test_bad_questions_are_refused_with_the_reason(service):
    client, _ = service
    table_id = upload(client, PLAYERS).json()['id']
    cases = [
        ({'table_id': 'nope', 'question': 'who?'}, 404, "no table 'nope'"),
        ({'table_id': table_id, 'question': 'who ' * 60}, 400, "with the 6 columns of table"),
        ({'table_id': table_id}, 400, 'field "question": missing or not text'),
        ({'table_id': table_id, 'question': '  '}, 400, 'field "question": empty question'),
        ({'table_id': table_id, 'question': 'who ' * 60}, 400, 'question has 60 wordpieces'),
        ({'table_id': table_id, 'question': 'who?', 'eg': 'yes'}, 400, 'field "eg": expected true or false'),
    ]
    for body, status, message in cases:
        response = client.post('/api/ask', json=body)
        assert response.status_code == status and message in response.json()['error'], response.text
    response = client.post('/api/ask', content=b'{"table_id": ')
    assert response.status_code == 400 and 'malformed JSON' in response.json()['error']
    response = client.post('/api/ask', content=b'x' * 20000)
    assert response.status_code == 413
    assert client.get('/api/tables/nope').status_code == 404


def test_uploaded_tables_outlive_the_store_object(service):
    client, store = service
    table_id = upload(client, PLAYERS).json()['id']
    owner = store.owner(client.headers['Authorization'].split()[1])
    reopened = TableStore(store.path)
    try:
        name, table = reopened.get(owner, table_id)
        assert name == 'players.csv' and table.rows == read_table(PLAYERS).rows
        assert table_id in [entry['id'] for entry in reopened.list(owner)]
    finally:
        reopened.close()


def test_page_and_its_files_are_served(service):
    client, _ = service
    page = client.get('/')
    assert page.status_code == 200 and 'id="question"' in page.text
    for asset in ('/static/app.js', '/static/style.css'):
        assert client.get(asset).status_code == 200
    assert 'http' not in page.text.replace('http-equiv', '')   # nothing fetched from elsewhere


# ----------------------------------------------------------------------------- each key's own tables

def test_each_key_sees_only_its_own_tables(service):
    client, store = service
    with httpx.Client(base_url=str(client.base_url), timeout=30) as alice, \
            httpx.Client(base_url=str(client.base_url), timeout=30) as bob:
        first = upload(alice, PLAYERS).json()
        assert len(first['key']) >= 40   # a new owner gets a secret key
        second = upload(alice, PLAYERS, 'again.csv').json()
        assert 'key' not in second       # the same owner: no new key
        theirs = upload(bob, FIXTURES / 'players.tsv' if (FIXTURES / 'players.tsv').exists() else PLAYERS,
                        'bob.csv').json()
        assert theirs['key'] != first['key']
        assert [t['id'] for t in alice.get('/api/tables').json()['tables']] == [first['id'], second['id']]
        assert [t['id'] for t in bob.get('/api/tables').json()['tables']] == [theirs['id']]
        assert alice.get('/api/health').json()['tables'] == 2 and 'tables' not in httpx.get(
            f'{client.base_url}/api/health').json()

        # a stranger learns nothing about another key's table: the same answer as for no table at all
        missing = 'u' + '0' * 16
        for table_id, expected in ((first['id'], 404), (missing, 404)):
            show = bob.get(f'/api/tables/{table_id}')
            ask = bob.post('/api/ask', json={'table_id': table_id, 'question': 'Duke?'})
            delete = bob.delete(f'/api/tables/{table_id}')
            for response in (show, ask, delete):
                assert response.status_code == expected
                assert response.json() == {'error': f'no table {table_id!r}'}
        assert alice.get(f'/api/tables/{first["id"]}').status_code == 200   # still there

        # no key, or a key the service never issued
        anonymous = httpx.Client(base_url=str(client.base_url), timeout=30)
        forged = httpx.Client(base_url=str(client.base_url), timeout=30,
                              headers={'Authorization': 'Bearer ' + 'x' * 43})
        with anonymous, forged:
            for other in (anonymous, forged):
                for response in (other.get('/api/tables'), other.get(f'/api/tables/{first["id"]}'),
                                 other.post('/api/ask', json={'table_id': first['id'], 'question': 'Duke?'}),
                                 other.delete(f'/api/tables/{first["id"]}')):
                    assert response.status_code == 401, response.text
            assert 'no key' in anonymous.get('/api/tables').json()['error']
            assert 'unknown key' in forged.get('/api/tables').json()['error']
            assert upload(forged, PLAYERS).status_code == 401   # a made-up key cannot become an owner

        # the owner deletes: gone for the owner too, and from the file
        assert alice.delete(f'/api/tables/{second["id"]}').json() == {'deleted': second['id']}
        assert alice.get(f'/api/tables/{second["id"]}').status_code == 404
        with sqlite3.connect(store.path) as connection:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            kept = connection.execute('SELECT count(*) FROM uploaded_tables WHERE id = ?', (second['id'],)).fetchone()
        assert f'table_{second["id"]}' not in names and f'table_{first["id"]}' in names and kept == (0,)
        # the file keeps only a hash of each key
        assert first['key'].encode() not in store.path.read_bytes()


def test_a_foreign_id_costs_the_same_work_as_a_missing_one(tmp_path):
    """No timing tells a stranger whether an id exists: the store runs the same statements for
    another owner's id as for an id nobody has (one primary-key lookup of (owner, id))."""
    store = TableStore(tmp_path / 'tables.db')
    try:
        _, alice = store.new_key()
        _, bob = store.new_key()
        table_id = store.add(alice, read_table(PLAYERS), 'players.csv')
        store.cache.pop((alice, table_id))
        statements = []
        store.connection.set_trace_callback(statements.append)
        assert store.get(bob, table_id) is None
        foreign, statements[:] = list(statements), []
        assert store.get(bob, 'u' + '0' * 16) is None
        assert [s.replace('u' + '0' * 16, table_id) for s in statements] == foreign and len(foreign) == 1
        assert store.get(alice, table_id)[1].rows == read_table(PLAYERS).rows
    finally:
        store.close()


def test_shared_mode_is_one_team_without_keys(tmp_path, predictor):
    store = TableStore(tmp_path / 'tables.db', shared=True)
    with RunningServer(create_app(predictor, store)) as server, \
            httpx.Client(base_url=server.url, timeout=30) as one, httpx.Client(base_url=server.url, timeout=30) as two:
        assert one.get('/api/health').json()['mode'] == 'shared'
        table = upload(one, PLAYERS).json()
        assert 'key' not in table
        assert [t['id'] for t in two.get('/api/tables').json()['tables']] == [table['id']]
        assert two.post('/api/ask', json={'table_id': table['id'], 'question': 'Duke?'}).status_code == 200
    store.close()


# ----------------------------------------------------------------------------- bounded resources

def test_limits_are_clear_4xx_answers(tmp_path, predictor):
    size = len((PLAYERS).read_bytes())
    limits = StoreLimits(max_tables_per_owner=2, max_store_bytes=12 * size, cache_tables=1)
    store = TableStore(tmp_path / 'tables.db', limits)
    with RunningServer(create_app(predictor, store)) as server, \
            httpx.Client(base_url=server.url, timeout=30) as alice, httpx.Client(base_url=server.url, timeout=30) as bob:
        ids = [upload(alice, PLAYERS).json()['id'], upload(alice, PLAYERS).json()['id']]
        response = upload(alice, PLAYERS)
        assert response.status_code == 403 and 'holds 2 tables, the limit is 2' in response.json()['error']
        alice.delete(f'/api/tables/{ids[0]}')
        assert upload(alice, PLAYERS).status_code == 200   # room again after a delete
        assert alice.get('/api/health').json()['max_tables_per_key'] == 2

        # the store's byte limit holds over all keys
        assert upload(bob, PLAYERS).status_code == 200
        big = b'Name,School\n' + b''.join(b'player %d,school %d\n' % (i, i) for i in range(60))
        response = upload(bob, None, 'big.csv', big)
        assert response.status_code == 413 and 'the table store is full' in response.json()['error']
        tables, stored = store.usage()
        assert tables == 3 and stored <= limits.max_store_bytes

        # one table parsed in memory at a time; evicted ones are read back from the file
        for table_id in [ids[1]] + [t['id'] for t in alice.get('/api/tables').json()['tables']]:
            assert alice.get(f'/api/tables/{table_id}').status_code == 200
            assert len(store.cache) == 1
    store.close()


def test_unused_tables_expire_and_their_keys_with_them(tmp_path):
    store = TableStore(tmp_path / 'tables.db', StoreLimits(expire_after_s=3600))
    try:
        key, owner = store.new_key()
        old = store.add(owner, read_table(PLAYERS), 'old.csv')
        fresh = store.add(owner, read_table(PLAYERS), 'fresh.csv')
        now = time.time()
        with store.connection:   # `old` last used two hours ago
            store.connection.execute('UPDATE uploaded_tables SET last_used = ? WHERE id = ?', (now - 7200, old))
        store.cache.pop((owner, old))
        assert store.expire(now) == 1
        assert store.get(owner, old) is None and store.get(owner, fresh) is not None
        with sqlite3.connect(store.path) as connection:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert f'table_{old}' not in names and f'table_{fresh}' in names
        assert store.expire(now + 2 * 3600) == 1 and store.list(owner) == []
        assert store.owner(key) is None   # an owner without tables expires as well
    finally:
        store.close()


def test_a_store_from_before_units_gets_them(tmp_path):
    path = tmp_path / 'tables.db'
    store = TableStore(path, shared=True)
    store.add(SHARED_OWNER, read_table(PLAYERS), 'players.csv')
    store.connection.execute('ALTER TABLE uploaded_tables DROP COLUMN units')   # the layout of version 2
    store.connection.execute('PRAGMA user_version = 2')
    store.close()
    store = TableStore(path, shared=True)
    try:
        (listed,) = store.list(SHARED_OWNER)
        assert listed['units'] == [None] * 6 and store.get(SHARED_OWNER, listed['id'])[1].units is None
        towers = tmp_path / 'towers.csv'
        towers.write_text('Tower,Height\nBurj Khalifa,828 m\n')
        table_id = store.add(SHARED_OWNER, read_table(towers), 'towers.csv')
        store.cache = type(store.cache)(store.limits.cache_tables)
        assert store.get(SHARED_OWNER, table_id)[1].units == [None, '{} m']
    finally:
        store.close()


def test_a_store_from_before_owners_is_kept_as_the_shared_owners(tmp_path):
    path = tmp_path / 'tables.db'
    with sqlite3.connect(path) as connection:   # the layout of the first version of the service
        connection.execute('CREATE TABLE uploaded_tables (id TEXT PRIMARY KEY, name TEXT NOT NULL, '
                           'header TEXT NOT NULL, types TEXT NOT NULL, rows TEXT NOT NULL, created REAL NOT NULL)')
        connection.execute('CREATE TABLE table_u1 (col0 text)')
        connection.execute("INSERT INTO table_u1 VALUES ('ada')")
        connection.execute("INSERT INTO uploaded_tables VALUES ('u1', 'old.csv', '[\"Name\"]', '[\"text\"]', "
                           "'[[\"Ada\"]]', 1.0)")
    store = TableStore(path, shared=True)
    try:
        assert [t['id'] for t in store.list(SHARED_OWNER)] == ['u1']
        assert store.get(SHARED_OWNER, 'u1')[1].rows == [['Ada']]
        _, owner = store.new_key()
        assert store.get(owner, 'u1') is None and store.list(owner) == []
    finally:
        store.close()


# ----------------------------------------------------------------------------- wide tables

def test_a_table_wider_than_the_model_is_answered_from_the_columns_the_question_names(service):
    client, _ = service
    header, rows = read_csv(PLAYERS)
    # players.csv with 30 filler columns in front: 36 columns, the model reads at most 30
    wide_header = [f'filler {i}' for i in range(30)] + header
    wide_rows = [[str(i)] * 30 + row for i, row in enumerate(rows)]
    content = '\n'.join(','.join(cells) for cells in [wide_header] + wide_rows).encode() + b'\n'
    table = upload(client, None, 'wide.csv', content).json()
    assert len(table['header']) == 36
    response = client.post('/api/ask', json={'table_id': table['id'], 'question': 'List the players from Duke.',
                                            'eg': True})
    assert response.status_code == 200, response.text
    answer = response.json()
    considered = answer['columns_considered']
    assert considered is not None and len(considered) <= 30
    assert {'Player', 'School'} <= set(considered)   # named by the question, and holding its cell
    query = answer['query']
    assert all(wide_header[c] in considered for c in [query['sel']] + [c[0] for c in query['conds']])
    check_answer(answer, wide_header, wide_rows)


def test_a_failed_upload_leaves_nothing_behind(tmp_path):
    """CREATE TABLE, its cells and its row in uploaded_tables commit together or not at all (a crash
    or an error between them must not leave a table that nothing points to)."""
    store = TableStore(tmp_path / 'tables.db')
    try:
        _, owner = store.new_key()
        broken = read_table(PLAYERS)
        broken.rows[-1][0] = ['a', 'list']   # JSON, but no SQLite type: fails after CREATE TABLE and some rows
        with pytest.raises(sqlite3.Error):
            store.add(owner, broken, 'broken.csv')
        with sqlite3.connect(store.path) as connection:
            names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert sorted(names) == ['owners', 'uploaded_tables'] and store.usage() == (0, 0)
        assert store.add(owner, read_table(PLAYERS), 'players.csv')   # the store still works
    finally:
        store.close()


def test_concurrent_questions_are_answered_in_one_batch(tmp_path, predictor):
    store = TableStore(tmp_path / 'tables.db')
    app = create_app(predictor, store, batch_wait_ms=300)
    with RunningServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as alice, \
            httpx.Client(base_url=server.url, timeout=30) as bob:
        tables = [upload(alice, PLAYERS).json()['id'], upload(bob, PLAYERS).json()['id']]
        questions = ['Duke?', 'Who is from Iowa?', 'What is the height of Ada Quill?'] * 2

        def ask(index):
            client = (alice, bob)[index % 2]
            return client.post('/api/ask', json={'table_id': tables[index % 2], 'question': questions[index],
                                                 'eg': index < 3}).json()

        with ThreadPoolExecutor(len(questions)) as pool:
            together = list(pool.map(ask, range(len(questions))))
        assert max(app.state.batcher.batch_sizes) > 1   # some questions shared a forward pass
        alone = [ask(index) for index in range(len(questions))]
        for one, other in zip(together, alone):
            assert one['query'] == other['query'] and one['answer'] == other['answer']
    store.close()
