"""Chinese: names, places and speakers (made-up text)."""

from __future__ import annotations

import pytest

from reader.extract.cjk_names import find_cjk_names
from reader.extract.pipeline import extract


def names(text: str, lang: str):
    return find_cjk_names(text, [(0, len(text))], lang)


def texts(text: str, lang: str) -> list[str]:
    return [m.text for m in names(text, lang)]


def test_chinese_name_after_a_role_and_before_a_verb():
    text = "外交部发言人王晓明表示，双方将继续对话。"
    (found,) = names(text, "zh-cn")
    assert (found.text, found.role) == ("王晓明", "发言人")
    assert text[found.start : found.end] == "王晓明"


def test_chinese_two_character_name_before_a_speech_verb():
    assert texts("会议结束后，张欣表示，市场仍有空间。", "zh-cn") == ["张欣"]


def test_chinese_name_before_its_role_in_traditional_script():
    found = names("會上，陳志明董事長宣布了新計劃。", "zh-tw")
    assert [(m.text, m.role) for m in found] == [("陳志明", "董事長")]


def test_chinese_surname_with_role_takes_the_full_names_key():
    text = "财政部部长刘建华说，预算已经批准。记者随后采访了刘部长。"
    found = names(text, "zh-cn")
    assert [m.text for m in found] == ["刘建华", "刘"]
    assert found[1].key == found[0].key
    assert found[1].role == "部长"


@pytest.mark.parametrize(
    "text",
    [
        "中国表示将继续开放市场。",
        "这个王国的历史很长。",
        "高速公路今天开通。",
        "公司高管表示不满。",
        "文章指出了问题。",
    ],
)
def test_chinese_common_words_are_not_names(text: str):
    assert texts(text, "zh-cn") == []


def test_chinese_role_is_not_read_as_a_given_name():
    text = "医院的刘芳博士介绍，病人已经出院。"
    assert texts(text, "zh-cn") == ["刘芳"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name right after its role, whatever characters its given name has.
        ("标题\n\n港务集团副总经理郭吕敏说：“码头下月恢复夜班。”", "郭吕敏"),
        # A person named earlier in the article, written in the phrase.
        (
            "标题\n\n物流公司总经理宋凯在会上发言。\n\n正如宋凯所说：“仓库的效率还能提高。”",
            "宋凯",
        ),
        # People described, not named.
        ("标题\n\n一位港口工作人员表示：“今天的船比平时多。”", "一位港口工作人员"),
        # A saying, an adverb: nobody.
        ("标题\n\n俗话说：“熟能生巧。”", None),
        ("标题\n\n妈妈假装惊奇地说：“这是你画的吗？”", None),
        # An adverb after a role is no name: the person described speaks.
        ("标题\n\n那位老师常常说：“读书要用心。”", "那位老师"),
        ("标题\n\n教授方才说：“会议推迟。”", None),
    ],
)
def test_a_chinese_speaker_is_a_person_named_or_described(text: str, speaker: str | None):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_a_university_by_its_own_short_name_is_the_university():
    """`浙大` is 浙江大学 though the article never pairs them
    (lang/zh/short_names.txt); `商务部` has no other name and keeps its own."""
    from reader.extract.known_organisations import find_known_organisations

    text = "他先后考入复旦和浙大，后来去了商务部。"
    keys = {m.text: m.key for m in find_known_organisations(text, [(0, len(text))], "zh")}
    assert keys == {"复旦": "复旦大学", "浙大": "浙江大学", "商务部": "商务部"}


def _analysed(text: str) -> list[tuple[str, str]]:
    from reader.extract.morphology import find_analysed_names

    return [(m.text, m.type) for m in find_analysed_names(text, [(0, len(text))], "zh")]


@pytest.mark.parametrize("text", ["各地的民办学校越来越多。", "这些上市公司的利润下降。"])
def test_a_kind_of_institution_is_no_name(text: str):
    assert _analysed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他毕业于复旦大学。", "复旦大学"),
        ("他毕业于北京大学。", "北京大学"),
        # After a place, the kind closes its name.
        ("她在北京市中医医院工作。", "北京市中医医院"),
    ],
)
def test_an_institution_named_by_a_proper_noun_or_place_is_a_name(text: str, name: str):
    assert (name, "ORG") in _analysed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A newspaper or a site, one word of the dictionary.
        ("据北京晚报报道，", "北京晚报"),
        ("新华网消息，", "新华网"),
        # ...or a place and a word before its suffix.
        ("据美国华人导报报道，", "美国华人导报"),
        # An institution named within its parent, with its number.
        ("南京大学附属第二医院的医生说", "南京大学附属第二医院"),
        ("北京大学附属口腔医院", "北京大学附属口腔医院"),
        ("广州市第二中级法院判决", "广州市第二中级法院"),
    ],
)
def test_chinese_media_and_affiliated_institutions_are_organisations(text: str, name: str):
    assert (name, "ORG") in _analysed(text)


