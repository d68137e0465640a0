//! Streaming equivalence: the step program run chunk by chunk equals the
//! whole-utterance encoder, for every causal preset (tiny sizes) and
//! several chunk sizes including one frame; greedy decoding in steps gives
//! the same tokens as decoding the whole utterance.

mod common;
use common::*;
use hark_model::{Gating, ProgramKind, ProgramShape, build};

const B: i64 = 2;
const T: i64 = 12;
/// f32 tolerance for the encoder output: the forms sum in different orders
/// (parallel vs recurrent Performer, chunked convolutions).
const TOL: f32 = 2e-4;

fn check_streaming(name: &str) {
    let cfg = tiny(name);
    let model = model(&cfg, 7);
    let feats_len = (B * STACK * T * MEL) as usize;
    let feats = noise(feats_len, 99);
    let whole = model
        .compile(build(&cfg, ProgramKind::Encode, ProgramShape { batch: B, frames: T }, Gating::Dynamic).unwrap())
        .unwrap();
    let threshold = upload_f32(&[0.5], &[]);
    let inputs = [
        ("features", upload_f32(&feats, &[B, STACK * T, MEL])),
        ("lengths", upload_i32(&[T as i32; B as usize], &[B])),
    ];
    let gated = cfg.arbitrator.is_some();
    let mut refs: Vec<(&str, &hark_pjrt::Buffer)> = inputs.iter().map(|(n, b)| (*n, b)).collect();
    if gated {
        refs.push(("threshold", &threshold));
    }
    let mut out = whole.call(&refs, None).unwrap();
    let want: Vec<f32> = out.take("encode", "frames").unwrap().to_host().unwrap();

    for chunk in [1, 3, 4, 12] {
        let step = model
            .compile(build(&cfg, ProgramKind::Step, ProgramShape { batch: B, frames: chunk }, Gating::Dynamic).unwrap())
            .unwrap();
        let mut state = Some(step.zero_state().unwrap());
        let mut got = vec![0.0f32; (B * T * D) as usize];
        let mut tokens_steps = vec![-1i32; (B * T * 2) as usize];
        let reset = client().buffer(&[false; B as usize], &[B]).unwrap();
        for k in 0..T / chunk {
            let (f0, f1) = ((k * chunk * STACK) as usize, ((k + 1) * chunk * STACK) as usize);
            let piece = time_slice(&feats, B as usize, (STACK * T) as usize, MEL as usize, f0, f1);
            let fb = upload_f32(&piece, &[B, STACK * chunk, MEL]);
            let vf = upload_i32(&[chunk as i32; B as usize], &[B]);
            let mut args = vec![("features", &fb), ("reset", &reset), ("valid_frames", &vf)];
            if gated {
                args.push(("threshold", &threshold));
            }
            let mut o = step.call(&args, state.take()).unwrap();
            state = o.state.take();
            let frames: Vec<f32> = o.take("step", "frames").unwrap().to_host().unwrap();
            let toks: Vec<i32> = o.take("step", "tokens").unwrap().to_host().unwrap();
            for bi in 0..B as usize {
                for c in 0..chunk as usize {
                    let t = k as usize * chunk as usize + c;
                    let src = (bi * chunk as usize + c) * D as usize;
                    got[(bi * T as usize + t) * D as usize..][..D as usize]
                        .copy_from_slice(&frames[src..src + D as usize]);
                    let ts = (bi * chunk as usize + c) * 2;
                    tokens_steps[(bi * T as usize + t) * 2..][..2].copy_from_slice(&toks[ts..ts + 2]);
                }
            }
        }
        let diff = max_abs_diff(&got, &want);
        eprintln!("{name}, chunk {chunk}: max |step - whole| = {diff:.2e}");
        assert!(diff < TOL, "{name}, chunk {chunk}: step and whole differ by {diff}");

        // Greedy decoding of the same frames as one utterance: same tokens.
        let decode = model
            .compile(build(&cfg, ProgramKind::Decode, ProgramShape { batch: B, frames: T }, Gating::Off).unwrap())
            .unwrap();
        let fr = upload_f32(&got, &[B, T, D]);
        let lens = upload_i32(&[T as i32; B as usize], &[B]);
        let mut o = decode.call(&[("frames", &fr), ("lengths", &lens)], None).unwrap();
        let tokens_whole: Vec<i32> = o.take("decode", "tokens").unwrap().to_host().unwrap();
        assert_eq!(
            tokens_steps, tokens_whole,
            "{name}, chunk {chunk}: step tokens differ from whole-utterance decoding"
        );
        let emitted = tokens_whole.iter().filter(|&&t| t > 0).count();
        assert!(
            emitted > 0 && emitted < tokens_whole.len(),
            "{name}: decoding should mix blanks and tokens ({emitted} emitted)"
        );
    }
}

