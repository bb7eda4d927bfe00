"""Roads, streets, bridges and buildings of a Chinese address.

Chinese names a road, a street, a bridge or a building by a name and its
kind's word (`官园桥`, `金宝街`, `工体北路`, `青蓝大厦`), and a city's ring
roads by their number (`西四环`, `五环路`, `南三环西路`). jieba knows few of
the names and cuts the rest into pieces, so the kind's word says a place
where the sentence says where: after a preposition or verb of place or
motion (`位于`, `经过`, `在`), in a list of places (`、`), or after a place
(`北京东三环南路`). A common word that ends so (`马路`, `铁路`, `思路`,
`天桥`) is a word of the dictionary, and none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# A ring road: a direction and its number, or its number and its road's
# word (`西四环`, `五环路`, `南三环西路`; not `四环` alone, nor `一环`).
_RING = re.compile(r"[东西南北][二三四五六七]环(?:[东西南北]?路)?|[二三四五六七]环[东西南北]?路")
# The word of a road's, a street's, a bridge's or a building's kind, with
# the direction a road's part takes (`北路`).
_KIND = re.compile(r"[东西南北中]?(?:路|大街|街|大道)|桥|大厦")
# How many characters the name before its kind's word has.
_NAME = (2, 4)
# Prepositions and verbs of place and motion, and what joins a list,
# before a road's name (`位于`, `经过`, `、`).
_BEFORE = frozenset(
    [
        "在",
        "到",
        "至",
        "于",
        "从",
        "经",
        "往",
        "沿",
        "经过",
        "途经",
        "位于",
        "地处",
        "前往",
        "靠近",
        "临近",
        "来到",
        "进入",
        "驶入",
        "、",
        "和",
        "与",
        "及",
        "：",
        ":",
        "（",
        "(",
        "，",
    ]
)
# A word of the dictionary ending so and counted this often is a common
# one (`马路` 1,904, `铁路` 12,960; `天桥` 316).
_COMMON = 100
# Characters cut into words before a kind's word.
_AROUND = 8
# Characters after a kind's word cut with it, to know it ends a word.
_AFTER = 2
# A particle or a word of position inside what precedes a kind's word
# makes a phrase of it (`操场的路`, `求学之路`, `桥下路`), no name.
_PARTICLE = re.compile(r"[的之地得上下里内外旁边]")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# A unit of the administration written whole before the road, as an
# address goes from the larger place to the smaller (`海淀区` `玉泉路8号`,
# `开发区` `西环南路`).
_UNIT = re.compile(r"[\u4e00-\u9fff]{2,}[区市县镇]")


def find_addresses(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """LOC mentions of ring roads, and of the roads, streets, bridges and
    buildings whose name stands where the sentence says where."""
    out = []
    for start, end in paragraphs:
        for match in _RING.finditer(text, start, end):
            out.append(_mention(text, *match.span()))
        for match in _KIND.finditer(text, start, end):
            found = _named(text, start, match)
            # Against every span found, not the last: the paragraph's ring
            # roads are all in before its roads, so a road before one is
            # no part of it (`柳岸桥、青枫桥后驶入西五环`).
            if found is not None and not any(m.start < match.end() and found < m.end for m in out):
                out.append(_mention(text, found, match.end()))
    return sorted(out, key=lambda m: m.start)


def _named(text: str, start: int, match: re.Match) -> int | None:
    """Where the name closed by the kind's word ``match`` starts: the
    fewest words before it, ending on a word's edge, that make a name of
    two to four characters after a preposition, a list's joiner or a
    known place; None when none do, or the words make a common word."""
    from reader.extract.lang.zh.morphology import dictionary_count, known_place, word_edges

    e = match.end()
    edges = word_edges(text, max(start, match.start() - _AROUND), e + _AFTER)
    if e not in edges:
        # The kind's word opens a longer one (`孙桥镇`, `路口`).
        return None
    edges = edges[: edges.index(e) + 1]
    last = text[edges[-2] : e]
    if len(last) > len(match.group()) and dictionary_count(last) >= _COMMON:
        # A common word that ends so closes the words (`宽幅` `道路`, `总体` `思路`).
        return None
    for k in range(1, len(edges) - 1):
        s = edges[-1 - k]
        name = text[s:e]
        size = len(name) - len(match.group())
        if size < _NAME[0]:
            continue
        if (
            size > _NAME[1]
            or not _HAN.fullmatch(name)
            or dictionary_count(name) >= _COMMON
            or _PARTICLE.search(name, 0, size)
        ):
            return None
        before = text[edges[-2 - k] : s]
        if before in _BEFORE or known_place(before) or _UNIT.fullmatch(before):
            return s
        return None
    return None


def _mention(text: str, start: int, end: int) -> EntityMention:
    name = text[start:end]
    return EntityMention(name, "LOC", start, end, entity_key(name))
