//! Continuous batching: B slots, each streaming one file chunk by chunk
//! through the compiled step program; when a file ends its slot resets and
//! takes the next file, while the other slots go on.
//!
//! Chunk arithmetic: a step takes `S * C` log-mel frames per slot (S the
//! front end's stacking, C encoder frames), i.e. `0.01 * S * C` seconds of
//! audio; with S = 4, C = 8: 32 feature frames, 320 ms. The last chunk of a
//! file is padded; `valid_frames` tells the program how many encoder frames
//! of it are real (a trailing part of less than S feature frames, under
//! 40 ms, is dropped).

use std::path::{Path, PathBuf};
use std::time::Instant;

use hark_engine::{DeviceModel, Program, StreamState};
use hark_features::MelConfig;
use hark_model::programs::GatedCost;
use hark_model::{Gating, ProgramKind, ProgramShape, build};
use hark_pjrt::Buffer;
use hark_search::BeamSearch;
use hark_text::{Lexicon, Tokenizer};

use crate::cascade::{Cascade, SecondPass};
use crate::error::{Error, Result};
use crate::features::FileFeatures;
use crate::output::{Outcome, TokenTiming, Transcript};
use crate::render::{Rendered, Renderer};

/// Choices of a run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Slots (streams per step).
    pub batch: i64,
    /// Encoder frames per step.
    pub chunk: i64,
    /// Use the cascade's second pass for the final transcript (when the
    /// model has one).
    pub second_pass: bool,
    /// Encoder frames per second-pass window: long files are finished in
    /// windows of this many frames, so memory stays bounded.
    pub window: i64,
    /// Windows the second pass takes per device call (`None`: `batch`).
    /// Files wait for their second pass until that many windows are ready
    /// (or the input runs out), so one call serves several files; 1 runs
    /// each window as soon as it is ready.
    pub second_pass_batch: Option<i64>,
    /// Arbitrator threshold (gated models); `None`: the model's default.
    pub threshold: Option<f32>,
    /// Files decoded ahead on their own threads, overlapping audio decoding
    /// and feature extraction with the device; the others are decoded on the
    /// scheduler's thread. 0: none.
    pub decode_threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            batch: 8,
            chunk: 8,
            second_pass: true,
            window: 250,
            second_pass_batch: None,
            threshold: None,
            decode_threads: 8,
        }
    }
}

/// Progress after each finished file.
#[derive(Clone, Copy, Debug, Default)]
pub struct Progress {
    pub files_done: usize,
    pub files_failed: usize,
    pub audio_seconds: f64,
    pub wall_seconds: f64,
    /// Gated models: FLOPs of the gated modules executed (from the step's
    /// `kept` counts), and what they would have been with every real frame
    /// kept (padding and empty slots count in neither).
    pub gated_flops_executed: f64,
    pub gated_flops_all_kept: f64,
}

impl Progress {
    /// Gated models: the fraction of the gated modules' compute executed.
    pub fn compute_fraction(&self) -> Option<f64> {
        (self.gated_flops_all_kept > 0.0).then(|| self.gated_flops_executed / self.gated_flops_all_kept)
    }
}

/// One file in a slot.
struct Active {
    name: String,
    /// Its audio, as log-mel frames.
    input: FileFeatures,
    /// Encoder frames fed so far.
    frames: usize,
    /// (class, encoder frame) of first-pass tokens.
    tokens: Vec<(u32, usize)>,
    pass2: SecondPass,
    started: Instant,
    fresh: bool,
}

/// A model's compiled programs, ready to transcribe.
pub struct Transcriber<'m> {
    pub(crate) model: &'m DeviceModel,
    /// Tokens to text and timings, corrected by a lexicon (`with_lexicon`).
    renderer: Renderer,
    pub(crate) opts: Options,
    pub(crate) step: Program<'m>,
    /// The second pass over windows of first-pass frames, and how its
    /// frames become tokens.
    pub(crate) cascade: Option<Cascade<'m>>,
    pub(crate) mel: MelConfig,
    /// Gated models: the step's compute per `kept` count.
    cost: Option<GatedCost>,
}

