"""Deleting with a trash: out of every index, back whole, and gone for good
from the file when the trash is emptied."""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path

from db.packing import pack
from db.records import ArticleRecord, MentionRecord, QuoteRecord
from reader.library import Library
from tests.conftest import import_paths, store_understood, write
from tests.test_cli import run

# Made-up text; the sentence and the words in it are in no other article.
DOOMED = (
    "Quillfeather Ferry Returns\n\n"
    "Captain Orla Benthwick said “the quillfeather ferry sails at dawn again” to the crowd.\n\n"
    "The zephyrine harbour wall was painted blue overnight by volunteers.\n"
)
KEPT = (
    "Market Opens Early\n\n"
    "Mayor Tobin Greaves said “the market opens early on Fridays” at the square.\n"
)
SECRET_SENTENCE = "The zephyrine harbour wall was painted blue overnight by volunteers."


def _record(path: str, text: str, title: str) -> ArticleRecord:
    return ArticleRecord(
        path=path,
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        lang="en",
        paragraphs=[(len(title) + 2, len(text) - 1)],
    )


def _person(text: str, name: str) -> MentionRecord:
    start = text.index(name)
    return MentionRecord(name.lower(), "PER", name, start, start + len(name))


def _quote(text: str, words: str, speaker: str) -> QuoteRecord:
    start = text.index(words)
    return QuoteRecord(start, start + len(words), speaker, speaker.lower(), "said")


def _stock(library: Library) -> tuple[int, int]:
    doomed, kept = store_understood(
        library.store,
        [
            (
                _record("/made/up/doomed.txt", DOOMED, "Quillfeather Ferry Returns"),
                [_person(DOOMED, "Orla Benthwick")],
                [_quote(DOOMED, "the quillfeather ferry sails at dawn again", "Orla Benthwick")],
            ),
            (
                _record("/made/up/kept.txt", KEPT, "Market Opens Early"),
                [_person(KEPT, "Tobin Greaves")],
                [_quote(KEPT, "the market opens early on Fridays", "Tobin Greaves")],
            ),
        ],
    )
    return doomed, kept


def _everywhere(library: Library, article_id: int, orla_id: int) -> dict[str, bool]:
    """Where the doomed article (or its person and quote) can be found."""
    return {
        "search": any(h.id == article_id for h in library.search("quillfeather")),
        "list": any(r.id == article_id for r in library.articles()),
        "count": library.count_articles() == 2,
        "stats": library.stats()["articles"] == 2 and library.stats()["quotes"] == 2,
        "tag list": any(t.name == "boats" for t in library.all_tags()),
        "tag filter": library.count_matches("tag:boats") > 0,
        "entity": any(hit.id == orla_id for hit in library.find_entities("Orla").hits),
        "entity list": any(hit.id == orla_id for hit, _ in library.all_entities()),
        "entity filter": library.count_matches('entity:"Orla Benthwick"') > 0,
        "quotes": any(q.article_id == article_id for q in library.quotes()),
        "quote search": bool(library.quotes(text="quillfeather dawn")),
        "speaker": bool(library.quotes(speakers=[orla_id])),
        "highlights": any(h.article_id == article_id for h in library.all_highlights()),
    }


def test_a_deleted_article_is_in_no_index_and_comes_back_whole(library):
    doomed, kept = _stock(library)
    library.add_tag(doomed, "boats")
    start = DOOMED.index("Captain")
    highlight = library.add_highlight(doomed, start, start + 20, "check the name")
    library.set_read(doomed, True)
    library.set_starred(doomed, True)
    orla = library.find_entities("Orla Benthwick").hits[0].id
    library.rename_entity(orla, "Captain Orla Benthwick")
    before = library.article(doomed)
    assert all(_everywhere(library, doomed, orla).values()), _everywhere(library, doomed, orla)

    assert library.delete_articles([doomed]) == 1

    found = _everywhere(library, doomed, orla)
    assert not any(found.values()), found
    assert [t.id for t in library.trash()] == [doomed]
    assert library.article(kept).row.title == "Market Opens Early"
    assert library.check().healthy, library.check().problems

    assert library.restore_from_trash([doomed]) == 1

    assert all(_everywhere(library, doomed, orla).values()), _everywhere(library, doomed, orla)
    after = library.article(doomed)
    assert after.row == before.row
    assert after.text == before.text and after.paragraphs == before.paragraphs
    assert after.tags == before.tags
    assert [(h.id, h.note) for h in after.highlights] == [(highlight, "check the name")]
    assert after.mentions == before.mentions
    assert [(q.start, q.end, q.entity_id) for q in after.quotes] == [
        (q.start, q.end, q.entity_id) for q in before.quotes
    ]
    assert after.understood
    assert library.entity_names([orla]) == {orla: "Captain Orla Benthwick"}
    assert library.trash() == []
    assert library.check().healthy, library.check().problems


