//! Compiled programs and their execution.

use crate::buffer::Buffer;
use crate::client::Client;
use crate::error::Result;
use crate::plugin::{Args, pjrt_call};
use crate::{Error, Event, Signature, TensorType, ffi};

/// StableHLO text with its name (for errors) and its typed entry point.
#[derive(Clone, Debug)]
pub struct Program {
    name: String,
    text: String,
    signature: Signature,
}

impl Program {
    /// A program whose signature is read from the text's `@main` header.
    pub fn from_mlir(name: impl Into<String>, text: impl Into<String>) -> Result<Program> {
        let name = name.into();
        let text = text.into();
        let signature = Signature::parse_mlir(&name, &text)?;
        Ok(Program { name, text, signature })
    }

    /// A program with a signature known by whoever built it.
    pub fn with_signature(name: impl Into<String>, text: impl Into<String>, signature: Signature) -> Program {
        Program { name: name.into(), text: text.into(), signature }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn signature(&self) -> &Signature {
        &self.signature
    }
}

/// One argument of an execution.
pub enum Arg<'a> {
    /// Read only: the caller keeps the buffer. If the program aliases this
    /// parameter to an output, the plugin copies instead of donating.
    Borrowed(&'a Buffer),
    /// Given away: if the program aliases this parameter to an output (state
    /// updated in place), the output reuses its memory. Either way the
    /// caller no longer has it.
    Donated(Buffer),
}

impl<'a> From<&'a Buffer> for Arg<'a> {
    fn from(b: &'a Buffer) -> Self {
        Arg::Borrowed(b)
    }
}

impl From<Buffer> for Arg<'_> {
    fn from(b: Buffer) -> Self {
        Arg::Donated(b)
    }
}

impl Arg<'_> {
    fn buffer(&self) -> &Buffer {
        match self {
            Arg::Borrowed(b) => b,
            Arg::Donated(b) => b,
        }
    }
}

/// Work enqueued by [`Executable::execute_async`]. The outputs may be used at
/// once, as arguments of further executions: PJRT orders the work by its
/// buffer dependencies. Reading one back to the host waits for it.
pub struct Execution {
    pub outputs: Vec<Buffer>,
    /// Ready when the execution has finished on the device.
    pub done: Event,
    /// Indices of the [`Arg::Donated`] arguments whose memory the plugin took
    /// over (those the program aliases to an output). A donated argument not
    /// listed here was dropped without being reused: a state step that should
    /// run in place did not.
    pub donations_taken: Vec<usize>,
}

impl Execution {
    /// Waits for the execution and returns its outputs, or its error.
    pub fn wait(self) -> Result<Vec<Buffer>> {
        self.done.wait()?;
        Ok(self.outputs)
    }
}

/// A compiled, loaded program.
pub struct Executable {
    client: Client,
    raw: *mut ffi::PJRT_LoadedExecutable,
    name: String,
    signature: Signature,
    /// Devices it runs on at once: its replicas (1 for most programs).
    replicas: usize,
}

impl std::fmt::Debug for Executable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Executable").field("name", &self.name).field("signature", &self.signature).finish()
    }
}

// SAFETY: a loaded executable (xla::PjRtLoadedExecutable) may be executed
// concurrently from several threads; the handle is owned and destroyed once.
unsafe impl Send for Executable {}
unsafe impl Sync for Executable {}

