"""Chinese people named before what they say, whatever their given name.

``cjk_names`` reads a full name only where its given name is written in the
characters given names commonly use (``ZH_GIVEN``), as a surname opens many
common words (``高度``, ``方面``); ``沈梦培认为``, ``袁连珍说`` were missed. Right
before a speech verb, at a clause's edge, a surname and one or two more
characters are a name when they make no word of jieba's dictionary
(``方面表示``, ``马上说``, ``曾多次表示`` are words); found so, the name is
found again wherever the article repeats it (``…的袁连珍不无遗憾``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang.zh import words
from reader.extract.lang.zh.morphology import dictionary_count
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# Where a clause starts: punctuation or a paragraph's start.
_EDGE = '，,。：:；;、！!？?（(）)“”"「」 \t'
# A name or its first two characters counted this often by the dictionary
# is a word (`方面` 26,963, `张家港` 69), not a person (`袁连珍` 3).
_NAME_WORD = 20
_WORD = 300


@cache
def _pattern() -> re.Pattern:
    one = "[" + "".join(words.ZH_SURNAMES.split()) + "]"
    two = "|".join(words.ZH_SURNAMES_2.split())
    verbs = "|".join(sorted(words.ZH_VERBS.split(), key=len, reverse=True))
    edge = re.escape(_EDGE)
    return re.compile(
        rf"(?:^|(?<=[{edge}]))(?P<name>(?:{two}|{one})[\u4e00-\u9fff]{{1,2}}?)(?={verbs})", re.M
    )


@cache
def _not_names() -> frozenset[str]:
    return frozenset((words.ZH_WORDS + words.ZH_ROLES + words.ZH_PEOPLE + words.ZH_VERBS).split())


def _is_name(name: str) -> bool:
    """Whether a surname and what follows it before a speech verb make a
    name: no title (``李校长``, ``陆总``) and none of the dictionary's words,
    whole or in its first or last two characters."""
    if name in _not_names() or name[1:] in _not_names() or name[-1] in _titles():
        return False
    if dictionary_count(name) >= _NAME_WORD:
        return False
    return len(name) == 2 or (
        dictionary_count(name[:2]) < _WORD and dictionary_count(name[1:]) < _WORD
    )


@cache
def _titles() -> frozenset[str]:
    return frozenset(words.ZH_SURNAME_TITLES.split())


@cache
def _adverbs() -> frozenset[str]:
    return frozenset(words.ZH_ADVERBS.split())


def _name(found: str) -> str:
    """The name without an adverb read into it (``张欣只`` before ``说``)."""
    return found[:-1] if len(found) == 3 and found[-1] in _adverbs() else found


def find_speaking_names(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """People named right before a speech verb, and where the article
    repeats their names of three characters, as PER mentions sorted by start."""
    pattern = _pattern()
    found: dict[str, None] = {}
    for start, end in paragraphs:
        for match in pattern.finditer(text, start, end):
            name = _name(match.group("name"))
            if _is_name(name):
                found[name] = None
    out = []
    for name in found:
        for start, end in paragraphs:
            i = text.find(name, start, end)
            while i >= 0:
                out.append(EntityMention(name, "PER", i, i + len(name), entity_key(name)))
                i = text.find(name, i + len(name), end)
    return sorted(out, key=lambda m: m.start)
