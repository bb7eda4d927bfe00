"""Organisations in Korean text, found by the word they end in."""

from __future__ import annotations

import pytest

from reader.extract.korean_orgs import find_korean_organisations
from reader.extract.pipeline import extract


def organisations(text: str) -> list[str]:
    return [m.text for m in find_korean_organisations(text, [(0, len(text))], "ko")]


def test_organisations_are_found_without_their_particles():
    text = "한빛전자는 부산대학교와 함께 해양수산부의 지원을 받아 기상청에 장비를 납품했다."
    assert organisations(text) == ["한빛전자", "부산대학교", "해양수산부", "기상청"]
    text = "기획재정부와 교육부, LG전자가 참여했다."
    assert organisations(text) == ["기획재정부", "교육부", "LG전자"]


@pytest.mark.parametrize(
    "text",
    [
        "정확도와 신뢰도가 높아졌다.",  # 도: a common ending
        "남동부 지역에 비가 내렸다.",  # 부: a direction
        "그는 회사에 요청했다.",  # 청: a verb's noun
        "수석연구원이 발표했다.",  # a role
        "교육센터에서 수업이 열렸다.",  # a generic head
        "아이들이 놀이기구를 탔다.",  # a tool
        "당 지도부는 참석여부를 묻지 않았다.",  # leadership, "whether"
        "아이돌그룹이 물류센터에서 공연했다.",  # generic kinds
        "주임연구원이 종합병원에 갔다.",
    ],
)
def test_common_words_with_those_endings_are_not_organisations(text: str):
    assert organisations(text) == []


def test_only_korean_articles_are_read_so():
    text = "Kantor Kementerian 한빛전자는 baru."
    assert find_korean_organisations(text, [(0, len(text))], "id") == []


def test_an_article_lists_them_beside_its_people():
    article = extract("로봇 공장\n\n한빛전자는 새 공장을 열었다. 박지훈 대표는 기뻐했다.\n")
    assert [(m.text, m.type) for m in article.entities] == [("한빛전자", "ORG"), ("박지훈", "PER")]
