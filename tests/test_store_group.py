"""A group of files stored in one transaction (``db.writer.store_articles``):
new articles go in several at a time, and every outcome and id is the one
that storing the records one by one gives."""

from __future__ import annotations

import pytest

from db.errors import StoreError
from db.records import ArticleRecord
from db.store import Outcome, Store
from db.writer import ROWS_PER_INSERT, prepare
from reader.importer import content_hash


def _record(path: str | None, word: str, tags: tuple[str, ...] = ()) -> ArticleRecord:
    text = f"Title {word}\n\nThe ferry {word} sailed at dawn, the harbour said."
    return prepare(
        ArticleRecord(
            path=path,
            text=text,
            encoding="utf-8",
            content_hash=content_hash(text),
            title=f"Title {word}",
            lang="en",
            paragraphs=[(len(f"Title {word}\n\n"), len(text))],
            tags=list(tags),
        )
    )


def _found(store: Store, word: str) -> list[int]:
    return [
        row[0]
        for row in store.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", (word,)
        )
    ]


def test_a_group_with_copies_and_an_update_stores_as_one_by_one(tmp_path):
    store = Store(tmp_path / "reader.db")
    first: list = []
    store.store_articles([_record("/a.txt", "alpha")], first)
    many = [
        _record(f"/n{i}.txt", f"word{i}x", tags=("Ferries",)) for i in range(ROWS_PER_INSERT + 7)
    ]
    group = [
        _record("/b.txt", "bravo"),
        _record("/copy.txt", "bravo"),  # the same text as the file before it
        *many,
        _record("/b.txt", "charlie"),  # the file just added, changed: updated
        _record("/a.txt", "delta"),  # an article stored before, changed: updated
        _record(None, "echo"),
        _record(None, "echo"),  # the same text again, from no file
    ]
    done: list = []
    store.store_articles(group, done)

    b_id = first[0][1] + 1
    last = b_id + len(many)
    assert done[:2] == [(Outcome.ADDED, b_id), (Outcome.DUPLICATE, b_id)]
    assert done[2:-4] == [(Outcome.ADDED, b_id + 1 + i) for i in range(len(many))]
    assert done[-4:] == [
        (Outcome.UPDATED, b_id),
        (Outcome.UPDATED, first[0][1]),
        (Outcome.ADDED, last + 1),
        (Outcome.DUPLICATE, last + 1),
    ]
    assert _found(store, "bravo") == []
    assert _found(store, "charlie") == [b_id]
    assert _found(store, "delta") == [first[0][1]]
    assert _found(store, "echo") == [last + 1]
    assert all(_found(store, f"word{i}x") == [b_id + 1 + i] for i in range(len(many)))
    tagged = store.conn.execute("SELECT count(*) FROM article_tags").fetchone()[0]
    assert tagged == len(many)
    queued = store.conn.execute("SELECT count(*) FROM understanding_queue").fetchone()[0]
    assert queued == len(many) + 3  # a, b and the echo besides
    store.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    store.close()


def test_a_failed_group_leaves_none_of_its_articles(tmp_path):
    store = Store(tmp_path / "reader.db")
    bad = _record("/bad.txt", "foxtrot")
    bad.tags = [object()]  # cannot be bound: the group fails after its insert
    group = [_record(f"/g{i}.txt", f"golf{i}x") for i in range(3)] + [bad]
    with pytest.raises(StoreError):
        store.store_articles(group, [])
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert _found(store, "golf0x") == []
    store.close()
