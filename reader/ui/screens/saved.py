"""Saved searches: a panel beside the library to run, rename and delete them,
and the prompt that names one."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.ui.rich_text import line


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

    Enter runs one (the panel posts ``Run``), ``r`` renames, ``d`` deletes,
    ``Esc`` hands the focus back to the list.
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

    def load(self) -> None:
        """Read the saved searches again and list them."""
        self.saved = self.app.library.saved_searches()
        options = self.query_one(OptionList)
        options.clear_options()
        if not self.saved:
            options.add_option(Option(Text("(none yet: search, then press w)"), disabled=True))
        for i, (name, query) in enumerate(self.saved):
            label = line(name, "bold")
            label.append("  ")
            label.append_text(line(query, "dim"))
            options.add_option(Option(label, id=f"s{i}"))
        if self.saved:
            options.highlighted = 0

    def focus_list(self) -> None:
        self.query_one(OptionList).focus()

    def _current(self) -> tuple[str, str] | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not self.saved:
            return None
        return self.saved[index]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Run(self.saved[int(event.option.id[1:])][1]))

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
