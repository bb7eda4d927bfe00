"""Full-text search over the store: ranked hits with exact snippets.

Ranking is FTS5's bm25 with the title weighted well above the text; ties go
to the newer article. Filters from the query (``lang:``) narrow the match in
SQL. A query is parsed by ``db.query`` and so can never be a syntax error.

bm25 has to score every match before the best can be picked, which for a
common word in a million articles takes over a second. So a query that
matches more than ``CANDIDATES`` articles is ranked within its newest
``CANDIDATES`` matches (found cheaply: FTS5 walks a doclist in rowid order);
the first page stays fast however common the words are.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from db.highlight import Snippet, find_hits, snippet
from db.query import Query, parse

TITLE_WEIGHT = 10.0
TEXT_WEIGHT = 1.0
CANDIDATES = 4000


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


def _filters_sql(query: Query) -> tuple[str, list[object]]:
    clauses, params = [], []
    langs = query.filters.get("lang")
    if langs:
        # `lang:zh` also finds zh-cn and zh-tw.
        ors = []
        for lang in langs:
            ors.append("(a.lang = ? OR a.lang LIKE ?)")
            params += [lang, f"{lang}-%"]
        clauses.append("(" + " OR ".join(ors) + ")")
    return "".join(f" AND {c}" for c in clauses), params


def count(conn: sqlite3.Connection, text: str) -> int:
    """How many articles match ``text``."""
    query = parse(text)
    expression = query.fts()
    if expression is None:
        return 0
    where, params = _filters_sql(query)
    sql = (
        "SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        f" WHERE articles_fts MATCH ?{where}"
    )
    return conn.execute(sql, [expression, *params]).fetchone()[0]


def search(
    conn: sqlite3.Connection, text: str, *, limit: int = 50, offset: int = 0
) -> list[SearchHit]:
    """The best ``limit`` articles for the query ``text``, best first."""
    query = parse(text)
    expression = query.fts()
    if expression is None:
        return []
    where, params = _filters_sql(query)
    if offset + limit <= CANDIDATES:
        floor = conn.execute(
            "SELECT articles_fts.rowid FROM articles_fts"
            " JOIN articles a ON a.id = articles_fts.rowid"
            f" WHERE articles_fts MATCH ?{where}"
            " ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
            [expression, *params, CANDIDATES - 1],
        ).fetchone()
        if floor:
            where += " AND articles_fts.rowid >= ?"
            params.append(floor[0])
    sql = (
        "SELECT a.id, a.title, a.path, a.lang, a.source, a.date, a.text, a.paragraphs,"
        f" bm25(articles_fts, {TITLE_WEIGHT}, {TEXT_WEIGHT}, {TITLE_WEIGHT}, {TEXT_WEIGHT})"
        " AS score"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        f" WHERE articles_fts MATCH ?{where}"
        " ORDER BY score, a.date DESC, a.id DESC LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, [expression, *params, limit, offset]).fetchall()
    hits = []
    for id_, title, path, lang, source, date, body, paragraphs, score in rows:
        spans = json.loads(paragraphs)
        body_start = spans[0][0] if spans else 0
        hits.append(
            SearchHit(
                id=id_,
                title=title,
                path=path,
                lang=lang,
                source=source,
                date=date,
                score=-score,
                snippet=snippet(body, find_hits(body, query.terms), body_start),
                title_hits=tuple(find_hits(title, query.terms)),
            )
        )
    return hits
