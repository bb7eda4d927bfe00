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


async def test_the_count_line_says_stories_and_articles_as_stats_does(tmp_path):
    """Three versions of one story and another story: two rows, four
    articles; the count line says both, as ``reader stats`` does."""
    from reader.library import Library
    from reader.wording import stories

    from .test_ui_versions import _library

    db = _library(tmp_path)
    with Library(db) as library:
        data = library.stats()
    assert (data["stories"], data["articles"]) == (2, 4)
    app = ReaderApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        status = str(app.screen.query_one("#count").render())
        assert status.startswith("2 stories (4 articles)"), status
        assert stories(2, 4) == "2 stories (4 articles)"
        # Filtered, the rows are still stories.
        await pilot.press("U")
        await until(pilot, lambda: app.screen.where.unread)
        status = str(app.screen.query_one("#count").render())
        assert status.startswith("2 stories"), status


def test_a_library_without_versions_counts_articles():
    from reader.wording import stories

    assert stories(5, 5) == "5 articles"
    assert stories(1, 1) == "1 article"
    assert stories(1) == "1 story"


async def test_a_described_speaker_says_so_in_the_status_line(tmp_path):
    from tests.test_described_speakers import described_library

    app = ReaderApp(described_library(tmp_path))
    async with app.run_test(size=(160, 40)) as pilot:
        await search(pilot, "speaker:warga")
        results = app.screen.query_one(SearchResults)
        assert [hit.title for hit in results.hits] == ["Sidang Ditunda Lagi"]
        status = str(app.screen.query_one("#count").render())
        assert "warga: matched quotes whose speaker is unlinked text holding" in status, status


async def test_a_long_title_leaves_room_for_who_and_when(tmp_path):
    """A one-line article's title is its first sentence: cut at a word,
    so that its file's name (no source named) and language stay on screen."""
    from reader.library import Library
    from tests.conftest import import_paths, write

    sentence = (
        "Pemerintah kota mengumumkan rencana perbaikan jalan di sepanjang pesisir utara "
        "yang akan dimulai pada musim kemarau tahun depan dengan anggaran daerah."
    )
    folder = tmp_path / "in"
    write(folder, "pesisir_utara.txt", sentence + " " + sentence)
    db = tmp_path / "reader.db"
    with Library(db) as library:
        import_paths(library, folder)
    app = ReaderApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await search(pilot, "pesisir")
        first = drawn(app.screen.query_one(SearchResults), 1)
        assert "pesisir_utara.txt" in first, first
        assert "…" in first, first
