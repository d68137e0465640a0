//! The shipped default model (weights/) transcribes held-out speech, run as
//! a user would: `hark transcribe FILES` with no `--model`.
//!
//! The recordings in tests/fixtures/held_out/ are clean sentences that are
//! not in the training text, spoken by voices kept out of training (see
//! tests/fixtures/held_out/README.md for how they were made and chosen).

use std::path::Path;
use std::process::Command;

use hark_text::TranscriptErrors;

/// Character edits over the reference's length (`hark eval`'s CER).
fn char_error_rate(reference: &str, hypothesis: &str) -> f64 {
    let mut errors = TranscriptErrors::default();
    errors.add(reference, hypothesis);
    errors.cer()
}

/// (file, what was said, the largest character error rate accepted: 0 for
/// an exact transcript)
fn fixtures() -> Vec<(String, String, f64)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/held_out");
    let list = std::fs::read_to_string(dir.join("transcripts.tsv")).expect("tests/fixtures/held_out/transcripts.tsv");
    list.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').collect();
            let [file, text, max_cer] = fields[..] else { panic!("file<TAB>text<TAB>max CER: {l}") };
            (dir.join(file).display().to_string(), text.to_string(), max_cer.parse().expect("max CER"))
        })
        .collect()
}

#[test]
fn the_default_model_transcribes_held_out_recordings() {
    let fixtures = fixtures();
    assert!(!fixtures.is_empty());
    let files: Vec<&str> = fixtures.iter().map(|(f, _, _)| f.as_str()).collect();
    let out = Command::new(env!("CARGO_BIN_EXE_hark"))
        .arg("transcribe")
        .args(&files)
        .env_remove("HARK_MODEL")
        .env_remove("HARK_PLUGIN")
        .output()
        .expect("running hark");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // One `file<TAB>text` line per file, in the order they finish.
    let stdout = String::from_utf8_lossy(&out.stdout);
    for (file, want, max_cer) in &fixtures {
        let got = stdout
            .lines()
            .find_map(|l| l.strip_prefix(file.as_str()).and_then(|rest| rest.strip_prefix('\t')))
            .unwrap_or_else(|| panic!("no transcript for {file} in:\n{stdout}\n{stderr}"));
        let cer = char_error_rate(want, got);
        eprintln!("{file}: {got:?} (CER {:.1}%)", 100.0 * cer);
        if *max_cer == 0.0 {
            assert_eq!(got, want, "{file}");
        } else {
            assert!(cer <= *max_cer, "{file}: {got:?} for {want:?}, CER {cer:.3} > {max_cer}");
        }
    }
}

/// The shipped lexicon (weights/lexicon.tsv) puts words the model misspelled
/// right: every corrected word is a lexicon word, the words are where the
/// model put them, `raw_text` keeps the model's spelling, and
/// `--no-lexicon` gives that spelling. Greedy decoding (`--beam 1`): the
/// default beam search scores words with the lexicon's bigrams as it
/// spells them, which leaves the correction little to do.
#[test]
fn the_lexicon_corrects_misspelled_words_and_can_be_turned_off() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../weights");
    let lexicon = hark_text::Lexicon::load(&dir.join("lexicon.tsv"))
        .expect("weights/lexicon.tsv")
        .with_bigrams(hark_text::Bigrams::load(&dir.join("bigrams.tsv")).expect("weights/bigrams.tsv"));
    let files: Vec<String> = fixtures().into_iter().map(|(f, _, _)| f).collect();
    let run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_hark"))
            .args(["transcribe", "--format", "jsonl", "--quiet"])
            .args(extra)
            .args(&files)
            .env_remove("HARK_MODEL")
            .env_remove("HARK_PLUGIN")
            .output()
            .expect("running hark");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let rows: Vec<serde_json::Value> =
            String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(rows.len(), files.len());
        rows.into_iter()
            .map(|r| (r["file"].as_str().unwrap().to_string(), r))
            .collect::<std::collections::HashMap<_, _>>()
    };
    let corrected = run(&["--beam", "1"]);
    let plain = run(&["--beam", "1", "--no-lexicon"]);
    let mut changed = 0;
    for (file, row) in &corrected {
        let (text, raw) = (row["text"].as_str().unwrap(), row["raw_text"].as_str().expect("raw_text with a lexicon"));
        assert_eq!(raw, plain[file]["text"].as_str().unwrap(), "{file}: raw_text is the uncorrected transcript");
        assert!(plain[file].get("raw_text").is_none(), "{file}: no raw_text without a lexicon");
        // The shipped lexicon and bigrams, applied in context.
        assert_eq!(text, lexicon.correct(raw), "{file}");
        let raw_words: Vec<&str> = raw.split_whitespace().collect();
        for w in text.split_whitespace().filter(|w| !raw_words.contains(w)) {
            assert!(lexicon.contains(w), "{file}: {w:?} in {text:?} (from {raw:?}) is not a lexicon word");
            changed += 1;
        }
    }
    assert!(changed > 0, "the model spells every fixture word right: this test needs a misspelling to check");
}
