"""WikiSQL prediction speed and accuracy on the CPU, per precision: questions/s in batches with the
LF/EX of those predictions, and the latency of one question at a time, greedy and execution-guided.

    python benchmarks/wikisql_prediction_speed.py --checkpoint runs/wikisql \\
        --data-dir ../shared/data/wikisql --split dev --examples 8421 --single 200 \\
        --precisions float32,bfloat16,int8
"""
import argparse
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks.report import cpu_name  # noqa: E402
from wikisql.data import load_split  # noqa: E402
from wikisql.database import Database  # noqa: E402
from wikisql.engine import PRECISIONS, Predictor  # noqa: E402
from wikisql.evaluate import score  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--data-dir", default="data/wikisql-sample")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--examples", type=int, default=1000, help="questions for the batched figure and accuracy")
    parser.add_argument("--single", type=int, default=200, help="questions for the one-at-a-time latency")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--precisions", default="float32", help=f"comma-separated, of {', '.join(PRECISIONS)}")
    parser.add_argument("--no-eg", action="store_true", help="greedy decoding only")
    parser.add_argument("--warmup", type=int, default=256,
                        help="questions (the split's last ones) answered untimed before each timing: the first "
                             "configuration otherwise pays for the process's cold start")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    examples, tables = load_split(args.data_dir, args.split)
    database = Database.from_tables(tables)
    print(f"{cpu_name()}, {torch.get_num_threads()} threads, torch {torch.__version__}; "
          f"{args.split} of {args.data_dir}; {args.checkpoint}")
    print("| precision | decoding | batch | questions | questions/s | LF | EX | latency p50 ms | latency p90 ms |")
    print("|---|---|---|---|---|---|---|---|---|")
    for precision in args.precisions.split(","):
        predictor = Predictor.load(args.checkpoint, precision=precision)
        for eg in (False,) if args.no_eg else (False, True):
            name = "execution-guided" if eg else "greedy"
            batch = examples[: args.examples]
            if args.warmup:
                predictor.predict_examples(examples[-args.warmup:], tables, database, eg=eg, batch_size=args.batch_size)
            start = time.perf_counter()
            queries = predictor.predict_examples(batch, tables, database, eg=eg, batch_size=args.batch_size)
            seconds = time.perf_counter() - start
            result = score(batch, [q if q is not None else {"error": "not encoded"} for q in queries], database)
            print(f"| {precision} | {name} | {args.batch_size} | {len(batch)} | {len(batch) / seconds:.1f} "
                  f"| {100 * result['lf_accuracy']:.2f} | {100 * result['ex_accuracy']:.2f} | | |", flush=True)
            latencies = []
            for example in examples[: args.single]:
                start = time.perf_counter()
                predictor.predict_examples([example], tables, database, eg=eg, batch_size=1)
                latencies.append(1000 * (time.perf_counter() - start))
            if len(latencies) >= 2:
                quantiles = statistics.quantiles(latencies, n=10)
                print(f"| {precision} | {name} | 1 | {len(latencies)} | {1000 * len(latencies) / sum(latencies):.1f} "
                      f"| | | {statistics.median(latencies):.1f} | {quantiles[8]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
