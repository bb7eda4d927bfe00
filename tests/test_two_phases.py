"""An import in two phases (issue 21): every article is searchable once
stored; its names, quotes and speakers follow from a queue in the database
that any process can work through, and that survives a crash or a kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import db.writer
from db import identity
from db.records import ArticleRecord, MentionRecord
from db.store import Store
from db.understanding import GONE_AFTER_S, LEASE_S, Claim
from reader.extract.names import entity_key
from reader.library import Library
from reader.understanding import (
    ONE_WORKER_BELOW,
    WRITER_CACHE_MIB,
    Understander,
    known_names,
    language_groups,
    shared_analysers,
    understand_queued,
    workers_for,
)
from tests.conftest import REPO, store_understood, write
from tests.test_cli import run

GIVEN = ["Budi", "Sinta", "Rahmat", "Dewi", "Agus", "Putri", "Joko", "Wulan"]
FAMILY = ["Santoso", "Hartono", "Wibowo", "Lestari", "Saputra", "Kurniawan"]
# Each article names Jakarta, Tanjung Priok and its official twice.
MENTIONS = 4


def _article(n: int) -> str:
    name = f"{GIVEN[n % len(GIVEN)]} {FAMILY[n % len(FAMILY)]}"
    return (
        f"Pelabuhan baru nomor {n} dibuka\n\n"
        f"Jakarta - Kepala dinas {name} meresmikan dermaga baru di Tanjung Priok pada Senin.\n\n"
        f'"Dermaga ini akan memangkas antrean kapal hingga separuhnya," kata {name}.\n\n'
        "Menurut dia, pembangunan dimulai dua tahun lalu dengan dana daerah.\n"
    )


def _folder(tmp_path, count: int):
    folder = tmp_path / "articles"
    for n in range(count):
        write(folder, f"{n:03}.txt", _article(n))
    return folder


def _mixed_folder(tmp_path):
    """70 Indonesian articles and 5 German ones: two language groups, one
    large enough for every core and one for a single worker."""
    folder = _folder(tmp_path, 70)
    for n in range(5):
        write(
            folder,
            f"de{n}.txt",
            f"Neuer Hafen Nummer {n}\n\nBerlin - Die Ministerin Anna Schmidt eröffnete am"
            " Montag den neuen Hafen in Hamburg. Die Arbeiten dauerten zwei Jahre.\n",
        )
    return folder


def _understanding(db_path) -> tuple[int, int, int]:
    """Articles still queued, mentions and quotes, read as another process would."""
    with sqlite3.connect(db_path) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("understanding_queue", "mentions", "quotes")
        )


def test_the_first_phase_makes_articles_searchable_and_queues_them(library, tmp_path):
    folder = _folder(tmp_path, 3)
    results = list(library.run_import(library.plan_import([str(folder)])))
    assert library.pending() == 3
    assert len(library.search("dermaga")) == 3
    detail = library.article(results[0].article_id)
    assert not detail.understood and detail.mentions == [] and detail.quotes == []
    assert library.partial_line() == "partial: 3 articles not yet understood"
    assert library.partial_line('entity:"Budi Santoso"') is not None
    assert library.partial_line("dermaga") is None  # words do not depend on names

    progress = list(library.understand())
    assert progress[-1] == (3, 0, 0)
    assert library.pending() == 0 and library.partial_line() is None
    detail = library.article(results[0].article_id)
    assert detail.understood
    assert "Budi Santoso" in {m.name for m in detail.mentions}
    [quote] = detail.quotes
    assert quote.speaker == "Budi Santoso"


def test_a_failed_swap_leaves_the_article_queued_and_the_next_run_finishes(
    library, tmp_path, monkeypatch
):
    folder = _folder(tmp_path, 2)
    list(library.run_import(library.plan_import([str(folder)])))

    def explode(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(db.writer, "_write_understanding", explode)
    with pytest.raises(RuntimeError):
        list(library.understand())
    monkeypatch.undo()
    assert _understanding(library.path) == (2, 0, 0)
    assert len(library.search("dermaga")) == 2
    list(library.understand())
    assert _understanding(library.path) == (0, 2 * MENTIONS, 2)


def test_a_dead_processs_claim_is_taken_over_and_a_stale_result_dropped(db_path, tmp_path):
    folder = _folder(tmp_path, 2)
    with Library(db_path) as library:
        list(library.run_import(library.plan_import([str(folder)])))
    with Store(db_path) as store:
        # A process that claimed both articles and died before its swap.
        gone = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        store.conn.execute(
            "UPDATE understanding_queue SET claimed_by = ?, claimed_at = ?",
            (int(gone), time.time()),
        )
        claim, claimed = store.claim_understanding(10, since=time.time())
        assert len(claimed) == 2
        # One article changed meanwhile and was queued afresh: the result
        # worked out from its old text is dropped, the other is stored.
        store.conn.execute(
            "UPDATE understanding_queue SET claimed_by = NULL WHERE article_id = ?",
            (claimed[0].id,),
        )
        written = store.write_understanding([understand_queued(q) for q in claimed], claim, 0.0)
        assert written == 1
        assert store.pending() == 1
        # A claim nobody holds any more never counts.
        assert store.write_understanding([understand_queued(claimed[0])], Claim(1, 0.0), 0.0) == 0


def test_reindex_keeps_the_old_names_visible_until_the_new_are_swapped_in(library, tmp_path):
    folder = _folder(tmp_path, 2)
    list(library.run_import(library.plan_import([str(folder)])))
    list(library.understand())
    before = _understanding(library.path)
    library.store.queue_everything()
    assert _understanding(library.path) == (2, *before[1:])
    list(library.reindex())
    assert _understanding(library.path) == (0, *before[1:])


def test_a_kill_during_the_second_phase_loses_nothing_and_the_next_run_finishes(tmp_path):
    """``import --no-wait`` leaves the second phase to a process of its own;
    killed half-way, every article stays searchable, and ``import --wait``
    takes over its claims and understands the rest."""
    folder = _folder(tmp_path, 160)
    db_path = tmp_path / "r.db"
    done = run("import", str(folder), "--no-wait", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "in the background" in done.stderr
    deadline = time.monotonic() + 60
    holder = None
    while holder is None and time.monotonic() < deadline:
        with sqlite3.connect(db_path) as conn:
            row = conn.execute(
                "SELECT claimed_by FROM understanding_queue WHERE claimed_by IS NOT NULL"
            ).fetchone()
        holder = row[0] if row else None
        time.sleep(0.01)
    assert holder is not None, "the background process never claimed work"
    os.kill(holder, signal.SIGKILL)
    pending, _, _ = _understanding(db_path)
    assert pending > 0
    found = json.loads(run("search", "dermaga", "--limit", "500", "--json", db=db_path).stdout)
    assert len(found) == 160

    stats = json.loads(run("stats", "--json", db=db_path).stdout)
    assert stats["pending"] == pending
    quotes = run("quotes", db=db_path)
    assert "partial:" in quotes.stderr

    finished = run("import", "--wait", db=db_path)
    assert finished.returncode == 0, finished.stderr
    # The same as an import that was never stopped.
    whole = tmp_path / "whole.db"
    assert run("import", str(folder), db=whole).returncode == 0
    assert _understanding(db_path) == _understanding(whole)
    assert _understanding(db_path)[2] == 160
    assert json.loads(run("stats", "--json", db=db_path).stdout)["pending"] == 0
    assert "partial:" not in run("quotes", db=db_path).stderr


def test_import_waits_for_the_second_phase_by_default(tmp_path):
    folder = _folder(tmp_path, 2)
    db_path = tmp_path / "r.db"
    done = run("import", str(folder), db=db_path)
    assert done.returncode == 0
    assert "understood 2 articles" in done.stderr
    assert _understanding(db_path) == (0, 2 * MENTIONS, 2)
    nothing = run("import", db=db_path)
    assert nothing.returncode != 0 and "name the files or folders" in nothing.stderr
    assert "Traceback" not in nothing.stderr


def test_languages_with_an_analyser_of_their_own_are_understood_apart():
    """A pool of workers per group holds one analyser at a time."""
    groups = language_groups(["id", "ja", "en", "zh-cn", "ko", "de", "zh-tw", "und"])
    assert groups == [["en", "id", "und"], ["de"], ["ja"], ["ko"], ["zh-cn", "zh-tw"]]
    assert language_groups([]) == []


def test_a_small_group_with_an_analyser_of_its_own_gets_one_worker():
    """A second worker would load the analyser again for a few hundred
    articles; a large group, and the languages without one, use every core."""
    assert workers_for(["de"], 10) == 1
    assert workers_for(["zh-cn", "zh-tw"], ONE_WORKER_BELOW - 1) == 1
    assert workers_for(["ja"], ONE_WORKER_BELOW) is None
    assert workers_for(["en", "id", "und"], 10) is None


def test_only_a_large_analyser_on_several_workers_is_shared(monkeypatch):
    """Chinese's jieba costs each process 139 MB: a group's workers on every
    core share one copy; one worker alone, or another language, loads its own."""
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert shared_analysers(["zh-cn", "zh-tw"], None) == ("zh-cn", "zh-tw")
    assert shared_analysers(["zh-cn"], 1) == ()
    assert shared_analysers(["ja"], None) == ()
    assert shared_analysers(["en", "id", "und"], None) == ()
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert shared_analysers(["zh-cn"], None) == ()


def test_each_language_group_is_understood_by_the_workers_it_was_given(
    library, tmp_path, monkeypatch
):
    """The pools the second phase starts: every core for the Indonesian
    articles, one worker for the few German ones; all are understood."""
    import reader.workers

    pools: list[int | None] = []
    real_pool = reader.workers.worker_pool

    def recording_pool(max_workers=None, **options):
        pools.append(max_workers)
        return real_pool(max_workers, **options)

    monkeypatch.setattr(reader.workers, "worker_pool", recording_pool)
    folder = _mixed_folder(tmp_path)
    list(library.run_import(library.plan_import([str(folder)])))
    assert library.pending() == 75
    pools.clear()  # the first phase's
    list(library.understand())
    assert library.pending() == 0
    assert sorted(pools, key=str) == [1, None]


def test_another_reader_never_sees_less_while_reindex_runs(tmp_path):
    """Issue 22's stable views: each article's names and quotes are swapped,
    never emptied first, so a process polling during ``reindex`` sees the
    articles, entities, quotes and search hits it saw before, or more."""
    folder = _folder(tmp_path, 80)
    db_path = tmp_path / "r.db"
    assert run("import", str(folder), db=db_path).returncode == 0

    def seen(library: Library) -> tuple[int, int, int, int]:
        return (
            library.count_articles(),
            len(library.all_entities()),
            len(library.quotes(limit=1000)),
            library.count_matches("dermaga"),
        )

    with Library(db_path, read_only=True) as watcher:
        before = seen(watcher)
        reindex = subprocess.Popen(
            [sys.executable, "-m", "reader", "--db", str(db_path), "reindex"],
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        looks = []
        while reindex.poll() is None:
            looks.append(seen(watcher))
        assert reindex.returncode == 0, reindex.stderr.read()
        looks.append(seen(watcher))
    assert len(looks) > 1
    fewer = [look for look in looks if any(n < m for n, m in zip(look, before, strict=True))]
    assert not fewer, (before, fewer[:3])
    assert looks[-1] == before


def test_an_article_extraction_fails_on_is_stored_without_names_and_said(
    library, tmp_path, monkeypatch
):
    """One text nobody foresaw must not hold up the queue for every other."""
    import reader.extract.pipeline

    folder = _folder(tmp_path, 3)
    write(folder, "poison.txt", "Racun\n\nTeks yang membuat ekstraksi gagal, kata Budi Santoso.\n")
    list(library.run_import(library.plan_import([str(folder)])))
    understand = reader.extract.pipeline.understand

    def failing(text, *args):
        if "Racun" in text:
            raise ValueError("a bug meets this text")
        return understand(text, *args)

    monkeypatch.setattr(reader.extract.pipeline, "understand", failing)
    last = list(library.understand())[-1]
    assert (last.done, last.left, last.failed) == (4, 0, 1)
    assert _understanding(library.path) == (0, 3 * MENTIONS, 3)
    assert len(library.search("ekstraksi")) == 1


def test_a_claim_nobody_is_at_work_on_is_taken_over_though_its_id_lives(db_path, tmp_path):
    """A process id reused by another program: the claim's lease runs out."""
    with Library(db_path) as library:
        list(library.run_import(library.plan_import([str(_folder(tmp_path, 2))])))
        alive = os.getppid()  # a live process that is not this one
        library.store.conn.execute(
            "UPDATE understanding_queue SET claimed_by = ?, claimed_at = 1.0, seen_at = ?",
            (alive, time.time() - 5),
        )
        _, claimed = library.store.claim_understanding(10, since=time.time())
        assert claimed == []  # at work five seconds ago: still its
        library.store.conn.execute(
            "UPDATE understanding_queue SET seen_at = ?", (time.time() - LEASE_S - 1,)
        )
        _, claimed = library.store.claim_understanding(10, since=time.time())
        assert len(claimed) == 2


