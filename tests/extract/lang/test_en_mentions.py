"""English names as American and world news writes them: abbreviations
inside names, states, a paper's `The`, group words, islands and regions
(made-up text; the last test reads the bundled samples)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.extract.entities import find_entities
from reader.extract.pipeline import understand

SAMPLES = Path(__file__).resolve().parents[3] / "sample_articles"


def names(text: str) -> set[tuple[str, str]]:
    """The people, organisations and places the whole pipeline names."""
    entities, _ = understand(text, [(0, len(text))], "en", None)
    return {(m.text, m.type) for m in entities if m.type in ("PER", "ORG", "LOC")}


def test_middle_initials_and_suffixes_stay_inside_a_name() -> None:
    found = names(
        "On Monday, Vice President Walter K. Brennan Jr. met the singer Mary J. Olsen "
        "and Harold T. Quayle in Ohio."
    )
    assert ("Walter K. Brennan Jr", "PER") in found
    assert ("Mary J. Olsen", "PER") in found
    assert ("Harold T. Quayle", "PER") in found
    assert not {text for text, _ in found} & {"Walter K", "Mary J", "Jr", "Olsen", "Quayle"}


def test_saint_and_the_name_after_it_are_one_place() -> None:
    found = names("The senator flew from St. Louis to Port St. Lucie on Friday.")
    assert ("St. Louis", "LOC") in found
    assert "St" not in {text for text, _ in found}


def test_states_in_party_tags_are_places_keyed_by_name() -> None:
    text = (
        "Sen. Ann Holt (R-Utah) and Rep. Bo Dee (D-Mass.) spoke, as did Rep. Carl Ott "
        "(R-S.C.) and Gov. Tim Lusk (R-IN)."
    )
    found = {(m.text, m.type, m.key) for m in find_entities(text, [(0, len(text))], "en")}
    assert ("Utah", "LOC", "utah") in found
    assert ("Mass.", "LOC", "massachusetts") in found
    assert ("S.C.", "LOC", "south carolina") in found
    assert ("IN", "LOC", "indiana") in found
    assert not {t for t, _, _ in found} & {"R-Utah", "D-Mass", "R-S", "R-IN"}


def test_a_town_before_its_abbreviated_state_is_a_place() -> None:
    found = names(
        "He spoke in Harlow, Ala., and later met voters in Denton, Md., and Washington, D.C."
    )
    assert {("Harlow", "LOC"), ("Ala.", "LOC"), ("Denton", "LOC"), ("Md.", "LOC")} <= found
    assert ("Washington, D.C.", "LOC") in found


def test_a_state_left_with_an_abbreviated_role_is_a_place() -> None:
    found = names("Arizona Sen. Ray Dalton voted against the bill on Tuesday.")
    assert ("Arizona", "LOC") in found
    assert "Arizona Sen" not in {text for text, _ in found}


def test_a_papers_the_mid_sentence_is_part_of_its_name() -> None:
    found = names(
        "The mayor told The Harbour Times that the plan had failed. "
        "The Harbour Times said it would publish the letter."
    )
    assert {text for text, _ in found} & {"Harbour Times", "The Harbour Times"} == {
        "The Harbour Times"
    }


def test_handles_hashtags_and_links_are_no_names() -> None:
    found = names(
        "Watch it now.@GinaRowe sits down with @TomBlake.#BigNight pic.twitter.com/Xq7Zk2Lm "
        "said Tom Blake."
    )
    assert {text for text, _ in found} == {"Tom Blake"}


def test_members_of_a_party_or_faith_are_no_names() -> None:
    found = names(
        "Democrats and Republicans argued. Republican nominee Dale Porter met Polish Americans, "
        "Sunni Muslims and African-Americans at the Democratic National Committee."
    )
    assert {text for text, _ in found} == {"Dale Porter", "Democratic National Committee"}


def test_islands_and_regions_of_islands_are_places() -> None:
    found = names(
        "Growers in South Sulawesi, East Kalimantan and Sicily shipped rice to Java and Borneo."
    )
    assert {
        ("South Sulawesi", "LOC"),
        ("East Kalimantan", "LOC"),
        ("Sicily", "LOC"),
        ("Java", "LOC"),
        ("Borneo", "LOC"),
    } <= found


def test_ports_code_names_and_opening_adjectives() -> None:
    found = names(
        "Ships went to Port Kelang and to Makari port instead. The robot, developed under the "
        "code name Project Azure, walks. Tom Reed said so. Crucial tests, he said, remain."
    )
    assert ("Port Kelang", "LOC") in found
    assert ("Makari", "LOC") in found
    assert not {text for text, _ in found} & {"Project Azure", "Crucial"}


def test_bundled_english_samples_name_their_places_and_people() -> None:
    """The samples a new user reads first: an island is a place, a region of
    one is one place, a port town is a place, a code name and an adjective
    opening a sentence are no names, a surname alone is the person named in full."""
    found: set[tuple[str, str]] = set()
    keys: dict[str, str] = {}
    for path in sorted(SAMPLES.glob("en-*.txt")):
        out = subprocess.run(
            [sys.executable, "-m", "reader", "extract", str(path), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        for e in json.loads(out.stdout)["entities"]:
            if e["type"] in ("PER", "ORG", "LOC"):
                found.add((e["text"], e["type"]))
                keys[e["text"]] = e["entity"]
    assert {("South Sulawesi", "LOC"), ("Java", "LOC"), ("Sumatra", "LOC")} <= found
    assert ("Port Klang", "LOC") in found
    texts = {text for text, _ in found}
    assert not texts & {"South", "Sulawesi", "Facial", "Project Lumen", "Jihoon"}
    assert keys["Park"] == keys["Park Ji-hoon"]


def test_a_person_after_a_role_and_what_it_is_of_is_apart_from_the_body() -> None:
    text = "The view of former Speaker of the House Newt Brandt is rosy."
    found = {(m.text, m.type, m.role) for m in find_entities(text, [(0, len(text))], "en")}
    assert found == {("House", "ORG", None), ("Newt Brandt", "PER", "Speaker of the House")}


def test_abbreviated_titles_are_no_part_of_the_name() -> None:
    found = names("Police said Officer Dana Pruitt fired once, and Gov. Hal Ames agreed.")
    assert {("Dana Pruitt", "PER"), ("Hal Ames", "PER")} <= found


def test_a_family_name_the_tagger_left_after_an_initial_and_a_place_after_of() -> None:
    found = names('"It works," said Representative Carl B. Ransom of New York.')
    assert {("Carl B. Ransom", "PER"), ("New York", "LOC")} <= found


def test_which_after_a_person_named_in_full_ends_a_clause_about_them() -> None:
    found = names(
        "Voters like Lena Marsh. Enthusiasm has not been there for Marsh, which worries "
        "her campaign, said Tom Reed."
    )
    assert ("Marsh", "PER") in found
    assert ("Lena Marsh", "PER") in found


def test_transcript_labels_are_people_and_stage_directions_no_names() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOLLIS: Will you go to the debate?\n\n'
        '"(CROSSTALK.)\n\n'
        '"MARVIN: No, I will stay home with my family tonight.\n\n'
        '"But the truth is that the debate matters less than the vote.\n\n'
        '"HOLLIS: Thank you, sir.'
    )
    found = {(m.text, m.type) for m in find_entities(text, [(0, len(text))], "en")}
    assert ("HOLLIS", "PER") in found
    assert "CROSSTALK" not in {t for t, _ in found}
    assert ("UPI", "ORG") in names("BOSTON, Sept. 28 (UPI) -- Tom Reed spoke.")


def test_amendments_wars_days_and_insurance_programmes_are_no_names() -> None:
    found = names(
        "Tom Reed invoked the Fifth Amendment. He served in the Korean War, voted on "
        "Election Day and said Medicaid and Medicare would change in Ohio."
    )
    assert {text for text, _ in found} == {"Tom Reed", "Ohio"}


def test_a_datelines_place_in_capitals_is_whole() -> None:
    text = "LOS ANGELES, Sept. 28 (UPI) -- Tom Reed sang on Friday."
    assert ("LOS ANGELES", "LOC") in names(text)
    assert "ANGELES" not in {t for t, _ in names(text)}


def test_a_dash_set_off_by_spaces_parts_two_names() -> None:
    found = names(
        "Police said the officer who shot Reese - Dalton Fairweather, who is on leave - "
        "had a gun. Mary Zeta-Jones came."
    )
    assert {("Dalton Fairweather", "PER"), ("Mary Zeta-Jones", "PER")} <= found
    assert not any(" - " in text for text, _ in found)


def _revised_types(text: str, typed: list[tuple[str, str]]) -> dict[str, str]:
    """The types English's revision gives names the tagger typed so."""
    from reader.extract.lang.en.mentions import revised
    from reader.extract.model import EntityMention
    from reader.extract.names import entity_key

    mentions = [
        EntityMention(name, typ, text.index(name), text.index(name) + len(name), entity_key(name))
        for name, typ in typed
    ]
    return {m.text: m.type for m in revised(text, sorted(mentions, key=lambda m: m.start))}


