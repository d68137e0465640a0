//! Manifests: lists of audio files, as text (one path per line) or JSONL
//! (one object per line naming its audio). The one reader of both, for
//! transcription inputs, training corpora, evaluation sets and noise.
//! Relative paths are relative to the manifest; blank lines and lines
//! starting with `#` are skipped.

use std::path::{Path, PathBuf};

/// The fields a JSONL record may name its audio by, in order of preference.
pub const AUDIO_FIELDS: [&str; 3] = ["audio", "path", "file"];

/// A manifest that cannot be read, naming it and the line at fault.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct ManifestError {
    pub path: PathBuf,
    pub message: String,
}

/// One line of a JSONL manifest.
#[derive(Clone, Debug)]
pub struct Record {
    /// 1-based line number, for errors.
    pub line: usize,
    /// The record's audio path (resolved against the manifest), if it names one.
    pub audio: Option<PathBuf>,
    /// The whole record, for its other fields (`text`, ...).
    pub fields: serde_json::Value,
}

impl Record {
    /// The audio path, or an error naming the line.
    pub fn require_audio(&self, manifest: &Path) -> Result<&Path, ManifestError> {
        self.audio.as_deref().ok_or_else(|| ManifestError {
            path: manifest.into(),
            message: format!("line {}: no \"audio\" (or \"path\"/\"file\") string field", self.line),
        })
    }

    /// A string field.
    pub fn text_field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).and_then(|v| v.as_str())
    }
}

fn lines(path: &Path) -> Result<Vec<(usize, String)>, ManifestError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| ManifestError { path: path.into(), message: e.to_string() })?;
    Ok(text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim().to_string()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect())
}

/// `entry` resolved against the directory of `manifest`.
pub fn relative_to(manifest: &Path, entry: &str) -> PathBuf {
    let p = PathBuf::from(entry);
    if p.is_absolute() { p } else { manifest.parent().unwrap_or(Path::new(".")).join(p) }
}

/// The paths of a text manifest (one per line).
pub fn read_list(path: &Path) -> Result<Vec<PathBuf>, ManifestError> {
    Ok(lines(path)?.into_iter().map(|(_, l)| relative_to(path, &l)).collect())
}

/// The records of a JSONL manifest.
pub fn read_jsonl(path: &Path) -> Result<Vec<Record>, ManifestError> {
    let mut out = Vec::new();
    for (line, text) in lines(path)? {
        let fields: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| ManifestError { path: path.into(), message: format!("line {line}: {e}") })?;
        let audio =
            AUDIO_FIELDS.iter().find_map(|k| fields.get(k).and_then(|v| v.as_str())).map(|a| relative_to(path, a));
        out.push(Record { line, audio, fields });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_resolve_paths_and_name_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let m = dir.path().join("set.jsonl");
        std::fs::write(
            &m,
            "{\"audio\": \"a.wav\", \"text\": \"one\"}\n\n# a comment\n{\"path\": \"/abs/b.wav\"}\n{\"text\": \"x\"}\n",
        )
        .unwrap();
        let r = read_jsonl(&m).unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].audio.as_deref(), Some(dir.path().join("a.wav").as_path()));
        assert_eq!(r[0].text_field("text"), Some("one"));
        assert_eq!(r[1].audio.as_deref(), Some(Path::new("/abs/b.wav")));
        assert_eq!(r[1].line, 4);
        let err = r[2].require_audio(&m).unwrap_err().to_string();
        assert!(err.contains("set.jsonl") && err.contains("line 5"), "{err}");
        std::fs::write(&m, "{\"audio\": \"a.wav\"}\nnot json\n").unwrap();
        let err = read_jsonl(&m).unwrap_err().to_string();
        assert!(err.contains("set.jsonl: line 2"), "{err}");
        let list = dir.path().join("list.txt");
        std::fs::write(&list, "x.wav\n\n/y.wav\n").unwrap();
        assert_eq!(read_list(&list).unwrap(), vec![dir.path().join("x.wav"), PathBuf::from("/y.wav")]);
    }
}
