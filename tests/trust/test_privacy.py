"""Private by default: what reader writes is readable by its owner alone.

Run as a new user on a shared machine would: the CLI and the TUI in a
subprocess under umask 022 (which makes new files readable by everyone),
with a fresh home and data folder.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from db.store import Store
from tests.conftest import REPO, write
from tests.trust.conftest import env as base_env

ARTICLE = "Harbour workers strike\n\nWorkers at the harbour stopped work on Monday.\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(folder: Path) -> dict[str, int]:
    return {p.name: mode(p) for p in folder.iterdir()}


@pytest.fixture
def home(tmp_path) -> Path:
    """A home folder of its own, with nothing of reader's in it yet."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def home_env(home: Path) -> dict[str, str]:
    return {
        **base_env(),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }


def data_folder(home: Path) -> Path:
    return home / ".local" / "share" / "reader"


def reader(home: Path, *args: str) -> subprocess.CompletedProcess:
    """``reader ARGS`` as a user with umask 022 runs it."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=home_env(home),
        umask=0o022,
        timeout=120,
    )


def test_import_makes_the_data_folder_and_library_private(home, tmp_path):
    write(tmp_path / "articles", "strike.txt", ARTICLE)
    done = reader(home, "import", str(tmp_path / "articles"))
    assert done.returncode == 0, done.stderr
    folder = data_folder(home)
    assert mode(folder) == 0o700
    found = modes(folder)
    assert "reader.db" in found
    assert found == dict.fromkeys(found, 0o600)


# The TUI's entry point as `reader` runs it, drawn headless: Pilot instead
# of a terminal. It waits for the sample import, changes the theme (which
# writes the settings) and prints the mode of every file reader made while
# the app is still open, when the -wal and -shm files exist.
_FIRST_START = """
import json, os, stat, sys
from pathlib import Path
from reader.config import data_dir, default_db_path
from reader.ui import app as ui_app
from reader.ui.settings import default_settings_path

seen = {}

def headless(self):
    async def drive():
        async with self.run_test() as pilot:
            await self.workers.wait_for_complete()
            await pilot.pause()
            self.theme = "nord"
            await pilot.pause()
            for folder in (data_dir(), default_settings_path().parent):
                seen[str(folder)] = stat.S_IMODE(folder.stat().st_mode)
                for path in folder.iterdir():
                    seen[str(path)] = stat.S_IMODE(path.stat().st_mode)
            self.exit(0)
    import asyncio
    asyncio.run(drive())

