"""``e``: find an entity by any of its names as you type; see its quotes and company.

``Enter`` on an entity filters the library to the articles that mention it
(every variant); the panel on the right shows its quotes (for a person) and
the entities that appear with it most. ``Tab`` moves there; ``Enter`` on a
quote opens the story at it, on a related entity shows that one.

``ctrl+o`` opens the entity's page (``reader.ui.screens.entity_page``).

What is listed follows the one lookup policy (``Library.find_entities``):
the entities a name means first, then fuzzy matches; a short form that fits
several people lists them all and says so above the list (``Kim: 3 people
or bodies (…)``), in the words the CLI and the search use.

Extraction groups variants by rules; the user has the last word, with
ctrl-keys since letters type into the box: ``ctrl+g`` folds another entity
of the list into this one, ``ctrl+t`` splits a variant off into an entity
of its own, ``ctrl+b`` hides it (not an entity), ``ctrl+y`` fixes its type,
``ctrl+r`` renames it, ``ctrl+z`` undoes the newest curation. All of them
are logged (``reader entity log``) and survive ``reader reindex``.
``ctrl+f`` follows the entity (or stops): ``N`` on the library counts its
new articles.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.library import EntityHit, EntityLookup
from reader.ui import curate
from reader.ui.follow import toggle_follow
from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen
from reader.ui.screens.pick import PickScreen
from reader.ui.widgets.side_panel import TYPE_COLOUR
from reader.wording import clipped, counted

DEBOUNCE_S = 0.08


def entity_label(hit: EntityHit) -> Text:
    label = line(hit.name, TYPE_COLOUR.get(hit.type.upper(), "bold"))
    label.append(f"  {hit.type}", "dim")
    label.append(f"  {counted(hit.article_count, 'article')}", "dim")
    if hit.matched and hit.matched != hit.name:
        label.append_text(line(f"  ({hit.matched})", "dim italic"))
    return label


class EntityScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="entities.back"),
        Binding(
            "ctrl+s",
            "speaker",
            "Quotes by",
            id="entities.speaker",
            tooltip="Filter the library to articles quoting this person",
        ),
        Binding(
            "ctrl+g",
            "merge",
            "Merge",
            id="entities.merge",
            tooltip="Fold another entity of the list into this one, as a variant",
        ),
        Binding(
            "ctrl+t",
            "split",
            "Split",
            id="entities.split",
            tooltip="Make one variant of this entity an entity of its own",
        ),
        Binding(
            "ctrl+o",
            "page",
            "Page",
            id="entities.page",
            tooltip="Open the entity's page: spellings, quotes, timeline, company",
        ),
        Binding(
            "ctrl+b",
            "hide",
            "Hide",
            id="entities.hide",
            tooltip="Not an entity: out of lists and filters, its quotes unattributed",
        ),
        Binding("ctrl+y", "retype", "Type", id="entities.retype", tooltip="PER, ORG or LOC"),
        Binding(
            "ctrl+r",
            "rename",
            "Rename",
            id="entities.rename",
            tooltip="The name it is shown under; the old one stays a variant",
        ),
        Binding("ctrl+z", "undo", "Undo", id="entities.undo", tooltip="Revert the newest curation"),
        Binding(
            "ctrl+f",
            "follow",
            "Follow",
            id="entities.follow",
            tooltip="Follow it (again: stop): N on the library counts its new articles",
        ),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.hits: list[EntityHit] = []
        self._debounce: Timer | None = None
        self._detail_targets: list[tuple[str, object]] = []

    def compose(self) -> ComposeResult:
        yield Input(
            value=self.initial, placeholder="entity name or variant (fuzzy)", id="entity-query"
        )
        yield Static(id="entity-several")
        with Horizontal():
            yield OptionList(id="entity-list")
            with Vertical(id="entity-side"):
                yield Static(id="entity-title")
                yield OptionList(id="entity-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._find(self.initial)

    @on(Input.Changed, "#entity-query")
    def _typed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE_S, lambda: self._find(event.value))

    def on_key(self, event) -> None:
        if self.focused is self.query_one(Input) and event.key == "down":
            self.query_one("#entity-list", OptionList).focus()
            event.stop()

    @work(thread=True, exclusive=True, group="entities", exit_on_error=False)
    def _find(self, query: str, settled: bool = False) -> None:
        """List what ``query`` finds; ``settled`` after a curation, whose
        list stays on screen until the next keystroke: it waits for the
        names to load again, or the coarser answer given meanwhile would
        drop the fuzzy matches (and with them what ctrl+g can fold in)."""
        found = self.app.finder.find(query, wait=settled)
        several = self.app.finder.several_line(query, found.several) if found.several else ""
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, query, found, several)

    def _show(self, query: str, found: EntityLookup, several: str) -> None:
        if query != self.query_one(Input).value:
            return
        hits = self.hits = found.hits
        note = self.query_one("#entity-several", Static)
        note.update(line(several, "bold"))
        note.display = bool(several)
        listing = self.query_one("#entity-list", OptionList)
        listing.clear_options()
        listing.add_options([Option(entity_label(h), id=str(i)) for i, h in enumerate(hits)])
        if hits:
            listing.highlighted = 0
        else:
            self.query_one("#entity-title", Static).update(Text("No entity matches", "dim"))
            self.query_one("#entity-detail", OptionList).clear_options()

    @property
    def current(self) -> EntityHit | None:
        listing = self.query_one("#entity-list", OptionList)
        index = listing.highlighted
        return self.hits[index] if index is not None and index < len(self.hits) else None

    @on(OptionList.OptionHighlighted, "#entity-list")
    def _highlighted(self) -> None:
        hit = self.current
        if hit is not None:
            self._load_detail(hit.id)

    @work(thread=True, exclusive=True, group="entity-detail", exit_on_error=False)
    def _load_detail(self, entity_id: int) -> None:
        detail = self.app.thread_library().entity(entity_id)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_detail, detail)

    def _show_detail(self, detail) -> None:
        title = line(detail.name, "bold")
        title.append(f"  {detail.type} · {counted(detail.article_count, 'article')}", "dim")
        # The variants are every spelling, the one shown as its name too.
        others = [alias for alias in detail.aliases if alias != detail.name]
        if others:
            title.append("\n")
            title.append_text(line("also: " + ", ".join(others[:12]), "dim"))
        self.query_one("#entity-title", Static).update(title)
        options: list[Option] = []
        self._detail_targets = []
        if detail.quotes:
            options.append(
                Option(Text(f"Quotes ({len(detail.quotes)})", "bold underline"), disabled=True)
            )
            for quote in detail.quotes:
                label = line(clipped(quote.text, 160), "italic")
                label.append_text(line(f"  — {quote.title}", "dim"))
                options.append(Option(label, id=f"d{len(self._detail_targets)}"))
                self._detail_targets.append(("quote", quote))
        options.append(
            Option(Text(f"Appears with ({len(detail.related)})", "bold underline"), disabled=True)
        )
        for related_id, name, kind, shared in detail.related:
            label = line(name, TYPE_COLOUR.get(kind.upper(), ""))
            label.append(f"  {kind} · {shared} shared", "dim")
            options.append(Option(label, id=f"d{len(self._detail_targets)}"))
            self._detail_targets.append(("entity", (related_id, name)))
        panel = self.query_one("#entity-detail", OptionList)
        panel.clear_options()
        panel.add_options(options)

    @on(Input.Submitted, "#entity-query")
    @on(OptionList.OptionSelected, "#entity-list")
    def _choose(self) -> None:
        hit = self.current
        if hit is not None:
            self.app.filter_library(entity_id=hit.id, label=hit.name)

    def action_speaker(self) -> None:
        hit = self.current
        if hit is not None:
            self.app.filter_library(speaker_id=hit.id, label=hit.name)

    def action_merge(self) -> None:
        keep = self.current
        others = [h for h in self.hits if keep is not None and h.id != keep.id]
        if not others:
            self.notify("Type a name that lists the entity to fold in as well.", markup=False)
            return
        if not self.app.can_change():
            return
        choices = [(str(h.id), entity_label(h)) for h in others]

        def merge(chosen: str | None) -> None:
            if chosen is None:
                return
            absorbed = next(h for h in others if h.id == int(chosen))
            if self._shape(lambda library: library.merge_entities(keep.id, absorbed.id)):
                self.notify(f"{absorbed.name} is now a variant of {keep.name}", markup=False)

        self.app.push_screen(PickScreen(f"Fold into {keep.name} as a variant:", choices), merge)

    def action_split(self) -> None:
        hit = self.current
        if hit is None or not self.app.can_change():
            return

        def split(chosen: str | None) -> None:
            if chosen is not None and self._shape(
                lambda library: library.split_entity(hit.id, chosen)
            ):
                self.notify(f"{chosen} is now an entity of its own", markup=False)

        with self.app.store_errors():  # it may have been merged away by another window
            variants = self.app.library.entity(hit.id).aliases
            if len(variants) < 2:
                self.notify(f"{hit.name} has one variant only; nothing to split.", markup=False)
                return
            choices = [(v, line(v)) for v in variants]
            self.app.push_screen(PickScreen(f"Split off from {hit.name}:", choices), split)

    def _shape(self, change) -> bool:
        """Run a merge or split, then list the entities again."""
        with self.app.store_errors(ValueError):
            change(self.app.library)
            self._find(self.query_one(Input).value, settled=True)
            return True
        return False

    def action_page(self) -> None:
        hit = self.current
        if hit is not None:
            self.app.open_entity_page(hit.id)

    def _again(self) -> None:
        self._find(self.query_one(Input).value, settled=True)

    def action_hide(self) -> None:
        hit = self.current
        if hit is not None:
            curate.toggle_hidden(self.app, hit.id, self._again)

    def action_retype(self) -> None:
        hit = self.current
        if hit is not None:
            curate.retype(self.app, hit.id, hit.name, self._again)

    def action_rename(self) -> None:
        hit = self.current
        if hit is not None:
            curate.rename(self.app, hit.id, hit.name, self._again)

    def action_undo(self) -> None:
        curate.undo(self.app, self._again)

    def action_follow(self) -> None:
        hit = self.current
        if hit is not None:
            toggle_follow(self.app, hit.id, hit.name)

    @on(OptionList.OptionSelected, "#entity-detail")
    def _detail_chosen(self, event: OptionList.OptionSelected) -> None:
        kind, value = self._detail_targets[int((event.option.id or "d0")[1:])]
        if kind == "quote":
            self.app.open_article(value.article_id, offset=value.start)
        else:
            _entity_id, name = value
            search = self.query_one(Input)
            search.value = name
            search.focus()

    def action_back(self) -> None:
        self.dismiss()
