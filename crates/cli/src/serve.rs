//! `hark serve`: a WebSocket server streaming live results to many clients
//! (protocol: the `hark_server` crate documentation and README).

use std::time::Duration;

use anyhow::Result;
use clap::Args;
use hark_pjrt::Client;
use hark_server::ServeOptions;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on (`host:port`; port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8765")]
    pub addr: String,
    /// Streams at once (the step program's batch); a client beyond them is
    /// refused with a message, not queued.
    #[arg(long, default_value_t = 32, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_BATCH))]
    pub max_streams: i64,
    /// Encoder frames per streaming step (40 ms each).
    #[arg(long, default_value_t = 8, allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(1..=crate::limits::MAX_CHUNK))]
    pub chunk: i64,
    /// Seconds a client may send nothing before it is dropped.
    #[arg(long, default_value_t = 30.0, allow_negative_numbers = true, value_parser = crate::limits::seconds)]
    pub idle_timeout: f64,
    /// Seconds of audio a client may be ahead of recognition (sending
    /// faster than the machine keeps up) before it is dropped.
    #[arg(long, default_value_t = 60.0, allow_negative_numbers = true, value_parser = crate::limits::seconds)]
    pub max_backlog: f64,
    #[command(flatten)]
    pub endpoints: crate::decoding::EndpointArgs,
    #[command(flatten)]
    pub decoding: crate::decoding::DecodingArgs,
}

pub fn run(args: &ServeArgs, client: &Client) -> Result<u8> {
    let md = crate::decoding::model_dir(args.decoding.model.as_deref())?;
    let mut opened = args.decoding.open(client, &md, 0)?;
    let transcriber = opened.transcriber(args.decoding.options(args.max_streams, args.chunk, 0))?;
    let endpointing = args.endpoints.endpointing();
    let options = ServeOptions {
        addr: args.addr.clone(),
        idle_timeout: Duration::from_secs_f64(args.idle_timeout.max(0.1)),
        max_backlog_seconds: args.max_backlog,
    };
    let streams = args.max_streams;
    hark_server::serve(&transcriber, endpointing, options, |addr| {
        eprintln!("hark: listening on ws://{addr} (up to {streams} streams)");
    })?;
    Ok(0)
}
