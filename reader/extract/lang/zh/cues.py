"""Chinese quotation cues: the words that attribute a quotation, as regular
expressions (see ``reader.extract.cues`` for the groups and shared parts)."""

from __future__ import annotations

import re

# The verbs that report speech; a longer one first (`介绍说` before `说`),
# and in the perfect (`爱因斯坦说过“…”`).
_VERBS = (
    "介绍说|补充说|解释说|告诉记者|对记者说|说过|讲过|表示|介绍|透露|坦言|直言|解释|补充|回忆|感叹|坦承"
    "|说道|笑称|笑言|提醒|呼吁|谈到|说|称|指出|强调|认为"
    # Admitting, answering and sighing report words too (`她向记者承认：“…”`).
    "|承认|回应|感慨|坦陈"
    # Asking, shouting, answering, laughing and writing quote too (`朋友问`,
    # `我们祖宗讲“…”`, `…”她笑道`), not
    # the nouns they open (`问题`, `讲座`).
    "|问道|写道|喊道|叫道|笑道|答道|叹道|讲(?![究座台述课解话师])|问(?![题卷世候号津])|喊"
)
# Between the speaker and the verb: when or where (`在谈到招生时`, `在会上`),
# an adverb of time (`曾经`, `曾`) or of manner (`这样`, `无奈地`), of addition or
# repetition (`他也表示`, `专家们纷纷呼吁`) and a verb that begins
# (`学者们开始呼吁`); no part of who.
_BETWEEN = (
    r"(?:在[^\s，,。“”\"：:]{1,16}?(?:时|上|中|后))?"
    r"(?:也|都|又|还|纷纷|再次|一再)?(?:开始)?"
    r"(?:曾经|曾|这样|这么|如此)?(?:[\u4e00-\u9fff]{2}地)?"
    # Whom they spoke to, the reporter (`一名保安对记者说`).
    r"(?:[对向跟给](?:本报|本刊|本台)?记者)?"
)
# The reporter is whom people speak to or who asks (`当记者问及…时`, `对记者说`,
# `向本报记者透露`), never who is quoted: no speaker opens so, nor at the
# 者 of a 记者 whose preposition was passed over.
_NOT_WHO = r"(?!(?:当|[对向跟给])?(?:本报|本刊|本台)?记者|(?<=记)者)"
# Who speaks: a title and a name run to twenty characters
# (`江城大学党委副书记俞明哲`).
_WHO = _NOT_WHO + r"(?P<who>[^\s，,。“”\"：:]{1,20}?)"
# When or where it was said may open the sentence after the quotation, set
# off by a comma (`“…”在谈到招生时，周立杰说`).
_OCCASION = r"(?:在[^\s，,。“”\"：:]{1,20}?(?:时|上|中|后)[，,])?"
# A cue followed by a colon introduces what follows it (`“…”该报道写道：…`),
# not the quotation before it.
TAIL = [re.compile(rf"[\s，,。]*{_OCCASION}{_WHO}{_BETWEEN}(?P<cue>{_VERBS})(?!是?[:：])")]
# A head cue, its speaker and verb, begins this close to the opening mark:
# searched over the whole sentence before a quotation, the first pattern
# took 8 ms an article (``LanguageRules.head_reach``).
HEAD_REACH = 32
# The first pattern's match spans at most its speaker (20), what stands
# between (`在` and 16 more and `时`, `纷纷`, `开始`, `曾经`, two and `地`, `对本报记者`: 32), the
# longest verb (`告诉记者`: 4), `是` and a mark: a search for it that must end
# at a clause's end need not begin further back (``quotes._cue_before``
# searched from the paragraph's start, a millisecond an article).
HEAD_LONGEST = 20 + 32 + 4 + 2
HEAD = [
    # A verb and `是` say what follows is the words (`家长认为是“…”`).
    # The lookahead (a verb ends the text near enough) is no condition of its
    # own: it lets a search over a long paragraph (``quotes._cue_before``)
    # fail fast where the speaker and _BETWEEN's options cannot reach the end.
    re.compile(
        rf"(?=[^\s，,。“”\"：:]{{1,60}}?(?:{_VERBS})是?[:：，,]?\s*$)"
        rf"{_WHO}{_BETWEEN}(?P<cue>{_VERBS})是?[:：，,]?\s*$"
    ),
    # A colon introduces what is quoted, whatever the verb before it
    # (`临走时还补问一句：“…”`, `通知写明：“…”`); its speaker is the context's.
    re.compile(r"(?P<cue>[:：])\s*$"),
]

