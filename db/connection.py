"""Opening a database file, and running reads and writes on it safely.

One connection per thread (sqlite3 connections belong to the thread that
opened them). The connection runs in autocommit mode and every write goes
through ``transaction()``, an explicit ``BEGIN IMMEDIATE``: sqlite-utils'
``with db.conn:`` is not a transaction, and an implicit one would leave half
an article behind a crash. Everything else, reads first, goes through
``wrap_exceptions``, so that callers catch the store's own error only.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from db.errors import (
    DatabaseBusyError,
    DatabaseOpenError,
    SchemaTooNewError,
    StorageError,
    StoreError,
)
from db.functions import register_functions
from db.schema import SCHEMA_VERSION, migrate

_LOCK_POLL_S = 0.002
BUSY_TIMEOUT_S = 15.0


def describe(error: sqlite3.Error, path: Path | str) -> str:
    """SQLite's error as one line for a person: the file, what happened, what to do."""
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


@contextmanager
def wrap_exceptions(path: Path | str) -> Iterator[None]:
    """Turn whatever SQLite raises inside into a ``StorageError`` naming ``path``.

    Reads need this as much as writes: a damaged page or a dropped table
    shows up at the first ``SELECT`` that touches it, and a caller should
    catch one error type for the store, not SQLite's too (lemon24/reader's
    ``wrap_exceptions``).
    """
    try:
        yield
    except sqlite3.Error as error:
        raise StorageError(describe(error, path), str(error)) from error


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
        raise DatabaseOpenError(describe(error, path)) from error
    register_functions(conn)
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version != SCHEMA_VERSION:
        conn.close()
        found = "empty" if version == 0 else f"from an older reader (schema {version})"
        raise DatabaseOpenError(
            f"{path}: read-only and {found}; open it once with write access to set it up"
        )
    return conn


def connect(path: Path | str, read_only: bool = False) -> tuple[sqlite3.Connection, bool]:
    """Open the database at ``path`` (``:memory:`` too); returns the
    connection and whether it is read-only.

    Opening a file creates it if needed and upgrades an older schema. A file
    that cannot be written, or whose folder cannot, is opened read-only
    instead (``read_only=True`` asks for that).
    """
    if isinstance(path, Path) and not path.parent.is_dir():
        raise DatabaseOpenError(f"{path.parent}: database folder does not exist")
    existing = isinstance(path, Path) and path.is_file()
    # A file this process cannot write is opened for reading at once: a
    # writable open would succeed, then fail at the first change.
    if read_only or (existing and not os.access(path, os.W_OK)):
        return _open_read_only(path), True
    conn = None
    try:
        conn = sqlite3.connect(
            str(path),
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
            check_same_thread=False,
        )
        register_functions(conn)
        _refuse_foreign(conn, path)
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
            return _open_read_only(path), True
        raise DatabaseOpenError(describe(error, path)) from error
    return conn, False


def compact(conn: sqlite3.Connection, path: Path | str) -> None:
    """Return free pages to the file system (after a large import)."""
    # executescript runs the pragma to the end (a plain execute frees one
    # page per step); when busy, the pages stay free inside the file and
    # later writes reuse them.
    with wrap_exceptions(path), suppress(sqlite3.OperationalError):
        conn.executescript("PRAGMA incremental_vacuum;")


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


@contextmanager
def transaction(conn: sqlite3.Connection, path: Path | str) -> Iterator[sqlite3.Connection]:
    """A write transaction taken at once (``BEGIN IMMEDIATE``), with Ctrl-C
    held until it ends.

    Taking the write lock at the start means a read that turns into a
    write never fails half-way with ``database is locked``; the busy
    timeout makes concurrent writers wait their turn instead.
    """
    with _ctrl_c_held():
        yield from _transaction(conn, path)


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Several reads that see one state of the file: an article's names and
    its quotes from the same side of a second-phase swap, never one from
    before and one from after. Inside a transaction already, that one is it."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")


def _transaction(conn: sqlite3.Connection, path: Path | str) -> Iterator[sqlite3.Connection]:
    try:
        _begin_immediate(conn)
    except sqlite3.Error as error:
        busy = isinstance(error, sqlite3.OperationalError) and "locked" in str(error)
        raise (DatabaseBusyError if busy else StoreError)(describe(error, path)) from None
    try:
        yield conn
    except sqlite3.Error as error:
        # A read-only file or a full disk shows up at the first write:
        # the caller gets the store's own one-line error, not SQLite's.
        _rollback(conn)
        raise StoreError(describe(error, path)) from error
    except BaseException:
        _rollback(conn)
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(conn)
        raise StoreError(describe(error, path)) from None


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """Take the write lock, asking again every few milliseconds.

    SQLite's own busy handler backs off to 100 ms sleeps, so a writer
    that commits one file and at once begins the next keeps winning and
    a user's tag or highlight waits for a whole import batch. Polling
    briefly lets the two take turns, within the same overall timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(_LOCK_POLL_S)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


def _rollback(conn: sqlite3.Connection) -> None:
    # SQLite may have rolled back already (a full disk can do that).
    if conn.in_transaction:
        conn.execute("ROLLBACK")
