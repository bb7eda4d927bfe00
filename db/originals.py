"""The files articles came from, as kept in the store (schema version 11:
a web page's bytes, compressed), for showing when the file itself is gone."""

from __future__ import annotations

import sqlite3
import zlib


def stored_original(conn: sqlite3.Connection, article_id: int) -> tuple[str, bytes] | None:
    """The kind (``html``) and bytes of the file kept for the article, if any."""
    found = conn.execute(
        "SELECT kind, data_z FROM originals WHERE article_id = ?", (article_id,)
    ).fetchone()
    return (found[0], zlib.decompress(found[1])) if found else None
