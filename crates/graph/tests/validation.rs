//! Malformed ops are errors at build time, name the op and the types, and
//! leave nothing behind: the emitted text of a graph after a rejected op is
//! the text of the graph without it.

use hark_graph::*;

fn t(dtype: DType, shape: &[i64]) -> TensorType {
    TensorType::new(dtype, shape)
}

/// A graph with one f32 `[2, 3]` parameter `x`.
fn base_graph() -> (Graph, Value) {
    let g = Graph::new("v");
    let x = g.param("x", t(DType::F32, &[2, 3])).unwrap();
    (g, x)
}

fn text_of(g: &Graph, outputs: &[Value]) -> String {
    to_mlir(&g.finish(outputs).unwrap()).unwrap()
}

/// Builds operands with `setup` (which must succeed), then asserts `bad`
/// fails with a message containing every `needle` and that the graph emits
/// exactly as it did before `bad` was tried.
fn rejects(
    needles: &[&str],
    setup: impl FnOnce(&Graph, &Value) -> Result<Vec<Value>>,
    bad: impl FnOnce(&Graph, &Value, &[Value]) -> Result<Value>,
) -> Error {
    let (g, x) = base_graph();
    let operands = setup(&g, &x).expect("setup succeeds");
    let mut outputs = vec![x.clone()];
    outputs.extend(operands.iter().cloned());
    let before = text_of(&g, &outputs);
    let err = bad(&g, &x, &operands).expect_err("the op should be rejected");
    let msg = err.to_string();
    for n in needles {
        assert!(msg.contains(n), "error `{msg}` should mention `{n}`");
    }
    assert_eq!(text_of(&g, &outputs), before, "a rejected op leaves no trace");
    err
}

fn none(_: &Graph, _: &Value) -> Result<Vec<Value>> {
    Ok(vec![])
}

#[test]
fn elementwise_shape_and_dtype_mismatches() {
    let e = rejects(
        &["stablehlo.add", "[2, 3]", "[4]"],
        |g, _| Ok(vec![g.param("y", t(DType::F32, &[4]))?]),
        |_, x, o| x.add(&o[0]),
    );
    assert!(matches!(e, Error::Shape { .. }));
    let e = rejects(
        &["stablehlo.multiply", "tensor<2x3xf32>", "tensor<2x3xi32>"],
        |g, _| Ok(vec![g.splat(1.0, DType::I32, &[2, 3])?]),
        |_, x, o| x.mul(&o[0]),
    );
    assert!(matches!(e, Error::DType { .. }));
    rejects(
        &["stablehlo.exponential", "tensor<2x3xi32>"],
        |g, _| Ok(vec![g.splat(1.0, DType::I32, &[2, 3])?]),
        |_, _, o| o[0].exp(),
    );
    rejects(&["stablehlo.select", "i1"], none, |_, x, _| x.select(x, x));
    rejects(&["broadcast_to", "[5, 3]"], none, |_, x, _| x.broadcast_to(&[5, 3]));
}

#[test]
fn dot_and_concat_mismatches() {
    let e = rejects(
        &["stablehlo.dot_general", "contracting", "(3)", "(4)"],
        |g, _| Ok(vec![g.param("w", t(DType::F32, &[4, 5]))?]),
        |_, x, o| x.matmul(&o[0]),
    );
    assert!(matches!(e, Error::Shape { .. }));
    rejects(
        &["stablehlo.dot_general", "used twice"],
        |g, _| Ok(vec![g.param("w", t(DType::F32, &[3, 3]))?]),
        |_, x, o| {
            x.dot_general(&o[0], &DotDims { lhs_contract: vec![1, 1], rhs_contract: vec![0, 1], ..Default::default() })
        },
    );
    rejects(
        &["stablehlo.concatenate", "differ in dimension 0"],
        |g, _| Ok(vec![g.param("y", t(DType::F32, &[3, 3]))?]),
        |g, x, o| g.concat(&[x.clone(), o[0].clone()], 1),
    );
    rejects(
        &["stablehlo.concatenate", "tensor<2x3xi32>"],
        |g, _| Ok(vec![g.splat(0.0, DType::I32, &[2, 3])?]),
        |g, x, o| g.concat(&[x.clone(), o[0].clone()], 0),
    );
}

#[test]
fn bad_axes() {
    let e = rejects(&["stablehlo.reduce", "axis 2", "tensor<2x3xf32>"], none, |_, x, _| x.sum(&[2]));
    assert!(matches!(e, Error::Axis { .. }));
    rejects(&["stablehlo.reduce", "repeated"], none, |_, x, _| x.sum(&[1, -1]));
    rejects(&["stablehlo.transpose", "not a permutation"], none, |_, x, _| x.transpose(&[0, 0]));
    rejects(&["stablehlo.concatenate", "axis 5"], none, |g, x, _| g.concat(&[x.clone()], 5));
    rejects(&["stablehlo.broadcast_in_dim", "strictly increasing"], none, |_, x, _| {
        x.broadcast_in_dim(&[3, 2, 3], &[2, 0])
    });
}

