//! The runtime on the real CPU plugin: compile and run programs, move every
//! dtype between host and device, donate state, chain asynchronous calls, and
//! turn bad input into errors instead of aborts.
//!
//! Needs the CPU plugin: `cargo run --release -- setup` installs it (CI does).

use std::path::Path;
use std::sync::OnceLock;

use half::{bf16, f16};
use hark_pjrt::{Arg, Client, ClientOptions, DType, Error, Plugin, Program, TensorType};

use hark_test_support::{device_scope, shared_test_client as client};

fn plugin() -> Plugin {
    static PLUGIN: OnceLock<Plugin> = OnceLock::new();
    PLUGIN.get_or_init(|| client().plugin().clone()).clone()
}

/// A one-op program `main(a, b) -> op(a, b)` (or unary `op(a)`).
fn elementwise(op: &str, ty: &str, arity: usize) -> Program {
    let params: Vec<String> = (0..arity).map(|i| format!("%a{i}: {ty}")).collect();
    let operands: Vec<String> = (0..arity).map(|i| format!("%a{i}")).collect();
    let text = format!(
        "module @{op} {{\n  func.func public @main({}) -> {ty} {{\n    %0 = stablehlo.{op} {} : {ty}\n    return %0 : {ty}\n  }}\n}}",
        params.join(", "),
        operands.join(", ")
    );
    Program::from_mlir(op, text).unwrap()
}

#[test]
fn function_table_matches_the_declarations() {
    let _device = device_scope();
    let plugin = plugin();
    let (major, minor) = plugin.api_version();
    assert_eq!(major, hark_pjrt::ffi::PJRT_API_MAJOR);
    assert!(minor <= hark_pjrt::ffi::PJRT_API_MINOR);
    if minor == hark_pjrt::ffi::PJRT_API_MINOR {
        // Same minor: our table must be exactly the plugin's.
        assert_eq!(plugin.api_struct_size(), size_of::<hark_pjrt::ffi::PJRT_Api>());
    }
    let attrs = plugin.attributes().unwrap();
    assert!(attrs.iter().any(|(k, _)| k == "stablehlo_current_version"), "{attrs:?}");
}

#[test]
fn client_reports_platform_and_devices() {
    let _device = device_scope();
    let client = Client::new(&plugin(), &ClientOptions { cpu_device_count: Some(2), ..Default::default() }).unwrap();
    assert_eq!(client.platform_name().unwrap(), "cpu");
    let devices = client.devices().unwrap();
    assert_eq!(devices.len(), 2, "cpu_device_count is honoured");
    assert_eq!(devices[1].ordinal, 1);
    assert_eq!(devices[0].kind, "cpu");
}

#[test]
fn every_dtype_round_trips() {
    let _device = device_scope();
    let c = client();
    macro_rules! round_trip {
        ($t:ty, $vals:expr) => {{
            let vals: Vec<$t> = $vals;
            let b = c.buffer(&vals, &[2, (vals.len() / 2) as i64]).unwrap();
            assert_eq!(b.device_type().unwrap(), *b.ty(), "device agrees on {}", b.ty());
            assert_eq!(b.to_host::<$t>().unwrap(), vals);
            assert_eq!(b.to_host_bytes().unwrap().len(), vals.len() * size_of::<$t>());
        }};
    }
    round_trip!(f32, vec![1.5, -2.0, 0.0, f32::MAX]);
    round_trip!(f64, vec![1.5, -2.0, 1e300, -0.0]);
    round_trip!(bf16, [1.0f32, -3.5, 256.0, 0.007].map(bf16::from_f32).to_vec());
    round_trip!(f16, [1.0f32, -3.5, 256.0, 0.007].map(f16::from_f32).to_vec());
    round_trip!(i32, vec![1, -2, i32::MAX, i32::MIN]);
    round_trip!(i64, vec![1, -2, i64::MAX, i64::MIN]);
    round_trip!(u8, vec![0, 1, 128, 255]);
    round_trip!(bool, vec![true, false, false, true]);

    // Zero-size and scalar buffers.
    let empty = c.buffer::<f32>(&[], &[0, 3]).unwrap();
    assert_eq!(empty.to_host::<f32>().unwrap(), Vec::<f32>::new());
    assert_eq!(c.scalar(7i64).unwrap().to_host::<i64>().unwrap(), vec![7]);
}

