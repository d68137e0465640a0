//! Layers built only from the builder's ops, for the model to compose.
//!
//! Each takes its weights as values (declared by the caller through its
//! parameter tree) and documents the shapes it expects.

use crate::error::{Error, Result};
use crate::{ReduceKind, Value};

/// `x @ w + b` over the last axis of `x`: `[..., in] x [in, out] (+ [out])`.
pub fn linear(x: &Value, w: &Value, b: Option<&Value>) -> Result<Value> {
    let y = x.matmul(w)?;
    match b {
        Some(b) => y.add(b),
        None => Ok(y),
    }
}

/// Layer normalization over the last axis, with scale `gamma` and shift
/// `beta` (`[d]`). Variance is the biased mean of squared deviations, as in
/// the usual definition; `eps` is added inside the square root.
pub fn layer_norm(x: &Value, gamma: &Value, beta: &Value, eps: f64) -> Result<Value> {
    let mean = x.reduce_keep(&[-1], ReduceKind::Sum)?.mul_scalar(1.0 / x.dim(-1)? as f64)?;
    let centered = x.sub(&mean)?;
    let var = centered.square()?.reduce_keep(&[-1], ReduceKind::Sum)?.mul_scalar(1.0 / x.dim(-1)? as f64)?;
    let normed = centered.mul(&var.add_scalar(eps)?.rsqrt()?)?;
    normed.mul(gamma)?.add(beta)
}

/// Gated linear unit over `axis`: the first half times the sigmoid of the
/// second half.
pub fn glu(x: &Value, axis: i64) -> Result<Value> {
    let n = x.dim(axis)?;
    if n % 2 != 0 {
        return Err(Error::Shape { op: "glu", message: format!("axis {axis} of {} has odd size {n}", x.ty()) });
    }
    let a = x.slice_axis(axis, 0, n / 2)?;
    let b = x.slice_axis(axis, n / 2, n)?;
    a.mul(&b.logistic()?)
}

/// Swish (SiLU): `x * sigmoid(x)`.
pub fn swish(x: &Value) -> Result<Value> {
    x.mul(&x.logistic()?)
}

/// `log(sum(exp(x)))` over `axis`, computed after subtracting the maximum
/// so that large inputs do not overflow. The axis is kept (size 1).
pub fn logsumexp_keep(x: &Value, axis: i64) -> Result<Value> {
    let max = x.reduce_keep(&[axis], ReduceKind::Max)?;
    // A row of -inf would give (-inf) - (-inf) = NaN; use 0 there instead,
    // which yields log(0) = -inf, the right answer.
    let finite_max = max.abs()?.lt(&max.scalar_like(f64::INFINITY)?)?.select(&max, &max.scalar_like(0.0)?)?;
    let sum = x.sub(&finite_max)?.exp()?.reduce_keep(&[axis], ReduceKind::Sum)?;
    sum.log()?.add(&finite_max)
}

/// `log(sum(exp(x)))` over `axis`, the axis removed.
pub fn logsumexp(x: &Value, axis: i64) -> Result<Value> {
    logsumexp_keep(x, axis)?.squeeze(axis)
}

/// Softmax over `axis`, with the maximum subtracted first (the result is
/// the same; `exp` no longer overflows).
pub fn softmax(x: &Value, axis: i64) -> Result<Value> {
    let max = x.reduce_keep(&[axis], ReduceKind::Max)?;
    let e = x.sub(&max)?.exp()?;
    e.div(&e.reduce_keep(&[axis], ReduceKind::Sum)?)
}

/// Log-softmax over `axis`: `x - logsumexp(x)`.
pub fn log_softmax(x: &Value, axis: i64) -> Result<Value> {
    x.sub(&logsumexp_keep(x, axis)?)
}
