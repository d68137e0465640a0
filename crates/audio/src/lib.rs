//! Audio input for Hark: any common audio file, decoded and resampled to
//! 16 kHz mono `f32`, streamed in blocks so memory stays bounded however
//! long the file is.
//!
//! Decoding is symphonia's (WAV, FLAC, MP3, OGG/Vorbis and the rest of its
//! formats). Channels are averaged to mono before resampling (both are
//! linear, so the order does not matter and mono is cheaper). Resampling is
//! rubato's synchronous FFT resampler, whose low-pass keeps anything above
//! 8 kHz from folding back into speech frequencies; its delay is trimmed, so
//! output sample `i` is the input at `i / 16000` s.
//!
//! Damage is handled as follows. Packets the decoder rejects one at a time
//! are skipped, as symphonia's examples do. A file that ends before the
//! length its header states (a cut-off WAV or FLAC) is an
//! [`Error::Corrupt`] saying where, returned after the blocks before that
//! point; so is any other hard failure of the demuxer. Where no length is
//! stated (a WAV streamed to a pipe) or frames stand alone (MP3), the end of
//! the data is simply the end.

pub mod manifest;

use std::fmt;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use rubato::audioadapter_buffers::direct::SequentialSlice;
use rubato::{
    Async, Fft, FixedAsync, FixedSync, Indexing, Resampler, SincInterpolationParameters, SincInterpolationType,
    WindowFunction,
};
use symphonia::core::codecs::audio::{AudioDecoder, AudioDecoderOptions};
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, FormatReader, TrackType};
use symphonia::core::io::{MediaSource, MediaSourceStream, ReadOnlySource};
use symphonia::core::meta::MetadataOptions;

/// The sample rate of everything this crate returns, in Hz.
pub const TARGET_RATE: u32 = 16_000;

/// File extensions taken as audio when searching directories (a file
/// named explicitly is always tried, whatever its extension).
pub const AUDIO_EXTENSIONS: &[&str] =
    &["wav", "wave", "flac", "mp3", "ogg", "oga", "opus", "m4a", "aac", "aif", "aiff", "caf", "mka", "webm"];

/// Whether `path` has one of the [`AUDIO_EXTENSIONS`] (any case).
pub fn is_audio_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| AUDIO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The sample rates a file may state. Outside them a header is taken as
/// damaged: no real recording is below 1 kHz, and the resampler's blocks
/// grow with the rate (4 GHz headers once asked for gigabytes).
pub const MIN_SAMPLE_RATE: u32 = 1_000;
pub const MAX_SAMPLE_RATE: u32 = 384_000;

/// Input frames (at the file's rate) gathered before resampling a block:
/// a quarter of a second, so blocks are about 4000 output samples.
const BLOCK_SECONDS_RECIP: usize = 4;

/// Input frames per FFT sub-chunk of the resampler. Longer sub-chunks put
/// the anti-aliasing cutoff closer to 8 kHz (about 7.8 kHz here) at the cost
/// of a longer delay, which is trimmed anyway.
const RESAMPLER_SUB_CHUNK: usize = 1024;

/// The largest smallest-FFT-block (`rate / gcd(rate, 16000)` frames) given
/// the FFT resampler; rarer rates get the sinc resampler (see `resampler`).
const MAX_FFT_BLOCK: usize = 4096;

/// The sinc resampler's filter length, in input frames.
const SINC_LEN: usize = 256;

/// What the file says about itself.
#[derive(Clone, Debug, PartialEq)]
pub struct AudioInfo {
    /// The file's own sample rate, in Hz (before resampling).
    pub sample_rate: u32,
    /// The file's channel count (before downmixing).
    pub channels: usize,
    /// The length the container states, in seconds, if it states one.
    pub duration_seconds: Option<f64>,
    /// The codec's short name, e.g. `pcm_s16le`, `flac`, `mp3`, `vorbis`.
    pub codec: String,
}

