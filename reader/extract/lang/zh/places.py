"""Places of the Chinese list (``places.txt``): cities, regions, countries.

``cjk_places`` finds the countries, provinces and large cities every
language's list has; the longer Chinese list is found here, where Chinese
has no word edges in its script: a place counts where jieba's words start
and end at its edges (`大理` is no place in `大理石`, marble), as
``known_organisations`` counts a company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang import home_words
from reader.extract.lang.zh.occurrences import occurrences
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# Characters on each side of a place cut into words to find its edges.
_AROUND = 8


@cache
def _pattern() -> re.Pattern:
    names = sorted(home_words("zh", "places"), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def _on_word_edges(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    from reader.extract.lang.zh.morphology import cut_words

    at = max(lo, start - _AROUND)
    edges = {at}
    for word in cut_words(text[at : min(hi, end + _AROUND)]):
        at += len(word)
        edges.add(at)
    return start in edges and end in edges


def find_listed_places(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """LOC mentions of the places the Chinese list knows, by start."""
    out = []
    pattern = _pattern()
    for start, end in paragraphs:
        for match in pattern.finditer(text, start, end):
            s, e = match.span()
            if _on_word_edges(text, s, e, start, end):
                name = match.group()
                out.append(EntityMention(name, "LOC", s, e, entity_key(name)))
    return out


# The kinds of word (jieba's dictionary tags) that a place before them
# opens one name with: an institution (`供电局`, nt) or an abbreviation
# (`一汽`, `重汽`, `省委`, `卫视`, j), which Chinese writes of a body or a
# brand: `湖北一汽`, `广西重汽`, `南昌供电局`. Not a common noun (`中国市场`,
# `美国人`: the place is named there).
_NAMED_NOUNS = frozenset(("nt", "j"))
# A unit's word that closes the place itself (`南昌` `市` `供电局`).
_UNITS = frozenset("省市县区镇乡村州")
# Characters after a place read to find the word it opens.
_AFTER = 6


def _modifies(text: str, end: int, tags: dict[str, str]) -> bool:
    """Whether the place ending at ``end`` opens a longer name: an
    institution's word or an abbreviation follows it, after its unit's
    word if any."""
    from reader.extract.lang.zh.morphology import cut_words

    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
        return False
    words = cut_words(text[end : end + _AFTER])
    if words and words[0] in _UNITS:
        words = words[1:]
    if not words:
        return False
    return tags.get(words[0]) in _NAMED_NOUNS


def without_modifying_places(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` without the places the article writes only as the first
    part of a longer name (`广西重汽`, `江西卫视`, `南昌车展`):
    such a place is part of that name, a company's, a channel's, an event's,
    and no place the article names (the gold's rule and the reader's), while
    one written alone anywhere in it (`在广西`, `广西、云南`, `广西的`) is.
    Every place of the article is checked where its name stands in the
    body, not only where a stage found it."""
    from reader.extract.lang.zh.morphology import word_tags

    tags = word_tags()
    places = {m.text for m in entities if m.type == "LOC"}
    only_modifying = set()
    for place in places:
        ends = [i + len(place) for i in occurrences(text, place, paragraphs)]
        if ends and all(_modifies(text, e, tags) for e in ends):
            only_modifying.add(place)
    return [m for m in entities if not (m.type == "LOC" and m.text in only_modifying)]
