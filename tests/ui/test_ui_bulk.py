"""Acting on all results and deleting, in the real app: ``*`` selects every
result, ``t``/``s``/``u``/``D`` act on the selection (asking first above a
few), and ``D`` deletes the article under the cursor or the open story."""

from __future__ import annotations

from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.story import StoryScreen
from reader.ui.screens.tag import TagScreen

from .conftest import STORY_TITLE, screen_text
from .test_ui_search import settle, type_query

SIZE = (120, 40)


async def test_star_selects_every_result_and_t_tags_them_all(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "korea")
        await pilot.press("down")  # to the results
        await pilot.press("asterisk")
        await pilot.pause()
        assert "2 selected" in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagScreen)
        assert "Add tags to 2 articles" in screen_text(app)
        await pilot.press(*"asia trade", "enter")
        await settle(pilot)
        assert "selected" not in screen_text(app)
    with Library(ui_db) as library:
        tagged = {hit.title for hit in library.search('tag:"asia trade"')}
        assert tagged == {"Robots arrive at the port of Hamburg", "Coffee prices soar in Lampung"}


async def test_acting_on_more_than_a_few_asks_first(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("asterisk")  # the whole list: 5 articles
        await pilot.pause()
        assert "5 selected" in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Star 5 articles?" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert app.library.count_matches("is:starred") == 0
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("y")
        await settle(pilot)
        assert app.library.count_matches("is:starred") == 5
        # All starred: the same key unstars them.
        await pilot.press("asterisk", "s")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert app.library.count_matches("is:starred") == 0
        await pilot.press("asterisk", "u")
        await pilot.pause()
        assert "Mark read 5 articles?" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert app.library.count_matches("is:unread") == 0


async def test_D_deletes_the_article_under_the_cursor_after_asking(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        first = screen.article_list.current
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert first.title in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.library.count_articles() == 5
        await pilot.press("D", "y")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.library.count_articles() == 4
        assert "4 articles" in screen_text(app)
        assert [t.id for t in app.library.trash()] == [first.id]


async def test_D_in_the_story_deletes_it_and_goes_back_to_the_results(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "robot")
        await pilot.press("down")
        hits = app.screen.results.hits
        target = next(hit for hit in hits if hit.title == STORY_TITLE)
        app.open_article(target.id)
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("D")
        await pilot.pause()
        assert "Delete “Dockworkers strike over robot cranes”?" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert [hit.title for hit in app.screen.results.hits] == [
            "Robots arrive at the port of Hamburg"
        ]
        assert app.library.count_articles() == 4


async def test_a_delete_of_several_says_how_many(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, "robot")
        await pilot.press("down", "asterisk", "D")
        await pilot.pause()
        assert "Delete 2 articles?" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert app.library.count_articles() == 3
        assert app.screen.results.total == 0


async def test_a_read_only_library_refuses_delete_and_acting_on_a_selection(ui_db):
    before = ui_db.read_bytes()
    app = ReaderApp(ui_db, Library(ui_db, read_only=True))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.clear_notifications()
        await pilot.press("asterisk")
        await pilot.pause()
        assert "5 selected" in screen_text(app)  # selecting is reading
        for key in ("t", "s", "u", "D"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen), key  # no dialog was opened
            [message] = [n.message for n in app._notifications]
            assert "read-only" in message and str(ui_db) in message, key
            app.clear_notifications()
        app.open_article(app.screen.article_list.current.id)
        await pilot.pause()
        for key in ("e", "D"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, StoryScreen), key
            [message] = [n.message for n in app._notifications]
            assert "read-only" in message, key
            app.clear_notifications()
    assert ui_db.read_bytes() == before
