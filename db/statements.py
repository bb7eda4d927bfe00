"""When two quotations are the same statement (issue 20): the words that
count, and how near two quotations' words must be.

Ten outlets report one statement, each its own way: one trims it at either
end, one re-punctuates it, one writes its quote marks otherwise or changes a
word. What stays is the run of words: a quotation is reduced to its words,
case, accents, punctuation and quote marks folded away (``statement_words``),
each word to a 16-bit hash (``word_hashes``: two bytes a word are all a
comparison needs, and what the store keeps of a wording). Two wordings are
one statement when the shorter lies within the longer with few words
changed (``same_statement``). Letters of scripts written without spaces
(Chinese, Japanese, Thai) count one by one, as words.

Pure functions, no database: ``db.quote_groups`` stores and groups with them.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import unicodedata
import zlib
from array import array

# A quotation of fewer words is never grouped: "No comment." and "We will
# see." are said by everyone and are not one statement.
MIN_WORDS = 5
# The shorter wording must match a stretch of the longer this well: the
# share of its words found in place (a changed word costs 1/n). 0.85 lets
# 7-13 words differ by one, 14-19 by two, 20-26 by three; 5-6 words must
# match exactly.
MIN_SCORE = 85.0
# A wording under half the length of the other is one statement with it only
# from this many words on: a short common phrase ("we will do our best") that
# many statements hold would otherwise join them all.
CONTAINED_MIN = 10

# Fingerprints: every run of SHINGLE words is hashed, and of each WINDOW
# consecutive run hashes the least is kept (winnowing, Schleimer, Wilkerson
# and Aiken 2003): two wordings that share SHINGLE + WINDOW - 1 = 6 words in
# a row share a fingerprint, found without comparing them.
SHINGLE = 3
WINDOW = 4

# Letters of scripts written without spaces, one word each (see db.cjk);
# Korean is written with spaces and keeps its words.
_UNSPACED = r"\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f"
_WORD = re.compile(rf"[{_UNSPACED}]|[^\W_{_UNSPACED}]+")
# Apostrophes inside a word are not a word break: don't, don’t and dont
# are one word.
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ‘`´](?=\w)")
_MASK64 = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15  # Fibonacci hashing's multiplier: spreads the bits


def statement_words(text: str) -> list[str]:
    """The words of a quotation as compared: case and accents folded,
    punctuation and quote marks dropped.

    >>> statement_words("“We’ll  NOT back down,” she said")
    ['well', 'not', 'back', 'down', 'she', 'said']
    """
    text = _APOSTROPHES.sub("", text)
    if text.isascii():  # most quotations: nothing to decompose (5 times faster)
        return _WORD.findall(text.lower())
    folded = unicodedata.normalize("NFKD", text).translate(_combining()).casefold()
    return _WORD.findall(unicodedata.normalize("NFKC", folded))


@functools.cache
def _combining() -> dict[int, None]:
    """A ``str.translate`` table that drops the combining marks (accents)
    of the Basic Multilingual Plane; made once, when first needed."""
    return {c: None for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))}


def statement_key(words: list[str]) -> int:
    """A signed 64-bit key for one wording: equal words, equal keys."""
    digest = hashlib.blake2b("\x1f".join(words).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def word_hashes(words: list[str]) -> list[int]:
    """Each word as a 16-bit number (of its CRC-32: the same in every process)."""
    return [zlib.crc32(w.encode()) & 0xFFFF for w in words]


def packed(hashes: list[int]) -> bytes:
    """Word hashes as stored: two bytes each, little-endian."""
    values = array("H", hashes)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tobytes()


def unpacked(blob: bytes) -> list[int]:
    values = array("H")
    values.frombytes(blob)
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


def fingerprints(hashes: list[int]) -> set[int]:
    """The winnowed fingerprints of a wording (signed 63-bit numbers);
    a wording shorter than a shingle is its own one shingle."""
    if not hashes:
        return set()
    if len(hashes) < SHINGLE:
        value = 0
        for h in hashes:
            value = (value << 16) | h
        return {((value * _MIX + len(hashes)) & _MASK64) >> 1}
    # Three words a shingle (SHINGLE), in one 48-bit number, mixed.
    runs = [
        ((((a << 32) | (b << 16) | c) * _MIX + SHINGLE) & _MASK64) >> 1
        for a, b, c in zip(hashes, hashes[1:], hashes[2:], strict=False)
    ]
    if len(runs) <= WINDOW:
        return {min(runs)}
    return {min(runs[i : i + WINDOW]) for i in range(len(runs) - WINDOW + 1)}


def same_statement(a: list[int], b: list[int]) -> bool:
    """Whether two wordings (word hashes) are one statement: the shorter
    lies within the longer, a few words changed at most.

    Symmetric, so that which of two quotations came first never matters.
    """
    if len(a) > len(b):
        a, b = b, a
    if len(a) < MIN_WORDS:
        return False
    if a == b:
        return True
    if 2 * len(a) < len(b) and len(a) < CONTAINED_MIN:
        return False
    # Here, not at the top: the store is opened by the TUI's first paint,
    # which compares no quotations.
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(a, b, score_cutoff=MIN_SCORE) >= MIN_SCORE
