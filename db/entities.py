"""Reading entities: every name for the finder, variants, one entity's page.

Which entity a mention belongs to, and the user's merges and splits, are
``db.identity``'s.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from db.connection import snapshot
from db.errors import NotFoundError
from db.grouped_quotes import grouped
from db.quotes import QUOTE_FIELDS, quotes
from db.records import QuoteGroup, QuoteRow, RelatedEntity


class EntityName(NamedTuple):
    """One searchable name: an entity's variant, with the entity's own name
    and type (a variant may have been found under another type). A tuple:
    half a million are made when the finder loads at a million articles."""

    entity_id: int
    name: str
    type: str
    entity_name: str
    articles: int  # how many articles mention the entity


def entity_names(conn: sqlite3.Connection) -> list[EntityName]:
    """Every distinct variant name of every entity, for the fuzzy finder.

    Both tables are read straight through and joined here: joined in SQL,
    each alias looked its entity up at random, twice as slow (6.3 against
    3.4 s with a cold cache, 2.9 against 1.4 s warm, at a million articles).
    """
    # A hidden entity (db/curation.py), a common word (db/common_words.py)
    # and one no article mentions any more are not listed.
    entities = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT id, name, type, articles FROM entities"
            " WHERE hidden = 0 AND common = 0 AND articles > 0"
        )
    }
    seen: set[tuple[int, str]] = set()
    names = []
    make = tuple.__new__  # a third of the time EntityName(...) takes
    for entity_id, name in conn.execute("SELECT entity_id, name FROM entity_aliases"):
        entity = entities.get(entity_id)
        if entity is None or (entity_id, name) in seen:
            continue
        seen.add((entity_id, name))
        entity_name, type_, articles = entity
        names.append(make(EntityName, (entity_id, name, type_, entity_name, articles)))
    return names


def names_begun(conn: sqlite3.Connection, key: str, word: str, limit: int) -> list[EntityName]:
    """The variant names (as ``entity_names`` lists them) whose alias key
    starts with ``key``, and those of the entities with a first or last
    word (``name_parts``) starting with ``word``, each set the ``limit``
    of the entities in most articles: what the finder can answer from the
    tables' own indexes, in milliseconds at a million articles, before
    ``entity_names`` has been read."""
    names: dict[tuple[int, str], EntityName] = {}  # an alias listed once, as there
    shown = "e.hidden = 0 AND e.common = 0 AND e.articles > 0"
    queries = (
        (
            f"SELECT {_NAME_COLUMNS} FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            f" WHERE a.key >= ?1 AND a.key < ?2 AND {shown} ORDER BY e.articles DESC LIMIT ?3",
            key,
        ),
        (
            # Only the variants with a word so begun: an entity in many
            # articles has dozens of others, which the finder would not list.
            f"SELECT {_NAME_COLUMNS} FROM entity_aliases a"
            " JOIN (SELECT DISTINCT e.id, e.type, e.name, e.articles FROM name_parts p"
            f" JOIN entities e ON e.id = p.entity_id WHERE p.word >= ?1 AND p.word < ?2 AND {shown}"
            " ORDER BY e.articles DESC LIMIT ?3) e ON a.entity_id = e.id"
            " WHERE instr(' ' || a.key, ' ' || ?1)",
            word,
        ),
    )
    for sql, begun in queries:
        if not begun:
            continue
        # U+10FFFF is the greatest UTF-8 sequence, as SQLite compares text.
        for row in _at_once(conn, sql, (begun, begun + "\U0010ffff", limit)):
            names.setdefault((row[0], row[1]), EntityName(*row))
    return list(names.values())


def heaviest_names(conn: sqlite3.Connection, limit: int) -> list[EntityName]:
    """The variant names (as ``entity_names`` lists them) of the ``limit``
    entities in most articles: the finder's empty query, read in one pass
    over ``entities`` instead of every name."""
    rows = _at_once(
        conn,
        f"SELECT {_NAME_COLUMNS} FROM entity_aliases a"
        " JOIN (SELECT id, type, name, articles FROM entities"
        " WHERE hidden = 0 AND common = 0 AND articles > 0 ORDER BY articles DESC LIMIT ?) e"
        " ON a.entity_id = e.id",
        (limit,),
    )
    return list(dict.fromkeys(EntityName(*row) for row in rows))


# What ``_at_once`` reads of a variant name, as ``EntityName`` holds it.
_NAME_COLUMNS = "a.entity_id AS i, a.name AS n, e.type AS t, e.name AS en, e.articles AS c"


def _at_once(conn: sqlite3.Connection, sql: str, params: Sequence) -> list[list]:
    """The rows of ``sql`` (selecting ``_NAME_COLUMNS``) made into one JSON
    value by SQLite, in one step: Python's lock is let go while SQLite
    works, and a thread loading the finder's names takes it between the
    steps of a row-by-row read, for a switch interval each time (a
    keystroke's few thousand rows took 170-230 ms instead of 60 while the
    names loaded at a million articles)."""
    found = conn.execute(
        f"SELECT json_group_array(json_array(i, n, t, en, c)) FROM ({sql})", params
    ).fetchone()[0]
    return json.loads(found)


def names_of(conn: sqlite3.Connection, entity_ids: Sequence[int]) -> dict[int, str]:
    """entity id -> its display name, for a few ids."""
    ids = list(entity_ids)[:10_000]
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", ids)
    return dict(rows.fetchall())


def summaries(
    conn: sqlite3.Connection, entity_ids: Sequence[int], key: str
) -> dict[int, tuple[str, str, str, int]]:
    """entity id -> (name, type, the variant of alias key ``key`` or else
    the name, articles), for a few listed entities that articles mention."""
    ids = list(entity_ids)[:10_000]
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, coalesce((SELECT a.name FROM entity_aliases a"
        " WHERE a.key = ? AND a.entity_id = e.id), e.name), e.articles FROM entities e"
        f" WHERE e.id IN ({marks}) AND e.hidden = 0 AND e.articles > 0",
        (key, *ids),
    )
    return {row[0]: row[1:] for row in rows}


def aliases_of(conn: sqlite3.Connection, entity_ids: Sequence[int]) -> dict:
    """entity id -> its variant names, sorted."""
    ids, rows = list(entity_ids), []
    # SQLite takes at most 32,766 parameters to a statement.
    for at in range(0, len(ids), 10_000):
        chunk = ids[at : at + 10_000]
        marks = ", ".join("?" * len(chunk))
        rows += conn.execute(
            f"SELECT entity_id, name FROM entity_aliases WHERE entity_id IN ({marks})", chunk
        ).fetchall()
    found: dict[int, set[str]] = {}
    for entity_id, name in rows:
        found.setdefault(entity_id, set()).add(name)
    return {entity_id: sorted(names) for entity_id, names in found.items()}


@dataclass(slots=True)
class EntityDetail:
    id: int
    name: str
    type: str
    aliases: list[str]
    article_count: int
    quotes: list[QuoteRow]
    related: list[RelatedEntity]


def entity(conn: sqlite3.Connection, entity_id: int, limit: int = 50) -> EntityDetail:
    row = conn.execute(
        "SELECT name, type, articles FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if not row:
        raise NotFoundError(f"no entity with id {entity_id}")
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT name FROM entity_aliases WHERE entity_id = ? ORDER BY name",
            (entity_id,),
        )
    ]
    related = [
        RelatedEntity(*row)
        for row in conn.execute(
            "SELECT e.id, e.name, e.type, count(DISTINCT o.article_id) AS shared"
            " FROM mentions m JOIN mentions o ON o.article_id = m.article_id"
            " JOIN entities e ON e.id = o.entity_id"
            " WHERE m.entity_id = ? AND o.entity_id != ?"
            " GROUP BY e.id ORDER BY shared DESC, e.name LIMIT ?",
            (entity_id, entity_id, limit),
        )
    ]
    return EntityDetail(
        entity_id,
        row[0],
        row[1],
        aliases,
        row[2],
        quotes(conn, speakers=[entity_id], limit=limit),
        related,
    )


@dataclass(slots=True)
class EntityPage:
    """Everything the entity page shows: what it is called and how, who says
    what as it, when it is in the news, with whom, and what is said about it."""

    id: int
    name: str
    type: str
    hidden: bool
    articles: int
    variants: list[dict]  # {name, count}: how often each spelling is written
    quotes: list[dict]  # what it said, as ``db.quotes.quotes`` gives them
    timeline: dict[str, int]  # "YYYY-MM" -> articles that month
    co_mentioned: list[dict]  # {id, name, type, shared}
    said_about: list[dict]  # quotes whose words mention it

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "hidden": self.hidden,
            "articles": self.articles,
            "variants": self.variants,
            "quotes": self.quotes,
            "timeline": self.timeline,
            "co_mentioned": self.co_mentioned,
            "said_about": self.said_about,
        }


def entity_page(conn: sqlite3.Connection, entity_id: int, limit: int = 50) -> EntityPage:
    """The entity page: ``limit`` bounds each list (quotes, co-mentioned,
    said about), not the counts; its several reads see one state of the
    file, so that a second phase swapping in between never shows a page
    whose counts and lists disagree."""
    with snapshot(conn):
        return _entity_page(conn, entity_id, limit)


def _entity_page(conn: sqlite3.Connection, entity_id: int, limit: int) -> EntityPage:
    row = conn.execute(
        "SELECT name, type, hidden, articles FROM entities WHERE id = ?", (entity_id,)
    ).fetchone()
    if not row:
        raise NotFoundError(f"no entity with id {entity_id}")
    timeline = dict(
        conn.execute(
            "SELECT substr(a.date, 1, 7) AS month, count(*) FROM articles a"
            " WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
            " AND a.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY month ORDER BY month",
            (entity_id,),
        ).fetchall()
    )
    co_mentioned = [
        {"id": i, "name": n, "type": t, "shared": shared}
        # Distinct (article, entity) pairs counted first, names joined after:
        # 130 ms instead of 650 for an entity in 10,000 articles; the pairs
        # come distinct in the order of mentions_article_entity (schema 10).
        for i, n, t, shared in conn.execute(
            "SELECT e.id, e.name, e.type, c.shared FROM (SELECT entity_id, count(*) AS shared"
            " FROM (SELECT DISTINCT o.article_id, o.entity_id FROM mentions o"
            " WHERE o.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
            " AND o.entity_id != ?) GROUP BY entity_id) c JOIN entities e ON e.id = c.entity_id"
            " WHERE e.hidden = 0 AND e.common = 0 ORDER BY c.shared DESC, e.name LIMIT ?",
            (entity_id, entity_id, limit),
        )
    ]
    return EntityPage(
        entity_id,
        row[0],
        row[1],
        bool(row[2]),
        row[3],
        _variants(conn, entity_id),
        [_said(g) for g in grouped(conn, speakers=[entity_id], limit=limit)],
        timeline,
        co_mentioned,
        _said_about(conn, entity_id, limit),
    )


def _said(group: QuoteGroup) -> dict:
    """What the entity said, one statement once (issue 20): the quotation
    shown with the fields of ``db.quotes.quotes``, and its group's."""
    summary = group.as_json()
    return {
        **group.quote._asdict(),
        "group": group.id,
        **{k: summary[k] for k in ("articles", "sources", "first_seen", "variants", "wordings")},
        "disagreement": group.disagreement,
        "speakers": group.speakers,
    }


