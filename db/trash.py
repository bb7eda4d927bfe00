"""The trash: deleted articles kept whole until it is emptied.

Deleting moves an article's rows out of ``articles`` and the tables that
hang on it into one ``trash`` row (schema version 13). The triggers and
cascades that keep the full-text indexes, the quotation index, entity
counts and tag lists in step with ``articles`` take it out of all of them
at once, so no query anywhere has to know about the trash; restoring puts
the rows back and the same triggers index them again. Its names and quotes
come back as they were when every entity they point at still exists, and
are worked out again by the second phase otherwise (an entity nothing else
mentioned may have been dropped meanwhile), and so does its place among
the versions of its story.

``deleted_sources`` remembers what was deleted (the text's hash and its
path) after the trash is emptied, so that importing the same folder again
does not bring it back; ``forget`` lets it in again.

Every function runs inside the caller's write transaction, except
``purge``, which must run outside one (``VACUUM``).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass

from db import quote_groups, versions
from db.articles import now
from db.errors import NotFoundError, StoreError
from db.identity import bump_entities_version, count_articles
from db.quotes import index_quotes
from db.understanding import enqueue

# Columns of ``articles`` not kept in the trash row's JSON: the text has a
# column of its own (a blob), and the title key is set by a trigger.
_NOT_IN_JSON = {"text_z", "title_key"}


@dataclass(frozen=True, slots=True)
class TrashedArticle:
    """What the trash lists of an article."""

    id: int
    title: str
    path: str | None
    deleted_at: str
    source: str | None = None
    date: str | None = None


def _columns(conn: sqlite3.Connection) -> list[str]:
    """The article columns the trash keeps as JSON, read from the table
    itself, so that a column a later migration adds is kept too."""
    return [
        row[1] for row in conn.execute("PRAGMA table_info(articles)") if row[1] not in _NOT_IN_JSON
    ]


def _ids_json(ids: list[int]) -> str:
    return json.dumps(sorted(set(ids)))


def existing(conn: sqlite3.Connection, ids: list[int]) -> list[int]:
    """Those of ``ids`` that are articles in the library."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
            (_ids_json(ids),),
        )
    ]


def move_to_trash(conn: sqlite3.Connection, ids: list[int], why: str = "deleted") -> int:
    """Move the articles ``ids`` (those that exist) to the trash; returns
    how many moved. Their text and path are remembered as deleted
    (``why``), so an import skips them."""
    ids_json = _ids_json(ids)
    fields = ", ".join(f"'{c}', a.{c}" for c in _columns(conn))
    moved = conn.execute(
        "INSERT INTO trash (article_id, deleted_at, path, content_hash, article, text_z, tags,"
        " highlights, mentions, quotes, short_forms, original_kind, original_z, pending, sketch)"
        f" SELECT a.id, ?, a.path, a.content_hash, json_object({fields}), a.text_z,"
        " (SELECT json_group_array(json_array(t.name, at.origin)) FROM article_tags at"
        "  JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id),"
        " (SELECT json_group_array(json_array(h.id, h.start, h.end, h.text, h.note, h.created_at))"
        "  FROM highlights h WHERE h.article_id = a.id),"
        " (SELECT json_group_array(json_array(m.start, m.end, m.entity_id, m.role))"
        "  FROM mentions m WHERE m.article_id = a.id),"
        " (SELECT json_group_array(json_array(q.start, q.end, q.speaker, q.speaker_entity_id,"
        "  q.cue)) FROM quotes q WHERE q.article_id = a.id),"
        " (SELECT json_group_array(json_array(s.key, s.entity_id)) FROM short_forms s"
        "  WHERE s.article_id = a.id),"
        " o.kind, o.data_z,"
        " EXISTS (SELECT 1 FROM understanding_queue u WHERE u.article_id = a.id),"
        " (SELECT v.slots FROM version_sketches v WHERE v.article_id = a.id)"
        " FROM articles a LEFT JOIN originals o ON o.article_id = a.id"
        " WHERE a.id IN (SELECT value FROM json_each(?))",
        (now(), ids_json),
    ).rowcount
    remember(conn, ids_json, why)
    _delete_articles(conn, ids_json)
    return moved


def remember(conn: sqlite3.Connection, ids_json: str, why: str) -> None:
    """Remember these articles' texts and paths as deleted, for imports to skip."""
    conn.execute(
        "INSERT OR REPLACE INTO deleted_sources (content_hash, path, why)"
        " SELECT content_hash, path, ? FROM articles WHERE id IN (SELECT value FROM json_each(?))",
        (why, ids_json),
    )


