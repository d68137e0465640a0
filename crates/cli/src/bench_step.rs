//! `hark bench step`: streaming-step latency of presets side by side.

use std::time::{Duration, Instant};

use anyhow::Result;
use hark_engine::{DeviceModel, StreamState};
use hark_model::describe::{DescribeShape, describe};
use hark_model::programs::GatedCost;
use hark_model::{Gating, ProgramKind, ProgramShape, Weights, build, weight_specs};
use hark_pjrt::{Buffer, Client};

use crate::bench::Stats;

struct Contender<'p, 'm> {
    name: String,
    model: &'m DeviceModel,
    program: &'p hark_engine::Program<'m>,
    state: Option<StreamState>,
    threshold: Option<Buffer>,
    compile: Duration,
    /// Static FLOPs of the program (every frame kept, for gated ones).
    flops: f64,
    samples: Vec<Duration>,
    kept: Vec<i32>,
}

#[allow(clippy::too_many_arguments)]
pub fn run(
    client: &Client,
    presets: &[String],
    model_dirs: &[std::path::PathBuf],
    batches: &[i64],
    chunks: &[i64],
    steps: usize,
    thresholds: &[f32],
    kind: ProgramKind,
    json: bool,
) -> Result<()> {
    let mut names = presets.to_vec();
    let mut models: Vec<DeviceModel> = presets
        .iter()
        .map(|name| {
            let cfg = hark_model::preset(name)?;
            let weights = Weights::random(&weight_specs(&cfg)?, 0);
            Ok(DeviceModel::new(client, cfg, &weights)?)
        })
        .collect::<Result<_>>()?;
    for dir in model_dirs {
        let loaded = hark_transcribe::load_model_dir(dir)?;
        names.push(format!("{} ({})", loaded.config.name, dir.display()));
        models.push(DeviceModel::new(client, loaded.config, &loaded.weights)?);
    }
    let presets = &names[..];
    let peak = crate::bench_train::matmul_peak(client)?;
    if !json {
        println!(
            "step programs, {steps} timed steps each, platform {}, matmul peak {:.1} GFLOP/s (measured in this run)\n",
            client.platform_name()?,
            peak / 1e9
        );
        println!(
            "| preset | batch | chunk (ms) | params (M) | state KB/stream | GFLOP/audio s | compile (s) | median (ms) | p90 (ms) | RTF | GFLOP/s | of peak | latency vs {} |",
            presets[0]
        );
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }
    for &batch in batches {
        for &chunk in chunks {
            measure(client, presets, &models, batch, chunk, steps, thresholds, kind, peak, json)?;
        }
    }
    Ok(())
}

