//! Training Hark's models with the same graph builder and PJRT plugin that
//! run them: the RNN-T and CTC losses with their gradients, the training
//! step and optimizer, data and acoustics, the trainer (data parallel over
//! devices), the run's checkpoint layout and the run itself (start, loop,
//! logs, dev evaluations, exported model).

pub mod checkpoint;
pub mod ctc;
pub mod data;
mod error;
pub mod rnnt;
pub mod run;
pub mod step;
pub mod trainer;

pub use error::{Error, Result};
