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

use hark_audio::AudioReader;
use hark_engine::{Model, Program, StreamState};
use hark_features::{MelConfig, MelExtractor};
use hark_model::programs::GatedCost;
use hark_model::{Gating, ProgramKind, ProgramShape, build};
use hark_pjrt::Buffer;
use hark_search::BeamSearch;
use hark_text::{Lexicon, Tokenizer};

use crate::cascade::{Cascade, SecondPass};
use crate::error::{Error, Result};
use crate::output::{Outcome, TokenTiming, Transcript};

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

/// Chunks of features a decoding thread may run ahead of the device.
const DECODE_AHEAD_CHUNKS: usize = 4;

/// Where a slot's features come from.
enum Source {
    /// Decoded on the scheduler's thread when needed (boxed: a reader and
    /// an extractor are much larger than a channel).
    Inline(Box<(AudioReader, MelExtractor)>),
    /// Decoded ahead by a thread: chunks of features, or the file's error.
    Thread(std::sync::mpsc::Receiver<std::result::Result<(Vec<f32>, usize), String>>),
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
    source: Source,
    /// Log-mel frames made but not yet fed (`mel_bins` values each).
    feats: Vec<f32>,
    eof: bool,
    /// Encoder frames fed so far.
    frames: usize,
    samples: usize,
    /// (class, encoder frame) of first-pass tokens.
    tokens: Vec<(u32, usize)>,
    pass2: SecondPass,
    started: Instant,
    fresh: bool,
}

/// A model's compiled programs, ready to transcribe.
pub struct Transcriber<'m> {
    pub(crate) model: &'m Model,
    tokenizer: Tokenizer,
    pub(crate) opts: Options,
    pub(crate) step: Program<'m>,
    /// The second pass over windows of first-pass frames, and how its
    /// frames become tokens.
    pub(crate) cascade: Option<Cascade<'m>>,
    pub(crate) mel: MelConfig,
    /// Gated models: the step's compute per `kept` count.
    cost: Option<GatedCost>,
    /// Corrects words the model misspelled (`with_lexicon`).
    lexicon: Option<Lexicon>,
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
pub(crate) fn frame_seconds(model: &Model) -> f64 {
    model.config.frontend.frame_seconds()
}

impl<'m> Transcriber<'m> {
    /// Compiles `model`'s programs. The cascade's second pass is decoded by
    /// `search` on the host if given, else greedily on the device; models
    /// without a second pass, or run without it, decode greedily.
    pub fn new(
        model: &'m Model,
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
        Ok(Transcriber { model, tokenizer, opts, step, cascade, mel, cost, lexicon: None })
    }

    /// Transcripts with each word outside `lexicon` replaced by its nearest
    /// lexicon word (see [`Lexicon`]); the uncorrected text is kept as
    /// `raw_text`.
    pub fn with_lexicon(mut self, lexicon: Lexicon) -> Self {
        self.lexicon = Some(lexicon);
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
            let mut threaded =
                slots.iter().filter(|s| matches!(s, Some(Active { source: Source::Thread(_), .. }))).count();
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
                if let Err(e) = fill(a, need * mel_bins) {
                    let outcome = Outcome::Failed { file: a.name.clone(), error: e };
                    *slot = None;
                    self.finish_outcome(outcome, sink, progress, &mut report, start)?;
                    continue;
                }
                let available = (a.feats.len() / mel_bins).min(need);
                let real = if available == need { c } else { available / stack };
                feats[i * need * mel_bins..][..available * mel_bins].copy_from_slice(&a.feats[..available * mel_bins]);
                a.feats.drain(..available * mel_bins);
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
                let done = a.eof && a.feats.len() < stack * mel_bins;
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
        let reader = AudioReader::open(path).map_err(|e| e.to_string())?;
        let mel = MelExtractor::new(self.mel);
        let source = if threaded {
            let chunk = self.model.config.frontend.stack as usize * self.opts.chunk as usize * self.mel.mel_bins;
            Source::Thread(decode_ahead(reader, mel, chunk))
        } else {
            Source::Inline(Box::new((reader, mel)))
        };
        Ok(Active {
            name,
            source,
            feats: Vec::new(),
            eof: false,
            frames: 0,
            samples: 0,
            tokens: Vec::new(),
            pass2: SecondPass::at(0),
            started: Instant::now(),
            fresh: true,
        })
    }

