"""Tags, stars and read state on many articles at once, from the command
line: by id or on every match of a search, saying how many changed."""

from __future__ import annotations

import json

import pytest

from tests.conftest import write
from tests.test_cli import run

ARTICLES = {
    "a.txt": "Lantern Festival Draws Crowds\n\nThe lantern festival on the river drew crowds.\n",
    "b.txt": "Lantern Makers Busy\n\nLantern makers worked late before the festival.\n",
    "c.txt": "Bridge Repairs Begin\n\nRepairs on the old bridge began on Monday morning.\n",
}


@pytest.fixture
def db(tmp_path):
    folder = tmp_path / "news"
    for name, text in ARTICLES.items():
        write(folder, name, text)
    db = tmp_path / "r.db"
    assert run("import", str(folder), "--no-wait", db=db).returncode == 0
    return db


def _ids(db, query: str) -> set[int]:
    return {hit["id"] for hit in json.loads(run("search", query, "--json", db=db).stdout)}


def test_tag_untag_star_mark_by_query_and_by_id(db):
    lanterns = _ids(db, "lantern")
    assert len(lanterns) == 2
    done = run("tag", "festival", "--query", "lantern", db=db)
    assert done.returncode == 0 and "tagged 'festival': 2 articles" in done.stdout
    assert _ids(db, "tag:festival") == lanterns
    again = run("tag", "festival", "--query", "lantern OR bridge", "--json", db=db)
    assert json.loads(again.stdout) == {"changed": 1, "matched": 3}

    one = min(lanterns)
    untagged = run("untag", "festival", str(one), "--json", db=db)
    assert json.loads(untagged.stdout) == {"changed": 1, "matched": 1}
    assert one not in _ids(db, "tag:festival")

    assert json.loads(run("star", "--query", "lantern", "--json", db=db).stdout)["changed"] == 2
    assert _ids(db, "is:starred") == lanterns
    assert "unstarred 1 article" in run("unstar", str(one), db=db).stdout
    assert _ids(db, "is:starred") == lanterns - {one}

    assert json.loads(run("mark", "read", "--query", "bridge", "--json", db=db).stdout) == {
        "changed": 1,
        "matched": 1,
    }
    assert len(_ids(db, "is:read")) == 1
    assert (
        json.loads(run("mark", "unread", "--query", "bridge", "--json", db=db).stdout)["changed"]
        == 1
    )
    assert _ids(db, "is:read") == set()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("tag", "x"), "one of the two"),
        (("tag", "x", "1", "--query", "lantern"), "one of the two"),
        (("tag", " ", "1"), "the tag is empty"),
        (("star", "404"), "no article with id 404"),
        (("mark", "read", "--query", "  "), "--query is empty"),
    ],
)
def test_bad_input_is_one_line(db, args, said):
    done = run(*args, db=db)
    assert done.returncode == 2
    assert said in done.stderr and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
