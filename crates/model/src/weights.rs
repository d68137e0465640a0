//! Host-side weights: safetensors files, seeded random initialization, and
//! the check of a checkpoint against what a model declares.

use hark_rng::Rng;
use std::collections::BTreeMap;
use std::path::Path;

use safetensors::{Dtype, SafeTensors};

use crate::error::{Error, Result};
use crate::params::{Init, WeightSpec};

/// One f32 tensor on the host.
#[derive(Clone, Debug, PartialEq)]
pub struct HostTensor {
    pub shape: Vec<i64>,
    pub data: Vec<f32>,
}

impl HostTensor {
    pub fn new(shape: Vec<i64>, data: Vec<f32>) -> HostTensor {
        debug_assert_eq!(shape.iter().product::<i64>() as usize, data.len());
        HostTensor { shape, data }
    }
}

/// A model's weights by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Weights {
    pub tensors: BTreeMap<String, HostTensor>,
}

impl Weights {
    /// Reads a safetensors file. Only f32 tensors are accepted.
    pub fn load(path: &Path) -> Result<Weights> {
        let bytes = std::fs::read(path).map_err(|e| Error::Io { path: path.to_path_buf(), message: e.to_string() })?;
        Self::from_bytes(&bytes).map_err(|e| match e {
            Error::Weights(m) => Error::Weights(format!("{}: {m}", path.display())),
            other => other,
        })
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Weights> {
        let st = SafeTensors::deserialize(bytes).map_err(|e| Error::Weights(format!("not a safetensors file: {e}")))?;
        let mut tensors = BTreeMap::new();
        for (name, view) in st.tensors() {
            if view.dtype() != Dtype::F32 {
                return Err(Error::Weights(format!("tensor `{name}` is {:?}; Hark's weights are F32", view.dtype())));
            }
            let data = view.data().chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
            tensors.insert(name.to_string(), HostTensor::new(view.shape().iter().map(|&d| d as i64).collect(), data));
        }
        Ok(Weights { tensors })
    }

    /// Writes a safetensors file (tensors in name order).
    pub fn save(&self, path: &Path) -> Result<()> {
        let bytes = self.to_bytes()?;
        std::fs::write(path, bytes).map_err(|e| Error::Io { path: path.to_path_buf(), message: e.to_string() })
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let raw: Vec<(String, Vec<usize>, Vec<u8>)> = self
            .tensors
            .iter()
            .map(|(n, t)| {
                (
                    n.clone(),
                    t.shape.iter().map(|&d| d as usize).collect(),
                    t.data.iter().flat_map(|v| v.to_le_bytes()).collect(),
                )
            })
            .collect();
        let views: Vec<(String, safetensors::tensor::TensorView<'_>)> = raw
            .iter()
            .map(|(n, s, b)| {
                Ok((
                    n.clone(),
                    safetensors::tensor::TensorView::new(Dtype::F32, s.clone(), b)
                        .map_err(|e| Error::Weights(format!("`{n}`: {e}")))?,
                ))
            })
            .collect::<Result<_>>()?;
        safetensors::serialize(views, None).map_err(|e| Error::Weights(e.to_string()))
    }

    /// Seeded random weights for `specs`. Each tensor's values depend only on
    /// the seed and its name, not on declaration order.
    pub fn random(specs: &[WeightSpec], seed: u64) -> Weights {
        let tensors = specs
            .iter()
            .map(|s| {
                let mut rng = Rng::new(seed ^ fnv1a(&s.name));
                let n = s.shape.iter().product::<i64>() as usize;
                let data = match s.init {
                    Init::Zeros => vec![0.0; n],
                    Init::Ones => vec![1.0; n],
                    Init::Constant(v) => vec![v as f32; n],
                    Init::Normal { std } => (0..n).map(|_| (normal(&mut rng) * std) as f32).collect(),
                    Init::OrthogonalFeatures => orthogonal_features(&mut rng, s.shape[0] as usize, s.shape[1] as usize),
                };
                (s.name.clone(), HostTensor::new(s.shape.clone(), data))
            })
            .collect();
        Weights { tensors }
    }

    /// Seeded random weights for `specs`, except where `donor` has a tensor
    /// of the same name and shape: that one is copied. Warm-starts a model
    /// from another that shares part of it (say, the encoder of a model with
    /// another vocabulary). Returns the weights and the names copied.
    pub fn warm_start(specs: &[WeightSpec], seed: u64, donor: &Weights) -> (Weights, Vec<String>) {
        let mut weights = Weights::random(specs, seed);
        let mut copied = Vec::new();
        for (name, tensor) in weights.tensors.iter_mut() {
            if let Some(d) = donor.tensors.get(name).filter(|d| d.shape == tensor.shape) {
                *tensor = d.clone();
                copied.push(name.clone());
            }
        }
        copied.sort();
        (weights, copied)
    }

    /// Checks the weights against what a model declares: every declared
    /// weight present with its shape and finite values, and nothing left
    /// over (NaN or infinite weights would make every transcript garbage).
    pub fn check(&self, specs: &[WeightSpec]) -> Result<()> {
        for s in specs {
            match self.tensors.get(&s.name) {
                None => return Err(Error::Weights(format!("missing tensor `{}` (shape {:?})", s.name, s.shape))),
                Some(t) if t.shape != s.shape => {
                    return Err(Error::Weights(format!(
                        "tensor `{}` has shape {:?}, the model needs {:?}",
                        s.name, t.shape, s.shape
                    )));
                }
                Some(t) => {
                    if let Some(i) = t.data.iter().position(|v| !v.is_finite()) {
                        return Err(Error::Weights(format!(
                            "tensor `{}` holds {} at element {i}: the weights are damaged",
                            s.name, t.data[i]
                        )));
                    }
                }
            }
        }
        if let Some(extra) = self.tensors.keys().find(|k| !specs.iter().any(|s| &&s.name == k)) {
            return Err(Error::Weights(format!("unused tensor `{extra}`: the model declares no weight of that name")));
        }
        Ok(())
    }

    pub fn parameter_count(&self) -> u64 {
        self.tensors.values().map(|t| t.data.len() as u64).sum()
    }
}

/// FAVOR+ positive orthogonal random features: blocks of `d` orthonormal
/// rows (Gram-Schmidt on Gaussian rows), each row rescaled to the norm of an
/// independent Gaussian vector so that rows are marginally Gaussian.
fn orthogonal_features(rng: &mut Rng, m: usize, d: usize) -> Vec<f32> {
    let mut out = Vec::with_capacity(m * d);
    while out.len() < m * d {
        let mut block: Vec<Vec<f64>> = Vec::with_capacity(d);
        while block.len() < d {
            let mut v: Vec<f64> = (0..d).map(|_| normal(rng)).collect();
            for u in &block {
                let dot: f64 = v.iter().zip(u).map(|(a, b)| a * b).sum();
                v.iter_mut().zip(u).for_each(|(a, b)| *a -= dot * b);
            }
            let norm = v.iter().map(|a| a * a).sum::<f64>().sqrt();
            if norm > 1e-6 {
                block.push(v.into_iter().map(|a| a / norm).collect());
            }
        }
        for row in block {
            if out.len() == m * d {
                break;
            }
            let scale = (0..d).map(|_| normal(rng).powi(2)).sum::<f64>().sqrt();
            out.extend(row.iter().map(|&a| (a * scale) as f32));
        }
    }
    out
}

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

/// A standard normal from two open uniforms (Box-Muller): what seeded
/// weights are drawn with.
fn normal(rng: &mut Rng) -> f64 {
    (-2.0 * rng.uniform_open().ln()).sqrt() * (2.0 * std::f64::consts::PI * rng.uniform_open()).cos()
}
