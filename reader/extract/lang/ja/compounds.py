"""Latin words written as the first part of a Japanese compound noun.

``QOMA端末``, ``QZW液晶``, ``NPO法人``: Japanese glues a Latin word to the
kanji noun it qualifies, and the compound (a kind of phone, of screen, of
body) is what the article names, not its first part alone; the tagger,
reading capitals, took the Latin part for an organisation. A company's own
suffix (``IBM社``, ``Apple製``, ``KDDI株式会社``) or a particle after the
Latin word leaves it a name; so does katakana, as often the name's own
(``Zenpaテクノロジーズ``) or a thing of it (``Facebookページ``), but for
the katakana words for a line of products or an event (``Qentraシリーズ``,
``Kobatoplusモデル``, ``QXWツアー``): what the name is one of, a product.
"""

from __future__ import annotations

import re

# Two kanji that are no suffix of the name before them (`IBM社`, `Apple製`),
# nor what the name does or is to someone (`ZEN-KO主演`, `NHK公式`,
# `MAHO代表`), which leave the name the agent, not a qualifier.
_COMPOUND = re.compile(
    r"(?![社製氏版系側]|株式会社|有限会社|主演|出演|共演|所属|公式|主催|提供|代表|社長|会長|監督|選手)"
    r"[\u4e00-\u9fff]{2}"
)


# What a Latin name glued before it is a product or an event of, or what
# is said of a technology or a service, not of a body: what supports it or
# carries it (`Zentroidに対応している`, `Zentroidを搭載`, `Zentroid搭載の端末`),
# its shop, store, icon or phones (`Kamuwebケータイ`). `対応` and `搭載`
# only as a verb or before a noun: `に対応を求めた` (asked for a response)
# is said of a company.
_KIND = re.compile(
    r"[ \u3000]?(?:シリーズ|モデル|ツアー|エンジン|アプリ|ストア|ショップ|アイコン|ケータイ|端末"
    r"|に対応(?:する|し|した|して)|対応の|を搭載|搭載(?=[の\u4e00-\u9fffァ-ヺ]))"
)


# Small words that join two names or stand before one (`newsjp on
# Twitter`, `Qentra vs Kobato`, `photo by Kobato`): the name next to them
# stands on its own. After a name, only those that join two (`_JOINING`);
# the others go on with it (`Kobato Prize of the Year`).
_LITTLE = r"(?:on|at|in|of|for|from|with|via|and|or|vs|VS|by|x)"
_JOINING = r"(?:and|or|vs|VS|x)"

# A Latin word right before the name, a lowercase or a capitalised one or
# a one- or two-character code apart from it by a space or a mark
# (`newsdesk KOBATO`, `Snow Tiger`, `OS Z Tiger`, `K-O NET`), a brand's
# word with its `!` (`Kobato! Japan`: Japanese text writes its own
# exclamation full-width), or any joined to it by `@` (`KU@BRICK`); or right after it a lowercase word, a one- or
# two-character code or a model number, letters with digits (`Qentra neo`,
# `Qentra Y`, `QENTRA Lite Z-PL2`): the name is a piece of a longer Latin
# one the tagger cut, a product's with its model or a site's with its
# section. Never an acronym after it (`米Google CEO`), which is a title of
# its own, nor a small word between two names (`Kobato vs Zentrix`).
_LATIN_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?!{_LITTLE}[ @&-]$)"
    r"(?:[a-z][A-Za-z!.]*[ @&-]|[A-Z][a-z][A-Za-z]*[ -]|[A-Za-z][A-Za-z0-9]?[ @&-]"
    r"|[A-Za-z][A-Za-z.]*! |[A-Za-z][A-Za-z!.]*@)$"
)
_LATIN_AFTER = re.compile(
    rf" (?!{_JOINING}(?![A-Za-z0-9]))"
    r"(?:[a-z]+|[A-Z][A-Za-z0-9]?|(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z-]*\d[A-Za-z0-9-]*)(?![A-Za-z0-9])"
)


def first_part(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at ``text[start:end]`` opens a compound noun,
    or is a piece of a longer Latin name."""
    return (
        _COMPOUND.match(text, end) is not None
        or _KIND.match(text, end) is not None
        or _LATIN_AFTER.match(text, end) is not None
        or _LATIN_BEFORE.search(text, max(0, start - 20), start) is not None
    )
