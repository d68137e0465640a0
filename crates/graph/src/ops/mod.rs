//! The ops, as methods on [`crate::Value`] and [`crate::Graph`].

mod control;
mod elementwise;
mod indexing;
mod linalg;
mod reduce;
mod shape;

pub use elementwise::broadcast_shapes;
