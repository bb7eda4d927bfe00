"""Two processes on one database: an import runs while a reader reads and writes.

The TUI is a Library in a thread of its own process; here the test process
plays it, doing what a user does while ``reader import`` runs next door.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import time

from db.errors import StoreError
from reader.library import Library
from tests.trust.conftest import env, make_collection, reader_command

FILES = 300


def test_reading_tagging_and_highlighting_while_an_import_runs(tmp_path):
    collection = make_collection(tmp_path / "articles", FILES)
    db = tmp_path / "r.db"
    Library(db).close()  # the TUI was open first, on an empty library
    importer = subprocess.Popen(
        reader_command(db, "import", str(collection)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    )
    seen, errors, writes = [], [], 0
    with Library(db) as library:
        while importer.poll() is None:
            try:
                seen.append(library.count_articles())
                library.search("harbour")
                library.find_entities("wahyuni")
                for row in library.articles(sort="added", limit=3):
                    library.add_tag(row.id, f"seen-{writes % 7}")
                    library.add_highlight(row.id, 0, 5, note="while importing")
                    library.set_read(row.id, writes % 2 == 0)
                    writes += 1
            except StoreError as error:  # `database is locked` would land here
                errors.append(str(error))
            time.sleep(0.01)
        stderr = importer.stderr.read()
        assert importer.returncode == 0, stderr
        assert errors == []
        assert "locked" not in stderr and "busy" not in stderr and "Traceback" not in stderr
        # The reader saw the articles arrive while the import ran (a group of
        # them at a time, so how many steps it saw depends on the machine),
        # then all of them.
        assert any(0 < n < FILES for n in seen) and seen == sorted(seen)
        assert library.count_articles() == FILES
        assert writes >= 3  # some writes happened while the import ran
        assert [hit.name for hit in library.find_entities("wahyuni").hits][:1] == ["Sri Wahyuni"]
        assert library.check().healthy
        tagged = {name for name, _ in library.all_tags()}
        assert {f"seen-{n}" for n in range(min(writes, 7))} <= tagged


def _open(path: str, start: float, results) -> None:
    while time.time() < start:
        pass
    try:
        with Library(path) as library:
            library.count_articles()
        results.put("ok")
    except Exception as error:
        results.put(repr(error))


def test_processes_creating_the_same_new_database_at_once(tmp_path):
    """The TUI and an import started together on a library that does not exist yet.

    Each sees an empty file and starts the schema; the one that waits for the
    lock must not then fail on tables the other created, nor on switching
    the new file to WAL.
    """
    context = multiprocessing.get_context("fork")
    failures = []
    for attempt in range(6):
        path = str(tmp_path / f"new{attempt}.db")
        results = context.Queue()
        start = time.time() + 0.3
        workers = [context.Process(target=_open, args=(path, start, results)) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
        failures += [r for r in (results.get(timeout=5) for _ in workers) if r != "ok"]
        with Library(path) as library:
            assert library.check().healthy
    assert failures == []
