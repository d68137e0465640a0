//! Time-synchronous RNN-T beam search with word-level shallow fusion.
//!
//! At each frame every hypothesis may end the frame (blank) or emit a
//! token and be expanded again, up to `max_symbols` tokens a frame (the
//! greedy decoder's cap); hypotheses that spell the same tokens are merged
//! (their probabilities add). A hypothesis is ranked by
//! `acoustic + lm_weight * words_lm + word_bonus * words`, where `words_lm`
//! sums, over the words it has finished, their bigram log probabilities,
//! and charges `outside_lexicon_log_prob` once for a word the moment its
//! spelling leaves every lexicon word.

use std::collections::HashMap;
use std::rc::Rc;

pub use hark_text::OUTSIDE_LEXICON_LOG_PROB;
use hark_text::{Lexicon, SENTENCE_END, SENTENCE_START};

use crate::{Error, HostJoint, Result};

/// The most hypotheses a search keeps: a beam of 1,000,000 never finished.
pub const MAX_BEAM: usize = 64;

/// The search's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SearchOptions {
    /// Hypotheses kept from frame to frame.
    pub beam: usize,
    /// Weight of the word model's log probabilities (0: acoustic only).
    pub lm_weight: f64,
    /// Added per finished word: offsets the word model's cost so that the
    /// search does not prefer dropping words.
    pub word_bonus: f64,
    /// Tokens one frame may emit.
    pub max_symbols: usize,
    /// The word model's log probability of a word outside the lexicon.
    pub outside_lexicon_log_prob: f64,
}

/// The emitted tokens, shared between hypotheses that branched from them.
struct TokenNode {
    class: u32,
    frame: usize,
    previous: Option<Rc<TokenNode>>,
}

#[derive(Clone)]
struct Hyp {
    tokens: Option<Rc<TokenNode>>,
    /// A hash of the class sequence: hypotheses spelling the same tokens merge.
    key: u64,
    /// Last tokens, most recent first (blank where there are none yet).
    ctx: Vec<u32>,
    acoustic: f64,
    lm: f64,
    words: usize,
    previous_word: String,
    /// The word being spelled.
    partial: String,
    /// Whether `partial` has been charged as outside the lexicon.
    partial_outside: bool,
}

/// One file's search in progress: its hypotheses, carried from window to
/// window, and the prediction network's outputs it has needed so far.
pub struct Decoding {
    hyps: Vec<Hyp>,
    predictions: HashMap<Vec<u32>, Vec<f32>>,
    log_probs: Vec<f32>,
}

/// Beam search with a model's decoder and the surface text of its classes.
#[derive(Clone)]
pub struct BeamSearch {
    joint: HostJoint,
    /// Per class: its text, with a leading space if it starts a word.
    pieces: Vec<String>,
    opts: SearchOptions,
    /// Scores words (`with_word_model`).
    words: Option<Lexicon>,
}

impl BeamSearch {
    /// `pieces[c]` is class c's text (empty for blank, 0), with a leading
    /// space where it starts a word.
    pub fn new(joint: HostJoint, pieces: Vec<String>, opts: SearchOptions) -> Result<BeamSearch> {
        if pieces.len() != joint.vocab() {
            return Err(Error::Options(format!("{} pieces for {} classes", pieces.len(), joint.vocab())));
        }
        if !(1..=MAX_BEAM).contains(&opts.beam) || opts.max_symbols < 1 {
            return Err(Error::Options(format!("beam must be 1..={MAX_BEAM} and max_symbols positive: {opts:?}")));
        }
        if !(opts.lm_weight.is_finite()
            && opts.lm_weight >= 0.0
            && opts.word_bonus.is_finite()
            && opts.outside_lexicon_log_prob.is_finite()
            && opts.outside_lexicon_log_prob <= 0.0)
        {
            return Err(Error::Options(format!(
                "lm_weight must be finite and not negative, word_bonus finite, \
                 outside_lexicon_log_prob finite and not positive: {opts:?}"
            )));
        }
        Ok(BeamSearch { joint, pieces, opts, words: None })
    }

    /// Scores words with `lexicon`'s bigram model (weighted by
    /// `lm_weight`), which it must have.
    pub fn with_word_model(mut self, lexicon: Lexicon) -> Result<BeamSearch> {
        if !lexicon.has_bigrams() {
            return Err(Error::Options("the word model is the lexicon's bigrams, and this lexicon has none".into()));
        }
        self.words = Some(lexicon);
        Ok(self)
    }

    /// The word model, when it counts.
    fn word_model(&self) -> Option<&Lexicon> {
        self.words.as_ref().filter(|_| self.opts.lm_weight > 0.0)
    }

    pub fn joint(&self) -> &HostJoint {
        &self.joint
    }

    pub fn options(&self) -> SearchOptions {
        self.opts
    }

