"""The SQLite store: opening, transactions, and writing articles.

One connection per thread (sqlite3 connections belong to the thread that
opened them). The connection runs in autocommit mode and every write goes
through ``transaction()``, an explicit ``BEGIN IMMEDIATE``: sqlite-utils'
``with db.conn:`` is not a transaction, and an implicit one would leave half
an article behind a crash.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import Enum
from pathlib import Path

from db import recent
from db.annotations import bump_entities_version
from db.articles import now
from db.errors import DatabaseBusyError, DatabaseOpenError, SchemaTooNewError, StoreError
from db.functions import register_functions
from db.packing import pack
from db.records import ArticleRecord
from db.schema import SCHEMA_VERSION, migrate

_LOCK_POLL_S = 0.002
BUSY_TIMEOUT_S = 15.0


class Outcome(Enum):
    ADDED = "added"
    UPDATED = "updated"
    DUPLICATE = "duplicate"


def _describe(error: sqlite3.Error, path: Path | str) -> str:
    text = str(error)
    if "locked" in text or "busy" in text:
        return f"{path}: database is busy (another reader process is writing); try again"
    if "not a database" in text:
        return f"{path}: not a reader database (if it was one, restore it from a backup)"
    if "malformed" in text:
        return (
            f"{path}: the database file is damaged; `reader doctor` says where, "
            "a backup restores it"
        )
    if "readonly" in text or "read-only" in text:
        return f"{path}: database is read-only; check the permissions of the file and its folder"
    if "full" in text:
        return f"{path}: disk is full; free some space and try again (nothing stored was lost)"
    if "unable to open" in text:
        return f"{path}: cannot open the database file; check that its folder is writable"
    return f"{path}: {text}"


def _refuse_foreign(conn: sqlite3.Connection, path: Path | str) -> None:
    """Leave alone a file that is not ours to change, before anything writes to it.

    A database from a newer reader is not touched (not even switched to WAL),
    and neither is someone else's SQLite database: reader never adds its
    tables to a file that has tables of its own.
    """
    # One statement, so that both are read from the same snapshot.
    version, has_tables = conn.execute(
        "SELECT (SELECT user_version FROM pragma_user_version),"
        " EXISTS (SELECT 1 FROM sqlite_master)"
    ).fetchone()
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{path}: database schema is version {version}, newer than this reader "
            f"understands ({SCHEMA_VERSION}); upgrade reader to open it"
        )
    if version == 0 and has_tables:
        raise DatabaseOpenError(
            f"{path}: not a reader database (it holds other tables); choose another file"
        )


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, so that readers and one writer never block each other.

    When several processes open a new file at once, SQLite answers the switch
    with ``database is locked`` at once instead of calling the busy handler,
    so the waiting is done here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def upgrade_pending(path: Path | str) -> bool:
    """Whether opening ``path`` will upgrade a library that holds articles
    (rebuilding an index or recounting takes a minute or so at a million articles),
    so that the caller can say so first. False for anything it cannot read,
    and for a file or folder it cannot write: that library is refused, not
    upgraded."""
    path = Path(path).resolve()
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return False
    try:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if not 0 < version < SCHEMA_VERSION:
            return False
        return conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0] == 1
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _cannot_write(error: sqlite3.Error) -> bool:
    text = str(error)
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _connect_read_only(path: Path, mode: str) -> sqlite3.Connection:
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?{mode}",
        uri=True,
        timeout=BUSY_TIMEOUT_S,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        _refuse_foreign(conn, path)  # also the first read: it fails here if it fails
    except BaseException:
        conn.close()
        raise
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads, for a file or folder this process cannot write.

    ``mode=ro`` still needs the -shm file beside a WAL database (it creates
    one if missing); in a read-only folder without one, ``immutable=1`` reads
    the file as it is. That is right only when no -wal file holds changes
    not yet copied into it, so then the file is refused rather than shown
    out of date. Nothing is switched or upgraded: the schema must be this
    reader's.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        try:
            conn = _connect_read_only(path, "mode=ro")
        except sqlite3.OperationalError as error:
            if not _cannot_write(error):
                raise
            if wal.exists() and wal.stat().st_size > 0:
                raise DatabaseOpenError(
                    f"{path}: cannot be read in a read-only folder while {wal.name} holds"
                    " changes not yet merged into it; open it once with write access"
                ) from None
            conn = _connect_read_only(path, "immutable=1")
    except sqlite3.Error as error:
        raise DatabaseOpenError(_describe(error, path)) from error
    register_functions(conn)
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version != SCHEMA_VERSION:
        conn.close()
        found = "empty" if version == 0 else f"from an older reader (schema {version})"
        raise DatabaseOpenError(
            f"{path}: read-only and {found}; open it once with write access to set it up"
        )
    return conn


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Ctrl-C waits for the end of a write transaction, then acts as usual.

    A Ctrl-C while SQLite works surfaces in the next SQL function the
    triggers call, where SQLite turns it into ``user-defined function raised
    exception``: a database error instead of an interruption. Held back,
    it arrives between two groups of files, as what it is. (Python runs signal
    handlers in the main thread, whichever thread the signal reached.)
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            if callable(previous):
                previous(signal.SIGINT, None)
            elif previous == signal.SIG_DFL:
                raise KeyboardInterrupt


def _by_surname(entity_ids: dict[str, int], key: str) -> int | None:
    """The article's entity that ``key`` names in part (``park`` -> ``park ji hoon``)."""
    for full, entity_id in entity_ids.items():
        if full.endswith(" " + key) or full.startswith(key + " "):
            return entity_id
    return None


