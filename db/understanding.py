"""The queue of an import's second phase: articles stored and searchable
whose names, quotes and speakers are still to come.

Any process may work through it (an import, a background run started by
``reader import --no-wait`` or the TUI): each claims a batch of one language
group under its process id and the time, works on it outside any
transaction, and swaps the results in with ``db.writer.write_understanding``,
which takes an article off the queue only if the claim is still the one it
made, and marks the claimant's other claims as still at work. A claim whose
process has gone (a crash, a kill) and that nobody has been at work on for
``GONE_AFTER_S``, or for ``LEASE_S`` whatever its process, is taken up by the
next claimant, so the work resumes where it
stopped; an article queued again meanwhile (its file changed) drops the
stale result.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Collection, Iterable
from typing import NamedTuple

# A claim its claimant has not been at work on for this long is taken over
# even if a process of that id is alive (the id reused by another program):
# a group of articles is stored every second or so, and loading a language's
# analyser before the first takes a few seconds.
LEASE_S = 60.0
# A claim is taken over from a process that seems gone only once it has not
# been at work for this long: a process in another container sharing the
# folder seems gone to this one (its id is not ours to see), yet says it is
# at work after every group it stores.
GONE_AFTER_S = 20.0


class Claim(NamedTuple):
    """Who holds a batch: the process and the time it claimed it."""

    pid: int
    at: float


class Queued(NamedTuple):
    """A claimed article, with what the second phase reads of it."""

    id: int
    text: str
    lang: str
    source: str | None
    paragraphs: list[tuple[int, int]]
    restructure: bool
    # The fields its file stated, which a restructure keeps (``articles.given``),
    # with the user's edits over them (``articles.edited``).
    given: dict[str, str]


_ENQUEUE = (
    "INSERT INTO understanding_queue (article_id, lang, restructure) VALUES (?, ?, ?)"
    " ON CONFLICT (article_id) DO UPDATE SET claimed_by = NULL, claimed_at = NULL,"
    " seen_at = NULL, lang = excluded.lang,"
    " restructure = max(restructure, excluded.restructure)"
)


def enqueue(conn: sqlite3.Connection, articles: Iterable[tuple[int, str]]) -> None:
    """Queue articles, given as (id, language), for understanding; one
    already queued is queued afresh (a claim on it no longer counts).
    Inside the caller's transaction."""
    conn.executemany(_ENQUEUE, [(article_id, lang, 0) for article_id, lang in articles])


def enqueue_all(conn: sqlite3.Connection) -> None:
    """Queue every article to be worked out again, structure included
    (``reindex``)."""
    conn.execute(
        "INSERT INTO understanding_queue (article_id, lang, restructure)"
        " SELECT id, lang, 1 FROM articles WHERE true ON CONFLICT (article_id) DO UPDATE"
        " SET claimed_by = NULL, claimed_at = NULL, seen_at = NULL, restructure = 1"
    )


def pending(conn: sqlite3.Connection) -> int:
    """How many articles are not yet understood (claimed or not)."""
    return conn.execute("SELECT count(*) FROM understanding_queue").fetchone()[0]


