"""What is new since the user last looked: followed entities, and the marks
of saved searches and follows.

A saved search or a followed entity keeps a mark in import order: the
``(imported_at, id)`` of the newest article when it was last opened. "New"
is what was imported after the mark (by import time, ties by id: an
article's time is to the second) and matches now. An article that changes
at its path keeps its import time, so it is not new again.

An entity's articles are known only once the second phase has read them
(``db.understanding``). So that an article imported before a follow was
opened, and understood after, is not lost, the mark of anything that needs
the second phase stops short of the oldest article still waiting to be
understood the first time: that one, and what came after it, are new
again. (A reindex queues every article, but they keep their names
meanwhile, so its queue does not count.)

Counting is bounded by the mark: the articles after it are found by the
index on ``imported_at``, and a search or an entity's mentions are read
from the first of them on only; nothing new costs one index probe.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from db.articles import now
from db.errors import NotFoundError

# (imported_at, id): everything at or before it has been seen.
Mark = tuple[str, int]
# Before every article.
START: Mark = ("", 0)


class Followed(NamedTuple):
    """A followed entity: its id, the name it is shown under now (the one
    it was followed by, should the entity be gone), and its mark."""

    entity_id: int
    name: str
    followed_at: str
    last_opened: str | None
    mark: Mark


class SavedMark(NamedTuple):
    """A saved search with when it was last opened and its mark."""

    name: str
    query: str
    last_opened: str | None
    mark: Mark


def top_mark(conn: sqlite3.Connection) -> Mark:
    """The mark of the newest article: nothing is new after it."""
    row = conn.execute(
        "SELECT imported_at, id FROM articles ORDER BY imported_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else START


def seen_mark(conn: sqlite3.Connection, needs_understanding: bool) -> Mark:
    """The mark to keep when the user looks now: the newest article, or for
    what needs the second phase, just before the oldest article still
    waiting for it the first time, if that is older."""
    top = top_mark(conn)
    if not needs_understanding:
        return top
    row = conn.execute(
        "SELECT a.imported_at, a.id FROM understanding_queue q"
        " JOIN articles a ON a.id = q.article_id"
        " WHERE q.restructure = 0 ORDER BY q.article_id LIMIT 1"
    ).fetchone()
    return min(top, (row[0], row[1] - 1)) if row else top


def first_after(conn: sqlite3.Connection, mark: Mark) -> int | None:
    """The smallest id of the articles imported after ``mark``, None when
    there are none: every new article's id is at least this."""
    at, after_id = mark
    # Two index ranges: with OR, SQLite scans the table.
    row = conn.execute(
        "SELECT min(id) FROM (SELECT id FROM articles WHERE imported_at > ?"
        " UNION ALL SELECT id FROM articles WHERE imported_at = ? AND id > ?)",
        (at, at, after_id),
    ).fetchone()
    return row[0]


def count_mentioning(
    conn: sqlite3.Connection, entity_id: int, mark: Mark, first: int, bound: int
) -> int:
    """How many articles imported after ``mark`` (ids from ``first``)
    mention the entity, up to ``bound`` + 1."""
    at, after_id = mark
    return conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT m.article_id FROM mentions m"
        " JOIN articles a ON a.id = m.article_id"
        " WHERE m.entity_id = ? AND m.article_id >= ?"
        " AND (a.imported_at > ? OR (a.imported_at = ? AND a.id > ?)) LIMIT ?)",
        (entity_id, first, at, at, after_id, bound + 1),
    ).fetchone()[0]


def mentioning_after(
    conn: sqlite3.Connection, entity_id: int, mark: Mark, first: int, limit: int
) -> list[int]:
    """The articles imported after ``mark`` (ids from ``first``) that
    mention the entity, newest first."""
    at, after_id = mark
    rows = conn.execute(
        "SELECT DISTINCT m.article_id FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE m.entity_id = ? AND m.article_id >= ?"
        " AND (a.imported_at > ? OR (a.imported_at = ? AND a.id > ?))"
        " ORDER BY m.article_id DESC LIMIT ?",
        (entity_id, first, at, at, after_id, limit),
    )
    return [row[0] for row in rows]


# -- follows -------------------------------------------------------------------


def follow(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Follow an entity from now on (nothing is new yet); False when it
    was followed already."""
    row = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if not row:
        raise NotFoundError(f"no entity with id {entity_id}")
    at, after_id = seen_mark(conn, needs_understanding=True)
    return bool(
        conn.execute(
            "INSERT OR IGNORE INTO follows (entity_id, name, followed_at, seen_at, seen_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (entity_id, row[0], now(), at, after_id),
        ).rowcount
    )


def unfollow(conn: sqlite3.Connection, entity_id: int) -> bool:
    """Stop following; False when it was not followed."""
    return bool(conn.execute("DELETE FROM follows WHERE entity_id = ?", (entity_id,)).rowcount)


def is_followed(conn: sqlite3.Connection, entity_id: int) -> bool:
    return bool(conn.execute("SELECT 1 FROM follows WHERE entity_id = ?", (entity_id,)).fetchone())


def followed(conn: sqlite3.Connection) -> list[Followed]:
    """Every followed entity, by the name it is shown under."""
    rows = conn.execute(
        "SELECT f.entity_id, coalesce(e.name, f.name), f.followed_at, f.last_opened,"
        " f.seen_at, f.seen_id FROM follows f LEFT JOIN entities e ON e.id = f.entity_id"
        " ORDER BY coalesce(e.name, f.name) COLLATE NOCASE"
    )
    return [Followed(r[0], r[1], r[2], r[3], (r[4], r[5])) for r in rows]


def saved_marks(conn: sqlite3.Connection) -> list[SavedMark]:
    """Every saved search with its mark, by name."""
    rows = conn.execute(
        "SELECT name, query, last_opened, coalesce(seen_at, created_at),"
        " coalesce(seen_id, 9223372036854775807)"
        " FROM saved_searches ORDER BY name COLLATE NOCASE"
    )
    return [SavedMark(r[0], r[1], r[2], (r[3], r[4])) for r in rows]


def mark_entity_opened(conn: sqlite3.Connection, entity_id: int, mark: Mark) -> None:
    conn.execute(
        "UPDATE follows SET last_opened = ?, seen_at = ?, seen_id = ? WHERE entity_id = ?",
        (now(), *mark, entity_id),
    )


def mark_saved_seen(conn: sqlite3.Connection, name: str, mark: Mark) -> None:
    """Set a saved search's mark without saying it was opened (a search
    just saved has nothing new yet)."""
    conn.execute("UPDATE saved_searches SET seen_at = ?, seen_id = ? WHERE name = ?", (*mark, name))


def mark_saved_opened(conn: sqlite3.Connection, name: str, mark: Mark) -> None:
    conn.execute(
        "UPDATE saved_searches SET last_opened = ?, seen_at = ?, seen_id = ? WHERE name = ?",
        (now(), *mark, name),
    )
