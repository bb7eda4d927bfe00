"""How the main screens look, pinned as SVG snapshots (pytest-textual-snapshot).

Update with ``pytest tests/ui/test_ui_snapshots.py --snapshot-update`` only
after looking at the new pictures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reader.ui import app as _app
from reader.ui.app import ReaderApp as _ReaderApp

from .test_ui_search_status import search

SIZE = (120, 40)


class ReaderApp(_ReaderApp):
    """The app with its notifications held until the picture is taken.

    A story opened at a search hit says ``Hit 1 of 2`` for one second: on
    a loaded machine the picture came after it had gone, and the snapshot
    differed (``test_story_screen`` was flaky). Held, the picture is the
    screen as it is right after the keys, every time."""

    # Read from here, a subclass's CSS path would be this folder's.
    CSS_PATH = str(Path(_app.__file__).with_name("app.tcss"))

    def notify(self, *args, **kwargs) -> None:
        super().notify(*args, **{**kwargs, "timeout": 3600})


async def _search(pilot) -> None:
    # Until the results are drawn: a fixed pause let a slow debounce
    # timer fire after the workers were waited for.
    await search(pilot, "strike")
    # The search box's cursor blinks every half second from the last key:
    # a picture taken later on a loaded machine missed it. Held shown.
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False
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
