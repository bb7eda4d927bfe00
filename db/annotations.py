"""Tags, highlights, entities and quotes: reads and the user's edits.

Tags and highlights are the user's own data; entities and quotes are what
extraction found, grouped so that a user's merge survives a reindex.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from db.articles import now
from db.errors import NotFoundError

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


def all_tags(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every tag with its number of articles, most used first."""
    return conn.execute(
        "SELECT t.name, count(*) FROM tags t JOIN article_tags at ON at.tag_id = t.id"
        " GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE"
    ).fetchall()


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


def remove_highlight(conn: sqlite3.Connection, highlight_id: int) -> None:
    conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))


def all_highlights(conn: sqlite3.Connection, limit: int = 200, offset: int = 0) -> list[dict]:
    rows = conn.execute(
        "SELECT h.id, h.article_id, a.title, h.start, h.end, h.text, h.note, h.created_at"
        " FROM highlights h JOIN articles a ON a.id = h.article_id"
        " ORDER BY h.created_at DESC, h.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [dict(zip(HIGHLIGHT_FIELDS, row, strict=True)) for row in rows]


# What ``all_highlights`` and ``quotes`` give for each row, also when there
# are none (an export's header).
HIGHLIGHT_FIELDS = ("id", "article_id", "title", "start", "end", "text", "note", "created_at")
QUOTE_FIELDS = (
    "id",
    "article_id",
    "title",
    "speaker",
    "entity_id",
    "entity",
    "cue",
    "start",
    "end",
    "text",
    "date",
    "source",
    "path",
)


# -- entities -------------------------------------------------------------


class EntityName(NamedTuple):
    """One searchable name: an entity's variant, with the entity's own name
    and type (a variant may have been found under another type). A tuple:
    half a million are made when the finder loads at a million articles."""

    entity_id: int
    name: str
    type: str
    entity_name: str
    articles: int  # how many articles mention the entity


def entity_names(conn: sqlite3.Connection) -> list[EntityName]:
    """Every distinct variant name of every entity, for the fuzzy finder.

    Both tables are read straight through and joined here: joined in SQL,
    each alias looked its entity up at random, twice as slow (6.3 against
    3.4 s with a cold cache, 2.9 against 1.4 s warm, at a million articles).
    """
    entities = {
        row[0]: row[1:] for row in conn.execute("SELECT id, name, type, articles FROM entities")
    }
    seen: set[tuple[int, str]] = set()
    names = []
    make = tuple.__new__  # a third of the time EntityName(...) takes
    for entity_id, name in conn.execute("SELECT entity_id, name FROM entity_aliases"):
        entity = entities.get(entity_id)
        if entity is None or (entity_id, name) in seen:
            continue
        seen.add((entity_id, name))
        entity_name, type_, articles = entity
        names.append(make(EntityName, (entity_id, name, type_, entity_name, articles)))
    return names


def aliases_of(conn: sqlite3.Connection, entity_ids: Sequence[int]) -> dict:
    """entity id -> its variant names, sorted."""
    ids, rows = list(entity_ids), []
    # SQLite takes at most 32,766 parameters to a statement.
    for at in range(0, len(ids), 10_000):
        chunk = ids[at : at + 10_000]
        marks = ", ".join("?" * len(chunk))
        rows += conn.execute(
            f"SELECT entity_id, name FROM entity_aliases WHERE entity_id IN ({marks})", chunk
        ).fetchall()
    found: dict[int, set[str]] = {}
    for entity_id, name in rows:
        found.setdefault(entity_id, set()).add(name)
    return {entity_id: sorted(names) for entity_id, names in found.items()}


def entity_ids_by_key(conn: sqlite3.Connection, key: str) -> list[int]:
    """Entities with an alias of this key, or of this key without its spaces."""
    rows = conn.execute(
        "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ?", (key,)
    ).fetchall()
    if not rows:
        rows = conn.execute(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE replace(key, ' ', '') = ?",
            (key.replace(" ", ""),),
        ).fetchall()
    return [row[0] for row in rows]


def entity_stamp(conn: sqlite3.Connection) -> tuple:
    """Changes whenever entities, their aliases or their mentions change."""
    return conn.execute("SELECT value FROM meta WHERE name = 'entities_version'").fetchone()


@dataclass(slots=True)
class EntityDetail:
    id: int
    name: str
    type: str
    aliases: list[str]
    article_count: int
    quotes: list[dict]
    related: list[tuple[int, str, str, int]]  # (id, name, type, shared articles)


def entity(conn: sqlite3.Connection, entity_id: int, limit: int = 50) -> EntityDetail:
    row = conn.execute(
        "SELECT name, type, articles FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if not row:
        raise NotFoundError(f"no entity with id {entity_id}")
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT name FROM entity_aliases WHERE entity_id = ? ORDER BY name",
            (entity_id,),
        )
    ]
    related = conn.execute(
        "SELECT e.id, e.name, e.type, count(DISTINCT o.article_id) AS shared"
        " FROM mentions m JOIN mentions o ON o.article_id = m.article_id"
        " JOIN entities e ON e.id = o.entity_id"
        " WHERE m.entity_id = ? AND o.entity_id != ?"
        " GROUP BY e.id ORDER BY shared DESC, e.name LIMIT ?",
        (entity_id, entity_id, limit),
    ).fetchall()
    return EntityDetail(
        entity_id,
        row[0],
        row[1],
        aliases,
        row[2],
        quotes(conn, speaker_id=entity_id, limit=limit),
        related,
    )


