"""Common words the tagger took for names, found from the collection itself.

Among the entities in most articles, a one-word name that the collection's
articles write mostly in lower case mid-sentence is a word of the language
(``harapan``, hope, tagged at the head of a sentence as ``Harapan``), not a
name: it is marked ``common`` and leaves the lists (the finder, ``reader
entities``, who appears with an entity). Its articles are found through the
full-text index (which ignores case) and the word's writings counted in
their text. A name stays one when written so (``Wahyuni``), whatever its
count. Recomputed after each import and reindex, as the collection changes.
"""

from __future__ import annotations

import re
import sqlite3

from db.identity import bump_entities_version

# The entities looked at, by articles, and the articles read for each.
TOP = 100
SAMPLE = 60
# Text before a mid-sentence word: a letter, digit or comma and a space.
_MID = re.compile(r"[\w,;] $")


def _writings(texts: list[str], word: str) -> tuple[int, int]:
    """(lower case, capitalised) writings of ``word`` mid-sentence in ``texts``."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    lower = upper = 0
    for text in texts:
        for found in pattern.finditer(text):
            if not _MID.search(text[max(0, found.start() - 2) : found.start()]):
                continue  # a sentence's or a line's first word says nothing
            if found.group().islower():
                lower += 1
            else:
                upper += 1
    return lower, upper


def mark_common_words(conn: sqlite3.Connection) -> list[str]:
    """Mark which of the ``TOP`` entities are common words; return their
    names. Runs inside the caller's write transaction."""
    top = conn.execute(
        "SELECT id, name FROM entities WHERE hidden = 0 AND articles > 0"
        " ORDER BY articles DESC, id LIMIT ?",
        (TOP,),
    ).fetchall()
    common = []
    for entity_id, name in top:
        if " " in name or not name[:1].isupper() or not name.isalpha() or name.isupper():
            # Several words, a script without case, or an acronym, which is
            # not its lower-case word (`US`, `us`: 365 articles of the BBC).
            continue
        texts = [
            row[0]
            for row in conn.execute(
                "SELECT reader_text(a.text_z) FROM articles a WHERE a.id IN"
                " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                " ORDER BY rowid DESC LIMIT ?)",
                (f'"{name}"', SAMPLE),
            )
        ]
        lower, upper = _writings(texts, name)
        if lower > upper:
            common.append((entity_id, name))
    was = {row[0] for row in conn.execute("SELECT id FROM entities WHERE common = 1")}
    now = {entity_id for entity_id, _ in common}
    if was != now:
        conn.execute("UPDATE entities SET common = 0 WHERE common = 1")
        conn.executemany("UPDATE entities SET common = 1 WHERE id = ?", [(i,) for i in now])
        bump_entities_version(conn)
    return [name for _, name in common]
