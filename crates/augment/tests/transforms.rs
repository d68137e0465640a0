//! Each transform checked for what it does to a signal: band energies,
//! signal-to-noise ratios, decay times, clipping shares.

use hark_augment::channel::{self, Law};
use hark_augment::noise::{self, Color};
use hark_augment::room::{Room, decay_time};
use hark_augment::spectrum::band_energy;
use hark_augment::{Acoustics, AcousticsConfig, Rng};

fn white(seed: u64, len: usize) -> Vec<f32> {
    let mut rng = Rng::new(seed);
    (0..len).map(|_| 0.1 * rng.normal() as f32).collect()
}

fn sine(hz: f64, amplitude: f64, len: usize) -> Vec<f32> {
    (0..len).map(|i| (amplitude * (2.0 * std::f64::consts::PI * hz * i as f64 / 16_000.0).sin()) as f32).collect()
}

fn db(ratio: f64) -> f64 {
    10.0 * ratio.log10()
}

#[test]
fn band_limiting_keeps_the_band_and_removes_the_rest() {
    let x = white(1, 32_000);
    let y = channel::band_limit(&x, 300.0, 3400.0);
    // Inside the band (clear of the 150 Hz edges) the energy is kept.
    let kept = band_energy(&y, 400.0, 3300.0) / band_energy(&x, 400.0, 3300.0);
    assert!((kept - 1.0).abs() < 0.01, "pass band kept {kept}");
    // Outside, more than 50 dB down relative to the band.
    let inside = band_energy(&y, 300.0, 3400.0);
    for (lo, hi) in [(0.0, 200.0), (3500.0, 8000.0)] {
        let out = db(band_energy(&y, lo, hi) / inside);
        assert!(out < -50.0, "{lo}-{hi} Hz at {out:.1} dB");
    }
    let low = channel::band_limit(&x, 0.0, 5000.0);
    assert!(db(band_energy(&low, 5100.0, 8000.0) / band_energy(&low, 0.0, 5000.0)) < -50.0);
}

#[test]
fn noise_is_mixed_at_the_asked_snr() {
    let speech = sine(440.0, 0.3, 16_000);
    let mut rng = Rng::new(7);
    for (color, snr) in [(Color::White, 0.0), (Color::Pink, 10.0), (Color::Brown, 25.0)] {
        let n = noise::colored(&mut rng, speech.len(), color);
        let mixed = noise::mix(&speech, &n, snr);
        let added: Vec<f32> = mixed.iter().zip(&speech).map(|(m, s)| m - s).collect();
        let got = noise::snr_db(&speech, &added);
        assert!((got - snr).abs() < 0.01, "{color:?}: asked {snr} dB, got {got:.3}");
    }
    // A recorded clip shorter than the utterance loops to its length.
    let clip = white(3, 1000);
    let stretch = noise::stretch_of(&mut rng, &clip, 2500);
    assert_eq!(stretch.len(), 2500);
    assert!(stretch.iter().all(|v| clip.contains(v)));
}

#[test]
fn coloured_noise_has_its_slope() {
    // Energy per octave: white doubles each octave up, pink stays level,
    // brown halves (power 1, 1/f, 1/f^2).
    let mut rng = Rng::new(11);
    for (color, want) in [(Color::White, 2.0), (Color::Pink, 1.0), (Color::Brown, 0.5)] {
        let n = noise::colored(&mut rng, 160_000, color);
        assert!((noise::power(&n) - 1.0).abs() < 1e-3, "unit power");
        let ratio = band_energy(&n, 2000.0, 4000.0) / band_energy(&n, 1000.0, 2000.0);
        assert!((ratio / want - 1.0).abs() < 0.1, "{color:?}: octave ratio {ratio:.3}, expected {want}");
    }
}

#[test]
fn room_responses_decay_at_their_reverberation_time() {
    let mut rng = Rng::new(5);
    for rt60 in [0.2, 0.4, 0.8] {
        let room = Room { rt60, ..Room::random(&mut rng, (rt60, rt60)) };
        let h = room.impulse_response(1.5 * rt60);
        // The direct sound is at the start and at unit level.
        let peak = h.iter().take(3).fold(0f32, |m, v| m.max(v.abs()));
        assert!((peak - 1.0).abs() < 0.05, "direct sound {peak}");
        let t = decay_time(&h);
        assert!((t / rt60 - 1.0).abs() < 0.12, "RT60 {rt60}: decay time {t:.3} s ({:?})", room.size);
        // Reverberant rooms hold more energy after the direct sound.
        let late: f64 = h[800..].iter().map(|v| (*v as f64).powi(2)).sum();
        assert!(late > 0.0);
    }
    let h = Room::random(&mut rng, (0.3, 0.3)).impulse_response(0.5);
    let early: f64 = h[..2000].iter().map(|v| (*v as f64).powi(2)).sum();
    let late: f64 = h[4000..6000].iter().map(|v| (*v as f64).powi(2)).sum();
    assert!(late < early * 1e-2, "energy falls: early {early:.3e}, late {late:.3e}");
}

#[test]
fn companding_keeps_quiet_speech_above_the_quantization_noise() {
    // 8-bit linear quantization of a -40 dBFS sine leaves ~8 dB SNR;
    // G.711's laws keep it near their full-scale ~38 dB.
    for law in [Law::Mu, Law::A] {
        for amplitude in [0.5, 0.01] {
            let x = sine(1000.0, amplitude, 8000);
            let y: Vec<f32> = x.iter().map(|&v| channel::compand(v, law)).collect();
            let err: Vec<f32> = y.iter().zip(&x).map(|(a, b)| a - b).collect();
            let snr = noise::snr_db(&x, &err);
            assert!(snr > 25.0 && snr < 45.0, "{law:?} at {amplitude}: SNR {snr:.1} dB");
        }
    }
}

