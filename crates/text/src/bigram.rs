//! A word bigram language model of the training text, for the lexicon's
//! context-aware correction: interpolated Kneser-Ney with one absolute
//! discount. Small enough (one line per distinct word pair of the training
//! text) to ship beside the model and to load in milliseconds.

use std::collections::HashMap;
use std::path::Path;

use crate::counts_file::{CountsFileError, read_counts};

/// The sentence boundaries of `bigrams.tsv`.
pub const SENTENCE_START: &str = "<s>";
pub const SENTENCE_END: &str = "</s>";

/// Kneser-Ney's usual discount for counts of one and up.
const DISCOUNT: f64 = 0.75;

/// Word-pair counts, and what Kneser-Ney derives from them.
#[derive(Clone, Debug)]
pub struct Bigrams {
    pairs: HashMap<(String, String), u64>,
    /// Per previous word: total count of pairs it starts, distinct followers.
    contexts: HashMap<String, (u64, u64)>,
    /// Per word: distinct words it follows (its continuation count).
    continuations: HashMap<String, u64>,
    distinct_pairs: u64,
}

impl Bigrams {
    /// Reads `PREVIOUS<TAB>WORD<TAB>COUNT` lines (`scripts/make_lexicon.py
    /// --bigrams` writes them; sentences start after `<s>` and end before
    /// `</s>`; blank lines are skipped).
    pub fn load(path: &Path) -> Result<Bigrams, CountsFileError> {
        let rows = read_counts(path, ["PREVIOUS", "WORD"])?;
        Ok(Bigrams::from_counts(rows.into_iter().map(|([prev, word], c)| ((prev, word), c))))
    }

    /// A model of `((previous, word), count)` pairs; repeated pairs add up.
    pub fn from_counts(entries: impl IntoIterator<Item = ((String, String), u64)>) -> Bigrams {
        let mut pairs: HashMap<(String, String), u64> = HashMap::new();
        for (pair, c) in entries {
            *pairs.entry(pair).or_default() += c;
        }
        let mut contexts: HashMap<String, (u64, u64)> = HashMap::new();
        let mut continuations: HashMap<String, u64> = HashMap::new();
        for ((prev, word), &c) in &pairs {
            let ctx = contexts.entry(prev.clone()).or_default();
            ctx.0 += c;
            ctx.1 += 1;
            *continuations.entry(word.clone()).or_default() += 1;
        }
        let distinct_pairs = pairs.len() as u64;
        Bigrams { pairs, contexts, continuations, distinct_pairs }
    }

    /// The continuation probability, smoothed so that a word never seen
    /// after anything keeps a little mass.
    fn continuation(&self, word: &str) -> f64 {
        let vocabulary = self.continuations.len() as f64 + 1.0;
        (self.continuations.get(word).copied().unwrap_or(0) as f64 + 0.5) / (self.distinct_pairs as f64 + 0.5 * vocabulary)
    }

    /// Natural log of P(word | previous).
    pub fn log_prob(&self, previous: &str, word: &str) -> f64 {
        let lower = self.continuation(word);
        let Some(&(total, followers)) = self.contexts.get(previous) else {
            return lower.ln();
        };
        let total = total as f64;
        let seen = self.pairs.get(&(previous.to_string(), word.to_string())).copied().unwrap_or(0) as f64;
        ((seen - DISCOUNT).max(0.0) / total + DISCOUNT * followers as f64 / total * lower).ln()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Bigrams {
        let text = ["the cat sat", "the cat ran", "a dog sat", "the dog ran"];
        let mut entries = Vec::new();
        for s in text {
            let words: Vec<&str> = std::iter::once(SENTENCE_START).chain(s.split(' ')).chain([SENTENCE_END]).collect();
            for w in words.windows(2) {
                entries.push(((w[0].to_string(), w[1].to_string()), 1));
            }
        }
        Bigrams::from_counts(entries)
    }

    /// Each context's distribution over the vocabulary, plus the mass the
    /// smoothing keeps for words never seen, sums to one (f64 host
    /// reference: the sum is exact up to rounding).
    #[test]
    fn each_context_is_a_distribution() {
        let m = model();
        let vocabulary: Vec<String> = m.continuations.keys().cloned().collect();
        let unseen_mass = 0.5 / (m.distinct_pairs as f64 + 0.5 * (vocabulary.len() as f64 + 1.0));
        for ctx in ["<s>", "the", "cat", "dog", "a", "never-seen"] {
            let total: f64 = vocabulary.iter().map(|w| m.log_prob(ctx, w).exp()).sum();
            let (seen, followers) = m.contexts.get(ctx).map(|&(t, f)| (t as f64, f as f64)).unwrap_or((1.0, 0.0));
            let kept = if followers > 0.0 { DISCOUNT * followers / seen * unseen_mass } else { unseen_mass };
            assert!((total + kept - 1.0).abs() < 1e-12, "{ctx}: {total} + {kept}");
        }
    }

    #[test]
    fn seen_pairs_beat_unseen_ones() {
        let m = model();
        assert!(m.log_prob("the", "cat") > m.log_prob("the", "sat"));
        assert!(m.log_prob("cat", "sat") > m.log_prob("cat", "dog"));
        // An unknown context falls back to continuation counts: "ran" and
        // "sat" each follow two words, "a" only the sentence start.
        assert!(m.log_prob("zebra", "sat") > m.log_prob("zebra", "a"));
    }

    #[test]
    fn load_names_the_bad_line() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("bigrams.tsv");
        std::fs::write(&good, "<s>\tthe\t3\n\nthe\tcat\t2\nthe\tcat\t1\n").unwrap();
        let m = Bigrams::load(&good).unwrap();
        assert_eq!(m.pairs[&("the".to_string(), "cat".to_string())], 3);
        let bad = dir.path().join("bad.tsv");
        std::fs::write(&bad, "<s>\tthe\t3\nthe cat 2\n").unwrap();
        let err = Bigrams::load(&bad).unwrap_err().to_string();
        assert!(err.contains("bad.tsv") && err.contains("line 2"), "{err}");
        let empty = dir.path().join("empty.tsv");
        std::fs::write(&empty, "").unwrap();
        assert!(Bigrams::load(&empty).unwrap_err().to_string().contains("no entries"));
    }
}
