"""Ministries and agencies named by their field: ``財務省``, ``文科省``, ``気象庁``.

A Japanese ministry or agency is named by what it governs and ``省`` or
``庁`` (``外務省``, ``文部科学省``, its short form ``文科省``, ``消費者庁``),
an agency under a ministry after the ministry's name (``総務省消防庁``). The
analyser cuts the field into common words and the mark into a suffix, so no
proper noun opens the name. The same characters end words that are no body
(``反省``, ``帰省``, ``登庁``): the analyser reads those as one word, and
only a name it cuts before ``省`` or ``庁`` is taken. A name that opens with
a word referring back or to all (``同省``, ``各省庁``, ``中央省庁``) names
none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# The field in kanji, the mark, and an agency under it; searched for by the
# mark, the field read back from it.
_MARK = re.compile(r"[省庁]")
_FIELD = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,6}$")
_AGENCY = re.compile(r"[\u4e00-\u9fff]{2,5}庁")
# Words a field does not open with: referring back, to all, or to some.
_NOT_FIRST = ("同", "各", "両", "本", "全", "中央", "関係", "所管", "監督", "主務", "他")


def find_ministries(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """ORG mentions of ministries and agencies named by their field."""
    out = []
    for start, end in paragraphs:
        last = start
        for mark in _MARK.finditer(text, start, end):
            if mark.start() < last:
                continue
            field = _FIELD.search(text, max(start, mark.start() - 6), mark.start())
            if field is None or field.group(0).startswith(_NOT_FIRST):
                continue
            s, e = field.start(), mark.end()
            if not _cut_before_mark(text[s:e]):
                continue
            agency = _AGENCY.match(text, e)
            if agency is not None and _cut_before_mark(agency.group(0)):
                e = agency.end()
            out.append(EntityMention(text[s:e], "ORG", s, e, entity_key(text[s:e])))
            last = e
    return out


def _cut_before_mark(name: str) -> bool:
    """Whether the analyser reads ``name``'s last character as a suffix of
    its own (``財務`` ``省``), not the end of a word (``反省``)."""
    from reader.extract.lang.ja.morphology import suffix_at_end

    return suffix_at_end(name)
