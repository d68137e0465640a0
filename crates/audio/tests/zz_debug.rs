mod common;
use common::*;
#[test]
fn dbg() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let input = sine(440.0, 44100, 2.0, 0.5);
    let wav = mono_wav(d, "x.wav", 44100, &input);
    for ext in ["flac", "ogg", "mp3"] {
        let out = d.join(format!("x.{ext}"));
        sox(&wav, &out);
        let r = hark_audio::AudioReader::open(&out).unwrap();
        let o = hark_audio::read_all(&out).unwrap();
        println!("{ext}: {:?} len {} freq {}", r.info(), o.len(), dominant_frequency(middle(&o, 2000), 16000));
        let bytes = std::fs::read(&out).unwrap();
        for frac in [0.5, 0.9] {
            let t = d.join(format!("t{frac}.{ext}"));
            std::fs::write(&t, &bytes[..(bytes.len() as f64 * frac) as usize]).unwrap();
            println!("  truncated {frac}: {:?}", hark_audio::read_all(&t).map(|v| v.len()));
        }
        let mut b = bytes.clone();
        let n = b.len();
        for i in n/3..n/3+200 { b[i] = (i * 7919 % 251) as u8; }
        let t = d.join(format!("garbled.{ext}"));
        std::fs::write(&t, &b).unwrap();
        println!("  garbled: {:?}", hark_audio::read_all(&t).map(|v| v.len()));
    }
    let bytes = std::fs::read(&wav).unwrap();
    for cut in [44 + 1001, 44 + 1000, 100] {
        let t = d.join(format!("t{cut}.wav"));
        std::fs::write(&t, &bytes[..cut]).unwrap();
        println!("wav cut {cut}: {:?}", hark_audio::read_all(&t).map(|v| v.len()));
    }
    let mut seed = 0x2545F4914F6CDD1Du64;
    for i in 0..20 {
        let b: Vec<u8> = (0..20000).map(|_| { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; seed as u8 }).collect();
        for ext in ["bin", "wav", "mp3"] {
            let t = d.join(format!("r{i}.{ext}"));
            std::fs::write(&t, &b).unwrap();
            println!("random {i} {ext}: {:?}", hark_audio::read_all(&t).map(|v| v.len()).map_err(|e| e.to_string()));
        }
    }
    let t = d.join("text.wav");
    std::fs::write(&t, "hello this is not audio\n".repeat(100)).unwrap();
    println!("text: {:?}", hark_audio::read_all(&t).map_err(|e| e.to_string()));
}
