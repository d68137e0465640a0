//! Control flow (`while`, `if`, `case`), calls, sorting and random bits.

use std::rc::Rc;

use crate::error::{Error, Result};
use crate::ir::{Func, Op};
use crate::{DType, Graph, TensorType, Value};

fn types(values: &[Value]) -> Vec<TensorType> {
    values.iter().map(|v| v.ty().clone()).collect()
}

fn show(types: &[TensorType]) -> String {
    types.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
}

impl Graph {
    /// `stablehlo.while`: starting from `init`, runs `body` while `cond` is
    /// true; returns the final loop values. `cond` returns an `i1` scalar,
    /// `body` values of the same types as `init`. Both may read values of the
    /// enclosing graph. `trip_count`, if known, is used for cost accounting.
    pub fn while_loop(
        &self,
        init: &[Value],
        trip_count: Option<u64>,
        cond: impl FnOnce(&[Value]) -> Result<Value>,
        body: impl FnOnce(&[Value]) -> Result<Vec<Value>>,
    ) -> Result<Vec<Value>> {
        const OP: &str = "stablehlo.while";
        let carried = types(init);
        let (cond_region, cond_types) = self.region(OP, &carried, false, |args| Ok(vec![cond(args)?]))?;
        if cond_types != [TensorType::scalar(DType::Bool)] {
            return Err(Error::DType {
                op: OP,
                message: format!("condition must return tensor<i1>, returned {}", show(&cond_types)),
            });
        }
        let (body_region, body_types) = self.region(OP, &carried, false, body)?;
        if body_types != carried {
            return Err(Error::Shape {
                op: OP,
                message: format!("body returns ({}) but the loop carries ({})", show(&body_types), show(&carried)),
            });
        }
        let operands: Vec<&Value> = init.iter().collect();
        self.push(OP, Op::While { trip_count }, &operands, carried, vec![cond_region, body_region])
    }

    /// `stablehlo.if`: `on_true()` if `pred` (an `i1` scalar) else
    /// `on_false()`; both branches return values of the same types.
    pub fn cond(
        &self,
        pred: &Value,
        on_true: impl FnOnce() -> Result<Vec<Value>>,
        on_false: impl FnOnce() -> Result<Vec<Value>>,
    ) -> Result<Vec<Value>> {
        const OP: &str = "stablehlo.if";
        if *pred.ty() != TensorType::scalar(DType::Bool) {
            return Err(Error::DType { op: OP, message: format!("predicate must be tensor<i1>, got {}", pred.ty()) });
        }
        let (t, tt) = self.region(OP, &[], false, |_| on_true())?;
        let (f, ft) = self.region(OP, &[], false, |_| on_false())?;
        if tt != ft {
            return Err(Error::Shape {
                op: OP,
                message: format!("branches return ({}) and ({})", show(&tt), show(&ft)),
            });
        }
        self.push(OP, Op::If, &[pred], tt, vec![t, f])
    }

    /// `stablehlo.case`: runs branch `index` (an `i32` scalar; out of range
    /// runs the last branch).
    pub fn case(
        &self,
        index: &Value,
        branches: Vec<Box<dyn FnOnce() -> Result<Vec<Value>> + '_>>,
    ) -> Result<Vec<Value>> {
        const OP: &str = "stablehlo.case";
        if *index.ty() != TensorType::scalar(DType::I32) {
            return Err(Error::DType { op: OP, message: format!("index must be tensor<i32>, got {}", index.ty()) });
        }
        if branches.is_empty() {
            return Err(Error::Shape { op: OP, message: "needs at least one branch".into() });
        }
        let mut regions = Vec::new();
        let mut result_types: Option<Vec<TensorType>> = None;
        for (i, branch) in branches.into_iter().enumerate() {
            let (r, t) = self.region(OP, &[], false, |_| branch())?;
            if let Some(expected) = &result_types {
                if *expected != t {
                    return Err(Error::Shape {
                        op: OP,
                        message: format!("branch {i} returns ({}), branch 0 ({})", show(&t), show(expected)),
                    });
                }
            }
            result_types = Some(t);
            regions.push(r);
        }
        self.push(OP, Op::Case, &[index], result_types.unwrap_or_default(), regions)
    }

