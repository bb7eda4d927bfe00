"""Acting on several articles at once from the TUI: every result of a
search selected with ``*``, or the one under the cursor.

Each action states how many articles it will touch and asks first when
they are more than ``ASK_ABOVE`` (a delete always asks); the library's
bulk methods do the work in one transaction, in a thread worker (deleting
10,000 articles takes seconds: ``python -m bench.trash``), and ``done`` is
called after, on the app's thread, so the screen can show the change.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.library import ArticleFilter, Library
from reader.safe_text import one_line
from reader.ui.screens.confirm import ConfirmScreen
from reader.wording import counted

# More articles than this and a tag, star or read change asks first.
ASK_ABOVE = 3


def _in_background(
    app, work: Callable[[Library], int], said: Callable[[int], str], done: Callable[[], None]
) -> None:
    """Run ``work`` with the worker thread's own Library; then say what
    it did and call ``done``. A failure reaches the app's one error handler."""

    def run() -> None:
        changed = work(app.thread_library())
        app.call_from_thread(finish, changed)

    def finish(changed: int) -> None:
        app.notify(said(changed), markup=False, timeout=4)
        done()

    app.run_worker(run, thread=True, exit_on_error=False, group="bulk")


def _then(app, ask: bool, question: str, detail: str, go: Callable[[], None]) -> None:
    if not ask:
        go()
        return
    app.push_screen(ConfirmScreen(question, detail), lambda yes: go() if yes else None)


def delete(app, ids: list[int], done: Callable[[], None], title: str | None = None) -> None:
    """Move the articles to the trash, once the user says yes."""
    if not ids or not app.can_change():
        return
    what = f"“{one_line(title)}”" if title and len(ids) == 1 else counted(len(ids), "article")

    def go() -> None:
        _in_background(
            app,
            lambda library: library.delete_articles(ids),
            lambda deleted: (
                f"Deleted {counted(deleted, 'article')} (to the trash: T in the list shows"
                " it, r there brings one back)"
            ),
            done,
        )

    _then(app, True, f"Delete {what}?", "It goes to the trash: out of every list and search.", go)


def toggle(app, ids: list[int], flag: str, done: Callable[[], None]) -> None:
    """Star (or mark read) every article of ``ids``; when all of them are
    starred (read) already, unstar (mark unread) them instead."""
    if not ids or not app.can_change():
        return
    with app.store_errors():
        where = (
            ArticleFilter(ids=tuple(ids), starred=True)
            if flag == "starred"
            else ArticleFilter(ids=tuple(ids), unread=True)
        )
        marked = app.library.count_articles(where)
        # Starred: all starred means unstar. Read: none unread means mark unread.
        value = marked < len(ids) if flag == "starred" else marked > 0
        word = {
            ("starred", True): "Star",
            ("starred", False): "Unstar",
            ("read", True): "Mark read",
            ("read", False): "Mark unread",
        }[flag, value]

        def go() -> None:
            _in_background(
                app,
                lambda library: library.mark_articles(ids, flag, value),
                lambda changed: f"{word}: {counted(changed, 'article')} changed",
                done,
            )

        _then(app, len(ids) > ASK_ABOVE, f"{word} {counted(len(ids), 'article')}?", "", go)


def tag(app, ids: list[int], done: Callable[[], None]) -> None:
    """Ask for tags (the dialog says how many articles), then put them on all."""
    from reader.ui.screens.tag import TagScreen

    if not ids or not app.can_change():
        return

    def add(names: list[str] | None) -> None:
        if not names:
            return

        def go() -> None:
            _in_background(
                app,
                lambda library: sum(library.tag_articles(ids, name) for name in names),
                lambda changed: f"Tagged: {counted(changed, 'tag')} added",
                done,
            )

        shown = ", ".join(names)
        _then(
            app,
            len(ids) > ASK_ABOVE,
            f"Tag {counted(len(ids), 'article')} with {shown}?",
            "",
            go,
        )

    with app.store_errors():
        known = [name for name, _count in app.library.all_tags()]
        app.push_screen(TagScreen(known, f"Add tags to {counted(len(ids), 'article')}"), add)
