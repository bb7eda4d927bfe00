"""Quote groups summed up as they change (issue 20, schema 20): what the
browser reads of a group is kept by the writes, and reads the same as the
sum over all the group's quotations that the browser worked out before,
through imports, merges, splits, deletions, the trash, edits and curation."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter

from db import grouped_quotes, quote_groups, schema
from db.functions import register_functions
from db.store import Store
from reader import export
from reader.cli_quote_groups import group_lines
from reader.library import Library
from reader.ui.screens.quotes import group_label
from tests.conftest import store_understood
from tests.test_quote_groups import made

# The read of schema 19: each group summed up over all its quotations (the
# oracle the summaries must agree with).
_ALL = (
    " FROM quote_variants v JOIN quotes q ON q.key = v.key"
    " JOIN articles a INDEXED BY articles_seen ON a.id = q.article_id"
    " WHERE v.group_id IN (SELECT value FROM json_each(?))"
)
OLD_READ = {
    "_GROUPS": "SELECT v.group_id, count(DISTINCT q.article_id), json_group_array(DISTINCT"
    " a.source), min(coalesce(a.date, '~') || printf(' %012d', a.id))"
    + _ALL
    + " GROUP BY v.group_id",
    "_WORDINGS": "SELECT v.group_id, v.key, length(v.words), count(*), min(coalesce(a.date, '~')),"
    " min(q.id)" + _ALL + " GROUP BY v.key",
    "_SPEAKERS": "SELECT v.group_id, q.speaker, q.speaker_entity_id, e.name, count(*)"
    " FROM quote_variants v JOIN quotes q ON q.key = v.key"
    " LEFT JOIN entities e ON e.id = q.speaker_entity_id"
    " WHERE v.group_id IN (SELECT value FROM json_each(?))"
    " AND q.speaker IS NOT NULL AND NOT coalesce(e.hidden, 0)"
    " GROUP BY v.group_id, q.speaker_entity_id, q.speaker"
    " ORDER BY v.group_id, q.speaker_entity_id, q.speaker",
}


def old_speakers(conn: sqlite3.Connection, group_ids: list[int]) -> dict:
    """The vote of schema 20, over every speaker of every quotation, cut
    to the few that ``grouped_quotes._speakers`` reads (schema 21)."""
    said: dict[int, list] = {}
    for group_id, *row in conn.execute(OLD_READ["_SPEAKERS"], (json.dumps(group_ids),)):
        said.setdefault(group_id, []).append(row)
    found = {}
    for group_id, rows in said.items():
        votes: Counter = Counter()
        names: dict = {}
        for speaker, entity_id, entity, n in rows:
            who = ("entity", entity_id) if entity_id is not None else ("name", speaker.casefold())
            votes[who] += n
            names.setdefault(who, (speaker, entity_id, entity))
        ranked = sorted(votes, key=lambda who: (-votes[who], str(who[1])))
        top = [(*names[who], votes[who]) for who in ranked[: grouped_quotes.SHOWN_SPEAKERS]]
        found[group_id] = (top, len(ranked) - len(top))
    return found


# Made-up statements, each quoted whole, trimmed, or with a word changed.
STATEMENTS = [
    "The ferry timetable will change in spring so that the early crossings run every hour",
    "Our clinic cannot take new patients until the second doctor arrives from the city",
    "We have asked the council twice to repair the bridge before the autumn storms come",
    "Nobody in this valley voted for a quarry next to the school and the old orchards",
    "The harvest was late this year but the apples are sweeter than any we have grown",
    "The harvest was late this year and the pears were lost to the frost in the north",
]
SPEAKERS = ["Edda Quist", "Tomas Brandvik", "EDDA QUIST", "Lior Amsel"]
SOURCES = ["Fjord Post", "Valley Courier", "Coast Times", None]


def wording(rng: random.Random) -> str:
    words = rng.choice(STATEMENTS).split()
    kind = rng.random()
    if kind < 0.2:
        words = words[rng.randint(1, 3) :]
    elif kind < 0.4:
        words = words[: -rng.randint(1, 3)]
    elif kind < 0.5:
        words[rng.randrange(len(words))] = "indeed"
    return " ".join(words)


def articles(rng: random.Random, n: int, start: int = 0) -> list[tuple]:
    out = []
    for i in range(start, start + n):
        said = [(rng.choice(SPEAKERS), wording(rng)) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.2:
            said.append((rng.choice(SPEAKERS), "No comment for now"))
        date = None if rng.random() < 0.15 else f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        out.append((f"/{i}.txt", date, said, rng.choice(SOURCES)))
    return out


def old_read(library: Library, monkeypatch, **filters) -> list:
    with monkeypatch.context() as m:
        for name, sql in OLD_READ.items():
            if name != "_SPEAKERS":
                m.setattr(grouped_quotes, name, sql)
        m.setattr(grouped_quotes, "_speakers", old_speakers)
        return library.quote_groups(limit=1000, **filters)


def assert_reads_as_before(library: Library, monkeypatch) -> None:
    new = library.quote_groups(limit=1000)
    assert new == old_read(library, monkeypatch)
    assert library.quote_groups(limit=1000, variants=0) == old_read(
        library, monkeypatch, variants=0
    )
    assert any(g.articles > 5 for g in new)


def assert_summaries_fresh(conn: sqlite3.Connection) -> None:
    """The stored summaries are what migrations 20 and 21 work out from scratch."""
    kept = {t: sorted(conn.execute(f"SELECT * FROM {t}")) for t in _TABLES}
    seen = sorted(conn.execute("SELECT key, first_seen, first_quote FROM quote_variants"))
    with_groups = {g for (g,) in conn.execute("SELECT group_id FROM quote_variants")}
    kept["quote_group_articles"] = [r for r in kept["quote_group_articles"] if r[0] in with_groups]
    kept["quote_group_voters"] = [r for r in kept["quote_group_voters"] if r[1]]
    conn.execute("SAVEPOINT fresh")
    try:
        for table in _TABLES:
            conn.execute(f"DELETE FROM {table}")
        for statement in schema._statements(schema.MIGRATIONS[19]):
            if statement.lstrip().startswith(("INSERT", "UPDATE")):
                conn.execute(statement)
        # (schema 21's triggers summed up what schema 20's inserts wrote)
        for statement in schema._statements(schema.MIGRATIONS[20]):
            if statement.lstrip().startswith("INSERT INTO quote_group_speakers"):
                conn.execute("DELETE FROM quote_group_speakers")
            if statement.lstrip().startswith("INSERT"):
                conn.execute("DELETE FROM quote_group_voters")
                conn.execute(statement)
        assert kept == {t: sorted(conn.execute(f"SELECT * FROM {t}")) for t in _TABLES}
        assert seen == sorted(
            conn.execute("SELECT key, first_seen, first_quote FROM quote_variants")
        )
    finally:
        conn.execute("ROLLBACK TO fresh")
        conn.execute("RELEASE fresh")


_TABLES = (
    "quote_wording_sources",
    "quote_wording_speakers",
    "quote_group_articles",
    "quote_group_speakers",
    "quote_group_voters",
)


def test_summaries_read_as_the_sum_over_all_quotations(tmp_path, monkeypatch):
    rng = random.Random(7)
    path = tmp_path / "r.db"
    with Store(path) as store:
        for k in range(0, 60, 12):  # some one by one, some in batches
            store_understood(store, [made(*a) for a in articles(rng, 12, k)])
        assert_summaries_fresh(store.conn)
    with Library(path) as library:
        assert_reads_as_before(library, monkeypatch)
        # a speaker hidden counts as none; curation moves quotations
        edda = library.entity_ids_named("Edda Quist")
        library.hide_entity(edda[0])
        assert_reads_as_before(library, monkeypatch)
        library.unhide_entity(edda[0])
        tomas = library.entity_ids_named("Tomas Brandvik")
        library.merge_entities(edda[0], tomas[0])
        # deleted to the trash, restored, edited
        library.delete_articles([1, 2, 3, 17, 30])
        assert_reads_as_before(library, monkeypatch)
        library.restore_from_trash([2, 17])
        library.edit_article(5, {"date": "2025-01-01", "source": "Fjord Post"})
        library.edit_article(6, {"source": ""})
        assert_reads_as_before(library, monkeypatch)
        library.empty_trash()
        with library.store.transaction() as conn:
            assert_summaries_fresh(conn)
    with Store(path) as store:
        # more arrive, the whole library is re-keyed (a backlog of ungrouped
        # quotations), an article deleted outright
        store_understood(store, [made(*a) for a in articles(rng, 20, 100)])
        with store.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE id IN (7, 8, 9)")
            quote_groups.settle(conn)
            assert_summaries_fresh(conn)
    with Library(path) as library:
        assert_reads_as_before(library, monkeypatch)


def test_a_bridge_taken_out_counts_each_part_again(tmp_path, monkeypatch):
    whole = "the lighthouse keeper will stay on the island through the winter and the spring"
    head = "the lighthouse keeper will stay on the island through the winter"
    tail = "on the island through the winter and the spring"
    corpus = [
        ("/w.txt", "2026-01-01", [("Edda Quist", whole)], "Fjord Post"),
        ("/h.txt", "2026-01-02", [("Edda Quist", head)], "Coast Times"),
        ("/t.txt", "2026-01-03", [("Lior Amsel", tail)], "Valley Courier"),
        ("/t2.txt", "2026-01-04", [("Lior Amsel", tail), ("Lior Amsel", head)], "Fjord Post"),
    ]
    path = tmp_path / "r.db"
    with Store(path) as store:
        for a in corpus:
            store_understood(store, [made(*a)])
    with Library(path) as library:
        (group,) = library.quote_groups()
        assert group.articles == 4
        library.delete_articles([1, 4])
        groups = library.quote_groups()
        assert sorted(g.articles for g in groups) == [1, 1]
        assert groups == old_read(library, monkeypatch)


def test_migrations_20_and_21_sum_up_a_schema_19_library(tmp_path, monkeypatch):
    path = tmp_path / "r.db"
    with Store(path) as store:
        store_understood(store, [made(*a) for a in articles(random.Random(3), 40)])
    with Library(path) as library:
        expected = library.quote_groups(limit=1000)
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    for trigger in ("voters_ai", "voters_ad", "speakers_ai", "speakers_au", "speakers_ad"):
        conn.execute(f"DROP TRIGGER quote_group_{trigger}")
    conn.execute("DROP TRIGGER quote_group_speakers_variant_ai")
    conn.execute("DROP INDEX entities_hidden")
    conn.execute("DROP INDEX entity_aliases_user")  # schema 22's
    conn.execute("DROP INDEX entity_aliases_block")  # schema 24's
    conn.execute("DROP INDEX entity_aliases_last_word")
    for trigger in ("ai", "ad", "key_au", "speaker_au", "article_au", "article_bd", "variant_ai"):
        conn.execute(f"DROP TRIGGER quote_summaries_{trigger}")
    for table in _TABLES:
        conn.execute(f"DROP TABLE {table}")  # schema 21's among them
    conn.execute("DROP TABLE quote_seen_dirty")
    conn.execute("DROP TABLE quote_spelling_dirty")
    conn.execute("ALTER TABLE quote_variants DROP COLUMN first_seen")
    conn.execute("ALTER TABLE quote_variants DROP COLUMN first_quote")
    conn.execute("PRAGMA user_version = 19")
    assert schema.migrate(conn) == 19
    conn.close()
    with Library(path) as library:
        assert library.quote_groups(limit=1000) == expected
        assert expected == old_read(library, monkeypatch)


def steps_to_sum_up(path, n: int) -> int:
    """The SQLite steps that sum up a group carried by ``n`` articles."""
    with Store(path) as store:
        store_understood(
            store,
            [
                made(f"/{i}.txt", f"2026-02-{i % 28 + 1:02d}", [(SPEAKERS[i % 4], STATEMENTS[0])])
                for i in range(n)
            ],
        )
        steps = []
        store.conn.set_progress_handler(lambda: steps.append(1), 10)
        (group,) = grouped_quotes._summaries(store.conn, [(1, 1)], None)
        store.conn.set_progress_handler(None, 0)
        assert group.articles == n
        return len(steps)


def test_a_group_is_summed_up_without_reading_its_quotations(tmp_path):
    """A group carried by 400 articles is read in about as many steps as one
    carried by 4: the read does not visit its quotations."""
    few, many = steps_to_sum_up(tmp_path / "a.db", 4), steps_to_sum_up(tmp_path / "b.db", 400)
    assert many < few * 1.5


def steps_to_list(path, n: int) -> int:
    """The SQLite steps of the first page of groups of a library where ``n``
    articles, each of another day, quote two statements."""
    with Store(path) as store:
        store_understood(
            store,
            [
                made(
                    f"/{i}.txt",
                    f"2{i // 336:03d}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                    [("Edda Quist", STATEMENTS[i % 2])],
                )
                for i in range(n)
            ],
        )
        steps = []
        store.conn.set_progress_handler(lambda: steps.append(1), 10)
        groups = grouped_quotes.grouped(store.conn, limit=200)
        store.conn.set_progress_handler(None, 0)
        assert sorted(g.articles for g in groups) == [n // 2, n // 2]
        return len(steps)


def test_the_listing_is_not_read_on_once_every_group_is_found(tmp_path):
    few, many = steps_to_list(tmp_path / "a.db", 1000), steps_to_list(tmp_path / "b.db", 4000)
    assert many < few * 1.5


FIRST = ["Aino", "Bram", "Cleo", "Dario", "Elin", "Femke", "Gorm", "Hedda", "Ilse", "Jonas"]
LAST = ["Varga", "Wendt", "Ystad", "Zorn", "Aaltonen", "Berg", "Carlsen", "Dahl"]


def crowd(n: int) -> list[str]:
    """``n`` made-up people, each once."""
    middle = [""] + [f"{c}. " for c in "BCDEFGHKMNPRST"]
    return [f"{FIRST[i % 10]} {middle[i // 80]}{LAST[i // 10 % 8]}" for i in range(min(n, 80 * 15))]


def test_a_crowd_of_speakers_votes_as_before_and_counts_the_others(tmp_path, monkeypatch):
    """More speakers than are read: the vote, the disagreement and the few
    shown are the old vote's, ties at the cut included, through hiding."""
    people = crowd(25)
    corpus = [
        (f"/{i}.txt", "2026-03-01", [(name, STATEMENTS[2])], "Coast Times")
        for i, name in enumerate(
            people + people[:3] + people[:1] + [p.upper() for p in people[5:7]]
        )
    ]
    path = tmp_path / "r.db"
    with Store(path) as store:
        store_understood(store, [made(*a) for a in corpus])
    with Library(path) as library:
        (group,) = library.quote_groups()
        assert group.other_speakers > 0 and len(group.speakers) == grouped_quotes.SHOWN_SPEAKERS
        assert group.as_json()["other_speakers"] == group.other_speakers
        assert [group] == old_read(library, monkeypatch)
        others = f"and {group.other_speakers} others"
        assert group_lines(group)[-1].endswith(others)
        assert group_label(group).plain.endswith(others)
        for fmt in ("md", "csv"):
            assert others in export.render(export.GROUPS, [group.as_json()], fmt)
        library.hide_entity(library.entity_ids_named(people[0])[0])
        assert library.quote_groups() == old_read(library, monkeypatch)
        library.delete_articles([1, 2])
        assert library.quote_groups() == old_read(library, monkeypatch)