def test_a_word_ending_like_a_newspaper_is_not_always_one():
    assert _analysed("他在网上看到了") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name right after its institution, before its role.
        ("题\n\n广州市第一人民医院李志刚副院长说，“检查结果可以互认。”", "李志刚"),
        # A name between two roles (`教授…代表`).
        ("题\n\n全国人大代表、华南师范大学教授钟丽华代表指出：“农村教师是关键。”", "钟丽华"),
    ],
)
def test_a_chinese_name_between_its_institution_or_role_and_another_role(text: str, speaker: str):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他说了很多。编辑：何春林", "何春林"),
        ("招生数量增加。(记者方晓岚）", "方晓岚"),
        ("结果有时效。（文浩）专家观点", "文浩"),
        ("张明：这个要看病情。", "张明"),
    ],
)
def test_chinese_credits_and_interview_turns_name_people(text: str, name: str):
    assert texts(text, "zh") == [name]


@pytest.mark.parametrize(
    "text", ["记者了解到，今年招生增加。", "详见（附图）说明。", "问：何时化疗？"]
)
def test_chinese_reporting_and_notes_name_nobody(text: str):
    assert texts(text, "zh") == []


def _typed(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract("题\n\n" + text).entities]


def test_a_place_with_its_suffix_replaces_the_place_inside_it():
    assert _typed("他在广州市工作。") == [("广州市", "LOC")]


def test_an_institution_is_not_extended_by_the_verb_organise():
    assert ("江苏省质量技术监督局", "ORG") in _typed("江苏省质量技术监督局组织专家进行了检查。")


@pytest.mark.parametrize(
    "name", ["国家市场监督管理总局", "国家卫生健康委员会", "国家能源局", "国家外汇管理局"]
)
def test_chinese_national_bodies_are_named_in_full(name: str):
    from reader.extract.lang.zh.bodies import find_national_bodies

    text = f"据{name}消息，新规将于下月实施。"
    assert [m.text for m in find_national_bodies(text, [(0, len(text))], "zh")] == [name]


@pytest.mark.parametrize("text", ["国家有关部门正在调查。", "国家和地方政府都有责任。"])
def test_a_clause_after_guojia_names_no_body(text: str):
    from reader.extract.lang.zh.bodies import find_national_bodies

    assert find_national_bodies(text, [(0, len(text))], "zh") == []


def _people(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == "PER"})


def test_a_name_of_uncommon_characters_before_a_speech_verb_is_found_again():
    """`沈思培认为`: right before a speech verb at a clause's edge, a surname
    and characters that make no word are a name, whatever its given name;
    found so, it is found where the article repeats it with no verb."""
    text = "出租车将调价。沈思培认为，出租车行业利润仍高。昨天，代表之一的沈思培向媒体发表公开信。"
    found = [m for m in extract(text).entities if m.type == "PER"]
    assert [m.text for m in found] == ["沈思培", "沈思培"]
    assert [text[m.start : m.end] for m in found] == ["沈思培", "沈思培"]


def test_an_adverb_before_the_verb_is_no_part_of_the_name():
    assert "付雯" in _people("庆典现场，付雯只说了一句。")
    assert "付雯只" not in _people("庆典现场，付雯只说了一句。")


@pytest.mark.parametrize(
    "text",
    [
        "从各方面表示支持。",  # 方面: a word
        "他们，马上说好了。",  # 马上: a word
        "负责人，曾多次表示反对。",  # 多次: a word
        "会上，陆总表示满意。",  # 陆总: a title
    ],
)
def test_words_and_titles_before_a_speech_verb_are_no_names(text):
    assert _people(text) == []


def test_a_phrase_the_dictionary_tags_as_a_foreign_name_is_no_person():
    """jieba tags `令人` and `二人` as transliterated names: a foreign name is
    written in the characters of sounds, and these are not."""
    assert _people("令人意外的是，甲乙二人都来了。") == []


def test_a_foreign_name_written_by_its_sounds_is_a_person():
    assert "布什" in _people("美国前总统布什昨天访问了这所学校。")


def _organisations(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == "ORG"})


def test_an_office_or_a_society_after_a_place_is_an_organisation():
    """`杭州市人事局`, `南京市医学会`: a word for an office or a society closes
    a name after a place, as `医院` does."""
    found = _organisations("据杭州市人事局介绍，南京市医学会也参加了会议。")
    assert "杭州市人事局" in found and "南京市医学会" in found