def _variants(conn: sqlite3.Connection, entity_id: int) -> list[dict]:
    """Each variant of the entity with how many of its mentions write it so.

    A mention's span length tells most variants apart without the article's
    text: where one variant alone has that length, the mention is counted
    for it (a spelling that differs in case only counts with it). Only
    mentions whose length several variants share, or none, are read from
    the text (decompressing all 10,000 articles of a frequent entity took
    most of the page's time).
    """
    names = sorted(
        {
            row[0]
            for row in conn.execute(
                "SELECT name FROM entity_aliases WHERE entity_id = ?", (entity_id,)
            )
        }
    )
    by_length: dict[int, list[str]] = {}
    for name in names:
        by_length.setdefault(len(name), []).append(name)
    counts = dict.fromkeys(names, 0)
    unsure = []
    for length, n in conn.execute(
        "SELECT end - start, count(*) FROM mentions WHERE entity_id = ? GROUP BY end - start",
        (entity_id,),
    ):
        fits = by_length.get(length, [])
        if len(fits) == 1:
            counts[fits[0]] += n
        else:
            unsure.append(length)
    if unsure:
        marks = ", ".join("?" * len(unsure))
        for (spelt,) in conn.execute(
            "SELECT substr(reader_text(a.text_z), m.start + 1, m.end - m.start)"
            " FROM mentions m JOIN articles a ON a.id = m.article_id"
            f" WHERE m.entity_id = ? AND m.end - m.start IN ({marks})",
            (entity_id, *unsure),
        ):
            spelt = " ".join(spelt.split())
            counts[spelt] = counts.get(spelt, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"name": name, "count": count} for name, count in ranked]