    /// A new file's search.
    pub fn start(&self) -> Decoding {
        let hyp = Hyp {
            tokens: None,
            key: 0,
            ctx: vec![0; self.joint.context()],
            acoustic: 0.0,
            lm: 0.0,
            words: 0,
            previous_word: SENTENCE_START.to_string(),
            partial: String::new(),
            partial_outside: false,
        };
        Decoding { hyps: vec![hyp], predictions: HashMap::new(), log_probs: Vec::new() }
    }

    fn score(&self, h: &Hyp) -> f64 {
        h.acoustic + self.opts.lm_weight * h.lm + self.opts.word_bonus * h.words as f64
    }

    /// Searches projected frames `[n, joint_dim]` (see
    /// [`HostJoint::project`]), the first of which is the file's frame
    /// `first_frame`.
    pub fn advance(&self, d: &mut Decoding, projected: &[f32], first_frame: usize) {
        let lexicon = self.word_model();
        let beam = self.opts.beam;
        for (i, enc) in projected.chunks_exact(self.joint.joint_dim()).enumerate() {
            let frame = first_frame + i;
            // Hypotheses that have ended this frame.
            let mut ended: Vec<Hyp> = Vec::new();
            let mut active = std::mem::take(&mut d.hyps);
            for _ in 0..self.opts.max_symbols {
                let mut grown: Vec<Hyp> = Vec::new();
                for h in &active {
                    if d.predictions.len() > 4096 {
                        d.predictions.clear(); // large vocabularies: bound the cache
                    }
                    if !d.predictions.contains_key(&h.ctx) {
                        d.predictions.insert(h.ctx.clone(), self.joint.predict(&h.ctx));
                    }
                    self.joint.log_probs(enc, &d.predictions[&h.ctx], &mut d.log_probs);
                    let lp = &d.log_probs;
                    let mut blank = h.clone();
                    blank.acoustic += lp[0] as f64;
                    merge(&mut ended, blank);
                    for class in top_classes(lp, beam) {
                        merge(&mut grown, self.extend(h, class, frame, lp[class as usize] as f64, lexicon));
                    }
                }
                self.prune(&mut grown);
                // An expansion must still end the frame with a blank: one
                // already worse than the beam's worst ended hypothesis cannot
                // make it into the beam.
                if ended.len() >= beam {
                    let mut scores: Vec<f64> = ended.iter().map(|h| self.score(h)).collect();
                    scores.sort_by(|a, b| b.total_cmp(a));
                    let floor = scores[beam - 1];
                    grown.retain(|h| self.score(h) > floor);
                }
                active = grown;
                if active.is_empty() {
                    break;
                }
            }
            // Out of symbols for this frame: the rest move on without a
            // blank, as greedy decoding does.
            for h in active {
                merge(&mut ended, h);
            }
            self.prune(&mut ended);
            d.hyps = ended;
        }
    }

    /// The best hypothesis's (class, frame) tokens, its last word and the
    /// sentence end scored.
    pub fn finish(&self, d: Decoding) -> Vec<(u32, usize)> {
        let lexicon = self.word_model();
        let best = d
            .hyps
            .into_iter()
            .map(|mut h| {
                self.close_word(&mut h, lexicon);
                if let Some(bigrams) = lexicon.and_then(Lexicon::bigrams) {
                    h.lm += bigrams.log_prob(&h.previous_word, SENTENCE_END);
                }
                h
            })
            .max_by(|a, b| self.score(a).total_cmp(&self.score(b)));
        let mut tokens = Vec::new();
        let mut node = best.and_then(|h| h.tokens);
        while let Some(n) = node {
            tokens.push((n.class, n.frame));
            node = n.previous.clone();
        }
        tokens.reverse();
        tokens
    }

    /// `h` with `class` emitted at `frame`.
    fn extend(&self, h: &Hyp, class: u32, frame: usize, log_prob: f64, lexicon: Option<&Lexicon>) -> Hyp {
        let mut n = h.clone();
        n.acoustic += log_prob;
        n.tokens = Some(Rc::new(TokenNode { class, frame, previous: h.tokens.clone() }));
        n.key = h.key.wrapping_mul(0x100000001b3).wrapping_add(class as u64 + 1);
        n.ctx.rotate_right(1);
        n.ctx[0] = class;
        let piece = &self.pieces[class as usize];
        match piece.strip_prefix(' ') {
            Some(rest) => {
                self.close_word(&mut n, lexicon);
                n.partial.push_str(rest);
            }
            None => n.partial.push_str(piece),
        }
        if let Some(lex) = lexicon {
            if !n.partial_outside && !lex.has_prefix(&n.partial) {
                n.partial_outside = true;
                n.lm += self.opts.outside_lexicon_log_prob;
            }
        }
        n
    }

