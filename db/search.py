"""Full-text search over the store: ranked hits with exact snippets.

Ranking is FTS5's bm25 with the title weighted well above the text; ties go
to the newer article. A query of two or more words puts the articles that
hold them as an exact phrase first. Filters (``lang:``, ``tag:``,
``entity:``...) narrow the match in SQL; a query of filters alone lists the
matching articles newest first. A query is parsed by ``db.query`` and so can
never be a syntax error.

bm25 has to score every match before the best can be picked, which for a
common word in a million articles takes over a second. So a query that
matches more than ``CANDIDATES`` articles is ranked within its newest
``CANDIDATES`` matches (found cheaply: FTS5 walks a doclist in rowid order),
in the recent segment (``db.recent``) when those matches are all there, so
that bm25's weighing counts a few percent of the index (see ``_window``);
the older matches follow them, newest first. Every page stays fast however
common the words are, and paging never repeats or skips a hit.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Protocol

from db.articles import ArticleFilter
from db.highlight import Snippet, find_hits, iter_hits, snippet
from db.query import Filter, Query, QuoteMatch, Term, parse, quote_match
from db.quotes import DESCRIBED, described_pattern
from db.versions import groups_of

TITLE_WEIGHT = 10.0
TEXT_WEIGHT = 1.0
CANDIDATES = 4000
_WEIGHTS = f"{TITLE_WEIGHT}, {TEXT_WEIGHT}, {TITLE_WEIGHT}, {TEXT_WEIGHT}"


class EntityResolver(Protocol):
    """Turns an entity name typed in a query into the ids of the entities it
    names; the caller knows how names are normalised, the store does not.
    Called with ``speaker=True`` for a ``speaker:`` name: no ids then means
    the speakers described so (``DESCRIBED``)."""

    def __call__(self, name: str, *, speaker: bool = False) -> list[int]: ...


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    title: str
    path: str | None
    lang: str
    source: str | None
    date: str | None
    score: float
    snippet: Snippet
    title_hits: tuple[tuple[int, int], ...]
    url: str | None = None
    author: str | None = None
    # The quotation a ``quote:`` filter found (start, end in the text):
    # the snippet shows it and the story opens at it.
    quote: tuple[int, int] | None = None
    # Its group of versions (db/versions.py): the first-imported article's
    # id (its own when alone) and how many articles the group holds.
    group: int = 0
    versions: int = 1


# The articles holding a quotation that a quote: filter matches.
_QUOTED = (
    "a.id IN (SELECT article_id FROM quotes"
    " WHERE id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?))"
)


def _filter_sql(
    f: Filter, resolve: EntityResolver | None, from_id: int = 0
) -> tuple[str, list[object]]:
    """One filter as an SQL condition on ``articles a``; an entity's or a
    speaker's articles are gathered from id ``from_id`` on only (what is
    new, ``count``): at 100,000 articles, a name in a tenth of them took
    125 ms to gather whole, 1 ms from the first new article."""
    if f.field == "lang":
        return "(a.lang = ? OR a.lang LIKE ?)", [f.value, f"{f.value}-%"]
    if f.field == "source":
        return "a.source LIKE ?", [f"%{f.value}%"]
    if f.field == "is":
        return {
            "read": ("a.read = 1", []),
            "unread": ("a.read = 0", []),
            "starred": ("a.starred = 1", []),
        }[f.value]
    if f.field == "tag":
        return (
            "a.id IN (SELECT at.article_id FROM article_tags at"
            " JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)",
            [f.value],
        )
    if f.field == "quote":
        return _QUOTED, [quote_match(f.value).every]
    if f.field == "date":
        start, end = f.date_range()
        clauses, params = [], []
        if start:
            clauses.append("a.date >= ?")
            params.append(start)
        if end:
            clauses.append("substr(a.date, 1, ?) <= ?")
            params += [len(end), end]
        return " AND ".join(clauses) or "1", params
    ids = (
        (resolve(f.value, speaker=True) if f.field == "speaker" else resolve(f.value))
        if resolve
        else []
    )
    since = ""
    if f.field == "speaker" and not ids:
        # A name that is no entity: the quotations whose speaker is a
        # description holding it (``speaker:jaksa``), as ``quotes --speaker``.
        described = [described_pattern(f.value)]
        if from_id:
            since, described = " AND q.article_id >= ?", [*described, from_id]
        return f"a.id IN (SELECT q.article_id FROM quotes q WHERE {DESCRIBED}{since})", described
    marks = ", ".join("?" * len(ids)) or "NULL"
    if from_id:
        since = " AND article_id >= ?"
        ids = [*ids, from_id]
    if f.field == "entity":
        return (
            f"a.id IN (SELECT article_id FROM mentions WHERE entity_id IN ({marks}){since})",
            ids,
        )
    return (
        f"a.id IN (SELECT article_id FROM quotes WHERE speaker_entity_id IN ({marks}){since})",
        ids,
    )


def _where(
    query: Query,
    resolve: EntityResolver | None,
    narrow: ArticleFilter | None = None,
    from_id: int = 0,
) -> tuple[str, list[object]]:
    """SQL conditions for the query's filters and, without words, its exclusions.

    Filters on one field are alternatives (``lang:id lang:en``); different
    fields must all hold; a negated filter must not. ``narrow`` adds the
    filters a user chose outside the query (the TUI's chips).
    """
    # A search folds versions itself, by rank (``_folded``).
    clauses, params = replace(narrow, fold=False).conditions() if narrow else ([], [])
    fields = dict.fromkeys((f.field, f.negated) for f in query.filters)
    for name, negated in fields:
        alternatives = [
            _filter_sql(f, resolve, from_id)
            for f in query.filters
            if (f.field, f.negated) == (name, negated)
        ]
        condition = " OR ".join(f"({sql})" for sql, _ in alternatives)
        clauses.append(f"NOT ({condition})" if negated else f"({condition})")
        params += [p for _, ps in alternatives for p in ps]
    if not query.groups:
        for term in query.excluded:
            clauses.append(
                "a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            )
            params.append(term.fts())
    return "".join(f" AND {c}" for c in clauses), params


def count(
    conn: sqlite3.Connection,
    text: str,
    resolve: EntityResolver | None = None,
    narrow: ArticleFilter | None = None,
    bound: int | None = None,
    fold: bool = False,
    from_id: int = 0,
) -> int:
    """How many articles match ``text`` (with ``fold``, how many groups of
    versions); counting no further than ``bound`` + 1 matches when given
    (a common word's exact count in a million articles takes a second,
    and "more than 4,000" says enough). Only articles from id ``from_id``
    on are looked at: the index walks no further back (what is new since a
    mark, ``db.follows``)."""
    query = parse(text)
    expression = query.fts()
    where, params = _where(query, resolve, narrow, from_id)
    found = (
        "coalesce((SELECT group_id FROM version_groups WHERE article_id = a.id), a.id)"
        if fold
        else "a.id"
    )
    if expression is None:
        if not query.filters and not where:
            return 0
        sql = f"SELECT {found} AS found FROM articles a WHERE 1{where}"
        if from_id:
            sql += " AND a.id >= ?"
            params = [*params, from_id]
    else:
        sql = (
            f"SELECT {found} AS found FROM articles_fts JOIN articles a"
            f" ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?{where}"
        )
        params = [expression, *params]
        if from_id:
            sql += " AND articles_fts.rowid >= ?"
            params.append(from_id)
    if bound is not None:
        sql += " LIMIT ?"
        params = [*params, bound + 1]
    return conn.execute(f"SELECT count(DISTINCT found) FROM ({sql})", params).fetchone()[0]


def matching_ids(
    conn: sqlite3.Connection,
    text: str,
    resolve: EntityResolver | None = None,
    narrow: ArticleFilter | None = None,
    from_id: int = 0,
) -> list[int]:
    """Every article ``text`` finds, newest first, unranked: what an
    export of a search's articles (or their quotes...) reads; from id
    ``from_id`` on only, as ``count``."""
    query = parse(text)
    expression = query.fts()
    where, params = _where(query, resolve, narrow, from_id)
    if expression is None:
        if not query.filters and not where:
            return []
        sql = f"SELECT a.id FROM articles a WHERE a.id >= ?{where}"
        params = [from_id, *params]
    else:
        sql = (
            "SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? AND articles_fts.rowid >= ?{where}"
        )
        params = [expression, from_id, *params]
    return [row[0] for row in conn.execute(f"{sql} ORDER BY a.date DESC, a.id DESC", params)]


_COLUMNS = (
    "a.id, a.title, a.path, a.lang, a.source, a.date, reader_text(a.text_z), a.paragraphs,"
    " a.url, a.author"
)


def _newest(
    conn: sqlite3.Connection, table: str, expression: str, where: str, params: list
) -> int | None:
    """The rowid of the ``CANDIDATES``-th newest match in ``table``, None
    when it has fewer."""
    join = f" JOIN articles a ON a.id = {table}.rowid" if where else ""
    row = conn.execute(
        f"SELECT {table}.rowid FROM {table}{join} WHERE {table} MATCH ?{where}"
        f" ORDER BY {table}.rowid DESC LIMIT 1 OFFSET ?",
        [expression, *params, CANDIDATES - 1],
    ).fetchone()
    return row[0] if row else None


def _window(
    conn: sqlite3.Connection, expression: str, where: str, params: list
) -> tuple[str, int | None]:
    """The index to rank in, and the rowid from which the matches are the
    newest ``CANDIDATES`` (None when there are fewer: every match is one).

    The candidates are found in the recent segment when it holds that many,
    so that bm25's weighing there counts a few percent of the index.
    """
    floor = _newest(conn, "recent_fts", expression, where, params)
    if floor is not None:
        return "recent_fts", floor
    return "articles_fts", _newest(conn, "articles_fts", expression, where, params)


def _ranked(
    conn: sqlite3.Connection,
    table: str,
    expression: str,
    where: str,
    params: list,
    limit: int,
    offset: int = 0,
) -> list[tuple[int, float]]:
    """(article id, bm25 score) of one page of matches in ``table``, best first.

    Only ids and scores go through the sort; the articles' text is read
    afterwards for the page alone.
    """
    return conn.execute(
        f"SELECT {table}.rowid, bm25({table}, {_WEIGHTS}) AS score"
        f" FROM {table} JOIN articles a ON a.id = {table}.rowid"
        f" WHERE {table} MATCH ?{where}"
        " ORDER BY score, a.date DESC, a.id DESC LIMIT ? OFFSET ?",
        [expression, *params, limit, offset],
    ).fetchall()


def _page(
    conn: sqlite3.Connection, query: Query, where: str, params: list, limit: int, offset: int
) -> list[tuple[int, float]]:
    """(article id, score) of the page asked for, best first."""
    expression = query.fts()
    if expression is None:
        first, first_params = _phrase_quoted_first(query)
        return conn.execute(
            f"SELECT a.id, 0.0 FROM articles a WHERE 1{where}"
            f" ORDER BY {first}a.date DESC, a.id DESC LIMIT ? OFFSET ?",
            [*params, *first_params, limit, offset],
        ).fetchall()
    wanted = offset + limit
    table, floor = _window(conn, expression, where, params)
    if floor is None:
        return _best(conn, query, table, where, params, offset, wanted)
    page = []
    if offset < CANDIDATES:
        bounded = f"{where} AND {table}.rowid >= ?"
        page = _best(conn, query, table, bounded, [*params, floor], offset, min(wanted, CANDIDATES))
    if wanted > CANDIDATES:
        # Past the candidates, the older matches follow, newest first: a
        # page there costs what the first one does, and the pages before it
        # are not ranked again in another order. CROSS JOIN keeps the
        # index's doclist the outer loop: left to the planner, a deep OFFSET
        # walked the articles and took seconds.
        join = " CROSS JOIN articles a ON a.id = articles_fts.rowid" if where else ""
        page += conn.execute(
            f"SELECT articles_fts.rowid, bm25(articles_fts, {_WEIGHTS}) FROM articles_fts{join}"
            f" WHERE articles_fts MATCH ?{where} AND articles_fts.rowid < ?"
            " ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?",
            [
                expression,
                *params,
                floor,
                wanted - max(offset, CANDIDATES),
                max(offset - CANDIDATES, 0),
            ],
        ).fetchall()
    return page


def _phrase_quoted_first(query: Query) -> tuple[str, list[object]]:
    """An ORDER BY term that puts first the articles quoting the words of
    the query's ``quote:`` filters as an exact phrase (several words only)."""
    phrases = [m.phrase for v in query.values("quote") if (m := quote_match(v)) and m.phrase]
    if not phrases:
        return "", []
    return " AND ".join([_QUOTED] * len(phrases)) + " DESC, ", phrases


def _best(
    conn: sqlite3.Connection,
    query: Query,
    table: str,
    where: str,
    params: list,
    start: int,
    end: int,
) -> list[tuple[int, float]]:
    """Hits ``start`` to ``end`` of the matches ranked by bm25, the
    exact-phrase matches of a query of several words first."""
    expression = query.fts()
    phrase = query.phrase()
    if phrase is None:
        return _ranked(conn, table, expression, where, params, end - start, start)
    first = _ranked(conn, table, f"({expression}) AND {phrase.fts()}", where, params, end)
    seen = {id_ for id_, _ in first}
    rest = [
        row
        for row in _ranked(conn, table, expression, where, params, end + len(first))
        if row[0] not in seen
    ]
    return (first + rest)[start:end]


def search(
    conn: sqlite3.Connection,
    text: str,
    *,
    limit: int = 50,
    offset: int = 0,
    resolve: EntityResolver | None = None,
    narrow: ArticleFilter | None = None,
    fold: bool = False,
) -> list[SearchHit]:
    """The best ``limit`` articles for the query ``text``, best first; with
    ``fold``, a group of versions of one story once, by its best hit."""
    query = parse(text)
    where, params = _where(query, resolve, narrow)
    if query.fts() is None and not query.filters and not where:
        return []
    if fold:
        page, groups = _folded(conn, query, where, params, limit, offset)
    else:
        page = _page(conn, query, where, params, limit, offset)
        groups = groups_of(conn, [i for i, _ in page])
    if not page:
        return []
    sizes = _sizes(conn, set(groups.values()))
    quoted = [m for v in query.values("quote") if (m := quote_match(v))]
    quotations = _quotations(conn, [i for i, _ in page]) if quoted else {}
    marks = ", ".join("?" * len(page))
    rows = {
        row[0]: row
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM articles a WHERE a.id IN ({marks})", [i for i, _ in page]
        )
    }
    hits = []
    for article_id, score in page:
        _, title, path, lang, source, date, body, paragraphs, url, author = rows[article_id]
        spans = json.loads(paragraphs)
        body_start = spans[0][0] if spans else 0
        found = snippet(body, iter_hits(body, query.terms, body_start), body_start)
        quote = _found_quote(body, quotations.get(article_id, []), quoted[0]) if quoted else None
        if quote is not None and not query.terms:
            found = snippet(body, _quote_hits(body, quote, quoted[0]), body_start)
        hits.append(
            SearchHit(
                id=article_id,
                title=title,
                path=path,
                lang=lang,
                source=source,
                date=date,
                score=-score,
                snippet=found,
                title_hits=tuple(find_hits(title, query.terms)),
                url=url,
                author=author,
                quote=quote,
                group=groups.get(article_id, article_id),
                versions=sizes.get(groups.get(article_id), 1),
            )
        )
    return hits


