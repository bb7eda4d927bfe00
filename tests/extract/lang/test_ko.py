"""Korean: names, organisations, places and speakers in Hangul (made-up text)."""

from __future__ import annotations

import pytest

from reader.extract.cjk_names import find_cjk_names
from reader.extract.korean_orgs import find_korean_organisations
from reader.extract.names import entity_key
from reader.extract.pipeline import extract


def names(text: str, lang: str):
    return find_cjk_names(text, [(0, len(text))], lang)


def texts(text: str, lang: str) -> list[str]:
    return [m.text for m in names(text, lang)]


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.start + 6], q.speaker) for q in extract(text).quotes]


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


def organisations(text: str) -> list[str]:
    return [m.text for m in find_korean_organisations(text, [(0, len(text))], "ko")]


def test_organisations_are_found_without_their_particles():
    text = "한빛전자는 부산대학교와 함께 해양수산부의 지원을 받아 기상청에 장비를 납품했다."
    assert organisations(text) == ["한빛전자", "부산대학교", "해양수산부", "기상청"]
    text = "기획재정부와 교육부, LG전자가 참여했다."
    assert organisations(text) == ["기획재정부", "교육부", "LG전자"]


@pytest.mark.parametrize(
    "text",
    [
        "정확도와 신뢰도가 높아졌다.",  # 도: a common ending
        "남동부 지역에 비가 내렸다.",  # 부: a direction
        "그는 회사에 요청했다.",  # 청: a verb's noun
        "수석연구원이 발표했다.",  # a role
        "교육센터에서 수업이 열렸다.",  # a generic head
        "아이들이 놀이기구를 탔다.",  # a tool
        "당 지도부는 참석여부를 묻지 않았다.",  # leadership, "whether"
        "아이돌그룹이 물류센터에서 공연했다.",  # generic kinds
        "주임연구원이 종합병원에 갔다.",
    ],
)
def test_common_words_with_those_endings_are_not_organisations(text: str):
    assert organisations(text) == []


def test_an_article_lists_them_beside_its_people():
    article = extract("로봇 공장\n\n한빛전자는 새 공장을 열었다. 박지훈 대표는 기뻐했다.\n")
    assert [(m.text, m.type) for m in article.entities] == [("한빛전자", "ORG"), ("박지훈", "PER")]


@pytest.mark.parametrize(
    "closing",
    ["”고 했다.", "”고 역설했다.", "”며 이처럼 주장했다."],
)
def test_any_reporting_verb_after_the_quoting_ending(closing):
    text = f"연구 성과 발표\n\n최민준 교수는 “이 방법을 쓰면 넓은 면적에도 원하는 표면을 만들 수 있다{closing}\n"
    [quote] = extract(text).quotes
    assert quote.speaker == "최민준"


def test_a_term_named_with_the_present_tense_is_no_quotation():
    text = "새 소재\n\n물을 밀어내는 성질을 ‘초발수성’이라고 한다. 이 성질은 쓰임이 많다.\n"
    assert extract(text).quotes == []


def test_a_term_in_marks_does_not_cut_the_speaker_from_the_quotation():
    """`X는 '행사'의 자료에서 "…"며 주장했다`: the term is part of the sentence
    that names the speaker before the quotation."""
    text = (
        "제목\n\n한빛대 미래연구소의 오세린 박사는 3일 열리는 '미래 노동 포럼 2030'의 "
        '발표 자료에서 "평생 교육 기회가 매우 중요하다"며 이처럼 주장했다.'
    )
    (quote,) = extract(text).quotes
    assert quote.speaker == "오세린"


def test_a_line_written_as_a_headline_names_its_speaker():
    text = '제목\n\n오세린 박사 "자기계발 여가부터 보장돼야 변화 대처 가능"\n\n본문이 이어진다.'
    assert speakers(text) == [("자기계발 여", "오세린")]
    # No person before the quotation: nobody is named, and it is no quotation.
    assert speakers('제목\n\n전문가 70% "과학기술 정책은 실패했다고 본다"\n\n본문.') == []


def analysed(text: str) -> list[tuple[str, str]]:
    from reader.extract.morphology import find_analysed_names

    return [(m.text, m.type) for m in find_analysed_names(text, [(0, len(text))], "ko")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A university written as one word, its suffix inside the analyser's word.
        ("연구에는 고려대 연구진이 참여했다.", "고려대"),
        # ...or glued to a place or a name the analyser cut before it.
        ("독일 뮌헨대 연구팀은 발표했다.", "뮌헨대"),
        ("이번 연구는 경희대 연구팀이 맡았다.", "경희대"),
        # ...or written apart after the name.
        ("미국 스탠퍼드 대학 연구진은 밝혔다.", "스탠퍼드 대학"),
    ],
)
def test_korean_universities_are_organisations(text: str, org: str):
    assert (org, "ORG") in analysed(text)


def test_a_prefix_after_no_name_makes_no_organisation():
    assert analysed("대규모 연구가 진행됐다.") == []


def test_latin_letters_glued_to_a_name_make_a_company():
    assert analysed("최민규 ABC코리아 대표는 밝혔다.") == [("최민규", "PER"), ("ABC코리아", "ORG")]
    assert analysed("KT텔레콤의 서비스") == [("KT텔레콤", "ORG")]
    # Latin letters alone or apart from any name are the tagger's.
    assert analysed("AI 기술과 AI기술을 쓴다.") == []


def test_a_person_name_does_not_open_inside_a_word():
    """The analyser cuts loanwords into names (`어플` + `라이드`): a name opens
    its word in Korean, written apart."""
    from reader.extract import morphology as kinds
    from reader.extract.lang.ko.morphology import ANALYSER

    text = "오오카나메 유키가"
    cut = [
        kinds.Morpheme(0, 2, kinds.NOUN),
        kinds.Morpheme(2, 5, kinds.GIVEN),
        kinds.Morpheme(6, 8, kinds.GIVEN),
        kinds.Morpheme(8, 9, kinds.OTHER),
    ]
    assert kinds.names_from(text, cut, ANALYSER) == []
    whole = [kinds.Morpheme(0, 5, kinds.GIVEN), *cut[2:]]
    assert [m.text for m in kinds.names_from(text, whole, ANALYSER)] == ["오오카나메 유키"]


def test_a_lede_quotation_is_said_by_the_person_the_next_paragraph_opens_on():
    text = (
        '컴퓨팅 콘퍼런스 서울 개최.\n\n"우리는 모든 사람이 쉽게 쓸 수 있도록 하길 바랍니다"\n\n'
        "김민석 한빛연구소 부사장은 2일 말했다."
    )
    assert speakers(text) == [("우리는 모든", "김민석")]


