#!/usr/bin/env python3
"""Extract the voice-acted speech of "Flight of the Amazon Queen" (CD talkie).

Reads the single data file of the Debian package ``flight-of-the-amazon-queen``
(``usr/share/scummvm/flight-of-the-amazon-queen/queen.1c``) and writes every
speech clip, with the game's own line for it and a speaker label, plus the
game's sound effects as noise clips.  All audio becomes 16 kHz mono 16-bit PCM
WAV.  Only the package is needed; nothing is downloaded.

Licence: the package's ``copyright`` file allows the game data to be
redistributed freely.  The audio is still not committed to this repository:
it is rebuilt from the package by this script.

Format facts this code relies on (worked out from the data and from reading
ScummVM's ``engines/queen`` as documentation; no ScummVM code is used):

* Container ``queen.1c``: ``QTBL`` magic, 6-byte version string (``CEM10`` =
  English CD), floppy, demo and compression bytes (1 = MP3), then a big-endian
  u16 entry count and 21-byte entries (12-byte NUL-padded name, bundle byte,
  u32 BE absolute offset, u32 BE size).  Names are sorted, upper case.
* ``.SB`` entries are bare MP3 streams (MPEG-2.5 layer III, 11025 Hz mono).
  Names ending in ``SSSS`` are sound effects; the rest are speech.  A speech
  clip's 8-character name says which line it voices; the final hex digit(s)
  are the 1-based segment number.
* A line is split into segments at ``*`` commands (``*`` plus two characters;
  ``*XY`` carries 11 more).  Each command closes the segment before it; every
  segment except those closed by ``*GD``/``*GM`` is voiced by its own clip;
  text after the last command is one more segment.  Commands never reach the
  transcript.
* Joe's remarks: ``JOE%04d`` + segment.  Numbers 1..40 are the "Joe response"
  strings, higher numbers are object description n-40.  Both live in the
  CRLF text file ``QUEEN2.JAS`` (descriptions, object names, room names, 12
  verbs, 40 responses, actor animations, actor names, actor files).
* Dialogues (``.DOG``, 20-byte header skipped): a 32-byte header (level count,
  unique key, talk key, Joe and person string counts, ..., pointers to the
  person strings, the cutaway info and the "talked before" strings), the
  dialogue tree (96 bytes a level), then Joe's options.  String entries are
  2 skipped bytes, a s16 id, a length-prefixed string padded to 4 bytes.
  Clip prefix: talk key as ``%2d``, id as ``%4x``, ``P`` (person) or ``J``
  (Joe), blanks turned into ``0``.  Joe's opening line uses ``SSSS`` for the
  id, the "talked to before" pair uses ``XXXX``.
* Cutscenes (``.CUT``, 20-byte header skipped): 12-byte header (panel,
  object count, flags, pointers to game states, sentences and bank names),
  then per object 17 s16 fields, a list of persons and, for animated
  objects, 20-byte animation frames ended by -2.  One sentence (length
  prefixed, padded to 2) is read per object.  Clip prefix: file base name
  padded with ``_`` to 5, the 1-based object index as ``%02d``.  Objects -2
  and -3 are spoken text lines (segment 1 only, no speaker object).
* ``QUEEN.JAS`` (20-byte header skipped) holds the object table (name index,
  room, image; image -3/-4 marks a person), per-room object ranges, the
  command tables (which link TALK TO a person to a ``.DOG`` file), and the
  actor table (room, bob number, actor name).

Speaker labels (lowercase, stable):
  * ``joe`` for JOE%04d clips, ``J`` dialogue clips, cutscene object 0/-1;
  * dialogue ``P`` clips: the person the ``.DOG`` file is started with
    (found statically from the command tables and from cutscenes that end in
    a dialogue), a cutscene person record: that object;
  * a person object is named through the actor table (actors in the object's
    room with the object's person number), falling back on / disambiguated by
    the object's own name; see ``_ACTOR_LABEL`` / ``_NAME_LABEL``; where the
    actor depends on game state, per scene (``_SCENE_SPEAKER``);
  * ``unknown`` where the game does not say (cutscene text objects, objects
    whose actor depends on game state).

Usage::

    python3 scripts/games_queen.py --root /work/data/games/pkg \\
        --out /work/data/games/clips/queen
"""