def test_a_place_and_a_plural_is_a_team() -> None:
    text = "When the Ohio Bears host the Denver Otters, the Dallas Herons wait."
    typed = [("Ohio Bears", "LOC"), ("Denver Otters", "LOC"), ("Dallas Herons", "PER")]
    assert set(_revised_types(text, typed).values()) == {"ORG"}


def test_a_place_and_a_plural_outside_a_game_stays_a_place() -> None:
    # No word of a game: landscapes (`moors`, `fells`) that no list holds.
    text = "Walkers crowded the Denver Fells and the Ohio Moors last weekend."
    typed = [("Denver Fells", "LOC"), ("Ohio Moors", "LOC")]
    assert _revised_types(text, typed) == dict(typed)


def test_a_place_and_a_plural_of_the_land_or_a_surname_stay() -> None:
    text = "Florence Evans flew from Colorado Springs to the Virgin Islands."
    typed = [("Florence Evans", "PER"), ("Colorado Springs", "LOC"), ("Virgin Islands", "LOC")]
    assert _revised_types(text, typed) == dict(typed)


def test_a_given_name_and_an_irish_or_scottish_surname_is_a_person() -> None:
    found = names(
        "Two voters, Tyresha McClenney and Bryan Anderson, saw the rally. "
        "Kaycee O'Dowd and Dana Rees came too. Kaycee McArdle said so."
    )
    assert {("Tyresha McClenney", "PER"), ("Kaycee McArdle", "PER")} <= found
    assert "Kaycee" not in {text for text, _ in found}


