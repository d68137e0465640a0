//! `hark export-hlo`: the emitted programs of the default model, committed
//! under hlo/ so that a graph change shows in review.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;
use hark_model::{ProgramShape, build};

use crate::model_args::{ModelArgs, ShapeArgs};

#[derive(Args, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    pub model: ModelArgs,
    /// Directory to write into.
    #[arg(long, default_value = "hlo")]
    pub out: PathBuf,
    #[command(flatten)]
    pub shape: ShapeArgs,
    /// Compare with the files in --out instead of writing; fail if they differ.
    #[arg(long)]
    pub check: bool,
}

pub fn run(args: &ExportArgs) -> Result<()> {
    let cfg = args.model.config()?;
    let step = ProgramShape { batch: args.shape.batch, frames: args.shape.chunk };
    let whole = ProgramShape { batch: args.shape.batch, frames: args.shape.utterance };
    let mut stale = Vec::new();
    for (kind, shape, gating) in hark_model::programs::program_set(&cfg, step, whole) {
        let p = build(&cfg, kind, shape, gating)?;
        let text = hark_graph::to_mlir(&p.func)?;
        let path = args.out.join(format!("{}.mlir", kind.name()));
        if args.check {
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            if committed != text {
                stale.push(path.display().to_string());
            }
        } else {
            std::fs::create_dir_all(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
            std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
            println!("{} ({} bytes; batch {}, {} frames)", path.display(), text.len(), shape.batch, shape.frames);
        }
    }
    if !stale.is_empty() {
        bail!("emitted programs differ from {}: run `hark export-hlo` and commit the result", stale.join(", "));
    }
    Ok(())
}
