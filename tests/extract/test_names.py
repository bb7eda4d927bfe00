"""Entity keys and the grouping of spelling variants."""

from __future__ import annotations

from reader.extract.names import AliasIndex, compact_key, entity_key, group_variants


def test_key_ignores_case_accents_and_hyphens():
    assert entity_key("Lee Soo-man") == entity_key("LEE SOO MAN") == "lee soo man"
    assert entity_key("José  Mourinho") == "jose mourinho"


def test_spelling_variants_group_into_one_entity():
    groups = group_variants([("Lee Soo Man", "PER"), ("Lee Soo-man", "PER"), ("Lee Sooman", "PER")])
    assert set(groups.values()) == {"lee soo man"}


def test_most_frequent_spelling_names_the_group():
    groups = group_variants([("Lee Sooman", "PER"), ("Lee Soo Man", "PER"), ("Lee Soo Man", "PER")])
    assert groups[("lee sooman", "PER")] == "lee soo man"


def test_near_identical_long_names_match_fuzzily():
    index = AliasIndex()
    index.add("muhammad tito karnavian", "PER")
    assert index.resolve("muhamad tito karnavian", "PER") == "muhammad tito karnavian"


def test_short_names_numbers_and_types_stay_apart():
    index = AliasIndex()
    for key, typ in [("bps", "ORG"), ("sman 6 jakarta", "ORG"), ("jawa barat", "LOC")]:
        index.add(key, typ)
    assert index.resolve("bpk", "ORG") is None
    assert index.resolve("sman 8 jakarta", "ORG") is None
    assert index.resolve("jawa timur", "LOC") is None
    assert index.resolve("jawa barat", "ORG") is None


def test_alias_points_at_its_entity():
    index = AliasIndex()
    index.add("badan pusat statistik", "ORG")
    index.add("bps", "ORG", "badan pusat statistik")
    assert index.resolve("bps", "ORG") == "badan pusat statistik"
    assert compact_key("lee soo man") == compact_key("lee sooman")


def test_a_shorter_or_longer_form_of_one_known_person_joins_it():
    index = AliasIndex()
    index.add("sri mulyani indrawati", "PER")
    assert index.resolve("sri mulyani", "PER") == "sri mulyani indrawati"
    later = AliasIndex()
    later.add("sri mulyani", "PER")
    assert later.resolve("sri mulyani indrawati", "PER") == "sri mulyani"
    # One word is not enough, and neither is a prefix two people share.
    assert index.resolve("sri", "PER") is None
    crowded = AliasIndex()
    crowded.add("muhammad ali akbar", "PER")
    crowded.add("muhammad ali nasution", "PER")
    assert crowded.resolve("muhammad ali", "PER") is None
    # Organisations are not people: a longer name is often another body.
    orgs = AliasIndex()
    orgs.add("bank indonesia", "ORG")
    assert orgs.resolve("bank indonesia syariah", "ORG") is None
