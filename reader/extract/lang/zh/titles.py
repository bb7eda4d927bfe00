"""Names inside the title of a work or a law (``《…》``): part of the title.

Chinese writes the title of a book, a song, a film, a standard or a law
between ``《`` and ``》``; a person or a place inside it (``《中华人民共和国
某某法》``, ``《夜游某某山》``) is a word of the work's name, no mention of
that person or place, as a place inside an organisation's name is part of
it. A title that is the name whole (``《新民晚报》``, a newspaper) is left
alone, and so are organisations inside one (``《中共中央国务院关于…的决定》``
names who decided).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.extract.model import EntityMention, Span

_TITLE = re.compile(r"《[^《》\n]{2,60}》")


def without_names_in_titles(
    text: str, paragraphs: Sequence[Span], entities: Sequence[EntityMention]
) -> list[EntityMention]:
    """``entities`` without the people and places written inside a longer
    title of a work or a law."""
    if "《" not in text:
        return list(entities)
    titles = [m.span() for m in _TITLE.finditer(text)]
    if not titles:
        return list(entities)
    starts = [s for s, _ in titles]
    return [m for m in entities if not (m.type in ("PER", "LOC") and _inside(m, titles, starts))]


def _inside(m: EntityMention, titles: list[tuple[int, int]], starts: list[int]) -> bool:
    k = bisect.bisect_right(starts, m.start) - 1
    if k < 0:
        return False
    s, e = titles[k]
    # Inside its marks and shorter than what they hold.
    return s < m.start and m.end < e and (m.start, m.end) != (s + 1, e - 1)
