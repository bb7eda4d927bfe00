"""Writing imported articles in two phases: the text and its structure,
searchable at once; then what the second phase understood of it.

Each function runs inside the caller's write transaction (``db.connection``),
so that a group of files is stored whole or not at all, and an article's
names and quotes are swapped in whole: a reader sees the old ones or the
new ones, never half. Which entity a mention belongs to is
``db.identity``'s to decide.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from dataclasses import dataclass, field

from db import edits, quote_groups, recent, trash, understanding, versions
from db.articles import now
from db.functions import body_values, worked_out
from db.identity import (
    EntityLinker,
    bump_entities_version,
    count_articles,
    short_forms_in_article,
    speaker_short_form,
)
from db.packing import pack
from db.quotes import index_quotes
from db.records import (
    ArticleRecord,
    MentionRecord,
    Outcome,
    Prepared,
    QuoteRecord,
    UnderstoodRecord,
)
from db.understanding import Claim


def store_articles(
    conn: sqlite3.Connection, records: list[ArticleRecord]
) -> list[tuple[Outcome, int]]:
    """Add each record, update the article at its path, or find it a
    duplicate; returns each record's outcome and article id, in order.

    An added or updated article is searchable once the transaction commits
    and is queued for the second phase (``db.understanding``). Updating
    keeps the article id and what users attached to it (their tags,
    highlights, read and starred state); the names and quotes found in the
    old text go with it, their offsets no longer pointing at their words.
    """
    recent.trim(conn, adding=sum(_is_new(conn, record) for record in records))
    held = _Held(conn)
    outcomes = [_store_one(conn, record, held) for record in records]
    held.insert()
    understanding.enqueue(
        conn,
        [
            (article_id, record.lang)
            for (outcome, article_id), record in zip(outcomes, records, strict=True)
            if outcome in (Outcome.ADDED, Outcome.UPDATED)
        ],
    )
    return outcomes


def prepare(record: ArticleRecord) -> ArticleRecord:
    """Do the costly part of storing ``record`` now, where it is made: an
    import calls this in its worker processes, so that the one writer only
    inserts (compressing the text and working out the index's words and
    bigrams cost it more than a third of its time). Returns the record."""
    text_z = pack(record.text)
    paragraphs = json.dumps(record.paragraphs)
    record.prepared = Prepared(
        text_z,
        paragraphs,
        body_values(
            record.text, record.paragraphs, text_z, paragraphs, record.caption, record.byline
        ),
    )
    return record


def _is_new(conn: sqlite3.Connection, record: ArticleRecord) -> bool:
    """Whether storing the record will add an article (not update one at
    its path, nor find it a duplicate)."""
    for column, value in (("content_hash", record.content_hash), ("path", record.path)):
        if (
            value is not None
            and conn.execute(f"SELECT 1 FROM articles WHERE {column} = ?", (value,)).fetchone()
        ):
            return False
    return True


def given_json(given: dict[str, str]) -> str:
    """The given fields as stored: sorted, so that equal ones compare equal."""
    return json.dumps(given, ensure_ascii=False, sort_keys=True)


# New articles are inserted this many at a time, in one statement. FTS5
# writes what it has indexed to a segment of its own at the end of each
# statement that indexes through a trigger: inserted one by one, every
# article made a segment, which later merges rewrote, 0.07 ms of the
# writer's 0.40 an article (bench/run.py's collection). 50 rows of 18
# values stay within SQLite's oldest limit of 999 values a statement.
ROWS_PER_INSERT = 50


class _Held:
    """New articles held back to be inserted together, each with the id it
    will take, within the caller's transaction. They are inserted before a
    record that could meet them (the same text or path), before an update,
    and at the end of the group, so that every outcome and id is the one
    that storing them one by one gives."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows: list[tuple[dict, ArticleRecord, dict]] = []
        self.hashes: set[str] = set()
        self.paths: set[str] = set()

    def meets(self, record: ArticleRecord) -> bool:
        return record.content_hash in self.hashes or record.path in self.paths

    def next_id(self) -> int:
        if self.rows:
            return self.rows[-1][0]["id"] + 1
        return trash.next_article_id(self.conn)

    def hold(self, fields: dict, record: ArticleRecord, ahead: dict) -> None:
        self.rows.append((fields, record, ahead))
        self.hashes.add(record.content_hash)
        if record.path is not None:
            self.paths.add(record.path)
        if len(self.rows) >= ROWS_PER_INSERT:
            self.insert()

    def insert(self) -> None:
        if not self.rows:
            return
        names = list(self.rows[0][0])
        row = "(" + ", ".join("?" * len(names)) + ")"
        ahead: dict = {}
        values: list = []
        for fields, _, worked in self.rows:
            ahead.update(worked)
            values += [fields[name] for name in names]
        with worked_out(ahead):
            self.conn.execute(
                f"INSERT INTO articles ({', '.join(names)})"
                f" VALUES {', '.join([row] * len(self.rows))}",
                values,
            )
        for fields, record, _ in self.rows:
            _write_tags(self.conn, fields["id"], record.tags)
            if record.original is not None:  # a new id has none to drop
                _write_original(self.conn, fields["id"], record)
        self.rows.clear()
        self.hashes.clear()
        self.paths.clear()


