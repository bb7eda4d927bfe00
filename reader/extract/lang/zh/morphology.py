"""Chinese words and their kinds, from jieba's words and its dictionary's tags.

Chosen by measurement on the blind gold (``evaluation/analysers.py``): jieba's
proper nouns alone find 0.52 of the Chinese names at 3.6 ms an article with
its hidden Markov model for unknown words off, and 0.62 at 22 ms with it on;
THULAC finds 0.45 at 560 ms. The model is off: at 22 ms a Chinese article
would take the understanding phase past its budget (4.5 ms an article on
average), and the anchored rules of ``cjk_names`` find the unknown names
that speak (``王明华表示``). Tags: ``nr`` persons, ``nrt`` transliterated
names, ``ns`` places, ``nt`` organisations, ``nz`` other proper nouns.
Without the model, ``jieba.posseg`` tags a word by its dictionary entry
alone, so the words come from jieba's cut (``_cutter``, its compiled twin)
and their tags from the dictionary here (``_tags``), the same on all 248
corpus articles.
"""

from __future__ import annotations

import logging
import re
import sys
from functools import cache, lru_cache
from itertools import pairwise

from reader.extract import morphology as kinds
from reader.extract.model import EntityMention
from reader.extract.names import entity_key

_ORG_ENDS = frozenset(
    [
        "公司",
        "集团",
        "大学",
        "学院",
        "学校",
        "中学",
        "小学",
        "银行",
        "医院",
        "委员会",
        "协会",
        "学会",
        "研究所",
        "研究院",
        "研究中心",
        "中心",
        "基金会",
        "政府",
        "部",
        "局",
        "厅",
        "署",
        "委",
        "办",
        "党",
        "军",
        "队",
        "报",
        "报社",
        "日报",
        "晚报",
        "周报",
        "导报",
        "时报",
        "商报",
        "总局",
        "电视台",
        "通讯社",
        "出版社",
        "法院",
        "检察院",
        "俱乐部",
        "联盟",
        "工厂",
        "厂",
        "制药",
        "药业",
        "电器",
        "事务所",
        "公会",
        "组委会",
        # Media by their channel (`湖南卫视`, `江苏在线`, `中国某某网`), a
        # troupe (`黄梅戏剧团`), a firm's office named for its place
        # (`雷诺广州代表处`): they close a name after a place or a name as
        # 公司 does.
        "卫视",
        "在线",
        "网",
        "信息网",
        "代表处",
        "剧团",
    ]
)
_LOC_ENDS = frozenset(
    [
        "省",
        "市",
        "县",
        "区",
        "镇",
        "乡",
        "村",
        "州",
        "岛",
        "山",
        "河",
        "湖",
        "路",
        "街",
        "机场",
        "车站",
        # A bridge named for its place (`苏州桥`, `朝阳门桥`): Beijing
        # names its ring roads' junctions so.
        "桥",
        # A named building or venue is a place (`工人体育馆`, `国贸大厦`).
        "体育馆",
        "大厦",
        "教堂",
    ]
)
# After a place, these make a word of it, not a name (中国人, 汉语); after
# a name, 症 makes a disease's (`帕金森症`, a word jieba tags as a name
# before it: `多毛` `症`).
_NOT_NAME_AFTER = frozenset(["人", "语", "话", "式", "籍", "菜", "牌", "症"])
_WORDS = kinds.NameWords(
    org_ends=_ORG_ENDS,
    loc_ends=_LOC_ENDS,
    not_name=_NOT_NAME_AFTER,
)
_KINDS = {
    "nr": kinds.PER,
    "nrfg": kinds.PER,
    "nrt": kinds.PER,
    "ns": kinds.LOC,
    "nt": kinds.ORG,
    "nz": kinds.NAME,
}


@cache
def _surnames() -> frozenset[str]:
    from reader.extract.lang.zh.words import ZH_SURNAMES

    return frozenset(ZH_SURNAMES.split())


@cache
def _places() -> frozenset[str]:
    from reader.extract.cjk_places import ZH_PLACES

    return frozenset(ZH_PLACES.split())


def known_place(word: str) -> bool:
    """Whether ``word`` is a place of the lists (``cjk_places``)."""
    return word in _places()


@cache
def _given() -> frozenset[str]:
    from reader.extract.lang.zh.words import ZH_GIVEN

    return frozenset(ZH_GIVEN.split())


@cache
def _sounds() -> frozenset[str]:
    from reader.extract.lang.zh.words import ZH_TRANSLITERATION

    return frozenset(ZH_TRANSLITERATION.split())


def _transliterated(word: str) -> bool:
    """Whether a word is written in the characters of foreign names' sounds."""
    return all(c in _sounds() for c in word)


def surnamed(word: str) -> bool:
    """Whether ``word`` is a surname of the lists and a given name of one or
    two of the given names' characters (`王明华`), as a person's name is."""
    surname = word[:2] if word[:2] in _surnames() else word[:1]
    given = word[len(surname) :]
    return surname in _surnames() and 1 <= len(given) <= 2 and all(c in _given() for c in given)


