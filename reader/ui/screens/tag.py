"""Ask for a tag name, completing the tags already in the library."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from reader.ui.rich_text import line


class TagScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="tag.cancel")
    ]

    def __init__(self, known: list[str]) -> None:
        super().__init__()
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Add a tag"), classes="dialog-title")
            yield Input(
                placeholder="tag name (→ completes), Enter to add, Esc to cancel",
                suggester=SuggestFromList(self.known, case_sensitive=False),
                id="tag",
            )
            if self.known:
                shown = line("known: " + ", ".join(self.known[:30]), "dim")
                shown.no_wrap = False
                yield Static(shown, classes="excerpt")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)


def ask_and_tag(app, article_id: int, added: Callable[[], None] = lambda: None) -> None:
    """Ask for a tag (completing the known ones), put it on the article, then
    call ``added``; errors go to the app's error display."""
    if not app.can_change():
        return

    def add(name: str | None) -> None:
        if not name:
            return
        with app.store_errors(ValueError):
            app.library.add_tag(article_id, name)
            added()
            app.notify("Tag added", timeout=1.5)

    with app.store_errors():
        known = [name for name, _count in app.library.all_tags()]
        app.push_screen(TagScreen(known), add)