def steps_to_vote(path, n: int) -> int:
    """The SQLite steps that sum up a group said by ``n`` speakers."""
    with Store(path) as store:
        store_understood(
            store,
            [
                made(f"/{i}.txt", "2026-02-01", [(name, STATEMENTS[0])])
                for i, name in enumerate(crowd(n))
            ],
        )
        steps = []
        store.conn.set_progress_handler(lambda: steps.append(1), 10)
        (group,) = grouped_quotes._summaries(store.conn, [(1, 1)], None)
        store.conn.set_progress_handler(None, 0)
        assert group.disagreement and len(group.speakers) + group.other_speakers == n
        return len(steps)


def test_a_group_s_vote_is_read_without_reading_every_speaker(tmp_path):
    few, many = steps_to_vote(tmp_path / "a.db", 12), steps_to_vote(tmp_path / "b.db", 400)
    assert many < few * 1.5


def steps_to_delete(path, n: int, kept: int) -> int:
    """The SQLite steps that delete all but the last ``kept`` of ``n``
    articles quoting one statement on one day, oldest first (as the trash
    deletes a source's articles imported in date order), and settle."""
    with Store(path) as store:
        store_understood(
            store,
            [made(f"/{i}.txt", "2026-02-01", [(SPEAKERS[i % 4], STATEMENTS[0])]) for i in range(n)],
        )
        steps = []
        store.conn.set_progress_handler(lambda: steps.append(1), 10)
        with store.transaction() as conn:
            conn.execute(
                "DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(range(1, n - kept + 1))),),
            )
            quote_groups.settle(conn)
            store.conn.set_progress_handler(None, 0)
            assert_summaries_fresh(conn)
        return len(steps)


