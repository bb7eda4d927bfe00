"""A Korean name in Hangul and its spellings in Latin letters are one person."""

from __future__ import annotations

import pytest

from reader.extract import romanized
from reader.extract.names import AliasIndex, entity_key
from reader.library import Library
from tests.conftest import import_paths, write


def test_every_spelling_of_a_syllable_falls_in_the_same_block():
    """What makes a lookup by block find every spelling of a name."""
    for code in range(0xAC00, 0xD7A4):
        spellings = romanized._spellings(chr(code))
        assert len({romanized._skeleton(s) for s in spellings}) == 1, chr(code)


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("박지훈", "Park Ji-hoon"),
        ("박지훈", "Park Jihoon"),
        ("박지훈", "Jihoon Park"),
        ("정현우", "Jung Hyun-woo"),
        ("정현우", "Jeong Hyeon-u"),
        ("최윤아", "Choi Yun-ah"),
        ("안지현", "Ahn Ji-hyun"),
        ("김정은", "Kim Jong-un"),
        ("남궁민수", "Namgoong Min-su"),
    ],
)
def test_spellings_of_the_same_name(hangul, latin):
    assert romanized.same_name(entity_key(hangul), entity_key(latin))
    assert set(romanized.blocks(entity_key(hangul))) & set(romanized.blocks(entity_key(latin)))


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("박재환", "Park Ji-hoon"),  # same consonants, other vowels
        ("박지훈", "Park Ji-ho"),
        ("김정은", "Kim Jong-il"),
        ("박지훈", "Kim Ji-hoon"),
        ("박지훈", "Parkji Hoon Lee"),
    ],
)
def test_other_names_are_not_the_same(hangul, latin):
    assert not romanized.same_name(entity_key(hangul), entity_key(latin))


def test_the_alias_index_joins_either_script_to_the_one_person_it_fits():
    index = AliasIndex()
    index.add("park ji hoon", "PER")
    assert index.resolve(entity_key("박지훈"), "PER") == "park ji hoon"
    index = AliasIndex()
    index.add(entity_key("이민재"), "PER")
    assert index.resolve("lee min jae", "PER") == entity_key("이민재")
    assert index.resolve("lee min jae", "ORG") is None  # people only
    # Two people it could be: neither.
    index = AliasIndex()
    index.add("park ji hoon", "PER")
    index.add("park jee hoon", "PER")
    assert index.resolve(entity_key("박지훈"), "PER") is None


def test_an_english_and_a_korean_story_about_one_person_give_one_entity(tmp_path, db_path):
    write(
        tmp_path,
        "en.txt",
        "Robot maker opens lab\n\nCEO Park Ji-hoon said the lab in Busan would hire 40 people.\n",
    )
    write(
        tmp_path,
        "ko.txt",
        "로봇 연구소 개소\n\n박지훈 한빛로보틱스 대표는 부산 연구소가 40명을 채용한다고 말했다.\n",
    )
    with Library(db_path) as library:
        import_paths(library, tmp_path)
        [hit] = [h for h in library.find_entities("park ji hoon").hits if h.type == "PER"]
        detail = library.entity(hit.id)
        assert sorted(detail.aliases) == ["Park Ji-hoon", "박지훈"]
        assert detail.article_count == 2


def test_a_person_with_one_hangul_name_is_not_given_another():
    """``Lee Jun`` fits 이준 and 이전 (ㅓ is also written u): once 이준 is
    that person, 이전 is someone else."""
    index = AliasIndex()
    index.add("lee jun", "PER")
    joined = index.resolve(entity_key("이준"), "PER")
    assert joined == "lee jun"
    index.add(entity_key("이준"), "PER", joined)
    assert index.resolve(entity_key("이전"), "PER") is None
