//! The RNN-T loss over the T x U lattice, with its gradient, as graph ops.
//!
//! Given log-probabilities `lp[b, t, u, k]` of the joint network (after
//! log-softmax; `k = 0` is blank) for frames `t < T_b` and label positions
//! `u <= U_b`, the loss is `-log P(y | x)` summed over all alignments:
//!
//! - forward: `alpha(0, 0) = 0`,
//!   `alpha(t, u) = logaddexp(alpha(t-1, u) + blank(t-1, u), alpha(t, u-1) + label(t, u-1))`,
//!   `log P = alpha(T-1, U) + blank(T-1, U)`;
//! - backward: `beta(T-1, U) = blank(T-1, U)`,
//!   `beta(t, u) = logaddexp(blank(t, u) + beta(t+1, u), label(t, u) + beta(t, u+1))`;
//! - gradient: `dL/dblank(t, u) = -exp(alpha(t, u) + blank(t, u) + beta(t+1, u) - log P)`
//!   (with `beta(T, U) := 0` at the last cell) and
//!   `dL/dlabel(t, u) = -exp(alpha(t, u) + label(t, u) + beta(t, u+1) - log P)`,
//!
//! where `label(t, u) = lp[t, u, y_{u+1}]`. Both recursions run one frame
//! row at a time in a device loop (T trips). Within a row the dependence
//! along u is a linear recurrence in the log semiring, solved in closed form:
//! `alpha(t, u) = C_u + logcumsumexp_{j <= u}(b_j - C_j)` with
//! `b_j = alpha(t-1, j) + blank(t-1, j)` and `C_u = sum_{i < u} label(t, i)`
//! (and the mirror image, a reversed cumulative log-sum-exp, for beta), each
//! in log2(U+1) shifted steps. Work: O(T U log U) elementwise per utterance.
//!
//! The gradient comes out as a value of the same graph, to seed reverse-mode
//! differentiation at `lp` (see [`hark_graph::vjp`]): the loss itself is not
//! differentiated through its loops.
//!
//! Memory per batch: `lp` and its gradient are `B x T x (U+1) x V` floats
//! each (B=8, T=250, U=60, V=257: 124 MB each); the lattice arrays are
//! `B x T x (U+1)`.

use hark_graph::{DType, DotDims, Graph, Result, Value};

/// Stands in for log(0) in masked cells: `exp` of it is exactly 0 in f32,
/// and sums of a few hundred of them (the prefix sums along a row) stay far
/// from f32's range, so differences of them cancel exactly where they meet.
pub const LOG_ZERO: f64 = -1e4;

/// `log(exp(a) + exp(b))`, stable, with [`LOG_ZERO`] as log(0).
pub(crate) fn logaddexp(a: &Value, b: &Value) -> Result<Value> {
    let hi = a.maximum(b)?;
    let lo = a.minimum(b)?;
    hi.add(&lo.sub(&hi)?.exp()?.log1p()?)
}

/// What the scans shift in past the ends: far below any sum of masked
/// cells (which reach about `LOG_ZERO * (U + 1)`), so it never dominates.
const SCAN_EMPTY: f64 = -1e30;

/// Cumulative log-sum-exp along the last axis of `[B, N]`: forward
/// (`direction < 0`: over `j <= u`) or reversed (`> 0`: over `j >= u`), in
/// ceil(log2 N) shifted steps (Hillis-Steele).
fn log_cumsum_exp(x: &Value, direction: i64) -> Result<Value> {
    let n = x.dim(1)?;
    let mut acc = x.clone();
    let mut step = 1;
    while step < n {
        acc = logaddexp(&acc, &shifted(&acc, 1, direction * step, SCAN_EMPTY)?)?;
        step *= 2;
    }
    Ok(acc)
}

