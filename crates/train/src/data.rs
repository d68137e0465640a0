//! Training data: corpora (JSONL manifests, the LibriSpeech layout),
//! augmentation, feature extraction on worker threads, and batches of a few
//! fixed padded shapes.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};

pub use hark_augment::Rng;
use hark_augment::{Acoustics, AcousticsConfig};
use hark_features::{MelConfig, log_mel};
use hark_text::Tokenizer;
use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::step::TrainShape;
use crate::trainer::Batch;

/// One utterance of a corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Utterance {
    pub audio: PathBuf,
    pub text: String,
    /// The same speech through a lossy codec (low bit-rate MP3, made
    /// beforehand by `scripts/make_codec_variants.py`): the loader may read
    /// one of these instead (`codec_variant_p`), as no codec encoder runs
    /// in the loader itself.
    pub codec_variants: Vec<PathBuf>,
}

/// Reads a corpus: a directory in the LibriSpeech layout (`*.trans.txt`
/// files of `ID text` lines beside `ID.flac`), or a JSONL manifest with
/// `audio` (or `path`) and `text` per line (relative paths are relative to
/// the manifest).
pub fn load_corpus(path: &Path) -> Result<Vec<Utterance>> {
    let err = |m: String| Error::Data(format!("{}: {m}", path.display()));
    if path.is_dir() {
        let mut out = Vec::new();
        let mut stack = vec![path.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(|e| err(e.to_string()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            entries.sort();
            for p in entries {
                if p.is_dir() {
                    stack.push(p);
                } else if p.to_string_lossy().ends_with(".trans.txt") {
                    let text = std::fs::read_to_string(&p).map_err(|e| err(e.to_string()))?;
                    for line in text.lines().filter(|l| !l.trim().is_empty()) {
                        let (id, words) =
                            line.split_once(' ').ok_or_else(|| err(format!("{}: bad line `{line}`", p.display())))?;
                        out.push(Utterance {
                            audio: dir.join(format!("{id}.flac")),
                            text: words.to_string(),
                            codec_variants: Vec::new(),
                        });
                    }
                }
            }
        }
        if out.is_empty() {
            return Err(err("no *.trans.txt files (LibriSpeech layout) found".into()));
        }
        return Ok(out);
    }
    let mut out = Vec::new();
    for (line, audio, v) in manifest_records(path, &err)? {
        let codec_variants = match v.get("codec_variants") {
            None => Vec::new(),
            Some(serde_json::Value::Array(items)) => items
                .iter()
                .map(|x| x.as_str().map(|p| hark_audio::manifest::relative_to(path, p)))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| err(format!("line {line}: \"codec_variants\" must be a list of paths")))?,
            Some(_) => return Err(err(format!("line {line}: \"codec_variants\" must be a list of paths"))),
        };
        match (audio, v.get("text").and_then(|x| x.as_str())) {
            (Some(audio), Some(t)) => out.push(Utterance { audio, text: t.to_string(), codec_variants }),
            _ => return Err(err(format!("line {line}: needs \"audio\" and \"text\""))),
        }
    }
    Ok(out)
}

/// The records of a JSONL manifest: each line's number, its audio path
/// (resolved against the manifest) where it has one, and the record.
fn manifest_records(
    path: &Path,
    err: &dyn Fn(String) -> Error,
) -> Result<Vec<(usize, Option<PathBuf>, serde_json::Value)>> {
    let records = hark_audio::manifest::read_jsonl(path).map_err(|e| err(e.message))?;
    Ok(records.into_iter().map(|r| (r.line, r.audio, r.fields)).collect())
}

/// Where the named evaluation sets' corpora live: `$HARK_DATA`, else
/// `/work/data` (the scripts' examples build them there).
pub fn data_root() -> PathBuf {
    std::env::var_os("HARK_DATA").filter(|v| !v.is_empty()).map(PathBuf::from).unwrap_or_else(|| "/work/data".into())
}

/// The real LibriVox recordings of Debian's pocketsphinx-testdata (test
/// only: never trained on).
pub const LIBRIVOX_DIR: &str = "/usr/share/pocketsphinx/test/data/librivox";

/// The evaluation sets known by name: (name, manifest under the data root,
/// the command that makes it).
pub const NAMED_SETS: &[(&str, &str, &str)] = &[
    ("games-dev", "games/dev.jsonl", "python3 scripts/make_games.py --out $HARK_DATA/games"),
    ("games-test", "games/test.jsonl", "python3 scripts/make_games.py --out $HARK_DATA/games"),
    ("kokoro-dev", "kokoro/dev.jsonl", "python3 scripts/make_kokoro.py --out $HARK_DATA/kokoro"),
    ("kokoro-test", "kokoro/test.jsonl", "python3 scripts/make_kokoro.py --out $HARK_DATA/kokoro"),
    (
        "synthetic-dev",
        "corpus/dev.jsonl",
        "python3 scripts/make_corpus.py --out $HARK_DATA/corpus --hours 10 --version 1",
    ),
    (
        "synthetic-test",
        "corpus/test.jsonl",
        "python3 scripts/make_corpus.py --out $HARK_DATA/corpus --hours 10 --version 1",
    ),
];

/// A set by name (`games-dev`, `games-test`, `kokoro-test`, `librivox`,
/// `synthetic-test`, ...; see [`NAMED_SETS`]) or by path (as
/// [`load_corpus`]); returns its display name and utterances.
pub fn load_set(spec: &str) -> Result<(String, Vec<Utterance>)> {
    if spec == "librivox" {
        return Ok((spec.into(), load_sphinx_transcription(Path::new(LIBRIVOX_DIR))?));
    }
    if let Some((name, rel, make)) = NAMED_SETS.iter().find(|(n, _, _)| *n == spec) {
        let path = data_root().join(rel);
        if !path.is_file() {
            return Err(Error::Data(format!("set {name}: {} does not exist: make it with `{make}`", path.display())));
        }
        return Ok((spec.into(), load_corpus(&path)?));
    }
    let path = Path::new(spec);
    if !path.exists() {
        let names: Vec<&str> = NAMED_SETS.iter().map(|(n, _, _)| *n).chain(["librivox"]).collect();
        return Err(Error::Data(format!("{spec}: no such file, and not a set name ({})", names.join(", "))));
    }
    Ok((spec.into(), load_corpus(path)?))
}

/// A directory of WAVs with a Sphinx `transcription` file (`<s> words </s>
/// (id)` per line).
fn load_sphinx_transcription(dir: &Path) -> Result<Vec<Utterance>> {
    let file = dir.join("transcription");
    let text = std::fs::read_to_string(&file)
        .map_err(|e| Error::Data(format!("{}: {e} (Debian's pocketsphinx-testdata has it)", file.display())))?;
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (words, id) = line
            .trim()
            .rsplit_once(" (")
            .ok_or_else(|| Error::Data(format!("{}: no (id) in `{line}`", file.display())))?;
        let words: Vec<&str> = words.split_whitespace().filter(|w| !matches!(*w, "<s>" | "</s>" | "<sil>")).collect();
        out.push(Utterance {
            audio: dir.join(format!("{}.wav", id.trim_end_matches(')'))),
            text: words.join(" "),
            codec_variants: Vec::new(),
        });
    }
    out.sort_by(|a, b| a.audio.cmp(&b.audio));
    Ok(out)
}

