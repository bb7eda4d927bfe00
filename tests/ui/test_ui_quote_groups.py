"""The ``Q`` browser shows a statement once (issue 20): its fullest text,
how many articles and sources, where first seen, its wordings, and
speakers that disagree; the word filter finds a group by any wording."""

from __future__ import annotations

from textual.widgets import Input

from reader.ui.app import ReaderApp
from reader.ui.screens.quotes import QuotesScreen
from reader.ui.screens.story import StoryScreen
from tests.test_quote_groups import CORPUS, SAID, stored

from .conftest import screen_text
from .test_ui_issue18 import settle


async def test_the_quotes_browser_shows_each_statement_once(tmp_path):
    path = tmp_path / "r.db"
    with stored(path, CORPUS) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    app = ReaderApp(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert len(screen.quotes) == 3
        shown = screen_text(app)
        assert shown.count("raise fuel prices") == 1
        assert "4 articles · 3 sources · first 2026-03-01 Harbour Daily · 4 wordings" in shown
        assert "speakers disagree: Maria Lindqvist 3, Johan Berg 1" in shown
        assert "also:" not in shown
        await pilot.press("ctrl+t")  # the other wordings
        await settle(pilot)
        assert screen_text(app).count("also:") == 3
        assert "petrol prices" in screen_text(app)
        words = screen.query_one("#quote-text", Input)
        words.focus()
        await pilot.press(*"petrol ")
        await settle(pilot)
        (group,) = screen.quotes
        assert group.text == SAID and group.articles == 4
        await pilot.press("enter")  # to the list
        await pilot.press("enter")  # open
        await pilot.pause()
        story = app.screen
        assert isinstance(story, StoryScreen)
        start, _ = story.view.cursor_span
        assert story.detail.text[start:].lstrip("“").startswith(SAID[:20])


async def test_the_entity_page_shows_a_statement_once(tmp_path):
    path = tmp_path / "r.db"
    with stored(path, CORPUS) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    app = ReaderApp(path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("Q")
        await settle(pilot)
        words = app.screen.query_one("#quote-text", Input)
        words.focus()
        words.value = "petrol "
        await settle(pilot)
        await pilot.press("down")  # to the list, the group highlighted
        await pilot.press("ctrl+o")  # the speaker by vote: Maria Lindqvist
        await settle(pilot)
        shown = screen_text(app)
        assert "Said (2)" in shown
        assert shown.count("raise fuel prices") == 1
        assert "4 articles · 3 sources · first 2026-03-01 Harbour Daily" in shown
        assert "4 wordings" in shown and "speakers disagree" in shown


def test_a_group_counts_its_articles_and_sources_in_words():
    """`2 articles · 1 source`, never `1 sources`."""
    from db.records import QuoteGroup, QuoteRow
    from reader.ui.screens.quotes import group_label

    row = QuoteRow(
        1, 1, "Harbour", "Sari", None, None, "said", 0, 5, "Hello", None, "Daily", None, None
    )
    group = QuoteGroup(
        7, row, "Hello", "Sari", None, None, 2, ["Daily"], {"source": "Daily"}, [], 1, False, []
    )
    assert "2 articles · 1 source · first Daily" in group_label(group).plain
