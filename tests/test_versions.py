"""Versions of one story (issue 20 item 2): copies and syndicated articles
grouped, through the real CLI and the real store. All text is made up
(tests/versions_texts.py)."""

from __future__ import annotations

import json

from db.store import Store
from db.versions import THRESHOLD, held, similarity, stored, versions
from reader.extract.sketch import shingles, sketch
from reader.extract.structure import parse_structure
from reader.library import Library
from tests.conftest import import_paths, write
from tests.test_cli import imported, run
from tests.versions_texts import (
    copy_with_a_paragraph,
    follow_up,
    paragraphs,
    same_quotes,
    story,
    versions_of,
)


def _files(folder, seed: int = 1) -> dict[str, str]:
    """A story's four versions, a different story, and two reports of one
    press conference, written to ``folder``; name -> path."""
    texts = {f"v_{name}.txt": text for name, text in versions_of(seed).items()}
    texts["other.txt"] = story("Another story altogether", paragraphs(seed + 500))
    texts["conference_a.txt"], texts["conference_b.txt"] = same_quotes(seed)
    return {name: str(write(folder, name, text)) for name, text in texts.items()}


def _groups(db) -> dict[str, frozenset[str]]:
    """Each article's group, as the names of the files in it."""
    rows = json.loads(run("list", "--all-versions", "--json", db=db).stdout)
    by_group: dict[int, set[str]] = {}
    for row in rows:
        by_group.setdefault(row["group"], set()).add(row["path"].rsplit("/", 1)[-1])
    return {row["path"].rsplit("/", 1)[-1]: frozenset(by_group[row["group"]]) for row in rows}


VERSIONS = frozenset({"v_original.txt", "v_added.txt", "v_moved.txt", "v_changed.txt"})


def test_versions_are_grouped_and_other_reports_stay_apart(tmp_path):
    paths = _files(tmp_path / "in")
    db = tmp_path / "r.db"
    assert run("import", str(tmp_path / "in"), db=db).returncode == 0
    groups = _groups(db)
    for name in VERSIONS:
        assert groups[name] == VERSIONS
    assert groups["other.txt"] == {"other.txt"}
    # Two outlets' own reports of one press conference share its quotations
    # only: they stay apart.
    assert groups["conference_a.txt"] == {"conference_a.txt"}
    assert groups["conference_b.txt"] == {"conference_b.txt"}
    assert len(paths) == 7


def test_shared_quotations_alone_do_not_make_versions():
    """Two reports made mostly of one conference's quotations: over their
    whole text they would pass for versions; outside quotations their
    sketches agree on next to nothing."""
    a, b = same_quotes(7)
    whole_a, whole_b = (shingles([t.casefold().split()]) for t in (a, b))
    assert len(whole_a & whole_b) / len(whole_a | whole_b) > THRESHOLD
    sa, sb = (sketch(t, list(parse_structure(t).paragraphs)) for t in (a, b))
    assert similarity(sa.slots, sb.slots) < 0.1


def _stored(text: str) -> bytes:
    found = sketch(text, list(parse_structure(text).paragraphs))
    return stored(found.slots, found.whole, found.whole_shingles)


def test_a_copy_with_a_new_headline_and_a_paragraph_added_is_a_version(tmp_path):
    original, copy = copy_with_a_paragraph(5)
    a, b = _stored(original), _stored(copy)
    of_larger, of_smaller = held(a, b)
    assert of_smaller > 0.9 and of_larger > 0.8
    assert versions(a, b)
    folder = tmp_path / "in"
    write(folder, "original.txt", original)
    write(folder, "copy.txt", copy)
    db = tmp_path / "r.db"
    assert run("import", str(folder), db=db).returncode == 0
    assert _groups(db)["copy.txt"] == {"original.txt", "copy.txt"}


def test_a_follow_up_on_pasted_background_is_another_story(tmp_path):
    """A new lead and three new paragraphs of a new speaker's statements
    over two background paragraphs pasted from the first story: outside
    quotations the two pass for versions, but the first holds little of
    the follow-up's whole text."""
    first, later = follow_up(5)
    a, b = _stored(first), _stored(later)
    assert similarity(a[:64], b[:64]) >= THRESHOLD
    of_larger, _ = held(a, b)
    assert of_larger < 0.5
    assert not versions(a, b)
    folder = tmp_path / "in"
    write(folder, "first.txt", first)
    write(folder, "later.txt", later)
    db = tmp_path / "r.db"
    assert run("import", str(folder), db=db).returncode == 0
    groups = _groups(db)
    assert groups["first.txt"] == {"first.txt"}
    assert groups["later.txt"] == {"later.txt"}


def test_a_sketch_stored_before_the_whole_body_was_sketched_is_judged_outside_quotations():
    """A library sketched before the whole-body test: its 64-byte sketches
    are still compared (outside quotations only) until a reindex."""
    first, later = follow_up(5)
    a, b = _stored(first), _stored(later)
    assert held(a[:64], b) is None
    assert versions(a[:64], b[:64])


def test_grouping_does_not_depend_on_import_order(tmp_path):
    paths = _files(tmp_path / "in", seed=3)
    names = sorted(paths)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    for name in names:
        assert run("import", paths[name], "--no-wait", db=one).returncode == 0
    for name in reversed(names):
        assert run("import", paths[name], "--no-wait", db=two).returncode == 0
    run("import", "--wait", db=one)
    run("import", "--wait", db=two)
    assert _groups(one) == _groups(two)
    assert _groups(one)["v_moved.txt"] == VERSIONS


