"""Names inside the title of a work: no entity of the article's own.

Japanese marks the title of a film, a book, a show or a song with ``『…』``
(``『ロンドンの恋人』``, ``『アンナ・ベル／約束の日』``): a place or a person
named inside it (a character, a setting) is part of the work's name, and a
work is no entity (``evaluation/gold/ANNOTATION.md``). A name that the
article writes only there is left out; one it also writes outside the marks
stays. ``『…』`` inside ``「…」`` quotes within a quotation (what someone
said was said to them), whose names are names: those are not titles.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.extract.model import EntityMention


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside ``『…』`` on its line, not
    within a quotation's ``「…」``."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("『", line_start, start)
    if opening < 0 or text.rfind("』", opening, start) >= 0:
        return False
    line_end = text.find("\n", end)
    closing = text.find("』", end, len(text) if line_end < 0 else line_end)
    if closing < 0:
        return False
    return text.rfind("「", line_start, opening) <= text.rfind("」", line_start, opening)


def without_names_in_titles(text: str, entities: Sequence[EntityMention]) -> list[EntityMention]:
    """``entities`` less the names the article writes only inside titles of works."""
    if "『" not in text:
        return list(entities)
    outside = {m.text for m in entities if not _in_title(text, m.start, m.end)}
    return [m for m in entities if m.text in outside]
