//! `hark init-model`: a model directory with seeded random weights and a
//! tokenizer, for tests, benchmarks, and as the starting point of training.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use hark_model::{ModelConfig, Weights, weight_specs};

use crate::model_args::ModelArgs;

#[derive(Args, Debug)]
pub struct InitModelArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    /// A config.json to use instead of a preset.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["preset", "model"])]
    pub config: Option<PathBuf>,
    /// Seed of the random weights.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Text to train the tokenizer on (default: a built-in sample, enough
    /// for a random model whose transcripts mean nothing).
    #[arg(long, value_name = "FILE")]
    pub text: Option<PathBuf>,
    /// Directory to write config.json, model.safetensors and tokenizer.json into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

pub fn run(args: &InitModelArgs) -> Result<()> {
    let cfg = match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            ModelConfig::from_json(&text).with_context(|| format!("in {}", path.display()))?
        }
        None => args.model.config()?,
    };
    let weights = Weights::random(&weight_specs(&cfg)?, args.seed);
    let text = match &args.text {
        Some(path) => std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?,
        None => hark_text::SAMPLE_TEXT.to_string(),
    };
    let tokenizer = hark_text::Tokenizer::train(text.lines(), cfg.decoder.vocab_size as usize - 1)?;
    hark_transcribe::save_model_dir(&args.out, &cfg, &weights, &tokenizer)?;
    println!("{}: {} ({} parameters, seed {})", args.out.display(), cfg.name, weights.parameter_count(), args.seed);
    Ok(())
}
