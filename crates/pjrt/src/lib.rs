//! Hark's runtime over the PJRT C API.
//!
//! A [`Plugin`] is a PJRT shared library (CPU, GPU or TPU), loaded once per
//! process. A [`Client`] on it owns devices; it compiles StableHLO
//! [`Program`]s into [`Executable`]s and moves arrays between host and
//! device as [`Buffer`]s. Buffers stay on the device between executions;
//! passing one as [`Arg::Donated`] lets a program that aliases it to an
//! output (`tf.aliasing_output`) update it in place, which is how streaming
//! state is carried from step to step.
//!
//! Every failure is an [`Error`] naming what was at fault, with the plugin's
//! message and code where the plugin reported it. Calls are checked against
//! the program's [`Signature`] before they reach the plugin, which aborts the
//! process on some malformed input instead of returning an error.
//!
//! # Threads
//! [`Client`], [`Buffer`], [`Executable`] and [`Event`] are `Send + Sync`:
//! the objects behind them (`xla::PjRtClient`, `PjRtBuffer`,
//! `PjRtLoadedExecutable`, and the futures behind events) are thread-safe by
//! the PJRT contract, and each handle is owned by exactly one Rust value and
//! released exactly once, in its `Drop`. Buffers and executables hold their
//! client, so a client is destroyed only after everything made from it.

mod buffer;
mod client;
mod compile_options;
mod error;
mod event;
mod executable;
pub mod ffi;
mod plugin;
mod signature;
mod types;

pub use buffer::Buffer;
pub use client::{Client, ClientOptions, DeviceInfo};
pub use compile_options::CompileOptions;
pub use error::{Error, ErrorCode, Result};
pub use event::Event;
pub use executable::{Arg, Executable, Execution, Program};
pub use plugin::{AttributeValue, Plugin};
pub use signature::{Param, Signature};
pub use types::{DType, NativeType, TensorType};
