"""Entity keys and the grouping of spelling variants."""

from __future__ import annotations

import pytest

from reader.extract.lang import rules_for
from reader.extract.names import (
    AliasIndex,
    clips,
    compact_key,
    entity_key,
    group_variants,
    known_forms,
    unspaced_parts,
    without_administrative_suffix,
    without_legal_form,
)


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


def test_short_names_and_numbers_stay_apart():
    index = AliasIndex()
    for key, typ in [("bps", "ORG"), ("sman 6 jakarta", "ORG"), ("jawa barat", "LOC")]:
        index.add(key, typ)
    assert index.resolve("bpk", "ORG") is None
    assert index.resolve("sman 8 jakarta", "ORG") is None
    assert index.resolve("jawa timur", "LOC") is None


def test_one_spelling_is_one_entity_whatever_its_type():
    """The tagger may call a name a place in one story and a person in the
    next; the collection keeps one entity, not one per type."""
    index = AliasIndex()
    index.add("purbaya", "PER")
    index.add("jawa barat", "LOC")
    assert index.resolve("purbaya", "LOC") == "purbaya"
    assert index.resolve("jawa barat", "ORG") == "jawa barat"


def test_names_that_differ_beyond_a_shared_head_or_in_an_initial_stay_apart():
    """Fuzzy matching compares what tells two names apart: not the
    ``kabupaten`` they share, and not two people whose names differ in one
    word's first letter."""
    index = AliasIndex()
    index.add("kabupaten bandung", "LOC")
    index.add("prasetyo adi", "PER")
    index.add("universitas gadjah mada", "ORG")
    assert index.resolve("kabupaten badung", "LOC") is None
    assert index.resolve("prasetyo hadi", "PER") is None
    assert index.resolve("universitas gajah mada", "ORG") == "universitas gadjah mada"


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


def test_the_first_entity_of_a_spelling_stays():
    index = AliasIndex()
    index.add("lee soo man", "PER")
    index.add("lee sooman", "PER", "someone else")
    index.add("lee soo man", "PER", "someone else")
    assert index.resolve("lee sooman", "PER") == "lee soo man"
    assert index.resolve("lee soo man", "PER") == "lee soo man"


def test_longer_forms_of_a_person_are_whole_words_longer():
    index = AliasIndex()
    index.add("sri mulyanita", "PER")
    index.add("sri mulyani-indrawati", "PER")
    assert index.resolve("sri mulyani", "PER") is None


def test_an_equally_near_spelling_joins_the_one_known_first():
    for first, second in [("y", "z"), ("z", "y")]:
        index = AliasIndex()
        index.add(f"abdurrahman wahid{first}", "PER")
        index.add(f"abdurrahman wahid{second}", "PER")
        assert index.resolve("abdurrahman wahidx", "PER") == f"abdurrahman wahid{first}"


def test_entities_resolve_the_same_once_the_memory_of_added_keys_is_full(monkeypatch):
    monkeypatch.setattr("reader.extract.names._ADDED_CACHE", 2)
    index = AliasIndex()
    index.add("badan pusat statistik", "ORG")
    index.add("bps", "ORG", "badan pusat statistik")
    for key in ("jakarta", "bandung", "surabaya"):
        index.add(key, "LOC")
    assert index.resolve("bps", "ORG") == "badan pusat statistik"
    assert index.resolve("badan-pusat statistik", "ORG") == "badan pusat statistik"
    index.add("bps", "ORG")
    assert index.resolve("bps", "ORG") == "badan pusat statistik"


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("浅田真央", "真央"),
        ("浅田真央", "浅田"),
        ("孫正義", "孫"),
        ("김정훈", "정훈"),
        ("김정훈", "김"),
    ],
)
def test_a_name_written_without_spaces_has_the_parts_a_reader_types(name, typed):
    assert entity_key(typed) in unspaced_parts(entity_key(name))


@pytest.mark.parametrize("name", ["Budi Santoso", "Budi", "キム・ヨナ", "北京市人民政府"])
def test_other_names_have_no_unspaced_parts(name):
    """Spaced names are taken apart by their words; a katakana name has its
    dot; five characters and more are no person's name."""
    assert unspaced_parts(entity_key(name)) == ()


@pytest.mark.parametrize(
    ("key", "bare"),
    [
        ("pt bank mandiri (persero) tbk", "bank mandiri"),
        ("pt sinar bahari", "sinar bahari"),
        ("sritex tbk", "sritex"),
        # Initials left alone are many bodies' acronyms.
        ("pt ppi (persero)", None),
        ("pt ma", None),
        # A suffix opens no name, a prefix ends none.
        ("tbk sinar", None),
        ("bahari pt", None),
        ("bank mandiri", None),
    ],
)
def test_a_companys_name_without_its_legal_form(key, bare) -> None:
    prefixes, suffixes = frozenset({"pt", "cv"}), frozenset({"tbk", "persero"})
    assert without_legal_form(key, prefixes, suffixes) == bare


@pytest.mark.parametrize(
    "short, full",
    [
        ("man utd", "manchester united"),
        ("man united", "manchester united"),
        ("westbridge intl", "westbridge international"),
        ("natl grid", "national grid"),
        ("govt agency", "government agency"),
    ],
)
def test_a_name_clipped_word_by_word_clips_its_full_form(short, full) -> None:
    assert clips(short.split(), full.split())


