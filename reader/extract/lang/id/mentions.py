"""Indonesian rules over the tagger's mentions, where the way Indonesian news
writes a name hides what it is.

News writes the people of a place as ``warga`` and the place (``warga
Sukamaju mengeluh``, ``Warga Cibodas menolak``): the noun is a common word
the tagger drops, and the place it leaves alone in front of a verb reads as a
person. The head of a police, prosecution or army unit is written with the
unit's place, then the holder's rank and name (``Kapolsek Tanah Lintang
Kompol Budi``): the tagger reads the place as part of the role and names
no place there. Each rule reads a constant few characters before a mention,
or one pass of a regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from reader.extract.lang import home_words, rules_for
from reader.extract.lang.id.cues import ID_CUES, ID_VERBS
from reader.extract.lexicon import gazetteer
from reader.extract.model import EntityMention
from reader.extract.names import entity_key


def revised(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """``mentions`` (in text order) with the places of residents typed so
    and the places of units named after their heads."""
    named = _person_words(mentions)
    out = [
        part
        for m in sorted(mentions, key=lambda m: m.start)
        for part in _outlet_channel(_country(_province_no_person(_residents_place(text, m, named))))
        for part in _country_then_holder(text, part)
    ]
    return _unit_places(text, out)


def _country_then_holder(text: str, m: EntityMention) -> list[EntityMention]:
    """A country's name opening a name right after a role (``PM Jepang
    Shigeru Ishiba``, ``Menlu Rusia Sergei Lavrov``) is whose the office is,
    then its holder: a country's name opens no person's name. Not where the
    rest holds a point of the compass or a place (``Presiden Sudan
    Selatan``, ``Perdana Menteri Inggris Raya``): that is the rest of a
    country's name of several words."""
    words = m.text.split()
    if len(words) < 2 or m.type == "ORG" or _a_country(m.text):
        return [m]
    before = text[max(0, m.start - 20) : m.start].split()
    if not before or not rules_for("id").is_role(before[-1]):
        return [m]
    for k in range(min(3, len(words) - 1), 0, -1):
        country = " ".join(words[:k])
        if _a_country(country):
            rest = " ".join(words[k:])
            if any(_a_place_word(w) for w in words[k:]):
                return [m]
            place = EntityMention(
                country, "LOC", m.start, m.start + len(country), entity_key(country)
            )
            end = m.end
            person = EntityMention(rest, "PER", end - len(rest), end, entity_key(rest), m.role)
            return [place, person]
    return [m]


def _a_place_word(word: str) -> bool:
    """A point of the compass or a word that closes a place's name
    (``compass_words``: ``Selatan``, ``Raya``), or a place the gazetteer
    knows and no given name."""
    low = word.lower()
    return low in home_words("id", "compass_words") or (
        low in gazetteer("places") and low not in gazetteer("given_names")
    )


def _a_country(name: str) -> bool:
    """A country or a continent: by its Indonesian name (``countries``) or
    the gazetteer's (its tier 0)."""
    low = name.lower()
    return low in home_words("id", "countries") or gazetteer("places").get(low) == "0"


def _country(m: EntityMention) -> EntityMention:
    """A country's Indonesian name (``countries``: ``Jerman``, ``Korea
    Selatan``) is a place, whatever the tagger made of it: the team, the
    government and the market are the country named."""
    if m.type != "LOC" and m.text.lower() in home_words("id", "countries"):
        return replace(m, type="LOC", role=None)
    return m


@cache
def _outlet_stems() -> tuple[str, ...]:
    """The names of outlets written in lower case without their ``com``
    (``detik`` of ``detikcom``)."""
    outlets = home_words("id", "lowercase_outlets")
    return tuple(sorted(o.removesuffix("com") for o in outlets if o.endswith("com")))


def _outlet_channel(m: EntityMention) -> list[EntityMention]:
    """A lowercase outlet's name glued to a capitalised region or section is
    that outlet's channel (``detikSumbagsel``, ``detikFinance``): an
    organisation, never a person or a place; a person named right after it
    (``Kabiro detikSumbagsel Rudi Santoso``) is its own mention."""
    if m.type == "ORG":
        return [m]
    first, _, rest = m.text.partition(" ")
    if not any(
        first.startswith(stem)
        and first[len(stem) : len(stem) + 1].isupper()
        and first[len(stem) + 1 :].islower()
        for stem in _outlet_stems()
    ):
        return [m]
    channel = EntityMention(first, "ORG", m.start, m.start + len(first), entity_key(first))
    if not rest:
        return [channel]
    person = replace(m, text=rest, start=m.end - len(rest), key=entity_key(rest), role=None)
    return [channel, person]


