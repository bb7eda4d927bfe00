"""Source and publication date: only where the page states them.

Every case is made-up text in the shape it serves, with agencies and outlets
other than the corpora's.
"""

from __future__ import annotations

import pytest

from reader.extract.datelines import closing_date, date_alone, find_source, published_date
from reader.extract.lang import rules_for
from reader.extract.structure import parse_structure


@pytest.mark.parametrize(
    ("lang", "line", "source"),
    [
        ("en", "(Reuters) - Oil prices rose on Monday", "Reuters"),
        ("en", "(AFP) — Floods swept the valley", "AFP"),
        ("en", "CAIRO, March 2 (Anadolu) - Talks resumed", "Anadolu"),
        ("id", "JAKARTA (Antara) - Pemerintah menyatakan", "Antara"),
        ("id", "Jakarta, detikNews - Menteri Keuangan", "detikNews"),
        ("id", "Kabarbaru.co.id - Warga berkumpul", "Kabarbaru.co.id"),
        ("de", "Wien (APA) – Die Regierung hat", "APA"),
        ("de", "Berlin (dpa/AFP) - Der Bundestag", "dpa/AFP"),
        ("de", "(KNA) - Die Bischöfe", "KNA"),
        ("ko", "(서울=연합뉴스) 김민수 기자 = 정부는", "연합뉴스"),
        ("ko", "(부산=뉴시스) 박지영 기자 = 시는", "뉴시스"),
        ("ko", "[대전=뉴스1] 연구진은", "뉴스1"),
        ("zh", "中新社北京3月1日电　国家统计局", "中新社"),
        ("zh", "新华社上海电　记者从市政府获悉", "新华社"),
        ("zh", "人民网广州6月3日电　广东省", "人民网"),
        ("ja", "【共同通信】政府は1日、", "共同通信"),
        ("ja", "【ワシントン共同】米政府は", "共同"),
        ("ja", "【ロンドン時事】英国の", "時事"),
    ],
)
def test_the_dateline_names_the_source(lang: str, line: str, source: str) -> None:
    assert find_source(line, rules_for(lang)) == source


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # A name and its initials, not an agency.
        ("id", "Bank Indonesia (BI) - lembaga itu menyatakan"),
        ("de", "Die Stadt (Bezirk Mitte) - so hieß es"),
        ("en", "The minister (left) - seen here in May"),
        ("ko", "(사진=김민수 기자) 행사장 모습"),
        # 本报, this paper, names no outlet.
        ("zh", "本报深圳6月27日电　论坛上"),
        ("zh", "报告显示，今年电价下降"),
        # A topic in brackets is no agency.
        ("ja", "【速報】政府は1日、"),
        ("ja", "【iPhone】新しいアプリ"),
    ],
)
def test_no_source_where_no_outlet_is_named(lang: str, line: str) -> None:
    assert find_source(line, rules_for(lang)) is None


def test_a_japanese_column_names_itself_before_the_headline() -> None:
    text = "【Tennis Today】錦織、決勝へ\n錦織が準決勝で勝った。\n試合は3時間に及んだ。"
    assert parse_structure(text, lang="ja").source == "Tennis Today"
    text = "【Android Apps】新作\n新しいアプリが出た。"
    assert parse_structure(text, lang="ja").source == "Android Apps"
    text = "【特集】新作アプリ\n新しいアプリが出た。"
    assert parse_structure(text, lang="ja").source is None


def test_a_credit_phrase_names_the_source() -> None:
    text = (
        "Judul\n\nHarga naik lagi.\n\n"
        '"Kami siap," kata Budi, seperti dilansir detikFinance, Senin (20/10/2025).\n'
    )
    assert parse_structure(text, lang="id").source == "detikFinance"
    glued = "Judul\n\nHarga naik, seperti dikutip dariKabarbaru.com, Senin.\n"
    assert parse_structure(glued, lang="id").source == "Kabarbaru.com"
    dated = "Judul\n\nHarga naik, seperti dikutip Selasa (21/10/2025).\n"
    assert parse_structure(dated, lang="id").source is None
    # A bare `dikutip dari` credits one quotation, not the story.
    bare = 'Judul\n\n"Kami siap," kata Arya dikutip dari detikFinance, Senin.\n'
    assert parse_structure(bare, lang="id").source is None


@pytest.mark.parametrize(
    ("ending", "source"),
    [
        ("来源：南方日报", "南方日报"),
        ("（来源：人民网北京）", "人民网"),
        ("据《扬子晚报》报道", "扬子晚报"),
    ],
)
def test_a_chinese_page_closes_with_its_credit(ending: str, source: str) -> None:
    text = f"市民在公园里锻炼身体。专家表示，每天运动半小时有益健康。{ending}"
    assert parse_structure(text, lang="zh-cn").source == source


