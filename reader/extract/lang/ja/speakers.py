"""Who said a Japanese quotation whose cue names nobody by name.

A quotation with a cue and no topic (``…導入した。「…」と話した``) is the
topic's: Japanese leaves out a subject the story already has. After
``…のが菅原一郎くん。`` or ``山田さんは昨年、店を継いだ。`` the next sentences,
quotations and their ``と語った`` included, are that person's until another
topic is set. The topic is a person marked by ``は``, ``が`` or ``も``
(behind an honorific, a title or an age in brackets), or a person the
sentence ends on (``…のが山田さん。``, ``…ルーキー＝山田だが``); a person in
any other place is a partner, an object or a modifier (``山田氏との対談で``,
``山田氏に渡した``, ``山田ふんする役``), not who speaks next, but for the
person an interview asks (``山田氏に話を聞いた。``), who answers.

A survey or a street interview gives who answered by age and gender, in
brackets after the answer (``「…」（30代・女性）``): a described speaker,
kept as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.extract.cjk_names import longer_name
from reader.extract.lang.ja.cues import DESCRIBED, POSTED
from reader.extract.lang.ja.words import JA_NAME_HONORIFICS, JA_NAME_TITLES, alternation
from reader.extract.model import Mentions

# What may stand between a name and the particle that makes it the topic:
# an honorific or title (`さん`, `くん`, `選手`, `社長`), an age or a group
# in brackets (`（24）`).
_BEHIND = re.compile(
    rf"(?:{alternation(JA_NAME_HONORIFICS, JA_NAME_TITLES)})?"
    r"(?:\s*[（(][^（）()「」]{1,12}[）)])?"
)
# The topic particles, or the end of the sentence: a copula or a full stop.
# Or the person an interview asks (`おおさわさんに、絵本の魅力について伺った。`):
# the one asked answers in the quotations that follow; or the person whose
# story or view the sentence brings in (`典子さん（35歳）の失敗した話を紹介。`),
# who tells it.
_TOPIC = re.compile(
    r"(?:は|が|も)(?!ら)|(?:だ|だった|です|でした|である)?[。！？]|だ(?:った)?が|でした?が"
    r"|に、?[^。「」]{0,30}?(?:聞|伺|尋ね|訊)[^。「」]{0,10}?[。：:]"
    r"|の[^。「」、]{0,10}?(?:話|エピソード|体験|経験|意見|本音)[^。「」]{0,16}?[。！：:]"
)
_SENTENCE_END = re.compile(r"[。！？]")
# How many sentences back a topic stays the subject of a quotation.
_SENTENCES_BACK = 4


def topic_before(text: str, position: int, floor: int, entities: Mentions) -> str | None:
    """The person the sentences before ``position`` (from ``floor``, the
    paragraph's start) are about: the last person set as a topic in the
    quotation's own sentence or the few before it, by full name; None when
    no person is: a person named in passing (``大野修演じる父親``) is no
    better guess, and taking one moved nothing on the blind dev gold."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, position)]
    starts = [floor, *ends][-(_SENTENCES_BACK + 1) :]
    near = [
        m
        for m in entities.overlapping(starts[0], position)
        if m.start >= starts[0] and m.end <= position
    ]
    by_form = _topic_by_form(text, max(starts[0], position - _BY_FORM_BACK), position)
    for mention in reversed(near):
        if mention.type != "PER" or _quoted(text, starts[0], mention.start):
            continue
        if by_form is not None and by_form[1] > mention.start and by_form[2]:
            break
        behind = _BEHIND.match(text, mention.end, position)
        if _TOPIC.match(text, behind.end(), position):
            name = entities.full_names[mention.key]
            return longer_name(name, entities) or name
    if by_form is not None:
        return longer_name(by_form[0], entities) or by_form[0]
    # No person: an organisation set as the topic speaks (`グリーは…発表した。
    # 「…」とコメントしている`), its statement quoted with a statement's cue.
    if not _statement_cue(text, position):
        return None
    # Or the organisation referred back to (`同社は、⏎「…」とコメントしている`).
    same = [
        m
        for m in _SAME_BODY.finditer(text, starts[0], position)
        if _ORG_TOPIC.match(text, m.end(), position)
    ]
    for mention in reversed(near):
        if mention.type == "ORG" and _ORG_TOPIC.match(text, mention.end, position):
            if same and same[-1].start() > mention.start:
                break
            return mention.text
    return _last_organisation(same[-1].start(), entities, same[-1].group(1)) if same else None


# A topic phrase that opens a clause (`ユージは、`, `モデルのミサキが`): a
# run of kanji, katakana or Latin letters, a title, then the topic particle.
_TOPIC_PHRASE = re.compile(
    r"(?:(?<=[。！？\n、」』の\u3000])|^)"
    r"(?P<who>[\u4e00-\u9fff々\u30a1-\u30faー・＝A-Za-zＡ-Ｚａ-ｚ]{1,12}?)"
    rf"(?P<title>{alternation(JA_NAME_HONORIFICS, JA_NAME_TITLES)})?(?:は|が|も)(?!ら)"
)


# How far back before a quotation a topic phrase is looked for by its form:
# a few sentences, so that a long paragraph is not read again for each of
# its quotations.
_BY_FORM_BACK = 300


def _topic_by_form(text: str, floor: int, position: int) -> tuple[str, int, bool] | None:
    """The last topic phrase in ``text[floor:position]`` that is a person
    by its form (``person_by_form``: `モデルのミサキは`, `ユウキは`), though
    no entity names it, with where it stands and whether it is sure: a
    name with an honorific or a role after it, one the analyser reads as a
    person's, one it does not know, or one in Latin letters, is; a word the
    dictionary knows set after what someone is (`監督の…は`) may be a thing
    of theirs, so it speaks only where no named person is the topic. Not
    one inside a quotation."""
    for m in reversed(list(_TOPIC_PHRASE.finditer(text, floor, position))):
        if _quoted(text, floor, m.start()):
            continue
        person = person_by_form(text, m.group("who"), m.start("who"))
        if person is not None:
            words = _words(person)
            sure = (
                m.group("title") is not None
                or any(pos[1:3] == ("固有名詞", "人名") or oov for _, pos, oov in words)
                or re.fullmatch(r"[A-Za-zＡ-Ｚａ-ｚ]+", person) is not None
            )
            return person, m.start("who"), sure
    return None


def _quoted(text: str, floor: int, position: int) -> bool:
    """Whether ``position`` stands inside a quotation opened after
    ``floor``: a name there (`「山田さんが来た。…」とつづり`) is what
    someone said, not the topic of the sentences that tell the story."""
    return text.rfind("「", floor, position) > text.rfind("」", floor, position)


# An organisation is the topic with は or が (not も: `ソニーも` adds it to a list).
_ORG_TOPIC = re.compile(r"(?:は|が)(?!ら)")
# The cues an organisation's statement is quoted with (`」とコメントしている。`,
# `」としている。`, `」と発表した、`, `」と発言。`), the clause ending on the
# verb, or going on with `が` (`」としているが、`), after the quotations the statement runs over (`」「…」と発言`). A cue
# that goes on to a noun (`」と不安を口にする主婦もいる`, `」と話す人も`) is a
# relative clause: the noun is who said it, no organisation.
_ORG_STATEMENT = re.compile(
    r"(?:、?「[^「」]*」)*\s*と、?"
    r"(?:(?:のコメントを(?:出|発表)し|し|述べ)(?:ている|ていた|ています|ていました|た|ます|ました)"
    r"|(?:コメント|発表|説明|発言)(?:し(?:ている|ていた|ています|ていました|た|ます|ました))?)"
    r"(?=[。、」）)]|$|が、)"
)
_CLOSING = {"「": "」", "『": "』"}


def _statement_cue(text: str, position: int) -> bool:
    """Whether the quotation that opens at ``position`` (its mark or its
    first word) is closed by a cue an organisation's statement is quoted
    with."""
    mark = text[max(0, position - 1) : position + 1]
    close = _CLOSING.get(mark[-1]) or _CLOSING.get(mark[0])
    end = text.find(close, position) if close else -1
    return end >= 0 and _ORG_STATEMENT.match(text, end + 1) is not None


_DESCRIBED = re.compile(DESCRIBED)


# Words for someone by what they are to the story (`球団の広報担当`,
# `同社の関係者`, `近所の住民`), or to the writer or the person it is about
# (`60代の叔母`, `友人`, `同僚`): a described speaker, as news and columns
# write one who is not named. Not a role alone (`店長`):
# `…と語ったのは、この店の店長だ` stays without a speaker.
JA_PERSON_NOUNS = """
    担当者 担当 関係者 広報 幹部 社員 職員 店員 スタッフ 関係筋 住民 利用者 ユーザー 会社員 主婦
    捜査員 捜査関係者 消息筋 目撃者
    友人 知人 同僚 上司 部下 先輩 後輩 叔母 叔父 伯母 伯父 祖母 祖父 母親 父親 義母 義父
    司会者 司会 インタビュアー 記者 聞き手 先生 母 父 姉 兄 妹 弟 妻 娘 息子 生徒
    者 ファン 女性 男性 人たち 人々 子供 子ども 児童 市民 国民 観客 観衆 視聴者 読者 客 学生
"""
_PERSON_NOUNS = tuple(JA_PERSON_NOUNS.split())
# A described speaker is a short phrase.
_DESCRIBED_LONGEST = 15


def describes_someone(phrase: str) -> bool:
    """Whether a phrase that names nobody describes the person who spoke,
    by age or gender (``「…」（30代・女性）という声``) or by a word for what
    they are (``球団の広報担当は「…」``), to be kept as written."""
    if _DESCRIBED.fullmatch(phrase) is not None or POSTED.search(phrase) is not None:
        return True
    # Many of them (`子供たち`, `観客達`, `住民ら`): the same people described.
    plain = _PLURAL.sub("", phrase)
    return len(phrase) <= _DESCRIBED_LONGEST and plain.endswith(_PERSON_NOUNS)


_PLURAL = re.compile(r"(?:たち|達|ら)$")


# What may follow an organisation's name in the phrase that speaks for it:
# its press office or its side (`ソニー広報部は`, `ソニー側は`).
_VOICE = re.compile(r"(?:広報(?:部|室|課|担当)?|側|事務局|事務所)?")


def organisation_speaks(phrase: str, position: int, entities: Mentions) -> str | None:
    """The organisation a speaker phrase that names no person is (`文部省は
    「…」`, `ソニーは「…」としている`), or whose press office or side it is
    (`ソニー広報部`): Japanese news quotes a company's or a ministry's
    statement with its name as the topic. The phrase must end on the name
    and its voice: an organisation inside a longer phrase is whom the
    person works for or something done to it (`ソニーの関係者`, described)."""
    end = position + len(phrase)
    for m in reversed(entities.overlapping(position, end)):
        if m.type == "ORG" and m.start >= position and _VOICE.fullmatch(phrase, m.end - position):
            return m.text
    same = _SAME_BODY.match(phrase)
    if same is not None and _VOICE.fullmatch(phrase, same.end()):
        return _last_organisation(position, entities, same.group(1))
    return None


# `同社` (the said company), `同省`, `同球団`: news names an organisation once
# and then refers back to it with `同` and the word for its kind; the one
# meant is the organisation of that kind last named before.
_SAME_BODY = re.compile(
    r"同(社|省|庁|局|党|団|会|店|校|大学|大|協会|球団|チーム|グループ|事務所|機構|研究所)"
)
# Kinds a body's name ends in (`財務省`, `北山大学`, `北山大`, `…協会`):
# `同省` is the last ministry named, not the company named after it.
_NAME_ENDS = {
    "省": ("省",),
    "庁": ("庁",),
    "局": ("局",),
    "党": ("党",),
    "会": ("会",),
    "大": ("大学", "大"),
    "大学": ("大学", "大"),
    "協会": ("協会",),
    "機構": ("機構",),
    "研究所": ("研究所",),
}
# Public bodies, which a company's or a team's kind (`同社`, `同球団`,
# whose names end in no one word) never refers back to.
_PUBLIC = ("省", "庁", "局", "党", "大学")
# How far back the organisation `同社` refers to may be named.
_SAME_BACK = 3000


def _last_organisation(position: int, entities: Mentions, kind: str) -> str | None:
    """The organisation of ``kind`` named last before ``position``, in full."""
    ends = _NAME_ENDS.get(kind)
    for m in reversed(entities.overlapping(max(0, position - _SAME_BACK), position)):
        if m.type != "ORG" or m.end > position:
            continue
        if m.text.endswith(ends) if ends else not m.text.endswith(_PUBLIC):
            return m.text
    return None


# Honorifics: after one, any name is a person's (`ケンタさん`, `北山ケイ氏`).
_HONORIFIC_AFTER = re.compile(rf"(?:{alternation(JA_NAME_HONORIFICS)})(?:[はがもの、（(]|$)")
# The suffixes of words for what a person is (`歌手`, `経営者`, `作家`).
_PERSON_SUFFIXES = ("手", "者", "家", "優", "員", "師", "士", "人", "官")
_NAME_FORM = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30faー・＝A-Za-zＡ-Ｚａ-ｚ]{1,12}")
_KANA_OR_LATIN = re.compile(r"[\u30a1-\u30faー・＝A-Za-zＡ-Ｚａ-ｚ]+")


