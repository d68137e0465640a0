//! Every op run through the CPU plugin and checked against an f64 host
//! reference computed here. Tolerances are per test, relative to
//! max(1, |expected|): exact ops (data movement, integer arithmetic,
//! comparisons) must match exactly; f32 arithmetic within a few ulp
//! (1e-6); transcendental functions within XLA's f32 approximations (2e-6);
//! accumulations within what f32 summation order allows (1e-5).

mod common;
use common::*;
use hark_graph::*;

fn f32t(shape: &[i64]) -> TensorType {
    TensorType::new(DType::F32, shape)
}

/// Row-major strides of a shape.
fn strides(shape: &[i64]) -> Vec<usize> {
    let mut s = vec![1usize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1] as usize;
    }
    s
}

/// Multi-index of flat position `i`.
fn unravel(mut i: usize, shape: &[i64]) -> Vec<usize> {
    let mut idx = vec![0; shape.len()];
    for d in (0..shape.len()).rev() {
        let n = shape[d] as usize;
        idx[d] = i % n;
        i /= n;
    }
    idx
}

/// One-parameter graph `f(x)` run on `data`.
fn run1(shape: &[i64], data: &[f32], f: impl FnOnce(&Value) -> Result<Value>) -> Host {
    let g = Graph::new("t");
    let x = g.param("x", f32t(shape)).unwrap();
    let y = f(&x).unwrap();
    run(&g.finish(&[y]).unwrap(), &[Host::f32(data, shape)]).remove(0)
}

fn run2(sa: &[i64], a: &[f32], sb: &[i64], b: &[f32], f: impl FnOnce(&Value, &Value) -> Result<Value>) -> Host {
    let g = Graph::new("t");
    let x = g.param("a", f32t(sa)).unwrap();
    let y = g.param("b", f32t(sb)).unwrap();
    let z = f(&x, &y).unwrap();
    run(&g.finish(&[z]).unwrap(), &[Host::f32(a, sa), Host::f32(b, sb)]).remove(0)
}

#[test]
fn unary_ops_match_f64() {
    let _device = device_scope();
    let shape = [3, 5];
    let x = random(15, 11, -3.0, 3.0);
    let pos = random(15, 12, 0.01, 5.0);
    type F = fn(&Value) -> Result<Value>;
    let cases: Vec<(&str, F, fn(f64) -> f64, bool, f64)> = vec![
        ("neg", Value::neg, |v| -v, false, 0.0),
        ("abs", Value::abs, f64::abs, false, 0.0),
        ("sign", Value::sign, f64::signum, false, 0.0),
        ("floor", Value::floor, f64::floor, false, 0.0),
        ("ceil", Value::ceil, f64::ceil, false, 0.0),
        ("exp", Value::exp, f64::exp, false, 2e-6),
        ("expm1", Value::expm1, f64::exp_m1, false, 2e-6),
        ("tanh", Value::tanh, f64::tanh, false, 2e-6),
        ("logistic", Value::logistic, |v| 1.0 / (1.0 + (-v).exp()), false, 2e-6),
        ("sin", Value::sin, f64::sin, false, 2e-6),
        ("cos", Value::cos, f64::cos, false, 2e-6),
        ("log", Value::log, f64::ln, true, 2e-6),
        ("log1p", Value::log1p, f64::ln_1p, true, 2e-6),
        ("sqrt", Value::sqrt, f64::sqrt, true, 1e-6),
        ("rsqrt", Value::rsqrt, |v| 1.0 / v.sqrt(), true, 2e-6),
    ];
    for (name, op, reference, positive, tol) in cases {
        let input = if positive { &pos } else { &x };
        let got = run1(&shape, input, op).as_f32();
        let want: Vec<f64> = input.iter().map(|&v| reference(v as f64)).collect();
        assert_close(name, &got, &want, tol);
    }
}

#[test]
fn log_and_sqrt_of_zero_and_negatives_follow_ieee() {
    let _device = device_scope();
    let data = [0.0f32, -1.0, -0.0, 4.0];
    let log = run1(&[4], &data, Value::log).as_f32();
    assert_eq!(log[0], f32::NEG_INFINITY);
    assert!(log[1].is_nan());
    assert_eq!(log[2], f32::NEG_INFINITY);
    let sqrt = run1(&[4], &data, Value::sqrt).as_f32();
    assert_eq!(sqrt[0], 0.0);
    assert!(sqrt[1].is_nan());
    assert_eq!(sqrt[3], 2.0);
    let rsqrt = run1(&[4], &data, Value::rsqrt).as_f32();
    assert_eq!(rsqrt[0], f32::INFINITY);
    assert!(rsqrt[1].is_nan());
}

