"""Saved web pages and metadata files: the article, what the page states,
what a NAME.json beside it says, and which of them wins."""

from __future__ import annotations

import json

import pytest

from reader.importer import Status
from reader.pages import decode_page, site_of
from tests.conftest import import_paths, write


def page(paragraphs: list[str], *, title: str, charset: str = "utf-8", head: str = "") -> str:
    """A page as a news site saves it: navigation, the article, a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title} | The Harbour Gazette</title>
{head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/login">Subscribe to our newsletter today</a></li></ul></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer><p>Copyright The Harbour Gazette. All rights reserved. Cookie settings.</p></footer>
</body></html>"""


STORY = [
    "Workers at the northern harbour returned to work on Monday after a strike"
    " that lasted a full week and stopped every ferry to the islands.",
    "Union leaders said the agreement raises wages by nine percent over two years,"
    " and that the port authority promised new safety rules for the night shift.",
    "Ferry companies expect the timetable to be back to normal by Wednesday,"
    " although some crossings will remain crowded until the weekend.",
]
HEAD = (
    '<link rel="canonical" href="https://www.harbour-gazette.example/2024/strike-ends">'
    '<meta property="og:site_name" content="The Harbour Gazette">'
    '<meta property="article:published_time" content="2024-05-06T09:30:00+07:00">'
    '<meta name="author" content="Dewi Lestari">'
)


def test_a_page_becomes_its_article_with_what_the_page_states(library, tmp_path):
    path = write(tmp_path, "strike.html", page(STORY, title="Harbour strike ends", head=HEAD))
    [result] = import_paths(library, path)
    assert result.status is Status.ADDED
    detail = library.article(result.article_id)
    assert detail.row.title == "Harbour strike ends"
    assert detail.row.date == "2024-05-06"
    assert detail.row.source == "The Harbour Gazette"
    assert detail.row.author == "Dewi Lestari"
    assert detail.row.url == "https://www.harbour-gazette.example/2024/strike-ends"
    assert "nine percent" in detail.body
    assert "Subscribe" not in detail.text and "Cookie settings" not in detail.text
    # Each paragraph of the page is a paragraph of the article.
    assert len(detail.paragraphs) == len(STORY)


def test_the_page_itself_is_kept_compressed_apart_from_the_text(library, tmp_path):
    html = page(STORY, title="Harbour strike ends", head=HEAD)
    path = write(tmp_path, "strike.html", html)
    [result] = import_paths(library, path)
    import zlib

    kind, data = library.store.conn.execute(
        "SELECT kind, data_z FROM originals WHERE article_id = ?", (result.article_id,)
    ).fetchone()
    assert kind == "html" and zlib.decompress(data) == html.encode("utf-8")


@pytest.mark.parametrize(
    ("charset", "encoding", "title", "story"),
    [
        (
            "Shift_JIS",
            "shift_jis",
            "港のストライキが終わる",
            [
                "北部の港で働く労働者たちは、一週間続いたストライキを終え、月曜日に仕事に戻った。"
                "島へのフェリーはすべて止まっていた。",
                "組合の代表は、賃金が二年間で九パーセント上がると述べた。"
                "港湾当局は夜勤の新しい安全規則を約束した。",
                "フェリー会社は水曜日までに時刻表が元に戻ると見込んでいる。",
            ],
        ),
        (
            "GBK",
            "gbk",
            "港口罢工结束",
            [
                "北部港口的工人在持续整整一周的罢工之后，于星期一回到工作岗位，"
                "罢工期间所有开往岛屿的渡轮全部停航。",
                "工会负责人表示，协议规定两年内工资上涨百分之九，港务局承诺为夜班制定新的安全规定。",
                "渡轮公司预计时刻表将在星期三之前恢复正常。",
            ],
        ),
        (
            # Declared EUC-KR, written in its superset as browsers read it
            # (cp949): 똠 is one of the syllables only the superset has.
            "EUC-KR",
            "cp949",
            "항구 파업이 끝났다",
            [
                "북부 항구의 노동자들은 일주일 동안 이어진 파업을 끝내고 월요일에 일터로 돌아왔다. "
                "파업 기간 동안 섬으로 가는 여객선은 모두 멈췄다.",
                "똠방 마을 선착장의 노조 대표는 임금이 이 년 동안 구 퍼센트 오른다고 말했다. "
                "항만 당국은 야간 근무를 위한 새 안전 규칙을 약속했다.",
                "여객선 회사들은 수요일까지 운항 시간표가 정상으로 돌아올 것으로 본다.",
            ],
        ),
        (
            "windows-1251",
            "cp1251",
            "Забастовка в порту закончилась",
            [
                "Рабочие северного порта вернулись на работу в понедельник после забастовки,"
                " которая длилась целую неделю и остановила все паромы на острова.",
                "Руководители профсоюза сказали, что соглашение повышает зарплату на девять"
                " процентов за два года, а администрация порта обещала новые правила.",
                "Паромные компании ожидают, что расписание вернётся к норме к среде.",
            ],
        ),
    ],
)
def test_a_page_in_a_legacy_encoding_is_read_as_it_declares(
    library, tmp_path, charset, encoding, title, story
):
    html = page(story, title=title, charset=charset)
    path = write(tmp_path, "page.html", html.encode(encoding))
    [result] = import_paths(library, path)
    assert result.status is Status.ADDED, result.reason
    detail = library.article(result.article_id)
    assert detail.row.title == title
    assert story[1][:12] in detail.text


def test_the_http_equiv_declaration_and_browser_aliases():
    html = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf\xe9</p>'
    text, encoding = decode_page(html.encode("cp1252"))
    # As browsers read it: Latin-1 is Windows-1252.
    assert encoding == "cp1252" and "Café" in text


