"""Chinese: foreign names joined by other marks than the middle dot, media
and offices that close a name, phrases jieba tags as places, and firms
named in a list counted as firms (made-up text)."""

from __future__ import annotations

import pytest

from reader.extract.pipeline import extract


def _entities(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract("题\n\n" + text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("车队首席技师阿尔诺.贝里克表示，新车调校顺利。", "阿尔诺.贝里克"),
        ("赛后，罗萨诺-贝里克说，这辆车很难开。", "罗萨诺-贝里克"),
        ("传闻说，他和约翰-贝里克为了这辆车争论了很久。", "约翰-贝里克"),
        ("主办方邀请了英国车手阿尔诺&#8226;达维纳参加表演赛。", "阿尔诺&#8226;达维纳"),
        ("小女孩塞拉诺·莫伦托于1952年随家人迁居此地。", "塞拉诺·莫伦托"),
    ],
)
def test_a_foreign_name_joined_by_a_stop_hyphen_or_bullet_is_one_person(text, name):
    found = _entities(text)
    assert (name, "PER") in found
    # Neither part is a person of its own.
    assert not any(t == "PER" and n != name and n in name for n, t in found)


def test_two_places_joined_by_a_hyphen_are_no_person():
    found = _entities("巴西-阿根廷的比赛吸引了很多观众。")
    assert not any(t == "PER" for _, t in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卡斯泰拉-莫伦托的比赛将于周六举行。", "卡斯泰拉-莫伦托"),
        ("卡斯泰拉.莫伦托之战吸引了很多观众。", "卡斯泰拉.莫伦托"),
    ],
)
def test_two_sides_joined_by_a_hyphen_or_stop_with_no_person_cue_are_no_person(text, name):
    assert (name, "PER") not in _entities(text)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("他说，南京卫视昨天播出了这档节目。", "南京卫视", "ORG"),
        ("他们登录湖北在线查询成绩。", "湖北在线", "ORG"),
        ("毕业后她被分配到绍兴市京剧剧团工作。", "绍兴市京剧剧团", "ORG"),
        ("记者从标致上海代表处获悉，新车将上市。", "上海代表处", "ORG"),
        ("决赛将在宁波体育馆举行。", "宁波体育馆", "LOC"),
    ],
)
def test_a_channel_troupe_office_or_venue_closes_a_name_after_its_place(text, name, type_):
    found = _entities(text)
    assert (name, type_) in found
    assert not any(t == "LOC" and n != name and n in name for n, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "今年的产量远超过去年。",
        "有人想把这位局长拉下马。",
        "老师要学生从多角度思考问题。",
        "他跳槽以后，新东家给了他更高的工资。",
    ],
)
def test_a_phrase_jieba_tags_as_a_place_is_no_place(text):
    assert not any(t == "LOC" for _, t in _entities(text))


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "今年以来，瑞丰、恒曜、卓远等5家大型企业扩大了产能。",
            {"瑞丰", "恒曜", "卓远"},
        ),
        ("到年底，明汽、川汽等4家公司都将推出新车。", {"明汽", "川汽"}),
        (
            "这家工厂先后与泰岳、蓝鲸动力、海川车桥等重要厂家签了合同。",
            {"泰岳", "蓝鲸动力", "海川车桥"},
        ),
    ],
)
def test_the_items_of_a_list_counted_as_firms_are_organisations(text, firms):
    found = _entities(text)
    assert {(f, "ORG") for f in firms} <= found


@pytest.mark.parametrize(
    "text",
    [
        "抽查了杭州、宁波、温州等6个市企业生产的产品。",
        "张伟、李明等三家公司负责人出席了会议。",
        "苹果、香蕉、橘子等水果很好吃。",
        # Trades, and the word that says what the items are.
        "今年以来，钢铁、水泥等高耗能企业纷纷减产。",
        "据了解，汽车、家电等行业企业的出口增长明显。",
        # 等待 (to wait), not 等 closing a list.
        "事故发生后，工人、家属等待公司给出说法。",
        # People who work at the firms.
        "孟维岚、赵启航等公司员工已经返回岗位。",
    ],
)
def test_places_heads_of_firms_trades_people_and_things_in_a_list_are_no_firms(text):
    assert not any(t == "ORG" for _, t in _entities(text))


@pytest.mark.parametrize(
    "text",
    [
        "根据《中华人民共和国食品安全法》的规定，企业应当召回。",
        "促销车型多达10款，优惠最多达到3000元，多达40分。",
        "长期服用会引起多毛症。",
    ],
)
def test_names_inside_a_title_and_words_tagged_as_names_are_none(text):
    assert _entities(text) == set()


def test_a_newspaper_whose_title_is_its_name_stays_one():
    assert ("羊城晚报", "ORG") in _entities("《羊城晚报》报道了此事。")


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("地址：东城区金鱼街12号。", "金鱼街"),
        ("地址：北京市经济技术开发区西环南路2号。", "西环南路"),
    ],
)
def test_a_road_after_its_district_in_an_address_is_a_place(text, road):
    assert (road, "LOC") in _entities(text)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        (
            "卡洛蒂表示，新车将于下月上市。作为卡洛蒂品牌最受欢迎的车型，这款车销量很好。",
            "卡洛蒂",
        ),
        ("品牌：韦森堡 推荐车型：韦森堡S5", "韦森堡"),
    ],
)
def test_a_name_written_as_a_brand_is_an_organisation(text, brand):
    found = _entities(text)
    assert (brand, "ORG") in found
    assert (brand, "PER") not in found


def test_a_person_who_speaks_stays_a_person():
    assert ("李宁", "PER") in _entities("李宁说，比赛很精彩。")


def test_latin_capitals_after_a_person_make_no_brand():
    found = _entities("林卓然WADA听证会于周五举行，林卓然表示自己是清白的。")
    assert ("林卓然", "PER") in found
    assert ("林卓然", "ORG") not in found