#[test]
fn binary_ops_broadcast_like_numpy() {
    let _device = device_scope();
    let (sa, sb) = ([2, 1, 4], [3, 1]);
    let a = random(8, 21, -2.0, 2.0);
    let b = random(3, 22, 0.5, 2.0);
    type F = fn(&Value, &Value) -> Result<Value>;
    let cases: Vec<(&str, F, fn(f64, f64) -> f64, f64)> = vec![
        ("add", Value::add, |x, y| x + y, 1e-6),
        ("sub", Value::sub, |x, y| x - y, 1e-6),
        ("mul", Value::mul, |x, y| x * y, 1e-6),
        ("div", Value::div, |x, y| x / y, 1e-6),
        ("max", Value::maximum, f64::max, 0.0),
        ("min", Value::minimum, f64::min, 0.0),
        ("pow", Value::pow, |x, y| x.abs().powf(y), 2e-6),
        ("atan2", Value::atan2, f64::atan2, 2e-6),
    ];
    for (name, op, reference, tol) in cases {
        let a_used: Vec<f32> = if name == "pow" { a.iter().map(|v| v.abs()).collect() } else { a.clone() };
        let got = run2(&sa, &a_used, &sb, &b, op);
        assert_eq!(got.shape, vec![2, 3, 4], "{name}: broadcast shape");
        let want: Vec<f64> = (0..24)
            .map(|i| {
                let idx = unravel(i, &[2, 3, 4]);
                reference(a_used[idx[0] * 4 + idx[2]] as f64, b[idx[1]] as f64)
            })
            .collect();
        assert_close(name, &got.as_f32(), &want, tol);
    }
}

#[test]
fn comparisons_select_clamp_and_convert() {
    let _device = device_scope();
    let a = [1.0f32, -2.0, 3.5, 0.0];
    let b = [1.0f32, 2.0, -3.5, -0.0];
    let g = Graph::new("cmp");
    let x = g.param("a", f32t(&[4])).unwrap();
    let y = g.param("b", f32t(&[4])).unwrap();
    let outs = vec![
        x.eq(&y).unwrap(),
        x.ne(&y).unwrap(),
        x.lt(&y).unwrap(),
        x.le(&y).unwrap(),
        x.gt(&y).unwrap(),
        x.ge(&y).unwrap(),
    ];
    let mut all = outs.clone();
    all.push(x.lt(&y).unwrap().select(&x, &y).unwrap());
    all.push(x.clamp(&x.scalar_like(-1.0).unwrap(), &x.scalar_like(2.0).unwrap()).unwrap());
    all.push(x.convert(DType::I32).unwrap());
    all.push(x.convert(DType::Bool).unwrap());
    let r = run(&g.finish(&all).unwrap(), &[Host::f32(&a, &[4]), Host::f32(&b, &[4])]);
    let ops: [fn(f32, f32) -> bool; 6] =
        [|p, q| p == q, |p, q| p != q, |p, q| p < q, |p, q| p <= q, |p, q| p > q, |p, q| p >= q];
    for (k, op) in ops.iter().enumerate() {
        let want: Vec<bool> = a.iter().zip(&b).map(|(&p, &q)| op(p, q)).collect();
        assert_eq!(r[k].as_bool(), want, "comparison {k}");
    }
    assert_eq!(r[6].as_f32(), vec![1.0, -2.0, -3.5, -0.0]);
    assert_eq!(r[7].as_f32(), vec![1.0, -1.0, 2.0, 0.0]);
    assert_eq!(r[8].as_i32(), vec![1, -2, 3, 0], "f32 -> i32 truncates towards zero");
    assert_eq!(r[9].as_bool(), vec![true, true, true, false]);
}

