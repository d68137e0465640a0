//! The weight tree: every weight is a named, shaped graph parameter, named
//! through a prefix tree that mirrors the checkpoint (`encoder.block3.ffn1.w`).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use hark_graph::{DType, Graph, TensorType, Value};

use crate::error::{Error, Result};

/// How a weight is initialized in a freshly made (seeded random) model.
#[derive(Clone, Debug, PartialEq)]
pub enum Init {
    /// Gaussian with this standard deviation.
    Normal {
        std: f64,
    },
    Zeros,
    Ones,
    /// Every element this value.
    Constant(f64),
    /// FAVOR+ orthogonal random features `[features, head_dim]`: rows
    /// orthogonal in blocks of `head_dim`, each scaled to the norm of a
    /// Gaussian vector. Part of the model, fixed after initialization.
    OrthogonalFeatures,
}

/// A declared weight.
#[derive(Clone, Debug, PartialEq)]
pub struct WeightSpec {
    pub name: String,
    pub shape: Vec<i64>,
    pub init: Init,
}

/// A node of the weight tree, bound to the graph being built.
#[derive(Clone)]
pub struct ParamTree {
    graph: Graph,
    prefix: String,
    declared: Rc<RefCell<BTreeMap<String, (WeightSpec, Value)>>>,
    /// Training: trainable weights are declared as state (updated and donated
    /// every step); fixed ones stay weights.
    training: bool,
    /// The dtype linear layers multiply in (f32, or bf16 for mixed
    /// precision: weights stay f32, products are accumulated and returned
    /// in f32).
    matmul_dtype: DType,
}

/// Whether a weight is trained: not the Performer's random projection (part
/// of the model, fixed at initialization) nor the front end's feature
/// statistics (measured on the data).
pub fn is_trainable(spec: &WeightSpec) -> bool {
    spec.init != Init::OrthogonalFeatures && !spec.name.starts_with("frontend.norm.")
}

impl ParamTree {
    pub fn new(graph: &Graph) -> ParamTree {
        ParamTree {
            graph: graph.clone(),
            prefix: String::new(),
            declared: Default::default(),
            training: false,
            matmul_dtype: DType::F32,
        }
    }

    /// The same tree with linear layers multiplying in `dtype` (bf16: mixed
    /// precision).
    pub fn with_matmul_dtype(self, dtype: DType) -> ParamTree {
        ParamTree { matmul_dtype: dtype, ..self }
    }

    pub fn matmul_dtype(&self) -> DType {
        self.matmul_dtype
    }

    /// A tree for a training program: trainable weights become state
    /// parameters (see [`is_trainable`]).
    pub fn for_training(graph: &Graph) -> ParamTree {
        ParamTree { training: true, ..ParamTree::new(graph) }
    }

    /// The subtree `name` (`pp` for "push prefix").
    pub fn pp(&self, name: impl AsRef<str>) -> ParamTree {
        let name = name.as_ref();
        let prefix = if self.prefix.is_empty() { name.to_string() } else { format!("{}.{name}", self.prefix) };
        ParamTree { prefix, ..self.clone() }
    }

    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// The dotted path of this node (`encoder.block3`).
    pub fn path(&self) -> &str {
        &self.prefix
    }

    /// Runs `f` in the graph scope named after this node's path, so the
    /// FLOPs of what it builds are attributed to it.
    pub fn scoped<T>(&self, f: impl FnOnce() -> T) -> T {
        self.graph.in_scope(&self.prefix, f)
    }

    /// The f32 weight `name` under this prefix, declared as a graph
    /// parameter on first use; later uses in the same graph share it.
    pub fn weight(&self, name: &str, shape: &[i64], init: Init) -> Result<Value> {
        let full = if self.prefix.is_empty() { name.to_string() } else { format!("{}.{name}", self.prefix) };
        if let Some((spec, value)) = self.declared.borrow().get(&full) {
            if spec.shape != shape {
                return Err(Error::Build(format!("weight `{full}` declared as {:?} and as {shape:?}", spec.shape)));
            }
            return Ok(value.clone());
        }
        let spec = WeightSpec { name: full.clone(), shape: shape.to_vec(), init };
        let ty = TensorType::new(DType::F32, shape);
        let value = if self.training && is_trainable(&spec) {
            self.graph.state(&full, ty)?
        } else {
            self.graph.weight(&full, ty)?
        };
        self.declared.borrow_mut().insert(full, (spec, value.clone()));
        Ok(value)
    }

    /// A linear map `[in, out]` initialized with std `1 / sqrt(in)`.
    pub fn linear_weight(&self, name: &str, d_in: i64, d_out: i64) -> Result<Value> {
        self.weight(name, &[d_in, d_out], Init::Normal { std: 1.0 / (d_in as f64).sqrt() })
    }

    /// Every weight declared so far in this graph, by name.
    pub fn specs(&self) -> Vec<WeightSpec> {
        self.declared.borrow().values().map(|(s, _)| s.clone()).collect()
    }

    /// Every weight declared so far with its graph value, by name.
    pub fn declared(&self) -> Vec<(WeightSpec, Value)> {
        self.declared.borrow().values().cloned().collect()
    }
}
