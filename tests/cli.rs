//! End-to-end tests of the `hark` binary: what a new user runs first, and
//! what they see when something is wrong.
//!
//! Needs the CPU plugin installed (`cargo run --release -- setup`).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

fn hark(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hark"));
    cmd.args(args).env_remove("HARK_PLUGIN");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("running hark")
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

#[test]
fn devices_shows_platform_api_version_and_devices() {
    let out = hark(&["devices", "--cpu-devices", "3"], &[]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains("PJRT C API   0.1"), "{stdout}");
    assert!(stdout.contains("platform     cpu"), "{stdout}");
    assert!(stdout.contains("devices      3"), "{stdout}");
    assert!(stdout.contains("stablehlo_current_version"), "{stdout}");
}

#[test]
fn a_missing_plugin_path_is_a_clear_error() {
    let out = hark(&["--plugin", "/nonexistent/libpjrt.so", "devices"], &[]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("/nonexistent/libpjrt.so") && stderr.contains("does not exist"), "{stderr}");

    let out = hark(&["devices"], &[("HARK_PLUGIN", Path::new("/nonexistent/env.so"))]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("/nonexistent/env.so"), "{stderr}");
}

#[test]
fn a_non_plugin_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("libnot_a_plugin.so");
    std::fs::write(&fake, b"garbage").unwrap();
    let out = hark(&["--plugin", fake.to_str().unwrap(), "devices"], &[]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("cannot load PJRT plugin") && stderr.contains("libnot_a_plugin.so"), "{stderr}");
}

#[test]
fn setup_refuses_a_wheel_with_the_wrong_hash() {
    let dir = tempfile::tempdir().unwrap();
    let wheel = dir.path().join("fastatomstruct_xla_cpu-2026.6.23-py3-none-manylinux_2_27_x86_64.whl");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&wheel).unwrap());
    zip.start_file("fastatomstruct_xla_cpu/libpjrt_cpu.so", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(b"a tampered plugin").unwrap();
    zip.finish().unwrap();
    let cache = dir.path().join("cache");
    let out = hark(&["setup", "--wheel", wheel.to_str().unwrap()], &[("HARK_CACHE_DIR", &cache)]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("sha256") && stderr.contains("refusing to install"), "{stderr}");
    let installed = hark_plugin_files(&cache);
    assert!(installed.is_empty(), "nothing installed: {installed:?}");
}

#[test]
fn setup_for_gpu_explains_how_to_get_the_plugin() {
    let out = hark(&["--device", "gpu", "setup"], &[]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("jax-cuda13-pjrt"), "{stderr}");
}

#[test]
fn an_unknown_device_is_rejected_by_the_parser() {
    let out = hark(&["--device", "npu", "devices"], &[]);
    let (_, stderr) = text(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("unknown device `npu`"), "{stderr}");
}

fn hark_plugin_files(root: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                found.push(p);
            }
        }
    }
    found
}

#[test]
fn committed_hlo_matches_the_current_graphs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = hark(&["export-hlo", "--check", "--out", root.join("hlo").to_str().unwrap()], &[]);
    let (_, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
}

#[test]
fn describe_prints_the_papers_table_as_json() {
    let out = hark(&["describe", "--preset", "practical", "--json"], &[]);
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    for key in
        ["\"params\"", "\"state_bytes_per_stream\"", "\"flops_per_audio_second\"", "\"step\"", "\"encoder.block7\""]
    {
        assert!(stdout.contains(key), "{key} missing from {stdout}");
    }
    let baseline = hark(&["describe", "--preset", "baseline", "--json"], &[]);
    let state = |s: &str| -> u64 {
        let at = s.find("\"state_bytes_per_stream\":").unwrap() + "\"state_bytes_per_stream\":".len();
        s[at..].split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap()
    };
    assert!(
        state(&stdout) * 3 < state(&String::from_utf8_lossy(&baseline.stdout)),
        "practical keeps far less state than baseline"
    );
}

#[test]
fn size_and_threshold_options_outside_their_range_are_one_line_errors() {
    // Each is refused by the parser, naming the flag and the range, before
    // a plugin is loaded or a byte allocated.
    for (flag, value, range) in [
        ("--batch", "0", "1..=256"),
        ("--batch", "-1", "1..=256"),
        ("--batch", "100000", "1..=256"),
        ("--chunk", "0", "1..=250"),
        ("--beam", "0", "1..=64"),
        ("--beam", "1000000", "1..=64"),
        ("--threads", "100000", "0..=256"),
        ("--cpu-devices", "100000", "1..=64"),
        ("--threshold", "nan", "from 0 to 1"),
        ("--threshold", "inf", "from 0 to 1"),
        ("--threshold", "1.5", "from 0 to 1"),
    ] {
        let out = hark(&["transcribe", flag, value, "x.wav"], &[]);
        let (_, stderr) = text(&out);
        assert_eq!(out.status.code(), Some(2), "{flag} {value}: {stderr}");
        assert!(stderr.contains(flag) && stderr.contains(range), "{flag} {value}: {stderr}");
        assert!(!stderr.contains("panicked") && !stderr.contains("unexpected argument"), "{stderr}");
    }
}

#[test]
fn the_plugins_own_log_lines_are_hidden_unless_verbose() {
    let run = |verbose: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hark"));
        cmd.args(["--cpu-devices", "2", "devices"]).env_remove("HARK_PLUGIN").env_remove("TF_CPP_MIN_LOG_LEVEL");
        if verbose {
            cmd.arg("--verbose");
        }
        let out = cmd.output().expect("running hark");
        assert!(out.status.success(), "{}", text(&out).1);
        text(&out)
    };
    // The pinned CPU plugin logs this at INFO level when given a device count.
    let (stdout, stderr) = run(true);
    assert!(stderr.contains("cpu_device_count set via create_options"), "{stderr}");
    let (quiet_stdout, quiet_stderr) = run(false);
    assert_eq!(quiet_stderr, "", "plugin lines reached stderr");
    assert_eq!(quiet_stdout, stdout);
}

#[test]
fn a_reader_that_stops_early_ends_hark_quietly() {
    // `hark devices | grep -q plugin`: the reader leaves before hark's last
    // line (here, before its first), and hark once panicked on that write.
    let out =
        Command::new("sh").arg("-c").arg(format!("'{}' devices | true", env!("CARGO_BIN_EXE_hark"))).output().unwrap();
    let (_, stderr) = text(&out);
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{stderr}");
}
