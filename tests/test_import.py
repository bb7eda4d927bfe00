"""Import: every file ends as exactly one outcome, and nothing is half-stored."""

from __future__ import annotations

import os

import pytest

import db.writer
from db.store import Store
from reader.importer import Status
from tests.conftest import import_paths, store_understood, write

ARTICLE = (
    "Harbour workers end strike\n\n"
    "Workers at the northern harbour returned on Monday after a week-long strike.\n\n"
    "Union leaders said the agreement raises wages by nine percent.\n"
)


def statuses(results):
    return [r.status for r in results]


def test_added_then_unchanged_where_it_was_and_duplicate_under_another_name(library, tmp_path):
    first = write(tmp_path, "a.txt", ARTICLE)
    copy = write(tmp_path, "b.txt", ARTICLE)
    assert statuses(import_paths(library, first)) == [Status.ADDED]
    again, other = import_paths(library, first, copy)
    assert statuses([again, other]) == [Status.UNCHANGED, Status.DUPLICATE]
    assert library.count_articles() == 1
    [kept] = library.articles()
    # A re-read is the stored article itself; a copy names whose text it repeats.
    assert again.article_id == kept.id and again.note is None
    assert other.note == f"same text as article {kept.id} “{kept.title}” from {first}"


def test_a_copy_in_the_same_import_names_the_article_it_repeats(library, tmp_path):
    """The second file is found a duplicate while its group is stored, not
    before, and is named the same way."""
    first = write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE)
    added, copy = import_paths(library, tmp_path / "a.txt", tmp_path / "b.txt")
    assert copy.status is Status.DUPLICATE and copy.article_id == added.article_id
    assert copy.copy_of.startswith(f"article {added.article_id} “") and str(first) in copy.copy_of


def test_workers_tell_unchanged_duplicate_and_changed_files_of_a_folder_imported_again(
    library, tmp_path
):
    """A folder big enough for worker processes: they read each file and
    look up its text in the library; those stored already come back
    unchanged or as duplicates without being parsed, and a file whose
    metadata changed is stored again."""
    from reader.library import PARALLEL_FROM

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(PARALLEL_FROM + 4):
        write(folder, f"{n:03}.txt", f"Story number {n}\n\nBody of story {n} about the harbour.\n")
    write(folder, "zh.txt", "港口工人结束罢工\n\n北方港口的工人在罢工一周后于周一复工。\n")
    first = import_paths(library, folder)
    assert statuses(first) == [Status.ADDED] * (PARALLEL_FROM + 5)
    # The index the workers worked out is the one the articles' text gives
    # (FTS5 compares it with the content view when asked with rank 1).
    library.store.conn.execute(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
    )
    assert [r.id for r in library.search("罢工")] == [first[-1].article_id]
    write(folder, "copy.txt", "Story number 3\n\nBody of story 3 about the harbour.\n")
    write(folder, "007.json", '{"source": "Harbour Gazette"}')
    again = {r.path: r for r in import_paths(library, folder)}
    assert again[str(folder / "copy.txt")].status is Status.DUPLICATE
    assert again[str(folder / "copy.txt")].article_id == again[str(folder / "003.txt")].article_id
    assert again[str(folder / "007.txt")].status is Status.UPDATED
    unchanged = [r for r in again.values() if r.status is Status.UNCHANGED]
    assert len(unchanged) == PARALLEL_FROM + 4
    assert library.count_articles() == PARALLEL_FROM + 5
    assert (
        library.article(again[str(folder / "007.txt")].article_id).row.source == "Harbour Gazette"
    )


