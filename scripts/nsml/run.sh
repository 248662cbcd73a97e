#!/usr/bin/env bash
# Submit WikiSQL training to NSML: 4 GPUs, DDP through torch.distributed.run (--multi-gpu).
# Usage: scripts/nsml/run.sh [extra wikisql.train arguments]
# Environment: NSML_DATASET (default wikisql), NSML_GPUS (default 4), BERT (default bert-base-uncased).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATASET="${NSML_DATASET:-wikisql}"
GPUS="${NSML_GPUS:-4}"
BERT="${BERT:-bert-base-uncased}"
ARGS="--multi-gpu --bert ${BERT} --output-dir output --epochs 5 --batch-size 8 --bert-lr 2e-5 --head-lr 1e-3 --dtype bfloat16 --eg $*"
echo "nsml run -d ${DATASET} -g ${GPUS} -e scripts/nsml/main.py -a \"${ARGS}\""
exec nsml run -d "${DATASET}" -g "${GPUS}" -e scripts/nsml/main.py -a "${ARGS}"
