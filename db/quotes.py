"""Reading quotes: what was said, by whom, in which article.

Quotations are searched through their own full-text index (``quotes_fts``,
schema 11): all the words of a search within one quotation, the quotations
holding them as the exact phrase first, then newest articles first. As for
articles (``db.search``), ordering every match of a common word costs more
than a keystroke may, so a search that matches more than ``CANDIDATES``
quotations orders its newest ``CANDIDATES`` (found cheaply: FTS5 walks a
doclist in rowid order, and the articles are not read to find them) and
lets the older ones follow, newest stored first; paging never repeats or
skips one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence

from db.cjk import has_cjk
from db.connection import snapshot
from db.query import QuoteMatch, quote_match
from db.records import QuoteRow

# What ``quotes`` gives for each row, also when there are none (an export's
# header).
QUOTE_FIELDS = QuoteRow._fields
# The newest matches a search orders (phrase first, then by date): each
# costs a look at its article's date, 10 ms a thousand at a million quotes.
CANDIDATES = 1000


def index_quotes(conn: sqlite3.Connection, article_ids: Sequence[int]) -> None:
    """Add the quotations of these articles, just written, to the quotation
    index, in one statement, inside the caller's write transaction.

    Schema 19 dropped the trigger that indexed each quotation as it was
    inserted: FTS5 writes what it indexed within a statement as a segment
    of its own (a segment per quotation, about three an article, which its
    merges then rewrote), and the writer's quotation inserts cost it more
    than its mentions. Their entries are still taken out by the triggers of
    a deleted quotation or a changed article text.
    """
    conn.execute(
        "INSERT INTO quotes_fts (rowid, text, cjk_text)"
        " SELECT q.id,"
        " reader_words(substr(reader_text(a.text_z), q.start + 1, q.end - q.start)),"
        " reader_cjk(substr(reader_text(a.text_z), q.start + 1, q.end - q.start))"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE q.article_id IN (SELECT value FROM json_each(?)) ORDER BY q.id",
        (json.dumps(list(article_ids)),),
    )


_ROW = (
    "SELECT q.id, q.article_id, a.title,"
    # A hidden entity's quotes show as unattributed (db/curation.py).
    " CASE WHEN e.hidden THEN NULL ELSE q.speaker END,"
    " CASE WHEN e.hidden THEN NULL ELSE q.speaker_entity_id END,"
    " CASE WHEN e.hidden THEN NULL ELSE e.name END, q.cue,"
    " q.start, q.end, substr(reader_text(a.text_z), q.start + 1, q.end - q.start),"
    " a.date, a.source, a.path, a.url"
    " FROM quotes q JOIN articles a ON a.id = q.article_id"
    " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
)
_NEWEST = "a.date DESC, q.article_id DESC, q.start"


def quotes(
    conn: sqlite3.Connection,
    *,
    speakers: Sequence[int] | None = None,
    article_id: int | None = None,
    articles: Sequence[int] | None = None,
    text: str | None = None,
    limit: int = 200,
    offset: int = 0,
    described: str | None = None,
) -> list[QuoteRow]:
    """Quotes with their speaker and article, newest articles first.

    ``speakers`` keeps those said by any of these entities, ``described``
    those whose speaker is no entity but a description holding these
    words (``DESCRIBED``), ``article_id``
    or ``articles`` those of these articles, and ``text`` those holding all
    its words (see ``db.query.quote_match``; text with no word filters
    nothing), the exact phrase first.
    """
    # The ids and their rows from one state of the file: a second phase
    # swapping an article's quotes in between gives them new ids, and the
    # rows of the old ones would be gone.
    with snapshot(conn):
        return rows_of(
            conn,
            quote_ids(
                conn,
                speakers=speakers,
                article_id=article_id,
                articles=articles,
                text=text,
                limit=limit,
                offset=offset,
                described=described,
            ),
        )


def quote_ids(
    conn: sqlite3.Connection,
    *,
    speakers: Sequence[int] | None = None,
    article_id: int | None = None,
    articles: Sequence[int] | None = None,
    text: str | None = None,
    limit: int = 200,
    offset: int = 0,
    described: str | None = None,
) -> list[int]:
    """The ids of the quotes ``quotes`` lists, in its order, without
    cutting their text out (``db.quote_groups`` folds them into groups)."""
    where, params = _conditions(speakers, article_id, articles, described)
    match = quote_match(text) if text else None
    if match is not None:
        return _matching(conn, match, where, params, limit, offset)
    return [
        row[0]
        for row in conn.execute(
            f"SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE 1{where} ORDER BY {_NEWEST} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    ]


def quote_id_pages(
    conn: sqlite3.Connection,
    *,
    speakers: Sequence[int] | None = None,
    articles: Sequence[int] | None = None,
    text: str | None = None,
    first: int,
    most: int,
) -> Iterator[list[int]]:
    """The ids ``quote_ids`` lists, a page at a time as the caller reads
    on: ``first`` of them, then twice as many each time, up to ``most``.

    Without ``text``, one query is read as far as the caller goes: a page
    asked with OFFSET sorts every matching quotation again, and folding a
    speaker's 3,300 quotations of one statement into groups asked seven
    (80 of the entity page's 140 ms, issue 21). Inside the caller's
    ``snapshot``, which keeps the pages of one state of the file."""
    if text and quote_match(text) is not None:
        start, size = 0, first
        while ids := quote_ids(
            conn, speakers=speakers, articles=articles, text=text, limit=size, offset=start
        ):
            yield ids
            if len(ids) < size:
                return
            start, size = start + size, min(2 * size, most)
        return
    where, params = _conditions(speakers, None, articles)
    cursor = conn.execute(
        f"SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" WHERE 1{where} ORDER BY {_NEWEST}",
        params,
    )
    try:
        size = first
        while rows := cursor.fetchmany(size):
            yield [row[0] for row in rows]
            if len(rows) < size:
                return
            size = min(2 * size, most)
    finally:
        cursor.close()


def count(
    conn: sqlite3.Connection,
    *,
    speakers: Sequence[int] | None = None,
    articles: Sequence[int] | None = None,
    text: str | None = None,
    bound: int = CANDIDATES,
    described: str | None = None,
) -> int:
    """How many quotes ``quotes`` would list with these filters, counting
    no further than ``bound`` + 1: past it, "more than ``bound``" is what
    a person needs, and a common word's exact count is not cheap."""
    where, params = _conditions(speakers, None, articles, described)
    match = quote_match(text) if text else None
    if match is None:
        source, params = f"FROM quotes q WHERE 1{where}", params
    else:
        source = (
            "FROM quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid"
            f" WHERE quotes_fts MATCH ?{where}"
        )
        params = [match.every, *params]
    sql = f"SELECT count(*) FROM (SELECT 1 {source} LIMIT ?)"
    return conn.execute(sql, (*params, bound + 1)).fetchone()[0]


# A speaker linked to no entity is mostly a description (``jaksa``, ``朋友``,
# ``a BaFin spokeswoman``): its quotations are found by the words the
# speaker's text holds, case folded on both sides (LIKE alone folds only
# ASCII: ÄRZTE would miss ärzte). A speaker of no text has no words.
DESCRIBED = (
    "q.speaker_entity_id IS NULL AND q.speaker IS NOT NULL"
    " AND ' ' || reader_casefold(q.speaker) || ' ' LIKE ? ESCAPE '\\'"
)


def described_pattern(words: str) -> str:
    """The LIKE pattern of a speaker's text holding ``words``: as whole
    words between spaces in a script that writes spaces (``aksa`` is not in
    ``jaksa``, nor ``presiden`` in ``president``), anywhere in one that does
    not (``朋友`` in ``他的朋友``: Chinese and Japanese have no spaces to
    bound a word)."""
    folded = " ".join(words.casefold().split())
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if has_cjk(folded) else f"% {escaped} %"


def _conditions(
    speakers: Sequence[int] | None,
    article_id: int | None,
    articles: Sequence[int] | None,
    described: str | None = None,
) -> tuple[str, list[object]]:
    """SQL conditions on ``quotes q`` for the filters given, and their parameters."""
    clauses, params = [], []
    if speakers is not None:
        clauses.append(f"q.speaker_entity_id IN ({', '.join('?' * len(speakers)) or 'NULL'})")
        params += list(speakers)
    if described is not None:
        clauses.append(DESCRIBED)
        params.append(described_pattern(described))
    if article_id is not None:
        clauses.append("q.article_id = ?")
        params.append(article_id)
    if articles is not None:
        clauses.append("q.article_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(articles)))
    return "".join(f" AND {c}" for c in clauses), params


def rows_of(conn: sqlite3.Connection, ids: list[int]) -> list[QuoteRow]:
    """The quotes ``ids``, in that order; only they have their text cut out,
    an article's one after the other, so that its text is unpacked once
    (``db.functions`` keeps the last few)."""
    if not ids:
        return []
    rows = {
        row[0]: QuoteRow(*row)
        for row in conn.execute(
            f"{_ROW} WHERE q.id IN (SELECT value FROM json_each(?)) ORDER BY q.article_id",
            (json.dumps(ids),),
        )
    }
    return [rows[i] for i in ids if i in rows]


def _matching(
    conn: sqlite3.Connection,
    match: QuoteMatch,
    where: str,
    params: list,
    limit: int,
    offset: int,
) -> list[int]:
    """The ids of one page of the quotes ``match`` finds (see the module)."""
    # The filters are on quotes q alone: the index needs it only for them.
    quoted = " CROSS JOIN quotes q ON q.id = quotes_fts.rowid" if where else ""
    floor = conn.execute(
        f"SELECT quotes_fts.rowid FROM quotes_fts{quoted} WHERE quotes_fts MATCH ?{where}"
        " ORDER BY quotes_fts.rowid DESC LIMIT 1 OFFSET ?",
        (match.every, *params, CANDIDATES - 1),
    ).fetchone()
    source = (
        "FROM quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid"
        f" JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?{where}"
    )
    wanted = offset + limit
    if floor is None:
        return _ordered(conn, match, source, params, 0, offset, limit)
    page = []
    if offset < CANDIDATES:
        page = _ordered(
            conn, match, source, params, floor[0], offset, min(wanted, CANDIDATES) - offset
        )
    if wanted > CANDIDATES:
        page += [
            row[0]
            for row in conn.execute(
                f"SELECT quotes_fts.rowid {source} AND quotes_fts.rowid < ?"
                " ORDER BY quotes_fts.rowid DESC LIMIT ? OFFSET ?",
                (
                    match.every,
                    *params,
                    floor[0],
                    wanted - max(offset, CANDIDATES),
                    max(offset - CANDIDATES, 0),
                ),
            )
        ]
    return page


def _ordered(
    conn: sqlite3.Connection,
    match: QuoteMatch,
    source: str,
    params: list,
    floor: int,
    offset: int,
    limit: int,
) -> list[int]:
    """Matches from quote id ``floor`` on, exact phrase first, then newest."""
    first, first_params = "", []
    if match.phrase:
        first = (
            "quotes_fts.rowid IN (SELECT rowid FROM quotes_fts"
            " WHERE quotes_fts MATCH ? AND rowid >= ?) DESC, "
        )
        first_params = [match.phrase, floor]
    return [
        row[0]
        for row in conn.execute(
            f"SELECT quotes_fts.rowid {source} AND quotes_fts.rowid >= ?"
            f" ORDER BY {first}{_NEWEST} LIMIT ? OFFSET ?",
            (match.every, *params, floor, *first_params, limit, offset),
        )
    ]
