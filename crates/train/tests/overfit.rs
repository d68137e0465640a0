//! A small model memorizes a handful of utterances: the loss falls to near
//! zero and greedy decoding of the trained weights (through the inference
//! programs) gives back exactly the training transcripts. Both passes of a
//! cascade are trained.

use hark_engine::DeviceModel;
use hark_model::config::*;
use hark_model::{Gating, ProgramKind, ProgramShape, Weights, build, weight_specs};
use hark_train::step::{Optimizer, TrainShape};
use hark_train::trainer::{Batch, Trainer};

fn tiny_cascade() -> ModelConfig {
    let favor = AttentionConfig::Performer { heads: 2, features: 8, feature_map: FeatureMap::Favor };
    let stage =
        |kind, attention| StageConfig { blocks: 1, kind, ffn_dim: 48, attention, conv_kernel: Some(3), gated: false };
    let cfg = ModelConfig {
        name: "overfit".into(),
        frontend: FrontendConfig { mel_bins: 8, stack: 2 },
        encoder: EncoderConfig {
            d_model: 24,
            causal: true,
            stages: vec![stage(BlockKind::ConvOnly, None), stage(BlockKind::Conformer, Some(favor))],
        },
        second_pass: Some(EncoderConfig {
            d_model: 24,
            causal: false,
            stages: vec![stage(BlockKind::Conformer, Some(AttentionConfig::Full { heads: 2 }))],
        }),
        decoder: DecoderConfig { vocab_size: 9, pred_dim: 12, context: 2, joint_dim: 24, max_symbols_per_frame: 3 },
        arbitrator: None,
    };
    cfg.validate().unwrap();
    cfg
}

#[test]
fn a_small_model_memorizes_four_utterances_and_decodes_them_exactly() {
    let cfg = tiny_cascade();
    let (b, t, u) = (4i64, 10i64, 5i64);
    let (mel, stack) = (cfg.frontend.mel_bins, cfg.frontend.stack);
    // Four "utterances": fixed random features, short random transcripts.
    let mut seed = 7u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 40) as f32 / (1u64 << 24) as f32
    };
    let frames = vec![10, 8, 9, 6];
    let labels = vec![5, 3, 4, 2];
    let mut targets = vec![0i32; (b * u) as usize];
    for i in 0..b as usize {
        for j in 0..labels[i] as usize {
            targets[i * u as usize + j] = 1 + (next() * 8.0) as i32;
        }
    }
    let mut features = vec![0.0f32; (b * stack * t * mel) as usize];
    for i in 0..b as usize {
        for f in 0..(frames[i] * stack as i32) as usize {
            for m in 0..mel as usize {
                features[(i * (stack * t) as usize + f) * mel as usize + m] = 2.0 * next() - 1.0;
            }
        }
    }
    let batch =
        Batch { features: features.clone(), frames: frames.clone(), targets: targets.clone(), labels: labels.clone() };

    let client = hark_test_support::test_cpu_client();
    let init = Weights::random(&weight_specs(&cfg).unwrap(), 1);
    let model = DeviceModel::new(&client, cfg.clone(), &init).unwrap();
    let opt = Optimizer { lr: 3e-3, warmup_steps: 20, weight_decay: 0.0, ..Optimizer::default() };
    let shape = TrainShape { batch: b, frames: t, labels: u };
    let mut trainer = Trainer::new(&model, opt, &init).unwrap();
    let first = trainer.step(shape, &batch).unwrap();
    let mut last = first;
    for _ in 0..400 {
        last = trainer.step(shape, &batch).unwrap();
    }
    assert_eq!(trainer.steps().unwrap(), 401);
    eprintln!(
        "loss {:.3} -> {:.4} (first pass {:.4}), grad norm {:.3}",
        first.loss, last.loss, last.first_pass_loss, last.grad_norm
    );
    assert!(first.loss > 5.0, "an untrained model is far from the transcripts ({})", first.loss);
    assert!(last.loss < 0.05 && last.first_pass_loss < 0.05, "memorized: {last:?}");

    // Decode the training utterances with the trained weights through the
    // inference programs: the first pass and the cascade both give back the
    // transcripts.
    let trained = trainer.weights(&init).unwrap();
    let model = DeviceModel::new(&client, cfg.clone(), &trained).unwrap();
    let shape = ProgramShape { batch: b, frames: t };
    let encode = model.compile(build(&cfg, ProgramKind::Encode, shape, Gating::Off).unwrap()).unwrap();
    let second = model.compile(build(&cfg, ProgramKind::SecondPass, shape, Gating::Off).unwrap()).unwrap();
    let decode = model.compile(build(&cfg, ProgramKind::Decode, shape, Gating::Off).unwrap()).unwrap();
    let fb = client.buffer(&features, &[b, stack * t, mel]).unwrap();
    let lb = client.buffer(&frames, &[b]).unwrap();
    let enc = encode.call(&[("features", &fb), ("lengths", &lb)], None).unwrap().take("encode", "frames").unwrap();
    let refined =
        second.call(&[("frames", &enc), ("lengths", &lb)], None).unwrap().take("second_pass", "frames").unwrap();
    for (pass, frames_buf) in [("first pass", &enc), ("second pass", &refined)] {
        let tokens: Vec<i32> = decode
            .call(&[("frames", frames_buf), ("lengths", &lb)], None)
            .unwrap()
            .take("decode", "tokens")
            .unwrap()
            .to_host()
            .unwrap();
        for i in 0..b as usize {
            let decoded: Vec<i32> =
                tokens[i * (t * 3) as usize..(i + 1) * (t * 3) as usize].iter().copied().filter(|&c| c > 0).collect();
            let want: Vec<i32> = targets[i * u as usize..i * u as usize + labels[i] as usize].to_vec();
            assert_eq!(decoded, want, "{pass}, utterance {i}");
        }
    }
}

