"""Versions of one story: copies and syndicated articles grouped.

The second phase gives each article a sketch of its body outside
quotations and one of its whole body (``reader.extract.sketch``: SLOTS
MinHash values of a byte each, and the whole body's shingle count), kept
together as one value (``stored``). The store cuts the first into
``BANDS`` bands and keeps one key per band in ``version_bands``
(locality-sensitive hashing): the articles that share a band key with a
new one are its only candidates, found through the table's primary key at
any size. A candidate that is a version of the article (``versions``) is
linked to it, and a group is what links connect (its id: its
first-imported article, the smallest id). Every pair of sketched articles
that share a band is judged once, when the later of the two is written,
by the same rule: the groups do not depend on the order articles came in.

What is a version (the issue: a line added or removed is a version, a new
story on shared background is not), in two tests:

- the bodies outside quotations agree on at least ``THRESHOLD`` of the
  slots (their estimated Jaccard similarity): two outlets' own reports of
  one press conference share its quotations, not their sentences;
- each whole body, quotations in, is at least ``HELD`` held by the other;
  or one is held whole (``WHOLLY``) by the other and that other at least
  ``CUT_HELD`` by it (a paragraph cut from a story of four). A copy (a new
  headline or lead, a byline or boilerplate, a paragraph added, cut or
  moved) leaves most of each article in the other; a new write-up that
  pastes an earlier one's background paragraphs under its own lead brings
  its own statements and sentences, so that the earlier one holds less of
  it. A copy with a long new section is a version while the section is
  under about a third of it (a paragraph or two of a story of six), and a
  new story above that: what a reader calls "the same story, updated" and
  "another story", measured on the 53 groups a blind reader judged
  (``evaluation/version_groups.py``) and on ``evaluation/pairs.py``'s
  pairs (``evaluation/versions.py``).

A user's ``split`` takes an article out of its group for good: it is
linked to nothing again, through reindexes and later imports.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from hashlib import blake2b
from operator import eq

# Bands of the sketch's 64 slots: ROWS slots each. Two articles become
# candidates when one band agrees whole, which happens with probability
# 1 - (1 - J^4)^16 for Jaccard similarity J: 0.99 at J = 0.7, 0.9 at 0.55,
# 0.6 at 0.5, 0.12 at 0.3.
BANDS = 16
ROWS = 4
# Candidates read per band key: the oldest articles that share it. A key
# shared by more is a story with many versions (any few of them link a new
# one to the group) or text that many articles share, which tells nothing;
# either way a look-up reads at most BANDS * PER_BAND sketches. (The
# benchmark's synthetic articles, when their sentences were drawn from a
# few dozen a language, shared keys by the thousand: unbounded, a look-up
# read 318 sketches at 5,000 articles and grew with the collection; with 8
# a key, 57 at 100,000, and the writer spent 0.78 ms of CPU an article.
# Real articles share a key with 0.08 others on average, today's synthetic
# ones 0.22 at 10,000.)
PER_BAND = 4
# The share of slots two sketches of the body outside quotations must
# agree on for the articles to be versions of one story (their estimated
# Jaccard similarity of shingles).
THRESHOLD = 0.5
# The share of each whole body (quotations in) that the other must hold;
# or, when one is held whole (WHOLLY), the share of the other it must hold.
# On the blind reader's groups the separate write-ups hold 0.38-0.60 of
# each other (exact; 0.51-0.68 as estimated from the sketches) and the
# right groups 0.69 and up (estimated 0.71 and up); on the recipe's pairs,
# a paragraph cut from a short story leaves 0.65.
HELD = 0.7
WHOLLY = 0.9
CUT_HELD = 0.6
SLOTS = BANDS * ROWS
# A stored sketch: SLOTS bytes outside quotations (banded), SLOTS bytes of
# the whole body, the whole body's shingle count (4 bytes, little-endian).
# A sketch stored before the whole body was sketched is SLOTS bytes long:
# the first test alone judges it, until a reindex sketches it again.
_COUNT = 4
STORED = 2 * SLOTS + _COUNT


def stored(slots: bytes, whole: bytes, whole_shingles: int) -> bytes:
    """The value the store keeps of an article's sketch."""
    if len(slots) != SLOTS or len(whole) != SLOTS:
        raise ValueError(f"sketches of {len(slots)} and {len(whole)} slots, not {SLOTS}")
    return slots + whole + min(whole_shingles, 2**32 - 1).to_bytes(_COUNT, "little")


