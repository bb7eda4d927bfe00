"""rules_for: one home per language, and a word of one language never another's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.extract.entities import find_entities
from reader.extract.lang import HOME, WORD_HOMES, rules_for
from reader.extract.roles import strip_role


@pytest.mark.parametrize(
    ("lang", "code"),
    [
        ("id", "id"),
        ("ms", "id"),
        ("en", "en"),
        ("en-GB", "en"),
        ("de", "de"),
        ("fr", "fr"),
        ("es", "es"),
        ("pt", "pt"),
        ("it", "it"),
        ("ja", "ja"),
        ("ko", "ko"),
        ("zh-cn", "zh"),
        ("zh-TW", "zh"),
        ("und", "xx"),
        ("nl", "xx"),
        ("", "xx"),
        (None, "xx"),
    ],
)
def test_a_code_maps_to_its_home_and_an_unknown_one_to_the_default(lang, code) -> None:
    assert rules_for(lang).code == code


def test_every_home_has_word_lists_and_the_cjk_homes_their_stages() -> None:
    for code in WORD_HOMES:
        assert list((HOME / code).glob("*.txt")), code
    for code in ("ja", "ko", "zh"):
        assert rules_for(code).script == code and rules_for(code).finders
    assert not rules_for("en").finders and not rules_for("id").finders


@pytest.mark.parametrize(
    ("word", "lang", "role"),
    [
        # German roles, no roles in an Indonesian article.
        ("Bürgermeister", "de", True),
        ("Bürgermeister", "id", False),
        ("Kanzlerin", "id", False),
        ("Verkehrsminister", "de", True),
        ("Verkehrsminister", "id", False),
        # Indonesian roles, no roles in a German article.
        ("Bupati", "id", True),
        ("Bupati", "de", False),
        ("Kapolda", "id", True),
        ("Kapolda", "de", False),
        # Written the same in every language's news.
        ("CEO", "de", True),
        ("CEO", "id", True),
        ("Dr", "en", True),
        # A language without a home may be any: every home's roles.
        ("Bürgermeister", "und", True),
        ("Bupati", "und", True),
    ],
)
def test_a_role_is_a_role_only_in_its_own_language(word: str, lang: str, role: bool) -> None:
    assert rules_for(lang).is_role(word) is role


def test_a_german_role_before_a_name_is_no_role_in_an_indonesian_article() -> None:
    de = "Kanzlerin Angela Merkel kam am Montag nach Berlin."
    (merkel,) = [m for m in find_entities(de, [(0, len(de))], "de") if m.type == "PER"]
    assert merkel.role == "Kanzlerin"
    id_ = "Kanzlerin Angela Merkel tiba di Jakarta pada hari Senin."
    merkel = next(m for m in find_entities(id_, [(0, len(id_))], "id") if "Merkel" in m.text)
    assert merkel.role is None


def test_an_indonesian_role_before_a_name_is_no_role_in_a_german_article() -> None:
    id_ = "Bupati Ahmad Yani meresmikan jembatan di Bogor."
    (yani,) = [m for m in find_entities(id_, [(0, len(id_))], "id") if m.type == "PER"]
    assert yani.role == "Bupati"
    de = "Bupati Ahmad Yani eröffnete am Montag die Brücke."
    (yani,) = [m for m in find_entities(de, [(0, len(de))], "de") if m.type == "PER"]
    assert yani.role is None


def test_a_speaker_loses_only_the_roles_of_the_article_language() -> None:
    assert strip_role("Bupati Ahmad Yani", rules_for("id")) == "Ahmad Yani"
    assert strip_role("Verkehrsminister Patrick Schnieder", rules_for("de")) == "Patrick Schnieder"
    assert strip_role("Verkehrsminister Patrick Schnieder", rules_for("id")) == (
        "Verkehrsminister Patrick Schnieder"
    )


def test_a_copy_of_a_language_with_other_homes_reads_its_own_words() -> None:
    # `replace` makes a language of another's rules (Italian, Portuguese):
    # the words already read for the original are not the copy's.
    english = rules_for("en")
    assert "presiden" not in english.words("roles")
    copy = replace(english, homes=("id",))
    assert copy.words("roles") == rules_for("id").words("roles")
    assert "presiden" in copy.words("roles")
