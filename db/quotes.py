"""Reading quotes: what was said, by whom, in which article."""

from __future__ import annotations

import sqlite3

from db.records import QuoteRow

# What ``quotes`` gives for each row, also when there are none (an export's
# header).
QUOTE_FIELDS = QuoteRow._fields


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker_id: int | None = None,
    article_id: int | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[QuoteRow]:
    """Quotes with their speaker and article, newest articles first."""
    clauses, params = [], []
    if speaker_id is not None:
        clauses.append("q.speaker_entity_id = ?")
        params.append(speaker_id)
    if article_id is not None:
        clauses.append("q.article_id = ?")
        params.append(article_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT q.id, q.article_id, a.title,"
        # A hidden entity's quotes show as unattributed (db/curation.py).
        " CASE WHEN e.hidden THEN NULL ELSE q.speaker END,"
        " CASE WHEN e.hidden THEN NULL ELSE q.speaker_entity_id END,"
        " CASE WHEN e.hidden THEN NULL ELSE e.name END, q.cue,"
        " q.start, q.end, substr(reader_text(a.text_z), q.start + 1, q.end - q.start),"
        " a.date, a.source, a.path"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" LEFT JOIN entities e ON e.id = q.speaker_entity_id{where}"
        " ORDER BY a.date DESC, q.article_id DESC, q.start"
        " LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [QuoteRow(*row) for row in rows]
