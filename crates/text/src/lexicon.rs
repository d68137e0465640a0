//! Lexicon correction: a character model spells words it has half heard
//! (`chuldren`); a word list with counts from the training text puts them
//! right. Each word of a transcript that is not in the lexicon becomes the
//! lexicon word nearest to it in edit distance (at most 1 for words of up to
//! three letters, 2 for four or five, 3 for longer ones: a third edit for
//! long words took dev WER from 45.7% to 45.0% with bigrams), the most
//! frequent among equals; a word with no such neighbour is kept.
//!
//! Given a bigram model of the same text ([`Lexicon::with_bigrams`]), the
//! choice between the candidates (and splitting a run-together word into
//! two lexicon words) is made for the whole transcript at once: a Viterbi
//! search trades each candidate's edits against its bigram log probability
//! in context. Words the lexicon has are kept either way; this corrects
//! spellings, it does not re-recognize speech.

use std::collections::HashMap;
use std::path::Path;

use crate::bigram::{Bigrams, SENTENCE_END, SENTENCE_START};
use crate::counts_file::{CountsFileError, read_counts};

/// Log-probability units one edit costs in the bigram search: tuned on the
/// dev set of corpus v1 (2 beat 1, 1.5, 3 and 4 there).
const EDIT_COST: f64 = 2.0;
/// Weight of the bigram log probability (0.5 beat 0.3, 0.7 and 1 on dev).
const LM_WEIGHT: f64 = 0.5;
/// Log probability of a word outside the lexicon (ln 1e-7: as rare as the
/// rarest bigram of the training text, about): what the correction charges
/// a word it keeps, and the beam search's default for one it spells.
pub const OUTSIDE_LEXICON_LOG_PROB: f64 = -16.1;

/// Words with their counts in the training text.
#[derive(Clone, Debug)]
pub struct Lexicon {
    counts: HashMap<String, u64>,
    /// Entries by length in characters: the candidates within a distance
    /// of a word are a few lengths' lists.
    by_length: Vec<Vec<Entry>>,
    /// Every word, sorted: a prefix's words are one run of it.
    sorted: Vec<String>,
    bigrams: Option<Bigrams>,
}

/// A lexicon word as the neighbour search reads it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    word: String,
    chars: Vec<char>,
    count: u64,
    letters: Letters,
}

/// How many of each letter a word has (anything else in one bin): an edit
/// changes at most one count up and one down, so the counts bound the
/// distance from below, and most of the lexicon is ruled out by them alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Letters([u8; 27]);

impl Letters {
    fn of(chars: &[char]) -> Letters {
        let mut n = [0u8; 27];
        for &c in chars {
            let bin = if c.is_ascii_lowercase() { c as usize - 'a' as usize } else { 26 };
            n[bin] = n[bin].saturating_add(1);
        }
        Letters(n)
    }

    /// A lower bound on the edit distance of the two words.
    fn distance_bound(&self, other: &Letters) -> usize {
        let (mut more, mut fewer) = (0usize, 0usize);
        for (a, b) in self.0.iter().zip(&other.0) {
            more += a.saturating_sub(*b) as usize;
            fewer += b.saturating_sub(*a) as usize;
        }
        more.max(fewer)
    }
}

impl Lexicon {
    /// Reads `WORD<TAB>COUNT` lines (the file `scripts/make_lexicon.py`
    /// writes; blank lines are skipped).
    pub fn load(path: &Path) -> Result<Lexicon, CountsFileError> {
        let rows = read_counts(path, ["WORD"])?;
        Ok(Lexicon::from_counts(rows.into_iter().map(|([w], c)| (w, c))))
    }

    /// A lexicon of `(word, count)` pairs; a repeated word's counts add up.
    pub fn from_counts(entries: impl IntoIterator<Item = (String, u64)>) -> Lexicon {
        let mut counts: HashMap<String, u64> = HashMap::new();
        for (w, c) in entries {
            *counts.entry(w).or_default() += c;
        }
        let mut by_length: Vec<Vec<Entry>> = Vec::new();
        for (w, &count) in &counts {
            let chars: Vec<char> = w.chars().collect();
            if by_length.len() <= chars.len() {
                by_length.resize_with(chars.len() + 1, Vec::new);
            }
            let letters = Letters::of(&chars);
            by_length[chars.len()].push(Entry { word: w.clone(), chars, count, letters });
        }
        // A fixed order, so that ties between equal counts resolve the same
        // way on every run.
        for words in &mut by_length {
            words.sort();
        }
        let mut sorted: Vec<String> = counts.keys().cloned().collect();
        sorted.sort();
        Lexicon { counts, by_length, sorted, bigrams: None }
    }

    /// Corrects in context with `bigrams` (a model of the same text).
    pub fn with_bigrams(mut self, bigrams: Bigrams) -> Lexicon {
        self.bigrams = Some(bigrams);
        self
    }

