//! The second pass's beam search on the command line.

use anyhow::{Context, Result};
use clap::Args;
use hark_search::{BeamSearch, HostJoint, SearchOptions};
use hark_text::Lexicon;
use hark_transcribe::{DecodingDefaults, ModelDir};

/// Each option left out takes the model's own setting (MODEL/decoding.json,
/// chosen on a dev set for those weights), else
/// [`hark_transcribe::DecodingDefaults::default`].
#[derive(Args, Clone, Debug)]
pub struct SearchArgs {
    /// Hypotheses the beam search over the cascade's second pass keeps, on
    /// the host; 1: greedy decoding on the device [default: the model's
    /// decoding.json, else 8].
    #[arg(long, value_parser = crate::limits::beam)]
    pub beam: Option<usize>,
    /// Weight of the lexicon's word bigrams in the beam search (0: none)
    /// [default: the model's, else 0.5].
    #[arg(long)]
    pub lm_weight: Option<f64>,
    /// Log-probability bonus per word in the beam search: without it a
    /// weighted word model prefers fewer, longer words [default: the
    /// model's, else 2].
    #[arg(long, allow_hyphen_values = true)]
    pub word_bonus: Option<f64>,
    /// The word model's log probability (natural log) of a word the
    /// lexicon does not have, charged at its first letter outside it
    /// [default: the model's, else -16.1].
    #[arg(long, allow_hyphen_values = true)]
    pub oov_log_prob: Option<f64>,
}

impl SearchArgs {
    /// The settings in force for `md`: each flag given, else the model's.
    pub fn settings(&self, md: &ModelDir) -> DecodingDefaults {
        let model = &md.decoding;
        DecodingDefaults {
            beam: self.beam.unwrap_or(model.beam),
            lm_weight: self.lm_weight.unwrap_or(model.lm_weight),
            word_bonus: self.word_bonus.unwrap_or(model.word_bonus),
            oov_log_prob: self.oov_log_prob.unwrap_or(model.oov_log_prob),
            tuned_on: String::new(),
        }
    }

    /// The search these options ask for over `md`'s second pass (None:
    /// greedy), scoring words with `lexicon` (the model's or one given on
    /// the command line) when it has bigrams.
    pub fn build(&self, md: &ModelDir, lexicon: Option<&Lexicon>) -> Result<Option<BeamSearch>> {
        let settings = self.settings(md);
        let beam = settings.beam;
        if beam <= 1 || md.config.second_pass.is_none() {
            return Ok(None);
        }
        let cfg = &md.config.decoder;
        let joint = HostJoint::from_weights(&md.weights, cfg, md.config.encoder.d_model as usize)
            .context("the beam search's decoder")?;
        let pieces = (0..cfg.vocab_size as u32).map(|c| md.tokenizer.piece(c)).collect();
        let opts = SearchOptions {
            beam,
            lm_weight: settings.lm_weight,
            word_bonus: settings.word_bonus,
            max_symbols: cfg.max_symbols_per_frame as usize,
            outside_lexicon_log_prob: settings.oov_log_prob,
        };
        let search = BeamSearch::new(joint, pieces, opts)?;
        Ok(Some(match lexicon.filter(|l| l.has_bigrams()) {
            Some(lex) => search.with_word_model(lex.clone())?,
            None => search,
        }))
    }
}
