"""What is new since the user last looked, for every saved search and
followed entity: the counts the CLI (``reader new``, ``saved --json``,
``follows``) and the TUI (the saved-search panel, the "new" view) show,
and what opening one marks seen. The marks and the counting are
``db.follows``'s; this joins them to searching.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from db import follows, saved, search
from db.articles import ArticleFilter
from db.follows import Mark
from db.query import parse as parse_query
from db.search import EntityResolver

# New articles are counted up to this many; more is said as "1,000+"
# (JSON gives NEW_BOUND + 1). Counting further reads a common word's whole
# list of new matches after a large import, and tells the user nothing
# more: with every article of 100,000 new, the 24 counts of
# bench/new_counts.py took 0.96 s counting to 10,000 each, 0.45 s to 1,000
# (warm; see bench/README.md).
NEW_BOUND = 1_000

SAVED = "saved"
ENTITY = "entity"


@dataclass(frozen=True, slots=True)
class NewCount:
    """One saved search (``key`` is its name) or followed entity (``key``
    is its id): how many articles are new since ``mark``."""

    kind: str
    name: str
    key: str | int
    query: str | None
    new: int
    last_opened: str | None
    mark: Mark

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "name": self.name,
            "new": self.new,
            "last_opened": self.last_opened,
        }


def needs_understanding(query: str) -> bool:
    """Whether a query's matches depend on the second phase (names, quotes)."""
    return any(f.field in {"entity", "speaker", "quote"} for f in parse_query(query).filters)


def count_saved(
    conn: sqlite3.Connection,
    query: str,
    mark: Mark,
    first: int | None,
    resolve: EntityResolver,
    bound: int,
) -> int:
    """How many articles after ``mark`` (ids from ``first``, None: there
    are none) the query finds."""
    if first is None:
        return 0
    return search.count(
        conn,
        query,
        resolve=resolve,
        narrow=ArticleFilter(imported_after=mark),
        bound=bound,
        from_id=first,
    )


def counts(
    conn: sqlite3.Connection,
    resolve: EntityResolver,
    kinds: tuple[str, ...] = (SAVED, ENTITY),
    bound: int = NEW_BOUND,
) -> list[NewCount]:
    """Every saved search, then every followed entity, with its new count."""
    firsts: dict[Mark, int | None] = {}

    def first(mark: Mark) -> int | None:
        # Marks are shared once ``reader new --seen`` has set them all.
        if mark not in firsts:
            firsts[mark] = follows.first_after(conn, mark)
        return firsts[mark]

    found: list[NewCount] = []
    if SAVED in kinds:
        for s in follows.saved_marks(conn):
            new = count_saved(conn, s.query, s.mark, first(s.mark), resolve, bound)
            found.append(NewCount(SAVED, s.name, s.name, s.query, new, s.last_opened, s.mark))
    if ENTITY in kinds:
        for f in follows.followed(conn):
            start = first(f.mark)
            new = (
                0
                if start is None
                else follows.count_mentioning(conn, f.entity_id, f.mark, start, bound)
            )
            found.append(NewCount(ENTITY, f.name, f.entity_id, None, new, f.last_opened, f.mark))
    return found


def seen_mark(conn: sqlite3.Connection, item: NewCount) -> Mark:
    """The mark ``item`` keeps if the user looks at it now (``db.follows``)."""
    query_needs = item.kind == ENTITY or needs_understanding(item.query or "")
    return follows.seen_mark(conn, query_needs)


def mark_opened(conn: sqlite3.Connection, item: NewCount, mark: Mark | None = None) -> None:
    """Remember that the user looked at ``item`` now, with ``mark`` when
    it was taken before what the user was shown was read."""
    mark = mark or seen_mark(conn, item)
    if item.kind == SAVED:
        follows.mark_saved_opened(conn, str(item.key), mark)
    else:
        follows.mark_entity_opened(conn, int(item.key), mark)


def mark_saved_created(conn: sqlite3.Connection, name: str) -> None:
    """A search saved now: what the library holds is seen. Its creation
    time alone was not a mark: an import in the same second (imported_at
    has seconds) was never new."""
    query = saved.get(conn, name)
    follows.mark_saved_seen(conn, name, follows.seen_mark(conn, needs_understanding(query)))


def mark_saved_opened(conn: sqlite3.Connection, name: str) -> None:
    """Remember that the user ran the saved search ``name`` now."""
    query = saved.get(conn, name)
    follows.mark_saved_opened(conn, name, follows.seen_mark(conn, needs_understanding(query)))


def new_ids(
    conn: sqlite3.Connection, item: NewCount, resolve: EntityResolver, limit: int
) -> list[int]:
    """The articles new for ``item`` since its mark, newest first."""
    first = follows.first_after(conn, item.mark)
    if first is None:
        return []
    since = ArticleFilter(imported_after=item.mark)
    if item.kind == SAVED:
        found = search.matching_ids(
            conn, item.query or "", resolve=resolve, narrow=since, from_id=first
        )
        return found[:limit]
    return follows.mentioning_after(conn, int(item.key), item.mark, first, limit)
