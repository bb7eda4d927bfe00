"""The story's edit dialog, and ``O``: the original file in ``$PAGER``,
split like words and never through a shell, the app suspended around it."""

from __future__ import annotations

import json
import stat
import sys
from contextlib import contextmanager
from pathlib import Path

from textual.widgets import Input

from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.edit import EditScreen
from reader.ui.screens.story import StoryScreen
from tests.conftest import import_paths, write

from .conftest import STORY_TITLE, screen_text

SIZE = (120, 40)
ODD_NAME = "-n \"odd\" 'name' $(x).txt"
TEXT = "Tide Tables Printed\n\nThe harbour office printed new tide tables for the winter.\n"


def _fake_pager(folder: Path) -> tuple[Path, Path]:
    """A pager that records its arguments and what it was given on stdin."""
    record = folder / "pager record.json"
    script = folder / "my pager" / "fake pager.py"
    script.parent.mkdir(parents=True)
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        "data = sys.stdin.buffer.read() if not sys.stdin.isatty() else b''\n"
        f"open({str(record)!r}, 'w').write(json.dumps("
        "{'argv': sys.argv[1:], 'stdin': data.decode('utf-8', 'replace')}))\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script, record


def _watch_suspend(app) -> list[str]:
    """Headless, a Textual app cannot suspend; record that it was asked to
    around the pager instead."""
    seen: list[str] = []

    @contextmanager
    def suspend():
        seen.append("suspended")
        yield
        seen.append("resumed")

    app.suspend = suspend
    return seen


async def test_O_pages_the_original_file_then_the_stored_text_once_it_is_gone(
    tmp_path, monkeypatch
):
    folder = tmp_path / "news folder"
    odd = write(folder, ODD_NAME, TEXT)
    db = tmp_path / "r.db"
    with Library(db) as library:
        import_paths(library, odd)
    script, record = _fake_pager(tmp_path)
    monkeypatch.setenv("PAGER", f"'{script}' --quiet")

    app = ReaderApp(db)
    async with app.run_test(size=SIZE) as pilot:
        seen = _watch_suspend(app)
        await pilot.pause()
        await pilot.press("O")
        await pilot.pause()
        assert seen == ["suspended", "resumed"]
        recorded = json.loads(record.read_text())
        assert recorded["argv"] == ["--quiet", str(odd.resolve())]

        odd.unlink()
        record.unlink()
        await pilot.press("enter")  # the story
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("O")
        await pilot.pause()
        recorded = json.loads(record.read_text())
        assert recorded["argv"] == ["--quiet"]
        assert recorded["stdin"] == TEXT
        assert any(
            n.message == f"{odd.resolve()} is gone: showing the text as stored"
            for n in app._notifications
        )


async def test_an_unusable_pager_is_one_error_line(ui_db, monkeypatch):
    monkeypatch.setenv("PAGER", "/no/such/pager -R")
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        _watch_suspend(app)
        await pilot.pause()
        await pilot.press("O")
        await pilot.pause()
        assert any("cannot run the pager '/no/such/pager'" in n.message for n in app._notifications)
        monkeypatch.setenv("PAGER", "less 'unclosed")
        await pilot.press("O")
        await pilot.pause()
        assert any("cannot be read as a command" in n.message for n in app._notifications)


async def test_the_edit_dialog_corrects_the_story(ui_db):
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        story_id = next(r.id for r in app.library.articles() if r.title == STORY_TITLE)
        app.open_article(story_id)
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditScreen)
        app.screen.query_one("#edit-title", Input).value = "Dockers Strike"
        app.screen.query_one("#edit-date", Input).value = "24 June 2025"
        app.screen.query_one("#edit-title", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        assert "Dockers Strike" in screen_text(app)
        row = app.library.article(story_id).row
        assert (row.title, row.date, row.source) == (
            "Dockers Strike",
            "2025-06-24",
            "Meridian Wire",
        )
        assert app.library.edited_fields(story_id) == {
            "title": "Dockers Strike",
            "date": "2025-06-24",
        }
        await pilot.press("e")
        await pilot.pause()
        assert "date  (your edit)" in screen_text(app)
        assert "source  (your edit)" not in screen_text(app)
        app.screen.query_one("#edit-date", Input).value = "someday"
        app.screen.query_one("#edit-date", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert any("not a date of one day" in n.message for n in app._notifications)
        assert app.library.article(story_id).row.date == "2025-06-24"
