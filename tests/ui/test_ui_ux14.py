"""What a journalist meets in the TUI (session 14): snippets cut at a word,
a count that says what it counts, a filter value that cannot mean anything
said so in the status line."""

from __future__ import annotations

import asyncio
import re

from textual.widgets import ContentSwitcher

from reader.ui.app import ReaderApp
from reader.ui.widgets.search_results import SearchResults

from .conftest import STORY_BODY, drawn


async def until(pilot, condition, timeout: float = 20.0) -> None:
    """Wait for ``condition()``: the debounce timer and the search worker
    take as long as a loaded machine makes them, never a fixed pause."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "the screen never got there"
        await pilot.pause(0.05)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def search(pilot, text: str) -> None:
    app = pilot.app
    await pilot.press("slash")
    await pilot.pause()
    await pilot.press(*text)
    await until(
        pilot,
        lambda: (
            app.screen.query_one(ContentSwitcher).current == "results" and app.screen._query == text
        ),
    )


async def test_a_snippet_is_cut_at_a_word_with_an_ellipsis(ui_db):
    words = set(re.findall(r"\w+", " ".join(STORY_BODY)))
    app = ReaderApp(ui_db)
    async with app.run_test(size=(60, 30)) as pilot:
        await search(pilot, "strike")
        results = app.screen.query_one(SearchResults)
        snippet = drawn(results, 3).splitlines()[1].rstrip()
        assert snippet.endswith("…"), snippet
        last = re.findall(r"\w+", snippet)[-1]
        assert last in words, f"cut mid-word: {snippet!r}"


async def test_an_impossible_date_is_said_in_the_status_line(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(pilot, "strike date:2025-13-01")
        status = str(app.screen.query_one("#count").render())
        assert "date:2025-13-01: no such date" in status, status
