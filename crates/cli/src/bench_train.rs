//! `hark bench train`: training-step throughput.

use std::time::Instant;

use anyhow::{Result, bail};
use hark_engine::DeviceModel;
use hark_graph::{DType, Graph, TensorType};
use hark_model::{Weights, weight_specs};
use hark_pjrt::{Arg, Client, Program};
use hark_train::step::{Optimizer, TrainShape, build_train_step};
use hark_train::trainer::{Batch, Trainer};

use crate::bench::Stats;

/// FLOP/s of a large f32 matmul on this client: the peak the achieved rate
/// is compared with.
pub fn matmul_peak(client: &Client) -> Result<f64> {
    let n = 512;
    let g = Graph::new("peak");
    let a = g.param("a", TensorType::new(DType::F32, [n, n]))?;
    let b = g.param("b", TensorType::new(DType::F32, [n, n]))?;
    let f = g.finish(&[a.matmul(&b)?])?;
    let exe = client.compile(&Program::from_mlir("peak", hark_graph::to_mlir(&f)?)?)?;
    let data = vec![0.5f32; (n * n) as usize];
    let (x, y) = (client.buffer(&data, &[n, n])?, client.buffer(&data, &[n, n])?);
    exe.execute([Arg::Borrowed(&x), Arg::Borrowed(&y)])?;
    let mut samples = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        exe.execute([Arg::Borrowed(&x), Arg::Borrowed(&y)])?;
        samples.push(t.elapsed());
    }
    Ok(2.0 * (n * n * n) as f64 / Stats::of(samples).median.as_secs_f64())
}

pub fn run(
    client: &Client,
    preset: &str,
    shape: TrainShape,
    steps: usize,
    compare_bf16: bool,
    device_counts: &[usize],
) -> Result<()> {
    let TrainShape { batch, frames, labels } = shape;
    for &n in device_counts {
        if n == 0 || n > client.device_count() {
            bail!(
                "--devices {n}: the plugin has {} device(s) (the CPU plugin takes --cpu-devices N)",
                client.device_count()
            );
        }
        if batch % n as i64 != 0 {
            bail!("--devices {n}: a batch of {batch} does not split evenly over {n} devices (--batch)");
        }
    }
    let cfg = hark_model::preset(preset)?;
    let weights = Weights::random(&weight_specs(&cfg)?, 0);
    let model = DeviceModel::new(client, cfg.clone(), &weights)?;
    let opt = Optimizer::default();
    let flops = hark_graph::analyze(&build_train_step(&cfg, shape, &opt)?.func).flops as f64;
    let fe = &cfg.frontend;
    let n = (batch * fe.stack * frames * fe.mel_bins) as usize;
    let batch_data = Batch {
        features: (0..n).map(|i| ((i * 7919) % 1000) as f32 / 500.0 - 1.0).collect(),
        frames: vec![frames as i32; batch as usize],
        targets: (0..batch * labels).map(|i| 1 + (i % (cfg.decoder.vocab_size - 1)) as i32).collect(),
        labels: vec![labels as i32; batch as usize],
    };
    let mut trainer = Trainer::new(&model, opt.clone(), &weights)?;
    let t = Instant::now();
    trainer.step(shape, &batch_data)?;
    let compile_and_first = t.elapsed();
    trainer.step(shape, &batch_data)?;
    let mut mixed = match compare_bf16 {
        true => {
            let mut m = Trainer::new(&model, Optimizer { bf16: true, ..opt.clone() }, &weights)?;
            m.step(shape, &batch_data)?;
            m.step(shape, &batch_data)?;
            Some(m)
        }
        false => None,
    };
    let (mut samples, mut samples_bf16) = (Vec::new(), Vec::new());
    let (mut loss, mut loss_bf16) = (0.0, 0.0);
    for _ in 0..steps {
        let t = Instant::now();
        loss = trainer.step(shape, &batch_data)?.loss;
        samples.push(t.elapsed());
        if let Some(m) = mixed.as_mut() {
            let t = Instant::now();
            loss_bf16 = m.step(shape, &batch_data)?.loss;
            samples_bf16.push(t.elapsed());
        }
    }
    let median = Stats::of(samples).median.as_secs_f64();
    let peak = matmul_peak(client)?;
    let audio = batch as f64 * frames as f64 * fe.frame_seconds();
    println!(
        "training step: {preset}, batch {batch} x {frames} frames ({audio:.1} s of audio), {labels} labels, platform {}",
        client.platform_name()?
    );
    println!(
        "| compile + first step (s) | step median (s) | audio s / s | step GFLOP | achieved GFLOP/s | matmul peak GFLOP/s | fraction of peak |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {:.1} | {:.3} | {:.1} | {:.2} | {:.1} | {:.1} | {:.2} |",
        compile_and_first.as_secs_f64(),
        median,
        audio / median,
        flops / 1e9,
        flops / median / 1e9,
        peak / 1e9,
        flops / median / peak
    );
    if mixed.is_some() {
        let median_bf16 = Stats::of(samples_bf16).median.as_secs_f64();
        println!();
        println!("| precision | step median (s) | audio s / s | loss after {} steps on this batch |", steps + 2);
        println!("|---|---:|---:|---:|");
        println!("| f32 | {median:.3} | {:.1} | {loss:.4} |", audio / median);
        println!("| bf16 matmuls | {median_bf16:.3} | {:.1} | {loss_bf16:.4} |", audio / median_bf16);
        println!("bf16 step time / f32: {:.3}", median_bf16 / median);
    }
    if !device_counts.is_empty() {
        println!();
        devices_table(client, &cfg, &weights, shape, &batch_data, steps, device_counts, audio)?;
    }
    Ok(())
}

