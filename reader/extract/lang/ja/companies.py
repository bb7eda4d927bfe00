"""Japanese companies named with their legal form.

``トレンダーズ株式会社``, ``株式会社ナノテック``, ``ミライ電子（株）``: a company
writes its legal form before or after its name, and the analyser cuts both
into common words (``トレンダーズ`` ``株式`` ``会社``), so no proper noun opens
them. The name is the katakana, Latin letters or kanji written right against
the form, as far as a particle, a mark or a space.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

_FORM = r"(?:株式会社|有限会社|合同会社|（株）|\(株\)|（有）)"
# A company's own name: katakana, Latin letters and digits (`ABCホールディングス`),
# or kanji; not hiragana, where particles are, nor what describes it
# (`マーケティング会社トレンダーズ株式会社`).
_NAME = (
    r"(?:(?!会社|企業|メーカー)[\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆\u4e00-\u9fff々]){2,20}"
)
_CHARS = "\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆\u4e00-\u9fff々"
# Where a name opens: after anything that is no part of one, or after what
# describes it.
_OPENS = rf"(?:(?<![{_CHARS}])|(?<=会社)|(?<=企業)|(?<=メーカー))"
# After the form, only katakana or Latin letters: kanji there are as often
# what is done with one (`株式会社設立`); but for the word of a trade that
# closes such a name (`株式会社ミライ工房`, `株式会社アオバ電子`), the
# kanji half of how Japanese companies are named.
_TRADES = (
    "工房|電子|電機|工業|商事|物産|産業|技研|興業|出版|書店|建設|不動産|食品|化学|製薬|通信"
    "|製作所|研究所|企画|商会|商店|販売|開発|設計|事務所"
)
_AFTER = rf"[\u30a1-\u30faー・A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]{{2,20}}(?:{_TRADES})?"
_COMPANY = re.compile(rf"{_OPENS}(?:{_NAME}){_FORM}|{_FORM}{_AFTER}")
# The form alone, no name: `株式会社化`, `株式会社の設立`.
_BARE = re.compile(rf"{_FORM}")


def find_companies(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """Companies written with their legal form, as ORG mentions sorted by start."""
    out = []
    for start, end in paragraphs:
        for match in _COMPANY.finditer(text, start, end):
            name = match.group(0)
            if _BARE.fullmatch(name):
                continue
            out.append(EntityMention(name, "ORG", match.start(), match.end(), entity_key(name)))
    return out
