//! Reverse-mode automatic differentiation over the graph being built.
//!
//! [`vjp`] walks the function body backwards from seeded cotangents and
//! appends, for each node on the way, the vector-Jacobian product of its op
//! (rules below, as in JAX's transpose rules), so that gradients are ordinary
//! graph values compiled into the same program as the forward pass.
//!
//! Scope: float values of the function body. Integer and boolean values
//! carry no gradient. Control flow (`while`, `if`, `case`), calls, sort and
//! random bits are not differentiated: a cotangent reaching one is an error
//! naming the op. Losses with a hand-written gradient (the RNN-T loss) seed
//! their gradient directly on their differentiable input.

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::ir::{
    BinaryOp, ConvSpec, DotDims, GatherSpec, Node, Op, ReduceKind, ScatterKind, ScatterSpec, UnaryOp, ValueId,
};
use crate::{Graph, Value};

/// Cotangents of `wrt` given cotangents `seeds` of some values: with a
/// scalar loss `L`, `vjp(g, &[(L, one)], params)` gives `dL/dparams`.
/// Values that do not depend on the seeds get zeros.
pub fn vjp(graph: &Graph, seeds: &[(Value, Value)], wrt: &[Value]) -> Result<Vec<Value>> {
    let mut cot: HashMap<ValueId, Value> = HashMap::new();
    for (primal, seed) in seeds {
        if primal.ty() != seed.ty() {
            return Err(Error::Shape {
                op: "vjp",
                message: format!("seed {} does not match its value {}", seed.ty(), primal.ty()),
            });
        }
        accumulate(&mut cot, primal.id(), seed.clone())?;
    }
    let nodes = graph.body_nodes();
    for node in nodes.iter().rev() {
        let outs: Vec<Option<Value>> = node.outputs.iter().map(|o| cot.remove(o)).collect();
        if outs.iter().all(Option::is_none) {
            continue;
        }
        let operands: Vec<Value> = node.operands.iter().map(|&o| graph.value_of(o)).collect();
        let outputs: Vec<Value> = node.outputs.iter().map(|&o| graph.value_of(o)).collect();
        let grads = rule(node, &operands, &outputs, &outs)?;
        for (operand, grad) in operands.iter().zip(grads) {
            if let Some(grad) = grad {
                if operand.dtype().is_float() {
                    accumulate(&mut cot, operand.id(), grad)?;
                }
            }
        }
    }
    wrt.iter()
        .map(|w| match cot.remove(&w.id()) {
            Some(g) => Ok(g),
            None => graph.splat(0.0, w.dtype(), w.shape()),
        })
        .collect()
}

fn accumulate(cot: &mut HashMap<ValueId, Value>, id: ValueId, grad: Value) -> Result<()> {
    let total = match cot.remove(&id) {
        Some(prev) => prev.add(&grad)?,
        None => grad,
    };
    cot.insert(id, total);
    Ok(())
}

fn zeros_like(v: &Value) -> Result<Value> {
    v.graph().splat(0.0, v.dtype(), v.shape())
}

