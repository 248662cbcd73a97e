"""WikiSQL scoring speed: wikisql.evaluate against the official style of evaluation.

Scores every gold query of the real dev and test splits against itself (splits whose tables
are absent are skipped and said so; with no real tables, the bundled sample scaled up), once
with wikisql.evaluate.score and once the official way: one `records` query for the schema
and one for the result, per execution. Checks that verdicts and results are identical, prints
a table and writes it under "## WikiSQL evaluation speed" in benchmarks/RESULTS.md.

    python benchmarks/evaluate_speed.py [--official-limit N] [--no-write]
"""

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from official_reference import OfficialReference  # noqa: E402  (the official rules, restated with records)

from wikisql.data import find_split_files, load_examples, load_tables  # noqa: E402
from wikisql.database import Database, build_database  # noqa: E402
from wikisql.evaluate import judge, score  # noqa: E402

SHARED = REPO.parent / 'shared' / 'data' / 'wikisql'
SAMPLE = REPO / 'data' / 'wikisql-sample'
SECTION = '## WikiSQL evaluation speed'


def machine():
    model = 'unknown CPU'
    try:
        for line in open('/proc/cpuinfo'):
            if line.startswith('model name'):
                model = line.split(':', 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    cores = len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()
    return (f'{model}, {cores} cores usable, Python {platform.python_version()}, '
            f'SQLite {sqlite3.sqlite_version}, {platform.system()}')


def datasets():
    """(name, gold examples, tables) to score, and notes on what was left out."""
    found, notes = [], []
    for split in ('dev', 'test'):
        files = find_split_files(SHARED, split)
        if files.examples is None:
            notes.append(f'real {split}: questions absent')
        elif files.tables is None:
            notes.append(f'real {split}: tables absent here, not scored')
        else:
            tables = load_tables(files.tables)
            found.append((f'real {split}', load_examples(files.examples, tables), tables))
    if not found:
        tables, gold = {}, []
        for split in ('train', 'dev'):
            files = find_split_files(SAMPLE, split)
            split_tables = load_tables(files.tables)
            tables.update(split_tables)
            gold += load_examples(files.examples, split_tables)
        copies = max(1, 8000 // len(gold))
        found.append((f'sample x{copies}', gold * copies, tables))
        notes.append('no real tables found: the bundled sample, repeated')
    return found, notes


def benchmark(name, gold, tables, official_limit):
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / 'bench.db'
        build_database(tables, db_path)

        start = time.perf_counter()
        database = Database.from_tables(tables)
        load_seconds = time.perf_counter() - start
        start = time.perf_counter()
        result = score(gold, [example.query for example in gold], database)
        ours_seconds = time.perf_counter() - start

        cold = Database(db_path)   # each gold query once, nothing cached: the raw execution rate
        start = time.perf_counter()
        ours_results = [cold.execute(example.table_id, example.query) for example in gold]
        cold_seconds = time.perf_counter() - start

        reference = OfficialReference(db_path)
        subset = gold[:official_limit] if official_limit else gold
        start = time.perf_counter()
        official_verdicts = [reference.verdict(e.table_id, e.query.to_dict(), {'query': e.query.to_dict()})
                             for e in subset]
        official_seconds = time.perf_counter() - start
        official_results = [reference.execute(e.table_id, e.query.sel, e.query.agg, e.query.to_dict()['conds'])
                            for e in subset]

    ours_verdicts = [(v.lf, v.ex) for v in (judge(e, e.query, database) for e in subset)]
    identical = ours_verdicts == official_verdicts and ours_results[:len(subset)] == official_results
    executions = 2   # gold and prediction, per example
    return {
        'data': name, 'examples': len(gold), 'official_examples': len(subset),
        'ours_qps': executions * len(gold) / ours_seconds,
        'cold_qps': len(gold) / cold_seconds,
        'official_qps': executions * len(subset) / official_seconds,
        'load_seconds': load_seconds,
        'identical': identical, 'ex': result['ex_accuracy'], 'lf': result['lf_accuracy'],
    }


def report(rows, notes):
    lines = [SECTION, '',
             f'Machine: {machine()}. Date: {date.today().isoformat()}.',
             'Gold queries scored against themselves (2 executions per example: gold and prediction).',
             '"official style": one `records` schema query and one `records` result query per execution, '
             'as the official lib/dbengine.py does. "ours": `wikisql.evaluate.score` (sqlite3, cached schemas; '
             'the prediction here repeats the gold query and is answered from the exact-result cache). '
             '"ours, no cache": each gold query executed once on a fresh database.', '']
    lines += [f'- {note}' for note in notes]
    lines += ['', '| data | examples | ours (q/s) | ours, no cache (q/s) | official style (q/s) | speed-up | '
              'identical verdicts and results | EX / LF |',
              '|---|---|---|---|---|---|---|---|']
    for r in rows:
        subset = '' if r['official_examples'] == r['examples'] else f' (official style on the first {r["official_examples"]})'
        lines.append(f'| {r["data"]}{subset} | {r["examples"]:,} | {r["ours_qps"]:,.0f} | {r["cold_qps"]:,.0f} | '
                     f'{r["official_qps"]:,.0f} | {r["ours_qps"] / r["official_qps"]:.0f}x '
                     f'({r["cold_qps"] / r["official_qps"]:.0f}x no cache) | {"yes" if r["identical"] else "NO"} | '
                     f'{r["ex"]:.4f} / {r["lf"]:.4f} |')
    lines.append(f'\nLoading the tables into an in-memory database took {rows[0]["load_seconds"]:.2f} s '
                 f'({rows[0]["data"]}), not counted above.')
    return '\n'.join(lines) + '\n'


def write_section(text, path=REPO / 'benchmarks' / 'RESULTS.md'):
    """Replace (or add) our section, leaving the other sections as they are."""
    old = path.read_text(encoding='utf-8') if path.exists() else '# Benchmark results\n'
    lines = old.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    if start is None:
        new = old.rstrip('\n') + '\n\n' + text
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith('## ')), len(lines))
        new = ''.join(lines[:start]) + text + ('\n' + ''.join(lines[end:]) if end < len(lines) else '')
    path.write_text(new, encoding='utf-8')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--official-limit', type=int, default=0, help='time the official style on the first N examples only')
    parser.add_argument('--no-write', action='store_true', help='print only, do not update benchmarks/RESULTS.md')
    args = parser.parse_args()
    found, notes = datasets()
    rows = [benchmark(name, gold, tables, args.official_limit) for name, gold, tables in found]
    text = report(rows, notes)
    print(text)
    if not args.no_write:
        write_section(text)
    return 0 if all(r['identical'] for r in rows) else 1


if __name__ == '__main__':
    sys.exit(main())
