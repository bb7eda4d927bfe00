"""The user's own marks on articles: tags, read and starred, highlights.

Extraction never writes these (its tags have ``origin = 'article'``), and
an update of an article's text keeps them (``db.writer``).
"""

from __future__ import annotations

import sqlite3

from db.articles import now
from db.errors import NotFoundError
from db.records import HighlightRow, TagCount

# -- tags -----------------------------------------------------------------


def add_tag(conn: sqlite3.Connection, article_id: int, name: str, origin: str = "user") -> None:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a tag needs a name")
    if not conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
        raise NotFoundError(f"no article with id {article_id}")
    conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
    (tag_id,) = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    conn.execute(
        "INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin) VALUES (?, ?, ?)",
        (article_id, tag_id, origin),
    )


def remove_tag(conn: sqlite3.Connection, article_id: int, name: str) -> bool:
    """Take a tag off an article; True when it had it."""
    removed = conn.execute(
        "DELETE FROM article_tags WHERE article_id = ?"
        " AND tag_id = (SELECT id FROM tags WHERE name = ?)",
        (article_id, name),
    ).rowcount
    conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
    return bool(removed)


def all_tags(conn: sqlite3.Connection) -> list[TagCount]:
    """Every tag with its number of articles, most used first."""
    return [
        TagCount(*row)
        for row in conn.execute(
            "SELECT t.name, count(*) FROM tags t JOIN article_tags at ON at.tag_id = t.id"
            " GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE"
        )
    ]


def set_flag(conn: sqlite3.Connection, article_id: int, flag: str, value: bool) -> None:
    """Set ``read`` or ``starred`` on an article."""
    if flag not in ("read", "starred"):
        raise ValueError(flag)
    conn.execute(f"UPDATE articles SET {flag} = ? WHERE id = ?", (int(value), article_id))


# -- highlights -----------------------------------------------------------


def add_highlight(
    conn: sqlite3.Connection, article_id: int, start: int, end: int, note: str = ""
) -> int:
    row = conn.execute(
        "SELECT reader_text(text_z) FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if not row:
        raise NotFoundError(f"no article with id {article_id}")
    text = row[0]
    if not 0 <= start < end <= len(text):
        raise ValueError(f"highlight {start}-{end} is outside the article")
    return conn.execute(
        "INSERT INTO highlights (article_id, start, end, text, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (article_id, start, end, text[start:end], note, now()),
    ).lastrowid


def set_note(conn: sqlite3.Connection, highlight_id: int, note: str) -> None:
    """Replace a highlight's note (empty: none)."""
    if not conn.execute(
        "UPDATE highlights SET note = ? WHERE id = ?", (note.strip(), highlight_id)
    ).rowcount:
        raise NotFoundError(f"no highlight with id {highlight_id}")


def remove_highlight(conn: sqlite3.Connection, highlight_id: int) -> None:
    conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))


def all_highlights(
    conn: sqlite3.Connection, limit: int = 200, offset: int = 0
) -> list[HighlightRow]:
    rows = conn.execute(
        "SELECT h.id, h.article_id, a.title, h.start, h.end, h.text, h.note, h.created_at,"
        " (SELECT coalesce(group_concat(name, '; '), '') FROM"
        "  (SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id"
        "   WHERE x.article_id = h.article_id AND x.origin = 'user' ORDER BY t.name))"
        " FROM highlights h JOIN articles a ON a.id = h.article_id"
        " ORDER BY h.created_at DESC, h.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [HighlightRow(*row) for row in rows]


# What ``all_highlights`` gives for each row, also when there are none (an
# export's header).
HIGHLIGHT_FIELDS = HighlightRow._fields
