#!/usr/bin/env python3
"""Golden outputs for hark-graph's op and layer tests, computed with JAX.

Writes crates/graph/tests/goldens/ops.safetensors: for each case, its inputs
and JAX's output under "<case>.<name>". The Rust tests build the same
computation with the graph builder, run it on the PJRT CPU plugin and compare.

Regenerate (after changing a case here or in crates/graph/tests/goldens.rs):
    pip install "jax[cpu]==0.10.2"
    python3 scripts/gen_graph_goldens.py
"""
import json
import pathlib
import struct

import jax
import jax.numpy as jnp
import numpy as np

jax.config.update("jax_enable_x64", False)
OUT = pathlib.Path(__file__).resolve().parent.parent / "crates/graph/tests/goldens/ops.safetensors"
rng = np.random.default_rng(20261121)


def randn(*shape, scale=1.0):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


tensors = {}


def put(case, name, array):
    tensors[f"{case}.{name}"] = np.asarray(array)


# --- layers (definitions as in crates/graph/src/nn.rs) ---
x = randn(2, 5, 8)
gamma, beta = randn(8), randn(8)
mean = x.mean(-1, keepdims=True)
var = ((x - mean) ** 2).mean(-1, keepdims=True)
put("layer_norm", "x", x)
put("layer_norm", "gamma", gamma)
put("layer_norm", "beta", beta)
put("layer_norm", "out", (jnp.asarray(x) - mean) / jnp.sqrt(var + 1e-5) * gamma + beta)

big = randn(3, 7, scale=50.0)  # large logits: exp overflows without the max trick
big[2] = -np.inf  # a row of -inf: logsumexp is -inf, not NaN
put("softmax", "x", big[:2])
put("softmax", "out", jax.nn.softmax(big[:2], axis=-1))
put("log_softmax", "x", big[:2])
put("log_softmax", "out", jax.nn.log_softmax(big[:2], axis=-1))
put("logsumexp", "x", big)
put("logsumexp", "out", jax.scipy.special.logsumexp(big, axis=-1))

g = randn(2, 3, 8)
put("glu", "x", g)
put("glu", "out", jax.nn.glu(g, axis=-1))
s = randn(4, 6, scale=3.0)
put("swish", "x", s)
put("swish", "out", jax.nn.swish(s))

# --- 2-D convolution, strided, padded, dilated ---
cx, ck = randn(2, 7, 6, 3), randn(3, 2, 3, 4)
conv = jax.lax.conv_general_dilated(
    cx, ck, window_strides=(2, 1), padding=((1, 1), (0, 1)), rhs_dilation=(1, 2),
    dimension_numbers=("NHWC", "HWIO", "NHWC"), precision=jax.lax.Precision.HIGHEST)
put("conv2d", "x", cx)
put("conv2d", "kernel", ck)
put("conv2d", "out", conv)

# --- general gather: operand [5, 4, 3], index vectors over dims (0, 2) ---
op = randn(5, 4, 3)
idx = np.array([[4, 2], [0, 1]], dtype=np.int32)
dn = jax.lax.GatherDimensionNumbers(offset_dims=(1,), collapsed_slice_dims=(0, 2), start_index_map=(0, 2))
put("gather", "operand", op)
put("gather", "indices", idx)
put("gather", "out", jax.lax.gather(op, idx, dn, slice_sizes=(1, 2, 1), mode="clip"))

# --- scatter-add with duplicate indices ---
upd = randn(3, 4)
sidx = np.array([[1], [3], [1]], dtype=np.int32)
put("scatter_add", "updates", upd)
put("scatter_add", "indices", sidx)
put("scatter_add", "out", jnp.zeros((5, 4), jnp.float32).at[sidx[:, 0]].add(upd))

# --- bf16 matmul ---
a16 = jnp.asarray(randn(4, 8), jnp.bfloat16)
w16 = jnp.asarray(randn(8, 3), jnp.bfloat16)
put("matmul_bf16", "a", a16)
put("matmul_bf16", "w", w16)
put("matmul_bf16", "out", jnp.matmul(a16, w16))


def dtype_name(arr):
    return {"float32": "F32", "int32": "I32", "bfloat16": "BF16"}[str(arr.dtype)]


def save(path, tensors):
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        arr = np.ascontiguousarray(tensors[name])
        raw = arr.view(np.uint16).tobytes() if str(arr.dtype) == "bfloat16" else arr.tobytes()
        header[name] = {"dtype": dtype_name(arr), "shape": list(arr.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    header["__metadata__"] = {"generator": "scripts/gen_graph_goldens.py", "jax": jax.__version__}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))


save(OUT, {k: np.asarray(v) for k, v in tensors.items()})
print(f"wrote {len(tensors)} tensors to {OUT}")
