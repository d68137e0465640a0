//! Element types (`hark_dtype`'s) in PJRT's numbering, and host types that
//! have one.

use crate::ffi;

pub use hark_dtype::{DType, TensorType};

/// PJRT's number for an element type.
pub(crate) fn raw_type(t: DType) -> u32 {
    match t {
        DType::Bool => ffi::PJRT_Buffer_Type_PRED,
        DType::I8 => ffi::PJRT_Buffer_Type_S8,
        DType::I16 => ffi::PJRT_Buffer_Type_S16,
        DType::I32 => ffi::PJRT_Buffer_Type_S32,
        DType::I64 => ffi::PJRT_Buffer_Type_S64,
        DType::U8 => ffi::PJRT_Buffer_Type_U8,
        DType::U16 => ffi::PJRT_Buffer_Type_U16,
        DType::U32 => ffi::PJRT_Buffer_Type_U32,
        DType::U64 => ffi::PJRT_Buffer_Type_U64,
        DType::F16 => ffi::PJRT_Buffer_Type_F16,
        DType::BF16 => ffi::PJRT_Buffer_Type_BF16,
        DType::F32 => ffi::PJRT_Buffer_Type_F32,
        DType::F64 => ffi::PJRT_Buffer_Type_F64,
    }
}

/// The element type of PJRT's number, if Hark has it.
pub(crate) fn dtype_of_raw(raw: u32) -> Option<DType> {
    DType::ALL.into_iter().find(|&t| raw_type(t) == raw)
}

/// A Rust type that has the same bytes as a PJRT element type on the host.
///
/// # Safety
/// `Self` must be plain old data of exactly `ELEMENT_TYPE.size_in_bytes()`
/// bytes, valid for every bit pattern the device can produce (`bool` is only
/// implemented because XLA's PRED is always 0 or 1).
pub unsafe trait NativeType: Copy + Send + Sync + 'static {
    const ELEMENT_TYPE: DType;
}

macro_rules! native {
    ($($t:ty => $e:ident),* $(,)?) => {
        $(
            unsafe impl NativeType for $t {
                const ELEMENT_TYPE: DType = DType::$e;
            }
            const _: () = assert!(size_of::<$t>() == DType::$e.size_in_bytes());
        )*
    };
}

native! {
    bool => Bool,
    i8 => I8,
    i16 => I16,
    i32 => I32,
    i64 => I64,
    u8 => U8,
    u16 => U16,
    u32 => U32,
    u64 => U64,
    half::f16 => F16,
    half::bf16 => BF16,
    f32 => F32,
    f64 => F64,
}
