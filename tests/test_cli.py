"""The command line, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, write

ID_ARTICLE = (
    "Banjir Rendam Kawasan Pelabuhan\n\n"
    "Kabarkota.id - Hujan deras sejak Senin malam membuat air laut naik dan merendam "
    "kawasan pelabuhan. Warga diminta tetap waspada terhadap banjir susulan.\n\n"
    "Petugas masih memompa air dari gudang-gudang di sekitar dermaga hingga pagi ini.\n"
)
EN_ARTICLE = (
    "Port reopens after flooding\n\n"
    "The port reopened on Tuesday after pumps cleared the flooded warehouses near the quay. "
    "Officials warned that more heavy rain is expected later in the week.\n"
)


def run(*args: str, db=None, env_db=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("READER_DB", None)
    if env_db:
        env["READER_DB"] = str(env_db)
    command = [sys.executable, "-m", "reader"]
    if db:
        command += ["--db", str(db)]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=120)


def imported(tmp_path: Path, files: dict[str, str], *flags: str) -> Path:
    """A library made by ``reader import`` of ``files`` (name -> content)
    written to a folder under ``tmp_path``; its path."""
    folder = tmp_path / "articles"
    for name, content in files.items():
        write(folder, name, content)
    db = tmp_path / "r.db"
    done = run("import", *flags, str(folder), db=db)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def collection(tmp_path):
    folder = tmp_path / "articles"
    write(folder, "id.txt", ID_ARTICLE)
    write(folder, "en.txt", EN_ARTICLE)
    return folder


def test_import_list_search_show_stats(tmp_path, collection):
    db = tmp_path / "r.db"
    done = run("import", str(collection), db=db)
    assert done.returncode == 0, done.stderr
    assert "2 added" in done.stderr
    assert "Traceback" not in done.stderr

    again = run("import", str(collection), db=db)
    assert again.returncode == 0
    assert "0 added" in again.stderr and "2 unchanged" in again.stderr

    listed = json.loads(run("list", "--json", db=db).stdout)
    assert {a["lang"] for a in listed} == {"id", "en"}
    assert {"id", "title", "path", "lang", "source", "date"} <= set(listed[0])
    only_id = json.loads(run("list", "--json", "--lang", "id", db=db).stdout)
    assert [a["title"] for a in only_id] == ["Banjir Rendam Kawasan Pelabuhan"]

    hits = json.loads(run("search", '"merendam kawasan pelabuhan"', "--json", db=db).stdout)
    assert hits[0]["title"] == "Banjir Rendam Kawasan Pelabuhan"
    assert {"id", "title", "path", "lang", "snippet", "score"} <= set(hits[0])
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end] == "merendam kawasan pelabuhan"

    shown = json.loads(run("show", str(hits[0]["id"]), "--json", db=db).stdout)
    assert "Petugas masih memompa" in shown["body"]
    assert shown["tags"] == [] and isinstance(shown["quotes"], list)

    stats = json.loads(run("stats", "--json", db=db).stdout)
    assert stats["articles"] == 2
    assert stats["languages"] == {"id": 1, "en": 1}


def test_rejected_file_sets_exit_status_and_says_why(tmp_path, collection):
    write(collection, "broken.txt", b"\x00\x01\x02binary")
    done = run("import", str(collection), db=tmp_path / "r.db")
    assert done.returncode == 1
    assert "broken.txt: binary file" in done.stderr
    assert "2 added" in done.stderr and "1 rejected" in done.stderr


def test_import_says_in_one_line_what_the_folder_held_besides_articles(tmp_path, collection):
    db = tmp_path / "r.db"
    clean = run("import", str(collection), db=db)
    assert "skipped" not in clean.stderr + clean.stdout
    write(collection, "rows.csv", "title,text\n")
    write(collection, "rows.json", "[]")
    write(collection, "photo.jpg", b"\xff\xd8\xff\xe0 not text")
    write(collection, ".DS_Store", b"\x00\x00")
    done = run("import", str(collection), db=db)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == (
        "skipped 3 files that are not .txt, .md or web pages (1 .jpg, 1 .csv, 1 .json)"
        " and 1 hidden file"
        " (name one to import it anyway)"
    )
    assert "photo.jpg" not in done.stdout + done.stderr  # no line a file
    assert len(done.stdout.splitlines()) == 2 and len(done.stderr.splitlines()) == 2


def test_a_duplicate_names_the_stored_article_it_repeats(tmp_path, collection):
    db = tmp_path / "r.db"
    run("import", str(collection), db=db)
    [en] = json.loads(run("list", "--json", "--lang", "en", db=db).stdout)
    copy = write(tmp_path / "elsewhere", "port.txt", EN_ARTICLE)
    done = run("import", str(copy), str(collection / "en.txt"), db=db)
    assert done.stdout.splitlines() == [
        f"duplicate {copy} (same text as article {en['id']} “{en['title']}” from {en['path']})",
        f"unchanged {collection / 'en.txt'}",
    ]


def test_under_a_progress_bar_only_copies_of_other_files_are_listed(tmp_path, collection):
    """On a terminal a re-read file goes unsaid (a re-import would list every
    file), but a copy of another file's article is worth a line."""
    db = tmp_path / "r.db"
    run("import", str(collection), db=db)
    write(collection, "copy.txt", ID_ARTICLE)
    terminal, stderr = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reader", "--db", str(db), "import", str(collection)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=120,
        )
        os.close(stderr)
        progress = os.read(terminal, 65536).decode()
    finally:
        os.close(terminal)
    assert done.returncode == 0, progress
    [line] = done.stdout.splitlines()
    assert line.startswith(f"duplicate {collection / 'copy.txt'} (same text as article ")
    assert str(collection / "id.txt") in line
    assert "3 files" in progress and "1 duplicate" in progress and "2 unchanged" in progress


