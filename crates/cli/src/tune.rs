//! `hark tune`: the beam search's settings for a model, chosen on a dev
//! set, and written to the model's `decoding.json` (which `transcribe`,
//! `stream`, `serve` and `eval` then take as their defaults).

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;
use hark_engine::DeviceModel;
use hark_pjrt::Client;
use hark_train::data::load_set;
use hark_transcribe::{DECODING_FILE, DecodingDefaults, load_model_dir};

use crate::eval::score;
use crate::search_args::SearchArgs;

/// More settings than this is a typo, not a grid.
const MAX_SETTINGS: usize = 512;

#[derive(Args, Debug)]
pub struct TuneArgs {
    /// Model directory (default: as `hark transcribe` finds it; `--write`
    /// needs it named).
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
    /// The dev set to tune on (a manifest, a directory or a set's name, as
    /// for `hark eval`). Never a test set.
    #[arg(long = "data", value_name = "SET")]
    pub data: String,
    /// Utterances of the set (0: all).
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
    /// Beam widths to try (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "8", value_parser = crate::limits::beam)]
    pub beams: Vec<usize>,
    /// Word-model weights to try.
    #[arg(long, value_delimiter = ',', default_value = "0.2,0.3,0.5,0.7")]
    pub lm_weights: Vec<f64>,
    /// Per-word bonuses to try.
    #[arg(long, value_delimiter = ',', default_value = "1,1.5,2,2.5,3.5", allow_hyphen_values = true)]
    pub word_bonuses: Vec<f64>,
    /// Outside-lexicon log probabilities to try.
    #[arg(long, value_delimiter = ',', default_value = "-4,-8,-12,-16.1", allow_hyphen_values = true)]
    pub oov_log_probs: Vec<f64>,
    /// Streams decoded together.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_BATCH))]
    pub batch: i64,
    /// Write the best settings to MODEL/decoding.json.
    #[arg(long)]
    pub write: bool,
}

/// Every combination of the flags' values, each checked as decoding.json's
/// would be.
fn grid(args: &TuneArgs) -> Result<Vec<DecodingDefaults>> {
    let mut all = Vec::new();
    for &beam in &args.beams {
        for &oov_log_prob in &args.oov_log_probs {
            for &lm_weight in &args.lm_weights {
                for &word_bonus in &args.word_bonuses {
                    let d = DecodingDefaults { beam, lm_weight, word_bonus, oov_log_prob, tuned_on: String::new() };
                    d.check().map_err(|e| anyhow::anyhow!("hark tune: {e}"))?;
                    all.push(d);
                }
            }
        }
    }
    if all.len() > MAX_SETTINGS {
        bail!("hark tune: {} settings to try; at most {MAX_SETTINGS}", all.len());
    }
    Ok(all)
}

pub fn run(args: &TuneArgs, client: &Client) -> Result<()> {
    if args.write && args.model.is_none() {
        bail!(
            "hark tune --write needs --model DIR: the installed default model is checked by sha256 and is not rewritten"
        );
    }
    let settings = grid(args)?;
    let dir = crate::default_model::locate(args.model.as_deref())?.dir;
    let md = load_model_dir(&dir).with_context(|| format!("loading the model in {}", dir.display()))?;
    if md.config.second_pass.is_none() {
        bail!("hark tune: {} has no second pass, whose beam search these settings are for", dir.display());
    }
    let (name, mut set) = load_set(&args.data)?;
    if args.limit > 0 {
        set.truncate(args.limit);
    }
    let mut model = DeviceModel::new(client, md.config.clone(), &md.weights)?;
    if let Some(cache) = crate::model_args::user_compile_cache() {
        model.set_compile_cache(cache);
    }
    // The figure chosen by: what `hark transcribe` prints (after the
    // lexicon correction when the model has a lexicon).
    let scored = if md.lexicon.is_some() { "with the lexicon correction" } else { "as decoded" };
    println!("tuning on {name} ({} utterances), WER / CER {scored}:", set.len());
    let mut best: Option<(f64, f64, DecodingDefaults, usize)> = None;
    for d in settings {
        let flags = SearchArgs {
            beam: Some(d.beam),
            lm_weight: Some(d.lm_weight),
            word_bonus: Some(d.word_bonus),
            oov_log_prob: Some(d.oov_log_prob),
        };
        let search = flags.build(&md, md.lexicon.as_ref())?;
        let row = score(&model, &md.tokenizer, md.lexicon.as_ref(), search, name.clone(), &set, args.batch, None)?;
        let errors = row.score.lexicon.as_ref().unwrap_or(&row.score.raw);
        let (wer, cer) = (errors.last.wer(), errors.last.cer());
        println!(
            "beam {} lm_weight {} word_bonus {} oov_log_prob {}: {:.2}% / {:.2}%",
            d.beam,
            d.lm_weight,
            d.word_bonus,
            d.oov_log_prob,
            100.0 * wer,
            100.0 * cer
        );
        if best.as_ref().is_none_or(|(w, c, _, _)| (wer, cer) < (*w, *c)) {
            best = Some((wer, cer, d, errors.last.words));
        }
    }
    let (wer, cer, mut d, words) = best.expect("the grid has at least one setting");
    d.tuned_on = format!(
        "{name} ({} utterances, {words} words), by hark tune: WER {:.2}%, CER {:.2}% {scored}; grid: beams {:?}, \
         lm_weights {:?}, word_bonuses {:?}, oov_log_probs {:?}",
        set.len(),
        100.0 * wer,
        100.0 * cer,
        args.beams,
        args.lm_weights,
        args.word_bonuses,
        args.oov_log_probs
    );
    println!("best: {}", serde_json::to_string(&d)?);
    if args.write {
        let path = dir.join(DECODING_FILE);
        let tmp = dir.join(format!(".{DECODING_FILE}.tmp"));
        std::fs::write(&tmp, d.to_json()).with_context(|| format!("writing {}", tmp.display()))?;
        std::fs::rename(&tmp, &path).with_context(|| format!("writing {}", path.display()))?;
        println!("written to {}", path.display());
    }
    Ok(())
}
