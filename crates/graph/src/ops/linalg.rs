//! Contractions: `dot_general` and convolution.

use crate::Value;
use crate::error::{Error, Result};
use crate::ir::{ConvSpec, DotDims, Op};

fn check_dims(op: &'static str, what: &str, dims: &[usize], rank: usize, used: &mut [bool]) -> Result<()> {
    for &d in dims {
        if d >= rank {
            return Err(Error::Axis { op, message: format!("{what} dimension {d} out of range for rank {rank}") });
        }
        if std::mem::replace(&mut used[d], true) {
            return Err(Error::Axis { op, message: format!("dimension {d} used twice ({what})") });
        }
    }
    Ok(())
}

impl Value {
    /// `stablehlo.dot_general`. The result is `[batch..., lhs free...,
    /// rhs free...]`, free dimensions in operand order.
    pub fn dot_general(&self, rhs: &Value, dims: &DotDims) -> Result<Value> {
        const OP: &str = "stablehlo.dot_general";
        if self.dtype() != rhs.dtype() || self.dtype() == crate::DType::Bool {
            return Err(Error::DType {
                op: OP,
                message: format!("operands {} and {} must share a numeric dtype", self.ty(), rhs.ty()),
            });
        }
        if dims.lhs_batch.len() != dims.rhs_batch.len() || dims.lhs_contract.len() != dims.rhs_contract.len() {
            return Err(Error::Axis { op: OP, message: format!("unpaired batch or contracting dimensions: {dims:?}") });
        }
        let (mut lu, mut ru) = (vec![false; self.rank()], vec![false; rhs.rank()]);
        check_dims(OP, "lhs batch", &dims.lhs_batch, self.rank(), &mut lu)?;
        check_dims(OP, "lhs contracting", &dims.lhs_contract, self.rank(), &mut lu)?;
        check_dims(OP, "rhs batch", &dims.rhs_batch, rhs.rank(), &mut ru)?;
        check_dims(OP, "rhs contracting", &dims.rhs_contract, rhs.rank(), &mut ru)?;
        for (kind, l, r) in
            [("batch", &dims.lhs_batch, &dims.rhs_batch), ("contracting", &dims.lhs_contract, &dims.rhs_contract)]
        {
            for (&a, &b) in l.iter().zip(r.iter()) {
                if self.shape()[a] != rhs.shape()[b] {
                    return Err(Error::Shape {
                        op: OP,
                        message: format!(
                            "{kind} dimension {a} of {} ({}) differs from dimension {b} of {} ({})",
                            self.ty(),
                            self.shape()[a],
                            rhs.ty(),
                            rhs.shape()[b]
                        ),
                    });
                }
            }
        }
        let mut shape: Vec<i64> = dims.lhs_batch.iter().map(|&d| self.shape()[d]).collect();
        shape.extend((0..self.rank()).filter(|&d| !lu[d]).map(|d| self.shape()[d]));
        shape.extend((0..rhs.rank()).filter(|&d| !ru[d]).map(|d| rhs.shape()[d]));
        let ty = self.ty().with_shape(shape);
        Ok(self.graph.push(OP, Op::DotGeneral(dims.clone()), &[self, rhs], vec![ty], vec![])?.remove(0))
    }

    /// Matrix product. `[..., m, k] x [k, n] -> [..., m, n]` (a weight shared
    /// by every leading index), or `[b..., m, k] x [b..., k, n] -> [b..., m, n]`
    /// (batched, equal leading dimensions).
    pub fn matmul(&self, rhs: &Value) -> Result<Value> {
        let (lr, rr) = (self.rank(), rhs.rank());
        if lr >= 1 && rr == 2 {
            let dims = DotDims { lhs_contract: vec![lr - 1], rhs_contract: vec![0], ..Default::default() };
            return self.dot_general(rhs, &dims);
        }
        if lr == rr && lr >= 3 {
            let batch: Vec<usize> = (0..lr - 2).collect();
            let dims = DotDims {
                lhs_batch: batch.clone(),
                rhs_batch: batch,
                lhs_contract: vec![lr - 1],
                rhs_contract: vec![rr - 2],
            };
            return self.dot_general(rhs, &dims);
        }
        Err(Error::Shape { op: "matmul", message: format!("cannot multiply {} by {}", self.ty(), rhs.ty()) })
    }