#[test]
fn a_telephone_call_is_narrowband_and_keeps_the_speech_band() {
    let x = white(2, 32_000);
    for law in [Law::Mu, Law::A] {
        let y = channel::telephone(&x, law);
        let inside = band_energy(&y, 300.0, 3400.0);
        assert!(db(band_energy(&y, 3800.0, 8000.0) / inside) < -40.0, "{law:?}: energy above 3.8 kHz");
        assert!(db(band_energy(&y, 0.0, 150.0) / inside) < -30.0, "{law:?}: energy below 150 Hz");
        let kept = band_energy(&y, 400.0, 3300.0) / band_energy(&x, 400.0, 3300.0);
        assert!((kept - 1.0).abs() < 0.1, "{law:?}: pass band kept {kept:.3}");
    }
}

#[test]
fn the_wideband_codec_stops_at_7_khz_with_quantization_noise() {
    let x = white(4, 32_000);
    let y = channel::wideband_codec(&x, 6);
    assert!(db(band_energy(&y, 7200.0, 8000.0) / band_energy(&y, 50.0, 7000.0)) < -50.0);
    let reference = channel::band_limit(&x, 50.0, 7000.0);
    let err: Vec<f32> = y.iter().zip(&reference).map(|(a, b)| a - b).collect();
    let snr = noise::snr_db(&reference, &err);
    assert!(snr > 20.0 && snr < 40.0, "6-bit adaptive quantization: SNR {snr:.1} dB");
}

#[test]
fn tilt_changes_the_slope_and_keeps_the_power() {
    let x = white(6, 64_000);
    let y = channel::tilt(&x, 6.0);
    assert!((noise::power(&y) / noise::power(&x) - 1.0).abs() < 1e-3);
    // Two octaves apart at +6 dB per octave: 12 dB more.
    let before = band_energy(&x, 2000.0, 4000.0) / band_energy(&x, 500.0, 1000.0);
    let after = band_energy(&y, 2000.0, 4000.0) / band_energy(&y, 500.0, 1000.0);
    let change = db(after / before);
    assert!((change - 12.0).abs() < 1.0, "tilt of {change:.2} dB over two octaves");
}

#[test]
fn clipping_hits_the_limit_on_the_asked_share_of_samples() {
    let mut x = white(8, 16_000);
    let limit = channel::clip(&mut x, 0.02);
    assert!(limit > 0.0);
    let at_limit = x.iter().filter(|v| v.abs() >= 0.9999).count() as f64 / x.len() as f64;
    assert!((at_limit - 0.02).abs() < 0.002, "{at_limit} of the samples clipped");
    assert!(x.iter().all(|v| v.abs() <= 1.0));
    let mut gained = vec![0.5f32; 4];
    channel::gain(&mut gained, -6.0206);
    assert!((gained[0] - 0.25).abs() < 1e-4);
}

fn everything() -> AcousticsConfig {
    serde_json::from_str(
        r#"{"reverb": {"p": 1, "rt60": [0.2, 0.6], "rooms": 4},
            "noise": {"p": 1, "snr_db": [5, 20], "recorded_share": 0.5},
            "channel": {"telephone": 0.3, "wideband": 0.3, "lowpass": 0.4},
            "tilt": {"p": 1, "db_per_octave": [-3, 3]},
            "clip": {"p": 1, "fraction": [0.001, 0.01]}}"#,
    )
    .unwrap()
}

#[test]
fn the_pipeline_is_seeded_and_each_part_is_optional() {
    let x = sine(300.0, 0.2, 16_000);
    let none = Acoustics::new(AcousticsConfig::default(), Vec::new()).unwrap();
    assert_eq!(none.apply(&x, &mut Rng::new(1)), x, "no sections: the audio as it is");
    let all = Acoustics::new(everything(), vec![white(9, 4000)]).unwrap();
    assert_eq!(all.rooms().len(), 4);
    let a = all.apply(&x, &mut Rng::new(1));
    assert_eq!(a, all.apply(&x, &mut Rng::new(1)), "the same seed, the same audio");
    assert_ne!(a, all.apply(&x, &mut Rng::new(2)));
    assert_eq!(a.len(), x.len(), "length and timing kept");
    assert!(a.iter().all(|v| v.is_finite() && v.abs() <= 1.0));
    // Empty and silent audio pass through every transform.
    assert!(all.apply(&[], &mut Rng::new(3)).is_empty());
    assert!(all.apply(&[0.0; 500], &mut Rng::new(3)).iter().all(|v| v.is_finite()));
}

#[test]
fn bad_values_are_refused_naming_the_field() {
    let mut c = everything();
    c.noise.as_mut().unwrap().p = 1.5;
    assert!(c.validate().unwrap_err().to_string().contains("noise.p"));
    let mut c = everything();
    c.reverb.as_mut().unwrap().rt60 = (0.9, 0.2);
    assert!(c.validate().unwrap_err().to_string().contains("reverb.rt60"));
    let mut c = everything();
    c.channel.as_mut().unwrap().telephone = 0.8;
    assert!(Acoustics::new(c, Vec::new()).unwrap_err().to_string().contains("at most 1"));
    let mut c = everything();
    c.noise.as_mut().unwrap().snr_db = (f64::NAN, 3.0);
    assert!(c.validate().unwrap_err().to_string().contains("noise.snr_db"));
    let unknown = serde_json::from_str::<AcousticsConfig>(r#"{"reverb": {"p": 1, "rt60": [0.2, 0.3], "room": 3}}"#);
    assert!(unknown.unwrap_err().to_string().contains("room"));
}
