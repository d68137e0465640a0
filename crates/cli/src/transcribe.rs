//! `hark transcribe`: the main job.

use std::path::PathBuf;
use std::sync::Mutex;

use anyhow::{Result, bail};
use clap::Args;
use hark_pjrt::Client;
use hark_transcribe::output::{LOG_NAME, canonical};
use hark_transcribe::{Format, Outcome, Sink, shard};
use indicatif::{ProgressBar, ProgressStyle};

#[derive(Args, Debug)]
pub struct TranscribeArgs {
    /// Audio files, directories (recursive), manifests (.txt: one path per
    /// line; .jsonl: {"audio": path}), or `-` for a list on stdin.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Output formats, comma-separated: txt, jsonl, srt, vtt. To stdout only
    /// the first is written.
    #[arg(long, value_delimiter = ',', default_value = "txt")]
    pub format: Vec<Format>,
    /// Write one file per input and format here, plus transcripts.jsonl; an
    /// interrupted run resumes, skipping files already done.
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
    /// Streams decoded together.
    #[arg(long, default_value_t = 8, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_BATCH))]
    pub batch: i64,
    /// Encoder frames per streaming step (40 ms each).
    #[arg(long, default_value_t = 8, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_CHUNK))]
    pub chunk: i64,
    /// Files decoded ahead on their own threads (overlapping decoding and
    /// feature extraction with the model); 0 decodes on the main thread.
    #[arg(long, default_value_t = 8, value_parser = crate::limits::threads)]
    pub threads: usize,
    #[command(flatten)]
    pub decoding: crate::decoding::DecodingArgs,
    /// Devices to run on: `all` (every device of the plugin; on the CPU
    /// plugin those `--cpu-devices` asks for, else one, as its default four
    /// share the same cores), a count (the first N) or ordinals (`0,2`);
    /// each runs its own step program and slots, fed from one queue of files.
    #[arg(long, default_value = "all", value_parser = crate::devices::Devices::parse)]
    pub devices: crate::devices::Devices,
    /// This host's part of a job spread over many (`INDEX/COUNT`, from 0):
    /// the inputs whose path hashes to it, written under `-o DIR` in
    /// `DIR/shard-INDEX-of-COUNT/`; `hark merge-outputs` joins the shards.
    /// Default: from the launcher's environment (RANK/WORLD_SIZE, SLURM
    /// arrays, Kubernetes indexed Jobs with HARK_SHARD_COUNT, TPU VM
    /// workers, HARK_SHARD), else the whole list.
    #[arg(long, value_name = "INDEX/COUNT", value_parser = shard::Shard::parse)]
    pub shard: Option<shard::Shard>,
    /// No progress bar or summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `files` with each input kept once, at its first mention, each with its
/// canonical path.
fn distinct(files: Vec<PathBuf>, quiet: bool) -> Vec<(PathBuf, PathBuf)> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        let identity = canonical(&f);
        if seen.insert(identity.clone()) {
            out.push((f, identity));
        } else if !quiet {
            eprintln!("hark: {} is already in the inputs: transcribed once", f.display());
        }
    }
    out
}

/// Exit status when some inputs failed and the rest were transcribed.
pub const SOME_FAILED: u8 = 2;

