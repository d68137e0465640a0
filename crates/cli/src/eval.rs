//! `hark eval`: word error rates of a model on transcribed sets, for both
//! passes of a cascade and, for gated models, several compute thresholds.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::search_args::SearchArgs;
use clap::Args;
use hark_engine::DeviceModel;
use hark_pjrt::Client;
use hark_search::BeamSearch;
use hark_text::Lexicon;
use hark_train::data::{Utterance, load_set};
use hark_transcribe::score::{Reference, SetScore, score_set};
use hark_transcribe::{Options, Transcriber, load_model_dir};

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Model directory (default: as `hark transcribe` finds it).
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
    /// Sets to score (repeat the flag): JSONL manifests ({"audio", "text"}),
    /// LibriSpeech-style directories, or a set's name: games-dev, games-test,
    /// kokoro-dev, kokoro-test, synthetic-dev, synthetic-test (under
    /// $HARK_DATA, default /work/data), librivox.
    #[arg(long = "data", value_name = "SET", required = true)]
    pub data: Vec<String>,
    /// Utterances per set (0: all).
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
    /// Gated models: thresholds to score (comma-separated); default: the config's.
    #[arg(long, value_delimiter = ',', value_parser = crate::limits::threshold)]
    pub thresholds: Vec<f32>,
    /// Streams decoded together.
    #[arg(long, default_value_t = 8, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_BATCH))]
    pub batch: i64,
    /// Print one JSON object per row instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub search: SearchArgs,
}

/// One scored configuration.
pub struct Row {
    pub set: String,
    pub threshold: Option<f32>,
    pub score: SetScore,
}

/// Transcribes `set` (named `name`) at `threshold` and scores it (see
/// [`score_set`]).
#[allow(clippy::too_many_arguments)]
pub fn score(
    model: &DeviceModel,
    tokenizer: &hark_text::Tokenizer,
    lexicon: Option<&Lexicon>,
    search: Option<BeamSearch>,
    name: String,
    set: &[Utterance],
    batch: i64,
    threshold: Option<f32>,
) -> Result<Row> {
    let transcriber = Transcriber::new(model, tokenizer.clone(), Options { batch, threshold, ..Options::default() }, search)?;
    let refs: Vec<Reference> = set.iter().map(|u| Reference { audio: u.audio.clone(), text: u.text.clone() }).collect();
    Ok(Row { set: name, threshold, score: score_set(&transcriber, lexicon, &refs)? })
}

pub fn run(args: &EvalArgs, client: &Client) -> Result<()> {
    let dir = crate::default_model::locate(args.model.as_deref())?.dir;
    let md = load_model_dir(&dir).with_context(|| format!("loading the model in {}", dir.display()))?;
    let cfg = md.config.clone();
    let search = args.search.build(&md, md.lexicon.as_ref())?;
    // What the rows were decoded with (beam 1 or a model without a second
    // pass: greedy), so a score can be reproduced.
    let decoding = match &search {
        Some(_) => serde_json::to_value(args.search.settings(&md))?,
        None => serde_json::json!({"beam": 1}),
    };
    let mut model = DeviceModel::new(client, md.config.clone(), &md.weights)?;
    if let Some(cache) = crate::model_args::user_compile_cache() {
        model.set_compile_cache(cache);
    }
    let thresholds: Vec<Option<f32>> = match (&cfg.arbitrator, args.thresholds.is_empty()) {
        (Some(_), false) => args.thresholds.iter().map(|&t| Some(t)).collect(),
        _ => vec![None],
    };
    let mut rows = Vec::new();
    for spec in &args.data {
        let (name, mut set) = load_set(spec)?;
        if args.limit > 0 {
            set.truncate(args.limit);
        }
        for &threshold in &thresholds {
            let lexicon = md.lexicon.as_ref();
            rows.push(score(&model, &md.tokenizer, lexicon, search.clone(), name.clone(), &set, args.batch, threshold)?);
        }
    }
    if !args.json {
        println!("model {} ({}), decoding {decoding}\n", cfg.name, dir.display());
        println!(
            "| set | threshold | utterances failed | first-pass WER | final WER | first-pass CER | final CER | final WER with lexicon | words | real-time factor | gated FLOPs executed |"
        );
        println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    }
    for r in rows {
        let s = &r.score;
        let rtf = if s.audio > 0.0 { s.wall / s.audio } else { 0.0 };
        let (raw, lex) = (&s.raw, s.lexicon.as_ref());
        if args.json {
            let mut row = serde_json::json!({"set": r.set, "threshold": r.threshold, "failed": s.failed,
                "wer_first_pass": raw.first.wer(), "wer": raw.last.wer(), "cer_first_pass": raw.first.cer(), "cer": raw.last.cer(),
                "words": raw.last.words, "rtf": rtf, "flops_fraction": s.compute, "decoding": decoding});
            if let Some(lex) = lex {
                row["wer_first_pass_lexicon"] = lex.first.wer().into();
                row["wer_lexicon"] = lex.last.wer().into();
                row["cer_first_pass_lexicon"] = lex.first.cer().into();
                row["cer_lexicon"] = lex.last.cer().into();
            }
            println!("{row}");
        } else {
            let th = r.threshold.map(|t| format!("{t}")).unwrap_or_else(|| "-".into());
            let compute = s.compute.map(|c| format!("{:.0}%", 100.0 * c)).unwrap_or_else(|| "-".into());
            let with_lexicon = lex.map(|l| format!("{:.2}%", 100.0 * l.last.wer())).unwrap_or_else(|| "-".into());
            println!(
                "| {} | {th} | {} | {:.2}% | {:.2}% | {:.2}% | {:.2}% | {with_lexicon} | {} | {rtf:.4} | {compute} |",
                r.set,
                s.failed,
                100.0 * raw.first.wer(),
                100.0 * raw.last.wer(),
                100.0 * raw.first.cer(),
                100.0 * raw.last.cer(),
                raw.last.words
            );
        }
    }
    Ok(())
}