/// Why a file could not be read. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file is missing or cannot be read.
    #[error("{path}: cannot read the file: {source}", path = .path.display())]
    Io { path: PathBuf, source: io::Error },

    /// No supported container format recognises the file.
    #[error("{path}: not an audio file, or a format Hark cannot read ({reason})", path = .path.display())]
    NotAudio { path: PathBuf, reason: String },

    /// The container holds no audio track (e.g. video or subtitles only).
    #[error("{path}: the file has no audio track", path = .path.display())]
    NoAudioTrack { path: PathBuf },

    /// The audio track's codec, or some feature of the stream, cannot be decoded.
    #[error("{path}: unsupported audio: {what}", path = .path.display())]
    Unsupported { path: PathBuf, what: String },

    /// The file decodes to no samples at all (zero bytes, or a header only).
    #[error("{path}: the file contains no audio samples", path = .path.display())]
    Empty { path: PathBuf },

    /// The audio data is corrupt or truncated and decoding cannot go on.
    #[error("{path}: corrupt or truncated audio{}: {reason}", At(*.position_seconds), path = .path.display())]
    Corrupt { path: PathBuf, position_seconds: Option<f64>, reason: String },
}

/// Formats " at 1.23 s" for a known position, nothing otherwise.
struct At(Option<f64>);

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(s) => write!(f, " at {s:.2} s"),
            None => Ok(()),
        }
    }
}

/// How decoded mono samples become 16 kHz ones.
enum Stage {
    /// The file is already at 16 kHz.
    Passthrough,
    Resample {
        resampler: Box<dyn Resampler<f32>>,
        /// Output frames still to drop from the start (the resampler's delay).
        trim: usize,
        /// Scratch for one call's output, `resampler.output_frames_max()` long.
        out: Vec<f32>,
    },
}

/// Mono samples at any rate the readers take, converted to 16 kHz as they
/// come: for files ([`AudioReader`]) and for live audio (a pipe, a socket).
/// Memory is bounded by a quarter-second chunk, whatever the stream's length.
pub struct To16k {
    rate: u32,
    stage: Stage,
    /// Input frames per resampler call (a quarter of a second).
    chunk: usize,
    /// Input not yet converted (after any lead-in of zeros).
    pending: Vec<f32>,
    /// Real input frames pushed.
    frames_in: u64,
    /// Output frames returned.
    frames_out: u64,
}

impl To16k {
    /// A converter from `rate` Hz, or why that rate is refused.
    pub fn new(rate: u32) -> Result<To16k, String> {
        if !(MIN_SAMPLE_RATE..=MAX_SAMPLE_RATE).contains(&rate) {
            return Err(format!(
                "a sample rate of {rate} Hz is outside the {MIN_SAMPLE_RATE} Hz to {MAX_SAMPLE_RATE} Hz Hark takes (a damaged header?)"
            ));
        }
        let (stage, chunk, lead_in) = if rate == TARGET_RATE {
            (Stage::Passthrough, rate as usize / BLOCK_SECONDS_RECIP, 0)
        } else {
            let setup = resampler(rate).map_err(|e| format!("resampling from {rate} Hz: {e}"))?;
            let out = vec![0.0; setup.resampler.output_frames_max()];
            (Stage::Resample { trim: setup.delay, resampler: setup.resampler, out }, setup.chunk, setup.lead_in)
        };
        Ok(To16k { rate, stage, chunk, pending: vec![0.0; lead_in], frames_in: 0, frames_out: 0 })
    }

    /// Appends input samples (brought into full scale: see `full_scale`).
    pub fn push(&mut self, samples: &[f32]) {
        self.push_iter(samples.iter().copied());
    }

    fn push_iter(&mut self, samples: impl Iterator<Item = f32>) {
        let before = self.pending.len();
        self.pending.extend(samples.map(full_scale));
        self.frames_in += (self.pending.len() - before) as u64;
    }