def test_waiting_on_a_library_that_does_not_exist_is_refused(tmp_path):
    done = run("import", "--wait", db=tmp_path / "typo.db")
    assert done.returncode == 2 and "no database here yet" in done.stderr
    assert not (tmp_path / "typo.db").exists()


def test_a_run_learns_the_names_another_process_stored_meanwhile(db_path):
    """Two runs at once must not each make an entity of one person's two
    spellings: before each batch, a run learns the entities made since."""
    with Store(db_path) as store:
        assert known_names(store).resolve("lee sooman", "PER") is None
        text = "Story\n\nLee Soo-man spoke.\n"
        record = ArticleRecord(path="/x/a.txt", text=text, encoding="utf-8",
                               content_hash="a", title="Story")  # fmt: skip
        store_understood(
            store, [(record, [MentionRecord("lee soo man", "PER", "Lee Soo-man", 7, 18)], [])]
        )
        assert known_names(store).resolve("lee sooman", "PER") == "lee soo man"


def _stored(store: Store, name: str, key: str, path: str) -> int:
    """Store a made-up article naming one person; the entity's id."""
    text = f"Story\n\n{name} spoke.\n"
    record = ArticleRecord(path=path, text=text, encoding="utf-8",
                           content_hash=path, title="Story")  # fmt: skip
    store_understood(store, [(record, [MentionRecord(key, "PER", name, 7, 7 + len(name))], [])])
    return store.conn.execute(
        "SELECT entity_id FROM entity_aliases WHERE key = ?", (key,)
    ).fetchone()[0]


