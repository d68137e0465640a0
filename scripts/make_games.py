#!/usr/bin/env python3
"""Builds the real-speech corpus of the two Debian talkie games: Flight of
the Amazon Queen (scripts/games_queen.py) and Beneath a Steel Sky
(scripts/games_sky.py), voice-acted lines with the games' own text.

Fetches the packages with apt (`apt-get download`, `dpkg -x`; no root
needed), extracts every clip to 16 kHz mono, normalizes the text as
scripts/make_corpus.py does, leaves out clips whose audio cannot match
their text (see `screen`), and writes speaker-disjoint splits:

- dev and test each hold whole Amazon Queen characters (never Joe, the
  player character, who speaks 37% of it) and one section of Beneath a
  Steel Sky (a part of the game with its own places and people; Foster,
  its player character, speaks in every section);
- train holds the rest. Nothing of dev or test is ever trained on, and
  their lines stay out of every word model (scripts/make_lexicon.py reads
  training manifests only).

The voice artists are fewer than the characters (13 for Amazon Queen's
~40), so a held-out character's actor may voice a training character too:
dev and test are new characters and lines, not always new voices.

Writes <out>/{train,dev,test}.jsonl ({"audio", "text", "duration",
"speaker", "game", "clip", "raw_text"}), <out>/noise.jsonl (Amazon Queen's
136 sound effects, real noise for training), <out>/report.json (what was
dropped and why) and <out>/MANIFESTS.sha256.

Licences: both games' Debian copyright files allow free redistribution
(keeping their readme and notices); the audio is never committed, this
script rebuilds it from the packages.

    python3 scripts/make_games.py --out /work/data/games

Needs: apt-get and dpkg (Debian), sox (Debian sox 14.4.2), PyPI av==18.1.0
(PyAV: decodes and resamples Amazon Queen's MP3 clips; the manifest hash
above was made with these versions, and another resampler may move a
clip's length by a sample).
"""
import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import normalize  # noqa: E402

PACKAGES = {"queen": "flight-of-the-amazon-queen", "sky": "beneath-a-steel-sky"}
# Held-out Amazon Queen characters: men and women, large and small parts.
QUEEN_HELD_OUT = {
    "dev": ["frank", "ferryman", "naomi", "lola"],
    "test": ["witch_doctor", "mary_lou", "john", "chef", "rita"],
}
# Held-out Beneath a Steel Sky sections (0-7): 1 is the factory, 5 the
# lower city's medical centre and its people.
SKY_HELD_OUT = {"dev": [1], "test": [5]}
# Clips whose audio is known not to say their text (ad-libbed), found by
# listening to the clips Whisper tiny.en disagreed with most.
AD_LIBBED = {"sky/50043"}
# Speaking rate bounds (characters of normalized text per second of audio,
# over clips of at least a second): outside them the clip cannot hold its
# line (a truncated clip, a wrong pairing, or a long pause).
MIN_CHARS_PER_SECOND = 2.0
MAX_CHARS_PER_SECOND = 30.0


def fetch(package, pkg_dir):
    """`package` unpacked under `pkg_dir` (downloaded with apt if absent)."""
    os.makedirs(pkg_dir, exist_ok=True)
    debs = sorted(glob.glob(os.path.join(pkg_dir, f"{package}_*.deb")))
    if not debs:
        run = subprocess.run(["apt-get", "download", package], cwd=pkg_dir, capture_output=True, text=True)
        debs = sorted(glob.glob(os.path.join(pkg_dir, f"{package}_*.deb")))
        if run.returncode != 0 or not debs:
            raise RuntimeError(f"apt-get download {package} failed (is it in the apt sources? try apt-get update): {run.stderr.strip()[-300:]}")
    stamp = debs[-1] + ".unpacked"
    if not os.path.exists(stamp):
        subprocess.run(["dpkg", "-x", debs[-1], pkg_dir], check=True)
        open(stamp, "w").close()
    return os.path.basename(debs[-1])


def clean(game, text):
    """A game's line as the transcript normalization takes it."""
    if game == "sky":
        text = text.replace("`", "'")
    # Ellipses and dashes are pauses, not words.
    return normalize(text.replace("...", " ").replace("--", " "))


def screen(clip):
    """Why a clip is left out, or None."""
    if clip["clip"] in AD_LIBBED:
        return "ad-libbed (audio does not say the text)"
    if re.search(r"<[^>]*>|\([^)]*\)|\[[^\]]*\]", clip["raw_text"]):
        return "a sound written as text (<hack>, (sigh)): not words"
    if not clip["text"]:
        return "no words after normalization"
    if clip["duration"] >= 1.0:
        rate = len(clip["text"]) / clip["duration"]
        if rate < MIN_CHARS_PER_SECOND:
            return "too slow for its text (< 2 chars/s)"
        if rate > MAX_CHARS_PER_SECOND:
            return "too fast for its text (> 30 chars/s)"
    return None


