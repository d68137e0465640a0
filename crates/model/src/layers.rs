//! The layers of docs/DESIGN.md, each in its whole-sequence form and, where it
//! keeps state, its streaming step form.
//!
//! Shapes: B batch, T frames (C in a streaming chunk), D model width,
//! H heads, Dh = D / H, M random features, K conv kernel, L left context.
//! Activations are `[B, T, D]` unless noted; attention works on
//! `[B, H, T, Dh]`.

use hark_graph::{DType, DotDims, Value, nn};

use crate::config::FeatureMap;
use crate::error::Result;
use crate::params::{Init, ParamTree};

/// LayerNorm epsilon everywhere in the model.
pub const LN_EPS: f64 = 1e-5;
/// Logit of a masked attention position: large and finite, so that a row
/// with no valid key (a padded query) gives a finite softmax, not NaN.
pub const MASKED: f64 = -1e9;
/// Added to Performer denominators.
pub const PERFORMER_EPS: f64 = 1e-6;
/// Cap on a FAVOR+ key feature's exponent. Features are bounded anyway by
/// `exp(|w|^2 / 2)`, finite for the head sizes Hark uses; the cap keeps the
/// running sums finite over any audio length whatever the weights. Being a
/// constant, it is the same in the parallel and the recurrent forms.
pub const KEY_EXPONENT_CAP: f64 = 30.0;
/// Added to ReLU features so that denominators never vanish.
pub const RELU_FEATURE_FLOOR: f64 = 1e-3;

/// `x @ w + b`, `w: [d_in, d_out]`, `b: [d_out]`.
pub fn linear(p: &ParamTree, x: &Value, d_in: i64, d_out: i64) -> Result<Value> {
    let w = p.linear_weight("w", d_in, d_out)?;
    let b = p.weight("b", &[d_out], Init::Zeros)?;
    let dt = p.matmul_dtype();
    if dt == DType::F32 {
        return Ok(nn::linear(x, &w, Some(&b))?);
    }
    // Mixed precision: multiply in `dt`, add the bias and go on in f32.
    Ok(x.convert(dt)?.matmul(&w.convert(dt)?)?.convert(DType::F32)?.add(&b)?)
}

pub fn layer_norm(p: &ParamTree, x: &Value, d: i64) -> Result<Value> {
    let gamma = p.weight("gamma", &[d], Init::Ones)?;
    let beta = p.weight("beta", &[d], Init::Zeros)?;
    Ok(nn::layer_norm(x, &gamma, &beta, LN_EPS)?)
}

/// Front end: normalizes log-mel features with the global mean and inverse
/// standard deviation stored with the weights, stacks `stack` 10 ms frames
/// into one encoder frame and projects to D.
/// `[B, stack * T, mel] -> [B, T, D]`.
pub fn frontend(p: &ParamTree, feats: &Value, mel: i64, stack: i64, d: i64) -> Result<Value> {
    let mean = p.weight("norm.mean", &[mel], Init::Zeros)?;
    let inv_std = p.weight("norm.inv_std", &[mel], Init::Ones)?;
    let x = feats.sub(&mean)?.mul(&inv_std)?;
    let (b, t) = (x.dim(0)?, x.dim(1)? / stack);
    let stacked = x.reshape(&[b, t, stack * mel])?;
    linear(&p.pp("proj"), &stacked, stack * mel, d)
}

/// Feed-forward module: LayerNorm, `D -> F`, swish, `F -> D`.
pub fn ffn(p: &ParamTree, x: &Value, d: i64, f: i64) -> Result<Value> {
    let h = layer_norm(&p.pp("norm"), x, d)?;
    let h = nn::swish(&linear(&p.pp("in"), &h, d, f)?)?;
    linear(&p.pp("out"), &h, f, d)
}

/// The conv module: LayerNorm, pointwise `D -> 2D`, GLU, depthwise conv
/// (kernel K), LayerNorm (not BatchNorm: it must stream), swish, pointwise
/// `D -> D`.
pub struct ConvModule<'a> {
    pub p: &'a ParamTree,
    pub d: i64,
    pub kernel: i64,
}