from __future__ import annotations

import argparse
import collections
import io
import json
import os
import re
import struct
import sys
import wave

DATA_REL = "usr/share/scummvm/flight-of-the-amazon-queen/queen.1c"
PACKAGE = "flight-of-the-amazon-queen"
RATE = 16000
JOE_RESPONSE_MAX = 40
SKIP = 20  # header bytes in front of JAS / DOG / CUT resources

# Canonical character label for each actor name of QUEEN2.JAS (talking
# heads, close-ups and cutscene variants fold into the character).
_ACTOR_LABEL = {
    "SPARKY": "sparky", "SPARKY-F": "sparky", "SPARKY-H": "sparky",
    "X5_SPARKY": "sparky",
    "FAYE": "faye", "FAYE-H": "faye", "FAYE-E": "faye",
    "APE": "gorilla", "APE1": "gorilla", "APE2": "gorilla",
    "BUD": "bud", "LOU": "skip", "BEETLE": "beetle",
    "JIMMY": "jimmy", "TAMMY": "mary_lou", "SKULL": "skull",
    "AMGUARD": "amazon_guard", "BIGAM": "big_amazon",
    "SHOWERAM": "showering_amazon",
    "PRINCESS1": "azura", "PRINCESS2": "azura", "AZURA-H": "azura",
    "AZURA-E": "azura",
    "FRANK": "frank", "FRANK-H": "frank",
    "MAN1": "bedraggled_prisoner", "MAN2": "tired_prisoner",
    "PYGMY": "tall_pygmy", "LITTLEP": "little_pygmy",
    "WITCH": "witch_doctor", "CHIEF": "chief", "WEDGEWOOD": "wedgewood",
    "BOB": "trader_bob", "NAOMI": "naomi", "DOG": "guard_dog",
    "SECRETARY": "secretary", "CHEF": "chef", "KLUNK": "klunk",
    "JOHAN": "john", "HENRY": "henry",
    "ANDERSON": "anderson", "ANDSON-E": "anderson",
    "JASPAR": "jaspar", "DEATH": "ferryman", "ORACLE": "guardian",
    "ZOMBIE": "zombie_woman", "ZOMBIE2": "zombie", "ZOMBIE3": "zombie",
    "APATOS": "apatosaurus", "DEINO": "deinonychus", "COMPY": "compy",
    "LOLA": "lola", "LOLA_STAND": "lola", "LOLA_SHOWER": "lola",
    "MIKE": "bellboy", "RICO": "rico", "EDDY": "eddy", "GUARDS": "guards",
    "RITA": "rita", "RITA-H": "rita", "X2_RITA": "rita", "X3_RITA": "rita",
    "X4_RITA": "rita", "X10_RITA": "rita", "X11_RITA": "rita",
    "JOE-H": "joe", "X2_JOE": "joe", "X4_JOE": "joe", "X10_JOE": "joe",
    "X11_JOE": "joe",
    "HUGH": "hugh", "X6_HUGH": "hugh", "IAN": "ian",
    "TMPD": "crystal_robot",
}

