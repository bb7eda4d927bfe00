"""People a column names by a given name alone: ``ミサキさん（34歳）``, ``ケンタクン``,
``」（おおさわさん）``.

Columns and street interviews name the readers they quote by a given name,
an honorific and an age in brackets (``奈々子さん（32歳）は``, ``マキさん(35)``);
no dictionary knows such names, and the honorific alone follows common
nouns too (``奥さん``, ``ママさん``), but nothing but a person has an
honorific and then an age. A given name in katakana with ``クン`` (a
familiar ``くん`` written in katakana: ``タツヤクン``) is a man's, the way
such columns write the men they tell of. A signature in brackets after a
quotation with an honorific (``」（おおさわさん）``) names who said it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# A given name (katakana, one to three kanji, or hiragana), apart from the
# same script before it, then an honorific and an age in brackets.
_AGED = re.compile(
    r"(?:(?<![ァ-ヺー・])(?P<kata>[ァ-ヺー]{2,6})|(?<![\u4e00-\u9fff々])(?P<kanji>[\u4e00-\u9fff々]{1,3})"
    r"|(?<![ぁ-ゖ])(?P<hira>[ぁ-ゖ]{2,4}))"
    r"(?:さん|ちゃん|くん|クン|君)(?=[（(][^（）()\n]{0,8}?\d+\s*歳?[）)])"
)
# A reader's signature in brackets right after her words, with an honorific
# (`」（マサエさん）`, `」（由利さん／33歳）`): who signs a quotation is a person.
_SIGNED = re.compile(
    r"(?<=[」』])[ \u3000]*[（(](?P<any>[^（）()\s「」『』、。]{2,10}?)(?:さん|氏|ちゃん|くん)"
    r"(?=(?:[／/・][^（）()\n]{0,10})?[）)])"
)
_KUN = re.compile(r"(?<![ァ-ヺー・])(?P<kata>[ァ-ヺ][ァ-ヺー]{1,5})クン")


def find_given_names(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """PER mentions of people named by a given name, an honorific and an age."""
    out = []
    for start, end in paragraphs:
        for pattern in (_AGED, _SIGNED, _KUN):
            for match in pattern.finditer(text, start, end):
                group = next(
                    g for g in ("kata", "kanji", "hira", "any") if match.groupdict().get(g)
                )
                s, e = match.span(group)
                out.append(EntityMention(text[s:e], "PER", s, e, entity_key(text[s:e])))
    return sorted(out, key=lambda m: m.start)
