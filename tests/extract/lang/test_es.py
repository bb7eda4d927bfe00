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


def test_a_name_opened_by_an_article_is_no_place_without_a_place_noun() -> None:
    # `El X`, `La X` mid-sentence is as often a paper or a channel.
    found = entities_of("El club fichará a dos jugadores, según publicó ayer El Mirador.")
    assert found.get("El Mirador") != "LOC"
    found = entities_of("Lo confirmó el entrenador a La Sextina, dijo Marta Ibáñez.")
    assert found.get("La Sextina") != "LOC"
    found = entities_of("Según publicó El Diario Costero, el alcalde dimitirá.")
    assert found.get("El Diario Costero") != "LOC"
    # After a noun whose `de` names a place, it is that place.
    found = entities_of("La playa de La Ribera Alta cerrará en agosto, dijo Marta Ibáñez.")
    assert found["La Ribera Alta"] == "LOC"
