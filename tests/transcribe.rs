//! `hark transcribe` end to end on audio made here: every container and
//! codec, several sample rates and sample formats, all output formats, bad
//! inputs, batch invariance, resuming. The model is tiny with seeded random
//! weights (`tests/fixtures/tiny_cascade.json`), so transcripts are
//! arbitrary: the run, the timings and the formats are what is checked.
//!
//! Needs the CPU plugin (`cargo run --release -- setup`) and sox with its
//! format handlers (Debian: sox, libsox-fmt-all) to make FLAC, MP3 and Ogg.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn hark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hark")).args(args).env_remove("HARK_PLUGIN").output().expect("running hark")
}

/// The largest peak resident memory, in MB, of any child this test binary
/// has waited for so far: an upper bound on each one's.
fn peak_child_rss_mb() -> i64 {
    // SAFETY: getrusage fills the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) }, 0);
    usage.ru_maxrss / 1024 // Linux reports kilobytes
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The tiny model, made once per test binary.
fn model_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tiny_cascade.json");
        let out = hark(&[
            "init-model",
            "--config",
            config.to_str().unwrap(),
            "--seed",
            "3",
            "--out",
            dir.path().to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        dir
    })
    .path()
}

/// A WAV of `seconds` of a two-tone signal with a little noise.
fn write_wav(path: &Path, rate: u32, channels: u16, seconds: f64, bits: u16, float: bool) {
    let spec = hound::WavSpec {
        channels,
        sample_rate: rate,
        bits_per_sample: bits,
        sample_format: if float { hound::SampleFormat::Float } else { hound::SampleFormat::Int },
    };
    let mut w = hound::WavWriter::create(path, spec).unwrap();
    let n = (rate as f64 * seconds) as usize;
    let mut seed = 12345u32;
    for i in 0..n {
        let t = i as f64 / rate as f64;
        seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
        let noise = (seed >> 8) as f64 / (1u32 << 24) as f64 - 0.5;
        let v = 0.3 * (2.0 * std::f64::consts::PI * 220.0 * t).sin()
            + 0.2 * (2.0 * std::f64::consts::PI * 1300.0 * t).sin()
            + 0.05 * noise;
        for _ in 0..channels {
            match (bits, float) {
                (32, true) => w.write_sample(v as f32).unwrap(),
                (16, false) => w.write_sample((v * 32767.0) as i16).unwrap(),
                (b, false) => w.write_sample((v * ((1i64 << (b - 1)) - 1) as f64) as i32).unwrap(),
                _ => unreachable!(),
            }
        }
    }
    w.finalize().unwrap();
}

fn sox(from: &Path, to: &Path) {
    let status = Command::new("sox")
        .arg(from)
        .arg(to)
        .status()
        .expect("sox is needed to make FLAC/MP3/Ogg test audio: apt-get install sox libsox-fmt-all");
    assert!(status.success(), "sox {} -> {}", from.display(), to.display());
}