    /// Turns pending input into 16 kHz output: whole chunks only, unless
    /// `at_end`, when the rest is resampled and the resampler flushed so the
    /// output totals round(frames_in * 16000 / rate).
    pub fn convert(&mut self, at_end: bool) -> Result<Vec<f32>, String> {
        let (resampler, trim, out) = match &mut self.stage {
            Stage::Passthrough => {
                self.frames_out += self.pending.len() as u64;
                return Ok(std::mem::take(&mut self.pending));
            }
            Stage::Resample { resampler, trim, out } => (resampler, trim, out),
        };
        let rate = self.rate as u64;
        let expected = (self.frames_in * TARGET_RATE as u64 + rate / 2) / rate;
        let mut block = Vec::new();
        let mut offset = 0;
        loop {
            let left = self.pending.len() - offset;
            let partial = if left >= self.chunk {
                None
            } else if at_end && self.frames_out + (block.len() as u64) < expected {
                Some(left)
            } else {
                break;
            };
            let input = SequentialSlice::new(&self.pending[..], 1, self.pending.len()).expect("one channel");
            let out_len = out.len();
            let mut output = SequentialSlice::new_mut(&mut out[..], 1, out_len).expect("one channel");
            let indexing = Indexing { input_offset: offset, partial_len: partial, ..Default::default() };
            let (used, made) =
                resampler.process_into_buffer(&input, &mut output, Some(&indexing)).map_err(|e| e.to_string())?;
            offset += used.min(left);
            let skip = (*trim).min(made);
            *trim -= skip;
            block.extend_from_slice(&out[skip..made]);
        }
        self.pending.drain(..offset);
        if at_end {
            block.truncate(expected.saturating_sub(self.frames_out) as usize);
        }
        self.frames_out += block.len() as u64;
        Ok(block)
    }
}

/// A decoder + resampler over one file: yields 16 kHz mono f32 samples in
/// blocks, in bounded memory (never the whole file).
pub struct AudioReader {
    path: PathBuf,
    info: AudioInfo,
    format: Box<dyn FormatReader>,
    decoder: Box<dyn AudioDecoder>,
    track_id: u32,
    to16k: To16k,
    /// Scratch for one packet's interleaved samples.
    interleaved: Vec<f32>,
    /// Mono frames decoded so far, at the file's rate.
    frames_in: u64,
    /// Packets the decoder rejected.
    bad_packets: u64,
    /// The track's length in frames, if the container states it.
    stated_frames: Option<u64>,
    /// The first block, decoded by `open` to reject empty files up front.
    first: Option<Vec<f32>>,
    done: bool,
}

impl AudioReader {
    /// Opens and probes `path` and decodes its first block, so that a file
    /// that is not audio, or has no samples, fails here rather than later.
    pub fn open(path: &Path) -> Result<AudioReader, Error> {
        let p = || path.to_path_buf();
        let file = File::open(path).map_err(|source| Error::Io { path: p(), source })?;
        let meta = file.metadata().map_err(|source| Error::Io { path: p(), source })?;
        if meta.is_dir() {
            let source = io::Error::new(io::ErrorKind::IsADirectory, "is a directory");
            return Err(Error::Io { path: p(), source });
        }
        if meta.len() == 0 {
            return Err(Error::Empty { path: p() });
        }

        Self::from_media(path, Box::new(file))
    }

    /// Reads audio in any container the files may use (a WAV stream, FLAC,
    /// Ogg, MP3...) from `source` as it arrives, e.g. standard input: the
    /// stream need not be seekable nor state its length. `name` is what
    /// errors call it (`-` for standard input).
    pub fn from_stream(name: &Path, source: impl io::Read + Send + Sync + 'static) -> Result<AudioReader, Error> {
        Self::from_media(name, Box::new(ReadOnlySource::new(source)))
    }

    fn from_media(path: &Path, media: Box<dyn MediaSource>) -> Result<AudioReader, Error> {
        let p = || path.to_path_buf();
        let mut hint = Hint::new();
        if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
            hint.with_extension(ext);
        }
        let mss = MediaSourceStream::new(media, Default::default());
        let format = symphonia::default::get_probe()
            .probe(&hint, mss, FormatOptions::default(), MetadataOptions::default())
            .map_err(|e| match e {
                SymphoniaError::IoError(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                    let reason = "the file ends unexpectedly (truncated?)".into();
                    Error::Corrupt { path: p(), position_seconds: None, reason }
                }
                SymphoniaError::IoError(source) => Error::Io { path: p(), source },
                // A recognised format whose headers do not parse.
                SymphoniaError::DecodeError(_) | SymphoniaError::LimitError(_) => {
                    Error::Corrupt { path: p(), position_seconds: None, reason: e.to_string() }
                }
                other => Error::NotAudio { path: p(), reason: other.to_string() },
            })?;