# Cutscene persons whose actor depends on game state (several actors share
# the object's room and bob number, selected by a game-state slot).  Settled
# per scene from the slot's setters and the scene's lines:
#   room 18, slot 40 (0 until Azura is rescued): object 122 is the head of the
#     Amazon guard in C18A/D/E, Azura in C18B/C (121 is Faye; in B/C only
#     silent lines);
#   room 41, slot 67 (set to 1 by C62A, 2 by C62C): object 292 is Frank in
#     C62A/C62C, Anderson ("Hans", the Zeppelin pilot) in C41B;
#   room 42, slot 45 (2 once the Skull is taken): object 306 is the ferryman
#     in C42*, Henry in C62A;
#   room 69: in C69Z (slot 157 still 0) object 517 is Frank and 518 the
#     crystal robot, except the last two lines, said once they are fighting.
_SCENE_SPEAKER = {
    ("C18A.CUT", 122): "amazon_guard", ("C18D.CUT", 122): "amazon_guard",
    ("C18E.CUT", 122): "amazon_guard",
    ("C18B.CUT", 122): "azura", ("C18C.CUT", 122): "azura",
    ("C41B.CUT", 292): "anderson", ("C62A.CUT", 292): "frank",
    ("C62C.CUT", 292): "frank",
    ("C62A.CUT", 306): "henry",
    ("C69Z.CUT", 517): "frank", ("C69Z.CUT", 518): "crystal_robot",
    ("C69Z.CUT", 517, 59): "sparky", ("C69Z.CUT", 518, 60): "azura",
}

# Object names (as the player sees them) that name a character; used to pick
# between several candidate actors, or when no actor is found.
_NAME_LABEL = {
    "princess azura": "azura", "joe king": "joe", "mary-lou": "mary_lou",
    "trader bob": "trader_bob", "witch doctor": "witch_doctor",
    "zombie woman": "zombie_woman", "guard dog": "guard_dog",
    "tall pygmy": "tall_pygmy", "showering amazon": "showering_amazon",
    "bedraggled prisoner": "bedraggled_prisoner",
    "tired prisoner": "tired_prisoner", "vicious dinosaur": "gorilla",
}
for _v in set(_ACTOR_LABEL.values()):
    _NAME_LABEL.setdefault(_v.replace("_", " "), _v)


class QueenError(RuntimeError):
    pass


# --------------------------------------------------------------------------
# container


class Container:
    def __init__(self, path: str):
        if not os.path.isfile(path):
            raise QueenError(
                f"game data file not found: {path}\n"
                f"  install/extract the Debian package '{PACKAGE}', e.g.\n"
                f"  mkdir -p ROOT && cd ROOT && apt-get download {PACKAGE} "
                f"&& dpkg -x {PACKAGE}_*.deb .")
        with open(path, "rb") as f:
            self.data = f.read()
        d = self.data
        if d[:4] != b"QTBL":
            raise QueenError(f"{path}: not a rebuilt Queen data file (no QTBL)")
        self.version = d[4:10].rstrip(b"\0").decode("latin-1")
        self.compression = d[12]
        if not self.version.startswith("CE"):
            raise QueenError(f"{path}: version {self.version!r}, expected the "
                             "English CD version (CE...)")
        if self.compression != 1:
            raise QueenError(f"{path}: compression {self.compression}, "
                             "expected 1 (MP3)")
        (n,) = struct.unpack_from(">H", d, 13)
        self.entries = {}
        o = 15
        for _ in range(n):
            name = d[o:o + 12].split(b"\0", 1)[0].decode("latin-1")
            off, size = struct.unpack_from(">II", d, o + 13)
            self.entries[name] = (off, size)
            o += 21

    def get(self, name: str, skip: int = 0) -> bytes:
        off, size = self.entries[name]
        return self.data[off + skip:off + size]


def _pstr(d: bytes, o: int, align: int):
    """Length-prefixed string at o; returns (text, next offset)."""
    n = d[o]
    o += 1
    if n == 0:
        return "", o
    s = d[o:o + n].decode("latin-1")
    return s, (o + n + align - 1) & ~(align - 1)


# --------------------------------------------------------------------------
# QUEEN.JAS / QUEEN2.JAS


