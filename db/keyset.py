"""A set of 64-bit keys kept on disk: memory stays flat however many.

An import remembers each row identity of a dataset, to reject a row that
repeats an earlier one and to tell, at the end, which rows stored before
the file no longer holds. In a Python ``set`` each key cost about 100 bytes
(the int, its slot, and a frozen copy at the end): a dataset of a million
rows held 100 MB for it, and ``python -m bench.datasets`` saw the import's
peak grow with the file (46 MB at 20 MB of CSV, 54 MB at 200). Here the
keys are in a private temporary SQLite file (deleted when it is closed),
of which SQLite keeps a bounded cache in memory.
"""

from __future__ import annotations

import sqlite3

# Pages of the scratch file kept in memory (the default is 2 MB; a million
# keys fill about 10 MB of pages, read back from the file system cache).
_CACHE_KIB = 256


class KeySet:
    """Signed 64-bit integers, added and looked up; ``close`` removes the file."""

    def __init__(self) -> None:
        # An empty name: a private temporary database on disk, never shared.
        self._conn = sqlite3.connect("", isolation_level=None)
        self._conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self._conn.execute("PRAGMA journal_mode = OFF")
        self._conn.execute("PRAGMA synchronous = OFF")
        self._conn.execute("CREATE TABLE keys (key INTEGER PRIMARY KEY)")
        # One transaction for the set's life: nothing here needs to outlive it.
        self._conn.execute("BEGIN")
        self._size = 0

    def add(self, key: int) -> bool:
        """Add ``key``; False when it was there already."""
        added = self._conn.execute("INSERT OR IGNORE INTO keys VALUES (?)", (key,)).rowcount
        self._size += added
        return added == 1

    def __contains__(self, key: int) -> bool:
        return self._conn.execute("SELECT 1 FROM keys WHERE key = ?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        return self._size

    def close(self) -> None:
        self._conn.close()
