"""People in Korean, Chinese and Japanese text: names, edges, roles, keys, speakers.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from reader.extract.cjk_names import find_cjk_names
from reader.extract.pipeline import extract


def names(text: str, lang: str):
    return find_cjk_names(text, [(0, len(text))], lang)


def texts(text: str, lang: str) -> list[str]:
    return [m.text for m in names(text, lang)]


# --- Korean -------------------------------------------------------------------


# --- Chinese ------------------------------------------------------------------


# --- Japanese -----------------------------------------------------------------


# --- In the pipeline ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "제목\n\n한지수 대표는 신제품을 공개했다.\n\n"
            '한 대표는 "내년에는 해외 공장을 늘리겠다"고 밝혔다.',
            "한지수",
        ),
        (
            "标题\n\n上海一家企业的总经理陈国强在会上发言。\n\n"
            "陈国强表示：“我们将继续扩大在东南亚的投资。”",
            "陈国强",
        ),
        (
            "題\n\nhttps://example.jp/1\n\n商店会の木村正人会長は「来年は祭りを倍の規模にしたい」と述べた。",
            "木村正人",
        ),
        (
            "題\n\n見学に来た会社員の小野寺美香さん（31）は「思ったより静かで驚いた」と話した。",
            "小野寺美香",
        ),
        ('제목\n\n이수진(45) 씨는 "올해는 꼭 집을 사고 싶다"고 말했다.', "이수진"),
    ],
)
def test_a_quote_takes_the_name_in_its_speaker_phrase(text: str, speaker: str):
    article = extract(text)
    (quote,) = article.quotes
    person = [m for m in article.entities if m.text == speaker]
    assert quote.speaker == speaker
    assert quote.speaker_key == person[0].key


def test_latin_script_articles_get_no_cjk_names():
    text = "Judul\n\nMenteri Keuangan Sri Mulyani mengatakan inflasi terkendali."
    assert find_cjk_names(text, [(7, len(text))], "id") == []
    assert all(m.text.isascii() for m in extract(text).entities)


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.start + 6], q.speaker) for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "listed"),
    [
        ("标题\n\n一位港口工作人员表示：“今天的船比平时多。”", "一位港口工作人员", False),
        ("标题\n\n强磊说：“价格会回落。”", "强磊", True),
        ('제목\n\n한 업계 관계자는 "수출이 늘었다"고 말했다.', "한 업계 관계자", False),
        ('Title\n\nA port spokesman said: "Ships are waiting."', "A port spokesman", False),
        ('Title\n\nHakan Yildiz said: "Ships are waiting."', "Hakan Yildiz", True),
    ],
)
def test_a_speaker_described_not_named_is_no_entity(text: str, speaker, listed: bool):
    """The quote keeps the words; only a name becomes an entity to list."""
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker
    assert (quote.speaker_key is not None) == listed