impl ConvModule<'_> {
    fn before_depthwise(&self, x: &Value) -> Result<Value> {
        let h = layer_norm(&self.p.pp("norm"), x, self.d)?;
        Ok(nn::glu(&linear(&self.p.pp("pointwise_in"), &h, self.d, 2 * self.d)?, -1)?)
    }

    /// The depthwise kernel `[K, 1, D]` and bias `[D]`.
    fn depthwise_weights(&self) -> Result<(Value, Value)> {
        let w = self.p.weight(
            "depthwise.w",
            &[self.kernel, 1, self.d],
            Init::Normal { std: 1.0 / (self.kernel as f64).sqrt() },
        )?;
        let b = self.p.weight("depthwise.b", &[self.d], Init::Zeros)?;
        Ok((w, b))
    }

    /// The depthwise conv over an already padded `window: [B, K-1+C, D]`,
    /// `y[t] = b + sum_k w[k] * window[t + k]`, written as K shifted slices
    /// scaled and summed in tap order, which XLA fuses into one elementwise
    /// kernel. On CPU a D-group convolution op is far slower: about 10x for
    /// a streaming chunk of a few frames (hundreds of microseconds per block
    /// against tens; it was the largest single cost of a step) and about 50x
    /// over whole utterances ([8, 264, 144]: 24 ms against 0.5 ms).
    fn depthwise_taps(&self, window: &Value) -> Result<Value> {
        let (w, b) = self.depthwise_weights()?;
        let c = window.dim(1)? - (self.kernel - 1);
        let taps = w.reshape(&[self.kernel, self.d])?;
        let mut acc: Option<Value> = None;
        for k in 0..self.kernel {
            let term = window.slice_axis(1, k, k + c)?.mul(&taps.slice_axis(0, k, k + 1)?)?;
            acc = Some(match acc {
                Some(acc) => acc.add(&term)?,
                None => term,
            });
        }
        Ok(acc.expect("kernel has at least one tap").add(&b)?)
    }

    fn after_depthwise(&self, h: &Value) -> Result<Value> {
        let h = nn::swish(&layer_norm(&self.p.pp("depthwise_norm"), h, self.d)?)?;
        linear(&self.p.pp("pointwise_out"), &h, self.d, self.d)
    }

    /// Whole sequence. Causal: K-1 zero frames of left padding. Non-causal:
    /// centered, with padded frames (`valid` false) zeroed first so they do
    /// not leak into real ones.
    pub fn whole(&self, x: &Value, causal: bool, valid: Option<&Value>) -> Result<Value> {
        let mut h = self.before_depthwise(x)?;
        if let Some(valid) = valid {
            h = h.mul(&valid.convert(DType::F32)?.expand_dims(2)?)?;
        }
        let k = self.kernel - 1;
        let padding = if causal { (k, 0) } else { (k / 2, k - k / 2) };
        self.after_depthwise(&self.depthwise_taps(&h.pad_axis(1, padding.0, padding.1)?)?)
    }

    /// Streaming step over a chunk `[B, C, D]`. State: the last K-1 inputs
    /// of the depthwise conv, `[B, K-1, D]` (zeros at the start, the same as
    /// the whole form's left padding). Returns (output, new state).
    pub fn step(&self, x: &Value, state: &Value) -> Result<(Value, Value)> {
        let h = self.before_depthwise(x)?;
        let c = h.dim(1)?;
        let window = x.graph().concat(&[state.clone(), h], 1)?;
        let next = window.slice_axis(1, c, c + self.kernel - 1)?;
        Ok((self.after_depthwise(&self.depthwise_taps(&window)?)?, next))
    }
}

/// LayerNorm then the fused `D -> 3D` projection, split into heads:
/// three `[B, H, T, Dh]`.
pub fn qkv(p: &ParamTree, x: &Value, d: i64, heads: i64) -> Result<(Value, Value, Value)> {
    let h = layer_norm(&p.pp("norm"), x, d)?;
    let proj = linear(&p.pp("qkv"), &h, d, 3 * d)?;
    let (b, t) = (x.dim(0)?, x.dim(1)?);
    let split = proj.reshape(&[b, t, 3, heads, d / heads])?.transpose(&[2, 0, 3, 1, 4])?;
    let part = |i: i64| -> Result<Value> { Ok(split.slice_axis(0, i, i + 1)?.squeeze(0)?) };
    Ok((part(0)?, part(1)?, part(2)?))
}

