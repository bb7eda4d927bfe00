"""Saved searches: a panel beside the library to run, rename and delete them,
with how many articles are new for each since it was last opened, and the
prompt that names one."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.ui.rich_text import line
from reader.whats_new import SAVED, NewCount

# The what's-new screen (``reader.ui.screens.whats_new``) is imported where
# a count is shown or opened: the first paint composes this panel, and
# needs neither.


class NameScreen(ModalScreen[str | None]):
    """Ask for a name; Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="name.cancel")
    ]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text), classes="dialog-title")
            yield Input(value=self.value, placeholder="name, Enter to save, Esc to cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)


class SavedSearches(Vertical):
    """The saved searches, in a panel beside the library list.

    Enter runs one (the panel posts ``Run``), or when articles arrived since
    it was last opened, lists them first (``NewFirstScreen``); either way it
    is marked seen. ``r`` renames, ``d`` deletes, ``Esc`` hands the focus
    back to the list. The counts are read in a worker, and again when the
    library notices an import (``watch``).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "rename", "Rename", id="saved.rename"),
        Binding("d,delete", "delete", "Delete", id="saved.delete"),
        Binding("escape", "leave", "Back to the list", id="saved.leave"),
    ]

    class Run(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Leave(Message):
        """The user is done with the panel."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Saved searches"), classes="panel-title")
        yield OptionList()
        yield Static(Text("Enter run · r rename · d delete · Esc back"), classes="hint")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.saved: list = []
        self.counts: dict[str, NewCount] = {}
        self._stamp: tuple | None = None

    def load(self) -> None:
        """Read the saved searches again and list them; their counts follow."""
        self.saved = self.app.library.saved_searches()
        self._list(0)
        self.refresh_counts()

    def _list(self, at: int | None) -> None:
        from reader.ui.screens.whats_new import new_text

        options = self.query_one(OptionList)
        options.clear_options()
        if not self.saved:
            options.add_option(Option(Text("(none yet: search, then press w)"), disabled=True))
        for i, (name, query) in enumerate(self.saved):
            label = line(name, "bold")
            if name in self.counts:  # first, where the narrow panel cannot cut it off
                label.append_text(new_text(self.counts[name].new))
            label.append("  ")
            label.append_text(line(query, "dim"))
            options.add_option(Option(label, id=f"s{i}"))
        if self.saved and at is not None:
            options.highlighted = min(at, len(self.saved) - 1)

    def watch(self) -> None:
        """Count again if an article arrived or was understood since."""
        if self.app.library.new_stamp() != self._stamp:
            self.refresh_counts()

    @work(thread=True, exclusive=True, group="saved-counts", exit_on_error=False)
    def refresh_counts(self) -> None:
        library = self.app.thread_library()
        stamp = library.new_stamp()
        items = library.whats_new(kinds=(SAVED,))
        self.app.call_from_thread(self._show_counts, stamp, items)

    def _show_counts(self, stamp: tuple, items: list[NewCount]) -> None:
        self._stamp = stamp
        self.counts = {item.name: item for item in items}
        self._list(self.query_one(OptionList).highlighted)

    def focus_list(self) -> None:
        self.query_one(OptionList).focus()

    def _current(self) -> tuple[str, str] | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not self.saved:
            return None
        return self.saved[index]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        name, query = self.saved[int(event.option.id[1:])]
        item = self.counts.get(name)
        if item is not None and item.new:
            from reader.ui.screens.whats_new import NewFirstScreen

            self.app.push_screen(NewFirstScreen(item))
            return
        if not self.app.library.read_only:
            with self.app.store_errors():
                self.app.library.saved_search_opened(name)
        self.post_message(self.Run(query))

    def action_leave(self) -> None:
        self.post_message(self.Leave())

    def action_rename(self) -> None:
        current = self._current()
        if current is None or not self.app.can_change():
            return

        def renamed(new: str | None) -> None:
            if new:
                self._change(lambda: self.app.library.rename_search(current[0], new))

        self.app.push_screen(NameScreen(f"Rename {current[0]!r}", current[0]), renamed)

    def action_delete(self) -> None:
        current = self._current()
        if current is not None:
            self._change(lambda: self.app.library.delete_search(current[0]))

    def _change(self, change) -> None:
        with self.app.store_errors():
            change()
        self.load()
        self.focus_list()