/// Augmentation, all drawn from the loader's seeded generator.
#[derive(Clone, Debug)]
pub struct Augment {
    /// Speed factors to pick from (resampling: pitch and tempo change).
    pub speeds: Vec<f64>,
    /// Gain range in dB.
    pub volume_db: (f32, f32),
    /// Additive white noise at a signal-to-noise ratio in this range (dB);
    /// `None`: no noise.
    pub noise_snr_db: Option<(f32, f32)>,
    /// SpecAugment: frequency masks (count, max width in bins).
    pub freq_masks: (usize, usize),
    /// SpecAugment: time masks (count, max width as a fraction of frames).
    pub time_masks: (usize, f32),
    /// Rooms, recorded and coloured noise, channels, tilt and clipping,
    /// after the speed change and before the gain.
    pub acoustics: Option<Arc<Acoustics>>,
    /// How often an utterance with codec variants is read from one of them
    /// (0: never).
    pub codec_variant_p: f64,
}

impl Default for Augment {
    fn default() -> Self {
        Augment {
            speeds: vec![0.9, 1.0, 1.1],
            volume_db: (-6.0, 6.0),
            noise_snr_db: Some((10.0, 40.0)),
            freq_masks: (2, 15),
            time_masks: (2, 0.05),
            acoustics: None,
            codec_variant_p: 0.0,
        }
    }
}

/// An augmentation file (`hark train --augment FILE`): the [`Augment`]
/// fields, with the defaults for those it leaves out, and an `acoustics`
/// section ([`AcousticsConfig`]).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AugmentFile {
    pub speeds: Option<Vec<f64>>,
    pub volume_db: Option<(f32, f32)>,
    /// `null`: no white noise (the acoustics' noise replaces it).
    #[serde(default, deserialize_with = "some_or_null")]
    pub white_noise_snr_db: Option<Option<(f32, f32)>>,
    pub freq_masks: Option<(usize, usize)>,
    pub time_masks: Option<(usize, f32)>,
    #[serde(default)]
    pub acoustics: AcousticsConfig,
    /// The share of utterances with codec variants read from one.
    pub codec_variant_p: Option<f64>,
}