def test_a_page_with_no_article_text_is_rejected_with_that_reason(library, tmp_path):
    path = write(
        tmp_path, "empty.html", "<html><head><title>Home</title></head><body></body></html>"
    )
    [result] = import_paths(library, path)
    assert result.status is Status.REJECTED
    assert result.reason.startswith("no article text in the page")
    assert library.count_articles() == 0


def test_a_folder_walk_takes_pages_and_skips_the_browsers_files_folder(library, tmp_path):
    folder = tmp_path / "saved"
    write(folder, "strike.html", page(STORY, title="Harbour strike ends"))
    write(folder, "strike_files/script.js", "var x = 1;")
    write(folder, "strike_files/inner.html", page(STORY[:1], title="An ad frame"))
    planned = library.plan_import([str(folder)])
    assert [path.rsplit("/", 1)[1] for path, _ in planned] == ["strike.html"]
    assert "1 folder of a saved page's images and scripts" in planned.skipped.summary()


def test_a_folder_walk_takes_the_four_article_kinds_and_datasets_only_when_named(library, tmp_path):
    folder = tmp_path / "mixed"
    write(folder, "a.txt", "Harbour strike ends\n\nWorkers returned on Monday.\n")
    write(folder, "b.md", "# Ferries sail\n\nThe first ferry left at dawn.\n")
    write(folder, "c.html", page(STORY, title="Harbour strike ends"))
    write(folder, "d.htm", page(STORY[1:], title="Wages rise"))
    for name in ("e.csv", "f.tsv", "g.jsonl", "h.json"):
        write(folder, name, "title,text\nOne,First.\n")
    planned = library.plan_import([str(folder)])
    assert sorted(path.rsplit("/", 1)[1] for path, _ in planned) == [
        "a.txt", "b.md", "c.html", "d.htm"
    ]  # fmt: skip
    assert "4 files" in planned.skipped.summary()
    named = library.plan_import([str(folder / "e.csv")])
    assert [path.rsplit("/", 1)[1] for path, _ in named] == ["e.csv"]


def test_site_of_a_url():
    assert site_of("https://www.bbc.co.uk/news/1") == "bbc.co.uk"
    assert site_of("not a url") is None and site_of(None) is None


# -- metadata files -----------------------------------------------------------

ARTICLE = (
    "Harbour workers end strike\n\n"
    "Workers at the northern harbour returned on Monday after a week-long strike.\n\n"
    "Union leaders said the agreement raises wages by nine percent.\n"
)


def test_a_metadata_file_beside_an_article_gives_its_fields(library, tmp_path):
    path = write(tmp_path, "strike.txt", ARTICLE)
    meta = {
        "headline": "Strike over at the northern harbour",
        "date_publish": "2024-05-06T10:00:00Z",
        "link": "https://news.example.com/strike",
        "byline": ["Dewi Lestari", "Budi Santoso"],
    }
    write(tmp_path, "strike.json", json.dumps(meta))
    [result] = import_paths(library, path)
    row = library.article(result.article_id).row
    assert row.title == "Strike over at the northern harbour"
    assert row.date == "2024-05-06"
    assert row.url == "https://news.example.com/strike"
    assert row.author == "Dewi Lestari, Budi Santoso"
    # Nothing names the source: the URL's site does.
    assert row.source == "news.example.com"


def test_a_metadata_file_wins_over_the_page_and_the_page_over_extraction(library, tmp_path):
    path = write(tmp_path, "strike.html", page(STORY, title="Harbour strike ends", head=HEAD))
    write(tmp_path, "strike.json", json.dumps({"title": "Given title", "source": "Wire"}))
    [result] = import_paths(library, path)
    row = library.article(result.article_id).row
    assert (row.title, row.source) == ("Given title", "Wire")
    assert row.date == "2024-05-06" and row.author == "Dewi Lestari"  # the page's


def test_reindex_keeps_the_given_fields(library, tmp_path):
    path = write(tmp_path, "strike.txt", ARTICLE)
    write(tmp_path, "strike.json", json.dumps({"title": "Given title", "date": "2023-01-02"}))
    [result] = import_paths(library, path)
    for _ in library.reindex():
        pass
    row = library.article(result.article_id).row
    assert (row.title, row.date) == ("Given title", "2023-01-02")


def test_an_edited_metadata_file_updates_the_article_and_an_unchanged_one_does_not(
    library, tmp_path
):
    path = write(tmp_path, "strike.txt", ARTICLE)
    write(tmp_path, "strike.json", json.dumps({"title": "First title"}))
    [added] = import_paths(library, path)
    [same] = import_paths(library, path)
    assert same.status is Status.UNCHANGED and same.article_id == added.article_id
    write(tmp_path, "strike.json", json.dumps({"title": "Second title"}))
    [again] = import_paths(library, path)
    assert again.status is Status.UPDATED and again.article_id == added.article_id
    assert library.article(added.article_id).row.title == "Second title"


def test_a_broken_metadata_file_rejects_its_article_naming_it(library, tmp_path):
    path = write(tmp_path, "strike.txt", ARTICLE)
    write(tmp_path, "strike.json", "{not json")
    [result] = import_paths(library, path)
    assert result.status is Status.REJECTED and result.reason.startswith(
        "strike.json: not valid JSON"
    )


def test_a_metadata_file_is_not_an_article_in_a_folder_nor_named_alone(library, tmp_path):
    write(tmp_path, "strike.txt", ARTICLE)
    meta = write(tmp_path, "strike.json", "{}")
    assert [p for p, _ in library.plan_import([str(tmp_path)])] == [str(tmp_path / "strike.txt")]
    alone = library.plan_import([str(meta)])
    assert len(alone) == 0 and "named without its article" in alone.skipped.summary()
