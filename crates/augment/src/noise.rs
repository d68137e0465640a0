//! Additive noise: coloured noise made on the fly, and recorded noise
//! (clips held in memory), mixed at a chosen signal-to-noise ratio.

use crate::spectrum;
use hark_rng::Rng;

/// The spectral slopes of synthetic noise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    /// Flat.
    White,
    /// -3 dB per octave (power 1/f).
    Pink,
    /// -6 dB per octave (power 1/f^2).
    Brown,
}

/// `len` samples of Gaussian noise of `color`, unit power.
pub fn colored(rng: &mut Rng, len: usize, color: Color) -> Vec<f32> {
    let white: Vec<f32> = (0..len).map(|_| rng.normal() as f32).collect();
    let shaped = match color {
        Color::White => white,
        // Amplitude 1/sqrt(f) or 1/f, flat below 40 Hz so DC does not dominate.
        Color::Pink => spectrum::filter(&white, |hz| 1.0 / (hz.max(40.0) / 1000.0).sqrt()),
        Color::Brown => spectrum::filter(&white, |hz| 1.0 / (hz.max(40.0) / 1000.0)),
    };
    let p = power(&shaped).max(1e-20);
    shaped.iter().map(|&v| v / p.sqrt() as f32).collect()
}

/// Mean square of `x`.
pub fn power(x: &[f32]) -> f64 {
    x.iter().map(|&v| (v as f64).powi(2)).sum::<f64>() / x.len().max(1) as f64
}

/// Signal-to-noise ratio of `signal` against `noise` in dB.
pub fn snr_db(signal: &[f32], noise: &[f32]) -> f64 {
    10.0 * (power(signal) / power(noise).max(1e-30)).log10()
}

/// `noise` repeated from a random offset to `len` samples (a clip shorter
/// than the utterance loops; a longer one contributes a random stretch).
pub fn stretch_of(rng: &mut Rng, noise: &[f32], len: usize) -> Vec<f32> {
    if noise.is_empty() {
        return vec![0.0; len];
    }
    let start = rng.below(noise.len());
    (0..len).map(|i| noise[(start + i) % noise.len()]).collect()
}

/// `signal` plus `noise` (of the same length) scaled to `snr` dB below it.
/// Silent signal or noise: the signal unchanged.
pub fn mix(signal: &[f32], noise: &[f32], snr: f64) -> Vec<f32> {
    let (ps, pn) = (power(signal), power(noise));
    if ps <= 0.0 || pn <= 0.0 {
        return signal.to_vec();
    }
    let scale = (ps / pn / 10f64.powf(snr / 10.0)).sqrt() as f32;
    signal.iter().zip(noise).map(|(&s, &n)| s + scale * n).collect()
}
