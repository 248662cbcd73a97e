"""Load check of `python -m wikisql.serve` on loopback: many owners, isolation, latency percentiles, errors.

Starts the service in a subprocess on 127.0.0.1 (a free port, a temporary table store).
--clients owners each upload their own table(s) (variations of tests/fixtures/tables/players.csv:
rows shuffled and made up, names tagged with the owner) and keep the key the first upload
returns. Then --requests requests from --concurrency client threads, each request as one owner
with its key about its own tables: questions (with and without execution-guided decoding),
table reads (rows must equal what was sent), listings (must list exactly the owner's ids), and a
sample of cross-owner requests (owner A asks about, reads or deletes B's table with A's key: each
must be 404; counted apart, not as errors). At the end every owner's tables are listed and read
again. Prints the latency percentiles per kind, throughput, the machine and the number of errors
(any unexpected status, a leak across owners, a changed or lost table, a failed connection; must
be 0; the exit status is 1 otherwise), and stops the service.

    python benchmarks/serve_load.py                                  # trained model of `python -m wikisql.train`
    python benchmarks/serve_load.py --checkpoint runs/wikisql/best --clients 16 --requests 640 --concurrency 16
    python benchmarks/serve_load.py --untrained                      # bundled backbone, random head (latency only)

The helpers here (the service in a subprocess, owners and their tables, percentiles, the
machine) are shared with benchmarks/serve_faults.py (kills and restarts, slow clients).
"""
import argparse
import csv
import io
import json
import os
import platform
import random
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))  # run as a script from anywhere

PLAYERS = REPO_ROOT / "tests" / "fixtures" / "tables" / "players.csv"
QUESTIONS = ["How many players are from {School}?", "What is the height of {Player}?", "Who is from {School}?",
             "Which school did {Player} go to?", "What is the number of the player from {Nationality}?",
             "How tall is the tallest {Position}?", "Which players are from {Nationality}?", "{School}?"]
SURNAMES = ["Quill", "Rook", "Marsh", "Okafor", "Brandt", "Haro", "Lind", "Vega", "Moss", "Adeyemi"]


# ----------------------------------------------------------------------------- helpers

def untrained_checkpoint(directory):
    """The bundled backbone with a newly initialised head, saved as a model directory."""
    import torch

    from bert.checkpoints import resolve_model_dir
    from bert.tokenization import BertTokenizer
    from wikisql.checkpoint import save_checkpoint
    from wikisql.model import WikiSQLModel
    torch.manual_seed(0)
    backbone = resolve_model_dir("minilm-l6")
    model = WikiSQLModel.from_pretrained_bert(str(backbone))
    return save_checkpoint(model, BertTokenizer.from_pretrained(backbone), directory, "minilm-l6")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def machine_summary():
    """One line: CPU model and flags of note, cores, Python, torch, SQLite, load average."""
    model, flags = None, set()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() == "model name" and model is None:
                model = value.strip()
            elif name.strip() == "flags" and not flags:
                flags = set(value.split())
    except OSError:
        pass
    model = model or platform.processor() or platform.machine()
    notable = [flag for flag in ("avx512_bf16", "amx_bf16") if flag in flags]
    try:
        from importlib.metadata import version
        torch_version = version("torch")
    except Exception:   # noqa: BLE001 (any failure: just say so)
        torch_version = "not installed"
    import sqlite3
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f'{model}{" (" + ", ".join(notable) + ")" if notable else ""}, {cores} cores usable, '
            f'Python {platform.python_version()}, torch {torch_version}, SQLite {sqlite3.sqlite_version}, '
            f'load average {load_average()}')


def load_average():
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def report_errors(errors, shown=10):
    """Print the number of errors and the first few; returns the exit status (1 if any)."""
    print(f"errors: {len(errors)}")
    for detail in errors[:shown]:
        print(f"  error: {detail}")
    return 1 if errors else 0


