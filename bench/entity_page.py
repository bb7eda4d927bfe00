"""How fast the entity page opens for an entity in 10,000 articles.

``python -m bench.entity_page [--articles 10000]`` stores a seeded library
whose one person is named in every article (two or three times, under three
spellings), beside fifteen others a story from a pool of 3,000, with a
quote by them in a third of the articles and a quote about them in a
quarter; then times ``Library.entity_page`` (what ``reader entity show``
and the TUI's page load) for that person, cold first. The records are
stored directly (``db.store``), without extraction, so the entity's size is
exactly what is asked. ``bench.run`` adds the same figure to its table.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

from bench.made import Made, store_both_phases
from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Store
from reader.library import Library

SEED = 15
RUNS = 30
TARGET_MS = 100
NAME = "Budi Hartono"
SPELLINGS = (("Budi Hartono", "budi hartono"), ("Hartono", "hartono"), ("Pak Budi", "pak budi"))
FILLER = (
    "Pemerintah kota menyatakan bahwa proyek pelabuhan akan selesai tahun depan, "
    "sementara warga masih menunggu kepastian soal ganti rugi lahan dan akses jalan. "
)


def _record(number: int, rng: random.Random, pool: list[str]) -> Made:
    parts: list[str] = [f"Berita pelabuhan nomor {number}\n\n"]
    mentions: list[MentionRecord] = []
    quotes: list[QuoteRecord] = []
    at = len(parts[0])

    def put(text: str) -> int:
        nonlocal at
        start = at
        parts.append(text)
        at += len(text)
        return start

    def mention(name: str, key: str, type_: str, joins: str | None = None) -> None:
        start = put(name)
        mentions.append(MentionRecord(key, type_, name, start, start + len(name), joins=joins))
        put(" ")

    for spelling, key in rng.sample(SPELLINGS, rng.randint(2, 3)):
        put(FILLER)
        mention(spelling, key, "PER", None if key == "budi hartono" else "budi hartono")
    for other in rng.sample(pool, 15):
        put(FILLER[: rng.randint(40, 160)])
        mention(other, other.lower(), rng.choice(("PER", "ORG", "LOC")))
    if number % 3 == 0:
        start = put('"Kami akan membangun pelabuhan ini bersama warga," ')
        quotes.append(QuoteRecord(start, start + 50, NAME, "budi hartono", "kata"))
        mention(NAME, "budi hartono", "PER")
    if number % 4 == 0:
        speaker = rng.choice(pool)
        start = put('"Kami mendukung rencana ')
        mention(NAME, "budi hartono", "PER")
        put('untuk pelabuhan," ')
        quotes.append(QuoteRecord(start, at - 1, speaker, speaker.lower(), "ujar"))
        mention(speaker, speaker.lower(), "PER")
    put(FILLER * 8)
    text = "".join(parts)
    record = ArticleRecord(
        path=f"/bench/{number}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Berita pelabuhan nomor {number}",
        lang="id",
        source="Kabarkota.id",
        date=f"20{20 + number % 6}-{1 + number % 12:02d}-{1 + number % 28:02d}",
    )
    return record, mentions, quotes


def build(db_path: Path, articles: int) -> None:
    rng = random.Random(SEED)
    pool = [f"Nama{i:04d} Orang{i % 97:02d}" for i in range(3000)]
    with Store(db_path) as store:
        for first in range(0, articles, 500):
            batch = [_record(n, rng, pool) for n in range(first, min(first + 500, articles))]
            # Both phases of an import, with names and quotes made up here.
            store_both_phases(store, batch)


def measure(db_path: Path, runs: int = RUNS) -> dict:
    """``Library.entity_page`` for the person, ``runs`` times on one open
    Library; the first (cold) run counts."""
    with Library(db_path) as library:
        (entity_id,) = library.store.conn.execute(
            "SELECT entity_id FROM entity_aliases WHERE key = 'budi hartono'"
        ).fetchone()
        samples = []
        page = None
        for _ in range(runs):
            start = time.perf_counter()
            page = library.entity_page(entity_id)
            samples.append(time.perf_counter() - start)
    ordered = sorted(samples)
    return {
        "entity_articles": page.articles,
        "first_ms": samples[0] * 1000,
        "p50_ms": ordered[len(ordered) // 2] * 1000,
        "p95_ms": ordered[max(0, round(0.95 * len(ordered)) - 1)] * 1000,
        "max_ms": ordered[-1] * 1000,
        "runs": runs,
        "variants": len(page.variants),
        "quotes": len(page.quotes),
        "said_about": len(page.said_about),
        "co_mentioned": len(page.co_mentioned),
    }


def run(work: Path, articles: int = 10_000) -> dict:
    db_path = work / "entity-page.db"
    if not db_path.exists():
        build(db_path, articles)
    return measure(db_path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.entity_page")
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reader-entity-page-") as work:
        started = time.perf_counter()
        figures = run(Path(work), args.articles)
        built_s = time.perf_counter() - started
    met = "met" if figures["p95_ms"] <= TARGET_MS else "NOT met"
    print(
        f"entity page, entity in {figures['entity_articles']:,} articles: first"
        f" {figures['first_ms']:.0f} ms, p50 {figures['p50_ms']:.0f} ms, p95"
        f" {figures['p95_ms']:.0f} ms (target ≤ {TARGET_MS} ms: {met}); total run {built_s:.0f} s"
    )
    print(figures, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
