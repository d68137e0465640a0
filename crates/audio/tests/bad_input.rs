//! Files that are not usable audio: each is a clean error naming the file
//! and saying what is wrong, never a panic.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use hark_audio::{AudioReader, Error, read_all};

/// Reads `path` expecting an error, checks the message names the file.
fn error_for(path: &Path) -> Error {
    let err = match read_all(path) {
        Ok(samples) => panic!("{} decoded to {} samples instead of failing", path.display(), samples.len()),
        Err(e) => e,
    };
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(err.to_string().contains(name), "the message must name {name}: {err}");
    err
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn missing_file_and_directory_are_io_errors() {
    let dir = tempfile::tempdir().unwrap();
    let err = error_for(&dir.path().join("missing.wav"));
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot read"), "{err}");
    let sub = dir.path().join("folder.wav");
    std::fs::create_dir(&sub).unwrap();
    assert!(matches!(error_for(&sub), Error::Io { .. }));
}

#[test]
fn files_without_samples_are_empty() {
    let dir = tempfile::tempdir().unwrap();
    let zero_bytes = write(dir.path(), "zero.wav", b"");
    assert!(matches!(error_for(&zero_bytes), Error::Empty { .. }));

    let header_only = dir.path().join("header.wav");
    write_wav(&header_only, 44_100, Pcm::I16, &[&[]]);
    let err = error_for(&header_only);
    assert!(matches!(err, Error::Empty { .. }), "{err:?}");
    assert!(err.to_string().contains("no audio samples"), "{err}");
    assert!(AudioReader::open(&header_only).is_err(), "open itself rejects an empty file");
}

#[test]
fn text_and_random_bytes_are_not_audio() {
    let dir = tempfile::tempdir().unwrap();
    let text = write(dir.path(), "notes.wav", "this is a text file, not a recording\n".repeat(50).as_bytes());
    let err = error_for(&text);
    assert!(matches!(err, Error::NotAudio { .. }), "{err:?}");
    assert!(err.to_string().contains("not an audio file"), "{err}");

    let pattern: Vec<u8> = (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect();
    for ext in ["mp3", "wav"] {
        let err = error_for(&write(dir.path(), &format!("pattern.{ext}"), &pattern));
        assert!(matches!(err, Error::NotAudio { .. }), "{err:?}");
    }

    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for seed in 0..8 {
        let bytes: Vec<u8> = (0..(1000 + seed * 7000))
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 32) as u8
            })
            .collect();
        for ext in ["bin", "wav", "mp3", "flac", "ogg"] {
            let path = write(dir.path(), &format!("random{seed}.{ext}"), &bytes);
            let err = error_for(&path);
            assert!(matches!(err, Error::NotAudio { .. } | Error::Corrupt { .. }), "{err:?}");
        }
    }
}

#[test]
fn truncated_wav_is_an_error_after_the_samples_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let s = sine(440.0, 44_100, 2.0, 0.5);
    let full = mono_wav(dir.path(), "full.wav", 44_100, &s);
    let bytes = std::fs::read(&full).unwrap();
    // Cut in the middle of a sample, 1.5 s in (44-byte header, 2 bytes a frame).
    let cut = write(dir.path(), "cut.wav", &bytes[..44 + 2 * 66_150 + 1]);

    let mut reader = AudioReader::open(&cut).unwrap();
    let mut samples = 0;
    let err = loop {
        match reader.next_block() {
            Ok(Some(block)) => samples += block.len(),
            Ok(None) => panic!("a truncated WAV ended without an error"),
            Err(e) => break e,
        }
    };
    assert!(samples >= 20_000, "the blocks before the cut come first ({samples} samples)");
    let Error::Corrupt { position_seconds: Some(at), .. } = &err else { panic!("{err:?}") };
    assert!((1.4..=1.5).contains(at), "failed at {at} s");
    let message = err.to_string();
    assert!(message.contains("cut.wav") && message.contains("truncated"), "{message}");
    assert!(message.contains("before its stated length of 2.00 s"), "{message}");

    let headers_only = write(dir.path(), "stub.wav", &bytes[..30]);
    assert!(matches!(error_for(&headers_only), Error::Corrupt { position_seconds: None, .. }));
}

