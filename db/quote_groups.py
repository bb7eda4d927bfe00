"""One quote, many articles (issue 20): quotations that are the same
statement, grouped across the collection as the second phase stores them.

A quotation's wording (``db.statements``) is stored once in
``quote_variants`` with its group; a new wording looks up the wordings that
share a fingerprint with it (``quote_prints``), keeps those that are the same
statement (``db.statements.same_statement``) and joins their groups, merging
them when it matches several. So a group is a connected set of wordings each
the same statement as another of them, which does not depend on the order
the quotations came in: each match is found whichever of the two came
second. Only a fingerprint that more than ``COMMON`` wordings share is passed
over (a common phrase, not evidence); a statement copied a thousand times is
one wording and counts once.

When a wording loses its last quotation (an article re-understood or
deleted), its group may fall apart: the trigger of schema 15 marks it, and
``settle`` works the marked groups out again from their wordings alone.
A quotation too short to group (``MIN_WORDS``) is a group of its own.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence

from db.connection import snapshot
from db.quotes import quote_ids, rows_of
from db.records import QuoteGroup, QuoteRow
from db.statements import (
    MIN_WORDS,
    fingerprints,
    packed,
    same_statement,
    statement_key,
    statement_words,
    unpacked,
    word_hashes,
)

# A fingerprint shared by more wordings than this is a common phrase.
COMMON = 64
# Quotations read at a time while folding a listing into groups, at most
# (the first read is as many as the groups asked for).
_SCAN = 4000
# Quotations worked out at a time for a library grouped before schema 15.
BACKLOG = 2000


# -- writing ---------------------------------------------------------------


def group_articles(conn: sqlite3.Connection, article_ids: Sequence[int]) -> None:
    """Group the quotations of these articles not grouped yet, then settle
    the groups that lost a wording; inside the caller's write transaction."""
    rows = conn.execute(
        "SELECT q.id, substr(reader_text(a.text_z), q.start + 1, q.end - q.start)"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE q.article_id IN (SELECT value FROM json_each(?)) AND q.key IS NULL"
        " ORDER BY q.id",
        (json.dumps(list(article_ids)),),
    ).fetchall()
    for quote_id, text in rows:
        add(conn, quote_id, text or "")
    settle(conn)


def group_backlog(conn: sqlite3.Connection, limit: int = BACKLOG) -> int:
    """Group up to ``limit`` quotations stored before there were groups;
    returns how many are left."""
    ids = [
        row[0] for row in conn.execute("SELECT id FROM quotes WHERE key IS NULL LIMIT ?", (limit,))
    ]
    for quote_id, text in conn.execute(
        "SELECT q.id, substr(reader_text(a.text_z), q.start + 1, q.end - q.start)"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE q.id IN (SELECT value FROM json_each(?)) ORDER BY q.article_id",
        (json.dumps(ids),),
    ).fetchall():
        add(conn, quote_id, text or "")
    settle(conn)
    return ungrouped(conn)


