"""The SQL functions the schema's view and triggers call.

They live in Python, so every connection that reads the full-text index's
content or writes articles must register them first.
"""

from __future__ import annotations

import sqlite3

from db.cjk import index_text, word_text
from db.packing import unpack


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("reader_cjk", 1, index_text, deterministic=True)
    conn.create_function("reader_text", 1, unpack, deterministic=True)
    conn.create_function("reader_words", 1, word_text, deterministic=True)
