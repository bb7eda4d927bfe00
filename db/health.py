"""Checking a database and rebuilding what can be rebuilt; consistent copies.

Everything derived (the full-text index, orphaned annotation rows) can be
rebuilt from the articles themselves; the articles and the user's own data
are never touched by a repair.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.functions import register_functions
from db.schema import SCHEMA_VERSION, migrate

# (table, what it hangs off) for rows that must belong to an article.
_ORPHANS = {
    "mentions": "article_id NOT IN (SELECT id FROM articles)",
    "quotes": "article_id NOT IN (SELECT id FROM articles)",
    "article_tags": "article_id NOT IN (SELECT id FROM articles)",
    "highlights": "article_id NOT IN (SELECT id FROM articles)",
    "entity_aliases": "entity_id NOT IN (SELECT id FROM entities)",
}


@dataclass(slots=True)
class Report:
    """Each check by name with the problems it found (none: it passed), in
    the order they ran, and notes that are no problem."""

    checks: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return [problem for found in self.checks.values() for problem in found]

    @property
    def healthy(self) -> bool:
        return not self.problems


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Every table and view with its column names, read through sqlite-utils."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    names = db.table_names() + db.view_names()
    return {name: set(db[name].columns_dict) for name in names if not name.startswith("sqlite_")}


def _schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Tables, views or columns this reader's schema has and the file lacks."""
    reference = sqlite3.connect(":memory:", isolation_level=None)
    register_functions(reference)
    migrate(reference)
    expected, found = _columns(reference), _columns(conn)
    reference.close()
    problems = []
    for name, columns in sorted(expected.items()):
        if name not in found:
            problems.append(f"missing table or view {name}")
        elif missing := sorted(columns - found[name]):
            problems.append(f"table {name} lacks columns {', '.join(missing)}")
    return problems


# An entity's article count as the mentions say it; the stored one is kept
# by triggers, and a repair sets those that differ.
_COUNTED = "(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = entities.id)"
_MISCOUNTED = f"articles != {_COUNTED}"

# The full-text indexes, each checked and rebuilt from its content view.
_INDEXES = {
    "articles_fts": "full-text index",
    "recent_fts": "recent-articles index",
    "quotes_fts": "quotation index",
}


def _index_problems(conn: sqlite3.Connection, index: str, label: str) -> list[str]:
    try:
        conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as error:
        if "readonly" in str(error) or "read-only" in str(error):
            # The check is an INSERT: on a read-only file it cannot run at all.
            return [f"could not check the {label}: the database is read-only"]
        return [f"{label} does not match the articles ({error})"]
    return []


def check(conn: sqlite3.Connection) -> Report:
    report = Report()
    checks = report.checks
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    report.notes.append(f"schema version {version} (this reader: {SCHEMA_VERSION})")
    checks["schema version"] = (
        [f"schema version {version}, expected {SCHEMA_VERSION}"]
        if version != SCHEMA_VERSION
        else []
    )
    checks["schema"] = _schema_problems(conn)
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    checks["sqlite integrity"] = (
        [f"sqlite integrity: {line}" for line in result[:10]] if result != ["ok"] else []
    )
    for index, label in _INDEXES.items():
        checks[label] = _index_problems(conn, index, label)
    (indexed,) = conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()
    (stored,) = conn.execute("SELECT count(*) FROM articles").fetchone()
    report.notes.append(f"{stored} articles, {indexed} in the full-text index")
    (recent,) = conn.execute("SELECT count(*) FROM recent_fts_docsize").fetchone()
    (newest,) = conn.execute(
        "SELECT count(*) FROM articles WHERE id >= (SELECT id FROM recent_floor)"
    ).fetchone()
    (quoted,) = conn.execute("SELECT count(*) FROM quotes_fts_docsize").fetchone()
    (quotes,) = conn.execute("SELECT count(*) FROM quotes").fetchone()
    checks["index sizes"] = [
        said
        for said, wrong in (
            (f"full-text index holds {indexed} rows for {stored} articles", indexed != stored),
            (f"recent-articles index holds {recent} rows for {newest} articles", recent != newest),
            (f"quotation index holds {quoted} rows for {quotes} quotes", quoted != quotes),
        )
        if wrong
    ]
    checks["orphan rows"] = []
    for table, condition in _ORPHANS.items():
        (n,) = conn.execute(f"SELECT count(*) FROM {table} WHERE {condition}").fetchone()
        if n:
            checks["orphan rows"].append(f"{n} orphan rows in {table}")
    (n,) = conn.execute(f"SELECT count(*) FROM entities WHERE {_MISCOUNTED}").fetchone()
    checks["entity article counts"] = [f"{n} entities with a wrong article count"] if n else []
    return report


def repair(conn: sqlite3.Connection) -> list[str]:
    """Rebuild the indexes, drop orphan rows and recount entities' articles;
    returns what was done."""
    done = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for index, label in _INDEXES.items():
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
            done.append(f"rebuilt the {label}")
        for table, condition in _ORPHANS.items():
            n = conn.execute(f"DELETE FROM {table} WHERE {condition}").rowcount
            if n:
                done.append(f"removed {n} orphan rows from {table}")
        n = conn.execute(f"UPDATE entities SET articles = {_COUNTED} WHERE {_MISCOUNTED}").rowcount
        if n:
            done.append(f"recounted the articles of {n} entities")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return done


def backup(conn: sqlite3.Connection, destination: Path) -> None:
    """A consistent copy of the live database, safe while others use it."""
    target = sqlite3.connect(destination)
    try:
        conn.backup(target)
    finally:
        target.close()
