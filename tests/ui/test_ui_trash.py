"""The trash in the TUI (``T``): a delete is undone without the command
line, and the trash is emptied after asking."""

from __future__ import annotations

from reader.ui.app import ReaderApp
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.trash import TrashScreen

from .conftest import screen_text
from .test_ui_search import settle

SIZE = (120, 40)


async def test_T_lists_a_deleted_article_and_r_brings_it_back_whole(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first = app.screen.article_list.current
        app.library.add_tag(first.id, "keep-me")
        await pilot.press("D", "y")
        await settle(pilot)
        assert app.library.count_articles() == 4
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, TrashScreen)
        assert first.title in screen_text(app)
        await pilot.press("r")
        await settle(pilot)
        assert app.library.count_articles() == 5
        assert "keep-me" in [t.name for t in app.library.article(first.id).tags]
        assert "The trash is empty" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "5 articles" in screen_text(app)


async def test_E_empties_the_trash_only_after_a_yes(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("D", "y")
        await settle(pilot)
        await pilot.press("T")
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert len(app.library.trash()) == 1
        await pilot.press("E", "y")
        await settle(pilot)
        assert app.library.trash() == []
        assert app.library.count_articles() == 4
        assert "The trash is empty" in screen_text(app)
