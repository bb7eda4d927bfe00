"""Places and works' names written inside a longer name: no entity of their own.

A place written glued to Latin letters, digits or a wave dash after it
(``仙台KAMOME3``, ``札幌09``, ``六本木〜…〜``), or to Latin letters or a
katakana word before it (``CLUB仙台``, ``ホテル東京``), is part of a venue's,
a group's or a title's name: Japanese writes the words of one name
together, and a place named on its own stands apart from such letters,
before a particle or a mark. A place is an entity only where it is named on
its own (``evaluation/gold/ANNOTATION.md``): one the article writes only
inside names is left out, one it also writes alone stays. An address
(``赤坂8-12-1``: digits and a hyphen), a floor (``…ビル1F``), a count
(``大阪2会場``) and a place before another place (``米国カリフォルニア州``)
name the place, and so does a wave dash between two places (``東京〜大阪間``:
a route or a range), and a station after its operator's letters (``JR大阪駅``).
Names inside the title of a work (``works.py``) are left
out the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.extract.lang.ja.works import without_names_in_titles
from reader.extract.model import EntityMention

_LATIN = "A-Za-zＡ-Ｚａ-ｚ"
# Glued after the place: Latin letters, a wave dash, or digits that are no
# address (`8-12`, `3丁目`), no floor (`1F`, `B1F`) and count nothing
# (`2会場`, `5日`).
_FLOOR = r"[BＢ]?[0-9０-９]+[FＦ階]"
_AFTER = re.compile(
    rf"(?!{_FLOOR})(?:[{_LATIN}〜～]|[0-9０-９]+(?![0-9０-９]*[-－−ー‐\u4e00-\u9fff]))"
)
# Glued before it: Latin letters or katakana (not `・`, which sets words apart).
_BEFORE = re.compile(rf"[{_LATIN}\u30a1-\u30faー]")


def without_names_inside(text: str, entities: Sequence[EntityMention]) -> list[EntityMention]:
    """``entities`` less the names written only inside titles of works and
    the places written only inside longer names."""
    entities = without_names_in_titles(text, entities)
    starts = {m.start for m in entities if m.type == "LOC"}
    inside = {m.text for m in entities if m.type == "LOC" and _glued(text, m.start, m.end, starts)}
    if not inside:
        return entities
    alone = {
        m.text for m in entities if m.text in inside and not _glued(text, m.start, m.end, starts)
    }
    return [m for m in entities if m.text not in inside or m.text in alone]


def _glued(text: str, start: int, end: int, places: set[int]) -> bool:
    """Whether the place at ``text[start:end]`` is glued into a longer name,
    not followed by another place (``米国カリフォルニア州``)."""
    if start > 0 and _BEFORE.match(text, start - 1):
        # A station takes its operator's letters before it (`JR大阪駅`).
        return not text.startswith("駅", end - 1)
    if text.startswith(("〜", "～"), end) and end + 1 in places:
        return False  # a route or a range (`東京〜大阪間`): two places
    return end not in places and _AFTER.match(text, end) is not None
