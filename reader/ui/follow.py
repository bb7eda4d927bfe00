"""Following an entity from the TUI: ``F`` on the entity page, ``ctrl+f``
in the finder (whose letters type into its box). A followed entity's new
articles are counted in the "new" view (``N`` on the library) and by
``reader new``; a read-only library says so instead."""

from __future__ import annotations

from collections.abc import Callable

from reader.safe_text import one_line


def toggle_follow(app, entity_id: int, name: str, done: Callable[[], None] = lambda: None) -> None:
    """Follow the entity, or stop following it when it is followed."""
    if not app.can_change():
        return
    with app.store_errors():
        if app.library.is_followed(entity_id):
            app.library.unfollow(entity_id)
            said = f"No longer following {one_line(name)}"
        else:
            app.library.follow(entity_id)
            said = f"Following {one_line(name)}: its new articles are counted under N"
        app.notify(said, markup=False, timeout=4)
        done()
