"""The HTTP API of wikisql/serve.py over a real uvicorn server on loopback, tiny model built here."""
import json
import socket
import sqlite3
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

fastapi = pytest.importorskip('fastapi', reason='the service needs fastapi (pip install -e ".[serve]")')
uvicorn = pytest.importorskip('uvicorn', reason='the service needs uvicorn (pip install -e ".[serve]")')
httpx = pytest.importorskip('httpx', reason='the API tests need httpx')

from test_wikisql_predict import FIXTURES, PLAYERS, build_tiny_checkpoint, check_answer, read_csv  # noqa: E402
from wikisql.predict import Predictor  # noqa: E402
from wikisql.serve import TableStore, create_app  # noqa: E402
from wikisql.tables import read_table  # noqa: E402

UPLOAD_LIMIT = 4096


class RunningServer:
    """uvicorn serving app on 127.0.0.1 at a free port, in a thread."""

    def __init__(self, app):
        self.socket = socket.socket()
        self.socket.bind(('127.0.0.1', 0))
        self.url = f'http://127.0.0.1:{self.socket.getsockname()[1]}'
        self.server = uvicorn.Server(uvicorn.Config(app, log_level='warning', lifespan='off'))
        self.thread = threading.Thread(target=self.server.run, kwargs={'sockets': [self.socket]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError('uvicorn did not start')
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()


@pytest.fixture(scope='module')
def service(tmp_path_factory):
    directory = tmp_path_factory.mktemp('serve')
    predictor = Predictor(build_tiny_checkpoint(directory / 'ckpt', num_conds=1, op=0, agg=0))
    store = TableStore(directory / 'tables.db')
    app = create_app(predictor, store, max_upload_bytes=UPLOAD_LIMIT, time_limit=5.0)
    with RunningServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client, store
    store.close()


def upload(client, path, name=None):
    return client.post('/api/tables', params={'name': name or Path(path).name}, content=Path(path).read_bytes())


def test_health_upload_list_and_show(service):
    client, _ = service
    health = client.get('/api/health').json()
    assert health['status'] == 'ok' and health['max_columns'] == 30 and health['max_upload_bytes'] == UPLOAD_LIMIT
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


def test_ask_answers_with_the_predicted_query_executed_read_only(service):
    client, store = service
    header, rows = read_csv(PLAYERS)
    table_id = upload(client, PLAYERS).json()['id']
    for question, eg in [('Duke?', True), ('Who is from Iowa?', False), ('How many players are from Duke?', True)]:
        response = client.post('/api/ask', json={'table_id': table_id, 'question': question, 'eg': eg})
        assert response.status_code == 200, response.text
        answer = response.json()
        check_answer(answer, header, rows)
        # the statement it reports, run by us on the store file, gives the same result
        uri = 'file:' + urllib.parse.quote(str(store.path.resolve())) + '?mode=ro'
        with sqlite3.connect(uri, uri=True) as connection:
            result = [row[0] for row in connection.execute(answer['executed_sql'], answer['parameters'])]
        assert result == answer['result']
    eg_answer = client.post('/api/ask', json={'table_id': table_id, 'question': 'Duke?', 'eg': True}).json()
    assert eg_answer['query']['conds'] == [[5, 0, 'Duke']] and eg_answer['rows'] == [0, 3, 5]


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
    wide = (','.join(f'c{i}' for i in range(31)) + '\n' + ','.join('1' * 31) + '\n').encode()
    response = client.post('/api/tables', params={'name': 'wide.csv'}, content=wide)
    assert response.status_code == 400 and 'has 31 columns; this model reads at most 30' in response.json()['error']


def test_bad_questions_are_refused_with_the_reason(service):
    client, _ = service
    table_id = upload(client, PLAYERS).json()['id']
    cases = [
        ({'table_id': 'nope', 'question': 'who?'}, 404, "no table 'nope'"),
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
    reopened = TableStore(store.path)
    try:
        name, table = reopened.get(table_id)
        assert name == 'players.csv' and table.rows == read_table(PLAYERS).rows
        assert table_id in [entry['id'] for entry in reopened.list()]
    finally:
        reopened.close()


def test_page_and_its_files_are_served(service):
    client, _ = service
    page = client.get('/')
    assert page.status_code == 200 and 'id="question"' in page.text
    for asset in ('/static/app.js', '/static/style.css'):
        assert client.get(asset).status_code == 200
    assert 'http' not in page.text.replace('http-equiv', '')   # nothing fetched from elsewhere
