//! The compiled programs of a model, as graphs with named inputs and
//! outputs.
//!
//! | program | inputs | outputs |
//! |---|---|---|
//! | `encode` | `features [B, S*T, mel]`, `lengths [B]` (frames), `threshold` if gated | `frames [B, T, D]`, `kept` if gated |
//! | `step` | `state.*`, `features [B, S*C, mel]`, `reset [B]`, `valid_frames [B]` (0 holds the slot's state), `threshold` if gated | `state.*` (donated), `tokens [B, C, N]`, `frames [B, C, D]`, `kept` if gated |
//! | `encoder_step` | as `step`, without the decoder | `state.*` (donated), `frames [B, C, D]`, `kept` if gated |
//! | `second_pass` | `frames [B, T, D]`, `lengths [B]` | `frames [B, T, D]` |
//! | `decode` | `frames [B, T, D]`, `lengths [B]` | `tokens [B, T, N]` |
//!
//! S is the front end's frame stacking (4), C the encoder frames of one
//! streaming chunk, N `max_symbols_per_frame`. A chunk of C encoder frames is
//! `S * C` feature frames, `0.01 * S * C` seconds of audio: with S = 4 and
//! C = 8, 320 ms. Weights are parameters named as in the checkpoint.

use hark_graph::{DType, Func, Graph, TensorType, Value};

use crate::config::ModelConfig;
use crate::decoder;
use crate::encoder::{GateIo, Gating, StateIo};
use crate::error::{Error, Result};
use crate::params::{ParamTree, WeightSpec};
use crate::transducer::{FirstPass, Transducer};

/// Seconds of audio per feature frame (10 ms hop).
pub const FEATURE_HOP_SECONDS: f64 = 0.01;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramKind {
    Encode,
    Step,
    /// The streaming step's encoder alone (no greedy decoding): what the
    /// Practical Conformer paper's latency figures time.
    EncoderStep,
    SecondPass,
    /// The second pass with its frames projected to the joint width on
    /// the device: what a host beam search reads (one matmul fewer on the
    /// host, and a narrower copy when the joint is narrower than d_model).
    SecondPassJoint,
    Decode,
    /// A training step (`hark_train::step::build_train_step`).
    Train,
    /// Every layer's output, for reference tests ([`build_layer_taps`]).
    LayerTaps,
}

impl ProgramKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Encode => "encode",
            Self::Step => "step",
            Self::EncoderStep => "encoder_step",
            Self::SecondPass => "second_pass",
            Self::SecondPassJoint => "second_pass_joint",
            Self::Decode => "decode",
            Self::Train => "train",
            Self::LayerTaps => "layers",
        }
    }
}

/// Static sizes a program is compiled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgramShape {
    /// Streams per call (B).
    pub batch: i64,
    /// Encoder frames per call: the chunk C of `step`, the padded length T
    /// of the whole-utterance programs.
    pub frames: i64,
}

/// A built program and what a runtime needs to call it by name.
#[derive(Clone, Debug)]
pub struct ModelProgram {
    pub kind: ProgramKind,
    pub shape: ProgramShape,
    /// The graph; state parameters are donated to their outputs.
    pub func: Func,
    /// The weights it reads.
    pub weights: Vec<WeightSpec>,
    /// Output names in result order; `state.*` outputs update the state of
    /// the same name.
    pub outputs: Vec<String>,
    /// Gated modules in the order of the `kept` output, with the frames each
    /// sees per call.
    pub gated_modules: Vec<(String, i64)>,
    /// Seconds of audio per stream per call.
    pub audio_seconds: f64,
}

impl ModelProgram {
    /// The first result named `name`.
    pub fn output_index(&self, name: &str) -> Option<usize> {
        self.outputs.iter().position(|o| o == name)
    }
}

