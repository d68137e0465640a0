//! `hark`: the command-line front end.

mod bench;
mod bench_data;
mod bench_step;
mod bench_stream;
mod bench_train;
mod completions;
mod decoding;
mod default_model;
mod describe;
mod devices;
mod eval;
mod export;
mod init_model;
mod limits;
mod model_args;
mod search_args;
mod serve;
mod stream;
mod train;
mod transcribe;
mod tune;

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use hark_pjrt::{Client, ClientOptions, Plugin};
use hark_plugins::{DeviceKind, WheelSource};

#[derive(Parser)]
#[command(name = "hark", version, about = "Streaming speech recognition on PJRT (CPU, GPU, TPU)")]
struct Cli {
    #[command(flatten)]
    runtime: RuntimeArgs,
    #[command(subcommand)]
    command: Command,
}

/// Which plugin and devices to run on; shared by every subcommand.
#[derive(Args, Clone, Debug)]
struct RuntimeArgs {
    /// Device kind: cpu, gpu or tpu.
    #[arg(long, global = true, default_value = "cpu")]
    device: DeviceKind,
    /// PJRT plugin to load (default: $HARK_PLUGIN, then the cache filled by
    /// `hark setup`, then installed Python packages for gpu/tpu).
    #[arg(long, global = true, value_name = "PATH")]
    plugin: Option<PathBuf>,
    /// CPU plugin only: how many host devices to expose.
    #[arg(long, global = true, value_name = "N", allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(1..=limits::MAX_CPU_DEVICES))]
    cpu_devices: Option<i64>,
    /// Let the PJRT plugin's own log lines through to stderr (hidden by
    /// default, unless TF_CPP_MIN_LOG_LEVEL is set).
    #[arg(long, short, global = true)]
    verbose: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Transcribe audio files (the main job).
    Transcribe(transcribe::TranscribeArgs),
    /// Recognize audio live from standard input (raw PCM or a WAV stream)
    /// or a file: partial and final results as JSON lines or a live line.
    Stream(stream::StreamArgs),
    /// Join the outputs of a job's shards (`transcribe --shard`), checking
    /// that every input was done exactly once.
    MergeOutputs(transcribe::MergeArgs),
    /// Serve live recognition over WebSocket to many clients at once.
    Serve(serve::ServeArgs),
    /// Word error rates of a model on transcribed sets (both passes; compute thresholds).
    Eval(eval::EvalArgs),
    /// Choose a model's beam-search settings on a dev set (a grid) and
    /// write them to its decoding.json.
    Tune(tune::TuneArgs),
    /// Train a model (from a preset, a config or a model directory) on a corpus.
    Train(train::TrainArgs),
    /// Install the pinned CPU PJRT plugin and the default model into the
    /// per-user cache (both checked by sha256; safe to rerun).
    Setup {
        /// Install the plugin from this wheel file instead of downloading it
        /// with pip.
        #[arg(long, value_name = "WHEEL")]
        wheel: Option<PathBuf>,
        /// Only the default model (carried in this binary).
        #[arg(long, conflicts_with_all = ["plugin_only", "wheel"])]
        model_only: bool,
        /// Only the plugin.
        #[arg(long)]
        plugin_only: bool,
    },
    /// Show the plugin, its PJRT API version and the devices it drives, and
    /// the model `transcribe` would use.
    Devices,
    /// Print a shell completion script: `hark completions bash > ...`.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Parameters, FLOPs per second of audio and state bytes of a model,
    /// per program and per block (no device needed).
    Describe(describe::DescribeArgs),
    /// Write a model directory with seeded random weights.
    InitModel(init_model::InitModelArgs),
    /// Write the emitted StableHLO programs of the default model under hlo/.
    ExportHlo(export::ExportArgs),
    /// Measure the runtime and the model programs.
    Bench {
        #[command(subcommand)]
        what: bench::BenchCommand,
    },
}

impl RuntimeArgs {
    fn open(&self) -> Result<(Client, hark_plugins::Located)> {
        let options = ClientOptions { cpu_device_count: self.cpu_devices, ..Default::default() };
        hark_plugins::open_client(self.device, self.plugin.as_deref(), &options)
            .with_context(|| format!("opening the {} device", self.device))
    }

    fn client(&self) -> Result<Client> {
        Ok(self.open()?.0)
    }

    /// The devices `--devices all` means on `client`: every one, except on
    /// the CPU plugin without `--cpu-devices`, whose default devices all
    /// share the same cores: one.
    fn all_devices(&self, client: &Client) -> usize {
        match (self.device, self.cpu_devices) {
            (DeviceKind::Cpu, None) => 1,
            _ => client.device_count(),
        }
    }
}

