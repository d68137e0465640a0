//! StableHLO text emission.
//!
//! Ops are written in MLIR's generic form (`"stablehlo.add"(%a, %b) : (...) ->
//! ...`), which is stable across StableHLO versions and needs no per-op
//! printer; functions use the `func.func` header so entry arguments keep
//! their names. Output depends only on the graph: the same graph always gives
//! the same text, so emitted programs can be committed and diffed.

use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

use crate::error::{Error, Result};
use crate::ir::{Func, Literal, Node, Op, ReduceKind, RegionId, ScatterKind, ValueId};
use crate::{DType, TensorType};

/// Emits `main` and every function it calls as one module named after `main`.
/// The entry function is always `@main`, as PJRT expects.
pub fn to_mlir(main: &Func) -> Result<String> {
    let mut callees: Vec<Rc<Func>> = Vec::new();
    collect_callees(main, &mut callees)?;
    let mut out = String::new();
    writeln!(out, "module @{} {{", sanitize(&main.name)).unwrap();
    emit_func(&mut out, main, "main", true);
    for callee in &callees {
        emit_func(&mut out, callee, &callee.name, false);
    }
    out.push_str("}\n");
    Ok(out)
}

fn collect_callees(f: &Func, acc: &mut Vec<Rc<Func>>) -> Result<()> {
    for c in &f.callees {
        if let Some(existing) = acc.iter().find(|e| e.name == c.name) {
            if !Rc::ptr_eq(existing, c) {
                return Err(Error::Signature {
                    func: f.name.clone(),
                    message: format!("two different functions are named `{}`", c.name),
                });
            }
            continue;
        }
        if c.name == "main" {
            return Err(Error::Signature {
                func: f.name.clone(),
                message: "a called function cannot be named `main`".into(),
            });
        }
        collect_callees(c, acc)?;
        acc.push(c.clone());
    }
    Ok(())
}

fn sanitize(name: &str) -> String {
    let s: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    if s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') { s } else { format!("_{s}") }
}

struct Emitter<'a> {
    f: &'a Func,
    live: std::collections::HashSet<ValueId>,
    names: HashMap<ValueId, String>,
    out: &'a mut String,
    /// Counter for helper values (reduction init constants, region args).
    fresh: usize,
}

fn emit_func(out: &mut String, f: &Func, name: &str, public: bool) {
    let body = f.region(f.body);
    let mut e = Emitter { f, live: crate::ir::live_values(f), names: HashMap::new(), out, fresh: 0 };
    let mut params = Vec::new();
    for (p, &arg) in f.params.iter().zip(&body.args) {
        let n = format!("%{}", p.name);
        let attr = match p.donated_to {
            Some(r) => format!(" {{tf.aliasing_output = {r} : i32}}"),
            None => String::new(),
        };
        params.push(format!("{n}: {}{attr}", p.ty));
        e.names.insert(arg, n);
    }
    let results: Vec<String> = body.results.iter().map(|&v| f.value_type(v).to_string()).collect();
    let visibility = if public { "public" } else { "private" };
    writeln!(e.out, "  func.func {visibility} @{name}({}) -> ({}) {{", params.join(", "), results.join(", ")).unwrap();
    e.region_body(f.body, 2);
    let results: Vec<ValueId> = body.results.clone();
    let line = e.terminator("func.return", &results);
    writeln!(e.out, "    {line}").unwrap();
    e.out.push_str("  }\n");
}

fn indent(level: usize) -> String {
    "  ".repeat(level)
}

