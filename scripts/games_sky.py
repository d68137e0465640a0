#!/usr/bin/env python3
"""Speech clips with exact transcripts from Debian's `beneath-a-steel-sky` package.

Beneath a Steel Sky (Revolution Software, CD version v0.0372) ships every voiced line
of the game as a separate 8-bit recording, and its text tables hold the line that each
recording speaks.  This module pairs them and writes 16 kHz mono 16-bit WAV files plus a
`clips.jsonl` index, for training and testing Hark.

    python3 scripts/games_sky.py --root /work/data/games/pkg --out /work/data/games/clips/sky

`--root` is a directory the package was unpacked into (`apt-get download
beneath-a-steel-sky && dpkg -x beneath-a-steel-sky_*.deb ROOT`); the game data lies in
ROOT/usr/share/scummvm/beneath-a-steel-sky/ (the data directory itself is accepted too).

Format facts this relies on (worked out from the data files, with ScummVM's sky engine as
the reference; no code of ScummVM is used):

* sky.dnr is the directory of sky.dsk: a u32 entry count (5,097 for v0.0372) and 8-byte
  entries: u16 file number, a 24-bit offset (bit 23 set: the offset counts 16-byte units)
  and 24 bits of flags (low 22 bits: stored size; bit 23: stored as is; bit 22: the
  22-byte header is dropped after unpacking).
* A file starts with a 22-byte header of 11 u16; when header bit 7 is set and flag bit 23
  is clear, the rest is RNC ProPack method 1 data ("RNC\\x01", sizes, a CRC-16 of the
  packed and of the unpacked bytes), which this module unpacks itself and CRC-checks.
* Speech: the line with text number T (bits 12-15: section 0-7, low 12 bits: line) is
  file 50000 + (0, 600, 1100, 2430, 3380, 4530, 5080, 5230)[section] + line, unsigned
  8-bit PCM at 11,025 Hz after its header.  Files 59494-59672 belong to the CD intro
  (speech, background sounds, pictures); they have no text in the text tables and are
  counted, not written.
* Text: section S of language L (English = 0) is file 60600 + 8 L + S: a u16 offset of
  a per-line skip table, a u16 offset of the bit stream, then u16 bit-offsets of each
  32-line block; lines are Huffman coded, most significant bit first, and end at a NUL.
  The Huffman tree is not in the data files: the game's executable held it.  ScummVM's
  sky engine carries the table for each game version, so it is read at run time out of
  the `scummvm` Debian package's binary (`/usr/games/scummvm`): the 245-node v0.0372
  table (3 bytes a node: left, right, character) is located by its SHA-256 below and
  checked by decoding; no copy of it is kept in this repository.  Without the package
  (under ROOT, --scummvm or /), `apt-get download scummvm` unpacks it in ROOT/.scummvm-deb.
* Speakers: the game's scripts (files 60400-60406, a small stack byte code) call the
  "speak" functions with (who, text number, animation); who is a compact (game object)
  id, the running object itself, the player, or the person being talked to.  sky.cpt
  (ScummVM's compact file, in the same package) names the compacts and holds the start
  state of the script variables.  `speakers()` follows those calls; each clip's
  `speaker` is `sky_<compact name>` (e.g. `sky_foster`, `sky_joey`, `sky_lamb`) or
  `sky_unknown`, with `speaker_how` saying how it was found.  One character can have
  more than one compact (e.g. court-room copies), and the game's actors voiced several
  characters each, so labels are characters, not voices.

Text is the game's line with light normalization only: backticks (used as opening
quotes) become apostrophes, runs of four or more dots become "...", white space is
collapsed.  CAPITALS, which the game uses for emphasis, are kept; `caps_emphasis` marks a
line that has a word in capitals.  Some lines are ad-libbed or cut in the recording
(e.g. sky/50043); the text is what the game shows, not a checked transcript.

Licence: the package's licence (usr/share/doc/beneath-a-steel-sky/copyright, Revolution
Software) allows free redistribution with its readme and notices intact, and of modified
versions if marked as modified (resampled clips are).  The audio is not committed to the
repository: it is rebuilt from the package with this module.  Output is deterministic: sox's `rate` resampler (dither off,
fixed seed) when sox is installed, otherwise scipy's polyphase resampler.
"""

import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import wave
from collections import Counter, defaultdict

PACKAGE = "beneath-a-steel-sky"
SCUMMVM_PACKAGE = "scummvm"
DATA_SUBDIR = os.path.join("usr", "share", "scummvm", "beneath-a-steel-sky")
DNR_ENTRIES_V372 = 5097

SPEECH_BASE = 50000
SECTION_FIRST_FILE = (0, 600, 1100, 2430, 3380, 4530, 5080, 5230)
INTRO_FIRST = 59494            # 59494-59499 intro background sounds, 59500-59672 intro
INTRO_SPEECH_FIRST = 59500
INTRO_LAST = 59672
TEXT_BASE = 60600              # + 8 * language + section
MODULE_BASE = 60400            # script modules 60400-60406
SAMPLE_RATE_IN = 11025
SAMPLE_RATE_OUT = 16000

