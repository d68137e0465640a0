//! Every VJP rule against central finite differences in f64.
//!
//! Each case builds `L = sum(f(x...) * R)` with a fixed random `R`, takes
//! `grad(L, x...)` through the builder, and compares every component with
//! `(L(x + h e_i) - L(x - h e_i)) / 2h`, `h = 1e-6`, evaluated by the same
//! compiled program. Tolerance: 1e-6 relative to max(1, |FD|) (f64 central
//! differences are accurate to ~1e-9 here). Inputs are random and avoid the
//! kinks of abs/max/relu.

mod common;
use common::*;
use hark_graph::*;

fn f64t(shape: &[i64]) -> TensorType {
    TensorType::new(DType::F64, shape)
}

fn rand64(n: usize, seed: u64, lo: f64, hi: f64) -> Vec<f64> {
    random(n, seed, 0.0, 1.0).iter().map(|&u| lo + (hi - lo) * u as f64).collect()
}

/// Checks the gradient of `build` at random inputs of `shapes` in `[lo, hi)`.
fn check(name: &str, shapes: &[&[i64]], lo: f64, hi: f64, build: impl Fn(&Graph, &[Value]) -> Result<Value>) {
    let g = Graph::new("grad");
    let params: Vec<Value> =
        shapes.iter().enumerate().map(|(i, s)| g.param(&format!("x{i}"), f64t(s)).unwrap()).collect();
    let out = build(&g, &params).unwrap();
    let r = rand64(out.ty().element_count() as usize, 99, -1.0, 1.0);
    let rb: Vec<u8> = r.iter().flat_map(|v| v.to_le_bytes()).collect();
    let weights = g.constant_bytes(rb, out.ty().clone()).unwrap();
    let all: Vec<i64> = (0..out.rank() as i64).collect();
    let loss = out.mul(&weights).unwrap().sum(&all).unwrap();
    let grads = grad(&loss, &params).unwrap();
    let mut results = vec![loss];
    results.extend(grads);
    let f = g.finish(&results).unwrap();

    let inputs: Vec<Vec<f64>> = shapes
        .iter()
        .enumerate()
        .map(|(i, s)| rand64(s.iter().product::<i64>() as usize, 7 + i as u64, lo, hi))
        .collect();
    let host = |xs: &[Vec<f64>]| -> Vec<Host> { xs.iter().zip(shapes).map(|(x, s)| Host::f64(x, s)).collect() };
    let compiled = compile(&f);
    let base = compiled.call(&host(&inputs));
    let h = 1e-6;
    let mut worst = 0.0f64;
    for (p, shape) in shapes.iter().enumerate() {
        let analytic = base[1 + p].as_f64();
        assert_eq!(analytic.len(), shape.iter().product::<i64>() as usize, "{name}: gradient shape of x{p}");
        for i in 0..analytic.len() {
            let mut plus = inputs.clone();
            plus[p][i] += h;
            let mut minus = inputs.clone();
            minus[p][i] -= h;
            let lp = compiled.call(&host(&plus))[0].as_f64()[0];
            let lm = compiled.call(&host(&minus))[0].as_f64()[0];
            let fd = (lp - lm) / (2.0 * h);
            let err = (analytic[i] - fd).abs() / fd.abs().max(1.0);
            worst = worst.max(err);
            assert!(err < 1e-6, "{name}: d/dx{p}[{i}] = {} but finite differences give {fd}", analytic[i]);
        }
    }
    eprintln!("{name}: max relative error {worst:.1e}");
}

#[test]
fn unary_ops() {
    let _device = device_scope();
    type F = fn(&Value) -> Result<Value>;
    let cases: [(&str, F, f64, f64); 13] = [
        ("neg", Value::neg, -2.0, 2.0),
        ("abs", Value::abs, 0.2, 2.0),
        ("exp", Value::exp, -2.0, 2.0),
        ("expm1", Value::expm1, -2.0, 2.0),
        ("log", Value::log, 0.2, 3.0),
        ("log1p", Value::log1p, -0.5, 3.0),
        ("tanh", Value::tanh, -2.0, 2.0),
        ("logistic", Value::logistic, -3.0, 3.0),
        ("sqrt", Value::sqrt, 0.2, 3.0),
        ("rsqrt", Value::rsqrt, 0.2, 3.0),
        ("sin", Value::sin, -3.0, 3.0),
        ("cos", Value::cos, -3.0, 3.0),
        ("square", Value::square, -2.0, 2.0),
    ];
    for (name, op, lo, hi) in cases {
        check(name, &[&[2, 3]], lo, hi, |_, x| op(&x[0]));
    }
}

