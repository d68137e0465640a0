//! What `transcribe` and `stream` share: the model directory, how the
//! cascade's output is decoded, and the compiled model built from them.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use hark_engine::DeviceModel;
use hark_pjrt::Client;
use hark_transcribe::{ModelDir, Options, Transcriber, load_model_dir};

use crate::search_args::SearchArgs;

#[derive(Args, Debug)]
pub struct DecodingArgs {
    /// Model directory (config.json, model.safetensors, tokenizer.json).
    /// Default: $HARK_MODEL, else the default model installed by `hark
    /// setup`, else a weights/ beside the binary.
    #[arg(long, value_name = "DIR")]
    pub model: Option<PathBuf>,
    /// Results from the streaming first pass only (skip the cascade's
    /// second pass).
    #[arg(long)]
    pub first_pass_only: bool,
    /// Compute threshold of gated models (0 keeps every frame).
    #[arg(long, value_parser = crate::limits::threshold)]
    pub threshold: Option<f32>,
    /// Leave words outside the model's lexicon (MODEL/lexicon.tsv) as the
    /// model spelled them (and search without its bigrams).
    #[arg(long)]
    pub no_lexicon: bool,
    /// Windows the cascade's second pass takes per device call (default:
    /// the batch): files wait for their second pass until that many
    /// windows are ready, so one call serves several; 1 runs each at once.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_BATCH))]
    pub second_pass_batch: Option<i64>,
    #[command(flatten)]
    pub search: SearchArgs,
}

/// When live segments end (`stream`, `serve`).
#[derive(Args, Debug)]
pub struct EndpointArgs {
    /// Seconds without a new first-pass token, after speech, that end a
    /// segment (0: never on silence).
    #[arg(long, default_value_t = 0.8, allow_negative_numbers = true, value_parser = crate::limits::seconds)]
    pub endpoint_silence: f64,
    /// The longest segment, in seconds (0: no limit: one result at the end
    /// of the stream).
    #[arg(long, default_value_t = 20.0, allow_negative_numbers = true, value_parser = crate::limits::seconds)]
    pub max_segment: f64,
}

impl EndpointArgs {
    pub fn endpointing(&self) -> hark_transcribe::live::Endpointing {
        hark_transcribe::live::Endpointing { trailing_blank: self.endpoint_silence, max_segment: self.max_segment }
    }
}

/// The model directory `args` name (or the default one), read and checked.
pub fn model_dir(model: Option<&Path>) -> Result<ModelDir> {
    let dir = crate::default_model::locate(model)?.dir;
    load_model_dir(&dir).with_context(|| format!("loading the model in {}", dir.display()))
}

/// A model's programs on a device (compiled ones reused from the per-user
/// cache), with what the transcriber is made of.
pub struct Opened {
    pub model: DeviceModel,
    parts: Option<(hark_text::Tokenizer, Option<hark_search::BeamSearch>, Option<hark_text::Lexicon>)>,
}

impl DecodingArgs {
    /// Puts `md` on the device with ordinal `device`, with the search and
    /// lexicon these options ask for.
    pub fn open(&self, client: &Client, md: &ModelDir, device: usize) -> Result<Opened> {
        let lexicon = md.lexicon.clone().filter(|_| !self.no_lexicon);
        let search = self.search.build(md, lexicon.as_ref())?;
        let mut model = DeviceModel::on_device(client, device, md.config.clone(), &md.weights)?;
        if let Some(cache) = crate::model_args::user_compile_cache() {
            model.set_compile_cache(cache);
        }
        Ok(Opened { model, parts: Some((md.tokenizer.clone(), search, lexicon)) })
    }

    /// The transcriber's options: `batch` streams of `chunk` frames.
    pub fn options(&self, batch: i64, chunk: i64, decode_threads: usize) -> Options {
        Options {
            batch,
            chunk,
            second_pass: !self.first_pass_only,
            threshold: self.threshold,
            second_pass_batch: self.second_pass_batch,
            decode_threads,
            ..Options::default()
        }
    }
}

impl Opened {
    /// Compiles the transcriber (once: it takes the tokenizer and search).
    pub fn transcriber(&mut self, opts: Options) -> Result<Transcriber<'_>> {
        let (tokenizer, search, lexicon) = self.parts.take().context("the transcriber is made once")?;
        let mut transcriber = Transcriber::new(&self.model, tokenizer, opts, search)?;
        if let Some(lexicon) = lexicon {
            transcriber = transcriber.with_lexicon(lexicon);
        }
        Ok(transcriber)
    }
}
