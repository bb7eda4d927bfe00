"""Reading quotations one statement once (issue 20): the listing of
``db.quotes`` folded into the groups of ``db.quote_groups``, each summed up
over all its quotations: its fullest wording, how many articles and which
sources carry it, where and when it was first seen, its other wordings, and
its speaker by a vote of its quotations. The sums are kept as quotations are
written (schema 20, ``db.quote_groups``): a group is read from its
wordings' rows, not from its quotations, however many articles carry it.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator, Sequence

from db.connection import snapshot
from db.quotes import quote_id_pages, rows_of
from db.records import QuoteGroup, QuoteRow

# Quotations read at a time while folding a listing into groups, at most
# (the first read is as many as the groups asked for).
_SCAN = 4000
# The page of the listing before which the groups it holds are counted (a
# read of every wording): most listings have found their groups by then.
_COUNT_AT = 2


def grouped(
    conn: sqlite3.Connection,
    *,
    speakers: Sequence[int] | None = None,
    articles: Sequence[int] | None = None,
    text: str | None = None,
    limit: int = 200,
    offset: int = 0,
    variants: int | None = None,
) -> list[QuoteGroup]:
    """The groups of the quotations ``db.quotes.quotes`` finds with these
    filters, each once, where its first quotation found would be listed;
    each summed up over all its quotations (the filters choose groups,
    not which of their quotations count), with the text of its other
    wordings (up to ``variants`` of them, all with None)."""
    with snapshot(conn):
        order = _group_order(conn, speakers, articles, text, min(offset + limit + 1, _SCAN))
        marks = list(itertools.islice(order, offset, offset + limit))
        order.close()
        return _summaries(conn, marks, variants)


def _group_order(
    conn: sqlite3.Connection,
    speakers: Sequence[int] | None,
    articles: Sequence[int] | None,
    text: str | None,
    first_scan: int,
) -> Iterator[tuple[int | None, int]]:
    """(group id, first quotation id) of each group in listing order; the
    group id is None for a quotation that is a group of its own (too short
    to group, or matched by no other), which needs no summing up."""
    seen: set[int] = set()
    pages = quote_id_pages(
        conn, speakers=speakers, articles=articles, text=text, first=first_scan, most=_SCAN
    )
    unfiltered = speakers is None and articles is None and not text
    listed, everything = 0, None
    try:
        for n, ids in enumerate(pages):
            if n == _COUNT_AT and unfiltered:
                everything = _listing_size(conn)
            if everything is not None and listed >= everything:
                return
            group_of = {
                quote_id: (group_id, alone)
                for quote_id, group_id, alone in conn.execute(
                    "SELECT q.id, v.group_id, v.quotes = 1 AND NOT EXISTS (SELECT 1"
                    " FROM quote_variants w WHERE w.group_id = v.group_id AND w.key != v.key)"
                    " FROM quotes q JOIN quote_variants v ON v.key = q.key"
                    " WHERE q.id IN (SELECT value FROM json_each(?))",
                    (json.dumps(ids),),
                )
            }
            for quote_id in ids:
                group_id, alone = group_of.get(quote_id, (None, True))
                if alone:
                    listed += 1
                    yield None, quote_id
                elif group_id not in seen:
                    seen.add(group_id)
                    listed += 1
                    yield group_id, quote_id
    finally:
        # The listing's query is left as soon as enough groups are found.
        pages.close()


def _listing_size(conn: sqlite3.Connection) -> int:
    """How many groups the whole listing holds: each quotation not grouped
    (too short, or not yet keyed) and each group with a quotation. Once
    they are all found the listing is not read on: a collection of a few
    statements each quoted 100,000 times has all its groups on the first
    page of quotations, and nothing new in the millions after it."""
    return conn.execute(
        "SELECT (SELECT count(*) FROM quotes WHERE key IS NULL)"
        " + (SELECT count(*) FROM quotes WHERE key = 0)"
        " + (SELECT count(DISTINCT group_id) FROM quote_variants WHERE quotes > 0)"
    ).fetchone()[0]


# A listing's groups read from their summaries (schema 20), kept up to date
# as quotations are written: a row per group, per wording, per source of a
# wording and per speaker of a wording as written, whatever the number of
# quotations (a group may be carried by thousands of articles).
_OF_GROUPS = " WHERE v.group_id IN (SELECT value FROM json_each(?))"
_GROUPS = (
    "SELECT v.group_id, g.articles, (SELECT json_group_array(DISTINCT s.source)"
    " FROM quote_variants w JOIN quote_wording_sources s ON s.key = w.key"
    " WHERE w.group_id = v.group_id), min(v.first_seen)"
    " FROM quote_variants v JOIN quote_group_articles g ON g.group_id = v.group_id"
    + _OF_GROUPS
    + " AND v.quotes > 0 GROUP BY v.group_id"
)
_WORDINGS = (
    "SELECT v.group_id, v.key, length(v.words), v.quotes,"
    " substr(v.first_seen, 1, length(v.first_seen) - 13), v.first_quote FROM quote_variants v"
    + _OF_GROUPS
    + " AND v.quotes > 0"
)
# The speakers of a group read for its vote, those quoted most: enough for
# the winner, the disagreement and what is shown of it; the others counted.
SHOWN_SPEAKERS = 10
# A group's speakers by votes (schema 21), the ties broken as the vote
# breaks them; a hidden entity's quotations count as unattributed (as in
# db.quotes), skipped as the index is read.
_VOTERS = (
    "SELECT g.speaker, nullif(g.entity, 0), e.name, g.quotes"
    " FROM quote_group_speakers g INDEXED BY quote_group_speakers_votes"
    " LEFT JOIN entities e ON e.id = nullif(g.entity, 0)"
    " WHERE g.group_id = ? AND NOT coalesce(e.hidden, 0)"
    f" ORDER BY g.quotes DESC, g.who, g.entity LIMIT {SHOWN_SPEAKERS}"
)
# How many speakers a group has, its hidden entities left out: a look-up
# per hidden entity (the join held to that order), not a read of the
# group's speakers.
_VOTER_COUNT = (
    "SELECT coalesce((SELECT speakers FROM quote_group_voters WHERE group_id = :g), 0)"
    " - (SELECT count(*) FROM entities e INDEXED BY entities_hidden"
    " CROSS JOIN quote_group_speakers g ON g.group_id = :g AND g.entity = e.id WHERE e.hidden)"
)


def _speakers(conn: sqlite3.Connection, group_ids: list[int]) -> dict[int, tuple[list, int]]:
    """Each group's speakers quoted most, most first (speaker as first
    written, entity id, entity name, quotations), and how many others."""
    found = {}
    for group_id in group_ids:
        said = conn.execute(_VOTERS, (group_id,)).fetchall()
        others = len(said) and conn.execute(_VOTER_COUNT, {"g": group_id}).fetchone()[0]
        found[group_id] = (said, max(others - len(said), 0))
    return found


def _summaries(
    conn: sqlite3.Connection, marks: list[tuple[int | None, int]], variants: int | None
) -> list[QuoteGroup]:
    ids = json.dumps([g for g, _ in marks if g is not None])
    facts = {row[0]: row[1:] for row in conn.execute(_GROUPS, (ids,))}
    wordings: dict[int, list[tuple]] = {}
    for row in conn.execute(_WORDINGS, (ids,)):
        wordings.setdefault(row[0], []).append(row[1:])
    speakers = _speakers(conn, list(facts))
    first_keys = dict(
        conn.execute(
            "SELECT id, key FROM quotes WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps([first for _, first in marks]),),
        ).fetchall()
    )
    # One quotation of each wording whose text is shown, the fullest
    # first (most words, then the most carried, then the first seen); of a
    # wording, the quotation the listing found when it is one.
    shown: dict[int, list[int]] = {}
    for group_id, first in marks:
        found = wordings.get(group_id, [])
        if group_id is None or (len(found) == 1 and found[0][2] == 1):
            continue
        order = sorted(found, key=lambda w: (-w[1], -w[2], w[3], w[0]))
        kept = order if variants is None else order[: variants + 1]
        shown[group_id] = [first if key == first_keys.get(first) else low for key, *_, low in kept]
    wanted = [first for g, first in marks if g not in shown]
    wanted += [i for quoted in shown.values() for i in quoted]
    rows = {row.id: row for row in rows_of(conn, wanted)}
    firsts = _articles(conn, [int(f[2].rsplit(" ", 1)[1]) for g, f in facts.items() if g in shown])
    groups = []
    for group_id, first in marks:
        if group_id not in shown:
            if first in rows:
                groups.append(_alone(rows[first], group_id))
            continue
        texts = [rows[i] for i in shown[group_id] if i in rows]
        if not texts:
            continue
        articles, sources, seen = facts[group_id]
        seen_id = int(seen.rsplit(" ", 1)[1])
        groups.append(
            _group(
                group_id,
                texts,
                len(wordings[group_id]),
                articles,
                sorted(s for s in json.loads(sources) if s),
                {"date": firsts[seen_id][0], "source": firsts[seen_id][1], "article_id": seen_id},
                *speakers.get(group_id, ([], 0)),
            )
        )
    return groups


def _articles(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple]:
    """The date and source of these articles."""
    return {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT id, date, source FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
    }


def _alone(row: QuoteRow, group_id: int | None) -> QuoteGroup:
    """A quotation no other matches (``group_id`` None when too short to group)."""
    speakers = [_attribution(row.speaker, row.entity_id, row.entity, 1)] if row.speaker else []
    return QuoteGroup(
        id=group_id,
        quote=row,
        text=row.text,
        speaker=row.speaker,
        entity_id=row.entity_id,
        entity=row.entity,
        articles=1,
        sources=[row.source] if row.source else [],
        first_seen={"date": row.date, "source": row.source, "article_id": row.article_id},
        variants=[],
        wordings=1,
        disagreement=False,
        speakers=speakers,
    )


def _attribution(speaker: str | None, entity_id: int | None, entity: str | None, n: int) -> dict:
    return {"speaker": speaker, "entity_id": entity_id, "entity": entity, "quotes": n}


def _group(
    group_id: int,
    texts: list[QuoteRow],
    wordings: int,
    articles: int,
    sources: list[str],
    first_seen: dict,
    said: list[tuple],
    others: int,
) -> QuoteGroup:
    """A group summed up, its speaker by a vote of its quotations (``said``
    the speakers quoted most, in the vote's order, and ``others`` how many
    more): an entity counts as one speaker however it was written, an
    unresolved name by its words (case folded)."""
    lead = texts[0]
    speaker = entity_id = entity = None
    if said:
        speaker, entity_id, entity, _ = said[0]
    return QuoteGroup(
        id=group_id,
        quote=lead,
        text=lead.text,
        speaker=speaker,
        entity_id=entity_id,
        entity=entity,
        articles=articles,
        sources=sources,
        first_seen=first_seen,
        variants=[row.text for row in texts[1:]],
        wordings=wordings,
        disagreement=len(said) + others > 1,
        speakers=[_attribution(*row) for row in said],
        other_speakers=others,
    )
