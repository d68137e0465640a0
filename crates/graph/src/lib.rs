//! Hark's StableHLO graph builder.
//!
//! A [`Graph`] is a function under construction; its [`Value`]s have static
//! shapes and dtypes. Ops are methods (`x.matmul(&w)?.add(&b)?.tanh()?`);
//! each validates its operands and returns an [`Error`] naming the op and the
//! types at fault, leaving the graph unchanged. [`Graph::finish`] gives a
//! [`Func`], which [`to_mlir`] writes as StableHLO text for PJRT and
//! [`analyze`] costs in FLOPs and bytes.
//!
//! ```
//! use hark_graph::{DType, Graph, TensorType};
//! let g = Graph::new("affine");
//! let x = g.param("x", TensorType::new(DType::F32, [4, 3]))?;
//! let w = g.weight("w", TensorType::new(DType::F32, [3, 2]))?;
//! let y = x.matmul(&w)?.tanh()?;
//! let f = g.finish(&[y])?;
//! assert_eq!(hark_graph::analyze(&f).flops, 2 * 4 * 3 * 2 + 4 * 2);
//! let text = hark_graph::to_mlir(&f)?;
//! assert!(text.contains("func.func public @main(%x: tensor<4x3xf32>, %w: tensor<3x2xf32>)"));
//! # Ok::<(), hark_graph::Error>(())
//! ```

pub mod autodiff;
mod builder;
mod cost;
mod emit;
mod error;
pub mod ir;
pub mod nn;
mod ops;
mod types;

pub use autodiff::{grad, vjp};
pub use builder::{Graph, Value};
pub use cost::{Cost, analyze};
pub use emit::to_mlir;
pub use error::{Error, Result};
pub use ir::{Comparison, ConvSpec, DotDims, Func, GatherSpec, ReduceKind, Role, ScatterKind, ScatterSpec};
pub use ops::broadcast_shapes;
pub use types::{DType, TensorType};
