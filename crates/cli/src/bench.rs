//! `hark bench`: measurements, printed as a table or JSON. Comparisons are
//! ratios taken in one run, interleaved, so machine noise hits both sides.

use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Subcommand;
use hark_model::ProgramKind;
use hark_pjrt::{Arg, Buffer, Client, Executable, Program};

#[derive(Subcommand, Clone, Debug)]
pub enum BenchCommand {
    /// Training-step throughput of a preset (seeded random weights and data):
    /// audio seconds per second and achieved FLOP/s against the plugin's
    /// matmul peak, measured in the same run.
    Train {
        #[arg(long, default_value = "practical-cascade")]
        preset: String,
        /// Utterances per batch.
        #[arg(long, default_value_t = 8)]
        batch: i64,
        /// Encoder frames per utterance (40 ms each).
        #[arg(long, default_value_t = 100)]
        frames: i64,
        /// Labels per utterance.
        #[arg(long, default_value_t = 32)]
        labels: i64,
        /// Timed steps (after two warm-up steps).
        #[arg(long, default_value_t = 5)]
        steps: usize,
        /// Also train a bf16 copy (bf16 matmuls, f32 master weights) from
        /// the same weights on the same batch, its steps interleaved with
        /// the f32 ones: the speed ratio and both losses.
        #[arg(long)]
        compare_bf16: bool,
        /// Also train data parallel on each of these device counts (e.g.
        /// `1,2`; with `--cpu-devices` on the CPU plugin), the same global
        /// batch split between the devices, steps interleaved: step time
        /// against device count.
        #[arg(long, value_delimiter = ',', value_name = "COUNTS")]
        devices: Vec<usize>,
    },
    /// Streaming-step latency of presets, side by side (interleaved), with
    /// seeded random weights: compile time, median and p90 step time,
    /// real-time factor, FLOPs per audio second, state bytes, and achieved
    /// FLOP/s against a matmul peak measured in the same run. Every
    /// combination of --batch and --chunk is its own interleaved round.
    Step {
        /// Presets to compare, with seeded random weights (repeat the flag);
        /// ratios are to the first contender.
        #[arg(long = "preset", required_unless_present = "models")]
        presets: Vec<String>,
        /// Model directories to compare (config.json + model.safetensors,
        /// e.g. a trained model), after the presets.
        #[arg(long = "model", value_name = "DIR")]
        models: Vec<std::path::PathBuf>,
        /// Streams per step (comma-separated to sweep).
        #[arg(long, value_delimiter = ',', default_value = "8")]
        batch: Vec<i64>,
        /// Encoder frames per step, 40 ms each (comma-separated to sweep).
        #[arg(long, value_delimiter = ',', default_value = "8")]
        chunk: Vec<i64>,
        /// Timed steps per preset (after warm-up).
        #[arg(long, default_value_t = 50)]
        steps: usize,
        /// Arbitrator thresholds for gated presets: each is measured as its
        /// own row (default: the config's threshold).
        #[arg(long, value_delimiter = ',')]
        thresholds: Vec<f32>,
        /// Time the encoder alone (the `encoder_step` program, no greedy
        /// decoding): the latency the Practical Conformer paper compares.
        #[arg(long)]
        encoder_only: bool,
        /// Print one JSON object per measured configuration instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Training data pipeline throughput (decode, augment, log-mel), one
    /// thread: compare with `bench train` to see whether training is data-bound.
    Data {
        /// A JSONL manifest or LibriSpeech-style directory.
        #[arg(long, value_name = "PATH")]
        data: std::path::PathBuf,
        /// The tokenizer.json the transcripts are encoded with.
        #[arg(long, value_name = "FILE")]
        tokenizer: std::path::PathBuf,
        /// Utterances to featurize (the first N of the manifest).
        #[arg(long, default_value_t = 200)]
        utterances: usize,
        /// Also time the augmentation of this file (as `hark train --augment`).
        #[arg(long, value_name = "FILE")]
        augment: Option<std::path::PathBuf>,
        /// Recorded noise for --augment (as `hark train --noise`).
        #[arg(long, value_name = "PATH", requires = "augment")]
        noise: Vec<std::path::PathBuf>,
        /// Print one JSON object per pipeline instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Live streams fed at real time from one audio file, sharing one step
    /// program: latency from the arrival of audio to the partial result that
    /// includes it (median, p90), and the load (wall time over audio time;
    /// above 1 the machine falls behind). Every streams x chunk pair is a run.
    Stream {
        /// The audio every stream plays (looped to --seconds).
        #[arg(long, value_name = "FILE")]
        audio: std::path::PathBuf,
        /// Model directory (default: as `hark transcribe` finds it).
        #[arg(long, value_name = "DIR")]
        model: Option<std::path::PathBuf>,
        /// Concurrent streams (comma-separated to sweep).
        #[arg(long, value_delimiter = ',', default_value = "1")]
        streams: Vec<usize>,
        /// Encoder frames per step, 40 ms each (comma-separated to sweep).
        #[arg(long, value_delimiter = ',', default_value = "8")]
        chunk: Vec<i64>,
        /// Seconds of audio per stream.
        #[arg(long, default_value_t = 20.0)]
        seconds: f64,
        /// Print one JSON object per configuration instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Runtime overheads: a tiny call, 1 MB host<->device copies, and a state
    /// update with and without donation.
    Runtime {
        /// Timed repetitions of each measurement (after warm-up).
        #[arg(long, default_value_t = 2000)]
        iters: usize,
        /// Print one JSON object per measurement instead of a table.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(what: BenchCommand, client: &Client) -> Result<()> {
    match what {
        BenchCommand::Runtime { iters, json } => runtime(client, iters, json),
        BenchCommand::Stream { audio, model, streams, chunk, seconds, json } => {
            crate::bench_stream::run(client, model.as_deref(), &audio, &streams, &chunk, seconds, json)
        }
        BenchCommand::Data { data, tokenizer, utterances, augment, noise, json } => {
            crate::bench_data::run(&data, &tokenizer, utterances, augment.as_deref(), &noise, json)
        }
        BenchCommand::Train { preset, batch, frames, labels, steps, compare_bf16, devices } => {
            let shape = hark_train::step::TrainShape { batch, frames, labels };
            crate::bench_train::run(client, &preset, shape, steps, compare_bf16, &devices)
        }
        BenchCommand::Step { presets, models, batch, chunk, steps, thresholds, encoder_only, json } => {
            let kind = if encoder_only { ProgramKind::EncoderStep } else { ProgramKind::Step };
            crate::bench_step::run(client, &presets, &models, &batch, &chunk, steps, &thresholds, kind, json)
        }
    }
}

/// Median, 90th percentile and mean of a set of timings.
#[derive(Clone, Copy, Debug)]
pub struct Stats {
    pub median: Duration,
    pub p90: Duration,
    pub mean: Duration,
}

impl Stats {
    pub fn of(mut samples: Vec<Duration>) -> Stats {
        samples.sort();
        let n = samples.len();
        let mean = samples.iter().sum::<Duration>() / n as u32;
        Stats { median: samples[n / 2], p90: samples[(n * 9) / 10], mean }
    }
}

const MB_F32: usize = (1 << 20) / 4;

fn state_step_program(donate: bool) -> Result<Program> {
    let alias = if donate { " {tf.aliasing_output = 0 : i32}" } else { "" };
    let text = format!(
        "module @state_step {{
  func.func public @main(%state: tensor<{MB_F32}xf32>{alias}, %x: tensor<{MB_F32}xf32>) -> tensor<{MB_F32}xf32> {{
    %0 = stablehlo.add %state, %x : tensor<{MB_F32}xf32>
    return %0 : tensor<{MB_F32}xf32>
  }}
}}"
    );
    Ok(Program::from_mlir(if donate { "state_step_donated" } else { "state_step_copied" }, text)?)
}

const TINY: &str = "module @tiny {
  func.func public @main(%x: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.add %x, %x : tensor<f32>
    return %0 : tensor<f32>
  }
}";

/// Runs `step` on the state `iters` times (after `iters / 10` warm-up steps)
/// and returns the per-step timings.
fn time_steps(
    iters: usize,
    mut state: Buffer,
    mut step: impl FnMut(Buffer) -> Result<Buffer>,
) -> Result<Vec<Duration>> {
    for _ in 0..iters / 10 + 1 {
        state = step(state)?;
    }
    let mut samples = Vec::with_capacity(iters);
    for _ in 0..iters {
        let t = Instant::now();
        state = step(state)?;
        samples.push(t.elapsed());
    }
    Ok(samples)
}

fn runtime(client: &Client, iters: usize, json: bool) -> Result<()> {
    let iters = iters.max(10);
    let mut rows: Vec<(&str, Stats)> = Vec::new();

    let tiny = client.compile(&Program::from_mlir("tiny", TINY)?)?;
    let one = client.scalar(1.0f32)?;
    let tiny_samples =
        time_steps(iters, client.scalar(0.0f32)?, |_| Ok(tiny.execute([Arg::Borrowed(&one)])?.remove(0)))?;
    rows.push(("tiny call (scalar add, execute + wait)", Stats::of(tiny_samples)));

    let host: Vec<f32> = (0..MB_F32).map(|i| i as f32).collect();
    let mut h2d = Vec::with_capacity(iters);
    let mut d2h = Vec::with_capacity(iters);
    let mut d2h_reused = Vec::with_capacity(iters);
    let mut reused = vec![0.0f32; MB_F32];
    for i in 0..iters + iters / 10 {
        let t = Instant::now();
        let b = client.buffer(&host, &[MB_F32 as i64])?;
        b.ready_event()?.wait()?;
        let up = t.elapsed();
        let t = Instant::now();
        let back: Vec<f32> = b.to_host()?;
        let down = t.elapsed();
        let t = Instant::now();
        b.copy_to_host(&mut reused)?;
        let down_reused = t.elapsed();
        anyhow::ensure!(back == host && reused == host, "1 MB round trip changed the data");
        if i >= iters / 10 {
            h2d.push(up);
            d2h.push(down);
            d2h_reused.push(down_reused);
        }
    }
    rows.push(("host -> device, 1 MB", Stats::of(h2d)));
    rows.push(("device -> host, 1 MB, into a new Vec", Stats::of(d2h)));
    rows.push(("device -> host, 1 MB, into a reused array", Stats::of(d2h_reused)));

    // Donated and copied state steps, interleaved in rounds so that load on
    // the machine affects both alike.
    let donated = client.compile(&state_step_program(true)?)?;
    let copied = client.compile(&state_step_program(false)?)?;
    let x = client.buffer(&vec![1.0f32; MB_F32], &[MB_F32 as i64])?;
    let zeros = vec![0.0f32; MB_F32];
    let (mut don, mut cop) = (Vec::new(), Vec::new());
    let rounds = 10;
    for _ in 0..rounds {
        let per_round = iters / rounds;
        let step_donated = |s: Buffer| run_one(&donated, [Arg::Donated(s), Arg::Borrowed(&x)]);
        don.extend(time_steps(per_round, client.buffer(&zeros, &[MB_F32 as i64])?, step_donated)?);
        let step_copied = |s: Buffer| run_one(&copied, [Arg::Borrowed(&s), Arg::Borrowed(&x)]);
        cop.extend(time_steps(per_round, client.buffer(&zeros, &[MB_F32 as i64])?, step_copied)?);
    }
    let (don, cop) = (Stats::of(don), Stats::of(cop));
    rows.push(("state += x, 1 MB, donated (in place)", don));
    rows.push(("state += x, 1 MB, not donated", cop));

    let platform = client.platform_name()?;
    if json {
        for (name, s) in &rows {
            println!(
                "{{\"bench\":\"runtime\",\"platform\":\"{platform}\",\"measure\":\"{name}\",\"iters\":{iters},\"median_us\":{:.2},\"p90_us\":{:.2},\"mean_us\":{:.2}}}",
                us(s.median),
                us(s.p90),
                us(s.mean)
            );
        }
    } else {
        println!("platform {platform}, {iters} timed iterations each\n");
        println!("| measure | median (µs) | p90 (µs) | mean (µs) |");
        println!("|---|---:|---:|---:|");
        for (name, s) in &rows {
            println!("| {name} | {:.1} | {:.1} | {:.1} |", us(s.median), us(s.p90), us(s.mean));
        }
        println!(
            "\nnot donated / donated, median step time: {:.2}x",
            cop.median.as_secs_f64() / don.median.as_secs_f64()
        );
    }
    Ok(())
}

fn run_one<'a>(exe: &Executable, args: impl IntoIterator<Item = Arg<'a>>) -> Result<Buffer> {
    Ok(exe.execute(args)?.remove(0))
}

fn us(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
