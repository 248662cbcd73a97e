"""Load check of `python -m wikisql.serve` on loopback: concurrent questions, latency percentiles, errors.

Starts the service in a subprocess on 127.0.0.1 (a free port, a temporary table store),
uploads a table, sends a bounded number of requests from --concurrency client threads
(questions, with and without execution-guided decoding, and table reads), prints the
latency percentiles, throughput and the number of errors (any status but 200, or a failed
connection; must be 0), and stops the service.

    python benchmarks/serve_load.py                                  # trained model of `python -m wikisql.train`
    python benchmarks/serve_load.py --checkpoint runs/wikisql/best --requests 400 --concurrency 16
    python benchmarks/serve_load.py --untrained                      # bundled backbone, random head (latency only)
"""
import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere

QUESTIONS = ['How many players are from Duke?', 'What is the height of Ada Quill?', 'Who is from Iowa?',
             'Which school did Dev Okafor go to?', 'What is the number of the player from Spain?',
             'How tall is the tallest guard?', 'Which players are from Canada?', 'Duke?']


def untrained_checkpoint(directory):
    """The bundled backbone with a newly initialised head, saved as a model directory."""
    import torch
    from bert.checkpoints import resolve_model_dir
    from bert.tokenization import BertTokenizer
    from wikisql.inference import save_checkpoint
    from wikisql.model import WikiSQLModel
    torch.manual_seed(0)
    backbone = resolve_model_dir('minilm-l6')
    model = WikiSQLModel.from_pretrained_bert(str(backbone))
    return save_checkpoint(model, BertTokenizer.from_pretrained(backbone), directory, 'minilm-l6')


def free_port():
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        return probe.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--checkpoint', help='model directory (default: the trained runs/wikisql/best)')
    parser.add_argument('--untrained', action='store_true', help='bundled backbone with a random head')
    parser.add_argument('--table', default=str(REPO_ROOT / 'tests' / 'fixtures' / 'tables' / 'players.csv'))
    parser.add_argument('--requests', type=int, default=200)
    parser.add_argument('--concurrency', type=int, default=8)
    parser.add_argument('--startup-timeout', type=float, default=120.0)
    args = parser.parse_args(argv)
    if not 1 <= args.requests <= 10_000 or not 1 <= args.concurrency <= 64:
        parser.error('--requests 1..10000 and --concurrency 1..64')
    import httpx

    with tempfile.TemporaryDirectory(prefix='serve-load-') as scratch:
        checkpoint = args.checkpoint
        if args.untrained:
            checkpoint = str(untrained_checkpoint(Path(scratch) / 'untrained'))
        port = free_port()
        url = f'http://127.0.0.1:{port}'
        command = [sys.executable, '-m', 'wikisql.serve', '--host', '127.0.0.1', '--port', str(port),
                   '--store', str(Path(scratch) / 'tables.db')] + (['--checkpoint', checkpoint] if checkpoint else [])
        server = subprocess.Popen(command, cwd=REPO_ROOT, env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)))
        try:
            deadline = time.monotonic() + args.startup_timeout
            while True:
                if server.poll() is not None:
                    print(f'error: the service exited with status {server.returncode}', file=sys.stderr)
                    return 1
                try:
                    health = httpx.get(url + '/api/health', timeout=2).json()
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        print('error: the service did not start in time', file=sys.stderr)
                        return 1
                    time.sleep(0.25)
            table_path = Path(args.table)
            upload = httpx.post(url + '/api/tables', params={'name': table_path.name},
                                content=table_path.read_bytes(), timeout=30)
            upload.raise_for_status()
            table_id = upload.json()['id']

            local = threading.local()

            def request(index):
                if not hasattr(local, 'client'):
                    local.client = httpx.Client(base_url=url, timeout=60)
                kind = 'table' if index % 10 == 9 else ('ask+eg' if index % 2 else 'ask')
                started = time.perf_counter()
                try:
                    if kind == 'table':
                        response = local.client.get(f'/api/tables/{table_id}')
                    else:
                        response = local.client.post('/api/ask', json={
                            'table_id': table_id, 'question': QUESTIONS[index % len(QUESTIONS)], 'eg': kind == 'ask+eg'})
                    ok = response.status_code == 200
                    detail = '' if ok else f'{response.status_code} {response.text[:200]}'
                except httpx.HTTPError as error:
                    ok, detail = False, repr(error)
                return kind, time.perf_counter() - started, ok, detail

            for index in range(min(8, args.requests)):   # warm-up, not counted
                request(index)
            started = time.perf_counter()
            with ThreadPoolExecutor(args.concurrency) as pool:
                results = list(pool.map(request, range(args.requests)))
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()

    errors = [detail for _, _, ok, detail in results if not ok]
    print(f'\nserve load: {args.requests} requests, {args.concurrency} concurrent clients, loopback; '
          f'model {health["checkpoint"]}{" (untrained head)" if args.untrained else ""}')
    print(f'machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}')
    print('\n| requests | count | p50 ms | p90 ms | p99 ms | max ms |')
    print('|---|---|---|---|---|---|')
    for kind in ('ask', 'ask+eg', 'table', 'all'):
        latencies = [seconds * 1000 for k, seconds, _, _ in results if kind in ('all', k)]
        if latencies:
            print(f'| {kind} | {len(latencies)} | {statistics.median(latencies):.1f} | {percentile(latencies, 0.9):.1f} '
                  f'| {percentile(latencies, 0.99):.1f} | {max(latencies):.1f} |')
    print(f'\nthroughput {args.requests / elapsed:.1f} requests/s over {elapsed:.1f} s; errors: {len(errors)}')
    for detail in errors[:5]:
        print(f'  error: {detail}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