/// `all_devices`: how many devices `--devices all` means (see
/// `RuntimeArgs::all_devices`).
pub fn run(args: &TranscribeArgs, client: &Client, all_devices: usize) -> Result<u8> {
    let md = crate::decoding::model_dir(args.decoding.model.as_deref())?;
    let mut stdin = std::io::stdin().lock();
    let inputs = hark_transcribe::inputs::collect(&args.inputs, &mut stdin)?;
    for skipped in &inputs.skipped {
        if !args.quiet {
            eprintln!("hark: skipping {} (not an audio file extension)", skipped.display());
        }
    }
    let mut files = distinct(inputs.files, args.quiet);
    let shard = match args.shard {
        Some(shard) => Some((shard, "--shard")),
        None => shard::from_environment(|k| std::env::var(k).ok()).map_err(anyhow::Error::msg)?,
    };
    let mut output_dir = args.output_dir.clone();
    if let Some((shard, source)) = shard {
        let all = files.len();
        let mine: Vec<(usize, (PathBuf, PathBuf))> =
            files.into_iter().enumerate().filter(|(_, (f, _))| shard.owns(f)).collect();
        if let Some(out) = &output_dir {
            let dir = shard.dir(out);
            let listed: Vec<(usize, PathBuf)> = mine.iter().map(|(i, (f, _))| (*i, f.clone())).collect();
            shard::write_inputs(&dir, &listed)?;
            output_dir = Some(dir);
        }
        if !args.quiet {
            let into = output_dir.as_ref().map(|d| format!(", into {}", d.display())).unwrap_or_default();
            eprintln!("hark: shard {shard} (from {source}): {} of {all} inputs{into}", mine.len());
        }
        files = mine.into_iter().map(|(_, f)| f).collect();
    }
    let mut sink = match &output_dir {
        Some(out) => {
            let (sink, resumed) = Sink::directory(out, args.format.clone())?;
            if resumed.torn_bytes > 0 {
                eprintln!(
                    "hark: {}: the last record was torn (a killed run); its {} bytes are in {LOG_NAME}.torn and its file is transcribed again",
                    out.join(LOG_NAME).display(),
                    resumed.torn_bytes
                );
            }
            // Compared by what they are, not how they were written
            // (`./x.wav` is `x.wav`).
            let before = files.len();
            files.retain(|(_, identity)| !resumed.finished.contains(identity));
            if before != files.len() && !args.quiet {
                eprintln!(
                    "hark: resuming: {} of {before} files already transcribed in {}",
                    before - files.len(),
                    out.display()
                );
            }
            if resumed.outputs_filled > 0 && !args.quiet {
                eprintln!("hark: wrote {} outputs in the new formats for files done before", resumed.outputs_filled);
            }
            sink
        }
        None => Sink::stdout(args.format[0]),
    };
    if files.is_empty() {
        if !args.quiet {
            eprintln!("hark: nothing to transcribe");
        }
        return Ok(0);
    }
    let total = files.len() as u64;
    let mut failures = Vec::new();
    // A wrong path is reported now, not after seconds of compiling.
    files.retain(|(file, _)| match hark_transcribe::inputs::check_readable(file) {
        Ok(()) => true,
        Err(error) => {
            failures.push(Outcome::Failed { file: file.display().to_string(), error: error.to_string() });
            false
        }
    });
    for outcome in &failures {
        report_failure(outcome, &ProgressBar::hidden());
        sink.write(outcome)?;
    }
    if files.is_empty() {
        return finish(args, total, failures.len() as u64, &Default::default());
    }

    let devices = args.devices.resolve(client.device_count(), all_devices)?;
    let opts = args.decoding.options(args.batch, args.chunk, args.threads);
    let mut opened: Vec<crate::decoding::Opened> =
        devices.iter().map(|&d| args.decoding.open(client, &md, d)).collect::<Result<_>>()?;
    if devices.len() > 1 && !args.quiet {
        eprintln!("hark: {} devices ({:?}), {} streams each", devices.len(), devices, args.batch);
    }
    let bar = if args.quiet { ProgressBar::hidden() } else { ProgressBar::new(files.len() as u64) };
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} files {msg} [{elapsed}]").expect("valid template"),
    );
    // One queue of files for every device; one sink, one progress.
    let queue = Mutex::new(files.into_iter().map(|(f, _)| f).collect::<std::collections::VecDeque<_>>());
    let shared = Mutex::new((sink, failures));
    let progress = Mutex::new(vec![hark_transcribe::Progress::default(); devices.len()]);
    let run_on = |i: usize, opened: &mut crate::decoding::Opened| -> Result<hark_transcribe::Progress> {
        let transcriber = opened.transcriber(opts.clone())?;
        let files = std::iter::from_fn(|| queue.lock().expect("queue").pop_front());
        Ok(transcriber.run(
            files,
            &mut |outcome| {
                let mut guard = shared.lock().expect("sink");
                let (sink, failures) = &mut *guard;
                if let Outcome::Failed { .. } = &outcome {
                    report_failure(&outcome, &bar);
                    failures.push(outcome.clone());
                }
                sink.write(&outcome)
            },
            &mut |p| {
                let mut all = progress.lock().expect("progress");
                all[i] = p;
                let sum = total_of(&all);
                bar.set_position((sum.files_done + sum.files_failed) as u64);
                let rtf = if sum.audio_seconds > 0.0 { sum.wall_seconds / sum.audio_seconds } else { 0.0 };
                bar.set_message(format!("{:.2} h audio, RTF {rtf:.3}", sum.audio_seconds / 3600.0));
            },
        )?)
    };
    let reports: Vec<Result<hark_transcribe::Progress>> = if opened.len() == 1 {
        vec![run_on(0, &mut opened[0])]
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> =
                opened.iter_mut().enumerate().map(|(i, o)| scope.spawn(move || run_on(i, o))).collect();
            handles.into_iter().map(|h| h.join().expect("a device thread panicked")).collect()
        })
    };
    bar.finish_and_clear();
    let reports = reports.into_iter().collect::<Result<Vec<_>>>()?;
    let (_, failures) = shared.into_inner().expect("sink");
    finish(args, total, failures.len() as u64, &total_of(&reports))
}