/// One interleaved round of every preset at one batch and chunk size.
#[allow(clippy::too_many_arguments)]
fn measure(
    client: &Client,
    presets: &[String],
    models: &[DeviceModel],
    batch: i64,
    chunk: i64,
    steps: usize,
    thresholds: &[f32],
    kind: ProgramKind,
    peak: f64,
    json: bool,
) -> Result<()> {
    let shape = ProgramShape { batch, frames: chunk };
    let mut programs = Vec::new();
    for model in models {
        let t = Instant::now();
        let built = build(&model.config, kind, shape, Gating::Dynamic)?;
        let flops = hark_graph::analyze(&built.func).flops as f64;
        let program = model.compile(built)?;
        programs.push((program, t.elapsed(), flops));
    }
    let mut contenders = Vec::new();
    for ((name, model), (program, compile, flops)) in presets.iter().zip(models).zip(&programs) {
        let rows: Vec<(String, Option<Buffer>)> = match &model.config.arbitrator {
            Some(a) if thresholds.is_empty() => vec![(name.clone(), Some(client.scalar(a.default_threshold as f32)?))],
            Some(_) => thresholds
                .iter()
                .map(|&th| Ok((format!("{name} @ {th}"), Some(client.scalar(th)?))))
                .collect::<Result<_>>()?,
            None => vec![(name.clone(), None)],
        };
        for (label, threshold) in rows {
            let state = Some(program.zero_state()?);
            contenders.push(Contender {
                name: label,
                model,
                program,
                state,
                threshold,
                compile: *compile,
                flops: *flops,
                samples: Vec::new(),
                kept: Vec::new(),
            });
        }
    }

    let fe = &models[0].config.frontend;
    let feats: Vec<f32> = (0..(batch * fe.stack * chunk * fe.mel_bins) as usize)
        .map(|i| ((i * 7919) % 1000) as f32 / 500.0 - 1.0)
        .collect();
    let features = client.buffer(&feats, &[batch, fe.stack * chunk, fe.mel_bins])?;
    let reset = client.buffer(&vec![false; batch as usize], &[batch])?;
    let valid = client.buffer(&vec![chunk as i32; batch as usize], &[batch])?;
    // The step's result a caller reads back: its tokens, or the frames of an
    // encoder-only step.
    let mut tokens_host = vec![0i32; (batch * chunk * models[0].config.decoder.max_symbols_per_frame) as usize];
    let mut frames_host = vec![0f32; (batch * chunk * models[0].config.encoder.d_model) as usize];

    // Warm-up, then interleaved timed rounds so that machine noise hits all alike.
    let warmup = 5;
    for round in 0..warmup + steps {
        for c in contenders.iter_mut() {
            let mut inputs = vec![("features", &features), ("reset", &reset), ("valid_frames", &valid)];
            if let Some(th) = &c.threshold {
                inputs.push(("threshold", th));
            }
            let t = Instant::now();
            let mut out = c.program.call(&inputs, c.state.take())?;
            if kind == ProgramKind::Step {
                out.take(c.program.name(), "tokens")?.copy_to_host(&mut tokens_host)?;
            } else {
                out.take(c.program.name(), "frames")?.copy_to_host(&mut frames_host)?;
            }
            let elapsed = t.elapsed();
            c.state = out.state.take();
            if round >= warmup {
                c.samples.push(elapsed);
                if let Ok(kept) = out.take(c.program.name(), "kept") {
                    c.kept = kept.to_host()?;
                }
            }
        }
    }

    let chunk_seconds = chunk as f64 * fe.frame_seconds();
    let first_median = Stats::of(contenders[0].samples.clone()).median.as_secs_f64();
    for c in &contenders {
        let model = c.model;
        let stats = Stats::of(c.samples.clone());
        let d = describe(&model.config, DescribeShape { batch, chunk, utterance: chunk })?;
        let flops = match &model.config.arbitrator {
            Some(_) => GatedCost::new(&model.config, kind, ProgramShape { batch, frames: chunk })?.executed(&c.kept),
            None => c.flops,
        };
        let median = stats.median.as_secs_f64();
        let audio = chunk_seconds * batch as f64;
        let rtf = median / audio;
        if json {
            println!(
                "{}",
                serde_json::json!({
                    "bench": kind.name(), "platform": client.platform_name()?, "preset": c.name, "batch": batch,
                    "chunk": chunk, "chunk_ms": chunk_seconds * 1e3, "params": d.params,
                    "state_bytes_per_stream": d.state_bytes_per_stream, "step_flops": flops,
                    "flops_per_audio_second": flops / audio, "compile_s": c.compile.as_secs_f64(),
                    "median_ms": median * 1e3, "p90_ms": stats.p90.as_secs_f64() * 1e3, "rtf": rtf,
                    "achieved_flops_per_s": flops / median, "matmul_peak_flops_per_s": peak,
                    "fraction_of_peak": flops / median / peak, "latency_ratio_to_first": median / first_median,
                    "kept": c.kept,
                })
            );
        } else {
            println!(
                "| {} | {batch} | {:.0} | {:.2} | {:.1} | {:.3} | {:.1} | {:.2} | {:.2} | {:.4} | {:.1} | {:.0}% | {:.2}x |",
                c.name,
                chunk_seconds * 1e3,
                d.params as f64 / 1e6,
                d.state_bytes_per_stream as f64 / 1e3,
                flops / audio / 1e9,
                c.compile.as_secs_f64(),
                median * 1e3,
                stats.p90.as_secs_f64() * 1e3,
                rtf,
                flops / median / 1e9,
                100.0 * flops / median / peak,
                median / first_median
            );
        }
    }
    Ok(())
}