#[test]
fn elementwise_ops_match_the_host() {
    let _device = device_scope();
    let c = client();
    let a: Vec<f32> = (0..12).map(|i| i as f32 * 0.25 - 1.0).collect();
    let b: Vec<f32> = (0..12).map(|i| 1.0 + i as f32 * 0.5).collect();
    let ty = "tensor<3x4xf32>";
    let (da, db) = (c.buffer(&a, &[3, 4]).unwrap(), c.buffer(&b, &[3, 4]).unwrap());
    let binary: [(&str, fn(f32, f32) -> f32); 4] =
        [("add", |x, y| x + y), ("multiply", |x, y| x * y), ("subtract", |x, y| x - y), ("divide", |x, y| x / y)];
    for (op, f) in binary {
        let exe = c.compile(&elementwise(op, ty, 2)).unwrap();
        let out: Vec<f32> = exe.execute([Arg::Borrowed(&da), Arg::Borrowed(&db)]).unwrap()[0].to_host().unwrap();
        let want: Vec<f32> = a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect();
        // Exact ops on exactly representable inputs: bit-identical, except
        // division, which IEEE rounds the same on both sides.
        assert_eq!(out, want, "{op}");
    }
    let unary: [(&str, fn(f64) -> f64); 3] = [("exponential", f64::exp), ("tanh", f64::tanh), ("negate", |x| -x)];
    for (op, f) in unary {
        let exe = c.compile(&elementwise(op, ty, 1)).unwrap();
        let out: Vec<f32> = exe.execute([Arg::Borrowed(&da)]).unwrap()[0].to_host().unwrap();
        for (i, (&o, &x)) in out.iter().zip(&a).enumerate() {
            let want = f(x as f64);
            // XLA's vectorized exp/tanh are accurate to a few ulp of f32.
            assert!(((o as f64) - want).abs() <= 1e-6 * want.abs().max(1.0), "{op}[{i}]: {o} vs {want}");
        }
    }
    // Integer and boolean elementwise ops.
    let exe = c.compile(&elementwise("add", "tensor<4xi32>", 2)).unwrap();
    let x = c.buffer(&[1i32, -5, 7, i32::MAX], &[4]).unwrap();
    let y = c.buffer(&[2i32, 5, -7, 1], &[4]).unwrap();
    let out: Vec<i32> = exe.execute([Arg::Borrowed(&x), Arg::Borrowed(&y)]).unwrap()[0].to_host().unwrap();
    assert_eq!(out, vec![3, 0, 0, i32::MIN], "two's complement wrap-around");
    let exe = c.compile(&elementwise("and", "tensor<4xi1>", 2)).unwrap();
    let p = c.buffer(&[true, true, false, false], &[4]).unwrap();
    let q = c.buffer(&[true, false, true, false], &[4]).unwrap();
    let out: Vec<bool> = exe.execute([Arg::Borrowed(&p), Arg::Borrowed(&q)]).unwrap()[0].to_host().unwrap();
    assert_eq!(out, vec![true, false, false, false]);
}

