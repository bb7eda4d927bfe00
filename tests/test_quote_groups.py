"""One quote, many articles (issue 20): which quotations are one statement,
their groups in a real library file, and what a group says of itself."""

from __future__ import annotations

import hashlib
import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import quote_groups, understanding
from db.records import ArticleRecord, MentionRecord, QuoteRecord, UnderstoodRecord
from db.statements import (
    MIN_WORDS,
    fingerprints,
    packed,
    same_statement,
    statement_key,
    statement_words,
    unpacked,
    word_hashes,
)
from db.store import Store
from reader.library import Library
from tests.conftest import store_understood

SAID = "We will not raise fuel prices this year, whatever the markets decide to do next"


def same(a: str, b: str) -> bool:
    """The decision, with the condition that the store can find the pair."""
    x, y = (word_hashes(statement_words(t)) for t in (a, b))
    found = bool(fingerprints(x) & fingerprints(y))
    assert same_statement(x, y) == same_statement(y, x)
    return found and same_statement(x, y)


@pytest.mark.parametrize(
    "variant",
    [
        # trimmed at the end, at the start, at both
        "We will not raise fuel prices this year",
        "this year, whatever the markets decide to do next",
        "not raise fuel prices this year, whatever the markets decide",
        # re-punctuated, case changed
        "We will not raise fuel prices this year. Whatever the markets decide to do next!",
        "WE WILL NOT RAISE FUEL PRICES THIS YEAR -- WHATEVER THE MARKETS DECIDE TO DO NEXT",
        # quote marks and apostrophes written otherwise
        "‘We will not raise fuel prices this year,’ whatever the markets decide to do next",
        # a word changed, one added, one dropped
        "We will not raise petrol prices this year, whatever the markets decide to do next",
        "We will not raise fuel prices this year, whatever the markets may decide to do next",
        "We will not raise fuel prices this year, whatever markets decide to do next",
    ],
)
def test_a_variant_is_the_same_statement(variant):
    assert same(SAID, variant)


@pytest.mark.parametrize(
    "other",
    [
        # the same first words, another statement
        "We will not raise taxes on small businesses before the election",
        "We will not raise fuel subsidies for the fishing fleet until the audit is done",
        # a common phrase within it, too short to stand for it
        "whatever the markets decide",
        # another statement altogether
        "The harbour will reopen on Monday once the divers have checked the quay walls",
    ],
)
def test_a_different_statement_is_not_grouped(other):
    assert not same(SAID, other)


def test_apostrophes_and_accents_fold():
    assert statement_words("Don’t café") == statement_words("don't CAFE") == ["dont", "cafe"]


def test_an_unspaced_script_counts_letter_by_letter():
    a = "我们今年不会提高燃油价格"
    assert statement_words(a)[:2] == ["我", "们"]
    assert same(a, "我们今年不会提高汽油价格")  # a letter changed
    assert not same(a, "我们明天将会讨论新的预算")


def test_short_quotations_are_never_grouped():
    assert not same("No comment at all", "No comment at all")


# -- in a library ------------------------------------------------------------


def made(path: str, date: str, said: list[tuple[str, str]], source: str = "Harbour Daily"):
    """A made-up article: each (speaker, words) quoted once."""
    text = f"Notes {path}\n\n"
    spans, mentions = [], []
    for speaker, words in said:
        text += "“"
        spans.append((len(text), len(text) + len(words), speaker))
        text += words + "”, said "
        mentions.append(MentionRecord(speaker.lower(), "PER", speaker, len(text), len(text) + 1))
        text += speaker + ".\n\n"
    mentions = [m._replace(end=m.start + len(m.name)) for m in mentions]
    record = ArticleRecord(
        path=path,
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Notes {path}",
        lang="en",
        source=source,
        date=date,
        paragraphs=[(text.index("\n\n") + 2, len(text))],
    )
    quotes = [QuoteRecord(s, e, speaker=who, speaker_key=who.lower()) for s, e, who in spans]
    return record, mentions, quotes


CORPUS = [
    ("/a.txt", "2026-03-01", [("Maria Lindqvist", SAID)], "Harbour Daily"),
    (
        "/b.txt",
        "2026-03-02",
        [("Maria Lindqvist", "We will not raise fuel prices this year")],
        "Courier",
    ),
    ("/c.txt", "2026-03-03", [("Johan Berg", SAID.replace("fuel", "petrol"))], "Coast Times"),
    (
        "/d.txt",
        "2026-03-04",
        [("Johan Berg", "We will not raise taxes on small businesses before the election")],
        "Courier",
    ),
    ("/e.txt", "2026-03-05", [("Maria Lindqvist", "No comment at all")], "Courier"),
    (
        "/f.txt",
        "2026-03-06",
        [("Maria Lindqvist", "this year, whatever the markets decide to do next")],
        "Harbour Daily",
    ),
]


