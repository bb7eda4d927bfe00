"""Chinese quotations: reporting verbs, long titles before a name, and a
quotation that goes on from a cue in the clauses before it."""

import pytest

from reader.extract.pipeline import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text).quotes]


@pytest.mark.parametrize(
    "cue",
    ["表示", "介绍说", "透露", "坦言"],
)
def test_reporting_verbs_before_a_quotation(cue):
    text = f"新学期开学\n\n北方师范大学党委副书记张立华{cue}，“今年学校将继续扩大招生规模，欢迎大家报考。”"
    assert _speakers(text)[0][1] == "张立华"


def test_a_quotation_goes_on_from_a_cue_in_the_clauses_before_it():
    text = (
        "汽车行业研讨会\n\n在会上，东江大学汽车学院院长刘国强指出，"
        "从目前的形势来看，门槛越来越高。“这也是推动行业升级的有效手段。”"
    )
    assert _speakers(text) == [("这也是推动行业升级的有效手段。", "刘国强")]


def test_a_quotation_far_from_any_cue_has_no_speaker_from_it():
    text = (
        "汽车行业研讨会\n\n在会上，东江大学汽车学院院长刘国强指出，门槛越来越高。"
        "记者了解到，今年的销量有所下降，市场竞争激烈，价格不断走低，企业利润减少，"
        "行业面临调整。“这是一个必须面对的现实问题。”"
    )
    assert _speakers(text)[0][1] != "刘国强"


def test_a_chinese_quotation_without_cue_is_the_next_sentences_person():
    from reader.extract.pipeline import extract

    text = (
        "标题\n\n"
        "“要是早点有这个政策，我们能省下不少钱。”11日，王建国夫妇将诉状递进法院。"
        "王建国表示，他们会坚持到底。"
    )
    assert [q.speaker for q in extract(text).quotes] == ["王建国"]
    # A person named far behind the quotation is no speaker.
    text = (
        "标题\n\n"
        "“要是早点有这个政策，我们能省下不少钱。”这一政策从去年开始在全市各区逐步推行以来，"
        "受到多方好评，王建国表示，他们会坚持到底。"
    )
    assert [q.speaker for q in extract(text).quotes] == [None]
