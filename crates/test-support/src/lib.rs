//! The test harness of Hark's crates (a dev-dependency only): CPU PJRT
//! clients for tests, and the exit hook that keeps the plugin's C++ static
//! destructors from aborting a test process after its tests passed.

/// `n` deterministic pseudo-random values in [lo, hi) from a xorshift64
/// seeded by `seed`: the same on every machine, so the tests' inputs (and
/// the goldens made from them) never change.
pub fn uniform_f32(n: usize, seed: u64, lo: f32, hi: f32) -> Vec<f32> {
    let mut s = seed.wrapping_mul(0x9E3779B97F4A7C15) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            lo + (hi - lo) * ((s >> 40) as f32 / (1u64 << 24) as f32)
        })
        .collect()
}

/// A new client on the CPU plugin with one device, for tests. Panics (it is
/// a test helper) with the setup command if the plugin is not installed.
/// Call [`skip_static_destructors_at_exit`] at the end of each test that
/// used it.
pub fn test_cpu_client() -> hark_pjrt::Client {
    test_cpu_client_with_devices(1)
}

/// [`test_cpu_client`] with `devices` CPU devices (they share the cores).
pub fn test_cpu_client_with_devices(devices: i64) -> hark_pjrt::Client {
    let options = hark_pjrt::ClientOptions { cpu_device_count: Some(devices), ..Default::default() };
    match hark_plugins::open_client(hark_plugins::DeviceKind::Cpu, None, &options) {
        Ok((client, _)) => client,
        Err(e) => panic!("the CPU PJRT plugin is needed: run `cargo run --release -- setup` ({e})"),
    }
}

/// Whether a test of this process panicked (failed).
static TEST_FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

unsafe extern "C" {
    fn atexit(callback: extern "C" fn()) -> std::ffi::c_int;
    fn _exit(status: std::ffi::c_int) -> !;
}

extern "C" fn exit_now() {
    let failed = TEST_FAILED.load(std::sync::atomic::Ordering::SeqCst);
    // SAFETY: ends the process; the harness has printed its report (its
    // lines end in newlines, so Rust's stdout has flushed them).
    unsafe { _exit(if failed { 101 } else { 0 }) }
}

/// For test processes: when the process exits, end it with the test
/// harness's status (101 if a test panicked, else 0) before any C++ static
/// destructor of the PJRT plugin runs.
///
/// Why: those destructors race the plugin's threads (observed: "libc++abi:
/// ... recursive_mutex lock failed", an abort after every test passed, in
/// up to half the runs of a test compiling a convolution). The plugin
/// registers destructors lazily, during compilation, and `atexit` handlers
/// run in reverse order of registration, so this must be called *after* the
/// device work: at the end of each test. Calling it again is harmless.
pub fn skip_static_destructors_at_exit() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            TEST_FAILED.store(true, std::sync::atomic::Ordering::SeqCst);
            previous(info)
        }));
    });
    // SAFETY: registering a plain function with the C runtime.
    unsafe { atexit(exit_now) };
}

/// The client of a test process, shared by every test and never destroyed:
/// destroying a client inside exit handlers, or letting the plugin's C++
/// static destructors run at exit, can abort the process after every test
/// passed ("recursive_mutex lock failed"). Tests using it start with
/// `let _device = device_scope();`.
pub fn shared_test_client() -> hark_pjrt::Client {
    static CLIENT: std::sync::OnceLock<hark_pjrt::Client> = std::sync::OnceLock::new();
    CLIENT.get_or_init(test_cpu_client).clone()
}

/// Marks the end of a test's device use: when dropped, it makes the process
/// skip the plugin's static destructors at exit (see
/// [`skip_static_destructors_at_exit`]).
pub struct DeviceScope;

pub fn device_scope() -> DeviceScope {
    DeviceScope
}

impl Drop for DeviceScope {
    fn drop(&mut self) {
        skip_static_destructors_at_exit();
    }
}
