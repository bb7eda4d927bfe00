"""The entity page read from the store: what is said about an entity, and
the indexes that keep the page and name lookups quick (schema 10)."""

from __future__ import annotations

import hashlib
import sqlite3

from db.entities import entity_page
from db.functions import register_functions
from db.identity import entity_ids_by_key
from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.schema import SCHEMA_VERSION, migrate
from db.store import Store
from tests.conftest import store_understood

QUOTE = '"Saya bertemu Dewi Lestari dan Dewi Lestari lagi," '


def _article(number: int, date: str) -> tuple:
    """An article whose one quote, by Tono Wibisono, names Dewi Lestari twice."""
    head = f"Kabar nomor {number}\n\n"
    text = head + QUOTE + "kata Tono Wibisono.\n"
    first = len(head) + text[len(head) :].index("Dewi")
    second = text.index("Dewi", first + 1)
    speaker = text.index("Tono")
    record = ArticleRecord(
        path=f"/{number}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Kabar nomor {number}",
        date=date,
    )
    mentions = [
        MentionRecord("dewi lestari", "PER", "Dewi Lestari", first, first + 12),
        MentionRecord("dewi lestari", "PER", "Dewi Lestari", second, second + 12),
        MentionRecord("tono wibisono", "PER", "Tono Wibisono", speaker, speaker + 13),
    ]
    said = QuoteRecord(len(head), len(head) + len(QUOTE) - 1, "Tono Wibisono", "tono wibisono")
    return record, mentions, [said]


def _dewi(store: Store) -> int:
    return store.conn.execute(
        "SELECT entity_id FROM entity_aliases WHERE key = 'dewi lestari'"
    ).fetchone()[0]


def test_said_about_lists_a_quote_naming_the_entity_twice_once_newest_first(db_path):
    with Store(db_path) as store:
        dates = ["2025-01-05", "2025-03-05", "2025-02-05"]
        store_understood(store, [_article(n, d) for n, d in enumerate(dates)])
        page = entity_page(store.conn, _dewi(store), limit=2)
    said = page.said_about
    assert [q["date"] for q in said] == ["2025-03-05", "2025-02-05"]
    assert [q["speaker"] for q in said] == ["Tono Wibisono", "Tono Wibisono"]
    assert said[0]["text"] == QUOTE.rstrip()
    assert page.co_mentioned == [
        {"id": page.co_mentioned[0]["id"], "name": "Tono Wibisono", "type": "PER", "shared": 3}
    ]


def _columns(conn: sqlite3.Connection, index: str) -> list[str]:
    return [row[2] for row in conn.execute(f"PRAGMA index_info({index})")]


def test_a_version_8_file_gets_the_entity_page_indexes(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=8)
    assert _columns(conn, "mentions_entity") == ["entity_id", "article_id"]
    conn.close()
    with Store(db_path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _columns(conn, "mentions_entity") == ["entity_id", "article_id", "end"]
        assert _columns(conn, "mentions_article_entity") == ["article_id", "entity_id"]
        store_understood(store, [_article(1, "2025-01-05")])
        # Who appears with an entity: distinct pairs in index order, no
        # temporary b-tree to make them distinct.
        plan = " ".join(
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT DISTINCT o.article_id, o.entity_id FROM mentions o"
                " WHERE o.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)",
                (_dewi(store),),
            )
        )
    assert "mentions_article_entity" in plan and "FOR DISTINCT" not in plan


def test_a_name_typed_without_its_spaces_is_looked_up_by_index(db_path):
    """The finder asks it on every keystroke: a scan of every alias took
    60-75 ms at 100,000 entities."""
    with Store(db_path) as store:
        store_understood(store, [_article(1, "2025-01-05")])
        assert entity_ids_by_key(store.conn, "dewilestari") == [_dewi(store)]
        plan = store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT DISTINCT entity_id FROM entity_aliases"
            " WHERE replace(key, ' ', '') = ?",
            ("dewilestari",),
        ).fetchall()
    assert "entity_aliases_spaceless" in " ".join(row[3] for row in plan)