    pub fn has_bigrams(&self) -> bool {
        self.bigrams.is_some()
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

    /// Whether some lexicon word starts with `prefix` (the empty prefix
    /// included): a search spelling a word letter by letter learns early
    /// that it has left the lexicon.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let at = self.sorted.partition_point(|w| w.as_str() < prefix);
        self.sorted.get(at).is_some_and(|w| w.starts_with(prefix))
    }

    /// The word-pair model the lexicon corrects with, if it has one.
    pub fn bigrams(&self) -> Option<&Bigrams> {
        self.bigrams.as_ref()
    }

    /// Lexicon words within the edit distance a misspelling of `word` may
    /// have (see the module's comment), with their distances and
    /// counts, in a fixed order.
    fn neighbours(&self, word: &str) -> Vec<(&str, usize, u64)> {
        let chars: Vec<char> = word.chars().collect();
        let max = match chars.len() {
            0..=3 => 1,
            4..=5 => 2,
            _ => 3,
        };
        let lengths = chars.len().saturating_sub(max)..=chars.len() + max;
        let mut found = Vec::new();
        let mut rows = (Vec::new(), Vec::new());
        let letters = Letters::of(&chars);
        for entries in lengths.filter_map(|n| self.by_length.get(n)) {
            for e in entries.iter().filter(|e| letters.distance_bound(&e.letters) <= max) {
                if let Some(d) = distance_within(&chars, &e.chars, max, &mut rows) {
                    found.push((e.word.as_str(), d, e.count));
                }
            }
        }
        found
    }

    /// `word`, or the lexicon word that replaces it without context: the
    /// nearest, the most frequent among equals.
    pub fn correct_word<'a>(&'a self, word: &'a str) -> &'a str {
        if self.counts.contains_key(word) {
            return word;
        }
        let mut best: Option<(usize, u64, &str)> = None;
        for (candidate, d, count) in self.neighbours(word) {
            if best.is_none_or(|(bd, bc, _)| d < bd || (d == bd && count > bc)) {
                best = Some((d, count, candidate));
            }
        }
        best.map_or(word, |(_, _, found)| found)
    }

    /// One entry per word of `words`: the word or its correction (two words
    /// joined by a space where a run-together word was split). In context
    /// when the lexicon has bigrams, else word by word.
    pub fn correct_words(&self, words: &[&str]) -> Vec<String> {
        match &self.bigrams {
            Some(bigrams) => self.correct_in_context(bigrams, words),
            None => {
                // A transcript repeats its words: each is searched once.
                let mut seen: HashMap<&str, &str> = HashMap::new();
                words.iter().map(|&w| seen.entry(w).or_insert_with(|| self.correct_word(w)).to_string()).collect()
            }
        }
    }

    /// A transcript with each word corrected (single spaces between words).
    pub fn correct(&self, text: &str) -> String {
        self.correct_words(&text.split_whitespace().collect::<Vec<_>>()).join(" ")
    }

    /// The words a misspelled `word` may stand for, each as lexicon words
    /// with its edit cost: its neighbours, and its exact splits into two
    /// lexicon words (one edit: the missing space). A lexicon word stands
    /// for itself only; a word with no candidate stays as it is.
    fn candidates<'a>(&'a self, word: &'a str) -> Vec<(Vec<&'a str>, usize)> {
        if self.contains(word) {
            return vec![(vec![word], 0)];
        }
        let mut found: Vec<(Vec<&str>, usize)> =
            self.neighbours(word).into_iter().map(|(w, d, _)| (vec![w], d)).collect();
        // One-letter words are the only ones a split may leave alone.
        let piece = |p: &str| self.contains(p) && (p.chars().count() > 1 || p == "a" || p == "i");
        for (i, _) in word.char_indices().skip(1) {
            let (head, tail) = word.split_at(i);
            if piece(head) && piece(tail) {
                found.push((vec![head, tail], 1));
            }
        }
        if found.is_empty() {
            found.push((vec![word], 0));
        }
        found
    }

    /// Viterbi over each word's candidates: maximizes LM_WEIGHT x bigram
    /// log probability - EDIT_COST x edits over the transcript. Time and
    /// memory are linear in its length (an hour's transcript is one call).
    fn correct_in_context(&self, bigrams: &Bigrams, words: &[&str]) -> Vec<String> {
        /// The best path ending in one candidate of one word.
        struct Node<'a> {
            last: &'a str,
            score: f64,
            /// Index of the previous word's node it extends.
            back: usize,
            text: String,
        }
        let log_prob = |prev: &str, word: &str| match self.contains(word) || word == SENTENCE_END {
            true => bigrams.log_prob(prev, word),
            false => OUTSIDE_LEXICON_LOG_PROB,
        };
        let start = Node { last: SENTENCE_START, score: 0.0, back: 0, text: String::new() };
        let mut layers: Vec<Vec<Node>> = vec![vec![start]];
        // A transcript repeats its words: each is searched once.
        let mut candidates: HashMap<&str, Vec<(Vec<&str>, usize)>> = HashMap::new();
        for &word in words {
            let prev_layer = layers.last().expect("the start layer");
            let mut layer: Vec<Node> = Vec::new();
            for (pieces, edits) in candidates.entry(word).or_insert_with(|| self.candidates(word)).iter() {
                let edits = *edits;
                let last = *pieces.last().expect("a candidate has a word");
                let mut best = (f64::NEG_INFINITY, 0);
                for (i, prev) in prev_layer.iter().enumerate() {
                    let mut lm = 0.0;
                    let mut context = prev.last;
                    for p in pieces {
                        lm += log_prob(context, p);
                        context = p;
                    }
                    let total = prev.score + LM_WEIGHT * lm - EDIT_COST * edits as f64;
                    if total > best.0 || i == 0 {
                        best = (total, i);
                    }
                }
                // Paths ending in the same word continue alike: keep the best.
                let node = Node { last, score: best.0, back: best.1, text: pieces.join(" ") };
                match layer.iter_mut().find(|n| n.last == last) {
                    Some(n) if n.score >= node.score => {}
                    Some(n) => *n = node,
                    None => layer.push(node),
                }
            }
            layers.push(layer);
        }
        let finals = layers.last().expect("the start layer");
        let end = |n: &Node| n.score + LM_WEIGHT * log_prob(n.last, SENTENCE_END);
        let mut at = (0..finals.len()).fold(0, |best, i| if end(&finals[i]) > end(&finals[best]) { i } else { best });
        let mut out = Vec::with_capacity(words.len());
        while layers.len() > 1 {
            let node = layers.pop().expect("more than the start layer").swap_remove(at);
            out.push(node.text);
            at = node.back;
        }
        out.reverse();
        out
    }
}

