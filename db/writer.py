"""Writing imported articles: the text, what extraction found, and updates.

Each function runs inside the caller's write transaction (``db.connection``),
so that a group of files is stored whole or not at all. Which entity a
mention belongs to is ``db.identity``'s to decide.
"""

from __future__ import annotations

import json
import sqlite3
from enum import Enum

from db import recent
from db.articles import now
from db.identity import EntityLinker, bump_entities_version
from db.packing import pack
from db.records import ArticleRecord


class Outcome(Enum):
    ADDED = "added"
    UPDATED = "updated"
    DUPLICATE = "duplicate"


def store_articles(
    conn: sqlite3.Connection, records: list[ArticleRecord]
) -> list[tuple[Outcome, int]]:
    """Add each record, update the article at its path, or find it a
    duplicate; returns each record's outcome and article id, in order.

    Updating keeps the article id and what users attached to it (their
    tags, highlights, read and starred state) and replaces what extraction
    found.
    """
    linker = EntityLinker(conn)
    outcomes = [_store_one(conn, record, linker) for record in records]
    recent.trim(conn)
    return outcomes


def _store_one(
    conn: sqlite3.Connection, record: ArticleRecord, linker: EntityLinker
) -> tuple[Outcome, int]:
    same = conn.execute(
        "SELECT id FROM articles WHERE content_hash = ?", (record.content_hash,)
    ).fetchone()
    if same:
        return Outcome.DUPLICATE, same[0]
    at_path = None
    if record.path is not None:
        at_path = conn.execute("SELECT id FROM articles WHERE path = ?", (record.path,)).fetchone()
    stamp = now()
    fields = {
        "text_z": pack(record.text),
        "encoding": record.encoding,
        "content_hash": record.content_hash,
        "title": record.title,
        "lang": record.lang,
        "source": record.source,
        "date": record.date,
        "caption": record.caption,
        "byline": record.byline,
        "paragraphs": json.dumps(record.paragraphs),
        "quote_count": len(record.quotes),
        "updated_at": stamp,
    }
    if at_path:
        article_id = at_path[0]
        assignments = ", ".join(f"{name} = :{name}" for name in fields)
        conn.execute(
            f"UPDATE articles SET {assignments} WHERE id = :id",
            {**fields, "id": article_id},
        )
        _clear_extraction(conn, article_id)
        _move_highlights(conn, article_id, record.text)
        outcome = Outcome.UPDATED
    else:
        fields.update(path=record.path, imported_at=stamp)
        names = ", ".join(fields)
        marks = ", ".join(f":{name}" for name in fields)
        article_id = conn.execute(
            f"INSERT INTO articles ({names}) VALUES ({marks})", fields
        ).lastrowid
        outcome = Outcome.ADDED
    _write_extraction(conn, article_id, record, linker)
    return outcome, article_id


def replace_extractions(conn: sqlite3.Connection, pairs: list[tuple[int, ArticleRecord]]) -> None:
    """Swap in fresh extractions for articles whose text is unchanged."""
    linker = EntityLinker(conn)
    for article_id, record in pairs:
        conn.execute(
            "UPDATE articles SET title = ?, lang = ?, source = ?, date = ?,"
            " caption = ?, byline = ?, paragraphs = ?, quote_count = ? WHERE id = ?",
            (
                record.title,
                record.lang,
                record.source,
                record.date,
                record.caption,
                record.byline,
                json.dumps(record.paragraphs),
                len(record.quotes),
                article_id,
            ),
        )
        _clear_extraction(conn, article_id)
        _write_extraction(conn, article_id, record, linker)


def _move_highlights(conn: sqlite3.Connection, article_id: int, text: str) -> None:
    """Keep each highlight on its words when the article's text changes:
    it moves to where they are now (the place nearest the old one when
    they occur more than once). Words no longer in the text leave the
    highlight at 0-0, its words and note kept, not on whatever text
    took their place."""
    rows = conn.execute(
        "SELECT id, start, text FROM highlights WHERE article_id = ?", (article_id,)
    ).fetchall()
    for highlight_id, start, words in rows:
        places = []
        at = text.find(words)
        while at >= 0:
            places.append(at)
            at = text.find(words, at + 1)
        new = min(places, key=lambda place: abs(place - start), default=None)
        span = (new, new + len(words)) if new is not None else (0, 0)
        conn.execute("UPDATE highlights SET start = ?, end = ? WHERE id = ?", (*span, highlight_id))


def _clear_extraction(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM short_forms WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
    conn.execute(
        "DELETE FROM article_tags WHERE article_id = ? AND origin = 'article'",
        (article_id,),
    )


def _write_extraction(
    conn: sqlite3.Connection, article_id: int, record: ArticleRecord, linker: EntityLinker
) -> None:
    """Write an article's tags, mentions and quotes; ``linker`` decides
    their entities for the whole transaction."""
    for tag in record.tags:
        tag_id = _tag_id(conn, tag)
        conn.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin)"
            " VALUES (?, ?, 'article')",
            (article_id, tag_id),
        )
    entity_ids: dict[str, int] = {}  # by key, for linking speakers
    rows = []
    shorts = set()
    parts = set()
    for m in record.mentions:
        entity_id = linker.mention(m.key, m.type, m.name, m.joins)
        entity_ids.setdefault(m.key, entity_id)
        rows.append((article_id, entity_id, m.start, m.end, m.role))
        if m.short:
            shorts.add((m.short, entity_id, article_id))
        if m.type == "PER" and " " in m.key:
            words = m.key.split()
            parts.update({(words[0], entity_id), (words[-1], entity_id)})
    conn.executemany(
        "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, end, role)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO short_forms (key, entity_id, article_id) VALUES (?, ?, ?)", shorts
    )
    conn.executemany("INSERT OR IGNORE INTO name_parts (word, entity_id) VALUES (?, ?)", parts)
    # Who a short form alone means is decided after the import
    # (identity.link_short_forms): the names this article used, alone or as
    # a short form.
    conn.executemany(
        "INSERT OR IGNORE INTO short_forms_pending (key) VALUES (?)",
        {(k,) for m in record.mentions for k in (m.key, m.short) if k},
    )
    if rows or record.quotes:
        bump_entities_version(conn)
    quotes = [
        (
            article_id,
            q.start,
            q.end,
            q.speaker,
            linker.speaker(q.speaker_key, q.speaker, entity_ids) if q.speaker_key else None,
            q.cue,
        )
        for q in record.quotes
    ]
    conn.executemany(
        "INSERT INTO quotes (article_id, start, end, speaker, speaker_entity_id, cue)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        quotes,
    )


def _tag_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    return conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid
