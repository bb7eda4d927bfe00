"""Saved searches (a name for a query) and the recent-search history."""

from __future__ import annotations

import sqlite3

from db.articles import now
from db.errors import NotFoundError, StoreError
from db.records import SavedSearch

HISTORY_KEEP = 200


class NameTakenError(StoreError):
    """A saved search of that name exists already."""


def save(conn: sqlite3.Connection, name: str, query: str) -> str:
    """Save ``query`` as ``name``; returns the name as stored (spaces folded)."""
    name = " ".join(name.split())
    if not name:
        raise StoreError("a saved search needs a name")
    try:
        conn.execute(
            "INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)",
            (name, query, now()),
        )
    except sqlite3.IntegrityError:
        raise NameTakenError(f"a saved search named {name!r} exists already") from None
    return name


def get(conn: sqlite3.Connection, name: str) -> str:
    row = conn.execute("SELECT query FROM saved_searches WHERE name = ?", (name,)).fetchone()
    if not row:
        raise NotFoundError(f"no saved search named {name!r}")
    return row[0]


def rename(conn: sqlite3.Connection, old: str, new: str) -> None:
    get(conn, old)
    new = " ".join(new.split())
    if not new:
        raise StoreError("a saved search needs a name")
    try:
        conn.execute("UPDATE saved_searches SET name = ? WHERE name = ?", (new, old))
    except sqlite3.IntegrityError:
        raise NameTakenError(f"a saved search named {new!r} exists already") from None


def delete(conn: sqlite3.Connection, name: str) -> None:
    if not conn.execute("DELETE FROM saved_searches WHERE name = ?", (name,)).rowcount:
        raise NotFoundError(f"no saved search named {name!r}")


def all_saved(conn: sqlite3.Connection) -> list[SavedSearch]:
    return [
        SavedSearch(*row)
        for row in conn.execute(
            "SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE"
        )
    ]


def remember(conn: sqlite3.Connection, query: str) -> None:
    """Add a query to the history (not twice in a row), keeping the newest."""
    query = query.strip()
    if not query:
        return
    last = conn.execute("SELECT query FROM search_history ORDER BY id DESC LIMIT 1").fetchone()
    if last and last[0] == query:
        return
    conn.execute("INSERT INTO search_history (query, searched_at) VALUES (?, ?)", (query, now()))
    conn.execute(
        "DELETE FROM search_history WHERE id <= (SELECT max(id) FROM search_history) - ?",
        (HISTORY_KEEP,),
    )


def history(conn: sqlite3.Connection, limit: int = 50) -> list[str]:
    """Recent queries, newest first, each once."""
    rows = conn.execute(
        "SELECT query FROM search_history GROUP BY query ORDER BY max(id) DESC LIMIT ?",
        (limit,),
    )
    return [row[0] for row in rows]