def _store_one(conn: sqlite3.Connection, record: ArticleRecord, held: _Held) -> tuple[Outcome, int]:
    if held.meets(record):
        held.insert()
    if trash.is_deleted(conn, record.path, record.content_hash):
        return Outcome.DELETED, trash.trashed_id(conn, record.path, record.content_hash)
    same = conn.execute(
        "SELECT id, path, given FROM articles WHERE content_hash = ?", (record.content_hash,)
    ).fetchone()
    given = given_json(record.given)
    if same:
        same_id, same_path, same_given = same
        if record.path is None or same_path != record.path:
            return Outcome.DUPLICATE, same_id
        if same_given == given:
            return Outcome.UNCHANGED, same_id
        # The same text at the same path with other given fields (a dataset
        # row whose date was corrected): updated below.
    at_path = None
    if record.path is not None:
        at_path = conn.execute(
            "SELECT id, edited FROM articles WHERE path = ?", (record.path,)
        ).fetchone()
    prepared = record.prepared or Prepared(pack(record.text), json.dumps(record.paragraphs), {})
    stamp = now()
    fields = {
        "text_z": prepared.text_z,
        "encoding": record.encoding,
        "content_hash": record.content_hash,
        "title": record.title,
        "lang": record.lang,
        "source": record.source,
        "date": record.date,
        "caption": record.caption,
        "byline": record.byline,
        "paragraphs": prepared.paragraphs,
        "quote_count": 0,
        "updated_at": stamp,
        "url": record.url,
        "author": record.author,
        "given": given,
    }
    if at_path:
        held.insert()  # in the order the records came
        article_id, edited = at_path
        fields = edits.over(fields, edited)  # the user's corrections stay
        assignments = ", ".join(f"{name} = :{name}" for name in fields)
        with worked_out(prepared.ahead):
            conn.execute(
                f"UPDATE articles SET {assignments} WHERE id = :id",
                {**fields, "id": article_id},
            )
        _clear_understanding(conn, article_id)
        _move_highlights(conn, article_id, record.text)
        _write_tags(conn, article_id, record.tags)
        _write_original(conn, article_id, record)
        return Outcome.UPDATED, article_id
    fields.update(id=held.next_id(), path=record.path, imported_at=stamp)
    held.hold(fields, record, prepared.ahead)
    return Outcome.ADDED, fields["id"]


def _write_original(conn: sqlite3.Connection, article_id: int, record: ArticleRecord) -> None:
    """Keep the file as saved (a web page), or drop the one an article no
    longer comes from."""
    if record.original is None:
        conn.execute("DELETE FROM originals WHERE article_id = ?", (article_id,))
        return
    conn.execute(
        "INSERT OR REPLACE INTO originals (article_id, kind, data_z) VALUES (?, ?, ?)",
        (article_id, record.original_kind or "html", zlib.compress(record.original, 6)),
    )


def write_understanding(
    conn: sqlite3.Connection, results: list[UnderstoodRecord], claim: Claim, since: float
) -> int:
    """Swap in what the second phase found, an article at a time, and take
    each off the queue; returns how many were written. The run's other
    claims (made since ``since``) are marked as still at work.

    A result whose claim no longer holds (the article was queued afresh,
    deleted, or its claim taken over) is dropped: newer work will come.
    What is counted across the group (entities' articles, the entities'
    version, the new wordings of quotations) is counted once for all of it.
    """
    understanding.still_at_work(conn, since)
    linker = EntityLinker(conn)
    held = understanding.held(conn, [result.article_id for result in results], claim)
    stored: list[int] = []
    group = _Group()
    for result in results:
        if result.article_id not in held:
            continue
        if result.structure is not None:
            _restructure(conn, result)
        _clear_understanding(conn, result.article_id)
        _write_understanding(conn, result.article_id, result.mentions, result.quotes, linker, group)
        conn.execute(
            "UPDATE articles SET quote_count = ? WHERE id = ? AND quote_count != ?",
            (len(result.quotes), result.article_id, len(result.quotes)),
        )
        if not result.failed:
            versions.write_sketch(conn, result.article_id, result.sketch)
        stored.append(result.article_id)
    understanding.done_with(conn, stored)
    count_articles(conn, stored)
    index_quotes(conn, stored)
    conn.executemany(
        "INSERT OR IGNORE INTO name_parts (word, entity_id) VALUES (?, ?)", group.parts
    )
    # Who a short form alone means is decided after the import
    # (identity.link_short_forms): the names these articles used, alone or
    # as a short form.
    conn.executemany(
        "INSERT OR IGNORE INTO short_forms_pending (key) VALUES (?)",
        [(key,) for key in group.pending],
    )
    bump_entities_version(conn, group.changed)
    linker.count_mentions()
    # The new quotations join the collection's groups of one statement
    # (issue 20), in this transaction: they are never seen ungrouped. Those
    # keyed as they were written join in the order they were written; any
    # written without their words are keyed from the text.
    for key, words in group.keyed:
        quote_groups.join(conn, key, words)
    quote_groups.group_articles(conn, stored)
    return len(stored)