def partition(store: Store) -> set[frozenset[str]]:
    """The groups as sets of their quotations' texts."""
    rows = store.conn.execute(
        "SELECT coalesce(v.group_id, -q.id),"
        " substr(reader_text(a.text_z), q.start + 1, q.end - q.start)"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN quote_variants v ON v.key = q.key"
    ).fetchall()
    groups: dict[int, set[str]] = {}
    for group_id, text in rows:
        groups.setdefault(group_id, set()).add(text)
    return {frozenset(texts) for texts in groups.values()}


def stored(path, articles, one_by_one=True) -> Store:
    store = Store(path)
    if one_by_one:
        for article in articles:
            store_understood(store, [made(*article)])
    else:
        store_understood(store, [made(*article) for article in articles])
    return store


def test_groups_do_not_depend_on_the_order_articles_come_in(tmp_path):
    seen = set()
    orders = [CORPUS, CORPUS[::-1]] + [
        random.Random(i).sample(CORPUS, len(CORPUS)) for i in range(3)
    ]
    for n, order in enumerate(orders):
        with stored(tmp_path / f"{n}.db", order, one_by_one=n % 2 == 0) as store:
            seen.add(frozenset(partition(store)))
    assert len(seen) == 1
    (groups,) = seen
    fuel = next(g for g in groups if SAID in g)
    # the trimmed one, the petrol one, and the one that holds the end of it
    assert len(fuel) == 4
    assert {"No comment at all"} in groups


def test_a_bridge_taken_out_splits_its_group(tmp_path):
    """The start of SAID and its end are not one statement; SAID holds them
    together until its article is understood again without it."""
    head, tail = CORPUS[1], CORPUS[5]
    with stored(tmp_path / "r.db", [CORPUS[0], head, tail]) as store:
        assert len(partition(store)) == 1
        with store.transaction() as conn:
            understanding.enqueue(conn, [(1, "en")])
        claim, items = store.claim_understanding(1, since=0.0)
        _, mentions, _ = made(*CORPUS[0])
        store.write_understanding([UnderstoodRecord(items[0].id, mentions, [])], claim, 0.0)
        assert partition(store) == {
            frozenset({head[2][0][1]}),
            frozenset({tail[2][0][1]}),
        }
        assert store.conn.execute("SELECT count(*) FROM quote_groups_dirty").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM quote_variants").fetchone()[0] == 2


def test_a_deleted_article_leaves_no_wording_behind(tmp_path):
    with stored(tmp_path / "r.db", CORPUS) as store:
        with store.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE path = '/d.txt'")
            quote_groups.settle(conn)
        (left,) = store.conn.execute(
            "SELECT count(*) FROM quote_variants WHERE quotes <= 0"
        ).fetchone()
        assert left == 0


def test_a_group_sums_up_its_articles_sources_first_sighting_and_vote(tmp_path):
    with stored(tmp_path / "r.db", CORPUS):
        pass
    with Library(tmp_path / "r.db") as library:
        groups = library.quote_groups()
        fuel = next(g for g in groups if g.articles > 1)
        assert fuel.text == SAID  # the fullest, of the two as long: the first seen
        assert fuel.articles == 4
        assert fuel.sources == ["Coast Times", "Courier", "Harbour Daily"]
        assert fuel.first_seen["date"] == "2026-03-01"
        assert fuel.first_seen["source"] == "Harbour Daily"
        assert len(fuel.variants) == 3
        assert fuel.speaker == "Maria Lindqvist"  # 3 quotations against 1
        assert fuel.disagreement
        assert [s["quotes"] for s in fuel.speakers] == [3, 1]
        # each statement once
        assert len(groups) == 3
        # the filter by words finds a group by any of its wordings
        (petrol,) = library.quote_groups(text="petrol")
        assert petrol.id == fuel.id and petrol.articles == 4
        berg = library.entity_ids_named("Johan Berg")
        assert {g.id for g in library.quote_groups(speakers=berg)} >= {fuel.id}


def test_a_library_made_before_groups_is_grouped_by_the_next_run(tmp_path):
    with stored(tmp_path / "r.db", CORPUS) as store:
        store.conn.execute("UPDATE quotes SET key = NULL")
        store.conn.execute("DELETE FROM quote_variants")
        store.conn.execute("DELETE FROM quote_prints")
        assert store.group_quote_backlog() == 0
        assert len(partition(store)) == 3


