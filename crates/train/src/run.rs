//! A training run: its start (fresh, warm, continued or resumed), its loop
//! of steps, its logs, checkpoints and dev evaluations, and the model
//! directory it exports. `hark train` maps its flags to [`RunOptions`] and
//! calls [`run`].
//!
//! A run's directory holds checkpoint/ (to resume), model/ (to transcribe
//! with), the tokenizer, train.log.jsonl (one line per logged step and per
//! dev evaluation) and compiled/ (compiled programs a resumed run reuses).

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use hark_engine::{CompileCache, DeviceModel};
use hark_features::MelConfig;
use hark_model::{HostTensor, ModelConfig, Weights, weight_specs};
use hark_pjrt::Client;
use hark_text::Tokenizer;
use hark_transcribe::score::{Reference, SetScore, score_set};
use hark_transcribe::{Options, TOKENIZER_FILE, Transcriber, WEIGHTS_FILE, save_model_dir};

use crate::checkpoint::Checkpoint;
use crate::data::{Augment, Batching, Cursor, Loader, Loading, Utterance, feature_stats, load_corpus, load_set};
use crate::step::Optimizer;
use crate::trainer::Trainer;
use crate::{Error, Result};

/// Everything a run needs but the device client.
pub struct RunOptions {
    pub config: ModelConfig,
    /// Training data: a JSONL manifest or a LibriSpeech-style directory.
    pub data: PathBuf,
    /// Dev set (as [`load_set`] takes it) and how many of its utterances,
    /// spread over it, are decoded per evaluation.
    pub dev: Option<(String, usize)>,
    /// The run's directory.
    pub out: PathBuf,
    /// A trained model directory to continue: its weights (unless resuming)
    /// and its tokenizer, whose classes its weights were trained on.
    pub model_dir: Option<PathBuf>,
    /// A donor model directory: every weight whose name and shape this
    /// model shares is copied, the rest start random.
    pub init_from: Option<PathBuf>,
    /// Continue from the run directory's checkpoint.
    pub resume: bool,
    /// Device ordinals, data parallel.
    pub devices: Vec<usize>,
    pub optimizer: Optimizer,
    /// Optimizer steps to reach (counting those of a resumed run).
    pub steps: u64,
    pub augment: Option<Augment>,
    /// Padded lengths in encoder frames, and encoder frames per batch.
    pub frame_buckets: Vec<i64>,
    pub frame_budget: i64,
    /// Threads decoding and featurizing audio.
    pub threads: usize,
    pub seed: u64,
    pub log_every: u64,
    pub checkpoint_every: u64,
    pub eval_every: u64,
}