impl Executable {
    pub(crate) fn new(client: Client, raw: *mut ffi::PJRT_LoadedExecutable, program: &Program) -> Result<Executable> {
        let mut exe =
            Executable { client, raw, name: program.name.clone(), signature: program.signature.clone(), replicas: 1 };
        let mut devices = ffi::PJRT_LoadedExecutable_AddressableDevices_Args::new();
        devices.executable = raw;
        pjrt_call!(exe.client.inner.api, PJRT_LoadedExecutable_AddressableDevices, &mut devices)?;
        exe.replicas = devices.num_addressable_devices.max(1);
        let compiled = exe.compiled_output_types()?;
        if compiled != exe.signature.results {
            let show = |v: &[TensorType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
            return Err(Error::Signature {
                program: exe.name.clone(),
                message: format!(
                    "the signature declares results ({}) but the compiled program returns ({})",
                    show(&exe.signature.results),
                    show(&compiled)
                ),
            });
        }
        Ok(exe)
    }

    /// Runs `f` on the plugin's (unloaded) executable behind this one, which
    /// is created for the call and destroyed after it.
    fn with_executable<T>(&self, f: impl FnOnce(*mut ffi::PJRT_Executable) -> Result<T>) -> Result<T> {
        let api = self.client.inner.api;
        let mut get = ffi::PJRT_LoadedExecutable_GetExecutable_Args::new();
        get.loaded_executable = self.raw;
        pjrt_call!(api, PJRT_LoadedExecutable_GetExecutable, &mut get)?;
        let result = f(get.executable);
        let mut destroy = ffi::PJRT_Executable_Destroy_Args::new();
        destroy.executable = get.executable;
        pjrt_call!(api, PJRT_Executable_Destroy, &mut destroy)?;
        result
    }

    /// The output types as the plugin compiled them.
    fn compiled_output_types(&self) -> Result<Vec<TensorType>> {
        let api = self.client.inner.api;
        self.with_executable(|exe| {
            let mut n = ffi::PJRT_Executable_NumOutputs_Args::new();
            n.executable = exe;
            pjrt_call!(api, PJRT_Executable_NumOutputs, &mut n)?;
            let mut types = ffi::PJRT_Executable_OutputElementTypes_Args::new();
            types.executable = exe;
            pjrt_call!(api, PJRT_Executable_OutputElementTypes, &mut types)?;
            let mut dims = ffi::PJRT_Executable_OutputDimensions_Args::new();
            dims.executable = exe;
            pjrt_call!(api, PJRT_Executable_OutputDimensions, &mut dims)?;
            if n.num_outputs == 0 {
                return Ok(Vec::new());
            }
            // SAFETY: arrays of num_outputs entries owned by the executable.
            let raw_types = unsafe { std::slice::from_raw_parts(types.output_types, types.num_output_types) };
            let ranks = unsafe { std::slice::from_raw_parts(dims.dim_sizes, dims.num_outputs) };
            let total: usize = ranks.iter().sum();
            let all_dims = if total == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(dims.dims, total) } };
            let mut out = Vec::with_capacity(n.num_outputs);
            let mut at = 0;
            for (&raw, &rank) in raw_types.iter().zip(ranks) {
                let dtype = crate::types::dtype_of_raw(raw).ok_or(Error::UnsupportedElementType { raw })?;
                out.push(TensorType { dtype, shape: all_dims[at..at + rank].to_vec() });
                at += rank;
            }
            Ok(out)
        })
    }

    /// The compiled program in the plugin's own format, for
    /// [`Client::load_compiled`] to load without compiling again. Only the
    /// same plugin build on the same kind of machine can read it back.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        let api = self.client.inner.api;
        self.with_executable(|exe| {
            let mut args = ffi::PJRT_Executable_Serialize_Args::new();
            args.executable = exe;
            pjrt_call!(api, PJRT_Executable_Serialize, &mut args)?;
            let bytes = if args.serialized_bytes_size == 0 {
                Vec::new()
            } else {
                // SAFETY: the plugin's buffer, alive until the deleter below runs.
                unsafe { std::slice::from_raw_parts(args.serialized_bytes as *const u8, args.serialized_bytes_size) }
                    .to_vec()
            };
            if let Some(delete) = args.serialized_executable_deleter {
                // SAFETY: called once, on the object the plugin gave us.
                unsafe { delete(args.serialized_executable) };
            }
            Ok(bytes)
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn signature(&self) -> &Signature {
        &self.signature
    }

    /// The devices one execution runs on: its replicas.
    pub fn replicas(&self) -> usize {
        self.replicas
    }

    /// Runs the program and waits for it; returns its outputs.
    pub fn execute<'a>(&self, args: impl IntoIterator<Item = Arg<'a>>) -> Result<Vec<Buffer>> {
        self.execute_async(args)?.wait()
    }

    /// Enqueues the program and returns at once with its (future) outputs.
    pub fn execute_async<'a>(&self, args: impl IntoIterator<Item = Arg<'a>>) -> Result<Execution> {
        let mut runs = self.execute_replicated_async(vec![args.into_iter().collect()])?;
        Ok(runs.pop().expect("one execution per argument list"))
    }

    /// Runs a replicated program (compiled with
    /// [`CompileOptions::replicated`](crate::CompileOptions::replicated)) on
    /// every replica at once, `lists[i]` being replica `i`'s arguments (on
    /// its device), and waits; returns each replica's outputs.
    pub fn execute_replicated(&self, lists: Vec<Vec<Arg<'_>>>) -> Result<Vec<Vec<Buffer>>> {
        self.execute_replicated_async(lists)?.into_iter().map(Execution::wait).collect()
    }

    /// Enqueues one execution per argument list in a single launch: the
    /// replicas of one program, which may exchange data (all-reduce) and so
    /// must start together.
    pub fn execute_replicated_async(&self, lists: Vec<Vec<Arg<'_>>>) -> Result<Vec<Execution>> {
        if lists.len() != self.replicas {
            return Err(Error::Signature {
                program: self.name.clone(),
                message: format!(
                    "it runs as {} replica(s) but was given {} argument list(s), one per replica",
                    self.replicas,
                    lists.len()
                ),
            });
        }
        for args in &lists {
            self.check_args(args)?;
        }
        // Every replica's arguments play the same parts, so one list of
        // read-only indices serves all.
        let borrowed = |args: &[Arg<'_>]| -> Vec<i64> {
            args.iter().enumerate().filter(|(_, a)| matches!(a, Arg::Borrowed(_))).map(|(i, _)| i as i64).collect()
        };
        let keep = borrowed(&lists[0]);
        if lists.iter().any(|args| borrowed(args) != keep) {
            return Err(Error::Signature {
                program: self.name.clone(),
                message: "replicas must donate the same arguments".into(),
            });
        }
        let api = self.client.inner.api;
        let devices = lists.len();
        let raw_args: Vec<Vec<*mut ffi::PJRT_Buffer>> =
            lists.iter().map(|args| args.iter().map(|a| a.buffer().raw).collect()).collect();
        let n_out = self.signature.results.len();
        let mut outputs: Vec<Vec<*mut ffi::PJRT_Buffer>> = vec![vec![std::ptr::null_mut(); n_out]; devices];
        let arg_lists: Vec<*const *mut ffi::PJRT_Buffer> = raw_args.iter().map(|a| a.as_ptr()).collect();
        let out_lists: Vec<*mut *mut ffi::PJRT_Buffer> = outputs.iter_mut().map(|o| o.as_mut_ptr()).collect();
        let mut done: Vec<*mut ffi::PJRT_Event> = vec![std::ptr::null_mut(); devices];

        let mut options = ffi::PJRT_ExecuteOptions::new();
        options.non_donatable_input_indices = keep.as_ptr();
        options.num_non_donatable_input_indices = keep.len();
        let mut exec = ffi::PJRT_LoadedExecutable_Execute_Args::new();
        exec.executable = self.raw;
        exec.options = &mut options;
        exec.argument_lists = arg_lists.as_ptr();
        exec.num_devices = devices;
        exec.num_args = self.signature.params.len();
        exec.output_lists = out_lists.as_ptr();
        exec.device_complete_events = done.as_mut_ptr();
        pjrt_call!(api, PJRT_LoadedExecutable_Execute, &mut exec).map_err(|e| match e {
            Error::Pjrt { op, code, message } => {
                Error::Pjrt { op, code, message: format!("running `{}`: {message}", self.name) }
            }
            other => other,
        })?;
        // Own the outputs (and the events) before anything else can fail.
        let mut runs = Vec::with_capacity(devices);
        for (outputs, done) in outputs.into_iter().zip(done) {
            let outputs: Vec<Buffer> = outputs
                .into_iter()
                .zip(&self.signature.results)
                .map(|(raw, ty)| Buffer::from_raw(self.client.clone(), raw, ty.clone()))
                .collect();
            runs.push(Execution { outputs, done: Event::from_raw(api, done), donations_taken: Vec::new() });
        }
        for (run, args) in runs.iter_mut().zip(&lists) {
            for (index, arg) in args.iter().enumerate() {
                if let Arg::Donated(b) = arg {
                    if b.is_deleted()? {
                        run.donations_taken.push(index);
                    }
                }
            }
        }
        // Donated handles are destroyed here (dropping `lists`); their memory
        // now belongs to the outputs they were aliased to.
        drop(lists);
        Ok(runs)
    }

    /// Validates arguments before anything reaches the plugin, which may abort
    /// the process on a mistyped call instead of returning an error.
    fn check_args(&self, args: &[Arg<'_>]) -> Result<()> {
        let params = &self.signature.params;
        if args.len() != params.len() {
            return Err(Error::ArgumentCount { program: self.name.clone(), expected: params.len(), got: args.len() });
        }
        for (index, (arg, param)) in args.iter().zip(params).enumerate() {
            let got = arg.buffer().ty();
            if *got != param.ty {
                return Err(Error::ArgumentType {
                    program: self.name.clone(),
                    index,
                    name: param.name.clone(),
                    expected: Box::new(param.ty.clone()),
                    got: Box::new(got.clone()),
                });
            }
        }
        Ok(())
    }
}

impl Drop for Executable {
    fn drop(&mut self) {
        let mut args = ffi::PJRT_LoadedExecutable_Destroy_Args::new();
        args.executable = self.raw;
        let _ = pjrt_call!(self.client.inner.api, PJRT_LoadedExecutable_Destroy, &mut args);
    }
}
