//! Gather and scatter, and the embedding lookup built on them.

use crate::Value;
use crate::error::{Error, Result};
use crate::ir::{GatherSpec, Op, ScatterKind, ScatterSpec};

fn sorted_unique(op: &'static str, what: &str, dims: &[usize], bound: usize) -> Result<()> {
    if dims.windows(2).any(|w| w[0] >= w[1]) || dims.iter().any(|&d| d >= bound) {
        return Err(Error::Axis { op, message: format!("{what} {dims:?} must be sorted, unique and below {bound}") });
    }
    Ok(())
}

/// The scatter/batch dimensions of `indices`: all but `index_vector_dim`.
fn batch_dims(indices: &[i64], index_vector_dim: usize) -> Vec<i64> {
    indices.iter().enumerate().filter(|&(i, _)| i != index_vector_dim).map(|(_, &d)| d).collect()
}

/// Length of the index vectors (1 when `index_vector_dim == rank`).
fn index_len(indices: &[i64], index_vector_dim: usize) -> i64 {
    indices.get(index_vector_dim).copied().unwrap_or(1)
}

impl Value {
    /// `stablehlo.gather` with the operand sliced at the run-time positions
    /// in `indices` (integer). Out-of-range starts are clamped.
    pub fn gather(&self, indices: &Value, spec: &GatherSpec) -> Result<Value> {
        const OP: &str = "stablehlo.gather";
        if !indices.dtype().is_int() {
            return Err(Error::DType { op: OP, message: format!("indices must be integers, got {}", indices.ty()) });
        }
        let r = self.rank();
        if spec.index_vector_dim > indices.rank() {
            return Err(Error::Axis {
                op: OP,
                message: format!("index_vector_dim {} out of range for {}", spec.index_vector_dim, indices.ty()),
            });
        }
        if spec.slice_sizes.len() != r {
            return Err(Error::Shape {
                op: OP,
                message: format!("slice_sizes {:?} needs {r} entries for {}", spec.slice_sizes, self.ty()),
            });
        }
        for (i, (&s, &d)) in spec.slice_sizes.iter().zip(self.shape()).enumerate() {
            if s < 0 || s > d {
                return Err(Error::Bounds {
                    op: OP,
                    message: format!("slice size {s} of dimension {i} exceeds {}", self.ty()),
                });
            }
        }
        sorted_unique(OP, "collapsed_slice_dims", &spec.collapsed_slice_dims, r)?;
        if let Some(&d) = spec.collapsed_slice_dims.iter().find(|&&d| spec.slice_sizes[d] > 1) {
            return Err(Error::Shape {
                op: OP,
                message: format!("collapsed dimension {d} has slice size {}", spec.slice_sizes[d]),
            });
        }
        if spec.start_index_map.len() as i64 != index_len(indices.shape(), spec.index_vector_dim)
            || spec.start_index_map.iter().any(|&d| d >= r)
        {
            return Err(Error::Axis {
                op: OP,
                message: format!(
                    "start_index_map {:?} does not match index vectors of {}",
                    spec.start_index_map,
                    indices.ty()
                ),
            });
        }
        let batch = batch_dims(indices.shape(), spec.index_vector_dim);
        let offsets: Vec<i64> =
            (0..r).filter(|d| !spec.collapsed_slice_dims.contains(d)).map(|d| spec.slice_sizes[d]).collect();
        let out_rank = batch.len() + offsets.len();
        if spec.offset_dims.len() != offsets.len() {
            return Err(Error::Axis {
                op: OP,
                message: format!("offset_dims {:?} needs {} entries", spec.offset_dims, offsets.len()),
            });
        }
        sorted_unique(OP, "offset_dims", &spec.offset_dims, out_rank)?;
        let (mut bi, mut oi) = (batch.iter(), offsets.iter());
        let shape: Vec<i64> = (0..out_rank)
            .map(|d| if spec.offset_dims.contains(&d) { *oi.next().unwrap() } else { *bi.next().unwrap() })
            .collect();
        let ty = self.ty().with_shape(shape);
        Ok(self.graph.push(OP, Op::Gather(spec.clone()), &[self, indices], vec![ty], vec![])?.remove(0))
    }

