"""``O``: the article's original file in the user's pager, the app
suspended around it (Textual's ``App.suspend``) so that the pager has the
terminal to itself; see ``reader.original``."""

from __future__ import annotations

from textual.app import SuspendNotSupported

from reader.original import PagerError, show


def show_original(app, article_id: int) -> None:
    original = None
    with app.store_errors():
        original = app.library.original(article_id)
    if original is None:
        return
    try:
        with app.suspend():
            show(original)
    except SuspendNotSupported:
        app.show_error("This terminal cannot be handed to a pager: open the file from a shell.")
        return
    except PagerError as error:
        app.show_error(str(error))
        return
    if original.note:
        app.notify(original.note, markup=False, timeout=6)