/// Builds one program of `cfg`.
pub fn build(cfg: &ModelConfig, kind: ProgramKind, shape: ProgramShape, gating: Gating) -> Result<ModelProgram> {
    cfg.validate()?;
    if shape.batch < 1 || shape.frames < 1 {
        return Err(Error::Config(format!("program shape {shape:?} must be positive")));
    }
    let g = Graph::new(format!("{}_{}", cfg.name.replace('-', "_"), kind.name()));
    let p = ParamTree::new(&g);
    let model = Transducer::new(cfg, &p);
    let (b, t) = (shape.batch, shape.frames);
    let d = cfg.encoder.d_model;
    let fe = &cfg.frontend;
    let mut outputs: Vec<(String, Value)> = Vec::new();
    let mut gated_modules = Vec::new();
    let gated = cfg.arbitrator.is_some() && gating == Gating::Dynamic;

    let lengths_mask =
        |lengths: &Value| -> Result<Value> { Ok(g.iota(DType::I32, &[b, t], 1)?.lt(&lengths.reshape(&[b, 1])?)?) };
    let threshold = |g: &Graph| -> Result<Option<GateIo>> {
        Ok(if gated {
            Some(GateIo {
                threshold: g.param("threshold", TensorType::scalar(DType::F32))?,
                kept: Vec::new(),
                expected: Vec::new(),
            })
        } else {
            None
        })
    };
    let finish_gates = |gate: Option<GateIo>,
                        outputs: &mut Vec<(String, Value)>,
                        gated_modules: &mut Vec<(String, i64)>|
     -> Result<()> {
        if let Some(gate) = gate {
            let counts: Vec<Value> =
                gate.kept.iter().map(|(_, c, _)| c.reshape(&[1])).collect::<hark_graph::Result<_>>()?;
            outputs.push(("kept".into(), g.concat(&counts, 0)?));
            gated_modules.extend(gate.kept.iter().map(|(n, _, frames)| (n.clone(), *frames)));
        }
        Ok(())
    };

    match kind {
        ProgramKind::Train | ProgramKind::LayerTaps => {
            return Err(Error::Config(format!(
                "the {} program is built by its own builder (build_train_step, build_layer_taps), not by build",
                kind.name()
            )));
        }
        ProgramKind::Encode => {
            let feats = g.param("features", TensorType::new(DType::F32, [b, fe.stack * t, fe.mel_bins]))?;
            let lengths = g.param("lengths", TensorType::new(DType::I32, [b]))?;
            let mut gate = threshold(&g)?;
            let x = model.frontend(&feats)?;
            let run =
                FirstPass { gating, valid: Some(lengths_mask(&lengths)?), gate: gate.as_mut(), ..Default::default() };
            outputs.push(("frames".into(), model.first_pass(&x, run)?));
            finish_gates(gate, &mut outputs, &mut gated_modules)?;
        }
        ProgramKind::Step | ProgramKind::EncoderStep => {
            let feats = g.param("features", TensorType::new(DType::F32, [b, fe.stack * t, fe.mel_bins]))?;
            let reset = g.param("reset", TensorType::new(DType::Bool, [b]))?;
            let valid_frames = g.param("valid_frames", TensorType::new(DType::I32, [b]))?;
            let mut gate = threshold(&g)?;
            let mut state = StateIo::new(&g, &reset);
            let x = model.frontend(&feats)?;
            let valid = g.iota(DType::I32, &[b, t], 1)?.lt(&valid_frames.reshape(&[b, 1])?)?;
            let run =
                FirstPass { gating, state: Some(&mut state), valid: Some(valid), gate: gate.as_mut(), taps: None };
            let frames = model.first_pass(&x, run)?;
            let mut tokens = None;
            if kind == ProgramKind::Step {
                let dp = model.decoder();
                let ctx = state.take("decoder.context", TensorType::new(DType::I32, [b, cfg.decoder.context]))?;
                let (t, ctx) = dp.scoped(|| -> Result<(Value, Value)> {
                    let enc = decoder::project_encoder(&dp, &frames, d, &cfg.decoder)?;
                    decoder::greedy(&dp, &enc, &ctx, &valid_frames, &cfg.decoder)
                })?;
                state.put("decoder.context", ctx);
                tokens = Some(t);
            }
            // A slot given no frames keeps its state: a live stream still
            // waiting for a whole chunk of audio sits the step out (`greedy`
            // emits nothing for it: its tokens are all -1).
            let hold = valid_frames.lt(&g.scalar(1.0, DType::I32)?)?;
            for (name, param) in &state.inputs {
                let next =
                    state.outputs.get(name).ok_or_else(|| Error::Build(format!("state `{name}` has no update")))?;
                let mut shape = vec![b];
                shape.extend(std::iter::repeat_n(1, param.rank() - 1));
                let kept = hold.reshape(&shape)?.select(&state.initial[name], next)?;
                outputs.push((name.clone(), kept));
            }
            if let Some(tokens) = tokens {
                outputs.push(("tokens".into(), tokens));
            }
            outputs.push(("frames".into(), frames));
            finish_gates(gate, &mut outputs, &mut gated_modules)?;
        }
        ProgramKind::SecondPass | ProgramKind::SecondPassJoint => {
            if cfg.second_pass.is_none() {
                return Err(Error::Config(format!("{} has no second pass", cfg.name)));
            }
            let frames = g.param("frames", TensorType::new(DType::F32, [b, t, d]))?;
            let lengths = g.param("lengths", TensorType::new(DType::I32, [b]))?;
            let second = model.second_pass(&frames, Some(lengths_mask(&lengths)?), gating, None)?;
            if kind == ProgramKind::SecondPassJoint {
                let dp = model.decoder();
                let joint = dp.scoped(|| decoder::project_encoder(&dp, &second, d, &cfg.decoder))?;
                outputs.push(("joint_frames".into(), joint));
            } else {
                outputs.push(("frames".into(), second));
            }
        }
        ProgramKind::Decode => {
            let frames = g.param("frames", TensorType::new(DType::F32, [b, t, d]))?;
            let lengths = g.param("lengths", TensorType::new(DType::I32, [b]))?;
            let dp = model.decoder();
            let ctx = g.splat(0.0, DType::I32, &[b, cfg.decoder.context])?;
            let (tokens, _) = dp.scoped(|| -> Result<(Value, Value)> {
                let enc = decoder::project_encoder(&dp, &frames, d, &cfg.decoder)?;
                decoder::greedy(&dp, &enc, &ctx, &lengths, &cfg.decoder)
            })?;
            outputs.push(("tokens".into(), tokens));
        }
    }

    let values: Vec<Value> = outputs.iter().map(|(_, v)| v.clone()).collect();
    let names: Vec<String> = outputs.iter().map(|(n, _)| n.clone()).collect();
    let func = g.finish(&values)?.donate_state(&names)?;
    Ok(ModelProgram {
        kind,
        shape,
        func,
        weights: p.specs(),
        outputs: names,
        gated_modules,
        audio_seconds: t as f64 * fe.frame_seconds(),
    })
}