def test_changed_file_updates_its_article_and_keeps_user_data(library, tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    [result] = import_paths(library, path)
    library.add_tag(result.article_id, "labour")
    library.set_starred(result.article_id, True)
    highlight = library.add_highlight(result.article_id, 0, 7)

    write(tmp_path, "a.txt", ARTICLE + "\nA later paragraph about ferries.\n")
    [again] = import_paths(library, path)

    assert again.status is Status.UPDATED
    assert again.article_id == result.article_id
    detail = library.article(result.article_id)
    assert "ferries" in detail.text
    assert ("labour", "user") in detail.tags
    assert detail.row.starred
    assert [h.id for h in detail.highlights] == [highlight]
    assert [h.id for h in library.search("ferries")] == [result.article_id]
    assert library.search("ferries")[0].title == "Harbour workers end strike"


def test_line_endings_are_normalised_and_text_kept(library, tmp_path):
    path = write(tmp_path, "crlf.txt", b"Title line\r\n\r\nBody one.\rBody two.\r\n")
    [result] = import_paths(library, path)
    assert library.article(result.article_id).text == "Title line\n\nBody one.\nBody two.\n"


@pytest.mark.parametrize(
    ("content", "encoding", "expected"),
    [
        ("\ufeffJudul\n\nIsi berita".encode(), "utf-8-sig", "Judul\n\nIsi berita"),
        (
            "Überschrift\n\nText über Häfen".encode("utf-16"),
            "utf-16",
            "Überschrift\n\nText über Häfen",
        ),
        (
            "Price rise\n\nA £5 rise in café prices".encode("cp1252"),
            "cp1252",
            "Price rise\n\nA £5 rise in café prices",
        ),
    ],
)
def test_encodings_are_decoded_and_recorded(library, tmp_path, content, encoding, expected):
    path = write(tmp_path, "enc.txt", content)
    [result] = import_paths(library, path)
    detail = library.article(result.article_id)
    assert (detail.text, detail.encoding) == (expected, encoding)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n  ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"text with a NUL\x00 inside", "binary"),
        (b"\xff\xfe\x00\xd8", "not text"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
)
def test_rejected_classes_give_a_reason_and_the_rest_imports(library, tmp_path, content, reason):
    bad = write(tmp_path, "bad.txt", content)
    good = write(tmp_path, "good.txt", ARTICLE)
    results = import_paths(library, bad, good)
    assert statuses(results) == [Status.REJECTED, Status.ADDED]
    assert reason in results[0].reason
    assert library.count_articles() == 1


