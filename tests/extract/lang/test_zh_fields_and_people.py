"""Chinese bodies named for two fields joined by a conjunction, and people
the dictionary does not know, by the words around them (made-up text)."""

import pytest

from reader.extract.lang.zh.cues import term_in_marks
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


def _people(text: str) -> set[str]:
    return {m.text for m in extract(text).entities if m.type == "PER"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("会议由局长主持。张立农同志介绍了今年的工作。", "张立农"),
        ("学校负责人蔺志强表示，新校区明年启用。", "蔺志强"),
        ("公司总监厉红波在会上发言。", "厉红波"),
        ("他的班主任叫孙秀梅，已经退休多年。", "孙秀梅"),
        ("球队的经纪人赵田签下了两名新球员。", "赵田"),
        ("销售部总监于晓峰略带激动地说，新车很受欢迎。", "于晓峰"),
    ],
)
def test_a_person_the_dictionary_does_not_know_is_found_by_the_words_around(text, person):
    assert person in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "会议结束后。全体同志都留下来合影。",
        "他去年搬到兰州工作，很少回家。",
        "观众大声叫好，演出很成功。",
        "这门课程注重人文性和趣味性。",
        "记者于昨日获悉，这座大桥将于明年春天通车。",
    ],
)
def test_no_person_in_an_ordinary_sentence_with_those_words(text):
    assert not _people(text)


def _quotes(text: str) -> list[str]:
    return [q.text for q in extract(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "孩子到了这个年龄就爱说“不”。张老师认为，家长不必着急。",
        "这笔投资能否带来“共赢”？业内人士认为还要再看。",
        "厂家一有机会就想换换“门第”。王经理表示，这很正常。",
        "复习的第二步是“过筛子”。李老师介绍，这样效果最好。",
        "邻居们都称他为“阿宝”。刘阿姨说，他从小就很乖。",
    ],
)
def test_a_word_in_marks_that_ends_its_clause_is_no_quotation(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("记者问起此事时，他只表示“不清楚”。", "不清楚"),
        ("她推开门大喊：“着火了”，楼里的人纷纷跑出来。", "着火了"),
    ],
)
def test_a_short_quotation_after_a_verb_of_speech_stays_one(text, said):
    assert said in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "长江重型机械有限公司（下称“长江重机”）今年产量翻番。王总经理说，订单已排到年底。",
        "这两个实验班统称“启明班”。李主任介绍，学生由考试选拔。",
        "同样自称“国内中型客车的第一品牌”的另一家企业降价了。张经理表示，会跟进。",
        "他2019年获“全省优秀教师”荣誉称号，曾多次参加教材编写。",
        "物理是理科考试的“难点”，可以说，得物理者得理综。",
    ],
)
def test_a_name_or_a_term_in_marks_is_no_quotation(text):
    assert _quotes(text) == []


def test_a_claim_with_its_punctuation_stays_a_quotation():
    text = "广告号称“一次见效，终身受益”，记者调查后发现并非如此。"
    assert "一次见效，终身受益" in _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "乘客小林用手机叫车，司机叫车后很快就到了。",
        "散会后大家叫车去火车站。",
        "会开完了，他叫车回家。",
    ],
)
def test_calling_for_a_car_or_a_meal_names_no_one(text):
    assert not _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("一个叫马秀梅的年轻人敲开了门。", "马秀梅"),
        ("新来的邻居叫车丽萍。", "车丽萍"),
    ],
)
def test_a_name_called_so_ends_its_clause_or_describes_a_noun(text, person):
    assert person in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "各部门要紧紧围绕改革与发展中心任务开展工作。",
        "各单位要紧紧围绕教育与科技中心任务抓好落实。",
    ],
)
def test_a_central_task_in_a_stock_phrase_is_no_centre(text):
    assert not extract(text).entities


def test_a_verb_phrase_opens_no_body_named_for_two_fields():
    assert not any(
        "紧紧" in m.text for m in extract("全市要紧紧围绕教育与科技中心开展工作。").entities
    )


def test_a_short_reply_after_a_verb_in_the_perfect_is_no_term():
    text = "记者追问时，他只说了“不清楚”。"
    start = text.index("“") + 1
    assert not term_in_marks(text, start, text.index("”"))


def test_a_claim_of_ones_own_is_said():
    assert "从没拿过一分钱" in _quotes("王建国自称“从没拿过一分钱”。")