    /// The model it runs.
    pub fn model(&self) -> &'m Model {
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
        let fs = frame_seconds(self.model);
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

    /// The result of an utterance from its first-pass tokens and its second
    /// pass: (text, timings, first-pass text when the cascade gave the text,
    /// the uncorrected text when the lexicon corrected it).
    pub(crate) fn result(&self, first: &[(u32, usize)], pass2: SecondPass) -> std::result::Result<Rendered, String> {
        let first = self.render(first);
        let ((text, tokens), first_pass_text) = if self.has_cascade() {
            let fin = self.render(&self.final_tokens(pass2))?;
            (fin, Some(first?.0))
        } else {
            (first?, None)
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

    fn transcript(&self, a: Active) -> Outcome {
        match self.result(&a.tokens, a.pass2) {
            Ok(r) => Outcome::Done(Transcript {
                file: a.name,
                text: r.text,
                tokens: r.tokens,
                duration: a.samples as f64 / hark_audio::TARGET_RATE as f64,
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

/// An utterance's result (see [`Transcriber::result`]).
pub(crate) struct Rendered {
    pub text: String,
    pub tokens: Vec<TokenTiming>,
    pub first_pass_text: Option<String>,
    pub raw_text: Option<String>,
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

/// Makes log-mel frames until `target` values are pending or the file ends.
/// Errors are the file's (it fails, the run goes on).
fn fill(a: &mut Active, target: usize) -> std::result::Result<(), String> {
    while a.feats.len() < target && !a.eof {
        match &mut a.source {
            Source::Inline(inline) => {
                let (reader, mel) = &mut **inline;
                match reader.next_block().map_err(|e| e.to_string())? {
                    Some(block) => {
                        a.samples += block.len();
                        mel.push(&block, &mut a.feats);
                    }
                    None => a.eof = true,
                }
            }
            Source::Thread(rx) => match rx.recv() {
                Ok(chunk) => {
                    let (feats, samples) = chunk?;
                    a.samples += samples;
                    a.feats.extend_from_slice(&feats);
                }
                // The thread is done: every chunk has been received.
                Err(_) => a.eof = true,
            },
        }
    }
    Ok(())
}

/// Starts a thread that decodes a file into chunks of `chunk` feature values
/// (the last one shorter), at most [`DECODE_AHEAD_CHUNKS`] ahead. Each chunk
/// carries the samples it was made from.
fn decode_ahead(
    mut reader: AudioReader,
    mut mel: MelExtractor,
    chunk: usize,
) -> std::sync::mpsc::Receiver<std::result::Result<(Vec<f32>, usize), String>> {
    let (tx, rx) = std::sync::mpsc::sync_channel(DECODE_AHEAD_CHUNKS);
    std::thread::spawn(move || {
        let mut feats = Vec::new();
        let mut samples = 0;
        loop {
            match reader.next_block() {
                Ok(Some(block)) => {
                    samples += block.len();
                    mel.push(&block, &mut feats);
                    while feats.len() >= chunk {
                        let rest = feats.split_off(chunk);
                        if tx.send(Ok((std::mem::replace(&mut feats, rest), std::mem::take(&mut samples)))).is_err() {
                            return; // the scheduler dropped the file
                        }
                    }
                }
                Ok(None) => {
                    let _ = tx.send(Ok((feats, samples)));
                    return;
                }
                Err(e) => {
                    let _ = tx.send(Err(e.to_string()));
                    return;
                }
            }
        }
    });
    rx
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
