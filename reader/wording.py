"""Counts in words people read: ``1 article``, ``2 articles``."""

from __future__ import annotations

import re


def counted(n: int, noun: str) -> str:
    """``n`` with ``noun``, plural unless ``n`` is one (nouns take an -s)."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def stories(n: int, articles: int | None = None) -> str:
    """How many stories a list shows (the versions of one story, copies and
    syndicated articles, are one row), and of how many articles when that
    differs: ``697 stories (711 articles)``; ``5 articles`` when every story
    is one article. ``reader stats`` and the TUI's count line say it alike,
    so that their two numbers are never taken for one count."""
    if articles is None or articles == n:
        return counted(n, "article") if articles is not None else _stories(n)
    return f"{_stories(n)} ({counted(articles, 'article')})"


def _stories(n: int) -> str:
    return f"{n:,} {'story' if n == 1 else 'stories'}"


def and_others(n: int) -> str:
    """What follows a list cut short: `` and 3 others`` (nothing for none):
    a quote group shows the few speakers quoted most."""
    return f" and {n:,} other{'' if n == 1 else 's'}" if n else ""


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` cells (a CJK character takes two),
    at the end of a word when one ends in its second half, with ``…`` when
    anything was cut: a quotation cut without the mark reads as whole, and
    a figure cut in its middle as another figure (``Rp 3`` for ``Rp 3.417
    triliun``). Nothing fits in no room."""
    from rich.cells import cell_len, set_cell_size

    if limit <= 0:
        return ""
    if cell_len(text) <= limit:
        return text
    cut = set_cell_size(text, limit - 1)
    ends = [m.start() for m in re.finditer(r"\s", cut)]
    if ends and cell_len(cut[: ends[-1]]) >= limit // 2:
        cut = cut[: ends[-1]]
    return cut.rstrip(" ,;:\t\n") + "…"


def shown_date(date: str | None) -> str:
    """A stored date as a person reads it: ``--11-03`` (stated without a
    year, as in ``Senin (3/11)``) shows its unknown year as ``????``."""
    if not date:
        return ""
    return "????" + date[1:] if date.startswith("--") else date


# The names of the languages reader tells apart (``reader.extract.language``),
# in English, for pickers and lists that show a code.
LANGUAGE_NAMES = {
    "id": "Indonesian",
    "ms": "Malay",
    "jv": "Javanese",
    "su": "Sundanese",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
    "zh-cn": "Chinese, simplified",
    "zh-tw": "Chinese, traditional",
    "th": "Thai",
    "und": "undetermined",
}


def language_name(code: str) -> str:
    """A language code's name (``id``: Indonesian; ``en-GB``: English),
    the code itself when it has none here."""
    code = code.lower()
    return LANGUAGE_NAMES.get(code) or LANGUAGE_NAMES.get(code.split("-")[0], code)


def version_name(row) -> str:
    """How a list names another version of a story (an ``ArticleRow``): by
    its source, else its file's name, else its id."""
    return row.source or (row.path or "").rsplit("/", 1)[-1] or f"article {row.id}"


def also_published(others) -> str:
    """The line a story shows when others published it too (its other
    versions, ``ArticleRow``s): each by its name and id."""
    return "also published by " + ", ".join(f"{version_name(r)} ({r.id})" for r in others)
