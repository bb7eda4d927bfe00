"""Crash safety: an import killed at any moment leaves a whole database.

SIGKILL gives the import no chance to clean up, so whatever it leaves is
what a power cut or the OOM killer would leave. After each kill the file
must pass SQLite's and FTS5's own checks, hold no half-stored article, and
let the next import finish the job.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.importer import GROUP
from reader.library import Library
from tests.trust.conftest import consistency_problems, env, make_collection, reader_command

# Enough files that an import outlasts the moments the kills are drawn
# from: with 300, a faster import finished before a third of them often.
FILES = 600
KILLS = 20


@pytest.fixture(scope="module")
def collection(tmp_path_factory) -> Path:
    return make_collection(tmp_path_factory.mktemp("crash") / "articles", FILES)


def _start(command: list[str], sigint=signal.SIG_DFL) -> subprocess.Popen:
    """The command in its own process group, as a terminal starts it; SIGINT
    as the terminal leaves it (a shell script's background job ignores it,
    and so would this test run from one, without setting it)."""
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env(), "PYTHONUNBUFFERED": "1"},
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, sigint),
    )


def _live_in_group(pgid: int) -> list[str]:
    """Processes of the group that still run (zombies have let go of everything)."""
    live = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            live.append(stat[: stat.rindex(")") + 1])
    return live


def _wait_group_gone(pgid: int, seconds: float = 5.0) -> list[str]:
    deadline = time.monotonic() + seconds
    while (live := _live_in_group(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return live


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    with Library(db) as library:
        return library.count_articles()


def test_sigkill_at_random_moments_never_leaves_a_broken_database(tmp_path, collection):
    rng = random.Random(20240607)
    db_number = 0
    db = tmp_path / "r0.db"
    mid_import = 0
    for kill in range(KILLS):
        if _count(db) == FILES:
            db_number += 1
            db = tmp_path / f"r{db_number}.db"
        process = _start(reader_command(db, "import", str(collection)))
        if kill % 2:
            # Half the kills land after the first file is stored...
            process.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.3))
        else:
            # ...half anywhere from start-up on (opening, creating the schema).
            time.sleep(rng.uniform(0.05, 0.8))
        process.kill()
        process.wait()
        leftovers = _wait_group_gone(process.pid)
        _kill_group(process.pid)
        process.stdout.close()
        process.stderr.close()
        assert leftovers == [], f"kill {kill}: worker processes outlived the import"
        if db.exists():
            assert consistency_problems(db) == [], f"after kill {kill}"
            mid_import += 0 < _count(db) < FILES
    assert mid_import >= KILLS // 3, "too few kills landed while articles were being stored"

    _import_finishes(db, collection)


def _import_finishes(db: Path, collection: Path) -> None:
    """Importing the collection again stores every file, on a sound store."""
    finished = subprocess.run(
        reader_command(db, "import", str(collection)),
        capture_output=True,
        text=True,
        env=env(),
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr
    assert "0 rejected" in finished.stderr
    assert _count(db) == FILES
    assert consistency_problems(db) == []


def _interrupt_when_going(process: subprocess.Popen) -> None:
    for _ in range(3):
        assert process.stdout.readline().startswith("added")
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group


def test_ctrl_c_stops_cleanly_and_says_how_far_it_got(tmp_path, collection):
    db = tmp_path / "r.db"
    process = _start(reader_command(db, "import", str(collection)))
    _interrupt_when_going(process)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    [line] = [line for line in err.splitlines() if line.strip()]
    assert line.startswith("reader: interrupted after ") and f" of {FILES} files" in line
    done = int(line.split("after ")[1].split()[0])
    # Files are committed a group at a time: the group being reported when
    # Ctrl-C came is stored whole, though not every file of it was reported.
    assert 3 <= done <= _count(db) <= done + GROUP
    assert _count(db) < FILES
    assert _wait_group_gone(process.pid) == []
    assert consistency_problems(db) == []


@pytest.mark.parametrize("sigint", [signal.SIG_DFL, signal.SIG_IGN], ids=["terminal", "background"])
def test_sigterm_stops_like_ctrl_c_and_the_next_import_finishes(tmp_path, collection, sigint):
    """``kill``, ``timeout`` and service managers send SIGTERM to the import
    alone: it must wait for the group being stored, say how far it got and
    leave no warning from multiprocessing about the workers' semaphores;
    also when a script started it in the background, ignoring Ctrl-C."""
    db = tmp_path / "r.db"
    process = _start(reader_command(db, "import", str(collection)), sigint)
    for _ in range(3):
        assert process.stdout.readline().startswith("added")
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, err
    [line] = err.splitlines()  # nothing else: no traceback, no resource_tracker warning
    assert line.startswith("reader: terminated after ") and f" of {FILES} files" in line
    assert "run the import again" in line
    assert _wait_group_gone(process.pid) == []
    assert 3 <= _count(db) < FILES
    assert consistency_problems(db) == []  # PRAGMA integrity_check among them

    _import_finishes(db, collection)


SLOW_STORE = """
import sys, time
from db.store import Store
store_articles = Store.store_articles
def slow(self, records, done):
    time.sleep(0.02 * len(records))
    return store_articles(self, records, done)
Store.store_articles = slow
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_while_workers_wait_prints_no_worker_tracebacks(tmp_path, collection):
    """With storing slower than extraction the workers sit idle, waiting for
    work; a Ctrl-C that reaches them there must not print their tracebacks."""
    db = tmp_path / "r.db"
    process = _start([sys.executable, "-c", SLOW_STORE, "--db", str(db), "import", str(collection)])
    for _ in range(30):  # long enough for the workers to finish the first batch
        process.stdout.readline()
    _interrupt_when_going(process)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert _wait_group_gone(process.pid) == []
    assert consistency_problems(db) == []
