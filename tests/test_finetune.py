"""bert/finetune.py's Runtime: rank, world size and device from the launcher's environment, and the
collectives over a real two-process gloo group. (The training loop is tested in test_glue.py.)"""
import argparse
import os
import socket
from pathlib import Path

import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from bert.finetune import Runtime, train_and_save

LAUNCHER_VARIABLES = ("RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT")


@pytest.fixture()
def no_launcher(monkeypatch):
    for name in LAUNCHER_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_single_process(no_launcher):
    runtime = Runtime.from_environment(no_cuda=True)
    assert (runtime.rank, runtime.world_size, runtime.local_rank) == (0, 1, -1)
    assert runtime.device == torch.device("cpu") and runtime.n_gpu == 0
    assert runtime.is_main and not runtime.distributed
    assert runtime.all_reduce_sum([1, 2.5]) == [1, 2.5]
    runtime.barrier()  # nothing to wait for


def test_explicit_device_wins(no_launcher):
    assert Runtime.from_environment(device="cpu").device == torch.device("cpu")


def test_shards_without_a_process_group(no_launcher, monkeypatch):
    """torchrun's variables give this process its share; a run of independent shards joins no group."""
    monkeypatch.setenv("WORLD_SIZE", "3")
    monkeypatch.setenv("RANK", "2")
    monkeypatch.setenv("LOCAL_RANK", "0")
    runtime = Runtime.from_environment(no_cuda=True, process_group=False)
    assert (runtime.rank, runtime.world_size, runtime.local_rank) == (2, 3, 0)
    assert runtime.distributed and not runtime.is_main and not dist.is_initialized()
    with pytest.raises(RuntimeError, match="needs a process group"):
        runtime.all_reduce_sum([1.0])
    with pytest.raises(RuntimeError, match="needs a process group"):
        runtime.barrier()


def test_local_rank_flag_is_the_rank_without_rank_variable(no_launcher, monkeypatch):
    monkeypatch.setenv("WORLD_SIZE", "2")
    runtime = Runtime.from_environment(local_rank=1, no_cuda=True, process_group=False)
    assert (runtime.rank, runtime.local_rank) == (1, 1)


def test_rank_outside_world_size_is_named(no_launcher, monkeypatch):
    monkeypatch.setenv("RANK", "2")
    monkeypatch.setenv("WORLD_SIZE", "2")
    with pytest.raises(ValueError, match="rank 2 is outside world size 2"):
        Runtime.from_environment(no_cuda=True)


def test_without_do_train_the_model_only_moves(tmp_path):
    args = argparse.Namespace(do_train=False, output_dir=str(tmp_path / "out"))
    model = torch.nn.Linear(2, 2)

    def train(_):
        raise AssertionError("not called without --do_train")

    assert train_and_save(args, Runtime(torch.device("cpu")), model, None, train) == (model, {})
    assert not (tmp_path / "out").exists()


def reduce_worker(rank, port, out_dir):
    os.environ.update(RANK=str(rank), WORLD_SIZE="2", LOCAL_RANK=str(rank), MASTER_ADDR="127.0.0.1",
                      MASTER_PORT=str(port))
    torch.set_num_threads(1)
    runtime = Runtime.from_environment(device="cpu")  # joins the gloo group
    runtime.barrier()
    summed = runtime.all_reduce_sum([float(rank + 1), 10.0])
    torch.save({"rank": runtime.rank, "world_size": runtime.world_size, "is_main": runtime.is_main, "sum": summed},
               Path(out_dir) / f"rank{rank}.pt")
    dist.destroy_process_group()


def test_two_gloo_processes_sum_and_barrier(tmp_path):
    with socket.socket() as probe:  # a free port, so parallel test runs do not collide
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    mp.spawn(reduce_worker, args=(port, str(tmp_path)), nprocs=2, join=True)
    results = [torch.load(tmp_path / f"rank{rank}.pt") for rank in range(2)]
    assert [(r["rank"], r["world_size"], r["is_main"]) for r in results] == [(0, 2, True), (1, 2, False)]
    assert results[0]["sum"] == results[1]["sum"] == [3.0, 20.0]
