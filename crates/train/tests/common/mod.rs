//! What the loss tests share: seeded random log-probabilities and running a
//! loss op (loss and gradient) on the CPU plugin.

use hark_graph::{DType, Graph, TensorType, Value};
use hark_pjrt::{Arg, Program};

/// Deterministic uniform values in [0, 1).
pub fn rng(seed: u64) -> impl FnMut() -> f64 {
    let mut s = seed.wrapping_mul(0x9E3779B97F4A7C15) | 1;
    move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        (s >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// `rows` log-softmax rows over `v` classes of random logits in [-1.5, 1.5).
pub fn random_log_probs(rows: usize, v: usize, r: &mut impl FnMut() -> f64) -> Vec<f64> {
    let mut lp = vec![0.0; rows * v];
    for row in lp.chunks_mut(v) {
        let logits: Vec<f64> = (0..v).map(|_| 3.0 * r() - 1.5).collect();
        let lse = logits.iter().map(|x| x.exp()).sum::<f64>().ln();
        for (o, l) in row.iter_mut().zip(&logits) {
            *o = l - lse;
        }
    }
    lp
}

/// One case of a loss test: random log-probabilities `lp` (f64, shaped as
/// the loss takes them) for `b` utterances of up to `t` frames and `u`
/// labels over `v` classes, and the loss op's labels: `targets [B, U]`,
/// `frames [B]`, `labels [B]` (label counts).
pub struct Case {
    pub b: usize,
    pub t: usize,
    pub u: usize,
    pub v: usize,
    pub lp: Vec<f64>,
    pub targets: Vec<i32>,
    pub frames: Vec<i32>,
    pub labels: Vec<i32>,
}

type LossOp = fn(&Value, &Value, &Value, &Value) -> hark_graph::Result<(Value, Value)>;

/// Builds `loss(lp, targets, frames, labels)` as a program, runs it on the
/// CPU plugin with `c.lp` shaped `lp_dims` and returns (loss per utterance,
/// gradient).
pub fn run_loss(name: &str, loss: LossOp, c: &Case, lp_dims: &[i64]) -> (Vec<f32>, Vec<f32>) {
    let b = c.frames.len() as i64;
    let u = c.u as i64;
    let g = Graph::new(name);
    let lpv = g.param("lp", TensorType::new(DType::F32, lp_dims.to_vec())).unwrap();
    let targets = g.param("targets", TensorType::new(DType::I32, [b, u])).unwrap();
    let frames = g.param("frames", TensorType::new(DType::I32, [b])).unwrap();
    let labels = g.param("labels", TensorType::new(DType::I32, [b])).unwrap();
    let (value, grad) = loss(&lpv, &targets, &frames, &labels).unwrap();
    let f = g.finish(&[value, grad]).unwrap();
    let client = hark_test_support::test_cpu_client();
    let exe = client.compile(&Program::from_mlir(name, hark_graph::to_mlir(&f).unwrap()).unwrap()).unwrap();
    let lp32: Vec<f32> = c.lp.iter().map(|&x| x as f32).collect();
    let args = [
        client.buffer(&lp32, lp_dims).unwrap(),
        client.buffer(&c.targets, &[b, u]).unwrap(),
        client.buffer(&c.frames, &[b]).unwrap(),
        client.buffer(&c.labels, &[b]).unwrap(),
    ];
    let out = exe.execute(args.iter().map(Arg::Borrowed)).unwrap();
    (out[0].to_host().unwrap(), out[1].to_host().unwrap())
}

/// Checks `grad` (from the device) against central differences of the f64
/// `loss(lp, utterance)` at every entry of `lp`, within 1e-4 absolute;
/// `rows` is the number of `lp` entries per utterance. Returns the worst
/// error.
pub fn check_gradient(lp: &[f64], grad: &[f32], rows: usize, loss: impl Fn(&[f64], usize) -> f64) -> f64 {
    let h = 1e-6;
    let mut worst = 0.0f64;
    for i in 0..lp.len() {
        let b = i / rows;
        let (mut plus, mut minus) = (lp.to_vec(), lp.to_vec());
        plus[i] += h;
        minus[i] -= h;
        let fd = (loss(&plus, b) - loss(&minus, b)) / (2.0 * h);
        let err = (grad[i] as f64 - fd).abs();
        worst = worst.max(err);
        assert!(err < 1e-4, "d loss / d lp[{i}]: device {} vs finite differences {fd}", grad[i]);
    }
    worst
}

/// Per utterance: the f64 forward recursion `dp` agrees with the brute-force
/// sum `brute` (1e-9 relative), and so does the device's `loss` (2e-5
/// relative: f32 against f64).
pub fn check_against_brute_force(loss: &[f32], brute: impl Fn(usize) -> f64, dp: impl Fn(usize) -> f64) {
    for (b, &device) in loss.iter().enumerate() {
        let (brute, dp) = (brute(b), dp(b));
        assert!((dp - brute).abs() < 1e-9 * brute.abs().max(1.0), "host DP vs brute force: {dp} {brute}");
        let rel = (device as f64 - brute).abs() / brute.abs().max(1.0);
        assert!(rel < 2e-5, "utterance {b}: device {device} vs brute force {brute}");
    }
}
