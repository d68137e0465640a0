//! `hark serve`: live recognition for many WebSocket clients at once.
//!
//! Every connection is a stream in a slot of one compiled step program
//! (`hark_transcribe::live::Recognizer`): the calling thread owns the
//! device and steps whichever streams have audio (continuous batching
//! across clients), while an async runtime on its own thread speaks
//! WebSocket to the clients. A client that stalls, sends garbage or goes
//! away is dropped and its slot freed; the others never wait for it.
//!
//! Protocol (one connection, one stream):
//! - client, optional first: `{"type":"start","sample_rate":16000,"encoding":"s16le"}`
//!   (`encoding` `s16le` or `f32le`; the defaults are these);
//! - server: `{"type":"ready"}` once the stream has a slot, or
//!   `{"type":"error","message":...}` and a close when the server is full;
//! - client: binary messages of mono PCM in that encoding, any size;
//! - server: `partial` and `final` events as `hark stream` prints them;
//! - client: `{"type":"end"}` when the audio is over; the server sends the
//!   last results and `{"type":"end","seconds":...}`, then closes.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::mpsc as std_mpsc;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use hark_audio::{PcmDecoder, PcmEncoding, To16k};
use hark_transcribe::Transcriber;
use hark_transcribe::live::{Endpointing, Event, Recognizer};
use serde::Deserialize;
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

/// Errors that stop the server (a client's errors only drop that client).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("listening on {addr}: {source}")]
    Bind { addr: String, source: std::io::Error },
    #[error(transparent)]
    Recognizer(#[from] hark_transcribe::Error),
    #[error("starting the network thread: {0}")]
    Runtime(std::io::Error),
}

/// How the server treats its clients.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// `host:port` to listen on (port 0: any free port).
    pub addr: String,
    /// A client sending nothing for this long is dropped.
    pub idle_timeout: Duration,
    /// A client may be this many seconds of audio ahead of recognition
    /// (sending faster than the machine recognizes) before it is dropped.
    pub max_backlog_seconds: f64,
}

/// What a connection asks of the device thread.
enum Command {
    Open { events: mpsc::UnboundedSender<Event>, reply: oneshot::Sender<Option<usize>> },
    Audio { stream: usize, samples: Vec<f32> },
    Finish { stream: usize },
    Close { stream: usize },
}

/// Client messages in text frames.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "lowercase", deny_unknown_fields)]
enum Control {
    Start {
        #[serde(default = "default_rate")]
        sample_rate: u32,
        #[serde(default)]
        encoding: Encoding,
    },
    End,
}

fn default_rate() -> u32 {
    16_000
}

#[derive(Clone, Copy, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Encoding {
    #[default]
    S16le,
    F32le,
}

impl From<Encoding> for PcmEncoding {
    fn from(e: Encoding) -> PcmEncoding {
        match e {
            Encoding::S16le => PcmEncoding::S16le,
            Encoding::F32le => PcmEncoding::F32le,
        }
    }
}

/// Serves until the process ends; `listening` is told the bound address
/// once clients can connect. `transcriber`'s batch is the most streams at
/// once.
pub fn serve(
    transcriber: &Transcriber,
    endpointing: Endpointing,
    options: ServeOptions,
    listening: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    let mut recognizer = Recognizer::new(transcriber, endpointing)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(Error::Runtime)?;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(&options.addr))
        .map_err(|source| Error::Bind { addr: options.addr.clone(), source })?;
    let addr = listener.local_addr().map_err(|source| Error::Bind { addr: options.addr.clone(), source })?;
    let (commands, inbox) = std_mpsc::channel::<Command>();
    let idle = options.idle_timeout;
    std::thread::Builder::new()
        .name("hark-serve-net".into())
        .spawn(move || {
            runtime.block_on(async move {
                loop {
                    let Ok((socket, peer)) = listener.accept().await else { continue };
                    let commands = commands.clone();
                    tokio::spawn(async move {
                        if let Err(e) = connection(socket, commands, idle).await {
                            eprintln!("hark serve: {peer}: {e}");
                        }
                    });
                }
            })
        })
        .map_err(Error::Runtime)?;
    listening(addr);
    device_loop(&mut recognizer, inbox, options.max_backlog_seconds)
}