    /// Scores the word being spelled, if any, and starts the next.
    fn close_word(&self, h: &mut Hyp, lexicon: Option<&Lexicon>) {
        if h.partial.is_empty() {
            return;
        }
        if let Some(lex) = lexicon {
            if lex.contains(&h.partial) {
                let bigrams = lex.bigrams().expect("the search scores words only with bigrams");
                h.lm += bigrams.log_prob(&h.previous_word, &h.partial);
            } else if !h.partial_outside {
                // A prefix of lexicon words that is not a word itself.
                h.lm += self.opts.outside_lexicon_log_prob;
            }
        }
        h.words += 1;
        h.previous_word = std::mem::take(&mut h.partial);
        h.partial_outside = false;
    }

    /// The best `beam` hypotheses, best first.
    fn prune(&self, hyps: &mut Vec<Hyp>) {
        hyps.sort_by(|a, b| self.score(b).total_cmp(&self.score(a)));
        hyps.truncate(self.opts.beam);
    }
}

/// Adds `h` to `hyps`, summing its probability into a hypothesis that
/// spells the same tokens (which keeps the better one's timings).
fn merge(hyps: &mut Vec<Hyp>, h: Hyp) {
    match hyps.iter_mut().find(|o| o.key == h.key && o.ctx == h.ctx && o.words == h.words) {
        Some(o) => {
            let (hi, lo) = if h.acoustic > o.acoustic { (h.acoustic, o.acoustic) } else { (o.acoustic, h.acoustic) };
            let sum = hi + (lo - hi).exp().ln_1p();
            if h.acoustic > o.acoustic {
                *o = h;
            }
            o.acoustic = sum;
        }
        None => hyps.push(h),
    }
}

/// The `k` most likely non-blank classes.
fn top_classes(log_probs: &[f32], k: usize) -> Vec<u32> {
    let mut classes: Vec<u32> = (1..log_probs.len() as u32).collect();
    classes.sort_by(|&a, &b| log_probs[b as usize].total_cmp(&log_probs[a as usize]));
    classes.truncate(k);
    classes
}

#[cfg(test)]
mod tests {
    use super::*;
    use hark_model::config::DecoderConfig;
    use hark_model::{HostTensor, Weights};
    use hark_text::Bigrams;

    /// A decoder whose output ignores the context: the log probabilities
    /// at a frame are `log_softmax(4 tanh(x))` of the frame's values `x`
    /// (one per class), so tests choose them directly.
    fn context_free(vocab: usize) -> HostJoint {
        let v = vocab as i64;
        let cfg = DecoderConfig { vocab_size: v, pred_dim: 1, context: 2, joint_dim: v, max_symbols_per_frame: 1 };
        let identity = |scale: f32| (0..v * v).map(|i| if i / v == i % v { scale } else { 0.0 }).collect::<Vec<_>>();
        let mut w = Weights::default();
        let mut add = |name: &str, shape: Vec<i64>, data: Vec<f32>| {
            w.tensors.insert(name.to_string(), HostTensor::new(shape, data));
        };
        add("decoder.prediction.embed0", vec![v, 1], vec![0.0; vocab]);
        add("decoder.prediction.embed1", vec![v, 1], vec![0.0; vocab]);
        add("decoder.joint.prediction.w", vec![2, v], vec![0.0; 2 * vocab]);
        add("decoder.joint.prediction.b", vec![v], vec![0.0; vocab]);
        add("decoder.joint.encoder.w", vec![v, v], identity(1.0));
        add("decoder.joint.encoder.b", vec![v], vec![0.0; vocab]);
        add("decoder.joint.out.w", vec![v, v], identity(4.0));
        add("decoder.joint.out.b", vec![v], vec![0.0; vocab]);
        HostJoint::from_weights(&w, &cfg, vocab).unwrap()
    }

    fn search(vocab: usize, pieces: &[&str], beam: usize, lm_weight: f64) -> BeamSearch {
        let opts = SearchOptions {
            beam,
            lm_weight,
            word_bonus: 0.0,
            max_symbols: 1,
            outside_lexicon_log_prob: OUTSIDE_LEXICON_LOG_PROB,
        };
        BeamSearch::new(context_free(vocab), pieces.iter().map(|p| p.to_string()).collect(), opts).unwrap()
    }

    fn run(s: &BeamSearch, frames: &[f32]) -> Vec<u32> {
        let mut d = s.start();
        let projected = s.joint().project(frames);
        // Two windows: the search carries its hypotheses across.
        let half = frames.len() / s.joint().d_model() / 2 * s.joint().joint_dim();
        s.advance(&mut d, &projected[..half], 0);
        s.advance(&mut d, &projected[half..], half / s.joint().joint_dim());
        s.finish(d).into_iter().map(|(c, _)| c).collect()
    }

