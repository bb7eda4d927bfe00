"""Each entity's article count is stored (schema 6) and stays equal to what
its mentions say through every way mentions change."""

from __future__ import annotations

import sqlite3

from db.functions import register_functions
from db.packing import pack
from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.schema import SCHEMA_VERSION, migrate
from db.store import Store
from reader.library import Library
from tests.conftest import import_paths, store_understood, write

COUNTED = (
    "SELECT e.name, e.articles,"
    " (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id)"
    " FROM entities e ORDER BY e.name"
)


def _counts(library: Library) -> dict[str, int]:
    """Stored counts by entity name, after checking each against the mentions."""
    rows = library.store.conn.execute(COUNTED).fetchall()
    assert [(name, stored) for name, stored, _ in rows] == [
        (name, counted) for name, _, counted in rows
    ]
    return {name: stored for name, stored, _ in rows}


def _article(name: str, *sentences: str) -> str:
    return f"{name}\n\n" + "\n\n".join(sentences) + "\n"


def test_an_article_counts_once_however_often_it_names_the_entity(tmp_path, library):
    write(
        tmp_path,
        "a.txt",
        _article(
            "Dermaga baru",
            "Gubernur Rahmat Sulistyo meresmikan dermaga di Makassar.",
            "Rahmat Sulistyo mengatakan dermaga itu siap. Sulistyo juga menyebut Makassar.",
        ),
    )
    write(
        tmp_path,
        "b.txt",
        _article(
            "Pasar ikan", "Rahmat Sulistyo mengunjungi pasar ikan di Makassar pada pagi hari."
        ),
    )
    write(tmp_path, "c.txt", _article("Cuaca", "Hujan turun di Makassar sepanjang hari."))
    import_paths(library, tmp_path)
    counts = _counts(library)
    assert counts["Rahmat Sulistyo"] == 2
    assert counts["Makassar"] == 3

    # A changed file is stored again: its old mentions go, its new ones come.
    write(tmp_path, "c.txt", _article("Cuaca", "Hujan turun di Bandung sepanjang hari."))
    import_paths(library, tmp_path / "c.txt")
    counts = _counts(library)
    assert counts["Makassar"] == 2 and counts["Bandung"] == 1

    list(library.reindex())
    assert _counts(library) == counts

    # Writing a mention's entity back unchanged is no move.
    with library._writing() as conn:
        conn.execute("UPDATE mentions SET entity_id = entity_id")
    assert _counts(library) == counts


def test_merge_and_split_move_the_counts_with_the_mentions(tmp_path, library):
    write(tmp_path, "a.txt", _article("Satu", "Budi Hartono membuka pameran di Surabaya."))
    write(tmp_path, "b.txt", _article("Dua", "Bud Hartanto menutup pameran di Surabaya."))
    write(
        tmp_path,
        "c.txt",
        _article("Tiga", "Budi Hartono dan Bud Hartanto bertemu di Surabaya."),
    )
    import_paths(library, tmp_path)
    ids = dict(library.store.conn.execute("SELECT name, id FROM entities"))
    keep, absorb = ids["Budi Hartono"], ids["Bud Hartanto"]
    assert _counts(library)["Budi Hartono"] == 2

    library.merge_entities(keep, absorb)
    assert _counts(library)["Budi Hartono"] == 3  # article c names both: counted once

    library.split_entity(keep, "Bud Hartanto")
    counts = _counts(library)
    assert counts["Budi Hartono"] == 2 and counts["Bud Hartanto"] == 2
    assert library.entity(keep).article_count == 2


def test_a_version_5_library_gets_its_counts_on_upgrade(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=5)
    for article_id in (1, 2):
        conn.execute(
            "INSERT INTO articles (id, text_z, encoding, content_hash, title, imported_at,"
            " updated_at) VALUES (?, ?, 'utf-8', ?, 't', '', '')",
            (article_id, pack("Ani di Medan. Ani lagi."), f"h{article_id}"),
        )
    conn.execute(
        "INSERT INTO entities (id, name, type) VALUES (1, 'Ani', 'PER'), (2, 'Medan', 'LOC')"
    )
    for article_id, start, entity_id in ((1, 0, 1), (1, 14, 1), (2, 0, 1), (1, 7, 2)):
        conn.execute(
            "INSERT INTO mentions (article_id, start, end, entity_id) VALUES (?, ?, ?, ?)",
            (article_id, start, start + 3, entity_id),
        )
    conn.close()

    with Store(db_path) as store:
        assert store.conn.execute("SELECT name, articles FROM entities ORDER BY id").fetchall() == [
            ("Ani", 2),
            ("Medan", 1),
        ]


