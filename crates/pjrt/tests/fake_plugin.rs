//! Version and table-size checks at plugin load, against fake plugins built
//! here with the system C compiler: one that claims a newer C API than ours,
//! and one whose function table ends right after its version header (so any
//! call would read past it).

use std::path::{Path, PathBuf};
use std::process::Command;

use hark_pjrt::{Error, Plugin};

/// Builds a shared library whose `GetPjrtApi` returns a table of
/// `struct_size` bytes claiming C API `major.minor`.
fn fake_plugin(dir: &Path, name: &str, struct_size: usize, major: i32, minor: i32) -> PathBuf {
    let src = dir.join(format!("{name}.c"));
    // Layout of the PJRT_Api header: struct_size, extension_start, then
    // PJRT_Api_Version {struct_size, extension_start, major, minor}; the
    // function slots follow and are all left null.
    std::fs::write(
        &src,
        format!(
            "#include <stddef.h>
struct version {{ size_t struct_size; void* ext; int major; int minor; }};
struct api {{ size_t struct_size; void* ext; struct version v; void* slots[200]; }};
static struct api API = {{ {struct_size}, 0, {{ 24, 0, {major}, {minor} }}, {{0}} }};
const struct api* GetPjrtApi(void) {{ return &API; }}
"
        ),
    )
    .unwrap();
    let lib = dir.join(format!("lib{name}.so"));
    let status = Command::new("cc")
        .args(["-shared", "-fPIC", "-o"])
        .arg(&lib)
        .arg(&src)
        .status()
        .expect("a C compiler (`cc`) is needed to build the fake plugins");
    assert!(status.success(), "cc failed");
    lib
}

#[test]
fn a_plugin_with_a_newer_minor_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let lib = fake_plugin(dir.path(), "newer", 40 + 8 * 300, 0, hark_pjrt::ffi::PJRT_API_MINOR + 1);
    let err = Plugin::load(&lib).unwrap_err();
    match &err {
        Error::IncompatibleVersion { plugin_minor, ours_minor, .. } => assert!(plugin_minor > ours_minor),
        other => panic!("expected IncompatibleVersion, got {other}"),
    }
    assert!(err.to_string().contains("must not be newer"), "{err}");
}

#[test]
fn a_plugin_with_another_major_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let lib = fake_plugin(dir.path(), "major", 40 + 8 * 136, 1, 0);
    assert!(matches!(Plugin::load(&lib).unwrap_err(), Error::IncompatibleVersion { plugin_major: 1, .. }));
}

#[test]
fn no_slot_past_the_plugins_table_is_called() {
    let dir = tempfile::tempdir().unwrap();
    // An old plugin whose table holds only the version header: even
    // PJRT_Plugin_Initialize (slot 3) lies past its end.
    let lib = fake_plugin(dir.path(), "short", 40, 0, 1);
    let err = Plugin::load(&lib).unwrap_err();
    assert!(matches!(err, Error::MissingFunction { function: "PJRT_Plugin_Initialize", api_size: 40 }), "{err}");
}

#[test]
fn a_null_slot_inside_the_table_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let lib = fake_plugin(dir.path(), "nulls", 40 + 8 * 136, 0, 106);
    let err = Plugin::load(&lib).unwrap_err();
    assert!(matches!(err, Error::MissingFunction { function: "PJRT_Plugin_Initialize", .. }), "{err}");
}
