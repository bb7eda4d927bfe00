"""Article text is data: markup shows literally, escapes never reach the terminal."""

from __future__ import annotations

import io
import sys

from reader.ui.app import ReaderApp, run
from reader.ui.screens.story import StoryScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.search_results import SearchResults
from reader.ui.widgets.side_panel import SidePanel

from .conftest import HOSTILE_TITLE, drawn, screen_text

SIZE = (120, 40)
UNSAFE = ("\x1b", "\x07", "\u202e")


def assert_safe(text: str) -> None:
    for char in UNSAFE:
        assert char not in text


async def test_hostile_title_and_body_show_literally(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        articles = app.screen.query_one(ArticleList)
        listed = drawn(articles)
        assert "Evil [bold]x[/] [@click=app.quit]click me[/]" in listed
        assert "[i]src[/i]" in listed
        index = next(i for i in range(articles.row_count) if articles.row(i).title == HOSTILE_TITLE)
        articles.cursor = index
        await pilot.click(ArticleList, offset=(40, index))  # clicking does not run the action
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        body = drawn(screen.view)
        assert HOSTILE_TITLE in body
        assert "Markup [red]stays[/red] literal: [/] and [@click=app.quit]quit[/]." in body
        assert "␛]52;c;aGVsbG8=␇" in body
        assert_safe(body)
        whole = screen_text(app)
        assert_safe(whole)
        await pilot.click(screen.view.__class__, offset=(30, 1))
        await pilot.pause()
        assert app.is_running


async def test_hostile_text_in_search_results_and_panel(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"escape")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(SearchResults)
        assert results.total == 1
        shown = drawn(results)
        assert "[bold]x[/]" in shown and "␛]52" in shown
        assert_safe(shown)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"[b]tag[/b]", "enter")
        await pilot.pause()
        panel = app.screen.query_one(SidePanel)
        labels = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert "# [b]tag[/b]" in labels
        assert_safe(screen_text(app))


def test_run_reports_a_bad_database_in_one_line(tmp_path, monkeypatch):
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    assert run(bad) == 2
    message = err.getvalue()
    assert message.startswith("reader: ") and message.count("\n") == 1
    assert "Traceback" not in message
