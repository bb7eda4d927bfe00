"""German names told from nouns by the noun lexicon (``lang/de/lexicon.py``)."""

import pytest

from reader.extract.entities import find_entities


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_entities(text, [(0, len(text))], "de")]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # A place the lexicon knows, alone, mid-sentence and opening one.
        ("Die Regierung in Graz will gemeinsam mit Slowenien prüfen.", "Slowenien", "LOC"),
        ("Graz bleibt weiter offen, hieß es.", "Graz", "LOC"),
        # A family name nobody's lexicon knows, after a role that is a noun.
        ("Das sagte Verteidiger Brückelmeier am Montag.", "Brückelmeier", "PER"),
        # A family name that is also a noun stays with the given name before it.
        ("Regisseur Jörg Winger stellte die Serie vor.", "Jörg Winger", "PER"),
    ],
)
def test_names_found(text, name, type_):
    assert (name, type_) in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Verteidiger sprach am Montag vor dem Gericht.",
        "Die Landesfachbereichsleiterin lehnte den Vorschlag ab.",  # a compound noun
    ],
)
def test_nouns_are_no_names(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Armee griff Stellungen Kurdistans an.", "Kurdistan"),
        ("Egon Schieles Werke hängen in Wien.", "Egon Schiele"),
    ],
)
def test_genitive_s_is_no_part_of_the_name(text, name):
    assert name in [n for n, _ in _names(text)]


def test_a_name_that_ends_in_s_keeps_it():
    assert ("Klaus Werner", "PER") in _names("Gestern sagte Klaus Werner nichts dazu.")