def test_a_speaker_marked_with_too_is_the_next_to_speak():
    """`…교수도 “…”`, `…대표 역시 “…”`: news names the next of several
    people to speak with "too"; the cue is theirs, not the previous speaker's."""
    text = (
        "연구팀 소식\n\n오세진 교수는 “새 결과는 놀랍다”고 말했다.\n\n"
        "연구를 이끈 제임스 콜린스 교수도 “같은 영향이 있는지는 아직 모른다”고 덧붙였다.\n\n"
        "행사에 참석한 박지훈 한빛로보틱스 대표 역시 “로봇은 사람을 돕는 도구”라고 강조했다.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["오세진", "제임스 콜린스", "박지훈"]


def test_too_inside_a_word_marks_no_speaker():
    """`도` ends words too (`속도`, `정도`): a word that is no name and no
    role before it leaves the speaker to the context."""
    text = (
        "연구팀 소식\n\n오세진 교수는 “새 결과는 놀랍다”고 말했다.\n\n"
        "처리 속도 “두 배 빨라졌다”고 덧붙였다.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["오세진", "오세진"]


def test_a_title_that_is_all_quotation_is_said_by_the_person_the_lede_names():
    text = (
        "“로봇은 사람을 돕는 도구가 될 수 있어”\n\n"
        "오세진 교수 “기계와 사람이 함께 일한다”\n\n"
        "오세진 교수는 2일 서울에서 열린 행사에서 발표했다.\n"
    )
    first = extract(text).quotes[0]
    assert (first.text, first.speaker) == (
        "로봇은 사람을 돕는 도구가 될 수 있어",
        "오세진",
    )


def test_a_title_in_other_languages_is_not_read_for_quotations():
    """Only the languages whose rules say so read the title line: an English
    headline's quotation is left as it was."""
    text = '"We will win the next one, whatever it takes"\n\nThe coach spoke on Monday.\n'
    assert extract(text).quotes == []


def test_a_statement_over_paragraphs_is_a_quotation_a_paragraph_with_its_speaker():
    """`“…⏎…⏎…”`: a statement opened in one paragraph and closed a few below,
    without opening each again; each paragraph is a quotation, all said by
    the person the paragraph before it is about (`한 교수는 … 믿는다.`)."""
    text = (
        "연구 소식\n\n한지훈 교수가 새 방법을 발표했다.\n\n"
        "한 교수는 연구 방법은 우직해야 한다고 믿는다.\n\n"
        "“연구자가 자신의 방법을 의심하면 연구는 길을 잃습니다.\n\n"
        "방향이 정해지면 끈기 있게 앞으로 나아가야 하죠.\n\n"
        "결국 과학은 답을 찾아가는 긴 과정입니다.”\n"
    )
    quotes = extract(text).quotes
    assert [q.text[:6] for q in quotes] == ["연구자가 자", "방향이 정해", "결국 과학은"]
    assert {q.speaker for q in quotes} == {"한지훈"}


def test_a_statement_over_paragraphs_stops_where_a_mark_opens_again():
    """A mark left open, with the paragraphs below opening their own
    quotations, closes nothing below it: they are quotations of their own."""
    text = (
        "연구 소식\n\n한지훈 교수는 “연구자가 방법을 의심하면 길을 잃는다고 말했다.\n\n"
        "그는 “방향이 정해지면 끈기 있게 나아가야 한다”고 덧붙였다.\n"
    )
    assert [q.text for q in extract(text).quotes] == ["방향이 정해지면 끈기 있게 나아가야 한다"]


@pytest.mark.parametrize("verb", ["힘을 보탰다", "목소리를 높였다", "불을 켰다"])
def test_a_statement_goes_on_to_any_verb_in_the_past(verb):
    text = f"연구 소식\n\n한지훈 대표는 “로봇은 사람을 돕는 도구가 될 것”이라며 {verb}.\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == "한지훈"


def test_a_term_named_in_the_present_is_still_no_quotation():
    text = "연구 소식\n\n이 물질은 “초소수성 물질로 불리는 새 소재”라며 소개한다.\n"
    assert extract(text).quotes == []


def _organisations(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == "ORG"})


def test_a_foreign_ministry_is_named_with_its_country():
    """`영국 보건부`: another country's ministry or agency is named with the
    country first; the body alone would be Korea's own."""
    text = "연구 소식\n\n영국 보건부는 새 지침을 발표했다. 일본 질병관리센터도 같은 의견을 냈다.\n"
    found = _organisations(text)
    assert "영국 보건부" in found and "일본 질병관리센터" in found
    assert "보건부" not in found


def test_a_country_before_a_company_or_a_university_stays_apart():
    found = _organisations("연구 소식\n\n영국 옥스퍼드대학교 연구팀이 발표했다.\n")
    assert "영국 옥스퍼드대학교" not in found


def test_an_engineering_faculty_is_no_ministry():
    """`…공학부` is a university's faculty, not a ministry ending in 부."""
    found = _organisations("연구 소식\n\n서울대 기계항공공학부 한지훈 교수가 발표했다.\n")
    assert "기계항공공학부" not in found


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        ("행사장 모습 (부산=뉴시스) 김민수 기자 = 2일 오전 부산에서", ["뉴시스"]),
        ("[한빛전자 제공=뉴스1].", ["뉴스1", "한빛전자"]),
        ("(사진=한빛전자 제공)", ["한빛전자"]),
    ],
)
def test_an_agency_or_a_photos_provider_is_an_organisation(caption, names):
    text = f"연구 소식\n\n새 로봇이 공개됐다.\n\n{caption}\n\n로봇은 사람을 돕는다.\n"
    found = _organisations(text)
    assert all(name in found for name in names)


def test_a_photographer_credited_is_no_organisation():
    """`(사진=김민수 기자)`: a photo's credit to a person names no body."""
    text = "연구 소식\n\n새 로봇이 공개됐다.\n\n(사진=김민수 기자)\n\n로봇은 사람을 돕는다.\n"
    assert not any("김민수" in name for name in _organisations(text))


def _people_and_places(text: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type in ("PER", "LOC")})


def test_a_name_glued_to_a_common_noun_is_part_of_a_word():
    """`지카바이러스` is a virus and `신촌캠퍼스` a campus: a name takes only
    particles after it, and a common noun glued to it makes a compound."""
    found = _people_and_places(
        "연구진은 지카바이러스가 퍼졌다고 밝혔다. 행사는 신촌캠퍼스에서 열렸다."
    )
    assert "지카" not in found and "신촌" not in found