    /// `stablehlo.scatter`: a copy of `self` with `updates` written (or
    /// added) at the positions in `indices`.
    pub fn scatter(&self, indices: &Value, updates: &Value, spec: &ScatterSpec) -> Result<Value> {
        const OP: &str = "stablehlo.scatter";
        if !indices.dtype().is_int() {
            return Err(Error::DType { op: OP, message: format!("indices must be integers, got {}", indices.ty()) });
        }
        if updates.dtype() != self.dtype() {
            return Err(Error::DType {
                op: OP,
                message: format!("updates {} differ from operand {}", updates.ty(), self.ty()),
            });
        }
        if spec.kind == ScatterKind::Add && self.dtype() == crate::DType::Bool {
            return Err(Error::DType { op: OP, message: "scatter-add of i1".into() });
        }
        let r = self.rank();
        if spec.index_vector_dim > indices.rank() {
            return Err(Error::Axis {
                op: OP,
                message: format!("index_vector_dim {} out of range for {}", spec.index_vector_dim, indices.ty()),
            });
        }
        sorted_unique(OP, "inserted_window_dims", &spec.inserted_window_dims, r)?;
        sorted_unique(OP, "update_window_dims", &spec.update_window_dims, updates.rank())?;
        if spec.scatter_dims_to_operand_dims.len() as i64 != index_len(indices.shape(), spec.index_vector_dim)
            || spec.scatter_dims_to_operand_dims.iter().any(|&d| d >= r)
        {
            return Err(Error::Axis {
                op: OP,
                message: format!(
                    "scatter_dims_to_operand_dims {:?} does not match {}",
                    spec.scatter_dims_to_operand_dims,
                    indices.ty()
                ),
            });
        }
        let scatter = batch_dims(indices.shape(), spec.index_vector_dim);
        let window: Vec<i64> =
            (0..r).filter(|d| !spec.inserted_window_dims.contains(d)).map(|d| self.shape()[d]).collect();
        if spec.update_window_dims.len() != window.len() || updates.rank() != scatter.len() + window.len() {
            return Err(Error::Shape {
                op: OP,
                message: format!(
                    "updates {} do not fit operand {} and indices {}",
                    updates.ty(),
                    self.ty(),
                    indices.ty()
                ),
            });
        }
        let (mut si, mut wi) = (scatter.iter(), window.iter());
        for d in 0..updates.rank() {
            let size = updates.shape()[d];
            let ok = if spec.update_window_dims.contains(&d) {
                size <= *wi.next().unwrap()
            } else {
                size == *si.next().unwrap()
            };
            if !ok {
                return Err(Error::Shape {
                    op: OP,
                    message: format!(
                        "updates {} do not fit operand {} and indices {} (dimension {d})",
                        updates.ty(),
                        self.ty(),
                        indices.ty()
                    ),
                });
            }
        }
        let ty = self.ty().clone();
        Ok(self.graph.push(OP, Op::Scatter(spec.clone()), &[self, indices, updates], vec![ty], vec![])?.remove(0))
    }

    /// Rows of `self` (`[v, d...]`) at integer `indices` (`[i...]`): the
    /// result is `[i..., d...]`. The embedding lookup.
    pub fn take_rows(&self, indices: &Value) -> Result<Value> {
        if self.rank() == 0 {
            return Err(Error::Shape { op: "take_rows", message: "cannot take rows of a scalar".into() });
        }
        let ir = indices.rank();
        let mut slice_sizes = self.shape().to_vec();
        slice_sizes[0] = 1;
        let spec = GatherSpec {
            offset_dims: (ir..ir + self.rank() - 1).collect(),
            collapsed_slice_dims: vec![0],
            start_index_map: vec![0],
            index_vector_dim: ir,
            slice_sizes,
        };
        self.gather(indices, &spec)
    }

    /// Adds `updates` (`[i..., d...]`) into the rows of `self` (`[v, d...]`)
    /// named by `indices` (`[i...]`), duplicates accumulating: the transpose
    /// of [`Value::take_rows`].
    pub fn scatter_add_rows(&self, indices: &Value, updates: &Value) -> Result<Value> {
        let ir = indices.rank();
        let spec = ScatterSpec {
            update_window_dims: (ir..ir + self.rank().saturating_sub(1)).collect(),
            inserted_window_dims: vec![0],
            scatter_dims_to_operand_dims: vec![0],
            index_vector_dim: ir,
            kind: ScatterKind::Add,
        };
        self.scatter(indices, updates, &spec)
    }
}