/// Every weight of the model (the union over its programs), by name.
pub fn weight_specs(cfg: &ModelConfig) -> Result<Vec<WeightSpec>> {
    let shape = ProgramShape { batch: 1, frames: 2 };
    let mut specs = build(cfg, ProgramKind::Step, shape, Gating::Dynamic)?.weights;
    if cfg.second_pass.is_some() {
        specs.extend(build(cfg, ProgramKind::SecondPass, shape, Gating::Off)?.weights);
    }
    specs.sort_by(|a, b| a.name.cmp(&b.name));
    specs.dedup_by(|a, b| a.name == b.name);
    Ok(specs)
}

/// The programs a model is served with: the streaming step at `step`, and at
/// `whole` the whole-utterance first pass and, for a cascade, the second pass
/// and its decoding; with the gating each is built with.
pub fn program_set(
    cfg: &ModelConfig,
    step: ProgramShape,
    whole: ProgramShape,
) -> Vec<(ProgramKind, ProgramShape, Gating)> {
    let mut set = vec![(ProgramKind::Step, step, Gating::Dynamic), (ProgramKind::Encode, whole, Gating::Dynamic)];
    if cfg.second_pass.is_some() {
        set.push((ProgramKind::SecondPass, whole, Gating::Off));
        set.push((ProgramKind::Decode, whole, Gating::Off));
    }
    set
}

/// What a gated program executes per call, from its `kept` output.
///
/// The compiled program's worst case (every capacity bucket full) is the
/// ungated program plus the gating overhead (gate networks, sorting,
/// compaction). A call that keeps `k` of a module's `n` frames saves
/// `(n - k)` times that module's per-frame cost, measured on the ungated
/// program.
#[derive(Clone, Debug)]
pub struct GatedCost {
    /// FLOPs of the same program with gating off.
    pub ungated: u64,
    /// FLOPs of the gating itself.
    pub overhead: u64,
    /// Per gated module (in `kept` order): frames per call and FLOPs per frame.
    pub modules: Vec<(String, i64, f64)>,
}

impl GatedCost {
    pub fn new(cfg: &ModelConfig, kind: ProgramKind, shape: ProgramShape) -> Result<GatedCost> {
        Self::of(cfg, kind, shape, &build(cfg, kind, shape, Gating::Dynamic)?)
    }

    /// The cost of `gated`, a program already built by `build(cfg, kind,
    /// shape, Gating::Dynamic)` (saves building it again).
    pub fn of(cfg: &ModelConfig, kind: ProgramKind, shape: ProgramShape, gated: &ModelProgram) -> Result<GatedCost> {
        let ungated = hark_graph::analyze(&build(cfg, kind, shape, Gating::Off)?.func);
        let worst = hark_graph::analyze(&gated.func);
        let modules = gated
            .gated_modules
            .iter()
            .map(|(path, frames)| (path.clone(), *frames, Self::module_per_frame(&ungated, path, *frames)))
            .collect();
        Ok(GatedCost { ungated: ungated.flops, overhead: worst.flops.saturating_sub(ungated.flops), modules })
    }

