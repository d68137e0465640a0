//! Room impulse responses: the early reflections by the image method
//! (Allen and Berkley, 1979: a shoebox room's walls mirror the source into
//! a lattice of images, each heard after its distance's delay, attenuated
//! by spherical spreading and by every wall it was reflected from), then a
//! diffuse tail of noise decaying at the room's reverberation time.
//!
//! Why a hybrid: with specular walls alone the late decay is ruled by the
//! few directions that rarely meet a wall, so it runs 1.5-1.8 times longer
//! than the room's RT60 (measured), and images past 100 ms number in the
//! millions (seconds per response). Real rooms scatter, and their tails
//! are diffuse: noise under an exponential envelope is the usual model.

use crate::SAMPLE_RATE;
use hark_rng::Rng;

const SPEED_OF_SOUND: f64 = 343.0;
/// Half-width in samples of the windowed sinc that places each image at
/// its fractional delay.
const SINC_HALF: i64 = 8;
/// Reflections arriving this long after the direct sound are images; the
/// rest is the diffuse tail.
const EARLY_SECONDS: f64 = 0.05;

/// A shoebox room with a source and a microphone in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Room {
    /// Length, width and height in metres.
    pub size: [f64; 3],
    /// Reverberation time (60 dB decay) the walls' absorption is set for.
    pub rt60: f64,
    pub source: [f64; 3],
    pub mic: [f64; 3],
    /// Seeds the diffuse tail's noise.
    pub tail_seed: u64,
}

impl Room {
    /// A room of random size (3-12 x 3-10 x 2.4-4 m) with reverberation
    /// time in `rt60`, source and microphone at least 0.5 m from the walls
    /// and from each other.
    pub fn random(rng: &mut Rng, rt60: (f64, f64)) -> Room {
        let size = [rng.range((3.0, 12.0)), rng.range((3.0, 10.0)), rng.range((2.4, 4.0))];
        let point = |rng: &mut Rng| -> [f64; 3] {
            [rng.range((0.5, size[0] - 0.5)), rng.range((0.5, size[1] - 0.5)), rng.range((0.5, size[2] - 0.5))]
        };
        let source = point(rng);
        let mut mic = point(rng);
        while distance(source, mic) < 0.5 {
            mic = point(rng);
        }
        Room { size, rt60: rng.range(rt60), source, mic, tail_seed: rng.next_u64() }
    }

    /// The walls' pressure reflection coefficient for the room's RT60, by
    /// Eyring's formula: RT60 = 0.161 V / (-S ln(1 - a)), beta = sqrt(1 - a).
    pub fn reflection(&self) -> f64 {
        let [x, y, z] = self.size;
        let (volume, surface) = (x * y * z, 2.0 * (x * y + y * z + x * z));
        let absorption = 1.0 - (-0.161 * volume / (surface * self.rt60)).exp();
        (1.0 - absorption.clamp(0.01, 0.99)).sqrt()
    }

    /// The impulse response at 16 kHz, `seconds` long from the direct
    /// sound, which is moved to sample 0 and scaled to 1: convolving with it
    /// keeps the speech's timing and dry level and adds the room.
    pub fn impulse_response(&self, seconds: f64) -> Vec<f32> {
        let rate = SAMPLE_RATE as f64;
        let len = (seconds * rate) as usize;
        let early = ((EARLY_SECONDS * rate) as usize).min(len);
        let mut h = self.early_reflections(early + SINC_HALF as usize);
        // The sinc's half-width was added to every delay so the direct
        // sound's left half fits: drop it again.
        h.drain(..SINC_HALF as usize);
        h.truncate(early);
        // The tail continues the early part's level (its energy over the
        // last half of the early window) under the decay of the RT60:
        // amplitude 10^(-3 t / RT60) is 60 dB of energy in RT60 seconds.
        let envelope = |i: usize| 10f64.powf(-3.0 * i as f64 / rate / self.rt60);
        let window = early / 2..early;
        let measured: f64 = h[window.clone()].iter().map(|v| v * v).sum();
        let expected: f64 = window.map(|i| envelope(i).powi(2)).sum();
        let level = if expected > 0.0 { (measured / expected).sqrt() } else { 0.0 };
        let mut rng = Rng::new(self.tail_seed);
        h.extend((early..len).map(|i| level * envelope(i) * rng.normal()));
        h.iter().map(|&v| v as f32).collect()
    }

