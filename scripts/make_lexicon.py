#!/usr/bin/env python3
"""Writes a model's lexicon (`lexicon.tsv`: WORD<TAB>COUNT, most frequent
first) from the transcripts of training manifests, for `hark transcribe`'s
lexicon correction. Only training text: the dev and test sets stay unseen.

    python3 scripts/make_lexicon.py /work/corpus/train.jsonl /work/corpus-v2/train.jsonl > weights/lexicon.tsv
"""
import collections
import json
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    counts = collections.Counter()
    for path in sys.argv[1:]:
        with open(path) as f:
            for n, line in enumerate(f, 1):
                try:
                    counts.update(json.loads(line)["text"].split())
                except (ValueError, KeyError) as e:
                    sys.exit(f"{path}, line {n}: {e}")
    for word, count in sorted(counts.items(), key=lambda wc: (-wc[1], wc[0])):
        sys.stdout.write(f"{word}\t{count}\n")


if __name__ == "__main__":
    main()
