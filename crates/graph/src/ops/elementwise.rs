//! Elementwise ops, with numpy-style broadcasting of binary operands.

use crate::error::{Error, Result};
use crate::ir::{BinaryOp, Comparison, Op, UnaryOp};
use crate::{DType, TensorType, Value};

/// The shape two operands broadcast to (numpy rules: align trailing
/// dimensions; each pair equal, or one of them 1).
pub fn broadcast_shapes(op: &'static str, a: &[i64], b: &[i64]) -> Result<Vec<i64>> {
    let rank = a.len().max(b.len());
    let mut out = vec![0; rank];
    for i in 0..rank {
        let da = if i < rank - a.len() { 1 } else { a[i - (rank - a.len())] };
        let db = if i < rank - b.len() { 1 } else { b[i - (rank - b.len())] };
        out[i] = match (da, db) {
            (x, y) if x == y => x,
            (1, y) => y,
            (x, 1) => x,
            _ => {
                return Err(Error::Shape {
                    op,
                    message: format!("shapes {a:?} and {b:?} do not broadcast (dimension {i}: {da} vs {db})"),
                });
            }
        };
    }
    Ok(out)
}

impl Value {
    fn unary(&self, op: UnaryOp) -> Result<Value> {
        let name = op.mlir();
        let dt = self.dtype();
        let ok = match op {
            UnaryOp::Not => dt == DType::Bool || dt.is_int(),
            UnaryOp::Neg | UnaryOp::Abs => dt.is_float() || dt.is_signed_int(),
            UnaryOp::Sign => dt.is_float() || dt.is_signed_int(),
            _ => dt.is_float(),
        };
        if !ok {
            return Err(Error::DType { op: name, message: format!("not defined for {}", self.ty()) });
        }
        Ok(self.graph.push(name, Op::Unary(op), &[self], vec![self.ty().clone()], vec![])?.remove(0))
    }

    pub fn neg(&self) -> Result<Value> {
        self.unary(UnaryOp::Neg)
    }
    pub fn abs(&self) -> Result<Value> {
        self.unary(UnaryOp::Abs)
    }
    pub fn sign(&self) -> Result<Value> {
        self.unary(UnaryOp::Sign)
    }
    pub fn exp(&self) -> Result<Value> {
        self.unary(UnaryOp::Exp)
    }
    pub fn expm1(&self) -> Result<Value> {
        self.unary(UnaryOp::Expm1)
    }
    /// Natural log. IEEE semantics: `log(0) = -inf`, `log(x < 0) = NaN`.
    pub fn log(&self) -> Result<Value> {
        self.unary(UnaryOp::Log)
    }
    pub fn log1p(&self) -> Result<Value> {
        self.unary(UnaryOp::Log1p)
    }
    pub fn tanh(&self) -> Result<Value> {
        self.unary(UnaryOp::Tanh)
    }
    /// The logistic sigmoid `1 / (1 + exp(-x))`.
    pub fn logistic(&self) -> Result<Value> {
        self.unary(UnaryOp::Logistic)
    }
    /// Square root. IEEE semantics: `sqrt(x < 0) = NaN`, `sqrt(-0) = -0`.
    pub fn sqrt(&self) -> Result<Value> {
        self.unary(UnaryOp::Sqrt)
    }
    /// `1 / sqrt(x)`: `rsqrt(0) = inf`, `rsqrt(x < 0) = NaN`.
    pub fn rsqrt(&self) -> Result<Value> {
        self.unary(UnaryOp::Rsqrt)
    }
    pub fn sin(&self) -> Result<Value> {
        self.unary(UnaryOp::Sin)
    }
    pub fn cos(&self) -> Result<Value> {
        self.unary(UnaryOp::Cos)
    }
    pub fn floor(&self) -> Result<Value> {
        self.unary(UnaryOp::Floor)
    }
    pub fn ceil(&self) -> Result<Value> {
        self.unary(UnaryOp::Ceil)
    }
    pub fn round(&self) -> Result<Value> {
        self.unary(UnaryOp::RoundNearestEven)
    }
    /// Logical not for `i1`, bitwise not for integers.
    pub fn not(&self) -> Result<Value> {
        self.unary(UnaryOp::Not)
    }

