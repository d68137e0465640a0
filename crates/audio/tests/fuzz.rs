//! Damaged files of every format the reader takes: thousands of seeded
//! mutations of headers and bodies, and truncations, of small WAV, FLAC,
//! Ogg/Vorbis and MP3 fixtures. None may panic, abort, allocate more than
//! a bound, or yield more audio than its bytes can hold; each either reads
//! or fails with an error naming the file. A failure prints the case
//! (fixture, seed, mutation) so it can be rerun alone.
//!
//! The only test in its binary, so the allocation counter sees this test's
//! allocations and no other's. MP3 and Ogg fixtures are made with sox.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use hark_audio::AudioReader;

/// The system allocator, counting live heap bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Peak heap growth allowed while one damaged file is read. The costliest
/// legitimate set-up is the resampler for a rate sharing no factor with
/// 16 kHz (66 MB at 383,999 Hz: docs/RELIABILITY.md); every fixture is
/// under 40 KB, so anything near this bound is a header believed.
const PEAK_BOUND: usize = 160 << 20;

/// Output samples allowed per input byte: a WAV of 8-bit samples at the
/// lowest rate taken (1 kHz) yields 16; lossy codecs a few times more at
/// their lowest bit rates.
const SAMPLES_PER_BYTE: usize = 256;

/// xorshift64*: a seeded stream of mutations, reproducible from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Values that break length and rate fields: zero, one, the extremes.
const EXTREMES: [u32; 8] = [0, 1, 2, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xFFFF, 0x1_0000];

/// One damaged copy of `good`, and what was done to it.
fn mutate(good: &[u8], rng: &mut Rng) -> (Vec<u8>, String) {
    let mut b = good.to_vec();
    // Headers are where lengths and rates are believed: most mutations aim
    // at the first 256 bytes.
    let head = b.len().min(256);
    let what = match rng.below(6) {
        0 => {
            let at = rng.below(b.len());
            b.truncate(at);
            format!("truncated to {at} bytes")
        }
        1 => {
            let n = 1 + rng.below(8);
            for _ in 0..n {
                let at = rng.below(head);
                b[at] ^= 1 << rng.below(8);
            }
            format!("{n} header bits flipped")
        }
        2 if head >= 4 => {
            let at = rng.below(head - 3);
            let v = EXTREMES[rng.below(EXTREMES.len())];
            b[at..at + 4].copy_from_slice(&v.to_le_bytes());
            format!("header word at {at} set to {v:#x}")
        }
        3 => {
            let n = 1 + rng.below(32);
            for _ in 0..n {
                let at = rng.below(b.len());
                b[at] = rng.next() as u8;
            }
            format!("{n} bytes anywhere set at random")
        }
        4 => {
            let from = rng.below(b.len());
            let len = rng.below(b.len() - from).min(4096);
            let at = rng.below(b.len());
            let chunk = b[from..from + len].to_vec();
            b.splice(at..at, chunk);
            format!("{len} bytes from {from} inserted at {at}")
        }
        _ => {
            let at = rng.below(head);
            let len = rng.below(head - at + 1);
            b.drain(at..at + len);
            format!("{len} header bytes from {at} removed")
        }
    };
    (b, what)
}

/// Reads `path` to its end or its first error; panics on a broken promise.
fn read_damaged(path: &Path, bytes: usize, case: &str) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let result = std::panic::catch_unwind(|| {
        let mut samples = 0usize;
        let mut reader = match AudioReader::open(path) {
            Ok(r) => r,
            Err(e) => return Err(e),
        };
        while let Some(block) = reader.next_block()? {
            samples += block.len();
            assert!(samples <= SAMPLES_PER_BYTE * bytes + 16_000, "{case}: {samples} samples from {bytes} bytes");
        }
        Ok(samples)
    });
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    match result {
        Err(_) => panic!("{case}: the reader panicked"),
        Ok(Err(e)) => {
            let file = path.display().to_string();
            assert!(e.to_string().contains(&file), "{case}: the error does not name the file: {e}");
        }
        Ok(Ok(_)) => {}
    }
    assert!(peak <= PEAK_BOUND, "{case}: {} MB allocated at the peak", peak >> 20);
}

#[test]
fn damaged_files_of_every_format_never_panic_or_allocate_beyond_a_bound() {
    let dir = tempfile::tempdir().unwrap();
    let tone = sine(440.0, 22_050, 0.4, 0.5);
    let tone48 = sine(440.0, 48_000, 0.3, 0.5);
    let mut fixtures = Vec::new();
    for (name, rate, pcm, channels) in [
        ("i16.wav", 22_050, Pcm::I16, vec![&tone[..]]),
        ("i24-stereo.wav", 22_050, Pcm::I24, vec![&tone[..], &tone[..]]),
        ("f32.wav", 48_000, Pcm::F32, vec![&tone48[..]]),
    ] {
        let path = dir.path().join(name);
        write_wav(&path, rate, pcm, &channels);
        fixtures.push(path);
    }
    for ext in ["flac", "ogg", "mp3"] {
        let path = dir.path().join(format!("tone.{ext}"));
        sox(&fixtures[0], &path);
        fixtures.push(path);
    }
    let cases_per_fixture = 1000;
    let (mut read, mut refused) = (0, 0);
    for fixture in &fixtures {
        let good = std::fs::read(fixture).unwrap();
        let ext = fixture.extension().unwrap().to_str().unwrap();
        let name = fixture.file_name().unwrap().to_str().unwrap().to_string();
        for i in 0..cases_per_fixture {
            let seed = 0x9E37_79B9_7F4A_7C15 ^ (i as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03);
            let (bytes, what) = mutate(&good, &mut Rng(seed));
            // The extension is kept: the probe is given the same hint.
            let path = dir.path().join(format!("case.{ext}"));
            std::fs::write(&path, &bytes).unwrap();
            let case = format!("{name}, case {i} (seed {seed:#x}): {what}");
            read_damaged(&path, bytes.len(), &case);
            match AudioReader::open(&path) {
                Ok(_) => read += 1,
                Err(_) => refused += 1,
            }
        }
    }
    // Memory does not depend on the rate's factors: 383,999 Hz once cost
    // 66 MB (an FFT block of a second); every rate now stays near the
    // cost of its quarter-second chunks.
    for rate in [44_100, 48_000, 44_101, 383_999, 384_000] {
        let path = mono_wav(dir.path(), &format!("rate{rate}.wav"), rate, &sine(440.0, rate, 0.5, 0.5));
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        hark_audio::read_all(&path).unwrap();
        let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
        eprintln!("{rate} Hz: peak heap growth {} KB", peak >> 10);
        assert!(peak < 8 << 20, "{rate} Hz: {} KB at the peak", peak >> 10);
    }
    // Both outcomes occur: the mutations reach past the probe.
    assert!(read > 0 && refused > 0, "{read} read, {refused} refused");
    eprintln!("{} damaged files: {read} opened, {refused} refused", fixtures.len() * cases_per_fixture);
}
