"""Ask for a tag name, completing the tags already in the library."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.tags import split_tags
from reader.ui.rich_text import line
from reader.ui.screens.note import LastTagSuggester


class TagScreen(ModalScreen[list[str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="tag.cancel")
    ]

    def __init__(self, known: list[str], title: str = "Add tags") -> None:
        super().__init__()
        self.known = known
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.title_text), classes="dialog-title")
            yield Input(
                placeholder="tags, separated by commas (→ completes); Enter adds, Esc cancels",
                suggester=LastTagSuggester(self.known),
                id="tag",
            )
            if self.known:
                shown = line("known: " + ", ".join(self.known[:30]), "dim")
                shown.no_wrap = False
                yield Static(shown, classes="excerpt")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(split_tags(event.value) or None)


def ask_and_tag(app, article_id: int, added: Callable[[], None] = lambda: None) -> None:
    """Ask for a tag (completing the known ones), put it on the article, then
    call ``added``; errors go to the app's error display."""
    if not app.can_change():
        return

    def add(names: list[str] | None) -> None:
        if not names:
            return
        with app.store_errors(ValueError):
            for name in names:
                app.library.add_tag(article_id, name)
            added()
            app.notify("Tags added" if len(names) > 1 else "Tag added", timeout=1.5)

    with app.store_errors():
        known = [name for name, _count in app.library.all_tags()]
        app.push_screen(TagScreen(known), add)