/// Tells a field given as `null` (Some(None)) from one left out (None).
fn some_or_null<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Option<(f32, f32)>>, D::Error> {
    Option::<(f32, f32)>::deserialize(d).map(Some)
}

/// At most this much recorded noise is held in memory (30 minutes).
pub const MAX_NOISE_SECONDS: f64 = 1800.0;

impl Augment {
    /// The augmentation an [`AugmentFile`] at `path` describes, with the
    /// recorded noise clips of `noise` (manifests, directories or files).
    pub fn from_file(path: &Path, noise: &[PathBuf]) -> Result<Augment> {
        let err = |m: String| Error::Data(format!("{}: {m}", path.display()));
        let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
        let file: AugmentFile = serde_json::from_str(&text).map_err(|e| err(e.to_string()))?;
        let base = Augment::default();
        let speeds = file.speeds.unwrap_or(base.speeds);
        if speeds.is_empty() || speeds.iter().any(|s| !(0.5..=2.0).contains(s)) {
            return Err(err(format!("speeds: {speeds:?}: each must be within 0.5-2.0")));
        }
        let volume_db = file.volume_db.unwrap_or(base.volume_db);
        if !(volume_db.0.is_finite() && volume_db.1.is_finite() && volume_db.0 <= volume_db.1 && volume_db.1 <= 40.0) {
            return Err(err(format!("volume_db: {volume_db:?}: an increasing range, at most 40 dB")));
        }
        let noise_snr_db = file.white_noise_snr_db.unwrap_or(base.noise_snr_db);
        if let Some((lo, hi)) = noise_snr_db
            && !(lo.is_finite() && hi.is_finite() && lo <= hi)
        {
            return Err(err(format!("white_noise_snr_db: [{lo}, {hi}]: an increasing range")));
        }
        let mut clips = Vec::new();
        for source in noise {
            clips.extend(read_noise(source)?);
        }
        let acoustics = Acoustics::new(file.acoustics, clips).map_err(|e| err(e.to_string()))?;
        let codec_variant_p = file.codec_variant_p.unwrap_or(0.0);
        if !(0.0..=1.0).contains(&codec_variant_p) {
            return Err(err(format!("codec_variant_p: {codec_variant_p}: a probability from 0 to 1")));
        }
        Ok(Augment {
            codec_variant_p,
            speeds,
            volume_db,
            noise_snr_db,
            freq_masks: file.freq_masks.unwrap_or(base.freq_masks),
            time_masks: file.time_masks.unwrap_or(base.time_masks),
            acoustics: Some(Arc::new(acoustics)),
        })
    }
}

/// The audio of a noise source at 16 kHz: a JSONL manifest (its `audio`
/// or `path` fields, relative to it), a directory (its audio files, recursively) or
/// one file. Clips that cannot be read are reported on stderr and left out.
pub fn read_noise(source: &Path) -> Result<Vec<Vec<f32>>> {
    let err = |m: String| Error::Data(format!("noise {}: {m}", source.display()));
    let mut paths = Vec::new();
    if source.is_dir() {
        let mut stack = vec![source.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).map_err(|e| err(e.to_string()))? {
                let p = entry.map_err(|e| err(e.to_string()))?.path();
                if p.is_dir() {
                    stack.push(p);
                } else if hark_audio::is_audio_path(&p) {
                    paths.push(p);
                }
            }
        }
        paths.sort();
    } else if source.extension().is_some_and(|e| e == "jsonl") {
        for (line, audio, _) in manifest_records(source, &err)? {
            paths.push(audio.ok_or_else(|| err(format!("line {line}: needs \"audio\"")))?);
        }
    } else {
        paths.push(source.to_path_buf());
    }
    let (mut clips, mut seconds) = (Vec::new(), 0.0);
    for p in paths {
        match hark_audio::read_all(&p) {
            Ok(samples) => {
                seconds += samples.len() as f64 / 16_000.0;
                if seconds > MAX_NOISE_SECONDS {
                    return Err(err(format!("more than {MAX_NOISE_SECONDS} s of noise audio: pass less")));
                }
                clips.push(samples);
            }
            Err(e) => eprintln!("hark: noise clip left out: {e}"),
        }
    }
    if clips.is_empty() {
        return Err(err("no readable audio".into()));
    }
    Ok(clips)
}

