"""Companies named in a list that the text counts as companies
(``甲乙、丙丁、戊己等8家大型企业``, ``…和…等重要厂家``).

Chinese lists alike things with the enumeration comma and closes the list
with ``等`` (and others), then often says what they are, counted with
``家``, the measure word of firms: the items of a list said to be firms are
firms, however jieba cuts or tags their short names (a carmaker's `北汽`, a
taxi firm's two characters, a maker tagged as a person). Only the words
for firms count (``企业``, ``公司``, ``厂家``…), never a product's, a
place's or a person's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang.zh import words
from reader.extract.lang.zh.morphology import known_place, word_edges
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# An item's characters: no punctuation, and not the 等 that closes a list.
_HAN = r"[\u4e00-\u7b48\u7b4a-\u9fffA-Za-z0-9]"
# The list, the ``等`` that closes it, an optional count with 家 and a few
# words that describe the firms (`大型`, `出租汽车`, `重要`), then the word
# for firms.
_AFTER_LIST = re.compile(
    r"等(?:(?:[0-9０-９]+|[一二三四五六七八九十两几数多]+)家)?"
    r"[\u4e00-\u9fff]{0,6}?"
    r"(?:企业|公司|厂家|厂商|车企|药企|供应商|经销商)"
)
_LIST = re.compile(rf"{_HAN}+(?:、{_HAN}+)+\Z")
# How far back from its 等 a list is read.
_REACH = 80
# The last item ends a list only after a conjunction; the first opens after
# a clause's word (`与`, `了`, `如`) or a word the analyser cut before it.
_CONJUNCTION = re.compile(r"[和与及跟同]")
# A date before the first item is no part of it (`2004年` `华汽`).
_DATE = re.compile(r"[0-9０-９]+[年月日号]?")
_NOT_OPENING = frozenset("和与及跟同了的在从对把被向为如是有")
# A firm's short name in a list: two to six characters.
_SHORTEST, _LONGEST = 2, 6


def find_listed_firms(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """ORG mentions of the items of lists that the text says are firms."""
    out: list[EntityMention] = []
    for start, end in paragraphs:
        at = text.find("等", start, end)
        if at < 0 or text.find("、", start, end) < 0:
            continue
        while at >= 0:
            match = _AFTER_LIST.match(text, at, end)
            # Only where the firms' word follows is the list before 等 read.
            listed = match and _LIST.search(text, max(start, at - _REACH), at)
            at = text.find("等", at + 1, end)
            if not listed:
                continue
            items = _items(text, *listed.span())
            if (
                items is None
                or _roles().match(text, match.end())
                or any(known_place(text[s:e]) for s, e in items)
            ):
                # The people at the head of the firms (`…等三家公司负责人`);
                # the places the firms are in (`广州、深圳等地企业`).
                continue
            out.extend(
                EntityMention(text[s:e], "ORG", s, e, entity_key(text[s:e])) for s, e in items
            )
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the list's items, None when one is no short name. The
    first item is cut from what stands before it: after its last
    conjunction, at a word's edge of jieba's, as long as the second item
    or the nearest to it (``先后与`` ``康明斯``, ``完成了`` ``银建``)."""
    parts = text[start:end].split("、")
    spans = []
    at = start
    for part in parts:
        spans.append((at, at + len(part)))
        at += len(part) + 1
    first_start, first_end = spans[0]
    for pattern in (_CONJUNCTION, _DATE):
        last = pattern.search(text, first_start, first_end)
        while last is not None:
            first_start = last.end()
            last = pattern.search(text, first_start, first_end)
    first = _first_item(text, first_start, first_end, spans[1][1] - spans[1][0])
    if first is None:
        return None
    spans[0] = first
    if not all(_SHORTEST <= e - s <= _LONGEST for s, e in spans[1:]):
        return None
    return spans


def _first_item(text: str, start: int, end: int, like: int) -> tuple[int, int] | None:
    lo = max(start, end - _LONGEST)
    best = None
    for edge in word_edges(text, lo, end):
        size = end - edge
        if size < _SHORTEST or text[edge] in _NOT_OPENING:
            continue
        if best is None or abs(size - like) < abs(end - best - like):
            best = edge
    return None if best is None else (best, end)


@cache
def _roles() -> re.Pattern:
    roles = sorted(
        set((words.ZH_ROLES + " 负责人 老总 高管 老板 代表").split()), key=len, reverse=True
    )
    return re.compile("|".join(roles))
