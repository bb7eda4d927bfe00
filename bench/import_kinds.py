"""An import's first phase by kind of file, in one run: plain text files,
saved web pages and a dataset (issue 19: "the benchmark reports page and
dataset import rates beside plain text").

The same made-up articles (``bench.synth``'s) are written three ways: as
``.txt`` files, as ``.html`` pages (each article inside a made-up news
site's page: navigation, a byline, a list of most-read links, share links
and a footer, which the page extractor must leave out) and as the rows of
one CSV file (id, title, date, text, url). Each kind is imported into a
scratch library of its own by ``Library.run_import`` (phase 1: every
article stored and searchable, as ``reader import --no-wait``): its rate
in articles a second of wall time, and its CPU time an article summed over
every process (the main one and its workers), which holds however busy
the machine is. The worker processes' server is started first, and the
kinds are imported twice, in one order and then the other, so that no
kind pays for going first. ``bench.run`` prints these figures beside its
own; alone:

    python -m bench.import_kinds --articles 1000
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.run import Figure, MemorySampler
from bench.synth import Generator

KINDS = ("plain text", "web pages", "dataset (CSV)")
SITE = "Kanal247"
_NAV = " ".join(
    f'<a href="/{section.lower()}">{section}</a>'
    for section in ("News", "Business", "Sport", "Culture", "Subscribe", "Log in")
)


def _parts(article: str) -> tuple[str, str, list[str]]:
    """A synth article's title, date and paragraphs (its first two lines
    are the title and the date)."""
    title, date, rest = article.split("\n\n", 2)
    return title, date, [p for p in rest.split("\n\n") if p.strip()]


def page(index: int, title: str, date: str, paragraphs: list[str]) -> str:
    """A saved news page around an article: what a browser saves, with the
    site's furniture around the story."""
    escape = html.escape
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    most_read = "".join(
        f'<li><a href="/news/{index + n}">Most read story number {n} of the day</a></li>'
        for n in range(1, 6)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {SITE}</title>
<meta property="og:site_name" content="{SITE}">
<meta property="article:published_time" content="{date}T08:00:00+07:00">
<link rel="canonical" href="https://kanal247.example/news/{index}">
</head><body>
<header><div class="logo">{SITE}</div><nav>{_NAV}</nav></header>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">By Staff Reporter · <time datetime="{date}">{date}</time></p>
{body}
<div class="share">Share on Facebook · Share on X · Copy link</div>
</article>
<aside><h2>Most read</h2><ul>{most_read}</ul></aside></main>
<footer><p>© {SITE}. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact</a></footer>
</body></html>
"""


def write_kinds(root: Path, articles: int) -> dict[str, tuple[Path, int]]:
    """The same ``articles`` written as text files, pages and CSV rows under
    ``root``: each kind's path to import and its bytes."""
    generator = Generator(articles)
    texts, pages = root / "texts", root / "pages"
    texts.mkdir()
    pages.mkdir()
    data = root / "articles.csv"
    sizes = Counter()
    with open(data, "w", encoding="utf-8", newline="") as handle:
        rows = csv.writer(handle)
        rows.writerow(["id", "title", "date", "text", "url"])
        for index in range(articles):
            article = generator.article()
            title, date, paragraphs = _parts(article)
            sizes["plain text"] += (texts / f"{index:06d}.txt").write_text(
                article, encoding="utf-8"
            )
            sizes["web pages"] += (pages / f"{index:06d}.html").write_text(
                page(index, title, date, paragraphs), encoding="utf-8"
            )
            url = f"https://kanal247.example/news/{index}"
            rows.writerow([index, title, date, "\n\n".join(paragraphs), url])
    sizes["dataset (CSV)"] = data.stat().st_size
    paths = {"plain text": texts, "web pages": pages, "dataset (CSV)": data}
    return {kind: (paths[kind], sizes[kind]) for kind in KINDS}


def import_once(path: Path, db_path: Path) -> tuple[float, float, Counter]:
    """Phase 1 of importing ``path`` into a new library: wall seconds, CPU
    seconds of every process, and the outcomes."""
    from reader.library import Library

    with Library(db_path) as library:
        planned = library.plan_import([str(path)])
        sampler = MemorySampler()
        sampler.start()
        started = time.perf_counter()
        outcomes = Counter(result.status.value for result in library.run_import(planned))
        seconds = time.perf_counter() - started
        sampler.stop()
    return seconds, sampler.cpu_s, outcomes


def measure(work: Path, articles: int) -> dict[str, dict]:
    """Each kind's phase 1, the same articles, in one run (see the module)."""
    from reader.workers import worker_pool

    with tempfile.TemporaryDirectory(prefix="kinds-", dir=work) as scratch:
        root = Path(scratch)
        written = write_kinds(root, articles)
        with worker_pool(1):
            pass  # the forkserver, with the models loaded, is up for every kind
        seconds, cpu, outcomes = Counter(), Counter(), {kind: Counter() for kind in KINDS}
        for turn, kind in enumerate((*KINDS, *reversed(KINDS))):
            path, _ = written[kind]
            wall, used, done = import_once(path, root / f"{turn}.db")
            seconds[kind] += wall
            cpu[kind] += used
            outcomes[kind] += done
    found = {}
    for kind, (_, size) in written.items():
        stored = outcomes[kind]["added"]
        found[kind] = {
            "articles": 2 * articles,
            "stored": stored,
            "outcomes": dict(outcomes[kind]),
            "seconds": seconds[kind],
            "articles_per_s": stored / seconds[kind],
            "cpu_ms_per_article": cpu[kind] / max(stored, 1) * 1000,
            "mb_per_s": 2 * size / seconds[kind] / (1024 * 1024),
        }
    return found


def figures(found: dict[str, dict]) -> list[Figure]:
    """The rates as ``bench.run`` prints them: each kind beside plain text."""
    plain = found["plain text"]
    return [
        Figure(
            f"import, phase 1 by kind: {kind} (articles/s)",
            f"{f['articles_per_s']:,.0f}/s; CPU {f['cpu_ms_per_article']:.2f} ms an article"
            f" ({f['stored']:,} of {f['articles']:,} stored)",
            baseline=""
            if kind == "plain text"
            else f"{f['articles_per_s'] / plain['articles_per_s']:.2f}× plain text's rate,"
            f" {f['cpu_ms_per_article'] / plain['cpu_ms_per_article']:.2f}× its CPU",
            numbers=f,
        )
        for kind, f in found.items()
    ]


def lines(found: dict[str, dict]) -> list[str]:
    plain = found["plain text"]["articles_per_s"]
    return [
        f"{kind:<14} {f['stored']:>6,} of {f['articles']:,} stored in {f['seconds']:6.1f} s:"
        f" {f['articles_per_s']:7,.0f} articles/s ({f['articles_per_s'] / plain:.2f}× plain text,"
        f" {f['mb_per_s']:.1f} MB/s of files), CPU {f['cpu_ms_per_article']:.2f} ms an article"
        for kind, f in found.items()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_kinds", description=__doc__)
    parser.add_argument(
        "--articles", type=int, default=600, help="articles of each kind (each imported twice)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    found = measure(Path(tempfile.gettempdir()), args.articles)
    print(json.dumps(found, indent=2) if args.json else "\n".join(lines(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
