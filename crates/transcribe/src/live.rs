//! Live recognition: streams fed as their audio arrives (a pipe, a
//! socket), each in a slot of the compiled step program, stepped together
//! (continuous batching across streams). A stream whose next chunk has not
//! arrived sits the step out with its state held on the device
//! (`valid_frames` 0), so a slow or stalled stream never holds up the
//! others. Each step's first-pass tokens give a partial result of the open
//! segment; endpointing closes segments (a run of blank frames after
//! speech, or a length limit), and each closed segment's second pass and
//! search give its final result. Memory per stream is bounded by the
//! segment limit, however long the stream runs.

use hark_engine::StreamState;
use hark_features::MelExtractor;
use hark_pjrt::Buffer;
use serde::Serialize;

use crate::cascade::SecondPass;
use crate::error::{Error, Result};
use crate::output::TokenTiming;
use crate::scheduler::{Transcriber, frame_seconds, unpack_tokens};

/// When a segment ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Endpointing {
    /// Seconds of frames without a first-pass token, after at least one
    /// token, that close a segment; 0 turns this rule off.
    pub trailing_blank: f64,
    /// The longest segment, in seconds; 0: no limit (the second pass still
    /// runs in windows, so memory stays bounded, but the final result
    /// waits for the end of the stream).
    pub max_segment: f64,
}

impl Default for Endpointing {
    fn default() -> Self {
        Endpointing { trailing_blank: 0.8, max_segment: 20.0 }
    }
}

/// What a stream's recognition produced.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Event {
    /// The first pass's text of the open segment, when it changed.
    Partial { stream: usize, segment: usize, start: f64, text: String },
    /// A closed segment's result (second pass and search, lexicon); a
    /// segment without words gives none.
    Final {
        stream: usize,
        segment: usize,
        start: f64,
        end: f64,
        text: String,
        tokens: Vec<TokenTiming>,
        #[serde(skip_serializing_if = "Option::is_none")]
        first_pass_text: Option<String>,
    },
    /// The stream's audio ended and every result has been given; its slot
    /// is free.
    End { stream: usize, seconds: f64 },
}

/// The open segment of a stream.
struct Segment {
    index: usize,
    /// Encoder frame it starts at.
    start: usize,
    /// (class, encoder frame) of its first-pass tokens.
    tokens: Vec<(u32, usize)>,
    pass2: SecondPass,
    /// The last partial text given.
    partial: String,
}

impl Segment {
    fn at(index: usize, start: usize) -> Segment {
        Segment { index, start, tokens: Vec::new(), pass2: SecondPass::at(start), partial: String::new() }
    }
}

/// One live stream in a slot.
struct Live {
    mel: MelExtractor,
    /// Log-mel values made but not yet fed.
    feats: Vec<f32>,
    /// No more audio will come.
    finishing: bool,
    /// Encoder frames fed so far.
    frames: usize,
    fresh: bool,
    segment: Segment,
}

/// Streams recognized live, up to the transcriber's batch at once.
pub struct Recognizer<'t, 'm> {
    t: &'t Transcriber<'m>,
    endpointing: Endpointing,
    slots: Vec<Option<Live>>,
    state: Option<StreamState>,
    threshold: Option<Buffer>,
}

impl<'t, 'm> Recognizer<'t, 'm> {
    /// Live streams over `transcriber`'s programs (its batch is the most
    /// streams at once, its chunk the step).
    pub fn new(transcriber: &'t Transcriber<'m>, endpointing: Endpointing) -> Result<Recognizer<'t, 'm>> {
        for (name, v) in [("trailing_blank", endpointing.trailing_blank), ("max_segment", endpointing.max_segment)] {
            if !v.is_finite() || v < 0.0 {
                return Err(Error::Options(format!("endpointing {name} must be a finite number >= 0, not {v}")));
            }
        }
        let cfg = &transcriber.model.config;
        let threshold = match &cfg.arbitrator {
            Some(a) => {
                Some(transcriber.model.scalar(transcriber.opts.threshold.unwrap_or(a.default_threshold as f32))?)
            }
            None => None,
        };
        let slots = (0..transcriber.opts.batch).map(|_| None).collect();
        let state = Some(transcriber.step.zero_state()?);
        Ok(Recognizer { t: transcriber, endpointing, slots, state, threshold })
    }

