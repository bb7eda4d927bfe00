"""Curating an entity from the TUI: hide, retype, rename, undo.

The finder (ctrl-keys, since letters type into its box) and the entity page
(plain letters) share these. Each asks what it needs, makes the change
through the ``Library`` (logged, undoable, kept by ``reader reindex``), says
what it did in one notification and calls ``done`` so the screen can show
the change. A read-only library says so before any dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable

from db.curation import TYPES
from db.errors import StoreError
from reader.ui.rich_text import line
from reader.ui.screens.ask import AskScreen
from reader.ui.screens.pick import PickScreen


def _change(app, change: Callable, done: Callable[[], None]) -> None:
    try:
        said = change(app.library)
    except StoreError as error:
        app.show_error(str(error))
        return
    app.notify(said, markup=False, timeout=4)
    done()


def toggle_hidden(app, entity_id: int, done: Callable[[], None]) -> None:
    """Hide the entity, or show it again when it is hidden."""
    if not app.can_change():
        return
    with app.store_errors():
        hidden = app.library.entity_page(entity_id, limit=0).hidden
        _change(
            app,
            lambda library: (library.unhide_entity if hidden else library.hide_entity)(entity_id),
            done,
        )


def retype(app, entity_id: int, name: str, done: Callable[[], None]) -> None:
    if not app.can_change():
        return

    def chosen(type_: str | None) -> None:
        if type_ is not None:
            _change(app, lambda library: library.retype_entity(entity_id, type_), done)

    app.push_screen(PickScreen(f"Type of {name}:", [(t, line(t)) for t in TYPES]), chosen)


def rename(app, entity_id: int, name: str, done: Callable[[], None]) -> None:
    if not app.can_change():
        return

    def chosen(new: str | None) -> None:
        if new:
            _change(app, lambda library: library.rename_entity(entity_id, new), done)

    app.push_screen(AskScreen(f"Show {name} as (the old name stays a variant):", name), chosen)


def undo(app, done: Callable[[], None]) -> None:
    """Revert the newest curation, whichever entity it changed."""
    if app.can_change():
        _change(app, lambda library: library.undo_curation(), done)
