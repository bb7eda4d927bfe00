"""Countries, provinces and large cities in Chinese, Japanese and Korean."""

from __future__ import annotations

import pytest

from reader.extract.cjk_places import find_cjk_places
from reader.extract.names import entity_key
from reader.extract.pipeline import extract


def places(text: str, lang: str) -> list[tuple[str, str]]:
    """(as written, the place it keys to)."""
    found = find_cjk_places(text, [(0, len(text))], lang)
    return [(m.text, next(p for p in _bare_forms(m.text) if entity_key(p) == m.key)) for m in found]


def _bare_forms(name: str) -> list[str]:
    return [name[:cut] for cut in range(len(name), 0, -1)]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (
            "北京和广东的工厂向美国出口。",
            "zh",
            [("北京", "北京"), ("广东", "广东"), ("美国", "美国")],
        ),
        (
            "大阪府と横浜市、そしてタイの工場。",
            "ja",
            [("大阪府", "大阪"), ("横浜市", "横浜"), ("タイ", "タイ")],
        ),
        (
            "서울시와 부산에서 미국으로 수출한다.",
            "ko",
            [("서울시", "서울"), ("부산", "부산"), ("미국", "미국")],
        ),
    ],
)
def test_places_with_and_without_their_suffix_are_one_place(text, lang, found):
    assert places(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("東大阪の工場と大阪大学の研究室。", "ja"),  # inside other words
        ("ネクタイを締めた日本人の客。", "ja"),
        ("宮崎さんは笑った。", "ja"),  # a prefecture that is a family name
        ("서울대 교수와 고양이가 있다.", "ko"),
    ],
)
def test_a_place_inside_another_word_or_a_family_name_is_not_one(text, lang):
    assert places(text, lang) == []


def test_only_cjk_articles_are_read_so():
    assert places("Pabrik di 北京 dibuka.", "id") == []


def test_an_article_lists_its_places_beside_its_people():
    article = extract("工厂开业\n\n北京的工厂开业了，总经理王明说：“订单很多。”\n")
    kinds = {(m.text, m.type) for m in article.entities}
    assert ("北京", "LOC") in kinds and ("王明", "PER") in kinds
