mod common;
use common::*;
#[test]
fn fuzz() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = sine(440.0, 44100, 1.0, 0.5);
    let wav = mono_wav(d, "x.wav", 44100, &s);
    let mut files = vec![wav.clone()];
    for ext in ["flac", "ogg", "mp3"] { let o = d.join(format!("x.{ext}")); sox(&wav, &o); files.push(o); }
    let mut state = 88172645463325252u64;
    let mut rnd = move || { state ^= state << 13; state ^= state >> 7; state ^= state << 17; state };
    let mut counts = std::collections::BTreeMap::new();
    for f in &files {
        let orig = std::fs::read(f).unwrap();
        let ext = f.extension().unwrap().to_str().unwrap();
        for it in 0..300 {
            let mut b = orig.clone();
            match it % 3 {
                0 => { let n = (rnd() % 20 + 1) as usize; for _ in 0..n { let i = (rnd() as usize) % b.len(); b[i] = rnd() as u8; } }
                1 => { let i = (rnd() as usize) % b.len().min(400); b[i] = rnd() as u8; let j = (rnd() as usize) % b.len().min(400); b[j] ^= 0xff; }
                _ => { let n = (rnd() as usize) % b.len(); b.truncate(n); }
            }
            let p = d.join(format!("f.{ext}"));
            std::fs::write(&p, &b).unwrap();
            let r = std::panic::catch_unwind(|| hark_audio::read_all(&p).map(|v| v.len()));
            let key = match r { Err(_) => { std::fs::write(format!("/tmp/panic-{ext}-{it}.{ext}"), &b).unwrap(); "PANIC".to_string() }, Ok(Ok(_)) => "ok".into(), Ok(Err(e)) => format!("{:?}", std::mem::discriminant(&e)) + &e.to_string().split(": ").skip(1).take(2).collect::<Vec<_>>().join(": ") };
            *counts.entry((ext.to_string(), key)).or_insert(0) += 1;
        }
    }
    for (k, v) in counts { println!("{k:?}: {v}"); }
}
