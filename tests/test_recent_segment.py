"""The recent segment: a second index over the newest articles, used to rank
common queries, must always hold exactly the articles above its floor and
rank as the whole index would."""

from __future__ import annotations

import sqlite3

import pytest

import db.recent
import db.search
from db.functions import register_functions
from db.packing import pack
from db.schema import migrate
from db.store import Store
from reader.library import Library
from tests.conftest import import_paths, write


@pytest.fixture
def small_segment(monkeypatch):
    monkeypatch.setattr(db.recent, "RECENT", 4)
    monkeypatch.setattr(db.recent, "SHARE", 1)
    monkeypatch.setattr(db.recent, "RECENT_FROM", 0)


def segment_ids(library) -> list[int]:
    rows = library.store.conn.execute("SELECT id FROM recent_fts_docsize ORDER BY id")
    return [row[0] for row in rows]


def stock(library, tmp_path, texts: list[str]) -> list[int]:
    ids = []
    for n, text in enumerate(texts):
        [result] = import_paths(library, write(tmp_path, f"{n}.txt", text))
        ids.append(result.article_id)
    return ids


def test_segment_follows_imports_updates_and_deletions(library, tmp_path, small_segment):
    ids = stock(library, tmp_path, [f"Story {n}\n\nThe harbour report {n}." for n in range(10)])
    assert segment_ids(library) == ids[-4:]
    assert library.check().healthy
    # A changed file at the same path keeps its id and is indexed anew.
    write(tmp_path, "9.txt", "Story 9\n\nThe lighthouse report.")
    import_paths(library, tmp_path / "9.txt")
    conn = library.store.conn
    found = conn.execute("SELECT rowid FROM recent_fts WHERE recent_fts MATCH 'lighthouse'")
    assert [row[0] for row in found] == [ids[9]]
    with library.store.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id IN (?, ?)", (ids[8], ids[2]))
    assert segment_ids(library) == [ids[6], ids[7], ids[9]]
    assert library.check().healthy
    assert library.repair() and library.check().healthy


def test_the_segment_holds_a_tenth_of_a_large_library_and_nothing_of_a_small_one(
    library, tmp_path, monkeypatch
):
    """Not a second copy of the whole index (issue 21's size budget)."""
    for n in range(30):
        write(tmp_path, f"{n:02}.txt", f"Story {n}\n\nThe harbour report number {n}.")
    monkeypatch.setattr(db.recent, "RECENT_FROM", 20)
    first = [r.article_id for r in library.run_import(library.plan_import([str(tmp_path)]))]
    assert segment_ids(library) == sorted(first)[-3:]
    assert len(library.search("harbour", limit=50)) == 30
    assert library.check().healthy
    monkeypatch.setattr(db.recent, "RECENT_FROM", 200)
    smaller = tmp_path / "smaller.db"
    with Library(smaller) as other:
        list(other.run_import(other.plan_import([str(tmp_path)])))
        assert segment_ids(other) == []
        assert len(other.search("harbour", limit=50)) == 30
        assert other.check().healthy


def test_common_query_is_ranked_in_the_segment_as_in_the_whole_index(
    library, tmp_path, small_segment, monkeypatch
):
    """Both paths rank the newest CANDIDATES matches: 'harbour' has enough
    matches in the segment; 'ferry' only in older articles outside it."""
    monkeypatch.setattr(db.search, "CANDIDATES", 3)
    texts = [f"Ferry story {n}\n\nThe ferry and the harbour, day {n}." for n in range(5)]
    texts += [f"Story {n}\n\nThe harbour is busy, day {n}." for n in range(5, 8)]
    texts.append("Harbour news\n\nThe harbour opens, day 8.")
    ids = stock(library, tmp_path, texts)
    assert segment_ids(library) == ids[-4:]
    harbour = [h.id for h in library.search("harbour", limit=3)]
    assert harbour[0] == ids[8] and sorted(harbour) == sorted(ids[6:9])
    ferry = [h.id for h in library.search("ferry", limit=3)]
    assert sorted(ferry) == sorted(ids[2:5])


def test_paging_a_common_query_neither_repeats_nor_skips(
    library, tmp_path, small_segment, monkeypatch
):
    """Pages one hit at a time list the same hits as one page of them, past
    the candidates too."""
    monkeypatch.setattr(db.search, "CANDIDATES", 4)
    texts = ["Tide tables\n\nThe tide turns early, old report."]
    texts += [f"Story {n}\n\nThe tide is high, day {n}." for n in range(1, 7)]
    texts[4] = "Tide watch\n\nThe tide is high, day 4."
    texts += [f"Story {n}\n\nThe harbour is busy, day {n}." for n in range(7, 9)]
    stock(library, tmp_path, texts)
    whole = [h.id for h in library.search("tide", limit=7)]
    paged = [library.search("tide", limit=1, offset=n)[0].id for n in range(7)]
    assert paged == whole and len(set(whole)) == 7


def test_older_library_gets_a_segment_of_its_newest_articles(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=4)
    for n in range(6):
        conn.execute(
            "INSERT INTO articles (path, content_hash, text_z, encoding, title, imported_at,"
            " updated_at) VALUES (?, ?, ?, 'utf-8', 'Banjir', '2020-01-01', '2020-01-01')",
            (f"/{n}.txt", f"h{n}", pack(f"Banjir\n\nAir naik di dermaga {n}.")),
        )
    conn.close()
    with Store(db_path) as store:
        ids = [row[0] for row in store.conn.execute("SELECT id FROM recent_fts_docsize")]
        assert ids == list(range(1, 7))
        found = store.conn.execute(
            "SELECT count(*) FROM recent_fts WHERE recent_fts MATCH 'dermaga'"
        )
        assert found.fetchone() == (6,)
