"""The scale benchmark: the project's real code against plain baselines.

``python -m bench.run --articles 10000 [--json] [--keep DIR]`` generates a
seeded collection (bench/synth.py), imports it with ``reader.library``,
times search, the entity finder, opening and scrolling, and the TUI's
first paint, and measures the same texts with raw SQLite FTS5 and
ripgrep (or grep) in the same run. It prints one table of figures, each
beside its target from issue 6 and its baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process, utils
from rich.cells import cell_len

from bench.synth import QUERIES, SEED, ensure_collection, name_pool, read_article
from reader.files import DEFAULT_MAX_BYTES
from reader.importer import (
    GROUP,
    Planned,
    Status,
    batched,
    parse_item,
)
from reader.library import Library
from reader.ui.screens.quotes import LIMIT as QUOTES_LIMIT

RUNS = 30
RAW_BATCH = 1000
MB = 1024 * 1024
# Articles of each kind (text files, web pages, CSV rows; each imported
# twice) that bench.import_kinds imports side by side: about a minute.
KIND_ARTICLES = 600
# What a finished import left in --workdir, for --reuse.
IMPORT_FIGURES = "import-figures.json"


@dataclass
class Figure:
    name: str
    value: str
    target: str = ""
    baseline: str = ""
    met: bool | None = None  # against the target as stated for this N
    numbers: dict = field(default_factory=dict)
    baseline_numbers: dict = field(default_factory=dict)


def percentiles(samples: list[float]) -> dict:
    """p50 and p95 in milliseconds (nearest rank), and the worst."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(0.95 * len(ordered)) - 1))
    return {
        "p50_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[rank] * 1000,
        "max_ms": ordered[-1] * 1000,
        "runs": len(ordered),
    }


def timed(call, runs: int = RUNS) -> tuple[dict, object]:
    """Run ``call`` ``runs`` times (no warm-up: the first, cold run counts)."""
    samples, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        samples.append(time.perf_counter() - start)
    return percentiles(samples), result


def ms(p: dict) -> str:
    return f"p50 {p['p50_ms']:.1f} / p95 {p['p95_ms']:.1f} ms"


