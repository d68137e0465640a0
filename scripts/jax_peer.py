#!/usr/bin/env python3
"""A JAX peer of Hark's streaming step: the same model, with the same weights,
written as a JAX program (`jax.jit`, state donated), for the benchmark the
issue asks for ("a JAX jit of the same model with the same weights; same
compiler: Hark must not be slower").

What it is. `make_step(cfg)` builds, in JAX, the computation of Hark's `step`
program (crates/model/src/programs.rs, ProgramKind::Step): inputs
`features [B, stack*C, mel]`, `reset [B]` (bool: zero that slot's state
first), `valid_frames [B]`; the state Hark's program carries, under Hark's
names (`state.block<i>.conv [B, K-1, D]`, the depthwise conv's last K-1
inputs; `state.block<i>.attention.s [B, H, M, Dh]` and `.z [B, H, M]`, the
Performer running sums; `state.block<i>.attention.keys/.values [B, H, L, Dh]`
and `.count [B]`, the key/value cache of limited-context softmax attention;
`state.decoder.context [B, context]`, the last emitted labels); outputs the
new state, `tokens [B, C, max_symbols_per_frame]` (-1 where nothing was
emitted) and `frames [B, C, D]`. Greedy RNN-T decoding is a
`jax.lax.while_loop` with Hark's exact loop semantics (all slots step
together; a slot emits the joint's argmax while it is non-blank, at most
`max_symbols_per_frame` per frame, blank = 0, then moves on; slots stop at
`valid_frames`). The layer math (linear, LayerNorm, FFN, Performer feature
maps, front end, prediction and joint networks) is reused from
scripts/reference_model.py; the streaming forms (conv window, Performer
recurrence, softmax cache with its `count` mask) follow
crates/model/src/layers.rs. Weights are jit arguments (as Hark passes them as
buffers), not baked-in constants. Presets: every causal, ungated config
(`baseline`, `practical`, `practical-cascade` first pass, the ablations);
gated configs (`amortized`) are refused.

Matmul precision. Timing uses JAX's default (`precision=None`, i.e.
DEFAULT, with `jax_default_matmul_precision` unset): that is what a JAX user
writes, and it is also what Hark emits (its dot_generals carry no precision
config). On CPU, XLA computes DEFAULT f32 dots in f32; both the check and the
timing mode verify it is not silently lowered: the compiled HLO must contain
no bf16/f16, and `--check` compares DEFAULT against HIGHEST outputs.
`--precision highest` switches (the reference's parity goldens use HIGHEST).

Check (`--check`). For each model directory (`--model`, repeatable; default:
the tiny golden models under crates/engine/tests/goldens/, gated ones
skipped) and a short utterance of random features (B = 2, slot 1 shorter so
that its last chunks have 0 < valid_frames < C and valid_frames = 0; the
state starts as random junk with reset = true, which must clear it):
  1. the JAX step run chunk by chunk against the whole-sequence reference
     (`reference_model.Model.layers` at HIGHEST): encoder output within
     `--tol` (default 1e-4, max abs over real frames) and greedy tokens
     identical to `Model.greedy`, padding frames -1;
  2. against Hark's own step program: `hark export-hlo --model DIR` writes
     the exact StableHLO Hark compiles, which is run here through jaxlib's
     XLA on the same chunks and the same junk initial state: every output
     (all state tensors, tokens, frames) each chunk; floats within `--tol`
     relative to each tensor's largest magnitude, integers exact. (Hark's
     program, but not Hark's PJRT plugin/runtime; skipped with a note if
     the hark binary or jaxlib's raw MLIR compile is unavailable);
  3. for the golden models, the stored goldens (golden.safetensors, which
     Hark's crates/engine/tests/reference.rs matches at 2e-6): last block's
     output within `--tol` and tokens identical;
  4. DEFAULT vs HIGHEST matmul precision of the JAX step (reported, and
     must agree within `--tol`).
Exits 1 on any mismatch.

Timing (default mode). On the same synthetic input as `hark bench step`
(crates/cli/src/bench_step.rs): features element i = ((i*7919) % 1000)/500
- 1 in f32 over [B, stack*C, mel], reset all false, valid_frames = C, zero
initial state; 5 warm-up steps then `--steps` timed steps, each timing the
call plus copying `tokens` to the host (blocking on every output), as Hark's
bench does. Hark is run as `hark bench step --model DIR --batch B --chunk C
--steps N --json` (a fresh process each round: its own compile, warm-up and
timed steps), alternating Hark and JAX for `--rounds` rounds (default 3) so
that machine noise hits both; reported numbers are the medians over rounds of
each round's median and p90. Compile times: Hark's `compile_s` (median over
rounds); JAX's trace+lower and XLA compile of the jitted step (once).
`--hark-hlo` adds a third row: Hark's exported StableHLO compiled and run
by jaxlib's XLA (state donated there too), which separates the compiler and
runtime version from the graph.

    python3 scripts/jax_peer.py --check                      # golden models
    ./target/release/hark init-model --preset practical --out /tmp/practical
    python3 scripts/jax_peer.py --check --model /tmp/practical --chunk 4
    python3 scripts/jax_peer.py --model /tmp/practical --batch 8 --chunk 8 --steps 50 [--json]

What differs from Hark. The compiler and runtime: JAX/jaxlib (0.10.2 here)
bundle their own XLA and PJRT CPU client, Hark loads its pinned CPU PJRT
plugin (`hark devices` shows which; its JSON is recorded with --json), so
XLA versions, CPU flags and thread pools differ. The JAX graph is the same
math written the way a JAX user would, not Hark's op sequence: depthwise conv
as `lax.conv_general_dilated` with feature groups (Hark: K shifted slices
scaled and summed, which XLA's CPU backend runs far faster than a grouped
convolution), the greedy loop's frame lookup as `take_along_axis` (Hark:
a gather), token writes as a scatter (Hark: a select over
[B, C, N]), LayerNorm as division by sqrt (Hark: rsqrt). Each JAX call also
pays Python dispatch (flattening the weight and state pytrees), part of what
a JAX user pays. Not reproduced: gated (amortized) configs, i.e. the
arbitrator's compaction and `kept` output; and the second pass, which Hark's
step program does not run either.
"""
import argparse
import json
import math
import os
import pathlib
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time

