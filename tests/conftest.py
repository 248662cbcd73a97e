import os
from pathlib import Path

import pytest
import torch

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"

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


@pytest.fixture()
def one_thread():
    """Tiny models run fastest on one thread; two threads crawl on a busy 2-core machine."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