def latency_table(samples, kinds):
    """Markdown table of (kind, seconds) samples: count and p50/p90/p99/max ms per kind, then all."""
    lines = ["| requests | count | p50 ms | p90 ms | p99 ms | max ms |", "|---|---|---|---|---|---|"]
    for kind in list(kinds) + ["all"]:
        latencies = [seconds * 1000 for k, seconds in samples if kind in ("all", k)]
        if latencies:
            lines.append(f"| {kind} | {len(latencies)} | {statistics.median(latencies):.1f} | "
                         f"{percentile(latencies, 0.9):.1f} | {percentile(latencies, 0.99):.1f} | "
                         f"{max(latencies):.1f} |")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- tables and owners

def player_table(tag, seed, extra_rows=0):
    """A variation of players.csv as (file name, CSV bytes): `extra_rows` made-up players added,
    rows shuffled, every player's name tagged (no two owners' tables share a name) and shirt
    numbers shifted; the same tag and seed give the same file."""
    rng = random.Random(seed)
    header, *rows = list(csv.reader(io.StringIO(PLAYERS.read_text())))
    columns = list(zip(*rows))
    for _ in range(extra_rows):
        rows.append([f"{rng.choice(columns[0]).split()[0]} {rng.choice(SURNAMES)}", str(rng.randrange(100)),
                     rng.choice(columns[2]), rng.choice(columns[3]), f"{rng.uniform(1.7, 2.2):.2f}",
                     rng.choice(columns[5])])
    shift = rng.randrange(100)
    rows = [[f"{row[0]} {tag}", str(int(row[1]) + shift), *row[2:]] for row in rows]
    rng.shuffle(rows)
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows([header] + rows)
    return f"players-{tag}.csv", text.getvalue().encode("utf-8")


def parsed_rows(name, data):
    """The rows of an uploaded file as the service parses and returns them (via JSON)."""
    from wikisql.tables import read_table
    return json.loads(json.dumps(read_table(Path(name), None, data).rows))


def question_for(header, rows, rng):
    """A question from the templates, about a random row of the table."""
    row = dict(zip(header, rng.choice(rows)))
    return rng.choice(QUESTIONS).format(**row)


@dataclass
class Owner:
    """A user of the service: its key (once the first upload returned one) and its tables."""
    tag: str
    key: str = None
    tables: dict = field(default_factory=dict)   # id -> (name, rows as sent, parsed as the service does)
    header: list = None

    def auth(self):
        return {"Authorization": f"Bearer {self.key}"} if self.key else {}


def upload(client, owner, name, data, content=None, timeout=60):
    """POST a file as owner (without a key when owner has none yet: the reply's key becomes
    owner's). On 200 the table is recorded as owner's; returns the response. `content` (e.g. a
    generator of chunks) is sent in place of data, which stays the record of what was sent."""
    response = client.post("/api/tables", params={"name": name}, content=data if content is None else content,
                           headers=owner.auth(), timeout=timeout)
    if response.status_code == 200:
        reply = response.json()
        if owner.key is None:
            owner.key = reply["key"]
        owner.tables[reply["id"]] = (name, parsed_rows(name, data))
        owner.header = reply["header"]
    return response


def check_listing(client, owner, expected=None):
    """'' when GET /api/tables as owner lists exactly `expected` ids (default: owner's tables), else why not."""
    expected = set(owner.tables if expected is None else expected)
    response = client.get("/api/tables", headers=owner.auth())
    if response.status_code != 200:
        return f"{owner.tag}: GET /api/tables {response.status_code} {response.text[:200]}"
    listed = [table["id"] for table in response.json()["tables"]]
    if set(listed) != expected or len(listed) != len(expected):
        return (f"{owner.tag}: GET /api/tables listed {sorted(listed)}, expected {sorted(expected)} "
                f"(missing {sorted(expected - set(listed))}, foreign {sorted(set(listed) - expected)})")
    return ""


def check_table(response, owner, table_id):
    """'' when a GET /api/tables/{id} response holds owner's table as sent, else why not."""
    if response.status_code != 200:
        return f"{owner.tag}: GET /api/tables/{table_id} {response.status_code} {response.text[:200]}"
    reply, (name, rows) = response.json(), owner.tables[table_id]
    if reply["id"] != table_id or reply["name"] != name or reply["rows"] != rows:
        return (f'{owner.tag}: GET /api/tables/{table_id}: not the table sent '
                f'(name {reply["name"]!r} vs {name!r}, {len(reply["rows"])} vs {len(rows)} rows)')
    return ""