def test_reader_db_environment_variable(tmp_path, collection):
    db = tmp_path / "env.db"
    assert run("import", str(collection), env_db=db).returncode == 0
    assert db.exists()
    assert json.loads(run("stats", "--json", env_db=db).stdout)["articles"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "999", "--json"), "no article with id 999"),
        (("search", "x"), "no database here yet"),
    ],
)
def test_errors_are_one_line(tmp_path, collection, args, message):
    db = tmp_path / "r.db"
    if "show" in args:
        run("import", str(collection), db=db)
    done = run(*args, db=db)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_not_a_database(tmp_path):
    bogus = write(tmp_path, "bogus.db", b"plain text pretending " * 200)
    done = run("stats", db=bogus)
    assert done.returncode == 2
    assert "not a reader database" in done.stderr and "Traceback" not in done.stderr


def test_hostile_titles_do_not_reach_the_terminal(tmp_path):
    folder = tmp_path / "hostile"
    write(
        folder, "x.txt", "Evil \x1b]52;c;aGk=\x07\x1b[2J title \u202e\n\n" + "Body text here. " * 60
    )
    db = tmp_path / "r.db"
    assert run("import", str(folder), db=db).returncode == 0
    out = run("list", db=db).stdout
    assert "\x1b" not in out and "\u202e" not in out
    assert "␛]52;c;aGk=␇␛[2J" in out
    for what in ("articles", "quotes", "entities", "highlights"):
        for fmt in ("csv", "md", "json"):
            exported = run("export", what, "--format", fmt, db=db)
            assert exported.returncode == 0, exported.stderr
            assert "\x1b" not in exported.stdout and "\u202e" not in exported.stdout, (what, fmt)


def test_extract_prints_structure_without_a_database(tmp_path):
    path = write(tmp_path, "a.txt", ID_ARTICLE)
    found = json.loads(run("extract", str(path), "--json").stdout)
    assert found["title"] == "Banjir Rendam Kawasan Pelabuhan"
    assert found["lang"] == "id"
    assert {"entities", "quotes", "tags", "source", "date"} <= set(found)


QUOTED = (
    "Menteri Buka Pelabuhan Baru\n\n"
    "Kabarkota.id - Menteri Perhubungan Sri Wahyuni meresmikan pelabuhan baru di Makassar pada "
    "Senin (3/11). Pelabuhan ini diharapkan memangkas biaya logistik di kawasan timur.\n\n"
    '"Pelabuhan ini akan membuka jalan bagi barang dari Sulawesi ke seluruh dunia," kata '
    "Sri Wahyuni.\n\n"
    '"Kami juga menyiapkan jalur kereta menuju kawasan industri," lanjutnya.\n\n'
    "Tags\n\nPelabuhan\nMakassar\n"
)


