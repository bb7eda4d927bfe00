"""Search: any string is a query, ranking favours titles, snippets are exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db.highlight import find_hits, snippet
from db.query import MAX_QUERY_CHARS, parse
from tests.conftest import import_paths, write

STORIES = {
    "ferry.txt": "Ferry service resumes\n\nThe island ferry sails again after repairs to the harbour.",
    "harbour.txt": "Harbour budget approved\n\nCouncil approved money for the ferry terminal.",
    "cafe.txt": "Économie locale\n\nLe café du port ouvre à l'aube. Straße und Ärger.",
}


def fill(library, tmp_path):
    ids = {}
    for name, text in STORIES.items():
        [result] = import_paths(library, write(tmp_path, name, text))
        ids[name] = result.article_id
    return ids


def test_title_outranks_body(library, tmp_path):
    ids = fill(library, tmp_path)
    assert [h.id for h in library.search("ferry")] == [ids["ferry.txt"], ids["harbour.txt"]]
    assert library.search("harbour")[0].id == ids["harbour.txt"]


def test_query_language(library, tmp_path):
    ids = fill(library, tmp_path)
    assert [h.id for h in library.search('"ferry terminal"')] == [ids["harbour.txt"]]
    assert [h.id for h in library.search("ferry -council")] == [ids["ferry.txt"]]
    assert {h.id for h in library.search("repairs OR council")} == {
        ids["ferry.txt"],
        ids["harbour.txt"],
    }
    assert [h.id for h in library.search("termin*")] == [ids["harbour.txt"]]
    assert [h.id for h in library.search("economie")] == [ids["cafe.txt"]]
    assert [h.id for h in library.search("lang:fr cafe")] == [ids["cafe.txt"]]
    assert library.search("lang:en cafe") == []
    assert library.count_matches("ferry") == 2


def test_snippet_marks_hits_in_original_text(library, tmp_path):
    fill(library, tmp_path)
    [hit] = library.search("economie cafe")
    assert hit.title_hits == ((0, 8),)
    marked = hit.snippet.marked("<", ">")
    assert "<café>" in marked


def test_hits_fold_case_and_accents_with_true_offsets():
    text = "ÉCONOMIE, e\u0301conomie and Economics; İstanbul"
    query = parse("economie istanbul")
    spans = find_hits(text, query.terms)
    assert [text[s:e] for s, e in spans] == ["ÉCONOMIE", "e\u0301conomie", "İstanbul"]


def test_snippet_text_cannot_collide_with_marks():
    text = "Title\n\nA body with <b> and [bold] and \ue000 in it, then the word harbour."
    hits = find_hits(text, parse("harbour").terms)
    piece = snippet(text, hits, body_start=7)
    assert [piece.text[s:e] for s, e in piece.hits] == ["harbour"]


def test_malformed_queries_are_literal():
    assert parse('"unclosed phrase').fts() == '"unclosed phrase"'
    assert parse("AND OR NOT").fts() == '("AND" OR "NOT")'
    assert parse("OR").fts() == '"OR"'


def test_or_between_filters_joins_them_and_is_no_word():
    """`source:a OR source:b` is either source, not articles holding the
    word "or" from the last of them; `OR` after words still joins words."""
    query = parse("source:detik OR source:meridian")
    assert query.fts() is None
    assert query.describe() == "source:detik or source:meridian"
    assert parse("lang:id OR banjir OR gempa").fts() == '("banjir" OR "gempa")'
    # Between words, after a filter, it still joins the words.
    assert parse("banjir source:detik OR gempa").fts() == '("banjir" OR "gempa")'
    mixed = parse("banjir lang:id OR lang:en gempa")
    assert mixed.fts() == '"banjir" AND "gempa"'
    assert mixed.describe() == '"banjir"; "gempa"; lang:id or lang:en'
    assert parse("col:umn").fts() == '"col umn"'
    assert parse("-only").fts() is None and parse("-only").describe() == 'not "only"'
    assert parse("***").fts() is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_query_runs(library_for_hypothesis, text):
    library_for_hypothesis.search(text)
    library_for_hypothesis.count_matches(text)


def test_absurdly_long_query_is_bounded(library, tmp_path):
    fill(library, tmp_path)
    query = parse("ferry " * 100_000)
    assert len(query.groups) <= 32
    assert library.search("x" * (MAX_QUERY_CHARS * 50)) == []


CJK = {
    "ja.txt": "東京で会議\n\n東京で国際会議が開かれ、新しい港の計画が発表された。",
    "ko.txt": "삼성전자는 새 공장\n\n삼성전자는 오늘 평택에 새 반도체 공장을 짓겠다고 밝혔다.",
    "zh.txt": "上海港口\n\n上海市政府今天宣布了新的港口计划，北京也表示支持。",
    "th.txt": "ข่าวท่าเรือ\n\nท่าเรือกรุงเทพเปิดให้บริการอีกครั้งหลังการซ่อมแซม",
}


def test_cjk_words_inside_longer_runs(library, tmp_path):
    ids = {}
    for name, text in CJK.items():
        [result] = import_paths(library, write(tmp_path, name, text))
        ids[name] = result.article_id
    assert [h.id for h in library.search("東京")] == [ids["ja.txt"]]
    assert [h.id for h in library.search("国際会議")] == [ids["ja.txt"]]
    assert [h.id for h in library.search("삼성")] == [ids["ko.txt"]]
    assert [h.id for h in library.search("반도체")] == [ids["ko.txt"]]
    assert [h.id for h in library.search("北京")] == [ids["zh.txt"]]
    assert {h.id for h in library.search("港")} == {ids["ja.txt"], ids["zh.txt"]}
    assert [h.id for h in library.search("กรุงเทพ")] == [ids["th.txt"]]
    assert library.search("東京会議場") == []
    [hit] = library.search("삼성")
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.hits] == ["삼성"]
    assert hit.title_hits == ((0, 2),)


def test_common_word_is_ranked_within_the_newest_candidates(library, tmp_path, monkeypatch):
    """With more matches than the candidate bound, the newest matches are ranked."""
    import db.search

    monkeypatch.setattr(db.search, "CANDIDATES", 3)
    ids = []
    for n in range(6):
        title = "Harbour news" if n == 0 else f"Story {n}"
        text = f"{title}\n\nThe harbour is busy today, report number {n}."
        [result] = import_paths(library, write(tmp_path, f"{n}.txt", text))
        ids.append(result.article_id)
    first_page = [h.id for h in library.search("harbour", limit=3)]
    assert sorted(first_page) == sorted(ids[-3:])
    # Past the bound, the older matches follow, newest first; pages of one
    # hit list the same hits as one page of all.
    whole = [h.id for h in library.search("harbour", limit=6)]
    assert whole[:3] == first_page and whole[3:] == [ids[2], ids[1], ids[0]]
    assert [library.search("harbour", limit=1, offset=n)[0].id for n in range(6)] == whole
    assert [h.id for h in library.search("harbour", limit=2, offset=2)] == whole[2:4]


def test_filters(library, tmp_path):
    ids = fill(library, tmp_path)
    ferry = ids["ferry.txt"]
    library.add_tag(ferry, "Transport")
    library.set_starred(ferry, True)
    library.set_read(ids["harbour.txt"], True)
    assert [h.id for h in library.search("tag:transport")] == [ferry]
    assert [h.id for h in library.search("ferry tag:Transport")] == [ferry]
    assert [h.id for h in library.search("ferry -tag:transport")] == [ids["harbour.txt"]]
    assert [h.id for h in library.search("is:starred")] == [ferry]
    assert {h.id for h in library.search("is:unread")} == {ferry, ids["cafe.txt"]}
    assert [h.id for h in library.search("lang:fr")] == [ids["cafe.txt"]]
    assert {h.id for h in library.search("lang:en -council")} == {ferry}
    assert library.count_matches("lang:en") == 2
    # A query of excluded words alone: every article without them.
    assert {h.id for h in library.search("-council")} == {ferry, ids["cafe.txt"]}
    assert library.count_matches("-council -ferry") == 1
    # Unknown fields and values are words, not errors.
    assert library.search("is:purple") == []
    assert parse("is:purple").fts() == '"is purple"'


def test_date_filter(library, tmp_path):
    dated = {
        "a.txt": "June story\n\nJakarta, 2021-06-14 - Ferries were late again.",
        "b.txt": "July story\n\nJakarta, 2021-07-30 - Ferries were late again.",
        "c.txt": "August story\n\nJakarta, 2021-08-02 - Ferries were late again.",
    }
    ids = {n: import_paths(library, write(tmp_path, n, t))[0].article_id for n, t in dated.items()}
    assert {library.article(i).row.date for i in ids.values()} == {
        "2021-06-14",
        "2021-07-30",
        "2021-08-02",
    }
    found = {h.id for h in library.search("ferries date:2021-06..2021-07")}
    assert found == {ids["a.txt"], ids["b.txt"]}
    assert [h.id for h in library.search("date:2021-08")] == [ids["c.txt"]]
    assert {h.id for h in library.search("date:2021-07..")} == {ids["b.txt"], ids["c.txt"]}


def test_entity_and_speaker_filters_cover_variants(library, tmp_path):
    first = (
        "Robot deal signed\n\nKabarkota.id - Direktur Utama Nuri Robotics Lee Soo-man menandatangani "
        'kerja sama itu di Bandung. "Kami sangat senang dengan kerja sama ini," kata Lee Soo-man.'
    )
    second = (
        "Robots arrive\n\nThe first robots arrived in Bandung on Monday, Lee Sooman told "
        'reporters. "They work well," Lee Sooman said.'
    )
    a = import_paths(library, write(tmp_path, "a.txt", first))[0].article_id
    b = import_paths(library, write(tmp_path, "b.txt", second))[0].article_id
    assert {h.id for h in library.search('entity:"Lee Soo Man"')} == {a, b}
    assert {h.id for h in library.search("speaker:lee-soo-man")} == {a, b}
    assert library.search('entity:"Nobody Atall"') == []


def test_exact_phrase_ranks_first(library, tmp_path):
    scattered = "Budget news\n\nThe port has a new budget. Later, the ferry council met."
    together = "Other news\n\nMeanwhile the port budget was discussed by nobody at all today."
    a = import_paths(library, write(tmp_path, "a.txt", scattered))[0].article_id
    b = import_paths(library, write(tmp_path, "b.txt", together))[0].article_id
    assert [h.id for h in library.search("port budget")] == [b, a]


def test_history_keeps_recent_distinct_queries(library):
    for query in ["ferry", "ferry", "harbour", "ferry", ""]:
        library.remember_search(query)
    assert library.search_history() == ["ferry", "harbour"]


def test_site_chrome_kept_in_the_text_is_not_searched(library, tmp_path):
    """A story is found by its title and body, not by the headline of another
    story it links to (``Baca juga: ...``) or by the page's furniture."""
    text = (
        "Banjir Rendam Pelabuhan\n\n"
        "Kabarkota.id - Air laut naik dan merendam gudang di dekat dermaga sejak Senin malam.\n\n"
        "Baca juga: Pabrik Robot Baru Dibuka di Karawang\n\n"
        "SCROLL TO CONTINUE WITH CONTENT\n\n"
        "Petugas memompa air dari gudang hingga pagi.\n"
    )
    [result] = import_paths(library, write(tmp_path, "banjir.txt", text))
    assert [h.id for h in library.search("gudang")] == [result.article_id]
    assert [h.id for h in library.search("banjir")] == [result.article_id]
    assert library.search("robot") == []
    assert library.search('"scroll to continue"') == []
    assert library.article(result.article_id).text == text  # kept, only not indexed


def test_byline_and_photo_caption_are_searched(library, tmp_path):
    """Finding a reporter's stories, or a name in a photo caption, is searching."""
    text = (
        "Harbour cranes arrive\n\n"
        "By Marcus Delaney, Meridian Wire\n\n"
        "Foto: Petugas memeriksa derek baru di dermaga Tanjung Emas\n\n"
        "Two new cranes reached the port on Monday after a month at sea.\n"
    )
    [result] = import_paths(library, write(tmp_path, "cranes.txt", text))
    found = library.article(result.article_id)
    assert found.row.title == "Harbour cranes arrive"
    assert [h.id for h in library.search("delaney")] == [result.article_id]
    assert [h.id for h in library.search('"tanjung emas"')] == [result.article_id]
