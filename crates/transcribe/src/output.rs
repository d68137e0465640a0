//! Results and how they are written: plain text, JSONL, SRT, WebVTT; to
//! stdout or an output directory, each file's result as soon as it is done.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A token with the time of the frame it was emitted at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TokenTiming {
    pub text: String,
    /// Seconds from the start of the file.
    pub start: f64,
    pub end: f64,
}

/// A transcribed file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub file: String,
    pub text: String,
    pub tokens: Vec<TokenTiming>,
    /// Seconds of audio.
    pub duration: f64,
    /// Wall seconds from the file's first chunk to its transcript.
    pub processing_time: f64,
    /// The streaming first pass's transcript, when the final one comes from
    /// the cascade's second pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_pass_text: Option<String>,
    /// With a lexicon: the transcript before lexicon correction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_text: Option<String>,
}

/// What happened to one input.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Done(Transcript),
    Failed { file: String, error: String },
}

impl Outcome {
    pub fn file(&self) -> &str {
        match self {
            Outcome::Done(t) => &t.file,
            Outcome::Failed { file, .. } => file,
        }
    }

    /// The JSONL line: the transcript, or `{"file", "error"}`.
    pub fn to_json(&self) -> String {
        match self {
            Outcome::Done(t) => serde_json::to_string(t).expect("transcripts serialize"),
            Outcome::Failed { file, error } => serde_json::json!({ "file": file, "error": error }).to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Srt,
    Vtt,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "txt" | "text" => Ok(Format::Text),
            "jsonl" | "json" => Ok(Format::Jsonl),
            "srt" => Ok(Format::Srt),
            "vtt" | "webvtt" => Ok(Format::Vtt),
            other => Err(format!("unknown format `{other}` (txt, jsonl, srt, vtt)")),
        }
    }
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Jsonl => "jsonl",
            Format::Srt => "srt",
            Format::Vtt => "vtt",
        }
    }
}

/// Subtitle cues: consecutive tokens, closed at a word boundary once the cue
/// holds `MAX_CUE_CHARS` characters or `MAX_CUE_SECONDS`, or before a pause
/// of `CUE_BREAK_SECONDS`.
const MAX_CUE_CHARS: usize = 60;
const MAX_CUE_SECONDS: f64 = 6.0;
const CUE_BREAK_SECONDS: f64 = 1.0;

pub fn cues(tokens: &[TokenTiming]) -> Vec<(f64, f64, String)> {
    let mut cues: Vec<(f64, f64, String)> = Vec::new();
    let mut current: Option<(f64, f64, String)> = None;
    for tok in tokens {
        let word_start = tok.text.starts_with(' ');
        if let Some((start, end, text)) = current.take() {
            let full = text.trim().len() >= MAX_CUE_CHARS || tok.end - start > MAX_CUE_SECONDS;
            if word_start && (full || tok.start - end >= CUE_BREAK_SECONDS) {
                cues.push((start, end, text.trim().to_string()));
            } else {
                current = Some((start, tok.end, text + &tok.text));
                continue;
            }
        }
        current = Some((tok.start, tok.end, tok.text.clone()));
    }
    if let Some((start, end, text)) = current {
        cues.push((start, end, text.trim().to_string()));
    }
    cues
}

fn timestamp(seconds: f64, separator: char) -> String {
    let ms = (seconds * 1000.0).round().max(0.0) as u64;
    format!("{:02}:{:02}:{:02}{separator}{:03}", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000)
}

/// The transcript in `format`.
pub fn render(t: &Transcript, format: Format) -> String {
    match format {
        Format::Text => format!("{}\n", t.text),
        Format::Jsonl => format!("{}\n", Outcome::Done(t.clone()).to_json()),
        Format::Srt => cues(&t.tokens)
            .iter()
            .enumerate()
            .map(|(i, (s, e, text))| {
                format!("{}\n{} --> {}\n{text}\n\n", i + 1, timestamp(*s, ','), timestamp(*e, ','))
            })
            .collect(),
        Format::Vtt => {
            let body: String = cues(&t.tokens)
                .iter()
                .map(|(s, e, text)| format!("{} --> {}\n{text}\n\n", timestamp(*s, '.'), timestamp(*e, '.')))
                .collect();
            format!("WEBVTT\n\n{body}")
        }
    }
}