/// Steps the recognizer whenever a stream has audio, and routes results.
fn device_loop(recognizer: &mut Recognizer, inbox: std_mpsc::Receiver<Command>, max_backlog: f64) -> Result<(), Error> {
    let mut clients: HashMap<usize, mpsc::UnboundedSender<Event>> = HashMap::new();
    let mut events = Vec::new();
    loop {
        // Wait for work only when there is none.
        let first = if recognizer.ready() {
            inbox.try_recv().ok()
        } else {
            match inbox.recv_timeout(Duration::from_millis(100)) {
                Ok(c) => Some(c),
                Err(std_mpsc::RecvTimeoutError::Timeout) => None,
                Err(std_mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
            }
        };
        for command in first.into_iter().chain(std::iter::from_fn(|| inbox.try_recv().ok())) {
            match command {
                Command::Open { events, reply } => {
                    let stream = recognizer.open();
                    if let Some(s) = stream {
                        clients.insert(s, events);
                    }
                    let _ = reply.send(stream);
                }
                Command::Audio { stream, samples } => {
                    if !clients.contains_key(&stream) {
                        continue;
                    }
                    if recognizer.pending_seconds(stream) > max_backlog || recognizer.feed(stream, &samples).is_err() {
                        // Too far ahead of recognition, or audio after its end.
                        recognizer.close(stream);
                        clients.remove(&stream);
                    }
                }
                Command::Finish { stream } => {
                    if clients.contains_key(&stream) {
                        let _ = recognizer.finish(stream);
                    }
                }
                Command::Close { stream } => {
                    if clients.remove(&stream).is_some() {
                        recognizer.close(stream);
                    }
                }
            }
        }
        if recognizer.ready() {
            recognizer.step(&mut events)?;
            for event in events.drain(..) {
                let stream = match &event {
                    Event::Partial { stream, .. } | Event::Final { stream, .. } | Event::End { stream, .. } => *stream,
                };
                let end = matches!(event, Event::End { .. });
                if let Some(client) = clients.get(&stream) {
                    let _ = client.send(event);
                }
                if end {
                    clients.remove(&stream);
                }
            }
        }
    }
}

fn error_message(text: &str) -> Message {
    Message::text(serde_json::json!({"type": "error", "message": text}).to_string())
}

/// One client: the WebSocket handshake, its stream's slot, audio in,
/// results out.
async fn connection(
    socket: tokio::net::TcpStream,
    commands: std_mpsc::Sender<Command>,
    idle: Duration,
) -> Result<(), String> {
    let ws = tokio_tungstenite::accept_async(socket).await.map_err(|e| format!("handshake: {e}"))?;
    let (mut out, mut inbound) = ws.split();
    let close =
        |code: CloseCode, reason: &str| Message::Close(Some(CloseFrame { code, reason: reason.to_string().into() }));

    // The first message: a start, or audio at the defaults.
    let first = match tokio::time::timeout(idle, inbound.next()).await {
        Ok(Some(Ok(m))) => m,
        Ok(_) => return Ok(()),
        Err(_) => {
            let _ = out.send(error_message("no message in time: send a start message or audio")).await;
            return Err("idle before starting".into());
        }
    };
    let (format, pending_audio) = match &first {
        Message::Text(text) => match serde_json::from_str::<Control>(text) {
            Ok(Control::Start { sample_rate, encoding }) => ((sample_rate, encoding), None),
            _ => {
                let what = "the first message must be {\"type\":\"start\",\"sample_rate\":N,\"encoding\":\"s16le\"|\"f32le\"} or audio";
                let _ = out.send(error_message(what)).await;
                let _ = out.send(close(CloseCode::Policy, "bad start")).await;
                return Err("bad start message".into());
            }
        },
        Message::Binary(bytes) => ((16_000, Encoding::S16le), Some(bytes.to_vec())),
        _ => return Ok(()),
    };
    let to16k = match To16k::new(format.0) {
        Ok(c) => c,
        Err(e) => {
            let _ = out.send(error_message(&format!("sample_rate: {e}"))).await;
            let _ = out.send(close(CloseCode::Policy, "bad sample rate")).await;
            return Err(e);
        }
    };

    let (events_tx, mut events) = mpsc::unbounded_channel();
    let (reply_tx, reply) = oneshot::channel();
    commands.send(Command::Open { events: events_tx, reply: reply_tx }).map_err(|_| "the server stopped")?;
    let Some(stream) = reply.await.map_err(|_| "the server stopped")? else {
        let _ = out.send(error_message("the server is full (--max-streams): try again later")).await;
        let _ = out.send(close(CloseCode::Again, "full")).await;
        return Ok(());
    };
    // From here on the slot is freed however the connection ends.
    let guard = CloseOnDrop { stream, commands: commands.clone(), armed: true };
    let ready = serde_json::json!({"type": "ready"}).to_string();
    out.send(Message::text(ready)).await.map_err(|e| e.to_string())?;

    let pcm = PcmDecoder::new(format.1.into(), 1);
    let mut intake = Intake { pcm, to16k, stream, commands: commands.clone() };
    let mut ended = false;
    if let Some(bytes) = pending_audio {
        intake.feed(&bytes)?;
    }
    loop {
        tokio::select! {
            event = events.recv() => {
                let Some(event) = event else {
                    // The device thread dropped this stream (too far ahead).
                    let _ = out.send(error_message("audio sent faster than it can be recognized: dropped")).await;
                    let _ = out.send(close(CloseCode::Policy, "backlog")).await;
                    return Err("backlog".into());
                };
                let end = matches!(event, Event::End { .. });
                let text = serde_json::to_string(&event).expect("events serialize");
                out.send(Message::text(text)).await.map_err(|e| e.to_string())?;
                if end {
                    let _ = out.send(close(CloseCode::Normal, "end")).await;
                    let mut guard = guard;
                    guard.armed = false;
                    return Ok(());
                }
            }
            message = tokio::time::timeout(idle, inbound.next()), if !ended => {
                match message {
                    Err(_) => {
                        // The slot is freed before the client hears why.
                        drop(guard);
                        let _ = out.send(error_message(&format!("nothing received for {} s: dropped", idle.as_secs_f64()))).await;
                        return Err("idle".into());
                    }
                    Ok(None) | Ok(Some(Err(_))) | Ok(Some(Ok(Message::Close(_)))) => return Ok(()),
                    Ok(Some(Ok(Message::Binary(bytes)))) => intake.feed(&bytes)?,
                    Ok(Some(Ok(Message::Text(text)))) => match serde_json::from_str::<Control>(&text) {
                        Ok(Control::End) => {
                            intake.end()?;
                            ended = true;
                        }
                        _ => {
                            drop(guard);
                            let _ = out.send(error_message("not a control message: expected {\"type\":\"end\"} (audio goes in binary messages)")).await;
                            let _ = out.send(close(CloseCode::Policy, "bad message")).await;
                            return Err("bad message".into());
                        }
                    },
                    Ok(Some(Ok(_))) => {} // ping, pong, frames: nothing to do
                }
            }
        }
    }
}

/// A client's audio on its way to the device thread: whole samples out of
/// the bytes as they come, converted to 16 kHz.
struct Intake {
    pcm: PcmDecoder,
    to16k: To16k,
    stream: usize,
    commands: std_mpsc::Sender<Command>,
}

impl Intake {
    fn feed(&mut self, bytes: &[u8]) -> Result<(), String> {
        self.to16k.push(&self.pcm.decode(bytes));
        let block = self.to16k.convert(false)?;
        self.send(block)
    }

    /// The resampler's tail, then the end of the stream.
    fn end(&mut self) -> Result<(), String> {
        let tail = self.to16k.convert(true)?;
        self.send(tail)?;
        self.commands.send(Command::Finish { stream: self.stream }).map_err(|_| "the server stopped".to_string())
    }

    fn send(&self, samples: Vec<f32>) -> Result<(), String> {
        if samples.is_empty() {
            return Ok(());
        }
        self.commands
            .send(Command::Audio { stream: self.stream, samples })
            .map_err(|_| "the server stopped".to_string())
    }
}

/// Frees the stream's slot when the connection ends early.
struct CloseOnDrop {
    stream: usize,
    commands: std_mpsc::Sender<Command>,
    armed: bool,
}

impl Drop for CloseOnDrop {
    fn drop(&mut self) {
        if self.armed {
            let _ = self.commands.send(Command::Close { stream: self.stream });
        }
    }
}
