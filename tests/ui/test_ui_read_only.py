"""A read-only library in the TUI: browsing works, changes are refused in a notification."""

from __future__ import annotations

from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.story import StoryScreen

from .conftest import screen_text
from .test_ui_story import SIZE, open_story


def _messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_read_only_library_is_browsed_and_every_change_is_refused(ui_db):
    before = ui_db.read_bytes()
    app = ReaderApp(ui_db, Library(ui_db, read_only=True))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("read-only" in m for m in _messages(app))
        assert "5 articles · read-only" in screen_text(app)
        app.clear_notifications()

        await pilot.press("slash", *"robot", "enter")  # searching works; no history kept
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("escape")
        await pilot.pause()

        screen = await open_story(pilot)
        # Neither the search's history nor opening's read mark was tried.
        assert not screen.read and _messages(app) == []
        for key in ("u", "s", "t", "h"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, StoryScreen), key  # no dialog was opened
            [message] = _messages(app)
            assert "read-only" in message and str(ui_db) in message, key
            app.clear_notifications()

        await pilot.press("q", "i")  # import
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert any("read-only" in m for m in _messages(app))
        assert app.is_running
    assert ui_db.read_bytes() == before
    with Library(ui_db) as library:
        assert library.search_history() == []
