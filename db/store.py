"""The store: one database file, opened once, and what an import asks of it.

``Store`` composes the store's modules for the callers that hold one
connection: ``db.connection`` opens the file and runs transactions,
``db.writer`` writes imported articles, ``db.identity`` keeps entities
tidy. Reads take the connection that ``wrapped()`` gives to the read
modules (``db.articles``, ``db.search``, ``db.annotations``...), so that
whatever SQLite raises reaches the caller as a ``StorageError``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from db import articles, connection, recent, understanding
from db.records import ArticleRecord, Outcome, UnderstoodRecord
from db.understanding import Claim, Queued

# The writer, identity, common words, quote groups and the trash are
# imported by the methods that use them: a store opened to read (the TUI's
# first screen) needs none of them, and they were half of this module's
# import time, which the first paint waits for (``python -X importtime``).

__all__ = ["Outcome", "Store"]


class Store:
    """A reader database file.

    Opening a file creates it if needed and upgrades an older schema. A file
    that cannot be written, or whose folder cannot, is opened read-only
    instead and ``read_only`` says so (``read_only=True`` asks for that).
    """

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = Path(path) if str(path) != ":memory:" else path
        self.conn, self.read_only = connection.connect(self.path, read_only)

    def compact(self) -> None:
        """Return free pages to the file system (after a large import)."""
        with self.transaction() as conn:
            recent.optimize(conn)
        connection.compact(self.conn, self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (see ``db.connection.transaction``)."""
        with connection.transaction(self.conn, self.path) as conn:
            yield conn

    @contextmanager
    def wrapped(self) -> Iterator[sqlite3.Connection]:
        """The connection, for reads (and a repair) whose SQLite errors
        become the store's own (see ``db.connection.wrap_exceptions``)."""
        with connection.wrap_exceptions(self.path):
            yield self.conn

    @contextmanager
    def page_cache(self, mib: int) -> Iterator[None]:
        """SQLite's page cache at ``mib`` MiB for a while (its default is 2):
        the second phase's writer and name passes look up entities,
        aliases, mentions and version bands all over a large library, and
        each page not in the cache is read from the file again."""
        (old,) = self.conn.execute("PRAGMA cache_size").fetchone()
        self.conn.execute(f"PRAGMA cache_size = -{mib * 1024}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {old}")

    # -- articles -------------------------------------------------------

    def known_by_hash(self, content_hash: str) -> tuple[int, str | None, str] | None:
        with self.wrapped() as conn:
            return articles.known_by_hash(conn, content_hash)

    def is_deleted(self, path: str | None, content_hash: str | None) -> bool:
        """Whether this path or text was deleted from the library (``db.trash``)."""
        from db import trash

        with self.wrapped() as conn:
            return trash.is_deleted(conn, path, content_hash)

    def paths_under(self, prefix: str) -> Iterator[tuple[int, str]]:
        """The articles stored from one dataset's rows, read as iterated."""
        with self.wrapped() as conn:
            yield from articles.paths_under(conn, prefix)

    def title_and_path(self, article_id: int) -> tuple[str, str | None]:
        with self.wrapped() as conn:
            return articles.title_and_path(conn, article_id)

    def store_article(self, record: ArticleRecord) -> tuple[Outcome, int]:
        """Add ``record``, update the article at its path, or find it a duplicate,
        in one transaction (see ``db.writer.store_articles``)."""
        done: list[tuple[Outcome, int]] = []
        self.store_articles([record], done)
        return done[0]

    def store_articles(self, records: list[ArticleRecord], done: list[tuple[Outcome, int]]) -> None:
        """``store_article`` for a group of records, in one transaction.

        One commit per group instead of per file is what lets an import keep
        up with its workers: each commit writes the WAL and starts a new FTS5
        segment. A file is still never half-stored: the group is written
        whole or not at all. ``done`` receives each record's outcome, in
        order, so that a caller interrupted by Ctrl-C (which waits for the
        commit) still knows what was stored.
        """
        from db import writer

        with self.transaction() as conn:
            done.extend(writer.store_articles(conn, records))

    # -- the second phase ---------------------------------------------

    def claim_understanding(
        self, limit: int, since: float, langs: Collection[str] | None = None
    ) -> tuple[Claim, list[Queued]]:
        """Claim the next articles to understand (see ``db.understanding.claim``)."""
        with self.transaction() as conn:
            return understanding.claim(conn, limit, since, langs)

    def unclaimed_counts(self) -> dict[str, int]:
        with self.wrapped() as conn:
            return understanding.unclaimed_counts(conn)

    def release_understanding(self, since: float) -> None:
        with self.transaction() as conn:
            understanding.release(conn, since)

    def write_understanding(
        self, results: list[UnderstoodRecord], claim: Claim, since: float
    ) -> int:
        """Swap in what the second phase found for a group of articles, in
        one transaction (see ``db.writer.write_understanding``)."""
        from db import writer

        with self.transaction() as conn:
            return writer.write_understanding(conn, results, claim, since)

    def queue_everything(self) -> None:
        """Queue every article to be worked out again (``reindex``)."""
        with self.transaction() as conn:
            understanding.enqueue_all(conn)

    def pending(self) -> int:
        with self.wrapped() as conn:
            return understanding.pending(conn)

    # -- entities -------------------------------------------------------

    def merge_same_spellings(self) -> int:
        """Fold entities that share a spelling (see ``db.identity``), in one transaction."""
        from db import identity

        with self.transaction() as conn:
            return identity.merge_same_spellings(conn)

    def group_quote_backlog(self) -> int:
        """Group a batch of the quotations stored before quotations were
        grouped (schema 15), in one transaction; how many are left."""
        from db import quote_groups

        with self.transaction() as conn:
            return quote_groups.group_backlog(conn)

    def link_short_forms(self, state_words: Collection[str] = ()) -> int:
        """Fold entities known only by a short form into the one entity the
        collection uses it for (see ``db.identity``; ``state_words``, the
        languages' words for the state written after a body's name), in one
        transaction."""
        from db import identity

        with self.transaction() as conn:
            return identity.link_short_forms(conn, state_words)

    def mark_common_words(self) -> list[str]:
        """Mark the frequent entities that are common words (see
        ``db.common_words``), in one transaction; their names."""
        from db import common_words

        with self.transaction() as conn:
            return common_words.mark_common_words(conn)

    def drop_unused_entities(self) -> int:
        """Remove entities nothing mentions (see ``db.identity``), in one transaction."""
        from db import identity

        with self.transaction() as conn:
            return identity.drop_unused_entities(conn)