def test_entities_quotes_export_reindex(tmp_path):
    folder = tmp_path / "a"
    write(folder, "port.txt", QUOTED)
    db = tmp_path / "r.db"
    imported = run("import", str(folder), db=db)
    assert imported.returncode == 0
    assert imported.stderr.startswith("1 file in ")

    people = json.loads(run("entities", "sri wahyni", "--json", db=db).stdout)
    assert people[0]["name"] == "Sri Wahyuni" and people[0]["type"] == "PER"

    quotes = json.loads(run("quotes", "--speaker", "Wahyuni", "--json", db=db).stdout)
    assert [q["speaker"] for q in quotes] == ["Sri Wahyuni", "Sri Wahyuni"]
    assert quotes[1]["text"] == "Kami juga menyiapkan jalur kereta menuju kawasan industri,"
    nobody = run("entities", "zzqxv", db=db)
    assert nobody.returncode == 0 and nobody.stdout == ""
    assert nobody.stderr == "no entity matches 'zzqxv'\n"
    # A speaker quoted nowhere is an answer: said on stderr, exit 0, and
    # `[]` for a script, grouped or not.
    unquoted = run("quotes", "--speaker", "Makassar", db=db)
    assert unquoted.returncode == 0 and unquoted.stdout == ""
    assert "no quotes by 'Makassar': Makassar matched, but none is quoted" in unquoted.stderr
    for grouped in ([], ["--grouped"]):
        as_json = run("quotes", *grouped, "--speaker", "Makassar", "--json", db=db)
        assert as_json.returncode == 0 and json.loads(as_json.stdout) == []
        assert "Makassar matched, but none is quoted" in as_json.stderr

    md = run("export", "quotes", "--format", "md", db=db).stdout
    assert "**Sri Wahyuni**: “Pelabuhan ini akan membuka jalan" in md
    assert str(folder / "port.txt") in md  # where to cite it from
    exported = json.loads(run("export", "quotes", "--format", "json", db=db).stdout)
    assert exported[0]["path"] == str(folder / "port.txt") and "date" in exported[0]
    # The speaker as written, and the entity it is listed under (for `lanjutnya`, both).
    assert [(q["speaker"], q["entity"]) for q in exported] == [("Sri Wahyuni", "Sri Wahyuni")] * 2
    # No highlights yet: the CSV still names its columns.
    none = run("export", "highlights", "--format", "csv", db=db).stdout
    assert none.splitlines() == ["id,article_id,title,start,end,text,note,created_at,tags"]
    csv_out = run("export", "articles", "--format", "csv", db=db).stdout
    assert csv_out.splitlines()[0].startswith("id,title,path")
    assert csv_out.splitlines()[1].endswith(",Makassar; Pelabuhan")

    [listed] = json.loads(run("list", "--json", db=db).stdout)
    assert listed["tags"] == ["Makassar", "Pelabuhan"]
    article_id = listed["id"]
    shown = json.loads(run("show", str(article_id), "--json", db=db).stdout)
    assert sorted(shown["tags"]) == ["Makassar", "Pelabuhan"]
    plain = run("show", str(article_id), db=db).stdout.splitlines()
    assert "people: Sri Wahyuni" in plain and "places: Makassar, Sulawesi" in plain
    assert "  Sri Wahyuni: “Kami juga menyiapkan jalur kereta menuju kawasan industri,”" in plain

    assert run("reindex", db=db).returncode == 0
    again = json.loads(run("show", str(article_id), "--json", db=db).stdout)
    assert again["quotes"] == shown["quotes"]
    assert sorted(again["tags"]) == ["Makassar", "Pelabuhan"]


def test_saved_searches(tmp_path, collection):
    db = tmp_path / "r.db"
    run("import", str(collection), db=db)
    assert run("saved", "add", "floods", "banjir lang:id", db=db).returncode == 0
    taken = run("saved", "add", "Floods", "x", db=db)
    assert taken.returncode == 2 and "exists already" in taken.stderr
    assert run("saved", "rename", "floods", "banjir-id", db=db).returncode == 0
    assert run("saved", db=db).stdout == "banjir-id\tbanjir lang:id\n"
    assert run("saved", "--db", str(db)).stdout == "banjir-id\tbanjir lang:id\n"
    hits = json.loads(run("search", "--saved", "banjir-id", "--json", db=db).stdout)
    assert [h["lang"] for h in hits] == ["id"]
    assert run("saved", "delete", "banjir-id", db=db).returncode == 0
    missing = run("search", "--saved", "banjir-id", db=db)
    assert missing.returncode == 2 and "no saved search named 'banjir-id'" in missing.stderr


