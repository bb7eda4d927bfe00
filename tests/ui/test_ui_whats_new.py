"""What is new since you last looked, in the TUI: the saved-search panel's
counts follow another process's import, opening one lists its new articles
first and marks it seen, ``N`` shows every saved search and followed
entity, ``F`` and ``ctrl+f`` follow."""

from __future__ import annotations

import asyncio

from textual.widgets import OptionList

from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.entity_page import EntityPageScreen
from reader.ui.screens.saved import SavedSearches
from reader.ui.screens.whats_new import NewFirstScreen, WhatsNewScreen
from tests.trust.conftest import env, reader_command

from .test_ui_finders import settle
from .test_ui_search import SIZE

# Generous: the library looks for other processes' imports every 5 s.
WAIT_S = 60

NEW_STORY = (
    "Robot cranes reach Rotterdam\n\n"
    "ROTTERDAM - Robot cranes from Korea began work at the port on Friday.\n"
)


def _label(options: OptionList, index: int = 0) -> str:
    return str(options.get_option_at_index(index).prompt)


async def _until(pilot, holds) -> None:
    """Let the app run until ``holds()``, at most ``WAIT_S`` seconds."""
    for _ in range(int(WAIT_S / 0.25)):
        if holds():
            return
        await pilot.pause(0.25)
    assert holds()


async def _import_elsewhere(db, folder) -> None:
    """``reader import`` in another process, while the app keeps running."""
    process = await asyncio.create_subprocess_exec(
        *reader_command(db, "import", str(folder)),
        env=env(),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await process.communicate()
    assert process.returncode == 0, err


async def test_an_import_by_another_process_raises_the_saved_search_count(ui_db, tmp_path):
    with Library(ui_db) as library:
        library.save_search("robots", "robot")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "rotterdam.txt").write_text(NEW_STORY, encoding="utf-8")
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        await settle(pilot)
        options = app.screen.query_one(SavedSearches).query_one(OptionList)
        assert "robots" in _label(options) and "new" not in _label(options)

        await _import_elsewhere(ui_db, folder)
        await _until(pilot, lambda: "1 new" in _label(options))

        # Opening it lists the new article first, then the others, and marks it seen.
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, NewFirstScreen)
        listing = app.screen.query_one(OptionList)
        assert "New since you saved it (1)" in _label(listing, 0)
        assert "Robot cranes reach Rotterdam" in _label(listing, 1)
        assert "Earlier" in _label(listing, 2)
        earlier = " ".join(_label(listing, i) for i in range(3, listing.option_count))
        assert "Robots arrive at the port of Hamburg" in earlier and "Rotterdam" not in earlier
        await pilot.press("escape")
        await settle(pilot)
        await _until(pilot, lambda: "new" not in _label(options))
        assert [item.new for item in app.library.whats_new()] == [0]


async def test_follow_from_the_page_and_the_finder_and_see_them_under_n(ui_db):
    with Library(ui_db) as library:
        (darmawan,) = library.entity_ids_named("Darmawan Saputra")
        (jakarta,) = library.entity_ids_named("Jakarta")
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        app.open_entity_page(darmawan)
        await settle(pilot)
        assert isinstance(app.screen, EntityPageScreen)
        await pilot.press("F")
        await settle(pilot)
        assert [f.entity_id for f in app.library.followed()] == [darmawan]
        assert "followed" in str(app.screen.query_one("#page-title").render())
        await pilot.press("escape")

        await pilot.press("e")
        await settle(pilot)
        await pilot.press(*"jakarta")
        await settle(pilot)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert {f.entity_id for f in app.library.followed()} == {darmawan, jakarta}
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("N")
        await settle(pilot)
        assert isinstance(app.screen, WhatsNewScreen)
        listing = app.screen.query_one(OptionList)
        assert listing.option_count == 2
        assert "Darmawan Saputra" in _label(listing, 0) and "followed" in _label(listing, 0)
        # F there stops following the one under the cursor.
        await pilot.press("F")
        await settle(pilot)
        assert [f.entity_id for f in app.library.followed()] == [jakarta]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, NewFirstScreen)
        assert "New since you followed it (0)" in _label(app.screen.query_one(OptionList), 0)
        assert app.library.whats_new()[0].last_opened is not None
