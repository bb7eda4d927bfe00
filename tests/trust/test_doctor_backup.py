"""`reader doctor [--repair]` and `reader backup PATH`, through the real command."""

from __future__ import annotations

import sqlite3

import pytest

from tests.trust.conftest import assert_one_line_error, make_collection, run


@pytest.fixture(scope="module")
def stocked(tmp_path_factory):
    """A database of 40 articles, imported once; tests copy it."""
    folder = tmp_path_factory.mktemp("doctor")
    db = folder / "r.db"
    done = run(db, "import", str(make_collection(folder / "articles", 40)))
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def db(stocked, tmp_path):
    copy = tmp_path / "r.db"
    source = sqlite3.connect(stocked)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    return copy


def _damage(db, sql: str) -> None:
    """Run ``sql`` as another program with the library's SQL functions
    would (its triggers call them)."""
    from db.functions import register_functions

    conn = sqlite3.connect(db)
    register_functions(conn)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_healthy_database(db):
    done = run(db, "doctor")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "healthy" in done.stdout.splitlines()[-1]
    assert "40 articles" in done.stdout


def test_db_option_after_the_command(db):
    """Like every other command, `reader doctor --db X` and `reader backup --db X`."""
    import subprocess
    import sys

    from tests.trust.conftest import env

    for args in (["doctor"], ["backup", str(db.with_name("b.db"))]):
        done = subprocess.run(
            [sys.executable, "-m", "reader", *args, "--db", str(db)],
            capture_output=True,
            text=True,
            env=env(),
        )
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        ("DELETE FROM articles_fts_docsize WHERE id % 3 = 0", "full-text index"),
        ("DELETE FROM articles_fts_data WHERE id > 10", "full-text index"),
        (
            "INSERT INTO quotes (article_id, start, end) VALUES (999999, 0, 1)",
            "orphan rows in quotes",
        ),
        ("UPDATE entities SET articles = articles + 2", "entities with a wrong article count"),
    ],
)
def test_damage_is_named_and_repaired(db, damage, named):
    _damage(db, damage)
    found = run(db, "doctor")
    assert found.returncode != 0
    assert named in found.stdout
    assert "reader doctor --repair" in found.stdout
    assert "Traceback" not in found.stderr

    repaired = run(db, "doctor", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "repaired:" in repaired.stdout

    again = run(db, "doctor")
    assert again.returncode == 0, again.stdout
    hits = run(db, "search", "harbour", "--limit", "100", "--json")
    assert hits.stdout.count('"id"') == 40


def test_doctor_on_a_read_only_database_does_not_call_the_index_damaged(db, monkeypatch):
    """FTS5's integrity-check is an INSERT; on a read-only file it fails for
    that reason, and the report must say so instead of blaming the index."""
    from reader.library import Library

    with Library(db) as library:
        library.store.conn.execute("PRAGMA query_only = ON")
        report = library.check()
    assert not any("does not match" in p for p in report.problems), report.problems
    assert any("read-only" in p for p in report.problems)


def test_backup_while_another_connection_reads(db, tmp_path):
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    (count,) = reader.execute("SELECT count(*) FROM articles").fetchone()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("UPDATE articles SET read = 1 WHERE id = 1")  # the WAL holds news
    try:
        copy = tmp_path / "copy.db"
        done = run(db, "backup", str(copy))
        assert done.returncode == 0, done.stderr
    finally:
        reader.execute("COMMIT")
        reader.close()
        writer.close()
    check = sqlite3.connect(copy)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert check.execute("SELECT count(*) FROM articles").fetchone() == (count,)
    assert check.execute("SELECT read FROM articles WHERE id = 1").fetchone() == (1,)
    check.close()
    assert run(copy, "doctor").returncode == 0


def test_backup_refuses_to_overwrite(db, tmp_path):
    existing = tmp_path / "there.db"
    existing.write_bytes(b"precious")
    assert_one_line_error(run(db, "backup", str(existing)), "already exists")
    assert existing.read_bytes() == b"precious"
    assert_one_line_error(run(db, "backup", str(tmp_path / "no" / "x.db")), "does not exist")


def test_doctor_on_a_file_damaged_past_repair_does_not_send_the_user_back_to_itself(db):
    with open(db, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xff" * 8192)
    found = run(db, "doctor")
    assert found.returncode != 0
    assert "Traceback" not in found.stderr and len(found.stderr.strip().splitlines()) == 1
    assert "backup" in found.stderr and "reader doctor" not in found.stderr
