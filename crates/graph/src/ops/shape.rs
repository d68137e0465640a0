//! Ops that move data without arithmetic: reshape, transpose, slices, pads,
//! concatenation.

use crate::error::{Error, Result};
use crate::ir::Op;
use crate::{DType, Graph, Value};

impl Value {
    /// Reshapes to `shape`; one entry may be -1 (inferred).
    pub fn reshape(&self, shape: &[i64]) -> Result<Value> {
        const OP: &str = "stablehlo.reshape";
        let count = self.ty().element_count() as i64;
        let mut shape = shape.to_vec();
        let holes: Vec<usize> = (0..shape.len()).filter(|&i| shape[i] == -1).collect();
        if holes.len() > 1 || shape.iter().any(|&d| d < -1) {
            return Err(Error::Shape { op: OP, message: format!("bad target shape {shape:?}") });
        }
        if let Some(&h) = holes.first() {
            let known: i64 = shape.iter().filter(|&&d| d != -1).product();
            if known == 0 || count % known != 0 {
                return Err(Error::Shape {
                    op: OP,
                    message: format!("cannot infer -1 in {shape:?} for {}", self.ty()),
                });
            }
            shape[h] = count / known;
        }
        if shape.iter().product::<i64>() != count {
            return Err(Error::Shape {
                op: OP,
                message: format!(
                    "{} has {count} elements, {shape:?} needs {}",
                    self.ty(),
                    shape.iter().product::<i64>()
                ),
            });
        }
        if shape == self.shape() {
            return Ok(self.clone());
        }
        let ty = self.ty().with_shape(shape);
        Ok(self.graph.push(OP, Op::Reshape, &[self], vec![ty], vec![])?.remove(0))
    }

    /// Inserts a size-1 dimension at `axis` (0..=rank).
    pub fn expand_dims(&self, axis: usize) -> Result<Value> {
        if axis > self.rank() {
            return Err(Error::Axis {
                op: "expand_dims",
                message: format!("axis {axis} out of range for {}", self.ty()),
            });
        }
        let mut shape = self.shape().to_vec();
        shape.insert(axis, 1);
        self.reshape(&shape)
    }

    /// Removes the size-1 dimension at `axis`.
    pub fn squeeze(&self, axis: i64) -> Result<Value> {
        let a = self.axis("squeeze", axis)?;
        if self.shape()[a] != 1 {
            return Err(Error::Shape { op: "squeeze", message: format!("dimension {a} of {} is not 1", self.ty()) });
        }
        let mut shape = self.shape().to_vec();
        shape.remove(a);
        self.reshape(&shape)
    }

    /// Permutes dimensions: result dimension i is operand dimension `perm[i]`.
    pub fn transpose(&self, perm: &[usize]) -> Result<Value> {
        const OP: &str = "stablehlo.transpose";
        let mut seen = vec![false; self.rank()];
        if perm.len() != self.rank() || perm.iter().any(|&p| p >= self.rank() || std::mem::replace(&mut seen[p], true))
        {
            return Err(Error::Axis {
                op: OP,
                message: format!("{perm:?} is not a permutation of the dimensions of {}", self.ty()),
            });
        }
        if perm.iter().enumerate().all(|(i, &p)| i == p) {
            return Ok(self.clone());
        }
        let shape: Vec<i64> = perm.iter().map(|&p| self.shape()[p]).collect();
        let ty = self.ty().with_shape(shape);
        Ok(self.graph.push(OP, Op::Transpose { perm: perm.to_vec() }, &[self], vec![ty], vec![])?.remove(0))
    }

    /// Swaps two dimensions.
    pub fn swap_axes(&self, a: i64, b: i64) -> Result<Value> {
        let (a, b) = (self.axis("swap_axes", a)?, self.axis("swap_axes", b)?);
        let mut perm: Vec<usize> = (0..self.rank()).collect();
        perm.swap(a, b);
        self.transpose(&perm)
    }