#[test]
fn integer_and_boolean_arithmetic_is_exact() {
    let _device = device_scope();
    let g = Graph::new("ints");
    let x = g.param("x", TensorType::new(DType::I32, [4])).unwrap();
    let y = g.param("y", TensorType::new(DType::I32, [4])).unwrap();
    let p = g.param("p", TensorType::new(DType::Bool, [4])).unwrap();
    let outs = [
        x.add(&y).unwrap(),
        x.mul(&y).unwrap(),
        x.div(&y).unwrap(),
        x.rem(&y).unwrap(),
        x.maximum(&y).unwrap(),
        p.not().unwrap(),
        p.xor(&x.gt(&y).unwrap()).unwrap(),
    ];
    let r = run(
        &g.finish(&outs).unwrap(),
        &[
            Host::i32(&[7, -7, i32::MAX, 5], &[4]),
            Host::i32(&[2, 2, 1, -3], &[4]),
            Host::bool(&[true, false, true, false], &[4]),
        ],
    );
    assert_eq!(r[0].as_i32(), vec![9, -5, i32::MIN, 2]);
    assert_eq!(r[1].as_i32(), vec![14, -14, i32::MAX, -15]);
    assert_eq!(r[2].as_i32(), vec![3, -3, i32::MAX, -1], "division truncates towards zero");
    assert_eq!(r[3].as_i32(), vec![1, -1, 0, 2]);
    assert_eq!(r[4].as_i32(), vec![7, 2, i32::MAX, 5]);
    assert_eq!(r[5].as_bool(), vec![false, true, false, true]);
    assert_eq!(r[6].as_bool(), vec![false, false, false, true]);
}

#[test]
fn reshape_transpose_broadcast_and_iota() {
    let _device = device_scope();
    let data = random(24, 31, -1.0, 1.0);
    let t = run1(&[2, 3, 4], &data, |x| x.transpose(&[2, 0, 1])).as_f32();
    for i in 0..24 {
        let idx = unravel(i, &[4, 2, 3]);
        assert_eq!(t[i], data[idx[1] * 12 + idx[2] * 4 + idx[0]]);
    }
    let r = run1(&[2, 3, 4], &data, |x| x.reshape(&[4, -1])?.transpose(&[1, 0]));
    assert_eq!(r.shape, vec![6, 4]);
    let b = run1(&[3], &data[..3], |x| x.broadcast_in_dim(&[2, 3, 2], &[1]));
    let bv = b.as_f32();
    for i in 0..12 {
        assert_eq!(bv[i], data[unravel(i, &[2, 3, 2])[1]]);
    }
    let g = Graph::new("iota");
    let i = g.iota(DType::I32, &[2, 3], 1).unwrap();
    let r = run(&g.finish(&[i]).unwrap(), &[]);
    assert_eq!(r[0].as_i32(), vec![0, 1, 2, 0, 1, 2]);
}

#[test]
fn slices_pads_and_concatenation() {
    let _device = device_scope();
    let shape = [4, 5];
    let data: Vec<f32> = (0..20).map(|v| v as f32).collect();
    let s = run1(&shape, &data, |x| x.slice(&[1, 0], &[4, 5], &[2, 3]));
    assert_eq!(s.shape, vec![2, 2]);
    assert_eq!(s.as_f32(), vec![5.0, 8.0, 15.0, 18.0]);
    // Pad with low 1 / high -1 (crop) / interior 1 on the columns.
    let p = run1(&[2, 3], &data[..6], |x| x.pad(&x.scalar_like(-1.0)?, &[0, 1], &[1, -1], &[0, 1]));
    assert_eq!(p.shape, vec![3, 5]);
    assert_eq!(p.as_f32(), vec![-1., 0., -1., 1., -1., -1., 3., -1., 4., -1., -1., -1., -1., -1., -1.]);
    let c = run2(&[2, 2], &data[..4], &[2, 1], &data[10..12], |a, b| a.graph().concat(&[a.clone(), b.clone()], 1));
    assert_eq!(c.as_f32(), vec![0., 1., 10., 2., 3., 11.]);
    // Zero-size and size-1 dimensions.
    let z = run1(&[4, 5], &data, |x| x.slice_axis(0, 2, 2));
    assert_eq!(z.shape, vec![0, 5]);
    assert!(z.as_f32().is_empty());
    let one = run1(&[1, 5], &data[..5], |x| x.sum(&[0]));
    assert_eq!(one.as_f32(), data[..5].to_vec());
}

#[test]
fn dynamic_slices_clamp_their_starts() {
    let _device = device_scope();
    let data: Vec<f32> = (0..12).map(|v| v as f32).collect();
    let g = Graph::new("dyn");
    let x = g.param("x", f32t(&[3, 4])).unwrap();
    let i = g.param("i", TensorType::new(DType::I32, [])).unwrap();
    let zero = g.index(0).unwrap();
    let row = x.dynamic_slice(&[i.clone(), zero.clone()], &[1, 4]).unwrap();
    let upd = x.dynamic_update_slice(&g.splat(-1.0, DType::F32, &[2, 2]).unwrap(), &[i.clone(), i.clone()]).unwrap();
    let f = g.finish(&[row, upd]).unwrap();
    let r = run(&f, &[Host::f32(&data, &[3, 4]), Host::i32(&[1], &[])]);
    assert_eq!(r[0].as_f32(), vec![4., 5., 6., 7.]);
    assert_eq!(r[1].as_f32(), vec![0., 1., 2., 3., 4., -1., -1., 7., 8., -1., -1., 11.]);
    // Start 7 is clamped to 2 (the last row).
    let r = run(&f, &[Host::f32(&data, &[3, 4]), Host::i32(&[7], &[])]);
    assert_eq!(r[0].as_f32(), vec![8., 9., 10., 11.]);
}

