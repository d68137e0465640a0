//! Loading a PJRT plugin and calling through its function table.

use std::collections::HashMap;
use std::ffi::c_char;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::Error;
use crate::error::{ErrorCode, Result};
use crate::ffi;

/// The plugin's `PJRT_Api` table, checked at load time.
///
/// Copyable and `'static`: plugins are never unloaded (see [`Plugin::load`]).
#[derive(Clone, Copy)]
pub(crate) struct Api {
    raw: *const ffi::PJRT_Api,
    /// The plugin's own `PJRT_Api.struct_size`: slots at or past it do not
    /// exist and are never read.
    struct_size: usize,
}

// SAFETY: the table is immutable after `GetPjrtApi` returns and its functions
// may be called from any thread (the PJRT C API contract).
unsafe impl Send for Api {}
unsafe impl Sync for Api {}

/// Calls a PJRT function through `api`, checking the slot exists, and turns a
/// returned `PJRT_Error*` into [`Error::Pjrt`].
macro_rules! pjrt_call {
    ($api:expr, $func:ident, $args:expr) => {{
        let api: $crate::plugin::Api = $api;
        let slot = api.slot(
            std::mem::offset_of!($crate::ffi::PJRT_Api, $func),
            stringify!($func),
            // SAFETY: `slot` has checked that the field lies within the plugin's table.
            |raw| unsafe { std::ptr::addr_of!((*raw).$func).read() },
        );
        match slot {
            // SAFETY: `args` is a live, correctly sized argument struct for `$func`.
            Ok(f) => api.check(stringify!($func), unsafe { f($args) }),
            Err(e) => Err(e),
        }
    }};
}
pub(crate) use pjrt_call;

/// A zeroed argument struct with `struct_size` set: how every PJRT call starts.
///
/// # Safety
/// Implementors are `repr(C)` structs whose first field is `struct_size: usize`
/// and for which all-zero bytes are a valid value (null pointers, zero counts).
pub(crate) unsafe trait Args: Sized {
    fn new() -> Self {
        // SAFETY: the trait's contract.
        let mut args: Self = unsafe { std::mem::zeroed() };
        // SAFETY: `struct_size` is the first field of a repr(C) struct.
        unsafe { *(&mut args as *mut Self as *mut usize) = size_of::<Self>() };
        args
    }
}

macro_rules! impl_args {
    ($($t:ty),* $(,)?) => { $(unsafe impl Args for $t {})* };
}
impl_args!(
    ffi::PJRT_Error_Destroy_Args,
    ffi::PJRT_Error_Message_Args,
    ffi::PJRT_Error_GetCode_Args,
    ffi::PJRT_Plugin_Initialize_Args,
    ffi::PJRT_Plugin_Attributes_Args,
    ffi::PJRT_Event_Destroy_Args,
    ffi::PJRT_Event_IsReady_Args,
    ffi::PJRT_Event_Error_Args,
    ffi::PJRT_Event_Await_Args,
    ffi::PJRT_Client_Create_Args,
    ffi::PJRT_Client_Destroy_Args,
    ffi::PJRT_Client_String_Args,
    ffi::PJRT_Client_AddressableDevices_Args,
    ffi::PJRT_Program,
    ffi::PJRT_Client_Compile_Args,
    ffi::PJRT_Client_BufferFromHostBuffer_Args,
    ffi::PJRT_DeviceDescription_Id_Args,
    ffi::PJRT_DeviceDescription_String_Args,
    ffi::PJRT_Device_GetDescription_Args,
    ffi::PJRT_Executable_Destroy_Args,
    ffi::PJRT_Executable_NumOutputs_Args,
    ffi::PJRT_LoadedExecutable_Destroy_Args,
    ffi::PJRT_LoadedExecutable_GetExecutable_Args,
    ffi::PJRT_LoadedExecutable_AddressableDevices_Args,
    ffi::PJRT_Executable_Serialize_Args,
    ffi::PJRT_Executable_DeserializeAndLoad_Args,
    ffi::PJRT_ExecuteOptions,
    ffi::PJRT_LoadedExecutable_Execute_Args,
    ffi::PJRT_Executable_OutputElementTypes_Args,
    ffi::PJRT_Executable_OutputDimensions_Args,
    ffi::PJRT_Buffer_Destroy_Args,
    ffi::PJRT_Buffer_Dimensions_Args,
    ffi::PJRT_Buffer_ToHostBuffer_Args,
    ffi::PJRT_NamedValue,
);
unsafe impl<T: Copy> Args for ffi::PJRT_Buffer_Query_Args<T> {}

