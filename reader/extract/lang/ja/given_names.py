"""People a column names by a given name alone: ``サヤカさん（34歳）``, ``ユウタクン``,
``」（きたやまさん）``.

Columns and street interviews name the readers they quote by a given name,
an honorific and an age in brackets (``美穂さん（32歳）は``, ``ナオさん(35)``);
no dictionary knows such names, and the honorific alone follows common
nouns too (``奥さん``, ``ママさん``), but nothing but a person has an
honorific and then an age. A given name in katakana with ``クン`` (a
familiar ``くん`` written in katakana: ``タツオクン``) is a man's, the way
such columns write the men they tell of. A signature in brackets after a
quotation with an honorific (``」（きたやまさん）``) names who said it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.lang.ja.morphology import one_person_word
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# An honorific and an age in brackets after it, and the given name read
# back from the honorific: katakana, one to three kanji, or hiragana, apart
# from the same script before it. The search is led by the honorific, as
# one led by the name would try at every character.
_AGED = re.compile(r"(?:さん|ちゃん|くん|クン|君)(?=[（(][^（）()\n]{0,8}?\d+\s*歳?[）)])")
_GIVEN = (
    re.compile(r"(?<![ァ-ヺー・])[ァ-ヺー]{2,6}$"),
    re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{1,3}$"),
    re.compile(r"(?<![ぁ-ゖ])[ぁ-ゖ]{2,4}$"),
)
# A particle or a verb's ending that hiragana read back from an honorific
# opens after a noun or a verb in kanji (`会社員のみどりさん`, `話すさくらさん`):
# no part of the name.
_AFTER_NOUN = frozenset("のとがはもにをでするた")
# A reader's signature in brackets right after her words, with an honorific
# (`」（ミチヨさん）`, `」（紗季さん／33歳）`): who signs a quotation is a person.
_SIGNED = re.compile(
    r"[」』][ \u3000]*[（(](?P<name>[^（）()\s「」『』、。]{2,10}?)(?:さん|氏|ちゃん|くん)"
    r"(?=(?:[／/・][^（）()\n]{0,10})?[）)])"
)
# An initial and one kanji before an honorific (`A子さん`, `Ｋ太くん`): how
# columns and reports write a person they keep anonymous, the letter part of
# the name. The kanji is one that ends given names (`子`, `美`, `太`, `郎`):
# a capital glued to another kanji is a word or a short name of a group or
# a thing (`N響`, an orchestra; `A班`, a team), which takes honorifics too.
_GIVEN_ENDS = "子美太郎介男也菜香奈代恵江枝乃実輔助彦夫雄樹斗翔平吉蔵次治司士人"
_INITIAL = re.compile(
    rf"(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ][{_GIVEN_ENDS}](?=さん|ちゃん|くん|君|氏)"
)
# `クン` written in katakana, after a man's given name in katakana.
_KUN = re.compile(r"クン")
_KATAKANA_NAME = re.compile(r"(?<![ァ-ヺー・])[ァ-ヺ][ァ-ヺー]{1,5}$")


# A name in katakana set as the topic right before a quotation in its
# sentence (`タケシは、新番組について「…」`): who speaks is a person, and a
# katakana word the analyser knows as a person's name (a given or a stage
# name: `タケシ`, `マリコ`) may name one there, though it names no one alone
# elsewhere (`ヘルツ`, a unit, is one too). Companies are named after their
# founders in katakana too and are the topic of what they announce, so the
# word is a person only with an honorific of its own there, or where the
# article gives it a person's cue (`_PERSON_CUE`).
_SPEAKING = re.compile(
    r"(?<![ァ-ヺー・])([ァ-ヺ][ァ-ヺー]{1,7})(さん|氏)?(?:は|が)、?[^。「」\n]{0,30}「"
)
# A person's cue next to a katakana name: an honorific or an age in
# brackets after it (`タケシさん`, `タケシ（32）`), or a part played right
# before it (`司会役のタケシ`, `案内役は、タケシ`).
_PERSON_CUE = r"(?:{0}(?:さん|ちゃん|くん|君|[（(]\d)|役(?:は|の|が|、)*{0}(?![ァ-ヺー]))"


def _has_person_cue(text: str, word: str) -> bool:
    escaped = re.escape(word)
    return re.search(_PERSON_CUE.format(escaped), text) is not None


def find_given_names(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """PER mentions of people named by a given name, an honorific and an age."""
    spans = []
    for start, end in paragraphs:
        for match in _AGED.finditer(text, start, end):
            for given in _GIVEN:
                found = given.search(text, max(start, match.start() - 6), match.start())
                if found is not None:
                    s, e = found.span()
                    if given is _GIVEN[-1] and text[s] in _AFTER_NOUN and e - s > 2:
                        s += 1
                    if given is _GIVEN[1] and _INITIAL.match(text, s - 1) is not None:
                        s -= 1
                    spans.append((s, e))
                    break
        spans.extend(match.span() for match in _INITIAL.finditer(text, start, end))
        for match in _KUN.finditer(text, start, end):
            found = _KATAKANA_NAME.search(text, max(start, match.start() - 6), match.start())
            if found is not None:
                spans.append(found.span())
        spans.extend(match.span("name") for match in _SIGNED.finditer(text, start, end))
        for match in _SPEAKING.finditer(text, start, end):
            word = match.group(1)
            if one_person_word(word) and (match.group(2) or _has_person_cue(text, word)):
                spans.append(match.span(1))
    return [
        EntityMention(text[s:e], "PER", s, e, entity_key(text[s:e])) for s, e in sorted(set(spans))
    ]