def _restructure(conn: sqlite3.Connection, result: UnderstoodRecord) -> None:
    """Store a structure worked out again; the title is set only when it
    changed, since setting it re-indexes the whole article for search."""
    new = result.structure
    (edited,) = conn.execute(
        "SELECT edited FROM articles WHERE id = ?", (result.article_id,)
    ).fetchone()
    # The user's edits win, a field they cleared too (``db.edits``).
    kept = edits.over({"title": new.title, "source": new.source, "date": new.date}, edited)
    new = new._replace(**kept)
    conn.execute(
        "UPDATE articles SET title = ? WHERE id = ? AND title IS NOT ?",
        (new.title, result.article_id, new.title),
    )
    conn.execute(
        "UPDATE articles SET lang = ?, source = ?, date = ?, caption = ?, byline = ?,"
        " paragraphs = ? WHERE id = ?",
        (
            new.lang,
            new.source,
            new.date,
            new.caption,
            new.byline,
            json.dumps(new.paragraphs),
            result.article_id,
        ),
    )
    conn.execute(
        "DELETE FROM article_tags WHERE article_id = ? AND origin = 'article'",
        (result.article_id,),
    )
    _write_tags(conn, result.article_id, new.tags)


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


def _clear_understanding(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM short_forms WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))


def _write_tags(conn: sqlite3.Connection, article_id: int, tags: list[str]) -> None:
    """The tags the article's file states (``origin = 'article'``)."""
    for tag in tags:
        conn.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin)"
            " VALUES (?, ?, 'article')",
            (article_id, _tag_id(conn, tag)),
        )


@dataclass
class _Group:
    """What a group's articles write that is shared across them, written
    once for the group (a name's parts and a short form recur from article
    to article) or counted once (how many articles changed the entities)."""

    keyed: list[tuple[int, list[str]]] = field(default_factory=list)  # new wordings, in order
    parts: set[tuple[str, int]] = field(default_factory=set)
    pending: set[str] = field(default_factory=set)
    changed: int = 0


def _write_understanding(
    conn: sqlite3.Connection,
    article_id: int,
    mentions: list[MentionRecord],
    quotes: list[QuoteRecord],
    linker: EntityLinker,
    group: _Group,
) -> None:
    """Write an article's mentions and quotes; ``linker`` decides their
    entities for the whole transaction. A quotation that comes with its
    words is stored with its key, and its wording kept in ``group`` for
    the caller to join to its group of one statement (``quote_groups.join``)."""
    entity_ids: dict[str, int] = {}  # by key, for linking speakers
    people: dict[str, int] = {}  # the same, of the people alone
    rows = []
    shorts = set()
    names = set()  # (key, type, entity id, name), for the short forms they are of one another
    # A speaker written by the short form a name of the article was given
    # (`NIESR said` after the National Institute of Economic and Social
    # Research (NIESR), `the US said` where `US` is the United States) is
    # that name's entity, not a person of its own whom no list shows; but
    # only when no name of the article is the speaker's (``EntityLinker.speaker``).
    by_short: dict[str, int] = {}
    for m in mentions:
        entity_id = linker.mention(m.key, m.type, m.name, m.joins)
        names.add((m.key, m.type, entity_id, m.name))
        entity_ids.setdefault(m.key, entity_id)
        if m.type == "PER":
            people.setdefault(m.key, entity_id)
        rows.append((article_id, entity_id, m.start, m.end, m.role))
        if m.short:
            shorts.add((m.short, entity_id, article_id))
            group.pending.add(m.short)
            by_short.setdefault(m.short, entity_id)
        if m.key:
            group.pending.add(m.key)
        if m.type == "PER" and " " in m.key:
            words = m.key.split()
            group.parts.update({(words[0], entity_id), (words[-1], entity_id)})
        group.parts.update((part, entity_id) for part in m.parts)
    for short, entity_id in short_forms_in_article(names):
        shorts.add((short, entity_id, article_id))
        group.pending.add(short)
    conn.executemany(
        "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, end, role)"
        " VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    quote_rows = []
    for q in quotes:
        speaker = (
            linker.speaker(
                q.speaker_key, q.speaker, entity_ids, people, by_short, nameless=q.nameless
            )
            if q.speaker_key
            else None
        )
        if speaker is not None and speaker_short_form(q.speaker_key, entity_ids, people) == speaker:
            shorts.add((q.speaker_key, speaker, article_id))
            group.pending.add(q.speaker_key)
        key = None if q.words is None else quote_groups.key_of(q.words)
        quote_rows.append((article_id, q.start, q.end, q.speaker, speaker, q.cue, key))
        if key:
            group.keyed.append((key, q.words))
    conn.executemany(
        "INSERT OR IGNORE INTO short_forms (key, entity_id, article_id) VALUES (?, ?, ?)", shorts
    )
    conn.executemany(
        "INSERT INTO quotes (article_id, start, end, speaker, speaker_entity_id, cue, key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        quote_rows,
    )
    group.changed += bool(rows or quotes)


def _tag_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    return conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid
