"""App-wide messages: small dataclasses that flow up from workers and widgets.

Thread workers never touch widgets; they post one of these and the screen
that owns the view applies it on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from db.search import SearchHit

if TYPE_CHECKING:  # the importer is no part of the first paint
    from reader.importer import FileResult


@dataclass
class SearchFinished(Message):
    """Results for ``query``; ``offset`` > 0 when they extend earlier ones."""

    query: str
    hits: list[SearchHit]
    total: int
    offset: int = 0
    # Lines for the count: names of the query that fit several entities
    # (Library.name_notes), and whether the answer is still partial.
    notes: tuple[str, ...] = ()


@dataclass
class ArticleChanged(Message):
    """Something users change about an article (read, star, tags, highlights)."""

    article_id: int


@dataclass
class OpenArticle(Message):
    """Ask the app to open a story, optionally at an offset or with a query."""

    article_id: int
    query: str = ""
    offset: int | None = None


@dataclass
class ImportProgress(Message):
    """One file of an import is done."""

    done: int
    total: int
    result: FileResult


@dataclass
class ImportFinished(Message):
    counts: dict[str, int] = field(default_factory=dict)
