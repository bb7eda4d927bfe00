"""The active filters and order, as chips; each filter chip can be removed.

With the mouse, a click removes a chip. From the keyboard, ``f`` on the
library focuses the first filter chip; ``←``/``→`` move between chips,
``Delete``, ``Backspace`` or ``Enter`` remove the focused one (the focus
stays on the chip row while filters are left), and ``Esc`` or ``↓`` go back
to the list.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from reader.library import ArticleFilter
from reader.ui.rich_text import line


class Chip(Static):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Previous filter", show=False, id="chips.previous"),
        Binding("right", "move(1)", "Next filter", show=False, id="chips.next"),
        Binding(
            "delete,backspace,enter",
            "remove",
            "Remove filter",
            id="chips.remove",
            tooltip="Remove the focused filter",
        ),
        Binding("escape,down", "leave", "Back to list", id="chips.leave"),
    ]

    def __init__(self, label: Text, field: str | None) -> None:
        super().__init__(label, classes="chip" if field else "chip order")
        self.field = field
        self.can_focus = field is not None
        if field:
            self.tooltip = "Click (or Delete when focused) to remove this filter"

    def on_click(self) -> None:
        self.action_remove()

    def action_remove(self) -> None:
        if self.field:
            self.post_message(FilterChips.Removed(self.field))

    def action_move(self, step: int) -> None:
        chips = [chip for chip in self.parent.children if chip.can_focus]
        at = chips.index(self) + step
        if 0 <= at < len(chips):
            chips[at].focus()

    def action_leave(self) -> None:
        self.post_message(FilterChips.Leave())


class FilterChips(Horizontal):
    class Removed(Message):
        def __init__(self, field: str) -> None:
            super().__init__()
            self.field = field

    class Leave(Message):
        """The user is done with the chips: the list should take the focus."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text("sorted by date"), classes="chip order")

    @property
    def removable(self) -> list[Chip]:
        return [chip for chip in self.query(Chip) if chip.can_focus]

    def focus_first(self) -> bool:
        """Focus the first filter chip; False when there is no filter."""
        chips = self.removable
        if chips:
            chips[0].focus()
        return bool(chips)

    def show(self, where: ArticleFilter, sort: str, names: dict[str, str] | None = None) -> None:
        """Chips for ``where``; ``names`` labels entity and speaker ids."""
        names = names or {}
        self.current = (where, sort, names)
        focused = self.screen.focused
        had_focus = [i for i, chip in enumerate(self.removable) if chip is focused]
        chips: list[Chip] = [Chip(Text(f"sorted by {sort}"), None)]
        if where.lang:
            chips.append(Chip(line(f"lang: {where.lang} ✕"), "lang"))
        if where.tag:
            chips.append(Chip(line(f"tag: {where.tag} ✕"), "tag"))
        if where.entity_id is not None:
            label = names.get("entity_id", f"#{where.entity_id}")
            chips.append(Chip(line(f"entity: {label} ✕"), "entity_id"))
        if where.speaker_id is not None:
            label = names.get("speaker_id", f"#{where.speaker_id}")
            chips.append(Chip(line(f"speaker: {label} ✕"), "speaker_id"))
        if where.unread:
            chips.append(Chip(Text("unread ✕"), "unread"))
        if where.starred:
            chips.append(Chip(Text("starred ✕"), "starred"))
        hint = [Static(Text("f, then Delete: remove one"), classes="chip-hint")]
        self.remove_children()
        self.mount_all(chips + (hint if len(chips) > 1 else []))
        if had_focus:
            # The focused chip was replaced: keep the focus on the row, at the
            # same place, or hand it back to the list when no filter is left.
            removable = [chip for chip in chips if chip.can_focus]
            if removable:
                self.call_after_refresh(removable[min(had_focus[0], len(removable) - 1)].focus)
            else:
                self.post_message(FilterChips.Leave())
