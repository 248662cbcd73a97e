#!/usr/bin/env bash
# Train the WikiSQL recipe from scratch and score it on the dev set, without and with
# execution-guided decoding (both with value snapping, the default of wikisql.evaluate).
#   bash benchmarks/wikisql_accuracy.sh [DATA_DIR] [OUTPUT_DIR]
# DATA_DIR defaults to ../shared/data/wikisql (train from recon/, official dev in the folder itself);
# a directory in the official layout ({train,dev}.jsonl, {train,dev}.tables.jsonl) works too.
# Writes OUTPUT_DIR/scores.json and OUTPUT_DIR/scores-eg.json (lf_accuracy, ex_accuracy, components)
# beside the checkpoint, and ends with the LF/EX lines. Extra training flags: TRAIN_FLAGS="...".
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=${1:-../shared/data/wikisql}
output_dir=${2:-runs/wikisql-accuracy}
python=${PYTHON:-.venv/bin/python}
# The final recipe of benchmarks/RESULTS.md (bundled MiniLM-L6 backbone, table-content features, tables
# augmented as real tables vary, length buckets, bf16 autocast where the CPU/GPU has it). These flags are
# wikisql.train's defaults, spelled out.
"$python" -m wikisql.train --data-dir "$data_dir" --output-dir "$output_dir" \
  --epochs 3 --batch-size 32 --dtype auto --bert-lr 1e-4 --head-lr 1e-3 --warmup 0.05 \
  --content --augment 0.5 --content-dropout 0.25 --length-buckets 50 --save-steps 200 --seed 1 --quiet \
  ${TRAIN_FLAGS:-}
for mode in greedy eg; do
  flags=(); suffix=""
  if [ "$mode" = eg ]; then flags=(--eg); suffix="-eg"; fi
  "$python" -m wikisql.evaluate --execution-accuracy --checkpoint "$output_dir" --data-dir "$data_dir" \
    --split dev "${flags[@]}" --predictions-out "$output_dir/dev${suffix}.pred.jsonl" \
    --out "$output_dir/scores${suffix}.json" > /dev/null
done
"$python" - "$output_dir" <<'PY'
import json, sys
for name in ("scores.json", "scores-eg.json"):
    scores = json.load(open(f"{sys.argv[1]}/{name}"))
    print(f"dev {'with EG' if scores['eg'] else 'no EG  '}: LF {100 * scores['lf_accuracy']:.1f}  EX {100 * scores['ex_accuracy']:.1f}")
PY
