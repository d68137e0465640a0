//! WAV input: every sample format, rates from 8 to 48 kHz, mono and
//! multichannel, checked for length, pitch, level, time alignment and
//! anti-aliasing after conversion to 16 kHz mono.

mod common;

use std::f64::consts::PI;

use common::*;
use hark_audio::{AudioReader, TARGET_RATE, read_all};

const RATES: [u32; 5] = [8000, 16000, 22050, 44100, 48000];

#[test]
fn tones_come_out_at_16k_with_the_right_length_pitch_level_and_timing() {
    let dir = tempfile::tempdir().unwrap();
    for rate in RATES {
        for freq in [440.0, 1000.0] {
            let amplitude = 0.5;
            let input = sine(freq, rate, 1.3, amplitude);
            let path = mono_wav(dir.path(), &format!("{rate}-{freq}.wav"), rate, &input);
            let out = read_all(&path).unwrap();
            let case = format!("{freq} Hz at {rate} Hz");

            let expected = expected_len(input.len(), rate);
            assert!(out.len().abs_diff(expected) <= 1, "{case}: {} samples, expected {expected}", out.len());
            let mid = middle(&out, 800);
            assert_close(&format!("{case}: frequency"), tone_frequency(mid, TARGET_RATE), freq, 0.01);
            assert_close(&format!("{case}: rms"), rms(mid), amplitude / 2f64.sqrt(), 0.03);

            // Time-aligned: sample i is the input signal at time i / 16000 s,
            // so the resampler's delay was trimmed.
            let worst = (800..out.len() - 800)
                .map(|i| (out[i] as f64 - amplitude * (2.0 * PI * freq * i as f64 / 16_000.0).sin()).abs())
                .fold(0.0, f64::max);
            assert!(worst < 2e-3, "{case}: output differs from the ideal signal by up to {worst}");
        }
    }
}

#[test]
fn unusual_rates_work_too() {
    // 44,101 Hz and the others after it share few factors with 16000:
    // they get the sinc resampler (an FFT one would need blocks of up to a
    // second), which must be as exact and as well aligned.
    let dir = tempfile::tempdir().unwrap();
    for rate in [11_025, 32_000, 96_000, 4_000, 44_101, 383_999, 4_099, 12_347, 250_007] {
        let input = sine(440.0, rate, 2.2, 0.5);
        let path = mono_wav(dir.path(), &format!("{rate}.wav"), rate, &input);
        let out = read_all(&path).unwrap();
        let expected = expected_len(input.len(), rate);
        assert!(out.len().abs_diff(expected) <= 1, "{rate} Hz: {} samples, expected {expected}", out.len());
        let worst = (800..out.len() - 800)
            .map(|i| (out[i] as f64 - 0.5 * (2.0 * PI * 440.0 * i as f64 / 16_000.0).sin()).abs())
            .fold(0.0, f64::max);
        assert!(worst < 2e-3, "{rate} Hz: output differs from the ideal signal by up to {worst}");
    }
}

#[test]
fn readers_can_move_to_another_thread() {
    fn send<T: Send>() {}
    send::<AudioReader>();
}

#[test]
fn every_sample_format_decodes_to_the_same_signal() {
    let dir = tempfile::tempdir().unwrap();
    let input = sine(440.0, 44_100, 1.0, 0.8);
    let mut outputs = Vec::new();
    for pcm in [Pcm::I16, Pcm::I24, Pcm::I32, Pcm::F32] {
        let path = dir.path().join(format!("{pcm:?}.wav"));
        write_wav(&path, 44_100, pcm, &[&input]);
        let reader = AudioReader::open(&path).unwrap();
        assert_eq!(reader.info().sample_rate, 44_100, "{pcm:?}");
        let out = read_all(&path).unwrap();
        assert_eq!(out.len(), 16_000, "{pcm:?}");
        assert_close(&format!("{pcm:?} rms"), rms(middle(&out, 800)), 0.8 / 2f64.sqrt(), 0.03);
        outputs.push((pcm, out));
    }
    let (_, reference) = &outputs[3]; // f32: no quantization
    for (pcm, out) in &outputs {
        let worst = out.iter().zip(reference).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
        assert!(worst < 2e-4, "{pcm:?} differs from the float file by up to {worst}");
    }
}

