//! `hark train`: its flags, mapped to a [`hark_train::run`] on the device
//! the other commands use, or data parallel on several of them.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};
use clap::Args;
use hark_model::ModelConfig;
use hark_pjrt::Client;
use hark_train::data::Augment;
use hark_train::run::RunOptions;
use hark_train::step::Optimizer;

use crate::model_args::ModelArgs;

#[derive(Args, Debug)]
pub struct TrainArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    /// A config.json to train (instead of --preset / --model).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["preset", "model"])]
    pub config: Option<PathBuf>,
    /// Training data: a JSONL manifest ({"audio", "text"}) or a LibriSpeech-style directory.
    #[arg(long, value_name = "PATH")]
    pub data: PathBuf,
    /// Dev data (same forms, or a set's name as `hark eval` takes it, e.g.
    /// games-dev), decoded for WER every --eval-every steps.
    #[arg(long, value_name = "SET")]
    pub dev: Option<String>,
    /// Dev utterances decoded per evaluation.
    #[arg(long, default_value_t = 200)]
    pub dev_limit: usize,
    /// Output directory: checkpoint/ (to resume), model/ (to transcribe with), train.log.jsonl,
    /// compiled/ (compiled programs a resumed run reuses).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,
    /// Continue from DIR/checkpoint.
    #[arg(long)]
    pub resume: bool,
    /// Warm start: copy from this model directory every weight whose name and
    /// shape the model being trained shares (say, the encoder of a model with
    /// another vocabulary); the rest start random.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["resume", "model"])]
    pub init_from: Option<PathBuf>,
    /// Optimizer steps to reach (counting those of a resumed run).
    #[arg(long, default_value_t = 20_000)]
    pub steps: u64,
    #[arg(long, default_value_t = 1e-3)]
    pub lr: f64,
    #[arg(long, default_value_t = 1000)]
    pub warmup: u64,
    /// Gated models: target fraction of gated compute (the compute loss pulls the gates toward it).
    #[arg(long, default_value_t = 0.4)]
    pub compute_budget: f64,
    /// Gated models: weight of the compute loss.
    #[arg(long, default_value_t = 1.0)]
    pub compute_weight: f64,
    /// Weight of an auxiliary CTC loss on the first pass (0: none): it helps
    /// the encoder learn to align early in training.
    #[arg(long, default_value_t = 0.0)]
    pub ctc_weight: f64,
    /// Encoder frames (40 ms) per batch, summed over its utterances.
    #[arg(long, default_value_t = 3200)]
    pub frame_budget: i64,
    /// Padded lengths in encoder frames, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "50,75,100,125,150,200,250,300,400,500")]
    pub buckets: Vec<i64>,
    /// Devices to train on, data parallel: `all` (every device of the plugin;
    /// on the CPU plugin those `--cpu-devices` asks for, else one), a count
    /// or ordinals (`0,2`). Each holds the weights and takes an equal share
    /// of every batch (batch sizes are rounded up to a multiple of the
    /// count); the step program averages the gradients across them. The
    /// batches depend on the count, so resume with the same one.
    #[arg(long, default_value = "all", value_parser = crate::devices::Devices::parse)]
    pub devices: crate::devices::Devices,
    /// Threads decoding and featurizing audio.
    #[arg(long, default_value_t = 2)]
    pub threads: usize,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Mixed precision: bf16 matmuls in linear layers, f32 master weights
    /// (for GPU/TPU; slower on CPU).
    #[arg(long)]
    pub bf16: bool,
    /// Train without speed/volume/noise perturbation and SpecAugment.
    #[arg(long, conflicts_with = "augment")]
    pub no_augment: bool,
    /// Augmentation file (JSON): speeds, gain, SpecAugment and the acoustics
    /// (rooms, noise, channels, tilt, clipping), each with its probability
    /// (scripts/configs/augment-real.json).
    #[arg(long, value_name = "FILE")]
    pub augment: Option<PathBuf>,
    /// Recorded noise for the augmentation file's noise section: JSONL
    /// manifests ({"audio"}), directories or audio files.
    #[arg(long, value_name = "PATH", requires = "augment")]
    pub noise: Vec<PathBuf>,
    #[arg(long, default_value_t = 20)]
    pub log_every: u64,
    #[arg(long, default_value_t = 500)]
    pub checkpoint_every: u64,
    #[arg(long, default_value_t = 2000)]
    pub eval_every: u64,
}

fn config(args: &TrainArgs) -> Result<ModelConfig> {
    match &args.config {
        Some(path) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            Ok(ModelConfig::from_json(&text).with_context(|| format!("in {}", path.display()))?)
        }
        None => args.model.config(),
    }
}

/// `all_devices`: how many devices `--devices all` means.
pub fn run(args: &TrainArgs, client: &Client, all_devices: usize) -> Result<()> {
    let config = config(args)?;
    let devices = args.devices.resolve(client.device_count(), all_devices)?;
    let augment = match &args.augment {
        Some(file) => Some(Augment::from_file(file, &args.noise)?),
        None => (!args.no_augment).then(Augment::default),
    };
    let options = RunOptions {
        config,
        data: args.data.clone(),
        dev: args.dev.clone().map(|spec| (spec, args.dev_limit)),
        out: args.out.clone(),
        model_dir: args.model.model.clone(),
        init_from: args.init_from.clone(),
        resume: args.resume,
        devices,
        optimizer: Optimizer {
            lr: args.lr,
            warmup_steps: args.warmup,
            compute_budget: args.compute_budget,
            compute_weight: args.compute_weight,
            ctc_weight: args.ctc_weight,
            bf16: args.bf16,
            ..Optimizer::default()
        },
        steps: args.steps,
        augment,
        frame_buckets: args.buckets.clone(),
        frame_budget: args.frame_budget,
        threads: args.threads,
        seed: args.seed,
        log_every: args.log_every,
        checkpoint_every: args.checkpoint_every,
        eval_every: args.eval_every,
    };
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst)).context("installing the Ctrl-C handler")?;
    }
    hark_train::run::run(&options, client, &stop)?;
    Ok(())
}