    /// The image sources' impulses in the first `len` samples (the direct
    /// sound at sample `SINC_HALF`).
    fn early_reflections(&self, len: usize) -> Vec<f64> {
        let rate = SAMPLE_RATE as f64;
        let direct = distance(self.source, self.mic);
        let mut h = vec![0f64; len];
        let beta = self.reflection();
        let reach = direct + len as f64 / rate * SPEED_OF_SOUND;
        let orders: Vec<i64> = self.size.iter().map(|l| (reach / (2.0 * l)).ceil() as i64 + 1).collect();
        let mut image = [0f64; 3];
        for nx in -orders[0]..=orders[0] {
            for qx in 0..2 {
                image[0] = (1 - 2 * qx) as f64 * self.source[0] + 2.0 * nx as f64 * self.size[0];
                let rx = (nx - qx).abs() + nx.abs();
                for ny in -orders[1]..=orders[1] {
                    for qy in 0..2 {
                        image[1] = (1 - 2 * qy) as f64 * self.source[1] + 2.0 * ny as f64 * self.size[1];
                        let ry = (ny - qy).abs() + ny.abs();
                        for nz in -orders[2]..=orders[2] {
                            for qz in 0..2 {
                                image[2] = (1 - 2 * qz) as f64 * self.source[2] + 2.0 * nz as f64 * self.size[2];
                                let d = distance(image, self.mic);
                                if d > reach {
                                    continue;
                                }
                                let reflections = rx + ry + (nz - qz).abs() + nz.abs();
                                // Relative to the direct sound: spreading d0/d, walls beta^k.
                                let gain = beta.powi(reflections as i32) * direct / d;
                                add_delayed(&mut h, (d - direct) / SPEED_OF_SOUND * rate + SINC_HALF as f64, gain);
                            }
                        }
                    }
                }
            }
        }
        h
    }
}

fn distance(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

/// Adds an impulse of `gain` at fractional sample `at` (Hann-windowed sinc).
fn add_delayed(h: &mut [f64], at: f64, gain: f64) {
    let centre = at.floor() as i64;
    for k in centre - SINC_HALF + 1..=centre + SINC_HALF {
        if k < 0 || k as usize >= h.len() {
            continue;
        }
        let t = k as f64 - at;
        let sinc = if t.abs() < 1e-9 { 1.0 } else { (std::f64::consts::PI * t).sin() / (std::f64::consts::PI * t) };
        let window = 0.5 + 0.5 * (std::f64::consts::PI * t / SINC_HALF as f64).cos();
        h[k as usize] += gain * sinc * window;
    }
}

/// Decay time of an impulse response by Schroeder's backward integration:
/// the time the energy curve takes from -5 to -25 dB, times three (T20).
pub fn decay_time(h: &[f32]) -> f64 {
    let mut remaining: Vec<f64> = Vec::with_capacity(h.len());
    let mut acc = 0.0;
    for &v in h.iter().rev() {
        acc += (v as f64).powi(2);
        remaining.push(acc);
    }
    remaining.reverse();
    let total = remaining[0].max(1e-30);
    let db: Vec<f64> = remaining.iter().map(|e| 10.0 * (e / total).max(1e-30).log10()).collect();
    let at = |level: f64| db.iter().position(|&d| d <= level).unwrap_or(db.len()) as f64 / SAMPLE_RATE as f64;
    3.0 * (at(-25.0) - at(-5.0))
}
