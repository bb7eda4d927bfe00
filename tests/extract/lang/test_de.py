"""German: names among capitalised nouns, roles, cues (made-up text)."""

from __future__ import annotations

import pytest

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


def speakers(text: str) -> list[tuple[str, str | None]]:
    from reader.extract.pipeline import extract

    return [(q.text, q.speaker) for q in extract("Titel\n\n" + text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das wird für alle sehr teuer“, warnte Lena Schmidt.", "Lena Schmidt"),
        ("„Das wird für alle sehr teuer“, kritisierte Lena Schmidt.", "Lena Schmidt"),
        ("„Das wird für alle sehr teuer“, fügte Schmidt hinzu.", "Schmidt"),
        ("„Das wird für alle sehr teuer“, heißt es in einer Mitteilung.", None),
        ("Jonas Weber sagte: „Das wird für alle sehr teuer.“", "Jonas Weber"),
        ("»Das wird für alle sehr teuer«, so Jonas Weber.", "Jonas Weber"),
    ],
)
def test_german_cues(text: str, speaker: str | None):
    ((quote, got),) = speakers(text)
    assert quote.startswith("Das wird für alle sehr teuer")
    assert got == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # What follows the name is where or to whom it was said.
        ("„Das wird teuer für uns“, sagte Lena Schmidt der Berliner Zeitung.", "Lena Schmidt"),
        ("„Das wird teuer für uns“, sagte Trainer Tim Hansen nach dem Spiel.", "Tim Hansen"),
        # A name that runs on is kept whole.
        ("„Das wird teuer für uns“, sagte Lena Schmidt-Berger.", "Lena Schmidt-Berger"),
    ],
)
def test_a_german_speakers_name_ends_before_the_circumstances(text: str, speaker: str):
    ((_, got),) = speakers(text)
    assert got == speaker


def test_a_role_with_its_article_is_the_person_given_that_role():
    text = (
        "Am Montag traf Kanzlerin Anna Berg in Hamburg ein. "
        "„Wir schaffen das gemeinsam“, sagte die Kanzlerin."
    )
    assert speakers(text) == [("Wir schaffen das gemeinsam", "Anna Berg")]
    # Nobody was given the role: the description as written.
    alone = "„Wir schaffen das gemeinsam“, sagte die Kanzlerin."
    assert speakers(alone) == [("Wir schaffen das gemeinsam", "die Kanzlerin")]


def test_a_german_term_in_marks_is_no_quotation():
    assert speakers("Die sogenannte „Schuldenbremse“ gilt weiter, warnte niemand.") == []
