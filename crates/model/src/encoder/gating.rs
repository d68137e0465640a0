//! Frame-level gating (Compute Cost Amortized Transformer): the gate
//! network, the compacted inference form of a gated block and its masked
//! training form.

use hark_graph::{DType, Graph, Value, nn};

use super::EncoderRun;
use super::attention::{performer_inputs, performer_state};
use crate::config::{AttentionConfig, FeatureMap, StageConfig};
use crate::error::{Error, Result};
use crate::layers::*;
use crate::params::{Init, ParamTree};

/// Whether gated stages skip frames.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Gating {
    /// Modules run only for frames whose gate passes the threshold.
    Dynamic,
    /// Every module runs for every frame (the ungated reference).
    #[default]
    Off,
    /// Training: hard gates (probability >= 0.5) in the forward pass, the
    /// gradient of the probability in the backward pass (straight-through),
    /// applied by masking every frame rather than compacting kept ones.
    StraightThrough,
}

/// The run-time side of gating: the threshold input and the kept-frame
/// counts collected for the report of executed compute.
pub struct GateIo {
    pub threshold: Value,
    /// `(module path, kept frames: i32 scalar, frames: i64)`, one per gated module.
    pub kept: Vec<(String, Value, i64)>,
    /// Training: `(module path, mean keep probability over real frames)`,
    /// for the compute loss (which weighs modules by `gated_module_flops`).
    pub expected: Vec<(String, Value)>,
}

