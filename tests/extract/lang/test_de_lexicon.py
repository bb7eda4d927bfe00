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


@pytest.mark.parametrize(
    "word",
    [
        "Rückstellungsanträge",  # a derived noun before the linking `s`
        "Dienstpostenumschichtungen",  # a derived noun in the plural
    ],
)
def test_derived_nouns_are_known(word):
    from reader.extract.lang.de import lexicon

    assert not lexicon.is_unknown(word)
    assert _names(f"Sie fordern mehr Ärzte statt bloß {word}.") == []


def test_a_name_is_no_derived_noun():
    from reader.extract.lang.de import lexicon

    assert lexicon.is_unknown("Brückelmeier")


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # A dateline's place, though the lexicon reads it as a compound noun.
        ("Neue Regeln. Saalfelden – Die Polizei prüft jeden Wagen.", "Saalfelden", "LOC"),
        ("Neue Regeln. Velka Lhota – Die Polizei prüft jeden Wagen.", "Velka Lhota", "LOC"),
        # A kind of place before the name.
        ("Gefechte gab es in der Provinz Korvat am Montag.", "Korvat", "LOC"),
        ("Der Angriff nahe der syrischen Hafenstadt Orlik traf sie.", "Orlik", "LOC"),
        # After `in`, a name no given name opens.
        ("Sie wurde 1942 in Velka Lhota geboren.", "Velka Lhota", "LOC"),
        # An acronym is no person.
        ("Ein Mitglied der Rebellenmiliz KPX sprach am Montag.", "KPX", "ORG"),
    ],
)
def test_the_words_around_a_name_type_it(text, name, type_):
    assert (name, type_) in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Vertrauen in Angela Merkel sinkt.", "Angela Merkel"),
        ("Die Regeln gelten, sagte Sprecher Tomas Orlik.", "Tomas Orlik"),
    ],
)
def test_a_person_stays_a_person(text, name):
    assert (name, "PER") in _names(text)


def test_a_genitive_after_the_noun_it_belongs_to_loses_its_s():
    assert "Arno Brügger" in [n for n, _ in _names("Seit der Ära Arno Brüggers kämpft die Partei.")]


@pytest.mark.parametrize(
    "text",
    [
        "Das sagte Premier Alexis Tsipras am Montag.",  # after a role
        "Später sagte die Schwägerin Anna Lukacs vor Gericht aus.",  # a person noun
        "Seit der Ära Pedro Ramos kämpft die Partei.",  # a vowel before the s
    ],
)
def test_a_name_ending_in_s_after_a_noun_keeps_it(text):
    names = [n for n, _ in _names(text)]
    assert any(n.endswith("s") and len(n.split()) == 2 for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Laut der Syrischen Beobachtungsstelle für Menschenrechte starben zehn.",
            "Syrischen Beobachtungsstelle für Menschenrechte",
        ),
        (
            "Das Bundesamt für Strahlenschutz und Umwelt warnte am Montag.",
            "Bundesamt für Strahlenschutz und Umwelt",
        ),
        (
            "Das sagte Anna Berg (Bayerisches Amt für Denkmalpflege) am Montag.",
            "Bayerisches Amt für Denkmalpflege",
        ),
        ("Das berichtete die Lindauer Zeitung am Montag.", "Lindauer Zeitung"),
        ("Das berichteten die Kremser Nachrichten am Montag.", "Kremser Nachrichten"),
    ],
)
def test_an_institution_with_fuer_or_a_newspaper_is_an_organisation(text, name):
    assert (name, "ORG") in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Zeitung berichtete am Montag über das Amt.",
        "Er zahlte an das Amt für die Genehmigung.",  # `für` and no name after it
    ],
)
def test_a_head_alone_is_no_organisation(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Im Kino läuft nun House of Cards mit neuen Folgen.",
        "Im Kino läuft nun Dark Days mit neuen Folgen.",
    ],
)
def test_a_title_in_english_words_is_no_name(text):
    assert _names(text) == []


def test_an_english_name_with_an_organisations_word_stays():
    assert ("Northern Light Group", "ORG") in _names(
        "Das meldete die Northern Light Group am Montag."
    )


def test_an_institution_goes_on_over_a_compounds_first_part():
    text = "Sie arbeitet für ein Zentrum für Folter- und Kriegsopfer in Graz."
    assert ("Zentrum für Folter- und Kriegsopfer", "ORG") in _names(text)


def test_the_rest_of_a_name_after_an_abbreviation_is_no_dateline():
    assert ("Zarnitz", "LOC") not in _names(
        "Neue Regeln. St. Zarnitz – Die Polizei prüft jeden Wagen."
    )


@pytest.mark.parametrize(
    ("word", "adjective"),
    [
        ("Arabischen", True),  # an adjective's suffix
        ("Vereinten", True),  # a participle the lexicon does not know
        ("Neuen", True),  # an adjective the lexicon lists as a noun too
        ("Bürgern", False),
        ("Fischen", False),
        ("Theaster", False),
    ],
)
def test_adjectives(word, adjective):
    from reader.extract.lang.de import lexicon

    assert lexicon.is_adjective(word) is adjective


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Gerichtshofs", "Gerichtshof"),
        ("Staates", "Staat"),
        ("Gewerkschaftsbunds", "Gewerkschaftsbund"),
        ("Gebirges", "Gebirge"),
        ("Währungsfonds", None),  # `Fonds` ends in `s` in the nominative
        ("Kurs", None),
    ],
)
def test_genitive_stem(word, stem):
    from reader.extract.lang.de import lexicon

    assert lexicon.genitive_stem(word) == stem
