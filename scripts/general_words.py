"""General English word lists for scripts/make_lexicon.py --general, read
from what two PyPI packages ship (nothing is downloaded at run time), in the
transcript form of make_corpus.normalize().

- symspellpy (code: MIT): `frequency_dictionary_en_82_765.txt`, 82,834
  words with Google Books Ngram counts (CC BY 3.0), those also in SCOWL's
  spell-checker lists (SCOWL's own licence is permissive, see its README),
  and `frequency_bigramdictionary_en_243_342.txt`, 242,342 word pairs with
  Google Books Ngram counts (the file names' numbers are not their line
  counts). The word list's last 67 lines are additions out of frequency
  order, all at the placeholder count 300,000 (contractions such as
  "don't", "i'm", "it's", and "hi", "covid"): they are kept whatever N is,
  at that count.
- wordfreq (code: Apache-2.0; its data files CC BY-SA 4.0, built from
  Wikipedia, subtitles (SUBTLEX, OpenSubtitles), news, books (Google Books
  Ngrams), web text, Twitter and Reddit): English `large` list, about
  320,000 words with frequencies (binned to 1 centibel). Words only: no
  pairs.

None of these lists is drawn from this project's training, dev or test sets.
Each package's version is pinned (PINNED): another version's lists would
make another lexicon, so it is refused with both versions named.
"""
import bisect
import importlib.metadata
import importlib.util
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import normalize  # noqa: E402  (the transcripts' form)

PINNED = {"symspellpy": "6.10.1", "wordfreq": "3.1.1"}
SYMSPELL_WORDS = "frequency_dictionary_en_82_765.txt"
SYMSPELL_PAIRS = "frequency_bigramdictionary_en_243_342.txt"
SOURCES = ("symspellpy", "wordfreq")
# One-letter words a general list may add: the others there are mostly
# tokenizer debris ("s" of "'s", "t" of "don't", "u" of "u.s").
ONE_LETTER = {"a", "i"}


class GeneralError(Exception):
    pass


def check_version(package):
    """The pinned version of `package` is installed, or GeneralError."""
    want = PINNED[package]
    try:
        have = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        raise GeneralError(f"{package} is not installed; the general word lists need {package}=={want}: "
                           f"pip install {package}=={want}") from None
    if have != want:
        raise GeneralError(f"{package} {have} is installed, but the general word lists are pinned to "
                           f"{package}=={want} (another version's lists make another lexicon): "
                           f"pip install {package}=={want}")


def _word(raw, cache={}):
    """`raw` in transcript form, or None where a general list's entry is
    not a transcript word: anything but letters and apostrophes (digits,
    periods of "u.s", accents of "café": normalize() would split or
    mangle them), a leading apostrophe ("'s", a clitic torn off), one
    letter other than a and i. Titles as normalize() speaks them
    ("mr" -> "mister")."""
    if raw in cache:
        return cache[raw]
    w = raw.lower()
    out = None
    if re.fullmatch(r"[a-z']+", w) and not w.startswith("'") and (len(w) > 1 or w in ONE_LETTER):
        spoken = normalize(w)
        if re.fullmatch(r"[a-z']+", spoken):
            out = spoken
    cache[raw] = out
    return out


def _symspell_file(name):
    check_version("symspellpy")
    spec = importlib.util.find_spec("symspellpy")  # locates, does not import
    path = os.path.join(list(spec.submodule_search_locations)[0], name)
    if not os.path.isfile(path):
        raise GeneralError(f"{path}: missing from symspellpy {PINNED['symspellpy']}")
    return path


def _symspell_words():
    """({word: count}, {words kept whatever N is}) of symspellpy's list."""
    counts, always = {}, set()
    previous = None
    with open(_symspell_file(SYMSPELL_WORDS), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fields = line.split()
            if not fields:
                continue
            if len(fields) != 2 or not fields[1].isdigit():
                raise GeneralError(f"{SYMSPELL_WORDS}, line {n}: expected WORD COUNT, got {line!r}")
            raw, count = fields[0], int(fields[1])
            # The list is in falling frequency order, but for the additions
            # at its end (placeholder counts).
            added = previous is not None and (count > previous or always)
            previous = count
            w = _word(raw)
            if w is None:
                continue
            counts[w] = counts.get(w, 0) + count
            if added:
                always.add(w)
    return counts, always


def _wordfreq_words():
    check_version("wordfreq")
    import wordfreq

    counts = {}
    for raw, freq in wordfreq.get_frequency_dict("en", wordlist="large").items():
        w = _word(raw)
        if w is not None:
            counts[w] = counts.get(w, 0.0) + freq
    return counts, set()


def general_words(source, n):
    """The `n` most frequent words of `source` (symspellpy's additions on
    top), normalized and merged: {word: count}. Counts are the source's own
    (symspellpy: integers; wordfreq: frequencies), to be scaled."""
    if source not in SOURCES:
        raise GeneralError(f"unknown source {source!r} (one of {', '.join(SOURCES)})")
    counts, always = _symspell_words() if source == "symspellpy" else _wordfreq_words()
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    top = dict(ranked[:n])
    for w in sorted(always):
        top[w] = counts[w]
    return top


def general_pairs(lexicon):
    """symspellpy's word pairs, normalized and merged, both of whose words
    are in `lexicon` (a set): {(previous, word): count}."""
    pairs = {}
    with open(_symspell_file(SYMSPELL_PAIRS), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fields = line.split()
            if not fields:
                continue
            if len(fields) != 3 or not fields[2].isdigit():
                raise GeneralError(f"{SYMSPELL_PAIRS}, line {n}: expected WORD WORD COUNT, got {line!r}")
            prev, word = _word(fields[0]), _word(fields[1])
            if prev in lexicon and word in lexicon:
                pairs[(prev, word)] = pairs.get((prev, word), 0) + int(fields[2])
    return pairs


def scaled(counts, total):
    """`counts` scaled to integers of 1 at least that sum to `total`, to
    0.1%: each is max(1, round(count x f)), with f solved for so that what
    the floor of one adds counts in the sum (with f = total / sum alone, a
    long tail of rare pairs raised to one would outweigh the rest). Where
    even all ones would sum to more than `total` (more entries than
    `total`), f is total / sum, in proportion, and the sum exceeds `total`:
    the caller reports it."""
    if not counts:
        return {}
    values = sorted(counts.values())
    n, whole = len(values), sum(values)

    def total_at(f):
        return sum(max(1, int(v * f + 0.5)) for v in values)

    factor = total / whole
    if total > n:
        best = (abs(total_at(factor) - total), factor)
        for _ in range(30):
            have = total_at(factor)
            best = min(best, (abs(have - total), factor))
            if abs(have - total) <= 0.001 * total:
                break
            # Rescale what lies above the floor (entries that round to
            # one or less stay one).
            ones = bisect.bisect_left(values, 1.5 / factor)
            if have <= ones:
                factor *= 2
                continue
            factor *= max(total - ones, 1) / (have - ones)
        factor = best[1]
    return {k: max(1, int(c * factor + 0.5)) for k, c in counts.items()}
