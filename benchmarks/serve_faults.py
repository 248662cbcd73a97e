"""Fault checks of `python -m wikisql.serve` on loopback: kills and restarts, slow clients.

    python benchmarks/serve_faults.py kills --untrained --clients 4 --uploads 100 --kills 4
    python benchmarks/serve_faults.py slow --untrained --clients 8 --slow-clients 4 --requests 320

`kills`: --clients threads upload tables (variations of players.csv), each as its own owner with
its own key (the first upload, keyless, returns it), now and then asking about the latest one,
while the service process is killed with SIGKILL --kills times at random moments (after a random
number of acknowledged uploads, plus up to 50 ms) and started again on the same --store file.
A request that fails while a kill happens is "in doubt" (not acknowledged), one refused while the
service is down is sent again; any other failure is an error. At the end the service is started
once more (nothing cached), and every acknowledged upload (200 with an id) must be listed for its
key with the rows sent (parsed as the service parses them); tables listed that were never
acknowledged must be in-doubt ones. Then `PRAGMA integrity_check` of the store must say ok, every
stored table must have its official-schema copy (table_<id>), and no such copy may be left without
its uploaded_tables row (an orphan: space no one can reach or expire). Lost tables and errors must be 0.

`slow`: --clients fast owners keep sending requests (questions with and without EG, table reads,
listings) in three phases of --requests each: alone, with --slow-clients slow owners present,
alone again. A slow owner uploads its table in 10 chunks spread over --slow-seconds (a chunked
body), then reads it back slowly (streamed, in small pieces with pauses); every second upload of
the first slow owner is about twice the service's --max-upload-bytes and must get 413. Reports the
fast owners' latency in each phase and what the slow owners got; errors must be 0.

Both stop by themselves (bounded requests, --max-seconds), use only 127.0.0.1, print the machine,
and exit with status 1 on any error or lost table. Helpers come from benchmarks/serve_load.py.
"""
import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from serve_load import (
    Owner,
    Service,
    ServiceError,
    add_service_arguments,
    check_answer,
    check_table,
    latency_table,
    load_average,
    machine_summary,
    make_owners,
    model_checkpoint,
    percentile,
    plan_requests,
    planned_sender,
    player_table,
    question_for,
    report_errors,
    upload,
    warm_up,
)

# ----------------------------------------------------------------------------- kills and restarts