/// `[B, H, T, Dh] -> [B, T, D]`, then the output projection.
pub fn merge_heads(p: &ParamTree, y: &Value, d: i64) -> Result<Value> {
    let (b, t) = (y.dim(0)?, y.dim(2)?);
    let merged = y.transpose(&[0, 2, 1, 3])?.reshape(&[b, t, d])?;
    linear(&p.pp("out"), &merged, d, d)
}

fn batched(lhs_contract: usize, rhs_contract: usize) -> DotDims {
    DotDims {
        lhs_batch: vec![0, 1],
        rhs_batch: vec![0, 1],
        lhs_contract: vec![lhs_contract],
        rhs_contract: vec![rhs_contract],
    }
}

/// `softmax(q k^T / sqrt(Dh) + mask) v` with `allowed` a boolean mask that
/// broadcasts to `[B, H, Tq, Tk]`.
pub fn softmax_attention(q: &Value, k: &Value, v: &Value, allowed: &Value) -> Result<Value> {
    let dh = q.dim(-1)?;
    let scores = q.dot_general(k, &batched(3, 3))?.mul_scalar(1.0 / (dh as f64).sqrt())?;
    let masked = allowed.select(&scores, &scores.scalar_like(MASKED)?)?;
    let probs = nn::softmax(&masked, -1)?;
    Ok(probs.dot_general(v, &batched(3, 2))?)
}

/// The `[T, T]` mask of causal attention limited to `left` previous frames.
pub fn limited_context_mask(q: &Value, t: i64, left: i64) -> Result<Value> {
    let g = q.graph();
    let row = g.iota(DType::I32, &[t, t], 0)?;
    let col = g.iota(DType::I32, &[t, t], 1)?;
    let lo = row.sub(&g.scalar(left as f64, DType::I32)?)?;
    Ok(col.le(&row)?.and(&col.ge(&lo)?)?)
}

/// Streaming step of limited-context softmax attention over a chunk of C
/// queries. State: key and value caches `[B, H, L, Dh]` holding the last L
/// frames, and `count: [B]` (i32), how many of them are real (fewer than L
/// at the start of an utterance).
///
/// Query i of the chunk sees cache slot j if `j >= i` (within L frames) and
/// `j >= L - count`, and chunk key s if `s <= i` and `i - s <= L`: the same
/// L+1 frames as the whole form's mask.
pub fn limited_context_step(
    q: &Value,
    k: &Value,
    v: &Value,
    cache_k: &Value,
    cache_v: &Value,
    count: &Value,
    left: i64,
) -> Result<(Value, Value, Value, Value)> {
    let g = q.graph();
    let c = q.dim(2)?;
    let keys = g.concat(&[cache_k.clone(), k.clone()], 2)?;
    let values = g.concat(&[cache_v.clone(), v.clone()], 2)?;
    let n = left + c;
    let i = g.iota(DType::I32, &[c, n], 0)?;
    let j = g.iota(DType::I32, &[c, n], 1)?;
    let l = g.scalar(left as f64, DType::I32)?;
    let in_cache = j.lt(&l)?;
    let s = j.sub(&l)?;
    let cache_ok = j.ge(&i)?;
    let chunk_ok = s.le(&i)?.and(&i.sub(&s)?.le(&l)?)?;
    let window = in_cache.select(&cache_ok, &chunk_ok)?;
    // Per slot: cache positions before the utterance started are not real.
    let slot = g.iota(DType::I32, &[1, n], 1)?;
    let first_real = l.sub(count)?.reshape(&[-1, 1])?;
    let real = slot.ge(&first_real)?; // [B, n]
    let b = q.dim(0)?;
    let allowed = window.reshape(&[1, 1, c, n])?.and(&real.reshape(&[b, 1, 1, n])?)?;
    let y = softmax_attention(q, &keys, &values, &allowed)?;
    let next_k = keys.slice_axis(2, c, c + left)?;
    let next_v = values.slice_axis(2, c, c + left)?;
    let next_count = count.add(&g.scalar(c as f64, DType::I32)?)?.minimum(&l)?;
    Ok((y, next_k, next_v, next_count))
}

