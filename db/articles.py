"""Reading articles back: lists, one article whole, what an import checks.

Every list is paged in SQL (``limit``/``offset`` or keyset), so callers read
only the rows they show. Writing them is ``db.writer``'s; the user's marks
on them are ``db.annotations``'.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from db.connection import snapshot
from db.errors import NotFoundError
from db.records import ArticleHighlight, ArticleMention, ArticleQuote, ArticleTag
from db.understanding import is_pending
from db.versions import group_members

SORTS = {
    # NULL dates sort last in a descending order, so the date index serves it.
    "date": "a.date DESC, a.id DESC",
    "title": "a.title_key, a.id",
    "added": "a.id DESC",
}


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What a list shows of an article."""

    id: int
    title: str
    path: str | None
    lang: str
    source: str | None
    date: str | None
    quote_count: int
    read: bool
    starred: bool
    tags: tuple[str, ...] = ()
    url: str | None = None  # as the file stated it (a page, a dataset, a metadata file)
    author: str | None = None
    # Its group of versions (db/versions.py): the group's first-imported
    # article's id (its own when alone), and how many articles it holds.
    group: int = 0
    versions: int = 1


@dataclass(slots=True)
class ArticleDetail:
    """One article with everything known about it."""

    row: ArticleRow
    text: str
    encoding: str
    caption: str | None
    byline: str | None
    paragraphs: list[tuple[int, int]]
    imported_at: str
    updated_at: str
    tags: list[ArticleTag] = field(default_factory=list)
    mentions: list[ArticleMention] = field(default_factory=list)
    quotes: list[ArticleQuote] = field(default_factory=list)
    highlights: list[ArticleHighlight] = field(default_factory=list)
    # False while the article waits for the second phase: its names and
    # quotes are still to come (or, after ``reindex``, to be renewed).
    understood: bool = True
    # The other versions of its story (db/versions.py), first-imported first.
    versions: list[ArticleRow] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.text[s:e] for s, e in self.paragraphs)


# The tags ride along as one string, joined by a unit separator (tag names
# are whitespace-normalised, so none can contain it).
_TAG_SEP = "\x1f"
_ROW_COLUMNS = (
    "a.id, a.title, a.path, a.lang, a.source, a.date, a.quote_count, a.read, a.starred,"
    " (SELECT group_concat(t.name, char(31)) FROM article_tags at"
    "  JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), a.url, a.author,"
    " (SELECT v.group_id || ' ' || (SELECT count(*) FROM version_groups w"
    "  WHERE w.group_id = v.group_id) FROM version_groups v WHERE v.article_id = a.id)"
)
_ROW_WIDTH = 13


