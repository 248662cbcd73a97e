#!/usr/bin/env bash
# The GPU path in one short run, for a lent GPU machine. Steps, with what they took on one H200
# (2026-12-04, benchmarks/RESULTS.md "The GPU path on one NVIDIA H200"):
#   env     the GPU, torch, CUDA (8 s)
#   tests   the device-aware tests on CUDA (NL2SQL_TEST_DEVICE=cuda): our BERT against transformers,
#           BertAdam's fused kernel against its per-tensor rule, a tiny model learning the sample,
#           a killed run resuming to the same weights (about 90 s)
#   mfu     benchmarks/bert_throughput.py: training and inference throughput and MFU, ours and theirs (62 s)
#   ddp     python -m wikisql.train --multi-gpu (torch.distributed.run, NCCL) on a slice of the data (42 s)
#   train   the default recipe on CUDA, all of recon/, dev scored each epoch (metrics.jsonl; about 390 s,
#           so it does not fit one 10-minute call with all the others: name the steps to run)
# Each step has its own time limit and log; a failing step does not stop the others.
#
#   bash benchmarks/gpu_check.sh DATA_DIR OUT_DIR [SEED] [STEPS]
#   bash benchmarks/gpu_check.sh ../shared/data/wikisql runs/gpu-check 3 "env tests mfu ddp"
#   bash benchmarks/gpu_check.sh ../shared/data/wikisql runs/gpu-check 3 "env train"
# OUT_DIR gets at most 8 files: summary.txt and one log per step, mfu.md, metrics.jsonl.
# On a GPU machine without the package registries, scripts/pack_offline.py packs the data, the backbone,
# babel and WordNet into one folder to take along and unpacks them there (its docstring has the commands).
set -uo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: bash benchmarks/gpu_check.sh DATA_DIR OUT_DIR [SEED] [STEPS]}
out=${2:?usage: bash benchmarks/gpu_check.sh DATA_DIR OUT_DIR [SEED] [STEPS]}
seed=${3:-3}
steps=" ${4:-env tests mfu ddp train} "
python=${PYTHON:-python3}
work=$(mktemp -d)
mkdir -p "$out"
export PYTHONUNBUFFERED=1

step() {   # step NAME LIMIT_S COMMAND...: run it under a time limit, log to OUT/NAME.log, summarise
  local name=$1 limit=$2 start rc
  shift 2
  [[ $steps == *" $name "* ]] || return 0
  start=$(date +%s)
  timeout "$limit" "$@" >"$out/$name.log" 2>&1
  rc=$?
  echo "$name: rc $rc, $(( $(date +%s) - start )) s (limit $limit s)" | tee -a "$out/summary.txt"
}

step env 20 bash -c "nvidia-smi; $python -c 'import torch, transformers; print(\"torch\", torch.__version__,
  \"cuda\", torch.version.cuda, torch.cuda.get_device_name(0), \"bf16\", torch.cuda.is_bf16_supported(),
  \"transformers\", transformers.__version__)'; lscpu | head -20"
step tests 100 env NL2SQL_TEST_DEVICE=cuda "$python" -m pytest -q -p no:cacheprovider \
  tests/test_modeling.py tests/test_optimization.py tests/test_wikisql_train.py \
  -k "(transformers or fused or bias_correction or learns_the_sample or resumes) and not refused"
step mfu 75 "$python" benchmarks/bert_throughput.py --device cuda --models minilm,base --seq-lengths 128,384 \
  --results "$out/mfu.md"
step ddp 60 "$python" -m wikisql.train --multi-gpu --data-dir "$data" --output-dir "$work/ddp" \
  --max-train-examples 1600 --max-dev-examples 500 --epochs 1 --save-steps 25 --quiet
step train 450 "$python" -m wikisql.train --data-dir "$data" --output-dir "$work/recipe" --seed "$seed" \
  --save-steps 500 --quiet
cp "$work/recipe/metrics.jsonl" "$out/metrics.jsonl" 2>/dev/null
grep -h '"dev_lf"' "$out/metrics.jsonl" 2>/dev/null | tee -a "$out/summary.txt"
tail -n 3 "$out/tests.log" "$out/ddp.log" 2>/dev/null
grep -A12 '^| model' "$out/mfu.md" 2>/dev/null
