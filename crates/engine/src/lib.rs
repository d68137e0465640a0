//! Hark's models on a PJRT device.
//!
//! A [`DeviceModel`] holds a configuration and its weights, uploaded once as
//! device buffers. [`DeviceModel::compile`] turns a built program into a
//! [`Program`] that is called by name: weights are bound automatically,
//! inputs are passed by name, and streaming state goes in and comes out as
//! a [`StreamState`] whose buffers are donated, so each step updates it in
//! place on the device.

mod compile_cache;

use std::collections::BTreeMap;

use hark_graph::Role;
use hark_model::{ModelConfig, ModelProgram, Weights};
use hark_pjrt::{Arg, Buffer, Client, Executable, Program as PjrtProgram};

/// Errors of the engine; each names the program, input, state or tensor.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Model(#[from] hark_model::Error),
    #[error(transparent)]
    Graph(#[from] hark_graph::Error),
    #[error(transparent)]
    Runtime(#[from] hark_pjrt::Error),
    #[error("program `{program}`: missing input `{name}`")]
    MissingInput { program: String, name: String },
    #[error("program `{program}`: unknown input `{name}` (it takes: {known})")]
    UnknownInput { program: String, name: String, known: String },
    #[error(
        "program `{program}`: missing state `{name}` (pass the state the previous step returned, or StreamState::zeros)"
    )]
    MissingState { program: String, name: String },
    #[error("program `{program}` has no output `{name}`")]
    MissingOutput { program: String, name: String },
    #[error("{0}")]
    Device(String),
}

pub use compile_cache::CompileCache;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A model with its weights on the device.
pub struct DeviceModel {
    pub config: ModelConfig,
    client: Client,
    /// The device ordinal its weights live on and its programs run on.
    device: usize,
    weights: BTreeMap<String, Buffer>,
    parameter_count: u64,
    compile_cache: Option<CompileCache>,
}

impl DeviceModel {
    /// Checks `weights` against everything the model declares (missing,
    /// extra and misshaped tensors are errors naming the tensor) and uploads
    /// them.
    pub fn new(client: &Client, config: ModelConfig, weights: &Weights) -> Result<DeviceModel> {
        DeviceModel::on_device(client, 0, config, weights)
    }

    /// [`DeviceModel::new`] on the device with ordinal `device`: its weights are
    /// uploaded there and its programs compiled to run there.
    pub fn on_device(client: &Client, device: usize, config: ModelConfig, weights: &Weights) -> Result<DeviceModel> {
        DeviceModel::upload(client, device, config, weights, |_| true)
    }

    /// A model for training on device `device`: only its fixed weights
    /// (those no training step updates: the Performer projections, the
    /// feature statistics) are uploaded, as the trainer holds the trainable
    /// ones as its state. Every weight is still checked.
    pub fn for_training(client: &Client, device: usize, config: ModelConfig, weights: &Weights) -> Result<DeviceModel> {
        DeviceModel::upload(client, device, config, weights, |spec| !hark_model::params::is_trainable(spec))
    }

    fn upload(
        client: &Client,
        device: usize,
        config: ModelConfig,
        weights: &Weights,
        keep: impl Fn(&hark_model::params::WeightSpec) -> bool,
    ) -> Result<DeviceModel> {
        if device >= client.device_count() {
            return Err(Error::Device(format!(
                "device {device} does not exist: the {} plugin has {} ({})",
                client.platform_name().unwrap_or_default(),
                client.device_count(),
                if client.device_count() == 1 {
                    "ordinal 0".to_string()
                } else {
                    format!("ordinals 0 to {}", client.device_count() - 1)
                }
            )));
        }
        let specs = hark_model::weight_specs(&config)?;
        weights.check(&specs)?;
        let mut on_device = BTreeMap::new();
        for spec in specs.iter().filter(|s| keep(s)) {
            let t = &weights.tensors[&spec.name];
            on_device.insert(spec.name.clone(), client.buffer_on(device, &t.data, &t.shape)?);
        }
        Ok(DeviceModel {
            config,
            client: client.clone(),
            device,
            weights: on_device,
            parameter_count: weights.parameter_count(),
            compile_cache: None,
        })
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The device ordinal the model runs on.
    pub fn device(&self) -> usize {
        self.device
    }

    /// Copies `data` to a new buffer on this model's device.
    pub fn buffer<T: hark_pjrt::NativeType>(&self, data: &[T], dims: &[i64]) -> Result<Buffer> {
        Ok(self.client.buffer_on(self.device, data, dims)?)
    }

    /// A rank-0 buffer on this model's device.
    pub fn scalar<T: hark_pjrt::NativeType>(&self, value: T) -> Result<Buffer> {
        self.buffer(&[value], &[])
    }

    pub fn parameter_count(&self) -> u64 {
        self.parameter_count
    }

    /// Keeps this model's compiled programs in `cache` from now on.
    pub fn set_compile_cache(&mut self, cache: CompileCache) {
        self.compile_cache = Some(cache);
    }

    /// Emits and compiles a program of this model (or loads it from the
    /// compile cache, if one is set).
    pub fn compile(&self, program: ModelProgram) -> Result<Program<'_>> {
        let text = hark_graph::to_mlir(&program.func)?;
        let pjrt = PjrtProgram::from_mlir(program.func.name.clone(), text)?;
        let options = self.compile_options()?;
        let exe = match &self.compile_cache {
            Some(cache) => cache.compile_with(&self.client, &pjrt, &options)?,
            None => self.client.compile_with(&pjrt, &options)?,
        };
        Ok(Program { model: self, exe, program })
    }
}