def person_by_form(text: str, phrase: str, position: int) -> str | None:
    """The person a speaker phrase is by its form, where no person was
    found in it (``rules.person_by_form``): Japanese news names people the
    entity finder may not know (a stage name, a foreign given name, a
    surname of one kanji), and its grammar still says who they are:

    * a name before an honorific or a role (``孫社長は``, ``ケンタさんは``,
      ``金選手は``): one kanji is a surname there, unless the dictionary
      reads it as a common noun (``奥さん``); a longer run must read as a
      name (a proper noun, or a word the dictionary lacks), not as a common
      noun (``球団社長``, ``スポーツ選手``, ``ママさん``);
    * a name set after what the person is, with ``の`` (``モデルのミサキは``):
      a word in katakana or Latin letters there is a stage name, unless the
      dictionary knows it as a common noun (``女優のマネージャー``,
      ``監督のチーム``: who or what belongs to the person);
    * a phrase the analyser reads as one person's name (``ユウキ``,
      ``ベッキー``).
    """
    if _NAME_FORM.fullmatch(phrase) is None:
        return None
    words = _words(phrase)
    person = any(pos[1:3] == ("固有名詞", "人名") for _, pos, _ in words)
    # A first character that refers back or qualifies (`同社`, `副`社長,
    # `総`監督), or a word no name (`女将`): no name, unless the analyser
    # reads one (`前田`).
    if (phrase[0] in _listed("JA_NOT_FIRST") or phrase in _listed("JA_WORDS")) and not person:
        return None
    proper = any(pos[1] == "固有名詞" and pos[2] != "地名" for _, pos, _ in words)
    unknown = any(oov for _, _, oov in words)
    # A word the dictionary knows as a common noun (`奥`さん, `ママ`さん,
    # 女優の`マネージャー`, 監督の`チーム`): what someone is or has, no name.
    common = len(words) == 1 and words[0][1][1] == "普通名詞" and not unknown
    end = position + len(phrase)
    if _HONORIFIC_AFTER.match(text, end):
        kana_or_latin = _KANA_OR_LATIN.fullmatch(phrase) is not None
        if common:
            return None
        return phrase if len(phrase) == 1 or proper or unknown or kana_or_latin else None
    if text.startswith(_roles(), end):
        one_kanji = len(phrase) == 1 and "\u4e00" <= phrase <= "\u9fff" and not common
        return phrase if one_kanji or person or unknown else None
    if text[position - 1 : position] == "の" and _occupation_before(text, position - 1):
        foreign = _KANA_OR_LATIN.fullmatch(phrase) is not None and not common
        return phrase if foreign or proper or unknown else None
    if len(words) == 1 and words[0][1][1:3] == ("固有名詞", "人名"):
        return phrase
    return None


