"""Where the second phase's CPU goes, per article, and proof that a change
to it leaves its results alone.

    python -m bench.phase2 prepare BASE.db [--articles 2000] [--real]
    python -m bench.phase2 run BASE.db [--trace] [--profile FILE] [--dump FILE] [--parts]
    python -m bench.phase2 rerun LIBRARY.db [--articles 3000] [--seed 7] [--dump FILE] [--work DIR]

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

``rerun`` measures phase 2 where the collection-level work grows: on a
copy of a library already understood (the benchmark's 1M library, copied
into a temporary folder in ``--work``, by default the library's own, and
deleted after: the library itself is only read), it puts a seeded sample
of ``--articles`` articles (all of them, if it has fewer) back on the queue, as ``reindex`` or a re-import does, with their
version sketches dropped so that each looks its versions up as a new
article does, and understands them as ``run`` does. ``--parts`` (always on
for ``rerun``) splits the writer and the passes after it: identity (the
entities of mentions and speakers, their counts, short forms and name
parts), the version sketch and its look-up, the quote groups (``join``,
``group_articles`` and the statements on ``quotes``, whose triggers keep
the groups), the rest of the writer; then the collection-level name
passes (``identity.link_short_forms``, each of its passes apart) and the
common words. ``--dump`` of ``rerun`` writes the sampled articles'
mentions, short forms, quotes and version groups by name, not id, for
comparing two versions of the code run on one library.

CPU time, not wall time: it holds under ``nice`` and beside other work,
though a loaded machine still slows both sides of a comparison. Extraction
loads each language's analyser before the clock starts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.synth import ensure_collection
from db import identity, quote_groups, versions, writer
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


def run(
    base: Path, trace: bool, profile: Path | None, dump_to: Path | None, parts: bool = False
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "reader.db"
        shutil.copy(base, db_path)
        store = Store(db_path)
        _measure(store, trace, profile, Parts() if parts else None)
        store.close()
        if dump_to:
            dump(db_path, dump_to)


def rerun(
    library: Path,
    articles: int,
    seed: int,
    profile: Path | None,
    dump_to: Path | None,
    work: Path | None = None,
) -> None:
    """Re-understand a seeded sample of an understood library's articles,
    on a copy of it (see the module's docstring)."""
    with tempfile.TemporaryDirectory(dir=work or library.parent) as folder:
        copy = Path(folder) / "reader.db"
        # SQLite's backup reads the library as one snapshot, with what its
        # write-ahead log holds, and never writes to it.
        source = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.close()
        store = Store(copy)
        if store.pending():
            raise SystemExit(
                f"{library}: {store.pending()} articles already queued; finish them first"
            )
        every = [row[0] for row in store.conn.execute("SELECT id FROM articles")]
        ids = sorted(random.Random(seed).sample(every, min(articles, len(every))))
        with store.transaction() as conn:
            for article_id in ids:
                versions.write_sketch(conn, article_id, None)
            conn.executemany(
                "INSERT INTO understanding_queue (article_id, lang, restructure)"
                " SELECT id, lang, 0 FROM articles WHERE id = ?",
                [(article_id,) for article_id in ids],
            )
        print(f"{library}: {len(ids)} articles queued again, of {len(every):,}, on a copy")
        _measure(store, False, profile, Parts())
        store.close()
        if dump_to:
            dump_articles(copy, ids, dump_to)


# Statements timed as a part of their own when no wrapped function is
# running, by the first table they name.
_PART_OF_TABLE = {
    "quotes": "writer: quote groups",
    "mentions": "writer: identity",
    "short_forms": "writer: identity",
    "short_forms_pending": "writer: identity",
    "name_parts": "writer: identity",
    "entity_aliases": "writer: identity",
    "version_sketches": "writer: sketch",
}


class Parts:
    """CPU time by part of the writer and of the passes after it, each
    part's own (a part called inside another is taken out of the outer
    one's time). Functions are wrapped where their callers look them up;
    statements on the tables of a part are timed by a connection that
    hands the rest on (``Watched``)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.stack: list[list] = []  # [part, began, time of the parts inside]
        self.undo: list[tuple[object, str, object]] = []

    def __enter__(self) -> Parts:
        linker = identity.EntityLinker
        for owner, name, part in (
            (versions, "write_sketch", "writer: sketch"),
            (quote_groups, "join", "writer: quote groups"),
            (quote_groups, "group_articles", "writer: quote groups"),
            (writer, "index_quotes", "writer: quote index"),
            (linker, "mention", "writer: identity"),
            (linker, "speaker", "writer: identity"),
            (linker, "count_mentions", "writer: identity"),
            (writer, "count_articles", "writer: identity"),
            (writer, "short_forms_in_article", "writer: identity"),
            (writer, "bump_entities_version", "writer: identity"),
            (writer, "speaker_short_form", "writer: identity"),
            (identity, "link_short_forms", "passes: link_short_forms (own)"),
            (identity, "_settle_types", "passes: settle types"),
            (identity, "_link_middle_names", "passes: middle names"),
            (identity, "_link_leading_words", "passes: leading words"),
            (identity, "_link_misspellings", "passes: misspellings"),
            (identity, "_link_head_and_acronym", "passes: head and acronym"),
        ):
            old = getattr(owner, name)
            self.undo.append((owner, name, old))
            setattr(owner, name, self.timed(part, old))
        from db import common_words

        for owner, name, part in (
            (common_words, "mark_common_words", "passes: common words"),
            # Before schema 24 a run read every alias of the library into
            # an index of its own here; now a group's index is made empty
            # and its mentions' keys are looked up in the library.
            (understanding, "known_names", "rest: known names"),
            (understanding, "link_variants", "rest: alias look-ups"),
            (Store, "claim_understanding", "rest: claims"),
            (Store, "group_quote_backlog", "rest: quote backlog"),
        ):
            old = getattr(owner, name)
            self.undo.append((owner, name, old))
            setattr(owner, name, self.timed(part, old))
        return self

    def __exit__(self, *exc) -> None:
        for owner, name, old in reversed(self.undo):
            setattr(owner, name, old)

    def timed(self, part: str, fn):
        def wrapper(*args, **kwargs):
            self.begin(part)
            try:
                return fn(*args, **kwargs)
            finally:
                self.end()

        return wrapper

    def begin(self, part: str) -> None:
        self.stack.append([part, time.process_time(), 0.0])

    def end(self) -> None:
        part, began, inner = self.stack.pop()
        took = time.process_time() - began
        self.spent[part] = self.spent.get(part, 0.0) + took - inner
        if self.stack:
            self.stack[-1][2] += took

    def statement(self, sql: str) -> str | None:
        """The part a statement made outside any wrapped function counts to."""
        if self.stack and self.stack[-1][0] != "writer":
            return None
        words = sql.split()
        if words[0].upper() == "DELETE":  # an article's old results (a rerun's, not a new one's)
            return "writer: clearing old results"
        for i, word in enumerate(words[:-1]):
            if word.upper() in ("INTO", "FROM", "UPDATE"):
                return _PART_OF_TABLE.get(words[i + 1].strip("("))
        return None

    def report(self, n: int, writer_ms: float) -> str:
        lines = []
        own = (
            writer_ms - sum(v for k, v in self.spent.items() if k.startswith("writer:")) * 1000 / n
        )
        for part, cpu in sorted(self.spent.items()):
            if part != "writer":
                lines.append(f"  {part}: {cpu / n * 1000:.3f}")
        lines.append(f"  writer: the rest {own:.3f}")
        return "CPU ms an article by part:\n" + "\n".join(lines)


class Watched:
    """A connection that times the statements of ``_PART_OF_TABLE`` made
    outside any wrapped function, and hands everything else on."""

    def __init__(self, conn: sqlite3.Connection, parts: Parts) -> None:
        self._conn = conn
        self._parts = parts

    def __getattr__(self, name: str):
        return getattr(self._conn, name)

    def execute(self, sql: str, *args):
        return self._timed(self._conn.execute, sql, args)

    def executemany(self, sql: str, *args):
        return self._timed(self._conn.executemany, sql, args)

    def _timed(self, run, sql: str, args: tuple):
        part = self._parts.statement(sql)
        if part is None:
            return run(sql, *args)
        self._parts.begin(part)
        try:
            return run(sql, *args)
        finally:
            self._parts.end()


def _measure(store: Store, trace: bool, profile: Path | None, parts: Parts | None = None) -> None:
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
        if parts is not None:
            parts.begin("writer")
            conn = Watched(conn, parts)
        try:
            return write(conn, *args)
        finally:
            if parts is not None:
                parts.end()
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
    if parts is not None:
        parts.__enter__()
    try:
        for langs in understanding.language_groups(queued):
            runner = understanding.Understander(store, lambda items: map(understood, items), langs)
            for _ in runner.run(wait_for_others=False):
                pass
        runner = understanding.Understander(store, lambda items: map(understood, items))
        for _ in runner.run():
            pass
        store.mark_common_words()
    finally:
        writer.write_understanding = write
        if parts is not None:
            parts.__exit__()
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
    if parts is not None:
        print(parts.report(n, spent["writer"] / n * 1000))
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


def dump_articles(db_path: Path, ids: list[int], out: Path) -> None:
    """What phase 2 wrote of these articles, entities by their name and
    type rather than their id (two runs on two copies need not number
    new entities alike): mentions, short forms, quotes and their
    speakers, and the members of each one's version group."""
    conn = sqlite3.connect(db_path)
    marks = json.dumps(ids)
    queries = {
        "mentions": "SELECT m.article_id, m.start, m.end, m.role, e.name, e.type"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2, 3, 4, 5",
        "short_forms": "SELECT f.article_id, f.key, e.name, e.type"
        " FROM short_forms f JOIN entities e ON e.id = f.entity_id"
        " WHERE f.article_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2, 3",
        "quotes": "SELECT q.article_id, q.start, q.end, q.speaker, e.name, q.cue, q.key,"
        " v.group_id IS NOT NULL"
        " FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id"
        " LEFT JOIN quote_variants v ON v.key = q.key"
        " WHERE q.article_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2, 3",
        "versions": "SELECT g.article_id, o.article_id FROM version_groups g"
        " JOIN version_groups o ON o.group_id = g.group_id"
        " WHERE g.article_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2",
        "sketches": "SELECT article_id, hex(slots) FROM version_sketches"
        " WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY 1",
    }
    with out.open("w") as f:
        for name, sql in queries.items():
            rows = conn.execute(sql, (marks,)).fetchall()
            f.write(f"== {name} {len(rows)}\n")
            for row in rows:
                f.write(repr(row) + "\n")
    conn.close()
    print(f"{out}: {len(ids)} articles' understanding")


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
    measured.add_argument("--parts", action="store_true", help="split the writer's CPU")
    again = commands.add_parser("rerun", help="understand a sample of a library again, measured")
    again.add_argument("library", type=Path, help="an understood library: only read")
    again.add_argument("--articles", type=int, default=3000)
    again.add_argument("--seed", type=int, default=7)
    again.add_argument("--profile", type=Path)
    again.add_argument("--dump", type=Path, help="the sample's understanding, by name")
    again.add_argument("--work", type=Path, help="where the copy goes (the library's folder)")
    args = parser.parse_args(argv)
    if args.command == "prepare":
        prepare(args.base, args.articles, args.real)
    elif args.command == "rerun":
        rerun(args.library, args.articles, args.seed, args.profile, args.dump, args.work)
    else:
        run(args.base, args.trace, args.profile, args.dump, args.parts)


if __name__ == "__main__":
    sys.exit(main())