impl DeviceModel {
    /// Options that run a program on this model's device: device 0 keeps the
    /// defaults (and the compile-cache entries made with them); another
    /// device is pinned by its id.
    fn compile_options(&self) -> Result<hark_pjrt::CompileOptions> {
        Ok(match self.device {
            0 => hark_pjrt::CompileOptions::default(),
            d => hark_pjrt::CompileOptions::on_device(d, self.client.devices()?[d].id as i64),
        })
    }
}

/// The state of a program: one device buffer per state parameter, by name
/// (a step's streaming state, or a training step's weights and optimizer
/// moments).
pub struct StreamState {
    pub buffers: BTreeMap<String, Buffer>,
}

impl StreamState {
    /// Total bytes of the state (all slots).
    pub fn size_in_bytes(&self) -> usize {
        self.buffers.values().map(|b| b.ty().size_in_bytes() as usize).sum()
    }
}

/// What a call returns: the new state (if the program has one) and the
/// other outputs by name.
pub struct Outputs {
    pub state: Option<StreamState>,
    pub values: BTreeMap<String, Buffer>,
}

impl Outputs {
    pub fn take(&mut self, program: &str, name: &str) -> Result<Buffer> {
        self.values.remove(name).ok_or_else(|| Error::MissingOutput { program: program.into(), name: name.into() })
    }
}

/// A compiled program of a [`DeviceModel`], called by input name.
pub struct Program<'m> {
    model: &'m DeviceModel,
    exe: Executable,
    pub program: ModelProgram,
}

impl Program<'_> {
    pub fn name(&self) -> &str {
        &self.program.func.name
    }

    /// The client the program runs on.
    pub fn client(&self) -> &Client {
        &self.model.client
    }

    /// A zero state for every slot (the state at the start of an utterance).
    pub fn zero_state(&self) -> Result<StreamState> {
        let mut buffers = BTreeMap::new();
        for p in self.program.func.params.iter().filter(|p| p.role == Role::State) {
            let bytes = vec![0u8; p.ty.size_in_bytes() as usize];
            let buf = self.model.client.buffer_from_bytes(self.model.device, p.ty.dtype, &bytes, &p.ty.shape)?;
            buffers.insert(p.name.clone(), buf);
        }
        Ok(StreamState { buffers })
    }

    /// Names of the per-call inputs (neither weights nor state).
    pub fn input_names(&self) -> Vec<&str> {
        self.program.func.params.iter().filter(|p| p.role == Role::Input).map(|p| p.name.as_str()).collect()
    }

    /// Runs the program: weights bound by name, `inputs` by name, `state`
    /// donated (required if the program has state).
    pub fn call(&self, inputs: &[(&str, &Buffer)], state: Option<StreamState>) -> Result<Outputs> {
        let args = bind_args(&self.program, self.model, inputs, state)?;
        let results = self.exe.execute(args)?;
        Ok(split_outputs(&self.program, results))
    }
}

