"""Korean organisations named by what the sentence says they are.

A foreign company or journal written in Hangul (``아스라테크``, ``나노레터``) is
a common noun to mecab-ko-dic and ends in no head ``korean_orgs`` knows, and
making every untyped proper noun an organisation costs more than it finds
(dev precision 0.72 -> 0.60). What Korean news writes around such a name
says what it is:

* an apposition of its kind, ``반도체 제조업체인 한빛텍은``: a word for a
  company (``업체``, ``기업``, ``제조사``, ``스타트업``) and ``인`` before it;
* a journal's kind before it, ``국제학술지 '셀 리포츠'``, ``저널 랜싯에``;
* a study published in it, ``연구 결과는 바이오머티리얼즈에 게재됐다``;
* ``코리아`` glued after it, a company's Korean branch (``오라클코리아``);
* the one word between a Korean name and the person's role (``박지훈
  제타뱅크 대표``, ``김철수 한빛당 의원``): where the person works, which
  Korean news writes there and nothing else; not a place (``부산시``), a
  department (``화학과``) or a common noun (``공동 대표``, ``당시 대표``);
* a university written short (``토론토대``, ``베이징대``), by the words of a
  university after it (``교수``, ``연구팀``, ``총장``) or its country before
  it (``캐나다 토론토대``): the analyser cuts foreign ones into common words
  (``토론`` ``토대``), and a word ending in 대 is a common noun more often
  (``세대``, ``부대``, ``시간대``);
* an English word for a company's trade written in Hangul after it, apart
  or glued (``누리 테크놀로지``, ``한빛로보틱스``): Korean keeps the foreign
  company's name as written; a common noun before it is a kind of work
  (``의료 로보틱스``).

The name is the word after the cue (its particle cut off), or the words in
the quote marks right after it; a place there is the company's country
(``업체인 중국 DJI``), and the place finder, run first, keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang.ko.morphology import is_common_noun
from reader.extract.lang.ko.words import KO_PARTICLES
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# The last part of a word for a company, before `인` (`로봇 제조업체인`).
_COMPANY_KINDS = "기업 업체 회사 제조사 스타트업 자회사 계열사 통신사 제약사 개발사 운영사 게임사"
# Words for a journal, before its name.
_JOURNAL_KINDS = "학술지 저널 과학저널 의학저널 학술저널 과학잡지"
# Verbs of a study's publication in a journal, after `에` and a date.
_PUBLISHED = "게재 실렸 실릴 실린 발표됐"
# English words for a company's trade, as a foreign company's name ends.
_TRADES = """
    테크놀로지 테크놀로지스 로보틱스 일렉트로닉스 커뮤니케이션즈 인더스트리 인더스트리즈 홀딩스
    모터스 시스템즈 네트웍스 네트워크스 솔루션즈 파마슈티컬 파마 바이오사이언스 랩스 다이내믹스
"""
_TRADE_END = re.compile(rf"(?:{'|'.join(_TRADES.split())})$")
_PARTICLE_WORDS = "은 는 이 가 을 를 의 에 와 과 도 에서 에게 로 으로"
_QUOTED = r"['‘\"“](?P<quoted>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 ·]{1,30}?)['’\"”]"
_WORD = r"(?P<word>[가-힣A-Za-z0-9]*[가-힣]{2,})"


def _alternation(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


# What follows a university's name and nothing else's: its people, teams
# and schools.
_AT_A_UNIVERSITY = """
    교수 부교수 조교수 명예교수 석좌교수 연구교수 교수팀 연구팀 연구진 공동연구팀 총장 부총장
    학생 대학원생 박사과정생 의대 공대 대학원 캠퍼스 병원 졸업