def test_a_run_learns_a_spelling_a_user_gave_an_entity_it_knew(db_path):
    """An alias added to an entity the index already read (an older id)
    is learnt before the next batch, as a fresh index would."""
    with Library(db_path) as library:
        entity = _stored(library.store, "Tarsono", "tarsono", "/x/a.txt")
        assert known_names(library.store).resolve("bagus wirasenna", "PER") is None
        library.alias_entity(entity, "Bagus Wirasena")
        assert known_names(library.store).resolve("bagus wirasenna", "PER") == "bagus wirasena"


def test_a_run_learns_the_names_of_an_entity_another_process_folded_away(db_path):
    """Another process made an entity and folded it into an older one
    between two batches: its names now belong to an id the index had
    passed, and are learnt all the same."""
    with Store(db_path) as store, Store(db_path) as other:
        older = _stored(store, "Tarsono", "tarsono", "/x/a.txt")
        known_names(store)
        newer = _stored(other, "Dewi Kusumaputri", "dewi kusumaputri", "/x/b.txt")
        with other.transaction() as conn:
            identity._fold(conn, older, newer)  # as another process's pass does
        assert known_names(store).resolve("dewi kusumaputrii", "PER") == "dewi kusumaputri"


def test_a_key_another_process_stored_is_found_and_one_it_removed_is_not(db_path):
    """Keys are looked up in the library as each group asks: a spelling
    another process stored after the run began is found, and one it then
    deleted (as ``_retype_aliases`` does, which moves no stamp) is not."""
    with Store(db_path) as store, Store(db_path) as other:
        _stored(store, "Tarsono", "tarsono", "/x/a.txt")
        assert known_names(store).resolve("dewi kusumaputrii", "PER") is None
        _stored(other, "Dewi Kusumaputri", "dewi kusumaputri", "/x/b.txt")
        assert known_names(store).resolve("dewi kusumaputrii", "PER") == "dewi kusumaputri"
        assert known_names(store).resolve("dewikusumaputri", "PER") == "dewi kusumaputri"
        with other.transaction() as conn:
            conn.execute("DELETE FROM entity_aliases WHERE key = 'dewi kusumaputri'")
        assert known_names(store).resolve("dewi kusumaputrii", "PER") is None
        assert known_names(store).resolve("dewikusumaputri", "PER") is None


