"""Chinese: Latin terms, addresses, small places, people after kin words,
surnames with titles, terms in marks and speakers (made-up text)."""

from __future__ import annotations

import pytest

from reader.extract.lang.zh.cues import term_in_marks
from reader.extract.pipeline import extract


def _entities(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract(text).entities}


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "这款车配备了防抱死系统（ABX）和电子稳定程序（ESQ），售价不高。",
        "新车定位为城市SUV，同时兼顾MPV的空间，车主可享受VIP服务。",
        "外商直接投资（FDI）增长较快，业内人士并不意外。",
    ],
)
def test_acronyms_of_terms_in_chinese_prose_are_no_names(text):
    assert not any(m.text.isascii() for m in extract(text).entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("来源：SFDX\n", "SFDX"),
        ("据QRTA消息，该药已经停售。", "QRTA"),
        ("双方将在WTO框架下继续谈判。", "WTO"),
        ("他曾在ZENO公司工作多年。", "ZENO"),
    ],
)
def test_an_acronym_that_reports_or_is_a_known_body_stays_a_name(text, name):
    assert name in {m.text for m in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "展厅位于北京市海淀区万泉河路，交通方便。",
            {"北京市", "海淀区", "万泉河路"},
        ),
        (
            "他来自河北省香河县淑阳镇胡庄村，今年六十岁。",
            {"河北省", "香河县", "淑阳镇", "胡庄村"},
        ),
        ("两人都来自湖北京山孙桥镇，已经结婚多年。", {"湖北", "京山", "孙桥镇"}),
    ],
)
def test_an_address_written_as_one_run_is_each_of_its_places(text, places):
    found = _entities(text)
    assert {(p, "LOC") for p in places} <= found
    assert not any(len(name) > max(map(len, places)) for name, _ in found)


def test_a_school_keeps_the_place_it_is_named_for():
    assert ("江苏省泰州中学", "ORG") in _entities("他毕业于江苏省泰州中学，成绩优异。")


@pytest.mark.parametrize("text", ["全村的人都来了。", "度假村今年生意不错。", "每个县都有学校。"])
def test_common_words_ending_like_a_village_or_a_county_are_no_places(text):
    assert not any(m.type == "LOC" for m in extract(text).entities)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("代表团上午抵达营口，下午前往盘锦。", "营口"),
        ("展览先在柏林举行，随后移至基辅。", "基辅"),
        ("会议将在海口召开。", "海口"),
    ],
)
def test_cities_of_the_longer_list_are_places(text, place):
    assert (place, "LOC") in _entities(text)


def test_a_listed_place_inside_a_longer_word_is_none():
    assert not any(m.type == "LOC" for m in extract("地面铺的是进口大理石。").entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("为了救妻子，丈夫吴正明决定捐肾。", "吴正明"),
        ("今年52岁的李传峰去年开始透析。", "李传峰"),
        # An age in full-width digits, as Chinese text often writes it.
        ("今年５２岁的李传峰去年开始透析。", "李传峰"),
    ],
)
def test_a_name_after_a_kin_word_or_an_age(text, name):
    assert (name, "PER") in _entities(text)


def test_a_name_the_dictionary_has_whole_is_a_person():
    # `龚意田` is an entry of jieba's dictionary, tagged a person, with a given name of
    # characters the list of common ones lacks.
    assert ("龚意田", "PER") in _entities("铅球运动员龚意田退役后当了教练。")


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("王先生患糖尿病多年，近来病情加重。", "王"),
        ("据复旦大学徐校长介绍，学校将改革课程。", "徐"),
        ("王部长出席了会议。", "王"),
    ],
)
def test_a_surname_with_a_title_and_no_full_name_is_a_person(text, surname):
    assert (surname, "PER") in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "有关专家认为，这个问题不大。",
        "他担任主任已经三年。",
        "出租车司机纷纷表示不满。",
        "会上，曾主任作了报告。",
    ],
)
def test_a_surname_character_inside_a_word_before_a_title_is_no_person(text):
    assert not any(m.type == "PER" for m in extract(text).entities)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("这种医院互认结果的“一单通”制已经推广。", "一单通"),
        ("中国“入世”后，竞争更加激烈。", "入世"),
        ("从这点来说“择邻”比奋斗更有效。", "择邻"),
    ],
)
def test_a_term_in_marks_that_the_sentence_goes_on_from(text, marked):
    start = text.index(marked)
    assert term_in_marks(text, start, start + len(marked))
    assert not extract(text).quotes


def test_a_short_quotation_before_its_speaker_is_no_term():
    text = "“不行”他说，然后离开了。"
    assert not term_in_marks(text, 1, 3)


def test_a_cue_against_the_next_quotation_is_that_ones():
    text = (
        "教育论坛\n\n本地家长认为是“拿我们的钱去补贴别人的孩子”，"
        "外地家长认为“我们也为城市建设作出了贡献，孩子应该得到良好教育”。"
    )
    quotes = _speakers(text)
    assert quotes[0] == ("拿我们的钱去补贴别人的孩子", "本地家长")
    assert quotes[1][1] == "外地家长"


def test_his_mother_is_a_described_speaker_not_he():
    text = (
        "家庭故事\n\n说起儿子，妈妈很着急。“都怪我不好，把他管得太严了，他现在不爱说话……”"
        "他妈妈说，家里三代单传。"
    )
    assert _speakers(text)[0][1] == "他妈妈"


def test_the_agency_of_a_dateline_is_named_without_its_bureaus_city():
    found = _entities("标题\n\n中新社广州五月三日电 当地医院表示，新药有效。")
    assert ("中新社", "ORG") in found
    assert not any(name.startswith("中新社") and name != "中新社" for name, _ in found)


def test_an_organisation_ends_at_its_kind_not_at_what_follows():
    found = _entities("而华东师范大学心理咨询师张立认为，孩子需要鼓励。")
    assert ("华东师范大学", "ORG") in found
    assert not any(name.startswith("华东师范大学") and len(name) > 6 for name, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("书的作者乔安·克鲁兹曾将标本保存完好。", "乔安·克鲁兹"),
        ("当天，比尔·盖茨也到了现场。", "比尔·盖茨"),
    ],
)
def test_a_foreign_name_joined_by_a_middle_dot_is_a_person(text, name):
    assert (name, "PER") in _entities(text)


def test_a_dotted_title_in_book_marks_is_no_person():
    assert not any(m.type == "PER" for m in extract("孩子们在读《哈利·波特》。").entities)
