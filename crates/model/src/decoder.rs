//! The RNN-T decoder: a stateless prediction network over the last
//! `context` tokens, a joint network, and greedy decoding as a device loop.
//!
//! Token ids: 0 is blank (and the "no token yet" context); tokenizer id i
//! is class i + 1.

use hark_graph::{DType, GatherSpec, Value};

use crate::config::DecoderConfig;
use crate::error::Result;
use crate::layers::linear;
use crate::params::{Init, ParamTree};

/// Where the decoder's weights live in the parameter tree (and so the prefix
/// of their checkpoint names).
pub const SCOPE: &str = "decoder";
/// Scopes of the joint network's layers under [`SCOPE`] (each a linear
/// layer with `w` and `b`).
const JOINT_ENCODER: &str = "joint.encoder";
const JOINT_PREDICTION: &str = "joint.prediction";
const JOINT_OUT: &str = "joint.out";

fn embed_scope(i: i64) -> String {
    format!("prediction.embed{i}")
}

/// The decoder's checkpoint names, for code that reads its weights outside
/// a graph (the host joint of the beam search).
pub mod weight_names {
    use super::*;

    /// The embedding table of the `i`-th most recent context token.
    pub fn embed(i: i64) -> String {
        format!("{SCOPE}.{}", embed_scope(i))
    }
    /// `(w, b)` of the joint's encoder-side projection.
    pub fn joint_encoder() -> (String, String) {
        linear_names(JOINT_ENCODER)
    }
    /// `(w, b)` of the joint's prediction-side projection.
    pub fn joint_prediction() -> (String, String) {
        linear_names(JOINT_PREDICTION)
    }
    /// `(w, b)` of the joint's output layer.
    pub fn joint_out() -> (String, String) {
        linear_names(JOINT_OUT)
    }
    fn linear_names(scope: &str) -> (String, String) {
        (format!("{SCOPE}.{scope}.w"), format!("{SCOPE}.{scope}.b"))
    }
}

/// Expected greedy-decoding loop trips per frame, for FLOP accounting only:
/// one blank per frame, plus one token every fourth frame (subword rates of
/// read speech at 40 ms frames are 0.2-0.3 tokens per frame).
pub const EXPECTED_TRIPS_PER_FRAME: f64 = 1.25;

/// The joint network's encoder side, `[B, T, D] -> [B, T, J]`: computed once
/// per chunk, outside the decoding loop.
pub fn project_encoder(p: &ParamTree, frames: &Value, d: i64, cfg: &DecoderConfig) -> Result<Value> {
    linear(&p.pp(JOINT_ENCODER), frames, d, cfg.joint_dim)
}

/// Prediction network output for context tokens `ctx: [B, context]` (most
/// recent first): concatenated embeddings projected to the joint width.
pub fn predict(p: &ParamTree, ctx: &Value, cfg: &DecoderConfig) -> Result<Value> {
    let b = ctx.dim(0)?;
    let mut parts = Vec::new();
    for i in 0..cfg.context {
        let table = p.weight(&embed_scope(i), &[cfg.vocab_size, cfg.pred_dim], Init::Normal { std: 1.0 })?;
        let ids = ctx.slice_axis(1, i, i + 1)?.reshape(&[b])?;
        parts.push(table.take_rows(&ids)?);
    }
    let joined = ctx.graph().concat(&parts, 1)?;
    linear(&p.pp(JOINT_PREDICTION), &joined, cfg.context * cfg.pred_dim, cfg.joint_dim)
}

/// Joint network: `W_out tanh(enc + pred) + b`, logits over the vocabulary
/// (`enc` and `pred` broadcast against each other).
pub fn joint(p: &ParamTree, enc: &Value, pred: &Value, cfg: &DecoderConfig) -> Result<Value> {
    joint_output(p, &enc.add(pred)?, cfg)
}

/// The joint network without label context, `W_out tanh(enc) + b`: per-frame
/// logits `[B, T, V]` for the auxiliary CTC loss of training, which so
/// shares the joint's weights and adds none.
pub fn joint_acoustic(p: &ParamTree, frames: &Value, d: i64, cfg: &DecoderConfig) -> Result<Value> {
    joint_output(p, &project_encoder(p, frames, d, cfg)?, cfg)
}

/// The joint's nonlinearity and output layer, `W_out tanh(h) + b`.
fn joint_output(p: &ParamTree, h: &Value, cfg: &DecoderConfig) -> Result<Value> {
    linear(&p.pp(JOINT_OUT), &h.tanh()?, cfg.joint_dim, cfg.vocab_size)
}

