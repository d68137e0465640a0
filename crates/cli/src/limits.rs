//! The ranges the size and threshold options take, stated once: a value
//! outside one is refused by the argument parser with the flag and the
//! range, before anything is allocated or compiled (a batch or device count
//! of 100,000 once ate the machine, a beam of 1,000,000 never finished).

/// Streams decoded together (`--batch`): each holds a state and a slot of
/// every step's input.
pub const MAX_BATCH: i64 = 256;
/// Encoder frames per streaming step (`--chunk`, 40 ms each): 10 s.
pub const MAX_CHUNK: i64 = 250;
/// Hypotheses of the beam search (`--beam`).
pub use hark_search::MAX_BEAM;
/// Host devices of the CPU plugin (`--cpu-devices`).
pub const MAX_CPU_DEVICES: i64 = 64;
/// Decoding threads (`--threads`).
pub const MAX_THREADS: usize = 256;

/// A gated model's compute threshold: a finite number from 0 to 1.
pub fn threshold(text: &str) -> Result<f32, String> {
    let v: f32 = text.parse().map_err(|e| format!("{e}"))?;
    if v.is_finite() && (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{text} is not a threshold: a number from 0 to 1"))
    }
}

/// A whole number from `min` to `max` (usize options).
fn within(text: &str, min: usize, max: usize) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(v) if (min..=max).contains(&v) => Ok(v),
        _ => Err(format!("{text} is not in {min}..={max}")),
    }
}

pub fn beam(text: &str) -> Result<usize, String> {
    within(text, 1, MAX_BEAM).map_err(|e| format!("{e} (1: greedy decoding on the device)"))
}

pub fn threads(text: &str) -> Result<usize, String> {
    within(text, 0, MAX_THREADS)
}

/// A duration in seconds: a finite number from 0 to an hour.
pub fn seconds(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.0..=3600.0).contains(&v) => Ok(v),
        _ => Err(format!("{text} is not a duration: seconds from 0 to 3600")),
    }
}