import jax
import jaxlib
import jax.numpy as jnp
import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import reference_model as ref  # noqa: E402
from reference_model import Model, load_safetensors  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDENS = ROOT / "crates/engine/tests/goldens"
WARMUP = 5
PRECISIONS = {"default": None, "highest": jax.lax.Precision.HIGHEST}


# --------------------------------------------------------------------------
# The model: reference layers, streaming forms of Hark's step.


class StepModel(Model):
    """The reference model with a selectable matmul precision (the reference
    hard-codes HIGHEST for its parity goldens)."""

    def __init__(self, config, weights, precision):
        super().__init__(config, weights)
        self.precision = precision

    def linear(self, prefix, x):
        return jnp.matmul(x, self.p(f"{prefix}.w"), precision=self.precision) + self.p(f"{prefix}.b")

    def features(self, x, w, feature_map, is_query):
        # As reference_model.Model.features, at self.precision.
        dh, m = x.shape[-1], w.shape[0]
        xs = x * dh**-0.25
        proj = jnp.einsum("bhtd,md->bhtm", xs, w, precision=self.precision)
        if feature_map == "favor":
            e = proj - 0.5 * (xs**2).sum(-1, keepdims=True)
            e = e - e.max(-1, keepdims=True) if is_query else jnp.minimum(e, ref.KEY_EXPONENT_CAP)
            return jnp.exp(e) / math.sqrt(m)
        return jax.nn.relu(proj) / math.sqrt(m) + ref.RELU_FEATURE_FLOOR


def blocks(cfg):
    """(index, stage) of every first-pass block, bottom to top."""
    i = 0
    for stage in cfg["encoder"]["stages"]:
        for _ in range(stage["blocks"]):
            yield i, stage
            i += 1


def state_specs(cfg, batch):
    """Hark's step state, in its declaration order: name -> (shape, dtype)."""
    d = cfg["encoder"]["d_model"]
    out = {}

    def attention(i, att):
        dh = d // att["heads"]
        base = f"state.block{i}.attention"
        if att["type"] == "softmax":
            cache = (batch, att["heads"], att["left_context"], dh)
            out[f"{base}.keys"] = (cache, np.float32)
            out[f"{base}.values"] = (cache, np.float32)
            out[f"{base}.count"] = ((batch,), np.int32)
        elif att["type"] == "performer":
            out[f"{base}.s"] = ((batch, att["heads"], att["features"], dh), np.float32)
            out[f"{base}.z"] = ((batch, att["heads"], att["features"]), np.float32)
        else:
            raise SystemExit(f"{att['type']} attention cannot stream")

    for i, stage in blocks(cfg):
        if stage["kind"] in ("conformer", "conv_only"):
            if stage["kind"] == "conformer":
                attention(i, stage["attention"])
            out[f"state.block{i}.conv"] = ((batch, stage["conv_kernel"] - 1, d), np.float32)
        else:
            attention(i, stage["attention"])
    out["state.decoder.context"] = ((batch, cfg["decoder"]["context"]), np.int32)
    return out


def zero_state(cfg, batch):
    return {n: jnp.zeros(s, dt) for n, (s, dt) in state_specs(cfg, batch).items()}


