"""A list that draws only the rows on screen, with a cursor.

Subclasses say how many rows there are and how to render one; the list never
holds more than what it draws, so a million rows cost the same as ten (the
Line API, as in toolong's log view).
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class VirtualList(ScrollView, can_focus=True):
    """Rows of ``row_height`` lines, rendered on demand by ``render_row``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "select", "Open", id="list.open", tooltip="Open the article"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--cursor",
        "virtual-list--dim",
        "virtual-list--hit",
        "virtual-list--mark",
    }

    row_height = 1
    cursor: reactive[int] = reactive(0, always_update=True)

    class RowMessage(Message):
        """About one row of a list; ``control`` lets handlers pick the list by id."""

        def __init__(self, source: VirtualList, index: int) -> None:
            super().__init__()
            self.source = source
            self.index = index

        @property
        def control(self) -> VirtualList:
            return self.source

    class Highlighted(RowMessage):
        """The cursor moved to a row."""

    class Selected(RowMessage):
        """A row was chosen (Enter or a click)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._count = 0
        self._row_cache: dict[tuple[int, int, bool], list[Strip]] = {}

    # -- what subclasses provide -------------------------------------------

    @property
    def row_count(self) -> int:
        return self._count

    def render_row(self, index: int, width: int) -> list[Text]:
        """The ``row_height`` lines of row ``index``."""
        raise NotImplementedError

    # -- state -------------------------------------------------------------

    def set_row_count(self, count: int, cursor: int | None = None) -> None:
        """Resize the list; keeps the cursor (and the scroll) where they were."""
        self._count = count
        self._row_cache.clear()
        self.virtual_size = Size(self._content_width, count * self.row_height)
        target = self.cursor if cursor is None else cursor
        self.cursor = max(0, min(target, count - 1))
        self.refresh()

    def invalidate(self) -> None:
        """Forget rendered rows (their data changed) and draw again."""
        self._row_cache.clear()
        self.refresh()

    @property
    def _content_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def on_resize(self, event: events.Resize) -> None:
        self._row_cache.clear()
        self.virtual_size = Size(self._content_width, self._count * self.row_height)

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, self._count - 1)) if self._count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self._row_cache.pop((old, self._content_width, True), None)
        self._row_cache.pop((old, self._content_width, False), None)
        self._row_cache.pop((new, self._content_width, False), None)
        if self._count:
            self.scroll_to_region(
                Region(0, new * self.row_height, self._content_width, self.row_height),
                animate=False,
                force=True,
                immediate=True,
            )
            self.post_message(self.Highlighted(self, new))
        self.refresh()

    # -- drawing -----------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_y = self.scroll_offset.y
        width = self._content_width
        index, sub = divmod(scroll_y + y, self.row_height)
        base = self.rich_style
        if index >= self._count:
            return Strip.blank(width, base)
        selected = index == self.cursor
        key = (index, width, selected)
        strips = self._row_cache.get(key)
        if strips is None:
            strips = self._render_strips(index, width, selected)
            if len(self._row_cache) > 512:
                self._row_cache.clear()
            self._row_cache[key] = strips
        return strips[sub] if sub < len(strips) else Strip.blank(width, base)

    def _render_strips(self, index: int, width: int, selected: bool) -> list[Strip]:
        base = self.rich_style
        cursor_style = self.get_component_rich_style("virtual-list--cursor")
        if selected and not self.has_focus:
            cursor_style = Style(bgcolor=cursor_style.bgcolor, dim=False)
        strips = []
        for text in self.render_row(index, width)[: self.row_height]:
            segments = list(text.render(self.app.console, end=""))
            strip = Strip(segments).crop_extend(0, width, base).simplify()
            strip = strip.apply_style(base)
            if selected:
                strip = Strip(
                    [Segment(s.text, (s.style or Style()) + cursor_style, s.control) for s in strip]
                )
            strips.append(strip)
        while len(strips) < self.row_height:
            strips.append(Strip.blank(width, cursor_style if selected else base))
        return strips

    def on_focus(self) -> None:
        self.invalidate()

    def on_blur(self) -> None:
        self.invalidate()

    # -- moving ------------------------------------------------------------

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height - 1)

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_page_up(self) -> None:
        self.cursor -= self._page

    def action_page_down(self) -> None:
        self.cursor += self._page

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self._count - 1

    def action_select(self) -> None:
        if self._count:
            self.post_message(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        index = (self.scroll_offset.y + event.y) // self.row_height
        if 0 <= index < self._count:
            if index == self.cursor and event.chain >= 2:
                self.action_select()
            self.cursor = index