#[test]
fn matmul_matches_an_f64_host_reference() {
    let _device = device_scope();
    let (m, k, n) = (33usize, 47usize, 29usize);
    let text = format!(
        "module @matmul {{
  func.func public @main(%a: tensor<{m}x{k}xf32>, %b: tensor<{k}x{n}xf32>) -> tensor<{m}x{n}xf32> {{
    %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<{m}x{k}xf32>, tensor<{k}x{n}xf32>) -> tensor<{m}x{n}xf32>
    return %0 : tensor<{m}x{n}xf32>
  }}
}}"
    );
    // Deterministic pseudo-random inputs in [-1, 1).
    let mut seed = 0x9e3779b97f4a7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 40) as f32 / (1u64 << 23) as f32 - 1.0
    };
    let a: Vec<f32> = (0..m * k).map(|_| next()).collect();
    let b: Vec<f32> = (0..k * n).map(|_| next()).collect();
    let c = client();
    let exe = c.compile(&Program::from_mlir("matmul", text).unwrap()).unwrap();
    let da = c.buffer(&a, &[m as i64, k as i64]).unwrap();
    let db = c.buffer(&b, &[k as i64, n as i64]).unwrap();
    let out: Vec<f32> = exe.execute([Arg::Borrowed(&da), Arg::Borrowed(&db)]).unwrap()[0].to_host().unwrap();
    let mut max_err = 0.0f64;
    for i in 0..m {
        for j in 0..n {
            let want: f64 = (0..k).map(|p| a[i * k + p] as f64 * b[p * n + j] as f64).sum();
            max_err = max_err.max((out[i * n + j] as f64 - want).abs());
        }
    }
    // f32 accumulation over k=47 terms of magnitude < 1: error well below 1e-5.
    assert!(max_err < 1e-5, "max abs error {max_err}");
}

const STATE_STEP: &str = "module @accumulate {
  func.func public @main(%state: tensor<1024xf32> {tf.aliasing_output = 0 : i32}, %x: tensor<1024xf32>) -> tensor<1024xf32> {
    %0 = stablehlo.add %state, %x : tensor<1024xf32>
    return %0 : tensor<1024xf32>
  }
}";

#[test]
fn donated_state_is_updated_in_place_for_100_steps() {
    let _device = device_scope();
    let c = client();
    let exe = c.compile(&Program::from_mlir("accumulate", STATE_STEP).unwrap()).unwrap();
    assert_eq!(exe.signature().params[0].donated_to, Some(0));
    let x_host: Vec<f32> = (0..1024).map(|i| (i % 7) as f32).collect();
    let x = c.buffer(&x_host, &[1024]).unwrap();
    let mut state = c.buffer(&vec![0.0f32; 1024], &[1024]).unwrap();
    let address = state.device_address().unwrap();
    for step in 0..100 {
        let run = exe.execute_async([Arg::Donated(state), Arg::Borrowed(&x)]).unwrap();
        assert_eq!(run.donations_taken, vec![0], "step {step}: the plugin took the donated state");
        state = run.wait().unwrap().remove(0);
        assert_eq!(state.device_address().unwrap(), address, "step {step}: state stayed in the same device memory");
    }
    // The state went to the host only now, once.
    let got: Vec<f32> = state.to_host().unwrap();
    let want: Vec<f32> = x_host.iter().map(|v| v * 100.0).collect();
    assert_eq!(got, want);
    // The borrowed input was neither consumed nor changed.
    assert!(!x.is_deleted().unwrap());
    assert_eq!(x.to_host::<f32>().unwrap(), x_host);
}

#[test]
fn borrowing_an_aliased_parameter_copies_instead_of_consuming() {
    let _device = device_scope();
    let c = client();
    let exe = c.compile(&Program::from_mlir("accumulate", STATE_STEP).unwrap()).unwrap();
    let state = c.buffer(&vec![1.0f32; 1024], &[1024]).unwrap();
    let x = c.buffer(&vec![2.0f32; 1024], &[1024]).unwrap();
    let run = exe.execute_async([Arg::Borrowed(&state), Arg::Borrowed(&x)]).unwrap();
    assert!(run.donations_taken.is_empty());
    let out = run.wait().unwrap().remove(0);
    assert!(!state.is_deleted().unwrap());
    assert_ne!(out.device_address().unwrap(), state.device_address().unwrap());
    assert_eq!(state.to_host::<f32>().unwrap(), vec![1.0; 1024]);
    assert_eq!(out.to_host::<f32>().unwrap(), vec![3.0; 1024]);
}

