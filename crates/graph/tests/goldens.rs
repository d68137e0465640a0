//! Layers and the more intricate ops against goldens computed by JAX.
//!
//! The goldens are `goldens/ops.safetensors`, written by
//! `python3 scripts/gen_graph_goldens.py` (JAX 0.10.2, CPU); regenerate them
//! with that command after changing a case there. Each test prints its
//! largest relative error next to its tolerance.

mod common;
use common::*;
use hark_graph::*;
use safetensors::{Dtype, SafeTensors};

const GOLDENS: &[u8] = include_bytes!("goldens/ops.safetensors");

fn golden(name: &str) -> Host {
    let st = SafeTensors::deserialize(GOLDENS).expect("goldens/ops.safetensors parses");
    let t = st.tensor(name).unwrap_or_else(|_| panic!("golden `{name}` missing: rerun scripts/gen_graph_goldens.py"));
    let dtype = match t.dtype() {
        Dtype::F32 => DType::F32,
        Dtype::I32 => DType::I32,
        Dtype::BF16 => DType::BF16,
        other => panic!("unexpected golden dtype {other:?}"),
    };
    Host { dtype, shape: t.shape().iter().map(|&d| d as i64).collect(), bytes: t.data().to_vec() }
}

fn to_f64(h: &Host) -> Vec<f64> {
    match h.dtype {
        DType::F32 => h.as_f32().iter().map(|&v| v as f64).collect(),
        DType::BF16 => h.bytes.chunks_exact(2).map(|c| half::bf16::from_le_bytes([c[0], c[1]]).to_f64()).collect(),
        other => panic!("not a float golden: {other}"),
    }
}

fn as_f32(h: &Host) -> Vec<f32> {
    to_f64(h).iter().map(|&v| v as f32).collect()
}

/// Builds a graph over the golden inputs `inputs` of `case`, runs it and
/// compares with `<case>.out`.
fn check(case: &str, inputs: &[&str], tol: f64, build: impl FnOnce(&Graph, &[Value]) -> Result<Value>) {
    let hosts: Vec<Host> = inputs.iter().map(|n| golden(&format!("{case}.{n}"))).collect();
    let g = Graph::new(case);
    let params: Vec<Value> = inputs
        .iter()
        .zip(&hosts)
        .map(|(n, h)| g.param(n, TensorType::new(h.dtype, h.shape.clone())).unwrap())
        .collect();
    let out = build(&g, &params).unwrap();
    let got = run(&g.finish(&[out]).unwrap(), &hosts).remove(0);
    let want = golden(&format!("{case}.out"));
    assert_eq!(got.shape, want.shape, "{case}: shape");
    assert_close(case, &as_f32(&got), &to_f64(&want), tol);
}

#[test]
fn layer_norm_matches_jax() {
    let _device = device_scope();
    check("layer_norm", &["x", "gamma", "beta"], 1e-5, |_, p| nn::layer_norm(&p[0], &p[1], &p[2], 1e-5));
}

#[test]
fn softmax_family_is_stable_on_large_logits() {
    let _device = device_scope();
    // Logits of magnitude ~100: exp overflows f32 without max subtraction.
    check("softmax", &["x"], 1e-6, |_, p| nn::softmax(&p[0], -1));
    check("log_softmax", &["x"], 1e-6, |_, p| nn::log_softmax(&p[0], -1));
    // Includes a row of -inf, whose logsumexp is -inf (not NaN).
    check("logsumexp", &["x"], 1e-6, |_, p| nn::logsumexp(&p[0], -1));
}

#[test]
fn glu_and_swish_match_jax() {
    let _device = device_scope();
    check("glu", &["x"], 2e-6, |_, p| nn::glu(&p[0], -1));
    check("swish", &["x"], 2e-6, |_, p| nn::swish(&p[0]));
}

#[test]
fn conv2d_strided_padded_dilated_matches_jax() {
    let _device = device_scope();
    let spec = ConvSpec {
        strides: vec![2, 1],
        padding: vec![(1, 1), (0, 1)],
        lhs_dilation: vec![1, 1],
        rhs_dilation: vec![1, 2],
        feature_group_count: 1,
    };
    check("conv2d", &["x", "kernel"], 1e-5, |_, p| p[0].conv(&p[1], &spec));
}

#[test]
fn general_gather_and_scatter_add_match_jax() {
    let _device = device_scope();
    let spec = GatherSpec {
        offset_dims: vec![1],
        collapsed_slice_dims: vec![0, 2],
        start_index_map: vec![0, 2],
        index_vector_dim: 1,
        slice_sizes: vec![1, 2, 1],
    };
    check("gather", &["operand", "indices"], 0.0, |_, p| p[0].gather(&p[1], &spec));
    check("scatter_add", &["indices", "updates"], 1e-6, |g, p| {
        let spec = ScatterSpec {
            update_window_dims: vec![1],
            inserted_window_dims: vec![0],
            scatter_dims_to_operand_dims: vec![0],
            index_vector_dim: 1,
            kind: ScatterKind::Add,
        };
        g.splat(0.0, DType::F32, &[5, 4])?.scatter(&p[0], &p[1], &spec)
    });
}

#[test]
fn bf16_matmul_matches_jax_to_one_rounding() {
    let _device = device_scope();
    // bf16 keeps 8 significant bits: results may differ by one rounding
    // (relative 2^-8) with a different accumulation order.
    check("matmul_bf16", &["a", "w"], 8e-3, |_, p| p[0].matmul(&p[1]));
}