def _folded(
    conn: sqlite3.Connection, query: Query, where: str, params: list, limit: int, offset: int
) -> tuple[list[tuple[int, float]], dict[int, int]]:
    """The page asked for once each group of versions shows only its best
    hit, and the groups of the articles read. The hits are read from the
    first: which of a group's articles comes first depends on all the
    hits before the page (reading them costs what an SQL OFFSET does,
    which reads them too), and more are read while groups fold some away."""
    wanted = offset + limit
    reading = wanted
    while True:
        hits = _page(conn, query, where, params, reading, 0)
        groups = groups_of(conn, [i for i, _ in hits])
        seen: set[int] = set()
        kept = []
        for hit in hits:
            group = groups.get(hit[0], hit[0])
            if group not in seen:
                seen.add(group)
                kept.append(hit)
        if len(kept) >= wanted or len(hits) < reading:
            return kept[offset:wanted], groups
        reading *= 2


def _sizes(conn: sqlite3.Connection, group_ids: set[int]) -> dict[int, int]:
    """How many articles each of these groups holds."""
    return dict(
        conn.execute(
            "SELECT group_id, count(*) FROM version_groups"
            " WHERE group_id IN (SELECT value FROM json_each(?)) GROUP BY group_id",
            (json.dumps(sorted(group_ids)),),
        )
    )


