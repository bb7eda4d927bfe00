"""One long-lived Library for the fuzzy entity finder, shared under a lock.

``Library.find_entities`` keeps every entity name in memory once they are
loaded; opening a Library per keystroke would load them all again. So finder
workers (and the command palette) share this one, one thread at a time (the
store's connection allows use from another thread, never two at once).

Loading the names takes seconds at a million articles, so it never happens
under that lock: ``warm`` loads them on a connection of its own (the app
calls it after its first paint), and a keystroke before they are in is
answered from SQL (``find_entities(wait=False)``), which starts the load if
nothing has. When the entities change (every batch of the second phase
does), keystrokes are answered from the names loaded before until the new
ones are in, then from those.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reader.library import EntityLookup, Library


class EntityFinder:
    def __init__(self, db_path: Path | str) -> None:
        self.db_path = db_path
        self._library: Library | None = None
        self._lock = threading.Lock()
        # Held while the names load: one load at a time.
        self._loading = threading.Lock()

    def _opened(self) -> Library:
        """The shared Library, opened on first use; call under the lock."""
        if self._library is None:
            self._library = Library(self.db_path)
        return self._library

    def find(self, query: str, limit: int = 50) -> EntityLookup:
        with self._lock:
            library = self._opened()
            found = library.find_entities(query[:200], limit=limit, wait=False)
            ready = library.names_ready()
        if not ready and not self._loading.locked():
            threading.Thread(target=self.warm, name="finder-names", daemon=True).start()
        return found

    def warm(self) -> None:
        """Load the names (in this thread), unless a load is under way."""
        if not self._loading.acquire(blocking=False):
            return
        try:
            with Library(self.db_path) as library:
                library.load_names()
        finally:
            self._loading.release()

    def several_line(self, name: str, several: list[int]) -> str:
        """``Library.several_line``, for a lookup's ``several``."""
        with self._lock:
            return self._opened().several_line(name, several)

    def forget(self) -> None:
        """Close the shared Library (after an import: the names are loaded
        again when the store says they changed)."""
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None

    close = forget
