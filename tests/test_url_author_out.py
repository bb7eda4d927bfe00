"""A dataset's or a page's url and author, and the columns they came from,
are told by the commands that print articles: show, list, search and the
exports (issue 19 item 4), and the mapping by the import itself."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import write
from tests.test_cli import run

DATASET = (
    "id,headline,body,published,link,byline\n"
    '1,Ferries sail at dawn,"""We will sail at dawn,"" said Dewi Lestari, the harbour master.'
    ' The first ferry left the port on Monday after the storm.",2024-05-07,'
    "https://harbour.example/news/1,Budi Santoso\n"
)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("out")
    data = write(tmp, "news.csv", DATASET)
    db = tmp / "r.db"
    done = run("import", str(data), db=db)
    assert done.returncode == 0, done.stderr
    return db, tmp, done.stderr


def test_the_import_prints_the_columns_each_field_came_from(imported):
    _, _, said = imported
    assert (
        "news.csv: CSV, fields from columns title=headline, text=body, date=published,"
        " url=link, author=byline"
    ) in said
    assert "1 dataset row in" in said


def test_show_list_and_search_give_url_and_author(imported):
    db, _, _ = imported
    wanted = {"url": "https://harbour.example/news/1", "author": "Budi Santoso"}
    shown = json.loads(run("show", "1", "--json", db=db).stdout)
    [listed] = json.loads(run("list", "--json", db=db).stdout)
    [found] = json.loads(run("search", "ferry", "--json", db=db).stdout)
    for row in (shown, listed, found):
        assert {k: row[k] for k in wanted} == wanted
    assert shown["source"] == "harbour.example"  # nothing named it: the URL's site
    human = run("show", "1", db=db).stdout
    assert "by: Budi Santoso" in human and "url: https://harbour.example/news/1" in human


@pytest.mark.parametrize("extension", ["csv", "json", "md"])
def test_exports_carry_url_and_author(imported, extension):
    db, tmp, _ = imported
    articles = tmp / f"articles.{extension}"
    quotes = tmp / f"quotes.{extension}"
    assert run("export", "articles", "-o", str(articles), db=db).returncode == 0
    assert run("export", "quotes", "-o", str(quotes), db=db).returncode == 0
    if extension == "csv":
        [row] = csv.DictReader(io.StringIO(articles.read_text()))
        assert (row["url"], row["author"]) == ("https://harbour.example/news/1", "Budi Santoso")
        [quote] = csv.DictReader(io.StringIO(quotes.read_text()))
        assert quote["url"] == "https://harbour.example/news/1"
    elif extension == "json":
        [row] = json.loads(articles.read_text())
        assert (row["url"], row["author"]) == ("https://harbour.example/news/1", "Budi Santoso")
        [quote] = json.loads(quotes.read_text())
        assert quote["url"] == "https://harbour.example/news/1"
    else:
        assert "Budi Santoso" in articles.read_text()
        assert "https://harbour.example/news/1" in quotes.read_text()
