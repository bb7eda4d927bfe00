"""The user's marks on many articles at once: a tag, read, starred.

What a search found (every match, not a page) is tagged or marked in one
statement over its ids, inside the caller's write transaction; each
function returns how many articles changed, not how many were asked for
(an article that had the tag already is not counted).
"""

from __future__ import annotations

import json
import sqlite3

_IDS = "(SELECT value FROM json_each(?))"


def _ids(ids: list[int]) -> str:
    return json.dumps(sorted(set(ids)))


def tag(conn: sqlite3.Connection, ids: list[int], name: str) -> int:
    """Put the user's tag ``name`` on the articles ``ids``."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a tag needs a name")
    conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
    (tag_id,) = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    return conn.execute(
        "INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin)"
        f" SELECT id, ?, 'user' FROM articles WHERE id IN {_IDS}",
        (tag_id, _ids(ids)),
    ).rowcount


def untag(conn: sqlite3.Connection, ids: list[int], name: str) -> int:
    """Take the tag ``name`` off the articles ``ids`` (whoever put it there)."""
    removed = conn.execute(
        f"DELETE FROM article_tags WHERE article_id IN {_IDS}"
        " AND tag_id = (SELECT id FROM tags WHERE name = ?)",
        (_ids(ids), " ".join(name.split())),
    ).rowcount
    conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
    return removed


def set_flag(conn: sqlite3.Connection, ids: list[int], flag: str, value: bool) -> int:
    """Set ``read`` or ``starred`` on the articles ``ids``."""
    if flag not in ("read", "starred"):
        raise ValueError(flag)
    return conn.execute(
        f"UPDATE articles SET {flag} = ? WHERE id IN {_IDS} AND {flag} != ?",
        (int(value), _ids(ids), int(value)),
    ).rowcount


def ids_of(conn: sqlite3.Connection, clause: str, params: list[object]) -> list[int]:
    """Every article id a list's filter (``ArticleFilter.sql``) lets through."""
    return [row[0] for row in conn.execute(f"SELECT a.id FROM articles a{clause}", params)]
