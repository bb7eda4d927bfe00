"""Organisations in Korean text, by the word they end in.

Korean writes an organisation as one word ending in what it is (삼성전자,
한국연구재단, 서울대병원, 미래창조과학부), its particle joined to it
(삼성전자는). The Latin-script tagger sees none of that, so a Korean story
listed no organisation written in Hangul. A word is taken for one when, its particle
cut off, it ends in such a head with at least two syllables before it, and
is not a role (수석연구원). Heads of one syllable end too many common words
(정확도, 반드시, 남동부) to be used, except 부 and 청 for ministries and
agencies (국방부, 기상청) after the directions and parts that share them,
and 처 for the government's offices (인사혁신처), a closed list
(``lang/ko/offices.txt``): 처 ends places too (대피처, 거처).
Places are left out: their heads (시, 도, 구) are those common endings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.lang import rules_for
from reader.extract.lang.ko.words import KO_OFFICES, KO_PARTICLES, KO_ROLES
from reader.extract.model import EntityMention
from reader.extract.names import entity_key

Span = tuple[int, int]

# What an organisation's name ends in (`삼성전자`, `한국연구재단`).
KO_ORG_HEADS = """
    전자 그룹 은행 대학교 대학원 대학 연구소 연구원 위원회 재단 학회 협회 공단 병원 기구 센터
    증권 보험 항공 중공업 텔레콤 통신 방송 일보 신문 자동차 건설 화학 제약 반도체 엔터테인먼트
    연합회 조합 검찰청 경찰청 법원 거래소 연구재단 기술원 과학원 진흥원 출판사 백화점 연구단
"""
# Words ending in 부 (ministry) or 청 (agency) that are neither.
KO_NOT_MINISTRIES = """
    동부 서부 남부 북부 중부 상부 하부 내부 외부 전부 일부 세부 본부 지상부 지도부 수뇌부 여부
    간부 중앙정부 지방정부 연방정부 전자정부 자치정부 요청 신청 시청 구청 도청 민원청 공학부
"""
# Tools, not bodies: 기구 is also an apparatus.
KO_TOOLS = "놀이기구 운동기구 의료기구 실험기구 조리기구"
# Before a head, these make it generic, not a name (`교육센터`).
KO_GENERIC_BASES = """
    교육 연구 고객 지원 상담 문화 체육 복지 정보 기술 개발 홍보 운영 관리 데이터 서비스 아이돌 보이
    걸 밴드 전기 건강 자동차 종합 대학 이동 중앙 시중 석유 시스템 물류 국제 전문 지역 민간 국립
"""

_ROLES = frozenset(KO_ROLES.split())
_NOT_MINISTRIES = KO_NOT_MINISTRIES.split()
_TOOLS = KO_TOOLS.split()
_GENERIC = frozenset(KO_GENERIC_BASES.split())
_PARTICLES = sorted(KO_PARTICLES.split(), key=len, reverse=True)
_HEADS = sorted([*KO_ORG_HEADS.split(), "부", "청", "처"], key=len, reverse=True)
# Words that may be one, found in one pass before the finer checks.
_ENDING = re.compile(f"(?:{'|'.join(_HEADS)})(?:{'|'.join(_PARTICLES)})?$")
# From the start of a word only: else a long Latin run is scanned again
# from each of its letters. Latin letters may stand inside the word
# (`바른ICT연구소`).
_WORD = re.compile(r"(?<![A-Za-z0-9가-힣])[가-힣]*[A-Za-z0-9]*[가-힣]+")
_HANGUL = re.compile(r"[가-힣]")


def organisation(word: str) -> str | None:
    """``word`` without its particle, if that is an organisation's name."""
    if not _ENDING.search(word):
        return None
    for bare in _without_particle(word):
        for head in _HEADS:
            if bare.endswith(head) and len(bare) - len(head) >= 2:
                if (
                    bare in _ROLES
                    or (len(head) > 1 and bare[: -len(head)] in _GENERIC)
                    or any(bare.endswith(tool) for tool in _TOOLS)
                    or (len(head) == 1 and _one_syllable_head_ends(bare))
                ):
                    return None
                return bare
    return None


def _one_syllable_head_ends(bare: str) -> bool:
    if bare.endswith("처"):
        # A 처 is also where or to whom (`연락처`, `거래처`, `대피처`): an
        # office is one the government has (`식품의약품안전처`, `국가보훈처`).
        return bare not in KO_OFFICES
    return any(bare.endswith(word) for word in _NOT_MINISTRIES) or len(bare) < 3


def _without_particle(word: str) -> list[str]:
    """The word as written, then without the longest particle it ends in."""
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 1:
            return [word, word[: -len(particle)]]
    return [word]


def find_korean_organisations(
    text: str, paragraphs: Sequence[Span], lang: str
) -> list[EntityMention]:
    """ORG mentions in the Korean ``paragraphs`` of ``text``; [] for other languages."""
    if rules_for(lang).script != "ko":
        return []
    found = []
    for start, end in paragraphs:
        if not _HANGUL.search(text, start, end):
            continue
        for match in _WORD.finditer(text, start, end):
            name = organisation(match.group(0))
            if name is not None:
                at = match.start()
                found.append(EntityMention(name, "ORG", at, at + len(name), entity_key(name)))
    return found