#[test]
fn baseline_streams_like_the_whole_encoder() {
    let _device = device_scope();
    check_streaming("baseline");
}

#[test]
fn practical_streams_like_the_whole_encoder() {
    let _device = device_scope();
    check_streaming("practical");
}

#[test]
fn amortized_streams_like_the_whole_encoder() {
    let _device = device_scope();
    check_streaming("amortized");
}

/// Runs `chunks` steps of a B=2 step program; `feeds[k]` gives each slot's
/// features and reset flag at step k. Returns each step's frames per slot.
fn run_steps(
    cfg: &hark_model::ModelConfig,
    model: &hark_engine::DeviceModel,
    chunk: i64,
    feeds: &[[(Vec<f32>, bool); 2]],
) -> Vec<[Vec<f32>; 2]> {
    let feeds: Vec<[(Vec<f32>, bool, i32); 2]> =
        feeds.iter().map(|f| f.clone().map(|(x, reset)| (x, reset, chunk as i32))).collect();
    run_steps_with_valid(cfg, model, chunk, &feeds).into_iter().map(|(frames, _)| frames).collect()
}

/// [`run_steps`] with each slot's `valid_frames` given too; returns each
/// step's frames and tokens per slot.
#[allow(clippy::type_complexity)]
fn run_steps_with_valid(
    cfg: &hark_model::ModelConfig,
    model: &hark_engine::DeviceModel,
    chunk: i64,
    feeds: &[[(Vec<f32>, bool, i32); 2]],
) -> Vec<([Vec<f32>; 2], [Vec<i32>; 2])> {
    let step = model
        .compile(build(cfg, ProgramKind::Step, ProgramShape { batch: 2, frames: chunk }, Gating::Dynamic).unwrap())
        .unwrap();
    let mut state = Some(step.zero_state().unwrap());
    let mut out = Vec::new();
    for feed in feeds {
        let mut feats = feed[0].0.clone();
        feats.extend_from_slice(&feed[1].0);
        let fb = upload_f32(&feats, &[2, STACK * chunk, MEL]);
        let reset = client().buffer(&[feed[0].1, feed[1].1], &[2]).unwrap();
        let vf = upload_i32(&[feed[0].2, feed[1].2], &[2]);
        let mut o = step.call(&[("features", &fb), ("reset", &reset), ("valid_frames", &vf)], state.take()).unwrap();
        state = o.state.take();
        let frames: Vec<f32> = o.take("step", "frames").unwrap().to_host().unwrap();
        let tokens: Vec<i32> = o.take("step", "tokens").unwrap().to_host().unwrap();
        let (half, tokens_half) = (frames.len() / 2, tokens.len() / 2);
        out.push((
            [frames[..half].to_vec(), frames[half..].to_vec()],
            [tokens[..tokens_half].to_vec(), tokens[tokens_half..].to_vec()],
        ));
    }
    out
}

