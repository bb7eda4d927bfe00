"""How long the trash takes on a search's every match, and what emptying
it gives back.

``python -m bench.trash [--articles 10000]`` stores a seeded library whose
articles all hold one word, each naming three people (of a pool of 2,000)
and quoting one of them, straight through the store (``db.store``, no
extraction); then times what ``reader delete --query WORD --yes`` does
(every matching id, moved to the trash), restoring them all, deleting them
again, and ``reader trash empty`` (the FTS merge, VACUUM and WAL
truncation), with the file's size before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from pathlib import Path

from bench.made import store_both_phases
from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Store
from reader.library import Library

SEED = 17
GROUP = 500
FILLER = (
    "The council met on Tuesday to discuss the harbour budget, and residents asked "
    "again about the ferry timetable and the repairs to the sea wall. "
)


def _made(
    number: int, rng: random.Random
) -> tuple[ArticleRecord, list[MentionRecord], list[QuoteRecord]]:
    people = rng.sample(range(2000), 3)
    text = f"Harbour notice {number}\n\n"
    mentions = []
    for person in people:
        name = f"Person{person} Surname{person}"
        start = len(text)
        text += f"{name} attended. "
        mentions.append(MentionRecord(name.lower(), "PER", name, start, start + len(name)))
    said = f"“the gullwing budget {number} is enough,” said Person{people[0]}."
    quote_start = len(text)
    text += said + " " + FILLER * rng.randint(2, 6)
    quote = QuoteRecord(
        quote_start, quote_start + said.index(",”") + 2, mentions[0].name, mentions[0].key
    )
    title_end = len(f"Harbour notice {number}")
    record = ArticleRecord(
        path=f"/bench/trash/{number}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=text[:title_end],
        lang="en",
        paragraphs=[(title_end + 2, len(text))],
    )
    return record, mentions, [quote]


def _store(path: Path, count: int) -> None:
    rng = random.Random(SEED)
    with Store(path) as store:
        for at in range(0, count, GROUP):
            store_both_phases(store, [_made(n, rng) for n in range(at, min(at + GROUP, count))])


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reader.db"
        started = time.perf_counter()
        _store(path, args.articles)
        print(f"stored {args.articles:,} articles in {time.perf_counter() - started:.1f} s")
        with Library(path) as library:
            for step in ("delete", "restore", "delete again", "empty"):
                size = _size(path)
                started = time.perf_counter()
                if step.startswith("delete"):
                    ids = library.matching_ids("gullwing")
                    moved = library.delete_articles(ids)
                    what = f"{moved:,} matches of 'gullwing' to the trash"
                elif step == "restore":
                    restored = library.restore_from_trash([t.id for t in library.trash()])
                    what = f"{restored:,} articles back from the trash"
                else:
                    emptied, _ = library.empty_trash()
                    what = f"{emptied:,} articles for good"
                elapsed = time.perf_counter() - started
                print(
                    f"{step:<13} {what}: {elapsed:.1f} s"
                    f" (file {size / 1e6:.1f} -> {_size(path) / 1e6:.1f} MB)"
                )


if __name__ == "__main__":
    main()