/// The devices' reports as one: counts and audio added, the wall time the
/// longest.
fn total_of(reports: &[hark_transcribe::Progress]) -> hark_transcribe::Progress {
    let mut t = hark_transcribe::Progress::default();
    for r in reports {
        t.files_done += r.files_done;
        t.files_failed += r.files_failed;
        t.audio_seconds += r.audio_seconds;
        t.wall_seconds = t.wall_seconds.max(r.wall_seconds);
        t.gated_flops_executed += r.gated_flops_executed;
        t.gated_flops_all_kept += r.gated_flops_all_kept;
    }
    t
}

/// Prints one failed input's reason.
fn report_failure(outcome: &Outcome, bar: &ProgressBar) {
    if let Outcome::Failed { file, error } = outcome {
        // Audio errors already name the file.
        let line =
            if error.contains(file.as_str()) { format!("hark: {error}") } else { format!("hark: {file}: {error}") };
        bar.suspend(|| eprintln!("{line}"));
    }
}

/// The summary line and the exit status, for `total` inputs of which
/// `failed` failed (those before compiling included).
fn finish(args: &TranscribeArgs, total: u64, failed: u64, report: &hark_transcribe::Progress) -> Result<u8> {
    let done = report.files_done;
    if !args.quiet {
        // Below a second of audio the start-up dominates and the ratio
        // says nothing (a one-sample file gave 3100).
        let rtf = match report.audio_seconds {
            a if a >= 1.0 => format!("real-time factor {:.4}", report.wall_seconds / a),
            _ => "too little audio for a real-time factor".to_string(),
        };
        eprintln!(
            "hark: {done} transcribed, {failed} failed; {:.1} s of audio in {:.1} s ({rtf})",
            report.audio_seconds, report.wall_seconds
        );
    }
    if total > 0 && failed == total {
        bail!("every input failed");
    }
    Ok(if failed == 0 { 0 } else { SOME_FAILED })
}

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Shard directories of one job (`shard-IIIII-of-NNNNN`), or the job's
    /// `-o` directory holding them.
    #[arg(required = true)]
    pub shards: Vec<PathBuf>,
    /// Where the combined outputs and log go.
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output_dir: PathBuf,
    /// Output formats, comma-separated: txt, jsonl, srt, vtt.
    #[arg(long, value_delimiter = ',', default_value = "txt")]
    pub format: Vec<Format>,
}

/// `hark merge-outputs`: every input of every shard done exactly once,
/// then one set of outputs.
pub fn merge(args: &MergeArgs) -> Result<u8> {
    let mut dirs = Vec::new();
    for given in &args.shards {
        let name = given.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.starts_with("shard-") {
            dirs.push(given.clone());
            continue;
        }
        let entries = std::fs::read_dir(given).map_err(|e| anyhow::anyhow!("{}: {e}", given.display()))?;
        let mut inner: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir() && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("shard-")))
            .collect();
        if inner.is_empty() {
            bail!("{}: no shard directories in it (made by `hark transcribe --shard I/N -o DIR`)", given.display());
        }
        inner.sort();
        dirs.extend(inner);
    }
    let merged = shard::merge(&dirs, &args.output_dir, args.format.clone())?;
    eprintln!(
        "hark: merged {} shards into {}: {} transcribed, {} failed",
        merged.shards,
        args.output_dir.display(),
        merged.done,
        merged.failed.len()
    );
    Ok(if merged.failed.is_empty() { 0 } else { SOME_FAILED })
}