def test_an_id_in_the_trash_is_never_given_to_a_new_article(library, tmp_path):
    _, kept = _stock(library)
    library.delete_articles([kept])  # the newest id
    write(tmp_path, "new.txt", "Another Story\n\nSomething else entirely happened today.\n")
    (result,) = import_paths(library, tmp_path / "new.txt")
    assert result.article_id > kept
    library.restore_from_trash([kept])
    assert library.article(kept).row.title == "Market Opens Early"


def test_restoring_an_article_whose_entity_went_works_its_names_out_again(library):
    doomed, _ = _stock(library)
    library.delete_articles([doomed])
    assert library.store.drop_unused_entities() >= 1  # Orla Benthwick, mentioned nowhere now
    library.restore_from_trash([doomed])
    assert not library.article_understood(doomed)
    assert library.article(doomed).row.title == "Quillfeather Ferry Returns"


def test_trash_restore_works_out_names_again_before_it_ends(tmp_path):
    db = tmp_path / "r.db"
    write(tmp_path, "ferry.txt", DOOMED)
    run("import", str(tmp_path / "ferry.txt"), db=db)
    run("delete", "1", "--yes", db=db)
    with Library(db) as library:
        assert library.store.drop_unused_entities() >= 1
    restored = run("trash", "restore", "1", db=db)
    assert "working out the names and quotes of 1 article" in restored.stderr
    assert json.loads(run("stats", "--json", db=db).stdout)["pending"] == 0
    shown = json.loads(run("show", "1", "--json", db=db).stdout)
    assert any("Benthwick" in m["text"] for m in shown["entities"]), shown["entities"]


def _file_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def test_emptying_the_trash_leaves_no_trace_of_the_text_in_the_file(db_path):
    with Library(db_path) as library:
        doomed, _ = _stock(library)
        start = DOOMED.index(SECRET_SENTENCE)
        library.add_highlight(doomed, start, start + len(SECRET_SENTENCE), "zephyrine note")
    # What would betray the text: the highlight's words as written, the
    # compressed text as stored, and a word of it as the index keeps it.
    traces = [SECRET_SENTENCE.encode(), pack(DOOMED), b"zephyrine", b"quillfeather"]
    before = _file_bytes(db_path)
    assert all(trace in before for trace in traces), "the test would prove nothing"
    with Library(db_path) as library:
        library.delete_articles([doomed])
        assert all(trace in _file_bytes(db_path) for trace in traces[:2])  # in the trash
        emptied, log_emptied = library.empty_trash()
        assert (emptied, log_emptied) == (1, True)
        assert library.count_articles() == 1
        assert library.search("market")
        assert library.check().healthy, library.check().problems
    after = _file_bytes(db_path)
    for trace in traces:
        assert trace not in after, trace[:40]
    assert zlib.compress(DOOMED.encode(), 6) not in after