# A person's name of three characters is rare in the dictionary (`龚意田`
# 3 times, `李翠英` 2); a word it tags as a name and counts more often is a
# common one (`白皮书`, `杜鹃花`), or a hero of a novel.
_RARE_NAME = 20


def _rare_full_name(word: str) -> bool:
    """Whether a three-character word the dictionary tags as a person is
    one though a given name's character is a rare one: a surname, then a
    given name that makes no common word (`意田`; not `皮书`, `绿色`) and has
    a given name's character (not `可法`, `光子`), no foreign name's part
    written by sound (`马利翁` of `皮格马利翁`)."""
    freq = _segmenter().FREQ
    return (
        len(word) == 3
        and word[0] in _surnames()
        and (word[1] in _given() or word[2] in _given())
        and not _transliterated(word)
        and freq.get(word, 0) < _RARE_NAME
        and freq.get(word[1:], 0) < _COMMON_PAIR
    )


# A name of two characters the dictionary counts this often is a word
# (`文明` 6,584 times, `祝福` 327), not a person (`李强` 159).
_COMMON_PAIR = 300


def is_person_word(word: str) -> bool:
    """Whether the dictionary has ``word`` whole and the analyser reads it
    as a person's name (``_kind``)."""
    return _kind(_tags().get(word, "x"), word) == kinds.PER


def cut_words(text: str) -> list[str]:
    """jieba's words of ``text``, from its dictionary alone (no HMM)."""
    return _cutter()(text, hmm=False)


def word_edges(text: str, lo: int, hi: int) -> list[int]:
    """Where jieba's words of ``text[lo:hi]`` begin and end, ``lo`` first and
    the slice's end last: a name a pattern finds is a word of its own only where it
    starts and ends on them (`研究中心` `孟明远`, not `中心孟`)."""
    edges = [lo]
    for word in cut_words(text[lo:hi]):
        edges.append(edges[-1] + len(word))
    return edges


def dictionary_count(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 for none of its words)."""
    return _segmenter().FREQ.get(word, 0)


def _common_pair(word: str) -> bool:
    return len(word) == 2 and _segmenter().FREQ.get(word, 0) >= _COMMON_PAIR


@cache
def _segmenter():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt


@cache
def _cutter():
    """jieba's segmentation without its model, compiled: ``rjieba`` (jieba-rs)
    builds the same word graph from the same dictionary and takes the same
    most probable route, 17 times faster than jieba's Python (a third of a
    Chinese article's extraction). Its cuts were the same as jieba's on
    every line of the 248 corpus articles and the benchmark's, on 23,000
    pieces of them cut at random, on 20,000 strings of mixed scripts,
    spaces and marks, and on 60,000 runs of dictionary words glued
    together. Its own copy of the dictionary costs about 30 MB resident, once
    per language group (``shared_analyser``); jieba stays for its
    dictionary's counts and tags."""
    import rjieba

    return rjieba.cut


@cache
def _tags() -> dict[str, str]:
    """jieba's part of speech for its nouns (``n``, ``nr``, ``ns``, ``nt``,
    ``nz``…) and abbreviations (``j``), the only words whose tag the rules read: jieba.posseg keeps
    every word's tag and its unused HMM tables, 54 MB more resident in each
    process that meets Chinese; these 230,000 tags take about half."""
    return _dictionary()[0]


def _char_tags() -> dict[str, str]:
    """jieba's part of speech for each word of one character (`拉` ``v``,
    `大` ``a``, `多` ``m``): about 5,000 more tags."""
    return _dictionary()[1]


@cache
def _dictionary() -> tuple[dict[str, str], dict[str, str]]:
    out: dict[str, str] = {}
    chars: dict[str, str] = {}
    with _segmenter().get_dict_file() as f:
        for line in f:
            word, _, tag = line.decode("utf-8").rstrip().rpartition(" ")
            word = word.rpartition(" ")[0]
            if len(word) == 1:
                chars[word] = sys.intern(tag)
            if tag.startswith("n") or tag in _FIELD_TAGS or tag == "j":
                out[word] = sys.intern(tag)
    return out, chars


def word_tags() -> dict[str, str]:
    """jieba's tags of its nouns, verbal nouns, set phrases and
    abbreviations (``j``: `一汽`, `车展`), by word."""
    return _tags()


# A verbal noun (``vn``: `教育`, `检验`) or a set phrase (``l``: `基础教育`,
# `少年儿童`) is the field an institution works in, inside its name before
# its suffix (`基础教育研究所`, `少年儿童心理咨询中心`), as a noun is.
_FIELD_TAGS = frozenset(("vn", "l"))


