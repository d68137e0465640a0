//! Model configuration: serde JSON, validated before any graph is built.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A whole model: front end, first-pass encoder, optional second pass,
/// RNN-T decoder, optional arbitrator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelConfig {
    /// Preset name or a label of the user's.
    pub name: String,
    pub frontend: FrontendConfig,
    /// The causal first pass; it streams.
    pub encoder: EncoderConfig,
    /// The non-causal second pass of a cascaded encoder (Practical Conformer
    /// section 3.4); it reads only first-pass output.
    #[serde(default)]
    pub second_pass: Option<EncoderConfig>,
    pub decoder: DecoderConfig,
    /// Frame-level gating of the stages marked `gated` (Compute Cost
    /// Amortized Transformer).
    #[serde(default)]
    pub arbitrator: Option<ArbitratorConfig>,
}

/// Log-mel features in, encoder frames out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontendConfig {
    /// Mel bins per 10 ms feature frame (docs/DESIGN.md: 80).
    pub mel_bins: i64,
    /// Feature frames stacked into one encoder frame: 4 turns 10 ms frames
    /// into 40 ms frames. Streaming steps take a multiple of this.
    pub stack: i64,
}

impl FrontendConfig {
    /// Seconds of audio per encoder frame (the stacked feature frames).
    pub fn frame_seconds(&self) -> f64 {
        self.stack as f64 * crate::programs::FEATURE_HOP_SECONDS
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EncoderConfig {
    /// Model width D.
    pub d_model: i64,
    /// Whether every layer sees only the past (the first pass must).
    pub causal: bool,
    /// Groups of identical blocks, bottom to top.
    pub stages: Vec<StageConfig>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// FFN/2, attention, conv, FFN/2, LayerNorm.
    Conformer,
    /// FFN/2, conv, FFN/2, LayerNorm: the Practical Conformer's lower blocks.
    ConvOnly,
    /// Attention, FFN, LayerNorm (Transformer-Transducer).
    Transformer,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageConfig {
    /// Number of blocks in the stage.
    pub blocks: usize,
    pub kind: BlockKind,
    /// Hidden width of each feed-forward module.
    pub ffn_dim: i64,
    /// Attention of conformer and transformer blocks.
    #[serde(default)]
    pub attention: Option<AttentionConfig>,
    /// Depthwise kernel of the conv module (conformer and conv-only blocks).
    #[serde(default)]
    pub conv_kernel: Option<i64>,
    /// Whether the arbitrator gates this stage's modules per frame.
    #[serde(default)]
    pub gated: bool,
}

/// The feature map of a Performer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeatureMap {
    /// FAVOR+ positive orthogonal random features:
    /// `exp(W x' - |x'|^2 / 2) / sqrt(M)`, `x' = x / Dh^(1/4)`.
    Favor,
    /// `relu(W x') / sqrt(M)` plus a small constant.
    Relu,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum AttentionConfig {
    /// Causal softmax attention over the current frame and `left_context`
    /// previous ones: the baseline. State: a key/value cache of
    /// `left_context` frames.
    Softmax { heads: i64, left_context: i64 },
    /// Non-causal softmax attention over the whole utterance (second pass).
    Full { heads: i64 },
    /// RNNAttention-Performer: causal linear attention with `features` random
    /// features per head. State: `heads x features x (Dh + 1)`.
    Performer { heads: i64, features: i64, feature_map: FeatureMap },
}

impl AttentionConfig {
    pub fn heads(&self) -> i64 {
        match self {
            Self::Softmax { heads, .. } | Self::Full { heads } | Self::Performer { heads, .. } => *heads,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecoderConfig {
    /// Output classes, blank (id 0) included; tokenizer ids are shifted by one.
    pub vocab_size: i64,
    /// Width of the stateless prediction network's embeddings and output.
    pub pred_dim: i64,
    /// Previous tokens the prediction network sees (docs/DESIGN.md: 2).
    pub context: i64,
    /// Hidden width of the joint network.
    pub joint_dim: i64,
    /// Cap on tokens emitted for one encoder frame in greedy decoding.
    pub max_symbols_per_frame: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArbitratorConfig {
    /// Compaction buffer sizes, as fractions of the frames in a call: a gated
    /// module runs on the smallest buffer that holds its kept frames. More
    /// buckets track the kept fraction more closely at the price of more
    /// compiled branches.
    pub capacity_buckets: Vec<f64>,
    /// Threshold used when the caller gives none (0 keeps every frame).
    pub default_threshold: f64,
}

impl ModelConfig {
    pub fn from_json(text: &str) -> Result<ModelConfig> {
        let cfg: ModelConfig = serde_json::from_str(text).map_err(|e| Error::Config(format!("config.json: {e}")))?;
        cfg.validate()?;
        Ok(cfg)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("configs serialize")
    }

    /// Checks that the configuration describes a model that can be built.
    pub fn validate(&self) -> Result<()> {
        let err = |m: String| Err(Error::Config(format!("{}: {m}", self.name)));
        if self.frontend.mel_bins < 1 || self.frontend.stack < 1 {
            return err("frontend.mel_bins and frontend.stack must be positive".into());
        }
        if !self.encoder.causal {
            return err("the first-pass encoder must be causal (it streams)".into());
        }
        self.encoder.validate(&self.name, "encoder")?;
        if let Some(sp) = &self.second_pass {
            sp.validate(&self.name, "second_pass")?;
            if sp.d_model != self.encoder.d_model {
                return err("second_pass.d_model must equal encoder.d_model (it reads first-pass frames)".into());
            }
            if sp.stages.iter().any(|s| s.gated) {
                return err("the second pass cannot be gated".into());
            }
        }
        let d = &self.decoder;
        if d.vocab_size < 2 {
            return err(format!("decoder.vocab_size is {}: at least 2 (blank and one token)", d.vocab_size));
        }
        for (name, value) in [
            ("pred_dim", d.pred_dim),
            ("joint_dim", d.joint_dim),
            ("context", d.context),
            ("max_symbols_per_frame", d.max_symbols_per_frame),
        ] {
            if value < 1 {
                return err(format!("decoder.{name} is {value}: at least 1"));
            }
        }
        let gated = self.encoder.stages.iter().any(|s| s.gated);
        match (&self.arbitrator, gated) {
            (None, true) => return err("stages are gated but there is no arbitrator".into()),
            (Some(_), false) => return err("an arbitrator is configured but no stage is gated".into()),
            (Some(a), true) => {
                if a.capacity_buckets.is_empty()
                    || a.capacity_buckets.iter().any(|&f| !(f > 0.0 && f <= 1.0))
                    || a.capacity_buckets.windows(2).any(|w| w[0] >= w[1])
                    || *a.capacity_buckets.last().unwrap() != 1.0
                {
                    return err("arbitrator.capacity_buckets must increase within (0, 1] and end at 1.0".into());
                }
                if !(0.0..=1.0).contains(&a.default_threshold) {
                    return err("arbitrator.default_threshold must be within [0, 1]".into());
                }
            }
            (None, false) => {}
        }
        Ok(())
    }

    /// All stages of the first pass then the second, with their pass.
    pub fn stages(&self) -> impl Iterator<Item = (&'static str, &EncoderConfig)> {
        std::iter::once(("encoder", &self.encoder)).chain(self.second_pass.iter().map(|s| ("second_pass", s)))
    }
}

impl EncoderConfig {
    fn validate(&self, model: &str, pass: &str) -> Result<()> {
        let err = |m: String| Err(Error::Config(format!("{model}: {pass}.{m}")));
        if self.d_model < 1 || self.stages.is_empty() {
            return err("d_model must be positive and there must be at least one stage".into());
        }
        for (i, s) in self.stages.iter().enumerate() {
            if s.blocks == 0 || s.ffn_dim < 1 {
                return err(format!("stages[{i}]: blocks and ffn_dim must be positive"));
            }
            let needs_attention = matches!(s.kind, BlockKind::Conformer | BlockKind::Transformer);
            let needs_conv = matches!(s.kind, BlockKind::Conformer | BlockKind::ConvOnly);
            match (&s.attention, needs_attention) {
                (None, true) => return err(format!("stages[{i}]: {:?} blocks need an attention", s.kind)),
                (Some(_), false) => return err(format!("stages[{i}]: conv-only blocks have no attention")),
                _ => {}
            }
            match (s.conv_kernel, needs_conv) {
                (None, true) => return err(format!("stages[{i}]: {:?} blocks need conv_kernel", s.kind)),
                (Some(_), false) => return err(format!("stages[{i}]: transformer blocks have no conv module")),
                (Some(k), true) if k < 1 || (!self.causal && k % 2 == 0) => {
                    return err(format!("stages[{i}]: conv_kernel {k} must be positive (and odd when non-causal)"));
                }
                _ => {}
            }
            if let Some(a) = &s.attention {
                let heads = a.heads();
                if heads < 1 || self.d_model % heads != 0 {
                    return err(format!("stages[{i}]: {heads} heads do not divide d_model {}", self.d_model));
                }
                match a {
                    AttentionConfig::Full { .. } if self.causal => {
                        return err(format!(
                            "stages[{i}]: full attention is non-causal; a causal encoder needs softmax or performer"
                        ));
                    }
                    AttentionConfig::Softmax { left_context, .. } if *left_context < 1 || !self.causal => {
                        return err(format!(
                            "stages[{i}]: limited-context softmax needs left_context >= 1 in a causal encoder"
                        ));
                    }
                    AttentionConfig::Performer { features, .. } if *features < 1 || !self.causal => {
                        return err(format!(
                            "stages[{i}]: performer attention needs features >= 1 in a causal encoder"
                        ));
                    }
                    _ => {}
                }
                if s.gated && !matches!(a, AttentionConfig::Performer { .. }) {
                    return err(format!(
                        "stages[{i}]: gated attention needs performer attention (a skipped frame must leave the state untouched)"
                    ));
                }
            }
            if s.gated && s.kind != BlockKind::Transformer {
                return err(format!(
                    "stages[{i}]: only transformer blocks are gated (their modules are position-wise or recurrent)"
                ));
            }
        }
        Ok(())
    }
}
