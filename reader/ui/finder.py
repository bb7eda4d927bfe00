"""One long-lived Library for the fuzzy entity finder, shared under a lock.

``Library.find_entities`` keeps every entity name in memory after the first
call; opening a Library per keystroke would load them all again. So finder
workers (and the command palette) share this one, one thread at a time (the
store's connection allows use from another thread, never two at once).
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

    def _opened(self) -> Library:
        """The shared Library, opened on first use; call under the lock."""
        if self._library is None:
            self._library = Library(self.db_path)
        return self._library

    def find(self, query: str, limit: int = 50) -> EntityLookup:
        with self._lock:
            return self._opened().find_entities(query[:200], limit=limit)

    def several_line(self, name: str, several: list[int]) -> str:
        """``Library.several_line``, for a lookup's ``several``."""
        with self._lock:
            return self._opened().several_line(name, several)

    def forget(self) -> None:
        """Drop the cached names (after an import)."""
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None

    close = forget
