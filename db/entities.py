"""Reading entities: every name for the finder, variants, one entity's page.

Which entity a mention belongs to, and the user's merges and splits, are
``db.identity``'s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from db.errors import NotFoundError
from db.quotes import quotes
from db.records import QuoteRow, RelatedEntity


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
    entities = {
        row[0]: row[1:] for row in conn.execute("SELECT id, name, type, articles FROM entities")
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


def names_of(conn: sqlite3.Connection, entity_ids: Sequence[int]) -> dict[int, str]:
    """entity id -> its display name, for a few ids."""
    ids = list(entity_ids)[:10_000]
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", ids)
    return dict(rows.fetchall())


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
        quotes(conn, speaker_id=entity_id, limit=limit),
        related,
    )
