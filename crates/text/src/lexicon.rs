//! Lexicon correction: a character model spells words it has half heard
//! (`chuldren`); a word list with counts from the training text puts them
//! right. Each word of a transcript that is not in the lexicon becomes the
//! lexicon word nearest to it in edit distance (at most 1 for words of up to
//! three letters, 2 for longer ones), the most frequent among equals; a word
//! with no such neighbour is kept. This is a unigram noisy-channel
//! corrector, not language-model decoding: it cannot split or join words or
//! use context.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::edit_distance;

/// Errors reading a lexicon file (they name the file and line).
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("{path}, line {line}: expected `WORD<TAB>COUNT`, got {text:?}")]
    Line { path: PathBuf, line: usize, text: String },
    #[error("{path}: no words")]
    Empty { path: PathBuf },
}

/// Words with their counts in the training text.
#[derive(Clone, Debug)]
pub struct Lexicon {
    counts: HashMap<String, u64>,
    /// (word, its characters, count) by length in characters: the
    /// candidates within a distance of a word are a few lengths' lists.
    by_length: Vec<Vec<(String, Vec<char>, u64)>>,
}

impl Lexicon {
    /// Reads `WORD<TAB>COUNT` lines (the file `scripts/make_lexicon.py`
    /// writes; blank lines are skipped).
    pub fn load(path: &Path) -> Result<Lexicon, LexiconError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| LexiconError::Read { path: path.to_path_buf(), message: e.to_string() })?;
        let mut counts = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let parsed = line.split_once('\t').and_then(|(w, c)| {
                let w = w.trim();
                let ok = !w.is_empty() && !w.contains(char::is_whitespace);
                c.trim().parse::<u64>().ok().filter(|_| ok).map(|c| (w.to_string(), c))
            });
            match parsed {
                Some(entry) => counts.push(entry),
                None => {
                    return Err(LexiconError::Line { path: path.to_path_buf(), line: i + 1, text: line.to_string() });
                }
            }
        }
        if counts.is_empty() {
            return Err(LexiconError::Empty { path: path.to_path_buf() });
        }
        Ok(Lexicon::from_counts(counts))
    }

    /// A lexicon of `(word, count)` pairs; a repeated word's counts add up.
    pub fn from_counts(entries: impl IntoIterator<Item = (String, u64)>) -> Lexicon {
        let mut counts: HashMap<String, u64> = HashMap::new();
        for (w, c) in entries {
            *counts.entry(w).or_default() += c;
        }
        let mut by_length: Vec<Vec<(String, Vec<char>, u64)>> = Vec::new();
        for (w, &c) in &counts {
            let chars: Vec<char> = w.chars().collect();
            if by_length.len() <= chars.len() {
                by_length.resize_with(chars.len() + 1, Vec::new);
            }
            by_length[chars.len()].push((w.clone(), chars, c));
        }
        // A fixed order, so that ties between equal counts resolve the same
        // way on every run.
        for words in &mut by_length {
            words.sort();
        }
        Lexicon { counts, by_length }
    }

    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    pub fn contains(&self, word: &str) -> bool {
        self.counts.contains_key(word)
    }

    /// `word`, or the lexicon word that replaces it.
    pub fn correct_word<'a>(&'a self, word: &'a str) -> &'a str {
        if self.counts.contains_key(word) {
            return word;
        }
        let chars: Vec<char> = word.chars().collect();
        let max = if chars.len() <= 3 { 1 } else { 2 };
        let mut best: Option<(usize, u64, &str)> = None;
        let lengths = chars.len().saturating_sub(max)..=chars.len() + max;
        for candidates in lengths.filter_map(|n| self.by_length.get(n)) {
            for (candidate, candidate_chars, count) in candidates {
                let d = edit_distance(&chars, candidate_chars);
                let better = match best {
                    None => true,
                    Some((bd, bc, _)) => d < bd || (d == bd && *count > bc),
                };
                if d <= max && better {
                    best = Some((d, *count, candidate));
                }
            }
        }
        best.map_or(word, |(_, _, found)| found)
    }

    /// A transcript with each word corrected (single spaces between words).
    pub fn correct(&self, text: &str) -> String {
        text.split_whitespace().map(|w| self.correct_word(w)).collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::from_counts(
            [("children", 50), ("she", 900), ("gave", 40), ("the", 5000), ("water", 80), ("waiter", 3), ("cat", 10)]
                .map(|(w, c)| (w.to_string(), c)),
        )
    }

    #[test]
    fn known_words_are_kept_and_near_misses_corrected() {
        let lex = lexicon();
        assert_eq!(lex.correct("she gave the chuldren water"), "she gave the children water");
        // Two edits away in a long word.
        assert_eq!(lex.correct_word("chldrn"), "children");
    }

    #[test]
    fn the_nearest_word_wins_and_then_the_most_frequent() {
        let lex = lexicon();
        // "watter" is one edit from "water" and two from "waiter".
        assert_eq!(lex.correct_word("watter"), "water");
        // "waater": one edit from both: the more frequent "water".
        assert_eq!(lex.correct_word("waater"), "water");
    }

    #[test]
    fn short_words_move_at_most_one_edit_and_far_words_stay() {
        let lex = lexicon();
        assert_eq!(lex.correct_word("cot"), "cat");
        // No lexicon word within one edit: kept.
        assert_eq!(lex.correct_word("ox"), "ox");
        assert_eq!(lex.correct_word("xylophone"), "xylophone");
    }

    #[test]
    fn load_reads_counts_and_names_the_bad_line() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("lexicon.tsv");
        std::fs::write(&good, "the\t10\n\nwater\t2\nthe\t5\n").unwrap();
        let lex = Lexicon::load(&good).unwrap();
        assert_eq!(lex.len(), 2);
        assert_eq!(lex.counts["the"], 15);
        let bad = dir.path().join("bad.tsv");
        std::fs::write(&bad, "the\t10\nwater two\n").unwrap();
        let err = Lexicon::load(&bad).unwrap_err().to_string();
        assert!(err.contains("bad.tsv") && err.contains("line 2"), "{err}");
        let empty = dir.path().join("empty.tsv");
        std::fs::write(&empty, "\n").unwrap();
        assert!(Lexicon::load(&empty).unwrap_err().to_string().contains("no words"));
    }
}
