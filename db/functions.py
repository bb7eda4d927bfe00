"""The SQL functions the schema's view and triggers call.

They live in Python, so every connection that reads the full-text index's
content or writes articles must register them first.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    if text is None:
        return None
    return joined_body(text, json.loads(paragraphs) if paragraphs else [], caption, byline)


def joined_body(text: str, spans: list, caption: str | None, byline: str | None) -> str:
    """``body_text`` of an article's text as it is, not yet packed."""
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


# Values worked out ahead, in another process: an import's workers compute
# what the insert triggers of an article would (its body, and the body's
# words and bigrams), which was a quarter of the one writer's time, and the
# writer lays them out here while it inserts (``worked_out``). Each is
# found only for exactly the arguments it was computed from, so a value
# missing or stale costs a computation, never a wrong index.
_AHEAD: dict[tuple, object] = {}
_MISSING = object()


@contextmanager
def worked_out(values: dict[tuple, object]) -> Iterator[None]:
    """Let the SQL functions answer ``(name, args)`` with the given values."""
    _AHEAD.update(values)
    try:
        yield
    finally:
        for key in values:
            _AHEAD.pop(key, None)


def body_values(
    text: str,
    spans: list,
    text_z: bytes,
    paragraphs: str,
    caption: str | None,
    byline: str | None,
) -> dict[tuple, object]:
    """What the triggers of an article's insert ask of its body, worked out
    for ``worked_out`` (see ``db.writer.prepare``) from the text and its
    paragraphs' ``spans`` at hand: ``text_z`` and ``paragraphs`` are the
    same, packed and as JSON, as the triggers will see them."""
    body = joined_body(text, spans, caption, byline)
    return {
        ("reader_body", (text_z, paragraphs, caption, byline)): body,
        ("reader_words", (body,)): word_text(body),
        ("reader_cjk", (body,)): index_text(body),
    }


def _remembering(name: str, function: Callable) -> Callable:
    remembered = lru_cache(_REPEATED)(function)

    def call(*args):
        if _AHEAD:
            found = _AHEAD.get((name, args), _MISSING)
            if found is not _MISSING:
                return found
        if sum(len(arg) for arg in args if arg) > _KEPT_UP_TO:
            return function(*args)
        return remembered(*args)

    return call


def register_functions(conn: sqlite3.Connection) -> None:
    for name, arity, function in (
        ("reader_body", 4, body_text),
        ("reader_cjk", 1, index_text),
        ("reader_text", 1, unpack),
        ("reader_words", 1, word_text),
    ):
        conn.create_function(name, arity, _remembering(name, function), deterministic=True)
    conn.create_function("reader_title_key", 1, title_key, deterministic=True)
    conn.create_function("reader_casefold", 1, str.casefold, deterministic=True)
