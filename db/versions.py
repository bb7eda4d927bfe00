"""Versions of one story: copies and syndicated articles grouped.

The second phase gives each article a sketch of its body outside
quotations (``reader.extract.sketch``: SLOTS MinHash values of 16 bits).
The store cuts it into ``BANDS`` bands and keeps one key per band in
``version_bands`` (locality-sensitive hashing): the articles that share a
band key with a new one are its only candidates, found through the
table's primary key at any size. A candidate whose sketch agrees with the
article's on at least ``THRESHOLD`` of the slots is linked to it, and a
group is what links connect (its id: its first-imported article, the
smallest id). Every pair of sketched articles that share a band is judged
once, when the later of the two is written, by the same rule: the groups
do not depend on the order articles came in.

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
# benchmark's synthetic articles, drawn from a few dozen sentences a
# language, share keys by the thousand: unbounded, a look-up read 318
# sketches at 5,000 articles and grew with the collection; with 8 a key,
# 57 at 100,000, and the writer spent 0.78 ms of CPU an article. Real
# articles share a key with 0.08 others on average.)
PER_BAND = 4
# The share of slots two sketches must agree on for the articles to be
# versions of one story (their estimated Jaccard similarity of shingles).
THRESHOLD = 0.5


def band_keys(slots: bytes) -> list[int]:
    """One key per band: a 31-bit hash of the band's number and slots (four
    bytes in SQLite; two unrelated bands sharing a key cost one candidate
    more, which the slots then tell apart)."""
    keys = []
    for band in range(BANDS):
        data = bytes([band]) + slots[band * ROWS : (band + 1) * ROWS]
        keys.append(int.from_bytes(blake2b(data, digest_size=4).digest(), "little") >> 1)
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """The share of slots two sketches agree on. The writer compares each
    new sketch with up to ``BANDS * PER_BAND`` others: ``map`` with ``eq``
    counts a pair's agreements in a fifth of a generator's time."""
    if not a:
        return 0.0
    if len(a) != len(b):
        raise ValueError(f"sketches of {len(a)} and {len(b)} slots")
    return sum(map(eq, a, b)) / len(a)


def linked(a: bytes, b: bytes) -> bool:
    """The store's decision on two sketches: versions of one story when
    they share a band key (so that a look-up finds one from the other) and
    agree on at least ``THRESHOLD`` of the slots (``evaluation/versions.py``
    measures it)."""
    return bool(set(band_keys(a)) & set(band_keys(b))) and similarity(a, b) >= THRESHOLD


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
        if similarity(slots, their) >= THRESHOLD
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
