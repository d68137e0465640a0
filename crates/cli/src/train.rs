//! `hark train`: trains a model with the training-step program, on the
//! device the other commands use, or data parallel on several of them.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use hark_engine::{CompileCache, DeviceModel};
use hark_features::MelConfig;
use hark_model::{HostTensor, ModelConfig, Weights, weight_specs};
use hark_pjrt::Client;
use hark_text::Tokenizer;
use hark_train::checkpoint::Checkpoint;
use hark_train::data::{Augment, Batching, Cursor, Loader, Loading, Utterance, feature_stats, load_corpus, load_set};
use hark_train::step::Optimizer;
use hark_train::trainer::Trainer;
use hark_transcribe::Options;

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

/// Writes `weights` with the config and tokenizer as a model directory that
/// `hark transcribe --model` loads.
fn export(dir: &Path, cfg: &ModelConfig, weights: &Weights, tokenizer: &Tokenizer) -> Result<()> {
    Ok(hark_transcribe::save_model_dir(dir, cfg, weights, tokenizer)?)
}

/// Scores the first pass and the final transcripts on `dev`, as `hark eval` does.
fn evaluate(
    client: &Client,
    cfg: &ModelConfig,
    weights: &Weights,
    tokenizer: &Path,
    dev: &[Utterance],
    cache: &CompileCache,
) -> Result<crate::eval::Row> {
    let mut model = DeviceModel::new(client, cfg.clone(), weights)?;
    model.set_compile_cache(cache.clone());
    crate::eval::score(&model, tokenizer, None, None, "dev".into(), dev, Options::default().batch, None)
}

/// Prints a dev evaluation at `step`, and logs it to `log` if given.
fn log_dev(log: Option<&mut std::fs::File>, step: u64, dev: &crate::eval::Row) -> Result<()> {
    let (first, last) = (&dev.score.raw.first, &dev.score.raw.last);
    eprintln!(
        "step {step}: dev WER {:.2}% first pass, {:.2}% final (CER {:.2}%, {:.2}%)",
        100.0 * first.wer(),
        100.0 * last.wer(),
        100.0 * first.cer(),
        100.0 * last.cer()
    );
    if let Some(log) = log {
        let line = serde_json::json!({"step": step, "dev_wer_first_pass": first.wer(), "dev_wer": last.wer(),
            "dev_cer_first_pass": first.cer(), "dev_cer": last.cer()});
        use std::io::Write;
        writeln!(log, "{line}")?;
    }
    Ok(())
}

