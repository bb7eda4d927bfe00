"""Latin words that name a person in Japanese text: only with a title.

Japanese writes a person's name in its own script, a foreigner's in katakana
(``マリア・ロペス``); Latin words opened by a given name are a product, an
app or a shop (``Nero Vision``, ``Galaxy Note``, ``Del Rey Cafe``): on the
blind Japanese gold 8 of 8 such were none. An honorific or a role written
after them (``Marta Lindqvist氏``, ``John Smith社長``) still makes them a
person, as it does a name in Japanese script; so does a writer's credit.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def _titled() -> re.Pattern:
    from reader.extract.lang.ja.words import JA_HONORIFICS, JA_ROLES

    words = sorted({*JA_HONORIFICS.split(), *JA_ROLES.split()}, key=len, reverse=True)
    return re.compile(rf"[ \t　]?(?:{'|'.join(map(re.escape, words))})")


# A writer's credit: the name alone in brackets on its line (`（AYA ITO）`).
_CREDIT_BEFORE = re.compile(r"(?:^|\n)[ \t　]*[（(]$")
_CREDIT_AFTER = re.compile(r"[）)][ \t　]*(?:\n|$)")


def latin_person(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at ``text[start:end]`` may be a person: a
    title follows it, or it is a writer's credit, alone in brackets on its
    line, as web magazines close a piece (``credits.py``)."""
    return _titled().match(text, end) is not None or (
        _CREDIT_AFTER.match(text, end) is not None
        and _CREDIT_BEFORE.search(text, max(0, start - 8), start) is not None
    )
