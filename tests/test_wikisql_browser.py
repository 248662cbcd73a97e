"""The web page of wikisql/serve.py driven in headless Chromium: upload a CSV, ask, see the answer.

Needs Debian's `chromium` and `chromium-driver` (or any Chromium with a matching chromedriver
on PATH) and selenium; skips with the reason where they are absent.
"""
import shutil
import tempfile

import pytest

pytest.importorskip('fastapi', reason='the service needs fastapi (pip install -e ".[serve]")')
pytest.importorskip('uvicorn', reason='the service needs uvicorn (pip install -e ".[serve]")')
httpx = pytest.importorskip('httpx', reason='the test needs httpx')
webdriver = pytest.importorskip('selenium.webdriver', reason='the browser test needs selenium (pip install selenium)')

from support import PLAYERS, RunningServer, build_tiny_checkpoint, read_csv  # noqa: E402
from wikisql.engine import Predictor  # noqa: E402
from wikisql.serve import TableStore, create_app  # noqa: E402

CHROMIUM = next(filter(None, map(shutil.which, ('chromium', 'chromium-browser', 'google-chrome'))), None)
CHROMEDRIVER = shutil.which('chromedriver')
pytestmark = pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None,
                                reason='headless Chromium absent: apt-get install chromium chromium-driver')


@pytest.fixture
def browsers():
    """A function that opens a headless Chromium with a profile of its own (its own localStorage:
    another person), closed after the test."""
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    opened = []

    def open_browser():
        profile = tempfile.mkdtemp(prefix='chromium-profile-')
        options = Options()
        options.binary_location = CHROMIUM
        for flag in ('--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                     '--disable-background-networking', '--disable-component-update', '--disable-sync',
                     '--disable-dev-shm-usage', f'--user-data-dir={profile}'):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        driver.set_page_load_timeout(30)
        opened.append((driver, profile))
        return driver

    yield open_browser
    for driver, profile in opened:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser(browsers):
    return browsers()


def page_key(driver):
    """The key the page keeps for its owner."""
    return driver.execute_script("return window.localStorage.getItem('nl2sql-bert-key')")


def upload_on_page(driver, path, rows):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    driver.find_element(By.ID, 'file').send_keys(str(path))
    driver.find_element(By.ID, 'upload').click()
    WebDriverWait(driver, 20).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, '#data-table tbody tr')) == rows)


def listed_tables(driver):
    from selenium.webdriver.common.by import By
    return [option.get_attribute('value') for option in
            driver.find_elements(By.CSS_SELECTOR, '#table-select option') if option.get_attribute('value')]


def test_upload_ask_and_see_the_answer_highlighted(tmp_path, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    header, rows = read_csv(PLAYERS)
    predictor = Predictor.load(build_tiny_checkpoint(tmp_path / 'ckpt', num_conds=1, op=0, agg=0))
    store = TableStore(tmp_path / 'tables.db')
    with RunningServer(create_app(predictor, store)) as server:
        wait = WebDriverWait(browser, 20)
        browser.get(server.url + '/')
        wait.until(lambda driver: 'model ready' in driver.find_element(By.ID, 'health').text)
        upload_on_page(browser, PLAYERS, len(rows))
        shown = [[cell.text for cell in row.find_elements(By.TAG_NAME, 'td')]
                 for row in browser.find_elements(By.CSS_SELECTOR, '#data-table tbody tr')]
        assert shown[0] == ['Ada Quill', '21', 'Canada', 'Guard', '1.91', 'Duke']
        assert 'Uploaded players.csv: 6 rows, 6 columns.' in browser.find_element(By.ID, 'upload-status').text

        browser.find_element(By.ID, 'question').send_keys('Duke?')
        browser.find_element(By.ID, 'eg').click()
        browser.find_element(By.ID, 'ask').click()
        wait.until(lambda driver: driver.find_element(By.ID, 'result').is_displayed())

        key = page_key(browser)
        table_id = store.list(store.owner(key))[0]['id']
        expected = httpx.post(server.url + '/api/ask', json={'table_id': table_id, 'question': 'Duke?', 'eg': True},
                              headers={'Authorization': f'Bearer {key}'}, timeout=30).json()
        assert expected['rows'] == [0, 3, 5] and expected['error'] is None
        assert browser.find_element(By.ID, 'sql').text == expected['sql']
        assert browser.find_element(By.ID, 'answer').text == ', '.join(str(value) for value in expected['answer'])
        assert browser.find_element(By.ID, 'confidence').text.endswith('%')
        highlighted = [int(row.get_attribute('data-row'))
                       for row in browser.find_elements(By.CSS_SELECTOR, '#data-table tr.answer-row')]
        assert highlighted == expected['rows']
        cells = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, '#data-table td.answer-cell')]
        sel = expected['query']['sel']
        assert cells == [rows[i][sel] for i in expected['rows']]
        assert browser.find_element(By.CSS_SELECTOR, 'th.answer-column').text.startswith(header[sel])
    store.close()


def test_two_people_see_only_their_own_tables(tmp_path, browsers):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    header, rows = read_csv(PLAYERS)
    predictor = Predictor.load(build_tiny_checkpoint(tmp_path / 'ckpt', num_conds=1, op=0, agg=0))
    store = TableStore(tmp_path / 'tables.db')
    fewer = tmp_path / 'three_players.csv'
    fewer.write_text('\n'.join(','.join(cells) for cells in [header] + rows[:3]) + '\n')
    with RunningServer(create_app(predictor, store)) as server:
        alice, bob = browsers(), browsers()
        for driver in (alice, bob):
            driver.get(server.url + '/')
            WebDriverWait(driver, 20).until(lambda d: 'model ready' in d.find_element(By.ID, 'health').text)
            assert 'visible only from this browser' in driver.find_element(By.ID, 'health').text
        upload_on_page(alice, PLAYERS, len(rows))
        upload_on_page(bob, fewer, 3)
        alice_key, bob_key = page_key(alice), page_key(bob)
        assert alice_key and bob_key and alice_key != bob_key
        alice_tables, bob_tables = listed_tables(alice), listed_tables(bob)
        assert len(alice_tables) == 1 and len(bob_tables) == 1 and alice_tables != bob_tables
        for driver in (alice, bob):   # a reload keeps each person's own list
            driver.refresh()
            WebDriverWait(driver, 20).until(lambda d: len(listed_tables(d)) == 1)
        assert listed_tables(alice) == alice_tables and listed_tables(bob) == bob_tables
        # Bob's page cannot open Alice's table, even knowing its id
        status = bob.execute_script(
            "return fetch('/api/tables/' + arguments[0], {headers: {Authorization: 'Bearer ' + arguments[1]}})"
            ".then(r => r.status)", alice_tables[0], bob_key)
        assert status == 404
        assert httpx.get(f'{server.url}/api/tables/{alice_tables[0]}', timeout=30).status_code == 401
    store.close()