def test_an_unforeseen_database_error_is_one_line(tmp_path, collection):
    db = tmp_path / "r.db"
    run("import", str(collection), db=db)
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("DROP TABLE quotes")  # damage the store in a way it does not expect
    conn.close()
    done = run("quotes", db=db)
    assert done.returncode == 2
    assert done.stderr.startswith("reader: database error: no such table: quotes")
    assert "Traceback" not in done.stderr


def _two_spellings(tmp_path):
    """A library where two articles name Budi Hartono and Bud Hartanto."""
    folder = tmp_path / "m"
    write(
        folder,
        "a.txt",
        "Port news\n\nKabarkota.id - Wali Kota Budi Hartono membuka pelabuhan baru di Makassar.",
    )
    write(
        folder,
        "b.txt",
        "Port news again\n\nKabarkota.id - Pak Bud Hartanto meninjau pelabuhan di Makassar.",
    )
    db = tmp_path / "r.db"
    run("import", str(folder), db=db)
    people = {e["name"]: e["id"] for e in json.loads(run("entities", "--json", db=db).stdout)}
    return db, people["Budi Hartono"], people["Bud Hartanto"]


def test_merge_entities_survives_reindex(tmp_path):
    db, keep, other = _two_spellings(tmp_path)
    merged = run("merge", str(keep), str(other), db=db)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == "Budi Hartono: Bud Hartanto, Budi Hartono\n"
    assert run("reindex", db=db).returncode == 0
    [entity] = [
        e for e in json.loads(run("entities", "hartono", "--json", db=db).stdout) if e["id"] == keep
    ]
    assert entity["articles"] == 2 and sorted(entity["aliases"]) == ["Bud Hartanto", "Budi Hartono"]
    assert run("merge", str(keep), "99999", db=db).returncode == 2


def test_split_undoes_a_grouping_and_survives_reindex(tmp_path):
    db, keep, other = _two_spellings(tmp_path)
    assert run("merge", str(keep), str(other), db=db).returncode == 0

    split = run("split", str(keep), "Bud Hartanto", db=db)
    assert split.returncode == 0, split.stderr
    first, second = split.stdout.splitlines()
    assert first.split() == [str(keep), "Budi", "Hartono:", "Budi", "Hartono"]
    new_id = int(second.split()[0])
    assert second.split()[1:] == ["Bud", "Hartanto:", "Bud", "Hartanto"]
    assert run("reindex", db=db).returncode == 0
    found = {e["id"]: e for e in json.loads(run("entities", "hart", "--json", db=db).stdout)}
    assert found[keep]["aliases"] == ["Budi Hartono"] and found[keep]["articles"] == 1
    assert found[new_id]["aliases"] == ["Bud Hartanto"] and found[new_id]["articles"] == 1

    for args, message in (
        ((str(keep), "Nobody"), f"entity {keep} has no variant named 'Nobody'"),
        ((str(keep), "Budi Hartono"), "nothing to split"),
        (("99999", "x"), "no entity with id 99999"),
    ):
        failed = run("split", *args, db=db)
        assert failed.returncode == 2 and message in failed.stderr, failed.stderr
        assert "Traceback" not in failed.stderr


def test_the_app_without_a_terminal_says_so_instead_of_drawing(tmp_path):
    done = run(db=tmp_path / "r.db")
    assert done.returncode == 2
    assert done.stderr.startswith("reader: the reader app needs a terminal")
    assert done.stdout == ""


def test_a_date_without_a_year_reads_the_same_in_every_listing(tmp_path):
    """A date stated without a year (`Senin (3/11)`) shows `????-11-03` in
    the list, search results and a story's header, as the TUI shows it;
    JSON keeps the stored value."""
    from db.records import ArticleRecord
    from db.store import Store

    db = tmp_path / "r.db"
    record = ArticleRecord(
        path="/x/a.txt",
        text="Pelabuhan\n\nKapal tiba di pelabuhan.",
        encoding="utf-8",
        content_hash="a",
        title="Pelabuhan",
        date="--11-03",
        lang="id",
    )
    with Store(db) as store:
        store.store_articles([record], [])
    listed = run("list", db=db).stdout
    shown = run("show", "1", db=db).stdout
    assert "????-11-03" in listed and "????-11-03" in shown
    assert json.loads(run("list", "--json", db=db).stdout)[0]["date"] == "--11-03"
