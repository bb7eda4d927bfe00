"""TUI start to first paint, measured in a fresh interpreter.

``python -m bench.tui DB`` prints JSON: seconds from the top of this module
(before textual or reader is imported) until the library list has rows and
has drawn them, and how much of that was importing. Run as a subprocess by
``bench.run`` so that every start is a cold one, as a user's would be.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402

TIMEOUT_S = 60.0


async def first_paint(db_path: str) -> dict:
    from reader.ui.app import ReaderApp
    from reader.ui.widgets.article_list import ArticleList

    imported = time.perf_counter() - STARTED
    app = ReaderApp(db_path)
    async with app.run_test(size=(120, 40)):
        while True:
            found = app.screen.query(ArticleList)
            # Rows are fetched (into its page cache) only when they are drawn.
            if found and found.first().row_count and getattr(found.first(), "_pages", True):
                break
            if time.perf_counter() - STARTED > TIMEOUT_S:
                raise TimeoutError("the library list never showed rows")
            await asyncio.sleep(0.002)
        painted = time.perf_counter() - STARTED
        rows = found.first().row_count
    return {"first_paint_s": painted, "import_s": imported, "rows": rows}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(first_paint(sys.argv[1]))))
