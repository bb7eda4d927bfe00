"""Ask for an optional note for a new highlight; Esc cancels."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.ui.rich_text import line


class NoteScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="note.cancel")
    ]

    def __init__(self, excerpt: str) -> None:
        super().__init__()
        self.excerpt = excerpt

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Highlight"), classes="dialog-title")
            excerpt = line(self.excerpt[:300], "italic")
            excerpt.no_wrap = False
            yield Static(excerpt, classes="excerpt")
            yield Input(placeholder="note (optional), Enter to save, Esc to cancel", id="note")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())