fn array(v: &[i64]) -> String {
    if v.is_empty() {
        "array<i64>".into()
    } else {
        format!("array<i64: {}>", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
    }
}

fn list(v: &[usize]) -> String {
    format!("[{}]", v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
}

fn usizes(v: &[usize]) -> Vec<i64> {
    v.iter().map(|&x| x as i64).collect()
}

fn compare_type(dtype: DType) -> &'static str {
    if dtype.is_float() {
        "FLOAT"
    } else if dtype.is_signed_int() {
        "SIGNED"
    } else {
        "UNSIGNED"
    }
}

/// A float literal MLIR parses back to exactly `value` in `dtype`.
fn float_literal(value: f64, dtype: DType) -> String {
    if !value.is_finite() {
        // Non-finite values only have a bit-pattern spelling.
        return match dtype {
            DType::F64 => format!("0x{:016X}", value.to_bits()),
            DType::F32 => format!("0x{:08X}", (value as f32).to_bits()),
            DType::F16 => format!("0x{:04X}", half::f16::from_f64(value).to_bits()),
            _ => format!("0x{:04X}", half::bf16::from_f64(value).to_bits()),
        };
    }
    // Rust prints the shortest decimal that round-trips; MLIR needs a '.'.
    let s = match dtype {
        DType::F64 => format!("{value:?}"),
        DType::F32 => format!("{:?}", value as f32),
        DType::F16 => format!("{:?}", half::f16::from_f64(value).to_f32()),
        _ => format!("{:?}", half::bf16::from_f64(value).to_f32()),
    };
    if s.contains('.') {
        s
    } else if let Some((mantissa, exp)) = s.split_once('e') {
        format!("{mantissa}.0e{exp}")
    } else {
        format!("{s}.0")
    }
}

fn nested_bools(data: &[bool], shape: &[i64]) -> String {
    match shape.split_first() {
        None => data[0].to_string(),
        Some((&n, rest)) => {
            let stride: usize = rest.iter().map(|&d| d as usize).product();
            let parts: Vec<String> =
                (0..n as usize).map(|i| nested_bools(&data[i * stride..(i + 1) * stride], rest)).collect();
            format!("[{}]", parts.join(", "))
        }
    }
}

fn literal(lit: &Literal, ty: &TensorType) -> String {
    let body = match lit {
        Literal::SplatFloat(v) => float_literal(*v, ty.dtype),
        Literal::SplatInt(v) => v.to_string(),
        Literal::SplatBool(b) => b.to_string(),
        Literal::Bools(b) if ty.element_count() == 0 => "[]".to_string(),
        Literal::Bools(b) => nested_bools(b, &ty.shape),
        Literal::Bytes(bytes) if bytes.is_empty() => "[]".to_string(),
        Literal::Bytes(bytes) => {
            let mut s = String::with_capacity(4 + 2 * bytes.len());
            s.push_str("\"0x");
            for b in bytes {
                write!(s, "{b:02X}").unwrap();
            }
            s.push('"');
            s
        }
    };
    format!("dense<{body}> : {ty}")
}

impl Emitter<'_> {
    fn ty(&self, v: ValueId) -> &TensorType {
        self.f.value_type(v)
    }

    fn name(&self, v: ValueId) -> &str {
        &self.names[&v]
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.fresh += 1;
        format!("%{prefix}{}", self.fresh)
    }

    fn terminator(&self, op: &str, values: &[ValueId]) -> String {
        let names: Vec<&str> = values.iter().map(|&v| self.name(v)).collect();
        let types: Vec<String> = values.iter().map(|&v| self.ty(v).to_string()).collect();
        format!("\"{op}\"({}) : ({}) -> ()", names.join(", "), types.join(", "))
    }

    /// Emits the nodes of a region (not its header or terminator).
    fn region_body(&mut self, r: RegionId, level: usize) {
        let nodes: Vec<Node> = self
            .f
            .region(r)
            .nodes
            .iter()
            .filter(|n| n.outputs.iter().any(|o| self.live.contains(o)))
            .cloned()
            .collect();
        for node in &nodes {
            self.node(node, level);
        }
    }

    /// Emits a nested region `{ ^bb0(args): ... "stablehlo.return"(...) }`.
    fn nested_region(&mut self, r: RegionId, level: usize) -> String {
        let region = self.f.region(r).clone();
        let mut header = Vec::new();
        for &a in &region.args {
            let n = format!("%{}", a.0);
            header.push(format!("{n}: {}", self.ty(a)));
            self.names.insert(a, n);
        }
        let mut saved = std::mem::take(self.out);
        self.out.push_str("{\n");
        if !header.is_empty() {
            writeln!(self.out, "{}^bb0({}):", indent(level), header.join(", ")).unwrap();
        }
        self.region_body(r, level + 1);
        let term = self.terminator("stablehlo.return", &region.results);
        writeln!(self.out, "{}{term}", indent(level + 1)).unwrap();
        write!(self.out, "{}}}", indent(level)).unwrap();
        std::mem::swap(self.out, &mut saved);
        saved
    }

    /// A scalar-combiner region for reduce/scatter/sort bodies: two (or for
    /// sort, 2n) scalar arguments and one generated op.
    fn combiner_region(
        &mut self,
        dtype: DType,
        level: usize,
        body: impl FnOnce(&str, &str, &TensorType) -> (String, String),
    ) -> String {
        let scalar = TensorType::scalar(dtype);
        let (a, b) = (self.fresh("lhs"), self.fresh("rhs"));
        let (line, result) = body(&a, &b, &scalar);
        let pad = indent(level + 1);
        let mut s = format!("{{\n{}^bb0({a}: {scalar}, {b}: {scalar}):\n", indent(level));
        if !line.is_empty() {
            writeln!(s, "{pad}{line}").unwrap();
        }
        writeln!(s, "{pad}\"stablehlo.return\"({result}) : ({scalar}) -> ()").unwrap();
        write!(s, "{}}}", indent(level)).unwrap();
        s
    }

    fn reduce_identity(kind: ReduceKind, dtype: DType) -> Literal {
        match (kind, dtype) {
            (ReduceKind::Sum, d) if d.is_float() => Literal::SplatFloat(0.0),
            (ReduceKind::Product, d) if d.is_float() => Literal::SplatFloat(1.0),
            (ReduceKind::Max, d) if d.is_float() => Literal::SplatFloat(f64::NEG_INFINITY),
            (ReduceKind::Min, d) if d.is_float() => Literal::SplatFloat(f64::INFINITY),
            (ReduceKind::Sum, _) => Literal::SplatInt(0),
            (ReduceKind::Product, _) => Literal::SplatInt(1),
            (ReduceKind::Max, d) => Literal::SplatInt(int_range(d).0),
            (ReduceKind::Min, d) => Literal::SplatInt(int_range(d).1),
            (ReduceKind::And, _) => Literal::SplatBool(true),
            (ReduceKind::Or, _) => Literal::SplatBool(false),
        }
    }

    fn node(&mut self, node: &Node, level: usize) {
        if node.op == Op::StopGradient {
            // Only differentiation sees it: the output is the operand.
            let name = self.name(node.operands[0]).to_string();
            self.names.insert(node.outputs[0], name);
            return;
        }
        let pad = indent(level);
        let out_types: Vec<TensorType> = node.outputs.iter().map(|&v| self.ty(v).clone()).collect();
        // Name the outputs: `%7` for one, `%7:2` (used as `%7#0`, `%7#1`) for several.
        let lhs = match node.outputs.as_slice() {
            [] => String::new(),
            [one] => {
                let n = format!("%{}", one.0);
                self.names.insert(*one, n.clone());
                format!("{n} = ")
            }
            many => {
                let base = format!("%{}", many[0].0);
                for (i, &v) in many.iter().enumerate() {
                    self.names.insert(v, format!("{base}#{i}"));
                }
                format!("{base}:{} = ", many.len())
            }
        };
        // (name, type) of each operand as written; reductions add their init.
        let mut operands: Vec<(String, String)> =
            node.operands.iter().map(|&v| (self.name(v).to_string(), self.ty(v).to_string())).collect();
        let operand_dtype = node.operands.first().map(|&v| self.ty(v).dtype);
        let mut props = String::new();
        let mut regions: Vec<String> = Vec::new();
        let name: String = match &node.op {
            Op::Constant(lit) => {
                props = format!("value = {}", literal(lit, &out_types[0]));
                "stablehlo.constant".into()
            }
            Op::Iota { dim } => {
                props = format!("iota_dimension = {dim} : i64");
                "stablehlo.iota".into()
            }
            Op::Unary(u) => u.mlir().into(),
            Op::Binary(b) => b.mlir().into(),
            Op::Compare(c) => {
                let dt = operand_dtype.expect("compare has operands");
                props = format!(
                    "comparison_direction = #stablehlo<comparison_direction {}>, compare_type = #stablehlo<comparison_type {}>",
                    c.mlir(),
                    compare_type(dt)
                );
                "stablehlo.compare".into()
            }
            Op::Select => "stablehlo.select".into(),
            Op::Clamp => "stablehlo.clamp".into(),
            Op::Convert => "stablehlo.convert".into(),
            Op::BitcastConvert => "stablehlo.bitcast_convert".into(),
            Op::BroadcastInDim { dims } => {
                props = format!("broadcast_dimensions = {}", array(&usizes(dims)));
                "stablehlo.broadcast_in_dim".into()
            }
            Op::Reshape => "stablehlo.reshape".into(),
            Op::Transpose { perm } => {
                props = format!("permutation = {}", array(&usizes(perm)));
                "stablehlo.transpose".into()
            }
            Op::Slice { start, limit, strides } => {
                props = format!(
                    "start_indices = {}, limit_indices = {}, strides = {}",
                    array(start),
                    array(limit),
                    array(strides)
                );
                "stablehlo.slice".into()
            }
            Op::DynamicSlice { sizes } => {
                props = format!("slice_sizes = {}", array(sizes));
                "stablehlo.dynamic_slice".into()
            }
            Op::DynamicUpdateSlice => "stablehlo.dynamic_update_slice".into(),
            Op::Pad { low, high, interior } => {
                props = format!(
                    "edge_padding_high = {}, edge_padding_low = {}, interior_padding = {}",
                    array(high),
                    array(low),
                    array(interior)
                );
                "stablehlo.pad".into()
            }
            Op::Concatenate { dim } => {
                props = format!("dimension = {dim} : i64");
                "stablehlo.concatenate".into()
            }
            Op::Reduce { dims, kind } => {
                let dt = operand_dtype.expect("reduce has an operand");
                let init = self.fresh("init");
                let init_ty = TensorType::scalar(dt);
                writeln!(
                    self.out,
                    "{pad}{init} = \"stablehlo.constant\"() <{{value = {}}}> : () -> {init_ty}",
                    literal(&Self::reduce_identity(*kind, dt), &init_ty)
                )
                .unwrap();
                operands.push((init, init_ty.to_string()));
                props = format!("dimensions = {}", array(&usizes(dims)));
                let op = kind.binary().mlir();
                let c = self.fresh("combined");
                regions.push(self.combiner_region(dt, level, |a, b, s| {
                    (format!("{c} = \"{op}\"({a}, {b}) : ({s}, {s}) -> {s}"), c.clone())
                }));
                "stablehlo.reduce".into()
            }
            Op::AllReduce { kind, replicas } => {
                let dt = operand_dtype.expect("all_reduce has an operand");
                let group: Vec<String> = (0..*replicas).map(|r| r.to_string()).collect();
                props = format!("replica_groups = dense<[[{}]]> : tensor<1x{replicas}xi64>", group.join(", "));
                let op = kind.binary().mlir();
                let c = self.fresh("combined");
                regions.push(self.combiner_region(dt, level, |a, b, s| {
                    (format!("{c} = \"{op}\"({a}, {b}) : ({s}, {s}) -> {s}"), c.clone())
                }));
                "stablehlo.all_reduce".into()
            }
            Op::ArgMax { dim } => {
                let dt = operand_dtype.expect("argmax has operands");
                let idx = self.ty(node.operands[1]).dtype;
                for (lit, ty) in [
                    (Self::reduce_identity(ReduceKind::Max, dt), TensorType::scalar(dt)),
                    (Literal::SplatInt(0), TensorType::scalar(idx)),
                ] {
                    let init = self.fresh("init");
                    writeln!(
                        self.out,
                        "{pad}{init} = \"stablehlo.constant\"() <{{value = {}}}> : () -> {ty}",
                        literal(&lit, &ty)
                    )
                    .unwrap();
                    operands.push((init, ty.to_string()));
                }
                props = format!("dimensions = {}", array(&[*dim as i64]));
                regions.push(self.argmax_region(dt, idx, level));
                "stablehlo.reduce".into()
            }
            Op::DotGeneral(d) => {
                let mut parts = Vec::new();
                if !d.lhs_batch.is_empty() {
                    parts.push(format!("lhs_batching_dimensions = {}", list(&d.lhs_batch)));
                    parts.push(format!("rhs_batching_dimensions = {}", list(&d.rhs_batch)));
                }
                parts.push(format!("lhs_contracting_dimensions = {}", list(&d.lhs_contract)));
                parts.push(format!("rhs_contracting_dimensions = {}", list(&d.rhs_contract)));
                props = format!("dot_dimension_numbers = #stablehlo.dot<{}>", parts.join(", "));
                "stablehlo.dot_general".into()
            }
            Op::Convolution(c) => {
                let n = c.strides.len();
                let sp: Vec<String> = (0..n).map(|i| i.to_string()).collect();
                let sp = sp.join(", ");
                let pads: Vec<String> = c.padding.iter().map(|(l, h)| format!("[{l}, {h}]")).collect();
                props = format!(
                    "batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, {sp}, f]x[{sp}, i, o]->[b, {sp}, f]>, feature_group_count = {} : i64, lhs_dilation = {}, padding = dense<[{}]> : tensor<{n}x2xi64>, rhs_dilation = {}, window_strides = {}",
                    c.feature_group_count,
                    array(&c.lhs_dilation),
                    pads.join(", "),
                    array(&c.rhs_dilation),
                    array(&c.strides)
                );
                "stablehlo.convolution".into()
            }
            Op::Gather(g) => {
                props = format!(
                    "dimension_numbers = #stablehlo.gather<offset_dims = {}, collapsed_slice_dims = {}, start_index_map = {}, index_vector_dim = {}>, indices_are_sorted = false, slice_sizes = {}",
                    list(&g.offset_dims),
                    list(&g.collapsed_slice_dims),
                    list(&g.start_index_map),
                    g.index_vector_dim,
                    array(&g.slice_sizes)
                );
                "stablehlo.gather".into()
            }
            Op::Scatter(s) => {
                let dt = operand_dtype.expect("scatter has operands");
                props = format!(
                    "indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = {}, inserted_window_dims = {}, scatter_dims_to_operand_dims = {}, index_vector_dim = {}>, unique_indices = false",
                    list(&s.update_window_dims),
                    list(&s.inserted_window_dims),
                    list(&s.scatter_dims_to_operand_dims),
                    s.index_vector_dim
                );
                let kind = s.kind;
                let c = self.fresh("combined");
                regions.push(self.combiner_region(dt, level, |a, b, ty| match kind {
                    ScatterKind::Replace => (String::new(), b.to_string()),
                    ScatterKind::Add => {
                        (format!("{c} = \"stablehlo.add\"({a}, {b}) : ({ty}, {ty}) -> {ty}"), c.clone())
                    }
                }));
                "stablehlo.scatter".into()
            }
            Op::Sort { dim, descending } => {
                props = format!("dimension = {dim} : i64, is_stable = true");
                regions.push(self.sort_comparator(&node.operands, *descending, level));
                "stablehlo.sort".into()
            }
            Op::RngBitGenerator => {
                props = "rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>".into();
                "stablehlo.rng_bit_generator".into()
            }
            Op::While { .. } => {
                for &r in &node.regions {
                    regions.push(self.nested_region(r, level));
                }
                "stablehlo.while".into()
            }
            Op::If | Op::Case => {
                for &r in &node.regions {
                    regions.push(self.nested_region(r, level));
                }
                if node.op == Op::If { "stablehlo.if" } else { "stablehlo.case" }.into()
            }
            Op::Call { callee } => {
                props = format!("callee = @{callee}");
                "func.call".into()
            }
            Op::StopGradient => unreachable!("handled above"),
        };
        let (names, types): (Vec<String>, Vec<String>) = operands.into_iter().unzip();
        let outs: Vec<String> = out_types.iter().map(|t| t.to_string()).collect();
        let outs = if outs.len() == 1 { outs[0].clone() } else { format!("({})", outs.join(", ")) };
        let props = if props.is_empty() { String::new() } else { format!(" <{{{props}}}>") };
        let regions = if regions.is_empty() { String::new() } else { format!(" ({})", regions.join(", ")) };
        writeln!(
            self.out,
            "{pad}{lhs}\"{name}\"({}){props}{regions} : ({}) -> {outs}",
            names.join(", "),
            types.join(", ")
        )
        .unwrap();
    }

    /// The combiner of an argmax reduction over (value, index) pairs, as
    /// JAX writes it: the incoming pair wins if its value is larger or NaN,
    /// or equal with a smaller index (so ties keep the first index whatever
    /// the order XLA combines in).
    fn argmax_region(&mut self, dt: DType, idx: DType, level: usize) -> String {
        let (v, i) = (TensorType::scalar(dt), TensorType::scalar(idx));
        let b = TensorType::scalar(DType::Bool);
        let (acc_v, acc_i, op_v, op_i) = (self.fresh("acc"), self.fresh("acc"), self.fresh("op"), self.fresh("op"));
        let n: Vec<String> = (0..8).map(|_| self.fresh("t")).collect();
        let cmp = |out: &str, a: &str, c: &str, dir: &str, ty: &TensorType| {
            format!(
                "{out} = \"stablehlo.compare\"({a}, {c}) <{{comparison_direction = #stablehlo<comparison_direction {dir}>, compare_type = #stablehlo<comparison_type {}>}}> : ({ty}, {ty}) -> {b}",
                compare_type(ty.dtype)
            )
        };
        let pad = indent(level + 1);
        let lines = [
            cmp(&n[0], &op_v, &acc_v, "GT", &v),
            cmp(&n[1], &op_v, &op_v, "NE", &v),
            format!("{} = \"stablehlo.or\"({}, {}) : ({b}, {b}) -> {b}", n[2], n[0], n[1]),
            cmp(&n[3], &op_v, &acc_v, "EQ", &v),
            cmp(&n[4], &op_i, &acc_i, "LT", &i),
            format!("{} = \"stablehlo.and\"({}, {}) : ({b}, {b}) -> {b}", n[5], n[3], n[4]),
            format!("{} = \"stablehlo.or\"({}, {}) : ({b}, {b}) -> {b}", n[6], n[2], n[5]),
            format!("{} = \"stablehlo.select\"({}, {op_v}, {acc_v}) : ({b}, {v}, {v}) -> {v}", n[7], n[2]),
        ];
        let pick_i = self.fresh("t");
        let mut s = format!("{{\n{}^bb0({acc_v}: {v}, {acc_i}: {i}, {op_v}: {v}, {op_i}: {i}):\n", indent(level));
        for line in lines {
            writeln!(s, "{pad}{line}").unwrap();
        }
        writeln!(s, "{pad}{pick_i} = \"stablehlo.select\"({}, {op_i}, {acc_i}) : ({b}, {i}, {i}) -> {i}", n[6])
            .unwrap();
        writeln!(s, "{pad}\"stablehlo.return\"({}, {pick_i}) : ({v}, {i}) -> ()", n[7]).unwrap();
        write!(s, "{}}}", indent(level)).unwrap();
        s
    }

    /// The comparator of a sort: orders by the first operand, with NaNs last
    /// as XLA's total order does for the default comparator.
    fn sort_comparator(&mut self, operands: &[ValueId], descending: bool, level: usize) -> String {
        let mut args = Vec::new();
        let mut first = (String::new(), String::new());
        let key_ty = TensorType::scalar(self.ty(operands[0]).dtype);
        for (i, &v) in operands.iter().enumerate() {
            let s = TensorType::scalar(self.ty(v).dtype);
            let (a, b) = (self.fresh("lhs"), self.fresh("rhs"));
            if i == 0 {
                first = (a.clone(), b.clone());
            }
            args.push(format!("{a}: {s}"));
            args.push(format!("{b}: {s}"));
        }
        let dir = if descending { "GT" } else { "LT" };
        let less = self.fresh("less");
        let pad = indent(level + 1);
        let mut s = format!("{{\n{}^bb0({}):\n", indent(level), args.join(", "));
        writeln!(
            s,
            "{pad}{less} = \"stablehlo.compare\"({}, {}) <{{comparison_direction = #stablehlo<comparison_direction {dir}>, compare_type = #stablehlo<comparison_type {}>}}> : ({key_ty}, {key_ty}) -> tensor<i1>",
            first.0,
            first.1,
            if key_ty.dtype.is_float() { "TOTALORDER" } else { compare_type(key_ty.dtype) }
        )
        .unwrap();
        writeln!(s, "{pad}\"stablehlo.return\"({less}) : (tensor<i1>) -> ()").unwrap();
        write!(s, "{}}}", indent(level)).unwrap();
        s
    }
}

/// (min, max) of an integer dtype.
fn int_range(dtype: DType) -> (i128, i128) {
    match dtype {
        DType::I8 => (i8::MIN as i128, i8::MAX as i128),
        DType::I32 => (i32::MIN as i128, i32::MAX as i128),
        DType::I64 => (i64::MIN as i128, i64::MAX as i128),
        DType::U8 => (0, u8::MAX as i128),
        DType::U32 => (0, u32::MAX as i128),
        DType::U64 => (0, u64::MAX as i128),
        _ => (0, 1),
    }
}