    /// Starts a stream; `None` when every slot is taken.
    pub fn open(&mut self) -> Option<usize> {
        let free = self.slots.iter().position(|s| s.is_none())?;
        self.slots[free] = Some(Live {
            mel: MelExtractor::new(self.t.mel),
            feats: Vec::new(),
            finishing: false,
            frames: 0,
            fresh: true,
            segment: Segment::at(0, 0),
        });
        Some(free)
    }

    /// Encoder frames of `stream` recognized so far (`None`: not open).
    pub fn frames(&self, stream: usize) -> Option<usize> {
        self.slots.get(stream)?.as_ref().map(|l| l.frames)
    }

    /// Seconds of `stream`'s audio fed but not yet recognized: what a
    /// client sending faster than the machine recognizes has queued.
    pub fn pending_seconds(&self, stream: usize) -> f64 {
        let cfg = &self.t.model.config;
        let feature_frames = self.slots.get(stream).and_then(|s| s.as_ref()).map_or(0, |l| l.feats.len())
            / cfg.frontend.mel_bins as usize;
        feature_frames as f64 * hark_model::programs::FEATURE_HOP_SECONDS
    }

    /// Streams open now.
    pub fn active(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }

    /// Adds 16 kHz mono samples to `stream` (see [`hark_audio::To16k`]).
    pub fn feed(&mut self, stream: usize, samples: &[f32]) -> Result<()> {
        let live = self.live(stream)?;
        if live.finishing {
            return Err(Error::Options(format!("stream {stream} has finished: no more audio")));
        }
        live.mel.push(samples, &mut live.feats);
        Ok(())
    }

    /// Marks the end of `stream`'s audio: its last results follow, then
    /// [`Event::End`].
    pub fn finish(&mut self, stream: usize) -> Result<()> {
        self.live(stream)?.finishing = true;
        Ok(())
    }

    /// Drops `stream` at once (its client went away): no more results, and
    /// its slot is free.
    pub fn close(&mut self, stream: usize) {
        if let Some(slot) = self.slots.get_mut(stream) {
            *slot = None;
        }
    }

    fn live(&mut self, stream: usize) -> Result<&mut Live> {
        self.slots
            .get_mut(stream)
            .and_then(|s| s.as_mut())
            .ok_or_else(|| Error::Options(format!("no open stream {stream}")))
    }

    /// Feature values per slot per step.
    fn need(&self) -> usize {
        let cfg = &self.t.model.config;
        (cfg.frontend.stack * self.t.opts.chunk * cfg.frontend.mel_bins) as usize
    }

    /// Whether a step would make progress: some stream has a whole chunk,
    /// or has finished.
    pub fn ready(&self) -> bool {
        let need = self.need();
        self.slots.iter().flatten().any(|l| l.finishing || l.feats.len() >= need)
    }