def _delete_articles(conn: sqlite3.Connection, ids_json: str) -> None:
    """Delete the articles; the triggers take them out of every index, the
    cascades take their tags, highlights, names, quotes and queue entry."""
    conn.execute("DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))", (ids_json,))
    conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
    # A statement whose only wording went with them splits where it was held together.
    quote_groups.settle(conn)
    bump_entities_version(conn)


# Set in ``meta`` once the bundled samples were removed: an empty library
# is then not filled with them again.
SAMPLES_REMOVED = "samples_removed"


def sample_ids(conn: sqlite3.Connection, folder: str, hashes: list[str]) -> list[int]:
    """The articles imported from the samples' ``folder``, or holding the
    text of one of them (imported from where another install kept them)."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT id FROM articles WHERE substr(path, 1, ?) = ?"
            " OR content_hash IN (SELECT value FROM json_each(?))",
            (len(folder) + 1, folder + os.sep, json.dumps(hashes)),
        )
    ]


def remove_samples(conn: sqlite3.Connection, ids: list[int]) -> int:
    """Delete the sample articles without keeping them in the trash,
    remembering them so that no import or empty library brings them back;
    returns how many."""
    ids_json = _ids_json(ids)
    remember(conn, ids_json, "sample")
    (removed,) = conn.execute(
        "SELECT count(*) FROM articles WHERE id IN (SELECT value FROM json_each(?))", (ids_json,)
    ).fetchone()
    _delete_articles(conn, ids_json)
    conn.execute("INSERT OR REPLACE INTO meta (name, value) VALUES (?, 1)", (SAMPLES_REMOVED,))
    return removed


def ever_deleted(conn: sqlite3.Connection) -> bool:
    """Whether anything was ever deleted from the library (the samples
    too): an empty library is then empty on purpose."""
    return (
        conn.execute(
            "SELECT EXISTS (SELECT 1 FROM meta WHERE name = ?) OR EXISTS (SELECT 1 FROM trash)"
            " OR EXISTS (SELECT 1 FROM deleted_sources)",
            (SAMPLES_REMOVED,),
        ).fetchone()[0]
        == 1
    )


def listed(conn: sqlite3.Connection) -> list[TrashedArticle]:
    """What the trash holds, the latest deleted first."""
    return [
        TrashedArticle(*row)
        for row in conn.execute(
            "SELECT article_id, json_extract(article, '$.title'), json_extract(article, '$.path'),"
            " deleted_at, json_extract(article, '$.source'), json_extract(article, '$.date')"
            " FROM trash ORDER BY deleted_at DESC, article_id DESC"
        )
    ]


# The paths of a dataset's rows are the file's and ``#...``: between
# ``path#`` and ``path$`` (the next character), a range an index reads.
_AT_PATH = "(path = ? OR (path > ? AND path < ?))"


def _at_path(path: str) -> tuple[str, str, str]:
    return path, path + "#", path + "$"


def trashed_at_path(conn: sqlite3.Connection, path: str) -> list[int]:
    """The trashed articles imported from ``path``, or from a row of the
    dataset at ``path``."""
    return [
        row[0]
        for row in conn.execute(f"SELECT article_id FROM trash WHERE {_AT_PATH}", _at_path(path))
    ]


def restore(conn: sqlite3.Connection, article_id: int) -> None:
    """Put a trashed article back whole, under its id: its row, tags,
    highlights and notes, read and starred state, original; and its names
    and quotes, or its place in the second phase's queue."""
    found = conn.execute(
        "SELECT article, tags, highlights, mentions, quotes, short_forms, original_kind,"
        " original_z, pending, sketch FROM trash WHERE article_id = ?",
        (article_id,),
    ).fetchone()
    if not found:
        raise NotFoundError(f"no article with id {article_id} in the trash")
    article, tags, highlights, mentions, quotes, shorts, kind, original, pending, sketch = found
    row = json.loads(article)
    _refuse_clash(conn, article_id, row)
    columns = [c for c in _columns(conn) if c in row]
    conn.execute(
        f"INSERT INTO articles ({', '.join(columns)}, text_z)"
        f" SELECT {', '.join('?' * len(columns))}, text_z FROM trash WHERE article_id = ?",
        [row[c] for c in columns] + [article_id],
    )
    for name, origin in json.loads(tags):
        conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        conn.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin)"
            " SELECT ?, id, ? FROM tags WHERE name = ?",
            (article_id, origin, name),
        )
    for highlight_id, start, end, text, note, created in json.loads(highlights):
        taken = conn.execute("SELECT 1 FROM highlights WHERE id = ?", (highlight_id,)).fetchone()
        conn.execute(
            "INSERT INTO highlights (id, article_id, start, end, text, note, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (None if taken else highlight_id, article_id, start, end, text, note, created),
        )
    if original is not None:
        conn.execute(
            "INSERT INTO originals (article_id, kind, data_z) VALUES (?, ?, ?)",
            (article_id, kind, original),
        )
    _restore_understanding(
        conn,
        article_id,
        row,
        json.loads(mentions),
        json.loads(quotes),
        json.loads(shorts),
        pending,
        sketch,
    )
    conn.execute(
        "DELETE FROM deleted_sources WHERE content_hash = ? OR path = ?",
        (row["content_hash"], row["path"]),
    )
    conn.execute("DELETE FROM trash WHERE article_id = ?", (article_id,))