# Kinds of institution that a common word before them describes rather
# than names: `民办学校` (a private school), `重点中学`, `上市公司`,
# `中医医院`, `科研院所`; `北京大学`, `复旦大学`, `外交部` are names.
_GENERIC_ENDS = ("学校", "中学", "小学", "学院", "大学", "医院", "公司", "组织", "院所", "电台")
# A word before them the dictionary counts this often is a common one
# (`重点` 12,694, `民办` 520), unless it is a place or a proper noun
# (`南开` 155, `同济` 85, `复旦` tagged nz).
_COMMON_HEAD = 300
# A word jieba tags as a place and counts this often is a common word
# (`城市` 25,084, `上市` 3,199, `城镇` 2,194), not a district (`朝阳` 767).
_COMMON_PLACE_WORD = 2000
# What jieba tags as organisations and is a kind of teaching, a subject or
# a clause's word (`英语教学`, `英语专业`, `新闻学`, `国家有关`): no name.
_NOT_ORG_ENDS = ("教学", "专业", "有关")
_SCHOOLS = ("大学", "中学", "小学")


def _generic_institution(word: str) -> bool:
    for end in _GENERIC_ENDS:
        head = word.removesuffix(end)
        if head != word and head:
            # jieba tags some common words as places (`上市`, 3,199): a place
            # is one of the known ones.
            count = _segmenter().FREQ.get(head, 0)
            tag = _tags().get(head, "n")
            return (
                count >= _COMMON_HEAD
                and head not in _places()
                and tag not in ("nz", "nr", "nrt", "nrfg", "nt")
                # A district's name is a place less common than the words
                # jieba also calls places (`朝阳医院`; `城市学校`).
                and not (tag == "ns" and count < _COMMON_PLACE_WORD)
            )
    return False


# A newspaper or a site, named as one word (`羊城晚报`, `东方网`): jieba tags
# them ``nz``, an untyped proper noun, which alone is no name.
_MEDIA_ENDS = ("日报", "晚报", "周报", "导报", "时报", "商报", "报", "网")
# A listed company by its short name and trade (`格力电器`, `海正药业`,
# `宝钢股份`): jieba tags them ``nz``, like the common words its dictionary
# gives those ends (`二次能源`, `控股集团`), whose head is a common word.
_COMPANY_ENDS = ("电器", "电气", "制药", "药业", "科技", "电子", "控股", "股份", "实业", "集团")


def _listed_company(word: str) -> bool:
    if len(word) < 4 or not word.endswith(_COMPANY_ENDS):
        return False
    head = word[:-2]
    return _segmenter().FREQ.get(head, 0) < _COMMON_HEAD or _tags().get(head) in (
        "nz",
        "ns",
        "nr",
        "nt",
    )


# Words inside an institution's name before its suffix: its parent and its
# number (`上海交通大学` `附属` `第三` `医院`, `上海市` `第一` `中级法院`).
_INSIDE_ORG = re.compile(r"附属|直属|第[一二三四五六七八九十]+")
_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,3}中")


# What an office, a society or a ministry's word ends in (`人事局`, `医学会`,
# `会计师公会`, `移民部`), and the words that end so and are none (`布局`, a
# layout; `干部`, a cadre).
_BODY_ENDS = ("局", "学会", "协会", "研究会", "联合会", "公会", "组委会", "部")
_NOT_BODY_ENDS = (
    "布局",
    "格局",
    "结局",
    "邮局",
    "当局",
    "同学会",
    # Parts, regions and cadres, not ministries (`领导干部`, `中西部`).
    "干部",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "内部",
    "外部",
    "全部",
    "局部",
    "总部",
    "头部",
    "面部",
    "腹部",
    "胸部",
    "背部",
    "底部",
    "顶部",
    "上部",
    "下部",
    "前部",
    "后部",
)


def _centre(word: str) -> bool:
    """Whether a word is a kind of centre (`管理中心`, `考试中心`,
    `服务中心`), which closes a body's name after a place (`北京市`
    `学生装` `管理中心`) as `中心` alone does; not the middle of a town
    (`市中心`)."""
    return len(word) >= 4 and word.endswith("中心")


def _body(word: str) -> bool:
    return len(word) >= 3 and word.endswith(_BODY_ENDS) and not word.endswith(_NOT_BODY_ENDS)


# Tags of a proper noun, and those the dictionary gives a place with its
# unit's word besides its own (`杨浦区` and `杨浦` are both ``nr``).
_PROPER_TAGS = frozenset(("ns", "nr", "nrt", "nz", "nrfg"))
_UNIT_WORD_TAGS = frozenset(("n", "nr", "nrt", "nz", "nrfg", "l", "vn"))


def _named_unit(flag: str, word: str) -> bool:
    """Whether a word is a place with its unit's word that jieba tags as
    something else (`杨浦区`, `徐汇区`, `万全县`, `东升镇`: as a person's
    name): the unit's word after a proper noun of the dictionary names a
    district, a county or a town (of 408 such words, two are none:
    `陆军省`, `外县市`); not after a common word (`上传区`, `丘陵区`)."""
    return (
        len(word) >= 3
        and word[-1] in _UNITS
        and flag in _UNIT_WORD_TAGS
        and _tags().get(word[:-1]) in _PROPER_TAGS
    )


