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


def test_korean_name_before_its_role_without_role_or_particle():
    text = "이날 행사에는 김철수 장관과 최영미 교수가 참석했다. 남궁민수 대표는 웃었다."
    found = names(text, "ko")
    assert [(m.text, m.role) for m in found] == [
        ("김철수", "장관"),
        ("최영미", "교수"),
        ("남궁민수", "대표"),
    ]
    assert all(text[m.start : m.end] == m.text and m.type == "PER" for m in found)


def test_korean_name_with_its_organisation_before_the_role():
    found = names("협약식에는 박지훈 한빛로보틱스 대표가 참석했다.", "ko")
    assert [(m.text, m.role) for m in found] == [("박지훈", "대표")]


def test_korean_role_written_with_its_department_as_one_word():
    found = names("오세진 부산시 항만물류과장은 배가 늘었다고 말했다.", "ko")
    assert [(m.text, m.role) for m in found] == [("오세진", "항만물류과장")]
    # An organisation's name is not cut into a name and a role.
    assert names("한국전자통신연구원은 새 칩을 공개했다.", "ko") == []


def test_korean_age_in_brackets_between_name_and_role():
    (found,) = names("이수진(45) 씨는 집을 샀다.", "ko")
    assert (found.text, found.role) == ("이수진", "씨")


def test_korean_former_title_stays_in_the_role():
    (found,) = names("윤정호 전 장관은 이렇게 말했다.", "ko")
    assert (found.text, found.role) == ("윤정호", "전 장관")


def test_korean_surname_alone_takes_the_full_names_key():
    text = "정민호 감독이 입을 열었다. 한편 정 감독은 다음 시즌을 준비한다고 말했다."
    found = names(text, "ko")
    assert [m.text for m in found] == ["정민호", "정"]
    assert found[1].key == found[0].key
    assert (found[1].start, found[1].end) == (text.index("정 감독"), text.index("정 감독") + 1)


def test_korean_surname_alone_with_no_full_name_is_nobody():
    assert texts("김 대표는 회의에 늦었다.", "ko") == []


@pytest.mark.parametrize(
    "text",
    [
        "이번 정부 대변인은 브리핑을 열었다.",
        "한국 전문가 기자 신규 채용 공고가 나왔다.",
        "대한민국 대통령은 오늘 연설했다.",
        "전문가 교수 연구진이 모였다.",
        "서울시 부시장이 참석했다.",
        "연구를 진행한 교수는 설명했다.",
        "마이클 교수가 왔다.",
        "기자",
    ],
)
def test_korean_common_words_are_not_names(text: str):
    assert texts(text, "ko") == []


def test_korean_full_name_repeated_without_a_role():
    text = "조현우 박사는 실험을 이끌었다. 조현우는 결과에 만족했다."
    assert [m.role for m in names(text, "ko")] == ["박사", None]


# --- Chinese ------------------------------------------------------------------


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
        "王部长出席了会议。",
    ],
)
def test_chinese_common_words_are_not_names(text: str):
    assert texts(text, "zh-cn") == []


def test_chinese_role_is_not_read_as_a_given_name():
    text = "医院的刘芳博士介绍，病人已经出院。"
    assert texts(text, "zh-cn") == ["刘芳"]


# --- Japanese -----------------------------------------------------------------


def test_japanese_name_before_an_honorific_or_a_role():
    text = "同社の佐々木健太社長と、主婦の中野由美さんが登壇した。"
    found = names(text, "ja")
    assert [(m.text, m.role) for m in found] == [("佐々木健太", "社長"), ("中野由美", "さん")]


def test_japanese_former_title_and_surname_alone_share_the_key():
    text = "石田康夫元首相が会見した。石田元首相は「反省している」と述べた。"
    found = names(text, "ja")
    assert [(m.text, m.role) for m in found] == [("石田康夫", "元首相"), ("石田", "元首相")]
    assert found[1].key == found[0].key