def _province_no_person(m: EntityMention) -> EntityMention:
    """A province's short form (``region_short``: ``Sumsel``, ``Jabar``) is
    no one's name: alone it is the province, and closing a name opened by
    an acronym it is that body's branch there (``BI Sumsel``, ``KPU Jabar``)."""
    if m.type != "PER":
        return m
    words = m.text.split()
    last = words[-1].lower()
    if last not in home_words("id", "region_short") or last in gazetteer("given_names"):
        return m
    if len(words) == 1:
        return replace(m, type="LOC", role=None)
    if len(words) == 2 and words[0].isupper():
        return replace(m, type="ORG", role=None)
    return m


@cache
def _unit_place() -> re.Pattern:
    """A unit head's title, the unit's place (one to three capitalised
    words) and a rank right after it (``Kapolres Lintang AKBP``)."""
    heads = "|".join(sorted(home_words("id", "unit_roles"), key=len, reverse=True))
    ranks = "|".join(sorted(home_words("id", "ranks"), key=len, reverse=True))
    return re.compile(
        rf"\b(?i:{heads})\s+((?:[A-Z][a-z][\w'-]*)(?:\s+[A-Z][a-z][\w'-]*){{0,2}})"
        rf",?\s+(?:{ranks})\b"
    )


def _unit_places(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """The place of a unit its head is named with, before the holder's rank
    (``Kapolsek Tanah Lintang Kompol Budi``: ``Tanah Lintang``), as a place;
    what the tagger found inside it goes. A rank never opens a place's name,
    so the words between the title and the rank are the place. A person
    the tagger runs from inside the place over the rank (``Lintang AKBP
    Budi``) is the holder after the rank; a person inside the place or
    before it leaves the place unread."""
    found = []
    for match in _unit_place().finditer(text):
        start, end = match.span(1)
        over = [m for m in mentions if m.start < end and start < m.end and m.type == "PER"]
        if all(start <= m.start and m.end > match.end() for m in over):
            found.append((start, end))
            mentions = [_after_rank(text, m, match.end()) if m in over else m for m in mentions]
    if not found:
        return mentions
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in found)]
    added = [
        EntityMention(text[s:e], "LOC", s, e, entity_key(text[s:e]))
        for s, e in found
        if not any(m.start == s and m.end == e for m in kept)
    ]
    return sorted(kept + added, key=lambda m: m.start)


def _after_rank(text: str, m: EntityMention, rank_end: int) -> EntityMention:
    """The part of ``m`` after the rank that ends at ``rank_end``."""
    start = rank_end + len(text[rank_end : m.end]) - len(text[rank_end : m.end].lstrip())
    name = text[start : m.end]
    return replace(m, text=name, start=start, key=entity_key(name))


def _person_words(mentions: Sequence[EntityMention]) -> dict[str, int]:
    """How many times each word is written in the article's persons."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.type == "PER":
            for word in m.text.split():
                counts[word] = counts.get(word, 0) + 1
    return counts


# What follows the place of ``warga Sukamaju``: a verb the residents do
# (``mengeluhkan``, ``berunjuk rasa``, ``terkejut``) or a preposition of
# place (``di``, ``dari``); not a verb of saying, whose subject is as often
# one resident as the residents.
_VERB_AFTER = re.compile(
    rf"[ \t]+(?!(?:{ID_VERBS})\b)(?:(?:me|be|ter|di)[a-z]{{2,}}|di|ke|dari|menuju)\b"
)


def _residents_place(text: str, m: EntityMention, named: dict[str, int]) -> EntityMention:
    """A one-word "person" right after a noun for the people of a place
    (``residents``: ``warga Sukamaju``) is that place when a verb the
    residents do or a preposition of place follows (``warga Sukamaju
    mengeluh``): people are written ``warga bernama Rina`` or ``warga,
    Rina,``. A resident who speaks is written ``kata warga Rina``, so not
    after a verb of saying, nor before another word (``kepada wartawan``),
    nor where the article names the word as a person elsewhere; a given
    name stays a person."""
    if m.type != "PER" or " " in m.text or m.text.lower() in gazetteer("given_names"):
        return m
    before = text[max(0, m.start - 24) : m.start]
    if not before.endswith(" ") and not before.endswith("\n"):
        return m
    words = before.split()
    if not words or words[-1].lower() not in home_words("id", "residents"):
        return m
    if len(words) > 1 and _saying().fullmatch(words[-2].lower()):
        return m
    if named.get(m.text, 0) > 1 or not _VERB_AFTER.match(text, m.end):
        return m
    return replace(m, type="LOC", role=None)


@cache
def _saying() -> re.Pattern:
    """Indonesian verbs of saying (``kata``, ``ujar``, ``ujarnya``)."""
    return re.compile(rf"(?:{ID_CUES})(?:nya)?")