ui_app.ReaderApp.run = headless
status = ui_app.run(default_db_path())
print(json.dumps(seen))
sys.exit(status)
"""


def test_the_first_start_of_the_tui_makes_everything_private(home):
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_START],
        capture_output=True,
        text=True,
        env=home_env(home),
        umask=0o022,
        timeout=180,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    data, config = data_folder(home), home / ".config" / "reader"
    assert seen[str(data)] == 0o700
    assert seen[str(config)] == 0o700
    files = {Path(p).name: m for p, m in seen.items() if p not in (str(data), str(config))}
    assert {"reader.db", "reader.db-wal", "reader.db-shm", "tui.json"} <= set(files)
    assert files == dict.fromkeys(files, 0o600)


def test_backup_and_export_files_are_private(home, tmp_path):
    write(tmp_path / "articles", "strike.txt", ARTICLE)
    assert reader(home, "import", str(tmp_path / "articles")).returncode == 0
    out = tmp_path / "out"
    out.mkdir()

    done = reader(home, "backup", str(out / "copy.db"))
    assert done.returncode == 0, done.stderr
    assert mode(out / "copy.db") == 0o600

    for fmt in ("json", "csv", "md"):
        target = out / f"articles.{fmt}"
        done = reader(home, "export", "articles", "--format", fmt, "--output", str(target))
        assert done.returncode == 0, done.stderr
        assert mode(target) == 0o600
        assert "Harbour workers strike" in target.read_text(encoding="utf-8")

    # An existing file is replaced by a private one, and nothing is left beside it.
    stale = out / "stale.csv"
    stale.write_text("old")
    stale.chmod(0o644)
    done = reader(home, "export", "articles", "--format", "csv", "-o", str(stale))
    assert done.returncode == 0, done.stderr
    assert mode(stale) == 0o600
    assert stale.read_text(encoding="utf-8").startswith("id,title")
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.csv",
        "articles.json",
        "articles.md",
        "copy.db",
        "stale.csv",
    ]


def test_export_to_a_place_it_cannot_write_is_one_line(home, tmp_path):
    from tests.trust.conftest import assert_one_line_error

    write(tmp_path / "articles", "strike.txt", ARTICLE)
    assert reader(home, "import", str(tmp_path / "articles")).returncode == 0
    assert_one_line_error(reader(home, "export", "articles", "-o", str(tmp_path)), "is a folder")
    assert_one_line_error(
        reader(home, "export", "articles", "-o", str(tmp_path / "no" / "x.csv")),
        "does not exist",
    )
    library = data_folder(home) / "reader.db"
    assert_one_line_error(reader(home, "export", "articles", "-o", str(library)), "the library")
    assert reader(home, "stats").returncode == 0


def _older_library(path: Path) -> sqlite3.Connection:
    """A library as an older reader left it: folder 0755, files 0644, and a
    connection held open so that its -wal and -shm files stay."""
    path.parent.mkdir(parents=True)
    path.parent.chmod(0o755)
    with Store(path) as store:
        store.conn.execute(
            "INSERT INTO saved_searches (name, query, created_at) VALUES ('mine', 'harbour', 'now')"
        )
    path.chmod(0o644)
    held = sqlite3.connect(path)
    held.execute(
        "INSERT INTO saved_searches (name, query, created_at) VALUES ('more', 'strike', 'now')"
    )
    held.commit()
    for end in ("-wal", "-shm"):
        path.with_name(path.name + end).chmod(0o644)
    return held


def test_an_older_library_in_the_data_folder_is_tightened_on_open(home):
    db = data_folder(home) / "reader.db"
    held = _older_library(db)
    try:
        done = reader(home, "saved")
        assert done.returncode == 0, done.stderr
        assert "mine" in done.stdout and "more" in done.stdout
        assert mode(db.parent) == 0o700
        found = modes(db.parent)
        assert {"reader.db", "reader.db-wal", "reader.db-shm"} <= set(found)
        assert found == dict.fromkeys(found, 0o600)
    finally:
        held.close()
    done = reader(home, "doctor")
    assert "permissions: private" in done.stdout, done.stdout


def test_a_library_elsewhere_is_reported_by_doctor_and_left_as_it_is(home, tmp_path):
    db = tmp_path / "shared" / "team.db"
    _older_library(db).close()
    before = {**modes(db.parent), ".": mode(db.parent)}

    write(tmp_path / "articles", "strike.txt", ARTICLE)
    assert reader(home, "--db", str(db), "import", str(tmp_path / "articles")).returncode == 0
    done = reader(home, "--db", str(db), "doctor")
    assert done.returncode == 0, done.stdout + done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("permissions:")]
    assert f"{db} -rw-r--r--" in line
    assert "leaves it as it is" in line
    assert {**modes(db.parent), ".": mode(db.parent)} == before

    # The advice works as printed.
    command = line.split("to make it private: ", 1)[1]
    subprocess.run(command, shell=True, check=True)
    assert mode(db) == 0o600
    done = reader(home, "--db", str(db), "doctor")
    assert "permissions: private" in done.stdout, done.stdout


def test_tightening_keeps_the_owner_bits(monkeypatch, tmp_path):
    """A library made read-only on purpose stays read-only: only the group's
    and others' bits go."""
    from reader.library import Library

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    db = tmp_path / "reader" / "reader.db"
    _older_library(db).close()
    db.chmod(0o444)
    try:
        with Library(db) as library:
            assert library.read_only or os.geteuid() == 0
        assert mode(db) == 0o400
    finally:
        db.chmod(0o600)


def test_a_link_in_the_data_folder_to_a_library_elsewhere_is_not_touched(monkeypatch, tmp_path):
    from reader.library import Library

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    elsewhere = tmp_path / "shared" / "team.db"
    _older_library(elsewhere).close()
    (tmp_path / "data" / "reader").mkdir(parents=True)
    link = tmp_path / "data" / "reader" / "reader.db"
    link.symlink_to(elsewhere)
    with Library(link):
        pass
    assert mode(elsewhere) == 0o644
    assert mode(elsewhere.parent) == 0o755