def _quotations(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[tuple[int, int]]]:
    """The quotations of these articles, in order, by article."""
    found: dict[int, list[tuple[int, int]]] = {}
    for article_id, start, end in conn.execute(
        "SELECT article_id, start, end FROM quotes"
        " WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start",
        (json.dumps(ids),),
    ):
        found.setdefault(article_id, []).append((start, end))
    return found


def _found_quote(
    body: str, spans: list[tuple[int, int]], match: QuoteMatch
) -> tuple[int, int] | None:
    """The article's first quotation a ``quote:`` filter finds, one with
    the exact phrase before others: read from its few quotations in
    Python, not asked of the index, where a common word's doclist made it
    4 ms an article."""
    holding = [(s, e) for s, e in spans if all(find_hits(body[s:e], [t]) for t in match.terms)]
    words = tuple(word for term in match.terms for word in term.words)
    phrase = [Term(words, prefix=match.terms[-1].prefix)]
    exact = [(s, e) for s, e in holding if len(words) > 1 and find_hits(body[s:e], phrase)]
    return (exact or holding or [None])[0]


def _quote_hits(body: str, quote: tuple[int, int], match: QuoteMatch) -> list[tuple[int, int]]:
    """The words of a ``quote:`` filter inside the quotation found, for a
    snippet around it (an empty hit at its start, to show it all the same,
    should none be found as typed)."""
    start, end = quote
    found = [(s + start, e + start) for s, e in find_hits(body[start:end], list(match.terms))]
    return found or [(start, start)]
