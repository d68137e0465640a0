//! Compiled programs kept on disk, so that a restarted run loads its
//! programs instead of compiling them again (a training step takes about a
//! minute to compile on a 2-core CPU, and a run uses a few dozen shapes).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use hark_pjrt::{Client, CompileOptions, Executable, Program};
use sha2::{Digest, Sha256};

use crate::Result;

/// A directory of serialized executables, one file per program text and
/// plugin build: a changed program, plugin or plugin version misses.
#[derive(Clone, Debug)]
pub struct CompileCache {
    dir: PathBuf,
    loaded: Arc<AtomicUsize>,
}

impl CompileCache {
    pub fn new(dir: impl Into<PathBuf>) -> CompileCache {
        CompileCache { dir: dir.into(), loaded: Arc::new(AtomicUsize::new(0)) }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Programs loaded from the cache so far (by this cache and its clones).
    pub fn loaded(&self) -> usize {
        self.loaded.load(Ordering::Relaxed)
    }

    /// Loads `program` from the cache, or compiles it and stores it. A
    /// cache entry the plugin refuses is compiled afresh and replaced; a
    /// cache that cannot be written only costs the next run a compile.
    pub fn compile(&self, client: &Client, program: &Program) -> Result<Executable> {
        self.compile_with(client, program, &CompileOptions::default())
    }

    /// [`CompileCache::compile`] with `options` (the device among them:
    /// part of the key, so a program compiled for one device never runs on
    /// another).
    pub fn compile_with(&self, client: &Client, program: &Program, options: &CompileOptions) -> Result<Executable> {
        let path = self.dir.join(format!("{}.pjrt", self.key(client, program, options)?));
        if let Ok(bytes) = std::fs::read(&path)
            && let Ok(exe) = client.load_compiled(program, &bytes)
        {
            self.loaded.fetch_add(1, Ordering::Relaxed);
            return Ok(exe);
        }
        let exe = client.compile_with(program, options)?;
        let _ = self.store(&path, &exe.serialize()?);
        Ok(exe)
    }

    fn key(&self, client: &Client, program: &Program, options: &CompileOptions) -> Result<String> {
        let plugin = client.plugin().path();
        let meta = std::fs::metadata(plugin).ok();
        let mut h = Sha256::new();
        h.update(plugin.as_os_str().as_encoded_bytes());
        h.update(format!("{:?}", meta.as_ref().map(|m| (m.len(), m.modified().ok()))));
        h.update(client.platform_version()?);
        h.update(program.text());
        // The default options add nothing, so entries made before devices
        // were part of the key still load.
        if *options != CompileOptions::default() {
            h.update(options.to_proto_bytes());
        }
        let digest = h.finalize();
        Ok(digest.iter().take(16).map(|b| format!("{b:02x}")).collect())
    }

    /// Writes through a temporary file, so a reader never sees half an entry.
    fn store(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, path)
    }
}