class Jas:
    def __init__(self, c: Container):
        text = c.get("QUEEN2.JAS").decode("latin-1")
        self.strings = text.split("\n")
        self.strings = [s.rstrip("\r") for s in self.strings]
        if self.strings and self.strings[-1] == "":
            self.strings.pop()
        j = c.get("QUEEN.JAS", SKIP)
        p = 0

        def u16():
            nonlocal p
            v = struct.unpack_from(">H", j, p)[0]
            p += 2
            return v

        def skip_rows(size):
            nonlocal p
            n = u16()
            p += size * n

        def rows(size, fmt):
            nonlocal p
            n = u16()
            out = [struct.unpack_from(fmt, j, p + i * size)
                   for i in range(max(n, 1))]
            p += size * max(n, 1)
            return out[:n]

        n_rooms, n_names, n_objects, n_desc = u16(), u16(), u16(), u16()
        # object: name, x, y, description, entry, room, state, image
        self.objects = [None] + [struct.unpack_from(">hHHHhHHh", j, p + 16 * i)
                                 for i in range(n_objects)]
        p += 16 * n_objects
        self.room_data = [0] + [u16() for _ in range(n_rooms + 1)]
        p += 2 * n_rooms                      # room sfx
        skip_rows(10)                         # items
        skip_rows(10)                         # graphics
        for _ in range(n_rooms):              # walk areas
            p += 2
            skip_rows(16)
        p += 8 * n_objects                    # object boxes
        skip_rows(6)                          # walk-off points
        skip_rows(8)                          # object descriptions
        self.commands = rows(20, ">10h")      # verb, noun1, noun2, ...
        rows(6, ">3h")
        rows(6, ">3h")
        rows(6, ">3h")
        self.cmd_states = rows(8, ">hhhH")    # cmd id, slot, value, speak
        p += 2                                # entry object
        skip_rows(4)                          # furniture
        n_act, n_aanim, n_aname, n_afile = u16(), u16(), u16(), u16()
        self.actors = [struct.unpack_from(">hhH", j, p + 24 * i)
                       for i in range(n_act)]  # room, bob, name
        p += 24 * n_act
        n_ga = u16()
        p += 6 * max(n_ga, 1)                 # graphic animations
        if not j[p:p + 5].startswith(c.version.encode()[:5]):
            raise QueenError("QUEEN.JAS: unexpected layout (version string "
                             "not found after the actor tables)")
        self.o_desc = 0
        self.o_name = n_desc
        self.o_resp = n_desc + n_names + n_rooms + 12
        self.o_aname = self.o_resp + JOE_RESPONSE_MAX + n_aanim
        self.n_desc = n_desc
        self.n_names = n_names

    def description(self, i):
        return self.strings[self.o_desc + i - 1] if 1 <= i <= self.n_desc else ""

    def joe_response(self, i):
        return self.strings[self.o_resp + i - 1]

    def object_name(self, obj):
        n = abs(self.objects[obj][0])
        return self.strings[self.o_name + n - 1] if 1 <= n <= self.n_names else ""

    def actor_name(self, i):
        return self.strings[self.o_aname + i - 1]

    def is_person(self, obj):
        return 0 < obj < len(self.objects) and self.objects[obj][7] in (-3, -4)

    def speaker_of(self, obj):
        """Character label for a person object (see module docstring)."""
        if not (0 < obj < len(self.objects)):
            return "unknown"
        room = self.objects[obj][5]
        num = sum(1 for i in range(self.room_data[room] + 1, obj + 1)
                  if self.objects[i][7] in (-3, -4))
        cands = set()
        for a_room, bob, name in self.actors:
            if a_room == room and bob == num:
                an = self.actor_name(name)
                cands.add(_ACTOR_LABEL.get(an, an.lower()))
        by_name = _NAME_LABEL.get(self.object_name(obj).lower())
        if len(cands) == 1:
            return cands.pop()
        if by_name and (not cands or by_name in cands):
            return by_name
        return "unknown"


# --------------------------------------------------------------------------
# lines -> clip names


def segments(sentence: str):
    """[(segment number, text)] for the voiced segments of a game line."""
    out = []
    i = start = seg = 0
    n = len(sentence)
    while i < n:
        if sentence[i] != "*":
            i += 1
            continue
        text = sentence[start:i]
        cmd = sentence[i + 1:i + 3]
        i += 1
        if cmd == "XY":
            i += 11
        i += 2
        if cmd not in ("GD", "GM"):
            out.append((seg + 1, text))
        seg += 1
        start = i
    if start < n:
        out.append((seg + 1, sentence[start:]))
    return out


