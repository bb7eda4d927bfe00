"""A near-duplicate sketch of an article: what tells a copy or a syndicated
version of a story (a line added, a new headline, another byline,
paragraphs moved) from another report of the same event.

The sketch is a MinHash of the article's word shingles, taken over its body
paragraphs (the structure stage already left the title, byline and the
boilerplate it knows out of them) with every span in quote marks blanked:
two outlets' own reports of one press conference share its quotations,
not their own sentences, and must stay apart. Shingles never cross a
paragraph break, so moving paragraphs changes nothing.

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
# Words in a shingle; a Chinese or Japanese character counts as a word.
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
    """``slots``: the MinHash, SLOTS values cut to their low byte, as the
    store keeps them (64 bytes an article); two unrelated sketches agree by
    chance on a byte once in 256 slots, which raises a similarity estimate
    by 0.004 at most; ``shingles``: how many distinct shingles it
    summarises."""

    slots: bytes
    shingles: int


def body_words(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[list[str]]:
    """Each body paragraph's words, case folded, outside quote marks."""
    paragraphs = _first(paragraphs, SKETCHED_CHARS)
    quoted = sorted(span for span, _ in marked_spans(text, paragraphs))
    out = []
    q = 0
    for start, end in paragraphs:
        pieces = []
        at = start
        while q < len(quoted) and quoted[q][0] < end:
            qs, qe = quoted[q]
            if qs > at:
                pieces.append(text[at:qs])
            at = max(at, qe)
            if qe > end:
                break
            q += 1
        if at < end:
            pieces.append(text[at:end])
        words = _TOKEN.findall(" ".join(pieces).casefold())
        if words:
            out.append(words)
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
    out: set[str] = set()
    for words in paragraphs:
        if len(words) <= SHINGLE:
            out.add(" ".join(words))
        else:
            # The runs zipped from shifted copies, and each encoded once:
            # a fifth less than slicing and encoding every run (the shorter
            # copies end the zip).
            out.update(map(" ".join, zip(*(words[k:] for k in range(SHINGLE)), strict=False)))
    return {shingle.encode() for shingle in out}


def sketch(text: str, paragraphs: Sequence[tuple[int, int]]) -> Sketch | None:
    """The article's sketch, or None when its body outside quotations is
    too short to tell."""
    found = shingles(body_words(text, paragraphs))
    if len(found) < MIN_SHINGLES:
        return None
    slots = [_EMPTY] * SLOTS
    mix, mask = _MIX, _MASK64
    for crc in map(crc32, found):
        h = (crc * mix) & mask
        slot = h >> _SLOT_SHIFT
        value = h & _VALUE_MASK
        if value < slots[slot]:
            slots[slot] = value
    return Sketch(bytes(v & 0xFF for v in _densified(slots)), len(found))


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
