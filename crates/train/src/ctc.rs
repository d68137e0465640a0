//! The CTC loss over per-frame log-probabilities, with its gradient, as
//! graph ops: an auxiliary loss on the first pass's encoder that teaches it
//! to align sounds to labels early in training, before the RNN-T lattice
//! has found the alignment by itself (RNN-T models otherwise sit a long
//! time on a plateau where they predict labels from the label context
//! alone and emit only blanks).
//!
//! Given `lp[b, t, k]` (log-softmax over classes, `k = 0` blank) and labels
//! `y_1..y_U`, the extended sequence is `l = (blank, y_1, blank, ..., y_U,
//! blank)`, `S = 2U + 1` states. With emissions `e(t, s) = lp[t, l_s]`:
//!
//! - forward: `alpha(0, s) = e(0, s)` for `s < 2`, and
//!   `alpha(t, s) = e(t, s) + logsumexp(alpha(t-1, s), alpha(t-1, s-1), [skip(s)] alpha(t-1, s-2))`
//!   where `skip(s)` holds for label states whose label differs from the
//!   one two states back;
//! - backward, mirrored: `beta(T-1, s) = e(T-1, s)` for the last two states;
//! - `log P = logaddexp(alpha(T-1, S-1), alpha(T-1, S-2))`;
//! - gradient: `dL/dlp[t, k] = -sum_{s : l_s = k} exp(alpha(t, s) + beta(t, s) - e(t, s) - log P)`.
//!
//! Each recursion is a device loop over frames (T trips) on `[B, S]` rows.
//! Utterances that no alignment fits (fewer frames than labels plus the
//! blanks between repeated labels) get loss 0 and gradient 0.

use hark_graph::{DType, DotDims, Graph, Result, Value};

use crate::rnnt::{LOG_ZERO, logaddexp, shifted};