        let track = format.default_track(TrackType::Audio).ok_or_else(|| Error::NoAudioTrack { path: p() })?;
        let (track_id, stated_frames) = (track.id, track.num_frames);
        let params = track
            .codec_params
            .as_ref()
            .and_then(|c| c.audio())
            .ok_or_else(|| Error::NoAudioTrack { path: p() })?
            .clone();
        let codecs = symphonia::default::get_codecs();
        let codec = match codecs.get_audio_decoder(params.codec) {
            Some(registered) => registered.codec.info.short_name.to_string(),
            None => {
                let what = format!("no decoder for codec id {}", params.codec);
                return Err(Error::Unsupported { path: p(), what });
            }
        };
        let decoder = codecs.make_audio_decoder(&params, &AudioDecoderOptions::default()).map_err(|e| match e {
            SymphoniaError::Unsupported(_) => Error::Unsupported { path: p(), what: format!("{codec}: {e}") },
            _ => Error::Corrupt { path: p(), position_seconds: None, reason: format!("{codec} headers: {e}") },
        })?;

        // Checked against the range taken by `To16k::new`, before anything
        // is sized from it.
        let sample_rate = match params.sample_rate {
            Some(rate) if rate > 0 => rate,
            _ => return Err(Error::Unsupported { path: p(), what: "the file states no sample rate".into() }),
        };
        let channels = params.channels.as_ref().map_or(0, |c| c.count());
        let duration_seconds = match (track.num_frames, track.time_base, track.duration) {
            (Some(frames), _, _) => Some(frames as f64 / sample_rate as f64),
            (None, Some(tb), Some(d)) => tb.calc_duration(d).map(|t| t.as_secs_f64()),
            _ => None,
        };

        let to16k = To16k::new(sample_rate).map_err(|what| Error::Unsupported { path: p(), what })?;

        let mut reader = AudioReader {
            path: p(),
            info: AudioInfo { sample_rate, channels, duration_seconds, codec },
            format,
            decoder,
            track_id,
            to16k,
            interleaved: Vec::new(),
            frames_in: 0,
            bad_packets: 0,
            stated_frames,
            first: None,
            done: false,
        };
        reader.first = reader.produce()?;
        if reader.frames_in == 0 {
            return Err(if reader.bad_packets > 0 {
                reader.corrupt(format!("none of its {} packets could be decoded", reader.bad_packets))
            } else if let Some(n) = stated_frames.filter(|&n| n > 0) {
                let stated = n as f64 / sample_rate as f64;
                reader.corrupt(format!("its header states {stated:.2} s of audio, but none of it can be read"))
            } else {
                Error::Empty { path: p() }
            });
        }
        Ok(reader)
    }

    /// What the file says about itself.
    pub fn info(&self) -> &AudioInfo {
        &self.info
    }

    /// The next block of 16 kHz mono samples (channels averaged), or `None`
    /// at the end. Blocks are a few thousand samples; their sizes vary.
    pub fn next_block(&mut self) -> Result<Option<Vec<f32>>, Error> {
        match self.first.take() {
            Some(block) => Ok(Some(block)),
            None => self.produce(),
        }
    }

    /// Decodes until a non-empty block is ready or the file ends.
    fn produce(&mut self) -> Result<Option<Vec<f32>>, Error> {
        while !self.done {
            let at_end = self.fill()?;
            let block = self.to16k.convert(at_end).map_err(|reason| self.corrupt(reason))?;
            self.done = at_end;
            if !block.is_empty() {
                return Ok(Some(block));
            }
        }
        Ok(None)
    }

    /// Decodes packets until `chunk` frames are pending; returns whether the
    /// stream ended first.
    fn fill(&mut self) -> Result<bool, Error> {
        while self.to16k.pending.len() < self.to16k.chunk {
            let packet = match self.format.next_packet() {
                Ok(Some(packet)) => packet,
                Ok(None) => return Ok(true),
                Err(SymphoniaError::IoError(e)) if e.kind() == io::ErrorKind::UnexpectedEof => {
                    if self.stated_frames.is_none() {
                        return Ok(true); // streamed WAVs state no length and end like this
                    }
                    let stated = self.stated_frames.unwrap_or(0) as f64 / self.info.sample_rate as f64;
                    return Err(self.corrupt(format!("the file ends before its stated length of {stated:.2} s")));
                }
                Err(SymphoniaError::IoError(source)) => return Err(Error::Io { path: self.path.clone(), source }),
                Err(SymphoniaError::ResetRequired) => {
                    let what = "the stream changes its parameters part way (chained streams)".into();
                    return Err(Error::Unsupported { path: self.path.clone(), what });
                }
                Err(e) => return Err(self.corrupt(e.to_string())),
            };
            if packet.track_id != self.track_id {
                continue;
            }
            let buf = match self.decoder.decode(&packet) {
                Ok(buf) => buf,
                // One bad packet: skip it, as symphonia's examples do.
                Err(SymphoniaError::DecodeError(_) | SymphoniaError::IoError(_)) => {
                    self.bad_packets += 1;
                    continue;
                }
                Err(e) => return Err(self.corrupt(e.to_string())),
            };
            let rate = buf.spec().rate();
            if rate != self.info.sample_rate {
                let what = format!("the sample rate changes from {} Hz to {rate} Hz part way", self.info.sample_rate);
                return Err(Error::Unsupported { path: self.path.clone(), what });
            }
            let channels = buf.spec().channels().count().max(1);
            if self.info.channels == 0 {
                self.info.channels = channels; // the header did not say
            }
            buf.copy_to_vec_interleaved(&mut self.interleaved);
            let scale = 1.0 / channels as f32;
            let mono = self.interleaved.chunks_exact(channels).map(|f| f.iter().sum::<f32>() * scale);
            self.to16k.push_iter(mono);
            self.frames_in += (self.interleaved.len() / channels) as u64;
        }
        Ok(false)
    }

    fn corrupt(&self, reason: String) -> Error {
        let position_seconds = Some(self.frames_in as f64 / self.info.sample_rate as f64);
        Error::Corrupt { path: self.path.clone(), position_seconds, reason }
    }
}

