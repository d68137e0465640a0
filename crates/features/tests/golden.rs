//! Log-mel features against a float64 numpy reference
//! (`scripts/gen_feature_goldens.py`), and streaming equal to whole-file.

use hark_features::{MelConfig, MelExtractor, log_mel};
use safetensors::SafeTensors;

const GOLDEN: &[u8] = include_bytes!("goldens/log_mel.safetensors");

fn tensor(name: &str) -> Vec<f32> {
    let st = SafeTensors::deserialize(GOLDEN).unwrap();
    st.tensor(name).unwrap().data().chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect()
}

#[test]
fn log_mel_matches_the_float64_reference() {
    let samples = tensor("samples");
    let want = tensor("log_mel");
    let got = log_mel(&samples, MelConfig::default());
    assert_eq!(got.len(), want.len());
    // f32 FFT and filtering vs f64: log-energies agree to 1e-4 absolute
    // (observed: 7e-6); the silent frames at the end sit at the floor,
    // ln(1e-10), on both sides.
    let mut worst = 0.0f32;
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let err = (g - w).abs();
        worst = worst.max(err);
        assert!(err < 1e-4, "value {i} (frame {}, bin {}): {g} vs {w}", i / 80, i % 80);
    }
    eprintln!("max |f32 - f64| = {worst:.2e}");
}

#[test]
fn streaming_in_any_pieces_equals_whole_file() {
    let samples = tensor("samples");
    let whole = log_mel(&samples, MelConfig::default());
    for piece in [1usize, 7, 160, 399, 400, 1000, 4321] {
        let mut ex = MelExtractor::new(MelConfig::default());
        let mut out = Vec::new();
        for chunk in samples.chunks(piece) {
            ex.push(chunk, &mut out);
        }
        assert_eq!(out, whole, "pieces of {piece} samples");
    }
}

#[test]
fn frame_count_follows_the_window_and_hop() {
    let cfg = MelConfig::default();
    assert_eq!(cfg.frames_for(0), 0);
    assert_eq!(cfg.frames_for(399), 0);
    assert_eq!(cfg.frames_for(400), 1);
    assert_eq!(cfg.frames_for(559), 1);
    assert_eq!(cfg.frames_for(560), 2);
    assert_eq!(cfg.frames_for(16000), 98);
    assert_eq!(log_mel(&vec![0.0; 16000], cfg).len(), 98 * 80);
    assert!(log_mel(&vec![0.0; 1000], cfg).iter().all(|&v| v == 1e-10f32.ln()), "silence sits at the floor");
}