@pytest.mark.parametrize(
    "short, full",
    [
        ("pt telkom", "pt telkomsel"),  # a subsidiary: more than half of the word
        ("telkom", "telkomsel"),  # one word alone
        ("fed", "federal reserve"),
        ("man utd", "manchester united airlines"),
        ("man city", "manchester united"),
        ("utd man", "manchester united"),  # out of order
        ("unt", "united"),
        ("manchester united", "manchester united"),
        ("ma utd", "manchester united"),  # a start needs three letters
        ("west ham", "west hampshire"),  # a start of the last word
    ],
)
def test_other_pairs_are_no_clip(short, full) -> None:
    assert not clips(short.split(), full.split())


def test_the_keys_kept_of_names_asked_before_are_bounded() -> None:
    # A worker lives through many articles: the keys it keeps must not grow
    # with them, and a name asked again gets the same key.
    assert entity_key.cache_info().maxsize is not None
    assert (
        entity_key("Rudi Hartono-Wibowo")
        == entity_key("Rudi Hartono-Wibowo")
        == "rudi hartono wibowo"
    )


@pytest.mark.parametrize(
    "lang, key, bare",
    [
        ("zh", "云溪市", "云溪"),
        ("zh", "岭南自治区", "岭南"),  # the longest suffix
        ("ja", "霧島県", "霧島"),
        ("ko", "한솔시", "한솔"),
        ("ko", "한솔특별시", "한솔시"),  # the shorter suffix the press writes
        ("ja", "京都", None),  # one character left is no name
        ("ja", "霧島道", None),  # 道 is a part of the name it ends
        ("ko", "한도", None),
        ("zh", "云溪", None),
        ("zh", "new york city", None),
    ],
)
def test_a_place_without_its_administrative_suffix(lang, key, bare) -> None:
    """Keys as the import writes them (Hangul in its letters)."""
    found = without_administrative_suffix(entity_key(key), rules_for(lang).words("admin_suffixes"))
    assert found == (entity_key(bare) if bare else None)


def test_the_english_forms_of_a_country_are_its_name() -> None:
    forms = known_forms(rules_for("en").words("known_forms"), entity_key)
    assert forms["us"] == forms["u s"] == forms["usa"] == ("united states", "United States")
    assert forms["britain"] == ("united kingdom", "United Kingdom")
    assert "america" not in forms  # as often the continent


class _Stored:
    """A library's aliases as ``reader.understanding._StoredKeys`` looks
    them up (``db.identity``), over a list: (key, type, entity id)."""

    def __init__(self, rows: list[tuple[str, str, int]]) -> None:
        self.rows = sorted(rows, key=lambda row: (row[2], row[0]))

    def spelt(self, compact):
        return [row for row in self.rows if compact_key(row[0]) == compact]

    def block(self, type, prefix, low, high):
        return [
            (compact_key(k), k, e)
            for k, t, e in self.rows
            if t == type and compact_key(k)[:3] == prefix and low <= len(compact_key(k)) <= high
        ]

    def people(self, key, shorter):
        return [
            (k, e)
            for k, t, e in self.rows
            if t == "PER" and " " in k and (key + " " <= k < key + "!" or k in shorter)
        ]

    def surnamed(self, hangul, latin):
        prefixes, latin = [entity_key(name) for name in hangul], set(latin)
        return [
            (k, e)
            for k, t, e in self.rows
            if t == "PER"
            and (any(k.startswith(p) for p in prefixes) or {k.split()[0], k.split()[-1]} & latin)
        ]


def test_a_korean_name_finds_its_stored_person_after_the_group_adds_a_variant():
    # The library's rows carry entity ids and the group's its keys: counted
    # apart, the stored person and the variant joined to it were two.
    index = AliasIndex(_Stored([("park jihoon", "PER", 7)]))
    assert index.resolve("park ji hoon", "PER") == "park jihoon"
    index.add("park ji hoon", "PER", "park jihoon")
    assert index.resolve(entity_key("박지훈"), "PER") == "park jihoon"


def test_other_script_counts_the_stored_person_once_beside_a_variant():
    index = AliasIndex(_Stored([("park jihoon", "PER", 7), (entity_key("박지훈"), "PER", 7)]))
    index.add("park ji hoon", "PER", "park jihoon")
    assert index._other_script(entity_key("박지훈")) == "park jihoon"


def test_two_stored_aliases_of_one_person_are_one_fit_for_a_longer_name():
    # One person however many of its aliases fit (the index a run once
    # filled gave this answer too when the longer alias had joined the
    # shorter in the same run); two persons stay apart.
    stored = _Stored([("sri mulyani", "PER", 7), ("sri mulyani indrawati", "PER", 7)])
    assert AliasIndex(stored).resolve("sri mulyani indrawati putri", "PER") == "sri mulyani"
    two = _Stored([("sri mulyani", "PER", 7), ("sri mulyani indrawati", "PER", 8)])
    assert AliasIndex(two).resolve("sri mulyani indrawati putri", "PER") is None


def test_a_variant_joined_to_a_later_alias_of_a_stored_person_is_that_person():
    # The group's variant joined the person's second alias: counted against
    # the first alias only, it was a second person beside the first.
    stored = _Stored([("dewi sartika ayu", "PER", 3), ("dewi sartika lestari", "PER", 3)])
    index = AliasIndex(stored)
    index.add("dewi sartika putri", "PER", "dewi sartika lestari")
    assert index.resolve("dewi sartika", "PER") == "dewi sartika ayu"
    index.add("dewi sartika wulan", "PER")
    assert index.resolve("dewi sartika", "PER") is None
