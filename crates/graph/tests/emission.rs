//! The emitted text of a small layer is a committed golden, reproduced byte
//! for byte; and FLOP/byte accounting matches hand counts.
//!
//! To accept a deliberate change of the emitted text:
//!     HARK_BLESS=1 cargo test --release -p hark-graph --test emission

mod common;
use common::*;
use hark_graph::*;

const B: i64 = 2;
const T: i64 = 4;
const D: i64 = 8;
const K: i64 = 3;

fn f32t(shape: &[i64]) -> TensorType {
    TensorType::new(DType::F32, shape)
}

/// One streaming step of the conv module of docs/DESIGN.md: LayerNorm, pointwise
/// D->2D, GLU, causal depthwise conv (kernel K) over [state; x], LayerNorm,
/// swish, pointwise D->D, residual. The last K-1 inputs of the depthwise conv
/// are the new state, donated in place.
fn conv_module_step() -> Func {
    let g = Graph::new("conv_module_step");
    let x = g.param("x", f32t(&[B, T, D])).unwrap();
    let state = g.state("conv_state", f32t(&[B, K - 1, D])).unwrap();
    let w = |name: &str, shape: &[i64]| g.weight(name, f32t(shape)).unwrap();
    let (ln1_g, ln1_b) = (w("ln1.gamma", &[D]), w("ln1.beta", &[D]));
    let pw1 = w("pointwise1.w", &[D, 2 * D]);
    let dw = w("depthwise.w", &[K, 1, D]);
    let (ln2_g, ln2_b) = (w("ln2.gamma", &[D]), w("ln2.beta", &[D]));
    let pw2 = w("pointwise2.w", &[D, D]);

    let h = nn::layer_norm(&x, &ln1_g, &ln1_b, 1e-5).unwrap();
    let h = nn::glu(&nn::linear(&h, &pw1, None).unwrap(), -1).unwrap();
    let window = g.concat(&[state, h], 1).unwrap();
    let new_state = window.slice_axis(1, T, T + K - 1).unwrap();
    let h = window.conv1d(&dw, (0, 0), D).unwrap();
    let h = nn::swish(&nn::layer_norm(&h, &ln2_g, &ln2_b, 1e-5).unwrap()).unwrap();
    let y = x.add(&nn::linear(&h, &pw2, None).unwrap()).unwrap();
    g.finish(&[y, new_state]).unwrap().donate("conv_state", 1).unwrap()
}

#[test]
fn emitted_text_matches_the_committed_golden() {
    let _device = device_scope();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/goldens/conv_module_step.mlir");
    let text = to_mlir(&conv_module_step()).unwrap();
    assert_eq!(text, to_mlir(&conv_module_step()).unwrap(), "emission is deterministic");
    if std::env::var_os("HARK_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let golden = std::fs::read_to_string(&path).expect("golden missing: run with HARK_BLESS=1 to create it");
    assert!(
        text == golden,
        "emitted text differs from {}; if intended, rerun with HARK_BLESS=1\n{text}",
        path.display()
    );
    assert!(text.contains("%conv_state: tensor<2x2x8xf32> {tf.aliasing_output = 1 : i32}"));
}

#[test]
fn the_golden_program_compiles_and_streams() {
    let _device = device_scope();
    let f = conv_module_step();
    let n = |shape: &[i64]| shape.iter().product::<i64>() as usize;
    let ones = |shape: &[i64]| Host::f32(&vec![1.0; n(shape)], shape);
    let args = vec![
        Host::f32(&random(n(&[B, T, D]), 1, -1.0, 1.0), &[B, T, D]),
        Host::f32(&random(n(&[B, K - 1, D]), 2, -1.0, 1.0), &[B, K - 1, D]),
        ones(&[D]),
        Host::f32(&vec![0.0; D as usize], &[D]),
        Host::f32(&random(n(&[D, 2 * D]), 3, -0.5, 0.5), &[D, 2 * D]),
        Host::f32(&random(n(&[K, 1, D]), 4, -0.5, 0.5), &[K, 1, D]),
        ones(&[D]),
        Host::f32(&vec![0.0; D as usize], &[D]),
        Host::f32(&random(n(&[D, D]), 5, -0.5, 0.5), &[D, D]),
    ];
    let out = run(&f, &args);
    assert_eq!(out[0].shape, vec![B, T, D]);
    assert_eq!(out[1].shape, vec![B, K - 1, D]);
    assert!(out[0].as_f32().iter().all(|v| v.is_finite()));
}

#[test]
fn flops_and_bytes_are_counted_exactly() {
    let _device = device_scope();
    let f = conv_module_step();
    let c = analyze(&f);
    let (bt, d) = ((B * T) as u64, D as u64);
    let ln = |rows: u64| {
        // sum, scale, sub, square, sum, scale, +eps, rsqrt, mul, *gamma, +beta
        rows * d + rows + rows * d + rows * d + rows * d + rows + rows + rows + rows * d + rows * d + rows * d
    };
    let pw1 = 2 * bt * d * 2 * d;
    let glu = bt * d /* logistic */ + bt * d /* mul */;
    let depthwise = 2 * bt * d * K as u64;
    let swish = 2 * bt * d;
    let pw2 = 2 * bt * d * d;
    let residual = bt * d;
    assert_eq!(c.flops, ln(bt) + pw1 + glu + depthwise + ln(bt) + swish + pw2 + residual);
    assert_eq!(c.flops_by_op["stablehlo.dot_general"], pw1 + pw2);
    assert_eq!(c.flops_by_op["stablehlo.convolution"], depthwise);
    assert_eq!(c.state_bytes, (B * (K - 1) * D * 4) as u64);
    assert_eq!(c.weight_bytes, 4 * (d + d + d * 2 * d + K as u64 * d + d + d + d * d));
    assert_eq!(c.input_bytes, 4 * bt * d);
    assert_eq!(c.output_bytes, 4 * (bt * d + (B * (K - 1) * D) as u64));
    // logistic (GLU, swish) and rsqrt (two layer norms) are transcendental.
    assert_eq!(c.transcendentals, bt * d + bt * d + 2 * bt);
    assert!(!c.unknown_trip_counts);
}
