//! What a transmission channel does to speech: band-limiting, telephone
//! companding at 8 kHz, a wideband codec's 7 kHz band and coarser
//! quantization, spectral tilt, gain and clipping.

use crate::spectrum;

/// Width of the raised-cosine band edges in Hz.
const EDGE_HZ: f64 = 150.0;

/// `x` limited to `lo`-`hi` Hz (zero-phase; `lo` 0: a low-pass).
pub fn band_limit(x: &[f32], lo: f64, hi: f64) -> Vec<f32> {
    spectrum::filter(x, |hz| spectrum::band_gain(hz, lo, hi, EDGE_HZ))
}

/// G.711's companding laws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Law {
    Mu,
    A,
}

/// One sample through 8-bit companding and back (the continuous laws with
/// 8-bit quantization of the companded value; G.711's segments approximate
/// the same curves).
pub fn compand(v: f32, law: Law) -> f32 {
    let x = (v as f64).clamp(-1.0, 1.0);
    let (sign, a) = (x.signum(), x.abs());
    let y = match law {
        Law::Mu => (1.0 + 255.0 * a).ln() / 256f64.ln(),
        Law::A => {
            let k = 1.0 + 87.6f64.ln();
            if a < 1.0 / 87.6 { 87.6 * a / k } else { (1.0 + (87.6 * a).ln()) / k }
        }
    };
    let q = (y * 127.0).round() / 127.0;
    let back = match law {
        Law::Mu => (256f64.powf(q) - 1.0) / 255.0,
        Law::A => {
            let k = 1.0 + 87.6f64.ln();
            if q < 1.0 / k { q * k / 87.6 } else { ((q * k - 1.0).exp()) / 87.6 }
        }
    };
    (sign * back) as f32
}

/// A narrowband telephone call: 300-3400 Hz, sampled at 8 kHz with 8-bit
/// companding, back at 16 kHz.
pub fn telephone(x: &[f32], law: Law) -> Vec<f32> {
    let band = band_limit(x, 300.0, 3400.0);
    // Band-limited below 4 kHz, so every other sample is the 8 kHz signal.
    let mut wide: Vec<f32> = vec![0.0; x.len()];
    for i in (0..x.len()).step_by(2) {
        // Zero-stuffed back to 16 kHz: twice the amplitude, then the image
        // above 4 kHz is filtered off.
        wide[i] = 2.0 * compand(band[i], law);
    }
    band_limit(&wide, 0.0, 3700.0)
}

/// A wideband (G.722-like) channel: 50-7000 Hz, quantized to `bits` with a
/// step that follows the signal's level per 10 ms (as an adaptive
/// quantizer's noise does).
pub fn wideband_codec(x: &[f32], bits: u32) -> Vec<f32> {
    let band = band_limit(x, 50.0, 7000.0);
    // Step sized per 10 ms block from the block's peak.
    let levels = (1u32 << (bits - 1)) as f32;
    let mut out = Vec::with_capacity(band.len());
    for block in band.chunks(160) {
        let peak = block.iter().fold(0f32, |m, &v| m.max(v.abs())).max(1e-6);
        let step = peak / levels;
        out.extend(block.iter().map(|&v| (v / step).round() * step));
    }
    band_limit(&out, 0.0, 7000.0)
}

/// `x` with a spectral slope of `db_per_octave` around 1 kHz (a microphone
/// or room colouring), at the power it had.
pub fn tilt(x: &[f32], db_per_octave: f64) -> Vec<f32> {
    let exponent = db_per_octave / (20.0 * 2f64.log10());
    let y = spectrum::filter(x, |hz| (hz.clamp(60.0, 8000.0) / 1000.0).powf(exponent));
    let (before, after) = (crate::noise::power(x), crate::noise::power(&y));
    if after <= 0.0 {
        return y;
    }
    let scale = (before / after).sqrt() as f32;
    y.iter().map(|&v| v * scale).collect()
}

/// `x` scaled by `db`.
pub fn gain(x: &mut [f32], db: f64) {
    let g = 10f64.powf(db / 20.0) as f32;
    x.iter_mut().for_each(|v| *v *= g);
}

/// `x` hard-clipped so that about `fraction` of its samples hit the limit
/// (an overdriven input stage), then at full scale; returns the limit.
pub fn clip(x: &mut [f32], fraction: f64) -> f32 {
    if x.is_empty() {
        return 0.0;
    }
    let mut mags: Vec<f32> = x.iter().map(|v| v.abs()).collect();
    let k = ((1.0 - fraction.clamp(0.0, 1.0)) * (mags.len() - 1) as f64) as usize;
    let (_, limit, _) = mags.select_nth_unstable_by(k, f32::total_cmp);
    let limit = limit.max(1e-6);
    x.iter_mut().for_each(|v| *v = v.clamp(-limit, limit) / limit);
    limit
}
