"""The queue of an import's second phase: articles stored and searchable
whose names, quotes and speakers are still to come.

Any process may work through it (an import, a TUI, a background run started
by ``reader import --no-wait``): each claims a batch under its process id and
the time, works on it outside any transaction, and swaps the results in with
``db.writer.write_understanding``, which takes an article off the queue only
if the claim is still the one it made. A claim whose process has gone (a
crash, a kill) is taken up by the next claimant, so the work resumes where
it stopped; an article queued again meanwhile (its file changed) drops the
stale result.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Collection, Iterable
from typing import NamedTuple

# A claim older than this is taken over even if its process seems alive (a
# process id reused after a reboot, another machine's process on a shared
# folder): a batch takes seconds, not minutes.
LEASE_S = 600.0


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
    # The fields its file stated, which a restructure keeps (``articles.given``).
    given: dict[str, str]


def enqueue(
    conn: sqlite3.Connection, article_ids: Iterable[int], restructure: bool = False
) -> None:
    """Queue articles for understanding; one already queued is queued
    afresh (a claim on it no longer counts). Inside the caller's transaction."""
    conn.executemany(
        "INSERT INTO understanding_queue (article_id, restructure) VALUES (?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET claimed_by = NULL, claimed_at = NULL,"
        " restructure = max(restructure, excluded.restructure)",
        [(article_id, int(restructure)) for article_id in article_ids],
    )


def enqueue_all(conn: sqlite3.Connection) -> int:
    """Queue every article to be worked out again, structure included
    (``reindex``); returns how many are queued."""
    conn.execute(
        "INSERT INTO understanding_queue (article_id, restructure) SELECT id, 1 FROM articles"
        " WHERE true ON CONFLICT (article_id) DO UPDATE SET claimed_by = NULL,"
        " claimed_at = NULL, restructure = 1"
    )
    return pending(conn)


def pending(conn: sqlite3.Connection) -> int:
    """How many articles are not yet understood (claimed or not)."""
    return conn.execute("SELECT count(*) FROM understanding_queue").fetchone()[0]


def unclaimed_languages(conn: sqlite3.Connection) -> list[str]:
    """The languages of the articles queued and not claimed."""
    return [
        lang
        for (lang,) in conn.execute(
            "SELECT DISTINCT a.lang FROM understanding_queue q JOIN articles a"
            " ON a.id = q.article_id WHERE q.claimed_by IS NULL"
        )
    ]


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
    """Claim up to ``limit`` articles for this process, oldest first, inside
    the caller's write transaction; only articles in ``langs`` when given.

    Claims of processes that are gone, claims older than ``LEASE_S``, and
    this process's own claims made before ``since`` (a run it stopped) are
    free again first.
    """
    stamp = Claim(os.getpid(), time.time())
    _free_stale(conn, stamp, since)
    in_langs, params = "", [limit]
    if langs is not None:
        in_langs = f" AND a.lang IN ({', '.join('?' * len(langs))})"
        params = [*langs, limit]
    rows = conn.execute(
        "SELECT q.article_id, reader_text(a.text_z), a.lang, a.source, a.paragraphs,"
        " q.restructure, a.given FROM understanding_queue q JOIN articles a ON a.id = q.article_id"
        f" WHERE q.claimed_by IS NULL{in_langs} ORDER BY q.article_id LIMIT ?",
        params,
    ).fetchall()
    conn.executemany(
        "UPDATE understanding_queue SET claimed_by = ?, claimed_at = ? WHERE article_id = ?",
        [(stamp.pid, stamp.at, row[0]) for row in rows],
    )
    queued = [
        Queued(
            id_,
            text,
            lang,
            source,
            [tuple(p) for p in json.loads(paragraphs)],
            bool(redo),
            json.loads(given),
        )
        for id_, text, lang, source, paragraphs, redo, given in rows
    ]
    return stamp, queued


def _free_stale(conn: sqlite3.Connection, stamp: Claim, since: float) -> None:
    holders = [
        pid
        for (pid,) in conn.execute(
            "SELECT DISTINCT claimed_by FROM understanding_queue WHERE claimed_by IS NOT NULL"
        )
    ]
    gone = [pid for pid in holders if pid != stamp.pid and not _alive(pid)]
    conn.executemany(
        "UPDATE understanding_queue SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = ?",
        [(pid,) for pid in gone],
    )
    conn.execute(
        "UPDATE understanding_queue SET claimed_by = NULL, claimed_at = NULL"
        " WHERE claimed_at < ? OR (claimed_by = ? AND claimed_at < ?)",
        (stamp.at - LEASE_S, stamp.pid, since),
    )


def release(conn: sqlite3.Connection, since: float) -> None:
    """Give back this process's claims made since ``since`` (a run that
    stops early), inside the caller's transaction."""
    conn.execute(
        "UPDATE understanding_queue SET claimed_by = NULL, claimed_at = NULL"
        " WHERE claimed_by = ? AND claimed_at >= ?",
        (os.getpid(), since),
    )


def holds(conn: sqlite3.Connection, article_id: int, stamp: Claim) -> bool:
    """Whether ``stamp`` is still the claim on the article (it was not
    queued afresh, deleted or taken over since)."""
    return (
        conn.execute(
            "SELECT 1 FROM understanding_queue"
            " WHERE article_id = ? AND claimed_by = ? AND claimed_at = ?",
            (article_id, stamp.pid, stamp.at),
        ).fetchone()
        is not None
    )


def done(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute("DELETE FROM understanding_queue WHERE article_id = ?", (article_id,))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True
