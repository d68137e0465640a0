//! The second pass's beam search on the command line.

use anyhow::{Context, Result};
use clap::Args;
use hark_search::{BeamSearch, HostJoint, SearchOptions};
use hark_text::{Lexicon, Tokenizer};
use hark_transcribe::ModelDir;

/// The defaults were chosen on the dev set of corpus version 1 with the
/// step-4,800 default model (beam 8, weight 0.5, bonus 2: 32.7% WER; greedy
/// 54.6%; weights 0.3-1.0, bonuses 0-3.5, beams 4-16 and outside-lexicon
/// log probabilities -8 to -20 (47.7% at -8, 32.6% at -20) tried;
/// docs/RESULTS.md).
#[derive(Args, Clone, Debug)]
pub struct SearchArgs {
    /// Hypotheses the beam search over the cascade's second pass keeps, on
    /// the host; 1: greedy decoding on the device.
    #[arg(long, default_value_t = 8, value_parser = crate::limits::beam)]
    pub beam: usize,
    /// Weight of the lexicon's word bigrams in the beam search (0: none).
    #[arg(long, default_value_t = 0.5)]
    pub lm_weight: f64,
    /// Log-probability bonus per word in the beam search: without it a
    /// weighted word model prefers fewer, longer words.
    #[arg(long, default_value_t = 2.0)]
    pub word_bonus: f64,
    /// The word model's log probability (natural log) of a word the
    /// lexicon does not have, charged at its first letter outside it.
    #[arg(long, default_value_t = hark_search::OUTSIDE_LEXICON_LOG_PROB, allow_hyphen_values = true)]
    pub oov_log_prob: f64,
}

impl SearchArgs {
    /// The search these options ask for over `md`'s second pass (None:
    /// greedy), scoring words with `lexicon` when it has bigrams.
    pub fn build(&self, md: &ModelDir, tokenizer: &Tokenizer, lexicon: Option<&Lexicon>) -> Result<Option<BeamSearch>> {
        if self.beam <= 1 || md.config.second_pass.is_none() {
            return Ok(None);
        }
        let cfg = &md.config.decoder;
        let joint = HostJoint::from_weights(&md.weights, cfg, md.config.encoder.d_model as usize)
            .context("the beam search's decoder")?;
        let pieces = (0..cfg.vocab_size as u32).map(|c| tokenizer.piece(c)).collect();
        let opts = SearchOptions {
            beam: self.beam,
            lm_weight: self.lm_weight,
            word_bonus: self.word_bonus,
            max_symbols: cfg.max_symbols_per_frame as usize,
            outside_lexicon_log_prob: self.oov_log_prob,
        };
        let search = BeamSearch::new(joint, pieces, opts)?;
        Ok(Some(match lexicon.filter(|l| l.has_bigrams()) {
            Some(lex) => search.with_word_model(lex.clone())?,
            None => search,
        }))
    }
}