impl Api {
    /// Reads the function pointer at `offset` if the plugin's table has it.
    pub(crate) fn slot<F>(
        self,
        offset: usize,
        name: &'static str,
        read: impl FnOnce(*const ffi::PJRT_Api) -> Option<F>,
    ) -> Result<F> {
        if offset + size_of::<usize>() > self.struct_size {
            return Err(Error::MissingFunction { function: name, api_size: self.struct_size });
        }
        read(self.raw).ok_or(Error::MissingFunction { function: name, api_size: self.struct_size })
    }

    /// Converts a returned `PJRT_Error*` into a Rust error, freeing it.
    pub(crate) fn check(self, op: &'static str, error: *mut ffi::PJRT_Error) -> Result<()> {
        if error.is_null() {
            return Ok(());
        }
        let mut message = String::from("(the plugin gave no message)");
        let mut code = ErrorCode::Unknown;
        let mut m = ffi::PJRT_Error_Message_Args::new();
        m.error = error;
        if let Ok(f) =
            self.slot(std::mem::offset_of!(ffi::PJRT_Api, PJRT_Error_Message), "PJRT_Error_Message", |raw| unsafe {
                std::ptr::addr_of!((*raw).PJRT_Error_Message).read()
            })
        {
            // SAFETY: `m` is a valid argument struct and `error` a live error.
            unsafe { f(&mut m) };
            // SAFETY: the message lives as long as `error`, which we free below.
            message = unsafe { string_from(m.message, m.message_size) };
        }
        let mut c = ffi::PJRT_Error_GetCode_Args::new();
        c.error = error;
        if let Ok(f) =
            self.slot(std::mem::offset_of!(ffi::PJRT_Api, PJRT_Error_GetCode), "PJRT_Error_GetCode", |raw| unsafe {
                std::ptr::addr_of!((*raw).PJRT_Error_GetCode).read()
            })
        {
            // SAFETY: as above; GetCode on a valid error does not itself fail.
            if unsafe { f(&mut c) }.is_null() {
                code = ErrorCode::from_raw(c.code);
            }
        }
        self.destroy_error(error);
        Err(Error::Pjrt { op, code, message })
    }

    pub(crate) fn destroy_error(self, error: *mut ffi::PJRT_Error) {
        let mut d = ffi::PJRT_Error_Destroy_Args::new();
        d.error = error;
        if let Ok(f) =
            self.slot(std::mem::offset_of!(ffi::PJRT_Api, PJRT_Error_Destroy), "PJRT_Error_Destroy", |raw| unsafe {
                std::ptr::addr_of!((*raw).PJRT_Error_Destroy).read()
            })
        {
            // SAFETY: `error` is live and destroyed exactly once, here.
            unsafe { f(&mut d) };
        }
    }

    pub(crate) fn version(self) -> (i32, i32) {
        // SAFETY: the version header precedes every slot and is always present.
        let v = unsafe { std::ptr::addr_of!((*self.raw).pjrt_api_version).read() };
        (v.major_version, v.minor_version)
    }
}

/// Copies a (pointer, length) string the plugin lent us.
///
/// # Safety
/// `ptr` must be null or point to `len` readable bytes.
pub(crate) unsafe fn string_from(ptr: *const c_char, len: usize) -> String {
    if ptr.is_null() {
        return String::new();
    }
    let bytes = unsafe { std::slice::from_raw_parts(ptr as *const u8, len) };
    String::from_utf8_lossy(bytes).into_owned()
}

/// A value of a plugin attribute (`xla_version`, `stablehlo_current_version`, ...).
#[derive(Clone, Debug, PartialEq)]
pub enum AttributeValue {
    String(String),
    Int(i64),
    IntList(Vec<i64>),
    Float(f32),
    Bool(bool),
}

impl std::fmt::Display for AttributeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::String(s) => f.write_str(s),
            Self::Int(i) => write!(f, "{i}"),
            Self::IntList(l) => {
                let parts: Vec<String> = l.iter().map(|i| i.to_string()).collect();
                f.write_str(&parts.join("."))
            }
            Self::Float(x) => write!(f, "{x}"),
            Self::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// A loaded and initialized PJRT plugin.
///
/// Cheap to clone. A plugin stays loaded for the rest of the process: XLA
/// plugins start threads and register process-wide state, and unloading one
/// while any of that is alive crashes, so the library is never closed. Loading
/// the same file twice returns the same plugin, initialized once.
#[derive(Clone)]
pub struct Plugin {
    pub(crate) api: Api,
    path: PathBuf,
}

impl std::fmt::Debug for Plugin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (major, minor) = self.api_version();
        f.debug_struct("Plugin").field("path", &self.path).field("api_version", &format!("{major}.{minor}")).finish()
    }
}

