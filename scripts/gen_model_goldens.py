#!/usr/bin/env python3
"""Goldens for the layer-by-layer parity tests of Hark's model
(crates/engine/tests/reference.rs), from the JAX reference in
scripts/reference_model.py.

For each tiny model under crates/engine/tests/goldens/<name>/ (config.json and
model.safetensors, written by `hark init-model --config ... --seed 7`), it
writes golden.safetensors: the input features and lengths, the threshold
used by gated models, every layer's output, and greedy tokens of the
first-pass frames.

Regenerate:
    pip install "jax[cpu]==0.10.2"
    for n in baseline practical practical-cascade amortized; do
      cargo run --release -- init-model --seed 7 \\
        --config crates/engine/tests/goldens/$n/config.json --out crates/engine/tests/goldens/$n
    done
    python3 scripts/gen_model_goldens.py
"""
import json
import pathlib
import struct
import sys

import jax
import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from reference_model import Model, load_safetensors  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent / "crates/engine/tests/goldens"
B, T = 2, 10
LENGTHS = np.array([T, 7], np.int32)
THRESHOLD = 0.5


def save(path, tensors):
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        arr = np.ascontiguousarray(tensors[name])
        dtype = {"float32": "F32", "int32": "I32"}[str(arr.dtype)]
        raw = arr.tobytes()
        header[name] = {"dtype": dtype, "shape": list(arr.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    header["__metadata__"] = {"generator": "scripts/gen_model_goldens.py", "jax": jax.__version__}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    path.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))


for model_dir in sorted(p for p in ROOT.iterdir() if p.is_dir()):
    cfg = json.loads((model_dir / "config.json").read_text())
    weights = load_safetensors(model_dir / "model.safetensors")
    model = Model(cfg, weights)
    fe = cfg["frontend"]
    rng = np.random.default_rng(2026)
    feats = rng.standard_normal((B, fe["stack"] * T, fe["mel_bins"])).astype(np.float32)
    threshold = THRESHOLD if cfg.get("arbitrator") else 0.0
    taps, first = model.layers(feats, LENGTHS, threshold)
    unused = set(weights) - model.used
    assert not unused, f"{model_dir.name}: weights the reference never read: {sorted(unused)}"
    out = {f"out.{k}": np.asarray(v, np.float32) for k, v in taps.items()}
    out["in.features"] = feats
    out["in.lengths"] = LENGTHS
    out["in.threshold"] = np.array(threshold, np.float32)
    out["tokens"] = model.greedy(first, LENGTHS)
    save(model_dir / "golden.safetensors", out)
    print(f"{model_dir.name}: {len(taps)} layers, {int((out['tokens'] > 0).sum())} tokens")
