//! Hark's front end on the host: 80-dim log-mel features of 16 kHz audio,
//! 25 ms windows every 10 ms (docs/DESIGN.md), computed chunk by chunk with the
//! same values as over the whole file.
//!
//! Definition (also that of the golden reference,
//! `scripts/gen_feature_goldens.py`): frame i covers samples
//! `[i * hop, i * hop + window)` (frames that would run past the end are not
//! made, as Kaldi's `snip_edges`); each frame is multiplied by a periodic Hann
//! window, zero-padded to `fft_size`, and its power spectrum `|X_k|^2` is
//! pooled by `mel_bins` triangular filters spaced evenly on the HTK mel scale
//! (`2595 log10(1 + f / 700)`) from 0 Hz to Nyquist; the feature is
//! `ln(max(energy, 1e-10))`. Global mean/variance normalization is part of
//! the model (its front end), not done here.

use std::sync::Arc;

use realfft::{RealFftPlanner, RealToComplex};

/// Floor under mel energies before the log (silence gives ln(1e-10) = -23).
pub const ENERGY_FLOOR: f32 = 1e-10;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MelConfig {
    pub sample_rate: u32,
    /// Samples per window (25 ms at 16 kHz).
    pub window: usize,
    /// Samples between frame starts (10 ms at 16 kHz).
    pub hop: usize,
    pub fft_size: usize,
    pub mel_bins: usize,
}

impl Default for MelConfig {
    fn default() -> Self {
        MelConfig { sample_rate: 16_000, window: 400, hop: 160, fft_size: 512, mel_bins: 80 }
    }
}

impl MelConfig {
    /// Frames made from `samples` samples.
    pub fn frames_for(&self, samples: usize) -> usize {
        if samples < self.window { 0 } else { 1 + (samples - self.window) / self.hop }
    }
}

/// Triangular mel filters: `(first FFT bin, weights)` per mel bin.
fn mel_filters(cfg: &MelConfig) -> Vec<(usize, Vec<f32>)> {
    let mel = |f: f64| 2595.0 * (1.0 + f / 700.0).log10();
    let hz = |m: f64| 700.0 * (10f64.powf(m / 2595.0) - 1.0);
    let nyquist = cfg.sample_rate as f64 / 2.0;
    let bins = cfg.fft_size / 2 + 1;
    let (lo, hi) = (mel(0.0), mel(nyquist));
    let edges: Vec<f64> =
        (0..cfg.mel_bins + 2).map(|i| hz(lo + (hi - lo) * i as f64 / (cfg.mel_bins + 1) as f64)).collect();
    (0..cfg.mel_bins)
        .map(|m| {
            let (left, center, right) = (edges[m], edges[m + 1], edges[m + 2]);
            let weight = |k: usize| {
                let f = k as f64 * cfg.sample_rate as f64 / cfg.fft_size as f64;
                if f <= left || f >= right {
                    0.0
                } else if f <= center {
                    (f - left) / (center - left)
                } else {
                    (right - f) / (right - center)
                }
            };
            let first = (0..bins).find(|&k| weight(k) > 0.0).unwrap_or(0);
            let last = (0..bins).rev().find(|&k| weight(k) > 0.0).unwrap_or(first);
            (first, (first..=last).map(|k| weight(k) as f32).collect())
        })
        .collect()
}

/// Streaming log-mel extractor: push samples in any pieces, get every
/// complete frame exactly once.
pub struct MelExtractor {
    cfg: MelConfig,
    window: Vec<f32>,
    filters: Vec<(usize, Vec<f32>)>,
    fft: Arc<dyn RealToComplex<f32>>,
    /// Samples not yet consumed by a frame (at most `window` + a pushed piece).
    pending: Vec<f32>,
    scratch_in: Vec<f32>,
    scratch_out: Vec<realfft::num_complex::Complex<f32>>,
    power: Vec<f32>,
}

impl MelExtractor {
    pub fn new(cfg: MelConfig) -> MelExtractor {
        assert!(cfg.window <= cfg.fft_size && cfg.hop > 0 && cfg.hop <= cfg.window, "invalid mel config {cfg:?}");
        let window = (0..cfg.window)
            .map(|n| (0.5 - 0.5 * (2.0 * std::f64::consts::PI * n as f64 / cfg.window as f64).cos()) as f32)
            .collect();
        let fft = RealFftPlanner::<f32>::new().plan_fft_forward(cfg.fft_size);
        let scratch_in = fft.make_input_vec();
        let scratch_out = fft.make_output_vec();
        MelExtractor {
            filters: mel_filters(&cfg),
            window,
            fft,
            pending: Vec::new(),
            scratch_in,
            scratch_out,
            power: vec![0.0; cfg.fft_size / 2 + 1],
            cfg,
        }
    }

    pub fn config(&self) -> &MelConfig {
        &self.cfg
    }

    /// Appends samples and writes every frame now complete to `out`
    /// (`mel_bins` values per frame, frame after frame).
    pub fn push(&mut self, samples: &[f32], out: &mut Vec<f32>) {
        self.pending.extend_from_slice(samples);
        let mut start = 0;
        while start + self.cfg.window <= self.pending.len() {
            self.frame(start, out);
            start += self.cfg.hop;
        }
        self.pending.drain(..start);
    }

    fn frame(&mut self, start: usize, out: &mut Vec<f32>) {
        let w = self.cfg.window;
        for (dst, (&x, &h)) in self.scratch_in.iter_mut().zip(self.pending[start..start + w].iter().zip(&self.window)) {
            *dst = x * h;
        }
        self.scratch_in[w..].fill(0.0);
        self.fft.process(&mut self.scratch_in, &mut self.scratch_out).expect("buffer sizes come from the plan");
        for (p, c) in self.power.iter_mut().zip(&self.scratch_out) {
            *p = c.norm_sqr();
        }
        for (first, weights) in &self.filters {
            let energy: f32 = weights.iter().zip(&self.power[*first..]).map(|(w, p)| w * p).sum();
            out.push(energy.max(ENERGY_FLOOR).ln());
        }
    }
}

/// Log-mel features of a whole signal: `frames_for(len) * mel_bins` values.
pub fn log_mel(samples: &[f32], cfg: MelConfig) -> Vec<f32> {
    let mut out = Vec::with_capacity(cfg.frames_for(samples.len()) * cfg.mel_bins);
    MelExtractor::new(cfg).push(samples, &mut out);
    out
}