#[test]
fn binary_ops_with_broadcasting() {
    let _device = device_scope();
    type F = fn(&Value, &Value) -> Result<Value>;
    let cases: [(&str, F); 6] = [
        ("add", Value::add),
        ("sub", Value::sub),
        ("mul", Value::mul),
        ("div", Value::div),
        ("max", Value::maximum),
        ("min", Value::minimum),
    ];
    for (name, op) in cases {
        check(name, &[&[2, 3], &[3]], 0.5, 2.0, |_, x| op(&x[0], &x[1]));
        check(&format!("{name} (size-1 dims)"), &[&[2, 1, 4], &[3, 1]], 0.5, 2.0, |_, x| op(&x[0], &x[1]));
    }
    check("pow", &[&[2, 3], &[2, 3]], 0.5, 2.0, |_, x| x[0].pow(&x[1]));
}

#[test]
fn select_clamp_and_comparisons() {
    let _device = device_scope();
    check("select", &[&[2, 3], &[2, 3]], -1.0, 1.0, |_, x| x[0].gt(&x[1])?.select(&x[0].mul(&x[1])?, &x[1].exp()?));
    check("clamp", &[&[3, 4]], -2.0, 2.0, |g, x| x[0].clamp(&g.scalar(-0.7, DType::F64)?, &g.scalar(0.9, DType::F64)?));
}

#[test]
fn shape_ops() {
    let _device = device_scope();
    check("reshape", &[&[2, 6]], -1.0, 1.0, |_, x| x[0].reshape(&[3, 4])?.mul(&x[0].reshape(&[3, 4])?));
    check("transpose", &[&[2, 3, 4]], -1.0, 1.0, |_, x| x[0].transpose(&[2, 0, 1]));
    check("broadcast_in_dim", &[&[3, 1]], -1.0, 1.0, |_, x| x[0].broadcast_in_dim(&[2, 3, 4], &[1, 2]));
    check("strided slice", &[&[5, 7]], -1.0, 1.0, |_, x| x[0].slice(&[1, 0], &[5, 7], &[2, 3]));
    check("pad (interior, cropping)", &[&[3, 4]], -1.0, 1.0, |_, x| {
        x[0].pad(&x[0].scalar_like(0.5)?, &[1, -1], &[2, 0], &[1, 2])
    });
    check("concatenate", &[&[2, 3], &[2, 2]], -1.0, 1.0, |g, x| {
        g.concat(&[x[0].clone(), x[1].clone(), x[0].clone()], 1)
    });
    check("dynamic_slice", &[&[4, 5]], -1.0, 1.0, |g, x| x[0].dynamic_slice(&[g.index(1)?, g.index(2)?], &[2, 3]));
    check("dynamic_update_slice", &[&[4, 5], &[2, 2]], -1.0, 1.0, |g, x| {
        x[0].dynamic_update_slice(&x[1].mul(&x[1])?, &[g.index(2)?, g.index(1)?])
    });
    check("cumsum", &[&[2, 9]], -1.0, 1.0, |_, x| x[0].cumsum(1));
}

#[test]
fn reductions() {
    let _device = device_scope();
    check("sum", &[&[2, 3, 4]], -1.0, 1.0, |_, x| x[0].sum(&[0, 2]));
    check("max", &[&[3, 5]], -1.0, 1.0, |_, x| x[0].reduce_max(&[1]));
    check("min", &[&[3, 5]], -1.0, 1.0, |_, x| x[0].reduce_min(&[0]));
    check("mean", &[&[4, 3]], -1.0, 1.0, |_, x| x[0].mean(&[0]));
}

#[test]
fn dot_general_in_every_arrangement() {
    let _device = device_scope();
    check("matmul", &[&[3, 4], &[4, 2]], -1.0, 1.0, |_, x| x[0].matmul(&x[1]));
    check("shared weight", &[&[2, 3, 4], &[4, 2]], -1.0, 1.0, |_, x| x[0].matmul(&x[1]));
    check("batched", &[&[2, 3, 4], &[2, 4, 5]], -1.0, 1.0, |_, x| x[0].matmul(&x[1]));
    let dims = DotDims { lhs_batch: vec![2], rhs_batch: vec![0], lhs_contract: vec![0, 3], rhs_contract: vec![3, 1] };
    check("permuted batch and two contractions", &[&[3, 2, 2, 4], &[2, 4, 5, 3]], -1.0, 1.0, |_, x| {
        x[0].dot_general(&x[1], &dims)
    });
}