def test_reimporting_a_deleted_file_skips_it_until_restored(tmp_path):
    db = tmp_path / "r.db"
    folder = tmp_path / "news"
    write(folder, "ferry.txt", DOOMED)
    write(folder, "market.txt", KEPT)
    assert run("import", str(folder), db=db).returncode == 0
    listed = json.loads(run("list", "--json", db=db).stdout)
    ferry = next(a["id"] for a in listed if a["title"].startswith("Quillfeather"))
    deleted = run("delete", str(ferry), "--yes", "--json", db=db)
    assert json.loads(deleted.stdout) == {"deleted": 1, "ids": [ferry]}

    again = run("import", str(folder), "--json", db=db)
    lines = [json.loads(line) for line in again.stdout.splitlines()]
    statuses = {Path(line["path"]).name: line["status"] for line in lines if "path" in line}
    assert statuses == {"ferry.txt": "deleted", "market.txt": "unchanged"}
    assert lines[-1]["summary"]["deleted"] == 1
    # The same text from another path is skipped too.
    write(tmp_path / "copy", "ferry-copy.txt", DOOMED)
    copy = run("import", str(tmp_path / "copy"), db=db)
    assert "1 deleted" in copy.stderr, copy.stderr
    assert json.loads(run("search", "quillfeather", "--json", db=db).stdout) == []

    back = run("import", "--restore", str(folder / "ferry.txt"), db=db)
    assert back.returncode == 0, back.stderr
    assert "restored 1 article" in back.stderr
    hits = json.loads(run("search", "quillfeather", "--json", db=db).stdout)
    assert [h["id"] for h in hits] == [ferry]
    assert json.loads(run("trash", "--json", db=db).stdout) == []


def test_a_deleted_file_is_read_again_with_restore_after_the_trash_was_emptied(tmp_path):
    db = tmp_path / "r.db"
    write(tmp_path, "ferry.txt", DOOMED)
    run("import", str(tmp_path / "ferry.txt"), db=db)
    run("delete", "--query", "quillfeather", "--yes", db=db)
    assert run("trash", "empty", "--yes", db=db).returncode == 0
    assert "1 deleted" in run("import", str(tmp_path / "ferry.txt"), db=db).stderr
    back = run("import", "--restore", str(tmp_path / "ferry.txt"), db=db)
    assert "1 added" in back.stderr, back.stderr


def test_delete_off_a_terminal_needs_yes_and_states_the_count(tmp_path):
    db = tmp_path / "r.db"
    folder = tmp_path / "news"
    write(folder, "ferry.txt", DOOMED)
    write(folder, "market.txt", KEPT)
    run("import", str(folder), db=db)
    refused = run("delete", "--query", "said", db=db)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "2 articles matching 'said'" in refused.stderr
    assert "--yes" in refused.stderr
    assert len(json.loads(run("list", "--json", db=db).stdout)) == 2
    assert run("delete", "1", db=db).returncode == 2
    unknown = run("delete", "99", "--yes", db=db)
    assert unknown.returncode == 2 and "no article with id 99" in unknown.stderr
    both = run("delete", "1", "--query", "said", "--yes", db=db)
    assert both.returncode == 2 and "one of the two" in both.stderr
    done = run("delete", "--query", "said", "--yes", db=db)
    assert done.returncode == 0 and "deleted 2 articles" in done.stdout
    trash = json.loads(run("trash", "--json", db=db).stdout)
    assert sorted(t["title"] for t in trash) == ["Market Opens Early", "Quillfeather Ferry Returns"]
    assert run("trash", "restore", "77", db=db).returncode == 2
    restored = run("trash", "restore", str(trash[0]["id"]), "--json", db=db)
    assert json.loads(restored.stdout)["restored"] == 1
    assert len(json.loads(run("list", "--json", db=db).stdout)) == 1


