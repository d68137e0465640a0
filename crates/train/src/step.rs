//! The training step as one compiled program: forward pass over a padded
//! batch, RNN-T loss(es), reverse-mode gradients, global-norm clipping and
//! an AdamW update, with weights and optimizer moments as donated state.
//!
//! | | names |
//! |---|---|
//! | inputs | `features [B, S*T, mel]`, `frames [B]` (encoder frames), `targets [B, U]` (classes), `labels [B]` |
//! | state (donated) | every trainable weight by its checkpoint name, `opt.m.<name>`, `opt.v.<name>`, `opt.step` |
//! | fixed weights | the Performer projections and the front end's feature statistics |
//! | outputs | the state's next values, `loss` (mean over the batch of -log P(y|x), plus the compute loss of gated models), `first_pass_loss`, `grad_norm`, `lr`, `compute_fraction` for gated models, `ctc_loss` with the auxiliary CTC loss |

use hark_graph::{DType, Graph, TensorType, Value, nn, vjp};
use hark_model::encoder::{GateIo, Gating};
use hark_model::params::{ParamTree, is_trainable};
use hark_model::programs::{GatedCost, ModelProgram, ProgramKind, ProgramShape, build};
use hark_model::{FirstPass, Transducer};
use hark_model::{ModelConfig, decoder};

use crate::ctc::ctc_loss;
use crate::error::Result;
use crate::rnnt::rnnt_loss;

/// AdamW with linear warmup, then inverse-square-root decay, and clipping
/// of the gradient's global norm.
#[derive(Clone, Debug, PartialEq)]
pub struct Optimizer {
    /// Peak learning rate, reached at the end of warmup.
    pub lr: f64,
    pub warmup_steps: u64,
    pub beta1: f64,
    pub beta2: f64,
    pub eps: f64,
    /// Decoupled weight decay, applied to matrices (rank >= 2) only.
    pub weight_decay: f64,
    /// The gradient is scaled down to this global L2 norm when above it.
    pub max_grad_norm: f64,
    /// Mixed precision: linear layers multiply in bf16 (master weights,
    /// gradients and optimizer state stay f32). For GPU/TPU; on CPU bf16
    /// matmuls are emulated and slower.
    pub bf16: bool,
    /// Weight of the second pass's loss in a cascade (the first pass gets
    /// `1 - second_pass_weight`).
    pub second_pass_weight: f64,
    /// Gated models: the compute loss `weight * (f - budget)^2`, where `f` is
    /// the expected fraction of gated-module FLOPs executed (each module's
    /// mean keep probability, weighted by its FLOPs per frame).
    pub compute_weight: f64,
    pub compute_budget: f64,
    /// Weight of the auxiliary CTC loss on the first pass (0: none). It
    /// teaches the encoder to align early, shortening RNN-T's blank plateau.
    pub ctc_weight: f64,
}

impl Default for Optimizer {
    fn default() -> Self {
        Optimizer {
            lr: 1e-3,
            warmup_steps: 1000,
            beta1: 0.9,
            beta2: 0.98,
            eps: 1e-9,
            weight_decay: 1e-3,
            max_grad_norm: 5.0,
            bf16: false,
            second_pass_weight: 0.5,
            compute_weight: 1.0,
            compute_budget: 0.4,
            ctc_weight: 0.0,
        }
    }
}

/// Static sizes of a training step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrainShape {
    pub batch: i64,
    /// Encoder frames (40 ms each) of the padded batch.
    pub frames: i64,
    /// Labels of the padded batch.
    pub labels: i64,
}

/// The learning rate at `step` (1-based): linear warmup to `lr`, then
/// `lr * sqrt(warmup / step)`.
pub fn learning_rate(opt: &Optimizer, step: &Value) -> hark_graph::Result<Value> {
    let warm = opt.warmup_steps.max(1) as f64;
    let ramp = step.mul_scalar(opt.lr / warm)?;
    let decay = step.rsqrt()?.mul_scalar(opt.lr * warm.sqrt())?;
    ramp.minimum(&decay)
}

/// Builds the training step of `cfg`.
pub fn build_train_step(cfg: &ModelConfig, shape: TrainShape, opt: &Optimizer) -> Result<ModelProgram> {
    build_replicated_train_step(cfg, shape, opt, 1)
}