def test_list_folds_a_group_and_search_shows_it_once(tmp_path):
    _files(tmp_path / "in")
    db = tmp_path / "r.db"
    run("import", str(tmp_path / "in"), db=db)
    every = json.loads(run("list", "--all-versions", "--json", db=db).stdout)
    folded = json.loads(run("list", "--json", db=db).stdout)
    assert len(every) == 7 and len(folded) == 4
    first = min(r["id"] for r in every if r["path"].rsplit("/", 1)[-1] in VERSIONS)
    story_row = next(r for r in folded if r["group"] == first)
    assert story_row["id"] == first and story_row["versions"] == 4
    alone = [r for r in folded if r["group"] != first]
    assert all(r["group"] == r["id"] and r["versions"] == 1 for r in alone)
    text = run("list", db=db).stdout
    assert "(4 versions)" in text
    # Every version holds the story's words: the search lists it once.
    word = versions_of(1)["original"].split("\n")[2].split()[0]
    hits = json.loads(run("search", word, "--json", "--limit", "50", db=db).stdout)
    groups = [h["group"] for h in hits]
    assert groups.count(first) == 1
    hit = next(h for h in hits if h["group"] == first)
    assert hit["versions"] == 4
    # Asked for, every version is listed, each under the group.
    every_hit = json.loads(
        run("search", word, "--all-versions", "--json", "--limit", "50", db=db).stdout
    )
    assert [h["group"] for h in every_hit].count(first) == 4
    assert all(h["group"] == h["id"] for h in hits if h["group"] != first)


def test_versions_command_lists_the_group_and_split_sticks(tmp_path):
    _files(tmp_path / "in")
    db = tmp_path / "r.db"
    run("import", str(tmp_path / "in"), db=db)
    every = json.loads(run("list", "--all-versions", "--json", db=db).stdout)
    ids = sorted(r["id"] for r in every if r["path"].rsplit("/", 1)[-1] in VERSIONS)
    listed = json.loads(run("versions", str(ids[2]), "--json", db=db).stdout)
    assert [r["id"] for r in listed] == ids
    assert {r["group"] for r in listed} == {ids[0]} and {r["versions"] for r in listed} == {4}
    text = run("versions", str(ids[2]), db=db).stdout
    assert f"group {ids[0]}: 4 versions" in text

    # The first-imported article leaves: the group takes the next one's id.
    done = run("versions", "split", str(ids[0]), db=db)
    assert done.returncode == 0 and "taken out of its group" in done.stdout
    alone = json.loads(run("versions", str(ids[0]), "--json", db=db).stdout)
    assert [(r["id"], r["group"], r["versions"]) for r in alone] == [(ids[0], ids[0], 1)]
    rest = json.loads(run("versions", str(ids[3]), "--json", db=db).stdout)
    assert [r["id"] for r in rest] == ids[1:] and rest[0]["group"] == ids[1]

    # It sticks: a reindex works every sketch out again, and a new copy of
    # the story joins the others, not the article split off.
    assert run("reindex", db=db).returncode == 0
    write(tmp_path / "more", "copy.txt", versions_of(1)["original"] + "\nOne more line.\n")
    run("import", str(tmp_path / "more"), db=db)
    assert [r["id"] for r in json.loads(run("versions", str(ids[0]), "--json", db=db).stdout)] == [
        ids[0]
    ]
    rest = json.loads(run("versions", str(ids[1]), "--json", db=db).stdout)
    assert len(rest) == 4 and ids[0] not in [r["id"] for r in rest]


def test_exact_duplicates_keep_todays_behaviour(tmp_path):
    text = versions_of(2)["original"]
    write(tmp_path / "in", "a.txt", text)
    write(tmp_path / "in", "b.txt", text)
    db = tmp_path / "r.db"
    done = run("import", str(tmp_path / "in"), "--json", db=db)
    statuses = sorted(json.loads(line)["status"] for line in done.stdout.splitlines()[:2])
    assert statuses == ["added", "duplicate"]
    rows = json.loads(run("list", "--all-versions", "--json", db=db).stdout)
    assert len(rows) == 1 and rows[0]["group"] == rows[0]["id"] and rows[0]["versions"] == 1


def test_versions_errors_are_one_line(tmp_path):
    _files(tmp_path / "in")
    db = tmp_path / "r.db"
    run("import", str(tmp_path / "in"), db=db)
    for args, says in (
        (["versions", "abc"], "'abc' is not an article id"),
        (["versions", "split"], "'no id' is not an article id"),
        (["versions", "9999"], "no article with id 9999"),
        (["versions", "split", "9999"], "no article with id 9999"),
    ):
        done = run(*args, db=db)
        assert done.returncode == 2
        assert says in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_deleted_article_leaves_its_group(tmp_path):
    _files(tmp_path / "in")
    db = tmp_path / "r.db"
    with Library(db) as library:
        import_paths(library, tmp_path / "in")
        grouped = next(r for r in library.articles() if r.versions > 1)
        ids = [r.id for r in library.versions(grouped.id)]
    assert len(ids) == 4
    with Store(db) as store, store.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (ids[0],))
    with Library(db) as library:
        rest = library.versions(ids[1])
        assert [r.id for r in rest] == ids[1:] and {r.group for r in rest} == {ids[1]}
    # A group of two that loses one is no group.
    with Store(db) as store, store.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id IN (?, ?)", (ids[1], ids[3]))
    with Library(db) as library:
        alone = library.versions(ids[2])
        assert [(r.id, r.group, r.versions) for r in alone] == [(ids[2], ids[2], 1)]


def test_stats_says_stories_and_articles_when_versions_are_one_story(tmp_path):
    texts = versions_of(5)
    db = imported(tmp_path, {f"{name}.txt": texts[name] for name in ("original", "added")})
    done = run("stats", db=db)
    assert done.stdout.startswith("1 story (2 articles),"), done.stdout
    data = json.loads(run("stats", "--json", db=db).stdout)
    assert (data["stories"], data["articles"]) == (1, 2)
