#!/usr/bin/env bash
# Regression checks of the BERT core: fine-tune the bundled backbone with recorded settings and fail
# when a figure falls more than 2 points (--tolerance) below its record.
#   bash scripts/regression.sh [all|mrpc|squad-v1.1|squad-v2.0] [--tolerance 2]
#     mrpc        MRPC dev accuracy; glue/regression_baseline.json; ../shared/data/mrpc (MRPC_DIR=...)
#     squad-v1.1  SQuAD v1.1 EM and F1 on a fixed dev subset; squad/regression_baseline.json
#     squad-v2.0  SQuAD v2.0 best F1 and HasAns F1; ../shared/data/squad (SQUAD_DIR=...)
#   all (the default) runs the three and fails if any fails. Each check runs in bf16 where it is native
#   and fast, float32 elsewhere, against its precision's record (--precision float32|bfloat16 to choose):
#   on 2 Zen 4 cores MRPC takes 3 minutes in bf16 (8 in float32), each SQuAD check 5-6 minutes in bf16;
#   in float32 on 2 AVX2 cores each SQuAD check took about 21 minutes.
# Exit status: 0 pass, 1 a figure fell, 2 missing data or baseline.
set -uo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
which=all
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then which=$1; shift; fi
run_one() {
  case "$1" in
    mrpc) "$python" -m glue.regression --data_dir "${MRPC_DIR:-../shared/data/mrpc}" "${@:2}" ;;
    squad-v1.1|squad-v2.0) "$python" -m squad.regression "${1#squad-}" --squad_dir "${SQUAD_DIR:-../shared/data/squad}" "${@:2}" ;;
    *) echo "regression.sh: unknown check '$1' (all, mrpc, squad-v1.1, squad-v2.0)" >&2; return 2 ;;
  esac
}
if [ "$which" != all ]; then
  run_one "$which" "$@"
  exit $?
fi
worst=0
for check in mrpc squad-v1.1 squad-v2.0; do
  run_one "$check" "$@"
  status=$?
  if [ "$status" -gt "$worst" ]; then worst=$status; fi
done
exit "$worst"