/// Where results go.
pub enum Sink {
    /// Everything to stdout in one format (text: `file<TAB>text` lines).
    Stdout { format: Format, out: Box<dyn Write + Send> },
    /// One file per input and format in `dir`, plus `transcripts.jsonl`
    /// (every outcome, errors included, appended and flushed as each file
    /// finishes: the record an interrupted run resumes from).
    Directory {
        dir: PathBuf,
        formats: Vec<Format>,
        log: File,
        /// Output stems taken, by this run or the runs in the log, with the
        /// input (canonical path) each belongs to.
        stems: HashMap<String, PathBuf>,
    },
}

/// What an output directory's log says of earlier runs.
#[derive(Debug, Default)]
pub struct Resumed {
    /// Bytes of a torn last record moved to `transcripts.jsonl.torn`.
    pub torn_bytes: u64,
    /// Inputs transcribed successfully, by canonical path.
    pub finished: HashSet<PathBuf>,
    /// Outputs written for them in formats the earlier runs did not write.
    pub outputs_filled: usize,
}

/// Name of the results log in an output directory.
pub const LOG_NAME: &str = "transcripts.jsonl";

impl Sink {
    pub fn stdout(format: Format) -> Sink {
        Sink::Stdout { format, out: Box::new(std::io::stdout()) }
    }

    /// The sink of an output directory, made if need be, and what its log
    /// says of earlier runs, read once: a torn last record is set aside
    /// first (appends must start on a line of their own), then every
    /// record gives its output stem, finished files are listed, and the
    /// formats this run asks for that they lack are written from the log.
    pub fn directory(dir: &Path, formats: Vec<Format>) -> Result<(Sink, Resumed)> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Output { path: dir.into(), message: e.to_string() })?;
        let torn_bytes = Sink::set_aside_torn_tail(dir)?;
        let mut resumed = Resumed { torn_bytes, ..Resumed::default() };
        let mut stems = HashMap::new();
        for record in log_records(dir) {
            let Some(file) = record.get("file").and_then(|f| f.as_str()).map(String::from) else { continue };
            let stem =
                record.get("output_stem").and_then(|s| s.as_str()).map_or_else(|| output_stem(&file), String::from);
            let me = canonical(Path::new(&file));
            if record.get("error").is_none() {
                resumed.finished.insert(me.clone());
                if let Ok(t) = serde_json::from_value::<Transcript>(record) {
                    for f in &formats {
                        let path = dir.join(format!("{stem}.{}", f.extension()));
                        if !path.exists() {
                            std::fs::write(&path, render(&t, *f))
                                .map_err(|e| Error::Output { path, message: e.to_string() })?;
                            resumed.outputs_filled += 1;
                        }
                    }
                }
            }
            stems.insert(stem, me);
        }
        let path = dir.join(LOG_NAME);
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| Error::Output { path, message: e.to_string() })?;
        Ok((Sink::Directory { dir: dir.into(), formats, log, stems }, resumed))
    }

    /// Moves a torn last record of `dir`'s log (bytes after its last
    /// newline: a run killed while writing it) to `transcripts.jsonl.torn`,
    /// so that the next record starts a line and the file it described is
    /// transcribed again. Returns the bytes moved (0: the log was whole).
    fn set_aside_torn_tail(dir: &Path) -> Result<u64> {
        use std::io::{Read, Seek, SeekFrom};
        let path = dir.join(LOG_NAME);
        let err = |e: std::io::Error| Error::Output { path: path.clone(), message: e.to_string() };
        let mut log = match OpenOptions::new().read(true).write(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(err(e)),
        };
        let len = log.metadata().map_err(err)?.len();
        // The last newline, looked for backwards a block at a time (a log
        // of a million files is read no further than its last record).
        let mut end = len;
        let mut keep = 0;
        let mut block = vec![0u8; 64 * 1024];
        while end > 0 {
            let start = end.saturating_sub(block.len() as u64);
            let chunk = &mut block[..(end - start) as usize];
            log.seek(SeekFrom::Start(start)).map_err(err)?;
            log.read_exact(chunk).map_err(err)?;
            if let Some(i) = chunk.iter().rposition(|&b| b == b'\n') {
                keep = start + i as u64 + 1;
                break;
            }
            end = start;
        }
        if keep == len {
            return Ok(0);
        }
        let mut torn = vec![0u8; (len - keep) as usize];
        log.seek(SeekFrom::Start(keep)).map_err(err)?;
        log.read_exact(&mut torn).map_err(err)?;
        let aside = dir.join(format!("{LOG_NAME}.torn"));
        let mut out = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&aside)
            .map_err(|e| Error::Output { path: aside.clone(), message: e.to_string() })?;
        torn.push(b'\n');
        out.write_all(&torn)
            .and_then(|_| out.sync_all())
            .map_err(|e| Error::Output { path: aside, message: e.to_string() })?;
        log.set_len(keep).map_err(err)?;
        Ok(len - keep)
    }

    pub fn write(&mut self, outcome: &Outcome) -> Result<()> {
        let io = |path: &Path, e: std::io::Error| Error::Output { path: path.into(), message: e.to_string() };
        match self {
            Sink::Stdout { format, out } => {
                let text = match outcome {
                    // Failures go to stderr (the caller's report) unless the format can hold them.
                    Outcome::Failed { .. } if *format != Format::Jsonl => return Ok(()),
                    Outcome::Failed { .. } => format!("{}\n", outcome.to_json()),
                    Outcome::Done(t) => match format {
                        Format::Text => format!("{}\t{}\n", t.file, t.text),
                        Format::Jsonl => render(t, Format::Jsonl),
                        Format::Srt | Format::Vtt => format!("==> {} <==\n{}", t.file, render(t, *format)),
                    },
                };
                out.write_all(text.as_bytes()).and_then(|_| out.flush()).map_err(|e| io(Path::new("stdout"), e))
            }
            Sink::Directory { dir, formats, log, stems } => {
                let record = match outcome {
                    Outcome::Done(t) => {
                        let stem = unique_stem(stems, &t.file);
                        for f in formats.iter() {
                            let path = dir.join(format!("{stem}.{}", f.extension()));
                            std::fs::write(&path, render(t, *f)).map_err(|e| io(&path, e))?;
                        }
                        // The log says where each file's outputs are.
                        let mut v = serde_json::to_value(t).expect("transcripts serialize");
                        v["output_stem"] = stem.into();
                        v.to_string()
                    }
                    Outcome::Failed { .. } => outcome.to_json(),
                };
                let path = dir.join(LOG_NAME);
                // One write a record: a kill cannot split it from its newline
                // (two writes left a torn line that glued on the next record).
                let line = format!("{record}\n");
                log.write_all(line.as_bytes()).and_then(|_| log.flush()).map_err(|e| io(&path, e))
            }
        }
    }
}

