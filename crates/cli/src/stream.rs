//! `hark stream`: live recognition of audio as it arrives on standard input
//! (or from a file, optionally paced at real time), printing partial and
//! final results as they come.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use hark_audio::{AudioReader, PcmDecoder, PcmEncoding, TARGET_RATE, To16k};
use hark_pjrt::Client;
use hark_transcribe::live::{Event, Recognizer};

#[derive(Args, Debug)]
pub struct StreamArgs {
    /// `-` for standard input (the default), or an audio file.
    #[arg(default_value = "-")]
    pub input: String,
    /// The input is raw PCM in this encoding (interleaved, little-endian),
    /// at --rate with --channels; without it, the input is a container
    /// (WAV, FLAC, Ogg, MP3), read as it arrives.
    #[arg(long, value_enum)]
    pub raw: Option<RawEncoding>,
    /// Sample rate of raw input, in Hz.
    #[arg(long, default_value_t = 16_000, value_parser = clap::value_parser!(u32).range(1000..=384_000))]
    pub rate: u32,
    /// Channels of raw input (averaged into one).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub channels: u16,
    /// Feed the input at real time, as a microphone would (for testing with
    /// files and fast pipes).
    #[arg(long)]
    pub realtime: bool,
    /// jsonl: one event a line (`partial`, `final`, `end`); text: a live
    /// line on a terminal, and one line per final result.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: StreamFormat,
    /// Encoder frames per streaming step (40 ms each): the partial
    /// results' granularity.
    #[arg(long, default_value_t = 8, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_CHUNK))]
    pub chunk: i64,
    #[command(flatten)]
    pub endpoints: crate::decoding::EndpointArgs,
    #[command(flatten)]
    pub decoding: crate::decoding::DecodingArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RawEncoding {
    /// 16-bit signed integers.
    S16le,
    /// 32-bit floats.
    F32le,
}

impl From<RawEncoding> for PcmEncoding {
    fn from(e: RawEncoding) -> PcmEncoding {
        match e {
            RawEncoding::S16le => PcmEncoding::S16le,
            RawEncoding::F32le => PcmEncoding::F32le,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StreamFormat {
    Jsonl,
    Text,
}

/// Blocks of 16 kHz audio, or why the input stopped.
type Blocks = Receiver<std::result::Result<Vec<f32>, String>>;

pub fn run(args: &StreamArgs, client: &Client) -> Result<u8> {
    let md = crate::decoding::model_dir(args.decoding.model.as_deref())?;
    // The input is opened before anything is compiled: a wrong path is
    // reported at once.
    let blocks = start_input(args)?;
    let mut opened = args.decoding.open(client, &md, 0)?;
    let transcriber = opened.transcriber(args.decoding.options(1, args.chunk, 0))?;
    let endpointing = args.endpoints.endpointing();
    let mut recognizer = Recognizer::new(&transcriber, endpointing)?;
    let stream = recognizer.open().expect("a fresh recognizer has a free slot");
    let mut printer = Printer { format: args.format, live: std::io::stdout().is_terminal(), out: std::io::stdout() };
    let mut input_error = None;
    let mut events = Vec::new();
    loop {
        match blocks.recv() {
            Ok(Ok(block)) => recognizer.feed(stream, &block)?,
            Ok(Err(e)) => {
                // What arrived before the damage is still recognized.
                input_error = Some(e);
                recognizer.finish(stream)?;
            }
            Err(_) => recognizer.finish(stream)?,
        }
        while recognizer.ready() {
            recognizer.step(&mut events)?;
            for event in events.drain(..) {
                printer.print(&event)?;
            }
        }
        if recognizer.active() == 0 {
            break;
        }
    }
    match input_error {
        Some(e) => bail!("{e}"),
        None => Ok(0),
    }
}

/// Starts the thread that reads the input and turns it into 16 kHz blocks.
fn start_input(args: &StreamArgs) -> Result<Blocks> {
    let (tx, rx) = std::sync::mpsc::sync_channel(64);
    let realtime = args.realtime;
    match (&args.raw, args.input.as_str()) {
        (Some(encoding), input) => {
            let source: Box<dyn Read + Send> = match input {
                "-" => Box::new(std::io::stdin()),
                path => Box::new(std::fs::File::open(path).with_context(|| format!("{path}: cannot read the file"))?),
            };
            let to16k = To16k::new(args.rate).map_err(|e| anyhow::anyhow!("--rate: {e}"))?;
            let (encoding, channels) = (*encoding, args.channels as usize);
            std::thread::spawn(move || read_raw(source, encoding, channels, to16k, Pacer::new(realtime, tx)));
        }
        (None, input) => {
            let name = Path::new(input).to_path_buf();
            // A file is opened (and checked) here; standard input in the
            // thread, where waiting for its first bytes blocks no one.
            let file = match input {
                "-" => None,
                _ => Some(AudioReader::open(&name)?),
            };
            std::thread::spawn(move || {
                let reader = match file {
                    Some(reader) => Ok(reader),
                    None => AudioReader::from_stream(&name, std::io::stdin()),
                };
                let mut pacer = Pacer::new(realtime, tx);
                match reader {
                    Ok(mut reader) => loop {
                        match reader.next_block() {
                            Ok(Some(block)) => {
                                if !pacer.send(block) {
                                    return;
                                }
                            }
                            Ok(None) => return,
                            Err(e) => return pacer.fail(e.to_string()),
                        }
                    },
                    Err(e) => pacer.fail(e.to_string()),
                }
            });
        }
    }
    Ok(rx)
}

/// Reads raw PCM until the end of `source`.
fn read_raw(
    mut source: Box<dyn Read + Send>,
    encoding: RawEncoding,
    channels: usize,
    mut to16k: To16k,
    mut pacer: Pacer,
) {
    let encoding = PcmEncoding::from(encoding);
    let mut pcm = PcmDecoder::new(encoding, channels);
    // A tenth of a second at 16 kHz per read.
    let mut bytes = vec![0u8; 1600 * encoding.width() * channels];
    loop {
        let n = match source.read(&mut bytes) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return pacer.fail(format!("reading the input: {e}")),
        };
        let mono = pcm.decode(&bytes[..n]);
        to16k.push(&mono);
        match to16k.convert(false) {
            Ok(block) if block.is_empty() => {}
            Ok(block) => {
                if !pacer.send(block) {
                    return;
                }
            }
            Err(e) => return pacer.fail(e),
        }
    }
    if pcm.leftover() > 0 {
        eprintln!("hark: the input ended within a frame: its last {} bytes are ignored", pcm.leftover());
    }
    match to16k.convert(true) {
        Ok(block) => {
            pacer.send(block);
        }
        Err(e) => pacer.fail(e),
    }
}

/// Hands blocks to the recognizer, at real time if asked (in pieces of
/// 20 ms, as a sound card would).
struct Pacer {
    realtime: bool,
    tx: SyncSender<std::result::Result<Vec<f32>, String>>,
    start: Instant,
    sent: usize,
}

impl Pacer {
    fn new(realtime: bool, tx: SyncSender<std::result::Result<Vec<f32>, String>>) -> Pacer {
        Pacer { realtime, tx, start: Instant::now(), sent: 0 }
    }

    /// False when the recognizer is gone.
    fn send(&mut self, block: Vec<f32>) -> bool {
        if !self.realtime {
            return self.tx.send(Ok(block)).is_ok();
        }
        for piece in block.chunks(TARGET_RATE as usize / 50) {
            self.sent += piece.len();
            let due = self.start + Duration::from_secs_f64(self.sent as f64 / TARGET_RATE as f64);
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
            if self.tx.send(Ok(piece.to_vec())).is_err() {
                return false;
            }
        }
        true
    }

    fn fail(&mut self, error: String) {
        let _ = self.tx.send(Err(error));
    }
}

/// Writes events as JSON lines or as a live terminal line.
struct Printer {
    format: StreamFormat,
    /// Standard output is a terminal: partial results overwrite one line.
    live: bool,
    out: std::io::Stdout,
}

impl Printer {
    fn print(&mut self, event: &Event) -> Result<()> {
        let mut out = self.out.lock();
        match self.format {
            StreamFormat::Jsonl => writeln!(out, "{}", serde_json::to_string(event)?)?,
            StreamFormat::Text => match event {
                Event::Partial { text, .. } if self.live => write!(out, "\r\x1b[2K{text}")?,
                Event::Partial { .. } | Event::End { .. } => {}
                Event::Final { start, end, text, .. } => {
                    let clear = if self.live { "\r\x1b[2K" } else { "" };
                    writeln!(out, "{clear}[{start:7.2} - {end:7.2}] {text}")?
                }
            },
        }
        out.flush()?;
        Ok(())
    }
}
