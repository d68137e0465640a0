//! Element types and tensor types, in PJRT's numbering and MLIR's spelling.

use std::fmt;

use crate::ffi;

/// The element types Hark moves between host and device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElementType {
    /// Boolean (`i1` in StableHLO); one byte per element on the host.
    Pred,
    S8,
    S16,
    S32,
    S64,
    U8,
    U16,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
}

impl ElementType {
    pub const ALL: [ElementType; 13] = [
        Self::Pred,
        Self::S8,
        Self::S16,
        Self::S32,
        Self::S64,
        Self::U8,
        Self::U16,
        Self::U32,
        Self::U64,
        Self::F16,
        Self::BF16,
        Self::F32,
        Self::F64,
    ];

    pub(crate) fn to_raw(self) -> u32 {
        match self {
            Self::Pred => ffi::PJRT_Buffer_Type_PRED,
            Self::S8 => ffi::PJRT_Buffer_Type_S8,
            Self::S16 => ffi::PJRT_Buffer_Type_S16,
            Self::S32 => ffi::PJRT_Buffer_Type_S32,
            Self::S64 => ffi::PJRT_Buffer_Type_S64,
            Self::U8 => ffi::PJRT_Buffer_Type_U8,
            Self::U16 => ffi::PJRT_Buffer_Type_U16,
            Self::U32 => ffi::PJRT_Buffer_Type_U32,
            Self::U64 => ffi::PJRT_Buffer_Type_U64,
            Self::F16 => ffi::PJRT_Buffer_Type_F16,
            Self::BF16 => ffi::PJRT_Buffer_Type_BF16,
            Self::F32 => ffi::PJRT_Buffer_Type_F32,
            Self::F64 => ffi::PJRT_Buffer_Type_F64,
        }
    }

    pub(crate) fn from_raw(raw: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.to_raw() == raw)
    }

    /// Bytes per element in a dense host array.
    pub const fn size_in_bytes(self) -> usize {
        match self {
            Self::Pred | Self::S8 | Self::U8 => 1,
            Self::S16 | Self::U16 | Self::F16 | Self::BF16 => 2,
            Self::S32 | Self::U32 | Self::F32 => 4,
            Self::S64 | Self::U64 | Self::F64 => 8,
        }
    }

    /// The element type's name in StableHLO/MLIR text (`f32`, `i1`, `ui8`, ...).
    pub fn mlir_name(self) -> &'static str {
        match self {
            Self::Pred => "i1",
            Self::S8 => "i8",
            Self::S16 => "i16",
            Self::S32 => "i32",
            Self::S64 => "i64",
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

    pub fn from_mlir_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.mlir_name() == name)
    }
}

/// A Rust type that has the same bytes as a PJRT element type on the host.
///
/// # Safety
/// `Self` must be plain old data of exactly `ELEMENT_TYPE.size_in_bytes()`
/// bytes, valid for every bit pattern the device can produce (`bool` is only
/// implemented because XLA's PRED is always 0 or 1).
pub unsafe trait NativeType: Copy + Send + Sync + 'static {
    const ELEMENT_TYPE: ElementType;
}

macro_rules! native {
    ($($t:ty => $e:ident),* $(,)?) => {
        $(
            unsafe impl NativeType for $t {
                const ELEMENT_TYPE: ElementType = ElementType::$e;
            }
            const _: () = assert!(size_of::<$t>() == ElementType::$e.size_in_bytes());
        )*
    };
}

native! {
    bool => Pred,
    i8 => S8,
    i16 => S16,
    i32 => S32,
    i64 => S64,
    u8 => U8,
    u16 => U16,
    u32 => U32,
    u64 => U64,
    half::f16 => F16,
    half::bf16 => BF16,
    f32 => F32,
    f64 => F64,
}

/// A ranked, statically shaped tensor type: what every program parameter,
/// result and device buffer has.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TensorType {
    pub element: ElementType,
    pub dims: Vec<i64>,
}

impl TensorType {
    pub fn new(element: ElementType, dims: impl Into<Vec<i64>>) -> Self {
        Self { element, dims: dims.into() }
    }

    /// Number of elements (1 for a scalar, 0 if any dimension is 0).
    pub fn element_count(&self) -> usize {
        self.dims.iter().map(|&d| d.max(0) as usize).product()
    }

    pub fn size_in_bytes(&self) -> usize {
        self.element_count() * self.element.size_in_bytes()
    }
}

/// Prints the MLIR spelling, `tensor<2x3xf32>`, so errors read like the
/// program text they are about.
impl fmt::Display for TensorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tensor<")?;
        for d in &self.dims {
            write!(f, "{d}x")?;
        }
        write!(f, "{}>", self.element.mlir_name())
    }
}
