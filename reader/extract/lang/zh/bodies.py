"""Bodies of the Chinese state, named from ``国家`` (national) or from the
unit of the place they serve (``市``, ``省``: local) to their kind.

``国家质量监督检验检疫总局``, ``国家标准化管理委员会``, ``国家发改委``: jieba
cuts them into common words (``国家`` ``质量`` ``监督`` … ``总局``) and tags at
most their tail as an organisation (``药品监督管理局``), so the analyser finds
none in full. Written as one word from ``国家`` to a body's kind, with no
punctuation or conjunction inside, they are one organisation's name; ``国家有关
部门`` (the relevant departments) names none.

A city's or a province's body is named by the unit's word alone where the
article has said which city it is (``记者从市消协了解到``, ``由市文明办、
市乘车办组织``, ``省考试中心``): the unit's word at a clause's edge or after
a preposition or a time (``去年市教委的统计``), then the body's field and kind, is one organisation's name.
The unit's word must open no word of the dictionary with the character
after it (``市场``, ``省级``, ``省内``, ``市委`` are words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.lang.zh.morphology import dictionary_count
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_BODY = re.compile(
    r"国家(?P<inside>[\u4e00-\u9fff]{2,12}?)"
    r"(?:总局|管理局|委员会|监督局|办公室|局|委|部|署)(?![门分长员会局])"
)
# What a name does not hold: a clause's words (`国家有关部门`, `国家和地方`).
_NOT_INSIDE = re.compile(r"[的和与及或、有在对将是为]")


def find_national_bodies(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """``国家…局`` and its kind as ORG mentions, sorted by start."""
    out = []
    for start, end in paragraphs:
        for match in _BODY.finditer(text, start, end):
            if _NOT_INSIDE.search(match.group("inside")):
                continue
            name = match.group(0)
            out.append(EntityMention(name, "ORG", match.start(), match.end(), entity_key(name)))
    return out


# The unit's word is searched for first, and what stands before it checked
# after: a pattern opening with a look behind is tried at every character.
_LOCAL = re.compile(
    r"[市省县区](?P<inside>[\u4e00-\u9fff]{1,5}?)(?:局|委|办|协|中心|总队|支队|厅|院)(?![长员主副])"
)
_BEFORE = frozenset("，,。、：:；;（(“从由在向据和与到对经年天日\n")
# The unit's word and the character after it counted this often by the
# dictionary are a word (`省属` 64, `市政` 630), not the body's opening
# (`市运` 3, `省地` 27).
_WORD = 50


def find_local_bodies(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """``市…局``, ``省…中心`` and their kind as ORG mentions, by start."""
    out = []
    for start, end in paragraphs:
        for match in _LOCAL.finditer(text, start, end):
            s, e = match.span()
            name = match.group()
            if (
                (s > start and text[s - 1] not in _BEFORE)
                or _NOT_INSIDE.search(match.group("inside"))
                or dictionary_count(name[:2]) >= _WORD
            ):
                continue
            out.append(EntityMention(name, "ORG", s, e, entity_key(name)))
    return out