def clean(text: str) -> str:
    text = text.replace("^_", "").replace("@", "")
    return re.sub(r"\s+", " ", text).strip()


def _clip(prefix: str, seg: int) -> str:
    name = (prefix + "%x" % seg).upper()
    return name[:8].replace(" ", "0") + name[8:]


class Lines:
    """Collects clip name -> candidate (text, speaker, source)."""

    def __init__(self):
        self.by_clip = collections.defaultdict(list)

    def add_line(self, prefix, sentence, speaker, source, only_first=False):
        if not sentence or sentence == "0":
            return
        segs = [(1, sentence)] if only_first else segments(sentence)
        for seg, text in segs:
            self.by_clip[_clip(prefix, seg)].append((clean(text), speaker, source))


def _dog_people(jas: Jas, cuts: dict):
    """.DOG file name (upper case) -> set of person objects it is run with."""
    people = collections.defaultdict(set)
    for cmd_id, _slot, _value, speak in jas.cmd_states:
        desc = jas.description(speak) if speak > 0 else ""
        if not desc.upper().endswith(".DOG"):
            continue
        if not (1 <= cmd_id <= len(jas.commands)):
            continue
        _verb, n1, n2 = jas.commands[cmd_id - 1][:3]
        for n in (n1, n2):
            if jas.is_person(n):
                people[desc.upper()].add(n)
    for info in cuts.values():
        talk, to = info["talk"]
        if talk.upper().endswith(".DOG") and to > 0:
            people[talk.upper()].add(to)
    return people


def parse_cut(c: Container, jas: Jas, name: str):
    d = c.get(name, SKIP)
    _panel, count, _flags, _gs, sent_off, bank_off = struct.unpack_from(
        ">HhhHHH", d, 0)
    count = abs(count)
    o = bank_off
    (nb,) = struct.unpack_from(">H", d, o)
    o += 2
    for _ in range(nb):
        _, o = _pstr(d, o, 2)
    talk, o = _pstr(d, o, 2)
    (talk_to,) = struct.unpack_from(">h", d, o)
    so = sent_off
    _entry, so = _pstr(d, so, 2)
    p = 12
    objects = []
    for i in range(count):
        f = struct.unpack_from(">17h", d, p)
        p += 34
        obj, anim_list, execute, from_obj = f[0], f[4], f[5], f[12]
        (npers,) = struct.unpack_from(">h", d, p)
        p += 2 + 2 * npers
        sentence, so = _pstr(d, so, 2)
        o2 = 0 if obj == -1 else obj          # room fade record acts as Joe
        if o2 > 0:
            kind = "person" if (not anim_list and jas.is_person(o2)) else "anim"
        elif o2 == 0:
            kind = "anim" if anim_list else "person"
        else:
            kind = "anim"
        if from_obj > 0:
            kind = "none"
        if o2 in (-2, -3, -4):
            kind = "text" if o2 != -4 else "none"
        if kind == "anim" and not execute:
            kind = "none"
        if kind == "anim":
            while True:
                (h,) = struct.unpack_from(">h", d, p)
                p += 2
                if h == -2:
                    break
                if not -1 <= h <= 1000:
                    raise QueenError(f"{name}: bad animation header {h}")
                p += 18
        objects.append((i + 1, o2, kind, sentence))
    return {"objects": objects, "talk": (talk, talk_to)}


