"""Ask for an optional note and tags for a new highlight; Esc cancels.

Highlights are stored as (start, end, note): there is no place for tags of
their own. So the tags go on the article (where the tag filter finds them)
and into the note as ``#tag`` words (where the highlight keeps them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from reader.tags import last_tag, split_tags
from reader.ui.rich_text import line
from reader.wording import clipped


@dataclass(frozen=True, slots=True)
class HighlightNote:
    note: str
    tags: list[str]

    @property
    def stored_note(self) -> str:
        """The note with each tag as ``#tag`` (once; a tag of several
        words as ``#several words,``, so that it reads back as one)."""
        note = self.note.casefold()
        extra = [
            f"#{tag}," if " " in tag else f"#{tag}"
            for tag in self.tags
            if f"#{tag.casefold()}" not in note
        ]
        return " ".join(part for part in [self.note, *extra] if part).rstrip(",")


class LastTagSuggester(Suggester):
    """Completes the tag being typed (after the last comma) from the known tags."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        start, typed = last_tag(value)
        if not typed:
            return None
        for name in self.known:
            if len(name) > len(typed) and name.casefold().startswith(typed.casefold()):
                return value[:start] + name
        return None


class NoteScreen(ModalScreen[HighlightNote | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="note.cancel")
    ]

    def __init__(self, excerpt: str, known_tags: list[str] | None = None) -> None:
        super().__init__()
        self.excerpt = excerpt
        self.known_tags = known_tags or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Highlight"), classes="dialog-title")
            excerpt = line(clipped(self.excerpt, 300), "italic")
            excerpt.no_wrap = False
            yield Static(excerpt, classes="excerpt")
            yield Input(placeholder="note (optional); Tab: tags, Enter: save", id="note")
            yield Input(
                placeholder="tags (optional), separated by commas; → completes",
                suggester=LastTagSuggester(self.known_tags),
                id="tags",
            )
            yield Static(
                Text("Enter saves · Esc cancels · tags are added to the article too", "dim"),
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        note = self.query_one("#note", Input).value.strip()
        tags = split_tags(self.query_one("#tags", Input).value)
        self.dismiss(HighlightNote(note, tags))
