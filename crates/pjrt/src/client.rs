//! A PJRT client: devices, compilation and host-to-device transfers.

use std::ffi::{CString, c_char};
use std::sync::Arc;

use crate::buffer::Buffer;
use crate::error::Result;
use crate::executable::{Executable, Program};
use crate::plugin::{Api, Args, Plugin, pjrt_call, string_from};
use crate::{CompileOptions, DType, Error, NativeType, TensorType, ffi};

/// Options for creating a client. Each is a named value the plugin reads;
/// plugins ignore names they do not know.
#[derive(Clone, Debug, Default)]
pub struct ClientOptions {
    /// CPU plugin: how many host devices to expose (the plugin's default is
    /// 4, whatever the core count).
    pub cpu_device_count: Option<i64>,
    /// Further integer options, by the plugin's name for them.
    pub extra_int_options: Vec<(String, i64)>,
}

pub(crate) struct ClientInner {
    pub(crate) api: Api,
    pub(crate) raw: *mut ffi::PJRT_Client,
    plugin: Plugin,
    devices: Vec<*mut ffi::PJRT_Device>,
}

// SAFETY: a PJRT client (xla::PjRtClient) is thread-safe: every C API entry
// point on it may be called concurrently from any thread. Device pointers are
// owned by the client and immutable.
unsafe impl Send for ClientInner {}
unsafe impl Sync for ClientInner {}

impl Drop for ClientInner {
    fn drop(&mut self) {
        let mut args = ffi::PJRT_Client_Destroy_Args::new();
        args.client = self.raw;
        // Nothing useful can be done with a failure to destroy; the plugin
        // reports none in practice.
        let _ = pjrt_call!(self.api, PJRT_Client_Destroy, &mut args);
    }
}

/// A connection to one plugin's devices. Cheap to clone; buffers and
/// executables keep their client alive.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<ClientInner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("plugin", &self.inner.plugin)
            .field("devices", &self.inner.devices.len())
            .finish()
    }
}

/// An addressable device of a client.
#[derive(Clone, Debug)]
pub struct DeviceInfo {
    /// Position in the client's addressable-device list: what Hark calls the
    /// device ordinal.
    pub ordinal: usize,
    /// The plugin's global device id.
    pub id: i32,
    /// Kind, e.g. "cpu" or "NVIDIA H100 80GB HBM3".
    pub kind: String,
    pub description: String,
}

impl Client {
    pub fn new(plugin: &Plugin, options: &ClientOptions) -> Result<Client> {
        let api = plugin.api;
        let mut names: Vec<CString> = Vec::new();
        let mut ints: Vec<i64> = Vec::new();
        if let Some(n) = options.cpu_device_count {
            names.push(CString::new("cpu_device_count").expect("no NUL"));
            ints.push(n);
        }
        for (name, value) in &options.extra_int_options {
            names.push(
                CString::new(name.as_str())
                    .map_err(|e| Error::InvalidString { what: "client option name", message: e.to_string() })?,
            );
            ints.push(*value);
        }
        let values: Vec<ffi::PJRT_NamedValue> = names
            .iter()
            .zip(&ints)
            .map(|(name, &value)| {
                let mut nv = ffi::PJRT_NamedValue::new();
                nv.name = name.as_ptr();
                nv.name_size = name.as_bytes().len();
                nv.type_ = ffi::PJRT_NamedValue_kInt64;
                nv.value = ffi::PJRT_NamedValue_Value { int64_value: value };
                nv.value_size = 1;
                nv
            })
            .collect();
        let mut args = ffi::PJRT_Client_Create_Args::new();
        args.create_options = values.as_ptr();
        args.num_options = values.len();
        pjrt_call!(api, PJRT_Client_Create, &mut args)?;
        let raw = args.client;

        let mut dev = ffi::PJRT_Client_AddressableDevices_Args::new();
        dev.client = raw;
        let devices = match pjrt_call!(api, PJRT_Client_AddressableDevices, &mut dev) {
            // SAFETY: the plugin returned an array of that many device pointers,
            // owned by the client.
            Ok(()) => {
                unsafe { std::slice::from_raw_parts(dev.addressable_devices, dev.num_addressable_devices) }.to_vec()
            }
            Err(e) => {
                // Destroy the half-made client before reporting.
                drop(ClientInner { api, raw, plugin: plugin.clone(), devices: Vec::new() });
                return Err(e);
            }
        };
        Ok(Client { inner: Arc::new(ClientInner { api, raw, plugin: plugin.clone(), devices }) })
    }

