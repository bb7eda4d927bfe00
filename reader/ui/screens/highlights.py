"""``H``: every highlight, newest first, to manage: ``Enter`` opens the
story at it, ``n`` edits its note, ``d`` deletes it, ``E`` writes them all
to a file."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from db.records import HighlightRow
from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen


class HighlightsScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="highlights.back"),
        Binding(
            "n", "edit_note", "Note", id="highlights.note", tooltip="Edit the highlight's note"
        ),
        Binding("d,delete", "delete", "Delete", id="highlights.delete", tooltip="Delete it"),
        Binding(
            "E",
            "export",
            "Export",
            id="highlights.export",
            tooltip="Write every highlight to a file (.md, .csv or .json)",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.highlights: list[HighlightRow] = []

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
        at = listing.highlighted or 0
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
            listing.highlighted = min(at, len(self.highlights) - 1)

    @property
    def current(self) -> HighlightRow | None:
        at = self.query_one(OptionList).highlighted
        return self.highlights[at] if at is not None and at < len(self.highlights) else None

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        h = self.highlights[int(event.option.id or 0)]
        self.app.open_article(h.article_id, offset=h.start)

    def action_edit_note(self) -> None:
        from reader.ui.screens.ask import AskScreen

        h = self.current
        if h is None or not self.app.can_change():
            return

        def save(note: str | None) -> None:
            if note is None:  # Esc: the note stays as it was
                return
            with self.app.store_errors():
                self.app.library.set_highlight_note(h.id, note)
                self.load()
                self.notify("Note saved", timeout=1.5)

        self.app.push_screen(AskScreen("Note (empty: none)", h.note, allow_empty=True), save)

    def action_delete(self) -> None:
        h = self.current
        if h is None or not self.app.can_change():
            return
        with self.app.store_errors():
            self.app.library.remove_highlight(h.id)
            self.load()
            self.notify("Highlight deleted", timeout=1.5)

    def action_export(self) -> None:
        from reader.export import all_pages
        from reader.ui.export_view import ask_and_export

        ask_and_export(
            self.app,
            "highlights",
            lambda library: [h._asdict() for h in all_pages(library.all_highlights)],
        )

    def action_back(self) -> None:
        self.dismiss()