class Store:
    """A reader database file.

    Opening a file creates it if needed and upgrades an older schema. A file
    that cannot be written, or whose folder cannot, is opened read-only
    instead and ``read_only`` says so (``read_only=True`` asks for that).
    """

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = Path(path) if str(path) != ":memory:" else path
        if isinstance(self.path, Path) and not self.path.parent.is_dir():
            raise DatabaseOpenError(f"{self.path.parent}: database folder does not exist")
        existing = isinstance(self.path, Path) and self.path.is_file()
        # A file this process cannot write is opened for reading at once: a
        # writable open would succeed, then fail at the first change.
        self.read_only = read_only or (existing and not os.access(self.path, os.W_OK))
        if self.read_only:
            self.conn = _open_read_only(self.path)
            return
        conn = None
        try:
            conn = sqlite3.connect(
                str(self.path),
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
            register_functions(conn)
            _refuse_foreign(conn, self.path)
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("PRAGMA page_count").fetchone()[0] == 0:
                # Only a new file can take this; it lets compact() give
                # the pages an import freed back to the disk.
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            _use_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
        except (sqlite3.Error, StoreError) as error:
            if conn is not None:
                conn.close()
            if isinstance(error, StoreError):
                raise
            if existing and _cannot_write(error):
                # A read-only folder: SQLite cannot create the -wal and -shm
                # files beside the database, not even to read it.
                self.read_only = True
                self.conn = _open_read_only(self.path)
                return
            raise DatabaseOpenError(_describe(error, self.path)) from error
        self.conn = conn

    def compact(self) -> None:
        """Return free pages to the file system (after a large import)."""
        # executescript runs the pragma to the end (a plain execute frees one
        # page per step); when busy, the pages stay free inside the file and
        # later writes reuse them.
        with suppress(sqlite3.OperationalError):
            self.conn.executescript("PRAGMA incremental_vacuum;")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with _ctrl_c_held():
            yield from self._transaction()

    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction taken at once (``BEGIN IMMEDIATE``).

        Taking the write lock at the start means a read that turns into a
        write never fails half-way with ``database is locked``; the busy
        timeout makes concurrent writers wait their turn instead.
        """
        try:
            self._begin_immediate()
        except sqlite3.Error as error:
            busy = isinstance(error, sqlite3.OperationalError) and "locked" in str(error)
            raise (DatabaseBusyError if busy else StoreError)(_describe(error, self.path)) from None
        try:
            yield self.conn
        except sqlite3.Error as error:
            # A read-only file or a full disk shows up at the first write:
            # the caller gets the store's own one-line error, not SQLite's.
            self._rollback()
            raise StoreError(_describe(error, self.path)) from error
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise StoreError(_describe(error, self.path)) from None

    def _begin_immediate(self) -> None:
        """Take the write lock, asking again every few milliseconds.

        SQLite's own busy handler backs off to 100 ms sleeps, so a writer
        that commits one file and at once begins the next keeps winning and
        a user's tag or highlight waits for a whole import batch. Polling
        briefly lets the two take turns, within the same overall timeout.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if "locked" not in str(error) or time.monotonic() > deadline:
                        raise
                    time.sleep(_LOCK_POLL_S)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    def _rollback(self) -> None:
        # SQLite may have rolled back already (a full disk can do that).
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # -- articles -------------------------------------------------------

    def article_id_by_hash(self, content_hash: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def store_article(self, record: ArticleRecord) -> tuple[Outcome, int]:
        """Add ``record``, update the article at its path, or find it a duplicate.

        Everything about the article is written in one transaction. Updating
        keeps the article id and what users attached to it (their tags,
        highlights, read and starred state) and replaces what extraction found.
        """
        done: list[tuple[Outcome, int]] = []
        self.store_articles([record], done)
        return done[0]

    def store_articles(self, records: list[ArticleRecord], done: list[tuple[Outcome, int]]) -> None:
        """``store_article`` for a group of records, in one transaction.

        One commit per group instead of per file is what lets an import keep
        up with its workers: each commit writes the WAL and starts a new FTS5
        segment. A file is still never half-stored: the group is written
        whole or not at all. ``done`` receives each record's outcome, in
        order, so that a caller interrupted by Ctrl-C (which waits for the
        commit) still knows what was stored.
        """
        with self.transaction() as conn:
            known: dict[tuple[str, str], tuple[int, str]] = {}
            outcomes = [self._store_one(conn, record, known) for record in records]
            recent.trim(conn)
            done.extend(outcomes)

    def _store_one(
        self,
        conn: sqlite3.Connection,
        record: ArticleRecord,
        known: dict[tuple[str, str], tuple[int, str]],
    ) -> tuple[Outcome, int]:
        same = conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (record.content_hash,)
        ).fetchone()
        if same:
            return Outcome.DUPLICATE, same[0]
        at_path = None
        if record.path is not None:
            at_path = conn.execute(
                "SELECT id FROM articles WHERE path = ?", (record.path,)
            ).fetchone()
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
            self._clear_extraction(conn, article_id)
            self._move_highlights(conn, article_id, record.text)
            outcome = Outcome.UPDATED
        else:
            fields.update(path=record.path, imported_at=stamp)
            names = ", ".join(fields)
            marks = ", ".join(f":{name}" for name in fields)
            article_id = conn.execute(
                f"INSERT INTO articles ({names}) VALUES ({marks})", fields
            ).lastrowid
            outcome = Outcome.ADDED
        self._write_extraction(conn, article_id, record, known)
        return outcome, article_id

    def replace_extractions(self, pairs: list[tuple[int, ArticleRecord]]) -> None:
        """Swap in fresh extractions for articles whose text is unchanged,
        a group in one transaction (see ``store_articles``)."""
        with self.transaction() as conn:
            known: dict[tuple[str, str], tuple[int, str]] = {}
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
                self._clear_extraction(conn, article_id)
                self._write_extraction(conn, article_id, record, known)

    def article_texts(self, after_id: int, limit: int) -> list[tuple[int, str, str, str | None]]:
        """(id, text, encoding, path) of the next ``limit`` articles after ``after_id``."""
        return self.conn.execute(
            "SELECT id, reader_text(text_z), encoding, path FROM articles"
            " WHERE id > ? ORDER BY id LIMIT ?",
            (after_id, limit),
        ).fetchall()

    def merge_same_spellings(self) -> int:
        """One entity per spelling, whatever types the tagger gave it.

        A library built before that rule (schema 3 and earlier) holds one
        entity per spelling and type (``Purbaya`` as a person and as a
        place); each such set becomes the entity mentioned most. Entities a
        user merged or split are left as the user made them. Returns how
        many entities were folded into others.
        """
        folded = 0
        with self.transaction() as conn:
            sets = conn.execute(
                "SELECT key FROM entity_aliases GROUP BY key"
                " HAVING count(DISTINCT entity_id) > 1 AND max(origin) = 'auto'"
            ).fetchall()
            for (key,) in sets:
                ranked = conn.execute(
                    "SELECT a.entity_id FROM entity_aliases a WHERE a.key = ?"
                    " GROUP BY a.entity_id ORDER BY"
                    " (SELECT count(*) FROM mentions m WHERE m.entity_id = a.entity_id) DESC,"
                    " a.entity_id",
                    (key,),
                ).fetchall()
                keep, others = ranked[0][0], [row[0] for row in ranked[1:]]
                for other in others:
                    for table, column in (
                        ("entity_aliases", "entity_id"),
                        ("mentions", "entity_id"),
                        ("quotes", "speaker_entity_id"),
                    ):
                        conn.execute(
                            f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (keep, other)
                        )
                    conn.execute("DELETE FROM entities WHERE id = ?", (other,))
                folded += len(others)
            if folded:
                bump_entities_version(conn)
        return folded

    def drop_unused_entities(self) -> int:
        """Remove entities that nothing mentions any more, unless a user shaped them."""
        with self.transaction() as conn:
            dropped = conn.execute(
                "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
                " AND id NOT IN (SELECT speaker_entity_id FROM quotes"
                "                WHERE speaker_entity_id IS NOT NULL)"
                " AND id NOT IN (SELECT entity_id FROM entity_aliases WHERE origin = 'user')"
            ).rowcount
            if dropped:
                bump_entities_version(conn)
            return dropped

    @staticmethod
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
            conn.execute(
                "UPDATE highlights SET start = ?, end = ? WHERE id = ?", (*span, highlight_id)
            )

    @staticmethod
    def _clear_extraction(conn: sqlite3.Connection, article_id: int) -> None:
        conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        conn.execute(
            "DELETE FROM article_tags WHERE article_id = ? AND origin = 'article'",
            (article_id,),
        )

    def _write_extraction(
        self,
        conn: sqlite3.Connection,
        article_id: int,
        record: ArticleRecord,
        known: dict[tuple[str, str], tuple[int, str]],
    ) -> None:
        """Write an article's tags, mentions and quotes.

        ``known`` maps (alias key, type) to its entity and the name its alias
        is stored under, for the whole write transaction: once a variant has
        its alias row, ``_entity_id`` finds that row whatever else it is
        asked, and nothing else can change the aliases while the transaction
        holds the write lock, so a name the group's other articles mention
        costs no second lookup. Only a name first stored in capitals
        (``_shouted``) is written again, the way a later article spells it.
        """
        for tag in record.tags:
            tag_id = self._tag_id(conn, tag)
            conn.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin)"
                " VALUES (?, ?, 'article')",
                (article_id, tag_id),
            )
        entity_ids: dict[str, int] = {}  # by key, for linking speakers
        rows = []
        for m in record.mentions:
            hit = known.get((m.key, m.type))
            if hit is None:
                hit = known[(m.key, m.type)] = self._entity_id(conn, m.key, m.type, m.name, m.joins)
            elif _shouted(hit[1], m.name, m.type):
                _respell(conn, hit[0], m.key, m.type, hit[1], m.name)
                hit = known[(m.key, m.type)] = (hit[0], m.name)
            entity_id = hit[0]
            entity_ids.setdefault(m.key, entity_id)
            rows.append((article_id, entity_id, m.start, m.end, m.role))
        conn.executemany(
            "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, end, role)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        if rows or record.quotes:
            bump_entities_version(conn)
        quotes = []
        for q in record.quotes:
            speaker_id = None
            if q.speaker_key:
                speaker_id = entity_ids.get(q.speaker_key) or _by_surname(entity_ids, q.speaker_key)
                if speaker_id is None and q.speaker:
                    hit = known.get((q.speaker_key, "PER"))
                    if hit is None:
                        hit = known[(q.speaker_key, "PER")] = self._entity_id(
                            conn, q.speaker_key, "PER", q.speaker
                        )
                    speaker_id = hit[0]
            quotes.append((article_id, q.start, q.end, q.speaker, speaker_id, q.cue))
        conn.executemany(
            "INSERT INTO quotes (article_id, start, end, speaker, speaker_entity_id, cue)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            quotes,
        )

    @staticmethod
    def _tag_id(conn: sqlite3.Connection, name: str) -> int:
        row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        return conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid

    def alias_keys(self) -> Iterator[tuple[str, str]]:
        """Every known (alias key, type), for deciding which entity a new
        variant joins; read as iterated, since a large collection has
        hundreds of thousands."""
        return self.conn.execute("SELECT key, type FROM entity_aliases ORDER BY entity_id")

    @staticmethod
    def _entity_id(
        conn: sqlite3.Connection, key: str, type_: str, name: str, joins: str | None = None
    ) -> tuple[int, str]:
        """The entity a variant belongs to, creating the alias (and entity)
        when new, and the name the variant is stored under."""

        # This spelling as this type first; the same spelling under another
        # type is the same entity (the tagger's type for one name varies
        # between articles); so is the variant it joins, under any type.
        row = conn.execute(
            "SELECT entity_id, key = ? AND type = ?, name FROM entity_aliases WHERE key IN (?, ?)"
            " ORDER BY key != ?, type != ? LIMIT 1",
            (key, type_, key, joins or key, key, type_),
        ).fetchone()
        if row and row[1]:
            if _shouted(row[2], name, type_):
                _respell(conn, row[0], key, type_, row[2], name)
                return row[0], name
            return row[0], row[2]
        entity_id = row[0] if row else None
        if entity_id is None:
            entity_id = conn.execute(
                "INSERT INTO entities (name, type) VALUES (?, ?)", (name, type_)
            ).lastrowid
        conn.execute(
            "INSERT INTO entity_aliases (key, type, entity_id, name) VALUES (?, ?, ?, ?)",
            (key, type_, entity_id, name),
        )
        return entity_id, name


def _shouted(stored: str, name: str, type_: str) -> bool:
    """Whether a place or person was first seen in capitals only (a dateline:
    ``DAEJEON``, ``SUMBERJAYA``) and is now written as a name is, which then
    becomes how the reader shows it. Short capitals are acronyms (``NATO``)."""
    return type_ in ("LOC", "PER") and len(stored) >= 6 and stored.isupper() and not name.isupper()


def _respell(
    conn: sqlite3.Connection, entity_id: int, key: str, type_: str, stored: str, name: str
) -> None:
    conn.execute(
        "UPDATE entity_aliases SET name = ? WHERE key = ? AND type = ?", (name, key, type_)
    )
    conn.execute(
        "UPDATE entities SET name = ? WHERE id = ? AND name = ?", (name, entity_id, stored)
    )