def band_keys(sketch: bytes) -> list[int]:
    """One key per band of the sketch outside quotations: a 31-bit hash of
    the band's number and slots (four bytes in SQLite; two unrelated bands
    sharing a key cost one candidate more, which the slots then tell
    apart)."""
    keys = []
    for band in range(BANDS):
        data = bytes([band]) + sketch[band * ROWS : (band + 1) * ROWS]
        keys.append(int.from_bytes(blake2b(data, digest_size=4).digest(), "little") >> 1)
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """The share of slots two MinHashes agree on. The writer compares each
    new sketch with up to ``BANDS * PER_BAND`` others: ``map`` with ``eq``
    counts a pair's agreements in a fifth of a generator's time."""
    if not a:
        return 0.0
    if len(a) != len(b):
        raise ValueError(f"sketches of {len(a)} and {len(b)} slots")
    return sum(map(eq, a, b)) / len(a)


def held(a: bytes, b: bytes) -> tuple[float, float] | None:
    """How much of the larger whole body the smaller holds, and of the
    smaller the larger, estimated from the whole bodies' MinHashes and
    shingle counts (their intersection is J (|A| + |B|) / (1 + J)); None
    when a sketch predates the whole body's."""
    if len(a) != STORED or len(b) != STORED:
        return None
    na = int.from_bytes(a[2 * SLOTS :], "little")
    nb = int.from_bytes(b[2 * SLOTS :], "little")
    if not na or not nb:
        return None
    j = similarity(a[SLOTS : 2 * SLOTS], b[SLOTS : 2 * SLOTS])
    both = min(j * (na + nb) / (1 + j), na, nb)
    return both / max(na, nb), both / min(na, nb)


def versions(a: bytes, b: bytes) -> bool:
    """Whether two stored sketches are versions of one story (the module's
    two tests)."""
    if similarity(a[:SLOTS], b[:SLOTS]) < THRESHOLD:
        return False
    shares = held(a, b)
    if shares is None:
        return True
    of_larger, of_smaller = shares
    return of_larger >= HELD or (of_smaller >= WHOLLY and of_larger >= CUT_HELD)


def linked(a: bytes, b: bytes) -> bool:
    """The store's decision on two stored sketches: versions of one story
    when they share a band key (so that a look-up finds one from the
    other) and ``versions`` says so (``evaluation/versions.py`` measures
    it)."""
    return bool(set(band_keys(a)) & set(band_keys(b))) and versions(a, b)


# The articles sharing any of an article's band keys, PER_BAND a key.
_CANDIDATES = " UNION ".join(
    [f"SELECT * FROM (SELECT article_id FROM version_bands WHERE band = ? LIMIT {PER_BAND})"]
    * BANDS
)


def write_sketch(conn: sqlite3.Connection, article_id: int, slots: bytes | None) -> None:
    """Keep an article's new sketch (None: too little text to tell) and
    link it to the versions it has among the sketched articles, inside the
    caller's write transaction. The same sketch again (a reindex) changes
    nothing."""
    old = conn.execute(
        "SELECT slots FROM version_sketches WHERE article_id = ?", (article_id,)
    ).fetchone()
    if old is not None and old[0] == slots:
        return
    if old is not None:
        conn.executemany(
            "DELETE FROM version_bands WHERE band = ? AND article_id = ?",
            [(key, article_id) for key in band_keys(old[0])],
        )
        conn.execute("DELETE FROM version_sketches WHERE article_id = ?", (article_id,))
        _unlink(conn, article_id)
    if slots is None:
        return
    keys = band_keys(slots)
    conn.execute(
        "INSERT INTO version_sketches (article_id, slots) VALUES (?, ?)", (article_id, slots)
    )
    conn.executemany(
        "INSERT OR IGNORE INTO version_bands (band, article_id) VALUES (?, ?)",
        [(key, article_id) for key in keys],
    )
    if _is_split(conn, article_id):
        return
    found = [row[0] for row in conn.execute(_CANDIDATES, keys) if row[0] != article_id]
    linked = [
        other
        for other, their in conn.execute(
            "SELECT article_id, slots FROM version_sketches"
            " WHERE article_id IN (SELECT value FROM json_each(?))"
            " AND article_id NOT IN (SELECT article_id FROM version_splits)",
            (json.dumps(found),),
        )
        if versions(slots, their)
    ]
    if not linked:
        return
    conn.executemany(
        "INSERT OR IGNORE INTO version_links (article_id, other_id) VALUES (?, ?)",
        [pair for other in linked for pair in ((article_id, other), (other, article_id))],
    )
    _join(conn, article_id, linked)


