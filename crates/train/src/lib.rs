//! Training Hark's models with the same graph builder and PJRT plugin that
//! run them: the RNN-T loss with its gradient, the optimizer, and (as the
//! project grows) data and the training loop.

pub mod ctc;
pub mod data;
mod error;
pub mod rnnt;
pub mod step;
pub mod trainer;

pub use error::{Error, Result};
