//! `hark serve` over loopback: 32 clients at once each get exactly their
//! own transcript (what `hark stream` gives for their file), while a client
//! killed mid-stream, one sending non-audio and one over the limit are each
//! handled without disturbing them.
//!
//! Needs the CPU plugin (`hark setup`).

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

type Socket = WebSocket<MaybeTlsStream<TcpStream>>;

const FILES: [&str; 5] =
    ["scotland_water.wav", "caribbean_boat.wav", "awb_market.wav", "scotland_market.wav", "caribbean_road.wav"];

fn held_out(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/held_out").join(name)
}

/// The server, killed when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server(max_streams: usize, idle_timeout: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hark"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--max-streams",
            &max_streams.to_string(),
            "--idle-timeout",
            idle_timeout,
        ])
        .env_remove("HARK_PLUGIN")
        .env_remove("HARK_MODEL")
        .stderr(Stdio::piped())
        .spawn()
        .expect("running hark serve");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    // Owned by a Server from here, so a failed start still kills and waits
    // for the process.
    let mut server = Server { child, url: String::new() };
    let mut line = String::new();
    loop {
        line.clear();
        assert!(stderr.read_line(&mut line).unwrap() > 0, "hark serve exited before listening");
        if let Some(rest) = line.trim().strip_prefix("hark: listening on ") {
            server.url = rest.split(' ').next().unwrap().to_string();
            // Keep draining stderr so the server never blocks on it.
            std::thread::spawn(move || for _ in stderr.lines() {});
            return server;
        }
    }
}

fn connect(url: &str) -> Socket {
    tungstenite::connect(url).expect("connecting").0
}

fn text(msg: Message) -> serde_json::Value {
    match msg {
        Message::Text(t) => serde_json::from_str(t.as_str()).unwrap(),
        other => panic!("expected a text message, got {other:?}"),
    }
}

/// Sends the start message and waits for the slot.
fn start(ws: &mut Socket) -> serde_json::Value {
    ws.send(Message::text(r#"{"type":"start","sample_rate":16000,"encoding":"s16le"}"#)).unwrap();
    text(ws.read().unwrap())
}

fn pcm(file: &Path) -> Vec<u8> {
    let reader = hound::WavReader::open(file).unwrap();
    assert_eq!(reader.spec().sample_rate, 16_000);
    reader.into_samples::<i16>().flat_map(|s| s.unwrap().to_le_bytes()).collect()
}

/// Streams `audio` in 100 ms messages, ends, and returns the finals' texts.
fn recognize(ws: &mut Socket, audio: &[u8]) -> Vec<String> {
    for piece in audio.chunks(3200) {
        ws.send(Message::binary(piece.to_vec())).unwrap();
    }
    ws.send(Message::text(r#"{"type":"end"}"#)).unwrap();
    let mut finals = Vec::new();
    loop {
        match ws.read() {
            Ok(Message::Text(t)) => {
                let event: serde_json::Value = serde_json::from_str(t.as_str()).unwrap();
                match event["type"].as_str().unwrap() {
                    "final" => finals.push(event["text"].as_str().unwrap().to_string()),
                    "end" => return finals,
                    "partial" => {}
                    other => panic!("unexpected event {other}: {event}"),
                }
            }
            Ok(Message::Close(_)) | Err(_) => panic!("closed before the end event"),
            Ok(_) => {}
        }
    }
}

/// What `hark stream` gives for `file`: its finals' texts.
fn streamed(file: &Path) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .arg("stream")
        .arg(file)
        .env_remove("HARK_PLUGIN")
        .env_remove("HARK_MODEL")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|e| e["type"] == "final")
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn many_clients_get_their_own_transcripts_and_bad_ones_are_dropped_alone() {
    const GOOD: usize = 32;
    let server = start_server(GOOD + 2, "20");
    let expected: Vec<Vec<String>> = FILES.iter().map(|f| streamed(&held_out(f))).collect();

    // Every slot taken: 32 good clients, one to be killed, one to send garbage.
    let mut good: Vec<Socket> = (0..GOOD).map(|_| connect(&server.url)).collect();
    for ws in &mut good {
        assert_eq!(start(ws)["type"], "ready");
    }
    let mut killed = connect(&server.url);
    assert_eq!(start(&mut killed)["type"], "ready");
    let mut garbage = connect(&server.url);
    assert_eq!(start(&mut garbage)["type"], "ready");

    // One more is refused with a message, not queued.
    let mut over = connect(&server.url);
    let refusal = start(&mut over);
    assert_eq!(refusal["type"], "error", "{refusal}");
    assert!(refusal["message"].as_str().unwrap().contains("full"), "{refusal}");

    // The killed client sends half its audio and vanishes; the garbage one
    // sends text that is no control message and is dropped with a reason.
    let half = pcm(&held_out(FILES[0]));
    for piece in half[..half.len() / 2].chunks(3200) {
        killed.send(Message::binary(piece.to_vec())).unwrap();
    }
    drop(killed);
    garbage.send(Message::text("this is not audio")).unwrap();
    let reply = text(garbage.read().unwrap());
    assert_eq!(reply["type"], "error", "{reply}");
    assert!(reply["message"].as_str().unwrap().contains("not a control message"), "{reply}");

    // The good ones, all at once.
    let handles: Vec<_> = good
        .into_iter()
        .enumerate()
        .map(|(i, mut ws)| {
            std::thread::spawn(move || {
                let file = FILES[i % FILES.len()];
                (i, recognize(&mut ws, &pcm(&held_out(file))))
            })
        })
        .collect();
    for h in handles {
        let (i, finals) = h.join().unwrap();
        assert_eq!(finals, expected[i % FILES.len()], "client {i} ({})", FILES[i % FILES.len()]);
    }

    // The freed slots take new clients.
    let mut again = connect(&server.url);
    assert_eq!(start(&mut again)["type"], "ready");
    assert_eq!(recognize(&mut again, &pcm(&held_out(FILES[1]))), expected[1]);
}

#[test]
fn a_stalled_client_is_dropped_and_its_slot_freed() {
    let server = start_server(1, "1");
    let mut stalled = connect(&server.url);
    assert_eq!(start(&mut stalled)["type"], "ready");
    // It sends nothing; after the idle timeout it is told why and dropped.
    let reply = text(stalled.read().unwrap());
    assert_eq!(reply["type"], "error", "{reply}");
    assert!(reply["message"].as_str().unwrap().contains("nothing received"), "{reply}");
    // Its only slot is free again.
    let mut next = connect(&server.url);
    assert_eq!(start(&mut next)["type"], "ready");
    let finals = recognize(&mut next, &pcm(&held_out(FILES[0])));
    assert_eq!(finals, streamed(&held_out(FILES[0])));
}