def test_a_name_before_its_particle_stays_a_name():
    found = _people_and_places("마이클 존슨이 말했다. 행사는 부산에서 열렸다.")
    assert "마이클 존슨" in found and "부산" in found


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("이라고 한지훈 교수는 말했다.", "한지훈"),
        ("고 김철수 과학기술부 장관이 밝혔다.", "김철수"),
        ("라며 오세진 대표는 강조했다.", "오세진"),
        ("고 마이클 존슨 교수가 밝혔다.", "마이클 존슨"),
    ],
)
def test_the_speaker_named_after_the_quoting_ending(after, speaker):
    """`“…”이라고 한 교수는 말했다`: the speaker stands between the quoting
    ending and the verb."""
    text = f"연구 소식\n\n새 로봇이 공개됐다.\n\n“로봇은 사람을 돕는 도구가 될 것”{after}\n"
    (quote,) = extract(text).quotes
    assert quote.speaker == speaker


def test_a_clause_after_the_quoting_ending_names_no_speaker():
    """`“…”고 생각하는 사람이 늘었다`: a clause about people who think so."""
    text = (
        "연구 소식\n\n새 로봇이 공개됐다.\n\n“로봇이 일자리를 빼앗는다”고 생각하는 사람이 늘었다.\n"
    )
    assert [q.speaker for q in extract(text).quotes if q.speaker] == []


def test_a_statement_named_as_someones_after_it():
    """`“…”이라는 게 한 교수의 설명이다`: the statement is named as the
    speaker's explanation; a body's outlook (`업계의 전망`) names no one."""
    text = (
        "연구 소식\n\n새 로봇이 공개됐다.\n\n"
        "“로봇은 사람을 돕는 도구가 될 것”이라는 게 한지훈 교수의 설명이다.\n\n"
        "“시장이 더 커질 것”이라는 것이 업계의 전망이다.\n"
    )
    assert [(q.text[:6], q.speaker) for q in extract(text).quotes] == [("로봇은 사람", "한지훈")]


def _typed(text: str, type_: str) -> list[str]:
    return sorted({m.text for m in extract(text).entities if m.type == type_})


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("퀄컴은 새 칩을 내년에 내놓는다고 밝혔다.", "퀄컴"),
        ("이 기술은 엔비디아와 함께 개발됐다.", "엔비디아"),
        ("연구 결과는 랜싯에 실렸다.", "랜싯"),
    ],
)
def test_a_known_company_in_hangul_is_an_organisation(text, company):
    """mecab-ko-dic tags foreign companies as common nouns: the closed list
    (lang/ko/companies.txt) finds them with their particle cut off."""
    assert company in _typed(text, "ORG")


def test_a_known_company_inside_a_longer_word_is_not_found():
    """`애플` is no company inside `애플리케이션`, an application."""
    assert _typed("새 애플리케이션을 내려받은 사용자가 늘었다.", "ORG") == []


@pytest.mark.parametrize(
    "text",
    [
        "연구진은 그래핀옥사이드(Graphene) 필름을 만들었다.",
        "그는 '협업'(Collaboration)이 중요하다고 말했다.",
        "음성비서 ‘빅스(Bixa)’가 출시됐다.",
        "이 현상은 우연한 발견(Lucky Find)으로 불린다.",
    ],
)
def test_a_latin_gloss_of_a_korean_word_is_no_name(text):
    """The original written in brackets after a Korean word (a gloss) is
    a term, not an organisation, unless its shape says it is a name."""
    assert not any(m.text.isascii() for m in extract(text).entities)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("미국 항공우주연구소(ARL)가 발표했다.", "ARL", "ORG"),
        ("벤처기업 누리랩스(Nuri Labs)가 투자를 받았다.", "Nuri Labs", "ORG"),
        ("이 연구는 데이비드 밀러(David Miller) 교수가 이끌었다.", "David Miller", "PER"),
    ],
)
def test_a_latin_gloss_shaped_as_a_name_stays(text, name, type_):
    """An acronym, an organisation's last word or a given name first keep a
    gloss a name."""
    assert (name, type_) in {(m.text, m.type) for m in extract(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("배터리 제조업체인 볼타셀은 공장을 지었다.", "볼타셀"),
        ("바이오 스타트업인 젠큐어가 투자를 받았다.", "젠큐어"),
        ("연구 결과는 국제학술지 '셀 리포츠' 최신호에 실렸다.", "셀 리포츠"),
        ("연구 결과는 국제 학술지 바이오머티리얼즈에 실렸다.", "바이오머티리얼즈"),
        ("연구 결과는 어드밴스드 머티리얼즈에 5일자로 게재됐다.", "어드밴스드 머티리얼즈"),
        ("행사는 오라클코리아가 주최했다.", "오라클코리아"),
        ("이 로봇은 누리 테크놀로지가 만든다.", "누리 테크놀로지"),
        ("한빛로보틱스는 상장했다.", "한빛로보틱스"),
    ],
)
def test_a_korean_organisation_named_by_what_the_sentence_says_it_is(text, name):
    """An apposition of its kind (`제조업체인`), a journal's kind before it,
    a study published in it, or `코리아` glued after it."""
    assert name in _typed(text, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "업계에서는 회사가 성장했다고 본다.",
        "연구 결과는 학계에 큰 반향을 일으켰다.",
        "드론업체인 중국 기업이 시장을 이끈다.",
        "의료 로보틱스 분야가 성장했다.",
    ],
)
def test_no_organisation_without_the_cue_or_where_a_place_stands(text):
    assert _typed(text, "ORG") == []


def _analysed(text: str) -> list[tuple[str, str]]:
    from reader.extract.morphology import find_analysed_names

    return [(m.text, m.type) for m in find_analysed_names(text, [(0, len(text))], "ko")]


@pytest.mark.parametrize("word", ["노벨", "위스", "지카"])
def test_a_surname_syllable_and_one_more_is_no_korean_name_alone(word):
    """mecab-ko-dic calls some loanwords persons; a surname syllable and one
    more (`노벨`) is a loanword's shape, a name only beside a title."""
    assert _analysed(f"그는 {word} 관련 연구를 했다.") == []


def test_a_korean_full_name_the_dictionary_knows_is_a_person():
    assert ("이순신", "PER") in _analysed("이순신 장군의 동상이 서 있다.")


def test_a_foreign_name_glued_into_one_word_is_a_loanword():
    """Korean writes a foreign name's parts apart (`마이클 존슨`): two parts
    the dictionary cut from one word are a loanword (`웨어러블`)."""
    assert _analysed("웨어러블 기기가 인기다.") == []


