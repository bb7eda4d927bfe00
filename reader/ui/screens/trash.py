"""``T``: the trash, where deleted articles wait until it is emptied.

A delete in the TUI (``D``) is undone here, without the command line:
``r`` (or ``Enter``) brings the highlighted article back whole, as ``reader
trash restore ID`` does (its tags, highlights, notes, names and quotes),
and ``E`` empties the trash for good after asking, as ``reader trash
empty`` does. The list is read in a thread worker: a trash can hold the
ten thousand results of one delete.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen
from reader.ui.screens.confirm import ConfirmScreen
from reader.wording import counted


class TrashScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="trash.back"),
        Binding(
            "r", "restore", "Restore", id="trash.restore", tooltip="Bring the article back whole"
        ),
        Binding(
            "E",
            "empty",
            "Empty trash",
            id="trash.empty",
            tooltip="Delete what the trash holds for good, after asking",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Trash", "bold"), classes="screen-title")
        yield OptionList(id="trash-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="trash", exit_on_error=False)
    def load(self) -> None:
        items = self.app.thread_library().trash()
        self.app.call_from_thread(self._show, items)

    def _show(self, items: list) -> None:
        self.items = items
        listing = self.query_one(OptionList)
        at = listing.highlighted or 0
        listing.clear_options()
        for item in items:
            # When first, so that a long title cut at the edge keeps it.
            label = Text(f"{item.deleted_at[:16].replace('T', ' ')}  ", "dim")
            label.append_text(line(item.title, "bold"))
            if item.source:
                label.append_text(line(f"  {item.source}", "dim"))
            label.no_wrap, label.overflow = True, "ellipsis"
            listing.add_option(Option(label, id=str(item.id)))
        if items:
            listing.highlighted = min(at, len(items) - 1)
        else:
            listing.add_option(
                Option(
                    Text("The trash is empty: D deletes an article to here.", "dim"), disabled=True
                )
            )

    @on(OptionList.OptionSelected, "#trash-list")
    def _selected(self, _event: OptionList.OptionSelected) -> None:
        self.action_restore()

    def action_restore(self) -> None:
        at = self.query_one(OptionList).highlighted
        if at is None or at >= len(self.items) or not self.app.can_change():
            return
        item = self.items[at]

        def run() -> None:
            self.app.thread_library().restore_from_trash([item.id])
            self.app.call_from_thread(restored)

        def restored() -> None:
            self.app.notify(f"Restored “{item.title}”", markup=False, timeout=3)
            self.app.library_changed()
            # Names worked out against entities gone meanwhile come again.
            self.app.understand_in_background()
            self.load()

        self.app.run_worker(run, thread=True, exit_on_error=False, group="trash-change")

    def action_empty(self) -> None:
        if not self.items or not self.app.can_change():
            return

        def run() -> None:
            emptied, _ = self.app.thread_library().empty_trash()
            self.app.call_from_thread(done, emptied)

        def done(emptied: int) -> None:
            self.app.notify(
                f"Emptied the trash: {counted(emptied, 'article')} deleted for good",
                markup=False,
                timeout=4,
            )
            self.load()

        question = f"Empty the trash of {counted(len(self.items), 'article')}?"
        self.app.push_screen(
            ConfirmScreen(question, "They are deleted for good: this cannot be undone."),
            lambda yes: (
                self.app.run_worker(run, thread=True, exit_on_error=False, group="trash-change")
                if yes
                else None
            ),
        )

    def action_back(self) -> None:
        self.dismiss()
