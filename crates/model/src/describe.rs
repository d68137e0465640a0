//! The papers' table for a model: parameters, FLOPs per second of audio for
//! each program, state bytes per stream, per block.

use std::collections::BTreeMap;

use hark_graph::{Role, analyze};
use serde::Serialize;

use crate::config::ModelConfig;
use crate::error::Result;
use crate::programs::{ProgramKind, ProgramShape, build, program_set, weight_specs};

/// Shapes the description is computed at.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct DescribeShape {
    pub batch: i64,
    /// Encoder frames per streaming step.
    pub chunk: i64,
    /// Encoder frames of the whole-utterance programs.
    pub utterance: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct BlockRow {
    /// `encoder.block3`, `second_pass.block0`, `frontend`, `decoder`.
    pub name: String,
    pub params: u64,
    /// Streaming step FLOPs per second of audio per stream (whole-utterance
    /// program for the second pass).
    pub flops_per_audio_second: f64,
    pub state_bytes_per_stream: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Description {
    pub model: String,
    pub shape: DescribeShape,
    pub params: u64,
    /// Bytes of streaming state per stream (the step program's state).
    pub state_bytes_per_stream: u64,
    /// Per program: FLOPs per second of audio per stream.
    pub flops_per_audio_second: BTreeMap<String, f64>,
    /// For gated models: whether FLOPs are the worst case (every frame kept).
    pub gated_worst_case: bool,
    pub blocks: Vec<BlockRow>,
}

pub fn describe(cfg: &ModelConfig, shape: DescribeShape) -> Result<Description> {
    let specs = weight_specs(cfg)?;
    let params = specs.iter().map(|s| s.shape.iter().product::<i64>() as u64).sum();
    let step_shape = ProgramShape { batch: shape.batch, frames: shape.chunk };
    let whole_shape = ProgramShape { batch: shape.batch, frames: shape.utterance };
    let programs = program_set(cfg, step_shape, whole_shape);
    let mut flops_per_audio_second = BTreeMap::new();
    let mut step_cost = None;
    let mut second_cost = None;
    let mut state_bytes = 0;
    let mut state_by_block: BTreeMap<String, u64> = BTreeMap::new();
    for (kind, ps, gating) in programs {
        let p = build(cfg, kind, ps, gating)?;
        let cost = analyze(&p.func);
        let per_stream_second = p.audio_seconds * ps.batch as f64;
        flops_per_audio_second.insert(kind.name().to_string(), cost.flops as f64 / per_stream_second);
        match kind {
            ProgramKind::Step => {
                state_bytes = cost.state_bytes / ps.batch as u64;
                for param in p.func.params.iter().filter(|x| x.role == Role::State) {
                    // state.block3.conv -> encoder.block3; state.decoder.context -> decoder
                    let owner = param.name.trim_start_matches("state.").split('.').next().unwrap_or("").to_string();
                    let owner = if owner.starts_with("block") { format!("encoder.{owner}") } else { owner };
                    *state_by_block.entry(owner).or_default() += param.ty.size_in_bytes() / ps.batch as u64;
                }
                step_cost = Some((cost, per_stream_second));
            }
            ProgramKind::SecondPass => second_cost = Some((cost, per_stream_second)),
            _ => {}
        }
    }
    let mut owners: Vec<String> = vec!["frontend".into()];
    for (pass, enc) in cfg.stages() {
        let n: usize = enc.stages.iter().map(|s| s.blocks).sum();
        owners.extend((0..n).map(|i| format!("{pass}.block{i}")));
    }
    owners.push("decoder".into());
    let blocks = owners
        .into_iter()
        .map(|name| {
            let prefix = format!("{name}.");
            let params = specs
                .iter()
                .filter(|s| s.name.starts_with(&prefix))
                .map(|s| s.shape.iter().product::<i64>() as u64)
                .sum();
            let (cost, seconds) =
                if name.starts_with("second_pass") { second_cost.as_ref() } else { step_cost.as_ref() }
                    .expect("built above");
            BlockRow {
                flops_per_audio_second: cost.scope_flops(&name) as f64 / seconds,
                state_bytes_per_stream: state_by_block.get(&name).copied().unwrap_or(0),
                params,
                name,
            }
        })
        .collect();
    Ok(Description {
        model: cfg.name.clone(),
        shape,
        params,
        state_bytes_per_stream: state_bytes,
        flops_per_audio_second,
        gated_worst_case: cfg.arbitrator.is_some(),
        blocks,
    })
}