# What ends a word of two common words that names a place or a body all
# the same (`天坛公园`, `民生银行`, `文汇出版社`, `联邦快递`): its kind's word
# (with a company's trade, ``_TRADES``).
_NAMED_KIND_ENDS = (
    *_ORG_ENDS,
    *_GENERIC_ENDS,
    *_BODY_ENDS,
    *_LOC_ENDS,
    "公园",
    "广场",
    "花园",
    "博物馆",
    "林区",
    "大厦",
    "宾馆",
    "酒店",
    "国",
    "中央",
    "工业",
    "证券",
    "快递",
    "生物",
    "油田",
    "国际",
    "女篮",
    "男篮",
)
# The words of a body, an assembly or a venue that close an institution's
# name after a common word (`中央` `党校`, `全国` `总工会`, `中央` `芭蕾舞团`,
# `国家` `图书馆`, `人民` `大会堂`, `中央` `书记处`, `第二` `炮兵`): the
# national bodies' names are made so, of a common opener and their kind's
# word. Words, not characters: `社会`, `机会` end in `会`, and `高校`,
# `院校`, `大院` are classes and places of many (`全国高校`, `机关大院`).
_BODY_OR_VENUE_ENDS = (
    "大会",
    "全会",
    "工会",
    "商会",
    "议会",
    "国会",
    "团",
    "馆",
    "大会堂",
    "剧社",
    "书记处",
    "党校",
    "剧院",
    "法庭",
    "炮兵",
)
# A proper noun's tags, an organisation's and an abbreviation's (`一汽`).
_NAME_TAGS = _PROPER_TAGS | {"nt", "j"}
# What a common word takes to make an abstract noun of it (`满意度`,
# `法律化`, `国际化`): no name ends so.
_ABSTRACT_ENDS = frozenset("度化性率")
# Each of the two words is this common at least (`轻松` and `自如`, `公共`
# and `信息`), so the pair says what it is in the dictionary's own words.
_COMMON_PART = 100


@lru_cache(maxsize=20_000)
def common_compound(word: str) -> bool:
    """Whether a word jieba tags as a place or an organisation is two
    common words of its dictionary, neither of them a proper noun nor the
    word of a place's or a body's kind: a phrase, an idiom or a common
    noun that the dictionary's tag makes no name of (`轻松自如`, `加大力度`,
    `自觉遵守`, `满意度`, tagged ``ns``; `公共信息`, `联合开发`, `中学教师`,
    `国际化`, tagged ``nt``). A name is made of a name and its kind's
    word (`莲花山`, `天坛公园`, `交通银行`), which this leaves alone. Of
    jieba's 11,013 places of three characters or more, 2 of them known ones
    (`比利时`, `葡萄牙`) would split so at one character: both words have
    two characters or more, or the second makes an abstract noun."""
    freq = _segmenter().FREQ
    tags = _tags()
    if _modified_word(word):
        return True
    for i in range(2, len(word)):
        head, tail = word[:i], word[i:]
        if (
            freq.get(head, 0) >= _COMMON_PART
            and (tail in _ABSTRACT_ENDS or (len(tail) >= 2 and freq.get(tail, 0) >= _COMMON_PART))
            and tags.get(head) not in _NAME_TAGS
            and tags.get(tail) not in _NAME_TAGS
            and not tail.endswith(_NAMED_KIND_ENDS)
            and not tail.endswith(_BODY_OR_VENUE_ENDS)
            and not tail.endswith(_TRADES)
        ):
            return True
    return False


# What a word of one character is when it is no name's first (jieba's
# tags): a verb (`拉`), an adjective (`大`, `新`, `远`), a numeral (`多`),
# a pronoun (`各`), an adverb (`太`), a prefix (`非`), a classifier.
_MODIFIER_TAGS = frozenset(("v", "vg", "a", "ad", "m", "r", "d", "h", "q", "zg"))


def _modified_word(word: str) -> bool:
    """Whether a word jieba tags as a place is a common word of two
    characters or more after a verb, an adjective, a numeral or an adverb
    of one (`拉` `下马`, `远` `超过`, `多` `角度`, `新` `东家`, `大` `城市`):
    a phrase, not a name; a place's name opens with a name's character
    (`德` `意志`, `昆` `山石`: jieba tags those as places or nouns), and
    its kind's word (`城市`, `公园`) leaves it alone. Of jieba's 11,013
    places of three characters or more, 83 split so, none a place of the
    lists, a few names among them (`长三角`, `广东站`)."""
    head, tail = word[:1], word[1:]
    return (
        len(tail) >= 2
        and _tags().get(word) == "ns"
        and _char_tags().get(head) in _MODIFIER_TAGS
        and _segmenter().FREQ.get(tail, 0) >= _COMMON_PART
        and _tags().get(tail) not in _NAME_TAGS
        and not tail.endswith(_NAMED_KIND_ENDS)
        and not tail.endswith(_BODY_OR_VENUE_ENDS)
        and not tail.endswith(_TRADES)
        and word not in _places()
    )