class KillState:
    """What the killer and the writers share: the generation (odd while the service is down
    between a kill and its restart), acknowledged uploads, and a lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation = 0
        self.acknowledged = 0
        self.killer_done = False

    def explained(self, generation_at_start):
        """Whether a failed request can be blamed on a kill: one happened since it started, or
        the service is down now."""
        with self.lock:
            return self.generation != generation_at_start or self.generation % 2 == 1


class Writer:
    """One client thread of the kill check: its owner, what it sent, what failed."""

    def __init__(self, index):
        self.owner = Owner(f"w{index}")
        self.in_doubt = []        # names of uploads that failed during a kill: stored or not, unknown
        self.orphans = 0          # in-doubt keyless uploads: a key may exist that nobody holds
        self.refused = 0          # connections refused while the service was down (sent again)
        self.asks = self.asks_interrupted = 0
        self.errors = []


def write_tables(writer, index, url, state, args, deadline):
    import httpx
    rng = random.Random(args.seed * 100 + index)
    with httpx.Client(base_url=url, timeout=30, trust_env=False) as client:
        number = 0
        while True:
            with state.lock:
                if state.acknowledged >= args.uploads and state.killer_done:
                    return
            if time.monotonic() > deadline:
                writer.errors.append(f"{writer.owner.tag}: stopped at --max-seconds {args.max_seconds:g}")
                return
            name, data = player_table(f"{writer.owner.tag}u{number:03d}", args.seed * 10_000 + index * 1000 + number,
                                      extra_rows=rng.randrange(30))
            number += 1
            while time.monotonic() < deadline:
                generation, keyless = state.generation, writer.owner.key is None
                try:
                    response = upload(client, writer.owner, name, data)
                except httpx.ConnectError:
                    if not state.explained(generation):
                        writer.errors.append(f"{writer.owner.tag}: {name}: connection refused with the service up")
                    writer.refused += 1
                    time.sleep(0.1)
                    continue
                except httpx.TransportError as error:
                    if state.explained(generation):
                        writer.in_doubt.append(name)
                        writer.orphans += keyless
                    else:
                        writer.errors.append(f"{writer.owner.tag}: {name}: {error!r} with no kill")
                    break
                if response.status_code != 200:
                    writer.errors.append(f"{writer.owner.tag}: {name}: {response.status_code} {response.text[:200]}")
                else:
                    with state.lock:
                        state.acknowledged += 1
                    if args.ask_every and len(writer.owner.tables) % args.ask_every == 0:
                        ask_latest(client, writer, state, rng)
                break


def ask_latest(client, writer, state, rng):
    """Ask about the writer's latest table (reads while others write); failures during a kill are
    interrupted asks, others errors."""
    import httpx
    owner, generation = writer.owner, state.generation
    table_id = list(owner.tables)[-1]
    try:
        response = client.post("/api/ask", headers=owner.auth(), json={
            "table_id": table_id, "question": question_for(owner.header, owner.tables[table_id][1], rng)})
    except httpx.TransportError as error:
        if state.explained(generation):
            writer.asks_interrupted += 1
        else:
            writer.errors.append(f"{owner.tag}: ask {table_id}: {error!r} with no kill")
        return
    writer.asks += 1
    problem = check_answer(response, owner, table_id)
    if problem:
        writer.errors.append(problem)


def kill_at_random(service, state, points, rng, args, deadline, log):
    """Kill the service once the acknowledged uploads reach each point (plus up to 50 ms), and
    start it again on the same store."""
    try:
        for point in points:
            while state.acknowledged < point and time.monotonic() < deadline:
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.05))
            with state.lock:
                state.generation += 1
                at = state.acknowledged
            service.kill()
            started = time.monotonic()
            service.start(args.startup_timeout)
            log.append((at, time.monotonic() - started))
            with state.lock:
                state.generation += 1
    except ServiceError as problem:
        log.append((None, str(problem)))
    finally:
        with state.lock:
            state.killer_done = True


def verify_store(client, writers):
    """(lost, keys refused, stored though in doubt, problems) after the restarts, through the API."""
    lost, refused, stored_in_doubt, problems = [], 0, 0, []
    for writer in writers:
        owner = writer.owner
        if owner.key is None:
            continue
        response = client.get("/api/tables", headers=owner.auth())
        if response.status_code != 200:
            refused += 1
            lost += [f"{owner.tag}: {table_id} (the key is refused: {response.status_code})"
                     for table_id in owner.tables]
            continue
        listed = {table["id"]: table["name"] for table in response.json()["tables"]}
        for table_id, (name, _) in owner.tables.items():
            if table_id not in listed:
                lost.append(f"{owner.tag}: {table_id} ({name}) acknowledged, not listed")
                continue
            problem = check_table(client.get(f"/api/tables/{table_id}", headers=owner.auth()), owner, table_id)
            if problem:
                lost.append(problem)
        for table_id, name in listed.items():
            if table_id not in owner.tables:
                if name in writer.in_doubt:
                    stored_in_doubt += 1
                else:
                    problems.append(f"{owner.tag}: {table_id} ({name}) listed, never uploaded by this key")
    return lost, refused, stored_in_doubt, problems


def check_store_file(path):
    """(integrity_check's answer, tables stored, problems, orphans) of the store file: every
    uploaded table must have its official-schema copy (table_<id>), and no copy may be left
    without its uploaded_tables row (orphans: [(name, rows in it)])."""
    connection = sqlite3.connect("file:" + urllib.parse.quote(str(path)) + "?mode=ro", uri=True)
    try:
        integrity = "; ".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        stored = {row[0] for row in connection.execute("SELECT id FROM uploaded_tables")}
        copies = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'table^_%' ESCAPE '^'")}
        orphans = [(copy, connection.execute(f'SELECT count(*) FROM "{copy}"').fetchone()[0])
                   for copy in sorted(copies) if copy[len("table_"):] not in stored]
    finally:
        connection.close()
    problems = [f"uploaded table {table_id} has no table_{table_id}"
                for table_id in sorted(stored - {copy[len("table_"):] for copy in copies})]
    problems += [f"{copy} ({rows} rows) left in the file without its uploaded_tables row" for copy, rows in orphans]
    return integrity, len(stored), problems, orphans


def run_kills(args):
    import httpx
    machine_before = machine_summary()
    rng = random.Random(args.seed)
    errors = []
    with tempfile.TemporaryDirectory(prefix="serve-kills-") as scratch:
        store = Path(scratch) / "tables.db"
        with Service(model_checkpoint(args, scratch), store, Path(scratch) / "service.log",
                     ["--max-tables-per-key", args.uploads + 100]) as service:
            deadline = time.monotonic() + args.max_seconds
            try:
                service.start(args.startup_timeout)
            except ServiceError as problem:
                print(f"error: {problem}", file=sys.stderr)
                return 1
            state, kills = KillState(), []
            points = sorted(rng.sample(range(args.uploads // 10, args.uploads * 9 // 10), args.kills))
            writers = [Writer(index) for index in range(args.clients)]
            killer = threading.Thread(target=kill_at_random, args=(service, state, points, rng, args, deadline, kills))
            started = time.perf_counter()
            killer.start()
            with ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(lambda index: write_tables(writers[index], index, service.url, state, args, deadline),
                              range(args.clients)))
            killer.join()
            elapsed = time.perf_counter() - started
            errors += [f"restart: {detail}" for at, detail in kills if at is None]
            for writer in writers:
                errors += writer.errors
            try:   # a clean start: everything read from the file, nothing from the old process's memory
                service.stop()
                service.start(args.startup_timeout)
                with httpx.Client(base_url=service.url, timeout=60, trust_env=False) as client:
                    lost, keys_refused, stored_in_doubt, problems = verify_store(client, writers)
            except (ServiceError, httpx.HTTPError) as problem:
                print(f"error: {problem}", file=sys.stderr)
                return 1
            errors += problems
            service.stop()
            integrity, stored, file_problems, orphans = check_store_file(store)
            errors += file_problems
            if integrity != "ok":
                errors.append(f"PRAGMA integrity_check: {integrity}")
            log = service.log_tail(40)

    acknowledged = sum(len(writer.owner.tables) for writer in writers)
    in_doubt = sum(len(writer.in_doubt) for writer in writers)
    print(f"\nserve kills: {args.clients} client threads uploading, each its own owner and key; "
          f"{len([k for k in kills if k[0] is not None])} of {args.kills} SIGKILLs, each followed by a restart on "
          f"the same store; {elapsed:.1f} s")
    print(f"machine: {machine_before}; load average at the end {load_average()}")
    print("\n| kill | after acknowledged uploads | restart until healthy s |\n|---|---|---|")
    for number, (at, seconds) in enumerate(kills, 1):
        if at is not None:
            print(f"| {number} | {at} | {seconds:.1f} |")
    print(f"\nuploads acknowledged: {acknowledged}; in doubt (failed during a kill): {in_doubt}, of which "
          f"stored: {stored_in_doubt} (+{sum(w.orphans for w in writers)} keyless, whose key nobody got); "
          f"refused while down and sent again: {sum(w.refused for w in writers)}")
    print(f"asks about the latest table: {sum(w.asks for w in writers)} answered, "
          f"{sum(w.asks_interrupted for w in writers)} interrupted by a kill")
    print(f"after a clean restart: {sum(1 for w in writers if w.owner.key)} keys, {keys_refused} refused; "
          f"lost tables (acknowledged, then missing or changed): {len(lost)}")
    print(f'store file: PRAGMA integrity_check: {integrity}; {stored} tables stored; '
          f'official-schema copies without their uploaded_tables row (orphans): {len(orphans)}'
          f'{" (" + ", ".join(f"{rows} rows" for _, rows in orphans) + ")" if orphans else ""}; '
          f'other problems: {len(file_problems) - len(orphans)}')
    errors += lost
    status = report_errors(errors)
    if errors:
        print(f"\nthe service's log (last lines):\n{log}")
    return status


# ----------------------------------------------------------------------------- slow clients

def slowly(data, chunks, seconds):
    """A generator sending data in `chunks` pieces with a pause before each after the first."""
    size = -(-len(data) // chunks)
    for number, first in enumerate(range(0, len(data), size)):
        if number:
            time.sleep(seconds / chunks)
        yield data[first:first + size]


def slow_client(index, url, args, stop, report):
    """Upload slowly, read back slowly, until stop is set. report: a dict of counters and lists."""
    try:
        slow_uploads_and_reads(index, url, args, stop, report)
    except Exception as error:   # noqa: BLE001 (a thread's failure must count, not vanish)
        report["errors"].append(f"s{index}: {error!r}")


def slow_uploads_and_reads(index, url, args, stop, report):
    import httpx
    owner = Owner(f"s{index}")
    with httpx.Client(base_url=url, timeout=120, trust_env=False) as client:
        number = 0
        while not stop.is_set():
            over = index == 0 and number % 2 == 1   # rows of 30 bytes and more: about twice the limit
            rows = args.max_upload_bytes // 16 if over else args.slow_rows
            name, data = player_table(f"{owner.tag}u{number}", args.seed * 1000 + 500 + index * 50 + number, rows)
            number += 1
            started = time.perf_counter()
            try:
                response = upload(client, owner, name, data, content=slowly(data, 10, args.slow_seconds))
            except httpx.HTTPError as error:
                report["errors"].append(f"{owner.tag}: slow upload of {len(data):,} bytes: {error!r}")
                continue
            seconds = time.perf_counter() - started
            if over:
                if response.status_code == 413:
                    report["rejected"].append(seconds)
                else:
                    report["errors"].append(f"{owner.tag}: {len(data):,}-byte upload over the limit: "
                                            f"{response.status_code} {response.text[:200]}, expected 413")
                continue
            if response.status_code != 200:
                report["errors"].append(f"{owner.tag}: slow upload: {response.status_code} {response.text[:200]}")
                continue
            report["uploads"].append((len(data), seconds))
            table_id = response.json()["id"]
            started = time.perf_counter()
            try:
                with client.stream("GET", f"/api/tables/{table_id}", headers=owner.auth()) as reply:
                    body = bytearray()
                    for piece in reply.iter_bytes(args.read_chunk):
                        body += piece
                        time.sleep(0.05)
                    status = reply.status_code
            except httpx.HTTPError as error:
                report["errors"].append(f"{owner.tag}: slow read of {table_id}: {error!r}")
                continue
            problem = check_table(httpx.Response(status, content=bytes(body)), owner, table_id)
            if problem:
                report["errors"].append(problem)
            else:
                report["reads"].append((len(body), time.perf_counter() - started))
    report["owners"].append(owner)


def median_size_and_time(transfers):
    """' (B bytes, S s median)' of [(bytes, seconds)], or '' when there are none."""
    if not transfers:
        return ""
    return (f" ({statistics.median(size for size, _ in transfers):,.0f} bytes, "
            f"{statistics.median(seconds for _, seconds in transfers):.1f} s median)")


def run_slow(args):
    import httpx
    machine_before = machine_summary()
    errors, phases = [], []
    report = {"uploads": [], "rejected": [], "reads": [], "errors": [], "owners": []}
    with tempfile.TemporaryDirectory(prefix="serve-slow-") as scratch, \
            Service(model_checkpoint(args, scratch), Path(scratch) / "tables.db", Path(scratch) / "service.log",
                    ["--max-upload-bytes", args.max_upload_bytes]) as service:
        deadline = time.monotonic() + args.max_seconds
        try:
            service.start(args.startup_timeout)
            with httpx.Client(base_url=service.url, timeout=60, trust_env=False) as client:
                owners = make_owners(client, args.clients, 1, args.seed)
                rng = random.Random(args.seed)
                warm_up(client, owners, rng)
                request, close_clients = planned_sender(service.url, deadline)
                for phase in ("fast clients alone", f"with {args.slow_clients} slow clients", "alone again"):
                    stop, slow_threads = threading.Event(), []
                    if phase.startswith("with"):
                        slow_threads = [
                            threading.Thread(target=slow_client, args=(index, service.url, args, stop, report))
                            for index in range(args.slow_clients)]
                        for thread in slow_threads:
                            thread.start()
                        time.sleep(args.slow_seconds / 2)   # the slow uploads under way before the fast requests start
                    plan = plan_requests(owners, args.requests, 0.0, rng)
                    started = time.perf_counter()
                    with ThreadPoolExecutor(args.clients) as pool:
                        results = list(pool.map(request, plan))
                    elapsed = time.perf_counter() - started
                    stop.set()
                    for thread in slow_threads:
                        thread.join()
                    phases.append((phase, results, elapsed))
                    errors += [detail for _, _, outcome, detail in results if outcome == "error"]
                close_clients()
                for owner in report["owners"]:   # the slow owners' tables, read back at leisure
                    errors += [problem for problem in (check_table(client.get(f"/api/tables/{table_id}",
                                                                              headers=owner.auth()), owner, table_id)
                                                       for table_id in owner.tables) if problem]
        except (ServiceError, httpx.HTTPError) as problem:
            print(f"error: {problem}", file=sys.stderr)
            return 1
    errors += report["errors"]

    print(f"\nserve slow clients: {args.clients} fast owners ({args.clients} threads), {args.requests} requests "
          f"a phase; {args.slow_clients} slow owners: uploads of {args.slow_rows} rows in 10 chunks over "
          f"{args.slow_seconds:g} s, read back in {args.read_chunk}-byte pieces 50 ms apart; "
          f"--max-upload-bytes {args.max_upload_bytes:,}")
    print(f"machine: {machine_before}; load average at the end {load_average()}")
    print("\n| fast clients | requests | ask p50 ms | ask p99 ms | all p50 ms | all p90 ms | all p99 ms | max ms "
          "| requests/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for phase, results, elapsed in phases:
        every = [seconds * 1000 for _, seconds, _, _ in results]
        asks = [seconds * 1000 for kind, seconds, _, _ in results if kind.startswith("ask")]
        print(f"| {phase} | {len(results)} | {statistics.median(asks):.1f} | {percentile(asks, 0.99):.1f} | "
              f"{statistics.median(every):.1f} | {percentile(every, 0.9):.1f} | {percentile(every, 0.99):.1f} | "
              f"{max(every):.1f} | {len(results) / elapsed:.1f} |")
    print("\nper kind, with the slow clients present:\n")
    print(latency_table([(kind, seconds) for kind, seconds, _, _ in phases[1][1]], ["ask", "ask+eg", "table", "list"]))
    uploads, reads = report["uploads"], report["reads"]
    print(f"\nslow uploads: {len(uploads)} stored" + median_size_and_time(uploads)
          + f'; {len(report["rejected"])} over the limit, refused with 413'
          + (f' (after {statistics.median(report["rejected"]):.1f} s median)' if report["rejected"] else "")
          + f"; slow reads: {len(reads)} read back as sent" + median_size_and_time(reads))
    if not uploads or not report["rejected"] or not reads:
        errors.append("the slow clients did not complete an upload, a refused upload and a read each at least once")
    return report_errors(errors)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    modes = parser.add_subparsers(dest="mode", required=True)
    kills = modes.add_parser("kills", help="SIGKILL and restart the service while clients upload")
    add_service_arguments(kills)
    kills.add_argument("--clients", type=int, default=4, help="upload threads, each its own owner and key")
    kills.add_argument("--uploads", type=int, default=100, help="acknowledged uploads to reach (at least)")
    kills.add_argument("--kills", type=int, default=4)
    kills.add_argument("--ask-every", type=int, default=3,
                       help="ask about the latest table after every N uploads (0: never)")
    slow = modes.add_parser("slow", help="fast clients asking while slow clients upload and read")
    add_service_arguments(slow)
    slow.add_argument("--clients", type=int, default=8, help="fast owners, one thread each")
    slow.add_argument("--requests", type=int, default=320, help="fast requests in each of the three phases")
    slow.add_argument("--slow-clients", type=int, default=4)
    slow.add_argument("--slow-rows", type=int, default=200, help="made-up rows added to a slow upload")
    slow.add_argument("--slow-seconds", type=float, default=2.5, help="seconds a slow upload takes to send")
    slow.add_argument("--read-chunk", type=int, default=1024, help="bytes a slow client reads between pauses")
    slow.add_argument("--max-upload-bytes", type=int, default=65536,
                      help="the service's limit; every second upload of the first slow owner is over it")
    args = parser.parse_args(argv)
    if args.mode == "kills":
        if (not 1 <= args.clients <= 32 or not 10 <= args.uploads <= 5000
                or not 1 <= args.kills <= min(20, args.uploads // 2)):
            parser.error("--clients 1..32, --uploads 10..5000, --kills 1..20 (at most half the uploads)")
        return run_kills(args)
    if not 2 <= args.clients <= 64 or not 1 <= args.requests <= 5000 or not 1 <= args.slow_clients <= 16:
        parser.error("--clients 2..64, --requests 1..5000, --slow-clients 1..16")
    return run_slow(args)


if __name__ == "__main__":
    sys.exit(main())
