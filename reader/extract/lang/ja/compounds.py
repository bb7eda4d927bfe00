"""Latin words written as the first part of a Japanese compound noun.

``FOMA端末``, ``ASV液晶``, ``NPO法人``: Japanese glues a Latin word to the
kanji noun it qualifies, and the compound (a kind of phone, of screen, of
body) is what the article names, not its first part alone; the tagger,
reading capitals, took the Latin part for an organisation. A company's own
suffix (``IBM社``, ``Apple製``, ``KDDI株式会社``) or a particle after the
Latin word leaves it a name; so does katakana, as often the name's own
(``MVPenテクノロジーズ``) or a thing of it (``Facebookページ``), but for
the katakana words for a line of products or an event (``Pavilionシリーズ``,
``Directplusモデル``, ``JBVツアー``): what the name is one of, a product.
"""

from __future__ import annotations

import re

# Two kanji that are no suffix of the name before them (`IBM社`, `Apple製`),
# nor what the name does or is to someone (`KAT-TUN主演`, `NHK公式`,
# `SHIHO代表`), which leave the name the agent, not a qualifier.
_COMPOUND = re.compile(
    r"(?![社製氏版系側]|株式会社|有限会社|主演|出演|共演|所属|公式|主催|提供|代表|社長|会長|監督|選手)"
    r"[\u4e00-\u9fff]{2}"
)


# What a Latin name glued before it is a product or an event of, or what
# is said of a technology or a service, not of a body: what supports it or
# carries it (`Androidに対応`, `Symbianを搭載`), its shop, store, icon or
# phones (`EZwebケータイ`).
_KIND = re.compile(
    r"[ \u3000]?(?:シリーズ|モデル|ツアー|エンジン|アプリ|ストア|ショップ|アイコン|ケータイ|端末"
    r"|に対応|対応|を搭載|搭載)"
)


# A Latin word right before the name, apart from it by a space or joined by
# a mark (`livedoor HOMME`, `PS Vita`, `BE@RBRICK`), or right after it
# (`Xperia ray`, `Galaxy Y`): the name is a piece of a longer Latin one the
# tagger cut at a small letter, a product's with its model or a site's with
# its section; not after a preposition (`smaxjp on Twitter`), where the name
# stands on its own.
_LATIN_BEFORE = re.compile(
    r"(?<![A-Za-z])(?!(?:on|at|in|of|for|from|with|via|and)[ @&-]$)[A-Za-z][A-Za-z!.]*[ @&-]$"
)
_LATIN_AFTER = re.compile(r" [A-Za-z]")


def first_part(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at ``text[start:end]`` opens a compound noun,
    or is a piece of a longer Latin name."""
    return (
        _COMPOUND.match(text, end) is not None
        or _KIND.match(text, end) is not None
        or _LATIN_AFTER.match(text, end) is not None
        or _LATIN_BEFORE.search(text, max(0, start - 20), start) is not None
    )