#[test]
fn reductions_over_any_axes() {
    let _device = device_scope();
    let shape = [2, 3, 4];
    let data = random(24, 41, -2.0, 2.0);
    for (axes, keep) in [
        (vec![0i64], vec![1, 2]),
        (vec![1], vec![0, 2]),
        (vec![-1], vec![0, 1]),
        (vec![0, 2], vec![1]),
        (vec![0, 1, 2], vec![]),
    ] {
        let kept: Vec<i64> = keep.iter().map(|&d| shape[d]).collect();
        let n: usize = kept.iter().product::<i64>() as usize;
        let mut sum = vec![0.0f64; n];
        let mut max = vec![f64::NEG_INFINITY; n];
        let mut min = vec![f64::INFINITY; n];
        for i in 0..24 {
            let idx = unravel(i, &shape);
            let o = keep.iter().zip(strides(&kept)).map(|(&d, s)| idx[d] * s).sum::<usize>();
            sum[o] += data[i] as f64;
            max[o] = max[o].max(data[i] as f64);
            min[o] = min[o].min(data[i] as f64);
        }
        let r = run1(&shape, &data, |x| x.sum(&axes));
        assert_eq!(r.shape, kept);
        assert_close(&format!("sum {axes:?}"), &r.as_f32(), &sum, 1e-6);
        assert_close(&format!("max {axes:?}"), &run1(&shape, &data, |x| x.reduce_max(&axes)).as_f32(), &max, 0.0);
        assert_close(&format!("min {axes:?}"), &run1(&shape, &data, |x| x.reduce_min(&axes)).as_f32(), &min, 0.0);
    }
    // Reducing a zero-size dimension gives the identity.
    let e = run1(&[0, 3], &[], |x| x.sum(&[0]));
    assert_eq!(e.as_f32(), vec![0.0; 3]);
    let e = run1(&[0, 3], &[], |x| x.reduce_max(&[0]));
    assert_eq!(e.as_f32(), vec![f32::NEG_INFINITY; 3]);
}

#[test]
fn dot_general_with_batch_and_contracting_dims() {
    let _device = device_scope();
    // [b=2, m=3, k=4] x [k=4, b=2, n=5], batch (0, 1), contract (2, 0).
    let a = random(24, 51, -1.0, 1.0);
    let b = random(40, 52, -1.0, 1.0);
    let dims = DotDims { lhs_batch: vec![0], rhs_batch: vec![1], lhs_contract: vec![2], rhs_contract: vec![0] };
    let r = run2(&[2, 3, 4], &a, &[4, 2, 5], &b, |x, y| x.dot_general(y, &dims));
    assert_eq!(r.shape, vec![2, 3, 5]);
    let mut want = vec![0.0f64; 30];
    for bi in 0..2 {
        for m in 0..3 {
            for n in 0..5 {
                want[bi * 15 + m * 5 + n] =
                    (0..4).map(|k| a[bi * 12 + m * 4 + k] as f64 * b[k * 10 + bi * 5 + n] as f64).sum();
            }
        }
    }
    assert_close("dot_general", &r.as_f32(), &want, 1e-6);
    // matmul of a rank-3 input by a shared weight.
    let w = random(20, 53, -1.0, 1.0);
    let r = run2(&[2, 3, 4], &a, &[4, 5], &w, |x, y| x.matmul(y));
    let want: Vec<f64> = (0..30)
        .map(|i| {
            let (row, n) = (i / 5, i % 5);
            (0..4).map(|k| a[row * 4 + k] as f64 * w[k * 5 + n] as f64).sum()
        })
        .collect();
    assert_close("matmul", &r.as_f32(), &want, 1e-6);
}

