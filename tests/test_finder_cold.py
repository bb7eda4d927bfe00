"""The finder's answer before its index is built (``find_entities(wait=False)``):
looked up in SQL, it must list the entities the index would for a name, or a
person's first or last name, begun (a word inside a longer name, or a
misspelling, waits for the index: ``Library._begun``)."""

from __future__ import annotations

import hashlib

import pytest

from db.records import ArticleRecord, MentionRecord
from db.store import Store
from reader import library as library_module
from reader.library import Library
from tests.conftest import store_understood

# Made-up people and bodies, each named in as many articles as its weight.
NAMES = [
    ("Wulan Haryanti", "PER", 5),
    ("Wulandari Pratama", "PER", 2),
    ("Bagus Wulangsari", "PER", 3),
    ("Rudi Kartasasmita", "PER", 4),
    ("Kartika Langit", "ORG", 1),
]


def _made(number: int, names: list[str]) -> tuple:
    text = f"Kabar {number}. " + ". ".join(f"Ada {name} di sini" for name in names) + "."
    mentions = []
    for name in names:
        start = text.index(name)
        kind = next(k for n, k, _ in NAMES if n == name)
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