    /// One device step over every stream with a whole chunk (finished
    /// streams with what they have left); the others hold. Appends the
    /// results to `events`.
    pub fn step(&mut self, events: &mut Vec<Event>) -> Result<()> {
        let cfg = &self.t.model.config;
        let (b, c) = (self.t.opts.batch as usize, self.t.opts.chunk as usize);
        let (stack, mel_bins) = (cfg.frontend.stack as usize, cfg.frontend.mel_bins as usize);
        let symbols = cfg.decoder.max_symbols_per_frame as usize;
        let d = cfg.encoder.d_model as usize;
        let need = self.need();
        let mut feats = vec![0.0f32; b * need];
        let mut reset = vec![true; b];
        let mut valid = vec![0i32; b];
        for (i, slot) in self.slots.iter_mut().enumerate() {
            let Some(l) = slot else { continue };
            reset[i] = false;
            let available = l.feats.len().min(need);
            if available < need && !l.finishing {
                continue; // holds: waits for a whole chunk
            }
            let frames = if available == need { c } else { available / mel_bins / stack };
            feats[i * need..][..available].copy_from_slice(&l.feats[..available]);
            l.feats.drain(..available);
            reset[i] = std::mem::take(&mut l.fresh);
            valid[i] = frames as i32;
        }
        if valid.iter().any(|&v| v > 0) {
            let fb = self.t.model.buffer(&feats, &[b as i64, (need / mel_bins) as i64, mel_bins as i64])?;
            let rb = self.t.model.buffer(&reset, &[b as i64])?;
            let vb = self.t.model.buffer(&valid, &[b as i64])?;
            let mut inputs = vec![("features", &fb), ("reset", &rb), ("valid_frames", &vb)];
            if let Some(th) = &self.threshold {
                inputs.push(("threshold", th));
            }
            let mut out = self.t.step.call(&inputs, self.state.take())?;
            self.state = out.state.take();
            let tokens: Vec<i32> = out.take(self.t.step.name(), "tokens")?.to_host()?;
            let frames: Vec<f32> = match self.t.has_cascade() {
                true => out.take(self.t.step.name(), "frames")?.to_host()?,
                false => Vec::new(),
            };
            for (i, slot) in self.slots.iter_mut().enumerate() {
                let Some(l) = slot else { continue };
                let real = valid[i] as usize;
                unpack_tokens(&tokens, (i, c, symbols), real, l.frames, &mut l.segment.tokens);
                if self.t.has_cascade() {
                    l.segment.pass2.push(&frames[i * c * d..][..real * d]);
                }
                l.frames += real;
            }
            // The streams whose window filled in this step, in one call.
            if let Some(cascade) = &self.t.cascade {
                let full = cascade.window_values();
                let mut ready: Vec<&mut SecondPass> = self
                    .slots
                    .iter_mut()
                    .flatten()
                    .map(|l| &mut l.segment.pass2)
                    .filter(|p| p.waiting() >= full)
                    .collect();
                cascade.run(&mut ready)?;
            }
        }
        let (t, fs) = (self.t, frame_seconds(self.t.model));
        for (i, slot) in self.slots.iter_mut().enumerate() {
            let Some(l) = slot else { continue };
            let ended = l.finishing && l.feats.len() < stack * mel_bins;
            let seg = &l.segment;
            let seconds = (l.frames - seg.start) as f64 * fs;
            let last_token = seg.tokens.last().map(|&(_, f)| f + 1);
            let blank = (l.frames - last_token.unwrap_or(seg.start)) as f64 * fs;
            let e = self.endpointing;
            let close = ended
                || (e.max_segment > 0.0 && seconds >= e.max_segment)
                || (e.trailing_blank > 0.0 && last_token.is_some() && blank >= e.trailing_blank);
            // This step's tokens are shown before the segment closes, so the
            // last partial is always the final's first-pass text.
            if valid[i] > 0 {
                let seg = &mut l.segment;
                let (text, _) = t.render(&seg.tokens).map_err(Error::Tokens)?;
                if text != seg.partial {
                    seg.partial = text.clone();
                    events.push(Event::Partial { stream: i, segment: seg.index, start: seg.start as f64 * fs, text });
                }
            }
            if close {
                let next = Segment::at(l.segment.index + 1, l.frames);
                let done = std::mem::replace(&mut l.segment, next);
                // A segment where the first pass heard nothing gives no
                // result: the first pass is what detects speech here, and a
                // second pass over silence alone can make up a word.
                if !done.tokens.is_empty()
                    && let Some(event) = final_event(t, i, done, l.frames)?
                {
                    events.push(event);
                }
            }
            if ended {
                events.push(Event::End { stream: i, seconds: l.frames as f64 * fs });
                *slot = None;
            }
        }
        Ok(())
    }
}

/// The final result of segment `seg` of stream `stream`, ending at encoder
/// frame `end`; `None` if it holds no words.
fn final_event(t: &Transcriber, stream: usize, mut seg: Segment, end: usize) -> Result<Option<Event>> {
    if let Some(cascade) = &t.cascade {
        while seg.pass2.waiting() > 0 {
            cascade.run(&mut [&mut seg.pass2])?;
        }
    }
    let r = t.result(&seg.tokens, seg.pass2).map_err(Error::Tokens)?;
    if r.text.trim().is_empty() {
        return Ok(None);
    }
    let fs = frame_seconds(t.model);
    Ok(Some(Event::Final {
        stream,
        segment: seg.index,
        start: seg.start as f64 * fs,
        end: end as f64 * fs,
        text: r.text,
        tokens: r.tokens,
        first_pass_text: r.first_pass_text,
    }))
}
