//! The builder: a [`Graph`] under construction and the [`Value`]s in it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{Error, Result};
use crate::ir::{Func, Literal, Node, Op, Param, Region, RegionId, Role, ValueId};
use crate::{DType, TensorType};

struct ValueInfo {
    ty: TensorType,
    region: RegionId,
}

struct RegionData {
    region: Region,
    parent: Option<RegionId>,
    /// An isolated region sees only its own values (reduction bodies).
    isolated: bool,
}

struct Inner {
    name: String,
    values: Vec<ValueInfo>,
    regions: Vec<RegionData>,
    /// Regions being built, innermost last; ops go into the last.
    open: Vec<RegionId>,
    params: Vec<Param>,
    callees: Vec<Rc<Func>>,
    /// The current named scope (dotted path); nodes record it.
    scope: Rc<str>,
}

/// A function under construction. Cheap to clone (a shared handle).
///
/// Values are created by declaring parameters and constants on the graph and
/// by calling ops on values. Every op validates its operands and returns an
/// [`Error`] naming the op and the types at fault; a failed op adds nothing,
/// so nothing malformed can ever be emitted. (A composite helper that fails
/// halfway may have built some intermediate values; like any value no result
/// depends on, they are neither emitted nor costed.)
#[derive(Clone)]
pub struct Graph {
    inner: Rc<RefCell<Inner>>,
}

/// A typed value of a [`Graph`].
#[derive(Clone)]
pub struct Value {
    pub(crate) graph: Graph,
    pub(crate) id: ValueId,
    ty: TensorType,
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Value(%{}: {})", self.id.0, self.ty)
    }
}

impl Value {
    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    pub fn dtype(&self) -> DType {
        self.ty.dtype
    }

    pub fn shape(&self) -> &[i64] {
        &self.ty.shape
    }

    pub fn rank(&self) -> usize {
        self.ty.shape.len()
    }

    /// Size of dimension `axis` (negative counts from the end).
    pub fn dim(&self, axis: i64) -> Result<i64> {
        let a = self.axis("dim", axis)?;
        Ok(self.ty.shape[a])
    }

    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    pub fn id(&self) -> ValueId {
        self.id
    }

    /// Resolves a possibly negative axis against this value's rank.
    pub(crate) fn axis(&self, op: &'static str, axis: i64) -> Result<usize> {
        let rank = self.rank() as i64;
        let a = if axis < 0 { axis + rank } else { axis };
        if a < 0 || a >= rank {
            return Err(Error::Axis { op, message: format!("axis {axis} is out of range for {}", self.ty) });
        }
        Ok(a as usize)
    }
}

impl Graph {
    /// Starts a function called `name` (the entry function is `main`).
    pub fn new(name: impl Into<String>) -> Graph {
        let inner = Inner {
            name: name.into(),
            values: Vec::new(),
            regions: vec![RegionData { region: Region::default(), parent: None, isolated: false }],
            open: vec![RegionId(0)],
            params: Vec::new(),
            callees: Vec::new(),
            scope: Rc::from(""),
        };
        Graph { inner: Rc::new(RefCell::new(inner)) }
    }

    pub fn name(&self) -> String {
        self.inner.borrow().name.clone()
    }

