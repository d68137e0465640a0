//! Text side of Hark: the subword tokenizer (a HF `tokenizer.json`), the
//! mapping between tokenizer ids and the model's output classes, and text
//! normalization.
//!
//! The model's class 0 is the RNN-T blank; tokenizer id `i` is class `i + 1`,
//! so a model with `vocab_size` classes needs a tokenizer of `vocab_size - 1`
//! tokens.

use std::path::{Path, PathBuf};

mod bigram;
mod counts_file;
mod lexicon;
pub use bigram::{Bigrams, SENTENCE_END, SENTENCE_START};
pub use counts_file::CountsFileError;
pub use lexicon::{Lexicon, OUTSIDE_LEXICON_LOG_PROB};

use tokenizers::TokenizerBuilder;
use tokenizers::decoders::DecoderWrapper;
use tokenizers::models::bpe::{BPE, BpeTrainerBuilder};
use tokenizers::normalizers::NormalizerWrapper;
use tokenizers::pre_tokenizers::PreTokenizerWrapper;
use tokenizers::pre_tokenizers::metaspace::{Metaspace, PrependScheme};
use tokenizers::processors::PostProcessorWrapper;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot load tokenizer: {message}")]
    Load { path: PathBuf, message: String },
    #[error("{path}: cannot save tokenizer: {message}")]
    Save { path: PathBuf, message: String },
    #[error("tokenizer training: {0}")]
    Train(String),
    #[error("tokenizer: {0}")]
    Codec(String),
    #[error("tokenizer has {tokens} tokens but the model has {classes} classes (it needs {} tokens: classes minus the blank)", classes - 1)]
    VocabMismatch { tokens: usize, classes: usize },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The class of the RNN-T blank.
pub const BLANK: u32 = 0;

/// Lowercases, keeps only letters, digits, apostrophes and single spaces,
/// and writes titles as spoken (`mr` -> `mister`): the form transcripts are
/// trained and scored in (as `scripts/make_corpus.py` normalizes, which
/// also spells out numbers).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c.is_alphanumeric() || c == '\'' { c } else { ' ' };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    fn spoken(w: &str) -> &str {
        match w {
            "mr" => "mister",
            "mrs" => "missus",
            "dr" => "doctor",
            other => other,
        }
    }
    out.split_whitespace().map(spoken).collect::<Vec<_>>().join(" ")
}

/// A subword tokenizer.
#[derive(Clone)]
pub struct Tokenizer {
    inner: tokenizers::Tokenizer,
}

impl Tokenizer {
    pub fn load(path: &Path) -> Result<Tokenizer> {
        let inner = tokenizers::Tokenizer::from_file(path)
            .map_err(|e| Error::Load { path: path.into(), message: e.to_string() })?;
        Ok(Tokenizer { inner })
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        self.inner.save(path, true).map_err(|e| Error::Save { path: path.into(), message: e.to_string() })
    }

    /// Trains a BPE tokenizer of exactly `tokens` tokens on normalized
    /// `texts`, with SentencePiece-style word boundaries (`▁`) so that
    /// decoding restores spaces. Fails if the text is too small to reach
    /// that many tokens.
    pub fn train<I, S>(texts: I, tokens: usize) -> Result<Tokenizer>
    where
        I: Iterator<Item = S> + Send,
        S: AsRef<str> + Send,
    {
        let metaspace = Metaspace::new('▁', PrependScheme::Always, true);
        let mut tokenizer =
            TokenizerBuilder::<BPE, NormalizerWrapper, PreTokenizerWrapper, PostProcessorWrapper, DecoderWrapper>::new(
            )
            .with_model(BPE::default())
            .with_pre_tokenizer(Some(metaspace.clone().into()))
            .with_decoder(Some(metaspace.into()))
            .build()
            .map_err(|e| Error::Train(e.to_string()))?;
        let mut trainer = BpeTrainerBuilder::new().vocab_size(tokens).min_frequency(1).show_progress(false).build();
        let normalized = texts.map(|t| normalize(t.as_ref()));
        tokenizer.train(&mut trainer, normalized).map_err(|e| Error::Train(e.to_string()))?;
        let got = tokenizer.get_vocab_size(true);
        if got < tokens {
            return Err(Error::Train(format!(
                "the training text yields {got} tokens, fewer than the {tokens} asked for: use more text"
            )));
        }
        if got > tokens {
            return Err(Error::Train(format!(
                "the training text has {got} distinct characters, more than the {tokens} tokens asked for: \
                 raise the vocabulary size"
            )));
        }
        Ok(Tokenizer { inner: tokenizer.into() })
    }

