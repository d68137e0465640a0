#!/usr/bin/env python3
"""Golden log-mel features for crates/features/tests/golden.rs, computed in
float64 with numpy from the definition in crates/features/src/lib.rs.

Regenerate: python3 scripts/gen_feature_goldens.py
"""
import json
import pathlib
import struct

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "crates/features/tests/goldens/log_mel.safetensors"
SR, WIN, HOP, NFFT, MELS = 16000, 400, 160, 512, 80

# 0.6 s: a chirp from 100 Hz to 6 kHz, a 440 Hz tone, noise, and 50 ms of silence.
t = np.arange(int(0.6 * SR)) / SR
rng = np.random.default_rng(7)
x = 0.4 * np.sin(2 * np.pi * (100 * t + (6000 - 100) / (2 * 0.6) * t**2)) + 0.2 * np.sin(2 * np.pi * 440 * t)
x += 0.05 * rng.standard_normal(t.shape)
x[-800:] = 0.0
x = x.astype(np.float32)


def mel(f):
    return 2595.0 * np.log10(1.0 + f / 700.0)


def hz(m):
    return 700.0 * (10 ** (m / 2595.0) - 1.0)


edges = hz(np.linspace(mel(0.0), mel(SR / 2), MELS + 2))
freqs = np.arange(NFFT // 2 + 1) * SR / NFFT
fb = np.zeros((MELS, NFFT // 2 + 1))
for m in range(MELS):
    left, center, right = edges[m], edges[m + 1], edges[m + 2]
    rise = (freqs - left) / (center - left)
    fall = (right - freqs) / (right - center)
    fb[m] = np.where((freqs > left) & (freqs < right), np.where(freqs <= center, rise, fall), 0.0)

window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(WIN) / WIN)
frames = 1 + (len(x) - WIN) // HOP
feats = np.empty((frames, MELS))
for i in range(frames):
    seg = np.zeros(NFFT)
    seg[:WIN] = x[i * HOP : i * HOP + WIN].astype(np.float64) * window
    power = np.abs(np.fft.rfft(seg)) ** 2
    feats[i] = np.log(np.maximum(fb @ power, 1e-10))

tensors = {"samples": x, "log_mel": feats.astype(np.float32)}
header, blobs, off = {}, [], 0
for name in sorted(tensors):
    raw = np.ascontiguousarray(tensors[name]).tobytes()
    header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [off, off + len(raw)]}
    blobs.append(raw)
    off += len(raw)
text = json.dumps(header, separators=(",", ":")).encode()
text += b" " * (-len(text) % 8)
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))
print(f"wrote {frames} frames to {OUT}")