/// The tiny cascade with seeded weights (seed 2) on the CPU plugin, and two
/// utterances of 6 and 5 frames with 3 and 2 labels, fixed features: what
/// the short training tests start from.
fn two_utterances() -> (DeviceModel, Weights, TrainShape, Batch) {
    let cfg = tiny_cascade();
    let init = Weights::random(&weight_specs(&cfg).unwrap(), 2);
    let (b, t, u) = (2i64, 6i64, 3i64);
    let (mel, stack) = (cfg.frontend.mel_bins, cfg.frontend.stack);
    let features: Vec<f32> =
        (0..(b * stack * t * mel) as usize).map(|i| ((i * 37 % 101) as f32 / 50.0) - 1.0).collect();
    let batch = Batch { features, frames: vec![6, 5], targets: vec![1, 2, 3, 4, 5, 0], labels: vec![3, 2] };
    let model = DeviceModel::new(&hark_test_support::test_cpu_client(), cfg, &init).unwrap();
    (model, init, TrainShape { batch: b, frames: t, labels: u }, batch)
}

#[test]
fn resuming_from_a_checkpoint_continues_the_same_loss_curve() {
    let (model, init, shape, batch) = two_utterances();
    let opt = Optimizer { lr: 1e-3, warmup_steps: 4, ..Optimizer::default() };

    let mut straight = Trainer::new(&model, opt.clone(), &init).unwrap();
    let uninterrupted: Vec<f32> = (0..6).map(|_| straight.step(shape, &batch).unwrap().loss).collect();

    let mut first = Trainer::new(&model, opt.clone(), &init).unwrap();
    let mut resumed: Vec<f32> = (0..3).map(|_| first.step(shape, &batch).unwrap().loss).collect();
    let (weights, optimizer) = first.checkpoint(&init).unwrap();
    drop(first);
    // Through files, as `hark train --resume` does.
    let dir = tempfile::tempdir().unwrap();
    weights.save(&dir.path().join("model.safetensors")).unwrap();
    optimizer.save(&dir.path().join("optimizer.safetensors")).unwrap();
    let weights = Weights::load(&dir.path().join("model.safetensors")).unwrap();
    let optimizer = Weights::load(&dir.path().join("optimizer.safetensors")).unwrap();
    assert_eq!(optimizer.tensors["opt.step"].data, vec![3.0]);
    let mut second = Trainer::resume(&model, opt, &weights, &optimizer).unwrap();
    resumed.extend((0..3).map(|_| second.step(shape, &batch).unwrap().loss));
    assert_eq!(resumed, uninterrupted, "bit-identical losses after resuming");
}

