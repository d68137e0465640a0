//! Whole-signal filtering in the frequency domain: a training utterance is
//! at most tens of seconds, so one FFT of it is cheap and gives exact,
//! zero-phase responses (what the tests measure).

use std::cell::RefCell;

use realfft::RealFftPlanner;
use realfft::num_complex::Complex;

use crate::SAMPLE_RATE;

/// Padding past the signal that takes a filter's ringing instead of
/// wrapping it onto the start.
const GUARD: usize = 2048;

fn spectrum_len(n: usize) -> usize {
    (n + GUARD).next_power_of_two()
}

thread_local! {
    // One planner per loader thread: it keeps the plans it has made, so
    // each transform size is planned once, not at every filter of every
    // utterance.
    static PLANNER: RefCell<RealFftPlanner<f64>> = RefCell::new(RealFftPlanner::new());
}

/// Forward transform of `x` zero-padded to `n`.
fn forward(x: &[f32], n: usize) -> Vec<Complex<f64>> {
    let fft = PLANNER.with(|p| p.borrow_mut().plan_fft_forward(n));
    let mut input = vec![0.0; n];
    for (d, &s) in input.iter_mut().zip(x) {
        *d = s as f64;
    }
    let mut out = fft.make_output_vec();
    fft.process(&mut input, &mut out).expect("buffer sizes come from the plan");
    out
}

/// Inverse of [`forward`], the first `len` samples.
fn inverse(mut spectrum: Vec<Complex<f64>>, n: usize, len: usize) -> Vec<f32> {
    let ifft = PLANNER.with(|p| p.borrow_mut().plan_fft_inverse(n));
    // A real signal's spectrum has real DC and Nyquist bins.
    spectrum[0].im = 0.0;
    if let Some(last) = spectrum.last_mut() {
        last.im = 0.0;
    }
    let mut out = ifft.make_output_vec();
    ifft.process(&mut spectrum, &mut out).expect("buffer sizes come from the plan");
    out.iter().take(len).map(|&v| (v / n as f64) as f32).collect()
}

/// `x` with each frequency scaled by `gain(hz)`.
pub fn filter(x: &[f32], gain: impl Fn(f64) -> f64) -> Vec<f32> {
    if x.is_empty() {
        return Vec::new();
    }
    let n = spectrum_len(x.len());
    let mut s = forward(x, n);
    let bin_hz = SAMPLE_RATE as f64 / n as f64;
    for (k, c) in s.iter_mut().enumerate() {
        *c *= gain(k as f64 * bin_hz);
    }
    inverse(s, n, x.len())
}

/// `x` convolved with `h`, cut to the length of `x` (a room's tail past the
/// end of the utterance is dropped, as the transcript ends there).
pub fn convolve(x: &[f32], h: &[f32]) -> Vec<f32> {
    if x.is_empty() || h.is_empty() {
        return x.to_vec();
    }
    let n = (x.len() + h.len()).next_power_of_two();
    let a = forward(x, n);
    let b = forward(h, n);
    inverse(a.iter().zip(&b).map(|(p, q)| p * q).collect(), n, x.len())
}

/// Energy of `x` between `lo` and `hi` Hz (a periodogram sum).
pub fn band_energy(x: &[f32], lo: f64, hi: f64) -> f64 {
    if x.is_empty() {
        return 0.0;
    }
    let n = spectrum_len(x.len());
    let bin_hz = SAMPLE_RATE as f64 / n as f64;
    forward(x, n)
        .iter()
        .enumerate()
        .filter(|(k, _)| (lo..hi).contains(&(*k as f64 * bin_hz)))
        .map(|(_, c)| c.norm_sqr())
        .sum()
}

/// A pass band from `lo` to `hi` Hz with raised-cosine edges `edge` Hz wide
/// (short ringing, unlike a brick wall).
pub fn band_gain(hz: f64, lo: f64, hi: f64, edge: f64) -> f64 {
    let ramp = |d: f64| 0.5 - 0.5 * (std::f64::consts::PI * (d / edge).clamp(0.0, 1.0)).cos();
    let low = if lo <= 0.0 { 1.0 } else { ramp(hz - (lo - edge / 2.0)) };
    let high = ramp((hi + edge / 2.0) - hz);
    low * high
}
