//! Running graphs on the CPU plugin, for the op tests.
#![allow(dead_code)]

use hark_graph::{DType, Func};
use hark_pjrt::{Arg, Program};

pub use hark_test_support::{device_scope, shared_test_client as client};

/// A host array of any dtype: raw little-endian bytes plus its type.
#[derive(Clone, Debug, PartialEq)]
pub struct Host {
    pub dtype: DType,
    pub shape: Vec<i64>,
    pub bytes: Vec<u8>,
}

impl Host {
    pub fn f32(data: &[f32], shape: &[i64]) -> Host {
        Host { dtype: DType::F32, shape: shape.to_vec(), bytes: data.iter().flat_map(|v| v.to_le_bytes()).collect() }
    }
    pub fn f64(data: &[f64], shape: &[i64]) -> Host {
        Host { dtype: DType::F64, shape: shape.to_vec(), bytes: data.iter().flat_map(|v| v.to_le_bytes()).collect() }
    }
    pub fn i32(data: &[i32], shape: &[i64]) -> Host {
        Host { dtype: DType::I32, shape: shape.to_vec(), bytes: data.iter().flat_map(|v| v.to_le_bytes()).collect() }
    }
    pub fn u64(data: &[u64], shape: &[i64]) -> Host {
        Host { dtype: DType::U64, shape: shape.to_vec(), bytes: data.iter().flat_map(|v| v.to_le_bytes()).collect() }
    }
    pub fn bool(data: &[bool], shape: &[i64]) -> Host {
        Host { dtype: DType::Bool, shape: shape.to_vec(), bytes: data.iter().map(|&b| b as u8).collect() }
    }
    pub fn as_f32(&self) -> Vec<f32> {
        assert_eq!(self.dtype, DType::F32);
        self.bytes.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect()
    }
    pub fn as_f64(&self) -> Vec<f64> {
        assert_eq!(self.dtype, DType::F64);
        self.bytes.chunks_exact(8).map(|c| f64::from_le_bytes(c.try_into().unwrap())).collect()
    }
    pub fn as_i32(&self) -> Vec<i32> {
        assert_eq!(self.dtype, DType::I32);
        self.bytes.chunks_exact(4).map(|c| i32::from_le_bytes(c.try_into().unwrap())).collect()
    }
    pub fn as_u32(&self) -> Vec<u32> {
        assert_eq!(self.dtype, DType::U32);
        self.bytes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect()
    }
    pub fn as_bool(&self) -> Vec<bool> {
        assert_eq!(self.dtype, DType::Bool);
        self.bytes.iter().map(|&b| b != 0).collect()
    }
}

/// A compiled function, to run many times.
pub struct Compiled {
    exe: hark_pjrt::Executable,
    text: String,
}

/// Emits and compiles `f`.
pub fn compile(f: &Func) -> Compiled {
    let text = hark_graph::to_mlir(f).expect("emission");
    let program = Program::from_mlir(f.name.clone(), text.clone()).expect("signature");
    let exe = client().compile(&program).unwrap_or_else(|e| panic!("{e}\n--- program ---\n{text}"));
    Compiled { exe, text }
}

impl Compiled {
    /// Runs on `args`; returns the results on the host.
    pub fn call(&self, args: &[Host]) -> Vec<Host> {
        let c = client();
        let buffers: Vec<_> =
            args.iter().map(|h| c.buffer_from_bytes(0, h.dtype, &h.bytes, &h.shape).expect("upload")).collect();
        let outs = self
            .exe
            .execute(buffers.iter().map(Arg::Borrowed))
            .unwrap_or_else(|e| panic!("{e}\n--- program ---\n{}", self.text));
        outs.iter()
            .map(|b| Host { dtype: b.element_type(), shape: b.dims().to_vec(), bytes: b.to_host_bytes().unwrap() })
            .collect()
    }
}

/// Emits, compiles and runs `f` on `args`; returns its results on the host.
pub fn run(f: &Func, args: &[Host]) -> Vec<Host> {
    compile(f).call(args)
}

/// Largest absolute difference, asserting it is within `tol` (scaled by
/// max(1, |want|) so that one tolerance serves small and large values).
pub fn assert_close(what: &str, got: &[f32], want: &[f64], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    let mut worst = 0.0f64;
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let err = (g as f64 - w).abs() / w.abs().max(1.0);
        if !(err <= tol) && !(g.is_nan() && w.is_nan()) && !(g as f64 == w) {
            panic!("{what}[{i}]: got {g}, want {w} (relative error {err:.3e} > {tol:.1e})");
        }
        if err.is_finite() {
            worst = worst.max(err);
        }
    }
    eprintln!("{what}: max relative error {worst:.3e} (tolerance {tol:.1e})");
}

/// Deterministic pseudo-random values in [lo, hi).
pub fn random(n: usize, seed: u64, lo: f32, hi: f32) -> Vec<f32> {
    hark_test_support::uniform_f32(n, seed, lo, hi)
}
