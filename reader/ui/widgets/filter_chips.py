"""The active filters and order, as chips; clicking a chip removes its filter."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from reader.library import ArticleFilter
from reader.ui.rich_text import line


class Chip(Static):
    def __init__(self, label: Text, field: str | None) -> None:
        super().__init__(label, classes="chip" if field else "chip order")
        self.field = field
        if field:
            self.tooltip = "Click to remove this filter"

    def on_click(self) -> None:
        if self.field:
            self.post_message(FilterChips.Removed(self.field))


class FilterChips(Horizontal):
    class Removed(Message):
        def __init__(self, field: str) -> None:
            super().__init__()
            self.field = field

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text("sorted by date"), classes="chip order")

    def show(self, where: ArticleFilter, sort: str, names: dict[str, str] | None = None) -> None:
        """Chips for ``where``; ``names`` labels entity and speaker ids."""
        names = names or {}
        self.current = (where, sort, names)
        chips: list[Chip] = [Chip(Text(f"sorted by {sort}"), None)]
        if where.lang:
            chips.append(Chip(line(f"lang: {where.lang} ✕"), "lang"))
        if where.tag:
            chips.append(Chip(line(f"tag: {where.tag} ✕"), "tag"))
        if where.entity_id is not None:
            label = names.get("entity_id", f"#{where.entity_id}")
            chips.append(Chip(line(f"entity: {label} ✕"), "entity_id"))
        if where.speaker_id is not None:
            label = names.get("speaker_id", f"#{where.speaker_id}")
            chips.append(Chip(line(f"speaker: {label} ✕"), "speaker_id"))
        if where.unread:
            chips.append(Chip(Text("unread ✕"), "unread"))
        if where.starred:
            chips.append(Chip(Text("starred ✕"), "starred"))
        self.remove_children()
        self.mount_all(chips)
