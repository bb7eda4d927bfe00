"""Latin-script words in Chinese, Japanese and Korean articles.

The tagger finds names in Latin script by their capitals, and in a language
written in another script every capitalised Latin word is a candidate. In
Japanese, Korean and Chinese news those words are mostly products, model
numbers and technical terms (``Android``, ``IPX5``, ``CPU``, ``Bluetooth``):
on the blind Japanese gold 24 of 134 were names. A candidate is dropped when
it holds a digit (a model or a standard), is a word English writes in lower
case (``Web``, ``Off``), a technical term (``lang/xx/latin_terms.txt``) or an
abbreviation of two letters (``OS``, ``PC``); one that runs on into the
article's own script (``JRAが``, the tagger cuts at spaces) keeps only its
Latin part. The tagger's type, learnt on English and Indonesian sentences,
says little here: what stays is an organisation (``S-MAX``, ``KDDI``), unless
its first word is a known given name and more follows (a person), or it is
a country or capital (a place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from reader.extract.lang import home_words
from reader.extract.lexicon import common_words, gazetteer
from reader.extract.model import EntityMention
from reader.extract.names import entity_key

_LATIN_HEAD = re.compile(r"[A-Za-z][\w.&'\- ]*?(?=[^\x00-\x7f]|$)")


@cache
def _terms() -> frozenset[str]:
    return home_words("xx", "latin_terms") | common_words("en")


def _term(name: str) -> bool:
    if any(c.isdigit() for c in name):
        return True
    words = name.lower().split()
    terms = _terms()
    if len(words) == 1:
        return len(words[0]) <= 2 or words[0] in terms
    return all(w in terms for w in words)


def _type(name: str) -> str:
    low = name.lower()
    if gazetteer("places").get(low) in ("0", "1"):
        return "LOC"
    words = low.split()
    if len(words) > 1 and words[0] in gazetteer("given_names"):
        return "PER"
    return "ORG"


def without_latin_terms(entities: Sequence[EntityMention]) -> list[EntityMention]:
    """``entities`` of a Chinese, Japanese or Korean article, with the Latin
    ones that are terms left out and the rest cut and typed as above."""
    out = []
    for m in entities:
        if not m.text[:1].isascii():
            out.append(m)
            continue
        head = _LATIN_HEAD.match(m.text)
        if head is None:
            continue
        name = head.group().rstrip(" .-'")
        if _term(name):
            continue
        if name != m.text:
            m = replace(m, text=name, end=m.start + len(name), key=entity_key(name))
        out.append(replace(m, type=_type(name)))
    return out


def without_terms(entities: Sequence[EntityMention]) -> list[EntityMention]:
    """``entities`` of an article in any language less the ones that are a
    technical term of the list, alone or in the plural (``DVDs``, ``HDTV``,
    ``PC``): formats and kinds of device, named in capitals, not names."""
    terms = home_words("xx", "latin_terms")
    return [m for m in entities if _plain(m.text) not in terms]


def _plain(name: str) -> str:
    low = name.lower()
    return low[:-1] if low.endswith("s") and low[:-1] in home_words("xx", "latin_terms") else low
