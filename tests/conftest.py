import os
import sys
from pathlib import Path

import pytest
import torch

from bert.tokenization import BertTokenizer

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"

# `benchmarks.official_reference` (the official evaluator restated) is shared with a benchmark.
sys.path.insert(0, str(REPO_ROOT))

# Two cores here; keep torch from oversubscribing when several test processes run.
torch.set_num_threads(min(2, os.cpu_count() or 1))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED_DIR


@pytest.fixture(scope="session")
def bundled_model_dir() -> Path:
    from bert.checkpoints import CheckpointError, resolve_model_dir
    try:
        return resolve_model_dir("minilm-l6")
    except CheckpointError as error:
        pytest.skip(str(error))


@pytest.fixture(scope="session")
def tokenizer(bundled_model_dir):
    """The bundled backbone's WordPiece tokenizer (uncased)."""
    return BertTokenizer.from_pretrained(bundled_model_dir)


@pytest.fixture(scope="session")
def device() -> torch.device:
    """Where the device-aware tests run: NL2SQL_TEST_DEVICE (default cpu; `cuda` on a GPU machine,
    as benchmarks/gpu_check.sh runs them). A device that is asked for and absent skips them."""
    name = os.environ.get("NL2SQL_TEST_DEVICE", "cpu")
    if name.startswith("cuda") and not torch.cuda.is_available():
        pytest.skip(f"NL2SQL_TEST_DEVICE={name} but torch sees no GPU")
    return torch.device(name)


@pytest.fixture()
def one_thread():
    """Tiny models run fastest on one thread; two threads crawl on a busy 2-core machine."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