def _join(conn: sqlite3.Connection, article_id: int, linked: list[int]) -> None:
    """Make one group of the article and the groups of the articles it is
    linked to, relabelling only the groups whose id changes (a story with
    many versions is not rewritten for each new one)."""
    groups = groups_of(conn, linked)
    ids = {groups.get(other, other) for other in linked}
    group_id = min(ids | {article_id})
    conn.executemany(
        "UPDATE version_groups SET group_id = ? WHERE group_id = ?",
        [(group_id, old) for old in ids if old != group_id],
    )
    conn.executemany(
        "INSERT INTO version_groups (article_id, group_id) VALUES (?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id",
        [(m, group_id) for m in {article_id, *(o for o in linked if o not in groups)}],
    )


def candidates(conn: sqlite3.Connection, slots: bytes) -> list[int]:
    """The articles a look-up of ``slots`` reads the sketches of (the
    benchmark's measure of its cost)."""
    return [row[0] for row in conn.execute(_CANDIDATES, band_keys(slots))]


def group_members(conn: sqlite3.Connection, article_id: int) -> list[int]:
    """Every article of the article's group, first-imported first."""
    members = [
        row[0]
        for row in conn.execute(
            "SELECT article_id FROM version_groups WHERE group_id ="
            " (SELECT group_id FROM version_groups WHERE article_id = ?) ORDER BY article_id",
            (article_id,),
        )
    ]
    return members or [article_id]


def groups_of(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, int]:
    """The group of each of these articles that has other versions."""
    return dict(
        conn.execute(
            "SELECT article_id, group_id FROM version_groups"
            " WHERE article_id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
    )


def split(conn: sqlite3.Connection, article_id: int) -> list[int]:
    """Take the article out of its group for good (a reindex or a later
    import links it to nothing again); returns the group it was in."""
    before = group_members(conn, article_id)
    conn.execute("INSERT OR IGNORE INTO version_splits (article_id) VALUES (?)", (article_id,))
    _unlink(conn, article_id)
    return before


def _is_split(conn: sqlite3.Connection, article_id: int) -> bool:
    return (
        conn.execute("SELECT 1 FROM version_splits WHERE article_id = ?", (article_id,)).fetchone()
        is not None
    )


def _unlink(conn: sqlite3.Connection, article_id: int) -> None:
    """Drop the article's links and work its old group out again: what is
    left may fall into several groups (the article joined them) or none."""
    rest = [m for m in group_members(conn, article_id) if m != article_id]
    conn.execute(
        "DELETE FROM version_links WHERE other_id = ? AND article_id IN"
        " (SELECT other_id FROM version_links WHERE article_id = ?)",
        (article_id, article_id),
    )
    conn.execute("DELETE FROM version_links WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM version_groups WHERE article_id = ?", (article_id,))
    left = set(rest)
    while left:
        start = min(left)
        component, frontier = {start}, [start]
        while frontier:
            node = frontier.pop()
            for (other,) in conn.execute(
                "SELECT other_id FROM version_links WHERE article_id = ?", (node,)
            ):
                if other in left and other not in component:
                    component.add(other)
                    frontier.append(other)
        left -= component
        _set_group(conn, component)


def _set_group(conn: sqlite3.Connection, members: set[int]) -> None:
    """Record ``members`` as one group (an article alone is in none)."""
    if len(members) < 2:
        conn.executemany("DELETE FROM version_groups WHERE article_id = ?", [(m,) for m in members])
        return
    group_id = min(members)
    conn.executemany(
        "INSERT INTO version_groups (article_id, group_id) VALUES (?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id",
        [(m, group_id) for m in members],
    )