def supported(cfg):
    """None if the JAX step reproduces this config, else why not."""
    if cfg.get("arbitrator") or any(s.get("gated") for s in cfg["encoder"]["stages"]):
        return "gated (arbitrator) configs are not reproduced"
    return None


def make_step(cfg, precision=None):
    """Hark's step program as a JAX function
    `(weights, state, features, reset, valid_frames) -> (state, tokens, frames)`."""
    why = supported(cfg)
    if why:
        raise SystemExit(f"{cfg['name']}: {why}")
    dc = cfg["decoder"]

    def step(weights, state, features, reset, valid_frames):
        m = StepModel(cfg, weights, precision)
        new = {}

        def take(name):
            v = state[name]
            r = reset.reshape((-1,) + (1,) * (v.ndim - 1))
            return jnp.where(r, jnp.zeros((), v.dtype), v)

        x = m.frontend(features)
        for i, stage in blocks(cfg):
            x = block_step(m, i, stage, x, take, new)
        frames = x
        enc = m.linear("decoder.joint.encoder", frames)
        tokens, ctx = greedy(m, dc, enc, take("state.decoder.context"), valid_frames)
        new["state.decoder.context"] = ctx
        return new, tokens, frames

    return step


def block_step(m, i, stage, x, take, new):
    """One block on a chunk (reference_model.Model.block in step form)."""
    p = f"encoder.block{i}"
    kind = stage["kind"]
    if kind in ("conformer", "conv_only"):
        x = x + 0.5 * m.ffn(f"{p}.ffn1", x)
        if kind == "conformer":
            x = x + attention_step(m, i, stage["attention"], x, take, new)
        x = x + conv_step(m, i, stage["conv_kernel"], x, take, new)
        x = x + 0.5 * m.ffn(f"{p}.ffn2", x)
    else:
        x = x + attention_step(m, i, stage["attention"], x, take, new)
        x = x + m.ffn(f"{p}.ffn", x)
    return m.layer_norm(f"{p}.final_norm", x)


def conv_step(m, i, kernel, x, take, new):
    """ConvModule::step: the window is the last K-1 depthwise inputs (state)
    followed by the chunk's; the state becomes the window's last K-1."""
    p = f"encoder.block{i}.conv"
    name = f"state.block{i}.conv"
    c, d = x.shape[1], x.shape[2]
    h = jax.nn.glu(m.linear(f"{p}.pointwise_in", m.layer_norm(f"{p}.norm", x)), axis=-1)
    window = jnp.concatenate([take(name), h], axis=1)  # [B, K-1+C, D]
    new[name] = window[:, c : c + kernel - 1]
    y = jax.lax.conv_general_dilated(
        window,
        m.p(f"{p}.depthwise.w"),  # [K, 1, D]
        window_strides=(1,),
        padding="VALID",
        dimension_numbers=("NWC", "WIO", "NWC"),
        feature_group_count=d,
        precision=m.precision,
    ) + m.p(f"{p}.depthwise.b")
    y = jax.nn.swish(m.layer_norm(f"{p}.depthwise_norm", y))
    return m.linear(f"{p}.pointwise_out", y)


def attention_step(m, i, att, x, take, new):
    p = f"encoder.block{i}.attention"
    s = f"state.block{i}.attention"
    prec = m.precision
    b, c, d = x.shape
    heads = att["heads"]
    dh = d // heads
    h = m.layer_norm(f"{p}.norm", x)
    qkv = m.linear(f"{p}.qkv", h).reshape(b, c, 3, heads, dh).transpose(2, 0, 3, 1, 4)
    q, k, v = qkv[0], qkv[1], qkv[2]  # [B, H, C, Dh]
    if att["type"] == "softmax":
        # limited_context_step: cache of L frames (`count` of them real).
        left = att["left_context"]
        keys = jnp.concatenate([take(f"{s}.keys"), k], axis=2)
        values = jnp.concatenate([take(f"{s}.values"), v], axis=2)
        count = take(f"{s}.count")
        qi = jnp.arange(c)[:, None]
        j = jnp.arange(left + c)[None, :]
        sj = j - left
        window = jnp.where(j < left, j >= qi, (sj <= qi) & (qi - sj <= left))  # [C, L+C]
        real = j >= (left - count)[:, None]  # [B, L+C]
        allowed = window[None, None] & real[:, None, None, :]
        scores = jnp.einsum("bhqd,bhkd->bhqk", q, keys, precision=prec) / math.sqrt(dh)
        scores = jnp.where(allowed, scores, ref.MASKED)
        y = jnp.einsum("bhqk,bhkd->bhqd", jax.nn.softmax(scores, -1), values, precision=prec)
        new[f"{s}.keys"] = keys[:, :, c : c + left]
        new[f"{s}.values"] = values[:, :, c : c + left]
        new[f"{s}.count"] = jnp.minimum(count + c, left).astype(jnp.int32)
    else:
        # performer_step: the chunk in parallel form, the past through (s, z).
        w = m.p(f"{p}.features")
        fq = m.features(q, w, att["feature_map"], True)
        fk = m.features(k, w, att["feature_map"], False)
        st, z = take(f"{s}.s"), take(f"{s}.z")
        a = jnp.einsum("bhqm,bhkm->bhqk", fq, fk, precision=prec)
        a = jnp.where(jnp.tril(jnp.ones((c, c), bool)), a, 0.0)
        num = jnp.einsum("bhqk,bhkd->bhqd", a, v, precision=prec) + jnp.einsum(
            "bhqm,bhmd->bhqd", fq, st, precision=prec
        )
        den = a.sum(-1, keepdims=True) + jnp.einsum("bhqm,bhm->bhq", fq, z, precision=prec)[..., None]
        y = num / (den + ref.PERFORMER_EPS)
        new[f"{s}.s"] = st + jnp.einsum("bhkm,bhkd->bhmd", fk, v, precision=prec)
        new[f"{s}.z"] = z + fk.sum(2)
    y = y.transpose(0, 2, 1, 3).reshape(b, c, d)
    return m.linear(f"{p}.out", y)


