"""The import screen's bar counts a dataset's rows against its rows: a
dataset named alone is one file planned and many articles stored."""

from __future__ import annotations

import csv

from textual.widgets import Input, ProgressBar

from reader.ui.app import ReaderApp
from reader.ui.screens.import_files import ImportScreen

from .conftest import screen_text

SIZE = (120, 40)
ROWS = 600


async def settle(pilot, seconds: float = 0.2) -> None:
    await pilot.pause(seconds)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_datasets_rows_fill_the_bar_to_its_end_and_not_past_it(ui_db, tmp_path):
    data = tmp_path / "harbour.csv"
    with open(data, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "text"])
        for n in range(1, ROWS + 1):
            writer.writerow(
                [n, f"Harbour note {n}", f"The ferry log for crossing {n} lists every boat."]
            )
    app = ReaderApp(ui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportScreen)
        bar = screen.query_one(ProgressBar)
        seen: list[tuple[float, float | None]] = []
        screen.watch(bar, "progress", lambda progress: seen.append((progress, bar.total)))
        screen.query_one(Input).value = str(data)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.counts == {"added": ROWS}
        assert bar.progress == bar.total == ROWS
        assert len(seen) > ROWS // 2
        assert all(total is None or progress <= total for progress, total in seen)
        assert f"done, {ROWS} dataset rows: {ROWS} added" in screen_text(app)