def test_a_credit_in_the_middle_is_not_the_pages() -> None:
    text = "据《扬子晚报》报道，市民在公园里锻炼身体。专家表示，每天运动半小时有益健康。"
    assert parse_structure(text, lang="zh-cn").source is None


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        # Datelines.
        ("en", "Title\n\nCAIRO, March 2, 2024 (Anadolu) - Talks resumed.", "2024-03-02"),
        ("en", "Title\n\nCAIRO, March 2 (Anadolu) - Talks resumed.", "--03-02"),
        ("zh-cn", "标题\n\n中新社北京3月1日电　国家统计局发布数据。", "--03-01"),
        ("id", "Judul\n\nSurabaya, Selasa (4/3/2025) - Warga berkumpul.", "2025-03-04"),
        # Publication phrases, in the page's chrome or its story's language.
        (
            "id",
            "Judul\n\nDiterbitkan Selasa, 4 Maret 2025 10:00 WIB\n\nWarga berkumpul.",
            "2025-03-04",
        ),
        ("en", "Title\n\nUpdated: 4 March 2025\n\nPeople gathered.", "2025-03-04"),
        ("de", "Titel\n\nveröffentlicht am 4. März 2025\n\nDie Leute kamen.", "2025-03-04"),
        (
            "de",
            "Titel\n\nVon Anna Berg | Aktualisiert: 04.03.2025\n\nDie Leute kamen.",
            "2025-03-04",
        ),
        ("zh-cn", "标题\n\n发布时间：2025年3月4日 10:00\n\n市民在公园里锻炼。", "2025-03-04"),
        ("ko", "제목\n\n입력 2025.03.04 10:00\n\n시민들이 모였다.", "2025-03-04"),
        ("ja", "タイトル\n\n配信日：2025年3月4日\n\n市民が集まった。", "2025-03-04"),
        # A date line under the title, or closing the page.
        ("id", "Judul\n\nSelasa, 4 Maret 2025 10:00 WIB\n\nWarga berkumpul.", "2025-03-04"),
        ("de", "Titel\n\nDie Leute kamen.\n\nEs regnete.\n\n4.3.2025", "2025-03-04"),
        ("de", "Die Leute kamen am Montag. Es regnete. (red, 4.3.2025)", "2025-03-04"),
    ],
)
def test_the_stated_publication_date_is_kept(lang: str, text: str, date: str) -> None:
    assert parse_structure(text, lang=lang).date == date


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # An event's day in the body, however it is written.
        ("id", 'Judul\n\nHarga naik.\n\n"Kami siap," kata Budi, Senin (20/10/2025), di Jakarta.'),
        ("en", "Title\n\nShe was born on June 3, 1990 in Leeds.\n\nThe phone launches 5 May 2025."),
        ("de", "Titel\n\nDie Messe beginnt am 5. März 2025 in Köln."),
        ("zh-cn", "标题\n\n据报道，6月23日，约2500名工人举行罢工。"),
        ("ja", "タイトル\n\n新製品は2025年3月4日に発売される。"),
        ("ko", "제목\n\n연구진은 2025년 3월 4일 결과를 발표했다."),
        # A publication word that is no stamp: no date follows it.
        ("en", "Title\n\nThe paper published its figures on Monday, then on 4 March 2025 more."),
        ("ja", "タイトル\n\n公開初日に10万人が訪れた。"),
        # A date in a sentence closing the page is an event's.
        ("en", "Title\n\nPeople gathered.\n\nThe vote is on 4 March 2025 in the town hall."),
    ],
)
def test_a_date_in_the_body_is_no_publication_date(lang: str, text: str) -> None:
    assert parse_structure(text, lang=lang).date is None


def test_date_helpers() -> None:
    assert published_date("Published: 2025-10-01") == "2025-10-01"
    assert published_date("Published by the ministry in 2025, on 4 March 2025") is None
    report = "Published 4 March 2025, the report " + "found that prices rose. " * 5
    assert published_date(report) is None
    assert date_alone("Senin, 20 Oktober 2025 14:30 WIB") == "2025-10-20"
    assert date_alone("Harga naik pada Senin (20/10/2025) di pasar.") is None
    assert closing_date("… nachwirken. (APA, 24.9.2015)") == "2015-09-24"
    assert closing_date("… nachwirken (siehe Grafik).") is None


def test_an_agency_in_its_own_capitals_after_a_title_case_place():
    from reader.extract.datelines import find_dateline

    found = find_dateline("Medan (ANTARA) - Pemerintah kota menyatakan banjir surut.")
    assert found is not None and found.group("source") == "ANTARA"


def test_an_agency_in_neither_its_spelling_nor_capitals_is_no_dateline():
    from reader.extract.datelines import find_dateline

    found = find_dateline("Harga (afp) - naik lagi pada pekan ini di pasar induk.")
    assert found is None or found.group("source") != "afp"