    pub fn plugin(&self) -> &Plugin {
        &self.inner.plugin
    }

    /// "cpu", "cuda", "tpu", ...
    pub fn platform_name(&self) -> Result<String> {
        self.client_string(|api, args| pjrt_call!(api, PJRT_Client_PlatformName, args))
    }

    pub fn platform_version(&self) -> Result<String> {
        self.client_string(|api, args| pjrt_call!(api, PJRT_Client_PlatformVersion, args))
    }

    fn client_string(&self, call: impl FnOnce(Api, &mut ffi::PJRT_Client_String_Args) -> Result<()>) -> Result<String> {
        let mut args = ffi::PJRT_Client_String_Args::new();
        args.client = self.inner.raw;
        call(self.inner.api, &mut args)?;
        // SAFETY: the string is owned by the client, which is alive.
        Ok(unsafe { string_from(args.string, args.string_size) })
    }

    pub fn device_count(&self) -> usize {
        self.inner.devices.len()
    }

    /// Describes every addressable device.
    pub fn devices(&self) -> Result<Vec<DeviceInfo>> {
        let api = self.inner.api;
        self.inner
            .devices
            .iter()
            .enumerate()
            .map(|(ordinal, &device)| {
                let mut d = ffi::PJRT_Device_GetDescription_Args::new();
                d.device = device;
                pjrt_call!(api, PJRT_Device_GetDescription, &mut d)?;
                let desc = d.device_description;
                let mut id = ffi::PJRT_DeviceDescription_Id_Args::new();
                id.device_description = desc;
                pjrt_call!(api, PJRT_DeviceDescription_Id, &mut id)?;
                let mut kind = ffi::PJRT_DeviceDescription_String_Args::new();
                kind.device_description = desc;
                pjrt_call!(api, PJRT_DeviceDescription_Kind, &mut kind)?;
                let mut debug = ffi::PJRT_DeviceDescription_String_Args::new();
                debug.device_description = desc;
                pjrt_call!(api, PJRT_DeviceDescription_DebugString, &mut debug)?;
                // SAFETY: strings owned by the device description, alive with the client.
                Ok(DeviceInfo {
                    ordinal,
                    id: id.id,
                    kind: unsafe { string_from(kind.string, kind.string_size) },
                    description: unsafe { string_from(debug.string, debug.string_size) },
                })
            })
            .collect()
    }

    /// Compiles a StableHLO program with default options (one replica, one
    /// partition).
    pub fn compile(&self, program: &Program) -> Result<Executable> {
        self.compile_with(program, &CompileOptions::default())
    }

    pub fn compile_with(&self, program: &Program, options: &CompileOptions) -> Result<Executable> {
        let api = self.inner.api;
        let format = b"mlir";
        let mut prog = ffi::PJRT_Program::new();
        // The plugin only reads the code; the field is non-const for history's sake.
        prog.code = program.text().as_ptr() as *mut c_char;
        prog.code_size = program.text().len();
        prog.format = format.as_ptr() as *const c_char;
        prog.format_size = format.len();
        let proto = options.to_proto_bytes();
        let mut args = ffi::PJRT_Client_Compile_Args::new();
        args.client = self.inner.raw;
        args.program = &prog;
        args.compile_options = proto.as_ptr() as *const c_char;
        args.compile_options_size = proto.len();
        pjrt_call!(api, PJRT_Client_Compile, &mut args)
            .map_err(|e| e.about(&format!("compiling `{}`", program.name())))?;
        Executable::new(self.clone(), args.executable, program)
    }

