"""A reference implementation of Hark's model in JAX, written independently of
the Rust graph code from the definitions in docs/DESIGN.md and the doc comments of
crates/model/src (same weight names and layout, same constants).

It is used to generate committed goldens (scripts/gen_model_goldens.py), not
to run Hark. Where the Rust side has a streaming or compacted form, this side
uses the plain whole-sequence definition, so a test comparing the two checks
the streaming machinery too. In particular, gated modules are computed here
by masking (a skipped frame's key is removed from attention, its output
zeroed), not by the gather/compute/scatter the compiled program uses.
"""
import json
import math
import struct

import jax
import jax.numpy as jnp
import numpy as np

LN_EPS = 1e-5
MASKED = -1e9
PERFORMER_EPS = 1e-6
KEY_EXPONENT_CAP = 30.0
RELU_FEATURE_FLOOR = 1e-3
HIGHEST = jax.lax.Precision.HIGHEST


def load_safetensors(path):
    raw = open(path, "rb").read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "F32", name
        a, b = info["data_offsets"]
        out[name] = jnp.asarray(np.frombuffer(raw[base + a : base + b], dtype="<f4").reshape(info["shape"]))
    return out


class Model:
    def __init__(self, config, weights):
        self.cfg = config
        self.w = weights
        self.used = set()

    def p(self, name):
        self.used.add(name)
        return self.w[name]

    # --- layers ---
    def linear(self, prefix, x):
        return jnp.matmul(x, self.p(f"{prefix}.w"), precision=HIGHEST) + self.p(f"{prefix}.b")

    def layer_norm(self, prefix, x):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / jnp.sqrt(var + LN_EPS) * self.p(f"{prefix}.gamma") + self.p(f"{prefix}.beta")

    def ffn(self, prefix, x):
        h = self.layer_norm(f"{prefix}.norm", x)
        h = jax.nn.swish(self.linear(f"{prefix}.in", h))
        return self.linear(f"{prefix}.out", h)

    def conv_module(self, prefix, x, kernel, causal, valid):
        h = self.layer_norm(f"{prefix}.norm", x)
        h = jax.nn.glu(self.linear(f"{prefix}.pointwise_in", h), axis=-1)
        h = h * valid[..., None]
        k = kernel - 1
        left, right = (k, 0) if causal else (k // 2, k - k // 2)
        hp = jnp.pad(h, ((0, 0), (left, right), (0, 0)))
        w = self.p(f"{prefix}.depthwise.w")[:, 0, :]  # [K, D]
        t = x.shape[1]
        y = sum(hp[:, j : j + t, :] * w[j] for j in range(kernel)) + self.p(f"{prefix}.depthwise.b")
        y = jax.nn.swish(self.layer_norm(f"{prefix}.depthwise_norm", y))
        return self.linear(f"{prefix}.pointwise_out", y)

    def features(self, x, w, feature_map, is_query):
        dh, m = x.shape[-1], w.shape[0]
        xs = x * dh ** -0.25
        proj = jnp.einsum("bhtd,md->bhtm", xs, w, precision=HIGHEST)
        if feature_map == "favor":
            e = proj - 0.5 * (xs**2).sum(-1, keepdims=True)
            e = e - e.max(-1, keepdims=True) if is_query else jnp.minimum(e, KEY_EXPONENT_CAP)
            return jnp.exp(e) / math.sqrt(m)
        return jax.nn.relu(proj) / math.sqrt(m) + RELU_FEATURE_FLOOR

    def attention(self, prefix, x, att, valid, key_keep=None):
        b, t, d = x.shape
        heads = att["heads"]
        dh = d // heads
        h = self.layer_norm(f"{prefix}.norm", x)
        qkv = self.linear(f"{prefix}.qkv", h).reshape(b, t, 3, heads, dh).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        pos = jnp.arange(t)
        kind = att["type"]
        if kind in ("softmax", "full"):
            if kind == "softmax":
                allowed = (pos[None, :] <= pos[:, None]) & (pos[None, :] >= pos[:, None] - att["left_context"])
                allowed = allowed[None, None]
            else:
                allowed = valid[:, None, None, :] > 0
            s = jnp.einsum("bhqd,bhkd->bhqk", q, k, precision=HIGHEST) / math.sqrt(dh)
            s = jnp.where(allowed, s, MASKED)
            y = jnp.einsum("bhqk,bhkd->bhqd", jax.nn.softmax(s, -1), v, precision=HIGHEST)
        else:
            w = self.p(f"{prefix}.features")
            fq = self.features(q, w, att["feature_map"], True)
            fk = self.features(k, w, att["feature_map"], False)
            if key_keep is not None:
                fk = fk * key_keep[:, None, :, None]
            a = jnp.einsum("bhqm,bhkm->bhqk", fq, fk, precision=HIGHEST)
            a = jnp.where(pos[None, :] <= pos[:, None], a, 0.0)
            y = jnp.einsum("bhqk,bhkd->bhqd", a, v, precision=HIGHEST) / (a.sum(-1, keepdims=True) + PERFORMER_EPS)
        y = y.transpose(0, 2, 1, 3).reshape(b, t, d)
        return self.linear(f"{prefix}.out", y)

    def block(self, prefix, stage, x, causal, valid, threshold):
        kind = stage["kind"]
        if kind in ("conformer", "conv_only"):
            x = x + 0.5 * self.ffn(f"{prefix}.ffn1", x)
            if kind == "conformer":
                x = x + self.attention(f"{prefix}.attention", x, stage["attention"], valid)
            x = x + self.conv_module(f"{prefix}.conv", x, stage["conv_kernel"], causal, valid)
            x = x + 0.5 * self.ffn(f"{prefix}.ffn2", x)
        elif stage.get("gated"):
            gates = jax.nn.sigmoid(self.linear(f"{prefix}.gate", x))
            keep_att = ((gates[..., 0] >= threshold) & (valid > 0)).astype(jnp.float32)
            keep_ffn = ((gates[..., 1] >= threshold) & (valid > 0)).astype(jnp.float32)
            x = x + self.attention(f"{prefix}.attention", x, stage["attention"], valid, keep_att) * keep_att[..., None]
            x = x + self.ffn(f"{prefix}.ffn", x) * keep_ffn[..., None]
        else:
            x = x + self.attention(f"{prefix}.attention", x, stage["attention"], valid)
            x = x + self.ffn(f"{prefix}.ffn", x)
        return self.layer_norm(f"{prefix}.final_norm", x)

    def encoder(self, prefix, enc, x, valid, threshold, taps):
        i = 0
        for stage in enc["stages"]:
            for _ in range(stage["blocks"]):
                x = self.block(f"{prefix}.block{i}", stage, x, enc["causal"], valid, threshold)
                taps[f"{prefix}.block{i}"] = x
                i += 1
        return x

    def frontend(self, feats):
        fe = self.cfg["frontend"]
        x = (feats - self.p("frontend.norm.mean")) * self.p("frontend.norm.inv_std")
        b, n, mel = x.shape
        x = x.reshape(b, n // fe["stack"], fe["stack"] * mel)
        return self.linear("frontend.proj", x)

    # --- decoder ---
    def predict(self, ctx):
        dc = self.cfg["decoder"]
        parts = [self.p(f"decoder.prediction.embed{i}")[ctx[:, i]] for i in range(dc["context"])]
        return self.linear("decoder.joint.prediction", jnp.concatenate(parts, -1))

    def joint(self, enc_proj, pred):
        return self.linear("decoder.joint.out", jnp.tanh(enc_proj + pred))

    def greedy(self, frames, lengths):
        """Greedy RNN-T decoding, one slot at a time, in plain Python."""
        dc = self.cfg["decoder"]
        enc = self.linear("decoder.joint.encoder", frames)
        b, t, _ = frames.shape
        tokens = np.full((b, t, dc["max_symbols_per_frame"]), -1, np.int32)
        for bi in range(b):
            ctx = np.zeros(dc["context"], np.int32)
            for ti in range(int(lengths[bi])):
                for n in range(dc["max_symbols_per_frame"]):
                    logits = self.joint(enc[bi, ti][None], self.predict(jnp.asarray(ctx)[None]))[0]
                    best = int(jnp.argmax(logits))
                    if best == 0:
                        break
                    tokens[bi, ti, n] = best
                    ctx = np.concatenate([[best], ctx[:-1]]).astype(np.int32)
        return tokens

    def layers(self, feats, lengths, threshold):
        """Every layer's output over whole utterances: the same taps as the
        Rust program `build_layer_taps`."""
        t = feats.shape[1] // self.cfg["frontend"]["stack"]
        valid = (jnp.arange(t)[None, :] < lengths[:, None]).astype(jnp.float32)
        taps = {}
        x = self.frontend(feats)
        taps["frontend"] = x
        first = self.encoder("encoder", self.cfg["encoder"], x, valid, threshold, taps)
        if self.cfg.get("second_pass"):
            self.encoder("second_pass", self.cfg["second_pass"], first, valid, None, taps)
        dc = self.cfg["decoder"]
        enc = self.linear("decoder.joint.encoder", first)
        pred = self.predict(jnp.zeros((first.shape[0], dc["context"]), jnp.int32))
        taps["decoder.logits"] = self.joint(enc, pred[:, None, :])
        return taps, first
