//! Errors of the model crate: each names the config field, weight or op at
//! fault.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An invalid configuration (names the model and the field).
    #[error("invalid model config: {0}")]
    Config(String),

    /// A graph op rejected its operands while building a program.
    #[error("building the model graph: {0}")]
    Graph(#[from] hark_graph::Error),

    /// Another inconsistency found while building a program.
    #[error("building the model graph: {0}")]
    Build(String),

    /// A checkpoint that does not fit the model (names the tensor).
    #[error("weights: {0}")]
    Weights(String),

    #[error("{path}: {message}")]
    Io { path: PathBuf, message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Model code runs inside graph regions (loop bodies, `case` branches),
/// whose closures return graph errors: a model error crosses as such.
impl From<Error> for hark_graph::Error {
    fn from(e: Error) -> Self {
        match e {
            Error::Graph(g) => g,
            other => hark_graph::Error::Shape { op: "model", message: other.to_string() },
        }
    }
}