/// `all_devices`: how many devices `--devices all` means.
pub fn run(args: &TrainArgs, client: &Client, all_devices: usize) -> Result<()> {
    let cfg = config(args)?;
    let devices = args.devices.resolve(client.device_count(), all_devices)?;
    let corpus = load_corpus(&args.data)?;
    let dev: Vec<Utterance> = match &args.dev {
        // Spread over the set: a manifest sorted by speaker or section
        // would otherwise give a dev slice of one or two voices.
        Some(spec) => evenly_spaced(load_set(spec)?.1, args.dev_limit),
        None => Vec::new(),
    };
    std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    eprintln!("hark train: {} ({} utterances of training data, {} dev)", cfg.name, corpus.len(), dev.len());

    let tokenizer_path = args.out.join(hark_transcribe::TOKENIZER_FILE);
    if !tokenizer_path.exists() {
        match &args.model.model {
            // A trained model's classes are its own tokenizer's: a tokenizer
            // trained anew on other text could number them differently.
            Some(dir) => {
                let from = dir.join(hark_transcribe::TOKENIZER_FILE);
                std::fs::copy(&from, &tokenizer_path)
                    .with_context(|| format!("copying {} to {}", from.display(), tokenizer_path.display()))?;
            }
            None => {
                eprintln!("hark train: training a {}-token tokenizer on the transcripts", cfg.decoder.vocab_size - 1);
                let tok =
                    Tokenizer::train(corpus.iter().map(|u| u.text.as_str()), cfg.decoder.vocab_size as usize - 1)?;
                tok.save(&tokenizer_path)?;
            }
        }
    }
    let tokenizer = Arc::new(Tokenizer::load(&tokenizer_path)?);
    tokenizer.check_classes(cfg.decoder.vocab_size as usize)?;

    let mel = MelConfig { mel_bins: cfg.frontend.mel_bins as usize, ..MelConfig::default() };
    let ckpt = Checkpoint::of_run(&args.out);
    let mut saved_cursor = None;
    let (weights, optimizer) = if args.resume {
        if !ckpt.exists() {
            bail!("--resume: no checkpoint in {}", ckpt.dir().display());
        }
        let saved = ckpt.load()?;
        saved_cursor = saved.cursor;
        (saved.weights, saved.optimizer)
    } else {
        // A trained model (or a warm start's donor) brings the feature
        // normalization its encoder learned with; a fresh one gets the corpus's.
        let (mut w, has_norm) = match (&args.model.model, &args.init_from) {
            (Some(dir), _) => (Weights::load(&dir.join(hark_transcribe::WEIGHTS_FILE))?, true),
            (None, Some(dir)) => {
                let specs = weight_specs(&cfg)?;
                let path = dir.join(hark_transcribe::WEIGHTS_FILE);
                let donor = Weights::load(&path).with_context(|| format!("--init-from {}", path.display()))?;
                let (w, copied) = Weights::warm_start(&specs, args.seed, &donor);
                if copied.is_empty() {
                    bail!("--init-from {}: no weight has a name and shape this model shares", dir.display());
                }
                eprintln!("hark train: {} of {} weights copied from {}", copied.len(), specs.len(), dir.display());
                (w, copied.iter().any(|n| n == "frontend.norm.mean"))
            }
            (None, None) => (Weights::random(&weight_specs(&cfg)?, args.seed), false),
        };
        if !has_norm {
            let (mean, inv_std) = feature_stats(&corpus, mel, 500)?;
            let n = mean.len() as i64;
            w.tensors.insert("frontend.norm.mean".into(), HostTensor::new(vec![n], mean));
            w.tensors.insert("frontend.norm.inv_std".into(), HostTensor::new(vec![n], inv_std));
        }
        (w, Weights::default())
    };

    // Compiled programs are kept next to the checkpoint: a resumed run
    // loads its training steps instead of compiling them again.
    let cache = CompileCache::new(args.out.join("compiled"));
    let models = devices
        .iter()
        .map(|&d| {
            let mut model = DeviceModel::for_training(client, d, cfg.clone(), &weights)?;
            model.set_compile_cache(cache.clone());
            Ok(model)
        })
        .collect::<Result<Vec<_>>>()?;
    let replicas: Vec<&DeviceModel> = models.iter().collect();
    if devices.len() > 1 {
        eprintln!("hark train: data parallel on {} devices {devices:?}", devices.len());
    }
    let opt = Optimizer {
        lr: args.lr,
        warmup_steps: args.warmup,
        compute_budget: args.compute_budget,
        compute_weight: args.compute_weight,
        ctc_weight: args.ctc_weight,
        bf16: args.bf16,
        ..Optimizer::default()
    };
    let mut trainer = Trainer::resume_replicated(&replicas, opt, &weights, &optimizer)?;
    let start_step = trainer.steps()?;
    let augment = match &args.augment {
        Some(file) => Some(Augment::from_file(file, &args.noise)?),
        None => (!args.no_augment).then(Augment::default),
    };
    if let Some(a) = augment.as_ref().and_then(|a| a.acoustics.as_ref()) {
        eprintln!("hark train: acoustics {a:?}");
    }
    let batching = Batching {
        frame_buckets: args.buckets.clone(),
        frame_budget: args.frame_budget,
        batch_multiple: devices.len(),
        ..Batching::default()
    };
    let loading = Loading { mel, stack: cfg.frontend.stack as usize, augment, seed: args.seed, threads: args.threads };
    // A resumed run goes on with the saved run's data order; checkpoints of
    // older versions, which did not save it, start a new epoch instead.
    let cursor =
        if args.resume { saved_cursor.unwrap_or(Cursor { epoch: start_step, position: 0 }) } else { Cursor::default() };
    let mut loader = Loader::start(corpus, tokenizer.clone(), &loading, cursor, batching);

    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst)).context("installing the Ctrl-C handler")?;
    }
    let mut log = std::fs::OpenOptions::new().create(true).append(true).open(args.out.join("train.log.jsonl"))?;
    let save = |trainer: &Trainer, step: u64, cursor: Cursor| -> Result<()> {
        let (w, o) = trainer.checkpoint(&weights)?;
        ckpt.save(&w, &o, cursor)?;
        export(&args.out.join("model"), &cfg, &w, &tokenizer)?;
        eprintln!("hark train: step {step}: checkpoint saved");
        Ok(())
    };

    let started = Instant::now();
    let mut audio_seconds = 0.0;
    let mut step = start_step;
    // Where the time goes since the last log line: waiting for data,
    // compiling new shapes, running steps.
    let (mut data_s, mut compile_s, mut run_s, mut window_audio_s) = (0.0, 0.0, 0.0, 0.0);
    while step < args.steps && !stop.load(Ordering::SeqCst) {
        let waited = Instant::now();
        let (shape, batch) = loader.next_batch()?;
        data_s += waited.elapsed().as_secs_f64();
        let report = trainer.step(shape, &batch)?;
        compile_s += report.compile_seconds;
        run_s += report.run_seconds;
        step += 1;
        let batch_audio_s = batch.frames.iter().map(|&f| f as f64 * cfg.frontend.frame_seconds()).sum::<f64>();
        audio_seconds += batch_audio_s;
        window_audio_s += batch_audio_s;
        if !report.loss.is_finite() {
            bail!("step {step}: the loss is not finite ({report:?}); lower --lr or check the data");
        }
        if step % args.log_every == 0 {
            let rate = audio_seconds / started.elapsed().as_secs_f64();
            // The loss is summed over an utterance's labels: per label, it
            // compares across batches of different lengths.
            let labels = batch.labels.iter().map(|&l| l as f64).sum::<f64>() / batch.labels.len().max(1) as f64;
            let per_label = report.loss as f64 / labels.max(1.0);
            let line = serde_json::json!({
                "loss_per_label": per_label, "window_audio_s": window_audio_s,
                "step": step, "loss": report.loss, "first_pass_loss": report.first_pass_loss, "lr": report.lr,
                "grad_norm": report.grad_norm, "audio_seconds_per_second": rate, "skipped": loader.skipped,
                "shape": [shape.batch, shape.frames, shape.labels], "compute_fraction": report.compute_fraction,
                "ctc_loss": report.ctc_loss,
                "data_wait_s": data_s, "compile_s": compile_s, "run_s": run_s,
            });
            use std::io::Write;
            writeln!(log, "{line}")?;
            eprintln!(
                "step {step}: loss {:.3} ({per_label:.3} per label; first pass {:.3}) lr {:.2e} |g| {:.2} \
                 {:.1} s of audio/s (last {} steps: {window_audio_s:.0} s of audio; data {data_s:.1} s, \
                 compile {compile_s:.1} s, run {run_s:.1} s)",
                report.loss, report.first_pass_loss, report.lr, report.grad_norm, rate, args.log_every
            );
            (data_s, compile_s, run_s, window_audio_s) = (0.0, 0.0, 0.0, 0.0);
        }
        if step % args.checkpoint_every == 0 {
            save(&trainer, step, loader.cursor())?;
        }
        if !dev.is_empty() && step % args.eval_every == 0 {
            let scores = evaluate(client, &cfg, &trainer.weights(&weights)?, &tokenizer_path, &dev, &cache)?;
            log_dev(Some(&mut log), step, &scores)?;
        }
    }
    if stop.load(Ordering::SeqCst) {
        eprintln!("hark train: interrupted at step {step}");
    }
    if step % args.checkpoint_every != 0 {
        save(&trainer, step, loader.cursor())?;
    }
    if !dev.is_empty() && step % args.eval_every != 0 {
        let scores = evaluate(client, &cfg, &trainer.weights(&weights)?, &tokenizer_path, &dev, &cache)?;
        // Printed only: the log's evaluations stay at multiples of --eval-every.
        log_dev(None, step, &scores)?;
    }
    eprintln!("hark train: model written to {}", args.out.join("model").display());
    Ok(())
}

/// `limit` items of `items` at even spacing (all of them if fewer).
fn evenly_spaced<T>(items: Vec<T>, limit: usize) -> Vec<T> {
    let n = items.len();
    if limit == 0 || n <= limit {
        return items;
    }
    let picks: Vec<usize> = (0..limit).map(|i| i * n / limit).collect();
    items.into_iter().enumerate().filter(|(i, _)| picks.binary_search(i).is_ok()).map(|(_, x)| x).collect()
}