def bump_entities_version(conn: sqlite3.Connection) -> None:
    """Tell readers that entities changed (see ``entity_stamp``)."""
    conn.execute("UPDATE meta SET value = value + 1 WHERE name = 'entities_version'")


def merge_entities(conn: sqlite3.Connection, keep: int, absorb: int) -> None:
    """Make ``absorb`` a variant of ``keep``: its aliases, mentions and quotes move."""
    bump_entities_version(conn)
    for table, column in (
        ("entity_aliases", "entity_id"),
        ("mentions", "entity_id"),
        ("quotes", "speaker_entity_id"),
    ):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (keep, absorb))
    conn.execute("UPDATE entity_aliases SET origin = 'user' WHERE entity_id = ?", (keep,))
    conn.execute("DELETE FROM entities WHERE id = ?", (absorb,))


def split_entity(
    conn: sqlite3.Connection, entity_id: int, variant: str, key_of: Callable[[str], str]
) -> int:
    """Make the variant named ``variant`` an entity of its own; returns its id.

    The variant's alias rows move (one per type it was found as), so a
    reindex keeps the split, and so do the mentions and quotes written that
    way (``key_of`` turns their text into an alias key: the names layer's,
    not this one's). A short form that stood for the variant in its article
    (a surname alone, an acronym) is written otherwise: it follows at the
    next ``reader reindex``. Both entities count as shaped by the user.
    """
    # Every row of the variant's key moves: one spelling, found under several
    # types, is one variant.
    rows = conn.execute(
        "SELECT key, type FROM entity_aliases WHERE entity_id = ? AND key IN"
        " (SELECT key FROM entity_aliases WHERE entity_id = ? AND name = ?)",
        (entity_id, entity_id, variant),
    ).fetchall()
    if not rows:
        entity(conn, entity_id)  # NotFoundError for an unknown entity
        raise NotFoundError(f"entity {entity_id} has no variant named {variant!r}")
    keys = {key for key, _ in rows}
    (others,) = conn.execute(
        f"SELECT count(*) FROM entity_aliases WHERE entity_id = ?"
        f" AND key NOT IN ({', '.join('?' * len(keys))})",
        (entity_id, *keys),
    ).fetchone()
    if not others:
        raise ValueError(
            f"entity {entity_id} has no other variant spelt differently from {variant!r};"
            " there is nothing to split"
        )
    bump_entities_version(conn)
    (type_,) = conn.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    new_id = conn.execute(
        "INSERT INTO entities (name, type) VALUES (?, ?)", (variant, type_)
    ).lastrowid
    conn.executemany(
        "UPDATE entity_aliases SET entity_id = ?, origin = 'user' WHERE key = ? AND type = ?",
        [(new_id, key, kind) for key, kind in rows],
    )
    conn.execute("UPDATE entity_aliases SET origin = 'user' WHERE entity_id = ?", (entity_id,))
    mentions = conn.execute(
        "SELECT m.article_id, m.start, m.end, reader_text(a.text_z)"
        " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
        " ORDER BY m.article_id",
        (entity_id,),
    )
    conn.executemany(
        "UPDATE mentions SET entity_id = ? WHERE article_id = ? AND start = ?",
        [
            (new_id, article, start)
            for article, start, end, text in mentions
            if key_of(text[start:end]) in keys
        ],
    )
    said = conn.execute(
        "SELECT id, speaker FROM quotes WHERE speaker_entity_id = ?", (entity_id,)
    ).fetchall()
    conn.executemany(
        "UPDATE quotes SET speaker_entity_id = ? WHERE id = ?",
        [(new_id, quote) for quote, speaker in said if speaker and key_of(speaker) in keys],
    )
    (name,) = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if name == variant:
        conn.execute(
            "UPDATE entities SET name = (SELECT name FROM entity_aliases WHERE entity_id = ?"
            " ORDER BY length(name) DESC, name LIMIT 1) WHERE id = ?",
            (entity_id, entity_id),
        )
    return new_id


# -- quotes ---------------------------------------------------------------


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker_id: int | None = None,
    article_id: int | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[dict]:
    """Quotes with their speaker and article, newest articles first."""
    clauses, params = [], []
    if speaker_id is not None:
        clauses.append("q.speaker_entity_id = ?")
        params.append(speaker_id)
    if article_id is not None:
        clauses.append("q.article_id = ?")
        params.append(article_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT q.id, q.article_id, a.title, q.speaker, q.speaker_entity_id, e.name, q.cue,"
        " q.start, q.end, substr(reader_text(a.text_z), q.start + 1, q.end - q.start),"
        " a.date, a.source, a.path"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" LEFT JOIN entities e ON e.id = q.speaker_entity_id{where}"
        " ORDER BY a.date DESC, q.article_id DESC, q.start"
        " LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [dict(zip(QUOTE_FIELDS, row, strict=True)) for row in rows]
