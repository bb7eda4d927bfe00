"""Quotations whose speaker the finder could only describe (linked to no
entity: ``juru bicara pengadilan``, ``seorang warga``) found by the words
of that description, in ``speaker:``, ``quotes --speaker`` and the TUI."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import run


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
    assert "matched quotes whose speaker is unlinked text holding" in done.stderr
    found = run("search", "speaker:warga", db=described_db)
    assert found.returncode == 0 and "Sidang Ditunda Lagi" in found.stdout
    assert "unlinked text holding 'warga'" in found.stderr
    # A person is still found as one, and said nothing of descriptions.
    person = run("quotes", "--speaker", "Rahmat Wiranegara", "--json", db=described_db)
    assert [q["speaker"] for q in json.loads(person.stdout)] == ["Rahmat Wiranegara"]
    assert "unlinked" not in person.stderr
    # Groups vote among entities: a description is said to be none.
    grouped = run("quotes", "--grouped", "--speaker", "juru bicara", db=described_db)
    assert grouped.returncode == 2 and "unlinked" in grouped.stderr
    # A name nobody is known or described by is refused as before.
    assert run("quotes", "--speaker", "Sutan Batubara", db=described_db).returncode == 2


def test_a_described_speaker_is_matched_by_whole_words(described_db):
    """``bicara`` is a word of ``juru bicara pengadilan``; ``icara`` and
    ``adil`` are only letters inside its words, and match nothing."""
    done = run("quotes", "--speaker", "BICARA", "--json", db=described_db)
    assert [q["speaker"] for q in json.loads(done.stdout)] == ["juru bicara pengadilan"]
    for part in ("icara", "adil"):
        done = run("search", f"speaker:{part}", db=described_db)
        assert "Sidang Ditunda Lagi" not in done.stdout, (part, done.stderr)
        assert "unlinked" not in done.stderr, (part, done.stderr)


def test_case_is_folded_beyond_ascii(tmp_path):
    from db.quotes import described_pattern

    assert described_pattern("ÄRZTE") == "% ärzte %"
    assert described_pattern("朋友") == "%朋友%"
    assert described_pattern("50%_x") == "% 50\\%\\_x %"


def test_a_name_asked_as_entity_and_speaker_is_noted_for_both(described_db):
    from reader.library import Library

    with Library(described_db) as library:
        notes = library.name_notes("entity:warga speaker:warga", scan=True)
        assert len(notes) == 2, notes
        assert any("unlinked text holding 'warga'" in line for line in notes), notes
        assert any("unlinked" not in line for line in notes), notes
        # The same name twice in one field is noted once.
        assert len(library.name_notes("speaker:warga speaker:warga", scan=True)) == 1


def test_a_described_speaker_is_looked_up_once_while_nothing_changes(described_db):
    from reader.library import Library

    with Library(described_db) as library:
        calls = []
        count = library.count_quotes

        def counting(**kwargs):
            calls.append(kwargs)
            return count(**kwargs)

        library.count_quotes = counting
        library.name_notes("speaker:warga", scan=True)
        library.search("speaker:warga")
        assert len(calls) == 1, calls
        assert library.described_speaker("warga")
        assert len(calls) == 1, calls