def test_query_tags_marks_and_deletes_every_match_at_ten_thousand(tmp_path):
    """10,000 matching articles stored straight through the store (no
    files, no second phase), tagged, marked read and deleted by ``--query``."""
    db = tmp_path / "r.db"
    with Library(db) as library:
        records = [
            _record(
                f"/made/up/{n}.txt",
                f"Notice {n}\n\nThe gravelwort notice number {n}.\n",
                f"Notice {n}",
            )
            for n in range(10_000)
        ]
        records.append(_record("/made/up/other.txt", KEPT, "Market Opens Early"))
        done: list = []
        for at in range(0, len(records), 1000):
            library.store.store_articles(records[at : at + 1000], done)
    tagged = run("tag", "notices", "--query", "gravelwort", "--json", db=db)
    assert json.loads(tagged.stdout) == {"changed": 10_000, "matched": 10_000}, tagged.stderr
    marked = run("mark", "read", "--query", "gravelwort", "--json", db=db)
    assert json.loads(marked.stdout)["changed"] == 10_000
    assert json.loads(run("search", "tag:notices is:unread", "--json", db=db).stdout) == []
    deleted = run("delete", "--query", "gravelwort", "--yes", "--json", db=db)
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(deleted.stdout)["deleted"] == 10_000
    assert json.loads(run("search", "gravelwort", "--json", db=db).stdout) == []
    assert json.loads(run("stats", "--json", db=db).stdout)["articles"] == 1
    assert len(json.loads(run("trash", "--json", db=db).stdout)) == 10_000
    assert json.loads(run("search", "tag:notices", "--json", db=db).stdout) == []


def test_removed_samples_stay_removed(db_path):
    with Library(db_path) as library:
        imported = library.import_samples_if_empty()
        assert len(imported) >= 20
        write(db_path.parent, "mine.txt", KEPT)
        import_paths(library, db_path.parent / "mine.txt")
        assert library.remove_samples() == len(imported)
        assert [r.title for r in library.articles()] == ["Market Opens Early"]
        assert library.trash() == []
        library.delete_articles([library.articles()[0].id])
        library.empty_trash()
        assert library.count_articles() == 0
        # An empty library that removed its samples is not filled with them again...
        assert library.import_samples_if_empty() == []
    from reader.config import sample_articles_dir

    # ...nor does importing their folder bring them back.
    again = run("import", str(sample_articles_dir()), "--json", db=db_path)
    summary = json.loads(again.stdout.splitlines()[-1])["summary"]
    assert summary["added"] == 0 and summary["deleted"] == len(imported)


def _on_a_terminal(db: Path, answer: str, *args: str) -> tuple[str, str]:
    """Run the command with a terminal for stdin and stderr, answering the
    question; what the terminal showed and what stdout got."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    main, side = os.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.Popen(
        [sys.executable, "-m", "reader", "--db", str(db), *args],
        stdin=side,
        stderr=side,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    os.close(side)
    shown = b""
    while b"[y/N]" not in shown:
        shown += os.read(main, 1024)
    os.write(main, answer.encode() + b"\n")
    out, _ = done.communicate(timeout=60)
    os.close(main)
    return shown.decode(), out


def test_on_a_terminal_delete_states_the_count_and_asks(tmp_path):
    db = tmp_path / "r.db"
    folder = tmp_path / "news"
    write(folder, "ferry.txt", DOOMED)
    write(folder, "market.txt", KEPT)
    run("import", str(folder), db=db)
    shown, out = _on_a_terminal(db, "n", "delete", "--query", "said")
    assert "Delete 2 articles matching 'said' (to the trash)? [y/N]" in shown
    assert out == "" and len(json.loads(run("list", "--json", db=db).stdout)) == 2
    shown, out = _on_a_terminal(db, "y", "delete", "--query", "said")
    assert "deleted 2 articles" in out
    assert json.loads(run("list", "--json", db=db).stdout) == []


def test_a_restored_version_is_back_in_its_story_group(library, tmp_path):
    """Three versions of one story; one is deleted and restored: the story
    is three versions again, without a reindex."""
    from tests.versions_texts import versions_of

    texts = versions_of(11)
    for name in ("original", "added", "moved"):
        write(tmp_path / "in", f"{name}.txt", texts[name])
    import_paths(library, tmp_path / "in")
    [first, *others] = sorted(row.id for row in library.articles(limit=10))
    assert len(library.versions(first)) == 3
    library.delete_articles([others[0]])
    assert len(library.versions(first)) == 2
    library.restore_from_trash([others[0]])
    assert library.pending() == 0
    assert sorted(row.id for row in library.versions(first)) == [first, *others]
