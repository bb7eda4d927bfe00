"""What a journalist meets in ``reader search`` on a mixed collection: lines
that tell two stories apart, and a filter value that cannot mean anything
refused instead of quietly matching nothing."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import imported, run

FLOOD = (
    "Banjir Rendam Pasar Lama\n\n"
    "Air setinggi lutut merendam kios-kios di Pasar Lama sejak Selasa pagi.\n"
)
FLOOD_AGAIN = (
    "Warga Mengungsi karena Banjir\n\n"
    "Ratusan warga mengungsi ke balai desa setelah banjir naik pada malam hari.\n"
)


@pytest.fixture
def db(tmp_path):
    return imported(
        tmp_path,
        {
            "pasar.txt": FLOOD,
            "pasar.json": json.dumps({"source": "Kabar Timur", "date": "2025-03-04"}),
            "mengungsi.txt": FLOOD_AGAIN,
        },
    )


def test_search_lines_carry_date_and_source(db):
    done = run("search", "banjir", db=db)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if "Banjir" in line]
    with_source = next(line for line in lines if "Pasar Lama" in line)
    assert "2025-03-04" in with_source and "Kabar Timur" in with_source
    # Without a source, the file's name tells the story apart.
    without = next(line for line in lines if "Mengungsi" in line)
    assert "mengungsi.txt" in without
    # --json keeps its fields
    hits = json.loads(run("search", "banjir", "--json", db=db).stdout)
    assert {"source", "date", "path", "title"} <= set(hits[0])


@pytest.mark.parametrize(
    ("query", "wrong"),
    [
        ("date:2025-13-01", "no such date"),
        ("banjir date:2025-02-30", "no such date"),
        ("date:2025-06..2025-05", "ends before it starts"),
        ("date:2025-06-15..2025-05", "ends before it starts"),
        ("date:2026..2025-12", "ends before it starts"),
        ("date:kemarin", "a date is 2025"),
        ("is:purple", "read, unread or starred"),
    ],
)
def test_a_filter_value_that_can_match_nothing_is_refused(db, query, wrong):
    done = run("search", query, db=db)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and query in lines[0] and wrong in lines[0], done.stderr
    assert done.stdout == ""


def test_good_dates_still_filter(db):
    # The end counts at its own precision: 2025-03..2025 is March to
    # December, 2025-03-02..2025-03 the rest of March; a time of day is
    # read and left out.
    for query in (
        "date:2025-03-04",
        "date:2025-03",
        "date:2025-02..2025-03",
        "date:2024-02-29..",
        "date:2025-03..2025",
        "date:2025-03-02..2025-03",
        "date:2025-03-04T10:00",
        "date:2025-03-01T08:00..2025-03-04T23:59:59",
    ):
        done = run("search", query, "--json", db=db)
        assert done.returncode == 0, (query, done.stderr)
        hits = json.loads(done.stdout)
        assert [h["title"] for h in hits] == ["Banjir Rendam Pasar Lama"], query
    late = run("search", "date:2025-03-05T00:00..2025", "--json", db=db)
    assert late.returncode == 0 and json.loads(late.stdout) == [], late.stderr


def test_tag_by_a_query_with_an_impossible_date_is_refused(db):
    done = run("tag", "banjir", "--query", "date:2025-13", db=db)
    assert done.returncode == 2 and "no such date" in done.stderr


def test_a_refusal_names_a_whole_query_filter_once(db):
    done = run("search", "date:2025-13", db=db)
    assert done.returncode == 2
    assert done.stderr.strip().endswith("search 'date:2025-13': no such date"), done.stderr
    # Among other words, the problem names its filter.
    done = run("search", "banjir date:2025-13", db=db)
    assert "'banjir date:2025-13': date:2025-13: no such date" in done.stderr


def test_a_refused_query_option_is_cut_as_search_cuts_it(db):
    long = "banjir " * 20 + "date:2025-13"
    for command in (("search", long), ("tag", "banjir", "--query", long)):
        done = run(*command, db=db)
        assert done.returncode == 2
        line = done.stderr.strip()
        assert len(line.splitlines()) == 1 and "…" in line, line
        assert line.endswith("date:2025-13: no such date"), line
