//! The model's forward pass, defined once: the front end, the first-pass
//! (causal) encoder, the cascade's second pass and the decoder's scope,
//! built from the config and the parameter tree. Every program (`encode`,
//! `step`, `second_pass`, `decode`, the layer taps and the training step)
//! is made by calling these, so a layer changes in one place.

use hark_graph::Value;

use crate::config::ModelConfig;
use crate::decoder;
use crate::encoder::{EncoderRun, GateIo, Gating, StateIo};
use crate::error::{Error, Result};
use crate::layers::frontend;
use crate::params::ParamTree;

/// Where each part's weights live in the parameter tree.
const FRONTEND_SCOPE: &str = "frontend";
const ENCODER_SCOPE: &str = "encoder";
const SECOND_PASS_SCOPE: &str = "second_pass";

/// A model's forward pass over a parameter tree.
pub struct Transducer<'a> {
    pub cfg: &'a ModelConfig,
    p: &'a ParamTree,
}

/// How one first-pass run goes: over a whole sequence or one streaming
/// chunk, gated or not, with layer taps or not.
#[derive(Default)]
pub struct FirstPass<'a> {
    pub gating: Gating,
    /// `Some` in a streaming step.
    pub state: Option<&'a mut StateIo>,
    /// `[B, T]` i1, the real frames (`None`: all real).
    pub valid: Option<Value>,
    /// Gated models: the threshold, and where the gates' counts go.
    pub gate: Option<&'a mut GateIo>,
    /// Receives each block's output by path (layer-by-layer tests).
    pub taps: Option<&'a mut Vec<(String, Value)>>,
}

impl<'a> Transducer<'a> {
    pub fn new(cfg: &'a ModelConfig, p: &'a ParamTree) -> Transducer<'a> {
        Transducer { cfg, p }
    }

    /// Log-mel features `[B, S*T, mel]` to encoder-width frames `[B, T, D]`.
    pub fn frontend(&self, features: &Value) -> Result<Value> {
        let fe = &self.cfg.frontend;
        let fp = self.p.pp(FRONTEND_SCOPE);
        fp.scoped(|| frontend(&fp, features, fe.mel_bins, fe.stack, self.cfg.encoder.d_model))
    }

    /// The causal first-pass encoder over frontend frames `x: [B, T, D]`.
    pub fn first_pass(&self, x: &Value, run: FirstPass<'_>) -> Result<Value> {
        let mut encoder = EncoderRun {
            cfg: &self.cfg.encoder,
            arbitrator: self.cfg.arbitrator.as_ref(),
            gating: run.gating,
            state: run.state,
            valid: run.valid,
            gate: run.gate,
            taps: run.taps,
        };
        encoder.run(&self.p.pp(ENCODER_SCOPE), x)
    }

    /// The cascade's non-causal second pass over first-pass frames
    /// `[B, T, D]` (whole sequences, ungated), or an error naming the model
    /// if it has none.
    pub fn second_pass(
        &self,
        frames: &Value,
        valid: Option<Value>,
        gating: Gating,
        taps: Option<&mut Vec<(String, Value)>>,
    ) -> Result<Value> {
        let sp = self
            .cfg
            .second_pass
            .as_ref()
            .ok_or_else(|| Error::Config(format!("{} has no second pass", self.cfg.name)))?;
        let mut encoder = EncoderRun { gating, taps, ..EncoderRun::whole(sp, valid) };
        encoder.run(&self.p.pp(SECOND_PASS_SCOPE), frames)
    }

    /// The decoder's weights (prediction and joint networks).
    pub fn decoder(&self) -> ParamTree {
        self.p.pp(decoder::SCOPE)
    }
}
