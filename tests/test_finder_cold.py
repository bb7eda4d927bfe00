"""The finder's answer before its index is built (``find_entities(wait=False)``):
looked up in SQL, it must list the entities the index would for a name, or a
person's first or last name, begun (a word inside a longer name, or a
misspelling, waits for the index: ``Library._begun``). Once an index is
built, a change to the entities (a batch of the second phase) leaves it
answering until the new one is in (``Library._previous``)."""

from __future__ import annotations

import hashlib
import threading

import pytest

from db import curation
from db.records import ArticleRecord, MentionRecord
from db.store import Store
from reader import library as library_module
from reader.extract.names import entity_key
from reader.library import Library
from reader.ui.finder import EntityFinder
from tests.conftest import store_understood

# Made-up people and bodies, each named in as many articles as its weight.
NAMES = [
    ("Wulan Haryanti", "PER", 5),
    ("Wulandari Pratama", "PER", 2),
    ("Bagus Wulangsari", "PER", 3),
    ("Rudi Kartasasmita", "PER", 4),
    ("Kartika Langit", "ORG", 1),
]
# Named only in an article understood after the index was built.
LATER = [("Langitta Sekarwangi", "PER", 1)]


def _made(number: int, names: list[str]) -> tuple:
    text = f"Kabar {number}. " + ". ".join(f"Ada {name} di sini" for name in names) + "."
    mentions = []
    for name in names:
        start = text.index(name)
        kind = next(k for n, k, _ in NAMES + LATER if n == name)
        mentions.append(MentionRecord(name.lower(), kind, name, start, start + len(name)))
    record = ArticleRecord(
        path=f"/{number}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Kabar {number}",
        date="2025-01-01",
    )
    return record, mentions, []


@pytest.fixture
def library(db_path):
    made = [
        _made(number, [name for name, _, weight in NAMES if weight > number])
        for number in range(max(weight for _, _, weight in NAMES))
    ]
    with Store(db_path) as store:
        store_understood(store, made)
    library_module._NAME_CACHE.clear()
    with Library(db_path) as opened:
        yield opened
    library_module._NAME_CACHE.clear()


def _names(found) -> list[str]:
    return [hit.name for hit in found.hits]


@pytest.mark.parametrize("typed", ["w", "wul", "Wulan", "kart", "rudi k", "", "xq"])
def test_before_the_index_the_same_entities_are_found(library, typed):
    cold = library.find_entities(typed, wait=False)
    assert not library.names_ready()  # answered without building the index
    warm = library.find_entities(typed)
    assert library.names_ready()
    assert sorted(_names(cold)) == sorted(_names(warm))


def test_before_the_index_a_surname_begun_finds_the_person(library):
    """``Bagus Wulangsari`` by ``wulang``: a person's last name, from
    ``name_parts``; a name starting with it comes first."""
    found = _names(library.find_entities("wulang", wait=False))
    assert found == ["Bagus Wulangsari"]
    assert _names(library.find_entities("wulan", wait=False))[0] == "Wulan Haryanti"


def test_before_the_index_the_heaviest_come_first_for_an_empty_query(library):
    found = _names(library.find_entities("", limit=2, wait=False))
    assert found == ["Wulan Haryanti", "Rudi Kartasasmita"]


def test_before_the_index_a_hidden_entity_is_not_offered(library):
    library.hide_entity(library.find_entities("rudi kartasasmita").hits[0].id)
    library_module._NAME_CACHE.clear()
    assert "Rudi Kartasasmita" not in _names(library.find_entities("rudi", wait=False))


def _understand_one_more(db_path) -> None:
    """What a batch of the second phase does to the finder: a new article
    understood, with a name never seen, by another connection."""
    with Store(db_path) as store:
        store_understood(store, [_made(10, ["Langitta Sekarwangi", "Kartika Langit"])])


def test_after_a_change_the_previous_index_answers_until_the_new_one_is_built(library, db_path):
    """``langit`` finds ``Kartika Langit`` (a word inside an organisation's
    name) only through the index; the SQL answer does not."""
    library.load_names()
    _understand_one_more(db_path)
    assert not library.names_ready()
    before = library.find_entities("langit", wait=False)
    assert _names(before) == ["Kartika Langit"]
    assert before.hits[0].article_count == 2  # the count as it is now
    library.load_names()
    after = library.find_entities("langit", wait=False)
    assert sorted(_names(after)) == ["Kartika Langit", "Langitta Sekarwangi"]


def _elsewhere(db_path, change) -> None:
    """A curation made by another process (``reader entity hide`` beside
    the TUI): straight through the store, not this process's Library."""
    with Store(db_path) as store, store.transaction() as conn:
        change(conn)


def test_the_previous_index_leaves_out_what_was_hidden_and_shows_a_new_name(library, db_path):
    library.load_names()
    rudi = library.find_entities("rudi kartasasmita").hits[0].id
    kartika = library.find_entities("kartika langit").hits[0].id
    _elsewhere(db_path, lambda conn: curation.hide(conn, rudi))
    _elsewhere(
        db_path, lambda conn: curation.rename(conn, kartika, "Kartika Langit Jaya", entity_key)
    )
    assert not library.names_ready()
    assert "Rudi Kartasasmita" not in _names(library.find_entities("rudi", wait=False))
    assert _names(library.find_entities("langit", wait=False)) == ["Kartika Langit Jaya"]


def test_the_users_own_curation_shows_at_the_next_keystroke(library, db_path):
    """The previous index would not list an entity shown again: after a
    curation in this process the SQL answer serves until the new index."""
    rudi = library.find_entities("rudi kartasasmita").hits[0].id
    _elsewhere(db_path, lambda conn: curation.hide(conn, rudi))
    library.load_names()  # an index without Rudi
    library.unhide_entity(rudi)
    assert "Rudi Kartasasmita" in _names(library.find_entities("rudi kart", wait=False))


def test_the_finder_answers_from_the_old_names_while_the_new_ones_load(
    library, db_path, monkeypatch
):
    """``EntityFinder`` during the second phase: a keystroke while the
    names load again gets the old index's answer, and the names that
    arrived show once the load has finished."""
    finder = EntityFinder(db_path)
    finder.warm()
    _understand_one_more(db_path)
    loading, release = threading.Event(), threading.Event()
    read_names = library_module.entities.entity_names

    def held(conn):
        loading.set()
        release.wait()
        return read_names(conn)

    monkeypatch.setattr(library_module.entities, "entity_names", held)
    load = threading.Thread(target=finder.warm)
    load.start()
    try:
        assert loading.wait(30)
        assert _names(finder.find("langit")) == ["Kartika Langit"]
    finally:
        release.set()
        load.join()
    assert sorted(_names(finder.find("langit"))) == ["Kartika Langit", "Langitta Sekarwangi"]
    finder.close()
