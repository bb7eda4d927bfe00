"""Curating entities from the command line (``reader entity ...``), as a
user runs it: a subprocess on a real library file. Curation must outlive
``reader reindex``, undo step by step, and travel to another library."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.conftest import write
from tests.test_cli import run

PORT = (
    "Port deal signed in Makassar\n\n"
    "Kabarkota.id - Wali Kota Budi Hartono membuka pelabuhan baru di Makassar bersama"
    ' PT Samudra Logistik. "Kami akan merekrut tiga ratus pekerja," kata Budi Hartono.\n\n'
    "Direktur PT Samudra Logistik, Rina Wulandari, mengatakan pelabuhan itu penting."
    ' "Budi Hartono sudah bekerja keras," kata Rina Wulandari.\n'
)
VISIT = (
    "Pelabuhan baru dibuka\n\n"
    "Kabarkota.id - Pak Bud Hartanto meninjau pelabuhan di Makassar pada Senin."
    ' "Pelabuhan ini milik warga," kata Bud Hartanto.\n'
)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("curation-articles")
    write(folder, "port.txt", PORT)
    write(folder, "visit.txt", VISIT)
    db = tmp_path_factory.mktemp("curation-db") / "r.db"
    done = run("import", str(folder), db=db)
    assert done.returncode == 0, done.stderr
    return db, folder


@pytest.fixture
def db(template, tmp_path):
    path = tmp_path / "r.db"
    shutil.copyfile(template[0], path)
    return path


def entities(db) -> dict[str, dict]:
    """What ``reader entities`` lists, by name."""
    listed = json.loads(run("entities", "--json", db=db).stdout)
    return {e["name"]: e for e in listed}


def ok(*args, db) -> str:
    done = run(*args, db=db)
    assert done.returncode == 0, (args, done.stderr)
    assert "Traceback" not in done.stderr
    return done.stdout


def one_line_error(done, *fragments) -> None:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    for fragment in fragments:
        assert fragment in done.stderr, done.stderr


def curate(db) -> None:
    ok("entity", "hide", "Makassar", db=db)
    ok("entity", "retype", "PT Samudra Logistik", "LOC", db=db)
    ok("entity", "rename", "Rina Wulandari", "Rina W.", db=db)
    ok("entity", "merge", "Budi Hartono", "Bud Hartanto", db=db)


def curated_state(db) -> dict:
    found = entities(db)
    return {name: (e["type"], e["articles"], sorted(e["aliases"])) for name, e in found.items()}


def test_curation_survives_reindex(db):
    before = entities(db)
    assert before["Makassar"]["articles"] == 2 and before["PT Samudra Logistik"]["type"] == "ORG"
    curate(db)
    ok("reindex", db=db)
    after = entities(db)
    assert "Makassar" not in after
    assert json.loads(ok("entity", "show", "Makassar", "--json", db=db))["hidden"] is True
    assert after["PT Samudra Logistik"]["type"] == "LOC"
    assert "Rina Wulandari" not in after and "Rina Wulandari" in after["Rina W."]["aliases"]
    assert after["Budi Hartono"]["articles"] == 2 and "Bud Hartanto" not in after

    # A split stays split too, and an entity curated into nothing stays.
    ok("entity", "split", "Budi Hartono", "Bud Hartanto", db=db)
    ok("reindex", db=db)
    again = entities(db)
    assert again["Budi Hartono"]["articles"] == 1 and again["Bud Hartanto"]["articles"] == 1
    assert again["PT Samudra Logistik"]["type"] == "LOC" and "Makassar" not in again


def test_hide_unattributes_quotes_and_leaves_lists_and_filters(db):
    budi = entities(db)["Budi Hartono"]["id"]
    said = json.loads(ok("quotes", "--json", db=db))
    assert any(q["speaker"] == "Budi Hartono" for q in said)

    ok("entity", "hide", str(budi), db=db)
    assert "Budi Hartono" not in entities(db)
    assert not [e for e in json.loads(ok("entities", "budi", "--json", db=db)) if e["id"] == budi]
    said = json.loads(ok("quotes", "--json", db=db))
    mine = [q for q in said if "merekrut" in q["text"]]
    assert mine and all(q["speaker"] is None and q["entity_id"] is None for q in mine)
    article = json.loads(ok("show", str(mine[0]["article_id"]), "--json", db=db))
    assert budi not in {m["entity_id"] for m in article["entities"]}
    assert all(q["entity_id"] != budi for q in article["quotes"])
    assert json.loads(ok("search", 'entity:"Budi Hartono"', "--json", db=db)) == []

    ok("entity", "unhide", "Budi Hartono", db=db)
    assert "Budi Hartono" in entities(db)
    assert json.loads(ok("search", 'entity:"Budi Hartono"', "--json", db=db))


def test_undo_reverts_the_newest_change_each_time(db):
    original = curated_state(db)
    curate(db)
    assert curated_state(db) != original
    log = json.loads(ok("entity", "log", "--json", db=db))
    assert [e["action"] for e in log] == ["hide", "retype", "rename", "merge"]
    assert all(e["who"] and e["at"] for e in log)

    said = ok("entity", "undo", db=db)
    assert said.startswith("undid #4: merge Bud Hartanto")
    assert entities(db)["Bud Hartanto"]["articles"] == 1
    for _ in range(3):
        ok("entity", "undo", db=db)
    assert curated_state(db) == original
    one_line_error(run("entity", "undo", db=db), "nothing to undo")
    log = json.loads(ok("entity", "log", "--json", db=db))
    assert [e["undone"] for e in log[:4]] == [True] * 4
    assert [e["action"] for e in log[4:]] == ["undo"] * 4


def test_an_undone_merge_survives_reindex_as_two_entities(db):
    ok("entity", "merge", "Budi Hartono", "Bud Hartanto", db=db)
    ok("entity", "undo", db=db)
    ok("reindex", db=db)
    found = entities(db)
    assert found["Budi Hartono"]["articles"] == 1 and found["Bud Hartanto"]["articles"] == 1


def test_an_exported_log_applied_to_another_library_gives_the_same_curation(db, template, tmp_path):
    curate(db)
    ok("entity", "alias", "Rina W.", "Ibu Rina", db=db)
    ok("entity", "hide", "Rina W.", db=db)
    ok("entity", "undo", db=db)  # the hide is undone: not replayed
    exported = tmp_path / "curation.json"
    exported.write_text(ok("entity", "log", "--json", db=db), encoding="utf-8")

    other = tmp_path / "other.db"
    ok("import", str(template[1]), db=other)
    assert curated_state(other) != curated_state(db)
    applied = run("entity", "apply", str(exported), db=other)
    assert applied.returncode == 0, applied.stderr
    assert curated_state(other) == curated_state(db)
    assert [e["action"] for e in json.loads(ok("entity", "log", "--json", db=other))] == [
        "hide",
        "retype",
        "rename",
        "merge",
        "alias",
    ]
    # Applied twice, every change is already there: skipped, and said so.
    twice = run("entity", "apply", str(exported), db=other)
    assert twice.returncode == 1 and twice.stdout.count("skipped") == 5
    assert curated_state(other) == curated_state(db)


def test_alias_onto_an_entity_that_exists_is_a_merge_and_says_so(db):
    said = ok("entity", "alias", "Budi Hartono", "Bud Hartanto", db=db)
    assert "merged" in said and "Bud Hartanto" in said
    assert entities(db)["Budi Hartono"]["articles"] == 2
    assert json.loads(ok("entity", "log", "--json", db=db))[-1]["action"] == "merge"
    added = ok("entity", "alias", "Budi Hartono", "Pak Wali", db=db)
    assert "variant" in added
    assert "Pak Wali" in entities(db)["Budi Hartono"]["aliases"]


def test_the_entity_page(db):
    page = json.loads(ok("entity", "show", "Budi Hartono", "--json", db=db))
    assert set(page) >= {
        "id", "name", "type", "articles", "variants", "quotes", "timeline",
        "co_mentioned", "said_about",
    }  # fmt: skip
    assert page["name"] == "Budi Hartono" and page["type"] == "PER" and page["articles"] == 1
    assert {"name": "Budi Hartono", "count": 3} in page["variants"]
    quotes = json.loads(ok("quotes", "--json", db=db))
    # A quotation's fields, and its statement's across articles (issue 20).
    assert set(page["quotes"][0]) >= set(quotes[0]) | {"articles", "sources", "first_seen"}
    assert [q["text"] for q in page["quotes"]] == ["Kami akan merekrut tiga ratus pekerja,"]
    assert [q["speaker"] for q in page["said_about"]] == ["Rina Wulandari"]
    shown = {c["name"]: c["shared"] for c in page["co_mentioned"]}
    assert shown["Makassar"] == 1 and shown["Rina Wulandari"] == 1
    plain = ok("entity", "show", str(page["id"]), db=db)
    assert plain.startswith("Budi Hartono  (PER, 1 article)")
    assert "said about it (1):" in plain and "Rina Wulandari" in plain


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("entity", "show", "Nobody Here"), ("no entity named 'Nobody Here'",)),
        (("entity", "show", "99999"), ("no entity with id 99999",)),
        (("entity", "hide", ""), ("an entity id or name is needed",)),
        (("entity", "retype", "Makassar", "CITY"), ("'CITY' is not an entity type",)),
        (("entity", "retype", "Makassar"), ("required: TYPE",)),
        (("entity", "rename", "Makassar", "  "), ("a new name cannot be empty",)),
        (("entity", "rename", "Makassar", "Budi Hartono"), ("entity merge",)),
        (("entity", "unhide", "Makassar"), ("is not hidden",)),
        (("entity", "merge", "Makassar", "Makassar"), ("merged with itself",)),
        (("entity", "split", "Makassar", "x"), ("has no variant named 'x'",)),
        (("entity", "frobnicate"), ("invalid choice: 'frobnicate'",)),
        (("entity", "apply", "missing.json"), ("missing.json: cannot read it",)),
        (("merge", "1", "99999"), ("no entity with id 99999",)),
    ],
)
def test_bad_input_is_one_line_naming_what_is_wrong(db, args, fragments):
    one_line_error(run(*args, db=db), *fragments)


def test_a_name_that_fits_several_entities_is_refused_listing_them(db, tmp_path):
    conn = sqlite3.connect(db)
    # One spelling under two entities, as a library from before one spelling
    # was one entity holds them (a person and a place called Makassar).
    conn.execute("INSERT INTO entities (name, type, articles) VALUES ('Makassar', 'PER', 1)")
    conn.execute(
        "INSERT INTO entity_aliases (key, type, entity_id, name) VALUES"
        " ('makassar', 'PER', last_insert_rowid(), 'Makassar')"
    )
    conn.commit()
    conn.close()
    one_line_error(run("entity", "hide", "Makassar", db=db), "fits 2 entities", "(PER)", "(LOC)")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    one_line_error(run("entity", "apply", str(bad), db=db), "not a curation log")


def test_quotes_are_shown_under_the_curated_name(db, tmp_path):
    """A rename or a merge shows wherever a quotation is labelled (the
    quote list, the story, a Markdown export), not only in the entity
    list: the words an article used stay in the JSON's `speaker`."""
    hartono = entities(db)["Budi Hartono"]["id"]
    ok("entity", "rename", str(hartono), "Budi S. Hartono", db=db)
    listed = ok("quotes", db=db)
    assert "Budi S. Hartono: “Kami akan merekrut" in listed
    assert "Budi Hartono:" not in listed
    port = json.loads(ok("search", "pelabuhan baru", "--json", db=db))
    story = next(hit["id"] for hit in port if hit["title"].startswith("Port deal"))
    assert "  Budi S. Hartono: “" in ok("show", str(story), db=db)
    out = tmp_path / "said.md"
    ok("export", "quotes", "-o", str(out), db=db)
    assert "**Budi S. Hartono**" in out.read_text(encoding="utf-8")
    raw = json.loads(ok("quotes", "--json", db=db))
    assert {q["speaker"] for q in raw if q["entity_id"] == hartono} == {"Budi Hartono"}