def test_a_layout_after_a_place_is_no_office():
    """`布局` (a layout) ends in 局 and closes no name."""
    assert not any("布局" in name for name in _organisations("杭州市产业布局正在调整。"))


def test_a_name_after_a_role_ends_where_the_dictionary_finds_a_word():
    """`医生邝绪霖每个月…`: after a role, the single characters the dictionary
    cuts after a surname are the given name, whatever follows."""
    assert "邝绪霖" in _people("天津一家医院的医生邝绪霖每个月都会接到检验单。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("总监邝炜又向记者表示了看法。", "邝炜"),  # 又: an adverb
        ("（记者邝珺摄）从明天开始。", "邝珺"),  # 摄: a photo's credit
        ("记者邝珺摄从明天开始实施新规。", "邝珺"),
    ],
)
def test_a_verb_or_a_credit_after_a_name_after_a_role_is_no_part_of_it(text, name):
    found = _people(text)
    assert name in found and not any(p.startswith(name) and p != name for p in found)


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("来源：南方晨报", "南方晨报"),
        ("（来源：中新网广州）", "中新网"),
        ("据《江城晚报》报道。", "江城晚报"),
    ],
)
def test_the_outlet_an_article_credits_is_an_organisation(closing, outlet):
    """A reprinted page's credit names its outlet, without the bureau's city."""
    text = f"学校今年扩大招生规模，新增三个专业。{closing}"
    found = _organisations(text)
    assert outlet in found and not any(o != outlet and o.startswith(outlet) for o in found)


def test_a_source_named_mid_text_is_no_credit():
    """Only a credit that closes the text names the outlet: `来源：` in the
    middle of a sentence names where money or data come from."""
    assert _organisations("资金来源：财政拨款，学校今年扩大招生。") == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("据悉，英菲尼迪今年在华销量增长两成。", "英菲尼迪"),
        ("毕马威发布的报告显示，行业利润下降。", "毕马威"),
    ],
)
def test_a_known_company_or_brand_is_an_organisation(text, company):
    """jieba tags foreign brands as common words: lang/zh/companies.txt
    finds them, typed as organisations (not the analyser's person or place)."""
    assert company in _organisations(text)


def test_a_brand_that_is_also_a_common_word_is_not_listed():
    """`苹果` is an apple and `大众` the public: neither is on the list."""
    assert _organisations("市场上苹果价格上涨，大众消费意愿增强。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("显然，钱频女士的儿子正处于反抗期。", "钱频"),
        ("主持人：那么治疗就可以结束了吗？吕言：通常来说要做四到六周。", "吕言"),
        ("对这个问题，孔翊老师这样回答。", "孔翊"),
    ],
)
def test_a_name_before_an_honorific_or_opening_a_turn_whatever_its_given_name(text, name):
    """`女士`, `老师` right after a name, or an interview's turn (`吕言：`),
    say it is one as a speech verb does, for given names of any characters."""
    assert name in _people(text)


@pytest.mark.parametrize(
    "text", ["记者：今天天气很好。", "方面：我们已经准备好了。", "高度：三米。"]
)
def test_a_word_before_a_colon_is_no_turn(text):
    assert _people(text) == []


def test_a_name_stops_before_a_word_its_last_character_opens():
    """`主任郑嘉访谈`: 访谈 (an interview) is a word; the name is 郑嘉."""
    found = _people("招生办主任郑嘉访谈：我们学校今年扩招。")
    assert "郑嘉" in found and "郑嘉访" not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("来自商务部的消息说，出口增长。", "商务部"),
        ("他先后考入复旦和浙大。", "浙大"),
    ],
)
def test_a_ministry_or_a_university_by_its_short_name_is_an_organisation(text, body):
    """jieba tags `商务部` and `浙大` as common words: lang/zh/institutions.txt."""
    assert body in _organisations(text)


def test_a_listed_name_inside_a_longer_word_is_not_found():
    """`北大` inside `河北大学` does not start where jieba's words do."""
    from reader.extract.known_organisations import find_known_organisations

    text = "他毕业于河北大学。"
    assert find_known_organisations(text, [(0, len(text))], "zh") == []


def _analysed(text: str) -> list[tuple[str, str]]:
    from reader.extract.morphology import find_analysed_names

    return [(m.text, m.type) for m in find_analysed_names(text, [(0, len(text))], "zh")]


@pytest.mark.parametrize("text", ["农村教师可到城市学校进修。", "这款车下月在中国上市。"])
def test_a_common_word_jieba_calls_a_place_opens_no_name(text):
    """`城市` (a city) and `上市` (to go on sale) are tagged as places."""
    assert not any(t == "ORG" for _, t in _analysed(text))