# Cached, as news repeats its words: the checks on a word's ending cost a
# tenth of the analysis when made for each of an article's words.
@lru_cache(maxsize=50_000)
def _kind(flag: str, word: str) -> str:
    if flag == "nz" and len(word) >= 3 and word.endswith(_MEDIA_ENDS):
        return kinds.ORG
    if flag == "nz" and _listed_company(word):
        return kinds.ORG
    if _named_unit(flag, word):
        return kinds.LOC
    if _INSIDE_ORG.fullmatch(word):
        return kinds.NOUN
    if flag in ("ns", "nt") and len(word) >= 3 and common_compound(word):
        return kinds.NOUN
    if _NUMBERED_SCHOOL.fullmatch(word):
        # A town's middle school by its number (`南京` `一中`).
        return kinds.ORG_END
    kind = _KINDS.get(flag)
    if flag == "nrt" and not _transliterated(word):
        # A phrase tagged as a foreign name (`令人`, `二人`, `在城镇`).
        return kinds.NOUN
    if kind == kinds.ORG and _generic_institution(word):
        # No name alone, but it closes one after a place (`北京市中医医院`).
        return kinds.ORG_END
    if (
        kind == kinds.PER
        and flag != "nrt"
        and (not (surnamed(word) or _rare_full_name(word)) or _common_pair(word))
    ):
        # jieba's dictionary tags many common words as names (康复, 白皮书):
        # a Chinese person's name is a family name and one or two
        # characters that given names use.
        return kinds.NOUN
    if kind == kinds.ORG and (
        word.endswith(_NOT_ORG_ENDS) or (word.endswith("学") and not word.endswith(_SCHOOLS))
    ):
        return kinds.NOUN
    if (
        kind == kinds.LOC
        and len(word) < 3
        and word not in _places()
        and _segmenter().FREQ.get(word, 0) >= _COMMON_PLACE_WORD
    ):
        # A common word jieba calls a place (`城市学校` is no name).
        return kinds.NOUN
    if kind == kinds.LOC and len(word) < 3 and word not in _places():
        # ...and common words as places (城市, 东西); a short place name
        # counts alone only when it is a known one, and otherwise only
        # inside a longer name (`城市` `公办` `学校` is no name either).
        return kinds.NAME
    if kind is not None:
        return kind
    listed = _WORDS.kind(word)
    if listed is not None:
        return listed
    if flag in _FIELD_TAGS:
        return kinds.NOUN
    if flag.startswith("n"):
        # A kind of institution (`口腔医院`, `儿童医院`) or of office or
        # society (`人事局`, `医学会`) closes a name after one, as its suffix
        # alone does (`深圳市人事局`, `上海市医学会`).
        if word.endswith(_GENERIC_ENDS) or _body(word) or _centre(word):
            return kinds.ORG_END
        return kinds.NOUN
    return kinds.OTHER


# Words for a place's area or its parts that jieba's dictionary writes
# glued to a place's name as one place (`北京地区`, `欧美各国`, `西亚地区`).
_AREAS = ("地区", "各国", "各省", "各地", "一带", "境内")


@lru_cache(maxsize=5_000)
def _area_of(word: str) -> int:
    """How long the place is that a word of the dictionary opens before a
    word for its area (`北京` of `北京地区`, `欧美` of `欧美各国`): the place
    is the name, its area a common word after it; 0 for other words."""
    for area in _AREAS:
        head = word.removesuffix(area)
        if head != word and len(head) >= 2 and _tags().get(head) == "ns":
            return len(head)
    return 0


def morphemes(text: str, start: int, end: int) -> list[kinds.Morpheme]:
    """The words of ``text[start:end]`` with their kinds: jieba's words from
    its dictionary alone (no HMM), each with its dictionary tag."""
    tags = _tags()
    out: list[kinds.Morpheme] = []
    listed: list[int] = []
    at = start
    for word in _cutter()(text[start:end], hmm=False):
        flag = tags.get(word, "x")
        place = _area_of(word) if flag == "ns" and len(word) >= 4 else 0
        if place:
            # The head is a place by the dictionary's own word for it and
            # its area (`华北地区`, `欧美各国`), even where ``_kind`` calls a
            # short place alone a common word (`华北`, `欧美`).
            out.append(kinds.Morpheme(at, at + place, kinds.LOC))
            out.append(kinds.Morpheme(at + place, at + len(word), kinds.OTHER))
            at += len(word)
            continue
        kind = _kind(flag, word)
        if kind == kinds.NAME and tags.get(word) == "ns":
            listed.append(len(out))
        out.append(kinds.Morpheme(at, at + len(word), kind))
        at += len(word)
    if listed:
        _places_in_lists(text, out, listed)
        _places_after_locatives(text, out, listed)
    return _joined_fields(text, _local_places(text, _companies_by_trade(text, out)))


