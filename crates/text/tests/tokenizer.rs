//! Training, saving, loading, encoding and decoding the tokenizer.

use hark_text::{BLANK, SAMPLE_TEXT, Tokenizer, normalize};

#[test]
fn normalization_keeps_letters_digits_and_apostrophes() {
    assert_eq!(normalize("  Hello, World!  It's 2026. "), "hello world it's 2026");
    assert_eq!(normalize("ÉCOLE--déjà vu"), "école déjà vu");
    assert_eq!(normalize("?!"), "");
    assert_eq!(normalize("Mr. and Mrs. Dashwood"), "mister and missus dashwood");
}

#[test]
fn a_trained_tokenizer_round_trips_text_through_model_classes() {
    let tok = Tokenizer::train(SAMPLE_TEXT.lines(), 256).unwrap();
    assert_eq!(tok.len(), 256);
    tok.check_classes(257).unwrap();
    let e = tok.check_classes(300).unwrap_err().to_string();
    assert!(e.contains("256 tokens") && e.contains("300 classes"), "{e}");

    let text = "the river ran past the mill";
    let classes = tok.encode(text).unwrap();
    assert!(classes.iter().all(|&c| c != BLANK && (c as usize) <= tok.len()), "classes are shifted past blank");
    assert!(classes.len() < text.len(), "subwords, not characters: {classes:?}");
    assert_eq!(tok.decode(&classes).unwrap(), text);
    // Blanks interleaved (as the decoder's output has them) are ignored.
    let mut with_blanks = vec![BLANK];
    for c in &classes {
        with_blanks.extend([*c, BLANK]);
    }
    assert_eq!(tok.decode(&with_blanks).unwrap(), text);
    let joined: String = classes.iter().map(|&c| tok.piece(c)).collect();
    assert_eq!(joined.trim(), text);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokenizer.json");
    tok.save(&path).unwrap();
    let back = Tokenizer::load(&path).unwrap();
    assert_eq!(back.encode(text).unwrap(), classes);
}

#[test]
fn too_little_text_and_bad_files_are_errors() {
    let e = Tokenizer::train(["tiny text"].into_iter(), 256).err().unwrap().to_string();
    assert!(e.contains("fewer than the 256"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tokenizer.json");
    std::fs::write(&path, "{not json").unwrap();
    let e = Tokenizer::load(&path).err().unwrap().to_string();
    assert!(e.contains("tokenizer.json"), "{e}");
}

#[test]
fn word_error_rate_counts_edits_against_reference_words() {
    use hark_text::{TranscriptErrors, edit_distance};
    assert_eq!(edit_distance(&[1, 2, 3], &[1, 3]), 1);
    assert_eq!(edit_distance::<i32>(&[], &[4, 5]), 2);
    assert_eq!(edit_distance(&["a", "b"], &["b", "a"]), 2);
    let mut w = TranscriptErrors::default();
    w.add("The cat sat.", "the cat sat");
    w.add("on the mat", "on a mat today");
    // "on the mat" -> "on a mat today": t->a, h and e deleted, " today" inserted.
    assert_eq!(w, TranscriptErrors { word_edits: 2, words: 6, char_edits: 9, chars: 21 });
    assert!((w.wer() - 1.0 / 3.0).abs() < 1e-12);
    assert!((w.cer() - 9.0 / 21.0).abs() < 1e-12);
    assert_eq!(TranscriptErrors::default().cer(), 0.0, "no reference: no rate");
}