    /// With a beam wider than every label sequence of 3 frames, the search
    /// returns the most probable sequence, its probability summed over
    /// alignments (brute force over every per-frame choice).
    #[test]
    fn a_wide_beam_finds_the_most_probable_sequence() {
        let vocab = 4;
        let s = search(vocab, &["", "a", "b", "c"], 64, 0.0);
        let mut seed = 7u64;
        let mut rand = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) as f32 / (1u64 << 31) as f32) * 2.0 - 1.0
        };
        let mut greedy_differs = 0;
        for _ in 0..40 {
            let frames: Vec<f32> = (0..3 * vocab).map(|_| rand()).collect();
            let projected = s.joint().project(&frames);
            let mut lp = Vec::new();
            let per_frame: Vec<Vec<f64>> = projected
                .chunks(vocab)
                .map(|x| {
                    s.joint().log_probs(x, &[0.0; 4], &mut lp);
                    lp.iter().map(|&v| v as f64).collect()
                })
                .collect();
            // Each frame emits one class (max_symbols 1) or blank.
            let mut totals: HashMap<Vec<u32>, f64> = HashMap::new();
            for choice in 0..vocab.pow(3) {
                let picks = [choice % vocab, choice / vocab % vocab, choice / vocab / vocab];
                let seq: Vec<u32> = picks.iter().filter(|&&c| c != 0).map(|&c| c as u32).collect();
                let p: f64 = picks.iter().enumerate().map(|(t, &c)| per_frame[t][c].exp()).product();
                *totals.entry(seq).or_default() += p;
            }
            let best = totals.iter().max_by(|a, b| a.1.total_cmp(b.1)).unwrap().0.clone();
            let greedy: Vec<u32> = s.joint().greedy(&projected, 1).into_iter().map(|(c, _)| c).collect();
            greedy_differs += (greedy != best) as usize;
            assert_eq!(run(&s, &frames), best, "frames {frames:?}");
        }
        // The cases include some where a path-by-path choice goes wrong.
        assert!(greedy_differs > 0);
    }

    /// Acoustically "cot" by a little; the word model knows only "cat".
    #[test]
    fn the_word_model_chooses_the_lexicon_spelling() {
        let pieces = ["", " c", "a", "o", "t"];
        // Frames: " c", then "o" slightly over "a", then "t", then blank.
        let frames = [
            -1.0, 1.0, -1.0, -1.0, -1.0, //
            -1.0, -1.0, 0.5, 0.6, -1.0, //
            -1.0, -1.0, -1.0, -1.0, 1.0, //
            1.0, -1.0, -1.0, -1.0, -1.0,
        ];
        let lexicon = Lexicon::from_counts([("cat".to_string(), 3)]).with_bigrams(Bigrams::from_counts([
            (("<s>".to_string(), "cat".to_string()), 3),
            (("cat".to_string(), "</s>".to_string()), 3),
        ]));
        let plain = search(5, &pieces, 4, 0.0);
        assert_eq!(run(&plain, &frames), vec![1, 3, 4], "no word model: cot");
        let weightless = search(5, &pieces, 4, 0.0).with_word_model(lexicon.clone()).unwrap();
        assert_eq!(run(&weightless, &frames), vec![1, 3, 4], "lm_weight 0: cot");
        let fused = search(5, &pieces, 4, 0.5).with_word_model(lexicon).unwrap();
        assert_eq!(run(&fused, &frames), vec![1, 2, 4], "with the word model: cat");
        // A lexicon without bigrams is no word model.
        let words_only = Lexicon::from_counts([("cat".to_string(), 3)]);
        assert!(search(5, &pieces, 4, 0.5).with_word_model(words_only).is_err());
    }

    #[test]
    fn bad_options_are_refused() {
        let joint = context_free(3);
        let pieces: Vec<String> = ["", "a", "b"].iter().map(|p| p.to_string()).collect();
        let ok = SearchOptions {
            beam: 4,
            lm_weight: 0.5,
            word_bonus: 1.0,
            max_symbols: 2,
            outside_lexicon_log_prob: OUTSIDE_LEXICON_LOG_PROB,
        };
        assert!(BeamSearch::new(joint.clone(), pieces.clone(), ok).is_ok());
        assert!(BeamSearch::new(joint.clone(), pieces[..2].to_vec(), ok).is_err());
        for bad in [
            SearchOptions { beam: 0, ..ok },
            SearchOptions { max_symbols: 0, ..ok },
            SearchOptions { lm_weight: -1.0, ..ok },
            SearchOptions { word_bonus: f64::NAN, ..ok },
            SearchOptions { outside_lexicon_log_prob: 1.0, ..ok },
        ] {
            assert!(BeamSearch::new(joint.clone(), pieces.clone(), bad).is_err(), "{bad:?}");
        }
    }
}
