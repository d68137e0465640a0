//! Running the training step: weights and optimizer moments stay on the
//! device, donated from one step to the next.

use std::collections::BTreeMap;

use hark_engine::{Model, Program, StreamState};
use hark_model::{HostTensor, ModelProgram, Weights};

use crate::error::{Error, Result};

/// One padded batch, host side.
#[derive(Clone, Debug, PartialEq)]
pub struct Batch {
    /// `[B, S*T, mel]` log-mel features, zeros past each utterance.
    pub features: Vec<f32>,
    /// Encoder frames per utterance.
    pub frames: Vec<i32>,
    /// `[B, U]` label classes, zeros past each utterance.
    pub targets: Vec<i32>,
    /// Labels per utterance.
    pub labels: Vec<i32>,
}

/// What a step reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepReport {
    pub loss: f32,
    pub first_pass_loss: f32,
    pub grad_norm: f32,
    pub lr: f32,
}

pub struct Trainer<'m> {
    program: Program<'m>,
    state: Option<StreamState>,
}

impl<'m> Trainer<'m> {
    /// Compiles `step` (from [`crate::step::build_train_step`]) and starts from
    /// `weights`, with zero optimizer moments and step 0.
    pub fn new(model: &'m Model, step: ModelProgram, weights: &Weights) -> Result<Trainer<'m>> {
        Self::resume(model, step, weights, &Weights::default())
    }

    /// Continues from a checkpoint: `weights` and the `optimizer` state a
    /// [`Trainer::checkpoint`] saved (moments and step count; absent ones
    /// start at zero).
    pub fn resume(model: &'m Model, step: ModelProgram, weights: &Weights, optimizer: &Weights) -> Result<Trainer<'m>> {
        let program = model.compile(step)?;
        let mut state = program.zero_state()?;
        for (name, buf) in state.buffers.iter_mut() {
            if let Some(t) = weights.tensors.get(name).or_else(|| optimizer.tensors.get(name)) {
                if t.shape != buf.dims() {
                    return Err(Error::Batch(format!(
                        "checkpoint tensor `{name}` has shape {:?}, the step needs {:?}",
                        t.shape,
                        buf.dims()
                    )));
                }
                *buf = model.client().buffer(&t.data, &t.shape)?;
            }
        }
        Ok(Trainer { program, state: Some(state) })
    }

    /// The model's weights (`base` for the fixed ones) and the optimizer
    /// state, to save and [`Trainer::resume`] from.
    pub fn checkpoint(&self, base: &Weights) -> Result<(Weights, Weights)> {
        let mut weights = base.clone();
        let mut optimizer = Weights::default();
        for (name, t) in self.state()? {
            match weights.tensors.get_mut(&name) {
                Some(slot) => *slot = t,
                None => {
                    optimizer.tensors.insert(name, t);
                }
            }
        }
        Ok((weights, optimizer))
    }

    /// One optimizer step on `batch`.
    pub fn step(&mut self, batch: &Batch) -> Result<StepReport> {
        let dims = |name: &str| -> Result<Vec<i64>> {
            self.program
                .program
                .func
                .params
                .iter()
                .find(|p| p.name == name)
                .map(|p| p.ty.shape.clone())
                .ok_or_else(|| Error::Batch(format!("the step takes no `{name}`")))
        };
        let client = self.program.client().clone();
        let f = client.buffer(&batch.features, &dims("features")?)?;
        let fr = client.buffer(&batch.frames, &dims("frames")?)?;
        let t = client.buffer(&batch.targets, &dims("targets")?)?;
        let l = client.buffer(&batch.labels, &dims("labels")?)?;
        let name = self.program.name().to_string();
        let mut out = self
            .program
            .call(&[("features", &f), ("frames", &fr), ("targets", &t), ("labels", &l)], self.state.take())?;
        self.state = out.state.take();
        let scalar =
            |out: &mut hark_engine::Outputs, n: &str| -> Result<f32> { Ok(out.take(&name, n)?.to_host::<f32>()?[0]) };
        Ok(StepReport {
            loss: scalar(&mut out, "loss")?,
            first_pass_loss: scalar(&mut out, "first_pass_loss")?,
            grad_norm: scalar(&mut out, "grad_norm")?,
            lr: scalar(&mut out, "lr")?,
        })
    }

    /// The current values of every state tensor (trainable weights and
    /// optimizer moments), by name.
    pub fn state(&self) -> Result<BTreeMap<String, HostTensor>> {
        let state = self.state.as_ref().expect("state is present between steps");
        state
            .buffers
            .iter()
            .map(|(name, b)| Ok((name.clone(), HostTensor::new(b.dims().to_vec(), b.to_host::<f32>()?))))
            .collect()
    }

    /// The model's weights now: `base` (for the fixed ones) with every trained
    /// tensor replaced by its current value.
    pub fn weights(&self, base: &Weights) -> Result<Weights> {
        Ok(self.checkpoint(base)?.0)
    }
}
