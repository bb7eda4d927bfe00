"""One long-lived Library for the fuzzy entity finder, shared under a lock.

``Library.find_entities`` keeps every entity name in memory once they are
loaded; opening a Library per keystroke would load them all again. So finder
workers (and the command palette) share this one, one thread at a time (the
store's connection allows use from another thread, never two at once).

Loading the names takes seconds at a million articles, so it never happens
under that lock: ``warm`` loads them on a connection of its own (the app
calls it after its first paint), and a keystroke before they are in is
answered from SQL (``find_entities(wait=False)``), which starts the load if
none runs (one at a time; a failed one, logged, only after ``forget``). A
worker whose answer stays on screen (the quote screen's speaker filter) asks
``find(wait=True)``, which waits for the load outside the lock. When the entities change (every batch of the second phase
does), keystrokes are answered from the names loaded before until the new
ones are in, then from those.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from db.errors import StoreError
from reader.library import EntityLookup, Library

log = logging.getLogger(__name__)

# Loads ``find(wait=True)`` waits for at most: a load that read the names
# before a rename or merge is thrown away, so a waiter asks again; but during
# the second phase every batch changes the names, and a waiter that always
# asked again could wait for as long as the phase runs.
WAIT_LOADS = 3


class EntityFinder:
    def __init__(self, db_path: Path | str) -> None:
        self.db_path = db_path
        self._library: Library | None = None
        self._lock = threading.Lock()
        # Set under the lock while the names load: one load at a time, and a
        # keystroke during it starts no other; ``_loaded`` is told when it ends.
        self._loading = False
        self._loaded = threading.Condition(self._lock)
        # Set by ``warm`` during a load: the library changed meanwhile (the
        # app warms again after an import), so the names being read are out
        # of date; the load runs once more when it ends.
        self._again = False
        # Why the last load failed (a locked or damaged file): not tried
        # again at every keystroke, only after ``forget``.
        self.failed: Exception | None = None

    def _opened(self) -> Library:
        """The shared Library, opened on first use; call under the lock."""
        if self._library is None:
            self._library = Library(self.db_path)
        return self._library

    def find(self, query: str, limit: int = 50, *, wait: bool = False) -> EntityLookup:
        """The entities ``query`` may mean, at once: while the names load,
        the coarser answer (``find_entities(wait=False)``), and the load
        started if none runs. With ``wait`` (a worker's filter, which keeps
        its answer), the names are loaded first, outside the lock, so that a
        name found only through them is not missed for good; and loaded
        again when the load waited for read them before the entities changed
        (the user's rename or merge), up to ``WAIT_LOADS`` loads."""
        found, start = self._lookup(query, limit)
        for _ in range(WAIT_LOADS):
            if not wait or found.ready or self.failed is not None:
                break
            if start:
                self._load()
            else:
                with self._loaded:
                    self._loaded.wait_for(lambda: not self._loading)
            found, start = self._lookup(query, limit)
        # A load claimed is always run: else ``_loading`` would stay set.
        if start:
            threading.Thread(target=self._load, name="finder-names", daemon=True).start()
        return found

    def _lookup(self, query: str, limit: int) -> tuple[EntityLookup, bool]:
        """The answer now, and whether this caller is to load the names
        (claimed under the lock, so that two keystrokes start one load)."""
        with self._lock:
            found = self._opened().find_entities(query[:200], limit=limit, wait=False)
            start = not found.ready and not self._loading and self.failed is None
            self._loading = self._loading or start
        return found, start

    def warm(self) -> None:
        """Load the names (in this thread); during a load, have that load
        run once more when it ends (its names may predate a change)."""
        with self._lock:
            if self._loading:
                self._again = True
                return
            self._loading = True
        self._load()

    def _load(self) -> None:
        """Load the names, claimed by the caller (``_loading``), and again
        while ``warm`` asked for it during the load. A failure is logged and
        kept in ``failed``, not raised: in a plain thread it would be
        printed over the screen, and retried at every keystroke."""
        again = True
        try:
            while again:
                try:
                    with Library(self.db_path) as library:
                        library.load_names()
                except (StoreError, sqlite3.Error, OSError) as error:
                    log.warning("the entity finder's names did not load: %s", error)
                    with self._lock:
                        self.failed = error
                with self._lock:
                    again = self._again and self.failed is None
                    self._again = False
        finally:
            with self._loaded:
                self._loading = False
                self._loaded.notify_all()

    def several_line(self, name: str, several: list[int]) -> str:
        """``Library.several_line``, for a lookup's ``several``."""
        with self._lock:
            return self._opened().several_line(name, several)

    def forget(self) -> None:
        """Close the shared Library (after an import: the names are loaded
        again when the store says they changed), and try a failed load again."""
        with self._lock:
            self.failed = None
            if self._library is not None:
                self._library.close()
                self._library = None

    close = forget
