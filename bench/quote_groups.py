"""What grouping quotations costs the second phase (issue 20 item 1,
within issue 21's budget of 4.5 ms of CPU an article for everything).

``python -m bench.quote_groups [--articles 10000 100000] [--json]`` makes a
seeded collection of articles (``bench/synth.py``'s generator) and gives
each three quotations: more than half new statements (a stretch of the
article's own words), a third exact copies of an earlier statement (as
outlets carry one), and one in seven a variant of an earlier one (trimmed
at either end, a word changed, re-punctuated). It stores them straight
through the store, both phases' writes as an import makes them (no
extraction, which costs the same with or without groups), and times the
grouping alone (``db.quote_groups.group_articles``, inside each write
transaction): CPU per quotation and per article, over the whole run and over
its last tenth (the cost once the collection is large), then the ``Q``
browser opened grouped, the words filter grouped, and what the groups'
tables add to the file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from bench.made import store_both_phases
from bench.quote_search import vocabulary
from bench.run import RUNS, percentiles
from bench.synth import Generator
from db import writer
from db.records import ArticleRecord, QuoteRecord
from db.store import Store
from reader.library import Library
from reader.ui.screens.quotes import LIMIT

SEED = 20
PER_ARTICLE = 3
BATCH = 500
BUDGET_MS = 4.5
# A statement copied later comes from the newest this many (news repeats
# what is current).
RECENT = 5000


class Statements:
    """New statements: 8 to 25 made-up words drawn with a Zipf weighting
    (``bench.quote_search``'s vocabulary), so that common words and phrases
    recur across statements as in speech. (A stretch of the synthetic
    articles' own text would not do: they are built from a few hundred
    sentences, so every stretch overlaps hundreds of others.)"""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary(rng)
        self.cumulative = list(accumulate(1 / (rank + 1) for rank in range(len(self.words))))

    def new(self) -> str:
        k = self.rng.randint(8, 25)
        said = " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=k))
        return said.capitalize() + "."


def _variant(rng: random.Random, said: str) -> str:
    words = said.split()
    if len(words) < 8:
        return said[1:] if rng.random() < 0.5 else said[:-1]
    kind = rng.randrange(4)
    if kind == 0:
        return " ".join(words[rng.randint(1, 3) :])
    if kind == 1:
        return " ".join(words[: -rng.randint(1, 3)])
    if kind == 2:
        words[rng.randrange(len(words))] = "perhaps"
        return " ".join(words)
    return said.replace(",", "").replace(".", "!").upper()


def made(
    generator: Generator, statements: Statements, rng: random.Random, number: int, recent: list[str]
):
    body = generator.article()
    quotes, said = [], []
    for _ in range(PER_ARTICLE):
        roll = rng.random()
        if roll < 0.3 and recent:
            words = rng.choice(recent)
        elif roll < 0.45 and recent:
            words = _variant(rng, rng.choice(recent))
        else:
            words = statements.new()
            recent.append(words)
            del recent[:-RECENT]
        said.append(words)
    text = body
    for words in said:
        text += "\n\n“"
        quotes.append(QuoteRecord(len(text), len(text) + len(words), "Someone", None, "said"))
        text += words + "”, said Someone."
    record = ArticleRecord(
        path=f"/bench/groups/{number}.txt",
        text=text,
        encoding="utf-8",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=body.partition("\n")[0],
        lang="und",
        source=f"Outlet {number % 40}",
        date=f"20{10 + number % 15}-{1 + number % 12:02}-{1 + number % 28:02}",
        paragraphs=[(0, len(text))],
    )
    return record, quotes


class Timed:
    """``writer``'s call of the grouping, timed."""

    def __init__(self) -> None:
        self.cpu: list[float] = []  # per batch
        self.articles: list[int] = []
        self.inner = writer.quote_groups.group_articles

    def __call__(self, conn: sqlite3.Connection, article_ids) -> None:
        start = time.process_time()
        self.inner(conn, article_ids)
        self.cpu.append(time.process_time() - start)
        self.articles.append(len(article_ids))


def build(path: Path, articles: int) -> Timed:
    rng = random.Random(SEED)
    generator = Generator(articles, SEED)
    statements = Statements(random.Random(SEED + 1))
    recent: list[str] = []
    timed = Timed()
    writer.quote_groups.group_articles = timed
    try:
        with Store(path) as store:
            for first in range(0, articles, BATCH):
                batch = [
                    made(generator, statements, rng, n, recent)
                    for n in range(first, min(first + BATCH, articles))
                ]
                store_both_phases(store, [(record, [], quotes) for record, quotes in batch])
                print(f"\rstored {first + len(batch):,} articles", end="", file=sys.stderr)
    finally:
        writer.quote_groups.group_articles = timed.inner
    print(file=sys.stderr)
    return timed


def _per(cpu: list[float], articles: list[int]) -> dict:
    n = sum(articles)
    seconds = sum(cpu)
    return {
        "ms_per_article": round(1000 * seconds / n, 3),
        "ms_per_quote": round(1000 * seconds / (n * PER_ARTICLE), 3),
    }


def measure(articles: int, workdir: Path) -> dict:
    path = workdir / f"groups-{articles}.db"
    timed = build(path, articles)
    tenth = max(1, len(timed.cpu) // 10)
    figures = {
        "articles": articles,
        "quotes": articles * PER_ARTICLE,
        "grouping": _per(timed.cpu, timed.articles),
        "grouping_last_tenth": _per(timed.cpu[-tenth:], timed.articles[-tenth:]),
    }
    with Library(path) as library:
        conn = library.store.conn
        figures["groups"] = conn.execute(
            "SELECT count(DISTINCT group_id) FROM quote_variants"
        ).fetchone()[0]
        figures["wordings"] = conn.execute("SELECT count(*) FROM quote_variants").fetchone()[0]
        try:
            size = conn.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name IN"
                " ('quote_variants', 'quote_prints', 'quotes_key', 'quote_variants_group')"
            ).fetchone()[0]
            figures["tables_mb"] = round(size / 1e6, 1)
        except sqlite3.OperationalError:  # SQLite built without dbstat
            pass
        words = statements_sample(path)
        for name, call, each in (
            ("Q_opened_grouped", lambda _: library.quote_groups(limit=LIMIT, variants=0), [None]),
            ("Q_opened_plain", lambda _: library.quotes(limit=LIMIT), [None]),
            (
                "Q_word_filter_grouped",
                lambda w: library.quote_groups(text=w, limit=LIMIT, variants=0),
                words,
            ),
            ("Q_word_filter_plain", lambda w: library.quotes(text=w, limit=LIMIT), words),
        ):
            figures[name] = _timed(call, each)
    return figures


def _timed(call, arguments: list) -> dict:
    """Wall-clock p50 and p95 of ``RUNS`` calls, and their mean CPU time
    (the machine is shared: CPU is what the code costs when others run)."""
    samples, cpu = [], time.process_time()
    for run in range(RUNS):
        start = time.perf_counter()
        call(arguments[run % len(arguments)])
        samples.append(time.perf_counter() - start)
    return {**percentiles(samples), "cpu_ms": 1000 * (time.process_time() - cpu) / RUNS}


def statements_sample(path: Path) -> list[str]:
    """Five words to filter by: the first word of five stored statements."""
    with Store(path) as store:
        rows = store.conn.execute(
            "SELECT substr(reader_text(a.text_z), q.start + 1, q.end - q.start)"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.id % 997 = 1 LIMIT 5"
        ).fetchall()
    return [text.split()[0].lower() for (text,) in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.quote_groups", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        for articles in args.articles:
            results.append(measure(articles, Path(scratch)))
            if not args.json:
                _print(results[-1])
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


def _print(f: dict) -> None:
    g, last = f["grouping"], f["grouping_last_tenth"]
    print(f"{f['articles']:,} articles, {f['quotes']:,} quotations")
    print(
        f"  grouping CPU: {g['ms_per_quote']} ms a quotation, {g['ms_per_article']} ms an article"
        f" (last tenth: {last['ms_per_quote']}, {last['ms_per_article']});"
        f" budget for everything {BUDGET_MS} ms an article"
    )
    print(f"  {f['wordings']:,} wordings in {f['groups']:,} groups", end="")
    print(f"; their tables {f['tables_mb']} MB" if "tables_mb" in f else "")
    for name in (
        "Q_opened_grouped",
        "Q_opened_plain",
        "Q_word_filter_grouped",
        "Q_word_filter_plain",
    ):
        p = f[name]
        print(
            f"  {name.replace('_', ' ')}: p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms,"
            f" CPU {p['cpu_ms']:.1f} ms"
        )


if __name__ == "__main__":
    sys.exit(main())
