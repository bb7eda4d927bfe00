"""A small modal that asks for one line of text, or Esc for none."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from reader.safe_text import one_line
from reader.ui.rich_text import line


class AskScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="ask.cancel")
    ]

    def __init__(
        self,
        title: str,
        value: str = "",
        suggester: Suggester | None = None,
        *,
        allow_empty: bool = False,
    ) -> None:
        """``allow_empty``: Enter on an empty line answers "" (a note
        cleared), not None, which is Esc's answer."""
        super().__init__()
        self.title_text = title
        self.value = value
        self.suggester = suggester
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(line(self.title_text), classes="dialog-title")
            yield Input(
                value=one_line(self.value),
                placeholder="Enter to save, Esc to cancel",
                suggester=self.suggester,
                id="ask",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        self.dismiss(answer if answer or self.allow_empty else None)