# -- memory -----------------------------------------------------------------


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _cpu_ticks(pid: int) -> int:
    """User and system CPU time of a process so far, in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages split between the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


# How often the sampler reads /proc. Every 50 ms, it took a third of the
# importing process's samples at a million articles (py-spy: the thread
# holds the GIL the writer needs, and reading PSS walks the writer's page
# tables), slowing what it measured; a peak of memory (an analyser loaded,
# a batch held) lasts far longer than this.
SAMPLE_S = 0.25


class MemorySampler(threading.Thread):
    """Peak of the summed PSS of this process and all its descendants (the
    import's worker processes and the forkserver), sampled every
    ``SAMPLE_S``. ``ru_maxrss`` alone cannot see the workers: they are the
    forkserver's children, not ours."""

    def __init__(self, cpu_of: int | None = None) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.peak_parts: list[int] = []  # KiB per process at the peak, this one first
        self._cpu_ticks: dict[int, int] = {}  # the last seen, by process
        # Whose CPU time counts: this process and its descendants, or only
        # the process ``cpu_of`` and its descendants (the second phase,
        # started just before: all their time counts), not this one's
        # searching and sampling meanwhile.
        self._cpu_of = cpu_of
        self._start_ticks = (
            {} if cpu_of else {pid: _cpu_ticks(pid) for pid in _descendants(os.getpid())}
        )
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            pids = _descendants(os.getpid())
            parts = [_pss_kb(pid) for pid in pids]
            if sum(parts) > self.peak_kb:
                self.peak_kb, self.peak_parts = sum(parts), parts
            for pid in _descendants(self._cpu_of) if self._cpu_of else pids:
                self._cpu_ticks[pid] = max(self._cpu_ticks.get(pid, 0), _cpu_ticks(pid))
            self._done.wait(SAMPLE_S)

    @property
    def cpu_s(self) -> float:
        """CPU time the sampled processes used while sampled (a worker's
        last ``SAMPLE_S`` before it ended may go uncounted)."""
        ticks = sum(t - self._start_ticks.get(pid, 0) for pid, t in self._cpu_ticks.items())
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak_kb


def maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


# -- the measurements -------------------------------------------------------


def article_files(root: Path) -> list[str]:
    return sorted(str(p) for p in root.glob("*/*.txt"))


# Searched while the second phase runs, in turn.
DURING_QUERIES = ("harga pasar", '"bank sentral"', "yang")
# Words typed into the quote browser's filter, common and rarer, in the
# generator's languages.
QUOTE_WORDS = ("harga", "pasokan", "market", "policy", "economy")


def measure_import(root: Path, db_path: Path, files: int, raw_bytes: int) -> list[Figure]:
    """Import with ``Library.run_import`` (phase 1: worker processes parse,
    one writer stores, every article searchable), then the background run
    the TUI and ``import --no-wait`` start (``reader import --background``:
    phase 2, names and quotes, on every core at a lower priority), while
    this process searches, as a user would meanwhile; wall time of each
    phase, the CPU time of phase 2 in every process of it (not this one's
    searching meanwhile), and the first page of search during it."""
    sampler = MemorySampler()
    sampler.start()
    start = time.perf_counter()
    with Library(db_path) as library:
        planned = library.plan_import([str(root)])
        outcomes = Counter(r.status for r in library.run_import(planned))
        searchable_s = time.perf_counter() - start
        searchable_kb, searchable_parts = sampler.stop(), sampler.peak_parts
        searchable_cpu_s = sampler.cpu_s
        phase2 = subprocess.Popen(
            [sys.executable, "-m", "reader", "--db", str(db_path), "import", "--background"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        sampler = MemorySampler(cpu_of=phase2.pid)
        sampler.start()
        during: list[float] = []
        while phase2.poll() is None:
            began = time.perf_counter()
            library.search(DURING_QUERIES[len(during) % len(DURING_QUERIES)], limit=50)
            during.append(time.perf_counter() - began)
            time.sleep(0.1)
        if phase2.returncode:
            raise SystemExit(f"reader import --wait failed: {phase2.stderr.read()}")
        understood = files - library.pending()
    seconds = time.perf_counter() - start
    understand_s = seconds - searchable_s
    understand_cpu_s = sampler.cpu_s
    peak_kb = sampler.stop()
    stored = outcomes[Status.ADDED] + outcomes[Status.UPDATED] + outcomes[Status.DUPLICATE]
    if stored != files or understood != files:
        raise SystemExit(
            f"import stored {stored} and understood {understood} of {files} files: {dict(outcomes)}"
        )
    rate = files / searchable_s
    # Closing the last connection checkpoints the WAL into the main file.
    db_bytes = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    return [
        Figure(
            "import, phase 1 (searchable): articles/s",
            f"{rate:,.0f}/s ({searchable_s:.1f} s)",
            "≥ 1/4 of raw FTS5",
            numbers={
                "articles_per_s": rate,
                "seconds": searchable_s,
                "outcomes": {k.value: v for k, v in outcomes.items()},
            },
        ),
        Figure(
            "import, phase 1: CPU per article, all processes",
            f"{searchable_cpu_s / files * 1000:.2f} ms",
            "",
            numbers={"cpu_ms": searchable_cpu_s / files * 1000},
        ),
        Figure(
            "import, phase 2 (understood): articles/s",
            f"{files / understand_s:,.0f}/s ({understand_s:.1f} s; all done at {seconds:.1f} s)",
            "≥ 400/s",
            met=files / understand_s >= 400,
            numbers={"articles_per_s": files / understand_s, "seconds": understand_s},
        ),
        Figure(
            "search during phase 2: first page",
            ms(percentiles(during)) if during else "phase 2 too quick to search during",
            "p95 ≤ 100 ms",
            met=bool(during) and percentiles(during)["p95_ms"] <= 100,
            numbers=percentiles(during) if during else {},
        ),
        Figure(
            "import, phase 2: CPU per article, all processes",
            f"{understand_cpu_s / files * 1000:.2f} ms",
            "≤ 4.5 ms",
            met=understand_cpu_s / files * 1000 <= 4.5,
            numbers={"cpu_ms": understand_cpu_s / files * 1000},
        ),
        Figure(
            "import, phase 1: peak memory (main + workers, PSS)",
            f"{searchable_kb / 1024:.0f} MB ({_parts(searchable_parts)})",
            "< 300 MB at any N",
            met=searchable_kb / 1024 < 300,
            numbers={
                "peak_pss_mb": searchable_kb / 1024,
                "per_process_mb": [kb / 1024 for kb in searchable_parts],
            },
        ),
        Figure(
            "import, phase 2: peak memory with the analysers (PSS)",
            f"{peak_kb / 1024:.0f} MB ({_parts(sampler.peak_parts)})",
            "< 600 MB with the analysers",
            met=peak_kb / 1024 < 600,
            numbers={
                "peak_pss_mb": peak_kb / 1024,
                "per_process_mb": [kb / 1024 for kb in sampler.peak_parts],
                "ru_maxrss_self_mb": maxrss_mb(resource.RUSAGE_SELF),
            },
        ),
        Figure(
            "database size / raw text",
            f"{db_bytes / raw_bytes:.2f}× ({db_bytes / MB:.0f} MB / {raw_bytes / MB:.0f} MB)",
            "≤ 2.5×",
            met=db_bytes / raw_bytes <= 2.5,
            numbers={"db_bytes": db_bytes, "raw_bytes": raw_bytes},
        ),
    ]


def _parts(parts: list[int]) -> str:
    """Each process's share of a peak: this one first, then its descendants."""
    if not parts:
        return "none sampled"
    return f"main {parts[0] / 1024:.0f} MB, others " + " + ".join(
        f"{kb / 1024:.0f}" for kb in parts[1:]
    )


def import_breakdown(paths: list[str], sample: int = 300) -> Figure:
    """Where import time goes, on a sample (after 20 warm-up articles, which
    load the models), in this one process: reading, decoding and parsing
    the structure (``parse_item``, what a phase-1 worker does), storing
    in the importer's groups (``Store.store_articles``, what the one writer
    does) into a scratch database, and finding names and quotes
    (``understand``, what a phase-2 worker does)."""
    from reader.extract.pipeline import understand

    rng = random.Random(SEED)
    chosen = rng.sample(paths, min(sample + 20, len(paths)))
    warm, chosen = chosen[:20], chosen[20:]

    def prepare(path: str):
        return parse_item(Planned(path, path, DEFAULT_MAX_BYTES))

    def understood(record) -> None:
        understand(record.text, record.paragraphs, record.lang, record.source)

    for path in warm:
        understood(prepare(path))
    start = time.perf_counter()
    records = [prepare(p) for p in chosen]
    parse_s = (time.perf_counter() - start) / len(chosen)
    start = time.perf_counter()
    for record in records:
        understood(record)
    understand_s = (time.perf_counter() - start) / len(chosen)
    with tempfile.TemporaryDirectory() as scratch, Library(Path(scratch) / "s.db") as library:
        start = time.perf_counter()
        for group in batched(records, GROUP):
            library.store.store_articles(group, [])
        store_s = (time.perf_counter() - start) / len(chosen)
    return Figure(
        "import: per article, parse (1 core) / store (writer) / understand (1 core)",
        f"{parse_s * 1000:.2f} ms / {store_s * 1000:.2f} ms / {understand_s * 1000:.2f} ms",
        numbers={
            "parse_ms": parse_s * 1000,
            "store_ms": store_s * 1000,
            "understand_ms": understand_s * 1000,
            "sample": len(chosen),
        },
    )


RAW_SNIPPET_SQL = (
    "SELECT rowid, title, snippet(t, 1, '[', ']', '…', 24) FROM t"
    " WHERE t MATCH ? ORDER BY bm25(t, 10.0, 1.0) LIMIT 50"
)
# The raw table has no language column, so the filter shape searches its word alone.
RAW_QUERIES = {**QUERIES, "filter": QUERIES["filter"].split()[-1]}


def raw_fts_insert(paths: list[str], raw_path: Path) -> tuple[float, int]:
    """A plain ``fts5(title, body)`` table, filled by executemany in batches of
    1,000 (one transaction each), reading the files as it goes; articles/s."""
    conn = sqlite3.connect(raw_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body)")
    start = time.perf_counter()
    for at in range(0, len(paths), RAW_BATCH):
        rows = [read_article(p) for p in paths[at : at + RAW_BATCH]]
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t (title, body) VALUES (?, ?)", rows)
        conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    size = sum(p.stat().st_size for p in raw_path.parent.glob(raw_path.name + "*"))
    return len(paths) / seconds, size


def grep_once(word: str, root: Path) -> tuple[str, float, int]:
    """One run of ``rg -l -F -i`` (or ``grep -r -l -F -i``) over the files."""
    if shutil.which("rg"):
        tool, command = "rg", ["rg", "-l", "-F", "-i", word, str(root)]
    else:
        tool, command = "grep", ["grep", "-r", "-l", "-F", "-i", word, str(root)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return tool, time.perf_counter() - start, len(done.stdout.splitlines())


def measure_search(db_path: Path, raw_path: Path, root: Path, n: int) -> list[Figure]:
    """``Library.search(q, limit=50)``: the first page, ranked, with snippets;
    30 runs per shape on one connection. Baseline: the raw table's bm25 top 50
    with ``snippet()``, and grep for the rare and the frequent word."""
    figures = []
    raw = sqlite3.connect(raw_path)
    with Library(db_path) as library:
        for shape, query in QUERIES.items():
            stats, hits = timed(lambda q=query: library.search(q, limit=50))
            start = time.perf_counter()
            matches = library.count_matches(query)
            count_s = time.perf_counter() - start
            raw_query = RAW_QUERIES[shape]
            raw_stats, _ = timed(lambda q=raw_query: raw.execute(RAW_SNIPPET_SQL, (q,)).fetchall())
            raw_matches = raw.execute(
                "SELECT count(*) FROM t WHERE t MATCH ?", (raw_query,)
            ).fetchone()[0]
            baseline = f"FTS5 {ms(raw_stats)} ({raw_matches:,} matches)"
            baseline_numbers = {**raw_stats, "matches": raw_matches, "query": raw_query}
            if shape in ("rare word", "frequent word"):
                tool, seconds, files = grep_once(query, root)
                baseline += f"; {tool} {seconds * 1000:.0f} ms"
                baseline_numbers[tool] = {"ms": seconds * 1000, "files": files}
            figures.append(
                Figure(
                    f"search {shape}: {query} ({matches:,} matches)",
                    ms(stats),
                    "p95 ≤ 50 ms at 1M",
                    baseline,
                    met=stats["p95_ms"] <= 50,
                    numbers={
                        **stats,
                        "query": query,
                        "matches": matches,
                        "page": len(hits),
                        "count_ms": count_s * 1000,
                    },
                    baseline_numbers=baseline_numbers,
                )
            )
    raw.close()
    return figures


def measure_entities(db_path: Path, articles: int) -> list[Figure]:
    """``Library.find_entities(prefix)`` as a name is typed one character at a
    time, for 5 names from the generator's pool, once the names are loaded.
    Baseline: plain rapidfuzz ``process.extract`` (WRatio, limit 150) over
    every alias name. The first keystroke is what a TUI user meets
    (``bench.finder``, a fresh interpreter each): typed before the names
    are loaded, answered from SQL, and typed 0.2 s into the warm-up the TUI
    starts after its first paint."""
    from bench import finder

    first = finder.measure(str(db_path))
    rng = random.Random(SEED)
    pool = name_pool(articles)
    typed = rng.sample(pool.people[: max(5, len(pool.people) // 2)], 5)
    with Library(db_path) as library:
        library.find_entities(typed[0][:1])  # loads the names
        samples = []
        for name in typed:
            for end in range(1, len(name) + 1):
                start = time.perf_counter()
                library.find_entities(name[:end])
                samples.append(time.perf_counter() - start)
        stats = percentiles(samples)
        conn = library.store.conn
        entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        names = [row[0] for row in conn.execute("SELECT name FROM entity_aliases")]
    raw_samples = []
    for name in typed:
        for end in range(1, len(name) + 1):
            start = time.perf_counter()
            process.extract(
                name[:end],
                names,
                scorer=fuzz.WRatio,
                processor=utils.default_process,
                limit=150,
                score_cutoff=60,
            )
            raw_samples.append(time.perf_counter() - start)
    raw_stats = percentiles(raw_samples)
    target_ms = 16 if entities <= 100_000 else 50
    return [
        Figure(
            f"entity finder per keystroke ({entities:,} entities)",
            ms(stats),
            "p95 ≤ 16 ms at 100k entities, 50 ms at 1M",
            f"rapidfuzz over {len(names):,} names {ms(raw_stats)}",
            met=stats["p95_ms"] <= target_ms,
            numbers={**stats, "entities": entities, "names": len(names), "typed": typed},
            baseline_numbers=raw_stats,
        ),
        Figure(
            "entity finder first keystroke, names not loaded / 0.2 s into their loading",
            f"{first['cold']['first_ms']:.0f} / {first['warming']['first_ms']:.0f} ms",
            "≤ 200 ms at 1M",
            met=max(first["cold"]["first_ms"], first["warming"]["first_ms"]) <= 200,
            numbers=first,
        ),
    ]


def measure_reading(
    db_path: Path, raw_path: Path, articles: int, quote_browser: bool = True
) -> list[Figure]:
    """``Library.article(id)`` for 30 random ids, and ``Library.articles(
    limit=50, offset=k)`` (newest first) for 30 random k. Baselines: the raw
    table's row by rowid, and its ``LIMIT 50 OFFSET k``. The quote browser
    is left out when ``quote_browser`` is false: the generator draws each
    article's quotations from a few dozen statements, so at a million
    articles each statement is carried by 30,000-240,000 of them, which no
    collection has (summing one up took most of a minute until the sums were
    kept at write time; ``bench.quote_groups`` measures the browser on
    realistic quotations)."""
    rng = random.Random(SEED)
    raw = sqlite3.connect(raw_path)
    with Library(db_path) as library:
        ids = [row[0] for row in library.store.conn.execute("SELECT id FROM articles")]
        chosen = iter(rng.choices(ids, k=RUNS))
        story, _ = timed(lambda: library.article(next(chosen)))
        offsets = iter(rng.choices(range(max(1, articles - 50)), k=RUNS))
        page, _ = timed(lambda: library.articles(limit=50, offset=next(offsets)))
        start = time.perf_counter()
        library.articles(limit=50, offset=max(0, articles - 50))
        last_page_s = time.perf_counter() - start
        # The `Q` browser as it opens and as a word is typed: one statement
        # once, as many as the screen asks for (issue 20's quote groups).
        browser = []
        if quote_browser:
            opened, _ = timed(lambda: library.quote_groups(limit=QUOTES_LIMIT, variants=0))
            words = iter(random.Random(SEED).choices(QUOTE_WORDS, k=RUNS))
            typed, _ = timed(
                lambda: library.quote_groups(text=next(words), limit=QUOTES_LIMIT, variants=0)
            )
            browser.append(
                Figure(
                    f"quote browser Q, grouped: opened / a word typed (first {QUOTES_LIMIT})",
                    f"{ms(opened)} / {ms(typed)}",
                    "≤ 50 ms",
                    met=max(opened["p95_ms"], typed["p95_ms"]) <= 50,
                    numbers={"opened": opened, "typed": typed},
                )
            )
    raw_ids = iter(rng.choices(range(1, articles + 1), k=RUNS))
    raw_story, _ = timed(
        lambda: raw.execute(
            "SELECT title, body FROM t WHERE rowid = ?", (next(raw_ids),)
        ).fetchone()
    )
    raw_offsets = iter(rng.choices(range(max(1, articles - 50)), k=RUNS))
    raw_page, _ = timed(
        lambda: raw.execute(
            "SELECT rowid, title FROM t LIMIT 50 OFFSET ?", (next(raw_offsets),)
        ).fetchall()
    )
    raw.close()
    return [
        Figure(
            "open a story",
            ms(story),
            "≤ 30 ms at 1M",
            f"FTS5 row {ms(raw_story)}",
            met=story["p95_ms"] <= 30,
            numbers=story,
            baseline_numbers=raw_story,
        ),
        *browser,
        Figure(
            "scroll a page (50 rows at a random offset)",
            ms(page) + f"; last page {last_page_s * 1000:.1f} ms",
            "",
            f"FTS5 OFFSET {ms(raw_page)}",
            numbers={**page, "last_page_ms": last_page_s * 1000},
            baseline_numbers=raw_page,
        ),
    ]


def measure_entity_page(work: Path) -> Figure:
    """``Library.entity_page`` for a person named in all of 10,000 articles
    of a library of their own (bench/entity_page.py), whatever N is."""
    from bench import entity_page

    found = entity_page.run(work)
    return Figure(
        f"entity page (entity in {found['entity_articles']:,} articles)",
        f"first {found['first_ms']:.0f} ms; " + ms(found),
        f"≤ {entity_page.TARGET_MS} ms",
        met=found["p95_ms"] <= entity_page.TARGET_MS,
        numbers=found,
    )


def measure_tui(db_path: Path, runs: int = 3) -> Figure:
    """``bench.tui`` in a fresh interpreter, ``runs`` times: from the first
    line of the script (before textual is imported) until the library list
    under ``App.run_test()`` has rows and has drawn them; the median."""
    results, error = [], None
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-m", "bench.tui", str(db_path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        if done.returncode != 0:
            error = (done.stderr.strip().splitlines() or ["failed"])[-1]
            break
        results.append(json.loads(done.stdout))
    if not results:
        return Figure("TUI start to first paint", f"not measured: {error}", "≤ 0.4 s at 1M")
    paint = statistics.median(r["first_paint_s"] for r in results)
    imports = statistics.median(r["import_s"] for r in results)
    return Figure(
        "TUI start to first paint",
        f"{paint:.2f} s (of which imports {imports:.2f} s)",
        "≤ 0.4 s at 1M",
        met=paint <= 0.4,
        numbers={"first_paint_s": paint, "import_s": imports, "runs": results},
    )


# -- output -----------------------------------------------------------------


def table(figures: list[Figure], meta: dict) -> str:
    heads = ("figure", "reader", "target", "met", "baseline (same run)")
    rows = [
        (f.name, f.value, f.target, {True: "yes", False: "NO", None: ""}[f.met], f.baseline)
        for f in figures
    ]
    widths = [max(len(h), *(cell_len(r[i]) for r in rows)) for i, h in enumerate(heads)]

    def line(cells) -> str:
        # Padded by terminal cells, so CJK text keeps the columns straight.
        return "  ".join(c + " " * (w - cell_len(c)) for c, w in zip(cells, widths, strict=True))

    out = [
        f"reader scale benchmark: {meta['articles']:,} articles, {meta['raw_mb']:.0f} MB of text,"
        f" {meta['cpus']} CPUs, SQLite {meta['sqlite']}"
        f" (collection {'generated' if meta['generated'] else 'reused'}"
        f" in {meta['generate_s']:.1f} s at {meta['root']})",
        line(heads),
        line(["-" * w for w in widths]),
    ]
    out += [line(row).rstrip() for row in rows]
    return "\n".join(out)


def measure_imports(
    root: Path, paths: list[str], work: Path, raw_bytes: int, articles: int, log
) -> list[Figure]:
    """The import figures: reader's import beside raw FTS5 insertion of the
    same texts, and where reader's time per article goes."""
    db_path, raw_path = work / "reader.db", work / "raw-fts5.db"
    log("importing with reader.library ...")
    figures = measure_import(root, db_path, len(paths), raw_bytes)
    log("raw FTS5 insert baseline ...")
    raw_rate, raw_size = raw_fts_insert(paths, raw_path)
    reader_rate = figures[0].numbers["articles_per_s"]
    figures[0].baseline = f"FTS5 {raw_rate:,.0f}/s (1/4 = {raw_rate / 4:,.0f}/s)"
    figures[0].baseline_numbers = {"articles_per_s": raw_rate}
    figures[0].met = reader_rate >= raw_rate / 4
    figures[-1].baseline = f"FTS5 {raw_size / raw_bytes:.2f}×"
    figures[-1].baseline_numbers = {"db_bytes": raw_size}
    figures.append(import_breakdown(paths))
    return figures


def reused_import(work: Path, db_path: Path, raw_path: Path, paths: list[str], log) -> list[Figure]:
    """For ``--reuse``: the import figures an earlier run saved beside its
    databases, or none when the database was imported another way (with
    ``reader import``, say, resumed after a stop); the raw FTS5 baseline
    is built when it is missing."""
    with Library(db_path) as library:
        stored = library.count_articles()
    if stored != len(paths):
        raise SystemExit(
            f"{db_path} holds {stored:,} articles, the collection {len(paths):,};"
            " run without --reuse"
        )
    if not raw_path.exists():
        log("raw FTS5 baseline (for search) ...")
        raw_fts_insert(paths, raw_path)
    saved = work / IMPORT_FIGURES
    if not saved.exists():
        log(f"reusing {db_path}: its import was not measured by this benchmark")
        return []
    log(f"reusing the databases and import figures in {work} ...")
    figures = [Figure(**f) for f in json.loads(saved.read_text(encoding="utf-8"))]
    for figure in figures:
        figure.name += " (earlier run)"
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", metavar="DIR", help="generate the collection here (or reuse it)")
    parser.add_argument(
        "--workdir", metavar="DIR", help="keep the databases here (default: a temp dir, removed)"
    )
    parser.add_argument("--no-tui", action="store_true", help="skip the TUI first-paint figure")
    parser.add_argument(
        "--no-quote-browser",
        action="store_true",
        help="skip the quote browser's figure (at 1M the generator's few statements are"
        " each carried by 30,000-240,000 articles; bench.quote_groups measures it)",
    )
    parser.add_argument(
        "--no-kinds",
        action="store_true",
        help="skip the import of text files, web pages and a dataset side by side",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --workdir: measure the database there again instead of importing (a 1M"
        " import takes most of an hour); prints the import figures an earlier run saved",
    )
    args = parser.parse_args(argv)
    if args.reuse and not args.workdir:
        parser.error("--reuse needs --workdir")

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="reader-bench-"))
    saved = work / IMPORT_FIGURES
    reuse = args.reuse and (work / "reader.db").exists()
    if args.workdir and not reuse:
        work.mkdir(parents=True, exist_ok=True)
        saved.unlink(missing_ok=True)
        for old in work.glob("*.db*"):
            old.unlink()
    root = Path(args.keep) if args.keep else work / "articles"
    root.mkdir(parents=True, exist_ok=True)
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    try:
        log(f"collection of {args.articles:,} articles at {root} ...")
        start = time.perf_counter()
        generated, raw_bytes = ensure_collection(root, args.articles)
        generate_s = time.perf_counter() - start
        paths = article_files(root)
        db_path, raw_path = work / "reader.db", work / "raw-fts5.db"

        if reuse:
            figures = reused_import(work, db_path, raw_path, paths, log)
        else:
            figures = measure_imports(root, paths, work, raw_bytes, args.articles, log)
            if not args.no_kinds:
                log(f"import by kind: {KIND_ARTICLES} text files, web pages and CSV rows ...")
                from bench import import_kinds

                figures += import_kinds.figures(import_kinds.measure(work, KIND_ARTICLES))
            if args.workdir:
                saved.write_text(json.dumps([asdict(f) for f in figures]), encoding="utf-8")
        log("search ...")
        figures += measure_search(db_path, raw_path, root, args.articles)
        log("entity finder ...")
        figures += measure_entities(db_path, args.articles)
        log("opening and scrolling ...")
        figures += measure_reading(
            db_path, raw_path, args.articles, quote_browser=not args.no_quote_browser
        )
        log("entity page (an entity in 10,000 articles) ...")
        figures.append(measure_entity_page(work))
        if not args.no_tui:
            log("TUI first paint ...")
            figures.append(measure_tui(db_path))
        meta = {
            "articles": args.articles,
            "raw_mb": raw_bytes / MB,
            "cpus": os.cpu_count(),
            "sqlite": sqlite3.sqlite_version,
            "generated": generated,
            "generate_s": generate_s,
            "root": str(root),
        }
        if args.json:
            print(
                json.dumps(
                    {"meta": meta, "figures": [asdict(f) for f in figures]},
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            print(table(figures, meta))
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