# The conjunctions a body's name joins its two fields with (`法律与心理咨询
# 中心`, `数学与统计学院`, `食品及药物管理局`, `发展和改革委员会`).
_FIELD_JOINS = frozenset("与和及")
# The last characters of a word for a place or a body of its own
# (`基地`, `工厂`, `部门`, `政府`, `小组`): before a conjunction such a word
# is a thing of its own, joined to another (`基地和就业指导中心`), no field.
_UNIT_CHARS = frozenset("地厂区部门校院心会局站所组府处室库馆场园队司委办")
# The kinds of body named for two fields (`学院`, `研究中心`, `管理局`,
# `委员会`, `社会保障部`): a school, a government (`各级政府`) or a paper
# (`京华时报`) is not named so, and a word that ends in one of these is
# another's name or a clause's (`态度和行动积极响应政府`).
_FIELD_BODIES = ("学院", "中心", "研究所", "研究院", "委员会", "学会", "协会", "研究会", "局", "部")
# How many field words a side holds at most (`物理` `科学`, `政策` `研究`).
_FIELD_WORDS = 2
# What opens a national body's name before its fields (`国家发展与改革委员会`).
_NATIONAL = frozenset(("国家", "中央"))
# The nouns `中心` describes as "central" rather than names a centre before
# (`改革与发展中心任务`, `教育与培训中心环节`): a stock phrase of
# Chinese political and news prose, no body's name.
_CENTRAL = frozenset(
    ("任务", "工作", "环节", "地位", "问题", "思想", "位置", "议题", "内容", "目标", "地带")
)


def _noun_field(word: str) -> bool:
    """Whether the dictionary tags ``word`` a noun or a verbal noun: a set
    phrase (``l``) reads as a field inside a name after its parent, but may
    be a verb's or an adverb's (`紧紧围绕`) and opens no name alone."""
    tag = _tags().get(word, "x")
    return tag.startswith("n") or tag == "vn"


def _field(text: str, item: kinds.Morpheme) -> bool:
    """Whether a word may be a field of a body's name: a common word (or
    one the dictionary calls a proper noun of no type, `心理咨询`) of two
    characters or more, all Chinese, not itself a place or a body's."""
    word = text[item.start : item.end]
    return (
        item.kind in (kinds.NOUN, kinds.OTHER, kinds.NAME)
        and len(word) >= 2
        and _HAN_WORD.fullmatch(word) is not None
        and word[-1] not in _UNIT_CHARS
    )


def _joined_fields(text: str, items: list[kinds.Morpheme]) -> list[kinds.Morpheme]:
    """``items`` with a body's name whose two fields a conjunction joins
    made one run (`北京市` `青少年` `法律` `与` `心理咨询` `中心`): Chinese names
    a school, a centre or an office for the two fields it serves so, and
    the name runs from its parent (a place, a university, ``国家``) or its
    first field to its kind. The conjunction stands as a word of its own
    between common words of a field, one or two on each side, the body's
    kind right after the second side; two bodies joined (`测评基地和就业指导
    中心`, `武汉大学和武汉科技学院`) have a place's or a body's word on a side.
    The conjunction and the fields become inside words (``NOUN``); with no
    parent, the first field opens the run as an organisation's word."""
    joins = [
        i
        for i, item in enumerate(items)
        if item.end - item.start == 1
        and text[item.start] in _FIELD_JOINS
        and 0 < i < len(items) - 2
    ]
    for i in joins:
        after = i + 1
        while (
            after < len(items)
            and after - i <= _FIELD_WORDS
            and _touch_at(items, after)
            and _field(text, items[after])
        ):
            after += 1
        if after == i + 1 or after >= len(items) or not _touch_at(items, after):
            continue
        kind = text[items[after].start : items[after].end]
        if items[after].kind != kinds.ORG_END or len(kind) < 2 or not kind.endswith(_FIELD_BODIES):
            continue
        if (
            kind == "中心"
            and after + 1 < len(items)
            and _touch_at(items, after + 1)
            and text[items[after + 1].start : items[after + 1].end] in _CENTRAL
        ):
            continue
        first = i
        while (
            first > 0
            and i - first < _FIELD_WORDS
            and _touch_at(items, first)
            and _field(text, items[first - 1])
        ):
            first -= 1
        if first == i:
            continue
        parent = (
            first > 0
            and _touch_at(items, first)
            and (
                items[first - 1].kind in (kinds.LOC, kinds.ORG, kinds.ORG_END)
                or text[items[first - 1].start : items[first - 1].end] in _NATIONAL
            )
        )
        if not parent:
            # With no parent, only nouns name the fields (`挂靠在` `数学`),
            # no verb nor adverb (`紧紧围绕` `改革`).
            while first < i and (
                items[first].kind != kinds.NOUN
                or not _noun_field(text[items[first].start : items[first].end])
            ):
                first += 1
            if first == i:
                continue
        opens = kinds.NOUN if parent else kinds.ORG
        for k in range(first, after):
            kind = opens if k == first else kinds.NOUN
            items[k] = kinds.Morpheme(items[k].start, items[k].end, kind)
        if parent and items[first - 1].kind not in (kinds.LOC, kinds.ORG, kinds.ORG_END):
            national = items[first - 1]
            items[first - 1] = kinds.Morpheme(national.start, national.end, kinds.ORG)
    return items


def _touch_at(items: list[kinds.Morpheme], j: int) -> bool:
    return items[j - 1].end == items[j].start