#[test]
fn gated_models_train_toward_their_compute_budget() {
    let favor = AttentionConfig::Performer { heads: 2, features: 8, feature_map: FeatureMap::Favor };
    let stage = StageConfig {
        blocks: 2,
        kind: BlockKind::Transformer,
        ffn_dim: 48,
        attention: Some(favor),
        conv_kernel: None,
        gated: true,
    };
    let cfg = ModelConfig {
        name: "gated".into(),
        frontend: FrontendConfig { mel_bins: 8, stack: 2 },
        encoder: EncoderConfig { d_model: 24, causal: true, stages: vec![stage] },
        second_pass: None,
        decoder: DecoderConfig { vocab_size: 9, pred_dim: 12, context: 2, joint_dim: 24, max_symbols_per_frame: 3 },
        arbitrator: Some(ArbitratorConfig { capacity_buckets: vec![0.25, 0.5, 0.75, 1.0], default_threshold: 0.5 }),
    };
    cfg.validate().unwrap();
    let (b, t, u) = (4i64, 10i64, 4i64);
    let (mel, stack) = (cfg.frontend.mel_bins, cfg.frontend.stack);
    let features: Vec<f32> =
        (0..(b * stack * t * mel) as usize).map(|i| ((i * 7919 % 1009) as f32 / 504.5) - 1.0).collect();
    let batch = Batch {
        features: features.clone(),
        frames: vec![10; 4],
        targets: (0..16).map(|i| 1 + (i * 5 % 8)).collect(),
        labels: vec![4; 4],
    };
    let client = hark_test_support::test_cpu_client();
    let init = Weights::random(&weight_specs(&cfg).unwrap(), 3);
    let model = DeviceModel::new(&client, cfg.clone(), &init).unwrap();
    let budget = 0.25;
    let opt = Optimizer {
        lr: 3e-3,
        warmup_steps: 20,
        weight_decay: 0.0,
        compute_weight: 20.0,
        compute_budget: budget,
        ..Optimizer::default()
    };
    let shape = TrainShape { batch: b, frames: t, labels: u };
    let mut trainer = Trainer::new(&model, opt, &init).unwrap();
    let first = trainer.step(shape, &batch).unwrap();
    let mut last = first;
    for _ in 0..300 {
        last = trainer.step(shape, &batch).unwrap();
    }
    let (f0, f1) = (first.compute_fraction.unwrap(), last.compute_fraction.unwrap());
    eprintln!(
        "loss {:.2} -> {:.3}; expected compute fraction {f0:.3} -> {f1:.3} (budget {budget})",
        first.loss, last.loss
    );
    assert!((f1 - budget as f32).abs() < 0.1, "the compute loss pulls toward the budget: {f1}");
    assert!(last.loss < first.loss / 4.0, "it still learns: {first:?} -> {last:?}");

    // At inference (threshold 0.5, compacted), the gates keep about the budget.
    let trained = trainer.weights(&init).unwrap();
    let model = DeviceModel::new(&client, cfg.clone(), &trained).unwrap();
    let encode = model
        .compile(build(&cfg, ProgramKind::Encode, ProgramShape { batch: b, frames: t }, Gating::Dynamic).unwrap())
        .unwrap();
    let fb = client.buffer(&features, &[b, stack * t, mel]).unwrap();
    let lb = client.buffer(&[10i32; 4], &[b]).unwrap();
    let th = client.scalar(0.5f32).unwrap();
    let kept: Vec<i32> = encode
        .call(&[("features", &fb), ("lengths", &lb), ("threshold", &th)], None)
        .unwrap()
        .take("encode", "kept")
        .unwrap()
        .to_host()
        .unwrap();
    let fraction = kept.iter().sum::<i32>() as f32 / (kept.len() as f32 * (b * t) as f32);
    eprintln!("kept at inference: {kept:?} ({fraction:.2})");
    assert!(fraction < 0.5, "most gated work is skipped: {kept:?}");
}

#[test]
fn mixed_precision_training_learns_too() {
    let (model, init, shape, batch) = two_utterances();
    let opt = Optimizer { lr: 3e-3, warmup_steps: 10, bf16: true, ..Optimizer::default() };
    let text =
        hark_graph::to_mlir(&hark_train::step::build_train_step(&model.config, shape, &opt).unwrap().func).unwrap();
    assert!(text.contains("xbf16>"), "linear layers multiply in bf16");
    let mut trainer = Trainer::new(&model, opt, &init).unwrap();
    let first = trainer.step(shape, &batch).unwrap().loss;
    let mut last = first;
    for _ in 0..60 {
        last = trainer.step(shape, &batch).unwrap().loss;
    }
    eprintln!("bf16: loss {first:.2} -> {last:.3}");
    assert!(last.is_finite() && last < first / 3.0, "{first} -> {last}");
}

#[test]
fn the_auxiliary_ctc_loss_adds_to_the_loss_and_is_learned() {
    let (model, init, shape, batch) = two_utterances();
    let plain = Optimizer { lr: 3e-3, warmup_steps: 4, ..Optimizer::default() };
    let with_ctc = Optimizer { ctc_weight: 0.5, ..plain.clone() };

    // Same weights before the first update: the losses differ by exactly
    // the weighted CTC term, which is a real loss (positive, no NaN).
    let base = Trainer::new(&model, plain, &init).unwrap().step(shape, &batch).unwrap();
    assert_eq!(base.ctc_loss, None);
    let mut trainer = Trainer::new(&model, with_ctc, &init).unwrap();
    let first = trainer.step(shape, &batch).unwrap();
    let ctc0 = first.ctc_loss.unwrap();
    assert!(ctc0 > 0.0 && ctc0.is_finite(), "{first:?}");
    assert!((first.loss - (base.loss + 0.5 * ctc0)).abs() < 1e-3 * first.loss, "{first:?} vs {base:?}");
    assert_eq!(first.first_pass_loss, base.first_pass_loss);

    let mut last = first;
    for _ in 0..60 {
        last = trainer.step(shape, &batch).unwrap();
    }
    let ctc1 = last.ctc_loss.unwrap();
    eprintln!("ctc {ctc0:.3} -> {ctc1:.3}, loss {:.3} -> {:.3}", first.loss, last.loss);
    assert!(ctc1 < ctc0 / 4.0, "the CTC loss is learned: {ctc0} -> {ctc1}");
    assert!(last.loss < first.loss / 4.0, "and so is the whole: {first:?} -> {last:?}");
}