@pytest.mark.parametrize("text", ["学校实行英语教学。", "他读的是英语专业。", "他主修新闻学。"])
def test_a_subject_or_a_kind_of_teaching_is_no_organisation(text):
    assert _analysed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("患者被送往朝阳医院抢救。", "朝阳医院"),
        ("华源制药发布公告称利润下降。", "华源制药"),
        ("上海东华会计师事务所负责审计。", "上海东华会计师事务所"),
    ],
)
def test_a_district_or_a_name_before_an_institutions_kind_is_an_organisation(text, name):
    assert (name, "ORG") in _analysed(text)


def test_places_listed_with_a_known_place_are_places():
    """jieba calls 亳州 and 淮北 places but they are no known ones; listed
    with 合肥, they are places too. Common words in a list stay none."""
    found = {
        m.text for m in extract("抽查在合肥、亳州、淮北三个市进行。").entities if m.type == "LOC"
    }
    assert {"亳州", "淮北"} <= found
    assert _analysed("城市、东西都有。") == []


def test_latin_parts_of_a_web_address_are_no_names():
    text = "报名网址是WWW.ZHAOKAO.EXAMPLE.EDU.CN，欢迎查询。"
    assert not any(m.text.isascii() for m in extract(text).entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("对此，托尔斯泰说：“幸福的家庭都是相似的。”", "托尔斯泰"),
        ("居里夫人说：“科学本身就含有至美。”", "居里"),
    ],
)
def test_a_foreign_name_written_by_sound_before_a_speech_verb(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text", ["美国说：“不行。”", "中方表示：“欢迎。”"])
def test_a_country_or_a_side_before_a_speech_verb_is_no_foreign_name(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中心副主任万和平等有关领导出席了仪式。", "万和平"),
        ("中心主任宗明山认为，这是趋势。", "宗明山"),
        ("【来源：中国教育在线】【作者：陈采云】正文开始。", "陈采云"),
    ],
)
def test_less_common_surnames_a_particle_after_a_name_and_a_credit_in_brackets(text, name):
    """`万和平等`: 等 (and others) after the name, though 平等 is a word."""
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "考生写道：Iloveyou,Mother,Iwanttogohome。",
        "作文题目是Practicemakesperfect，考生要注意。",
    ],
)
def test_english_written_without_spaces_is_no_name(text):
    assert not any(m.text.isascii() for m in extract(text).entities)


def test_an_acronym_or_a_brand_stays_a_name():
    found = {m.text for m in extract("据SFDA消息，Celestica公司的工厂停产。").entities}
    assert {"SFDA", "Celestica"} <= found


def test_listed_bodies_written_together_are_each_found():
    """jieba keeps `中共中央国务院` as one word: two listed bodies."""
    from reader.extract.known_organisations import find_known_organisations

    text = "根据中共中央国务院关于深化改革的决定。"
    found = find_known_organisations(text, [(0, len(text))], "zh")
    assert [m.text for m in found] == ["中共中央", "国务院"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新加坡会计师公会发布了报告。", "新加坡会计师公会"),
        ("加拿大移民部宣布新政策。", "加拿大移民部"),
    ],
)
def test_a_guild_or_a_ministry_after_its_country(text, name):
    assert (name, "ORG") in _analysed(text)


def test_a_cadre_is_no_ministry():
    assert _analysed("各级领导干部要带头。") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("标题\n\n托尔斯泰说过“幸福的家庭都是相似的。”", "托尔斯泰"),
        ("标题\n\n一位诺贝尔奖获得者说：“要仔细观察大自然。”", "一位诺贝尔奖获得者"),
    ],
)
def test_a_speech_verb_in_the_perfect_and_a_prize_winner_described(text, speaker):
    assert [q.speaker for q in extract(text).quotes] == [speaker]


def test_a_towns_middle_school_by_its_number():
    assert ("南京三中", "ORG") in _analysed("南京三中物理教研组组长发言。")
    assert _analysed("他一中午都在看书。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A field of work in the name: a verbal noun (`教育`, `检验`) or a
        # set phrase (`基础教育`, `少年儿童`) before the suffix.
        ("据广州市教科院基础教育研究所所长介绍，", "广州市教科院基础教育研究所"),
        ("南京市少年儿童心理咨询中心的老师说，", "南京市少年儿童心理咨询中心"),
        ("杭州市临床检验中心发布了报告。", "杭州市临床检验中心"),
    ],
)
def test_an_institution_named_for_its_field_of_work_is_named_in_full(text: str, name: str):
    assert name in _organisations(text)


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        # A unit named within its parent's name: the unit, not the parent.
        ("国家体育总局自行车中心的负责人表示，", "国家体育总局自行车中心", "国家体育总局"),
        ("复旦大学成人教育学院今年招生。", "复旦大学成人教育学院", "复旦大学"),
    ],
)
def test_a_unit_named_within_its_parent_is_named_in_full(text: str, name: str, parent: str):
    found = _organisations(text)
    assert name in found and parent not in found


