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
has. A name that opens with a word referring back or to all (``同党``,
``各党``, ``両委員会``) names none, nor one glued to katakana or Latin
letters before it, whose start is not known.
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


def find_parties(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """ORG mentions of parties and commissions named by their programme or field."""
    out = []
    for start, end in paragraphs:
        for mark in _MARK.finditer(text, start, end):
            reach = 6 if mark.group(0) == "党" else 8
            field = _FIELD.search(text, max(start, mark.start() - reach), mark.start())
            if field is None or field.group(0).startswith(_NOT_FIRST):
                continue
            s, e = field.start(), mark.end()
            if not _named(text, s, mark.start(), min(end, e + 2)):
                continue
            out.append(EntityMention(text[s:e], "ORG", s, e, entity_key(text[s:e])))
    return out


def _named(text: str, start: int, mark: int, reach: int) -> bool:
    """Whether the analyser reads ``text[start:mark]`` as a field of common
    nouns and what follows as the mark of its own: ``党`` as a suffix ending
    its word there (not ``野党``, nor ``党首``), ``委員会`` after two nouns or more."""
    from reader.extract.lang.ja.morphology import analyse

    words = [(m.surface(), m.part_of_speech()) for m in analyse(text[start:reach])]
    field, length = [], 0
    for surface, pos in words:
        if length >= mark - start:
            break
        field.append(pos)
        length += len(surface)
    if length != mark - start or not field or field[0][0] != "名詞":
        return False
    if any(pos[0] not in ("名詞", "接尾辞") or pos[1] == "数詞" for pos in field):
        return False
    rest = words[len(field) :]
    if text[mark] == "党":
        return bool(rest) and rest[0][0] == "党" and rest[0][1][0] == "接尾辞"
    return sum(pos[0] == "名詞" for pos in field) >= 2
