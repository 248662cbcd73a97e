// The page of wikisql/serve.py: upload a table, show it, ask questions, highlight the answer.
'use strict';

const state = { table: null };
const $ = (id) => document.getElementById(id);
// The service gives each uploader a secret key; only requests carrying it see that key's tables.
// It is kept in this browser only (localStorage), so another browser or person sees none of them.
const KEY_ITEM = 'nl2sql-bert-key';
const storedKey = () => window.localStorage.getItem(KEY_ITEM);

function setStatus(id, message, isError) {
  const element = $(id);
  element.textContent = message;
  element.classList.toggle('error', Boolean(isError));
}

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) };
  const key = storedKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(path, { ...options, headers });
  let body;
  try { body = await response.json(); } catch (e) { body = { error: response.statusText }; }
  if (response.status === 401 && key) window.localStorage.removeItem(KEY_ITEM);   // expired or unknown: start afresh
  if (!response.ok) throw new Error(body.error || response.statusText);
  if (body.key) window.localStorage.setItem(KEY_ITEM, body.key);   // the first upload makes this browser an owner
  return body;
}

function renderTable(table) {
  const view = $('table-view');
  view.textContent = '';
  const element = document.createElement('table');
  element.id = 'data-table';
  const head = element.createTHead().insertRow();
  table.header.forEach((name, column) => {
    const th = document.createElement('th');
    th.textContent = name + ' ';
    const kind = document.createElement('small');
    const unit = table.units && table.units[column];
    kind.textContent = unit ? `${table.types[column]}, ${unit}` : table.types[column];
    th.appendChild(kind);
    head.appendChild(th);
  });
  const body = element.createTBody();
  table.rows.forEach((row, index) => {
    const tr = body.insertRow();
    tr.dataset.row = index;
    row.forEach((cell) => { tr.insertCell().textContent = cell === null ? '' : String(cell); });
  });
  view.appendChild(element);
  const shown = table.rows.length < table.num_rows ? ` (first ${table.rows.length} of ${table.num_rows} rows)` : ` (${table.num_rows} rows)`;
  $('table-title').textContent = table.name + shown;
}

function highlight(answer) {
  const element = $('data-table');
  if (!element) return;
  element.querySelectorAll('.answer-row, .answer-cell, .answer-column').forEach((node) => {
    node.classList.remove('answer-row', 'answer-cell', 'answer-column');
  });
  if (!answer.query || answer.error) return;
  const column = answer.query.sel;
  element.tHead.rows[0].cells[column].classList.add('answer-column');
  for (const index of answer.rows) {
    const tr = element.tBodies[0].rows[index];
    if (!tr) continue;   // beyond the rows shown
    tr.classList.add('answer-row');
    tr.cells[column].classList.add('answer-cell');
  }
}

async function loadTables(selectId) {
  if (!storedKey()) return;   // nothing uploaded from this browser yet
  const { tables } = await api('/api/tables');
  const select = $('table-select');
  select.length = 1;
  for (const table of tables) {
    const option = new Option(`${table.name} (${table.num_rows} rows)`, table.id);
    select.add(option);
  }
  if (selectId) select.value = selectId;
}

async function showTable(tableId) {
  state.table = await api(`/api/tables/${encodeURIComponent(tableId)}`);
  renderTable(state.table);
  $('question').disabled = false;
  $('ask').disabled = false;
  $('result').hidden = true;
  setStatus('ask-status', '');
}

$('upload-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = $('file').files[0];
  if (!file) { setStatus('upload-status', 'Choose a .csv, .tsv or .json file first.', true); return; }
  setStatus('upload-status', `Uploading ${file.name}…`);
  try {
    const table = await api(`/api/tables?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
    await loadTables(table.id);
    await showTable(table.id);
    setStatus('upload-status', `Uploaded ${table.name}: ${table.num_rows} rows, ${table.header.length} columns.`);
  } catch (error) {
    setStatus('upload-status', error.message, true);
  }
});

$('table-select').addEventListener('change', async () => {
  const tableId = $('table-select').value;
  if (!tableId) return;
  try { await showTable(tableId); } catch (error) { setStatus('upload-status', error.message, true); }
});

$('ask-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const question = $('question').value.trim();
  if (!state.table || !question) return;
  setStatus('ask-status', 'Thinking…');
  $('result').hidden = true;
  try {
    const answer = await api('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ table_id: state.table.id, question, eg: $('eg').checked }),
    });
    $('sql').textContent = answer.sql;
    $('answer').textContent = answer.abstained ? `Declined: ${answer.reason}`
      : answer.error ? answer.error
      : answer.answer.length === 0 ? '(no rows)' : answer.answer.map((value) => value === null ? 'NULL' : String(value)).join(', ');
    $('confidence').textContent = answer.confidence === null ? '' : `${(100 * answer.confidence).toPrecision(3)}%`;
    $('columns-row').hidden = !answer.columns_considered;
    $('columns').textContent = answer.columns_considered
      ? `${answer.columns_considered.length} of ${state.table.header.length} (the table is too wide to read whole): ${answer.columns_considered.join(', ')}`
      : '';
    $('result').hidden = false;
    highlight(answer);
    setStatus('ask-status', answer.abstained ? 'The model declined to answer.'
      : answer.error ? 'The query did not run.' : `${answer.rows.length} matching row(s) highlighted.`, Boolean(answer.error));
  } catch (error) {
    setStatus('ask-status', error.message, true);
  }
});

api('/api/health').then((health) => {
  const privacy = health.mode === 'private' ? 'your tables are visible only from this browser' : 'tables are shared with your team';
  $('health').textContent = `model ready; ${privacy}`;
  return loadTables();
}).catch((error) => { $('health').textContent = `service: ${error.message}`; });
