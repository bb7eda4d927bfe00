"""How the main screens look, pinned as SVG snapshots (pytest-textual-snapshot).

Update with ``pytest tests/ui/test_ui_snapshots.py --snapshot-update`` only
after looking at the new pictures.
"""

from __future__ import annotations

import pytest

from reader.ui.app import ReaderApp

SIZE = (120, 40)


async def _search(pilot) -> None:
    await pilot.press("slash")
    await pilot.pause()
    await pilot.press(*"strike")
    await pilot.pause(0.2)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_library_screen(snap_compare, ui_db):
    assert snap_compare(ReaderApp(ui_db), terminal_size=SIZE)


def test_search_results(snap_compare, ui_db):
    assert snap_compare(ReaderApp(ui_db), terminal_size=SIZE, run_before=_search)


def test_story_screen(snap_compare, ui_db):
    async def open_story(pilot) -> None:
        await _search(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()

    assert snap_compare(ReaderApp(ui_db), terminal_size=SIZE, run_before=open_story)


async def _open_story(pilot) -> None:
    await _search(pilot)
    await pilot.press("enter")
    await pilot.pause()


# Narrow: the story without its side panel and with a narrow speaker
# gutter; wide: the panel takes half the columns past 160.
OTHER_SIZES = [(80, 24), (200, 50)]


@pytest.mark.parametrize("size", OTHER_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_library_screen_at(snap_compare, ui_db, size):
    assert snap_compare(ReaderApp(ui_db), terminal_size=size)


@pytest.mark.parametrize("size", OTHER_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_story_screen_at(snap_compare, ui_db, size):
    assert snap_compare(ReaderApp(ui_db), terminal_size=size, run_before=_open_story)
