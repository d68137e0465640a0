//! Encoders: stacks of blocks, run over a whole sequence or one streaming
//! chunk, with explicit state and optional frame-level gating. A block's
//! attention module lives in `attention`, the gated transformer block (its
//! compacted inference form and masked training form) in `gating`.

mod attention;
mod gating;

use std::collections::BTreeMap;

use hark_graph::{DType, Graph, TensorType, Value};

use crate::config::{ArbitratorConfig, BlockKind, EncoderConfig, StageConfig};
use crate::error::{Error, Result};
use crate::layers::*;
use crate::params::ParamTree;

pub use gating::{GateIo, Gating, capacities};

/// Streaming state flowing through one step program: each piece is a
/// `state.<path>` parameter, cleared for slots whose `reset` is set, and the
/// updated value is returned (and donated) as an output of the same name.
pub struct StateIo {
    graph: Graph,
    reset: Value,
    /// (name, parameter) in declaration order.
    pub inputs: Vec<(String, Value)>,
    /// Each state's value for this step (zeros where the slot resets), by name.
    pub initial: BTreeMap<String, Value>,
    /// Updated values by name.
    pub outputs: BTreeMap<String, Value>,
}

impl StateIo {
    /// `reset`: `[B]` i1, true where a slot starts a new utterance.
    pub fn new(graph: &Graph, reset: &Value) -> StateIo {
        StateIo {
            graph: graph.clone(),
            reset: reset.clone(),
            inputs: Vec::new(),
            initial: BTreeMap::new(),
            outputs: BTreeMap::new(),
        }
    }

    /// Declares state `name` of type `ty` (leading dimension B) and returns
    /// its value for this step: zeros where the slot resets.
    pub fn take(&mut self, name: &str, ty: TensorType) -> Result<Value> {
        let full = format!("state.{name}");
        if self.inputs.iter().any(|(n, _)| *n == full) {
            return Err(Error::Build(format!("state `{full}` declared twice")));
        }
        let param = self.graph.state(&full, ty.clone())?;
        let mut shape = vec![ty.shape[0]];
        shape.extend(std::iter::repeat_n(1, ty.rank() - 1));
        let reset = self.reset.reshape(&shape)?;
        let value = reset.select(&self.graph.scalar(0.0, ty.dtype)?, &param)?;
        self.initial.insert(full.clone(), value.clone());
        self.inputs.push((full, param));
        Ok(value)
    }

    pub fn put(&mut self, name: &str, value: Value) {
        self.outputs.insert(format!("state.{name}"), value);
    }
}

/// One encoder invocation: a whole sequence or one chunk.
pub struct EncoderRun<'a> {
    pub cfg: &'a EncoderConfig,
    pub arbitrator: Option<&'a ArbitratorConfig>,
    pub gating: Gating,
    /// `Some` in a streaming step.
    pub state: Option<&'a mut StateIo>,
    /// `[B, T]` i1, real frames (whole form; `None` means all real).
    pub valid: Option<Value>,
    pub gate: Option<&'a mut GateIo>,
    /// If set, receives each block's output by path (for layer-by-layer
    /// reference tests).
    pub taps: Option<&'a mut Vec<(String, Value)>>,
}

impl<'a> EncoderRun<'a> {
    /// A whole-sequence, ungated run of `cfg` (no state, gates or taps) over
    /// frames marked real by `valid` (`[B, T]` i1).
    pub fn whole(cfg: &'a EncoderConfig, valid: Option<Value>) -> EncoderRun<'a> {
        EncoderRun { cfg, arbitrator: None, gating: Gating::Off, state: None, valid, gate: None, taps: None }
    }
}

impl EncoderRun<'_> {
    /// Runs every block over `x: [B, T, D]` under the weights `p`.
    pub fn run(&mut self, p: &ParamTree, x: &Value) -> Result<Value> {
        let mut x = x.clone();
        let mut index = 0;
        for stage in &self.cfg.stages {
            for _ in 0..stage.blocks {
                let path = format!("block{index}");
                let bp = p.pp(&path);
                x = bp.scoped(|| self.block(&bp, &path, stage, &x))?;
                if let Some(taps) = self.taps.as_deref_mut() {
                    taps.push((bp.path().to_string(), x.clone()));
                }
                index += 1;
            }
        }
        Ok(x)
    }

    fn block(&mut self, p: &ParamTree, path: &str, stage: &StageConfig, x: &Value) -> Result<Value> {
        let d = self.cfg.d_model;
        let gated = stage.gated && self.gating == Gating::Dynamic;
        let mut x = x.clone();
        match stage.kind {
            BlockKind::Conformer | BlockKind::ConvOnly => {
                x = x.add(&half_ffn(&p.pp("ffn1"), &x, d, stage.ffn_dim)?)?;
                if stage.kind == BlockKind::Conformer {
                    let att = stage.attention.as_ref().expect("validated");
                    let ap = p.pp("attention");
                    x = x.add(&ap.scoped(|| self.attention(&ap, &format!("{path}.attention"), att, &x))?)?;
                }
                let cp = p.pp("conv");
                let conv = ConvModule { p: &cp, d, kernel: stage.conv_kernel.expect("validated") };
                let y = cp.scoped(|| -> Result<Value> {
                    Ok(match self.state.as_deref_mut() {
                        Some(state) => {
                            let name = format!("{path}.conv");
                            let b = x.dim(0)?;
                            let prev = state.take(&name, TensorType::new(DType::F32, [b, conv.kernel - 1, d]))?;
                            let (y, next) = conv.step(&x, &prev)?;
                            state.put(&name, next);
                            y
                        }
                        None => conv.whole(&x, self.cfg.causal, self.valid.as_ref())?,
                    })
                })?;
                x = x.add(&y)?;
                x = x.add(&half_ffn(&p.pp("ffn2"), &x, d, stage.ffn_dim)?)?;
            }
            BlockKind::Transformer if stage.gated && self.gating == Gating::StraightThrough => {
                x = self.gated_transformer_training(p, path, stage, &x)?;
            }
            BlockKind::Transformer if gated => {
                x = self.gated_transformer(p, path, stage, &x)?;
            }
            BlockKind::Transformer => {
                let att = stage.attention.as_ref().expect("validated");
                let ap = p.pp("attention");
                x = x.add(&ap.scoped(|| self.attention(&ap, &format!("{path}.attention"), att, &x))?)?;
                let fp = p.pp("ffn");
                x = x.add(&fp.scoped(|| ffn(&fp, &x, d, stage.ffn_dim))?)?;
            }
        }
        layer_norm(&p.pp("final_norm"), &x, d)
    }
}

/// The macaron half-step: `0.5 * FFN(x)`, in the FFN's scope.
fn half_ffn(p: &ParamTree, x: &Value, d: i64, f: i64) -> Result<Value> {
    p.scoped(|| ffn(p, x, d, f)?.mul_scalar(0.5).map_err(Into::into))
}
