"""English companies the tagger typed as people, told by what the article
says of them (reader/extract/company_cues.py; made-up text)."""

from __future__ import annotations

import re

import pytest

from reader.extract.company_cues import companies_by_cues
from reader.extract.lang import rules_for
from reader.extract.model import EntityMention
from reader.extract.names import entity_key


def _types(text: str, names: list[str], typ: str = "PER") -> dict[str, str]:
    """Each name of ``names`` wherever ``text`` writes it, typed ``typ`` as
    the tagger would have, then through the company cues."""
    mentions = sorted(
        (
            EntityMention(name, typ, found.start(), found.end(), entity_key(name))
            for name in names
            for found in re.finditer(re.escape(name), text)
        ),
        key=lambda m: m.start,
    )
    out = companies_by_cues(text, mentions, rules_for("en"))
    return {m.text: m.type for m in out}


@pytest.mark.parametrize(
    "text, name",
    [
        # The first word is a rare given name in the gazetteer: no person named in full.
        ("Noyes Harland spokesman Tom Reed said rates would fall.", "Noyes Harland"),
        ("Investors sold shares in Noyes Harland.", "Noyes Harland"),
        ("Joe Tarn, Noyes Harland's chief medical officer, resigned.", "Noyes Harland"),
        ("Noyes Harland had net income of $2bn in its last financial year.", "Noyes Harland"),
    ],
)
def test_a_company_named_like_a_person_is_an_organisation(text: str, name: str) -> None:
    assert _types(text, [name, "Tom Reed", "Joe Tarn"])[name] == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Laura Bennett spokesman Tom Reed said no.", "Laura Bennett"),
        ("Laura Bennett praised the bank for its results.", "Laura Bennett"),
        ("Laura Bennett said he and its board had met.", "Laura Bennett"),
        ("Laura Bennett said her firm had cut its costs.", "Laura Bennett"),
        ("Laura Bennett and her team cut its costs.", "Laura Bennett"),
    ],
)
def test_a_person_named_in_full_stays_a_person(text: str, name: str) -> None:
    assert _types(text, [name, "Tom Reed"])[name] == "PER"


@pytest.mark.parametrize(
    "text, names",
    [
        # `it` comes first: the `its` after it is the thing's.
        ("Orla Dunvey sold the car. Dunvey loved it for its colour.", ["Orla Dunvey", "Dunvey"]),
        # A title before the name in full.
        (
            "Mayor Tobin Ravel spoke. Ravel voted for its cost cap.",
            ["Mayor Tobin Ravel", "Ravel"],
        ),
        # A sentence with `He` follows.
        ("Ravenby Quist met us. Quist praised its design. He left.", ["Ravenby Quist", "Quist"]),
        # A common given name opens the name in full.
        ("Mary Querrel came home. Querrel cut its price.", ["Mary Querrel", "Querrel"]),
    ],
)
def test_its_after_a_person_leaves_the_person(text: str, names: list[str]) -> None:
    # The name in full and then its surname, one key, as the pipeline keys them.
    full, short = names
    at = text.index(full)
    later = text.index(short, at + len(full))
    key = entity_key(full)
    mentions = [
        EntityMention(full, "PER", at, at + len(full), key),
        EntityMention(short, "PER", later, later + len(short), key),
    ]
    out = companies_by_cues(text, mentions, rules_for("en"))
    assert [m.type for m in out] == ["PER", "PER"]
