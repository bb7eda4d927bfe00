"""The outlet an article credits, as one of the organisations it names.

A reprinted page closes with its source (``来源：光明日报``, ``（来源：新华网深圳）``,
``据《羊城晚报》报道``): the structure takes the outlet for the article's
source, and it is an organisation the article names too, without the
bureau's city (``新华网``, not ``新华网深圳``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.extract.lang.zh.datelines import CREDITS, outlet
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key


def find_credited_outlets(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """The outlets credited at a paragraph's end, as ORG mentions by start."""
    out = []
    for start, end in paragraphs:
        for pattern in CREDITS:
            match = pattern.search(text, start, end)
            if match is None:
                continue
            name = outlet(match.group("source"))
            if name:
                at = match.start("source")
                out.append(EntityMention(name, "ORG", at, at + len(name), entity_key(name)))
            break
    return sorted(out, key=lambda m: m.start)