/// One utterance ready for a batch.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// Log-mel frames, `mel` values each.
    pub features: Vec<f32>,
    pub feature_frames: usize,
    pub classes: Vec<u32>,
    pub seconds: f64,
}

/// Changes the speed of 16 kHz audio by about `factor` (resampling, so pitch
/// follows), with rates whose ratio keeps rubato's FFT blocks small.
fn change_speed(samples: &[f32], factor: f64) -> Result<Vec<f32>> {
    if (factor - 1.0).abs() < 1e-6 || samples.is_empty() {
        return Ok(samples.to_vec());
    }
    // Playing 16 kHz audio `factor` times faster = resampling to 16k / factor.
    let to = ((16_000.0 / factor) / 400.0).round() as usize * 400;
    let mut fft = Fft::<f32>::new(16_000, to, 1024, 1, FixedSync::Input).map_err(|e| Error::Data(e.to_string()))?;
    let input = InterleavedSlice::new(samples, 1, samples.len()).map_err(|e| Error::Data(e.to_string()))?;
    let out = fft.process_all(&input, samples.len(), None).map_err(|e| Error::Data(e.to_string()))?;
    Ok(out.take_data())
}

/// Decodes, augments and featurizes one utterance.
pub fn featurize(
    utt: &Utterance,
    tokenizer: &Tokenizer,
    mel: MelConfig,
    augment: Option<&Augment>,
    rng: &mut Rng,
) -> Result<Example> {
    // A codec variant is drawn for only the utterances that have one, so
    // corpora without variants keep their random sequence.
    let source = match augment {
        Some(a) if a.codec_variant_p > 0.0 && !utt.codec_variants.is_empty() && rng.chance(a.codec_variant_p) => {
            &utt.codec_variants[rng.below(utt.codec_variants.len())]
        }
        _ => &utt.audio,
    };
    let mut samples = hark_audio::read_all(source).map_err(|e| Error::Data(e.to_string()))?;
    if let Some(a) = augment {
        let speed = a.speeds.get(rng.below(a.speeds.len())).copied().unwrap_or(1.0);
        samples = change_speed(&samples, speed)?;
        if let Some(acoustics) = &a.acoustics {
            samples = acoustics.apply(&samples, rng);
        }
        let gain = 10f32.powf((a.volume_db.0 + (a.volume_db.1 - a.volume_db.0) * rng.uniform() as f32) / 20.0);
        let power = samples.iter().map(|x| x * x).sum::<f32>() / samples.len().max(1) as f32;
        let noise = match a.noise_snr_db {
            Some((lo, hi)) => (power / 10f32.powf((lo + (hi - lo) * rng.uniform() as f32) / 10.0)).sqrt(),
            None => 0.0,
        };
        for s in samples.iter_mut() {
            *s = (*s + noise * rng.normal() as f32) * gain;
        }
    }
    let mut features = log_mel(&samples, mel);
    let frames = features.len() / mel.mel_bins;
    if let Some(a) = augment {
        let floor = features.iter().cloned().fold(f32::INFINITY, f32::min);
        for _ in 0..a.freq_masks.0 {
            let width = rng.below(a.freq_masks.1 + 1);
            let start = rng.below(mel.mel_bins.saturating_sub(width) + 1);
            for f in 0..frames {
                features[f * mel.mel_bins + start..f * mel.mel_bins + start + width].fill(floor);
            }
        }
        for _ in 0..a.time_masks.0 {
            let width = rng.below((a.time_masks.1 * frames as f32) as usize + 1);
            let start = rng.below(frames.saturating_sub(width) + 1);
            features[start * mel.mel_bins..(start + width) * mel.mel_bins].fill(floor);
        }
    }
    let classes = tokenizer.encode(&utt.text).map_err(|e| Error::Data(format!("{}: {e}", utt.audio.display())))?;
    Ok(Example { features, feature_frames: frames, classes, seconds: samples.len() as f64 / 16_000.0 })
}

/// Global mean and inverse standard deviation of the log-mel features of up
/// to `limit` utterances (no augmentation): the front end's normalization.
pub fn feature_stats(utts: &[Utterance], mel: MelConfig, limit: usize) -> Result<(Vec<f32>, Vec<f32>)> {
    let bins = mel.mel_bins;
    let (mut sum, mut sq, mut n) = (vec![0f64; bins], vec![0f64; bins], 0usize);
    for utt in utts.iter().take(limit) {
        let samples = match hark_audio::read_all(&utt.audio) {
            Ok(s) => s,
            Err(_) => continue, // reported when it is loaded for training
        };
        for frame in log_mel(&samples, mel).chunks(bins) {
            for (i, &v) in frame.iter().enumerate() {
                sum[i] += v as f64;
                sq[i] += (v as f64) * (v as f64);
            }
            n += 1;
        }
    }
    if n == 0 {
        return Err(Error::Data("no readable audio to compute feature statistics from".into()));
    }
    let mean: Vec<f32> = sum.iter().map(|s| (s / n as f64) as f32).collect();
    let inv_std = sq
        .iter()
        .zip(&sum)
        .map(|(q, s)| (1.0 / ((q / n as f64 - (s / n as f64).powi(2)).max(1e-6)).sqrt()) as f32)
        .collect();
    Ok((mean, inv_std))
}

