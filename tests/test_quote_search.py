"""Quotations are searchable like articles (issue 18 item 1): their own
full-text index, kept in step with the quotes by triggers, read by the
quotes list, ``reader quotes --text`` and the ``quote:`` field."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Store
from reader.library import Library
from tests.conftest import store_understood


def made(path: str, date: str, said: list[str], speaker: str = "Wulan Sari") -> tuple:
    """A made-up article quoting ``speaker`` saying each of ``said``."""
    text = f"Harbour notes {path}\n\n"
    spans = []
    for words in said:
        text += "“"
        spans.append((len(text), len(text) + len(words)))
        text += words + f"”, said {speaker}.\n\n"
    record = ArticleRecord(
        path=path,
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Harbour notes {path}",
        lang="en",
        date=date,
        paragraphs=[(text.index("\n\n") + 2, len(text))],
    )
    at = text.index(speaker)
    key = speaker.lower()
    mentions = [MentionRecord(key, "PER", speaker, at, at + len(speaker))]
    quotes = [QuoteRecord(s, e, speaker=speaker, speaker_key=key) for s, e in spans]
    return record, mentions, quotes


def fts_check(conn: sqlite3.Connection) -> None:
    """FTS5's own check that the quotation index matches its content."""
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")


@pytest.fixture
def quoted(db_path):
    with Store(db_path) as store:
        store_understood(
            store,
            [
                made("/a.txt", "2024-01-05", ["The ferry leaves at dawn, not at noon."]),
                made("/b.txt", "2024-03-01", ["At dawn the ferry leaves; the tide decides."]),
                made("/c.txt", "2024-02-01", ["Nobody speaks of ferries here."], "Raka Putra"),
            ],
        )
    with Library(db_path) as library:
        yield library


def texts(rows) -> list[str]:
    return [q.text for q in rows]


def test_all_words_in_one_quotation_exact_phrase_first(quoted):
    found = texts(quoted.quotes(text="ferry leaves at dawn"))
    # b is newer, but a holds the words as the exact phrase.
    assert found == [
        "The ferry leaves at dawn, not at noon.",
        "At dawn the ferry leaves; the tide decides.",
    ]


def test_punctuation_and_quote_marks_are_ignored(quoted):
    assert texts(quoted.quotes(text="“leaves; the tide”")) == [
        "At dawn the ferry leaves; the tide decides."
    ]
    assert texts(quoted.quotes(text='"dawn, NOT at noon."')) == [
        "The ferry leaves at dawn, not at noon."
    ]


def test_words_in_two_quotations_of_one_article_do_not_match(db_path):
    with Store(db_path) as store:
        store_understood(store, [made("/x.txt", "2024-01-01", ["Bridges rust.", "Gulls nest."])])
    with Library(db_path) as library:
        assert library.quotes(text="bridges gulls") == []
        assert texts(library.quotes(text="gulls")) == ["Gulls nest."]


def test_a_last_word_with_a_star_is_a_prefix(quoted):
    assert texts(quoted.quotes(text="tide deci*")) == [
        "At dawn the ferry leaves; the tide decides."
    ]


def test_text_narrows_a_speaker_and_speakers_narrow_text(quoted):
    raka = quoted.resolve_name("Raka Putra").ids
    assert texts(quoted.quotes(speakers=raka, text="ferries")) == ["Nobody speaks of ferries here."]
    assert quoted.quotes(speakers=raka, text="dawn") == []


def test_the_index_follows_quotes_swapped_changed_texts_and_deleted_articles(db_path):
    with Store(db_path) as store:
        store_understood(store, [made("/a.txt", "2024-01-01", ["Old words about kelp."])])
        # The same path with a new text: the article is updated, its old
        # quotes go, and the new ones come with the second phase.
        store_understood(store, [made("/a.txt", "2024-01-01", ["New words about coral."])])
        fts_check(store.conn)
        # The index itself, not only what joins with the quotes table.
        indexed = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?"
        assert store.conn.execute(indexed, ("kelp",)).fetchone() == (0,)
        assert store.conn.execute(indexed, ("coral",)).fetchone() == (1,)
    with Library(db_path) as library:
        assert library.quotes(text="kelp") == []
        assert texts(library.quotes(text="coral")) == ["New words about coral."]
    with Store(db_path) as store, store.transaction() as conn:
        conn.execute("DELETE FROM articles")
        fts_check(conn)
        assert conn.execute("SELECT count(*) FROM quotes_fts_docsize").fetchone() == (0,)


def test_the_oldest_of_5000_quotes_is_found(db_path):
    """Not only among the newest: a phrase from the first quotation stored."""
    with Store(db_path) as store:
        store_understood(
            store,
            [made("/oldest.txt", "2001-01-01", ["Quillwort grows by the old mill."])]
            + [
                made(f"/n{i}.txt", f"2024-01-{1 + i % 28:02}", [f"Routine remark {i} on tides."])
                for i in range(4999)
            ],
        )
    with Library(db_path) as library:
        assert texts(library.quotes(text="quillwort old mill")) == [
            "Quillwort grows by the old mill."
        ]
        # A word in every quote: the newest 4,000 are ordered, the rest
        # follow; every one comes once.
        everything = library.quotes(text="tides", limit=6000)
        assert len({q.id for q in everything}) == 4999


def test_quote_field_finds_the_articles_and_opens_at_the_quotation(quoted):
    hits = quoted.search('quote:"leaves at dawn"')
    assert [h.title for h in hits] == ["Harbour notes /a.txt", "Harbour notes /b.txt"]
    text = quoted.article(hits[0].id).text
    start, end = hits[0].quote
    assert text[start:end] == "The ferry leaves at dawn, not at noon."
    assert "leaves at dawn" in hits[0].snippet.text
    assert quoted.search('quote:"tide" -quote:"dawn"') == []
    assert [h.title for h in quoted.search("quote:ferries")] == ["Harbour notes /c.txt"]


def test_a_quote_field_with_no_word_is_literal_text(quoted):
    assert quoted.explain('quote:"…"') != quoted.explain("quote:ferries")
    assert quoted.search('quote:"…"') == []


def test_unspaced_scripts_are_found_inside_a_quotation(db_path):
    with Store(db_path) as store:
        store_understood(store, [made("/ja.txt", "2024-01-01", ["東京の港は今朝も静かだった。"])])
    with Library(db_path) as library:
        assert texts(library.quotes(text="港は今朝")) == ["東京の港は今朝も静かだった。"]
        assert library.quotes(text="大阪") == []


@given(st.text(max_size=60))
@settings(max_examples=60, deadline=None)
def test_any_text_is_a_quotation_search(library_for_hypothesis, typed):
    """Any text in, no exception out: as words to find, and as a quote: field."""
    library_for_hypothesis.quotes(text=typed, limit=5)
    library_for_hypothesis.count_quotes(text=typed)
    library_for_hypothesis.search(f'quote:"{typed}"', limit=5)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("", ""),
        ("ti", ""),
        ("tid", "tid*"),
        ("tide ", "tide"),
        ("dawn ti", "dawn"),
        ("dawn tid", "dawn tid*"),
    ],
)
def test_the_word_being_typed_is_a_prefix_from_its_third_letter(typed, asked):
    from reader.ui.screens.quotes import typed_words

    assert typed_words(typed) == asked
