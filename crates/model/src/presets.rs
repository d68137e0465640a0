//! Named presets. The plain names are the sizes of the default model (small
//! enough to train and run on two CPU cores); the `-large` ones are the
//! sizes a TPU user would run (about the papers' 100M-parameter class).
//!
//! The comparison the Practical Conformer paper makes is kept between
//! `baseline` and `practical`: the same width and depth class, where
//! `practical` replaces the lower blocks by conv-only blocks, shrinks their
//! feed-forward modules, and uses Performer attention above.

use crate::config::*;
use crate::error::{Error, Result};

pub const PRESETS: &[&str] = &[
    "baseline",
    "practical",
    "practical-cascade",
    "amortized",
    "baseline-large",
    "practical-large",
    "practical-cascade-large",
    "amortized-large",
    "ablation-conv-only",
    "ablation-downsized",
    "ablation-performer",
    "ablation-conv-only-large",
    "ablation-downsized-large",
    "ablation-performer-large",
];

/// Sizes shared by a family of presets.
struct Size {
    d: i64,
    heads: i64,
    ffn: i64,
    /// FFN width of the downsized conv-only lower blocks.
    ffn_lower: i64,
    kernel: i64,
    /// Total first-pass blocks.
    blocks: usize,
    /// Conv-only blocks at the bottom of `practical`.
    lower: usize,
    left_context: i64,
    features: i64,
    second_pass_blocks: usize,
    vocab: i64,
    pred: i64,
    joint: i64,
}

const SMALL: Size = Size {
    d: 144,
    heads: 4,
    ffn: 576,
    ffn_lower: 288,
    kernel: 15,
    blocks: 8,
    lower: 2,
    left_context: 64,
    features: 32,
    second_pass_blocks: 2,
    vocab: 257,
    pred: 160,
    joint: 320,
};

const LARGE: Size = Size {
    d: 512,
    heads: 8,
    ffn: 2048,
    ffn_lower: 1024,
    kernel: 15,
    blocks: 17,
    lower: 4,
    left_context: 64,
    features: 64,
    second_pass_blocks: 4,
    vocab: 4097,
    pred: 640,
    joint: 640,
};

fn frontend() -> FrontendConfig {
    FrontendConfig { mel_bins: 80, stack: 4 }
}

fn decoder(s: &Size) -> DecoderConfig {
    DecoderConfig { vocab_size: s.vocab, pred_dim: s.pred, context: 2, joint_dim: s.joint, max_symbols_per_frame: 4 }
}

fn performer(s: &Size) -> AttentionConfig {
    AttentionConfig::Performer { heads: s.heads, features: s.features, feature_map: FeatureMap::Favor }
}

fn baseline(name: &str, s: &Size) -> ModelConfig {
    ModelConfig {
        name: name.into(),
        frontend: frontend(),
        encoder: EncoderConfig {
            d_model: s.d,
            causal: true,
            stages: vec![StageConfig {
                blocks: s.blocks,
                kind: BlockKind::Conformer,
                ffn_dim: s.ffn,
                attention: Some(AttentionConfig::Softmax { heads: s.heads, left_context: s.left_context }),
                conv_kernel: Some(s.kernel),
                gated: false,
            }],
        },
        second_pass: None,
        decoder: decoder(s),
        arbitrator: None,
    }
}

fn practical(name: &str, s: &Size) -> ModelConfig {
    ModelConfig {
        name: name.into(),
        frontend: frontend(),
        encoder: EncoderConfig {
            d_model: s.d,
            causal: true,
            stages: vec![
                StageConfig {
                    blocks: s.lower,
                    kind: BlockKind::ConvOnly,
                    ffn_dim: s.ffn_lower,
                    attention: None,
                    conv_kernel: Some(s.kernel),
                    gated: false,
                },
                StageConfig {
                    blocks: s.blocks - s.lower,
                    kind: BlockKind::Conformer,
                    ffn_dim: s.ffn,
                    attention: Some(performer(s)),
                    conv_kernel: Some(s.kernel),
                    gated: false,
                },
            ],
        },
        second_pass: None,
        decoder: decoder(s),
        arbitrator: None,
    }
}

/// The Practical Conformer's optimizations one at a time, on the baseline
/// (the paper's ablation): `conv-only` makes the lowest blocks conv-only
/// (same FFN width); `downsized` also halves those blocks' FFNs; `performer`
/// only swaps every softmax attention for Performer attention. All three
/// together are `practical`.
fn ablation(name: &str, s: &Size, step: &str) -> ModelConfig {
    let mut cfg = baseline(name, s);
    if step == "performer" {
        cfg.encoder.stages[0].attention = Some(performer(s));
        return cfg;
    }
    let upper = cfg.encoder.stages[0].clone();
    let lower = StageConfig {
        blocks: s.lower,
        kind: BlockKind::ConvOnly,
        ffn_dim: if step == "downsized" { s.ffn_lower } else { s.ffn },
        attention: None,
        conv_kernel: Some(s.kernel),
        gated: false,
    };
    cfg.encoder.stages = vec![lower, StageConfig { blocks: s.blocks - s.lower, ..upper }];
    cfg
}

fn cascade(name: &str, s: &Size) -> ModelConfig {
    let mut cfg = practical(name, s);
    cfg.second_pass = Some(EncoderConfig {
        d_model: s.d,
        causal: false,
        stages: vec![StageConfig {
            blocks: s.second_pass_blocks,
            kind: BlockKind::Conformer,
            ffn_dim: s.ffn,
            attention: Some(AttentionConfig::Full { heads: s.heads }),
            conv_kernel: Some(s.kernel),
            gated: false,
        }],
    });
    cfg
}

fn amortized(name: &str, s: &Size) -> ModelConfig {
    ModelConfig {
        name: name.into(),
        frontend: frontend(),
        encoder: EncoderConfig {
            d_model: s.d,
            causal: true,
            stages: vec![StageConfig {
                blocks: s.blocks,
                kind: BlockKind::Transformer,
                ffn_dim: s.ffn,
                attention: Some(performer(s)),
                conv_kernel: None,
                gated: true,
            }],
        },
        second_pass: None,
        decoder: decoder(s),
        arbitrator: Some(ArbitratorConfig { capacity_buckets: vec![0.25, 0.5, 0.75, 1.0], default_threshold: 0.5 }),
    }
}

/// The configuration of a named preset.
pub fn preset(name: &str) -> Result<ModelConfig> {
    let cfg = match name {
        "baseline" => baseline(name, &SMALL),
        "practical" => practical(name, &SMALL),
        "practical-cascade" => cascade(name, &SMALL),
        "amortized" => amortized(name, &SMALL),
        "baseline-large" => baseline(name, &LARGE),
        "practical-large" => practical(name, &LARGE),
        "practical-cascade-large" => cascade(name, &LARGE),
        "amortized-large" => amortized(name, &LARGE),
        "ablation-conv-only" => ablation(name, &SMALL, "conv-only"),
        "ablation-downsized" => ablation(name, &SMALL, "downsized"),
        "ablation-performer" => ablation(name, &SMALL, "performer"),
        "ablation-conv-only-large" => ablation(name, &LARGE, "conv-only"),
        "ablation-downsized-large" => ablation(name, &LARGE, "downsized"),
        "ablation-performer-large" => ablation(name, &LARGE, "performer"),
        other => return Err(Error::Config(format!("unknown preset `{other}` (known: {})", PRESETS.join(", ")))),
    };
    cfg.validate()?;
    Ok(cfg)
}