    /// FLOPs per frame of the gated module at `path` (`block3.ffn`), read
    /// off `ungated`, the analysis of the ungated program of `frames` frames
    /// per call: what a frame the module keeps costs.
    pub fn module_per_frame(ungated: &hark_graph::Cost, path: &str, frames: i64) -> f64 {
        ungated.scope_flops(&format!("encoder.{path}")) as f64 / frames as f64
    }

    /// FLOPs of the gated modules alone in a call that kept `kept` frames.
    pub fn gated_executed(&self, kept: &[i32]) -> f64 {
        self.modules.iter().zip(kept).map(|((_, _, per_frame), &k)| k as f64 * per_frame).sum()
    }

    /// FLOPs of the gated modules per frame when every module runs on it.
    pub fn gated_per_frame(&self) -> f64 {
        self.modules.iter().map(|(_, _, per_frame)| per_frame).sum()
    }

    /// FLOPs executed by a call whose `kept` output was `kept`.
    pub fn executed(&self, kept: &[i32]) -> f64 {
        let skipped: f64 = self
            .modules
            .iter()
            .zip(kept)
            .map(|((_, frames, per_frame), &k)| (*frames - k as i64) as f64 * per_frame)
            .sum();
        (self.ungated + self.overhead) as f64 - skipped
    }
}

/// A program that returns every layer's output over a whole utterance, for
/// layer-by-layer comparison with the JAX reference (`scripts/
/// reference_model.py`): inputs as `encode` (plus `threshold` if gated);
/// outputs `frontend`, each `encoder.block<i>`, each `second_pass.block<i>`
/// (run on the first pass's output), and `decoder.logits` `[B, T, V]`, the
/// joint network over every first-pass frame with an all-blank context.
pub fn build_layer_taps(cfg: &ModelConfig, shape: ProgramShape) -> Result<ModelProgram> {
    cfg.validate()?;
    let g = Graph::new(format!("{}_layers", cfg.name.replace('-', "_")));
    let p = ParamTree::new(&g);
    let (b, t) = (shape.batch, shape.frames);
    let d = cfg.encoder.d_model;
    let fe = &cfg.frontend;
    let feats = g.param("features", TensorType::new(DType::F32, [b, fe.stack * t, fe.mel_bins]))?;
    let lengths = g.param("lengths", TensorType::new(DType::I32, [b]))?;
    let valid = g.iota(DType::I32, &[b, t], 1)?.lt(&lengths.reshape(&[b, 1])?)?;
    let mut gate = match cfg.arbitrator {
        Some(_) => Some(GateIo {
            threshold: g.param("threshold", TensorType::scalar(DType::F32))?,
            kept: Vec::new(),
            expected: Vec::new(),
        }),
        None => None,
    };
    let model = Transducer::new(cfg, &p);
    let mut taps = Vec::new();
    let x = model.frontend(&feats)?;
    taps.push(("frontend".to_string(), x.clone()));
    let run = FirstPass {
        gating: Gating::Dynamic,
        state: None,
        valid: Some(valid.clone()),
        gate: gate.as_mut(),
        taps: Some(&mut taps),
    };
    let first = model.first_pass(&x, run)?;
    if cfg.second_pass.is_some() {
        model.second_pass(&first, Some(valid), Gating::Off, Some(&mut taps))?;
    }
    let dp = model.decoder();
    let enc = decoder::project_encoder(&dp, &first, d, &cfg.decoder)?;
    let blank = g.splat(0.0, DType::I32, &[b, cfg.decoder.context])?;
    let pred = decoder::predict(&dp, &blank, &cfg.decoder)?.reshape(&[b, 1, cfg.decoder.joint_dim])?;
    taps.push(("decoder.logits".to_string(), decoder::joint(&dp, &enc, &pred, &cfg.decoder)?));
    let values: Vec<Value> = taps.iter().map(|(_, v)| v.clone()).collect();
    Ok(ModelProgram {
        kind: ProgramKind::LayerTaps,
        shape,
        func: g.finish(&values)?,
        weights: p.specs(),
        outputs: taps.into_iter().map(|(n, _)| n).collect(),
        gated_modules: Vec::new(),
        audio_seconds: t as f64 * fe.frame_seconds(),
    })
}
