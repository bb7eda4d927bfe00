"""A quotation under a line of its speaker's name, and Japanese quotations
closed by と and any verb (``reader.extract.quotes``)."""

from reader.extract.pipeline import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


def test_a_quotation_under_a_line_of_a_name_is_that_persons():
    text = (
        "映画の完成披露会見\n\n出演者のコメントは次の通り。\n\n"
        "山崎花子\n「撮影はとても楽しかったです。みんなで頑張りました」\n\n"
        "早見さくら\n「ダンスの練習はとても大変でしたが、楽しかったです」\n\n"
        "小川健太\n「また同じメンバーで集まりたいと思います」\n"
    )
    got = dict(_speakers(text))
    assert got["撮影はとても楽しかったです。みんなで頑張りました"] == "山崎花子"
    assert got["また同じメンバーで集まりたいと思います"] == "小川健太"
    assert got["ダンスの練習はとても大変でしたが、楽しかったです"] == "早見さくら"


def test_a_line_that_is_a_sentence_is_no_label():
    text = (
        "新製品の発表\n\n会場には多くの人が集まり、次の言葉が紹介された。\n"
        "「未来は自分たちで作るものだ。」\n"
    )
    assert _speakers(text) == [("未来は自分たちで作るものだ。", None)]


def test_japanese_quotation_closed_by_to_and_any_verb():
    text = (
        "新人投手の抱負\n\n新人の佐々木一郎投手は会見で、"
        "「一年目から一軍で投げたいです」と抱負を口にした。\n"
    )
    assert _speakers(text) == [("一年目から一軍で投げたいです", "佐々木一郎")]


def test_quoted_terms_joined_by_to_are_no_quotation():
    text = "新しい番組\n\n番組は「朝の広場」と「夜の窓」の二本立てで放送される。\n"
    assert _speakers(text) == []


def test_a_heading_above_a_quotation_is_no_speaker():
    text = (
        "記者会見\n\n会見の内容は次の通り。\n\n"
        "記者会見の要旨\n「我々は全力を尽くして復旧に取り組んでいます」\n"
    )
    assert [speaker for _, speaker in _speakers(text)] in ([], [None])
    text = "经济形势\n\n专家观点\n“经济形势总体稳定，下半年将继续回升。”\n"
    assert [speaker for _, speaker in _speakers(text)] in ([], [None])


def test_a_label_may_give_the_group_in_brackets():
    text = (
        "映画の完成披露会見\n\n出演者のコメントは次の通り。\n\n"
        "みなみかえで（ABCクラブ（仮））\n「毎日の練習が本当に楽しかったです。ありがとう」\n\n"
        "記者会見の要旨（抜粋）\n「復旧には全力で取り組んでいるところです」\n"
    )
    got = dict(_speakers(text))
    assert got["毎日の練習が本当に楽しかったです。ありがとう"] == "みなみかえで"
    assert got.get("復旧には全力で取り組んでいるところです") is None
