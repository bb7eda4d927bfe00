"""Foreign people Korean news names before their company and role.

``샤오밍 리 마이크로소프트 부사장``, ``제프 딘 구글 수석연구원``: a foreign name
written in Hangul is cut by mecab-ko-dic into common words or syllables
(``샤`` ``오밍``), and ``cjk_names`` reads a name before a role only in the
shape of a Korean one. Where the word before the role is an organisation
(a known company or institution, a word ending in an organisation's head,
a university written short, or Latin letters: ``IBM``, ``오픈AI``), perhaps
after its country (``미국 하버드대``), the two or three words before it,
after the start of the sentence or a clause's last word, are the person's
name, when none of them ends in a particle or a verb's ending.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.cjk_places import KO_PLACES
from reader.extract.korean_orgs import organisation
from reader.extract.lang import home_words
from reader.extract.lang.ko.morphology import is_common_noun
from reader.extract.lang.ko.words import (
    KO_CLAUSE_ENDS,
    KO_FOREIGN,
    KO_FOREIGN_SHORT_GIVEN,
    KO_PARTICLES,
    KO_PERSON_ROLES,
    KO_ROLES,
    KO_SURNAMES,
)
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# What may stand between the company and the role (`총괄 부사장`).
_ROLE_PREFIXES = "총괄 수석 선임 책임 공동 전 현 신임"
# Words that open a clause or a sentence, never a name (`이날`, `또`).
_NOT_NAMES = "이날 또 한편 특히 이번 당시 현재 지난 올해 최근 그 이 한 및 등 전 현"


def _before(roles: str, name: str, organisation: str) -> re.Pattern:
    """Words of a name (``name``), perhaps an ``organisation``, then one
    of ``roles``, perhaps after a prefix (`총괄 부사장`)."""
    alternation = "|".join(sorted(roles.split(), key=len, reverse=True))
    prefixes = "|".join(_ROLE_PREFIXES.split())
    return re.compile(
        rf"(?:^|(?<=[\s\"“‘'(]))(?P<name>{name}) {organisation}"
        rf"(?:(?:{prefixes}) )?(?:{alternation})(?![가-힣]{{2}})",
        re.M,
    )


@cache
def _pattern() -> re.Pattern:
    """Two or three words, an organisation and a role (`샤오밍 리 한빛소프트 부사장`),
    the organisation perhaps after its country (`존 스미스 미국 하버드대
    교수`: Korean news names a foreigner's country before the body). As
    few words as make the name are read, and the word after them as the
    country; ``_name_words`` takes it back into the name when it is none,
    and drops a first word of one syllable that is no given name: checked
    on the match, as word lists in the pattern would be tried at every word."""
    return _before(
        KO_ROLES,
        r"[가-힣]{1,6}(?: [가-힣]{1,6}){1,2}?",
        r"(?:(?P<place>[가-힣]{2,8}) )?(?P<org>[가-힣A-Za-z0-9]{2,15}) ",
    )


@cache
def _places() -> frozenset[str]:
    return frozenset(KO_PLACES.split())


@cache
def _short_given() -> frozenset[str]:
    return frozenset(KO_FOREIGN_SHORT_GIVEN.split())


def _name_words(match: re.Match) -> list[str]:
    """The words of the name ``_pattern`` matched: the country's word
    back in the name when it is no country (`샤오밍 리 웨이 한빛소프트
    부사장`), a first word of one syllable dropped unless it is a foreign
    given name (`팀 쿡`; not `새`, `두`)."""
    words = match.group("name").split()
    place = match.group("place")
    if place and place not in _places():
        words.append(place)
    if len(words[0]) == 1 and words[0] not in _short_given():
        words = words[1:]
    return words


# A word that ends in these is a word with its particle, not a name's.
_PARTICLE_ENDS = ("부터", "으로", "에서", "까지", "에게", "에는", "처럼", "보다")


@cache
def _before_role() -> re.Pattern:
    """Two or three words right before a role that is no common noun too
    (`일론 머스크 대표가`)."""
    return _before(KO_PERSON_ROLES, r"[가-힣]{1,5}(?: [가-힣]{1,5}){1,2}", "")


@cache
def _alone() -> str:
    """What may follow a foreign surname written alone: a particle or a role."""
    particles = "|".join(sorted(KO_PARTICLES.split(), key=len, reverse=True))
    roles = "|".join(sorted(KO_ROLES.split(), key=len, reverse=True))
    return rf"(?:{particles})(?![가-힣])| (?:{roles})(?![가-힣]{{2}})"


@cache
def _role_after() -> str:
    roles = "|".join(sorted(KO_ROLES.split(), key=len, reverse=True))
    return rf" (?:{roles})(?![가-힣]{{2}})"


def _sounds_foreign(words: list[str]) -> bool:
    """Whether a name is written with the syllables Korean uses for foreign
    sounds (`머스크`, `스미스`), which Korean given names do not use."""
    foreign = set(KO_FOREIGN.split())
    return any(c in foreign for w in words for c in w)


def _common_nouns(text: str, start: int, end: int) -> bool:
    """Whether every word of ``text[start:end]`` is one common noun of the
    dictionary (`디자인 스튜디오`, loanwords for a trade): a foreign name
    has a word it does not know as one (`일론` is cut in two, `캐시` is a
    proper noun)."""
    from reader.extract.lang.ko.morphology import morphemes

    words = {(m.start, m.end) for m in morphemes(text, start, end) if m.kind == "NOUN"}
    spans = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    return all(span in words for span in spans)


def _said_alone(text: str, surname: str, full_start: int, full_end: int) -> list[int]:
    """Where ``surname`` stands alone outside the full name, as a word
    before a particle or a role (`머스크는`, `머스크 대표`); a surname of
    one syllable only before a role (`쿡 CEO는`): with a particle it is
    mostly a word (`황은`, `쿡이`)."""
    after = _alone() if len(surname) > 1 else _role_after()
    pattern = re.compile(rf"(?<![가-힣]){re.escape(surname)}(?={after})")
    return [m.start() for m in pattern.finditer(text) if not full_start <= m.start() < full_end]


@cache
def _known() -> frozenset[str]:
    return home_words("ko", "companies") | home_words("ko", "institutions")


# A university written short, after its name (`하버드대`, `바르셀로나대`):
# before a role, the body a person teaches or works at.
_UNIVERSITY = re.compile(r"[가-힣]{2,}(?:대|대학|대학교)")
# Hangul and Latin letters in one word make a company's name (`오픈AI`,
# `SK텔레콤`), as ``morphology`` reads them too.
_LATIN_GLUED = re.compile(r"[가-힣]+[A-Za-z]+[가-힣A-Za-z]*|[A-Za-z]+[가-힣]+[가-힣A-Za-z]*")


def _is_organisation(word: str) -> bool:
    return (
        word in _known()
        or word.isascii()
        or organisation(word) == word
        or _UNIVERSITY.fullmatch(word) is not None
        or _LATIN_GLUED.fullmatch(word) is not None
    )


@cache
def _surname_chars() -> frozenset[str]:
    return frozenset(KO_SURNAMES.split())


def _korean_named(words: list[str]) -> bool:
    """Whether the last word is a Korean full name (`김철수`: a family name
    and two syllables) and nothing sounds foreign, not even a given name of
    one syllable first (`샘 오도널`): ``cjk_names`` reads it, and the word
    before is no part of it (`기조연설자 김철수`)."""
    last = words[-1]
    return (
        len(last) == 3
        and last[0] in _surname_chars()
        and not _sounds_foreign(words)
        and words[0] not in _short_given()
    )


# An organisation and its `의` right before a name (`한빛전자의 샘 오도널
# 대표`): whose the person is, as Korean news names a company's people.
_OF = re.compile(r"(?<![가-힣A-Za-z])([가-힣A-Za-z0-9]{2,15})의 $")


def _of_organisation(text: str, start: int) -> bool:
    """Whether the words before ``start`` are an organisation and its `의`."""
    match = _OF.search(text, max(0, start - 20), start)
    return match is not None and _is_organisation(match.group(1))


def _is_name(words: list[str]) -> bool:
    ends = set(KO_CLAUSE_ENDS.split())
    return words[0] not in _NOT_NAMES.split() and not any(w[-1] in ends for w in words)


def find_foreign_people(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """PER mentions of the foreign people named before their company and role."""
    out = []
    for start, end in paragraphs:
        for match in _pattern().finditer(text, start, end):
            words = _name_words(match)
            # The clause may end in the first word (`참석한 샤오밍 리`).
            while len(words) > 2 and not _is_name(words[:1]):
                words = words[1:]
            if len(words) < 2 or len(words) > 3:
                continue
            if not _is_organisation(match.group("org")) or not _is_name(words):
                continue
            if any(w.endswith(_PARTICLE_ENDS) for w in words) or _korean_named(words):
                continue
            name = " ".join(words)
            s = match.end("place") if words[-1] == match.group("place") else match.end("name")
            s -= len(name)
            out.append(EntityMention(name, "PER", s, s + len(name), entity_key(name)))
        for match in _before_role().finditer(text, start, end):
            # With no organisation between, only a name that sounds foreign
            # and whose surname the article uses alone as well (`일론 머스크
            # 대표가 … 머스크는`), as Korean news calls a foreigner after
            # the first mention: words before a role that merely sound
            # foreign are more often a trade (`디자인 스튜디오 대표`).
            words = match.group("name").split()
            while len(words) > 2 and not _is_name(words[:1]):
                words = words[1:]
            s = match.end("name") - len(" ".join(words))
            if any(m.start <= s < m.end for m in out) or not _is_name(words):
                continue
            if any(w.endswith(_PARTICLE_ENDS) for w in words):
                continue
            # A given name of one syllable first, or the company's `의`
            # before, vouches for a name none of whose other words is a
            # common noun (`애플의 스마트폰 사업 부사장`: a trade).
            vouched = (words[0] in _short_given() or _of_organisation(text, s)) and not any(
                is_common_noun(w) for w in words[1:]
            )
            if not (_sounds_foreign(words) or vouched):
                continue
            if not vouched and not _said_alone(text, words[-1], s, match.end()):
                continue
            if _common_nouns(text, s, match.end("name")):
                continue
            name = " ".join(words)
            out.append(EntityMention(name, "PER", s, s + len(name), entity_key(name)))
    return out + _surnames(text, out)


def _surnames(text: str, people: list[EntityMention]) -> list[EntityMention]:
    """The full name of each foreign person found, written again without
    the organisation (`샤오밍 리 부사장은`), and the surname written alone
    elsewhere (`머스크는`), as that person: under the full name's key."""
    out: list[EntityMention] = []
    for person in people:
        # Two words or more are the name wherever they stand, glued even
        # to a caption's last word (`부사장샤오밍 리`).
        for m in re.finditer(re.escape(person.text), text):
            if not any(p.start < m.end() and m.start() < p.end for p in [*people, *out]):
                out.append(EntityMention(person.text, "PER", m.start(), m.end(), person.key))
    for person in people:
        surname = person.text.split()[-1]
        for at in _said_alone(text, surname, person.start, person.end):
            if not any(m.start <= at < m.end for m in [*people, *out]):
                out.append(EntityMention(surname, "PER", at, at + len(surname), person.key))
    return out
