//! Realistic acoustics for training audio, applied on the fly by the
//! training loader (the corpus files stay clean): rooms simulated by the
//! image method, recorded and coloured noise at random signal-to-noise
//! ratios, telephone and wideband-codec channels, band-limiting, spectral
//! tilt and clipping. Every transform is drawn with its own probability
//! from an [`AcousticsConfig`] and a seeded [`Rng`], so a seed gives the
//! same audio on every machine.
//!
//! All audio here is mono at 16 kHz.

pub mod channel;
pub mod noise;
pub mod room;
pub mod spectrum;

use serde::Deserialize;

pub use hark_rng::Rng;

/// The sample rate of all audio here.
pub const SAMPLE_RATE: u32 = 16_000;

/// A bad [`AcousticsConfig`] value, named by its field.
#[derive(Debug, thiserror::Error)]
#[error("acoustics config: {field}: {message}")]
pub struct ConfigError {
    pub field: String,
    pub message: String,
}

fn check(ok: bool, field: &str, message: impl Into<String>) -> Result<(), ConfigError> {
    if ok { Ok(()) } else { Err(ConfigError { field: field.into(), message: message.into() }) }
}

fn check_p(p: f64, field: &str) -> Result<(), ConfigError> {
    check((0.0..=1.0).contains(&p), field, format!("{p} is not a probability (0 to 1)"))
}

fn check_range((lo, hi): (f64, f64), min: f64, max: f64, field: &str) -> Result<(), ConfigError> {
    check(
        lo.is_finite() && hi.is_finite() && min <= lo && lo <= hi && hi <= max,
        field,
        format!("[{lo}, {hi}] must be an increasing range within [{min}, {max}]"),
    )
}

/// Which transforms the loader applies, and how often. Absent sections are
/// never applied.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AcousticsConfig {
    pub reverb: Option<ReverbConfig>,
    pub noise: Option<NoiseConfig>,
    pub channel: Option<ChannelConfig>,
    pub tilt: Option<TiltConfig>,
    pub clip: Option<ClipConfig>,
}

/// Convolution with a simulated room's impulse response.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReverbConfig {
    pub p: f64,
    /// Reverberation times of the rooms, seconds.
    pub rt60: (f64, f64),
    /// Rooms in the bank (simulated once, when the loader starts).
    #[serde(default = "default_rooms")]
    pub rooms: usize,
    /// Length of each impulse response, seconds.
    #[serde(default = "default_rir_seconds")]
    pub seconds: f64,
}

fn default_rooms() -> usize {
    128
}

fn default_rir_seconds() -> f64 {
    0.5
}

/// Additive noise at a random signal-to-noise ratio.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NoiseConfig {
    pub p: f64,
    pub snr_db: (f64, f64),
    /// Share of noisy utterances whose noise is a recorded clip (when the
    /// loader was given any); the rest get white, pink or brown noise.
    #[serde(default = "default_recorded_share")]
    pub recorded_share: f64,
}

fn default_recorded_share() -> f64 {
    0.7
}

/// At most one channel per utterance: telephone, wideband codec or a
/// low-pass, each with its probability (they add up to at most 1).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChannelConfig {
    /// 300-3400 Hz at 8 kHz with mu-law or A-law companding.
    #[serde(default)]
    pub telephone: f64,
    /// 50-7000 Hz with adaptive quantization (G.722-like).
    #[serde(default)]
    pub wideband: f64,
    #[serde(default = "default_wideband_bits")]
    pub wideband_bits: u32,
    /// A low-pass at a random cutoff.
    #[serde(default)]
    pub lowpass: f64,
    #[serde(default = "default_lowpass_hz")]
    pub lowpass_hz: (f64, f64),
}

fn default_wideband_bits() -> u32 {
    6
}

fn default_lowpass_hz() -> (f64, f64) {
    (3000.0, 7000.0)
}

/// A spectral slope around 1 kHz.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TiltConfig {
    pub p: f64,
    pub db_per_octave: (f64, f64),
}

/// Hard clipping of a share of the samples.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClipConfig {
    pub p: f64,
    /// Share of samples at the limit.
    pub fraction: (f64, f64),
}