/// A sample brought into full scale: float files may hold NaN, infinities
/// or huge values (a damaged file, or one decoded as float by mistake),
/// which the resampler's FFT turns into a panic and the model into
/// garbage. NaN becomes silence; the rest is clipped to [-1, 1], as any
/// player would.
fn full_scale(x: f32) -> f32 {
    if x.is_nan() { 0.0 } else { x.clamp(-1.0, 1.0) }
}

/// A resampler from `rate` to 16 kHz, mono, and the input frames it takes
/// per call (about a quarter of a second).
///
/// Rates whose ratio to 16 kHz is simple (every common rate: 8, 11.025,
/// 22.05, 44.1, 48, 96, 192 kHz...) get a synchronous FFT resampler: exact
/// and fast. Its FFT blocks are about `RESAMPLER_SUB_CHUNK` input frames
/// and an even multiple of the smallest block the two rates allow, so that
/// both block sizes are even: rubato's delay is half a block, and only then
/// is it a whole number of samples on both sides, so trimming it leaves the
/// output exactly time-aligned (an odd block shifts it by half an input
/// sample). That smallest block is `rate / gcd(rate, 16000)` frames, so a
/// rate sharing few factors with 16 kHz (44,101 Hz; 383,999 Hz) would need
/// an FFT of up to a whole second of input (66 MB): above
/// `MAX_FFT_BLOCK` such rates get a windowed-sinc resampler instead, whose
/// memory (a 256 x 256 filter table) does not depend on the rate.
fn resampler(rate: u32) -> Result<ResamplerSetup, rubato::ResamplerConstructionError> {
    let (rate, target) = (rate as usize, TARGET_RATE as usize);
    let (mut a, mut b) = (rate, target);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    let min_block = rate / a;
    if min_block > MAX_FFT_BLOCK {
        let chunk = rate / BLOCK_SECONDS_RECIP;
        let sinc = SincInterpolationParameters {
            sinc_len: SINC_LEN,
            f_cutoff: None,
            oversampling_factor: 256,
            interpolation: SincInterpolationType::Cubic,
            window: WindowFunction::BlackmanHarris2,
        };
        let resampler = Async::new_sinc(target as f64 / rate as f64, 1.0, &sinc, chunk, 1, FixedAsync::Input)?;
        // Its output n is input position (n + 1) t - SINC_LEN / 2 (t input
        // frames per output frame): a delay of a fraction of an output
        // frame unless the input is led in by zeros to make SINC_LEN / 2
        // plus the lead-in a whole number of `min_block`s (t times an
        // integer). Trimming then keeps the output exactly time-aligned
        // (tests/wav.rs); the lead-in is under a second of zeros.
        let lead_in = (min_block - SINC_LEN / 2 % min_block) % min_block;
        let delay = (SINC_LEN / 2 + lead_in) / min_block * (target / a) - 1;
        return Ok(ResamplerSetup { resampler: Box::new(resampler), chunk, lead_in, delay });
    }
    let block = RESAMPLER_SUB_CHUNK.div_ceil(min_block).next_multiple_of(2) * min_block;
    let blocks = (rate / BLOCK_SECONDS_RECIP / block).max(1);
    let chunk = blocks * block;
    let fft = Fft::new_custom(rate, target, chunk, blocks, 1, WindowFunction::BlackmanHarris2, FixedSync::Input)?;
    let delay = fft.output_delay();
    Ok(ResamplerSetup { resampler: Box::new(fft), chunk, lead_in: 0, delay })
}