# What a company does, written right after its own short name to make its
# full one (`X动力`, `X科技`, `X娱乐`, `X汽车`): a person's
# name is never glued to one.
_TRADES = (
    *_COMPANY_ENDS,
    "动力",
    "娱乐",
    "汽车",
    "能源",
    "通信",
    "传媒",
    "物流",
    "机械",
    "智能",
    "网络",
    "软件",
    "重工",
    "航空",
    "地产",
    "食品",
)


def _companies_by_trade(text: str, items: list[kinds.Morpheme]) -> list[kinds.Morpheme]:
    """``items`` with a name the analyser reads as a person's made one
    company's with the trade written right after it (`努里` `动力`: the
    company 努里动力, whose short form 努里 names no person). The company's
    name is one of its own: an empty word before it keeps the description
    written before it out (`机器人企业` `努里动力`, a robot maker named so)."""
    out: list[kinds.Morpheme] = []
    for item in items:
        if (
            out
            and out[-1].kind == kinds.PER
            and out[-1].end == item.start
            and text[item.start : item.end] in _TRADES
        ):
            name = out.pop()
            out.append(kinds.Morpheme(name.start, name.start, kinds.OTHER))
            out.append(kinds.Morpheme(name.start, item.end, kinds.ORG))
            continue
        out.append(item)
    return out


# What closes the name of a unit of China's administration, from a province
# to a village (`河北省`, `琼中县`, `淑阳镇`, `胡庄村`).
_UNITS = "省市县区镇乡村"
_VILLAGES = "镇乡村"
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _rare(word: str) -> bool:
    return _segmenter().FREQ.get(word, 0) < _COMMON_HEAD


def _local_places(text: str, items: list[kinds.Morpheme]) -> list[kinds.Morpheme]:
    """``items`` with the small places jieba does not know as such made
    places: a town's or a village's word of its own that the dictionary
    has but rarely, whose head is no common word (`淑阳镇`, `胡庄村`; not
    `度假村`, `地球村`, `全村`, `新型农村`; not a phrase jieba calls a foreign name,
    `在城镇`), and a name jieba tags as a place, a person or a foreign one
    written right before a unit's word (`琼中` `县`; not `每个` `县`, `设点`
    `市`, a verb): China names its counties, towns and villages so."""
    # Only a word that ends in a unit's character is looked at: most end in
    # none, and this runs over every word of a Chinese article.
    if not any(text[item.end - 1] in _UNITS for item in items):
        return items
    out: list[kinds.Morpheme] = []
    for item in items:
        if text[item.end - 1] not in _UNITS:
            out.append(item)
            continue
        word = text[item.start : item.end]
        if (
            len(word) >= 3
            and word[-1] in _VILLAGES
            and item.kind in (kinds.NOUN, kinds.NAME, kinds.PER, kinds.OTHER)
            and _rare(word)
            and _rare(word[:-1])
            and _rare(word[-2:])
            and _tags().get(word) != "nrt"
        ):
            item = kinds.Morpheme(item.start, item.end, kinds.LOC)
        elif (
            out
            and len(word) == 1
            and out[-1].end == item.start
            and out[-1].kind in (kinds.NOUN, kinds.NAME, kinds.OTHER, kinds.PER)
            and out[-1].end - out[-1].start >= 2
            and _HAN_WORD.fullmatch(text, out[-1].start, out[-1].end)
        ):
            head = text[out[-1].start : out[-1].end]
            if _tags().get(head) in ("ns", "nrt", "nr", "nz"):
                item = kinds.Morpheme(out.pop().start, item.end, kinds.LOC)
        out.append(item)
    return out


# Where a run of places written together is cut into its places: after a
# unit's word (`北京市` `海淀区`), and after a road's or a street's
# (`万泉河路`, `长安街`).
_ADDRESS_ENDS = _UNITS + "路街"


def _unit_place(text: str, item: kinds.Morpheme) -> bool:
    """Whether a word is a place with its unit's word (`北京市`, `海淀区`,
    `琼中县`): one the analyser reads as a place, or as a body when it is
    a zone (`经济技术开发区`), three characters or more, so not a common
    word (`城市`, `山区`, jieba's places too)."""
    return (
        item.end - item.start >= 3
        and (item.kind == kinds.LOC or (item.kind == kinds.ORG and text[item.end - 1] == "区"))
        and text[item.end - 1] in _UNITS
    )


def _road(text: str, item: kinds.Morpheme) -> bool:
    """Whether a word is a road's or a street's name (`建国路`, `长安街`) or
    the word for one after its name (`万泉河` `路`)."""
    word = text[item.start : item.end]
    return word[-1] in "路街" and (len(word) >= 3 or item.kind == kinds.LOC_END)


def _whole_organisation(
    text: str, mention: EntityMention, items: list[kinds.Morpheme]
) -> EntityMention | None:
    """The organisation a run opens with when only untyped words follow its
    name, none of them the kind of a body (`华东师范大学` `心理咨询` before
    `师`, a counsellor): a Chinese organisation's name ends in its kind,
    and what follows it is about it. None when the run is no such one."""
    orgs = [i for i, item in enumerate(items) if item.kind == kinds.ORG]
    if mention.type != kinds.ORG or not orgs or orgs[-1] == len(items) - 1:
        return None
    if any(item.kind not in (kinds.NAME, kinds.NOUN) for item in items[orgs[-1] + 1 :]):
        return None
    end = items[orgs[-1]].end
    name = text[mention.start : end]
    return EntityMention(name, kinds.ORG, mention.start, end, entity_key(name))