def test_counts_follow_a_delete_and_a_restore_from_the_trash(tmp_path, library):
    """Schema 19 counts an article's entities as its mentions are written,
    by the writer and by a restore alike (no trigger per mention)."""
    write(tmp_path, "a.txt", _article("Satu", "Rahmat Sulistyo meresmikan dermaga di Makassar."))
    write(tmp_path, "b.txt", _article("Dua", "Rahmat Sulistyo mengunjungi pasar di Makassar."))
    import_paths(library, tmp_path)
    assert _counts(library)["Makassar"] == 2
    (gone,) = library.store.conn.execute("SELECT id FROM articles WHERE path LIKE '%a.txt'")
    library.delete_articles([gone[0]])
    assert _counts(library)["Makassar"] == 1
    library.restore_from_trash([gone[0]])
    counts = _counts(library)
    assert counts["Makassar"] == 2 and counts["Rahmat Sulistyo"] == 2
    assert library.check().healthy, library.check().problems


def test_a_version_18_library_keeps_its_counts_and_quotation_index_on_upgrade(db_path):
    """A library made before schema 19 (counted and indexed by triggers per
    row) keeps its counts and its quotations' index, and what is written
    after the upgrade is counted and indexed as before."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    register_functions(conn)
    migrate(conn, target=18)
    text = "Ani di Medan. Ani berkata “pelabuhan dibuka besok pagi untuk kapal nelayan”."
    conn.execute(
        "INSERT INTO articles (id, text_z, encoding, content_hash, title, imported_at,"
        " updated_at) VALUES (1, ?, 'utf-8', 'h1', 't', '', '')",
        (pack(text),),
    )
    conn.execute(
        "INSERT INTO entities (id, name, type) VALUES (1, 'Ani', 'PER'), (2, 'Medan', 'LOC')"
    )
    conn.execute(
        "INSERT INTO entity_aliases (key, type, entity_id, name)"
        " VALUES ('ani', 'PER', 1, 'Ani'), ('medan', 'LOC', 2, 'Medan')"
    )
    for start, entity_id in ((0, 1), (14, 1), (7, 2)):
        conn.execute(
            "INSERT INTO mentions (article_id, start, end, entity_id) VALUES (1, ?, ?, ?)",
            (start, start + 3, entity_id),
        )
    said = text.index("pelabuhan")
    conn.execute(
        "INSERT INTO quotes (article_id, start, end, speaker_entity_id) VALUES (1, ?, ?, 1)",
        (said, text.index("”")),
    )
    conn.close()

    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("SELECT name, articles FROM entities ORDER BY id").fetchall() == [
            ("Ani", 1),
            ("Medan", 1),
        ]
        found = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?"
        assert store.conn.execute(found, ("pelabuhan",)).fetchall() == [(1,)]
        record = ArticleRecord(
            path="/b.txt",
            text="Ani ke Medan. “Kapal nelayan berangkat dari pelabuhan lama,” kata Ani.",
            encoding="utf-8",
            content_hash="h2",
            title="b",
        )
        at = record.text.index("Kapal")
        store_understood(
            store,
            [
                (
                    record,
                    [
                        MentionRecord("ani", "PER", "Ani", 0, 3),
                        MentionRecord("medan", "LOC", "Medan", 7, 12),
                        MentionRecord(
                            "ani", "PER", "Ani", len(record.text) - 4, len(record.text) - 1
                        ),
                    ],
                    [QuoteRecord(at, record.text.index(",”"), "Ani", "ani", "kata")],
                )
            ],
        )
        assert store.conn.execute("SELECT name, articles FROM entities ORDER BY id").fetchall() == [
            ("Ani", 2),
            ("Medan", 2),
        ]
        assert store.conn.execute(found, ("pelabuhan",)).fetchall() == [(1,), (2,)]
        store.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
