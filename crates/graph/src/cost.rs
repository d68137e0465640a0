//! FLOP and byte accounting of a function, for the papers' tables.
//!
//! Conventions: a multiply-add is 2 FLOPs (dot, convolution); every other
//! arithmetic element operation is 1 FLOP per output element (a reduction, 1
//! per input element); data movement (reshape, slice, gather, ...) is 0.
//! Transcendental functions (exp, log, tanh, ...) are counted apart as well
//! as in FLOPs. A `while` body counts `trip_count` times when the builder was
//! told it (else once, and the report says so); an `if`/`case` counts its most
//! expensive branch.

use std::collections::{HashMap, HashSet};

use crate::ir::{Func, Op, RegionId, Role, ValueId};

/// The cost of one call of a function.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cost {
    pub flops: u64,
    pub transcendentals: u64,
    /// Bytes of parameters by role.
    pub weight_bytes: u64,
    pub state_bytes: u64,
    pub input_bytes: u64,
    /// Bytes of the results.
    pub output_bytes: u64,
    /// FLOPs per op name, for finding where the compute goes.
    pub flops_by_op: HashMap<String, u64>,
    /// FLOPs per named scope (see [`crate::Graph::scoped`]), by full path;
    /// nodes outside any scope count under "".
    pub flops_by_scope: HashMap<String, u64>,
    /// True if some `while` loop had no trip count (counted once).
    pub unknown_trip_counts: bool,
}

impl Cost {
    fn add_flops(&mut self, op: &str, scope: &str, n: u64) {
        self.flops += n;
        *self.flops_by_op.entry(op.to_string()).or_default() += n;
        *self.flops_by_scope.entry(scope.to_string()).or_default() += n;
    }

    /// FLOPs of `scope` and every scope nested in it.
    pub fn scope_flops(&self, scope: &str) -> u64 {
        let nested = format!("{scope}.");
        self.flops_by_scope.iter().filter(|(s, _)| *s == scope || s.starts_with(&nested)).map(|(_, n)| n).sum()
    }

    fn scaled(&self, k: u64) -> Cost {
        Cost {
            flops: self.flops * k,
            transcendentals: self.transcendentals * k,
            flops_by_op: self.flops_by_op.iter().map(|(op, n)| (op.clone(), n * k)).collect(),
            flops_by_scope: self.flops_by_scope.iter().map(|(s, n)| (s.clone(), n * k)).collect(),
            unknown_trip_counts: self.unknown_trip_counts,
            ..Default::default()
        }
    }

    fn absorb(&mut self, other: &Cost) {
        self.flops += other.flops;
        self.transcendentals += other.transcendentals;
        for (op, n) in &other.flops_by_op {
            *self.flops_by_op.entry(op.clone()).or_default() += n;
        }
        for (scope, n) in &other.flops_by_scope {
            *self.flops_by_scope.entry(scope.clone()).or_default() += n;
        }
        self.unknown_trip_counts |= other.unknown_trip_counts;
    }
}

/// The cost of one call of `f`, its callees included.
pub fn analyze(f: &Func) -> Cost {
    let mut cost = region_cost(f, f.body, &crate::ir::live_values(f));
    for p in &f.params {
        let bytes = p.ty.size_in_bytes();
        match p.role {
            Role::Weight => cost.weight_bytes += bytes,
            Role::State => cost.state_bytes += bytes,
            Role::Input => cost.input_bytes += bytes,
        }
    }
    cost.output_bytes = f.result_types().iter().map(|t| t.size_in_bytes()).sum();
    cost
}

fn region_cost(f: &Func, r: RegionId, live: &HashSet<ValueId>) -> Cost {
    let mut cost = Cost::default();
    for node in f.region(r).nodes.iter().filter(|n| n.outputs.iter().any(|o| live.contains(o))) {
        let out = node.outputs.first().map(|&v| f.value_type(v).element_count()).unwrap_or(0);
        let input = |i: usize| f.value_type(node.operands[i]);
        match &node.op {
            Op::Unary(u) => {
                cost.add_flops(u.mlir(), &node.scope, out);
                if u.is_transcendental() {
                    cost.transcendentals += out;
                }
            }
            Op::Binary(b) => {
                cost.add_flops(b.mlir(), &node.scope, out);
                if matches!(b, crate::ir::BinaryOp::Pow | crate::ir::BinaryOp::Atan2) {
                    cost.transcendentals += out;
                }
            }
            Op::Compare(_) | Op::Select | Op::Clamp => cost.add_flops("elementwise", &node.scope, out),
            Op::AllReduce { .. } => cost.add_flops("stablehlo.all_reduce", &node.scope, out),
            Op::Reduce { .. } | Op::ArgMax { .. } => {
                cost.add_flops("stablehlo.reduce", &node.scope, input(0).element_count())
            }
            Op::DotGeneral(d) => {
                let k: u64 = d.lhs_contract.iter().map(|&i| input(0).shape[i] as u64).product();
                cost.add_flops("stablehlo.dot_general", &node.scope, 2 * out * k);
            }
            Op::Convolution(_) => {
                let kernel = input(1);
                let spatial = kernel.rank() - 2;
                let window: u64 = kernel.shape[..spatial].iter().map(|&d| d as u64).product();
                let in_per_group = kernel.shape[spatial] as u64;
                cost.add_flops("stablehlo.convolution", &node.scope, 2 * out * window * in_per_group);
            }
            Op::Scatter(s) if s.kind == crate::ir::ScatterKind::Add => {
                cost.add_flops("stablehlo.scatter", &node.scope, input(2).element_count());
            }
            Op::Sort { .. } => {
                // n log n comparisons along the sorted dimension.
                let n = input(0).element_count().max(1);
                cost.add_flops("stablehlo.sort", &node.scope, n * (64 - n.leading_zeros()) as u64);
            }
            Op::While { trip_count } => {
                let mut once = region_cost(f, node.regions[0], live);
                once.absorb(&region_cost(f, node.regions[1], live));
                match trip_count {
                    Some(k) => cost.absorb(&once.scaled(*k)),
                    None => {
                        cost.absorb(&once);
                        cost.unknown_trip_counts = true;
                    }
                }
            }
            Op::If | Op::Case => {
                let worst =
                    node.regions.iter().map(|&r| region_cost(f, r, live)).max_by_key(|c| c.flops).unwrap_or_default();
                cost.absorb(&worst);
            }
            Op::Call { callee } => {
                if let Some(c) = f.callees().iter().find(|c| &c.name == callee) {
                    cost.absorb(&region_cost(c, c.body, &crate::ir::live_values(c)));
                }
            }
            _ => {}
        }
    }
    cost
}