def greedy(m, dc, enc, ctx, valid_frames):
    """decoder::greedy as a while_loop: every iteration evaluates the joint
    once for every slot at its current frame."""
    b, t, _ = enc.shape
    cap = dc["max_symbols_per_frame"]
    rows = jnp.arange(b)

    def cond(carry):
        return jnp.any(carry[0] < valid_frames)

    def body(carry):
        frame, emitted, ctx, tokens = carry
        active = frame < valid_frames
        f = jnp.minimum(frame, t - 1)
        e = jnp.take_along_axis(enc, f[:, None, None], axis=1)[:, 0]  # [B, J]
        best = jnp.argmax(m.joint(e, m.predict(ctx)), axis=-1).astype(jnp.int32)
        emit = active & (best != 0) & (emitted < cap)
        advance = active & ~emit
        n = jnp.minimum(emitted, cap - 1)
        tokens = tokens.at[rows, f, n].set(jnp.where(emit, best, tokens[rows, f, n]))
        shifted = jnp.concatenate([best[:, None], ctx[:, :-1]], axis=1)
        ctx = jnp.where(emit[:, None], shifted, ctx)
        emitted = jnp.where(emit, emitted + 1, 0)
        frame = jnp.where(advance, frame + 1, frame)
        return frame, emitted, ctx, tokens

    zero = jnp.zeros((b,), jnp.int32)
    tokens = jnp.full((b, t, cap), -1, jnp.int32)
    _, _, ctx, tokens = jax.lax.while_loop(cond, body, (zero, zero, ctx.astype(jnp.int32), tokens))
    return tokens, ctx


def load_model(model_dir):
    model_dir = pathlib.Path(model_dir)
    cfg = json.loads((model_dir / "config.json").read_text())
    weights = load_safetensors(model_dir / "model.safetensors")
    return cfg, weights


def step_weights(cfg, weights, batch, chunk):
    """The weights the step reads (a cascade's second pass is left out),
    found by tracing it once."""
    used = set()

    class Recording(dict):
        def __getitem__(self, name):
            used.add(name)
            return dict.__getitem__(self, name)

    fe = cfg["frontend"]
    feats = jax.ShapeDtypeStruct((batch, fe["stack"] * chunk, fe["mel_bins"]), jnp.float32)
    flags = jax.ShapeDtypeStruct((batch,), jnp.bool_)
    valid = jax.ShapeDtypeStruct((batch,), jnp.int32)
    step = make_step(cfg)
    jax.eval_shape(lambda w, *a: step(Recording(w), *a), weights, zero_state(cfg, batch), feats, flags, valid)
    return {k: weights[k] for k in sorted(used)}


def jit_step(cfg, precision):
    return jax.jit(make_step(cfg, PRECISIONS[precision]), donate_argnums=(1,))


def assert_f32(compiled_text, what):
    low = [t for t in ("bf16", "f16[", "f8") if t in compiled_text]
    if low:
        raise SystemExit(f"{what}: the compiled step contains {low}: f32 matmuls were lowered")


# --------------------------------------------------------------------------
# Hark's own step program (exported StableHLO) under jaxlib's XLA.


