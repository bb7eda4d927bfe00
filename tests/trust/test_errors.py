"""Clear errors: one line that says what happened and what to do, nothing lost.

The tests run as root, for whom file permissions do not apply; a read-only
file or folder is made real by running the command without the capability
that overrides them (``setpriv``), and a full disk by capping the database's
page count in the process that writes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys

import pytest

from db.articles import list_articles
from db.errors import DatabaseOpenError, StorageError
from db.store import Store
from reader.library import Library
from tests.conftest import damage_articles_table
from tests.trust.conftest import (
    assert_one_line_error,
    consistency_problems,
    env,
    make_collection,
    needs_setpriv,
    run,
    run_unprivileged,
)


@pytest.fixture
def stocked(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    db = folder / "r.db"
    assert run(db, "import", str(make_collection(tmp_path / "a", 5))).returncode == 0
    more = make_collection(tmp_path / "more", 8, seed=1)
    return db, more


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@needs_setpriv
def test_database_folder_that_cannot_be_created(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    done = run_unprivileged(
        locked / "sub" / "r.db", "import", str(make_collection(tmp_path / "a", 1))
    )
    assert_one_line_error(done, "cannot create the database folder", "--db")


def test_missing_database_folder(tmp_path):
    missing = tmp_path / "nowhere" / "r.db"
    assert_one_line_error(run(missing, "list"), "no database here yet", "reader import")
    with pytest.raises(DatabaseOpenError, match="database folder does not exist"):
        Library(missing)
    assert not missing.parent.exists()


def test_database_from_a_newer_reader_is_left_untouched(tmp_path):
    db = tmp_path / "newer.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, future TEXT)")
    conn.execute("INSERT INTO articles (future) VALUES ('kept')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = _digest(db)
    for args in (("list",), ("import", str(make_collection(tmp_path / "a", 1))), ("doctor",)):
        assert_one_line_error(run(db, *args), "newer than this reader", "upgrade reader")
    assert _digest(db) == before  # not even switched to WAL
    assert not db.with_name("newer.db-wal").exists()


def test_random_bytes_are_not_a_database(tmp_path):
    db = tmp_path / "noise.db"
    db.write_bytes(os.urandom(8192))
    before = _digest(db)
    for args in (("list",), ("import", str(make_collection(tmp_path / "a", 1)))):
        assert_one_line_error(run(db, *args), "not a reader database")
    assert _digest(db) == before


def test_someone_elses_sqlite_database_is_not_taken_over(tmp_path):
    db = tmp_path / "notes.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.commit()
    conn.close()
    before = _digest(db)
    for args in (("list",), ("import", str(make_collection(tmp_path / "a", 1)))):
        assert_one_line_error(run(db, *args), "not a reader database", "another file")
    assert _digest(db) == before
    with pytest.raises(DatabaseOpenError):
        Library(db)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]
    conn.close()


FULL_DISK = """
import sys
from db.store import Store
opened = Store.__init__
def capped(self, path, **options):
    opened(self, path, **options)
    (pages,) = self.conn.execute("PRAGMA page_count").fetchone()
    self.conn.execute(f"PRAGMA max_page_count = {pages + 4}")
Store.__init__ = capped
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_full_disk_stops_with_one_line_and_keeps_what_was_stored(stocked, tmp_path):
    db, _ = stocked
    big = make_collection(tmp_path / "big", 40, seed=2)
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "--db", str(db), "import", str(big)],
        capture_output=True,
        text=True,
        env=env(),
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    [line] = [line for line in done.stderr.splitlines() if line.startswith("reader:")]
    assert "disk is full" in line and "free some space" in line
    assert consistency_problems(db) == []
    with Library(db) as library:
        stored = library.count_articles()
    # The first five are kept; files are committed a group at a time, so the
    # group the disk filled up in is taken back whole.
    assert 5 <= stored < 45
    again = run(db, "import", str(big))
    assert again.returncode == 0 and Library(db).count_articles() == 45


def test_a_read_on_a_damaged_file_raises_the_stores_error(stocked):
    """Reads, not only writes, end in the store's own error naming the
    file, so that a caller catches one thing."""
    db, _ = stocked
    damage_articles_table(db)
    with Store(db) as store:
        with pytest.raises(StorageError) as caught, store.wrapped() as conn:
            list_articles(conn)
        assert caught.value.reason == "database disk image is malformed"
        with pytest.raises(StorageError):
            store.title_and_path(1)
    with Library(db) as library:
        for read in (library.articles, lambda: library.article(1), library.quotes):
            with pytest.raises(StorageError) as caught:
                read()
            assert not isinstance(caught.value, sqlite3.Error)
            assert str(caught.value).startswith(f"{db}: the database file is damaged")
    done = run(db, "list")
    assert_one_line_error(done, "database error: database disk image is malformed")
