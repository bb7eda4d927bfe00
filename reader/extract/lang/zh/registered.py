"""Companies named in full as China registers them: place, trade name,
trade and legal form (``北京美安康生物技术有限公司``,
``营口宏泰玻璃制品有限公司``).

The rules for registering an enterprise's name in China have it open with
the place of the authority that registered it and close with its legal
form (``有限公司``, ``有限责任公司``, ``股份有限公司``); between them stand
its trade name, often characters jieba cuts one by one (``美`` ``轻松``,
``达`` ``世行``), and its trade. The analyser's run of names breaks at
those characters, so the name is read here from its legal form back to the
first listed place before it, in the same clause: no punctuation or
clause word between (``北京的一家有限公司`` names no company).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.lang import home_words
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
# How far before its legal form a registered name may open: place, trade
# name and trade (`北京` `中汽东方华信` `汽车服务`).
_REACH = 18
# What a name does not hold: punctuation and a clause's words.
_NOT_INSIDE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|[的和与及或在对将是为了等]")


@cache
def _places() -> re.Pattern:
    from reader.extract.cjk_places import ZH_PLACES

    names = set(ZH_PLACES.split()) | home_words("zh", "places")
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def find_registered_companies(
    text: str, paragraphs: Sequence[Span], lang: str
) -> list[EntityMention]:
    """ORG mentions of companies named place first, legal form last."""
    out = []
    for start, end in paragraphs:
        if text.find("有限", start, end) < 0:
            continue
        for form in _FORM.finditer(text, start, end):
            lo = max(start, form.start() - _REACH)
            for bad in _NOT_INSIDE.finditer(text, lo, form.start()):
                lo = bad.end()
            place = _places().search(text, lo, form.start())
            if place is None or form.start() - place.end() < 2:
                continue
            s, e = place.start(), form.end()
            name = text[s:e]
            out.append(EntityMention(name, "ORG", s, e, entity_key(name)))
    return out