/// The VJP of one node: a cotangent (or none) per operand.
fn rule(node: &Node, x: &[Value], y: &[Value], outs: &[Option<Value>]) -> Result<Vec<Option<Value>>> {
    let name = op_name(&node.op);
    let unsupported = || Err(Error::Shape { op: "vjp", message: format!("cannot differentiate through {name}") });
    // Integer/bool outputs carry no gradient.
    if y.iter().all(|v| !v.dtype().is_float()) {
        return Ok(vec![None; x.len()]);
    }
    let ct = || outs[0].clone().expect("single-output node has a cotangent");
    Ok(match &node.op {
        Op::Constant(_) | Op::Iota { .. } => vec![],
        Op::Unary(u) => {
            let (a, gy, out) = (&x[0], ct(), &y[0]);
            let d = match u {
                UnaryOp::Neg => gy.neg()?,
                UnaryOp::Abs => gy.mul(&a.sign()?)?,
                UnaryOp::Sign | UnaryOp::Floor | UnaryOp::Ceil | UnaryOp::RoundNearestEven => zeros_like(a)?,
                UnaryOp::Exp => gy.mul(out)?,
                UnaryOp::Expm1 => gy.mul(&out.add_scalar(1.0)?)?,
                UnaryOp::Log => gy.div(a)?,
                UnaryOp::Log1p => gy.div(&a.add_scalar(1.0)?)?,
                UnaryOp::Tanh => gy.mul(&out.square()?.neg()?.add_scalar(1.0)?)?,
                UnaryOp::Logistic => gy.mul(&out.mul(&out.neg()?.add_scalar(1.0)?)?)?,
                UnaryOp::Sqrt => gy.div(&out.mul_scalar(2.0)?)?,
                UnaryOp::Rsqrt => gy.mul(&out.mul(&out.square()?)?.mul_scalar(-0.5)?)?,
                UnaryOp::Sin => gy.mul(&a.cos()?)?,
                UnaryOp::Cos => gy.mul(&a.sin()?.neg()?)?,
                UnaryOp::Not => return Ok(vec![None]),
            };
            vec![Some(d)]
        }
        Op::Binary(b) => {
            let (a, c, gy, out) = (&x[0], &x[1], ct(), &y[0]);
            match b {
                BinaryOp::Add => vec![Some(gy.clone()), Some(gy)],
                BinaryOp::Sub => vec![Some(gy.clone()), Some(gy.neg()?)],
                BinaryOp::Mul => vec![Some(gy.mul(c)?), Some(gy.mul(a)?)],
                BinaryOp::Div => vec![Some(gy.div(c)?), Some(gy.mul(out)?.div(c)?.neg()?)],
                BinaryOp::Max | BinaryOp::Min => {
                    // The gradient goes to the operand that was chosen (the
                    // first one on ties).
                    let first = if *b == BinaryOp::Max { a.ge(c)? } else { a.le(c)? };
                    let zero = zeros_like(&gy)?;
                    vec![Some(first.select(&gy, &zero)?), Some(first.select(&zero, &gy)?)]
                }
                BinaryOp::Pow => {
                    let da = gy.mul(c)?.mul(&a.pow(&c.add_scalar(-1.0)?)?)?;
                    let dc = gy.mul(out)?.mul(&a.log()?)?;
                    vec![Some(da), Some(dc)]
                }
                _ => return unsupported(),
            }
        }
        Op::Compare(_) => vec![None, None],
        Op::Select => {
            let (p, gy) = (&x[0], ct());
            let zero = zeros_like(&gy)?;
            vec![None, Some(p.select(&gy, &zero)?), Some(p.select(&zero, &gy)?)]
        }
        Op::Clamp => {
            let (lo, a, hi, gy) = (&x[0], &x[1], &x[2], ct());
            let inside = a.ge(lo)?.and(&a.le(hi)?)?;
            vec![None, Some(inside.select(&gy, &zeros_like(&gy)?)?), None]
        }
        Op::Convert => vec![if x[0].dtype().is_float() { Some(ct().convert(x[0].dtype())?) } else { None }],
        Op::BitcastConvert | Op::StopGradient => vec![None],
        Op::BroadcastInDim { dims } => vec![Some(unbroadcast(&ct(), &x[0], dims)?)],
        Op::Reshape => vec![Some(ct().reshape(x[0].shape())?)],
        Op::Transpose { perm } => {
            let mut inverse = vec![0; perm.len()];
            for (i, &p) in perm.iter().enumerate() {
                inverse[p] = i;
            }
            vec![Some(ct().transpose(&inverse)?)]
        }
        Op::Slice { start, limit: _, strides } => {
            // Zeros between and around the taken elements.
            let (a, gy) = (&x[0], ct());
            let high: Vec<i64> = (0..a.rank())
                .map(|d| {
                    let n = gy.shape()[d];
                    let end = if n == 0 { start[d] } else { start[d] + (n - 1) * strides[d] + 1 };
                    a.shape()[d] - end
                })
                .collect();
            let interior: Vec<i64> = strides.iter().map(|s| s - 1).collect();
            vec![Some(gy.pad(&gy.scalar_like(0.0)?, start, &high, &interior)?)]
        }
        Op::Pad { low, high, interior } => {
            let (a, gy) = (&x[0], ct());
            // Undo cropping (negative padding) with zeros, then take every
            // (interior + 1)-th element from the first real one.
            let uncrop_lo: Vec<i64> = low.iter().map(|&l| (-l).max(0)).collect();
            let uncrop_hi: Vec<i64> = high.iter().map(|&h| (-h).max(0)).collect();
            let full = gy.pad(&gy.scalar_like(0.0)?, &uncrop_lo, &uncrop_hi, &vec![0; a.rank()])?;
            let start: Vec<i64> = low.iter().map(|&l| l.max(0)).collect();
            let strides: Vec<i64> = interior.iter().map(|i| i + 1).collect();
            let limit: Vec<i64> = (0..a.rank())
                .map(|d| if a.shape()[d] == 0 { start[d] } else { start[d] + (a.shape()[d] - 1) * strides[d] + 1 })
                .collect();
            let da = full.slice(&start, &limit, &strides)?;
            // The padding value's gradient: everything not taken from the operand.
            let dv = gy
                .sum(&(0..gy.rank() as i64).collect::<Vec<_>>())?
                .sub(&da.sum(&(0..da.rank() as i64).collect::<Vec<_>>())?)?;
            vec![Some(da), Some(dv)]
        }
        Op::Concatenate { dim } => {
            let gy = ct();
            let mut at = 0;
            let mut grads = Vec::new();
            for v in x {
                let n = v.shape()[*dim];
                grads.push(Some(gy.slice_axis(*dim as i64, at, at + n)?));
                at += n;
            }
            grads
        }
        Op::Reduce { dims, kind } => {
            let (a, gy, out) = (&x[0], ct(), &y[0]);
            let keep: Vec<usize> = (0..a.rank()).filter(|d| !dims.contains(d)).collect();
            let spread = gy.broadcast_in_dim(a.shape(), &keep)?;
            match kind {
                ReduceKind::Sum => vec![Some(spread)],
                ReduceKind::Max | ReduceKind::Min => {
                    // Split between the extreme elements (ties share).
                    let hit = a.eq(&out.broadcast_in_dim(a.shape(), &keep)?)?.convert(a.dtype())?;
                    let count = hit
                        .sum(&dims.iter().map(|&d| d as i64).collect::<Vec<_>>())?
                        .broadcast_in_dim(a.shape(), &keep)?;
                    vec![Some(spread.mul(&hit)?.div(&count)?)]
                }
                ReduceKind::Product => vec![Some(spread.mul(&out.broadcast_in_dim(a.shape(), &keep)?)?.div(a)?)],
                _ => return unsupported(),
            }
        }
        // Each replica's output is the sum over replicas, so each input's
        // cotangent is the sum of every replica's output cotangent.
        Op::AllReduce { kind: ReduceKind::Sum, replicas } => vec![Some(ct().all_reduce(ReduceKind::Sum, *replicas)?)],
        Op::DotGeneral(d) => {
            let (a, b, gy) = (&x[0], &x[1], ct());
            vec![Some(dot_lhs(&gy, a, b, d)?), Some(dot_rhs(&gy, a, b, d)?)]
        }
        Op::Convolution(spec) => {
            let (a, k, gy) = (&x[0], &x[1], ct());
            let (da, dk) = conv1d_vjp(&gy, a, k, spec)?;
            vec![Some(da), Some(dk)]
        }
        Op::DynamicSlice { .. } => {
            let (a, gy) = (&x[0], ct());
            let mut grads = vec![Some(zeros_like(a)?.dynamic_update_slice(&gy, &x[1..])?)];
            grads.extend(std::iter::repeat_n(None, x.len() - 1));
            grads
        }
        Op::DynamicUpdateSlice => {
            let (upd, gy) = (&x[1], ct());
            let starts = &x[2..];
            let mut grads = vec![
                Some(gy.dynamic_update_slice(&zeros_like(upd)?, starts)?),
                Some(gy.dynamic_slice(starts, upd.shape())?),
            ];
            grads.extend(std::iter::repeat_n(None, starts.len()));
            grads
        }
        Op::Gather(spec) => {
            let (a, idx, gy) = (&x[0], &x[1], ct());
            let scatter = ScatterSpec {
                update_window_dims: spec.offset_dims.clone(),
                inserted_window_dims: spec.collapsed_slice_dims.clone(),
                scatter_dims_to_operand_dims: spec.start_index_map.clone(),
                index_vector_dim: spec.index_vector_dim,
                kind: ScatterKind::Add,
            };
            vec![Some(zeros_like(a)?.scatter(idx, &gy, &scatter)?), None]
        }
        Op::Scatter(spec) if spec.kind == ScatterKind::Add => {
            let (a, idx, upd, gy) = (&x[0], &x[1], &x[2], ct());
            let mut window = spec.update_window_dims.iter().map(|&d| upd.shape()[d]);
            let slice_sizes: Vec<i64> = (0..a.rank())
                .map(|d| if spec.inserted_window_dims.contains(&d) { 1 } else { window.next().unwrap_or(1) })
                .collect();
            let gather = GatherSpec {
                offset_dims: spec.update_window_dims.clone(),
                collapsed_slice_dims: spec.inserted_window_dims.clone(),
                start_index_map: spec.scatter_dims_to_operand_dims.clone(),
                index_vector_dim: spec.index_vector_dim,
                slice_sizes,
            };
            vec![Some(gy.clone()), None, Some(gy.gather(idx, &gather)?)]
        }
        _ => return unsupported(),
    })
}