def test_a_verb_between_an_institution_and_a_centre_joins_no_name():
    found = _organisations("复旦大学举办心理咨询中心开放日。")
    assert not any(name.startswith("复旦大学举办") for name in found)


def test_two_bodies_written_together_stay_two():
    assert "中共中央" in _organisations("《中共中央国务院关于深化改革的决定》指出，")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A role the lists do not hold, known by its last character and the
        # dictionary: a head (`组长`), a champion (`冠军`), a player (`选手`).
        ("杭州二中数学教研组组长邝尚钧一、函数题要注意定义域。", "邝尚钧"),
        ("由前世界跳水冠军邝敏倾情代言的新车上市。", "邝敏"),
        ("物理教研组副组长邝越这两周同学们要复习。", "邝越"),
        ("围棋选手邝霁昨天赢了比赛。", "邝霁"),
    ],
)
def test_a_name_after_a_role_known_by_its_last_character(text: str, name: str):
    found = _people(text)
    assert name in found and not any(p.startswith(name) and p != name for p in found)


@pytest.mark.parametrize(
    "text",
    ["经济增长高达百分之十。", "国家林业局发布了通知。", "这是我们国家安全的大事。"],
)
def test_a_word_ending_like_a_role_before_a_surname_names_nobody(text: str):
    assert _people(text) == []


def test_a_transcripts_turns_are_their_labels_quotations():
    text = (
        "标题\n\n本报记者采访了工程师邝霁。\n\n"
        "记者 “什么时候完工？”\n"
        "邝霁 “明年春天。我们已经做好了准备。”\n"
        "记者 “辛苦了。”\n"
    )
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("什么时候完工？", "记者"),
        ("明年春天。我们已经做好了准备。", "邝霁"),
        ("辛苦了。", "记者"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("他去年到澳洲留学，今年回国。", "澳洲"),
        ("公司在秭归设立了工厂。", "秭归"),
        ("代表团昨天抵达澳洲。", "澳洲"),
    ],
)
def test_a_short_place_after_a_preposition_of_place_or_a_place_is_one(text: str, place: str):
    """A short word jieba calls a place and the lists do not know is one
    where the sentence says it is where: after `在`, `到`, `抵达`."""
    assert (place, "LOC") in [(m.text, m.type) for m in extract(f"标题\n\n{text}\n").entities]


@pytest.mark.parametrize("text", ["他在城市里工作。", "他到东西两边看了看。"])
def test_a_common_word_after_a_preposition_is_no_place(text: str):
    assert [m.text for m in extract(f"标题\n\n{text}\n").entities if m.type == "LOC"] == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("标题\n\n美菱电器昨天公布了年报。", "美菱电器"),
        ("标题\n\n据悉，东盛科技将增发新股。", "东盛科技"),
    ],
)
def test_a_listed_company_by_its_short_name_and_trade(text: str, company: str):
    assert company in _organisations(text)


def test_a_common_word_and_a_trade_is_no_company():
    assert _organisations("标题\n\n这是一种二次能源。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("心理学家罗森伯格（M.Rosenberg）做过一个实验。", "罗森伯格"),
        ("作家玛丽亚·洛佩斯（Maria Lopez）来华访问。", "玛丽亚·洛佩斯"),
    ],
)
def test_a_foreign_name_glossed_by_a_persons_original_is_a_person(text: str, name: str):
    assert name in _people(f"标题\n\n{text}\n")


@pytest.mark.parametrize(
    "text", ["他去过加利福尼亚（California）。", "公司总部设在旧金山（San Francisco）。"]
)
def test_a_place_or_a_body_glossed_is_no_person(text: str):
    assert _people(f"标题\n\n{text}\n") == []


@pytest.mark.parametrize(
    "gloss", ["斯坦福（Stanford University）", "福特（Ford Motor）", "卡罗拉（Corolla Cross）"]
)
def test_a_school_a_firm_or_a_car_glossed_is_no_person(gloss: str):
    from reader.extract.lang.zh.names import _glossed_people

    assert _glossed_people(gloss, 0, len(gloss)) == []


