//! `hark bench data`: how fast the training data pipeline turns a manifest
//! into features, one thread, with and without augmentation. Training is
//! data-bound when this is below the training step's audio seconds per
//! second (`hark bench train`) times the loader threads.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use hark_features::MelConfig;
use hark_text::Tokenizer;
use hark_train::data::{Augment, Rng, featurize, load_corpus};

pub fn run(
    data: &Path,
    tokenizer: &Path,
    utterances: usize,
    augment_file: Option<&Path>,
    noise: &[std::path::PathBuf],
    json: bool,
) -> Result<()> {
    let corpus = load_corpus(data)?;
    let tokenizer = Tokenizer::load(tokenizer).with_context(|| format!("loading {}", tokenizer.display()))?;
    let mel = MelConfig::default();
    let take = corpus.len().min(utterances);
    anyhow::ensure!(take > 0, "{}: no utterances", data.display());
    let mut rows = Vec::new();
    let mut pipelines = vec![("decode + features", None), ("decode + augment + features", Some(Augment::default()))];
    if let Some(file) = augment_file {
        let started = Instant::now();
        let augment = Augment::from_file(file, noise)?;
        eprintln!("{}: loaded with its room bank in {:.2} s", file.display(), started.elapsed().as_secs_f64());
        pipelines.push(("decode + augment file + features", Some(augment)));
    }
    for (name, augment) in pipelines {
        let mut rng = Rng::new(0);
        let (mut audio, mut elapsed) = (0.0, Duration::ZERO);
        for utt in &corpus[..take] {
            let t = Instant::now();
            let example = featurize(utt, &tokenizer, mel, augment.as_ref(), &mut rng)
                .with_context(|| format!("featurizing {}", utt.audio.display()))?;
            elapsed += t.elapsed();
            audio += example.seconds;
        }
        rows.push((name, audio, elapsed.as_secs_f64()));
    }
    if !json {
        println!("{take} utterances of {}, one thread\n", data.display());
        println!("| pipeline | audio (s) | wall (s) | audio s / s |");
        println!("|---|---:|---:|---:|");
    }
    for (name, audio, wall) in rows {
        if json {
            let row = serde_json::json!({"bench": "data", "pipeline": name, "utterances": take,
                "audio_s": audio, "wall_s": wall, "audio_seconds_per_second": audio / wall});
            println!("{row}");
        } else {
            println!("| {name} | {audio:.1} | {wall:.2} | {:.1} |", audio / wall);
        }
    }
    Ok(())
}
