//! Element types and tensor types, defined once for the graph builder
//! (`hark-graph`, which types every value with them and writes their MLIR
//! names into programs) and the runtime (`hark-pjrt`, which maps them to
//! PJRT's buffer types and reads them back from compiled programs), so a
//! program's parameters and a device buffer's type are the same value
//! without a translation.

use std::fmt;

/// An element type of a tensor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    /// Boolean, `i1` in StableHLO (PJRT's PRED); one byte per element on the host.
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    pub const ALL: [DType; 13] = [
        Self::Bool,
        Self::I8,
        Self::I16,
        Self::I32,
        Self::I64,
        Self::U8,
        Self::U16,
        Self::U32,
        Self::U64,
        Self::F16,
        Self::BF16,
        Self::F32,
        Self::F64,
    ];

    /// The name in StableHLO/MLIR text (`f32`, `i1`, `ui8`, ...).
    pub fn mlir(self) -> &'static str {
        match self {
            Self::Bool => "i1",
            Self::I8 => "i8",
            Self::I16 => "i16",
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::U8 => "ui8",
            Self::U16 => "ui16",
            Self::U32 => "ui32",
            Self::U64 => "ui64",
            Self::F16 => "f16",
            Self::BF16 => "bf16",
            Self::F32 => "f32",
            Self::F64 => "f64",
        }
    }

    /// The element type an MLIR name spells, if any.
    pub fn from_mlir(name: &str) -> Option<DType> {
        Self::ALL.into_iter().find(|t| t.mlir() == name)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Self::F16 | Self::BF16 | Self::F32 | Self::F64)
    }

    pub fn is_int(self) -> bool {
        self.is_signed_int() || matches!(self, Self::U8 | Self::U16 | Self::U32 | Self::U64)
    }

    pub fn is_signed_int(self) -> bool {
        matches!(self, Self::I8 | Self::I16 | Self::I32 | Self::I64)
    }

    /// Bytes per element in a dense host array.
    pub const fn size_in_bytes(self) -> usize {
        match self {
            Self::Bool | Self::I8 | Self::U8 => 1,
            Self::I16 | Self::U16 | Self::F16 | Self::BF16 => 2,
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

/// A ranked, statically shaped tensor type: what every graph value,
/// program parameter and result, and device buffer has.
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

    /// Number of elements (1 for a scalar, 0 if any dimension is 0; a
    /// negative dimension, which the graph builder rejects, counts as 0).
    pub fn element_count(&self) -> u64 {
        self.shape.iter().map(|&d| d.max(0) as u64).product()
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

/// The MLIR spelling, `tensor<2x3xf32>`, as in the emitted programs (and
/// so in errors about them).
impl fmt::Display for TensorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tensor<")?;
        for d in &self.shape {
            write!(f, "{d}x")?;
        }
        write!(f, "{}>", self.dtype)
    }
}

#[cfg(test)]
mod tests {
    use super::DType;

    #[test]
    fn names_are_unique_and_read_back() {
        for t in DType::ALL {
            assert_eq!(DType::from_mlir(t.mlir()), Some(t));
            assert_eq!(DType::ALL.iter().filter(|u| u.mlir() == t.mlir()).count(), 1);
        }
        assert_eq!(DType::from_mlir("f8E4M3"), None);
    }

    #[test]
    fn every_type_is_one_kind() {
        for t in DType::ALL {
            let kinds = [t.is_float(), t.is_int(), t == DType::Bool];
            assert_eq!(kinds.iter().filter(|&&k| k).count(), 1, "{t}");
        }
        assert!(DType::I16.is_signed_int() && !DType::U16.is_signed_int());
    }
}
