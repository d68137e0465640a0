//! Scoring transcripts against references: word and character error rates
//! of both passes of a set, as `hark eval` reports them and `hark train`
//! logs them on its dev set.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use hark_text::{Lexicon, TranscriptErrors};

use crate::error::Result;
use crate::output::Outcome;
use crate::scheduler::Transcriber;

/// An utterance with its reference transcript.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub audio: PathBuf,
    pub text: String,
}

/// Errors of the first and the final transcripts.
#[derive(Clone, Copy, Debug, Default)]
pub struct PassErrors {
    /// Of the first pass (of every pass for a model without a second).
    pub first: TranscriptErrors,
    pub last: TranscriptErrors,
}

/// A set's scores.
#[derive(Clone, Debug)]
pub struct SetScore {
    /// As the model spelled the words.
    pub raw: PassErrors,
    /// With `lexicon` correcting them, when one was given.
    pub lexicon: Option<PassErrors>,
    /// Seconds of audio transcribed and of wall time taken.
    pub audio: f64,
    pub wall: f64,
    /// Utterances that could not be transcribed (scored as empty).
    pub failed: usize,
    /// Gated models: executed fraction of the gated modules' FLOPs.
    pub compute: Option<f64>,
}

/// Transcribes `set` with `transcriber` and scores both passes, as decoded
/// and, given a lexicon, corrected by it.
pub fn score_set(transcriber: &Transcriber, lexicon: Option<&Lexicon>, set: &[Reference]) -> Result<SetScore> {
    let mut hyps: HashMap<String, (String, String)> = HashMap::new();
    let mut failed = 0;
    let start = Instant::now();
    let report = transcriber.run(
        set.iter().map(|u| u.audio.clone()),
        &mut |o| {
            match o {
                Outcome::Done(t) => {
                    hyps.insert(t.file.clone(), (t.first_pass_text.clone().unwrap_or_else(|| t.text.clone()), t.text));
                }
                Outcome::Failed { .. } => failed += 1,
            }
            Ok(())
        },
        &mut |_| {},
    )?;
    let wall = start.elapsed().as_secs_f64();
    let mut raw = PassErrors::default();
    let mut corrected = lexicon.map(|_| PassErrors::default());
    for u in set {
        let (f, l) = hyps.get(&u.audio.display().to_string()).cloned().unwrap_or_default();
        raw.first.add(&u.text, &f);
        raw.last.add(&u.text, &l);
        if let (Some(lex), Some(c)) = (lexicon, corrected.as_mut()) {
            c.first.add(&u.text, &lex.correct(&f));
            c.last.add(&u.text, &lex.correct(&l));
        }
    }
    Ok(SetScore {
        raw,
        lexicon: corrected,
        audio: report.audio_seconds,
        wall,
        failed,
        compute: report.compute_fraction(),
    })
}
