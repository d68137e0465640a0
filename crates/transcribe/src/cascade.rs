//! The cascade's second pass: windows of first-pass frames through the
//! non-causal second encoder, the windows of several utterances in one
//! device call, and the decoding of its frames (a beam search on the host,
//! or greedily on the device).

use hark_engine::{DeviceModel, Program};
use hark_model::{Gating, ProgramKind, ProgramShape, build};
use hark_search::{BeamSearch, Decoding};

use crate::error::Result;
use crate::scheduler::unpack_tokens;

/// The cascade's side of one utterance (a file, or a live segment): its
/// first-pass frames waiting for the second pass, and what that pass and
/// its search have decoded so far.
pub(crate) struct SecondPass {
    /// First-pass frames not yet run through the second pass.
    window: Vec<f32>,
    /// The encoder frame `window` starts at.
    window_start: usize,
    /// (class, encoder frame) of second-pass tokens.
    final_tokens: Vec<(u32, usize)>,
    /// The second pass's beam search, when the cascade has one.
    decoding: Option<Decoding>,
}

impl SecondPass {
    /// Starting at encoder frame `start`.
    pub(crate) fn at(start: usize) -> SecondPass {
        SecondPass { window: Vec::new(), window_start: start, final_tokens: Vec::new(), decoding: None }
    }

    /// Frames waiting, in values.
    pub(crate) fn waiting(&self) -> usize {
        self.window.len()
    }

    pub(crate) fn push(&mut self, frames: &[f32]) {
        self.window.extend_from_slice(frames);
    }
}

/// The second pass and its decoder, compiled for batches of windows.
pub(crate) struct Cascade<'m> {
    model: &'m DeviceModel,
    /// Encoder frames per window.
    window: usize,
    /// By batch, ascending: batch 1 and the largest batch asked for.
    programs: Vec<Batched<'m>>,
    /// Decodes the second pass's frames on the host; `None`: greedily on
    /// the device.
    search: Option<BeamSearch>,
}

struct Batched<'m> {
    batch: usize,
    second: Program<'m>,
    /// The greedy decoder (without a host search).
    decode: Option<Program<'m>>,
}

impl<'m> Cascade<'m> {
    /// `model`'s second pass over windows of `window` frames, run on up to
    /// `batch` windows at once.
    pub(crate) fn new(
        model: &'m DeviceModel,
        window: i64,
        batch: i64,
        search: Option<BeamSearch>,
    ) -> Result<Cascade<'m>> {
        let cfg = &model.config;
        let mut batches = vec![1];
        if batch > 1 {
            batches.push(batch);
        }
        let mut programs = Vec::new();
        // A host search reads the joint's projection of the frames, made
        // on the device; the device's greedy decoder reads the frames.
        let second_kind = if search.is_some() { ProgramKind::SecondPassJoint } else { ProgramKind::SecondPass };
        for b in batches {
            let shape = ProgramShape { batch: b, frames: window };
            let second = model.compile(build(cfg, second_kind, shape, Gating::Off)?)?;
            let decode = match search {
                Some(_) => None,
                None => Some(model.compile(build(cfg, ProgramKind::Decode, shape, Gating::Off)?)?),
            };
            programs.push(Batched { batch: b as usize, second, decode });
        }
        Ok(Cascade { model, window: window as usize, programs, search })
    }

    /// The most windows one device call takes.
    pub(crate) fn max_batch(&self) -> usize {
        self.programs.last().expect("batch 1 is always compiled").batch
    }

    /// Frames (values) that fill a window.
    pub(crate) fn window_values(&self) -> usize {
        self.window * self.model.config.encoder.d_model as usize
    }

    /// Runs one window (up to `window` of the frames waiting) of each of
    /// `passes` through the second pass and its decoding, `max_batch` windows
    /// per device call.
    pub(crate) fn run(&self, passes: &mut [&mut SecondPass]) -> Result<()> {
        for group in passes.chunks_mut(self.max_batch()) {
            self.run_batch(group)?;
        }
        Ok(())
    }

    fn run_batch(&self, group: &mut [&mut SecondPass]) -> Result<()> {
        let p = self.programs.iter().find(|p| p.batch >= group.len()).expect("groups fit the largest batch");
        let d = self.model.config.encoder.d_model as usize;
        let (b, t) = (p.batch, self.window);
        let mut frames = vec![0.0f32; b * t * d];
        let mut lengths = vec![0i32; b];
        for (i, a) in group.iter_mut().enumerate() {
            let n = (a.window.len() / d).min(t);
            frames[i * t * d..][..n * d].copy_from_slice(&a.window[..n * d]);
            a.window.drain(..n * d);
            lengths[i] = n as i32;
        }
        let fb = self.model.buffer(&frames, &[b as i64, t as i64, d as i64])?;
        let lb = self.model.buffer(&lengths, &[b as i64])?;
        let mut outputs = p.second.call(&[("frames", &fb), ("lengths", &lb)], None)?;
        match (&self.search, &p.decode) {
            (Some(search), _) => {
                let j = self.model.config.decoder.joint_dim as usize;
                let projected: Vec<f32> = outputs.take(p.second.name(), "joint_frames")?.to_host()?;
                for (i, a) in group.iter_mut().enumerate() {
                    let n = lengths[i] as usize;
                    let decoding = a.decoding.get_or_insert_with(|| search.start());
                    search.advance(decoding, &projected[i * t * j..][..n * j], a.window_start);
                    a.window_start += n;
                }
            }
            (None, Some(dec)) => {
                let second = outputs.take(p.second.name(), "frames")?;
                let tokens: Vec<i32> =
                    dec.call(&[("frames", &second), ("lengths", &lb)], None)?.take(dec.name(), "tokens")?.to_host()?;
                let symbols = self.model.config.decoder.max_symbols_per_frame as usize;
                for (i, a) in group.iter_mut().enumerate() {
                    let n = lengths[i] as usize;
                    unpack_tokens(&tokens, (i, t, symbols), n, a.window_start, &mut a.final_tokens);
                    a.window_start += n;
                }
            }
            (None, None) => unreachable!("a cascade without a search compiles its decoder"),
        }
        Ok(())
    }

    /// The second pass's tokens once every frame has been through it and its
    /// search is finished.
    pub(crate) fn final_tokens(&self, mut pass2: SecondPass) -> Vec<(u32, usize)> {
        if let (Some(search), Some(decoding)) = (&self.search, pass2.decoding.take()) {
            pass2.final_tokens = search.finish(decoding);
        }
        pass2.final_tokens
    }
}