def test_chinese_name_glued_to_a_trade_is_the_company():
    from reader.extract.pipeline import understand

    text = "据介绍，卡米拉动力将于明年投产。丽莎娱乐发布新品。"
    found, _ = understand(text, [(0, len(text))], "zh-cn", None)
    assert {(m.text, m.type) for m in found} == {("卡米拉动力", "ORG"), ("丽莎娱乐", "ORG")}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("本报讯（记者：林海清王丹）昨天，市教育局公布了新政策。", ["林海清", "王丹"]),
        ("□晚报记者周明陈浩许文静摄影报道今昨两天，市区气温下降。", ["周明", "陈浩", "许文静"]),
        ("本报讯（记者严志刚实习生田甜摄影报道）城南的居民反映了情况。", ["严志刚", "田甜"]),
        ("购买二手车最好还是到正规的公司进行交易。孟涛摄", ["孟涛"]),
    ],
)
def test_a_credits_names_written_one_after_another(text, people):
    found = [m.text for m in extract(text).entities if m.type == "PER"]
    assert found == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # Three names and more, all written as names.
        (
            "来看演出的有：孙平、葛强、周露、牛丽、李小海。",
            ["孙平", "葛强", "周露", "牛丽", "李小海"],
        ),
        # Beside a person found: those written as names (not 欢颜, a stage name).
        (
            "晚会的嘉宾，歌手刘建勇、谢南、欢颜和主持人王海燕等都来到了现场。",
            ["刘建勇", "谢南", "王海燕"],
        ),
    ],
)
def test_the_names_in_a_list_of_people(text, people):
    assert [m.text for m in extract(text).entities if m.type == "PER"] == people
    # A list of places is no list of people.
    assert not [
        m for m in extract("王府井、西单和前门都是购物的好去处。").entities if m.type == "PER"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "新店开业后，门口却很冷清，只有几名店员。“太冷清了。”店长说。",
        "两支球队合作多年，越来越默契，成了老搭档。",
        "这只小狗非常温顺，孩子们都喜欢它。",
        "据统计，报名的考生多达3万，比去年增加不少。",
    ],
)
def test_a_word_used_as_a_predicate_names_nobody(text):
    assert not [m for m in extract(text).entities if m.type == "PER"]


@pytest.mark.parametrize(
    "text",
    [
        "篮球运动员姚明3日在上海表示，新球馆将在年底启用。",
        "篮球运动员姚明12月5日在武汉说，新球馆将在年底启用。",
        "篮球运动员姚明了解到，新球馆将在年底启用。",
    ],
)
def test_a_name_the_dictionary_knows_before_a_date_or_a_verb_is_a_person(text):
    # A date follows a speaker's name in every report, and 了 that opens
    # 了解 is no aspect particle: neither makes the name a predicate.
    assert ("姚明", "PER") in {(m.text, m.type) for m in extract(text).entities}


def test_where_the_body_writes_a_word():
    from reader.extract.lang.zh.occurrences import occurrences

    text = "标题高明\n\n高明说，高明高明。\n\n结尾没有。"
    paragraphs = [(6, 15), (17, 22)]
    # Every occurrence in the paragraphs, none in the title left out of them.
    assert occurrences(text, "高明", paragraphs) == [6, 10, 12]
    assert occurrences(text, "明明", paragraphs) == []


@pytest.mark.parametrize(
    "text",
    [
        "新系统让学生们在课堂上轻松自如地提问。",
        "市里决定今年加大力度整治河道。",
        "调查显示，居民的满意度有所提高。",
        "这所学校的公共信息平台已经开通。",
        "两家企业将联合开发一款新产品。",
        "他说，城市管理需要国际化。",
    ],
)
def test_two_common_words_tagged_as_a_place_or_body_are_no_name(text: str):
    """jieba tags phrases and common nouns as places or organisations
    (`轻松自如`, `满意度` ``ns``; `公共信息`, `国际化` ``nt``): made of two
    common words, neither a name nor a kind's word, they name nothing."""
    assert [m.text for m in extract(f"标题\n\n{text}\n").entities] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("周末，游客们来到天坛公园散步。", "天坛公园"),
        ("他在交通银行工作了十年。", "交通银行"),
    ],
)
def test_a_name_and_its_kinds_word_stays_a_name(text: str, name: str):
    assert name in [m.text for m in extract(f"标题\n\n{text}\n").entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全国总工会昨天发出通知，要求各地落实。", "全国总工会"),
        ("中央党校的一位教授在论坛上发言。", "中央党校"),
        ("中央芭蕾舞团下周将赴外地演出。", "中央芭蕾舞团"),
        ("颁奖典礼在人民大会堂举行。", "人民大会堂"),
        ("他每周都去国家图书馆借书。", "国家图书馆"),
        ("决赛将在首都体育馆进行。", "首都体育馆"),
    ],
)
def test_a_common_opener_and_a_bodys_or_venues_word_is_a_name(text: str, name: str):
    """A national body or venue is a common opener and its kind's word
    (`全国` `总工会`, `人民` `大会堂`): two common words, and a name."""
    assert name in [m.text for m in extract(f"标题\n\n{text}\n").entities]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("今年南宁现代的销量增长了三成。", "南宁现代"),
        ("记者从成都大众获悉，新车将于下月上市。", "成都大众"),
        ("长城丰田昨天宣布降价。", "长城丰田"),
        ("据了解，吉利汽车今年将推出五款新车。", "吉利汽车"),
    ],
)
def test_a_joint_venture_or_a_maker_with_its_trade_is_one_company(text: str, company: str):
    """A Chinese partner and a maker written together are one venture
    (`北京现代`); a maker whose name is a common word is one before its
    trade (`吉利汽车`)."""
    assert company in _organisations(f"标题\n\n{text}\n")


