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
