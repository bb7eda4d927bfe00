"""Where the second phase's CPU goes, per article, and proof that a change
to it leaves its results alone.

    python -m bench.phase2 prepare BASE.db [--articles 2000] [--real]
    python -m bench.phase2 run BASE.db [--trace] [--profile FILE] [--dump FILE]

``prepare`` imports the scale benchmark's seeded articles (``bench.synth``;
``--real`` adds the real corpora in ``../shared/corpora``) through the first
phase only, and leaves them queued. ``run`` copies that library and
understands it in this one process, as the background run does (language
group by language group, then the short forms and common words), and
prints the CPU time per article of extraction (``understand_queued``, what
the workers do), of the writer (``write_understanding``) and of the rest
(claims, names linked across the collection), and extraction's by language. ``--trace`` adds the
writer's deterministic counts, SQL statements and SQLite virtual-machine
steps (in hundreds), which show a saving that the noise of a shared
machine hides. ``--dump`` writes every table (the full-text indexes as
their vocabularies) in order, for comparing two versions of the code with
``cmp``: the same base, run by each, must give the same file.

CPU time, not wall time: it holds under ``nice`` and beside other work,
though a loaded machine still slows both sides of a comparison. Extraction
loads each language's analyser before the clock starts.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.synth import ensure_collection
from db import writer
from db.functions import register_functions
from db.store import Store
from reader import understanding
from reader.extract.lang import rules_for
from reader.library import Library

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
# The real corpora's folders of articles (not the NER or HTML test sets).
REAL = ("en/bbc", "id/detik", "de", "ja", "zh", "ko", "quotes/polnear/dev/text")
# FTS5's own tables, dumped as the index's vocabulary instead.
_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")


def prepare(base: Path, articles: int, real: bool) -> None:
    folder = Path(tempfile.gettempdir()) / f"bench-phase2-{articles}"
    ensure_collection(folder, articles)
    paths = [str(folder)]
    if real:
        if not CORPORA.is_dir():
            raise SystemExit(f"{CORPORA}: no corpora here")
        paths += [str(CORPORA / name) for name in REAL]
    base.unlink(missing_ok=True)
    with Library(base) as library:
        stored = sum(1 for _ in library.run_import(library.plan_import(paths)))
        print(f"{base}: {stored} files stored, {library.pending()} to understand")


def run(base: Path, trace: bool, profile: Path | None, dump_to: Path | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "reader.db"
        shutil.copy(base, db_path)
        store = Store(db_path)
        _measure(store, trace, profile)
        store.close()
        if dump_to:
            dump(db_path, dump_to)


def _measure(store: Store, trace: bool, profile: Path | None) -> None:
    import reader.extract.warm  # noqa: F401  (the models, as a worker has them)

    queued = store.unclaimed_counts()
    for lang in queued:
        rules = rules_for(lang)
        if rules.analyser is not None:
            rules.analyser.morphemes("x", 0, 1)
        if rules.noun_lexicon is not None:
            rules.noun_lexicon.name_type("X")
    spent = {"extraction": 0.0, "writer": 0.0}
    counts = {"articles": 0, "statements": 0, "steps": 0}
    # Extraction's CPU and articles by the language phase 1 stored.
    by_lang: dict[str, list[float]] = {}

    def understood(item):
        began = time.process_time()
        result = understanding.understand_queued(item)
        took = time.process_time() - began
        spent["extraction"] += took
        counts["articles"] += 1
        lang = by_lang.setdefault(item.lang or "?", [0.0, 0])
        lang[0] += took
        lang[1] += 1
        return result

    write = writer.write_understanding

    def written(conn, *args):
        if trace:
            conn.set_trace_callback(
                lambda _: counts.__setitem__("statements", counts["statements"] + 1)
            )
            conn.set_progress_handler(lambda: counts.__setitem__("steps", counts["steps"] + 1), 100)
        began = time.process_time()
        try:
            return write(conn, *args)
        finally:
            spent["writer"] += time.process_time() - began
            if trace:
                conn.set_trace_callback(None)
                conn.set_progress_handler(None, 0)

    writer.write_understanding = written
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    began = time.process_time()
    try:
        for langs in understanding.language_groups(queued):
            runner = understanding.Understander(store, lambda items: map(understood, items), langs)
            for _ in runner.run(wait_for_others=False):
                pass
        for _ in understanding.Understander(store, lambda items: map(understood, items)).run():
            pass
        store.mark_common_words()
    finally:
        writer.write_understanding = write
    total = time.process_time() - began
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    n = max(counts["articles"], 1)
    rest = total - spent["extraction"] - spent["writer"]
    print(
        f"{counts['articles']} articles, CPU ms an article: {total / n * 1000:.3f} in all,"
        f" extraction {spent['extraction'] / n * 1000:.3f},"
        f" writer {spent['writer'] / n * 1000:.3f}, the rest {rest / n * 1000:.3f}"
    )
    print(
        "extraction by language, CPU ms an article (articles): "
        + ", ".join(
            f"{lang} {cpu / k * 1000:.2f} ({k})" for lang, (cpu, k) in sorted(by_lang.items())
        )
    )
    if trace:
        print(
            f"writer: {counts['statements'] / n:.1f} SQL statements and"
            f" {counts['steps'] / n:.1f} hundred VM steps an article"
        )


def dump(db_path: Path, out: Path) -> None:
    """Every table's rows in order (long blobs as their SHA-1), and each
    full-text index's vocabulary (term, row, column, offset), checked."""
    conn = sqlite3.connect(db_path)
    register_functions(conn)
    fts = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
        )
    ]
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if row[0] not in fts
        and not any(row[0] == index + shadow for index in fts for shadow in _SHADOWS)
    ]
    with out.open("w") as f:
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            order = ", ".join(str(i + 1) for i in range(len(columns)))
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            f.write(f"== {table} {columns} {len(rows)}\n")
            for row in rows:
                f.write(repr(tuple(_shown(value) for value in row)) + "\n")
        for index in fts:
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            conn.execute(
                f"CREATE VIRTUAL TABLE temp.vocab_{index} USING fts5vocab(main, {index}, instance)"
            )
            rows = conn.execute(f"SELECT * FROM temp.vocab_{index} ORDER BY 1, 2, 3, 4").fetchall()
            f.write(f"== {index} vocabulary {len(rows)}\n")
            for row in rows:
                f.write(repr(row) + "\n")
    conn.close()
    print(f"{out}: {len(tables)} tables and {len(fts)} full-text indexes")


def _shown(value: object) -> object:
    if isinstance(value, bytes):
        return value.hex() if len(value) < 300 else hashlib.sha1(value).hexdigest()
    return value


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.phase2", description=__doc__.split("\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("prepare", help="a library with its second phase to do")
    made.add_argument("base", type=Path)
    made.add_argument("--articles", type=int, default=2000)
    made.add_argument("--real", action="store_true", help="add the real corpora")
    measured = commands.add_parser("run", help="understand a copy of it, measured")
    measured.add_argument("base", type=Path)
    measured.add_argument("--trace", action="store_true")
    measured.add_argument("--profile", type=Path)
    measured.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    if args.command == "prepare":
        prepare(args.base, args.articles, args.real)
    else:
        run(args.base, args.trace, args.profile, args.dump)


if __name__ == "__main__":
    sys.exit(main())