#[test]
fn jax_style_buffer_donor_is_honoured() {
    let _device = device_scope();
    let text = STATE_STEP.replace("tf.aliasing_output = 0 : i32", "jax.buffer_donor = true");
    let c = client();
    let exe = c.compile(&Program::from_mlir("donor", text).unwrap()).unwrap();
    assert_eq!(exe.signature().params[0].donated_to, Some(0));
    let state = c.buffer(&vec![1.0f32; 1024], &[1024]).unwrap();
    let x = c.buffer(&vec![2.0f32; 1024], &[1024]).unwrap();
    let run = exe.execute_async([Arg::Donated(state), Arg::Borrowed(&x)]).unwrap();
    assert_eq!(run.donations_taken, vec![0]);
    assert_eq!(run.wait().unwrap()[0].to_host::<f32>().unwrap(), vec![3.0; 1024]);
}

#[test]
fn asynchronous_chain_of_calls() {
    let _device = device_scope();
    let c = client();
    let exe = c.compile(&elementwise("add", "tensor<256xf32>", 2)).unwrap();
    let one = c.buffer(&vec![1.0f32; 256], &[256]).unwrap();
    let mut acc = c.buffer(&vec![0.0f32; 256], &[256]).unwrap();
    let mut events = Vec::new();
    // Enqueue 50 dependent calls without waiting on any of them.
    for _ in 0..50 {
        let run = exe.execute_async([Arg::Donated(acc), Arg::Borrowed(&one)]).unwrap();
        events.push(run.done);
        acc = run.outputs.into_iter().next().unwrap();
    }
    events.last().unwrap().wait().unwrap();
    for e in &events {
        assert!(e.is_ready().unwrap(), "work finishes in order");
    }
    assert_eq!(acc.to_host::<f32>().unwrap(), vec![50.0; 256]);
}

