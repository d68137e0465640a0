//! Element types and static tensor types of graph values (defined in
//! `hark-dtype`, shared with the runtime).

pub use hark_dtype::{DType, TensorType};
