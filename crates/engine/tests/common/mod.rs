//! Tiny models and helpers for the engine tests.
#![allow(dead_code)]

use hark_engine::DeviceModel;
use hark_model::ModelConfig;
use hark_model::{Weights, weight_specs};
use hark_pjrt::Buffer;

pub use hark_test_support::{device_scope, shared_test_client as client};

pub const MEL: i64 = 8;
pub const STACK: i64 = 2;
pub const D: i64 = 16;

/// Tiny versions of the presets, with every block and attention kind:
/// `tests/goldens/<name>/config.json`, shared with the JAX reference
/// (`scripts/gen_model_goldens.py`).
pub fn tiny(name: &str) -> ModelConfig {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/goldens").join(name).join("config.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cfg = ModelConfig::from_json(&text).unwrap();
    assert_eq!((cfg.frontend.mel_bins, cfg.frontend.stack, cfg.encoder.d_model), (MEL, STACK, D));
    cfg
}

/// Seeded random weights. (The streaming tests check that greedy decoding
/// of these mixes blanks and tokens, so that it tests something.)
pub fn weights(cfg: &ModelConfig, seed: u64) -> Weights {
    Weights::random(&weight_specs(cfg).unwrap(), seed)
}

/// Seeded random weights whose arbitrator gates vary from frame to frame, as
/// a trained arbitrator's do (fresh gates start open on every frame).
pub fn weights_with_varied_gates(cfg: &ModelConfig, seed: u64) -> Weights {
    let mut w = weights(cfg, seed);
    for (i, (name, t)) in w.tensors.iter_mut().filter(|(name, _)| name.contains(".gate.")).enumerate() {
        // Random projections, zero biases: keep probabilities spread around 0.5.
        t.data = if name.ends_with(".w") { noise(t.data.len(), seed + i as u64) } else { vec![0.0; t.data.len()] };
    }
    w
}

/// A model with seeded random weights; its gates, if any, vary by frame so
/// that the arbitrator's skipping is exercised.
pub fn model(cfg: &ModelConfig, seed: u64) -> DeviceModel {
    DeviceModel::new(&client(), cfg.clone(), &weights_with_varied_gates(cfg, seed)).unwrap()
}

/// Deterministic pseudo-random values in [-1, 1).
pub fn noise(n: usize, seed: u64) -> Vec<f32> {
    hark_test_support::uniform_f32(n, seed, -1.0, 1.0)
}

pub fn upload_f32(data: &[f32], dims: &[i64]) -> Buffer {
    client().buffer(data, dims).unwrap()
}

pub fn upload_i32(data: &[i32], dims: &[i64]) -> Buffer {
    client().buffer(data, dims).unwrap()
}

/// Rows `[t0, t1)` of every batch entry of a `[B, T, F]` host array.
pub fn time_slice(data: &[f32], b: usize, t: usize, f: usize, t0: usize, t1: usize) -> Vec<f32> {
    let mut out = Vec::with_capacity(b * (t1 - t0) * f);
    for bi in 0..b {
        out.extend_from_slice(&data[(bi * t + t0) * f..(bi * t + t1) * f]);
    }
    out
}

pub fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}