    /// Number of tokens (the model has one more class: blank).
    pub fn len(&self) -> usize {
        self.inner.get_vocab_size(true)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks the tokenizer fits a model with `classes` output classes.
    pub fn check_classes(&self, classes: usize) -> Result<()> {
        if self.len() + 1 != classes {
            return Err(Error::VocabMismatch { tokens: self.len(), classes });
        }
        Ok(())
    }

    /// Model classes of `text` (normalized first).
    pub fn encode(&self, text: &str) -> Result<Vec<u32>> {
        let enc = self.inner.encode(normalize(text), false).map_err(|e| Error::Codec(e.to_string()))?;
        Ok(enc.get_ids().iter().map(|&i| i + 1).collect())
    }

    /// Text of a sequence of model classes (blanks are ignored).
    pub fn decode(&self, classes: &[u32]) -> Result<String> {
        let ids: Vec<u32> = classes.iter().filter(|&&c| c != BLANK).map(|&c| c - 1).collect();
        let text = self.inner.decode(&ids, true).map_err(|e| Error::Codec(e.to_string()))?;
        Ok(text.trim().to_string())
    }

    /// The surface text of one class as it appears in a transcript, with a
    /// leading space if it starts a word (for per-token timestamps).
    pub fn piece(&self, class: u32) -> String {
        if class == BLANK {
            return String::new();
        }
        self.inner.id_to_token(class - 1).map(|t| t.replace('▁', " ")).unwrap_or_default()
    }
}

/// A few paragraphs of plain English, written for this project, to train
/// the tokenizer of a model made with random weights (`hark init-model`),
/// whose transcripts mean nothing anyway. Real models train their tokenizer
/// on their training transcripts.
pub const SAMPLE_TEXT: &str = include_str!("sample.txt");

/// Error counts of transcripts against references, accumulated over
/// utterances: word edits (substitutions, deletions, insertions) per
/// reference word, and character edits per reference character (of the
/// normalized text, single spaces included). Character errors show
/// progress where most words are still wrong.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TranscriptErrors {
    pub word_edits: usize,
    pub words: usize,
    pub char_edits: usize,
    pub chars: usize,
}

impl TranscriptErrors {
    /// Adds one utterance, both sides normalized first.
    pub fn add(&mut self, reference: &str, hypothesis: &str) {
        let r: Vec<String> = normalize(reference).split_whitespace().map(String::from).collect();
        let h: Vec<String> = normalize(hypothesis).split_whitespace().map(String::from).collect();
        self.word_edits += edit_distance(&r, &h);
        self.words += r.len();
        let (rc, hc): (Vec<char>, Vec<char>) = (r.join(" ").chars().collect(), h.join(" ").chars().collect());
        self.char_edits += edit_distance(&rc, &hc);
        self.chars += rc.len();
    }

    /// Word error rate; 0 for no reference words.
    pub fn wer(&self) -> f64 {
        if self.words == 0 { 0.0 } else { self.word_edits as f64 / self.words as f64 }
    }

    /// Character error rate; 0 for no reference characters.
    pub fn cer(&self) -> f64 {
        if self.chars == 0 { 0.0 } else { self.char_edits as f64 / self.chars as f64 }
    }
}

/// Levenshtein distance between two sequences.
pub fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        row[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            row[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}
