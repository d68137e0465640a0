//! `hark train` end to end on a tiny corpus made here: it trains a
//! tokenizer, takes steps, checkpoints, resumes, stops cleanly on Ctrl-C,
//! and exports a model directory `hark transcribe` loads.

use std::path::Path;
use std::process::{Command, Output, Stdio};

fn hark<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hark")).args(args).env_remove("HARK_PLUGIN").output().expect("running hark")
}

/// A corpus of tone sequences whose "words" name the tones.
fn corpus(dir: &Path) -> std::path::PathBuf {
    let words = [("low", 200.0), ("mid", 500.0), ("high", 1100.0), ("top", 2300.0)];
    let mut lines = Vec::new();
    for i in 0..12 {
        let chosen: Vec<(&str, f64)> = (0..3).map(|j| words[(i * 7 + j * 3) % 4]).collect();
        let path = dir.join(format!("u{i}.wav"));
        let mut w = hound::WavWriter::create(
            &path,
            hound::WavSpec {
                channels: 1,
                sample_rate: 16000,
                bits_per_sample: 16,
                sample_format: hound::SampleFormat::Int,
            },
        )
        .unwrap();
        for (_, f) in &chosen {
            for n in 0..4800 {
                w.write_sample((8000.0 * (2.0 * std::f64::consts::PI * f * n as f64 / 16000.0).sin()) as i16).unwrap();
            }
        }
        w.finalize().unwrap();
        let text: Vec<&str> = chosen.iter().map(|(w, _)| *w).collect();
        lines.push(serde_json::json!({"audio": format!("u{i}.wav"), "text": text.join(" ")}).to_string());
    }
    let manifest = dir.join("train.jsonl");
    std::fs::write(&manifest, lines.join("\n")).unwrap();
    manifest
}

/// `source` (relative to the workspace root) with `vocab_size` classes,
/// written into `dir`.
fn config_from(dir: &Path, source: &str, vocab_size: i64) -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join(source)).unwrap()).unwrap();
    cfg["decoder"]["vocab_size"] = serde_json::json!(vocab_size);
    let path = dir.join(Path::new(source).file_name().unwrap());
    std::fs::write(&path, cfg.to_string()).unwrap();
    path
}

/// The tiny cascade with a vocabulary the tiny corpus can fill: letters of
/// four words plus merges.
fn config(dir: &Path) -> std::path::PathBuf {
    config_from(dir, "tests/fixtures/tiny_cascade.json", 16)
}

/// `hark train` on the tiny corpus in small batches, one loader thread,
/// logging every `log_every` steps; callers add what differs.
fn train_args(cfg: &Path, manifest: &Path, out: &Path, log_every: &str) -> Vec<String> {
    let mut args: Vec<String> = ["train", "--config"].map(String::from).to_vec();
    args.push(cfg.display().to_string());
    args.extend(["--data".into(), manifest.display().to_string(), "--out".into(), out.display().to_string()]);
    args.extend(
        ["--frame-budget", "100", "--buckets", "50", "--threads", "1", "--log-every", log_every].map(String::from),
    );
    args
}