def check_answer(response, owner, table_id):
    """'' when a POST /api/ask response answers from owner's table, else why not: the same id,
    row numbers within it; with no aggregation, values that are cells of its selected column;
    with no condition, every row selected (COUNT: the number of its rows; owners' tables differ in
    length, so a count of another's table shows)."""
    if response.status_code != 200:
        return f"{owner.tag}: POST /api/ask {response.status_code} {response.text[:200]}"
    reply, rows = response.json(), owner.tables[table_id][1]
    if reply["table_id"] != table_id:
        return f'{owner.tag}: asked about {table_id}, answered about {reply["table_id"]}'
    if any(not 0 <= row < len(rows) for row in reply["rows"]):
        return f'{owner.tag}: answer rows {reply["rows"][:10]} outside its {len(rows)}-row table {table_id}'
    query = reply["query"]
    if not query or reply["error"]:
        return ""
    if query["agg"] == 0:
        column = {cell.lower() if isinstance(cell, str) else cell for cell in (row[query["sel"]] for row in rows)}
        foreign = [value for value in reply["result"] if value not in column]
        if foreign:
            return f'{owner.tag}: answer values {foreign[:5]} are not cells of column {query["sel"]} of {table_id}'
    if not query["conds"]:
        if reply["rows"] != list(range(len(rows)))[:max(1, len(reply["rows"]))]:
            return f'{owner.tag}: no condition, yet rows {reply["rows"][:10]} of the {len(rows)}-row table {table_id}'
        if query["agg"] == 3 and reply["result"] != [len(rows)]:
            return f'{owner.tag}: COUNT of the {len(rows)}-row table {table_id} answered {reply["result"]}'
    return ""


# ----------------------------------------------------------------------------- the service

class ServiceError(Exception):
    pass