def test_japanese_foreign_name_in_katakana():
    assert texts("来日したマリア・ロペス氏は笑顔を見せた。", "ja") == ["マリア・ロペス"]


@pytest.mark.parametrize(
    "text",
    [
        "政府代表が到着した。",
        "東京都知事が発表した。",
        "文部科学大臣が答弁した。",
        "映画監督として知られる。",
        "同社社長は否定した。",
        "スポーツ選手が集まった。",
        "生徒さんが来た。",
    ],
)
def test_japanese_offices_and_trades_are_not_names(text: str):
    assert texts(text, "ja") == []


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


def test_korean_statement_over_two_quotations_is_one_speakers():
    """“…”며 “…”고 말했다: the speaker stands before the first quotation, the
    cue after the last; neither quotation is dropped or given to someone else."""
    text = (
        "수출 늘어\n\n"
        "정민호 대표는 “올해는 수출이 크게 늘어 기쁘다”며 “내년에는 새 공장을 짓겠다”고 말했다.\n\n"
        "한 업계 관계자는 “환율이 변수가 될 수 있다”며 “낙관하기는 이르다”고 지적했다."
    )
    assert speakers(text) == [
        ("올해는 수출", "정민호"),
        ("내년에는 새", "정민호"),
        ("환율이 변수", "한 업계 관계자"),
        ("낙관하기는 ", "한 업계 관계자"),
    ]


def test_korean_pronoun_is_the_person_named_before_it_in_the_paragraph():
    text = (
        "연구 성과\n\n"
        "한지수 교수는 연구 결과를 자세히 설명했다. 그는 “이번 결과는 시작일 뿐이다”라고 밝혔다.\n\n"
        "한 관계자는 우려를 나타냈다. 그는 “시장이 아직 너무 작다”고 말했다.\n\n"
        "김철수 장관은 회의에 참석했다. 그들은 “우리는 준비됐다”고 말했다."
    )
    assert speakers(text) == [
        ("이번 결과는", "한지수"),
        ("시장이 아직", "한 관계자"),
        ("우리는 준비", None),
    ]


def test_korean_occupational_title_after_a_modifier():
    text = "최유나 한빛엔터 총괄 프로듀서는 새 음반을 소개했다. 최 프로듀서는 웃었다."
    found = names(text, "ko")
    assert [(m.text, m.role) for m in found] == [("최유나", "프로듀서"), ("최", "프로듀서")]
    assert found[0].key == found[1].key


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A Latin name: the topic phrase holds only its last word.
        ("題\n\n開発責任者のMarta Lindqvist氏は「量産は来年になる」と述べた。", "Marta Lindqvist"),
        # A foreign minister's name in katakana, after what qualifies it.
        (
            "題\n\nブラジルのカルロス・メンデス財務相は「物価は落ち着く」と語った。",
            "カルロス・メンデス",
        ),
        # The topic starts after the clause that describes it.
        ("題\n\n十年前から店を続けている高橋は「常連に支えられた」と話した。", "高橋"),
        # A topic that is a thing, not a person: no speaker.
        ("題\n\n一番多かった質問は「どこで買えるのか」と話す人も多い。", None),
        ("題\n\nその場合は「電源を入れ直してください」と説明している。", None),
        ("題\n\n森林は「守るべき財産だ」と言う人もいる。", None),
        # A given name written in hiragana, before an honorific.
        ("題\n\n女優の宮崎あおいさんは「撮影は楽しかった」と話した。", "宮崎あおい"),
    ],
)
def test_a_japanese_speaker_is_the_person_the_topic_names(text: str, speaker: str | None):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


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
        # An adverb after a role is no name.
        ("标题\n\n那位老师常常说：“读书要用心。”", None),
        ("标题\n\n教授方才说：“会议推迟。”", None),
    ],
)
def test_a_chinese_speaker_is_a_person_named_or_described(text: str, speaker: str | None):
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


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
