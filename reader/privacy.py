"""Keeping what reader writes readable by its owner alone.

A journalist's library says what they are working on: which stories, which
people they follow, their highlights and notes. Under the usual umask (022)
every file would be readable by every other account on the machine, so in
reader's own data folder (``reader.config.data_dir``) the folder is 0700
and the library's files 0600, and a library an older version left open
there is tightened when it is opened. A library elsewhere (``--db``) may be
shared on purpose, like the read-only copies the README describes: it is
never chmod-ed, and ``reader doctor`` says how to tighten it (``describe``).
Files written on request (a backup, an export, the TUI's settings) are
created 0600 wherever they go.

SQLite creates a database's -wal and -shm files with the database file's
own mode, whatever the umask, so creating the database file 0600 before
SQLite first opens it keeps them private too.
"""

from __future__ import annotations

import os
import shlex
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from reader.config import data_dir

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
# The bits that let the file's group or any other account in.
_OTHERS = 0o077
# The files SQLite keeps beside a database, which hold its data too.
_COMPANIONS = ("-wal", "-shm", "-journal")


def in_data_dir(db_path: Path | str) -> bool:
    """Whether the library lives in reader's data folder, where reader owns
    the permissions (symlinks followed: a link there to a file elsewhere is
    elsewhere)."""
    if str(db_path) == ":memory:":
        return False
    return Path(db_path).resolve().parent == data_dir().resolve()


def _files(db_path: Path) -> list[Path]:
    """The library file and the SQLite files beside it that exist, regular files only."""
    found = []
    for path in [db_path, *(db_path.with_name(db_path.name + end) for end in _COMPANIONS)]:
        with suppress(OSError):
            if stat.S_ISREG(path.lstat().st_mode):
                found.append(path)
    return found


def make_folder(db_path: Path) -> None:
    """Create the library's folder if it is missing: 0700 when it is
    reader's data folder (its parents, and a folder elsewhere, as the umask
    makes them)."""
    folder = db_path.parent
    if not in_data_dir(db_path):
        folder.mkdir(parents=True, exist_ok=True)
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    make_private_folder(folder)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` 0700 whatever the umask; an existing one is left as it is."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        return
    os.chmod(folder, PRIVATE_FOLDER)


def secure_library(db_path: Path | str, create: bool) -> None:
    """Before a library in reader's data folder is opened: take the group's
    and others' bits off its folder and files (an older reader made them
    0755 and 0644; the owner's bits stay, so a file made read-only stays
    read-only), and create a missing database file 0600 when ``create``,
    so that SQLite makes its -wal and -shm files 0600 too.

    A file reader cannot chmod (another account's) is left for the open to
    deal with as it would have, and for ``reader doctor`` to report.
    """
    if not in_data_dir(db_path):
        return
    path = Path(db_path).resolve()
    if not path.parent.is_dir():
        return
    for target in [path.parent, *_files(path)]:
        with suppress(OSError):
            mode = stat.S_IMODE(target.stat().st_mode)
            if mode & _OTHERS:
                os.chmod(target, mode & ~_OTHERS)
    if create and not path.exists():
        with suppress(OSError):
            create_private(path)


def create_private(path: Path) -> None:
    """Create ``path`` empty and 0600 whatever the umask, for SQLite to
    fill; an existing file is an error (``FileExistsError``), never
    overwritten."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as a 0600 file, replacing what is there.

    The text goes to a temporary file beside it, renamed over ``path`` at
    the end, so that the file is private from its first byte and a reader
    of ``path`` sees the old file or the whole new one, never half.
    """
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            os.fchmod(fd, PRIVATE_FILE)
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def describe(db_path: Path | str) -> str:
    """One line for ``reader doctor``: whether other accounts can open the
    library and, if so, the command that stops them.

    The command names the database file (and reader's own folder) only:
    SQLite makes the -wal and -shm files with the database's mode, and they
    come and go with the processes that have it open (this one included),
    so naming them would fail once they are gone.
    """
    path = Path(db_path)
    mine = in_data_dir(path)
    loose = [p for p in [*([path.parent] if mine else []), path] if _open_to_others(p)]
    if not loose:
        return "permissions: private (only your account can open the library's files)"
    modes = ", ".join(f"{p} {stat.filemode(p.stat().st_mode)}" for p in loose)
    left = "" if mine else " (outside reader's data folder, so reader leaves it as it is)"
    command = "chmod go-rwx " + " ".join(shlex.quote(str(p)) for p in loose)
    return f"permissions: other accounts can open {modes}{left}; to make it private: {command}"


def _open_to_others(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & _OTHERS)
    except OSError:
        return False