    /// Calls a finished function (emitted beside this one as a private
    /// function).
    pub fn call(&self, callee: &Rc<Func>, args: &[Value]) -> Result<Vec<Value>> {
        const OP: &str = "func.call";
        let expected: Vec<TensorType> = callee.params.iter().map(|p| p.ty.clone()).collect();
        if types(args) != expected {
            return Err(Error::Shape {
                op: OP,
                message: format!("`{}` takes ({}), given ({})", callee.name, show(&expected), show(&types(args))),
            });
        }
        if callee.name == self.name() {
            return Err(Error::Scope { op: OP, message: format!("`{}` cannot call itself", callee.name) });
        }
        self.add_callee(callee);
        let operands: Vec<&Value> = args.iter().collect();
        self.push(OP, Op::Call { callee: callee.name.clone() }, &operands, callee.result_types(), vec![])
    }

    /// Sorts `operands` (all of one shape) along `dim`, ordered by the first
    /// operand; the others follow the same permutation. Stable.
    pub fn sort(&self, operands: &[Value], dim: i64, descending: bool) -> Result<Vec<Value>> {
        const OP: &str = "stablehlo.sort";
        let Some(first) = operands.first() else {
            return Err(Error::Shape { op: OP, message: "nothing to sort".into() });
        };
        let d = first.axis(OP, dim)?;
        if let Some(bad) = operands.iter().find(|v| v.shape() != first.shape()) {
            return Err(Error::Shape { op: OP, message: format!("{} and {} differ in shape", first.ty(), bad.ty()) });
        }
        if first.dtype() == DType::Bool {
            return Err(Error::DType { op: OP, message: "sort key must be numeric".into() });
        }
        let refs: Vec<&Value> = operands.iter().collect();
        self.push(OP, Op::Sort { dim: d, descending }, &refs, types(operands), vec![])
    }

    /// Threefry random bits: from a `ui64[2]` key, a new key and `u32` bits
    /// of `shape`. Pure: the same key gives the same bits.
    pub fn random_bits(&self, key: &Value, shape: &[i64]) -> Result<(Value, Value)> {
        const OP: &str = "stablehlo.rng_bit_generator";
        if *key.ty() != TensorType::new(DType::U64, [2]) {
            return Err(Error::DType { op: OP, message: format!("key must be tensor<2xui64>, got {}", key.ty()) });
        }
        let out = self.push(
            OP,
            Op::RngBitGenerator,
            &[key],
            vec![key.ty().clone(), TensorType::new(DType::U32, shape)],
            vec![],
        )?;
        let mut it = out.into_iter();
        Ok((it.next().unwrap(), it.next().unwrap()))
    }

    /// Uniform f32 in `[0, 1)` from a key: the top 23 random bits become the
    /// mantissa of a float in `[1, 2)`, minus 1.
    pub fn random_uniform(&self, key: &Value, shape: &[i64]) -> Result<(Value, Value)> {
        let (key, bits) = self.random_bits(key, shape)?;
        let mantissa = bits.shift_right_logical(9)?;
        let one_bits = self.scalar(f32::to_bits(1.0) as f64, DType::U32)?;
        let float = mantissa.or(&one_bits)?.bitcast(DType::F32)?;
        Ok((key, float.add_scalar(-1.0)?))
    }
}

impl Value {
    /// Logical right shift of integers by a constant number of bits.
    pub fn shift_right_logical(&self, bits: u32) -> Result<Value> {
        self.binary(&self.scalar_like(bits as f64)?, crate::ir::BinaryOp::ShiftRightLogical)
    }

    /// The `k` largest entries along the last axis and their indices (`i32`),
    /// largest first.
    pub fn top_k(&self, k: i64) -> Result<(Value, Value)> {
        let last =
            self.rank().checked_sub(1).ok_or_else(|| Error::Shape { op: "top_k", message: "scalar input".into() })?;
        let n = self.shape()[last];
        if k < 1 || k > n {
            return Err(Error::Bounds { op: "top_k", message: format!("k = {k} for {n} entries") });
        }
        let iota = self.graph.iota(DType::I32, self.shape(), last)?;
        let sorted = self.graph.sort(&[self.clone(), iota], -1, true)?;
        Ok((sorted[0].slice_axis(-1, 0, k)?, sorted[1].slice_axis(-1, 0, k)?))
    }
}
