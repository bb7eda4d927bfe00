"""The finder's answer before its index is built (``find_entities(wait=False)``):
looked up in SQL, it must list the entities the index would for a name, or a
person's first or last name, begun (a word inside a longer name, or a
misspelling, waits for the index: ``Library._begun``). Once an index is
built, a change to the entities (a batch of the second phase) leaves it
answering until the new one is in (``Library._previous``)."""

from __future__ import annotations

import logging
import threading

import pytest

from db import curation
from db.errors import StoreError
from db.records import MentionRecord
from db.store import Store
from reader import library as library_module
from reader.extract.names import entity_key
from reader.library import Library
from reader.ui.finder import EntityFinder
from tests.conftest import article_record, store_understood

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
    record = article_record(f"/{number}.txt", text, f"Kabar {number}", date="2025-01-01")
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


def test_a_write_between_the_readiness_check_and_the_look_up_builds_no_index(
    library, db_path, monkeypatch
):
    """A batch committed while a keystroke is answered (the stamp read, then
    the look-up) must not turn that keystroke into a full rebuild of the
    index, which would run under the finder's lock for seconds."""
    library.load_names()
    read_stamp = library_module.identity.entity_stamp
    batches = [lambda: _understand_one_more(db_path)]

    def stamp_then_a_batch(conn):
        stamp = read_stamp(conn)
        if batches:
            batches.pop()()
        return stamp

    read = []
    read_names = library_module.entities.entity_names
    monkeypatch.setattr(library_module.identity, "entity_stamp", stamp_then_a_batch)
    monkeypatch.setattr(
        library_module.entities, "entity_names", lambda conn: read.append(1) or read_names(conn)
    )
    found = library.find_entities("langit", wait=False)
    assert _names(found) == ["Kartika Langit"]
    assert read == []  # answered from the index there was, none built


def _held_load(monkeypatch) -> tuple[threading.Event, threading.Event, list]:
    """Make the names' read block once it has read them (a load at a
    million articles takes seconds): set ``loading`` then, and wait for
    ``release``; ``reads`` counts the loads."""
    loading, release, reads = threading.Event(), threading.Event(), []
    read_names = library_module.entities.entity_names

    def held(conn):
        names = read_names(conn)
        reads.append(1)
        loading.set()
        release.wait()
        return names

    monkeypatch.setattr(library_module.entities, "entity_names", held)
    return loading, release, reads


def _loads_finish() -> None:
    for thread in threading.enumerate():
        if thread.name == "finder-names":
            thread.join()


def test_a_keystroke_during_a_load_is_answered_at_once_and_starts_no_other(
    library, db_path, monkeypatch
):
    """The first keystroke starts the load; those typed while it runs are
    answered from SQL without waiting for it, and start no other load."""
    loading, release, reads = _held_load(monkeypatch)
    finder = EntityFinder(db_path)
    try:
        assert _names(finder.find("wulang")) == ["Bagus Wulangsari"]
        assert loading.wait(30)
        for typed in ("rud", "rudi", "rudi k"):
            assert _names(finder.find(typed))[0] == "Rudi Kartasasmita"
        assert not library.names_ready()  # the load is still held
    finally:
        release.set()
        _loads_finish()
    assert reads == [1]
    assert library.names_ready()
    finder.close()


def test_a_failing_load_is_logged_and_not_started_again_at_every_keystroke(
    db_path, library, monkeypatch, caplog
):
    """A locked or damaged file: the load's error is logged, not printed
    over the screen by ``threading.excepthook``, and keystrokes are still
    answered from SQL without a new load each."""
    started, uncaught = [], []

    def locked(self):
        started.append(1)
        raise StoreError("the library file is locked")

    monkeypatch.setattr(Library, "load_names", locked)
    monkeypatch.setattr(threading, "excepthook", uncaught.append)
    finder = EntityFinder(db_path)
    with caplog.at_level(logging.WARNING):
        for typed in ("wul", "wula", "wulan"):
            assert "Wulan Haryanti" in _names(finder.find(typed))
            _loads_finish()
    assert started == [1]
    assert uncaught == []
    assert "locked" in caplog.text
    finder.close()


