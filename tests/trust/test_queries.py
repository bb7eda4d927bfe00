"""Hostile queries: anything typed is accepted, and a huge query is bounded.

``tests/test_search.py`` covers ``Library.search`` with ordinary Unicode;
here the text also holds lone surrogates (what an undecodable byte of a
command-line argument becomes), NULs, controls and FTS5 syntax, and goes
through the entity finder and the ``reader search`` command too.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import query as query_module
from reader import cli
from reader.finder import NameIndex
from reader.library import Library
from tests.conftest import import_paths, write

SPECIAL = [
    "\ud800", "\udcff", "\x00", "\x1b[2J", "\u202e", '"', "*", "(", ")", ":", "-", "^",
    "OR", "AND", "NOT", "NEAR", "lang:", "title:", "東京", "삼성", "\u0301", "\U0001f600",
]  # fmt: skip
typed = st.lists(st.one_of(st.characters(), st.sampled_from(SPECIAL)), max_size=40).map("".join)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def stocked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("queries")
    db = folder / "r.db"
    with Library(db) as library:
        text = (
            "Ferry news\n\n"
            '"The ferry sails again," said Sri Wahyuni in Jakarta, 東京 and 삼성전자는.\n'
        )
        import_paths(library, write(folder, "a.txt", text))
    return db


@pytest.fixture(scope="module")
def library(stocked):
    with Library(stocked) as lib:
        yield lib


@SETTINGS
@given(text=typed)
def test_any_text_searches(library, text):
    library.search(text)
    library.count_matches(text)


@SETTINGS
@given(text=typed)
def test_any_text_finds_entities(library, text):
    for hit in library.find_entities(text).hits:
        assert 0 <= hit.score <= 100


@SETTINGS
@given(text=typed)
def test_any_text_through_the_search_command(stocked, capsys, text):
    # `--` as a user would type before a query that starts with `-`; an
    # empty one prints the usage, in one line (exit 2).
    status = cli.main(["--db", str(stocked), "search", "--", text])
    assert status == (0 if text.strip() else 2)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(err.splitlines()) <= 1
    assert "\x1b" not in out + err and "\u202e" not in out + err


def test_remembered_and_saved_queries_accept_any_text(library):
    library.remember_search("lang:\udcff ferry")
    library.save_search("odd \ud800", "ferry \udcff")
    assert any(q.startswith("lang:\ufffd") for q in library.search_history())
    [(name, query)] = [(n, q) for n, q in library.saved_searches() if n.startswith("odd")]
    assert name.startswith("odd \ufffd") and query.startswith("ferry \ufffd")


def test_megabyte_query_is_bounded_before_it_reaches_the_index(library, monkeypatch):
    expressions: list[str] = []
    fts = query_module.Query.fts

    def recording(self):
        expression = fts(self)
        expressions.append(expression or "")
        return expression

    monkeypatch.setattr(query_module.Query, "fts", recording)
    library.search("ferry " * 200_000)
    library.search("\U0001f600x" * 500_000)
    assert expressions and max(map(len, expressions)) < 10_000


def test_megabyte_name_is_bounded_before_the_finder(library, monkeypatch):
    seen: list[int] = []
    search = NameIndex.search

    def recording(self, query, limit=50):
        seen.append(len(query))
        return search(self, query, limit)

    monkeypatch.setattr(NameIndex, "search", recording)
    library.find_entities("Sri Wahyuni " * 100_000)
    assert seen and max(seen) <= 1000


def test_megabyte_query_on_the_command_line_prints_one_short_line(stocked, capsys):
    assert cli.main(["--db", str(stocked), "search", "x" * 1_000_000]) == 0
    out, err = capsys.readouterr()
    assert out == "" and len(err) < 300 and err.count("\n") == 1