/// How examples become batches.
#[derive(Clone, Debug)]
pub struct Batching {
    /// Encoder frames of the padded shapes: an utterance goes to the
    /// smallest that holds it; longer utterances are dropped (counted).
    pub frame_buckets: Vec<i64>,
    /// Labels are padded to a multiple of this.
    pub label_step: i64,
    /// Encoder frames per batch: batch size = budget / bucket frames.
    pub frame_budget: i64,
    /// Batch sizes are rounded up to a multiple of this (the devices of a
    /// data-parallel run, which each take an equal share).
    pub batch_multiple: usize,
    /// Examples the workers may decode ahead of the trainer.
    pub read_ahead: usize,
}

impl Default for Batching {
    fn default() -> Self {
        Batching {
            frame_buckets: vec![50, 75, 100, 125, 150, 200, 250, 300, 400, 500],
            label_step: 32,
            frame_budget: 3200,
            batch_multiple: 1,
            read_ahead: 256,
        }
    }
}

/// Sorts examples into their buckets and cuts a batch from a bucket as soon
/// as it holds a batch's worth. Every bucket fills on its own, so a batch's
/// utterances are of like length (little padding) and no utterance waits
/// behind longer ones: each is trained on once an epoch, whatever its length.
pub struct Batcher {
    batching: Batching,
    mel: usize,
    stack: usize,
    queues: Vec<Vec<Example>>,
}

impl Batcher {
    pub fn new(batching: Batching, mel: usize, stack: usize) -> Batcher {
        let mut batching = batching;
        batching.frame_buckets.sort_unstable();
        batching.frame_buckets.dedup();
        let queues = vec![Vec::new(); batching.frame_buckets.len()];
        Batcher { batching, mel, stack, queues }
    }

    /// Whether `e` can be trained on: it fits a bucket and has a frame and a
    /// label at least (what RNN-T needs).
    pub fn fits(&self, e: &Example) -> bool {
        self.bucket(e).is_some() && !e.classes.is_empty() && e.feature_frames >= self.stack
    }

    fn bucket(&self, e: &Example) -> Option<usize> {
        let frames = (e.feature_frames / self.stack) as i64;
        self.batching.frame_buckets.iter().position(|&b| b >= frames)
    }

    /// Queues `e` (which must fit) and returns a batch if its bucket is full.
    pub fn push(&mut self, e: Example) -> Option<(TrainShape, Batch)> {
        let i = self.bucket(&e).expect("push takes examples that fit");
        let t = self.batching.frame_buckets[i];
        let size = (self.batching.frame_budget / t).max(1) as usize;
        let multiple = self.batching.batch_multiple.max(1);
        let size = size.div_ceil(multiple) * multiple;
        self.queues[i].push(e);
        if self.queues[i].len() < size {
            return None;
        }
        let take = std::mem::take(&mut self.queues[i]);
        Some(self.pad(t, &take))
    }

    fn pad(&self, t: i64, take: &[Example]) -> (TrainShape, Batch) {
        let step = self.batching.label_step;
        let longest = take.iter().map(|e| e.classes.len() as i64).max().unwrap_or(1);
        let u = (longest + step - 1) / step * step;
        let (mel, stack) = (self.mel, self.stack);
        let n = take.len();
        let tf = t as usize * stack;
        let mut batch = Batch {
            features: vec![0.0; n * tf * mel],
            frames: vec![0; n],
            targets: vec![0; n * u as usize],
            labels: vec![0; n],
        };
        for (i, e) in take.iter().enumerate() {
            let f = e.feature_frames.min(tf);
            batch.features[i * tf * mel..][..f * mel].copy_from_slice(&e.features[..f * mel]);
            batch.frames[i] = (f / stack) as i32;
            for (j, &c) in e.classes.iter().enumerate() {
                batch.targets[i * u as usize + j] = c as i32;
            }
            batch.labels[i] = e.classes.len() as i32;
        }
        (TrainShape { batch: n as i64, frames: t, labels: u }, batch)
    }
}

