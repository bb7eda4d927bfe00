"""The story's edit dialog: correct an article's title, date, source, URL
or author. What is saved wins over the file's metadata and extraction,
and a reindex keeps it (``db.edits``)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from db.articles import ArticleRow
from reader.safe_text import one_line

FIELDS = ("title", "date", "source", "url", "author")


class EditScreen(ModalScreen[dict[str, str] | None]):
    """Answers the fields that were changed (an emptied one as ""), or
    None for Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="edit.cancel")
    ]

    def __init__(self, row: ArticleRow, edited: set[str] = frozenset()) -> None:
        """``edited``: the fields the user corrected before, marked so."""
        super().__init__()
        self.before = {name: one_line(getattr(row, name) or "") for name in FIELDS}
        self.edited = edited

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="edit"):
            yield Static(Text("Correct this article"), classes="dialog-title")
            for name in FIELDS:
                yield Label(Text(name + ("  (your edit)" if name in self.edited else "")))
                yield Input(value=self.before[name], id=f"edit-{name}")
            yield Static(
                Text("Enter saves, Tab moves, Esc cancels; a date like 2025-06-23", style="dim")
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        after = {name: self.query_one(f"#edit-{name}", Input).value for name in FIELDS}
        changed = {n: v.strip() for n, v in after.items() if v.strip() != self.before[n]}
        self.dismiss(changed or None)
