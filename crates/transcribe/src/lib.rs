//! Transcription: inputs, the continuous-batching scheduler of files and
//! outputs (`hark transcribe`), and live streams with partial and final
//! results ([`live`], `hark stream`). The CLI is a thin layer over this
//! crate. Inside, the data flows one way: `features` (a file's audio to
//! log-mel frames, inline or on a thread) -> `scheduler` (slots through the
//! step program; it only schedules) -> `cascade` (the second pass, batched
//! over files, and its decoding) -> `render` (tokens to text, timings and
//! lexicon corrections) -> `output`; [`score`] scores sets.

mod cascade;
mod decoding;
mod error;
mod features;
pub mod inputs;
pub mod live;
pub mod output;
mod render;
mod scheduler;
pub mod score;
pub mod shard;

use std::path::Path;

pub use decoding::{DECODING_FILE, DecodingDefaults};
pub use error::{Error, Result};
pub use output::{Format, Outcome, Sink, TokenTiming, Transcript};
pub use scheduler::{Options, Progress, Transcriber};

use hark_model::{ModelConfig, Weights};
use hark_text::{Bigrams, Lexicon, Tokenizer};

/// A model directory's contents.
pub struct ModelDir {
    pub config: ModelConfig,
    pub weights: Weights,
    pub tokenizer: Tokenizer,
    /// The words of the training text (`lexicon.tsv`, optional), with its
    /// word pairs (`bigrams.tsv`, optional) to correct in context: see
    /// [`Transcriber::with_lexicon`].
    pub lexicon: Option<Lexicon>,
    /// The beam search's settings tuned for these weights
    /// (`decoding.json`, optional; else [`DecodingDefaults::default`]).
    pub decoding: DecodingDefaults,
}

/// A model directory's architecture (JSON).
pub const CONFIG_FILE: &str = "config.json";
/// A model directory's weights (safetensors).
pub const WEIGHTS_FILE: &str = "model.safetensors";
/// A model directory's tokenizer.
pub const TOKENIZER_FILE: &str = "tokenizer.json";
/// A model directory's optional lexicon file.
pub const LEXICON_FILE: &str = "lexicon.tsv";
/// A model directory's optional word-pair counts, used with its lexicon.
pub const BIGRAMS_FILE: &str = "bigrams.tsv";

/// Reads `config.json`, `model.safetensors` and `tokenizer.json` from `dir`
/// (and the optional lexicon, bigrams and decoding settings), naming the file at fault if one is missing or wrong.
pub fn load_model_dir(dir: &Path) -> Result<ModelDir> {
    let err = |message: String| Error::ModelDir { path: dir.into(), message };
    let config_path = dir.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&config_path).map_err(|e| err(format!("{CONFIG_FILE}: {e}")))?;
    let config = ModelConfig::from_json(&text).map_err(|e| err(e.to_string()))?;
    let weights_path = dir.join(WEIGHTS_FILE);
    if !weights_path.is_file() {
        return Err(err(format!("{WEIGHTS_FILE} is missing")));
    }
    let weights = Weights::load(&weights_path)?;
    // Checked here, where the file is known, rather than when the programs
    // are built.
    let specs = hark_model::weight_specs(&config).map_err(|e| err(e.to_string()))?;
    weights.check(&specs).map_err(|e| err(format!("{WEIGHTS_FILE}: {e}")))?;
    let tokenizer_path = dir.join(TOKENIZER_FILE);
    if !tokenizer_path.is_file() {
        return Err(err(format!("{TOKENIZER_FILE} is missing")));
    }
    let tokenizer = Tokenizer::load(&tokenizer_path)?;
    tokenizer.check_classes(config.decoder.vocab_size as usize)?;
    let lexicon_path = dir.join(LEXICON_FILE);
    let lexicon = match lexicon_path.is_file() {
        true => Some(Lexicon::load(&lexicon_path).map_err(|e| err(e.to_string()))?),
        false => None,
    };
    let bigrams_path = dir.join(BIGRAMS_FILE);
    let lexicon = match (lexicon, bigrams_path.is_file()) {
        (Some(lexicon), true) => {
            Some(lexicon.with_bigrams(Bigrams::load(&bigrams_path).map_err(|e| err(e.to_string()))?))
        }
        (None, true) => return Err(err(format!("{BIGRAMS_FILE} needs a {LEXICON_FILE} beside it"))),
        (lexicon, false) => lexicon,
    };
    let decoding_path = dir.join(DECODING_FILE);
    let decoding = match decoding_path.is_file() {
        true => {
            let text = std::fs::read_to_string(&decoding_path).map_err(|e| err(format!("{DECODING_FILE}: {e}")))?;
            DecodingDefaults::from_json(&text).map_err(|e| err(format!("{DECODING_FILE}: {e}")))?
        }
        false => DecodingDefaults::default(),
    };
    Ok(ModelDir { config, weights, tokenizer, lexicon, decoding })
}

/// Writes a model directory that [`load_model_dir`] reads: `config`,
/// `weights` and `tokenizer` (a lexicon, when a model has one, is made by
/// `scripts/make_lexicon.py` and copied in beside them).
pub fn save_model_dir(dir: &Path, config: &ModelConfig, weights: &Weights, tokenizer: &Tokenizer) -> Result<()> {
    let err = |message: String| Error::ModelDir { path: dir.into(), message };
    std::fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
    std::fs::write(dir.join(CONFIG_FILE), config.to_json() + "\n").map_err(|e| err(format!("{CONFIG_FILE}: {e}")))?;
    weights.save(&dir.join(WEIGHTS_FILE))?;
    tokenizer.save(&dir.join(TOKENIZER_FILE))?;
    Ok(())
}

/// A model directory's config alone (for a run that trains it further).
pub fn load_config(dir: &Path) -> Result<ModelConfig> {
    let path = dir.join(CONFIG_FILE);
    let err = |message: String| Error::ModelDir { path: dir.into(), message };
    let text = std::fs::read_to_string(&path).map_err(|e| err(format!("{CONFIG_FILE}: {e}")))?;
    ModelConfig::from_json(&text).map_err(|e| err(format!("{CONFIG_FILE}: {e}")))
}