    /// Broadcasts `self` to `shape` by numpy rules (see [`broadcast_shapes`]).
    pub fn broadcast_to(&self, shape: &[i64]) -> Result<Value> {
        if self.shape() == shape {
            return Ok(self.clone());
        }
        let out = broadcast_shapes("broadcast_to", self.shape(), shape)?;
        if out != shape {
            return Err(Error::Shape {
                op: "broadcast_to",
                message: format!("{} cannot be broadcast to {shape:?}", self.ty()),
            });
        }
        let offset = shape.len() - self.rank();
        let dims: Vec<usize> = (0..self.rank()).map(|i| i + offset).collect();
        self.broadcast_in_dim(shape, &dims)
    }

    /// `stablehlo.broadcast_in_dim`: operand dimension i becomes result
    /// dimension `dims[i]` (sizes equal, or the operand's is 1).
    pub fn broadcast_in_dim(&self, shape: &[i64], dims: &[usize]) -> Result<Value> {
        const OP: &str = "stablehlo.broadcast_in_dim";
        if dims.len() != self.rank() {
            return Err(Error::Axis { op: OP, message: format!("{} dims given for {}", dims.len(), self.ty()) });
        }
        for (i, &d) in dims.iter().enumerate() {
            if d >= shape.len() {
                return Err(Error::Axis {
                    op: OP,
                    message: format!("dimension {d} out of range for result {shape:?}"),
                });
            }
            if i > 0 && dims[i - 1] >= d {
                return Err(Error::Axis { op: OP, message: format!("dims {dims:?} must be strictly increasing") });
            }
        }
        for (i, &d) in dims.iter().enumerate() {
            let size = self.shape()[i];
            if size != 1 && size != shape[d] {
                return Err(Error::Shape {
                    op: OP,
                    message: format!("operand dimension {i} ({size}) cannot fill result dimension {d} ({})", shape[d]),
                });
            }
        }
        let ty = self.ty().with_shape(shape);
        Ok(self.graph.push(OP, Op::BroadcastInDim { dims: dims.to_vec() }, &[self], vec![ty], vec![])?.remove(0))
    }

    /// Broadcasts both operands to their common shape; dtypes must match.
    fn broadcast_pair(&self, other: &Value, op: &'static str) -> Result<(Value, Value)> {
        if self.dtype() != other.dtype() {
            return Err(Error::DType {
                op,
                message: format!("operand types differ: {} and {} (convert one first)", self.ty(), other.ty()),
            });
        }
        let shape = broadcast_shapes(op, self.shape(), other.shape())?;
        Ok((self.broadcast_to(&shape)?, other.broadcast_to(&shape)?))
    }

    pub(crate) fn binary(&self, other: &Value, op: BinaryOp) -> Result<Value> {
        let name = op.mlir();
        let dt = self.dtype();
        let ok = match op {
            BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => dt == DType::Bool || dt.is_int(),
            BinaryOp::ShiftRightLogical => dt.is_int(),
            BinaryOp::Pow | BinaryOp::Atan2 => dt.is_float(),
            _ => dt != DType::Bool,
        };
        if !ok {
            return Err(Error::DType { op: name, message: format!("not defined for {}", self.ty()) });
        }
        let (a, b) = self.broadcast_pair(other, name)?;
        let ty = a.ty().clone();
        Ok(self.graph.push(name, Op::Binary(op), &[&a, &b], vec![ty], vec![])?.remove(0))
    }

