"""A library that cannot be written here is still read; changing it says why.

SQLite's WAL needs a -shm file beside the database even to read, so a
library in a read-only folder would not open at all without the read-only
fallback. As in ``test_errors``, root runs the commands without the
capabilities that override file permissions.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from db.errors import ReadOnlyError
from reader.library import Library
from tests.trust.conftest import (
    assert_one_line_error,
    consistency_problems,
    make_collection,
    needs_setpriv,
    run,
    run_unprivileged,
)

pytestmark = needs_setpriv

READS = [
    ("list",),
    ("search", "harbour", "--json"),
    ("show", "1", "--json"),
    ("entities", "wahyuni", "--json"),
    ("quotes", "--json"),
    ("export", "articles", "--format", "csv"),
    ("saved",),
    ("entity", "show", "1", "--json"),
    ("entity", "log", "--json"),
    ("trash", "--json"),
    ("versions", "1", "--json"),
    ("follows", "--json"),
    ("new", "--json"),
]
WRITES = [
    ("import", "MORE"),
    ("reindex",),
    ("merge", "1", "2"),
    ("entity", "hide", "1"),
    ("entity", "retype", "1", "ORG"),
    ("entity", "rename", "1", "Someone"),
    ("entity", "alias", "1", "Someone"),
    ("entity", "split", "1", "x"),
    ("entity", "undo"),
    ("entity", "apply", "MORE"),
    ("saved", "add", "port", "harbour"),
    ("doctor", "--repair"),
    ("delete", "1", "--yes"),
    ("delete", "--query", "harbour", "--yes"),
    ("trash", "restore", "1"),
    ("trash", "empty", "--yes"),
    ("samples", "remove"),
    ("import", "--restore", "MORE"),
    ("tag", "x", "1"),
    ("untag", "x", "--query", "harbour"),
    ("star", "1"),
    ("unstar", "--query", "harbour"),
    ("mark", "read", "1"),
    ("edit", "1", "--title", "x"),
    ("versions", "split", "1"),
    ("follow", "Sri Wahyuni"),
    ("unfollow", "Sri Wahyuni"),
    ("new", "--seen"),
]


@pytest.fixture
def stocked(tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "library"
    folder.mkdir()
    db = folder / "r.db"
    assert run(db, "import", str(make_collection(tmp_path / "a", 5))).returncode == 0
    return db, make_collection(tmp_path / "more", 3, seed=1)


@contextmanager
def mode(path: Path, bits: int) -> Iterator[None]:
    before = path.stat().st_mode & 0o777
    os.chmod(path, bits)
    try:
        yield
    finally:
        os.chmod(path, before)


def _check_reads_work_and_writes_say_where(db: Path, more: Path, why: str) -> None:
    out = {}
    for args in READS:
        done = run_unprivileged(db, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert done.stderr == "", (args, done.stderr)
        out[args[0]] = done.stdout
    assert len(out["list"].splitlines()) == 5
    assert json.loads(out["search"]) and json.loads(out["show"])["id"] == 1
    checked = run_unprivileged(db, "doctor")
    assert "read-only" in checked.stdout and "--repair" not in checked.stdout, checked.stdout
    for args in WRITES:
        args = tuple(str(more) if a == "MORE" else a for a in args)
        done = run_unprivileged(db, *args)
        assert_one_line_error(done, str(db), "read-only", why, "permissions")


def test_a_library_in_a_read_only_folder_is_read_and_not_changed(stocked):
    db, more = stocked
    with mode(db.parent, 0o555):
        assert not db.with_name("r.db-shm").exists()  # the reason WAL could not open it
        _check_reads_work_and_writes_say_where(db, more, f"its folder {db.parent}")
        assert sorted(p.name for p in db.parent.iterdir()) == ["r.db"]
    assert consistency_problems(db) == []
    assert Library(db).count_articles() == 5


def test_a_read_only_file_is_read_and_not_changed(stocked):
    db, more = stocked
    with mode(db, 0o444):
        _check_reads_work_and_writes_say_where(db, more, "the file cannot be written")
    assert consistency_problems(db) == []
    assert Library(db).count_articles() == 5


def test_changes_waiting_in_the_wal_of_a_read_only_folder_are_not_hidden(stocked):
    """Without a -shm file the WAL cannot be read; reading the main file
    alone (``immutable``) would show the library as it was before them."""
    db, _ = stocked
    holder = sqlite3.connect(db, isolation_level=None)  # keeps the WAL from being merged
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("UPDATE articles SET starred = 1 WHERE id = 1")
        holder.execute("SELECT 1 FROM articles").fetchone()
        copy = db.parent.parent / "copy"
        copy.mkdir()
        for name in ("r.db", "r.db-wal"):
            (copy / name).write_bytes((db.parent / name).read_bytes())
    finally:
        holder.close()
    with mode(copy, 0o555):
        assert_one_line_error(run_unprivileged(copy / "r.db", "list"), "r.db-wal", "write access")


def test_an_older_or_empty_read_only_library_says_it_needs_setting_up(tmp_path):
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO articles (id) VALUES (1)")  # an upgrade would say so first
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    empty = tmp_path / "empty.db"
    empty.touch()
    for db, found in ((old, "from an older reader (schema 1)"), (empty, "empty")):
        with mode(db, 0o444):
            done = run_unprivileged(db, "list")
        assert_one_line_error(done, str(db), f"read-only and {found}", "write access")


def test_a_library_opened_read_only_refuses_every_change(stocked):
    db, more = stocked
    before = db.read_bytes()
    with Library(db, read_only=True) as library:
        assert library.read_only and library.count_articles() == 5
        for change in (
            lambda: library.set_read(1),
            lambda: library.add_tag(1, "x"),
            lambda: library.add_highlight(1, 0, 5),
            lambda: library.save_search("a", "b"),
            lambda: library.follow(1),
            lambda: library.unfollow(1),
            lambda: library.mark_opened(library.whats_new()),
            lambda: list(library.run_import(library.plan_import([str(more)]))),
            library.repair,
        ):
            with pytest.raises(ReadOnlyError, match="opened for reading only"):
                change()
        assert library.import_samples_if_empty() == []
    assert db.read_bytes() == before


def test_a_new_library_in_a_read_only_folder_is_still_an_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with mode(folder, 0o555):
        done = run_unprivileged(folder / "r.db", "import", str(make_collection(tmp_path / "a", 1)))
    assert_one_line_error(done, "cannot open the database file", "folder is writable")
    assert list(folder.iterdir()) == []
