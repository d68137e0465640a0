mod common;
use common::*;
use hark_graph::*;

#[test]
fn every_op_kind_compiles() {
    let g = Graph::new("smoke");
    let x = g.param("x", TensorType::new(DType::F32, [2, 3, 4])).unwrap();
    let idx = g.param("idx", TensorType::new(DType::I32, [5])).unwrap();
    let key = g.param("key", TensorType::new(DType::U64, [2])).unwrap();
    let a = x.exp().unwrap().add(&x.mul_scalar(2.0).unwrap()).unwrap();
    let b = a.reshape(&[6, 4]).unwrap().transpose(&[1, 0]).unwrap();
    let c = b.slice(&[0, 1], &[4, 5], &[1, 2]).unwrap();
    let d = c.pad(&c.scalar_like(0.5).unwrap(), &[1, 0], &[0, 2], &[0, 1]).unwrap();
    let e = g.concat(&[d.clone(), d.clone()], 0).unwrap();
    let s = e.sum(&[1]).unwrap();
    let m = e.reduce_max(&[0, 1]).unwrap();
    let w = g.constant_f32(&random(12, 1, -1.0, 1.0), &[4, 3]).unwrap();
    let mm = x.matmul(&w).unwrap();
    let k = g.constant_f32(&random(3 * 2 * 4, 2, -1.0, 1.0), &[3, 2, 4]).unwrap();
    let conv = x.conv1d(&k, (2, 0), 2).unwrap();
    let table = g.constant_f32(&random(40, 3, -1.0, 1.0), &[10, 4]).unwrap();
    let emb = table.take_rows(&idx).unwrap();
    let grad = g.splat(0.0, DType::F32, &[10, 4]).unwrap().scatter_add_rows(&idx, &emb).unwrap();
    let i0 = g.index(1).unwrap();
    let ds = x.dynamic_slice(&[i0.clone(), i0.clone(), i0.clone()], &[1, 2, 2]).unwrap();
    let dus = x.dynamic_update_slice(&ds, &[i0.clone(), i0.clone(), i0.clone()]).unwrap();
    let cmp = x.gt(&x.scalar_like(0.0).unwrap()).unwrap().select(&x, &dus).unwrap();
    let cs = x.cumsum(1).unwrap();
    let am = x.argmax(-1).unwrap();
    let (tv, ti) = x.top_k(2).unwrap();
    let (key2, u) = g.random_uniform(&key, &[3]).unwrap();
    let lp = nn::log_softmax(&x, -1).unwrap();
    let ln = nn::layer_norm(&x, &g.splat(1.0, DType::F32, &[4]).unwrap(), &g.splat(0.0, DType::F32, &[4]).unwrap(), 1e-5).unwrap();
    let loop_out = g
        .while_loop(
            &[g.index(0).unwrap(), g.scalar(0.0, DType::F32).unwrap()],
            Some(10),
            |v| v[0].lt(&g.index(10).unwrap()),
            |v| Ok(vec![v[0].add(&g.index(1).unwrap())?, v[1].add(&m)?]),
        )
        .unwrap();
    let branch = g.cond(&m.gt(&m.scalar_like(0.0).unwrap()).unwrap(), || Ok(vec![s.clone()]), || Ok(vec![s.neg()?])).unwrap();
    let f = g
        .finish(&[a, s, m, mm, conv, emb, grad, cmp, cs, am, tv, ti, key2, u, lp, ln, loop_out[1].clone(), branch[0].clone()])
        .unwrap();
    let outs = run(
        &f,
        &[Host::f32(&random(24, 5, -1.0, 1.0), &[2, 3, 4]), Host::i32(&[0, 3, 9, 3, 1], &[5]), Host::u64(&[1, 2], &[2])],
    );
    assert_eq!(outs.len(), 18);
}
