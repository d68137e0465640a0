#!/usr/bin/env python3
"""Writes a model's lexicon (`lexicon.tsv`: WORD<TAB>COUNT, most frequent
first) from the transcripts of training manifests, for `hark transcribe`'s
lexicon correction, and with --bigrams its word pairs (`bigrams.tsv`:
PREVIOUS<TAB>WORD<TAB>COUNT, sentences between <s> and </s>), which let it
correct in context. Only training text: the dev and test sets stay unseen.
--exclude guards that: a sentence of a training manifest that is also in a
held-out manifest given there is left out of the counts (and reported).

    python3 scripts/make_lexicon.py --bigrams weights/bigrams.tsv /work/corpus/train.jsonl /work/corpus-v2/train.jsonl > weights/lexicon.tsv

General English (--general N): adds the N most frequent words of a general
English list, and, with --bigrams, the pairs of symspellpy's Google Books
bigram list whose two words are both in the final lexicon (training words
and the N). The lists come inside PyPI packages, not from any of this
project's sets (training, dev or test):

    pip install symspellpy==6.10.1 wordfreq==3.1.1
    python3 scripts/make_lexicon.py --general 50000 --general-weight 1 \\
        --exclude /work/data/corpus/dev.jsonl --exclude /work/data/corpus/test.jsonl \\
        --bigrams DIR/bigrams.tsv /work/data/corpus/train.jsonl > DIR/lexicon.tsv

- --general-source symspellpy (the default): 82,834 words (Google Books
  Ngram counts of the words also in SCOWL: real English words) and 242,342
  word pairs (Google Books). symspellpy 6.10.1; code MIT, lists from
  Google Books Ngrams (CC BY 3.0) and SCOWL.
- --general-source wordfreq: the words of wordfreq's English `large` list
  (about 320,000, from Wikipedia, subtitles, news, books, web text, Twitter
  and Reddit: more spoken forms and contractions, more names and noise);
  the pairs are still symspellpy's. wordfreq 3.1.1; code Apache-2.0, data
  CC BY-SA 4.0.

Both versions are pinned (scripts/general_words.py PINNED): another
installed version is refused, naming both. Entries are put in transcript
form as make_corpus.normalize() does (lowercase; "mr" -> "mister", "mrs" ->
"missus", "dr" -> "doctor"); those with digits or other characters than
a-z and apostrophes, a leading apostrophe ("'s") or one letter other than
a or i are dropped; duplicates merge.

Scale (--general-weight K, default 1): the general words' counts are
scaled to sum to K times the training text's word total, and the general
pairs' to K times its pair total (<s> and </s> pairs included), then added
to the training counts. Counts stay positive integers: each general count
is max(1, round(count x f)), f solved for so that the sum is K x the total
(to 0.1%) with the ones the floor adds included. With more general entries
than K x the total (a small training text: 242,342 pairs), the floor wins:
the sum exceeds it, and the weight reached is printed (stderr). K
is the weight of general English against the training text in the bigram
model's seen-pair term (Kneser-Ney's discounted counts, per previous word);
its continuation counts (how many distinct words a word follows) count
pairs, not their counts, so the general pairs shape them whatever K is.
The lexicon's word counts only order words and break ties between equally
near corrections.

Deterministic: the same inputs and package versions give the same bytes.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def read_sentences(path):
    """The word lists of a manifest's transcripts."""
    with open(path) as f:
        for n, line in enumerate(f, 1):
            try:
                yield json.loads(line)["text"].split()
            except (ValueError, KeyError, AttributeError) as e:
                sys.exit(f"{path}, line {n}: {e}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("manifests", nargs="+", help="training manifests (JSONL with a text field)")
    ap.add_argument("--bigrams", help="also write the word pairs to this file")
    ap.add_argument("--exclude", action="append", default=[], metavar="MANIFEST",
                    help="held-out manifest (repeatable): its sentences are left out of the training counts")
    ap.add_argument("--general", type=int, default=0, metavar="N",
                    help="add the N most frequent general English words (and, with --bigrams, their pairs)")
    ap.add_argument("--general-source", default="symspellpy", choices=["symspellpy", "wordfreq"],
                    help="the general word list (default symspellpy; pairs are symspellpy's either way)")
    ap.add_argument("--general-weight", type=float, default=1.0, metavar="K",
                    help="general counts sum to K times the training text's (default 1)")
    args = ap.parse_args()
    if args.general < 0 or not args.general_weight > 0 or args.general_weight == float("inf"):
        sys.exit("make_lexicon.py: --general must be 0 or more and --general-weight positive and finite")

    held_out = set()
    for path in args.exclude:
        held_out.update(" ".join(words) for words in read_sentences(path))
    counts = collections.Counter()
    pairs = collections.Counter()
    excluded = 0
    for path in args.manifests:
        for words in read_sentences(path):
            if held_out and " ".join(words) in held_out:
                excluded += 1
                continue
            counts.update(words)
            bounded = ["<s>"] + words + ["</s>"]
            pairs.update(zip(bounded, bounded[1:]))
    if args.exclude:
        print(f"make_lexicon.py: {excluded} training sentences left out: they are in --exclude's manifests",
              file=sys.stderr)

    if args.general:
        import general_words as gw

        word_total, pair_total = sum(counts.values()), sum(pairs.values())
        if not word_total:
            sys.exit("make_lexicon.py: --general scales to the training text, and it has no words")
        try:
            general = gw.general_words(args.general_source, args.general)
            words = gw.scaled(general, args.general_weight * word_total)
            known = set(counts) | set(words)
            general_pairs = gw.general_pairs(known) if args.bigrams else {}
        except gw.GeneralError as e:
            sys.exit(f"make_lexicon.py: {e}")
        pair_counts = gw.scaled(general_pairs, args.general_weight * pair_total)
        new = sum(1 for w in words if w not in counts)
        new_pairs = sum(1 for p in pair_counts if p not in pairs)
        counts.update(words)
        pairs.update(pair_counts)
        # The weights the counts came to: above K where there are more
        # general entries than K x the training total (one each at least).
        print(f"make_lexicon.py: general ({args.general_source}, weight {args.general_weight:g}): "
              f"{len(words)} words, {new} new, {sum(words.values()) / word_total:.3g}x the training words; "
              f"{len(pair_counts)} pairs, {new_pairs} new, "
              f"{sum(pair_counts.values()) / max(1, pair_total):.3g}x the training pairs; "
              f"{len(counts)} words and {len(pairs)} pairs in all", file=sys.stderr)

    for word, count in sorted(counts.items(), key=lambda wc: (-wc[1], wc[0])):
        sys.stdout.write(f"{word}\t{count}\n")
    if args.bigrams:
        with open(args.bigrams, "w") as f:
            for (prev, word), count in sorted(pairs.items(), key=lambda pc: (-pc[1], pc[0])):
                f.write(f"{prev}\t{word}\t{count}\n")


if __name__ == "__main__":
    main()