#[test]
fn executables_run_from_several_threads() {
    let _device = device_scope();
    let c = client();
    let exe = std::sync::Arc::new(c.compile(&elementwise("multiply", "tensor<64xf32>", 2)).unwrap());
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let (c, exe) = (c.clone(), exe.clone());
            std::thread::spawn(move || {
                for i in 0..20 {
                    let v = (t * 100 + i) as f32;
                    let a = c.buffer(&vec![v; 64], &[64]).unwrap();
                    let out: Vec<f32> =
                        exe.execute([Arg::Borrowed(&a), Arg::Borrowed(&a)]).unwrap()[0].to_host().unwrap();
                    assert_eq!(out, vec![v * v; 64]);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

// ------------------------------ bad input ----------------------------------

#[test]
fn missing_plugin_file_is_an_error() {
    let _device = device_scope();
    let err = Plugin::load("/nonexistent/libpjrt_cpu.so").unwrap_err();
    assert!(matches!(err, Error::PluginNotFound { .. }), "{err}");
    assert!(err.to_string().contains("/nonexistent/libpjrt_cpu.so"));
}

#[test]
fn a_file_that_is_not_a_library_is_an_error() {
    let _device = device_scope();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("libfake.so");
    std::fs::write(&path, b"this is not an ELF file").unwrap();
    let err = Plugin::load(&path).unwrap_err();
    assert!(matches!(err, Error::PluginLoad { .. }), "{err}");
    assert!(err.to_string().contains("libfake.so"), "{err}");
}

#[test]
fn a_library_that_is_not_a_plugin_is_an_error() {
    let _device = device_scope();
    // libm is a real shared library without GetPjrtApi.
    let libm = ["/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/x86_64-linux-gnu/libm.so.6", "/lib64/libm.so.6"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .expect("libm.so.6");
    let err = Plugin::load(libm).unwrap_err();
    assert!(matches!(err, Error::NotAPlugin { .. }), "{err}");
}

#[test]
fn a_syntax_error_is_reported_by_compile() {
    let _device = device_scope();
    let text = "module @broken {
  func.func public @main(%a: tensor<4xf32>) -> tensor<4xf32> {
    %0 = stablehlo.add %a, %a : tensor<4xf32
    return %0 : tensor<4xf32>
  }
}";
    let err = client().compile(&Program::from_mlir("broken", text).unwrap()).unwrap_err();
    match &err {
        Error::Pjrt { op, message, .. } => {
            assert_eq!(*op, "PJRT_Client_Compile");
            assert!(message.contains("broken"), "{err}");
        }
        other => panic!("expected a compile error, got {other}"),
    }
}

#[test]
fn a_lying_signature_is_caught_at_compile() {
    let _device = device_scope();
    let text = elementwise("add", "tensor<4xf32>", 2).text().to_string();
    let sig = hark_pjrt::Signature {
        params: Program::from_mlir("x", text.clone()).unwrap().signature().params.clone(),
        results: vec![TensorType::new(DType::F32, [5])],
    };
    let err = client().compile(&Program::with_signature("liar", text, sig)).unwrap_err();
    assert!(matches!(err, Error::Signature { .. }), "{err}");
    assert!(err.to_string().contains("tensor<5xf32>"), "{err}");
}

#[test]
fn wrong_arguments_are_rejected_before_the_plugin_sees_them() {
    let _device = device_scope();
    let c = client();
    let exe = c.compile(&Program::from_mlir("accumulate", STATE_STEP).unwrap()).unwrap();
    let good = c.buffer(&vec![0.0f32; 1024], &[1024]).unwrap();
    let wrong_shape = c.buffer(&vec![0.0f32; 1024], &[32, 32]).unwrap();
    let wrong_dtype = c.buffer(&vec![0i32; 1024], &[1024]).unwrap();

    let err = exe.execute([Arg::Borrowed(&good)]).unwrap_err();
    assert!(matches!(err, Error::ArgumentCount { expected: 2, got: 1, .. }), "{err}");
    let err = exe.execute([Arg::Borrowed(&good), Arg::Borrowed(&good), Arg::Borrowed(&good)]).unwrap_err();
    assert!(matches!(err, Error::ArgumentCount { expected: 2, got: 3, .. }), "{err}");

    let err = exe.execute([Arg::Borrowed(&good), Arg::Borrowed(&wrong_shape)]).unwrap_err();
    assert!(matches!(err, Error::ArgumentType { index: 1, .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.contains("(x)") && msg.contains("tensor<1024xf32>") && msg.contains("tensor<32x32xf32>"), "{msg}");

    let err = exe.execute([Arg::Borrowed(&wrong_dtype), Arg::Borrowed(&good)]).unwrap_err();
    assert!(matches!(err, Error::ArgumentType { index: 0, .. }), "{err}");
    assert!(err.to_string().contains("tensor<1024xi32>"), "{err}");

    // Nothing was consumed by the rejected calls.
    assert!(!good.is_deleted().unwrap());
}

#[test]
fn host_data_of_the_wrong_size_or_type_is_an_error() {
    let _device = device_scope();
    let c = client();
    let err = c.buffer(&[1.0f32, 2.0, 3.0], &[2, 2]).unwrap_err();
    assert!(matches!(err, Error::HostDataSize { expected: 4, got: 3, .. }), "{err}");
    let err = c.buffer_on(99, &[1.0f32], &[1]).unwrap_err();
    assert!(err.to_string().contains("ordinal 99"), "{err}");
    let b = c.buffer(&[1.0f32], &[1]).unwrap();
    let err = b.to_host::<i32>().unwrap_err();
    assert!(matches!(err, Error::HostElementType { .. }), "{err}");
}

#[test]
fn a_serialized_executable_loads_and_runs_without_compiling() {
    let _device = device_scope();
    let client = client();
    let program = elementwise("multiply", "tensor<3xf32>", 2);
    let bytes = client.compile(&program).unwrap().serialize().unwrap();
    assert!(!bytes.is_empty());
    let exe = client.load_compiled(&program, &bytes).unwrap();
    let a = client.buffer(&[1.0f32, 2.0, 3.0], &[3]).unwrap();
    let b = client.buffer(&[4.0f32, 5.0, -6.0], &[3]).unwrap();
    let out: Vec<f32> = exe.execute([Arg::Borrowed(&a), Arg::Borrowed(&b)]).unwrap()[0].to_host().unwrap();
    assert_eq!(out, vec![4.0, 10.0, -18.0]);
    // A signature that does not match what was compiled is refused.
    let other = elementwise("multiply", "tensor<4xf32>", 2);
    let e = client.load_compiled(&other, &bytes).unwrap_err().to_string();
    assert!(e.contains("multiply"), "{e}");
    // Bytes that are not an executable are an error, not an abort.
    let e = client.load_compiled(&program, b"not an executable").unwrap_err().to_string();
    assert!(e.contains("loading compiled `multiply`"), "{e}");
}

/// `main(x) -> (all-reduced sum of x over the replicas, x + 1)` for
/// `replicas` replicas.
fn all_reduce_program(replicas: usize) -> Program {
    let group: Vec<String> = (0..replicas).map(|r| r.to_string()).collect();
    let text = format!(
        "module @all_reduce {{
  func.func public @main(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>) {{
    %s = \"stablehlo.all_reduce\"(%x) <{{replica_groups = dense<[[{}]]> : tensor<1x{replicas}xi64>}}> ({{
    ^bb0(%a: tensor<f32>, %b: tensor<f32>):
      %c = stablehlo.add %a, %b : tensor<f32>
      stablehlo.return %c : tensor<f32>
    }}) : (tensor<3xf32>) -> tensor<3xf32>
    %one = stablehlo.constant dense<1.0> : tensor<3xf32>
    %y = stablehlo.add %x, %one : tensor<3xf32>
    return %s, %y : tensor<3xf32>, tensor<3xf32>
  }}
}}",
        group.join(", ")
    );
    Program::from_mlir("all_reduce", text).unwrap()
}

#[test]
fn replicated_program_all_reduces_across_devices() {
    let _device = device_scope();
    for replicas in [2usize, 4] {
        let c =
            Client::new(&plugin(), &ClientOptions { cpu_device_count: Some(replicas as i64), ..Default::default() })
                .unwrap();
        let ids: Vec<i64> = c.devices().unwrap().iter().map(|d| d.id as i64).collect();
        let exe = c.compile_with(&all_reduce_program(replicas), &hark_pjrt::CompileOptions::replicated(&ids)).unwrap();
        assert_eq!(exe.replicas(), replicas);
        let inputs: Vec<Vec<f32>> = (0..replicas).map(|r| vec![r as f32, 10.0 * r as f32, -1.0]).collect();
        let buffers: Vec<_> = inputs.iter().enumerate().map(|(r, x)| c.buffer_on(r, x, &[3]).unwrap()).collect();
        let outs = exe.execute_replicated(buffers.iter().map(|b| vec![Arg::Borrowed(b)]).collect()).unwrap();
        let n = replicas as f32;
        let total = vec![(0..replicas).sum::<usize>() as f32, 10.0 * (0..replicas).sum::<usize>() as f32, -n];
        for (r, out) in outs.iter().enumerate() {
            assert_eq!(out[0].to_host::<f32>().unwrap(), total, "replica {r} of {replicas} gets the sum");
            let own: Vec<f32> = inputs[r].iter().map(|v| v + 1.0).collect();
            assert_eq!(out[1].to_host::<f32>().unwrap(), own, "replica {r} of {replicas} computes on its own input");
        }
        // One argument list for a program of several replicas is refused
        // before the plugin sees it.
        let err = exe.execute_replicated(vec![vec![Arg::Borrowed(&buffers[0])]]).unwrap_err();
        assert!(err.to_string().contains(&format!("{replicas} replica(s)")), "{err}");
        let err = exe.execute([Arg::Borrowed(&buffers[0])]).unwrap_err();
        assert!(err.to_string().contains("one per replica"), "{err}");
    }
}
