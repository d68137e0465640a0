//! The RNN-T decoder on the host: the same arithmetic as
//! `hark_model::decoder` (`predict`, `project_encoder`, `joint`), in f32.

use hark_model::Weights;
use hark_model::config::DecoderConfig;
use hark_model::decoder::weight_names as names;

use crate::{Error, Result};

/// A host copy of a model's prediction and joint networks.
#[derive(Clone, Debug)]
pub struct HostJoint {
    vocab: usize,
    context: usize,
    pred_dim: usize,
    joint_dim: usize,
    d_model: usize,
    /// Per context position (most recent first): `[vocab, pred_dim]`.
    embed: Vec<Vec<f32>>,
    pred_w: Vec<f32>,
    pred_b: Vec<f32>,
    enc_w: Vec<f32>,
    enc_b: Vec<f32>,
    out_w: Vec<f32>,
    out_b: Vec<f32>,
}

impl HostJoint {
    /// The decoder of a model whose encoder frames are `d_model` wide,
    /// checked tensor by tensor against `cfg`.
    pub fn from_weights(weights: &Weights, cfg: &DecoderConfig, d_model: usize) -> Result<HostJoint> {
        let (vocab, context, pred_dim, joint_dim) =
            (cfg.vocab_size as usize, cfg.context as usize, cfg.pred_dim as usize, cfg.joint_dim as usize);
        let take = |name: &str, shape: &[usize]| -> Result<Vec<f32>> {
            let t = weights.tensors.get(name).ok_or_else(|| Error::Weights(format!("tensor `{name}` is missing")))?;
            let want: Vec<i64> = shape.iter().map(|&d| d as i64).collect();
            if t.shape != want {
                return Err(Error::Weights(format!("tensor `{name}` is {:?}; the decoder needs {want:?}", t.shape)));
            }
            Ok(t.data.clone())
        };
        let embed = (0..context).map(|i| take(&names::embed(i as i64), &[vocab, pred_dim])).collect::<Result<_>>()?;
        let ((enc_w, enc_b), (pred_w, pred_b), (out_w, out_b)) =
            (names::joint_encoder(), names::joint_prediction(), names::joint_out());
        Ok(HostJoint {
            vocab,
            context,
            pred_dim,
            joint_dim,
            d_model,
            embed,
            pred_w: take(&pred_w, &[context * pred_dim, joint_dim])?,
            pred_b: take(&pred_b, &[joint_dim])?,
            enc_w: take(&enc_w, &[d_model, joint_dim])?,
            enc_b: take(&enc_b, &[joint_dim])?,
            out_w: take(&out_w, &[joint_dim, vocab])?,
            out_b: take(&out_b, &[vocab])?,
        })
    }

    /// Output classes, blank (0) included.
    pub fn vocab(&self) -> usize {
        self.vocab
    }

    /// Tokens of context the prediction network sees.
    pub fn context(&self) -> usize {
        self.context
    }

    pub fn joint_dim(&self) -> usize {
        self.joint_dim
    }

    pub fn d_model(&self) -> usize {
        self.d_model
    }

    /// The joint's encoder side of encoder frames `[n, d_model]`: `[n, joint_dim]`.
    pub fn project(&self, frames: &[f32]) -> Vec<f32> {
        assert_eq!(frames.len() % self.d_model, 0, "frames are {} wide", self.d_model);
        let j = self.joint_dim;
        let mut out = Vec::with_capacity(frames.len() / self.d_model * j);
        for x in frames.chunks_exact(self.d_model) {
            let start = out.len();
            out.extend_from_slice(&self.enc_b);
            let row = &mut out[start..];
            for (d, &xv) in x.iter().enumerate() {
                for (o, &w) in row.iter_mut().zip(&self.enc_w[d * j..][..j]) {
                    *o += xv * w;
                }
            }
        }
        out
    }

    /// The prediction network's output for `ctx` (most recent token first;
    /// 0, blank, where there is none yet): `[joint_dim]`.
    pub fn predict(&self, ctx: &[u32]) -> Vec<f32> {
        assert_eq!(ctx.len(), self.context, "the prediction network sees {} tokens", self.context);
        let j = self.joint_dim;
        let mut out = self.pred_b.clone();
        for (i, &token) in ctx.iter().enumerate() {
            let e = &self.embed[i][token as usize * self.pred_dim..][..self.pred_dim];
            for (k, &ev) in e.iter().enumerate() {
                let row = (i * self.pred_dim + k) * j;
                for (o, &w) in out.iter_mut().zip(&self.pred_w[row..][..j]) {
                    *o += ev * w;
                }
            }
        }
        out
    }

    /// Log probabilities over the classes, `log_softmax(W_out tanh(enc +
    /// pred) + b)`, into `out` (`[vocab]`).
    pub fn log_probs(&self, enc: &[f32], pred: &[f32], out: &mut Vec<f32>) {
        out.clear();
        out.extend_from_slice(&self.out_b);
        for (k, (&e, &p)) in enc.iter().zip(pred).enumerate() {
            let h = (e + p).tanh();
            for (o, &w) in out.iter_mut().zip(&self.out_w[k * self.vocab..][..self.vocab]) {
                *o += h * w;
            }
        }
        let max = out.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let log_sum = out.iter().map(|&v| (v - max).exp()).sum::<f32>().ln() + max;
        for v in out.iter_mut() {
            *v -= log_sum;
        }
    }

