//! Installed like a tool: a `hark` copied out of the checkout (what
//! `cargo install` does) and an unpacked release package both find the
//! default model without the source tree, once `hark setup` has put it in
//! the cache (or beside the package's binary), and transcribe as the
//! checkout's build does. `scripts/check_install.sh` (run by CI) repeats
//! the first with a real `cargo install --root`.
//!
//! The plugin is the one already installed (`HARK_PLUGIN`): installing it
//! again would download it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn checkout() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn fixture() -> String {
    checkout().join("tests/fixtures/speech.wav").display().to_string()
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// The plugin the checkout's `hark` finds.
fn plugin_path() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_hark")).arg("devices").output().unwrap();
    let (stdout, stderr) = text(&out);
    let line = stdout.lines().find(|l| l.starts_with("plugin")).unwrap_or_else(|| panic!("{stderr}"));
    line.trim_start_matches("plugin").trim().split(" (found via").next().unwrap().to_string()
}

/// `bin` run from `cwd` as on a machine without Rust: its own cache root,
/// a PATH without cargo, no model named.
fn run_elsewhere(bin: &Path, cwd: &Path, cache: &Path, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .current_dir(cwd)
        .env("PATH", "/usr/bin:/bin")
        .env("HARK_CACHE_DIR", cache)
        .env("HARK_PLUGIN", plugin_path())
        .env_remove("HARK_MODEL")
        .output()
        .expect("running the installed hark")
}

/// What the checkout's build transcribes for the fixture.
fn checkout_transcript() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args(["transcribe", "--quiet", &fixture()])
        .env_remove("HARK_MODEL")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out).1);
    text(&out).0
}

#[test]
fn an_installed_binary_uses_the_model_setup_put_in_the_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let bin_dir = tmp.path().join("away/prefix/bin");
    std::fs::create_dir_all(&bin_dir).unwrap();
    let bin = bin_dir.join("hark");
    std::fs::copy(env!("CARGO_BIN_EXE_hark"), &bin).unwrap();
    let cache = tmp.path().join("cache");
    let run = |args: &[&str]| run_elsewhere(&bin, tmp.path(), &cache, args);

    let before = run(&["transcribe", "--quiet", &fixture()]);
    let (_, stderr) = text(&before);
    assert_eq!(before.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no default model") && stderr.contains("hark setup"), "{stderr}");

    let setup = run(&["setup", "--model-only"]);
    assert!(setup.status.success(), "{}", text(&setup).1);
    assert!(text(&setup).0.contains("default model installed"), "{}", text(&setup).0);
    let again = run(&["setup", "--model-only"]);
    assert!(text(&again).0.contains("already installed"), "{}", text(&again).0);

    let after = run(&["transcribe", "--quiet", &fixture()]);
    assert!(after.status.success(), "{}", text(&after).1);
    assert_eq!(text(&after).0, checkout_transcript());
    let devices = text(&run(&["devices"])).0;
    assert!(devices.contains("(found via Cache)") && devices.contains("sha256"), "{devices}");

    // A damaged copy is refused, naming the file and the fix.
    let installed = std::fs::read_dir(cache.join("models")).unwrap().next().unwrap().unwrap().path();
    std::fs::write(installed.join("lexicon.tsv"), "damaged\t1\n").unwrap();
    let damaged = run(&["transcribe", "--quiet", &fixture()]);
    let (_, stderr) = text(&damaged);
    assert_eq!(damaged.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("lexicon.tsv") && stderr.contains("hark setup --model-only"), "{stderr}");
}

#[test]
fn an_unpacked_package_runs_on_a_path_without_cargo() {
    let tmp = tempfile::tempdir().unwrap();
    let dist = tmp.path().join("dist");
    let out = Command::new("bash")
        .arg(checkout().join("scripts/package.sh"))
        .args(["--binary", env!("CARGO_BIN_EXE_hark"), "--out"])
        .arg(&dist)
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stderr}");
    let tarball = PathBuf::from(stdout.trim());
    let unpacked = tmp.path().join("opt");
    std::fs::create_dir_all(&unpacked).unwrap();
    let untar = Command::new("tar").arg("-xzf").arg(&tarball).arg("-C").arg(&unpacked).status().unwrap();
    assert!(untar.success());
    let root = std::fs::read_dir(&unpacked).unwrap().next().unwrap().unwrap().path();
    for file in ["bin/hark", "weights/model.safetensors", "weights/SHA256SUMS", "README.md", "docs/LICENSES.md"] {
        assert!(root.join(file).is_file(), "{file} is in the package");
    }
    let cache = tmp.path().join("cache");
    let bin = root.join("bin/hark");
    let run = run_elsewhere(&bin, tmp.path(), &cache, &["transcribe", "--quiet", &fixture()]);
    assert!(run.status.success(), "{}", text(&run).1);
    assert_eq!(text(&run).0, checkout_transcript());
    let devices = text(&run_elsewhere(&bin, tmp.path(), &cache, &["devices"])).0;
    assert!(devices.contains("(found via BesideBinary)"), "{devices}");
}

#[test]
fn completions_come_for_each_shell() {
    for (shell, marker) in [("bash", "complete -F"), ("zsh", "#compdef hark"), ("fish", "complete -c hark")] {
        let out = Command::new(env!("CARGO_BIN_EXE_hark")).args(["completions", shell]).output().unwrap();
        let (stdout, stderr) = text(&out);
        assert!(out.status.success(), "{shell}: {stderr}");
        assert!(stdout.contains(marker) && stdout.contains("transcribe"), "{shell}: {stdout}");
    }
}

#[test]
fn setup_says_what_to_do_without_pip_or_offline() {
    let tmp = tempfile::tempdir().unwrap();
    let setup = |python: &Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_hark"))
            .args(["setup", "--plugin-only"])
            .env("HARK_CACHE_DIR", tmp.path().join("cache"))
            .env("HARK_PYTHON", python)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        text(&out).1
    };
    let stderr = setup(&tmp.path().join("no-python"));
    assert!(stderr.contains("Python 3 with pip is needed") && stderr.contains("--wheel"), "{stderr}");
    // A pip that cannot reach the index, as pip words it.
    let offline = tmp.path().join("offline-python");
    std::fs::write(
        &offline,
        "#!/bin/sh\necho 'WARNING: Retrying after connection broken by NewConnectionError: Failed to establish a new connection' >&2\nexit 1\n",
    )
    .unwrap();
    std::process::Command::new("chmod").arg("+x").arg(&offline).status().unwrap();
    let stderr = setup(&offline);
    assert!(stderr.contains("cannot be reached (offline?)") && stderr.contains("--wheel FILE"), "{stderr}");
    assert!(!tmp.path().join("cache/plugins").exists(), "nothing is left half-installed");
}
