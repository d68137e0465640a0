//! Errors of training.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Graph(#[from] hark_graph::Error),
    #[error(transparent)]
    Model(#[from] hark_model::Error),
    #[error(transparent)]
    Engine(#[from] hark_engine::Error),
    #[error(transparent)]
    Runtime(#[from] hark_pjrt::Error),
    #[error(transparent)]
    Text(#[from] hark_text::Error),
    #[error(transparent)]
    Transcribe(#[from] hark_transcribe::Error),
    #[error("not supported yet: {0}")]
    Unsupported(String),
    #[error("batch: {0}")]
    Batch(String),
    #[error("data: {0}")]
    Data(String),
    /// A training run's setup or files (the message names the path).
    #[error("{0}")]
    Run(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
