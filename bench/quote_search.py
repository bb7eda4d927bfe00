"""How fast quotations are found at a million quotes (issue 18 item 1).

``python -m bench.quote_search [--quotes 1000000] [--db PATH]`` stores a
seeded library of made-up articles, twenty quotations each, straight through
the store (``db.store``: both phases' writes, no extraction, so that the
quote count is exactly what is asked), then times, each run on the library
as a user meets it:

- the ``Q`` browser's word filter: ``Library.quotes(text=..., limit=LIMIT)`` (what it shows)
  as five quotations' words are typed one character at a time, asked as
  ``reader.ui.screens.quotes`` asks (the word being typed a prefix from
  its third letter), the speaker filter empty;
- a ``quote:"..."`` search: ``Library.search`` for three words of a stored
  quotation, and for one common word, first page (50);
- ``reader quotes --text`` as the CLI asks it (limit 50, and the bounded
  count of "showing 50 of N");

and the browser opened with no filter (the newest it shows).
Latencies are p50 and p95 (nearest rank), the first (cold) run included.
``--db PATH`` keeps the library there and reuses it when it holds as many
quotes (building a million takes several minutes on two cores).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from bench.made import store_both_phases
from bench.run import RUNS, ms, percentiles
from db.records import ArticleRecord, MentionRecord, QuoteRecord
from db.store import Store
from reader.library import Library
from reader.ui.screens.quotes import LIMIT, typed_words

SEED = 18
# Many quotations an article (news has a few): a million quotes then takes
# 50,000 articles, which two shared cores store in minutes, not an hour.
PER_ARTICLE = 20
BATCH = 2000
TARGET_MS = 50
SPEAKERS = 2000
_SYLLABLES = [c + v for c in "bdgklmnprstw" for v in "aeiou"]


def vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    """Made-up words of two to four syllables, each once, in the order of
    their frequency to come (shuffled, so that common words share no prefix)."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered


def _article(number: int, rng: random.Random, words: list[str], cumulative: list[float]):
    parts = [f"Laporan nomor {number}\n\n"]
    at = len(parts[0])
    quotes, mentions = [], []
    for _ in range(PER_ARTICLE):
        said = " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 20)))
        said = said.capitalize() + "."
        speaker = f"Pembicara {rng.randrange(SPEAKERS)}"
        quotes.append(QuoteRecord(at + 1, at + 1 + len(said), speaker, speaker.lower(), "kata"))
        named = at + 1 + len(said) + len("”, kata ")
        mentions.append(MentionRecord(speaker.lower(), "PER", speaker, named, named + len(speaker)))
        parts.append(f"“{said}”, kata {speaker}.\n\n")
        at += len(parts[-1])
    text = "".join(parts)
    record = ArticleRecord(
        path=f"/bench/quotes/{number}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Laporan nomor {number}",
        lang="id",
        date=f"20{10 + number % 15}-{1 + number % 12:02}-{1 + number % 28:02}",
        paragraphs=[(text.index("\n\n") + 2, len(text))],
    )
    return record, mentions, quotes


def build(path: Path, quotes: int) -> float:
    """Store ``quotes`` quotations (``PER_ARTICLE`` an article); seconds taken."""
    rng = random.Random(SEED)
    words = vocabulary(rng)
    cumulative = list(accumulate(1 / (rank + 1) for rank in range(len(words))))  # Zipf
    started = time.perf_counter()
    articles = quotes // PER_ARTICLE
    with Store(path) as store:
        for first in range(0, articles, BATCH):
            made = [
                _article(n, rng, words, cumulative)
                for n in range(first, min(first + BATCH, articles))
            ]
            store_both_phases(store, made)
            print(
                f"\rstored {min(first + BATCH, articles) * PER_ARTICLE:,} quotes",
                end="",
                file=sys.stderr,
            )
        store.compact()
    print(file=sys.stderr)
    return time.perf_counter() - started


def _phrases(library: Library, rng: random.Random, count: int) -> list[str]:
    """Three running words from each of ``count`` stored quotations, oldest to newest."""
    (top,) = library.store.conn.execute("SELECT max(id) FROM quotes").fetchone()
    picked = []
    for quote_id in sorted(rng.sample(range(1, top + 1), count)):
        (text,) = library.store.conn.execute(
            "SELECT substr(reader_text(a.text_z), q.start + 1, q.end - q.start)"
            " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ?",
            (quote_id,),
        ).fetchone()
        words = text.rstrip(".").split()
        at = rng.randrange(max(1, len(words) - 2))
        picked.append(" ".join(words[at : at + 3]).lower())
    return picked


def measure(path: Path) -> list[dict]:
    rng = random.Random(SEED + 1)
    figures = []
    with Library(path) as library:
        (count,) = library.store.conn.execute("SELECT count(*) FROM quotes").fetchone()
        phrases = _phrases(library, rng, 15)
        # As the browser asks since issue 20: one statement once.
        stats, _ = _timed_each(lambda _: library.quote_groups(limit=LIMIT, variants=0), [None])
        figures.append(_figure(f"Q opened, no filter (newest {LIMIT})", stats))
        samples = []
        for phrase in phrases[:5]:
            for end in range(1, len(phrase) + 1):
                words = typed_words(phrase[:end])
                start = time.perf_counter()
                library.quote_groups(text=words, limit=LIMIT, variants=0)
                samples.append(time.perf_counter() - start)
        figures.append(
            _figure(f"Q word filter per keystroke ({count:,} quotes)", percentiles(samples))
        )
        for name, queries in (
            ('quote:"three words" search, first page', [f'quote:"{p}"' for p in phrases[5:]]),
            ("quote:common-word search, first page", ["quote:" + phrases[0].split()[0]]),
        ):
            stats, _ = _timed_each(lambda q: library.search(q, limit=50), queries)
            figures.append(_figure(name, stats))
        stats, _ = _timed_each(
            lambda p: (library.quotes(text=p, limit=50), library.count_quotes(text=p)), phrases[5:]
        )
        figures.append(_figure("reader quotes --text (50, and the bounded count)", stats))
    return figures


def _timed_each(call, arguments: list) -> tuple[dict, None]:
    """``call`` on each argument in turn until ``RUNS`` runs are done."""
    samples = []
    for run in range(RUNS):
        start = time.perf_counter()
        call(arguments[run % len(arguments)])
        samples.append(time.perf_counter() - start)
    return percentiles(samples), None


def _figure(name: str, stats: dict) -> dict:
    return {
        "name": name,
        "value": ms(stats),
        "target": f"p95 ≤ {TARGET_MS} ms at 1M quotes",
        "met": stats["p95_ms"] <= TARGET_MS,
        **stats,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.quote_search", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="keep the library here and reuse it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "quotes.db"
        built = None
        have = 0
        if path.exists():
            with Library(path) as library:
                (have,) = library.store.conn.execute("SELECT count(*) FROM quotes").fetchone()
        if have != args.quotes - args.quotes % PER_ARTICLE:
            for old in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                old.unlink(missing_ok=True)
            built = build(path, args.quotes)
        figures = measure(path)
        size_mb = path.stat().st_size / 1024 / 1024
    if args.json:
        print(json.dumps({"figures": figures, "built_s": built, "db_mb": size_mb}, indent=2))
        return 0
    if built is not None:
        print(f"stored {args.quotes:,} quotes in {built:.0f} s; database {size_mb:,.0f} MB")
    for f in figures:
        met = "yes" if f["met"] else "NO"
        print(f"{f['name']:<55} {f['value']:<28} {f['target']}  met: {met}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