    /// Static strided slice `[start, limit)` per dimension.
    pub fn slice(&self, start: &[i64], limit: &[i64], strides: &[i64]) -> Result<Value> {
        const OP: &str = "stablehlo.slice";
        let r = self.rank();
        if start.len() != r || limit.len() != r || strides.len() != r {
            return Err(Error::Axis {
                op: OP,
                message: format!("start/limit/strides need {r} entries for {}", self.ty()),
            });
        }
        let mut shape = Vec::with_capacity(r);
        for i in 0..r {
            let (s, l, st, d) = (start[i], limit[i], strides[i], self.shape()[i]);
            if s < 0 || s > l || l > d || st < 1 {
                return Err(Error::Bounds {
                    op: OP,
                    message: format!("dimension {i}: [{s}, {l}) step {st} is not within 0..={d} of {}", self.ty()),
                });
            }
            shape.push((l - s + st - 1) / st);
        }
        let op = Op::Slice { start: start.to_vec(), limit: limit.to_vec(), strides: strides.to_vec() };
        Ok(self.graph.push(OP, op, &[self], vec![self.ty().with_shape(shape)], vec![])?.remove(0))
    }

    /// `[start, end)` along one axis, everything along the others.
    pub fn slice_axis(&self, axis: i64, start: i64, end: i64) -> Result<Value> {
        let a = self.axis("slice_axis", axis)?;
        let mut lo = vec![0; self.rank()];
        let mut hi = self.shape().to_vec();
        lo[a] = start;
        hi[a] = end;
        self.slice(&lo, &hi, &vec![1; self.rank()])
    }

    /// Slice of static `sizes` at run-time `starts` (integer scalars, one per
    /// dimension). Starts are clamped so the slice stays inside the operand.
    pub fn dynamic_slice(&self, starts: &[Value], sizes: &[i64]) -> Result<Value> {
        const OP: &str = "stablehlo.dynamic_slice";
        self.check_starts(OP, starts)?;
        if sizes.len() != self.rank() {
            return Err(Error::Axis { op: OP, message: format!("{} sizes for {}", sizes.len(), self.ty()) });
        }
        for (i, (&s, &d)) in sizes.iter().zip(self.shape()).enumerate() {
            if s < 0 || s > d {
                return Err(Error::Bounds {
                    op: OP,
                    message: format!("size {s} of dimension {i} exceeds {}", self.ty()),
                });
            }
        }
        let mut operands = vec![self];
        operands.extend(starts.iter());
        let ty = self.ty().with_shape(sizes);
        Ok(self.graph.push(OP, Op::DynamicSlice { sizes: sizes.to_vec() }, &operands, vec![ty], vec![])?.remove(0))
    }

    /// Writes `update` into a copy of `self` at run-time `starts` (clamped so
    /// the update fits).
    pub fn dynamic_update_slice(&self, update: &Value, starts: &[Value]) -> Result<Value> {
        const OP: &str = "stablehlo.dynamic_update_slice";
        self.check_starts(OP, starts)?;
        if update.dtype() != self.dtype()
            || update.rank() != self.rank()
            || update.shape().iter().zip(self.shape()).any(|(u, d)| u > d)
        {
            return Err(Error::Shape {
                op: OP,
                message: format!("update {} does not fit in {}", update.ty(), self.ty()),
            });
        }
        let mut operands = vec![self, update];
        operands.extend(starts.iter());
        let ty = self.ty().clone();
        Ok(self.graph.push(OP, Op::DynamicUpdateSlice, &operands, vec![ty], vec![])?.remove(0))
    }

    fn check_starts(&self, op: &'static str, starts: &[Value]) -> Result<()> {
        if starts.len() != self.rank() {
            return Err(Error::Axis { op, message: format!("{} start indices for {}", starts.len(), self.ty()) });
        }
        let dt = starts.first().map(|s| s.dtype());
        for s in starts {
            if s.rank() != 0 || !s.dtype().is_int() || Some(s.dtype()) != dt {
                return Err(Error::DType {
                    op,
                    message: format!("start indices must be integer scalars of one dtype, got {}", s.ty()),
                });
            }
        }
        Ok(())
    }