#[test]
fn sixteen_khz_input_passes_through_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let input = sine(1000.0, 16_000, 0.7, 0.9);
    let float = dir.path().join("float.wav");
    write_wav(&float, 16_000, Pcm::F32, &[&input]);
    let out = read_all(&float).unwrap();
    let expected: Vec<f32> = input.iter().map(|&x| x as f32).collect();
    assert_eq!(out, expected);

    let int = dir.path().join("int.wav");
    write_wav(&int, 16_000, Pcm::I16, &[&input]);
    let out = read_all(&int).unwrap();
    assert_eq!(out.len(), input.len());
    for (o, x) in out.iter().zip(&input) {
        assert_eq!(*o, ((x * 32767.0).round() / 32768.0) as f32);
    }
}

#[test]
fn channels_are_averaged() {
    let dir = tempfile::tempdir().unwrap();
    for rate in [16_000, 44_100] {
        let s = sine(440.0, rate, 1.0, 0.6);
        let silence = vec![0.0; s.len()];
        let inverted: Vec<f64> = s.iter().map(|x| -x).collect();
        let read = |name: &str, channels: &[&[f64]]| {
            let path = dir.path().join(format!("{rate}-{name}.wav"));
            write_wav(&path, rate, Pcm::F32, channels);
            read_all(&path).unwrap()
        };
        let mono = read("mono", &[&s]);
        assert_eq!(read("same", &[&s, &s]), mono, "identical stereo channels must equal mono at {rate} Hz");
        assert!(rms(&read("opposite", &[&s, &inverted])) < 1e-6, "opposite channels must cancel at {rate} Hz");

        let one_of_three = read("three", &[&s, &silence, &silence]);
        let (got, want) = (rms(middle(&one_of_three, 800)), rms(middle(&mono, 800)) / 3.0);
        assert_close(&format!("3 channels at {rate} Hz"), got, want, 0.01);
        let info = AudioReader::open(&dir.path().join(format!("{rate}-three.wav"))).unwrap().info().clone();
        assert_eq!(info.channels, 3);
    }
}

#[test]
fn tones_above_8_khz_are_filtered_out_not_folded_down() {
    let dir = tempfile::tempdir().unwrap();
    // Without an anti-aliasing filter these would fold to 4, 6 and 1 kHz.
    for (rate, freq) in [(48_000, 12_000.0), (44_100, 10_000.0), (44_100, 15_000.0)] {
        let input = sine(freq, rate, 1.0, 0.5);
        let path = mono_wav(dir.path(), &format!("{rate}-{freq}.wav"), rate, &input);
        let out = read_all(&path).unwrap();
        assert_eq!(out.len(), expected_len(input.len(), rate));
        let ratio = rms(middle(&out, 800)) / (0.5 / 2f64.sqrt());
        assert!(ratio < 0.01, "{freq} Hz at {rate} Hz kept {:.2}% of its level", ratio * 100.0);
    }
}

#[test]
fn streamed_blocks_concatenate_to_read_all() {
    let dir = tempfile::tempdir().unwrap();
    for rate in [16_000, 22_050, 48_000] {
        let s = sine(440.0, rate, 3.1, 0.5);
        let t = sine(1000.0, rate, 3.1, 0.3);
        let path = dir.path().join(format!("{rate}.wav"));
        write_wav(&path, rate, Pcm::I16, &[&s, &t]);

        let mut reader = AudioReader::open(&path).unwrap();
        let mut blocks = Vec::new();
        while let Some(block) = reader.next_block().unwrap() {
            assert!(!block.is_empty() && block.len() <= 8192, "block of {} samples at {rate} Hz", block.len());
            blocks.push(block);
        }
        assert!(blocks.len() >= 5, "only {} blocks for 3.1 s at {rate} Hz", blocks.len());
        assert!(reader.next_block().unwrap().is_none(), "the end stays the end");
        assert_eq!(blocks.concat(), read_all(&path).unwrap(), "at {rate} Hz");
    }
}