/// Host reference of [`Value::conv`] for one spatial dimension.
fn conv1d_ref(
    x: &[f32],
    xs: [usize; 3],
    k: &[f32],
    ks: [usize; 3],
    stride: usize,
    pad: (usize, usize),
    dil: usize,
    groups: usize,
) -> (Vec<f64>, usize) {
    let [b, t, cin] = xs;
    let [kw, kin, kout] = ks;
    let span = (kw - 1) * dil + 1;
    let tout = (t + pad.0 + pad.1 - span) / stride + 1;
    let out_per_group = kout / groups;
    let mut y = vec![0.0f64; b * tout * kout];
    for bi in 0..b {
        for to in 0..tout {
            for o in 0..kout {
                let grp = o / out_per_group;
                let mut acc = 0.0f64;
                for j in 0..kw {
                    let ti = (to * stride + j * dil) as i64 - pad.0 as i64;
                    if ti < 0 || ti >= t as i64 {
                        continue;
                    }
                    for c in 0..kin {
                        acc += x[bi * t * cin + ti as usize * cin + grp * kin + c] as f64
                            * k[j * kin * kout + c * kout + o] as f64;
                    }
                }
                y[bi * tout * kout + to * kout + o] = acc;
            }
        }
    }
    (y, tout)
}

#[test]
fn convolutions_dense_strided_dilated_and_depthwise() {
    let _device = device_scope();
    let (b, t, cin) = (2usize, 9usize, 4usize);
    let x = random(b * t * cin, 61, -1.0, 1.0);
    for (kw, groups, kout, stride, pad, dil) in
        [(3, 1, 5, 1, (2, 0), 1), (3, 4, 4, 1, (2, 0), 1), (2, 2, 6, 2, (1, 1), 2), (5, 4, 8, 1, (4, 0), 1)]
    {
        let kin = cin / groups;
        let k = random(kw * kin * kout, 62 + kw as u64, -1.0, 1.0);
        let spec = ConvSpec {
            strides: vec![stride as i64],
            padding: vec![(pad.0 as i64, pad.1 as i64)],
            lhs_dilation: vec![1],
            rhs_dilation: vec![dil as i64],
            feature_group_count: groups as i64,
        };
        let r = run2(&[b as i64, t as i64, cin as i64], &x, &[kw as i64, kin as i64, kout as i64], &k, |x, k| {
            x.conv(k, &spec)
        });
        let (want, tout) = conv1d_ref(&x, [b, t, cin], &k, [kw, kin, kout], stride, pad, dil, groups);
        assert_eq!(r.shape, vec![b as i64, tout as i64, kout as i64]);
        assert_close(&format!("conv k{kw} g{groups} s{stride} d{dil}"), &r.as_f32(), &want, 1e-6);
    }
}

#[test]
fn embedding_lookup_and_its_transpose() {
    let _device = device_scope();
    let table: Vec<f32> = (0..15).map(|v| v as f32).collect();
    let g = Graph::new("emb");
    let w = g.param("w", f32t(&[5, 3])).unwrap();
    let ids = g.param("ids", TensorType::new(DType::I32, [2, 2])).unwrap();
    let rows = w.take_rows(&ids).unwrap();
    let back = g.splat(0.0, DType::F32, &[5, 3]).unwrap().scatter_add_rows(&ids, &rows).unwrap();
    let r = run(&g.finish(&[rows, back]).unwrap(), &[Host::f32(&table, &[5, 3]), Host::i32(&[4, 0, 4, 2], &[2, 2])]);
    assert_eq!(r[0].shape, vec![2, 2, 3]);
    assert_eq!(r[0].as_f32(), vec![12., 13., 14., 0., 1., 2., 12., 13., 14., 6., 7., 8.]);
    // Row 4 was taken twice, so its gradient accumulates twice.
    assert_eq!(r[1].as_f32(), vec![0., 1., 2., 0., 0., 0., 6., 7., 8., 0., 0., 0., 24., 26., 28.]);
}

#[test]
fn argmax_is_one_reduction_that_keeps_the_first_maximum() {
    let _device = device_scope();
    // Rows longer than XLA's 32-element reduction window, maxima repeated
    // far apart (whatever order the reduction combines in, the first wins),
    // a row of -inf and a row with the maximum last.
    let (rows, n) = (4usize, 300usize);
    let mut data = random(rows * n, 17, -1.0, 1.0);
    for (row, hits) in [(0, vec![7, 40, 299]), (1, vec![0, 150]), (3, vec![299])] {
        for i in hits {
            data[row * n + i] = 2.0;
        }
    }
    data[2 * n..3 * n].iter_mut().for_each(|v| *v = f32::NEG_INFINITY);
    let am = run1(&[rows as i64, n as i64], &data, |x| x.argmax(1));
    assert_eq!(am.as_i32(), vec![7, 0, 0, 299]);
    // Over a leading axis, and the graph holds one variadic reduction.
    let cols = run1(&[rows as i64, n as i64], &data, |x| x.argmax(0)).as_i32();
    for (j, &got) in cols.iter().enumerate() {
        let column: Vec<f32> = (0..rows).map(|r| data[r * n + j]).collect();
        let best = column.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
        assert_eq!(got as usize, column.iter().position(|&v| v == best).unwrap(), "column {j}");
    }
    let g = Graph::new("argmax");
    let x = g.param("x", f32t(&[rows as i64, n as i64])).unwrap();
    let text = to_mlir(&g.finish(&[x.argmax(1).unwrap()]).unwrap()).unwrap();
    assert_eq!(text.matches("\"stablehlo.reduce\"").count(), 1, "{text}");
}