    /// Loads a program compiled earlier (bytes from [`Executable::serialize`]
    /// by the same plugin); `program` names it and gives its signature, which
    /// is checked against what was compiled.
    pub fn load_compiled(&self, program: &Program, bytes: &[u8]) -> Result<Executable> {
        let api = self.inner.api;
        let mut args = ffi::PJRT_Executable_DeserializeAndLoad_Args::new();
        args.client = self.inner.raw;
        args.serialized_executable = bytes.as_ptr() as *const c_char;
        args.serialized_executable_size = bytes.len();
        pjrt_call!(api, PJRT_Executable_DeserializeAndLoad, &mut args)
            .map_err(|e| e.about(&format!("loading compiled `{}`", program.name())))?;
        Executable::new(self.clone(), args.loaded_executable, program)
    }

    /// Copies `data` to a new buffer of shape `dims` on device 0.
    pub fn buffer<T: NativeType>(&self, data: &[T], dims: &[i64]) -> Result<Buffer> {
        self.buffer_on(0, data, dims)
    }

    /// Copies `data` to a new buffer on the device with the given ordinal.
    pub fn buffer_on<T: NativeType>(&self, device: usize, data: &[T], dims: &[i64]) -> Result<Buffer> {
        // SAFETY: NativeType guarantees T is plain data of the element's size.
        let bytes = unsafe { std::slice::from_raw_parts(data.as_ptr() as *const u8, size_of_val(data)) };
        self.buffer_from_bytes(device, T::ELEMENT_TYPE, bytes, dims)
    }

    /// A rank-0 buffer.
    pub fn scalar<T: NativeType>(&self, value: T) -> Result<Buffer> {
        self.buffer(&[value], &[])
    }

    /// Copies raw little-endian element bytes (dense, row-major) to a new buffer.
    pub fn buffer_from_bytes(&self, device: usize, element: DType, bytes: &[u8], dims: &[i64]) -> Result<Buffer> {
        let ty = TensorType::new(element, dims);
        if dims.iter().any(|&d| d < 0) {
            return Err(Error::HostDataSize { ty, expected: 0, got: bytes.len() / element.size_in_bytes() });
        }
        if bytes.len() as u64 != ty.size_in_bytes() {
            return Err(Error::HostDataSize {
                expected: ty.element_count() as usize,
                got: bytes.len() / element.size_in_bytes(),
                ty,
            });
        }
        let Some(&device_ptr) = self.inner.devices.get(device) else {
            return Err(Error::Pjrt {
                op: "PJRT_Client_BufferFromHostBuffer",
                code: crate::ErrorCode::InvalidArgument,
                message: format!("no device with ordinal {device} (the client has {})", self.device_count()),
            });
        };
        let api = self.inner.api;
        let mut args = ffi::PJRT_Client_BufferFromHostBuffer_Args::new();
        args.client = self.inner.raw;
        // Zero-size arrays still need a valid, aligned pointer.
        static EMPTY: [u64; 1] = [0];
        args.data = if bytes.is_empty() { EMPTY.as_ptr() as *const _ } else { bytes.as_ptr() as *const _ };
        args.type_ = crate::types::raw_type(element);
        args.dims = dims.as_ptr();
        args.num_dims = dims.len();
        // Copied before the call returns: `bytes` may be freed right after.
        args.host_buffer_semantics = ffi::PJRT_HostBufferSemantics_kImmutableOnlyDuringCall;
        args.device = device_ptr;
        pjrt_call!(api, PJRT_Client_BufferFromHostBuffer, &mut args)?;
        // With ImmutableOnlyDuringCall the host data is no longer needed; the
        // event only has to be freed.
        drop(crate::Event::from_raw(api, args.done_with_host_buffer));
        Ok(Buffer::from_raw(self.clone(), args.buffer, ty))
    }
}