/// The arguments of one call of `program` on `model`'s device, in parameter
/// order: weights borrowed from the model, inputs by name, state donated.
fn bind_args<'a>(
    program: &ModelProgram,
    model: &'a DeviceModel,
    inputs: &[(&str, &'a Buffer)],
    state: Option<StreamState>,
) -> Result<Vec<Arg<'a>>> {
    let name = program.func.name.clone();
    let input_names =
        || program.func.params.iter().filter(|p| p.role == Role::Input).map(|p| p.name.as_str()).collect::<Vec<_>>();
    for (input, _) in inputs {
        if !program.func.params.iter().any(|p| p.role == Role::Input && p.name == *input) {
            return Err(Error::UnknownInput {
                program: name,
                name: input.to_string(),
                known: input_names().join(", "),
            });
        }
    }
    let mut state = state.map(|s| s.buffers).unwrap_or_default();
    let mut args: Vec<Arg<'a>> = Vec::with_capacity(program.func.params.len());
    for p in &program.func.params {
        let arg = match p.role {
            Role::Weight => {
                Arg::Borrowed(model.weights.get(&p.name).expect("DeviceModel::new checked every declared weight"))
            }
            Role::Input => {
                let (_, b) = inputs
                    .iter()
                    .find(|(n, _)| *n == p.name)
                    .ok_or_else(|| Error::MissingInput { program: name.clone(), name: p.name.clone() })?;
                Arg::Borrowed(b)
            }
            Role::State => Arg::Donated(
                state
                    .remove(&p.name)
                    .ok_or_else(|| Error::MissingState { program: name.clone(), name: p.name.clone() })?,
            ),
        };
        args.push(arg);
    }
    Ok(args)
}

/// A call's results by output name; an output named like a state
/// parameter is that state's next value.
fn split_outputs(program: &ModelProgram, results: Vec<Buffer>) -> Outputs {
    let mut new_state = BTreeMap::new();
    let mut values = BTreeMap::new();
    let is_state = |name: &str| program.func.params.iter().any(|p| p.role == Role::State && p.name == name);
    for (name, buf) in program.outputs.iter().zip(results) {
        if is_state(name) {
            new_state.insert(name.clone(), buf);
        } else {
            values.insert(name.clone(), buf);
        }
    }
    let state = if new_state.is_empty() { None } else { Some(StreamState { buffers: new_state }) };
    Outputs { state, values }
}

/// A data-parallel program: one replica per model, each model holding the
/// same weights on its own device, launched together so that the replicas
/// can all-reduce (a training step's gradients).
pub struct ReplicatedProgram<'m> {
    models: Vec<&'m DeviceModel>,
    exe: Executable,
    pub program: ModelProgram,
}

impl<'m> ReplicatedProgram<'m> {
    /// Compiles `program` to run as `models.len()` replicas, replica `i` on
    /// `models[i]`'s device (the devices distinct, the configs equal). One
    /// model: the same as [`DeviceModel::compile`].
    pub fn compile(models: &[&'m DeviceModel], program: ModelProgram) -> Result<ReplicatedProgram<'m>> {
        let first = *models.first().ok_or_else(|| Error::Device("a replicated program needs a device".into()))?;
        let mut devices: Vec<usize> = models.iter().map(|m| m.device).collect();
        devices.sort_unstable();
        devices.dedup();
        if devices.len() != models.len() {
            return Err(Error::Device(format!("replicas must be on distinct devices, not {:?}", devices)));
        }
        if models.iter().any(|m| m.config != first.config) {
            return Err(Error::Device("every replica must be the same model".into()));
        }
        let text = hark_graph::to_mlir(&program.func)?;
        let pjrt = PjrtProgram::from_mlir(program.func.name.clone(), text)?;
        let options = if models.len() == 1 {
            first.compile_options()?
        } else {
            let all = first.client.devices()?;
            let ids: Vec<i64> = models.iter().map(|m| all[m.device].id as i64).collect();
            hark_pjrt::CompileOptions::replicated(&ids)
        };
        let exe = match &first.compile_cache {
            Some(cache) => cache.compile_with(&first.client, &pjrt, &options)?,
            None => first.client.compile_with(&pjrt, &options)?,
        };
        Ok(ReplicatedProgram { models: models.to_vec(), exe, program })
    }

    pub fn name(&self) -> &str {
        &self.program.func.name
    }

    /// The models it runs on, one per replica.
    pub fn models(&self) -> &[&'m DeviceModel] {
        &self.models
    }

    /// Runs every replica at once: `inputs[i]` and `states[i]` are replica
    /// `i`'s (on its model's device); returns each replica's outputs.
    pub fn call(&self, inputs: &[Vec<(&str, &Buffer)>], states: Vec<Option<StreamState>>) -> Result<Vec<Outputs>> {
        let n = self.models.len();
        if inputs.len() != n || states.len() != n {
            return Err(Error::Device(format!(
                "program `{}` runs as {n} replicas: it takes {n} input lists and states, not {} and {}",
                self.name(),
                inputs.len(),
                states.len()
            )));
        }
        let mut lists = Vec::with_capacity(n);
        for ((model, inputs), state) in self.models.iter().zip(inputs).zip(states) {
            lists.push(bind_args(&self.program, model, inputs, state)?);
        }
        let results = self.exe.execute_replicated(lists)?;
        Ok(results.into_iter().map(|r| split_outputs(&self.program, r)).collect())
    }
}
