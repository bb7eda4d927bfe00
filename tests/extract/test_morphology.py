"""Names made of an analyser's words (``reader.extract.morphology``), and the
three analysers on made-up sentences in the shapes each rule serves."""

import pytest

from reader.extract.latin_terms import without_latin_terms, without_terms
from reader.extract.model import EntityMention
from reader.extract.morphology import (
    GIVEN,
    HONORIFIC,
    JOIN,
    LOC,
    LOC_END,
    NAME,
    NOT_NAME,
    NOUN,
    ORG_END,
    OTHER,
    PER,
    Analyser,
    Morpheme,
    find_analysed_names,
    names_from,
    with_analysed,
)
from reader.extract.names import entity_key


def _words(*parts: tuple[str, str]) -> tuple[str, list[Morpheme]]:
    """Text and morphemes from (surface, kind) pairs written together."""
    text, out = "", []
    for surface, kind in parts:
        out.append(Morpheme(len(text), len(text) + len(surface), kind))
        text += surface
    return text, out


def _names(*parts, untyped=None, gap="", opens=True):
    text, items = _words(*parts)
    analyser = Analyser(lambda *_: items, untyped=untyped, gap=gap, untyped_opens=opens)
    return [(m.text, m.type) for m in names_from(text, items, analyser)]


def test_family_and_given_name_are_one_person():
    assert _names(("鈴木", PER), ("花子", GIVEN), ("が", OTHER)) == [("鈴木花子", "PER")]


def test_given_name_alone_needs_an_honorific():
    assert _names(("花子", GIVEN), ("は", OTHER)) == []
    assert _names(("花子", GIVEN), ("さん", HONORIFIC)) == [("花子", "PER")]


def test_two_joined_foreign_names_are_a_person():
    assert _names(("ジョン", GIVEN), ("・", JOIN), ("スミス", GIVEN)) == [("ジョン・スミス", "PER")]


def test_suffix_types_the_run():
    assert _names(("青葉", NAME), ("大学", ORG_END)) == [("青葉大学", "ORG")]
    assert _names(("광주", LOC), ("시", LOC_END)) == [("광주시", "LOC")]


def test_organisation_runs_through_nouns_to_its_suffix():
    parts = (("東海", LOC), ("市", LOC_END), ("第二", NOUN), ("中級法院", ORG_END))
    assert _names(*parts) == [("東海市第二中級法院", "ORG")]


def test_nationality_word_unmakes_a_place():
    assert _names(("日本", LOC), ("人", NOT_NAME)) == []
    assert _names(("日本", LOC), ("の", OTHER)) == [("日本", "LOC")]


def test_untyped_proper_noun_takes_the_language_default():
    assert _names(("ミドリ", NAME), ("が", OTHER), untyped="ORG") == [("ミドリ", "ORG")]
    assert _names(("드론", NAME), ("이", OTHER)) == []


def test_untyped_word_opens_an_organisation_only_where_the_language_says():
    parts = (("英语", NAME), ("教学", NOUN), ("中心", ORG_END))
    assert _names(*parts, opens=False) == []
    assert _names(*parts, opens=True) == [("英语教学中心", "ORG")]


def test_only_a_persons_names_stand_apart():
    person = (("마이클", PER), (" ", OTHER), ("존슨", PER))
    text, items = _words(*person)
    items = [m for m in items if m.kind != OTHER]
    analyser = Analyser(lambda *_: items, untyped=None, gap=" ")
    assert [m.text for m in names_from(text, items, analyser)] == ["마이클 존슨"]
    # A place and a company apart are two names, not one.
    text, items = _words(("서울", LOC), (" ", OTHER), ("한빛", NAME), ("전자", ORG_END))
    items = [m for m in items if m.kind != OTHER]
    analyser = Analyser(lambda *_: items, untyped=None, gap=" ")
    assert [m.text for m in names_from(text, items, analyser)] == ["서울", "한빛전자"]


def test_one_character_is_no_name():
    assert _names(("李", PER), ("说", OTHER)) == []


