"""Latin words that name a person in Japanese text: only with a title.

Japanese writes a person's name in its own script, a foreigner's in katakana
(``マリア・ロペス``); Latin words opened by a given name are a product, an
app or a shop (``Nero Vision``, ``Galaxy Note``, ``Del Rey Cafe``): on the
blind Japanese gold 8 of 8 such were none. An honorific or a role written
after them (``Marta Lindqvist氏``, ``John Smith社長``) still makes them a
person, as it does a name in Japanese script.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _titled() -> re.Pattern:
    from reader.extract.lang.ja.words import JA_HONORIFICS, JA_ROLES

    words = sorted({*JA_HONORIFICS.split(), *JA_ROLES.split()}, key=len, reverse=True)
    return re.compile(rf"[ \t　]?(?:{'|'.join(map(re.escape, words))})")


def latin_person(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at ``text[start:end]`` may be a person: a
    title follows it."""
    return _titled().match(text, end) is not None
