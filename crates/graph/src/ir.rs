//! The graph as data: functions of regions of nodes over typed values.
//!
//! Kept separate from the builder so that passes (emission, cost analysis,
//! and later differentiation) can walk a finished function without the
//! builder's bookkeeping.

use std::rc::Rc;

use crate::TensorType;

/// Index of a value in its function's value table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub u32);

/// Index of a region in its function's region table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegionId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Abs,
    Sign,
    Exp,
    Expm1,
    Log,
    Log1p,
    Tanh,
    Logistic,
    Sqrt,
    Rsqrt,
    Sin,
    Cos,
    Floor,
    Ceil,
    RoundNearestEven,
    Not,
}

impl UnaryOp {
    pub fn mlir(self) -> &'static str {
        match self {
            Self::Neg => "stablehlo.negate",
            Self::Abs => "stablehlo.abs",
            Self::Sign => "stablehlo.sign",
            Self::Exp => "stablehlo.exponential",
            Self::Expm1 => "stablehlo.exponential_minus_one",
            Self::Log => "stablehlo.log",
            Self::Log1p => "stablehlo.log_plus_one",
            Self::Tanh => "stablehlo.tanh",
            Self::Logistic => "stablehlo.logistic",
            Self::Sqrt => "stablehlo.sqrt",
            Self::Rsqrt => "stablehlo.rsqrt",
            Self::Sin => "stablehlo.sine",
            Self::Cos => "stablehlo.cosine",
            Self::Floor => "stablehlo.floor",
            Self::Ceil => "stablehlo.ceil",
            Self::RoundNearestEven => "stablehlo.round_nearest_even",
            Self::Not => "stablehlo.not",
        }
    }

    /// Ops evaluated by a transcendental routine rather than one arithmetic
    /// instruction; reported apart from FLOPs.
    pub fn is_transcendental(self) -> bool {
        matches!(
            self,
            Self::Exp
                | Self::Expm1
                | Self::Log
                | Self::Log1p
                | Self::Tanh
                | Self::Logistic
                | Self::Sqrt
                | Self::Rsqrt
                | Self::Sin
                | Self::Cos
        )
    }

    /// Ops defined only for floating-point operands.
    pub fn needs_float(self) -> bool {
        !matches!(self, Self::Neg | Self::Abs | Self::Sign | Self::Not)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Max,
    Min,
    Pow,
    Atan2,
    And,
    Or,
    Xor,
    ShiftRightLogical,
}

