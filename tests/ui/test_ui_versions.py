"""Versions of one story in the TUI (issue 20 item 2): the library folds a
group into one row, a story says who else published it and opens them."""

from __future__ import annotations

from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.story import StoryScreen
from reader.ui.widgets.article_list import ArticleList
from reader.ui.widgets.search_results import SearchResults
from reader.ui.widgets.side_panel import SidePanel
from tests.conftest import import_paths, write
from tests.versions_texts import paragraphs, story, versions_of

from .conftest import drawn

SIZE = (120, 40)


def _library(tmp_path):
    """Three versions of one story and another story."""
    texts = versions_of(11)
    folder = tmp_path / "in"
    for name in ("original", "added", "moved"):
        write(folder, f"{name}.txt", texts[name])
    write(folder, "other.txt", story("Another story altogether", paragraphs(77)))
    db = tmp_path / "reader.db"
    with Library(db) as library:
        import_paths(library, folder)
    return db


async def test_a_group_is_one_row_and_its_story_opens_the_others(tmp_path):
    app = ReaderApp(_library(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.row_count == 2
        grouped = next(i for i in range(2) if articles.row(i).versions == 3)
        assert "3 versions" in drawn(articles, 2)
        first = articles.row(grouped)

        articles.cursor = grouped
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StoryScreen) and screen.detail.row.id == first.id
        text = drawn(screen.view)
        assert "also published by" in text
        others = [row.id for row in screen.detail.versions]
        assert len(others) == 2 and first.id not in others
        assert all(f"({other})" in text for other in others)

        await pilot.press("V")
        panel = screen.query_one(SidePanel)
        assert app.focused is panel
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        assert app.screen.detail.row.id == others[0]
        assert first.id in [row.id for row in app.screen.detail.versions]

        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def _open_story(pilot, app, versions: int) -> StoryScreen:
    """Open the listed story that has ``versions`` versions."""
    await pilot.pause()
    articles = app.screen.query_one(ArticleList)
    articles.cursor = next(i for i in range(2) if articles.row(i).versions == versions)
    await pilot.press("enter")
    await pilot.pause()
    return app.screen


async def test_a_story_alone_has_no_versions_line(tmp_path):
    app = ReaderApp(_library(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await _open_story(pilot, app, versions=1)
        assert "also published by" not in drawn(app.screen.view)
        await pilot.press("V")
        assert app.screen.query_one(SidePanel).versions_at is None


async def test_search_shows_a_group_once(tmp_path):
    from tests.ui.test_ui_search import type_query

    word = versions_of(11)["original"].split("\n")[2].split()[1]
    app = ReaderApp(_library(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await type_query(pilot, word)
        results = app.screen.query_one(SearchResults)
        grouped = [hit for hit in results.hits if hit.versions == 3]
        assert len(grouped) == 1 and results.total == len(results.hits)
        assert "3 versions" in drawn(results)


async def test_esc_from_the_versions_panel_goes_back_to_the_text_not_the_list(tmp_path):
    app = ReaderApp(_library(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_story(pilot, app, versions=3)
        await pilot.press("V")
        assert app.focused is screen.query_one(SidePanel)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and app.focused is screen.view
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StoryScreen)
