"""Issue 18 in the TUI: the quote filter over every quote, ``E`` to a file
from ``Q``, ``H`` and search results, managing highlights, a quote: hit
opening at its quotation, narrow and wide terminals, help that scrolls, the
tag rule and language names."""

from __future__ import annotations

import csv
import json

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, OptionList

from db.store import Store
from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.ask import AskScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.highlights import HighlightsScreen
from reader.ui.screens.pick import PickScreen
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.story import PANEL_WIDTH, StoryScreen
from reader.ui.screens.tag import TagScreen
from reader.ui.widgets.side_panel import SidePanel
from tests.conftest import store_understood
from tests.test_quote_search import made

from .conftest import STORY_TITLE, screen_text
from .test_ui_story import open_story


async def settle(pilot) -> None:
    await pilot.pause(0.2)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def answer(pilot, text: str) -> None:
    """Type ``text`` into the open dialog in place of what it offers, and Enter."""
    assert isinstance(pilot.app.screen, AskScreen | TagScreen)
    pilot.app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await pilot.pause()


@pytest.fixture(scope="module")
def many_quotes(tmp_path_factory):
    """5,000 quotes, the oldest with words no other has."""
    path = tmp_path_factory.mktemp("q5000") / "reader.db"
    with Store(path) as store:
        store_understood(
            store,
            [made("/oldest.txt", "1999-01-01", ["Quillwort grows by the [b]old[/b] mill."])]
            + [
                made(f"/n{i}.txt", f"2024-01-{1 + i % 28:02}", [f"Routine remark {i} on tides."])
                for i in range(4999)
            ],
        )
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


async def test_the_quote_filter_finds_the_oldest_of_5000_quotes(many_quotes):
    app = ReaderApp(many_quotes)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert "Quillwort" not in screen_text(app)  # far below the newest
        screen.query_one("#quote-text", Input).focus()
        await pilot.press(*"quillw")  # the last word as typed so far
        await settle(pilot)
        assert [q.text for q in screen.quotes] == ["Quillwort grows by the [b]old[/b] mill."]
        # Article text is data: its markup is shown as typed.
        assert "[b]old[/b]" in screen_text(app)


async def test_export_from_the_quotes_browser_to_a_file(many_quotes, tmp_path):
    app = ReaderApp(many_quotes)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("Q")
        await settle(pilot)
        app.screen.query_one("#quote-text", Input).value = "remark 42 "
        await settle(pilot)
        app.screen.query_one("#quote-list", OptionList).focus()
        await pilot.press("E")
        await pilot.pause()
        out = tmp_path / "remark.csv"
        await answer(pilot, str(out))
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
        assert [r["text"] for r in rows] == ["Routine remark 42 on tides."]


async def test_an_export_path_that_cannot_be_written_says_so(ui_db, tmp_path):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("H")
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        await answer(pilot, str(tmp_path / "missing" / "h.md"))
        assert any("folder does not exist" in n.message for n in app._notifications)
        assert not (tmp_path / "missing").exists()


async def test_highlights_edit_note_delete_jump_and_export(ui_db, tmp_path):
    with Library(ui_db) as library:
        story = next(a for a in library.articles() if a.title == STORY_TITLE)
        text = library.article(story.id).text
        start = text.index("Talks continue")
        library.add_highlight(story.id, start, start + len("Talks continue"), "first [i]note[/i]")
    app = ReaderApp(ui_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(app.screen, HighlightsScreen)
        await pilot.press("n")
        await pilot.pause()
        await answer(pilot, "second note")
        assert app.library.all_highlights()[0].note == "second note"
        await pilot.press("E")
        await pilot.pause()
        out = tmp_path / "h.json"
        await answer(pilot, str(out))
        assert [h["note"] for h in json.loads(out.read_text())] == ["second note"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        assert app.screen.view.cursor_span[0] <= start < app.screen.view.cursor_span[1]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await answer(pilot, "")  # an emptied note is no note
        assert app.library.all_highlights()[0].note == ""
        await pilot.press("d")
        await pilot.pause()
        assert app.library.all_highlights() == []
        assert "No highlights yet" in screen_text(app)


async def test_a_quote_hit_opens_the_story_at_its_quotation(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        await pilot.press(*'quote:"against technology"')
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryScreen)
        quote = screen.detail.quotes[0]
        assert screen.view.cursor_span[0] <= quote.start < screen.view.cursor_span[1]


async def test_export_search_results_from_the_library(ui_db, tmp_path):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        await pilot.press(*"korea")
        await settle(pilot)
        await pilot.press("down")  # from the box (where E is a letter) to the results
        await pilot.press("E")
        await pilot.pause()
        out = tmp_path / "korea.md"
        await answer(pilot, str(out))
        written = out.read_text()
        assert "Robots arrive at the port of Hamburg" in written
        assert "Coffee prices soar in Lampung" in written
        assert "Berlin" not in written


@pytest.mark.parametrize(
    ("size", "shown", "width"),
    [((80, 24), False, PANEL_WIDTH), ((120, 40), True, PANEL_WIDTH), ((250, 50), True, 83)],
)
async def test_the_side_panel_fits_the_terminal(ui_db, size, shown, width):
    app = ReaderApp(ui_db)
    async with app.run_test(size=size) as pilot:
        screen = await open_story(pilot)
        await pilot.pause()
        panel = screen.query_one(SidePanel)
        assert panel.display is shown
        assert panel.outer_size.width == (width if shown else 0)
        if not shown:
            # The text keeps most of the width, the speaker a narrower gutter.
            assert screen.view.gutter_width == 10
            await pilot.press("p")
            assert panel.display


async def test_help_scrolls_at_80x24(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_story(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one("#help-keys", VerticalScroll)
        assert keys.max_scroll_y > 0
        assert "story.panel" not in screen_text(app)
        await pilot.press("end")
        await pilot.pause()
        assert keys.scroll_y == keys.max_scroll_y
        assert "story.panel" in screen_text(app)


async def test_a_tag_may_hold_spaces_and_a_comma_separates_tags(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_story(pilot)
        await pilot.press("t")
        await pilot.pause()
        await answer(pilot, "harbour strike, #robots ,  harbour  strike")
        tags = [name for name, _ in app.library.article(screen.detail.row.id).tags]
        assert "harbour strike" in tags and "robots" in tags
        assert "harbour" not in tags


async def test_the_language_picker_names_the_languages(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, PickScreen)
        assert "English" in screen_text(app)
