//! The arbitrator: at threshold 0 the gated model equals the ungated one;
//! as the threshold rises, fewer frames are kept and the executed FLOPs fall.

mod common;
use common::*;
use hark_model::programs::GatedCost;
use hark_model::{Gating, ProgramKind, ProgramShape, build};

const B: i64 = 2;
const T: i64 = 16;

#[test]
fn threshold_zero_equals_the_ungated_model_and_higher_thresholds_skip_work() {
    let _device = device_scope();
    let cfg = tiny("amortized");
    let model = model(&cfg, 11);
    let shape = ProgramShape { batch: B, frames: T };
    let gated = model.compile(build(&cfg, ProgramKind::Encode, shape, Gating::Dynamic).unwrap()).unwrap();
    let ungated = model.compile(build(&cfg, ProgramKind::Encode, shape, Gating::Off).unwrap()).unwrap();
    let feats = upload_f32(&noise((B * STACK * T * MEL) as usize, 5), &[B, STACK * T, MEL]);
    let lengths = upload_i32(&[T as i32; B as usize], &[B]);

    let mut o = ungated.call(&[("features", &feats), ("lengths", &lengths)], None).unwrap();
    let reference: Vec<f32> = o.take("encode", "frames").unwrap().to_host().unwrap();

    let cost = GatedCost::new(&cfg, ProgramKind::Encode, shape).unwrap();
    assert_eq!(cost.modules.len(), 4, "two gated modules in each of two blocks");
    let mut executed = Vec::new();
    for threshold in [0.0f32, 0.5, 1.0] {
        let th = upload_f32(&[threshold], &[]);
        let mut o = gated.call(&[("features", &feats), ("lengths", &lengths), ("threshold", &th)], None).unwrap();
        let frames: Vec<f32> = o.take("encode", "frames").unwrap().to_host().unwrap();
        let kept: Vec<i32> = o.take("encode", "kept").unwrap().to_host().unwrap();
        let flops = cost.executed(&kept);
        eprintln!(
            "threshold {threshold}: kept {kept:?}, executed {:.3} MFLOP (ungated {:.3})",
            flops / 1e6,
            cost.ungated as f64 / 1e6
        );
        if threshold == 0.0 {
            assert!(kept.iter().all(|&k| k as i64 == B * T), "threshold 0 keeps every frame: {kept:?}");
            let diff = max_abs_diff(&frames, &reference);
            assert!(diff < 1e-5, "threshold 0 must equal the ungated model (differs by {diff})");
        }
        if threshold == 1.0 {
            assert!(kept.iter().all(|&k| k == 0), "a sigmoid never reaches 1: nothing kept, {kept:?}");
        }
        executed.push(flops);
    }
    assert!(
        executed[1] < executed[0] && executed[2] < executed[1],
        "executed FLOPs fall as the threshold rises: {executed:?}"
    );
    assert!(executed[2] < 0.5 * executed[0], "skipping every module saves most of the encoder: {executed:?}");
}
