"""Two CPU processes (gloo) under DDP compute the gradients of one process on the joined batch."""
import os
import socket
from pathlib import Path

import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from bert.config import BertConfig
from bert.finetune import Runtime
from bert.tokenization import BertTokenizer
from wikisql.data import load_examples, load_tables
from wikisql.encoding import Encoder, collate, encode_examples
from wikisql.model import HeadConfig, WikiSQLModel, compute_loss
from wikisql.train import epoch_order, micro_batches

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "data" / "wikisql-sample"
WORLD_SIZE = 2
BATCH_SIZE = 3  # per process
NUM_EXAMPLES = 11  # not a multiple of the global batch: the last batch is short


def tiny_model():
    torch.manual_seed(0)
    config = BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128,
                        hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    return WikiSQLModel(config, HeadConfig(dropout=0.0, max_seq_length=128))


def encoded_sample(vocab_dir):
    tables = load_tables(SAMPLE_DIR / "train.tables.jsonl")
    examples = load_examples(SAMPLE_DIR / "train.jsonl", tables)[:NUM_EXAMPLES]
    items, _ = encode_examples(Encoder(BertTokenizer.from_pretrained(vocab_dir), 128), examples, tables)
    return items


def gradients(model):
    return {name: p.grad.detach().clone() for name, p in model.named_parameters() if p.grad is not None}


def worker(rank, port, vocab_dir, out_dir):
    os.environ.update(RANK=str(rank), WORLD_SIZE=str(WORLD_SIZE), LOCAL_RANK=str(rank),
                      MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    torch.set_num_threads(1)
    distributed = Runtime.from_environment(device="cpu")  # joins the gloo process group from the environment
    items = encoded_sample(vocab_dir)
    model = tiny_model()
    ddp = torch.nn.parallel.DistributedDataParallel(model)
    order = epoch_order(len(items), 0, seed=5, world_size=WORLD_SIZE)
    results = {}
    for index, shard in enumerate(micro_batches(order, BATCH_SIZE, rank, WORLD_SIZE)):
        batch = collate([items[i] for i in shard])
        ddp.zero_grad()
        loss, _ = compute_loss(ddp(**batch), batch)
        loss.backward()
        results[index] = gradients(model)
    results["sum"] = distributed.all_reduce_sum([float(rank + 1), 10.0])
    torch.save(results, Path(out_dir) / f"rank{rank}.pt")
    dist.destroy_process_group()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_shards_cover_each_global_batch_once():
    order = epoch_order(NUM_EXAMPLES, 0, seed=5, world_size=WORLD_SIZE)
    assert len(order) == 12 and sorted(set(order)) == list(range(NUM_EXAMPLES))
    shards = [micro_batches(order, BATCH_SIZE, rank, WORLD_SIZE) for rank in range(WORLD_SIZE)]
    assert len(shards[0]) == len(shards[1]) == 2
    for index in range(2):
        joined = order[index * 6:(index + 1) * 6]
        assert sorted(shards[0][index] + shards[1][index]) == sorted(joined)
        assert len(shards[0][index]) == len(shards[1][index])
    assert epoch_order(NUM_EXAMPLES, 1, seed=5, world_size=1) != epoch_order(NUM_EXAMPLES, 0, seed=5, world_size=1)


def test_two_gloo_processes_match_one_process_on_the_joined_batch(tmp_path, bundled_model_dir):
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny model: one thread is fastest
    try:
        check_against_joined_batch(tmp_path, bundled_model_dir)
    finally:
        torch.set_num_threads(threads)


def check_against_joined_batch(tmp_path, bundled_model_dir):
    mp.spawn(worker, args=(free_port(), str(bundled_model_dir), str(tmp_path)), nprocs=WORLD_SIZE, join=True)
    ranks = [torch.load(tmp_path / f"rank{r}.pt", weights_only=False) for r in range(WORLD_SIZE)]
    assert ranks[0]["sum"] == ranks[1]["sum"] == [3.0, 20.0]

    items = encoded_sample(bundled_model_dir)
    model = tiny_model()
    order = epoch_order(len(items), 0, seed=5, world_size=WORLD_SIZE)
    joined_batches = micro_batches(order, BATCH_SIZE * WORLD_SIZE, 0, 1)
    for index, joined in enumerate(joined_batches):
        batch = collate([items[i] for i in joined])
        model.zero_grad()
        loss, _ = compute_loss(model(**batch), batch)
        loss.backward()
        expected = gradients(model)
        for rank in ranks:
            assert rank[index].keys() == expected.keys()
            for name, grad in expected.items():
                torch.testing.assert_close(rank[index][name], grad, rtol=1e-4, atol=1e-6, msg=name)
