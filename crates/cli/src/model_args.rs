//! Choosing a model on the command line: a preset or a model directory.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use hark_model::ModelConfig;

#[derive(Args, Clone, Debug)]
pub struct ModelArgs {
    /// A named preset (see `hark describe --list`).
    #[arg(long, conflicts_with = "model")]
    pub preset: Option<String>,
    /// A model directory (config.json, model.safetensors, tokenizer.json).
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
}

/// The preset used where no model is named, until a trained default model
/// ships in weights/.
pub const DEFAULT_PRESET: &str = "practical-cascade";

impl ModelArgs {
    pub fn config(&self) -> Result<ModelConfig> {
        match (&self.preset, &self.model) {
            (Some(name), _) => Ok(hark_model::preset(name)?),
            (None, Some(dir)) => Ok(hark_transcribe::load_config(dir)?),
            (None, None) => Ok(hark_model::preset(DEFAULT_PRESET)?),
        }
    }
}

/// The static shapes programs are built at.
#[derive(Args, Clone, Copy, Debug)]
pub struct ShapeArgs {
    /// Streams per step.
    #[arg(long, default_value_t = 8)]
    pub batch: i64,
    /// Encoder frames per streaming step (40 ms each).
    #[arg(long, default_value_t = 8)]
    pub chunk: i64,
    /// Encoder frames of the whole-utterance programs (250 = 10 s).
    #[arg(long, default_value_t = 250)]
    pub utterance: i64,
}

/// The per-user cache of compiled programs (`compiled/` in `hark setup`'s
/// cache), so a run of a model compiled before starts in a fraction of a
/// second instead of compiling for seconds. Entries are keyed by program
/// text and plugin build, so a changed model or plugin misses.
pub fn user_compile_cache() -> Option<hark_engine::CompileCache> {
    hark_plugins::cache_root().map(|root| hark_engine::CompileCache::new(root.join("compiled")))
}