class HarkProgram:
    """`hark export-hlo` of DIR at (batch, chunk): the exact StableHLO of
    Hark's step program, compiled and run by jaxlib's XLA."""

    def __init__(self, hark, model_dir, batch, chunk):
        from jax._src.lib import xla_client as xc
        from jax.extend import backend

        tmp = tempfile.mkdtemp(prefix="jax_peer_hlo_")
        try:
            subprocess.run(
                [str(hark), "export-hlo", "--model", str(model_dir), "--batch", str(batch), "--chunk", str(chunk),
                 "--utterance", str(chunk), "--out", tmp],
                check=True, capture_output=True, text=True,
            )
            text = (pathlib.Path(tmp) / "step.mlir").read_text()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        header = next(line for line in text.splitlines() if "func.func public @main(" in line)
        self.args = re.findall(r"%([A-Za-z0-9_.\-]+): tensor<", header[: header.index(") -> (")])
        self.state_names = [a for a in self.args if a.startswith("state.")]
        self.outputs = self.state_names + ["tokens", "frames"]
        be = backend.get_backend()
        t = time.perf_counter()
        self.exe = be.compile_and_load(text, be.devices()[:1], xc.CompileOptions())
        self.compile_s = time.perf_counter() - t

    def __call__(self, weights, state, features, reset, valid_frames):
        named = dict(weights)
        named.update(state)
        named.update(features=features, reset=reset, valid_frames=valid_frames)
        # The state inputs are donated (the program aliases them to its outputs).
        out = self.exe.execute([jnp.asarray(named[a]) for a in self.args])
        res = dict(zip(self.outputs, out))
        return {n: res[n] for n in self.state_names}, res["tokens"], res["frames"]


# --------------------------------------------------------------------------
# --check


def load_tensors(path):
    """safetensors with F32 and I32 tensors (golden.safetensors)."""
    raw = pathlib.Path(path).read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dt = {"F32": "<f4", "I32": "<i4"}[info["dtype"]]
        a, b = info["data_offsets"]
        out[name] = np.frombuffer(raw[8 + n + a : 8 + n + b], dtype=dt).reshape(info["shape"])
    return out


def junk_state(cfg, batch, rng):
    """A nonzero state (to be cleared by reset)."""
    out = {}
    for n, (shape, dt) in state_specs(cfg, batch).items():
        if dt == np.int32:
            out[n] = rng.integers(1, 5, shape).astype(np.int32)
        else:
            out[n] = rng.standard_normal(shape).astype(np.float32)
    return out