/// The CTC loss and its gradient.
///
/// - `lp`: `[B, T, V]` log-probabilities (f32);
/// - `targets`: `[B, U]` labels (i32, classes 1..V; padding is ignored);
/// - `frames`: `[B]` frames per utterance (`1 <= T_b <= T`);
/// - `labels`: `[B]` labels per utterance (`0 <= U_b <= U`).
///
/// Returns `(loss [B], dloss/dlp [B, T, V])`.
pub fn ctc_loss(lp: &Value, targets: &Value, frames: &Value, labels: &Value) -> Result<(Value, Value)> {
    let g: Graph = lp.graph().clone();
    let (b, t, v) = (lp.dim(0)?, lp.dim(1)?, lp.dim(2)?);
    let u = targets.dim(1)?;
    let s = 2 * u + 1;
    let f = DType::F32;
    let neg = g.scalar(LOG_ZERO, f)?;

    // The extended labels: blank, y_1, blank, ..., y_U, blank.
    let zeros = g.splat(0.0, DType::I32, &[b, u, 1])?;
    let pairs = g.concat(&[zeros, targets.reshape(&[b, u, 1])?], 2)?.reshape(&[b, 2 * u])?;
    let ext = pairs.pad(&pairs.scalar_like(0.0)?, &[0, 0], &[0, 1], &[0, 0])?; // [B, S]
    let onehot = g.iota(DType::I32, &[b, s, v], 2)?.eq(&ext.reshape(&[b, s, 1])?)?.convert(f)?; // [B, S, V]
    let pick = DotDims { lhs_batch: vec![0], rhs_batch: vec![0], lhs_contract: vec![2], rhs_contract: vec![2] };
    let emit = lp.dot_general(&onehot, &pick)?; // [B, T, S]

    // States of each utterance (s <= 2 U_b), its two final states, and where
    // a label may be reached from two states back.
    let ss = g.iota(DType::I32, &[b, s], 1)?;
    let ub2 = labels.reshape(&[b, 1])?.mul_scalar(2.0)?;
    let state_ok = ss.le(&ub2)?;
    let last_two = ss.eq(&ub2)?.or(&ss.eq(&ub2.add_scalar(-1.0)?)?)?;
    let is_label = ss.rem(&ss.scalar_like(2.0)?)?.eq(&ss.scalar_like(1.0)?)?;
    let differs = ext.ne(&shifted(&ext, 1, -2, -1.0)?)?;
    let skip = is_label.and(&differs)?.and(&ss.ge(&ss.scalar_like(2.0)?)?)?;
    let skip_next = shifted(&skip.convert(DType::I32)?, 1, 2, 0.0)?.eq(&ss.scalar_like(1.0)?)?;

    let emit_at = |i: &Value| -> Result<Value> {
        emit.dynamic_slice(&[g.index(0)?, i.clone(), g.index(0)?], &[b, 1, s])?.reshape(&[b, s])
    };
    // Cells outside the utterance read log(0); the floor keeps long runs of
    // them from drifting far below it.
    let settle = |row: Value| -> Result<Value> { state_ok.select(&row.maximum(&neg)?, &neg) };
    let neg_row = g.splat(LOG_ZERO, f, &[b, s])?;
    let trips = t as u64;

    let alpha = g.while_loop(
        &[g.index(0)?, g.splat(LOG_ZERO, f, &[b, t, s])?, neg_row.clone()],
        Some(trips),
        |c| c[0].lt(&g.index(t)?),
        |c| {
            let (ti, all, prev) = (&c[0], &c[1], &c[2]);
            let first = ti.eq(&g.index(0)?)?;
            let start = ss.lt(&ss.scalar_like(2.0)?)?.select(&ss.scalar_like(0.0)?.convert(f)?, &neg_row)?;
            let stay_or_step = logaddexp(prev, &shifted(prev, 1, -1, LOG_ZERO)?)?;
            let from = logaddexp(&stay_or_step, &skip.select(&shifted(prev, 1, -2, LOG_ZERO)?, &neg_row)?)?;
            let row = settle(emit_at(ti)?.add(&first.select(&start, &from)?)?)?;
            let all = all.dynamic_update_slice(&row.reshape(&[b, 1, s])?, &[g.index(0)?, ti.clone(), g.index(0)?])?;
            Ok(vec![ti.add_scalar(1.0)?, all, row])
        },
    )?[1]
        .clone();

    let tb = frames.reshape(&[b, 1])?;
    let beta = g.while_loop(
        &[g.index(t - 1)?, g.splat(LOG_ZERO, f, &[b, t, s])?, neg_row.clone()],
        Some(trips),
        |c| c[0].ge(&g.index(0)?),
        |c| {
            let (ti, all, next) = (&c[0], &c[1], &c[2]);
            let inside = ti.add_scalar(1.0)?.reshape(&[1, 1])?.lt(&tb)?;
            let closing = ti.add_scalar(1.0)?.reshape(&[1, 1])?.eq(&tb)?.and(&last_two)?;
            let stay_or_step = logaddexp(next, &shifted(next, 1, 1, LOG_ZERO)?)?;
            let onward = logaddexp(&stay_or_step, &skip_next.select(&shifted(next, 1, 2, LOG_ZERO)?, &neg_row)?)?;
            let after = inside.select(&onward, &closing.select(&g.splat(0.0, f, &[b, s])?, &neg_row)?)?;
            let row = settle(emit_at(ti)?.add(&after)?)?;
            let all = all.dynamic_update_slice(&row.reshape(&[b, 1, s])?, &[g.index(0)?, ti.clone(), g.index(0)?])?;
            Ok(vec![ti.add_scalar(-1.0)?, all, row])
        },
    )?[1]
        .clone();

    // log P from the last frame's final states.
    let tt = g.iota(DType::I32, &[b, t, s], 1)?;
    let last_frame = tt.eq(&frames.reshape(&[b, 1, 1])?.add_scalar(-1.0)?)?;
    let ends = last_frame.and(&last_two.reshape(&[b, 1, s])?)?;
    let at_ends = ends.select(&alpha, &neg)?;
    let top = at_ends.reduce(&[1, 2], hark_graph::ReduceKind::Max)?;
    let log_p = at_ends.sub(&top.reshape(&[b, 1, 1])?)?.exp()?.sum(&[1, 2])?.log()?.add(&top)?;
    // Unreachable ends: their sum is of log(0) stand-ins, far below any path.
    let feasible = log_p.gt(&log_p.scalar_like(LOG_ZERO / 2.0)?)?;
    let loss = feasible.select(&log_p.neg()?, &log_p.scalar_like(0.0)?)?;

    let inside = tt.lt(&frames.reshape(&[b, 1, 1])?)?.and(&feasible.reshape(&[b, 1, 1])?)?;
    let occupancy = alpha.add(&beta)?.sub(&emit)?.sub(&log_p.reshape(&[b, 1, 1])?)?.exp()?;
    let occupancy = inside.select(&occupancy, &g.splat(0.0, f, &[b, t, s])?)?;
    // Back to classes: each state's share goes to its label.
    let to_classes = DotDims { lhs_batch: vec![0], rhs_batch: vec![0], lhs_contract: vec![2], rhs_contract: vec![1] };
    let grad = occupancy.dot_general(&onehot, &to_classes)?.neg()?; // [B, T, V]
    Ok((loss, grad))
}
