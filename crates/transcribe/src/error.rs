//! Errors that stop a transcription run. A bad input file does not: it
//! becomes an [`crate::Outcome::Failed`] and the run goes on.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {message}")]
    Input { path: PathBuf, message: String },
    #[error("writing {path}: {message}")]
    Output { path: PathBuf, message: String },
    #[error("model directory {path}: {message}")]
    ModelDir { path: PathBuf, message: String },
    #[error(transparent)]
    Engine(#[from] hark_engine::Error),
    #[error(transparent)]
    Runtime(#[from] hark_pjrt::Error),
    #[error(transparent)]
    Model(#[from] hark_model::Error),
    #[error(transparent)]
    Text(#[from] hark_text::Error),
    #[error(transparent)]
    Search(#[from] hark_search::Error),
    #[error("{0}")]
    Options(String),
    /// Tokens the tokenizer cannot turn into text.
    #[error("decoding tokens: {0}")]
    Tokens(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