impl AcousticsConfig {
    /// Every value in its range, with the field named where one is not.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if let Some(r) = &self.reverb {
            check_p(r.p, "reverb.p")?;
            check_range(r.rt60, 0.05, 3.0, "reverb.rt60")?;
            check((1..=4096).contains(&r.rooms), "reverb.rooms", format!("{} rooms: 1 to 4096", r.rooms))?;
            check(
                r.seconds > 0.01 && r.seconds <= 2.0,
                "reverb.seconds",
                format!("{}: above 0.01 and at most 2", r.seconds),
            )?;
        }
        if let Some(n) = &self.noise {
            check_p(n.p, "noise.p")?;
            check_range(n.snr_db, -20.0, 80.0, "noise.snr_db")?;
            check_p(n.recorded_share, "noise.recorded_share")?;
        }
        if let Some(c) = &self.channel {
            check_p(c.telephone, "channel.telephone")?;
            check_p(c.wideband, "channel.wideband")?;
            check_p(c.lowpass, "channel.lowpass")?;
            check(
                c.telephone + c.wideband + c.lowpass <= 1.0 + 1e-9,
                "channel",
                "telephone + wideband + lowpass must be at most 1",
            )?;
            check(
                (3..=16).contains(&c.wideband_bits),
                "channel.wideband_bits",
                format!("{}: 3 to 16", c.wideband_bits),
            )?;
            check_range(c.lowpass_hz, 500.0, 8000.0, "channel.lowpass_hz")?;
        }
        if let Some(t) = &self.tilt {
            check_p(t.p, "tilt.p")?;
            check_range(t.db_per_octave, -12.0, 12.0, "tilt.db_per_octave")?;
        }
        if let Some(c) = &self.clip {
            check_p(c.p, "clip.p")?;
            check_range(c.fraction, 0.0, 0.5, "clip.fraction")?;
        }
        Ok(())
    }
}

/// A validated config with its room bank and recorded noise, shared by the
/// loader's workers.
pub struct Acoustics {
    config: AcousticsConfig,
    rooms: Vec<Vec<f32>>,
    recorded: Vec<Vec<f32>>,
}

impl std::fmt::Debug for Acoustics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Acoustics")
            .field("config", &self.config)
            .field("rooms", &self.rooms.len())
            .field("recorded_noise_clips", &self.recorded.len())
            .finish()
    }
}

/// Seed of the room bank: the same rooms for every run and machine.
const ROOM_SEED: u64 = 0x524f_4f4d;

impl Acoustics {
    /// Simulates the room bank and keeps the recorded noise clips (16 kHz;
    /// empty clips are dropped).
    pub fn new(config: AcousticsConfig, recorded_noise: Vec<Vec<f32>>) -> Result<Acoustics, ConfigError> {
        config.validate()?;
        let rooms = match &config.reverb {
            Some(r) => {
                let mut rng = Rng::new(ROOM_SEED);
                (0..r.rooms).map(|_| room::Room::random(&mut rng, r.rt60).impulse_response(r.seconds)).collect()
            }
            None => Vec::new(),
        };
        let recorded = recorded_noise.into_iter().filter(|c| noise::power(c) > 0.0).collect();
        Ok(Acoustics { config, rooms, recorded })
    }

    pub fn config(&self) -> &AcousticsConfig {
        &self.config
    }

    /// The room bank's impulse responses.
    pub fn rooms(&self) -> &[Vec<f32>] {
        &self.rooms
    }

    /// `x` through the transforms each drawn with its probability, in the
    /// order sound meets them: room, noise in the room, channel, microphone
    /// colouring, an overdriven input.
    pub fn apply(&self, x: &[f32], rng: &mut Rng) -> Vec<f32> {
        let mut y = x.to_vec();
        if let Some(r) = &self.config.reverb
            && rng.chance(r.p)
            && !self.rooms.is_empty()
        {
            y = spectrum::convolve(&y, &self.rooms[rng.below(self.rooms.len())]);
        }
        if let Some(n) = &self.config.noise
            && rng.chance(n.p)
        {
            let snr = rng.range(n.snr_db);
            let noise = if !self.recorded.is_empty() && rng.chance(n.recorded_share) {
                let clip = &self.recorded[rng.below(self.recorded.len())];
                noise::stretch_of(rng, clip, y.len())
            } else {
                let color = [noise::Color::White, noise::Color::Pink, noise::Color::Brown][rng.below(3)];
                noise::colored(rng, y.len(), color)
            };
            y = noise::mix(&y, &noise, snr);
        }
        if let Some(c) = &self.config.channel {
            let u = rng.uniform();
            if u < c.telephone {
                let law = if rng.chance(0.5) { channel::Law::Mu } else { channel::Law::A };
                y = channel::telephone(&y, law);
            } else if u < c.telephone + c.wideband {
                y = channel::wideband_codec(&y, c.wideband_bits);
            } else if u < c.telephone + c.wideband + c.lowpass {
                y = channel::band_limit(&y, 0.0, rng.range(c.lowpass_hz));
            }
        }
        if let Some(t) = &self.config.tilt
            && rng.chance(t.p)
        {
            y = channel::tilt(&y, rng.range(t.db_per_octave));
        }
        if let Some(c) = &self.config.clip
            && rng.chance(c.p)
        {
            channel::clip(&mut y, rng.range(c.fraction));
        }
        y
    }
}