/// Appends the tokens of row `row` of a decoder's `tokens` output (`[B, T,
/// S]`: up to S classes per frame, non-positive where none was emitted)
/// over its first `real` frames to `out`, as (class, frame) with frames
/// counted from `first_frame`.
pub(crate) fn unpack_tokens(
    tokens: &[i32],
    (row, frames, symbols): (usize, usize, usize),
    real: usize,
    first_frame: usize,
    out: &mut Vec<(u32, usize)>,
) {
    for f in 0..real {
        for &class in &tokens[(row * frames + f) * symbols..][..symbols] {
            if class > 0 {
                out.push((class as u32, first_frame + f));
            }
        }
    }
}

/// Seconds per encoder frame.
pub(crate) fn frame_seconds(model: &DeviceModel) -> f64 {
    model.config.frontend.frame_seconds()
}

impl<'m> Transcriber<'m> {
    /// Compiles `model`'s programs. The cascade's second pass is decoded by
    /// `search` on the host if given, else greedily on the device; models
    /// without a second pass, or run without it, decode greedily.
    pub fn new(
        model: &'m DeviceModel,
        tokenizer: Tokenizer,
        opts: Options,
        search: Option<BeamSearch>,
    ) -> Result<Transcriber<'m>> {
        let cfg = &model.config;
        tokenizer.check_classes(cfg.decoder.vocab_size as usize)?;
        if opts.batch < 1 || opts.chunk < 1 || opts.window < 1 || opts.second_pass_batch.is_some_and(|b| b < 1) {
            return Err(Error::Options(format!(
                "batch, chunk, window and second-pass batch must be positive: {opts:?}"
            )));
        }
        let shape = ProgramShape { batch: opts.batch, frames: opts.chunk };
        let step = build(cfg, ProgramKind::Step, shape, Gating::Dynamic)?;
        let cost = match cfg.arbitrator {
            Some(_) => Some(GatedCost::of(cfg, ProgramKind::Step, shape, &step)?),
            None => None,
        };
        let step = model.compile(step)?;
        if let Some(search) = &search {
            let joint = search.joint();
            if joint.vocab() != cfg.decoder.vocab_size as usize || joint.d_model() != cfg.encoder.d_model as usize {
                return Err(Error::Options(format!(
                    "the beam search's decoder ({} classes over {}-wide frames) is not this model's ({} over {})",
                    joint.vocab(),
                    joint.d_model(),
                    cfg.decoder.vocab_size,
                    cfg.encoder.d_model
                )));
            }
        }
        let cascade = if opts.second_pass && cfg.second_pass.is_some() {
            Some(Cascade::new(model, opts.window, opts.second_pass_batch.unwrap_or(opts.batch), search)?)
        } else {
            None
        };
        let mel = MelConfig { mel_bins: cfg.frontend.mel_bins as usize, ..MelConfig::default() };
        let renderer = Renderer::new(tokenizer, frame_seconds(model));
        Ok(Transcriber { model, renderer, opts, step, cascade, mel, cost })
    }

    /// Transcripts with each word outside `lexicon` replaced by its nearest
    /// lexicon word (see [`Lexicon`]); the uncorrected text is kept as
    /// `raw_text`.
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Self {
        self.renderer.lexicon = Some(lexicon);
        self
    }

    /// Transcribes `files`, handing each outcome to `sink` as soon as the file
    /// is done and reporting `progress` after it. A file that cannot be read
    /// or decoded becomes [`Outcome::Failed`]; the others go on.
    pub fn run(
        &self,
        files: impl IntoIterator<Item = PathBuf>,
        sink: &mut dyn FnMut(Outcome) -> Result<()>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Progress> {
        let cfg = &self.model.config;
        let (b, c) = (self.opts.batch as usize, self.opts.chunk as usize);
        let (stack, mel_bins) = (cfg.frontend.stack as usize, cfg.frontend.mel_bins as usize);
        let symbols = cfg.decoder.max_symbols_per_frame as usize;
        let d = cfg.encoder.d_model as usize;
        let start = Instant::now();
        let mut report = Progress::default();
        let mut queue = files.into_iter();
        let mut slots: Vec<Option<Active>> = (0..b).map(|_| None).collect();
        let mut state: Option<StreamState> = Some(self.step.zero_state()?);
        let threshold: Option<Buffer> = match &cfg.arbitrator {
            Some(a) => Some(self.model.scalar(self.opts.threshold.unwrap_or(a.default_threshold as f32))?),
            None => None,
        };
        let mut feats = vec![0.0f32; b * stack * c * mel_bins];
        let mut tokens = vec![0i32; b * c * symbols];
        let mut frames_host = vec![0.0f32; b * c * d];
        let need = stack * c; // feature frames per slot per step
        // Files whose first pass is done, waiting (in the order they ended)
        // for windows of their second pass.
        let mut finishing: Vec<Active> = Vec::new();

        loop {
            // Fill empty slots; skip files that fail to open.
            let mut threaded = slots.iter().flatten().filter(|a| a.input.is_threaded()).count();
            for slot in slots.iter_mut().filter(|s| s.is_none()) {
                for path in queue.by_ref() {
                    let use_thread = threaded < self.opts.decode_threads;
                    match self.open(&path, use_thread) {
                        Ok(active) => {
                            threaded += use_thread as usize;
                            *slot = Some(active);
                            break;
                        }
                        Err(error) => {
                            let failed = Outcome::Failed { file: path.display().to_string(), error };
                            self.finish_outcome(failed, sink, progress, &mut report, start)?
                        }
                    }
                }
            }
            if slots.iter().all(|s| s.is_none()) {
                // The input is done: every waiting window runs now.
                while !finishing.is_empty() {
                    self.run_second_passes(&mut slots, &mut finishing, sink, progress, &mut report, start)?;
                }
                break;
            }

            // Gather one chunk per slot.
            let mut reset = vec![true; b];
            let mut valid = vec![0i32; b];
            feats.fill(0.0);
            for (i, slot) in slots.iter_mut().enumerate() {
                let Some(a) = slot else { continue };
                if let Err(e) = a.input.fill(need * mel_bins) {
                    let outcome = Outcome::Failed { file: a.name.clone(), error: e };
                    *slot = None;
                    self.finish_outcome(outcome, sink, progress, &mut report, start)?;
                    continue;
                }
                let available = (a.input.feats.len() / mel_bins).min(need);
                let real = if available == need { c } else { available / stack };
                feats[i * need * mel_bins..][..available * mel_bins]
                    .copy_from_slice(&a.input.feats[..available * mel_bins]);
                a.input.feats.drain(..available * mel_bins);
                reset[i] = std::mem::take(&mut a.fresh);
                valid[i] = real as i32;
            }

            // One device call: front end, encoder, greedy decoding of the chunk.
            let fb = self.model.buffer(&feats, &[b as i64, need as i64, mel_bins as i64])?;
            let rb = self.model.buffer(&reset, &[b as i64])?;
            let vb = self.model.buffer(&valid, &[b as i64])?;
            let mut inputs = vec![("features", &fb), ("reset", &rb), ("valid_frames", &vb)];
            if let Some(th) = &threshold {
                inputs.push(("threshold", th));
            }
            let mut out = self.step.call(&inputs, state.take())?;
            state = out.state.take();
            out.take(self.step.name(), "tokens")?.copy_to_host(&mut tokens)?;
            if let Some(cost) = &self.cost {
                let kept: Vec<i32> = out.take(self.step.name(), "kept")?.to_host()?;
                report.gated_flops_executed += cost.gated_executed(&kept);
                let real_frames: i32 = valid.iter().sum();
                report.gated_flops_all_kept += real_frames as f64 * cost.gated_per_frame();
            }
            if self.cascade.is_some() {
                out.take(self.step.name(), "frames")?.copy_to_host(&mut frames_host)?;
            }

            for (i, slot) in slots.iter_mut().enumerate() {
                let Some(a) = slot else { continue };
                let real = valid[i] as usize;
                unpack_tokens(&tokens, (i, c, symbols), real, a.frames, &mut a.tokens);
                if self.cascade.is_some() {
                    a.pass2.push(&frames_host[i * c * d..][..real * d]);
                }
                a.frames += real;
                let done = a.input.eof && a.input.feats.len() < stack * mel_bins;
                if done {
                    // The slot takes the next file now; the second pass of
                    // this one may wait for others'.
                    let active = slot.take().expect("slot is active");
                    if active.pass2.waiting() > 0 {
                        finishing.push(active);
                    } else {
                        let outcome = self.transcript(active);
                        self.finish_outcome(outcome, sink, progress, &mut report, start)?;
                    }
                }
            }
            if let Some(cascade) = &self.cascade {
                let full = cascade.window_values();
                let ready = finishing.len() + slots.iter().flatten().filter(|a| a.pass2.waiting() >= full).count();
                // A slot that has a second full window waiting does not wait
                // for others any longer: memory stays bounded.
                let overdue = slots.iter().flatten().any(|a| a.pass2.waiting() >= 2 * full);
                if ready >= cascade.max_batch() || overdue {
                    self.run_second_passes(&mut slots, &mut finishing, sink, progress, &mut report, start)?;
                }
            }
        }
        Ok(report)
    }

    /// One window of the second pass for every ended file (first) and every
    /// slot with a full window, batched; then the ended files whose frames
    /// have all been through it are transcribed.
    fn run_second_passes(
        &self,
        slots: &mut [Option<Active>],
        finishing: &mut Vec<Active>,
        sink: &mut dyn FnMut(Outcome) -> Result<()>,
        progress: &mut dyn FnMut(Progress),
        report: &mut Progress,
        start: Instant,
    ) -> Result<()> {
        let cascade = self.cascade.as_ref().expect("called with a cascade");
        let full = cascade.window_values();
        let mut passes: Vec<&mut SecondPass> = finishing.iter_mut().map(|a| &mut a.pass2).collect();
        passes.extend(slots.iter_mut().flatten().map(|a| &mut a.pass2).filter(|p| p.waiting() >= full));
        cascade.run(&mut passes)?;
        let mut still = Vec::new();
        for active in finishing.drain(..) {
            if active.pass2.waiting() > 0 {
                still.push(active);
            } else {
                let outcome = self.transcript(active);
                self.finish_outcome(outcome, sink, progress, report, start)?;
            }
        }
        *finishing = still;
        Ok(())
    }

    /// A slot's state for `path`, or why it cannot be read (the file fails,
    /// the run goes on).
    fn open(&self, path: &Path, threaded: bool) -> std::result::Result<Active, String> {
        let name = path.display().to_string();
        let chunk = self.model.config.frontend.stack as usize * self.opts.chunk as usize * self.mel.mel_bins;
        Ok(Active {
            name,
            input: FileFeatures::open(path, self.mel, threaded.then_some(chunk))?,
            frames: 0,
            tokens: Vec::new(),
            pass2: SecondPass::at(0),
            started: Instant::now(),
            fresh: true,
        })
    }

    /// The model it runs.
    pub fn model(&self) -> &'m DeviceModel {
        self.model
    }

    /// Whether final transcripts come from the cascade's second pass.
    pub(crate) fn has_cascade(&self) -> bool {
        self.cascade.is_some()
    }

    /// The second pass's tokens once its search is finished (empty without
    /// a cascade).
    pub(crate) fn final_tokens(&self, pass2: SecondPass) -> Vec<(u32, usize)> {
        match &self.cascade {
            Some(cascade) => cascade.final_tokens(pass2),
            None => Vec::new(),
        }
    }

    /// Text and token timings of (class, encoder frame) tokens.
    pub(crate) fn render(&self, tokens: &[(u32, usize)]) -> std::result::Result<(String, Vec<TokenTiming>), String> {
        self.renderer.render(tokens)
    }

    /// The result of an utterance from its first-pass tokens and its second
    /// pass (see [`Renderer::result`]).
    pub(crate) fn result(&self, first: &[(u32, usize)], pass2: SecondPass) -> std::result::Result<Rendered, String> {
        let last = self.has_cascade().then(|| self.final_tokens(pass2));
        self.renderer.result(first, last.as_deref())
    }

    fn transcript(&self, a: Active) -> Outcome {
        match self.result(&a.tokens, a.pass2) {
            Ok(r) => Outcome::Done(Transcript {
                file: a.name,
                text: r.text,
                tokens: r.tokens,
                duration: a.input.samples as f64 / hark_audio::TARGET_RATE as f64,
                processing_time: a.started.elapsed().as_secs_f64(),
                first_pass_text: r.first_pass_text,
                raw_text: r.raw_text,
            }),
            Err(error) => Outcome::Failed { file: a.name, error },
        }
    }

    fn finish_outcome(
        &self,
        outcome: Outcome,
        sink: &mut dyn FnMut(Outcome) -> Result<()>,
        progress: &mut dyn FnMut(Progress),
        report: &mut Progress,
        start: Instant,
    ) -> Result<()> {
        match &outcome {
            Outcome::Done(t) => {
                report.files_done += 1;
                report.audio_seconds += t.duration;
            }
            Outcome::Failed { .. } => report.files_failed += 1,
        }
        report.wall_seconds = start.elapsed().as_secs_f64();
        sink(outcome)?;
        progress(*report);
        Ok(())
    }
}
