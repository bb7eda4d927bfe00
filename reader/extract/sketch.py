"""A near-duplicate sketch of an article: what tells a copy or a syndicated
version of a story (a line added, a new headline, another byline,
paragraphs moved) from another report of the same event.

The sketch is a MinHash of the article's word shingles, taken over its body
paragraphs (the structure stage already left the title, byline and the
boilerplate it knows out of them) with every span in quote marks blanked:
two outlets' own reports of one press conference share its quotations,
not their own sentences, and must stay apart. Shingles never cross a
paragraph break, so moving paragraphs changes nothing. A second MinHash
of the same kind is taken over the whole body, quotations in: the store
tells from it and the two shingle counts how much of each article the
other holds, which tells a copy from a new story written on top of
another's background (``db.versions``).

It is one-permutation MinHash (Li, Owen and Zhang, 2012): each shingle is
hashed once, its top bits choose one of ``SLOTS`` slots and the slot keeps
the smallest of the rest; an empty slot borrows its right neighbour's
value (Shrivastava and Li's densification), so that the slots of two
sketches agree with the probability of the two shingle sets' Jaccard
similarity. Hashing each shingle once, in pure Python, costs a tenth of
what hashing it ``SLOTS`` times would, and needs no numpy (a comparison
with ``datasketch`` and a numpy MinHash is in ``bench/versions.py``).

Every hash is a fixed function of the text (a shingle's CRC-32 spread over
64 bits by a multiplication: a third of blake2b's cost, and a shingle
set's minimum needs no more), never Python's per-process ``hash``, because
sketches made by different processes and releases are compared in the
store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple
from zlib import crc32

from reader.extract.quotes import marked_spans

# Slots of the sketch (the store bands them for LSH: ``db.versions``).
SLOTS = 64
# Words in a shingle (``_shingled`` is written for three); a Chinese or
# Japanese character counts as a word.
SHINGLE = 3
# Fewer shingles than this outside quotations (a caption, a page of
# quotes) say too little to call two articles versions of one story.
MIN_SHINGLES = 12
# Characters of body sketched: a story's copies agree from the start, and
# a file of millions (a dump, a book) would cost a worker seconds.
SKETCHED_CHARS = 200_000

_MASK64 = (1 << 64) - 1
# Spreads a shingle's CRC-32 over 64 bits (Knuth's multiplicative hashing).
_MIX = 0x9E3779B97F4A7C15
_SLOT_SHIFT = 64 - SLOTS.bit_length() + 1  # the top bits choose the slot
_VALUE_MASK = (1 << _SLOT_SHIFT) - 1
_EMPTY = _VALUE_MASK + 1
# A word of a spaced script, or one character of an unspaced one.
_TOKEN = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"
)


class Sketch(NamedTuple):
    """``slots``: the MinHash of the body outside quotations, SLOTS values
    cut to their low byte, as the store keeps them (64 bytes an article);
    two unrelated sketches agree by chance on a byte once in 256 slots,
    which raises a similarity estimate by 0.004 at most; ``shingles``: how
    many distinct shingles it summarises. ``whole`` and ``whole_shingles``:
    the same of the whole body, quotations in, from which the store
    estimates how much of each article the other holds (a new story pasted
    on another's background brings its own statements: ``db.versions``)."""

    slots: bytes
    shingles: int
    whole: bytes
    whole_shingles: int


def body_words(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[list[str]]:
    """Each body paragraph's words, case folded, outside quote marks."""
    return [out for out, _ in _words(text, paragraphs) if out]


def _words(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[list[str], list[str]]]:
    """Each body paragraph's words, case folded: outside quote marks, and
    all of them (quotations in); the same list twice for a paragraph
    without a quotation, most of them, whose shingles are then made once.
    A paragraph is tokenised a piece at a time: a quote mark is never part
    of a word, so the pieces' words are the paragraph's."""
    paragraphs = _first(paragraphs, SKETCHED_CHARS)
    quoted = sorted(span for span, _ in marked_spans(text, paragraphs))
    out = []
    q = 0
    for start, end in paragraphs:
        if q >= len(quoted) or quoted[q][0] >= end:
            words = _TOKEN.findall(text[start:end].casefold())
            out.append((words, words))
            continue
        outside: list[str] = []
        every: list[str] = []
        at = start
        while q < len(quoted) and quoted[q][0] < end:
            qs, qe = quoted[q]
            if qs > at:
                words = _TOKEN.findall(text[at:qs].casefold())
                outside += words
                every += words
            every += _TOKEN.findall(text[max(at, qs) : min(qe, end)].casefold())
            at = max(at, qe)
            if qe > end:
                break
            q += 1
        if at < end:
            words = _TOKEN.findall(text[at:end].casefold())
            outside += words
            every += words
        out.append((outside, every))
    return out


def _first(paragraphs: Sequence[tuple[int, int]], chars: int) -> list[tuple[int, int]]:
    """The paragraphs of the first ``chars`` characters of body."""
    out = []
    for start, end in paragraphs:
        if chars <= 0:
            break
        out.append((start, min(end, start + chars)))
        chars -= end - start
    return out


def shingles(paragraphs: list[list[str]]) -> set[bytes]:
    """The distinct runs of ``SHINGLE`` words within a paragraph (a shorter
    paragraph is one shingle)."""
    out: set[bytes] = set()
    for words in paragraphs:
        out.update(_shingled(words))
    return out


def _shingled(words: list[str]) -> list[bytes]:
    """A paragraph's shingles (``zip`` and a format: half the time of
    joining slices, and the sketch makes a few hundred an article)."""
    if len(words) < SHINGLE:
        return [" ".join(words).encode()] if words else []
    return [f"{a} {b} {c}".encode() for a, b, c in zip(words, words[1:], words[2:], strict=False)]


def sketch(text: str, paragraphs: Sequence[tuple[int, int]]) -> Sketch | None:
    """The article's sketch, or None when its body outside quotations is
    too short to tell."""
    found: set[bytes] = set()
    every: set[bytes] = set()
    for outside_text, whole_text in _words(text, paragraphs):
        shingled = _shingled(whole_text)
        every.update(shingled)
        found.update(shingled if outside_text is whole_text else _shingled(outside_text))
    if len(found) < MIN_SHINGLES:
        return None
    # Both MinHashes in one pass over the whole body's shingles, each hashed
    # once (the shingles outside quotations are nearly all among them).
    whole = [_EMPTY] * SLOTS
    outside = [_EMPTY] * SLOTS
    for shingle in every:
        h = (crc32(shingle) * _MIX) & _MASK64
        slot = h >> _SLOT_SHIFT
        value = h & _VALUE_MASK
        if value < whole[slot]:
            whole[slot] = value
        if value < outside[slot] and shingle in found:
            outside[slot] = value
    for shingle in found - every:
        h = (crc32(shingle) * _MIX) & _MASK64
        slot = h >> _SLOT_SHIFT
        value = h & _VALUE_MASK
        if value < outside[slot]:
            outside[slot] = value
    return Sketch(_bytes(outside), len(found), _bytes(whole), len(every))


def _bytes(slots: list[int]) -> bytes:
    """The densified slots, each cut to its low byte."""
    return bytes(v & 0xFF for v in _densified(slots))


def _densified(slots: list[int]) -> tuple[int, ...]:
    """Each empty slot takes the value of the next filled one to its right
    (circularly), mixed with how far it looked, so that two sketches agree
    on it exactly when they agree on that one at that distance."""
    if all(v != _EMPTY for v in slots):
        return tuple(slots)
    out = list(slots)
    for i, value in enumerate(slots):
        if value != _EMPTY:
            continue
        for step in range(1, SLOTS):
            other = slots[(i + step) % SLOTS]
            if other != _EMPTY:
                out[i] = (other * _MIX + step) & _VALUE_MASK
                break
    return tuple(out)
