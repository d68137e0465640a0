//! Build-time errors: each names the op and the operand types at fault, and
//! a failed op adds nothing to the graph.

/// Errors of graph construction.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// Operand shapes that do not fit the op.
    #[error("{op}: {message}")]
    Shape { op: &'static str, message: String },

    /// Operand element types that do not fit the op.
    #[error("{op}: {message}")]
    DType { op: &'static str, message: String },

    /// An axis or dimension index out of range, repeated, or missing.
    #[error("{op}: {message}")]
    Axis { op: &'static str, message: String },

    /// Slice, pad or index bounds outside the operand.
    #[error("{op}: {message}")]
    Bounds { op: &'static str, message: String },

    /// A value used outside the graph or region that can see it.
    #[error("{op}: {message}")]
    Scope { op: &'static str, message: String },

    /// Host data that does not match the declared type.
    #[error("{op}: {message}")]
    Data { op: &'static str, message: String },

    /// A parameter, result or alias declaration that is inconsistent.
    #[error("function `{func}`: {message}")]
    Signature { func: String, message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
