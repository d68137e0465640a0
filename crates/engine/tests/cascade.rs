//! The second pass of the cascade: non-causal, blind to padding, and its
//! output decodes.

mod common;
use common::*;
use hark_model::{Gating, ProgramKind, ProgramShape, build};

const B: i64 = 2;
const T: i64 = 10;

fn second_pass(model: &hark_engine::DeviceModel, frames: &[f32], lengths: &[i32]) -> Vec<f32> {
    let cfg = &model.config;
    let p = model
        .compile(build(cfg, ProgramKind::SecondPass, ProgramShape { batch: B, frames: T }, Gating::Off).unwrap())
        .unwrap();
    let f = upload_f32(frames, &[B, T, D]);
    let l = upload_i32(lengths, &[B]);
    p.call(&[("frames", &f), ("lengths", &l)], None).unwrap().take("second_pass", "frames").unwrap().to_host().unwrap()
}

#[test]
fn second_pass_sees_the_future_but_not_the_padding() {
    let _device = device_scope();
    let cfg = tiny("practical-cascade");
    let model = model(&cfg, 5);
    let n = (B * T * D) as usize;
    let frames = noise(n, 1);
    let base = second_pass(&model, &frames, &[T as i32, 6]);

    // Non-causal: changing the last frame of slot 0 changes its first frame.
    // (Not a constant shift: every layer starts with a LayerNorm, blind to it.)
    let mut later = frames.clone();
    later[((T - 1) * D) as usize..(T * D) as usize].copy_from_slice(&noise(D as usize, 2));
    let changed = second_pass(&model, &later, &[T as i32, 6]);
    assert!(max_abs_diff(&changed[..D as usize], &base[..D as usize]) > 1e-3, "the second pass must look ahead");

    // Padding: slot 1 has 6 real frames; what lies beyond them is ignored.
    let mut padded = frames.clone();
    let tail = ((T + 6) * D) as usize;
    let junk = noise(padded.len() - tail, 3);
    padded[tail..].iter_mut().zip(junk).for_each(|(v, j)| *v = 100.0 * j);
    let same = second_pass(&model, &padded, &[T as i32, 6]);
    let real = ((T * D) as usize)..((T + 6) * D) as usize;
    let diff = max_abs_diff(&same[real.clone()], &base[real]);
    assert!(diff < 1e-5, "padded frames leaked into real ones ({diff})");
}