def test_a_makers_short_name_after_its_venture_is_the_company():
    text = "标题\n\n南宁现代今年推出两款新车。业内人士认为，现代的品牌影响力正在上升。\n"
    assert "现代" in _organisations(text)


@pytest.mark.parametrize(
    "text",
    ["现代汽车工业发展很快，大众的生活也变了。", "这是一个现代社会，通用汽车零件很多。"],
)
def test_a_makers_common_word_alone_names_no_company(text: str):
    assert _organisations(f"标题\n\n{text}\n") == []


@pytest.mark.parametrize(
    ("text", "model", "maker"),
    [
        ("上个月，夏利报价下调了两千元，销量回升。", "夏利", None),
        ("包括雅阁、蒙迪欧(报价)在内的车型均告降价。", "蒙迪欧", None),
        ("三菱欧蓝德的产量有所下降，欧蓝德的经销商很着急。", "欧蓝德", "三菱"),
    ],
)
def test_a_cars_model_is_no_name(text: str, model: str, maker: str | None):
    """A model written before its price or after its maker is a product
    (`夏利报价`, `三菱欧蓝德`), wherever the article writes it; what else
    the sentence names is still found (the maker `三菱`)."""
    found = [m.text for m in extract(f"标题\n\n{text}\n").entities]
    assert not any(model in name for name in found)
    if maker is not None:
        assert maker in found


def test_a_maker_before_its_model_stays_a_company():
    assert "三菱" in _organisations("标题\n\n三菱欧蓝德报价下调，销量回升。\n")


def test_a_place_after_a_maker_is_no_model():
    text = "标题\n\n记者从丰田中国了解到，中国市场的需求很旺。\n"
    assert "中国" in [m.text for m in extract(text).entities]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("展厅位于北京西五环，交通便利。", "西五环"),
        ("新店地址：成都南二环东路88号。", "南二环东路"),
        ("公交车途经柳岸桥、青枫桥后到站。", "柳岸桥"),
        ("公交车途经柳岸桥、青枫桥后到站。", "青枫桥"),
        ("他每天在明泰大厦上班。", "明泰大厦"),
        # A ring road later in the paragraph hides none before it.
        ("班车途经松溪桥、白鹭桥后驶入南四环。", "松溪桥"),
        ("班车途经松溪桥、白鹭桥后驶入南四环。", "白鹭桥"),
        ("班车途经松溪桥、白鹭桥后驶入南四环。", "南四环"),
    ],
)
def test_a_road_a_bridge_or_a_building_where_the_sentence_says_where(text: str, place: str):
    """A name and its kind's word (`桥`, `路`, `大厦`) after a preposition
    of place or a list's joiner, or a ring road by its number, is a place."""
    assert (place, "LOC") in [(m.text, m.type) for m in extract(f"标题\n\n{text}\n").entities]


@pytest.mark.parametrize(
    "text",
    [
        "孩子们在操场的路上奔跑。",
        "这是一条艰难的求学之路。",
        "我们在宽幅道路上行驶。",
        "他在马路边等车。",
        "专家在会上谈了总体思路。",
    ],
)
def test_a_phrase_or_a_common_word_ending_in_a_roads_word_is_no_place(text: str):
    assert [m.text for m in extract(f"标题\n\n{text}\n").entities if m.type == "LOC"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("今年东北亚地区的贸易增长很快。", "东北亚"),
        ("暴雨袭击了广东地区的多个城市。", "广东"),
        # A short place that alone reads as a common word is one here.
        ("受冷空气影响，华北地区明天降温。", "华北"),
        ("新规出台后，欧美各国纷纷回应。", "欧美"),
    ],
)
def test_a_place_glued_to_its_areas_word_is_the_place(text: str, place: str):
    """jieba writes `东北亚地区`, `广东地区` as one place: the place is the
    name, `地区` (area) a common word after it."""
    found = [(m.text, m.type) for m in extract(f"标题\n\n{text}\n").entities]
    assert (place, "LOC") in found
    assert not any(name.endswith("地区") for name, _ in found)


