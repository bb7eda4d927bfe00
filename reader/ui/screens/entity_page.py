"""The entity page: one person, organisation or place, whole.

Opened from the finder (``ctrl+o``). It shows what the entity is called
and how often each spelling is written, when it is in the news (articles a
month), what it said, what others said about it, and who appears with it.
``Enter`` on a quote opens the story at it; on another entity, its page.
The page curates too, with plain letters since nothing here is typed into:
``h`` hides (or shows again), ``t`` fixes the type, ``r`` renames, ``u``
undoes the newest curation; ``F`` follows it (``N`` on the library counts
its new articles) or stops. Names and quotes are article data, drawn through
``reader.ui.rich_text``, never as markup.
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

from db.entities import EntityPage
from reader.ui import curate
from reader.ui.follow import toggle_follow
from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen
from reader.ui.widgets.side_panel import TYPE_COLOUR
from reader.wording import clipped, counted


def _heading(text: str) -> Option:
    return Option(Text(text, "bold underline"), disabled=True)


def when_line(timeline: dict[str, int], articles: int) -> str:
    """The entity's articles a month, and how many have no date (a month
    list that sums to fewer than the articles counted above it would read
    as a miscount)."""
    shown = "  ".join(f"{month} {n}" for month, n in timeline.items())
    if not shown:
        return "no dated articles"
    undated = articles - sum(timeline.values())
    return shown + (f"  ({counted(undated, 'article')} undated)" if undated > 0 else "")


class EntityPageScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="entity_page.back"),
        Binding(
            "f",
            "filter",
            "Articles",
            id="entity_page.filter",
            tooltip="Filter the library to the articles that mention it",
        ),
        Binding(
            "h",
            "hide",
            "Hide/show",
            id="entity_page.hide",
            tooltip="Not an entity: out of lists and filters, its quotes unattributed (again: show)",
        ),
        Binding("t", "retype", "Type", id="entity_page.retype", tooltip="PER, ORG or LOC"),
        Binding(
            "r",
            "rename",
            "Rename",
            id="entity_page.rename",
            tooltip="The name it is shown under; the old one stays a variant",
        ),
        Binding("u", "undo", "Undo", id="entity_page.undo", tooltip="Revert the newest curation"),
        Binding(
            "F",
            "follow",
            "Follow",
            id="entity_page.follow",
            tooltip="Follow it (again: stop): N counts its new articles",
        ),
    ]

    def __init__(self, entity_id: int) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.page: EntityPage | None = None
        self._targets: list[tuple[str, object]] = []

    def compose(self) -> ComposeResult:
        yield Static(id="page-title", classes="screen-title")
        yield Static(id="page-facts")
        yield OptionList(id="page-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="entity-page", exit_on_error=False)
    def load(self) -> None:
        # A store error ends the worker and is shown by the app (one place).
        library = self.app.thread_library()
        page = library.entity_page(self.entity_id)
        followed = library.is_followed(self.entity_id)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, page, followed)

    def show(self, page: EntityPage, followed: bool = False) -> None:
        self.page = page
        title = line(page.name, f"bold {TYPE_COLOUR.get(page.type, '')}")
        title.append(f"  {page.type} · {counted(page.articles, 'article')}", "dim")
        if page.hidden:
            title.append("  hidden", "reverse")
        if followed:
            title.append("  followed", "bold")
        self.query_one("#page-title", Static).update(title)
        facts = Text(no_wrap=False)
        facts.append("Written as: ", "bold")
        facts.append_text(line(", ".join(f"{v['name']} ({v['count']})" for v in page.variants)))
        facts.append("\nWhen: ", "bold")
        facts.append(when_line(page.timeline, page.articles))
        self.query_one("#page-facts", Static).update(facts)
        options: list[Option] = []
        self._targets = []

        def target(label: Text, kind: str, value: object) -> None:
            options.append(Option(label, id=f"t{len(self._targets)}"))
            self._targets.append((kind, value))

        options.append(_heading(f"Said ({len(page.quotes)})"))
        for quote in page.quotes:
            label = line(clipped(quote["text"], 160), "italic")
            label.append_text(line(f"  — {quote['title']}", "dim"))
            if quote["articles"] > 1:
                first = quote["first_seen"]
                seen = " ".join(str(first[k]) for k in ("date", "source") if first.get(k))
                label.append_text(
                    line(
                        f" · {counted(quote['articles'], 'article')} · {counted(len(quote['sources']), 'source')}"
                        f" · first {seen or 'undated'}",
                        "dim",
                    )
                )
            if quote["wordings"] > 1:
                label.append_text(line(f" · {quote['wordings']} wordings", "dim"))
            if quote["disagreement"]:
                label.append_text(line(" · speakers disagree", "yellow"))
            target(label, "quote", quote)
        options.append(_heading(f"Said about it ({len(page.said_about)})"))
        for quote in page.said_about:
            label = line(f"{quote['speaker'] or 'unattributed'}: ", "bold")
            label.append_text(line(clipped(quote["text"], 160), "italic"))
            label.append_text(line(f"  — {quote['title']}", "dim"))
            target(label, "quote", quote)
        options.append(_heading(f"Appears with ({len(page.co_mentioned)})"))
        for other in page.co_mentioned:
            label = line(other["name"], TYPE_COLOUR.get(other["type"], ""))
            label.append(f"  {other['type']} · {other['shared']} shared", "dim")
            target(label, "entity", other["id"])
        listing = self.query_one("#page-list", OptionList)
        listing.clear_options()
        listing.add_options(options)

    @on(OptionList.OptionSelected, "#page-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        kind, value = self._targets[int((event.option.id or "t0")[1:])]
        if kind == "quote":
            self.app.open_article(value["article_id"], offset=value["start"])
        else:
            self.app.push_screen(EntityPageScreen(value))

    def action_filter(self) -> None:
        if self.page is not None:
            self.app.filter_library(entity_id=self.page.id, label=self.page.name)

    def action_hide(self) -> None:
        curate.toggle_hidden(self.app, self.entity_id, self.load)

    def action_retype(self) -> None:
        if self.page is not None:
            curate.retype(self.app, self.entity_id, self.page.name, self.load)

    def action_rename(self) -> None:
        if self.page is not None:
            curate.rename(self.app, self.entity_id, self.page.name, self.load)

    def action_undo(self) -> None:
        curate.undo(self.app, self.load)

    def action_follow(self) -> None:
        if self.page is not None:
            toggle_follow(self.app, self.entity_id, self.page.name, self.load)

    def action_back(self) -> None:
        self.dismiss()