class Service:
    """`python -m wikisql.serve` in a subprocess on 127.0.0.1, its output to a log file; it can
    be killed (SIGKILL) and started again on the same port and store."""

    def __init__(self, checkpoint, store, log_path, extra_args=()):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_path)
        self.command = ([sys.executable, "-m", "wikisql.serve", "--host", "127.0.0.1", "--port", str(self.port),
                         "--store", str(store)] + (["--checkpoint", str(checkpoint)] if checkpoint else [])
                        + [str(arg) for arg in extra_args])
        self.process = None
        self.starts = 0

    def start(self, timeout):
        """Start the service and wait until /api/health answers; returns its reply."""
        import httpx
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(self.command, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT,
                                            env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)))
        self.starts += 1
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise ServiceError(f"the service exited with status {self.process.returncode}\n{self.log_tail()}")
            try:
                return httpx.get(self.url + "/api/health", timeout=2, trust_env=False).json()
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise ServiceError(f"the service did not start in {timeout:g} s\n{self.log_tail()}") from None
                time.sleep(0.1)

    def kill(self):
        """SIGKILL: no shutdown code runs, as when the machine loses the process."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_tail(self, lines=20):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def add_service_arguments(parser):
    parser.add_argument("--checkpoint", help="model directory (default: the trained runs/wikisql/best)")
    parser.add_argument("--untrained", action="store_true",
                        help="bundled backbone with a random head (the latency of a trained model, random answers)")
    parser.add_argument("--startup-timeout", type=float, default=180.0)
    parser.add_argument("--max-seconds", type=float, default=900.0,
                        help="the whole check stops (and fails) past this many seconds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--service-args", default="",
                        help='more flags for python -m wikisql.serve, e.g. "--max-batch 1"')


def model_checkpoint(args, scratch):
    return str(untrained_checkpoint(Path(scratch) / "untrained")) if args.untrained else args.checkpoint


def planned_sender(url, deadline):
    """(send_planned, close): send_planned((kind, owner, table id, question)) sends one planned
    request on the calling thread's own httpx.Client and returns (kind, seconds, outcome, detail);
    past `deadline` (time.monotonic) it sends nothing and returns an error. close closes the clients."""
    import httpx
    local, made, lock = threading.local(), [], threading.Lock()

    def send_planned(planned):
        if time.monotonic() > deadline:
            return planned[0], 0.0, "error", "not sent: past --max-seconds"
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=url, timeout=60, trust_env=False)
            with lock:
                made.append(local.client)
        started = time.perf_counter()
        outcome, detail = send(local.client, *planned)
        return planned[0], time.perf_counter() - started, outcome, detail

    def close():
        for client in made:
            client.close()
    return send_planned, close


# ----------------------------------------------------------------------------- the load check

def make_owners(client, count, tables_per_owner, seed):
    """count owners, each with its own key and tables_per_owner (or one more, every other owner) tables."""
    owners = []
    for index in range(count):
        owner = Owner(f"c{index:02d}")
        for number in range(tables_per_owner + index % 2):
            name, data = player_table(f"{owner.tag}t{number}", seed * 1000 + index * 10 + number,
                                      extra_rows=(index + number) % 5)
            response = upload(client, owner, name, data)
            if response.status_code != 200:
                raise ServiceError(f"{owner.tag}: upload {name}: {response.status_code} {response.text[:200]}")
        owners.append(owner)
    return owners


def plan_requests(owners, count, cross_fraction, rng):
    """[(kind, owner, table id, question or None)]: asks (half with EG), table reads, listings, and
    cross-owner requests (owner asks about, reads or deletes another owner's table)."""
    plan = []
    for index in range(count):
        owner = owners[index % len(owners)]
        table_id = rng.choice(sorted(owner.tables))
        draw = rng.random()
        if draw < cross_fraction:
            victim = rng.choice([other for other in owners if other is not owner])
            kind = ("cross ask", "cross table", "cross delete")[index % 3]
            plan.append((kind, owner, rng.choice(sorted(victim.tables)), "Who is from Duke?"))
        elif draw < cross_fraction + 0.05:
            plan.append(("list", owner, None, None))
        elif draw < cross_fraction + 0.15:
            plan.append(("table", owner, table_id, None))
        else:
            question = question_for(owner.header, owner.tables[table_id][1], rng)
            plan.append(("ask+eg" if rng.random() < 0.5 else "ask", owner, table_id, question))
    return plan


def send(client, kind, owner, table_id, question):
    """Send one planned request; returns (outcome, detail): 'ok', 'expected 404' or 'error'."""
    import httpx
    try:
        if kind in ("ask", "ask+eg", "cross ask"):
            response = client.post("/api/ask", headers=owner.auth(),
                                   json={"table_id": table_id, "question": question, "eg": kind == "ask+eg"})
        elif kind in ("table", "cross table"):
            response = client.get(f"/api/tables/{table_id}", headers=owner.auth())
        elif kind == "cross delete":
            response = client.delete(f"/api/tables/{table_id}", headers=owner.auth())
        else:
            problem = check_listing(client, owner)
            return ("error", problem) if problem else ("ok", "")
    except httpx.HTTPError as error:
        return "error", f"{kind}: {error!r}"
    if kind.startswith("cross"):
        if response.status_code == 404:
            return "expected 404", ""
        leak = " (LEAK: another owner's table)" if response.status_code == 200 else ""
        return "error", f"{owner.tag}: {kind} {table_id}: {response.status_code}{leak} {response.text[:200]}"
    problem = check_table(response, owner, table_id) if kind == "table" else check_answer(response, owner, table_id)
    return ("error", problem) if problem else ("ok", "")


def warm_up(client, owners, rng):
    """One question per owner, not timed (first use of each table and of the model)."""
    for owner in owners:
        table_id = next(iter(owner.tables))
        client.post("/api/ask", headers=owner.auth(), json={
            "table_id": table_id, "question": question_for(owner.header, owner.tables[table_id][1], rng)})


def auth_probes(client, owners):
    """Requests that must be refused with 401 (no key, an unknown key); returns the problems."""
    stranger = Owner("stranger", key="not-a-key-this-service-issued")
    problems = []
    for what, headers in (("no key", {}), ("unknown key", stranger.auth())):
        for method, path in (("GET", "/api/tables"), ("GET", f"/api/tables/{next(iter(owners[0].tables))}")):
            response = client.request(method, path, headers=headers)
            if response.status_code != 401:
                problems.append(f"{what}: {method} {path}: {response.status_code}, expected 401")
    return problems


def final_check(client, owners):
    """Every owner lists exactly its tables, and each reads back as sent; returns the problems."""
    problems = []
    for owner in owners:
        problems += [problem for problem in [check_listing(client, owner)] if problem]
        for table_id in owner.tables:
            problem = check_table(client.get(f"/api/tables/{table_id}", headers=owner.auth()), owner, table_id)
            problems += [problem] if problem else []
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_service_arguments(parser)
    parser.add_argument("--clients", type=int, default=16, help="distinct owners, each with its own key and tables")
    parser.add_argument("--tables-per-client", type=int, default=1,
                        help="tables each owner uploads (every other owner one more)")
    parser.add_argument("--requests", type=int, default=640)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--cross-fraction", type=float, default=0.05,
                        help="share of requests made with one owner's key about another owner's table")
    args = parser.parse_args(argv)
    if not 1 <= args.requests <= 10_000 or not 1 <= args.concurrency <= 64 or not 2 <= args.clients <= 64:
        parser.error("--requests 1..10000, --concurrency 1..64 and --clients 2..64")
    if not 1 <= args.tables_per_client <= 10 or not 0 <= args.cross_fraction <= 0.5:
        parser.error("--tables-per-client 1..10 and --cross-fraction 0..0.5")
    import httpx

    machine_before = machine_summary()
    errors, expected_401 = [], 0
    with tempfile.TemporaryDirectory(prefix="serve-load-") as scratch:
        checkpoint = model_checkpoint(args, scratch)
        with Service(checkpoint, Path(scratch) / "tables.db", Path(scratch) / "service.log",
                     shlex.split(args.service_args)) as service:
            try:
                health = service.start(args.startup_timeout)
                with httpx.Client(base_url=service.url, timeout=60, trust_env=False) as client:
                    owners = make_owners(client, args.clients, args.tables_per_client, args.seed)
                    problems = auth_probes(client, owners)
                    expected_401 = 4 - len(problems)
                    errors += problems
                    rng = random.Random(args.seed)
                    warm_up(client, owners, rng)
                    plan = plan_requests(owners, args.requests, args.cross_fraction, rng)
                    request, close_clients = planned_sender(service.url, time.monotonic() + args.max_seconds)
                    started = time.perf_counter()
                    with ThreadPoolExecutor(args.concurrency) as pool:
                        results = list(pool.map(request, plan))
                    elapsed = time.perf_counter() - started
                    close_clients()
                    errors += [detail for _, _, outcome, detail in results if outcome == "error"]
                    final = final_check(client, owners)
                    errors += final
            except (ServiceError, httpx.HTTPError) as problem:
                print(f"error: {problem}", file=sys.stderr)
                return 1

    tables = sum(len(owner.tables) for owner in owners)
    cross = [result for result in results if result[0].startswith("cross")]
    print(f'\nserve load: {args.requests} requests from {args.concurrency} threads as {args.clients} owners '
          f'({tables} tables, each owner its own key), loopback; model {health["checkpoint"]}'
          f'{" (untrained head)" if args.untrained else ""}')
    print(f"machine: {machine_before}; load average at the end {load_average()}")
    print()
    print(latency_table([(kind, seconds) for kind, seconds, _, _ in results],
                        ["ask", "ask+eg", "table", "list", "cross ask", "cross table", "cross delete"]))
    print(f"\nthroughput {args.requests / elapsed:.1f} requests/s over {elapsed:.1f} s")
    print(f'isolation: {sum(outcome == "expected 404" for _, _, outcome, _ in results)} of {len(cross)} cross-owner '
          f'requests got the expected 404; {expected_401} of 4 keyless/unknown-key requests got the expected 401; '
          f'final check: {args.clients} listings and {tables} tables read back '
          f'{"as sent" if not final else f"with {len(final)} problems"}')
    return report_errors(errors)


if __name__ == "__main__":
    sys.exit(main())