impl EncoderRun<'_> {
    /// A transformer block whose attention and FFN run only for the frames
    /// their gates keep (Compute Cost Amortized Transformer). The gates are a
    /// tiny network on the block input: `sigmoid(x W + b)`, one per module.
    /// Kept frames are compacted into a buffer of the smallest configured
    /// capacity that holds them (a `case` over compiled capacities), computed
    /// there, and scattered back; skipped frames add nothing to the residual
    /// and never touch the Performer state.
    pub(super) fn gated_transformer(
        &mut self,
        p: &ParamTree,
        path: &str,
        stage: &StageConfig,
        x: &Value,
    ) -> Result<Value> {
        let g = x.graph().clone();
        let d = self.cfg.d_model;
        let (b, t) = (x.dim(0)?, x.dim(1)?);
        let buckets = self.arbitrator.expect("validated: gated stages have an arbitrator").capacity_buckets.clone();
        let gate_io =
            self.gate.as_deref_mut().ok_or_else(|| Error::Build("gated block without a threshold input".into()))?;
        let threshold = gate_io.threshold.clone();
        let probs = gate_probabilities(&p.pp("gate"), x, d)?;
        let keep = |i: i64| -> Result<Value> {
            let k = probs.slice_axis(2, i, i + 1)?.squeeze(2)?.ge(&threshold)?;
            Ok(match &self.valid {
                Some(valid) => k.and(valid)?,
                None => k,
            })
        };
        let keep_attention = keep(0)?;
        let keep_ffn = keep(1)?;

        // Attention over each row's kept frames, in order.
        let (heads, features, feature_map) = gated_performer(stage)?;
        let dh = d / heads;
        let ap = p.pp("attention");
        let state_in = match self.state.as_deref_mut() {
            Some(state) => Some(performer_state(state, &format!("{path}.attention"), b, heads, features, dh)?),
            None => None,
        };
        let count = keep_attention.convert(DType::I32)?.sum(&[1])?; // [B]
        let time = g.iota(DType::I32, &[b, t], 1)?;
        let order_key = keep_attention.select(&time, &time.add_scalar(t as f64)?)?;
        let order = g.sort(&[order_key, time.clone()], 1, false)?.remove(1); // kept frames first, in order
        let row = g.iota(DType::I32, &[b, t], 0)?;
        let row_caps = capacities(&buckets, t);
        let mut branches: Vec<Box<dyn FnOnce() -> hark_graph::Result<Vec<Value>> + '_>> = Vec::new();
        for &cap in &row_caps {
            let (x, ap, order, row, count, state_in) =
                (x.clone(), ap.clone(), order.clone(), row.clone(), count.clone(), state_in.clone());
            branches.push(Box::new(move || {
                let branch = || -> Result<Vec<Value>> {
                    let idx = order.slice_axis(1, 0, cap)?;
                    let rows = row.slice_axis(1, 0, cap)?;
                    let index = x.graph().concat(&[rows.expand_dims(2)?, idx.expand_dims(2)?], 2)?; // [B, cap, 2]
                    let slot_ok = x.graph().iota(DType::I32, &[b, cap], 1)?.lt(&count.reshape(&[b, 1])?)?;
                    let xs = gather_frames(&x, &index)?; // [B, cap, D]
                    let valid_slot = slot_ok.convert(DType::F32)?.reshape(&[b, 1, cap, 1])?;
                    let (fq, fk, v) = performer_inputs(&ap, &xs, d, heads, features, feature_map, Some(&valid_slot))?;
                    let (y, s, z) = match &state_in {
                        Some((s, z)) => performer_step(&fq, &fk, &v, s, z)?,
                        None => {
                            let zero_s = x.graph().splat(0.0, DType::F32, &[b, heads, features, dh])?;
                            let zero_z = x.graph().splat(0.0, DType::F32, &[b, heads, features])?;
                            performer_step(&fq, &fk, &v, &zero_s, &zero_z)?
                        }
                    };
                    let ys = merge_heads(&ap, &y, d)?.mul(&slot_ok.convert(DType::F32)?.expand_dims(2)?)?;
                    Ok(vec![scatter_frames(&x, &index, &ys)?, s, z])
                };
                Ok(branch()?)
            }));
        }
        let branch = bucket_index(&g, &row_caps, &count.reduce_max(&[0])?)?;
        let out = ap.scoped(|| g.case(&branch, branches))?;
        if let Some(state) = self.state.as_deref_mut() {
            state.put(&format!("{path}.attention.s"), out[1].clone());
            state.put(&format!("{path}.attention.z"), out[2].clone());
        }
        let gate_io = self.gate.as_deref_mut().expect("checked above");
        gate_io.kept.push((format!("{path}.attention"), count.sum(&[0])?, b * t));
        let x = x.add(&out[0])?;

        // The FFN over kept frames of the whole batch (it is position-wise).
        let n = b * t;
        let flat = x.reshape(&[n, d])?;
        let keep_flat = keep_ffn.reshape(&[n])?;
        let count = keep_flat.convert(DType::I32)?.sum(&[0])?;
        let pos = g.iota(DType::I32, &[n], 0)?;
        let order = g.sort(&[keep_flat.select(&pos, &pos.add_scalar(n as f64)?)?, pos], 0, false)?.remove(1);
        let flat_caps = capacities(&buckets, n);
        let fp = p.pp("ffn");
        let ffn_dim = stage.ffn_dim;
        let mut branches: Vec<Box<dyn FnOnce() -> hark_graph::Result<Vec<Value>> + '_>> = Vec::new();
        for &cap in &flat_caps {
            let (flat, order, count, fp) = (flat.clone(), order.clone(), count.clone(), fp.clone());
            branches.push(Box::new(move || {
                let branch = || -> Result<Vec<Value>> {
                    let idx = order.slice_axis(0, 0, cap)?;
                    let slot_ok = flat.graph().iota(DType::I32, &[cap], 0)?.lt(&count)?;
                    let ys = ffn(&fp, &flat.take_rows(&idx)?, d, ffn_dim)?
                        .mul(&slot_ok.convert(DType::F32)?.expand_dims(1)?)?;
                    Ok(vec![flat.graph().splat(0.0, DType::F32, &[n, d])?.scatter_add_rows(&idx, &ys)?])
                };
                Ok(branch()?)
            }));
        }
        let branch = bucket_index(&g, &flat_caps, &count)?;
        let delta = p.pp("ffn").scoped(|| g.case(&branch, branches))?.remove(0).reshape(&[b, t, d])?;
        let gate_io = self.gate.as_deref_mut().expect("checked above");
        gate_io.kept.push((format!("{path}.ffn"), count, n));
        Ok(x.add(&delta)?)
    }

    /// The gated transformer block in training form: every frame computed,
    /// module outputs (and Performer keys) multiplied by straight-through
    /// gates, so that gradients reach the gate network. The forward values
    /// equal the compacted inference form at threshold 0.5.
    pub(super) fn gated_transformer_training(
        &mut self,
        p: &ParamTree,
        path: &str,
        stage: &StageConfig,
        x: &Value,
    ) -> Result<Value> {
        let g = x.graph().clone();
        let d = self.cfg.d_model;
        let (b, t) = (x.dim(0)?, x.dim(1)?);
        let (heads, features, feature_map) = gated_performer(stage)?;
        let valid = match &self.valid {
            Some(v) => v.convert(DType::F32)?,
            None => g.splat(1.0, DType::F32, &[b, t])?,
        };
        let probs = gate_probabilities(&p.pp("gate"), x, d)?;
        let real = valid.sum(&[0, 1])?.maximum(&g.scalar(1.0, DType::F32)?)?;
        let gate_io =
            self.gate.as_deref_mut().ok_or_else(|| Error::Build("gated block without gate outputs".into()))?;
        let mut gate = |i: i64, module: &str| -> Result<Value> {
            let prob = probs.slice_axis(2, i, i + 1)?.squeeze(2)?;
            let hard = prob.ge(&prob.scalar_like(0.5)?)?.convert(DType::F32)?;
            let st = hard.add(&prob.sub(&prob.stop_gradient()?)?)?;
            gate_io.expected.push((format!("{path}.{module}"), prob.mul(&valid)?.sum(&[0, 1])?.div(&real)?));
            Ok(st.mul(&valid)?)
        };
        let keep_attention = gate(0, "attention")?;
        let keep_ffn = gate(1, "ffn")?;

        let ap = p.pp("attention");
        let out = ap.scoped(|| -> Result<Value> {
            let key_weight = keep_attention.reshape(&[b, 1, t, 1])?;
            let (fq, fk, v) = performer_inputs(&ap, x, d, heads, features, feature_map, Some(&key_weight))?;
            let y = performer_parallel(&fq, &fk, &v)?;
            Ok(merge_heads(&ap, &y, d)?.mul(&keep_attention.expand_dims(2)?)?)
        })?;
        let x = x.add(&out)?;
        let fp = p.pp("ffn");
        let delta =
            fp.scoped(|| -> Result<Value> { Ok(ffn(&fp, &x, d, stage.ffn_dim)?.mul(&keep_ffn.expand_dims(2)?)?) })?;
        Ok(x.add(&delta)?)
    }
}