def test_a_market_after_a_name_is_no_mayor():
    """`시장` after a word is a market far more often than a mayor."""
    assert _analysed("본격적으로 드론 시장에 뛰어들었다.") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("미국 연방수사국은 수사에 착수했다.", "미국 연방수사국"),
        ("영국 국립보건원이 밝혔다.", "영국 국립보건원"),
    ],
)
def test_a_foreign_bureau_or_institute_after_its_country(text, body):
    assert body in _typed(text, "ORG")


def test_he_opening_a_paragraph_is_the_person_of_the_sentence_before():
    """Korean news gives each sentence a paragraph: `그는 “…”` means the
    person named in the paragraph before, not the speaker of an older quote."""
    text = (
        "제목\n\n한빛대 정보기술연구소의 윤서진 박사는 발표 자료에서 이렇게 밝혔다.\n\n"
        "교육 환경을 바꿔야 한다고 윤 박사는 당부했다.\n\n"
        '그는 "정부는 공공 데이터를 자유롭게 쓰게 할 필요가 있다"고 덧붙였다.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["윤서진"]


def test_he_right_before_the_mark_is_the_speaker_whatever_the_clause_before():
    text = (
        '제목\n\n행사에 참석한 오민석 부사장 역시 "기술을 민주화하겠다"며 힘을 보탰다.\n\n'
        '연구소 소장을 맡고 있는 그는 "AI는 하나의 도구"라고 말했다.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["오민석", "오민석"]


@pytest.mark.parametrize(
    "text",
    [
        '제목\n\n정하윤 교수는 "관측 자료가 더 필요하다"고 말한다.\n',
        '제목\n\n정하윤 교수는 "관측 자료가 더 필요하다"고 설명합니다.\n',
        '제목\n\n"관측 자료가 더 필요하다." 정하윤 교수의 말이다.\n',
    ],
)
def test_a_korean_cue_in_the_present_or_naming_whose_words_they_were(text):
    assert [q.speaker for q in extract(text).quotes] == ["정하윤"]


def test_a_term_named_with_handa_is_no_quotation():
    """`”이라고 한다` names a term (bare `한다`), unlike `말한다`."""
    assert extract('제목\n\n이 물질은 "초발수성"이라고 한다.\n').quotes == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이날 행사에 참석한 샤오밍 리 마이크로소프트 부사장은 웃었다.", "샤오밍 리"),
        ("루카스 베버 지멘스 수석연구원은 이렇게 설명했다.", "루카스 베버"),
        ("안나 코발스카 IBM 총괄 부사장이 발표했다.", "안나 코발스카"),
    ],
)
def test_a_foreign_name_before_its_company_and_role(text, name):
    """A foreign name in Hangul before an organisation and a role is a person."""
    from reader.extract.lang.ko.foreign_names import find_foreign_people

    found = find_foreign_people(text, [(0, len(text))], "ko")
    assert [m.text for m in found] == [name]


@pytest.mark.parametrize(
    "text",
    ["연구를 진행한 한빛대 교수는 말했다.", "행사에 참석한 회사의 개발팀 부사장은 말했다."],
)
def test_a_clause_before_a_company_and_role_is_no_foreign_name(text):
    from reader.extract.lang.ko.foreign_names import find_foreign_people

    assert find_foreign_people(text, [(0, len(text))], "ko") == []


@pytest.mark.parametrize(
    ("text", "org", "latin"),
    [
        ("연세대 바른AI연구소의 정하윤 박사는 말했다.", "바른AI연구소", "AI"),
        ("오민석 XYZ코리아 대표는 말했다.", "XYZ코리아", "XYZ"),
    ],
)
def test_latin_letters_inside_a_korean_organisations_word(text, org, latin):
    """The tagger's Latin part of one word gives way to the organisation the
    word is (`바른AI연구소`, `XYZ코리아`), which keeps its Hangul."""
    orgs = _typed(text, "ORG")
    assert org in orgs and latin not in orgs


def test_latin_letters_before_a_particle_stay_alone():
    assert "XYZ" in _typed("XYZ는 새 제품을 발표했다.", "ORG")


@pytest.mark.parametrize("word", ["이용자", "최신호"])
def test_a_common_word_in_a_full_names_shape_is_no_name(word):
    assert _analysed(f"{word}가 늘었다.") == []


@pytest.mark.parametrize(
    "text",
    [
        '제목\n\n정하윤 교수는 "관측 자료가 더 필요하다"고 말하기도 했다.\n',
        '제목\n\n정하윤 교수는 "관측 자료가 더 필요하다"고 목소리를 높였다.\n',
        '제목\n\n정하윤 교수는 "관측 자료가 더 필요하다"는 입장이다.\n',
    ],
)
def test_a_korean_cue_after_a_verbs_noun_or_object_or_a_stated_position(text):
    assert [q.speaker for q in extract(text).quotes] == ["정하윤"]


def test_a_term_before_a_clause_that_goes_on_is_no_quotation():
    assert extract('제목\n\n연구진은 "초발수성"이라고 불리는 물질을 개발했다.\n').quotes == []


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # People counted (명 counts people) or described by a person's noun.
        ('심해 탐사 연구진 5명 "바닷속에서 새 생물 찾았다"', "심해 탐사 연구진 5명"),
        ('물리학 전문가 60% "기초 연구비 더 늘려야 한다"', "물리학 전문가 60%"),
        # An organisation the article names speaks as a body.
        ('한빛전자 "올해 안에 새 청소 로봇 내놓는다"', "한빛전자"),
        # A thing is nobody.
        ('새 청소 로봇 "올해 안에 집집마다 간다"', None),
    ],
)
def test_a_headline_quotation_speaks_for_who_the_words_before_it_say(title, speaker):
    text = f"{title}\n\n한빛전자는 20일 서울에서 신제품 발표회를 열었다.\n"
    quote = extract(text).quotes[0]
    assert quote.speaker == speaker


def test_a_pronoun_after_the_quoting_ending_is_the_person_named_before():
    text = '제목\n\n한지훈 교수는 새 연구를 소개했다.\n\n"이번 연구는 새로운 방법을 제시했다"고 그는 말했다.\n'
    assert [q.speaker for q in extract(text).quotes] == ["한지훈"]