    /// Greedy decoding of projected frames `[n, joint_dim]`, the device's
    /// rule on the host: at each frame emit the best class until it is blank
    /// or `max_symbols` were emitted. Returns (class, frame) pairs.
    pub fn greedy(&self, projected: &[f32], max_symbols: usize) -> Vec<(u32, usize)> {
        let mut ctx = vec![0u32; self.context];
        let mut lp = Vec::new();
        let mut out = Vec::new();
        for (t, enc) in projected.chunks_exact(self.joint_dim).enumerate() {
            for _ in 0..max_symbols {
                self.log_probs(enc, &self.predict(&ctx), &mut lp);
                let best = argmax(&lp);
                if best == 0 {
                    break;
                }
                out.push((best as u32, t));
                ctx.rotate_right(1);
                ctx[0] = best as u32;
            }
        }
        out
    }
}

/// The index of the largest value (the first among equals, as XLA's argmax).
fn argmax(v: &[f32]) -> usize {
    let mut best = 0;
    for (i, &x) in v.iter().enumerate() {
        if x > v[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use hark_model::HostTensor;

    /// A tiny decoder with fixed, varied weights.
    fn joint() -> HostJoint {
        let cfg = DecoderConfig { vocab_size: 5, pred_dim: 3, context: 2, joint_dim: 4, max_symbols_per_frame: 2 };
        let mut w = Weights::default();
        let mut add = |name: &str, shape: &[i64]| {
            let n: i64 = shape.iter().product();
            let data = (0..n).map(|i| ((i * 37 + name.len() as i64 * 11) % 17) as f32 / 8.0 - 1.0).collect();
            w.tensors.insert(name.to_string(), HostTensor::new(shape.to_vec(), data));
        };
        add("decoder.prediction.embed0", &[5, 3]);
        add("decoder.prediction.embed1", &[5, 3]);
        add("decoder.joint.prediction.w", &[6, 4]);
        add("decoder.joint.prediction.b", &[4]);
        add("decoder.joint.encoder.w", &[2, 4]);
        add("decoder.joint.encoder.b", &[4]);
        add("decoder.joint.out.w", &[4, 5]);
        add("decoder.joint.out.b", &[5]);
        HostJoint::from_weights(&w, &cfg, 2).unwrap()
    }

    /// f64 reference of the joint for one frame and context.
    fn reference(j: &HostJoint, x: &[f32], ctx: &[u32]) -> Vec<f64> {
        let jd = j.joint_dim;
        let mut enc = vec![0f64; jd];
        let mut pred = vec![0f64; jd];
        for k in 0..jd {
            enc[k] = j.enc_b[k] as f64 + (0..j.d_model).map(|d| x[d] as f64 * j.enc_w[d * jd + k] as f64).sum::<f64>();
            let mut p = j.pred_b[k] as f64;
            for (i, &c) in ctx.iter().enumerate() {
                for e in 0..j.pred_dim {
                    p +=
                        j.embed[i][c as usize * j.pred_dim + e] as f64 * j.pred_w[(i * j.pred_dim + e) * jd + k] as f64;
                }
            }
            pred[k] = p;
        }
        let logits: Vec<f64> = (0..j.vocab)
            .map(|v| {
                j.out_b[v] as f64
                    + (0..jd).map(|k| (enc[k] + pred[k]).tanh() * j.out_w[k * j.vocab + v] as f64).sum::<f64>()
            })
            .collect();
        let z = logits.iter().map(|l| l.exp()).sum::<f64>().ln();
        logits.iter().map(|l| l - z).collect()
    }

    /// Tolerance 1e-5: f32 sums of a few terms against f64.
    #[test]
    fn the_joint_matches_an_f64_reference() {
        let j = joint();
        let frames = [0.3f32, -1.2, 0.9, 0.4];
        let projected = j.project(&frames);
        let mut lp = Vec::new();
        for (t, x) in frames.chunks(2).enumerate() {
            for ctx in [[0u32, 0], [3, 1], [4, 4]] {
                j.log_probs(&projected[t * 4..][..4], &j.predict(&ctx), &mut lp);
                for (got, want) in lp.iter().zip(reference(&j, x, &ctx)) {
                    assert!((*got as f64 - want).abs() < 1e-5, "{got} vs {want}");
                }
            }
        }
    }

    #[test]
    fn a_misshaped_tensor_is_named() {
        let j = joint();
        let mut w = Weights::default();
        for (i, e) in j.embed.iter().enumerate() {
            w.tensors.insert(format!("decoder.prediction.embed{i}"), HostTensor::new(vec![5, 3], e.clone()));
        }
        w.tensors.insert("decoder.joint.prediction.w".into(), HostTensor::new(vec![4, 6], j.pred_w.clone()));
        let cfg = DecoderConfig { vocab_size: 5, pred_dim: 3, context: 2, joint_dim: 4, max_symbols_per_frame: 2 };
        let err = HostJoint::from_weights(&w, &cfg, 2).unwrap_err().to_string();
        assert!(err.contains("decoder.joint.prediction.w") && err.contains("[4, 6]"), "{err}");
    }
}
