"""What is new since you last looked (issue 20, item 3), through the real
command line: ``follow``, ``unfollow``, ``follows``, ``new`` and the
``new`` of ``saved --json``; and the rules of a mark (``db.follows``)."""

from __future__ import annotations

import json

import pytest

from db.records import ArticleRecord, MentionRecord, UnderstoodRecord
from db.store import Store
from reader.library import Library
from tests.conftest import store_understood
from tests.test_identity import _budi_collection
from tests.trust.conftest import assert_one_line_error, make_collection, run


@pytest.fixture
def stocked(tmp_path):
    db = tmp_path / "r.db"
    assert run(db, "import", str(make_collection(tmp_path / "a", 5))).returncode == 0
    assert run(db, "saved", "add", "port", "harbour").returncode == 0
    return db, make_collection(tmp_path / "more", 3, seed=1)


def _json(db, *args):
    done = run(db, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_follow_unfollow_and_follows(stocked):
    db, _ = stocked
    done = run(db, "follow", "Sri Wahyuni")
    assert done.returncode == 0, done.stderr
    assert "following Sri Wahyuni" in done.stdout
    assert "already following" in run(db, "follow", "sri wahyuni").stdout
    (row,) = _json(db, "follows")
    assert row["name"] == "Sri Wahyuni" and row["new"] == 0 and row["last_opened"] is None
    assert row["entity_id"] == _json(db, "entities", "Sri Wahyuni")[0]["id"]

    assert run(db, "unfollow", "Sri Wahyuni").returncode == 0
    assert _json(db, "follows") == []
    assert_one_line_error(run(db, "unfollow", "Sri Wahyuni"), "not following", "Sri Wahyuni")
    assert_one_line_error(run(db, "follow", "Nobody Anywhere"), "no entity named")
    for command in ("follow", "unfollow"):
        assert_one_line_error(run(db, command, " "), "name an entity")
    assert _json(db, "follows") == []


def test_new_counts_what_an_import_brought_until_marked_seen(stocked):
    db, more = stocked
    assert run(db, "follow", "Wahyuni").returncode == 0  # a short form resolves as entity: does
    before = _json(db, "new")
    assert before == [
        {"kind": "saved", "name": "port", "new": 0, "last_opened": None},
        {"kind": "entity", "name": "Sri Wahyuni", "new": 0, "last_opened": None},
    ]
    assert run(db, "import", str(more)).returncode == 0

    assert [(n["kind"], n["new"]) for n in _json(db, "new")] == [("saved", 3), ("entity", 3)]
    assert _json(db, "saved") == [
        {"name": "port", "query": "harbour", "last_opened": None, "new": 3}
    ]
    assert _json(db, "follows")[0]["new"] == 3
    plain = run(db, "new")
    assert "3 new  saved   port" in plain.stdout

    seen = run(db, "new", "--seen")
    assert seen.returncode == 0 and "marked 2 seen" in seen.stderr
    after = _json(db, "new")
    assert [n["new"] for n in after] == [0, 0]
    assert all(n["last_opened"] for n in after)


def test_a_name_that_fits_several_follows_the_first_and_says_so(tmp_path):
    db = _budi_collection(tmp_path)
    done = run(db, "follow", "Budi")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("reader: Budi: 2 people or bodies (")
    assert "name another by its id" in done.stderr and done.stderr.count("\n") == 1
    (row,) = _json(db, "follows")
    assert row["name"] in {"Budi Santoso", "Budi Hartono"}
    # By id, the other one.
    other = next(
        e["id"]
        for e in _json(db, "entities", "Budi")
        if e["name"] in {"Budi Santoso", "Budi Hartono"} and e["id"] != row["entity_id"]
    )
    assert run(db, "follow", str(other)).returncode == 0
    assert len(_json(db, "follows")) == 2


def _article(n: int, name: str | None) -> tuple:
    text = f"Report {n}\n\nA report number {n} about the harbour. {name or 'Nobody'} spoke.\n"
    record = ArticleRecord(
        path=f"/x/{n}.txt",
        text=text,
        encoding="utf-8",
        content_hash=f"{n:064x}",
        title=f"Report {n}",
        lang="en",
    )
    mentions = []
    if name:
        start = text.index(name)
        mentions.append(MentionRecord(name.lower(), "PER", name, start, start + len(name)))
    return record, mentions, []


def test_an_article_understood_after_the_follow_was_opened_is_still_new(tmp_path):
    """Imported before the user looked, but its names came after: it was
    not among what the user saw, so it counts."""
    db = tmp_path / "r.db"
    with Store(db) as store:
        store_understood(store, [_article(1, "Dewi Lestari")])
        done: list = []
        store.store_articles([_article(2, None)[0]], done)  # waits for its names
    with Library(db) as library:
        (entity_id,) = library.entity_ids_named("Dewi Lestari")
        library.follow(entity_id)
        library.mark_opened(library.whats_new())
        assert [item.new for item in library.whats_new()] == [0]
    with Store(db) as store:
        # Its second phase finds the name.
        _, mentions, _ = _article(2, "Dewi Lestari")
        claim, _ = store.claim_understanding(1, since=0.0)
        store.write_understanding([UnderstoodRecord(done[0][1], mentions, [])], claim, 0.0)
    with Library(db) as library:
        assert [item.new for item in library.whats_new()] == [1]


def test_a_follow_moves_with_a_merge(tmp_path):
    db = tmp_path / "r.db"
    with Store(db) as store:
        store_understood(store, [_article(1, "Dewi Lestari"), _article(2, "Dee Lestari")])
    with Library(db) as library:
        (dewi,) = library.entity_ids_named("Dewi Lestari")
        (dee,) = library.entity_ids_named("Dee Lestari")
        library.follow(dee)
        library.merge_entities(dewi, dee)
        assert [(f.entity_id, f.name) for f in library.followed()] == [(dewi, "Dewi Lestari")]


def test_a_search_saved_in_the_same_second_as_an_import_counts_it_new(tmp_path, monkeypatch):
    """The clock says the same second for the save and the import (it has
    seconds only): the import is still new to the search."""
    import db.saved
    import db.writer

    for module in (db.saved, db.writer):
        monkeypatch.setattr(module, "now", lambda: "2026-12-06T10:00:00+00:00")
    with Library(tmp_path / "r.db") as library:
        list(library.run_import(library.plan_import([str(make_collection(tmp_path / "a", 2))])))
        library.save_search("port", "harbour")
        more = make_collection(tmp_path / "more", 3, seed=1)
        list(library.run_import(library.plan_import([str(more)])))
        [item] = library.whats_new(kinds=("saved",))
        assert item.new == 3
