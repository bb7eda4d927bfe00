"""Companies, brands and institutions known by name in Chinese, Japanese and
Korean text.

Korean and Japanese write a foreign company in their own script (``구글``,
``マイクロソフト``) and Chinese gives it a name of its own (``微软``, ``宝马``):
none is a proper noun to the analysers (mecab-ko-dic tags ``구글`` as a common
noun, jieba tags ``宝马`` as one), and what is said of them is rarely a cue
(``구글은 밝혔다``). Like the places of ``cjk_places``, they come from short
closed lists, per language (``lang/<code>/companies.txt``: companies,
brands and journals; ``institutions.txt``: a state's ministries and bodies,
universities by their short names, ``教育部``, ``北大``, which jieba tags as
common nouns) of names that news writes alone, none of them also a common word of
the language (Chinese ``苹果``, ``大众`` and ``通用`` are apples, the public and
"general"; Korean ``기아`` is famine). Word edges are checked where the script
has them: ``애플`` is not found in ``애플리케이션``, nor ``ソニー`` in a longer
katakana word; a katakana company joined by ``・`` to another katakana word
is that longer name (a subsidiary: ``ソニー・ミュージック``). Chinese has no
word edges in its script: a name counts where jieba's words start and end
at its edges, so that ``北大`` is not found in ``河北大学``. A body with a
short name of its own (``北大``) is keyed by its full name (``_full_names``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang import home_words, rules_for
from reader.extract.lang.ko.words import KO_PARTICLES
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_HAN = "\u4e00-\u9fff\u3400-\u4dbf々"
_KANA = "\u30a1-\u30fa\u30fc"
_HANGUL = "가-힣"
# Kanji written right after a Japanese company's name without making a
# longer word of it (`富士通製`, `東芝側`).
_JA_AFTER = "製社側系傘"


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern(family: str) -> re.Pattern | None:
    words = home_words(family, "companies") | home_words(family, "institutions")
    if not words:
        return None
    names = _alternation(words)
    if family == "ko":
        particles = "|".join(sorted(KO_PARTICLES.split(), key=len, reverse=True))
        # A whole word: the company, a particle and nothing else.
        return re.compile(rf"(?<![{_HANGUL}])(?P<name>{names})(?:{particles})?(?![{_HANGUL}])")
    if family == "ja":
        # Capitals glued before the name are its parent's, part of one
        # company's name (`NTTドコモ`, `JALカード`): Japanese writes no space
        # inside a name, and the Latin part alone is not the company.
        return re.compile(
            rf"(?<![{_KANA}{_HAN}])(?P<name>(?:(?<![A-Za-z0-9])[A-Z][A-Z0-9&]*[A-Z])?"
            rf"(?:{names})(?:・[{_KANA}]+)?)"
            rf"(?![{_KANA}])(?![{_HAN}](?<![{_JA_AFTER}]))"
        )
    return re.compile(rf"(?P<name>{names})")


def find_known_organisations(
    text: str, paragraphs: Sequence[Span], lang: str
) -> list[EntityMention]:
    """ORG mentions of the organisations the language's lists know, by start."""
    family = rules_for(lang).script
    pattern = _pattern(family) if family else None
    if pattern is None:
        return []
    out = []
    for start, end in paragraphs:
        for match in pattern.finditer(text, start, end):
            s, e = match.span("name")
            if family == "zh" and not _on_word_edges(text, s, e, start, end):
                continue
            name = text[s:e]
            long_form = _full_names(family).get(name)
            key = entity_key(long_form or name)
            out.append(EntityMention(name, "ORG", s, e, key, long_form=long_form))
    return out


@cache
def _full_names(family: str) -> dict[str, str]:
    """The full name of each body the language calls by a short name of its
    own (``lang/<code>/short_names.txt``: ``北大`` for 北京大学), so that
    both are one entity though no article pairs them."""
    return dict(line.split(" ", 1) for line in home_words(family, "short_names"))


# Characters on each side of a Chinese name cut into words to find its edges.
_AROUND = 8


def _on_word_edges(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether jieba's words of the text around ``text[start:end]`` start at
    ``start`` and end at ``end``, or the word it is in is listed names
    written together (``中共中央国务院``: 中共中央 and 国务院)."""
    from reader.extract.lang.zh.morphology import cut_words

    at = max(lo, start - _AROUND)
    edges = {at}
    holding = None
    for word in cut_words(text[at : min(hi, end + _AROUND)]):
        if at <= start < at + len(word):
            holding = (at, word)
        at += len(word)
        edges.add(at)
    if start in edges and end in edges:
        return True
    return holding is not None and holding[0] + len(holding[1]) >= end and _all_listed(holding[1])


def _all_listed(word: str) -> bool:
    """Whether ``word`` is names of the Chinese lists written together."""
    match = _pattern("zh")
    at = 0
    while at < len(word):
        found = match.match(word, at)
        if found is None:
            return False
        at = found.end()
    return True