def test_a_load_begun_before_the_users_curation_does_not_put_back_the_old_names(
    library, db_path, monkeypatch
):
    """Names read before the user shows an entity again, put in place after
    it, would hide that entity until the entities next change."""
    rudi = library.find_entities("rudi kartasasmita").hits[0].id
    _elsewhere(db_path, lambda conn: curation.hide(conn, rudi))
    library_module._NAME_CACHE.clear()
    loading, release, _ = _held_load(monkeypatch)
    load = threading.Thread(target=library.load_names)
    load.start()
    try:
        assert loading.wait(30)  # the names, without Rudi, are read
        with Library(db_path) as user:
            user.unhide_entity(rudi)
    finally:
        release.set()
        load.join()
    assert "Rudi Kartasasmita" in _names(library.find_entities("rudi kart", wait=False))


def test_a_worker_waiting_for_the_names_finds_what_only_they_find(library, db_path):
    """The quote screen's speaker filter (``find(wait=True)``): ``langit``,
    a word inside an organisation's name, finds it only through the loaded
    names; without them the filter would list nobody's quotes until the
    next keystroke."""
    finder = EntityFinder(db_path)
    assert _names(finder.find("langit")) == []  # the coarse answer
    _loads_finish()
    library_module._NAME_CACHE.clear()
    assert _names(finder.find("langit", wait=True)) == ["Kartika Langit"]
    finder.close()


def test_a_keystroke_reads_the_entities_stamp_once(library, db_path, monkeypatch):
    """Whether the index is current is asked once per keystroke (a query on
    the store), and the answer says it, for the finder to start a load."""
    finder = EntityFinder(db_path)
    finder.warm()
    reads = []
    read_stamp = library_module.identity.entity_stamp
    monkeypatch.setattr(
        library_module.identity, "entity_stamp", lambda conn: reads.append(1) or read_stamp(conn)
    )
    assert _names(finder.find("langit")) == ["Kartika Langit"]
    assert reads == [1]
    finder.close()


def test_a_wait_that_finds_the_names_changed_again_leaves_a_load_to_come(
    library, db_path, monkeypatch
):
    """``find(wait=True)`` loads the names; if a batch changed them meanwhile,
    the next load must still start (no load claimed and never run)."""
    finder = EntityFinder(db_path)
    load_names = Library.load_names

    def then_a_batch(self):
        load_names(self)
        _understand_one_more(db_path)

    monkeypatch.setattr(Library, "load_names", then_a_batch)
    # Loaded again (``WAIT_LOADS``), the names have the first batch's.
    found = finder.find("langit", wait=True)
    assert sorted(_names(found)) == ["Kartika Langit", "Langitta Sekarwangi"]
    _loads_finish()
    monkeypatch.setattr(Library, "load_names", load_names)
    finder.find("langit")
    _loads_finish()
    assert library.names_ready()
    finder.close()


def test_a_wait_begun_during_a_load_the_users_rename_outdated_gets_the_new_names(
    library, db_path, monkeypatch
):
    """A rename while the names load: that load read them before it, so its
    names are thrown away; the screen's ``find(wait=True)`` after the rename
    must wait for one more load, not return the coarser answer (``langit``,
    a word inside an organisation's name, is found only by the loaded
    names)."""
    kartika = library.find_entities("kartika langit", wait=False).hits[0].id
    loading, release, _ = _held_load(monkeypatch)
    finder = EntityFinder(db_path)
    warm = threading.Thread(target=finder.warm)
    warm.start()
    try:
        assert loading.wait(30)
        library.rename_entity(kartika, "Kartika Langit Jaya")
        threading.Timer(0.2, release.set).start()
        found = finder.find("langit", wait=True)
    finally:
        release.set()
        warm.join()
        _loads_finish()
    assert found.ready
    assert _names(found) == ["Kartika Langit Jaya"]
    finder.close()


def test_warming_during_a_load_after_a_change_loads_the_names_again(library, db_path, monkeypatch):
    """The app warms the finder again after an import; if a load is under
    way, its names predate the import, so it must run once more, else
    nothing is ready until a keystroke starts a load."""
    loading, release, reads = _held_load(monkeypatch)
    finder = EntityFinder(db_path)
    first = threading.Thread(target=finder.warm)
    first.start()
    try:
        assert loading.wait(30)
        _understand_one_more(db_path)
        finder.forget()
        finder.warm()  # returns at once: a load is under way
    finally:
        release.set()
        first.join()
    assert len(reads) == 2
    assert library.names_ready()
    finder.close()