# A cue that opens a sentence, the speaker and a verb of report whose words
# run on in clauses to a quotation with no cue of its own
# (`他表示还没有看到通知，所以…，“…”`): the verbs only that cannot open
# another word (`说明`, `称为`), after an opener set off by a comma (`对此，`).
OPENING = re.compile(
    rf"(?:[^\s，,。“”\"：:]{{1,4}}[，,])?{_NOT_WHO}(?P<who>[^\s，,。“”\"：:]{{1,12}}?){_BETWEEN}"
    r"(?P<cue>表示|指出|强调|认为|透露|坦言|介绍说|说(?![明服法书])|称(?![为作号赞呼之]))"
)

# A term in marks is this short at most (`“一站通”`, `“弹性化管理”`).
_TERM_LONGEST = 6
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PUNCT = re.compile(r"[，,。！!？?；;：:、…]")
# `可以说` (one may say) is no report of speech (`“瓶颈”，可以说…`).
_VERB_NEAR = re.compile(rf"(?<!可以)(?:{_VERBS})")
# How far after a term a speech verb would make it speech after all
# (`“不行”他说`).
_VERB_REACH = 6


# The words that give a name or a title in marks (`下称“东风”`, `统称“少年班”`,
# `获“先进工作者”称号`), and a name in marks before `的`
# (`自称“行业的领先企业”的某公司`): what they mark is a name or a term, not
# words said (`自称` alone reports a claim, `自称“从未去过”`, words said); a quotation holds its clause's punctuation (`号称“一粒管五天，
# 效果神奇”`, `所谓“提前安置，…”的就业保障`).
_NAMING = re.compile(
    r"(?:简称|下称|统称|俗称|昵称|又称|并称|合称|称为|称作|誉为|名为|叫做|评为|荣获|获|授予)$"
)
_NAMING_REACH = 3
# A name so marked is this long at most.
_NAMED_LONGEST = 20
# A word in marks that ends its clause is this short at most (`“双赢”？`,
# `“过电影”，`); a quotation this short is a word said, after a verb of
# speech (`表示“没听说”`).
_WORD_LONGEST = 4
# A verb of speech, or a colon, right before the opening mark; the verb may
# carry its aspect or its `道` (`只说了“谢谢”`, `笑着说道“好”`, `喊着“加油”`).
_SPEECH_BEFORE = re.compile(rf"(?:{_VERBS})[了着道]?是?[:：，,]?\s*$|[:：]\s*$")
# Where the sentence after a closing mark ends: a verb after it reports
# the next sentence (`“双赢”？专家认为…`).
_SENTENCE_END = re.compile(r"[。！!？?；;]")
# How far before the opening mark that verb is looked for.
_SPEECH_REACH = 8


def term_in_marks(text: str, start: int, end: int) -> bool:
    """Whether the marked text at ``text[start:end]`` is a term the sentence
    goes on from as one of its words: a few characters, no punctuation,
    and a Chinese character right after the closing mark (`“一站通”制`,
    `“入世”后`, `“早起”比熬夜更有效`), no speech verb close behind it
    (`“不行”他说`). A quotation ends its clause; a term is a noun in it.

    A word or two in marks that ends its clause is a term too, as Chinese
    news marks a catchword, a nickname or a word used oddly (`带来“双赢”？`,
    `称其为“小四”`, `二是“过电影”，`): one character always (`说“不”`), up
    to four where no verb of speech or colon stands right before the
    opening mark (`表示“没听说”` is said) nor one right after."""
    if _PUNCT.search(text, start, end):
        return False
    if end - start <= _NAMED_LONGEST and (
        _NAMING.search(text, max(0, start - 1 - _NAMING_REACH), start - 1)
        or text.startswith("的", end + 1)
    ):
        return True
    if end - start > _TERM_LONGEST:
        return False
    after = end + 1
    reach = _SENTENCE_END.search(text, after, after + _VERB_REACH)
    verb_after = (
        _VERB_NEAR.search(text, after, reach.start() if reach else after + _VERB_REACH) is not None
    )
    if _CJK.match(text, after):
        return not verb_after
    if end - start > _WORD_LONGEST or verb_after:
        return False
    return end - start == 1 or not _SPEECH_BEFORE.search(
        text[max(0, start - 1 - _SPEECH_REACH) : start - 1]
    )
