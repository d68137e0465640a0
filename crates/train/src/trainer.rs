//! Running training steps: weights and optimizer moments stay on the
//! device, donated from one step to the next, shared by the step programs
//! of every padded batch shape (compiled on first use).

use std::collections::{BTreeMap, HashMap};

use hark_engine::{Model, Program, StreamState};
use hark_model::params::is_trainable;
use hark_model::{HostTensor, Weights, weight_specs};

use crate::error::{Error, Result};
use crate::step::{Optimizer, TrainShape, build_train_step};

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
    /// Gated models: the expected fraction of gated compute executed.
    pub compute_fraction: Option<f32>,
    /// The auxiliary CTC loss, when trained with one.
    pub ctc_loss: Option<f32>,
    /// Seconds spent compiling this step's program (0 once its shape has
    /// been seen) and running it.
    pub compile_seconds: f64,
    pub run_seconds: f64,
}

pub struct Trainer<'m> {
    model: &'m Model,
    opt: Optimizer,
    programs: HashMap<(i64, i64, i64), Program<'m>>,
    state: Option<StreamState>,
}

impl<'m> Trainer<'m> {
    /// Starts from `weights` with zero optimizer moments at step 0.
    pub fn new(model: &'m Model, opt: Optimizer, weights: &Weights) -> Result<Trainer<'m>> {
        Self::resume(model, opt, weights, &Weights::default())
    }

    /// Continues from a checkpoint: `weights` and the `optimizer` state that
    /// [`Trainer::checkpoint`] saved (absent moments start at zero).
    pub fn resume(model: &'m Model, opt: Optimizer, weights: &Weights, optimizer: &Weights) -> Result<Trainer<'m>> {
        let client = model.client();
        let mut buffers = BTreeMap::new();
        let mut put = |name: String, shape: &[i64], from: Option<&HostTensor>| -> Result<()> {
            let data = match from {
                Some(t) if t.shape == shape => t.data.clone(),
                Some(t) => {
                    return Err(Error::Batch(format!(
                        "checkpoint tensor `{name}` has shape {:?}, the model needs {shape:?}",
                        t.shape
                    )));
                }
                None => vec![0.0; shape.iter().product::<i64>() as usize],
            };
            buffers.insert(name, client.buffer(&data, shape)?);
            Ok(())
        };
        for spec in weight_specs(&model.config)?.iter().filter(|s| is_trainable(s)) {
            let w = weights
                .tensors
                .get(&spec.name)
                .ok_or_else(|| Error::Batch(format!("no weight `{}` to train", spec.name)))?;
            put(spec.name.clone(), &spec.shape, Some(w))?;
            for moment in ["m", "v"] {
                let name = format!("opt.{moment}.{}", spec.name);
                let saved = optimizer.tensors.get(&name);
                put(name, &spec.shape, saved)?;
            }
        }
        put("opt.step".into(), &[], optimizer.tensors.get("opt.step"))?;
        Ok(Trainer { model, opt, programs: HashMap::new(), state: Some(StreamState { buffers }) })
    }

    /// Steps taken so far (the optimizer's count).
    pub fn steps(&self) -> Result<u64> {
        let state = self.state.as_ref().expect("state is present between steps");
        Ok(state.buffers["opt.step"].to_host::<f32>()?[0] as u64)
    }

    /// One optimizer step on `batch`, of padded shape `shape`.
    pub fn step(&mut self, shape: TrainShape, batch: &Batch) -> Result<StepReport> {
        let key = (shape.batch, shape.frames, shape.labels);
        let started = std::time::Instant::now();
        if !self.programs.contains_key(&key) {
            let program = self.model.compile(build_train_step(&self.model.config, shape, &self.opt)?)?;
            self.programs.insert(key, program);
        }
        let compile_seconds = started.elapsed().as_secs_f64();
        let started = std::time::Instant::now();
        let program = &self.programs[&key];
        let fe = &self.model.config.frontend;
        let client = self.model.client();
        let (b, t, u) = (shape.batch, shape.frames, shape.labels);
        if batch.features.len() != (b * fe.stack * t * fe.mel_bins) as usize || batch.targets.len() != (b * u) as usize
        {
            return Err(Error::Batch(format!("batch does not have shape {shape:?}")));
        }
        let f = client.buffer(&batch.features, &[b, fe.stack * t, fe.mel_bins])?;
        let fr = client.buffer(&batch.frames, &[b])?;
        let tg = client.buffer(&batch.targets, &[b, u])?;
        let lb = client.buffer(&batch.labels, &[b])?;
        let name = program.name().to_string();
        let mut out =
            program.call(&[("features", &f), ("frames", &fr), ("targets", &tg), ("labels", &lb)], self.state.take())?;
        self.state = out.state.take();
        let mut scalar = |n: &str| -> Result<f32> { Ok(out.take(&name, n)?.to_host::<f32>()?[0]) };
        let (loss, first_pass_loss, grad_norm, lr) =
            (scalar("loss")?, scalar("first_pass_loss")?, scalar("grad_norm")?, scalar("lr")?);
        // Outputs only some programs have (gated models, the CTC loss).
        let has = |n: &str| program.program.outputs.iter().any(|o| o == n);
        let compute_fraction = if has("compute_fraction") { Some(scalar("compute_fraction")?) } else { None };
        let ctc_loss = if has("ctc_loss") { Some(scalar("ctc_loss")?) } else { None };
        let run_seconds = started.elapsed().as_secs_f64();
        Ok(StepReport {
            loss,
            first_pass_loss,
            grad_norm,
            lr,
            compute_fraction,
            ctc_loss,
            compile_seconds,
            run_seconds,
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

    /// The model's weights now: `base` (for the fixed ones) with every trained
    /// tensor replaced by its current value.
    pub fn weights(&self, base: &Weights) -> Result<Weights> {
        Ok(self.checkpoint(base)?.0)
    }
}