#[test]
fn scans_argmax_sort_and_top_k() {
    let _device = device_scope();
    let data = [3.0f32, -1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0];
    let c = run1(&[2, 5], &data, |x| x.cumsum(1)).as_f32();
    assert_eq!(c, vec![3., 2., 6., 7., 12., 9., 11., 17., 22., 25.]);
    let long = random(1000, 71, 0.0, 1.0);
    let mut acc = 0.0f64;
    let want: Vec<f64> = long
        .iter()
        .map(|&v| {
            acc += v as f64;
            acc
        })
        .collect();
    assert_close("cumsum 1000", &run1(&[1000], &long, |x| x.cumsum(0)).as_f32(), &want, 1e-5);
    let am = run1(&[2, 5], &data, |x| x.argmax(1));
    assert_eq!(am.as_i32(), vec![4, 0], "first index of the maximum");
    let g = Graph::new("topk");
    let x = g.param("x", f32t(&[2, 5])).unwrap();
    let (v, i) = x.top_k(3).unwrap();
    let asc = g.sort(&[x.clone()], 1, false).unwrap().remove(0);
    let r = run(&g.finish(&[v, i, asc]).unwrap(), &[Host::f32(&data, &[2, 5])]);
    assert_eq!(r[0].as_f32(), vec![5., 4., 3., 9., 6., 5.]);
    assert_eq!(r[1].as_i32(), vec![4, 2, 0, 0, 2, 3], "ties keep their order (stable)");
    assert_eq!(r[2].as_f32(), vec![-1., 1., 3., 4., 5., 2., 3., 5., 6., 9.]);
}

#[test]
fn while_loop_running_sum_over_1000_steps() {
    let _device = device_scope();
    let g = Graph::new("running_sum");
    let xs = g.param("xs", f32t(&[1000])).unwrap();
    let zero = g.index(0).unwrap();
    let out = g
        .while_loop(
            &[zero, g.scalar(0.0, DType::F32).unwrap(), g.splat(0.0, DType::F32, &[1000]).unwrap()],
            Some(1000),
            |v| v[0].lt(&g.index(1000)?),
            |v| {
                // Reads `xs` from the enclosing function.
                let x = xs.dynamic_slice(&[v[0].clone()], &[1])?.reshape(&[])?;
                let sum = v[1].add(&x)?;
                let prefix = v[2].dynamic_update_slice(&sum.reshape(&[1])?, &[v[0].clone()])?;
                Ok(vec![v[0].add(&g.index(1)?)?, sum, prefix])
            },
        )
        .unwrap();
    let f = g.finish(&[out[0].clone(), out[1].clone(), out[2].clone()]).unwrap();
    assert_eq!(analyze(&f).flops, 1000 * (1 + 1 + 1), "loop cost counts every trip");
    let xs_host = random(1000, 81, -1.0, 1.0);
    let r = run(&f, &[Host::f32(&xs_host, &[1000])]);
    assert_eq!(r[0].as_i32(), vec![1000]);
    let mut acc = 0.0f32;
    let prefix: Vec<f32> = xs_host
        .iter()
        .map(|&v| {
            acc += v;
            acc
        })
        .collect();
    // Sequential f32 accumulation in the same order: identical.
    assert_eq!(r[1].as_f32(), vec![acc]);
    assert_eq!(r[2].as_f32(), prefix);
}