    fn same(&self, other: &Graph) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }

    /// Declares a per-call input parameter.
    pub fn param(&self, name: &str, ty: TensorType) -> Result<Value> {
        self.declare(name, ty, Role::Input)
    }

    /// Declares a weight parameter (bound once, read every call).
    pub fn weight(&self, name: &str, ty: TensorType) -> Result<Value> {
        self.declare(name, ty, Role::Weight)
    }

    /// Declares a streaming-state parameter (read and rewritten every call).
    pub fn state(&self, name: &str, ty: TensorType) -> Result<Value> {
        self.declare(name, ty, Role::State)
    }

    fn declare(&self, name: &str, ty: TensorType, role: Role) -> Result<Value> {
        let func = self.name();
        let err = |message: String| Error::Signature { func: func.clone(), message };
        if !valid_identifier(name) {
            return Err(err(format!(
                "parameter name `{name}` must start with a letter or `_` and use only letters, digits, `_`, `.`, `$`, `-`"
            )));
        }
        if ty.shape.iter().any(|&d| d < 0) {
            return Err(err(format!("parameter `{name}` has a negative dimension: {ty}")));
        }
        // Parameters may be declared while a nested region is open (a layer
        // inside a loop or branch naming its weights): they are always entry
        // arguments of the function, visible in every non-isolated region.
        let mut inner = self.inner.borrow_mut();
        if inner.params.iter().any(|p| p.name == name) {
            return Err(err(format!("parameter `{name}` is declared twice")));
        }
        let id = ValueId(inner.values.len() as u32);
        inner.values.push(ValueInfo { ty: ty.clone(), region: RegionId(0) });
        inner.regions[0].region.args.push(id);
        inner.params.push(Param { name: name.to_string(), ty: ty.clone(), role, donated_to: None });
        Ok(Value { graph: self.clone(), id, ty })
    }

    /// A constant of `dtype` and `shape`, every element `value`. Integer and
    /// boolean dtypes take `value` truncated towards zero (`0` is false).
    pub fn splat(&self, value: f64, dtype: DType, shape: &[i64]) -> Result<Value> {
        let literal = if dtype.is_float() {
            Literal::SplatFloat(value)
        } else if dtype == DType::Bool {
            Literal::SplatBool(value != 0.0)
        } else {
            if !value.is_finite() || value.fract() != 0.0 {
                return Err(Error::Data { op: "constant", message: format!("{value} is not an integer for {dtype}") });
            }
            Literal::SplatInt(value as i128)
        };
        self.constant(literal, TensorType::new(dtype, shape))
    }

    /// A scalar constant.
    pub fn scalar(&self, value: f64, dtype: DType) -> Result<Value> {
        self.splat(value, dtype, &[])
    }

    /// A dense f32 constant from host data (row-major).
    pub fn constant_f32(&self, data: &[f32], shape: &[i64]) -> Result<Value> {
        let bytes = data.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.dense(data.len(), bytes, TensorType::new(DType::F32, shape))
    }

    /// A dense i32 constant from host data (row-major).
    pub fn constant_i32(&self, data: &[i32], shape: &[i64]) -> Result<Value> {
        let bytes = data.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.dense(data.len(), bytes, TensorType::new(DType::I32, shape))
    }

    /// A dense constant of any non-boolean dtype from little-endian bytes.
    pub fn constant_bytes(&self, bytes: Vec<u8>, ty: TensorType) -> Result<Value> {
        if ty.dtype == DType::Bool {
            return Err(Error::DType { op: "constant", message: "use constant_bool for i1 data".into() });
        }
        let n = bytes.len() / ty.dtype.size_in_bytes().max(1);
        if bytes.len() % ty.dtype.size_in_bytes() != 0 {
            return Err(Error::Data {
                op: "constant",
                message: format!("{} bytes is not a whole number of {}", bytes.len(), ty.dtype),
            });
        }
        self.dense(n, bytes, ty)
    }

    pub fn constant_bool(&self, data: &[bool], shape: &[i64]) -> Result<Value> {
        let ty = TensorType::new(DType::Bool, shape);
        check_count(data.len(), &ty)?;
        self.constant(Literal::Bools(data.to_vec()), ty)
    }

    fn dense(&self, count: usize, bytes: Vec<u8>, ty: TensorType) -> Result<Value> {
        check_count(count, &ty)?;
        self.constant(Literal::Bytes(bytes), ty)
    }

    fn constant(&self, literal: Literal, ty: TensorType) -> Result<Value> {
        if ty.shape.iter().any(|&d| d < 0) {
            return Err(Error::Shape { op: "constant", message: format!("negative dimension in {ty}") });
        }
        Ok(self.push("constant", Op::Constant(literal), &[], vec![ty], vec![])?.remove(0))
    }

    /// `iota`: along `dim`, element i holds i.
    pub fn iota(&self, dtype: DType, shape: &[i64], dim: usize) -> Result<Value> {
        if dim >= shape.len() {
            return Err(Error::Axis {
                op: "iota",
                message: format!("dimension {dim} out of range for rank {}", shape.len()),
            });
        }
        if dtype == DType::Bool {
            return Err(Error::DType { op: "iota", message: "iota of i1 is not defined".into() });
        }
        Ok(self.push("iota", Op::Iota { dim }, &[], vec![TensorType::new(dtype, shape)], vec![])?.remove(0))
    }

    /// Appends a node to the innermost open region after checking that every
    /// operand belongs to this graph and is visible there.
    pub(crate) fn push(
        &self,
        op_name: &'static str,
        op: Op,
        operands: &[&Value],
        out_types: Vec<TensorType>,
        regions: Vec<RegionId>,
    ) -> Result<Vec<Value>> {
        for v in operands {
            self.check_visible(op_name, v)?;
        }
        let mut inner = self.inner.borrow_mut();
        let region = *inner.open.last().expect("the body region is always open");
        let mut outputs = Vec::with_capacity(out_types.len());
        let mut ids = Vec::with_capacity(out_types.len());
        for ty in out_types {
            let id = ValueId(inner.values.len() as u32);
            inner.values.push(ValueInfo { ty: ty.clone(), region });
            ids.push(id);
            outputs.push(Value { graph: self.clone(), id, ty });
        }
        let scope = inner.scope.clone();
        let node = Node { op, operands: operands.iter().map(|v| v.id).collect(), outputs: ids, regions, scope };
        inner.regions[region.0 as usize].region.nodes.push(node);
        Ok(outputs)
    }

    /// Checks `v` is a value of this graph that the innermost open region can
    /// see: defined in it or in an enclosing region, not across an isolated
    /// region's boundary, and not in a region already closed.
    pub(crate) fn check_visible(&self, op: &'static str, v: &Value) -> Result<()> {
        if !self.same(&v.graph) {
            return Err(Error::Scope { op, message: format!("{v:?} belongs to another graph") });
        }
        let inner = self.inner.borrow();
        let home = inner.values[v.id.0 as usize].region;
        let mut r = *inner.open.last().expect("open region");
        loop {
            if r == home {
                return Ok(());
            }
            let data = &inner.regions[r.0 as usize];
            match data.parent {
                Some(parent) if !data.isolated => r = parent,
                _ => break,
            }
        }
        Err(Error::Scope {
            op,
            message: format!("{v:?} is defined in a region this op cannot see (a closed or isolated region)"),
        })
    }

    /// Builds a nested region: arguments of `arg_types`, ops added by `body`,
    /// results returned by it. The region is closed whether or not `body`
    /// succeeds.
    pub(crate) fn region(
        &self,
        op: &'static str,
        arg_types: &[TensorType],
        isolated: bool,
        body: impl FnOnce(&[Value]) -> Result<Vec<Value>>,
    ) -> Result<(RegionId, Vec<TensorType>)> {
        let (id, args) = {
            let mut inner = self.inner.borrow_mut();
            let parent = *inner.open.last().expect("open region");
            let id = RegionId(inner.regions.len() as u32);
            inner.regions.push(RegionData { region: Region::default(), parent: Some(parent), isolated });
            let mut args = Vec::new();
            for ty in arg_types {
                let vid = ValueId(inner.values.len() as u32);
                inner.values.push(ValueInfo { ty: ty.clone(), region: id });
                inner.regions[id.0 as usize].region.args.push(vid);
                args.push(Value { graph: self.clone(), id: vid, ty: ty.clone() });
            }
            inner.open.push(id);
            (id, args)
        };
        let outcome = body(&args).and_then(|results| {
            for r in &results {
                self.check_visible(op, r)?;
            }
            Ok(results)
        });
        self.inner.borrow_mut().open.pop();
        let results = outcome?;
        let types = results.iter().map(|v| v.ty.clone()).collect();
        self.inner.borrow_mut().regions[id.0 as usize].region.results = results.iter().map(|v| v.id).collect();
        Ok((id, types))
    }

    /// Runs `f` with `name` appended to the scope path: nodes built inside
    /// are attributed to `outer.name` in [`crate::Cost::flops_by_scope`].
    pub fn scoped<T>(&self, name: &str, f: impl FnOnce() -> T) -> T {
        let path = {
            let inner = self.inner.borrow();
            if inner.scope.is_empty() { name.to_string() } else { format!("{}.{name}", inner.scope) }
        };
        self.in_scope(&path, f)
    }

    /// Runs `f` in the scope with the full dotted `path` (whatever the
    /// current one), then restores the current scope.
    pub fn in_scope<T>(&self, path: &str, f: impl FnOnce() -> T) -> T {
        let saved = std::mem::replace(&mut self.inner.borrow_mut().scope, Rc::from(path));
        let out = f();
        self.inner.borrow_mut().scope = saved;
        out
    }

    /// The nodes of the function body built so far (not nested regions'),
    /// in creation order: the tape reverse-mode differentiation walks.
    pub(crate) fn body_nodes(&self) -> Vec<Node> {
        self.inner.borrow().regions[0].region.nodes.clone()
    }

    /// A handle to an existing value.
    pub(crate) fn value_of(&self, id: ValueId) -> Value {
        let ty = self.inner.borrow().values[id.0 as usize].ty.clone();
        Value { graph: self.clone(), id, ty }
    }

    /// Records that this function calls `callee` (emitted beside it).
    pub(crate) fn add_callee(&self, callee: &Rc<Func>) {
        let mut inner = self.inner.borrow_mut();
        if !inner.callees.iter().any(|c| Rc::ptr_eq(c, callee)) {
            inner.callees.push(callee.clone());
        }
    }

    /// Finishes the function with these results.
    pub fn finish(&self, results: &[Value]) -> Result<Func> {
        for r in results {
            self.check_visible("return", r)?;
        }
        let mut inner = self.inner.borrow_mut();
        if inner.open.len() != 1 {
            return Err(Error::Signature {
                func: inner.name.clone(),
                message: "finished inside a nested region".into(),
            });
        }
        inner.regions[0].region.results = results.iter().map(|v| v.id).collect();
        Ok(Func {
            name: inner.name.clone(),
            params: inner.params.clone(),
            body: RegionId(0),
            values: inner.values.iter().map(|v| v.ty.clone()).collect(),
            regions: inner.regions.iter().map(|r| r.region.clone()).collect(),
            callees: inner.callees.clone(),
        })
    }
}

