"""The schema records its version and upgrades older files in place."""

from __future__ import annotations

import sqlite3

import pytest

from db.errors import DatabaseOpenError, SchemaTooNewError
from db.functions import register_functions
from db.packing import pack
from db.schema import SCHEMA_VERSION, migrate
from db.store import Store


def test_new_database_is_at_current_version(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_version_1_file_is_upgraded_keeping_its_articles(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO articles (path, content_hash, text_z, encoding, title, imported_at,"
        " updated_at) VALUES ('/a.txt', 'h1', ?, 'utf-8', 'Old title', '2020-01-01', '2020-01-01')",
        (pack("Old title\n\nOld body about harbours"),),
    )
    conn.close()

    with Store(db_path) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
        row = store.conn.execute("SELECT title, read, quote_count FROM articles").fetchone()
        assert row == ("Old title", 0, 0)
        found = store.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'harbours'"
        ).fetchall()
        assert found == [(1,)]


def test_newer_schema_is_refused_with_a_clear_message(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(SchemaTooNewError, match="upgrade reader"):
        Store(db_path)


def test_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is a text file, not sqlite " * 100)
    with pytest.raises(DatabaseOpenError, match="not a reader database"):
        Store(bogus)


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        Store(tmp_path / "nowhere" / "reader.db")