#[test]
fn if_case_and_call() {
    let _device = device_scope();
    let g = Graph::new("branches");
    let x = g.param("x", f32t(&[3])).unwrap();
    let i = g.param("i", TensorType::new(DType::I32, [])).unwrap();
    let positive = x.sum(&[0]).unwrap().gt(&g.scalar(0.0, DType::F32).unwrap()).unwrap();
    let picked = g.cond(&positive, || Ok(vec![x.mul_scalar(2.0)?]), || Ok(vec![x.neg()?])).unwrap();
    let cased = g
        .case(
            &i,
            vec![
                Box::new(|| Ok(vec![x.add_scalar(1.0)?])),
                Box::new(|| Ok(vec![x.add_scalar(2.0)?])),
                Box::new(|| Ok(vec![x.add_scalar(3.0)?])),
            ],
        )
        .unwrap();
    let sq = Graph::new("square");
    let p = sq.param("p", f32t(&[3])).unwrap();
    let square = std::rc::Rc::new(sq.finish(&[p.square().unwrap()]).unwrap());
    let called = g.call(&square, &[x.clone()]).unwrap();
    let f = g.finish(&[picked[0].clone(), cased[0].clone(), called[0].clone()]).unwrap();
    let text = to_mlir(&f).unwrap();
    assert!(text.contains("func.func private @square"), "{text}");
    let r = run(&f, &[Host::f32(&[1.0, 2.0, -1.0], &[3]), Host::i32(&[1], &[])]);
    assert_eq!(r[0].as_f32(), vec![2.0, 4.0, -2.0]);
    assert_eq!(r[1].as_f32(), vec![3.0, 4.0, 1.0]);
    assert_eq!(r[2].as_f32(), vec![1.0, 4.0, 1.0]);
    let r = run(&f, &[Host::f32(&[-1.0, -2.0, 1.0], &[3]), Host::i32(&[9], &[])]);
    assert_eq!(r[0].as_f32(), vec![1.0, 2.0, -1.0]);
    assert_eq!(r[1].as_f32(), vec![2.0, 1.0, 4.0], "out-of-range index runs the last branch");
}

#[test]
fn random_bits_are_deterministic_and_uniform() {
    let _device = device_scope();
    let g = Graph::new("rng");
    let key = g.param("key", TensorType::new(DType::U64, [2])).unwrap();
    let (k2, u) = g.random_uniform(&key, &[10000]).unwrap();
    let (_, u2) = g.random_uniform(&k2, &[10000]).unwrap();
    let f = g.finish(&[u, u2]).unwrap();
    let a = run(&f, &[Host::u64(&[7, 0], &[2])]);
    let b = run(&f, &[Host::u64(&[7, 0], &[2])]);
    assert_eq!(a, b, "same key, same numbers");
    let (u, u2) = (a[0].as_f32(), a[1].as_f32());
    assert_ne!(u, u2, "the returned key advances");
    assert!(u.iter().all(|&v| (0.0..1.0).contains(&v)));
    let mean = u.iter().map(|&v| v as f64).sum::<f64>() / u.len() as f64;
    // Uniform mean 0.5, standard error 0.29 / sqrt(10000) = 0.003.
    assert!((mean - 0.5).abs() < 0.015, "mean {mean}");
}

#[test]
fn constants_of_every_kind_round_trip() {
    let _device = device_scope();
    let g = Graph::new("consts");
    let vals = [1.5f32, -0.0, f32::INFINITY, 1e-30, 3.0e38, f32::MIN_POSITIVE];
    let outs = vec![
        g.constant_f32(&vals, &[2, 3]).unwrap(),
        g.splat(0.1, DType::F32, &[2]).unwrap(),
        g.splat(f64::NEG_INFINITY, DType::F32, &[1]).unwrap(),
        g.splat(1e-10, DType::F64, &[1]).unwrap(),
        g.constant_i32(&[i32::MIN, 0, 7], &[3]).unwrap(),
        g.constant_bool(&[true, false, false, true], &[2, 2]).unwrap(),
        g.splat(-3.0, DType::I32, &[2]).unwrap(),
    ];
    let r = run(&g.finish(&outs).unwrap(), &[]);
    assert_eq!(r[0].as_f32(), vals.to_vec());
    assert_eq!(r[1].as_f32(), vec![0.1, 0.1]);
    assert_eq!(r[2].as_f32(), vec![f32::NEG_INFINITY]);
    assert_eq!(r[3].as_f64(), vec![1e-10]);
    assert_eq!(r[4].as_i32(), vec![i32::MIN, 0, 7]);
    assert_eq!(r[5].as_bool(), vec![true, false, false, true]);
    assert_eq!(r[6].as_i32(), vec![-3, -3]);
}