def _occupation_before(text: str, end: int) -> bool:
    """Whether ``text`` names what a person is right before ``end``
    (``女優``, ``人気モデル``, ``お笑い芸人``): a word of ``occupations.txt``
    or one ending in a person's suffix (``歌手``, ``経営者``)."""
    from reader.extract.lang import home_words

    before = text[max(0, end - 12) : end]
    words = _words(before)
    if not words:
        return False
    last, pos, _ = words[-1]
    if pos[0] not in ("名詞", "接尾辞"):
        return False
    if last in home_words("ja", "occupations"):
        return True
    return pos[0] == "名詞" and len(last) >= 2 and last.endswith(_PERSON_SUFFIXES)


@lru_cache(maxsize=4096)
def _words(phrase: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """The words of ``phrase`` as Sudachi reads them: (surface, part of
    speech, unknown to the dictionary)."""
    from reader.extract.lang.ja.morphology import analyse

    return tuple((m.surface(), m.part_of_speech(), m.is_oov()) for m in analyse(phrase))


@lru_cache(maxsize=4)
def _listed(name: str) -> frozenset[str]:
    """The words of the list ``name`` in ``words`` (``JA_NOT_FIRST``: first
    characters that qualify what follows; ``JA_WORDS``: words no name)."""
    from reader.extract.lang.ja import words

    return frozenset(getattr(words, name).split())


@lru_cache(maxsize=1)
def _roles() -> tuple[str, ...]:
    """Roles written after a person's name, longest first."""
    from reader.extract.lang.ja.words import JA_ROLES

    return tuple(sorted({*JA_ROLES.split(), "アナ"}, key=len, reverse=True))
