"""The outlet an article credits, as one of the organisations it names.

A reprinted page closes with its source (``来源：光明日报``, ``（来源：新华网深圳）``,
``据《羊城晚报》报道``), and a dispatch opens with it (``中新社北京四月十二日电``):
the structure takes the outlet for the article's source, and it is an
organisation the article names too, without the bureau's city (``新华网``,
not ``新华网深圳``; ``中新社``, not ``中新社北京``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.extract.lang.zh.datelines import CREDITS, DATELINES, outlet
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key


def find_credited_outlets(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """The outlets credited at a paragraph's end or in the dateline that
    opens the body, as ORG mentions by start."""
    out = []
    if paragraphs:
        # A dateline opens the body's first paragraph.
        start, end = paragraphs[0]
        for pattern in DATELINES:
            match = pattern.match(text, start, end)
            name = outlet(match.group("source")) if match else None
            if name:
                at = match.start("source")
                out.append(EntityMention(name, "ORG", at, at + len(name), entity_key(name)))
                break
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
