"""Search hits, best first: title and meta on one line, the snippet below.

The hits themselves come from a worker; this widget only draws the ones on
screen and says when the user scrolls near the end so more can be fetched.
"""

from __future__ import annotations

from rich.text import Text
from textual.message import Message

from db.search import SearchHit
from reader.ui.rich_text import clipped_marked, line
from reader.ui.widgets.virtual_list import VirtualList
from reader.wording import shown_date, version_name

MORE_WITHIN = 10


class SearchResults(VirtualList):
    row_height = 3

    class NeedMore(Message):
        """The cursor is near the last loaded hit and there are more."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.hits: list[SearchHit] = []
        self.total = 0

    def set_hits(self, hits: list[SearchHit], total: int) -> None:
        self.hits = list(hits)
        self.total = total
        self.set_row_count(len(self.hits), 0)

    def add_hits(self, hits: list[SearchHit]) -> None:
        self.hits.extend(hits)
        self.set_row_count(len(self.hits))

    @property
    def current(self) -> SearchHit | None:
        return self.hits[self.cursor] if 0 <= self.cursor < len(self.hits) else None

    def watch_cursor(self, old: int, new: int) -> None:
        super().watch_cursor(old, new)
        if len(self.hits) < self.total and new >= len(self.hits) - MORE_WITHIN:
            self.post_message(self.NeedMore())

    def render_row(self, index: int, width: int) -> list[Text]:
        hit = self.hits[index]
        dim = self.get_component_rich_style("virtual-list--dim")
        mark = self.get_component_rich_style("virtual-list--hit")
        meta = Text("  ", end="")
        versions = f"{hit.versions} versions" if hit.versions > 1 else None
        # Without a source, the file's name tells two stories apart, as
        # in `reader search`.
        parts = (version_name(hit), shown_date(hit.date), hit.lang, versions)
        meta.append_text(line(" · ".join(x for x in parts if x), dim))
        # A long title (a one-line article's first sentence) is cut at a
        # word so that who and when stay on screen.
        room = max(width - meta.cell_len, width // 2)
        title = clipped_marked(hit.title, hit.title_hits, mark, room, "bold")
        title.append_text(meta)
        snippet = Text("  ", end="")
        snippet.append_text(clipped_marked(hit.snippet.text, hit.snippet.hits, mark, width - 2))
        return [title, snippet, Text("")]
