//! What to transcribe: files, directories (recursive), manifests, or a list
//! on stdin.

use hark_audio::manifest;
use std::io::BufRead;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

pub use hark_audio::AUDIO_EXTENSIONS;

/// The inputs found, and what was passed over.
#[derive(Debug, Default)]
pub struct Inputs {
    pub files: Vec<PathBuf>,
    /// Files in directories without an audio extension: reported, not
    /// transcribed, not failures.
    pub skipped: Vec<PathBuf>,
}

use hark_audio::is_audio_path as is_audio;

/// Fails, with the audio reader's own error, if `path` is missing, a
/// directory or cannot be opened: such files are reported before any
/// compiling starts (seconds), and read the same as if they failed later.
pub fn check_readable(path: &Path) -> std::result::Result<(), hark_audio::Error> {
    let io = |source| hark_audio::Error::Io { path: path.into(), source };
    if std::fs::metadata(path).map_err(io)?.is_dir() {
        return Err(io(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
    }
    std::fs::File::open(path).map(drop).map_err(io)
}

/// Expands the command-line arguments:
/// - `-`: a list of paths on `stdin`, one per line;
/// - a directory: its audio files, recursively, in sorted order;
/// - a `.jsonl` manifest: one object per line with `audio` (or `path`/`file`);
/// - a `.txt`/`.list`/`.lst`/`.scp` manifest: one path per line;
/// - anything else: a file to transcribe (missing files are kept, and fail
///   with their reason when transcribed, so nothing is dropped silently).
///
/// Relative paths in a manifest are relative to the manifest's directory.
pub fn collect(args: &[String], stdin: &mut dyn BufRead) -> Result<Inputs> {
    let mut inputs = Inputs::default();
    for arg in args {
        if arg == "-" {
            for line in stdin.lines() {
                let line = line.map_err(|e| Error::Input { path: "-".into(), message: e.to_string() })?;
                let line = line.trim();
                if !line.is_empty() && !line.starts_with('#') {
                    inputs.files.push(PathBuf::from(line));
                }
            }
            continue;
        }
        let path = PathBuf::from(arg);
        if path.is_dir() {
            walk(&path, &mut inputs)?;
        } else if has_extension(&path, &["jsonl"]) {
            read_jsonl(&path, &mut inputs)?;
        } else if has_extension(&path, &["txt", "list", "lst", "scp"]) {
            read_list(&path, &mut inputs)?;
        } else {
            inputs.files.push(path);
        }
    }
    Ok(inputs)
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.contains(&e))
}

fn walk(dir: &Path, inputs: &mut Inputs) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::Input { path: dir.into(), message: e.to_string() })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.')))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, inputs)?;
        } else if is_audio(&p) {
            inputs.files.push(p);
        } else {
            inputs.skipped.push(p);
        }
    }
    Ok(())
}

fn read_list(path: &Path, inputs: &mut Inputs) -> Result<()> {
    inputs.files.extend(manifest::read_list(path).map_err(manifest_error)?);
    Ok(())
}

fn read_jsonl(path: &Path, inputs: &mut Inputs) -> Result<()> {
    for record in manifest::read_jsonl(path).map_err(manifest_error)? {
        inputs.files.push(record.require_audio(path).map_err(manifest_error)?.to_path_buf());
    }
    Ok(())
}

fn manifest_error(e: manifest::ManifestError) -> Error {
    Error::Input { path: e.path, message: e.message }
}
