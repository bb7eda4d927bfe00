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
from reader.extract.lang.zh.morphology import (
    dictionary_count,
    known_place,
    surnamed,
    word_edges,
    word_tags,
)
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# An item's characters: no punctuation, and not the 等 that closes a list.
_HAN = r"[\u4e00-\u7b48\u7b4a-\u9fffA-Za-z0-9]"
# The list, the ``等`` that closes it (not `等待`, `等级`, `等同`), then the
# word for firms. Between them, after a count with 家 (the measure word of
# firms) any short word that says what kind of firms they are
# (`6家出租汽车公司`); with no count only a few words that describe firms as
# firms (`大型`, `重要`): another word says what the items are instead
# (`钢铁、水泥等高耗能企业`: industries; `汽车、家电等行业企业`: trades).
_DESCRIBERS = "大型|中型|小型|中小|重要|重点|知名|著名|骨干|龙头|国有|民营|私营|外资|合资|上市"
_AFTER_LIST = re.compile(
    r"等(?![待级同])"
    r"(?:(?:[0-9０-９]+|[一二三四五六七八九十两几数多]+)家[\u4e00-\u9fff]{0,4}?"
    rf"|(?:{_DESCRIBERS}){{0,2}})"
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
# A noun or an abbreviation jieba's dictionary counts this often is a
# common word (`钢铁` 2,610, `家电` 667, `工人` 10,209): a list of them is
# of trades or people, not of firms' short names (`北汽` 22, `格力` 73).
_COMMON_WORD = 300
_COMMON_TAGS = frozenset(("n", "vn", "j"))
# People named after the firms' word work there (`…等公司员工`).
_STAFF = " 员工 职工 工人 人员 员 负责人 老总 高管 老板 代表"


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
                or any(known_place(text[s:e]) or _common(text[s:e]) for s, e in items)
                or all(_full_name(text[s:e]) for s, e in items)
            ):
                # The people at the head of the firms or working there
                # (`…等三家公司负责人`, `…等公司员工`); the places the firms
                # are in (`广州、深圳等地企业`); trades and people listed.
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


def _common(word: str) -> bool:
    return word_tags().get(word) in _COMMON_TAGS and dictionary_count(word) >= _COMMON_WORD


def _full_name(word: str) -> bool:
    """Whether ``word`` reads as a Chinese person's full name: a surname and
    a given name of one or two characters, none of jieba's words."""
    return len(word) in (2, 3, 4) and dictionary_count(word) == 0 and surnamed(word)


@cache
def _roles() -> re.Pattern:
    roles = sorted(set((words.ZH_ROLES + _STAFF).split()), key=len, reverse=True)
    return re.compile("|".join(roles))