def collect_lines(c: Container, jas: Jas):
    lines = Lines()
    # Joe's remarks
    for i in range(1, JOE_RESPONSE_MAX + 1):
        lines.add_line("JOE%04d" % i, jas.joe_response(i), "joe", "jas")
    for i in range(1, jas.n_desc + 1):
        desc = jas.description(i)
        if desc.upper().endswith((".DOG", ".CUT")):
            continue
        lines.add_line("JOE%04d" % (i + JOE_RESPONSE_MAX), desc, "joe", "jas")
    # cutscenes
    cuts = {}
    for name in sorted(n for n in c.entries if n.endswith(".CUT")):
        cuts[name] = info = parse_cut(c, jas, name)
        base = name[:-4]
        src = "cut:" + name
        for idx, obj, kind, sentence in info["objects"]:
            if sentence in ("", "*") or sentence.startswith("#"):
                continue
            prefix = base.ljust(5, "_")[:5] + "%02d" % (idx % 100)
            if kind == "person":
                spk = ("joe" if obj == 0 else
                       _SCENE_SPEAKER.get((name, obj, idx)) or
                       _SCENE_SPEAKER.get((name, obj)) or jas.speaker_of(obj))
                lines.add_line(prefix, sentence, spk, src)
            elif kind == "text":
                lines.add_line(prefix, sentence, "unknown", src, only_first=True)
    # dialogues
    people = _dog_people(jas, cuts)
    dog_speaker = {}
    for name in sorted(n for n in c.entries if n.endswith(".DOG")):
        labels = {jas.speaker_of(o) for o in people.get(name, ())}
        labels.discard("unknown")
        spk = labels.pop() if len(labels) == 1 else "unknown"
        dog_speaker[name] = spk
        d = c.get(name, SKIP)
        level_max = abs(struct.unpack_from(">h", d, 0)[0])
        _uk, key, j_max, p_max = struct.unpack_from(">hhhh", d, 2)
        p1, _cut, p2 = struct.unpack_from(">HHH", d, 22)
        joe_off = 32 + level_max * 96
        src = "dog:" + name

        def entries(o, count):
            for _ in range(count):
                o += 2
                (ident,) = struct.unpack_from(">h", d, o)
                o += 2
                s, o = _pstr(d, o, 4)
                yield ident, s

        for ident, s in entries(joe_off, j_max):
            if ident == 0:     # opening line (also read as the first entry)
                lines.add_line("%2dSSSSJ" % key, s, "joe", src)
            elif ident > 0:
                lines.add_line("%2d%4xJ" % (key, ident), s, "joe", src)
        for ident, s in entries(p1, p_max):
            if ident > 0:
                lines.add_line("%2d%4xP" % (key, ident), s, spk, src)
        again_p, o = _pstr(d, p2, 2)
        again_j, o = _pstr(d, o, 2)
        lines.add_line("%2dXXXXP" % key, again_p, spk, src)
        lines.add_line("%2dXXXXJ" % key, again_j, "joe", src)
    return lines, dog_speaker


# --------------------------------------------------------------------------
# audio


def decode_mp3(data: bytes):
    """MP3 bytes -> 16 kHz mono s16 PCM bytes (PyAV / libswresample)."""
    import av  # PyAV
    chunks = []
    with av.open(io.BytesIO(data), format="mp3") as cont:
        res = av.AudioResampler(format="s16", layout="mono", rate=RATE)
        for frame in cont.decode(audio=0):
            for f in res.resample(frame):
                chunks.append(bytes(f.planes[0])[:f.samples * 2])
        for f in res.resample(None):
            chunks.append(bytes(f.planes[0])[:f.samples * 2])
    pcm = b"".join(chunks)
    if not pcm:
        raise QueenError("no audio decoded")
    return pcm


def _wav_ok(path):
    """Existing, complete 16 kHz mono 16-bit WAV -> its frame count."""
    try:
        with wave.open(path, "rb") as w:
            if (w.getframerate(), w.getnchannels(), w.getsampwidth()) != (RATE, 1, 2):
                return None
            n = w.getnframes()
        if os.path.getsize(path) != 44 + 2 * n or n == 0:
            return None
        return n
    except (OSError, EOFError, wave.Error):
        return None


def _write_wav(path, pcm):
    tmp = path + ".tmp"
    with wave.open(tmp, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)
    os.replace(tmp, path)