def unclaimed_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many articles of each language are queued and not claimed."""
    return dict(
        conn.execute(
            "SELECT lang, count(*) FROM understanding_queue WHERE claimed_by IS NULL GROUP BY lang"
        )
    )


def is_pending(conn: sqlite3.Connection, article_id: int) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM understanding_queue WHERE article_id = ?", (article_id,)
        ).fetchone()
        is not None
    )


def claim(
    conn: sqlite3.Connection, limit: int, since: float, langs: Collection[str] | None = None
) -> tuple[Claim, list[Queued]]:
    """Claim up to ``limit`` articles for this process, a language at a
    time (only those in ``langs`` when given), inside the caller's write
    transaction.

    Claims of processes that seem gone and have not been at work for
    ``GONE_AFTER_S``, claims not at work for ``LEASE_S``, and this
    process's own claims made before ``since`` (a run it stopped), are free
    again first.
    """
    stamp = Claim(os.getpid(), time.time())
    _free_stale(conn, stamp, since)
    in_langs, params = "", [limit]
    if langs is not None:
        in_langs = f" AND lang IN ({', '.join('?' * len(langs))})"
        params = [*langs, limit]
    ids = [
        row
        for row in conn.execute(
            "SELECT article_id, restructure FROM understanding_queue"
            f" WHERE claimed_by IS NULL{in_langs} ORDER BY lang, article_id LIMIT ?",
            params,
        )
    ]
    conn.executemany(
        "UPDATE understanding_queue SET claimed_by = ?, claimed_at = ?, seen_at = ?"
        " WHERE article_id = ?",
        [(stamp.pid, stamp.at, stamp.at, article_id) for article_id, _ in ids],
    )
    queued = []
    for article_id, redo in ids:
        text, lang, source, paragraphs, given, edited = conn.execute(
            "SELECT reader_text(text_z), lang, source, paragraphs, given, edited FROM articles"
            " WHERE id = ?",
            (article_id,),
        ).fetchone()
        spans = [tuple(p) for p in json.loads(paragraphs)]
        # A user's edit wins over what the file stated (``db.edits``).
        stated = {**json.loads(given), **json.loads(edited)}
        queued.append(Queued(article_id, text, lang, source, spans, bool(redo), stated))
    return stamp, queued


def _free_stale(conn: sqlite3.Connection, stamp: Claim, since: float) -> None:
    holders = conn.execute(
        "SELECT claimed_by, max(seen_at) FROM understanding_queue"
        " WHERE claimed_by IS NOT NULL GROUP BY claimed_by"
    ).fetchall()
    stale = []
    for pid, seen in holders:
        idle = stamp.at - (seen or 0.0)
        if pid != stamp.pid and (idle > LEASE_S or (idle > GONE_AFTER_S and not _alive(pid))):
            stale.append(pid)
    conn.executemany(
        "UPDATE understanding_queue SET claimed_by = NULL, claimed_at = NULL, seen_at = NULL"
        " WHERE claimed_by = ?",
        [(pid,) for pid in stale],
    )
    conn.execute(
        "UPDATE understanding_queue SET claimed_by = NULL, claimed_at = NULL, seen_at = NULL"
        " WHERE claimed_by = ? AND claimed_at < ?",
        (stamp.pid, since),
    )


def still_at_work(conn: sqlite3.Connection, since: float) -> None:
    """Mark this process's claims made since ``since`` as still being worked
    on, inside the caller's transaction."""
    conn.execute(
        "UPDATE understanding_queue SET seen_at = ? WHERE claimed_by = ? AND claimed_at >= ?",
        (time.time(), os.getpid(), since),
    )


def release(conn: sqlite3.Connection, since: float) -> None:
    """Give back this process's claims made since ``since`` (a run that
    stops early), inside the caller's transaction."""
    conn.execute(
        "UPDATE understanding_queue SET claimed_by = NULL, claimed_at = NULL, seen_at = NULL"
        " WHERE claimed_by = ? AND claimed_at >= ?",
        (os.getpid(), since),
    )


def held(conn: sqlite3.Connection, article_ids: list[int], stamp: Claim) -> set[int]:
    """Those of the articles on which ``stamp`` is still the claim (they
    were not queued afresh, deleted or taken over since), asked once for a
    group the writer is about to store: no other process can change a
    claim while the writer holds the lock."""
    return {
        row[0]
        for row in conn.execute(
            "SELECT article_id FROM understanding_queue"
            " WHERE article_id IN (SELECT value FROM json_each(?))"
            " AND claimed_by = ? AND claimed_at = ?",
            (json.dumps(article_ids), stamp.pid, stamp.at),
        )
    }


def done_with(conn: sqlite3.Connection, article_ids: list[int]) -> None:
    """Take the articles off the queue (understood), in one statement."""
    conn.execute(
        "DELETE FROM understanding_queue WHERE article_id IN (SELECT value FROM json_each(?))",
        (json.dumps(article_ids),),
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True
