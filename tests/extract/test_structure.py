"""Structure of an article page: title, metadata, body, chrome and tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.extract import pipeline
from reader.extract.boilerplate import find_chrome, normalise_line
from reader.extract.dates import complete, find_date
from reader.extract.pipeline import extract
from reader.extract.structure import find_source, parse_structure

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"

PAGE = """Warga Bandung Tanam Seribu Pohon di Bantaran Sungai

Foto: Warga Bandung Tanam Seribu Pohon di Bantaran Sungai

Oleh: Rina Wulandari

Contohberita.com - Ratusan warga menanam pohon di bantaran sungai pada Sabtu (14/9/2024).

SCROLL TO CONTINUE WITH CONTENT

Kegiatan itu digagas oleh komunitas setempat sejak awal tahun.

Baca juga: Sungai Bersih, Warga Senang

ADVERTISEMENT

Panitia berharap kegiatan serupa digelar setiap bulan.

Komentar Anda

Tags

Lingkungan
Bandung
Sungai

Rekomendasi Artikel

Judul Lain yang Direkomendasikan
"""


def body_lines(text: str, article) -> list[str]:
    return [text[s:e] for s, e in article.paragraphs]


def test_page_metadata() -> None:
    article = parse_structure(PAGE)
    assert article.title == "Warga Bandung Tanam Seribu Pohon di Bantaran Sungai"
    assert article.caption == article.title
    assert article.byline == "Rina Wulandari"
    assert article.source == "Contohberita.com"
    # `pada Sabtu (14/9/2024)` in the body is the day of the planting, not
    # of the story.
    assert article.date is None
    assert article.tags == ["Lingkungan", "Bandung", "Sungai"]


def test_chrome_is_out_of_the_body_but_accounted_for() -> None:
    article = parse_structure(PAGE)
    body = body_lines(PAGE, article)
    assert body == [
        "Contohberita.com - Ratusan warga menanam pohon di bantaran sungai pada Sabtu (14/9/2024).",
        "Kegiatan itu digagas oleh komunitas setempat sejak awal tahun.",
        "Panitia berharap kegiatan serupa digelar setiap bulan.",
    ]
    chrome = [PAGE[s:e] for s, e in article.boilerplate]
    for line in (
        "SCROLL TO CONTINUE WITH CONTENT",
        "ADVERTISEMENT",
        "Komentar Anda",
        "Tags",
        "Rekomendasi Artikel",
        "Judul Lain yang Direkomendasikan",
    ):
        assert line in chrome
    assert any(line.startswith("Baca juga:") for line in chrome)


def test_inline_tags_line() -> None:
    text = "Judul\n\nIsi berita yang panjang.\n\nTags: ekonomi, inflasi, BPS\n"
    article = parse_structure(text)
    assert article.tags == ["ekonomi", "inflasi", "BPS"]
    assert body_lines(text, article) == ["Isi berita yang panjang."]


def test_sentence_starting_like_a_byline_stays_in_the_body() -> None:
    text = "Judul\n\nOleh karena itu, kami setuju.\n\nBy the way, it rained."
    article = parse_structure(text)
    assert article.byline is None
    assert len(article.paragraphs) == 2


def test_english_byline_and_advertisement() -> None:
    text = "Port strike ends\n\nBy Jane Doe and John Roe\n\nWorkers returned.\n\nAdvertisement\n\nRead more: other story"
    article = parse_structure(text)
    assert article.byline == "Jane Doe and John Roe"
    assert body_lines(text, article) == ["Workers returned."]


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Kanal247.com - SM Entertainment akhirnya", "Kanal247.com"),
        ("Jakarta, CNN Indonesia -- Pemerintah menyatakan", "CNN Indonesia"),
        ("LONDON (Reuters) - Britain's economy grew", "Reuters"),
        ("JAKARTA, KOMPAS.com - Presiden meminta", "KOMPAS.com"),
        ("Pemerintah menyatakan - sesuatu", None),
        ("JAKARTA, June 23, 2025 (Meridian Wire) - Thousands of", "Meridian Wire"),
        ("SUMBERJAYA, Indonesia, Sept 8 (Meridian Wire) - On the", "Meridian Wire"),
        ("Jakarta, detikFinance - Menteri Keuangan", "detikFinance"),
        ("Jakarta, kata dia - bukan sumber", None),
    ],
)
def test_source_in_dateline(line: str, source: str | None) -> None:
    assert find_source(line) == source


@pytest.mark.parametrize(
    ("text", "year", "iso"),
    [
        ("pada Selasa (21/10/2025) lalu", None, "2025-10-21"),
        ("kemarin, Rabu (23/6).", None, "--06-23"),
        ("kemarin, Rabu (23/6).", 2021, "2021-06-23"),
        ("Published June 23, 2025 at noon", None, "2025-06-23"),
        ("digelar 23 Juni 2025 di Jakarta", None, "2025-06-23"),
        ("am 5. März 2024 in Berlin", None, "2024-03-05"),
        ("2025年6月23日に発表", None, "2025-06-23"),
        ("据报道，6月23日，港口", None, "--06-23"),
        ("6월 23일 오후", 2025, "2025-06-23"),
        # No story is published after today: a later date is a typo or an announcement.
        ("Senin (12/11/2098) lalu", None, None),
        ("Senin (12/11/2098) lalu, lalu Selasa (21/10/2025)", None, "2025-10-21"),
        ("updated 2024-02-30", None, None),
        ("no date at all", None, None),
        # A wire dateline without a year; a month in running text is no date.
        ("SUMBERJAYA, Indonesia, Sept 8 (Meridian Wire) - On", 2025, "2025-09-08"),
        ("Talks resumed on March 3 (local time) in Doha", 2025, None),
    ],
)
def test_find_date(text: str, year: int | None, iso: str | None) -> None:
    found = find_date(text, year)
    assert (found[0] if found else None) == iso


def test_first_date_wins_and_partial_dates_complete() -> None:
    assert find_date("Rabu (23/6) lalu, dan pada 1 Juli 2025 nanti")[0] == "--06-23"
    assert complete("--06-23", 2021) == "2021-06-23"
    assert complete("2020-01-02", 2021) == "2020-01-02"


def test_livedoor_shape_and_one_line_article_are_kept() -> None:
    text = "http://news.livedoor.com/article/1/\n2012-09-07T10:00:00+0900\nタイトル\n本文です。"
    article = parse_structure(text)
    assert article.title == "タイトル"
    assert article.date == "2012-09-07"
    one = "Ein einziger Satz ohne Titel. Und noch einer."
    article = parse_structure(one)
    assert article.title == "Ein einziger Satz ohne Titel."
    assert article.paragraphs == [(0, len(one))]


def test_find_chrome_learns_recurring_short_lines() -> None:
    texts = [f"Title {i}\n\nStory number {i} is unique.\n\nShare on Twitter\n" for i in range(10)]
    chrome = find_chrome(texts, min_share=0.5)
    assert chrome == {"share on twitter"}
    article = parse_structure(texts[0], chrome=chrome)
    assert [texts[0][s:e] for s, e in article.paragraphs] == ["Story number 0 is unique."]


def test_learnt_chrome_does_not_eat_tags_and_stamps_leave_the_body() -> None:
    text = (
        "Judul\n\nDiperbarui: 2025-09-08 14:32 WIB\n\nIsi berita.\n\nTags\n\nNuri Dynamics\nRobot\n"
    )
    article = parse_structure(text, chrome={"nuri dynamics"})
    assert article.tags == ["Nuri Dynamics", "Robot"]
    assert [text[s:e] for s, e in article.paragraphs] == ["Isi berita."]
    assert article.date == "2025-09-08"


def test_find_chrome_ignores_small_collections_and_repeats_within_one() -> None:
    assert find_chrome(["A\n\nsame line\n\nsame line"] * 2, min_share=0.1) == set()
    assert normalise_line("  Share   ON twitter ") == "share on twitter"


@given(st.text())
def test_any_text_gives_valid_spans(text: str) -> None:
    article = parse_structure(text)
    spans = article.paragraphs + article.boilerplate
    for s, e in spans:
        assert 0 <= s < e <= len(text)
    assert len(set(spans)) == len(spans)


@pytest.mark.skipif(not (CORPORA / "id" / "detik").exists(), reason="shared corpora absent")
def test_detik_scroll_lines_never_reach_the_body() -> None:
    for path in sorted((CORPORA / "id" / "detik").glob("*.txt"))[:100]:
        text = path.read_text(encoding="utf-8")
        article = parse_structure(text)
        assert all("SCROLL TO CONTINUE" not in text[s:e] for s, e in article.paragraphs)
        assert article.title and article.paragraphs


def test_a_bracketed_chinese_headline_is_the_title() -> None:
    text = "【港口工人罢工 卡车排队数公里】据报道，6月23日，约2500名工人举行罢工。工会表示罢工将持续。\n"
    article = parse_structure(text)
    assert article.title == "港口工人罢工 卡车排队数公里"
    assert article.date is None  # 6月23日 is the strike's day


def test_the_site_in_the_dateline_is_an_organisation_not_a_person():
    text = (
        "Banjir di Bandung\n\n"
        "Bandung, Warta Kota.id - Banjir merendam rumah warga, kata Andi Pratama.\n"
    )
    found = {m.text: m.type for m in extract(text).entities}
    assert found.get("Warta Kota") == "ORG"
    assert found.get("Andi Pratama") == "PER"


def test_names_and_quotes_are_looked_for_in_the_first_part_of_a_huge_body(monkeypatch):
    """A file of millions of characters is stored whole, but only the start
    of its body is read for entities and quotes, cut between words."""
    first = 'Menurut Budi Santoso, harga naik. "Kami siap," kata Budi Santoso di Bandung.'
    text = f"Judul\n\n{first}\n\nSiti Rahmawati datang ke Surabaya bersama Joko Prasetyo."
    monkeypatch.setattr(pipeline, "EXTRACTED_CHARS", len(first) + 3)
    article = pipeline.extract(text)
    assert {m.text for m in article.entities} == {"Budi Santoso", "Bandung"}
    assert [q.speaker for q in article.quotes] == ["Budi Santoso"]
    assert article.paragraphs[-1] == (text.index("Siti"), len(text))  # stored whole
    # Cut at the space before `datang`, not inside `datang`.
    monkeypatch.setattr(pipeline, "EXTRACTED_CHARS", len(first) + len("Siti Rahmawati dat"))
    names = {m.text for m in pipeline.extract(text).entities}
    assert names == {"Budi Santoso", "Bandung", "Siti Rahmawati"}


def test_a_markdown_heading_mark_is_not_part_of_the_title() -> None:
    text = "# Harbour workers end strike\n\nWorkers returned on Monday after a week-long strike.\n"
    assert parse_structure(text).title == "Harbour workers end strike"
    assert parse_structure("#hashtag news\n\nA body line follows here.\n").title == "#hashtag news"
