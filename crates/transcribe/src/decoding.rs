//! The decoding a model was tuned with: `decoding.json` in its directory.
//!
//! The beam search's best settings differ from model to model (the
//! synthetic-speech model wanted an outside-lexicon charge of -20, the
//! real-speech one -12), so they travel with the weights; flags on the
//! command line override them.

use serde::{Deserialize, Serialize};

/// The beam search's settings for one model.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DecodingDefaults {
    /// Hypotheses kept (1: greedy decoding on the device).
    pub beam: usize,
    /// Weight of the lexicon's word bigrams (0: none).
    pub lm_weight: f64,
    /// Log-probability bonus per word.
    pub word_bonus: f64,
    /// Log probability of a word outside the lexicon.
    pub oov_log_prob: f64,
    /// Where these were chosen and what they gave, for people.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tuned_on: String,
}

/// A model directory's optional decoding settings.
pub const DECODING_FILE: &str = "decoding.json";

impl Default for DecodingDefaults {
    /// For a model without `decoding.json`: the settings chosen for the
    /// synthetic-speech model of corpus version 1 (beam 8, weight 0.5,
    /// bonus 2, outside-lexicon -16.1: docs/RESULTS.md).
    fn default() -> DecodingDefaults {
        DecodingDefaults {
            beam: 8,
            lm_weight: 0.5,
            word_bonus: 2.0,
            oov_log_prob: hark_search::OUTSIDE_LEXICON_LOG_PROB,
            tuned_on: String::new(),
        }
    }
}

impl DecodingDefaults {
    /// Parses `decoding.json`'s text, refusing values the search would
    /// refuse (so the file, not a later search, is named at fault).
    pub fn from_json(text: &str) -> Result<DecodingDefaults, String> {
        let d: DecodingDefaults = serde_json::from_str(text).map_err(|e| e.to_string())?;
        d.check()?;
        Ok(d)
    }

    /// Refuses values the search would refuse, naming the field.
    pub fn check(&self) -> Result<(), String> {
        let d = self;
        if !(1..=hark_search::MAX_BEAM).contains(&d.beam) {
            return Err(format!("beam {} is outside 1..={}", d.beam, hark_search::MAX_BEAM));
        }
        if !(d.lm_weight.is_finite() && d.lm_weight >= 0.0) {
            return Err(format!("lm_weight {} must be finite and not negative", d.lm_weight));
        }
        if !d.word_bonus.is_finite() {
            return Err(format!("word_bonus {} must be finite", d.word_bonus));
        }
        if !(d.oov_log_prob.is_finite() && d.oov_log_prob <= 0.0) {
            return Err(format!("oov_log_prob {} must be finite and not positive", d.oov_log_prob));
        }
        Ok(())
    }

    /// The JSON `decoding.json` holds.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain numbers and a string") + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_and_refuses_what_the_search_would() {
        let d = DecodingDefaults::from_json(
            r#"{"beam": 4, "lm_weight": 0.5, "word_bonus": 2.5, "oov_log_prob": -8, "tuned_on": "games-dev"}"#,
        )
        .unwrap();
        assert_eq!((d.beam, d.word_bonus, d.oov_log_prob), (4, 2.5, -8.0));
        let with = |field: &str| {
            let mut v = serde_json::to_value(DecodingDefaults::default()).unwrap();
            let (k, x) = field.split_once('=').unwrap();
            v[k] = serde_json::from_str(x).unwrap();
            DecodingDefaults::from_json(&v.to_string())
        };
        for bad in ["beam=0", "beam=65", "lm_weight=-1", "oov_log_prob=1", "beam=\"8\""] {
            let e = with(bad).unwrap_err();
            assert!(e.contains(bad.split('=').next().unwrap()) || e.contains("invalid type"), "{bad}: {e}");
        }
        let e = DecodingDefaults::from_json(
            r#"{"beam": 8, "lm_weight": 0.5, "word_bonus": 2, "oov_log_prob": -8, "lm": 1}"#,
        )
        .unwrap_err();
        assert!(e.contains("unknown field `lm`"), "{e}");
        assert_eq!(with("beam=8").unwrap(), DecodingDefaults::default());
    }
}