/// The records of `dir`'s log that parse (a torn one does not).
fn log_records(dir: &Path) -> impl Iterator<Item = serde_json::Value> {
    File::open(dir.join(LOG_NAME))
        .into_iter()
        .flat_map(|f| BufReader::new(f).lines().map_while(|l| l.ok()))
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
}

/// What a path names: its canonical form where it exists (so `./x.wav`,
/// `x.wav` and a link to it are one input), else the path as given (the
/// reader then reports it missing).
pub fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `file`'s output stem: [`output_stem`], unless another input already
/// has it (`a/b.wav` and `a__b.wav` both make `a__b.wav`), then with a
/// hash of the path added, so no output overwrites another's.
fn unique_stem(stems: &mut HashMap<String, PathBuf>, file: &str) -> String {
    let me = canonical(Path::new(file));
    let mut stem = output_stem(file);
    if stems.get(&stem).is_some_and(|owner| *owner != me) {
        // FNV-1a of the path: stable across runs and machines.
        let hash = file.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
        stem = format!("{stem}.{:08x}", hash as u32);
    }
    stems.insert(stem.clone(), me);
    stem
}

/// A file name for an input's outputs: its path with separators replaced
/// and its extension kept, so that `a/x.wav`, `b/x.wav` and `a/x.mp3` do
/// not collide (`a__x.wav.srt`).
pub fn output_stem(file: &str) -> String {
    let s: String = Path::new(file)
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("__");
    if s.is_empty() { "audio".into() } else { s }
}
