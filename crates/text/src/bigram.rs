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
    /// Every word of the pairs, numbered: lookups by `&str` allocate nothing.
    ids: HashMap<String, u32>,
    pairs: HashMap<(u32, u32), u64>,
    /// Per word id as the previous word: total count of the pairs it
    /// starts, and its distinct followers.
    contexts: Vec<(u64, u64)>,
    /// Per word id: the distinct words it follows (its continuation count).
    continuations: Vec<u64>,
    /// Words that follow something (the continuation distribution's support).
    vocabulary: u64,
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
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut id = |w: String| {
            let next = ids.len() as u32;
            *ids.entry(w).or_insert(next)
        };
        let mut pairs: HashMap<(u32, u32), u64> = HashMap::new();
        for ((prev, word), c) in entries {
            *pairs.entry((id(prev), id(word))).or_default() += c;
        }
        let mut contexts = vec![(0, 0); ids.len()];
        let mut continuations = vec![0; ids.len()];
        for (&(prev, word), &c) in &pairs {
            contexts[prev as usize].0 += c;
            contexts[prev as usize].1 += 1;
            continuations[word as usize] += 1;
        }
        let vocabulary = continuations.iter().filter(|&&c| c > 0).count() as u64;
        let distinct_pairs = pairs.len() as u64;
        Bigrams { ids, pairs, contexts, continuations, vocabulary, distinct_pairs }
    }

    /// The continuation probability, smoothed so that a word never seen
    /// after anything keeps a little mass.
    fn continuation(&self, word: Option<u32>) -> f64 {
        let follows = word.map_or(0, |w| self.continuations[w as usize]);
        (follows as f64 + 0.5) / (self.distinct_pairs as f64 + 0.5 * (self.vocabulary as f64 + 1.0))
    }

    /// How often `word` followed `previous`.
    pub fn count(&self, previous: &str, word: &str) -> u64 {
        match (self.ids.get(previous), self.ids.get(word)) {
            (Some(&p), Some(&w)) => self.pairs.get(&(p, w)).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// Natural log of P(word | previous).
    pub fn log_prob(&self, previous: &str, word: &str) -> f64 {
        let (prev, word) = (self.ids.get(previous).copied(), self.ids.get(word).copied());
        let lower = self.continuation(word);
        let (total, followers) = prev.map_or((0, 0), |p| self.contexts[p as usize]);
        if total == 0 {
            return lower.ln();
        }
        let seen = match (prev, word) {
            (Some(p), Some(w)) => self.pairs.get(&(p, w)).copied().unwrap_or(0),
            _ => 0,
        };
        let total = total as f64;
        ((seen as f64 - DISCOUNT).max(0.0) / total + DISCOUNT * followers as f64 / total * lower).ln()
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
        let vocabulary: Vec<&String> =
            m.ids.iter().filter(|(_, id)| m.continuations[**id as usize] > 0).map(|(w, _)| w).collect();
        assert_eq!(vocabulary.len() as u64, m.vocabulary);
        let unseen_mass = 0.5 / (m.distinct_pairs as f64 + 0.5 * (vocabulary.len() as f64 + 1.0));
        for ctx in ["<s>", "the", "cat", "dog", "a", "never-seen"] {
            let total: f64 = vocabulary.iter().map(|w| m.log_prob(ctx, w).exp()).sum();
            let context = m.ids.get(ctx).map(|&id| m.contexts[id as usize]).filter(|&(t, _)| t > 0);
            let (seen, followers) = context.map(|(t, f)| (t as f64, f as f64)).unwrap_or((1.0, 0.0));
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
        assert_eq!(m.count("the", "cat"), 3);
        assert_eq!(m.count("cat", "the"), 0);
        let bad = dir.path().join("bad.tsv");
        std::fs::write(&bad, "<s>\tthe\t3\nthe cat 2\n").unwrap();
        let err = Bigrams::load(&bad).unwrap_err().to_string();
        assert!(err.contains("bad.tsv") && err.contains("line 2"), "{err}");
        let empty = dir.path().join("empty.tsv");
        std::fs::write(&empty, "").unwrap();
        assert!(Bigrams::load(&empty).unwrap_err().to_string().contains("no entries"));
    }
}