def _materialize(c, name, path, failures):
    n = _wav_ok(path)
    if n is not None:
        return n
    try:
        pcm = decode_mp3(c.get(name + ".SB"))
    except Exception as e:  # corrupt/undecodable clip: report and go on
        failures[name] = f"{type(e).__name__}: {e}"
        return None
    _write_wav(path, pcm)
    return len(pcm) // 2


# --------------------------------------------------------------------------


def extract(root, out_dir, names=None):
    """Write all speech and noise clips of the game; see module docstring.

    Returns (clips, noise, report).  ``names`` (optional) restricts the work
    to those clip names, for quick checks.
    """
    c = Container(os.path.join(root, DATA_REL))
    jas = Jas(c)
    lines, dog_speaker = collect_lines(c, jas)
    out_dir = os.path.abspath(out_dir)
    os.makedirs(os.path.join(out_dir, "noise"), exist_ok=True)

    sb = sorted(n[:-3] for n in c.entries if n.endswith(".SB"))
    if names is not None:
        wanted = set(names)
        sb = [n for n in sb if n in wanted]
    sfx = [n for n in sb if n.endswith("SSSS")]
    speech = [n for n in sb if not n.endswith("SSSS")]

    failures = {}
    clips, noise, no_text, ambiguous, empty = [], [], [], [], []
    speech_seconds = 0.0
    for name in speech:
        cands = lines.by_clip.get(name, [])
        texts = {t for t, _, _ in cands}
        path = os.path.join(out_dir, name + ".wav")
        n = _materialize(c, name, path, failures)
        if n is None:
            continue
        speech_seconds += n / RATE
        if not cands:
            no_text.append(name)
            continue
        if len(texts) > 1:
            ambiguous.append(name)
            continue
        text = texts.pop()
        if not text:
            empty.append(name)
            continue
        speakers = {s for _, s, _ in cands}
        speaker = speakers.pop() if len(speakers) == 1 else "unknown"
        source = sorted({s for _, _, s in cands})[0]
        clips.append({"clip": "queen/" + name, "audio": path, "text": text,
                      "speaker": speaker, "duration": round(n / RATE, 4),
                      "source": source})
    for name in sfx:
        path = os.path.join(out_dir, "noise", name + ".wav")
        n = _materialize(c, name, path, failures)
        if n is None:
            continue
        noise.append({"clip": "queen/noise/" + name, "audio": path,
                      "duration": round(n / RATE, 4)})

    spk_count = collections.Counter(x["speaker"] for x in clips)
    spk_hours = collections.defaultdict(float)
    for x in clips:
        spk_hours[x["speaker"]] += x["duration"] / 3600
    report = {
        "version": c.version,
        "speech_clips": len(speech),
        "speech_hours_all": round(speech_seconds / 3600, 3),
        "with_text": len(clips),
        "with_text_hours": round(sum(x["duration"] for x in clips) / 3600, 3),
        "with_text_words": sum(len(x["text"].split()) for x in clips),
        "without_text": no_text,
        "empty_text": empty,
        "ambiguous": ambiguous,
        "decode_failures": failures,
        "noise_clips": len(noise),
        "noise_hours": round(sum(x["duration"] for x in noise) / 3600, 3),
        "speakers": {k: [v, round(spk_hours[k], 3)]
                     for k, v in spk_count.most_common()},
        "dialogue_speakers": dog_speaker,
        "sources": dict(collections.Counter(x["source"].split(":")[0]
                                            for x in clips)),
    }
    return clips, noise, report


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default="/work/data/games/pkg",
                    help="dpkg -x directory of the package")
    ap.add_argument("--out", default="/work/data/games/clips/queen")
    a = ap.parse_args(argv)
    try:
        clips, noise, report = extract(a.root, a.out)
    except QueenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for fname, rows in (("clips.jsonl", clips), ("noise.jsonl", noise)):
        with open(os.path.join(a.out, fname), "w") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