#[test]
fn trains_checkpoints_resumes_and_exports_a_usable_model() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = corpus(dir.path());
    let cfg = config(dir.path());
    let out = dir.path().join("run");
    let mut common = train_args(&cfg, &manifest, &out, "2");
    common.extend(["--checkpoint-every", "4", "--warmup", "2"].map(String::from));
    let mut args = common.clone();
    args.extend(["--steps", "4"].map(String::from));
    let o = hark(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("training a 15-token tokenizer"), "{err}");
    for f in [
        "tokenizer.json",
        "checkpoint/model.safetensors",
        "checkpoint/optimizer.safetensors",
        "checkpoint/data_cursor.json",
        "model/config.json",
        "model/model.safetensors",
        "model/tokenizer.json",
    ] {
        assert!(out.join(f).is_file(), "{f} missing");
    }
    let mut args = common;
    args.extend(["--steps", "6", "--resume"].map(String::from));
    let o = hark(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let log: Vec<serde_json::Value> = std::fs::read_to_string(out.join("train.log.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let steps: Vec<u64> = log.iter().map(|l| l["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, vec![2, 4, 6], "the resumed run continues the step count");
    assert!(log.iter().all(|l| l["loss"].as_f64().unwrap().is_finite()));

    let wav = dir.path().join("u0.wav");
    let o = hark(&["transcribe", "--model", out.join("model").to_str().unwrap(), wav.to_str().unwrap(), "--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    // Scoring the exported model on its manifest: both passes, as JSON rows.
    let o =
        hark(&["eval", "--model", out.join("model").to_str().unwrap(), "--data", manifest.to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let row: serde_json::Value = serde_json::from_str(String::from_utf8_lossy(&o.stdout).trim()).unwrap();
    assert_eq!(row["words"], 36, "12 utterances of 3 words");
    for rate in ["wer", "wer_first_pass", "cer", "cer_first_pass"] {
        assert!(row[rate].as_f64().is_some_and(|r| r >= 0.0), "{rate} in {row}");
    }

    // Training the exported model further keeps its tokenizer (its classes'
    // numbering) instead of training a new one.
    let more = dir.path().join("more");
    let model = out.join("model");
    let mut args: Vec<String> = ["train", "--model", model.to_str().unwrap()].map(String::from).to_vec();
    args.extend(["--data".into(), manifest.display().to_string(), "--out".into(), more.display().to_string()]);
    args.extend(["--frame-budget", "100", "--buckets", "50", "--threads", "1", "--steps", "1"].map(String::from));
    let o = hark(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("training a"), "{err}");
    let read = |p: &Path| std::fs::read(p).unwrap();
    assert_eq!(read(&more.join("tokenizer.json")), read(&model.join("tokenizer.json")));
}

#[test]
fn ctrl_c_stops_with_a_checkpoint() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = corpus(dir.path());
    let cfg = config(dir.path());
    let out = dir.path().join("run");
    let child = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(train_args(&cfg, &manifest, &out, "1"))
        .args(["--checkpoint-every", "100000", "--steps", "100000"])
        .env_remove("HARK_PLUGIN")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until it is taking steps, then interrupt it.
    let log = out.join("train.log.jsonl");
    let start = std::time::Instant::now();
    while std::fs::read_to_string(&log).map(|s| s.lines().count()).unwrap_or(0) < 2 {
        assert!(start.elapsed().as_secs() < 120, "no training steps within two minutes");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("interrupted at step"), "{err}");
    assert!(out.join("checkpoint/optimizer.safetensors").is_file());
}

/// `hark eval` of a gated model at several thresholds reports the share of
/// the gated modules' compute each executed. A fresh model's gates are open
/// on every frame at probability sigmoid(3) = 0.953: thresholds below that
/// execute every module, one above it none.
#[test]
fn eval_of_a_gated_model_reports_the_compute_it_executed() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = corpus(dir.path());
    // A vocabulary with room for init-model's sample-text tokenizer.
    let config = config_from(dir.path(), "crates/engine/tests/goldens/amortized/config.json", 40);
    let model = dir.path().join("model");
    let o = hark(&["init-model", "--config", config.to_str().unwrap(), "--out", model.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = hark(&[
        "eval",
        "--model",
        model.to_str().unwrap(),
        "--data",
        manifest.to_str().unwrap(),
        "--thresholds",
        "0,0.9,0.99",
        "--json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let fractions: Vec<f64> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["flops_fraction"].as_f64().unwrap())
        .collect();
    assert_eq!(fractions.len(), 3);
    assert!((fractions[0] - 1.0).abs() < 1e-9, "{fractions:?}");
    assert!((fractions[1] - 1.0).abs() < 1e-9, "{fractions:?}");
    assert!(fractions[2].abs() < 1e-9, "{fractions:?}");
}

/// `hark train --devices 2` on two CPU devices takes the steps one device
/// does on the same batches (each device half of every batch): the logged
/// losses agree to 1e-4 relative (the all-reduce reorders the sums). A
/// device the plugin does not have is refused, naming the flag.
#[test]
fn data_parallel_training_on_two_devices_follows_one_device() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = corpus(dir.path());
    let cfg = config(dir.path());
    let losses = |devices: &str| -> Vec<f64> {
        let out = dir.path().join(format!("run-{devices}"));
        let mut args = vec!["--cpu-devices".to_string(), "2".into()];
        args.extend(train_args(&cfg, &manifest, &out, "1"));
        args.extend(["--steps", "4", "--warmup", "2", "--no-augment", "--devices", devices].map(String::from));
        let o = hark(&args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{err}");
        if devices == "2" {
            assert!(err.contains("data parallel on 2 devices"), "{err}");
        }
        std::fs::read_to_string(out.join("train.log.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["loss"].as_f64().unwrap())
            .collect()
    };
    let (one, two) = (losses("1"), losses("2"));
    assert_eq!(one.len(), 4);
    assert_eq!(one.len(), two.len());
    for (step, (a, b)) in one.iter().zip(&two).enumerate() {
        assert!((a - b).abs() <= 1e-4 * a.abs().max(1.0), "step {}: {a} on one device, {b} on two", step + 1);
    }
    let mut args = vec!["--cpu-devices".to_string(), "2".into()];
    args.extend(train_args(&cfg, &manifest, &dir.path().join("bad"), "1"));
    args.extend(["--steps", "1", "--devices", "0,2"].map(String::from));
    let o = hark(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("--devices: device 2 does not exist"), "{err}");
}
