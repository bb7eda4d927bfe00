"""Corrections: a user's edit wins over a metadata file, which wins over
extraction; reindex and a re-import keep it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import write
from tests.test_cli import imported, run

TEXT = (
    "Orchard Harvest Starts Early\n\n"
    "Growers in the valley began picking apples two weeks early this year, "
    "after a warm spring.\n"
)


@pytest.fixture
def stocked(tmp_path):
    stated = {"title": "Stated Title", "author": "Stated Author", "url": "https://x.test/a"}
    db = imported(tmp_path, {"apples.txt": TEXT, "apples.json": json.dumps(stated)})
    return db, tmp_path / "articles"


def _shown(db) -> dict:
    return json.loads(run("show", "1", "--json", db=db).stdout)


def test_an_edit_wins_over_the_file_and_extraction_and_survives_reindex(stocked):
    db, folder = stocked
    before = _shown(db)
    assert (before["title"], before["author"]) == ("Stated Title", "Stated Author")

    done = run(
        "edit", "1", "--title", "My  Title", "--date", "23 June 2025", "--source", "Valley Post",
        "--author", "", "--json", db=db,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    edited = json.loads(done.stdout)
    assert edited["title"] == "My Title" and edited["date"] == "2025-06-23"
    assert edited["source"] == "Valley Post" and edited["author"] is None
    assert edited["url"] == "https://x.test/a"  # not edited: as the file stated it

    wanted = {
        "title": "My Title",
        "date": "2025-06-23",
        "source": "Valley Post",
        "author": None,
        "url": "https://x.test/a",
    }
    assert {k: _shown(db)[k] for k in wanted} == wanted
    assert [h["id"] for h in json.loads(run("search", "title:my", "--json", db=db).stdout)] == [1]

    assert run("reindex", db=db).returncode == 0
    assert {k: _shown(db)[k] for k in wanted} == wanted

    # The file changes and is imported again: the article is updated, the edits stay.
    write(folder, "apples.txt", TEXT + "\nPickers were hired from nearby towns.\n")
    again = run("import", str(folder), db=db)
    assert "1 updated" in again.stderr, again.stderr
    assert {k: _shown(db)[k] for k in wanted} == wanted
    assert "Pickers were hired" in _shown(db)["text"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("edit", "1", "--date", "03/04/2025"), "is not a date of one day"),
        (("edit", "1", "--title", "  "), "needs a title"),
        (("edit", "9", "--title", "x"), "no article with id 9"),
        (("edit", "1"), "say what to correct"),
    ],
)
def test_bad_edits_are_one_line(stocked, args, said):
    db, _ = stocked
    done = run(*args, db=db)
    assert done.returncode == 2, done.stdout
    assert said in done.stderr and done.stderr.count("\n") == 1
    assert _shown(db)["title"] == "Stated Title"
