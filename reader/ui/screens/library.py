"""The start screen: every article, a search box above, filters as chips.

The article list reads only the rows on screen. Typing in the search box
starts a search in a thread worker after a short pause (a newer search
cancels the older one); its results replace the list until the box is
cleared with ``Esc``.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Footer, Input, Static
from textual.worker import get_current_worker

from reader.library import ArticleFilter
from reader.safe_text import one_line
from reader.ui import bulk
from reader.ui.messages import ArticleChanged, OpenArticle, SearchFinished
from reader.ui.rich_text import line
from reader.ui.screens.base import ReaderScreen
from reader.ui.screens.saved import NameScreen, SavedSearches
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.filter_chips import FilterChips
from reader.ui.widgets.search_results import SearchResults
from reader.wording import counted, language_name, stories

DEBOUNCE_S = 0.15
SEARCH_PAGE = 100
SORTS = ("date", "title", "added")
WATCH_S = 5.0

# The list with no filter chosen: every story once, a group of versions
# folded into one row (db/versions.py).
UNFILTERED = ArticleFilter(fold=True)


class LibraryScreen(ReaderScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash", "focus_search", "Search", id="library.search", tooltip="Search as you type"
        ),
        Binding(
            "escape",
            "clear_search",
            "Clear",
            show=False,
            id="library.clear",
            tooltip="Clear the search and return to the list",
        ),
        Binding(
            "o", "cycle_sort", "Sort", id="library.sort", tooltip="Sort by date, title or added"
        ),
        Binding(
            "l",
            "pick_language",
            "Language",
            id="library.language",
            tooltip="Show one language only",
        ),
        Binding("U", "toggle_unread_filter", "Unread only", show=False, id="library.unread_only"),
        Binding(
            "S", "toggle_starred_filter", "Starred only", show=False, id="library.starred_only"
        ),
        Binding(
            "f",
            "focus_filters",
            "Filters",
            show=False,
            id="library.filters",
            tooltip="Go to the filter chips: ←/→ choose one, Delete removes it",
        ),
        Binding("x", "clear_filters", "Clear filters", show=False, id="library.clear_filters"),
        Binding("u", "toggle_read", "Read/unread", show=False, id="library.toggle_read"),
        Binding("s", "toggle_star", "Star", show=False, id="library.star"),
        Binding(
            "e",
            "entities",
            "Entities",
            id="library.entities",
            tooltip="Find an entity by any of its names",
        ),
        Binding("Q", "quotes", "Quotes", id="library.quotes", tooltip="Every quote, by speaker"),
        Binding(
            "t",
            "tag",
            "Tag",
            show=False,
            id="library.tag",
            tooltip="Add a tag to the article under the cursor",
        ),
        Binding(
            "number_sign",
            "pick_tag",
            "Tags",
            id="library.tags",
            tooltip="Show the articles with one tag",
        ),
        Binding(
            "H",
            "highlights",
            "Highlights",
            show=False,
            id="library.highlights",
            tooltip="Every highlight",
        ),
        Binding("i", "import", "Import", id="library.import", tooltip="Import files or a folder"),
        Binding(
            "E",
            "export",
            "Export",
            show=False,
            id="library.export",
            tooltip="Write the search results, or the list as filtered, to a file",
        ),
        Binding(
            "w",
            "save_search",
            "Save search",
            show=False,
            id="library.save_search",
            tooltip="Keep the current search under a name",
        ),
        Binding(
            "v",
            "saved_searches",
            "Saved",
            id="library.saved_searches",
            tooltip="Run, rename or delete saved searches",
        ),
        Binding(
            "asterisk",
            "select_all",
            "Select all",
            show=False,
            id="library.select_all",
            tooltip="Select every result (again: none); t, s, u, D then act on them all",
        ),
        Binding(
            "D",
            "delete",
            "Delete",
            show=False,
            id="library.delete",
            tooltip="Move the article (or the selection) to the trash, after asking",
        ),
        Binding(
            "O",
            "original",
            "Original",
            show=False,
            id="library.original",
            tooltip="Show the article's original file in $PAGER",
        ),
        Binding(
            "N",
            "whats_new",
            "New",
            show=False,
            id="library.whats_new",
            tooltip="What is new since you last looked, per saved search and followed entity",
        ),
        Binding(
            "T",
            "trash",
            "Trash",
            show=False,
            id="library.trash",
            tooltip="The deleted articles: r brings one back, E empties the trash",
        ),
        Binding("q", "app.quit", "Quit", id="library.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.where = UNFILTERED
        self.sort = "date"
        self._debounce: Timer | None = None
        self._query = ""
        self._notes: tuple[str, ...] = ()
        self._loading_more = False
        self._known_count = 0
        self._totals = (0, 0)  # stories, articles in the whole library
        self.names: dict[str, str] = {}  # chip labels for entity_id, speaker_id
        self._recalled = -1  # position in the search history while Up is pressed
        # Every current result, selected with `*`: t, s, u and D act on them all.
        self.selection: list[int] | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Input(
                placeholder='/ to search: words, "phrases", prefix*, -not, lang:de',
                id="search",
                select_on_focus=False,
            )
            yield Static(id="count")
        yield FilterChips(id="chips")
        with Horizontal(id="main"):
            yield SavedSearches(id="saved")
            with ContentSwitcher(initial="articles", id="views"):
                yield ArticleList(id="articles")
                yield SearchResults(id="results")
        yield Footer()

    def on_mount(self) -> None:
        self.load_articles(cursor=0)
        self.query_one(ArticleList).focus()
        self.set_interval(WATCH_S, self._watch_for_new_articles)

    # -- the list ------------------------------------------------------------

    @property
    def article_list(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def results(self) -> SearchResults:
        return self.query_one(SearchResults)

    def _fetch(self, where: ArticleFilter, sort: str, offset: int, limit: int):
        with self.app.store_errors():
            return self.app.library.articles(where, sort=sort, limit=limit, offset=offset)
        return []

    def _count(self) -> int:
        with self.app.store_errors():
            library = self.app.library
            self._totals = (library.count_articles(UNFILTERED), library.count_articles())
            return library.count_articles(self.where)
        return 0

    def _counted_line(self) -> str:
        """What the list's count is of: its rows are stories (a story's
        versions are one row), so with versions in the library it says
        ``stories``, and unfiltered of how many articles, as ``reader
        stats`` says it (``697 stories (711 articles)``); without versions
        every story is one article."""
        all_stories, all_articles = self._totals
        if not self.where.fold or all_stories == all_articles:
            return counted(self._known_count, "article")
        if self.where == UNFILTERED:
            return stories(self._known_count, all_articles)
        return stories(self._known_count)

    def load_articles(self, cursor: int | None = 0) -> None:
        """Show the articles the filters let through, in the chosen order."""
        self._known_count = self._count()
        self.article_list.set_source(
            partial(self._fetch, self.where, self.sort), self._known_count, cursor
        )
        self._show_chips()
        self.show_count()

    def _show_chips(self) -> None:
        if self._query:
            # Say how the query was read, so a stray quote or `OR` is visible.
            understood = one_line(self.app.library.explain(self._query))
            order = "relevance" if self.app.library.ranks(self._query) else "newest first"
            sort = f"{order} · searching {understood}"
            self.query_one(FilterChips).show(self.where, sort, self.names)
        else:
            self.query_one(FilterChips).show(self.where, self.sort, self.names)

    def show_count(self) -> None:
        if self._query:
            total = self.results.total
            shown = f"{total:,} match{'es' if total != 1 else ''}"
            # A name that fits several people is searched for all of them,
            # and one still being worked out is said to be partial.
            shown += "".join(f" · {one_line(line)}" for line in self._notes)
        else:
            shown = self._counted_line()
            if self.app.pending and (self.where.entity_id or self.where.speaker_id):
                shown += f" · partial: {counted(self.app.pending, 'article')} not yet understood"
        if self.selection is not None:
            shown += f" · {len(self.selection):,} selected"
        if progress := self.app.understanding_line():
            shown += f" · {progress}"
        if self.app.library.read_only:
            shown += " · read-only"
        self.query_one("#count", Static).update(Text(shown))

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _watch_for_new_articles(self) -> None:
        """Pick up articles another process imported, keeping the user's
        place, and how many are still to understand. Counted in a thread:
        at a million articles the counts take long enough to stall a
        keystroke every few seconds."""
        library = self.app.thread_library()
        count = library.count_articles(self.where)
        totals = (library.count_articles(UNFILTERED), library.count_articles())
        pending = library.pending() if self.app.understanding is None else None
        self.app.call_from_thread(self._counted, count, totals, pending)

    def _counted(self, count: int, totals: tuple[int, int], pending: int | None) -> None:
        if count != self._known_count or totals != self._totals:
            self._known_count, self._totals = count, totals
            self.article_list.reload(count)
            self.show_count()
        saved = self.query_one(SavedSearches)
        if saved.display:
            with self.app.store_errors():
                saved.watch()
        if pending is not None and self.app.understanding is None and pending != self.app.pending:
            self.app.pending = pending
            self.show_count()

    def refresh_rows(self, recount: bool = False) -> None:
        if recount:
            self._known_count = self._count()
            self.article_list.reload(self._known_count)
            self.show_count()
        else:
            self.article_list.reload()

    def on_screen_resume(self) -> None:
        self.refresh_rows(recount=True)
        saved = self.query_one(SavedSearches)
        if saved.display:
            saved.refresh_counts()

    @on(ArticleChanged)
    def _article_changed(self, event: ArticleChanged) -> None:
        self.refresh_rows()

    # -- opening -------------------------------------------------------------

    @on(ArticleList.Selected, "#articles")
    def _open_article(self, event: ArticleList.Selected) -> None:
        row = self.article_list.row(event.index)
        if row is not None:
            self.post_message(OpenArticle(row.id))

    @on(SearchResults.Selected, "#results")
    def _open_hit(self, event: SearchResults.Selected) -> None:
        hit = self.results.current
        if hit is not None:
            self._remember()
            # A hit that a quote: filter found opens at the quotation.
            offset = hit.quote[0] if hit.quote else None
            self.post_message(OpenArticle(hit.id, query=self._query, offset=offset))

    @on(Input.Submitted, "#search")
    def _submit(self) -> None:
        if self._debounce is not None and self._query != self.query_one(Input).value.strip():
            return  # results for what is typed are not in yet
        if self.results.current is not None:
            self.results.action_select()

    @on(OpenArticle)
    def _forward_open(self, event: OpenArticle) -> None:
        event.stop()
        self.app.open_article(event.article_id, event.query, event.offset)

    # -- search --------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.query_one(Input).focus()

    def action_clear_search(self) -> None:
        search = self.query_one(Input)
        if search.value:
            search.value = ""
        self._set_query("")
        self.article_list.focus()

    def on_key(self, event) -> None:
        # In the search box, Up recalls earlier searches and Down moves to the results.
        if self.focused is not self.query_one(Input):
            return
        if event.key == "up":
            self._recall(+1)
            event.stop()
        elif event.key == "down":
            target = self.results if self._query else self.article_list
            target.focus()
            event.stop()

    def _recall(self, step: int) -> None:
        history = self.app.library.search_history()
        if not history:
            return
        self._recalled = min(self._recalled + step, len(history) - 1)
        search = self.query_one(Input)
        search.value = history[self._recalled]
        search.cursor_position = len(search.value)

    def _remember(self) -> None:
        # Search history is a convenience: a read-only library keeps none.
        if self._query and not self.app.library.read_only:
            with self.app.store_errors():
                self.app.library.remember_search(self._query)
        self._recalled = -1

    def action_save_search(self) -> None:
        query = self._query or self.query_one(Input).value.strip()
        if not query:
            self.app.notify("Search for something first, then save it.", markup=False)
            return
        if not self.app.can_change():
            return

        def named(name: str | None) -> None:
            if not name:
                return
            with self.app.store_errors():
                self.app.library.save_search(name, query)
                self.app.notify(f"Saved as {one_line(name)!r}", markup=False)

        self.app.push_screen(NameScreen("Save this search as"), named)

    def action_saved_searches(self) -> None:
        """Show the saved-search panel beside the list and go to it, or hide it."""
        panel = self.query_one(SavedSearches)
        if panel.display:
            panel.display = False
            self.article_list.focus()
            return
        panel.load()
        panel.display = True
        panel.focus_list()

    @on(SavedSearches.Run)
    def _run_saved(self, event: SavedSearches.Run) -> None:
        search = self.query_one(Input)
        search.value = event.query
        search.focus()

    @on(SavedSearches.Leave)
    def _leave_saved(self) -> None:
        self.article_list.focus()

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        if not event.value.strip():
            self._set_query("")
            return
        self._debounce = self.set_timer(DEBOUNCE_S, self._start_search)

    def _start_search(self) -> None:
        self._debounce = None
        query = self.query_one(Input).value.strip()
        if query:
            self._search(query, 0)

    def _set_query(self, query: str) -> None:
        if query != self._query:
            self.selection = None
        self._query = query
        if not query:
            self.workers.cancel_group(self, "search")
            self.query_one(ContentSwitcher).current = "articles"
            self.results.set_hits([], 0)
        self._show_chips()
        self.show_count()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, query: str, offset: int) -> None:
        worker = get_current_worker()
        library = self.app.thread_library()
        total = library.count_matches(query, self.where) if offset == 0 else -1
        if worker.is_cancelled:
            return
        hits = library.search(query, limit=SEARCH_PAGE, offset=offset, where=self.where)
        notes = ()
        if offset == 0:
            # The partial note first: it says why a name is not found yet,
            # and the status line cuts what does not fit at its end.
            partial = library.partial_line(query)
            # A filter that can match nothing (``date:2025-13-01``) first:
            # it says why there are no matches.
            notes = tuple(library.query_problems(query))
            notes += (partial,) if partial else ()
            notes += tuple(library.name_notes(query))
        if not worker.is_cancelled:
            self.post_message(SearchFinished(query, hits, total, offset, notes))

    @on(SearchFinished)
    def _search_finished(self, event: SearchFinished) -> None:
        self._loading_more = False
        if event.query != self.query_one(Input).value.strip():
            return
        if event.offset:
            if event.offset == len(self.results.hits):
                self.results.add_hits(event.hits)
            return
        self._query = event.query
        self._notes = event.notes
        self.results.set_hits(event.hits, event.total)
        self.query_one(ContentSwitcher).current = "results"
        self._show_chips()
        self.show_count()

    @on(SearchResults.NeedMore)
    def _more(self) -> None:
        if self._query and not self._loading_more:
            self._loading_more = True
            self._search(self._query, len(self.results.hits))

    # -- filters and order ---------------------------------------------------

    def set_filter(self, **changes) -> None:
        self.selection = None
        self.where = dataclasses.replace(self.where, **changes)
        self.load_articles(cursor=0)
        if self._query:
            self._search(self._query, 0)

    @on(FilterChips.Removed)
    def _chip_removed(self, event: FilterChips.Removed) -> None:
        empty = {
            "lang": None,
            "tag": None,
            "entity_id": None,
            "speaker_id": None,
            "unread": False,
            "starred": False,
        }
        self.set_filter(**{event.field: empty[event.field]})

    @on(FilterChips.Leave)
    def _leave_chips(self) -> None:
        self._focus_list()

    def _focus_list(self) -> None:
        if self._query:
            self.results.focus()
        else:
            self.article_list.focus()

    def action_focus_filters(self) -> None:
        if not self.query_one(FilterChips).focus_first():
            self.notify(
                "No filters yet: l language, # tag, e entity, U unread, S starred", timeout=3
            )

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.load_articles(cursor=0)
        self.notify(f"Sorted by {self.sort}", timeout=1.5)

    def action_toggle_unread_filter(self) -> None:
        self.set_filter(unread=not self.where.unread)

    def action_toggle_starred_filter(self) -> None:
        self.set_filter(starred=not self.where.starred)

    def action_clear_filters(self) -> None:
        if self.where == UNFILTERED:
            self.notify("No filters to clear", timeout=1.5)
            return
        self.set_filter(**dataclasses.asdict(UNFILTERED))

    def action_pick_language(self) -> None:
        from reader.ui.screens.pick import PickScreen

        def chosen(lang: str | None) -> None:
            if lang is not None:
                self.set_filter(lang=lang or None)

        with self.app.store_errors():
            languages = self.app.library.stats()["languages"]
            choices = [
                (lang, line(f"{lang:<6} {language_name(lang)}  ({n})"))
                for lang, n in languages.items()
            ]
            choices.insert(0, ("", Text("all languages")))
            self.app.push_screen(PickScreen("Language", choices), chosen)

    # -- read state ----------------------------------------------------------

    def _current_row(self):
        if self.query_one(ContentSwitcher).current == "articles":
            return self.article_list.current
        hit = self.results.current
        return self.app.article_row(hit.id) if hit else None

    def action_toggle_read(self) -> None:
        if self.selection is not None:
            bulk.toggle(self.app, self.selection, "read", self.articles_changed)
            return
        row = self._current_row()
        if row is not None:
            self.app.set_read(row.id, not row.read)

    def action_toggle_star(self) -> None:
        if self.selection is not None:
            bulk.toggle(self.app, self.selection, "starred", self.articles_changed)
            return
        row = self._current_row()
        if row is not None:
            self.app.set_starred(row.id, not row.starred)

    # -- the selection and deleting (reader/ui/bulk.py) ----------------------

    def action_select_all(self) -> None:
        """Select every current result (every match of the search, or every
        article the filters let through, not only those on screen); again:
        none."""
        if self.selection is not None:
            self.selection = None
        else:
            with self.app.store_errors():
                library = self.app.library
                self.selection = (
                    library.matching_ids(self._query, self.where)
                    if self._query
                    else library.article_ids(self.where)
                )
        self.show_count()

    def action_delete(self) -> None:
        if self.selection is not None:
            bulk.delete(self.app, self.selection, self.articles_changed)
            return
        row = self._current_row()
        if row is not None:
            bulk.delete(self.app, [row.id], self.articles_changed, row.title)

    def action_original(self) -> None:
        from reader.ui.original import show_original

        row = self._current_row()
        if row is not None:
            show_original(self.app, row.id)

    def articles_changed(self) -> None:
        """After an action on articles: the selection is done with, and the
        list and the results show the change."""
        self.selection = None
        self.refresh_rows(recount=True)
        if self._query:
            self._search(self._query, 0)

    # -- other screens -------------------------------------------------------

    def action_trash(self) -> None:
        from reader.ui.screens.trash import TrashScreen

        self.app.push_screen(TrashScreen())

    def action_entities(self) -> None:
        from reader.ui.screens.entities import EntityScreen

        self.app.push_screen(EntityScreen())

    def action_quotes(self) -> None:
        from reader.ui.screens.quotes import QuotesScreen

        self.app.push_screen(QuotesScreen())

    def action_whats_new(self) -> None:
        from reader.ui.screens.whats_new import WhatsNewScreen

        self.app.push_screen(WhatsNewScreen())

    def action_highlights(self) -> None:
        from reader.ui.screens.highlights import HighlightsScreen

        self.app.push_screen(HighlightsScreen())

    def action_export(self) -> None:
        """The articles of the current view: the search's results (with the
        chips' filters), else the list as filtered."""
        from dataclasses import replace

        from reader.export import row_dict
        from reader.ui.export_view import ask_and_export

        query, where = self._query, self.where

        def rows(library) -> list[dict]:
            if query:
                where_found = replace(where, ids=tuple(library.matching_ids(query, where)))
                return [row_dict(r) for r in library.articles(where_found)]
            return [row_dict(r) for r in library.articles(where, sort=self.sort)]

        ask_and_export(self.app, "articles", rows)

    def action_import(self) -> None:
        from reader.ui.screens.import_files import ImportScreen

        if self.app.can_change():
            self.app.push_screen(ImportScreen())

    def action_pick_tag(self) -> None:
        from reader.ui.screens.pick import PickScreen

        def chosen(tag: str | None) -> None:
            if tag:
                self.set_filter(tag=tag)

        with self.app.store_errors():
            tags = self.app.library.all_tags()
            if not tags:
                self.notify("No tags yet: t adds one to the article under the cursor", timeout=3)
                return
            choices = [(name, line(f"{name}  ({count})")) for name, count in tags]
            self.app.push_screen(PickScreen("Tag", choices), chosen)

    def action_tag(self) -> None:
        from reader.ui.screens.tag import ask_and_tag

        if self.selection is not None:
            bulk.tag(self.app, self.selection, self.articles_changed)
            return
        row = self._current_row()
        if row is not None:
            ask_and_tag(self.app, row.id, self.refresh_rows)