/// `x[:, t+1, :]` (shift = (1, 0)) or `x[:, :, u+1]` (shift = (0, 1)), with
/// `fill` where that runs off the end; negative shifts look back.
pub(crate) fn shifted(x: &Value, axis: i64, by: i64, fill: f64) -> Result<Value> {
    let n = x.dim(axis)?;
    let fillv = x.scalar_like(fill)?;
    let mut lo = vec![0; x.rank()];
    let mut hi = vec![0; x.rank()];
    let a = axis as usize;
    if by > 0 {
        // out[i] = x[i + by]
        hi[a] = by;
        let padded = x.pad(&fillv, &lo, &hi, &vec![0; x.rank()])?;
        padded.slice_axis(axis, by, by + n)
    } else {
        lo[a] = -by;
        let padded = x.pad(&fillv, &lo, &hi, &vec![0; x.rank()])?;
        padded.slice_axis(axis, 0, n)
    }
}

/// The RNN-T loss and its gradient.
///
/// - `lp`: `[B, T, U+1, V]` log-probabilities (f32);
/// - `targets`: `[B, U]` labels (i32, classes 1..V; padding is ignored);
/// - `frames`: `[B]` frames per utterance (`1 <= T_b <= T`);
/// - `labels`: `[B]` labels per utterance (`0 <= U_b <= U`).
///
/// Returns `(loss [B], dloss/dlp [B, T, U+1, V])`.
pub fn rnnt_loss(lp: &Value, targets: &Value, frames: &Value, labels: &Value) -> Result<(Value, Value)> {
    let g: Graph = lp.graph().clone();
    let (b, t, u1, v) = (lp.dim(0)?, lp.dim(1)?, lp.dim(2)?, lp.dim(3)?);
    let u = u1 - 1;
    let f = DType::F32;
    let neg = g.scalar(LOG_ZERO, f)?;

    // label(t, u) = lp[b, t, u, y_{u+1}] via a one-hot contraction over V.
    let ypad = if u > 0 {
        targets.pad(&targets.scalar_like(0.0)?, &[0, 0], &[0, 1], &[0, 0])?
    } else {
        g.splat(0.0, DType::I32, &[b, 1])?
    };
    let onehot = g.iota(DType::I32, &[b, u1, v], 2)?.eq(&ypad.reshape(&[b, u1, 1])?)?.convert(f)?; // [B, U+1, V]
    let pick = DotDims { lhs_batch: vec![0, 2], rhs_batch: vec![0, 1], lhs_contract: vec![3], rhs_contract: vec![2] };
    let label_raw = lp.dot_general(&onehot, &pick)?; // [B, U+1, T]
    let label_raw = label_raw.transpose(&[0, 2, 1])?; // [B, T, U+1]
    let blank_raw = lp.slice_axis(3, 0, 1)?.reshape(&[b, t, u1])?;

    // Cells outside each utterance's lattice get log(0).
    let tt = g.iota(DType::I32, &[b, t, u1], 1)?;
    let uu = g.iota(DType::I32, &[b, t, u1], 2)?;
    let tb = frames.reshape(&[b, 1, 1])?;
    let ub = labels.reshape(&[b, 1, 1])?;
    let inside = tt.lt(&tb)?.and(&uu.le(&ub)?)?;
    let blank = inside.select(&blank_raw, &neg)?;
    let label = inside.and(&uu.lt(&ub)?)?.select(&label_raw, &neg)?;
    let last = tt.eq(&tb.add_scalar(-1.0)?)?.and(&uu.eq(&ub)?)?;

    // Row by row over t; each row's recurrence along u in closed form.
    let neg_row = g.splat(LOG_ZERO, f, &[b, u1])?;
    let row_of = |m: &Value, i: &Value| -> Result<Value> {
        m.dynamic_slice(&[g.index(0)?, i.clone(), g.index(0)?], &[b, 1, u1])?.reshape(&[b, u1])
    };
    let exclusive_cumsum = |x: &Value| -> Result<Value> { shifted(&x.cumsum(1)?, 1, -1, 0.0) };
    let is_u0 = g.iota(DType::I32, &[b, u1], 1)?.eq(&g.index(0)?)?;
    let zero_at_u0 = is_u0.select(&g.scalar(0.0, f)?, &neg)?;
    let trips = t as u64;
    let alpha = g.while_loop(
        &[g.index(0)?, g.splat(LOG_ZERO, f, &[b, t, u1])?, neg_row.clone()],
        Some(trips),
        |s| s[0].lt(&g.index(t)?),
        |s| {
            let (ti, all, prev) = (&s[0], &s[1], &s[2]);
            // b_j: from the row above through a blank (the start cell on row 0).
            let first = ti.eq(&g.index(0)?)?;
            let prev_blank = row_of(&blank, &ti.add_scalar(-1.0)?.maximum(&g.index(0)?)?)?;
            let base = first.select(&zero_at_u0, &prev.add(&prev_blank)?)?;
            let c = exclusive_cumsum(&row_of(&label, ti)?)?;
            let row = c.add(&log_cumsum_exp(&base.sub(&c)?, -1)?)?;
            let all = all.dynamic_update_slice(&row.reshape(&[b, 1, u1])?, &[g.index(0)?, ti.clone(), g.index(0)?])?;
            Ok(vec![ti.add_scalar(1.0)?, all, row])
        },
    )?[1]
        .clone();
    let last_u = g.iota(DType::I32, &[b, u1], 1)?.eq(&labels.reshape(&[b, 1])?)?;
    let beta = g.while_loop(
        &[g.index(t - 1)?, g.splat(LOG_ZERO, f, &[b, t, u1])?, neg_row],
        Some(trips),
        |s| s[0].ge(&g.index(0)?),
        |s| {
            let (ti, all, next) = (&s[0], &s[1], &s[2]);
            // beta(t+1, :) inside the utterance; at its last frame, 0 at the
            // final label position (the closing blank ends the path).
            let tb = frames.reshape(&[b, 1])?;
            let inside = ti.add_scalar(1.0)?.reshape(&[1, 1])?.lt(&tb)?;
            let closing = ti.add_scalar(1.0)?.reshape(&[1, 1])?.eq(&tb)?.and(&last_u)?;
            let after = inside.select(next, &closing.select(&g.scalar(0.0, f)?, &neg)?)?;
            let c = row_of(&blank, ti)?.add(&after)?;
            let e = exclusive_cumsum(&row_of(&label, ti)?)?;
            let row = log_cumsum_exp(&c.add(&e)?, 1)?.sub(&e)?;
            let all = all.dynamic_update_slice(&row.reshape(&[b, 1, u1])?, &[g.index(0)?, ti.clone(), g.index(0)?])?;
            Ok(vec![ti.add_scalar(-1.0)?, all, row])
        },
    )?[1]
        .clone();

    // log P per utterance: alpha + blank at the last cell.
    let at_last = last.select(&alpha.add(&blank)?, &neg)?;
    let log_p = at_last.reduce(&[1, 2], hark_graph::ReduceKind::Max)?; // one cell per utterance
    let lpz = log_p.reshape(&[b, 1, 1])?;

    // Occupancy of each transition, as the gradient's magnitude.
    let beta_after_blank = last.select(&g.scalar(0.0, f)?, &shifted(&beta, 1, 1, LOG_ZERO)?)?;
    let d_blank = alpha.add(&blank)?.add(&beta_after_blank)?.sub(&lpz)?.exp()?.neg()?;
    let d_label = alpha.add(&label)?.add(&shifted(&beta, 2, 1, LOG_ZERO)?)?.sub(&lpz)?.exp()?.neg()?;
    // Back to [B, T, U+1, V]: blank at k = 0, the label's share at k = y_{u+1}.
    let is_blank = g.iota(DType::I32, &[1, 1, 1, v], 3)?.eq(&g.index(0)?)?.convert(f)?;
    let grad = d_blank
        .reshape(&[b, t, u1, 1])?
        .mul(&is_blank)?
        .add(&d_label.reshape(&[b, t, u1, 1])?.mul(&onehot.reshape(&[b, 1, u1, v])?)?)?;
    Ok((log_p.neg()?, grad))
}