@pytest.mark.parametrize(
    "text",
    [
        '제목\n\n한지훈 한빛대 교수 연구팀은 "이번 연구는 새로운 방법을 제시했다"고 밝혔다.\n',
        '제목\n\n한지훈 교수팀은 "이번 연구는 새로운 방법을 제시했다"고 밝혔다.\n',
    ],
)
def test_a_team_speaks_for_its_head(text: str):
    assert [q.speaker for q in extract(text).quotes] == ["한지훈"]


def test_korean_words_between_a_name_and_its_role_are_no_name():
    # `동자바` has a name's shape (a surname and two syllables), but stands
    # where the governor's province does.
    text = "헤루 위라야 동자바 주지사는 “투자를 환영한다”고 말했다."
    assert "동자바" not in texts(text, "ko")


def test_korean_name_before_its_honorific_takes_no_organisation_between():
    # `씨` follows the whole name: `유니타` is no person and `사리` no company.
    assert "유니타" not in texts("유니타 사리 씨는 “좋다”고 말했다.", "ko")


def test_korean_loanword_name_cut_by_the_dictionary_is_one_without_its_particle():
    from reader.extract.lang.ko.morphology import morphemes

    text = "신입 기술자는 마카왕과 경남 창원 본사를 오가며 교육을 받는다."
    spans = [text[m.start : m.end] for m in morphemes(text, 0, len(text))]
    assert "마카왕" in spans
    assert not any(s.endswith("왕과") for s in spans)


def test_korean_verb_before_a_speakers_name_is_no_part_of_it():
    from reader.extract.quotes import find_quotes

    text = "보고르에서 온 리즈키 하르디안 씨는 “많이 배웠다”며 웃었다."
    (quote,) = find_quotes(text, [(0, len(text))], "ko", [])
    assert quote.speaker == "리즈키 하르디안"


def test_a_korean_surname_alone_before_ssi_is_no_one_to_key():
    """`김 씨` is an anonymous Mr Kim: the analyser types the surname a given
    name before `씨`, but one syllable keys no one (Japanese `綾さん` does)."""
    text = "제목\n\n경찰에 따르면 김 씨는 어제 체포됐다. 박 씨와 정 씨도 조사를 받았다."
    assert [m.text for m in extract(text).entities if m.type == "PER"] == []


def test_korean_quotation_closed_by_also_said_is_its_speakers():
    """`”고도 했다`: `도` after the quoting ending adds a statement."""
    text = "정하늘 교수는 새 로봇을 공개했다. 정 교수는 “한국 연구가 세계를 앞서 나가고 있다”고도 했다."
    assert speakers(text) == [("한국 연구가", "정하늘")]


def test_korean_statements_joined_by_myeonseodo_are_one_speakers():
    text = "박서준 교수는 “학생들이 밤낮없이 연구에 매달렸다”면서도 “아직 갈 길이 멀다”고 했다."
    assert speakers(text) == [("학생들이 밤", "박서준"), ("아직 갈 길", "박서준")]


def test_korean_position_made_known_after_a_statement_is_a_quotation():
    text = "한빛학회 관계자는 “학회 차원에서 끝까지 지원하겠다”는 입장을 밝혔다."
    assert speakers(text) == [("학회 차원에", "한빛학회 관계자")]


def test_korean_plan_named_in_marks_is_no_quotation():
    """After a noun the marks hold a name: `“…”라는 계획을 밝혔다` quotes nobody."""
    assert speakers("시는 올해 “푸른 바다 도시 만들기”라는 계획을 밝혔다.") == []


def test_korean_view_named_as_someones_thought_is_theirs():
    text = "“더 많은 연구가 필요하다”는 것이 조슈아 벨 교수의 생각이다."
    assert speakers(text) == [("더 많은 연", "조슈아 벨")]


def test_korean_committee_member_by_surname_and_title_is_the_full_name():
    text = "한소윤 위원은 안을 냈다. 한 위원은 “새 안이 더 낫다고 본다”라고 말했다."
    assert speakers(text) == [("새 안이 더", "한소윤")]
    # `이 위원회` is "this committee": no person.
    assert texts("이 위원회는 지난해 만들어졌다. 이 위원들은 모였다.", "ko") == []


def test_korean_speaker_named_in_the_sentence_before_the_quotation():
    """`…는 다음과 같이 말했다. “…”`: the topic of the sentence that leads in."""
    text = (
        "제목\n\n한빛대 유가온 교수는 새 소자를 공개했다.\n\n"
        "백도윤 박사는 다음과 같이 말했다. “전기를 덜 쓰는 소자가 곧 나올 것이다. 걱정할 필요는 없다.”"
    )
    assert speakers(text) == [("전기를 덜 ", "백도윤")]


def test_korean_person_named_as_an_object_before_a_quotation_is_not_its_speaker():
    text = "제목\n\n이날 행사는 한지수 박사를 위해 열렸다. “모두가 함께 축하하는 자리가 되기를 바란다.”"
    assert speakers(text) == [("모두가 함께", None)]


def test_korean_run_of_quotation_paragraphs_is_the_speaker_of_the_sentence_above():
    """The next paragraph's opening names whoever speaks next, not the run's speaker."""
    text = (
        "제목\n\n유가온 교수는 소자의 장점을 이렇게 설명했다.\n\n"
        "“첫째는 전기를 덜 쓰는 것이다. 둘째는 값이 싸다는 점이다.”\n\n"
        "“셋째는 어디에나 붙일 수 있다는 것이라고 본다.”\n\n"
        "이어 백도윤 연구원이 시연을 맡았다."
    )
    assert speakers(text) == [("첫째는 전기", "유가온"), ("셋째는 어디", "유가온")]


def test_korean_countries_and_cities_abroad_are_places():
    from reader.extract.cjk_places import find_cjk_places

    text = "그리스와 폴란드, 케냐 연구진이 런던에서 만났다."
    found = find_cjk_places(text, [(0, len(text))], "ko")
    assert [(m.text, m.type) for m in found] == [
        ("그리스", "LOC"),
        ("폴란드", "LOC"),
        ("케냐", "LOC"),
        ("런던", "LOC"),
    ]


def test_korean_words_spelled_like_places_are_no_places():
    """A particle after a closing mark (`’이란`, "what is called"), a cat
    (`고양이`), the week before (`전주`)."""
    from reader.extract.cjk_places import find_cjk_places

    text = "학자들은 이를 ‘느린 빛’이란 말로 불렀다. 고양이 사료 값은 전주 대비 올랐다."
    assert find_cjk_places(text, [(0, len(text))], "ko") == []