def test_stored_persons_are_found_by_a_longer_form_and_in_the_other_script(db_path):
    """A person's longer name, and a Korean name in the other script with
    the surname first or last, find the one stored person by key."""
    with Store(db_path) as store:
        _stored(store, "Sri Wahyuningsih", "sri wahyuningsih", "/x/a.txt")
        hangul = entity_key("박지훈")
        _stored(store, "박지훈", hangul, "/x/b.txt")
        _stored(store, "Minseok Kang", "minseok kang", "/x/c.txt")
        index = known_names(store)
        assert index.resolve("sri wahyuningsih putri", "PER") == "sri wahyuningsih"
        assert index.resolve("park ji hoon", "PER") == hangul
        assert index.resolve("jihoon park", "PER") == hangul
        assert index.resolve(entity_key("강민석"), "PER") == "minseok kang"
        assert index.resolve(entity_key("강민수"), "PER") is None


def test_a_run_writes_with_a_wider_page_cache_and_gives_it_back(library, tmp_path):
    """The writer's look-ups over a large library miss SQLite's default
    2 MiB cache; a run widens it while it writes, and a TUI's connection
    is left with its own size after."""
    list(library.run_import(library.plan_import([str(_folder(tmp_path, 3))])))
    conn = library.store.conn
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    during = []

    def understand_all(items):
        during.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        return map(understand_queued, items)

    list(Understander(library.store, understand_all).run())
    assert library.pending() == 0
    assert during == [-WRITER_CACHE_MIB * 1024]
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == before != during[0]


