#!/usr/bin/env python3
"""Writes one training manifest from several, each repeated by a weight
(real speech oversampled against synthetic, say), with absolute audio paths
so the result can live anywhere.

A weight of 2 lists every utterance of that part twice, 0.5 a seeded half
of them; the loader shuffles the whole list every epoch.

    python3 scripts/mix_manifests.py --out /work/runs/mix.jsonl \\
        --part /work/data/games/train.jsonl:3 --part /work/data/kokoro/train.jsonl:1
"""
import argparse
import json
import os
import random
import sys


def read(path):
    base = os.path.dirname(os.path.abspath(path))
    out = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                e = json.loads(line)
                audio = e.get("audio") or e["path"]
                e["audio"] = audio if os.path.isabs(audio) else os.path.join(base, audio)
                e.pop("path", None)
                if not isinstance(e.get("text"), str):
                    raise KeyError("text")
            except (ValueError, KeyError) as err:
                sys.exit(f"mix_manifests: {path}: line {n}: {err}")
            out.append(e)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--part", action="append", required=True, metavar="MANIFEST:WEIGHT")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    mixed = []
    for spec in args.part:
        path, _, weight = spec.rpartition(":")
        if not path:
            path, weight = spec, "1"
        try:
            w = float(weight)
        except ValueError:
            sys.exit(f"mix_manifests: {spec}: the weight after ':' must be a number")
        if not (0 <= w <= 100):
            sys.exit(f"mix_manifests: {spec}: weight {w} outside 0-100")
        if not os.path.isfile(path):
            sys.exit(f"mix_manifests: {path}: no such manifest")
        entries = read(path)
        whole, frac = int(w), w - int(w)
        part = entries * whole + random.Random(f"{args.seed}/{path}").sample(entries, round(frac * len(entries)))
        hours = sum(e.get("duration", 0.0) for e in part) / 3600
        print(f"{path}: {len(entries)} utterances x {w} = {len(part)} ({hours:.2f} h)", file=sys.stderr)
        mixed.extend(part)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out + ".tmp", "w") as f:
        for e in mixed:
            f.write(json.dumps(e) + "\n")
    os.replace(args.out + ".tmp", args.out)
    print(f"{args.out}: {len(mixed)} utterances", file=sys.stderr)


if __name__ == "__main__":
    main()