fn op_name(op: &Op) -> String {
    match op {
        Op::Unary(u) => u.mlir().into(),
        Op::Binary(b) => b.mlir().into(),
        other => format!("{other:?}").split([' ', '(', '{']).next().unwrap_or("op").to_string(),
    }
}

/// Sums a broadcast result's cotangent back to the operand's shape.
fn unbroadcast(gy: &Value, a: &Value, dims: &[usize]) -> Result<Value> {
    // Result dims the operand does not map to, or maps from size 1, are summed.
    let summed: Vec<i64> = (0..gy.rank())
        .filter(|d| match dims.iter().position(|x| x == d) {
            None => true,
            Some(i) => a.shape()[i] == 1 && gy.shape()[*d] != 1,
        })
        .map(|d| d as i64)
        .collect();
    gy.sum(&summed)?.reshape(a.shape())
}

/// The dimensions of an operand of rank `rank` that are neither batch nor
/// contracted, in order: where they sit in the dot's result follows them.
fn free_dims(rank: usize, batch: &[usize], contract: &[usize]) -> Vec<usize> {
    (0..rank).filter(|i| !batch.contains(i) && !contract.contains(i)).collect()
}

/// `dL/dA` for `C = dot_general(A, B)`: contract C's cotangent with B over
/// B's free dimensions, then put the dimensions back in A's order.
fn dot_lhs(gy: &Value, a: &Value, b: &Value, d: &DotDims) -> Result<Value> {
    let nb = d.lhs_batch.len();
    let a_free = free_dims(a.rank(), &d.lhs_batch, &d.lhs_contract);
    let b_free = free_dims(b.rank(), &d.rhs_batch, &d.rhs_contract);
    let g_rhs_free: Vec<usize> = (0..b_free.len()).map(|i| nb + a_free.len() + i).collect();
    let dims = DotDims {
        lhs_batch: (0..nb).collect(),
        rhs_batch: d.rhs_batch.clone(),
        lhs_contract: g_rhs_free,
        rhs_contract: b_free.clone(),
    };
    let r = gy.dot_general(b, &dims)?; // [batch, a_free, b's contract dims in B order]
    let mut b_contract_sorted = d.rhs_contract.clone();
    b_contract_sorted.sort_unstable();
    let mut perm = vec![0; a.rank()];
    for (k, &ad) in d.lhs_batch.iter().enumerate() {
        perm[ad] = k;
    }
    for (i, &ad) in a_free.iter().enumerate() {
        perm[ad] = nb + i;
    }
    for (i, &ad) in d.lhs_contract.iter().enumerate() {
        let pos = b_contract_sorted.iter().position(|&x| x == d.rhs_contract[i]).expect("contract dim");
        perm[ad] = nb + a_free.len() + pos;
    }
    // `perm[ad]` is where A's dim `ad` sits in `r`: exactly `transpose`'s argument.
    r.transpose(&perm)
}

