"""WikiSQL prediction speed on CPU: questions/s in batches and latency of one question at a time,
greedy and with execution-guided decoding.

    python benchmarks/wikisql_prediction_speed.py --checkpoint runs/recon-baseline \
        --data-dir ../shared/data/wikisql --split dev --examples 1000 --single 200
"""
import argparse
import platform
import statistics
import time

import torch

from wikisql.data import load_split
from wikisql.database import Database
from wikisql.engine import Predictor


def cpu_name() -> str:
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--data-dir", default="data/wikisql-sample")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--examples", type=int, default=1000, help="questions for the batched figure")
    parser.add_argument("--single", type=int, default=200, help="questions for the one-at-a-time latency")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    predictor = Predictor.load(args.checkpoint)
    examples, tables = load_split(args.data_dir, args.split)
    database = Database.from_tables(tables)
    print(f"{cpu_name()}, {torch.get_num_threads()} threads, torch {torch.__version__}; "
          f"{args.split} of {args.data_dir}")
    print("| decoding | batch | questions | questions/s | latency p50 ms | latency p90 ms |")
    print("|---|---|---|---|---|---|")
    for eg in (False, True):
        name = "execution-guided" if eg else "greedy"
        batch = examples[: args.examples]
        start = time.perf_counter()
        predictor.predict_examples(batch, tables, database, eg=eg, batch_size=args.batch_size)
        seconds = time.perf_counter() - start
        print(f"| {name} | {args.batch_size} | {len(batch)} | {len(batch) / seconds:.1f} | | |")
        latencies = []
        for example in examples[: args.single]:
            start = time.perf_counter()
            predictor.predict_examples([example], tables, database, eg=eg, batch_size=1)
            latencies.append(1000 * (time.perf_counter() - start))
        quantiles = statistics.quantiles(latencies, n=10)
        print(f"| {name} | 1 | {len(latencies)} | {1000 * len(latencies) / sum(latencies):.1f} "
              f"| {statistics.median(latencies):.1f} | {quantiles[8]:.1f} |")


if __name__ == "__main__":
    main()