/// Data parallelism: the same global batch of four utterances (unequal
/// lengths) trained for three steps on 1, 2 and 4 CPU devices, each device
/// taking its share. The losses, gradient norms and weights agree with one
/// device's to 1e-5 relative (the all-reduce only reorders the sums), and
/// every replica holds exactly the same weights and moments. Adam's epsilon
/// is large here so that its update follows the gradient's size: a weight
/// whose true gradient is zero (the softmax-invariant key bias) otherwise
/// takes a full learning-rate step in the direction of rounding noise, which
/// differs between any two summation orders.
#[test]
fn training_on_two_and_four_devices_matches_one_device() {
    let cfg = tiny_cascade();
    let init = Weights::random(&weight_specs(&cfg).unwrap(), 3);
    let (b, t, u) = (4i64, 6i64, 3i64);
    let (mel, stack) = (cfg.frontend.mel_bins, cfg.frontend.stack);
    let features: Vec<f32> = (0..(b * stack * t * mel) as usize).map(|i| ((i * 53 % 97) as f32 / 48.0) - 1.0).collect();
    let batch = Batch {
        features,
        frames: vec![6, 5, 3, 6],
        targets: vec![1, 2, 3, 4, 5, 0, 6, 0, 0, 7, 8, 1],
        labels: vec![3, 2, 1, 3],
    };
    let shape = TrainShape { batch: b, frames: t, labels: u };
    let opt = Optimizer { lr: 3e-3, warmup_steps: 2, ctc_weight: 0.3, eps: 1.0, ..Optimizer::default() };
    let run = |devices: usize| {
        let client = hark_test_support::test_cpu_client_with_devices(devices as i64);
        let models: Vec<DeviceModel> =
            (0..devices).map(|d| DeviceModel::for_training(&client, d, cfg.clone(), &init).unwrap()).collect();
        let refs: Vec<&DeviceModel> = models.iter().collect();
        let mut trainer = Trainer::resume_replicated(&refs, opt.clone(), &init, &Weights::default()).unwrap();
        assert_eq!(trainer.replicas(), devices);
        let reports: Vec<_> = (0..3).map(|_| trainer.step(shape, &batch).unwrap()).collect();
        let states = trainer.replica_states().unwrap();
        for (r, other) in states.iter().enumerate().skip(1) {
            assert!(other == &states[0], "replica {r} of {devices} holds the same weights and moments as replica 0");
        }
        if devices == 4 {
            let odd = TrainShape { batch: 3, ..shape };
            let err = trainer.step(odd, &batch).unwrap_err().to_string();
            assert!(err.contains("does not split evenly over 4 devices"), "{err}");
        }
        (reports, states.into_iter().next().unwrap())
    };
    let close = |what: &str, a: f32, b: f32| {
        assert!((a - b).abs() <= 1e-5 * a.abs().max(1.0), "{what}: {a} vs {b}");
    };
    let (one, one_state) = run(1);
    for devices in [2, 4] {
        let (many, many_state) = run(devices);
        for (step, (a, b)) in one.iter().zip(&many).enumerate() {
            close(&format!("loss, step {step}, {devices} devices"), a.loss, b.loss);
            close(&format!("first-pass loss, step {step}, {devices} devices"), a.first_pass_loss, b.first_pass_loss);
            close(&format!("CTC loss, step {step}, {devices} devices"), a.ctc_loss.unwrap(), b.ctc_loss.unwrap());
            close(&format!("gradient norm, step {step}, {devices} devices"), a.grad_norm, b.grad_norm);
        }
        for (name, a) in &one_state {
            for (i, (&x, &y)) in a.data.iter().zip(&many_state[name].data).enumerate() {
                close(&format!("{name}[{i}] after 3 steps on {devices} devices"), x, y);
            }
        }
    }
    assert!(one[2].loss < one[0].loss, "it learns: {} -> {}", one[0].loss, one[2].loss);
    hark_test_support::skip_static_destructors_at_exit();
}
