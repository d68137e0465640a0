//! `hark describe`: the papers' table for a model.

use anyhow::Result;
use clap::Args;
use hark_model::describe::{DescribeShape, describe};

use crate::model_args::{ModelArgs, ShapeArgs};

#[derive(Args, Debug)]
pub struct DescribeArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    /// List the presets and exit.
    #[arg(long)]
    pub list: bool,
    #[command(flatten)]
    pub shape: ShapeArgs,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &DescribeArgs) -> Result<()> {
    if args.list {
        for name in hark_model::PRESETS {
            println!("{name}");
        }
        return Ok(());
    }
    let cfg = args.model.config()?;
    let d = describe(
        &cfg,
        DescribeShape { batch: args.shape.batch, chunk: args.shape.chunk, utterance: args.shape.utterance },
    )?;
    if args.json {
        println!("{}", serde_json::to_string(&d)?);
        return Ok(());
    }
    println!(
        "model {}: {:.2} M parameters, {} bytes of streaming state per stream",
        d.model,
        d.params as f64 / 1e6,
        d.state_bytes_per_stream
    );
    println!(
        "(step: {} streams x {} frames = {} ms chunks; whole-utterance programs: {} frames)",
        d.shape.batch,
        d.shape.chunk,
        d.shape.chunk * cfg.frontend.stack * 10,
        d.shape.utterance
    );
    if d.gated_worst_case {
        println!("(gated model: FLOPs are the worst case, every frame kept; `hark bench` measures executed FLOPs)");
    }
    println!("\n| program | GFLOP per audio second |\n|---|---:|");
    for (program, flops) in &d.flops_per_audio_second {
        println!("| {program} | {:.3} |", flops / 1e9);
    }
    println!("\n| block | params | GFLOP per audio second | state bytes per stream |\n|---|---:|---:|---:|");
    for b in &d.blocks {
        println!(
            "| {} | {} | {:.4} | {} |",
            b.name,
            b.params,
            b.flops_per_audio_second / 1e9,
            b.state_bytes_per_stream
        );
    }
    Ok(())
}