/// `dL/dB` for `C = dot_general(A, B)`.
fn dot_rhs(gy: &Value, a: &Value, b: &Value, d: &DotDims) -> Result<Value> {
    let nb = d.lhs_batch.len();
    let a_free = free_dims(a.rank(), &d.lhs_batch, &d.lhs_contract);
    let b_free = free_dims(b.rank(), &d.rhs_batch, &d.rhs_contract);
    let g_lhs_free: Vec<usize> = (0..a_free.len()).map(|i| nb + i).collect();
    let dims = DotDims {
        lhs_batch: d.lhs_batch.clone(),
        rhs_batch: (0..nb).collect(),
        lhs_contract: a_free,
        rhs_contract: g_lhs_free,
    };
    let r = a.dot_general(gy, &dims)?; // [batch, A's contract dims in A order, b_free]
    let mut a_contract_sorted = d.lhs_contract.clone();
    a_contract_sorted.sort_unstable();
    let mut perm = vec![0; b.rank()];
    for (k, &bd) in d.rhs_batch.iter().enumerate() {
        perm[bd] = k;
    }
    for (i, &bd) in d.rhs_contract.iter().enumerate() {
        let pos = a_contract_sorted.iter().position(|&x| x == d.lhs_contract[i]).expect("contract dim");
        perm[bd] = nb + pos;
    }
    for (i, &bd) in b_free.iter().enumerate() {
        perm[bd] = nb + d.lhs_contract.len() + i;
    }
    r.transpose(&perm)
}

