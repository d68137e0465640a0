//! Beam search over the cascade's second pass, on the host.
//!
//! The device decodes greedily: one best token at a time, with no way to
//! take back a letter once a word turns out wrong. This crate searches the
//! second pass's frames with a beam instead, and scores each word as it is
//! spelled out against the lexicon's bigram model (shallow fusion): a word
//! that leaves the lexicon is charged at its first letter outside it, a
//! finished word its bigram log probability. The decoder (a stateless
//! prediction network over the last two tokens and a joint network of
//! about 100k weights) runs on the host: the device hands over the frames,
//! a few KB per window.
//!
//! [`HostJoint`] is the decoder's host copy; [`BeamSearch`] the search,
//! which carries a file's hypotheses from window to window in a
//! [`Decoding`].

mod beam;
mod joint;

pub use beam::{BeamSearch, Decoding, MAX_BEAM, OUTSIDE_LEXICON_LOG_PROB, SearchOptions};
pub use joint::HostJoint;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("decoder weights: {0}")]
    Weights(String),
    #[error("search options: {0}")]
    Options(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