def _said_about(conn: sqlite3.Connection, entity_id: int, limit: int) -> list[dict]:
    """Quotes whose words mention the entity (its own quotes about itself too),
    newest articles first, with the fields of ``db.quotes.quotes``.

    The quotes are chosen first and their text cut out after: asked in one
    query, every candidate's article was decompressed before the limit
    applied (2,500 of them, 41 -> 17 ms for an entity in 10,000 articles).
    """
    rows = conn.execute(
        "WITH chosen AS (SELECT DISTINCT q.id, a.date, q.article_id, q.start"
        " FROM mentions m JOIN quotes q ON q.article_id = m.article_id"
        " AND q.start <= m.start AND m.end <= q.end"
        " JOIN articles a ON a.id = q.article_id WHERE m.entity_id = ?"
        " ORDER BY a.date DESC, q.article_id DESC, q.start LIMIT ?)"
        " SELECT q.id, q.article_id, a.title,"
        " CASE WHEN s.hidden THEN NULL ELSE q.speaker END,"
        " CASE WHEN s.hidden THEN NULL ELSE q.speaker_entity_id END,"
        " CASE WHEN s.hidden THEN NULL ELSE s.name END, q.cue,"
        " q.start, q.end, substr(reader_text(a.text_z), q.start + 1, q.end - q.start),"
        " a.date, a.source, a.path, a.url"
        " FROM chosen c JOIN quotes q ON q.id = c.id JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN entities s ON s.id = q.speaker_entity_id"
        " ORDER BY c.date DESC, c.article_id DESC, c.start",
        (entity_id, limit),
    )
    return [dict(zip(QUOTE_FIELDS, row, strict=True)) for row in rows]


def mentioned_in(conn: sqlite3.Connection, article_ids: list[int]) -> set[int]:
    """The entities these articles name."""
    return {
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT entity_id FROM mentions"
            " WHERE article_id IN (SELECT value FROM json_each(?))",
            (json.dumps(article_ids),),
        )
    }