/// Step time of the same global batch data parallel over each device count,
/// the trainers' steps interleaved so that load on the machine falls on all.
#[allow(clippy::too_many_arguments)]
fn devices_table(
    client: &Client,
    cfg: &hark_model::ModelConfig,
    weights: &Weights,
    shape: TrainShape,
    batch: &Batch,
    steps: usize,
    counts: &[usize],
    audio: f64,
) -> Result<()> {
    let mut models = Vec::new();
    for &n in counts {
        let on: Vec<DeviceModel> =
            (0..n).map(|d| DeviceModel::for_training(client, d, cfg.clone(), weights)).collect::<Result<_, _>>()?;
        models.push(on);
    }
    let refs: Vec<Vec<&DeviceModel>> = models.iter().map(|m| m.iter().collect()).collect();
    let mut trainers = Vec::new();
    for r in &refs {
        let mut t = Trainer::resume_replicated(r, Optimizer::default(), weights, &Weights::default())?;
        t.step(shape, batch)?;
        t.step(shape, batch)?;
        trainers.push(t);
    }
    let mut samples = vec![Vec::new(); counts.len()];
    let mut losses = vec![0.0f32; counts.len()];
    for _ in 0..steps {
        for (i, t) in trainers.iter_mut().enumerate() {
            let started = Instant::now();
            losses[i] = t.step(shape, batch)?.loss;
            samples[i].push(started.elapsed());
        }
    }
    let medians: Vec<f64> = samples.into_iter().map(|s| Stats::of(s).median.as_secs_f64()).collect();
    println!(
        "| devices | per device batch | step median (s) | audio s / s | speed vs {} device(s) | loss after {} steps |",
        counts[0],
        steps + 2
    );
    println!("|---:|---:|---:|---:|---:|---:|");
    for ((&n, m), loss) in counts.iter().zip(&medians).zip(&losses) {
        println!(
            "| {n} | {} | {m:.3} | {:.1} | {:.2}x | {loss:.4} |",
            shape.batch / n as i64,
            audio / m,
            medians[0] / m
        );
    }
    Ok(())
}