def test_an_organisation_found_whole_replaces_the_place_inside_it():
    place = EntityMention("青州", "LOC", 0, 2, entity_key("青州"))
    person = EntityMention("王小明", "PER", 10, 13, entity_key("王小明"))
    found = [EntityMention("青州师范大学", "ORG", 0, 6, entity_key("青州师范大学"))]
    assert [m.text for m in with_analysed([place, person], found)] == ["青州师范大学", "王小明"]
    # A place found whole is not replaced by a shorter one.
    short = [EntityMention("青", "ORG", 0, 1, "青")]
    assert [m.text for m in with_analysed([place], short)] == ["青州"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "type_"),
    [
        ("ja", "昨日、佐藤健一さんが東京で会見した。", "佐藤健一", "PER"),
        ("ja", "大阪府の担当者によると、", "大阪府", "LOC"),
        ("ko", "마이클 존슨 교수는 부산시에서 말했다.", "마이클 존슨", "PER"),
        ("ko", "마이클 존슨 교수는 부산시에서 말했다.", "부산시", "LOC"),
        ("ko", "트럼프 대통령은 회견에서 말했다.", "트럼프", "PER"),  # a title apart
        ("ko", "김민수 씨는 집에 갔다.", "김민수", "PER"),
        ("zh", "国务院总理李强在会上讲话。", "李强", "PER"),
        ("zh", "记者来到清华大学采访。", "清华大学", "ORG"),
    ],
)
def test_analysers_find_names(lang, text, name, type_):
    found = {(m.text, m.type) for m in find_analysed_names(text, [(0, len(text))], lang)}
    assert (name, type_) in found


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("zh", "这座城市的孩子康复得很快。", "城市"),  # a common word jieba tags as a place
        ("zh", "这座城市的孩子康复得很快。", "康复"),  # ... and as a person
        ("zh", "这是一座有文明历史的城市。", "文明"),  # a frequent word shaped as a name
        ("ja", "日本人の観光客が増えた。", "日本"),  # a nationality
        ("ko", "이런 불꽃놀이가 가능해졌다. 드론 덕분이다.", "드론"),  # a drone, no person
    ],
)
def test_analysers_leave_common_words(lang, text, word):
    found = {m.text for m in find_analysed_names(text, [(0, len(text))], lang)}
    assert not any(word in name for name in found)


def test_other_languages_have_no_analyser():
    assert find_analysed_names("Budi Santoso berkata.", [(0, 20)], "id") == []


def _latin(text: str, type_: str = "PER") -> EntityMention:
    return EntityMention(text, type_, 0, len(text), entity_key(text))


def test_latin_terms_in_cjk_articles_are_no_names():
    kept = without_latin_terms(
        "", [_latin(t) for t in ("CPU", "Bluetooth", "IPX5", "OS", "Web", "Zentrix Labs")]
    )
    assert [(m.text, m.type) for m in kept] == [("Zentrix Labs", "ORG")]


def test_latin_name_run_into_the_articles_script_keeps_its_latin_part():
    kept = without_latin_terms("NHKが", [_latin("NHKが")])
    assert [(m.text, m.end) for m in kept] == [("NHK", 3)]


def test_latin_person_and_place_keep_their_type_by_the_gazetteers():
    kept = without_latin_terms("", [_latin("Maria Lindqvist", "ORG"), _latin("France", "PER")])
    assert [m.type for m in kept] == ["PER", "LOC"]


def test_technical_terms_are_no_names_in_any_language():
    kept = without_terms([_latin(t, "ORG") for t in ("DVDs", "HDTV", "PC", "EU", "Sony")])
    assert [m.text for m in kept] == ["EU", "Sony"]


def _at(text: str, name: str, type_: str = "ORG") -> EntityMention:
    start = text.index(name)
    return EntityMention(name, type_, start, start + len(name), entity_key(name))


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # An app or a product named alone in corner marks: no organisation.
        ("新しいアプリ「Zephyra Clock」を紹介する。", "Zephyra Clock", False),
        ("当サイト「Zentrix（ゼントリクス）」で紹介した。", "Zentrix", True),
        # A model: the name runs on into digits.
        ("新機種のORBIT Z F-07Dに更新が来た。", "ORBIT Z F", False),
        ("新機種を出すORBITは東京の会社だ。", "ORBIT", True),
        # A field's label opens its line before a colon; what follows is kept.
        ("店舗情報\nOrbit Store：http://example.com\n開発者：Kiyomi Lab", "Orbit Store", False),
        ("店舗情報\nFAX：03-1234-5678\n開発者：Kiyomi Lab", "Kiyomi Lab", True),
    ],
)
def test_where_a_latin_name_stands_in_a_cjk_article(text: str, name: str, kept: bool):
    assert bool(without_latin_terms(text, [_at(text, name)])) == kept


def test_a_full_width_latin_name_keeps_its_latin_part():
    text = "ＫＢＣが発表した。"
    (m,) = without_latin_terms(text, [_at(text, "ＫＢＣが")])
    assert (m.text, m.end) == ("ＫＢＣ", 3)
