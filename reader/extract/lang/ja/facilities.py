"""Halls, stadiums, shrines and plants named after their place: ``札幌市民会館``.

A venue or a site is named by the place it stands in and what it is
(``神戸文化ホール``, ``広島市公会堂``, ``鶴岡八幡宮``, ``仙台工場``); the place
alone is not what the text names there, and the venue is a place of its
own. Only a place opens one here, of the word lists (``cjk_places.JA_PLACES``)
or written as a city or a prefecture (``浜松市``): a word before ``センター`` or ``ホール`` is as
often a service or a room (``SMSセンター``, ``東4・5ホール``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.cjk_places import JA_PLACE_SUFFIXES, JA_PLACES
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

JA_FACILITIES = """
    ホール 会館 公会堂 センター プラザ 芸文館 文化館 美術館 博物館 劇場 球場 スタジアム ドーム
    アリーナ 神社 八幡宮 大社 ビル タワー 工場
"""
_WORD = "\u4e00-\u9fff々\u30a1-\u30fa\u30fc"


def _alternation(words: str) -> str:
    return "|".join(sorted(set(words.split()), key=len, reverse=True))


# How far before its kind a venue's name may open: a place with its suffix
# and up to eight more characters.
_REACH = 16


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the kind of venue, its name up to the kind): the kind is searched
    for, and the name read back from it, as a search led by the many places
    would try each at every character of the article."""
    kind = re.compile(rf"(?:{_alternation(JA_FACILITIES)})(?![{_WORD}])")
    name = re.compile(
        rf"(?<![{_WORD}A-Za-z])"
        rf"(?:(?:{_alternation(JA_PLACES)})(?:{_alternation(JA_PLACE_SUFFIXES)}|区)?"
        rf"|[\u4e00-\u9fff]{{1,3}}[市県])"
        rf"[{_WORD}A-Za-z]{{0,8}}$"
    )
    return kind, name


def find_facilities(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """LOC mentions of the venues and sites named after a place of the lists."""
    kind, name = _patterns()
    out = []
    for start, end in paragraphs:
        for match in kind.finditer(text, start, end):
            opening = name.search(text, max(start, match.start() - _REACH), match.start())
            if opening is not None:
                s, e = opening.start(), match.end()
                out.append(EntityMention(text[s:e], "LOC", s, e, entity_key(text[s:e])))
    return out
