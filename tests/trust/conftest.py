"""Helpers for the trust tests: the CLI as a user runs it, and generated collections."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

_TEXT = """
    the harbour and of ferry to in is that for on with was said it by as at from port
    workers union wages rain minister quay warehouse pumps tuesday week officials
"""
WORDS = _TEXT.split()


def env() -> dict[str, str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    environment.pop("READER_DB", None)
    return environment


def reader_command(db: Path | str, *args: str) -> list[str]:
    return [sys.executable, "-m", "reader", "--db", str(db), *args]


needs_setpriv = pytest.mark.skipif(
    os.geteuid() == 0 and not shutil.which("setpriv"), reason="root without setpriv"
)


def run_unprivileged(db: Path | str, *args: str) -> subprocess.CompletedProcess:
    """``reader`` as a process that file permissions apply to: root runs it
    without the capabilities that override them (``setpriv``)."""
    command = reader_command(db, *args)
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, env=env(), timeout=60)


def run(db: Path | str, *args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """``reader --db DB ARGS`` in a subprocess, output as text."""
    return subprocess.run(
        reader_command(db, *args),
        capture_output=True,
        text=True,
        env=env(),
        timeout=timeout,
        **kwargs,
    )


def make_collection(folder: Path, count: int, seed: int = 0) -> Path:
    """``count`` small, distinct English articles (cheap to extract)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(60))
        (folder / f"a{n:04}.txt").write_text(
            f"Story number {n} from the harbour\n\n{body} {n}.\n\n"
            f'"We will reopen the port on day {n}," said Sri Wahyuni.\n',
            encoding="utf-8",
        )
    return folder


def assert_one_line_error(done: subprocess.CompletedProcess, *fragments: str) -> None:
    """Exit 2, one line on stderr naming what happened, no traceback."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    for fragment in fragments:
        assert fragment in done.stderr, done.stderr


def consistency_problems(db: Path) -> list[str]:
    """What a crash could have left half-done, checked with a plain connection."""
    from reader.library import Library

    problems = []
    conn = sqlite3.connect(db)
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            problems.append("sqlite integrity")
        if conn.execute("PRAGMA user_version").fetchone() == (0,):
            # Killed while the first schema step ran: that step is one
            # transaction, so nothing of it may be left; the next open makes it.
            tables = conn.execute("SELECT name FROM sqlite_master").fetchall()
            return problems + ([f"half a schema: {tables}"] if tables else [])
        half = conn.execute(
            "SELECT count(*) FROM articles a WHERE a.quote_count !="
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"
        ).fetchone()[0]
        if half:
            problems.append(f"{half} articles without their quotes")
        unmentioned = conn.execute(
            "SELECT count(*) FROM articles a WHERE a.quote_count > 0 AND NOT EXISTS"
            " (SELECT 1 FROM mentions m WHERE m.article_id = a.id)"
        ).fetchone()[0]
        if unmentioned:
            problems.append(f"{unmentioned} quoted articles without their entities")
    finally:
        conn.close()
    with Library(db) as library:
        problems += library.check().problems
    return problems
