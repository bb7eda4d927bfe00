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


def test_version_3_file_gets_its_index_rebuilt_without_chrome_and_says_so_once(db_path):
    """Schema 4 indexes the body paragraphs, not the chrome kept in the text;
    the CLI says it is upgrading before the rebuild, and only that once."""
    import os
    import subprocess
    import sys

    from db.connection import upgrade_pending
    from tests.conftest import REPO

    text = "Banjir\n\nAir naik di dermaga.\n\nBaca juga: Pabrik Robot Dibuka\n"
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=3)
    conn.execute(
        "INSERT INTO articles (path, content_hash, text_z, encoding, title, imported_at,"
        " updated_at, paragraphs) VALUES ('/a.txt', 'h1', ?, 'utf-8', 'Banjir', '2020-01-01',"
        " '2020-01-01', '[[8, 27]]')",
        (pack(text),),
    )
    assert conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'robot'"
    ).fetchone() == (1,)
    conn.close()
    assert upgrade_pending(db_path)

    def listed():
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        command = [sys.executable, "-m", "reader", "--db", str(db_path), "search", "robot"]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)

    first, second = listed(), listed()
    assert first.returncode == 0 and "reader: upgrading" in first.stderr
    assert "upgrading" not in second.stderr
    assert first.stdout.strip() == "" and not upgrade_pending(db_path)
    with Store(db_path) as store:
        found = store.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'dermaga'"
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


def test_version_19_counts_and_indexes_by_group_not_by_row(db_path):
    """Schema 19 drops the triggers that counted each mention and indexed
    each quotation as it was inserted (the writer does both once for a
    group: ``identity.count_articles``, ``quotes.index_quotes``); those of
    a delete or a move stay."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=18)
    triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (?, ?)"
    before = {row[0] for row in conn.execute(triggers, ("mentions", "quotes"))}
    migrate(conn, target=19)
    after = {row[0] for row in conn.execute(triggers, ("mentions", "quotes"))}
    assert before - after == {"mentions_count_ai", "quotes_fts_ai"}
    assert {"mentions_count_ad", "mentions_count_au", "quotes_fts_ad", "quotes_fts_au"} <= after


def test_whether_a_user_shaped_an_entity_is_read_from_its_own_index(db_path):
    # The name passes ask it of every entity they would fold; read through
    # the index of all aliases by entity, it cost them most of their time
    # at a million articles (schema 22).
    with Store(db_path) as store:
        plan = " ".join(
            row[-1]
            for row in store.conn.execute(
                "EXPLAIN QUERY PLAN SELECT 1 FROM entity_aliases"
                " WHERE entity_id = ? AND origin = 'user'",
                (1,),
            )
        )
    assert "entity_aliases_user" in plan


def test_version_24_migrates_a_library_without_the_removed_entities_trigger(db_path):
    """Schema 24 drops schema 22's ``entities_removed_ad``; a schema-23
    library made by a branch that never had it still opens (it failed with
    ``no such trigger``)."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=23)
    conn.execute("DROP TRIGGER entities_removed_ad")
    conn.close()

    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "entities_removed_ad" not in names
    assert {"entity_aliases_block", "entity_aliases_last_word"} <= names
