//! The compile cache: a second model loads what the first compiled, with the
//! same results, and a damaged entry is compiled afresh.

mod common;
use common::*;
use hark_engine::CompileCache;
use hark_model::{Gating, ProgramKind, ProgramShape, build};

fn second_pass_output(model: &hark_engine::DeviceModel) -> Vec<f32> {
    let cfg = &model.config;
    let p = model
        .compile(build(cfg, ProgramKind::SecondPass, ProgramShape { batch: 1, frames: 6 }, Gating::Off).unwrap())
        .unwrap();
    let f = upload_f32(&noise((6 * D) as usize, 3), &[1, 6, D]);
    let l = upload_i32(&[6], &[1]);
    p.call(&[("frames", &f), ("lengths", &l)], None).unwrap().take("second_pass", "frames").unwrap().to_host().unwrap()
}

#[test]
fn a_cached_program_loads_and_computes_the_same() {
    let _device = device_scope();
    let cfg = tiny("practical-cascade");
    let dir = tempfile::tempdir().unwrap();
    let cache = CompileCache::new(dir.path().join("compiled"));
    let want = second_pass_output(&model(&cfg, 5));

    let mut first = model(&cfg, 5);
    first.set_compile_cache(cache.clone());
    assert_eq!(second_pass_output(&first), want);
    assert_eq!(cache.loaded(), 0);
    let entries: Vec<_> = std::fs::read_dir(cache.dir()).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(entries.len(), 1, "{entries:?}");

    let mut second = model(&cfg, 5);
    second.set_compile_cache(cache.clone());
    assert_eq!(second_pass_output(&second), want);
    assert_eq!(cache.loaded(), 1);

    // A damaged entry is compiled again and replaced.
    std::fs::write(&entries[0], b"damaged").unwrap();
    assert_eq!(second_pass_output(&second), want);
    assert_eq!(cache.loaded(), 1);
    assert!(std::fs::read(&entries[0]).unwrap().len() > 100);
    assert_eq!(second_pass_output(&second), want);
    assert_eq!(cache.loaded(), 2);
}
