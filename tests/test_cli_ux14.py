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
    for query in ("date:2025-03-04", "date:2025-03", "date:2025-02..2025-03", "date:2024-02-29.."):
        done = run("search", query, "--json", db=db)
        assert done.returncode == 0, (query, done.stderr)
    hits = json.loads(run("search", "date:2025-03", "--json", db=db).stdout)
    assert [h["title"] for h in hits] == ["Banjir Rendam Pasar Lama"]


def test_tag_by_a_query_with_an_impossible_date_is_refused(db):
    done = run("tag", "banjir", "--query", "date:2025-13", db=db)
    assert done.returncode == 2 and "no such date" in done.stderr


def test_stats_says_stories_and_articles_when_versions_are_one_story(tmp_path):
    from tests.versions_texts import versions_of

    texts = versions_of(5)
    db = imported(tmp_path, {f"{name}.txt": texts[name] for name in ("original", "added")})
    done = run("stats", db=db)
    assert done.stdout.startswith("1 story (2 articles),"), done.stdout
    data = json.loads(run("stats", "--json", db=db).stdout)
    assert (data["stories"], data["articles"]) == (1, 2)


@pytest.fixture
def described_db(tmp_path):
    return described_library(tmp_path)


def described_library(tmp_path):
    """One quotation by a person, two by speakers the finder could only
    describe (no entity): ``juru bicara pengadilan`` and ``seorang warga``."""
    from db.records import MentionRecord, QuoteRecord
    from db.store import Store
    from tests.conftest import store_understood
    from tests.ui.conftest import _record

    paragraphs = [
        '"Sidang ditunda sampai pekan depan," kata juru bicara pengadilan.',
        '"Kami sudah menunggu sejak pagi," ujar seorang warga.',
        '"Jadwal baru akan diumumkan," kata Rahmat Wiranegara.',
    ]
    record = _record("Sidang Ditunda Lagi", paragraphs, "/x/sidang.txt")
    text = record.text

    def quote(paragraph: str, speaker: str, key: str | None) -> QuoteRecord:
        start = text.index(paragraph)
        end = start + paragraph.index(",") + 2
        return QuoteRecord(start, end, speaker=speaker, speaker_key=key)

    name_at = text.index("Rahmat Wiranegara")
    mentions = [
        MentionRecord("rahmat wiranegara", "PER", "Rahmat Wiranegara", name_at, name_at + 17)
    ]
    quotes = [
        quote(paragraphs[0], "juru bicara pengadilan", None),
        quote(paragraphs[1], "seorang warga", None),
        quote(paragraphs[2], "Rahmat Wiranegara", "rahmat wiranegara"),
    ]
    path = tmp_path / "r.db"
    with Store(path) as store:
        store_understood(store, [(record, mentions, quotes)])
    return path


def test_a_described_speaker_is_found_by_its_words(described_db):
    done = run("quotes", "--speaker", "juru bicara", "--json", db=described_db)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert [q["speaker"] for q in said] == ["juru bicara pengadilan"]
    assert "no person by that name" in done.stderr and "described" in done.stderr
    found = run("search", "speaker:warga", db=described_db)
    assert found.returncode == 0 and "Sidang Ditunda Lagi" in found.stdout
    assert "described as 'warga'" in found.stderr
    # A person is still found as one, and said nothing of descriptions.
    person = run("quotes", "--speaker", "Rahmat Wiranegara", "--json", db=described_db)
    assert [q["speaker"] for q in json.loads(person.stdout)] == ["Rahmat Wiranegara"]
    assert "described" not in person.stderr
    # Groups vote among entities: a description is said to be none.
    grouped = run("quotes", "--grouped", "--speaker", "juru bicara", db=described_db)
    assert grouped.returncode == 2 and "described" in grouped.stderr
    # A name nobody is known or described by is refused as before.
    assert run("quotes", "--speaker", "Sutan Batubara", db=described_db).returncode == 2