def test_china_before_a_makers_common_word_is_no_venture():
    assert _organisations("标题\n\n近年来，中国大众的生活水平不断提高。\n") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("欧洲现代建筑的风格影响深远，评论界看法不一。", "欧洲"),
        ("杭州大众普遍关心今年的房价走势。", "杭州"),
        ("台湾大众对这项政策的支持度有所下降。", "台湾"),
        ("山西长城沿线的古村落吸引了不少游客。", None),
        ("这家老厂日产汽车500辆，工人三班倒。", None),
    ],
)
def test_a_place_before_a_makers_common_word_in_its_common_sense_is_no_venture(text, place):
    """A place before `现代` (modern), `大众` (the public), `长城` (the Great
    Wall) outside a sentence about cars is the place and the common word;
    `日产汽车` before a count of cars is "makes cars a day"."""
    found = [(m.text, m.type) for m in extract(f"标题\n\n{text}\n").entities]
    assert [name for name, kind in found if kind == "ORG"] == []
    if place is not None:
        assert (place, "LOC") in found


def test_a_venture_named_in_a_sentence_about_cars_is_one_in_the_others():
    text = "标题\n\n湖州现代的新车型下月上市。据悉，湖州现代计划扩建工厂。\n"
    spans = [m.start for m in extract(text).entities if m.text == "湖州现代"]
    assert len(spans) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卫生政策研究中心孟明远教授提醒，不能盲目用药。", "孟明远"),
        ("汽车产业研究室朱文君研究员认为，市场将回暖。", "朱文君"),
        ("胡庄村许凤林老人今年九十岁。", "许凤林"),
    ],
)
def test_a_name_before_its_title_after_its_body_or_trade(text: str, name: str):
    """A title or honorific after a name (`教授`, `先生`, `研究员`) says
    where it ends, with no clause's edge before it (`研究中心孟明远教授`)."""
    assert (name, "PER") in [(m.text, m.type) for m in extract(f"标题\n\n{text}\n").entities]


@pytest.mark.parametrize("text", ["会上，全体教授都投了票。", "他是学校的高级研究员。"])
def test_a_word_before_a_title_names_nobody(text: str):
    assert [m.text for m in extract(f"标题\n\n{text}\n").entities if m.type == "PER"] == []


def test_word_edges_are_where_the_words_of_a_slice_begin_and_end():
    from itertools import pairwise

    from reader.extract.lang.zh.morphology import cut_words, word_edges

    text = "标题：卫生政策研究中心的专家说"
    edges = word_edges(text, 3, len(text))
    assert edges[0] == 3 and edges[-1] == len(text)
    assert [text[a:b] for a, b in pairwise(edges)] == cut_words(text[3:])
    assert 7 in edges and 8 not in edges  # `卫生政策` `研究中心`, not `研`


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京电 王明华表示，华星科技公司2025年营收增长12.5%。",
        "记者从市交通局获悉：地铁５号线（东段）将于下月开通，票价2元。",
        "张三 李四\n\n「ABC-123」型号的iPhone手机在www.example.cn上售价3999元！",
    ],
)
def test_the_compiled_cut_gives_jiebas_own_words(text: str):
    """rjieba (``_cutter``) stands in for jieba's cut without its model only
    while its words are jieba's: a new version with another dictionary or
    another route would change every Chinese name the analyser finds."""
    import jieba

    from reader.extract.lang.zh.morphology import cut_words

    assert cut_words(text) == list(jieba.cut(text, HMM=False))


def test_the_compiled_cut_knows_a_sample_of_jiebas_dictionary():
    """rjieba carries its own copy of jieba's dictionary: a seeded sample of
    jieba's words must each be one of rjieba's (``has_word``) and cut as
    jieba cuts it, so that a version whose copy drifted (another word list
    or other counts) fails here rather than split words from their tags
    and counts silently (the versions are pinned in pyproject.toml)."""
    import random

    import jieba
    import rjieba

    from reader.extract.lang.zh.morphology import _segmenter, cut_words

    words = sorted(word for word, count in _segmenter().FREQ.items() if count > 0)
    sample = random.Random(12).sample(words, 3000)
    assert [w for w in sample if not rjieba.has_word(w)] == []
    assert [w for w in sample if cut_words(w) != list(jieba.cut(w, HMM=False))] == []