impl Func {
    /// Donates each state parameter to the result of the same name, given
    /// the results' names in order (the convention of step and training
    /// programs: a state's next value is returned under its name).
    pub fn donate_state(mut self, result_names: &[String]) -> Result<Func> {
        for (i, name) in result_names.iter().enumerate() {
            if self.params.iter().any(|p| p.role == Role::State && &p.name == name) {
                self = self.donate(name, i)?;
            }
        }
        Ok(self)
    }

    /// Donates parameter `param`'s buffer to result `result`: the runtime
    /// then updates it in place (streaming state).
    pub fn donate(mut self, param: &str, result: usize) -> Result<Func> {
        let err = |message: String| Error::Signature { func: self.name.clone(), message };
        let results = self.result_types();
        let Some(index) = self.params.iter().position(|p| p.name == param) else {
            return Err(err(format!("no parameter `{param}` to donate")));
        };
        let Some(result_ty) = results.get(result) else {
            return Err(err(format!(
                "cannot donate `{param}` to result {result}: there are {} results",
                results.len()
            )));
        };
        if *result_ty != self.params[index].ty {
            return Err(err(format!(
                "cannot donate `{param}` ({}) to result {result} ({result_ty}): types differ",
                self.params[index].ty
            )));
        }
        if self.params.iter().any(|p| p.donated_to == Some(result)) {
            return Err(err(format!("result {result} already receives a donated parameter")));
        }
        self.params[index].donated_to = Some(result);
        Ok(self)
    }
}

fn check_count(count: usize, ty: &TensorType) -> Result<()> {
    if ty.shape.iter().any(|&d| d < 0) || count as u64 != ty.element_count() {
        return Err(Error::Data { op: "constant", message: format!("{count} elements given for {ty}") });
    }
    Ok(())
}

/// MLIR's suffix-id grammar for named SSA values.
fn valid_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || "_.$-".contains(c))
}