def _row(values: tuple) -> ArticleRow:
    *head, read, starred, tags, url, author, group = values
    group_id, versions = map(int, group.split()) if group else (head[0], 1)
    return ArticleRow(
        *head,
        read=bool(read),
        starred=bool(starred),
        tags=tuple(sorted(tags.split(_TAG_SEP), key=str.casefold)) if tags else (),
        url=url,
        author=author,
        group=group_id,
        versions=versions,
    )


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles a list shows; every field that is set must hold."""

    lang: str | None = None
    tag: str | None = None
    entity_id: int | None = None
    speaker_id: int | None = None
    unread: bool = False
    starred: bool = False
    # These articles alone (what a search found, for an export).
    ids: tuple[int, ...] | None = None
    # A group of versions of one story shows once (db/versions.py): by its
    # first-imported article that the other fields let through.
    fold: bool = False
    # Imported after this mark, (imported_at, id): what is new since a
    # saved search or a followed entity was last opened (db/follows.py).
    imported_after: tuple[str, int] | None = None

    def sql(self) -> tuple[str, list[object]]:
        """A WHERE clause (or nothing) over ``articles a``, and its parameters."""
        clauses, params = self.conditions()
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def conditions(self, a: str = "a") -> tuple[list[str], list[object]]:
        """SQL conditions on the articles table under the alias ``a``."""
        clauses: list[str] = []
        params: list[object] = []
        if self.lang:
            clauses.append(f"({a}.lang = ? OR {a}.lang LIKE ?)")
            params += [self.lang, f"{self.lang}-%"]
        if self.tag:
            clauses.append(
                f"{a}.id IN (SELECT at.article_id FROM article_tags at"
                " JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)"
            )
            params.append(self.tag)
        if self.entity_id is not None:
            # A hidden entity filters nothing in (db/curation.py).
            clauses.append(
                f"{a}.id IN (SELECT article_id FROM mentions WHERE entity_id ="
                " (SELECT id FROM entities WHERE id = ? AND hidden = 0))"
            )
            params.append(self.entity_id)
        if self.speaker_id is not None:
            clauses.append(
                f"{a}.id IN (SELECT article_id FROM quotes WHERE speaker_entity_id ="
                " (SELECT id FROM entities WHERE id = ? AND hidden = 0))"
            )
            params.append(self.speaker_id)
        if self.unread:
            clauses.append(f"{a}.read = 0")
        if self.starred:
            clauses.append(f"{a}.starred = 1")
        if self.ids is not None:
            clauses.append(f"{a}.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(self.ids)))
        if self.fold:
            fold, fold_params = self._folded(a, clauses, params)
            clauses.append(fold)
            params += fold_params
        if self.imported_after is not None:
            at, after_id = self.imported_after
            clauses.append("(a.imported_at > ? OR (a.imported_at = ? AND a.id > ?))")
            params += [at, at, after_id]
        return clauses, params

    def _folded(self, a: str, clauses: list[str], params: list[object]) -> tuple[str, list]:
        """The condition that an article is the first-imported of its group
        that ``clauses`` let through. Without other conditions that is the
        group's first article: a look-up of the row's own group."""
        if not clauses:
            return (
                f"NOT EXISTS (SELECT 1 FROM version_groups v WHERE v.article_id = {a}.id"
                f" AND v.group_id < {a}.id)"
            ), []
        b = f"{a}_v"
        others, other_params = replace(self, fold=False).conditions(b)
        return (
            f"NOT EXISTS (SELECT 1 FROM version_groups v JOIN version_groups w"
            f" ON w.group_id = v.group_id AND w.article_id < v.article_id"
            f" JOIN articles {b} ON {b}.id = w.article_id"
            f" WHERE v.article_id = {a}.id AND {' AND '.join(others)})"
        ), other_params


def list_articles(
    conn: sqlite3.Connection,
    where: ArticleFilter = ArticleFilter(),
    *,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> list[ArticleRow]:
    """One page of articles, read straight from SQL."""
    clause, params = where.sql()
    sql = f"SELECT {_ROW_COLUMNS} FROM articles a{clause} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?"
    params += [-1 if limit is None else limit, offset]
    return [_row(r) for r in conn.execute(sql, params)]


def count_articles(conn: sqlite3.Connection, where: ArticleFilter = ArticleFilter()) -> int:
    if where == ArticleFilter(fold=True):
        # Every story once: the articles less the later versions, without
        # looking up each article's group (a million look-ups at 1M).
        return conn.execute(
            "SELECT (SELECT count(*) FROM articles)"
            " - (SELECT count(*) FROM version_groups WHERE article_id != group_id)"
        ).fetchone()[0]
    clause, params = where.sql()
    return conn.execute(f"SELECT count(*) FROM articles a{clause}", params).fetchone()[0]


def get_article(conn: sqlite3.Connection, article_id: int) -> ArticleDetail:
    with snapshot(conn):
        return _article(conn, article_id)


def _article(conn: sqlite3.Connection, article_id: int) -> ArticleDetail:
    found = conn.execute(
        f"SELECT {_ROW_COLUMNS}, reader_text(a.text_z), a.encoding, a.caption, a.byline, a.paragraphs,"
        " a.imported_at, a.updated_at FROM articles a WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if not found:
        raise NotFoundError(f"no article with id {article_id}")
    text, encoding, caption, byline, paragraphs, imported, updated = found[_ROW_WIDTH:]
    detail = ArticleDetail(
        row=_row(found[:_ROW_WIDTH]),
        text=text,
        encoding=encoding,
        caption=caption,
        byline=byline,
        paragraphs=[tuple(p) for p in json.loads(paragraphs)],
        imported_at=imported,
        updated_at=updated,
    )
    detail.tags = [
        ArticleTag(*row)
        for row in conn.execute(
            "SELECT t.name, at.origin FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            " WHERE at.article_id = ? ORDER BY t.name COLLATE NOCASE",
            (article_id,),
        )
    ]
    detail.mentions = [
        ArticleMention(*row)
        for row in conn.execute(
            "SELECT m.entity_id, e.name, e.type, m.start, m.end, m.role FROM mentions m"
            " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? AND e.hidden = 0"
            " ORDER BY m.start",
            (article_id,),
        )
    ]
    detail.quotes = [
        ArticleQuote(*row)
        for row in conn.execute(
            # A hidden entity's quotes show as unattributed (db/curation.py).
            "SELECT q.id, q.start, q.end, CASE WHEN e.hidden THEN NULL ELSE q.speaker END,"
            " CASE WHEN e.hidden THEN NULL ELSE q.speaker_entity_id END, q.cue,"
            " CASE WHEN e.hidden THEN NULL ELSE e.name END FROM quotes q"
            " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
            " WHERE q.article_id = ? ORDER BY q.start",
            (article_id,),
        )
    ]
    detail.highlights = [
        ArticleHighlight(*row)
        for row in conn.execute(
            "SELECT id, start, end, text, note FROM highlights WHERE article_id = ? ORDER BY start",
            (article_id,),
        )
    ]
    detail.understood = not is_pending(conn, article_id)
    detail.versions = [
        row for row in versions_of(conn, article_id, STORY_VERSIONS) if row.id != article_id
    ]
    return detail


# The other versions a story lists: the first-imported of a group that a
# wire story reprinted by every site may make thousands long, which made a
# story take 125 ms to open (p95, bench.run's synthetic collection).
STORY_VERSIONS = 200


def versions_of(
    conn: sqlite3.Connection, article_id: int, limit: int | None = None
) -> list[ArticleRow]:
    """Every article of the article's group of versions (the article
    alone when it has none), first-imported first; the first ``limit``
    of them (and the article) when given."""
    members = group_members(conn, article_id)
    if limit is not None:
        members = [*members[:limit], article_id]
    rows = list_articles(conn, ArticleFilter(ids=tuple(set(members))))
    return sorted(rows, key=lambda row: row.id)


def title_and_path(conn: sqlite3.Connection, article_id: int) -> tuple[str, str | None]:
    """An article's title and the path it was imported from (None when it
    came from no file), for naming it in a line; cheaper than ``get_article``."""
    found = conn.execute("SELECT title, path FROM articles WHERE id = ?", (article_id,)).fetchone()
    if not found:
        raise NotFoundError(f"no article with id {article_id}")
    return found


def known_by_hash(
    conn: sqlite3.Connection, content_hash: str
) -> tuple[int, str | None, str] | None:
    """The article whose text has this hash: its id, path and given
    fields as stored (JSON), to tell an unchanged file from a copy."""
    return conn.execute(
        "SELECT id, path, given FROM articles WHERE content_hash = ?", (content_hash,)
    ).fetchone()


def paths_under(conn: sqlite3.Connection, prefix: str) -> Iterator[tuple[int, str]]:
    """(id, path) of the articles whose path starts with ``prefix`` (the
    rows of one dataset), read through the path's index."""
    # The paths from prefix up to the prefix with its last character's
    # successor: a range, where LIKE would scan the table.
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    yield from conn.execute(
        "SELECT id, path FROM articles WHERE path >= ? AND path < ?", (prefix, upper)
    )


def stats(conn: sqlite3.Connection) -> dict:
    languages = dict(
        conn.execute("SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY count(*) DESC")
    )
    return {
        "articles": sum(languages.values()),
        # Every story once: its later versions left out (``count_articles``).
        "stories": count_articles(conn, ArticleFilter(fold=True)),
        "languages": languages,
        "entities": conn.execute("SELECT count(*) FROM entities").fetchone()[0],
        "quotes": conn.execute("SELECT count(*) FROM quotes").fetchone()[0],
        "tags": conn.execute("SELECT count(*) FROM tags").fetchone()[0],
        "pending": conn.execute("SELECT count(*) FROM understanding_queue").fetchone()[0],
    }


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
