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
``db.grouped_quotes`` reads the groups, summed up as they change (schema
20): the triggers keep each wording's sums, and what is kept by group, how
many articles carry it, is counted here when a wording joins it and again
when groups merge or split.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Sequence

from db.schema import WHO, first_seen_of
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
# Quotations worked out at a time for a library grouped before schema 15.
BACKLOG = 2000


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
    key = key_of(words)
    conn.execute("UPDATE quotes SET key = ? WHERE id = ?", (key, quote_id))
    if key:
        join(conn, key, words)


def key_of(words: Sequence[str]) -> int:
    """The key a quotation of these words (``db.statements.statement_words``)
    is stored with: 0 when it is too short to be grouped."""
    return statement_key(list(words)) if len(words) >= MIN_WORDS else 0


def join(conn: sqlite3.Connection, key: int, words: Sequence[str]) -> None:
    """Count one more quotation of the wording ``key`` (of ``words``), the
    wording joining its group when it is new. The writer keys a quotation as
    it inserts it and joins it here (the row written once); ``add`` keys one
    stored before."""
    if conn.execute("UPDATE quote_variants SET quotes = quotes + 1 WHERE key = ?", (key,)).rowcount:
        return
    hashes = word_hashes(list(words))
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
    if len(groups) == 1:
        _count_wording(conn, key, group_id)
    else:  # a new group, or groups merged into one
        count_articles(conn, groups | {group_id})
        if groups:  # (a new wording's own speakers its trigger counts)
            count_speakers(conn, groups)
    conn.executemany(
        "INSERT OR IGNORE INTO quote_prints (print, key) VALUES (?, ?)",
        [(p, key) for p in prints],
    )


def _matching_groups(conn: sqlite3.Connection, hashes: list[int], prints: set[int]) -> set[int]:
    """The groups of the stored wordings that are the same statement."""
    # Each fingerprint's wordings, up to one past COMMON, in one statement.
    ordered = sorted(prints)
    each = f"SELECT * FROM (SELECT print, key FROM quote_prints WHERE print = ? LIMIT {COMMON + 1})"
    found: dict[int, list[int]] = {}
    for p, key in conn.execute(" UNION ALL ".join([each] * len(ordered)), ordered):
        found.setdefault(p, []).append(key)
    candidates = {key for keys in found.values() if len(keys) <= COMMON for key in keys}
    groups: set[int] = set()
    for group_id, words in conn.execute(
        "SELECT group_id, words FROM quote_variants"
        " WHERE key IN (SELECT value FROM json_each(?)) AND quotes > 0 ORDER BY key",
        (json.dumps(sorted(candidates)),),
    ).fetchall():
        if group_id not in groups and same_statement(hashes, unpacked(words)):
            groups.add(group_id)
    return groups


def _count_wording(conn: sqlite3.Connection, key: int, group_id: int) -> None:
    """Count the articles a new wording brings its group (those that carry
    no other wording of it), a look-up per quotation of the wording: the
    triggers of schema 20 count a quotation of a wording already grouped."""
    conn.execute(
        "UPDATE quote_group_articles SET articles = articles + (SELECT count(DISTINCT q.article_id)"
        " FROM quotes q WHERE q.key = :key AND NOT EXISTS (SELECT 1 FROM quotes o"
        " JOIN quote_variants w ON w.key = o.key WHERE o.article_id = q.article_id"
        " AND o.key != :key AND w.group_id = :group)) WHERE group_id = :group",
        {"key": key, "group": group_id},
    )


def count_articles(conn: sqlite3.Connection, group_ids: set[int]) -> None:
    """Count again the articles that carry each of these groups (merged,
    split, new, or gone: then its count goes), from the index of quotations
    by key; a group's other figures are kept by wording and need no
    counting again, but for its speakers (``count_speakers``)."""
    for group_id in group_ids:
        conn.execute("DELETE FROM quote_group_articles WHERE group_id = ?", (group_id,))
        conn.execute(
            "INSERT INTO quote_group_articles (group_id, articles)"
            " SELECT v.group_id, count(DISTINCT q.article_id) FROM quote_variants v"
            " JOIN quotes q ON q.key = v.key WHERE v.group_id = ? GROUP BY v.group_id",
            (group_id,),
        )