/// Trains until `options.steps` or until `stop` is set (then it checkpoints
/// first), printing progress to stderr. Returns the step it stopped at.
pub fn run(options: &RunOptions, client: &Client, stop: &AtomicBool) -> Result<u64> {
    let cfg = &options.config;
    let out = &options.out;
    let corpus = load_corpus(&options.data)?;
    let dev: Vec<Utterance> = match &options.dev {
        // Spread over the set: a manifest sorted by speaker or section
        // would otherwise give a dev slice of one or two voices.
        Some((spec, limit)) => evenly_spaced(load_set(spec)?.1, *limit),
        None => Vec::new(),
    };
    std::fs::create_dir_all(out).map_err(|e| io_error(out, e))?;
    eprintln!("hark train: {} ({} utterances of training data, {} dev)", cfg.name, corpus.len(), dev.len());

    let tokenizer_path = out.join(TOKENIZER_FILE);
    let tokenizer = Arc::new(tokenizer(options, &corpus, &tokenizer_path)?);
    tokenizer.check_classes(cfg.decoder.vocab_size as usize)?;

    let mel = MelConfig { mel_bins: cfg.frontend.mel_bins as usize, ..MelConfig::default() };
    let ckpt = Checkpoint::of_run(out);
    let (weights, optimizer, saved_cursor) = if options.resume {
        if !ckpt.exists() {
            return Err(Error::Run(format!("resume: no checkpoint in {}", ckpt.dir().display())));
        }
        let saved = ckpt.load()?;
        (saved.weights, saved.optimizer, saved.cursor)
    } else {
        (initial_weights(options, &corpus, mel)?, Weights::default(), None)
    };

    // Compiled programs are kept next to the checkpoint: a resumed run
    // loads its training steps instead of compiling them again.
    let cache = CompileCache::new(out.join("compiled"));
    let models = options
        .devices
        .iter()
        .map(|&d| {
            let mut model = DeviceModel::for_training(client, d, cfg.clone(), &weights)?;
            model.set_compile_cache(cache.clone());
            Ok(model)
        })
        .collect::<Result<Vec<_>>>()?;
    let replicas: Vec<&DeviceModel> = models.iter().collect();
    if replicas.len() > 1 {
        eprintln!("hark train: data parallel on {} devices {:?}", replicas.len(), options.devices);
    }
    let mut trainer = Trainer::resume_replicated(&replicas, options.optimizer.clone(), &weights, &optimizer)?;
    let start_step = trainer.steps()?;
    if let Some(a) = options.augment.as_ref().and_then(|a| a.acoustics.as_ref()) {
        eprintln!("hark train: acoustics {a:?}");
    }
    let batching = Batching {
        frame_buckets: options.frame_buckets.clone(),
        frame_budget: options.frame_budget,
        batch_multiple: replicas.len(),
        ..Batching::default()
    };
    let loading = Loading {
        mel,
        stack: cfg.frontend.stack as usize,
        augment: options.augment.clone(),
        seed: options.seed,
        threads: options.threads,
    };
    // A resumed run goes on with the saved run's data order; checkpoints of
    // older versions, which did not save it, start a new epoch instead.
    let cursor = if options.resume {
        saved_cursor.unwrap_or(Cursor { epoch: start_step, position: 0 })
    } else {
        Cursor::default()
    };
    let mut loader = Loader::start(corpus, tokenizer.clone(), &loading, cursor, batching);

    let log_path = out.join("train.log.jsonl");
    let mut log =
        std::fs::OpenOptions::new().create(true).append(true).open(&log_path).map_err(|e| io_error(&log_path, e))?;
    let save = |trainer: &Trainer, step: u64, cursor: Cursor| -> Result<()> {
        let (w, o) = trainer.checkpoint(&weights)?;
        ckpt.save(&w, &o, cursor)?;
        save_model_dir(&out.join("model"), cfg, &w, &tokenizer)?;
        eprintln!("hark train: step {step}: checkpoint saved");
        Ok(())
    };
    let evaluate = |trainer: &Trainer| -> Result<SetScore> {
        let mut model = DeviceModel::new(client, cfg.clone(), &trainer.weights(&weights)?)?;
        model.set_compile_cache(cache.clone());
        let transcriber = Transcriber::new(&model, Tokenizer::load(&tokenizer_path)?, Options::default(), None)?;
        let refs: Vec<Reference> =
            dev.iter().map(|u| Reference { audio: u.audio.clone(), text: u.text.clone() }).collect();
        Ok(score_set(&transcriber, None, &refs)?)
    };

    let started = Instant::now();
    let mut audio_seconds = 0.0;
    let mut step = start_step;
    // Where the time goes since the last log line: waiting for data,
    // compiling new shapes, running steps.
    let (mut data_s, mut compile_s, mut run_s, mut window_audio_s) = (0.0, 0.0, 0.0, 0.0);
    while step < options.steps && !stop.load(Ordering::SeqCst) {
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
            return Err(Error::Run(format!(
                "step {step}: the loss is not finite ({report:?}); lower the learning rate or check the data"
            )));
        }
        if step % options.log_every == 0 {
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
            writeln!(log, "{line}").map_err(|e| io_error(&log_path, e))?;
            eprintln!(
                "step {step}: loss {:.3} ({per_label:.3} per label; first pass {:.3}) lr {:.2e} |g| {:.2} \
                 {:.1} s of audio/s (last {} steps: {window_audio_s:.0} s of audio; data {data_s:.1} s, \
                 compile {compile_s:.1} s, run {run_s:.1} s)",
                report.loss, report.first_pass_loss, report.lr, report.grad_norm, rate, options.log_every
            );
            (data_s, compile_s, run_s, window_audio_s) = (0.0, 0.0, 0.0, 0.0);
        }
        if step % options.checkpoint_every == 0 {
            save(&trainer, step, loader.cursor())?;
        }
        if !dev.is_empty() && step % options.eval_every == 0 {
            let score = evaluate(&trainer)?;
            log_dev(Some((&mut log, &log_path)), step, &score)?;
        }
    }
    if stop.load(Ordering::SeqCst) {
        eprintln!("hark train: interrupted at step {step}");
    }
    if step % options.checkpoint_every != 0 {
        save(&trainer, step, loader.cursor())?;
    }
    if !dev.is_empty() && step % options.eval_every != 0 {
        // Printed only: the log's evaluations stay at multiples of eval_every.
        log_dev(None, step, &evaluate(&trainer)?)?;
    }
    eprintln!("hark train: model written to {}", out.join("model").display());
    Ok(step)
}

