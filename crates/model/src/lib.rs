//! Hark's models, built as graphs: the Practical Conformer (conv-only lower
//! blocks, RNNAttention-Performer, cascaded encoder), its softmax-conformer
//! baseline, and the Compute Cost Amortized Transformer's frame-level
//! gating, all with a stateless-prediction RNN-T decoder.
//!
//! [`config`] describes a model (serde JSON, [`presets`] by name); its
//! forward pass is defined once, in [`transducer::Transducer`] (front end,
//! first pass, second pass, decoder scope), which [`programs::build`] and
//! the training step call to make the graphs a runtime compiles; weights
//! are graph parameters named as in the checkpoint ([`params`]), loaded and
//! checked by [`weights`].

pub mod config;
pub mod decoder;
pub mod describe;
pub mod encoder;
mod error;
pub mod layers;
pub mod params;
pub mod presets;
pub mod programs;
pub mod transducer;
pub mod weights;

pub use config::ModelConfig;
pub use encoder::Gating;
pub use error::{Error, Result};
pub use presets::{PRESETS, preset};
pub use programs::{ModelProgram, ProgramKind, ProgramShape, build, weight_specs};
pub use transducer::{FirstPass, Transducer};
pub use weights::{HostTensor, Weights};
