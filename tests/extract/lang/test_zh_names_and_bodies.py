"""Chinese names the dictionary cuts or tags wrongly: districts tagged as
people, bridges named for their place, companies named as registered,
centres and local bodies (made-up text)."""

import pytest

from reader.extract.pipeline import extract


def _entities(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("周末，他先去了玄武区的一家书店，又去了龙亭区的公园。", "玄武区"),
        ("周末，他先去了玄武区的一家书店，又去了龙亭区的公园。", "龙亭区"),
        ("这家工厂搬到了宁晋县，离原来的厂址不远。", "宁晋县"),
    ],
)
def test_a_district_the_dictionary_tags_as_a_person_is_a_place(text, place):
    assert (place, "LOC") in _entities(text)


@pytest.mark.parametrize(
    ("text", "bridge"),
    [
        ("今年要完成苏州桥、杭州桥等路口的改造。", "苏州桥"),
        ("今年要完成苏州桥、杭州桥等路口的改造。", "杭州桥"),
    ],
)
def test_a_bridge_named_for_its_place_is_a_place(text, bridge):
    assert (bridge, "LOC") in _entities(text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("卫生部门依法吊销杭州绿源轻松纺织品有限公司的许可证。", "杭州绿源轻松纺织品有限公司"),
        ("经销商为南京达世行汽车销售有限责任公司，地址在城东。", "南京达世行汽车销售有限责任公司"),
    ],
)
def test_a_company_named_as_registered_place_first_legal_form_last(text, company):
    assert (company, "ORG") in _entities(text)


def test_a_company_form_with_no_place_before_it_is_no_name():
    assert not any(
        m.text.endswith("公司") for m in extract("他们开了一家有限公司，生意不错。").entities
    )


def test_a_body_named_for_a_kind_of_centre_after_its_place():
    assert ("南京市校服管理中心", "ORG") in _entities("日前，南京市校服管理中心举办了一场展示会。")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("记者从市消协了解到，相关规定并不明确。", "市消协"),
        ("由市侨办、市文明办组织的志愿者今天上岗。", "市侨办"),
        ("去年市教委的统计结果显示，男教师偏少。", "市教委"),
        ("考生可以向省考试中心咨询。", "省考试中心"),
    ],
)
def test_a_local_body_named_by_its_units_word(text, body):
    assert (body, "ORG") in _entities(text)


@pytest.mark.parametrize(
    "text", ["市场是会变的，省级部门也在调整。", "他在市政府工作，住在市中心。"]
)
def test_a_units_word_that_opens_a_word_names_no_body(text):
    assert not any(m.text[0] in "市省" for m in extract(text).entities)


def test_a_place_written_only_as_the_first_part_of_a_name_is_no_place():
    def places(text: str) -> list[str]:
        return [m.text for m in extract(text).entities if m.type == "LOC"]

    assert places("今年上半年，广西重汽的销量明显回升，经销商普遍看好后市。") == []
    # Written alone as well, it is a place the article names.
    assert "广西" in places("今年上半年，广西重汽的销量明显回升，不少经销商来自广西。")


def test_a_paper_named_in_title_marks_is_an_organisation():
    text = "主办方在《江城晚报》等媒体上做了宣传。他还读了《红楼梦》。据《东方商报》报道，此事已有结论。"
    assert ("江城晚报", "ORG") in _entities(text)
    assert ("东方商报", "ORG") in _entities(text)
    assert not any(name == "红楼梦" for name, _ in _entities(text))
