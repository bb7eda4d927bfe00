"""Agencies and providers Korean news credits, as organisations it names.

A dispatch or a photo's caption gives its agency after the bureau's city
(``(서울=연합뉴스)``, ``【부산=뉴시스】``), and a photo its provider before
``제공`` (``[한빛전자 제공=연합뉴스]``, ``(사진=한빛전자 제공)``): each is an
organisation the article names, wherever the caption stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.lang.ko.datelines import DATELINES
from reader.extract.model import EntityMention, Span
from reader.extract.names import entity_key

# `[한빛전자 제공=연합뉴스]`, `(사진=한빛전자 제공)`: who provided a photo.
_PROVIDED = re.compile(
    r"[(\[【]\s*(?:(?:사진|자료|그래픽|영상)\s*[=＝]\s*)?"
    r"(?P<giver>[가-힣A-Za-z0-9][가-힣A-Za-z0-9&·]{1,19})\s*제공"
    r"(?:\s*[=＝]\s*(?P<source>[가-힣A-Za-z0-9]{2,20}))?\s*[)\]】]"
)


def find_credited(text: str, paragraphs: Sequence[Span], lang: str) -> list[EntityMention]:
    """Agencies in datelines and providers of photos, as ORG mentions by start."""
    out = []
    for start, end in paragraphs:
        if "=" not in text[start:end] and "제공" not in text[start:end]:
            continue
        for pattern in DATELINES:
            for match in pattern.finditer(text, start, end):
                out.append(_mention(text, match, "source"))
        for match in _PROVIDED.finditer(text, start, end):
            out.append(_mention(text, match, "giver"))
            if match.group("source"):
                out.append(_mention(text, match, "source"))
    return sorted(out, key=lambda m: m.start)


def _mention(text: str, match: re.Match, group: str) -> EntityMention:
    name = match.group(group)
    return EntityMention(name, "ORG", match.start(group), match.end(group), entity_key(name))
