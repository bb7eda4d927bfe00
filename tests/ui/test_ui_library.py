"""The library view: rows read page by page, sorting, read state, quitting."""

from __future__ import annotations

import hashlib

from db.records import ArticleRecord
from db.store import Store
from reader.ui.app import ReaderApp
from reader.ui.screens.library import UNFILTERED, LibraryScreen
from reader.ui.widgets.article_list import PAGE, ArticleList
from reader.ui.widgets.filter_chips import Chip
from tests.conftest import damage_articles_table

from .conftest import STORY_TITLE, drawn, screen_text

SIZE = (120, 40)


async def test_lists_articles_with_marks_and_count(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == 5
        assert app.focused is articles
        text = drawn(articles, 5)
        assert STORY_TITLE in text
        assert "●" in text  # unread marks
        assert "❝1" in text  # the story's quote count
        assert "5 articles" in screen_text(app)


async def test_reads_only_the_pages_on_screen(tmp_path):
    path = tmp_path / "big.db"
    with Store(path) as store:
        for number in range(PAGE * 5):
            text = f"Article number {number}\n\nBody {number}."
            store.store_article(
                ArticleRecord(
                    path=None,
                    text=text,
                    encoding="utf-8",
                    content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    title=f"Article number {number}",
                    paragraphs=[(len(text) - 5, len(text))],
                )
            )
    app = ReaderApp(path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == PAGE * 5
        assert list(articles._pages) == [0]
        await pilot.press("end")
        await pilot.pause()
        assert articles.cursor == PAGE * 5 - 1
        assert set(articles._pages) == {0, 4}
        assert "Article number 0" in drawn(articles)  # sorted by date, then newest id


async def test_sort_cycles_and_quit(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("o")
        assert screen.sort == "title"
        first = screen.article_list.row(0)
        assert first is not None and first.title.startswith("Berlin")
        await pilot.press("o", "o")
        assert screen.sort == "date"
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_u_and_s_toggle_read_and_star(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        row = articles.current
        assert not row.read and not row.starred
        await pilot.press("u", "s")
        await pilot.pause()
        row = articles.current
        assert row.read and row.starred
        assert app.library.article(row.id).row.starred
        await pilot.press("U")  # unread only: this one is gone
        await pilot.pause()
        assert articles.row_count == 4
        await pilot.press("x")
        await pilot.pause()
        assert articles.row_count == 5


async def test_theme_is_remembered_and_keys_remap(ui_db, tmp_path):
    from reader.ui.settings import Settings

    path = tmp_path / "tui.json"
    Settings(keymap={"library.search": "f"}, path=path).save()
    app = ReaderApp(ui_db, settings=Settings.load(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#search")
        app.theme = "nord"
        await pilot.pause()
    assert Settings.load(path).theme == "nord"
    app = ReaderApp(ui_db, settings=Settings.load(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "nord"


async def test_an_empty_library_gets_the_samples_and_says_so(tmp_path):
    """Listed and searchable at once; their names follow from the
    background run, which the app starts for them."""
    app = ReaderApp(tmp_path / "new.db")
    async with app.run_test(size=SIZE) as pilot:
        samples = [worker for worker in app.workers if worker.group == "samples"]
        await app.workers.wait_for_complete(samples)
        await pilot.pause()
        assert app.screen.query_one(ArticleList).row_count > 0
        assert any("sample articles" in n.message for n in app._notifications)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.pending == 0 and app.library.stats()["entities"] > 0


async def test_filter_chips_are_removed_one_at_a_time_from_the_keyboard(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        articles = screen.query_one(ArticleList)
        assert "#Labour" in drawn(articles, 5)  # tags show after the title
        await pilot.press("f")  # no filters yet: the focus stays on the list
        assert app.focused is articles
        screen.set_filter(lang="en")
        await pilot.press("U", "f")
        await pilot.pause()
        assert isinstance(app.focused, Chip) and app.focused.field == "lang"
        await pilot.press("right")
        assert app.focused.field == "unread"
        await pilot.press("delete")  # removes only the focused chip
        await pilot.pause()
        assert screen.where.lang == "en" and not screen.where.unread
        assert isinstance(app.focused, Chip) and app.focused.field == "lang"
        await pilot.press("U", "escape")  # Esc leaves the chips for the list
        await pilot.pause()
        assert app.focused is articles and screen.where.unread
        await pilot.press("f", "enter")
        await pilot.pause()
        assert screen.where.lang is None and screen.where.unread
        assert app.focused.field == "unread"
        await pilot.press("backspace")  # the last one: the focus goes back to the list
        await pilot.pause()
        assert screen.where == UNFILTERED
        assert app.focused is articles


async def test_a_long_title_does_not_hide_the_tags(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(70, 12)) as pilot:
        await pilot.pause()
        text = drawn(app.screen.query_one(ArticleList), 5)
        row = next(r for r in text.splitlines() if "Dockworkers" in r)
        assert "#Labour" in row and "…" in row  # the title gives way, not the tags


def test_a_date_stated_without_a_year_shows_the_year_as_unknown():
    from reader.wording import shown_date

    assert shown_date("--11-03") == "????-11-03"
    assert shown_date("2025-11-03") == "2025-11-03"
    assert shown_date(None) == ""


async def test_a_damaged_file_shows_the_stores_error_and_the_app_stays_up(ui_db):
    """A read that fails (not only a write) reaches the user as one line."""
    damage_articles_table(ui_db)
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(f"{ui_db}: the database file is damaged" in m for m in messages), messages
        app.clear_notifications()
        await pilot.press("U")  # the unread filter reads the list again
        await pilot.pause()
        assert any("damaged" in n.message for n in app._notifications)
        assert app.is_running


async def test_the_list_picks_up_another_processs_article_counting_off_the_screens_thread(
    ui_db, monkeypatch
):
    """Another process stores an article: the next watch shows it, and the
    counting it takes is done in a worker thread, never the screen's."""
    import threading

    from reader.library import Library

    counted_on = []
    count_articles = Library.count_articles

    def recording(self, *args, **kwargs):
        counted_on.append(threading.current_thread() is threading.main_thread())
        return count_articles(self, *args, **kwargs)

    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "5 articles" in screen_text(app)
        with Store(ui_db) as store:
            text = "Arrived meanwhile\n\nFrom another process."
            store.store_article(
                ArticleRecord(
                    path="/elsewhere/new.txt",
                    text=text,
                    encoding="utf-8",
                    content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    title="Arrived meanwhile",
                )
            )
        monkeypatch.setattr(Library, "count_articles", recording)
        app.screen._watch_for_new_articles()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "6 articles" in screen_text(app)
        assert counted_on and not any(counted_on)
