"""Spanish: names among capitalised words (made-up text)."""

from __future__ import annotations

from reader.extract.pipeline import understand


def entities_of(text: str) -> dict[str, str]:
    found, _ = understand(text, [(0, len(text))], "es", None)
    return {m.text: m.type for m in found}


def test_an_institution_by_its_first_word_is_an_organisation() -> None:
    found = entities_of("Lo anunció la Autoridad Aeroportuaria. Según el Consejo Insular, creció.")
    assert found["Autoridad Aeroportuaria"] == "ORG"
    assert found["Consejo Insular"] == "ORG"


def test_a_sea_by_its_spanish_name_is_a_place() -> None:
    found = entities_of("Los puertos del Cantábrico ganan escalas, dijo Marta Ibáñez.")
    assert found["Cantábrico"] == "LOC"


def test_a_place_opened_by_its_article_and_a_place_listed_with_it() -> None:
    found = entities_of("Los vecinos de Torreblanca y El Perelló protestan, dijo Marta Ibáñez.")
    assert found["El Perelló"] == "LOC"
    assert found["Torreblanca"] == "LOC"
    assert found["Marta Ibáñez"] == "PER"


def test_a_plural_noun_opening_a_sentence_before_its_adjective_is_no_name() -> None:
    found = entities_of(
        "Asociaciones vecinales de Alcora protestan. Fuentes oficiales lo confirmaron, "
        "dijo Marta Ibáñez."
    )
    assert "Asociaciones" not in found and "Fuentes" not in found
    assert found["Marta Ibáñez"] == "PER"
