//! The one error type of the runtime: every failure names the file, program,
//! argument or PJRT call at fault, and carries the plugin's own message.

use std::path::PathBuf;

use crate::{DType, TensorType};

/// Status codes of `PJRT_Error_Code`, which follow absl's status codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    Cancelled,
    Unknown,
    InvalidArgument,
    DeadlineExceeded,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    ResourceExhausted,
    FailedPrecondition,
    Aborted,
    OutOfRange,
    Unimplemented,
    Internal,
    Unavailable,
    DataLoss,
    Unauthenticated,
    /// A code this version of Hark does not know.
    Other(u32),
}

impl ErrorCode {
    pub(crate) fn from_raw(code: u32) -> Self {
        use ErrorCode::*;
        match code {
            1 => Cancelled,
            2 => Unknown,
            3 => InvalidArgument,
            4 => DeadlineExceeded,
            5 => NotFound,
            6 => AlreadyExists,
            7 => PermissionDenied,
            8 => ResourceExhausted,
            9 => FailedPrecondition,
            10 => Aborted,
            11 => OutOfRange,
            12 => Unimplemented,
            13 => Internal,
            14 => Unavailable,
            15 => DataLoss,
            16 => Unauthenticated,
            other => Other(other),
        }
    }
}

/// Errors of the PJRT runtime.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The plugin file does not exist.
    #[error("PJRT plugin not found: {path}")]
    PluginNotFound { path: PathBuf },

    /// The file exists but the dynamic loader refused it (not a shared
    /// library, wrong architecture, missing dependencies).
    #[error("cannot load PJRT plugin {path}: {message}")]
    PluginLoad { path: PathBuf, message: String },

    /// A shared library without the `GetPjrtApi` entry point.
    #[error("{path} is not a PJRT plugin: it exports no GetPjrtApi symbol")]
    NotAPlugin { path: PathBuf },

    /// The plugin speaks a PJRT C API this build cannot use: another major
    /// version, or a minor version newer than the declarations Hark has.
    #[error(
        "PJRT plugin {path} implements C API {plugin_major}.{plugin_minor}, but Hark \
         was written against {ours_major}.{ours_minor} (the plugin's minor must not be newer)"
    )]
    IncompatibleVersion { path: PathBuf, plugin_major: i32, plugin_minor: i32, ours_major: i32, ours_minor: i32 },

    /// The plugin's function table ends before, or leaves empty, a slot Hark
    /// needs.
    #[error("PJRT plugin does not provide {function} (its PJRT_Api has {api_size} bytes)")]
    MissingFunction { function: &'static str, api_size: usize },

    /// A PJRT call returned an error.
    #[error("{op} failed ({code:?}): {message}")]
    Pjrt { op: &'static str, code: ErrorCode, message: String },

    /// A program's text could not be understood well enough to type its
    /// entry point.
    #[error("program `{program}`: {message}")]
    Signature { program: String, message: String },

    /// An executable was called with the wrong number of arguments.
    #[error("program `{program}` takes {expected} arguments, got {got}")]
    ArgumentCount { program: String, expected: usize, got: usize },

    /// An argument's dtype or shape differs from the parameter's. (The
    /// types are boxed to keep every `Result` of the crates above small.)
    #[error("program `{program}`, argument {index} ({name}): expected {expected}, got {got}")]
    ArgumentType { program: String, index: usize, name: String, expected: Box<TensorType>, got: Box<TensorType> },

    /// Host data does not fill the requested shape.
    #[error("host data for a {ty} buffer has {got} elements, the shape needs {expected}")]
    HostDataSize { ty: TensorType, expected: usize, got: usize },

    /// A host read asked for a different element type than the buffer has.
    #[error("cannot read a {buffer} buffer as {requested:?}")]
    HostElementType { buffer: TensorType, requested: DType },

    /// The plugin produced a buffer of an element type Hark does not handle.
    #[error("unsupported PJRT element type {raw}")]
    UnsupportedElementType { raw: u32 },

    /// A string handed to the plugin contained a NUL byte or was not UTF-8.
    #[error("invalid string for {what}: {message}")]
    InvalidString { what: &'static str, message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A plugin error with what was being done put in front of its message
    /// (`compiling `step``); other errors are returned as they are.
    pub(crate) fn about(self, context: &str) -> Error {
        match self {
            Error::Pjrt { op, code, message } => Error::Pjrt { op, code, message: format!("{context}: {message}") },
            other => other,
        }
    }
}
