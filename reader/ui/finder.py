"""One long-lived Library for the fuzzy entity finder, shared under a lock.

``Library.find_entities`` keeps every entity name in memory after the first
call; opening a Library per keystroke would load them all again. So finder
workers (and the command palette) share this one, one thread at a time (the
store's connection allows use from another thread, never two at once).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reader.library import EntityHit, Library


class EntityFinder:
    def __init__(self, db_path: Path | str) -> None:
        self.db_path = db_path
        self._library: Library | None = None
        self._lock = threading.Lock()

    def find(self, query: str, limit: int = 50) -> list[EntityHit]:
        with self._lock:
            if self._library is None:
                self._library = Library(self.db_path)
            return self._library.find_entities(query[:200], limit=limit)

    def forget(self) -> None:
        """Drop the cached names (after an import)."""
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None

    close = forget