/// Greedy RNN-T decoding of `enc: [B, T, J]` (encoder side of the joint,
/// already projected) on the device.
///
/// Each slot walks its frames: at frame t it evaluates the joint with its
/// context; a non-blank argmax is emitted (tokens[b, t, n] for the n-th
/// symbol of that frame) and becomes the newest context token, until blank
/// or `max_symbols_per_frame` symbols, then the slot moves to frame t + 1.
/// Slots stop at `frames[b]` (real frames in this call). The loop runs until
/// every slot is done.
///
/// Returns (tokens `[B, T, S]` i32 with -1 where nothing was emitted,
/// context after the last frame `[B, context]`).
pub fn greedy(p: &ParamTree, enc: &Value, ctx: &Value, frames: &Value, cfg: &DecoderConfig) -> Result<(Value, Value)> {
    let g = enc.graph().clone();
    let (b, t) = (enc.dim(0)?, enc.dim(1)?);
    let s = cfg.max_symbols_per_frame;
    let zero = g.splat(0.0, DType::I32, &[b])?;
    let tokens = g.splat(-1.0, DType::I32, &[b, t, s])?;
    let trips = (EXPECTED_TRIPS_PER_FRAME * t as f64).ceil() as u64;
    let out = g.while_loop(
        &[zero.clone(), zero, ctx.clone(), tokens],
        Some(trips),
        |v| v[0].lt(frames)?.reduce(&[0], hark_graph::ReduceKind::Or),
        |v| {
            let (frame, emitted, ctx, tokens) = (&v[0], &v[1], &v[2], &v[3]);
            let step = || -> Result<Vec<Value>> {
                let active = frame.lt(frames)?;
                // enc[b, frame[b]]: a gather of one row per slot (a finished
                // slot's frame, T, is clamped to T - 1; it emits nothing).
                let rows = g.iota(DType::I32, &[b, 1], 0)?;
                let at = g.concat(&[rows, frame.reshape(&[b, 1])?], 1)?; // [B, 2]: (b, frame[b])
                let spec = GatherSpec {
                    offset_dims: vec![1],
                    collapsed_slice_dims: vec![0, 1],
                    start_index_map: vec![0, 1],
                    index_vector_dim: 1,
                    slice_sizes: vec![1, 1, enc.dim(2)?],
                };
                let e = enc.gather(&at, &spec)?; // [B, J]
                let logits = joint(p, &e, &predict(p, ctx, cfg)?, cfg)?;
                let best = logits.argmax(-1)?; // [B]
                let cap = g.scalar(s as f64, DType::I32)?;
                let emit = active.and(&best.ne(&best.scalar_like(0.0)?)?)?.and(&emitted.lt(&cap)?)?;
                let advance = active.and(&emit.not()?)?;
                let at_t = g.iota(DType::I32, &[b, t, s], 1)?.eq(&frame.reshape(&[b, 1, 1])?)?;
                let at_n = g.iota(DType::I32, &[b, t, s], 2)?.eq(&emitted.reshape(&[b, 1, 1])?)?;
                let write = at_t.and(&at_n)?.and(&emit.reshape(&[b, 1, 1])?)?;
                let tokens = write.select(&best.reshape(&[b, 1, 1])?, tokens)?;
                let shifted = if cfg.context > 1 {
                    g.concat(&[best.reshape(&[b, 1])?, ctx.slice_axis(1, 0, cfg.context - 1)?], 1)?
                } else {
                    best.reshape(&[b, 1])?
                };
                let ctx = emit.reshape(&[b, 1])?.select(&shifted, ctx)?;
                let one = g.scalar(1.0, DType::I32)?;
                let emitted = emit.select(&emitted.add(&one)?, &emitted.scalar_like(0.0)?)?;
                let frame = advance.select(&frame.add(&one)?, frame)?;
                Ok(vec![frame, emitted, ctx, tokens])
            };
            Ok(step()?)
        },
    )?;
    Ok((out[3].clone(), out[2].clone()))
}

/// Joint-network logits over the whole RNN-T lattice, for training:
/// `[B, T, U+1, V]` for encoder frames `[B, T, D]` and label sequences
/// `targets: [B, U]` (classes; padding beyond each length is ignored by the
/// loss). Row `u` sees the context of the `u` labels before it (blank where
/// there are fewer than `context`).
pub fn joint_lattice(p: &ParamTree, frames: &Value, targets: &Value, d: i64, cfg: &DecoderConfig) -> Result<Value> {
    let g = frames.graph().clone();
    let (b, t) = (frames.dim(0)?, frames.dim(1)?);
    let u = targets.dim(1)?;
    let u1 = u + 1;
    // ctx[b, u, i] = y_{u - i} (1-based labels), 0 (blank) before the start.
    let mut columns = Vec::new();
    for i in 0..cfg.context {
        // Shift the labels right by i + 1 positions, filling with blank.
        let shifted = targets.pad(&targets.scalar_like(0.0)?, &[0, i + 1], &[0, 0], &[0, 0])?.slice_axis(1, 0, u1)?;
        columns.push(shifted.reshape(&[b, u1, 1])?);
    }
    let ctx = g.concat(&columns, 2)?.reshape(&[b * u1, cfg.context])?;
    let pred = predict(p, &ctx, cfg)?.reshape(&[b, 1, u1, cfg.joint_dim])?;
    let enc = project_encoder(p, frames, d, cfg)?.reshape(&[b, t, 1, cfg.joint_dim])?;
    joint(p, &enc, &pred, cfg)
}