def test_korean_offices_and_institutes_by_their_short_names_are_organisations():
    text = "제목\n\n인사혁신처와 식약처, 카이스트 연구진은 자료를 냈다. 공정위도 나섰다."
    found = [(m.text, m.type) for m in extract(text).entities]
    assert ("인사혁신처", "ORG") in found
    assert ("식약처", "ORG") in found
    assert ("카이스트", "ORG") in found
    assert ("공정위", "ORG") in found


def test_korean_words_ending_in_cheo_for_where_or_to_whom_are_no_offices():
    text = "제목\n\n회사는 연락처와 거래처, 물품공급처를 새로 정리했다."
    assert [m for m in extract(text).entities if m.type == "ORG"] == []


def test_korean_words_reported_as_reported_are_still_the_speakers():
    text = "연구실 이야기\n\n한도윤 교수는 “연구실 문은 늘 열려 있다”라고 했다고 한빛일보가 전했다."
    assert speakers(text) == [("연구실 문은", "한도윤")]


def test_korean_words_named_as_said_are_a_quotation():
    text = "연구실 이야기\n\n한도윤 교수는 “연구실 문은 늘 열려 있다”는 말도 했다."
    assert speakers(text) == [("연구실 문은", "한도윤")]


def test_korean_speaker_in_the_sentence_after_with_a_verb_of_speech():
    text = (
        "연구실 이야기\n\n학생들과 함께한 시간이 길었다. "
        "“연구실 문은 늘 열려 있다.” 한도윤 교수는 웃으며 말했다."
    )
    assert speakers(text) == [("연구실 문은", "한도윤")]
    # Any other verb reports what the next person did.
    other = text.replace("웃으며 말했다", "연구를 시작했다")
    assert speakers(other) != [("연구실 문은", "한도윤")]


def test_korean_team_named_alone_speaks_for_its_head_named_before():
    text = (
        "연구실 이야기\n\n서울대 화학부 이영수 교수 연구팀은 새 물질을 찾았다. "
        "연구팀은 “규제를 없애야 한다”고 밝혔다."
    )
    assert speakers(text) == [("규제를 없애", "이영수")]
    # A team never named with its head or institution stays a team.
    plain = "연구실 이야기\n\n연구팀은 새 물질을 찾았다. 연구팀은 “규제를 없애야 한다”고 밝혔다."
    assert speakers(plain) == [("규제를 없애", "연구팀")]


def test_korean_age_in_brackets_before_the_organisation_and_role_of_a_speaker():
    text = "연구실 이야기\n\n이수진(45) 한빛전자 대표는 “올해 매출이 두 배로 늘 것”이라고 말했다."
    assert speakers(text) == [("올해 매출이", "이수진")]


def test_korean_foreign_name_right_before_a_role_and_its_surname_alone():
    """A foreign name the dictionary cuts into pieces, before its role, is a
    person when the article calls them by the surname alone too."""
    text = "우주 이야기\n\n엘론 마스코프 대표가 이끄는 회사다. 마스코프는 웃었다."
    people = [(m.text, m.key) for m in extract(text).entities if m.type == "PER"]
    assert [name for name, _ in people] == ["엘론 마스코프", "마스코프"]
    assert people[0][1] == people[1][1]


def test_korean_loanwords_before_a_role_or_a_market_are_no_person():
    text = (
        "업계 이야기\n\n디자인 스튜디오 대표가 왔다. 스튜디오는 작다. "
        "인텔은 지난해부터 본격적으로 드론 시장에 뛰어 들었다. 드론은 작다."
    )
    assert [m.text for m in extract(text).entities if m.type == "PER"] == []


def test_korean_described_speaker_or_body_named_after_the_quotation():
    said = "“올해 안에 시장이 곧 열린다”고 "
    assert speakers(said + "한빛전자 관계자는 전했다.") == [("올해 안에 ", "한빛전자 관계자")]
    assert speakers(said + "한빛전자는 밝혔다.") == [("올해 안에 ", "한빛전자")]
    assert speakers(said + "전문가들은 입을 모았다.") == [("올해 안에 ", "전문가들")]


def test_korean_words_in_marks_on_a_sign_have_no_speaker_after_them():
    assert speakers("“올해 안에 시장이 곧 열린다”고 적힌 현수막이 걸렸다.") == []


@pytest.mark.parametrize(
    "ending",
    ["고 한다.", "는 반응이다.", "는 반응을 보였다.", "라고 잘라 말했다.", "고 거듭 강조했다."],
)
def test_korean_quotation_heard_as_a_reaction_or_said_with_a_manner(ending):
    text = f"한도윤 교수는 “우리 연구실의 문은 늘 열려 있다”{ending}"
    assert speakers(text) == [("우리 연구실", "한도윤")]


def test_korean_term_named_so_is_no_quotation():
    assert speakers("학자들은 이런 현상을 ‘초소수성 표면 효과’라고 한다.") == []


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract("경제 소식\n\n" + text).quotes]


@pytest.mark.parametrize(
    "turn",
    ["다음과 같이 설명했다.", "이렇게 말했다.", "이어 말했다.", "또 강조했다.", "말했다."],
)
def test_a_sentence_that_introduces_the_next_quotation_is_not_the_last_ones_speaker(turn):
    """`“….” 박 장관은 다음과 같이 설명했다.⏎⏎“…”`: a sentence that points
    forward, or that a quotation follows, is the next speaker's turn."""
    text = (
        "정하늘 교수는 “집값이 더 내릴 것”이라고 말했다. “전세도 내린다.” "
        f"오민규 차관은 {turn}\n\n“정부는 대책을 세웠다.”"
    )
    assert ("전세도 내린다.", "오민규") not in said(text)


def test_the_sentence_after_a_quotation_still_names_its_speaker():
    assert said("“정부는 대책을 세웠다.” 오민규 차관은 웃으며 말했다.") == [
        ("정부는 대책을 세웠다.", "오민규")
    ]


def test_a_speaker_before_the_quotation_outranks_one_in_the_sentence_after():
    text = "상인 윤가람 씨는 “손님이 절반으로 줄었다.” 오민규 차관은 말했다."
    assert said(text) == [("손님이 절반으로 줄었다.", "윤가람")]


@pytest.mark.parametrize(
    "after",
    ["며 세대가 바뀌었다고 그는 말했다.", "고 부부는 말했다.", "라며 일부는 문을 닫았다."],
)
def test_common_nouns_in_a_bodys_ending_are_no_speaker_after_the_quotation(after):
    speaker = dict(said(f"시장 골목은 조용했다. “이제 골목이 비었다”{after}")).get(
        "이제 골목이 비었다"
    )
    assert speaker not in {"세대", "부부", "일부"}