#[test]
fn streamed_wav_without_a_length_reads_to_the_end() {
    // Writers to a pipe cannot go back to fill in the data length, and put
    // 0xFFFFFFFF there; the end of the file is then the end of the audio.
    let dir = tempfile::tempdir().unwrap();
    let s = sine(440.0, 48_000, 1.0, 0.5);
    let path = mono_wav(dir.path(), "streamed.wav", 48_000, &s);
    let mut bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[36..40], b"data");
    bytes[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
    bytes[40..44].copy_from_slice(&u32::MAX.to_le_bytes());
    std::fs::write(&path, &bytes).unwrap();

    let reader = AudioReader::open(&path).unwrap();
    assert_eq!(reader.info().duration_seconds, None);
    let out = read_all(&path).unwrap();
    // Symphonia drops the last, incomplete packet of such a stream.
    assert!((15_000..=16_000).contains(&out.len()), "{} samples from 1 s", out.len());
}

#[test]
fn absurd_sample_rates_are_refused_before_any_resampler_is_made() {
    // A 20 KB file whose header says 4,294,967,295 Hz once made the
    // resampler ask for 6.9 GB; 1 Hz for 1 GB. Both are refused, naming
    // the file and the rate, and cost nothing.
    let dir = tempfile::tempdir().unwrap();
    let s = sine(440.0, 16_000, 0.6, 0.5);
    let good = std::fs::read(mono_wav(dir.path(), "good.wav", 16_000, &s)).unwrap();
    for (name, rate) in [("huge.wav", u32::MAX), ("one.wav", 1), ("low.wav", 999), ("high.wav", 384_001)] {
        let mut bytes = good.clone();
        // The WAV header's sample rate and byte rate (2 bytes a frame).
        bytes[24..28].copy_from_slice(&rate.to_le_bytes());
        bytes[28..32].copy_from_slice(&rate.wrapping_mul(2).to_le_bytes());
        let path = write(dir.path(), name, &bytes);
        let err = error_for(&path);
        assert!(matches!(err, Error::Unsupported { .. }), "{name}: {err:?}");
        assert!(err.to_string().contains(&format!("{rate} Hz")), "{err}");
    }
    // The bounds themselves are taken.
    for rate in [hark_audio::MIN_SAMPLE_RATE, hark_audio::MAX_SAMPLE_RATE] {
        let path = mono_wav(dir.path(), &format!("edge{rate}.wav"), rate, &sine(100.0, rate, 0.3, 0.5));
        let out = read_all(&path).unwrap();
        assert!(out.len().abs_diff(expected_len((0.3 * rate as f64) as usize, rate)) <= 1, "{rate} Hz");
    }
}

#[test]
fn non_finite_and_huge_float_samples_become_silence_and_full_scale() {
    // A float WAV of NaN, infinities and 1e30 once made the resampler's
    // FFT panic (found by tests/fuzz.rs); at 16 kHz it passed them through
    // to the model.
    let dir = tempfile::tempdir().unwrap();
    for rate in [16_000, 22_050] {
        let mut s = sine(440.0, rate, 0.5, 0.5);
        for (i, v) in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e30, -1e30].into_iter().enumerate() {
            s[100 + 37 * i] = v;
        }
        let path = dir.path().join(format!("bad{rate}.wav"));
        write_wav(&path, rate, Pcm::F32, &[&s]);
        let out = read_all(&path).unwrap();
        assert!(out.len().abs_diff(expected_len(s.len(), rate)) <= 1, "{rate} Hz: {} samples", out.len());
        // Resampling rings a little past full scale; nothing is non-finite.
        assert!(out.iter().all(|x| x.is_finite() && x.abs() <= 1.2), "{rate} Hz");
    }
}