/// The training step as one replica of `replicas` (data parallelism):
/// each replica takes its own `shape.batch` utterances, and the gradients
/// and reported losses are averaged over the replicas (all-reduced) before
/// clipping and the update, so every replica applies the same update and
/// the weights stay equal. With equal local batches that is the gradient of
/// the mean loss over the global batch. (Gated models: each replica's
/// compute loss is of its own frames, and those are averaged.)
pub fn build_replicated_train_step(
    cfg: &ModelConfig,
    shape: TrainShape,
    opt: &Optimizer,
    replicas: usize,
) -> Result<ModelProgram> {
    cfg.validate()?;
    let gated = cfg.arbitrator.is_some();
    let g = Graph::new(format!("{}_train", cfg.name.replace('-', "_")));
    let p = ParamTree::for_training(&g).with_matmul_dtype(if opt.bf16 { DType::BF16 } else { DType::F32 });
    let (b, t, u) = (shape.batch, shape.frames, shape.labels);
    let fe = &cfg.frontend;
    let d = cfg.encoder.d_model;
    let feats = g.param("features", TensorType::new(DType::F32, [b, fe.stack * t, fe.mel_bins]))?;
    let frames = g.param("frames", TensorType::new(DType::I32, [b]))?;
    let targets = g.param("targets", TensorType::new(DType::I32, [b, u]))?;
    let labels = g.param("labels", TensorType::new(DType::I32, [b]))?;
    let valid = g.iota(DType::I32, &[b, t], 1)?.lt(&frames.reshape(&[b, 1])?)?;

    let model = Transducer::new(cfg, &p);
    let x = model.frontend(&feats)?;
    let mut gate_io = if gated {
        Some(GateIo { threshold: g.scalar(0.5, DType::F32)?, kept: Vec::new(), expected: Vec::new() })
    } else {
        None
    };
    let run = FirstPass {
        gating: if gated { Gating::StraightThrough } else { Gating::Off },
        valid: Some(valid.clone()),
        gate: gate_io.as_mut(),
        ..Default::default()
    };
    let first = model.first_pass(&x, run)?;
    let dp = model.decoder();
    // Each pass: joint over the lattice, log-softmax, loss; the loss's
    // gradient seeds reverse mode at the log-probabilities.
    let mut seeds = Vec::new();
    let mut pass_loss = |enc: &Value, weight: f64| -> Result<Value> {
        let logits = dp.scoped(|| decoder::joint_lattice(&dp, enc, &targets, d, &cfg.decoder))?;
        let lp = nn::log_softmax(&logits, -1)?;
        let (loss, grad) = rnnt_loss(&lp, &targets, &frames, &labels)?;
        seeds.push((lp, grad.mul_scalar(weight / b as f64)?));
        Ok(loss.mean(&[0])?)
    };
    let (first_weight, second) = match &cfg.second_pass {
        Some(_) => (1.0 - opt.second_pass_weight, true),
        None => (1.0, false),
    };
    let first_loss = pass_loss(&first, first_weight)?;
    let loss = if second {
        let refined = model.second_pass(&first, Some(valid), Gating::Off, None)?;
        let second_loss = pass_loss(&refined, opt.second_pass_weight)?;
        first_loss.mul_scalar(first_weight)?.add(&second_loss.mul_scalar(opt.second_pass_weight)?)?
    } else {
        first_loss.clone()
    };
    // The auxiliary CTC loss on the first pass's frames.
    let (loss, ctc) = if opt.ctc_weight > 0.0 {
        let logits = dp.scoped(|| decoder::joint_acoustic(&dp, &first, d, &cfg.decoder))?;
        let lp = nn::log_softmax(&logits, -1)?;
        let (per_utterance, grad) = ctc_loss(&lp, &targets, &frames, &labels)?;
        seeds.push((lp, grad.mul_scalar(opt.ctc_weight / b as f64)?));
        let ctc = per_utterance.mean(&[0])?;
        (loss.add(&ctc.mul_scalar(opt.ctc_weight)?)?, Some(ctc))
    } else {
        (loss, None)
    };
    // The compute loss of gated models, seeded like any other scalar loss.
    let (loss, compute_fraction) = match gate_io {
        Some(io) if !io.expected.is_empty() => {
            // Each module weighs what it costs per frame, as the cost analysis
            // counts it on the ungated encoder (the measure the report of
            // executed compute uses).
            let encode = build(cfg, ProgramKind::Encode, ProgramShape { batch: b, frames: t }, Gating::Off)?;
            let ungated = hark_graph::analyze(&encode.func);
            let mut flops = Vec::new();
            for (path, _) in &io.expected {
                let per_frame = GatedCost::module_per_frame(&ungated, path, b * t);
                if per_frame <= 0.0 {
                    let msg = format!("gated module `{path}` has no cost in the encoder program");
                    return Err(hark_model::Error::Build(msg).into());
                }
                flops.push(per_frame);
            }
            let total: f64 = flops.iter().sum();
            let mut fraction = g.scalar(0.0, DType::F32)?;
            for ((_, mean), per_frame) in io.expected.iter().zip(&flops) {
                fraction = fraction.add(&mean.mul_scalar(per_frame / total)?)?;
            }
            let compute_loss = fraction.add_scalar(-opt.compute_budget)?.square()?.mul_scalar(opt.compute_weight)?;
            seeds.push((compute_loss.clone(), compute_loss.scalar_like(1.0)?));
            (loss.add(&compute_loss)?, Some(fraction))
        }
        _ => (loss, None),
    };

    // Gradients of every trainable weight.
    let declared = p.declared();
    let trainable: Vec<_> = declared.iter().filter(|(s, _)| is_trainable(s)).collect();
    let wrt: Vec<Value> = trainable.iter().map(|(_, v)| v.clone()).collect();
    let grads = vjp(&g, &seeds, &wrt)?;
    let grads = grads.iter().map(|gr| gr.replica_mean(replicas)).collect::<hark_graph::Result<Vec<_>>>()?;
    let (loss, first_loss) = (loss.replica_mean(replicas)?, first_loss.replica_mean(replicas)?);
    let ctc = ctc.map(|c| c.replica_mean(replicas)).transpose()?;
    let compute_fraction = compute_fraction.map(|f| f.replica_mean(replicas)).transpose()?;

    // Clip by global norm.
    let mut sq = g.scalar(0.0, DType::F32)?;
    for gr in &grads {
        let all: Vec<i64> = (0..gr.rank() as i64).collect();
        sq = sq.add(&gr.square()?.sum(&all)?)?;
    }
    let norm = sq.sqrt()?;
    let scale = norm.scalar_like(opt.max_grad_norm)?.div(&norm.add_scalar(1e-6)?)?.minimum(&norm.scalar_like(1.0)?)?;

    // AdamW.
    let step = g.state("opt.step", TensorType::scalar(DType::F32))?.add_scalar(1.0)?;
    let lr = learning_rate(opt, &step)?;
    let bias1 = step.scalar_like(opt.beta1)?.pow(&step)?.neg()?.add_scalar(1.0)?;
    let bias2 = step.scalar_like(opt.beta2)?.pow(&step)?.neg()?.add_scalar(1.0)?;
    let mut outputs: Vec<(String, Value)> = Vec::new();
    for ((spec, w), gr) in trainable.iter().zip(&grads) {
        let gr = gr.mul(&scale)?;
        let m = g.state(&format!("opt.m.{}", spec.name), w.ty().clone())?;
        let v = g.state(&format!("opt.v.{}", spec.name), w.ty().clone())?;
        let m2 = m.mul_scalar(opt.beta1)?.add(&gr.mul_scalar(1.0 - opt.beta1)?)?;
        let v2 = v.mul_scalar(opt.beta2)?.add(&gr.square()?.mul_scalar(1.0 - opt.beta2)?)?;
        let update = m2.div(&bias1)?.div(&v2.div(&bias2)?.sqrt()?.add_scalar(opt.eps)?)?;
        let update = if w.rank() >= 2 { update.add(&w.mul_scalar(opt.weight_decay)?)? } else { update };
        let w2 = w.sub(&update.mul(&lr)?)?;
        outputs.push((spec.name.clone(), w2));
        outputs.push((format!("opt.m.{}", spec.name), m2));
        outputs.push((format!("opt.v.{}", spec.name), v2));
    }
    outputs.push(("opt.step".into(), step));
    outputs.push(("loss".into(), loss));
    outputs.push(("first_pass_loss".into(), first_loss));
    outputs.push(("grad_norm".into(), norm));
    outputs.push(("lr".into(), lr));
    if let Some(f) = compute_fraction {
        outputs.push(("compute_fraction".into(), f));
    }
    if let Some(c) = ctc {
        outputs.push(("ctc_loss".into(), c));
    }

    let values: Vec<Value> = outputs.iter().map(|(_, v)| v.clone()).collect();
    let names: Vec<String> = outputs.iter().map(|(n, _)| n.clone()).collect();
    let func = g.finish(&values)?.donate_state(&names)?;
    Ok(ModelProgram {
        kind: ProgramKind::Train,
        shape: ProgramShape { batch: b, frames: t },
        func,
        weights: declared.iter().map(|(s, _)| s.clone()).filter(|s| !is_trainable(s)).collect(),
        outputs: names,
        gated_modules: Vec::new(),
        audio_seconds: t as f64 * fe.frame_seconds(),
    })
}
