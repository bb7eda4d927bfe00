"""Chinese bodies named for two fields joined by a conjunction, and people
the dictionary does not know, by the words around them (made-up text)."""

import pytest

from reader.extract.pipeline import extract


def _entities(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("华东理工大学化学与材料学院今年招收两百名新生。", "华东理工大学化学与材料学院"),
        ("记者从杭州市儿童法律与心理咨询中心获悉，热线已开通。", "杭州市儿童法律与心理咨询中心"),
        ("加拿大食品及药物管理局近日批准了这种疫苗。", "加拿大食品及药物管理局"),
        ("他毕业后留在环境与资源学院任教。", "环境与资源学院"),
        ("国家发展与改革委员会发布了新的价格规定。", "国家发展与改革委员会"),
    ],
)
def test_a_body_named_for_two_joined_fields_is_one_organisation(text, body):
    assert (body, "ORG") in _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "学校建有创业实训基地和就业指导中心，服务毕业生。",
        "他们为居民提供法律与心理咨询服务。",
        "各地农村和薄弱学校的条件正在改善。",
        "市民可以通过电视栏目和晚报了解情况。",
    ],
)
def test_two_things_joined_are_no_body_of_two_fields(text):
    assert not any(("和" in m.text or "与" in m.text) for m in extract(text).entities)