/// The run's tokenizer, written to `path` at its first start: a continued
/// model's own (a tokenizer trained anew on other text could number its
/// classes differently), else one trained on the transcripts.
fn tokenizer(options: &RunOptions, corpus: &[Utterance], path: &Path) -> Result<Tokenizer> {
    if !path.exists() {
        match &options.model_dir {
            Some(dir) => {
                let from = dir.join(TOKENIZER_FILE);
                std::fs::copy(&from, path)
                    .map_err(|e| Error::Run(format!("copying {} to {}: {e}", from.display(), path.display())))?;
            }
            None => {
                let tokens = options.config.decoder.vocab_size as usize - 1;
                eprintln!("hark train: training a {tokens}-token tokenizer on the transcripts");
                Tokenizer::train(corpus.iter().map(|u| u.text.as_str()), tokens)?.save(path)?;
            }
        }
    }
    Ok(Tokenizer::load(path)?)
}

/// The weights a new run starts from. A trained model (or a warm start's
/// donor) brings the feature normalization its encoder learned with; a
/// fresh one gets the corpus's.
fn initial_weights(options: &RunOptions, corpus: &[Utterance], mel: MelConfig) -> Result<Weights> {
    let cfg = &options.config;
    let (mut w, has_norm) = match (&options.model_dir, &options.init_from) {
        (Some(dir), _) => (Weights::load(&dir.join(WEIGHTS_FILE))?, true),
        (None, Some(dir)) => {
            let specs = weight_specs(cfg)?;
            let path = dir.join(WEIGHTS_FILE);
            let donor = Weights::load(&path).map_err(|e| Error::Run(format!("init from {}: {e}", path.display())))?;
            let (w, copied) = Weights::warm_start(&specs, options.seed, &donor);
            if copied.is_empty() {
                return Err(Error::Run(format!(
                    "init from {}: no weight has a name and shape this model shares",
                    dir.display()
                )));
            }
            eprintln!("hark train: {} of {} weights copied from {}", copied.len(), specs.len(), dir.display());
            (w, copied.iter().any(|n| n == "frontend.norm.mean"))
        }
        (None, None) => (Weights::random(&weight_specs(cfg)?, options.seed), false),
    };
    if !has_norm {
        let (mean, inv_std) = feature_stats(corpus, mel, 500)?;
        let n = mean.len() as i64;
        w.tensors.insert("frontend.norm.mean".into(), HostTensor::new(vec![n], mean));
        w.tensors.insert("frontend.norm.inv_std".into(), HostTensor::new(vec![n], inv_std));
    }
    Ok(w)
}

/// Prints a dev evaluation at `step`, and logs it if a log is given.
fn log_dev(log: Option<(&mut File, &Path)>, step: u64, dev: &SetScore) -> Result<()> {
    let (first, last) = (&dev.raw.first, &dev.raw.last);
    eprintln!(
        "step {step}: dev WER {:.2}% first pass, {:.2}% final (CER {:.2}%, {:.2}%)",
        100.0 * first.wer(),
        100.0 * last.wer(),
        100.0 * first.cer(),
        100.0 * last.cer()
    );
    if let Some((log, path)) = log {
        let line = serde_json::json!({"step": step, "dev_wer_first_pass": first.wer(), "dev_wer": last.wer(),
            "dev_cer_first_pass": first.cer(), "dev_cer": last.cer()});
        writeln!(log, "{line}").map_err(|e| io_error(path, e))?;
    }
    Ok(())
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::Run(format!("{}: {e}", path.display()))
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

#[cfg(test)]
mod tests {
    use super::evenly_spaced;

    #[test]
    fn evenly_spaced_picks_across_the_whole_set() {
        assert_eq!(evenly_spaced((0..10).collect(), 3), vec![0, 3, 6]);
        assert_eq!(evenly_spaced((0..4).collect(), 10), vec![0, 1, 2, 3]);
        assert_eq!(evenly_spaced((0..4).collect(), 0), vec![0, 1, 2, 3]);
    }
}
