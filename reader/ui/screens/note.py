"""Ask for an optional note and tags for a new highlight; Esc cancels.

Highlights are stored as (start, end, note): there is no place for tags of
their own. So the tags go on the article (where the tag filter finds them)
and into the note as ``#tag`` words (where the highlight keeps them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from reader.ui.rich_text import line

_SEPARATORS = re.compile(r"[,\s]+")
_LAST_WORD = re.compile(r"#?([^\s,#]*)$")


def parse_tags(typed: str) -> list[str]:
    """Tags typed as words separated by commas or spaces, a leading ``#``
    dropped, each once, in the order typed."""
    tags: list[str] = []
    for word in _SEPARATORS.split(typed):
        word = word.lstrip("#")
        if word and word.casefold() not in {t.casefold() for t in tags}:
            tags.append(word)
    return tags


@dataclass(frozen=True, slots=True)
class HighlightNote:
    note: str
    tags: list[str]

    @property
    def stored_note(self) -> str:
        """The note with each tag as a ``#tag`` word (once)."""
        present = {w.casefold() for w in re.findall(r"#([^\s,#]+)", self.note)}
        extra = [f"#{tag}" for tag in self.tags if tag.casefold() not in present]
        return " ".join(part for part in [self.note, *extra] if part)


class LastWordSuggester(Suggester):
    """Completes the last word typed from the known tags."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = [name for name in known if not _SEPARATORS.search(name)]

    async def get_suggestion(self, value: str) -> str | None:
        word = _LAST_WORD.search(value)
        typed = word.group(1) if word else ""
        if not typed:
            return None
        for name in self.known:
            if len(name) > len(typed) and name.casefold().startswith(typed.casefold()):
                return value[: word.start(1)] + name
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
            excerpt = line(self.excerpt[:300], "italic")
            excerpt.no_wrap = False
            yield Static(excerpt, classes="excerpt")
            yield Input(placeholder="note (optional); Tab: tags, Enter: save", id="note")
            yield Input(
                placeholder="tags (optional), separated by spaces; → completes",
                suggester=LastWordSuggester(self.known_tags),
                id="tags",
            )
            yield Static(
                Text("Enter saves · Esc cancels · tags are added to the article too", "dim"),
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        note = self.query_one("#note", Input).value.strip()
        tags = parse_tags(self.query_one("#tags", Input).value)
        self.dismiss(HighlightNote(note, tags))
