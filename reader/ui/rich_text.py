"""Article data turned into Rich ``Text`` that is safe to draw.

Everything from an article (titles, text, tags, entity names, quotes, notes,
file names) is data, never markup: it goes into ``Text(...)`` objects, never
into markup strings, and through ``reader.safe_text`` so that no control
character, escape sequence or bidi override reaches the terminal. Every
stand-in is one character for one, so offsets into article text stay valid.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.style import Style
from rich.text import Text

from reader.safe_text import one_line, visible
from reader.wording import clipped


def safe(text: str | None) -> str:
    """``text`` with unsafe characters made visible and tabs as spaces."""
    return visible(text or "").replace("\t", " ")


def line(text: str | None, style: str | Style = "") -> Text:
    """One line of data as Text: newlines and tabs become spaces."""
    return Text(one_line(text or ""), style=style, no_wrap=True, end="")


def marked(
    text: str | None,
    spans: Iterable[tuple[int, int]],
    mark: str | Style,
    style: str | Style = "",
) -> Text:
    """One line of data with the given spans styled with ``mark``."""
    result = line(text, style)
    for start, end in spans:
        result.stylize(mark, start, end)
    return result


def clipped_marked(
    text: str | None,
    spans: Iterable[tuple[int, int]],
    mark: str | Style,
    width: int,
    style: str | Style = "",
) -> Text:
    """Like ``marked``, cut to ``width`` cells at the end of a word with
    ``…`` (``wording.clipped``): a line cut by the terminal ends mid-word
    (``pelabu``) and reads as a whole line. Spans past the cut are dropped."""
    full = one_line(text or "")
    shown = clipped(full, width)
    # ``clipped`` keeps a prefix of the text (and adds ``…``), so offsets hold.
    kept = len(shown) if shown == full else len(shown) - 1
    inside = [(s, min(e, kept)) for s, e in spans if s < kept]
    return marked(shown, inside, mark, style)
