"""The SQL functions the schema's view and triggers call.

They live in Python, so every connection that reads the full-text index's
content or writes articles must register them first.
"""

from __future__ import annotations

import json
import sqlite3

from db.cjk import index_text, word_text
from db.packing import unpack


def body_text(text_z: bytes | None, paragraphs: str | None) -> str | None:
    """What the index holds of an article's text: its body paragraphs, joined
    by blank lines; the whole text when extraction found no paragraph."""
    text = unpack(text_z)
    spans = json.loads(paragraphs) if paragraphs else []
    if text is None or not spans:
        return text
    return "\n\n".join(text[start:end] for start, end in spans)


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("reader_body", 2, body_text, deterministic=True)
    conn.create_function("reader_cjk", 1, index_text, deterministic=True)
    conn.create_function("reader_text", 1, unpack, deterministic=True)
    conn.create_function("reader_words", 1, word_text, deterministic=True)