def _refuse_clash(conn: sqlite3.Connection, article_id: int, row: dict) -> None:
    """A restore that would make two articles of one text or one path
    (imported again meanwhile, with ``--restore``) is refused, naming it."""
    other = conn.execute(
        "SELECT id FROM articles WHERE id = ? OR content_hash = ? OR path = ?",
        (article_id, row["content_hash"], row["path"]),
    ).fetchone()
    if other:
        raise StoreError(
            f"article {article_id} cannot be restored: article {other[0]} holds its"
            " id, text or path now (delete that one first)"
        )


def _restore_understanding(
    conn: sqlite3.Connection,
    article_id: int,
    row: dict,
    mentions: list,
    quotes: list,
    shorts: list,
    pending: int,
    sketch: bytes | None,
) -> None:
    entity_ids = {m[2] for m in mentions} | {q[3] for q in quotes if q[3] is not None}
    entity_ids |= {s[1] for s in shorts}
    (known,) = conn.execute(
        "SELECT count(*) FROM entities WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(entity_ids)),),
    ).fetchone()
    if pending or known != len(entity_ids):
        enqueue(conn, [(article_id, row["lang"])])
        conn.execute("UPDATE articles SET quote_count = 0 WHERE id = ?", (article_id,))
        return
    conn.executemany(
        "INSERT INTO mentions (article_id, start, end, entity_id, role) VALUES (?, ?, ?, ?, ?)",
        [(article_id, *m) for m in mentions],
    )
    count_articles(conn, [article_id])
    conn.executemany(
        "INSERT INTO quotes (article_id, start, end, speaker, speaker_entity_id, cue)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, *q) for q in quotes],
    )
    index_quotes(conn, [article_id])
    conn.executemany(
        "INSERT OR IGNORE INTO short_forms (key, entity_id, article_id) VALUES (?, ?, ?)",
        [(key, entity_id, article_id) for key, entity_id in shorts],
    )
    quote_groups.group_articles(conn, [article_id])
    versions.write_sketch(conn, article_id, sketch)
    bump_entities_version(conn)


def empty(conn: sqlite3.Connection) -> int:
    """Delete what the trash holds (inside a transaction); ``purge`` then
    takes its text out of the file. Returns how many articles went."""
    return conn.execute("DELETE FROM trash").rowcount


def purge(conn: sqlite3.Connection) -> bool:
    """Leave no trace of deleted text in the file: the full-text indexes
    merged into new segments without the deleted entries (FTS5 otherwise
    keeps a deleted article's words in old segments, marked deleted, until
    a merge), every free page dropped (``VACUUM``, with ``secure_delete``
    zeroing what it frees), and the write-ahead log emptied. Runs outside a
    transaction; returns False when another connection kept the log from
    being emptied (its old frames go at the next checkpoint)."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for index in ("articles_fts", "recent_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("VACUUM")
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def is_deleted(conn: sqlite3.Connection, path: str | None, content_hash: str | None) -> bool:
    """Whether a file's path or text was deleted (and not restored)."""
    return (
        conn.execute(
            "SELECT 1 FROM deleted_sources WHERE content_hash = ? OR path = ?",
            (content_hash, path),
        ).fetchone()
        is not None
    )


def trashed_id(conn: sqlite3.Connection, path: str | None, content_hash: str | None) -> int | None:
    """The trashed article with this path or text, if it is in the trash."""
    found = conn.execute(
        "SELECT article_id FROM trash WHERE content_hash = ? OR path = ?",
        (content_hash, path),
    ).fetchone()
    return found[0] if found else None


def forget(conn: sqlite3.Connection, path: str) -> int:
    """Let an import store again what was deleted from ``path`` (or from a
    dataset's rows there); returns how many were forgotten."""
    return conn.execute(f"DELETE FROM deleted_sources WHERE {_AT_PATH}", _at_path(path)).rowcount


def next_article_id(conn: sqlite3.Connection) -> int:
    """The id a new article takes: past every article's and every trashed
    one's, so that a restore always finds its id free (SQLite would
    otherwise give a new article the id of the newest deleted one)."""
    return conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM articles), 0),"
        " coalesce((SELECT max(article_id) FROM trash), 0)) + 1"
    ).fetchone()[0]
