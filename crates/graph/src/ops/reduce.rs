//! Reductions, and the scans built from them.

use crate::error::{Error, Result};
use crate::ir::{Op, ReduceKind};
use crate::{DType, TensorType, Value};

impl Value {
    /// Reduces over `axes` (negative counts from the end) with `kind`; the
    /// reduced dimensions are removed. An empty reduction gives the identity
    /// (0 for sum, -inf for max, ...).
    pub fn reduce(&self, axes: &[i64], kind: ReduceKind) -> Result<Value> {
        const OP: &str = "stablehlo.reduce";
        let mut dims = axes.iter().map(|&a| self.axis(OP, a)).collect::<Result<Vec<_>>>()?;
        dims.sort_unstable();
        if dims.windows(2).any(|w| w[0] == w[1]) {
            return Err(Error::Axis { op: OP, message: format!("axis repeated in {axes:?}") });
        }
        let ok = match kind {
            ReduceKind::And | ReduceKind::Or => self.dtype() == DType::Bool,
            _ => self.dtype() != DType::Bool,
        };
        if !ok {
            return Err(Error::DType { op: OP, message: format!("{kind:?} is not defined for {}", self.ty()) });
        }
        if dims.is_empty() {
            return Ok(self.clone());
        }
        let shape: Vec<i64> = (0..self.rank()).filter(|i| !dims.contains(i)).map(|i| self.shape()[i]).collect();
        let ty = self.ty().with_shape(shape);
        Ok(self.graph.push(OP, Op::Reduce { dims, kind }, &[self], vec![ty], vec![])?.remove(0))
    }

    /// Combines this value elementwise with its counterparts in every replica
    /// of a program compiled for `replicas` replicas (`stablehlo.all_reduce`
    /// over one group of all of them). One replica: the value itself.
    pub fn all_reduce(&self, kind: ReduceKind, replicas: usize) -> Result<Value> {
        const OP: &str = "stablehlo.all_reduce";
        if replicas == 0 {
            return Err(Error::Bounds { op: OP, message: "a program has at least one replica, not 0".into() });
        }
        let ok = match kind {
            ReduceKind::And | ReduceKind::Or => self.dtype() == DType::Bool,
            _ => self.dtype() != DType::Bool,
        };
        if !ok {
            return Err(Error::DType { op: OP, message: format!("{kind:?} is not defined for {}", self.ty()) });
        }
        if replicas == 1 {
            return Ok(self.clone());
        }
        let ty = self.ty().clone();
        Ok(self.graph.push(OP, Op::AllReduce { kind, replicas }, &[self], vec![ty], vec![])?.remove(0))
    }

    /// The mean of this value over the replicas of a data-parallel program.
    pub fn replica_mean(&self, replicas: usize) -> Result<Value> {
        if !self.dtype().is_float() {
            return Err(Error::DType { op: "replica_mean", message: format!("not defined for {}", self.ty()) });
        }
        self.all_reduce(ReduceKind::Sum, replicas)?.mul_scalar(1.0 / replicas as f64)
    }

    pub fn sum(&self, axes: &[i64]) -> Result<Value> {
        self.reduce(axes, ReduceKind::Sum)
    }
    pub fn reduce_max(&self, axes: &[i64]) -> Result<Value> {
        self.reduce(axes, ReduceKind::Max)
    }
    pub fn reduce_min(&self, axes: &[i64]) -> Result<Value> {
        self.reduce(axes, ReduceKind::Min)
    }

    /// Mean over `axes` (floats only).
    pub fn mean(&self, axes: &[i64]) -> Result<Value> {
        if !self.dtype().is_float() {
            return Err(Error::DType { op: "mean", message: format!("not defined for {}", self.ty()) });
        }
        let count: i64 = axes.iter().map(|&a| self.dim(a)).product::<Result<i64>>()?;
        self.sum(axes)?.mul_scalar(1.0 / count as f64)
    }

    /// Like [`Value::reduce`] but keeps the reduced dimensions as size 1, so
    /// the result broadcasts against the operand.
    pub fn reduce_keep(&self, axes: &[i64], kind: ReduceKind) -> Result<Value> {
        let mut shape = self.shape().to_vec();
        for &a in axes {
            shape[self.axis("reduce", a)?] = 1;
        }
        self.reduce(axes, kind)?.reshape(&shape)
    }

    /// Index of the largest element along `axis` (the first one on ties), as
    /// `i32`: one variadic reduction over (value, index) pairs, which XLA
    /// compiles to a single kernel (a max, a compare and a min reduction would
    /// be several, each split in two past 32 elements).
    pub fn argmax(&self, axis: i64) -> Result<Value> {
        const OP: &str = "argmax";
        let a = self.axis(OP, axis)?;
        if self.dtype() == DType::Bool {
            return Err(Error::DType { op: OP, message: format!("not defined for {}", self.ty()) });
        }
        let iota = self.graph.iota(DType::I32, self.shape(), a)?;
        let shape: Vec<i64> = (0..self.rank()).filter(|&i| i != a).map(|i| self.shape()[i]).collect();
        let out = self.graph.push(
            "stablehlo.reduce",
            Op::ArgMax { dim: a },
            &[self, &iota],
            vec![self.ty().with_shape(shape.clone()), TensorType::new(DType::I32, shape)],
            vec![],
        )?;
        Ok(out[1].clone())
    }

    /// Inclusive prefix sum along `axis`: `y[i] = x[0] + ... + x[i]`.
    ///
    /// Computed in ceil(log2 n) shifted additions (Hillis-Steele), so it stays
    /// a handful of ops for any length and differentiates like any sum.
    pub fn cumsum(&self, axis: i64) -> Result<Value> {
        let a = self.axis("cumsum", axis)?;
        let n = self.shape()[a];
        let mut acc = self.clone();
        let mut shift = 1;
        while shift < n {
            // acc[i] += acc[i - shift], with zeros shifted in at the front.
            let shifted = acc.slice_axis(a as i64, 0, n - shift)?.pad_axis(a as i64, shift, 0)?;
            acc = acc.add(&shifted)?;
            shift *= 2;
        }
        Ok(acc)
    }
}