# The v0.0372 text Huffman table: 245 nodes of (left child, right child, character),
# 735 bytes; it begins with these nodes and has this SHA-256.
HUFF_NODES_V372 = 245
HUFF_PREFIX = bytes([1, 20, 0, 2, 7, 0, 3, 4, 0, 0, 0, 0x20, 5, 6, 0, 0, 0, 0x65, 0, 0, 0x61])
HUFF_SHA256_V372 = "a365679a5c3ca7f817826dcca0d85ad4a6b0097e5e482537301f9b7685110e7d"

# Script byte code: opcodes with one operand word; 11 (call) has two; 14 (switch) has a
# count, count (value, jump) pairs and a default jump; the rest have none.
OPS_ONE = {0, 2, 5, 6, 9, 15, 16, 18}
OP_PUSH_VAR, OP_PUSH, OP_POP_VAR, OP_CALL, OP_SWITCH = 0, 2, 6, 11, 14
OPS_NONE = {1, 3, 4, 7, 8, 10, 12, 13, 17, 19, 20}
# Engine functions ("mcodes") by number, the ones that matter here.
MC_INTERACT, MC_START_SUB, MC_THEY_START_SUB, MC_ASSIGN_BASE = 6, 7, 8, 9
MC_SET_ALT, MC_ALT_SET_ALT, MC_SEND_REQUEST, MC_ASK_THIS = 24, 25, 46, 70
MC_SPEAK = {35: "speak_me", 36: "speak_me_dir", 37: "speak_wait", 38: "speak_wait_dir"}
VAR_CUR_ID, VAR_CLICKED, VAR_PLAYER_ID, VAR_TALKEE = 12, 20, 21, 120
# (the running object, the object clicked on, the player, the person talked to)
CPT_FOSTER = 3
# Compact words (u16) used: actionScript 17 (run by the player on interaction), and the
# base, action, get-to and extra script slots 27, 29, 31, 33 (run by the object itself).
CPT_ACTION_SCRIPT = 17
CPT_SUB_SLOTS = (27, 29, 31, 33)
CPT_TYPE_COMPACT = 1


class SkyError(Exception):
    """The package's data is missing or not what this module expects."""


class RncError(Exception):
    """An RNC ProPack stream failed to unpack or failed a CRC check."""


# ----------------------------------------------------------------------------- CRC, RNC

def _crc_tables():
    t8 = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xA001 if c & 1 else c >> 1
        t8.append(c)
    t16 = [0] * 65536          # two bytes a step: the register is 16 bits wide
    for x in range(65536):
        c = (x >> 8) ^ t8[x & 0xFF]
        t16[x] = (c >> 8) ^ t8[c & 0xFF]
    return t8, t16


_CRC8 = _CRC16 = None


def crc16(data):
    """CRC-16 as ProPack uses it (reflected polynomial 0xA001, start 0, no final xor)."""
    global _CRC8, _CRC16
    if _CRC16 is None:
        _CRC8, _CRC16 = _crc_tables()
    t16 = _CRC16
    crc = 0
    n = len(data) & ~1
    if n:
        for w in memoryview(bytes(data[:n])).cast("H"):
            crc = t16[crc ^ w]
    if len(data) & 1:
        crc = (crc >> 8) ^ _CRC8[(crc ^ data[-1]) & 0xFF]
    return crc


