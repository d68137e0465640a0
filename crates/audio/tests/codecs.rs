//! FLAC, OGG/Vorbis and MP3, made from WAVs with sox (which CI installs:
//! `apt-get install sox libsox-fmt-all`; these tests fail without it).

mod common;

use common::*;
use hark_audio::{AudioReader, Error, TARGET_RATE, read_all};

struct Case {
    ext: &'static str,
    codec: &'static str,
    rate: u32,
    freq: f64,
    stereo: bool,
}

const CASES: [Case; 6] = [
    Case { ext: "flac", codec: "flac", rate: 44_100, freq: 440.0, stereo: false },
    Case { ext: "flac", codec: "flac", rate: 48_000, freq: 1000.0, stereo: true },
    Case { ext: "ogg", codec: "vorbis", rate: 44_100, freq: 440.0, stereo: false },
    Case { ext: "ogg", codec: "vorbis", rate: 48_000, freq: 1000.0, stereo: true },
    Case { ext: "mp3", codec: "mp3", rate: 44_100, freq: 440.0, stereo: false },
    Case { ext: "mp3", codec: "mp3", rate: 48_000, freq: 1000.0, stereo: true },
];

/// Makes `seconds` of a tone as a WAV and as `ext`; returns both paths.
fn encode(dir: &std::path::Path, case: &Case, seconds: f64) -> (std::path::PathBuf, std::path::PathBuf) {
    let s = sine(case.freq, case.rate, seconds, 0.5);
    let name = format!("{}-{}-{}", case.rate, case.freq, if case.stereo { 2 } else { 1 });
    let wav = dir.join(format!("{name}.wav"));
    let channels: Vec<&[f64]> = if case.stereo { vec![&s, &s] } else { vec![&s] };
    write_wav(&wav, case.rate, Pcm::I16, &channels);
    let encoded = dir.join(format!("{name}.{}", case.ext));
    sox(&wav, &encoded);
    (wav, encoded)
}

#[test]
fn compressed_files_decode_to_the_right_length_and_pitch() {
    let dir = tempfile::tempdir().unwrap();
    for case in &CASES {
        let (wav, path) = encode(dir.path(), case, 2.0);
        let what = format!("{} at {} Hz", case.ext, case.rate);
        let reader = AudioReader::open(&path).unwrap();
        let info = reader.info().clone();
        assert_eq!(info.codec, case.codec, "{what}");
        assert_eq!((info.sample_rate, info.channels), (case.rate, if case.stereo { 2 } else { 1 }), "{what}");
        assert!((info.duration_seconds.unwrap() - 2.0).abs() < 0.05, "{what}: duration {info:?}");

        let mut blocks = Vec::new();
        let mut reader = reader;
        while let Some(block) = reader.next_block().unwrap() {
            blocks.push(block);
        }
        let out = blocks.concat();
        assert_eq!(out, read_all(&path).unwrap(), "{what}: blocks must concatenate to read_all");

        // Lossy codecs pad with up to an encoder frame; allow 50 ms.
        assert!(out.len().abs_diff(32_000) <= 800, "{what}: {} samples, expected about 32000", out.len());
        let mid = middle(&out, 4000);
        assert_close(&format!("{what}: frequency"), dominant_frequency(&mid[..8000], TARGET_RATE), case.freq, 0.01);
        assert_close(&format!("{what}: rms"), rms(mid), 0.5 / 2f64.sqrt(), 0.1);
        if case.ext == "flac" {
            assert_eq!(out, read_all(&wav).unwrap(), "{what}: lossless, so the same as the WAV");
        }
    }
}

#[test]
fn truncated_flac_is_an_error_saying_where() {
    let dir = tempfile::tempdir().unwrap();
    let (_, flac) = encode(dir.path(), &CASES[0], 2.0);
    let bytes = std::fs::read(&flac).unwrap();
    let cut = dir.path().join("cut.flac");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();

    let mut reader = AudioReader::open(&cut).unwrap();
    let mut samples = 0;
    let err = loop {
        match reader.next_block() {
            Ok(Some(block)) => samples += block.len(),
            Ok(None) => panic!("a truncated FLAC ended without an error"),
            Err(e) => break e,
        }
    };
    assert!(samples > 8000, "the blocks before the cut come first ({samples} samples)");
    let Error::Corrupt { position_seconds: Some(at), .. } = &err else { panic!("{err:?}") };
    assert!((0.5..1.5).contains(at), "failed at {at} s");
    let message = err.to_string();
    assert!(message.contains("cut.flac") && message.contains("truncated"), "{message}");
}

#[test]
fn truncated_mp3_decodes_the_part_that_is_there() {
    // MP3 frames stand alone, so a cut file is just a shorter one.
    let dir = tempfile::tempdir().unwrap();
    let (_, mp3) = encode(dir.path(), &CASES[4], 2.0);
    let bytes = std::fs::read(&mp3).unwrap();
    let cut = dir.path().join("cut.mp3");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let out = read_all(&cut).unwrap();
    assert!((12_000..20_000).contains(&out.len()), "{} samples from half a 2 s file", out.len());
    assert_close("frequency", dominant_frequency(&middle(&out, 4000)[..6000], TARGET_RATE), 440.0, 0.01);
}

#[test]
fn truncated_ogg_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (_, ogg) = encode(dir.path(), &CASES[2], 2.0);
    let bytes = std::fs::read(&ogg).unwrap();
    let cut = dir.path().join("cut.ogg");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let err = read_all(&cut).unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err:?}");
    assert!(err.to_string().contains("cut.ogg"), "{err}");
}

#[test]
fn damaged_packets_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let (_, flac) = encode(dir.path(), &CASES[0], 2.0);
    let mut bytes = std::fs::read(&flac).unwrap();
    let n = bytes.len();
    for (i, b) in bytes[n / 3..n / 3 + 200].iter_mut().enumerate() {
        *b = (i * 7919 % 251) as u8;
    }
    let damaged = dir.path().join("damaged.flac");
    std::fs::write(&damaged, &bytes).unwrap();
    let out = read_all(&damaged).unwrap();
    assert!((28_000..=32_000).contains(&out.len()), "{} samples: only the damaged frames should be lost", out.len());
}

#[test]
fn damaged_files_never_panic_and_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let s = sine(440.0, 44_100, 1.0, 0.5);
    let wav = mono_wav(dir.path(), "tone.wav", 44_100, &s);
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut random = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state as usize
    };
    for ext in ["wav", "flac", "ogg", "mp3"] {
        let original = dir.path().join(format!("tone.{ext}"));
        if ext != "wav" {
            sox(&wav, &original);
        }
        let bytes = std::fs::read(&original).unwrap();
        for round in 0..60 {
            let mut damaged = bytes.clone();
            match round % 3 {
                // Bytes changed anywhere, in the headers, or a cut at any point.
                0 => (0..1 + random() % 20).for_each(|_| damaged[random() % bytes.len()] = random() as u8),
                1 => damaged[random() % bytes.len().min(400)] ^= 1 << (random() % 8),
                _ => damaged.truncate(random() % bytes.len()),
            }
            let path = dir.path().join(format!("damaged-{round}.{ext}"));
            std::fs::write(&path, &damaged).unwrap();
            if let Err(e) = read_all(&path) {
                assert!(e.to_string().contains(&format!("damaged-{round}.{ext}")), "{e}");
            }
        }
    }
}