#[test]
fn info_describes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let s = sine(440.0, 22_050, 2.0, 0.5);
    let path = dir.path().join("info.wav");
    write_wav(&path, 22_050, Pcm::I24, &[&s, &s]);
    let reader = AudioReader::open(&path).unwrap();
    let info = reader.info();
    assert_eq!((info.sample_rate, info.channels), (22_050, 2));
    assert_close("duration", info.duration_seconds.unwrap(), 2.0, 1e-6);
    assert!(info.codec.starts_with("pcm"), "codec {}", info.codec);
}

#[test]
fn very_short_files_keep_their_length() {
    let dir = tempfile::tempdir().unwrap();
    for (rate, frames) in [(44_100, 1), (44_100, 10), (8_000, 3), (48_000, 3000), (16_000, 1)] {
        let input = vec![0.25; frames];
        let path = mono_wav(dir.path(), &format!("{rate}-{frames}.wav"), rate, &input);
        let out = read_all(&path).unwrap();
        let expected = expected_len(frames, rate);
        let got = out.len();
        assert!(got.abs_diff(expected) <= 1, "{frames} frames at {rate} Hz gave {got} samples, expected {expected}");
    }
}

#[test]
fn live_audio_converted_in_pieces_equals_one_push() {
    // `To16k` serves pipes and sockets: samples arrive in pieces of any
    // size; the output must not depend on how they were cut.
    for rate in [16_000, 44_100, 44_101] {
        let input: Vec<f32> = sine(440.0, rate, 1.3, 0.5).into_iter().map(|x| x as f32).collect();
        let whole = {
            let mut c = hark_audio::To16k::new(rate).unwrap();
            c.push(&input);
            let mut out = c.convert(false).unwrap();
            out.extend(c.convert(true).unwrap());
            out
        };
        let mut c = hark_audio::To16k::new(rate).unwrap();
        let mut pieces = Vec::new();
        let mut at = 0;
        for size in [1usize, 7, 160, 3000, 11_025, 50].iter().cycle() {
            if at >= input.len() {
                break;
            }
            let end = (at + size).min(input.len());
            c.push(&input[at..end]);
            pieces.extend(c.convert(false).unwrap());
            at = end;
        }
        pieces.extend(c.convert(true).unwrap());
        assert_eq!(pieces, whole, "{rate} Hz");
        assert!(whole.len().abs_diff(expected_len(input.len(), rate)) <= 1, "{rate} Hz: {}", whole.len());
    }
}

#[test]
fn raw_pcm_cut_anywhere_decodes_as_one_piece() {
    // Pipes and sockets cut bytes anywhere, frames included.
    let samples: Vec<i16> = (0..999).map(|i| ((i * 37) % 2000 - 1000) as i16 * 30).collect();
    let bytes: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
    let whole = hark_audio::PcmDecoder::new(hark_audio::PcmEncoding::S16le, 3).decode(&bytes);
    assert_eq!(whole.len(), 333);
    let expected = (samples[3] as f32 + samples[4] as f32 + samples[5] as f32) / 3.0 / 32768.0;
    assert!((whole[1] - expected).abs() < 1e-7);
    let mut cut = hark_audio::PcmDecoder::new(hark_audio::PcmEncoding::S16le, 3);
    let mut pieces = Vec::new();
    for chunk in bytes.chunks(7) {
        pieces.extend(cut.decode(chunk));
    }
    assert_eq!(pieces, whole);
    assert_eq!(cut.leftover(), 0);
    assert_eq!(cut.decode(&[1, 2, 3]), Vec::<f32>::new());
    assert_eq!(cut.leftover(), 3, "an incomplete frame waits for the rest");
}
