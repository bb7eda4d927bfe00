"""French: quotations and their cues (made-up text)."""

from __future__ import annotations

from reader.extract.quotes import find_quotes
from reader.extract.structure import parse_structure


def quotes_of(text: str, lang: str):
    return find_quotes(text, parse_structure(text).paragraphs, lang, [])


def test_a_french_quotation_attributed_with_an_inverted_pronoun_is_found() -> None:
    text = "Titre\n\nLa ministre a appelé au calme. « La grève est un droit », a-t-elle dit."
    (quote,) = quotes_of(text, "fr")
    assert (quote.text, quote.cue) == ("La grève est un droit", "a-t-elle dit")


# --- Names (made-up text) -----------------------------------------------------


def entities_of(text: str) -> dict[str, str]:
    from reader.extract.pipeline import understand

    found, _ = understand(text, [(0, len(text))], "fr", None)
    return {m.text: m.type for m in found}


def test_a_past_participle_opening_a_sentence_is_no_name() -> None:
    found = entities_of("Créée en 2009 à Grenoble, la société vend des capteurs, dit Paul Girard.")
    assert "Créée" not in found
    assert found["Paul Girard"] == "PER"


def test_a_country_by_its_french_name_is_a_place() -> None:
    found = entities_of("Les ventes vers la Suède et le Mexique progressent, selon Paul Girard.")
    assert (found["Suède"], found["Mexique"]) == ("LOC", "LOC")


def test_an_elided_article_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = entities_of("L'Italie importe davantage. Il travaille chez L'Oréal depuis 2010.")
    assert found["Italie"] == "LOC"
    assert "L'Italie" not in found
    # Capitalised mid-sentence, the article is the name's own; opening a
    # sentence, it is cut off a place only.
    assert "L'Oréal" in found
    opening = entities_of("L'Oréal a annoncé mardi un plan d'investissement, selon Paul Girard.")
    assert "L'Oréal" in opening and "Oréal" not in opening


def test_a_name_after_a_kind_of_organisation_is_the_organisation() -> None:
    found = entities_of(
        "Le forum a ouvert mardi à Grenoble avec une vedette. La société Belvane Rennes "
        "exposait, a dit Claire Rouet."
    )
    assert found["Grenoble"] == "LOC"
    assert found["Belvane Rennes"] == "ORG"
    assert found["Claire Rouet"] == "PER"


def test_a_surname_alone_after_a_is_no_place() -> None:
    # `à` takes a person as often as a place: only a known place is one.
    found = entities_of(
        "Le syndicat a envoyé mardi une lettre à Lestrade et une autre à Dufresnoy "
        "pour demander un rendez-vous avant la fin du mois."
    )
    assert (found["Lestrade"], found["Dufresnoy"]) == ("PER", "PER")
    found = entities_of("La fédération a écrit à Maurignac pour demander un rendez-vous.")
    assert found["Maurignac"] == "PER"


def test_an_acronym_for_a_common_noun_is_no_name() -> None:
    found = entities_of("Nos TPE et nos ETI souffrent, a déclaré Marc Olivier.")
    assert "TPE" not in found and "ETI" not in found