/// The Performer settings of a gated stage: `(heads, features, feature
/// map)`. Gated blocks compact frames, which only a recurrent attention
/// state allows.
fn gated_performer(stage: &StageConfig) -> Result<(i64, i64, FeatureMap)> {
    match stage.attention.clone().expect("validated") {
        AttentionConfig::Performer { heads, features, feature_map } => Ok((heads, features, feature_map)),
        _ => Err(Error::Build("gated attention must be a performer".into())),
    }
}

/// Logit bias a fresh gate starts with: sigmoid(3) = 0.95, so a new gated
/// model runs every module (an ungated transformer) and the compute loss
/// closes gates only as the task loss allows. Gates that start at 0.5 drop
/// half of all frames at random from step 0, and such models stayed on
/// RNN-T's blank plateau (docs/BENCHMARKS.md, "The Compute Cost Amortized
/// table", its history).
const GATE_OPEN_BIAS: f64 = 3.0;

/// Per-frame keep probabilities of a gated block's modules `[B, T, 2]`
/// (attention, FFN), from the block's input. The weights start at zero so
/// that every frame starts at the same probability, whatever the scale of a
/// warm-started residual stream.
fn gate_probabilities(p: &ParamTree, x: &Value, d: i64) -> Result<Value> {
    p.scoped(|| -> Result<Value> {
        let w = p.weight("w", &[d, 2], Init::Zeros)?;
        let b = p.weight("b", &[2], Init::Constant(GATE_OPEN_BIAS))?;
        Ok(nn::linear(x, &w, Some(&b))?.logistic()?)
    })
}

/// Compaction buffer sizes for `n` frames: `ceil(fraction * n)`, distinct.
pub fn capacities(buckets: &[f64], n: i64) -> Vec<i64> {
    let mut caps: Vec<i64> = buckets.iter().map(|f| ((f * n as f64).ceil() as i64).clamp(1, n.max(1))).collect();
    caps.dedup();
    caps
}

/// The first bucket whose capacity holds `needed` frames (an i32 scalar).
fn bucket_index(g: &Graph, capacities: &[i64], needed: &Value) -> Result<Value> {
    let mut index = g.index(0)?;
    for &cap in &capacities[..capacities.len() - 1] {
        let over = needed.gt(&g.scalar(cap as f64, DType::I32)?)?.convert(DType::I32)?;
        index = index.add(&over)?;
    }
    Ok(index)
}

/// `x[b, index[b, s, 1]]` for `index: [B, S, 2]` holding (b, t) pairs.
fn gather_frames(x: &Value, index: &Value) -> Result<Value> {
    let d = x.dim(2)?;
    let spec = hark_graph::GatherSpec {
        offset_dims: vec![2],
        collapsed_slice_dims: vec![0, 1],
        start_index_map: vec![0, 1],
        index_vector_dim: 2,
        slice_sizes: vec![1, 1, d],
    };
    Ok(x.gather(index, &spec)?)
}

/// Zeros shaped like `x` with `ys: [B, S, D]` added at the (b, t) pairs of
/// `index: [B, S, 2]`.
fn scatter_frames(x: &Value, index: &Value, ys: &Value) -> Result<Value> {
    let spec = hark_graph::ScatterSpec {
        update_window_dims: vec![2],
        inserted_window_dims: vec![0, 1],
        scatter_dims_to_operand_dims: vec![0, 1],
        index_vector_dim: 2,
        kind: hark_graph::ScatterKind::Add,
    };
    let zeros = x.graph().splat(0.0, DType::F32, x.shape())?;
    Ok(zeros.scatter(index, ys, &spec)?)
}
