mod common;
use common::*;
use symphonia::core::io::{MediaSourceStream, ReadOnlySource};
use symphonia::core::formats::{probe::Hint, TrackType};
#[test]
fn ogg() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let s = sine(440.0, 44100, 30.0, 0.5);
    let wav = mono_wav(d, "x.wav", 44100, &s);
    let o = d.join("x.ogg"); sox(&wav, &o);
    let orig = std::fs::read(&o).unwrap();
    println!("len {}", orig.len());
    for pos in [orig.len()/4, orig.len()/2, orig.len()*3/4] {
        let mut b = orig.clone(); b[pos] ^= 0x55;
        let p = d.join("f.ogg"); std::fs::write(&p, &b).unwrap();
        println!("flip at {pos}: {:?}", hark_audio::read_all(&p).map(|v| v.len()));
        for seekable in [true, false] {
            let f = std::fs::File::open(&p).unwrap();
            let mss = if seekable { MediaSourceStream::new(Box::new(f), Default::default()) } else { MediaSourceStream::new(Box::new(ReadOnlySource::new(f)), Default::default()) };
            let r = symphonia::default::get_probe().probe(&Hint::new(), mss, Default::default(), Default::default());
            match r {
                Err(e) => println!("  seekable {seekable}: probe err {e}"),
                Ok(mut fmt) => {
                    let t = fmt.default_track(TrackType::Audio).unwrap();
                    let mut dec = symphonia::default::get_codecs().make_audio_decoder(t.codec_params.as_ref().unwrap().audio().unwrap(), &Default::default()).unwrap();
                    let mut frames = 0; let mut errs = vec![];
                    for _ in 0..10000 { match fmt.next_packet() { Ok(Some(p)) => match dec.decode(&p) { Ok(b) => frames += b.frames(), Err(e) => errs.push(format!("dec {e}")) }, Ok(None) => break, Err(e) => { errs.push(format!("demux {e}")); } } }
                    println!("  seekable {seekable}: frames {frames} errs {:?}", &errs[..errs.len().min(5)]);
                }
            }
        }
    }
}