"""
# Common nouns ending in 대 that may stand before those words (`세대 교수`
# is no university): generations, units, eras, stages, ranges.
# Not `지대` (a zone), which ends `케임브리지대`, nor `연대` and `교대`, two
# universities' short names.
_NOT_UNIVERSITIES = "세대 부대 시대 무대 기대 상대 반대 확대 최대 군대 가격대 시간대 연령대"


# What ends a department, a section or a place, no body of its own
# (`화학과`, `비서실`, `영업팀`, `부산시`, `강남구`).
_NOT_BODY_ENDS = ("과", "학부", "실", "팀", "본부", "국", "시", "도", "군", "구", "읍", "면", "동")


@cache
def _between() -> re.Pattern:
    from reader.extract.lang.ko.words import KO_ROLE_PREFIXES, KO_ROLES, KO_SURNAMES

    surnames = "".join(KO_SURNAMES.split())
    return re.compile(
        rf"(?<![가-힣])[{surnames}][가-힣]{{2}}(?:\([^()\n]{{1,12}}\))? "
        rf"(?P<body>[가-힣][가-힣A-Za-z0-9]{{1,14}}) "
        rf"(?:(?:{_alternation(KO_ROLE_PREFIXES)}) )?(?:{_alternation(KO_ROLES)})"
        rf"(?:{_alternation(_PARTICLE_WORDS)}|(?![가-힣]))"
    )


@cache
def _words(name: str) -> frozenset[str]:
    """A word list (``words.py``'s ``KO_WORDS``, ``cjk_places``'
    ``KO_PLACES``) as a set, made once: the finders run on every paragraph."""
    if name == "KO_PLACES":
        from reader.extract.cjk_places import KO_PLACES

        return frozenset(KO_PLACES.split())
    from reader.extract.lang.ko import words

    return frozenset(getattr(words, name).split())


def _korean_name(word: str) -> bool:
    """Whether ``word`` has a Korean full name's shape, a family name and
    two syllables (`박영희`), as ``cjk_names`` reads it."""
    return (
        len(word) == 3
        and word[0] in _words("KO_SURNAMES")
        and word not in _words("KO_WORDS")
        and word[-1] not in _words("KO_NOT_GIVEN_END")
        and not any(c in _words("KO_FOREIGN") for c in word[1:])
    )


def _bodies_between(text: str, start: int, end: int) -> list[EntityMention]:
    out = []
    for match in _between().finditer(text, start, end):
        body = match.group("body")
        name = text[match.start() : match.start() + 3]
        # The name is one in a Korean name's shape, as ``cjk_names`` reads
        # it: `제임스 콜린스 교수` is a foreign name, no name and a body.
        # A body in that shape is the second of two people listed before
        # one role (`박민수 박영희 의원이`: Korean news names them so).
        if (
            not _korean_name(name)
            or _korean_name(body)
            or body in _words("KO_PLACES")
            or body in _words("KO_ROLES")
            or body.endswith(_NOT_BODY_ENDS)
            or body[-1] in _words("KO_CLAUSE_ENDS")
            or is_common_noun(body)
        ):
            continue
        s = match.start("body")
        out.append(EntityMention(body, "ORG", s, s + len(body), entity_key(body)))
    return out


# A word ending in 대, read from the 대 back (a literal the search finds
# fast, where a pattern opening on any Hangul is tried at every character):
# what follows it, a university's word or a particle, and the word before it.
_DAE = re.compile(r"대(?=[^가-힣]|$|(?:은|는|이|가|을|를|의|에|와|과|도|에서|로)(?![가-힣]))")
_WORD_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{2,8}$")
_COUNTRY_BEFORE = re.compile(r"(?<![가-힣])([가-힣]+) $")


@cache
def _at_a_university() -> re.Pattern:
    return re.compile(rf"\s(?:{_alternation(_AT_A_UNIVERSITY)})(?![가-힣]{{2}})")


@cache
def _not_universities() -> tuple[str, ...]:
    return tuple(_NOT_UNIVERSITIES.split())


def _a_zone(name: str) -> bool:
    """Whether ``name`` is a common noun and `지대` (a zone: `비무장지대`,
    `국경지대`, `산악지대`), which mecab-ko-dic cuts in two as it does a
    foreign university's name (`케임브리` `지대`), but whose first part it
    knows."""
    return name.endswith("지대") and is_common_noun(name[:-2])


def _universities(text: str, start: int, end: int) -> list[EntityMention]:
    out = []
    for match in _DAE.finditer(text, start, end):
        stop = match.end()
        word = _WORD_BEFORE.search(text, max(start, match.start() - 8), match.start())
        if word is None:
            continue
        s = word.start()
        name = text[s:stop]
        if name.endswith(_not_universities()) or _a_zone(name):
            continue
        if not _at_a_university().match(text, stop, end):
            # After its country only a name the dictionary does not know
            # as one noun (`캐나다 토론토대`, cut `토론` `토대`): a group
            # in 대 is one (`홍콩 시위대`, `구조대`, `원정대`).
            country = _COUNTRY_BEFORE.search(text, max(start, s - 12), s)
            if country is None or country.group(1) not in _words("KO_PLACES"):
                continue
            if is_common_noun(name):
                continue
        out.append(EntityMention(name, "ORG", s, stop, entity_key(name)))
    return out


@cache
def _patterns() -> tuple[re.Pattern, ...]:
    return (
        re.compile(rf"(?:{_alternation(_COMPANY_KINDS)})인 (?:{_QUOTED}|{_WORD})"),
        re.compile(rf"(?:{_alternation(_JOURNAL_KINDS)})(?:인)? ?(?:{_QUOTED}|{_WORD})"),
        re.compile(
            rf"(?:결과|성과|논문)(?:는|은|도) (?P<quoted>[가-힣]{{2,}}(?: [가-힣]{{2,}}){{0,2}})"
            rf"에 (?:[0-9]+일자?로? |지난달 |최근 |온라인판에 )?(?:{_alternation(_PUBLISHED)})"
        ),
        re.compile(r"(?<![가-힣A-Za-z])(?P<word>[A-Za-z가-힣]{2,}?코리아)"),
        re.compile(
            rf"(?<![가-힣A-Za-z])(?P<quoted>[가-힣A-Za-z]{{2,8}} ?(?:{_alternation(_TRADES)}))"
            rf"(?:{_alternation(_PARTICLE_WORDS)})?(?![가-힣])"
        ),
    )


@cache
def _particles() -> tuple[str, ...]:
    return tuple(sorted(KO_PARTICLES.split(), key=len, reverse=True))


def _without_particle(word: str) -> str:
    for particle in _particles():
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


def find_described(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """ORG mentions of the organisations the cues above name, by start."""
    out = []
    for start, end in paragraphs:
        for pattern in _patterns():
            for match in pattern.finditer(text, start, end):
                if match.groupdict().get("quoted"):
                    s = match.start("quoted")
                    name = match.group("quoted").strip()
                else:
                    s = match.start("word")
                    name = _without_particle(match.group("word"))
                if any(kind in name for kind in _JOURNAL_KINDS.split()):
                    continue
                trade = _TRADE_END.search(name)
                if trade and is_common_noun(name[: trade.start()].strip()):
                    # A kind of work, not a company (`의료 로보틱스`).
                    continue
                out.append(EntityMention(name, "ORG", s, s + len(name), entity_key(name)))
        out.extend(_universities(text, start, end))
        out.extend(_bodies_between(text, start, end))
    # One mention a span: a university may be found by what follows it and
    # as the body before a role.
    return sorted({(m.start, m.end): m for m in out}.values(), key=lambda m: m.start)
