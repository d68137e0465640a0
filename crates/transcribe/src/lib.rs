//! Transcription: inputs, the continuous-batching scheduler of files and
//! outputs (`hark transcribe`), and live streams with partial and final
//! results ([`live`], `hark stream`). The CLI is a thin layer over this
//! crate.

mod cascade;
mod error;
pub mod inputs;
pub mod live;
pub mod output;
mod scheduler;
pub mod score;
pub mod shard;

use std::path::Path;

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
}

/// A model directory's optional lexicon file.
pub const LEXICON_FILE: &str = "lexicon.tsv";
/// A model directory's optional word-pair counts, used with its lexicon.
pub const BIGRAMS_FILE: &str = "bigrams.tsv";

/// Reads `config.json`, `model.safetensors` and `tokenizer.json` from `dir`,
/// naming the file at fault if one is missing or wrong.
pub fn load_model_dir(dir: &Path) -> Result<ModelDir> {
    let err = |message: String| Error::ModelDir { path: dir.into(), message };
    let config_path = dir.join("config.json");
    let text = std::fs::read_to_string(&config_path).map_err(|e| err(format!("config.json: {e}")))?;
    let config = ModelConfig::from_json(&text).map_err(|e| err(e.to_string()))?;
    let weights_path = dir.join("model.safetensors");
    if !weights_path.is_file() {
        return Err(err("model.safetensors is missing".into()));
    }
    let weights = Weights::load(&weights_path)?;
    // Checked here, where the file is known, rather than when the programs
    // are built.
    let specs = hark_model::weight_specs(&config).map_err(|e| err(e.to_string()))?;
    weights.check(&specs).map_err(|e| err(format!("model.safetensors: {e}")))?;
    let tokenizer_path = dir.join("tokenizer.json");
    if !tokenizer_path.is_file() {
        return Err(err("tokenizer.json is missing".into()));
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
    Ok(ModelDir { config, weights, tokenizer, lexicon })
}
