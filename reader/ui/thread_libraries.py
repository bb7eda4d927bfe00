"""One Library per thread for the TUI's workers, kept open between searches.

A sqlite connection belongs to the thread that opened it, so a thread
worker cannot use the app's own Library. Opening one per search cost a
connection, its schema check and the statement cache on every keystroke's
search. Textual runs thread workers on asyncio's default executor, whose
threads are reused, so each thread keeps the Library it opened first and
the next search on that thread starts at once.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reader.library import Library


class ThreadLibraries:
    """The Library of each thread that asks, opened on its first use."""

    def __init__(self, db_path: Path | str, read_only: bool) -> None:
        self.db_path = db_path
        self.read_only = read_only
        self._local = threading.local()
        self._opened: list[Library] = []
        self._lock = threading.Lock()

    def get(self) -> Library:
        """The calling thread's Library; only that thread may use it."""
        library = getattr(self._local, "library", None)
        if library is None:
            library = Library(self.db_path, read_only=self.read_only)
            self._local.library = library
            with self._lock:
                self._opened.append(library)
        return library

    def close(self) -> None:
        """Close every thread's Library (when the app ends)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for library in opened:
            library.close()
