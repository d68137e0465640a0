//! The attention module of a block in each of its forms: softmax over a
//! limited left context (a key/value cache when streaming), full attention,
//! and the Performer (a fixed-size recurrent state when streaming).

use hark_graph::{DType, TensorType, Value};

use super::{EncoderRun, StateIo};
use crate::config::{AttentionConfig, FeatureMap};
use crate::error::{Error, Result};
use crate::layers::*;
use crate::params::{Init, ParamTree};

impl EncoderRun<'_> {
    /// The attention module (LayerNorm, projections, attention, output
    /// projection) in the form this run needs.
    pub(super) fn attention(&mut self, p: &ParamTree, path: &str, att: &AttentionConfig, x: &Value) -> Result<Value> {
        let d = self.cfg.d_model;
        let heads = att.heads();
        let dh = d / heads;
        let (b, t) = (x.dim(0)?, x.dim(1)?);
        // Each arm builds its projections first, then reads its state: the
        // order the committed programs were emitted in.
        let y = match (att, self.state.as_deref_mut()) {
            (AttentionConfig::Performer { features, feature_map, .. }, None) => {
                let (fq, fk, v) = performer_inputs(p, x, d, heads, *features, *feature_map, None)?;
                performer_parallel(&fq, &fk, &v)?
            }
            (AttentionConfig::Performer { features, feature_map, .. }, Some(state)) => {
                let (fq, fk, v) = performer_inputs(p, x, d, heads, *features, *feature_map, None)?;
                let (s, z) = performer_state(state, path, b, heads, *features, dh)?;
                let (y, s2, z2) = performer_step(&fq, &fk, &v, &s, &z)?;
                state.put(&format!("{path}.s"), s2);
                state.put(&format!("{path}.z"), z2);
                y
            }
            (AttentionConfig::Softmax { left_context, .. }, None) => {
                let (q, k, v) = qkv(p, x, d, heads)?;
                softmax_attention(&q, &k, &v, &limited_context_mask(&q, t, *left_context)?)?
            }
            (AttentionConfig::Softmax { left_context, .. }, Some(state)) => {
                let (q, k, v) = qkv(p, x, d, heads)?;
                let cache = TensorType::new(DType::F32, [b, heads, *left_context, dh]);
                let ck = state.take(&format!("{path}.keys"), cache.clone())?;
                let cv = state.take(&format!("{path}.values"), cache)?;
                let count = state.take(&format!("{path}.count"), TensorType::new(DType::I32, [b]))?;
                let (y, nk, nv, nc) = limited_context_step(&q, &k, &v, &ck, &cv, &count, *left_context)?;
                state.put(&format!("{path}.keys"), nk);
                state.put(&format!("{path}.values"), nv);
                state.put(&format!("{path}.count"), nc);
                y
            }
            (AttentionConfig::Full { .. }, None) => {
                let (q, k, v) = qkv(p, x, d, heads)?;
                let allowed = match &self.valid {
                    Some(valid) => valid.reshape(&[b, 1, 1, t])?,
                    None => x.graph().splat(1.0, DType::Bool, &[1, 1, 1, 1])?,
                };
                softmax_attention(&q, &k, &v, &allowed)?
            }
            (AttentionConfig::Full { .. }, Some(_)) => {
                return Err(Error::Build("full (non-causal) attention cannot stream".into()));
            }
        };
        merge_heads(p, &y, d)
    }
}

/// A Performer module's projections and random features of `x: [B, T, D]`
/// in the module's scope `p`: `(φ(q), φ(k), v)`, each `[B, H, T, ·]`. Keys
/// are scaled by `key_weight` (`[B, 1, T, 1]`) where given, so that frames
/// weighted 0 add nothing to the attention state: the padding of a gated
/// block's compaction buffer, or the frames its training-form gates drop.
/// Every form of the module (whole, streaming, gated, training) starts here.
pub(super) fn performer_inputs(
    p: &ParamTree,
    x: &Value,
    d: i64,
    heads: i64,
    features: i64,
    feature_map: FeatureMap,
    key_weight: Option<&Value>,
) -> Result<(Value, Value, Value)> {
    let (q, k, v) = qkv(p, x, d, heads)?;
    let w = p.weight("features", &[features, d / heads], Init::OrthogonalFeatures)?;
    let fq = performer_features(&q, &w, feature_map, true)?;
    let fk = performer_features(&k, &w, feature_map, false)?;
    let fk = match key_weight {
        Some(weight) => fk.mul(weight)?,
        None => fk,
    };
    Ok((fq, fk, v))
}

/// The streaming state of the Performer module at `path`: the running sums
/// `s: [B, H, M, Dh]` and `z: [B, H, M]`.
pub(super) fn performer_state(
    state: &mut StateIo,
    path: &str,
    b: i64,
    heads: i64,
    features: i64,
    dh: i64,
) -> Result<(Value, Value)> {
    let s = state.take(&format!("{path}.s"), TensorType::new(DType::F32, [b, heads, features, dh]))?;
    let z = state.take(&format!("{path}.z"), TensorType::new(DType::F32, [b, heads, features]))?;
    Ok((s, z))
}
