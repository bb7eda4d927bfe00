"""A yes-or-no question before a change that touches much or cannot be
taken back lightly (frogmouth's yes/no dialog): ``y`` or Enter says yes,
``n`` or Esc no; the answer comes back through ``dismiss``."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.rich_text import line


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "dismiss(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "dismiss(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm"):
            yield Static(line(self.question), classes="dialog-title")
            if self.detail:
                yield Static(line(self.detail, "dim"), classes="excerpt")
            yield Static(Text("y / Enter: yes    n / Esc: no"))