def test_deleting_the_articles_of_one_statement_costs_a_step_or_so_each(tmp_path):
    """Each article deleted is the wording's first seen and holds its first
    quotation: where it was first seen is worked out once, not once per
    article (4 times the articles, about 4 times the steps, not 16)."""
    few = steps_to_delete(tmp_path / "a.db", 150, 1)
    many = steps_to_delete(tmp_path / "b.db", 600, 1)
    assert many < few * 4 * 1.5


def steps_to_delete_spellings(path, n: int) -> int:
    """The SQLite steps that delete the first ``n`` of ``n + 1`` articles
    quoting one statement, each a name no entity is known by, in pairs of
    spellings (the capitals first, so each shown spelling goes before the
    other), and settle."""
    people = crowd(n // 2 + 1)
    said = [people[i // 2].upper() if i % 2 == 0 else people[i // 2] for i in range(n + 1)]
    with Store(path) as store:
        unresolved = []
        for i, name in enumerate(said):
            record, _, quotes = made(f"/{i}.txt", "2026-02-01", [(name, STATEMENTS[0])])
            unresolved.append((record, [], [q._replace(speaker_key=None) for q in quotes]))
        store_understood(store, unresolved)
        steps = []
        store.conn.set_progress_handler(lambda: steps.append(1), 10)
        with store.transaction() as conn:
            conn.execute(
                "DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(range(1, n + 1))),),
            )
            quote_groups.settle(conn)
            store.conn.set_progress_handler(None, 0)
            assert_summaries_fresh(conn)
        return len(steps)


def test_deleting_the_spellings_of_unresolved_speakers_costs_a_step_or_so_each(tmp_path):
    """A speaker's shown spelling that goes is spelt again once per group,
    not by reading every unresolved speaker of the group for each."""
    few = steps_to_delete_spellings(tmp_path / "a.db", 150)
    many = steps_to_delete_spellings(tmp_path / "b.db", 600)
    assert many < few * 4 * 1.5


def steps_to_spell_one_again(path, n: int) -> int:
    """The SQLite steps that delete the shown spelling of one unresolved
    speaker of a small group, beside another group quoted by ``n``
    unresolved speakers, and settle."""
    people = crowd(n + 1)
    said = [(people[0].upper(), STATEMENTS[0]), (people[0], STATEMENTS[0])]
    said += [(name, STATEMENTS[1]) for name in people[1:]]
    with Store(path) as store:
        unresolved = []
        for i, quoted in enumerate(said):
            record, _, quotes = made(f"/{i}.txt", "2026-02-01", [quoted])
            unresolved.append((record, [], [q._replace(speaker_key=None) for q in quotes]))
        store_understood(store, unresolved)
        steps = []
        store.conn.set_progress_handler(lambda: steps.append(1), 10)
        with store.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE id = 1")
            quote_groups.settle(conn)
            store.conn.set_progress_handler(None, 0)
            assert_summaries_fresh(conn)
        return len(steps)


def test_spelling_one_speaker_again_reads_only_its_group(tmp_path):
    """The speakers of the marked group are read, not every speaker of
    every wording: a larger group beside it costs no more steps."""
    few = steps_to_spell_one_again(tmp_path / "a.db", 150)
    many = steps_to_spell_one_again(tmp_path / "b.db", 600)
    assert many < few * 1.5


def steps_to_settle(path, n: int) -> int:
    """The SQLite steps that settle a group carried by ``n`` articles, one
    of which, the last, quotes a wording no other article has."""
    changed = STATEMENTS[0].replace("every hour", "every day")
    said = [[(SPEAKERS[i % 4], STATEMENTS[0])] for i in range(n)] + [[("Lior Amsel", changed)]]
    with Store(path) as store:
        store_understood(
            store, [made(f"/{i}.txt", "2026-02-01", quoted) for i, quoted in enumerate(said)]
        )
        (group,) = grouped_quotes.grouped(store.conn, limit=10)
        assert group.articles == n + 1
        with store.transaction() as conn:
            conn.execute("DELETE FROM articles WHERE id = ?", (n + 1,))
            steps = []
            conn.set_progress_handler(lambda: steps.append(1), 10)
            quote_groups.settle(conn)
            conn.set_progress_handler(None, 0)
            assert_summaries_fresh(conn)
        (group,) = grouped_quotes.grouped(store.conn, limit=10)
        assert group.articles == n
        return len(steps)


def test_a_group_that_lost_a_wording_but_did_not_split_is_not_counted_again(tmp_path):
    """The triggers kept its articles' count: settling it does not read
    the group's quotations again."""
    few, many = steps_to_settle(tmp_path / "a.db", 20), steps_to_settle(tmp_path / "b.db", 400)
    assert many < few * 1.5
