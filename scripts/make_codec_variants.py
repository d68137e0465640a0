#!/usr/bin/env python3
"""Low bit-rate MP3 copies of a training manifest's clips, for the loader's
codec channel (issue 18): `hark train` reads an utterance from one of its
`codec_variants` with the augmentation file's `codec_variant_p`, since no
MP3 or Opus encoder runs inside the Rust loader (the crates that encode
bind C libraries). The encoding is LAME through sox (Debian sox with
libsox-fmt-mp3), at a bit rate drawn per clip from 8, 12, 16 and 24 kb/s
(LAME resamples to 8-22 kHz and low-passes to match, as such streams do).

Deterministic for a seed: clip i is chosen (with probability --share) and
given its bit rate by a generator seeded with (seed, clip path). Resumable:
finished files are kept (written under a temporary name, then renamed).
Writes OUT/train.jsonl: the input's records with absolute audio paths and
"codec_variants": [the MP3] on the chosen ones, and OUT/report.json.

    python3 scripts/make_codec_variants.py --manifest $HARK_DATA/kokoro/train.jsonl \\
        --out $HARK_DATA/kokoro-mp3 --share 0.5

Needs: Debian sox libsox-fmt-mp3 (or libsox-fmt-all).
"""
import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

BIT_RATES_KBPS = (8, 12, 16, 24)


def choice(seed, audio, share):
    """(chosen, bit rate) of a clip: the same for a seed and path."""
    h = hashlib.sha256(f"{seed}:{audio}".encode()).digest()
    rng = random.Random(int.from_bytes(h[:8], "little"))
    return rng.random() < share, rng.choice(BIT_RATES_KBPS)


def encode(src, dst, kbps):
    """`src` as `kbps` MP3 at `dst`; an error message, or None."""
    if os.path.exists(dst):
        return None
    tmp = dst + ".part.mp3"
    run = subprocess.run(["sox", src, "-C", str(kbps), tmp], capture_output=True, text=True)
    if run.returncode != 0:
        if os.path.exists(tmp):
            os.remove(tmp)
        return f"{src}: sox failed: {run.stderr.strip()[-300:]}"
    os.replace(tmp, dst)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--manifest", required=True, help="a training manifest ({audio, text} per line)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--share", type=float, default=0.5, help="share of clips given a variant")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not 0.0 <= args.share <= 1.0:
        sys.exit(f"--share {args.share}: a share from 0 to 1")
    probe = subprocess.run(["sox", "-h"], capture_output=True, text=True)
    if probe.returncode != 0 or "mp3" not in probe.stdout:
        sys.exit("make_codec_variants: sox with MP3 support is needed: apt-get install sox libsox-fmt-mp3")
    base = os.path.dirname(os.path.abspath(args.manifest))
    records = []
    with open(args.manifest) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                e = json.loads(line)
                audio = e.get("audio") or e["path"]
            except (ValueError, KeyError) as err:
                sys.exit(f"make_codec_variants: {args.manifest}: line {n}: {err}")
            e.pop("path", None)
            e["audio"] = audio if os.path.isabs(audio) else os.path.join(base, audio)
            records.append(e)
    clips = os.path.join(os.path.abspath(args.out), "clips")
    os.makedirs(clips, exist_ok=True)
    jobs = []
    for i, e in enumerate(records):
        chosen, kbps = choice(args.seed, os.path.relpath(e["audio"], base), args.share)
        if chosen:
            name = hashlib.sha256(e["audio"].encode()).hexdigest()[:16]
            jobs.append((i, e["audio"], os.path.join(clips, f"{name}_{kbps}k.mp3"), kbps))
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        errors = list(pool.map(lambda j: encode(j[1], j[2], j[3]), jobs))
    failed = []
    for (i, _, dst, _), error in zip(jobs, errors):
        if error is None:
            records[i]["codec_variants"] = [dst]
        else:
            failed.append(error)
            print(error, file=sys.stderr)
    out = os.path.join(args.out, "train.jsonl")
    with open(out + ".tmp", "w") as f:
        for e in records:
            f.write(json.dumps(e, sort_keys=True) + "\n")
    os.replace(out + ".tmp", out)
    by_rate = {k: sum(1 for j in jobs if j[3] == k) for k in BIT_RATES_KBPS}
    report = {"utterances": len(records), "with_variant": len(jobs) - len(failed), "failed": failed,
              "by_kbps": by_rate, "seed": args.seed, "share": args.share}
    with open(os.path.join(args.out, "report.json"), "w") as f:
        json.dump(report, f, indent=1)
    print(f"{out}: {len(records)} utterances, {len(jobs) - len(failed)} with an MP3 variant {by_rate}, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
