//! `hark bench stream`: live streams fed at real time, as microphones would
//! feed them, all sharing one step program (continuous batching): the
//! latency from the arrival of audio to the partial result that includes it,
//! and whether the machine keeps up.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use hark_engine::DeviceModel;
use hark_pjrt::Client;
use hark_transcribe::live::{Endpointing, Recognizer};
use hark_transcribe::{Options, Transcriber, load_model_dir};

use crate::bench::Stats;

/// One configuration's figures.
struct Row {
    streams: usize,
    chunk: i64,
    latency: Stats,
    /// Share of the wall time spent in steps: near 1 the machine can take
    /// no more streams (latency then grows without bound).
    busy: f64,
    steps: usize,
}

pub fn run(
    client: &Client,
    model_dir: Option<&Path>,
    audio: &Path,
    streams: &[usize],
    chunks: &[i64],
    seconds: f64,
    json: bool,
) -> Result<()> {
    let dir = crate::default_model::locate(model_dir)?.dir;
    let md = load_model_dir(&dir).with_context(|| format!("loading the model in {}", dir.display()))?;
    let samples = hark_audio::read_all(audio)?;
    anyhow::ensure!(!samples.is_empty(), "{}: no audio", audio.display());
    let mut model = DeviceModel::new(client, md.config.clone(), &md.weights)?;
    if let Some(cache) = crate::model_args::user_compile_cache() {
        model.set_compile_cache(cache);
    }
    let mut rows = Vec::new();
    for &n in streams {
        for &chunk in chunks {
            let opts = Options { batch: n as i64, chunk, decode_threads: 0, ..Options::default() };
            // Greedy second pass: the search's cost is per segment, not per step.
            let tokenizer = hark_text::Tokenizer::load(&dir.join(hark_transcribe::TOKENIZER_FILE))?;
            let transcriber = Transcriber::new(&model, tokenizer, opts, None)?;
            rows.push(measure(&transcriber, &samples, n, chunk, seconds)?);
        }
    }
    if json {
        for r in &rows {
            println!(
                "{}",
                serde_json::json!({"streams": r.streams, "chunk": r.chunk, "chunk_ms": r.chunk * 40,
                    "latency_median_ms": ms(r.latency.median), "latency_p90_ms": ms(r.latency.p90),
                    "busy": r.busy, "steps": r.steps})
            );
        }
        return Ok(());
    }
    println!("| streams | chunk (ms) | latency median (ms) | latency p90 (ms) | busy (step time / wall) | steps |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {} | {} | {:.0} | {:.0} | {:.3} | {} |",
            r.streams,
            r.chunk * 40,
            ms(r.latency.median),
            ms(r.latency.p90),
            r.busy,
            r.steps
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `n` streams of `seconds` each (the audio looped), started a fraction of
/// a chunk apart, fed at real time; after each step, every stream whose
/// recognized frames grew gives a latency: now minus the moment its last
/// recognized frame's audio had arrived.
fn measure(t: &Transcriber, audio: &[f32], n: usize, chunk: i64, seconds: f64) -> Result<Row> {
    let mut rec = Recognizer::new(t, Endpointing::default())?;
    let ids: Vec<usize> = (0..n).map(|_| rec.open().expect("a slot per stream")).collect();
    let frame_s = t.model().config.frontend.frame_seconds();
    let offsets: Vec<f64> = (0..n).map(|i| i as f64 / n as f64 * chunk as f64 * frame_s).collect();
    let total = (seconds * 16_000.0) as usize;
    let mut fed = vec![0usize; n];
    let mut done_frames = vec![0usize; n];
    let mut finished = vec![false; n];
    let mut latencies = Vec::new();
    let mut events = Vec::new();
    let mut steps = 0;
    let mut busy = 0.0;
    let start = Instant::now();
    while rec.active() > 0 {
        let now = start.elapsed().as_secs_f64();
        for i in 0..n {
            if finished[i] {
                continue;
            }
            let due = (((now - offsets[i]).max(0.0) * 16_000.0) as usize).min(total);
            while fed[i] < due {
                let at = fed[i] % audio.len();
                let take = (due - fed[i]).min(audio.len() - at);
                rec.feed(ids[i], &audio[at..at + take])?;
                fed[i] += take;
            }
            if fed[i] == total {
                rec.finish(ids[i])?;
                finished[i] = true;
            }
        }
        if !rec.ready() {
            std::thread::sleep(Duration::from_millis(2));
            continue;
        }
        let before = Instant::now();
        rec.step(&mut events)?;
        busy += before.elapsed().as_secs_f64();
        events.clear();
        steps += 1;
        let end = start.elapsed().as_secs_f64();
        for i in 0..n {
            let Some(frames) = rec.frames(ids[i]) else { continue };
            if frames > done_frames[i] {
                done_frames[i] = frames;
                let arrived = offsets[i] + frames as f64 * frame_s;
                if frames as f64 * frame_s <= seconds {
                    latencies.push(Duration::from_secs_f64((end - arrived).max(0.0)));
                }
            }
        }
    }
    let wall = start.elapsed().as_secs_f64();
    anyhow::ensure!(!latencies.is_empty(), "no step completed");
    Ok(Row { streams: n, chunk, latency: Stats::of(latencies), busy: busy / wall, steps })
}