def rnc_unpack(src):
    """Unpack an RNC ProPack method-1 stream (bytes from its "RNC" signature on).

    Bits are read least significant first from little-endian 16-bit words, fetched only
    when needed; runs of literal bytes sit in the byte stream between those words."""
    if len(src) < 18 or src[:4] != b"RNC\x01":
        raise RncError("no RNC method 1 signature")
    unpacked_len, packed_len, unpacked_crc, packed_crc = struct.unpack_from(">IIHH", src, 4)
    chunks = src[17]
    if len(src) < 18 + packed_len:
        raise RncError("packed data truncated")
    if crc16(src[18:18 + packed_len]) != packed_crc:
        raise RncError("packed CRC mismatch")
    data = bytes(src[:18 + packed_len]) + b"\0\0\0\0"
    end = 18 + packed_len
    state = [18, 0, 0]          # byte position, bit buffer, bits in buffer

    def bits(n):
        pos, buf, nb = state
        while nb < n:
            buf |= (data[pos] | (data[pos + 1] << 8)) << nb
            pos += 2
            nb += 16
        state[0], state[1], state[2] = pos, buf >> n, nb - n
        return buf & ((1 << n) - 1)

    def table():
        count = bits(5)
        lengths = [bits(4) for _ in range(count)]
        width = max(lengths) if lengths else 0
        if not width:
            return None, 0
        lookup = [None] * (1 << width)
        code = 0
        for length in range(1, 17):
            for sym, ln in enumerate(lengths):
                if ln != length:
                    continue
                c = code >> (16 - length)
                rev = int(format(c, "0%db" % length)[::-1], 2)
                for k in range(rev, 1 << width, 1 << length):
                    lookup[k] = (sym, length)
                code += 1 << (16 - length)
        return lookup, width

    def value(tab):
        lookup, width = tab
        if lookup is None:
            raise RncError("empty Huffman table used")
        pos, buf, nb = state
        peek = buf
        if nb < width:
            peek |= (data[pos] | (data[pos + 1] << 8)) << nb
        entry = lookup[peek & ((1 << width) - 1)]
        if entry is None:
            raise RncError("bad Huffman code")
        sym, length = entry
        bits(length)
        if sym < 2:
            return sym
        return bits(sym - 1) | (1 << (sym - 1))

    out = bytearray()
    bits(2)                     # lock and key flags
    for _ in range(chunks):
        raw_t, dist_t, len_t = table(), table(), table()
        count = bits(16)
        while True:
            n = value(raw_t)
            if n:
                pos = state[0]
                if pos + n > end:
                    raise RncError("literal run past the end of the data")
                out += data[pos:pos + n]
                state[0] = pos + n
            count -= 1
            if count <= 0:
                break
            off = value(dist_t) + 1
            ln = value(len_t) + 2
            start = len(out) - off
            if start < 0:
                raise RncError("match before the start of the output")
            if off >= ln:
                out += out[start:start + ln]
            else:
                pat = out[start:]
                q, r = divmod(ln, off)
                out += pat * q + pat[:r]
            if len(out) > unpacked_len:
                raise RncError("output longer than the header says")
    if len(out) != unpacked_len:
        raise RncError("unpacked %d bytes, header says %d" % (len(out), unpacked_len))
    if crc16(out) != unpacked_crc:
        raise RncError("unpacked CRC mismatch")
    return bytes(out)


# ----------------------------------------------------------------------------- the disk

def data_dir(root):
    """The directory with sky.dnr/sky.dsk/sky.cpt under `root` (or `root` itself)."""
    for d in (os.path.join(root, DATA_SUBDIR), root):
        if os.path.isfile(os.path.join(d, "sky.dnr")):
            return d
    raise SkyError("sky.dnr not found: looked in %s and %s; unpack Debian's %s package there "
                   "(apt-get download %s && dpkg -x %s_*.deb ROOT)"
                   % (os.path.join(root, DATA_SUBDIR), root, PACKAGE, PACKAGE, PACKAGE))


class SkyDisk:
    """Reads files out of sky.dsk by number, through the sky.dnr directory."""

    def __init__(self, root):
        self.dir = data_dir(root)
        dnr = os.path.join(self.dir, "sky.dnr")
        self.dsk_path = os.path.join(self.dir, "sky.dsk")
        if not os.path.isfile(self.dsk_path):
            raise SkyError("%s missing (from Debian's %s package)" % (self.dsk_path, PACKAGE))
        with open(dnr, "rb") as f:
            d = f.read()
        n = struct.unpack_from("<I", d, 0)[0]
        if len(d) < 4 + 8 * n:
            raise SkyError("%s is truncated" % dnr)
        if n != DNR_ENTRIES_V372:
            raise SkyError("%s has %d entries; this module reads the CD version v0.0372 "
                           "(%d entries) that Debian's %s package ships"
                           % (dnr, n, DNR_ENTRIES_V372, PACKAGE))
        self.entries = {}
        for i in range(n):
            e = d[4 + 8 * i: 12 + 8 * i]
            fileno = e[0] | (e[1] << 8)
            self.entries[fileno] = (int.from_bytes(e[2:5], "little"), int.from_bytes(e[5:8], "little"))
        self._f = open(self.dsk_path, "rb")

    def close(self):
        self._f.close()

    def stored(self, fileno):
        off, flags = self.entries[fileno]
        pos = off & 0x7FFFFF
        if off & 0x800000:
            pos <<= 4
        size = flags & 0x3FFFFF
        self._f.seek(pos)
        b = self._f.read(size)
        if len(b) != size:
            raise SkyError("file %d: sky.dsk ends early" % fileno)
        return b, flags

    def load(self, fileno):
        """The file's bytes as the game sees them: header (unless dropped) and body."""
        b, flags = self.stored(fileno)
        if flags & 0x800000 or len(b) < 22 or not (b[0] & 0x80):
            return b
        body = rnc_unpack(b[22:])
        return body if flags & 0x400000 else b[:22] + body


# ----------------------------------------------------------------------------- text

