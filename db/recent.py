"""The recent segment: a second full-text index over the newest articles.

A query that matches hundreds of thousands of articles is ranked within its
newest ``search.CANDIDATES`` matches, but FTS5's bm25 still counts every
match of every phrase in the whole index to weigh them, which at a million
articles costs 20-70 ms before a single row is scored. ``recent_fts`` holds
the same columns for the articles with ``id >= recent_floor.id`` (about the
newest ``RECENT``): when it alone has enough matches, the newest matches of
the whole collection are all in it, and ranking there counts a few percent
of the doclists instead. Its weights are those of recent news, which is
what the first page is about anyway.

Triggers keep it in step with ``articles``; ``trim`` raises the floor as
articles arrive. A floor never raised only makes the segment larger (and
search slower), never a result wrong.

The segment holds at most a ``SHARE``-th of the library, and nothing below
``RECENT_FROM`` articles: in a smaller library the whole index ranks
quickly anyway (it is what the segment falls back to), and a segment of
every article would be a second copy of the index, doubling its size and
the time to write it (a library of 20,000 articles was 3.0 times its text,
2.5 without the copy).
"""

from __future__ import annotations

import sqlite3

RECENT = 50_000
SHARE = 10
# Below this many articles the segment stays empty: the whole index ranks
# quickly enough there, and every article written to both indexes would
# cost an import a third of its writing time for nothing.
RECENT_FROM = 200_000


def trim(conn: sqlite3.Connection, adding: int = 0) -> None:
    """Drop the articles older than the newest ``RECENT`` ids, or the newest
    ``SHARE``-th of them when that is fewer, from the segment, counting the
    ``adding`` articles about to be inserted: raised before a group is
    written, the floor keeps out the articles of the group that would
    only be indexed and dropped again. Runs inside the caller's write
    transaction."""
    (floor,) = conn.execute("SELECT id FROM recent_floor").fetchone()
    (top,) = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()
    top += adding
    kept = min(RECENT, top // SHARE) if top >= RECENT_FROM else 0
    new_floor = top - kept + 1
    if new_floor <= floor:
        return
    # The values removed must be exactly those indexed, and the content view
    # computes them the way the triggers did.
    conn.execute(
        "INSERT INTO recent_fts(recent_fts, rowid, title, text, cjk_title, cjk_text)"
        " SELECT 'delete', id, title, text, cjk_title, cjk_text"
        " FROM recent_fts_content WHERE id < ?",
        (new_floor,),
    )
    conn.execute("UPDATE recent_floor SET id = ?", (new_floor,))


def optimize(conn: sqlite3.Connection) -> None:
    """Rewrite the segment without the articles ``trim`` dropped from it:
    FTS5 only marks them deleted, and their entries stay in the file until
    segments merge (at 1,900 real articles the segment took half the main
    index's size, holding a tenth of its articles). Runs inside the
    caller's write transaction, once after a large import."""
    conn.execute("INSERT INTO recent_fts(recent_fts) VALUES ('optimize')")