fn main() -> std::process::ExitCode {
    // Like other Unix tools, end quietly when the reader of stdout goes
    // away (`hark devices | head -1`) instead of panicking on the write.
    // SAFETY: restoring a default signal disposition, before any thread.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    let cli = Cli::parse();
    if !cli.runtime.verbose {
        // SAFETY: no other thread has started yet.
        unsafe { hark_plugins::quiet_plugin_logs() };
    }
    match run(cli) {
        Ok(code) => std::process::ExitCode::from(code),
        Err(e) => {
            eprintln!("hark: error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Runs a command; the value is the process's exit status.
fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Transcribe(args) => {
            let client = cli.runtime.client()?;
            transcribe::run(&args, &client, cli.runtime.all_devices(&client))
        }
        Command::Stream(args) => stream::run(&args, &cli.runtime.client()?),
        Command::Serve(args) => serve::run(&args, &cli.runtime.client()?),
        Command::MergeOutputs(args) => transcribe::merge(&args),
        Command::Train(args) => {
            let client = cli.runtime.client()?;
            train::run(&args, &client, cli.runtime.all_devices(&client)).map(|_| 0)
        }
        Command::Eval(args) => eval::run(&args, &cli.runtime.client()?).map(|_| 0),
        Command::Tune(args) => tune::run(&args, &cli.runtime.client()?).map(|_| 0),
        Command::Setup { wheel, model_only, plugin_only } => {
            if !model_only {
                setup_plugin(&cli.runtime, wheel)?;
            }
            if !plugin_only {
                setup_model()?;
            }
            Ok(0)
        }
        Command::Completions { shell } => completions::print(shell).map(|_| 0),
        Command::Devices => devices(&cli.runtime).map(|_| 0),
        Command::Describe(args) => describe::run(&args).map(|_| 0),
        Command::ExportHlo(args) => export::run(&args).map(|_| 0),
        Command::InitModel(args) => init_model::run(&args).map(|_| 0),
        Command::Bench { what } => bench::run(what, &cli.runtime.client()?).map(|_| 0),
    }
}

fn setup_model() -> Result<()> {
    let root = hark_plugins::cache_root().context("no cache directory: set HARK_CACHE_DIR")?;
    match default_model::install(&root)? {
        default_model::Installed::Already(dir) => println!("default model already installed: {}", dir.display()),
        default_model::Installed::Now(dir) => println!("default model installed: {}", dir.display()),
    }
    Ok(())
}

fn setup_plugin(runtime: &RuntimeArgs, wheel: Option<PathBuf>) -> Result<()> {
    if runtime.device != DeviceKind::Cpu {
        anyhow::bail!(
            "`hark setup` installs the CPU plugin. For --device {0}, install the plugin's Python package \
             (gpu: `pip install jax-cuda13-pjrt`; tpu: `pip install libtpu`) and Hark finds it, \
             or pass --plugin PATH",
            runtime.device
        );
    }
    let spec = &hark_plugins::CPU_PLUGIN;
    let root = hark_plugins::cache_root().context("no cache directory: set HARK_CACHE_DIR")?;
    let target = spec.install_path(&root);
    if target.is_file() && hark_plugins::sha256_file(&target)? == spec.library_sha256 {
        println!("CPU plugin already installed: {}", target.display());
    } else {
        let source = wheel.map(WheelSource::File).unwrap_or(WheelSource::Pip);
        eprintln!("installing {}=={} ...", spec.package, spec.version);
        let path = hark_plugins::install(spec, &source, &root)?;
        println!("CPU plugin installed: {}", path.display());
    }
    // Prove it loads, so a broken install is caught now and not at first use.
    let plugin = Plugin::load(&target)?;
    let (major, minor) = plugin.api_version();
    println!("PJRT C API {major}.{minor}: ok");
    Ok(())
}

fn devices(runtime: &RuntimeArgs) -> Result<()> {
    let (client, located) = runtime.open()?;
    let plugin = client.plugin();
    let (major, minor) = plugin.api_version();
    println!("plugin       {} (found via {:?})", plugin.path().display(), located.source);
    println!("PJRT C API   {major}.{minor}");
    for (name, value) in plugin.attributes()? {
        println!("{name:<12} {value}");
    }
    println!("platform     {} {}", client.platform_name()?, client.platform_version()?);
    let devices = client.devices()?;
    println!("devices      {}", devices.len());
    for d in devices {
        println!("  [{}] id {} kind {}: {}", d.ordinal, d.id, d.kind, d.description);
    }
    match default_model::locate(None) {
        Ok(found) => {
            let weights = found.dir.join(hark_transcribe::WEIGHTS_FILE);
            let sum = hark_plugins::sha256_file(&weights).unwrap_or_else(|e| format!("unreadable: {e}"));
            println!("model        {} (found via {:?})", found.dir.display(), found.source);
            println!("             model.safetensors sha256 {sum}");
        }
        Err(e) => println!("model        none: {e:#}"),
    }
    Ok(())
}
