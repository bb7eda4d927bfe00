"""Indonesian rules over the tagger's mentions, where the way Indonesian news
writes a name hides what it is.

News writes the people of a place as ``warga`` and the place (``warga
Sukamaju mengeluh``, ``Warga Cibodas menolak``): the noun is a common word
the tagger drops, and the place it leaves alone in front of a verb reads as a
person. Each rule reads a constant few characters before a mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.extract.lang import home_words
from reader.extract.lexicon import gazetteer
from reader.extract.model import EntityMention


def revised(text: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """``mentions`` (in text order) with the places of residents typed so."""
    return [_residents_place(text, m) for m in sorted(mentions, key=lambda m: m.start)]


def _residents_place(text: str, m: EntityMention) -> EntityMention:
    """A one-word "person" right after a noun for the people of a place
    (``residents``: ``warga Sukamaju``) is that place: people are written
    ``warga bernama Rina`` or ``warga, Rina,``, never ``warga Rina``; a
    given name stays a person."""
    if m.type != "PER" or " " in m.text or m.text.lower() in gazetteer("given_names"):
        return m
    before = text[max(0, m.start - 12) : m.start]
    if not before.endswith(" ") and not before.endswith("\n"):
        return m
    words = before.split()
    if words and words[-1].lower() in home_words("id", "residents"):
        return replace(m, type="LOC", role=None)
    return m