/// Examples of a corpus, decoded on worker threads in a seeded order, one
/// epoch after another, grouped into padded batches.
pub struct Loader {
    rx: Receiver<(usize, Result<Example>)>,
    batcher: Batcher,
    pub skipped: usize,
    /// Shared with the workers.
    order: Arc<Mutex<Order>>,
}

/// How a [`Loader`] turns utterances into examples.
#[derive(Clone, Debug)]
pub struct Loading {
    pub mel: MelConfig,
    /// Feature frames stacked into one encoder frame.
    pub stack: usize,
    /// On-the-fly augmentation (none: the audio as it is).
    pub augment: Option<Augment>,
    /// Seeds the epochs' orders and the augmentation.
    pub seed: u64,
    /// Worker threads decoding audio.
    pub threads: usize,
}

/// Where a [`Loader`] is in its data: an epoch and the number of
/// utterances of that epoch's order handed to workers. Saved with a
/// checkpoint so a resumed run goes on with the same order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub epoch: u64,
    pub position: usize,
}

impl Loader {
    /// Starts the workers over `utts` at `from`: the rest of that epoch's
    /// order, then one epoch after another.
    pub fn start(
        utts: Vec<Utterance>,
        tokenizer: Arc<Tokenizer>,
        loading: &Loading,
        from: Cursor,
        batching: Batching,
    ) -> Loader {
        let (tx, rx) = sync_channel(batching.read_ahead);
        let Loading { mel, stack, seed, .. } = *loading;
        let order = Arc::new(Mutex::new(Order::new(utts.len(), seed, from)));
        let utts = Arc::new(utts);
        for worker in 0..loading.threads.max(1) {
            let (tx, order, utts, tokenizer, augment) =
                (tx.clone(), order.clone(), utts.clone(), tokenizer.clone(), loading.augment.clone());
            std::thread::spawn(move || {
                loop {
                    let (epoch, index) = order.lock().unwrap_or_else(|e| e.into_inner()).next();
                    let mut rng = Rng::new(seed ^ (epoch << 32) ^ index as u64 ^ ((worker as u64) << 56));
                    let example = featurize(&utts[index], &tokenizer, mel, augment.as_ref(), &mut rng);
                    if tx.send((index, example)).is_err() {
                        return;
                    }
                }
            });
        }
        Loader { rx, batcher: Batcher::new(batching, mel.mel_bins, stack), skipped: 0, order }
    }

    /// Where the workers are. Utterances decoded ahead or waiting in a
    /// bucket's queue are past the cursor: a run resumed from it skips them
    /// until the next epoch.
    pub fn cursor(&self) -> Cursor {
        self.order.lock().unwrap_or_else(|e| e.into_inner()).cursor
    }

    /// The next batch and its padded shape.
    pub fn next_batch(&mut self) -> Result<(TrainShape, Batch)> {
        loop {
            let (_, example) = self.rx.recv().map_err(|_| Error::Data("data workers stopped".into()))?;
            match example {
                Ok(e) if self.batcher.fits(&e) => {
                    if let Some(batch) = self.batcher.push(e) {
                        return Ok(batch);
                    }
                }
                Ok(_) | Err(_) => self.skipped += 1,
            }
        }
    }
}

/// The utterances' seeded order, one epoch after another.
struct Order {
    seed: u64,
    cursor: Cursor,
    permutation: Vec<usize>,
}

impl Order {
    fn new(n: usize, seed: u64, from: Cursor) -> Order {
        let cursor = Cursor { epoch: from.epoch, position: from.position.min(n) };
        Order { seed, cursor, permutation: shuffled(n, seed, from.epoch) }
    }

    /// The next utterance (index into the corpus) and its epoch.
    fn next(&mut self) -> (u64, usize) {
        if self.cursor.position == self.permutation.len() {
            self.cursor = Cursor { epoch: self.cursor.epoch + 1, position: 0 };
            self.permutation = shuffled(self.permutation.len(), self.seed, self.cursor.epoch);
        }
        self.cursor.position += 1;
        (self.cursor.epoch, self.permutation[self.cursor.position - 1])
    }
}

