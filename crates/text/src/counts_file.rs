//! The tab-separated count files beside a model (`lexicon.tsv`:
//! `WORD<TAB>COUNT`; `bigrams.tsv`: `PREVIOUS<TAB>WORD<TAB>COUNT`), read
//! with errors that name the file and line.

use std::path::{Path, PathBuf};

/// Errors reading a count file.
#[derive(Debug, thiserror::Error)]
pub enum CountsFileError {
    #[error("{path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("{path}, line {line}: expected `{expected}`, got {text:?}")]
    Line { path: PathBuf, line: usize, expected: String, text: String },
    #[error("{path}: no entries")]
    Empty { path: PathBuf },
}

/// The rows of `path`: `N` words (non-empty, no spaces) and a count per
/// line, blank lines skipped. `columns` names the fields for the error.
pub(crate) fn read_counts<const N: usize>(
    path: &Path,
    columns: [&str; N],
) -> Result<Vec<([String; N], u64)>, CountsFileError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| CountsFileError::Read { path: path.to_path_buf(), message: e.to_string() })?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let word_ok = |w: &&str| !w.is_empty() && !w.contains(char::is_whitespace);
        let parsed = match fields.split_last() {
            Some((count, words)) if words.len() == N && words.iter().all(word_ok) => {
                count.parse::<u64>().ok().map(|c| (std::array::from_fn(|k| words[k].to_string()), c))
            }
            _ => None,
        };
        match parsed {
            Some(row) => rows.push(row),
            None => {
                let expected = columns.iter().chain(&["COUNT"]).copied().collect::<Vec<_>>().join("<TAB>");
                return Err(CountsFileError::Line {
                    path: path.to_path_buf(),
                    line: i + 1,
                    expected,
                    text: line.into(),
                });
            }
        }
    }
    if rows.is_empty() {
        return Err(CountsFileError::Empty { path: path.to_path_buf() });
    }
    Ok(rows)
}
