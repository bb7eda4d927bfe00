"""Latin-script words in Chinese, Japanese and Korean articles.

The tagger finds names in Latin script by their capitals, and in a language
written in another script every capitalised Latin word is a candidate. In
Japanese, Korean and Chinese news those words are mostly products, model
numbers and technical terms (``Android``, ``IPX5``, ``CPU``, ``Bluetooth``):
on the blind Japanese gold 24 of 134 were names. A candidate is kept unless
it holds a digit (a model or a standard), is a word English writes in lower
case (``Web``, ``Off``), or is an abbreviation of two letters (``OS``, ``PC``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.extract.lexicon import common_words
from reader.extract.model import EntityMention


def _term(name: str) -> bool:
    if any(c.isdigit() for c in name):
        return True
    words = name.split()
    if len(words) == 1:
        word = words[0]
        return len(word) <= 2 or word.lower() in common_words("en")
    return all(w.lower() in common_words("en") for w in words)


def without_latin_terms(entities: Sequence[EntityMention]) -> list[EntityMention]:
    """``entities`` less the Latin-script ones that are terms, not names."""
    return [m for m in entities if not (m.text.isascii() and _term(m.text))]
