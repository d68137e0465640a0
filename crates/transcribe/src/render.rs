//! Rendering: (class, encoder frame) tokens to text and token timings,
//! and the lexicon's corrections of both (words re-timed as one token).

use hark_text::{Lexicon, Tokenizer};

use crate::output::TokenTiming;

/// An utterance's result (see [`Renderer::result`]).
pub(crate) struct Rendered {
    pub text: String,
    pub tokens: Vec<TokenTiming>,
    pub first_pass_text: Option<String>,
    pub raw_text: Option<String>,
}

/// How a model's tokens become text.
pub(crate) struct Renderer {
    tokenizer: Tokenizer,
    /// Corrects words the model misspelled.
    pub(crate) lexicon: Option<Lexicon>,
    /// Seconds per encoder frame.
    frame_seconds: f64,
}

impl Renderer {
    pub(crate) fn new(tokenizer: Tokenizer, frame_seconds: f64) -> Renderer {
        Renderer { tokenizer, lexicon: None, frame_seconds }
    }

    /// Text and token timings of (class, encoder frame) tokens.
    pub(crate) fn render(&self, tokens: &[(u32, usize)]) -> Result<(String, Vec<TokenTiming>), String> {
        let fs = self.frame_seconds;
        let classes: Vec<u32> = tokens.iter().map(|&(c, _)| c).collect();
        let text = self.tokenizer.decode(&classes).map_err(|e| e.to_string())?;
        let timings = tokens
            .iter()
            .enumerate()
            .map(|(i, &(class, frame))| {
                let start = frame as f64 * fs;
                // A token lasts until the next one, at most half a second.
                let next = tokens.get(i + 1).map(|&(_, f)| f as f64 * fs).unwrap_or(start + fs);
                TokenTiming { text: self.tokenizer.piece(class), start, end: next.clamp(start + fs, start + 0.5) }
            })
            .collect();
        Ok((text, timings))
    }

    /// The result of an utterance from its first-pass tokens and, in a
    /// cascade, its second pass's: (text, timings, first-pass text when the
    /// cascade gave the text, the uncorrected text when the lexicon
    /// corrected it).
    pub(crate) fn result(&self, first: &[(u32, usize)], last: Option<&[(u32, usize)]>) -> Result<Rendered, String> {
        let first = self.render(first);
        let ((text, tokens), first_pass_text) = match last {
            Some(last) => (self.render(last)?, Some(first?.0)),
            None => (first?, None),
        };
        Ok(match &self.lexicon {
            Some(lex) => Rendered {
                text: lex.correct(&text),
                tokens: correct_words(lex, tokens),
                first_pass_text: first_pass_text.map(|t| lex.correct(&t)),
                raw_text: Some(text),
            },
            None => Rendered { text, tokens, first_pass_text, raw_text: None },
        })
    }
}

/// Token timings with each corrected word's tokens merged into one token of
/// the corrected word (from its first token's start to its last's end), so
/// that subtitles read as the text does. A word starts at a token that
/// begins with a space.
fn correct_words(lexicon: &Lexicon, tokens: Vec<TokenTiming>) -> Vec<TokenTiming> {
    let mut words: Vec<Vec<TokenTiming>> = Vec::new();
    for tok in tokens {
        match words.last_mut() {
            Some(word) if !tok.text.starts_with(' ') => word.push(tok),
            _ => words.push(vec![tok]),
        }
    }
    let texts: Vec<String> = words.iter().map(|w| w.iter().map(|t| t.text.as_str()).collect()).collect();
    // Tokens that are only spaces make no word; they keep their timings.
    let spoken: Vec<usize> = (0..texts.len()).filter(|&i| !texts[i].trim().is_empty()).collect();
    let corrected = lexicon.correct_words(&spoken.iter().map(|&i| texts[i].trim()).collect::<Vec<_>>());
    let mut replacement: Vec<Option<String>> = vec![None; words.len()];
    for (&i, fixed) in spoken.iter().zip(corrected) {
        if fixed != texts[i].trim() {
            replacement[i] = Some(fixed);
        }
    }
    let mut out = Vec::new();
    for (word, fixed) in words.into_iter().zip(replacement) {
        match (fixed, word.first(), word.last()) {
            (Some(fixed), Some(first), Some(last)) => {
                let space = if first.text.starts_with(' ') { " " } else { "" };
                out.push(TokenTiming { text: format!("{space}{fixed}"), start: first.start, end: last.end });
            }
            _ => out.extend(word),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(text: &str, start: f64) -> TokenTiming {
        TokenTiming { text: text.into(), start, end: start + 0.1 }
    }

    #[test]
    fn a_corrected_word_becomes_one_token_spanning_its_pieces() {
        let lexicon = Lexicon::from_counts([("the".to_string(), 9), ("children".to_string(), 2)]);
        let pieces = [" t", "h", "e", " c", "h", "u", "l", "d", "r", "e", "n"];
        let tokens: Vec<TokenTiming> = pieces.iter().enumerate().map(|(i, p)| tok(p, i as f64 * 0.1)).collect();
        let out = correct_words(&lexicon, tokens.clone());
        // "the" is a lexicon word: its pieces stay; "chuldren" becomes one token.
        assert_eq!(out[..3], tokens[..3]);
        assert_eq!(out.len(), 4);
        assert_eq!(out[3].text, " children");
        assert_eq!((out[3].start, out[3].end), (tokens[3].start, tokens[10].end));
    }

    #[test]
    fn a_split_word_stays_one_token() {
        let words = [("some", 3), ("water", 3), ("drank", 1)].map(|(w, c)| (w.to_string(), c));
        let pairs = [("<s>", "drank"), ("drank", "some"), ("some", "water"), ("water", "</s>")]
            .map(|(a, b)| ((a.to_string(), b.to_string()), 2));
        let lexicon = Lexicon::from_counts(words).with_bigrams(hark_text::Bigrams::from_counts(pairs));
        let pieces = [" ", "d", "r", "a", "n", "k", " ", "s", "o", "m", "e", "w", "a", "t", "e", "r"];
        let tokens: Vec<TokenTiming> = pieces.iter().enumerate().map(|(i, p)| tok(p, i as f64 * 0.1)).collect();
        let out = correct_words(&lexicon, tokens.clone());
        assert_eq!(out[..6], tokens[..6]);
        assert_eq!(out.len(), 7);
        assert_eq!(out[6].text, " some water");
        assert_eq!((out[6].start, out[6].end), (tokens[6].start, tokens[15].end));
    }
}