@pytest.mark.parametrize("body", ["한빛대", "국토교통부", "기상청", "법제처", "식약처"])
def test_bodies_with_a_short_ending_still_speak_after_the_quotation(body):
    assert said(f"“올해 안에 규정이 바뀐다”고 {body}는 밝혔다.") == [
        ("올해 안에 규정이 바뀐다", body)
    ]


def test_a_quotation_set_apart_after_a_body_becomes_the_topic_is_nobodys():
    text = (
        "정하늘 교수는 “집값이 더 내릴 것”이라고 말했다.\n\n"
        "반면 국토교통부는 조심스러운 태도다.\n\n“아직 정해진 것은 없다.”"
    )
    assert dict(said(text)).get("아직 정해진 것은 없다.") is None


def test_a_body_named_in_passing_leaves_the_last_speaker_speaking():
    text = (
        "정하늘 교수는 “집값이 더 내릴 것”이라고 말했다.\n\n"
        "그는 한빛대에서 오래 가르쳤다.\n\n“아직 정해진 것은 없다.”"
    )
    assert dict(said(text)).get("아직 정해진 것은 없다.") == "정하늘"


def test_a_government_office_is_one_of_a_closed_list():
    text = "법제처와 식약처, 국가보훈처가 임시대피처를 마련했고 주민은 임시거처도 구했다."
    assert organisations(text) == ["법제처", "식약처", "국가보훈처"]


def test_a_place_that_is_also_a_common_noun_is_named_only_with_its_suffix():
    def places(text):
        return [(m.text, m.type) for m in extract("지역 소식\n\n" + text).entities]

    assert places("그런 행동은 사회적으로 용인이 어렵다.") == []
    assert places("용인시는 새 도로를 열었다.") == [("용인시", "LOC")]


def test_a_role_after_the_body_ends_the_name_before_a_role_shaped_word_further_on():
    # `기자` (a reporter) later in the sentence is no role of the person.
    text = (
        "한도윤 한빛대 교수는 기자와의 통화에서 “비용이 늘 것”이라고 말했다.\n\n"
        "한 교수는 “대책이 필요하다”고 덧붙였다."
    )
    assert said(text) == [("비용이 늘 것", "한도윤"), ("대책이 필요하다", "한도윤")]


def test_someone_described_in_three_words_after_the_quoting_ending():
    assert said("“값이 더 오른다”고 또 다른 업계 관계자는 전했다.") == [
        ("값이 더 오른다", "또 다른 업계 관계자")
    ]


@pytest.mark.parametrize("noun", ["얘기다", "평가다", "견해다", "설명이다"])
def test_whose_words_with_the_copula_after_a_vowel_or_a_consonant(noun):
    assert said(f"“수출이 곧 살아난다”는 게 윤서진 교수의 {noun}") == [
        ("수출이 곧 살아난다", "윤서진")
    ]


def test_whose_words_a_body_or_someone_described_said():
    text = (
        "“내년에는 공장을 늘린다.” 한빛전자 측의 설명이다.\n\n"
        "“부품이 모자란다.” 한 협력업체 관계자의 말이다.\n\n"
        "“값은 그대로다”라는 게 또 다른 관계자의 얘기다."
    )
    assert said(text) == [
        ("내년에는 공장을 늘린다.", "한빛전자 측"),
        ("부품이 모자란다.", "한 협력업체 관계자"),
        ("값은 그대로다", "또 다른 관계자"),
    ]


def test_a_noun_of_a_mood_after_the_quotation_names_no_speaker():
    # `분위기`, a mood, is nobody's words: the words in marks name a slogan.
    text = "거리에는 “다시 뛰자”는 구호가 걸렸다. 시장의 분위기다."
    assert [s for _, s in said(text)] in ([], [None])


def people(text: str) -> list[tuple[str, str]]:
    """Each person's mention, with the name whose key it has."""
    found = [m for m in extract("기술 소식\n\n" + text).entities if m.type == "PER"]
    full = {m.key: m.text for m in found if m.key == entity_key(m.text)}
    return [(m.text, full.get(m.key, m.key)) for m in found]


def test_a_foreign_given_name_of_one_syllable_opens_the_name():
    text = "톰 헤이든 한빛전자 대표는 새 계획을 밝혔다. 헤이든 대표는 웃었다."
    assert people(text) == [("톰 헤이든", "톰 헤이든"), ("헤이든", "톰 헤이든")]


def test_a_word_of_one_syllable_outside_the_given_names_opens_no_name():
    assert people("새 주주 한빛전자 대표가 취임했다.") == []


def test_a_foreign_name_before_the_country_of_its_university():
    text = "마르코 벨리니 이탈리아 토리노대 교수는 “협력이 중요하다”고 말했다."
    assert people(text) == [("마르코 벨리니", "마르코 벨리니")]
    assert said(text) == [("협력이 중요하다", "마르코 벨리니")]


def test_a_company_written_in_hangul_and_latin_letters_before_the_role():
    assert people("샘 오도널 누리AI 최고경영자(CEO)가 나섰다.") == [("샘 오도널", "샘 오도널")]


def test_a_surname_of_one_syllable_alone_only_before_a_role():
    text = "롭 킹 한빛전자 CEO는 새 기기를 공개했다. 킹 CEO는 “곧 팔겠다”고 말했다. 킹은 크다."
    assert people(text) == [("롭 킹", "롭 킹"), ("킹", "롭 킹")]
    assert [s for _, s in said(text)] == ["롭 킹"]


def test_a_foreign_name_written_again_without_its_company():
    text = "롭 킹 한빛전자 부사장이 왔다.\n\n롭 킹 부사장은 “준비가 끝났다”고 말했다."
    assert people(text) == [("롭 킹", "롭 킹"), ("롭 킹", "롭 킹")]


def test_a_korean_name_after_a_word_before_the_company_is_korean_only():
    text = "기조연설자 김민준 한빛전자 대표가 나섰다."
    assert people(text) == [("김민준", "김민준")]


def test_a_korean_name_before_a_chief_officer_in_latin_letters():
    (found,) = names("윤서진 CEO는 새 공장을 열었다.", "ko")
    assert (found.text, found.role) == ("윤서진", "CEO")


@pytest.mark.parametrize(
    "after",
    [
        "고 말해 눈길을 끌었다.",
        "고 강조하며 대책을 요구했다.",
        "고 밝히며 자리를 떴다.",
        "고 설명하고 회의를 마쳤다.",
        "고 밝혀 관심을 모았다.",
        "고 말한 바 있다.",
        "고 말하고 있다.",
        "고 힘줘 말했다.",
    ],
)
def test_a_verb_of_speech_that_goes_on_after_the_quoting_ending(after):
    assert said(f"윤서진 교수는 “예산이 더 필요하다”{after}") == [("예산이 더 필요하다", "윤서진")]


