//! A file's audio as log-mel frames for the scheduler: decoded and
//! featurized on the scheduler's thread when needed, or ahead of it on a
//! thread of its own, a few chunks at a time.

use std::path::Path;
use std::sync::mpsc::Receiver;

use hark_audio::AudioReader;
use hark_features::{MelConfig, MelExtractor};

/// Chunks of features a decoding thread may run ahead of the device.
const DECODE_AHEAD_CHUNKS: usize = 4;

/// Where the features come from.
enum Source {
    /// Decoded on the scheduler's thread when needed (boxed: a reader and
    /// an extractor are much larger than a channel).
    Inline(Box<(AudioReader, MelExtractor)>),
    /// Decoded ahead by a thread: chunks of features, or the file's error.
    Thread(Receiver<Result<(Vec<f32>, usize), String>>),
}

/// One file's features, made as they are needed.
pub(crate) struct FileFeatures {
    source: Source,
    /// Log-mel frames made but not yet fed (`mel_bins` values each).
    pub(crate) feats: Vec<f32>,
    /// Whether the file has no more audio.
    pub(crate) eof: bool,
    /// 16 kHz samples decoded so far.
    pub(crate) samples: usize,
}

impl FileFeatures {
    /// `path`, decoded inline, or ahead on a thread in chunks of `ahead`
    /// feature values; or why it cannot be read (the file fails, the run
    /// goes on).
    pub(crate) fn open(path: &Path, mel: MelConfig, ahead: Option<usize>) -> Result<FileFeatures, String> {
        let reader = AudioReader::open(path).map_err(|e| e.to_string())?;
        let mel = MelExtractor::new(mel);
        let source = match ahead {
            Some(chunk) => Source::Thread(decode_ahead(reader, mel, chunk)),
            None => Source::Inline(Box::new((reader, mel))),
        };
        Ok(FileFeatures { source, feats: Vec::new(), eof: false, samples: 0 })
    }

    /// Whether a thread of its own decodes it.
    pub(crate) fn is_threaded(&self) -> bool {
        matches!(self.source, Source::Thread(_))
    }

    /// Makes log-mel frames until `target` values are pending or the file
    /// ends. Errors are the file's (it fails, the run goes on).
    pub(crate) fn fill(&mut self, target: usize) -> Result<(), String> {
        while self.feats.len() < target && !self.eof {
            match &mut self.source {
                Source::Inline(inline) => {
                    let (reader, mel) = &mut **inline;
                    match reader.next_block().map_err(|e| e.to_string())? {
                        Some(block) => {
                            self.samples += block.len();
                            mel.push(&block, &mut self.feats);
                        }
                        None => self.eof = true,
                    }
                }
                Source::Thread(rx) => match rx.recv() {
                    Ok(chunk) => {
                        let (feats, samples) = chunk?;
                        self.samples += samples;
                        self.feats.extend_from_slice(&feats);
                    }
                    // The thread is done: every chunk has been received.
                    Err(_) => self.eof = true,
                },
            }
        }
        Ok(())
    }
}

/// Starts a thread that decodes a file into chunks of `chunk` feature values
/// (the last one shorter), at most [`DECODE_AHEAD_CHUNKS`] ahead. Each chunk
/// carries the samples it was made from.
fn decode_ahead(
    mut reader: AudioReader,
    mut mel: MelExtractor,
    chunk: usize,
) -> Receiver<Result<(Vec<f32>, usize), String>> {
    let (tx, rx) = std::sync::mpsc::sync_channel(DECODE_AHEAD_CHUNKS);
    std::thread::spawn(move || {
        let mut feats = Vec::new();
        let mut samples = 0;
        loop {
            match reader.next_block() {
                Ok(Some(block)) => {
                    samples += block.len();
                    mel.push(&block, &mut feats);
                    while feats.len() >= chunk {
                        let rest = feats.split_off(chunk);
                        if tx.send(Ok((std::mem::replace(&mut feats, rest), std::mem::take(&mut samples)))).is_err() {
                            return; // the scheduler dropped the file
                        }
                    }
                }
                Ok(None) => {
                    let _ = tx.send(Ok((feats, samples)));
                    return;
                }
                Err(e) => {
                    let _ = tx.send(Err(e.to_string()));
                    return;
                }
            }
        }
    });
    rx
}
