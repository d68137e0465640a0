//! Element types and static tensor types of graph values.

use std::fmt;

/// Element types a graph value can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    /// Boolean, `i1` in StableHLO.
    Bool,
    I8,
    I32,
    I64,
    U8,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    /// The name in MLIR text.
    pub fn mlir(self) -> &'static str {
        match self {
            Self::Bool => "i1",
            Self::I8 => "i8",
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::U8 => "ui8",
            Self::U32 => "ui32",
            Self::U64 => "ui64",
            Self::F16 => "f16",
            Self::BF16 => "bf16",
            Self::F32 => "f32",
            Self::F64 => "f64",
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, Self::F16 | Self::BF16 | Self::F32 | Self::F64)
    }

    pub fn is_int(self) -> bool {
        matches!(self, Self::I8 | Self::I32 | Self::I64 | Self::U8 | Self::U32 | Self::U64)
    }

    pub fn is_signed_int(self) -> bool {
        matches!(self, Self::I8 | Self::I32 | Self::I64)
    }

    pub fn size_in_bytes(self) -> usize {
        match self {
            Self::Bool | Self::I8 | Self::U8 => 1,
            Self::F16 | Self::BF16 => 2,
            Self::I32 | Self::U32 | Self::F32 => 4,
            Self::I64 | Self::U64 | Self::F64 => 8,
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mlir())
    }
}

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
