//! What to transcribe: files, directories (recursive), manifests, or a list
//! on stdin.

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

fn manifest_lines(path: &Path) -> Result<Vec<(usize, String)>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Input { path: path.into(), message: e.to_string() })?;
    Ok(text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim().to_string()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect())
}

fn relative_to(manifest: &Path, entry: &str) -> PathBuf {
    let p = PathBuf::from(entry);
    if p.is_absolute() { p } else { manifest.parent().unwrap_or(Path::new(".")).join(p) }
}

fn read_list(path: &Path, inputs: &mut Inputs) -> Result<()> {
    for (_, line) in manifest_lines(path)? {
        inputs.files.push(relative_to(path, &line));
    }
    Ok(())
}

fn read_jsonl(path: &Path, inputs: &mut Inputs) -> Result<()> {
    for (n, line) in manifest_lines(path)? {
        let value: serde_json::Value = serde_json::from_str(&line)
            .map_err(|e| Error::Input { path: path.into(), message: format!("line {n}: {e}") })?;
        let audio =
            ["audio", "path", "file"].iter().find_map(|k| value.get(k).and_then(|v| v.as_str())).ok_or_else(|| {
                Error::Input {
                    path: path.into(),
                    message: format!("line {n}: no \"audio\" (or \"path\"/\"file\") string field"),
                }
            })?;
        inputs.files.push(relative_to(path, audio));
    }
    Ok(())
}
