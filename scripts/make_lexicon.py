#!/usr/bin/env python3
"""Writes a model's lexicon (`lexicon.tsv`: WORD<TAB>COUNT, most frequent
first) from the transcripts of training manifests, for `hark transcribe`'s
lexicon correction, and with --bigrams its word pairs (`bigrams.tsv`:
PREVIOUS<TAB>WORD<TAB>COUNT, sentences between <s> and </s>), which let it
correct in context. Only training text: the dev and test sets stay unseen.

    python3 scripts/make_lexicon.py --bigrams weights/bigrams.tsv /work/corpus/train.jsonl /work/corpus-v2/train.jsonl > weights/lexicon.tsv
"""
import argparse
import collections
import json
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("manifests", nargs="+", help="training manifests (JSONL with a text field)")
    ap.add_argument("--bigrams", help="also write the word pairs to this file")
    args = ap.parse_args()
    counts = collections.Counter()
    pairs = collections.Counter()
    for path in args.manifests:
        with open(path) as f:
            for n, line in enumerate(f, 1):
                try:
                    words = json.loads(line)["text"].split()
                except (ValueError, KeyError) as e:
                    sys.exit(f"{path}, line {n}: {e}")
                counts.update(words)
                bounded = ["<s>"] + words + ["</s>"]
                pairs.update(zip(bounded, bounded[1:]))
    for word, count in sorted(counts.items(), key=lambda wc: (-wc[1], wc[0])):
        sys.stdout.write(f"{word}\t{count}\n")
    if args.bigrams:
        with open(args.bigrams, "w") as f:
            for (prev, word), count in sorted(pairs.items(), key=lambda pc: (-pc[1], pc[0])):
                f.write(f"{prev}\t{word}\t{count}\n")


if __name__ == "__main__":
    main()