impl BinaryOp {
    pub fn mlir(self) -> &'static str {
        match self {
            Self::Add => "stablehlo.add",
            Self::Sub => "stablehlo.subtract",
            Self::Mul => "stablehlo.multiply",
            Self::Div => "stablehlo.divide",
            Self::Rem => "stablehlo.remainder",
            Self::Max => "stablehlo.maximum",
            Self::Min => "stablehlo.minimum",
            Self::Pow => "stablehlo.power",
            Self::Atan2 => "stablehlo.atan2",
            Self::And => "stablehlo.and",
            Self::Or => "stablehlo.or",
            Self::Xor => "stablehlo.xor",
            Self::ShiftRightLogical => "stablehlo.shift_right_logical",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comparison {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Comparison {
    pub fn mlir(self) -> &'static str {
        match self {
            Self::Eq => "EQ",
            Self::Ne => "NE",
            Self::Lt => "LT",
            Self::Le => "LE",
            Self::Gt => "GT",
            Self::Ge => "GE",
        }
    }
}

/// The combining function of a reduction (its body is generated).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReduceKind {
    Sum,
    Product,
    Max,
    Min,
    And,
    Or,
}

impl ReduceKind {
    pub fn binary(self) -> BinaryOp {
        match self {
            Self::Sum => BinaryOp::Add,
            Self::Product => BinaryOp::Mul,
            Self::Max => BinaryOp::Max,
            Self::Min => BinaryOp::Min,
            Self::And => BinaryOp::And,
            Self::Or => BinaryOp::Or,
        }
    }
}

/// How scattered updates combine with what is already there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScatterKind {
    /// The update replaces the value (last write wins for duplicates).
    Replace,
    /// The update is added (duplicates accumulate): the transpose of gather.
    Add,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct DotDims {
    pub lhs_batch: Vec<usize>,
    pub rhs_batch: Vec<usize>,
    pub lhs_contract: Vec<usize>,
    pub rhs_contract: Vec<usize>,
}

/// A convolution in StableHLO's terms. Layouts are fixed by the builder:
/// input `[batch, spatial..., feature]`, kernel `[spatial..., in, out]`,
/// output `[batch, spatial..., feature]`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConvSpec {
    pub strides: Vec<i64>,
    /// (low, high) padding per spatial dimension.
    pub padding: Vec<(i64, i64)>,
    pub lhs_dilation: Vec<i64>,
    pub rhs_dilation: Vec<i64>,
    pub feature_group_count: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct GatherSpec {
    pub offset_dims: Vec<usize>,
    pub collapsed_slice_dims: Vec<usize>,
    pub start_index_map: Vec<usize>,
    pub index_vector_dim: usize,
    pub slice_sizes: Vec<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ScatterSpec {
    pub update_window_dims: Vec<usize>,
    pub inserted_window_dims: Vec<usize>,
    pub scatter_dims_to_operand_dims: Vec<usize>,
    pub index_vector_dim: usize,
    pub kind: ScatterKind,
}

/// Constant data. Scalars splat over the value's shape.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    SplatFloat(f64),
    SplatInt(i128),
    SplatBool(bool),
    /// Dense little-endian element bytes of the value's dtype.
    Bytes(Vec<u8>),
    /// Dense booleans (kept apart: MLIR has no byte form for `i1`).
    Bools(Vec<bool>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Constant(Literal),
    Iota {
        dim: usize,
    },
    Unary(UnaryOp),
    Binary(BinaryOp),
    Compare(Comparison),
    Select,
    Clamp,
    Convert,
    BitcastConvert,
    /// Identity in the forward pass; no gradient flows through it. Emits no op.
    StopGradient,
    BroadcastInDim {
        dims: Vec<usize>,
    },
    Reshape,
    Transpose {
        perm: Vec<usize>,
    },
    Slice {
        start: Vec<i64>,
        limit: Vec<i64>,
        strides: Vec<i64>,
    },
    DynamicSlice {
        sizes: Vec<i64>,
    },
    DynamicUpdateSlice,
    Pad {
        low: Vec<i64>,
        high: Vec<i64>,
        interior: Vec<i64>,
    },
    Concatenate {
        dim: usize,
    },
    Reduce {
        dims: Vec<usize>,
        kind: ReduceKind,
    },
    /// Combines the operand elementwise across the `replicas` replicas of a
    /// data-parallel program (one group of all of them): every replica gets
    /// the same result.
    AllReduce {
        kind: ReduceKind,
        replicas: usize,
    },
    /// Operands (values, indices) of one shape, reduced along `dim` to the
    /// largest value and its index, in one variadic reduction: outputs
    /// (max, index). Ties go to the smaller index; NaN counts as largest.
    ArgMax {
        dim: usize,
    },
    DotGeneral(DotDims),
    Convolution(ConvSpec),
    Gather(GatherSpec),
    Scatter(ScatterSpec),
    /// Sorts all operands along `dim` by the first one.
    Sort {
        dim: usize,
        descending: bool,
    },
    /// Threefry bits from a `ui64[2]` key: outputs (new key, bits).
    RngBitGenerator,
    /// Regions: [condition, body]. `trip_count` is the caller's promise of
    /// how many times the body runs, for cost accounting only.
    While {
        trip_count: Option<u64>,
    },
    /// Regions: [then, else].
    If,
    /// Regions: one per branch; the operand is an `i32` branch index.
    Case,
    Call {
        callee: String,
    },
}

/// One operation: operands in, outputs out, nested regions for control flow.
#[derive(Clone, Debug)]
pub struct Node {
    pub op: Op,
    pub operands: Vec<ValueId>,
    pub outputs: Vec<ValueId>,
    pub regions: Vec<RegionId>,
    /// The named scope the node was built in (`encoder.block3.attention`),
    /// for attributing costs; empty at the top.
    pub scope: Rc<str>,
}

#[derive(Clone, Debug, Default)]
pub struct Region {
    pub args: Vec<ValueId>,
    pub nodes: Vec<Node>,
    pub results: Vec<ValueId>,
}

/// What an entry parameter is, for byte accounting and for the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Per-call data (features, lengths, thresholds).
    Input,
    /// Model weights: bound once, read every call.
    Weight,
    /// Streaming state: read and rewritten every call, donated.
    State,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub ty: TensorType,
    pub role: Role,
    /// The result this parameter's buffer is donated to.
    pub donated_to: Option<usize>,
}

/// A finished function.
#[derive(Clone, Debug)]
pub struct Func {
    pub name: String,
    pub params: Vec<Param>,
    pub body: RegionId,
    pub(crate) values: Vec<TensorType>,
    pub(crate) regions: Vec<Region>,
    /// Functions this one calls, emitted beside it.
    pub(crate) callees: Vec<Rc<Func>>,
}

impl Func {
    pub fn value_type(&self, v: ValueId) -> &TensorType {
        &self.values[v.0 as usize]
    }

    pub fn region(&self, r: RegionId) -> &Region {
        &self.regions[r.0 as usize]
    }

    pub fn result_types(&self) -> Vec<TensorType> {
        self.region(self.body).results.iter().map(|&v| self.value_type(v).clone()).collect()
    }

    pub fn callees(&self) -> &[Rc<Func>] {
        &self.callees
    }
}

/// The values a function's results depend on. Ops are pure, so a node none
/// of whose outputs is live can be dropped: emission and cost analysis skip
/// it (a composite op that failed halfway, or a value built and not used,
/// costs nothing and shows nowhere).
pub fn live_values(f: &Func) -> std::collections::HashSet<ValueId> {
    let mut live: std::collections::HashSet<ValueId> = f.region(f.body).results.iter().copied().collect();
    mark_live(f, f.body, &mut live);
    live
}

fn mark_live(f: &Func, r: RegionId, live: &mut std::collections::HashSet<ValueId>) {
    // Nodes are in creation order, so a reverse walk sees every use of a value
    // before its definition, including uses inside nested regions (captures).
    for node in f.region(r).nodes.iter().rev() {
        if !node.outputs.iter().any(|o| live.contains(o)) {
            continue;
        }
        live.extend(node.operands.iter().copied());
        for &nested in &node.regions {
            live.extend(f.region(nested).results.iter().copied());
            mark_live(f, nested, live);
        }
    }
}
