#!/usr/bin/env python3
"""Hark and its peers on the same audio, in one run: word and character error
rates (both passes of Hark's cascade) and real-time factor, as a markdown table (and
JSON lines with --json). The table in docs/RESULTS.md and the model card
come from this script.

Models: `--model DIR` or `--model LABEL=DIR`, repeated to compare models
trained the same way (e.g. the default cascade and the baseline preset);
a cascade gets a row for its first pass and for its second pass decoded
two ways (greedily on the device; by the default beam search with the
lexicon's bigrams), and a model with a lexicon (lexicon.tsv) a row with
its words corrected after each.

Sets: JSONL manifests ({"audio", "text"}) or `librivox` (the real LibriVox
recordings of the Debian package pocketsphinx-testdata). Hark runs through
`hark eval` (the release binary); the peers through scripts/peers.py
(Whisper tiny.en via faster-whisper, PocketSphinx).

    cargo build --release
    python3 scripts/results.py --model weights --set /work/corpus/test.jsonl \\
        --set /work/corpus/dev.jsonl --set librivox --threads 2

Real-time factor = wall time / audio duration, single process, with
--threads CPU threads for the peers (Hark uses the CPU plugin's default).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def manifest(spec, limit, tmp):
    """A JSONL manifest for `spec` that `hark eval` reads (librivox gets one written)."""
    items = peers.load_set(spec)
    if limit:
        items = items[:limit]
    path = os.path.join(tmp, f"{len(os.listdir(tmp))}.jsonl")
    with open(path, "w") as f:
        for audio, text in items:
            f.write(json.dumps({"audio": audio, "text": text}) + "\n")
    return path, items


def hark(binary, model, path, extra=()):
    out = subprocess.run([binary, "eval", "--model", model, "--data", path, "--json", *extra], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"hark eval failed on {path}:\n{out.stderr}")
    return [json.loads(l) for l in out.stdout.splitlines() if l.startswith("{")][0]


def has_second_pass(model_dir):
    """Whether the model in `model_dir` is a cascade (its config has a second pass)."""
    with open(os.path.join(model_dir, "config.json")) as f:
        return json.load(f).get("second_pass") is not None


def model_spec(spec):
    """(label, directory, has a second pass) of a --model argument."""
    label, sep, path = spec.partition("=")
    if not sep:
        path = spec
        label = "Hark" if os.path.abspath(path) == os.path.join(ROOT, "weights") else f"Hark ({os.path.basename(os.path.normpath(path))})"
    return label, path, has_second_pass(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", action="append", help="DIR or LABEL=DIR (default: weights, labelled Hark)")
    ap.add_argument("--set", action="append", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target/release/hark"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    models = [model_spec(m) for m in (args.model or [os.path.join(ROOT, "weights")])]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    systems = {} if args.no_peers else {"Whisper tiny.en": peers.whisper(args.threads), "PocketSphinx": peers.pocketsphinx()}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec in args.set:
            path, items = manifest(spec, args.limit, tmp)
            name = spec if spec == "librivox" or spec in peers.NAMED_SETS else os.path.basename(spec)
            for label, model, cascade in models:
                # A cascade's second pass two ways: decoded greedily on the
                # device, and by the default beam search with the lexicon's
                # bigrams in it (the first pass is greedy either way).
                decodings = [(", second pass, greedy", ["--beam", "1"]), (", second pass, beam + bigrams", [])] if cascade else [("", [])]
                for i, (suffix, extra) in enumerate(decodings):
                    r = hark(args.binary, model, path, extra)
                    row = {"set": name, "rtf": r["rtf"], "utterances": len(items)}
                    if cascade and i == 0:
                        rows.append({**row, "system": f"{label}, first pass", "wer": r["wer_first_pass"], "cer": r["cer_first_pass"]})
                    rows.append({**row, "system": label + suffix, "wer": r["wer"], "cer": r["cer"]})
                    if "wer_lexicon" in r:
                        # The same transcripts with the model's lexicon correcting words.
                        rows.append({**row, "system": f"{label}{suffix} + lexicon", "wer": r["wer_lexicon"], "cer": r["cer_lexicon"]})
            for peer, run in systems.items():
                w = peers.score(run, items)
                rows.append({"set": name, "system": peer, **w, "utterances": len(items)})
    if args.json:
        for r in rows:
            print(json.dumps(r))
        return
    print("| set | utterances | system | WER | CER | real-time factor |")
    print("|---|---:|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['set']} | {r['utterances']} | {r['system']} | {100 * r['wer']:.2f}% | {100 * r['cer']:.2f}% | {r['rtf']:.3f} |")


if __name__ == "__main__":
    main()