def test_a_place_before_an_irish_surname_stays_no_person() -> None:
    # `Glen` is a given name too: only `place_openers` keeps the place a place.
    text = "Troops left Glen McGinty on Friday."
    typed = [("Glen McGinty", "LOC")]
    assert _revised_types(text, typed) == {"Glen McGinty": "LOC"}


def test_a_name_of_two_words_after_a_firms_possessive_is_its_product() -> None:
    found = names(
        "Analysts said Kessora Networks's Quillo Maps lagged behind its rivals. "
        "Viewers of Tarnwell Media's Morning Desk fell."
    )
    assert {text for text, _ in found} & {"Quillo Maps", "Morning Desk"} == set()


def test_a_part_of_a_firm_or_a_firm_that_acts_after_its_possessive_stays() -> None:
    found = names(
        "Kessora Networks said Kessora Networks's Halvik Laboratories would close. "
        "Tarnwell Media's Orban Vale said profits fell. Zentra's Ofelia grew."
    )
    assert {"Halvik Laboratories", "Orban Vale", "Ofelia"} <= {text for text, _ in found}


def test_a_name_after_a_groups_possessive_is_kept_as_an_organisation() -> None:
    # A group's subsidiary as often as its product: kept, typed a firm.
    text = "Kessora Motors's Halvik Ridge Rover will build a plant in Tarnovia."
    typed = [("Kessora Motors", "ORG"), ("Halvik Ridge Rover", "LOC")]
    assert _revised_types(text, typed)["Halvik Ridge Rover"] == "ORG"


def test_initials_with_full_stops_are_a_name() -> None:
    found = names(
        "Exports to the U.S. fell, the U.N. said, and the U.S. Court of Claims ruled. "
        "The writer J.R. Hale agreed."
    )
    assert {("U.S.", "LOC"), ("U.N.", "ORG"), ("U.S. Court of Claims", "ORG")} <= found
    assert "J.R." not in {text for text, _ in found}


def test_the_longest_surname_particle_before_a_family_name_is_part_of_it() -> None:
    """`della`, the longest particle of the list, is read back whole: the
    family name alone is written `Della Rovere`, not `Rovere`."""
    found = names(
        "Anna della Rovere opened the gallery on Friday. Later, Della Rovere spoke to the guests."
    )
    assert ("Della Rovere", "PER") in found
    assert ("Rovere", "PER") not in found
