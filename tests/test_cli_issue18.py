"""The command line of issue 18: ``quotes --text``, ``quote:``, ``export
--query/--output``, "showing N of M", an empty search, ``saved --json``,
``doctor --json`` and the title sort, each through the real command."""

from __future__ import annotations

import csv
import io
import json
import stat

import pytest

from db.store import Store
from reader.library import Library
from tests.conftest import store_understood
from tests.test_quote_search import made
from tests.trust.conftest import assert_one_line_error, run


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli18") / "reader.db"
    with Store(path) as store:
        store_understood(
            store,
            [
                made("/a.txt", "2024-01-05", ["The ferry leaves at dawn, not at noon."]),
                made("/b.txt", "2024-03-01", ["At dawn the ferry leaves; the tide decides."]),
                made(
                    "/c.txt",
                    "2024-02-01",
                    ["Nobody speaks of ferries here.", "The tide is late at dawn."],
                    "Raka Putra",
                ),
            ]
            + [made(f"/n{i}.txt", "2023-05-01", [f"Kelp line {i} drifts."]) for i in range(60)],
        )
    with Library(path) as library:
        library.save_search("Dawn", "dawn")
    return path


def test_quotes_text_json_exact_phrase_first(db):
    done = run(db, "quotes", "--text", "ferry leaves at dawn", "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert [q["text"] for q in found] == [
        "The ferry leaves at dawn, not at noon.",
        "At dawn the ferry leaves; the tide decides.",
    ]
    assert found[0]["speaker"] == "Wulan Sari"


@pytest.mark.parametrize("speaker", ['"', "…", "?!"])
def test_a_speaker_without_a_letter_means_nobody(db, speaker):
    """`--speaker '"'` is no name: it must not match the closest one."""
    done = run(db, "quotes", f"--speaker={speaker}")
    assert_one_line_error(done, speaker)
    assert "matched" not in done.stderr


def test_quotes_text_with_a_speaker_and_a_limit(db):
    done = run(db, "quotes", "--text", "dawn", "--speaker", "Raka Putra")
    assert done.returncode == 0, done.stderr
    assert "The tide is late at dawn." in done.stdout
    assert "ferry" not in done.stdout
    done = run(db, "quotes", "--text", "dawn", "--limit", "1", "--json")
    assert len(json.loads(done.stdout)) == 1
    assert done.stderr.strip() == "showing 1 of 3 (use --limit)"


def test_quotes_text_without_words_is_one_line(db):
    assert_one_line_error(run(db, "quotes", "--text", "“…”"), "no words")


def test_a_list_cut_short_says_how_many_there_are_on_stderr(db):
    done = run(db, "quotes", "--json")
    assert len(json.loads(done.stdout)) == 50
    assert done.stderr.strip() == "showing 50 of 64 (use --limit)"
    done = run(db, "search", "kelp")
    assert done.stderr.strip() == "showing 20 of 60 (use --limit)"
    done = run(db, "search", "kelp", "--limit", "100")
    assert done.stderr == ""


def test_the_article_and_entity_lists_cut_short_say_so_too(db):
    """`reader list` and `reader entities` stopped at their limit say how
    many there are, as every other list does; whole, they say nothing."""
    done = run(db, "list", "--limit", "5", "--json")
    assert len(json.loads(done.stdout)) == 5
    assert done.stderr.strip() == "showing 5 of 63 (use --limit)"
    assert run(db, "list", "--limit", "100").stderr == ""
    everyone = json.loads(run(db, "entities", "--json", "--limit", "100").stdout)
    assert len(everyone) > 1
    done = run(db, "entities", "--limit", "1")
    assert done.stderr.strip() == f"showing 1 of {len(everyone)} (use --limit)"


def test_search_quote_field(db):
    done = run(db, "search", 'quote:"leaves at dawn"', "--json")
    assert done.returncode == 0, done.stderr
    assert [h["title"] for h in json.loads(done.stdout)] == [
        "Harbour notes /a.txt",
        "Harbour notes /b.txt",
    ]
    assert json.loads(run(db, "search", "quote:ferries", "--json").stdout)[0]["title"] == (
        "Harbour notes /c.txt"
    )


def test_an_empty_search_prints_usage(db):
    for query in ([], [""], ["   "]):
        done = run(db, "search", *query)
        assert_one_line_error(done, "usage: reader search")


def test_export_quotes_of_a_query_to_a_file_in_the_format_of_its_extension(db, tmp_path):
    out = tmp_path / "dawn.csv"
    done = run(db, "export", "quotes", "--query", 'speaker:"Raka Putra" quote:dawn', "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    # Raka's article, and of its two quotes only the one holding "dawn".
    assert [r["text"] for r in rows] == ["The tide is late at dawn."]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_articles_of_a_query_and_the_format_flag_without_a_file(db, tmp_path):
    done = run(db, "export", "articles", "--query", "tide", "--format", "md")
    assert done.returncode == 0, done.stderr
    assert "Harbour notes /b.txt" in done.stdout and "/a.txt" not in done.stdout
    out = tmp_path / "tide.json"
    # A format the extension contradicts is refused (it wrote JSON quietly).
    refused = run(db, "export", "articles", "--query", "tide", "--format", "csv", "-o", str(out))
    assert refused.returncode == 2 and not out.exists()
    run(db, "export", "articles", "--query", "tide", "--output", str(out))
    assert sorted(a["title"] for a in json.loads(out.read_text())) == [
        "Harbour notes /b.txt",
        "Harbour notes /c.txt",
    ]


def test_export_entities_and_highlights_of_a_query(db):
    entities = json.loads(run(db, "export", "entities", "--query", "ferries").stdout)
    assert [e["name"] for e in entities] == ["Raka Putra"]
    assert json.loads(run(db, "export", "highlights", "--query", "ferries").stdout) == []


def test_export_refuses_a_folder_and_an_empty_query_in_one_line(db, tmp_path):
    assert_one_line_error(run(db, "export", "quotes", "-o", str(tmp_path)), "is a folder")
    assert_one_line_error(run(db, "export", "quotes", "--query", " "), "empty")


def test_saved_json(db):
    done = run(db, "saved", "--json")
    assert json.loads(done.stdout) == [
        {"name": "Dawn", "query": "dawn", "last_opened": None, "new": 0}
    ]


def test_doctor_json_gives_each_check(db):
    done = run(db, "doctor", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["healthy"] is True
    names = {c["check"] for c in report["checks"]}
    assert {"sqlite integrity", "quotation index", "orphan rows"} <= names
    assert all(c["ok"] and c["problems"] == [] for c in report["checks"])


def test_titles_sort_with_accents_folded(tmp_path):
    path = tmp_path / "reader.db"
    with Store(path) as store:
        store_understood(
            store,
            [
                made(f"/{name}.txt", "2024-01-01", [f"{name} said so."])
                for name in ("Zebra", "Àpropos", "apple", "Éclair")
            ],
        )
        store.conn.execute("UPDATE articles SET title = substr(path, 2, length(path) - 5)")
    done = run(path, "list", "--sort", "title", "--json")
    assert [a["title"] for a in json.loads(done.stdout)] == ["apple", "Àpropos", "Éclair", "Zebra"]
