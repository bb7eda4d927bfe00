"""``?``: every key of the screen it was opened from, with what it does."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


def key_table(screen: Screen) -> Table:
    """The active bindings of ``screen`` that have an id, grouped by action."""
    app = screen.app
    rows: dict[tuple, list[str]] = {}
    details: dict[tuple, tuple[str, str, str]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.id or binding.system:
            continue
        group = (id(active.node), binding.action)
        display = app.get_key_display(Binding(key, binding.action))
        rows.setdefault(group, [])
        if display not in rows[group]:
            rows[group].append(display)
        details[group] = (binding.description, binding.tooltip, binding.id)
    table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
    table.add_column("Key", no_wrap=True)
    table.add_column("Does")
    table.add_column("Id (for remapping)", style="dim", no_wrap=True)
    for group, keys in rows.items():
        description, tooltip, binding_id = details[group]
        does = Text(description or "")
        if tooltip:
            does.append(f" — {tooltip}", "dim")
        table.add_row(Text(" ".join(keys), "bold"), does, Text(binding_id))
    table.add_row(Text("ctrl+p", "bold"), Text("Command palette: entities, themes, actions"), "")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self.table = key_table(screen)
        self.screen_name = type(screen).__name__.removesuffix("Screen")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help"):
            yield Static(Text(f"Keys: {self.screen_name}"), classes="dialog-title")
            with VerticalScroll(id="help-keys"):
                yield Static(self.table, id="keys")
            yield Static(Text("↑/↓, PgUp/PgDn scroll · Esc, q or ? close", "dim"))

    def on_mount(self) -> None:
        self.query_one("#help-keys", VerticalScroll).focus()