    /// Pads with the scalar `value`: `low`/`high` elements at each end (negative
    /// values crop) and `interior` between elements.
    pub fn pad(&self, value: &Value, low: &[i64], high: &[i64], interior: &[i64]) -> Result<Value> {
        const OP: &str = "stablehlo.pad";
        let r = self.rank();
        if low.len() != r || high.len() != r || interior.len() != r {
            return Err(Error::Axis {
                op: OP,
                message: format!("low/high/interior need {r} entries for {}", self.ty()),
            });
        }
        if value.rank() != 0 || value.dtype() != self.dtype() {
            return Err(Error::DType {
                op: OP,
                message: format!("padding value must be a {} scalar, got {}", self.dtype(), value.ty()),
            });
        }
        let mut shape = Vec::with_capacity(r);
        for i in 0..r {
            let d = self.shape()[i];
            if interior[i] < 0 {
                return Err(Error::Bounds { op: OP, message: format!("negative interior padding in dimension {i}") });
            }
            let size = low[i] + high[i] + d + (d - 1).max(0) * interior[i];
            if size < 0 {
                return Err(Error::Bounds {
                    op: OP,
                    message: format!("dimension {i} of {} would have size {size}", self.ty()),
                });
            }
            shape.push(size);
        }
        let op = Op::Pad { low: low.to_vec(), high: high.to_vec(), interior: interior.to_vec() };
        Ok(self.graph.push(OP, op, &[self, value], vec![self.ty().with_shape(shape)], vec![])?.remove(0))
    }

    /// Pads one axis with zeros: `low` before, `high` after.
    pub fn pad_axis(&self, axis: i64, low: i64, high: i64) -> Result<Value> {
        let a = self.axis("pad_axis", axis)?;
        let (mut lo, mut hi) = (vec![0; self.rank()], vec![0; self.rank()]);
        lo[a] = low;
        hi[a] = high;
        self.pad(&self.scalar_like(0.0)?, &lo, &hi, &vec![0; self.rank()])
    }
}

impl Graph {
    /// Concatenates along `axis`; all other dimensions and dtypes must match.
    pub fn concat(&self, values: &[Value], axis: i64) -> Result<Value> {
        const OP: &str = "stablehlo.concatenate";
        let Some(first) = values.first() else {
            return Err(Error::Shape { op: OP, message: "nothing to concatenate".into() });
        };
        let a = first.axis(OP, axis)?;
        let mut shape = first.shape().to_vec();
        shape[a] = 0;
        for v in values {
            if v.dtype() != first.dtype() || v.rank() != first.rank() {
                return Err(Error::Shape {
                    op: OP,
                    message: format!("{} and {} cannot be concatenated", first.ty(), v.ty()),
                });
            }
            for (i, (&d, &f)) in v.shape().iter().zip(first.shape()).enumerate() {
                if i != a && d != f {
                    return Err(Error::Shape {
                        op: OP,
                        message: format!(
                            "{} and {} differ in dimension {i} (concatenating along {a})",
                            first.ty(),
                            v.ty()
                        ),
                    });
                }
            }
            shape[a] += v.shape()[a];
        }
        let refs: Vec<&Value> = values.iter().collect();
        let ty = first.ty().with_shape(shape);
        Ok(self.push(OP, Op::Concatenate { dim: a }, &refs, vec![ty], vec![])?.remove(0))
    }

    /// Stacks equal-shaped values along a new dimension at `axis`.
    pub fn stack(&self, values: &[Value], axis: usize) -> Result<Value> {
        let expanded = values.iter().map(|v| v.expand_dims(axis)).collect::<Result<Vec<_>>>()?;
        self.concat(&expanded, axis as i64)
    }

    /// An `i32` scalar constant, handy for dynamic indices.
    pub fn index(&self, i: i64) -> Result<Value> {
        self.scalar(i as f64, DType::I32)
    }
}