def count_speakers(conn: sqlite3.Connection, group_ids: set[int]) -> None:
    """Count again the speakers of each of these groups (merged or split)
    from their wordings' (schema 21): the triggers count a wording's
    speakers into its group as they change, not as it changes group."""
    for group_id in group_ids:
        conn.execute("DELETE FROM quote_group_speakers WHERE group_id = ?", (group_id,))
        conn.execute(
            "INSERT INTO quote_group_speakers (group_id, entity, who, speaker, quotes)"
            " SELECT v.group_id, s.entity, "
            + WHO.format(e="s.entity", s="s.speaker")
            + ", min(s.speaker), sum(s.quotes)"
            " FROM quote_variants v JOIN quote_wording_speakers s ON s.key = v.key"
            " WHERE v.group_id = ? GROUP BY 1, 2, 3",
            (group_id,),
        )


def _new_group(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(group_id), 0) + 1 FROM quote_variants").fetchone()[0]


def settle(conn: sqlite3.Connection) -> None:
    """Work out again each group that lost a wording: the wordings with no
    quotation left go, and what remains is split into the parts still held
    together by matches, each counted again (a group that did not split
    the triggers kept counted); then where the wordings that lost their
    first quotation were first seen."""
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
        parts = _parts([(key, unpacked(words)) for key, words, quotes in variants if quotes > 0])
        if not parts:  # (its wordings all gone, so is its count)
            conn.execute("DELETE FROM quote_group_articles WHERE group_id = ?", (group_id,))
        if len(parts) < 2:  # the triggers kept its counts
            continue
        changed = {group_id}
        for part in parts[1:]:
            new_id = _new_group(conn)
            changed.add(new_id)
            conn.executemany(
                "UPDATE quote_variants SET group_id = ? WHERE key = ?",
                [(new_id, key) for key in part],
            )
        count_articles(conn, changed)
        count_speakers(conn, changed)
    _seen_again(conn)
    _spelt_again(conn)


def _seen_again(conn: sqlite3.Connection) -> None:
    """Work out again where each wording the triggers of schema 20 marked
    was first seen, and its first quotation: once per wording, however
    many of its quotations went (the trash deletes a source's articles
    oldest first, each of them the wording's first seen)."""
    conn.execute(
        "UPDATE quote_variants SET first_quote = (SELECT min(id) FROM quotes"
        " WHERE key = quote_variants.key), first_seen = ("
        + first_seen_of("quote_variants.key")
        + ") WHERE key IN (SELECT key FROM quote_seen_dirty)"
    )
    conn.execute("DELETE FROM quote_seen_dirty")


def _spelt_again(conn: sqlite3.Connection) -> None:
    """Show each unresolved name the triggers of schema 21 marked (its
    shown spelling gone, others left) by its first spelling left, reading
    the unresolved speakers of each marked group once, whatever the number
    marked. Nothing marked (no quotation gone since it last ran, as when a
    group of new articles is written), it reads nothing: SQLite plans the
    statement from the wordings' side, and on the benchmark's 1M library
    (a few dozen wordings, half a million speakers) it read every
    speaker, 47 ms a group of articles even with nothing marked. Something
    marked, the statement starts from the marks (``CROSS JOIN`` fixes
    SQLite's order), so that it reads the wordings of the marked groups and
    their speakers by (key, entity), not every speaker of every wording
    (a reindex, a delete, a changed file re-understood)."""
    if conn.execute("SELECT 1 FROM quote_spelling_dirty LIMIT 1").fetchone() is None:
        return
    conn.execute(
        "UPDATE quote_group_speakers SET speaker = f.speaker FROM (SELECT v.group_id, s.entity,"
        f" {WHO.format(e='s.entity', s='s.speaker')} AS who, min(s.speaker) AS speaker"
        " FROM (SELECT DISTINCT group_id, entity FROM quote_spelling_dirty) AS d"
        " CROSS JOIN quote_variants v ON v.group_id = d.group_id"
        " CROSS JOIN quote_wording_speakers s ON s.key = v.key AND s.entity = d.entity"
        " GROUP BY 1, 2, 3) AS f"
        " WHERE quote_group_speakers.group_id = f.group_id"
        " AND quote_group_speakers.entity = f.entity AND quote_group_speakers.who = f.who"
        " AND EXISTS (SELECT 1 FROM quote_spelling_dirty d WHERE d.group_id = f.group_id"
        " AND d.entity = f.entity AND d.who = f.who)"
    )
    conn.execute("DELETE FROM quote_spelling_dirty")


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