/// VJPs of a 1-D convolution (input `[N, T, C]`, kernel `[K, C/G, O]`), one
/// kernel tap at a time: tap k reads input frames `t * stride + k *
/// dilation - pad_lo`, so its input gradient is the cotangent times the tap,
/// spread back to those frames, and its kernel gradient the cotangent
/// contracted with those frames.
fn conv1d_vjp(gy: &Value, x: &Value, w: &Value, spec: &ConvSpec) -> Result<(Value, Value)> {
    if x.rank() != 3 || spec.lhs_dilation != [1] {
        return Err(Error::Shape {
            op: "vjp",
            message: "convolution gradients are implemented for 1-D convolutions without input dilation".into(),
        });
    }
    let g = x.graph().clone();
    let (n, t, c) = (x.shape()[0], x.shape()[1], x.shape()[2]);
    let (k, cg, o) = (w.shape()[0], w.shape()[1], w.shape()[2]);
    let groups = spec.feature_group_count;
    let og = o / groups;
    let tout = gy.shape()[1];
    let (stride, dil) = (spec.strides[0], spec.rhs_dilation[0]);
    let (lo, hi) = spec.padding[0];
    let padded_len = t + lo + hi;
    let xp = x.pad(&x.scalar_like(0.0)?, &[0, lo.max(0), 0], &[0, hi.max(0), 0], &[0, 0, 0])?;
    let xp = xp.slice(&[0, (-lo).max(0), 0], &[n, (-lo).max(0) + padded_len, c], &[1, 1, 1])?; // handles negative padding
    let gm = gy.reshape(&[n * tout, groups, og])?;
    let batch_g = |lhs: usize, rhs: usize| DotDims {
        lhs_batch: vec![1],
        rhs_batch: vec![0],
        lhs_contract: vec![lhs],
        rhs_contract: vec![rhs],
    };
    let mut dx_padded: Option<Value> = None;
    let mut dw_taps = Vec::new();
    for tap in 0..k {
        let first = tap * dil;
        let last = first + (tout - 1) * stride + 1;
        // Frames this tap read, [N, Tout, C].
        let frames = xp.slice(&[0, first, 0], &[n, last, c], &[1, stride, 1])?;
        let xm = frames.reshape(&[n * tout, groups, cg])?;
        // Kernel tap as [G, C/G, O/G].
        let wk = w.slice_axis(0, tap, tap + 1)?.reshape(&[cg, groups, og])?.transpose(&[1, 0, 2])?;
        // dW[tap][i, g*og + o'] = sum_m x[m, g, i] gy[m, g, o']
        let dwk = xm.dot_general(
            &gm,
            &DotDims { lhs_batch: vec![1], rhs_batch: vec![1], lhs_contract: vec![0], rhs_contract: vec![0] },
        )?; // [G, C/G, O/G]
        dw_taps.push(dwk.transpose(&[1, 0, 2])?.reshape(&[1, cg, o])?);
        // dX frames: [N*Tout, G, C/G] = gy[m, g, :] . wk[g, i, :]
        let dxm = gm.dot_general(&wk, &batch_g(2, 2))?; // [G, N*Tout, C/G]
        let dxf = dxm.transpose(&[1, 0, 2])?.reshape(&[n, tout, c])?;
        let spread =
            dxf.pad(&dxf.scalar_like(0.0)?, &[0, first, 0], &[0, padded_len - last, 0], &[0, stride - 1, 0])?;
        dx_padded = Some(match dx_padded {
            Some(acc) => acc.add(&spread)?,
            None => spread,
        });
    }
    let dxp = dx_padded.expect("kernel has at least one tap");
    // Undo the padding: padded frame p is input frame p - lo.
    let dx = dxp.pad(&dxp.scalar_like(0.0)?, &[0, -lo, 0], &[0, -hi, 0], &[0, 0, 0])?;
    Ok((dx, g.concat(&dw_taps, 0)?))
}

/// Convenience for scalar losses: the gradient of `loss` (a scalar) with
/// respect to each of `wrt`.
pub fn grad(loss: &Value, wrt: &[Value]) -> Result<Vec<Value>> {
    if loss.rank() != 0 || !loss.dtype().is_float() {
        return Err(Error::Shape {
            op: "grad",
            message: format!("the loss must be a float scalar, got {}", loss.ty()),
        });
    }
    let one = loss.scalar_like(1.0)?;
    vjp(loss.graph(), &[(loss.clone(), one)], wrt)
}
