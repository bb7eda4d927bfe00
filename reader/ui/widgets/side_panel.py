"""The story's side panel: its entities, quotes, tags and highlights.

Choosing an entry posts ``Jump`` with the offsets to show; the story screen
moves its cursor there. Entities list each entity once; choosing one again
goes to its next mention. ``o`` on an entity opens its page, on a quote its
speaker's (issue 15: the page from the story as from the finder).
"""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from db.articles import ArticleDetail
from db.records import ArticleMention
from reader.ui.rich_text import line
from reader.wording import clipped, shown_date, version_name

TYPE_COLOUR = {"PER": "cyan", "ORG": "magenta", "LOC": "green", "GPE": "green"}


def _heading(title: str, count: int) -> Option:
    return Option(Text(f"{title} ({count})", style="bold underline"), disabled=True)


class SidePanel(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "delete,backspace",
            "remove",
            "Remove",
            id="panel.remove",
            tooltip="Remove the tag or highlight under the cursor",
        ),
        Binding(
            "o,ctrl+o",
            "page",
            "Page",
            id="panel.page",
            tooltip="Open the page of the entity, or of the quote's speaker, under the cursor",
        ),
    ]

    class Jump(Message):
        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    class OpenVersion(Message):
        """Open another version of the story (another outlet's copy)."""

        def __init__(self, article_id: int) -> None:
            super().__init__()
            self.article_id = article_id

    class Remove(Message):
        def __init__(self, kind: str, value: object) -> None:
            super().__init__()
            self.kind = kind
            self.value = value

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._targets: dict[str, list[tuple[int, int]]] = {}
        self._next: dict[str, int] = defaultdict(int)
        self._values: dict[str, tuple[str, object]] = {}
        # Entry -> the entity whose page ``o`` opens (None: a quote whose
        # speaker is no known entity).
        self._pages: dict[str, int | None] = {}
        # Entry -> the other version of the story it opens.
        self._versions: dict[str, int] = {}
        # Where the story's other versions are listed (None: it has none).
        self.versions_at: int | None = None

    def show(self, detail: ArticleDetail, tag_spans) -> None:
        """List what ``detail`` holds; ``tag_spans(name)`` finds a tag's words."""
        highlighted = self.highlighted
        self.clear_options()
        self._targets.clear()
        self._values.clear()
        self._pages.clear()
        self._versions.clear()
        self.versions_at = None
        options: list[Option] = []

        if detail.versions:
            # Others published this story too (db/versions.py): Enter opens one.
            options.append(_heading("Also published by", len(detail.versions)))
            self.versions_at = len(options)
            for row in detail.versions:
                key = f"v{row.id}"
                self._versions[key] = row.id
                label = line(version_name(row), "bold")
                label.append_text(
                    line(clipped(f"  {shown_date(row.date)}  {row.title}", 80), "dim")
                )
                options.append(Option(label, id=key))

        if not detail.understood:
            # Never a partial list shown as if it were all there is.
            options.append(Option(line("names and quotes to come…", "italic dim"), disabled=True))
        entities: dict[int, list[ArticleMention]] = defaultdict(list)
        for mention in detail.mentions:
            entities[mention.entity_id].append(mention)
        options.append(_heading("Entities", len(entities)))
        for entity_id, mentions in sorted(entities.items(), key=lambda kv: -len(kv[1])):
            first = mentions[0]
            key = f"e{entity_id}"
            self._targets[key] = [(m.start, m.end) for m in mentions]
            self._pages[key] = entity_id
            label = line(first.name, TYPE_COLOUR.get((first.type or "").upper(), ""))
            label.append(f"  {first.type} ×{len(mentions)}", "dim")
            options.append(Option(label, id=key))

        options.append(_heading("Quotes", len(detail.quotes)))
        for quote in detail.quotes:
            key = f"q{quote.id}"
            self._targets[key] = [(quote.start, quote.end)]
            self._pages[key] = quote.entity_id
            label = line(quote.entity or quote.speaker or "unknown speaker", "bold")
            label.append(": ")
            label.append_text(line(clipped(detail.text[quote.start : quote.end], 80), "italic"))
            options.append(Option(label, id=key))

        options.append(_heading("Tags", len(detail.tags)))
        for number, (name, origin) in enumerate(detail.tags):
            key = f"t{number}"
            self._targets[key] = tag_spans(name)
            self._values[key] = ("tag", name)
            label = line(f"# {name}")
            if origin != "user":
                label.append(f"  ({origin})", "dim")
            options.append(Option(label, id=key))

        options.append(_heading("Highlights", len(detail.highlights)))
        for highlight in detail.highlights:
            key = f"h{highlight.id}"
            self._targets[key] = [(highlight.start, highlight.end)]
            self._values[key] = ("highlight", highlight.id)
            label = line(clipped(highlight.text or "", 80), "italic")
            if highlight.note:
                label.append_text(line(f"  — {highlight.note}", "dim"))
            options.append(Option(label, id=key))

        self.add_options(options)
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = event.option.id or ""
        if key in self._versions:
            self.post_message(self.OpenVersion(self._versions[key]))
            return
        targets = self._targets.get(key) or []
        if not targets:
            self.app.notify("Not found in the text", timeout=2)
            return
        index = self._next[key] % len(targets)
        self._next[key] = index + 1
        self.post_message(self.Jump(*targets[index]))

    def action_remove(self) -> None:
        if self.highlighted is None:
            return
        option = self.get_option_at_index(self.highlighted)
        value = self._values.get(option.id or "")
        if value is not None:
            self.post_message(self.Remove(*value))

    def action_page(self) -> None:
        if self.highlighted is None:
            return
        key = self.get_option_at_index(self.highlighted).id or ""
        if key in self._pages:
            self.app.open_entity_page(self._pages[key])
        else:
            self.app.notify("Pages are for entities and quotes' speakers.", timeout=2)
