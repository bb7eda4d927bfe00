"""German: names among capitalised nouns, roles, cues (made-up text)."""

from __future__ import annotations

from reader.extract.entities import find_entities


def entities(text: str, lang: str = "de"):
    return find_entities(text, [(0, len(text))], lang)


def by_text(text: str, lang: str = "de"):
    return {m.text: m for m in entities(text, lang)}


def test_german_is_conservative():
    names = {m.text for m in entities("Die Regierung hat am Montag die Steuer erhöht.", "de")}
    assert names == set()
    found = by_text("Am Montag traf Kanzlerin Angela Merkel in Berlin ein.", "de")
    assert "Angela Merkel" in found


def test_a_german_compound_function_is_the_role_not_part_of_the_name():
    found = by_text("Gestern sagte Verkehrsminister Patrick Schnieder dazu nichts.", "de")
    assert found["Patrick Schnieder"].role == "Verkehrsminister"


def test_german_common_nouns_are_not_part_of_a_name():
    text = "Das sagte Landesfachbereichsleiterin Sabine Ohlsen am Montag in Hamburg."
    names = {m.text for m in entities(text, "de")}
    assert "Sabine Ohlsen" in names
    assert not any("Landesfachbereichsleiterin" in n for n in names)


def test_german_noun_after_an_article_or_adjective_is_not_a_name():
    text = "Der Pilotversuch läuft mit dem südkoreanischen Hersteller Nuri Dynamics in Hamburg."
    names = {m.text for m in entities(text, "de")}
    assert "Nuri Dynamics" in names
    assert not any("Hersteller" in n for n in names)