#[test]
fn a_slot_given_no_frames_keeps_its_state() {
    // A live stream waiting for audio sits steps out (valid_frames 0, its
    // features junk) while the other slot goes on; it then continues as if
    // it had never paused.
    let _device = device_scope();
    for name in ["baseline", "practical"] {
        let cfg = tiny(name);
        let model = model(&cfg, 5);
        let chunk = 4;
        let n = (STACK * chunk * MEL) as usize;
        let a: Vec<Vec<f32>> = (0..3).map(|k| noise(n, 40 + k)).collect();
        let b: Vec<Vec<f32>> = (0..5).map(|k| noise(n, 50 + k)).collect();
        let junk = noise(n, 60);
        let c = chunk as i32;
        let paused = run_steps_with_valid(
            &cfg,
            &model,
            chunk,
            &[
                [(a[0].clone(), true, c), (b[0].clone(), true, c)],
                [(junk.clone(), false, 0), (b[1].clone(), false, c)],
                [(a[1].clone(), false, c), (b[2].clone(), false, c)],
                [(junk.clone(), false, 0), (b[3].clone(), false, c)],
                [(a[2].clone(), false, c), (b[4].clone(), false, c)],
            ],
        );
        let steady = run_steps_with_valid(
            &cfg,
            &model,
            chunk,
            &[
                [(a[0].clone(), true, c), (b[0].clone(), true, c)],
                [(a[1].clone(), false, c), (b[1].clone(), false, c)],
                [(a[2].clone(), false, c), (b[2].clone(), false, c)],
            ],
        );
        let tol = 1e-5;
        for (k, p) in [0, 2, 4].into_iter().enumerate() {
            assert!(max_abs_diff(&paused[p].0[0], &steady[k].0[0]) < tol, "{name}: slot 0, chunk {k}");
            assert_eq!(paused[p].1[0], steady[k].1[0], "{name}: slot 0 tokens, chunk {k}");
        }
        for k in 0..3 {
            assert!(max_abs_diff(&paused[k].0[1], &steady[k].0[1]) < tol, "{name}: slot 1 unaffected, step {k}");
        }
        // A held slot emits nothing.
        assert!(paused[1].1[0].iter().chain(&paused[3].1[0]).all(|&t| t == -1), "{name}: held slot's tokens");
    }
}

#[test]
fn slots_reset_independently_in_continuous_batching() {
    let _device = device_scope();
    for name in ["baseline", "practical"] {
        let cfg = tiny(name);
        let model = model(&cfg, 3);
        let chunk = 4;
        let n = (STACK * chunk * MEL) as usize;
        let a: Vec<Vec<f32>> = (0..3).map(|k| noise(n, 10 + k)).collect();
        let b: Vec<Vec<f32>> = (0..2).map(|k| noise(n, 20 + k)).collect();
        let junk = noise(n, 30);
        // Slot 0: utterance A from step 0. Slot 1: junk, then utterance B
        // from step 1 (reset there), then A again from step 3 (reset).
        let mixed = run_steps(
            &cfg,
            &model,
            chunk,
            &[
                [(a[0].clone(), true), (junk.clone(), true)],
                [(a[1].clone(), false), (b[0].clone(), true)],
                [(a[2].clone(), false), (b[1].clone(), false)],
                [(junk.clone(), true), (a[0].clone(), true)],
            ],
        );
        // Each utterance alone, in slot 0, the other slot idle.
        let alone_a = run_steps(
            &cfg,
            &model,
            chunk,
            &[
                [(a[0].clone(), true), (junk.clone(), true)],
                [(a[1].clone(), false), (junk.clone(), false)],
                [(a[2].clone(), false), (junk.clone(), false)],
            ],
        );
        let alone_b = run_steps(
            &cfg,
            &model,
            chunk,
            &[[(b[0].clone(), true), (junk.clone(), true)], [(b[1].clone(), false), (junk.clone(), false)]],
        );
        let tol = 1e-5;
        for k in 0..3 {
            assert!(max_abs_diff(&mixed[k][0], &alone_a[k][0]) < tol, "{name}: slot 0 step {k}");
        }
        for k in 0..2 {
            assert!(max_abs_diff(&mixed[k + 1][1], &alone_b[k][0]) < tol, "{name}: slot 1 (utterance B) step {k}");
        }
        assert!(max_abs_diff(&mixed[3][1], &alone_a[0][0]) < tol, "{name}: slot 1 restarted on A");
    }
}