/// A permutation of `0..n`, the same for a seed and epoch.
pub fn shuffled(n: usize, seed: u64, epoch: u64) -> Vec<usize> {
    let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(epoch));
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(frames: usize, labels: usize) -> Example {
        Example { features: vec![1.0; frames * 2], feature_frames: frames, classes: vec![3; labels], seconds: 0.0 }
    }

    #[test]
    fn an_order_resumed_from_its_cursor_goes_on_as_if_uninterrupted() {
        let mut whole = Order::new(7, 42, Cursor::default());
        let mut taken: Vec<(u64, usize)> = (0..10).map(|_| whole.next()).collect();
        assert_eq!(whole.cursor, Cursor { epoch: 1, position: 3 });
        let mut epoch0: Vec<usize> = taken[..7]
            .iter()
            .map(|&(e, i)| {
                assert_eq!(e, 0);
                i
            })
            .collect();
        epoch0.sort();
        assert_eq!(epoch0, (0..7).collect::<Vec<_>>(), "an epoch visits every utterance once");
        let mut resumed = Order::new(7, 42, whole.cursor);
        let rest: Vec<(u64, usize)> = (0..10).map(|_| whole.next()).collect();
        assert_eq!((0..10).map(|_| resumed.next()).collect::<Vec<_>>(), rest);
        taken.extend(rest);
        let indices: Vec<usize> = taken.iter().map(|&(_, i)| i).collect();
        assert_ne!(indices[..7], indices[7..14], "epochs are shuffled differently");
    }

    #[test]
    fn batches_hold_utterances_of_one_bucket_and_none_is_starved() {
        let batching =
            Batching { frame_buckets: vec![20, 10], label_step: 4, frame_budget: 40, batch_multiple: 1, read_ahead: 8 };
        let mut batcher = Batcher::new(batching, 2, 2);
        // Long and short utterances interleaved: short ones (<= 10 encoder
        // frames) fill batches of 4, long ones batches of 2.
        let lengths = [6, 30, 8, 40, 20, 12, 14, 30, 4, 2, 26, 16];
        let mut batches = Vec::new();
        for (i, &f) in lengths.iter().enumerate() {
            let e = example(f, 1 + i % 5);
            assert!(batcher.fits(&e));
            batches.extend(batcher.push(e));
        }
        assert!(!batcher.fits(&example(42, 1)), "longer than the largest bucket");
        assert!(!batcher.fits(&example(8, 0)), "no labels");
        let shapes: Vec<(i64, i64)> = batches.iter().map(|(s, _)| (s.batch, s.frames)).collect();
        // Short ones: 6, 8, 20, 12 (encoder frames 3, 4, 10, 6) go together,
        // then 14, 4, 2, 16; the long ones (30, 40), (30, 26) pair up.
        assert_eq!(shapes, vec![(2, 20), (4, 10), (2, 20), (4, 10)]);
        for (shape, batch) in &batches {
            assert_eq!(shape.labels % 4, 0);
            assert!(batch.labels.iter().all(|&l| l as i64 <= shape.labels));
            assert!(batch.frames.iter().all(|&f| f as i64 <= shape.frames));
            assert_eq!(batch.features.len() as i64, shape.batch * shape.frames * 2 * 2);
        }
    }

    #[test]
    fn batch_sizes_round_up_to_the_device_count() {
        // Budget 30 over buckets of 10 and 20 frames: 3 and 1 utterances,
        // rounded up to 4 and 2 for two devices.
        let batching =
            Batching { frame_buckets: vec![10, 20], label_step: 4, frame_budget: 30, batch_multiple: 2, read_ahead: 8 };
        let mut batcher = Batcher::new(batching, 2, 2);
        let mut shapes = Vec::new();
        for &f in &[6, 30, 8, 12, 4, 26, 2] {
            shapes.extend(batcher.push(example(f, 2)).map(|(s, _)| (s.batch, s.frames)));
        }
        assert_eq!(shapes, vec![(4, 10), (2, 20)]);
    }

    fn write_wav(path: &Path, samples: &[f32]) {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 16_000,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(path, spec).unwrap();
        for &s in samples {
            w.write_sample((s * 32767.0) as i16).unwrap();
        }
        w.finalize().unwrap();
    }

    #[test]
    fn an_augment_file_brings_its_acoustics_and_recorded_noise() {
        let dir = tempfile::tempdir().unwrap();
        let mut rng = Rng::new(1);
        let noise: Vec<f32> = (0..8000).map(|_| 0.2 * rng.normal() as f32).collect();
        write_wav(&dir.path().join("hum.wav"), &noise);
        std::fs::write(dir.path().join("noise.jsonl"), "{\"audio\": \"hum.wav\"}\n{\"audio\": \"missing.wav\"}\n")
            .unwrap();
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/configs/augment-real.json");
        let a = Augment::from_file(&shipped, &[dir.path().join("noise.jsonl")]).unwrap();
        assert_eq!(a.noise_snr_db, None, "the file's null turns the white noise off");
        let acoustics = a.acoustics.as_ref().unwrap();
        assert_eq!(acoustics.rooms().len(), 128);
        // Utterances through it: the same length, finite; the file's
        // probabilities leave about 13% unchanged (0.55 x 0.7 x 0.5 x 0.7 x 0.96).
        let speech: Vec<f32> = (0..8000).map(|i| 0.3 * (i as f32 * 0.05).sin()).collect();
        let mut changed = 0;
        for seed in 0..64 {
            let y = acoustics.apply(&speech, &mut Rng::new(seed));
            assert_eq!(y.len(), speech.len());
            assert!(y.iter().all(|v| v.is_finite()));
            changed += (y != speech) as usize;
        }
        assert!((48..64).contains(&changed), "{changed} of 64 draws changed the audio");

        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, r#"{"acoustics": {"noise": {"p": 2, "snr_db": [0, 10]}}}"#).unwrap();
        let e = Augment::from_file(&bad, &[]).unwrap_err().to_string();
        assert!(e.contains("bad.json") && e.contains("noise.p"), "{e}");
        std::fs::write(&bad, r#"{"speeds": [0.9], "volume": [0, 1]}"#).unwrap();
        let e = Augment::from_file(&bad, &[]).unwrap_err().to_string();
        assert!(e.contains("bad.json") && e.contains("volume"), "{e}");
        std::fs::write(&bad, r#"{"speeds": []}"#).unwrap();
        assert!(Augment::from_file(&bad, &[]).unwrap_err().to_string().contains("speeds"));
        let e = Augment::from_file(&shipped, &[dir.path().join("none.jsonl")]).unwrap_err().to_string();
        assert!(e.contains("none.jsonl"), "{e}");
    }

    #[test]
    fn codec_variants_are_read_with_their_probability() {
        let dir = tempfile::tempdir().unwrap();
        let tone: Vec<f32> = (0..16000).map(|i| 0.3 * (i as f32 * 0.2).sin()).collect();
        let hum: Vec<f32> = (0..16000).map(|i| 0.3 * (i as f32 * 0.01).sin()).collect();
        write_wav(&dir.path().join("a.wav"), &tone);
        write_wav(&dir.path().join("a_8k.wav"), &hum);
        let manifest = dir.path().join("train.jsonl");
        std::fs::write(
            &manifest,
            "{\"audio\": \"a.wav\", \"text\": \"a\", \"codec_variants\": [\"a_8k.wav\"]}\n{\"audio\": \"a.wav\", \"text\": \"a\"}\n",
        )
        .unwrap();
        let corpus = load_corpus(&manifest).unwrap();
        assert_eq!(corpus[0].codec_variants, vec![dir.path().join("a_8k.wav")]);
        assert!(corpus[1].codec_variants.is_empty());
        let tok = Tokenizer::train(["a"].into_iter(), 2).unwrap();
        let mel = MelConfig::default();
        let quiet = |p: f64| Augment {
            speeds: vec![1.0],
            volume_db: (0.0, 0.0),
            noise_snr_db: None,
            freq_masks: (0, 0),
            time_masks: (0, 0.0),
            acoustics: None,
            codec_variant_p: p,
        };
        let features = |utt: &Utterance, p: f64, seed: u64| {
            featurize(utt, &tok, mel, Some(&quiet(p)), &mut Rng::new(seed)).unwrap().features
        };
        let read = |name: &str| log_mel(&hark_audio::read_all(&dir.path().join(name)).unwrap(), mel);
        let (original, variant) = (read("a.wav"), read("a_8k.wav"));
        assert!(original != variant);
        for seed in 0..8 {
            assert!(features(&corpus[0], 1.0, seed) == variant, "p 1: always the variant");
            assert!(features(&corpus[0], 0.0, seed) == original, "p 0: never");
            assert!(features(&corpus[1], 1.0, seed) == original, "no variants: the audio itself");
        }
        let read = (0..200).filter(|&seed| features(&corpus[0], 0.25, seed) == variant).count();
        assert!((25..75).contains(&read), "p 0.25: {read} of 200");
        let bad = dir.path().join("bad.jsonl");
        std::fs::write(&bad, "{\"audio\": \"a.wav\", \"text\": \"a\", \"codec_variants\": \"a_8k.wav\"}\n").unwrap();
        let e = load_corpus(&bad).unwrap_err().to_string();
        assert!(e.contains("bad.jsonl") && e.contains("line 1") && e.contains("codec_variants"), "{e}");
        let file = dir.path().join("aug.json");
        std::fs::write(&file, r#"{"codec_variant_p": 1.5}"#).unwrap();
        assert!(Augment::from_file(&file, &[]).unwrap_err().to_string().contains("codec_variant_p"));
    }
}