def test_unreadable_file_is_rejected(library, tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", ARTICLE)
    real_open = open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    [result] = import_paths(library, path)
    assert result.status is Status.REJECTED
    assert "permission denied" in result.reason


def test_size_cap(library, tmp_path):
    path = write(tmp_path, "big.txt", "word " * 1000)
    planned = library.plan_import([str(path)])
    [result] = library.run_import(planned, max_bytes=1000)
    assert result.status is Status.REJECTED
    assert "limit" in result.reason


def test_directories_recurse_skip_hidden_and_do_not_follow_links(library, tmp_path):
    root = tmp_path / "collection"
    write(root, "one.txt", ARTICLE)
    write(root, "sub/two.md", "Second story\n\nAbout ferries and tides.")
    write(root, ".hidden.txt", "Hidden\n\nShould not be read.")
    write(root, ".cache/three.txt", "Cache\n\nShould not be read either.")
    write(root, "notes.json", '{"not": "an article"}')
    write(root, "README.md", "About this folder")
    os.symlink(root, root / "sub" / "loop")
    results = import_paths(library, root)
    assert sorted(os.path.basename(r.path) for r in results) == ["one.txt", "two.md"]
    assert statuses(results) == [Status.ADDED, Status.ADDED]
    assert library.plan_import([str(root)]).skipped.summary() == (
        "skipped 1 file that is not .txt, .md or web pages (1 .json), 1 hidden file, 1 file named"
        " README, LICENSE or the like and 1 hidden folder (name one to import it anyway)"
    )


def test_skipped_files_are_told_by_kind_in_one_line(library, tmp_path):
    folder = tmp_path / "folder"
    for n, suffix in enumerate([".json", ".json", ".jpg", ".csv", ".pdf", ".png", ".jsonl", ""]):
        write(folder, f"f{n}{suffix}", "{}")
    write(folder, "story.txt", ARTICLE)
    planned = library.plan_import([str(folder / "*")])  # a glob skips the same files
    assert len(planned) == 1
    assert planned.skipped.summary() == (
        "skipped 8 files that are not .txt, .md or web pages"
        " (2 .json, 1 .jpg, 1 .csv, 1 .pdf, 1 .png, …)"
        " (name one to import it anyway)"
    )
    assert library.plan_import([str(folder / "f0.json")]).skipped.summary() is None


def test_glob_and_missing_paths(library, tmp_path):
    write(tmp_path, "x1.txt", ARTICLE)
    write(tmp_path, "x2.txt", "Other\n\nA different story entirely.")
    results = import_paths(
        library, tmp_path / "x*.txt", tmp_path / "nothing*.txt", tmp_path / "gone.txt"
    )
    assert statuses(results) == [Status.ADDED, Status.ADDED, Status.REJECTED, Status.REJECTED]
    assert results[2].reason == "no files match this pattern"
    assert results[3].reason == "no such file or directory"


def test_error_mid_file_leaves_no_trace(db_path, tmp_path, monkeypatch):
    """An error after the article row is written rolls the whole file back."""
    from reader.library import Library

    path = write(tmp_path, "a.txt", ARTICLE)
    with Library(db_path) as library:

        def explode(conn, article_id, tags):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(db.writer, "_write_tags", explode)
        with pytest.raises(RuntimeError):
            import_paths(library, path)
        monkeypatch.undo()

    with Store(db_path) as store:
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
    with Library(db_path) as library:
        assert statuses(import_paths(library, path)) == [Status.ADDED]


def test_title_rules(library, tmp_path):
    ja = write(
        tmp_path,
        "ja.txt",
        "https://news.example.jp/article/1\n2025-06-23T10:00:00+0900\n港で新しいロボット\n本文です。",
    )
    one_line = write(tmp_path, "zh.txt", "这是第一句话。这是第二句话，内容更长一些。")
    results = import_paths(library, ja, one_line)
    assert library.article(results[0].article_id).row.title == "港で新しいロボット"
    assert library.article(results[1].article_id).row.title == "这是第一句话。"


def test_large_import_gives_freed_pages_back(library, tmp_path):
    folder = tmp_path / "many"
    for n in range(70):
        write(folder, f"{n}.txt", f"Story {n}\n\n" + f"Paragraph about harbour number {n}. " * 80)
    assert {r.status for r in import_paths(library, folder)} == {Status.ADDED}
    conn = library.store.conn
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_a_failing_group_is_rolled_back_whole_and_earlier_groups_stay(
    db_path, tmp_path, monkeypatch
):
    """Files are committed a group at a time: an error in one file takes back
    the files of its group (none was reported as stored) and nothing else."""
    from reader.importer import GROUP
    from reader.library import Library

    folder = tmp_path / "many"
    folder.mkdir()
    count = GROUP + 5
    for n in range(count):
        write(folder, f"{n:03d}.txt", f"Story number {n}\n\nBody of story {n}, told once.\n")
    written = db.writer._write_tags
    calls = []

    def explode_late(conn, article_id, tags):
        calls.append(article_id)
        if len(calls) == GROUP + 3:
            raise RuntimeError("disk on fire")
        written(conn, article_id, tags)

    reported = []
    with Library(db_path) as library:
        monkeypatch.setattr(db.writer, "_write_tags", explode_late)
        with pytest.raises(RuntimeError):
            for result in library.run_import(library.plan_import([str(folder)])):
                reported.append(result)
        monkeypatch.undo()

    assert [r.status for r in reported] == [Status.ADDED] * GROUP
    with Store(db_path) as store:
        stored = [row[0] for row in store.conn.execute("SELECT path FROM articles ORDER BY path")]
        assert [os.path.basename(p) for p in stored] == [f"{n:03d}.txt" for n in range(GROUP)]
        assert (
            store.conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == GROUP
        )
    with Library(db_path) as library:
        again = statuses(library.run_import(library.plan_import([str(folder)])))
        assert again.count(Status.UNCHANGED) == GROUP and again.count(Status.ADDED) == 5


def test_one_spelling_is_one_entity_across_articles_whatever_its_type(db_path):
    """The tagger typed ``Purbaya`` a place in one story and a person in the
    next: the store keeps one entity, and a quote by him links to it."""
    import hashlib

    from db.records import ArticleRecord, MentionRecord, QuoteRecord

    def record(n: int, type_: str, quoted: bool = False) -> tuple:
        text = f'Story {n}\n\nPurbaya berbicara di Jakarta. "Kami siap," kata Purbaya.\n'
        start = text.index("Purbaya")
        article = ArticleRecord(
            path=f"/x/{n}.txt",
            text=text,
            encoding="utf-8",
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
            title=f"Story {n}",
        )
        said = QuoteRecord(text.index("Kami"), text.index(',"'), "Purbaya", "purbaya", "kata")
        mentions = [MentionRecord("purbaya", type_, "Purbaya", start, start + 7)]
        return article, mentions, [said] if quoted else []

    with Store(db_path) as store:
        store_understood(store, [record(1, "PER"), record(2, "LOC"), record(3, "ORG", True)])
        entities = store.conn.execute("SELECT id, type FROM entities").fetchall()
        assert len(entities) == 1 and entities[0][1] == "PER"
        (entity_id,) = entities[0][:1]
        assert store.conn.execute(
            "SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?", (entity_id,)
        ).fetchone() == (3,)
        assert store.conn.execute("SELECT speaker_entity_id FROM quotes").fetchall() == [
            (entity_id,)
        ]


def test_reindex_folds_the_per_type_entities_of_an_older_library(db_path):
    """Libraries built before one spelling was one entity hold ``Purbaya`` as
    a person and as a place; the fold keeps the one mentioned most, and
    leaves alone what a user shaped."""
    from db.packing import pack

    with Store(db_path) as store, store.transaction() as conn:
        conn.execute(
            "INSERT INTO articles (id, text_z, encoding, content_hash, title, imported_at,"
            " updated_at) VALUES (1, ?, 'utf-8', 'h', 't', '', '')",
            (pack("Purbaya di Jakarta"),),
        )
        for entity_id, type_, origin, mentions in (
            (1, "LOC", "auto", 1),
            (2, "PER", "auto", 3),
            (3, "ORG", "auto", 0),
            (4, "PER", "user", 1),
            (5, "LOC", "auto", 1),
        ):
            key = "purbaya" if entity_id < 4 else "jakarta"
            conn.execute(
                "INSERT INTO entities (id, name, type) VALUES (?, ?, ?)", (entity_id, key, type_)
            )
            conn.execute(
                "INSERT INTO entity_aliases (key, type, entity_id, name, origin) VALUES (?, ?, ?, ?, ?)",
                (key, type_, entity_id, key.title(), origin),
            )
            for n in range(mentions):
                conn.execute(
                    "INSERT INTO mentions (article_id, start, end, entity_id) VALUES (1, ?, ?, ?)",
                    (entity_id * 10 + n, entity_id * 10 + n + 1, entity_id),
                )
    with Store(db_path) as store:
        assert store.merge_same_spellings() == 2
        conn = store.conn
        assert conn.execute("SELECT id, type FROM entities ORDER BY id").fetchall() == [
            (2, "PER"),
            (4, "PER"),
            (5, "LOC"),
        ]
        assert conn.execute("SELECT count(*) FROM mentions WHERE entity_id = 2").fetchone() == (4,)
        assert store.merge_same_spellings() == 0


def test_a_short_text_with_a_pasted_colour_code_is_still_text(library, tmp_path):
    """Two escape sequences in a short note are text (shown as symbols by
    the reader), not a binary file."""
    text = "Catatan\n\nIni teks \x1b[31mmerah\x1b[0m biasa.\n"
    [result] = import_paths(library, write(tmp_path, "esc.txt", text))
    assert result.status is Status.ADDED
    assert library.article(result.article_id).text == text


def test_stopping_ends_between_groups_and_every_stored_file_is_reported(library, tmp_path):
    """The TUI's Stop: asked before each group, so the files reported are
    exactly the files stored."""
    from reader.importer import GROUP

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(GROUP * 2 + 5):
        write(folder, f"{n:03d}.txt", f"Story {n}\n\nBody of story number {n}.\n")
    reported = []
    for result in library.run_import(
        library.plan_import([str(folder)]), stop=lambda: len(reported) >= 3
    ):
        reported.append(result)
    assert len(reported) == GROUP
    assert library.count_articles() == GROUP


def test_highlights_stay_on_their_words_when_the_file_changes(tmp_path, library):
    path = write(
        tmp_path,
        "a.txt",
        "Banjir di Bandung\n\nAir naik di Gedebage.\n\nWali kota meminta warga waspada.\n",
    )
    [first] = import_paths(library, path)
    text = library.article(first.article_id).text
    start = text.index("Wali kota meminta")
    kept = library.add_highlight(first.article_id, start, start + len("Wali kota meminta"), "inti")
    gone = library.add_highlight(
        first.article_id, text.index("Gedebage"), text.index("Gedebage") + 8
    )

    write(
        tmp_path,
        "a.txt",
        "Banjir di Bandung\n\nHujan turun sejak pagi.\n\nAir naik di Rancasari.\n\n"
        "Wali kota meminta warga waspada.\n",
    )
    [again] = import_paths(library, path)
    assert again.status is Status.UPDATED and again.article_id == first.article_id
    text = library.article(first.article_id).text
    marks = {h.id: h for h in library.all_highlights()}
    assert text[marks[kept].start : marks[kept].end] == "Wali kota meminta"
    assert marks[kept].note == "inti"
    # Its words are gone: kept, but on no text.
    assert (marks[gone].start, marks[gone].end, marks[gone].text) == (0, 0, "Gedebage")


def test_a_place_first_seen_in_capitals_is_shown_as_a_name_is_written(library, tmp_path):
    """A dateline writes its city in capitals (``DAEJEON``): the entity is
    shown as the story writes the name, whether in that story or a later one;
    an acronym keeps its capitals."""
    (tmp_path / "a.txt").write_text(
        "Robot baru\n\nDAEJEON, Kabarkota.id - Warga Daejeon menyambut robot dari KAIST.\n"
    )
    (tmp_path / "b.txt").write_text("Pameran\n\nSUMBERJAYA - Petani kopi menunggu pembeli.\n")
    (tmp_path / "c.txt").write_text("Kopi\n\nHarga kopi di Sumberjaya naik tajam, kata petani.\n")
    for name in ("a.txt", "b.txt", "c.txt"):
        import_paths(library, tmp_path / name)
    names = {row[0] for row in library.store.conn.execute("SELECT name FROM entities")}
    assert {"Daejeon", "Sumberjaya", "KAIST"} <= names
    assert not {"DAEJEON", "SUMBERJAYA"} & names
    aliases = {row[0] for row in library.store.conn.execute("SELECT name FROM entity_aliases")}
    assert not {"DAEJEON", "SUMBERJAYA"} & aliases


def test_capitals_and_the_name_in_one_import_are_one_entity_shown_as_the_name(library, tmp_path):
    """Both files stored in one transaction: the second still respells."""
    (tmp_path / "a.txt").write_text("Pameran\n\nSUMBERJAYA - Petani kopi menunggu pembeli.\n")
    (tmp_path / "b.txt").write_text("Kopi\n\nHarga kopi di Sumberjaya naik tajam, kata petani.\n")
    (tmp_path / "c.txt").write_text("NATO\n\nNATO bertemu. Nato juga bicara.\n")
    import_paths(library, tmp_path)
    names = {row[0] for row in library.store.conn.execute("SELECT name FROM entities")}
    assert "Sumberjaya" in names and "SUMBERJAYA" not in names
    assert "NATO" in names  # capitals of an acronym stay
