//! Test signals, WAV writing and the measurements the tests assert on.
#![allow(dead_code)]

use std::f64::consts::PI;
use std::path::{Path, PathBuf};
use std::process::Command;

/// How samples are stored in a test WAV.
#[derive(Clone, Copy, Debug)]
pub enum Pcm {
    I16,
    I24,
    I32,
    F32,
}

/// `seconds` of `amplitude * sin(2 pi freq t)` at `rate`.
pub fn sine(freq: f64, rate: u32, seconds: f64, amplitude: f64) -> Vec<f64> {
    let n = (seconds * rate as f64).round() as usize;
    (0..n).map(|i| amplitude * (2.0 * PI * freq * i as f64 / rate as f64).sin()).collect()
}

/// Writes one WAV whose channels are `channels[c]` (all the same length).
pub fn write_wav(path: &Path, rate: u32, pcm: Pcm, channels: &[&[f64]]) {
    let (bits_per_sample, sample_format) = match pcm {
        Pcm::I16 => (16, hound::SampleFormat::Int),
        Pcm::I24 => (24, hound::SampleFormat::Int),
        Pcm::I32 => (32, hound::SampleFormat::Int),
        Pcm::F32 => (32, hound::SampleFormat::Float),
    };
    let spec = hound::WavSpec { channels: channels.len() as u16, sample_rate: rate, bits_per_sample, sample_format };
    let mut w = hound::WavWriter::create(path, spec).unwrap();
    for i in 0..channels[0].len() {
        for ch in channels {
            let x = ch[i];
            match pcm {
                Pcm::I16 => w.write_sample((x * 32767.0).round() as i16).unwrap(),
                Pcm::I24 => w.write_sample((x * 8_388_607.0).round() as i32).unwrap(),
                Pcm::I32 => w.write_sample((x * 2_147_483_647.0).round() as i32).unwrap(),
                Pcm::F32 => w.write_sample(x as f32).unwrap(),
            }
        }
    }
    w.finalize().unwrap();
}

/// Writes a mono 16-bit WAV of `samples` and returns its path inside `dir`.
pub fn mono_wav(dir: &Path, name: &str, rate: u32, samples: &[f64]) -> PathBuf {
    let path = dir.join(name);
    write_wav(&path, rate, Pcm::I16, &[samples]);
    path
}

/// The expected output length for `frames` input frames at `rate`.
pub fn expected_len(frames: usize, rate: u32) -> usize {
    (frames as f64 * 16_000.0 / rate as f64).round() as usize
}

/// Root mean square of `x`.
pub fn rms(x: &[f32]) -> f64 {
    (x.iter().map(|&v| (v as f64) * (v as f64)).sum::<f64>() / x.len() as f64).sqrt()
}

/// The middle of `x`, leaving out `edge` samples at each end, where
/// filters and codecs ramp in and out.
pub fn middle(x: &[f32], edge: usize) -> &[f32] {
    assert!(x.len() > 2 * edge, "signal of {} samples is too short", x.len());
    &x[edge..x.len() - edge]
}

/// The frequency of a tone at `rate`, from its upward zero crossings
/// (interpolated between samples): exact for a clean sine.
pub fn tone_frequency(x: &[f32], rate: u32) -> f64 {
    let mut crossings = Vec::new();
    for i in 1..x.len() {
        let (a, b) = (x[i - 1] as f64, x[i] as f64);
        if a < 0.0 && b >= 0.0 {
            crossings.push(i as f64 - 1.0 + a / (a - b));
        }
    }
    assert!(crossings.len() >= 3, "no tone found ({} crossings)", crossings.len());
    let periods = (crossings.len() - 1) as f64;
    rate as f64 * periods / (crossings[crossings.len() - 1] - crossings[0])
}

/// The strongest frequency in `x` at `rate`, from a DFT scanned in 1 Hz
/// steps from 50 Hz to 7950 Hz: robust to the noise lossy codecs add.
pub fn dominant_frequency(x: &[f32], rate: u32) -> f64 {
    let power = |f: f64| {
        let w = 2.0 * PI * f / rate as f64;
        let (mut re, mut im) = (0.0, 0.0);
        for (i, &v) in x.iter().enumerate() {
            re += v as f64 * (w * i as f64).cos();
            im -= v as f64 * (w * i as f64).sin();
        }
        re * re + im * im
    };
    // Coarse 25 Hz scan, then 1 Hz around the peak.
    let coarse = (2..318).map(|k| k as f64 * 25.0).max_by(|a, b| power(*a).total_cmp(&power(*b))).unwrap();
    ((coarse - 30.0) as i64..=(coarse + 30.0) as i64)
        .map(|f| f as f64)
        .max_by(|a, b| power(*a).total_cmp(&power(*b)))
        .unwrap()
}

/// Asserts `actual` is within `tolerance` (a fraction) of `expected`.
pub fn assert_close(what: &str, actual: f64, expected: f64, tolerance: f64) {
    let err = (actual - expected).abs() / expected.abs();
    assert!(err <= tolerance, "{what}: got {actual}, expected {expected} (off by {:.3}%)", err * 100.0);
}

/// Converts `input` with sox to `output` (format from its extension).
/// Fails, rather than skips, without sox: CI installs it.
pub fn sox(input: &Path, output: &Path) {
    let status = Command::new("sox").arg(input).arg(output).status().unwrap_or_else(|e| {
        panic!("cannot run `sox` ({e}): install it with `apt-get install sox libsox-fmt-all` to run these tests")
    });
    assert!(
        status.success() && output.exists(),
        "`sox {} {}` failed ({status}): install `libsox-fmt-all` for MP3 and OGG support",
        input.display(),
        output.display()
    );
}