def find_scummvm_binaries(root, explicit=None):
    """Candidate files that may hold ScummVM's sky engine (the binary or a plugin)."""
    found = []
    roots = [root, os.path.join(root, ".scummvm-deb"), "/"]
    if explicit:
        if not os.path.exists(explicit):
            raise SkyError("--scummvm %s does not exist" % explicit)
        roots = [explicit] + roots
    for r in roots:
        if os.path.isfile(r):
            found.append(r)
            continue
        for pat in ("usr/games/scummvm", "usr/bin/scummvm", "usr/lib/*/scummvm/*sky*.so",
                    "usr/lib/scummvm/*sky*.so"):
            found += sorted(glob.glob(os.path.join(r, pat)))
    seen, out = set(), []
    for p in found:
        rp = os.path.realpath(p)
        if rp not in seen:
            seen.add(rp)
            out.append(p)
    return out


def fetch_scummvm(root):
    """Download Debian's scummvm package with apt and unpack it under root/.scummvm-deb."""
    dest = os.path.join(root, ".scummvm-deb")
    os.makedirs(dest, exist_ok=True)
    if not shutil.which("apt-get") or not shutil.which("dpkg"):
        raise SkyError("the text needs the Huffman table from Debian's %s package; install it "
                       "or unpack it into %s (apt-get download %s && dpkg -x scummvm_*.deb %s)"
                       % (SCUMMVM_PACKAGE, root, SCUMMVM_PACKAGE, root))
    r = subprocess.run(["apt-get", "download", SCUMMVM_PACKAGE], cwd=dest,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    debs = sorted(glob.glob(os.path.join(dest, "scummvm_*.deb")))
    if r.returncode or not debs:
        raise SkyError("apt-get download %s failed (%s); unpack the package into %s by hand"
                       % (SCUMMVM_PACKAGE, r.stdout.strip()[-300:], root))
    subprocess.run(["dpkg", "-x", debs[-1], dest], check=True)
    return dest


def load_huffman_tree(root, scummvm=None, download=True):
    """The v0.0372 text Huffman tree, read out of the scummvm package; returns
    (nodes, source path).  Each node is (left, right, character)."""
    cands = find_scummvm_binaries(root, scummvm)
    if not cands and download:
        fetch_scummvm(root)
        cands = find_scummvm_binaries(root, scummvm)
    for path in cands:
        with open(path, "rb") as f:
            blob = f.read()
        i = blob.find(HUFF_PREFIX)
        while i >= 0:
            table = blob[i:i + 3 * HUFF_NODES_V372]
            if hashlib.sha256(table).hexdigest() == HUFF_SHA256_V372:
                return [tuple(table[3 * k:3 * k + 3]) for k in range(HUFF_NODES_V372)], path
            i = blob.find(HUFF_PREFIX, i + 1)
    raise SkyError("the v0.0372 text Huffman table (sha256 %s...) was not found in %s; it comes "
                   "from Debian's %s package (/usr/games/scummvm): apt-get download %s && "
                   "dpkg -x scummvm_*.deb %s" % (HUFF_SHA256_V372[:12], cands or "any file",
                                                 SCUMMVM_PACKAGE, SCUMMVM_PACKAGE, root))


class SkyText:
    """Decodes the game's lines by text number (section << 12 | line)."""

    def __init__(self, disk, tree, language=0):
        self.disk, self.tree, self.language = disk, tree, language
        self._sections = {}

    def section(self, sec):
        if sec not in self._sections:
            self._sections[sec] = self.disk.load(TEXT_BASE + 8 * self.language + sec)
        return self._sections[sec]

    def lines_in(self, sec):
        b = self.section(sec)
        skip_at, bits_at = struct.unpack_from("<HH", b, 0)
        return bits_at - skip_at

    def raw(self, textno):
        sec, line = textno >> 12, textno & 0xFFF
        if sec > 7:
            raise ValueError("text %d: no section %d" % (textno, sec))
        b = self.section(sec)
        skip_at, bits_at = struct.unpack_from("<HH", b, 0)
        if line >= bits_at - skip_at:
            raise ValueError("text %d: section %d has %d lines" % (textno, sec, bits_at - skip_at))
        block = line & 0xFE0
        offset = sum(struct.unpack_from("<%dH" % (block >> 5), b, 4)) if block else 0
        for k in range(line & 0x1F):
            s = b[skip_at + block + k]
            offset += (s & 0x7F) << 3 if s & 0x80 else s
        # offsets count 2-bit steps from the start of the bit stream
        bit = (bits_at + (offset >> 2)) * 8 + (offset & 3) * 2
        tree, out, nbits = self.tree, bytearray(), len(b) * 8
        while True:
            node = 0
            while True:
                if bit >= nbits:
                    raise ValueError("text %d runs past the end of its section" % textno)
                node = tree[node][(b[bit >> 3] >> (7 - (bit & 7))) & 1]
                bit += 1
                if tree[node][0] == 0 and tree[node][1] == 0:
                    break
            ch = tree[node][2]
            if ch == 0:
                return bytes(out)
            out.append(ch)
            if len(out) > 400:
                raise ValueError("text %d has no end" % textno)


def clean_text(raw):
    """The game's line, lightly normalized (see the module docstring)."""
    s = raw.decode("latin-1")
    if any(ord(c) < 32 or 126 < ord(c) for c in s):
        raise ValueError("unexpected character in %r" % s)
    s = s.replace("`", "'")
    s = re.sub(r"\.{4,}", "...", s)
    return re.sub(r"\s+", " ", s).strip()


def has_caps_emphasis(text):
    return any(len(w) >= 2 for w in re.findall(r"\b[A-Z][A-Z'-]*[A-Z]\b", text))


# ----------------------------------------------------------------------------- speakers

class Compacts:
    """Names, types and words of the game objects in sky.cpt, and its start state."""

    def __init__(self, ddir):
        path = os.path.join(ddir, "sky.cpt")
        if not os.path.isfile(path):
            raise SkyError("%s missing (from Debian's %s package)" % (path, PACKAGE))
        with open(path, "rb") as f:
            c = f.read()
        self.names, self.types, self.words = {}, {}, {}
        p = [0]

        def u16():
            v = c[p[0]] | (c[p[0] + 1] << 8)
            p[0] += 2
            return v

        def u32():
            v = struct.unpack_from("<I", c, p[0])[0]
            p[0] += 4
            return v

        def words(n):
            v = struct.unpack_from("<%dH" % n, c, p[0])
            p[0] += 2 * n
            return v

        if u16() != 0:
            raise SkyError("%s: unknown sky.cpt version" % path)
        lens = [u16() for _ in range(u16())]
        u32()                             # size of the unpacked words
        src = words(u32())
        n_ascii = u32()
        ascii_ = c[p[0]:p[0] + n_ascii]
        p[0] += n_ascii
        ap, sp = 0, 0

        def name():
            nonlocal ap
            e = ascii_.index(b"\0", ap)
            s = ascii_[ap:e].decode("latin-1")
            ap = e + 1
            return s

        for lst, n in enumerate(lens):
            for e in range(n):
                size = src[sp]
                sp += 1
                if size:
                    cid = (lst << 12) | e
                    self.types[cid] = src[sp]
                    self.names[cid] = name()
                    self.words[cid] = src[sp + 1: sp + 1 + size]
                    sp += 1 + size
        links = words(2 * u16())
        for k in range(0, len(links), 2):
            self.names[links[k]] = name()
            self.types[links[k]] = self.types.get(links[k + 1])
            self.words[links[k]] = self.words.get(links[k + 1])
        u16()
        n = u16()
        p[0] += 2 * n                     # v0.0288 patches
        n = u16()
        p[0] += 2 * n                     # ids kept in saved games
        reset = list(words(u16()))        # start-of-game state: header, then variables
        for _ in range(u16()):
            version, n = u16(), u16()
            diff = words(2 * n)
            if version == 372:
                for k in range(0, len(diff), 2):
                    reset[diff[k]] = diff[k + 1]
        self.reset = reset

    def start_var(self, v):
        """Start value of script variable v (u32s after a 16-word header)."""
        i = 16 + 2 * v
        return reset_word(self.reset, i) | (reset_word(self.reset, i + 1) << 16)


def reset_word(reset, i):
    return reset[i] if 0 <= i < len(reset) else 0


def disassemble(w, start):
    """Linear list of (position, opcode, operands) from word `start` on."""
    ins, i, n = [], start, len(w)
    while i < n:
        op = w[i]
        if op in OPS_ONE and i + 1 < n:
            ins.append((i, op, (w[i + 1],)))
            i += 2
        elif op == OP_CALL and i + 2 < n:
            ins.append((i, op, (w[i + 1], w[i + 2])))
            i += 3
        elif op == OP_SWITCH and i + 1 < n:
            k = w[i + 1]
            ins.append((i, op, tuple(w[i + 1:i + 3 + 2 * k])))
            i += 3 + 2 * k
        else:
            ins.append((i, op if op in OPS_NONE else -1, ()))
            i += 1
    return ins


def speakers(disk, cpt, debug=None):
    """Who speaks each text number, from the scripts: {text number: (label, how)}.

    `how` is "named" (a fixed object), "player" (the player variable), "self" (the object
    running the script, found by following which objects start which scripts),
    "talkee" (the person the player is talking to: the object whose interaction script
    leads to the line, or a value put in that variable just before), "choice" (a line the
    player picks in a conversation: Foster says it)."""
    import bisect
    scripts = {}
    for mod in range(16):
        fileno = MODULE_BASE + mod
        if fileno not in disk.entries:
            continue
        b = disk.load(fileno)
        w = struct.unpack_from("<%dH" % (len(b) // 2), b)
        count = w[0]
        table = list(w[:count])
        ins = disassemble(w, count)
        pos = [x[0] for x in ins]
        for k, st in enumerate(table):
            nxt = min([s for s in table if s > st] + [len(w)])
            scripts[(mod << 12) | k] = ins[bisect.bisect_left(pos, st):bisect.bisect_left(pos, nxt)]

    def const(x):
        """Value of a pushed operand when it is known without running the game."""
        if x[1] == OP_PUSH:
            return x[2][0]
        if x[1] == OP_PUSH_VAR:
            v = x[2][0] // 4
            if v == VAR_PLAYER_ID:
                return CPT_FOSTER
            if v not in assigned_vars:
                val = cpt.start_var(v)
                return val if val else None
        return None

    assigned_vars = set()
    for ins in scripts.values():
        for (_, op, args) in ins:
            if op == OP_POP_VAR:
                assigned_vars.add(args[0] // 4)

    def talkee_overrides(ins):
        """Per instruction: the person talked to when the script itself says who, by
        putting a fixed object in the talkee variable earlier on, or inside the case of a
        switch on the clicked object (or on the talkee) whose value is that object."""
        at = [None] * len(ins)
        index = {x[0]: j for j, x in enumerate(ins)}
        regions = []
        for j, (i, op, args) in enumerate(ins):
            if op == OP_SWITCH and j and ins[j - 1][1] == OP_PUSH_VAR \
                    and ins[j - 1][2][0] // 4 in (VAR_CLICKED, VAR_TALKEE) and args:
                n = args[0]
                targets = []
                for k in range(n):
                    value, jump = args[1 + 2 * k], args[2 + 2 * k]
                    targets.append(((i + 2 + 2 * k + jump // 2 + 1) & 0xFFFF, value))
                if len(args) > 1 + 2 * n:
                    targets.append(((i + 2 + 2 * n + args[1 + 2 * n] // 2) & 0xFFFF, None))
                starts = sorted(t for t, _ in targets)
                for t, value in targets:
                    if value in cpt.names and t in index:
                        later = [x for x in starts if x > t]
                        end = later[0] if later else ins[-1][0] + 1
                        regions.append((t, end, value))
        local = None
        for j, (i, op, args) in enumerate(ins):
            if op == OP_POP_VAR and args[0] // 4 == VAR_TALKEE and j:
                v = const(ins[j - 1])
                local = v if v else local
            inside = [v for (a, z, v) in regions if a <= i < z]
            at[j] = inside[-1] if inside else local
        return at

    overrides = {sid: talkee_overrides(ins) for sid, ins in scripts.items()}

    runner = defaultdict(set)     # script -> objects that run it (CUR_ID)
    talkee = defaultdict(set)     # script -> objects the player talks to in it
    for cid, w in cpt.words.items():
        if cpt.types.get(cid) != CPT_TYPE_COMPACT or not w:
            continue
        for f in CPT_SUB_SLOTS:
            if len(w) > f and w[f]:
                runner[w[f]].add(cid)
        if len(w) > CPT_ACTION_SCRIPT and w[CPT_ACTION_SCRIPT] and cid != CPT_FOSTER:
            runner[w[CPT_ACTION_SCRIPT]].add(CPT_FOSTER)
            talkee[w[CPT_ACTION_SCRIPT]].add(cid)

    def add(table, sid, objs):
        if sid in scripts and objs and not objs <= table[sid]:
            table[sid] |= objs
            return True
        return False

    changed = True
    while changed:
        changed = False
        for sid, ins in scripts.items():
            run, inherited = runner.get(sid, set()), talkee.get(sid, set())
            for j, (_, op, args) in enumerate(ins):
                if op != OP_CALL:
                    continue
                tlk = {overrides[sid][j]} if overrides[sid][j] else inherited
                n, mc = args[0], args[1] // 4
                vals = [const(x) for x in ins[j - n:j]] if 0 < n <= j else []
                if mc in (MC_START_SUB, MC_SET_ALT) and vals and vals[0]:
                    changed |= add(runner, vals[0] & 0xFFFF, set(run))
                    changed |= add(talkee, vals[0] & 0xFFFF, set(tlk))
                elif mc in (MC_THEY_START_SUB, MC_ASSIGN_BASE, MC_ALT_SET_ALT, MC_SEND_REQUEST) \
                        and len(vals) >= 2 and vals[0] and vals[1]:
                    changed |= add(runner, vals[1] & 0xFFFF, {vals[0]})
                elif mc == MC_INTERACT and vals and vals[0] in cpt.words:
                    w = cpt.words[vals[0]] or ()
                    if len(w) > CPT_ACTION_SCRIPT and w[CPT_ACTION_SCRIPT]:
                        changed |= add(runner, w[CPT_ACTION_SCRIPT], set(run))
                        changed |= add(talkee, w[CPT_ACTION_SCRIPT], {vals[0]})

    if debug is not None:
        debug.update(scripts=scripts, runner=runner, talkee=talkee, const=const)
    votes = defaultdict(Counter)
    for sid, ins in scripts.items():
        for j, (_, op, args) in enumerate(ins):
            if op != OP_CALL or j < args[0]:
                continue
            n, mc = args[0], args[1] // 4
            if mc == MC_ASK_THIS and n >= 1 and ins[j - n][1] == OP_PUSH:
                votes[ins[j - n][2][0]][(CPT_FOSTER, "choice")] += 1
                continue
            if mc not in MC_SPEAK or n != 3:
                continue
            who, msg = ins[j - 3], ins[j - 2]
            if msg[1] != OP_PUSH:
                continue
            textno = msg[2][0]
            obj, how = None, None
            if who[1] == OP_PUSH:
                obj, how = who[2][0], "named"
            elif who[1] == OP_PUSH_VAR:
                v = who[2][0] // 4
                if v == VAR_PLAYER_ID:
                    obj, how = CPT_FOSTER, "player"
                elif v == VAR_CUR_ID and len(runner.get(sid, ())) == 1:
                    obj, how = next(iter(runner[sid])), "self"
                elif v == VAR_TALKEE and overrides[sid][j]:
                    obj, how = overrides[sid][j], "talkee"
                elif v == VAR_TALKEE and len(talkee.get(sid, ())) == 1:
                    obj, how = next(iter(talkee[sid])), "talkee"
            votes[textno][(obj, how)] += 1

    result = {}
    for textno, c in votes.items():
        known = [(k, n) for k, n in c.items() if k[0] is not None]
        objs = {k[0] for k, _ in known}
        if len(objs) == 1 and sum(n for _, n in known) == sum(c.values()):
            obj = objs.pop()
            how = max(known, key=lambda kn: kn[1])[0][1]
            result[textno] = ("sky_" + label_name(cpt.names.get(obj, str(obj))), how)
        elif len(objs) > 1:
            result[textno] = ("sky_unknown", "conflict")
        else:
            result[textno] = ("sky_unknown", "unresolved")
    return result


def label_name(name):
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "unnamed"


# ----------------------------------------------------------------------------- audio

def resampler():
    if shutil.which("sox"):
        return "sox"
    try:
        import numpy  # noqa: F401
        import scipy.signal  # noqa: F401
        return "scipy"
    except ImportError:
        raise SkyError("resampling needs sox (apt-get install sox) or numpy and scipy (pip)")


def write_wav(pcm8, path, how):
    """Write unsigned 8-bit 11,025 Hz samples as 16 kHz 16-bit mono WAV, atomically."""
    tmp = path + ".tmp"
    if how == "sox":
        subprocess.run(["sox", "-R", "-D", "-V1", "-t", "raw", "-r", str(SAMPLE_RATE_IN),
                        "-e", "unsigned-integer", "-b", "8", "-c", "1", "-",
                        "-t", "wav", "-e", "signed-integer", "-b", "16", tmp,
                        "rate", "-v", str(SAMPLE_RATE_OUT)],
                       input=pcm8, check=True, stdout=subprocess.DEVNULL)
    else:
        import numpy as np
        from scipy.signal import resample_poly
        x = (np.frombuffer(pcm8, dtype=np.uint8).astype(np.float64) - 128.0) * 256.0
        y = resample_poly(x, 640, 441)
        y = np.clip(np.round(y), -32768, 32767).astype("<i2")
        with wave.open(tmp, "wb") as wf:
            wf.setnchannels(1)
            wf.setsampwidth(2)
            wf.setframerate(SAMPLE_RATE_OUT)
            wf.writeframes(y.tobytes())
    os.replace(tmp, path)


def wav_seconds(path):
    with wave.open(path, "rb") as wf:
        return wf.getnframes() / float(wf.getframerate())


# ----------------------------------------------------------------------------- main

def clip_files(disk):
    """(in-game speech file numbers, intro speech file numbers, other intro files) in
    sky.dnr.  The intro's pictures and palettes are stored with flag bit 22 or 23 set,
    its speech like the in-game speech; 59494-59499 are its background sounds."""
    game, intro, other = [], [], []
    for f in sorted(disk.entries):
        if INTRO_SPEECH_FIRST <= f <= INTRO_LAST and not disk.entries[f][1] & 0xC00000:
            intro.append(f)
        elif INTRO_FIRST <= f <= INTRO_LAST:
            other.append(f)
        elif SPEECH_BASE <= f < INTRO_FIRST:
            game.append(f)
    return game, intro, other


def text_number(fileno):
    n = fileno - SPEECH_BASE
    sec = max(s for s in range(8) if SECTION_FIRST_FILE[s] <= n)
    return sec, n - SECTION_FIRST_FILE[sec]


def extract(root, out_dir, scummvm=None, log=None):
    """Write every in-game speech clip with text as out_dir/<fileno>.wav; see the module
    docstring.  Returns (clips, report)."""
    disk = SkyDisk(root)
    tree, tree_src = load_huffman_tree(root, scummvm)
    text = SkyText(disk, tree)
    lines = bad = 0                  # the tree must decode the text sections cleanly
    for sec in range(8):
        for line in range(text.lines_in(sec)):
            lines += 1
            try:
                clean_text(text.raw((sec << 12) | line))
            except ValueError:
                bad += 1
    if bad > lines // 100:
        raise SkyError("the Huffman table from %s decodes %d of %d lines badly: wrong table?"
                       % (tree_src, bad, lines))
    cpt = Compacts(disk.dir)
    try:
        who, speaker_error = speakers(disk, cpt), None
    except Exception as e:           # labels are a bonus: never lose the clips over them
        who, speaker_error = {}, "%s: %s" % (type(e).__name__, e)
    how = resampler()
    os.makedirs(out_dir, exist_ok=True)
    out_dir = os.path.abspath(out_dir)

    game, intro, intro_other = clip_files(disk)
    report = Counter()
    crc_fail, decode_fail, no_text = [], [], []
    clips = []
    for k, fileno in enumerate(game):
        name = "sky/%d" % fileno
        sec, line = text_number(fileno)
        textno = (sec << 12) | line
        try:
            line_text = clean_text(text.raw(textno))
        except ValueError as e:
            no_text.append("%s (%s)" % (name, e))
            continue
        if not line_text:
            no_text.append("%s (empty text)" % name)
            continue
        try:
            b = disk.load(fileno)
        except RncError as e:
            (crc_fail if "CRC" in str(e) else decode_fail).append("%s (%s)" % (name, e))
            continue
        except SkyError as e:
            decode_fail.append("%s (%s)" % (name, e))
            continue
        pcm = b[22:]
        if len(pcm) < 100:
            decode_fail.append("%s (only %d samples)" % (name, len(pcm)))
            continue
        path = os.path.join(out_dir, "%d.wav" % fileno)
        if os.path.exists(path):
            report["wav_kept"] += 1
        else:
            write_wav(pcm, path, how)
            report["wav_written"] += 1
        spk, spk_how = who.get(textno, ("sky_unknown", "no_script_call"))
        clips.append({
            "clip": name,
            "audio": path,
            "text": line_text,
            "speaker": spk,
            "speaker_how": spk_how,
            "section": sec,
            "text_id": textno,
            "line": line,
            "duration": round(wav_seconds(path), 4),
            "clipped_fraction": round((pcm.count(0) + pcm.count(255)) / len(pcm), 6),
            "caps_emphasis": has_caps_emphasis(line_text),
        })
        if log and (k + 1) % 500 == 0:
            log("  %d/%d files" % (k + 1, len(game)))
    disk.close()
    clips.sort(key=lambda c: int(c["clip"].split("/")[1]))
    report.update({
        "speech_files_found": len(game) + len(intro),
        "speech_files_in_game": len(game),
        "clips_with_text": len(clips),
        "clips_without_text": len(no_text),
        "crc_failures": len(crc_fail),
        "decode_failures": len(decode_fail),
        "intro_speech_files_no_text_not_written": len(intro),
        "intro_other_files": len(intro_other),
        "text_lines_in_tables": lines,
        "text_lines_undecodable": bad,
        "hours": round(sum(c["duration"] for c in clips) / 3600.0, 3),
        "words": sum(len(c["text"].split()) for c in clips),
        "clipped_over_1pct": sum(1 for c in clips if c["clipped_fraction"] >= 0.01),
    })
    spk = Counter(c["speaker_how"] for c in clips)
    report = dict(report)
    report.update({
        "crc_failure_names": crc_fail,
        "decode_failure_names": decode_fail,
        "without_text_names": no_text,
        "speaker_how": dict(spk),
        "speakers": len({c["speaker"] for c in clips}),
        "speaker_analysis_error": speaker_error,
        "huffman_tree_from": tree_src,
        "resampler": how,
    })
    return clips, report


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", required=True, help="directory the %s package was unpacked into" % PACKAGE)
    ap.add_argument("--out", required=True, help="output directory for <fileno>.wav and clips.jsonl")
    ap.add_argument("--scummvm", help="ScummVM binary (or unpacked scummvm package) holding the "
                                      "text Huffman table; default: look under --root, then /")
    args = ap.parse_args(argv)
    try:
        clips, report = extract(args.root, args.out, args.scummvm,
                                log=lambda s: print(s, file=sys.stderr))
    except SkyError as e:
        print("games_sky: %s" % e, file=sys.stderr)
        return 2
    with open(os.path.join(args.out, "clips.jsonl.tmp"), "w") as f:
        for c in clips:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    os.replace(os.path.join(args.out, "clips.jsonl.tmp"), os.path.join(args.out, "clips.jsonl"))
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