/// What [`resampler`] chose.
struct ResamplerSetup {
    resampler: Box<dyn Resampler<f32>>,
    /// Input frames per call.
    chunk: usize,
    /// Zero frames fed before the file's first.
    lead_in: usize,
    /// Output frames to drop from the start: the resampler's delay.
    delay: usize,
}

/// Convenience: the whole file as 16 kHz mono samples.
pub fn read_all(path: &Path) -> Result<Vec<f32>, Error> {
    let mut reader = AudioReader::open(path)?;
    let mut samples = Vec::new();
    while let Some(block) = reader.next_block()? {
        samples.extend_from_slice(&block);
    }
    Ok(samples)
}

/// How raw PCM samples are stored (interleaved, little-endian).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PcmEncoding {
    /// 16-bit signed integers.
    S16le,
    /// 32-bit floats.
    F32le,
}

impl PcmEncoding {
    /// Bytes per sample.
    pub fn width(self) -> usize {
        match self {
            PcmEncoding::S16le => 2,
            PcmEncoding::F32le => 4,
        }
    }
}

/// Raw PCM bytes arriving in pieces of any size (a pipe, a socket) turned
/// into mono samples (channels averaged); a frame cut between two pieces is
/// kept until the rest of it comes.
pub struct PcmDecoder {
    encoding: PcmEncoding,
    channels: usize,
    carry: Vec<u8>,
}

impl PcmDecoder {
    /// `channels` must be at least 1.
    pub fn new(encoding: PcmEncoding, channels: usize) -> PcmDecoder {
        PcmDecoder { encoding, channels: channels.max(1), carry: Vec::new() }
    }

    /// The whole frames of `bytes` (with what was left from before), as
    /// mono samples.
    pub fn decode(&mut self, bytes: &[u8]) -> Vec<f32> {
        self.carry.extend_from_slice(bytes);
        let width = self.encoding.width();
        let frame = width * self.channels;
        let whole = self.carry.len() / frame * frame;
        let mono = self.carry[..whole]
            .chunks_exact(frame)
            .map(|f| {
                let sum: f32 = f
                    .chunks_exact(width)
                    .map(|s| match self.encoding {
                        PcmEncoding::S16le => i16::from_le_bytes([s[0], s[1]]) as f32 / 32768.0,
                        PcmEncoding::F32le => f32::from_le_bytes([s[0], s[1], s[2], s[3]]),
                    })
                    .sum();
                sum / self.channels as f32
            })
            .collect();
        self.carry.drain(..whole);
        mono
    }

    /// Bytes of an incomplete last frame, waiting for the rest.
    pub fn leftover(&self) -> usize {
        self.carry.len()
    }
}