#[test]
fn bad_slice_and_pad_bounds() {
    let e = rejects(&["stablehlo.slice", "dimension 1", "[1, 4)"], none, |_, x, _| x.slice(&[0, 1], &[2, 4], &[1, 1]));
    assert!(matches!(e, Error::Bounds { .. }));
    rejects(&["stablehlo.slice", "step 0"], none, |_, x, _| x.slice(&[0, 0], &[2, 3], &[1, 0]));
    rejects(
        &["stablehlo.pad", "size -1"],
        |_, x| Ok(vec![x.scalar_like(0.0)?]),
        |_, x, o| x.pad(&o[0], &[0, -2], &[0, -2], &[0, 0]),
    );
    rejects(
        &["stablehlo.dynamic_slice", "exceeds"],
        |g, _| Ok(vec![g.index(0)?]),
        |_, x, o| x.dynamic_slice(&[o[0].clone(), o[0].clone()], &[3, 1]),
    );
    rejects(
        &["stablehlo.dynamic_slice", "integer scalars"],
        |g, _| Ok(vec![g.scalar(0.0, DType::F32)?, g.index(0)?]),
        |_, x, o| x.dynamic_slice(o, &[1, 1]),
    );
}

#[test]
fn reshape_and_conv_errors() {
    rejects(&["stablehlo.reshape", "6 elements", "[4, 2]"], none, |_, x, _| x.reshape(&[4, 2]));
    rejects(&["stablehlo.reshape", "-1"], none, |_, x, _| x.reshape(&[4, -1]));
    rejects(
        &["stablehlo.convolution", "feature_group_count 2"],
        |g, x| Ok(vec![x.reshape(&[1, 2, 3])?, g.param("k", t(DType::F32, &[2, 3, 4]))?]),
        |_, _, o| o[0].conv1d(&o[1], (1, 0), 2),
    );
    rejects(
        &["stablehlo.convolution", "smaller than the dilated kernel"],
        |g, x| Ok(vec![x.reshape(&[1, 2, 3])?, g.param("k", t(DType::F32, &[5, 3, 4]))?]),
        |_, _, o| o[0].conv1d(&o[1], (0, 0), 1),
    );
}

#[test]
fn control_flow_and_scope_errors() {
    rejects(
        &["stablehlo.while", "body returns", "carries"],
        |g, _| Ok(vec![g.scalar(1.0, DType::Bool)?]),
        |g, x, o| Ok(g.while_loop(&[x.clone()], None, |_| Ok(o[0].clone()), |v| Ok(vec![v[0].sum(&[0])?]))?.remove(0)),
    );
    rejects(&["stablehlo.while", "condition must return tensor<i1>"], none, |g, x, _| {
        Ok(g.while_loop(&[x.clone()], None, |v| Ok(v[0].clone()), |v| Ok(vec![v[0].clone()]))?.remove(0))
    });
    rejects(
        &["stablehlo.if", "branches return"],
        |g, _| Ok(vec![g.scalar(1.0, DType::Bool)?]),
        |g, x, o| Ok(g.cond(&o[0], || Ok(vec![x.clone()]), || Ok(vec![]))?.remove(0)),
    );
    // A value from a closed region cannot escape it.
    let (g, x) = base_graph();
    let mut leaked = None;
    g.cond(
        &g.scalar(1.0, DType::Bool).unwrap(),
        || {
            leaked = Some(x.neg()?);
            Ok(vec![])
        },
        || Ok(vec![]),
    )
    .unwrap();
    let e = x.add(&leaked.unwrap()).unwrap_err();
    assert!(matches!(e, Error::Scope { .. }) && e.to_string().contains("cannot see"), "{e}");
    // Nor can a value of another graph be used.
    let other = Graph::new("other").param("y", t(DType::F32, &[2, 3])).unwrap();
    let e = x.add(&other).unwrap_err();
    assert!(e.to_string().contains("another graph"), "{e}");
}

#[test]
fn signature_errors() {
    let g = Graph::new("sig");
    let x = g.param("x", t(DType::F32, &[2])).unwrap();
    assert!(g.param("x", t(DType::F32, &[2])).unwrap_err().to_string().contains("declared twice"));
    assert!(g.param("9lives", t(DType::F32, &[2])).unwrap_err().to_string().contains("must start with a letter"));
    let f = g.finish(&[x.sum(&[0]).unwrap()]).unwrap();
    assert!(f.clone().donate("x", 0).unwrap_err().to_string().contains("types differ"));
    assert!(f.clone().donate("y", 0).unwrap_err().to_string().contains("no parameter `y`"));
    assert!(f.donate("x", 3).unwrap_err().to_string().contains("there are 1 results"));
    assert!(
        Graph::new("c")
            .constant_f32(&[1.0, 2.0], &[3])
            .unwrap_err()
            .to_string()
            .contains("2 elements given for tensor<3xf32>")
    );
}
