"""``reader quotes --grouped`` and ``reader export quotes --grouped``, run
as a user runs them (issue 20)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.test_cli import run
from tests.test_quote_groups import CORPUS, SAID, stored


@pytest.fixture(scope="module")
def grouped_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("groups") / "r.db"
    with stored(path, CORPUS) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_quotes_grouped_json_gives_each_statement_once(grouped_db):
    done = run("quotes", "--grouped", "--json", db=grouped_db)
    assert done.returncode == 0, done.stderr
    groups = json.loads(done.stdout)
    assert len(groups) == 3
    fuel = next(g for g in groups if g["articles"] > 1)
    assert {
        "text",
        "speaker",
        "entity_id",
        "entity",
        "articles",
        "sources",
        "first_seen",
        "variants",
        "disagreement",
    } <= set(fuel)
    assert fuel["text"] == SAID
    assert fuel["articles"] == 4
    assert fuel["sources"] == ["Coast Times", "Courier", "Harbour Daily"]
    assert fuel["first_seen"] == {"date": "2026-03-01", "source": "Harbour Daily", "article_id": 1}
    assert len(fuel["variants"]) == 3
    assert fuel["speaker"] == "Maria Lindqvist" and fuel["entity"] == "Maria Lindqvist"
    assert fuel["disagreement"] is True


def test_quotes_grouped_filters_by_words_and_speaker(grouped_db):
    found = json.loads(
        run("quotes", "--grouped", "--json", "--text", "petrol", db=grouped_db).stdout
    )
    assert [g["articles"] for g in found] == [4]
    said = json.loads(
        run("quotes", "--grouped", "--json", "--speaker", "Johan Berg", db=grouped_db).stdout
    )
    assert len(said) == 2  # the taxes, and the fuel group one of his quotations is in
    text = run("quotes", "--grouped", "--limit", "1", db=grouped_db)
    assert "4 articles, 3 sources; first seen 2026-03-01, Harbour Daily" in text.stdout
    assert "speakers disagree: Maria Lindqvist 3, Johan Berg 1" in text.stdout
    assert "showing the first 1" in text.stderr
    bad = run("quotes", "--grouped", "--text", "...", db=grouped_db)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "no words to look for" in bad.stderr


def test_export_quotes_grouped_as_json_csv_and_markdown(grouped_db, tmp_path):
    as_json = json.loads(run("export", "quotes", "--grouped", db=grouped_db).stdout)
    assert sorted(g["articles"] for g in as_json) == [1, 1, 4]
    done = run("export", "quotes", "--grouped", "--format", "csv", db=grouped_db)
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    fuel = next(r for r in rows if r["articles"] == "4")
    assert fuel["sources"] == "Coast Times; Courier; Harbour Daily"
    assert fuel["first_seen_date"] == "2026-03-01"
    assert fuel["disagreement"] == "True"
    # Every row has an id to cite it by, a statement of one article too.
    single = [r for r in rows if r["articles"] == "1"]
    assert len(single) == 2 and all(r["id"] == "" for r in single)
    quote_ids = {int(r["quote_id"]) for r in rows}
    listed = json.loads(run("quotes", "--json", db=grouped_db).stdout)
    assert len(quote_ids) == 3 and quote_ids <= {q["id"] for q in listed}
    out = tmp_path / "groups.md"
    done = run("export", "quotes", "--grouped", "-o", str(out), db=grouped_db)
    assert done.returncode == 0, done.stderr
    assert "speakers disagree" in out.read_text()
    only = json.loads(
        run("export", "quotes", "--grouped", "--query", "quote:taxes", db=grouped_db).stdout
    )
    assert [g["articles"] for g in only] == [1]
    bad = run("export", "articles", "--grouped", db=grouped_db)
    assert bad.returncode != 0 and "only quotes are grouped" in bad.stderr


def test_a_grouped_csv_cell_cannot_start_a_formula(tmp_path):
    said = "=HYPERLINK(1) is what we will not raise this year at all"
    with stored(tmp_path / "r.db", [("/x.txt", "2026-01-01", [("Ana Polo", said)], "Courier")]):
        pass
    done = run("export", "quotes", "--grouped", "--format", "csv", db=tmp_path / "r.db")
    (row,) = csv.DictReader(io.StringIO(done.stdout))
    assert row["text"].startswith("'=")


def test_the_entity_page_shows_a_statement_once(grouped_db):
    done = run("entity", "show", "Maria Lindqvist", "--json", db=grouped_db)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)["quotes"]
    assert sorted(q["articles"] for q in said) == [1, 4]
    fuel = next(q for q in said if q["articles"] == 4)
    assert fuel["text"] == SAID and fuel["wordings"] == 4 and fuel["disagreement"] is True
    assert {"article_id", "start", "end", "title"} <= set(fuel)  # a quotation's fields too
    text = run("entity", "show", "Maria Lindqvist", db=grouped_db).stdout
    assert text.count("in 4 articles") == 1