def test_a_claim_at_work_is_never_taken_though_its_process_seems_gone(db_path, tmp_path):
    """A process in another container sharing the folder seems gone from
    here, yet says it is at work: its claims stay its own."""
    with Library(db_path) as library:
        list(library.run_import(library.plan_import([str(_folder(tmp_path, 2))])))
        gone = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
        ).stdout.strip()
        library.store.conn.execute(
            "UPDATE understanding_queue SET claimed_by = ?, claimed_at = 1.0, seen_at = ?",
            (int(gone), time.time() - 2),
        )
        assert library.store.claim_understanding(10, since=time.time())[1] == []
        library.store.conn.execute(
            "UPDATE understanding_queue SET seen_at = ?", (time.time() - GONE_AFTER_S - 1,)
        )
        assert len(library.store.claim_understanding(10, since=time.time())[1]) == 2


def test_the_background_process_is_ours_whatever_folder_it_starts_in(tmp_path):
    """Started from a folder that holds a package named ``db`` (a user's own
    project), the second phase in the background still runs this reader's
    code, as the ``reader`` command that started it did."""
    folder = _folder(tmp_path, 3)
    own = tmp_path / "project"
    (own / "db").mkdir(parents=True)
    (own / "db" / "__init__.py").write_text("")
    db_path = tmp_path / "r.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("READER_DB", None)
    # -P: the installed `reader` command does not put the current folder first either.
    command = [sys.executable, "-P", "-m", "reader", "--db", str(db_path), "import"]
    started = subprocess.run(
        [*command, str(folder), "--no-wait"],
        cwd=own,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    deadline = time.monotonic() + 90
    while _understanding(db_path)[0] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _understanding(db_path)[0] == 0, "the background process understood nothing"


def test_a_key_another_process_stores_during_a_group_is_seen_as_documented(db_path):
    """``_StoredKeys``: within a group, a key another process stores is
    found at once by the look-ups the group has not cached (a longer
    name), not by the exact look-up of a spelling the group already asked
    for; the next group finds it by either."""
    with Store(db_path) as store, Store(db_path) as other:
        _stored(store, "Tarsono", "tarsono", "/x/a.txt")
        index = known_names(store)
        assert index.resolve("dewikusumaputri", "PER") is None
        _stored(other, "Dewi Kusumaputri", "dewi kusumaputri", "/x/b.txt")
        assert index.library.spelt("dewikusumaputri") == []
        assert index.resolve("dewi kusumaputri ayu", "PER") == "dewi kusumaputri"
        assert known_names(store).resolve("dewikusumaputri", "PER") == "dewi kusumaputri"


def test_a_group_that_joined_a_variant_to_a_stored_person_finds_them_in_hangul(db_path):
    """The group stores nothing yet: its variant joins the stored Latin
    spelling, and the Hangul name then finds that one person (the stored
    key and the variant joined to it counted as two, and no link)."""
    with Store(db_path) as store:
        _stored(store, "Park Jihoon", "park jihoon", "/x/a.txt")
        index = known_names(store)
        assert index.resolve("park ji hoon", "PER") == "park jihoon"
        index.add("park ji hoon", "PER", "park jihoon")
        assert index.resolve(entity_key("박지훈"), "PER") == "park jihoon"