fn loaded() -> &'static Mutex<HashMap<PathBuf, Plugin>> {
    static LOADED: OnceLock<Mutex<HashMap<PathBuf, Plugin>>> = OnceLock::new();
    LOADED.get_or_init(Default::default)
}

impl Plugin {
    /// Loads the plugin at `path`, checks its C API version against Hark's
    /// declarations and initializes it.
    pub fn load(path: impl AsRef<Path>) -> Result<Plugin> {
        let path = path.as_ref();
        if !path.is_file() {
            return Err(Error::PluginNotFound { path: path.to_path_buf() });
        }
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        let mut registry = loaded().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(plugin) = registry.get(&canonical) {
            return Ok(plugin.clone());
        }

        // SAFETY: loading a shared library runs its initializers; a PJRT plugin's
        // are designed to be loaded into a host process this way.
        let library = unsafe { libloading::Library::new(&canonical) }
            .map_err(|e| Error::PluginLoad { path: path.to_path_buf(), message: e.to_string() })?;
        // SAFETY: the symbol, if present, has the signature the PJRT C API gives it.
        let get_api = unsafe { library.get::<ffi::GetPjrtApiFn>(ffi::GET_PJRT_API_SYMBOL) }
            .map_err(|_| Error::NotAPlugin { path: path.to_path_buf() })?;
        // SAFETY: `GetPjrtApi` takes nothing and returns a pointer to a static table.
        let raw = unsafe { get_api() };
        if raw.is_null() {
            return Err(Error::NotAPlugin { path: path.to_path_buf() });
        }
        // SAFETY: every PJRT_Api starts with its struct_size and version header.
        let struct_size = unsafe { std::ptr::addr_of!((*raw).struct_size).read() };
        let api = Api { raw, struct_size };
        let (major, minor) = api.version();
        if struct_size < ffi::PJRT_API_HEADER_SIZE || major != ffi::PJRT_API_MAJOR || minor > ffi::PJRT_API_MINOR {
            return Err(Error::IncompatibleVersion {
                path: path.to_path_buf(),
                plugin_major: major,
                plugin_minor: minor,
                ours_major: ffi::PJRT_API_MAJOR,
                ours_minor: ffi::PJRT_API_MINOR,
            });
        }
        let mut init = ffi::PJRT_Plugin_Initialize_Args::new();
        pjrt_call!(api, PJRT_Plugin_Initialize, &mut init)?;

        // Never unload: see the type's documentation.
        std::mem::forget(library);
        let plugin = Plugin { api, path: canonical.clone() };
        registry.insert(canonical, plugin.clone());
        Ok(plugin)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The PJRT C API version the plugin implements, as (major, minor).
    pub fn api_version(&self) -> (i32, i32) {
        self.api.version()
    }

    /// The size of the plugin's function table in bytes.
    pub fn api_struct_size(&self) -> usize {
        self.api.struct_size
    }

    /// The plugin's attributes: `xla_version`, `stablehlo_current_version`,
    /// `stablehlo_minimum_version` and whatever else it reports.
    pub fn attributes(&self) -> Result<Vec<(String, AttributeValue)>> {
        let mut args = ffi::PJRT_Plugin_Attributes_Args::new();
        pjrt_call!(self.api, PJRT_Plugin_Attributes, &mut args)?;
        let mut out = Vec::with_capacity(args.num_attributes);
        for i in 0..args.num_attributes {
            // SAFETY: the plugin returned `num_attributes` values living for the process.
            let nv = unsafe { &*args.attributes.add(i) };
            let name = unsafe { string_from(nv.name, nv.name_size) };
            // SAFETY: the union member read is the one `type_` names.
            let value = unsafe {
                match nv.type_ {
                    ffi::PJRT_NamedValue_kString => {
                        AttributeValue::String(string_from(nv.value.string_value, nv.value_size))
                    }
                    ffi::PJRT_NamedValue_kInt64 => AttributeValue::Int(nv.value.int64_value),
                    ffi::PJRT_NamedValue_kInt64List if nv.value.int64_array_value.is_null() => {
                        AttributeValue::IntList(Vec::new())
                    }
                    ffi::PJRT_NamedValue_kInt64List => AttributeValue::IntList(
                        std::slice::from_raw_parts(nv.value.int64_array_value, nv.value_size).to_vec(),
                    ),
                    ffi::PJRT_NamedValue_kFloat => AttributeValue::Float(nv.value.float_value),
                    ffi::PJRT_NamedValue_kBool => AttributeValue::Bool(nv.value.bool_value),
                    _ => continue,
                }
            };
            out.push((name, value));
        }
        Ok(out)
    }
}
