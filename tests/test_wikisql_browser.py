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

from test_wikisql_predict import PLAYERS, build_tiny_checkpoint, read_csv  # noqa: E402
from test_wikisql_serve import RunningServer  # noqa: E402
from wikisql.predict import Predictor  # noqa: E402
from wikisql.serve import TableStore, create_app  # noqa: E402

CHROMIUM = next(filter(None, map(shutil.which, ('chromium', 'chromium-browser', 'google-chrome'))), None)
CHROMEDRIVER = shutil.which('chromedriver')
pytestmark = pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None,
                                reason='headless Chromium absent: apt-get install chromium chromium-driver')


@pytest.fixture
def browser():
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    profile = tempfile.mkdtemp(prefix='chromium-profile-')
    options = Options()
    options.binary_location = CHROMIUM
    for flag in ('--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync',
                 '--disable-dev-shm-usage', f'--user-data-dir={profile}'):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_upload_ask_and_see_the_answer_highlighted(tmp_path, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    header, rows = read_csv(PLAYERS)
    predictor = Predictor(build_tiny_checkpoint(tmp_path / 'ckpt', num_conds=1, op=0, agg=0))
    store = TableStore(tmp_path / 'tables.db')
    with RunningServer(create_app(predictor, store)) as server:
        wait = WebDriverWait(browser, 20)
        browser.get(server.url + '/')
        wait.until(lambda driver: 'model ready' in driver.find_element(By.ID, 'health').text)
        browser.find_element(By.ID, 'file').send_keys(str(PLAYERS))
        browser.find_element(By.ID, 'upload').click()
        wait.until(lambda driver: len(driver.find_elements(By.CSS_SELECTOR, '#data-table tbody tr')) == len(rows))
        shown = [[cell.text for cell in row.find_elements(By.TAG_NAME, 'td')]
                 for row in browser.find_elements(By.CSS_SELECTOR, '#data-table tbody tr')]
        assert shown[0] == ['Ada Quill', '21', 'Canada', 'Guard', '1.91', 'Duke']
        assert 'Uploaded players.csv: 6 rows, 6 columns.' in browser.find_element(By.ID, 'upload-status').text

        browser.find_element(By.ID, 'question').send_keys('Duke?')
        browser.find_element(By.ID, 'eg').click()
        browser.find_element(By.ID, 'ask').click()
        wait.until(lambda driver: driver.find_element(By.ID, 'result').is_displayed())

        table_id = store.list()[0]['id']
        expected = httpx.post(server.url + '/api/ask', json={'table_id': table_id, 'question': 'Duke?', 'eg': True},
                              timeout=30).json()
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