    pub fn add(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Add)
    }
    pub fn sub(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Sub)
    }
    pub fn mul(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Mul)
    }
    /// Division. Floats follow IEEE (`x / 0 = ±inf`); integer division by
    /// zero gives -1 (all ones) as XLA defines it.
    pub fn div(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Div)
    }
    pub fn rem(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Rem)
    }
    /// Elementwise maximum (NaN-propagating for floats).
    pub fn maximum(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Max)
    }
    pub fn minimum(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Min)
    }
    /// `self ^ other` for floats (`pow(x < 0, non-integer) = NaN`).
    pub fn pow(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Pow)
    }
    pub fn atan2(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Atan2)
    }
    pub fn and(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::And)
    }
    pub fn or(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Or)
    }
    pub fn xor(&self, other: &Value) -> Result<Value> {
        self.binary(other, BinaryOp::Xor)
    }

    /// A scalar constant of this value's dtype.
    pub fn scalar_like(&self, value: f64) -> Result<Value> {
        self.graph.scalar(value, self.dtype())
    }

    pub fn add_scalar(&self, value: f64) -> Result<Value> {
        self.add(&self.scalar_like(value)?)
    }
    pub fn mul_scalar(&self, value: f64) -> Result<Value> {
        self.mul(&self.scalar_like(value)?)
    }
    pub fn square(&self) -> Result<Value> {
        self.mul(self)
    }

    /// Elementwise comparison; the result is `i1` of the broadcast shape.
    pub fn compare(&self, other: &Value, direction: Comparison) -> Result<Value> {
        const OP: &str = "stablehlo.compare";
        let (a, b) = self.broadcast_pair(other, OP)?;
        let ty = a.ty().with_dtype(DType::Bool);
        Ok(self.graph.push(OP, Op::Compare(direction), &[&a, &b], vec![ty], vec![])?.remove(0))
    }
    pub fn eq(&self, other: &Value) -> Result<Value> {
        self.compare(other, Comparison::Eq)
    }
    pub fn ne(&self, other: &Value) -> Result<Value> {
        self.compare(other, Comparison::Ne)
    }
    pub fn lt(&self, other: &Value) -> Result<Value> {
        self.compare(other, Comparison::Lt)
    }
    pub fn le(&self, other: &Value) -> Result<Value> {
        self.compare(other, Comparison::Le)
    }
    pub fn gt(&self, other: &Value) -> Result<Value> {
        self.compare(other, Comparison::Gt)
    }
    pub fn ge(&self, other: &Value) -> Result<Value> {
        self.compare(other, Comparison::Ge)
    }

    /// `self ? on_true : on_false`, elementwise; `self` is `i1`. All three
    /// broadcast to a common shape.
    pub fn select(&self, on_true: &Value, on_false: &Value) -> Result<Value> {
        const OP: &str = "stablehlo.select";
        if self.dtype() != DType::Bool {
            return Err(Error::DType { op: OP, message: format!("predicate must be i1, got {}", self.ty()) });
        }
        let (t, f) = on_true.broadcast_pair(on_false, OP)?;
        let shape = broadcast_shapes(OP, self.shape(), t.shape())?;
        let (p, t, f) = (self.broadcast_to(&shape)?, t.broadcast_to(&shape)?, f.broadcast_to(&shape)?);
        let ty = t.ty().clone();
        Ok(self.graph.push(OP, Op::Select, &[&p, &t, &f], vec![ty], vec![])?.remove(0))
    }

    /// Clamps to `[min, max]` (scalars or this value's shape).
    pub fn clamp(&self, min: &Value, max: &Value) -> Result<Value> {
        const OP: &str = "stablehlo.clamp";
        for bound in [min, max] {
            if bound.dtype() != self.dtype() {
                return Err(Error::DType {
                    op: OP,
                    message: format!("bound {} differs from operand {}", bound.ty(), self.ty()),
                });
            }
            if bound.rank() != 0 && bound.shape() != self.shape() {
                return Err(Error::Shape {
                    op: OP,
                    message: format!("bound {} must be a scalar or {}", bound.ty(), self.ty()),
                });
            }
        }
        let ty = self.ty().clone();
        Ok(self.graph.push(OP, Op::Clamp, &[min, self, max], vec![ty], vec![])?.remove(0))
    }

    /// Converts the element type (float to int truncates towards zero; to
    /// `i1` means `!= 0`).
    pub fn convert(&self, dtype: DType) -> Result<Value> {
        if dtype == self.dtype() {
            return Ok(self.clone());
        }
        let ty = self.ty().with_dtype(dtype);
        Ok(self.graph.push("stablehlo.convert", Op::Convert, &[self], vec![ty], vec![])?.remove(0))
    }

    /// The same value, through which reverse-mode differentiation passes no
    /// gradient (for straight-through estimators).
    pub fn stop_gradient(&self) -> Result<Value> {
        let ty = self.ty().clone();
        Ok(self.graph.push("stop_gradient", Op::StopGradient, &[self], vec![ty], vec![])?.remove(0))
    }

    /// Reinterprets the bits as another dtype of the same width.
    pub fn bitcast(&self, dtype: DType) -> Result<Value> {
        const OP: &str = "stablehlo.bitcast_convert";
        if dtype.size_in_bytes() != self.dtype().size_in_bytes() {
            return Err(Error::DType { op: OP, message: format!("{} and {dtype} differ in width", self.ty()) });
        }
        let ty: TensorType = self.ty().with_dtype(dtype);
        Ok(self.graph.push(OP, Op::BitcastConvert, &[self], vec![ty], vec![])?.remove(0))
    }
}
