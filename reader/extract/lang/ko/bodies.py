"""A foreign state's body, named with its country before it.

Korean news names another country's ministry or agency with the country
first, apart (``미국 국방부``, ``미국 질병예방통제센터``, ``미국 항공우주국``): the body's name alone
(``국방부``) is Korea's own. Found before the organisations and places, the
two words make one organisation instead of a place and another body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.extract.cjk_places import KO_PLACES
from reader.extract.korean_orgs import organisation
from reader.extract.lang.ko.words import KO_PARTICLES
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# The heads of a state's bodies: ministry, agency, office, centre, committee,
# bureau and institute.
_STATE_HEADS = ("부", "청", "처", "센터", "위원회", "국", "원")
# Heads that end too many words to make an organisation alone, but do
# after a country (`미국 항공우주국`, `미국 국립보건원`).
_AFTER_A_COUNTRY = ("국", "원")


@cache
def _pattern() -> re.Pattern:
    places = "|".join(sorted(KO_PLACES.split(), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?P<place>{places}) (?P<body>[가-힣]{{3,15}})(?![가-힣])")


def _agency(word: str) -> str | None:
    """``word`` without its particle when it ends in a bureau's or an
    institute's head with two syllables or more before it."""
    for bare in (word, *(word[: -len(p)] for p in _particles() if word.endswith(p))):
        if bare.endswith(_AFTER_A_COUNTRY) and len(bare) >= 3:
            return bare
    return None


@cache
def _particles() -> tuple[str, ...]:
    return tuple(sorted(KO_PARTICLES.split(), key=len, reverse=True))


def find_foreign_bodies(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """``미국 국방부`` and the like as ORG mentions, sorted by start."""
    out = []
    for start, end in paragraphs:
        for match in _pattern().finditer(text, start, end):
            body = organisation(match.group("body")) or _agency(match.group("body"))
            if body is None or not body.endswith(_STATE_HEADS):
                continue
            stop = match.start("body") + len(body)
            name = text[match.start() : stop]
            out.append(EntityMention(name, "ORG", match.start(), stop, entity_key(name)))
    return out
