"""How long counting what is new takes, for every saved search and followed
entity at once (``Library.whats_new``: ``reader new``, the saved-search
panel, the TUI's "new" view after each import it notices).

``python -m bench.new_counts [--articles 100000] [--keep DB]`` stores a
library of ``bench/synth.py`` articles (the records written directly with
their people, organisations and places as mentions, without extraction, so
that a 100,000-article library is built in minutes), saves 12 searches
(rare and common words, a phrase, ``entity:``, ``lang:``, filters alone)
and follows 12 entities (the most and the least mentioned), marks them seen
with ``--new`` articles still to come, stores those, and times the counts:

- ``new``: ``--new`` articles arrived since the marks (the usual case);
- ``none``: nothing new (right after ``reader new --seen``);
- ``all``: every article is new (marks from before the first article: a
  search saved on an empty library), where the counts stop at
  ``whats_new.NEW_BOUND``.

Each is timed ``--runs`` times on one open Library; the first (cold) run
counts. ``--keep DB`` keeps the library to measure again.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

from bench.made import Made, store_both_phases
from bench.synth import Generator
from db.records import ArticleRecord, MentionRecord
from db.store import Store
from reader.library import Library

RUNS = 10
BATCH = 500
SEARCHES = {
    "rare word": "seismograf",
    "rare words": "aerogel OR ornitopter",
    "common word": "pelabuhan",
    "common words": "harga naik",
    "phrase": '"Kanal247.com"',
    "english": "government lang:en",
    "prefix": "pemerin*",
    "not": "harga -pelabuhan",
    "korean": "lang:ko",
    "date": "date:2024",
}
TYPES = {"p": "PER", "o": "ORG", "l": "LOC"}


class _Recording(Generator):
    """The synthetic generator, remembering which names each article got."""

    def __init__(self, articles: int) -> None:
        super().__init__(articles)
        self.picked: dict[str, list[str]] = {}

    def _names(self, kind: str, names: list[str], k: int) -> list[str]:
        picked = super()._names(kind, names, k)
        self.picked[kind] = picked
        return picked


def _record(generator: _Recording, number: int) -> Made:
    text = generator.article()
    mentions = []
    for kind, names in generator.picked.items():
        for name in dict.fromkeys(names):
            start = text.find(name)
            if start >= 0:
                mentions.append(
                    MentionRecord(name.lower(), TYPES[kind], name, start, start + len(name))
                )
    title = text.partition("\n")[0]
    record = ArticleRecord(
        path=f"/bench/{number}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        lang="id",
        paragraphs=[(len(title) + 2, len(text))],
    )
    return record, mentions, []


def store(db_path: Path, generator: _Recording, first: int, last: int) -> None:
    """Articles ``first`` to ``last`` - 1, both phases, in groups."""
    with Store(db_path) as writer:
        for start in range(first, last, BATCH):
            batch = [_record(generator, n) for n in range(start, min(start + BATCH, last))]
            store_both_phases(writer, batch)


def prepare(db_path: Path, articles: int, new: int) -> None:
    """The library, the searches and follows marked seen, then ``new`` more articles."""
    generator = _Recording(articles)
    store(db_path, generator, 0, articles - new)
    with Library(db_path) as library:
        for name, query in SEARCHES.items():
            library.save_search(name, query)
        ranked = library.all_entities()
        people = [hit for hit, _ in ranked if hit.type == "PER"]
        library.save_search("entity: top person", f'entity:"{people[0].name}"')
        library.save_search("speaker-free entity", f'entity:"{people[-1].name}" lang:id')
        for hit in [h for h, _ in ranked[:6]] + [h for h, _ in ranked[-6:]]:
            library.follow(hit.id)
        library.mark_opened(library.whats_new())
    store(db_path, generator, articles - new, articles)


def _time(library: Library, runs: int) -> tuple[list[float], int]:
    samples = []
    total = 0
    for _ in range(runs):
        started = time.perf_counter()
        total = sum(item.new for item in library.whats_new())
        samples.append((time.perf_counter() - started) * 1000)
    return samples, total


def _line(case: str, samples: list[float], total: int, items: int) -> str:
    ordered = sorted(samples)
    return (
        f"{case:<5} first {samples[0]:7.1f} ms  p50 {ordered[len(ordered) // 2]:7.1f} ms"
        f"  max {ordered[-1]:7.1f} ms  ({items} counted, {total:,} new in all)"
    )


def measure(db_path: Path, runs: int) -> list[str]:
    lines = []
    with Library(db_path) as library:
        items = library.whats_new()
        conn = library.store.conn
        (articles,) = conn.execute("SELECT count(*) FROM articles").fetchone()
        lines.append(f"{articles:,} articles; {len(items)} saved searches and follows")
        # The marks as they are, then as they were, since the same
        # connection holds them: a transaction rolled back each time.
        lines.append(_line("new", *_time(library, runs), len(items)))
        conn.execute("SAVEPOINT bench")
        top = conn.execute(
            "SELECT imported_at, id FROM articles ORDER BY imported_at DESC, id DESC LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE saved_searches SET seen_at = ?, seen_id = ?", top)
        conn.execute("UPDATE follows SET seen_at = ?, seen_id = ?", top)
        lines.append(_line("none", *_time(library, runs), len(items)))
        conn.execute("UPDATE saved_searches SET seen_at = '', seen_id = 0")
        conn.execute("UPDATE follows SET seen_at = '', seen_id = 0")
        lines.append(_line("all", *_time(library, runs), len(items)))
        conn.execute("ROLLBACK TO bench")
        conn.execute("RELEASE bench")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.new_counts")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=1_000, help="articles arriving after the marks")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--keep", type=Path, metavar="DB", help="build (or reuse) the library here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reader-new-counts-") as work:
        db_path = args.keep or Path(work) / "new.db"
        started = time.perf_counter()
        if not db_path.exists():
            prepare(db_path, args.articles, args.new)
            print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        for line in measure(db_path, args.runs):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
