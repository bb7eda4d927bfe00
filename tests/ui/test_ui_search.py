"""Search as you type: debounced, in a worker, cancellable; Esc and Enter."""

from __future__ import annotations

import threading

from textual.widgets import ContentSwitcher, Input

from db.errors import StoreError
from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.story import StoryScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.search_results import SearchResults

from .conftest import STORY_TITLE, drawn, screen_text

SIZE = (120, 40)


async def settle(pilot) -> None:
    """Let the debounce timer fire and the search worker finish."""
    await pilot.pause(0.2)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_query(pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.pause()
    await pilot.press(*text)
    await settle(pilot)


async def test_results_update_as_you_type(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "robot")
        screen = app.screen
        results = screen.query_one(SearchResults)
        assert screen.query_one(ContentSwitcher).current == "results"
        assert {hit.title for hit in results.hits} == {
            "Robots arrive at the port of Hamburg",
            STORY_TITLE,
        }
        assert "matches" in screen_text(app)
        drawn_results = drawn(results)
        assert "robot" in drawn_results.lower()
        # A hit is styled differently from the text around it.
        segments = [seg for y in range(6) for seg in results.render_line(y)]
        styles = {seg.style for seg in segments if seg.text.lower() == "robot"}
        assert styles and all(s is not None and (s.bold or s.underline) for s in styles)

        await pilot.press(*" arms")
        await settle(pilot)
        assert results.total == 1
        assert results.hits[0].title == "Robots arrive at the port of Hamburg"
        assert "1 match" in screen_text(app)


async def test_escape_clears_and_gives_focus_back(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "coffee")
        search = app.screen.query_one(Input)
        assert app.focused is search
        await pilot.press("escape")
        await pilot.pause()
        assert search.value == ""
        articles = app.screen.query_one(ArticleList)
        assert app.focused is articles
        assert app.screen.query_one(ContentSwitcher).current == "articles"
        await pilot.press("j")  # single-letter keys work again
        assert articles.cursor == 1


async def test_enter_opens_the_selected_result_with_hits(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "strike")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        assert screen.detail.row.title == STORY_TITLE
        assert len(screen.hits) == 2
        assert screen.view.current_hit == 0
        await pilot.press("n")
        assert screen.view.current_hit == 1
        await pilot.press("n")
        assert screen.view.current_hit == 0
        await pilot.press("N")
        assert screen.view.current_hit == 1
        await pilot.press("escape")
        await pilot.pause()
        # Back on the results, still showing the search.
        assert app.screen.query_one(Input).value == "strike"


async def test_stale_search_is_dropped(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"coffee")
        await pilot.press(
            "backspace", "backspace", "backspace", "backspace", "backspace", "backspace"
        )
        await pilot.press(*"berlin")
        await settle(pilot)
        results = app.screen.query_one(SearchResults)
        assert [hit.title for hit in results.hits] == ["Berlin opens new bicycle streets"]


async def test_a_failing_search_shows_an_error_and_the_app_stays_up(ui_db, monkeypatch):
    def broken(self, query, limit=50, offset=0, where=None):
        raise StoreError("the disk is on fire")

    monkeypatch.setattr(Library, "search", broken)
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "robot")
        messages = [n.message for n in app._notifications]
        assert any("the disk is on fire" in m for m in messages)
        await pilot.press("escape")
        assert app.is_running


async def test_the_bar_says_how_the_query_was_understood(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "robot -cranes lang:en")
        assert 'relevance · searching "robot"; not "cranes"; lang:en' in screen_text(app)


async def test_filters_alone_say_their_articles_come_newest_first(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "lang:en")
        assert "newest first · searching lang:en" in screen_text(app)


async def test_searches_reuse_their_threads_library(ui_db, monkeypatch):
    """A search opens no connection of its own: each worker thread keeps
    the Library it opened first (sqlite connections belong to a thread)."""
    searched_by: list[int] = []
    real_search = Library.search

    def recording(self, *args, **kwargs):
        searched_by.append((threading.get_ident(), id(self)))
        return real_search(self, *args, **kwargs)

    monkeypatch.setattr(Library, "search", recording)
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        for query in ("robot", "coffee", "berlin", "port", "korea", "union", "strike", "jobs"):
            await type_query(pilot, query)
            await pilot.press("escape")
            await pilot.pause()
        opened = len(app._thread_libraries._opened)
    threads = {thread for thread, _ in searched_by}
    libraries = {library for _, library in searched_by}
    assert len(searched_by) >= 8
    # One Library per thread, used by every search on it, and fewer than
    # one per search: asyncio's executor reuses its threads.
    assert len(libraries) == len(threads) <= opened < len(searched_by)