fn jsonl(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn every_format_and_rate_gives_every_output() {
    let dir = tempfile::tempdir().unwrap();
    let audio = dir.path().join("audio");
    std::fs::create_dir(&audio).unwrap();
    let mut expected: Vec<(PathBuf, f64)> = Vec::new();
    for (name, rate, ch, secs, bits, float) in [
        ("pcm16_16k.wav", 16000, 1, 1.3, 16, false),
        ("pcm24_48k_stereo.wav", 48000, 2, 0.9, 24, false),
        ("pcm32_22k.wav", 22050, 1, 2.2, 32, false),
        ("float_44k.wav", 44100, 1, 1.7, 32, true),
        ("pcm16_8k.wav", 8000, 1, 1.1, 16, false),
    ] {
        let p = audio.join(name);
        write_wav(&p, rate, ch, secs, bits, float);
        expected.push((p, secs));
    }
    let source = audio.join("pcm16_16k.wav");
    for ext in ["flac", "mp3", "ogg"] {
        let p = audio.join(format!("coded.{ext}"));
        sox(&source, &p);
        expected.push((p, 1.3));
    }
    let out = dir.path().join("out");
    let o = hark(&[
        "transcribe",
        "--model",
        model_dir().to_str().unwrap(),
        audio.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--format",
        "txt,jsonl,srt,vtt",
        "--quiet",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let log = jsonl(&out.join("transcripts.jsonl"));
    assert_eq!(log.len(), expected.len());
    for (path, secs) in &expected {
        let file = path.display().to_string();
        let entry =
            log.iter().find(|e| e["file"] == file.as_str()).unwrap_or_else(|| panic!("{file} missing from the log"));
        assert!(entry.get("error").is_none(), "{file}: {entry}");
        let duration = entry["duration"].as_f64().unwrap();
        // MP3 frames pad the end (up to a frame, 1152 samples, plus the
        // encoder delay where no gapless header says otherwise).
        let tolerance = if file.ends_with(".mp3") { 0.15 } else { 0.03 };
        assert!((duration - secs).abs() < tolerance, "{file}: duration {duration} vs {secs}");
        assert!(entry["processing_time"].as_f64().unwrap() > 0.0);
        assert!(entry["text"].is_string());
        let tokens = entry["tokens"].as_array().unwrap();
        for t in tokens {
            let (s, e) = (t["start"].as_f64().unwrap(), t["end"].as_f64().unwrap());
            assert!(0.0 <= s && s < e && s < duration + 0.05, "{file}: token at {s}-{e} of {duration} s");
            assert!(t["text"].is_string());
        }
        let stem = hark_stem(&file);
        for ext in ["txt", "jsonl", "srt", "vtt"] {
            let p = out.join(format!("{stem}.{ext}"));
            assert!(p.is_file(), "{} missing", p.display());
        }
        let vtt = std::fs::read_to_string(out.join(format!("{stem}.vtt"))).unwrap();
        assert!(vtt.starts_with("WEBVTT\n"), "{vtt}");
        let srt = std::fs::read_to_string(out.join(format!("{stem}.srt"))).unwrap();
        if !tokens.is_empty() {
            assert!(srt.starts_with("1\n00:00:0") && srt.contains(" --> "), "{srt}");
        }
        let txt = std::fs::read_to_string(out.join(format!("{stem}.txt"))).unwrap();
        assert_eq!(txt.trim_end(), entry["text"].as_str().unwrap());
    }
}

/// The output file stem `hark` uses for an input path.
fn hark_stem(file: &str) -> String {
    Path::new(file)
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("__")
}

#[test]
fn bad_inputs_are_reported_and_the_rest_transcribed() {
    let dir = tempfile::tempdir().unwrap();
    let audio = dir.path().join("mixed");
    std::fs::create_dir(&audio).unwrap();
    write_wav(&audio.join("good1.wav"), 16000, 1, 1.0, 16, false);
    write_wav(&audio.join("good2.wav"), 22050, 1, 0.7, 16, false);
    std::fs::write(audio.join("empty.wav"), b"").unwrap();
    std::fs::write(audio.join("corrupt.mp3"), (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<u8>>())
        .unwrap();
    std::fs::write(audio.join("notes.txt"), "not audio").unwrap();
    // A header stating 4,294,967,295 Hz once took the whole batch down.
    write_wav(&audio.join("absurd_rate.wav"), 16000, 1, 0.5, 16, false);
    let mut bytes = std::fs::read(audio.join("absurd_rate.wav")).unwrap();
    bytes[24..28].copy_from_slice(&u32::MAX.to_le_bytes());
    std::fs::write(audio.join("absurd_rate.wav"), bytes).unwrap();
    let missing = dir.path().join("missing.wav");
    let out = dir.path().join("out");
    let o = hark(&[
        "transcribe",
        "--model",
        model_dir().to_str().unwrap(),
        audio.to_str().unwrap(),
        missing.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "some inputs failed: {err}");
    for name in ["empty.wav", "corrupt.mp3", "missing.wav", "notes.txt", "absurd_rate.wav"] {
        assert!(err.contains(name), "{name} not reported: {err}");
    }
    assert!(err.contains("4294967295 Hz"), "{err}");
    // It once allocated 6.9 GB; a run of this tiny model peaks near 300 MB.
    let peak = peak_child_rss_mb();
    assert!(peak < 1500, "a child of this test peaked at {peak} MB");
    let log = jsonl(&out.join("transcripts.jsonl"));
    let failed: Vec<&str> =
        log.iter().filter(|e| e.get("error").is_some()).map(|e| e["file"].as_str().unwrap()).collect();
    assert_eq!(failed.len(), 4, "{log:?}");
    let done = log.iter().filter(|e| e.get("text").is_some()).count();
    assert_eq!(done, 2, "the good files are transcribed: {log:?}");
}

#[test]
fn a_file_transcribes_the_same_alone_and_in_a_batch_of_16() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target.wav");
    write_wav(&target, 16000, 1, 2.3, 16, false);
    let mut others = Vec::new();
    for i in 0..15 {
        let p = dir.path().join(format!("other{i:02}.wav"));
        write_wav(&p, 16000, 1, 0.4 + 0.23 * i as f64, 16, false);
        others.push(p.display().to_string());
    }
    let run = |files: &[String]| -> String {
        let mut args = vec![
            "transcribe",
            "--model",
            model_dir().to_str().unwrap(),
            "--batch",
            "16",
            "--format",
            "jsonl",
            "--quiet",
        ];
        args.extend(files.iter().map(String::as_str));
        let o = hark(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        let stdout = String::from_utf8_lossy(&o.stdout).into_owned();
        let line = stdout.lines().find(|l| l.contains("target.wav")).expect("target transcribed").to_string();
        serde_json::from_str::<serde_json::Value>(&line).unwrap()["text"].as_str().unwrap().to_string()
    };
    let target = target.display().to_string();
    let alone = run(std::slice::from_ref(&target));
    // The target starts in a middle slot, after other files have gone by.
    let mut batch = others[..7].to_vec();
    batch.push(target.clone());
    batch.extend_from_slice(&others[7..]);
    assert_eq!(run(&batch), alone);
}

/// `n` 16 kHz WAVs of `seconds` in `dir`, named PREFIX0.wav, ...
fn short_wavs(dir: &Path, prefix: &str, n: usize, seconds: f64) -> Vec<String> {
    (0..n)
        .map(|i| {
            let p = dir.join(format!("{prefix}{i}.wav"));
            write_wav(&p, 16000, 1, seconds, 16, false);
            p.display().to_string()
        })
        .collect()
}

/// The log record of `file` as an earlier run would have written it.
fn done_before(file: &str, seconds: f64) -> serde_json::Value {
    serde_json::json!({"file": file, "text": "from before", "tokens": [], "duration": seconds, "processing_time": 0.1})
}

#[test]
fn an_interrupted_run_resumes_without_redoing_finished_files() {
    let dir = tempfile::tempdir().unwrap();
    let files = short_wavs(dir.path(), "f", 3, 0.6);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // As if a previous run had finished f0 before being stopped.
    let done = done_before(&files[0], 0.6);
    std::fs::write(out.join("transcripts.jsonl"), format!("{done}\n")).unwrap();
    let list = dir.path().join("list.txt");
    std::fs::write(&list, files.join("\n")).unwrap();
    let o = hark(&[
        "transcribe",
        "--model",
        model_dir().to_str().unwrap(),
        list.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("resuming: 1 of 3"), "{}", stderr(&o));
    let log = jsonl(&out.join("transcripts.jsonl"));
    assert_eq!(log.len(), 3);
    assert_eq!(log[0]["text"], "from before", "the earlier output is kept");
    assert_eq!(log.iter().filter(|e| e["file"] == files[0].as_str()).count(), 1, "f0 not redone");

    // Resumed asking for SRT too: the files done before get it from the log.
    let o = hark(&[
        "transcribe",
        "--model",
        model_dir().to_str().unwrap(),
        list.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--format",
        "txt,srt",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("new formats"), "{}", stderr(&o));
    assert_eq!(jsonl(&out.join("transcripts.jsonl")).len(), 3, "nothing transcribed again");
    for f in &files {
        let stem: String = f.trim_start_matches('/').replace('/', "__");
        assert!(out.join(format!("{stem}.srt")).exists(), "{stem}.srt");
    }
    let earlier = files[0].trim_start_matches('/').replace('/', "__");
    assert_eq!(std::fs::read_to_string(out.join(format!("{earlier}.txt"))).unwrap(), "from before\n");
}

#[test]
fn a_torn_last_record_is_set_aside_and_its_file_transcribed_again() {
    let dir = tempfile::tempdir().unwrap();
    let files = short_wavs(dir.path(), "g", 2, 0.5);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // A run killed while writing g1's record: g0's is whole, g1's torn.
    let done = done_before(&files[0], 0.5);
    let torn = format!("{{\"file\": \"{}\", \"text\": \"hal", files[1]);
    std::fs::write(out.join("transcripts.jsonl"), format!("{done}\n{torn}")).unwrap();
    let mut args = vec!["transcribe", "--model", model_dir().to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend(files.iter().map(|f| f.as_str()));
    let o = hark(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("torn"), "{}", stderr(&o));
    // Every line of the log parses: g0 kept, g1 done again on a line of its own.
    let log = jsonl(&out.join("transcripts.jsonl"));
    assert_eq!(log.len(), 2);
    assert_eq!(log[0]["text"], "from before");
    assert_eq!(log[1]["file"], files[1].as_str());
    assert!(log[1].get("error").is_none());
    // The torn bytes are kept.
    assert_eq!(std::fs::read_to_string(out.join("transcripts.jsonl.torn")).unwrap(), format!("{torn}\n"));
    // A whole log is left as it is.
    let before = std::fs::read(out.join("transcripts.jsonl")).unwrap();
    let o = hark(&args);
    assert!(o.status.success() && !stderr(&o).contains("torn"), "{}", stderr(&o));
    assert_eq!(std::fs::read(out.join("transcripts.jsonl")).unwrap(), before);
}

#[test]
fn one_file_named_two_ways_is_transcribed_and_logged_once() {
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("x.wav");
    write_wav(&wav, 16000, 1, 0.5, 16, false);
    let out = dir.path().join("out");
    let model = model_dir();
    let run = |inputs: &[&str]| {
        let mut args = vec!["transcribe", "--model", model.to_str().unwrap(), "-o", "out"];
        args.extend_from_slice(inputs);
        let o = Command::new(env!("CARGO_BIN_EXE_hark")).args(&args).current_dir(dir.path()).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        stderr(&o)
    };
    let said = run(&["./x.wav", "x.wav", wav.to_str().unwrap()]);
    assert!(said.contains("already in the inputs"), "{said}");
    assert_eq!(jsonl(&out.join("transcripts.jsonl")).len(), 1);
    // Resumed under another spelling, it is found done.
    let said = run(&[wav.to_str().unwrap()]);
    assert!(said.contains("resuming: 1 of 1"), "{said}");
    assert_eq!(jsonl(&out.join("transcripts.jsonl")).len(), 1);
}

#[test]
fn inputs_whose_output_names_collide_each_keep_their_outputs() {
    // a/b.wav and a__b.wav both make the stem a__b.wav.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("a")).unwrap();
    write_wav(&dir.path().join("a/b.wav"), 16000, 1, 0.5, 16, false);
    write_wav(&dir.path().join("a__b.wav"), 16000, 1, 0.8, 16, false);
    let model = model_dir();
    let args =
        ["transcribe", "--model", model.to_str().unwrap(), "-o", "out", "--format", "jsonl", "a/b.wav", "a__b.wav"];
    let o = Command::new(env!("CARGO_BIN_EXE_hark")).args(args).current_dir(dir.path()).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = dir.path().join("out");
    let log = jsonl(&out.join("transcripts.jsonl"));
    assert_eq!(log.len(), 2);
    let stems: Vec<&str> = log.iter().map(|r| r["output_stem"].as_str().unwrap()).collect();
    assert_ne!(stems[0], stems[1], "{stems:?}");
    // Each output belongs to its own input, as the log says.
    for r in &log {
        let written = jsonl(&out.join(format!("{}.jsonl", r["output_stem"].as_str().unwrap())));
        assert_eq!(written[0]["file"], r["file"]);
        assert_eq!(written[0]["duration"], r["duration"]);
    }
}

#[test]
fn a_damaged_model_directory_is_refused_naming_its_file_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("x.wav");
    write_wav(&wav, 16000, 1, 0.5, 16, false);
    let copy = |name: &str| {
        let d = dir.path().join(name);
        std::fs::create_dir(&d).unwrap();
        for f in ["config.json", "model.safetensors", "tokenizer.json"] {
            std::fs::copy(model_dir().join(f), d.join(f)).unwrap();
        }
        d
    };
    let refused = |d: &Path| {
        let o = hark(&["transcribe", "--model", d.to_str().unwrap(), wav.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        stderr(&o)
    };
    // A NaN in the last weight (the file ends with the last tensor's data).
    let nan = copy("nan");
    let mut bytes = std::fs::read(nan.join("model.safetensors")).unwrap();
    let n = bytes.len();
    bytes[n - 4..].copy_from_slice(&f32::NAN.to_le_bytes());
    std::fs::write(nan.join("model.safetensors"), bytes).unwrap();
    let said = refused(&nan);
    assert!(said.contains("model.safetensors") && said.contains("NaN") && said.contains("tensor `"), "{said}");
    // A decoder context of 0 is named as such.
    let zero = copy("zero");
    let mut cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(zero.join("config.json")).unwrap()).unwrap();
    cfg["decoder"]["context"] = 0.into();
    std::fs::write(zero.join("config.json"), cfg.to_string()).unwrap();
    let said = refused(&zero);
    assert!(said.contains("decoder.context is 0"), "{said}");
    // A tokenizer.json that is JSON but no tokenizer: named.
    let tok = copy("tok");
    std::fs::write(tok.join("tokenizer.json"), "{\"a\": 1}").unwrap();
    let said = refused(&tok);
    assert!(said.contains("tokenizer.json"), "{said}");
    // Decoding settings the search would refuse: the file and field named.
    let decoding = copy("decoding");
    std::fs::write(
        decoding.join("decoding.json"),
        r#"{"beam": 8, "lm_weight": -1, "word_bonus": 2, "oov_log_prob": -8}"#,
    )
    .unwrap();
    let said = refused(&decoding);
    assert!(said.contains("decoding.json") && said.contains("lm_weight"), "{said}");
}

#[test]
fn a_models_decoding_json_sets_the_search_and_flags_override_it() {
    let dir = tempfile::tempdir().unwrap();
    let wavs: Vec<String> = (0..4)
        .map(|i| {
            let wav = dir.path().join(format!("t{i}.wav"));
            write_wav(&wav, 16000, 1, 1.0 + 0.3 * i as f64, 16, false);
            wav.to_str().unwrap().to_string()
        })
        .collect();
    let greedy_model = dir.path().join("greedy");
    std::fs::create_dir(&greedy_model).unwrap();
    for f in ["config.json", "model.safetensors", "tokenizer.json"] {
        std::fs::copy(model_dir().join(f), greedy_model.join(f)).unwrap();
    }
    std::fs::write(
        greedy_model.join("decoding.json"),
        r#"{"beam": 1, "lm_weight": 0.5, "word_bonus": 2, "oov_log_prob": -8, "tuned_on": "a test"}"#,
    )
    .unwrap();
    let run = |model: &Path, flags: &[&str]| {
        let mut args = vec!["transcribe", "--model", model.to_str().unwrap(), "--quiet", "--format", "jsonl"];
        args.extend(flags);
        args.extend(wavs.iter().map(String::as_str));
        let o = hark(&args);
        assert!(o.status.success(), "{}", stderr(&o));
        // What was decoded, without the run's timings.
        let texts: Vec<(String, String)> = String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (v["file"].as_str().unwrap().to_string(), v["text"].as_str().unwrap().to_string())
            })
            .collect();
        texts
    };
    let beam8 = run(model_dir(), &[]);
    let greedy = run(model_dir(), &["--beam", "1"]);
    assert_ne!(beam8, greedy, "the test needs audio on which greedy and beam search differ");
    assert_eq!(run(&greedy_model, &[]), greedy);
    assert_eq!(run(&greedy_model, &["--beam", "8"]), beam8);
}

#[test]
fn paths_can_come_from_stdin_and_manifests() {
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("one.wav");
    write_wav(&wav, 16000, 1, 0.5, 16, false);
    let manifest = dir.path().join("m.jsonl");
    std::fs::write(&manifest, "{\"audio\": \"one.wav\", \"text\": \"ignored\"}\n").unwrap();
    let o = hark(&["transcribe", "--model", model_dir().to_str().unwrap(), manifest.to_str().unwrap(), "--quiet"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with(&format!("{}\t", wav.display())));

    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(["transcribe", "--model", model_dir().to_str().unwrap(), "-", "--quiet", "--format", "jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("{}\n", wav.display()).as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(String::from_utf8_lossy(&o.stdout).trim()).unwrap();
    assert_eq!(v["file"], wav.display().to_string().as_str());
}

/// The plugin `hark` finds by default, for runs with their own cache root.
fn plugin_path() -> String {
    let out = hark(&["devices"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().find(|l| l.starts_with("plugin")).expect("`hark devices` names its plugin");
    line.trim_start_matches("plugin").trim().split(" (found via").next().unwrap().to_string()
}

#[test]
fn programs_are_compiled_once_per_cache_and_a_missing_file_fails_before_compiling() {
    let cache = tempfile::tempdir().unwrap();
    let plugin = plugin_path();
    let run = |inputs: &[&str]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hark"));
        cmd.args(["transcribe", "--model", model_dir().to_str().unwrap()]).args(inputs);
        cmd.env("HARK_CACHE_DIR", cache.path()).env("HARK_PLUGIN", &plugin).output().expect("running hark")
    };
    let compiled = || match std::fs::read_dir(cache.path().join("compiled")) {
        Ok(entries) => entries.count(),
        Err(_) => 0,
    };
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.wav");
    let out = run(&[missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("missing.wav: cannot read the file"), "{}", stderr(&out));
    assert_eq!(compiled(), 0, "nothing is compiled for inputs that cannot be read");

    let wav = short_wavs(dir.path(), "c", 1, 1.5).remove(0);
    let first = run(&[&wav, missing.to_str().unwrap()]);
    assert_eq!(first.status.code(), Some(2), "{}", stderr(&first));
    let entries = compiled();
    assert!(entries > 0, "the first run stores its programs");
    let second = run(&[&wav]);
    assert!(second.status.success(), "{}", stderr(&second));
    assert_eq!(second.stdout, first.stdout, "a cached program transcribes the same");
    assert_eq!(compiled(), entries, "the second run compiles nothing new");
}

#[test]
fn sharded_runs_merge_into_what_one_run_gives() {
    let dir = tempfile::tempdir().unwrap();
    let files = short_wavs(dir.path(), "s", 10, 0.6);
    let model = model_dir().to_str().unwrap().to_string();
    let run = |extra: &[&str], env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hark"));
        cmd.args(["transcribe", "--model", &model, "--format", "txt,jsonl"]).args(extra).args(&files);
        for v in ["RANK", "WORLD_SIZE", "SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "TPU_WORKER_ID", "HARK_SHARD"] {
            cmd.env_remove(v);
        }
        cmd.envs(env.iter().copied()).env_remove("HARK_PLUGIN").output().unwrap()
    };
    let whole = dir.path().join("whole");
    assert!(run(&["-o", whole.to_str().unwrap()], &[]).status.success());

    let job = dir.path().join("job");
    let job_s = job.to_str().unwrap();
    let first = run(&["-o", job_s, "--shard", "0/3"], &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&first).contains("shard 0/3 (from --shard)"), "{}", stderr(&first));
    // The launcher's environment names the shard when the flag does not.
    let second = run(&["-o", job_s], &[("RANK", "1"), ("WORLD_SIZE", "3")]);
    assert!(stderr(&second).contains("shard 1/3 (from RANK/WORLD_SIZE)"), "{}", stderr(&second));

    // Merging before every shard ran says which are missing.
    let merged = dir.path().join("merged");
    let merge = |inputs: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_hark"))
            .args(["merge-outputs", "-o", merged.to_str().unwrap(), "--format", "txt,jsonl"])
            .args(inputs)
            .output()
            .unwrap()
    };
    let early = merge(&[job_s]);
    assert_eq!(early.status.code(), Some(1));
    assert!(stderr(&early).contains("shards 2 of 3 are missing"), "{}", stderr(&early));

    // A shard with two files or more (which one depends on the paths'
    // hashes) is killed after its first (its log cut back), then resumed.
    assert!(run(&["-o", job_s, "--shard", "2/3"], &[]).status.success());
    let records = |i: usize| {
        let log = job.join(format!("shard-{i:05}-of-00003")).join("transcripts.jsonl");
        std::fs::read_to_string(log).unwrap()
    };
    let killed = (0..3).find(|&i| records(i).lines().count() >= 2).expect("10 files in 3 shards");
    let log_path = job.join(format!("shard-{killed:05}-of-00003")).join("transcripts.jsonl");
    let first_line = records(killed).lines().next().unwrap().to_string();
    std::fs::write(&log_path, format!("{first_line}\n")).unwrap();
    let cut = merge(&[job_s]);
    assert!(stderr(&cut).contains("not done yet"), "{}", stderr(&cut));
    let resumed = run(&["-o", job_s, "--shard", &format!("{killed}/3")], &[]);
    assert!(resumed.status.success() && stderr(&resumed).contains("resuming"), "{}", stderr(&resumed));

    let ok = merge(&[job_s]);
    assert!(ok.status.success(), "{}", stderr(&ok));
    let texts = |d: &Path| {
        let mut rows: Vec<(String, String)> = jsonl(&d.join("transcripts.jsonl"))
            .iter()
            .map(|r| (r["file"].as_str().unwrap().to_string(), r["text"].as_str().unwrap().to_string()))
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(texts(&merged), texts(&whole));
    assert_eq!(texts(&merged).len(), files.len());
    for f in &files {
        let stem = hark_stem(f);
        let read = |d: &Path| std::fs::read_to_string(d.join(format!("{stem}.txt"))).unwrap();
        assert_eq!(read(&merged), read(&whole), "{f}");
    }
    // The merged log is in the job's input order.
    let order: Vec<String> =
        jsonl(&merged.join("transcripts.jsonl")).iter().map(|r| r["file"].as_str().unwrap().to_string()).collect();
    assert_eq!(order, files);

    for bad in ["3/2", "2/2", "x"] {
        let out = run(&["--shard", bad], &[]);
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
        assert!(stderr(&out).contains("--shard"), "{}", stderr(&out));
    }
}

#[test]
fn several_devices_transcribe_what_one_does() {
    let dir = tempfile::tempdir().unwrap();
    let files = short_wavs(dir.path(), "d", 9, 0.7);
    let model = model_dir().to_str().unwrap().to_string();
    let run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_hark"))
            .args(extra)
            .args(["transcribe", "--model", &model, "--format", "jsonl", "--batch", "2"])
            .args(&files)
            .env_remove("HARK_PLUGIN")
            .output()
            .unwrap();
        assert!(out.status.success(), "{extra:?}: {}", stderr(&out));
        (file_texts(&out), stderr(&out))
    };
    let (one, _) = run(&["--cpu-devices", "1"]);
    assert_eq!(one.len(), files.len());
    for n in ["2", "4"] {
        let (many, err) = run(&["--cpu-devices", n]);
        assert!(err.contains(&format!("hark: {n} devices")), "{err}");
        assert_eq!(many, one, "{n} devices");
    }
    // Chosen devices: the model lives and runs on 1 and 3 only.
    let picked = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args([
            "--cpu-devices",
            "4",
            "transcribe",
            "--model",
            &model,
            "--devices",
            "1,3",
            "--batch",
            "2",
            "--format",
            "jsonl",
        ])
        .args(&files)
        .env_remove("HARK_PLUGIN")
        .output()
        .unwrap();
    assert!(picked.status.success(), "{}", stderr(&picked));
    assert_eq!(file_texts(&picked), one, "devices 1,3");

    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(["--cpu-devices", "4", "transcribe", "--model", &model, "--devices", "9", &files[0]])
        .env_remove("HARK_PLUGIN")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--devices: device 4 does not exist: the plugin has 4"), "{}", stderr(&out));
    for bad in ["0", "x", "1,1"] {
        let out = hark(&["transcribe", "--devices", bad, &files[0]]);
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
        assert!(stderr(&out).contains("--devices"), "{}", stderr(&out));
    }
}

/// (file, text) of each JSONL line a run printed, sorted by file.
fn file_texts(out: &Output) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|r| (r["file"].as_str().unwrap().to_string(), r["text"].as_str().unwrap().to_string()))
        .collect();
    rows.sort();
    rows
}

/// The cascade's second pass over the windows of several files in one call
/// (`--second-pass-batch`, default the batch) gives exactly the transcripts
/// of one window per call: short files, and files of 24 s and 31 s whose
/// second pass takes several 10 s windows, some of them finishing while
/// others wait.
#[test]
fn batched_second_passes_give_the_transcripts_of_one_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let held_out: Vec<std::path::PathBuf> =
        ["awb_market", "caribbean_boat", "caribbean_road", "scotland_market", "scotland_water"]
            .iter()
            .map(|n| root.join(format!("tests/fixtures/held_out/{n}.wav")))
            .collect();
    let mut files: Vec<String> = held_out.iter().map(|p| p.display().to_string()).collect();
    files.push(root.join("tests/fixtures/speech.wav").display().to_string());
    for (name, repeats) in [("long24.wav", 2), ("long31.wav", 3)] {
        let out = dir.path().join(name);
        let mut sox = Command::new("sox");
        for _ in 0..repeats {
            sox.args(&held_out);
        }
        let status = sox.arg(&out).status().expect("sox is needed: apt-get install sox");
        assert!(status.success());
        files.insert(2, out.display().to_string());
    }
    let model = model_dir().to_str().unwrap().to_string();
    let run = |second_pass_batch: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_hark"))
            .args(["transcribe", "--model", &model, "--format", "jsonl", "--batch", "4", "--quiet"])
            .args(["--second-pass-batch", second_pass_batch])
            .args(&files)
            .env_remove("HARK_PLUGIN")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        file_texts(&out)
    };
    let one = run("1");
    assert_eq!(one.len(), files.len());
    let long = one.iter().find(|(f, _)| f.ends_with("long31.wav")).unwrap();
    assert!(long.1.split_whitespace().count() > 30, "the long file is transcribed through: {long:?}");
    for batch in ["3", "4"] {
        assert_eq!(run(batch), one, "second-pass batch {batch}");
    }
}

#[test]
fn tune_scores_a_grid_on_a_set_and_writes_the_best_to_decoding_json() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("dev.jsonl");
    let mut lines = String::new();
    for i in 0..3 {
        let wav = dir.path().join(format!("d{i}.wav"));
        write_wav(&wav, 16000, 1, 0.8 + 0.2 * i as f64, 16, false);
        lines += &format!("{}\n", serde_json::json!({"audio": wav, "text": "a test sentence"}));
    }
    std::fs::write(&manifest, lines).unwrap();
    let model = dir.path().join("model");
    std::fs::create_dir(&model).unwrap();
    for f in ["config.json", "model.safetensors", "tokenizer.json"] {
        std::fs::copy(model_dir().join(f), model.join(f)).unwrap();
    }
    let (m, data) = (model.to_str().unwrap(), manifest.to_str().unwrap());
    let grid = ["--beams", "1,4", "--lm-weights", "0.5", "--word-bonuses", "0,1", "--oov-log-probs", "-8"];
    let mut args = vec!["tune", "--model", m, "--data", data, "--write"];
    args.extend(grid);
    let o = hark(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    // One line per setting: 2 beams x 2 bonuses.
    assert_eq!(out.lines().filter(|l| l.starts_with("beam ")).count(), 4, "{out}");
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(model.join("decoding.json")).unwrap()).unwrap();
    assert!([1, 4].contains(&written["beam"].as_u64().unwrap()), "{written}");
    assert!([0.0, 1.0].contains(&written["word_bonus"].as_f64().unwrap()), "{written}");
    assert!(written["tuned_on"].as_str().unwrap().contains("3 utterances"), "{written}");
    // The chosen setting's line has the lowest WER of the grid.
    let wer = |l: &str| l.rsplit(": ").next().unwrap().split('%').next().unwrap().parse::<f64>().unwrap();
    let lowest = out.lines().filter(|l| l.starts_with("beam ")).map(wer).fold(f64::INFINITY, f64::min);
    assert!(written["tuned_on"].as_str().unwrap().contains(&format!("WER {lowest:.2}%")), "{written} vs {out}");
    // The model loads with it.
    let wav = dir.path().join("d0.wav");
    let o = hark(&["transcribe", "--model", m, "--quiet", wav.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A bad value in the grid is refused by name.
    let o = hark(&["tune", "--model", m, "--data", data, "--lm-weights=-1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("lm_weight -1"), "{}", stderr(&o));
    // The installed default model is not rewritten.
    let o = hark(&["tune", "--data", data, "--write"]);
    assert!(!o.status.success() && stderr(&o).contains("--write needs --model"), "{}", stderr(&o));
}