def run_chunks(step, weights, cfg, feats, lengths, chunk, state0):
    """Streams `feats [B, stack*T, mel]` (T a multiple of chunk) through
    `step`; the first chunk resets every slot. Returns frames [B, T, D],
    tokens [B, T, N] and each chunk's outputs."""
    b = feats.shape[0]
    stack = cfg["frontend"]["stack"]
    t = feats.shape[1] // stack
    state = {k: jnp.array(v, copy=True) for k, v in state0.items()}
    frames, tokens, outs = [], [], []
    for k in range(t // chunk):
        piece = jnp.asarray(feats[:, k * chunk * stack : (k + 1) * chunk * stack])
        valid = jnp.asarray(np.clip(lengths - k * chunk, 0, chunk).astype(np.int32))
        reset = jnp.full((b,), k == 0)
        state, tok, fr = step(weights, state, piece, reset, valid)
        outs.append(({n: np.asarray(v) for n, v in state.items()}, np.asarray(tok), np.asarray(fr)))
        frames.append(np.asarray(fr))
        tokens.append(np.asarray(tok))
    return np.concatenate(frames, 1), np.concatenate(tokens, 1), outs


class Checker:
    def __init__(self, tol):
        self.tol = tol
        self.failed = []
        self.results = []

    def value(self, what, got, limit, ok=None):
        ok = got <= limit if ok is None else ok
        print(f"  {'ok  ' if ok else 'FAIL'} {what}: {got:.2e} (limit {limit:.0e})")
        self.results.append({"check": what, "value": float(got), "limit": limit, "ok": bool(ok)})
        if not ok:
            self.failed.append(what)

    def count(self, what, bad):
        ok = bad == 0
        print(f"  {'ok  ' if ok else 'FAIL'} {what}: {bad}")
        self.results.append({"check": what, "mismatches": bad, "ok": ok})
        if not ok:
            self.failed.append(what)

    def exact(self, what, got, want):
        diff = int(np.sum(np.asarray(got) != np.asarray(want)))
        ok = diff == 0
        print(f"  {'ok  ' if ok else 'FAIL'} {what}: {diff} of {np.asarray(want).size} differ")
        self.results.append({"check": what, "mismatches": diff, "ok": ok})
        if not ok:
            self.failed.append(what)


def check_model(model_dir, args, checker):
    cfg, weights = load_model(model_dir)
    print(f"{model_dir} ({cfg['name']})")
    why = supported(cfg)
    if why:
        print(f"  skipped: {why}")
        return
    fe, dc = cfg["frontend"], cfg["decoder"]
    chunk, b = args.check_chunk, 2
    lefts = [s["attention"]["left_context"] for _, s in blocks(cfg)
             if s.get("attention") and s["attention"]["type"] == "softmax"]
    # Enough frames for three chunks and, with a softmax cache, to overflow it.
    need = max(3 * chunk, (max(lefts) + chunk + 2) if lefts else 0)
    t = -(-need // chunk) * chunk
    lengths = np.array([t, t - chunk - 1], np.int32)  # slot 1: a partial chunk, then an empty one
    rng = np.random.default_rng(2026)
    feats = rng.standard_normal((b, fe["stack"] * t, fe["mel_bins"])).astype(np.float32)
    state0 = junk_state(cfg, b, rng)
    sw = step_weights(cfg, weights, b, chunk)
    real = np.arange(t)[None, :] < lengths[:, None]
    print(f"  B={b}, chunk={chunk}, T={t} frames, lengths={lengths.tolist()}, precision {args.precision}")

    step = jit_step(cfg, args.precision)
    compiled = step.lower(sw, zero_state(cfg, b), jnp.asarray(feats[:, : fe["stack"] * chunk]),
                          jnp.zeros((b,), bool), jnp.zeros((b,), jnp.int32)).compile()
    assert_f32(compiled.as_text(), model_dir)
    frames, tokens, outs = run_chunks(step, sw, cfg, feats, lengths, chunk, state0)

    # 1. The whole-sequence reference.
    model = Model(cfg, weights)
    _, first = model.layers(jnp.asarray(feats), jnp.asarray(lengths), 0.0)
    first = np.asarray(first)
    checker.value("encoder frames vs reference Model.layers (max abs, real frames)",
                  float(np.abs(frames - first)[real].max()), args.tol)
    want = model.greedy(jnp.asarray(first), lengths)
    checker.exact("tokens vs reference Model.greedy", tokens, want)
    print(f"    ({int((want > 0).sum())} tokens emitted)")

    # 2. Hark's own step program.
    hark = pathlib.Path(args.hark)
    if not hark.exists():
        print(f"  skipped Hark program check: no {hark}")
    else:
        try:
            prog = HarkProgram(hark, model_dir, b, chunk)
        except Exception as e:  # noqa: BLE001 - an optional check
            print(f"  skipped Hark program check: {type(e).__name__}: {str(e)[:300]}")
            prog = None
        if prog is not None:
            missing = set(prog.state_names) ^ set(state0)
            checker.count("state tensors named by only one of Hark's program and the JAX step", len(missing))
            if missing:
                print(f"    {sorted(missing)}")
            else:
                hf, ht, houts = run_chunks(prog, sw, cfg, feats, lengths, chunk, state0)
                worst, worst_name = 0.0, ""
                int_diff = 0
                for (js, jt, jf), (hs, htk, hfr) in zip(outs, houts):
                    pairs = [(n, js[n], hs[n]) for n in js] + [("frames", jf, hfr)]
                    for n, a, h in pairs:
                        if a.dtype == np.int32:
                            int_diff += int(np.sum(a != h))
                        else:
                            rel = float(np.abs(a - h).max() / max(1.0, float(np.abs(h).max())))
                            if rel > worst:
                                worst, worst_name = rel, n
                    int_diff += int(np.sum(jt != htk))
                checker.value(f"every float output vs Hark's step program, all chunks (max abs / max(1, max|Hark|); worst: {worst_name or '-'})",
                              worst, args.tol)
                checker.count("tokens and integer state elements differing from Hark's step program, all chunks", int_diff)
                checker.value("encoder frames of Hark's step program vs reference (max abs, real frames)",
                              float(np.abs(hf - first)[real].max()), args.tol)

    # 3. Stored goldens.
    golden = pathlib.Path(model_dir) / "golden.safetensors"
    if golden.exists():
        g = load_tensors(golden)
        gl = g["in.lengths"].astype(np.int32)
        gfeats = g["in.features"]
        gt = gfeats.shape[1] // fe["stack"]
        pad = -(-gt // chunk) * chunk - gt
        gfeats = np.pad(gfeats, ((0, 0), (0, pad * fe["stack"]), (0, 0)))
        gf, gtok, _ = run_chunks(step, sw, cfg, gfeats, gl, chunk, junk_state(cfg, gfeats.shape[0], rng))
        last = max(i for i, _ in blocks(cfg))
        gwant = g[f"out.encoder.block{last}"]
        greal = np.arange(gt)[None, :] < gl[:, None]
        checker.value("encoder frames vs golden.safetensors (max abs, real frames)",
                      float(np.abs(gf[:, :gt] - gwant)[greal].max()), args.tol)
        checker.exact("tokens vs golden.safetensors", gtok[:, :gt], g["tokens"])

    # 4. DEFAULT vs HIGHEST.
    other = "highest" if args.precision == "default" else "default"
    of, otok, _ = run_chunks(jit_step(cfg, other), sw, cfg, feats, lengths, chunk, state0)
    checker.value(f"encoder frames, precision {args.precision} vs {other} (max abs, real frames)",
                  float(np.abs(frames - of)[real].max()), args.tol)
    checker.exact(f"tokens, precision {args.precision} vs {other}", tokens, otok)


# --------------------------------------------------------------------------
# Timing


def bench_inputs(cfg, batch, chunk):
    """The synthetic input of `hark bench step` (crates/cli/src/bench_step.rs)."""
    fe = cfg["frontend"]
    n = batch * fe["stack"] * chunk * fe["mel_bins"]
    i = np.arange(n, dtype=np.int64)
    feats = ((i * 7919) % 1000).astype(np.float32) / np.float32(500.0) - np.float32(1.0)
    feats = feats.reshape(batch, fe["stack"] * chunk, fe["mel_bins"])
    return jnp.asarray(feats), jnp.zeros((batch,), bool), jnp.full((batch,), chunk, jnp.int32)


def time_calls(call, state, inputs, steps):
    """WARMUP untimed then `steps` timed calls; each timed call includes
    copying tokens to the host and waiting for every output."""
    samples = []
    for k in range(WARMUP + steps):
        t = time.perf_counter()
        state, tokens, frames = call(state, *inputs)
        np.asarray(tokens)
        jax.block_until_ready((state, frames))
        dt = time.perf_counter() - t
        if k >= WARMUP:
            samples.append(dt)
    return state, samples


def stats(samples):
    s = sorted(samples)
    return {"median_ms": statistics.median(s) * 1e3, "p90_ms": s[min(len(s) - 1, int(0.9 * len(s)))] * 1e3}


def run_hark(hark, model_dir, batch, chunk, steps):
    cmd = [str(hark), "bench", "step", "--model", str(model_dir), "--batch", str(batch), "--chunk", str(chunk),
           "--steps", str(steps), "--json"]
    t = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    rows = [json.loads(line) for line in p.stdout.splitlines() if line.startswith("{")]
    if len(rows) != 1:
        raise SystemExit(f"expected one JSON line from {' '.join(cmd)}, got:\n{p.stdout}")
    rows[0]["process_wall_s"] = wall
    return rows[0]


def hark_devices(hark):
    try:
        p = subprocess.run([str(hark), "devices"], capture_output=True, text=True, timeout=60)
        lines = [ln.split(None, 1) for ln in p.stdout.splitlines()]
        return {k: v.strip() for k, v in (ln for ln in lines if len(ln) == 2) if not k.startswith("[")}
    except Exception:  # noqa: BLE001 - informational
        return {}


def time_model(model_dir, args):
    cfg, weights = load_model(model_dir)
    b, c = args.batch, args.chunk
    sw = step_weights(cfg, weights, b, c)
    inputs = bench_inputs(cfg, b, c)
    step = jit_step(cfg, args.precision)
    t0 = time.perf_counter()
    lowered = step.lower(sw, zero_state(cfg, b), *inputs)
    t1 = time.perf_counter()
    compiled = lowered.compile()
    t2 = time.perf_counter()
    assert_f32(compiled.as_text(), model_dir)
    jax_compile = {"trace_lower_s": t1 - t0, "compile_s": t2 - t1}

    def jax_call(state, *inp):
        return compiled(sw, state, *inp)

    hlo = None
    if args.hark_hlo:
        hlo = HarkProgram(args.hark, model_dir, b, c)

        def hlo_call(state, *inp):
            return hlo(sw, state, *inp)

    state = zero_state(cfg, b)
    hlo_state = zero_state(cfg, b)
    rounds = {"hark": [], "jax": [], "hark_hlo_on_jax_xla": []}
    for r in range(args.rounds):
        h = run_hark(args.hark, model_dir, b, c, args.steps)
        rounds["hark"].append(h)
        state, samples = time_calls(jax_call, state, inputs, args.steps)
        rounds["jax"].append(stats(samples))
        if hlo is not None:
            hlo_state, samples = time_calls(hlo_call, hlo_state, inputs, args.steps)
            rounds["hark_hlo_on_jax_xla"].append(stats(samples))
        if not args.json:
            line = (f"  round {r + 1}/{args.rounds}: hark {h['median_ms']:.2f} ms, "
                    f"jax {rounds['jax'][-1]['median_ms']:.2f} ms")
            if hlo is not None:
                line += f", hark hlo on jax's xla {rounds['hark_hlo_on_jax_xla'][-1]['median_ms']:.2f} ms"
            print(line, file=sys.stderr)

    def summary(rs):
        return {k: statistics.median(r[k] for r in rs) for k in ("median_ms", "p90_ms")}

    hark_sum = summary(rounds["hark"])
    rows = [
        {"system": "hark", "compile_s": statistics.median(r["compile_s"] for r in rounds["hark"]),
         "platform": rounds["hark"][0].get("platform"), **hark_sum},
        {"system": f"jax {jax.__version__} jit", "compile_s": jax_compile["compile_s"],
         "trace_lower_s": jax_compile["trace_lower_s"], "precision": args.precision, **summary(rounds["jax"])},
    ]
    if hlo is not None:
        rows.append({"system": "hark stablehlo on jax's xla", "compile_s": hlo.compile_s,
                     **summary(rounds["hark_hlo_on_jax_xla"])})
    for row in rows:
        row["ratio_to_hark"] = row["median_ms"] / hark_sum["median_ms"]
    common = {"model": str(model_dir), "config": cfg["name"], "batch": b, "chunk": c, "steps": args.steps,
              "rounds": args.rounds}
    return common, rows, rounds


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--model", action="append", default=[], metavar="DIR",
                    help="model directory (config.json + model.safetensors); repeatable")
    ap.add_argument("--check", action="store_true", help="check the JAX step against the reference and Hark")
    ap.add_argument("--check-chunk", type=int, default=4, help="chunk of the --check runs (default 4)")
    ap.add_argument("--tol", type=float, default=1e-4, help="float tolerance of --check (default 1e-4)")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--chunk", type=int, default=8, help="encoder frames per step (40 ms each)")
    ap.add_argument("--steps", type=int, default=50, help="timed steps per round (after 5 warm-up steps)")
    ap.add_argument("--rounds", type=int, default=3, help="alternating Hark/JAX rounds")
    ap.add_argument("--precision", choices=sorted(PRECISIONS), default="default",
                    help="matmul precision of the JAX step (default: JAX's default)")
    ap.add_argument("--hark", default=str(ROOT / "target/release/hark"), help="the hark binary")
    ap.add_argument("--hark-hlo", action="store_true",
                    help="also time Hark's exported StableHLO under jaxlib's XLA")
    ap.add_argument("--json", action="store_true", help="JSON lines as well as the table")
    args = ap.parse_args()

    if args.check:
        dirs = args.model or [str(p) for p in sorted(GOLDENS.iterdir()) if (p / "config.json").exists()]
        checker = Checker(args.tol)
        print(f"jax {jax.__version__} on {jax.devices()[0].platform}; tolerance {args.tol:g}")
        for d in dirs:
            check_model(pathlib.Path(d), args, checker)
        if args.json:
            print(json.dumps({"check": checker.results, "ok": not checker.failed}))
        if checker.failed:
            print(f"FAILED: {len(checker.failed)} check(s)")
            sys.exit(1)
        print("all checks passed")
        return

    if not args.model:
        ap.error("timing needs --model DIR (or use --check)")
    if not pathlib.Path(args.hark).exists():
        ap.error(f"no hark binary at {args.hark} (cargo build --release --bin hark)")
    env = {"jax": jax.__version__, "jaxlib": jaxlib.__version__,
           "jax_default_matmul_precision": jax.config.jax_default_matmul_precision,
           "hark_plugin": hark_devices(args.hark), "cpu_count": os.cpu_count(),
           "loadavg": os.getloadavg()}
    if args.json:
        print(json.dumps({"environment": env}))
    for d in args.model:
        common, rows, rounds = time_model(pathlib.Path(d), args)
        print(f"\n{common['config']} ({d}): batch {common['batch']}, chunk {common['chunk']} "
              f"({common['chunk'] * 40} ms), {args.steps} timed steps x {args.rounds} rounds, "
              f"JAX precision {args.precision}, load average {os.getloadavg()[0]:.1f}\n")
        print("| system | median ms | p90 ms | ratio JAX/Hark | compile s |")
        print("|---|---:|---:|---:|---:|")
        for row in rows:
            print(f"| {row['system']} | {row['median_ms']:.2f} | {row['p90_ms']:.2f} | "
                  f"{row['ratio_to_hark']:.2f}x | {row['compile_s']:.2f} |")
        if args.json:
            for row in rows:
                print(json.dumps({"bench": "jax_peer", **common, **row}))
            print(json.dumps({"bench": "jax_peer_rounds", **common, "rounds": rounds}))


if __name__ == "__main__":
    main()