/// Performer feature map, `[B, H, T, Dh] -> [B, H, T, M]`, with the random
/// projection `w: [M, Dh]`.
///
/// FAVOR+: `phi(x) = exp(W x' - |x'|^2 / 2) / sqrt(M)`, `x' = x / Dh^(1/4)`.
/// Stabilization, identical in both forms because it depends only on the
/// position's own vector: a query's exponents have their maximum subtracted
/// (a per-query factor, which cancels between numerator and denominator);
/// a key's exponents are capped at [`KEY_EXPONENT_CAP`]. (FAVOR+'s reference
/// code subtracts a maximum over all keys, which would look into the future.)
pub fn performer_features(x: &Value, w: &Value, map: FeatureMap, is_query: bool) -> Result<Value> {
    let dh = x.dim(-1)?;
    let m = w.dim(0)?;
    let scaled = x.mul_scalar((dh as f64).powf(-0.25))?;
    let proj =
        scaled.dot_general(w, &DotDims { lhs_contract: vec![3], rhs_contract: vec![1], ..Default::default() })?;
    let norm = 1.0 / (m as f64).sqrt();
    match map {
        FeatureMap::Favor => {
            let half_sq = scaled.square()?.reduce_keep(&[-1], hark_graph::ReduceKind::Sum)?.mul_scalar(-0.5)?;
            let exponent = proj.add(&half_sq)?;
            let exponent = if is_query {
                exponent.sub(&exponent.reduce_keep(&[-1], hark_graph::ReduceKind::Max)?)?
            } else {
                exponent.minimum(&exponent.scalar_like(KEY_EXPONENT_CAP)?)?
            };
            Ok(exponent.exp()?.mul_scalar(norm)?)
        }
        FeatureMap::Relu => {
            Ok(proj.maximum(&proj.scalar_like(0.0)?)?.mul_scalar(norm)?.add_scalar(RELU_FEATURE_FLOOR)?)
        }
    }
}

/// Causal linear attention in parallel form: `A = tril(phi(Q) phi(K)^T)`,
/// `y = A V / (A 1 + eps)`. A key whose features are zero does not count.
pub fn performer_parallel(fq: &Value, fk: &Value, v: &Value) -> Result<Value> {
    let g = fq.graph();
    let t = fq.dim(2)?;
    let a = fq.dot_general(fk, &batched(3, 3))?;
    let causal = g.iota(DType::I32, &[t, t], 1)?.le(&g.iota(DType::I32, &[t, t], 0)?)?;
    let a = causal.select(&a, &a.scalar_like(0.0)?)?;
    let num = a.dot_general(v, &batched(3, 2))?;
    let den = a.reduce_keep(&[-1], hark_graph::ReduceKind::Sum)?;
    Ok(num.div(&den.add_scalar(PERFORMER_EPS)?)?)
}

/// Causal linear attention over a chunk, continuing from the state
/// `s: [B, H, M, Dh]` (sum of `phi(k) v^T`) and `z: [B, H, M]` (sum of
/// `phi(k)`). The chunk's own keys enter through the parallel form; the state
/// carries everything before. Returns (y, s', z').
pub fn performer_step(fq: &Value, fk: &Value, v: &Value, s: &Value, z: &Value) -> Result<(Value, Value, Value)> {
    let g = fq.graph();
    let c = fq.dim(2)?;
    let a = fq.dot_general(fk, &batched(3, 3))?;
    let causal = g.iota(DType::I32, &[c, c], 1)?.le(&g.iota(DType::I32, &[c, c], 0)?)?;
    let a = causal.select(&a, &a.scalar_like(0.0)?)?;
    let num = a.dot_general(v, &batched(3, 2))?.add(&fq.dot_general(s, &batched(3, 2))?)?;
    let past = fq.dot_general(&z.expand_dims(3)?, &batched(3, 2))?; // [B, H, C, 1]
    let den = a.reduce_keep(&[-1], hark_graph::ReduceKind::Sum)?.add(&past)?;
    let y = num.div(&den.add_scalar(PERFORMER_EPS)?)?;
    let s_next = s.add(&fk.dot_general(v, &batched(2, 2))?)?;
    let z_next = z.add(&fk.sum(&[2])?)?;
    Ok((y, s_next, z_next))
}