    /// Convolution with input `[batch, spatial..., in]`, kernel
    /// `[spatial..., in / groups, out]`, output `[batch, spatial'..., out]`.
    ///
    /// Output size per spatial dimension: with the input dilated and padded
    /// to `(n - 1) * lhs_dilation + 1 + low + high` and the kernel dilated to
    /// `(k - 1) * rhs_dilation + 1`, it is `(padded - dilated_k) / stride + 1`.
    /// Depthwise convolution is `feature_group_count == in` with kernel
    /// `[k..., 1, in * multiplier]`.
    pub fn conv(&self, kernel: &Value, spec: &ConvSpec) -> Result<Value> {
        const OP: &str = "stablehlo.convolution";
        if self.dtype() != kernel.dtype() || !self.dtype().is_float() {
            return Err(Error::DType {
                op: OP,
                message: format!("input {} and kernel {} must share a float dtype", self.ty(), kernel.ty()),
            });
        }
        let spatial = self.rank().checked_sub(2).filter(|&s| s >= 1).ok_or_else(|| Error::Shape {
            op: OP,
            message: format!("input {} needs [batch, spatial..., features]", self.ty()),
        })?;
        if kernel.rank() != spatial + 2 {
            return Err(Error::Shape {
                op: OP,
                message: format!("kernel {} must have rank {} for input {}", kernel.ty(), spatial + 2, self.ty()),
            });
        }
        for (what, v) in
            [("strides", &spec.strides), ("lhs_dilation", &spec.lhs_dilation), ("rhs_dilation", &spec.rhs_dilation)]
        {
            if v.len() != spatial || v.iter().any(|&x| x < 1) {
                return Err(Error::Shape { op: OP, message: format!("{what} {v:?} needs {spatial} entries >= 1") });
            }
        }
        if spec.padding.len() != spatial {
            return Err(Error::Shape { op: OP, message: format!("padding needs {spatial} (low, high) pairs") });
        }
        let groups = spec.feature_group_count;
        let (cin, kin, kout) = (self.shape()[spatial + 1], kernel.shape()[spatial], kernel.shape()[spatial + 1]);
        if groups < 1 || cin % groups != 0 || kin * groups != cin || kout % groups != 0 {
            return Err(Error::Shape {
                op: OP,
                message: format!(
                    "input features {cin}, kernel {} and feature_group_count {groups} do not fit (kernel must be [..., {}, multiple of {groups}])",
                    kernel.ty(),
                    if groups >= 1 { cin / groups } else { 0 }
                ),
            });
        }
        let mut shape = vec![self.shape()[0]];
        for i in 0..spatial {
            let n = self.shape()[i + 1];
            let k = kernel.shape()[i];
            let (lo, hi) = spec.padding[i];
            let padded = (n - 1).max(0) * spec.lhs_dilation[i] + 1 + lo + hi;
            let dk = (k - 1) * spec.rhs_dilation[i] + 1;
            if n == 0 || padded < dk {
                return Err(Error::Shape {
                    op: OP,
                    message: format!(
                        "spatial dimension {i}: padded input {padded} is smaller than the dilated kernel {dk}"
                    ),
                });
            }
            shape.push((padded - dk) / spec.strides[i] + 1);
        }
        shape.push(kout);
        let ty = self.ty().with_shape(shape);
        Ok(self.graph.push(OP, Op::Convolution(spec.clone()), &[self, kernel], vec![ty], vec![])?.remove(0))
    }

    /// 1-D convolution over `[batch, time, in]` with kernel `[k, in / groups,
    /// out]`, stride 1, `padding = (left, right)` frames.
    pub fn conv1d(&self, kernel: &Value, padding: (i64, i64), groups: i64) -> Result<Value> {
        let spec = ConvSpec {
            strides: vec![1],
            padding: vec![padding],
            lhs_dilation: vec![1],
            rhs_dilation: vec![1],
            feature_group_count: groups,
        };
        self.conv(kernel, &spec)
    }
}
