//! Element types and static tensor types of graph values.

use std::fmt;

pub use hark_dtype::DType;

/// A ranked tensor type with static dimensions.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TensorType {
    pub dtype: DType,
    pub shape: Vec<i64>,
}

impl TensorType {
    pub fn new(dtype: DType, shape: impl Into<Vec<i64>>) -> Self {
        Self { dtype, shape: shape.into() }
    }

    pub fn scalar(dtype: DType) -> Self {
        Self { dtype, shape: Vec::new() }
    }

    pub fn rank(&self) -> usize {
        self.shape.len()
    }

    pub fn element_count(&self) -> u64 {
        self.shape.iter().map(|&d| d as u64).product()
    }

    pub fn size_in_bytes(&self) -> u64 {
        self.element_count() * self.dtype.size_in_bytes() as u64
    }

    pub fn with_shape(&self, shape: impl Into<Vec<i64>>) -> Self {
        Self { dtype: self.dtype, shape: shape.into() }
    }

    pub fn with_dtype(&self, dtype: DType) -> Self {
        Self { dtype, shape: self.shape.clone() }
    }
}

/// `tensor<2x3xf32>`, as in the emitted text.
impl fmt::Display for TensorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tensor<")?;
        for d in &self.shape {
            write!(f, "{d}x")?;
        }
        write!(f, "{}>", self.dtype)
    }
}
