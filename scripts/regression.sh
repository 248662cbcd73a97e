#!/usr/bin/env bash
# MRPC regression check of the BERT core: fine-tune the bundled backbone on MRPC with the settings
# recorded in glue/regression_baseline.json and fail if dev accuracy falls more than 2 points below
# the recorded figure. Needs ../shared/data/mrpc (or MRPC_DIR=...). Exit status: 0 pass, 1 fail,
# 2 missing data or baseline.
#   bash scripts/regression.sh [extra glue.regression flags, e.g. --tolerance 2]
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
data_dir=${MRPC_DIR:-../shared/data/mrpc}
exec "$python" -m glue.regression --data_dir "$data_dir" "$@"
