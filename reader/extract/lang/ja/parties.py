"""Parties and commissions named by what they stand for: ``国民改革党``, ``原子力規制委員会``.

A Japanese party is named by its programme and ``党`` (``自由民主党``,
``立憲民主党``, ``労働党``), a commission by its field and ``委員会``
(``公正取引委員会``, ``選挙管理委員会``). The programme and the field are
common words, so no proper noun opens the name and the analyser's names
miss it. The same characters end words that name no one body: ``与党``,
``野党``, ``政党``, ``悪党`` are one word to the analyser, and only a name it
cuts before ``党`` is taken (as ``ministries`` does for ``省``); ``党首``,
``党員`` open with it. A commission needs a field of two words at least:
one word (``教育委員会``, ``実行委員会``) names a kind every town or event
has, and so does a field whose last word is what a committee does in
general (``事故調査委員会``, ``大会組織委員会``, ``再発防止委員会``): a body
every inquiry or event sets up, not one name. A name that opens with a word
referring back or to all (``同党``, ``各党``, ``両委員会``) names none, nor
one glued to katakana or Latin letters before it, whose start is not known.
News writes a foreign party after its country's one-kanji abbreviation
(``米民主党``, ``英労働党``): the party is named without it, and the country
is a place's business (``evaluation/gold/ANNOTATION.md``: no nationality in
a name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_MARK = re.compile(r"党|委員会")
_FIELD = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ])[\u4e00-\u9fff々]{2,8}$")
# Words a field does not open with: referring back, to all, to some, or an
# ordinal (`第一党`).
_NOT_FIRST = ("同", "各", "両", "全", "本", "他", "当", "第", "諸", "一部")
# What a committee does in general: the last word of a kind, not of a name.
_GENERIC_HEAD = re.compile(
    r"(?:調査|組織|防止|検討|選考|実行|運営|審査|評価|対策|推進|準備|諮問|懲戒|倫理|監査|選定|策定"
    r"|検証|特別|専門|常任)$"
)
# Countries news writes with one kanji before a foreign body's name.
_COUNTRY = frozenset("米英仏独中韓露豪加伊印蘭")


def find_parties(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """ORG mentions of parties and commissions named by their programme or field."""
    out = []
    for start, end in paragraphs:
        for mark in _MARK.finditer(text, start, end):
            reach = 6 if mark.group(0) == "党" else 8
            field = _FIELD.search(text, max(start, mark.start() - reach), mark.start())
            if field is None or field.group(0).startswith(_NOT_FIRST):
                continue
            if mark.group(0) == "委員会" and _GENERIC_HEAD.search(field.group(0)):
                continue
            s, e = field.start(), mark.end()
            first = _named(text, s, mark.start(), min(end, e + 2))
            if first is None:
                continue
            if len(first) == 1 and first in _COUNTRY and mark.start() - s > 2:
                s += 1  # `米民主党`: the country's abbreviation is no part of the name
            out.append(EntityMention(text[s:e], "ORG", s, e, entity_key(text[s:e])))
    return out


def _named(text: str, start: int, mark: int, reach: int) -> str | None:
    """The field's first word when the analyser reads ``text[start:mark]`` as
    a field of common nouns and what follows as the mark of its own: ``党``
    as a suffix ending its word there (not ``野党``, nor ``党首``), ``委員会``
    after two nouns or more; else None."""
    from reader.extract.lang.ja.morphology import analyse

    words = [(m.surface(), m.part_of_speech()) for m in analyse(text[start:reach])]
    field, length = [], 0
    for surface, pos in words:
        if length >= mark - start:
            break
        field.append(pos)
        length += len(surface)
    if length != mark - start or not field or field[0][0] != "名詞":
        return None
    if any(pos[0] not in ("名詞", "接尾辞") or pos[1] == "数詞" for pos in field):
        return None
    rest = words[len(field) :]
    if text[mark] == "党":
        named = bool(rest) and rest[0][0] == "党" and rest[0][1][0] == "接尾辞"
    else:
        named = sum(pos[0] == "名詞" for pos in field) >= 2
    return words[0][0] if named else None
