//! Running training steps: weights and optimizer moments stay on the
//! device, donated from one step to the next, shared by the step programs
//! of every padded batch shape (compiled on first use). Data parallel over
//! several devices, each holds its own copy and takes its slice of every
//! batch; the step program all-reduces the gradients, so the copies stay
//! equal.

use std::collections::{BTreeMap, HashMap};

use hark_engine::{DeviceModel, ReplicatedProgram, StreamState};
use hark_model::params::is_trainable;
use hark_model::{HostTensor, Weights, weight_specs};

use crate::error::{Error, Result};
use crate::step::{Optimizer, TrainShape, build_replicated_train_step};

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
    /// One per device (replica), the same model on each.
    models: Vec<&'m DeviceModel>,
    opt: Optimizer,
    programs: HashMap<(i64, i64, i64), ReplicatedProgram<'m>>,
    /// Each replica's weights and moments (equal across replicas).
    states: Option<Vec<StreamState>>,
}

impl<'m> Trainer<'m> {
    /// Starts from `weights` with zero optimizer moments at step 0.
    pub fn new(model: &'m DeviceModel, opt: Optimizer, weights: &Weights) -> Result<Trainer<'m>> {
        Self::resume(model, opt, weights, &Weights::default())
    }

    /// Continues from a checkpoint: `weights` and the `optimizer` state that
    /// [`Trainer::checkpoint`] saved (absent moments start at zero).
    pub fn resume(
        model: &'m DeviceModel,
        opt: Optimizer,
        weights: &Weights,
        optimizer: &Weights,
    ) -> Result<Trainer<'m>> {
        Self::resume_replicated(&[model], opt, weights, optimizer)
    }

    /// [`Trainer::resume`], data parallel: one replica per model, each on
    /// its own device (see [`hark_engine::DeviceModel::on_device`]); every batch
    /// is split evenly between them.
    pub fn resume_replicated(
        models: &[&'m DeviceModel],
        opt: Optimizer,
        weights: &Weights,
        optimizer: &Weights,
    ) -> Result<Trainer<'m>> {
        if models.is_empty() {
            return Err(Error::Batch("training needs at least one device".into()));
        }
        let states = models.iter().map(|m| Self::upload(m, weights, optimizer)).collect::<Result<Vec<_>>>()?;
        Ok(Trainer { models: models.to_vec(), opt, programs: HashMap::new(), states: Some(states) })
    }

    /// The devices (replicas) it trains on.
    pub fn replicas(&self) -> usize {
        self.models.len()
    }

    /// Trainable weights and moments on `model`'s device.
    fn upload(model: &DeviceModel, weights: &Weights, optimizer: &Weights) -> Result<StreamState> {
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
            buffers.insert(name, model.buffer(&data, shape)?);
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
        Ok(StreamState { buffers })
    }

    /// Replica 0's state (every replica's is the same).
    fn first_state(&self) -> &StreamState {
        &self.states.as_ref().expect("state is present between steps")[0]
    }

    /// Steps taken so far (the optimizer's count).
    pub fn steps(&self) -> Result<u64> {
        Ok(self.first_state().buffers["opt.step"].to_host::<f32>()?[0] as u64)
    }

    /// One optimizer step on `batch`, of padded shape `shape` (split evenly
    /// between the replicas: `shape.batch` must be a multiple of their count).
    pub fn step(&mut self, shape: TrainShape, batch: &Batch) -> Result<StepReport> {
        let replicas = self.models.len() as i64;
        if shape.batch % replicas != 0 {
            return Err(Error::Batch(format!(
                "a batch of {} utterances does not split evenly over {replicas} devices",
                shape.batch
            )));
        }
        let local = TrainShape { batch: shape.batch / replicas, ..shape };
        let key = (local.batch, local.frames, local.labels);
        let started = std::time::Instant::now();
        if !self.programs.contains_key(&key) {
            let cfg = &self.models[0].config;
            let built = build_replicated_train_step(cfg, local, &self.opt, self.models.len())?;
            self.programs.insert(key, ReplicatedProgram::compile(&self.models, built)?);
        }
        let compile_seconds = started.elapsed().as_secs_f64();
        let started = std::time::Instant::now();
        let program = &self.programs[&key];
        let fe = &self.models[0].config.frontend;
        let (b, t, u) = (local.batch, local.frames, local.labels);
        let per_features = (b * fe.stack * t * fe.mel_bins) as usize;
        if batch.features.len() != per_features * replicas as usize
            || batch.targets.len() != (shape.batch * u) as usize
            || batch.frames.len() != shape.batch as usize
            || batch.labels.len() != shape.batch as usize
        {
            return Err(Error::Batch(format!("batch does not have shape {shape:?}")));
        }
        // Replica r takes utterances [r*b, (r+1)*b), on its own device.
        let mut uploaded = Vec::with_capacity(replicas as usize);
        for (r, model) in self.models.iter().enumerate() {
            let (ub, at) = (b as usize, r * b as usize);
            uploaded.push([
                model.buffer(&batch.features[r * per_features..][..per_features], &[b, fe.stack * t, fe.mel_bins])?,
                model.buffer(&batch.frames[at..at + ub], &[b])?,
                model.buffer(&batch.targets[at * u as usize..(at + ub) * u as usize], &[b, u])?,
                model.buffer(&batch.labels[at..at + ub], &[b])?,
            ]);
        }
        let inputs: Vec<Vec<(&str, &hark_pjrt::Buffer)>> = uploaded
            .iter()
            .map(|[f, fr, tg, lb]| vec![("features", f), ("frames", fr), ("targets", tg), ("labels", lb)])
            .collect();
        let states = self.states.take().expect("state is present between steps").into_iter().map(Some).collect();
        let mut outs = program.call(&inputs, states)?;
        self.states = Some(outs.iter_mut().map(|o| o.state.take().expect("the step returns its state")).collect());
        // Every replica reports the same (all-reduced) values.
        let out = &mut outs[0];
        let name = program.name().to_string();
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

    /// Each replica's state tensors, by name, for checking that the copies
    /// agree.
    pub fn replica_states(&self) -> Result<Vec<BTreeMap<String, HostTensor>>> {
        self.states.as_ref().expect("state is present between steps").iter().map(host_state).collect()
    }

    /// The current values of every state tensor (trainable weights and
    /// optimizer moments), by name.
    pub fn state(&self) -> Result<BTreeMap<String, HostTensor>> {
        host_state(self.first_state())
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

fn host_state(state: &StreamState) -> Result<BTreeMap<String, HostTensor>> {
    state
        .buffers
        .iter()
        .map(|(name, b)| Ok((name.clone(), HostTensor::new(b.dims().to_vec(), b.to_host::<f32>()?))))
        .collect()
}