def split_of(clip):
    if clip["game"] == "queen":
        for split, speakers in QUEEN_HELD_OUT.items():
            if clip["speaker"] in speakers:
                return split
    else:
        for split, sections in SKY_HELD_OUT.items():
            if clip["section"] in sections:
                return split
    return "train"


def write_atomic(path, text):
    """Writes `path` under a temporary name, then renames it (a killed run
    leaves the old file whole, and a hard-linked copy is not written
    through)."""
    with open(path + ".tmp", "w") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    pkg_dir = os.path.join(out, "pkg")
    report = {"packages": {}, "dropped": {}, "errors": {}}
    clips, noise = [], []
    for game, package in PACKAGES.items():
        try:
            report["packages"][game] = fetch(package, pkg_dir)
            if game == "queen":
                # Its speech is MP3: without the decoder every clip would
                # fail one by one and the corpus come out without the game.
                try:
                    import av  # noqa: F401
                except ImportError:
                    raise RuntimeError("PyPI av is not installed (pip install av==18.1.0): it decodes the game's MP3 speech")
                import games_queen

                found, sfx, extract_report = games_queen.extract(pkg_dir, os.path.join(out, "clips", "queen"))
                noise.extend(sfx)
            else:
                import games_sky

                found, extract_report = games_sky.extract(pkg_dir, os.path.join(out, "clips", "sky"))
        except Exception as e:  # one game's failure must not lose the other
            report["errors"][game] = f"{type(e).__name__}: {e}"
            print(f"make_games: {game} ({package}) left out: {e}", file=sys.stderr)
            continue
        report[f"{game}_extraction"] = extract_report
        failures = extract_report.get("decode_failures") or {}
        if failures:
            first = next(iter(failures.items()))
            print(f"make_games: {game}: {len(failures)} clips could not be decoded (first: {first[0]}: {first[1]}); "
                  "see report.json", file=sys.stderr)
        for c in found:
            clips.append({
                "audio": os.path.relpath(c["audio"], out),
                "text": clean(game, c["text"]),
                "duration": c["duration"],
                "speaker": f"{game}:{c['speaker']}",
                "game": game,
                "clip": c["clip"],
                "raw_text": c["text"],
                "section": c.get("section"),
            })
    if not clips:
        sys.exit("make_games: no clips from either game")
    splits = {"train": [], "dev": [], "test": []}
    for c in sorted(clips, key=lambda c: c["clip"]):
        why = screen(c)
        if why:
            report["dropped"].setdefault(why, []).append(c["clip"])
            continue
        speaker_key = c["speaker"].split(":", 1)[1]
        entry = {k: v for k, v in c.items() if k != "section"}
        splits[split_of({**c, "speaker": speaker_key})].append(entry)
    digest = hashlib.sha256()
    for split, entries in splits.items():
        lines = [json.dumps(e, sort_keys=True) + "\n" for e in entries]
        for line in lines:
            digest.update(f"{split}\t{line}".encode())
        write_atomic(os.path.join(out, f"{split}.jsonl"), "".join(lines))
    if noise:
        write_atomic(os.path.join(out, "noise.jsonl"), "".join(json.dumps({"audio": os.path.relpath(n["audio"], out), "duration": n["duration"], "clip": n["clip"]}) + "\n" for n in noise))
    write_atomic(os.path.join(out, "MANIFESTS.sha256"), f"{digest.hexdigest()}  train.jsonl dev.jsonl test.jsonl\n")
    held_lines = {e["text"] for s in ("dev", "test") for e in splits[s]}
    report["train_lines_also_held_out"] = sum(e["text"] in held_lines for e in splits["train"])
    report["splits"] = {
        s: {
            "utterances": len(es),
            "hours": round(sum(e["duration"] for e in es) / 3600, 3),
            "speakers": len({e["speaker"] for e in es}),
            "by_game": {g: round(sum(e["duration"] for e in es if e["game"] == g) / 3600, 3) for g in PACKAGES},
        }
        for s, es in splits.items()
    }
    report["noise"] = {"clips": len(noise), "hours": round(sum(n["duration"] for n in noise) / 3600, 3)}
    write_atomic(os.path.join(out, "report.json"), json.dumps(report, indent=1, sort_keys=True))
    for s, r in report["splits"].items():
        print(f"{s}: {r['utterances']} utterances, {r['hours']} h, {r['speakers']} speakers {r['by_game']}", file=sys.stderr)
    for why, names in report["dropped"].items():
        print(f"dropped {len(names)}: {why}", file=sys.stderr)
    print(f"manifests sha256 {digest.hexdigest()}", file=sys.stderr)
    if report["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
