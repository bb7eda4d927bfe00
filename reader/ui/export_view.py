"""``E``: write what a screen shows (search results, the quotes browser,
the highlights) to a file the user names, in the format of its extension
(``.json``, ``.csv``, ``.md``; JSON for a name without one; another
extension is refused), readable by them alone, through the same writer as
``reader export --output``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.export import ExportError, render, write_export
from reader.library import Library
from reader.safe_text import one_line
from reader.ui.screens.ask import AskScreen
from reader.ui.screens.import_files import PathSuggester


def ask_and_export(app, what: str, rows: Callable[[Library], list[dict]]) -> None:
    """Ask where to write ``what`` (a path, completed from the disk), then
    write ``rows(library)`` there; a path that cannot be written, or named
    for a format reader does not write, says why in one line, and nothing
    is written or read."""
    suggested = str(Path.cwd() / f"reader-{what}.md")

    def chosen(path: str | None) -> None:
        if not path:
            return
        output = Path(path).expanduser()
        with app.store_errors(ExportError):
            write_export(
                app.library, output, None, lambda fmt: render(what, rows(app.library), fmt)
            )
            app.notify(one_line(f"Exported {what} to {output}"), timeout=4, markup=False)

    app.push_screen(
        AskScreen(f"Export {what} to (.md, .csv or .json)", suggested, PathSuggester()), chosen
    )