# A run this long at least may hold places or run on past an organisation's
# name (`湖北京山孙桥镇`, `德国大众深度`).
_RUNS_ON = 5


def _may_hold_parts(mention: EntityMention) -> bool:
    """Whether a run may be an address or an organisation run on past its
    name, before it is cut into words again: a place's or a road's
    character before its end, or one at its end and places before it
    (`湖北京山孙桥镇`), or an organisation's name long enough."""
    name = mention.text
    return (
        any(c in _ADDRESS_ENDS for c in name[:-1])
        or (name[-1] in _ADDRESS_ENDS and len(name) >= _RUNS_ON)
        or (mention.type == kinds.ORG and len(name) >= _RUNS_ON)
    )


def address_parts(text: str, mention: EntityMention) -> list[EntityMention]:
    """The places of an address written as one run (``北京市海淀区万泉河路``:
    a city, its district, a road), each a name of its own, as the gold and
    a reader count them; a name that ends in an institution's word
    (``江苏省泰州中学``, ``北京市教育学会``) is one organisation's, its
    place inside it. What follows the last place and closes no place's or
    body's name (``回龙观华德``, a dealer's) is dropped from an organisation's
    run, kept in a place's."""
    if mention.type not in (kinds.LOC, kinds.ORG) or not _may_hold_parts(mention):
        return [mention]
    items = morphemes(text, mention.start, mention.end)
    if mention.type == kinds.ORG and items[-1].kind in (kinds.ORG_END, kinds.ORG):
        return [mention]
    address = _unit_place(text, items[-1]) or text[mention.end - 1] in "路街"
    whole = None if address else _whole_organisation(text, mention, items)
    if whole is not None:
        return [whole]
    # A run that ends in a place with its unit's word, or in a road, is an
    # address: every place in it is whole where the next word closes no
    # place's name (`湖北` `京山` `孙桥镇`; not `万泉河` before `路`, `宏达`
    # before `北路`). A common word ending so is none (`农村`, `厂区`, `社区`).
    cuts = [
        item.end
        for item, after in pairwise(items)
        if _unit_place(text, item)
        or _road(text, item)
        or (
            address
            and item.kind in (kinds.LOC, kinds.NAME)
            and item.end - item.start >= 2
            and after.kind != kinds.LOC_END
            and text[after.end - 1] not in "路街"
        )
    ]
    if not cuts:
        return [mention]
    out = []
    at = mention.start
    for end in [*cuts, mention.end]:
        name = text[at:end]
        place = end != mention.end or name[-1] in _ADDRESS_ENDS or mention.type == kinds.LOC
        if len(name) >= 2 and place:
            out.append(EntityMention(name, kinds.LOC, at, end, entity_key(name)))
        at = end
    return out


# Prepositions and verbs of place and motion: what follows them is where
# (`在秭归设立`, `到澳洲留学`, `位于海淀`).
_LOCATIVES = frozenset(
    ("在", "到", "去", "赴", "往", "至", "于", "从", "来自", "位于", "前往", "飞往", "来到", "抵达")
)


def _places_after_locatives(text: str, items: list[kinds.Morpheme], candidates: list[int]) -> None:
    """Short words jieba calls places, not known ones, are places right
    after a preposition or a verb of place or motion (`在秭归`, `到澳洲`) or
    a place they lie in (`三峡秭归`, when the place is one), followed by no
    more of a name: the sentence says it is where."""
    for i in candidates:
        if (
            items[i].kind == kinds.NAME
            and i > 0
            and (
                text[items[i - 1].start : items[i - 1].end] in _LOCATIVES
                or (items[i - 1].kind == kinds.LOC and items[i - 1].end == items[i].start)
            )
            and (i + 1 == len(items) or items[i + 1].kind in (kinds.OTHER, kinds.NOUN))
        ):
            items[i].kind = kinds.LOC


def _places_in_lists(text: str, items: list[kinds.Morpheme], candidates: list[int]) -> None:
    """Short words jieba calls places, not known ones, are places when listed
    with a place (`合肥、亳州、淮北`; jieba calls 合肥 a common noun, the
    list of places knows it): a list holds things of one kind."""
    for _ in range(2):
        for i in candidates:
            if items[i].kind != kinds.NAME:
                continue
            for j in (i - 2, i + 2):
                if (
                    0 <= j < len(items)
                    and (
                        items[j].kind == kinds.LOC
                        or text[items[j].start : items[j].end] in _places()
                    )
                    and text[items[(i + j) // 2].start : items[(i + j) // 2].end] == "、"
                ):
                    items[i].kind = kinds.LOC
                    break


ANALYSER = kinds.Analyser(morphemes, untyped=None, gap="", untyped_opens=False, parts=address_parts)