def ungrouped(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM quotes WHERE key IS NULL").fetchone()[0]


def add(conn: sqlite3.Connection, quote_id: int, text: str) -> None:
    """Key one stored quotation and join its wording to its group."""
    words = statement_words(text)
    if len(words) < MIN_WORDS:
        conn.execute("UPDATE quotes SET key = 0 WHERE id = ?", (quote_id,))
        return
    key = statement_key(words)
    conn.execute("UPDATE quotes SET key = ? WHERE id = ?", (key, quote_id))
    if conn.execute("UPDATE quote_variants SET quotes = quotes + 1 WHERE key = ?", (key,)).rowcount:
        return
    hashes = word_hashes(words)
    prints = fingerprints(hashes)
    groups = _matching_groups(conn, hashes, prints)
    if groups:
        group_id = min(groups)
        conn.executemany(
            "UPDATE quote_variants SET group_id = ? WHERE group_id = ?",
            [(group_id, other) for other in groups if other != group_id],
        )
    else:
        group_id = _new_group(conn)
    conn.execute(
        "INSERT INTO quote_variants (key, group_id, words, quotes) VALUES (?, ?, ?, 1)",
        (key, group_id, packed(hashes)),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO quote_prints (print, key) VALUES (?, ?)",
        [(p, key) for p in prints],
    )


def _matching_groups(conn: sqlite3.Connection, hashes: list[int], prints: set[int]) -> set[int]:
    """The groups of the stored wordings that are the same statement."""
    candidates: set[int] = set()
    for p in prints:
        found = conn.execute(
            "SELECT key FROM quote_prints WHERE print = ? LIMIT ?", (p, COMMON + 1)
        ).fetchall()
        if len(found) <= COMMON:
            candidates.update(k for (k,) in found)
    groups: set[int] = set()
    for group_id, words in conn.execute(
        "SELECT group_id, words FROM quote_variants"
        " WHERE key IN (SELECT value FROM json_each(?)) AND quotes > 0 ORDER BY key",
        (json.dumps(sorted(candidates)),),
    ).fetchall():
        if group_id not in groups and same_statement(hashes, unpacked(words)):
            groups.add(group_id)
    return groups


def _new_group(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(group_id), 0) + 1 FROM quote_variants").fetchone()[0]


def settle(conn: sqlite3.Connection) -> None:
    """Work out again each group that lost a wording: the wordings with no
    quotation left go, and what remains is split into the parts still held
    together by matches."""
    for (group_id,) in conn.execute("SELECT group_id FROM quote_groups_dirty").fetchall():
        conn.execute("DELETE FROM quote_groups_dirty WHERE group_id = ?", (group_id,))
        variants = conn.execute(
            "SELECT key, words, quotes FROM quote_variants WHERE group_id = ?", (group_id,)
        ).fetchall()
        gone = [(key, words) for key, words, quotes in variants if quotes <= 0]
        if not gone:
            continue
        for key, words in gone:
            conn.executemany(
                "DELETE FROM quote_prints WHERE print = ? AND key = ?",
                [(p, key) for p in fingerprints(unpacked(words))],
            )
            conn.execute("DELETE FROM quote_variants WHERE key = ?", (key,))
        live = [(key, unpacked(words)) for key, words, quotes in variants if quotes > 0]
        for part in _parts(live)[1:]:
            new_id = _new_group(conn)
            conn.executemany(
                "UPDATE quote_variants SET group_id = ? WHERE key = ?",
                [(new_id, key) for key in part],
            )


def _parts(variants: list[tuple[int, list[int]]]) -> list[list[int]]:
    """The keys of ``variants`` in connected parts (wordings linked when they
    share a fingerprint and are the same statement), largest first."""
    parent = {key: key for key, _ in variants}

    def root(key: int) -> int:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    by_print: dict[int, list[int]] = {}
    words = dict(variants)
    for key, hashes in variants:
        for p in fingerprints(hashes):
            by_print.setdefault(p, []).append(key)
    for keys in by_print.values():
        for a, b in itertools.combinations(keys, 2):
            if root(a) != root(b) and same_statement(words[a], words[b]):
                parent[root(a)] = root(b)
    parts: dict[int, list[int]] = {}
    for key in sorted(parent):
        parts.setdefault(root(key), []).append(key)
    return sorted(parts.values(), key=lambda part: (-len(part), part[0]))


# -- reading ---------------------------------------------------------------


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
        marks = list(
            itertools.islice(
                _group_order(conn, speakers, articles, text, min(offset + limit + 1, _SCAN)),
                offset,
                offset + limit,
            )
        )
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
    start, scan = 0, first_scan
    while True:
        ids = quote_ids(
            conn, speakers=speakers, articles=articles, text=text, limit=scan, offset=start
        )
        if not ids:
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
                yield None, quote_id
            elif group_id not in seen:
                seen.add(group_id)
                yield group_id, quote_id
        if len(ids) < scan:
            return
        start, scan = start + scan, min(2 * scan, _SCAN)


# A listing's groups summed up in SQL, a row per group, per wording, and per
# speaker as written (a group may be carried by thousands of articles).
_OF_GROUPS = (
    " FROM quote_variants v JOIN quotes q ON q.key = v.key"
    " JOIN articles a INDEXED BY articles_seen ON a.id = q.article_id"
    " WHERE v.group_id IN (SELECT value FROM json_each(?))"
)
_GROUPS = (
    "SELECT v.group_id, count(DISTINCT q.article_id), json_group_array(DISTINCT a.source),"
    " min(coalesce(a.date, '~') || printf(' %012d', a.id))" + _OF_GROUPS + " GROUP BY v.group_id"
)
_WORDINGS = (
    "SELECT v.group_id, v.key, length(v.words), count(*), min(coalesce(a.date, '~')), min(q.id)"
    + _OF_GROUPS
    + " GROUP BY v.key"
)
# A hidden entity's quotations count as unattributed (as in db.quotes).
_SPEAKERS = (
    "SELECT v.group_id, q.speaker, q.speaker_entity_id, e.name, count(*)"
    " FROM quote_variants v JOIN quotes q ON q.key = v.key"
    " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
    " WHERE v.group_id IN (SELECT value FROM json_each(?))"
    " AND q.speaker IS NOT NULL AND NOT coalesce(e.hidden, 0)"
    " GROUP BY v.group_id, q.speaker_entity_id, q.speaker"
)


def _summaries(
    conn: sqlite3.Connection, marks: list[tuple[int | None, int]], variants: int | None
) -> list[QuoteGroup]:
    ids = json.dumps([g for g, _ in marks if g is not None])
    facts = {row[0]: row[1:] for row in conn.execute(_GROUPS, (ids,))}
    wordings: dict[int, list[tuple]] = {}
    for row in conn.execute(_WORDINGS, (ids,)):
        wordings.setdefault(row[0], []).append(row[1:])
    speakers: dict[int, list[tuple]] = {}
    for row in conn.execute(_SPEAKERS, (ids,)):
        speakers.setdefault(row[0], []).append(row[1:])
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
                speakers.get(group_id, []),
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
) -> QuoteGroup:
    """A group summed up, its speaker by a vote of its quotations: an entity
    counts as one speaker however it was written, an unresolved name by its
    words (case folded)."""
    lead = texts[0]
    votes: Counter = Counter()
    names: dict = {}
    for speaker, entity_id, entity, n in said:
        who = ("entity", entity_id) if entity_id is not None else ("name", speaker.casefold())
        votes[who] += n
        names.setdefault(who, (speaker, entity_id, entity))
    ranked = sorted(votes, key=lambda who: (-votes[who], str(who[1])))
    speaker = entity_id = entity = None
    if ranked:
        speaker, entity_id, entity = names[ranked[0]]
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
        disagreement=len(votes) > 1,
        speakers=[_attribution(*names[who], votes[who]) for who in ranked],
    )
