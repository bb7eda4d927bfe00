"""The TUI while articles are still being understood (issue 21): they are
listed and searchable at once, a filter on names says its answer is
partial, a story fills in its names when they arrive, and the app itself
works through what is left."""

from __future__ import annotations

import sys

from reader.library import Library
from reader.ui.app import ReaderApp
from tests.conftest import write

from .conftest import screen_text
from .test_ui_search import SIZE, type_query

STORY = (
    "Dermaga baru dibuka di Tanjung Priok\n\n"
    "Jakarta - Kepala dinas Wulan Lestari meresmikan dermaga baru pada Senin.\n\n"
    '"Antrean kapal akan berkurang separuhnya," kata Wulan Lestari.\n'
)


def _stored_not_understood(tmp_path):
    """A library whose one article went through the first phase only."""
    db = tmp_path / "r.db"
    with Library(db) as library:
        [result] = library.run_import(library.plan_import([str(write(tmp_path, "a.txt", STORY))]))
    return db, result.article_id


async def test_a_name_filter_says_it_is_partial_and_a_story_fills_in(tmp_path):
    db, article_id = _stored_not_understood(tmp_path)
    # Read-only here, so that this app does not do the work itself: another
    # process (the writable library below) does, as `import --no-wait` would.
    app = ReaderApp(db, library=Library(db, read_only=True))
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "dermaga")
        text = screen_text(app)
        assert "1 match" in text and "partial" not in text
        await pilot.press("escape")
        await type_query(pilot, 'entity:"Wulan Lestari"')
        assert "partial: 1 article not yet understood" in screen_text(app)

        await pilot.press("escape")
        app.open_article(article_id)
        await pilot.pause()
        text = screen_text(app)
        assert "names and quotes to come" in text and "Wulan Lestari ×" not in text

        with Library(db) as other:
            list(other.understand())
        await pilot.pause(1.5)
        text = screen_text(app)
        assert "names and quotes to come" not in text
        assert "Wulan Lestari" in text and "Quotes (1)" in text


async def test_the_app_understands_what_is_left_when_it_starts(tmp_path):
    db, article_id = _stored_not_understood(tmp_path)
    app = ReaderApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.pending == 0 and app.understanding is None
        assert app.library.article(article_id).understood
        await type_query(pilot, 'entity:"Wulan Lestari"')
        text = screen_text(app)
        assert "1 match" in text and "partial" not in text


async def test_the_progress_is_the_librarys_share_understood_not_this_runs(tmp_path, monkeypatch):
    """Four articles understood by an earlier run, one left: a new run says
    80%, not 0% (the share of what it found queued when it started)."""
    db = tmp_path / "r.db"
    folder = tmp_path / "in"
    for n in range(4):
        write(folder, f"{n}.txt", STORY.replace("Senin", f"hari ke-{n}"))
    with Library(db) as library:
        list(library.run_import(library.plan_import([str(folder)])))
        list(library.understand())
        list(library.run_import(library.plan_import([str(write(tmp_path, "late.txt", STORY))])))
        assert library.pending() == 1
    # The background run stands still, as a long one does between batches.
    monkeypatch.setattr(
        "reader.workers.reader_command",
        lambda: [sys.executable, "-c", "import time; time.sleep(60)"],
    )
    app = ReaderApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(1.0)
        assert "understanding 80% (1 left)" in screen_text(app)
