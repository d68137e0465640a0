//! Audio input (being written: see the crate's issue).
