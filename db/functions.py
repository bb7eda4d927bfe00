"""The SQL functions the schema's view and triggers call.

They live in Python, so every connection that reads the full-text index's
content or writes articles must register them first.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from db.cjk import index_text, word_text
from db.packing import unpack


def body_text(
    text_z: bytes | None, paragraphs: str | None, caption: str | None, byline: str | None
) -> str | None:
    """What the index holds of an article besides its title: the body
    paragraphs (the whole text when extraction found none), the photo
    caption and the byline, separated by blank lines."""
    text = unpack(text_z)
    spans = json.loads(paragraphs) if paragraphs else []
    if text is None:
        return None
    parts = [text[start:end] for start, end in spans] if spans else [text]
    return "\n\n".join([*parts, *(extra for extra in (caption, byline) if extra)])


def title_key(title: str | None) -> str | None:
    """A title as it sorts: accents and case folded away, so that `Àpropos`
    sorts with `apropos`, not after `Z`. An index holds these keys
    (schema 11), so the folding never changes: a new one is a new function."""
    if title is None:
        return None
    decomposed = unicodedata.normalize("NFKD", title)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Writing one article computes the same values several times over: the
# triggers of both full-text indexes (db/recent.py) each take the body's
# words and bigrams, and the body for each of those; the quotation index's
# triggers cut each of an article's quotations out of its whole text. The last few results
# are kept, which halves the Python work of storing an article; not those
# of a huge file, which would stay in memory as long as the connection.
_REPEATED = 8
_KEPT_UP_TO = 256 * 1024


def _remembering(function: Callable) -> Callable:
    remembered = lru_cache(_REPEATED)(function)

    def call(*args):
        if sum(len(arg) for arg in args if arg) > _KEPT_UP_TO:
            return function(*args)
        return remembered(*args)

    return call


def register_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("reader_body", 4, _remembering(body_text), deterministic=True)
    conn.create_function("reader_cjk", 1, _remembering(index_text), deterministic=True)
    conn.create_function("reader_text", 1, _remembering(unpack), deterministic=True)
    conn.create_function("reader_title_key", 1, title_key, deterministic=True)
    conn.create_function("reader_words", 1, _remembering(word_text), deterministic=True)