def test_a_verb_of_speech_joins_two_quotations_of_one_statement():
    text = "윤서진 교수는 “예산이 더 필요하다”라고 말하며 “다음 달에 다시 보자”고 했다."
    assert said(text) == [("예산이 더 필요하다", "윤서진"), ("다음 달에 다시 보자", "윤서진")]


def test_a_name_given_to_a_place_is_no_statement():
    assert said("주민들은 이 골목을 “작은 서울”이라고 부르며 아낀다.") == []


@pytest.mark.parametrize(
    "before", ["한빛전자 윤서진 대표는", "윤서진 교수도", "이에 대해 윤서진 교수는"]
)
def test_a_short_sentence_in_marks_after_its_speaker_is_a_quotation(before):
    assert said(f"정부는 대책을 내놓았다.\n\n{before} “공장을 더 짓는다.”") == [
        ("공장을 더 짓는다.", "윤서진")
    ]


@pytest.mark.parametrize(
    "text", ["정부는 ‘AI 강국 도약’을 내걸었다.", "윤서진 교수는 ‘기술 독립’을 강조해 왔다."]
)
def test_a_term_in_marks_is_no_quotation(text):
    assert said(text) == []


@pytest.mark.parametrize(
    ("before", "speaker"),
    [("윤서진 교수의 말을 빌리면", "윤서진"), ("한 관계자의 말에 따르면", "한 관계자")],
)
def test_whose_words_named_before_the_quotation(before, speaker):
    assert said(f"{before} “정부가 먼저 나서야 한다.”") == [("정부가 먼저 나서야 한다.", speaker)]


def described(text: str) -> list[str]:
    from reader.extract.lang.ko.described import find_described

    return [m.text for m in find_described(text, [(0, len(text))], "ko")]


def test_a_university_written_short_by_its_people_or_its_country():
    assert described("토론토대 연구팀과 캐나다 몬트리올대가 함께 했다.") == [
        "토론토대",
        "몬트리올대",
    ]


def test_a_common_noun_ending_in_dae_before_a_universitys_word_is_none():
    assert described("청년세대 학생들과 특수부대 교수들이 모였다. 중국 최대 시장이다.") == []


def test_a_research_centre_is_an_organisation():
    assert organisations("양자물질연구단은 새 결과를 냈다.") == ["양자물질연구단"]


def kinds_of(text: str) -> list[tuple[str, str]]:
    from reader.extract.lang.ko.morphology import morphemes

    return [(text[m.start : m.end], m.kind) for m in morphemes(text, 0, len(text))]


def test_no_name_follows_a_particle_within_a_word():
    # mecab-ko-dic cuts `의학상` after `의` and calls `학상` a place.
    assert ("학상", "LOC") not in kinds_of("올해 생리의학상 수상자가 발표됐다.")
    assert ("서울", "LOC") in kinds_of("그는 오늘 서울에 갔다.")


def test_the_start_of_a_longer_role_is_no_name():
    assert texts("에밀리 왓슨 박사후연구원이 참여했다.", "ko") == []
    assert texts("박서연 연구원이 참여했다.", "ko") == ["박서연"]


def test_an_international_body_named_short_is_the_body_before_a_role():
    text = "안드레아 콘티 유엔 사무총장은 우려를 표했다."
    assert [(m.text, m.type) for m in extract("국제 소식\n\n" + text).entities] == [
        ("안드레아 콘티", "PER"),
        ("유엔", "ORG"),
    ]


def test_a_foreign_name_after_its_companys_possessive_before_a_role():
    assert people("한빛전자의 케탄 드로바 CEO가 나섰다.") == [("케탄 드로바", "케탄 드로바")]


def test_a_trade_after_a_companys_possessive_is_no_name():
    assert people("한빛전자의 스마트폰 사업 부사장이 나섰다.") == []


@pytest.mark.parametrize("body", ["누리뱅크", "한빛당", "새빛일보"])
def test_the_word_between_a_korean_name_and_the_role_is_the_body(body):
    text = f"경제 소식\n\n박지훈 {body} 대표는 웃었다."
    assert [(m.text, m.type) for m in extract(text).entities] == [("박지훈", "PER"), (body, "ORG")]


@pytest.mark.parametrize("between", ["공동", "당시", "부산시", "화학과"])
def test_a_common_noun_a_place_or_a_department_before_the_role_is_no_body(between):
    text = f"경제 소식\n\n박지훈 {between} 대표는 웃었다."
    assert ("ORG" not in {m.type for m in extract(text).entities}) or between == "부산시"
    assert (between, "ORG") not in [(m.text, m.type) for m in extract(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "누리전자는 이 기기를 “주방의 모든 일을 맡는 작은 도우미”라고 소개하며 출시했다.",
        "시장은 이를 “새로운 소비 흐름의 시작”이라고 평가하며 반겼다.",
    ],
)
def test_a_thing_named_in_marks_before_a_verb_that_names_is_no_quotation(text):
    assert said(text) == []


@pytest.mark.parametrize(
    ("marked", "quote"),
    [
        ("“예산이 더 필요하다”고 평가하며 자리를 떴다.", "예산이 더 필요하다"),
        ("“예산이 더 필요합니다.”라고 분석하며 말을 맺었다.", "예산이 더 필요합니다."),
    ],
)
def test_a_statement_before_a_verb_that_names_is_still_a_quotation(marked, quote):
    assert said(f"윤서진 교수는 {marked}") == [(quote, "윤서진")]


def test_a_forecast_before_a_verb_that_names_is_still_a_quotation():
    text = "윤서진 교수는 “내년에는 수출이 늘 것”이라고 전망하며 자리를 떴다."
    assert said(text) == [("내년에는 수출이 늘 것", "윤서진")]


@pytest.mark.parametrize(
    "text",
    [
        "대만 시위대는 광장을 지나갔다.",
        "한국 비무장지대에서 새가 발견됐다.",
        "미국 구조대가 도착했다.",
    ],
)
def test_a_group_or_a_zone_in_dae_after_a_country_is_no_university(text):
    assert described(text) == []


def test_two_korean_names_before_one_role_are_no_body():
    assert described("최민준 윤서아 의원이 법안을 냈다.") == []
    assert described("최민준 누리뱅크 대표가 왔다.") == ["누리뱅크"]
