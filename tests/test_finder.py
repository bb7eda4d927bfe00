"""The entity finder's index: which names a keystroke offers, among many."""

from __future__ import annotations

import itertools

import pytest

from reader.finder import NameIndex, rank_all


def _filler(count: int, start: str, weight: int) -> list[tuple[str, int]]:
    """``count`` distinct made-up names whose first word starts with ``start``."""
    letters = "bcdfghklmnprstvw"
    words = ("".join(p) for p in itertools.product(letters, repeat=3))
    return [(f"{start}{word} {word.title()}son", weight) for word in itertools.islice(words, count)]


def _index(pairs: list[tuple[str, int]]) -> NameIndex:
    return NameIndex([name for name, _ in pairs], [weight for _, weight in pairs])


def _top(index: NameIndex, query: str, limit: int = 5) -> list[str]:
    return [index.names[i] for i, _ in index.search(query, limit)]


def test_a_name_typed_in_full_comes_first_among_heavier_names_sharing_it():
    pairs = [(f"Anke {word}", 100) for word in ("Baumann", "Lindqvist", "Oduya")] * 200
    pairs += [("Anke", 1)]
    assert _top(_index(pairs), "anke")[0] == "Anke"


def test_two_letters_offer_the_heaviest_names_not_the_first_alphabetically():
    pairs = [*_filler(3000, "Da", 5), ("Daryok Raswa", 900)]
    assert _top(_index(pairs), "da")[0] == "Daryok Raswa"


def test_earlier_words_narrow_the_names_the_last_one_may_start():
    pairs = _filler(3000, "Ch", 50) + [(f"PT {name}", 10) for name, _ in _filler(500, "Ab", 0)]
    pairs += [("PT Chornom Ningnat", 20)]
    assert _top(_index(pairs), "pt ch")[0] == "PT Chornom Ningnat"


def test_a_misspelt_name_is_found():
    pairs = [*_filler(2000, "Wi", 5), ("Joko Widodo", 50)]
    assert "Joko Widodo" in _top(_index(pairs), "widdodo")
    assert "Joko Widodo" in _top(_index(pairs), "joko widdodo")


def test_an_empty_query_lists_the_heaviest():
    pairs = [("Ani", 3), ("Budi", 9), ("Citra", 5)]
    assert _top(_index(pairs), "", 2) == ["Budi", "Citra"]


def test_an_initial_does_not_hide_the_names_under_its_letter():
    pairs = [("Joko Widodo", 5), ("Jakarta", 9), ("Jokowi", 7), ("J. K. Rowling", 1)]
    assert _top(_index(pairs), "j", 3) == ["Jakarta", "Jokowi"]


def test_a_short_name_typed_in_full_is_offered_among_heavier_ones():
    pairs = [(f"PT Bank {word}son", 50) for word in ("Abe", "Bil", "Cor", "Dan", "Eko")] * 100
    # Many heavier names with the word itself, none with PT.
    pairs += [(f"Ba {name}", 90) for name, _ in _filler(800, "Ko", 0)]
    pairs += [("PT Ba", 1)]
    assert _top(_index(pairs), "pt ba")[0] == "PT Ba"


@pytest.mark.parametrize("query", ["anke", "pt ba", "Jakrta", "Lindqvst Anke", "ch", ""])
def test_one_query_over_every_name_ranks_as_the_index_does(query):
    """The command line scores every name once (``rank_all``); among few
    names the index offers them all too, so the two must agree."""
    pairs = [("Anke Lindqvist", 30), ("Anke", 2), ("PT Bank Rakyat", 50), ("PT Bara", 5)]
    pairs += [("Jakarta", 90), ("Chornom Ningnat", 7), ("Jakarta Post", 20)]
    names, weights = [n for n, _ in pairs], [w for _, w in pairs]
    assert rank_all(query, names, weights, 5) == _index(pairs).search(query, 5)


def test_a_name_sharing_one_word_with_the_query_is_not_offered():
    pairs = [("Budi Hartono", 90), ("Budi Santoso", 1), ("Hartono Wijaya", 40)]
    assert _top(_index(pairs), "budi santoso") == ["Budi Santoso"]
    assert rank_all("budi santoso", *zip(*pairs, strict=True), 5) == [(1, 100.0)]


def test_a_word_inside_another_is_no_misspelling_of_it():
    """A place typed is not a person whose name holds most of its letters."""
    pairs = [("Alan Greenspan", 50), ("Iran", 40), ("Purbaya Yudhi Sadewa", 5)]
    names = [name for name, _ in pairs]
    weights = [weight for _, weight in pairs]
    for query, wrong in (("malang", "Alan Greenspan"), ("gibran", "Iran")):
        assert wrong not in _top(_index(pairs), query)
        assert wrong not in [names[i] for i, _ in rank_all(query, names, weights, 5)]
    assert _top(_index(pairs), "purbya") == ["Purbaya Yudhi Sadewa"]


def test_each_word_may_be_misspelt_begun_or_written_in_syllables():
    pairs = [("Budi Santoso", 5), ("Lee Soo Man", 5), ("Sooyoung Park", 5)]
    assert _top(_index(pairs), "budi santsoo") == ["Budi Santoso"]
    assert _top(_index(pairs), "budi san") == ["Budi Santoso"]
    assert _top(_index(pairs), "lee sooman") == ["Lee Soo Man"]
