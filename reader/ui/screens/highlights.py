"""``H``: every highlight, newest first; ``Enter`` opens the story at it."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen


class HighlightsScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="highlights.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.highlights: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Highlights", "bold"), classes="screen-title")
        yield OptionList(id="highlight-list")
        yield Footer()

    def on_mount(self) -> None:
        self.load()
        self.query_one(OptionList).focus()

    def on_screen_resume(self) -> None:
        self.load()

    def load(self) -> None:
        with self.app.store_errors():
            self.highlights = self.app.library.all_highlights(limit=1000)
            self._list()

    def _list(self) -> None:
        listing = self.query_one(OptionList)
        listing.clear_options()
        options = []
        for number, h in enumerate(self.highlights):
            label = line(h.text or "", "italic")
            if h.note:
                label.append_text(line(f"  — {h.note}", "bold"))
            label.append("\n  ")
            label.append_text(line(h.title or "", "dim"))
            options.append(Option(label, id=str(number)))
        if not options:
            options.append(
                Option(Text("No highlights yet: in a story, h saves one.", "dim"), disabled=True)
            )
        listing.add_options(options)
        if self.highlights:
            listing.highlighted = 0

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        h = self.highlights[int(event.option.id or 0)]
        self.app.open_article(h.article_id, offset=h.start)

    def action_back(self) -> None:
        self.dismiss()