def test_import_wait_groups_what_an_older_library_holds(tmp_path):
    with stored(tmp_path / "r.db", CORPUS) as store:
        store.conn.execute("UPDATE quotes SET key = NULL")
        store.conn.execute("DELETE FROM quote_variants")
        store.conn.execute("DELETE FROM quote_prints")
    with Library(tmp_path / "r.db") as library:
        assert len(library.quote_groups()) == 6  # each alone
        for _ in library.understand():
            pass
        assert len(library.quote_groups()) == 3


def test_the_same_statement_many_times_is_one_wording(tmp_path):
    articles = [
        (f"/{i}.txt", f"2026-01-{1 + i % 28:02}", [("Maria Lindqvist", SAID)], f"Outlet {i % 7}")
        for i in range(150)
    ]
    with stored(tmp_path / "r.db", articles, one_by_one=False) as store:
        assert store.conn.execute(
            "SELECT count(*), sum(quotes) FROM quote_variants"
        ).fetchone() == (
            1,
            150,
        )
    with Library(tmp_path / "r.db") as library:
        (group,) = library.quote_groups()
        assert group.articles == 150 and len(group.sources) == 7
        assert not group.variants and not group.disagreement


def test_pairs_found_whichever_comes_first():
    texts = [SAID, *[t for _, _, said, _ in CORPUS for _, t in said]]
    for a, b in itertools.permutations(texts, 2):
        assert same(a, b) == same(b, a)


@given(st.text(max_size=200), st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_any_two_texts_are_judged_both_ways_alike(a, b):
    x, y = (word_hashes(statement_words(t)) for t in (a, b))
    assert same_statement(x, y) == same_statement(y, x)
    assert fingerprints(x) == fingerprints(unpacked(packed(x)))


def test_a_statement_quoted_past_many_pages_is_listed_once_before_the_older_ones(tmp_path):
    """The listing is read page after growing page until enough groups are
    found: a statement whose newest 150 quotations come first still lets
    the older statements follow, in order, at any offset."""
    older = "Harbour fees will be frozen until the new terminal is open to every ship"
    articles = [
        (f"/{i}.txt", f"2026-02-{1 + i % 28:02}", [("Maria Lindqvist", SAID)], "Courier")
        for i in range(150)
    ]
    articles += [
        ("/older.txt", "2025-06-01", [("Johan Berg", older)], "Courier"),
        ("/oldest.txt", "2025-01-01", [("Johan Berg", "No comment at all")], "Courier"),
    ]
    with stored(tmp_path / "r.db", articles, one_by_one=False):
        pass
    with Library(tmp_path / "r.db") as library:
        assert [g.text for g in library.quote_groups(limit=3)] == [
            SAID,
            older,
            "No comment at all",
        ]
        assert [g.text for g in library.quote_groups(limit=1, offset=1)] == [older]
        assert [g.text for g in library.quote_groups(limit=5, offset=2)] == ["No comment at all"]
        berg = library.entity_ids_named("Johan Berg")
        assert [g.text for g in library.quote_groups(speakers=berg, limit=1)] == [older]


def _with_words(article: tuple) -> tuple:
    """An article of ``made`` whose quotations come with their words, as the
    second phase's workers send them (``reader.understanding``)."""
    record, mentions, quotes = article
    return (
        record,
        mentions,
        [q._replace(words=statement_words(record.text[q.start : q.end])) for q in quotes],
    )


def test_quotations_sent_with_their_words_are_stored_keyed_and_grouped_alike(tmp_path):
    """The writer keys a quotation that comes with its words as it inserts
    it (schema 19's writer: the row written once); the keys, wordings and
    groups are those of quotations keyed from the text after they are stored."""
    keyed_later = stored(tmp_path / "later.db", CORPUS, one_by_one=False)
    at_once = Store(tmp_path / "at_once.db")
    store_understood(at_once, [_with_words(made(*article)) for article in CORPUS])
    tables = (
        "SELECT id, key FROM quotes ORDER BY id",
        "SELECT key, group_id, words, quotes FROM quote_variants ORDER BY key",
        "SELECT print, key FROM quote_prints ORDER BY print, key",
    )
    for sql in tables:
        assert at_once.conn.execute(sql).fetchall() == keyed_later.conn.execute(sql).fetchall()
    assert partition(at_once) == partition(keyed_later)
    texts = at_once.conn.execute(
        "SELECT q.key, substr(reader_text(a.text_z), q.start + 1, q.end - q.start)"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
    ).fetchall()
    assert all(
        key == (statement_key(words) if len(words := statement_words(text)) >= MIN_WORDS else 0)
        for key, text in texts
    )
    assert {key for key, _ in texts} & {0} and None not in {key for key, _ in texts}
