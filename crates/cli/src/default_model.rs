//! The default model: carried inside the binary, installed by `hark setup`
//! into the per-user cache, and found without a source checkout.
//!
//! The files of `weights/` are embedded at build time and their sha256s are
//! recorded in `weights/SHA256SUMS` (a test keeps the two in step), so an
//! installed `hark` needs no clone, and a stale or damaged installed copy
//! is refused instead of used.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// The environment variable naming a model directory to use by default.
pub const MODEL_ENV: &str = "HARK_MODEL";

/// Each file of the default model, as built into this binary.
const FILES: [(&str, &[u8]); 7] = [
    ("config.json", include_bytes!("../../../weights/config.json")),
    ("model.safetensors", include_bytes!("../../../weights/model.safetensors")),
    ("tokenizer.json", include_bytes!("../../../weights/tokenizer.json")),
    ("lexicon.tsv", include_bytes!("../../../weights/lexicon.tsv")),
    ("bigrams.tsv", include_bytes!("../../../weights/bigrams.tsv")),
    ("decoding.json", include_bytes!("../../../weights/decoding.json")),
    ("README.md", include_bytes!("../../../weights/README.md")),
];

/// `sha256sum` lines for [`FILES`].
const SHA256SUMS: &str = include_str!("../../../weights/SHA256SUMS");

/// The recorded sha256 of each embedded file, in [`FILES`] order.
pub fn recorded_sums() -> Result<Vec<(&'static str, &'static str)>> {
    FILES
        .iter()
        .map(|(name, _)| {
            SHA256SUMS
                .lines()
                .filter_map(|l| l.split_once("  "))
                .find(|(_, file)| file.trim() == *name)
                .map(|(sum, _)| (*name, sum.trim()))
                .with_context(|| format!("weights/SHA256SUMS has no line for {name}"))
        })
        .collect()
}

/// The model's name in the cache: `default-` and the start of its weights'
/// sha256, so a binary with other weights installs beside it.
pub fn id() -> Result<String> {
    let sums = recorded_sums()?;
    let weights = sums.iter().find(|(n, _)| *n == "model.safetensors").expect("model.safetensors is embedded");
    Ok(format!("default-{}", &weights.1[..12]))
}

/// Where [`install`] puts the default model under the cache root.
pub fn install_dir(cache_root: &Path) -> Result<PathBuf> {
    Ok(cache_root.join("models").join(id()?))
}

/// How a model directory was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Flag,
    Environment,
    Cache,
    /// `weights/` beside the binary: a package's layout or a checkout's
    /// `target/release/`.
    BesideBinary,
}

/// A model directory and how it was found.
#[derive(Clone, Debug)]
pub struct Located {
    pub dir: PathBuf,
    pub source: Source,
}

/// Finds the model to use: `--model`, then `$HARK_MODEL`, then the default
/// model installed in the cache (checked against the recorded sha256s),
/// then a `weights/` beside the binary.
pub fn locate(flag: Option<&Path>) -> Result<Located> {
    if let Some(dir) = flag {
        return Ok(Located { dir: dir.into(), source: Source::Flag });
    }
    if let Some(dir) = std::env::var_os(MODEL_ENV).filter(|d| !d.is_empty()) {
        return Ok(Located { dir: dir.into(), source: Source::Environment });
    }
    let mut searched = Vec::new();
    if let Some(root) = hark_plugins::cache_root() {
        let dir = install_dir(&root)?;
        if dir.is_dir() {
            verify(&dir).with_context(|| {
                format!(
                    "the default model installed in {} is damaged or stale: run `hark setup --model-only`",
                    dir.display()
                )
            })?;
            return Ok(Located { dir, source: Source::Cache });
        }
        searched.push(dir);
    }
    for dir in beside_binary() {
        if dir.join("config.json").is_file() {
            return Ok(Located { dir, source: Source::BesideBinary });
        }
        searched.push(dir);
    }
    let searched: Vec<String> = searched.iter().map(|d| d.display().to_string()).collect();
    bail!("no default model (looked in {}): run `hark setup` to install it, or pass --model DIR", searched.join(", "))
}

/// `weights/` one and two levels above the binary's directory: `bin/hark`
/// of an unpacked package, `target/release/hark` of a checkout.
fn beside_binary() -> Vec<PathBuf> {
    let Some(bin) = std::env::current_exe().ok().and_then(|e| e.canonicalize().ok()) else {
        return Vec::new();
    };
    bin.ancestors().skip(2).take(2).map(|d| d.join("weights")).collect()
}

/// Checks every file of `dir` against the recorded sha256s.
pub fn verify(dir: &Path) -> Result<()> {
    for (name, expected) in recorded_sums()? {
        let path = dir.join(name);
        let actual = hark_plugins::sha256_file(&path)?;
        if actual != expected {
            bail!("{}: sha256 {actual}, expected {expected}", path.display());
        }
    }
    Ok(())
}

/// What [`install`] did.
pub enum Installed {
    Already(PathBuf),
    Now(PathBuf),
}

/// Installs the embedded default model into the cache: written beside its
/// place, checked, and renamed into it, so a killed setup leaves nothing
/// half-installed. A damaged copy in its place is replaced.
pub fn install(cache_root: &Path) -> Result<Installed> {
    let target = install_dir(cache_root)?;
    if target.is_dir() {
        if verify(&target).is_ok() {
            return Ok(Installed::Already(target));
        }
        std::fs::remove_dir_all(&target).with_context(|| format!("removing the damaged {}", target.display()))?;
    }
    let parent = target.parent().expect("the install dir has a parent");
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".installing-")
        .tempdir_in(parent)
        .with_context(|| format!("creating a directory in {}", parent.display()))?;
    for (name, bytes) in FILES {
        let path = tmp.path().join(name);
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
    }
    verify(tmp.path()).context("the written model does not match its recorded sha256s")?;
    let staged = tmp.keep();
    if let Err(e) = std::fs::rename(&staged, &target) {
        let _ = std::fs::remove_dir_all(&staged);
        // Another setup may have finished first.
        if verify(&target).is_ok() {
            return Ok(Installed::Already(target));
        }
        return Err(e).with_context(|| format!("moving the model into {}", target.display()));
    }
    Ok(Installed::Now(target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recorded_sums_are_those_of_the_embedded_files() {
        for ((name, bytes), (_, recorded)) in FILES.iter().zip(recorded_sums().unwrap()) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            assert_eq!(
                hark_plugins::sha256_file(&path).unwrap(),
                recorded,
                "weights/{name} changed: run `(cd weights && sha256sum config.json model.safetensors \
                 tokenizer.json lexicon.tsv bigrams.tsv decoding.json README.md > SHA256SUMS)`"
            );
        }
    }

    #[test]
    fn install_is_idempotent_and_replaces_a_damaged_copy() {
        let root = tempfile::tempdir().unwrap();
        let Installed::Now(dir) = install(root.path()).unwrap() else { panic!("a fresh cache installs") };
        assert!(matches!(install(root.path()).unwrap(), Installed::Already(_)));
        std::fs::write(dir.join("tokenizer.json"), b"{}").unwrap();
        let err = verify(&dir).unwrap_err().to_string();
        assert!(err.contains("tokenizer.json: sha256"), "{err}");
        assert!(matches!(install(root.path()).unwrap(), Installed::Now(_)));
        verify(&dir).unwrap();
        // Nothing is left beside it.
        let entries: Vec<_> = std::fs::read_dir(dir.parent().unwrap()).unwrap().collect();
        assert_eq!(entries.len(), 1);
    }
}