#[test]
fn f16_bf16_and_i64_values_compute() {
    let _device = device_scope();
    let g = Graph::new("narrow");
    let x = g.param("x", f32t(&[4])).unwrap();
    let big = g.param("big", TensorType::new(DType::I64, [2])).unwrap();
    let half = x.convert(DType::F16).unwrap().mul_scalar(2.0).unwrap().convert(DType::F32).unwrap();
    let brain = x.convert(DType::BF16).unwrap().add_scalar(1.0).unwrap().convert(DType::F32).unwrap();
    let sum = big.add(&big.scalar_like(1.0).unwrap()).unwrap().convert(DType::F32).unwrap();
    let f = g.finish(&[half, brain, sum]).unwrap();
    let mut bytes = Vec::new();
    for v in [1i64 << 40, -5] {
        bytes.extend(v.to_le_bytes());
    }
    let r = run(&f, &[Host::f32(&[0.5, -1.25, 3.0, 100.0], &[4]), Host { dtype: DType::I64, shape: vec![2], bytes }]);
    // Inputs and results exactly representable in f16 and bf16, so the
    // answer is exact whether or not XLA keeps excess precision between the
    // converts (it may: `xla_allow_excess_precision`).
    assert_eq!(r[0].as_f32(), vec![1.0, -2.5, 6.0, 200.0]);
    assert_eq!(r[1].as_f32(), vec![1.5, -0.25, 4.0, 101.0]);
    assert_eq!(r[2].as_f32(), vec![(1i64 << 40) as f32 + 1.0, -4.0]);
}

/// The builder's all-reduce, emitted and run as 2 replicas on 2 CPU
/// devices: each replica gets the sum and the mean of both inputs, and the
/// gradient of `L_r = sum(mean(x)^2)` summed over replicas reaches each
/// replica's `x` as `2 * mean(x)` (exact in f32 for these inputs).
#[test]
fn all_reduce_sums_over_replicas_and_differentiates() {
    let _device = device_scope();
    let g = Graph::new("replicas");
    let x = g.param("x", f32t(&[2, 2])).unwrap();
    let sum = x.all_reduce(ReduceKind::Sum, 2).unwrap();
    let mean = x.replica_mean(2).unwrap();
    let max = x.all_reduce(ReduceKind::Max, 2).unwrap();
    let loss = mean.square().unwrap().sum(&[0, 1]).unwrap();
    let gx = grad(&loss, &[x.clone()]).unwrap().remove(0);
    let f = g.finish(&[sum, mean, max, gx]).unwrap();
    let text = to_mlir(&f).unwrap();
    assert!(text.contains("stablehlo.all_reduce") && text.contains("dense<[[0, 1]]>"), "{text}");

    let plugin = client().plugin().clone();
    let c =
        hark_pjrt::Client::new(&plugin, &hark_pjrt::ClientOptions { cpu_device_count: Some(2), ..Default::default() })
            .unwrap();
    let ids: Vec<i64> = c.devices().unwrap().iter().map(|d| d.id as i64).collect();
    let program = hark_pjrt::Program::from_mlir(f.name.clone(), text).unwrap();
    let exe = c.compile_with(&program, &hark_pjrt::CompileOptions::replicated(&ids)).unwrap();
    let inputs = [[1.0f32, -2.0, 3.0, 0.5], [3.0, 4.0, -1.0, 0.5]];
    let buffers: Vec<_> = inputs.iter().enumerate().map(|(r, x)| c.buffer_on(r, x, &[2, 2]).unwrap()).collect();
    let outs = exe.execute_replicated(buffers.iter().map(|b| vec![hark_pjrt::Arg::Borrowed(b)]).collect()).unwrap();
    for (r, out) in outs.iter().enumerate() {
        let got: Vec<Vec<f32>> = out.iter().map(|b| b.to_host::<f32>().unwrap()).collect();
        assert_eq!(got[0], vec![4.0, 2.0, 2.0, 1.0], "sum on replica {r}");
        assert_eq!(got[1], vec![2.0, 1.0, 1.0, 0.5], "mean on replica {r}");
        assert_eq!(got[2], vec![3.0, 4.0, 3.0, 0.5], "max on replica {r}");
        assert_eq!(got[3], vec![4.0, 2.0, 2.0, 1.0], "gradient on replica {r}");
    }
    // Bad replica counts and dtypes are builder errors.
    assert!(x.all_reduce(ReduceKind::Sum, 0).unwrap_err().to_string().contains("at least one replica"));
    assert!(x.all_reduce(ReduceKind::And, 2).is_err());
    assert_eq!(x.all_reduce(ReduceKind::Sum, 1).unwrap().ty(), x.ty(), "one replica: the value itself");
}