#[test]
fn convolutions() {
    let _device = device_scope();
    let spec = |stride: i64, pad: (i64, i64), dil: i64, groups: i64| ConvSpec {
        strides: vec![stride],
        padding: vec![pad],
        lhs_dilation: vec![1],
        rhs_dilation: vec![dil],
        feature_group_count: groups,
    };
    check("conv dense causal", &[&[2, 6, 3], &[3, 3, 2]], -1.0, 1.0, |_, x| x[0].conv(&x[1], &spec(1, (2, 0), 1, 1)));
    check("conv depthwise", &[&[1, 7, 4], &[3, 1, 4]], -1.0, 1.0, |_, x| x[0].conv(&x[1], &spec(1, (1, 1), 1, 4)));
    check("conv grouped strided dilated", &[&[2, 9, 4], &[2, 2, 6]], -1.0, 1.0, |_, x| {
        x[0].conv(&x[1], &spec(2, (1, 2), 2, 2))
    });
    check("conv cropping", &[&[1, 8, 2], &[2, 2, 2]], -1.0, 1.0, |_, x| x[0].conv(&x[1], &spec(1, (-1, 1), 1, 1)));
}

#[test]
fn gather_and_scatter() {
    let _device = device_scope();
    check("take_rows", &[&[5, 3]], -1.0, 1.0, |g, x| x[0].take_rows(&g.constant_i32(&[4, 0, 4, 2], &[2, 2])?));
    check("scatter_add_rows", &[&[5, 3], &[2, 2, 3]], -1.0, 1.0, |g, x| {
        x[0].scatter_add_rows(&g.constant_i32(&[4, 0, 4, 2], &[2, 2])?, &x[1])
    });
}

#[test]
fn layers() {
    let _device = device_scope();
    check("layer_norm", &[&[2, 5], &[5], &[5]], -1.0, 1.0, |_, x| nn::layer_norm(&x[0], &x[1], &x[2], 1e-5));
    check("softmax", &[&[3, 4]], -2.0, 2.0, |_, x| nn::softmax(&x[0], -1));
    check("log_softmax", &[&[3, 4]], -2.0, 2.0, |_, x| nn::log_softmax(&x[0], -1));
    check("logsumexp", &[&[3, 4]], -2.0, 2.0, |_, x| nn::logsumexp(&x[0], 0));
    check("glu", &[&[2, 6]], -2.0, 2.0, |_, x| nn::glu(&x[0], -1));
    check("swish", &[&[2, 6]], -2.0, 2.0, |_, x| nn::swish(&x[0]));
}

#[test]
fn values_independent_of_the_loss_get_zero_gradients_and_control_flow_is_refused() {
    let _device = device_scope();
    let g = Graph::new("z");
    let x = g.param("x", f64t(&[2])).unwrap();
    let unused = g.param("unused", f64t(&[3])).unwrap();
    let loss = x.sum(&[0]).unwrap();
    let grads = grad(&loss, &[x.clone(), unused]).unwrap();
    let f = g.finish(&grads).unwrap();
    let r = run(&f, &[Host::f64(&[1.0, 2.0], &[2]), Host::f64(&[0.0; 3], &[3])]);
    assert_eq!(r[0].as_f64(), vec![1.0, 1.0]);
    assert_eq!(r[1].as_f64(), vec![0.0; 3]);

    let g = Graph::new("loop");
    let x = g.param("x", f64t(&[])).unwrap();
    let out = g
        .while_loop(&[x.clone()], None, |v| v[0].lt(&g.scalar(10.0, DType::F64)?), |v| Ok(vec![v[0].mul_scalar(2.0)?]))
        .unwrap();
    let e = grad(&out[0], &[x]).unwrap_err().to_string();
    assert!(e.contains("cannot differentiate through While"), "{e}");
}

#[test]
fn stop_gradient_passes_values_but_not_gradients() {
    let _device = device_scope();
    // Straight-through: forward value round(x), gradient of x.
    let g = Graph::new("st");
    let x = g.param("x", f64t(&[3])).unwrap();
    let hard = x.round().unwrap();
    let st = hard.add(&x.sub(&x.stop_gradient().unwrap()).unwrap()).unwrap();
    let loss = st.mul(&st).unwrap().sum(&[0]).unwrap();
    let grads = grad(&loss, &[x.clone()]).unwrap();
    let f = g.finish(&[st, grads[0].clone()]).unwrap();
    let r = run(&f, &[Host::f64(&[0.3, 1.7, -2.2], &[3])]);
    assert_eq!(r[0].as_f64(), vec![0.0, 2.0, -2.0]);
    assert_eq!(r[1].as_f64(), vec![0.0, 4.0, -4.0], "d(st^2)/dx = 2 st * 1");
}
