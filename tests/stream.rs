//! `hark stream` end to end: audio piped through standard input (a WAV
//! stream or raw PCM) gives, segment by segment, what `hark transcribe`
//! gives for the file; partial results grow into the final one; endpointing
//! splits at pauses; a long input keeps memory flat; bad input is refused
//! with a clear message.
//!
//! Needs the CPU plugin (`hark setup`) and sox (test audio).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn hark() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hark"));
    cmd.env_remove("HARK_PLUGIN").env_remove("HARK_MODEL");
    cmd
}

fn held_out(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/held_out").join(name)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs `hark stream ARGS` with `input` on standard input.
fn stream(args: &[&str], input: &[u8]) -> Output {
    let mut child = hark()
        .arg("stream")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("running hark stream");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn events(out: &Output) -> Vec<serde_json::Value> {
    assert!(out.status.success(), "{}", stderr(out));
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn of_type<'a>(events: &'a [serde_json::Value], kind: &str) -> Vec<&'a serde_json::Value> {
    events.iter().filter(|e| e["type"] == kind).collect()
}

fn transcribe(files: &[&Path]) -> Vec<String> {
    let out = hark().args(["transcribe", "--format", "jsonl", "--quiet"]).args(files).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    files
        .iter()
        .map(|f| {
            let row = rows.iter().find(|r| r["file"] == f.display().to_string()).expect("a transcript per file");
            row["text"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn a_piped_wav_gives_the_transcript_of_the_file_and_partials_grow_into_it() {
    for name in ["scotland_water.wav", "caribbean_boat.wav"] {
        let file = held_out(name);
        let wav = std::fs::read(&file).unwrap();
        // One segment (no endpointing): the same computation as transcribe.
        let all = events(&stream(&["--endpoint-silence", "0", "--max-segment", "0"], &wav));
        let finals = of_type(&all, "final");
        assert_eq!(finals.len(), 1, "{name}: {all:?}");
        assert_eq!(finals[0]["text"].as_str().unwrap(), transcribe(&[&file])[0], "{name}");
        assert_eq!(all.last().unwrap()["type"], "end", "{name}: the last event");

        // The first pass never takes a token back: each partial extends the
        // one before, and the last is the first pass's text of the final.
        let plain = events(&stream(&["--endpoint-silence", "0", "--max-segment", "0", "--no-lexicon"], &wav));
        let partials: Vec<&str> = of_type(&plain, "partial").iter().map(|p| p["text"].as_str().unwrap()).collect();
        assert!(partials.len() >= 2, "{name}: partial results as the audio comes: {partials:?}");
        for pair in partials.windows(2) {
            assert!(pair[1].starts_with(pair[0]) && pair[1] != pair[0], "{name}: {pair:?}");
        }
        let last_final = of_type(&plain, "final")[0];
        assert_eq!(Some(*partials.last().unwrap()), last_final["first_pass_text"].as_str(), "{name}");
    }
}

#[test]
fn raw_pcm_gives_what_the_wav_gives() {
    let file = held_out("scotland_water.wav");
    let wav = std::fs::read(&file).unwrap();
    let reader = hound::WavReader::open(&file).unwrap();
    assert_eq!((reader.spec().sample_rate, reader.spec().channels), (16_000, 1));
    let raw: Vec<u8> = reader.into_samples::<i16>().flat_map(|s| s.unwrap().to_le_bytes()).collect();
    let from_wav = stream(&[], &wav);
    let from_raw = stream(&["--raw", "s16le", "--rate", "16000"], &raw);
    assert!(from_raw.status.success(), "{}", stderr(&from_raw));
    assert_eq!(String::from_utf8_lossy(&from_raw.stdout), String::from_utf8_lossy(&from_wav.stdout));

    // Another rate and two channels: resampled and averaged on the way in.
    let dir = tempfile::tempdir().unwrap();
    let stereo = dir.path().join("stereo.raw");
    let status = Command::new("sox")
        .arg(&file)
        .args(["-t", "raw", "-e", "floating-point", "-b", "32", "-r", "44100", "-c", "2"])
        .arg(&stereo)
        .status()
        .expect("sox is needed: apt-get install sox");
    assert!(status.success());
    let out = stream(&["--raw", "f32le", "--rate", "44100", "--channels", "2"], &std::fs::read(&stereo).unwrap());
    let finals =
        of_type(&events(&out), "final").iter().map(|f| f["text"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(finals.join(" "), transcribe(&[&file])[0]);
}

#[test]
fn pauses_end_segments_and_segments_tile_the_stream() {
    let dir = tempfile::tempdir().unwrap();
    let parts = ["scotland_water.wav", "caribbean_boat.wav", "awb_market.wav"];
    // Each sentence followed by 1.5 s of silence.
    let mut padded = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        let out = dir.path().join(format!("p{i}.wav"));
        let status = Command::new("sox").arg(held_out(p)).arg(&out).args(["pad", "0", "1.5"]).status().unwrap();
        assert!(status.success());
        padded.push(out);
    }
    let joined = dir.path().join("joined.wav");
    assert!(Command::new("sox").args(&padded).arg(&joined).status().unwrap().success());
    let all = events(&stream(&[], &std::fs::read(&joined).unwrap()));
    let finals = of_type(&all, "final");
    assert_eq!(finals.len(), 3, "one segment per sentence: {finals:?}");
    let mut at = 0.0;
    for (i, f) in finals.iter().enumerate() {
        assert_eq!(f["segment"], i);
        assert!((f["start"].as_f64().unwrap() - at).abs() < 1e-9, "segments are contiguous: {f}");
        at = f["end"].as_f64().unwrap();
        assert!(!f["text"].as_str().unwrap().is_empty());
    }
    // The trailing silence is a segment without words: no result.
    let end = all.last().unwrap();
    assert_eq!(end["type"], "end");
    let duration = hound::WavReader::open(&joined).unwrap().duration() as f64 / 16_000.0;
    let seconds = end["seconds"].as_f64().unwrap();
    // Encoder frames are 40 ms; a last part shorter than one is dropped.
    assert!((seconds - duration).abs() < 0.08, "the stream ends at its length: {seconds} of {duration} s");
    assert!(at < seconds - 0.5, "the last result ends before the silence does: {at} of {seconds} s");
    // Each sentence's words come out in its own segment: every letter of
    // segment i was emitted within sentence i's stretch of the stream (its
    // audio and the pause after it). Timing, not words: what a weak model
    // spells for a sentence changes with the context before it.
    let mut from = 0.0;
    for (i, p) in padded.iter().enumerate() {
        let to = from + hound::WavReader::open(p).unwrap().duration() as f64 / 16_000.0;
        let letters =
            finals[i]["tokens"].as_array().unwrap().iter().filter(|t| !t["text"].as_str().unwrap().trim().is_empty());
        for token in letters {
            let t = token["start"].as_f64().unwrap();
            assert!(from <= t && t < to, "segment {i}'s token {token} is outside its sentence, {from}-{to} s");
        }
        from = to;
    }
}

/// Resident memory of process `pid` in KB (Linux).
fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn thirty_minutes_of_input_keep_memory_flat() {
    // The tiny model of tests/fixtures (random weights: it spells noise),
    // fed 30 minutes of raw audio as fast as it takes it; segments close at
    // most every 20 s, so nothing grows with the stream's length.
    let dir = tempfile::tempdir().unwrap();
    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tiny_cascade.json");
    let model = dir.path().join("tiny");
    let made = hark()
        .args(["init-model", "--config", config.to_str().unwrap(), "--seed", "3", "--out", model.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", stderr(&made));
    let mut child = hark()
        .args(["stream", "--raw", "s16le", "--model", model.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let writer = std::thread::spawn(move || {
        let mut seed = 7u32;
        let second: Vec<u8> = (0..16_000)
            .flat_map(|i| {
                seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                let noise = ((seed >> 16) as i32 - 32_768) / 16;
                let tone = (8000.0 * (i as f64 * 0.15).sin()) as i32;
                ((tone + noise) as i16).to_le_bytes()
            })
            .collect();
        for s in 0..30 * 60 {
            if stdin.write_all(&second).is_err() {
                return;
            }
            if s == 3 * 60 || s == 30 * 60 - 1 {
                let _ = tx.send((s, rss_kb(pid)));
            }
        }
    });
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        use std::io::BufRead;
        std::io::BufReader::new(stdout).lines().map_while(Result::ok).filter(|l| l.contains("\"final\"")).count()
    });
    writer.join().unwrap();
    let status = child.wait().unwrap();
    assert!(
        status.success(),
        "{:?}",
        child.stderr.take().map(|mut e| {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut e, &mut s).unwrap();
            s
        })
    );
    let finals = reader.join().unwrap();
    let samples: Vec<(i32, Option<u64>)> = rx.try_iter().collect();
    let early = samples[0].1.expect("RSS at 3 minutes");
    let late = samples[1].1.expect("RSS at 30 minutes");
    eprintln!("RSS after 3 min of input {early} KB, after 30 min {late} KB; {finals} final results");
    assert!(late <= early + 32 * 1024, "memory grew from {early} KB to {late} KB");
    assert!(finals >= 30 * 60 / 20, "segments close at least every 20 s: {finals} finals");
}

#[test]
fn bad_input_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.wav");
    let out = hark().args(["stream"]).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.wav: cannot read the file"), "{}", stderr(&out));

    let out = stream(&[], b"this is not audio, just text on standard input\n");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not an audio file"), "{}", stderr(&out));

    for (flag, value) in
        [("--rate", "999"), ("--channels", "0"), ("--endpoint-silence", "nan"), ("--max-segment", "-1")]
    {
        let out = hark().args(["stream", flag, value]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag} {value}: {}", stderr(&out));
        assert!(stderr(&out).contains(flag), "{flag} {value}: {}", stderr(&out));
    }
}
