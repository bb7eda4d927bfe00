"""``N``: what is new since you last looked, per saved search and followed
entity, and what opening one shows: its new articles first.

The counts (``Library.whats_new``) are read in a thread worker, and again
whenever an article arrives or one is understood, by this process or
another (``Library.new_stamp``, looked at as often as the library looks for
other processes' imports). Opening one (``Enter``) lists its new articles,
newest first, then the others it finds, and marks it seen (a read-only
library keeps no marks). ``F`` there stops following an entity.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.library import ArticleFilter
from reader.ui.follow import toggle_follow
from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen
from reader.whats_new import ENTITY, NEW_BOUND, SAVED, NewCount
from reader.wording import shown_date

# Seconds between two looks for a change (as the library's list looks).
WATCH_S = 5.0


def new_text(count: int) -> Text:
    """``3 new`` in bold, or nothing when there is nothing new."""
    if not count:
        return Text("")
    shown = f"{NEW_BOUND:,}+" if count > NEW_BOUND else f"{count:,}"
    return Text(f"  {shown} new", "bold")


def _opened(item: NewCount) -> str:
    return f"  last opened {item.last_opened[:16].replace('T', ' ')}" if item.last_opened else ""


class WhatsNewScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="new.back"),
        Binding(
            "F",
            "unfollow",
            "Unfollow",
            id="new.unfollow",
            tooltip="Stop following the entity under the cursor",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[NewCount] = []
        self._stamp: tuple | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("New since you last looked", "bold"), classes="screen-title")
        yield OptionList(id="new-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.load()
        self.set_interval(WATCH_S, self._watch)

    def on_screen_resume(self) -> None:
        self.load()

    def _watch(self) -> None:
        with self.app.store_errors():
            if self.app.library.new_stamp() != self._stamp:
                self.load()

    @work(thread=True, exclusive=True, group="whats-new", exit_on_error=False)
    def load(self) -> None:
        library = self.app.thread_library()
        stamp = library.new_stamp()
        items = library.whats_new()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, stamp, items)

    def _show(self, stamp: tuple, items: list[NewCount]) -> None:
        self._stamp = stamp
        self.items = items
        listing = self.query_one(OptionList)
        at = listing.highlighted or 0
        listing.clear_options()
        for number, item in enumerate(items):
            label = line(item.name, "bold")
            label.append("  saved search" if item.kind == SAVED else "  followed", "dim")
            label.append_text(new_text(item.new))
            label.append(_opened(item), "dim")
            listing.add_option(Option(label, id=str(number)))
        if not items:
            listing.add_option(
                Option(
                    Text(
                        "Nothing followed yet: w saves a search; F on an entity's page"
                        " (ctrl+f in the finder) follows it.",
                        "dim",
                    ),
                    disabled=True,
                )
            )
        else:
            listing.highlighted = min(at, len(items) - 1)

    @on(OptionList.OptionSelected, "#new-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        self.app.push_screen(NewFirstScreen(self.items[int(event.option.id or 0)]))

    def action_unfollow(self) -> None:
        at = self.query_one(OptionList).highlighted
        if at is None or at >= len(self.items) or self.items[at].kind != ENTITY:
            self.notify("Only a followed entity can be unfollowed here.", markup=False)
            return
        item = self.items[at]
        toggle_follow(self.app, int(item.key), item.name, self.load)

    def action_back(self) -> None:
        self.dismiss()


class NewFirstScreen(ReaderScreen):
    """One saved search or followed entity: its new articles, then the rest."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="new_first.back"),
    ]

    def __init__(self, item: NewCount) -> None:
        super().__init__()
        self.item = item
        self.ids: list[int] = []
        self.fresh = 0

    def compose(self) -> ComposeResult:
        yield Static(id="new-first-title", classes="screen-title")
        yield OptionList(id="new-first-list")
        yield Footer()

    def on_mount(self) -> None:
        title = line(self.item.name, "bold")
        if self.item.query is not None:
            title.append_text(line(f"  {self.item.query}", "dim"))
        self.query_one(Static).update(title)
        self.query_one(OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="new-first", exit_on_error=False)
    def load(self) -> None:
        library = self.app.thread_library()
        fresh, others = library.open_new(self.item)
        ids = fresh + others
        rows = {r.id: r for r in library.articles(ArticleFilter(ids=tuple(ids)))}
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, fresh, [rows[i] for i in ids if i in rows])

    def _show(self, fresh: list[int], rows: list) -> None:
        self.ids = [r.id for r in rows]
        new = set(fresh)
        listing = self.query_one(OptionList)
        listing.clear_options()
        if self.item.last_opened:
            since = f"you last looked, {self.item.last_opened[:16].replace('T', ' ')}"
        else:
            since = "you saved it" if self.item.kind == SAVED else "you followed it"
        heading = f"New since {since} ({len(fresh):,})"
        listing.add_option(Option(Text(heading, "bold underline"), disabled=True))
        earlier = False
        for number, row in enumerate(rows):
            if row.id not in new and not earlier:
                earlier = True
                listing.add_option(Option(Text("Earlier", "bold underline"), disabled=True))
            label = Text("● " if row.id in new else "  ", "bold")
            label.append(f"{shown_date(row.date):<10}  ", "dim")
            label.append_text(line(row.title, "bold" if row.id in new else ""))
            if row.source:
                label.append_text(line(f"  {row.source}", "dim"))
            listing.add_option(Option(label, id=str(number)))
        if fresh:
            listing.highlighted = 1

    @on(OptionList.OptionSelected, "#new-first-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        article_id = self.ids[int(event.option.id or 0)]
        self.app.open_article(article_id, query=self.item.query or "")

    def action_back(self) -> None:
        self.dismiss()