/// The edit distance of `a` and `b` if it is at most `max`: gives up as
/// soon as a row of the table has nothing within `max` (most lexicon words
/// are rejected after a few letters). `rows` is scratch space.
fn distance_within(a: &[char], b: &[char], max: usize, rows: &mut (Vec<usize>, Vec<usize>)) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let (prev, row) = rows;
    prev.clear();
    prev.extend(0..=b.len());
    row.resize(b.len() + 1, 0);
    for (i, x) in a.iter().enumerate() {
        row[0] = i + 1;
        let mut nearest = row[0];
        for (j, y) in b.iter().enumerate() {
            row[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(row[j] + 1);
            nearest = nearest.min(row[j + 1]);
        }
        if nearest > max {
            return None;
        }
        std::mem::swap(prev, row);
    }
    Some(prev[b.len()]).filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit_distance;

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

    /// A lexicon and bigram model of the same little text.
    fn in_context() -> Lexicon {
        let text = [
            "the waiter said hello",
            "the waiter said no",
            "she drank water",
            "she drank some water",
            "she gave the children some water",
        ];
        let mut words = Vec::new();
        let mut pairs = Vec::new();
        for s in text {
            let w: Vec<&str> = std::iter::once(SENTENCE_START).chain(s.split(' ')).chain([SENTENCE_END]).collect();
            words.extend(w[1..w.len() - 1].iter().map(|w| (w.to_string(), 1)));
            pairs.extend(w.windows(2).map(|p| ((p[0].to_string(), p[1].to_string()), 1)));
        }
        Lexicon::from_counts(words).with_bigrams(Bigrams::from_counts(pairs))
    }

    #[test]
    fn context_chooses_between_equally_near_words() {
        let lex = in_context();
        // "waater" is one edit from "water" (more frequent) and "waiter".
        assert_eq!(lex.correct_word("waater"), "water");
        assert_eq!(lex.correct("the waater said no"), "the waiter said no");
        assert_eq!(lex.correct("she drank waater"), "she drank water");
    }

    #[test]
    fn a_run_together_word_is_split_and_stays_one_entry() {
        let lex = in_context();
        assert_eq!(lex.correct_words(&["she", "drank", "somewater"]), ["she", "drank", "some water"]);
        // Lexicon words are kept whatever the context; far words too.
        assert_eq!(lex.correct("water the xylophone"), "water the xylophone");
    }

    #[test]
    fn the_cut_off_distance_agrees_with_the_full_one() {
        let words = ["", "a", "cat", "chuldren", "children", "chulbran", "somewater", "water", "xylophone", "waiter"];
        let mut rows = (Vec::new(), Vec::new());
        for a in words {
            for b in words {
                let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let full = edit_distance(&a, &b);
                for max in 0..5 {
                    assert_eq!(
                        distance_within(&a, &b, max, &mut rows),
                        Some(full).filter(|&d| d <= max),
                        "{a:?} {b:?} {max}"
                    );
                }
            }
        }
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
        assert!(Lexicon::load(&empty).unwrap_err().to_string().contains("no entries"));
    }

    #[test]
    fn prefixes_are_found_in_the_sorted_words() {
        let lexicon = Lexicon::from_counts([("water".to_string(), 3), ("was".to_string(), 5), ("the".to_string(), 9)]);
        for p in ["", "w", "wa", "wat", "water", "was", "t", "the"] {
            assert!(lexicon.has_prefix(p), "{p}");
        }
        for p in ["waters", "wb", "x", "thee", "a"] {
            assert!(!lexicon.has_prefix(p), "{p}");
        }
    }
}
