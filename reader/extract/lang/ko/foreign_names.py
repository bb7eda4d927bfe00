"""Foreign people Korean news names before their company and role.

``샤오밍 리 마이크로소프트 부사장``, ``제프 딘 구글 수석연구원``: a foreign name
written in Hangul is cut by mecab-ko-dic into common words or syllables
(``샤`` ``오밍``), and ``cjk_names`` reads a name before a role only in the
shape of a Korean one. Where the word before the role is an organisation
(a known company, a word ending in an organisation's head, or Latin
letters: ``IBM``), the one to three words before it, after the start of the
sentence or a clause's last word, are the person's name, when none of them
ends in a particle or a verb's ending.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.korean_orgs import organisation
from reader.extract.lang import home_words
from reader.extract.lang.ko.words import KO_CLAUSE_ENDS, KO_ROLES
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# What may stand between the company and the role (`총괄 부사장`).
_ROLE_PREFIXES = "총괄 수석 선임 책임 공동 전 현 신임"
# Words that open a clause or a sentence, never a name (`이날`, `또`).
_NOT_NAMES = "이날 또 한편 특히 이번 당시 현재 지난 올해 최근 그 이 한 및 등 전 현"


@cache
def _pattern() -> re.Pattern:
    roles = "|".join(sorted(KO_ROLES.split(), key=len, reverse=True))
    prefixes = "|".join(_ROLE_PREFIXES.split())
    return re.compile(
        r"(?:^|(?<=[\s\"“‘'(]))(?P<name>[가-힣]{2,6}(?: [가-힣]{1,6}){1,2}) "
        rf"(?P<org>[가-힣A-Za-z0-9]{{2,15}}) (?:(?:{prefixes}) )?(?:{roles})(?![가-힣]{{2}})",
        re.M,
    )


@cache
def _known() -> frozenset[str]:
    return home_words("ko", "companies")


def _is_organisation(word: str) -> bool:
    return word in _known() or word.isascii() or organisation(word) == word


def _is_name(words: list[str]) -> bool:
    ends = set(KO_CLAUSE_ENDS.split())
    return words[0] not in _NOT_NAMES.split() and not any(w[-1] in ends for w in words)


def find_foreign_people(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """PER mentions of the foreign people named before their company and role."""
    out = []
    for start, end in paragraphs:
        for match in _pattern().finditer(text, start, end):
            words = match.group("name").split()
            # The clause may end in the first word (`참석한 샤오밍 리`).
            while len(words) > 2 and not _is_name(words[:1]):
                words = words[1:]
            if not _is_organisation(match.group("org")) or not _is_name(words):
                continue
            name = " ".join(words)
            s = match.end("name") - len(name)
            out.append(EntityMention(name, "PER", s, s + len(name), entity_key(name)))
    return out
