"""Things written in capitals that are no person, organisation or place.

The tagger finds names by their capitals, and news capitalises more than
names: events and competitions (``Consumer Electronics Show``, ``Hurricane
Mitch``, ``Piala Presiden``), products and their models (``Pontiac G6``),
kinds of thing counted in the plural (``two PSPs``, ``the ATMs``), and a
language's own vocabulary of programmes, laws and budgets written as
acronyms (Indonesian ``APBN``, ``KUHP``, ``OTT``). The blind gold of every
language leaves them out (``evaluation/gold/ANNOTATION.md``); so does this
stage, after the tagger and the rules of ``entities`` have named the
article's mentions. Each kind of word is a list in the language's home:
``event_heads`` (the last word of an event's name), ``event_firsts`` (its
first), ``terms`` (words and long forms that are no names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.extract.lang import LanguageRules
from reader.extract.model import EntityMention
from reader.extract.names import entity_key

# A model's designation: letters and digits in one word (`G6`, `X5`, `A380`).
_MODEL = re.compile(r"(?=\w*\d)(?=\w*[A-Za-z])\w+")
# An acronym in the plural (`PSPs`, `ATMs`, `IDNs`).
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def without_non_names(
    entities: Sequence[EntityMention], rules: LanguageRules
) -> list[EntityMention]:
    """``entities`` of a Latin-script article with events typed ``MISC``
    (as holidays are) and products, counted kinds and terms left out; an
    acronym paired with a long form shares its fate, by their common key."""
    entities = _events(entities, rules)
    dropped = _terms(entities, rules) | _counted(entities) | _models(entities)
    return [m for m in entities if m.key not in dropped]


def _events(entities: Sequence[EntityMention], rules: LanguageRules) -> list[EntityMention]:
    """Events, competitions and awards by their first or last word
    (``Game Developers Conference``, ``Hurricane Mitch``, ``Piala Dunia``):
    ``MISC``, with every mention under the same key (``CES``, ``Mitch``)."""
    heads, firsts = rules.words("event_heads"), rules.words("event_firsts")
    keys = set()
    for m in entities:
        words = m.text.lower().split()
        if len(words) > 1 and (words[-1] in heads or words[0] in firsts):
            keys.add(m.key)
    if not keys:
        return list(entities)
    return [replace(m, type="MISC") if m.key in keys else m for m in entities]


def _terms(entities: Sequence[EntityMention], rules: LanguageRules) -> set[str]:
    """Keys of the language's terms (``APBN``, ``Produk Domestik Bruto``)."""
    terms = rules.words("terms")
    return {m.key for m in entities if m.text.lower() in terms}


def _counted(entities: Sequence[EntityMention]) -> set[str]:
    """Keys of things the article counts: an acronym in the plural
    (``two PSPs``), and a name the article also writes in the plural
    (``PlayStation`` and ``PlayStations``) with it, unless it is a person
    named in full or a place. Organisations and people are not counted."""
    texts = {m.text for m in entities}
    keys = set()
    for m in entities:
        singulars = (
            {m.text[:-1], m.text[:-2] if m.text.endswith("es") else ""} & texts
            if m.text.endswith("s")
            else set()
        )
        if _PLURAL_ACRONYM.fullmatch(m.text) is None and not singulars:
            continue
        keys.add(m.key)
        keys.update(
            s.key
            for s in entities
            if s.text in singulars and s.type != "LOC" and s.key == entity_key(s.text)
        )
    return keys


def _models(entities: Sequence[EntityMention]) -> set[str]:
    """Keys of a make and a model (``Pontiac G6``, ``Airbus A380``): a name
    of several words whose last is letters and digits."""
    return {
        m.key
        for m in entities
        if m.type in ("ORG", "PER") and " " in m.text and _MODEL.fullmatch(m.text.rsplit(" ", 1)[1])
    }
