"""Curating from the finder (ctrl-keys) and the entity page, in the real app
on a real library file."""

from __future__ import annotations

from textual.widgets import Input, OptionList

from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.ask import AskScreen
from reader.ui.screens.entities import EntityScreen
from reader.ui.screens.entity_page import EntityPageScreen
from reader.ui.screens.pick import PickScreen
from reader.ui.screens.story import StoryScreen

from .conftest import STORY_TITLE, screen_text

SIZE = (120, 40)


async def settle(pilot, seconds: float = 0.2) -> None:
    await pilot.pause(seconds)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def find(pilot, name: str) -> EntityScreen:
    await pilot.press("e")
    await settle(pilot)
    await pilot.press(*name)
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, EntityScreen)
    return screen


def stored(db, entity_id: int):
    with Library(db) as library:
        return library.entity_page(entity_id, limit=0)


async def test_the_finders_curation_keys(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await find(pilot, "darmawan saputr")
        hit = screen.current
        assert hit.name == "Darmawan Saputra" and hit.type == "PER"

        await pilot.press("ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen)
        app.screen.query_one(OptionList).highlighted = 1  # ORG
        await pilot.press("enter")
        await settle(pilot)
        assert stored(ui_db, hit.id).type == "ORG"
        assert screen.current.type == "ORG"
        assert screen.query_one(Input).value == "darmawan saputr"  # the keys typed nothing

        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, AskScreen)
        box = app.screen.query_one(Input)
        assert box.value == "Darmawan Saputra"
        box.value = "Pak Darmawan"
        await pilot.press("enter")
        await settle(pilot)
        assert stored(ui_db, hit.id).name == "Pak Darmawan"

        await pilot.press("ctrl+b")
        await settle(pilot)
        assert stored(ui_db, hit.id).hidden
        assert hit.id not in [h.id for h in screen.hits]

        await pilot.press("ctrl+z")
        await settle(pilot)
        assert not stored(ui_db, hit.id).hidden
        assert hit.id in [h.id for h in screen.hits]
        await pilot.press("ctrl+z", "ctrl+z")
        await settle(pilot)
        page = stored(ui_db, hit.id)
        assert (page.name, page.type) == ("Darmawan Saputra", "PER")
    with Library(ui_db) as library:
        assert [e.action for e in library.curation_log()] == [
            "retype",
            "rename",
            "hide",
            "undo",
            "undo",
            "undo",
        ]


async def test_the_entity_page_shows_the_sections_and_curates(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await find(pilot, "darmawan saputr")
        entity_id = screen.current.id
        await pilot.press("ctrl+o")
        await settle(pilot)
        page = app.screen
        assert isinstance(page, EntityPageScreen)
        text = screen_text(app)
        for part in ("Darmawan Saputra", "PER · 1 article", "Written as:", "Darmawan Saputra (1)"):
            assert part in text, part
        assert "Said (1)" in text and "We are not against technology" in text
        assert "Appears with (3)" in text and "Tanjung Priok" in text
        assert "When: 2025-06 1" in text

        await pilot.press("h")
        await settle(pilot)
        assert "hidden" in screen_text(app) and stored(ui_db, entity_id).hidden
        await pilot.press("u")
        await settle(pilot)
        assert "hidden" not in screen_text(app) and not stored(ui_db, entity_id).hidden

        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one(OptionList).highlighted = 2  # LOC
        await pilot.press("enter")
        await settle(pilot)
        assert "LOC · 1 article" in screen_text(app)

        listing = page.query_one(OptionList)
        listing.highlighted = 1  # the quote, under its heading
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        assert STORY_TITLE in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is page

        # Another entity of the page opens its own page.
        listing.highlighted = listing.option_count - 1
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EntityPageScreen) and app.screen.entity_id != entity_id


async def test_curation_on_a_read_only_library_says_so(ui_db):
    app = ReaderApp(ui_db, library=Library(ui_db, read_only=True))
    async with app.run_test(size=SIZE) as pilot:
        screen = await find(pilot, "darmawan saputr")
        entity_id = screen.current.id
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("ctrl+o")
        await settle(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, EntityPageScreen)  # no dialog opened
        messages = [n.message for n in app._notifications]
        assert sum("read-only" in m for m in messages) >= 2
    assert not stored(ui_db, entity_id).hidden


def _entry(panel, starts: str) -> int:
    """The index of the side panel's entry whose label starts so."""
    labels = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
    return next(i for i, label in enumerate(labels) if label.startswith(starts))


async def test_the_story_panel_opens_the_page_of_an_entity_and_of_a_quotes_speaker(ui_db):
    from reader.ui.widgets.side_panel import SidePanel

    from .test_ui_story import open_story

    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        story = await open_story(pilot)
        panel = story.query_one(SidePanel)
        panel.focus()
        panel.highlighted = _entry(panel, "Tanjung Priok")
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, EntityPageScreen)
        assert app.screen.page.name == "Tanjung Priok"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is story

        panel.highlighted = _entry(panel, "Darmawan Saputra: ")  # the quote
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, EntityPageScreen)
        assert app.screen.page.name == "Darmawan Saputra"
        await pilot.press("escape")
        await pilot.pause()

        # A tag has no page: the story stays.
        panel.highlighted = _entry(panel, "# Labour")
        await pilot.press("o")
        await pilot.pause()
        assert app.screen is story


async def test_a_quote_whose_speaker_is_hidden_opens_no_page(ui_db):
    from reader.ui.widgets.side_panel import SidePanel

    from .test_ui_story import open_story

    with Library(ui_db) as library:
        library.hide_entity(library.resolve_entity("Darmawan Saputra"))
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        story = await open_story(pilot)
        panel = story.query_one(SidePanel)
        panel.focus()
        panel.highlighted = _entry(panel, "unknown speaker: ")
        await pilot.press("o")
        await pilot.pause()
        assert app.screen is story
        assert any("not a known entity" in n.message for n in app._notifications)


async def test_the_quotes_browser_opens_the_speakers_page(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("Q")
        await settle(pilot)
        await pilot.press("ctrl+o")  # no quote chosen yet: says so, stays
        await pilot.pause()
        assert not isinstance(app.screen, EntityPageScreen)
        await pilot.press("down")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, EntityPageScreen)
        assert app.screen.page.name == "Darmawan Saputra"


def test_the_timeline_says_how_many_articles_are_undated():
    from reader.ui.screens.entity_page import when_line

    assert (
        when_line({"2025-09": 1, "2025-10": 1}, 4) == "2025-09 1  2025-10 1  (2 articles undated)"
    )
    assert when_line({"2025-09": 2}, 2) == "2025-09 2"
    assert when_line({}, 3) == "no dated articles"
