"""Saved searches and search history in the TUI."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from reader.ui.app import ReaderApp
from reader.ui.screens.saved import SavedSearches
from reader.ui.screens.story import StoryScreen

from .test_ui_search import SIZE, settle, type_query


async def test_save_then_run_a_saved_search(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "robot arms")
        await pilot.press("down", "w")
        await pilot.pause()
        await pilot.press(*"arms", "enter")
        await pilot.pause()
        assert app.library.saved_searches() == [("arms", "robot arms")]

        await pilot.press("escape")
        await pilot.press("v")
        await pilot.pause()
        panel = app.screen.query_one(SavedSearches)
        assert panel.display and app.focused is panel.query_one(OptionList)
        # The panel stands beside the list: both are on screen at once.
        assert panel.region.right <= app.screen.query_one("#views").region.x
        options = panel.query_one(OptionList)
        assert options.option_count == 1
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one(Input).value = ""
        await pilot.press(*"hamburg", "enter")
        await pilot.pause()
        assert app.library.saved_searches() == [("hamburg", "robot arms")]
        assert "hamburg" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "robot arms"
        assert app.screen.results.total == 1


async def test_up_recalls_searches_opened_before(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        for query in ("hamburg", "robot"):
            await type_query(pilot, query)
            await pilot.press("down", "enter")
            await pilot.pause()
            assert isinstance(app.screen, StoryScreen)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("escape")
        assert app.library.search_history()[:2] == ["robot", "hamburg"]
        await pilot.press("slash")
        await pilot.press("up")
        assert app.screen.query_one(Input).value == "robot"
        await pilot.press("up")
        assert app.screen.query_one(Input).value == "hamburg"
